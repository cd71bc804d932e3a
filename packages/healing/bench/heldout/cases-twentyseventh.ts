import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 11);

/** `count` lines built from their index: the retries, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** A three-digit millisecond field. */
const ms = (n: number): string => String(n % 1000).padStart(3, '0');

/** A node whose conditions are all healthy, as `kubectl get node -o yaml` shows them. */
const healthyNode = {
  ready: 'True' as const,
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False' as const, reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False' as const, reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False' as const, reason: 'KubeletHasSufficientPID' },
  ],
};

/**
 * A twenty-seventh batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: harm look-alikes, seventh round. 22 cases where the most
 * visible symptom invites a mutation that would be wrong or useless: more memory for a Bun leak that
 * kills the pod every forty minutes, a Tekton step writing into a memory-backed emptyDir, a Pekko
 * heap capped by -Xmx, an Argo Workflows step handed a forty-times-larger input and Laravel Octane
 * forking one Swoole worker per host CPU; restarts that would kill a four-hour Good Job, that would
 * meet a Couchbase bucket that is down, or that would restart an Aerospike cold start; replicas
 * against a YugabyteDB hot row, Vitess's transaction pool, Pgpool-II's child processes and an
 * Aerospike hot key; flushes of a Valkey holding a Laravel Horizon queue, a KeyDB holding Rails
 * sessions, a Garnet holding a Redlock lease and a Valkey that is still loading its dataset; node
 * actions for a Hypercorn pod's own emptyDir, a Tornado pod's own DNS name and a Helidon pod's own
 * writable layer; rollbacks of a Ktor rollout older than a YugabyteDB outage, of a Helidon rollout
 * next to a password rotated outside the Deployment behind ProxySQL, and of a Phoenix release whose
 * Ecto migration already ran. 18 where the mutation is right: three memory raises (a Micronaut heap,
 * a KeyDB saving its RDB, a Hypercorn model server), three restarts (Ktor pooled connections stuck
 * on a demoted primary, a Micronaut/Netty server out of file descriptors, a vttablet wedged in
 * PoolFull), three scale-ups (Puma, Oban, Actix under real load), two flushes (Valkey and KeyDB used
 * as pure caches, full under noeviction), three node actions (CNI not initialised, image GC that
 * frees nothing, a kubelet that stopped posting) and four rollbacks (axum 0.8 route syntax, a Bun
 * import, a Helidon config key, a Micronaut bean). Software no earlier batch used where possible:
 * Bun, Tekton, Pekko, Argo Workflows, Laravel Octane and Swoole, Good Job, Micronaut, Couchbase,
 * Aerospike, YugabyteDB, Vitess, Pgpool-II, Laravel Horizon, Valkey, KeyDB, Garnet, Sanic,
 * Hypercorn, Tornado, Helidon, Ktor, ProxySQL, Oban, Actix, axum, Contour and Kuma. Each quotes the
 * wording of the public thread in `source`. Mix: 22 look-alikes (5 memory, 3 restarts, 4 scale-ups,
 * 4 flushes, 3 node actions, 3 rollbacks) and 18 right mutations (3 memory, 3 restarts, 3
 * scale-ups, 2 flushes, 3 node actions, 4 rollbacks).
 */
export const TWENTYSEVENTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- memory, raise wrong (5)
  {
    // Wrong: RSS climbs at a steady request rate and the kernel kills it every ~40 minutes; 20 % more
    // buys eight minutes. The bun:sql MySQL adapter leak.
    id: 'twentyseventh-bun-orders-api-oomkilled',
    family: 'oom-leak',
    source: 'https://github.com/oven-sh/bun/issues/28632',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'orders-api',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=orders-api',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 14,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        args: ['bun', 'run', 'src/server.ts'],
        env: {
          DATABASE_URL: 'mysql://orders@orders-mysql.data.svc:3306/orders',
          PORT: '3000',
          NODE_ENV: 'production',
        },
      },
    ],
    events: [
      {
        reason: 'OOMKilling',
        message: 'Memory cgroup out of memory: Killed process 1 (bun)',
        type: 'Warning',
        count: 14,
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container orders-api in pod orders-api-6b8f9c7d4-x2kqp',
        count: 37,
      },
    ],
    previousLog: log(
      'Started development server: http://0.0.0.0:3000',
      '{"level":"info","time":"2026-02-11T07:31:02.114Z","msg":"mysql pool ready","host":"orders-mysql.data.svc","max":10}',
      times(
        90,
        (i) =>
          `{"level":"info","time":"2026-02-11T07:${dd(31 + Math.floor(i / 3))}:${dd(i * 20)}.${ms(i * 37)}Z","msg":"request completed","method":"${i % 4 === 0 ? 'POST' : 'GET'}","path":"/v1/orders${i % 4 === 0 ? '' : `/${88000 + i}`}","status":${i % 4 === 0 ? 201 : 200},"ms":${4 + (i % 11)}}`,
      ),
      times(
        40,
        (i) =>
          `{"level":"debug","time":"2026-02-11T${i < 29 ? '07' : '08'}:${dd(31 + i)}:00.000Z","msg":"process.memoryUsage","rss":"${(92 + i * 10.4).toFixed(2)}MB","heapTotal":"${(5.4 + (i % 3) * 0.2).toFixed(2)}MB","heapUsed":"${(2.1 + (i % 5) * 0.4).toFixed(2)}MB","external":"${(0.33 + i * 0.01).toFixed(2)}MB","rps":${41 + (i % 6)}}`,
      ),
    ),
    currentLog: log(
      'Started development server: http://0.0.0.0:3000',
      '{"level":"info","time":"2026-02-11T08:14:40.009Z","msg":"mysql pool ready","host":"orders-mysql.data.svc","max":10}',
      times(
        12,
        (i) =>
          `{"level":"debug","time":"2026-02-11T08:${dd(15 + i)}:00.000Z","msg":"process.memoryUsage","rss":"${(90 + i * 10.6).toFixed(2)}MB","heapTotal":"5.59MB","heapUsed":"${(1.6 + (i % 4) * 0.5).toFixed(2)}MB","external":"0.38MB","rps":${42 + (i % 5)}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the step unpacks node_modules and a Gradle cache into a memory-backed emptyDir; the
    // files count against the 2 GiB limit, which no 20 % raise covers.
    id: 'twentyseventh-tekton-build-step-oomkilled',
    family: 'oom-tmpfs',
    source: 'https://github.com/kyma-project/kyma/issues/5009',
    signal: 'OOMKilled',
    phase: 'Failed',
    containers: [
      {
        name: 'step-build',
        terminated: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['/tekton/scripts/script-0-k9x2q'],
        env: {
          GRADLE_USER_HOME: '/workspace/cache/gradle',
          npm_config_cache: '/workspace/cache/npm',
          HOME: '/tekton/home',
        },
        mounts: [
          { volume: 'ws-cache', path: '/workspace/cache' },
          { volume: 'ws-source', path: '/workspace/source' },
        ],
      },
      {
        name: 'step-push',
        terminated: { reason: 'Error', exitCode: 1, message: 'step skipped: previous step failed' },
      },
    ],
    initContainers: [{ name: 'prepare', terminated: { reason: 'Completed', exitCode: 0 } }],
    volumes: [
      { name: 'ws-cache', emptyDir: { medium: 'Memory' } },
      { name: 'ws-source', persistentVolumeClaim: 'pvc-7f3a1c2e9b' },
    ],
    events: [
      { reason: 'Started', message: 'Started container step-build', type: 'Normal' },
      {
        reason: 'OOMKilling',
        message: 'Memory cgroup out of memory: Killed process 4187 (java)',
        type: 'Warning',
      },
    ],
    previousLog: log(
      '+ cd /workspace/source',
      '+ npm ci --prefer-offline',
      times(
        30,
        (i) =>
          `npm http fetch GET 200 https://registry.npmjs.org/${['@babel/core', 'webpack', 'typescript', 'esbuild', 'postcss', 'react-dom'][i % 6]}/-/${['core', 'webpack', 'typescript', 'esbuild', 'postcss', 'react-dom'][i % 6]}-${7 + (i % 3)}.${i % 10}.0.tgz ${40 + i * 3}ms (cache miss)`,
      ),
      'added 1843 packages, and audited 1844 packages in 41s',
      '+ du -sh /workspace/cache/npm',
      '612M\t/workspace/cache/npm',
      '+ ./gradlew --no-daemon assemble',
      'Downloading https://services.gradle.org/distributions/gradle-8.10.2-bin.zip',
      '.............10%.............20%.............30%.............40%.............50%.............60%.............70%.............80%.............90%.............100%',
      'Welcome to Gradle 8.10.2!',
      'Starting a Gradle Daemon (subsequent builds will be faster)',
      times(
        24,
        (i) =>
          `Download https://repo.maven.apache.org/maven2/${['org/jetbrains/kotlin/kotlin-compiler-embeddable/2.0.21', 'com/google/guava/guava/33.3.1-jre', 'io/netty/netty-all/4.1.115.Final', 'org/springframework/spring-core/6.1.14'][i % 4]}/${['kotlin-compiler-embeddable-2.0.21', 'guava-33.3.1-jre', 'netty-all-4.1.115.Final', 'spring-core-6.1.14'][i % 4]}.jar, took ${200 + i * 31} ms`,
      ),
      '> Task :compileKotlin',
      '+ du -sh /workspace/cache/gradle',
      '1.3G\t/workspace/cache/gradle',
      '> Task :compileJava',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: JAVA_OPTS pins the heap at 384 MiB in a 2 GiB container; the JVM exits on its own heap
    // error, not the kernel's. A container raise leaves -Xmx where it is.
    id: 'twentyseventh-pekko-ledger-projector-crashloop',
    family: 'heap-cap',
    source: 'https://github.com/TheHive-Project/TheHive/issues/813',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('ledger-projector', 255, 8),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms384m -Xmx384m -XX:+UseG1GC',
          PEKKO_CLUSTER_SEED: 'ledger-projector-0.ledger-projector',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container ledger-projector in pod ledger-projector-2',
        count: 22,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:20:01,114] [INFO] [org.apache.pekko.event.slf4j.Slf4jLogger] [ledger-pekko.actor.default-dispatcher-5] [] - Slf4jLogger started',
      '[2026-02-11 08:20:01,622] [INFO] [org.apache.pekko.remote.artery.tcp.ArteryTcpTransport] [ledger-pekko.actor.default-dispatcher-5] [ArteryTcpTransport(pekko://ledger)] - Remoting started with transport [Artery tcp]; listening on address [pekko://ledger@10.42.7.19:7355]',
      '[2026-02-11 08:20:02,301] [INFO] [org.apache.pekko.cluster.Cluster] [ledger-pekko.actor.default-dispatcher-5] [Cluster(pekko://ledger)] - Cluster Node [pekko://ledger@10.42.7.19:7355] - Welcome from [pekko://ledger@10.42.3.4:7355]',
      times(
        60,
        (i) =>
          `[2026-02-11 08:${dd(20 + Math.floor(i / 6))}:${dd(3 + i * 9)},${ms(i * 71)}] [INFO] [com.example.ledger.Projection] [ledger-pekko.actor.default-dispatcher-${5 + (i % 4)}] [pekko://ledger/system/projections/postings-${i % 8}] - projected offset=${4418200 + i * 512} envelopes=512 lag=${1800 - i * 11}`,
      ),
      '[2026-02-11 08:30:14,902] [WARN] [com.example.ledger.Projection] [ledger-pekko.actor.default-dispatcher-7] [pekko://ledger/system/projections/postings-3] - slow batch: 512 envelopes in 9812 ms (gc pressure?)',
      "[2026-02-11 08:30:31,448] [ERROR] [org.apache.pekko.actor.ActorSystemImpl] [ledger-pekko.actor.default-dispatcher-6] [pekko.actor.ActorSystemImpl(ledger)] - Uncaught error from thread [ledger-pekko.actor.default-dispatcher-6]: Java heap space, shutting down JVM since 'pekko.jvm-exit-on-fatal-error' is enabled for ActorSystem[ledger]",
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)',
      '\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)',
      '\tat java.base/java.io.ByteArrayOutputStream.write(ByteArrayOutputStream.java:132)',
      '\tat com.example.ledger.Projection.serializeBatch(Projection.scala:212)',
      '\tat org.apache.pekko.actor.Actor.aroundReceive(Actor.scala:547)',
      '\tat org.apache.pekko.actor.ActorCell.invoke(ActorCell.scala:587)',
      '\tat org.apache.pekko.dispatch.Mailbox.run(Mailbox.scala:229)',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: yesterday's input was 3 GiB, today's export is 41 GiB uncompressed and read whole; no
    // 20 % raise of 6 GiB holds it.
    id: 'twentyseventh-argo-dedupe-step-oomkilled',
    family: 'oom-input',
    source: 'https://github.com/argoproj/argo-workflows/issues/10378',
    signal: 'OOMKilled',
    phase: 'Failed',
    containers: [
      {
        name: 'main',
        terminated: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: [
          'python',
          '-m',
          'etl.dedupe',
          '--date',
          '2026-02-10',
          '--input',
          's3://events-raw/exports/2026-02-10/',
        ],
      },
      { name: 'wait', terminated: { reason: 'Completed', exitCode: 0 } },
    ],
    initContainers: [{ name: 'init', terminated: { reason: 'Completed', exitCode: 0 } }],
    events: [
      { reason: 'Started', message: 'Started container main', type: 'Normal' },
      {
        reason: 'OOMKilling',
        message: 'Memory cgroup out of memory: Killed process 18 (python)',
        type: 'Warning',
      },
    ],
    previousLog: log(
      'time="2026-02-11T08:10:02.114Z" level=info msg="Starting Workflow Executor" version=v3.5.11',
      '2026-02-11 08:10:04,201 INFO etl.dedupe: run date=2026-02-10 input=s3://events-raw/exports/2026-02-10/',
      '2026-02-11 08:10:04,918 INFO etl.dedupe: listed 1 object: events-2026-02-10.jsonl.gz (6.1 GiB compressed, 41.7 GiB uncompressed per manifest)',
      '2026-02-11 08:10:04,919 INFO etl.dedupe: previous run 2026-02-09: events-2026-02-09.jsonl.gz (0.4 GiB compressed, 3.2 GiB uncompressed) in 6m12s',
      '2026-02-11 08:10:04,920 WARNING etl.dedupe: input is 13.0x the 7-day median; upstream export job changed? (source=partner-backfill)',
      '2026-02-11 08:10:05,002 INFO etl.dedupe: reading with pandas.read_json(lines=True, compression="gzip") into memory',
      times(
        30,
        (i) =>
          `2026-02-11 08:${dd(10 + Math.floor(i / 4))}:${dd(20 + i * 13)},${ms(i * 53)} INFO etl.io: read chunk ${i + 1}: ${(250000 * (i + 1)).toLocaleString('en-US')} rows, rss=${(0.9 + i * 0.17).toFixed(2)} GiB`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: --workers=auto asks Swoole for the host's CPU count (96), not the container's one CPU;
    // each worker holds ~40 MB and the pod dies at 1 GiB. The fix is the worker count.
    id: 'twentyseventh-octane-storefront-oomkilled',
    family: 'oom-workers',
    source: 'https://github.com/laravel/octane/pull/1101',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'storefront',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=storefront',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        args: [
          'php',
          'artisan',
          'octane:start',
          '--server=swoole',
          '--host=0.0.0.0',
          '--port=8000',
          '--workers=auto',
          '--task-workers=auto',
          '--max-requests=500',
        ],
        env: { APP_ENV: 'production', OCTANE_SERVER: 'swoole' },
      },
    ],
    events: [
      {
        reason: 'OOMKilling',
        message: 'Memory cgroup out of memory: Killed process 211 (php)',
        type: 'Warning',
        count: 6,
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container storefront in pod storefront-5c9d8b7f6-lq4wz',
        count: 19,
      },
    ],
    previousLog: log(
      '',
      '   INFO  Server running…',
      '',
      '  Local: http://0.0.0.0:8000',
      '',
      '  Press Ctrl+C to stop the server',
      '',
      times(
        45,
        (i) =>
          `  200    ${i % 5 === 0 ? 'POST' : 'GET '} /${['api/cart', 'products/sku-' + (1200 + i), 'api/health', 'category/shoes', 'api/cart/items'][i % 5]} ........................ ${(18.2 + (i % 7) * 0.61).toFixed(2)} mb ${(3.1 + (i % 9) * 2.3).toFixed(2)} ms`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts wrong (3)
  {
    // Wrong: the only worker is four hours into a reconciliation that is 71 % done; deleting the pod
    // throws the run away and Good Job retries it from the start.
    id: 'twentyseventh-goodjob-reconcile-worker-running-long',
    family: 'long-job',
    source: 'https://github.com/oban-bg/oban/issues/429',
    signal: 'Alert',
    containers: [
      {
        name: 'good-job',
        running: { startedAt: '2026-02-11T04:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '1',
        args: ['bundle', 'exec', 'good_job', 'start'],
        env: {
          GOOD_JOB_QUEUES: 'reconciliation:1;default:4',
          GOOD_JOB_MAX_THREADS: '5',
          RAILS_ENV: 'production',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GoodJobJobRunningLong: ReconcileLedgerJob (id 7c1f0a2e-55d4-4b6e-9a51-0e8f1d6c2b39) executing for 4h12m on good-job-7d4b9c8f6-m2xkp',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'I, [2026-02-11T04:02:14.118921 #1]  INFO -- : [GoodJob] [1] GoodJob 3.99.1 started scheduler with queues=reconciliation:1;default:4 max_threads=5.',
      'I, [2026-02-11T04:05:00.004113 #1]  INFO -- : [ActiveJob] [ReconcileLedgerJob] [7c1f0a2e-55d4-4b6e-9a51-0e8f1d6c2b39] Performing ReconcileLedgerJob (Job ID: 7c1f0a2e-55d4-4b6e-9a51-0e8f1d6c2b39) from GoodJob(reconciliation) enqueued at 2026-02-11T04:00:00.000Z with arguments: "2026-02-10"',
      times(120, (i) =>
        i % 2 === 0
          ? `I, [2026-02-11T${String(4 + Math.floor((i * 2) / 60)).padStart(2, '0')}:${dd(5 + i * 2)}:${dd(i * 7)}.${ms(i * 113)}${String(i % 1000).padStart(3, '0')} #1]  INFO -- : [ActiveJob] [ReconcileLedgerJob] [7c1f0a2e-55d4-4b6e-9a51-0e8f1d6c2b39] reconcile progress accounts=${(4100 + i * 212).toLocaleString('en-US')}/${(425000).toLocaleString('en-US')} batch=${i / 2 + 1} mismatches=${Math.floor(i / 17)} elapsed=${i * 2 + 5}m`
          : `I, [2026-02-11T${String(4 + Math.floor((i * 2) / 60)).padStart(2, '0')}:${dd(5 + i * 2)}:${dd(i * 7 + 3)}.${ms(i * 59)}000 #1]  INFO -- : [ActiveJob] [SendReceiptJob] [${String(1000 + i)}-a3] Performed SendReceiptJob (Job ID: ${String(1000 + i)}-a3) from GoodJob(default) in ${80 + (i % 40)}.2ms`,
      ),
      'I, [2026-02-11T08:14:12.441002 #1]  INFO -- : [ActiveJob] [ReconcileLedgerJob] [7c1f0a2e-55d4-4b6e-9a51-0e8f1d6c2b39] reconcile progress accounts=301,650/425,000 batch=1423 mismatches=7 elapsed=249m (71%)',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: readiness fails because the Couchbase bucket is unreachable, but the pods still serve
    // the cached catalogue; a restarted pod opens the bucket at start-up and would not come up.
    id: 'twentyseventh-micronaut-catalog-readiness-failing',
    family: 'dependency-down',
    source: 'https://github.com/apache/camel-quarkus/pull/2327',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'catalog',
        running: { startedAt: '2026-02-10T21:40:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          COUCHBASE_CONNECTION_STRING: 'couchbase://cb-catalog-srv.data.svc',
          COUCHBASE_BUCKET: 'catalog',
          MICRONAUT_ENVIRONMENTS: 'k8s,prod',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 96,
      },
    ],
    currentLog: log(
      '21:40:04.118 [main] INFO  io.micronaut.runtime.Micronaut - Startup completed in 2114ms. Server Running: http://catalog-6f5d8c7b9-k2m4q:8080',
      '21:40:04.121 [main] INFO  c.e.catalog.CatalogWarmup - opening bucket catalog (startup blocks until bucket is ready, timeout 30s)',
      '21:40:05.902 [main] INFO  c.e.catalog.CatalogWarmup - loaded 48211 products into local cache',
      times(
        40,
        (i) =>
          `08:${dd(2 + Math.floor(i / 4))}:${dd(i * 15)}.${ms(i * 41)} [default-nioEventLoopGroup-1-${1 + (i % 4)}] INFO  c.e.catalog.ProductController - GET /products/${20000 + i * 17} 200 served from local cache in ${1 + (i % 4)}ms`,
      ),
      '08:12:41.771 [cb-events] WARN  com.couchbase.endpoint - [com.couchbase.endpoint][EndpointConnectionFailedEvent][10s] Connect attempt 14 failed because of ConnectTimeoutException: connection timed out: cb-catalog-srv-0000.cb-catalog-srv.data.svc/10.42.9.14:11210 {"bucket":"catalog","coreId":"0x3f1e2a9100000001","remote":"cb-catalog-srv-0000.cb-catalog-srv.data.svc:11210","type":"KV"}',
      '08:12:44.003 [default-nioEventLoopGroup-1-2] ERROR c.e.catalog.CouchbaseHealthIndicator - health check failed',
      'com.couchbase.client.core.error.UnambiguousTimeoutException: GetRequest, Reason: TIMEOUT {"cancelled":true,"completed":true,"coreId":"0x3f1e2a9100000001","idempotent":true,"reason":"TIMEOUT","requestId":90412,"requestType":"GetRequest","retried":14,"retryReasons":["BUCKET_NOT_AVAILABLE","ENDPOINT_NOT_AVAILABLE"],"service":{"bucket":"catalog","collection":"_default","documentId":"health::probe","opaque":"0x1b0","scope":"_default","type":"kv"},"timeoutMs":2500,"timings":{"totalMicros":2501877}}',
      '\tat com.couchbase.client.java.AsyncUtils.block(AsyncUtils.java:51)',
      '\tat com.couchbase.client.java.Collection.get(Collection.java:184)',
      '\tat com.example.catalog.CouchbaseHealthIndicator.getResult(CouchbaseHealthIndicator.java:38)',
      times(
        30,
        (i) =>
          `08:${dd(13 + Math.floor(i / 4))}:${dd(i * 15)}.${ms(i * 29)} [default-nioEventLoopGroup-1-${1 + (i % 4)}] ${i % 5 === 4 ? 'WARN  c.e.catalog.CouchbaseHealthIndicator - health DOWN: UnambiguousTimeoutException (BUCKET_NOT_AVAILABLE)' : `INFO  c.e.catalog.ProductController - GET /products/${30000 + i * 13} 200 served from local cache in ${1 + (i % 3)}ms`}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: the Aerospike node came back after a node reboot and is cold-starting its namespace from
    // the device; readiness fails until the index is rebuilt. A restart starts the cold start over.
    id: 'twentyseventh-aerospike-profiles-readiness-failing',
    family: 'db-recovery',
    source: 'https://github.com/aerospike/aerospike-kubernetes-operator/issues/314',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'aerospike-server',
        running: { startedAt: '2026-02-11T07:41:09Z' },
        ready: false,
        restarts: 1,
        last: { reason: 'Error', exitCode: 143 },
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        mounts: [
          { volume: 'profiles-device', path: '/opt/aerospike/data' },
          { volume: 'aerospike-config', path: '/etc/aerospike' },
        ],
      },
      { name: 'aerospike-prometheus-exporter', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    volumes: [
      { name: 'profiles-device', persistentVolumeClaim: 'profiles-device-aerospike-profiles-2' },
      { name: 'aerospike-config', configMap: 'aerospike-profiles-conf' },
    ],
    events: [
      { reason: 'Killing', message: 'Stopping container aerospike-server', type: 'Normal' },
      { reason: 'Started', message: 'Started container aerospike-server', type: 'Normal' },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: dial tcp 10.42.5.31:3000: connect: connection refused',
        type: 'Warning',
        count: 63,
      },
    ],
    currentLog: log(
      'Feb 11 2026 07:41:10 GMT: INFO (as): (as.c:342) <><><><><><><><><><>  Aerospike Community Edition build 7.1.0.3  <><><><><><><><><><>',
      'Feb 11 2026 07:41:10 GMT: INFO (config): (cfg.c:4502) system file descriptor limit: 1048576, proto-fd-max: 15000',
      'Feb 11 2026 07:41:11 GMT: INFO (namespace): (namespace_ce.c:87) {profiles} beginning cold start',
      'Feb 11 2026 07:41:11 GMT: INFO (drv_ssd): (drv_ssd.c:3514) opened file /opt/aerospike/data/profiles.dat: usable size 858993459200',
      'Feb 11 2026 07:41:11 GMT: INFO (drv_ssd): (drv_ssd.c:1067) /opt/aerospike/data/profiles.dat has 102400 wblocks of size 8388608',
      'Feb 11 2026 07:41:11 GMT: INFO (drv_ssd): (drv_ssd.c:3801) device /opt/aerospike/data/profiles.dat: reading device to load index',
      times(
        60,
        (i) =>
          `Feb 11 2026 ${String(7 + Math.floor((41 + i) / 60)).padStart(2, '0')}:${dd(41 + i)}:${dd(11 + i * 7)} GMT: INFO (drv_ssd): (drv_ssd.c:3838) {profiles} loaded: objects (${(4800000 * (i + 1)).toLocaleString('en-US').replace(/,/g, '')},0,0) device-pcts (${Math.min(99, Math.floor((i + 1) * 1.5))})`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },

  // ---------------------------------------------------------------- scale-up wrong (4)
  {
    // Wrong: every writer updates the same counter row; YSQL read restarts and conflicts grow with
    // concurrency. More replicas mean more writers on the hot row.
    id: 'twentyseventh-ktor-wallet-latency-high',
    family: 'lock-contention',
    source: 'https://github.com/yugabyte/yugabyte-db/issues/1233',
    signal: 'Alert',
    containers: [
      {
        name: 'wallet',
        running: {},
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { JDBC_URL: 'jdbc:yugabytedb://yb-tservers.db.svc:5433/wallet', HIKARI_MAX_POOL: '20' },
      },
    ],
    rollout: { minutesAgo: 95, addedEnv: { LOG_FORMAT: 'json' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'WalletP99LatencyHigh: p99 of POST /v1/wallet/credit 4.8s (threshold 800ms) for 15m; HPA at 6/12 replicas',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(120, (i) =>
        i % 6 === 5
          ? `{"ts":"2026-02-11T08:${dd(10 + Math.floor(i / 8))}:${dd(i * 7)}.${ms(i * 31)}Z","level":"WARN","logger":"c.e.wallet.CreditRoute","msg":"retrying credit after read restart","attempt":${1 + (i % 3)},"account":"promo-pool-2026","error":"ERROR: Query error: Restart read required at: { read: { physical: 1770797${String(410000000 + i * 1000)} } local_limit: { physical: 1770797${String(410004000 + i * 1000)} } global_limit: <min> in_txn_limit: <max> serial_no: 0 }"}`
          : `{"ts":"2026-02-11T08:${dd(10 + Math.floor(i / 8))}:${dd(i * 7)}.${ms(i * 31)}Z","level":"INFO","logger":"io.ktor.server.Application","msg":"200 OK: POST - /v1/wallet/credit in ${900 + ((i * 137) % 3900)}ms","account":"promo-pool-2026"}`,
      ),
      '{"ts":"2026-02-11T08:25:02.118Z","level":"ERROR","logger":"c.e.wallet.CreditRoute","msg":"credit failed after 3 attempts","account":"promo-pool-2026","error":"org.postgresql.util.PSQLException: ERROR: UPDATE ledger_totals SET balance = balance + $1 WHERE account_id = $2: Query error: Restart read required"}',
      chatter('json', 20, 40),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: vttablet caps concurrent transactions per tablet; more app replicas open more
    // transactions against the same cap.
    id: 'twentyseventh-vitess-checkout-errors-high',
    family: 'shared-limit',
    source: 'https://github.com/vitessio/vitess/issues/1873',
    signal: 'Alert',
    containers: [
      {
        name: 'checkout',
        running: {},
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { MYSQL_DSN: 'checkout@tcp(vtgate-commerce.vitess.svc:3306)/commerce', DB_MAX_OPEN_CONNS: '40' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CheckoutErrorRateHigh: 5xx ratio 23% on POST /api/checkout for 10m (HPA at 8/20 replicas, CPU 31%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(110, (i) =>
        i % 4 === 3
          ? `time=2026-02-11T08:${dd(12 + Math.floor(i / 10))}:${dd(i * 11)}.${ms(i * 19)}Z level=error msg="begin tx failed" route=/api/checkout order=${771000 + i} err="Error 1105 (HY000): target: commerce.-80.primary: vttablet: rpc error: code = ResourceExhausted desc = transaction pool connection limit exceeded (CallerID: checkout)"`
          : `time=2026-02-11T08:${dd(12 + Math.floor(i / 10))}:${dd(i * 11)}.${ms(i * 19)}Z level=info msg="request" method=POST path=/api/checkout status=201 dur=${140 + ((i * 53) % 900)}ms`,
      ),
      'time=2026-02-11T08:23:40.002Z level=warn msg="db pool stats" open=40 in_use=40 idle=0 wait_count=18231 wait_duration=41m12s',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: Pgpool-II refuses clients beyond num_init_children minus reserved_connections; each new
    // replica brings its own pool of connections to the same Pgpool-II.
    id: 'twentyseventh-sanic-booking-connection-errors',
    family: 'shared-limit',
    source: 'https://github.com/bitnami/charts/issues/22876',
    signal: 'Alert',
    containers: [
      {
        name: 'booking',
        running: {},
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        args: ['sanic', 'booking.app:app', '--host=0.0.0.0', '--port=8000', '--workers=4'],
        env: { DATABASE_URL: 'postgresql://booking@pgpool.db.svc:5432/booking', DB_POOL_MAX: '16' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'BookingErrorRateHigh: 5xx ratio 18% on /api/bookings for 10m; HPA at 9/16 replicas',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 08:10:01 +0000] [1] [INFO] Sanic v23.12.1',
      "[2026-02-11 08:10:01 +0000] [1] [INFO] Goin' Fast @ http://0.0.0.0:8000",
      times(100, (i) =>
        i % 5 === 4
          ? `[2026-02-11 08:${dd(11 + Math.floor(i / 9))}:${dd(i * 13)} +0000] [${30 + (i % 4)}] [ERROR] Exception occurred while handling uri: 'http://booking.svc/api/bookings'\nTraceback (most recent call last):\n  File "/app/booking/db.py", line 41, in acquire\n    conn = await self.pool.acquire()\n  File "/usr/local/lib/python3.12/site-packages/asyncpg/pool.py", line 864, in _acquire\n    return await _acquire_impl()\nasyncpg.exceptions.TooManyConnectionsError: Sorry, too many clients already`
          : `[2026-02-11 08:${dd(11 + Math.floor(i / 9))}:${dd(i * 13)} +0000] - (sanic.access)[INFO][10.42.${i % 8}.${20 + (i % 40)}:${40000 + i}]: ${i % 3 === 0 ? 'POST' : 'GET'} http://booking.svc/api/bookings${i % 3 === 0 ? '' : `/${51000 + i}`}  ${i % 3 === 0 ? 201 : 200} ${120 + i}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: one promotion key takes every write; the server answers KEY_BUSY (hot key). More
    // replicas queue more writes on the same record.
    id: 'twentyseventh-aerospike-client-promo-writes-failing',
    family: 'hot-key',
    source: 'https://github.com/aerospike/aerospike-client-go/issues/210',
    signal: 'Alert',
    containers: [
      {
        name: 'promo-redeemer',
        running: {},
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          AEROSPIKE_HOSTS: 'aerospike-profiles.data.svc:3000',
          AEROSPIKE_NAMESPACE: 'promo',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'PromoRedeemErrorsHigh: 31% of POST /redeem failing for 8m; p99 2.9s',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(100, (i) =>
        i % 3 === 2
          ? `2026-02-11 08:${dd(14 + Math.floor(i / 10))}:${dd(i * 9)}.${ms(i * 61)} ERROR [redeem-worker-${i % 8}] c.e.promo.RedeemService - redeem failed code=SPRING26 user=${901000 + i}: com.aerospike.client.AerospikeException: Error 14,1,0,1000,0,0,BB9020011AC4202 10.42.5.31 3000: Hot key`
          : `2026-02-11 08:${dd(14 + Math.floor(i / 10))}:${dd(i * 9)}.${ms(i * 61)} INFO  [redeem-worker-${i % 8}] c.e.promo.RedeemService - redeemed code=SPRING26 user=${901000 + i} remaining=${812000 - i * 3} in ${40 + ((i * 37) % 900)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
];
