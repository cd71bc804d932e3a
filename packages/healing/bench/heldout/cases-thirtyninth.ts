import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A number as `width` digits. */
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Seconds since midnight of the case's day, from a clock time. */
const t = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** `HH:MM:SS` for a second of the case's day. */
const clock = (s: number): string =>
  `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;

/** The ISO timestamp (milliseconds, UTC) of a second of the case's day. */
const iso = (s: number, ms = 0): string => `2026-02-11T${clock(s)}.${pad(ms % 1000, 3)}Z`;

/** Epoch seconds of a second of the case's day. */
const epoch = (s: number): number => 1770768000 + s;

/** A Spring Boot 3 console line (Logback's default pattern with the application name). */
const boot = (
  s: number,
  ms: number,
  level: string,
  app: string,
  thread: string,
  logger: string,
  msg: string,
): string =>
  `${iso(s, ms)} ${level.padStart(5)} 1 --- [${app}] [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40)} : ${msg}`;

/** A Quarkus console line (the default JBoss log manager pattern). */
const quarkus = (
  s: number,
  ms: number,
  level: string,
  category: string,
  thread: string,
  msg: string,
): string =>
  `2026-02-11 ${clock(s)},${pad(ms % 1000, 3)} ${level.padEnd(5)} [${category}] (${thread}) ${msg}`;

/** A log/slog JSON line, as the Go services of the card platform log. */
const slog = (s: number, ms: number, level: string, msg: string, rest = ''): string =>
  `{"time":"${iso(s, ms)}","level":"${level}","msg":"${msg}"${rest ? `,${rest}` : ''}}`;

/** A `tracing` line in its default format, as the Rust card services log. */
const tracing = (s: number, micros: number, level: string, target: string, msg: string): string =>
  `2026-02-11T${clock(s)}.${pad(micros % 1000000, 6)}Z ${level.padStart(5)} ${target}: ${msg}`;

/** A Python `logging` line (`%(asctime)s %(levelname)s %(name)s: %(message)s`). */
const py = (s: number, ms: number, level: string, logger: string, msg: string): string =>
  `2026-02-11 ${clock(s)},${pad(ms % 1000, 3)} ${level} ${logger}: ${msg}`;

/** A NestJS console logger line, as the mobile banking BFF prints it (en-US locale). */
const nest = (s: number, level: string, context: string, msg: string, pid = 1): string => {
  const h = Math.floor(s / 3600);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const stamp = `02/11/2026, ${h12}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)} ${h < 12 ? 'AM' : 'PM'}`;
  return `[Nest] ${pid}  - ${stamp}   ${level.padStart(5)} [${context}] ${msg}`;
};

/** An nginx/Kong access line (combined format with Kong's request id). */
const access = (
  ip: string,
  s: number,
  req: string,
  status: number,
  bytes: number,
  ua: string,
  id: string,
): string =>
  `${ip} - - [11/Feb/2026:${clock(s)} +0000] "${req} HTTP/1.1" ${status} ${bytes} "-" "${ua}" kong_request_id: "${id}"`;

/** A Flink log4j2 line (the distribution's console pattern). */
const flink = (s: number, ms: number, level: string, logger: string, msg: string): string =>
  `2026-02-11 ${clock(s)},${pad(ms % 1000, 3)} ${level.padEnd(5)} ${logger.padEnd(60)} [] - ${msg}`;

/** A Spark log4j line as the driver prints it (`yy/MM/dd HH:mm:ss`). */
const spark = (s: number, level: string, logger: string, msg: string): string =>
  `26/02/11 ${clock(s)} ${level} ${logger}: ${msg}`;

/** A hex id of `width` digits derived from `i` (a murmur3 finaliser), for request, trace and key ids. */
const hex = (i: number, width = 32): string => {
  let x = Math.imul(i + 1, 2654435761) >>> 0;
  let out = '';
  while (out.length < width) {
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
    x = (x ^ (x >>> 16)) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, width);
};

/**
 * A thirty-ninth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at a retail bank on EKS, the ordinary mix an
 * on-call rotation sees rather than a contest of tricks. Core banking adapters on Java 17 Spring Boot
 * and Quarkus in front of IBM Db2 and Oracle, a payments hub (ISO 20022 and MT940 conversion, SEPA
 * bulk and instant gateways on Amazon MQ, a correspondent-bank API), card authorisation and
 * tokenisation in Go and Rust, a NestJS mobile BFF with GraphQL subscriptions, fraud scoring in Python,
 * Kafka Streams and Flink on MSK, AML batch work on Spark and Airflow, Aurora PostgreSQL behind
 * quarkus-vault dynamic credentials, DynamoDB, ElastiCache, the Vault Agent injector, cert-manager
 * with a private CA, Istio, Kong, Cilium, Karpenter and nightly reconciliation CronJobs. Software no
 * earlier batch used: IBM's JCC driver and node-ibm_db against Db2 HADR, Oracle's ORA-01653, the
 * Vault Agent injector's Kubernetes auth, quarkus-vault, GoCardless Bank Account Data, stomp.py and
 * Spring JMS on Amazon MQ, xmlschema validating pain.001, LightGBM, redis-rs, config-rs, Cilium's
 * IPAM and FQDN DNS proxy, Kong's ring-balancer health checker. Each quotes the wording of the public
 * thread, page or source in `source`. Mix: 14 escalations (a Db2 service account refused, an Oracle
 * tablespace full, Vault refusing the agent's role, a scheme client certificate never renewed, an
 * aggregator's 4-per-day rate limit, a Kafka Streams state volume full, a partner name refused by the
 * DNS proxy, the on-prem Db2 unreachable, an Airflow task pod no NodePool can host, a corporate SEPA
 * file of the wrong message type, an internal registry certificate unknown to new nodes, a
 * reconciliation CronJob reset by strict mTLS, an ElastiCache user password rotated, DynamoDB
 * throughput exceeded); 10 restarts (7 right: a Kafka Streams client left in ERROR after MSK
 * patching, dynamic database credentials revoked under a running Quarkus pool, a Go server out of
 * descriptors after 26 days, a stomp.py consumer silent after a broker reboot, redis-rs writing to the
 * demoted ElastiCache primary, one Kong pod whose health checker never saw the upstream recover, an
 * ibm_db pool pinned to the old HADR primary; 3 wrong: the Amazon MQ broker still rebooting, an AML
 * Spark driver three and a half hours into its run, liveness kills of a slow directory preload where a
 * rollout restart would take down the warm replicas); 6 memory (3 raises right: a statement gateway
 * with a new large corporate client, a fraud model that grew, a BIN table that grew; 3 wrong: a heap
 * fixed by -Xmx, a V8 heap capped by --max-old-space-size and leaking subscriptions, Flink's metaspace
 * after job resubmissions); 4 rollouts (3 rollbacks right: a NestJS provider missing, Java 21 class
 * files on a Java 17 runtime, a config field the release requires; 1 wrong: a correspondent's
 * certificate that expired 77 minutes after a good release); 2 scale-ups (card authorisation at its
 * HPA maximum, fraud scoring consumers behind with partitions to spare); 2 node actions (a kubelet that
 * stopped posting status, a node whose Cilium IPAM range is full); 2 cache flushes (1 right, a BFF
 * reference cache full under noeviction; 1 wrong, a Redis holding payment idempotency keys).
 */
export const THIRTYNINTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    id: 'thirtyninth-core-ledger-adapter-db2-authorization-failure',
    family: 'credentials',
    source: 'https://github.com/dbeaver/dbeaver/issues/8492',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('ledger-adapter', 1, 7),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod,eks',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError',
          LEDGER_DB2_URL:
            'jdbc:db2://db2-core.dc1.bank.internal:50001/COREBNK:sslConnection=true;currentSchema=LEDGER;',
          LEDGER_DB2_USER: 'SVCLDGK8',
        },
        mounts: [{ volume: 'db2-credentials', path: '/etc/secrets/db2' }],
      },
      {
        name: 'istio-proxy',
        running: { startedAt: '2026-02-11T07:58:12Z' },
        ready: true,
        memoryLimit: '256Mi',
      },
    ],
    volumes: [{ name: 'db2-credentials', secret: 'ledger-adapter-db2' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container ledger-adapter in pod ledger-adapter-7c94f6d8b5-m2w8q',
        type: 'Warning',
        count: 29,
      },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.8.114:8081/actuator/health/readiness": dial tcp 10.42.8.114:8081: connect: connection refused',
        type: 'Warning',
        count: 16,
      },
    ],
    previousLog: log(
      '',
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
      ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
      "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
      ' =========|_|==============|___/=/_/_/_/',
      '',
      ' :: Spring Boot ::                (v3.3.7)',
      '',
      boot(
        t(8, 24, 1),
        812,
        'INFO',
        'ledger-adapter',
        'main',
        'c.b.l.LedgerAdapterApplication',
        'Starting LedgerAdapterApplication v4.12.3 using Java 17.0.13 with PID 1 (/app/app.jar started by app in /app)',
      ),
      boot(
        t(8, 24, 1),
        815,
        'INFO',
        'ledger-adapter',
        'main',
        'c.b.l.LedgerAdapterApplication',
        'The following 2 profiles are active: "prod", "eks"',
      ),
      boot(
        t(8, 24, 4),
        402,
        'INFO',
        'ledger-adapter',
        'main',
        'o.s.b.w.embedded.tomcat.TomcatWebServer',
        'Tomcat initialized with port 8080 (http)',
      ),
      boot(
        t(8, 24, 4),
        431,
        'INFO',
        'ledger-adapter',
        'main',
        'o.apache.catalina.core.StandardService',
        'Starting service [Tomcat]',
      ),
      boot(
        t(8, 24, 4),
        433,
        'INFO',
        'ledger-adapter',
        'main',
        'o.apache.catalina.core.StandardEngine',
        'Starting Servlet engine: [Apache Tomcat/10.1.34]',
      ),
      boot(
        t(8, 24, 4),
        519,
        'INFO',
        'ledger-adapter',
        'main',
        'o.a.c.c.C.[Tomcat].[localhost].[/]',
        'Initializing Spring embedded WebApplicationContext',
      ),
      boot(
        t(8, 24, 4),
        520,
        'INFO',
        'ledger-adapter',
        'main',
        'w.s.c.ServletWebServerApplicationContext',
        'Root WebApplicationContext: initialization completed in 2611 ms',
      ),
      boot(
        t(8, 24, 5),
        77,
        'INFO',
        'ledger-adapter',
        'main',
        'c.b.l.config.SecretsFileConfig',
        'Loaded datasource credentials from /etc/secrets/db2 (user=SVCLDGK8, password=********)',
      ),
      boot(
        t(8, 24, 5),
        402,
        'INFO',
        'ledger-adapter',
        'main',
        'com.zaxxer.hikari.HikariDataSource',
        'ledger-db2 - Starting...',
      ),
      boot(
        t(8, 24, 6),
        911,
        'ERROR',
        'ledger-adapter',
        'main',
        'com.zaxxer.hikari.pool.HikariPool',
        'ledger-db2 - Exception during pool initialization.',
      ),
      '',
      'com.ibm.db2.jcc.am.SqlInvalidAuthorizationSpecException: [jcc][t4][2013][11249][4.33.31] Connection authorization failure occurred.  Reason: User ID or Password invalid. ERRORCODE=-4214, SQLSTATE=28000',
      '\tat com.ibm.db2.jcc.am.b4.c(b4.java:356)',
      '\tat com.ibm.db2.jcc.am.b4.a(b4.java:435)',
      '\tat com.ibm.db2.jcc.t4.b.c(b.java:1634)',
      '\tat com.ibm.db2.jcc.t4.b.b(b.java:1445)',
      '\tat com.ibm.db2.jcc.t4.b.a(b.java:1401)',
      '\tat com.ibm.db2.jcc.t4.b.a(b.java:1181)',
      '\tat com.ibm.db2.jcc.am.Connection.initConnection(Connection.java:864)',
      '\tat com.ibm.db2.jcc.am.Connection.<init>(Connection.java:806)',
      '\tat com.ibm.db2.jcc.t4.b.<init>(b.java:367)',
      '\tat com.ibm.db2.jcc.DB2SimpleDataSource.getConnection(DB2SimpleDataSource.java:259)',
      '\tat com.ibm.db2.jcc.DB2Driver.connect(DB2Driver.java:491)',
      '\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:137)',
      '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)',
      '\tat com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:202)',
      '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:461)',
      '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:550)',
      '\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:98)',
      '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:111)',
      '\tat org.flywaydb.core.internal.jdbc.JdbcUtils.openConnection(JdbcUtils.java:48)',
      '\t... 43 common frames omitted',
      '',
      boot(
        t(8, 24, 6),
        934,
        'WARN',
        'ledger-adapter',
        'main',
        'ConfigServletWebServerApplicationContext',
        "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Unable to obtain connection from database: [jcc][t4][2013][11249][4.33.31] Connection authorization failure occurred.  Reason: User ID or Password invalid. ERRORCODE=-4214, SQLSTATE=28000",
      ),
      boot(
        t(8, 24, 6),
        951,
        'INFO',
        'ledger-adapter',
        'main',
        'o.apache.catalina.core.StandardService',
        'Stopping service [Tomcat]',
      ),
      boot(t(8, 24, 7), 8, 'INFO', 'ledger-adapter', 'main', '.s.b.a.l.ConditionEvaluationReportLogger', ''),
      '',
      "Error starting ApplicationContext. To display the condition evaluation report re-run your application with 'debug' enabled.",
      boot(
        t(8, 24, 7),
        24,
        'ERROR',
        'ledger-adapter',
        'main',
        'o.s.boot.SpringApplication',
        'Application run failed',
      ),
      '',
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Unable to obtain connection from database: [jcc][t4][2013][11249][4.33.31] Connection authorization failure occurred.  Reason: User ID or Password invalid. ERRORCODE=-4214, SQLSTATE=28000",
      '--------------------------------------------------------------------------------------------------------------',
      'SQL State  : 28000',
      'Error Code : -4214',
      'Message    : [jcc][t4][2013][11249][4.33.31] Connection authorization failure occurred.  Reason: User ID or Password invalid. ERRORCODE=-4214, SQLSTATE=28000',
      '',
      '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1806)',
      '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:600)',
      '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335)',
      '\tat com.bank.ledger.LedgerAdapterApplication.main(LedgerAdapterApplication.java:14)',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'thirtyninth-payment-posting-oracle-unable-to-extend-table',
    family: 'db-disk-full',
    source: 'https://github.com/ArctosDB/arctos/issues/1776',
    signal: 'Alert',
    containers: [
      {
        name: 'payment-posting',
        running: { startedAt: '2026-02-11T07:41:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
          SPRING_DATASOURCE_URL: 'jdbc:oracle:thin:@//payhub-scan.dc1.bank.internal:1521/PAYHUB_RW',
          POSTING_EVENT_LOG_ENABLED: 'true',
        },
      },
      {
        name: 'istio-proxy',
        running: { startedAt: '2026-02-11T07:41:05Z' },
        ready: true,
        memoryLimit: '256Mi',
      },
    ],
    rollout: { minutesAgo: 50, addedEnv: { POSTING_BATCH_SIZE: '250' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PaymentPostingErrorRate: payment-posting 5xx ratio 0.43 over 10m on POST /v2/postings (all 4 replicas); GET endpoints unaffected',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(36, (i) =>
        boot(
          t(8, 9, 0) + i * 17,
          (i * 37) % 1000,
          'INFO',
          'payment-posting',
          `http-nio-8080-exec-${(i % 12) + 1}`,
          'c.b.p.api.PostingController',
          `POST /v2/postings msgId=PACS008-20260211-${pad(41800 + i, 6)} status=201 in ${38 + ((i * 13) % 40)}ms`,
        ),
      ),
      boot(
        t(8, 19, 44),
        118,
        'WARN',
        'payment-posting',
        'http-nio-8080-exec-4',
        'o.h.engine.jdbc.spi.SqlExceptionHelper',
        'SQL Error: 1653, SQLState: 72000',
      ),
      boot(
        t(8, 19, 44),
        119,
        'ERROR',
        'payment-posting',
        'http-nio-8080-exec-4',
        'o.h.engine.jdbc.spi.SqlExceptionHelper',
        'ORA-01653: unable to extend table PAYHUB.PMT_EVENT_LOG by 8192 in tablespace PAYHUB_DATA',
      ),
      '',
      'https://docs.oracle.com/error-help/db/ora-01653/',
      boot(
        t(8, 19, 44),
        131,
        'ERROR',
        'payment-posting',
        'http-nio-8080-exec-4',
        'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
        'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: could not execute statement [ORA-01653: unable to extend table PAYHUB.PMT_EVENT_LOG by 8192 in tablespace PAYHUB_DATA] [insert into pmt_event_log (created_at,event_type,msg_id,payload,id) values (?,?,?,?,?)]; SQL [insert into pmt_event_log (created_at,event_type,msg_id,payload,id) values (?,?,?,?,?)]] with root cause',
      ),
      '',
      'java.sql.SQLException: ORA-01653: unable to extend table PAYHUB.PMT_EVENT_LOG by 8192 in tablespace PAYHUB_DATA',
      '',
      'https://docs.oracle.com/error-help/db/ora-01653/',
      '\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:709)',
      '\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:609)',
      '\tat oracle.jdbc.driver.T4C8Oall.processError(T4C8Oall.java:1347)',
      '\tat oracle.jdbc.driver.T4CPreparedStatement.executeForRows(T4CPreparedStatement.java:1009)',
      '\tat oracle.jdbc.driver.OraclePreparedStatementWrapper.executeUpdate(OraclePreparedStatementWrapper.java:1002)',
      '\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)',
      '\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)',
      '\tat com.bank.payhub.posting.PostingService.post(PostingService.java:88)',
      times(48, (i) =>
        i % 3 === 1
          ? boot(
              t(8, 20, 10) + i * 10,
              (i * 53) % 1000,
              'INFO',
              'payment-posting',
              `http-nio-8080-exec-${(i % 12) + 1}`,
              'c.b.p.api.AccountQueryController',
              `GET /v2/accounts/${pad(10020000 + i * 7, 8)}/postings?limit=50 status=200 in ${11 + (i % 9)}ms`,
            )
          : i % 3 === 2
            ? boot(
                t(8, 20, 10) + i * 10,
                (i * 53 + 1) % 1000,
                'ERROR',
                'payment-posting',
                `http-nio-8080-exec-${(i % 12) + 1}`,
                'o.h.engine.jdbc.spi.SqlExceptionHelper',
                'ORA-01653: unable to extend table PAYHUB.PMT_EVENT_LOG by 8192 in tablespace PAYHUB_DATA',
              )
            : boot(
                t(8, 20, 10) + i * 10,
                (i * 53 + 2) % 1000,
                'WARN',
                'payment-posting',
                `http-nio-8080-exec-${(i % 12) + 1}`,
                'c.b.p.api.PostingController',
                `POST /v2/postings msgId=PACS008-20260211-${pad(42100 + i, 6)} status=503 in ${61 + (i % 17)}ms (posting rolled back)`,
              ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-statements-api-vault-agent-init-permission-denied',
    family: 'vault-auth',
    source: 'https://github.com/hashicorp/vault-k8s/issues/308',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        name: 'vault-agent-init',
        running: { startedAt: '2026-02-11T08:06:11Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '500m',
        env: { VAULT_LOG_LEVEL: 'info', VAULT_LOG_FORMAT: 'standard' },
        args: [
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the injector's shell command, expanded by sh, not a template
          'echo ${VAULT_CONFIG?} | base64 -d > /home/vault/config.json && vault agent -config=/home/vault/config.json',
        ],
        mounts: [
          { volume: 'home-init', path: '/home/vault' },
          { volume: 'vault-secrets', path: '/vault/secrets' },
        ],
      },
    ],
    containers: [
      {
        name: 'statements-api',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_CONFIG_IMPORT: 'optional:file:/vault/secrets/db.properties',
        },
        mounts: [{ volume: 'vault-secrets', path: '/vault/secrets' }],
      },
      {
        name: 'vault-agent',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '128Mi',
        mounts: [{ volume: 'vault-secrets', path: '/vault/secrets' }],
      },
    ],
    volumes: [
      { name: 'home-init', emptyDir: { medium: 'Memory' } },
      { name: 'vault-secrets', emptyDir: { medium: 'Memory' } },
    ],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned statements/statements-api-5d8b7c9f4-kq7tz to ip-10-31-44-18.eu-central-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulled',
        message: 'Container image "hashicorp/vault:1.15.4" already present on machine',
        type: 'Normal',
      },
      { reason: 'Created', message: 'Created container vault-agent-init', type: 'Normal' },
      { reason: 'Started', message: 'Started container vault-agent-init', type: 'Normal' },
    ],
    currentLog: log(
      '==> Vault Agent started! Log data will stream in below:',
      '',
      '==> Vault Agent configuration:',
      '',
      '           Api Address 1: http://bufconn',
      '                     Cgo: disabled',
      '               Log Level: info',
      '                 Version: Vault v1.15.4, built 2023-12-04T17:45:28Z',
      '             Version Sha: 9b61934559ba31150860e618cf18e816cbddc630',
      '',
      '2026-02-11T08:06:12.402Z [INFO]  agent.sink.file: creating file sink',
      '2026-02-11T08:06:12.402Z [INFO]  agent.sink.file: file sink configured: path=/home/vault/.vault-token mode=-rw-r-----',
      '2026-02-11T08:06:12.403Z [INFO]  agent.template.server: starting template server',
      '2026-02-11T08:06:12.403Z [INFO]  agent.auth.handler: starting auth handler',
      '2026-02-11T08:06:12.403Z [INFO]  agent.sink.server: starting sink server',
      '2026-02-11T08:06:12.403Z [INFO] (runner) creating new runner (dry: false, once: false)',
      '2026-02-11T08:06:12.404Z [INFO]  agent.auth.handler: authenticating',
      '2026-02-11T08:06:12.404Z [INFO] (runner) creating watcher',
      times(12, (i) => {
        const offsets = [0, 2, 5, 11, 22, 43, 84, 164, 317, 618, 919, 1220, 1521];
        const at = t(8, 6, 12) + (offsets[i] ?? 0);
        const next = offsets[i + 1];
        const lines = [
          `${iso(at, 431 + i)} [ERROR] agent.auth.handler: error authenticating:`,
          '  error=',
          '  | Error making API request.',
          '  | ',
          '  | URL: PUT https://vault.sec.bank.internal:8200/v1/auth/kubernetes-eks-prod/login',
          '  | Code: 403. Errors:',
          '  | ',
          '  | * permission denied',
          `   backoff=${next === undefined ? '5m0s' : `${((next - (offsets[i] ?? 0)) * 0.97).toFixed(2)}s`}`,
        ];
        return next !== undefined && t(8, 6, 12) + next < t(8, 30)
          ? [...lines, `${iso(t(8, 6, 12) + next, 433 + i)} [INFO]  agent.auth.handler: authenticating`].join(
              '\n',
            )
          : lines.join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-card-auth-scheme-link-expired-client-certificate',
    family: 'certificate',
    source: 'https://github.com/cert-manager/cert-manager/issues/7895',
    signal: 'Alert',
    containers: [
      {
        name: 'card-authoriser',
        running: { startedAt: '2026-01-29T22:14:51Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '2',
        env: {
          GOMAXPROCS: '2',
          SCHEME_LINK_ADDR: 'scheme-gw.dc2.bank.internal:9443',
          SCHEME_LINK_ID: 'MC-EU-1',
          SCHEME_TLS_DIR: '/etc/scheme-tls',
        },
        mounts: [{ volume: 'scheme-client-tls', path: '/etc/scheme-tls' }],
      },
    ],
    volumes: [{ name: 'scheme-client-tls', secret: 'card-authoriser-scheme-client-tls' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CardAuthStandInRate: card-authoriser stand-in processing 100% of authorisations on link MC-EU-1 for 2h (threshold 5%); online approvals 0',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        slog(
          t(6, 9, 10) + i * 5,
          (i * 41) % 1000,
          'INFO',
          'authorisation',
          `"link":"MC-EU-1","mti":"0100","stan":"${pad(318210 + i, 6)}","rc":"00","path":"online","latency_ms":${42 + ((i * 7) % 30)}`,
        ),
      ),
      slog(
        t(6, 12, 0),
        3,
        'WARN',
        'scheme link lost',
        '"link":"MC-EU-1","addr":"scheme-gw.dc2.bank.internal:9443","err":"read tcp 10.42.3.57:48810->10.80.30.12:9443: read: connection reset by peer"',
      ),
      times(4, (i) =>
        slog(
          t(6, 12, 1) + i * 2 ** i,
          118 + i,
          'ERROR',
          'scheme link dial failed',
          `"link":"MC-EU-1","addr":"scheme-gw.dc2.bank.internal:9443","attempt":${i + 1},"err":"remote error: tls: expired certificate"`,
        ),
      ),
      slog(
        t(6, 12, 31),
        200,
        'WARN',
        'switching link to stand-in processing',
        '"link":"MC-EU-1","stip_limit_eur":150',
      ),
      times(40, (i) =>
        i % 5 === 4
          ? slog(
              t(6, 20, 0) + i * 140,
              7 + i,
              'ERROR',
              'scheme link dial failed',
              `"link":"MC-EU-1","addr":"scheme-gw.dc2.bank.internal:9443","attempt":${12 + i},"err":"remote error: tls: expired certificate"`,
            )
          : slog(
              t(6, 20, 0) + i * 140,
              301 + i,
              'INFO',
              'authorisation',
              `"link":"MC-EU-1","mti":"0100","stan":"${pad(319400 + i * 37, 6)}","rc":"${i % 7 === 3 ? '05' : '00'}","path":"stand-in","latency_ms":${4 + (i % 6)}`,
            ),
      ),
      slog(
        t(8, 0, 0),
        12,
        'INFO',
        'client certificate watcher',
        '"file":"/etc/scheme-tls/tls.crt","changed":false,"subject":"CN=card-authoriser.cards.svc,O=Bank Payments","issuer":"CN=Bank Payments Issuing CA G2","not_after":"2026-02-11T06:12:00Z"',
      ),
      times(12, (i) =>
        slog(
          t(8, 1, 0) + i * 140,
          500 + i,
          'ERROR',
          'scheme link dial failed',
          `"link":"MC-EU-1","addr":"scheme-gw.dc2.bank.internal:9443","attempt":${60 + i},"err":"remote error: tls: expired certificate"`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-account-aggregation-sync-rate-limited',
    family: 'third-party-rate-limit',
    source: 'https://github.com/actualbudget/actual-server/issues/488',
    signal: 'Alert',
    containers: [
      {
        name: 'aggregation-sync',
        running: { startedAt: '2026-02-09T05:02:44Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          AGGREGATOR_BASE_URL: 'https://bankaccountdata.gocardless.com/api/v2',
          SYNC_CONCURRENCY: '8',
          SYNC_SCHEDULE: 'hourly',
        },
        args: ['python', '-m', 'aggregation.worker'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OpenBankingSyncFailures: aggregation-sync failed 88% of account syncs over 1h (HTTP 429 from bankaccountdata.gocardless.com); customers see stale external balances',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      py(
        t(8, 0, 0),
        14,
        'INFO',
        'aggregation.scheduler',
        'hourly sync round 2026-02-11T08:00Z: 31874 linked accounts due',
      ),
      times(70, (i) => {
        const s = t(8, 0, 2) + i * 23;
        const acct = `${hex(i, 8)}-${hex(i + 3, 4)}-4${hex(i + 5, 3)}-a${hex(i + 7, 3)}-${hex(i + 11, 12)}`;
        const scope = ['transactions', 'balances', 'details'][i % 3];
        if (i % 8 === 0) {
          return [
            py(
              s,
              118,
              'INFO',
              'httpx',
              `HTTP Request: GET https://bankaccountdata.gocardless.com/api/v2/accounts/${acct}/${scope}/ "HTTP/1.1 200 OK"`,
            ),
            py(
              s,
              121,
              'INFO',
              'aggregation.sync',
              `account=${acct} scope=${scope} synced entries=${12 + (i % 40)}`,
            ),
          ].join('\n');
        }
        return [
          py(
            s,
            402,
            'INFO',
            'httpx',
            `HTTP Request: GET https://bankaccountdata.gocardless.com/api/v2/accounts/${acct}/${scope}/ "HTTP/1.1 429 Too Many Requests"`,
          ),
          py(
            s,
            404,
            'WARNING',
            'aggregation.sync',
            `account=${acct} scope=${scope} rate limited: {"summary": "Rate limit exceeded", "detail": "The rate limit for this resource is 4/day. Please try again in ${57000 + ((i * 331) % 20000)} seconds", "status_code": 429}`,
          ),
        ].join('\n');
      }),
      py(
        t(8, 27, 10),
        9,
        'INFO',
        'aggregation.scheduler',
        'hourly sync round 2026-02-11T08:00Z progress: done=3741 rate_limited=27916 failed=0 remaining=217',
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    id: 'thirtyninth-fraud-velocity-streams-state-volume-full',
    family: 'disk-full',
    source: 'https://github.com/facebook/rocksdb/issues/7646',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('fraud-velocity', 1, 6),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=50',
          SPRING_KAFKA_STREAMS_APPLICATION_ID: 'fraud-velocity',
          SPRING_KAFKA_STREAMS_STATE_DIR: '/var/lib/kafka-streams',
          SPRING_KAFKA_BOOTSTRAP_SERVERS: 'b-1.fraud-msk.x7k2q.c4.kafka.eu-central-1.amazonaws.com:9098',
        },
        mounts: [{ volume: 'state', path: '/var/lib/kafka-streams' }],
      },
    ],
    volumes: [{ name: 'state', persistentVolumeClaim: 'state-fraud-velocity-1' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fraud-velocity in pod fraud-velocity-1',
        type: 'Warning',
        count: 22,
      },
    ],
    previousLog: log(
      boot(
        t(8, 22, 3),
        114,
        'INFO',
        'fraud-velocity',
        'main',
        'c.b.f.v.FraudVelocityApplication',
        'Started FraudVelocityApplication in 7.902 seconds (process running for 8.611)',
      ),
      boot(
        t(8, 22, 3),
        402,
        'INFO',
        'fraud-velocity',
        'main',
        'org.apache.kafka.streams.KafkaStreams',
        'stream-client [fraud-velocity-3f1e2a94-b7c0-4c35-9d0e-61d2c0a7f1b8] State transition from CREATED to REBALANCING',
      ),
      boot(
        t(8, 22, 6),
        910,
        'INFO',
        'fraud-velocity',
        '-StreamThread-1',
        'o.a.k.s.p.internals.StreamThread',
        'stream-thread [fraud-velocity-3f1e2a94-b7c0-4c35-9d0e-61d2c0a7f1b8-StreamThread-1] State transition from STARTING to PARTITIONS_ASSIGNED',
      ),
      times(24, (i) =>
        boot(
          t(8, 22, 8) + i * 4,
          (i * 97) % 1000,
          'INFO',
          'fraud-velocity',
          `-StreamThread-${(i % 2) + 1}`,
          'o.a.k.s.p.i.StoreChangelogReader',
          `stream-thread [fraud-velocity-3f1e2a94-b7c0-4c35-9d0e-61d2c0a7f1b8-StreamThread-${(i % 2) + 1}] Restoration in progress for ${1 + (i % 3)} partitions. {fraud-velocity-velocity-1h-store-changelog-${7 + (i % 3)}: position=${1820000 + i * 61000}, end=${3410022 + (i % 3) * 1200}, totalRestored=${1820000 + i * 61000}}`,
        ),
      ),
      boot(
        t(8, 23, 44),
        216,
        'ERROR',
        'fraud-velocity',
        '-StreamThread-2',
        'o.a.k.s.p.internals.StreamThread',
        'stream-thread [fraud-velocity-3f1e2a94-b7c0-4c35-9d0e-61d2c0a7f1b8-StreamThread-2] Encountered the following exception during processing and the thread is going to shut down: ',
      ),
      '',
      'org.apache.kafka.streams.errors.ProcessorStateException: Error restoring batch to store velocity-1h-store',
      '\tat org.apache.kafka.streams.state.internals.RocksDBStore$SingleColumnFamilyAccessor.addToBatch(RocksDBStore.java:773)',
      '\tat org.apache.kafka.streams.state.internals.RocksDBStore.restoreBatch(RocksDBStore.java:725)',
      '\tat org.apache.kafka.streams.processor.internals.ProcessorStateManager.restore(ProcessorStateManager.java:353)',
      '\tat org.apache.kafka.streams.processor.internals.StoreChangelogReader.restoreChangelog(StoreChangelogReader.java:688)',
      '\tat org.apache.kafka.streams.processor.internals.StoreChangelogReader.restore(StoreChangelogReader.java:526)',
      '\tat org.apache.kafka.streams.processor.internals.StreamThread.runOnceWithoutProcessingThreads(StreamThread.java:1066)',
      '\tat org.apache.kafka.streams.processor.internals.StreamThread.runLoop(StreamThread.java:705)',
      'Caused by: org.rocksdb.RocksDBException: IO error: No space left on device: While appending to file: /var/lib/kafka-streams/fraud-velocity/0_8/rocksdb/velocity-1h-store/004217.sst: No space left on device',
      '\tat org.rocksdb.RocksDB.write0(Native Method)',
      '\tat org.rocksdb.RocksDB.write(RocksDB.java:1703)',
      '\tat org.apache.kafka.streams.state.internals.RocksDBStore.write(RocksDBStore.java:744)',
      '\t... 9 common frames omitted',
      '',
      boot(
        t(8, 23, 44),
        219,
        'INFO',
        'fraud-velocity',
        '-StreamThread-2',
        'o.a.k.s.p.internals.StreamThread',
        'stream-thread [fraud-velocity-3f1e2a94-b7c0-4c35-9d0e-61d2c0a7f1b8-StreamThread-2] State transition from PARTITIONS_ASSIGNED to PENDING_SHUTDOWN',
      ),
      boot(
        t(8, 23, 44),
        240,
        'ERROR',
        'fraud-velocity',
        '-StreamThread-2',
        'org.apache.kafka.streams.KafkaStreams',
        'stream-client [fraud-velocity-3f1e2a94-b7c0-4c35-9d0e-61d2c0a7f1b8] Encountered the following exception during processing and the registered exception handler opted to SHUTDOWN_CLIENT. The streams client is going to shut down now. ',
      ),
      boot(
        t(8, 23, 44),
        241,
        'INFO',
        'fraud-velocity',
        '-StreamThread-2',
        'org.apache.kafka.streams.KafkaStreams',
        'stream-client [fraud-velocity-3f1e2a94-b7c0-4c35-9d0e-61d2c0a7f1b8] State transition from REBALANCING to PENDING_ERROR',
      ),
      boot(
        t(8, 23, 45),
        902,
        'INFO',
        'fraud-velocity',
        'les-shutdown-thread',
        'org.apache.kafka.streams.KafkaStreams',
        'stream-client [fraud-velocity-3f1e2a94-b7c0-4c35-9d0e-61d2c0a7f1b8] State transition from PENDING_ERROR to ERROR',
      ),
      boot(
        t(8, 23, 45),
        904,
        'ERROR',
        'fraud-velocity',
        'les-shutdown-thread',
        'c.b.f.v.StreamsLifecycle',
        'Kafka Streams entered ERROR; exiting so the pod restarts (state dir /var/lib/kafka-streams: 0 B free of 50 GiB)',
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'raise-memory-limit'],
  },
  {
    id: 'thirtyninth-payee-verification-lookup-server-misbehaving',
    family: 'dns',
    source: 'https://github.com/cilium/cilium/pull/6366',
    signal: 'Alert',
    containers: [
      {
        name: 'payee-verification',
        running: { startedAt: '2026-02-10T16:03:27Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          COP_DIRECTORY_URL: 'https://api.payee-directory.eu/v2/match',
          LEDGER_API_URL: 'http://ledger-api.core.svc.cluster.local:8080',
          HTTP_TIMEOUT: '3s',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PayeeCheckFailures: payee-verification name-match lookups failing 100% over 15m on all 3 replicas; payments proceed with "could not check" warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(28, (i) =>
        slog(
          t(7, 41, 0) + i * 31,
          (i * 61) % 1000,
          'INFO',
          'payee check',
          `"request_id":"${hex(i, 16)}","result":"${['MATCH', 'CLOSE_MATCH', 'MATCH', 'NO_MATCH'][i % 4]}","directory_ms":${88 + ((i * 17) % 120)}`,
        ),
      ),
      slog(
        t(7, 55, 32),
        4,
        'ERROR',
        'payee check failed',
        '"request_id":"5e0a91c2d7b4f318","err":"Post \\"https://api.payee-directory.eu/v2/match\\": dial tcp: lookup api.payee-directory.eu on 172.20.0.10:53: server misbehaving"',
      ),
      times(60, (i) =>
        i % 4 === 3
          ? slog(
              t(7, 56, 0) + i * 33,
              (i * 29) % 1000,
              'INFO',
              'ledger lookup',
              `"request_id":"${hex(i + 90, 16)}","account":"GB${pad(21 + (i % 70), 2)}BANK${pad(40512000 + i * 13, 8)}","status":200,"latency_ms":${6 + (i % 5)}`,
            )
          : slog(
              t(7, 56, 0) + i * 33,
              (i * 29 + 5) % 1000,
              'ERROR',
              'payee check failed',
              `"request_id":"${hex(i + 200, 16)}","err":"Post \\"https://api.payee-directory.eu/v2/match\\": dial tcp: lookup api.payee-directory.eu on 172.20.0.10:53: server misbehaving"`,
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['cordon-drain-node'],
  },
  {
    id: 'thirtyninth-balance-adapter-db2-socket-timeout',
    family: 'dependency-down',
    source: 'https://github.com/vdesabou/kafka-docker-playground/issues/7774',
    signal: 'Alert',
    containers: [
      {
        name: 'balance-adapter',
        running: { startedAt: '2026-02-08T11:20:40Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          QUARKUS_DATASOURCE_DB_KIND: 'db2',
          QUARKUS_DATASOURCE_JDBC_URL:
            'jdbc:db2://db2-core.dc1.bank.internal:50001/COREBNK:sslConnection=true;',
          QUARKUS_DATASOURCE_JDBC_MAX_SIZE: '24',
          QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT: '5S',
        },
      },
      {
        name: 'istio-proxy',
        running: { startedAt: '2026-02-08T11:20:36Z' },
        ready: true,
        memoryLimit: '256Mi',
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'BalanceInquiryErrors: balance-adapter 503 ratio 0.97 over 10m on all 6 replicas; mobile and branch balance lookups failing',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(24, (i) =>
        quarkus(
          t(8, 5, 0) + i * 19,
          (i * 43) % 1000,
          'INFO',
          'c.b.b.a.BalanceResource',
          `executor-thread-${(i % 8) + 1}`,
          `GET /v1/balances/${pad(30100000 + i * 29, 8)} 200 ${9 + (i % 11)}ms`,
        ),
      ),
      quarkus(
        t(8, 12, 41),
        277,
        'WARN',
        'io.agr.pool',
        'agroal-11',
        "Datasource '<default>': [jcc][t4][2043][11550][4.33.31] Exception java.net.ConnectException: Error opening socket to server db2-core.dc1.bank.internal/10.80.12.40 on port 50,001 with message: Connection timed out. ERRORCODE=-4499, SQLSTATE=08001",
      ),
      quarkus(
        t(8, 12, 41),
        281,
        'WARN',
        'io.agr.pool',
        'agroal-11',
        "Datasource '<default>': Closing connection in incorrect state VALIDATION",
      ),
      quarkus(
        t(8, 12, 46),
        12,
        'ERROR',
        'io.qua.ver.htt.run.QuarkusErrorHandler',
        'executor-thread-3',
        'HTTP Request to /v1/balances/30100811 failed, error id: 7b1c3f52-9a0e-4d6b-8f2e-11c4a7d0e5b3-1: io.agroal.pool.ConnectionPool$AcquisitionTimeoutException: Acquisition timeout while waiting for new connection',
      ),
      '\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:367)',
      '\tat io.agroal.pool.ConnectionPool.getConnection(ConnectionPool.java:293)',
      '\tat io.agroal.pool.DataSource.getConnection(DataSource.java:86)',
      '\tat com.bank.balance.adapter.Db2BalanceRepository.find(Db2BalanceRepository.java:41)',
      '\tat com.bank.balance.adapter.BalanceResource.get(BalanceResource.java:33)',
      times(50, (i) =>
        i % 5 === 0
          ? quarkus(
              t(8, 13, 0) + i * 19,
              (i * 71) % 1000,
              'WARN',
              'io.agr.pool',
              `agroal-${11 + (i % 4)}`,
              "Datasource '<default>': [jcc][t4][2043][11550][4.33.31] Exception java.net.ConnectException: Error opening socket to server db2-core.dc1.bank.internal/10.80.12.40 on port 50,001 with message: Connection timed out. ERRORCODE=-4499, SQLSTATE=08001",
            )
          : quarkus(
              t(8, 13, 0) + i * 19,
              (i * 71 + 3) % 1000,
              'INFO',
              'c.b.b.a.BalanceResource',
              `executor-thread-${(i % 8) + 1}`,
              `GET /v1/balances/${pad(30100900 + i * 31, 8)} 503 ${5004 + (i % 9)}ms (db unavailable)`,
            ),
      ),
      quarkus(
        t(8, 28, 50),
        3,
        'INFO',
        'c.b.b.a.health.LivenessCheck',
        'vert.x-eventloop-thread-1',
        'liveness UP (datasource check is readiness-only)',
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-aml-screening-task-pod-no-nodepool',
    family: 'scheduling',
    source: 'https://github.com/kubernetes-sigs/karpenter/issues/1162',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'base',
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        env: {
          AIRFLOW_CTX_DAG_ID: 'aml_nightly_screening',
          AIRFLOW_CTX_TASK_ID: 'sanctions_delta_screen',
          AIRFLOW_CTX_EXECUTION_DATE: '2026-02-10T02:00:00+00:00',
        },
        args: ['python', '-m', 'aml.screening.sanctions_delta', '--run-date', '2026-02-10'],
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/23 nodes are available: 3 node(s) had untolerated taint {CriticalAddonsOnly: true}, 20 node(s) didn't match Pod's node affinity/selector. preemption: 0/23 nodes are available: 23 Preemption is not helpful for scheduling.",
        type: 'Warning',
        count: 61,
      },
      {
        reason: 'FailedScheduling',
        message:
          'Failed to schedule pod, incompatible with nodepool "batch", daemonset overhead={"cpu":"610m","memory":"812Mi","pods":"6"}, incompatible requirements, label "nodegroup" does not have known values; incompatible with nodepool "general", daemonset overhead={"cpu":"610m","memory":"812Mi","pods":"6"}, incompatible requirements, label "nodegroup" does not have known values',
        type: 'Warning',
        count: 58,
      },
      {
        reason: 'AlertFiring',
        message:
          'AirflowTaskQueuedTooLong: aml_nightly_screening.sanctions_delta_screen pod Pending for 89m (DAG SLA 07:00 UTC missed)',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-sepa-bulk-ingest-job-schema-rejected',
    family: 'bad-input',
    source: 'https://github.com/raphaelm/python-sepaxml/issues/49',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'sepa-bulk-ingest',
        terminated: { reason: 'Error', exitCode: 1 },
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        env: {
          INBOX: 's3://bank-payhub-prod-corporate-inbox/sct/',
          SCHEMA: 'pain.001.001.09',
          RUN_DATE: '2026-02-11',
        },
        args: ['python', '-m', 'sepa.ingest', '--scheme', 'SCT', '--fail-fast'],
      },
    ],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      py(
        t(2, 0, 4),
        118,
        'INFO',
        'sepa.ingest',
        'run 2026-02-11 scheme=SCT schema=pain.001.001.09 inbox=s3://bank-payhub-prod-corporate-inbox/sct/',
      ),
      py(t(2, 0, 5), 402, 'INFO', 'sepa.ingest', 'found 23 files uploaded since 2026-02-10T02:00:00Z'),
      times(17, (i) =>
        py(
          t(2, 0, 6) + i * 3,
          (i * 89) % 1000,
          'INFO',
          'sepa.ingest',
          `validated ${['ACME_GMBH', 'NORDWIND_BV', 'CASA_VERDE_SL', 'KLEIN_UND_SOEHNE', 'BRIGHTWATER_LTD'][i % 5]}_20260210_${pad(1700 + i * 17, 4)}.xml: ${1 + (i % 4)} PmtInf, ${40 + i * 37} CdtTrfTxInf, ctrl sum ${(12000 + i * 4831.17).toFixed(2)} EUR`,
        ),
      ),
      py(
        t(2, 0, 58),
        11,
        'ERROR',
        'sepa.ingest',
        'schema validation failed for HOLZMANN_AG_20260210_2301.xml (uploaded 2026-02-10T23:01:44Z by corporate portal user 40117)',
      ),
      'Traceback (most recent call last):',
      '  File "/app/sepa/ingest.py", line 142, in validate',
      '    schema.validate(document)',
      '  File "/usr/local/lib/python3.12/site-packages/xmlschema/validators/global_maps.py", line 1283, in validate',
      '    raise error',
      "xmlschema.validators.exceptions.XMLSchemaChildrenValidationError: failed validating <Element '{urn:iso:std:iso:20022:tech:xsd:pain.001.001.09}Document' at 0x7f3b1c2a9d50> with XsdGroup(model='sequence', occurs=[1, 1]):",
      '',
      "Reason: Unexpected child with tag '{urn:iso:std:iso:20022:tech:xsd:pain.001.001.09}CstmrDrctDbtInitn' at position 1. Tag 'CstmrCdtTrfInitn' expected.",
      '',
      'Schema component:',
      '',
      '  <xs:complexType xmlns:xs="http://www.w3.org/2001/XMLSchema" name="Document">',
      '      <xs:sequence>',
      '          <xs:element name="CstmrCdtTrfInitn" type="CustomerCreditTransferInitiationV09" />',
      '      </xs:sequence>',
      '  </xs:complexType>',
      '',
      "Instance type: <class 'xml.etree.ElementTree.Element'>",
      '',
      'Path: /Document',
      '',
      py(
        t(2, 0, 58),
        14,
        'ERROR',
        'sepa.ingest',
        '--fail-fast set: aborting run, 0 of 23 files handed to the SCT engine (17 valid, 1 invalid, 5 not yet validated)',
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-fx-rates-image-pull-unknown-authority',
    family: 'image-pull',
    source: 'https://github.com/kubernetes/kubernetes/issues/93556',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'fx-rates',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "registry.platform.bank.internal/treasury/fx-rates:2.3.1"',
        },
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: { RATES_SOURCE: 'ecb,refinitiv', PUBLISH_TOPIC: 'treasury.fx.rates.v1' },
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
    },
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned treasury/fx-rates-6b8d5f7c49-pz4nd to ip-10-31-52-201.eu-central-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulling',
        message: 'Pulling image "registry.platform.bank.internal/treasury/fx-rates:2.3.1"',
        type: 'Normal',
        count: 7,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "registry.platform.bank.internal/treasury/fx-rates:2.3.1": rpc error: code = Unknown desc = failed to pull and unpack image "registry.platform.bank.internal/treasury/fx-rates:2.3.1": failed to resolve reference "registry.platform.bank.internal/treasury/fx-rates:2.3.1": failed to do request: Head "https://registry.platform.bank.internal/v2/treasury/fx-rates/manifests/2.3.1": tls: failed to verify certificate: x509: certificate signed by unknown authority',
        type: 'Warning',
        count: 7,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 7 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "registry.platform.bank.internal/treasury/fx-rates:2.3.1"',
        type: 'Normal',
        count: 96,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 96 },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-nightly-ledger-reconciliation-connection-reset',
    family: 'mtls-policy',
    source: 'https://github.com/emissary-ingress/emissary/issues/5130',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'reconcile',
        terminated: { reason: 'Error', exitCode: 1 },
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        env: {
          LEDGER_API_URL: 'http://ledger-api.core.svc.cluster.local:8080',
          STATEMENT_BUCKET: 's3://bank-recon-prod/scheme-settlement/',
          RECON_DATE: '2026-02-10',
        },
        args: ['python', '-m', 'recon.nightly', '--date', '2026-02-10'],
      },
    ],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'KubeJobFailed: Job recon/ledger-recon-29512290 failed to complete (3 attempts)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      py(t(1, 31, 2), 18, 'INFO', 'recon.nightly', 'reconciliation for 2026-02-10 (attempt 3 of 3)'),
      py(
        t(1, 31, 3),
        402,
        'INFO',
        'recon.sources',
        'fetched s3://bank-recon-prod/scheme-settlement/2026-02-10/MC_T140_20260210.csv (28114 rows)',
      ),
      py(
        t(1, 31, 4),
        77,
        'INFO',
        'recon.sources',
        'fetched s3://bank-recon-prod/scheme-settlement/2026-02-10/VISA_VSS120_20260210.csv (19403 rows)',
      ),
      py(
        t(1, 31, 5),
        210,
        'INFO',
        'recon.sources',
        'fetching GL card-clearing totals from http://ledger-api.core.svc.cluster.local:8080/v1/gl/totals?date=2026-02-10',
      ),
      py(
        t(1, 31, 5),
        231,
        'WARNING',
        'urllib3.connectionpool',
        "Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /v1/gl/totals?date=2026-02-10",
      ),
      py(
        t(1, 31, 5),
        652,
        'WARNING',
        'urllib3.connectionpool',
        "Retrying (Retry(total=1, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /v1/gl/totals?date=2026-02-10",
      ),
      py(
        t(1, 31, 6),
        471,
        'WARNING',
        'urllib3.connectionpool',
        "Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /v1/gl/totals?date=2026-02-10",
      ),
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/urllib3/connectionpool.py", line 789, in urlopen',
      '    response = self._make_request(',
      '  File "/usr/local/lib/python3.12/site-packages/urllib3/connectionpool.py", line 536, in _make_request',
      '    response = conn.getresponse()',
      '  File "/usr/local/lib/python3.12/http/client.py", line 1428, in getresponse',
      '    response.begin()',
      '  File "/usr/local/lib/python3.12/http/client.py", line 292, in _read_status',
      '    line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")',
      '  File "/usr/local/lib/python3.12/socket.py", line 720, in readinto',
      '    return self._sock.recv_into(b)',
      'ConnectionResetError: [Errno 104] Connection reset by peer',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/recon/nightly.py", line 211, in <module>',
      '    main()',
      '  File "/app/recon/nightly.py", line 87, in main',
      '    gl = ledger.totals(run_date)',
      '  File "/app/recon/sources.py", line 64, in totals',
      '    resp = self.session.get(f"{self.base}/v1/gl/totals", params={"date": day}, timeout=30)',
      '  File "/usr/local/lib/python3.12/site-packages/requests/adapters.py", line 682, in send',
      '    raise ConnectionError(err, request=request)',
      "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))",
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-fraud-rules-redis-wrongpass',
    family: 'credentials',
    source: 'https://github.com/netbox-community/netbox-chart/issues/127',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('fraud-rules', 1, 9),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          RULES_REDIS_URL:
            'rediss://fraud-rules-rw@master.fraud-rules.x1c9pa.euc1.cache.amazonaws.com:6379/0',
          RULES_REDIS_PASSWORD_FILE: '/etc/redis-auth/password',
          KAFKA_TOPIC: 'card.auth.events.v2',
        },
        args: ['python', '-m', 'fraud_rules.main'],
        mounts: [{ volume: 'redis-auth', path: '/etc/redis-auth' }],
      },
    ],
    volumes: [{ name: 'redis-auth', secret: 'fraud-rules-redis-user' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fraud-rules in pod fraud-rules-6f9c8d5b7-tx2vn',
        type: 'Warning',
        count: 41,
      },
    ],
    previousLog: log(
      py(
        t(8, 23, 12),
        4,
        'INFO',
        'fraud_rules.main',
        'fraud-rules 7.4.0 starting (rules bundle 2026.02.10-2, 1,842 rules)',
      ),
      py(
        t(8, 23, 12),
        311,
        'INFO',
        'fraud_rules.store',
        'connecting to rediss://master.fraud-rules.x1c9pa.euc1.cache.amazonaws.com:6379/0 as fraud-rules-rw',
      ),
      'Traceback (most recent call last):',
      '  File "<frozen runpy>", line 198, in _run_module_as_main',
      '  File "<frozen runpy>", line 88, in _run_code',
      '  File "/app/fraud_rules/main.py", line 61, in <module>',
      '    main()',
      '  File "/app/fraud_rules/main.py", line 44, in main',
      '    store.ping()',
      '  File "/usr/local/lib/python3.12/site-packages/redis/commands/core.py", line 1212, in ping',
      '    return self.execute_command("PING", **kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 559, in execute_command',
      '    return self._execute_command(*args, **options)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 565, in _execute_command',
      '    conn = self.connection or pool.get_connection(command_name, **options)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 1422, in get_connection',
      '    connection.connect()',
      '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 363, in connect',
      '    self.on_connect()',
      '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 428, in on_connect',
      '    auth_response = self.read_response()',
      '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 592, in read_response',
      '    raise response',
      'redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-card-tokenization-dynamodb-throughput-exceeded',
    family: 'aws-throttling',
    source: 'https://github.com/mifi/dynamodump/issues/20',
    signal: 'Alert',
    containers: [
      {
        name: 'tokenizer',
        running: { startedAt: '2026-02-10T19:44:02Z' },
        ready: true,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          TOKEN_TABLE: 'card-token-vault-prod',
          AWS_REGION: 'eu-central-1',
          AWS_RETRY_MODE: 'standard',
          AWS_MAX_ATTEMPTS: '3',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TokenizationLatencyHigh: tokenizer p99 1.84s (SLO 250ms) and 31% errors over 15m on all 8 replicas; DynamoDB card-token-vault-prod WriteThrottleEvents 12.4k/min',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        slog(
          t(8, 11, 0) + i * 9,
          (i * 37) % 1000,
          'INFO',
          'tokenize',
          `"wallet":"${['apple_pay', 'google_pay', 'merchant_cof'][i % 3]}","token_ref":"tkn_${hex(i, 12)}","status":200,"latency_ms":${18 + ((i * 7) % 25)}`,
        ),
      ),
      times(64, (i) =>
        i % 3 === 0
          ? slog(
              t(8, 15, 30) + i * 12,
              (i * 53) % 1000,
              'INFO',
              'tokenize',
              `"wallet":"${['apple_pay', 'google_pay', 'merchant_cof'][i % 3]}","token_ref":"tkn_${hex(i + 77, 12)}","status":200,"latency_ms":${620 + ((i * 29) % 900)}`,
            )
          : slog(
              t(8, 15, 30) + i * 12,
              (i * 53 + 7) % 1000,
              'ERROR',
              'tokenize failed',
              `"wallet":"${['apple_pay', 'google_pay', 'merchant_cof'][i % 3]}","status":503,"latency_ms":${1410 + ((i * 31) % 500)},"err":"operation error DynamoDB: PutItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: ${hex(i + 500, 4).toUpperCase()}${pad(i, 4)}AQ8JQ4KJ6V2P0S1EVFJ68NCPQ7VV4KQNSO5AEMVJF66Q9ASUAAJG, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."`,
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up'],
  },

  // ---------------------------------------------------------------- restarts, 7 right and 3 wrong
  {
    id: 'thirtyninth-aml-enrichment-streams-client-error-state',
    family: 'wedged-consumer',
    source: 'https://github.com/sitewhere/sitewhere/issues/947',
    signal: 'Alert',
    containers: [
      {
        name: 'aml-enrichment',
        running: { startedAt: '2026-02-07T13:02:18Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60',
          SPRING_KAFKA_STREAMS_APPLICATION_ID: 'aml-txn-enrichment',
          SPRING_KAFKA_STREAMS_PROPERTIES_NUM_STREAM_THREADS: '4',
          SPRING_KAFKA_STREAMS_PROPERTIES_PROCESSING_GUARANTEE: 'exactly_once_v2',
          SPRING_KAFKA_BOOTSTRAP_SERVERS: 'b-1.core-msk.p9w3t2.c3.kafka.eu-central-1.amazonaws.com:9098',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConsumerGroupLagGrowing: group aml-txn-enrichment lag 412,883 on topic core.transactions.v1 and rising for 5h; 0 active members',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'MSKBrokerPatching: cluster core-msk rolling patch 03:05-03:41 UTC completed, 3/3 brokers healthy',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        boot(
          t(3, 8, 0) + i * 9,
          (i * 83) % 1000,
          'INFO',
          'aml-enrichment',
          `-StreamThread-${(i % 4) + 1}`,
          'c.b.a.e.EnrichmentTopology',
          `enriched batch partition=${i % 12} records=${400 + ((i * 37) % 300)} watchlist_hits=${i % 5 === 0 ? 1 : 0}`,
        ),
      ),
      boot(
        t(3, 12, 41),
        902,
        'INFO',
        'aml-enrichment',
        '-StreamThread-2',
        'org.apache.kafka.clients.NetworkClient',
        '[Producer clientId=aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9-StreamThread-2-producer, transactionalId=aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9-2] Node 2 disconnected.',
      ),
      boot(
        t(3, 12, 42),
        14,
        'WARN',
        'aml-enrichment',
        '-StreamThread-2',
        'org.apache.kafka.clients.NetworkClient',
        '[Producer clientId=aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9-StreamThread-2-producer, transactionalId=aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9-2] Connection to node 2 (b-2.core-msk.p9w3t2.c3.kafka.eu-central-1.amazonaws.com/10.31.12.88:9098) could not be established. Node may not be available.',
      ),
      boot(
        t(3, 13, 42),
        30,
        'ERROR',
        'aml-enrichment',
        '-StreamThread-2',
        'org.apache.kafka.streams.KafkaStreams',
        'stream-client [aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9] Encountered the following exception during processing and the registered exception handler opted to SHUTDOWN_CLIENT. The streams client is going to shut down now. ',
      ),
      '',
      'org.apache.kafka.streams.errors.StreamsException: org.apache.kafka.common.errors.TimeoutException: Timeout expired after 60000ms while awaiting InitProducerId',
      '\tat org.apache.kafka.streams.processor.internals.TaskManager.maybeThrowTaskExceptions(TaskManager.java:426)',
      '\tat org.apache.kafka.streams.processor.internals.TaskManager.handleExceptionsFromStateUpdater(TaskManager.java:941)',
      '\tat org.apache.kafka.streams.processor.internals.StreamThread.runOnceWithoutProcessingThreads(StreamThread.java:1066)',
      '\tat org.apache.kafka.streams.processor.internals.StreamThread.runLoop(StreamThread.java:705)',
      '\tat org.apache.kafka.streams.processor.internals.StreamThread.run(StreamThread.java:664)',
      'Caused by: org.apache.kafka.common.errors.TimeoutException: Timeout expired after 60000ms while awaiting InitProducerId',
      '',
      boot(
        t(3, 13, 42),
        33,
        'INFO',
        'aml-enrichment',
        '-StreamThread-2',
        'org.apache.kafka.streams.KafkaStreams',
        'stream-client [aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9] State transition from RUNNING to PENDING_ERROR',
      ),
      times(4, (i) =>
        boot(
          t(3, 13, 42) + i,
          100 + i * 60,
          'INFO',
          'aml-enrichment',
          `-StreamThread-${i + 1}`,
          'o.a.k.s.p.internals.StreamThread',
          `stream-thread [aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9-StreamThread-${i + 1}] State transition from RUNNING to PENDING_SHUTDOWN`,
        ),
      ),
      times(4, (i) =>
        boot(
          t(3, 13, 47) + i,
          200 + i * 40,
          'INFO',
          'aml-enrichment',
          `-StreamThread-${i + 1}`,
          'o.a.k.s.p.internals.StreamThread',
          `stream-thread [aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9-StreamThread-${i + 1}] State transition from PENDING_SHUTDOWN to DEAD`,
        ),
      ),
      boot(
        t(3, 13, 51),
        611,
        'INFO',
        'aml-enrichment',
        'les-shutdown-thread',
        'org.apache.kafka.streams.KafkaStreams',
        'stream-client [aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9] State transition from PENDING_ERROR to ERROR',
      ),
      boot(
        t(3, 13, 51),
        612,
        'INFO',
        'aml-enrichment',
        'les-shutdown-thread',
        'org.apache.kafka.streams.KafkaStreams',
        'stream-client [aml-txn-enrichment-0c6e1f52-8a3d-4b27-9f40-5e7a2d13c6b9] Streams client stopped to ERROR completely',
      ),
      times(30, (i) =>
        [
          boot(
            t(3, 20, 0) + i * 600,
            (i * 13) % 1000,
            'DEBUG',
            'aml-enrichment',
            `http-nio-8081-exec-${(i % 4) + 1}`,
            'o.s.web.servlet.DispatcherServlet',
            'GET "/actuator/health/liveness", parameters={}',
          ),
          boot(
            t(3, 20, 0) + i * 600,
            (i * 13 + 4) % 1000,
            'DEBUG',
            'aml-enrichment',
            `http-nio-8081-exec-${(i % 4) + 1}`,
            'o.s.web.servlet.DispatcherServlet',
            'Completed 200 OK',
          ),
        ].join('\n'),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    harmful: ['scale-up'],
  },
  {
    id: 'thirtyninth-core-accounts-vault-db-credentials-revoked',
    family: 'expired-credentials',
    source: 'https://github.com/quarkiverse/quarkus-vault/issues/119',
    signal: 'Alert',
    containers: [
      {
        name: 'core-accounts',
        running: { startedAt: '2026-02-10T07:51:02Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          QUARKUS_VAULT_URL: 'https://vault.sec.bank.internal:8200',
          QUARKUS_VAULT_AUTHENTICATION_KUBERNETES_ROLE: 'core-accounts',
          QUARKUS_DATASOURCE_CREDENTIALS_PROVIDER: 'core-accounts-db',
          QUARKUS_DATASOURCE_JDBC_URL:
            'jdbc:postgresql://core-accounts.cluster-c8r2mx4qz1ab.eu-central-1.rds.amazonaws.com:5432/accounts',
          QUARKUS_DATASOURCE_JDBC_MAX_LIFETIME: '1H',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CoreAccountsDatasourceErrors: core-accounts-5f7b9c6d48-h2xlq failing 100% of requests with datasource errors over 25m; other 3 replicas 0%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      quarkus(
        t(7, 36, 11),
        902,
        'INFO',
        'io.qua.vau.run.VaultDbManager',
        'executor-thread-2',
        'extended core-accounts-db(database/creds) credentials:{leaseId: database/creds/core-accounts/Bq7mYt2Lr0cE9xNa4WkP1sVd, renewable: true, leaseDuration: 3600s, valid_until: Wed Feb 11 08:36:11 UTC 2026}',
      ),
      quarkus(
        t(7, 51, 7),
        220,
        'WARN',
        'io.qua.vau.cli.aut.VaultCachingTokenProvider',
        'executor-thread-5',
        'auth lease duration 3358s is smaller than the renew grace period 3600s',
      ),
      times(24, (i) =>
        quarkus(
          t(7, 52, 0) + i * 31,
          (i * 67) % 1000,
          'INFO',
          'c.b.c.a.AccountResource',
          `executor-thread-${(i % 8) + 1}`,
          `GET /v1/accounts/${pad(50201000 + i * 17, 8)}/summary 200 ${12 + (i % 9)}ms`,
        ),
      ),
      quarkus(
        t(8, 4, 31),
        118,
        'WARN',
        'io.agr.pool',
        'agroal-11',
        'Datasource \'<default>\': FATAL: password authentication failed for user "v-kubernet-core-acc-Qx81bTzR4mWn2sLd-1770709867"',
      ),
      quarkus(
        t(8, 4, 31),
        120,
        'WARN',
        'io.agr.pool',
        'agroal-11',
        "Datasource '<default>': Closing connection in incorrect state VALIDATION",
      ),
      quarkus(
        t(8, 4, 36),
        131,
        'ERROR',
        'io.qua.ver.htt.run.QuarkusErrorHandler',
        'executor-thread-4',
        'HTTP Request to /v1/accounts/50201455/summary failed, error id: 2f8a6c1d-3b5e-4e71-a9d0-7c6b2e4f8a13-1: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [Acquisition timeout while waiting for new connection] [n/a]',
      ),
      '\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:100)',
      '\tat org.hibernate.engine.jdbc.connections.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:113)',
      'Caused by: java.sql.SQLException: Acquisition timeout while waiting for new connection',
      '\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:367)',
      '\tat io.agroal.pool.ConnectionPool.getConnection(ConnectionPool.java:293)',
      times(44, (i) =>
        i % 4 === 0
          ? quarkus(
              t(8, 5, 0) + i * 33,
              (i * 41) % 1000,
              'WARN',
              'io.agr.pool',
              `agroal-${11 + (i % 3)}`,
              'Datasource \'<default>\': FATAL: password authentication failed for user "v-kubernet-core-acc-Qx81bTzR4mWn2sLd-1770709867"',
            )
          : quarkus(
              t(8, 5, 0) + i * 33,
              (i * 41 + 9) % 1000,
              'ERROR',
              'io.qua.ver.htt.run.QuarkusErrorHandler',
              `executor-thread-${(i % 8) + 1}`,
              `HTTP Request to /v1/accounts/${pad(50201500 + i * 23, 8)}/summary failed, error id: ${hex(i + 40, 8)}-${hex(i, 4)}-4${hex(i + 2, 3)}-a${hex(i + 4, 3)}-${hex(i + 6, 12)}-1: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [Acquisition timeout while waiting for new connection] [n/a]`,
            ),
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    id: 'thirtyninth-card-controls-accept-too-many-open-files',
    family: 'fd-leak',
    source: 'https://github.com/caddyserver/caddy/issues/3752',
    signal: 'Alert',
    containers: [
      {
        name: 'card-controls',
        running: { startedAt: '2026-01-16T04:40:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '192Mi',
        cpuLimit: '1',
        env: {
          GOMAXPROCS: '1',
          LISTEN_ADDR: ':8443',
          CARD_PROFILE_URL: 'http://card-profile.cards.svc:8080',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CardControlsPodErrors: card-controls-84d5c6b9f7-wq8rt 5xx and timeouts 71% over 10m; other 5 replicas below 0.1%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(26, (i) =>
        slog(
          t(8, 2, 0) + i * 19,
          (i * 47) % 1000,
          'INFO',
          'request',
          `"method":"${i % 3 === 0 ? 'PUT' : 'GET'}","path":"/v1/cards/${hex(i, 10)}/controls${i % 3 === 0 ? '/freeze' : ''}","status":200,"dur_ms":${3 + (i % 7)}`,
        ),
      ),
      slog(
        t(8, 10, 22),
        511,
        'ERROR',
        'card profile lookup failed',
        '"err":"Get \\"http://card-profile.cards.svc:8080/v1/profiles/9c0e41d2aa\\": dial tcp 172.20.81.14:8080: socket: too many open files"',
      ),
      times(36, (i) =>
        i % 3 === 2
          ? slog(
              t(8, 10, 30) + i * 31,
              (i * 43) % 1000,
              'ERROR',
              'card profile lookup failed',
              `"err":"Get \\"http://card-profile.cards.svc:8080/v1/profiles/${hex(i + 50, 10)}\\": dial tcp 172.20.81.14:8080: socket: too many open files"`,
            )
          : `2026/02/11 ${clock(t(8, 10, 30) + i * 31)} http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in 1s`,
      ),
      slog(t(8, 29, 2), 7, 'INFO', 'request', '"method":"GET","path":"/healthz","status":200,"dur_ms":0'),
      slog(
        t(8, 29, 12),
        9,
        'INFO',
        'runtime stats',
        '"uptime":"627h48m","goroutines":8214,"open_fds":1048564,"fd_limit":1048576,"heap_mb":118',
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    id: 'thirtyninth-sepa-status-consumer-silent-after-broker-reboot',
    family: 'wedged-consumer',
    source: 'https://github.com/jasonrbriggs/stomp.py/issues/367',
    signal: 'Alert',
    containers: [
      {
        name: 'sepa-status-consumer',
        running: { startedAt: '2026-02-06T10:12:55Z' },
        ready: true,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          MQ_HOSTS:
            'b-5c1d7e3a-9f2b-4c61-8d0e-2a7b9f41c6d3-1.mq.eu-central-1.amazonaws.com:61614,b-5c1d7e3a-9f2b-4c61-8d0e-2a7b9f41c6d3-2.mq.eu-central-1.amazonaws.com:61614',
          MQ_QUEUE: '/queue/SEPA.PACS002.IN',
          STOMP_HEARTBEATS: '10000,10000',
        },
        args: ['python', '-m', 'sepa_status.consumer'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'AmazonMQQueueBacklog: queue SEPA.PACS002.IN on broker payhub-mq 18,420 messages (rising), ConsumerCount 0 for 41m; broker payhub-mq RUNNING, maintenance window 07:45-07:58 UTC completed',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(40, (i) =>
        i % 5 === 4
          ? `INFO:     10.42.5.1:${40100 + i} - "GET /healthz HTTP/1.1" 200 OK`
          : py(
              t(7, 38, 0) + i * 13,
              (i * 59) % 1000,
              'INFO',
              'sepa_status.consumer',
              `pacs.002 ${['ACCP', 'ACSC', 'RJCT', 'ACSC'][i % 4]} for ${['SCT', 'SCTINST'][i % 2]} e2e=E2E-20260211-${pad(880100 + i * 7, 7)} applied in ${4 + (i % 6)}ms`,
            ),
      ),
      py(
        t(7, 46, 58),
        870,
        'INFO',
        'sepa_status.consumer',
        'pacs.002 ACSC for SCT e2e=E2E-20260211-0880412 applied in 5ms',
      ),
      py(
        t(7, 47, 12),
        4,
        'WARNING',
        'stomp.py',
        `Heartbeat timeout: diff_receive=20.004118, time=${epoch(t(7, 47, 12))}.004, lastrec=${epoch(t(7, 46, 52))}.000`,
      ),
      times(48, (i) => `INFO:     10.42.5.1:${40300 + i} - "GET /healthz HTTP/1.1" 200 OK`),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    id: 'thirtyninth-card-velocity-readonly-after-elasticache-failover',
    family: 'stale-connections',
    source: 'https://github.com/StackExchange/StackExchange.Redis/issues/2264',
    signal: 'Alert',
    containers: [
      {
        name: 'card-velocity',
        running: { startedAt: '2026-02-11T07:40:31Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        env: {
          RUST_LOG: 'info,card_velocity=info',
          VELOCITY_REDIS_URL: 'rediss://master.card-velocity.ak3m9z.euc1.cache.amazonaws.com:6379',
          VELOCITY_FAIL_OPEN: 'true',
        },
      },
    ],
    rollout: { minutesAgo: 52, addedEnv: { RUST_LOG: 'info,card_velocity=info' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CardVelocityWriteErrors: card-velocity counter updates failing 100% over 20m on all 4 replicas (velocity limits failing open); ElastiCache card-velocity FailoverComplete 08:02 UTC',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      tracing(
        t(7, 40, 31),
        118402,
        'INFO',
        'card_velocity',
        'listening on 0.0.0.0:8080 (redis: master.card-velocity.ak3m9z.euc1.cache.amazonaws.com:6379, pool 16)',
      ),
      times(30, (i) =>
        tracing(
          t(7, 41, 0) + i * 40,
          (i * 91733) % 1000000,
          'INFO',
          'card_velocity::api',
          `velocity check card=${hex(i, 6)}… window=24h count=${1 + (i % 9)} amount_eur=${(20 + i * 13.4).toFixed(2)} decision=allow latency_ms=${1 + (i % 3)}`,
        ),
      ),
      tracing(
        t(8, 2, 14),
        5120,
        'WARN',
        'card_velocity::store',
        'redis connection dropped: Connection reset by peer (os error 104); reconnecting',
      ),
      tracing(t(8, 2, 14), 908114, 'INFO', 'card_velocity::store', 'redis connection re-established'),
      times(60, (i) =>
        i % 4 === 3
          ? tracing(
              t(8, 2, 30) + i * 26,
              (i * 77711) % 1000000,
              'INFO',
              'card_velocity::api',
              `velocity check card=${hex(i + 60, 6)}… window=24h count=${1 + (i % 6)} decision=allow latency_ms=1`,
            )
          : tracing(
              t(8, 2, 30) + i * 26,
              (i * 77711 + 13) % 1000000,
              'ERROR',
              'card_velocity::store',
              `INCRBYFLOAT vel:{${hex(i + 60, 6)}}:24h failed: An error was signalled by the server - ReadOnly: You can't write against a read only replica.; failing open`,
            ),
      ),
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod', 'escalate'],
    harmful: ['flush-redis-cache', 'rollback'],
  },
  {
    id: 'thirtyninth-kong-ring-balancer-stuck-after-upstream-recovered',
    family: 'stuck-health-state',
    source: 'https://github.com/Kong/kong/issues/5531',
    signal: 'Alert',
    containers: [
      {
        name: 'proxy',
        running: { startedAt: '2026-02-03T09:31:40Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          KONG_DATABASE: 'off',
          KONG_NGINX_WORKER_PROCESSES: '2',
          KONG_PROXY_ACCESS_LOG: '/dev/stdout',
          KONG_PROXY_ERROR_LOG: '/dev/stderr',
        },
      },
      {
        name: 'ingress-controller',
        running: { startedAt: '2026-02-03T09:31:40Z' },
        ready: true,
        memoryLimit: '256Mi',
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KongUpstream503: kong-gateway-6d8f9c7b54-r7x2m returns 503 for route open-banking-accounts on 100% of requests over 25m; the other 2 kong-gateway pods serve the route with 0% 503; open-banking-api endpoints 3/3 Ready since 07:59',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(18, (i) =>
        access(
          `10.42.${i % 4}.${30 + i}`,
          t(7, 50, 0) + i * 11,
          `GET /open-banking/v3.1/aisp/accounts/${hex(i, 12)}/balances`,
          200,
          1311 + i * 7,
          'okhttp/4.12.0',
          hex(i, 24),
        ),
      ),
      `2026/02/11 07:55:03 [warn] 1291#0: *2841107 [lua] healthcheck.lua:1150: log(): [healthcheck] (9f1c7a2e-4b6d-4f0e-8c3a-71d2e5b9a604:open-banking-api.obk.8080.svc) unhealthy HTTP increment (1/3) for '10.42.6.31(10.42.6.31:8080)', context: ngx.timer`,
      `2026/02/11 07:55:08 [warn] 1291#0: *2841191 [lua] healthcheck.lua:1150: log(): [healthcheck] (9f1c7a2e-4b6d-4f0e-8c3a-71d2e5b9a604:open-banking-api.obk.8080.svc) unhealthy HTTP increment (3/3) for '10.42.6.31(10.42.6.31:8080)', context: ngx.timer`,
      `2026/02/11 07:55:41 [warn] 1291#0: *2841802 [lua] healthcheck.lua:1150: log(): [healthcheck] (9f1c7a2e-4b6d-4f0e-8c3a-71d2e5b9a604:open-banking-api.obk.8080.svc) unhealthy HTTP increment (3/3) for '10.42.2.77(10.42.2.77:8080)', context: ngx.timer`,
      `2026/02/11 07:56:19 [warn] 1292#0: *2842455 [lua] healthcheck.lua:1150: log(): [healthcheck] (9f1c7a2e-4b6d-4f0e-8c3a-71d2e5b9a604:open-banking-api.obk.8080.svc) unhealthy HTTP increment (3/3) for '10.42.9.140(10.42.9.140:8080)', context: ngx.timer`,
      times(70, (i) =>
        i % 5 === 2
          ? access(
              `10.42.${i % 4}.${60 + i}`,
              t(8, 3, 0) + i * 21,
              `GET /payments/v2/sepa/instant/${hex(i + 9, 12)}`,
              200,
              642 + i,
              'MobileBanking/7.31 (iOS 18.2)',
              hex(i + 9, 24),
            )
          : access(
              `10.42.${i % 4}.${60 + i}`,
              t(8, 3, 0) + i * 21,
              `GET /open-banking/v3.1/aisp/accounts/${hex(i + 3, 12)}/${i % 2 ? 'transactions' : 'balances'}`,
              503,
              58,
              'okhttp/4.12.0',
              hex(i + 3, 24),
            ),
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyninth-card-statements-db2-hadr-standby-after-takeover',
    family: 'db-failover',
    source: 'https://github.com/ibmdb/node-ibm_db/issues/870',
    signal: 'Alert',
    containers: [
      {
        name: 'card-statements',
        running: { startedAt: '2026-02-04T15:27:12Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          DB2_CONN:
            'DATABASE=CARDSTMT;HOSTNAME=db2-cards-vip.dc1.bank.internal;PORT=50001;PROTOCOL=TCPIP;SECURITY=SSL;UID=SVCSTMK8',
          DB2_POOL_MAX: '20',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CardStatementsDbErrors: card-statements-7f6d9b8c5-lq4zp failing 100% of database-backed requests since 01:34 UTC; the other replica was restarted at 02:10 and has served normally since; Db2 HADR takeover on CARDSTMT completed 01:31 (planned patching)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `{"level":30,"time":${epoch(t(1, 29, 40)) * 1000 + 118},"pid":1,"hostname":"card-statements-7f6d9b8c5-lq4zp","req":{"method":"POST","url":"/v1/disputes"},"res":{"statusCode":201},"responseTime":41,"msg":"request completed"}`,
      `{"level":40,"time":${epoch(t(1, 31, 2)) * 1000 + 402},"pid":1,"hostname":"card-statements-7f6d9b8c5-lq4zp","err":{"type":"Error","message":"[IBM][CLI Driver] SQL30081N  A communication error has been detected. Communication protocol being used: \\"TCP/IP\\".  Communication API being used: \\"SOCKETS\\".  Location where the error was detected: \\"10.80.14.21\\".  Communication function detecting the error: \\"recv\\".  Protocol specific error code(s): \\"104\\", \\"*\\", \\"0\\".  SQLSTATE=08001\\r\\n","sqlcode":-30081,"state":"08001"},"msg":"db2 query failed, pool cleaned"}`,
      times(50, (i) => {
        const s = t(1, 34, 0) + i * 487;
        const probe = i % 3 === 0;
        return !probe
          ? `{"level":50,"time":${epoch(s) * 1000 + ((i * 37) % 1000)},"pid":1,"hostname":"card-statements-7f6d9b8c5-lq4zp","req":${i % 3 === 1 ? `{"method":"POST","url":"/v1/${i % 2 ? 'disputes' : 'statements/generate'}"}` : `{"method":"GET","url":"/v1/cards/${hex(i, 10)}/statements?month=2026-01"}`},"err":{"type":"Error","message":"[IBM][CLI Driver] SQL1776N  The command cannot be issued on an HADR database. Reason code = \\"1\\".\\n","sqlcode":-1776},"msg":"db2 request failed"}`
          : `{"level":30,"time":${epoch(s) * 1000 + ((i * 37 + 5) % 1000)},"pid":1,"hostname":"card-statements-7f6d9b8c5-lq4zp","req":{"method":"GET","url":"/healthz"},"res":{"statusCode":200},"responseTime":${1 + (i % 2)},"msg":"request completed"}`;
      }),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    id: 'thirtyninth-sepa-inst-listener-broker-connection-refused',
    family: 'dependency-down',
    source: 'https://github.com/researchstudio-sat/webofneeds/issues/738',
    signal: 'Alert',
    containers: [
      {
        name: 'sepa-inst-gateway',
        running: { startedAt: '2026-02-09T18:40:03Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          SPRING_ACTIVEMQ_BROKER_URL:
            'failover:(ssl://b-0a7e3c91-55d2-4f18-b6c4-9e2d18f7a3b0-1.mq.eu-central-1.amazonaws.com:61617,ssl://b-0a7e3c91-55d2-4f18-b6c4-9e2d18f7a3b0-2.mq.eu-central-1.amazonaws.com:61617)?maxReconnectAttempts=0',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60',
        },
      },
      {
        name: 'istio-proxy',
        running: { startedAt: '2026-02-09T18:40:00Z' },
        ready: true,
        memoryLimit: '256Mi',
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'SepaInstOutboundStalled: no messages consumed from SEPA.INST.OUT for 22m on all replicas',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'AmazonMQBrokerUnavailable: broker payhub-inst-mq (ACTIVE_STANDBY_MULTI_AZ) state REBOOT_IN_PROGRESS for 24m; both instances unreachable',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(16, (i) =>
        boot(
          t(8, 2, 0) + i * 11,
          (i * 71) % 1000,
          'INFO',
          'sepa-inst-gateway',
          `ntContainer#0-${(i % 4) + 1}`,
          'c.b.s.i.InstOutboundListener',
          `pacs.008 forwarded to RT1 e2e=INST-20260211-${pad(610200 + i, 7)} in ${140 + ((i * 17) % 200)}ms`,
        ),
      ),
      boot(
        t(8, 5, 47),
        302,
        'WARN',
        'sepa-inst-gateway',
        'ActiveMQ Transport: ssl://b-0a7e3c91-55d2-4f18-b6c4-9e2d18f7a3b0-1.mq.eu-central-1.amazonaws.com/10.31.40.17:61617',
        'o.a.a.t.failover.FailoverTransport',
        'Transport (ssl://b-0a7e3c91-55d2-4f18-b6c4-9e2d18f7a3b0-1.mq.eu-central-1.amazonaws.com:61617) failed , attempting to automatically reconnect: java.io.EOFException',
      ),
      boot(
        t(8, 6, 17),
        880,
        'WARN',
        'sepa-inst-gateway',
        'ntContainer#0-2',
        'o.s.j.l.DefaultMessageListenerContainer',
        "Setup of JMS message listener invoker failed for destination 'SEPA.INST.OUT' - trying to recover. Cause: The Consumer is closed",
      ),
      times(56, (i) =>
        boot(
          t(8, 6, 22) + i * 24,
          (i * 31) % 1000,
          'ERROR',
          'sepa-inst-gateway',
          `ntContainer#0-${(i % 4) + 1}`,
          'o.s.j.l.DefaultMessageListenerContainer',
          `Could not refresh JMS Connection for destination 'SEPA.INST.OUT' - retrying using FixedBackOff{interval=5000, currentAttempts=${i * 5}, maxAttempts=unlimited}. Cause: Could not connect to broker URL: ssl://b-0a7e3c91-55d2-4f18-b6c4-9e2d18f7a3b0-${(i % 2) + 1}.mq.eu-central-1.amazonaws.com:61617. Reason: java.net.ConnectException: Connection refused`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-aml-nightly-batch-driver-overrunning',
    family: 'long-running-job',
    source: 'https://github.com/databricks/spark-avro/issues/175',
    signal: 'Alert',
    containers: [
      {
        name: 'spark-kubernetes-driver',
        running: { startedAt: '2026-02-11T04:48:07Z' },
        ready: true,
        memoryLimit: '11Gi',
        memoryRequest: '11Gi',
        cpuLimit: '4',
        env: {
          SPARK_APPLICATION_ID: 'spark-7d1e0c44b2a94f6c8e91a35f27b0d6c1',
          AML_RUN_DATE: '2026-02-10',
          SPARK_DRIVER_BIND_ADDRESS: '0.0.0.0',
        },
        args: [
          'driver',
          '--class',
          'com.bank.aml.NightlyScreening',
          'local:///opt/aml/aml-batch.jar',
          '--run-date',
          '2026-02-10',
        ],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'AmlBatchOverrun: aml-nightly-screening-20260210 running 3h42m (p95 2h10m); stage 41 progress 3980/4000 tasks; compliance SLA 09:00 UTC',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      spark(
        t(6, 58, 12),
        'INFO',
        'DAGScheduler',
        'Submitting 4000 missing tasks from ShuffleMapStage 41 (MapPartitionsRDD[212] at join at NightlyScreening.scala:188) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))',
      ),
      spark(
        t(6, 58, 12),
        'INFO',
        'TaskSchedulerImpl',
        'Adding task set 41.0 with 4000 tasks resource profile 0',
      ),
      times(40, (i) =>
        spark(
          t(7, 1, 0) + i * 31,
          'INFO',
          'TaskSetManager',
          `Finished task ${3900 + i}.0 in stage 41.0 (TID ${186100 + i}) in ${41000 + ((i * 7919) % 30000)} ms on 10.42.${9 + (i % 6)}.${17 + (i % 40)} (executor ${1 + (i % 24)}) (${3920 + i}/4000)`,
        ),
      ),
      times(21, (i) =>
        spark(
          t(7, 25, 0) + i * 180,
          'INFO',
          'TaskSetManager',
          `Finished task ${3960 + i}.0 in stage 41.0 (TID ${188200 + i}) in ${1900000 + i * 83000} ms on 10.42.${9 + (i % 6)}.${20 + i} (executor ${2 + (i % 24)}) (${3960 + i}/4000)`,
        ),
      ),
      spark(
        t(8, 25, 40),
        'WARN',
        'TaskSetManager',
        'Stage 41 contains a task of very large size (2848 KiB). The maximum recommended task size is 1000 KiB.',
      ),
      spark(
        t(8, 26, 3),
        'INFO',
        'BlockManagerInfo',
        'Removed broadcast_97_piece0 on 10.42.11.20:7079 in memory (size: 41.2 KiB, free: 4.9 GiB)',
      ),
      spark(
        t(8, 28, 44),
        'INFO',
        'ExecutorAllocationManager',
        'Requesting 0 new executors because tasks are backlogged (new desired total will be 24 for resource profile id: 0)',
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'raise-memory-limit'],
  },
  {
    id: 'thirtyninth-bic-directory-liveness-kill-during-cache-load',
    family: 'slow-start',
    source: 'https://github.com/spring-projects/spring-boot/issues/28432',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'payee-routing',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=payee-routing',
        },
        last: { reason: 'Error', exitCode: 143 },
        restarts: 6,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          ROUTING_DIRECTORY_SOURCE: 'db2',
          ROUTING_DIRECTORY_PRELOAD: 'true',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.4.91:8081/actuator/health/liveness": dial tcp 10.42.4.91:8081: connect: connection refused',
        type: 'Warning',
        count: 21,
      },
      {
        reason: 'Killing',
        message: 'Container payee-routing failed liveness probe, will be restarted',
        type: 'Normal',
        count: 7,
      },
      {
        reason: 'AlertFiring',
        message:
          'KubeDeploymentReplicasMismatch: payments/payee-routing 3 of 4 replicas available for 40m (replacement pod after node consolidation never became ready)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      boot(
        t(8, 19, 2),
        401,
        'INFO',
        'payee-routing',
        'main',
        'c.b.p.r.PayeeRoutingApplication',
        'Starting PayeeRoutingApplication v3.8.1 using Java 17.0.13 with PID 1 (/app/app.jar started by app in /app)',
      ),
      boot(
        t(8, 19, 9),
        902,
        'INFO',
        'payee-routing',
        'main',
        'com.zaxxer.hikari.HikariDataSource',
        'routing-db2 - Start completed.',
      ),
      boot(
        t(8, 19, 10),
        114,
        'INFO',
        'payee-routing',
        'main',
        'c.b.p.r.directory.DirectoryPreloader',
        'preloading SWIFTRef BIC directory and SEPA reachability (release 2026-02) before accepting traffic',
      ),
      times(14, (i) =>
        boot(
          t(8, 19, 18) + i * 8,
          (i * 29) % 1000,
          'INFO',
          'payee-routing',
          'main',
          'c.b.p.r.directory.DirectoryPreloader',
          `loaded ${(i + 1) * 100000} of 1,662,418 directory rows (${(((i + 1) * 100000) / 16624.18).toFixed(1)}%)`,
        ),
      ),
      boot(
        t(8, 21, 12),
        3,
        'WARN',
        'payee-routing',
        'SpringApplicationShutdownHook',
        'c.b.p.r.directory.DirectoryPreloader',
        'preload interrupted at 1,400,000 of 1,662,418 rows: application context is closing',
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },

  // ---------------------------------------------------------------- memory, 3 raises right and 3 wrong
  {
    id: 'thirtyninth-camt-statement-gateway-oomkilled-after-onboarding',
    family: 'oom',
    source: 'https://github.com/odpi/egeria/issues/6809',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'statement-gateway',
        running: { startedAt: '2026-02-11T08:16:40Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60 -XX:+UseG1GC',
          STATEMENT_FORMAT: 'camt.053.001.08',
          STATEMENT_RUN_CRON: '0 0 6 * * MON-FRI',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerOOMKilled: statements/statement-gateway container statement-gateway OOMKilled 3 times since 06:00 (limit 2Gi); camt.053 delivery to 212 corporate clients delayed',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      boot(
        t(7, 52, 11),
        4,
        'INFO',
        'statement-gateway',
        'main',
        'c.b.s.g.StatementGatewayApplication',
        'Started StatementGatewayApplication in 11.204 seconds (process running for 12.018)',
      ),
      boot(
        t(7, 52, 12),
        118,
        'INFO',
        'statement-gateway',
        'scheduling-1',
        'c.b.s.g.run.StatementRun',
        'resuming statement run 2026-02-11 (business date 2026-02-10): 212 clients, 187 delivered, 25 pending',
      ),
      times(22, (i) =>
        boot(
          t(7, 52, 20) + i * 23,
          (i * 61) % 1000,
          'INFO',
          'statement-gateway',
          'stmt-worker-1',
          'c.b.s.g.run.StatementRun',
          `camt.053 generated client=${['CORP-00411', 'CORP-00902', 'CORP-01127', 'CORP-01344', 'CORP-02015'][i % 5]}-${pad(i, 2)} accounts=${1 + (i % 4)} entries=${800 + ((i * 977) % 9000)} size=${(0.4 + (i % 7) * 0.3).toFixed(1)}MB`,
        ),
      ),
      boot(
        t(8, 0, 41),
        5,
        'INFO',
        'statement-gateway',
        'stmt-worker-1',
        'c.b.s.g.run.StatementRun',
        'camt.053 building client=CORP-03310 (LOGIFREIGHT SE, onboarded 2026-02-04) accounts=14 entries=412,907',
      ),
      times(9, (i) =>
        boot(
          t(8, 0, 50) + i * 20,
          (i * 23) % 1000,
          'INFO',
          'statement-gateway',
          'mem-report',
          'c.b.s.g.ops.MemoryReporter',
          `heap used ${(0.78 + i * 0.046).toFixed(2)}GiB of max 1.20GiB, metaspace 148MiB, code cache 61MiB, direct 92MiB, threads 118, process RSS ${(1.58 + i * 0.042).toFixed(2)}GiB of limit 2.00GiB`,
        ),
      ),
      boot(
        t(8, 3, 51),
        822,
        'INFO',
        'statement-gateway',
        'stmt-worker-1',
        'c.b.s.g.run.StatementRun',
        'camt.053 client=CORP-03310 marshalled 9 of 14 accounts (302,118 entries)',
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyninth-fraud-scorer-oomkilled-loading-larger-model',
    family: 'oom',
    source: 'https://github.com/lightgbm-org/LightGBM/issues/6250',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'fraud-scorer',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=fraud-scorer',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          MODEL_URI: 's3://bank-fraud-models/card-auth-gbm/latest/',
          SCORER_WORKERS: '1',
          OMP_NUM_THREADS: '2',
        },
        args: ['python', '-m', 'scorer.serve', '--port', '8080'],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fraud-scorer in pod fraud-scorer-5c7d8b9f6-2mhxk',
        type: 'Warning',
        count: 11,
      },
    ],
    previousLog: log(
      py(
        t(8, 21, 3),
        114,
        'INFO',
        'scorer.serve',
        'fraud-scorer 5.2.0 starting, python 3.12.8, lightgbm 4.5.0',
      ),
      py(
        t(8, 21, 3),
        902,
        'INFO',
        'scorer.model',
        'resolved s3://bank-fraud-models/card-auth-gbm/latest/ -> 2026.02.11 (promoted 2026-02-11T06:55:12Z by model-release pipeline)',
      ),
      py(
        t(8, 21, 4),
        7,
        'INFO',
        'scorer.model',
        'previous model 2026.01.28: 3,900 trees, 412 features, file 812 MB',
      ),
      py(
        t(8, 21, 19),
        311,
        'INFO',
        'scorer.model',
        'downloaded model.txt 1.31 GB (6,400 trees, 488 features) in 15.2s',
      ),
      times(8, (i) =>
        py(
          t(8, 21, 22) + i * 4,
          (i * 97) % 1000,
          'INFO',
          'scorer.model',
          `parsing booster: ${(i + 1) * 800} / 6400 trees, rss ${(1.71 + i * 0.16).toFixed(2)} GiB`,
        ),
      ),
      py(t(8, 21, 55), 40, 'INFO', 'scorer.model', 'booster loaded, rss 2.84 GiB; building feature encoders'),
      py(
        t(8, 22, 1),
        518,
        'INFO',
        'scorer.model',
        'warm-up scoring 2,000 replayed authorisations, rss 2.97 GiB',
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyninth-bin-ranges-oomkilled-after-scheme-table-update',
    family: 'oom',
    source: 'https://github.com/gocardless/theatre/pull/61',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'bin-lookup',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=bin-lookup',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { BIN_TABLE_URI: 's3://bank-card-ref/bin-ranges/current/', GOMAXPROCS: '1' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container bin-lookup in pod bin-lookup-6d9f7c8b44-vk2rs',
        type: 'Warning',
        count: 17,
      },
      {
        reason: 'AlertFiring',
        message:
          'KubeDeploymentReplicasMismatch: cards/bin-lookup 1 of 3 replicas available for 25m (the remaining replica has not restarted since 2026-02-10 and holds the previous table)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      slog(t(8, 24, 30), 11, 'INFO', 'starting bin-lookup', '"version":"1.19.4","go":"go1.23.5"'),
      slog(
        t(8, 24, 30),
        402,
        'INFO',
        'loading BIN ranges',
        '"uri":"s3://bank-card-ref/bin-ranges/current/","published":"2026-02-11T05:30:00Z"',
      ),
      times(6, (i) =>
        slog(
          t(8, 24, 33) + i * 3,
          (i * 113) % 1000,
          'INFO',
          'bin file parsed',
          `"scheme":"${['visa', 'mastercard', 'amex', 'discover', 'unionpay', 'girocard'][i]}","ranges":${[1204118, 1131402, 221907, 168330, 301844, 77281][i]},"heap_inuse_mb":${[92, 171, 188, 201, 226, 232][i]}`,
        ),
      ),
      slog(
        t(8, 24, 51),
        700,
        'INFO',
        'BIN table loaded',
        '"ranges":3104882,"previous_ranges":2011040,"previous_published":"2026-02-10T05:30:00Z","heap_inuse_mb":247',
      ),
      slog(t(8, 24, 51), 702, 'INFO', 'building interval index', '"strategy":"sorted-array+prefix-trie"'),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyninth-mt940-converter-java-heap-space',
    family: 'heap-cap',
    source: 'https://github.com/F43nd1r/Acrarium/issues/149',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('mt940-converter', 3, 5),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_OPTS:
            '-Xms512m -Xmx512m -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/tmp -XX:+ExitOnOutOfMemoryError',
          INBOUND_DIR: 's3://bank-swift-inbound/mt940/',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container mt940-converter in pod mt940-converter-57c9d6f8b-x4jqw',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      boot(
        t(8, 22, 41),
        211,
        'INFO',
        'mt940-converter',
        'main',
        'c.b.s.m.Mt940ConverterApplication',
        'Started Mt940ConverterApplication in 6.118 seconds (process running for 6.802)',
      ),
      boot(
        t(8, 22, 42),
        9,
        'INFO',
        'mt940-converter',
        'scheduling-1',
        'c.b.s.m.InboundPoller',
        'picked up 3 files from s3://bank-swift-inbound/mt940/',
      ),
      boot(
        t(8, 22, 42),
        514,
        'INFO',
        'mt940-converter',
        'convert-1',
        'c.b.s.m.Mt940ToCamt053',
        'converting NOSTRO_EUR_COBADEFF_20260210.fin (1.8 MB, 11,204 :61: lines)',
      ),
      boot(
        t(8, 22, 44),
        77,
        'INFO',
        'mt940-converter',
        'convert-1',
        'c.b.s.m.Mt940ToCamt053',
        'converted NOSTRO_EUR_COBADEFF_20260210.fin -> camt.053 (11,204 entries) in 1.5s',
      ),
      boot(
        t(8, 22, 44),
        81,
        'INFO',
        'mt940-converter',
        'convert-1',
        'c.b.s.m.Mt940ToCamt053',
        'converting NOSTRO_USD_CHASUS33_20260210.fin (2.4 MB, 14,977 :61: lines)',
      ),
      boot(
        t(8, 22, 46),
        402,
        'INFO',
        'mt940-converter',
        'convert-1',
        'c.b.s.m.Mt940ToCamt053',
        'converted NOSTRO_USD_CHASUS33_20260210.fin -> camt.053 (14,977 entries) in 2.3s',
      ),
      boot(
        t(8, 22, 46),
        405,
        'INFO',
        'mt940-converter',
        'convert-1',
        'c.b.s.m.Mt940ToCamt053',
        'converting SETTLEMENT_EUR_TARGET2_20260210_CORRECTED.fin (381 MB, 2,114,806 :61: lines)',
      ),
      times(6, (i) =>
        boot(
          t(8, 22, 52) + i * 6,
          (i * 37) % 1000,
          'INFO',
          'mt940-converter',
          'convert-1',
          'c.b.s.m.Mt940ToCamt053',
          `parsed ${(i + 1) * 150000} statement lines into memory`,
        ),
      ),
      'java.lang.OutOfMemoryError: Java heap space',
      'Dumping heap to /tmp/java_pid1.hprof ...',
      'Heap dump file created [536110932 bytes in 2.911 secs]',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-mobile-bff-heap-limit-subscriptions',
    family: 'memory-leak',
    source: 'https://github.com/axelspringer/graphql-google-pubsub/issues/18',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('mobile-bff', 134, 11),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          NODE_OPTIONS: '--max-old-space-size=1536',
          GRAPHQL_SUBSCRIPTIONS: 'graphql-ws',
          PUBSUB_REDIS_URL: 'rediss://master.mobile-bff-pubsub.k2x8zt.euc1.cache.amazonaws.com:6379',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container mobile-bff in pod mobile-bff-7b4c9d6f58-s8vkj',
        type: 'Warning',
        count: 19,
      },
      {
        reason: 'AlertFiring',
        message:
          'ContainerRestartsFrequent: mobile/mobile-bff containers restarted 31 times in 6h across 6 replicas (each after 38-47 min of uptime)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      nest(t(7, 37, 2), 'LOG', 'NestFactory', 'Starting Nest application...'),
      nest(t(7, 37, 2), 'LOG', 'InstanceLoader', 'AppModule dependencies initialized +21ms'),
      nest(t(7, 37, 2), 'LOG', 'InstanceLoader', 'GraphQLModule dependencies initialized +3ms'),
      nest(t(7, 37, 3), 'LOG', 'GraphQLModule', 'Mapped {/graphql, POST} route'),
      nest(t(7, 37, 3), 'LOG', 'NestApplication', 'Nest application successfully started +2ms'),
      times(40, (i) =>
        nest(
          t(7, 38, 0) + i * 60,
          'LOG',
          'SubscriptionsGateway',
          `ws connections=${900 + i * 61} active subscriptions=${4100 + i * 1180} (onTransactionPosted, onCardAuthorised, onBalanceChanged) heapUsed=${(212 + i * 31.7).toFixed(0)}MB`,
        ),
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x6a4c0b0]  2671188 ms: Mark-Compact 1514.9 (1552.2) -> 1507.3 (1553.4) MB, 1822.41 / 0.01 ms  (average mu = 0.141, current mu = 0.067) allocation failure; scavenge might not succeed',
      '[1:0x6a4c0b0]  2673347 ms: Mark-Compact 1523.1 (1553.4) -> 1519.0 (1561.9) MB, 2014.88 / 0.00 ms  (average mu = 0.089, current mu = 0.067) allocation failure; scavenge might not succeed',
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf06747 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 4: 0x11180d5  [node]',
      ' 5: 0x112fb58 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyninth-fraud-features-flink-taskmanager-metaspace',
    family: 'classloader-leak',
    source: 'https://github.com/apache/iceberg/issues/3776',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('taskmanager', 2, 4),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          FLINK_PROPERTIES:
            'jobmanager.rpc.address: fraud-flink-jobmanager\ntaskmanager.numberOfTaskSlots: 4\ntaskmanager.memory.process.size: 4096m\ntaskmanager.memory.jvm-metaspace.size: 256m',
        },
        args: ['taskmanager'],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container taskmanager in pod fraud-flink-taskmanager-5f8d7c6b9-wd7nq',
        type: 'Warning',
        count: 6,
      },
    ],
    previousLog: log(
      flink(
        t(7, 12, 40),
        118,
        'INFO',
        'org.apache.flink.runtime.taskexecutor.TaskManagerRunner',
        'Starting TaskManager with ResourceID: 10.42.7.66:6122-4e2a9b',
      ),
      flink(
        t(7, 12, 44),
        902,
        'INFO',
        'org.apache.flink.runtime.taskexecutor.TaskExecutor',
        'Successful registration at resource manager pekko.tcp://flink@fraud-flink-jobmanager:6123/user/rpc/resourcemanager_0 under registration id 8d1f6a3b2c4e4f0a9b7d5e3c1a2f4b6d.',
      ),
      times(12, (i) => {
        const s = t(7, 20, 0) + i * 330;
        return [
          flink(
            s,
            (i * 71) % 1000,
            'INFO',
            'org.apache.flink.runtime.taskexecutor.TaskExecutor',
            `Receive slot request ${hex(i, 32)} for job ${hex(i + 100, 32)} from resource manager with leader id 00000000000000000000000000000000.`,
          ),
          flink(
            s + 2,
            (i * 71 + 40) % 1000,
            'INFO',
            'org.apache.flink.runtime.taskexecutor.TaskExecutor',
            `Received task Source: card-auth-events -> Map -> Sink: fraud-features (1/4)#0 (${hex(i + 300, 32)}_cbc357ccb763df2852fee8c4fc7d55f2_0_0), deploy into slot with allocation id ${hex(i, 32)}.`,
          ),
          flink(
            s + 3,
            (i * 71 + 90) % 1000,
            'INFO',
            'org.apache.flink.runtime.taskmanager.Task',
            `Source: card-auth-events -> Map -> Sink: fraud-features (1/4)#0 (${hex(i + 300, 32)}_cbc357ccb763df2852fee8c4fc7d55f2_0_0) switched from DEPLOYING to INITIALIZING.`,
          ),
          flink(
            s + 300,
            (i * 71 + 120) % 1000,
            'INFO',
            'org.apache.flink.runtime.taskmanager.Task',
            `Source: card-auth-events -> Map -> Sink: fraud-features (1/4)#0 (${hex(i + 300, 32)}_cbc357ccb763df2852fee8c4fc7d55f2_0_0) switched from RUNNING to CANCELING.`,
          ),
          flink(
            s + 301,
            (i * 71 + 160) % 1000,
            'INFO',
            'org.apache.flink.runtime.taskexecutor.slot.TaskSlotTableImpl',
            `Free slot TaskSlot(index:0, state:RELEASING, resource profile: ResourceProfile{cpuCores=0.5, taskHeapMemory=256.000mb (268435456 bytes), taskOffHeapMemory=0 bytes, managedMemory=409.600mb (429496736 bytes), networkMemory=102.400mb (107374184 bytes)}, allocationId: ${hex(i, 32)}, jobId: ${hex(i + 100, 32)}).`,
          ),
        ].join('\n');
      }),
      flink(
        t(8, 26, 40),
        411,
        'ERROR',
        'org.apache.flink.runtime.taskexecutor.TaskManagerRunner',
        'Fatal error occurred while executing the TaskManager. Shutting it down...',
      ),
      "java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred. This can mean two things: either the job requires a larger size of JVM metaspace to load classes or there is a class loading leak. In the first case 'taskmanager.memory.jvm-metaspace.size' configuration option should be increased. If the error persists (usually in cluster after several job (re-)submissions) then there is probably a class loading leak in user code or some of its dependencies which has to be investigated and fixed. The task executor has to be shutdown...",
      '\tat java.lang.ClassLoader.defineClass1(Native Method) ~[?:?]',
      '\tat java.lang.ClassLoader.defineClass(ClassLoader.java:1017) ~[?:?]',
      '\tat java.net.URLClassLoader.defineClass(URLClassLoader.java:524) ~[?:?]',
      '\tat org.apache.flink.util.ChildFirstClassLoader.loadClassWithoutExceptionHandling(ChildFirstClassLoader.java:71) ~[flink-dist-1.19.1.jar:1.19.1]',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollouts, 3 rollbacks right and 1 wrong
  {
    id: 'thirtyninth-mobile-bff-nest-cannot-resolve-dependencies',
    family: 'bad-rollout',
    source: 'https://github.com/nestjs/docs.nestjs.com/pull/1402',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('payees-api', 1, 6),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', PAYEE_DIRECTORY_URL: 'http://payee-verification.payments.svc:8080' },
      },
    ],
    rollout: { minutesAgo: 14, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container payees-api in pod payees-api-8c5d7b9f6-jw2pk',
        type: 'Warning',
        count: 12,
      },
    ],
    previousLog: log(
      nest(t(8, 25, 7), 'LOG', 'NestFactory', 'Starting Nest application...'),
      nest(t(8, 25, 7), 'LOG', 'InstanceLoader', 'AppModule dependencies initialized +19ms'),
      nest(t(8, 25, 7), 'LOG', 'InstanceLoader', 'ConfigHostModule dependencies initialized +1ms'),
      nest(t(8, 25, 7), 'LOG', 'InstanceLoader', 'TerminusModule dependencies initialized +0ms'),
      nest(t(8, 25, 7), 'LOG', 'InstanceLoader', 'ConfigModule dependencies initialized +1ms'),
      nest(t(8, 25, 7), 'LOG', 'InstanceLoader', 'HttpModule dependencies initialized +0ms'),
      nest(t(8, 25, 7), 'LOG', 'InstanceLoader', 'AccountsModule dependencies initialized +2ms'),
      nest(
        t(8, 25, 7),
        'ERROR',
        'ExceptionHandler',
        "Nest can't resolve dependencies of the PayeesResolver (?, AccountsService). Please make sure that the argument PayeeDirectoryClient at index [0] is available in the PayeesModule context.",
      ),
      '',
      'Potential solutions:',
      '- Is PayeesModule a valid NestJS module?',
      '- If PayeeDirectoryClient is a provider, is it part of the current PayeesModule?',
      '- If PayeeDirectoryClient is exported from a separate @Module, is that module imported within PayeesModule?',
      '  @Module({',
      '    imports: [ /* the Module containing PayeeDirectoryClient */ ]',
      '  })',
      '',
      "Error: Nest can't resolve dependencies of the PayeesResolver (?, AccountsService). Please make sure that the argument PayeeDirectoryClient at index [0] is available in the PayeesModule context.",
      '',
      'Potential solutions:',
      '- Is PayeesModule a valid NestJS module?',
      '- If PayeeDirectoryClient is a provider, is it part of the current PayeesModule?',
      '- If PayeeDirectoryClient is exported from a separate @Module, is that module imported within PayeesModule?',
      '  @Module({',
      '    imports: [ /* the Module containing PayeeDirectoryClient */ ]',
      '  })',
      '',
      '    at Injector.lookupComponentInParentModules (/app/node_modules/@nestjs/core/injector/injector.js:262:19)',
      '    at async Injector.resolveComponentInstance (/app/node_modules/@nestjs/core/injector/injector.js:215:33)',
      '    at async resolveParam (/app/node_modules/@nestjs/core/injector/injector.js:129:38)',
      '    at async Promise.all (index 0)',
      '    at async Injector.resolveConstructorParams (/app/node_modules/@nestjs/core/injector/injector.js:144:27)',
      '    at async Injector.loadInstance (/app/node_modules/@nestjs/core/injector/injector.js:70:13)',
      '    at async Injector.loadProvider (/app/node_modules/@nestjs/core/injector/injector.js:98:9)',
      '    at async /app/node_modules/@nestjs/core/injector/instance-loader.js:56:13',
      '    at async Promise.all (index 5)',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyninth-payments-hub-unsupported-class-version',
    family: 'bad-rollout',
    source: 'https://github.com/docker/getting-started/issues/343',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('payments-hub', 1, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65 -javaagent:/otel/opentelemetry-javaagent.jar',
          OTEL_SERVICE_NAME: 'payments-hub',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
        mounts: [{ volume: 'otel-agent', path: '/otel' }],
      },
      {
        name: 'istio-proxy',
        running: { startedAt: '2026-02-11T08:21:03Z' },
        ready: true,
        memoryLimit: '256Mi',
      },
    ],
    initContainers: [
      {
        name: 'copy-otel-agent',
        terminated: { reason: 'Completed', exitCode: 0 },
        memoryLimit: '64Mi',
        mounts: [{ volume: 'otel-agent', path: '/otel' }],
      },
    ],
    volumes: [{ name: 'otel-agent', emptyDir: {} }],
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container payments-hub in pod payments-hub-6f4b8d9c7-r5tmx',
        type: 'Warning',
        count: 9,
      },
    ],
    previousLog: log(
      'Setting Active Processor Count to 2',
      'Calculating JVM memory based on 1706844K available memory',
      'For more information on this calculation, see https://paketo.io/docs/reference/java-reference/#memory-calculator',
      'Calculated JVM Memory Configuration: -XX:MaxDirectMemorySize=10M -Xmx1086132K -XX:MaxMetaspaceSize=115415K -XX:ReservedCodeCacheSize=240M -Xss1M (Total Memory: 1706844K, Thread Count: 250, Loaded Class Count: 18514, Headroom: 0%)',
      'Enabling Java Native Memory Tracking',
      'Adding 146 container CA certificates to JVM truststore',
      'Spring Cloud Bindings Enabled',
      'Picked up JAVA_TOOL_OPTIONS: -Djava.security.properties=/layers/paketo-buildpacks_bellsoft-liberica/java-security-properties/java-security.properties -XX:+ExitOnOutOfMemoryError -XX:ActiveProcessorCount=2 -XX:MaxDirectMemorySize=10M -Xmx1086132K -XX:MaxMetaspaceSize=115415K -XX:ReservedCodeCacheSize=240M -Xss1M -XX:+UnlockDiagnosticVMOptions -XX:NativeMemoryTracking=summary -XX:+PrintNMTStatistics -Dorg.springframework.cloud.bindings.boot.enable=true -XX:MaxRAMPercentage=65 -javaagent:/otel/opentelemetry-javaagent.jar',
      '[otel.javaagent 2026-02-11 08:26:41:118 +0000] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 2.10.0',
      'Error: LinkageError occurred while loading main class org.springframework.boot.loader.launch.JarLauncher',
      '\tjava.lang.UnsupportedClassVersionError: org/springframework/boot/loader/launch/JarLauncher has been compiled by a more recent version of the Java Runtime (class file version 65.0), this version of the Java Runtime only recognizes class file versions up to 61.0',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'thirtyninth-atm-limits-panics-missing-config-field',
    family: 'bad-rollout',
    source: 'https://github.com/rust-cli/config-rs/issues/366',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('atm-limits', 101, 7),
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '500m',
        env: {
          APP__LISTEN: '0.0.0.0:8080',
          APP__REDIS_URL: 'rediss://master.card-velocity.ak3m9z.euc1.cache.amazonaws.com:6379',
          APP__DAILY_LIMIT_EUR: '1000',
          RUST_LOG: 'info',
        },
      },
    ],
    rollout: { minutesAgo: 17, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container atm-limits in pod atm-limits-79c6d5f84b-hq9zr',
        type: 'Warning',
        count: 15,
      },
    ],
    previousLog: log(
      tracing(t(8, 24, 48), 201114, 'INFO', 'atm_limits', 'atm-limits 2.3.1 (git 4e8b1c0) starting'),
      tracing(
        t(8, 24, 48),
        201390,
        'INFO',
        'atm_limits::settings',
        'loading settings from /app/config/default.toml and APP__* environment',
      ),
      "thread 'main' panicked at src/main.rs:41:10:",
      'called `Result::unwrap()` on an `Err` value: missing field `hsm_pool_size`',
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyninth-iso20022-gateway-partner-certificate-expired',
    family: 'certificate',
    source: 'https://github.com/opensearch-project/security/issues/870',
    signal: 'Alert',
    containers: [
      {
        name: 'iso20022-gateway',
        running: { startedAt: '2026-02-11T06:56:40Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60',
          CORRESPONDENT_API: 'https://api.correspondent-clearing.example-bank.de/iso20022/v1',
          GATEWAY_FEATURE_PACS009_COV: 'true',
        },
      },
      {
        name: 'istio-proxy',
        running: { startedAt: '2026-02-11T06:56:36Z' },
        ready: true,
        memoryLimit: '256Mi',
      },
    ],
    rollout: { minutesAgo: 95, previousTag: '2.3.0', addedEnv: { GATEWAY_FEATURE_PACS009_COV: 'true' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CorrespondentSubmissionFailures: iso20022-gateway pacs.008/pacs.009 submissions to correspondent failing 100% since 08:12 UTC on all replicas; outbound USD cover payments queued',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(40, (i) =>
        boot(
          t(7, 0, 0) + i * 107,
          (i * 59) % 1000,
          'INFO',
          'iso20022-gateway',
          `sender-${(i % 4) + 1}`,
          'c.b.i.g.CorrespondentClient',
          `${i % 3 === 0 ? 'pacs.009.001.08 COV' : 'pacs.008.001.08'} submitted uetr=${hex(i, 8)}-${hex(i + 1, 4)}-4${hex(i + 2, 3)}-8${hex(i + 3, 3)}-${hex(i + 4, 12)} http=202 in ${180 + ((i * 23) % 240)}ms`,
        ),
      ),
      boot(
        t(8, 12, 3),
        118,
        'ERROR',
        'iso20022-gateway',
        'sender-2',
        'c.b.i.g.CorrespondentClient',
        'submission failed, will retry: I/O error on POST request for "https://api.correspondent-clearing.example-bank.de/iso20022/v1/messages": PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      ),
      '',
      'javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)',
      '\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)',
      '\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1343)',
      '\tat java.base/sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:457)',
      'Caused by: sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.validator.PKIXValidator.doValidate(PKIXValidator.java:369)',
      '\tat java.base/sun.security.validator.PKIXValidator.engineValidate(PKIXValidator.java:275)',
      'Caused by: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:135)',
      'Caused by: java.security.cert.CertificateExpiredException: NotAfter: Wed Feb 11 08:12:00 UTC 2026',
      '\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)',
      '\tat java.base/sun.security.x509.X509CertImpl.checkValidity(X509CertImpl.java:675)',
      '\tat java.base/sun.security.provider.certpath.BasicChecker.verifyValidity(BasicChecker.java:190)',
      '\t... 38 common frames omitted',
      times(30, (i) =>
        boot(
          t(8, 12, 30) + i * 33,
          (i * 17) % 1000,
          'ERROR',
          'iso20022-gateway',
          `sender-${(i % 4) + 1}`,
          'c.b.i.g.CorrespondentClient',
          `submission failed, will retry (attempt ${2 + (i % 5)}): I/O error on POST request for "https://api.correspondent-clearing.example-bank.de/iso20022/v1/messages": PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed`,
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    id: 'thirtyninth-card-authoriser-hpa-at-maximum',
    family: 'load',
    source: 'https://github.com/kubernetes-sigs/kubernetes-mixin/pull/241',
    signal: 'Alert',
    containers: [
      {
        name: 'card-authoriser',
        running: { startedAt: '2026-02-10T21:03:47Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '2',
        env: { GOMAXPROCS: '2', SCHEME_LINK_ID: 'VISA-EU-2', AUTH_TIMEOUT: '1500ms' },
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
    },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA cards/card-authoriser has been running at max replicas (12) for longer than 15 minutes; CPU 96% of request across replicas, authorisations 2,940/s (same hour 4-week average 1,710/s), p99 410ms (SLO 150ms)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(90, (i) =>
        slog(
          t(8, 14, 0) + i * 10,
          (i * 43) % 1000,
          i % 15 === 14 ? 'WARN' : 'INFO',
          i % 15 === 14 ? 'authorisation queue above soft limit' : 'authorisation',
          i % 15 === 14
            ? `"queued":${180 + i * 2},"soft_limit":128,"workers_busy":64`
            : `"link":"VISA-EU-2","mti":"0100","stan":"${pad(702110 + i * 31, 6)}","mcc":"${['5411', '5812', '4111', '5999', '5541'][i % 5]}","rc":"00","path":"online","latency_ms":${120 + ((i * 37) % 330)}`,
        ),
      ),
      slog(
        t(8, 29, 1),
        2,
        'INFO',
        'runtime stats',
        '"goroutines":1874,"gc_pause_p99_ms":1.8,"heap_mb":141,"cpu_throttled_periods_pct":38',
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtyninth-fraud-scoring-consumer-group-lag-growing',
    family: 'load',
    source: 'https://github.com/confluentinc/examples/pull/948',
    signal: 'Alert',
    containers: [
      {
        name: 'fraud-scoring',
        running: { startedAt: '2026-02-09T06:30:12Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          KAFKA_BOOTSTRAP: 'b-1.fraud-msk.x7k2q.c4.kafka.eu-central-1.amazonaws.com:9098',
          KAFKA_GROUP_ID: 'fraud-scoring',
          KAFKA_TOPIC: 'card.auth.events.v2',
          SCORING_BATCH_SIZE: '500',
        },
        args: ['python', '-m', 'fraud_scoring.consumer'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConsumerGroupLagHigh: group fraud-scoring lag 268,410 on topic card.auth.events.v2 and rising for 35m; 48 partitions, 12 members (4 partitions each), consume 9.1k/s vs produce 13.8k/s; no rebalances in 2h',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      py(
        t(6, 31, 2),
        118,
        'INFO',
        'fraud_scoring.consumer',
        'assignment: card.auth.events.v2 [8, 9, 10, 11] (generation 412)',
      ),
      times(100, (i) =>
        py(
          t(8, 11, 0) + i * 11,
          (i * 67) % 1000,
          'INFO',
          'fraud_scoring.consumer',
          `batch partitions=[8, 9, 10, 11] records=500 scored in ${(0.63 + (i % 9) * 0.012).toFixed(3)}s (features ${(0.21 + (i % 5) * 0.004).toFixed(3)}s, model ${(0.36 + (i % 7) * 0.006).toFixed(3)}s, produce ${(0.05 + (i % 3) * 0.002).toFixed(3)}s) lag=${21400 + i * 212} high_risk=${i % 4}`,
        ),
      ),
    ),
    accept: ['scale-up'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    id: 'thirtyninth-standing-orders-node-stopped-posting-status',
    family: 'node-failure',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/7029',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'standing-orders',
        running: { startedAt: '2026-02-09T13:20:44Z' },
        ready: false,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { SPRING_PROFILES_ACTIVE: 'prod', JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60' },
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
        message: 'Marking for deletion Pod payments/standing-orders-6b9f7d8c45-r2kqn',
        type: 'Normal',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        boot(
          t(8, 5, 0) + i * 20,
          (i * 31) % 1000,
          'INFO',
          'standing-orders',
          'scheduling-1',
          'c.b.p.s.StandingOrderRunner',
          `executed standing order so=${pad(7100200 + i * 13, 8)} amount=${(25 + i * 7.5).toFixed(2)} EUR scheme=SCT status=ACCEPTED`,
        ),
      ),
      boot(
        t(8, 15, 2),
        411,
        'INFO',
        'standing-orders',
        'scheduling-1',
        'c.b.p.s.StandingOrderRunner',
        'batch 2026-02-11T08:15 progress 18,240 / 41,902 orders',
      ),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'thirtyninth-notifications-sandbox-ipam-range-full',
    family: 'node-cni',
    source: 'https://github.com/cilium/cilium/issues/18331',
    signal: 'Alert',
    phase: 'Pending',
    containers: [
      {
        name: 'notifications',
        waiting: { reason: 'ContainerCreating' },
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', SNS_PLATFORM_APP: 'bank-mobile-prod' },
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
    },
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned mobile/notifications-7c8d9f6b5-n4wpl to ip-10-31-47-209.eu-central-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "7a1c0e94f2b34d6e8c51f0a9d3b7e2c4816f5a0d9e3c7b1f2a4d6e8c0b9f1a3d": plugin type="cilium-cni" name="cilium" failed (add): unable to allocate IP via local cilium agent: [POST /ipam][502] postIpamFailure  range is full',
        type: 'Warning',
        count: 147,
      },
      {
        reason: 'SandboxChanged',
        message: 'Pod sandbox changed, it will be killed and re-created.',
        type: 'Normal',
        count: 146,
      },
      {
        reason: 'AlertFiring',
        message:
          'KubePodNotReady: pod mobile/notifications-7c8d9f6b5-n4wpl has been in a non-ready state for longer than 15 minutes',
        on: 'Deployment',
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flushes (1 right, 1 wrong)
  {
    id: 'thirtyninth-mobile-bff-reference-cache-oom-noeviction',
    family: 'cache-full',
    source: 'https://github.com/alkem-io/server/issues/4713',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog-bff',
        running: { startedAt: '2026-02-05T09:11:30Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          CACHE_REDIS_URL: 'rediss://master.bff-reference-cache.r7n2qe.euc1.cache.amazonaws.com:6379/0',
          CACHE_STORE: 'cache-manager-redis-yet',
          CACHE_TTL_MS: '0',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: ElastiCache bff-reference-cache used_memory 100% of maxmemory (maxmemory-policy noeviction), evicted_keys 0; keys 3.1M (bff:fx:*, bff:branches:*, bff:products:*, bff:faq:*), all rebuildable from source APIs',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        nest(
          t(8, 12, 0) + i * 13,
          'LOG',
          'GraphQLRequest',
          `query ${['FxRates', 'BranchFinder', 'ProductCatalog', 'HelpArticles'][i % 4]} 200 ${9 + (i % 14)}ms cache=hit`,
        ),
      ),
      nest(
        t(8, 18, 40),
        'WARN',
        'ReferenceCache',
        "cache set failed for bff:fx:EUR:2026-02-11T08:18: ErrorReply: OOM command not allowed when used memory > 'maxmemory'.",
      ),
      times(56, (i) =>
        i % 2 === 0
          ? nest(
              t(8, 18, 45) + i * 12,
              'ERROR',
              'GraphQLRequest',
              `query ${['FxRates', 'BranchFinder', 'ProductCatalog', 'HelpArticles'][Math.floor(i / 2) % 4]} failed: ErrorReply: OOM command not allowed when used memory > 'maxmemory'. (path: ${['fxRates', 'branches', 'products', 'helpArticles'][Math.floor(i / 2) % 4]})`,
            )
          : nest(
              t(8, 18, 45) + i * 12,
              'LOG',
              'GraphQLRequest',
              `query ${['FxRates', 'BranchFinder', 'ProductCatalog', 'HelpArticles'][(i + 1) % 4]} 200 ${11 + (i % 9)}ms cache=hit`,
            ),
      ),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyninth-payment-initiation-idempotency-store-full',
    family: 'redis-not-cache',
    source: 'https://github.com/redis/redis/issues/2746',
    signal: 'Alert',
    containers: [
      {
        name: 'payment-initiation',
        running: { startedAt: '2026-02-06T17:44:09Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_DATA_REDIS_URL: 'rediss://master.payments-idempotency.c4t8wm.euc1.cache.amazonaws.com:6379',
          IDEMPOTENCY_KEY_TTL: 'PT48H',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: ElastiCache payments-idempotency used_memory 100% of maxmemory (maxmemory-policy noeviction); keys idem:* 41.2M with TTL 48h, dup-guard:* 3.9M',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(24, (i) =>
        boot(
          t(8, 10, 0) + i * 17,
          (i * 59) % 1000,
          'INFO',
          'payment-initiation',
          `http-nio-8080-exec-${(i % 16) + 1}`,
          'c.b.p.i.api.PaymentController',
          `POST /v1/payments idempotency-key=${hex(i, 8)}-${hex(i + 1, 4)}-${hex(i + 2, 4)} scheme=${['SCTINST', 'SCT', 'SCTINST'][i % 3]} status=201 in ${44 + (i % 30)}ms`,
        ),
      ),
      boot(
        t(8, 17, 2),
        311,
        'ERROR',
        'payment-initiation',
        'http-nio-8080-exec-7',
        'c.b.p.i.idem.IdempotencyFilter',
        'idempotency reservation failed; rejecting request with 503 to avoid unguarded execution',
      ),
      '',
      'org.springframework.data.redis.RedisSystemException: Error in execution',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:52)',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceConnection.convertLettuceAccessException(LettuceConnection.java:285)',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceStringCommands.setNX(LettuceStringCommands.java:101)',
      '\tat com.bank.payments.initiation.idem.IdempotencyFilter.reserve(IdempotencyFilter.java:66)',
      "Caused by: io.lettuce.core.RedisCommandExecutionException: OOM command not allowed when used memory > 'maxmemory'.",
      '\tat io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:151)',
      '\tat io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:116)',
      '\tat io.lettuce.core.protocol.AsyncCommand.completeResult(AsyncCommand.java:120)',
      '\t... 36 common frames omitted',
      times(50, (i) =>
        i % 3 === 0
          ? boot(
              t(8, 17, 10) + i * 14,
              (i * 29) % 1000,
              'INFO',
              'payment-initiation',
              `http-nio-8080-exec-${(i % 16) + 1}`,
              'c.b.p.i.api.PaymentController',
              `GET /v1/payments/${hex(i + 30, 12)} status=200 in ${6 + (i % 5)}ms`,
            )
          : boot(
              t(8, 17, 10) + i * 14,
              (i * 29 + 3) % 1000,
              'WARN',
              'payment-initiation',
              `http-nio-8080-exec-${(i % 16) + 1}`,
              'c.b.p.i.api.PaymentController',
              `POST /v1/payments idempotency-key=${hex(i + 90, 8)}-${hex(i + 91, 4)}-${hex(i + 92, 4)} status=503 in ${3 + (i % 4)}ms (idempotency store unavailable: OOM command not allowed when used memory > 'maxmemory'.)`,
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
];
