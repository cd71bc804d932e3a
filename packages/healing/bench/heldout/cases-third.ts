import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('2m40s', 5);

/**
 * A third batch, written when the second had been used to tune the catalog, and scored before any
 * pattern was written for it: families the first two batches lack (connection limits, credentials
 * of data stores, missing classes and modules, architecture mismatches, certificates, disks,
 * attach errors, capacity), in wording from other software. It measures how the catalog generalises.
 */
export const THIRD_CASES: HeldOutCase[] = [
  {
    id: 'third-mysql-too-many-connections',
    family: 'connection-limit',
    source: 'https://dev.mysql.com/doc/refman/8.0/en/too-many-connections.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('catalog-php')],
    previousLog: log(
      chatter('plain', 30),
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1040] Too many connections in /var/www/html/src/Db.php:22',
      'Stack trace:',
      "#0 /var/www/html/src/Db.php(22): PDO->__construct('mysql:host=mysq...', 'catalog', Object(SensitiveParameterValue))",
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollout-restart'],
  },
  {
    id: 'third-postgres-slots-reserved',
    family: 'connection-limit',
    source: 'https://www.postgresql.org/docs/current/runtime-config-connection.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('billing')],
    previousLog: log(
      '2026-02-11 08:21:04.112 INFO  [main] c.z.hikari.HikariDataSource - HikariPool-1 - Starting...',
      '2026-02-11 08:21:05.340 ERROR [main] c.z.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization.',
      'org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved for non-replication superuser connections',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)',
    ),
    accept: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    id: 'third-redis-noauth',
    family: 'datastore-auth',
    source: 'https://redis.io/docs/latest/commands/auth/',
    signal: 'CrashLoopBackOff',
    containers: [crashed('sessions')],
    previousLog: log(
      '[2026-02-11 08:25:00] production.INFO: Booting session service',
      'Error: WRONGPASS invalid username-password pair or user is disabled.',
      '    at RedisSocket._RedisSocket_onSocketError (/app/node_modules/@redis/client/dist/lib/client/socket.js:170:14)',
    ),
    accept: ['escalate', 'rollback'],
    harmful: ['flush-redis-cache'],
  },
  {
    id: 'third-mongo-auth-failed',
    family: 'datastore-auth',
    source: 'https://www.mongodb.com/docs/manual/core/authentication/',
    signal: 'CrashLoopBackOff',
    containers: [crashed('reviews')],
    previousLog: log(
      '{"t":"2026-02-11T08:24:59Z","level":"info","msg":"connecting to mongodb://mongo.data:27017/reviews"}',
      '{"t":"2026-02-11T08:25:00Z","level":"error","msg":"startup failed","err":"MongoServerError: Authentication failed.","code":18,"codeName":"AuthenticationFailed"}',
    ),
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'third-rabbitmq-access-refused',
    family: 'datastore-auth',
    source: 'https://www.rabbitmq.com/docs/access-control',
    signal: 'CrashLoopBackOff',
    containers: [crashed('notifier')],
    previousLog: log(
      'INFO:pika.adapters.utils.connection_workflow:Pika version 1.3.2 connecting to ("10.96.40.12", 5672)',
      "ERROR:pika.adapters.blocking_connection:Connection workflow failed: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'",
      'pika.exceptions.ProbableAuthenticationError',
    ),
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'third-spring-placeholder',
    family: 'missing-config',
    source:
      'https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('pricing')],
    previousLog: log(
      '2026-02-11T08:25:01.221Z  INFO 1 --- [           main] c.e.pricing.PricingApplication           : Starting PricingApplication v4.2.0 using Java 21',
      "2026-02-11T08:25:03.870Z  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'taxClient': Injection of autowired dependencies failed",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Spring prints the placeholder as written in the config.
      'Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder \'TAX_API_URL\' in value "${TAX_API_URL}"',
    ),
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'third-go-env-required',
    family: 'missing-config',
    source: 'https://github.com/kelseyhightower/envconfig (required key missing value)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('ledger')],
    previousLog: log('2026/02/11 08:25:00 config: required key STRIPE_WEBHOOK_SECRET missing value'),
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'third-exec-format-error',
    family: 'image-architecture',
    source: 'https://docs.docker.com/build/building/multi-platform/',
    signal: 'CrashLoopBackOff',
    containers: [crashed('thumbnailer', 255)],
    previousLog: log('exec /usr/local/bin/thumbnailer: exec format error'),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'third-entrypoint-missing',
    family: 'container-start',
    source: 'https://github.com/containerd/containerd/issues (stat: no such file or directory)',
    signal: 'RunContainerError',
    containers: [
      {
        name: 'worker',
        waiting: {
          reason: 'RunContainerError',
          message:
            'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/bin/worker.sh": stat /app/bin/worker.sh: no such file or directory: unknown',
        },
        restarts: 3,
      },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'third-segfault',
    family: 'native-crash',
    source: 'https://github.com/nodejs/node/issues (Segmentation fault core dumped)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('imaging', 139)],
    previousLog: log(
      'Server listening on 0.0.0.0:8080',
      'processing upload 7f3a',
      'Segmentation fault (core dumped)',
    ),
    accept: ['rollback', 'escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'third-python-module-not-found',
    family: 'missing-dependency',
    source: 'https://docs.python.org/3/library/exceptions.html#ModuleNotFoundError',
    signal: 'CrashLoopBackOff',
    containers: [crashed('recommender')],
    previousLog: log(
      '[2026-02-11 08:25:00 +0000] [1] [INFO] Starting gunicorn 22.0.0',
      '[2026-02-11 08:25:00 +0000] [7] [ERROR] Exception in worker process',
      'Traceback (most recent call last):',
      '  File "/app/recommender/wsgi.py", line 3, in <module>',
      '    from recommender.model import load_model',
      '  File "/app/recommender/model.py", line 1, in <module>',
      '    import lightgbm',
      "ModuleNotFoundError: No module named 'lightgbm'",
      '[2026-02-11 08:25:01 +0000] [1] [ERROR] Reason: Worker failed to boot.',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'third-java-class-not-found',
    family: 'missing-dependency',
    source:
      'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/NoClassDefFoundError.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('search-indexer')],
    previousLog: log(
      'Exception in thread "main" java.lang.NoClassDefFoundError: com/fasterxml/jackson/databind/ObjectMapper',
      '\tat com.example.indexer.Main.main(Main.java:14)',
      'Caused by: java.lang.ClassNotFoundException: com.fasterxml.jackson.databind.ObjectMapper',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'third-dotnet-assembly',
    family: 'missing-dependency',
    source: 'https://learn.microsoft.com/en-us/dotnet/api/system.io.filenotfoundexception',
    signal: 'CrashLoopBackOff',
    containers: [crashed('invoices', 134)],
    previousLog: log(
      "Unhandled exception. System.IO.FileNotFoundException: Could not load file or assembly 'Npgsql, Version=8.0.0.0, Culture=neutral, PublicKeyToken=5d8b90d52f46fda7'. The system cannot find the file specified.",
      "File name: 'Npgsql, Version=8.0.0.0, Culture=neutral, PublicKeyToken=5d8b90d52f46fda7'",
      '   at Invoices.Program.Main(String[] args)',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'third-ruby-gem-not-found',
    family: 'missing-dependency',
    source: 'https://bundler.io/guides/troubleshooting.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('storefront')],
    previousLog: log(
      "/usr/local/lib/ruby/3.3.0/bundler/definition.rb:588:in `materialize': Could not find nokogiri-1.16.2-x86_64-linux in locally installed gems (Bundler::GemNotFound)",
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'third-x509-unknown-authority',
    family: 'tls',
    source: 'https://pkg.go.dev/crypto/x509#UnknownAuthorityError',
    signal: 'CrashLoopBackOff',
    containers: [crashed('fx-rates')],
    previousLog: log(
      chatter('logfmt', 20),
      'time=2026-02-11T08:25:00Z level=error msg="fetching rates failed" err="Get \\"https://rates.partner.example/v2/latest\\": tls: failed to verify certificate: x509: certificate signed by unknown authority"',
      'time=2026-02-11T08:25:00Z level=fatal msg="initial sync failed, exiting"',
    ),
    accept: ['escalate'],
  },
  {
    id: 'third-node-cert-expired',
    family: 'tls',
    source: 'https://nodejs.org/api/errors.html#err_tls_cert_altname_invalid (CERT_HAS_EXPIRED)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('gateway')],
    previousLog: log(
      'Error: certificate has expired',
      '    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)',
      "    at TLSSocket.emit (node:events:519:28) { code: 'CERT_HAS_EXPIRED' }",
    ),
    accept: ['escalate'],
  },
  {
    id: 'third-node-enotfound',
    family: 'dns',
    source: 'https://nodejs.org/api/errors.html#common-system-errors',
    signal: 'CrashLoopBackOff',
    containers: [crashed('checkout-web')],
    previousLog: log(
      '{"level":30,"time":1770798300000,"msg":"starting"}',
      '{"level":50,"time":1770798301000,"err":{"type":"Error","message":"getaddrinfo ENOTFOUND inventory-api.shop.svc.cluster.local","stack":"Error: getaddrinfo ENOTFOUND inventory-api.shop.svc.cluster.local\\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)","code":"ENOTFOUND"},"msg":"cannot reach inventory"}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'third-postgres-disk-full',
    family: 'disk-full',
    source: 'https://www.postgresql.org/docs/current/disk-full.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('postgres')],
    previousLog: log(
      '2026-02-11 08:24:58.001 UTC [1] LOG:  database system was interrupted; last known up at 2026-02-11 08:20:01 UTC',
      '2026-02-11 08:24:58.420 UTC [1] PANIC:  could not write to file "pg_wal/xlogtemp.29": No space left on device',
      '2026-02-11 08:24:58.421 UTC [1] LOG:  startup process (PID 29) was terminated by signal 6: Aborted',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'third-elasticsearch-read-only-block',
    family: 'disk-full',
    source: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/fix-watermark-errors.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('log-shipper')],
    previousLog: log(
      '[2026-02-11T08:25:00,000][ERROR][o.l.o.e.ElasticsearchOutput] Encountered a retryable error (will retry with exponential backoff) {:code=>403, :url=>"http://es:9200/_bulk", :content_length=>9321}',
      'index [logs-2026.02.11] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];',
    ),
    accept: ['escalate'],
  },
  {
    id: 'third-ephemeral-storage-evicted',
    family: 'eviction',
    source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [{ name: 'exporter', terminated: { reason: 'Error', exitCode: 137 } }],
    events: [
      {
        reason: 'Evicted',
        message:
          'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. Container exporter was using 2312Mi, request is 0, has larger consumption of ephemeral-storage.',
      },
    ],
    accept: ['escalate', 'restart-pod'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'third-multi-attach',
    family: 'volume-attach',
    source: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/ (Multi-Attach error)',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'mysql', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedAttachVolume',
        message:
          'Multi-Attach error for volume "pvc-5e1c2a7e-0b5f-4a57-9d6d-1c3f4f7f0a11" Volume is already exclusively attached to one node and can\'t be attached to another',
        count: 12,
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'third-insufficient-memory',
    family: 'capacity',
    source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'spark-driver', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/6 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 4 Insufficient memory. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod.',
        count: 9,
      },
    ],
    accept: ['escalate'],
    harmful: ['scale-up', 'raise-memory-limit'],
  },
  {
    id: 'third-secret-key-missing',
    family: 'container-config',
    source: 'https://kubernetes.io/docs/concepts/configuration/secret/',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'api',
        waiting: {
          reason: 'CreateContainerConfigError',
          message: "couldn't find key DATABASE_PASSWORD in Secret prod/api-db",
        },
      },
    ],
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'third-stripe-rate-limit',
    family: 'upstream-rate-limit',
    source: 'https://docs.stripe.com/rate-limits',
    signal: 'CrashLoopBackOff',
    containers: [crashed('payouts')],
    previousLog: log(
      'I, [2026-02-11T08:24:59.000000 #1]  INFO -- : reconciling 1200 payouts',
      'E, [2026-02-11T08:25:00.000000 #1] ERROR -- : Stripe::RateLimitError: Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.',
      "/usr/local/bundle/gems/stripe-10.8.0/lib/stripe/stripe_client.rb:840:in `handle_error_response'",
    ),
    accept: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    id: 'third-http-429-go',
    family: 'upstream-rate-limit',
    source: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429',
    signal: 'CrashLoopBackOff',
    containers: [crashed('geo-sync')],
    previousLog: log(
      '{"level":"error","ts":1770798300.1,"caller":"sync/client.go:88","msg":"upstream refused","status":429,"body":"Too Many Requests","retry_after":"120"}',
      '{"level":"fatal","ts":1770798300.2,"caller":"main.go:41","msg":"initial sync failed","error":"geo api: 429 Too Many Requests"}',
    ),
    accept: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    id: 'third-php-memory-limit',
    family: 'runtime-memory-cap',
    source: 'https://www.php.net/manual/en/ini.core.php#ini.memory-limit',
    signal: 'CrashLoopBackOff',
    containers: [crashed('reports-php', 255)],
    previousLog: log(
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/vendor/phpoffice/phpspreadsheet/src/PhpSpreadsheet/Cell/Cell.php on line 214',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'third-java-native-thread',
    family: 'thread-limit',
    source: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('ingest', 1)],
    previousLog: log(
      '[0.812s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.',
      'Exception in thread "pool-3-thread-812" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      '\tat java.base/java.lang.Thread.start0(Native Method)',
    ),
    accept: ['escalate', 'rollback'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'third-gc-overhead',
    family: 'memory',
    source: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'aggregator',
        waiting: { reason: 'CrashLoopBackOff' },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
      },
    ],
    previousLog: log(
      chatter('plain', 15),
      'Exception in thread "kafka-consumer-1" java.lang.OutOfMemoryError: GC overhead limit exceeded',
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },
  {
    id: 'third-kafka-topic-metadata',
    family: 'kafka',
    source: 'https://kafka.apache.org/documentation/#producerconfigs_max.block.ms',
    signal: 'CrashLoopBackOff',
    containers: [crashed('order-events')],
    previousLog: log(
      '08:25:00.120 [main] INFO  o.a.k.clients.producer.KafkaProducer - [Producer clientId=order-events] Instantiated an idempotent producer.',
      '08:26:00.130 [main] ERROR c.e.orders.EventPublisher - publish failed',
      'org.apache.kafka.common.errors.TimeoutException: Topic orders.v2 not present in metadata after 60000 ms.',
    ),
    accept: ['escalate', 'rollback'],
  },
  {
    id: 'third-elixir-db-connection',
    family: 'dependency-down',
    source: 'https://hexdocs.pm/db_connection/DBConnection.ConnectionError.html',
    signal: 'CrashLoopBackOff',
    containers: [crashed('chat-ex')],
    previousLog: log(
      '08:25:00.001 [info] Running ChatWeb.Endpoint with cowboy 2.12.0 at :::4000 (http)',
      '08:25:00.310 [error] Postgrex.Protocol (#PID<0.2510.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (postgres.data:5432): connection refused - :econnrefused',
      '08:25:02.400 [error] Could not create schema migrations table. This error usually happens due to the following:',
    ),
    accept: ['escalate'],
  },
  {
    id: 'third-readiness-dependency',
    family: 'dependency-down',
    source:
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    signal: 'ProbeFailure',
    containers: [{ name: 'cart', running: {}, ready: false, restarts: 0 }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 40,
      },
    ],
    currentLog: log(
      chatter('json', 25),
      '{"ts":"2026-02-11T08:29:10Z","level":"warn","logger":"health","msg":"dependency check failed","dependency":"redis","error":"dial tcp 10.96.8.21:6379: i/o timeout"}',
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
  {
    id: 'third-slow-start-liveness',
    family: 'probe-misconfig',
    source:
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-startup-probes',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'llm-server',
        running: {},
        ready: false,
        restarts: 6,
        last: { reason: 'Error', exitCode: 137 },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.244.3.17:8000/health": dial tcp 10.244.3.17:8000: connect: connection refused',
        count: 18,
      },
      {
        reason: 'Killing',
        message: 'Container llm-server failed liveness probe, will be restarted',
        count: 6,
      },
    ],
    previousLog: log(
      'INFO 02-11 08:20:01 api_server.py:212] vLLM API server version 0.6.3',
      'INFO 02-11 08:20:04 model_runner.py:1056] Starting to load model meta-llama/Llama-3.1-8B-Instruct...',
      'Loading safetensors checkpoint shards:  50% Completed | 2/4 [00:41<00:41, 20.61s/it]',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit', 'rollout-restart', 'restart-pod'],
  },
  {
    id: 'third-license-expired',
    family: 'license',
    source: 'https://docs.gitlab.com/ee/administration/license.html (license expired)',
    signal: 'CrashLoopBackOff',
    containers: [crashed('reporting-engine')],
    previousLog: log(
      '2026-02-11 08:25:00,000 INFO  [main] ReportingEngine - version 12.4.1',
      '2026-02-11 08:25:00,812 FATAL [main] LicenseManager - License validation failed: license expired on 2026-01-31, contact sales to renew',
    ),
    accept: ['escalate'],
  },
  {
    id: 'third-image-manifest-unknown',
    family: 'image-pull',
    source: 'https://distribution.github.io/distribution/spec/api/#errors (MANIFEST_UNKNOWN)',
    signal: 'ErrImagePull',
    phase: 'Pending',
    containers: [
      {
        name: 'api',
        waiting: {
          reason: 'ErrImagePull',
          message:
            'rpc error: code = NotFound desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:2.4.0-rc1": failed to resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:2.4.0-rc1": 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:2.4.0-rc1: not found',
        },
      },
    ],
    events: [
      {
        reason: 'Failed',
        message:
          'Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:2.4.0-rc1": rpc error: code = NotFound desc = failed to pull and unpack image: not found',
        count: 4,
      },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'third-image-pull-unauthorized',
    family: 'image-pull',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/common-errors-docker.html',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'reports',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "ghcr.io/acme/reports:1.9.0"',
        },
      },
    ],
    events: [
      {
        reason: 'Failed',
        message:
          'Failed to pull image "ghcr.io/acme/reports:1.9.0": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Freports%3Apull&service=ghcr.io: 401 Unauthorized',
        count: 7,
      },
    ],
    accept: ['escalate', 'rollback'],
  },
];
