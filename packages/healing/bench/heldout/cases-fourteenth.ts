import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/**
 * A fourteenth batch, written without reading the catalog (its patterns, samples or diagnosis code)
 * and not yet scored: Kubernetes on AWS (EKS) as an on-call sees it. IAM and credentials through
 * IRSA and EKS Pod Identity in the Go, Java, Python, JavaScript and Rust SDKs (STS, KMS, Secrets
 * Manager, SSM), AWS throttling and quotas (DynamoDB, S3 `SlowDown` under TiFlash, CloudWatch Logs
 * under Fluent Bit, SQS, Lambda, the VPC CNI and ipamd), storage (EBS CSI multi-attach and zones,
 * the EFS mount helper, InfluxDB on a full EBS volume), nodes (Nitro NVMe timeouts, PLEG, Karpenter,
 * the cluster autoscaler, image-filesystem evictions, aws-node and kube-proxy, ECR pulls), load
 * balancing (the AWS Load Balancer Controller, ALB keep-alive 502s, the VPC resolver behind CoreDNS)
 * and memory (the Java SDK's connection pool, ADOT/X-Ray, an Eclipse Dataspace Connector heap cap,
 * Karpenter's own OOM). About half tempt a wrong mutation; the wording is quoted from the public
 * thread in each `source`.
 */
export const FOURTEENTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- IAM and credentials
  {
    id: 'fourteenth-go-irsa-no-oidc-provider',
    family: 'aws-credentials',
    source: 'https://github.com/namespacelabs/foundation/issues/801',
    signal: 'CrashLoopBackOff',
    containers: [crashed('artifact-indexer')],
    previousLog: log(
      '{"level":"info","ts":"2026-02-11T08:27:01.118Z","caller":"cmd/main.go:64","msg":"starting artifact-indexer","version":"2.3.1","region":"us-east-1"}',
      '{"level":"info","ts":"2026-02-11T08:27:01.120Z","caller":"awsclient/config.go:41","msg":"using web identity credentials","token_file":"/var/run/secrets/eks.amazonaws.com/serviceaccount/token","role_arn":"arn:aws:iam::111122223333:role/artifact-indexer"}',
      '{"level":"info","ts":"2026-02-11T08:27:01.121Z","caller":"cmd/main.go:88","msg":"Connecting to AWS S3.","bucket":"prod-build-artifacts"}',
      '{"level":"fatal","ts":"2026-02-11T08:27:05.131Z","caller":"cmd/main.go:97","msg":"initial bucket listing failed","error":"operation error S3: ListObjectsV2, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: 15810d8a-d7cf-4cf6-a789-344247a93714, InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.us-east-1.amazonaws.com/id/8F3A1C0D2B7E4A9C"}',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fourteenth-java-sdk-sts-module-missing-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/xtdb/xtdb/pull/4238',
    signal: 'CrashLoopBackOff',
    containers: [crashed('ledger-export', 1, 5)],
    rollout: { minutesAgo: 14, previousTag: '2.2.7' },
    previousLog: log(
      '2026-02-11 08:26:40.512  INFO 1 --- [           main] c.e.ledger.export.LedgerExportApplication : Starting LedgerExportApplication v2.3.1 using Java 21.0.5 with PID 1',
      '2026-02-11 08:26:43.077  INFO 1 --- [           main] c.e.ledger.export.config.AwsConfig       : Creating S3Client for region us-east-1 with DefaultCredentialsProvider',
      "2026-02-11 08:26:43.301  WARN 1 --- [           main] s.a.a.a.c.i.WebIdentityCredentialsUtils  : To use web identity tokens, the 'sts' service module must be on the class path.",
      '2026-02-11 08:26:44.912 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed',
      '',
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'exportBucketProbe': Invocation of init method failed",
      "Caused by: software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., WebIdentityTokenCredentialsProvider(): To use web identity tokens, the 'sts' service module must be on the class path., ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])): Profile file contained no credentials for profile 'default': ProfileFile(sections=[]), ContainerCredentialsProvider(): Cannot fetch credentials from container - neither AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]",
      '\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)',
      '\tat software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain.resolveCredentials(AwsCredentialsProviderChain.java:130)',
      'Caused by: java.lang.ClassNotFoundException: software.amazon.awssdk.services.sts.internal.StsWebIdentityCredentialsProviderFactory',
      '\tat java.base/jdk.internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)',
      '\tat software.amazon.awssdk.utils.ClassLoaderHelper.loadClass(ClassLoaderHelper.java:114)',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'fourteenth-boto3-pod-identity-expired-token',
    family: 'aws-credentials',
    source: 'https://github.com/boto/botocore/issues/3117',
    signal: 'Alert',
    containers: [
      { name: 'report-worker', running: { startedAt: '2026-02-09T10:47:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      chatter('plain', 10),
      '2026-02-11 08:24:55,284 ERROR [report_worker.jobs] job 88213 failed',
      'Traceback (most recent call last):',
      '  File "/opt/pysetup/app/report_worker/jobs.py", line 142, in run',
      '    bucket.upload_file(path, key)',
      '  File "/opt/pysetup/.venv/lib/python3.12/site-packages/boto3/resources/factory.py", line 581, in do_action',
      '    response = action(self, *args, **kwargs)',
      '  File "/opt/pysetup/.venv/lib/python3.12/site-packages/botocore/client.py", line 553, in _api_call',
      '    return self._make_api_call(operation_name, kwargs)',
      '  File "/opt/pysetup/.venv/lib/python3.12/site-packages/botocore/credentials.py", line 2034, in _get_credentials',
      '    raise CredentialRetrievalError(provider=self.METHOD, error_msg=error_msg)',
      'botocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response 400 from container metadata: [18b9740f-d967-4c97-86da-2f50f794b032]: (ExpiredTokenException): The token included in the request is expired: current date/time 2026-02-11T08:24:55.284028Z must be before the expiration date/time 2026-02-10T10:47:44Z., fault: client',
      chatter('plain', 4, 10),
      '2026-02-11 08:27:12,901 ERROR [report_worker.jobs] job 88214 failed: Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response 400 from container metadata: [5c0e2a71-0b4e-4f1d-9a55-2c3b0e6f7d19]: (ExpiredTokenException): The token included in the request is expired: current date/time 2026-02-11T08:27:12.901133Z must be before the expiration date/time 2026-02-10T10:47:44Z., fault: client',
    ),
    accept: ['restart-pod', 'escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'fourteenth-jsv3-not-authorized-assume-role-web-identity',
    family: 'aws-credentials',
    source: 'https://github.com/aws/aws-sdk-js-v3/issues/6225',
    signal: 'CrashLoopBackOff',
    containers: [crashed('quote-api', 1, 6)],
    previousLog: log(
      '{"level":30,"time":1770798401102,"pid":1,"hostname":"quote-api-6f9c7b8d5-x2m4q","msg":"loading configuration","region":"sa-east-1"}',
      '{"level":30,"time":1770798401311,"pid":1,"hostname":"quote-api-6f9c7b8d5-x2m4q","msg":"warming DynamoDB table metadata","table":"quotes"}',
      '{"level":60,"time":1770798402544,"pid":1,"hostname":"quote-api-6f9c7b8d5-x2m4q","err":{"type":"AccessDenied","message":"Not authorized to perform sts:AssumeRoleWithWebIdentity","stack":"AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)\\n    at /app/node_modules/@smithy/smithy-client/dist-cjs/index.js:876:5\\n    at de_CommandError (/app/node_modules/@aws-sdk/client-sts/dist-cjs/index.js:1093:14)\\n    at async /app/node_modules/@aws-sdk/credential-provider-web-identity/dist-cjs/fromWebToken.js:21:29","name":"AccessDenied","$fault":"client","$metadata":{"httpStatusCode":403,"requestId":"7d1e5a93-2b1c-4e0a-8f55-0f6c2a9d1e44","attempts":1,"totalRetryDelay":0}},"msg":"startup failed"}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-vector-pod-identity-not-loopback',
    family: 'aws-credentials',
    source: 'https://github.com/vectordotdev/helm-charts/issues/452',
    signal: 'Alert',
    containers: [{ name: 'vector', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '2026-02-11T08:20:02.114517Z  INFO vector::app: Log level is enabled. level="info"',
      '2026-02-11T08:20:02.118001Z  INFO vector::app: Loaded with configuration. config_paths=[File("/etc/vector/vector.yaml", None)]',
      '2026-02-11T08:20:02.260118Z  INFO vector::topology::running: Running healthchecks.',
      '2026-02-11T08:20:02.263790Z  INFO vector: Vector has started. debug="false" version="0.34.1" arch="x86_64" revision="86f1c22 2023-11-16 14:59:10.486846964"',
      '2026-02-11T08:20:03.145163Z  WARN source{component_kind="source" component_id=s3_flow_logs component_type=aws_s3}:lazy_load_identity: aws_config::meta::credentials::chain: provider failed to provide credentials provider=EcsContainer error=the credentials provider was not properly configured: invalid full URI for ECS provider (URI did not refer to the loopback interface): http://169.254.170.23/v1/credentials (InvalidConfiguration(InvalidConfiguration { source: "invalid full URI for ECS provider (URI did not refer to the loopback interface): http://169.254.170.23/v1/credentials" }))',
      '2026-02-11T08:20:03.146031Z ERROR source{component_kind="source" component_id=s3_flow_logs component_type=aws_s3}: vector::internal_events::aws_sqs: Failed to fetch SQS events. error=dispatch failure error_code="failed_fetching_sqs_events" error_type="request_failed" stage="receiving" internal_log_rate_limit=true',
      chatter('tracing', 6),
      '2026-02-11T08:26:41.882640Z  WARN sink{component_kind="sink" component_id=s3_archive component_type=aws_s3}:lazy_load_identity: aws_config::meta::credentials::chain: provider failed to provide credentials provider=EcsContainer error=the credentials provider was not properly configured: invalid full URI for ECS provider (URI did not refer to the loopback interface): http://169.254.170.23/v1/credentials (InvalidConfiguration(InvalidConfiguration { source: "invalid full URI for ECS provider (URI did not refer to the loopback interface): http://169.254.170.23/v1/credentials" }))',
      '2026-02-11T08:26:41.882991Z ERROR sink{component_kind="sink" component_id=s3_archive component_type=aws_s3}:request{request_id=412}: vector::sinks::util::retries: Not retriable; dropping the request. reason="dispatch failure" internal_log_rate_limit=true',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-kms-decrypt-denied-rollout-not-the-cause',
    family: 'aws-credentials',
    source: 'https://github.com/ministryofjustice/modernisation-platform-environments/pull/10745',
    signal: 'Alert',
    containers: [{ name: 'statement-service', running: {}, ready: true, restarts: 0 }],
    rollout: {
      minutesAgo: 38,
      addedEnv: { LOGGING_LEVEL_ROOT: 'INFO', MANAGEMENT_TRACING_SAMPLING_PROBABILITY: '0.05' },
    },
    currentLog: log(
      '2026-02-11 07:53:04.201  INFO 1 --- [           main] c.e.statements.StatementApplication      : Started StatementApplication in 11.482 seconds (process running for 12.3)',
      chatter('json', 30),
      '2026-02-11 08:24:17.660 ERROR 1 --- [nio-8080-exec-7] c.e.statements.web.StatementController   : statement render failed for account 4410921 period 2026-01',
      '',
      'com.amazonaws.services.s3.model.AmazonS3Exception: User: arn:aws:sts::111122223333:assumed-role/statement-service-irsa/botocore-session-1770798257 is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-2:111122223333:key/0b6f5c2e-4d7a-4c8e-9f3b-1a2d3e4f5a6b because no identity-based policy allows the kms:Decrypt action (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: TMZDENVDWQ8V6JV53; S3 Extended Request ID: 6Av1FXprlxRXDazevV+VEmp2Y9AImBndpQe9biZPA/uW2nBGR9RKxrILhF+2qTlGANGDKJ6yH/rQ=; Proxy: null)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)',
      '\tat com.amazonaws.services.s3.AmazonS3Client.getObject(AmazonS3Client.java:1517)',
      '\tat c.e.statements.store.LedgerArchive.read(LedgerArchive.java:88)',
      chatter('json', 6, 30),
      '2026-02-11 08:27:51.019 ERROR 1 --- [nio-8080-exec-2] c.e.statements.web.StatementController   : statement render failed for account 5120334 period 2026-01: User: arn:aws:sts::111122223333:assumed-role/statement-service-irsa/botocore-session-1770798257 is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-2:111122223333:key/0b6f5c2e-4d7a-4c8e-9f3b-1a2d3e4f5a6b because no identity-based policy allows the kms:Decrypt action (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)',
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'fourteenth-secrets-store-csi-fetch-failed',
    family: 'aws-secrets',
    source: 'https://github.com/aws/secrets-store-csi-driver-provider-aws/issues/401',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'pricing-engine', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned prod/pricing-engine-7c9f8d6b44-q8w2n to ip-10-42-17-83.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedMount',
        count: 31,
        message:
          'MountVolume.SetUp failed for volume "secrets-store-inline" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod prod/pricing-engine-7c9f8d6b44-q8w2n, err: rpc error: code = Unknown desc = Failed to fetch secret from all regions: arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/pricing-engine/db-pmUT8Z',
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fourteenth-ssm-parameter-not-found-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/awslabs/aws-simple-cicd/issues/10',
    signal: 'CrashLoopBackOff',
    containers: [crashed('billing-sync', 1, 4)],
    rollout: { minutesAgo: 9, addedEnv: { SSM_CONFIG_PREFIX: '/prod/billing-sync-v2' } },
    previousLog: log(
      '2026-02-11 08:27:30,004 INFO  [billing_sync.settings] loading settings from SSM prefix /prod/billing-sync-v2',
      'Traceback (most recent call last):',
      '  File "/app/billing_sync/__main__.py", line 12, in <module>',
      '    settings = load_settings()',
      '  File "/app/billing_sync/settings.py", line 58, in load_settings',
      '    value = ssm.get_parameter(Name=f"{prefix}/{name}", WithDecryption=True)["Parameter"]["Value"]',
      '  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 565, in _api_call',
      '    return self._make_api_call(operation_name, kwargs)',
      '  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 1021, in _make_api_call',
      '    raise error_class(parsed_response, operation_name)',
      'botocore.errorfactory.ParameterNotFound: An error occurred (ParameterNotFound) when calling the GetParameter operation: ',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'fourteenth-pod-identity-chained-role-tag-session',
    family: 'aws-credentials',
    source: 'https://github.com/mattrobinsonsre/terrapod/pull/1546',
    signal: 'Alert',
    containers: [{ name: 'zone-sync', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T08:20:00.004Z","logger":"controller-runtime.metrics","msg":"Serving metrics server","bindAddress":":8080","secure":false}',
      '{"level":"info","ts":"2026-02-11T08:20:00.131Z","msg":"Starting workers","controller":"hostedzonebinding","worker count":2}',
      chatter('json', 8),
      '{"level":"error","ts":"2026-02-11T08:21:14.402Z","msg":"Reconciler error","controller":"hostedzonebinding","HostedZoneBinding":{"name":"payments-public","namespace":"prod"},"reconcileID":"b7e0f2c4-6a1d-4e59-8c3b-2d9f7a0e1c55","error":"assume role arn:aws:iam::444455556666:role/automation: operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 0c4b8e1a-7f2d-4b39-a6e5-3d1c9f8a2b70, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/zone-sync-pod-identity/eks-prod-zone-sync-6d8b9-0c1f2e3d is not authorized to perform: sts:TagSession on resource: arn:aws:iam::444455556666:role/automation"}',
      chatter('json', 5, 8),
      '{"level":"error","ts":"2026-02-11T08:26:40.915Z","msg":"Reconciler error","controller":"hostedzonebinding","HostedZoneBinding":{"name":"payments-public","namespace":"prod"},"reconcileID":"1f9a3c7e-0b2d-4c68-9e14-7a5b3c2d1e0f","error":"assume role arn:aws:iam::444455556666:role/automation: operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 9e2d7c1b-4a3f-4e8d-b5c6-0a1f2e3d4c5b, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/zone-sync-pod-identity/eks-prod-zone-sync-6d8b9-0c1f2e3d is not authorized to perform: sts:TagSession on resource: arn:aws:iam::444455556666:role/automation"}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-sts-global-endpoint-io-timeout',
    family: 'aws-credentials',
    source: 'https://github.com/aws-controllers-k8s/community/issues/1040',
    signal: 'Alert',
    containers: [{ name: 's3-controller', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '2026-02-11T08:20:01.442Z\tINFO\tsetup\tinitializing service controller\t{"aws.service": "s3"}',
      '2026-02-11T08:20:01.955Z\tINFO\tsetup\tstarting manager\t{"aws.service": "s3"}',
      '2026-02-11T08:20:02.061Z\tINFO\tcontroller.bucket\tStarting workers\t{"reconciler group": "s3.services.k8s.aws", "reconciler kind": "Bucket", "worker count": 1}',
      '2026-02-11T08:21:32.876Z\tERROR\tcontroller-runtime.controller\tReconciler error\t{"controller": "bucket", "request": "prod/invoices-archive", "error": "WebIdentityErr: failed to retrieve credentials\\ncaused by: RequestError: send request failed\\ncaused by: Post \\"https://sts.amazonaws.com/\\": dial tcp 54.239.29.25:443: i/o timeout"}',
      '2026-02-11T08:23:03.114Z\tERROR\tcontroller-runtime.controller\tReconciler error\t{"controller": "bucket", "request": "prod/exports-staging", "error": "WebIdentityErr: failed to retrieve credentials\\ncaused by: RequestError: send request failed\\ncaused by: Post \\"https://sts.amazonaws.com/\\": dial tcp 54.239.29.25:443: i/o timeout"}',
      '2026-02-11T08:26:34.590Z\tERROR\tcontroller-runtime.controller\tReconciler error\t{"controller": "bucket", "request": "prod/invoices-archive", "error": "WebIdentityErr: failed to retrieve credentials\\ncaused by: RequestError: send request failed\\ncaused by: Post \\"https://sts.amazonaws.com/\\": dial tcp 54.239.29.25:443: i/o timeout"}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-external-secret-missing-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/external-secrets/kubernetes-external-secrets/issues/769',
    signal: 'CreateContainerConfigError',
    containers: [
      {
        name: 'ledger-api',
        waiting: { reason: 'CreateContainerConfigError', message: 'secret "ledger-api-db" not found' },
      },
    ],
    rollout: { minutesAgo: 12, addedSecrets: ['ledger-api-db'] },
    events: [
      {
        reason: 'Pulled',
        type: 'Normal',
        message: 'Container image "registry.example.com/prod/ledger-api:2.3.1" already present on machine',
        count: 9,
      },
      { reason: 'Failed', message: 'Error: secret "ledger-api-db" not found', count: 9 },
    ],
    accept: ['rollback', 'escalate'],
  },
  // ---------------------------------------------------------------- AWS throttling and quotas
  {
    id: 'fourteenth-dynamodb-provisioned-throughput-exceeded',
    family: 'aws-throttling',
    source: 'https://github.com/aws/aws-sdk-java/issues/356',
    signal: 'Alert',
    containers: [{ name: 'session-store', running: {}, ready: true, restarts: 0 }],
    events: [
      {
        reason: 'ScalingReplicaSet',
        type: 'Normal',
        on: 'Deployment',
        message: 'Scaled up replica set session-store-7d4b9c6f8 to 12 from 4',
      },
    ],
    currentLog: log(
      chatter('json', 12),
      '{"@timestamp":"2026-02-11T08:22:41.337Z","@version":"1","message":"PUT /sessions/4c1f failed","logger_name":"c.e.sessions.SessionController","thread_name":"http-nio-8080-exec-14","level":"ERROR","level_value":40000,"stack_trace":"software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (Service: DynamoDb, Status Code: 400, Request ID: S2EPJGCIS90589SFV7ESTAHF9NVV4KQNSO5AEMVJF66Q9ASUAAJG)\\n\\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\\n\\tat software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.putItem(DefaultDynamoDbClient.java:4243)\\n\\tat c.e.sessions.store.DynamoSessionStore.save(DynamoSessionStore.java:61)\\n"}',
      chatter('json', 4, 12),
      '{"@timestamp":"2026-02-11T08:25:02.918Z","@version":"1","message":"PUT /sessions/9b02 failed","logger_name":"c.e.sessions.SessionController","thread_name":"http-nio-8080-exec-3","level":"ERROR","level_value":40000,"stack_trace":"software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (Service: DynamoDb, Status Code: 400, Request ID: FEGCCGQ50197JHGH9R2DSLN0TFVV4KQNSO5AEMVJF66Q9ASUAAJG)\\n"}',
      '{"@timestamp":"2026-02-11T08:25:03.002Z","@version":"1","message":"Completed 503 SERVICE_UNAVAILABLE","logger_name":"o.s.web.servlet.DispatcherServlet","thread_name":"http-nio-8080-exec-3","level":"WARN","level_value":30000}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-tiflash-s3-slowdown',
    family: 'aws-throttling',
    source: 'https://github.com/pingcap/tiflash/issues/10538',
    signal: 'Alert',
    containers: [{ name: 'tiflash-compute', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '[2026/02/11 08:20:03.114 +00:00] [INFO] [Server.cpp:1408] ["Start listening for TCP connections"] [thread_id=1]',
      '[2026/02/11 08:24:55.144 +00:00] [INFO] [PocoHTTPClient.cpp:388] ["Response status: 503, Slow Down"] [source="URI=http://prod-tiflash-disagg.s3.us-east-1.amazonaws.com/tiflash-root/s8011/data/ks_1_t_717/dmf_162983/17.dat pool=false"] [thread_id=364]',
      '[2026/02/11 08:24:55.146 +00:00] [WARN] [S3Common.cpp:156] ["tag=AWSErrorMarshaller message=Encountered AWSError \'SlowDown\': Please reduce your request rate."] [source=AWSClient] [thread_id=364]',
      '[2026/02/11 08:24:55.149 +00:00] [WARN] [S3Common.cpp:156] ["tag=AWSXmlClient message=HTTP response code: 503\\nResolved remote host IP address: 3.5.149.200:80\\nRequest ID: 5WYFY5P28HFWHTHX\\nException name: SlowDown\\nError message: Please reduce your request rate.\\n7 response headers:\\nconnection : close\\ncontent-type : application/xml\\nserver : AmazonS3"] [source=AWSClient] [thread_id=364]',
      '[2026/02/11 08:25:02.871 +00:00] [WARN] [S3Common.cpp:156] ["tag=AWSErrorMarshaller message=Encountered AWSError \'SlowDown\': Please reduce your request rate."] [source=AWSClient] [thread_id=371]',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-fluent-bit-cloudwatch-throttled',
    family: 'aws-throttling',
    source: 'https://github.com/fluent/fluent-bit/issues/4553',
    signal: 'Alert',
    containers: [
      { name: 'checkout', running: {}, ready: true, restarts: 0 },
      { name: 'log-router', running: {}, ready: true, restarts: 0 },
    ],
    currentLog: log(
      'Fluent Bit v2.2.2',
      '[2026/02/11 08:20:01] [ info] [output:cloudwatch_logs:cloudwatch_logs.0] worker #0 started',
      '[2026/02/11 08:20:01] [ info] [sp] stream processor started',
      "[2026/02/11 08:23:04] [error] [output:cloudwatch_logs:cloudwatch_logs.0] PutLogEvents API responded with error='ThrottlingException', message='Rate exceeded for logStreamName checkout-7d9f-log-router'",
      '[2026/02/11 08:23:04] [error] [output:cloudwatch_logs:cloudwatch_logs.0] Failed to send log events',
      '[2026/02/11 08:23:04] [error] [output:cloudwatch_logs:cloudwatch_logs.0] Failed to send events',
      "[2026/02/11 08:23:04] [ warn] [engine] failed to flush chunk '1-1770798184.118272001.flb', retry in 9 seconds: task_id=3, input=tail.0 > output=cloudwatch_logs.0 (out_id=0)",
      "[2026/02/11 08:23:13] [error] [output:cloudwatch_logs:cloudwatch_logs.0] PutLogEvents API responded with error='ThrottlingException', message='Rate exceeded for logStreamName checkout-7d9f-log-router'",
      '[2026/02/11 08:23:13] [error] [output:cloudwatch_logs:cloudwatch_logs.0] Failed to send log events',
      '[2026/02/11 08:27:40] [ warn] [input] tail.0 paused (mem buf overlimit)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-vpc-cni-no-ip-for-sandbox',
    family: 'ip-exhaustion',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/3989',
    signal: 'Alert',
    containers: [{ name: 'search-frontend', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned prod/search-frontend-79f545d68-ztz4r to ip-10-1-6-216.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedCreatePodSandBox',
        count: 46,
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "2585244756197a04982514cc97947f5b7f702492df9776871fa3d7d3b3cba718": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container',
      },
      {
        reason: 'SandboxChanged',
        type: 'Normal',
        count: 45,
        message: 'Pod sandbox changed, it will be killed and re-created.',
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fourteenth-aws-node-subnet-out-of-addresses',
    family: 'ip-exhaustion',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/issues/872',
    signal: 'CrashLoopBackOff',
    containers: [crashed('aws-node', 1, 9)],
    previousLog: log(
      'time="2026-02-11T08:26:02Z" level=info msg="Starting IPAM daemon... "',
      'time="2026-02-11T08:26:02Z" level=info msg="Checking for IPAM connectivity... "',
      '{"level":"info","ts":"2026-02-11T08:26:03.118Z","caller":"ipamd/ipamd.go:938","msg":"Trying to allocate 1 IP addresses on ENI eni-0aaaafcedcb7b0940"}',
      '{"level":"error","ts":"2026-02-11T08:26:03.402Z","caller":"ipamd/ipamd.go:934","msg":"Failed to allocate a private IP/Prefix addresses on ENI eni-0aaaafcedcb7b0940: InsufficientFreeAddressesInSubnet: The specified subnet does not have enough free addresses to satisfy the request.\\n\\tstatus code: 400, request id: aeac321e-be9f-4a13-9b2f-e6ef5985689a"}',
      '{"level":"error","ts":"2026-02-11T08:26:03.403Z","caller":"aws-k8s-agent/main.go:30","msg":"Initialization failure: failed to allocate one IP addresses on ENI eni-0aaaafcedcb7b0940, err: allocate IP address: failed to allocate a private IP address: InsufficientFreeAddressesInSubnet: The specified subnet does not have enough free addresses to satisfy the request.\\n\\tstatus code: 400, request id: aeac321e-be9f-4a13-9b2f-e6ef5985689a"}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-sqs-overlimit-messages-not-deleted',
    family: 'aws-quota',
    source: 'https://github.com/Cbsoftware/pressureNET-server/issues/74',
    signal: 'Alert',
    containers: [{ name: 'webhook-dispatcher', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      chatter('logfmt', 8),
      'time=2026-02-11T08:23:10.551Z level=info msg="received batch" queue=webhook-deliveries messages=10 in_flight=119990',
      'time=2026-02-11T08:23:10.944Z level=error msg="receive failed" queue=webhook-deliveries error="SQSError: 403 Forbidden\\n<?xml version=\\"1.0\\"?><ErrorResponse xmlns=\\"http://queue.amazonaws.com/doc/2012-11-05/\\"><Error><Type>Sender</Type><Code>OverLimit</Code><Message>Too many messages have been received without being deleted.\\nPlease delete your received messages or let them timeout before receiving more.</Message><Detail/></Error><RequestId>968a5682-4f94-594b-b799-1dceb923e3a0</RequestId></ErrorResponse>"',
      chatter('logfmt', 4, 8),
      'time=2026-02-11T08:26:12.002Z level=error msg="receive failed" queue=webhook-deliveries error="SQSError: 403 Forbidden\\n<?xml version=\\"1.0\\"?><ErrorResponse xmlns=\\"http://queue.amazonaws.com/doc/2012-11-05/\\"><Error><Type>Sender</Type><Code>OverLimit</Code><Message>Too many messages have been received without being deleted.\\nPlease delete your received messages or let them timeout before receiving more.</Message><Detail/></Error><RequestId>1b7f0c3e-8a2d-5e6f-9c01-4d3e2f1a0b9c</RequestId></ErrorResponse>"',
      'time=2026-02-11T08:26:12.003Z level=warn msg="delete skipped" queue=webhook-deliveries reason="ack disabled for dry-run deliveries" count=10',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-lambda-invoke-throttled-under-breaker-noise',
    family: 'aws-throttling',
    source: 'https://github.com/HumanCellAtlas/data-store/issues/1118',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'thumbnail-gateway',
        running: {},
        ready: false,
        restarts: 0,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        count: 18,
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      },
    ],
    currentLog: log(
      '2026-02-11 08:20:11.082  INFO 1 --- [           main] c.e.thumbs.ThumbnailGatewayApplication   : Started ThumbnailGatewayApplication in 9.114 seconds',
      chatter('json', 6),
      '2026-02-11 08:21:40.207 ERROR 1 --- [io-8080-exec-11] c.e.thumbs.render.LambdaRenderer         : invoke of thumbnail-render failed',
      'com.amazonaws.services.lambda.model.TooManyRequestsException: Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException; Request ID: df10f912-3923-11e8-90e4-33aa472c10eb)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1799)',
      '\tat com.amazonaws.services.lambda.AWSLambdaClient.executeInvoke(AWSLambdaClient.java:3076)',
      '\tat c.e.thumbs.render.LambdaRenderer.render(LambdaRenderer.java:57)',
      "2026-02-11 08:21:52.611  WARN 1 --- [io-8080-exec-14] i.g.r.c.i.CircuitBreakerStateMachine     : Event STATE_TRANSITION published: 2026-02-11T08:21:52.611Z: CircuitBreaker 'thumbnailRender' changed state from CLOSED to OPEN",
      ...Array.from(
        { length: 40 },
        (_, i) =>
          `2026-02-11 08:${String(22 + Math.floor(i / 8)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${String((i * 131) % 1000).padStart(3, '0')}  WARN 1 --- [io-8080-exec-${(i % 20) + 1}] c.e.thumbs.web.ThumbnailController      : CallNotPermittedException: CircuitBreaker 'thumbnailRender' is OPEN and does not permit further calls -> 503`,
      ),
      "2026-02-11 08:27:01.009  WARN 1 --- [io-8080-exec-4] i.g.r.c.i.CircuitBreakerStateMachine     : Event STATE_TRANSITION published: 2026-02-11T08:27:01.009Z: CircuitBreaker 'thumbnailRender' changed state from HALF_OPEN to OPEN",
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  // ---------------------------------------------------------------- storage on AWS
  {
    id: 'fourteenth-ebs-multi-attach-after-node-loss',
    family: 'ebs-attach',
    source: 'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/issues/542',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'keydb', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message: 'Successfully assigned prod/keydb-0 to ip-10-20-33-140.us-east-2.compute.internal',
      },
      {
        reason: 'FailedAttachVolume',
        count: 4,
        message:
          'Multi-Attach error for volume "pvc-16293fb9-4a67-4508-b112-178e5c4455cd" Volume is already exclusively attached to one node and can\'t be attached to another',
      },
      {
        reason: 'FailedMount',
        count: 2,
        message:
          'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x4rzc]: timed out waiting for the condition',
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fourteenth-ebs-volume-in-another-zone',
    family: 'ebs-zone',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/2971',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'meilisearch', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedScheduling',
        count: 8,
        message:
          "0/6 nodes are available: 1 node(s) had volume node affinity conflict, 2 node(s) didn't match Pod's node affinity/selector, 3 Insufficient cpu. preemption: 0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.",
      },
      {
        reason: 'Nominated',
        type: 'Normal',
        count: 6,
        message: 'Pod should schedule on ip-10-20-93-221.us-east-2.compute.internal',
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-efs-mount-name-not-resolved',
    family: 'efs-mount',
    source: 'https://github.com/cybertronai/ncluster/issues/41',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'render-farm', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedMount',
        count: 12,
        message:
          'MountVolume.SetUp failed for volume "shared-assets" : rpc error: code = Internal desc = Could not mount "fs-2ef75f85:/" at "/var/lib/kubelet/pods/62515119-fcfb-45ab-a0c0-00daf4c2f9c4/volumes/kubernetes.io~csi/shared-assets/mount": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t efs -o tls fs-2ef75f85:/ /var/lib/kubelet/pods/62515119-fcfb-45ab-a0c0-00daf4c2f9c4/volumes/kubernetes.io~csi/shared-assets/mount\nOutput: mount.nfs: Failed to resolve server fs-2ef75f85.efs.us-west-2.amazonaws.com: Name or service not known',
      },
      {
        reason: 'FailedMount',
        count: 5,
        message:
          'Unable to attach or mount volumes: unmounted volumes=[shared-assets], unattached volumes=[shared-assets kube-api-access-7qz2d]: timed out waiting for the condition',
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fourteenth-ebs-csi-node-plugin-missing',
    family: 'csi-node',
    source: 'https://github.com/awslabs/mountpoint-s3-csi-driver/issues/107',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'grafana-loki-ingester', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'SuccessfulAttachVolume',
        type: 'Normal',
        message: 'AttachVolume.Attach succeeded for volume "pvc-b29fcc8c-65b9-4008-965f-c5f3061cb2bf"',
      },
      {
        reason: 'FailedMount',
        count: 8,
        message:
          'MountVolume.MountDevice failed for volume "pvc-b29fcc8c-65b9-4008-965f-c5f3061cb2bf" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of registered CSI drivers',
      },
    ],
    accept: ['escalate'],
    tolerated: ['cordon-drain-node', 'restart-pod'],
  },
  {
    id: 'fourteenth-influxdb-wal-on-full-ebs-volume',
    family: 'disk-full',
    source: 'https://github.com/influxdata/influxdb/issues/18156',
    signal: 'Alert',
    containers: [{ name: 'influxdb', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      'ts=2026-02-11T08:20:00.118204Z lvl=info msg="Welcome to InfluxDB" log_id=0Mqdyy6l000 version=v2.7.5 commit=09a9607fd9 build_date=2024-01-05T17:22:09Z log_level=info',
      'ts=2026-02-11T08:22:13.402117Z lvl=info msg="Cache snapshot (start)" log_id=0Mqdyy6l000 service=storage-engine engine=tsm1 op_name=tsm1_cache_snapshot op_event=start',
      'ts=2026-02-11T08:24:45.024179Z lvl=error msg="Error writing points" log_id=0Mqdyy6l000 org=plant bucket=sensors error="error writing WAL entry: write /var/lib/influxdb2/engine/wal/_11413.wal: no space left on device"',
      'ts=2026-02-11T08:24:45.615976Z lvl=info msg="Cache snapshot (start)" log_id=0Mqdyy6l000 service=storage-engine engine=tsm1 op_name=tsm1_cache_snapshot op_event=start',
      'ts=2026-02-11T08:24:45.702331Z lvl=info msg="Error writing snapshot" log_id=0Mqdyy6l000 service=storage-engine engine=tsm1 error="error opening new segment file for wal (1): write /var/lib/influxdb2/engine/wal/_11414.wal: no space left on device"',
      'ts=2026-02-11T08:26:10.441902Z lvl=error msg="Error writing points" log_id=0Mqdyy6l000 org=plant bucket=sensors error="error writing WAL entry: write /var/lib/influxdb2/engine/wal/_11413.wal: no space left on device"',
      'ts=2026-02-11T08:26:10.442015Z lvl=info msg="Write failed" log_id=0Mqdyy6l000 service=http path=/api/v2/write status=500',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  // ---------------------------------------------------------------- nodes on AWS
  {
    id: 'fourteenth-nitro-nvme-timeouts-read-only-fs',
    family: 'node-fault',
    source: 'https://github.com/kubernetes/kops/issues/5694',
    signal: 'CrashLoopBackOff',
    containers: [crashed('pdf-renderer', 1, 3)],
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', count: 3 },
      {
        reason: 'Unhealthy',
        count: 14,
        message:
          'Liveness probe failed: Get "http://10.42.8.17:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      },
    ],
    previousLog: log(
      '{"level":"info","ts":"2026-02-11T08:22:40.118Z","msg":"render completed","job":"inv-99120","pages":4}',
      '{"level":"error","ts":"2026-02-11T08:23:12.904Z","msg":"write spool file","error":"write /var/spool/render/inv-99121.pdf: input/output error"}',
      '{"level":"error","ts":"2026-02-11T08:23:13.006Z","msg":"write spool file","error":"open /var/spool/render/inv-99122.pdf: read-only file system"}',
      '{"level":"fatal","ts":"2026-02-11T08:23:13.110Z","msg":"spool directory is not writable","error":"open /var/spool/render/.probe: read-only file system"}',
    ),
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T08:26:02.002Z","msg":"starting pdf-renderer","version":"2.3.1"}',
      '{"level":"fatal","ts":"2026-02-11T08:26:33.417Z","msg":"spool directory is not writable","error":"mkdir /var/spool/render/tmp: read-only file system"}',
    ),
    accept: ['cordon-drain-node', 'replace-node', 'escalate'],
    harmful: ['rollback', 'raise-memory-limit'],
  },
  {
    id: 'fourteenth-kubelet-pleg-not-healthy',
    family: 'node-fault',
    source: 'https://github.com/aws-samples/eks-workshop-v2/issues/447',
    signal: 'NodeNotReady',
    containers: [{ name: 'orders-consumer', running: {}, ready: false, restarts: 0 }],
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', count: 1 },
      {
        reason: 'NodeNotReady',
        message:
          'Node ip-10-42-10-121.eu-west-1.compute.internal status is now: NodeNotReady: container runtime status check may not have completed yet, PLEG is not healthy: pleg was last seen active 3m12.704970756s ago; threshold is 3m0s',
        count: 4,
      },
      {
        reason: 'FailedKillPod',
        message:
          'error killing pod: failed to "KillPodSandbox" for "5f0b6a1e-2c4d-4b7e-9a31-7d2e8c1f0a44" with KillPodSandboxError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
      },
    ],
    accept: ['cordon-drain-node', 'replace-node', 'escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'fourteenth-karpenter-no-instance-type-fits',
    family: 'capacity',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/4738',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'feature-store', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedScheduling',
        count: 11,
        message:
          '0/9 nodes are available: 3 node(s) had untolerated taint {CriticalAddonsOnly: true}, 6 Insufficient memory. preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.',
      },
      {
        reason: 'FailedScheduling',
        count: 9,
        message:
          'Failed to schedule pod, incompatible with nodepool "monitoring", daemonset overhead={"cpu":"655m","memory":"628000Ki","pods":"7"}, no instance type satisfied resources {"cpu":"2655m","memory":"21599520Ki","pods":"8"} and requirements karpenter.k8s.aws/instance-category In [c m r], karpenter.k8s.aws/instance-generation Exists >2, karpenter.sh/capacity-type In [on-demand spot], karpenter.sh/nodepool In [monitoring], kubernetes.io/arch In [amd64 arm64], kubernetes.io/os In [linux], topology.kubernetes.io/zone In [us-east-1d] (no instance type met the scheduling requirements or had a required offering); incompatible with nodepool "system", daemonset overhead={"cpu":"655m","memory":"628000Ki","pods":"7"}, did not tolerate CriticalAddonsOnly=true:NoSchedule',
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-cluster-autoscaler-max-size-reached',
    family: 'capacity',
    source: 'https://github.com/kubernetes/autoscaler/issues/5692',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'etl-runner', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedScheduling',
        count: 23,
        message:
          "0/15 nodes are available: 3 Insufficient cpu, 12 node(s) didn't match Pod's node affinity/selector. preemption: 0/15 nodes are available: 12 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.",
      },
      {
        reason: 'NotTriggerScaleUp',
        type: 'Normal',
        count: 40,
        message:
          "pod didn't trigger scale-up: 12 node(s) didn't match Pod's node affinity/selector, 3 max node group size reached",
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-root-volume-full-of-images-eviction',
    family: 'node-disk',
    source: 'https://github.com/actions/actions-runner-controller/issues/1215',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [{ name: 'catalog-api', terminated: { reason: 'Error', exitCode: 137 } }],
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1883424Ki. Container catalog-api was using 10304Ki, request is 0, has larger consumption of ephemeral-storage.',
      },
      {
        reason: 'FreeDiskSpaceFailed',
        message:
          'failed to garbage collect required amount of images. Wanted to free 11069618585 bytes, but freed 0 bytes',
        count: 6,
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container catalog-api' },
    ],
    accept: ['escalate'],
    tolerated: ['cordon-drain-node', 'replace-node', 'restart-pod'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fourteenth-aws-node-races-kube-proxy-on-new-node',
    family: 'node-daemon',
    source: 'https://repost.aws/knowledge-center/eks-vpc-cni-plugin-api-server-failure',
    signal: 'CrashLoopBackOff',
    containers: [crashed('aws-node', 1, 2)],
    initContainers: [{ name: 'aws-vpc-cni-init', terminated: { reason: 'Completed', exitCode: 0 } }],
    previousLog: log(
      'time="2026-02-11T08:27:31Z" level=info msg="Starting IPAM daemon... "',
      'time="2026-02-11T08:27:31Z" level=info msg="Checking for IPAM connectivity... "',
      '{"level":"error","ts":"2026-02-11T08:28:03.735Z","caller":"aws-k8s-agent/main.go:28","msg":"Failed to create client: error communicating with apiserver: Get https://172.20.0.1:443/version?timeout=32s: dial tcp 172.20.0.1:443: i/o timeout"}',
    ),
    events: [
      {
        reason: 'Unhealthy',
        count: 6,
        message: 'Readiness probe failed: timeout: failed to connect service ":50051" within 5s',
      },
    ],
    accept: ['restart-pod', 'escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'fourteenth-ecr-no-basic-auth-credentials',
    family: 'image-pull',
    source: 'https://github.com/kubernetes/kubernetes/issues/83348',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'isam',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "111122223333.dkr.ecr.ap-southeast-1.amazonaws.com/isam:9.0.7.0"',
        },
      },
    ],
    events: [
      {
        reason: 'Failed',
        count: 4,
        message:
          'Failed to pull image "111122223333.dkr.ecr.ap-southeast-1.amazonaws.com/isam:9.0.7.0": rpc error: code = Unknown desc = failed to pull and unpack image "111122223333.dkr.ecr.ap-southeast-1.amazonaws.com/isam:9.0.7.0": failed to resolve reference "111122223333.dkr.ecr.ap-southeast-1.amazonaws.com/isam:9.0.7.0": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials',
      },
      { reason: 'Failed', count: 4, message: 'Error: ErrImagePull' },
      {
        reason: 'BackOff',
        type: 'Normal',
        count: 31,
        message: 'Back-off pulling image "111122223333.dkr.ecr.ap-southeast-1.amazonaws.com/isam:9.0.7.0"',
      },
    ],
    accept: ['escalate'],
    tolerated: ['cordon-drain-node', 'replace-node', 'restart-pod'],
    harmful: ['rollback'],
  },
  {
    id: 'fourteenth-ecr-tag-not-pushed-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/kubernetes/kops/issues/16762',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    rollout: { minutesAgo: 7, previousTag: '2.3.0' },
    containers: [
      {
        name: 'fraud-scorer',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-scorer:2.3.1"',
        },
      },
    ],
    events: [
      {
        reason: 'Failed',
        count: 3,
        message:
          'Failed to pull image "111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-scorer:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-scorer:2.3.1": failed to resolve reference "111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-scorer:2.3.1": 111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-scorer:2.3.1: not found',
      },
      { reason: 'Failed', count: 3, message: 'Error: ErrImagePull' },
      {
        reason: 'BackOff',
        type: 'Normal',
        count: 12,
        message: 'Back-off pulling image "111122223333.dkr.ecr.us-east-1.amazonaws.com/fraud-scorer:2.3.1"',
      },
    ],
    accept: ['rollback', 'escalate'],
  },
  // ---------------------------------------------------------------- load balancing and DNS
  {
    id: 'fourteenth-alb-health-check-path-404',
    family: 'load-balancer',
    source: 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/1284',
    signal: 'Alert',
    containers: [{ name: 'storefront', running: {}, ready: false, restarts: 0 }],
    currentLog: log(
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
      'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      'INFO:     10.42.3.7:51422 - "GET /healthz HTTP/1.1" 200 OK',
      ...Array.from({ length: 24 }, (_, i) =>
        i % 3 === 2
          ? 'INFO:     10.42.3.7:51422 - "GET /healthz HTTP/1.1" 200 OK'
          : `INFO:     10.42.${i % 2 === 0 ? '0.18' : '1.204'}:${40000 + i * 17} - "GET / HTTP/1.1" 404 Not Found`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'rollback'],
  },
  {
    id: 'fourteenth-alb-502-node-keepalive-shorter-than-idle-timeout',
    family: 'load-balancer',
    source: 'https://github.com/PublicMapping/districtbuilder/pull/448',
    signal: 'Alert',
    containers: [
      { name: 'districts-api', running: { startedAt: '2026-02-11T08:10:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      '{"level":30,"time":1770797400118,"pid":1,"hostname":"districts-api-5d7f8c9b6-l2k8x","msg":"Server listening at http://0.0.0.0:3005"}',
      '{"level":30,"time":1770797400119,"pid":1,"hostname":"districts-api-5d7f8c9b6-l2k8x","msg":"http server options","keepAliveTimeout":5000,"headersTimeout":60000,"requestTimeout":300000}',
      ...Array.from(
        { length: 30 },
        (_, i) =>
          `{"level":30,"time":${1770797700000 + i * 25000},"pid":1,"hostname":"districts-api-5d7f8c9b6-l2k8x","reqId":"req-${1200 + i}","res":{"statusCode":200},"responseTime":${((i * 13) % 90) + 4}.2,"msg":"request completed"}`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['rollout-restart'],
  },
  {
    id: 'fourteenth-coredns-vpc-resolver-io-timeout',
    family: 'dns',
    source: 'https://github.com/coredns/coredns/issues/4662',
    signal: 'Alert',
    containers: [{ name: 'coredns', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '.:53',
      '[INFO] plugin/reload: Running configuration SHA512 = 8a7d59126e7f114ab49c6d2613be93d8ef7d408af8ee61a710210843dc409f03133727e38f64469d9bb180f396c84ebf48a42bde3b3769730865ca9df5eb281c',
      'CoreDNS-1.11.1',
      'linux/amd64, go1.21.5, 163e5c4',
      '[INFO] 10.42.7.19:50412 - 41233 "A IN dynamodb.eu-west-3.amazonaws.com. udp 50 false 512" NOERROR qr,rd,ra 114 0.001338s',
      ...Array.from(
        { length: 18 },
        (_, i) =>
          `[ERROR] plugin/errors: 2 ${['orders-db.cluster-c9x1y2z3.eu-west-3.rds.amazonaws.com.', 'sqs.eu-west-3.amazonaws.com.', 'dynamodb.eu-west-3.amazonaws.com.'][i % 3]} ${i % 2 === 0 ? 'AAAA' : 'A'}: dial tcp 10.28.0.2:53: i/o timeout`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['scale-up'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fourteenth-lb-controller-no-subnets-discovered',
    family: 'load-balancer',
    source: 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/2316',
    signal: 'Alert',
    containers: [{ name: 'aws-load-balancer-controller', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T08:20:01Z","msg":"version","GitVersion":"v2.7.1","GitCommit":"c4471defda10f8184173192b9f9df4e411ee5dac","BuildDate":"2024-01-16T16:10:01+0000"}',
      '{"level":"info","ts":"2026-02-11T08:20:03Z","logger":"setup","msg":"adding health check for controller"}',
      '{"level":"info","ts":"2026-02-11T08:20:04Z","msg":"Starting workers","controller":"ingress","worker count":3}',
      '{"level":"error","ts":"2026-02-11T08:22:14Z","msg":"Reconciler error","controller":"ingress","object":{"name":"checkout","namespace":"prod"},"namespace":"prod","name":"checkout","reconcileID":"3e7af4a6-6605-4596-84dc-8c0ce70032c2","error":"couldn\'t auto-discover subnets: unable to discover at least one subnet"}',
      '{"level":"error","ts":"2026-02-11T08:25:54Z","msg":"Reconciler error","controller":"ingress","object":{"name":"checkout","namespace":"prod"},"namespace":"prod","name":"checkout","reconcileID":"9b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e","error":"couldn\'t auto-discover subnets: unable to discover at least one subnet"}',
    ),
    accept: ['escalate'],
    tolerated: ['rollout-restart'],
  },
  // ---------------------------------------------------------------- memory and rollouts
  {
    id: 'fourteenth-java-sdk-s3-connection-pool-leak',
    family: 'connection-pool',
    source: 'https://github.com/aws/aws-sdk-java-v2/issues/5355',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'media-proxy',
        running: { startedAt: '2026-02-11T08:27:40Z' },
        ready: false,
        restarts: 3,
        last: { reason: 'Error', exitCode: 137 },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        count: 9,
        message:
          'Liveness probe failed: Get "http://10.42.5.61:8081/actuator/health/liveness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      },
      {
        reason: 'Killing',
        type: 'Normal',
        count: 3,
        message: 'Container media-proxy failed liveness probe, will be restarted',
      },
    ],
    previousLog: log(
      '2026-02-11 08:05:12.441  INFO 1 --- [           main] c.e.media.MediaProxyApplication          : Started MediaProxyApplication in 8.901 seconds',
      chatter('json', 20),
      '2026-02-11 08:19:47.003  WARN 1 --- [nio-8080-exec-9] c.e.media.s3.ObjectStreamer              : client aborted download of assets/2026/01/clip-88213.mp4 before subscribing to body',
      chatter('json', 8, 20),
      '2026-02-11 08:24:31.772 ERROR 1 --- [nio-8080-exec-3] c.e.media.s3.ObjectStreamer              : GET assets/2026/02/clip-90441.mp4 failed',
      'java.util.concurrent.CompletionException: software.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP request: Acquire operation took longer than the configured maximum time. This indicates that a request cannot get a connection from the pool within the specified maximum time. This can be due to high request rate.',
      'Consider taking any of the following actions to mitigate the issue: increase max connections, increase acquire timeout, or slowing the request rate.',
      "Increasing the max connections can increase client throughput (unless the network interface is already fully utilized), but can eventually start to hit operation system limitations on the number of file descriptors used by the process. If you already are fully utilizing your network interface or cannot further increase your connection count, increasing the acquire timeout gives extra time for requests to acquire a connection before timing out. If the connections doesn't free up, the subsequent requests will still timeout.",
      '\tat software.amazon.awssdk.utils.CompletableFutureUtils.errorAsCompletionException(CompletableFutureUtils.java:65)',
      'Caused by: java.lang.Throwable: Acquire operation took longer than the configured maximum time. This indicates that a request cannot get a connection from the pool within the specified maximum time. This can be due to high request rate.',
      '\tat software.amazon.awssdk.http.nio.netty.internal.utils.NettyUtils.decorateException(NettyUtils.java:63)',
      'Caused by: java.util.concurrent.TimeoutException: Acquire operation took longer than 10000 milliseconds.',
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fourteenth-adot-xray-throttling-fills-retry-queue',
    family: 'memory',
    source: 'https://github.com/open-telemetry/opentelemetry-collector/issues/1121',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'aws-otel-collector',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=aws-otel-collector',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
      },
    ],
    previousLog: log(
      '2026/02/11 08:21:04 ADOT Collector version: v0.36.0',
      '2026-02-11T08:21:04.207Z\tinfo\tservice@v0.91.0/telemetry.go:86\tSetting up own telemetry...',
      '2026-02-11T08:21:04.213Z\tinfo\tmemorylimiterprocessor@v0.91.0/memorylimiter.go:138\tMemory limiter configured\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "limit_mib": 448, "spike_limit_mib": 64, "check_interval": 5}',
      '2026-02-11T08:21:04.301Z\tinfo\tservice@v0.91.0/service.go:169\tEverything is ready. Begin running and processing data.',
      ...Array.from(
        { length: 24 },
        (_, i) =>
          `2026-02-11T08:${String(22 + Math.floor(i / 6)).padStart(2, '0')}:${String((i * 9) % 60).padStart(2, '0')}.${String((i * 77) % 1000).padStart(3, '0')}Z\tinfo\texporterhelper/retry_sender.go:118\tExporting failed. Will retry the request after interval.\t{"kind": "exporter", "data_type": "traces", "name": "awsxray", "error": "ThrottlingException: Rate exceeded\\n\\tstatus code: 400, request id: ${(i * 7919).toString(16).padStart(8, '0')}-aa1b-4c2d-9e3f-5a6b7c8d9e0f", "interval": "${(i % 5) + 3}.${(i * 3) % 10}s"}`,
      ),
      '2026-02-11T08:26:21.004Z\twarn\tmemorylimiterprocessor@v0.91.0/memorylimiter.go:276\tMemory usage is above soft limit. Forcing a GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": 431}',
      '2026-02-11T08:26:21.090Z\tinfo\tmemorylimiterprocessor@v0.91.0/memorylimiter.go:266\tMemory usage after GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": 429}',
      '2026-02-11T08:26:26.003Z\terror\texporterhelper/common.go:213\tExporting failed. Rejecting data.\t{"kind": "exporter", "data_type": "traces", "name": "awsxray", "error": "sending queue is full", "rejected_items": 512}',
    ),
    accept: ['escalate'],
    tolerated: ['raise-memory-limit'],
  },
  {
    id: 'fourteenth-edc-dataplane-heap-capped-liveness-kill',
    family: 'memory',
    source: 'https://github.com/eclipse-tractusx/tractusx-edc/issues/2031',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'edc-dataplane',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=edc-dataplane',
        },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 5,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        count: 15,
        message:
          'Liveness probe failed: Get "http://10.42.9.33:8080/api/check/liveness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      },
      {
        reason: 'Killing',
        type: 'Normal',
        count: 5,
        message: 'Container edc-dataplane failed liveness probe, will be restarted',
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx512m -XX:+UseG1GC -Xlog:gc',
      'INFO 2026-02-11T08:21:10.004 Booting EDC runtime',
      'INFO 2026-02-11T08:21:14.772 Runtime 3e1c9a0b-7d2f-4e58-b1a6-0c9d8e7f6a5b ready',
      'INFO 2026-02-11T08:22:02.318 Starting DataFlow 63c77899-ecf0-4501-aaf5-f6383a2104c7 of type AmazonS3 -> AmazonS3 (size 524288000 bytes)',
      'SEVERE 2026-02-11T08:23:41.907 Error processing data transfer request - Request ID: 63c77899-ecf0-4501-aaf5-f6383a2104c7. Message: java.lang.OutOfMemoryError: Java heap space',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)',
      '\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)',
      '\tat org.eclipse.edc.aws.s3.S3DataSource.openPartStream(S3DataSource.java:71)',
      'INFO 2026-02-11T08:23:44.120 Retrying DataFlow 63c77899-ecf0-4501-aaf5-f6383a2104c7 (attempt 2 of 5)',
      '[2026-02-11T08:24:20.551+0000][info][gc] GC(412) Pause Full (G1 Compaction Pause) 509M->507M(512M) 1843.221ms',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fourteenth-karpenter-controller-oom-small-limit',
    family: 'memory',
    source: 'https://github.com/zalando-incubator/kubernetes-on-aws/pull/6996',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'controller',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=controller',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
      },
    ],
    previousLog: log(
      '{"level":"INFO","time":"2026-02-11T08:26:01.118Z","logger":"controller","message":"Starting workers","commit":"a2875e3","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","worker count":1000}',
      '{"level":"DEBUG","time":"2026-02-11T08:26:02.503Z","logger":"controller","message":"discovered subnets","commit":"a2875e3","controller":"nodeclass.status","EC2NodeClass":{"name":"default"},"subnets":["subnet-0a1b2c3d (eu-central-1a)","subnet-0e4f5a6b (eu-central-1b)","subnet-0c7d8e9f (eu-central-1c)"]}',
      '{"level":"DEBUG","time":"2026-02-11T08:26:05.016Z","logger":"controller","message":"updated spot pricing with instance types and offerings","commit":"a2875e3","instance-type-count":742,"offering-count":6123}',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'fourteenth-go-controller-oom-without-memlimit',
    family: 'memory',
    source: 'https://github.com/redhat-appstudio/infra-deployments/pull/7576',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'manager',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=manager' },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
      },
    ],
    previousLog: log(
      '2026-02-11T08:22:10Z\tINFO\tsetup\tstarting manager',
      '2026-02-11T08:22:10Z\tINFO\tStarting EventSource\t{"controller": "dependencyupdatecheck", "source": "kind source: *v1alpha1.Component"}',
      '2026-02-11T08:22:11Z\tINFO\tStarting workers\t{"controller": "dependencyupdatecheck", "worker count": 1}',
      ...Array.from(
        { length: 20 },
        (_, i) =>
          `2026-02-11T08:${String(23 + Math.floor(i / 5)).padStart(2, '0')}:${String((i * 11) % 60).padStart(2, '0')}Z\tINFO\tcontrollers.DependencyUpdateCheck\tcreated renovate pipeline run\t{"namespace": "tenant-${100 + i * 37}", "components": ${180 + i * 11}, "total_components": 5214}`,
      ),
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },
];
