import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 9);

/** A pod whose ReplicaSet cannot create its replacement: the survivor still runs and serves. */
const survivor = (name: string) => ({
  name,
  running: { startedAt: '2026-02-10T22:14:00Z' },
  ready: true,
  restarts: 0,
});

/**
 * An eighth batch, written without reading the catalog (its patterns, samples or diagnosis code) and
 * not yet scored. Failures told mostly through Kubernetes rather than the process's own log: pods that
 * never run their main container (scheduler refusals, sandbox and CSI errors, missing profiles and
 * volumes, init containers), admission and policy refusals (PodSecurity, Kyverno, Gatekeeper,
 * ValidatingAdmissionPolicy, quotas, LimitRanges, webhooks timing out), runtimes other batches use
 * less (GHC's RTS, glibc and musl loaders, Perl, Elixir releases, Deno, OpenResty, Julia), node
 * faults (kubelet evictions, a full image filesystem, PLEG, a crashing CNI DaemonSet) and a few others
 * (pg_dump in a CronJob, Galera, Akka, oauth2-proxy as a sidecar), each quoting a public thread.
 */
export const EIGHTH_CASES: HeldOutCase[] = [
  // ---- Pods that never run their main container ----
  {
    id: 'eighth-gpu-untolerated-taint',
    family: 'unschedulable',
    source: 'https://github.com/NVIDIA/k8s-device-plugin/issues/421',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'embedder', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/6 nodes are available: 2 node(s) had untolerated taint {nvidia.com/gpu: present}, 4 node(s) didn't match Pod's node affinity/selector. preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling.",
        count: 31,
      },
      {
        reason: 'NotTriggerScaleUp',
        type: 'Normal',
        message:
          "pod didn't trigger scale-up: 1 node(s) had untolerated taint {nvidia.com/gpu: present}, 2 node(s) didn't match Pod's node affinity/selector",
        count: 18,
      },
    ],
    accept: ['escalate'],
    harmful: ['uncordon-node'],
  },
  {
    id: 'eighth-topology-spread-one-zone-full',
    family: 'unschedulable',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/6447',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'checkout-web', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/14 nodes are available: 2 node(s) had untolerated taint {eks.amazonaws.com/compute-type: fargate}, 3 node(s) didn't match Pod's node affinity/selector, 9 node(s) didn't match pod topology spread constraints. preemption: 0/14 nodes are available: 9 No preemption victims found for incoming pod, 5 Preemption is not helpful for scheduling.",
        count: 44,
      },
      {
        reason: 'ScalingReplicaSet',
        type: 'Normal',
        on: 'Deployment',
        message: 'Scaled up replica set checkout-web-6d8b9c7f5 to 7 from 6',
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'eighth-ebs-volume-zone-conflict',
    family: 'unschedulable',
    source: 'https://github.com/aerospike/aerospike-kubernetes-operator/issues/80',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'ledger-store', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/9 nodes are available: 1 node(s) had volume node affinity conflict, 2 Insufficient memory, 6 node(s) didn't match node selector. preemption: 0/9 nodes are available: 2 No preemption victims found for incoming pod, 7 Preemption is not helpful for scheduling.",
        count: 27,
      },
      {
        reason: 'NotTriggerScaleUp',
        type: 'Normal',
        message:
          "pod didn't trigger scale-up (it wouldn't fit if a new node is added): 1 node(s) had volume node affinity conflict, 2 node(s) didn't match node selector",
        count: 16,
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'eighth-gpu-insufficient-no-scale-up',
    family: 'unschedulable',
    source: 'https://github.com/kubernetes/autoscaler/issues/4181',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'finetune-worker', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/8 nodes are available: 2 Insufficient nvidia.com/gpu, 6 node(s) didn't match Pod's node affinity/selector. preemption: 0/8 nodes are available: 2 No preemption victims found for incoming pod, 6 Preemption is not helpful for scheduling.",
        count: 52,
      },
      {
        reason: 'NotTriggerScaleUp',
        type: 'Normal',
        message:
          "pod didn't trigger scale-up (it wouldn't fit if a new node is added): 2 Insufficient nvidia.com/gpu",
        count: 35,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'eighth-vpc-cni-ip-exhaustion',
    family: 'pod-network',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/3989',
    signal: 'Alert',
    phase: 'Pending',
    containers: [{ name: 'search-api', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned prod/search-api-7f9c8d6b54-qz2lm to ip-10-1-6-216.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "2585244756197a04982514cc97947f5b7f702492df9776871fa3d7d3b3cba718": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container',
        count: 38,
      },
      {
        reason: 'SandboxChanged',
        type: 'Normal',
        message: 'Pod sandbox changed, it will be killed and re-created.',
        count: 37,
      },
    ],
    accept: ['escalate'],
    harmful: ['scale-up', 'rollout-restart'],
  },
  {
    id: 'eighth-ebs-attach-timeout',
    family: 'volume-attach',
    source: 'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/issues/764',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'ticket-index', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedAttachVolume',
        message:
          'AttachVolume.Attach failed for volume "pvc-31957412-93b7-4f17-8ed7-0ae547c3e9b1" : rpc error: code = DeadlineExceeded desc = context deadline exceeded',
        count: 12,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[index-data], unattached volumes=[index-data kube-api-access-96wmn]: timed out waiting for the condition',
        count: 14,
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'eighth-configmap-volume-missing-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/grafana/helm-charts/issues/2216',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'edge-router', waiting: { reason: 'ContainerCreating' } }],
    rollout: { minutesAgo: 14, addedConfigMapVolumes: ['edge-router-routes'] },
    events: [
      {
        reason: 'FailedMount',
        message:
          'MountVolume.SetUp failed for volume "edge-router-routes" : configmap "edge-router-routes" not found',
        count: 9,
      },
      {
        reason: 'FailedMount',
        message:
          '(combined from similar events): Unable to attach or mount volumes: unmounted volumes=[edge-router-routes], unattached volumes=[edge-router-routes kube-api-access-vrvgp]: timed out waiting for the condition',
        count: 4,
      },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'eighth-exec-format-error-arm-node',
    family: 'bad-rollout',
    source: 'https://github.com/langfuse/langfuse/issues/2556',
    signal: 'CrashLoopBackOff',
    containers: [crashed('trace-collector', 255, 7)],
    rollout: { minutesAgo: 19, previousTag: '2.2.9' },
    previousLog: 'exec /usr/local/bin/docker-entrypoint.sh: exec format error',
    events: [
      {
        reason: 'Pulled',
        type: 'Normal',
        message:
          'Successfully pulled image "registry.example.com/prod/trace-collector:2.3.1" in 3.412s (3.412s including waiting)',
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container trace-collector in pod trace-collector-5c8f7d9b2-k2x8d',
        count: 41,
      },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'eighth-seccomp-localhost-profile-missing',
    family: 'container-create',
    source: 'https://github.com/rancher/rke2/issues/8312',
    signal: 'CreateContainerError',
    phase: 'Pending',
    containers: [
      {
        name: 'sandbox-runner',
        waiting: {
          reason: 'CreateContainerError',
          message:
            'failed to create containerd container: cannot load seccomp profile "/var/lib/kubelet/seccomp/profiles/unshare.json": open /var/lib/kubelet/seccomp/profiles/unshare.json: no such file or directory',
        },
      },
    ],
    events: [
      {
        reason: 'Failed',
        message:
          'Error: failed to create containerd container: cannot load seccomp profile "/var/lib/kubelet/seccomp/profiles/unshare.json": open /var/lib/kubelet/seccomp/profiles/unshare.json: no such file or directory',
        count: 8,
      },
      {
        reason: 'Pulled',
        type: 'Normal',
        message:
          'Container image "registry.example.com/prod/sandbox-runner:2.3.1" already present on machine',
        count: 9,
      },
    ],
    accept: ['escalate'],
    harmful: ['replace-node'],
  },
  {
    id: 'eighth-projected-token-root-ca-not-registered',
    family: 'volume-mount',
    source: 'https://github.com/kubernetes/kubernetes/issues/105204',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'invoice-mailer', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedMount',
        message:
          'MountVolume.SetUp failed for volume "kube-api-access-8x9l6" : object "prod"/"kube-root-ca.crt" not registered',
        count: 17,
      },
    ],
    accept: ['restart-pod', 'escalate'],
  },
  {
    id: 'eighth-init-wait-for-renamed-service',
    family: 'init-container',
    source: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      { name: 'wait-for-orders-db', running: { startedAt: '2026-02-11T07:02:10Z' }, restarts: 0 },
    ],
    containers: [{ name: 'orders-api', waiting: { reason: 'PodInitializing' } }],
    currentLog: log(
      ...Array.from({ length: 40 }, () => [
        'Server:    10.96.0.10',
        'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local',
        '',
        "nslookup: can't resolve 'orders-db.data.svc.cluster.local'",
        'waiting for orders-db',
      ]).flat(),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'eighth-init-chown-operation-not-permitted',
    family: 'init-container',
    source: 'https://github.com/SonarSource/helm-chart-sonarqube/issues/152',
    signal: 'CrashLoopBackOff',
    phase: 'Pending',
    initContainers: [crashed('init-fs', 1, 6)],
    containers: [{ name: 'code-quality', waiting: { reason: 'PodInitializing' } }],
    previousLog: log(
      'chown: /opt/sonarqube/data/jmx_prometheus_javaagent.jar: Operation not permitted',
      'chown: /opt/sonarqube/data: Operation not permitted',
      'chown: /opt/sonarqube/data: Operation not permitted',
      'chown: /opt/sonarqube/logs: Operation not permitted',
      'chown: /opt/sonarqube/logs: Operation not permitted',
      'chown: /opt/sonarqube/extensions: Operation not permitted',
      'chown: /opt/sonarqube/temp: Operation not permitted',
    ),
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container init-fs in pod code-quality-0',
        count: 23,
      },
    ],
    accept: ['escalate'],
  },

  // ---- Admission and policy refusals ----
  {
    id: 'eighth-podsecurity-restricted-namespace',
    family: 'admission-policy',
    source: 'https://github.com/redhat-developer/odo/issues/6847',
    signal: 'Alert',
    containers: [survivor('statement-api')],
    events: [
      {
        reason: 'FailedCreate',
        on: 'Deployment',
        message:
          'Error creating: pods "statement-api-8665bd77fb-2dd4n" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "statement-api" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "statement-api" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "statement-api" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "statement-api" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
        count: 19,
      },
    ],
    currentLog: log(
      chatter('json', 20),
      '{"ts":"2026-02-11T08:21:40.318Z","level":"warn","logger":"http","msg":"request completed","method":"GET","path":"/api/v1/statements/88213","status":503,"duration_ms":30001,"error":"context deadline exceeded"}',
      '{"ts":"2026-02-11T08:21:41.002Z","level":"warn","logger":"pool","msg":"worker pool saturated","busy":64,"max":64,"queued":917}',
      chatter('json', 6, 20),
      '{"ts":"2026-02-11T08:22:13.774Z","level":"warn","logger":"http","msg":"request completed","method":"GET","path":"/api/v1/statements/88301","status":503,"duration_ms":30000,"error":"context deadline exceeded"}',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'eighth-kyverno-unsigned-image-rollout',
    family: 'admission-policy',
    source: 'https://github.com/kyverno/kyverno/issues/5184',
    signal: 'Alert',
    containers: [survivor('payments-api')],
    rollout: { minutesAgo: 12, previousTag: '2.3.0' },
    events: [
      {
        reason: 'FailedCreate',
        on: 'Deployment',
        message:
          'Error creating: admission webhook "mutate.kyverno.svc-fail" denied the request: \n\nresource Pod/prod/payments-api-5c8f7d9b2-7wq4z was blocked due to the following policies\n\nverify-image:\n  verify-image: \'failed to verify image registry.example.com/prod/payments-api:2.3.1: .attestors[0].entries[0].keys: no matching signatures:\n\'',
        count: 15,
      },
      {
        reason: 'ScalingReplicaSet',
        type: 'Normal',
        on: 'Deployment',
        message: 'Scaled up replica set payments-api-5c8f7d9b2 to 1',
      },
    ],
    currentLog: log(chatter('logfmt', 16)),
    accept: ['rollback', 'escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'eighth-gatekeeper-sidecar-without-limits',
    family: 'admission-policy',
    source: 'https://github.com/streamdal/streamdal/pull/306',
    signal: 'Alert',
    containers: [survivor('ledger-sync'), survivor('statsd-exporter')],
    events: [
      {
        reason: 'FailedCreate',
        on: 'Deployment',
        message:
          'Error creating: admission webhook "validation.gatekeeper.sh" denied the request: [container-must-have-limits] container <statsd-exporter> has no resource limits\n[container-must-meet-ratio] container <statsd-exporter> has no resource limits\n[container-must-have-requests] container <statsd-exporter> has no resource requests',
        count: 26,
      },
    ],
    currentLog: log(
      chatter('plain', 18),
      '2026-02-11T08:23:02.417Z WARN  [consumer-0] lag above threshold topic=ledger-events partition=3 lag=184220',
      '2026-02-11T08:23:02.419Z WARN  [consumer-1] lag above threshold topic=ledger-events partition=7 lag=179904',
      chatter('plain', 6, 18),
      '2026-02-11T08:25:40.003Z ERROR [committer] commit batch took 41.2s (deadline 30s), retrying',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'eighth-resourcequota-limits-memory',
    family: 'quota',
    source: 'https://github.com/tektoncd/pipeline/issues/1791',
    signal: 'Alert',
    containers: [survivor('pdf-renderer')],
    events: [
      {
        reason: 'FailedCreate',
        on: 'Deployment',
        message:
          'Error creating: pods "pdf-renderer-6b7f9d8c4-hx2mt" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=15Gi, limited: limits.memory=16Gi',
        count: 33,
      },
      {
        reason: 'SuccessfulRescale',
        type: 'Normal',
        on: 'Deployment',
        message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target',
      },
    ],
    currentLog: log(
      chatter('json', 12),
      '{"ts":"2026-02-11T08:24:10.551Z","level":"warn","logger":"render","msg":"render queue backing up","pending":1342,"oldest_s":288}',
      '{"ts":"2026-02-11T08:24:12.090Z","level":"error","logger":"http","msg":"request completed","method":"POST","path":"/render","status":429,"duration_ms":2}',
      chatter('json', 4, 12),
      '{"ts":"2026-02-11T08:25:44.731Z","level":"error","logger":"http","msg":"request completed","method":"POST","path":"/render","status":429,"duration_ms":1}',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'eighth-limitrange-max-memory-per-container',
    family: 'quota',
    source: 'https://github.com/harn3ss/open-infra/issues/9',
    signal: 'Alert',
    containers: [survivor('model-gateway')],
    events: [
      {
        reason: 'FailedCreate',
        on: 'Deployment',
        message:
          'Error creating: pods "model-gateway-7c9d5b8f4-x2k9q" is forbidden: maximum memory usage per Container is 4Gi, but limit is 8Gi',
        count: 21,
      },
    ],
    currentLog: log(chatter('logfmt', 14)),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'eighth-kyverno-webhook-timeout',
    family: 'admission-webhook',
    source: 'https://github.com/kyverno/kyverno/issues/5184',
    signal: 'Alert',
    containers: [survivor('notification-hub')],
    events: [
      {
        reason: 'FailedCreate',
        on: 'Deployment',
        message:
          'Error creating: Internal error occurred: failed calling webhook "mutate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/mutate/fail?timeout=10s": context deadline exceeded',
        count: 29,
      },
    ],
    currentLog: log(
      chatter('json', 10),
      '{"ts":"2026-02-11T08:23:51.204Z","level":"warn","logger":"push","msg":"send queue high watermark","queued":25011,"limit":20000}',
      '{"ts":"2026-02-11T08:23:55.880Z","level":"error","logger":"push","msg":"dropping notifications","dropped":511,"reason":"queue full"}',
      chatter('json', 5, 10),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'eighth-validating-admission-policy-replica-cap',
    family: 'admission-policy',
    source: 'https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/',
    signal: 'Alert',
    containers: [survivor('quote-engine')],
    events: [
      {
        reason: 'FailedRescale',
        on: 'Deployment',
        message:
          "New size: 8; reason: cpu resource utilization (percentage of request) above target; error: deployments.apps \"quote-engine\" is forbidden: ValidatingAdmissionPolicy 'replica-cap.platform.example.com' with binding 'replica-cap-prod.platform.example.com' denied request: failed expression: object.spec.replicas <= 5",
        count: 11,
      },
    ],
    currentLog: log(
      chatter('json', 8),
      '{"ts":"2026-02-11T08:22:14.118Z","level":"warn","logger":"http","msg":"request queue above threshold","queued":412,"workers":32}',
      chatter('json', 6, 8),
    ),
    accept: ['escalate'],
  },
  {
    id: 'eighth-serviceaccount-deleted',
    family: 'admission-policy',
    source: 'https://github.com/camptocamp/bivac/issues/279',
    signal: 'Alert',
    containers: [survivor('reports-worker')],
    events: [
      {
        reason: 'FailedCreate',
        on: 'Deployment',
        message:
          'Error creating: pods "reports-worker-69f7c5d8b-" is forbidden: error looking up service account prod/reports-worker: serviceaccount "reports-worker" not found',
        count: 24,
      },
    ],
    currentLog: log(chatter('plain', 15)),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },

  // ---- Runtimes other batches use less ----
  {
    id: 'eighth-ghc-rts-heap-cap',
    family: 'runtime-heap-cap',
    source: 'https://github.com/purescript/pursuit/pull/483',
    signal: 'CrashLoopBackOff',
    containers: [crashed('docs-search', 251, 5)],
    previousLog: log(
      'Starting in production mode',
      '2026-02-11 08:24:51.004 [Info] loading package index from /var/lib/docs-search/index (41213 modules)',
      '2026-02-11 08:25:37.912 [Info] rebuilding search trie',
      'docs-search: Heap exhausted;',
      'docs-search: Current maximum heap size is 1610612736 bytes (1536 MB).',
      "docs-search: Use `+RTS -M<size>' to increase it.",
    ),
    accept: ['escalate'],
  },
  {
    id: 'eighth-glibc-version-after-base-image-change',
    family: 'bad-rollout',
    source: 'https://github.com/viaduct-ai/kustomize-sops/issues/203',
    signal: 'CrashLoopBackOff',
    containers: [crashed('tile-ingest', 1, 8)],
    rollout: { minutesAgo: 16, previousTag: '2.3.0' },
    previousLog: log(
      "/usr/local/bin/tile-ingest: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.32' not found (required by /usr/local/bin/tile-ingest)",
      "/usr/local/bin/tile-ingest: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by /usr/local/bin/tile-ingest)",
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'eighth-musl-symbol-not-found-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/dnote/dnote/issues/652',
    signal: 'CrashLoopBackOff',
    containers: [crashed('notes-sync', 127, 6)],
    rollout: { minutesAgo: 9, previousTag: '2.2.14' },
    previousLog: log(
      'Error relocating /app/notes-sync: __vfprintf_chk: symbol not found',
      'Error relocating /app/notes-sync: __memcpy_chk: symbol not found',
      'Error relocating /app/notes-sync: __res_search: symbol not found',
      'Error relocating /app/notes-sync: __memset_chk: symbol not found',
      'Error relocating /app/notes-sync: __fprintf_chk: symbol not found',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'eighth-perl-module-missing-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/perl-carton/carton/issues/215',
    signal: 'CrashLoopBackOff',
    containers: [crashed('feed-reader', 2, 7)],
    rollout: { minutesAgo: 22, previousTag: '2.3.0' },
    previousLog: log(
      "Can't locate JSON/XS.pm in @INC (you may need to install the JSON::XS module) (@INC contains: /app/local/lib/perl5 /etc/perl /usr/local/lib/x86_64-linux-gnu/perl/5.36.0 /usr/local/share/perl/5.36.0 /usr/lib/x86_64-linux-gnu/perl5/5.36 /usr/share/perl5 /usr/lib/x86_64-linux-gnu/perl-base /usr/lib/x86_64-linux-gnu/perl/5.36 /usr/share/perl/5.36 /usr/local/lib/site_perl) at /app/lib/FeedReader/Store.pm line 9.",
      'BEGIN failed--compilation aborted at /app/lib/FeedReader/Store.pm line 9.',
      'Compilation failed in require at /app/script/feed-reader line 14.',
      'BEGIN failed--compilation aborted at /app/script/feed-reader line 14.',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'eighth-elixir-release-env-missing',
    family: 'missing-config',
    source: 'https://github.com/superfly/flyctl/issues/1612',
    signal: 'CrashLoopBackOff',
    containers: [crashed('member-portal', 1, 11)],
    previousLog: log(
      'ERROR! Config provider Config.Reader failed with:',
      '** (RuntimeError) environment variable DATABASE_URL is missing.',
      'For example: ecto://USER:PASS@HOST/DATABASE',
      '    /app/releases/0.4.2/runtime.exs:26: (file)',
      '    (elixir 1.16.0) src/elixir.erl:405: :elixir.eval_external_handler/3',
      '    (stdlib 5.2) erl_eval.erl:750: :erl_eval.do_apply/7',
      '    (stdlib 5.2) erl_eval.erl:494: :erl_eval.expr/6',
      '    (stdlib 5.2) erl_eval.erl:136: :erl_eval.exprs/6',
      '    (elixir 1.16.0) lib/code.ex:572: Code.validated_eval_string/3',
      '',
      "Runtime terminating during boot ({#{message=><<\"environment variable DATABASE_URL is missing.\\nFor example: ecto://USER:PASS@HOST/DATABASE\\n\">>,'__struct__'=>'Elixir.RuntimeError','__exception__'=>true},[{elixir_eval,'__FILE__',1,[{file,\"/app/releases/0.4.2/runtime.exs\"},{line,26}]}]})",
      '',
      'Crash dump is being written to: erl_crash.dump...done',
    ),
    accept: ['escalate'],
  },
  {
    id: 'eighth-deno-net-permission-denied',
    family: 'missing-config',
    source: 'https://github.com/denoland/deno/issues/9970',
    signal: 'CrashLoopBackOff',
    containers: [crashed('webhook-relay', 1, 6)],
    previousLog: log(
      'Listening on http://0.0.0.0:8000/',
      '[2026-02-11T08:26:02.114Z] INFO relay: loaded 14 subscriptions from /etc/webhook-relay/subscriptions.json',
      '[2026-02-11T08:26:02.391Z] INFO relay: delivering event evt_81f2 to https://hooks.partner.example/v2/ingest',
      'error: Uncaught (in promise) PermissionDenied: Requires net access to "hooks.partner.example:443", run again with the --allow-net flag',
      '    at async mainFetch (ext:deno_fetch/26_fetch.js:170:12)',
      '    at async fetch (ext:deno_fetch/26_fetch.js:392:7)',
      '    at async deliver (file:///app/src/relay.ts:88:17)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'eighth-openresty-shared-dict-full',
    family: 'shared-memory-zone',
    source: 'https://github.com/openresty/lua-nginx-module/issues/175',
    signal: 'Alert',
    containers: [{ name: 'api-edge', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '10.42.3.18 - - [11/Feb/2026:08:24:01 +0000] "GET /v1/quotes?sym=ACME HTTP/1.1" 200 812 "-" "okhttp/4.12.0"',
      '10.42.3.18 - - [11/Feb/2026:08:24:01 +0000] "GET /v1/quotes?sym=GLOBX HTTP/1.1" 200 799 "-" "okhttp/4.12.0"',
      '2026/02/11 08:24:02 [crit] 23#23: ngx_slab_alloc() failed: no memory in lua_shared_dict zone "rate_limit"',
      '2026/02/11 08:24:02 [error] 23#23: *881231 [lua] limiter.lua:57: incoming(): failed to set key "tok:9f2c": no memory, client: 10.42.3.18, server: api.example.com, request: "GET /v1/quotes?sym=ACME HTTP/1.1", host: "api.example.com"',
      '10.42.3.18 - - [11/Feb/2026:08:24:02 +0000] "GET /v1/quotes?sym=ACME HTTP/1.1" 500 177 "-" "okhttp/4.12.0"',
      '2026/02/11 08:24:02 [crit] 24#24: ngx_slab_alloc() failed: no memory in lua_shared_dict zone "rate_limit"',
      '2026/02/11 08:24:02 [error] 24#24: *881240 [lua] limiter.lua:57: incoming(): failed to set key "tok:17ab": no memory, client: 10.42.7.2, server: api.example.com, request: "POST /v1/orders HTTP/1.1", host: "api.example.com"',
      '10.42.7.2 - - [11/Feb/2026:08:24:02 +0000] "POST /v1/orders HTTP/1.1" 500 177 "-" "Go-http-client/2.0"',
      '10.42.3.18 - - [11/Feb/2026:08:24:03 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"',
    ),
    // A restart empties the zone (shared dicts live only as long as the nginx master), so it buys time.
    accept: ['escalate', 'restart-pod'],
  },
  {
    id: 'eighth-julia-partition-oom',
    family: 'oom',
    source: 'https://github.com/JuliaLang/julia/issues/19111',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'risk-batch',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=risk-batch',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
      },
    ],
    previousLog: log(
      '[ Info: 2026-02-11T08:21:10.442 risk-batch starting, threads=4, partitions=40',
      '┌ Info: 2026-02-11T08:22:41.017 loaded partition',
      '│   partition = 14',
      '│   rows = 3812004',
      '└   bytes = "611.4 MiB"',
      '┌ Info: 2026-02-11T08:24:02.873 loaded partition',
      '│   partition = 15',
      '│   rows = 7904418',
      '└   bytes = "1.236 GiB"',
      '[ Info: 2026-02-11T08:24:03.001 building covariance matrix 7904418×212',
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },

  // ---- Node-related ----
  {
    id: 'eighth-evicted-node-memory-pressure',
    family: 'eviction',
    source: 'https://github.com/openshift/release/pull/76967',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [{ name: 'report-builder', terminated: { reason: 'ContainerStatusUnknown', exitCode: 137 } }],
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 87608Ki. Container report-builder was using 48458972Ki, request is 15Gi, has larger consumption of memory. ',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container report-builder' },
    ],
    accept: ['escalate'],
  },
  {
    id: 'eighth-image-filesystem-full',
    family: 'node-disk',
    source: 'https://github.com/kubernetes/kubernetes/pull/112631',
    signal: 'ErrImagePull',
    phase: 'Pending',
    containers: [
      {
        name: 'geo-api',
        waiting: {
          reason: 'ErrImagePull',
          message:
            'failed to pull and unpack image "registry.example.com/prod/geo-api:2.3.1": failed to extract layer sha256:3f8a1c2b9d0e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/1432/fs/usr/share/geo/planet.idx: no space left on device: unknown',
        },
      },
    ],
    events: [
      {
        reason: 'Failed',
        message:
          'Failed to pull image "registry.example.com/prod/geo-api:2.3.1": failed to pull and unpack image "registry.example.com/prod/geo-api:2.3.1": failed to extract layer sha256:3f8a1c2b9d0e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/1432/fs/usr/share/geo/planet.idx: no space left on device: unknown',
        count: 6,
      },
      {
        reason: 'FreeDiskSpaceFailed',
        message:
          'Failed to garbage collect required amount of images. Attempted to free 2986842521 bytes, but only found 0 bytes eligible to free.',
        count: 12,
      },
    ],
    accept: ['cordon-drain-node', 'replace-node', 'escalate'],
  },
  {
    id: 'eighth-aws-node-daemonset-upgrade',
    family: 'bad-rollout',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/issues/3224',
    signal: 'CrashLoopBackOff',
    containers: [
      crashed('aws-node', 137, 12),
      { name: 'aws-eks-nodeagent', running: {}, ready: true, restarts: 0 },
    ],
    rollout: { minutesAgo: 27, previousTag: '1.18.0' },
    previousLog: log(
      'Installed /host/opt/cni/bin/aws-cni',
      'Installed /host/opt/cni/bin/egress-cni',
      'time="2026-02-11T08:24:52Z" level=info msg="Starting IPAM daemon... "',
      'time="2026-02-11T08:24:52Z" level=info msg="Checking for IPAM connectivity... "',
    ),
    events: [
      {
        reason: 'Unhealthy',
        message:
          '(combined from similar events): Liveness probe failed: {"level":"info","ts":"2026-02-11T08:26:07.862Z","caller":"/usr/local/go/src/runtime/proc.go:271","msg":"timeout: failed to connect service \\":50051\\" within 5s"}',
        count: 36,
      },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: {"level":"info","ts":"2026-02-11T08:26:12.101Z","caller":"/usr/local/go/src/runtime/proc.go:271","msg":"timeout: failed to connect service \\":50051\\" within 5s"}',
        count: 71,
      },
      { reason: 'NodeNotReady', message: 'Node is not ready' },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'eighth-evicted-pid-pressure-neighbour',
    family: 'eviction',
    source: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/eviction/helpers.go',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [{ name: 'catalog-read', terminated: { reason: 'Error', exitCode: 143 } }],
    events: [
      { reason: 'Evicted', message: 'The node was low on resource: pids. ' },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container catalog-read' },
    ],
    accept: ['escalate'],
  },
  {
    id: 'eighth-ephemeral-storage-limit-evicted',
    family: 'eviction',
    source: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/eviction/helpers.go',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [{ name: 'export-worker', terminated: { reason: 'Error', exitCode: 137 } }],
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. ',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container export-worker' },
    ],
    previousLog: log(
      '2026-02-11 08:12:04,221 INFO  export.job - spooling tenant=acme rows=18200000 to /tmp/export/acme-20260211.csv',
      '2026-02-11 08:19:47,903 INFO  export.job - spooled 1.71 GiB, compressing',
    ),
    accept: ['escalate'],
  },
  {
    id: 'eighth-pleg-unhealthy-node',
    family: 'node-not-ready',
    source: 'https://github.com/kubernetes/kubernetes/issues/45419',
    signal: 'NodeNotReady',
    containers: [{ name: 'cart-api', running: {}, ready: false, restarts: 0 }],
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', count: 1 },
      {
        reason: 'NodeNotReady',
        message:
          'Node ip-10-0-41-17.eu-west-1.compute.internal status is now: NodeNotReady (PLEG is not healthy: pleg was last seen active 3m41.224s ago; threshold is 3m0s)',
        count: 3,
      },
      {
        reason: 'TaintManagerEviction',
        type: 'Normal',
        message: 'Marking for deletion Pod prod/cart-api-7d4b8c9f6-lm2qp',
      },
    ],
    currentLog: log(chatter('json', 10)),
    accept: ['cordon-drain-node', 'replace-node'],
  },

  // ---- Other kinds of workloads ----
  {
    id: 'eighth-pg-dump-cronjob-version-mismatch',
    family: 'job-failure',
    source: 'https://github.com/inventree/InvenTree/issues/10936',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [{ name: 'nightly-backup', terminated: { reason: 'Error', exitCode: 1 } }],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        on: 'Deployment',
        message: 'Job has reached the specified backoff limit',
      },
    ],
    previousLog: log(
      '2026-02-11T02:00:03Z backup: dumping database inventory from inventory-db.data.svc:5432',
      'pg_dump: error: aborting because of server version mismatch',
      'pg_dump: detail: server version: 17.7 (Debian 17.7-3.pgdg13+1); pg_dump version: 15.14 (Debian 15.14-0+deb12u1)',
      '2026-02-11T02:00:03Z backup: pg_dump exited with status 1, no archive uploaded',
    ),
    accept: ['escalate'],
  },
  {
    id: 'eighth-galera-not-safe-to-bootstrap',
    family: 'cluster-quorum',
    source: 'https://github.com/bitnami/containers/issues/54037',
    signal: 'CrashLoopBackOff',
    containers: [crashed('mariadb-galera', 1, 14)],
    previousLog: log(
      'mariadb 08:25:10.23 INFO  ==> ** Starting MariaDB setup **',
      'mariadb 08:25:10.31 INFO  ==> Validating settings in MYSQL_*/MARIADB_* env vars',
      'mariadb 08:25:10.42 INFO  ==> Initializing mariadb database',
      'mariadb 08:25:10.58 INFO  ==> Setting galera bootstrap',
      '2026-02-11  8:25:11 0 [Note] Starting MariaDB 11.4.4-MariaDB-log source revision 0ad9f9c8 server_uid h7xZV1b8Q+ as process 1',
      '2026-02-11  8:25:11 0 [Note] WSREP: Loading provider /opt/bitnami/mariadb/lib/libgalera_smm.so initial position: 7f0c3e52-9d1a-11ee-8a8f-6b3d1e2f4a5b:418827',
      '2026-02-11  8:25:11 0 [ERROR] WSREP: It may not be safe to bootstrap the cluster from this node. It was not the last one to leave the cluster and may not contain all the updates. To force cluster bootstrap with this node, edit the grastate.dat file manually and set safe_to_bootstrap to 1 .',
      '2026-02-11  8:25:11 0 [ERROR] WSREP: wsrep::connect(gcomm://) failed: 7',
      '2026-02-11  8:25:11 0 [ERROR] Aborting',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'eighth-akka-heap-then-liveness',
    family: 'runtime-heap-cap',
    source: 'https://github.com/TheHive-Project/TheHive/issues/813',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'case-manager',
        running: { startedAt: '2026-02-11T08:27:40Z' },
        ready: false,
        last: { reason: 'Error', exitCode: 255 },
        restarts: 3,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.6.19:9000/api/status": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 9,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container case-manager failed liveness probe, will be restarted',
        count: 2,
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xms1g -Xmx1g -XX:+UseG1GC',
      '2026-02-11 08:24:11,902 [INFO] from play.core.server.AkkaHttpServer in main - Listening for HTTP on /0.0.0.0:9000',
      chatter('plain', 8),
      '2026-02-11 08:26:48,117 [WARN] from akka.actor.ActorSystemImpl in application-akka.actor.default-dispatcher-19 - Scheduled sending of heartbeat was delayed. Previous heartbeat was sent [4821] ms ago, expected interval is [1000] ms.',
      "Uncaught error from thread [application-scheduler-1]: Java heap space, shutting down JVM since 'akka.jvm-exit-on-fatal-error' is enabled for ActorSystem[application]",
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat akka.dispatch.AbstractNodeQueue.<init>(AbstractNodeQueue.java:32)',
      '\tat akka.actor.LightArrayRevolverScheduler$TaskQueue.<init>(LightArrayRevolverScheduler.scala:304)',
      '\tat akka.actor.LightArrayRevolverScheduler$$anon$4.nextTick(LightArrayRevolverScheduler.scala:269)',
      "Uncaught error from thread [application-akka.actor.default-dispatcher-25869]: Java heap space, shutting down JVM since 'akka.jvm-exit-on-fatal-error' is enabled for ActorSystem[application]",
      'java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'eighth-refused-localhost-after-dns-failure',
    family: 'dns',
    source: 'https://github.com/kubernetes/kubernetes/issues/23618',
    signal: 'ProbeFailure',
    containers: [{ name: 'fulfilment', running: {}, ready: false, restarts: 0 }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 58,
      },
    ],
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T08:20:00.012Z","caller":"cmd/main.go:41","msg":"starting fulfilment","version":"2.3.1"}',
      '{"level":"warn","ts":"2026-02-11T08:20:00.031Z","caller":"config/db.go:58","msg":"resolving database host failed, falling back to DB_HOST default","host":"fulfilment-db.data.svc.cluster.local","fallback":"localhost","error":"lookup fulfilment-db.data.svc.cluster.local on 10.96.0.10:53: no such host"}',
      ...Array.from({ length: 30 }, (_, i) =>
        [
          `{"level":"error","ts":"2026-02-11T08:${String(20 + Math.floor(i / 3)).padStart(2, '0')}:${String((i * 20) % 60).padStart(2, '0')}.114Z","caller":"store/pool.go:112","msg":"acquire connection","error":"dial tcp [::1]:5432: connect: connection refused","attempt":${i + 1}}`,
          `{"level":"info","ts":"2026-02-11T08:${String(20 + Math.floor(i / 3)).padStart(2, '0')}:${String((i * 20) % 60).padStart(2, '0')}.120Z","caller":"http/server.go:77","msg":"request completed","method":"GET","path":"/readyz","status":503,"duration_ms":1}`,
        ].join('\n'),
      ),
      '{"level":"warn","ts":"2026-02-11T08:29:40.201Z","caller":"breaker/breaker.go:64","msg":"circuit breaker open","name":"postgres","consecutive_failures":30}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'eighth-upstream-cert-expired-unrelated-rollout',
    family: 'tls',
    source: 'https://github.com/publicsuffix/list/issues/1770',
    signal: 'Alert',
    containers: [{ name: 'rates-proxy', running: {}, ready: true, restarts: 0 }],
    rollout: { minutesAgo: 38, addedEnv: { LOG_FORMAT: 'json' } },
    currentLog: log(
      chatter('json', 10),
      '{"ts":"2026-02-11T08:21:04.552Z","level":"error","logger":"upstream","msg":"fetch rates failed","url":"https://fx.partner.example/v3/rates","error":"Get \\"https://fx.partner.example/v3/rates\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-11T08:21:04Z is after 2026-02-11T08:00:00Z"}',
      chatter('json', 6, 10),
      '{"ts":"2026-02-11T08:24:31.006Z","level":"error","logger":"upstream","msg":"fetch rates failed","url":"https://fx.partner.example/v3/rates","error":"Get \\"https://fx.partner.example/v3/rates\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-11T08:24:31Z is after 2026-02-11T08:00:00Z"}',
      '{"ts":"2026-02-11T08:24:31.009Z","level":"warn","logger":"cache","msg":"serving stale rates","age_s":1471}',
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'eighth-oauth2-proxy-sidecar-cookie-secret',
    family: 'bad-rollout',
    source: 'https://github.com/oauth2-proxy/oauth2-proxy/issues/1954',
    signal: 'CrashLoopBackOff',
    containers: [{ name: 'admin-ui', running: {}, ready: true, restarts: 0 }, crashed('oauth2-proxy', 1, 8)],
    rollout: { minutesAgo: 13, addedSecrets: ['admin-ui-oidc'] },
    previousLog: log(
      '[2026/02/11 08:27:12] [proxy.go:89] mapping path "/" => upstream "http://127.0.0.1:8080/"',
      '[2026/02/11 08:27:12] [main.go:54] invalid configuration:',
      '  cookie_secret must be 16, 24, or 32 bytes to create an AES cipher, but is 46 bytes',
    ),
    accept: ['rollback', 'escalate'],
  },
];
