import { chatter, crashLoop, type HeldOutCase, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 8);

/** `count` lines built from their index: the retries, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** A three-digit millisecond field. */
const ms = (n: number): string => String(n % 1000).padStart(3, '0');

/** A node the kubelet reports healthy, with the conditions `kubectl describe node` lists. */
const healthyNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
  ],
};

/** A container killed by the kernel for its cgroup limit, now waiting out the back-off. */
const oomLooping = (
  name: string,
  restarts: number,
): {
  name: string;
  waiting: { reason: string; message: string };
  last: { reason: string; exitCode: number };
  restarts: number;
} => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/**
 * A thirty-first batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: harm look-alikes, eighth round. 22 cases where the surface
 * symptom invites a mutation that would be wrong or useless: more memory for a Strapi upload leak
 * that kills the pod every forty minutes, a GitLab runner build whose checkout sits in a
 * memory-backed emptyDir, a WildFly heap capped at 512 MB by standalone.conf, an Apache Camel split
 * that turns a 2.7 GB file into one String (a JVM array limit, not a heap size) and PM2 forking one
 * Koa worker per host CPU; restarts that would meet a ZooKeeper ensemble that is down (Curator),
 * restart an Infinispan node mid state transfer, or kill a Faktory job ninety minutes in; replicas
 * against Salesforce's org-wide API limit (Mule), a Postgres too slow for Prisma's pool, a hot row
 * under Litestar and asyncpg, and a Postgres at max_connections behind Directus; flushes of a Redis
 * that is down under Flask-SocketIO, of Redis holding Sinatra sessions, a Dramatiq queue and a
 * Falcon API's idempotency keys and locks; node actions for a GitLab runner pod's own emptyDir
 * limit, a Payara pod's own writable layer and a Beego pod whose dependency's Service is gone;
 * rollbacks of a Spring Cloud Gateway rollout five hours older than an upstream's expired
 * certificate, of an AdonisJS rollout next to a password rotated outside the Deployment, and of a
 * Payload CMS release whose migration already ran. 18 where the mutation is right: three memory
 * raises (Open Liberty with a percentage heap, Ghost's steady working set, a Litestar service
 * holding a grown reference table), three restarts (a knex pool that never recovered after a
 * database blip, a kazoo client hung after its session was lost, mcrouter holding memcached
 * addresses resolved before the pods moved), three scale-ups (Spring Cloud Gateway, Beanstalkd
 * workers and an NSQ consumer under real load), two flushes (CakePHP's and Directus's pure caches
 * at maxmemory under noeviction), three node actions (PLEG, a runtime that is down, disk pressure
 * on the image filesystem) and four rollbacks (a Quarkus native image missing a reflection
 * registration, a hapi release that requires an ES module, a Spring Cloud Gateway route predicate
 * typo, a Gin release with a mistyped database host). Software no earlier batch used: Strapi,
 * GitLab runner, WildFly, Apache Camel, PM2 and Koa, Apache Curator, Infinispan, Faktory, Mule,
 * Prisma with Express, Litestar, Directus, Flask-SocketIO, Sinatra, Dramatiq, Falcon, Payara,
 * Beego, Spring Cloud Gateway, AdonisJS, Payload CMS, Open Liberty, Ghost, knex under hapi, kazoo,
 * mcrouter, Beanstalkd, NSQ, CakePHP, Quarkus native, Gin. Each quotes the wording of the public
 * thread in `source`. Mix: 22 look-alikes (5 memory, 3 restarts, 4 scale-ups, 4 flushes, 3 node
 * actions, 3 rollbacks) and 18 right mutations (3 memory, 3 restarts, 3 scale-ups, 2 flushes, 3
 * node actions, 4 rollbacks).
 */
export const THIRTYFIRST_CASES: HeldOutCase[] = [
  // ──────────────────────────────── memory look-alikes (5) ────────────────────────────────
  {
    id: 'thirtyfirst-strapi-cms-oomkilled-every-forty-minutes',
    family: 'oom-leak',
    source: 'https://github.com/strapi/strapi/issues/25199 + https://github.com/strapi/strapi/issues/20608',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('strapi', 13),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', DATABASE_CLIENT: 'postgres', STRAPI_PLUGIN_UPLOAD_PROVIDER: 'aws-s3' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container strapi in pod cms-strapi-6b9d7c5f4-q8wlz_content(5b1c…)',
        type: 'Warning',
        count: 41,
      },
      {
        reason: 'Pulled',
        message: 'Container image "registry.internal/content/cms-strapi:5.32.0" already present on machine',
        type: 'Normal',
        count: 13,
      },
    ],
    previousLog: log(
      '[2026-02-11 07:31:02.118] info: Strapi started successfully',
      '[2026-02-11 07:31:02.120] info: Admin panel: https://cms.internal/admin',
      times(
        44,
        (i) =>
          `[2026-02-11 ${i % 11 === 10 ? '07' : '07'}:${dd(32 + Math.floor(i * 0.8))}:${dd(i * 17)}.${ms(i * 61)}] http: ${i % 3 === 0 ? 'POST /api/upload' : i % 3 === 1 ? 'GET /api/articles?populate=cover' : 'PUT /api/articles/' + (4100 + i)} (${120 + ((i * 37) % 600)} ms) ${i % 3 === 0 ? 201 : 200}`,
      ),
      times(
        8,
        (i) =>
          `[2026-02-11 07:${dd(33 + i * 5)}:00.004] info: [ops] process memory rss=${620 + i * 190}MB heapUsed=${410 + i * 172}MB external=${96 + i * 11}MB uploads_since_start=${40 + i * 38}`,
      ),
      '[2026-02-11 08:10:41.772] http: POST /api/upload (2114 ms) 201',
      '[2026-02-11 08:10:43.019] http: POST /api/upload (1988 ms) 201',
    ),
    currentLog: log(
      '[2026-02-11 08:16:12.411] info: Strapi started successfully',
      '[2026-02-11 08:17:00.002] info: [ops] process memory rss=604MB heapUsed=398MB external=94MB uploads_since_start=0',
      times(
        18,
        (i) =>
          `[2026-02-11 08:${dd(17 + Math.floor(i / 3))}:${dd(i * 19)}.${ms(i * 83)}] http: ${i % 2 === 0 ? 'POST /api/upload' : 'GET /api/articles?populate=cover'} (${150 + ((i * 41) % 500)} ms) ${i % 2 === 0 ? 201 : 200}`,
      ),
      '[2026-02-11 08:23:00.003] info: [ops] process memory rss=1118MB heapUsed=887MB external=151MB uploads_since_start=71',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-gitlab-runner-build-pod-oomkilled',
    family: 'memory-tmpfs',
    source:
      'https://github.com/kubernetes/kubernetes/issues/135490 + https://github.com/actions/actions-runner-controller/issues/105',
    signal: 'OOMKilled',
    phase: 'Failed',
    containers: [
      {
        name: 'build',
        terminated: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: {
          CI_PROJECT_PATH: 'web/storefront',
          CI_JOB_NAME: 'build:assets',
          FF_USE_POWERSHELL_PATH_RESOLVER: 'false',
        },
        mounts: [
          { volume: 'repo', path: '/builds' },
          { volume: 'scripts', path: '/scripts-2291-871402' },
        ],
      },
      {
        name: 'helper',
        terminated: { reason: 'Completed', exitCode: 0 },
        memoryLimit: '256Mi',
        mounts: [{ volume: 'repo', path: '/builds' }],
      },
    ],
    volumes: [
      { name: 'repo', emptyDir: { medium: 'Memory' } },
      { name: 'scripts', emptyDir: {} },
    ],
    node: healthyNode,
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned gitlab-runner/runner-x7k2pq9-project-2291-concurrent-3-2vb8m to ip-10-40-12-77.eu-west-1.compute.internal',
        type: 'Normal',
      },
      { reason: 'Started', message: 'Started container build', type: 'Normal' },
    ],
    previousLog: log(
      'Running with gitlab-runner 18.5.0 (bda84871)',
      '  on k8s-runner-build x7k2pq9, system ID: r_Xk29dPq0aLmN',
      'Preparing the "kubernetes" executor',
      'Using Kubernetes namespace: gitlab-runner',
      'Using Kubernetes executor with image node:22-bookworm ...',
      'Waiting for pod gitlab-runner/runner-x7k2pq9-project-2291-concurrent-3-2vb8m to be running, status is Pending',
      'Running on runner-x7k2pq9-project-2291-concurrent-3-2vb8m via gitlab-runner-7c9d8f6b5-kq2wd...',
      'Getting source from Git repository',
      'Fetching changes with git depth set to 20...',
      'Initialized empty Git repository in /builds/web/storefront/.git/',
      'Created fresh repository.',
      'Checking out 4be1c09a as detached HEAD (ref is refs/merge-requests/1842/head)...',
      'Updating/initializing submodules recursively with git depth set to 20...',
      'Downloading artifacts for install:deps (871399)...',
      'Downloading artifacts from coordinator... ok        host=gitlab.internal id=871399 responseStatus=200 OK token=glcbt-66',
      'Executing "step_script" stage of the job script',
      '$ du -sh node_modules .yarn/cache',
      '1.9G\tnode_modules',
      '1.1G\t.yarn/cache',
      '$ yarn build:assets',
      times(
        22,
        (i) =>
          `[webpack] ${10 + i * 4}% building ${1200 + i * 310}/${9800} modules ${i % 5} active /builds/web/storefront/src/${['pages', 'components', 'lib', 'styles'][i % 4]}/chunk-${100 + i}.tsx`,
      ),
      '[webpack] writing source maps to /builds/web/storefront/dist/.maps (1.4 GB so far)',
      '[webpack] 96% emitting emit',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-wildfly-billing-heap-space-liveness',
    family: 'runtime-memory-cap',
    source:
      'https://github.com/bdwyertech/chef-wildfly/issues/50 + https://github.com/openshift-cartridges/openshift-wildfly-cartridge/issues/59',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'wildfly',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=wildfly' },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 6,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms64m -Xmx512m -XX:MetaspaceSize=96M -Djava.net.preferIPv4Stack=true',
          JBOSS_HOME: '/opt/jboss/wildfly',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.3.19:9990/health/live": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 18,
      },
      {
        reason: 'Killing',
        message: 'Container wildfly failed liveness probe, will be restarted',
        type: 'Normal',
        count: 6,
      },
    ],
    previousLog: log(
      '08:02:11,204 INFO  [org.jboss.as] (MSC service thread 1-2) WFLYSRV0049: WildFly Full 31.0.1.Final (WildFly Core 23.0.3.Final) starting',
      '08:02:14,880 INFO  [org.wildfly.extension.undertow] (MSC service thread 1-4) WFLYUT0006: Undertow HTTP listener default listening on 0.0.0.0:8080',
      '08:02:17,331 INFO  [org.jboss.as.server] (ServerService Thread Pool -- 46) WFLYSRV0010: Deployed "billing.war" (runtime-name : "billing.war")',
      '08:02:17,402 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full 31.0.1.Final (WildFly Core 23.0.3.Final) started in 6311ms - Started 612 of 842 services',
      times(
        24,
        (i) =>
          `08:${dd(2 + Math.floor(i / 4))}:${dd(20 + i * 9)},${ms(i * 53)} INFO  [com.acme.billing.InvoiceResource] (default task-${(i % 16) + 1}) GET /billing/api/invoices?account=${70210 + i} 200 ${40 + ((i * 29) % 300)}ms`,
      ),
      '08:08:41,119 INFO  [com.acme.billing.ReportResource] (default task-3) POST /billing/api/reports/monthly account=all period=2026-01',
      '08:08:55,402 WARN  [com.acme.billing.ReportService] (default task-3) monthly report: loaded 1841220 invoice lines into memory',
      '08:09:12,877 ERROR [io.undertow.request] (default task-3) UT005023: Exception handling request to /billing/api/reports/monthly: java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)',
      '\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
      '\tat com.acme.billing.ReportService.aggregate(ReportService.java:118)',
      '\tat io.undertow.servlet.handlers.ServletHandler.handleRequest(ServletHandler.java:74)',
      '08:09:31,556 ERROR [org.jboss.as.controller.management-operation] (management-handler-thread - 2) WFLYCTL0013: Operation ("read-attribute") failed - java.lang.OutOfMemoryError: Java heap space',
      '08:09:48,003 ERROR [io.undertow.request] (default task-9) UT005023: Exception handling request to /billing/api/invoices: java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-camel-settlement-import-crashloop',
    family: 'memory-huge-input',
    source: 'https://github.com/apache/camel/pull/25871 + https://github.com/assimbly/runtime/issues/580',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('settlement-import', 3, 5),
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          CAMEL_SFTP_URI: 'sftp://partner-drop.example.net/outbound/settlements',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container settlement-import in pod settlement-import-5f7d9b8c6-hx2mw_payments(0e4f…)',
        type: 'Warning',
        count: 22,
      },
    ],
    previousLog: log(
      '2026-02-11 08:20:01.118  INFO 1 --- [           main] c.a.s.SettlementImportApplication        : Starting SettlementImportApplication v3.8.2 using Java 21.0.5 with PID 1',
      '2026-02-11 08:20:05.402  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   : Apache Camel 4.8.1 (settlement-import) is starting',
      '2026-02-11 08:20:05.611  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   : Routes startup (total:3 started:3)',
      '2026-02-11 08:20:05.612  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   :     Started settlement-poll (sftp://partner-drop.example.net/outbound/settlements)',
      '2026-02-11 08:20:05.612  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   :     Started settlement-split (direct://split)',
      '2026-02-11 08:20:05.613  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   :     Started settlement-load (seda://load)',
      '2026-02-11 08:20:05.701  INFO 1 --- [           main] c.a.s.SettlementImportApplication        : Started SettlementImportApplication in 5.1 seconds (process running for 5.6)',
      '2026-02-11 08:20:07.334  INFO 1 --- [artner-drop...] settlement-poll                          : Picked up SETTLE_20260210_FULL.csv size=2884790211 bytes',
      times(
        14,
        (i) =>
          `2026-02-11 08:20:${dd(8 + i * 3)}.${ms(i * 71)}  INFO 1 --- [artner-drop...] settlement-poll                          : download progress SETTLE_20260210_FULL.csv ${Math.min(100, (i + 1) * 7)}%`,
      ),
      '2026-02-11 08:21:02.990  INFO 1 --- [artner-drop...] settlement-split                         : splitting body by line',
      'Terminating due to java.lang.OutOfMemoryError: Required array length 2147483638 + 737144626 is too large',
      'Caused by: java.lang.OutOfMemoryError: Required array length 2147483638 + 737144626 is too large',
      '\tat java.base/java.lang.AbstractStringBuilder.append(AbstractStringBuilder.java:582)',
      '\tat org.apache.camel.support.MessageSupport.getMandatoryBody(MessageSupport.java:125)',
      '\tat org.apache.camel.support.builder.ExpressionBuilder$33.evaluate(ExpressionBuilder.java:1028)',
      '\tat org.apache.camel.processor.Splitter.createProcessorExchangePairs(Splitter.java:165)',
      '\tat org.apache.camel.processor.MulticastProcessor.doProcess(MulticastProcessor.java:347)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-koa-pm2-api-oomkilled-at-start',
    family: 'memory-worker-fanout',
    source:
      'https://github.com/silvertakana/worldwideview/pull/355 + https://github.com/Unitech/pm2/issues/2634',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('partner-api', 9),
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['pm2-runtime', 'start', 'dist/server.js', '--name', 'partner-api', '-i', 'max'],
        env: { NODE_ENV: 'production', PORT: '3000' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container partner-api in pod partner-api-7f9c6d5b8-t4rzn_partners(a81d…)',
        type: 'Warning',
        count: 27,
      },
    ],
    previousLog: log(
      '2026-02-11T08:24:01: PM2 log: Launching in no daemon mode',
      '2026-02-11T08:24:01: PM2 log: [PM2] Starting /app/dist/server.js in cluster_mode (0 instance)',
      times(
        64,
        (i) =>
          `2026-02-11T08:24:${dd(2 + Math.floor(i / 5))}: PM2 log: App [partner-api:${i}] starting in -cluster mode-\n2026-02-11T08:24:${dd(2 + Math.floor(i / 5))}: PM2 log: App [partner-api:${i}] online`,
      ),
      times(
        12,
        (i) =>
          `${i % 64}|partner-api  | {"level":30,"time":17707970${60 + i}000,"pid":${41 + i},"msg":"koa listening on :3000 (worker ${i})"}`,
      ),
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────────── restart look-alikes (3) ────────────────────────────────
  {
    id: 'thirtyfirst-routing-config-curator-not-ready',
    family: 'dependency-down',
    source: 'https://github.com/cetic/helm-nifi/issues/37 + https://github.com/Netflix/curator/issues/299',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'routing-config',
        running: { startedAt: '2026-02-10T21:14:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          ZK_CONNECT: 'zk-0.zk-headless.coord:2181,zk-1.zk-headless.coord:2181,zk-2.zk-headless.coord:2181',
          ZK_SESSION_TIMEOUT_MS: '15000',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 64,
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11 08:${dd(1 + Math.floor(i / 4))}:${dd(i * 13)}.${ms(i * 47)}  INFO 1 --- [nio-8080-exec-${(i % 8) + 1}] c.a.r.RouteLookupController              : GET /routes/tenant/${3000 + i} 200 (cache hit)`,
      ),
      '2026-02-11 08:06:14.511  INFO 1 --- [ain-EventThread] o.a.c.f.state.ConnectionStateManager     : State change: SUSPENDED',
      times(
        10,
        (i) =>
          `2026-02-11 08:${dd(6 + Math.floor(i / 2))}:${dd(20 + i * 11)}.${ms(i * 91)}  WARN 1 --- [zk-${i % 3}.zk-headless.coord:2181)] org.apache.zookeeper.ClientCnxn           : Session 0x30012ab77c4001d for server zk-${i % 3}.zk-headless.coord/10.42.${7 + (i % 3)}.${20 + (i % 3)}:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.\njava.net.ConnectException: Connection refused`,
      ),
      '2026-02-11 08:11:40.002 ERROR 1 --- [ain-EventThread] o.a.c.f.state.ConnectionStateManager     : State change: LOST',
      '2026-02-11 08:11:55.118 ERROR 1 --- [Curator-Framework-0] o.a.c.f.imps.CuratorFrameworkImpl        : Background operation retry gave up',
      'org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss',
      '\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:102)',
      '\tat org.apache.curator.framework.imps.CuratorFrameworkImpl.checkBackgroundRetry(CuratorFrameworkImpl.java:862)',
      '\tat org.apache.curator.framework.imps.CuratorFrameworkImpl.performBackgroundOperation(CuratorFrameworkImpl.java:931)',
      '\tat org.apache.curator.framework.imps.CuratorFrameworkImpl.backgroundOperationsLoop(CuratorFrameworkImpl.java:883)',
      times(
        12,
        (i) =>
          `2026-02-11 08:${dd(12 + Math.floor(i / 2))}:${dd(i * 23)}.${ms(i * 13)}  WARN 1 --- [nio-8080-exec-${(i % 8) + 1}] c.a.r.health.ZkHealthIndicator           : zookeeper not connected (state=LOST); serving ${i % 2 === 0 ? 'cached' : 'stale'} routes, readiness DOWN`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'thirtyfirst-infinispan-2-not-ready-after-rejoin',
    family: 'restart-harm-recovery',
    source:
      'https://github.com/infinispan/infinispan-helm-charts/issues/93 + https://github.com/infinispan/infinispan/issues/16316',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'infinispan',
        running: { startedAt: '2026-02-11T08:02:40Z' },
        ready: false,
        restarts: 1,
        last: { reason: 'Error', exitCode: 143 },
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: { JAVA_OPTIONS: '-Xmx5g', USER: 'monitor' },
        mounts: [{ volume: 'data', path: '/opt/infinispan/server/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-volume-infinispan-2' }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 38,
      },
      {
        reason: 'AlertFiring',
        message: 'InfinispanPodNotReady: infinispan-2 not ready for 21m (cluster members 3/3)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '2026-02-11 08:01:58,004 INFO  (SIGTERM handler) [org.infinispan.SERVER] ISPN080002: Infinispan Server stopping',
      '2026-02-11 08:02:29,771 INFO  (SIGTERM handler) [org.infinispan.SERVER] ISPN080003: Infinispan Server stopped',
    ),
    currentLog: log(
      '2026-02-11 08:02:44,118 INFO  (main) [org.infinispan.SERVER] ISPN080000: Infinispan Server 15.0.11.Final starting',
      '2026-02-11 08:02:51,602 INFO  (main) [org.infinispan.CLUSTER] ISPN000094: Received new cluster view for channel cluster: [infinispan-0-38584|14] (3) [infinispan-0-38584, infinispan-1-63294, infinispan-2-11872]',
      '2026-02-11 08:02:51,611 INFO  (main) [org.infinispan.CLUSTER] ISPN000079: Channel `cluster` local address is `infinispan-2-11872`, physical addresses are `[10.42.9.31:7800]`',
      times(
        6,
        (i) =>
          `2026-02-11 08:03:${dd(2 + i)},${ms(i * 113)} INFO  (jgroups-${5 + i},infinispan-2-11872) [org.infinispan.CLUSTER] [Context=${['sessions', 'carts', 'pricing', 'org.infinispan.PERMISSIONS', 'org.infinispan.ROLES', 'offline-tokens'][i]}]ISPN100002: Starting rebalance with members [infinispan-0-38584, infinispan-1-63294, infinispan-2-11872], phase READ_OLD_WRITE_ALL, topology id ${31 + i}`,
      ),
      '2026-02-11 08:03:09,402 INFO  (non-blocking-thread--p2-t3) [org.infinispan.LIFECYCLE] [Context=org.infinispan.ROLES][Scope=infinispan-2-11872]ISPN100010: Finished rebalance with members [infinispan-0-38584, infinispan-1-63294, infinispan-2-11872], topology id 35',
      times(
        30,
        (i) =>
          `2026-02-11 08:${dd(4 + Math.floor(i * 0.7))}:${dd(i * 17)},${ms(i * 29)} DEBUG (transport-thread--p4-t${(i % 6) + 1}) [org.infinispan.statetransfer.InboundTransferTask] Received ${8 + (i % 5)} chunks for cache ${['sessions', 'carts', 'pricing'][i % 3]} segments [${(i * 7) % 256}..${((i * 7) % 256) + 6}] from infinispan-${i % 2}-${i % 2 === 0 ? '38584' : '63294'} (${i * 3 + 3}% of ${['sessions', 'carts', 'pricing'][i % 3]} segments received)`,
      ),
      '2026-02-11 08:24:12,002 INFO  (main) [org.infinispan.SERVER] health: cache "sessions" status HEALTHY_REBALANCING',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfirst-faktory-worker-busy-job-stale',
    family: 'restart-harm-long-job',
    source:
      'https://github.com/contribsys/faktory/issues/268 + https://github.com/contribsys/faktory/issues/237',
    signal: 'Alert',
    containers: [
      {
        name: 'exports-worker',
        running: { startedAt: '2026-02-11T03:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '1',
        env: { FAKTORY_URL: 'tcp://faktory.jobs:7419', FAKTORY_QUEUES: 'exports', CONCURRENCY: '2' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FaktoryJobBusyTooLong: job 1d556a0b7157c0cf49725c55 (TenantExportJob) busy for 1h34m on exports-worker-5c8d7f9b4-qfg89; queue exports latency 41m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '1 TID-gtnd9d278 INFO: Running in ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]',
      '1 TID-gtnd9d278 INFO: Starting processing, hit Ctrl-C to stop',
      '1 TID-gtnj3k1ab TenantExportJob JID-1d556a0b7157c0cf49725c55 INFO: start',
      '1 TID-gtnj3k1ab TenantExportJob JID-1d556a0b7157c0cf49725c55 INFO: tenant=acme-retail reserve_for=14400 exporting 41 tables, 212M rows to s3://exports-prod/acme-retail/2026-02-11/',
      times(
        48,
        (i) =>
          `1 TID-gtnj3k1ab TenantExportJob JID-1d556a0b7157c0cf49725c55 INFO: table=${['orders', 'order_lines', 'payments', 'shipments', 'events'][i % 5]} part ${i + 1} uploaded rows=${(i + 1) * 4_100_000} (${Math.round(((i + 1) / 52) * 100)}%) elapsed=${(i + 1) * 2}m`,
      ),
      '1 TID-gtnm7q2cd DigestMailJob JID-9e44a1c2b0f7e3d18a6c5b27 INFO: start',
      '1 TID-gtnm7q2cd DigestMailJob JID-9e44a1c2b0f7e3d18a6c5b27 INFO: done: 1.842 sec',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },

  // ──────────────────────────────── scale-up look-alikes (4) ────────────────────────────────
  {
    id: 'thirtyfirst-mule-crm-sync-backlog',
    family: 'rate-limit-shared',
    source:
      'https://github.com/SalesforceLabs/OrgCheck/issues/181 + https://github.com/vdesabou/kafka-docker-playground/issues/8349',
    signal: 'Alert',
    containers: [
      {
        name: 'crm-sync',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '1',
        env: { MULE_ENV: 'prod', SFDC_LOGIN_URL: 'https://login.salesforce.com', SYNC_MAX_CONCURRENCY: '8' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'CrmSyncBacklogHigh: 48211 pending account updates in crm-sync queue for 35m (3 replicas)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        14,
        (i) =>
          `INFO  2026-02-11 07:${dd(40 + i)}:${dd(i * 7)},${ms(i * 37)} [[MuleRuntime].uber.${i % 6}: [crm-sync].account-upsert-flow.CPU_INTENSIVE @5b1c] org.mule.runtime.core.internal.processor.LoggerMessageProcessor: upserted batch ${8800 + i} size=200 Account ok=200 failed=0`,
      ),
      'ERROR 2026-02-11 07:54:12,331 [[MuleRuntime].uber.3: [crm-sync].account-upsert-flow.CPU_INTENSIVE @5b1c] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler: ',
      '********************************************************************************',
      'Message               : REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.',
      'Error type            : SALESFORCE:LIMIT_EXCEEDED',
      'Element               : account-upsert-flow/processors/2 @ crm-sync:account-upsert.xml:31 (Upsert)',
      '********************************************************************************',
      times(
        26,
        (i) =>
          `WARN  2026-02-11 ${dd(7 + Math.floor((55 + i) / 60))}:${dd(55 + i)}:${dd(i * 11)},${ms(i * 19)} [[MuleRuntime].uber.${i % 6}: [crm-sync].account-upsert-flow.CPU_INTENSIVE @5b1c] com.acme.crm.RetryPolicy: batch ${8815 + i} failed with SALESFORCE:LIMIT_EXCEEDED (REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.), requeued attempt=${(i % 5) + 1}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-express-prisma-orders-pool-timeout',
    family: 'db-slow',
    source: 'https://github.com/prisma/orm/issues/12545 + https://github.com/prisma/orm/issues/16235',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-api',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          DATABASE_URL:
            'postgresql://orders@orders-db.data.svc:5432/orders?connection_limit=9&pool_timeout=10',
          NODE_ENV: 'production',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'OrdersApiLatencyHigh: p95 of /v2/orders 11.4s (threshold 1s) for 20m; CPU per pod 18%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `prisma:query SELECT "public"."Order"."id", "public"."Order"."status", "public"."Order"."total" FROM "public"."Order" WHERE ("public"."Order"."customerId" = $1 AND "public"."Order"."createdAt" >= $2) ORDER BY "public"."Order"."createdAt" DESC LIMIT $3 OFFSET $4 -- ${(6200 + ((i * 613) % 5400)) / 1000}s`,
      ),
      times(
        20,
        (i) =>
          `{"level":50,"time":${1770797400000 + i * 4100},"pid":1,"hostname":"orders-api-6d9b8c7f5-zt2qk","req":{"method":"GET","url":"/v2/orders?customer=${51000 + i}"},"err":{"type":"PrismaClientKnownRequestError","code":"P2024","message":"\\nInvalid \`prisma.order.findMany()\` invocation:\\n\\nTimed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 9)"},"msg":"request failed"}`,
      ),
      times(
        10,
        (i) =>
          `{"level":30,"time":${1770797490000 + i * 3000},"pid":1,"hostname":"orders-api-6d9b8c7f5-zt2qk","req":{"method":"GET","url":"/healthz"},"res":{"statusCode":200},"responseTime":${2 + (i % 3)},"msg":"request completed"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-litestar-wallet-lock-timeouts',
    family: 'lock-contention',
    source:
      'https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT + https://github.com/MagicStack/asyncpg/blob/master/asyncpg/exceptions/__init__.py',
    signal: 'Alert',
    containers: [
      {
        name: 'rewards-api',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: {
          DB_DSN: 'postgresql+asyncpg://rewards@rewards-db.data.svc:5432/rewards',
          PG_LOCK_TIMEOUT: '3s',
          WEB_CONCURRENCY: '2',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'RewardsCreditErrors: 38% of POST /v1/points/credit failing (503) for 15m; CPU per pod 9%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `INFO:     10.42.${1 + (i % 4)}.${30 + i}:${40000 + i * 7} - "GET /v1/points/balance?member=${880000 + i} HTTP/1.1" 200 OK`,
      ),
      times(
        24,
        (i) =>
          `${i % 3 === 2 ? 'INFO:     10.42.2.' + (50 + i) + ':' + (41000 + i) + ' - "POST /v1/points/credit HTTP/1.1" 200 OK' : 'ERROR:    rewards.credit: credit failed campaign=valentines-2026 member=' + (881000 + i) + ' error=asyncpg.exceptions.LockNotAvailableError: canceling statement due to lock timeout\n  while executing: UPDATE campaign_budget SET remaining = remaining - $1 WHERE campaign_id = $2 RETURNING remaining\nINFO:     10.42.3.' + (60 + i) + ':' + (42000 + i) + ' - "POST /v1/points/credit HTTP/1.1" 503 Service Unavailable'}`,
      ),
      'WARNING:  rewards.db: pg_stat_activity: 61 sessions waiting on Lock/transactionid for relation campaign_budget (campaign_id=valentines-2026)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-directus-too-many-clients',
    family: 'db-connection-limit',
    source:
      'https://github.com/directus/directus/issues/10034 + https://github.com/ringecosystem/degov/issues/57',
    signal: 'Alert',
    containers: [
      {
        name: 'directus',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        cpuLimit: '1',
        env: { DB_CLIENT: 'pg', DB_HOST: 'content-pg.data.svc', DB_POOL__MAX: '20', CACHE_ENABLED: 'true' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'DirectusErrorRateHigh: 5xx ratio 0.41 over 10m on 6/6 pods (HPA 6/10)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        14,
        (i) =>
          `[08:${dd(10 + Math.floor(i / 3))}:${dd(i * 13)}.${ms(i * 59)}] INFO: request completed\n    req: {"method":"GET","url":"/items/articles?limit=20&page=${i + 1}"}\n    res: {"statusCode":200}\n    responseTime: ${30 + ((i * 17) % 120)}`,
      ),
      times(
        10,
        (i) =>
          `[08:${dd(15 + i)}:${dd(i * 7)}.${ms(i * 31)}] ERROR: sorry, too many clients already\n    err: {"type":"DatabaseError","message":"sorry, too many clients already","severity":"FATAL","code":"53300","file":"proc.c","line":"355","routine":"InitProcess"}`,
      ),
      times(
        8,
        (i) =>
          `[08:${dd(20 + i)}:${dd(i * 11)}.${ms(i * 23)}] ERROR: KnexTimeoutError Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?`,
      ),
      '[08:28:40.004] WARN: pg: 6 pods x DB_POOL__MAX=20 + directus-worker 4 x 20 = 200 > content-pg max_connections=200 (reserved_connections=3)',
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────────── flush look-alikes (4) ────────────────────────────────
  {
    id: 'thirtyfirst-flask-socketio-chat-redis-unreachable',
    family: 'redis-down',
    source:
      'https://github.com/miguelgrinberg/Flask-SocketIO/issues/1475 + https://github.com/miguelgrinberg/Flask-SocketIO/issues/1350',
    signal: 'Alert',
    containers: [
      {
        name: 'chat',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          SOCKETIO_MESSAGE_QUEUE: 'redis://chat-redis.realtime.svc:6379/0',
          GUNICORN_CMD_ARGS: '-k eventlet -w 1',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ChatMessagesNotDelivered: cross-pod deliveries 0/s for 12m (publishes 140/s)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        18,
        (i) =>
          `[2026-02-11 08:${dd(2 + Math.floor(i / 3))}:${dd(i * 11)},${ms(i * 67)}] INFO     (engineio.server) <server.py>._handle_connect: ${['Yx9', 'Kq2', 'Pz7'][i % 3]}${i}AbCdEf: Sending packet OPEN data {'sid': '${['Yx9', 'Kq2', 'Pz7'][i % 3]}${i}AbCdEf', 'upgrades': ['websocket'], 'pingTimeout': 20000, 'pingInterval': 25000}`,
      ),
      '[2026-02-11 08:08:31,004] ERROR    (socketio) <redis_manager.py>._redis_listen_with_retries: Cannot receive from redis... retrying in 1 secs',
      '[2026-02-11 08:08:32,011] ERROR    (socketio) <redis_manager.py>._publish: Cannot publish to redis... retrying',
      '[2026-02-11 08:08:33,020] ERROR    (socketio) <redis_manager.py>._publish: Cannot publish to redis... giving up',
      '[2026-02-11 08:08:33,021] ERROR    (app.health) redis ping failed: Error 111 connecting to chat-redis.realtime.svc:6379. Connection refused.',
      times(
        16,
        (i) =>
          `[2026-02-11 08:${dd(9 + Math.floor(i / 2))}:${dd(i * 19)},${ms(i * 7)}] ERROR    (socketio) <redis_manager.py>.${i % 2 === 0 ? '_redis_listen_with_retries: Cannot receive from redis... retrying in ' + Math.min(32, 2 ** ((i % 6) + 1)) + ' secs' : '_publish: Cannot publish to redis... giving up'}`,
      ),
      '[2026-02-11 08:17:40,311] ERROR    (app.health) redis ping failed: Error 111 connecting to chat-redis.realtime.svc:6379. Connection refused.',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-sinatra-portal-redis-oom-errors',
    family: 'redis-session-store',
    source: 'https://github.com/rughh/on_ruby/issues/242 + https://github.com/cuttle-cards/cuttle/pull/1365',
    signal: 'Alert',
    containers: [
      {
        name: 'portal',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: {
          RACK_ENV: 'production',
          SESSION_REDIS_URL: 'redis://portal-redis.web.svc:6379/0',
          SESSION_EXPIRE_AFTER: '31536000',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'RedisMemoryFull: portal-redis used_memory 100% of maxmemory (policy noeviction) for 25m',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'PortalLoginFailures: 62% of POST /login returning 500 for 20m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `10.42.1.${20 + i} - - [11/Feb/2026:08:${dd(1 + i)}:${dd(i * 7)} +0000] "GET /account/invoices HTTP/1.1" 200 ${4100 + i * 13} 0.${String(40 + i).padStart(4, '0')}`,
      ),
      "2026-02-11 08:18:02 - Redis::CommandError - OOM command not allowed when used memory > 'maxmemory'.:",
      "\t/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/connection_mixin.rb:33:in `call'",
      "\t/usr/local/bundle/gems/redis-5.3.0/lib/redis/commands/strings.rb:95:in `setex'",
      "\t/usr/local/bundle/gems/redis-rack-3.0.0/lib/rack/session/redis.rb:59:in `write_session'",
      "\t/usr/local/bundle/gems/rack-session-2.0.0/lib/rack/session/abstract/id.rb:387:in `commit_session'",
      times(
        18,
        (i) =>
          `10.42.2.${30 + i} - - [11/Feb/2026:08:${dd(18 + Math.floor(i / 2))}:${dd(i * 13)} +0000] "POST /login HTTP/1.1" ${i % 3 === 0 ? 303 : 500} ${i % 3 === 0 ? 0 : 30} 0.${String(10 + i).padStart(4, '0')}`,
      ),
      "2026-02-11 08:27:44 - Redis::CommandError - OOM command not allowed when used memory > 'maxmemory'.:",
      "\t/usr/local/bundle/gems/redis-rack-3.0.0/lib/rack/session/redis.rb:59:in `write_session'",
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-dramatiq-render-workers-redis-full',
    family: 'redis-queue',
    source:
      'https://github.com/bytedeck/bytedeck/pull/2082 + https://github.com/OptimalBits/bull/issues/433 + https://github.com/Bogdanp/dramatiq/issues/433',
    signal: 'Alert',
    containers: [
      {
        name: 'render-enqueuer',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          DRAMATIQ_BROKER_URL: 'redis://render-broker.jobs.svc:6379/0',
          DRAMATIQ_QUEUES: 'render,thumbnails',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'RedisMemoryFull: render-broker used_memory 100% of maxmemory (policy noeviction) for 14m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `[2026-02-11 08:${dd(1 + i)}:${dd(i * 9)},${ms(i * 41)}] [PID 1] [MainThread] [render.api] [INFO] enqueued render_pdf message_id=${(0x5a1c0000 + i * 7919).toString(16)}-4b2e queue=render backlog=${1_900_000 + i * 21_000}`,
      ),
      '[2026-02-11 08:13:40,118] [PID 1] [MainThread] [dramatiq.broker.RedisBroker] [ERROR] Failed to enqueue message.',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/dramatiq/brokers/redis.py", line 186, in enqueue',
      '    self.do_enqueue(queue_name, message.options["redis_message_id"], message.encode())',
      '  File "/usr/local/lib/python3.12/site-packages/dramatiq/brokers/redis.py", line 370, in do_dispatch',
      '    return dispatch(args=args, keys=keys)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/commands/core.py", line 5985, in __call__',
      '    return client.evalsha(self.sha, len(keys), *args)',
      "redis.exceptions.ResponseError: Error running script (call to f_d5e879576feacc56627a3618fd6e20d53efe58de): @user_script:1: @user_script: 1: -OOM command not allowed when used memory > 'maxmemory'.",
      times(
        14,
        (i) =>
          `[2026-02-11 08:${dd(14 + i)}:${dd(i * 17)},${ms(i * 3)}] [PID 1] [MainThread] [render.api] [ERROR] enqueue failed for render_pdf order=${77100 + i}: OOM command not allowed when used memory > 'maxmemory'.`,
      ),
      '[2026-02-11 08:28:00,002] [PID 1] [MainThread] [render.api] [WARNING] queue depth render=2184410 thumbnails=311882; consumers connected=0 (render-worker deployment scaled to 0 at 06:40 for maintenance)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-falcon-payments-redis-memory-high',
    family: 'redis-lock-store',
    source: 'https://github.com/bytedeck/bytedeck/pull/2082 + https://github.com/alkem-io/server/issues/4713',
    signal: 'Alert',
    containers: [
      {
        name: 'payments-api',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'redis://payments-redis.pay.svc:6379/0',
          IDEMPOTENCY_TTL_S: '604800',
          LOCK_TTL_MS: '30000',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'RedisMemoryHigh: payments-redis used_memory 97% of maxmemory 2gb (policy noeviction)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `{"ts":"2026-02-11T08:${dd(5 + Math.floor(i / 2))}:${dd(i * 13)}.${ms(i * 17)}Z","level":"info","logger":"payments.charge","msg":"charge captured","idempotency_key":"idem_${(0x3f2a00 + i * 977).toString(16)}","lock":"lock:charge:ord_${61200 + i}","status":201,"duration_ms":${180 + ((i * 31) % 200)}}`,
      ),
      times(
        6,
        (i) =>
          `{"ts":"2026-02-11T08:${dd(16 + i)}:${dd(i * 7)}.${ms(i * 29)}Z","level":"warning","logger":"payments.idempotency","msg":"could not store idempotency record, retrying","idempotency_key":"idem_${(0x3f5b00 + i * 311).toString(16)}","error":"redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'."}`,
      ),
      '{"ts":"2026-02-11T08:22:40.118Z","level":"info","logger":"payments.housekeeping","msg":"redis keyspace","db0_keys":4210332,"idem_keys":4180114,"lock_keys":212,"avg_ttl_s":388112}',
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────────── node look-alikes (3) ────────────────────────────────
  {
    id: 'thirtyfirst-gitlab-runner-job-pod-evicted',
    family: 'pod-ephemeral-storage',
    source:
      'https://github.com/kubernetes/kubernetes/issues/122160 + https://github.com/cloud-ark/kubeplus/issues/1389',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'build',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '4Gi',
        cpuLimit: '2',
        env: { CI_PROJECT_PATH: 'data/warehouse-models', CI_JOB_NAME: 'dbt:docs' },
        mounts: [{ volume: 'repo', path: '/builds' }],
      },
      {
        name: 'helper',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '256Mi',
        mounts: [{ volume: 'repo', path: '/builds' }],
      },
    ],
    volumes: [{ name: 'repo', emptyDir: { sizeLimit: '10Gi' } }],
    node: healthyNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "repo" exceeds the limit "10Gi".',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container build', type: 'Normal' },
      { reason: 'Killing', message: 'Stopping container helper', type: 'Normal' },
    ],
    previousLog: log(
      'Running with gitlab-runner 18.5.0 (bda84871)',
      '  on k8s-runner-data 3Pq8sZx1, system ID: r_Lm20xQp8aKvN',
      'Preparing the "kubernetes" executor',
      'Using Kubernetes namespace: gitlab-runner',
      'Getting source from Git repository',
      'Fetching changes with git depth set to 20...',
      'Checking out 91c2d0fe as detached HEAD (ref is main)...',
      'Executing "step_script" stage of the job script',
      '$ dbt deps && dbt docs generate --target prod',
      times(
        26,
        (i) =>
          `08:${dd(12 + Math.floor(i / 3))}:${dd(i * 7)}  ${i + 1} of 412 START sql view model analytics.stg_${['orders', 'events', 'sessions', 'payments'][i % 4]}_${i} ..... [RUN]`,
      ),
      '08:21:40  Writing catalog to /builds/data/warehouse-models/target/catalog.json',
      '08:21:58  Writing run artifacts: target/run_results.json, target/manifest.json (3.8 GB), target/graph.gpickle',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-payara-claims-pod-evicted',
    family: 'pod-ephemeral-storage',
    source:
      'https://github.com/substratusai/runbooks/issues/246 + https://github.com/kubernetes/website/issues/51114',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'payara',
        terminated: { reason: 'Error', exitCode: 143 },
        memoryLimit: '3Gi',
        cpuLimit: '2',
        env: {
          JVM_ARGS: '-XX:MaxRAMPercentage=70',
          PAYARA_LOG_LEVEL: 'FINE',
          DEPLOY_PROPS: '--contextroot=/claims',
        },
      },
    ],
    node: healthyNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container payara', type: 'Normal' },
    ],
    previousLog: log(
      '[#|2026-02-11T07:02:11.204+0000|INFO|Payara 6.2025.1||_ThreadID=1;_ThreadName=main;|Payara Server  6.2025.1 #badassfish (build 831) startup time : Embedded (1,118ms), startup services(2,911ms), total(4,029ms)|#]',
      '[#|2026-02-11T07:02:14.880+0000|INFO|Payara 6.2025.1|javax.enterprise.system.core|_ThreadID=1;_ThreadName=main;|claims was successfully deployed in 3,402 milliseconds.|#]',
      times(
        40,
        (i) =>
          `[#|2026-02-11T08:${dd(Math.floor(i / 2))}:${dd(i * 11)}.${ms(i * 37)}+0000|FINE|Payara 6.2025.1|com.acme.claims.ClaimResource|_ThreadID=${90 + (i % 12)};_ThreadName=http-thread-pool::http-listener-1(${(i % 12) + 1});|request payload dump claimId=CLM-${702100 + i} bytes=${180000 + i * 911} written to /opt/payara/appserver/glassfish/domains/domain1/logs/server.log|#]`,
      ),
      '[#|2026-02-11T08:20:41.002+0000|INFO|Payara 6.2025.1|javax.enterprise.logging|_ThreadID=22;_ThreadName=RunLevelControllerThread;|Rotated log file to: /opt/payara/appserver/glassfish/domains/domain1/logs/server.log_2026-02-11T08-20-41 (1.7 GB)|#]',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfirst-beego-loyalty-redis-no-such-host',
    family: 'dns-own-service',
    source:
      'https://github.com/jaegertracing/jaeger-operator/pull/234 + https://github.com/kubernetes/kubernetes/issues/102763',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('loyalty', 1, 7),
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: {
          RUNMODE: 'prod',
          MYSQL_HOST: 'loyalty-mysql.data.svc.cluster.local',
          REDIS_ADDR: 'loyalty-sessions.cache.svc.cluster.local:6379',
        },
      },
    ],
    node: {
      ...healthyNode,
      conditions: [
        ...(healthyNode.conditions ?? []),
        {
          type: 'NetworkUnavailable',
          status: 'False',
          reason: 'RouteCreated',
          message: 'RouteController created a route',
        },
      ],
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container loyalty in pod loyalty-84c6b9d7f-w7lfn_loyalty(2c9e…)',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      '2026/02/11 08:22:04.118 [I] [parser.go:413]  generate router from comments',
      '2026/02/11 08:22:04.120 [I] [config.go:201]  RunMode: prod, AppName: loyalty, HTTPPort: 8080',
      '2026/02/11 08:22:04.231 [I] [orm.go:88]  register db "default" mysql loyalty@tcp(loyalty-mysql.data.svc.cluster.local:3306)/loyalty ok (ping 3ms)',
      '2026/02/11 08:22:04.244 [I] [cache.go:52]  upstream partner-api.partners.svc.cluster.local resolved to 172.20.118.4',
      '2026/02/11 08:22:04.251 [I] [session.go:77]  session provider redis: dialing loyalty-sessions.cache.svc.cluster.local:6379',
      '2026/02/11 08:22:04.262 [E] [session.go:81]  dial tcp: lookup loyalty-sessions.cache.svc.cluster.local on 172.20.0.10:53: no such host',
      '2026/02/11 08:22:05.264 [E] [session.go:81]  dial tcp: lookup loyalty-sessions.cache.svc.cluster.local on 172.20.0.10:53: no such host',
      '2026/02/11 08:22:07.266 [E] [session.go:81]  dial tcp: lookup loyalty-sessions.cache.svc.cluster.local on 172.20.0.10:53: no such host',
      times(
        8,
        (i) =>
          `2026/02/11 08:22:${dd(9 + 2 ** Math.min(i, 4))}.${ms(266 + i)} [E] [session.go:81]  dial tcp: lookup loyalty-sessions.cache.svc.cluster.local on 172.20.0.10:53: no such host`,
      ),
      'panic: session: newSessionManager: dial tcp: lookup loyalty-sessions.cache.svc.cluster.local on 172.20.0.10:53: no such host',
      '',
      'goroutine 1 [running]:',
      'main.main()',
      '\t/src/loyalty/main.go:44 +0x2c5',
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────────── rollback look-alikes (3) ────────────────────────────────
  {
    id: 'thirtyfirst-spring-cloud-gateway-partner-502s',
    family: 'tls-upstream-expired',
    source:
      'https://github.com/spring-attic/spring-authorization-server/issues/2073 + https://github.com/opensearch-project/security/issues/870',
    signal: 'Alert',
    containers: [
      {
        name: 'edge-gateway',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '2',
        env: { SPRING_PROFILES_ACTIVE: 'prod', JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70' },
      },
    ],
    rollout: { minutesAgo: 310, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'GatewayRoute5xxHigh: route partner-quotes 5xx ratio 1.00 since 08:00 (other routes 0.002)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `2026-02-11T07:${dd(40 + i)}:${dd(i * 7)}.${ms(i * 41)}Z  INFO 1 --- [ctor-http-nio-${(i % 4) + 1}] c.a.edge.AccessLog                        : GET /partner/quotes/${9000 + i} route=partner-quotes upstream=https://quotes.partner-example.com status=200 ${90 + i}ms`,
      ),
      '2026-02-11T08:00:02.318Z ERROR 1 --- [ctor-http-nio-3] a.w.r.e.AbstractErrorWebExceptionHandler : [6f1c2a9e-117]  500 Server Error for HTTP GET "/partner/quotes/9017"',
      'javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)',
      '\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1341)',
      'Caused by: sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.validator.PKIXValidator.doValidate(PKIXValidator.java:369)',
      'Caused by: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:135)',
      'Caused by: java.security.cert.CertificateExpiredException: NotAfter: Wed Feb 11 08:00:00 UTC 2026',
      '\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)',
      times(
        20,
        (i) =>
          `2026-02-11T08:${dd(1 + i)}:${dd(i * 13)}.${ms(i * 7)}Z  INFO 1 --- [ctor-http-nio-${(i % 4) + 1}] c.a.edge.AccessLog                        : ${i % 4 === 3 ? 'GET /catalog/items/' + (300 + i) + ' route=catalog upstream=http://catalog.shop.svc:8080 status=200 ' + (12 + i) + 'ms' : 'GET /partner/quotes/' + (9030 + i) + ' route=partner-quotes upstream=https://quotes.partner-example.com status=502 ' + (30 + i) + 'ms'}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtyfirst-adonis-billing-db-auth-after-release',
    family: 'credentials',
    source: 'https://github.com/knex/knex/issues/1833 + https://github.com/adonisjs/lucid/issues/10',
    signal: 'Alert',
    containers: [
      {
        name: 'billing',
        running: { startedAt: '2026-02-11T07:46:10Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          DB_HOST: 'billing-pg.data.svc',
          DB_USER: 'billing',
          PG_POOL_IDLE_TIMEOUT_MS: '1800000',
        },
        mounts: [{ volume: 'db-credentials', path: '/run/secrets/db' }],
      },
    ],
    volumes: [{ name: 'db-credentials', secret: 'billing-db-credentials' }],
    rollout: { minutesAgo: 44, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'BillingReadinessDown: 3/3 billing pods not ready for 12m',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 24,
      },
    ],
    currentLog: log(
      '{"level":30,"time":1770795970118,"pid":19,"hostname":"billing-7c9f5d8b6-xk2pl","msg":"started HTTP server on 0.0.0.0:3333"}',
      times(
        30,
        (i) =>
          `{"level":30,"time":${1770795980000 + i * 57000},"pid":19,"hostname":"billing-7c9f5d8b6-xk2pl","request_id":"req_${(0xa1000 + i * 331).toString(16)}","msg":"GET /invoices/${40200 + i} 200 ${18 + (i % 40)}ms"}`,
      ),
      '{"level":40,"time":1770797771004,"pid":19,"hostname":"billing-7c9f5d8b6-xk2pl","msg":"pg pool: idle client recycled after 1800000ms, opening new connection"}',
      times(
        14,
        (i) =>
          `{"level":50,"time":${1770797772000 + i * 45000},"pid":19,"hostname":"billing-7c9f5d8b6-xk2pl","err":{"type":"DatabaseError","message":"password authentication failed for user \\"billing\\"","code":"28P01","severity":"FATAL","routine":"auth_failed"},"msg":"${i % 2 === 0 ? 'health check: database unreachable' : 'GET /invoices/' + (40300 + i) + ' 500'}"}`,
      ),
      '{"level":30,"time":1770798400118,"pid":19,"hostname":"billing-7c9f5d8b6-xk2pl","msg":"external-secrets: secret billing-db-credentials annotation reconcile.external-secrets.io/data-hash changed at 07:58:40Z (refreshInterval 1h)"}',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtyfirst-payload-cms-crashloop-after-release',
    family: 'rollback-harm-migration',
    source:
      'https://github.com/payloadcms/payload/pull/7563 + https://github.com/payloadcms/payload/issues/7612',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('payload', 1, 6),
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          DATABASE_URI: 'postgres://payload@cms-pg.data.svc:5432/cms',
          PAYLOAD_PROD_MIGRATIONS: 'true',
        },
      },
    ],
    rollout: { minutesAgo: 18, previousTag: '2.3.0', addedEnv: { S3_BUCKET: 'cms-media-eu-west-1-v2' } },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container payload in pod cms-payload-6f8c9d7b5-r2xqn_content(71ad…)',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      '[08:11:02] INFO: Payload 3.14.0 starting (NODE_ENV=production)',
      '[08:11:03] INFO: Connected to Postgres successfully',
      '[08:11:03] INFO: Running prodMigrations: 0 pending (all 27 already applied; last 20260211_074800_split_author_name applied at 07:53:12 by cms-payload-6f8c9d7b5-9bq7d)',
      '[08:11:03] INFO: schema: column "authors"."name" dropped; "authors"."first_name", "authors"."last_name" present',
      times(
        10,
        (i) =>
          `[08:11:${dd(4 + i)}] INFO: ${i % 2 === 0 ? 'GET /api/posts?limit=10&page=' + (i + 1) + ' 200' : 'GET /api/authors/' + (120 + i) + ' 200'} (${30 + i * 3}ms)`,
      ),
      '[08:11:15] INFO: s3Storage: verifying bucket cms-media-eu-west-1-v2 (region eu-west-1)',
      '[08:11:15] ERROR: AccessDenied: Access Denied',
      '    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)',
      '    at de_HeadBucketCommandError (/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:5012:24)',
      '    at async /app/node_modules/@payloadcms/storage-s3/dist/index.js:41:9 {',
      "  '$fault': 'client',",
      "  '$metadata': { httpStatusCode: 403, requestId: 'K8X2Q1ZB7YH3M0PD', attempts: 1, totalRetryDelay: 0 },",
      "  Code: 'AccessDenied'",
      '}',
      '[08:11:15] FATAL: Error: storage adapter initialisation failed; exiting',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  // ──────────────────────────────── memory raises that are right (3) ────────────────────────────────
  {
    id: 'thirtyfirst-open-liberty-catalog-heap-exhausted',
    family: 'memory-limit-small',
    source:
      'https://github.com/LinuxForHealth/FHIR/pull/3117 + https://github.com/rh-openjdk/redhat-openjdk-containers/pull/285',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'catalog',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=catalog' },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 5,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:InitialRAMPercentage=50 -XX:MaxRAMPercentage=75',
          WLP_LOGGING_CONSOLE_FORMAT: 'SIMPLE',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.6.44:9080/health/live": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 15,
      },
      {
        reason: 'Killing',
        message: 'Container catalog failed liveness probe, will be restarted',
        type: 'Normal',
        count: 5,
      },
    ],
    previousLog: log(
      '[2/11/26, 8:04:02:118 UTC] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager           A CWWKE0001I: The server defaultServer has been launched.',
      '[2/11/26, 8:04:09:402 UTC] 0000002a com.ibm.ws.app.manager.AppMessageHelper                      A CWWKZ0001I: Application catalog started in 5.902 seconds.',
      '[2/11/26, 8:04:09:611 UTC] 0000002a com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 7.611 seconds.',
      '[2/11/26, 8:04:12:004 UTC] 00000031 com.acme.catalog.IndexLoader                                 I loading product index: 2,418,220 SKUs (was 1,610,000 at last capacity review)',
      times(
        12,
        (i) =>
          `[2/11/26, 8:0${4 + Math.floor(i / 4)}:${dd(20 + i * 3)}:${ms(i * 83)} UTC] 00000031 com.acme.catalog.IndexLoader                                 I index shard ${i + 1}/12 loaded, heap after GC ${560 + i * 12} MB of 768 MB`,
      ),
      '[2/11/26, 8:07:31:118 UTC] 00000031 com.acme.catalog.IndexLoader                                 I index loaded; live set after full GC 731 MB (steady; no growth over the last 4 days per verbosegc)',
      times(
        10,
        (i) =>
          `[2/11/26, 8:0${7 + Math.floor(i / 5)}:${dd(40 + i * 4)}:${ms(i * 17)} UTC] 0000004${i % 9} com.acme.catalog.SearchResource                               I GET /catalog/search?q=${['boots', 'lamp', 'desk', 'kettle'][i % 4]} 200 ${40 + i * 55}ms`,
      ),
      'JVMDUMP039I Processing dump event "systhrow", detail "java/lang/OutOfMemoryError" at 2026/02/11 08:09:12 - please wait.',
      "JVMDUMP032I JVM requested Heap dump using '/opt/ol/wlp/output/defaultServer/heapdump.20260211.080912.1.0001.phd' in response to an event",
      "[2/11/26, 8:09:13:044 UTC] 00000047 com.ibm.ws.webcontainer.webapp                               E SRVE0777E: Exception thrown by application class 'com.acme.catalog.SearchResource.search:88'",
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3512)',
      '\tat com.acme.catalog.SearchResource.search(SearchResource.java:88)',
      '[2/11/26, 8:09:40:210 UTC] 00000001 com.acme.catalog.GcMonitor                                   W GC overhead 97% over the last 30s; heap 766 MB of 768 MB',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtyfirst-ghost-blog-oomkilled-after-warmup',
    family: 'memory-limit-small',
    source:
      'https://github.com/TryGhost/docker-library-ghost/issues/121 + https://github.com/TryGhost/Ghost/issues/14450',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('ghost', 7),
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', url: 'https://blog.example.com', database__client: 'mysql' },
        mounts: [{ volume: 'content', path: '/var/lib/ghost/content' }],
      },
    ],
    volumes: [{ name: 'content', persistentVolumeClaim: 'ghost-content' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container ghost in pod blog-ghost-5d8f7c9b6-lm4tq_blog(8e2f…)',
        type: 'Warning',
        count: 16,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:12:01] INFO Ghost is running in production...',
      '[2026-02-11 08:12:01] INFO Your site is now available on https://blog.example.com/',
      '[2026-02-11 08:12:01] INFO Ctrl+C to shut down',
      '[2026-02-11 08:12:03] INFO Ghost server started in 2.114s',
      '[2026-02-11 08:12:04] INFO Database is in a ready state.',
      '[2026-02-11 08:12:07] INFO Ghost booted in 6.019s',
      '[2026-02-11 08:12:07] INFO Adding offloaded job to the inline job queue',
      '[2026-02-11 08:12:07] INFO Scheduling job update-check at 41 27 14 * * *. Next run on: Thu Feb 12 2026 14:27:41 GMT+0000',
      times(
        30,
        (i) =>
          `[2026-02-11 08:${dd(12 + Math.floor(i / 5))}:${dd(10 + i * 7)}] INFO "GET /${['', 'tag/engineering/', 'sitemap-posts.xml', 'rss/', 'author/maria/'][i % 5]}${i % 5 === 0 ? 'page/' + (i + 2) + '/' : ''}" 200 ${60 + ((i * 43) % 400)}ms`,
      ),
      '[2026-02-11 08:18:00] INFO [ops] rss=371MB heapUsed=232MB (posts 31412, tags 2210, members 88104; unchanged since 08:14)',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtyfirst-litestar-geo-lookup-oomkilled-at-load',
    family: 'memory-limit-small',
    source:
      'https://github.com/dgtlmoon/changedetection.io/issues/1888 + https://github.com/kubernetes/kubernetes/issues/135490',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('geo-lookup', 6),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          GEO_TABLE_URI: 's3://ref-data-prod/geo/postal_boundaries_2026q1.parquet',
          UVICORN_WORKERS: '1',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container geo-lookup in pod geo-lookup-7b6c5d9f8-v2kqp_logistics(3a7e…)',
        type: 'Warning',
        count: 12,
      },
    ],
    previousLog: log(
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      '2026-02-11 08:20:02,118 INFO geo_lookup.data: downloading s3://ref-data-prod/geo/postal_boundaries_2026q1.parquet (412 MB)',
      '2026-02-11 08:20:09,402 INFO geo_lookup.data: loading 2026q1 table: 1,942,118 postal areas (2025q4 had 1,611,040)',
      times(
        10,
        (i) =>
          `2026-02-11 08:20:${dd(10 + i * 2)},${ms(i * 97)} INFO geo_lookup.data: built index partition ${i + 1}/10 rss=${612 + i * 41}MB`,
      ),
      '2026-02-11 08:20:31,004 INFO geo_lookup.data: index built; expected steady rss 1.02-1.06 GB (capacity note: 2025q4 steady rss 0.88 GB)',
      'INFO:     Application startup complete.',
      'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      times(
        14,
        (i) =>
          `INFO:     10.42.${1 + (i % 3)}.${20 + i}:${50100 + i} - "GET /v1/areas/lookup?lat=51.${500 + i}&lon=-0.${120 + i} HTTP/1.1" 200 OK`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },

  // ──────────────────────────────── restarts that are right (3) ────────────────────────────────
  {
    id: 'thirtyfirst-hapi-ledger-knex-pool-timeouts',
    family: 'wedged-pool',
    source: 'https://github.com/knex/knex/issues/1833 + https://github.com/knex/knex/issues/1382',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-api',
        running: { startedAt: '2026-02-09T10:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: { DB_HOST: 'ledger-pg.data.svc', KNEX_POOL_MAX: '10', NODE_ENV: 'production' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LedgerApiErrors: ledger-api-5f9d8c7b6-n4xkq 100% 500 on /v1/* for 38m; other 3 pods 0.1%; ledger-pg healthy since 07:44',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `{"level":"info","time":"2026-02-11T07:${dd(30 + i)}:${dd(i * 7)}.${ms(i * 13)}Z","msg":"request","method":"get","path":"/v1/accounts/${700 + i}/balance","statusCode":200,"responseTime":${9 + i}}`,
      ),
      '{"level":"error","time":"2026-02-11T07:42:18.204Z","msg":"db error","err":"Connection terminated unexpectedly"}',
      '{"level":"error","time":"2026-02-11T07:42:18.211Z","msg":"db error","err":"terminating connection due to administrator command"}',
      times(
        30,
        (i) =>
          `{"level":"error","time":"2026-02-11T${dd(7 + Math.floor((43 + i) / 60))}:${dd(43 + i)}:${dd(i * 11)}.${ms(i * 7)}Z","msg":"request failed","path":"/v1/accounts/${800 + i}/balance","statusCode":500,"err":"KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?\\n    at Client_PG.acquireConnection (/app/node_modules/knex/lib/client.js:312:26)\\n    at async Runner.ensureConnection (/app/node_modules/knex/lib/execution/runner.js:287:28)"}`,
      ),
      times(
        6,
        (i) =>
          `{"level":"info","time":"2026-02-11T08:${dd(14 + i)}:00.00${i}Z","msg":"request","method":"get","path":"/healthz","statusCode":200,"responseTime":1}`,
      ),
      '{"level":"warn","time":"2026-02-11T08:20:00.002Z","msg":"pool stats","used":10,"free":0,"pendingAcquires":212,"pendingCreates":0,"pg_stat_activity_from_this_pod":0}',
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfirst-falcon-inventory-missing-from-discovery',
    family: 'wedged-session',
    source: 'https://github.com/python-zk/kazoo/issues/241 + https://github.com/bsc-s2/pykit/issues/447',
    signal: 'Alert',
    containers: [
      {
        name: 'inventory',
        running: { startedAt: '2026-02-08T14:20:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          ZK_HOSTS: 'zk-0.zk-headless.coord:2181,zk-1.zk-headless.coord:2181,zk-2.zk-headless.coord:2181',
          SERVICE_PATH: '/services/inventory',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ServiceRegistrationMissing: /services/inventory has 2 of 3 instances (inventory-6c7d9b8f5-k9w2r absent for 52m); zookeeper ensemble healthy',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `2026-02-11 07:${dd(10 + i * 2)}:${dd(i * 5)},${ms(i * 31)} INFO falcon.access 10.42.2.${40 + i} "GET /v1/stock/sku-${5100 + i}" 200 ${4 + (i % 9)}ms`,
      ),
      '2026-02-11 07:31:44,002 WARNING kazoo.client Connection dropped: socket connection broken',
      '2026-02-11 07:31:44,003 WARNING kazoo.client Transition to CONNECTING',
      '2026-02-11 07:31:44,004 INFO inventory.registry zk state changed: SUSPENDED',
      '2026-02-11 07:31:59,812 INFO kazoo.client Zookeeper connection established, state: CONNECTED',
      '2026-02-11 07:31:59,813 WARNING kazoo.client Session has expired',
      '2026-02-11 07:31:59,814 INFO inventory.registry zk state changed: LOST',
      '2026-02-11 07:31:59,901 INFO kazoo.client Zookeeper connection established, state: CONNECTED',
      '2026-02-11 07:31:59,902 INFO inventory.registry zk state changed: CONNECTED; re-creating ephemeral node /services/inventory/inventory-6c7d9b8f5-k9w2r',
      times(
        24,
        (i) =>
          `2026-02-11 ${dd(7 + Math.floor((33 + i * 2) / 60))}:${dd(33 + i * 2)}:${dd(i * 7)},${ms(i * 11)} INFO falcon.access 10.42.3.${50 + i} "GET /v1/stock/sku-${5200 + i}" 200 ${5 + (i % 7)}ms`,
      ),
      '2026-02-11 08:22:00,004 WARNING inventory.registry registration watchdog: ephemeral node /services/inventory/inventory-6c7d9b8f5-k9w2r still absent 50m after reconnect; registration thread state=waiting (create() never returned)',
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'thirtyfirst-mcrouter-cache-all-hard-tko',
    family: 'stale-endpoint',
    source:
      'https://github.com/facebook/mcrouter/issues/325 + https://github.com/facebook/mcrouter/issues/86',
    signal: 'Alert',
    containers: [
      {
        name: 'mcrouter',
        running: { startedAt: '2026-01-29T09:11:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        args: [
          'mcrouter',
          '--config-file=/etc/mcrouter/mcrouter.json',
          '-p',
          '5000',
          '--probe-timeout-max=60000',
        ],
        mounts: [{ volume: 'config', path: '/etc/mcrouter' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'mcrouter-config' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'McrouterHitRateLow: hit rate 0% for 25m on mcrouter-7d5c9f8b4-2kzpx (memcached-0..2 Ready since 07:58 with new pod IPs)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'I0211 07:55:12.118041     1 ProxyDestination.cpp:433] memcached-0.memcached.cache.svc.cluster.local:11211 (A) marked hard TKO. Total hard TKOs: 1; soft TKOs: 0. Reply: mc_res_connect_error',
      'I0211 07:55:12.402311     1 ProxyDestination.cpp:433] memcached-1.memcached.cache.svc.cluster.local:11211 (A) marked hard TKO. Total hard TKOs: 2; soft TKOs: 0. Reply: mc_res_connect_error',
      'I0211 07:55:13.004913     1 ProxyDestination.cpp:433] memcached-2.memcached.cache.svc.cluster.local:11211 (A) marked hard TKO. Total hard TKOs: 3; soft TKOs: 0. Reply: mc_res_connect_error',
      times(
        30,
        (i) =>
          `I0211 ${dd(7 + Math.floor((56 + i) / 60))}:${dd(56 + i)}:${dd(i * 13)}.${String(100000 + i * 7919).slice(0, 6)}     1 AsyncMcClient.cpp:${210 + (i % 3)}] connect to 10.42.${3 + (i % 3)}.${17 + (i % 3)}:11211 (memcached-${i % 3}) failed: AsyncSocketException: connect failed, type = Socket not open, errno = 113 (No route to host)`,
      ),
      'I0211 08:24:00.001102     1 StatsReply.cpp:88] stats servers: 10.42.3.17:11211 hard TKO, 10.42.4.18:11211 hard TKO, 10.42.5.19:11211 hard TKO',
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },

  // ──────────────────────────────── scale-ups that are right (3) ────────────────────────────────
  {
    id: 'thirtyfirst-spring-cloud-gateway-cpu-saturated',
    family: 'real-load',
    source:
      'https://github.com/spring-cloud/spring-cloud-gateway/issues/230 + https://github.com/prisma/orm/issues/12545',
    signal: 'Alert',
    containers: [
      {
        name: 'edge-gateway',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '2',
        env: { SPRING_PROFILES_ACTIVE: 'prod', JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GatewayLatencyHigh: p99 gateway overhead 1.9s (upstream p99 80ms); CPU 1.98/2 cores throttled 41% on 4/4 pods; requests 2.1x the same hour last week (spring sale); no HPA',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `2026-02-11T08:${dd(10 + Math.floor(i / 4))}:${dd(i * 7)}.${ms(i * 29)}Z  INFO 1 --- [ctor-http-nio-${(i % 8) + 1}] c.a.edge.AccessLog                        : ${['GET /catalog/items/', 'GET /cart/', 'POST /checkout/', 'GET /search?q=item'][i % 4]}${1000 + i} status=200 upstream_ms=${40 + (i % 35)} total_ms=${900 + ((i * 137) % 1400)}`,
      ),
      '2026-02-11T08:20:00.004Z  WARN 1 --- [   parallel-2] r.n.resources.PooledConnectionProvider   : [edge-gateway] pending acquire queue 512 for upstream pool catalog (event loop busy)',
      times(
        10,
        (i) =>
          `2026-02-11T08:${dd(20 + i)}:${dd(i * 11)}.${ms(i * 3)}Z  INFO 1 --- [ctor-http-nio-${(i % 8) + 1}] c.a.edge.AccessLog                        : GET /cart/${2000 + i} status=200 upstream_ms=${38 + i} total_ms=${1500 + i * 40}`,
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtyfirst-beanstalkd-thumbnail-workers-backlog',
    family: 'real-load',
    source:
      'https://github.com/resque/resque/issues/426 (worker throughput under a growing backlog; beanstalkd tube stats wording from its protocol doc)',
    signal: 'Alert',
    containers: [
      {
        name: 'thumbnailer',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { BEANSTALK_HOST: 'beanstalkd.media.svc', BEANSTALK_TUBE: 'thumbnails', WORKER_THREADS: '4' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'BeanstalkTubeBacklog: tube thumbnails current-jobs-ready 18422 and rising for 30m; current-jobs-reserved 24 (6 workers x 4); job age p50 9m; uploads 2.4x normal (creator campaign)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        50,
        (i) =>
          `2026-02-11 08:${dd(5 + Math.floor(i / 3))}:${dd(i * 7)},${ms(i * 53)} INFO thumbnailer.worker[${i % 4}] job ${9_812_000 + i * 3} reserved from tube=thumbnails upload=${'upl_' + (0x7c000 + i * 131).toString(16)} sizes=[160,480,1080] done in ${1.6 + ((i * 13) % 9) / 10}s; deleted`,
      ),
      '2026-02-11 08:22:00,002 INFO thumbnailer.stats last 60s: 148 jobs ok, 0 failed, 0 buried, cpu 0.97/1.0, beanstalkd current-jobs-ready=18422',
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtyfirst-nsq-events-consumer-depth-growing',
    family: 'real-load',
    source: 'https://github.com/nsqio/go-nsq/issues/256 + https://github.com/nsqio/nsq/issues/791',
    signal: 'Alert',
    containers: [
      {
        name: 'events-consumer',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          NSQ_LOOKUPD: 'nsqlookupd-0.nsqlookupd.msg:4161,nsqlookupd-1.nsqlookupd.msg:4161',
          NSQ_TOPIC: 'click_events',
          NSQ_CHANNEL: 'enrich',
          MAX_IN_FLIGHT: '200',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'NsqChannelDepthHigh: click_events/enrich depth 2.3M rising for 25m; 3 consumers, in_flight 200/200 each, requeue 0, timeout 0; publish rate 1.8x baseline',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026/02/11 07:50:01 INF    1 [click_events/enrich] querying nsqlookupd http://nsqlookupd-0.nsqlookupd.msg:4161/lookup?topic=click_events',
      '2026/02/11 07:50:01 INF    1 [click_events/enrich] (nsqd-0.nsqd.msg:4150) connecting to nsqd',
      '2026/02/11 07:50:01 INF    1 [click_events/enrich] (nsqd-1.nsqd.msg:4150) connecting to nsqd',
      times(
        36,
        (i) =>
          `{"time":"2026-02-11T08:${dd(1 + Math.floor(i / 2))}:${dd(i * 13)}.${ms(i * 37)}Z","level":"INFO","msg":"batch enriched","topic":"click_events","channel":"enrich","messages":500,"duration_ms":${480 + ((i * 71) % 160)},"finished":500,"requeued":0,"cpu_cores":${(0.95 + (i % 5) / 100).toFixed(2)}}`,
      ),
      '2026/02/11 08:19:01 INF    1 [click_events/enrich] (nsqd-0.nsqd.msg:4150) RDY 200 in_flight 200',
    ),
    accept: ['scale-up'],
  },

  // ──────────────────────────────── cache flushes that are right (2) ────────────────────────────────
  {
    id: 'thirtyfirst-cakephp-shop-cache-redis-full',
    family: 'cache-full',
    source:
      'https://github.com/bee-queue/arena/issues/115 + https://github.com/thiago-sydow/controle-de-ponto/issues/222',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          CACHE_DEFAULT_URL: 'redis://shop-cache.web.svc:6379/0?prefix=cake_default_&duration=+1 hours',
          CACHE_CAKECORE_URL: 'redis://shop-cache.web.svc:6379/0?prefix=cake_core_',
          SESSION_DEFAULTS: 'database',
          QUEUE_DEFAULT_URL: 'mysql://shop@shop-mysql.data.svc/shop',
        },
      },
      { name: 'nginx', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: shop-cache used_memory 100% of maxmemory 1gb (policy noeviction) for 16m; keys cake_default_* 1.41M, cake_core_* 212',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `10.42.1.${20 + (i % 9)} - - [11/Feb/2026:08:${dd(2 + Math.floor(i / 3))}:${dd(i * 9)} +0000] "GET /products/${['boots', 'lamps', 'desks'][i % 3]}/${300 + i} HTTP/1.1" 200 ${14000 + i * 97} "-" "Mozilla/5.0"`,
      ),
      "2026-02-11 08:09:14 error: [RedisException] OOM command not allowed when used memory > 'maxmemory'. in /var/www/html/vendor/cakephp/cakephp/src/Cache/Engine/RedisEngine.php on line 205",
      'Stack Trace:',
      '- /var/www/html/vendor/cakephp/cakephp/src/Cache/Engine/RedisEngine.php:205',
      '- /var/www/html/vendor/cakephp/cakephp/src/Cache/Cache.php:351',
      '- /var/www/html/src/Controller/ProductsController.php:74',
      times(
        16,
        (i) =>
          `2026-02-11 08:${dd(10 + i)}:${dd(i * 5)} warning: Cache write failed for key product_view_${400 + i} (config default): OOM command not allowed when used memory > 'maxmemory'.`,
      ),
      times(
        10,
        (i) =>
          `10.42.1.${30 + i} - - [11/Feb/2026:08:${dd(18 + i)}:${dd(i * 7)} +0000] "GET /products/boots/${500 + i} HTTP/1.1" ${i % 4 === 0 ? 500 : 200} ${i % 4 === 0 ? 1320 : 14210} "-" "Mozilla/5.0"`,
      ),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'thirtyfirst-directus-api-cache-redis-full',
    family: 'cache-full',
    source:
      'https://github.com/OT-CONTAINER-KIT/redis-operator/issues/1760 + https://github.com/OptimalBits/bull/issues/433',
    signal: 'Alert',
    containers: [
      {
        name: 'directus',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        cpuLimit: '1',
        env: {
          CACHE_ENABLED: 'true',
          CACHE_STORE: 'redis',
          CACHE_TTL: '30d',
          REDIS: 'redis://directus-cache.content.svc:6379',
          RATE_LIMITER_ENABLED: 'false',
          SESSION_STORE: 'database',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: directus-cache used_memory 100% of maxmemory 512mb (policy noeviction) for 22m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      chatter('json', 20),
      times(
        14,
        (i) =>
          `[08:${dd(12 + i)}:${dd(i * 9)}.${ms(i * 43)}] WARN: Couldn't set key to cache\n    err: {"type":"ReplyError","message":"OOM command not allowed when used memory > 'maxmemory'.","command":{"name":"set","args":["directus:cache:${(0x9f1a00 + i * 611).toString(16)}","[Buffer]","PX","2592000000"]}}`,
      ),
      '[08:26:00.004] INFO: cache keys: 61822 (all directus:cache:*), no other key prefixes in db 0',
      chatter('json', 10, 20),
    ),
    accept: ['flush-redis-cache'],
  },

  // ──────────────────────────────── node actions that are right (3) ────────────────────────────────
  {
    id: 'thirtyfirst-jenkins-agent-node-pleg-not-healthy',
    family: 'node-pleg',
    source:
      'https://github.com/kubernetes/kubernetes/issues/45419 + https://github.com/gesiscss/orc/issues/21',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'jnlp',
        running: { startedAt: '2026-02-11T07:31:02Z' },
        ready: false,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: { JENKINS_AGENT_WORKDIR: '/home/jenkins/agent' },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 14m31.204938122s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'FailedKillPod',
        message:
          'error killing pod: failed to "KillPodSandbox" for "b41c…" with KillPodSandboxError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
        type: 'Warning',
        count: 4,
      },
    ],
    currentLog: log(
      'INFO: Connecting to https://jenkins.internal/tcpSlaveAgentListener/: jenkins.internal:50000',
      'INFO: Handshaking',
      'INFO: Agent discovery successful',
      'INFO: Connected',
      times(
        10,
        (i) =>
          `[Pipeline] sh\n+ ./gradlew :service:test --tests "com.acme.${['orders', 'cart', 'search'][i % 3]}.*" (stage ${i + 1}/14)`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'thirtyfirst-node-runtime-down-create-container-error',
    family: 'node-runtime',
    source:
      'https://github.com/kubernetes/kubernetes/issues/72533 + https://github.com/kubernetes/kubernetes/issues/68434',
    signal: 'CreateContainerError',
    phase: 'Pending',
    containers: [
      {
        name: 'checkout-web',
        waiting: { reason: 'CreateContainerError', message: 'context deadline exceeded' },
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production' },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message:
        'container runtime is down, PLEG is not healthy: pleg was last seen active 6m2.118s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      { reason: 'Failed', message: 'Error: context deadline exceeded', type: 'Warning', count: 9 },
      {
        reason: 'Pulled',
        message:
          'Container image "registry.internal/shop/checkout-web:2026.02.10" already present on machine',
        type: 'Normal',
        count: 9,
      },
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
        type: 'Warning',
        count: 3,
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'thirtyfirst-node-disk-pressure-evicts-small-pod',
    family: 'node-disk-pressure',
    source:
      'https://github.com/kubernetes/kubernetes/issues/91600 + https://github.com/concourse/hush-house/issues/8',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'notifications',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '256Mi',
        cpuLimit: '250m',
        env: { LOG_LEVEL: 'info' },
      },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
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
          'The node was low on resource: ephemeral-storage. Threshold quantity: 4258152245, available: 2201120Ki. Container notifications was using 34260Ki, which exceeds its request of 0.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container notifications', type: 'Normal' },
      {
        reason: 'FreeDiskSpaceFailed',
        message:
          'Failed to garbage collect required amount of images. Attempted to free 11841122918 bytes, but only found 0 bytes eligible to free.',
        type: 'Warning',
        count: 7,
      },
    ],
    previousLog: log(chatter('logfmt', 30)),
    accept: ['cordon-drain-node', 'replace-node'],
  },

  // ──────────────────────────────── rollbacks that are right (4) ────────────────────────────────
  {
    id: 'thirtyfirst-quarkus-native-pricing-crashloop',
    family: 'bad-release',
    source:
      'https://github.com/apache/incubator-kie-issues/issues/2056 + https://github.com/quarkusio/quarkus/issues/48631',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('pricing', 1, 5),
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: {
          QUARKUS_PROFILE: 'prod',
          QUARKUS_DATASOURCE_JDBC_URL: 'jdbc:postgresql://pricing-pg.data.svc:5432/pricing',
        },
      },
    ],
    rollout: { minutesAgo: 11, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container pricing in pod pricing-5c8b7d9f6-j2mxs_shop(0b9d…)',
        type: 'Warning',
        count: 9,
      },
    ],
    previousLog: log(
      '__  ____  __  _____   ___  __ ____  ______ ',
      ' --/ __ \\/ / / / _ | / _ \\/ //_/ / / / __/ ',
      ' -/ /_/ / /_/ / __ |/ , _/ ,< / /_/ /\\ \\   ',
      '--\\___\\_\\____/_/ |_/_/|_/_/|_|\\____/___/   ',
      '2026-02-11 08:19:02,118 INFO  [io.quarkus] (main) pricing 2.3.1 native (powered by Quarkus 3.15.1) starting',
      "2026-02-11 08:19:02,121 INFO  [io.agroal.pool] (main) Datasource '<default>': Initial size smaller than min. Connections will be created when necessary",
      '2026-02-11 08:19:02,130 ERROR [io.quarkus.runtime.Application] (main) Failed to start application: java.lang.RuntimeException: Failed to start quarkus',
      '\tat io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)',
      '\tat io.quarkus.runtime.Application.start(Application.java:101)',
      '\tat io.quarkus.runtime.ApplicationLifecycleManager.run(ApplicationLifecycleManager.java:111)',
      '\tat io.quarkus.runner.GeneratedMain.main(Unknown Source)',
      'Caused by: java.lang.RuntimeException: java.lang.ClassNotFoundException: com.acme.pricing.rules.TieredDiscountRuleFactory',
      '\tat com.acme.pricing.rules.RuleRegistry.load(RuleRegistry.java:61)',
      'Caused by: java.lang.ClassNotFoundException: com.acme.pricing.rules.TieredDiscountRuleFactory',
      '\tat org.graalvm.nativeimage.builder/com.oracle.svm.core.hub.ClassForNameSupport.forName(ClassForNameSupport.java:122)',
      '\tat java.base@21.0.5/java.lang.Class.forName(DynamicHub.java:1387)',
      '\tat com.acme.pricing.rules.RuleRegistry.load(RuleRegistry.java:58)',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyfirst-hapi-notifications-crash-on-start',
    family: 'bad-release',
    source: 'https://github.com/koopjs/koop-cli/issues/89 + https://github.com/scalar/scalar/issues/5012',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('notify-api', 1, 7),
        memoryLimit: '384Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', PORT: '8080' },
      },
    ],
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container notify-api in pod notify-api-7b8c9d6f5-s4kxp_notify(91fe…)',
        type: 'Warning',
        count: 11,
      },
    ],
    previousLog: log(
      '> notify-api@2.3.1 start',
      '> node dist/server.js',
      '',
      '/app/dist/plugins/templates.js:4',
      "const { render } = require('mjml-browser-lite');",
      '                   ^',
      '',
      'Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/mjml-browser-lite/dist/index.js from /app/dist/plugins/templates.js not supported.',
      'Instead change the require of index.js in /app/dist/plugins/templates.js to a dynamic import() which is available in all CommonJS modules.',
      '    at Object.<anonymous> (/app/dist/plugins/templates.js:4:20)',
      '    at Object.<anonymous> (/app/dist/server.js:11:19) {',
      "  code: 'ERR_REQUIRE_ESM'",
      '}',
      '',
      'Node.js v20.18.1',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyfirst-spring-cloud-gateway-crash-after-routes-change',
    family: 'bad-config-release',
    source:
      'https://github.com/spring-cloud/spring-cloud-gateway/issues/230 + https://github.com/spring-cloud/spring-cloud-gateway/issues/3056',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('api-gateway', 1, 6),
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { SPRING_PROFILES_ACTIVE: 'prod', SPRING_CONFIG_ADDITIONAL_LOCATION: 'file:/config/routes/' },
        mounts: [{ volume: 'gateway-routes-v2', path: '/config/routes' }],
      },
    ],
    volumes: [{ name: 'gateway-routes-v2', configMap: 'gateway-routes-v2' }],
    rollout: { minutesAgo: 14, addedConfigMapVolumes: ['gateway-routes-v2'] },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container api-gateway in pod api-gateway-6d7f8c9b5-p9wzl_edge(4c1a…)',
        type: 'Warning',
        count: 10,
      },
    ],
    previousLog: log(
      '2026-02-11 08:15:02.118  INFO 1 --- [           main] c.a.gateway.GatewayApplication           : Starting GatewayApplication v5.4.0 using Java 21.0.5 with PID 1',
      '2026-02-11 08:15:02.121  INFO 1 --- [           main] c.a.gateway.GatewayApplication           : The following 1 profile is active: "prod"',
      '2026-02-11 08:15:04.880  INFO 1 --- [           main] o.s.c.g.r.RouteDefinitionRouteLocator    : Loaded RoutePredicateFactory [After]',
      '2026-02-11 08:15:04.881  INFO 1 --- [           main] o.s.c.g.r.RouteDefinitionRouteLocator    : Loaded RoutePredicateFactory [Path]',
      '2026-02-11 08:15:04.881  INFO 1 --- [           main] o.s.c.g.r.RouteDefinitionRouteLocator    : Loaded RoutePredicateFactory [Host]',
      '2026-02-11 08:15:06.402 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed',
      '',
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'cachedCompositeRouteLocator' defined in class path resource [org/springframework/cloud/gateway/config/GatewayAutoConfiguration.class]: Failed to instantiate [org.springframework.cloud.gateway.route.RouteLocator]: Factory method 'cachedCompositeRouteLocator' threw exception with message: Unable to find RoutePredicateFactory with name Pathh",
      '\tat org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:648)',
      'Caused by: java.lang.IllegalArgumentException: Unable to find RoutePredicateFactory with name Pathh',
      '\tat org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator.lookup(RouteDefinitionRouteLocator.java:203)',
      '\tat org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator.combinePredicates(RouteDefinitionRouteLocator.java:185)',
      '\tat org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator.convertToRoute(RouteDefinitionRouteLocator.java:117)',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyfirst-gin-orders-crash-after-release',
    family: 'bad-config-release',
    source:
      'https://github.com/jaegertracing/jaeger-operator/pull/234 + https://github.com/api-platform/core/issues/1639',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('orders', 1, 6),
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: { GIN_MODE: 'release', DB_HOST: 'orders-postgres.data.svc.cluster.lcoal', DB_NAME: 'orders' },
      },
    ],
    rollout: { minutesAgo: 16, addedEnv: { DB_HOST: 'orders-postgres.data.svc.cluster.lcoal' } },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container orders in pod orders-5d9c8b7f6-k2wqz_shop(6e2b…)',
        type: 'Warning',
        count: 12,
      },
    ],
    previousLog: log(
      '[GIN-debug] [WARNING] Running in "release" mode. Switch to "debug" mode in development.',
      '{"time":"2026-02-11T08:20:01.118Z","level":"INFO","msg":"starting orders","version":"2.3.1","commit":"c41f9e2"}',
      '{"time":"2026-02-11T08:20:01.120Z","level":"INFO","msg":"config loaded","db_host":"orders-postgres.data.svc.cluster.lcoal","db_name":"orders","pool_max":20}',
      '{"time":"2026-02-11T08:20:01.131Z","level":"WARN","msg":"db ping failed, retrying","attempt":1,"error":"failed to connect to `host=orders-postgres.data.svc.cluster.lcoal user=orders database=orders`: hostname resolving error (lookup orders-postgres.data.svc.cluster.lcoal on 172.20.0.10:53: no such host)"}',
      '{"time":"2026-02-11T08:20:03.140Z","level":"WARN","msg":"db ping failed, retrying","attempt":2,"error":"failed to connect to `host=orders-postgres.data.svc.cluster.lcoal user=orders database=orders`: hostname resolving error (lookup orders-postgres.data.svc.cluster.lcoal on 172.20.0.10:53: no such host)"}',
      times(
        14,
        (i) =>
          `{"time":"2026-02-11T08:20:${dd(4 + i)}.${ms(140 + i * 9)}Z","level":"WARN","msg":"db ping failed, retrying","attempt":${i + 3},"error":"failed to connect to \`host=orders-postgres.data.svc.cluster.lcoal user=orders database=orders\`: hostname resolving error (lookup orders-postgres.data.svc.cluster.lcoal on 172.20.0.10:53: no such host)"}`,
      ),
      '{"time":"2026-02-11T08:20:07.151Z","level":"ERROR","msg":"cannot open database","error":"failed to connect to `host=orders-postgres.data.svc.cluster.lcoal user=orders database=orders`: hostname resolving error (lookup orders-postgres.data.svc.cluster.lcoal on 172.20.0.10:53: no such host)"}',
    ),
    accept: ['rollback'],
  },
];
