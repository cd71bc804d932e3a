import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 6);

/**
 * Platform-side failures: TLS, DNS, storage, file limits, brokers and databases, gRPC, AWS
 * credentials, and what keeps a pod from starting (create/run errors, mounts, init containers).
 */
export const PLATFORM_CASES: HeldOutCase[] = [
  // ------------------------------------------------------------ TLS
  {
    id: 'tls-pkix-java',
    family: 'tls',
    source: 'https://github.com/spring-projects/spring-boot/issues (PKIX path building failed)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('payments')],
    previousLog: log(
      '2026-02-11 08:10:00.000 ERROR 1 --- [main] c.e.payments.GatewayClient : handshake failed',
      'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
      '	at java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'tls-python-expired',
    family: 'tls',
    source: 'https://docs.python.org/3/library/ssl.html (SSLCertVerificationError)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('scraper')],
    previousLog: log(
      "requests.exceptions.SSLError: HTTPSConnectionPool(host='partner.example.net', port=443): Max retries exceeded with url: /v2/feed (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')))",
    ),
    accept: ['escalate'],
  },
  {
    id: 'tls-go-unknown-authority',
    family: 'tls',
    source: 'golang/go issues (x509: certificate signed by unknown authority)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('webhook-relay')],
    previousLog: log(
      chatter('logfmt', 15),
      'time=2026-02-11T08:10:22Z level=error msg="post event" err="Post \\"https://hooks.internal.example:8443/v1/events\\": tls: failed to verify certificate: x509: certificate signed by unknown authority"',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ DNS
  {
    id: 'dns-python-gaierror',
    family: 'dns',
    source: 'https://docs.python.org/3/library/socket.html#socket.gaierror',
    signal: 'CrashLoopBackOff',
    containers: [crashed('feeder')],
    previousLog: log(
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/urllib3/connection.py", line 198, in _new_conn',
      'socket.gaierror: [Errno -2] Name or service not known',
      "urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPConnection object at 0x7f1c>: Failed to resolve 'search-api.prod.svc.cluster.local' ([Errno -2] Name or service not known)",
    ),
    accept: ['escalate'],
  },
  {
    id: 'dns-go-no-such-host',
    family: 'dns',
    source: 'golang/go net package (lookup ... no such host)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('ingest')],
    previousLog: log(
      '{"level":"error","ts":1770797400.5,"msg":"kafka dial failed","error":"dial tcp: lookup kafka-0.kafka-headless.data.svc.cluster.local on 172.20.0.10:53: no such host"}',
      '{"level":"fatal","ts":1770797400.6,"msg":"no brokers reachable"}',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ storage: permission denied, read-only
  {
    id: 'volume-perm-elasticsearch',
    family: 'volume-permissions',
    source: 'https://github.com/elastic/elasticsearch/issues (AccessDeniedException on data path)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('es-data')],
    previousLog: log(
      '{"@timestamp":"2026-02-11T08:10:00.000Z", "log.level":"ERROR", "message":"fatal exception while booting Elasticsearch", "ecs.version": "1.2.0","service.name":"ES_ECS","error.type":"java.lang.IllegalStateException","error.message":"failed to obtain node locks, tried [/usr/share/elasticsearch/data]; maybe these locations are not writable or multiple nodes were started on the same data path?","error.stack_trace":"java.nio.file.AccessDeniedException: /usr/share/elasticsearch/data/node.lock"}',
      'ERROR: Elasticsearch did not exit normally - check the logs at /usr/share/elasticsearch/logs/es.log',
    ),
    accept: ['escalate'],
  },
  {
    id: 'volume-perm-grafana',
    family: 'volume-permissions',
    source: 'https://grafana.com/docs/grafana/latest/setup-grafana/installation/docker/ (not writable)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('grafana')],
    previousLog: log(
      "GF_PATHS_DATA='/var/lib/grafana' is not writable.",
      'You may have issues with file permissions, more information here: http://docs.grafana.org/installation/docker/#migrate-to-v51-or-later',
      "mkdir: can't create directory '/var/lib/grafana/plugins': Permission denied",
    ),
    accept: ['escalate'],
  },
  {
    id: 'volume-perm-go-mkdir',
    family: 'volume-permissions',
    source: 'Prometheus issues (open /prometheus/queries.active: permission denied)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('prometheus')],
    previousLog: log(
      'ts=2026-02-11T08:10:00.000Z caller=main.go:1140 level=info msg="Starting TSDB ..."',
      'ts=2026-02-11T08:10:00.002Z caller=query_logger.go:93 level=error component=activeQueryTracker msg="Error opening query log file" file=/prometheus/queries.active err="open /prometheus/queries.active: permission denied"',
      'panic: Unable to create mmap-ed active query log',
    ),
    accept: ['escalate'],
  },
  {
    id: 'read-only-fs-python',
    family: 'read-only-filesystem',
    source:
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/ (readOnlyRootFilesystem)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('renderer')],
    previousLog: log(
      'Traceback (most recent call last):',
      '  File "/app/render.py", line 12, in <module>',
      '    os.makedirs("/app/.cache/fonts", exist_ok=True)',
      "OSError: [Errno 30] Read-only file system: '/app/.cache'",
    ),
    accept: ['escalate'],
  },
  {
    id: 'read-only-fs-nginx',
    family: 'read-only-filesystem',
    source:
      'nginxinc/docker-nginx issues (mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system))',
    signal: 'CrashLoopBackOff',
    containers: [crashed('static')],
    previousLog: log(
      '2026/02/11 08:10:00 [emerg] 1#1: mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)',
      'nginx: [emerg] mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ file descriptors
  {
    id: 'fd-go-accept',
    family: 'too-many-open-files',
    source: 'golang/go net/http (http: Accept error: accept tcp [::]:8080: accept4: too many open files)',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'gateway',
        running: { startedAt: '2026-02-11T06:00:00Z' },
        ready: false,
        restarts: 2,
        last: { reason: 'Error', exitCode: 2 },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.0.4.7:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 9,
      },
    ],
    currentLog: log(
      chatter('plain', 40),
      '2026/02/11 08:10:01 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s',
      '2026/02/11 08:10:02 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s',
    ),
    // A restart releases leaked descriptors for a while: either kind of restart is acceptable.
    accept: ['escalate', 'restart-pod', 'rollout-restart'],
  },
  {
    id: 'fd-java-ioexception',
    family: 'too-many-open-files',
    source: 'https://github.com/apache/kafka/issues (java.io.IOException: Too many open files)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('search-indexer')],
    previousLog: log(
      '2026-02-11 08:10:00,000 WARN  [qtp1-acceptor-0] o.e.j.s.AbstractConnector: Accept failure',
      'java.io.IOException: Too many open files',
      '	at java.base/sun.nio.ch.Net.accept(Native Method)',
    ),
    // A restart releases leaked descriptors for a while: either kind of restart is acceptable.
    accept: ['escalate', 'restart-pod', 'rollout-restart'],
  },
  // ------------------------------------------------------------ Kafka
  {
    id: 'kafka-librdkafka-all-brokers-down',
    family: 'kafka',
    source: 'https://github.com/confluentinc/librdkafka/issues (all brokers are down)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('clickstream')],
    previousLog: log(
      '%3|1770797400.123|FAIL|rdkafka#producer-1| [thrd:kafka-0.kafka:9092/bootstrap]: kafka-0.kafka:9092/bootstrap: Connect to ipv4#10.0.7.12:9092 failed: Connection refused (after 1ms in state CONNECT)',
      '%3|1770797400.124|ERROR|rdkafka#producer-1| [thrd:app]: rdkafka#producer-1: 1/1 brokers are down',
      'fatal: Local: All broker connections are down',
    ),
    accept: ['escalate'],
  },
  {
    id: 'kafka-java-node-unavailable',
    family: 'kafka',
    source: 'https://github.com/apache/kafka (NetworkClient: Broker may not be available)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('order-events')],
    previousLog: log(
      '08:10:00.412 [kafka-admin-client-thread | adminclient-1] WARN  org.apache.kafka.clients.NetworkClient - [AdminClient clientId=adminclient-1] Connection to node -1 (kafka.messaging.svc/10.0.9.4:9092) could not be established. Broker may not be available.',
      '08:10:30.500 [main] ERROR o.s.boot.SpringApplication - Application run failed',
      'org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: describeTopics',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ MongoDB
  {
    id: 'mongo-pymongo-selection',
    family: 'mongodb',
    source: 'https://pymongo.readthedocs.io/ (ServerSelectionTimeoutError)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('profiles')],
    previousLog: log(
      "pymongo.errors.ServerSelectionTimeoutError: mongo-0.mongo.data.svc:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 65c8, topology_type: Unknown, servers: [<ServerDescription ('mongo-0.mongo.data.svc', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('mongo-0.mongo.data.svc:27017: [Errno 111] Connection refused')>]>",
    ),
    accept: ['escalate'],
  },
  {
    id: 'mongo-go-driver-selection',
    family: 'mongodb',
    source: 'https://github.com/mongodb/mongo-go-driver (server selection error: context deadline exceeded)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('catalog-sync')],
    previousLog: log(
      'time="2026-02-11T08:10:30Z" level=fatal msg="ping mongo" error="server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [{ Addr: mongodb.data:27017, Type: Unknown, Last error: dial tcp 10.0.8.3:27017: i/o timeout }, ] }"',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ Elasticsearch / OpenSearch blocks
  {
    id: 'es-cluster-block-flood',
    family: 'elasticsearch',
    source: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/fix-watermark-errors.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('log-shipper')],
    previousLog: log(
      String.raw`{"level":"error","@timestamp":"2026-02-11T08:10:00Z","message":"bulk request failed","error":"{\"type\":\"cluster_block_exception\",\"reason\":\"index [logs-2026.02.11] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];\"}"}`,
    ),
    accept: ['escalate'],
  },
  {
    id: 'opensearch-read-only-api',
    family: 'elasticsearch',
    source: 'opensearch-project/OpenSearch issues (FORBIDDEN/12/index read-only / allow delete (api))',
    signal: 'CrashLoopBackOff',
    containers: [crashed('audit-writer')],
    previousLog: log(
      'ERROR  audit.writer  index failed: ClusterBlockException[blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];]',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ gRPC
  {
    id: 'grpc-unavailable-go',
    family: 'grpc',
    source: 'https://grpc.io/docs/guides/status-codes/ (UNAVAILABLE)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('checkout')],
    previousLog: log(
      '{"severity":"ERROR","time":"2026-02-11T08:10:00Z","message":"reserve stock","error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.0.5.9:50051: connect: connection refused\\""}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'grpc-unavailable-python',
    family: 'grpc',
    source: 'https://github.com/grpc/grpc/issues (StatusCode.UNAVAILABLE failed to connect to all addresses)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('recommender')],
    previousLog: log(
      'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
      '	status = StatusCode.UNAVAILABLE',
      '	details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.5.10:50051: Failed to connect to remote host: Connection refused"',
      '	debug_error_string = "UNKNOWN:Error received from peer"',
      '>',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ AWS credentials and access
  {
    id: 'irsa-webidentity-go-v1',
    family: 'aws-credentials',
    source: 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/1935',
    signal: 'CrashLoopBackOff',
    containers: [crashed('controller')],
    previousLog: log(
      String.raw`{"level":"error","ts":1657324768.868449,"logger":"setup","msg":"unable to describe vpc","error":"WebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\n\tstatus code: 403, request id: 5c3f9ce5-ba7d-495e-98b1-ffcd5cf85133"}`,
    ),
    accept: ['escalate'],
  },
  {
    id: 'imds-no-role-go-v2',
    family: 'aws-credentials',
    source: 'https://github.com/aws/aws-sdk-go-v2/issues (no EC2 IMDS role found)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('backup-agent')],
    previousLog: log(
      'time=2026-02-11T08:10:00Z level=error msg="upload failed" err="operation error S3: PutObject, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded"',
    ),
    accept: ['escalate'],
  },
  {
    id: 'botocore-no-credentials',
    family: 'aws-credentials',
    source: 'https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('etl')],
    previousLog: log(
      '  File "/usr/local/lib/python3.11/site-packages/botocore/auth.py", line 418, in add_auth',
      '    raise NoCredentialsError()',
      'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
    ),
    accept: ['escalate'],
  },
  {
    id: 'java-sdk-web-identity',
    family: 'aws-credentials',
    source: 'https://github.com/aws/aws-sdk-java-v2/issues/1470',
    signal: 'CrashLoopBackOff',
    containers: [crashed('spark-driver')],
    previousLog: log(
      'Exception in thread "main" software.amazon.awssdk.services.sts.model.StsException: Not authorized to perform sts:AssumeRoleWithWebIdentity (Service: Sts, Status Code: 403, Request ID: d8ee3773-3046-41d0-9b95-373ec1ae7b07)',
      '	at software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)',
    ),
    accept: ['escalate'],
  },
  {
    id: 's3-access-denied-go',
    family: 's3-access-denied',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('exporter-s3')],
    previousLog: log(
      'level=error ts=2026-02-11T08:10:00Z msg="write manifest" err="operation error S3: PutObject, https response error StatusCode: 403, RequestID: XQ1B2C3D4E5F, HostID: abc=, api error AccessDenied: Access Denied"',
    ),
    accept: ['escalate'],
  },
  {
    id: 's3-access-denied-boto',
    family: 's3-access-denied',
    source: 'boto3 docs (ClientError AccessDenied when calling the GetObject operation)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('model-loader')],
    previousLog: log(
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ containers that cannot be created or run
  {
    id: 'ccce-missing-secret-key',
    family: 'container-config',
    source: "https://kubernetes.io/docs/concepts/configuration/secret/ (couldn't find key in Secret)",
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'api',
        waiting: {
          reason: 'CreateContainerConfigError',
          message: "couldn't find key DB_PASSWORD in Secret payments/api-db",
        },
      },
    ],
    events: [
      {
        reason: 'Failed',
        message: "Error: couldn't find key DB_PASSWORD in Secret payments/api-db",
        count: 11,
      },
    ],
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'ccce-missing-configmap',
    family: 'container-config',
    source: 'https://kubernetes.io/docs/concepts/configuration/configmap/',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'worker',
        waiting: { reason: 'CreateContainerConfigError', message: 'configmap "worker-settings" not found' },
      },
    ],
    events: [{ reason: 'Failed', message: 'Error: configmap "worker-settings" not found', count: 6 }],
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'run-container-error-exec-perm',
    family: 'container-start',
    source: 'https://github.com/opencontainers/runc/issues (exec: permission denied)',
    signal: 'RunContainerError',
    containers: [
      {
        name: 'app',
        waiting: {
          reason: 'RunContainerError',
          message:
            'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/start.sh": permission denied: unknown',
        },
        last: { reason: 'StartError', exitCode: 128 },
        restarts: 4,
      },
    ],
    events: [
      {
        reason: 'Failed',
        message:
          'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/start.sh": permission denied: unknown',
        count: 5,
      },
    ],
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'run-container-error-subpath',
    family: 'container-start',
    source: 'kubernetes/kubernetes issues (error mounting ... not a directory, subPath)',
    signal: 'RunContainerError',
    containers: [
      {
        name: 'proxy',
        waiting: {
          reason: 'RunContainerError',
          message:
            'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/var/lib/kubelet/pods/1a2b/volume-subpaths/conf/proxy/0" to rootfs at "/etc/envoy/envoy.yaml": mount /proc/self/fd/9:/etc/envoy/envoy.yaml (via /proc/self/fd/11), flags: 0x5001: not a directory: unknown',
        },
        last: { reason: 'StartError', exitCode: 128 },
        restarts: 3,
      },
    ],
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'create-container-error-no-command',
    family: 'container-start',
    source: 'cri-o / containerd issues (CreateContainerError: no command specified)',
    signal: 'CreateContainerError',
    phase: 'Pending',
    containers: [
      {
        name: 'sidecar',
        waiting: { reason: 'CreateContainerError', message: 'Error: no command specified' },
      },
    ],
    events: [{ reason: 'Failed', message: 'Error: no command specified', count: 8 }],
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'create-container-error-name-reserved',
    family: 'container-start',
    source: 'https://github.com/kubernetes/kubernetes/issues (failed to reserve container name)',
    signal: 'CreateContainerError',
    phase: 'Pending',
    containers: [
      {
        name: 'api',
        waiting: {
          reason: 'CreateContainerError',
          message: 'context deadline exceeded',
        },
      },
    ],
    events: [
      { reason: 'Failed', message: 'Error: context deadline exceeded', count: 3 },
      {
        reason: 'Failed',
        message:
          'Error: failed to reserve container name "api_orders-7c9d8f6b5-q2w3e_shop_3f1a2b3c-0000-4000-8000-000000000001_0": name "api_orders-7c9d8f6b5-q2w3e_shop_3f1a2b3c-0000-4000-8000-000000000001_0" is reserved for "8a7b6c5d4e3f"',
        count: 9,
      },
    ],
    accept: ['restart-pod', 'escalate'],
  },
  // ------------------------------------------------------------ mounts that keep a pod in ContainerCreating
  {
    id: 'mount-configmap-not-found',
    family: 'volume-mount',
    source: 'https://github.com/kubernetes/kubernetes/issues/90725',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'apiserver', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message: 'Successfully assigned shop/apiserver-6f494c66d7-26lgm to ip-10-0-1-23.ec2.internal',
      },
      {
        reason: 'FailedMount',
        message: 'MountVolume.SetUp failed for volume "config" : configmap "apiserver-config" not found',
        count: 12,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[config], unattached volumes=[config kube-api-access-9k4zm]: timed out waiting for the condition',
        count: 3,
      },
    ],
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'mount-secret-not-found',
    family: 'volume-mount',
    source: 'https://kubernetes.io/docs/concepts/configuration/secret/',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'app', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedMount',
        message: 'MountVolume.SetUp failed for volume "tls" : secret "app-tls" not found',
        count: 20,
      },
    ],
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'mount-multi-attach',
    family: 'volume-mount',
    source: 'https://github.com/kubernetes/kubernetes/issues (Multi-Attach error for volume)',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'mysql', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedAttachVolume',
        message:
          'Multi-Attach error for volume "pvc-26d84a66-4549-470f-af69-5a4b53d6f9d9" Volume is already exclusively attached to one node and can\'t be attached to another',
        count: 1,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x]: timed out waiting for the condition',
        count: 4,
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'mount-ebs-attach-timeout',
    family: 'volume-mount',
    source: 'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/issues (AttachVolume.Attach failed)',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'kafka', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedAttachVolume',
        message:
          'AttachVolume.Attach failed for volume "pvc-0b1c2d3e" : rpc error: code = Internal desc = Could not attach volume "vol-0a1b2c3d4e5f" to node "i-0123456789abcdef0": attachment of disk "vol-0a1b2c3d4e5f" failed, expected device to be attached but was attaching',
        count: 6,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'mount-nfs-failed',
    family: 'volume-mount',
    source: 'kubernetes/kubernetes issues (mount.nfs: Connection timed out)',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'media', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedMount',
        message:
          'MountVolume.SetUp failed for volume "shared" : mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t nfs fs-0a1b.efs.eu-west-1.amazonaws.com:/ /var/lib/kubelet/pods/x/volumes/kubernetes.io~nfs/shared\nOutput: mount.nfs: Connection timed out',
        count: 7,
      },
    ],
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ init containers
  {
    id: 'init-crashloop-migrate',
    family: 'init-container',
    source: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-init-containers/',
    signal: 'CrashLoopBackOff',
    phase: 'Pending',
    initContainers: [
      {
        name: 'migrate',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=migrate' },
        last: { reason: 'Error', exitCode: 1 },
        restarts: 3,
      },
    ],
    containers: [{ name: 'api', waiting: { reason: 'PodInitializing' } }],
    previousLog: log(
      'Running migrations...',
      'django.db.utils.OperationalError: connection to server at "accounts-db" (10.0.6.4), port 5432 failed: FATAL:  password authentication failed for user "accounts"',
    ),
    accept: ['escalate'],
  },
  {
    id: 'init-wait-for-db-forever',
    family: 'init-container',
    source:
      'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/ (until nslookup ...; do echo waiting; sleep 2; done)',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [{ name: 'wait-for-mysql', running: { startedAt: '2026-02-11T07:10:00Z' } }],
    containers: [{ name: 'wordpress', waiting: { reason: 'PodInitializing' } }],
    currentLog: log(
      "nc: bad address 'mysql.blog.svc.cluster.local'",
      'waiting for mysql',
      "nc: bad address 'mysql.blog.svc.cluster.local'",
      'waiting for mysql',
      "nc: bad address 'mysql.blog.svc.cluster.local'",
      'waiting for mysql',
    ),
    accept: ['escalate'],
  },
  {
    id: 'init-error-vault-agent',
    family: 'init-container',
    source: 'https://github.com/hashicorp/vault-k8s/issues (permission denied on auth/kubernetes/login)',
    signal: 'CrashLoopBackOff',
    phase: 'Pending',
    initContainers: [
      {
        name: 'vault-agent-init',
        waiting: { reason: 'CrashLoopBackOff' },
        last: { reason: 'Error', exitCode: 1 },
        restarts: 5,
      },
    ],
    containers: [{ name: 'app', waiting: { reason: 'PodInitializing' } }],
    previousLog: log(
      '2026-02-11T08:10:00.000Z [INFO]  agent.auth.handler: authenticating',
      '2026-02-11T08:10:00.050Z [ERROR] agent.auth.handler: error authenticating: error="Error making API request.\n\nURL: PUT http://vault.vault:8200/v1/auth/kubernetes/login\nCode: 403. Errors:\n\n* permission denied" backoff=1s',
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ memory, for contrast: the known families in new clothes
  {
    id: 'oom-killed-python-json',
    family: 'memory',
    source: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'pandas-job',
        waiting: { reason: 'CrashLoopBackOff' },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
      },
    ],
    previousLog: log(chatter('json', 60), '{"level":"info","msg":"loading partition","rows":12000000}'),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'node-heap-json-pino',
    family: 'memory',
    source: 'https://nodejs.org/api/cli.html#--max-old-space-sizesize-in-megabytes',
    signal: 'CrashLoopBackOff',
    containers: [crashed('bff', 134)],
    previousLog: log(
      chatter('json', 40),
      '<--- Last few GCs --->',
      '[1:0x5f1e0a0]   912345 ms: Scavenge 1016.9 (1040.6) -> 1015.8 (1041.1) MB, 3.2 / 0.0 ms  (average mu = 0.201, current mu = 0.120) allocation failure;',
      'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },
];
