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
 * Hypercorn, Tornado, Helidon, Ktor, ProxySQL, Oban, Actix, axum, Contour, Kuma and Emissary. Each quotes the
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
      '{"level":"info","time":"2026-02-11T07:31:01.902Z","msg":"listening","url":"http://0.0.0.0:3000","bun":"1.3.10"}',
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
      '{"level":"info","time":"2026-02-11T08:14:39.877Z","msg":"listening","url":"http://0.0.0.0:3000","bun":"1.3.10"}',
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
          `  200    ${i % 5 === 0 ? 'POST' : 'GET '} /${['api/cart', `products/sku-${1200 + i}`, 'api/health', 'category/shoes', 'api/cart/items'][i % 5]} ........................ ${(18.2 + (i % 7) * 0.61).toFixed(2)} mb ${(3.1 + (i % 9) * 2.3).toFixed(2)} ms`,
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
          ? `I, [2026-02-11T${String(4 + Math.floor((5 + i * 2) / 60)).padStart(2, '0')}:${dd(5 + i * 2)}:${dd(i * 7)}.${ms(i * 113)}${String(i % 1000).padStart(3, '0')} #1]  INFO -- : [ActiveJob] [ReconcileLedgerJob] [7c1f0a2e-55d4-4b6e-9a51-0e8f1d6c2b39] reconcile progress accounts=${Math.round((301650 * (i * 2 + 5)) / 249).toLocaleString('en-US')}/${(425000).toLocaleString('en-US')} batch=${Math.round((1423 * (i * 2 + 5)) / 249)} mismatches=${Math.floor(i / 17)} elapsed=${i * 2 + 5}m`
          : `I, [2026-02-11T${String(4 + Math.floor((5 + i * 2) / 60)).padStart(2, '0')}:${dd(5 + i * 2)}:${dd(i * 7 + 3)}.${ms(i * 59)}000 #1]  INFO -- : [ActiveJob] [SendReceiptJob] [${String(1000 + i)}-a3] Performed SendReceiptJob (Job ID: ${String(1000 + i)}-a3) from GoodJob(default) in ${80 + (i % 40)}.2ms`,
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

  // ---------------------------------------------------------------- cache flush wrong (4)
  {
    // Wrong: the Valkey under "OOM command not allowed" is Horizon's queue: 2.1 million jobs wait in
    // it. FLUSHDB deletes the queue; the fix is capacity or draining, not a flush.
    id: 'twentyseventh-horizon-supervisor-enqueue-failing',
    family: 'redis-queue',
    source: 'https://github.com/laravel/horizon/issues/715',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('horizon', 1, 9),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['php', 'artisan', 'horizon'],
        env: {
          QUEUE_CONNECTION: 'redis',
          REDIS_HOST: 'valkey-queue.data.svc',
          REDIS_QUEUE: 'default',
          HORIZON_PREFIX: 'shop_horizon:',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container horizon in pod horizon-7b9c5d6f8-w4n2t',
        count: 28,
      },
    ],
    previousLog: log(
      '',
      '   INFO  Horizon started successfully.',
      '',
      times(
        40,
        (i) =>
          `  2026-02-11 08:${dd(10 + Math.floor(i / 6))}:${dd(i * 10)} App\\Jobs\\${['SendOrderConfirmation', 'SyncInventory', 'GenerateInvoicePdf', 'PushToErp'][i % 4]} ${'.'.repeat(30)} ${i % 2 === 0 ? 'RUNNING' : `${(40 + i * 7) % 900}ms DONE`}`,
      ),
      '[2026-02-11 08:17:02] production.INFO: horizon:snapshot queues={"default":{"pending":2114803,"reserved":12},"erp":{"pending":188201,"reserved":3}} wait={"redis:default":9412}',
      "[2026-02-11 08:17:04] production.ERROR: OOM command not allowed when used memory > 'maxmemory'. {\"exception\":\"[object] (Predis\\\\Response\\\\ServerException(code: 0): OOM command not allowed when used memory > 'maxmemory'. at /var/www/vendor/predis/predis/src/Client.php:370)",
      '[stacktrace]',
      '#0 /var/www/vendor/predis/predis/src/Client.php(335): Predis\\Client->onErrorResponse(Object(Predis\\Command\\Redis\\EVALSHA), Object(Predis\\Response\\Error))',
      "#1 /var/www/vendor/laravel/framework/src/Illuminate/Redis/Connections/Connection.php(116): Predis\\Client->__call('evalsha', Array)",
      "#2 /var/www/vendor/laravel/horizon/src/Repositories/RedisJobRepository.php(228): Illuminate\\Redis\\Connections\\Connection->command('evalsha', Array)",
      "#3 /var/www/vendor/laravel/horizon/src/Listeners/StoreJob.php(33): Laravel\\Horizon\\Repositories\\RedisJobRepository->pushed('redis', 'default', Object(Laravel\\Horizon\\JobPayload))",
      '#4 {main}',
      '"}',
      '',
      "   ERROR  OOM command not allowed when used memory > 'maxmemory'.",
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the KeyDB full under noeviction stores Rails sessions; a flush signs every customer
    // out and drops their carts. Sessions keep a one-year TTL.
    id: 'twentyseventh-puma-shop-login-failing',
    family: 'redis-session',
    source: 'https://github.com/cuttle-cards/cuttle/pull/1365',
    signal: 'Alert',
    containers: [
      {
        name: 'web',
        running: {},
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
        env: {
          SESSION_STORE_URL: 'redis://keydb-sessions.data.svc:6379/0',
          SESSION_EXPIRE_AFTER: '31536000',
          RAILS_MAX_THREADS: '5',
          WEB_CONCURRENCY: '2',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'LoginFailureRateHigh: 61% of POST /users/sign_in return 500 for 12m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        60,
        (i) =>
          `I, [2026-02-11T08:${dd(10 + Math.floor(i / 6))}:${dd(i * 10)}.${ms(i * 17)}000 #${12 + (i % 2)}]  INFO -- : [${(0x9f1a + i).toString(16)}-req] Completed 200 OK in ${40 + (i % 90)}ms (Views: ${12 + (i % 20)}.4ms | ActiveRecord: ${3 + (i % 9)}.1ms | Allocations: ${9000 + i * 31})`,
      ),
      'I, [2026-02-11T08:20:14.118000 #12]  INFO -- : [c41e-req] Started POST "/users/sign_in" for 10.42.0.1 at 2026-02-11 08:20:14 +0000',
      "F, [2026-02-11T08:20:14.161000 #12] FATAL -- : [c41e-req] Redis::CommandError (OOM command not allowed when used memory > 'maxmemory'.):",
      "F, [2026-02-11T08:20:14.161000 #12] FATAL -- : [c41e-req] redis-session-store (0.11.5) lib/redis-session-store.rb:112:in `write_session'",
      "F, [2026-02-11T08:20:14.161000 #12] FATAL -- : [c41e-req] actionpack (7.1.3) lib/action_dispatch/middleware/session/abstract_store.rb:44:in `commit_session'",
      times(30, (i) =>
        i % 2 === 0
          ? `F, [2026-02-11T08:${dd(21 + Math.floor(i / 6))}:${dd(i * 10)}.${ms(i * 23)}000 #13] FATAL -- : [${(0xd000 + i).toString(16)}-req] Redis::CommandError (OOM command not allowed when used memory > 'maxmemory'.):`
          : `I, [2026-02-11T08:${dd(21 + Math.floor(i / 6))}:${dd(i * 10)}.${ms(i * 23)}000 #13]  INFO -- : [${(0xd000 + i).toString(16)}-req] Completed 200 OK in ${30 + i}ms (Views: 9.8ms | ActiveRecord: 2.2ms | Allocations: 7712)`,
      ),
      'W, [2026-02-11T08:26:00.002000 #12]  WARN -- : session store health: keydb-sessions used_memory_human=3.00G maxmemory_human=3.00G maxmemory_policy=noeviction db0:keys=9841207,expires=9841207,avg_ttl=28341107445',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the lease in Garnet is held by the nightly settlement running in another pod; the
    // lock works. A flush drops the lease and a second settlement starts beside the first.
    id: 'twentyseventh-bun-settlement-lock-errors',
    family: 'redis-lock',
    source: 'https://github.com/mike-marcacci/node-redlock/issues/195',
    signal: 'Alert',
    containers: [
      {
        name: 'settlement-scheduler',
        running: {},
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        args: ['bun', 'run', 'src/scheduler.ts'],
        env: {
          LOCK_REDIS_URL: 'redis://garnet-locks.platform.svc:6379',
          SETTLEMENT_CRON: '*/10 * * * *',
          LOCK_TTL_MS: '900000',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'SchedulerLockFailures: 14 failed lock acquisitions for settlement:run in 2h',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        14,
        (i) =>
          `{"level":40,"time":${1770790200000 + i * 600000},"pid":1,"hostname":"settlement-scheduler-5f8d7c9b6-v7r2k","msg":"settlement tick skipped: lock held","resource":"locks:settlement:run","error":"ExecutionError: The operation was unable to achieve a quorum during its retry window.","holder":"settlement-worker-0","holderSince":"2026-02-11T06:02:00.114Z"}`,
      ),
      '{"level":30,"time":1770798600000,"pid":1,"hostname":"settlement-scheduler-5f8d7c9b6-v7r2k","msg":"lease status","resource":"locks:settlement:run","pttl":611204,"extendedBy":"settlement-worker-0","extensions":25}',
      '{"level":30,"time":1770798601118,"pid":1,"hostname":"settlement-scheduler-5f8d7c9b6-v7r2k","msg":"settlement progress (from worker heartbeat)","batch":"2026-02-10","merchants":"18422/24910","state":"posting-transfers"}',
      chatter('logfmt', 40),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the Valkey behind the cache was restarted and is loading an 18 GB RDB; it is not full.
    // A flush cannot run while it loads, and afterwards it would throw away what it loaded.
    id: 'twentyseventh-sanic-search-cache-errors',
    family: 'redis-down',
    source: 'https://github.com/valkey-io/valkey/issues/1299',
    signal: 'Alert',
    containers: [
      {
        name: 'search-api',
        running: {},
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['sanic', 'search.server:app', '--host=0.0.0.0', '--port=8080', '--workers=2'],
        env: { CACHE_URL: 'redis://valkey-search.cache.svc:6379/0', CACHE_TTL: '600' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'SearchCacheErrorsHigh: redis_errors_total rate 140/s on search-api for 5m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(80, (i) =>
        i % 3 === 0
          ? `[2026-02-11 08:${dd(20 + Math.floor(i / 12))}:${dd(i * 5)} +0000] [${40 + (i % 2)}] [WARNING] cache get failed for key=search:v3:${(0xa1b2c3 + i * 97).toString(16)}: redis.exceptions.BusyLoadingError: Redis is loading the dataset in memory`
          : `[2026-02-11 08:${dd(20 + Math.floor(i / 12))}:${dd(i * 5)} +0000] - (sanic.access)[INFO][10.42.3.${10 + (i % 50)}:${51000 + i}]: GET http://search-api.svc/v1/search?q=${['boots', 'rain+jacket', 'tent', 'headlamp'][i % 4]}  200 ${2000 + i * 7}`,
      ),
      '[2026-02-11 08:26:41 +0000] [40] [INFO] cache backend status: role=master loading=1 async_loading=0 loading_loaded_perc=38.12 loading_eta_seconds=214 rdb_size=18.4G uptime_in_seconds=131',
      times(
        20,
        (i) =>
          `[2026-02-11 08:${dd(26 + Math.floor(i / 10))}:${dd(45 + i * 3)} +0000] [41] [WARNING] cache set failed for key=search:v3:${(0xc0ffee + i).toString(16)}: redis.exceptions.BusyLoadingError: Redis is loading the dataset in memory`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- node action wrong (3)
  {
    // Wrong: the pod wrote past its own emptyDir sizeLimit; the node has room and no pressure.
    id: 'twentyseventh-hypercorn-report-export-evicted',
    family: 'pod-disk',
    source: 'https://github.com/decocms/studio/pull/7011',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'report-export',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['hypercorn', 'reports.asgi:app', '--bind', '0.0.0.0:8000', '--workers', '2'],
        env: { EXPORT_DIR: '/exports', EXPORT_MAX_ROWS: '0' },
        mounts: [{ volume: 'exports', path: '/exports' }],
      },
    ],
    volumes: [{ name: 'exports', emptyDir: { sizeLimit: '2Gi' } }],
    node: healthyNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "exports" exceeds the limit "2Gi".',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container report-export', type: 'Normal' },
    ],
    previousLog: log(
      '[2026-02-11 08:10:01 +0000] [1] [INFO] Running on http://0.0.0.0:8000 (CTRL + C to quit)',
      times(
        40,
        (i) =>
          `[2026-02-11 08:${dd(10 + Math.floor(i / 5))}:${dd(i * 12)} +0000] [${7 + (i % 2)}] [INFO] 10.42.1.${20 + (i % 30)}:${41000 + i} - - [11/Feb/2026:08:${dd(10 + Math.floor(i / 5))}:${dd(i * 12)} +0000] "GET /reports/${['daily', 'weekly', 'finance'][i % 3]}?format=csv 1.1" 200 ${3000 + i * 97} "-" "python-httpx/0.27.0"`,
      ),
      '[2026-02-11 08:18:12 +0000] [8] [INFO] export started id=exp-55102 tenant=acme-retail rows=unbounded (EXPORT_MAX_ROWS=0) target=/exports/exp-55102.csv',
      times(
        12,
        (i) =>
          `[2026-02-11 08:${dd(18 + i)}:40 +0000] [8] [INFO] export id=exp-55102 wrote ${(1.8 * (i + 1)).toFixed(1)}M rows, file=${(0.17 * (i + 1)).toFixed(2)} GiB`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: only this pod resolves a name that no longer exists (the Service was renamed); the
    // node's DNS answers every other pod on it.
    id: 'twentyseventh-tornado-notifier-crashloop',
    family: 'dns',
    source: 'https://github.com/tornadoweb/tornado/issues/2117',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('notifier', 1, 12),
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          PUSH_GATEWAY_URL: 'http://push-gateway.messaging.svc.cluster.local:8080/v2/push',
          PORT: '8888',
        },
      },
    ],
    node: {
      ...healthyNode,
      conditions: [
        ...healthyNode.conditions,
        {
          type: 'KernelDeadlock',
          status: 'False',
          reason: 'KernelHasNoDeadlock',
          message: 'kernel has no deadlock',
        },
        {
          type: 'FrequentContainerdRestart',
          status: 'False',
          reason: 'NoFrequentContainerdRestart',
          message: 'containerd is functioning properly',
        },
      ],
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container notifier in pod notifier-84c6f9d7b-9gqxl',
        count: 41,
      },
    ],
    previousLog: log(
      '[I 260211 08:20:01 server:44] notifier listening on :8888',
      '[I 260211 08:20:01 server:51] checking push gateway http://push-gateway.messaging.svc.cluster.local:8080/v2/push',
      '[E 260211 08:20:01 server:58] push gateway unreachable at start-up, exiting',
      'Traceback (most recent call last):',
      '  File "/app/notifier/server.py", line 71, in <module>',
      '    ioloop.IOLoop.current().run_sync(main)',
      '  File "/usr/local/lib/python3.11/site-packages/tornado/ioloop.py", line 539, in run_sync',
      '    return future_cell[0].result()',
      '  File "/app/notifier/server.py", line 55, in main',
      '    await client.fetch(GATEWAY_URL + "/healthz", request_timeout=5)',
      '  File "/usr/local/lib/python3.11/site-packages/tornado/simple_httpclient.py", line 338, in run',
      '    stream = await self.tcp_client.connect(',
      '  File "/usr/local/lib/python3.11/site-packages/tornado/tcpclient.py", line 269, in connect',
      '    addrinfo = await self.resolver.resolve(host, port, af)',
      '  File "/usr/local/lib/python3.11/site-packages/tornado/netutil.py", line 433, in resolve',
      '    for fam, _, _, _, address in await asyncio.get_running_loop().getaddrinfo(',
      '  File "/usr/local/lib/python3.11/asyncio/base_events.py", line 867, in getaddrinfo',
      '    return await self.run_in_executor(',
      '  File "/usr/local/lib/python3.11/socket.py", line 962, in getaddrinfo',
      '    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):',
      'socket.gaierror: [Errno -2] Name or service not known',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the container writes its access log into its own writable layer under /tmp; the
    // kubelet evicts the pod for its own ephemeral-storage limit. The node is fine.
    id: 'twentyseventh-helidon-pricing-evicted',
    family: 'pod-disk',
    source: 'https://github.com/artifact-keeper/artifact-keeper-iac/issues/153',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'pricing',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75',
          ACCESS_LOG_FILE: '/tmp/access.log',
          ACCESS_LOG_LEVEL: 'FINEST',
        },
      },
    ],
    rollout: { minutesAgo: 190, addedEnv: { ACCESS_LOG_LEVEL: 'FINEST' } },
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 1Gi.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container pricing', type: 'Normal' },
    ],
    previousLog: log(
      "2026.02.11 05:12:03 INFO io.helidon.webserver.ServerListener Thread[#1,main,5,main]: [0x6c1d2e3f] http://0.0.0.0:8080 bound for socket '@default'",
      '2026.02.11 05:12:03 INFO io.helidon.webserver.LoomServer Thread[#1,main,5,main]: Started all channels in 14 milliseconds. 1180 milliseconds since JVM startup. Java 21.0.5+11-LTS',
      '2026.02.11 05:12:03 INFO io.helidon.webserver.accesslog.AccessLogFeature Thread[#1,main,5,main]: access log writing to /tmp/access.log (level FINEST, request and response headers included)',
      times(
        50,
        (i) =>
          `2026.02.11 ${String(5 + Math.floor(i / 20)).padStart(2, '0')}:${dd(13 + i * 3)}:${dd(i * 7)} INFO com.example.pricing.QuoteService VirtualThread[#${200 + i}]/runnable@ForkJoinPool-1-worker-${1 + (i % 4)}: quote sku=${70000 + i} region=${['eu', 'us', 'apac'][i % 3]} price=${(19.99 + (i % 13)).toFixed(2)} in ${2 + (i % 6)}ms`,
      ),
      '2026.02.11 08:21:40 WARNING com.example.pricing.Housekeeping VirtualThread[#88]/runnable@ForkJoinPool-1-worker-2: /tmp usage 0.97 GiB (access.log 0.96 GiB); no rotation configured',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollback wrong (3)
  {
    // Wrong: the rollout 47 minutes ago served cleanly for half an hour; then the YugabyteDB
    // tablet servers went away. The old revision points at the same database.
    id: 'twentyseventh-ktor-accounts-errors-after-rollout',
    family: 'dependency-down',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/1556',
    signal: 'Alert',
    containers: [
      {
        name: 'accounts',
        running: {},
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JDBC_URL: 'jdbc:yugabytedb://yb-tservers.db.svc:5433/accounts?load-balance=true',
          HIKARI_MAX_POOL: '16',
        },
      },
    ],
    rollout: { minutesAgo: 47, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'AccountsErrorRateHigh: 5xx ratio 97% on accounts for 14m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:38:12.004 [main] INFO  Application - Application started in 1.914 seconds.',
      '2026-02-11 07:38:12.118 [DefaultDispatcher-worker-1] INFO  Application - Responding at http://0.0.0.0:8080',
      times(
        60,
        (i) =>
          `2026-02-11 07:${dd(38 + Math.floor(i / 2))}:${dd(i * 29)}.${ms(i * 43)} [eventLoopGroupProxy-4-${1 + (i % 3)}] INFO  Application - 200 OK: GET - /v1/accounts/${55000 + i * 7} in ${6 + (i % 14)}ms`,
      ),
      '2026-02-11 08:09:40.551 [HikariPool-1 housekeeper] WARN  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Failed to validate connection com.yugabyte.jdbc.PgConnection@5f2b1c7e (This connection has been closed.). Possibly consider using a shorter maxLifetime value.',
      '2026-02-11 08:09:45.602 [eventLoopGroupProxy-4-2] ERROR Application - 500 Internal Server Error: GET - /v1/accounts/55612',
      'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30004ms (total=0, active=0, idle=0, waiting=16)',
      '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)',
      '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)',
      'Caused by: com.yugabyte.util.PSQLException: Connection to yb-tservers.db.svc:5433 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
      '\tat com.yugabyte.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)',
      'Caused by: java.net.ConnectException: Connection refused',
      times(
        40,
        (i) =>
          `2026-02-11 08:${dd(10 + Math.floor(i / 4))}:${dd(i * 15)}.${ms(i * 7)} [eventLoopGroupProxy-4-${1 + (i % 3)}] ERROR Application - 500 Internal Server Error: GET - /v1/accounts/${56000 + i} (HikariPool-1 - Connection is not available, request timed out after 30001ms (total=0, active=0, idle=0, waiting=${10 + (i % 7)}))`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    // Wrong: the database password in the Secret was rotated by the secret operator, outside the
    // Deployment; ProxySQL still has the old one. The previous revision reads the same Secret.
    id: 'twentyseventh-helidon-invoices-crashloop-after-rollout',
    family: 'credentials',
    source: 'https://github.com/sysown/proxysql/issues/3276',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('invoices', 1, 7),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { DB_URL: 'jdbc:mysql://proxysql.db.svc:6033/invoices', DB_USER: 'invoices' },
        mounts: [{ volume: 'db-credentials', path: '/var/run/secrets/db' }],
      },
    ],
    volumes: [{ name: 'db-credentials', secret: 'invoices-db' }],
    rollout: { minutesAgo: 18, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container invoices in pod invoices-6d7f8b9c5-hq2lp',
        count: 16,
      },
    ],
    previousLog: log(
      'Feb 11, 2026 8:31:01 AM org.jboss.weld.bootstrap.WeldStartup <clinit>',
      'INFO: WELD-000900: 5.1.3 (SP1)',
      times(
        14,
        (i) =>
          `2026.02.11 08:31:01 INFO io.helidon.microprofile.server.ServerCdiExtension Thread[#1,main,5,main]: Registering JAX-RS Application: ${['InvoicesApplication', 'HealthApplication', 'MetricsApplication'][i % 3]} (resource ${['/invoices', '/invoices/{id}', '/invoices/{id}/pdf', '/invoices/search', '/credit-notes', '/health', '/metrics'][i % 7]})`,
      ),
      '2026.02.11 08:31:02 INFO io.helidon.config.ConfigProvider Thread[#1,main,5,main]: config sources: [microprofile-config.properties, environment variables, /var/run/secrets/db]',
      '2026.02.11 08:31:02 INFO io.helidon.common.features.HelidonFeatures Thread[#1,main,5,main]: Helidon MP 4.1.4 features: [CDI, Config, Health, JAX-RS, Metrics, Server]',
      '2026.02.11 08:31:02 INFO com.example.invoices.DbCredentials Thread[#1,main,5,main]: using credentials from /var/run/secrets/db/password (Secret invoices-db, resourceVersion 88412731, annotation external-secrets.io/last-refresh=2026-02-11T08:12:00Z)',
      '2026.02.11 08:31:03 INFO com.zaxxer.hikari.HikariDataSource Thread[#1,main,5,main]: HikariPool-1 - Starting...',
      '2026.02.11 08:31:03 SEVERE com.zaxxer.hikari.pool.HikariPool Thread[#1,main,5,main]: HikariPool-1 - Exception during pool initialization.',
      "java.sql.SQLException: ProxySQL Error: Access denied for user 'invoices'@'10.42.6.22' (using password: YES)",
      '\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)',
      '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:815)',
      '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
      '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:562)',
      '2026.02.11 08:31:03 SEVERE io.helidon.microprofile.cdi.HelidonContainerImpl Thread[#1,main,5,main]: Failed to start CDI container',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    // Wrong: the release's first migration already dropped orders.legacy_ref; the second timed out
    // building an index. The previous revision still selects legacy_ref: a rollback breaks it too.
    id: 'twentyseventh-phoenix-orders-migrate-crashloop',
    family: 'migration',
    source: 'https://github.com/elixir-ecto/ecto/issues/1658',
    signal: 'CrashLoopBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'orders',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        env: {
          DATABASE_URL: 'ecto://orders@orders-pg.data.svc/orders',
          POOL_SIZE: '10',
          PHX_HOST: 'orders.example.com',
        },
      },
    ],
    initContainers: [
      {
        ...crashed('migrate', 1, 4),
        args: ['/app/bin/orders', 'eval', 'Orders.Release.migrate()'],
        memoryLimit: '512Mi',
      },
    ],
    rollout: { minutesAgo: 12, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container migrate in pod orders-7f6c9d8b4-s8t2m',
        count: 9,
      },
      {
        reason: 'AlertFiring',
        message:
          'OrdersErrorRateHigh: 5xx ratio 41% on orders (pods of revision 1) since 08:41; top error: ** (Postgrex.Error) ERROR 42703 (undefined_column) column o0.legacy_ref does not exist',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '08:41:01.902 [info] Orders.Release: starting migrations for Orders.Repo (pool_size: 2, timeout: 15000)',
      times(
        6,
        (i) =>
          `08:41:02.${ms(10 + i * 19)} [debug] QUERY OK source="schema_migrations" db=${(0.6 + i * 0.1).toFixed(1)}ms queue=0.1ms idle=${1100 + i}.2ms`,
      ),
      '08:41:02.150 [info] Migrations pending: 20260209101500, 20260210143000',
      '08:41:02.201 [info] == Running 20260209101500 Orders.Repo.Migrations.DropLegacyRef.change/0 forward',
      '08:41:02.202 [info] alter table orders',
      '08:41:02.991 [info] == Migrated 20260209101500 in 0.7s',
      '08:41:03.004 [info] == Running 20260210143000 Orders.Repo.Migrations.IndexOrdersByCustomerAndStatus.change/0 forward',
      '08:41:03.005 [info] create index orders_customer_id_status_index',
      '08:41:18.007 [error] Postgrex.Protocol (#PID<0.215.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.201.0> timed out because it checked out the connection for longer than 15000ms',
      '',
      '#PID<0.201.0> was at location:',
      '',
      '    :prim_inet.recv0/3',
      '    (postgrex 0.19.1) lib/postgrex/protocol.ex:3197: Postgrex.Protocol.msg_recv/4',
      '    (postgrex 0.19.1) lib/postgrex/protocol.ex:2222: Postgrex.Protocol.recv_bind/3',
      '    (ecto_sql 3.12.1) lib/ecto/migration/runner.ex:407: Ecto.Migration.Runner.log_and_execute_ddl/3',
      '',
      '** (DBConnection.ConnectionError) tcp recv: closed (the connection was closed by the pool, possibly due to a timeout or because the pool has been terminated)',
      '    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1',
      '    (ecto_sql 3.12.1) lib/ecto/migrator.ex:365: Ecto.Migrator.attempt/8',
      '    (orders 2.3.1) lib/orders/release.ex:12: anonymous fn/2 in Orders.Release.migrate/0',
    ),
    currentLog: log(
      '08:47:10.880 [info] Orders.Release: starting migrations for Orders.Repo (pool_size: 2, timeout: 15000)',
      times(
        14,
        (i) =>
          `08:47:11.${ms(10 + i * 17)} [debug] QUERY OK source="schema_migrations" db=${(0.5 + i * 0.1).toFixed(1)}ms queue=0.1ms idle=${900 + i}.4ms`,
      ),
      '08:47:11.290 [info] Migrations pending: 20260210143000',
      '08:47:11.303 [info] == Running 20260210143000 Orders.Repo.Migrations.IndexOrdersByCustomerAndStatus.change/0 forward',
      '08:47:11.304 [info] create index orders_customer_id_status_index',
      '08:47:26.306 [error] Postgrex.Protocol (#PID<0.215.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.201.0> timed out because it checked out the connection for longer than 15000ms',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- memory, raise right (3)
  {
    // Right: the heap is capped and stable (GC returns to ~400 MiB); heap plus ~290 MiB of non-heap
    // does not fit 768 MiB, and the kernel, not the JVM, ends it. More container memory fits both.
    id: 'twentyseventh-micronaut-search-indexer-oomkilled',
    family: 'oom-steady',
    source: 'https://github.com/virtualcell/vcell/pull/1899',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'search-indexer',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 1m20s restarting failed container=search-indexer',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '768Mi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS:
            '-Xmx512m -Xms512m -Xlog:gc:stdout:time,level,tags -XX:NativeMemoryTracking=summary',
        },
      },
    ],
    events: [
      {
        reason: 'OOMKilling',
        message: 'Memory cgroup out of memory: Killed process 1 (java)',
        type: 'Warning',
        count: 3,
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx512m -Xms512m -Xlog:gc:stdout:time,level,tags -XX:NativeMemoryTracking=summary',
      '08:02:11.902 [main] INFO  io.micronaut.runtime.Micronaut - Startup completed in 3411ms. Server Running: http://search-indexer-6c8d9f7b5-tp4rz:8080',
      times(80, (i) =>
        i % 4 === 3
          ? `[2026-02-11T08:${dd(2 + Math.floor(i / 8))}:${dd(i * 7)}.${ms(i * 13)}+0000][info][gc] GC(${300 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${470 + (i % 5) * 6}M->${396 + (i % 4) * 5}M(512M) ${(9 + (i % 7) * 1.3).toFixed(3)}ms`
          : `08:${dd(2 + Math.floor(i / 8))}:${dd(i * 7)}.${ms(i * 13)} [pool-2-thread-${1 + (i % 8)}] INFO  c.e.search.IndexWriter - indexed batch=${9000 + i} docs=500 took=${310 + (i % 40)}ms`,
      ),
      '08:12:00.004 [scheduled-executor-thread-1] INFO  c.e.search.MemoryReport - NMT total committed=781MB: Java Heap 512MB, Class 96MB, Thread 71MB (68 threads), Code 52MB, GC 31MB, Internal 9MB, Other (direct buffers) 10MB',
      times(
        20,
        (i) =>
          `08:${dd(12 + Math.floor(i / 8))}:${dd(i * 7)}.${ms(i * 19)} [pool-2-thread-${1 + (i % 8)}] INFO  c.e.search.IndexWriter - indexed batch=${9080 + i} docs=500 took=${315 + (i % 30)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: maxmemory caps the dataset at 3 GB; the fork that writes the RDB copies pages on write
    // and pushes RSS past the 3.5 GiB limit. The maintainer's advice: a higher cgroup limit.
    id: 'twentyseventh-keydb-cache-primary-oomkilled',
    family: 'oom-steady',
    source: 'https://github.com/Snapchat/KeyDB/issues/207',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'keydb',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=keydb' },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 2,
        memoryLimit: '3584Mi',
        memoryRequest: '3584Mi',
        cpuLimit: '2',
        args: [
          'keydb-server',
          '/etc/keydb/keydb.conf',
          '--maxmemory',
          '3gb',
          '--maxmemory-policy',
          'allkeys-lru',
          '--save',
          '60 10000',
          '--server-threads',
          '2',
        ],
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'config', path: '/etc/keydb' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-keydb-cache-0' },
      { name: 'config', configMap: 'keydb-cache-conf' },
    ],
    events: [
      {
        reason: 'OOMKilling',
        message: 'Memory cgroup out of memory: Killed process 1 (keydb-server)',
        type: 'Warning',
        count: 2,
      },
    ],
    previousLog: log(
      '1:1:C 11 Feb 2026 07:31:02.118 # oO0OoO0OoO0Oo KeyDB is starting oO0OoO0OoO0Oo',
      '1:1:C 11 Feb 2026 07:31:02.118 # KeyDB version=6.3.4, bits=64, commit=7e7e5e46, modified=0, pid=1, just started',
      '1:1:C 11 Feb 2026 07:31:02.118 # Configuration loaded',
      '1:1:M 11 Feb 2026 07:31:02.121 * Running mode=standalone, port=6379.',
      '1:1:M 11 Feb 2026 07:31:02.121 # Server initialized',
      '1:1:M 11 Feb 2026 07:31:41.772 * DB loaded from disk: 39.651 seconds',
      '1:1:M 11 Feb 2026 07:31:41.772 * Ready to accept connections',
      times(
        6,
        (i) =>
          `1:1:M 11 Feb 2026 ${String(7 + Math.floor((46 + i * 15) / 60)).padStart(2, '0')}:${dd(46 + i * 15)}:41.${ms(i * 97)} * 10000 changes in 60 seconds. Saving...\n1:1:M 11 Feb 2026 ${String(7 + Math.floor((46 + i * 15) / 60)).padStart(2, '0')}:${dd(46 + i * 15)}:41.${ms(i * 97 + 3)} * Background saving started by pid ${210 + i}\n${210 + i}:${210 + i}:C 11 Feb 2026 ${String(7 + Math.floor((47 + i * 15) / 60)).padStart(2, '0')}:${dd(47 + i * 15)}:19.${ms(i * 41)} * DB saved on disk\n${210 + i}:${210 + i}:C 11 Feb 2026 ${String(7 + Math.floor((47 + i * 15) / 60)).padStart(2, '0')}:${dd(47 + i * 15)}:19.${ms(i * 41 + 1)} * RDB: ${300 + i * 41} MB of memory used by copy-on-write\n1:1:M 11 Feb 2026 ${String(7 + Math.floor((47 + i * 15) / 60)).padStart(2, '0')}:${dd(47 + i * 15)}:19.${ms(i * 41 + 90)} * Background saving terminated with success`,
      ),
      '1:1:M 11 Feb 2026 09:16:41.004 * 10000 changes in 60 seconds. Saving...',
      '1:1:M 11 Feb 2026 09:16:41.007 * Background saving started by pid 217',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the embedding model loads to ~920 MB and the first batch peaks just over 1 GiB, every
    // start, before any traffic grows; 1.2 GiB holds it. No leak, no input change.
    id: 'twentyseventh-hypercorn-embeddings-oomkilled',
    family: 'oom-steady',
    source: 'https://github.com/OpenShift-Fleet/rehor/pull/191',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'embeddings',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=embeddings',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['hypercorn', 'embed.app:app', '--bind', '0.0.0.0:8000', '--workers', '1'],
        env: {
          MODEL_NAME: 'sentence-transformers/all-MiniLM-L12-v2',
          MODEL_DIR: '/models',
          BATCH_SIZE: '32',
        },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'embedding-models' }],
    events: [
      {
        reason: 'OOMKilling',
        message: 'Memory cgroup out of memory: Killed process 7 (hypercorn)',
        type: 'Warning',
        count: 5,
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container embeddings in pod embeddings-5d9f7c6b8-l8m2p',
        count: 12,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:20:02 +0000] [1] [INFO] Running on http://0.0.0.0:8000 (CTRL + C to quit)',
      '2026-02-11 08:20:03,118 INFO embed.app: loading sentence-transformers/all-MiniLM-L12-v2 from /models (torch 2.4.1+cpu, threads=2)',
      '2026-02-11 08:20:09,902 INFO embed.app: model loaded in 6.78s, rss=918 MB',
      '2026-02-11 08:20:09,903 INFO embed.app: warm-up batch size=32',
      '2026-02-11 08:20:10,441 INFO embed.app: warm-up done, rss=987 MB',
      times(
        24,
        (i) =>
          `[2026-02-11 08:20:${dd(11 + i)} +0000] [7] [INFO] 10.42.2.${14 + (i % 9)}:${52000 + i} - - [11/Feb/2026:08:20:${dd(11 + i)} +0000] "POST /v1/embed 1.1" 200 ${48000 + i * 113} "-" "python-httpx/0.27.2"`,
      ),
      '2026-02-11 08:20:35,002 INFO embed.app: batch stats last 25s: requests=24 p50=212ms p99=388ms rss=1019 MB (limit 1024 MB)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts right (3)
  {
    // Right: after the failover 20 minutes ago the pool still holds connections to the demoted
    // primary; only new connections reach the new one. Restarting the pods renews the pool.
    id: 'twentyseventh-ktor-orders-writes-failing',
    family: 'stale-connections',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/1802',
    signal: 'Alert',
    containers: [
      {
        name: 'orders',
        running: {},
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JDBC_URL: 'jdbc:postgresql://orders-pg-rw.data.svc:5432/orders',
          HIKARI_MAX_LIFETIME_MS: '0',
          HIKARI_MAX_POOL: '12',
        },
      },
    ],
    node: healthyNode,
    events: [
      {
        reason: 'AlertFiring',
        message: 'OrdersWriteErrorsHigh: 100% of POST/PUT on orders failing for 18m on 4/4 pods (reads OK)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 08:02:44.118 [HikariPool-1 housekeeper] WARN  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m12s).',
      '2026-02-11 08:02:44.902 [eventLoopGroupProxy-4-1] INFO  Application - db primary changed: orders-pg-rw.data.svc now resolves to 10.42.8.17 (was 10.42.4.9)',
      times(90, (i) =>
        i % 3 === 0
          ? `2026-02-11 08:${dd(4 + Math.floor(i / 5))}:${dd(i * 11)}.${ms(i * 37)} [eventLoopGroupProxy-4-${1 + (i % 3)}] ERROR Application - 500 Internal Server Error: POST - /v1/orders: org.postgresql.util.PSQLException: ERROR: cannot execute INSERT in a read-only transaction`
          : `2026-02-11 08:${dd(4 + Math.floor(i / 5))}:${dd(i * 11)}.${ms(i * 37)} [eventLoopGroupProxy-4-${1 + (i % 3)}] INFO  Application - 200 OK: GET - /v1/orders/${660000 + i} in ${4 + (i % 9)}ms`,
      ),
      '2026-02-11 08:22:10.004 [eventLoopGroupProxy-4-2] INFO  Application - pool stats: total=12 active=3 idle=9 connectionsCreatedSinceStart=12 oldestConnectionAge=6h41m',
    ),
    accept: ['rollout-restart', 'restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // Right: the Netty acceptor is out of file descriptors after days of uptime and never recovers
    // on its own; the other replicas serve. Deleting this pod clears it (then find the leak).
    id: 'twentyseventh-micronaut-gateway-accept-failing',
    family: 'fd-exhaustion',
    source: 'https://github.com/netty/netty/issues/9419',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'edge-gateway',
        running: { startedAt: '2026-02-03T10:12:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { MICRONAUT_SERVER_PORT: '8080', UPSTREAM_POOL_MAX: '200' },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.3.55:8080/health/readiness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 44,
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `08:${dd(10 + Math.floor(i / 8))}:${dd(i * 7)}.${ms(i * 31)} [default-nioEventLoopGroup-1-${1 + (i % 6)}] INFO  c.e.gateway.ProxyFilter - ${['GET', 'POST'][i % 2]} /api/${['cart', 'search', 'profile'][i % 3]} -> 200 in ${8 + (i % 30)}ms`,
      ),
      '08:15:02.118 [default-nioEventLoopGroup-1-1] WARN  i.n.channel.DefaultChannelPipeline - An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception.',
      'java.io.IOException: Too many open files',
      '\tat java.base/sun.nio.ch.Net.accept(Native Method)',
      '\tat java.base/sun.nio.ch.ServerSocketChannelImpl.implAccept(ServerSocketChannelImpl.java:433)',
      '\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:399)',
      '\tat io.netty.util.internal.SocketUtils$5.run(SocketUtils.java:119)',
      '\tat io.netty.util.internal.SocketUtils.accept(SocketUtils.java:116)',
      '\tat io.netty.channel.socket.nio.NioServerSocketChannel.doReadMessages(NioServerSocketChannel.java:154)',
      '\tat io.netty.channel.nio.AbstractNioMessageChannel$NioMessageUnsafe.read(AbstractNioMessageChannel.java:79)',
      '\tat io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:788)',
      '\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:569)',
      times(
        30,
        (i) =>
          `08:${dd(15 + Math.floor(i / 6))}:${dd(3 + i * 10)}.${ms(i * 17)} [default-nioEventLoopGroup-1-1] WARN  i.n.channel.DefaultChannelPipeline - An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception. java.io.IOException: Too many open files`,
      ),
      '08:20:00.004 [scheduled-executor-thread-2] INFO  c.e.gateway.ProcessStats - open fds=65536/65536 uptime=7d22h established=1204 close_wait=63811',
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // Right: the replica tablet's pool locked up in PoolFull and never recovers; the maintainers'
    // thread says the same: only a restart of the tablet pod brings it back. A rolling restart of
    // every tablet would also bounce the primaries.
    id: 'twentyseventh-vttablet-replica-unhealthy',
    family: 'wedged',
    source: 'https://github.com/vitessio/vitess/issues/15745',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'vttablet',
        running: { startedAt: '2026-02-02T04:10:00Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: [
          '--tablet-path=zone1-0000000302',
          '--init_tablet_type=replica',
          '--queryserver-config-pool-size=32',
          '--queryserver-config-transaction-cap=64',
        ],
      },
      { name: 'mysqld', running: {}, ready: true, memoryLimit: '8Gi' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        type: 'Warning',
        count: 71,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `I0211 08:${dd(1 + Math.floor(i / 6))}:${dd(i * 10)}.${ms(i * 71)}118       1 tabletserver.go:${1500 + (i % 3)}] Stream Health: serving=true replication_lag_seconds=${i % 2}`,
      ),
      'E0211 08:06:12.441018       1 throttled.go:61] PoolFull: skipped 60 log messages',
      times(40, (i) =>
        i % 4 === 0
          ? `E0211 08:${dd(7 + Math.floor(i / 5))}:${dd(i * 12)}.${ms(i * 13)}902       1 throttled.go:61] PoolFull: skipped ${58 + (i % 7)} log messages`
          : `W0211 08:${dd(7 + Math.floor(i / 5))}:${dd(i * 12)}.${ms(i * 13)}311       1 state_manager.go:${700 + (i % 4)}] tablet unhealthy: connection pool full for ${i * 12}s; query serving stopped (pool in_use=32 waiters=${900 + i * 31})`,
      ),
      'I0211 08:15:00.001177       1 tabletserver.go:1510] Stream Health: serving=false replication_lag_seconds=1 health_error="vttablet error: connection pool full"',
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },

  // ---------------------------------------------------------------- scale-up right (3)
  {
    // Right: a campaign doubled traffic; every thread is busy, requests are fast and the database is
    // idle. One more replica adds capacity.
    id: 'twentyseventh-puma-storefront-saturated',
    family: 'load',
    source: 'https://github.com/yob/puma-plugin-statsd/issues/27',
    signal: 'Alert',
    containers: [
      {
        name: 'web',
        running: {},
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        args: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
        env: { WEB_CONCURRENCY: '2', RAILS_MAX_THREADS: '5', DATABASE_POOL: '5' },
      },
    ],
    rollout: { minutesAgo: 240, addedEnv: { FEATURE_GIFT_CARDS: 'true' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PumaPoolCapacityExhausted: puma.pool_capacity 0 on 6/6 pods for 12m, request queue time p95 1.9s; requests/s 2.1x last week; CPU 94% of limit; db CPU 22%, pool waits 0 (Deployment has no autoscaler)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        140,
        (i) =>
          `I, [2026-02-11T08:${dd(10 + Math.floor(i / 12))}:${dd(i * 5)}.${ms(i * 23)}000 #${12 + (i % 2)}]  INFO -- : [${(0x5a00 + i).toString(16)}-req] Completed 200 OK in ${60 + ((i * 17) % 140)}ms (Views: ${30 + (i % 60)}.1ms | ActiveRecord: ${4 + (i % 11)}.7ms | Allocations: ${14000 + i * 11})`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // Right: the mailer queue grows because inserts doubled; every job succeeds in ~0.4 s and the
    // database pool has room. More workers drain it.
    id: 'twentyseventh-oban-mailer-queue-backlog',
    family: 'load',
    source: 'https://github.com/oban-bg/oban/issues/233',
    signal: 'Alert',
    containers: [
      {
        name: 'worker',
        running: {},
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { OBAN_QUEUES: 'mailers:20,default:10', POOL_SIZE: '40', RELEASE_NODE: 'shop_worker' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ObanQueueBacklog: queue mailers available=48213 (growing 900/min) for 20m; job error rate 0.1%; inserts/min 3.4x yesterday (Black Friday mailing)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        150,
        (i) =>
          `08:${dd(10 + Math.floor(i / 15))}:${dd(i * 4)}.${ms(i * 29)} [info] {"args":{"order_id":${930000 + i}},"attempt":1,"duration":${380000 + ((i * 7919) % 90000)},"event":"job:stop","id":${7700000 + i},"max_attempts":20,"meta":{},"queue":"mailers","queue_time":${(1100 + i * 9) * 1000000},"source":"oban","state":"success","tags":["receipt"],"worker":"Shop.Workers.SendReceipt"}`,
      ),
      '08:20:00.001 [info] pool stats: Shop.Repo size=40 busy=21 queued=0',
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // Right: CPU-bound quote pricing at the CPU limit; every request succeeds, latency rises with
    // the request rate, dependencies are fast.
    id: 'twentyseventh-actix-quotes-latency-high',
    family: 'load',
    source: 'https://docs.rs/actix-web/latest/actix_web/middleware/struct.Logger.html',
    signal: 'Alert',
    containers: [
      {
        name: 'quotes',
        running: {},
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        env: { RUST_LOG: 'info,actix_web=info', ACTIX_WORKERS: '2' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'QuotesLatencyHigh: p95 840ms (SLO 250ms) for 15m; rps 3.2x baseline; container CPU throttled 61%; upstream pricing-db p95 3ms',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11T06:00:01Z INFO  actix_server::builder] starting 2 workers',
      '[2026-02-11T06:00:01Z INFO  actix_server::server] Actix runtime found; starting in Actix runtime',
      times(
        160,
        (i) =>
          `[2026-02-11T08:${dd(10 + Math.floor(i / 16))}:${dd(i * 4)}Z INFO  actix_web::middleware::logger] 10.42.${i % 6}.${30 + (i % 70)} "POST /v1/quotes HTTP/1.1" 200 ${600 + (i % 90)} "-" "okhttp/4.12.0" ${(0.12 + ((i * 37) % 80) / 100).toFixed(6)}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flush right (2)
  {
    // Right: the Valkey is a pure page cache (every miss is rebuilt from the API) but was set up
    // with noeviction; it is full and rejects every SET. Flushing it costs a few cold requests.
    id: 'twentyseventh-tornado-pages-cache-writes-failing',
    family: 'cache-full',
    source: 'https://github.com/redis/redis/issues/2746',
    signal: 'Alert',
    containers: [
      {
        name: 'pages',
        running: {},
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          PAGE_CACHE_URL: 'redis://valkey-pages.cache.svc:6379/0',
          PAGE_CACHE_MODE: 'read-through',
          PAGE_CACHE_TTL: '0',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PageCacheWriteErrors: 100% of cache SETs failing on pages for 25m; hit ratio 41% and falling; content-api load 2.4x',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(100, (i) =>
        i % 4 === 0
          ? `[W 260211 08:${dd(10 + Math.floor(i / 8))}:${dd(i * 7)} cache:88] page cache set failed key=page:v7:${['home', 'category/tents', 'product/48113', 'search?q=boots'][i % 4]}:${i}: OOM command not allowed when used memory > 'maxmemory'.`
          : `[I 260211 08:${dd(10 + Math.floor(i / 8))}:${dd(i * 7)} web:2348] 200 GET /${['', 'category/tents', 'product/48113', 'search?q=boots'][i % 4]} (10.42.0.1) ${(40 + ((i * 23) % 400)).toFixed(2)}ms`,
      ),
      '[I 260211 08:23:00 cache:41] page cache info (misses are rendered from content-api): used_memory_human=2.00G maxmemory_human=2.00G maxmemory_policy=noeviction db0:keys=1904410,expires=0 evicted_keys=0',
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // Right: KeyDB here only caches rendered price lists (no TTL was set); it is full and every write
    // fails. Lettuce reports the server's OOM error. Flushing it is safe.
    id: 'twentyseventh-ktor-pricelist-cache-errors',
    family: 'cache-full',
    source: 'https://github.com/Snapchat/KeyDB/issues/230',
    signal: 'Alert',
    containers: [
      {
        name: 'pricelist',
        running: {},
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          CACHE_URI: 'redis://keydb-pricelist.cache.svc:6379/2',
          CACHE_KIND: 'read-through',
          CACHE_TTL_SECONDS: '0',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'PricelistCacheErrors: 420 errors/s from cache writes on pricelist for 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(80, (i) =>
        i % 3 === 0
          ? `2026-02-11 08:${dd(12 + Math.floor(i / 8))}:${dd(i * 7)}.${ms(i * 41)} [lettuce-nioEventLoop-4-${1 + (i % 2)}] WARN  c.e.pricelist.CacheLayer - cache put failed for pricelist:${['eu', 'us', 'apac'][i % 3]}:${3100 + i}, serving from source: io.lettuce.core.RedisCommandExecutionException: OOM command not allowed when used memory > 'maxmemory'.`
          : `2026-02-11 08:${dd(12 + Math.floor(i / 8))}:${dd(i * 7)}.${ms(i * 41)} [eventLoopGroupProxy-4-${1 + (i % 3)}] INFO  Application - 200 OK: GET - /v1/pricelists/${['eu', 'us', 'apac'][i % 3]}/${3100 + i} in ${30 + (i % 70)}ms`,
      ),
      '2026-02-11 08:22:01.002 [DefaultDispatcher-worker-2] INFO  c.e.pricelist.CacheLayer - cache stats: hits=0.38 misses=0.62 keyspace db2 keys=6210443 expires=0; maxmemory=1gb policy=noeviction',
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- node action right (3)
  {
    // Right: the node's CNI never initialised after the kubelet restarted; no pod on it can get a
    // network. Draining moves the Envoy pod to a working node.
    id: 'twentyseventh-contour-envoy-stuck-creating',
    family: 'node-network',
    source: 'https://github.com/bottlerocket-os/bottlerocket/issues/3076',
    signal: 'NodeNotReady',
    phase: 'Pending',
    containers: [
      { name: 'envoy', waiting: { reason: 'ContainerCreating' }, memoryLimit: '512Mi', cpuLimit: '1' },
      { name: 'shutdown-manager', waiting: { reason: 'ContainerCreating' }, memoryLimit: '64Mi' },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message:
        'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned projectcontour/envoy-7qk2m to ip-10-20-41-118.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'NetworkNotReady',
        message:
          'network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
        type: 'Warning',
        count: 118,
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },
  {
    // Right: the node's image filesystem is full and image GC frees nothing; the evicted pod used
    // 48 KiB. The node is the problem.
    id: 'twentyseventh-kuma-sidecar-pod-evicted',
    family: 'node-disk',
    source: 'https://github.com/kubernetes/kubernetes/issues/71869',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'recommendations',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: { KUMA_DATAPLANE_MESH: 'default' },
      },
      { name: 'kuma-sidecar', terminated: { reason: 'Error', exitCode: 137 }, memoryLimit: '256Mi' },
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
          'The node was low on resource: ephemeral-storage. Threshold quantity: 10737418240, available: 6291456Ki. Container recommendations was using 48Ki, request is 0, has larger consumption of ephemeral-storage.',
        type: 'Warning',
      },
      {
        reason: 'FreeDiskSpaceFailed',
        message:
          'Failed to garbage collect required amount of images. Attempted to free 21474836480 bytes, but only found 0 bytes eligible to free.',
        type: 'Warning',
        count: 23,
      },
      { reason: 'Killing', message: 'Stopping container recommendations', type: 'Normal' },
    ],
    previousLog: log(chatter('json', 40)),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },
  {
    // Right: the kubelet stopped posting status 9 minutes ago; the node is unreachable and its pods
    // are lost to it. Replacing the node (or draining it) gets the Emissary pod back.
    id: 'twentyseventh-emissary-ingress-pod-unreachable',
    family: 'node-down',
    source: 'https://github.com/kubernetes/kubernetes/issues/83038',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'ambassador',
        running: { startedAt: '2026-02-09T12:01:44Z' },
        ready: false,
        memoryLimit: '1Gi',
        cpuLimit: '1',
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
        message: 'Marking for deletion Pod emissary/emissary-ingress-5d8f9c7b6-r2x9w',
        type: 'Normal',
      },
    ],
    accept: ['replace-node', 'cordon-drain-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- rollback right (4)
  {
    // Right: the new revision upgraded axum to 0.8 and kept the 0.7 route syntax; it panics before
    // serving. The previous tag runs.
    id: 'twentyseventh-axum-inventory-crashloop-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/SeaQL/sea-orm/issues/2497',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('inventory', 101, 6),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          RUST_LOG: 'info,tower_http=info',
          DATABASE_URL: 'postgres://inventory@inventory-pg.data.svc/inventory',
        },
      },
    ],
    rollout: { minutesAgo: 7, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container inventory in pod inventory-7c9d8f6b5-n4q8z',
        count: 13,
      },
    ],
    previousLog: log(
      '+ /usr/local/bin/wait-for inventory-pg.data.svc:5432 --timeout=30',
      'wait-for: inventory-pg.data.svc:5432 is available after 0 seconds',
      '+ exec /usr/local/bin/inventory',
      '2026-02-11T08:31:02.114209Z  INFO inventory: starting inventory 2.3.1 (axum 0.8.1, tokio 1.43.0)',
      '2026-02-11T08:31:02.118774Z  INFO sqlx::postgres::notice: relation "_sqlx_migrations" already exists, skipping',
      times(
        14,
        (i) =>
          `2026-02-11T08:31:02.${String(119000 + i * 731).padStart(6, '0')}Z  INFO inventory::migrate: migration up to date version=${20250101000000 + i * 1000000} name=${['create_items', 'add_sku_index', 'create_reservations', 'add_warehouse', 'stock_levels', 'reservation_ttl', 'items_soft_delete'][i % 7]}`,
      ),
      '2026-02-11T08:31:02.129934Z  INFO inventory::config: listen=0.0.0.0:8080 reservations.ttl=15m stock.sync_interval=30s',
      '2026-02-11T08:31:02.131052Z  INFO inventory::db: database pool ready max_connections=10',
      '',
      "thread 'main' panicked at src/routes.rs:41:10:",
      'Path segments must not start with `:`. For capture groups, use `{capture}`. If you meant to literally match a segment starting with a colon, call `without_v07_checks` on the router.',
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the new build imports a name Bun's built-in undici does not export; the module fails
    // to load on every start.
    id: 'twentyseventh-bun-webhooks-crashloop-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/earendil-works/pi/issues/4657',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('webhooks', 1, 5),
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        args: ['bun', 'run', 'dist/index.js'],
      },
      { name: 'kuma-sidecar', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    rollout: { minutesAgo: 11, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container webhooks in pod webhooks-5b7c9d8f4-j6k2w',
        count: 10,
      },
    ],
    previousLog: log(
      'entrypoint: waiting for webhooks-pg.data.svc:5432',
      'entrypoint: webhooks-pg.data.svc:5432 is up',
      'entrypoint: node_modules present (1123 packages, bun.lock 5c1e9a2)',
      'entrypoint: running migrations',
      '$ bunx drizzle-kit migrate',
      'drizzle-kit: v0.30.4',
      'drizzle-orm: v0.39.3',
      '',
      "No config path provided, using default 'drizzle.config.ts'",
      "Reading config file '/app/drizzle.config.ts'",
      '[✓] migrations applied successfully!',
      'entrypoint: starting webhooks 2.3.1',
      '$ bun run dist/index.js',
      '1 | })',
      '2 | {',
      '    ^',
      "SyntaxError: Export named 'install' not found in module 'undici'.",
      '      at loadAndEvaluateModule (2:1)',
      '',
      'Bun v1.3.10 (Linux x64 baseline)',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the new revision requires a config key the old one never read, and nothing sets it; the
    // server does not start. Roll back, then add the key.
    id: 'twentyseventh-helidon-refunds-crashloop-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/hiero-ledger/hiero-block-node/issues/98',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('refunds', 1, 7),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70', APP_PAYMENTS_PROVIDER: 'adyen' },
        mounts: [{ volume: 'app-config', path: '/app/config' }],
      },
    ],
    volumes: [{ name: 'app-config', configMap: 'refunds-config' }],
    rollout: { minutesAgo: 16, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container refunds in pod refunds-6f8c7d9b5-c3v7n',
        count: 15,
      },
    ],
    previousLog: log(
      times(
        14,
        (i) =>
          `2026.02.11 08:27:39 FINE io.helidon.config.ConfigSources Thread[#1,main,5,main]: loaded key ${['app.payments.provider', 'app.payments.adyen.merchant', 'app.payments.adyen.endpoint', 'app.refunds.max-amount', 'app.refunds.approval-threshold', 'server.port', 'server.host', 'db.url', 'db.pool.max', 'metrics.enabled', 'health.enabled', 'app.payments.timeout', 'app.payments.retries', 'app.audit.topic'][i]} from ${i < 5 || i > 10 ? '/app/config/application.yaml' : 'environment variables'}`,
      ),
      '2026.02.11 08:27:40 INFO io.helidon.common.features.HelidonFeatures Thread[#1,main,5,main]: Helidon SE 4.1.4 features: [Config, Health, Metrics, WebServer]',
      '2026.02.11 08:27:40 INFO com.example.refunds.Main Thread[#1,main,5,main]: refunds 2.3.1 starting, config sources: [/app/config/application.yaml, environment variables]',
      'Exception in thread "main" io.helidon.config.MissingValueException: Requested value for configuration key \'app.payments.webhook-hmac-key\' is not present in the configuration.',
      '\tat io.helidon.config@4.1.4/io.helidon.config.MissingValueException.create(MissingValueException.java:44)',
      '\tat io.helidon.config@4.1.4/io.helidon.config.ConfigValue.lambda$get$0(ConfigValue.java:93)',
      '\tat java.base/java.util.Optional.orElseThrow(Optional.java:403)',
      '\tat io.helidon.config@4.1.4/io.helidon.config.ConfigValue.get(ConfigValue.java:93)',
      '\tat com.example.refunds/com.example.refunds.webhooks.WebhookVerifier.<init>(WebhookVerifier.java:29)',
      '\tat com.example.refunds/com.example.refunds.Main.main(Main.java:58)',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the new revision turned on Eureka registration, whose configuration bean needs the
    // embedded server in a context that has none; the context fails at start.
    id: 'twentyseventh-micronaut-loyalty-crashloop-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/micronaut-projects/micronaut-core/issues/4295',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('loyalty', 1, 6),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
      },
    ],
    rollout: {
      minutesAgo: 9,
      previousTag: '2.3.0',
      addedEnv: {
        EUREKA_CLIENT_REGISTRATION_ENABLED: 'true',
        EUREKA_CLIENT_DEFAULT_ZONE: 'http://eureka.platform.svc:8761',
      },
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container loyalty in pod loyalty-84d7c9f6b-p5t3x',
        count: 9,
      },
    ],
    previousLog: log(
      ' __  __ _                                  _   ',
      '|  \\/  (_) ___ _ __ ___  _ __   __ _ _   _| |_ ',
      "| |\\/| | |/ __| '__/ _ \\| '_ \\ / _` | | | | __|",
      '| |  | | | (__| | | (_) | | | | (_| | |_| | |_ ',
      '|_|  |_|_|\\___|_|  \\___/|_| |_|\\__,_|\\__,_|\\__|',
      times(
        12,
        (i) =>
          `08:33:0${Math.floor(i / 2)}.${ms(100 + i * 61)} [main] DEBUG i.m.k.c.KubernetesConfigurationClient - Reading ${i % 2 === 0 ? 'ConfigMap' : 'Secret'} [${['loyalty', 'loyalty-tiers', 'loyalty-db', 'platform-defaults', 'loyalty-feature-flags', 'loyalty-kafka'][Math.floor(i / 2)]}] from namespace [loyalty]`,
      ),
      '08:33:10.118 [main] INFO  i.m.d.c.c.DistributedPropertySourceLocator - Resolved 1 configuration sources from client: compositeConfigurationClient(Kubernetes)',
      '08:33:10.902 [main] ERROR io.micronaut.runtime.Micronaut - Error starting Micronaut server: Bean definition [io.micronaut.discovery.eureka.EurekaConfiguration] could not be loaded: Failed to inject value for parameter [embeddedServer] of class: io.micronaut.discovery.eureka.EurekaConfiguration$EurekaRegistrationConfiguration',
      '',
      "Message: No bean of type [io.micronaut.runtime.server.EmbeddedServer] exists. Make sure the bean is not disabled by bean requirements (enable trace logging for 'io.micronaut.context.condition' to check) and if the bean is enabled then ensure the class is declared a bean and annotation processing is enabled (for Java and Kotlin the 'micronaut-inject-java' dependency should be configured as an annotation processor).",
      'Path Taken: new EurekaConfiguration(EurekaConnectionPoolConfiguration eurekaConnectionPoolConfiguration,ApplicationConfiguration applicationConfiguration,[EurekaRegistrationConfiguration registrationConfiguration]) --> new EurekaRegistrationConfiguration([EmbeddedServer embeddedServer],ApplicationConfiguration applicationConfiguration,EurekaConfiguration.EurekaRegistrationConfiguration.InstanceConfiguration instanceConfiguration)',
      'io.micronaut.context.exceptions.BeanInstantiationException: Bean definition [io.micronaut.discovery.eureka.EurekaConfiguration] could not be loaded: Failed to inject value for parameter [embeddedServer] of class: io.micronaut.discovery.eureka.EurekaConfiguration$EurekaRegistrationConfiguration',
      '\tat io.micronaut.context.DefaultBeanContext.initializeContext(DefaultBeanContext.java:1955)',
      '\tat io.micronaut.context.DefaultApplicationContext.initializeContext(DefaultApplicationContext.java:249)',
      '\tat io.micronaut.context.DefaultBeanContext.readAllBeanDefinitionClasses(DefaultBeanContext.java:3326)',
      '\tat io.micronaut.context.DefaultBeanContext.start(DefaultBeanContext.java:345)',
      '\tat io.micronaut.runtime.Micronaut.start(Micronaut.java:75)',
      '\tat com.example.loyalty.Application.main(Application.java:9)',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
];
