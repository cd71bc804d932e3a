import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 9);

/** `count` lines built from their index: the retries, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/**
 * A twenty-sixth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: long, noisy logs from multi-container pods (mesh proxies, log
 * shippers, Cloud SQL and OAuth proxies, init containers), the cause one line among hundreds, in
 * software no earlier batch used: librdkafka (confluent-kafka-python), Liquibase, Symfony/Doctrine,
 * Jaeger, Logstash, RQ, the Apollo Router, Spring Boot's DataSource, the OpenAI client, go-redis, Go's
 * TLS client, mysqljs, the AWS SDK's SQS client, Microsoft.Data.SqlClient with Serilog, Hasura,
 * psycopg2, Vert.x, Node's fs with pino, MikroORM after a Postgres failover, the JVM's thread limit,
 * controller-runtime, Prometheus's WAL replay, SQLAlchemy's QueuePool, node_exporter, RabbitMQ's
 * consumer timeout, InfluxDB's WAL, Netty's direct memory, Dask's nanny, V8's heap under Next.js and
 * Langfuse, Milvus, containerd's image resolver, the kubelet's Secret lookup, urllib3/requests,
 * pydantic v2, the Cloud SQL Auth Proxy, oauth2-proxy, golang-migrate and Fluentd. Each quotes the
 * wording of the public thread in `source`. Mix: 16 escalations, 10 restarts (6 right, 4 wrong), 6
 * memory (3 raises right, 3 wrong), 4 rollouts (3 rollbacks right, 1 wrong), 4 causes in a sidecar or
 * an init container.
 */
export const TWENTYSIXTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (16)
  {
    id: 'twentysixth-librdkafka-scram-invalid-credentials',
    family: 'credentials',
    source: 'https://github.com/cea-sec/openwec/issues/313',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-consumer',
        running: {},
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          KAFKA_BOOTSTRAP: 'b-1.ledger.kafka.eu-west-1.amazonaws.com:9096',
          KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
          KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
        },
        mounts: [{ volume: 'kafka-creds', path: '/var/run/secrets/kafka' }],
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    volumes: [{ name: 'kafka-creds', secret: 'ledger-kafka-scram' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'KafkaConsumerGroupLagHigh: group ledger-consumer lag 184220 on topic ledger.postings',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"event": "consumer starting", "group_id": "ledger-consumer", "topics": ["ledger.postings"], "level": "info", "logger": "ledger.consumer", "timestamp": "2026-02-11T08:20:01.114Z"}',
      chatter('json', 30),
      '{"event": "librdkafka: FAIL [thrd:sasl_ssl://b-2.ledger.kafka.eu-west-1.amazonaws.com:9096/bootstrap]: sasl_ssl://b-2.ledger.kafka.eu-west-1.amazonaws.com:9096/bootstrap: SASL authentication error: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 (after 141ms in state AUTH_REQ)", "level": "error", "logger": "confluent_kafka", "timestamp": "2026-02-11T08:20:34.902Z"}',
      times(
        40,
        (i) =>
          `{"event": "poll returned no messages", "partition_assignment": [], "idle_polls": ${i + 1}, "level": "debug", "logger": "ledger.consumer", "timestamp": "2026-02-11T08:2${1 + Math.floor(i / 10)}:${dd(i * 6)}.000Z"}`,
      ),
      '{"event": "librdkafka: Global error: Authentication (Local: Authentication failure): sasl_ssl://b-1.ledger.kafka.eu-west-1.amazonaws.com:9096/bootstrap: SASL authentication error: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 (after 139ms in state AUTH_REQ)", "level": "error", "logger": "confluent_kafka", "timestamp": "2026-02-11T08:25:02.311Z"}',
      '{"event": "librdkafka: Global error: AllBrokersDown (Local: All broker connections are down): 3/3 brokers are down", "level": "error", "logger": "confluent_kafka", "timestamp": "2026-02-11T08:25:02.312Z"}',
      chatter('json', 20, 30),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentysixth-liquibase-changelog-lock-held',
    family: 'migration-lock',
    source: 'https://github.com/gocd/gocd/issues/12038',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('billing-service', 1, 6),
        memoryLimit: '1536Mi',
        env: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70', SPRING_PROFILES_ACTIVE: 'prod' },
      },
      { name: 'linkerd-proxy', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Startup probe failed: Get "http://10.42.7.31:8081/actuator/health/liveness": dial tcp 10.42.7.31:8081: connect: connection refused',
        count: 31,
      },
    ],
    previousLog: log(
      '2026-02-11 08:21:02.118  INFO 1 --- [           main] c.e.billing.BillingApplication           : Starting BillingApplication v4.18.2 using Java 21.0.5 with PID 1',
      '2026-02-11 08:21:04.902  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : billing-pool - Starting...',
      '2026-02-11 08:21:05.377  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : billing-pool - Start completed.',
      '2026-02-11 08:21:05.610  INFO 1 --- [           main] liquibase.database                       : Set default schema name to public',
      times(
        30,
        (i) =>
          `2026-02-11 08:${dd(21 + Math.floor((i * 10 + 5) / 60))}:${dd(i * 10 + 5)}.${String(611 + i).padStart(3, '0')}  INFO 1 --- [           main] liquibase.lockservice                    : Waiting for changelog lock....`,
      ),
      '2026-02-11 08:26:05.640 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed',
      '',
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'liquibase' defined in class path resource [org/springframework/boot/autoconfigure/liquibase/LiquibaseAutoConfiguration$LiquibaseConfiguration.class]: liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by billing-service-6d9f8c7b55-qx2lp (10.42.5.18) since 2/11/26, 6:02 AM",
      '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)',
      '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:600)',
      'Caused by: liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by billing-service-6d9f8c7b55-qx2lp (10.42.5.18) since 2/11/26, 6:02 AM',
      '\tat liquibase.lockservice.StandardLockService.waitForLock(StandardLockService.java:270)',
      '\tat liquibase.command.core.helpers.LockServiceCommandStep.run(LockServiceCommandStep.java:38)',
      '\tat liquibase.command.CommandScope.execute(CommandScope.java:212)',
      '\t... 23 common frames omitted',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'rollback'],
  },
  {
    id: 'twentysixth-symfony-doctrine-getaddrinfo',
    family: 'dns',
    source: 'https://github.com/api-platform/core/issues/1639',
    signal: 'Alert',
    containers: [
      { name: 'php-fpm', running: {}, ready: true, memoryLimit: '512Mi', env: { APP_ENV: 'prod' } },
      { name: 'nginx', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: catalog-web 5xx ratio 0.97 over 5m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        25,
        (i) =>
          `10.42.1.${20 + (i % 9)} - - [11/Feb/2026:08:${dd(14 + Math.floor(i / 6))}:${dd(i * 9)} +0000] "GET /api/products?page=${(i % 4) + 1} HTTP/1.1" 200 ${8123 + i * 17} "-" "Mozilla/5.0"`,
      ),
      '[2026-02-11T08:19:02.442611+00:00] doctrine.WARNING: Connection failed, retrying {"attempt":1} []',
      '[2026-02-11T08:19:02.501877+00:00] request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "An exception occurred in driver: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for catalog-mysql.data.svc.cluster.local failed: Name or service not known" at /srv/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 101 {"exception":"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException(code: 2002): An exception occurred in driver: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for catalog-mysql.data.svc.cluster.local failed: Name or service not known at /srv/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:101)"} []',
      times(
        60,
        (i) =>
          `10.42.1.${20 + (i % 9)} - - [11/Feb/2026:08:${dd(19 + Math.floor(i / 8))}:${dd(i * 7)} +0000] "GET /api/products/${300 + i} HTTP/1.1" 500 ${612} "-" "Mozilla/5.0"`,
      ),
      '[2026-02-11T08:26:40.118020+00:00] request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "An exception occurred in driver: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for catalog-mysql.data.svc.cluster.local failed: Name or service not known" at /srv/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 101 {"exception":"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException(code: 2002))"} []',
      '[11-Feb-2026 08:26:41] WARNING: [pool www] child 211 said into stderr: "NOTICE: PHP message: PHP Warning:  PDO::__construct(): php_network_getaddresses: getaddrinfo for catalog-mysql.data.svc.cluster.local failed: Name or service not known in /srv/app/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php on line 28"',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'twentysixth-jaeger-collector-es-lookup-misbehaving',
    family: 'dns',
    source: 'https://github.com/jaegertracing/jaeger-operator/pull/234',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('jaeger-collector', 1, 11),
        memoryLimit: '1Gi',
        args: [
          '--es.server-urls=https://elasticsearch:9200',
          '--es.num-shards=3',
          '--collector.queue-size=4000',
        ],
        env: { SPAN_STORAGE_TYPE: 'elasticsearch' },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 44,
      },
    ],
    previousLog: log(
      '{"level":"info","ts":1770797102.2542229,"caller":"flags/service.go:119","msg":"Mounting metrics handler on admin server","route":"/metrics"}',
      '{"level":"info","ts":1770797102.2546108,"caller":"flags/admin.go:130","msg":"Mounting health check on admin server","route":"/"}',
      '{"level":"info","ts":1770797102.2548731,"caller":"flags/admin.go:144","msg":"Starting admin HTTP server","http-addr":":14269"}',
      '{"level":"info","ts":1770797102.2549903,"caller":"flags/admin.go:122","msg":"Admin server started","http.host-port":"[::]:14269","health-status":"unavailable"}',
      '{"level":"info","ts":1770797102.2551204,"caller":"flags/service.go:137","msg":"Starting jaeger-collector","version":"v1.62.0"}',
      '{"level":"info","ts":1770797102.2553012,"caller":"app/server.go:65","msg":"Archive storage not created","reason":"archive storage not supported"}',
      times(
        12,
        (i) =>
          `{"level":"debug","ts":${(1770797102.26 + i * 0.41).toFixed(7)},"caller":"config/config.go:${230 + i}","msg":"Elasticsearch health check","attempt":${i + 1},"url":"https://elasticsearch:9200","error":"dial tcp: lookup elasticsearch on 172.20.0.10:53: server misbehaving"}`,
      ),
      '{"level":"fatal","ts":1770797107.2866693,"caller":"collector/main.go:103","msg":"Failed to init storage factory","error":"failed to create primary Elasticsearch client: health check timeout: Head https://elasticsearch:9200: dial tcp: lookup elasticsearch on 172.20.0.10:53: server misbehaving: no Elasticsearch node available","errorVerbose":"no Elasticsearch node available\\ngithub.com/jaegertracing/jaeger/pkg/es/config.NewClient\\n\\t/home/runner/work/jaeger/jaeger/pkg/es/config/config.go:161\\nhealth check timeout"}',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'twentysixth-logstash-pipeline-configuration-error',
    family: 'config',
    source: 'https://github.com/elastic/logstash/issues/10896',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('logstash', 1, 7),
        memoryLimit: '2Gi',
        env: { LS_JAVA_OPTS: '-Xms1g -Xmx1g', PIPELINE_WORKERS: '4' },
        mounts: [{ volume: 'pipeline', path: '/usr/share/logstash/pipeline' }],
      },
    ],
    volumes: [{ name: 'pipeline', configMap: 'logstash-pipeline' }],
    previousLog: log(
      'Using bundled JDK: /usr/share/logstash/jdk',
      '[2026-02-11T08:27:48,463][INFO ][logstash.runner          ] Log4j configuration path used is: /usr/share/logstash/config/log4j2.properties',
      '[2026-02-11T08:27:48,470][INFO ][logstash.runner          ] Starting Logstash {"logstash.version"=>"8.15.3", "jruby.version"=>"jruby 9.4.8.0 (3.1.4) 2024-07-02 4d41e55a67 OpenJDK 64-Bit Server VM 21.0.4+7-LTS on 21.0.4+7-LTS +indy +jit [x86_64-linux]"}',
      '[2026-02-11T08:27:48,474][INFO ][logstash.runner          ] JVM bootstrap flags: [-Xms1g, -Xmx1g, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -XX:+HeapDumpOnOutOfMemoryError]',
      '[2026-02-11T08:27:49,602][INFO ][logstash.agent           ] Successfully started Logstash API endpoint {:port=>9600, :ssl_enabled=>false}',
      '[2026-02-11T08:27:49,611][INFO ][org.reflections.Reflections] Reflections took 153 ms to scan 1 urls, producing 149 keys and 523 values',
      '[2026-02-11T08:27:49,702][INFO ][logstash.licensechecker.licensereader] Elasticsearch pool URLs updated {:changes=>{:removed=>[], :added=>[http://logs-es.logging.svc:9200/]}}',
      '[2026-02-11T08:27:49,781][INFO ][logstash.licensechecker.licensereader] Restored connection to ES instance {:url=>"http://logs-es.logging.svc:9200/"}',
      '[2026-02-11T08:27:49,790][INFO ][logstash.licensechecker.licensereader] Elasticsearch version determined (8.15.3) {:es_version=>8}',
      '[2026-02-11T08:27:49,905][INFO ][logstash.monitoring.internalpipelinesource] Monitoring License OK',
      '[2026-02-11T08:27:49,906][INFO ][logstash.monitoring.internalpipelinesource] Validated license for monitoring. Enabling monitoring pipeline.',
      '[2026-02-11T08:27:50,101][INFO ][logstash.javapipeline    ] Pipeline `monitoring-logstash` is configured with `pipeline.ecs_compatibility: v8` setting. All plugins in this pipeline will default to `ecs_compatibility => v8` unless explicitly configured otherwise.',
      '[2026-02-11T08:27:50,170][ERROR][logstash.agent           ] Failed to execute action {:action=>LogStash::PipelineAction::Create/pipeline_id:main, :exception=>"LogStash::ConfigurationError", :message=>"Expected one of [ \\\\t\\\\r\\\\n], \\"#\\", \\"input\\", \\"filter\\", \\"output\\" at line 15, column 1 (byte 176) after ", :backtrace=>["/usr/share/logstash/logstash-core/lib/logstash/compiler.rb:32:in `compile_imperative\'", "org/logstash/execution/AbstractPipelineExt.java:239:in `initialize\'", "/usr/share/logstash/logstash-core/lib/logstash/java_pipeline.rb:47:in `initialize\'", "/usr/share/logstash/logstash-core/lib/logstash/pipeline_action/create.rb:52:in `execute\'", "/usr/share/logstash/logstash-core/lib/logstash/agent.rb:386:in `block in converge_state\'"]}',
      '[2026-02-11T08:27:50,236][INFO ][logstash.runner          ] Logstash shut down.',
      '[2026-02-11T08:27:50,245][FATAL][org.logstash.Logstash    ] Logstash stopped processing because of an error: (SystemExit) exit',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'twentysixth-rq-redis-misconf-rdb',
    family: 'dependency-state',
    source: 'https://github.com/rq/rq/issues/1980',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('report-worker', 1, 5),
        memoryLimit: '1Gi',
        args: ['rq', 'worker', '--url', 'redis://jobs-redis.data.svc:6379/0', 'reports', 'default'],
      },
    ],
    previousLog: log(
      '08:24:10 Worker rq:worker:7f3c0d2a91b84e3b: started with PID 1, version 1.16.2',
      '08:24:10 Subscribing to channel rq:pubsub:7f3c0d2a91b84e3b',
      '08:24:10 *** Listening on reports, default...',
      times(
        18,
        (i) =>
          `08:24:${dd(12 + i * 2)} reports: app.reports.render_pdf(account_id=${4100 + i}) (${(0xa1b2 + i).toString(16)}-job)\n08:24:${dd(13 + i * 2)} reports: Job OK (${(0xa1b2 + i).toString(16)}-job)\n08:24:${dd(13 + i * 2)} Result is kept for 500 seconds`,
      ),
      '08:25:01 reports: app.reports.render_pdf(account_id=4131) (c4d1-job)',
      '08:25:02 Worker rq:worker:7f3c0d2a91b84e3b: found an unhandled exception, quitting...',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/rq/worker.py", line 1431, in handle_job_success',
      '    pipeline.execute()',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 1528, in execute',
      '    return conn.retry.call_with_retry(',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 1405, in _raise_first_error',
      '    raise r',
      "redis.exceptions.ResponseError: Command # 1 (SET rq:job:c4d1-job:result ...) of pipeline caused error: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.",
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
  {
    id: 'twentysixth-apollo-router-configuration-had-errors',
    family: 'config',
    source: 'https://github.com/apollographql/rover/pull/2379',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('router', 1, 8),
        memoryLimit: '512Mi',
        args: ['--config', '/dist/config/router.yaml', '--supergraph', '/dist/schema/supergraph.graphql'],
        mounts: [
          { volume: 'router-config', path: '/dist/config' },
          { volume: 'supergraph', path: '/dist/schema' },
        ],
      },
    ],
    volumes: [
      { name: 'router-config', configMap: 'router-config' },
      { name: 'supergraph', configMap: 'supergraph-schema' },
    ],
    previousLog: log(
      '{"timestamp":"2026-02-11T08:28:01.102Z","level":"INFO","message":"Apollo Router v1.57.1 // (c) Apollo Graph, Inc. // Licensed as ELv2 (https://go.apollo.dev/elv2)","target":"apollo_router::executable"}',
      '{"timestamp":"2026-02-11T08:28:01.104Z","level":"WARN","message":"configuration could not be upgraded automatically as it had errors","target":"apollo_router::configuration::upgrade"}',
      '{"timestamp":"2026-02-11T08:28:01.105Z","level":"ERROR","message":"Failed to read configuration: configuration had errors: \\n1. at line 3\\n\\n  telemetry:\\n    instrumentation:\\n      spans: null\\n┌──────────────^\\n└-----> null is not of type \\"object\\"\\n\\n","target":"apollo_router::executable"}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentysixth-spring-datasource-url-not-specified',
    family: 'config',
    source: 'https://github.com/spring-projects/spring-boot/issues/15828',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('inventory-api', 1, 6),
        memoryLimit: '1Gi',
        env: { SPRING_PROFILES_ACTIVE: 'prod', SPRING_CONFIG_IMPORT: 'optional:configtree:/etc/inventory/' },
        mounts: [{ volume: 'inventory-config', path: '/etc/inventory' }],
      },
      { name: 'datadog-agent', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    volumes: [{ name: 'inventory-config', secret: 'inventory-db' }],
    previousLog: log(
      '{"@timestamp":"2026-02-11T08:26:10.004Z","@version":"1","message":"Starting InventoryApplication v3.4.0 using Java 21.0.5 with PID 1","logger_name":"c.e.inventory.InventoryApplication","thread_name":"main","level":"INFO","level_value":20000}',
      '{"@timestamp":"2026-02-11T08:26:10.011Z","@version":"1","message":"The following 1 profile is active: \\"prod\\"","logger_name":"c.e.inventory.InventoryApplication","thread_name":"main","level":"INFO","level_value":20000}',
      '{"@timestamp":"2026-02-11T08:26:10.812Z","@version":"1","message":"Bootstrapping Spring Data JPA repositories in DEFAULT mode.","logger_name":"o.s.d.r.c.RepositoryConfigurationDelegate","thread_name":"main","level":"INFO","level_value":20000}',
      '{"@timestamp":"2026-02-11T08:26:11.026Z","@version":"1","message":"Finished Spring Data repository scanning in 204 ms. Found 14 JPA repository interfaces.","logger_name":"o.s.d.r.c.RepositoryConfigurationDelegate","thread_name":"main","level":"INFO","level_value":20000}',
      '{"@timestamp":"2026-02-11T08:26:12.884Z","@version":"1","message":"Starting service [Tomcat]","logger_name":"o.apache.catalina.core.StandardService","thread_name":"main","level":"INFO","level_value":20000}',
      '{"@timestamp":"2026-02-11T08:26:12.885Z","@version":"1","message":"Starting Servlet engine: [Apache Tomcat/10.1.34]","logger_name":"o.apache.catalina.core.StandardEngine","thread_name":"main","level":"INFO","level_value":20000}',
      '{"@timestamp":"2026-02-11T08:26:12.990Z","@version":"1","message":"Initializing Spring embedded WebApplicationContext","logger_name":"o.a.c.c.C.[Tomcat].[localhost].[/]","thread_name":"main","level":"INFO","level_value":20000}',
      '{"@timestamp":"2026-02-11T08:26:12.991Z","@version":"1","message":"Root WebApplicationContext: initialization completed in 2611 ms","logger_name":"w.s.c.ServletWebServerApplicationContext","thread_name":"main","level":"INFO","level_value":20000}',
      times(
        24,
        (i) =>
          `{"@timestamp":"2026-02-11T08:26:13.${String(100 + i * 11).padStart(3, '0')}Z","@version":"1","message":"Datadog tracer: instrumentation ${['spring-web', 'spring-webmvc', 'tomcat', 'hibernate', 'jdbc', 'hikaricp', 'kafka', 'jackson', 'logback', 'servlet', 'okhttp', 'grpc'][i % 12]} ${i < 12 ? 'applied' : 'skipped (class not found)'}","logger_name":"datadog.trace.agent.tooling.AgentInstaller","thread_name":"dd-task-scheduler","level":"DEBUG","level_value":10000}`,
      ),
      '{"@timestamp":"2026-02-11T08:26:12.880Z","@version":"1","message":"Tomcat initialized with port 8080 (http)","logger_name":"o.s.b.w.embedded.tomcat.TomcatWebServer","thread_name":"main","level":"INFO","level_value":20000}',
      '{"@timestamp":"2026-02-11T08:26:13.402Z","@version":"1","message":"Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name \'stockRepository\'","logger_name":"o.s.b.w.s.c.AnnotationConfigServletWebServerApplicationContext","thread_name":"main","level":"WARN","level_value":30000}',
      '{"@timestamp":"2026-02-11T08:26:13.455Z","@version":"1","message":"\\n\\n***************************\\nAPPLICATION FAILED TO START\\n***************************\\n\\nDescription:\\n\\nFailed to configure a DataSource: \'url\' attribute is not specified and no embedded datasource could be configured.\\n\\nReason: Failed to determine a suitable driver class\\n\\n\\nAction:\\n\\nConsider the following:\\n\\tIf you want an embedded database (H2, HSQL or Derby), please put it on the classpath.\\n\\tIf you have database settings to be loaded from a particular profile you may need to activate it (the profiles prod are currently active).\\n","logger_name":"o.s.b.d.LoggingFailureAnalysisReporter","thread_name":"main","level":"ERROR","level_value":40000}',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'twentysixth-openai-insufficient-quota',
    family: 'quota',
    source: 'https://github.com/OpenBMB/ChatDev/issues/399',
    signal: 'Alert',
    containers: [
      {
        name: 'assistant-api',
        running: {},
        ready: true,
        memoryLimit: '1Gi',
        env: { OPENAI_MODEL: 'gpt-4o-mini' },
      },
      { name: 'otel-collector', running: {}, ready: true, memoryLimit: '200Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'AssistantErrorBudgetBurn: 5xx ratio 0.88 over 10m on assistant-api',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      chatter('json', 25),
      times(
        12,
        (i) =>
          `{"event": "HTTP Request: POST https://api.openai.com/v1/chat/completions \\"HTTP/1.1 429 Too Many Requests\\"", "logger": "httpx", "level": "info", "timestamp": "2026-02-11T08:2${Math.floor(i / 4)}:${dd(i * 13)}.000Z"}\n{"event": "Retrying request to /chat/completions in ${(0.4 + i * 0.1).toFixed(6)} seconds", "logger": "openai._base_client", "level": "info", "timestamp": "2026-02-11T08:2${Math.floor(i / 4)}:${dd(i * 13 + 1)}.000Z"}`,
      ),
      '{"event": "completion failed", "conversation_id": "c_81f2", "exc_info": "Traceback (most recent call last):\\n  File \\"/app/assistant/llm.py\\", line 88, in complete\\n    resp = await self.client.chat.completions.create(**kwargs)\\n  File \\"/usr/local/lib/python3.12/site-packages/openai/resources/chat/completions.py\\", line 1661, in create\\n    return await self._post(\\nopenai.RateLimitError: Error code: 429 - {\'error\': {\'message\': \'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.\', \'type\': \'insufficient_quota\', \'param\': None, \'code\': \'insufficient_quota\'}}", "logger": "assistant.llm", "level": "error", "timestamp": "2026-02-11T08:26:12.512Z"}',
      times(
        30,
        (i) =>
          `{"event": "request completed", "method": "POST", "path": "/v1/answers", "status": 502, "duration_ms": ${900 + i * 11}, "logger": "uvicorn.access", "level": "info", "timestamp": "2026-02-11T08:27:${dd(i * 2)}.000Z"}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    id: 'twentysixth-go-redis-max-clients',
    family: 'connection-limit',
    source: 'https://github.com/redis/go-redis/issues/2183',
    signal: 'Alert',
    containers: [
      {
        name: 'feed-api',
        running: {},
        ready: true,
        memoryLimit: '512Mi',
        env: { REDIS_ADDR: 'feed-redis.data.svc:6379', REDIS_POOL_SIZE: '200' },
      },
      { name: 'envoy', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'FeedAPIHighErrorRate: 34% of requests failed over 5m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"level":"info","ts":"2026-02-11T08:1${Math.floor(i / 10)}:${dd(i * 6)}.${String(i * 31).padStart(3, '0')}Z","caller":"http/server.go:211","msg":"request","method":"GET","path":"/v2/feed","status":200,"latency":"${(i % 9) + 3}.1ms"}`,
      ),
      '{"level":"warn","ts":"2026-02-11T08:19:12.004Z","caller":"feed/cache.go:77","msg":"redis get failed, falling back to store","key":"feed:u:88121","error":"ERR max number of clients reached"}',
      '{"level":"warn","ts":"2026-02-11T08:19:12.381Z","caller":"feed/cache.go:77","msg":"redis get failed, falling back to store","key":"feed:u:10293","error":"read tcp 10.42.6.17:51322->10.100.18.4:6379: i/o timeout"}',
      times(
        40,
        (i) =>
          `{"level":"error","ts":"2026-02-11T08:2${Math.floor(i / 8)}:${dd(i * 7)}.${String(i * 17).padStart(3, '0')}Z","caller":"http/server.go:219","msg":"request","method":"GET","path":"/v2/feed","status":503,"latency":"2.0${i % 10}s","error":"store: context deadline exceeded"}`,
      ),
      '{"level":"warn","ts":"2026-02-11T08:27:44.120Z","caller":"feed/cache.go:77","msg":"redis get failed, falling back to store","key":"feed:u:4410","error":"ERR max number of clients reached"}',
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollout-restart', 'flush-redis-cache'],
  },
  {
    id: 'twentysixth-partner-api-x509-expired',
    family: 'certificate',
    source: 'https://github.com/yashbhutwala/kubectl-df-pv/issues/20',
    signal: 'Alert',
    containers: [
      { name: 'shipping-gateway', running: {}, ready: true, memoryLimit: '256Mi' },
      { name: 'vault-agent', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ShippingLabelFailures: 100% of label requests failing for carrier=dhl',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      chatter('logfmt', 30),
      'time=2026-02-11T08:20:03.118Z level=info msg="refreshing carrier token" carrier=dhl',
      'time=2026-02-11T08:20:03.402Z level=error msg="carrier call failed" carrier=dhl op=CreateLabel err="Post \\"https://api-eu.dhl.com/parcel/de/shipping/v2/orders\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-11T08:20:03Z is after 2026-02-11T06:14:55Z" attempt=1',
      times(
        45,
        (i) =>
          `time=2026-02-11T08:2${Math.floor(i / 8)}:${dd(i * 7)}.000Z level=error msg="carrier call failed" carrier=dhl op=CreateLabel err="circuit breaker is open" attempt=${(i % 3) + 1}`,
      ),
      chatter('logfmt', 20, 30),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'twentysixth-mysql-host-blocked-flush-hosts',
    family: 'dependency-state',
    source: 'https://github.com/balderdashy/sails/issues/3443',
    signal: 'CrashLoopBackOff',
    containers: [{ ...crashed('crm-sync', 1, 7), memoryLimit: '384Mi', env: { NODE_ENV: 'production' } }],
    previousLog: log(
      '{"level":30,"time":1770798401102,"pid":1,"hostname":"crm-sync-5d8b7c9f6-m2q8x","msg":"booting crm-sync 2.14.0"}',
      times(
        10,
        (i) =>
          `{"level":20,"time":${1770798401110 + i * 3},"pid":1,"hostname":"crm-sync-5d8b7c9f6-m2q8x","msg":"registered sync job","job":"${['accounts', 'contacts', 'deals', 'activities', 'owners'][i % 5]}-${i < 5 ? 'pull' : 'push'}","every":"${i < 5 ? '60s' : '300s'}"}`,
      ),
      '{"level":30,"time":1770798401145,"pid":1,"hostname":"crm-sync-5d8b7c9f6-m2q8x","msg":"connecting to mysql crm-db.data.svc:3306"}',
      '{"level":60,"time":1770798401602,"pid":1,"hostname":"crm-sync-5d8b7c9f6-m2q8x","err":{"type":"Error","message":"ER_HOST_IS_BLOCKED: Host \'10.42.9.33\' is blocked because of many connection errors; unblock with \'mysqladmin flush-hosts\'","stack":"Error: ER_HOST_IS_BLOCKED: Host \'10.42.9.33\' is blocked because of many connection errors; unblock with \'mysqladmin flush-hosts\'\\n    at Handshake.Sequence._packetToError (/app/node_modules/mysql/lib/protocol/sequences/Sequence.js:47:14)\\n    at Handshake.ErrorPacket (/app/node_modules/mysql/lib/protocol/sequences/Handshake.js:123:18)\\n    at Protocol._parsePacket (/app/node_modules/mysql/lib/protocol/Protocol.js:291:23)","code":"ER_HOST_IS_BLOCKED","errno":1129,"fatal":true},"msg":"could not connect to mysql"}',
      '{"level":30,"time":1770798401610,"pid":1,"hostname":"crm-sync-5d8b7c9f6-m2q8x","msg":"shutting down"}',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'scale-up'],
  },
  {
    id: 'twentysixth-sqs-queue-does-not-exist',
    family: 'config',
    source: 'https://github.com/aws/aws-sdk-php-laravel/issues/129',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('notifications-worker', 1, 5),
        memoryLimit: '256Mi',
        env: { AWS_REGION: 'eu-central-1', QUEUE_NAME: 'notifications-prod' },
      },
    ],
    previousLog: log(
      '{"level":"info","time":"2026-02-11T08:27:30.101Z","pid":1,"msg":"worker starting","queue":"notifications-prod","region":"eu-central-1"}',
      times(
        12,
        (i) =>
          `{"level":"debug","time":"2026-02-11T08:27:30.${String(110 + i * 13).padStart(3, '0')}Z","pid":1,"msg":"template loaded","template":"${['order-shipped', 'order-delayed', 'password-reset', 'invoice-ready', 'welcome', 'refund-issued'][i % 6]}.${i < 6 ? 'html' : 'txt'}"}`,
      ),
      '{"level":"info","time":"2026-02-11T08:27:30.388Z","pid":1,"msg":"assumed role via web identity","roleArn":"arn:aws:iam::111122223333:role/notifications-worker"}',
      '{"level":"error","time":"2026-02-11T08:27:30.744Z","pid":1,"msg":"failed to resolve queue url","err":{"type":"QueueDoesNotExist","message":"The specified queue does not exist for this wsdl version.","name":"QueueDoesNotExist","$fault":"client","$metadata":{"httpStatusCode":400,"requestId":"8c1f2a4e-54a3-5b8e-9d1c-6b7a0c2e9f11","attempts":1,"totalRetryDelay":0},"Code":"AWS.SimpleQueueService.NonExistentQueue","stack":"QueueDoesNotExist: The specified queue does not exist for this wsdl version.\\n    at de_QueueDoesNotExistRes (/app/node_modules/@aws-sdk/client-sqs/dist-cjs/index.js:1712:21)\\n    at de_CommandError (/app/node_modules/@aws-sdk/client-sqs/dist-cjs/index.js:1091:19)"}}',
      '{"level":"fatal","time":"2026-02-11T08:27:30.746Z","pid":1,"msg":"exiting"}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentysixth-sqlclient-login-failed',
    family: 'credentials',
    source: 'https://github.com/microsoft/mssql-docker/issues/506',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('claims-portal', 134, 6),
        memoryLimit: '768Mi',
        env: { ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_gcServer: '0' },
      },
      { name: 'fluent-bit', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    previousLog: log(
      '{"@t":"2026-02-11T08:27:02.1184210Z","@mt":"Starting web host","@l":"Information","SourceContext":"ClaimsPortal.Program"}',
      times(
        18,
        (i) =>
          `{"@t":"2026-02-11T08:27:02.${String(1200 + i * 211).slice(0, 4)}000Z","@mt":"{ServiceName} registered","@l":"Debug","ServiceName":"${['IClaimsRepository', 'IPolicyLookup', 'IDocumentStore', 'IAuditSink', 'IEmailSender', 'IFeatureFlags'][i % 6]}","SourceContext":"ClaimsPortal.Startup"}`,
      ),
      '{"@t":"2026-02-11T08:27:02.4411010Z","@mt":"Entity Framework Core {version} initialized \'{contextType}\' using provider \'{provider}\' with options: {options}","@l":"Information","version":"8.0.11","contextType":"ClaimsDbContext","provider":"Microsoft.EntityFrameworkCore.SqlServer","options":"EnableRetryOnFailure MaxPoolSize=128","SourceContext":"Microsoft.EntityFrameworkCore.Infrastructure"}',
      '{"@t":"2026-02-11T08:27:02.5501177Z","@mt":"Applying migrations for {Context}","@l":"Information","Context":"ClaimsDbContext","SourceContext":"ClaimsPortal.Startup"}',
      '{"@t":"2026-02-11T08:27:03.0129874Z","@mt":"An error occurred using the connection to database \'{database}\' on server \'{server}\'.","@l":"Error","database":"claims","server":"tcp:claims-sql.data.svc,1433","EventId":{"Id":20004,"Name":"Microsoft.EntityFrameworkCore.Database.Connection.ConnectionError"},"SourceContext":"Microsoft.EntityFrameworkCore.Database.Connection"}',
      '{"@t":"2026-02-11T08:27:03.0455120Z","@mt":"Host terminated unexpectedly","@l":"Fatal","@x":"Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user \'claims_app\'.\\n   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\\n   at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)\\n   at Microsoft.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)\\n   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.CompleteLogin(Boolean enlistOK)\\nClientConnectionId:5b0c8f21-7d4e-4a61-9b8e-2f0c3d9a1e77\\nError Number:18456,State:1,Class:14","SourceContext":"ClaimsPortal.Program"}',
      "Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'claims_app'.",
      '   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'twentysixth-hasura-database-starting-up',
    family: 'dependency-down',
    source: 'https://github.com/nhost/cli/issues/753',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('graphql-engine', 1, 10),
        memoryLimit: '1Gi',
        env: {
          HASURA_GRAPHQL_ENABLED_LOG_TYPES: 'startup, http-log, webhook-log',
          HASURA_GRAPHQL_DEV_MODE: 'false',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.2.51:8080/healthz": dial tcp 10.42.2.51:8080: connect: connection refused',
        count: 27,
      },
    ],
    previousLog: log(
      '{"detail":{"info":{"admin_secret_set":true,"auth_hook":null,"cors_config":{"allowed_origins":"*","disabled":false,"ws_read_cookie":null},"enable_allowlist":false,"enable_console":false,"enabled_apis":["metadata","graphql","config","pgdump"],"enabled_log_types":["startup","http-log","webhook-log"],"infer_function_permissions":true,"jwt_secret":[],"live_query_options":{"batch_size":100,"refetch_delay":1},"log_level":"info","port":8080,"server_host":"HostAny","stringify_numeric_types":false,"transaction_isolation":"ISOLATION LEVEL READ COMMITTED","use_prepared_statements":true},"kind":"server_configuration"},"level":"info","timestamp":"2026-02-11T08:26:58.004+0000","type":"startup"}',
      '{"detail":{"info":{"database_url":"postgres://hasura:...@app-postgres-rw.data.svc:5432/app","retries":1},"kind":"postgres_connection"},"level":"info","timestamp":"2026-02-11T08:26:58.011+0000","type":"startup"}',
      times(
        40,
        (i) =>
          `{"detail":{"message":"postgres connection failed, retrying(${i}).","retries":${i}},"level":"warn","timestamp":"2026-02-11T08:27:${dd(i + 1)}.${String(100 + i).padStart(3, '0')}+0000","type":"pg-client"}`,
      ),
      '{"detail":{"info":{"code":"postgres-error","error":"connection error","internal":"connection to server at \\"app-postgres-rw.data.svc\\" (10.100.41.7), port 5432 failed: FATAL:  the database system is starting up\\n","path":"$"},"kind":"catalog_migrate"},"level":"error","timestamp":"2026-02-11T08:27:58.228+0000","type":"startup"}',
      '{"code":"postgres-error","error":"connection error","internal":"connection to server at \\"app-postgres-rw.data.svc\\" (10.100.41.7), port 5432 failed: FATAL:  the database system is starting up\\n","path":"$"}',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'twentysixth-psycopg2-connection-slots-reserved',
    family: 'connection-limit',
    source: 'https://github.com/irrdnet/irrd/issues/350',
    signal: 'Alert',
    containers: [
      {
        name: 'pricing-api',
        running: {},
        ready: true,
        memoryLimit: '1Gi',
        env: { SQLALCHEMY_POOL_SIZE: '20', SQLALCHEMY_MAX_OVERFLOW: '20', WEB_CONCURRENCY: '4' },
      },
      { name: 'cloud-sql-proxy', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'PricingAPI5xx: 41% of requests answered 500 over 5m',
        on: 'Deployment',
      },
      {
        reason: 'SuccessfulRescale',
        message: 'New size: 12; reason: cpu resource utilization (percentage of request) above target',
        type: 'Normal',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `time="2026-02-11T08:1${Math.floor(i / 10)}:${dd(i * 6)}" level=info logger=uvicorn.access msg="10.42.0.${i + 3}:0 - \\"GET /v1/quotes?sku=${900 + i} HTTP/1.1\\" 200"`,
      ),
      'time="2026-02-11T08:21:07" level=error logger=pricing.db msg="Exception in ASGI application"',
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.11/site-packages/sqlalchemy/pool/base.py", line 656, in __connect',
      '    connection = pool._invoke_creator(self)',
      '  File "/app/.venv/lib/python3.11/site-packages/sqlalchemy/engine/default.py", line 620, in connect',
      '    return self.loaded_dbapi.connect(*cargs, **cparams)',
      '  File "/app/.venv/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect',
      '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
      'psycopg2.OperationalError: FATAL:  remaining connection slots are reserved for non-replication superuser connections',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  remaining connection slots are reserved for non-replication superuser connections',
      times(
        40,
        (i) =>
          `time="2026-02-11T08:2${2 + Math.floor(i / 8)}:${dd(i * 7)}" level=info logger=uvicorn.access msg="10.42.0.${i + 3}:0 - \\"GET /v1/quotes?sku=${1200 + i} HTTP/1.1\\" ${i % 3 === 0 ? 200 : 500}"`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollout-restart'],
  },

  // ---------------------------------------------------------------- restarts, right and wrong (10)
  {
    // Right: one of four event loops is wedged on a lock; a quarter of requests hang, the probe
    // (served by another loop) passes, so the kubelet never restarts it.
    id: 'twentysixth-vertx-event-loop-blocked-restart-pod',
    family: 'hung-process',
    source: 'https://github.com/gentics/mesh/issues/205',
    signal: 'Alert',
    containers: [
      {
        name: 'quotes-gateway',
        running: { startedAt: '2026-02-09T21:40:00Z' },
        ready: true,
        memoryLimit: '1536Mi',
        env: { JAVA_OPTS: '-XX:MaxRAMPercentage=60 -Dvertx.options.eventLoopPoolSize=4' },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'QuotesGatewayTimeouts: 24% of requests to pod quotes-gateway-7b9c4-hx2lq exceed 30s (other replicas 0%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `08:1${Math.floor(i / 10)}:${dd(i * 6)}.${String(i * 23).padStart(3, '0')} [vert.x-eventloop-thread-${i % 4 === 1 ? 0 : i % 4}] INFO  c.e.q.http.AccessLog - GET /v3/quotes/${6000 + i} 200 ${(i % 12) + 4}ms`,
      ),
      '08:20:41.002 [vertx-blocked-thread-checker] WARN  i.v.c.i.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 2751 ms, time limit is 2000 ms',
      times(
        30,
        (i) =>
          `08:2${1 + Math.floor(i / 6)}:${dd(i * 10)}.${String(i * 19).padStart(3, '0')} [vert.x-eventloop-thread-${(i % 3) + 2}] INFO  c.e.q.http.AccessLog - GET /v3/quotes/${6100 + i} 200 ${(i % 12) + 4}ms`,
      ),
      '08:27:41.004 [vertx-blocked-thread-checker] WARN  i.v.c.i.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 422751 ms, time limit is 2000 ms',
      'io.vertx.core.VertxException: Thread blocked',
      '\tat java.base/jdk.internal.misc.Unsafe.park(Native Method)',
      '\tat java.base/java.util.concurrent.locks.LockSupport.park(LockSupport.java:221)',
      '\tat java.base/java.util.concurrent.locks.AbstractQueuedSynchronizer.acquire(AbstractQueuedSynchronizer.java:754)',
      '\tat java.base/java.util.concurrent.locks.ReentrantLock.lock(ReentrantLock.java:322)',
      '\tat com.example.quotes.pricing.RateCache.refresh(RateCache.java:118)',
      '\tat io.vertx.core.impl.ContextImpl.emit(ContextImpl.java:342)',
      times(
        10,
        (i) =>
          `08:28:${dd(i * 5)}.${String(i * 13).padStart(3, '0')} [vert.x-eventloop-thread-${(i % 3) + 2}] INFO  c.e.q.http.AccessLog - GET /healthz 200 1ms`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart'],
    harmful: ['scale-up'],
  },
  {
    // Right: nine days of uptime and a descriptor leak; the liveness route opens no file.
    id: 'twentysixth-node-emfile-leak-after-days',
    family: 'fd-leak',
    source: 'https://github.com/expressjs/express/issues/3372',
    signal: 'Alert',
    containers: [
      {
        name: 'media-thumbs',
        running: { startedAt: '2026-02-02T06:11:00Z' },
        ready: true,
        memoryLimit: '512Mi',
        env: { NODE_ENV: 'production', UV_THREADPOOL_SIZE: '8' },
      },
      { name: 'linkerd-proxy', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ThumbsPodErrors: pod media-thumbs-6f7d9-2xk8v answers 500 to 63% of requests; other 5 replicas below 0.1%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        35,
        (i) =>
          `{"level":30,"time":${1770797000000 + i * 4000},"pid":1,"hostname":"media-thumbs-6f7d9-2xk8v","req":{"method":"GET","url":"/t/${88000 + i}/320x240.webp"},"res":{"statusCode":200},"responseTime":${(i % 20) + 6},"msg":"request completed"}`,
      ),
      '{"level":50,"time":1770797142118,"pid":1,"hostname":"media-thumbs-6f7d9-2xk8v","err":{"type":"Error","message":"EMFILE: too many open files, open \'/var/cache/thumbs/88035-320x240.webp\'","stack":"Error: EMFILE: too many open files, open \'/var/cache/thumbs/88035-320x240.webp\'","errno":-24,"code":"EMFILE","syscall":"open","path":"/var/cache/thumbs/88035-320x240.webp"},"msg":"thumbnail cache read failed"}',
      times(
        45,
        (i) =>
          `{"level":${i % 3 === 0 ? 30 : 50},"time":${1770797150000 + i * 9000},"pid":1,"hostname":"media-thumbs-6f7d9-2xk8v","req":{"method":"GET","url":"/t/${88100 + i}/320x240.webp"},"res":{"statusCode":${i % 3 === 0 ? 200 : 500}},"responseTime":${(i % 9) + 2},"msg":"${i % 3 === 0 ? 'request completed' : 'request errored'}"}`,
      ),
      '{"level":50,"time":1770797566020,"pid":1,"hostname":"media-thumbs-6f7d9-2xk8v","err":{"type":"Error","message":"EMFILE: too many open files, open \'/var/cache/thumbs/88141-320x240.webp\'","code":"EMFILE","syscall":"open"},"msg":"thumbnail cache read failed"}',
      '{"level":30,"time":1770797570001,"pid":1,"hostname":"media-thumbs-6f7d9-2xk8v","req":{"method":"GET","url":"/livez"},"res":{"statusCode":200},"responseTime":0,"msg":"request completed"}',
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
    harmful: ['scale-up', 'rollback'],
  },
  {
    // Right: the database failed over; every replica keeps writing to the demoted primary through
    // pooled connections and none reconnects. A rollout 38 minutes earlier changed only a page size.
    id: 'twentysixth-mikroorm-read-only-after-failover',
    family: 'stale-connections',
    source: 'https://github.com/lidofinance/lido-keys-api/issues/268',
    signal: 'Alert',
    containers: [
      {
        name: 'keys-api',
        running: {},
        ready: true,
        memoryLimit: '1Gi',
        env: { DB_HOST: 'keys-pg.data.svc' },
      },
    ],
    rollout: { minutesAgo: 38, addedEnv: { KEYS_PAGE_SIZE: '500' } },
    events: [
      {
        reason: 'AlertFiring',
        message: 'KeysAPIJobsFailing: 100% of jobs failed over 10m on all 3 replicas',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"context":{"name":"Update validators from ValidatorsRegistry"},"level":"info","message":"Job finished","duration":${900 + i * 13},"timestamp":"2026-02-11T08:0${Math.floor(i / 6)}:${dd(i * 10)}.000Z"}`,
      ),
      '{"context":{},"level":"warn","message":"Connection terminated unexpectedly","timestamp":"2026-02-11T08:17:02.114Z"}',
      '{"context":{"name":"Update validators from ValidatorsRegistry"},"level":"warn","message":"Job terminated with an error","timestamp":"2026-02-11T08:17:31.009Z"}',
      '{"code":"25006","file":"utility.c","length":118,"level":"error","line":"242","message":"delete from \\"consensus_validator\\" - cannot execute DELETE in a read-only transaction","routine":"PreventCommandIfReadOnly","severity":"ERROR","stack":["DriverException: delete from \\"consensus_validator\\" - cannot execute DELETE in a read-only transaction\\n    at PostgreSqlExceptionConverter.convertException (/app/node_modules/@mikro-orm/core/platforms/ExceptionConverter.js:8:16)\\n    at PostgreSqlExceptionConverter.convertException (/app/node_modules/@mikro-orm/postgresql/PostgreSqlExceptionConverter.js:42:22)"],"timestamp":"2026-02-11T08:17:31.011Z"}',
      times(
        40,
        (i) =>
          `{"context":{"name":"${i % 2 ? 'Update keys from registry' : 'Update validators from ValidatorsRegistry'}"},"level":"warn","message":"Job terminated with an error","timestamp":"2026-02-11T08:${dd(18 + Math.floor(i / 4))}:${dd(i * 15)}.000Z"}`,
      ),
      '{"code":"25006","level":"error","message":"insert into \\"registry_key\\" - cannot execute INSERT in a read-only transaction","routine":"PreventCommandIfReadOnly","severity":"ERROR","timestamp":"2026-02-11T08:28:01.502Z"}',
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod', 'escalate'],
    harmful: ['rollback', 'scale-up'],
  },
  {
    // Right: a thread leak over six days; the JVM cannot start one more thread.
    id: 'twentysixth-jvm-unable-to-create-native-thread',
    family: 'thread-leak',
    source: 'https://github.com/DecentSoftware-eu/DecentHolograms/issues/36',
    signal: 'Alert',
    containers: [
      {
        name: 'search-indexer',
        running: { startedAt: '2026-02-05T03:12:00Z' },
        ready: true,
        memoryLimit: '3Gi',
        env: { JAVA_TOOL_OPTIONS: '-Xmx1536m -Xss1m' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'IndexerLag: search-indexer-0 has indexed nothing for 14m; jvm_threads_live_threads=31874',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      chatter('plain', 40),
      '2026-02-11 08:14:02.381 WARN  [indexer-http-18233] o.a.h.c.h.i.c.PoolingHttpClientConnectionManager - Connection pool shut down; creating a new client',
      '[558214.118s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 4k, detached.',
      '[558214.118s][warning][os,thread] Failed to start the native thread for java.lang.Thread "indexer-http-31875"',
      '2026-02-11 08:14:03.002 ERROR [batch-scheduler-1] c.e.search.IndexBatchJob - batch 88213 failed',
      'java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      '\tat java.base/java.lang.Thread.start0(Native Method)',
      '\tat java.base/java.lang.Thread.start(Thread.java:1553)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1364)',
      '\tat com.example.search.client.CatalogClient.fetchAsync(CatalogClient.java:77)',
      chatter('plain', 30, 40),
      times(
        20,
        (i) =>
          `2026-02-11 08:2${Math.floor(i / 4)}:${dd(i * 11)}.000 ERROR [batch-scheduler-1] c.e.search.IndexBatchJob - batch ${88214 + i} failed: java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // Wrong: the operator panics on the same object at every start; a restart changes nothing.
    id: 'twentysixth-controller-nil-map-panic',
    family: 'bug',
    source: 'https://github.com/akuity/kargo/issues/562',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('release-controller', 2, 12),
        memoryLimit: '256Mi',
        args: ['--leader-elect', '--metrics-bind-address=:8080'],
      },
    ],
    previousLog: log(
      '2026-02-11T08:27:30Z\tINFO\tsetup\tstarting manager',
      '2026-02-11T08:27:30Z\tINFO\tcontroller-runtime.metrics\tStarting metrics server',
      'I0211 08:27:30.882114       1 leaderelection.go:250] attempting to acquire leader lease release-system/release-controller.example.com...',
      'I0211 08:27:31.004512       1 leaderelection.go:260] successfully acquired lease release-system/release-controller.example.com',
      '2026-02-11T08:27:31Z\tINFO\tStarting EventSource\t{"controller": "promotion", "controllerGroup": "release.example.com", "controllerKind": "Promotion", "source": "kind source: *v1alpha1.Promotion"}',
      '2026-02-11T08:27:31Z\tINFO\tStarting Controller\t{"controller": "promotion", "controllerGroup": "release.example.com", "controllerKind": "Promotion"}',
      '2026-02-11T08:27:31Z\tINFO\tStarting workers\t{"controller": "promotion", "controllerGroup": "release.example.com", "controllerKind": "Promotion", "worker count": 1}',
      'panic: assignment to entry in nil map [recovered]',
      '\tpanic: assignment to entry in nil map',
      '',
      'goroutine 368 [running]:',
      'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1()',
      '\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.19.1/pkg/internal/controller/controller.go:111 +0x1e5',
      'panic({0x1a2b3c0?, 0x2d4e5f0?})',
      '\t/usr/local/go/src/runtime/panic.go:785 +0x132',
      'github.com/example/release-controller/internal/controller/promotions.(*reconciler).Reconcile(0xc000181c00, {0x1f2d1d28, 0xc000b32510}, {{{0xc0008c4d66, 0x6}, {0xc0008c4d90, 0xe}}})',
      '\t/src/internal/controller/promotions/promotions.go:125 +0x718',
      'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler(0xc00093cbe0, {0x1f2d1d28, 0xc000b32510}, {0x1e4b49c0, 0xc00040b160})',
      '\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.19.1/pkg/internal/controller/controller.go:316 +0x3bc',
      'created by sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2 in goroutine 211',
      '\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.19.1/pkg/internal/controller/controller.go:223 +0x79',
      '',
      'goroutine 1 [select]:',
      'sigs.k8s.io/controller-runtime/pkg/manager.(*controllerManager).Start(0xc0002d6a00, {0x1f2d1cb8, 0xc0002e1b30})',
      '\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.19.1/pkg/manager/internal.go:427 +0x8a5',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    // Wrong: the liveness probe kills Prometheus mid-WAL-replay; every restart starts the replay over.
    id: 'twentysixth-prometheus-wal-replay-liveness-kill',
    family: 'probe-misconfigured',
    source: 'https://github.com/prometheus-community/helm-charts/issues/4585',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'prometheus',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=prometheus',
        },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 8,
        memoryLimit: '24Gi',
        memoryRequest: '16Gi',
        args: [
          '--storage.tsdb.path=/prometheus',
          '--storage.tsdb.retention.time=15d',
          '--web.enable-lifecycle',
        ],
        mounts: [{ volume: 'prometheus-db', path: '/prometheus' }],
      },
      { name: 'config-reloader', running: {}, ready: true, memoryLimit: '50Mi' },
    ],
    volumes: [{ name: 'prometheus-db', persistentVolumeClaim: 'prometheus-db-prometheus-k8s-0' }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 503',
        count: 48,
      },
      {
        reason: 'Killing',
        message: 'Container prometheus failed liveness probe, will be restarted',
        type: 'Normal',
        count: 8,
      },
    ],
    previousLog: log(
      'ts=2026-02-11T08:20:02.118Z caller=main.go:627 level=info msg="Starting Prometheus Server" mode=server version="(version=2.54.1, branch=HEAD, revision=e6cfa720fbe6280153fab13090a483dbd40bece3)"',
      'ts=2026-02-11T08:20:02.121Z caller=main.go:1149 level=info msg="Starting TSDB ..."',
      'ts=2026-02-11T08:20:02.130Z caller=web.go:571 level=info component=web msg="Start listening for connections" address=0.0.0.0:9090',
      'ts=2026-02-11T08:20:03.402Z caller=head.go:626 level=info component=tsdb msg="Replaying on-disk memory mappable chunks if any"',
      'ts=2026-02-11T08:20:41.877Z caller=head.go:713 level=info component=tsdb msg="On-disk memory mappable chunks replay completed" duration=38.475s',
      'ts=2026-02-11T08:20:41.877Z caller=head.go:721 level=info component=tsdb msg="Replaying WAL, this may take a while"',
      times(
        60,
        (i) =>
          `ts=2026-02-11T08:${dd(20 + Math.floor((41 + i * 5) / 60))}:${dd(41 + i * 5)}.${String(i * 37).padStart(3, '0')}Z caller=head.go:793 level=info component=tsdb msg="WAL segment loaded" segment=${i} maxSegment=412`,
      ),
      'ts=2026-02-11T08:25:47.004Z caller=main.go:880 level=warn msg="Received SIGTERM, exiting gracefully..."',
      'ts=2026-02-11T08:25:47.004Z caller=main.go:904 level=info msg="Stopping scrape discovery manager..."',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
  {
    // Right: one replica leaks sessions (a handler that never closes them); its pool is gone.
    id: 'twentysixth-sqlalchemy-queuepool-leak-one-replica',
    family: 'pool-leak',
    source: 'https://github.com/dbinfrago/capella-collab-manager/issues/1914',
    signal: 'Alert',
    containers: [
      {
        name: 'collab-backend',
        running: { startedAt: '2026-02-10T11:00:00Z' },
        ready: false,
        memoryLimit: '1Gi',
        env: { DB_POOL_SIZE: '5', DB_MAX_OVERFLOW: '10' },
      },
      { name: 'promtail', running: {}, ready: true, memoryLimit: '96Mi' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.4.22:8000/healthcheck": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 53,
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `time="2026-02-11T08:0${Math.floor(i / 8)}:${dd(i * 7)}+0000" level=INFO function=dispatch client="10.194.188.${(i % 50) + 10}:0" trace_id="${(0x1a2b3c + i).toString(36).toUpperCase()}" method="GET" path="/api/v1/projects" user="svc-sync" message="200 OK"`,
      ),
      'time="2026-02-11T08:13:50+0000" level=WARNING function=dispatch client="10.194.188.78:0" trace_id="IYV0V95O2U" method="GET" path="/api/v1/sessions" user="jdoe" message="Session cleanup skipped: exception in background task"',
      'time="2026-02-11T08:14:20+0000" level=ERROR function=dispatch client="10.194.188.78:0" trace_id="IYV0V95O3A" method="POST" path="/api/v1/authentication/tokens" user="anonymous" message="QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"',
      'Traceback (most recent call last):',
      '  File "/tmp/backend/capellacollab/core/logging/__init__.py", line 97, in dispatch',
      '    return await call_next(request)',
      '  File "/opt/.venv/lib/python3.11/site-packages/sqlalchemy/pool/impl.py", line 168, in _do_get',
      '    raise exc.TimeoutError(',
      'sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)',
      times(
        35,
        (i) =>
          `time="2026-02-11T08:${dd(15 + Math.floor(i / 3))}:${dd(i * 20)}+0000" level=ERROR function=dispatch client="10.194.188.${(i % 50) + 10}:0" trace_id="${(0x2b3c4d + i).toString(36).toUpperCase()}" method="GET" path="/api/v1/projects" user="svc-sync" message="QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
    harmful: ['scale-up'],
  },
  {
    // Wrong: a second node_exporter already holds :9100 on the host network; a restart binds nothing.
    id: 'twentysixth-node-exporter-port-held-on-host',
    family: 'port-conflict',
    source: 'https://github.com/prometheus/node_exporter/issues/1115',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('node-exporter', 1, 14),
        memoryLimit: '64Mi',
        args: ['--web.listen-address=:9100', '--path.rootfs=/host/root'],
      },
      { name: 'kube-rbac-proxy', running: {}, ready: true, memoryLimit: '32Mi' },
    ],
    previousLog: log(
      'ts=2026-02-11T08:27:10.002Z caller=node_exporter.go:193 level=info msg="Starting node_exporter" version="(version=1.8.2, branch=HEAD, revision=f1e0e8360aa60b6cb5e5cc1560bed348fc2c1895)"',
      'ts=2026-02-11T08:27:10.002Z caller=node_exporter.go:194 level=info msg="Build context" build_context="(go=go1.22.5, platform=linux/amd64, user=root@03d440803209, date=20240714-11:53:45, tags=unknown)"',
      'ts=2026-02-11T08:27:10.003Z caller=filesystem_common.go:111 level=info collector=filesystem msg="Parsed flag --collector.filesystem.mount-points-exclude" flag=^/(dev|proc|run/credentials/.+|sys|var/lib/docker/.+|var/lib/containers/storage/.+)($|/)',
      'ts=2026-02-11T08:27:10.004Z caller=node_exporter.go:111 level=info msg="Enabled collectors"',
      times(
        24,
        (i) =>
          `ts=2026-02-11T08:27:10.00${4 + Math.floor(i / 10)}Z caller=node_exporter.go:118 level=info collector=${['arp', 'bcache', 'bonding', 'btrfs', 'conntrack', 'cpu', 'cpufreq', 'diskstats', 'dmi', 'edac', 'entropy', 'fibrechannel', 'filefd', 'filesystem', 'hwmon', 'infiniband', 'ipvs', 'loadavg', 'mdadm', 'meminfo', 'netclass', 'netdev', 'netstat', 'nfs'][i]}`,
      ),
      'ts=2026-02-11T08:27:10.006Z caller=tls_config.go:313 level=info msg="Listening on" address=[::]:9100',
      'ts=2026-02-11T08:27:10.006Z caller=node_exporter.go:223 level=error err="listen tcp :9100: bind: address already in use"',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: RabbitMQ closed the channel after a delivery sat unacked for 30 minutes; the client does
    // not reopen it, so the worker idles while the queue grows.
    id: 'twentysixth-rabbitmq-ack-timeout-consumer-gone',
    family: 'stuck-consumer',
    source: 'https://github.com/cody-greene/node-rabbitmq-client/issues/33',
    signal: 'Alert',
    containers: [
      {
        name: 'invoice-mailer',
        running: { startedAt: '2026-02-10T19:02:00Z' },
        ready: true,
        memoryLimit: '384Mi',
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'RabbitMQQueueNoConsumers: queue invoices.send has 0 consumers and 12840 ready messages',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `[2026-02-11T07:${dd(20 + Math.floor(i / 3))}:${dd(i * 20)}.000Z] info: sent invoice INV-${200400 + i} to customer ${9100 + i} (smtp 250 2.0.0 OK)`,
      ),
      '[2026-02-11T07:34:02.551Z] info: sending invoice INV-200440 (attachment 38 MB)',
      '[2026-02-11T08:04:02.560Z] error: AMQPChannelError: PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more',
      '    at Channel._handleRPC (/app/node_modules/rabbitmq-client/lib/Channel.js:154:25)',
      '    at Channel._onMethod (/app/node_modules/rabbitmq-client/lib/Channel.js:281:18)',
      '    at Connection._handleChunk (/app/node_modules/rabbitmq-client/lib/Connection.js:473:28)',
      '    at readerLoop (/app/node_modules/rabbitmq-client/lib/Connection.js:322:26) {',
      "  code: 'PRECONDITION_FAILED'",
      '}',
      times(
        24,
        (i) =>
          `[2026-02-11T08:${dd(5 + i)}:00.000Z] info: GET /healthz 200 (uptime ${Math.floor(13 * 3600 + (5 + i) * 60)}s, consumers=0)`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
    harmful: ['scale-up'],
  },
  {
    // Wrong: InfluxDB replays its WAL after an unclean stop; the liveness probe kills it first.
    id: 'twentysixth-influxdb-wal-recovery-liveness',
    family: 'probe-misconfigured',
    source: 'https://github.com/influxdata/tick-charts/issues/75',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'influxdb',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=influxdb',
        },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 6,
        memoryLimit: '16Gi',
        mounts: [{ volume: 'data', path: '/var/lib/influxdb' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-metrics-influxdb-0' }],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.8.9:8086/ping": dial tcp 10.42.8.9:8086: connect: connection refused',
        count: 36,
      },
      {
        reason: 'Killing',
        message: 'Container influxdb failed liveness probe, will be restarted',
        type: 'Normal',
        count: 6,
      },
    ],
    previousLog: log(
      'ts=2026-02-11T08:26:02.110000Z lvl=info msg="InfluxDB starting" log_id=0tMX6u5G000 version=1.11.8 branch=1.11 commit=6ed4d9a',
      'ts=2026-02-11T08:26:02.110200Z lvl=info msg="Go runtime" log_id=0tMX6u5G000 version=go1.22.7 maxprocs=4',
      'ts=2026-02-11T08:26:02.214000Z lvl=info msg="Using data dir" log_id=0tMX6u5G000 service=store path=/var/lib/influxdb/data',
      times(
        40,
        (i) =>
          `ts=2026-02-11T08:26:${dd(3 + i)}.${String(100000 + i * 7919).slice(0, 6)}Z lvl=info msg="Opened file" log_id=0tMX6u5G000 engine=tsm1 service=filestore path=/var/lib/influxdb/data/telemetry/autogen/${120 + (i % 9)}/0000006${String(50 + i).padStart(2, '0')}-000000004.tsm id=${i % 4} duration=${(i * 733) % 40000}.${i % 10}ms`,
      ),
      times(
        20,
        (i) =>
          `ts=2026-02-11T08:26:${dd(44 + i)}.${String(200000 + i * 4111).slice(0, 6)}Z lvl=info msg="Reading file" log_id=0tMX6u5G000 engine=tsm1 service=cacheloader path=/var/lib/influxdb/wal/telemetry/autogen/128/_0${String(5100 + i)}.wal size=10487608`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },

  // ---------------------------------------------------------------- memory, raise right or wrong (6)
  {
    // Wrong: Netty's direct memory is capped by -XX:MaxDirectMemorySize far below the limit.
    id: 'twentysixth-netty-direct-memory-capped',
    family: 'memory-capped-runtime',
    source: 'https://github.com/spring-cloud/spring-cloud-gateway/issues/2862',
    signal: 'Alert',
    containers: [
      {
        name: 'edge-gateway',
        running: {},
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        env: {
          JAVA_TOOL_OPTIONS: '-Xmx1g -XX:MaxDirectMemorySize=256m -Dio.netty.leakDetection.level=simple',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'EdgeGateway5xx: 500 ratio 0.31 on edge-gateway over 5m; container_memory_working_set_bytes 1.41GiB of 2GiB',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx1g -XX:MaxDirectMemorySize=256m -Dio.netty.leakDetection.level=simple',
      times(
        40,
        (i) =>
          `2026-02-11 08:1${Math.floor(i / 10)}:${dd(i * 6)}.${String(i * 29).padStart(3, '0')}  INFO 1 --- [ctor-http-nio-${(i % 4) + 1}] c.e.edge.AccessLogFilter                 : POST /checkout/v2/cart 200 ${(i % 30) + 11}ms`,
      ),
      "2026-02-11 08:19:44.902 ERROR 1 --- [ctor-http-nio-3] io.netty.util.ResourceLeakDetector       : LEAK: ByteBuf.release() was not called before it's garbage-collected. See https://netty.io/wiki/reference-counted-objects.html for more information.",
      '2026-02-11 08:21:02.118 ERROR 1 --- [ctor-http-nio-2] a.w.r.e.AbstractErrorWebExceptionHandler : [5e1f2a9c-812]  500 Server Error for HTTP POST "/checkout/v2/cart"',
      '',
      'io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 4194304 byte(s) of direct memory (used: 264241159, max: 268435456)',
      '\tat io.netty.util.internal.PlatformDependent.incrementMemoryCounter(PlatformDependent.java:880)',
      '\tat io.netty.util.internal.PlatformDependent.allocateDirectNoCleaner(PlatformDependent.java:809)',
      '\tat io.netty.buffer.PoolArena$DirectArena.allocateDirect(PoolArena.java:718)',
      '\tat io.netty.buffer.PoolArena$DirectArena.newChunk(PoolArena.java:707)',
      '\tat io.netty.buffer.PoolArena.allocateNormal(PoolArena.java:224)',
      '\tat io.netty.buffer.PooledByteBufAllocator.newDirectBuffer(PooledByteBufAllocator.java:410)',
      '\tat reactor.netty.channel.FluxReceive.drainReceiver(FluxReceive.java:294)',
      times(
        30,
        (i) =>
          `2026-02-11 08:2${2 + Math.floor(i / 6)}:${dd(i * 10)}.${String(i * 41).padStart(3, '0')}  INFO 1 --- [ctor-http-nio-${(i % 4) + 1}] c.e.edge.AccessLogFilter                 : POST /checkout/v2/cart ${i % 3 ? 500 : 200} ${(i % 30) + 11}ms`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Wrong: Dask's nanny restarts the worker at 95% of its own --memory-limit (3 GB of a 12 GiB pod).
    id: 'twentysixth-dask-nanny-memory-limit-flag',
    family: 'memory-capped-runtime',
    source: 'https://github.com/dask/distributed/issues/2130',
    signal: 'Alert',
    containers: [
      {
        name: 'dask-worker',
        running: {},
        ready: true,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: [
          'dask',
          'worker',
          'tcp://dask-scheduler:8786',
          '--nthreads',
          '4',
          '--memory-limit',
          '3GB',
          '--local-directory',
          '/scratch',
        ],
        mounts: [{ volume: 'scratch', path: '/scratch' }],
      },
    ],
    volumes: [{ name: 'scratch', emptyDir: { sizeLimit: '50Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'RiskBatchFailed: nightly risk aggregation failed 3 times (KilledWorker)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      "distributed.nanny - INFO -         Start Nanny at: 'tcp://10.42.11.36:42465'",
      'distributed.worker - INFO -       Start worker at:  tcp://10.42.11.36:34437',
      'distributed.worker - INFO -          Listening to:  tcp://10.42.11.36:34437',
      'distributed.worker - INFO - Waiting to connect to:   tcp://dask-scheduler:8786',
      'distributed.worker - INFO - -------------------------------------------------',
      'distributed.worker - INFO -               Threads:                          4',
      'distributed.worker - INFO -                Memory:                    3.00 GB',
      'distributed.worker - INFO -       Local Directory: /scratch/dask-worker-space/worker-i47r_7ng',
      'distributed.worker - INFO -         Registered to:   tcp://dask-scheduler:8786',
      times(
        25,
        (i) =>
          `distributed.core - INFO - Event loop was unresponsive in Worker for ${(3 + (i % 5) * 0.7).toFixed(2)}s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.`,
      ),
      'distributed.worker.memory - WARNING - Worker is at 81% memory usage. Pausing worker.  Process memory: 2.43 GB -- Worker memory limit: 3.00 GB',
      'distributed.nanny - WARNING - Worker exceeded 95% memory budget. Restarting',
      'distributed.nanny - WARNING - Restarting worker',
      times(
        12,
        (i) =>
          `distributed.worker.memory - WARNING - Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: ${(2.1 + i * 0.05).toFixed(2)} GiB -- Worker memory limit: 2.79 GiB`,
      ),
      'distributed.nanny - WARNING - Worker exceeded 95% memory budget. Restarting',
      'distributed.nanny - WARNING - Restarting worker',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong-ish: no heap flag; V8 sizes its heap from the cgroup, about half of the limit, and the
    // SSR cache outgrows it. The fix is the heap flag (and the cache); more container memory only
    // nudges the default.
    id: 'twentysixth-node-default-heap-ssr',
    family: 'memory-capped-runtime',
    source: 'https://github.com/mitodl/ol-infrastructure/pull/5069',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'learn-web',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=learn-web',
        },
        last: { reason: 'Error', exitCode: 134 },
        restarts: 15,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        env: { NODE_ENV: 'production', PORT: '3000' },
        args: ['node', 'server.js'],
      },
    ],
    previousLog: log(
      '   ▲ Next.js 15.1.6',
      '   - Local:        http://learn-web-5c8f7b9d4-kq2rx:3000',
      '   - Network:      http://10.42.3.71:3000',
      '',
      ' ✓ Starting...',
      ' ✓ Ready in 412ms',
      times(
        50,
        (i) =>
          `{"level":"info","time":"2026-02-11T08:${dd(10 + Math.floor(i / 4))}:${dd(i * 15)}.000Z","msg":"ssr","path":"/courses/${['mit-6.0001', 'mit-18.06', 'mit-8.01', 'mit-15.401'][i % 4]}","status":200,"ms":${110 + ((i * 37) % 300)},"cacheEntries":${1200 + i * 61}}`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x6b2c000]   912004 ms: Mark-Compact 505.1 (520.6) -> 503.9 (521.3) MB, 912.40 / 0.00 ms  (average mu = 0.131, current mu = 0.022) allocation failure; scavenge might not succeed',
      '[1:0x6b2c000]   913187 ms: Mark-Compact 507.3 (522.3) -> 506.2 (523.8) MB, 1101.72 / 0.00 ms  (average mu = 0.084, current mu = 0.069) allocation failure; scavenge might not succeed',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf06a50 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf06d37 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
    ),
    accept: ['escalate'],
    tolerated: ['raise-memory-limit'],
  },
  {
    // Right: the query node must hold the loaded collection in memory; it needs more than 8 GiB.
    id: 'twentysixth-milvus-querynode-load-oomkilled',
    family: 'oom',
    source: 'https://github.com/milvus-io/milvus/issues/6726',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'querynode',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=querynode',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '8Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        args: ['milvus', 'run', 'querynode'],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container querynode in pod vector-querynode-7d9c-0',
        count: 14,
      },
    ],
    previousLog: log(
      '[2026/02/11 08:24:01.118 +00:00] [INFO] [querynodev2/server.go:287] ["query node init successfully"] [queryNodeID=12]',
      '[2026/02/11 08:24:01.502 +00:00] [INFO] [querynodev2/services.go:420] ["received load segments request"] [collectionID=446901233118291201] [partitionID=446901233118291202] [segmentNum=64]',
      times(
        48,
        (i) =>
          `[2026/02/11 08:24:${dd(2 + i)}.${String(100 + i * 17).padStart(3, '0')} +00:00] [INFO] [segments/segment_loader.go:${1101 + (i % 3)}] ["load segment done"] [collectionID=446901233118291201] [segmentID=4469012331182913${String(10 + i).padStart(2, '0')}] [rowNum=312500] [indexType=HNSW] [memUsage=${(5.1 + i * 0.058).toFixed(2)}GB]`,
      ),
      '[2026/02/11 08:24:51.880 +00:00] [WARN] [segments/segment_loader.go:1590] ["memory usage is high when load segment"] [memUsage=7.90GB] [totalMem=8.00GB] [thresholdFactor=0.9]',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the heap flag allows 1536 MiB inside a 1 GiB container; the kernel kills it first.
    id: 'twentysixth-node-heap-flag-above-limit',
    family: 'oom',
    source: 'https://github.com/rwlove/home-ops/pull/12561',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'langfuse-web',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=langfuse-web',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 9,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        env: { NODE_OPTIONS: '--max-old-space-size=1536', NEXTAUTH_URL: 'https://langfuse.example.com' },
      },
    ],
    previousLog: log(
      'Prisma schema loaded from packages/shared/prisma/schema.prisma',
      'Datasource "db": PostgreSQL database "langfuse", schema "public" at "langfuse-pg.data.svc:5432"',
      '',
      'No pending migrations to apply.',
      '  ▲ Next.js 14.2.25',
      '  - Local:        http://localhost:3000',
      ' ✓ Ready in 2.1s',
      times(
        40,
        (i) =>
          `{"level":"info","timestamp":"2026-02-11T08:${dd(20 + Math.floor(i / 6))}:${dd(i * 10)}.000Z","service":"web","message":"trpc ${['traces.all', 'sessions.all', 'observations.byId', 'dashboard.chart'][i % 4]} ok","durationMs":${200 + ((i * 53) % 900)},"rssMb":${610 + i * 9}}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the worker's memory limit is `auto`, i.e. the container's; a month-end partition needs more.
    id: 'twentysixth-dask-worker-auto-limit-oomkilled',
    family: 'oom',
    source: 'https://github.com/equinor/ert/issues/2831',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'etl-worker',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=etl-worker',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        args: ['dask', 'worker', 'tcp://etl-scheduler:8786', '--nthreads', '2', '--memory-limit', 'auto'],
      },
    ],
    previousLog: log(
      "distributed.nanny - INFO -         Start Nanny at: 'tcp://10.42.5.61:39811'",
      'distributed.worker - INFO -       Start worker at:  tcp://10.42.5.61:41203',
      'distributed.worker - INFO -               Threads:                          2',
      'distributed.worker - INFO -                Memory:                    4.00 GiB',
      'distributed.worker - INFO -         Registered to:   tcp://etl-scheduler:8786',
      times(
        20,
        (i) =>
          `distributed.worker - INFO - task ('read-parquet-${(0x5e1 + i).toString(16)}', ${i}) finished in ${(1.2 + i * 0.1).toFixed(1)}s`,
      ),
      'etl.jobs.ledger - INFO - partition 2026-01 (month-end close): 48112904 rows, 3.1x the median partition; repartitioning skipped (npartitions pinned to 12)',
      times(
        14,
        (i) =>
          `distributed.worker - WARNING - Memory use is high but worker has no data to store to disk.  Perhaps some other process is leaking memory?  Process memory: ${(3.7 + i * 0.01).toFixed(2)} GB -- Worker memory limit: 4.00 GB`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- rollouts, rollback right or wrong (4)
  {
    // Right: the new revision points at a tag the registry does not have.
    id: 'twentysixth-image-tag-not-found-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/cvisionai/tator/issues/439',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'storefront',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "registry.example.com/prod/storefront:2.3.1"',
        },
        memoryLimit: '768Mi',
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "registry.example.com/prod/storefront:2.3.1"',
        type: 'Normal',
        count: 5,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "registry.example.com/prod/storefront:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/prod/storefront:2.3.1": failed to resolve reference "registry.example.com/prod/storefront:2.3.1": registry.example.com/prod/storefront:2.3.1: not found',
        count: 5,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 5 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "registry.example.com/prod/storefront:2.3.1"',
        type: 'Normal',
        count: 31,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', count: 31 },
    ],
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the new revision reads a Secret nobody created in this namespace.
    id: 'twentysixth-new-revision-secret-not-found',
    family: 'bad-rollout',
    source: 'https://github.com/reportportal/kubernetes/issues/178',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'payments-webhooks',
        waiting: {
          reason: 'CreateContainerConfigError',
          message: 'secret "payments-stripe-webhook" not found',
        },
        memoryLimit: '512Mi',
      },
      { name: 'otel-agent', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    rollout: { minutesAgo: 14, addedSecrets: ['payments-stripe-webhook'] },
    events: [
      {
        reason: 'Pulled',
        message:
          'Container image "registry.example.com/prod/payments-webhooks:2.3.1" already present on machine',
        type: 'Normal',
        count: 58,
      },
      { reason: 'Failed', message: 'Error: secret "payments-stripe-webhook" not found', count: 58 },
    ],
    accept: ['rollback', 'escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: the rollout 52 minutes ago ran fine for half an hour; then the identity provider's
    // certificate expired. Rolling back changes nothing.
    id: 'twentysixth-idp-cert-expired-after-unrelated-rollout',
    family: 'certificate',
    source: 'https://github.com/ibpsa/project1-boptest-gym/issues/166',
    signal: 'Alert',
    containers: [
      {
        name: 'account-api',
        running: { startedAt: '2026-02-11T07:39:00Z' },
        ready: true,
        memoryLimit: '768Mi',
        env: {
          OIDC_ISSUER: 'https://sso.internal.example.com/realms/customers',
          GUNICORN_CMD_ARGS: '--workers 4 --timeout 30',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    rollout: { minutesAgo: 52, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'AccountAPILoginFailures: 100% of /v1/session requests answered 502 since 08:24',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 07:39:04 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 07:39:04 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-02-11 07:39:04 +0000] [1] [INFO] Using worker: uvicorn.workers.UvicornWorker',
      times(
        60,
        (i) =>
          `[2026-02-11 0${i < 30 ? 7 : 8}:${dd(i < 30 ? 40 + i : i - 30)}:${dd(i * 17)} +0000] [${8 + (i % 4)}] [INFO] 10.42.0.${(i % 90) + 5}:0 - "POST /v1/session HTTP/1.1" 200`,
      ),
      '[2026-02-11 08:24:03 +0000] [9] [ERROR] JWKS refresh failed',
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.12/site-packages/urllib3/connectionpool.py", line 464, in _make_request',
      '    self._validate_conn(conn)',
      '  File "/app/.venv/lib/python3.12/site-packages/urllib3/connection.py", line 741, in connect',
      '    sock_and_verified = _ssl_wrap_socket_and_match_hostname(',
      '  File "/usr/local/lib/python3.12/ssl.py", line 1319, in do_handshake',
      '    self._sslobj.do_handshake()',
      'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1000)',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      "requests.exceptions.SSLError: HTTPSConnectionPool(host='sso.internal.example.com', port=443): Max retries exceeded with url: /realms/customers/protocol/openid-connect/certs (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1000)')))",
      times(
        40,
        (i) =>
          `[2026-02-11 08:${dd(24 + Math.floor(i / 8))}:${dd(i * 7 + 5)} +0000] [${8 + (i % 4)}] [INFO] 10.42.0.${(i % 90) + 5}:0 - "POST /v1/session HTTP/1.1" 502`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    // Right: the new image upgraded pydantic to v2 without moving BaseSettings; it cannot import.
    id: 'twentysixth-pydantic-basesettings-moved-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/oughtinc/ice/issues/319',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('recsys-api', 1, 6),
        memoryLimit: '1Gi',
        args: ['uvicorn', 'recsys.main:app', '--host', '0.0.0.0', '--port', '8080'],
      },
      { name: 'vector', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    rollout: { minutesAgo: 11, previousTag: '2.2.9' },
    previousLog: log(
      'Traceback (most recent call last):',
      '  File "/usr/local/bin/uvicorn", line 8, in <module>',
      '    sys.exit(main())',
      '  File "/usr/local/lib/python3.12/site-packages/uvicorn/main.py", line 412, in main',
      '    run(',
      '  File "/usr/local/lib/python3.12/site-packages/uvicorn/importer.py", line 19, in import_from_string',
      '    module = importlib.import_module(module_str)',
      '  File "/app/recsys/main.py", line 7, in <module>',
      '    from recsys.settings import settings',
      '  File "/app/recsys/settings.py", line 3, in <module>',
      '    from pydantic import BaseSettings, Field, PostgresDsn',
      '  File "/usr/local/lib/python3.12/site-packages/pydantic/__init__.py", line 421, in __getattr__',
      '    return _getattr_migration(attr_name)',
      '  File "/usr/local/lib/python3.12/site-packages/pydantic/_migration.py", line 296, in wrapper',
      '    raise PydanticImportError(',
      'pydantic.errors.PydanticImportError: `BaseSettings` has been moved to the `pydantic-settings` package. See https://docs.pydantic.dev/2.10/migration/#basesettings-has-moved-to-pydantic-settings for more details.',
      '',
      'For further information visit https://errors.pydantic.dev/2.10/u/import-error',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['raise-memory-limit', 'rollout-restart'],
  },

  // ---------------------------------------------------------------- the cause in a sidecar or an init container (4)
  {
    // The Cloud SQL Auth Proxy sidecar cannot fetch instance metadata (403); the app only sees a
    // refused localhost port.
    id: 'twentysixth-cloud-sql-proxy-sidecar-not-authorized',
    family: 'sidecar',
    source: 'https://github.com/GoogleCloudPlatform/cloud-sql-proxy/issues/1651',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'orders-api',
        running: {},
        ready: false,
        memoryLimit: '768Mi',
        env: { DATABASE_URL: 'postgres://orders@127.0.0.1:5432/orders' },
      },
      {
        ...crashed('cloud-sql-proxy', 1, 8),
        memoryLimit: '128Mi',
        args: ['--structured-logs', '--port=5432', 'acme-prod:europe-west1:orders-pg'],
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 66,
      },
    ],
    previousLog: log(
      '{"severity":"INFO","timestamp":"2026-02-11T08:27:31.118Z","message":"Authorizing with Application Default Credentials"}',
      '{"severity":"ERROR","timestamp":"2026-02-11T08:27:31.902Z","message":"[acme-prod:europe-west1:orders-pg] failed to refresh the ephemeral certificate: failed to get instance metadata (connection name = \\"acme-prod:europe-west1:orders-pg\\"): googleapi: Error 403: The client is not authorized to make this request., notAuthorized"}',
      '{"severity":"ERROR","timestamp":"2026-02-11T08:27:31.903Z","message":"The proxy has encountered a terminal error: unable to start: failed to get instance: Refresh error: failed to get instance metadata (connection name = \\"acme-prod:europe-west1:orders-pg\\"): googleapi: Error 403: The client is not authorized to make this request., notAuthorized"}',
    ),
    currentLog: log(
      times(
        50,
        (i) =>
          `{"level":"warn","time":"2026-02-11T08:${dd(10 + Math.floor(i / 3))}:${dd(i * 20)}.000Z","msg":"db not ready, retrying","attempt":${i + 1},"error":"dial tcp 127.0.0.1:5432: connect: connection refused"}`,
      ),
      times(
        20,
        (i) =>
          `{"level":"info","time":"2026-02-11T08:27:${dd(i * 3)}.000Z","msg":"request","method":"GET","path":"/readyz","status":503,"ms":1}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'scale-up', 'rollback'],
  },
  {
    // oauth2-proxy in front of the app refuses a rotated cookie secret of the wrong length.
    id: 'twentysixth-oauth2-proxy-sidecar-cookie-secret-length',
    family: 'sidecar',
    source: 'https://github.com/oauth2-proxy/oauth2-proxy/issues/1954',
    signal: 'CrashLoopBackOff',
    containers: [
      { name: 'grafana-reports', running: {}, ready: true, memoryLimit: '512Mi' },
      {
        ...crashed('oauth2-proxy', 1, 10),
        memoryLimit: '64Mi',
        args: [
          '--provider=oidc',
          '--upstream=http://127.0.0.1:3000',
          '--http-address=0.0.0.0:4180',
          '--email-domain=example.com',
        ],
        env: { OAUTH2_PROXY_COOKIE_SECURE: 'true' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ProbeFailure: https://reports.example.com answered 503 for 15m (blackbox)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '[2026/02/11 08:27:40] [provider.go:55] Performing OIDC Discovery...',
      '[2026/02/11 08:27:40] [main.go:54] invalid configuration:',
      '  cookie_secret must be 16, 24, or 32 bytes to create an AES cipher, but is 46 bytes',
    ),
    currentLog: log(
      'logger=settings t=2026-02-11T07:02:11.118Z level=info msg="Starting Grafana" version=11.4.0 commit=b58701869e branch=HEAD compiled=2026-02-11T07:02:11Z',
      'logger=http.server t=2026-02-11T07:02:12.402Z level=info msg="HTTP Server Listen" address=127.0.0.1:3000 protocol=http subUrl= socket=',
      chatter('logfmt', 40),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'rollback'],
  },
  {
    // The migrate init container finds the schema dirty from a half-applied migration.
    id: 'twentysixth-golang-migrate-init-dirty-version',
    family: 'init-container',
    source: 'https://github.com/golang-migrate/migrate/issues/678',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        ...crashed('migrate', 1, 7),
        memoryLimit: '128Mi',
        args: ['-path', '/migrations', '-database', '$(DATABASE_URL)', 'up'],
        mounts: [{ volume: 'migrations', path: '/migrations' }],
      },
    ],
    containers: [
      { name: 'registry-core', waiting: { reason: 'PodInitializing' }, memoryLimit: '1Gi' },
      { name: 'linkerd-proxy', waiting: { reason: 'PodInitializing' }, memoryLimit: '128Mi' },
    ],
    volumes: [{ name: 'migrations', configMap: 'registry-migrations' }],
    previousLog: log('2026/02/11 08:27:12 error: Dirty database version 30. Fix and force version.'),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'rollback'],
  },
  {
    // The Fluentd sidecar's memory buffer is full: its Elasticsearch output has been failing for
    // twenty minutes. The app is healthy; a restart of the pod throws the buffered logs away.
    id: 'twentysixth-fluentd-sidecar-buffer-overflow',
    family: 'sidecar',
    source: 'https://github.com/fluent/fluentd/issues/1218',
    signal: 'Alert',
    containers: [
      { name: 'checkout-api', running: {}, ready: true, memoryLimit: '1Gi' },
      {
        name: 'fluentd',
        running: {},
        ready: false,
        memoryLimit: '512Mi',
        mounts: [
          { volume: 'app-logs', path: '/var/log/app' },
          { volume: 'fluentd-config', path: '/fluentd/etc' },
        ],
      },
    ],
    volumes: [
      { name: 'app-logs', emptyDir: {} },
      { name: 'fluentd-config', configMap: 'checkout-fluentd' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: fluentd buffer queue length 256 >= 256',
        count: 40,
      },
      {
        reason: 'AlertFiring',
        message: 'FluentdOutputErrors: checkout-api fluentd output retry_count 58 and rising',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 08:05:01 +0000 [info]: #0 starting fluentd worker pid=17 ppid=7 worker=0',
      '2026-02-11 08:05:01 +0000 [info]: #0 following tail of /var/log/app/checkout.log',
      '2026-02-11 08:05:01 +0000 [info]: #0 fluentd worker is now running worker=0',
      '2026-02-11 08:08:14 +0000 [warn]: #0 failed to flush the buffer. retry_times=0 next_retry_time=2026-02-11 08:08:15 +0000 chunk="5f2a1c0d9e8b7a6f5e4d3c2b1a098765" error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster ({:host=>\\"logs-es.logging.svc\\", :port=>9200, :scheme=>\\"https\\"}): [429] {\\"error\\":{\\"root_cause\\":[{\\"type\\":\\"es_rejected_execution_exception\\",\\"reason\\":\\"rejected execution of coordinating operation\\"}]},\\"status\\":429}"',
      times(
        40,
        (i) =>
          `2026-02-11 08:${dd(9 + Math.floor(i / 2))}:${dd(i * 30 + 14)} +0000 [warn]: #0 failed to flush the buffer. retry_times=${i + 1} next_retry_time=2026-02-11 08:${dd(9 + Math.floor((i + 1) / 2))}:${dd(i * 30 + 44)} +0000 chunk="${(0x5f2a1c0d + i).toString(16)}9e8b7a6f5e4d3c2b1a098765" error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster ({:host=>\\"logs-es.logging.svc\\", :port=>9200, :scheme=>\\"https\\"}): read timeout reached"`,
      ),
      '2026-02-11 08:27:41 +0000 [warn]: #0 failed to write data into buffer by buffer overflow action=:throw_exception',
      '2026-02-11 08:27:41 +0000 [warn]: #0 emit transaction failed: error_class=Fluent::Plugin::Buffer::BufferOverflowError error="buffer space has too many data" location="/usr/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/buffer.rb:330:in `write\'" tag="app.checkout"',
      '  2026-02-11 08:27:41 +0000 [warn]: #0 suppressed same stacktrace',
      '2026-02-11 08:27:42 +0000 [error]: #0 failed to emit fluentd\'s log event tag="fluent.warn" event={"message"=>"failed to write data into buffer by buffer overflow"} error_class=Fluent::Plugin::Buffer::BufferOverflowError error="buffer space has too many data"',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'raise-memory-limit'],
  },
];
