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
      times(
        6,
        (i) =>
          `{"level":"debug","ts":"${at(1261 + i, 120 + i * 3)}","caller":"server/http.go:141","msg":"healthz","status":200,"remote":"10.40.87.${30 + i}:${40112 + i * 17}"}`,
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
        env: { NODE_ENV: 'production', PORT: '3000' },
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
      '> storefront@4.2.0 start',
      '> next start -p 3000',
      '',
      '  ▲ Next.js 15.1.3',
      '  - Local:        http://localhost:3000',
      '',
      ' ✓ Starting...',
      ' ✓ Ready in 612ms',
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
        14,
        (i) =>
          `{"level":"debug","ts":"${at(1501 + i * 4, 77 + i)}","caller":"spool/reader.go:63","msg":"spooled batch","orders":${40 + ((i * 13) % 60)},"bytes":${81234 + i * 911}}`,
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
];
