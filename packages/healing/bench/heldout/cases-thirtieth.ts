import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('2m40s', 6);

/** `count` lines built from their index: the retries, polls and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** An ISO timestamp on the case's day, `s` seconds after 08:00:00. */
const at = (s: number, ms = 0): string =>
  `2026-02-11T08:${dd(Math.floor(s / 60))}:${dd(s)}.${String(ms % 1000).padStart(3, '0')}Z`;

/** A klog header (`I0211 08:21:04.551902       1 `) for the Go controllers of the batch. */
const klog = (level: 'I' | 'W' | 'E', s: number, caller: string): string =>
  `${level}0211 08:${dd(Math.floor(s / 60))}:${dd(s)}.${String(100000 + ((s * 7919) % 899999)).padStart(6, '0')}       1 ${caller}]`;

/** The usual node of the batch: Ready, but with its harmless conditions spelled out. */
const quietNode = {
  ready: 'True' as const,
  conditions: [
    { type: 'MemoryPressure', status: 'False' as const, reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False' as const, reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False' as const, reason: 'KubeletHasSufficientPID' },
  ],
};

/**
 * A thirtieth batch, written without reading the catalog (its patterns, samples or diagnosis code)
 * and not scored by its author: what EKS and the AWS platform do to workloads, seen from the one
 * failing pod, its events and its node. The VPC CNI and the VPC resource controller (sandbox IPs,
 * branch ENIs for security groups for pods), the EBS CSI driver (zones, multi-attach after a lost
 * node, a 403 on attach), the EFS CSI driver, IRSA (trust policy, token audience) and EKS Pod
 * Identity (an SDK too old for the agent's endpoint, an expired container credential in botocore),
 * ECR (a pull-through cache whose upstream login fails, a tag a lifecycle policy expired), Karpenter
 * (insufficient capacity, NodePool limits), the Cluster Autoscaler at its group's maximum,
 * cert-manager and ExternalDNS against Route 53, the Secrets Store CSI driver with the AWS provider
 * (a failed mount, a rotated secret), IMDSv2's hop limit, KMS throttling, the VPC resolver's
 * per-ENI packet limit behind CoreDNS, CoreDNS's own memory limit, ALB health checks and target
 * response time, Aurora MySQL and ElastiCache failovers, Graviton nodes, and the kubelet (a silent
 * node, an uninitialised CNI, disk, PID and memory pressure, ephemeral-storage limits, a pod's PID
 * limit, a skewed node clock). Each quotes the wording of the public thread, docs page or source in
 * `source`. Mix: 18 escalations (IAM, quotas, zones, capacity, registries); 8 node actions (5 right:
 * a node that stopped reporting, a node whose CNI never came up, disk and PID pressure, a clock
 * behind; 3 wrong: the pod's own ephemeral-storage limit, its own unbounded memory, its own PID
 * limit); 6 restarts (4 right: an expired container credential, a rotated secret read once, a pool
 * holding the old Aurora writer, a Redis client holding the old primary; 2 wrong: the VPC resolver's
 * packet limit, an ALB health check answered 404); 4 memory (2 raises right for CoreDNS and
 * ExternalDNS in a large cluster, 2 wrong: a JVM heap capped by -Xmx, an OOM kill the new release
 * brought); 4 rollbacks and scale-ups (a rollback right after an amd64 image reached Graviton nodes,
 * a scale-up right under real load, a rollback wrong when IAM changed after the rollout, a scale-up
 * wrong under KMS throttling). No cache flush is right anywhere.
 */
export const THIRTIETH_CASES: HeldOutCase[] = [
  // ──────────────────────────────── escalations (18) ────────────────────────────────
  {
    id: 'thirtieth-vpc-cni-orders-api-stuck-creating',
    family: 'ip-exhaustion',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/issues/3264',
    signal: 'Alert',
    phase: 'Pending',
    containers: [
      {
        name: 'orders-api',
        waiting: { reason: 'ContainerCreating' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: { PORT: '8080', DB_HOST: 'orders.cluster-c8x2kq1v9z.eu-west-1.rds.amazonaws.com' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePodNotReady: Pod shop/orders-api-7c9f6d8b5-x2kqp has been in a non-ready state for longer than 15 minutes.',
        on: 'Deployment',
      },
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned shop/orders-api-7c9f6d8b5-x2kqp to ip-10-40-87-211.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "636b0ef8b675097232a34bb10122e42332efdd4e61b0c8a7f2e9d3c15a7b6e01": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container',
        count: 38,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-vpc-resource-controller-db-proxy-pending',
    family: 'eni-capacity',
    source: 'https://github.com/aws/amazon-vpc-resource-controller-k8s/issues/154',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'db-proxy',
        memoryLimit: '256Mi',
        cpuLimit: '250m',
        args: [
          '--listen=0.0.0.0:5432',
          '--upstream=billing.cluster-c8x2kq1v9z.eu-west-1.rds.amazonaws.com:5432',
        ],
      },
    ],
    events: [
      {
        reason: 'SecurityGroupRequested',
        type: 'Normal',
        message: 'Pod will get the following Security Groups [sg-0c9f460bb4a0a1234]',
      },
      {
        reason: 'FailedScheduling',
        message:
          '0/6 nodes are available: 2 node(s) had untolerated taint {NodeType: frontend}, 4 Insufficient vpc.amazonaws.com/pod-eni. preemption: 0/6 nodes are available: 2 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.',
        count: 23,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-ebs-csi-ledger-store-replica-pending',
    family: 'zone-mismatch',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/2971',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'ledger-store',
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: { DATA_DIR: '/var/lib/ledger', REPLICA_ORDINAL_FROM_HOSTNAME: 'true' },
        mounts: [{ volume: 'data', path: '/var/lib/ledger' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-ledger-store-2' }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/9 nodes are available: 3 node(s) had volume node affinity conflict, 6 node(s) didn't match Pod's node affinity/selector. preemption: 0/9 nodes are available: 9 Preemption is not helpful for scheduling.",
        count: 41,
      },
      {
        reason: 'Nominated',
        type: 'Normal',
        message: 'Pod should schedule on: nodeclaim/stateful-on-demand-q7x4m',
        count: 6,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-ebs-csi-search-index-stuck-attaching',
    family: 'volume-attach',
    source: 'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/issues/542',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'search-index',
        waiting: { reason: 'ContainerCreating' },
        ready: false,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        mounts: [{ volume: 'index', path: '/data/index' }],
      },
    ],
    volumes: [{ name: 'index', persistentVolumeClaim: 'search-index-data' }],
    node: quietNode,
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned search/search-index-5b7d9c6f48-w8n2r to ip-10-40-112-19.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedAttachVolume',
        message:
          'Multi-Attach error for volume "pvc-16293fb9-4a67-4508-b112-178e5c4455cd" Volume is already exclusively attached to one node and can\'t be attached to another',
        count: 9,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[index], unattached volumes=[index kube-api-access-7xk2p]: timed out waiting for the condition',
        count: 3,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-ebs-csi-reporting-db-volume-not-attaching',
    family: 'iam-permissions',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/1775',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'reporting-db',
        waiting: { reason: 'ContainerCreating' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '1',
        env: { REPORT_BATCH_SIZE: '500' },
        mounts: [{ volume: 'pgdata', path: '/var/lib/reporting' }],
      },
    ],
    volumes: [{ name: 'pgdata', persistentVolumeClaim: 'reporting-db-data' }],
    rollout: { minutesAgo: 24, addedEnv: { REPORT_BATCH_SIZE: '500' } },
    events: [
      {
        reason: 'FailedAttachVolume',
        message:
          'AttachVolume.Attach failed for volume "pvc-5dea601a-f076-40d5-8d0a-fe1ea4e04e74" : rpc error: code = Internal desc = Could not attach volume "vol-095ece5c3a6da49a8" to node "i-05c99747bf6f7cd0c": could not attach volume "vol-095ece5c3a6da49a8" to node "i-05c99747bf6f7cd0c": UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: 81IfYiNZlt4QusMu262DnmXmkXF3HKBHOMWvbPI0VIYceqdapLtOzDTj63OazSTiykXO-wK3p0QmV8\n\tstatus code: 403, request id: d2cae78a-276c-4c00-a17a-6317c9f51cec',
        count: 12,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[pgdata], unattached volumes=[pgdata kube-api-access-x4rzc]: timed out waiting for the condition',
        count: 4,
      },
    ],
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtieth-efs-csi-uploads-mount-deadline',
    family: 'storage-network',
    source: 'https://github.com/kubernetes-sigs/aws-efs-csi-driver/issues/228',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'media-uploads',
        waiting: { reason: 'ContainerCreating' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { UPLOAD_ROOT: '/srv/uploads' },
        mounts: [{ volume: 'uploads', path: '/srv/uploads' }],
      },
    ],
    volumes: [{ name: 'uploads', persistentVolumeClaim: 'efs-uploads' }],
    node: quietNode,
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned media/media-uploads-84c6d9f7b-2vq9d to ip-10-40-201-77.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedMount',
        message:
          'MountVolume.SetUp failed for volume "efs-uploads-pv" : rpc error: code = DeadlineExceeded desc = context deadline exceeded',
        count: 7,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[uploads], unattached volumes=[uploads kube-api-access-q8zqv]: timed out waiting for the condition',
        count: 4,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-boto3-statement-worker-crashloop',
    family: 'iam-trust',
    source: 'https://github.com/awslabs/data-on-eks/issues/338',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('statement-worker', 1, 7),
        memoryLimit: '768Mi',
        cpuLimit: '500m',
        env: {
          AWS_REGION: 'eu-west-1',
          AWS_ROLE_ARN: 'arn:aws:iam::318472015530:role/statement-worker',
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
          QUEUE_NAME: 'statements-render',
        },
        mounts: [{ volume: 'aws-iam-token', path: '/var/run/secrets/eks.amazonaws.com/serviceaccount' }],
      },
    ],
    previousLog: log(
      '2026-02-11 08:21:02,114 INFO statement_worker.main: starting statement-worker 3.8.0 (python 3.12.8, boto3 1.35.90)',
      '2026-02-11 08:21:02,118 INFO statement_worker.settings: queue=statements-render visibility_timeout=300 batch=10',
      '2026-02-11 08:21:02,131 INFO botocore.credentials: Found credentials from assume role with web identity',
      'Traceback (most recent call last):',
      '  File "/app/statement_worker/main.py", line 88, in <module>',
      '    main()',
      '  File "/app/statement_worker/main.py", line 71, in main',
      '    queue_url = sqs.get_queue_url(QueueName=settings.queue_name)["QueueUrl"]',
      '                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 569, in _api_call',
      '    return self._make_api_call(operation_name, kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 1005, in _make_api_call',
      '    http, parsed_response = self._make_request(',
      '  File "/usr/local/lib/python3.12/site-packages/botocore/signers.py", line 198, in sign',
      '    auth = self.get_auth_instance(**kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/botocore/credentials.py", line 1075, in fetch_credentials',
      '    return self._get_cached_credentials()',
      '  File "/usr/local/lib/python3.12/site-packages/botocore/credentials.py", line 1085, in _get_cached_credentials',
      '    response = self._get_credentials()',
      '  File "/usr/local/lib/python3.12/site-packages/botocore/credentials.py", line 1243, in _get_credentials',
      '    return client.assume_role_with_web_identity(**kwargs)',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-aws-sdk-go-ingest-gateway-crashloop',
    family: 'iam-audience',
    source: 'https://github.com/awslabs/amazon-eks-irsa-cfn/pull/18',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('ingest-gateway', 1, 9),
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          AWS_REGION: 'eu-west-1',
          AWS_ROLE_ARN: 'arn:aws:iam::318472015530:role/ingest-gateway',
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
          KINESIS_STREAM: 'clickstream-raw',
        },
        mounts: [{ volume: 'aws-iam-token', path: '/var/run/secrets/eks.amazonaws.com/serviceaccount' }],
      },
    ],
    previousLog: log(
      `{"level":"info","ts":"${at(1261, 4)}","caller":"cmd/main.go:52","msg":"starting ingest-gateway","version":"1.14.2","go":"go1.23.4"}`,
      `{"level":"info","ts":"${at(1261, 9)}","caller":"server/http.go:77","msg":"listening","addr":":8080"}`,
      times(24, (i) =>
        i % 4 === 3
          ? `{"level":"debug","ts":"${at(1261 + Math.floor(i / 4), 300 + i * 3)}","caller":"sink/kinesis.go:71","msg":"buffering events","buffered":${(i + 1) * 38},"flush_at":500}`
          : `{"level":"debug","ts":"${at(1261 + Math.floor(i / 4), 120 + i * 3)}","caller":"server/http.go:141","msg":"healthz","status":200,"remote":"10.40.87.${30 + (i % 3)}:${40112 + i * 17}"}`,
      ),
      `{"level":"warn","ts":"${at(1268, 411)}","caller":"sink/kinesis.go:96","msg":"put records failed, retrying","attempt":1,"error":"operation error Kinesis: PutRecords, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: 7b0f2a1c-5e4d-4c1b-9a3f-2d8e6f1b0c44, InvalidIdentityToken: Incorrect token audience"}`,
      `{"level":"warn","ts":"${at(1270, 415)}","caller":"sink/kinesis.go:96","msg":"put records failed, retrying","attempt":2,"error":"operation error Kinesis: PutRecords, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: 0c61e8d2-9b3a-4f7e-8d51-6a2c4e9f7b13, InvalidIdentityToken: Incorrect token audience"}`,
      `{"level":"fatal","ts":"${at(1274, 420)}","caller":"cmd/main.go:88","msg":"sink unavailable","error":"operation error Kinesis: PutRecords, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: 5a9d3e70-2c1b-4e8f-b6a4-91f0d7c3e258, InvalidIdentityToken: Incorrect token audience"}`,
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-external-dns-restarting',
    family: 'pod-identity',
    source: 'https://github.com/kubernetes-sigs/external-dns/issues/4353',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('external-dns', 1, 11),
        memoryLimit: '256Mi',
        cpuLimit: '200m',
        args: [
          '--source=service',
          '--source=ingress',
          '--provider=aws',
          '--domain-filter=shop.example.com',
          '--policy=upsert-only',
          '--registry=txt',
          '--txt-owner-id=prod-eu-west-1',
        ],
        env: {
          AWS_DEFAULT_REGION: 'eu-west-1',
          AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://169.254.170.23/v1/credentials',
          AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE:
            '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
        },
        mounts: [
          {
            volume: 'eks-pod-identity-token',
            path: '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount',
          },
        ],
      },
    ],
    previousLog: log(
      'time="2026-02-11T08:21:04Z" level=info msg="config: {APIServerURL: KubeConfig: RequestTimeout:30s DefaultTargets:[] ContourLoadBalancerService:heptio-contour/contour GlooNamespaces:[gloo-system] SkipperRouteGroupVersion:zalando.org/v1 Sources:[service ingress] Namespace: AnnotationFilter: LabelFilter: IngressClassNames:[] FQDNTemplate: CombineFQDNAndAnnotation:false IgnoreHostnameAnnotation:false IgnoreIngressTLSSpec:false IgnoreIngressRulesSpec:false Compatibility: PublishInternal:false PublishHostIP:false AlwaysPublishNotReadyAddresses:false ConnectorSourceServer:localhost:8080 Provider:aws ProviderCacheTime:0s DomainFilter:[shop.example.com] ExcludeDomains:[] RegexDomainFilter: RegexDomainExclusion: ZoneNameFilter:[] ZoneIDFilter:[] TargetNetFilter:[] ExcludeTargetNets:[] AlibabaCloudConfigFile:/etc/kubernetes/alibaba-cloud.json AWSZoneType: AWSZoneTagFilter:[] AWSAssumeRole: AWSAssumeRoleExternalID: AWSBatchChangeSize:1000 AWSBatchChangeInterval:1s AWSEvaluateTargetHealth:true AWSAPIRetries:3 AWSPreferCNAME:false AWSZoneCacheDuration:0s AWSSDServiceCleanup:false Policy:upsert-only Registry:txt TXTOwnerID:prod-eu-west-1 TXTPrefix: TXTSuffix: Interval:1m0s MinEventSyncInterval:5s Once:false DryRun:false UpdateEvents:false LogFormat:text MetricsAddress::7979 LogLevel:info}"',
      'time="2026-02-11T08:21:04Z" level=info msg="Instantiating new Kubernetes client"',
      'time="2026-02-11T08:21:04Z" level=info msg="Using inCluster-config based on serviceaccount-token"',
      'time="2026-02-11T08:21:04Z" level=info msg="Created Kubernetes client https://172.20.0.1:443"',
      '2026/02/11 08:21:04 Ignoring, HTTP credential provider invalid endpoint host, "169.254.170.23", only loopback hosts are allowed. <nil>',
      'time="2026-02-11T08:21:07Z" level=fatal msg="records retrieval failed: failed to list hosted zones: NoCredentialProviders: no valid providers in chain. Deprecated.\\n\\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors"',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-ecr-storefront-edge-image-pull',
    family: 'registry-auth',
    source: 'https://github.com/aws/containers-roadmap/issues/2354',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-11T08:19:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { PORT: '3000', CATALOG_URL: 'http://catalog.shop.svc.cluster.local:8080' },
      },
      {
        name: 'edge-proxy',
        waiting: {
          reason: 'ImagePullBackOff',
          message:
            'Back-off pulling image "318472015530.dkr.ecr.eu-west-1.amazonaws.com/docker-hub/library/nginx:1.27-alpine"',
        },
        ready: false,
        restarts: 0,
        memoryLimit: '128Mi',
        mounts: [{ volume: 'edge-conf', path: '/etc/nginx/conf.d' }],
      },
    ],
    volumes: [{ name: 'edge-conf', configMap: 'storefront-edge' }],
    events: [
      {
        reason: 'Pulling',
        type: 'Normal',
        message:
          'Pulling image "318472015530.dkr.ecr.eu-west-1.amazonaws.com/docker-hub/library/nginx:1.27-alpine"',
        count: 6,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "318472015530.dkr.ecr.eu-west-1.amazonaws.com/docker-hub/library/nginx:1.27-alpine": pull access denied for 318472015530.dkr.ecr.eu-west-1.amazonaws.com/docker-hub/library/nginx, repository does not exist or may require \'docker login\': denied: The authentication to the upstream registry failed.',
        count: 6,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 6 },
      {
        reason: 'BackOff',
        type: 'Normal',
        message:
          'Back-off pulling image "318472015530.dkr.ecr.eu-west-1.amazonaws.com/docker-hub/library/nginx:1.27-alpine"',
        count: 27,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', count: 27 },
    ],
    currentLog: log(
      '{"time":"2026-02-11T08:19:40.211Z","level":"INFO","msg":"storefront starting","version":"4.2.0","addr":":3000"}',
      '{"time":"2026-02-11T08:19:40.498Z","level":"INFO","msg":"catalog cache warmed","products":18211}',
      times(
        24,
        (i) =>
          `{"time":"2026-02-11T08:${dd(19 + Math.floor((41 + i * 5) / 60))}:${dd(41 + i * 5)}.${String(100 + i * 17).padStart(3, '0')}Z","level":"INFO","msg":"request","method":"GET","path":"${i % 3 === 0 ? '/healthz' : `/p/${2100 + i}`}","status":200,"duration_ms":${(i * 7) % 40}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-karpenter-embeddings-pending',
    family: 'capacity',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/6643',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'embeddings',
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        env: { MODEL_ID: 'bge-large-en-v1.5', MAX_BATCH_TOKENS: '16384' },
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/14 nodes are available: 14 node(s) didn't match Pod's node affinity/selector. preemption: 0/14 nodes are available: 14 Preemption is not helpful for scheduling.",
        count: 57,
      },
      { reason: 'Nominated', type: 'Normal', message: 'Pod should schedule on: nodeclaim/gpu-g5-4-kpxk7' },
      {
        reason: 'Nominated',
        type: 'Normal',
        message: 'Pod should schedule on: nodeclaim/gpu-g5-4-5rnc5',
        count: 2,
      },
      { reason: 'Nominated', type: 'Normal', message: 'Pod should schedule on: nodeclaim/gpu-g5-4-6rz6p' },
      {
        reason: 'Nominated',
        type: 'Normal',
        message: 'Pod should schedule on: nodeclaim/gpu-g5-4-t9h2w',
        count: 3,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-cluster-autoscaler-settlement-batch-pending',
    family: 'capacity',
    source: 'https://github.com/kubernetes/autoscaler/issues/5692',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'settlement-batch',
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '3',
        args: ['run', '--window=2026-02-10', '--partitions=48'],
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/8 nodes are available: 2 node(s) had untolerated taint {dedicated: ingress}, 6 Insufficient cpu. preemption: 0/8 nodes are available: 2 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.',
        count: 44,
      },
      {
        reason: 'NotTriggerScaleUp',
        type: 'Normal',
        message:
          "pod didn't trigger scale-up: 2 node(s) didn't match Pod's node affinity/selector, 1 max node group size reached",
        count: 31,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-cert-manager-controller-challenges-requeued',
    family: 'iam-permissions',
    source: 'https://github.com/cert-manager/cert-manager/issues/6308',
    signal: 'Alert',
    containers: [
      {
        name: 'cert-manager-controller',
        running: { startedAt: '2026-02-09T22:14:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '200m',
        args: [
          '--v=2',
          '--cluster-resource-namespace=$(POD_NAMESPACE)',
          '--leader-election-namespace=kube-system',
          '--dns01-recursive-nameservers-only',
          '--dns01-recursive-nameservers=1.1.1.1:53,8.8.8.8:53',
        ],
        env: {
          AWS_REGION: 'us-east-1',
          AWS_ROLE_ARN: 'arn:aws:iam::318472015530:role/cert-manager',
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CertManagerCertNotReady: certificate payments/api-tls has not been ready for 3h; it expires in 6 days',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `${klog('I', 1200 + i * 9, 'controller.go:152')} "syncing item" logger="cert-manager.controller" key="${['shop/storefront-tls', 'auth/login-tls', 'payments/api-tls'][i % 3]}"`,
      ),
      `${klog('I', 1310, 'dns.go:88')} "presenting DNS01 challenge for domain" logger="cert-manager.controller.Present" resource_name="api-tls-1-2840961234-3385146097" resource_namespace="payments" resource_kind="Challenge" resource_version="v1" dnsName="api.pay.example.com" type="DNS-01" resource_name="api-tls-1-2840961234-3385146097" resource_namespace="payments" resource_kind="Challenge" resource_version="v1" domain="api.pay.example.com"`,
      `${klog('E', 1311, 'controller.go:157')} "re-queuing item due to error processing" err="failed to change Route 53 record set: operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: 403, RequestID: 6c1e2f0a-94b7-4d2e-a8c3-1f5b7e9d0a26, api error AccessDenied: User: arn:aws:sts::318472015530:assumed-role/cert-manager/1770797411360477495 is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z0812345QX7LMN9PQRS4 because no identity-based policy allows the route53:ChangeResourceRecordSets action" logger="cert-manager.controller"`,
      times(
        20,
        (i) =>
          `${klog('I', 1320 + i * 6, 'controller.go:152')} "syncing item" logger="cert-manager.controller" key="${['shop/storefront-tls', 'auth/login-tls', 'payments/api-tls-1-2840961234-3385146097'][i % 3]}"`,
      ),
      `${klog('I', 1445, 'dns.go:88')} "presenting DNS01 challenge for domain" logger="cert-manager.controller.Present" resource_name="api-tls-1-2840961234-3385146097" resource_namespace="payments" resource_kind="Challenge" resource_version="v1" dnsName="api.pay.example.com" type="DNS-01" domain="api.pay.example.com"`,
      `${klog('E', 1446, 'controller.go:157')} "re-queuing item due to error processing" err="failed to change Route 53 record set: operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: 403, RequestID: 0b8e4c27-7d1f-4a96-b2e5-c34d8f1a6e90, api error AccessDenied: User: arn:aws:sts::318472015530:assumed-role/cert-manager/1770797546490110356 is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z0812345QX7LMN9PQRS4 because no identity-based policy allows the route53:ChangeResourceRecordSets action" logger="cert-manager.controller"`,
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'thirtieth-secrets-store-csi-ledger-api-not-starting',
    family: 'iam-trust',
    source: 'https://github.com/terraform-aws-modules/terraform-aws-iam/pull/316',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'ledger-api',
        waiting: { reason: 'ContainerCreating' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          PARAMS_DIR: '/mnt/params',
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-agent.observability:4317',
        },
        mounts: [{ volume: 'app-params', path: '/mnt/params' }],
      },
    ],
    rollout: {
      minutesAgo: 18,
      addedEnv: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-agent.observability:4317' },
    },
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned ledger/ledger-api-6d9f8c7b55-qx2lp to ip-10-40-96-140.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedMount',
        message:
          'MountVolume.SetUp failed for volume "app-params" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod ledger/ledger-api-6d9f8c7b55-qx2lp, err: rpc error: code = Unknown desc = Failed fetching parameters: WebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\n\tstatus code: 403, request id: 1f6b1e0c-3d2a-4c8e-9f71-5ab2c6d4e803',
        count: 14,
      },
    ],
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtieth-aws-sdk-go-archive-uploader-crashloop',
    family: 'imds',
    source: 'https://github.com/cert-manager/cert-manager/issues/7655',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('archive-uploader', 1, 5),
        memoryLimit: '384Mi',
        cpuLimit: '500m',
        env: {
          AWS_REGION: 'eu-west-1',
          ARCHIVE_BUCKET: 'prod-eu-west-1-order-archive',
          FLUSH_INTERVAL: '60s',
        },
      },
    ],
    node: quietNode,
    previousLog: log(
      `{"level":"info","ts":"${at(1500, 12)}","caller":"main.go:41","msg":"archive-uploader starting","version":"0.9.7","bucket":"prod-eu-west-1-order-archive"}`,
      times(
        26,
        (i) =>
          `{"level":"debug","ts":"${at(1501 + i * 2, 77 + i)}","caller":"spool/reader.go:63","msg":"spooled batch","orders":${40 + ((i * 13) % 60)},"bytes":${81234 + i * 911}}`,
      ),
      `{"level":"error","ts":"${at(1561, 301)}","caller":"upload/s3.go:118","msg":"upload failed","key":"orders/2026/02/11/08/batch-000114.jsonl.gz","error":"operation error S3: PutObject, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, canceled, context deadline exceeded"}`,
      `{"level":"error","ts":"${at(1622, 305)}","caller":"upload/s3.go:118","msg":"upload failed","key":"orders/2026/02/11/08/batch-000114.jsonl.gz","error":"operation error S3: PutObject, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, canceled, context deadline exceeded"}`,
      `{"level":"fatal","ts":"${at(1683, 310)}","caller":"main.go:97","msg":"giving up after 3 failed flushes","spooled_batches":3,"error":"operation error S3: PutObject, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, canceled, context deadline exceeded"}`,
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-karpenter-nightly-reindex-pending',
    family: 'quota',
    source:
      'https://github.com/kubernetes-sigs/karpenter/blob/main/pkg/controllers/provisioning/scheduling/scheduler.go',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'reindex',
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        args: ['reindex', '--index=products-v7', '--parallel=8'],
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/11 nodes are available: 3 Insufficient memory, 8 Insufficient cpu. preemption: 0/11 nodes are available: 11 No preemption victims found for incoming pod.',
        count: 36,
      },
      {
        reason: 'FailedScheduling',
        message: 'Failed to schedule pod, all available instance types exceed limits for nodepool "batch"',
        count: 29,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-ecr-upload-worker-new-replica-pull',
    family: 'registry',
    source: 'https://github.com/chanzuckerberg/single-cell-data-portal/issues/5885',
    signal: 'ErrImagePull',
    phase: 'Pending',
    containers: [
      {
        name: 'upload-worker',
        waiting: {
          reason: 'ErrImagePull',
          message:
            'rpc error: code = NotFound desc = failed to pull and unpack image "318472015530.dkr.ecr.eu-west-1.amazonaws.com/upload-worker:2026.01.14-9f3c2e1": failed to resolve reference "318472015530.dkr.ecr.eu-west-1.amazonaws.com/upload-worker:2026.01.14-9f3c2e1": 318472015530.dkr.ecr.eu-west-1.amazonaws.com/upload-worker:2026.01.14-9f3c2e1: not found',
        },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '1',
        env: { QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/318472015530/dataset-uploads' },
      },
    ],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned ingest/upload-worker-59d7c8b6f-k4m2x to ip-10-40-71-8.eu-west-1.compute.internal',
      },
      {
        reason: 'Pulling',
        type: 'Normal',
        message:
          'Pulling image "318472015530.dkr.ecr.eu-west-1.amazonaws.com/upload-worker:2026.01.14-9f3c2e1"',
        count: 4,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "318472015530.dkr.ecr.eu-west-1.amazonaws.com/upload-worker:2026.01.14-9f3c2e1": rpc error: code = NotFound desc = failed to pull and unpack image "318472015530.dkr.ecr.eu-west-1.amazonaws.com/upload-worker:2026.01.14-9f3c2e1": failed to resolve reference "318472015530.dkr.ecr.eu-west-1.amazonaws.com/upload-worker:2026.01.14-9f3c2e1": 318472015530.dkr.ecr.eu-west-1.amazonaws.com/upload-worker:2026.01.14-9f3c2e1: not found',
        count: 4,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 4 },
    ],
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'thirtieth-vpc-cni-checkout-replica-pending',
    family: 'eni-capacity',
    source: 'https://github.com/aws-ia/terraform-aws-eks-blueprints-addons/issues/399',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'checkout-web',
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '250m',
        env: { PORT: '8080', UPSTREAM_CART: 'http://cart.shop.svc.cluster.local:8080' },
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/5 nodes are available: 5 Too many pods. preemption: 0/5 nodes are available: 5 No preemption victims found for incoming pod.',
        count: 52,
      },
    ],
    accept: ['escalate'],
  },

  // ──────────────────────────── node actions, right (5) ────────────────────────────
  {
    id: 'thirtieth-kubelet-payments-api-replica-unreachable',
    family: 'node-lost',
    source: 'https://github.com/awslabs/amazon-eks-ami/issues/79',
    signal: 'NodeNotReady',
    phase: 'Running',
    containers: [
      {
        name: 'payments-api',
        running: { startedAt: '2026-02-10T17:42:09Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { PORT: '8080', PSP_ENDPOINT: 'https://api.psp.example.net', IDEMPOTENCY_TTL: '24h' },
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
      { reason: 'NodeNotReady', message: 'Node is not ready' },
      {
        reason: 'TaintManagerEviction',
        type: 'Normal',
        message: 'Marking for deletion Pod payments/payments-api-7f8d9c6b4-h2x7k',
      },
    ],
    currentLog: log(
      chatter('json', 45, 300),
      '{"ts":"2026-02-11T08:15:46.118Z","level":"info","logger":"psp","msg":"capture settled","payment_id":"pay_8Qm2x71K","amount_minor":4599,"currency":"EUR","duration_ms":212}',
      chatter('json', 12, 347),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'thirtieth-aws-node-notification-sender-sandbox-failing',
    family: 'node-network',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/1391',
    signal: 'NodeNotReady',
    phase: 'Pending',
    containers: [
      {
        name: 'notification-sender',
        waiting: { reason: 'ContainerCreating' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: { SES_REGION: 'eu-west-1', BATCH_SIZE: '50' },
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
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned notify/notification-sender-6b8f7d9c5-pq4zt to ip-10-40-133-52.eu-west-1.compute.internal',
      },
      {
        reason: 'NetworkNotReady',
        message:
          'network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
        count: 19,
      },
    ],
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'thirtieth-kubelet-cart-api-evicted',
    family: 'disk-pressure',
    source: 'https://github.com/kubernetes/kubernetes/issues/91600',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'cart-api',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
        ready: false,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { PORT: '8080', REDIS_URL: 'redis://cart-cache.shop.svc.cluster.local:6379/0' },
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        {
          type: 'DiskPressure',
          status: 'True',
          reason: 'KubeletHasDiskPressure',
          message: 'kubelet has disk pressure',
        },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/disk-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 2722654248, available: 1600496Ki. Container cart-api was using 84Ki, request is 0, has larger consumption of ephemeral-storage.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container cart-api' },
    ],
    previousLog: log(chatter('json', 80, 120)),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'thirtieth-aws-sdk-js-notifications-consumer-crashloop',
    family: 'clock-skew',
    source: 'https://github.com/aws/aws-sdk-js/issues/401',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('notifications-consumer', 1, 8),
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          AWS_REGION: 'eu-west-1',
          QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/318472015530/notifications',
          AWS_ROLE_ARN: 'arn:aws:iam::318472015530:role/notifications-consumer',
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
        },
      },
    ],
    node: quietNode,
    previousLog: log(
      '[2026-02-11T08:10:12.114Z] info: notifications-consumer 2.7.1 starting (node v20.18.1, aws-sdk 2.1691.0)',
      '[2026-02-11T08:10:12.120Z] info: polling https://sqs.eu-west-1.amazonaws.com/318472015530/notifications (wait 20s, batch 10)',
      '[2026-02-11T08:10:15.402Z] error: receiveMessage failed',
      'SignatureDoesNotMatch: Signature expired: 20260211T081015Z is now earlier than 20260211T082137Z (20260211T082637Z - 5 min.)',
      '    at Request.extractError (/app/node_modules/aws-sdk/lib/protocol/query.js:50:29)',
      '    at Request.callListeners (/app/node_modules/aws-sdk/lib/sequential_executor.js:106:20)',
      '    at Request.emit (/app/node_modules/aws-sdk/lib/sequential_executor.js:78:10)',
      '    at Request.emit (/app/node_modules/aws-sdk/lib/request.js:686:14)',
      '    at Request.transition (/app/node_modules/aws-sdk/lib/request.js:22:10)',
      '    at AcceptorStateMachine.runTo (/app/node_modules/aws-sdk/lib/state_machine.js:14:12)',
      '    at /app/node_modules/aws-sdk/lib/state_machine.js:26:10',
      '    at Request.<anonymous> (/app/node_modules/aws-sdk/lib/request.js:38:9)',
      '    at Request.<anonymous> (/app/node_modules/aws-sdk/lib/request.js:688:12)',
      '    at Request.callListeners (/app/node_modules/aws-sdk/lib/sequential_executor.js:116:18) {',
      "  code: 'SignatureDoesNotMatch',",
      '  time: 2026-02-11T08:10:15.402Z,',
      "  requestId: 'b7c1f0e4-2a9d-5c3e-8f61-4d0a9e2b7c15',",
      '  statusCode: 403,',
      '  retryable: false,',
      '  retryDelay: 58.12345690112343',
      '}',
      '[2026-02-11T08:10:15.405Z] error: 3 consecutive receive failures, exiting so the pod restarts',
    ),
    accept: ['replace-node', 'cordon-drain-node', 'escalate'],
  },
  {
    id: 'thirtieth-go-runtime-fx-rates-poller-abort',
    family: 'pid-pressure',
    source: 'https://github.com/golang/go/issues/24484',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('fx-rates-poller', 2, 4),
        memoryLimit: '256Mi',
        cpuLimit: '250m',
        env: { GOMAXPROCS: '2', RATES_URL: 'https://rates.example-fx.com/v2/latest', INTERVAL: '15s' },
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        {
          type: 'PIDPressure',
          status: 'True',
          reason: 'KubeletHasInsufficientPID',
          message: 'kubelet has insufficient PID available',
        },
      ],
      taints: ['node.kubernetes.io/pid-pressure:NoSchedule'],
    },
    previousLog: log(
      '{"time":"2026-02-11T08:22:01.004Z","level":"INFO","msg":"fx-rates-poller starting","version":"1.3.0","goroutines":9}',
      times(
        8,
        (i) =>
          `{"time":"2026-02-11T08:22:${dd(1 + i * 15)}.${String(210 + i * 7).padStart(3, '0')}Z","level":"INFO","msg":"rates refreshed","pairs":164,"source_ts":"2026-02-11T08:2${2 + Math.floor((1 + i * 15) / 60)}:00Z","goroutines":${11 + (i % 3)}}`,
      ),
      'runtime/cgo: pthread_create failed: Resource temporarily unavailable',
      'SIGABRT: abort',
      'PC=0x7f26b22a154c m=3 sigcode=18446744073709551610',
      '',
      'goroutine 0 gp=0xc000007340 m=3 mp=0xc000100008 [idle]:',
      'runtime: g 0 gp=0xc000007340: unknown pc 0x7f26b22a154c',
      'stack: frame={sp:0x7f26a9ffac60, fp:0x0} stack=[0x7f26a97fb000,0x7f26a9ffac00)',
      '',
      'goroutine 1 gp=0xc0000061c0 m=nil [select]:',
      'runtime.gopark(0xc0001a5f28?, 0x3?, 0x0?, 0x0?, 0xc0001a5e9a?)',
      '\t/usr/local/go/src/runtime/proc.go:424 +0xce fp=0xc0001a5d38 sp=0xc0001a5d18 pc=0x47322e',
      'main.main()',
      '\t/src/cmd/poller/main.go:74 +0x3c5 fp=0xc0001a5f50 sp=0xc0001a5e60 pc=0x8c1f45',
      '',
      'rax    0x0',
      'rbx    0x7f26a9ffb6c0',
      'rip    0x7f26b22a154c',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },

  // ──────────────────── node actions, wrong: the pod's own doing (3) ────────────────────
  {
    id: 'thirtieth-kubelet-pdf-renderer-evicted',
    family: 'ephemeral-storage',
    source: 'https://github.com/kubernetes/kubernetes/issues/122160',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'pdf-renderer',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { TMPDIR: '/scratch', KEEP_INTERMEDIATES: 'true', RENDER_CONCURRENCY: '4' },
        mounts: [{ volume: 'scratch', path: '/scratch' }],
      },
    ],
    volumes: [{ name: 'scratch', emptyDir: {} }],
    node: quietNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container pdf-renderer' },
      {
        reason: 'ExceededGracePeriod',
        message: 'Container runtime did not kill the pod within specified grace period.',
      },
    ],
    previousLog: log(
      times(
        60,
        (i) =>
          `2026-02-11T08:${dd(10 + Math.floor(i / 4))}:${dd(i * 15 + 3)}Z INFO  render job=inv-${88410 + i} pages=${12 + ((i * 7) % 40)} wrote /scratch/inv-${88410 + i}/merged.pdf (${18 + ((i * 11) % 30)} MiB) intermediates=/scratch/inv-${88410 + i}/pages kept`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-kubelet-month-end-report-builder-evicted',
    family: 'node-memory-pressure',
    source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'report-builder',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
        ready: false,
        restarts: 0,
        env: { REPORT: 'month-end-revenue', PERIOD: '2026-01', LOAD_MODE: 'full' },
        args: ['build', '--report=month-end-revenue', '--period=2026-01'],
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'True',
          reason: 'KubeletHasInsufficientMemory',
          message: 'kubelet has insufficient memory available',
        },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/memory-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 89244Ki. Container report-builder was using 11893120Ki, request is 0, has larger consumption of memory.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container report-builder' },
    ],
    previousLog: log(
      '2026-02-11 08:02:11 INFO  report-builder 5.1.0 report=month-end-revenue period=2026-01 load_mode=full',
      times(
        24,
        (i) =>
          `2026-02-11 08:${dd(2 + i)}:${dd(17 + i * 2)} INFO  loader: partition day=2026-01-${String(i + 1).padStart(2, '0')} rows=${(612000 + ((i * 43117) % 190000)).toLocaleString('en-US')} frame_rows=${((i + 1) * 701233).toLocaleString('en-US')}`,
      ),
      '2026-02-11 08:26:40 INFO  loader: joining orders x refunds x fx (in memory)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-bash-nightly-export-fork-failures',
    family: 'pid-limit',
    source: 'https://github.com/podman-container-tools/podman/issues/17647',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('nightly-export', 1, 3),
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: { SHARDS: '64', PARALLEL_PER_SHARD: '16', EXPORT_BUCKET: 's3://prod-eu-west-1-exports' },
        args: ['/opt/export/run.sh'],
      },
    ],
    node: quietNode,
    previousLog: log(
      '[2026-02-11 08:30:00] export: 64 shards x 16 parallel uploads, bucket s3://prod-eu-west-1-exports/2026-02-10/',
      times(
        40,
        (i) =>
          `[2026-02-11 08:30:${dd(1 + Math.floor(i / 2))}] export: shard ${String(i + 1).padStart(2, '0')}/64 started (pid ${311 + i * 37})`,
      ),
      '/opt/export/run.sh: fork: retry: Resource temporarily unavailable',
      '/opt/export/run.sh: fork: retry: Resource temporarily unavailable',
      '/opt/export/run.sh: fork: retry: Resource temporarily unavailable',
      '/opt/export/run.sh: fork: retry: Resource temporarily unavailable',
      '[2026-02-11 08:30:27] export: shard 41/64 started (pid 1826)',
      '/opt/export/run.sh: fork: retry: Resource temporarily unavailable',
      '/opt/export/run.sh: fork: retry: Resource temporarily unavailable',
      '/opt/export/run.sh: fork: Resource temporarily unavailable',
      '[2026-02-11 08:30:44] export: aborted, 23 shards not started',
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────── restarts, right (4) ────────────────────────────
  {
    id: 'thirtieth-botocore-invoice-poller-credential-errors',
    family: 'expired-credentials',
    source: 'https://github.com/boto/botocore/issues/3117',
    signal: 'Alert',
    containers: [
      {
        name: 'invoice-poller',
        running: { startedAt: '2026-02-09T10:47:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          AWS_REGION: 'eu-west-1',
          AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://169.254.170.23/v1/credentials',
          AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE:
            '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
          QUEUE_NAME: 'invoices-inbound',
        },
        mounts: [
          {
            volume: 'eks-pod-identity-token',
            path: '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount',
          },
        ],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SQSOldestMessageAgeHigh: ApproximateAgeOfOldestMessage for queue invoices-inbound is 2h14m (> 15m)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-02-11 06:${dd(20 + Math.floor(i / 2))}:${dd((i % 2) * 30 + 5)},${String(100 + i * 3).padStart(3, '0')} INFO invoice_poller.loop: received 0 messages (wait 20s)`,
      ),
      times(
        6,
        (i) =>
          `2026-02-11 08:${dd(33 + i)}:55,${String(284 + i).padStart(3, '0')} ERROR invoice_poller.loop: receive_message failed, backing off 60s\nTraceback (most recent call last):\n  File "/app/invoice_poller/loop.py", line 58, in poll_once\n    resp = self.sqs.receive_message(QueueUrl=self.queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=20)\n  File "/opt/pysetup/.venv/lib/python3.12/site-packages/botocore/client.py", line 569, in _api_call\n    return self._make_api_call(operation_name, kwargs)\n  File "/opt/pysetup/.venv/lib/python3.12/site-packages/botocore/credentials.py", line 1958, in _retrieve_or_fail\n    raise CredentialRetrievalError(\nbotocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response 400 from container metadata: [18b9740f-d967-4c97-86da-2f50f794b0${String(32 + i)}]: (ExpiredTokenException): The token included in the request is expired: current date/time 2026-02-11T08:${dd(33 + i)}:55.284028Z must be before the expiration date/time 2026-02-10T10:47:44Z., fault: client`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtieth-node-postgres-ledger-reader-not-ready',
    family: 'rotated-secret',
    source:
      'https://github.com/kubernetes-sigs/secrets-store-csi-driver/blob/main/docs/book/src/topics/secret-auto-rotation.md',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'ledger-reader',
        running: { startedAt: '2026-02-08T14:03:27Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          PGHOST: 'ledger.cluster-ro-c8x2kq1v9z.eu-west-1.rds.amazonaws.com',
          PGUSER: 'ledger_reader',
          PGDATABASE: 'ledger',
          PG_POOL_MAX: '20',
          PG_IDLE_TIMEOUT_MS: '600000',
        },
        mounts: [{ volume: 'db-credentials', path: '/etc/ledger-db' }],
      },
    ],
    volumes: [{ name: 'db-credentials', secret: 'ledger-db-synced' }],
    events: [
      {
        reason: 'SecretRotationComplete',
        type: 'Normal',
        message: 'successfully rotated K8s secret ledger-db-synced',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 46,
      },
    ],
    currentLog: log(
      chatter('json', 40, 0),
      times(
        8,
        (i) =>
          `{"ts":"2026-02-11T08:${dd(12 + i)}:${dd(i * 7 + 4)}.511Z","level":"error","logger":"db","msg":"pool connect failed","err":"error: password authentication failed for user \\"ledger_reader\\"","code":"28P01","severity":"FATAL","routine":"auth_failed"}`,
      ),
      times(
        20,
        (i) =>
          `{"ts":"2026-02-11T08:${dd(20 + Math.floor(i / 3))}:${dd(i * 19)}.044Z","level":"warn","logger":"http","msg":"request completed","method":"GET","path":"/readyz","status":503,"duration_ms":${3 + (i % 4)},"reason":"db pool has 0 of 20 connections"}`,
      ),
    ),
    accept: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'thirtieth-mysql2-loyalty-points-writes-failing',
    family: 'stale-connection',
    source: 'https://github.com/brianmario/mysql2/issues/948',
    signal: 'Alert',
    containers: [
      {
        name: 'loyalty-api',
        running: { startedAt: '2026-02-09T21:55:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          DB_HOST: 'loyalty.cluster-c8x2kq1v9z.eu-west-1.rds.amazonaws.com',
          DB_POOL: '16',
          RACK_ENV: 'production',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: loyalty-api 5xx ratio 0.41 over 5m (POST /v1/points only)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `I, [2026-02-11T08:${dd(5 + Math.floor(i / 6))}:${dd(i * 11)}.${String(100000 + i * 3137).slice(0, 6)} #1]  INFO -- : GET /v1/members/${70412 + i}/balance 200 ${(i % 7) + 3}ms`,
      ),
      'E, [2026-02-11T08:11:02.441903 #1] ERROR -- : Mysql2::Error::ConnectionError: Lost connection to MySQL server during query',
      times(24, (i) =>
        i % 3 === 0
          ? `E, [2026-02-11T08:${dd(12 + Math.floor(i / 3))}:${dd(i * 13)}.${String(200000 + i * 911).slice(0, 6)} #1] ERROR -- : POST /v1/points 500 Mysql2::Error: The MySQL server is running with the --read-only option so it cannot execute this statement`
          : `I, [2026-02-11T08:${dd(12 + Math.floor(i / 3))}:${dd(i * 13)}.${String(300000 + i * 733).slice(0, 6)} #1]  INFO -- : GET /v1/members/${71200 + i}/balance 200 ${(i % 5) + 2}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtieth-node-redis-session-api-write-errors',
    family: 'stale-connection',
    source: 'https://github.com/StackExchange/StackExchange.Redis/issues/2264',
    signal: 'Alert',
    containers: [
      {
        name: 'session-api',
        running: { startedAt: '2026-02-06T09:12:48Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          REDIS_HOST: 'sessions.x7k2pq.ng.0001.euw1.cache.amazonaws.com',
          REDIS_PORT: '6379',
          SESSION_TTL: '1800',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: session-api 5xx ratio 0.33 over 5m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      chatter('json', 30, 0),
      '{"ts":"2026-02-11T08:10:31.003Z","level":"warn","logger":"redis","msg":"connection closed, reconnecting","host":"sessions.x7k2pq.ng.0001.euw1.cache.amazonaws.com"}',
      '{"ts":"2026-02-11T08:10:34.512Z","level":"info","logger":"redis","msg":"ready"}',
      times(
        18,
        (i) =>
          `{"ts":"2026-02-11T08:${dd(11 + Math.floor(i / 3))}:${dd(i * 17)}.${String(100 + i * 31).padStart(3, '0')}Z","level":"error","logger":"http","msg":"request failed","method":"POST","path":"/v1/sessions","status":500,"err":"ReplyError: READONLY You can't write against a read only replica.\\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)","command":{"name":"set","args":["sess:${(0x9f3a11 + i * 97).toString(16)}","[redacted]","EX","1800"]}}`,
      ),
      chatter('json', 15, 420),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },

  // ──────────────────────────── restarts, wrong (2) ────────────────────────────
  {
    id: 'thirtieth-go-net-quote-service-intermittent-500s',
    family: 'dns-throttling',
    source: 'https://github.com/coredns/coredns/issues/4327',
    signal: 'Alert',
    containers: [
      {
        name: 'quote-service',
        running: { startedAt: '2026-02-10T12:00:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          DB_HOST: 'quotes-db.cluster-ro-c8x2kq1v9z.eu-west-1.rds.amazonaws.com',
          RATES_API: 'https://rates.example-fx.com',
          HTTP_CLIENT_KEEPALIVE: 'false',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: quote-service 5xx ratio 0.18 over 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(90, (i) =>
        i % 6 === 4
          ? `{"time":"2026-02-11T08:${dd(10 + Math.floor(i / 10))}:${dd(i * 7)}.${String(100 + i * 9).padStart(3, '0')}Z","level":"ERROR","msg":"quote failed","path":"/v1/quote","status":500,"err":"dial tcp: lookup ${i % 12 === 4 ? 'quotes-db.cluster-ro-c8x2kq1v9z.eu-west-1.rds.amazonaws.com' : 'rates.example-fx.com'} on 172.20.0.10:53: read udp 10.40.87.14:${51223 + i}->172.20.0.10:53: i/o timeout"}`
          : `{"time":"2026-02-11T08:${dd(10 + Math.floor(i / 10))}:${dd(i * 7)}.${String(100 + i * 9).padStart(3, '0')}Z","level":"INFO","msg":"quote served","path":"/v1/quote","status":200,"duration_ms":${40 + ((i * 17) % 160)}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-aws-lbc-catalog-replicas-not-ready',
    family: 'health-check-config',
    source: 'https://github.com/LikeLionTeam4/slash-infra/issues/62',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog',
        running: { startedAt: '2026-02-11T07:58:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: { PORT: '8080', BASE_PATH: '/catalog' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeDeploymentReplicasMismatch: Deployment shop/catalog has not matched the expected number of replicas for longer than 15 minutes.',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'ALBTargetsUnhealthy: targetgroup/k8s-shop-catalog-a1e2310817 has 0 of 4 targets healthy; target health: Target.ResponseCodeMismatch "Health checks failed with these codes: [404]"',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(70, (i) =>
        i % 5 === 0
          ? `10.40.${3 + (i % 3)}.${17 + (i % 40)} - - [11/Feb/2026:08:${dd(14 + Math.floor(i / 8))}:${dd(i * 9)} +0000] "GET / HTTP/1.1" 404 19 "-" "ELB-HealthChecker/2.0"`
          : `10.40.${3 + (i % 3)}.${17 + (i % 40)} - - [11/Feb/2026:08:${dd(14 + Math.floor(i / 8))}:${dd(i * 9)} +0000] "GET /catalog/products?page=${(i % 9) + 1} HTTP/1.1" 200 ${5120 + i * 37} "-" "Mozilla/5.0"`,
      ),
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────── memory (2 right, 2 wrong) ────────────────────────────
  {
    id: 'thirtieth-coredns-replica-restarting',
    family: 'oom-undersized',
    source: 'https://github.com/aws/containers-roadmap/issues/2667',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'coredns',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=coredns',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 14,
        memoryLimit: '170Mi',
        memoryRequest: '70Mi',
        args: ['-conf', '/etc/coredns/Corefile'],
        mounts: [{ volume: 'config-volume', path: '/etc/coredns' }],
      },
    ],
    volumes: [{ name: 'config-volume', configMap: 'coredns' }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 22,
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container coredns in pod coredns-5b9dfbf96-7kq2m_kube-system',
        count: 61,
      },
    ],
    previousLog: log(
      times(18, () => '[INFO] plugin/ready: Still waiting on: "kubernetes"'),
      '[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API',
      '.:53',
      '[INFO] plugin/reload: Running configuration SHA512 = 8a7d59126e7f114ab49c6d2613be93d8ef7d408af8ee61a710210843dc409f03133727e38f64469d9bb180f396c84ebf48a42bde3b3769730865ca9df5eb281c',
      'CoreDNS-1.11.3',
      'linux/amd64, go1.21.11, a6338e9',
      '[INFO] plugin/ready: Still waiting on: "kubernetes"',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtieth-external-dns-killed-during-startup',
    family: 'oom-undersized',
    source: 'https://github.com/mitodl/ol-infrastructure/pull/5326',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'external-dns',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=external-dns',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 48,
        memoryLimit: '256Mi',
        memoryRequest: '64Mi',
        cpuLimit: '200m',
        args: [
          '--source=service',
          '--source=ingress',
          '--provider=aws',
          '--aws-zone-type=private',
          '--domain-filter=data.internal.example.com',
          '--registry=txt',
          '--txt-owner-id=data-production',
        ],
        env: {
          AWS_REGION: 'us-east-1',
          AWS_ROLE_ARN: 'arn:aws:iam::318472015530:role/external-dns',
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container external-dns in pod external-dns-6d4c8b7f9-zt5lw_operations',
        count: 212,
      },
    ],
    previousLog: log(
      'time="2026-02-11T08:40:27Z" level=info msg="Instantiating new Kubernetes client"',
      'time="2026-02-11T08:40:27Z" level=info msg="Using inCluster-config based on serviceaccount-token"',
      'time="2026-02-11T08:40:27Z" level=info msg="Created Kubernetes client https://172.20.0.1:443"',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtieth-aws-sdk-java-statement-archiver-restarting',
    family: 'heap-cap',
    source: 'https://github.com/aws/aws-sdk-java-v2/issues/2617',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('statement-archiver', 3, 5),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-Xmx768m -XX:+ExitOnOutOfMemoryError',
          ARCHIVE_BUCKET: 'prod-eu-west-1-statements',
          AWS_REGION: 'eu-west-1',
        },
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx768m -XX:+ExitOnOutOfMemoryError',
      '08:31:02.114 [main] INFO  c.e.archiver.ArchiverApp - statement-archiver 2.4.1 starting, max heap 768 MiB',
      '08:31:03.907 [main] INFO  c.e.archiver.S3Source - listing s3://prod-eu-west-1-statements/2026/01/',
      times(
        18,
        (i) =>
          `08:31:${dd(5 + i * 2)}.${String(120 + i * 41).padStart(3, '0')} [worker-${i % 4}] INFO  c.e.archiver.S3Source - archived 2026/01/statements-${String(i + 1).padStart(4, '0')}.csv.gz (${(3 + ((i * 7) % 20)).toFixed(1)} MiB)`,
      ),
      '08:31:44.602 [worker-2] INFO  c.e.archiver.S3Source - fetching 2026/01/full-export.parquet (1.9 GiB) with getObjectAsBytes',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtieth-rust-pricing-engine-oomkilled',
    family: 'bad-release',
    source: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'pricing-engine',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=pricing-engine',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { RUST_LOG: 'info,pricing_engine=debug', QUOTE_CACHE_TTL: '300s' },
      },
    ],
    rollout: { minutesAgo: 14, previousTag: '2.2.9' },
    previousLog: log(
      '2026-02-11T08:41:02.004Z  INFO pricing_engine: starting pricing-engine version=2.3.1 workers=2',
      '2026-02-11T08:41:02.311Z  INFO pricing_engine::catalog: loaded price book rows=412233 currencies=14',
      chatter('tracing', 60, 1863),
      '2026-02-11T08:42:03.517Z DEBUG pricing_engine::cache: quote cache entries=1840233 evicted=0',
      chatter('tracing', 40, 1924),
      '2026-02-11T08:42:44.902Z DEBUG pricing_engine::cache: quote cache entries=3310920 evicted=0',
      chatter('tracing', 20, 1965),
    ),
    accept: ['rollback'],
  },

  // ──────────────────── rollbacks and scale-ups (2 right, 2 wrong) ────────────────────
  {
    id: 'thirtieth-graviton-notification-router-restarting',
    family: 'bad-release',
    source: 'https://github.com/rtCamp/action-slack-notify/issues/169',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('notification-router', 255, 6),
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: { PORT: '8080', PROVIDERS: 'ses,sns,webhook' },
      },
    ],
    rollout: { minutesAgo: 9, previousTag: '2.2.4' },
    previousLog: log('exec /usr/local/bin/docker-entrypoint.sh: exec format error'),
    accept: ['rollback'],
  },
  {
    id: 'thirtieth-checkout-api-slow-behind-alb',
    family: 'load',
    source:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html',
    signal: 'Alert',
    containers: [
      {
        name: 'checkout-api',
        running: { startedAt: '2026-02-10T06:14:52Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { GOMAXPROCS: '2', MAX_INFLIGHT: '400', PSP_TIMEOUT: '5s' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ALBTargetResponseTimeHigh: TargetResponseTime p99 3.8s (SLO 800ms) on targetgroup/k8s-shop-checkout-5d2a1b9e0f; RequestCountPerTarget 2.9x the 7-day baseline; HTTPCode_Target_5XX_Count 0.4% of requests',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        120,
        (i) =>
          `{"time":"2026-02-11T08:${dd(30 + Math.floor(i / 12))}:${dd(i * 5)}.${String(100 + ((i * 37) % 900)).padStart(3, '0')}Z","level":"INFO","msg":"request","method":"${i % 4 === 0 ? 'POST' : 'GET'}","path":"${i % 4 === 0 ? '/v1/checkout' : '/v1/cart/summary'}","status":200,"duration_ms":${Math.round(180 + i * 24 + ((i * 53) % 300))},"inflight":${Math.min(400, 90 + i * 3)},"cpu_throttled_pct":${Math.min(78, 12 + Math.floor(i / 2))}}`,
      ),
      '{"time":"2026-02-11T08:39:58.771Z","level":"WARN","msg":"inflight limit reached, queueing","inflight":400,"queued":57}',
      '{"time":"2026-02-11T08:39:59.012Z","level":"WARN","msg":"request","method":"POST","path":"/v1/checkout","status":503,"duration_ms":5001,"err":"queue wait exceeded 5s"}',
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtieth-boto3-ledger-sync-not-ready-after-refresh',
    family: 'iam-permissions',
    source: 'https://github.com/nautobot/nautobot-app-secrets-providers/issues/64',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'ledger-sync',
        running: { startedAt: '2026-02-11T08:10:03Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          AWS_REGION: 'eu-west-1',
          DB_SECRET_ID: 'ledger/prod/db',
          SECRET_CACHE_TTL: '1800',
          FEATURE_BATCHED_SYNC: 'true',
        },
      },
    ],
    rollout: { minutesAgo: 35, addedEnv: { FEATURE_BATCHED_SYNC: 'true' } },
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 27,
      },
    ],
    currentLog: log(
      '2026-02-11 08:10:04,331 INFO ledger_sync.app: ledger-sync 1.12.0 starting (batched_sync=on)',
      '2026-02-11 08:10:04,340 INFO ledger_sync.secrets: fetching secret ledger/prod/db (cache ttl 1800s)',
      '2026-02-11 08:10:04,512 INFO ledger_sync.secrets: secret ledger/prod/db loaded (version AWSCURRENT)',
      times(
        50,
        (i) =>
          `2026-02-11 08:${dd(10 + Math.floor(i * 0.6))}:${dd(i * 36 + 9)},${String(100 + i * 7).padStart(3, '0')} INFO ledger_sync.batch: synced batch ${9120 + i} entries=${200 + ((i * 37) % 300)} lag_ms=${40 + ((i * 13) % 90)}`,
      ),
      '2026-02-11 08:40:04,520 INFO ledger_sync.secrets: refreshing secret ledger/prod/db (cache ttl 1800s expired)',
      'Traceback (most recent call last):',
      '  File "/app/ledger_sync/secrets.py", line 31, in refresh',
      '    resp = self.client.get_secret_value(SecretId=secret_id)',
      '  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 569, in _api_call',
      '    return self._make_api_call(operation_name, kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 1023, in _make_api_call',
      '    raise error_class(parsed_response, operation_name)',
      'botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:sts::318472015530:assumed-role/ledger-sync/botocore-session-1770797404 is not authorized to perform: secretsmanager:GetSecretValue on resource: ledger/prod/db because no identity-based policy allows the secretsmanager:GetSecretValue action',
      '2026-02-11 08:40:04,620 ERROR ledger_sync.batch: pausing sync: no valid database credentials',
      times(
        5,
        (i) =>
          `2026-02-11 08:${dd(41 + i)}:04,${String(530 + i * 11).padStart(3, '0')} ERROR ledger_sync.secrets: refresh failed: An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:sts::318472015530:assumed-role/ledger-sync/botocore-session-1770797${464 + i * 60} is not authorized to perform: secretsmanager:GetSecretValue on resource: ledger/prod/db because no identity-based policy allows the secretsmanager:GetSecretValue action`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtieth-dynamodb-encryption-profile-api-errors',
    family: 'throttling',
    source: 'https://github.com/aws/aws-dynamodb-encryption-java/issues/6',
    signal: 'Alert',
    containers: [
      {
        name: 'profile-api',
        running: { startedAt: '2026-02-10T03:20:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          PROFILE_TABLE: 'customer-profiles',
          KMS_KEY_ID: 'alias/profile-encryption',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: profile-api 5xx ratio 0.23 over 5m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        i % 4 === 1
          ? `2026-02-11 08:${dd(20 + Math.floor(i / 6))}:${dd(i * 11)}.${String(100 + i * 13).padStart(3, '0')} ERROR [http-nio-8080-exec-${(i % 48) + 1}] c.e.profile.ProfileController : GET /v1/profiles/${500212 + i} failed\njava.util.concurrent.ExecutionException: com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMappingException: com.amazonaws.AmazonServiceException: You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls. (Service: AWSKMS; Status Code: 400; Error Code: ThrottlingException; Request ID: 4d15a2da-441a-11e5-8a71-${(0x8d9f87588b5d + i).toString(16)})\n\tat java.base/java.util.concurrent.FutureTask.report(FutureTask.java:122)\n\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:191)\n\tat com.example.profile.ProfileService.load(ProfileService.java:88)`
          : `2026-02-11 08:${dd(20 + Math.floor(i / 6))}:${dd(i * 11)}.${String(100 + i * 13).padStart(3, '0')}  INFO [http-nio-8080-exec-${(i % 48) + 1}] c.e.profile.AccessLog : GET /v1/profiles/${500212 + i} 200 ${30 + ((i * 7) % 70)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
];
