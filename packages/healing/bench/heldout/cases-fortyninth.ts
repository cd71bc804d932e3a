import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 8);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = <T>(count: number, line: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** 08:00:00Z on the case's day, in milliseconds; every line is dated in seconds from it. */
const T0 = Date.UTC(2026, 1, 11, 8, 0, 0);
/** An ISO timestamp `s` seconds after 08:00:00Z (negative: before it), with milliseconds. */
const iso = (s: number): string => new Date(T0 + Math.round(s * 1000)).toISOString();
/** The same without milliseconds. */
const isoS = (s: number): string => `${iso(s).slice(0, 19)}Z`;
/** `2026-02-11 08:12:03.456` as log4j and logback print it; `sep` replaces the decimal point. */
const stamp = (s: number, sep = '.'): string => iso(s).slice(0, 23).replace('T', ' ').replace('.', sep);
/** klog's `I0211 08:12:03.456789` header. */
const klog = (level: 'I' | 'W' | 'E', s: number): string =>
  `${level}0211 ${iso(s).slice(11, 23)}${String(Math.abs(Math.round(s * 7919)) % 1000).padStart(3, '0')}`;
/** `Feb 11, 2026 8:12:03 AM`, as java.util.logging prints the time in a Jenkins agent. */
const jul = (s: number): string => {
  const d = new Date(T0 + Math.round(s) * 1000);
  const h = d.getUTCHours();
  return `Feb 11, 2026 ${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
};
/** log4j's ISO8601 date, `2026-02-11T08:12:03,456`, as Druid prints it. */
const l4j = (s: number): string => iso(s).slice(0, 23).replace('.', ',');
/** The Common Log Format time of an access log line, `11/Feb/2026:08:12:03 +0000`. */
const clf = (s: number): string => `11/Feb/2026:${iso(s).slice(11, 19)} +0000`;
/** A short hex id built from a number, for request ids, trace ids and commit shas. */
const hex = (n: number, len = 16): string => {
  let out = '';
  let x = (n * 2654435761) >>> 0;
  while (out.length < len) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += (x >>> 8).toString(16).padStart(6, '0');
  }
  return out.slice(0, len);
};

/**
 * A forty-ninth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: harm look-alikes, eleventh round. In 22 cases the obvious
 * mutation is wrong or useless and the truth sits in the spec, a volume, the node, an event, the
 * rollout, the alert's numbers or one early log line; in 18 the obvious mutation is right. Software
 * no earlier batch named, or named in the brief: cert-manager's cainjector and controller, Crossplane
 * (core and the Upbound AWS IAM provider), Cluster API, Tekton Pipelines, Backstage, Alluxio,
 * Graylog, Loki's querier, Superset's Celery worker and cache, Argo CD (repo-server, server and its
 * Redis), Gitea Actions' act_runner, Velero, OpenSearch Dashboards, Keycloak with provider extensions,
 * Camunda 8 Zeebe brokers, Jenkins inbound agents, Temporal (workers, signals into one workflow, replay
 * after a deploy), Dagster's daemon, external-dns on Route 53, GitLab (Puma on its cache Redis,
 * Sidekiq on its queues Redis), JuiceFS on a Redis metadata engine, NetBox after an ElastiCache
 * failover, Netflix Conductor, Druid, Airbyte, SonarQube, SeaweedFS and MinIO. Each quotes the
 * wording of the public thread, document or source file in `source`.
 *
 * Mix: memory raises 3 right (a small limit under a steady working set: cainjector's informer caches,
 * a provider family's schemas, Tekton's PipelineRun informer) and 5 wrong (a Node leak whose kill
 * recurs, an Alluxio ramdisk on a memory-backed emptyDir, Graylog's -Xmx, one unbounded LogQL query,
 * Celery prefork sized from the host's CPUs); restarts 3 right (Argo CD's stale git index.lock, a
 * silent act_runner, Crossplane's informers after an API-server outage) and 4 wrong (a Velero backup
 * in progress, OpenSearch still down under Dashboards, Keycloak killed mid-migration, a Zeebe broker
 * replaying); scale-ups 3 right (Loki queriers, Temporal workers, Jenkins agents, each with headroom
 * downstream) and 4 wrong (Dagster's single daemon on a slow database, Route 53's account-wide
 * throttle, signals into one busy workflow, Backstage pods against Postgres' max_connections); cache
 * flushes 3 right (Argo CD's, Superset's and GitLab's cache-only Redis, full under noeviction) and 4
 * wrong (GitLab's queues Redis, JuiceFS' metadata Redis, a Redis replica after failover where a
 * restart is the fix, a Redis that is down); node actions 3 right (a kubelet that stopped posting,
 * a CNI that never initialised, a node left cordoned) and 3 wrong (a pod's own emptyDir, a pod's own
 * DNS egress, a node Cluster API is already draining); rollbacks 3 right (a provider jar built for a
 * newer JDK, a Dashboards plugin pinned to the old version, a workflow change that breaks replay) and
 * 2 wrong (Keycloak after its schema migrated, MinIO after its Secret was rotated).
 */
export const FORTYNINTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- memory raises right (3)
  {
    id: 'fortyninth-cert-manager-cainjector-oom-during-cache-sync',
    family: 'oom-limit-too-small',
    source: 'https://github.com/cozystack/cozystack/pull/3199',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('cert-manager-cainjector', 137, 17),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '128Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: ['--v=2', '--leader-election-namespace=kube-system'],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container cert-manager-cainjector in pod cert-manager-cainjector-7d9b6c5f4-q2xkp_cert-manager(3f1c7a20-5be2-4f8e-9d61-0c2a4e7b9f13)',
        type: 'Warning',
        count: 64,
      },
      {
        reason: 'Pulled',
        message:
          'Container image "quay.io/jetstack/cert-manager-cainjector:v1.16.2" already present on machine',
        type: 'Normal',
        count: 18,
      },
    ],
    previousLog: log(
      `${klog('I', 1451.1)}       1 start.go:125] "Starting cert-manager ca-injector" logger="cert-manager" version="v1.16.2" git_commit="6e8f9b3d1f2a7c4e5b6a9d8c7f1e2d3c4b5a6978"`,
      `${klog('I', 1451.2)}       1 leaderelection.go:257] attempting to acquire leader lease kube-system/cert-manager-cainjector-leader-election...`,
      times(
        14,
        (i) =>
          `${klog('I', 1452 + i * 1.1)}       1 request.go:697] Waited for ${(1.01 + i * 0.07).toFixed(6)}s due to client-side throttling, not priority and fairness, request: GET:https://172.20.0.1:443/apis/${['ec2', 'iam', 'rds', 's3', 'eks', 'elbv2', 'kms', 'route53', 'sqs', 'sns', 'lambda', 'cloudwatch', 'dynamodb', 'ecr'][i]}.aws.upbound.io/v1beta1?timeout=32s`,
      ),
      `${klog('I', 1468.6)}       1 leaderelection.go:271] successfully acquired lease kube-system/cert-manager-cainjector-leader-election`,
      [
        'validatingwebhookconfiguration',
        'mutatingwebhookconfiguration',
        'apiservice',
        'customresourcedefinition',
      ].flatMap((kind, k) => [
        `${klog('I', 1468.7 + k * 0.01)}       1 controller.go:178] cert-manager/secret/${kind}/controller/controller-for-secret-${kind} "msg"="Starting EventSource" "source"="kind source: *v1.${kind === 'customresourcedefinition' ? 'CustomResourceDefinition' : kind === 'apiservice' ? 'APIService' : kind === 'validatingwebhookconfiguration' ? 'ValidatingWebhookConfiguration' : 'MutatingWebhookConfiguration'}"`,
        `${klog('I', 1468.71 + k * 0.01)}       1 controller.go:178] cert-manager/secret/${kind}/controller/controller-for-secret-${kind} "msg"="Starting EventSource" "source"="kind source: *v1.Secret"`,
        `${klog('I', 1468.72 + k * 0.01)}       1 controller.go:186] cert-manager/secret/${kind}/controller/controller-for-secret-${kind} "msg"="Starting Controller"`,
        `${klog('I', 1468.8 + k * 0.01)}       1 controller.go:178] cert-manager/certificate/${kind}/controller/controller-for-certificate-${kind} "msg"="Starting EventSource" "source"="kind source: *v1.Certificate"`,
        `${klog('I', 1468.81 + k * 0.01)}       1 controller.go:186] cert-manager/certificate/${kind}/controller/controller-for-certificate-${kind} "msg"="Starting Controller"`,
      ]),
      `${klog('I', 1471.9)}       1 reflector.go:368] Caches populated for *v1.CustomResourceDefinition from k8s.io/client-go@v0.31.1/tools/cache/reflector.go:243`,
      `${klog('I', 1473.4)}       1 reflector.go:368] Caches populated for *v1.ValidatingWebhookConfiguration from k8s.io/client-go@v0.31.1/tools/cache/reflector.go:243`,
      `${klog('I', 1473.5)}       1 reflector.go:368] Caches populated for *v1.MutatingWebhookConfiguration from k8s.io/client-go@v0.31.1/tools/cache/reflector.go:243`,
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'fortyninth-crossplane-provider-aws-iam-oomkilled',
    family: 'oom-limit-too-small',
    source: 'https://github.com/crossplane-contrib/provider-upjet-aws/issues/801',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('package-runtime', 137, 9),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['--debug', '--poll=10m', '--max-reconcile-rate=10'],
        env: { AWS_REGION: 'eu-west-1', TF_PROVIDER_VERSION: '5.86.0' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container package-runtime in pod provider-aws-iam-5c2e91d7a0b3-7f8d6c9b54-zt2lq_crossplane-system(9b1e0c64-2f7a-4c55-8a9e-6d3f12c0b7e8)',
        type: 'Warning',
        count: 27,
      },
      {
        reason: 'Created',
        message: 'Created container package-runtime',
        type: 'Normal',
        count: 10,
      },
    ],
    previousLog: log(
      `${isoS(1094)}	INFO	provider-aws	Beta feature enabled	{"flag": "EnableBetaManagementPolicies"}`,
      `${isoS(1094)}	INFO	provider-aws	Alpha feature enabled	{"flag": "EnableAlphaChangeLogs"}`,
      `${klog('I', 1096.4)}       1 leaderelection.go:257] attempting to acquire leader lease crossplane-system/crossplane-leader-election-provider-aws-iam...`,
      `${klog('I', 1098.9)}       1 leaderelection.go:271] successfully acquired lease crossplane-system/crossplane-leader-election-provider-aws-iam`,
      times(96, (i) => {
        const kind = ['role', 'policy', 'rolepolicyattachment', 'instanceprofile'][i % 4];
        const name = `tenant-${3100 + ((i * 37) % 1840)}-${kind === 'policy' ? 'ci-access' : kind === 'role' ? 'ci-role' : kind === 'instanceprofile' ? 'runner' : 'ci-attach'}`;
        return i % 3 === 2
          ? `${isoS(1100 + i * 1.4)}	DEBUG	provider-aws	External resource is up to date	{"controller": "managed/iam.aws.upbound.io/v1beta1, kind=${kind}", "request": {"name":"${name}"}, "uid": "${hex(i, 8)}-${hex(i + 1, 4)}-4${hex(i + 2, 3)}-8${hex(i + 3, 3)}-${hex(i + 4, 12)}", "version": "${48_120_000 + i * 17}", "external-name": "${name}", "requeue-after": "${isoS(1400 + i * 1.4)}"}`
          : `${isoS(1100 + i * 1.4)}	DEBUG	provider-aws	Reconciling	{"controller": "managed/iam.aws.upbound.io/v1beta1, kind=${kind}", "request": {"name":"${name}"}}`;
      }),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'fortyninth-tekton-pipelines-controller-oom-on-informer-sync',
    family: 'oom-limit-too-small',
    source: 'https://github.com/tektoncd/pipeline/issues/5848',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('tekton-pipelines-controller', 137, 12),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '500m',
        args: [
          '-entrypoint-image',
          'ghcr.io/tektoncd/pipeline/entrypoint:v0.68.0',
          '-nop-image',
          'ghcr.io/tektoncd/pipeline/nop:v0.68.0',
          '-workingdirinit-image',
          'ghcr.io/tektoncd/pipeline/workingdirinit:v0.68.0',
        ],
        env: { CONFIG_LOGGING_NAME: 'config-logging', KUBERNETES_MIN_VERSION: 'v1.28.0' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container tekton-pipelines-controller in pod tekton-pipelines-controller-6f5b8d9c47-j4m7r_tekton-pipelines(c81e27d4-0a3b-4e9f-b1c6-72d5f0a9e3b4)',
        type: 'Warning',
        count: 41,
      },
    ],
    previousLog: log(
      `{"severity":"info","timestamp":"${iso(1502.1)}","logger":"tekton-pipelines-controller","caller":"sharedmain/main.go:272","message":"Starting configuration manager...","commit":"3f8c1e2"}`,
      `{"severity":"info","timestamp":"${iso(1502.4)}","logger":"tekton-pipelines-controller","caller":"sharedmain/main.go:283","message":"Starting informers...","commit":"3f8c1e2"}`,
      `{"severity":"info","timestamp":"${iso(1503.9)}","logger":"tekton-pipelines-controller","caller":"leaderelection/context.go:47","message":"Running with Standard leader election","commit":"3f8c1e2"}`,
      `{"severity":"info","timestamp":"${iso(1504.0)}","logger":"tekton-pipelines-controller","caller":"sharedmain/main.go:308","message":"Starting controllers...","commit":"3f8c1e2"}`,
      times(
        6,
        (i) =>
          `{"severity":"info","timestamp":"${iso(1504.1 + i * 0.01)}","logger":"tekton-pipelines-controller","caller":"controller/controller.go:498","message":"Starting controller and workers","commit":"3f8c1e2","knative.dev/controller":"github.com.tektoncd.pipeline.pkg.reconciler.${['pipelinerun', 'taskrun', 'resolutionrequest', 'customrun', 'pipelinerun.leaderaware', 'taskrun.leaderaware'][i]}.Reconciler"}`,
      ),
      times(
        70,
        (i) =>
          `{"severity":"info","timestamp":"${iso(1506 + i * 0.6)}","logger":"tekton-pipelines-controller","caller":"controller/controller.go:550","message":"Reconcile succeeded","commit":"3f8c1e2","knative.dev/controller":"github.com.tektoncd.pipeline.pkg.reconciler.${i % 3 === 0 ? 'pipelinerun' : 'taskrun'}.Reconciler","knative.dev/kind":"tekton.dev.${i % 3 === 0 ? 'PipelineRun' : 'TaskRun'}","knative.dev/traceid":"${hex(i, 8)}-${hex(i + 9, 4)}-${hex(i + 5, 4)}-${hex(i + 3, 4)}-${hex(i + 7, 12)}","knative.dev/key":"ci/${['build-web', 'build-api', 'test-e2e', 'release-charts', 'scan-images'][i % 5]}-${hex(i * 3, 5)}","duration":${(0.002 + (i % 7) * 0.0013).toFixed(6)}}`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  // ---------------------------------------------------------------- memory raises wrong (5)
  {
    id: 'fortyninth-backstage-backend-memory-creeps-to-limit',
    family: 'oom-leak',
    source: 'https://github.com/backstage/backstage/issues/27700',
    signal: 'Alert',
    containers: [
      {
        name: 'backend',
        running: { startedAt: '2026-02-11T07:58:14Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 11,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          NODE_OPTIONS: '--no-node-snapshot',
          APP_CONFIG_backend_baseUrl: 'https://portal.acme.internal',
        },
        args: [
          'node',
          'packages/backend',
          '--config',
          'app-config.yaml',
          '--config',
          'app-config.production.yaml',
        ],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePodOOMKilledRepeatedly: container backend of backstage-7c9f6d8b54-w2h7t was OOMKilled 11 times in 72h (limit 2Gi); after every restart its working set climbs about 230Mi per hour, from 610Mi at start to the limit in 5h40m, with no change in request rate',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(
        60,
        (i) =>
          `{"level":"info","message":"::ffff:10.42.${(i % 5) + 1}.${20 + (i % 40)} - - [${clf(-1200 + i * 15)}] \\"${i % 6 === 0 ? 'POST /api/permission/authorize' : i % 6 === 1 ? 'GET /api/catalog/entities/by-query?limit=20' : i % 6 === 2 ? 'GET /api/techdocs/static/docs/default/component/payments-api/index.html' : i % 6 === 3 ? 'GET /api/search/query?term=ledger' : i % 6 === 4 ? 'GET /api/catalog/entity-facets?facet=kind' : 'GET /.backstage/health/v1/readiness'} HTTP/1.1\\" 200 ${[74, 48213, 18820, 9211, 2204, 15][i % 6]} \\"-\\" \\"${i % 6 === 5 ? 'kube-probe/1.31' : 'Mozilla/5.0'}\\"","service":"backstage","type":"incomingRequest","timestamp":"${iso(-1200 + i * 15)}"}`,
      ),
      `{"level":"info","message":"Read 4276 GitHub repositories (1184 matching the pattern)","plugin":"catalog","service":"backstage","target":"github-provider:acme","taskId":"github-provider:acme:refresh","timestamp":"${iso(-240)}"}`,
      times(
        12,
        (i) =>
          `{"level":"info","message":"::ffff:10.42.2.${31 + i} - - [${clf(-225 + i * 9)}] \\"GET /api/catalog/entities/by-refs HTTP/1.1\\" 200 ${30211 + i * 113} \\"-\\" \\"node-fetch/1.0 (+https://github.com/bitinn/node-fetch)\\"","service":"backstage","type":"incomingRequest","timestamp":"${iso(-225 + i * 9)}"}`,
      ),
    ),
    currentLog: log(
      `{"level":"info","message":"Found 31 new secrets in config that will be redacted","service":"backstage","timestamp":"${iso(-103.2)}"}`,
      `{"level":"info","message":"Plugin initialization started: 'app', 'proxy', 'scaffolder', 'techdocs', 'auth', 'catalog', 'permission', 'search', 'kubernetes', 'notifications', 'signals'","service":"backstage","type":"initialization","timestamp":"${iso(-101.8)}"}`,
      `{"level":"info","message":"Performing database migration","plugin":"catalog","service":"backstage","timestamp":"${iso(-100.9)}"}`,
      `{"level":"info","message":"Plugin initialization complete, newly initialized: 'app', 'proxy', 'scaffolder', 'techdocs', 'auth', 'catalog', 'permission', 'search', 'kubernetes', 'notifications', 'signals'","service":"backstage","type":"initialization","timestamp":"${iso(-96.4)}"}`,
      `{"level":"info","message":"Listening on :7007","service":"rootHttpRouter","timestamp":"${iso(-96.3)}"}`,
      times(
        70,
        (i) =>
          `{"level":"info","message":"::ffff:10.42.${(i % 5) + 1}.${20 + (i % 40)} - - [${clf(i * 20)}] \\"${i % 5 === 0 ? 'POST /api/permission/authorize' : i % 5 === 1 ? 'GET /api/catalog/entities/by-query?limit=20' : i % 5 === 2 ? 'GET /api/kubernetes/services/payments-api' : i % 5 === 3 ? 'GET /api/search/query?term=runbook' : 'GET /.backstage/health/v1/readiness'} HTTP/1.1\\" 200 ${[74, 48111, 22810, 8102, 15][i % 5]} \\"-\\" \\"${i % 5 === 4 ? 'kube-probe/1.31' : 'Mozilla/5.0'}\\"","service":"backstage","type":"incomingRequest","timestamp":"${iso(i * 20)}"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-alluxio-worker-ramdisk-on-memory-emptydir',
    family: 'oom-tmpfs',
    source: 'https://github.com/Alluxio/alluxio/issues/18681',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('alluxio-worker', 137, 7),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        env: {
          ALLUXIO_WORKER_JAVA_OPTS:
            '-Xmx4g -XX:MaxDirectMemorySize=4g -Dalluxio.worker.hostname=$(ALLUXIO_WORKER_HOSTNAME)',
          ALLUXIO_JAVA_OPTS:
            '-Dalluxio.master.hostname=alluxio-master-0 -Dalluxio.worker.ramdisk.size=10GB -Dalluxio.worker.tieredstore.level0.alias=MEM -Dalluxio.worker.tieredstore.level0.dirs.path=/dev/shm -Dalluxio.worker.tieredstore.level0.dirs.quota=10GB',
        },
        mounts: [
          { volume: 'alluxio-ramdisk', path: '/dev/shm' },
          { volume: 'alluxio-journal', path: '/journal' },
        ],
      },
      { name: 'alluxio-job-worker', running: {}, ready: true, memoryLimit: '2Gi' },
    ],
    volumes: [
      { name: 'alluxio-ramdisk', emptyDir: { medium: 'Memory' } },
      { name: 'alluxio-journal', emptyDir: {} },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container alluxio-worker in pod alluxio-worker-6b7d9c8f5-k9x2m_analytics(5e2f8a13-7c4d-4b09-9e61-1a3c5d7e9f20)',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      `${stamp(-320, ',')} INFO  ProcessUtils - Starting Alluxio worker @10.42.6.37:29999.`,
      `${stamp(-319, ',')} INFO  ProcessUtils - Alluxio version: 2.9.4-89e1b3e9`,
      `${stamp(-319, ',')} INFO  ProcessUtils - Java version: 1.8.0_412`,
      `${stamp(-318, ',')} INFO  TieredBlockStore - Initialized storage tier MEM with 1 dirs, capacity 10.00GB`,
      `${stamp(-318, ',')} INFO  DefaultStorageDir - Folder /dev/shm/alluxioworker was created!`,
      `${stamp(-316, ',')} INFO  BlockMasterSync - Registering worker 10.42.6.37 with master alluxio-master-0:19998, capacity MEM=10.00GB`,
      `${stamp(-315, ',')} INFO  AlluxioWorkerProcess - Alluxio worker started. id=7391028461523, bindHost=0.0.0.0, connectHost=10.42.6.37, rpcPort=29999, webPort=30000`,
      times(
        90,
        (i) =>
          `${stamp(-300 + i * 16, ',')} INFO  UfsInputStreamCache - Cached block ${5_033_164_800 + i * 16_777_216} of s3://acme-lake/warehouse/events/dt=2026-02-${String(1 + (i % 10)).padStart(2, '0')}/part-${String(i).padStart(5, '0')}.parquet (64.00MB) in tier MEM`,
      ),
      `${stamp(1162, ',')} INFO  UfsInputStreamCache - Cached block 6540582912 of s3://acme-lake/warehouse/events/dt=2026-02-10/part-00091.parquet (64.00MB) in tier MEM`,
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-graylog-heap-space-under-xmx',
    family: 'heap-cap',
    source: 'https://github.com/Graylog2/graylog2-server/issues/2183',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('graylog', 3, 6),
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: {
          GRAYLOG_SERVER_JAVA_OPTS:
            '-Xms1g -Xmx1g -XX:NewRatio=1 -server -XX:+ResizeTLAB -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError',
          GRAYLOG_ELASTICSEARCH_HOSTS: 'http://opensearch-cluster-master.logging.svc:9200',
          GRAYLOG_MESSAGE_JOURNAL_MAX_SIZE: '12gb',
        },
        mounts: [{ volume: 'journal', path: '/usr/share/graylog/data/journal' }],
      },
    ],
    volumes: [{ name: 'journal', persistentVolumeClaim: 'graylog-journal' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container graylog in pod graylog-5d8b7c6f49-mh4qv_logging(1c9e7b35-d0a2-4f6b-83e1-9b5a2c7d4e60)',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      `${stamp(1380, ',')} INFO : org.graylog2.bootstrap.CmdLineTool - Loaded plugin: Elasticsearch 7 Support 6.1.4+91c2b8a [org.graylog.storage.elasticsearch7.Elasticsearch7Plugin]`,
      `${stamp(1380.6, ',')} INFO : org.graylog2.bootstrap.CmdLineTool - Running with JVM arguments: -Xms1g -Xmx1g -XX:NewRatio=1 -server -XX:+ResizeTLAB -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError -Dlog4j.configurationFile=/usr/share/graylog/data/config/log4j2.xml -Djava.library.path=/usr/share/graylog/lib/sigar -Dgraylog2.installation_source=docker`,
      `${stamp(1383.1, ',')} INFO : org.graylog2.shared.buffers.InputBufferImpl - Message journal is enabled.`,
      `${stamp(1383.4, ',')} INFO : org.graylog2.shared.journal.LocalKafkaJournal - Initialized Kafka based journal at /usr/share/graylog/data/journal`,
      `${stamp(1390.2, ',')} INFO : org.graylog2.storage.versionprobe.VersionProbe - OpenSearch/Elasticsearch version: OpenSearch:2.15.0`,
      `${stamp(1392.8, ',')} INFO : org.graylog2.bootstrap.ServerBootstrap - Graylog server up and running.`,
      times(
        3,
        (i) =>
          `${stamp(1393 + i * 1.5, ',')} INFO : org.graylog2.inputs.InputStateListener - Input [GELF UDP/${hex(i + 40, 24)}] is now RUNNING`,
      ),
      times(
        14,
        (i) =>
          `${stamp(1398 + i * 0.4, ',')} INFO : org.graylog2.shared.initializers.PeriodicalsService - Starting [org.graylog2.periodical.${['ThroughputCalculator', 'BatchedElasticSearchOutputFlushThread', 'ClusterHealthCheckThread', 'ContentPackLoaderPeriodical', 'IndexerClusterCheckerThread', 'IndexRetentionThread', 'IndexRotationThread', 'NodePingThread', 'VersionCheckThread', 'ThrottleStateUpdaterThread', 'IndexRangesMigrationPeriodical', 'OrphanedIndexRangesCleanup', 'ConfigurationManagementPeriodical', 'UserSessionTerminationPeriodical'][i]}] periodical in [${i % 3}s], polling every [${[1, 1, 20, 0, 30, 300, 10, 1, 1800, 1, 0, 3600, 0, 600][i]}s].`,
      ),
      `${stamp(1425.3, ',')} WARN : org.graylog2.shared.buffers.processors.ProcessBufferProcessor - Unable to process event MessageEvent{raw=null, message=null, messages=null}, sequence 26320`,
      'java.lang.OutOfMemoryError: Java heap space',
      '	at java.base/java.util.Arrays.copyOfRange(Unknown Source) ~[?:?]',
      '	at java.base/java.lang.String.<init>(Unknown Source) ~[?:?]',
      '	at com.fasterxml.jackson.core.util.TextBuffer.contentsAsString(TextBuffer.java:356) ~[graylog.jar:?]',
      '	at com.fasterxml.jackson.databind.ObjectMapper.readTree(ObjectMapper.java:2272) ~[graylog.jar:?]',
      '	at org.graylog2.inputs.codecs.GelfCodec.decode(GelfCodec.java:115) ~[graylog.jar:?]',
      '	at org.graylog2.shared.buffers.processors.DecodingProcessor.processMessage(DecodingProcessor.java:136) ~[graylog.jar:?]',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-loki-querier-oom-on-unbounded-query',
    family: 'oom-huge-input',
    source: 'https://github.com/grafana/loki/issues/11077',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('querier', 137, 6),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: ['-config.file=/etc/loki/config/config.yaml', '-target=querier', '-querier.max-concurrent=8'],
        mounts: [{ volume: 'config', path: '/etc/loki/config' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'loki' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container querier in pod loki-querier-7b96c8f5d4-2xq8n_logging(7a0e5c39-1f2b-4d87-b6a4-e3c9f1d2a058)',
        type: 'Warning',
        count: 11,
      },
    ],
    previousLog: log(
      `level=info ts=${iso(1660.1)} caller=main.go:126 msg="Starting Loki" version="(version=3.3.2, branch=HEAD, revision=23b5fc2c)"`,
      `level=info ts=${iso(1660.3)} caller=server.go:351 msg="server listening on addresses" http=[::]:3100 grpc=[::]:9095`,
      `level=info ts=${iso(1661.8)} caller=worker.go:112 component=querier msg="Starting querier worker using query-scheduler and scheduler ring for addresses"`,
      `level=info ts=${iso(1662.0)} caller=loki.go:542 msg="Loki started" startup_time=1.92s`,
      times(
        36,
        (i) =>
          `level=info ts=${iso(1663 + i * 0.9)} caller=metrics.go:217 component=querier org_id=prod traceID=${hex(i, 16)} latency=fast query="${['sum by (status) (rate({namespace=\\"checkout\\", app=\\"nginx\\"}[1m]))', '{namespace=\\"payments\\"} |= \\"timeout\\"', 'count_over_time({namespace=\\"ledger\\"} |= \\"ERROR\\" [5m])', '{namespace=\\"auth\\", app=\\"keycloak\\"} |= \\"LOGIN_ERROR\\"'][i % 4]}" query_hash=${2_210_938_120 + (i % 4) * 7711} query_type=${i % 2 === 0 ? 'metric' : 'filter'} range_type=range length=1h0m0s start_delta=1h0m${(i % 50) + 1}.1s end_delta=${(i % 50) + 1}.1s step=15s duration=${40 + ((i * 37) % 300)}ms status=200 limit=1000 returned_lines=0 throughput=${(120 + ((i * 13) % 400)).toFixed(0)}MB total_bytes=${(4 + (i % 9) * 1.3).toFixed(1)}MB`,
      ),
      `level=info ts=${iso(1696.4)} caller=engine.go:248 component=querier org_id=prod traceID=4bf92f3577b34da6 msg="executing query" type=range query="{cluster=\\"prod\\"} |= \\"4bf92f3577b34da6a3ce929d0e0e4736\\"" query_hash=881203377 length=720h0m0s step=1h0m0s`,
      times(
        8,
        (i) =>
          `level=info ts=${iso(1697 + i * 1.4)} caller=metrics.go:217 component=querier org_id=prod traceID=${hex(i + 90, 16)} latency=fast query="{namespace=\\"payments\\"} |= \\"timeout\\"" query_type=filter range_type=range length=15m0s step=1s duration=${60 + i * 11}ms status=200 limit=100 returned_lines=${i * 3} throughput=95MB total_bytes=1.4MB`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-superset-celery-worker-prefork-sized-from-host',
    family: 'oom-worker-fanout',
    source: 'https://github.com/prowler-cloud/prowler/issues/10968',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('superset-worker', 137, 8),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['celery', '--app=superset.tasks.celery_app:app', 'worker', '--pool=prefork', '-O', 'fair'],
        env: {
          SUPERSET_CONFIG_PATH: '/app/pythonpath/superset_config.py',
          REDIS_HOST: 'superset-redis-headless',
        },
        mounts: [{ volume: 'superset-config', path: '/app/pythonpath' }],
      },
    ],
    volumes: [{ name: 'superset-config', secret: 'superset-config' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container superset-worker in pod superset-worker-6d8f7b9c54-p7w2k_bi(8d3b1f2e-6a4c-47d9-9e05-c2a1b7f36e94)',
        type: 'Warning',
        count: 23,
      },
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned bi/superset-worker-6d8f7b9c54-p7w2k to ip-10-20-41-87.eu-west-1.compute.internal',
        type: 'Normal',
      },
    ],
    previousLog: log(
      `logging was configured successfully`,
      `${stamp(1602.1, ',')}:INFO:superset.utils.logging_configurator:logging was configured successfully`,
      `${stamp(1602.9, ',')}:INFO:root:Configured event logger of type <class 'superset.utils.log.DBEventLogger'>`,
      ' ',
      ' -------------- celery@superset-worker-6d8f7b9c54-p7w2k v5.4.0 (opalescent)',
      '--- ***** ----- ',
      '-- ******* ---- Linux-6.1.119-129.201.amzn2023.x86_64-x86_64-with-glibc2.36 2026-02-11 08:26:45',
      '- *** --- * --- ',
      '- ** ---------- [config]',
      '- ** ---------- .> app:         __main__:0x7f3c2a9e1d50',
      '- ** ---------- .> transport:   redis://superset-redis-headless:6379/0',
      '- ** ---------- .> results:     redis://superset-redis-headless:6379/0',
      '- *** --- * --- .> concurrency: 64 (prefork)',
      '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
      '--- ***** ----- ',
      ' -------------- [queues]',
      '                .> celery           exchange=celery(direct) key=celery',
      '                ',
      '',
      '[tasks]',
      '  . cache-warmup',
      '  . cache_chart_thumbnail',
      '  . cache_dashboard_thumbnail',
      '  . email_reports.schedule_hourly',
      '  . load_chart_data_into_cache',
      '  . load_explore_json_into_cache',
      '  . reports.execute',
      '  . reports.prune_log',
      '  . reports.scheduler',
      '  . sql_lab.get_sql_results',
      '',
      `[${stamp(1606.2, ',')}: INFO/MainProcess] Connected to redis://superset-redis-headless:6379/0`,
      `[${stamp(1606.3, ',')}: INFO/MainProcess] mingle: searching for neighbors`,
      `[${stamp(1607.4, ',')}: INFO/MainProcess] mingle: sync with 1 nodes`,
      `[${stamp(1607.4, ',')}: INFO/MainProcess] mingle: sync complete`,
      `[${stamp(1607.5, ',')}: INFO/MainProcess] celery@superset-worker-6d8f7b9c54-p7w2k ready.`,
      times(
        18,
        (i) =>
          `[${stamp(1608 + i * 0.7, ',')}: INFO/MainProcess] Task ${['reports.scheduler', 'sql_lab.get_sql_results', 'load_chart_data_into_cache', 'cache_chart_thumbnail'][i % 4]}[${hex(i, 8)}-${hex(i + 1, 4)}-${hex(i + 2, 4)}-${hex(i + 3, 4)}-${hex(i + 4, 12)}] received`,
      ),
      `[${stamp(1621.3, ',')}: INFO/ForkPoolWorker-${17}] Task reports.scheduler[${hex(0, 8)}-${hex(1, 4)}-${hex(2, 4)}-${hex(3, 4)}-${hex(4, 12)}] succeeded in 0.0412s: None`,
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- restarts right (3)
  {
    id: 'fortyninth-argocd-repo-server-stale-git-index-lock',
    family: 'wedged-state',
    source: 'https://github.com/argoproj/argo-cd/issues/7898',
    signal: 'Alert',
    containers: [
      {
        name: 'argocd-repo-server',
        running: { startedAt: '2026-02-11T07:52:31Z' },
        ready: true,
        last: { reason: 'Error', exitCode: 143 },
        restarts: 1,
        memoryLimit: '2Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['/usr/local/bin/argocd-repo-server', '--port=8081', '--metrics-port=8084'],
        env: { ARGOCD_EXEC_TIMEOUT: '180s', ARGOCD_REPO_SERVER_PARALLELISM_LIMIT: '10' },
        mounts: [
          { volume: 'tmp', path: '/tmp' },
          { volume: 'helm-working-dir', path: '/helm-working-dir' },
          { volume: 'gpg-keys', path: '/app/config/gpg/source' },
        ],
      },
    ],
    volumes: [
      { name: 'tmp', emptyDir: {} },
      { name: 'helm-working-dir', emptyDir: {} },
      { name: 'gpg-keys', configMap: 'argocd-gpg-keys-cm' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ArgoCDAppsUnknown: 37 Applications from repo https://git.acme.io/platform/deploy.git in sync status Unknown for 35m (ComparisonError); Applications from the 4 other repositories sync normally',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.5.61:8084/healthz?full=true": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 3,
      },
      {
        reason: 'Killing',
        message: 'Container argocd-repo-server failed liveness probe, will be restarted',
        type: 'Normal',
      },
    ],
    currentLog: log(
      `time="${isoS(-440)}" level=info msg="ArgoCD Repository Server is starting" built="2025-12-04T17:21:40Z" commit=a79e0eaca415461dc36615470cecc25d6d38cefb max_grpc_message_size=104857600 port=8081 tls=true version=v2.13.3+a79e0ea`,
      `time="${isoS(-446)}" level=info msg="Generating self-signed TLS certificate for this session"`,
      `time="${isoS(-445)}" level=info msg="Initializing GnuPG keyring at /app/config/gpg/keys"`,
      `time="${isoS(-445)}" level=info msg="Populating GnuPG keyring with keys from /app/config/gpg/source"`,
      `time="${isoS(-445)}" level=info msg="Starting GPG sync watcher on directory '/app/config/gpg/source'"`,
      times(90, (i) => {
        const t = isoS(-440 + i * 20);
        if (i % 3 === 0) {
          return `time="${t}" level=error msg="finished unary call with code Internal" error="rpc error: code = Internal desc = Failed to checkout FETCH_HEAD: \`git checkout --force FETCH_HEAD\` failed exit status 128: fatal: Unable to create '/tmp/_argocd-repo/c58617c8-3721-430f-839b-034d630cedfc/.git/index.lock': File exists.\\n\\nAnother git process seems to be running in this repository, e.g.\\nan editor opened by 'git commit'. Please make sure all processes\\nare terminated then try again. If it still fails, a git process\\nmay have crashed in this repository earlier:\\nremove the file manually to continue." grpc.code=Internal grpc.method=GenerateManifest grpc.service=repository.RepoServerService grpc.start_time="${t}" grpc.time_ms=${(41 + (i % 9) * 3.7).toFixed(3)} span.kind=server system=grpc`;
        }
        if (i % 3 === 1) {
          return `time="${t}" level=info msg="manifest cache hit: &ApplicationSource{RepoURL:https://charts.acme.io,Path:,TargetRevision:${['4.12.1', '1.16.2', '0.31.0'][i % 3]},Helm:&ApplicationSourceHelm{ValueFiles:[],},Kustomize:nil,Directory:nil,Plugin:nil,Chart:${['ingress-nginx', 'cert-manager', 'external-dns'][i % 3]},Ref:,}/${hex(i, 40)}"`;
        }
        return `time="${t}" level=info msg="finished unary call with code OK" grpc.code=OK grpc.method=GenerateManifest grpc.service=repository.RepoServerService grpc.start_time="${t}" grpc.time_ms=${(120 + (i % 7) * 11.3).toFixed(3)} span.kind=server system=grpc`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortyninth-gitea-act-runner-silent-after-last-task',
    family: 'wedged-state',
    source: 'https://github.com/go-gitea/gitea/issues/38737',
    signal: 'Alert',
    containers: [
      {
        name: 'act-runner',
        running: { startedAt: '2026-02-11T07:00:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          GITEA_INSTANCE_URL: 'https://git.acme.io',
          GITEA_RUNNER_NAME: 'ci-runner-0',
          CONFIG_FILE: '/config/config.yaml',
          DOCKER_HOST: 'tcp://localhost:2376',
        },
        mounts: [
          { volume: 'runner-config', path: '/config' },
          { volume: 'runner-data', path: '/data' },
        ],
      },
      { name: 'dind', running: { startedAt: '2026-02-11T07:00:41Z' }, ready: true, memoryLimit: '4Gi' },
    ],
    volumes: [
      { name: 'runner-config', configMap: 'act-runner-config' },
      { name: 'runner-data', persistentVolumeClaim: 'act-runner-data' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GiteaActionsJobsWaiting: 23 jobs waiting for a runner with label ubuntu-22.04 for more than 15m (oldest 52m); runner ci-runner-0 (capacity 1) is the only runner with that label, shows Online in Gitea and was assigned task 48231 at 07:41:02, whose steps are all still queued',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `time="${isoS(-3555)}" level=info msg="Starting runner daemon"`,
      `time="${isoS(-3554)}" level=info msg="runner: ci-runner-0, with version: v0.2.11, with labels: [ubuntu-22.04 ubuntu-latest], declare successfully"`,
      times(6, (k) => {
        const start = -3540 + k * 380;
        return [
          `time="${isoS(start)}" level=info msg="task ${48224 + k} repo is acme/${['payments-api', 'web-frontend', 'ledger', 'payments-api', 'infra-modules', 'web-frontend'][k]} https://github.com https://git.acme.io"`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}] 🚀  Start image=gitea/runner-images:ubuntu-22.04`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}]   🐳  docker pull image=gitea/runner-images:ubuntu-22.04 platform= username= forcePull=false`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}]   🐳  docker create image=gitea/runner-images:ubuntu-22.04 platform= entrypoint=["tail" "-f" "/dev/null"] cmd=[] network="GITEA-ACTIONS-TASK-${48224 + k}_WORKFLOW-CI_JOB-${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}"`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}] ⭐ Run Main actions/checkout@v4`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}]   ✅  Success - Main actions/checkout@v4`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}] ⭐ Run Main ${['make build', 'make lint', 'make test', 'make build', 'terraform plan', 'npx playwright test'][k]}`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}]   ✅  Success - Main ${['make build', 'make lint', 'make test', 'make build', 'terraform plan', 'npx playwright test'][k]} [${60 + k * 23}.${k}s]`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}] ⭐ Run Post actions/checkout@v4`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}]   ✅  Success - Post actions/checkout@v4`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}] Cleaning up container for job ${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}`,
          `[CI/${['build', 'lint', 'test', 'build', 'plan', 'e2e'][k]}] 🏁  Job succeeded`,
        ];
      }).flat(),
      `time="${isoS(-1265)}" level=info msg="task 48230 repo is acme/payments-api https://github.com https://git.acme.io"`,
      '[CI/build] 🚀  Start image=gitea/runner-images:ubuntu-22.04',
      '[CI/build] ⭐ Run Main actions/checkout@v4',
      '[CI/build]   ✅  Success - Main actions/checkout@v4',
      '[CI/build] ⭐ Run Main make build',
      '[CI/build]   ✅  Success - Main make build [71.2s]',
      '[CI/build] Cleaning up container for job build',
      '[CI/build] 🏁  Job succeeded',
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['scale-up'],
  },
  {
    id: 'fortyninth-crossplane-claims-stuck-after-apiserver-outage',
    family: 'wedged-state',
    source: 'https://github.com/crossplane/crossplane/issues/6860',
    signal: 'Alert',
    containers: [
      {
        name: 'crossplane',
        running: { startedAt: '2026-02-11T07:00:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['core', 'start', '--enable-environment-configs', '--max-reconcile-rate=20'],
        env: { LEADER_ELECTION: 'true', POLL_INTERVAL: '1m' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CrossplaneClaimsNotReady: 14 claims of kind PostgreSQLInstance (platform.acme.io/v1alpha1) not Ready for 38m, no reconcile recorded for that kind since 07:44; claims of the 6 other kinds reconcile normally; crossplane /healthz returns ok; kube-apiserver 5xx back to 0 since 07:44 after the EKS control-plane update',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `${isoS(-3000 + i * 90)}	DEBUG	crossplane	Reconciling	{"controller": "defined/compositeresourcedefinition.apiextensions.crossplane.io", "request": {"name":"${['xbuckets.platform.acme.io', 'xqueues.platform.acme.io', 'xpostgresqlinstances.platform.acme.io', 'xnetworks.platform.acme.io'][i % 4]}"}}`,
      ),
      times(
        14,
        (i) =>
          `${klog('E', -1733 + i * 47)}       1 reflector.go:158] "Unhandled Error" err="k8s.io/client-go@v0.31.2/tools/cache/reflector.go:243: Failed to watch *unstructured.Unstructured: Get \\"https://172.20.0.1:443/apis/platform.acme.io/v1alpha1/${['postgresqlinstances', 'buckets', 'queues'][i % 3]}?allowWatchBookmarks=true&resourceVersion=${88_120_311 + i * 97}&timeoutSeconds=${420 + i}&watch=true\\": dial tcp 172.20.0.1:443: connect: connection refused" logger="UnhandledError"`,
      ),
      `${klog('I', -962)}       1 event.go:389] "Event occurred" object="xpostgresqlinstances.platform.acme.io" fieldPath="" kind="CompositeResourceDefinition" apiVersion="apiextensions.crossplane.io/v1" type="Warning" reason="OfferClaim" message="cannot start composite resource claim controller watches: cannot get informer for \\"platform.acme.io/v1alpha1, Kind=PostgreSQLInstance\\": Timeout: failed waiting for *unstructured.Unstructured Informer to sync"`,
      times(48, (i) => {
        const kind =
          ['xbucket', 'xqueue', 'xnetwork', 'xcachecluster', 'xdnszone', 'xserviceaccount'][i % 6] ??
          'xbucket';
        return i % 8 === 7
          ? `${isoS(-940 + i * 42)}	DEBUG	crossplane	Successfully composed resources	{"controller": "defined/compositeresourcedefinition.apiextensions.crossplane.io", "request": {"name":"${kind}s.platform.acme.io"}}`
          : `${isoS(-940 + i * 42)}	DEBUG	crossplane	Reconciling	{"controller": "composite/${kind}s.platform.acme.io", "request": {"name":"team-${['checkout', 'ledger', 'search', 'identity'][i % 4]}-${hex(i, 5)}"}}`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  // ---------------------------------------------------------------- restarts wrong (4)
  {
    id: 'fortyninth-velero-daily-backup-still-running',
    family: 'long-job-in-progress',
    source: 'https://github.com/velero-io/velero/issues/7568',
    signal: 'Alert',
    containers: [
      {
        name: 'velero',
        running: { startedAt: '2026-02-11T07:00:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: [
          'server',
          '--uploader-type=kopia',
          '--features=EnableCSI',
          '--default-volumes-to-fs-backup=false',
        ],
        env: { AWS_SHARED_CREDENTIALS_FILE: '/credentials/cloud', VELERO_SCRATCH_DIR: '/scratch' },
        mounts: [
          { volume: 'cloud-credentials', path: '/credentials' },
          { volume: 'scratch', path: '/scratch' },
        ],
      },
    ],
    volumes: [
      { name: 'cloud-credentials', secret: 'velero-cloud-credentials' },
      { name: 'scratch', emptyDir: {} },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'VeleroBackupRunningLong: backup velero/daily-full-20260211070030 InProgress for 88m (p95 of the last 14 daily runs: 41m); velero container working set 1.71Gi of 2Gi',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `time="${isoS(-3595)}" level=info msg="Starting Velero server v1.15.2 (804d4b8e7c1b3e0d2f44f90e9a33b0f1b2f0a1d3)" logSource="pkg/cmd/server/server.go:237"`,
      `time="${isoS(-3594)}" level=info msg="Checking existence of namespace." logSource="pkg/cmd/server/server.go:424" namespace=velero`,
      `time="${isoS(-3590)}" level=info msg="Server starting..." logSource="pkg/cmd/server/server.go:535"`,
      `time="${isoS(-3569)}" level=info msg="Setting up backup log" backup=velero/daily-full-20260211070030 controller=backup logSource="pkg/controller/backup_controller.go:662"`,
      `time="${isoS(-3569)}" level=info msg="Setting up backup temp file" backup=velero/daily-full-20260211070030 logSource="pkg/controller/backup_controller.go:684"`,
      `time="${isoS(-3568)}" level=info msg="Setting up plugin manager" backup=velero/daily-full-20260211070030 logSource="pkg/controller/backup_controller.go:691"`,
      `time="${isoS(-3567)}" level=info msg="Backup starting" backup=velero/daily-full-20260211070030 logSource="pkg/controller/backup_controller.go:705"`,
      times(110, (i) => {
        const n = 60 + i * 83;
        const t = isoS(-3500 + i * 47);
        const ns = ['payments', 'ledger', 'checkout', 'search', 'identity', 'analytics'][i % 6];
        return i % 2 === 0
          ? `time="${t}" level=info msg="Processing item" backup=velero/daily-full-20260211070030 logSource="pkg/backup/backup.go:427" name=${ns}-${['config', 'db-0', 'cache', 'worker'][i % 4]}-${hex(i, 5)} namespace=${ns} progress= resource=${['configmaps', 'persistentvolumeclaims', 'secrets', 'pods'][i % 4]}`
          : `time="${t}" level=info msg="Backed up ${n} items out of an estimated total of ${14880 + (i % 5) * 3} (estimate will change throughout the backup)" backup=velero/daily-full-20260211070030 logSource="pkg/backup/backup.go:467" name=${ns}-${['config', 'db-0', 'cache', 'worker'][i % 4]}-${hex(i, 5)} namespace=${ns} progress= resource=${['configmaps', 'persistentvolumeclaims', 'secrets', 'pods'][i % 4]}`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortyninth-opensearch-dashboards-not-ready-opensearch-down',
    family: 'dependency-down',
    source: 'https://github.com/opensearch-project/opensearch-k8s-operator/issues/369',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'dashboards',
        running: { startedAt: '2026-02-11T07:00:36Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          OPENSEARCH_HOSTS: 'https://opensearch-cluster-master.logging.svc:9200',
          SERVER_HOST: '0.0.0.0',
        },
        mounts: [
          { volume: 'config', path: '/usr/share/opensearch-dashboards/config/opensearch_dashboards.yml' },
        ],
      },
    ],
    volumes: [{ name: 'config', configMap: 'opensearch-dashboards-config' }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 168,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"type":"response","@timestamp":"${isoS(-900 + i * 14)}","tags":[],"pid":1,"method":"${i % 3 === 0 ? 'post' : 'get'}","statusCode":200,"req":{"url":"${['/api/console/proxy?path=_search&method=GET', '/internal/search/opensearch-with-long-numerals', '/api/status'][i % 3]}","method":"${i % 3 === 0 ? 'post' : 'get'}","headers":{"host":"logs.acme.io","user-agent":"Mozilla/5.0"},"remoteAddress":"10.42.1.${40 + (i % 20)}","userAgent":"Mozilla/5.0"},"res":{"statusCode":200,"responseTime":${40 + (i % 9) * 13},"contentLength":${2200 + i * 17}},"message":"${i % 3 === 0 ? 'POST' : 'GET'} ${['/api/console/proxy?path=_search&method=GET', '/internal/search/opensearch-with-long-numerals', '/api/status'][i % 3]} 200 ${40 + (i % 9) * 13}ms - ${(2.2 + i * 0.017).toFixed(1)}KB"}`,
      ),
      `{"type":"log","@timestamp":"${isoS(-481)}","tags":["error","opensearch","data"],"pid":1,"message":"[ConnectionError]: connect ECONNREFUSED 172.20.118.41:9200"}`,
      times(100, (i) =>
        i % 4 === 3
          ? `{"type":"response","@timestamp":"${isoS(-478 + i * 20)}","tags":[],"pid":1,"method":"get","statusCode":503,"req":{"url":"/api/status","method":"get","headers":{"host":"10.42.4.23:5601","user-agent":"kube-probe/1.31"},"remoteAddress":"10.42.4.1","userAgent":"kube-probe/1.31"},"res":{"statusCode":503,"responseTime":${3 + (i % 4)},"contentLength":${1980 + (i % 3)}},"message":"GET /api/status 503 ${3 + (i % 4)}ms - 1.9KB"}`
          : `{"type":"log","@timestamp":"${isoS(-478 + i * 20)}","tags":["error","opensearch","data"],"pid":1,"message":"[ConnectionError]: connect ECONNREFUSED 172.20.118.41:9200"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-keycloak-killed-by-liveness-mid-migration',
    family: 'probe-kills-migration',
    source: 'https://github.com/keycloak/keycloak/issues/35261',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('keycloak', 143, 3),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['start', '--optimized', '--http-enabled=true', '--hostname=https://login.acme.io'],
        env: {
          KC_DB: 'postgres',
          KC_DB_URL: 'jdbc:postgresql://keycloak-db.identity.svc:5432/keycloak',
          KC_HEALTH_ENABLED: 'true',
          KC_CACHE: 'ispn',
          KC_CACHE_STACK: 'kubernetes',
        },
      },
    ],
    rollout: { minutesAgo: 14, previousTag: '2.2.0' },
    events: [
      {
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 9,
      },
      {
        reason: 'Killing',
        message: 'Container keycloak failed liveness probe, will be restarted',
        type: 'Normal',
        count: 3,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container keycloak in pod keycloak-5f7c9d6b84-8nqtz_identity(d27b3e15-0c4a-4f91-a6e2-3b8d1c5f7a90)',
        type: 'Warning',
        count: 4,
      },
    ],
    previousLog: log(
      `${stamp(1230.4, ',')} INFO  [org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider] (main) Hostname settings: Base URL: https://login.acme.io, Hostname: login.acme.io, Strict HTTPS: true, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true`,
      `${stamp(1233.9, ',')} INFO  [org.keycloak.connections.infinispan.DefaultInfinispanConnectionProviderFactory] (main) Node name: keycloak-5f7c9d6b84-8nqtz-39112, Site name: null`,
      `${stamp(1234.6, ',')} INFO  [org.keycloak.quarkus.runtime.storage.legacy.liquibase.QuarkusJpaUpdaterProvider] (main) Updating database. Using changelog META-INF/jpa-changelog-master.xml`,
      times(
        22,
        (i) =>
          `${stamp(1236 + i * 1.9, ',')} INFO  [liquibase.changelog] (main) ChangeSet META-INF/jpa-changelog-${i < 9 ? '25.0.0' : '26.0.0'}.xml::${i < 9 ? '25.0.0' : '26.0.0'}-${['28265-tables', '28265-index-creation', '28265-index-cleanup', '28861-index-creation', 'org', 'unique-org', 'org-alias', 'org-group', 'org-group-membership', '32583-drop-redundant-index-on-client-session', '32167-client-scope-idx', 'revoked-token', 'unique-consentuser', 'unique-consentuser-mysql', '31296-persist-revoked-access-tokens', '31725-index-persist-revoked-access-tokens', 'idps-for-login', 'remove-property-from-identity-provider', 'group-attributes-idx', 'offline-session-created-on', 'user-session-offline-idx', 'offline-client-session-idx'][i]}::keycloak ran successfully in ${[412, 1880, 96, 2311, 35, 41, 28, 30, 44, 51, 703, 38, 2290, 4, 122, 3810, 17, 23, 640, 1205, 96221, 151833][i]}ms`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
  {
    id: 'fortyninth-zeebe-broker-replaying-after-reschedule',
    family: 'recovery-in-progress',
    source: 'https://github.com/camunda/camunda/issues/8830',
    signal: 'Alert',
    containers: [
      {
        name: 'zeebe',
        running: { startedAt: '2026-02-11T07:00:52Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        env: {
          ZEEBE_BROKER_CLUSTER_NODEID: '1',
          ZEEBE_BROKER_CLUSTER_PARTITIONSCOUNT: '3',
          ZEEBE_BROKER_CLUSTER_REPLICATIONFACTOR: '3',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=25.0 -XX:+ExitOnOutOfMemoryError',
        },
        mounts: [{ volume: 'data', path: '/usr/local/zeebe/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-camunda-zeebe-1' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ZeebeBrokerNotReady: camunda-zeebe-1 not ready for 89m (brokers 0 and 2 healthy, every partition has a leader, zeebe_stream_processor_records_total on camunda-zeebe-1 partition 2 rising at 3.9k/s)',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 530,
      },
    ],
    currentLog: log(
      `${stamp(-3540, '.')} [] [main] INFO  io.camunda.zeebe.broker.system - Version: 8.6.7`,
      `${stamp(-3530, '.')} [Broker-1] [zb-actors-1] INFO  io.atomix.raft.partition.impl.RaftPartitionServer - RaftServer{raft-partition-partition-2} - Setting firstCommitIndex to 1448176559. RaftServer is ready only after it has committed events upto this index`,
      `${stamp(-3400, '.')} [Broker-1] [zb-actors-1] INFO  io.camunda.zeebe.broker.system - Successfully started server for partition PartitionId{id=2, group=raft-partition} in 131135ms`,
      `${stamp(-3399, '.')} [Broker-1-ZeebePartition-2] [zb-actors-0] INFO  io.camunda.zeebe.broker.system - Transition to FOLLOWER on term 68 requested.`,
      `${stamp(-3398, '.')} [Broker-1-StreamProcessor-2] [zb-actors-1] INFO  io.camunda.zeebe.logstreams - Recovering state of partition 2 from snapshot`,
      `${stamp(-2611, '.')} [Broker-1-StreamProcessor-2] [zb-actors-1] INFO  io.camunda.zeebe.logstreams - Recovered state of partition 2 from snapshot at position 4352806640`,
      `${stamp(-2610, '.')} [Broker-1-StreamProcessor-2] [zb-actors-1] INFO  io.camunda.zeebe.processor - Processor starts replay of events. [snapshot-position: 4352806640, replay-mode: PROCESSING]`,
      times(
        40,
        (i) =>
          `${stamp(-2500 + i * 105, '.')} [Broker-1-HealthCheckService] [zb-actors-0] ${i % 10 === 0 ? 'INFO ' : 'DEBUG'} io.camunda.zeebe.broker.system - Detected 'UNHEALTHY' components. The current health status of components: [Broker-1-LogStream-2{status=HEALTHY}, ZeebePartition-1{status=HEALTHY}, ZeebePartition-2{status=UNHEALTHY}, ZeebePartition-3{status=HEALTHY}, raft-partition-partition-2{status=HEALTHY}]`,
      ),
      times(
        30,
        (i) =>
          `${stamp(-2450 + i * 140, '.')} [Broker-1-SnapshotStore-2] [zb-fs-workers-${i % 2}] DEBUG io.camunda.zeebe.snapshots - Scheduling log compaction up to index ${1_448_288_435 + i * 412_000}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  // ---------------------------------------------------------------- scale-ups right (3)
  {
    id: 'fortyninth-loki-queriers-saturated-queue-backlog',
    family: 'capacity',
    source: 'https://github.com/grafana/loki/issues/4613',
    signal: 'Alert',
    containers: [
      {
        name: 'querier',
        running: { startedAt: '2026-02-11T07:00:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: ['-config.file=/etc/loki/config/config.yaml', '-target=querier', '-querier.max-concurrent=8'],
        mounts: [{ volume: 'config', path: '/etc/loki/config' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'loki' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LokiReadPathSaturated: cortex_query_scheduler_queue_length 412 for 15m (threshold 100); 4 of 4 queriers at 3.9-4.0 of 4 CPU, memory 4.1-4.6Gi of 8Gi; query-frontend answered 6.2% of queries with 429 "too many outstanding requests"; S3 GET p99 84ms, chunks cache hit ratio 71%, ingesters at 31% CPU; query volume 2.7x the same hour last week (incident review dashboards)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `level=info ts=${iso(-3567)} caller=main.go:126 msg="Starting Loki" version="(version=3.3.2, branch=HEAD, revision=23b5fc2c)"`,
      `level=info ts=${iso(-3566)} caller=loki.go:542 msg="Loki started" startup_time=1.84s`,
      times(
        120,
        (i) =>
          `level=info ts=${iso(1090 + i * 5)} caller=metrics.go:217 component=querier org_id=prod traceID=${hex(i + 300, 16)} latency=${i % 4 === 0 ? 'fast' : 'slow'} query="${['sum by (status) (rate({namespace=\\"checkout\\", app=\\"nginx\\"}[1m]))', '{namespace=\\"payments\\"} |= \\"timeout\\"', 'count_over_time({namespace=\\"ledger\\"} |= \\"ERROR\\" [5m])', 'topk(10, sum by (pod) (rate({namespace=\\"search\\"}[5m])))', '{namespace=\\"auth\\", app=\\"keycloak\\"} |= \\"LOGIN_ERROR\\"'][i % 5]}" query_hash=${3_110_938_120 + (i % 5) * 7711} query_type=${i % 5 === 1 || i % 5 === 4 ? 'filter' : 'metric'} range_type=range length=${['1h0m0s', '6h0m0s', '3h0m0s', '1h0m0s', '12h0m0s'][i % 5]} step=${['15s', '1m0s', '30s', '15s', '2m0s'][i % 5]} duration=${i % 4 === 0 ? `${400 + ((i * 37) % 500)}ms` : `${(6 + ((i * 13) % 90) / 10).toFixed(1)}s`} status=200 limit=1000 returned_lines=${i % 5 === 1 ? 1000 : 0} throughput=${(210 + ((i * 17) % 200)).toFixed(0)}MB total_bytes=${(300 + ((i * 97) % 1900)).toFixed(0)}MB queue_time=${(2 + ((i * 7) % 40) / 2).toFixed(1)}s`,
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'fortyninth-temporal-invoice-workers-slots-exhausted',
    family: 'capacity',
    source: 'https://github.com/temporalio/documentation/pull/577',
    signal: 'Alert',
    containers: [
      {
        name: 'invoice-worker',
        running: { startedAt: '2026-02-11T07:00:47Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          TEMPORAL_ADDRESS: 'temporal-frontend.temporal.svc:7233',
          TEMPORAL_NAMESPACE: 'billing',
          TEMPORAL_TASK_QUEUE: 'invoice-render',
          MAX_CONCURRENT_ACTIVITY_EXECUTION_SIZE: '200',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TemporalActivityScheduleToStartHigh: temporal_activity_schedule_to_start_latency p95 48.3s on task queue invoice-render for 20m (threshold 5s); temporal_worker_task_slots_available 0 of 200 on 3 of 3 invoice-worker pods; poll success rate 100%; worker CPU 1.9 of 2; activity execution p95 1.2s (unchanged); renderer and S3 PUT latency normal; month-end invoice batch: 410k invoices scheduled since 06:00 (last month 130k)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `2026/02/11 07:00:49 INFO  Started Worker Namespace billing TaskQueue invoice-render WorkerID 1@invoice-worker-6c9d7f8b5-x2kqp@`,
      times(
        140,
        (i) =>
          `{"level":"info","ts":"${iso(790 + i * 6)}","logger":"activity","msg":"invoice rendered","activity":"RenderInvoicePDF","workflow_id":"invoice-2026-02-${String(110_000 + i * 977).padStart(6, '0')}","attempt":1,"pages":${1 + (i % 5)},"render_ms":${980 + ((i * 53) % 420)},"s3_put_ms":${48 + ((i * 11) % 50)},"schedule_to_start_ms":${41_000 + ((i * 331) % 9000)}}`,
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'fortyninth-jenkins-linux-agents-all-executors-busy',
    family: 'capacity',
    source: 'https://github.com/nodejs/build/issues/2312',
    signal: 'Alert',
    containers: [
      {
        name: 'jnlp',
        running: { startedAt: '2026-02-11T07:01:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JENKINS_URL: 'https://ci.acme.io/',
          JENKINS_AGENT_NAME: 'linux-build-3',
          JENKINS_AGENT_WORKDIR: '/home/jenkins/agent',
          JENKINS_WEB_SOCKET: 'false',
        },
        mounts: [{ volume: 'workspace', path: '/home/jenkins/agent' }],
      },
    ],
    volumes: [{ name: 'workspace', emptyDir: { sizeLimit: '40Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'JenkinsBuildQueueBacklog: jenkins_queue_buildable_value 37 for 25m (threshold 10), every item "Waiting for next available executor on linux-build"; executors on label linux-build 8 of 8 busy (4 agents x 2); controller CPU 22%, heap 41%; agents at 3.1-3.6 of 4 CPU; release-branch cut at 07:30 tripled the pull-request builds',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${jul(-3526)} hudson.remoting.jnlp.Main createEngine`,
      'INFO: Setting up agent: linux-build-3',
      `${jul(-3526)} hudson.remoting.Engine startEngine`,
      'INFO: Using Remoting version: 3261.v9c670a_4748a_9',
      `${jul(-3526)} org.jenkinsci.remoting.engine.WorkDirManager initializeWorkDir`,
      'INFO: Using /home/jenkins/agent/remoting as a remoting work directory',
      `${jul(-3526)} org.jenkinsci.remoting.engine.WorkDirManager setupLogging`,
      'INFO: Both error and output logs will be printed to /home/jenkins/agent/remoting',
      `${jul(-3525)} hudson.remoting.jnlp.Main$CuiListener status`,
      'INFO: Locating server among [https://ci.acme.io/]',
      `${jul(-3525)} org.jenkinsci.remoting.engine.JnlpAgentEndpointResolver resolve`,
      'INFO: Remoting server accepts the following protocols: [JNLP4-connect, Ping]',
      `${jul(-3525)} hudson.remoting.jnlp.Main$CuiListener status`,
      'INFO: Agent discovery successful',
      '  Agent address: jenkins-agent.ci.svc.cluster.local',
      '  Agent port:    50000',
      '  Identity:      3f:1c:9a:77:b2:e5:0d:48:6c:21:f4:8e:a9:13:5b:d0',
      `${jul(-3525)} hudson.remoting.jnlp.Main$CuiListener status`,
      'INFO: Handshaking',
      `${jul(-3525)} hudson.remoting.jnlp.Main$CuiListener status`,
      'INFO: Connecting to jenkins-agent.ci.svc.cluster.local:50000',
      `${jul(-3525)} hudson.remoting.jnlp.Main$CuiListener status`,
      'INFO: Trying protocol: JNLP4-connect',
      `${jul(-3524)} org.jenkinsci.remoting.protocol.impl.BIONetworkLayer$Reader run`,
      'INFO: Waiting for ProtocolStack to start.',
      `${jul(-3524)} hudson.remoting.jnlp.Main$CuiListener status`,
      'INFO: Remote identity confirmed: 3f:1c:9a:77:b2:e5:0d:48:6c:21:f4:8e:a9:13:5b:d0',
      `${jul(-3524)} hudson.remoting.jnlp.Main$CuiListener status`,
      'INFO: Connected',
    ),
    accept: ['scale-up'],
  },
  // ---------------------------------------------------------------- scale-ups wrong (4)
  {
    id: 'fortyninth-dagster-daemon-sensors-late-on-slow-database',
    family: 'slow-database',
    source: 'https://github.com/mitodl/ol-infrastructure/pull/5717',
    signal: 'Alert',
    containers: [
      {
        name: 'dagster-daemon',
        running: { startedAt: '2026-02-11T07:00:58Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['dagster-daemon', 'run', '-w', '/dagster-workspace/workspace.yaml'],
        env: {
          DAGSTER_HOME: '/opt/dagster/dagster_home',
          DAGSTER_PG_HOST: 'dagster-pg.cluster-c8x2k1.eu-west-1.rds.amazonaws.com',
        },
        mounts: [
          { volume: 'dagster-instance', path: '/opt/dagster/dagster_home' },
          { volume: 'dagster-workspace-yaml', path: '/dagster-workspace' },
        ],
      },
    ],
    volumes: [
      { name: 'dagster-instance', configMap: 'dagster-instance' },
      { name: 'dagster-workspace-yaml', configMap: 'dagster-workspace-yaml' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'DagsterSensorTicksLate: 9 of 31 sensors last ticked 14-22m ago (minimum interval 30s); dagster-daemon CPU 0.3 of 2, memory 0.9 of 2Gi; dagster Postgres (RDS db.t4g.medium) CPU 97%, p95 statement time 11.8s, 4 statement timeouts per minute',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `2026-02-11 07:01:04 +0000 - dagster.daemon - INFO - Instance is configured with the following daemons: ['AssetDaemon', 'BackfillDaemon', 'QueuedRunCoordinatorDaemon', 'SchedulerDaemon', 'SensorDaemon']`,
      `2026-02-11 07:01:31 +0000 - dagster.daemon.SensorDaemon - ERROR - Another SENSOR daemon is still sending heartbeats. You likely have multiple daemon processes running at once, which is not supported. Last heartbeat daemon id: 5d0c7e2a-91b4-4f3e-8a6d-2c7f1e9b0a43, Current daemon_id: a81f3c6d-0e27-4b95-9c14-7d3e8f2a6b50`,
      `2026-02-11 07:01:41 +0000 - dagster.daemon.SchedulerDaemon - ERROR - Another SCHEDULER daemon is still sending heartbeats. You likely have multiple daemon processes running at once, which is not supported. Last heartbeat daemon id: 5d0c7e2a-91b4-4f3e-8a6d-2c7f1e9b0a43, Current daemon_id: a81f3c6d-0e27-4b95-9c14-7d3e8f2a6b50`,
      times(90, (i) => {
        const t = new Date(T0 - 3480_000 + i * 55_000).toISOString().slice(0, 19).replace('T', ' ');
        const sensor = [
          's3_landing_sensor',
          'orders_freshness_sensor',
          'run_failure_notification_sensor',
          'dbt_manifest_sensor',
          'default_automation_condition_sensor',
        ][i % 5];
        if (i % 9 === 8) {
          return [
            `${t} +0000 - dagster.daemon.SensorDaemon - ERROR - Sensor daemon caught an error for sensor ${sensor}`,
            'Traceback (most recent call last):',
            '  File "/usr/local/lib/python3.12/site-packages/dagster/_core/storage/event_log/sql_event_log.py", line 3535, in _get_partition_data_versions',
            '    rows = db_fetch_mappings(conn, latest_data_version_by_partition_query)',
            'psycopg2.errors.QueryCanceled: canceling statement due to statement timeout',
          ].join('\n');
        }
        return i % 3 === 0
          ? `${t} +0000 - dagster.daemon.SensorDaemon - INFO - Checking for new runs for sensor: ${sensor}`
          : `${t} +0000 - dagster.daemon.SensorDaemon - INFO - No run requests returned for ${sensor}, skipping`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-external-dns-route53-throttled-account-wide',
    family: 'third-party-rate-limit',
    source: 'https://github.com/kubernetes-sigs/external-dns/issues/1293',
    signal: 'Alert',
    containers: [
      {
        name: 'external-dns',
        running: { startedAt: '2026-02-11T07:00:21Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '200m',
        args: [
          '--source=ingress',
          '--source=service',
          '--provider=aws',
          '--registry=txt',
          '--txt-owner-id=prod-eu-1',
          '--interval=1m',
          '--policy=upsert-only',
          '--aws-zone-type=public',
        ],
        env: {
          AWS_DEFAULT_REGION: 'eu-west-1',
          AWS_ROLE_ARN: 'arn:aws:iam::441187230915:role/external-dns-prod-eu-1',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ExternalDNSSyncStale: external_dns_controller_last_sync_timestamp_seconds 41m old (interval 1m); 17 Ingress hosts have no Route 53 record; Route 53 answered 312 Throttling responses per minute for account 441187230915, where external-dns of prod-eu-1, prod-eu-2 and staging-eu-1 and 3 cert-manager DNS-01 solvers each list all 46 hosted zones',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `time="${isoS(-3578)}" level=info msg="config: {APIServerURL: KubeConfig: RequestTimeout:30s ... Sources:[ingress service] Provider:aws AWSZoneType:public AWSZoneTagFilter:[] AWSAssumeRole: AWSBatchChangeSize:1000 AWSBatchChangeInterval:1s AWSEvaluateTargetHealth:true AWSAPIRetries:3 ... Policy:upsert-only Registry:txt TXTOwnerID:prod-eu-1 Interval:1m0s ...}"`,
      `time="${isoS(-3578)}" level=info msg="Instantiating new Kubernetes client"`,
      `time="${isoS(-3578)}" level=info msg="Using inCluster-config based on serviceaccount-token"`,
      `time="${isoS(-3577)}" level=info msg="Created Kubernetes client https://172.20.0.1:443"`,
      times(20, (i) =>
        i % 2 === 0
          ? `time="${isoS(-3540 + i * 150)}" level=info msg="Applying provider record filter for domains: [acme.io. .acme.io. acme-shop.com. .acme-shop.com.]"`
          : `time="${isoS(-3540 + i * 150)}" level=info msg="All records are already up to date"`,
      ),
      times(80, (i) =>
        i % 4 === 0
          ? `time="${isoS(-660 + i * 30)}" level=info msg="Applying provider record filter for domains: [acme.io. .acme.io. acme-shop.com. .acme-shop.com.]"`
          : `time="${isoS(-660 + i * 30)}" level=error msg="failed to list resource records sets for zone /hostedzone/${['Z07210662M8OYJQO6PG1N', 'Z0412774ZRT3Q1YWGB0K', 'Z09981243NL8YH5D2CQ7'][i % 3]}: Throttling: Rate exceeded\\n\\tstatus code: 400, request id: ${hex(i, 8)}-${hex(i + 1, 4)}-${hex(i + 2, 4)}-${hex(i + 3, 4)}-${hex(i + 4, 12)}"`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-ledger-forwarder-signals-one-busy-workflow',
    family: 'hot-partition',
    source: 'https://github.com/temporalio/temporal/pull/10512',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-forwarder',
        running: { startedAt: '2026-02-11T07:00:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          KAFKA_BROKERS: 'b-1.ledger.kafka.eu-west-1.amazonaws.com:9096',
          KAFKA_TOPIC: 'ledger.events',
          KAFKA_GROUP: 'ledger-forwarder',
          TEMPORAL_ADDRESS: 'temporal-frontend.temporal.svc:7233',
          TARGET_WORKFLOW_ID: 'ledger-aggregator-eu',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConsumerGroupLagHigh: group ledger-forwarder lag 1,184,220 on topic ledger.events (12 partitions), growing 3.1k/s; forwarder CPU 0.09 of 1 on each of 4 pods; Temporal history CPU 22%, service_errors_resource_exhausted{cause="BusyWorkflow"} 212/s, 99% for one workflow',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `{"level":"info","ts":"${iso(-3555)}","msg":"joined consumer group","group":"ledger-forwarder","member":"ledger-forwarder-6f8c7d9b5-qk2m7","partitions":[0,1,2]}`,
      times(150, (i) =>
        i % 5 === 4
          ? `{"level":"info","ts":"${iso(600 + i * 6)}","msg":"signal delivered","workflow_id":"ledger-aggregator-eu","signal":"posting","partition":${i % 3},"offset":${88_120_311 + i * 7},"latency_ms":${900 + ((i * 37) % 1900)}}`
          : `{"level":"warn","ts":"${iso(600 + i * 6)}","msg":"signal failed, will retry","workflow_id":"ledger-aggregator-eu","signal":"posting","partition":${i % 3},"offset":${88_120_311 + i * 7},"attempt":${1 + (i % 6)},"error":"Workflow is busy."}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-backstage-pods-exhaust-postgres-connections',
    family: 'connection-limit',
    source: 'https://github.com/mdn/mdn-http-observatory/pull/386',
    signal: 'Alert',
    containers: [
      {
        name: 'backend',
        running: { startedAt: '2026-02-11T07:00:24Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          POSTGRES_HOST: 'backstage-pg.platform.svc',
          APP_CONFIG_backend_database_pluginDivisionMode: 'database',
          APP_CONFIG_backend_database_knexConfig_pool_max: '10',
        },
      },
    ],
    events: [
      {
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set backstage-5b8d7f6c93 to 4 from 3',
        type: 'Normal',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'BackstageHighLatency: p95 8.4s on /api/catalog (threshold 2s), 14% of requests 5xx since 07:51; pods 4 of 4 at 0.3-0.5 of 2 CPU; backstage-pg max_connections 100, 97 in use (11 plugin databases x pool max 10 per pod)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `{"level":"info","message":"Plugin initialization complete, newly initialized: 'app', 'proxy', 'scaffolder', 'techdocs', 'auth', 'catalog', 'permission', 'search', 'kubernetes', 'notifications', 'signals'","service":"backstage","type":"initialization","timestamp":"${iso(-3566)}"}`,
      `{"level":"info","message":"Listening on :7007","service":"rootHttpRouter","timestamp":"${iso(-3566)}"}`,
      times(160, (i) => {
        const s = -3500 + i * 33;
        const ts = iso(s);
        if (s > -530 && i % 4 === 2) {
          return `{"level":"error","message":"Request failed with status 500 KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?","plugin":"catalog","service":"backstage","type":"errorHandler","timestamp":"${ts}"}`;
        }
        if (s > -530 && i % 4 === 0) {
          return `{"level":"error","message":"Failed to connect to database backstage_plugin_${['search', 'scaffolder', 'techdocs', 'notifications'][(i / 4) % 4]}: error: sorry, too many clients already","plugin":"${['search', 'scaffolder', 'techdocs', 'notifications'][(i / 4) % 4]}","service":"backstage","timestamp":"${ts}"}`;
        }
        const status = s > -530 && i % 3 === 0 ? 503 : 200;
        return `{"level":"info","message":"::ffff:10.42.${(i % 5) + 1}.${20 + (i % 40)} - - [${clf(s)}] \\"GET /api/catalog/entities/by-query?limit=20 HTTP/1.1\\" ${status} ${status === 503 ? 97 : 48111} \\"-\\" \\"Mozilla/5.0\\"","service":"backstage","type":"incomingRequest","timestamp":"${ts}"}`;
      }),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- cache flushes right (3)
  {
    id: 'fortyninth-argocd-server-sso-fails-on-full-redis-cache',
    family: 'cache-full',
    source: 'https://github.com/argoproj/argo-cd/issues/1460',
    signal: 'Alert',
    containers: [
      {
        name: 'argocd-server',
        running: { startedAt: '2026-02-11T07:00:29Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: [
          '/usr/local/bin/argocd-server',
          '--port=8080',
          '--metrics-port=8083',
          '--redis=argocd-redis:6379',
        ],
        env: { ARGOCD_SERVER_INSECURE: 'true', REDIS_PASSWORD: '(from secret argocd-redis)' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ArgoCDRedisWritesFailing: argocd_redis_request_total{failed="true"} 38/s across argocd-server, argocd-repo-server and argocd-application-controller for 14m; argocd-redis used_memory 256.0MB = maxmemory 256mb, maxmemory-policy noeviction, evicted_keys 0; 100% of /auth/callback requests return 500',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `time="${isoS(-3560)}" level=info msg="argocd-server v2.13.3+a79e0ea serving on port 8080 (url: https://argocd.acme.io, tls: false, namespace: argocd, sso: true)"`,
      `time="${isoS(-3560)}" level=info msg="0xc000a4e2d0 subscribed to settings updates"`,
      `time="${isoS(-3559)}" level=info msg="Starting rbac config informer"`,
      times(
        40,
        (i) =>
          `time="${isoS(-3300 + i * 75)}" level=info msg="Alloc=${(31_204 + i * 377).toFixed(0)} TotalAlloc=${(8_812_330 + i * 41_020).toFixed(0)} Sys=${(112_440 + (i % 5) * 210).toFixed(0)} NumGC=${900 + i * 7} Goroutines=${212 + (i % 9)}"`,
      ),
      times(32, (i) => {
        const t = 960 + i * 25;
        const state = hex(i + 11, 10);
        return i % 2 === 0
          ? `time="${isoS(t)}" level=info msg="Performing authorization_code flow login: https://login.acme.io/realms/platform/protocol/openid-connect/auth?client_id=argo-cd&code_challenge=${hex(i, 43)}&code_challenge_method=S256&redirect_uri=https%3A%2F%2Fargocd.acme.io%2Fauth%2Fcallback&response_type=code&scope=openid+profile+email+groups&state=${state}"`
          : `${new Date(T0 + t * 1000).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')} cache: Set key="oidc|${state}|2.13.3" failed: OOM command not allowed when used memory > 'maxmemory'.\ntime="${isoS(t)}" level=error msg="Failed to set app state: OOM command not allowed when used memory > 'maxmemory'."`;
      }),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'fortyninth-superset-charts-slow-cache-redis-full',
    family: 'cache-full',
    source: 'https://github.com/apache/superset/issues/25386',
    signal: 'Alert',
    containers: [
      {
        name: 'superset',
        running: { startedAt: '2026-02-11T07:00:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['/usr/bin/run-server.sh'],
        env: {
          SUPERSET_CONFIG_PATH: '/app/pythonpath/superset_config.py',
          CACHE_REDIS_URL: 'redis://superset-cache-redis-master.bi.svc:6379/1',
          CELERY_BROKER_URL: 'redis://superset-broker-redis-master.bi.svc:6379/0',
          SERVER_WORKER_AMOUNT: '8',
        },
        mounts: [{ volume: 'superset-config', path: '/app/pythonpath' }],
      },
    ],
    volumes: [{ name: 'superset-config', secret: 'superset-config' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SupersetChartDataSlow: p95 of /api/v1/chart/data 11.8s for 20m (0.9s last week), cache hit ratio 0%; superset-cache-redis used_memory 3.00G = maxmemory 3gb, maxmemory-policy noeviction, keys 1,912,447 (all flask_cache_* and superset_filter_cache_*); StarRocks query load 6x normal',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `10.42.${(i % 4) + 1}.${60 + i} - - [${clf(i * 50)}] "POST /api/v1/chart/data?form_data=%7B%22slice_id%22%3A${410 + i}%7D&dashboard_id=${12 + (i % 3)} HTTP/1.1" 200 ${18_220 + i * 311} "https://bi.acme.io/superset/dashboard/revenue/" "Mozilla/5.0"`,
      ),
      times(12, (i) => {
        const t = 640 + i * 90;
        return [
          `${stamp(t, ',')}:WARNING:superset.utils.cache_manager:Exception possibly due to cache backend.`,
          'Traceback (most recent call last):',
          '  File "/usr/local/lib/python3.10/site-packages/flask_caching/__init__.py", line 200, in set',
          '    return self.cache.set(*args, **kwargs)',
          '  File "/usr/local/lib/python3.10/site-packages/cachelib/redis.py", line 103, in set',
          '    result = self._write_client.setex(',
          '  File "/usr/local/lib/python3.10/site-packages/redis/commands/core.py", line 2346, in setex',
          '    return self.execute_command("SETEX", name, time, value)',
          '  File "/usr/local/lib/python3.10/site-packages/redis/client.py", line 559, in parse_response',
          '    response = connection.read_response()',
          '  File "/usr/local/lib/python3.10/site-packages/redis/connection.py", line 536, in read_response',
          '    raise response',
          "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.",
          `10.42.${(i % 4) + 1}.${80 + i} - - [${clf(t + 12)}] "POST /api/v1/chart/data?form_data=%7B%22slice_id%22%3A${430 + i}%7D&dashboard_id=12 HTTP/1.1" 200 ${21_480 + i * 97} "https://bi.acme.io/superset/dashboard/revenue/" "Mozilla/5.0"`,
        ];
      }).flat(),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'fortyninth-gitlab-webservice-500s-on-full-cache-redis',
    family: 'cache-full',
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/429461',
    signal: 'Alert',
    containers: [
      {
        name: 'webservice',
        running: { startedAt: '2026-02-11T07:01:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '5Gi',
        memoryRequest: '2.5Gi',
        cpuLimit: '4',
        env: {
          GITLAB_REDIS_CACHE_CONFIG_FILE: '/var/opt/gitlab/redis/redis.cache.yml',
          GITLAB_REDIS_QUEUES_CONFIG_FILE: '/var/opt/gitlab/redis/redis.queues.yml',
          GITLAB_REDIS_SHARED_STATE_CONFIG_FILE: '/var/opt/gitlab/redis/redis.shared_state.yml',
          WORKER_PROCESSES: '4',
        },
        mounts: [{ volume: 'webservice-config', path: '/var/opt/gitlab/templates' }],
      },
      {
        name: 'gitlab-workhorse',
        running: { startedAt: '2026-02-11T07:01:33Z' },
        ready: true,
        memoryLimit: '512Mi',
      },
    ],
    volumes: [{ name: 'webservice-config', configMap: 'gitlab-webservice' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GitLabWebservice5xx: 23% of Rails requests return 500 for 10m; gitlab-redis-cache (cache-only instance; queues and shared_state live on gitlab-redis-persistent) used_memory 4.00G = maxmemory 4gb since 08:20, maxmemory-policy noeviction since its config was re-applied at 07:40 (allkeys-lru before)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(130, (i) => {
        const t = 600 + i * 9;
        const fail = t > 1200 && i % 4 !== 3;
        const route = [
          ['Projects::MergeRequestsController', 'show', '/acme/payments-api/-/merge_requests/4812'],
          ['Projects::BlobController', 'show', '/acme/web-frontend/-/blob/main/package.json'],
          ['Projects::PipelinesController', 'index', '/acme/ledger/-/pipelines'],
          ['DashboardController', 'merge_requests', '/dashboard/merge_requests'],
        ][i % 4] ?? ['DashboardController', 'merge_requests', '/dashboard/merge_requests'];
        return fail
          ? `{"method":"GET","path":"${route[2]}","format":"html","controller":"${route[0]}","action":"${route[1]}","status":500,"time":"${iso(t)}","params":[],"remote_ip":"10.42.3.${10 + (i % 50)}","user_id":${1200 + (i % 300)},"username":"dev${i % 300}","ua":"Mozilla/5.0","correlation_id":"01J${hex(i, 23).toUpperCase()}","meta.caller_id":"${route[0]}#${route[1]}","exception.class":"RedisClient::OutOfMemoryError","exception.message":"OOM command not allowed when used memory > 'maxmemory'.","exception.backtrace":["lib/gitlab/instrumentation/redis_interceptor.rb:13:in \`block in call\`","lib/gitlab/cache/helpers.rb:39:in \`render_cached\`"],"redis_calls":${7 + (i % 5)},"redis_cache_calls":${5 + (i % 4)},"db_count":${12 + (i % 20)},"duration_s":${(0.08 + (i % 9) * 0.011).toFixed(5)}}`
          : `{"method":"GET","path":"${route[2]}","format":"html","controller":"${route[0]}","action":"${route[1]}","status":200,"time":"${iso(t)}","params":[],"remote_ip":"10.42.3.${10 + (i % 50)}","user_id":${1200 + (i % 300)},"username":"dev${i % 300}","ua":"Mozilla/5.0","correlation_id":"01J${hex(i, 23).toUpperCase()}","meta.caller_id":"${route[0]}#${route[1]}","redis_calls":${7 + (i % 5)},"redis_cache_calls":${5 + (i % 4)},"db_count":${12 + (i % 20)},"duration_s":${(0.21 + (i % 9) * 0.037).toFixed(5)}}`;
      }),
    ),
    accept: ['flush-redis-cache'],
  },
  // ---------------------------------------------------------------- cache flushes wrong (4)
  {
    id: 'fortyninth-gitlab-sidekiq-queues-redis-at-maxmemory',
    family: 'redis-queue-full',
    source: 'https://github.com/sidekiq/sidekiq/issues/5558',
    signal: 'Alert',
    containers: [
      {
        name: 'sidekiq',
        running: { startedAt: '2026-02-11T07:01:48Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          GITLAB_REDIS_QUEUES_CONFIG_FILE: '/var/opt/gitlab/redis/redis.queues.yml',
          GITLAB_REDIS_CACHE_CONFIG_FILE: '/var/opt/gitlab/redis/redis.cache.yml',
          SIDEKIQ_CONCURRENCY: '20',
          SIDEKIQ_QUEUES: 'default,mailers',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GitLabSidekiqBacklog: 418,220 jobs enqueued in queue default, growing since 08:17; gitlab-redis-persistent (queues and shared_state) used_memory 7.99G of maxmemory 8gb, policy noeviction; 71% of the memory is queue:default and the retry and schedule sets',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(150, (i) => {
        const t = 300 + i * 10;
        if (t > 1000 && i % 3 === 0) {
          return `{"severity":"ERROR","time":"${iso(t)}","message":"Error fetching job: OOM command not allowed when used memory > 'maxmemory'.","error_class":"RedisClient::OutOfMemoryError","retry":0}`;
        }
        if (t > 1000 && i % 3 === 1) {
          return `{"severity":"WARN","time":"${iso(t)}","class":"${['PostReceive', 'MergeWorker', 'Ci::BuildFinishedWorker', 'ProcessCommitWorker'][i % 4]}","jid":"${hex(i, 24)}","message":"${['PostReceive', 'MergeWorker', 'Ci::BuildFinishedWorker', 'ProcessCommitWorker'][i % 4]} JID-${hex(i, 24)}: fail: ${(0.01 + (i % 7) * 0.003).toFixed(3)} sec","job_status":"fail","error_class":"RedisClient::OutOfMemoryError","error_message":"OOM command not allowed when used memory > 'maxmemory'.","queue":"default"}`;
        }
        return `{"severity":"INFO","time":"${iso(t)}","retry":3,"queue":"default","class":"${['PostReceive', 'MergeWorker', 'Ci::BuildFinishedWorker', 'ProcessCommitWorker', 'NewMergeRequestWorker'][i % 5]}","jid":"${hex(i, 24)}","correlation_id":"01J${hex(i + 7, 23).toUpperCase()}","message":"${['PostReceive', 'MergeWorker', 'Ci::BuildFinishedWorker', 'ProcessCommitWorker', 'NewMergeRequestWorker'][i % 5]} JID-${hex(i, 24)}: done: ${(0.3 + (i % 11) * 0.07).toFixed(3)} sec","job_status":"done","scheduling_latency_s":${(t > 1000 ? t - 1000 + 30 : 0.4 + (i % 5) * 0.1).toFixed(2)},"duration_s":${(0.3 + (i % 11) * 0.07).toFixed(3)}}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-juicefs-gateway-metadata-redis-full',
    family: 'redis-as-database',
    source: 'https://github.com/juicedata/juicefs/issues/473',
    signal: 'Alert',
    containers: [
      {
        name: 'juicefs-gateway',
        running: { startedAt: '2026-02-11T07:00:34Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: [
          'gateway',
          'redis://juicefs-meta-redis.storage.svc:6379/1',
          '0.0.0.0:9000',
          '--multi-buckets',
          '--cache-size=20480',
        ],
        env: { MINIO_ROOT_USER: 'juicefs-gw', META_PASSWORD: '(from secret juicefs-meta)' },
        mounts: [{ volume: 'cache', path: '/var/jfsCache' }],
      },
    ],
    volumes: [{ name: 'cache', emptyDir: { sizeLimit: '25Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'JuiceFSGatewayErrors: 100% of PutObject and CompleteMultipartUpload on juicefs-s3-gateway return 500 for 14m; juicefs-meta-redis used_memory 12.00G = maxmemory 12gb, policy noeviction; juicefs_used_inodes 38,911,207',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${new Date(T0 - 3566_000).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')}.112133 juicefs[7] <INFO>: Meta address: redis://:****@juicefs-meta-redis.storage.svc:6379/1 [interface.go:504]`,
      `${new Date(T0 - 3566_000).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')}.118402 juicefs[7] <WARNING>: AOF is not enabled, you may lose data if Redis is not shutdown properly. [info.go:84]`,
      `${new Date(T0 - 3566_000).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')}.119377 juicefs[7] <INFO>: Ping redis latency: 412.515µs [redis.go:3602]`,
      `${new Date(T0 - 3565_000).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')}.402213 juicefs[7] <INFO>: Data use s3://acme-juicefs-prod/lake/ [format.go:484]`,
      `${new Date(T0 - 3565_000).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')}.503118 juicefs[7] <INFO>: JuiceFS version 1.2.3+2025-01-22.4f2aba8 [main.go:31]`,
      times(60, (i) => {
        const d = new Date(T0 + 960_000 + i * 13_500)
          .toISOString()
          .slice(0, 19)
          .replace('T', ' ')
          .replace(/-/g, '/');
        return i % 3 === 2
          ? [
              `${d}.${String(100_000 + i * 7919).slice(-6)} juicefs[7] <ERROR>: error: EXECABORT Transaction discarded because of previous errors.`,
              'github.com/juicedata/juicefs/pkg/meta.errno({0x7fce4cca5d60, 0xc008b27f90})',
              '\t/go/src/github.com/juicedata/juicefs/pkg/meta/utils.go:75 +0xc5',
              'github.com/juicedata/juicefs/pkg/meta.(*redisMeta).txn(0xc000502500, {0x7fce4cd080f8, 0xc008d1a870}, 0xc008b1ab98, {0xc00143fac8, 0x2, 0x2})',
              '\t/go/src/github.com/juicedata/juicefs/pkg/meta/redis.go:1058 +0x325',
              'github.com/juicedata/juicefs/pkg/meta.(*redisMeta).doMknod(0xc000502500, {0x7fce4cd080f8, 0xc008d1a870}, 0xc00878d470, {0xc00878d491, 0xa}, 0x1, 0x1a4, 0x0, 0x0, ...)',
              '\t/go/src/github.com/juicedata/juicefs/pkg/meta/redis.go:1221 +0x40b',
            ].join('\n')
          : `${d}.${String(100_000 + i * 7919).slice(-6)} juicefs[7] <ERROR>: error: OOM command not allowed when used memory > 'maxmemory'. [redis.go:${[1058, 1221, 2710][i % 3]}]`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortyninth-netbox-readonly-replica-after-elasticache-failover',
    family: 'redis-read-only',
    source: 'https://github.com/inventree/InvenTree/issues/3292',
    signal: 'Alert',
    containers: [
      {
        name: 'netbox',
        running: { startedAt: '2026-02-11T07:00:45Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          REDIS_HOST: 'netbox-tasks.x7k2qa.ng.0001.euw1.cache.amazonaws.com',
          REDIS_CACHE_HOST: 'netbox-cache.x7k2qa.ng.0001.euw1.cache.amazonaws.com',
          REDIS_CACHE_DATABASE: '1',
          DB_HOST: 'netbox-db.cluster-c8x2k1.eu-west-1.rds.amazonaws.com',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'NetBoxHTTP5xx: 31% of requests return 500 since 08:04 (0% before); ElastiCache event at 08:03:51 on replication group netbox-cache: "Failover to replica node netbox-cache-002 completed"; netbox-cache-002 is now primary and accepts writes, netbox-cache-001 is a replica',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `10.42.${(i % 4) + 1}.${30 + i} - - [${clf(-2000 + i * 40)}] "GET ${['/dcim/devices/?site=ams1', '/ipam/prefixes/', '/api/dcim/interfaces/?device_id=4812', '/api/ipam/ip-addresses/?vrf_id=3'][i % 4]} HTTP/1.1" 200 ${14_220 + i * 311} "-" "${i % 4 >= 2 ? 'python-requests/2.32.3' : 'Mozilla/5.0'}"`,
      ),
      times(16, (i) => {
        const t = 250 + i * 100;
        return [
          `Internal Server Error: ${['/dcim/devices/', '/api/dcim/interfaces/', '/ipam/prefixes/', '/api/ipam/ip-addresses/'][i % 4]}`,
          'Traceback (most recent call last):',
          '  File "/opt/netbox/venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
          '    response = get_response(request)',
          '  File "/opt/netbox/venv/lib/python3.12/site-packages/django_redis/cache.py", line 29, in _decorator',
          '    return method(self, *args, **kwargs)',
          '  File "/opt/netbox/venv/lib/python3.12/site-packages/django_redis/client/default.py", line 210, in set',
          '    return bool(client.set(nkey, nvalue, nx=nx, px=timeout, xx=xx))',
          '  File "/opt/netbox/venv/lib/python3.12/site-packages/redis/connection.py", line 666, in read_response',
          '    raise response',
          "redis.exceptions.ReadOnlyError: You can't write against a read only replica.",
          `10.42.${(i % 4) + 1}.${50 + i} - - [${clf(t)}] "GET ${['/dcim/devices/?site=ams1', '/api/dcim/interfaces/?device_id=4812', '/ipam/prefixes/', '/api/ipam/ip-addresses/?vrf_id=3'][i % 4]} HTTP/1.1" 500 145 "-" "${i % 2 ? 'python-requests/2.32.3' : 'Mozilla/5.0'}"`,
          `10.42.${(i % 4) + 1}.${70 + i} - - [${clf(t + 30)}] "GET /api/status/ HTTP/1.1" 200 612 "-" "kube-probe/1.31"`,
        ];
      }).flat(),
    ),
    accept: ['rollout-restart', 'restart-pod', 'escalate'],
  },
  {
    id: 'fortyninth-conductor-server-redis-refuses-connections',
    family: 'dependency-down',
    source: 'https://github.com/Netflix/conductor/issues/3626',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('conductor-server', 1, 7),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          CONDUCTOR_DB_TYPE: 'redis_standalone',
          CONDUCTOR_REDIS_HOSTS: 'conductor-redis-master.workflow.svc:6379:us-east-1c',
          CONDUCTOR_INDEXING_ENABLED: 'true',
          JAVA_OPTS: '-Xms1g -Xmx1536m',
        },
      },
    ],
    rollout: { minutesAgo: 40, addedEnv: { CONDUCTOR_METRICS_PROMETHEUS_ENABLED: 'true' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisDown: redis_up{service="conductor-redis-master"} == 0 for 21m; pod conductor-redis-master-0 Pending since 08:08: 0/6 nodes are available: 1 node(s) had volume node affinity conflict, 5 node(s) didn\'t match Pod\'s node affinity/selector',
        on: 'Deployment',
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container conductor-server in pod conductor-server-5d7b8c9f64-h2mvx_workflow(a3c7e1d9-28f4-4b6a-9e05-1d7c3b5f8e26)',
        type: 'Warning',
        count: 26,
      },
    ],
    previousLog: log(
      `${stamp(1465.2)}  INFO 1 --- [           main] com.netflix.conductor.Conductor          : Starting Conductor v3.21.11 using Java 17.0.13 with PID 1 (/app/libs/conductor-server.jar started by root in /app)`,
      `${stamp(1465.3)}  INFO 1 --- [           main] com.netflix.conductor.Conductor          : No active profile set, falling back to 1 default profile: "default"`,
      `${stamp(1469.8)}  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)`,
      `${stamp(1471.4)}  INFO 1 --- [           main] c.n.c.r.config.RedisStandaloneConfiguration : Starting conductor server using redis_standalone.`,
      `${stamp(1473.9)}  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'redisQueueDAO'`,
      `${stamp(1474.0)} ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed`,
      '',
      "org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'redisQueueDAO' defined in URL [jar:file:/app/libs/conductor-server.jar!/BOOT-INF/lib/conductor-redis-persistence.jar!/com/netflix/conductor/redis/dao/RedisQueueDAO.class]: Unsatisfied dependency expressed through constructor parameter 0",
      '	at org.springframework.beans.factory.support.ConstructorResolver.createArgumentArray(ConstructorResolver.java:801) ~[spring-beans-5.3.39.jar!/:5.3.39]',
      '	at org.springframework.beans.factory.support.ConstructorResolver.autowireConstructor(ConstructorResolver.java:224) ~[spring-beans-5.3.39.jar!/:5.3.39]',
      '	... 21 common frames omitted',
      'Caused by: redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool',
      '	at redis.clients.jedis.util.Pool.getResource(Pool.java:84) ~[jedis-3.8.0.jar!/:?]',
      '	at redis.clients.jedis.JedisPool.getResource(JedisPool.java:377) ~[jedis-3.8.0.jar!/:?]',
      '	at redis.clients.jedis.JedisPool.getResource(JedisPool.java:15) ~[jedis-3.8.0.jar!/:?]',
      '	... 77 more',
      'Caused by: redis.clients.jedis.exceptions.JedisConnectionException: Failed to create socket.',
      '	at redis.clients.jedis.DefaultJedisSocketFactory.createSocket(DefaultJedisSocketFactory.java:110) ~[jedis-3.8.0.jar!/:?]',
      '	at redis.clients.jedis.Connection.connect(Connection.java:226) ~[jedis-3.8.0.jar!/:?]',
      '	at redis.clients.jedis.BinaryClient.connect(BinaryClient.java:144) ~[jedis-3.8.0.jar!/:?]',
      '	... 84 more',
      'Caused by: java.net.ConnectException: Connection refused',
      '	at java.base/sun.nio.ch.Net.connect0(Native Method) ~[?:?]',
      '	at java.base/sun.nio.ch.Net.connect(Net.java:579) ~[?:?]',
      '	at java.base/java.net.Socket.connect(Socket.java:633) ~[?:?]',
      '	at redis.clients.jedis.DefaultJedisSocketFactory.createSocket(DefaultJedisSocketFactory.java:80) ~[jedis-3.8.0.jar!/:?]',
      '	... 86 more',
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- node actions right (3)
  {
    id: 'fortyninth-druid-broker-on-node-that-stopped-reporting',
    family: 'node-fault',
    source: 'https://github.com/rancher/rancher/issues/29997',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'druid',
        running: { startedAt: '2026-02-11T07:00:39Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        env: { DRUID_XMX: '8g', DRUID_MAXDIRECTMEMORYSIZE: '6g', druid_service: 'druid/broker' },
        args: ['broker'],
      },
    ],
    node: {
      ready: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
        {
          type: 'DiskPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
        {
          type: 'PIDPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
      ],
      taints: ['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod analytics/druid-broker-7d9c8b6f5-n4x2k',
        type: 'Normal',
      },
    ],
    currentLog: log(
      `${l4j(-3560)} INFO [main] org.apache.druid.cli.CliBroker - Starting up with processors [4], memory [8,589,934,592], maxMemory [8,589,934,592], directMemory [6,442,450,944].`,
      `${l4j(-3548)} INFO [main] org.apache.druid.curator.discovery.CuratorDruidNodeAnnouncer - Announced self [{"druidNode":{"service":"druid/broker","host":"10.42.7.15","port":-1,"plaintextPort":8082,"enablePlaintextPort":true,"tlsPort":-1,"enableTlsPort":false},"nodeType":"broker"}].`,
      `${l4j(-3540)} INFO [main] org.apache.druid.client.BrokerServerView - BrokerServerView is initialized.`,
      times(
        90,
        (i) =>
          `${l4j(-1400 + i * 24)} INFO [qtp1931532517-${120 + (i % 40)}] org.apache.druid.server.log.LoggingRequestLogger - ${iso(-1400 + i * 24)}	10.42.${(i % 4) + 1}.${60 + (i % 30)}	{"queryType":"${['timeseries', 'groupBy', 'topN', 'scan'][i % 4]}","dataSource":{"type":"table","name":"${['events', 'orders', 'sessions'][i % 3]}"},"context":{"queryId":"${hex(i, 8)}-${hex(i + 1, 4)}-${hex(i + 2, 4)}-${hex(i + 3, 4)}-${hex(i + 4, 12)}"}}	{"query/time":${80 + ((i * 37) % 900)},"query/bytes":${400 + ((i * 97) % 9000)},"success":true,"identity":"superset"}`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'fortyninth-airbyte-server-sandbox-fails-cni-not-initialized',
    family: 'node-fault',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/1391',
    signal: 'NodeNotReady',
    phase: 'Pending',
    containers: [
      {
        name: 'airbyte-server',
        waiting: { reason: 'ContainerCreating' },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          AIRBYTE_VERSION: '1.4.1',
          DATABASE_HOST: 'airbyte-db.data.svc',
          TEMPORAL_HOST: 'airbyte-temporal:7233',
        },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message:
        'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9f2c1e7d4b8a3f6e0d5c2b1a7e9f4d3c8b6a5e2f1d0c9b8a7f6e5d4c3b2a1f0e": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: Error received from AddNetwork gRPC call: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:50051: connect: connection refused"',
        type: 'Warning',
        count: 22,
      },
      {
        reason: 'NetworkNotReady',
        message:
          'network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
        type: 'Warning',
        count: 40,
      },
    ],
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'fortyninth-sonarqube-pending-node-still-cordoned',
    family: 'node-cordoned',
    source: 'https://github.com/Netcracker/KubeMarine/issues/654',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'sonarqube',
        waiting: { reason: 'ContainerCreating' },
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        env: {
          SONAR_JDBC_URL: 'jdbc:postgresql://sonarqube-db.quality.svc:5432/sonar',
          SONAR_WEB_JAVAOPTS: '-Xmx2g',
        },
      },
    ],
    node: {
      ready: 'True',
      unschedulable: true,
      taints: ['node.kubernetes.io/unschedulable:NoSchedule'],
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        {
          type: 'KernelDeadlock',
          status: 'False',
          reason: 'KernelHasNoDeadlock',
          message: 'kernel has no deadlock',
        },
      ],
    },
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/5 nodes are available: 1 node(s) were unschedulable, 4 Insufficient memory. preemption: 0/5 nodes are available: 1 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 48,
      },
      {
        reason: 'NotTriggerScaleUp',
        message: "pod didn't trigger scale-up: 1 max node group size reached",
        type: 'Normal',
        count: 31,
      },
    ],
    accept: ['uncordon-node'],
  },
  // ---------------------------------------------------------------- node actions wrong (3)
  {
    id: 'fortyninth-seaweedfs-filer-evicted-for-own-emptydir',
    family: 'pod-disk',
    source: 'https://github.com/kubernetes/kubernetes/pull/45686',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'seaweedfs-filer',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: [
          '-logtostderr=true',
          'filer',
          '-port=8888',
          '-master=seaweedfs-master-0.seaweedfs-master:9333',
          '-defaultStoreDir=/data',
        ],
        env: { WEED_LEVELDB2_ENABLED: 'true', WEED_LEVELDB2_DIR: '/data/filerldb2' },
        mounts: [{ volume: 'data-filer', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data-filer', emptyDir: { sizeLimit: '10Gi' } }],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
          message: 'kubelet has sufficient PID available',
        },
      ],
    },
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "data-filer" exceeds the limit "10Gi". ',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container seaweedfs-filer', type: 'Normal' },
    ],
    previousLog: log(
      `${klog('I', -3570)} 1 file_util.go:27] Folder /data Permission: -rwxrwxrwx`,
      `${klog('I', -3570)} 1 filer.go:154] create filer.store.id to 1204319112`,
      `${klog('I', -3570)} 1 leveldb2_store.go:44] filer store leveldb2 dir: /data/filerldb2`,
      `${klog('I', -3569)} 1 filer_server.go:204] Start Seaweed Filer 30GB 3.80 at 10.42.2.18:8888`,
      times(
        70,
        (i) =>
          `${klog('I', -3400 + i * 48)} 1 filer_grpc_server_sub_meta.go:${i % 2 ? 296 : 112}] ${i % 2 ? ' - listen' : ' + listen'} s3@10.42.${(i % 3) + 1}.${40 + (i % 9)}:${18_880 + i} clientId ${-1_204_319_112 + i * 977} since ${isoS(-3400 + i * 48)}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'fortyninth-cert-manager-acme-dns-lookups-time-out-in-pod',
    family: 'pod-network',
    source: 'https://github.com/cert-manager/cert-manager/issues/3715',
    signal: 'Alert',
    containers: [
      {
        name: 'cert-manager-controller',
        running: { startedAt: '2026-02-11T07:00:27Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: [
          '--v=2',
          '--cluster-resource-namespace=$(POD_NAMESPACE)',
          '--leader-election-namespace=kube-system',
          '--acme-http01-solver-image=quay.io/jetstack/cert-manager-acmesolver:v1.16.2',
        ],
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'NetworkUnavailable',
          status: 'False',
          reason: 'CiliumIsUp',
          message: 'Cilium is running on this node',
        },
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
    },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CertManagerCertificatesNotReady: 6 Certificates not Ready for 40m, 2 of them expire in less than 7 days; ACME orders pending since 07:48; CoreDNS error rate 0%, 23 other pods on node ip-10-20-33-12 resolve names normally',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${klog('I', -3570)}       1 start.go:196] "starting cert-manager" logger="cert-manager.controller" version="v1.16.2" git_commit="6e8f9b3d1f2a7c4e5b6a9d8c7f1e2d3c4b5a6978" go_version="go1.23.2" platform="linux/amd64"`,
      `${klog('I', -3569)}       1 leaderelection.go:271] successfully acquired lease kube-system/cert-manager-controller`,
      times(
        24,
        (i) =>
          `${klog('I', -3400 + i * 110)}       1 conditions.go:203] Setting lastTransitionTime for Certificate "${['payments-api-tls', 'checkout-web-tls', 'grafana-tls', 'login-tls'][i % 4]}" condition "Ready" to ${isoS(-3400 + i * 110)}`,
      ),
      times(60, (i) =>
        i % 3 === 0
          ? `${klog('I', -700 + i * 36)}       1 trigger_controller.go:223] "Certificate must be re-issued" logger="cert-manager.controller" key="${['payments/payments-api-tls', 'shop/checkout-web-tls', 'auth/login-tls'][i % 3]}" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-02-11 07:45:00 +0000 UTC"`
          : `${klog('E', -700 + i * 36)}       1 sync.go:81] cert-manager/controller/clusterissuers "msg"="error setting up issuer" "error"="Get \\"https://acme-v02.api.letsencrypt.org/directory\\": dial tcp: lookup acme-v02.api.letsencrypt.org on 172.20.0.10:53: read udp 10.42.3.77:${51_000 + i * 17}->172.20.0.10:53: i/o timeout" "resource_kind"="ClusterIssuer" "resource_name"="letsencrypt" "resource_namespace"="" "resource_version"="v1"`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'fortyninth-nexus-pending-while-cluster-api-rolls-nodes',
    family: 'node-already-draining',
    source: 'https://github.com/kubernetes-sigs/cluster-api/pull/10223',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'nexus-repository-manager',
        waiting: { reason: 'ContainerCreating' },
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: { INSTALL4J_ADD_VM_PARAMS: '-Xms2703m -Xmx2703m -XX:MaxDirectMemorySize=2703m' },
        mounts: [{ volume: 'nexus-data', path: '/nexus-data' }],
      },
    ],
    volumes: [{ name: 'nexus-data', persistentVolumeClaim: 'nexus-data' }],
    node: {
      ready: 'True',
      unschedulable: true,
      taints: [
        'node.kubernetes.io/unschedulable:NoSchedule',
        'node.cluster.x-k8s.io/outdated-revision:PreferNoSchedule',
      ],
    },
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/7 nodes are available: 1 node(s) had untolerated taint {node.cluster.x-k8s.io/uninitialized: }, 1 node(s) were unschedulable, 5 Insufficient memory. preemption: 0/7 nodes are available: 1 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 11,
      },
    ],
    accept: ['escalate'],
    harmful: ['uncordon-node', 'replace-node', 'cordon-drain-node'],
  },
  // ---------------------------------------------------------------- rollbacks right (3)
  {
    id: 'fortyninth-keycloak-provider-jar-built-for-newer-jdk',
    family: 'bad-release',
    source: 'https://github.com/instipod/DuoUniversalKeycloakAuthenticator/issues/30',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('keycloak', 1, 5),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['start', '--http-enabled=true', '--hostname=https://sso.acme.io'],
        env: {
          KC_DB: 'postgres',
          KC_DB_URL: 'jdbc:postgresql://sso-db.identity.svc:5432/keycloak',
          KC_HEALTH_ENABLED: 'true',
          KC_SPI_PASSWORD_POLICY_HIBP_ENABLED: 'true',
        },
      },
    ],
    rollout: { minutesAgo: 9, previousTag: '2.2.4' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container keycloak in pod keycloak-7b8d9c6f45-w9r2x_identity(64e1c0d7-3b9a-4e25-8f17-c5a2d9e0b318)',
        type: 'Warning',
        count: 13,
      },
    ],
    previousLog: log(
      'Updating the configuration and installing your custom providers, if any. Please wait.',
      "ERROR: Failed to run 'build' command.",
      'ERROR: io.quarkus.builder.BuildException: Build failure: Build failed due to errors',
      '	[error]: Build step org.keycloak.quarkus.deployment.KeycloakProcessor#configureKeycloakSessionFactory threw an exception: java.lang.UnsupportedClassVersionError: com/acme/keycloak/hibp/HibpPasswordPolicyProviderFactory has been compiled by a more recent version of the Java Runtime (class file version 66.0), this version of the Java Runtime only recognizes class file versions up to 65.0',
      '	at java.base/java.lang.ClassLoader.defineClass1(Native Method)',
      '	at java.base/java.lang.ClassLoader.defineClass(ClassLoader.java:1027)',
      '	at io.quarkus.bootstrap.classloading.QuarkusClassLoader.loadClass(QuarkusClassLoader.java:508)',
      '	at io.quarkus.bootstrap.classloading.QuarkusClassLoader.loadClass(QuarkusClassLoader.java:468)',
      '	at java.base/java.lang.Class.forName0(Native Method)',
      '	at java.base/java.lang.Class.forName(Class.java:534)',
      '	at java.base/java.util.ServiceLoader$LazyClassPathLookupIterator.nextProviderClass(ServiceLoader.java:1217)',
      '	at java.base/java.util.ServiceLoader$LazyClassPathLookupIterator.hasNextService(ServiceLoader.java:1228)',
      '	at java.base/java.util.ServiceLoader$LazyClassPathLookupIterator.hasNext(ServiceLoader.java:1273)',
      '	at org.keycloak.provider.DefaultProviderLoader.load(DefaultProviderLoader.java:60)',
      '	at org.keycloak.provider.ProviderManager.load(ProviderManager.java:95)',
      '	at org.keycloak.quarkus.deployment.KeycloakProcessor.loadFactories(KeycloakProcessor.java:905)',
      '	at org.keycloak.quarkus.deployment.KeycloakProcessor.configureKeycloakSessionFactory(KeycloakProcessor.java:560)',
      '	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
      '	at java.base/java.lang.reflect.Method.invoke(Method.java:580)',
      '	at io.quarkus.deployment.ExtensionLoader$3.execute(ExtensionLoader.java:856)',
      '	at io.quarkus.builder.BuildContext.run(BuildContext.java:256)',
      '	at java.base/java.lang.Thread.run(Thread.java:1583)',
      '	at org.jboss.threads.JBossThread.run(JBossThread.java:483)',
      '',
      "For more details run the same command passing the '--verbose' option. Also you can use '--help' to see the details about the usage of the particular command.",
    ),
    accept: ['rollback'],
  },
  {
    id: 'fortyninth-opensearch-dashboards-plugin-pinned-to-old-version',
    family: 'bad-release',
    source: 'https://github.com/opensearch-project/dashboards-visualizations/issues/146',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('dashboards', 1, 6),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { OPENSEARCH_HOSTS: 'https://opensearch-cluster-master.audit.svc:9200', SERVER_HOST: '0.0.0.0' },
        mounts: [
          { volume: 'config', path: '/usr/share/opensearch-dashboards/config/opensearch_dashboards.yml' },
        ],
      },
    ],
    volumes: [{ name: 'config', configMap: 'audit-dashboards-config' }],
    rollout: { minutesAgo: 16, previousTag: '2.2.9' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container dashboards in pod audit-dashboards-69c8b7d5f4-k2v7p_audit(2b7e9d41-c0f3-4a6e-8d15-f3a1c6e0b972)',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      times(
        18,
        (i) =>
          `{"type":"log","@timestamp":"${isoS(1655 + i * 0.05)}","tags":["info","plugins-service"],"pid":1,"message":"Plugin \\"${['applicationConfig', 'banner', 'cspHandler', 'dataSource', 'dataSourceManagement', 'explore', 'homepage', 'mlCommonsDashboards', 'queryEnhancements', 'visTypeXy', 'workspace', 'contentManagement', 'dataImporter', 'chat', 'contextProvider', 'assistantDashboards', 'flowFrameworkDashboards', 'searchRelevanceDashboards'][i]}\\" is disabled."}`,
      ),
      `{"type":"log","@timestamp":"${isoS(1656)}","tags":["warning","config","deprecation"],"pid":1,"message":"\\"cpu.cgroup.path.override\\" is deprecated and has been replaced by \\"ops.cGroupOverrides.cpuPath\\""}`,
      `{"type":"log","@timestamp":"${isoS(1656)}","tags":["warning","config","deprecation"],"pid":1,"message":"\\"cpuacct.cgroup.path.override\\" is deprecated and has been replaced by \\"ops.cGroupOverrides.cpuAcctPath\\""}`,
      `{"type":"log","@timestamp":"${isoS(1657)}","tags":["fatal","root"],"pid":1,"message":"Error: Failed to initialize plugins:\\n\\tPlugin \\"acmeAuditTrailDashboards\\" is only compatible with OpenSearch Dashboards version \\"2.18.0\\", but used OpenSearch Dashboards version is \\"2.19.1\\". (incompatible-version, /usr/share/opensearch-dashboards/plugins/acme-audit-trail-dashboards/opensearch_dashboards.json)\\n    at PluginsService.discover (/usr/share/opensearch-dashboards/src/core/server/plugins/plugins_service.js:108:13)\\n    at Server.setup (/usr/share/opensearch-dashboards/src/core/server/server.js:146:33)\\n    at Root.setup (/usr/share/opensearch-dashboards/src/core/server/root/index.js:65:14)"}`,
      '',
      ' FATAL  Error: Failed to initialize plugins:',
      '	Plugin "acmeAuditTrailDashboards" is only compatible with OpenSearch Dashboards version "2.18.0", but used OpenSearch Dashboards version is "2.19.1". (incompatible-version, /usr/share/opensearch-dashboards/plugins/acme-audit-trail-dashboards/opensearch_dashboards.json)',
      '',
    ),
    accept: ['rollback'],
  },
  {
    id: 'fortyninth-temporal-worker-deploy-breaks-replay',
    family: 'bad-release',
    source: 'https://github.com/PostHog/posthog/pull/60956',
    signal: 'Alert',
    containers: [
      {
        name: 'tasks-worker',
        running: { startedAt: '2026-02-11T08:08:27Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          TEMPORAL_HOST: 'temporal-frontend.temporal.svc',
          TEMPORAL_NAMESPACE: 'tasks',
          TEMPORAL_TASK_QUEUE: 'tasks-task-queue',
          WORKER_BUILD: '2.3.1',
        },
      },
    ],
    rollout: { minutesAgo: 22, previousTag: '2.2.8' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TemporalWorkflowTaskFailures: temporal_workflow_task_execution_failed{failure_reason="NonDeterminismError"} 38/s on task queue tasks-task-queue since 08:08 (0 before); 1,214 open process-task workflows stalled; activity failures 0',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${iso(509.2).replace('Z', '000Z')}  INFO temporal_sdk_core::worker: Initializing worker task_queue=tasks-task-queue namespace=tasks`,
      times(120, (i) => {
        const t = iso(540 + i * 9.5).replace('Z', `${String(100 + ((i * 37) % 899)).padStart(3, '0')}Z`);
        const run = `${hex(i, 8)}-${hex(i + 1, 4)}-${hex(i + 2, 4)}-${hex(i + 3, 4)}-${hex(i + 4, 12)}`;
        return i % 6 === 5
          ? `{"level":"info","ts":"${iso(540 + i * 9.5)}","logger":"posthog.temporal.tasks","msg":"process-task started","workflow_id":"process-task-${hex(i + 50, 12)}","run_id":"${run}"}`
          : `${t}  WARN temporal_sdk_core::worker::workflow: Failing workflow task run_id=${run} failure=Failure { failure: Some(Failure { message: "[TMPRL1100] Nondeterminism error: Activity type of scheduled event 'post_slack_update' does not match activity type of activity command 'emit_progress_activity'", source: "", stack_trace: "", encoded_attributes: None, cause: None, failure_info: Some(ApplicationFailureInfo(ApplicationFailureInfo { r#type: "", non_retryable: false, details: None, next_retry_delay: None, category: Unspecified })) }), force_cause: NonDeterministicError }`;
      }),
    ),
    accept: ['rollback', 'escalate'],
  },
  // ---------------------------------------------------------------- rollbacks wrong (2)
  {
    id: 'fortyninth-keycloak-upgraded-schema-extension-breaks-logins',
    family: 'rollback-after-migration',
    source: 'https://github.com/sventorben/keycloak-home-idp-discovery/issues/610',
    signal: 'Alert',
    containers: [
      {
        name: 'keycloak',
        running: { startedAt: '2026-02-11T08:01:52Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['start', '--optimized', '--hostname=https://login.acme.io'],
        env: {
          KC_DB: 'postgres',
          KC_DB_URL: 'jdbc:postgresql://keycloak-db.identity.svc:5432/keycloak',
          KC_HEALTH_ENABLED: 'true',
          KC_FEATURES: 'hostname:v2,token-exchange',
        },
      },
    ],
    rollout: { minutesAgo: 27, previousTag: '2.2.6' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KeycloakLoginErrors: 41% of browser logins on realm staff end in HTTP 500 since 08:05 (logins that go through the home-idp-discovery step); token refresh and client-credentials grants 0% errors',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${stamp(191.4, ',')} INFO  [org.keycloak.quarkus.runtime.storage.legacy.liquibase.QuarkusJpaUpdaterProvider] (main) Updating database. Using changelog META-INF/jpa-changelog-master.xml`,
      times(
        16,
        (i) =>
          `${stamp(193 + i * 2.3, ',')} INFO  [liquibase.changelog] (main) ChangeSet META-INF/jpa-changelog-${['26.1.0', '26.1.0', '26.2.0', '26.2.0', '26.2.0', '26.3.0', '26.3.0', '26.3.0', '26.4.0', '26.4.0', '26.4.0', '26.4.0', '26.5.0', '26.5.0', '26.5.0', '26.5.0'][i]}.xml::${['34013', '34013-idx', 'workflows', 'workflow-state', 'idp-hide-on-login', 'event-details', 'org-domain-redirect', 'client-session-idx', 'broker-link-idx', 'idp-types', 'idp-config-migrate', 'user-profile-attrs', 'idp-link-only-moved', 'server-config-table', 'admin-events-idx', 'drop-legacy-idp-columns'][i]}::keycloak ran successfully in ${[412, 1880, 96, 311, 35, 2741, 28, 11830, 44, 51, 1703, 38, 2290, 19, 9122, 388][i]}ms`,
      ),
      `${stamp(234.9, ',')} INFO  [org.keycloak.services] (main) KC-SERVICES0050: Initializing master realm`,
      `${stamp(246.3, ',')} INFO  [io.quarkus] (main) Keycloak 26.5.1 on JVM (powered by Quarkus 3.27.1) started in 62.811s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.`,
      `${stamp(246.3, ',')} INFO  [io.quarkus] (main) Profile prod activated.`,
      times(14, (i) => {
        const t = 300 + i * 95;
        return [
          `${stamp(t, ',')} ERROR [org.keycloak.services.error.KeycloakErrorHandler] (executor-thread-${20 + (i % 9)}) Uncaught server error: java.lang.NoSuchMethodError: 'boolean org.keycloak.models.IdentityProviderModel.isLinkOnly()'`,
          '	at de.sventorben.keycloak.authentication.hidpd.Redirector.redirectTo(Redirector.java:42)',
          '	at de.sventorben.keycloak.authentication.hidpd.HomeIdpDiscoveryAuthenticator.redirectOrChallenge(HomeIdpDiscoveryAuthenticator.java:62)',
          '	at de.sventorben.keycloak.authentication.hidpd.HomeIdpDiscoveryAuthenticator.action(HomeIdpDiscoveryAuthenticator.java:101)',
          '	at org.keycloak.authentication.DefaultAuthenticationFlow.processAction(DefaultAuthenticationFlow.java:155)',
          '	at org.keycloak.authentication.AuthenticationProcessor.authenticationAction(AuthenticationProcessor.java:1078)',
          '	at org.keycloak.services.resources.LoginActionsService.processFlow(LoginActionsService.java:373)',
        ];
      }).flat(),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'fortyninth-minio-node-crashes-after-secret-rotation',
    family: 'credentials',
    source: 'https://github.com/minio/minio/issues/10221',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('minio', 1, 5),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        args: [
          'server',
          'http://minio-{0...3}.minio-hl.storage.svc.cluster.local/export',
          '--console-address',
          ':9001',
        ],
        env: {
          MINIO_ROOT_USER_FILE: '/run/secrets/minio/rootUser',
          MINIO_ROOT_PASSWORD_FILE: '/run/secrets/minio/rootPassword',
          MINIO_PROMETHEUS_AUTH_TYPE: 'public',
        },
        mounts: [
          { volume: 'root-credentials', path: '/run/secrets/minio' },
          { volume: 'export', path: '/export' },
        ],
      },
    ],
    volumes: [
      { name: 'root-credentials', secret: 'minio-root-credentials' },
      { name: 'export', persistentVolumeClaim: 'export-minio-2' },
    ],
    rollout: { minutesAgo: 52, previousTag: '2.2.7' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MinIONodeOffline: 1 of 4 MinIO nodes offline since 08:12 (minio-2, rescheduled after its node was consolidated); write quorum intact on 3 nodes; ExternalSecret storage/minio-root-credentials synced a new version from AWS Secrets Manager at 08:09',
        on: 'Deployment',
      },
      {
        reason: 'Scheduled',
        message: 'Successfully assigned storage/minio-2 to ip-10-20-17-44.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container minio in pod minio-2_storage(0e4b7c29-9d13-4a5f-b8e6-71c2d0f9a354)',
        type: 'Warning',
        count: 18,
      },
    ],
    previousLog: log(
      'ERROR Unable to validate credentials inherited from the shell environment: Invalid credentials',
      '      > Please provide correct credentials',
      '      HINT:',
      '        Access key length should be at least 3, and secret key length at least 8 characters',
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
];
