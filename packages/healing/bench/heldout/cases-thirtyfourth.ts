import { chatter, type HeldOutCase, type HeldOutContainer, log } from './case.ts';

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** A container the kernel killed at its cgroup limit, now waiting out the kubelet's back-off. */
const oomLooping = (name: string, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container that exited on its own with `exitCode`, now waiting out the back-off. */
const exited = (name: string, exitCode: number, restarts: number): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${name}` },
  last: { reason: 'Error', exitCode },
  restarts,
});

const backOff = (container: string, pod: string, count: number) => ({
  reason: 'BackOff',
  message: `Back-off restarting failed container ${container} in pod ${pod}`,
  count,
});

/**
 * A thirty-fourth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: 40 memory incidents (kernel OOM kills, runtime heap errors,
 * evictions under node memory pressure, memory alerts), every one with its pod spec, where the
 * tempting first action is always "more memory". Half are right raises: a working set that grew with
 * legitimate data or load and sits steadily just above the limit, a limit copied from a smaller
 * service, a new feature that needs more, a heap sized as a share of the limit (MaxRAMPercentage,
 * .NET's 75 % default, Elasticsearch's auto heap, ClickHouse's ratio, GOMEMLIMIT from the limit, an
 * entrypoint's share for V8), a cache sized at the limit with no headroom, Redis's fork copy-on-write.
 * Half are wrong: leaks shown by rising usage reports, uptimes and restarts that keep coming (one after
 * a release, one after an image lost its jemalloc preload), runtime caps below the limit (-Xmx,
 * DENO_V8_FLAGS, GOMEMLIMIT, PHP memory_limit, DOTNET_GCHeapHardLimit, Redis maxmemory, a per-query
 * ClickHouse limit), a memory-backed volume, caches and worker counts sized from the host (nginx,
 * the PyTorch DataLoader, a Rust cache), Varnish's unbounded Transient storage, page cache behind a
 * usage alert, a pre-touched heap, a neighbour's node memory pressure and a Postgres backend killed
 * mid-query. Runtimes and servers: the JVM (G1, ZGC, Shenandoah), Node, Bun, Deno, Python (NumPy,
 * pandas, PyTorch CPU), Ruby (Puma with jemalloc and YJIT, Sidekiq), Go, Rust, .NET, PHP-FPM, Elixir,
 * Elasticsearch, ClickHouse, Redis, Memcached, Varnish, nginx, Envoy and Postgres. Each quotes the
 * wording of the public thread in `source`. Mix: 20 memory raises right (escalate tolerated), 20
 * wrong (18 escalations, 2 rollbacks of a release whose memory keeps climbing; a pod restart
 * tolerated in 2), restarts harmful in 2 (a healthy Elasticsearch node, Postgres in crash recovery),
 * no node action, scale-up or cache flush right anywhere (a flush would be harm in the 2 Redis cases).
 */
export const THIRTYFOURTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- memory raise right (20)
  {
    // Right: the heap is 75 % of the limit; the catalog grew by 45 % and the live set no longer fits.
    id: 'thirtyfourth-spring-catalog-heap-space',
    family: 'oom-heap-share',
    source: 'https://github.com/spotinst/spotinst-kubernetes-helm-charts/pull/54',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exited('catalog-api', 3, 5),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    rollout: { minutesAgo: 95, addedEnv: { LOGGING_LEVEL_ROOT: 'INFO' } },
    events: [backOff('catalog-api', 'catalog-api-7b9c6d5f4-r2kxw', 17)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
      '2026-02-11T08:10:02.114Z  INFO 1 --- [catalog-api] [           main] c.e.catalog.CatalogApplication           : Starting CatalogApplication v5.12.0 using Java 21.0.6 with PID 1',
      "2026-02-11T08:10:06.871Z  INFO 1 --- [catalog-api] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'",
      '2026-02-11T08:10:06.902Z  INFO 1 --- [catalog-api] [           main] c.e.catalog.snapshot.SnapshotLoader      : loading catalog snapshot 2026-02-11 (skus=2614388, previous snapshot 2026-01-11 skus=1807902)',
      times(
        30,
        (i) =>
          `2026-02-11T08:${dd(10 + Math.floor(i / 3))}:${dd(i * 19)}.${String(100 + i * 7).padStart(3, '0')}Z  INFO 1 --- [catalog-api] [nio-8080-exec-${(i % 8) + 1}] c.e.catalog.web.AccessLog                : GET /v2/skus/${880000 + i * 37} 200 ${4 + (i % 11)}ms`,
      ),
      '2026-02-11T08:21:40.512Z  INFO 1 --- [catalog-api] [   index-rebuild] c.e.catalog.index.SkuIndex               : index rebuilt in 48.2s: 2614388 skus, heap used after rebuild 1391 MiB of max 1536 MiB',
      times(
        20,
        (i) =>
          `2026-02-11T08:${dd(22 + Math.floor(i / 4))}:${dd(i * 13)}.${String(300 + i).padStart(3, '0')}Z  INFO 1 --- [catalog-api] [nio-8080-exec-${(i % 8) + 1}] c.e.catalog.web.AccessLog                : GET /v2/search?q=${['boots', 'lamp', 'desk', 'kettle'][i % 4]} 200 ${31 + (i % 40)}ms`,
      ),
      '2026-02-11T08:27:02.118Z  WARN 1 --- [catalog-api] [   index-rebuild] c.e.catalog.index.SkuIndex               : delta merge: 41822 price updates queued',
      '2026-02-11T08:27:09.904Z ERROR 1 --- [catalog-api] [   index-rebuild] c.e.catalog.index.SkuIndex               : index delta merge failed',
      '',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.HashMap.resize(HashMap.java:710)',
      '\tat java.base/java.util.HashMap.putVal(HashMap.java:635)',
      '\tat com.example.catalog.index.SkuIndex.mergeDelta(SkuIndex.java:214)',
      '\tat com.example.catalog.index.SkuIndex.lambda$scheduleRebuild$3(SkuIndex.java:131)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: Shenandoah's heap is 70 % of the limit; new regional price books raised the live set.
    id: 'thirtyfourth-shenandoah-pricing-full-gc-oom',
    family: 'oom-heap-share',
    source: 'https://github.com/openjdk/jdk/pull/19912',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exited('pricing-engine', 3, 4),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          JAVA_TOOL_OPTIONS:
            '-XX:+UseShenandoahGC -XX:MaxRAMPercentage=70 -Xlog:gc:stdout -XX:+ExitOnOutOfMemoryError',
        },
      },
    ],
    events: [backOff('pricing-engine', 'pricing-engine-5d8f9b7c6-9qwtz', 12)],
    previousLog: log(
      '[0.011s][info][gc] Using Shenandoah',
      '[0.044s][info][gc] Heap Region Size: 2M',
      '[0.045s][info][gc] Heap Min Capacity: 8M, Initial Capacity: 48M, Max Capacity: 2150M',
      '2026-02-11 08:12:04.331 INFO  [main] pricing.Boot - loading price books from s3://pricing-books/prod/',
      '2026-02-11 08:12:31.902 INFO  [main] pricing.Boot - loaded 61 price books (47 last month; 14 new EMEA regional books), 38.4M price points',
      times(
        40,
        (i) =>
          `[${(900 + i * 41.7).toFixed(3)}s][info][gc] GC(${300 + i}) ${i % 2 ? `Concurrent marking ${1890 + (i % 7) * 9}M->${1902 + (i % 7) * 9}M(2150M) ${(88 + (i % 9) * 4.1).toFixed(3)}ms` : `Pause Init Mark ${(0.2 + (i % 5) * 0.03).toFixed(3)}ms`}`,
      ),
      times(
        12,
        (i) =>
          `2026-02-11 08:${dd(30 + i)}:${dd(i * 17)}.${String(200 + i).padStart(3, '0')} INFO  [quote-${i % 6}] pricing.QuoteService - quote batch size=${500 + i * 20} took ${180 + i * 3}ms`,
      ),
      '[2712.118s][info][gc] Trigger: Free (41M) is below minimum threshold (107M)',
      '[2712.120s][info][gc] Cancelling GC: Allocation Failure',
      '[2712.731s][info][gc] GC(355) Pause Degenerated GC (Mark) 2131M->2094M(2150M) 611.504ms',
      '[2714.552s][info][gc] GC(356) Pause Full 2146M->2003M(2150M) 1804.221ms',
      '[2716.309s][info][gc] GC(357) Pause Full 2149M->2011M(2150M) 1751.008ms',
      '2026-02-11 08:57:21.774 ERROR [quote-3] pricing.QuoteService - quote batch failed',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat pricing.book.PricePointIndex.expand(PricePointIndex.java:188)',
      '\tat pricing.QuoteService.quote(QuoteService.java:97)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: -Xmx3g plus ZGC and RocksDB state stores in 3.5 GiB leaves no room; more stores landed here.
    id: 'thirtyfourth-zgc-streams-enricher-oomkilled',
    family: 'oom-no-headroom',
    source: 'https://github.com/apecloud/kubeblocks-addons/issues/2822',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('enricher', 4, '2m40s'),
        memoryLimit: '3584Mi',
        memoryRequest: '3584Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:+UseZGC -XX:+ZGenerational -Xmx3g -Xlog:gc:stdout',
          KAFKA_BOOTSTRAP_SERVERS: 'kafka-0.kafka:9092,kafka-1.kafka:9092',
        },
        mounts: [{ volume: 'state', path: '/var/lib/kafka-streams' }],
      },
    ],
    volumes: [{ name: 'state', persistentVolumeClaim: 'state-enricher-2' }],
    node: {
      ready: 'True',
      conditions: [{ type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' }],
    },
    events: [backOff('enricher', 'enricher-2', 9)],
    previousLog: log(
      '[0.012s][info][gc] Using The Z Garbage Collector',
      '2026-02-11 08:14:02,118 INFO  [enricher-StreamThread-1] o.a.k.s.p.i.StreamThread - stream-thread [enricher-StreamThread-1] State transition from STARTING to PARTITIONS_ASSIGNED',
      '2026-02-11 08:14:02,402 INFO  [enricher-StreamThread-1] o.a.k.s.p.i.TaskManager - Handle new assignment with: New active tasks: [0_3, 0_7, 0_11, 0_15, 0_19, 0_23, 0_27, 0_31, 0_35, 0_39, 0_43, 0_47] (previous assignment: 8 active tasks; group shrank from 6 to 4 members after the spot reclaim)',
      times(
        12,
        (i) =>
          `2026-02-11 08:14:${dd(5 + i * 3)},${String(100 + i * 31).padStart(3, '0')} INFO  [enricher-StreamThread-${(i % 2) + 1}] o.a.k.s.p.i.StoreChangelogReader - Finished restoring changelog enricher-profile-store-changelog-${[3, 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47][i]} to store profile-store with a total number of ${410000 + i * 1377} records`,
      ),
      times(
        30,
        (i) =>
          `[${(120 + i * 13.4).toFixed(3)}s][info][gc] GC(${40 + i}) ${i % 3 ? 'Minor' : 'Major'} Collection (Allocation Rate) ${2210 + (i % 6) * 30}M(${72 + (i % 6)}%)->${1180 + (i % 5) * 12}M(${38 + (i % 5)}%) ${(0.04 + (i % 4) * 0.02).toFixed(3)}s`,
      ),
      '2026-02-11 08:21:44,002 INFO  [enricher-StreamThread-2] o.a.k.s.s.i.RocksDBStore - profile-store: block cache 12 stores x 64 MiB, memtables 12 x 3 x 16 MiB',
      '2026-02-11 08:21:59,117 INFO  [enricher-StreamThread-1] o.a.k.s.p.i.StreamThread - stream-thread [enricher-StreamThread-1] Processed 812004 total records, ran 4112 punctuators, and committed 96 total tasks since the last update',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the entrypoint gives V8 75 % of the cgroup limit; the supergraph nearly doubled.
    id: 'thirtyfourth-node-gateway-heap-out-of-memory',
    family: 'oom-heap-share',
    source: 'https://github.com/lies-exposed/lies.exposed/pull/3817',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exited('graphql-gateway', 134, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '1500m',
        args: ['/docker-entrypoint.sh', 'node', 'dist/gateway.js'],
        env: {
          NODE_ENV: 'production',
          HEAP_SHARE_PERCENT: '75',
          SUPERGRAPH_URL: 'http://schema-registry/supergraph',
        },
      },
    ],
    events: [backOff('graphql-gateway', 'graphql-gateway-6f4c8d9b7-lx2mh', 20)],
    previousLog: log(
      'entrypoint: cgroup memory.max=2147483648, starting node with --max-old-space-size=1536 (75%)',
      '{"level":30,"time":1770797401118,"pid":1,"msg":"fetching supergraph","url":"http://schema-registry/supergraph"}',
      '{"level":30,"time":1770797403904,"pid":1,"msg":"supergraph loaded","subgraphs":184,"schemaBytes":43829112,"previousSubgraphs":97}',
      '{"level":30,"time":1770797409331,"pid":1,"msg":"query planner cache warmed","entries":52110}',
      times(
        45,
        (i) =>
          `{"level":30,"time":${1770797410000 + i * 7919},"pid":1,"req":{"method":"POST","url":"/graphql"},"operation":"${['ProductPage', 'Cart', 'Checkout', 'Search', 'Account'][i % 5]}","status":200,"ms":${40 + ((i * 37) % 120)},"heapUsedMb":${1298 + (i % 9) * 14}}`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x5d1c0e0]   371204 ms: Mark-Compact 1521.8 (1538.4) -> 1509.7 (1540.9) MB, 1190.32 / 0.00 ms  (average mu = 0.164, current mu = 0.038) allocation failure; scavenge might not succeed',
      '[1:0x5d1c0e0]   372611 ms: Mark-Compact 1525.0 (1541.0) -> 1512.2 (1542.6) MB, 1302.55 / 0.00 ms  (average mu = 0.101, current mu = 0.074) allocation failure; scavenge might not succeed',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb86ecf node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xef74d0 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xef77b7 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the release turned on PDF export, which needs more than the 256 MiB Bun had.
    id: 'thirtyfourth-bun-invoices-oomkilled',
    family: 'oom-new-feature',
    source: 'https://github.com/oven-sh/bun/issues/14179',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('invoices', 3, '1m20s'),
        memoryLimit: '256Mi',
        memoryRequest: '192Mi',
        cpuLimit: '500m',
        args: ['bun', 'run', 'src/server.ts'],
      },
    ],
    rollout: { minutesAgo: 38, previousTag: '2.3.0', addedEnv: { PDF_EXPORT_ENABLED: 'true' } },
    events: [backOff('invoices', 'invoices-84d7c9f6b-tq8zn', 6)],
    previousLog: log(
      '{"level":"info","ts":"2026-02-11T08:20:01.114Z","msg":"invoices 2.3.1 starting","bun":"1.2.4"}',
      '{"level":"info","ts":"2026-02-11T08:20:01.220Z","msg":"pdf export enabled","fonts":["Inter","Noto Sans","Noto Sans CJK"],"fontCacheMb":84}',
      '{"level":"info","ts":"2026-02-11T08:20:01.231Z","msg":"Started server http://0.0.0.0:3000"}',
      times(
        50,
        (i) =>
          `{"level":"info","ts":"2026-02-11T08:${dd(20 + Math.floor(i / 6))}:${dd(3 + i * 9)}.${String(100 + i * 13).padStart(3, '0')}Z","msg":"request","method":"${i % 3 ? 'GET' : 'POST'}","path":"${i % 3 ? `/invoices/${20000 + i}` : `/invoices/${20000 + i}/pdf`}","status":200,"ms":${i % 3 ? 12 + (i % 7) : 640 + (i % 9) * 35},"rssMb":${201 + (i % 8) * 6}}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: the Deno rewrite kept the 128 MiB the Go redirector it replaced needed; it settles above.
    id: 'thirtyfourth-deno-redirector-warmup-killed',
    family: 'oom-limit-too-small',
    source: 'https://github.com/denoland/deno/issues/11171',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('redirector', 7),
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '250m',
        args: ['deno', 'run', '--allow-net', '--allow-env', '--allow-read', 'main.ts'],
        env: { REDIRECT_RULES: '/etc/redirector/rules.json' },
        mounts: [{ volume: 'rules', path: '/etc/redirector' }],
      },
    ],
    volumes: [{ name: 'rules', configMap: 'redirector-rules' }],
    events: [backOff('redirector', 'redirector-5b7d9c8f6-m4jqp', 24)],
    previousLog: log(
      'Listening on http://0.0.0.0:8000/',
      '[redirector] loading rules from /etc/redirector/rules.json',
      '[redirector] compiled 41208 rules (URLPattern) in 2411ms',
      times(40, (i) =>
        i % 5 === 4
          ? `[redirector] memoryUsage ${JSON.stringify({ rss: 118000000 + i * 310000, heapTotal: 84000000 + i * 120000, heapUsed: 79100000 + i * 110000, external: 3100000 })}`
          : `[redirector] 301 /${['old-blog', 'docs/v1', 'promo', 'help'][i % 4]}/${300 + i} -> /${['blog', 'docs', 'offers', 'support'][i % 4]}/${300 + i} ${1 + (i % 3)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the month-end acquirer file is three times a normal day; the merge is just above the limit.
    id: 'thirtyfourth-pandas-settlement-merge-killed',
    family: 'oom-data-growth',
    source: 'https://github.com/pandas-dev/pandas/issues/22480',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('recon-worker', 2, '40s'),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: ['python', '-m', 'recon.worker', '--queue', 'settlement'],
        env: { PYTHONUNBUFFERED: '1' },
      },
    ],
    rollout: { minutesAgo: 70, previousTag: '2.3.0' },
    events: [backOff('recon-worker', 'recon-worker-69b8f7d5c-h7kfr', 3)],
    previousLog: log(
      '2026-02-11 08:00:04,118 INFO recon.worker: consuming queue settlement (prefetch=1)',
      times(
        24,
        (i) =>
          `2026-02-11 08:0${Math.floor(i / 4)}:${dd(10 + i * 7)},${String(200 + i).padStart(3, '0')} INFO recon.job: job ${7696 + i} acquirer=${['adyen', 'worldpay', 'stripe'][i % 3]} day=2026-01-${String(1 + (i % 28)).padStart(2, '0')} rows=${(6100000 + (i % 10) * 91000).toLocaleString('en-US')} matched=99.9${i % 10}% rss=${(1.7 + (i % 4) * 0.1).toFixed(1)}GiB`,
      ),
      '2026-02-11 08:06:02,331 INFO recon.job: job 7720 acquirer=worldpay period=2026-01 (month-end close) rows=18,402,117',
      '2026-02-11 08:06:41,902 INFO recon.job: read 18402117 acquirer rows, 18377540 ledger rows; dtypes downcast (category for currency, int32 for cents)',
      '2026-02-11 08:07:12,455 INFO recon.job: merging on txn_id (how=outer, indicator=True)',
      '2026-02-11 08:07:44,009 INFO recon.job: rss=3.61GiB after merge; computing breaks',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the release swaps in a larger cross-encoder that needs more than 3 GiB to load.
    id: 'thirtyfourth-pytorch-reranker-killed-at-load',
    family: 'oom-new-feature',
    source: 'https://github.com/pytorch/serve/issues/1985',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('reranker', 4, '2m40s'),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: { OMP_NUM_THREADS: '4', TORCH_NUM_THREADS: '4', HF_HOME: '/models' },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'hf-models' }],
    rollout: {
      minutesAgo: 26,
      previousTag: '2.3.0',
      addedEnv: { RERANKER_MODEL: 'BAAI/bge-reranker-large' },
    },
    events: [backOff('reranker', 'reranker-7c5d8b9f4-xw2ld', 8)],
    previousLog: log(
      '2026-02-11 08:30:02,114 INFO ranker.serve: torch 2.5.1+cpu, threads=4, mkldnn=True',
      '2026-02-11 08:30:02,120 INFO ranker.serve: RERANKER_MODEL=BAAI/bge-reranker-large (previous default BAAI/bge-reranker-base)',
      '2026-02-11 08:30:02,331 INFO ranker.serve: loading cross-encoder from /models/hub/models--BAAI--bge-reranker-large (560M params, fp32 ~2.24 GB)',
      times(
        24,
        (i) =>
          `2026-02-11 08:30:${dd(3 + i)},${String(100 + i * 21).padStart(3, '0')} INFO ranker.load: shard tensor ${i + 1}/24 mapped, rss=${(0.62 + i * 0.104).toFixed(2)}GiB`,
      ),
      '2026-02-11 08:30:28,702 INFO ranker.serve: model loaded in 26.4s, warming up with 16 sample pairs',
      '2026-02-11 08:30:31,118 INFO ranker.serve: warmup batch 1/4 rss=3.02GiB',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: the embedding matrix grew with the catalog to just over what the copied 3 GiB holds.
    id: 'thirtyfourth-numpy-similar-items-killed-at-load',
    family: 'oom-data-growth',
    source: 'https://github.com/numpy/numpy/issues/17595',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('similar-items', 6),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '1',
        args: ['python', '-m', 'similar.serve'],
        env: { VECTORS_PATH: '/data/item_vectors.npy' },
        mounts: [{ volume: 'vectors', path: '/data' }],
      },
    ],
    volumes: [{ name: 'vectors', persistentVolumeClaim: 'item-vectors' }],
    events: [backOff('similar-items', 'similar-items-6d9f7c5b8-pk3vd', 19)],
    previousLog: log(
      '2026-02-11T08:40:01.118Z INFO similar.serve numpy=2.1.3 blas=openblas threads=1',
      '2026-02-11T08:40:01.204Z INFO similar.serve nightly export 2026-02-11: 2180412 items (yesterday 2171960, 30 days ago 1902113)',
      '2026-02-11T08:40:01.207Z INFO similar.serve loading /data/item_vectors.npy shape=(2180412, 384) dtype=float32 (3.12 GiB)',
      times(
        26,
        (i) =>
          `2026-02-11T08:40:${dd(2 + i)}.${String(300 + i * 11).padStart(3, '0')}Z DEBUG similar.load read chunk ${i + 1}/26 rss=${(0.14 + i * 0.121).toFixed(2)}GiB`,
      ),
      '2026-02-11T08:40:29.771Z INFO similar.serve normalising rows in place',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: two Puma workers need ~520 MiB steady; the 512 MiB came from the small admin app.
    id: 'thirtyfourth-puma-storefront-oomkilled',
    family: 'oom-limit-too-small',
    source: 'https://github.com/puma/puma/issues/2707',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('storefront', 8),
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
        env: {
          WEB_CONCURRENCY: '2',
          RAILS_MAX_THREADS: '5',
          RUBY_YJIT_ENABLE: '1',
          LD_PRELOAD: '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2',
          RAILS_ENV: 'production',
        },
      },
    ],
    events: [backOff('storefront', 'storefront-7f6b9d8c5-2nwrq', 21)],
    previousLog: log(
      '[1] Puma starting in cluster mode...',
      '[1] * Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
      '[1] *  Min threads: 5',
      '[1] *  Max threads: 5',
      '[1] *  Environment: production',
      '[1] *   Master PID: 1',
      '[1] *      Workers: 2',
      '[1] *     Restarts: (✔) hot (✖) phased',
      '[1] * Preloading application',
      '[1] * Listening on http://0.0.0.0:3000',
      '[1] Use Ctrl-C to stop',
      '[1] - Worker 0 (PID: 19) booted in 0.02s, phase: 0',
      '[1] - Worker 1 (PID: 23) booted in 0.02s, phase: 0',
      times(40, (i) =>
        i % 8 === 7
          ? `I, [2026-02-11T08:${dd(14 + Math.floor(i / 4))}:${dd(i * 11)}.${String(100 + i).padStart(6, '0')} #${i % 2 ? 23 : 19}]  INFO -- : [memstat] master_rss=108MB worker_rss=${203 + (i % 5) * 2}MB yjit_code=${11 + (i % 3)}MB`
          : `I, [2026-02-11T08:${dd(14 + Math.floor(i / 4))}:${dd(i * 11)}.${String(100 + i).padStart(6, '0')} #${i % 2 ? 23 : 19}]  INFO -- : [${(0x3a1f + i).toString(16)}] Completed 200 OK in ${28 + (i % 40)}ms (Views: ${12 + (i % 9)}ms | ActiveRecord: ${4 + (i % 7)}ms | Allocations: ${18000 + i * 130})`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: GOMEMLIMIT follows the limit (downward API); onboarded tenants grew the routing table.
    id: 'thirtyfourth-go-edge-router-oomkilled',
    family: 'oom-data-growth',
    source: 'https://github.com/flanksource/config-db/issues/2247',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('edge-router', 5, '2m40s'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { GOMEMLIMIT: '1717986918', GOMAXPROCS: '2', ROUTES_SOURCE: 'etcd://routes' },
      },
    ],
    events: [backOff('edge-router', 'edge-router-59c8d7f6b-zr4mt', 11)],
    previousLog: log(
      '{"time":"2026-02-11T08:10:00.114Z","level":"INFO","msg":"starting edge-router","version":"2.3.1","gomemlimit":"1.60GiB","gomaxprocs":2}',
      '{"time":"2026-02-11T08:10:04.902Z","level":"INFO","msg":"routing table built","tenants":11842,"routes":4211904,"prev_tenants":7903,"took":"4.6s"}',
      times(40, (i) =>
        i % 6 === 5
          ? `{"time":"2026-02-11T08:${dd(11 + Math.floor(i / 3))}:${dd(i * 23)}.000Z","level":"INFO","msg":"runtime","heap_inuse_mb":${1551 + (i % 4) * 9},"heap_live_after_gc_mb":${1502 + (i % 4) * 7},"gc_cpu_fraction":0.${11 + (i % 5)},"goroutines":${2900 + (i % 7) * 11}}`
          : `{"time":"2026-02-11T08:${dd(11 + Math.floor(i / 3))}:${dd(i * 23)}.000Z","level":"INFO","msg":"proxied","host":"t${1000 + i * 37}.shops.example","status":200,"upstream_ms":${9 + (i % 30)}}`,
      ),
      '{"time":"2026-02-11T08:24:31.118Z","level":"INFO","msg":"routing table delta applied","tenants":11861,"routes":4220118}',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the Rust service kept the 128 MiB of the template it was scaffolded from.
    id: 'thirtyfourth-rust-stock-levels-oomkilled',
    family: 'oom-limit-too-small',
    source: 'https://github.com/Azure-Samples/aks-store-demo/pull/64',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('stock-levels', 9),
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '500m',
        env: { RUST_LOG: 'info,stock_levels=debug', SNAPSHOT_URL: 'http://inventory/snapshot' },
      },
      { name: 'linkerd-proxy', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    events: [backOff('stock-levels', 'stock-levels-5c9f8d7b6-q8xkc', 30)],
    previousLog: log(
      '2026-02-11T08:40:00.101422Z  INFO stock_levels: starting stock-levels 2.3.1',
      '2026-02-11T08:40:00.102118Z  INFO stock_levels::snapshot: fetching http://inventory/snapshot',
      '2026-02-11T08:40:03.887310Z  INFO stock_levels::snapshot: loaded 1204332 sku levels across 38 warehouses (est. 118 MiB in memory)',
      '2026-02-11T08:40:03.890002Z  INFO stock_levels: listening on 0.0.0.0:8080',
      chatter('tracing', 40),
      '2026-02-11T08:41:02.331870Z DEBUG stock_levels::snapshot: delta applied: 2211 levels updated, resident 136 MiB',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: no heap setting, so .NET caps the GC heap at 75 % of the limit; more tenants, more reports.
    id: 'thirtyfourth-dotnet-report-warmer-out-of-memory',
    family: 'oom-heap-share',
    source: 'https://github.com/dotnet/runtime/issues/61076',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exited('report-warmer', 134, 5),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_gcServer: '0' },
      },
    ],
    events: [backOff('report-warmer', 'report-warmer-7b8d6c9f5-vn5hs', 14)],
    previousLog: log(
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Hosting environment: Production',
      'info: Reports.Warmer.CacheWarmer[0]',
      '      Warming report cache for 412 tenants (last month 288)',
      times(
        30,
        (i) =>
          `info: Reports.Warmer.CacheWarmer[0]\n      Tenant ${5100 + i * 13} warmed: ${40 + (i % 12)} report definitions, gc heap ${(590 + i * 4.6).toFixed(0)} MB after gen2`,
      ),
      "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      '   at System.Collections.Generic.List`1.set_Capacity(Int32 value)',
      '   at Reports.Warmer.ReportCache.Materialize(TenantId tenant, ReportDefinition definition) in /src/Reports.Warmer/ReportCache.cs:line 118',
      '   at Reports.Warmer.CacheWarmer.ExecuteAsync(CancellationToken stoppingToken) in /src/Reports.Warmer/CacheWarmer.cs:line 64',
      '   at Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the auto-sized heap is half the limit; the node now holds 612 shards and the breaker trips on real usage.
    id: 'thirtyfourth-elasticsearch-bulk-rejections-parent-breaker',
    family: 'oom-heap-share',
    source: 'https://github.com/openfoodfacts/openfoodfacts-infrastructure/issues/130',
    signal: 'Alert',
    containers: [
      {
        name: 'elasticsearch',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: { 'node.roles': 'data,ingest', 'cluster.name': 'logs-prod' },
        mounts: [{ volume: 'data', path: '/usr/share/elasticsearch/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-logs-es-data-1' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ElasticsearchBulkRejections: logs-es-data-1 rejected 18% of bulk requests over 15m (circuit_breaking_exception)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"@timestamp":"2026-02-09T06:02:11.118Z", "log.level": "INFO", "message":"heap size [4gb], compressed ordinary object pointers [true]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.env.NodeEnvironment","elasticsearch.node.name":"logs-es-data-1","elasticsearch.cluster.name":"logs-prod"}',
      times(
        30,
        (i) =>
          `{"@timestamp":"2026-02-11T08:${dd(10 + i)}:${dd(i * 7)}.${String(100 + i).padStart(3, '0')}Z", "log.level": "INFO", "message":"[gc][${40112 + i * 9}] overhead, spent [${(0.4 + (i % 5) * 0.15).toFixed(1)}s] collecting in the last [${(1 + (i % 3) * 0.2).toFixed(1)}s]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[logs-es-data-1][scheduler][T#1]","log.logger":"org.elasticsearch.monitor.jvm.JvmGcMonitorService","elasticsearch.node.name":"logs-es-data-1","elasticsearch.cluster.name":"logs-prod"}`,
      ),
      '{"@timestamp":"2026-02-11T08:40:02.331Z", "log.level": "INFO", "message":"node holds 612 shards (cluster 1840 shards; 31 daily indices added since the retention change to 90d)", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","log.logger":"co.example.es.ShardReport","elasticsearch.node.name":"logs-es-data-1","elasticsearch.cluster.name":"logs-prod"}',
      times(
        8,
        (i) =>
          `{"@timestamp":"2026-02-11T08:4${1 + i}:0${i}.512Z", "log.level": "WARN", "message":"path: /_bulk, params: {}, status: 429", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[logs-es-data-1][transport_worker][T#${(i % 4) + 1}]","log.logger":"rest.suppressed","elasticsearch.node.name":"logs-es-data-1","elasticsearch.cluster.name":"logs-prod","error.type":"org.elasticsearch.common.breaker.CircuitBreakingException","error.message":"[parent] Data too large, data for [indices:data/write/bulk[s]] would be [${4091000000 + i * 1200000}/${(3.81 + i * 0.001).toFixed(2)}gb], which is larger than the limit of [4080218931/3.79gb], real usage: [${4084000000 + i * 1100000}/3.80gb], new bytes reserved: [${7000000 + i * 100}/6.6mb], usages [fielddata=112004/109.3kb, request=0/0b, inflight_requests=7001234/6.6mb, model_inference=0/0b, eql_sequence=0/0b]"}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the server limit is 90 % of the cgroup's; merges of a grown table need a little more.
    id: 'thirtyfourth-clickhouse-merges-total-memory-limit',
    family: 'oom-heap-share',
    source: 'https://github.com/getsentry/snuba/pull/7425',
    signal: 'Alert',
    containers: [
      {
        name: 'clickhouse',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        mounts: [{ volume: 'data', path: '/var/lib/clickhouse' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-events-ch-0' }],
    rollout: { minutesAgo: 55, addedEnv: { CLICKHOUSE_LOG_LEVEL: 'information' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ClickHouseInsertErrors: events-ch-0 insert error rate 0.22 over 10m (MEMORY_LIMIT_EXCEEDED)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026.02.11 07:46:02.118044 [ 1 ] {} <Information> Application: Setting max_server_memory_usage was set to 7.20 GiB (8.00 GiB available * 0.90 max_server_memory_usage_to_ram_ratio)',
      '2026.02.11 07:46:02.402113 [ 1 ] {} <Information> Application: Ready for connections.',
      times(
        30,
        (i) =>
          `2026.02.11 08:${dd(10 + i)}:${dd(i * 13)}.${String(100000 + i * 3311).padStart(6, '0')} [ ${400 + (i % 9)} ] {} <Debug> MergeTask::MergeProjectionsStage: Merge sorted ${2100000 + i * 41177} rows, containing 41 columns (41 merged, 0 gathered) in ${(11 + (i % 6) * 1.7).toFixed(1)} sec., ${180000 + (i % 7) * 9000} rows/sec., ${(96 + (i % 5) * 11).toFixed(2)} MiB/sec.\n2026.02.11 08:${dd(10 + i)}:${dd(i * 13 + 1)}.${String(200000 + i * 3311).padStart(6, '0')} [ ${400 + (i % 9)} ] {} <Debug> MemoryTracker: Peak memory usage Mutate/Merge: ${(5.9 + (i % 4) * 0.3).toFixed(2)} GiB.`,
      ),
      '2026.02.11 08:41:12.551002 [ 411 ] {} <Information> events.events_local (ReplicatedMergeTreeRestartingThread): Table has 2411 active parts (1.38 TiB on disk)',
      times(
        6,
        (i) =>
          `2026.02.11 08:4${2 + i}:${dd(i * 9)}.${String(220000 + i * 777).padStart(6, '0')} [ ${415 + i} ] {e9f2a1c${i}-5b11-4d0e-9a7c-2f${i}1b7c3e8d0::202602_81390_81455_5} <Error> MergeTreeBackgroundExecutor: Exception while executing background task {e9f2a1c${i}-5b11-4d0e-9a7c-2f${i}1b7c3e8d0::202602_81390_81455_5}: Code: 241. DB::Exception: Memory limit (total) exceeded: would use 7.2${1 + i} GiB (attempt to allocate chunk of 4194304 bytes), current RSS 7.0${2 + i} GiB, maximum: 7.20 GiB. OvercommitTracker decision: Memory overcommit isn't used. Waiting time or overcommit denominator are set to zero. (MEMORY_LIMIT_EXCEEDED), Stack trace (when copying this message, always include the lines below):`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: -m equals the container limit; connections, slabs and the hash table need headroom above it.
    id: 'thirtyfourth-memcached-chunks-cache-oomkilled',
    family: 'oom-no-headroom',
    source: 'https://github.com/rackerlabs/genestack/pull/1616',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('memcached', 38, '2m40s'),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['memcached', '-m', '1024', '-c', '4096', '-I', '5m', '-v'],
      },
      { name: 'exporter', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    events: [backOff('memcached', 'chunks-cache-1', 44)],
    previousLog: log(
      'slab class   1: chunk size        96 perslab   10922',
      'slab class   2: chunk size       120 perslab    8738',
      'slab class  39: chunk size    524288 perslab       2',
      '<26 server listening (auto-negotiate)',
      times(60, (i) =>
        i % 10 === 9 ? `<${27 + i} connection closed.` : `<${27 + i} new auto-negotiating client connection`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the LiveView app settles near 400 MB; the 384 MiB limit came from the old API.
    id: 'thirtyfourth-phoenix-dashboard-oomkilled',
    family: 'oom-limit-too-small',
    source: 'https://github.com/vorce/lasso/issues/5',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('dashboard', 6),
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['/app/bin/server'],
        env: { PHX_HOST: 'dash.example.com', POOL_SIZE: '10', ERL_MAX_PORTS: '65536' },
      },
    ],
    events: [backOff('dashboard', 'dashboard-6b9c7d8f5-jk2wz', 17)],
    previousLog: log(
      '08:10:02.118 [info] Running DashboardWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      '08:10:02.120 [info] Access DashboardWeb.Endpoint at https://dash.example.com',
      times(48, (i) =>
        i % 8 === 7
          ? `08:${dd(10 + Math.floor(i / 3))}:${dd(i * 7)}.${String(100 + i).padStart(3, '0')} [info] [telemetry] vm.memory total=${(371 + (i % 5) * 4).toFixed(0)}MB processes=${(212 + (i % 5) * 3).toFixed(0)}MB binary=${38 + (i % 4)}MB ets=${61 + (i % 2)}MB liveview_sockets=${1180 + (i % 6) * 20}`
          : `08:${dd(10 + Math.floor(i / 3))}:${dd(i * 7)}.${String(100 + i).padStart(3, '0')} [info] CONNECTED TO Phoenix.LiveView.Socket in ${40 + (i % 30)}µs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %{"_csrf_token" => "[FILTERED]", "_mounts" => "0", "vsn" => "2.0.0"}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: CDS now delivers three times the clusters; Envoy's steady heap grew with the config.
    id: 'thirtyfourth-envoy-edge-oomkilled',
    family: 'oom-data-growth',
    source: 'https://github.com/projectcontour/contour/issues/1794',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('envoy', 3, '1m20s'),
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: [
          'envoy',
          '-c',
          '/etc/envoy/bootstrap.yaml',
          '--service-cluster',
          'edge',
          '--log-level',
          'info',
        ],
        mounts: [{ volume: 'bootstrap', path: '/etc/envoy' }],
      },
    ],
    volumes: [{ name: 'bootstrap', configMap: 'edge-envoy-bootstrap' }],
    events: [backOff('envoy', 'edge-envoy-7d4b9c6f8-5rtkn', 7)],
    previousLog: log(
      '[2026-02-11 08:20:00.101][1][info][main] [source/server/server.cc:430] initializing epoch 0 (base id=0, hot restart version=11.104)',
      '[2026-02-11 08:20:00.412][1][info][upstream] [source/common/upstream/cluster_manager_impl.cc:241] cm init: initializing cds',
      '[2026-02-11 08:20:03.118][1][info][upstream] [source/common/upstream/cds_api_helper.cc:32] cds: add 2412 cluster(s), remove 0 cluster(s)',
      '[2026-02-11 08:20:05.702][1][info][upstream] [source/common/upstream/cluster_manager_impl.cc:246] cm init: all clusters initialized',
      '[2026-02-11 08:20:05.704][1][info][main] [source/server/server.cc:985] all clusters initialized. initializing init manager',
      "[2026-02-11 08:20:06.011][1][info][upstream] [source/extensions/listener_managers/listener_manager/lds_api.cc:99] lds: add/update listener 'https'",
      times(
        40,
        (i) =>
          `[2026-02-11T08:${dd(20 + Math.floor(i / 5))}:${dd(i * 11)}.${String(100 + i * 7).padStart(3, '0')}Z] "GET /api/${['orders', 'catalog', 'users', 'cart'][i % 4]}/${4000 + i} HTTP/2" 200 - 0 ${800 + i * 13} ${5 + (i % 20)} ${4 + (i % 19)} "10.42.${i % 9}.${20 + i}" "Mozilla/5.0" "${(0xa1b2c3 + i).toString(16)}-7f11-4d2a-9c1e-${(0x3f4e5d + i).toString(16)}" "api.example.com" "10.42.7.${10 + (i % 30)}:8080"`,
      ),
      '[2026-02-11 08:28:01.331][1][info][upstream] [source/common/upstream/cds_api_helper.cc:32] cds: add 17 cluster(s), remove 0 cluster(s)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the dataset grew to 4.6 GB in 6 GiB; a BGSAVE's copy-on-write during the write peak tips it over.
    id: 'thirtyfourth-redis-killed-during-bgsave',
    family: 'oom-no-headroom',
    source: 'https://github.com/redis/redis/issues/10778',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('redis', 2, '20s'),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        args: ['redis-server', '/etc/redis/redis.conf', '--save', '60 10000', '--appendonly', 'no'],
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'config', path: '/etc/redis' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-sessions-redis-0' },
      { name: 'config', configMap: 'sessions-redis' },
    ],
    events: [backOff('redis', 'sessions-redis-0', 3)],
    previousLog: log(
      '1:C 11 Feb 2026 06:02:11.118 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 11 Feb 2026 06:02:11.118 * Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:M 11 Feb 2026 06:02:31.402 * DB loaded from disk: 20.284 seconds',
      '1:M 11 Feb 2026 06:02:31.402 * Ready to accept connections tcp',
      times(
        8,
        (i) =>
          `1:M 11 Feb 2026 0${6 + Math.floor(i / 4)}:${dd(10 + i * 14)}:01.${String(100 + i).padStart(3, '0')} * 10000 changes in 60 seconds. Saving...\n1:M 11 Feb 2026 0${6 + Math.floor(i / 4)}:${dd(10 + i * 14)}:01.${String(140 + i).padStart(3, '0')} * Background saving started by pid ${300 + i * 17}\n${300 + i * 17}:C 11 Feb 2026 0${6 + Math.floor(i / 4)}:${dd(10 + i * 14)}:4${i}.${String(500 + i).padStart(3, '0')} * Fork CoW for RDB: current ${420 + i * 61} MB, peak ${430 + i * 64} MB, average ${300 + i * 40} MB\n${300 + i * 17}:C 11 Feb 2026 0${6 + Math.floor(i / 4)}:${dd(10 + i * 14)}:4${i}.${String(600 + i).padStart(3, '0')} * DB saved on disk\n1:M 11 Feb 2026 0${6 + Math.floor(i / 4)}:${dd(10 + i * 14)}:4${i}.${String(700 + i).padStart(3, '0')} * Background saving terminated with success`,
      ),
      '1:M 11 Feb 2026 08:10:01.118 * 10000 changes in 60 seconds. Saving...',
      '1:M 11 Feb 2026 08:10:01.160 * Background saving started by pid 512',
      '512:C 11 Feb 2026 08:10:31.204 * Fork CoW for RDB: current 1288 MB, peak 1288 MB, average 911 MB',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: ten busy children at ~44 MB each plus the master need just over the 448 MiB they were given.
    id: 'thirtyfourth-phpfpm-shop-oomkilled',
    family: 'oom-data-growth',
    source: 'https://github.com/StefanieD/pimcore-docker-setup/issues/4',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('php-fpm', 4, '1m20s'),
        memoryLimit: '448Mi',
        memoryRequest: '448Mi',
        cpuLimit: '2',
        env: { PHP_MEMORY_LIMIT: '128M', PHP_FPM_PM_MAX_CHILDREN: '10', APP_ENV: 'prod' },
      },
      { name: 'nginx', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    events: [backOff('php-fpm', 'shop-web-68d9b7c5f-wq4lx', 9)],
    previousLog: log(
      '[11-Feb-2026 08:00:01] NOTICE: fpm is running, pid 1',
      '[11-Feb-2026 08:00:01] NOTICE: ready to handle connections',
      times(
        40,
        (i) =>
          `10.42.3.${10 + (i % 20)} -  11/Feb/2026:08:${dd(2 + Math.floor(i / 3))}:${dd(i * 17)} +0000 "GET /index.php" 200 ${i % 4 === 0 ? 'mem 45.2MB' : `mem ${40 + (i % 6)}.${i % 10}MB`} cpu ${20 + (i % 60)}.${i % 10}% time ${110 + (i % 9) * 30}ms`,
      ),
      '[11-Feb-2026 08:16:40] WARNING: [pool www] server reached pm.max_children setting (10), consider raising it',
      times(
        10,
        (i) =>
          `10.42.3.${10 + (i % 20)} -  11/Feb/2026:08:16:${dd(41 + i)} +0000 "GET /index.php" 200 mem 44.${i}MB cpu ${60 + i}.0% time ${420 + i * 40}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- memory raise wrong (20)
  {
    // Wrong: -Xmx512m caps the heap at a quarter of the 2 GiB container; more container memory changes nothing.
    id: 'thirtyfourth-spring-exports-heap-space',
    family: 'memory-capped-runtime',
    source: 'https://github.com/sider/runners/pull/2938',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exited('exports-api', 3, 7),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-Xms256m -Xmx512m -XX:+ExitOnOutOfMemoryError',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    events: [backOff('exports-api', 'exports-api-5f7c9b8d6-tn2qs', 22)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xms256m -Xmx512m -XX:+ExitOnOutOfMemoryError',
      '2026-02-11T08:30:01.118Z  INFO 1 --- [exports-api] [           main] c.e.exports.ExportsApplication           : Started ExportsApplication in 6.902 seconds (process running for 7.411)',
      times(
        35,
        (i) =>
          `2026-02-11T08:${dd(30 + Math.floor(i / 4))}:${dd(i * 13)}.${String(200 + i).padStart(3, '0')}Z  INFO 1 --- [exports-api] [nio-8080-exec-${(i % 10) + 1}] c.e.exports.web.ExportController         : export ${i % 5 ? 'csv' : 'xlsx'} account=${31000 + i * 7} rows=${1200 + i * 311} took ${90 + i * 4}ms`,
      ),
      '2026-02-11T08:39:12.331Z  INFO 1 --- [exports-api] [nio-8080-exec-4] c.e.exports.web.ExportController         : export xlsx account=30118 rows=1840220 (year-end ledger) started',
      '2026-02-11T08:39:41.902Z ERROR 1 --- [exports-api] [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception',
      '',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat org.apache.poi.xssf.usermodel.XSSFRow.createCell(XSSFRow.java:221)',
      '\tat com.example.exports.xlsx.LedgerSheetWriter.write(LedgerSheetWriter.java:77)',
      '\tat com.example.exports.web.ExportController.export(ExportController.java:58)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the new image no longer has jemalloc at the preloaded path; glibc arenas bloat Sidekiq until killed.
    id: 'thirtyfourth-sidekiq-oomkilled-repeatedly',
    family: 'oom-native-memory',
    source: 'https://github.com/glitch-soc/mastodon/issues/2838',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('sidekiq', 4),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['bundle', 'exec', 'sidekiq', '-C', 'config/sidekiq.yml'],
        env: {
          LD_PRELOAD: '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2',
          MALLOC_CONF: 'dirty_decay_ms:1000,narenas:2',
          RAILS_ENV: 'production',
          SIDEKIQ_CONCURRENCY: '20',
        },
      },
    ],
    rollout: { minutesAgo: 170, previousTag: '2.3.0' },
    events: [backOff('sidekiq', 'sidekiq-default-8c7f6d9b5-l5mxt', 6)],
    previousLog: log(
      "ERROR: ld.so: object '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2' from LD_PRELOAD cannot be preloaded (cannot open shared object file): ignored.",
      "ERROR: ld.so: object '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2' from LD_PRELOAD cannot be preloaded (cannot open shared object file): ignored.",
      '2026-02-11T07:58:02.118Z pid=1 tid=3gx INFO: Booted Rails 7.1.3 application in production environment',
      '2026-02-11T07:58:02.120Z pid=1 tid=3gx INFO: Running in ruby 3.3.6 (2024-11-05 revision 75015d4c1f) +YJIT [x86_64-linux]',
      '2026-02-11T07:58:02.121Z pid=1 tid=3gx INFO: Sidekiq 7.2.4 connecting to Redis with options {:size=>25, :pool_name=>"internal", :url=>"redis://sidekiq-redis:6379/0"}',
      times(40, (i) =>
        i % 5 === 4
          ? `2026-02-11T${String(7 + Math.floor((58 + i) / 60)).padStart(2, '0')}:${dd(58 + i)}:30.000Z pid=1 tid=7ab INFO: [MemoryProbe] rss_mb=${420 + i * 27} uptime_s=${60 + i * 60} busy=${12 + (i % 8)}`
          : `2026-02-11T${String(7 + Math.floor((58 + i) / 60)).padStart(2, '0')}:${dd(58 + i)}:${dd(i * 7)}.${String(100 + i).padStart(3, '0')}Z pid=1 tid=${(0x5a1 + i).toString(36)} class=${['MediaTranscodeJob', 'DigestMailerJob', 'WebhookDeliveryJob', 'SearchIndexJob'][i % 4]} jid=${(0xabc123 + i * 977).toString(16)} elapsed=${(0.4 + (i % 9) * 0.7).toFixed(3)} INFO: done`,
      ),
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // Wrong: since the release the heap grows ~18 MB a minute from boot; every restart dies at the cap.
    id: 'thirtyfourth-node-bff-heap-out-of-memory',
    family: 'oom-leak',
    source: 'https://github.com/MTES-MCT/ecobalyse/pull/958',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exited('web-bff', 134, 5),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { NODE_OPTIONS: '--max-old-space-size=1024', NODE_ENV: 'production' },
      },
    ],
    rollout: { minutesAgo: 265, previousTag: '2.3.0' },
    events: [backOff('web-bff', 'web-bff-74c9d8f6b-r9qzk', 9)],
    previousLog: log(
      '{"level":30,"time":1770796800114,"pid":1,"msg":"web-bff 2.3.1 listening on :3000"}',
      times(48, (i) =>
        i % 4 === 3
          ? `{"level":30,"time":${1770796800114 + i * 60000},"pid":1,"msg":"process stats","uptimeS":${(i + 1) * 60},"heapUsedMb":${212 + i * 17},"rssMb":${301 + i * 18},"activeSubscriptions":${400 + i * 390}}`
          : `{"level":30,"time":${1770796800114 + i * 60000 + 17},"pid":1,"req":{"method":"GET","url":"/api/feed?cursor=${9000 + i}"},"res":{"statusCode":200},"responseTime":${30 + (i % 25)}}`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x61a0d40]  2903112 ms: Mark-Compact 1018.9 (1040.1) -> 1013.2 (1041.4) MB, 1012.70 / 0.00 ms  (average mu = 0.192, current mu = 0.051) allocation failure; scavenge might not succeed',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb86ecf node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xef74d0 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // Wrong: GOMEMLIMIT 400MiB inside 4 GiB: the GC spins at the soft limit; the container limit is not the problem.
    id: 'thirtyfourth-go-quotes-latency-gc-cpu',
    family: 'memory-capped-runtime',
    source: 'https://github.com/golang/go/issues/58106',
    signal: 'Alert',
    containers: [
      {
        name: 'quotes',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { GOMEMLIMIT: '400MiB', GODEBUG: 'gctrace=1', GOMAXPROCS: '2' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'QuotesLatencyP99High: quotes p99 2.8s over 10m (SLO 300ms); CPUThrottlingHigh 71%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        i % 3 === 2
          ? `time=2026-02-11T08:${dd(20 + Math.floor(i / 6))}:${dd(i * 10)}.000Z level=INFO msg="quote served" symbol=${['EURUSD', 'GBPUSD', 'USDJPY', 'XAUUSD'][i % 4]} latency_ms=${900 + (i % 13) * 150}`
          : `gc ${18200 + i} @${(9100 + i * 0.9).toFixed(3)}s ${66 + (i % 7)}%: 0.${10 + (i % 9)}+${190 + (i % 11) * 7}+0.0${8 + (i % 2)} ms clock, 0.${40 + (i % 9)}+${45 + (i % 5)}/${200 + (i % 9) * 4}/0+0.${30 + (i % 7)} ms cpu, ${389 + (i % 5)}->${396 + (i % 5)}->${374 + (i % 6)} MB, ${400} MB goal, 0 MB stacks, 0 MB globals, 2 P`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: PHP memory_limit stops the import at 128 MB inside a 1 GiB container that sits at 30 %.
    id: 'thirtyfourth-phpfpm-import-memory-exhausted',
    family: 'memory-capped-runtime',
    source: 'https://github.com/nfrastack/container-nginx-php-fpm/issues/30',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: { PHP_MEMORY_LIMIT: '128M', PHP_FPM_PM_MAX_CHILDREN: '6', APP_ENV: 'prod' },
      },
      { name: 'nginx', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'AdminImportFailures: POST /admin/products/import 500 ratio 1.0 over 30m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `10.42.5.${11 + (i % 9)} -  11/Feb/2026:08:${dd(10 + Math.floor(i / 3))}:${dd(i * 19)} +0000 "GET /index.php" 200`,
      ),
      times(
        4,
        (i) =>
          `[11-Feb-2026 08:2${i * 2}:1${i}] WARNING: [pool www] child ${211 + i * 9} said into stderr: "NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate ${i % 2 ? 32768 : 20480} bytes) in /var/www/html/vendor/league/csv/src/Reader.php on line 312"\n10.42.5.${14 + i} -  11/Feb/2026:08:2${i * 2}:1${i} +0000 "POST /index.php" 500`,
      ),
      times(
        20,
        (i) =>
          `10.42.5.${11 + (i % 9)} -  11/Feb/2026:08:${dd(30 + Math.floor(i / 3))}:${dd(i * 13)} +0000 "GET /index.php" 200`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: DOTNET_GCHeapHardLimit pins the GC heap at 256 MB in a 2 GiB container.
    id: 'thirtyfourth-dotnet-ledger-out-of-memory',
    family: 'memory-capped-runtime',
    source: 'https://github.com/dotnet/runtime/issues/77961',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exited('ledger-sync', 134, 8),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { DOTNET_GCHeapHardLimit: '0x10000000', DOTNET_ENVIRONMENT: 'Production' },
      },
    ],
    events: [backOff('ledger-sync', 'ledger-sync-6c8d7f9b4-m2xpz', 26)],
    previousLog: log(
      'info: Ledger.Sync.Worker[0]',
      '      Ledger sync starting: 3 partitions, batch size 50000',
      times(
        30,
        (i) =>
          `info: Ledger.Sync.Worker[0]\n      Partition ${i % 3} batch ${400 + i} synced: ${50000} entries in ${(1.2 + (i % 7) * 0.1).toFixed(1)}s (gc heap ${(180 + (i % 10) * 6).toFixed(0)} MB, committed ${(240 + (i % 5) * 3).toFixed(0)} MB)`,
      ),
      "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      '   at System.Text.Json.JsonSerializer.Deserialize[TValue](Stream utf8Json, JsonSerializerOptions options)',
      '   at Ledger.Sync.BatchReader.ReadAsync(Int32 partition, CancellationToken ct) in /src/Ledger.Sync/BatchReader.cs:line 52',
      '   at Ledger.Sync.Worker.ExecuteAsync(CancellationToken stoppingToken) in /src/Ledger.Sync/Worker.cs:line 41',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: DENO_V8_FLAGS caps the V8 heap at 256 MB in a 2 GiB container.
    id: 'thirtyfourth-deno-feed-builder-heap-limit',
    family: 'memory-capped-runtime',
    source: 'https://github.com/denoland/deno/issues/30729',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exited('feed-builder', 133, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['deno', 'run', '-A', 'src/build_feeds.ts'],
        env: { DENO_V8_FLAGS: '--max-old-space-size=256', FEEDS: 'google,meta,pinterest' },
      },
    ],
    events: [backOff('feed-builder', 'feed-builder-5d6c8b7f9-w7hkq', 18)],
    previousLog: log(
      '[feeds] building google feed from 912004 products',
      times(
        30,
        (i) => `[feeds] google: wrote ${(i + 1) * 25000} items (${((i + 1) * 2.7).toFixed(1)} MB xml)`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x5a4e000]    48120 ms: Mark-Compact (reduce) 254.9 (262.1) -> 254.1 (262.6) MB, 201.42 / 0.00 ms  (average mu = 0.212, current mu = 0.031) allocation failure; GC in old space requested',
      '[1:0x5a4e000]    48391 ms: Mark-Compact (reduce) 255.2 (262.6) -> 254.8 (262.9) MB, 268.90 / 0.00 ms  (average mu = 0.119, current mu = 0.009) allocation failure; GC in old space requested',
      '',
      '<--- JS stacktrace --->',
      '',
      '',
      '',
      '#',
      '# Fatal JavaScript out of memory: Reached heap limit',
      '#',
      '==== C stack trace ===============================',
      '',
      '    deno(+0x2d74233) [0x55c12b372233]',
      '    deno(+0x2d73afb) [0x55c12b371afb]',
      '    deno(+0x2d6f008) [0x55c12b36d008]',
      'Trace/breakpoint trap (core dumped)',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the usage alert counts page cache from mmapped segments; the heap is at 40 % and nothing restarts.
    id: 'thirtyfourth-elasticsearch-memory-usage-alert',
    family: 'memory-alert-healthy',
    source: 'https://github.com/nhost/nhost/pull/4783',
    signal: 'Alert',
    containers: [
      {
        name: 'elasticsearch',
        running: { startedAt: '2026-01-22T03:11:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        env: { ES_JAVA_OPTS: '-Xms8g -Xmx8g', 'node.roles': 'data' },
        mounts: [{ volume: 'data', path: '/usr/share/elasticsearch/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-search-es-data-2' }],
    node: {
      ready: 'True',
      conditions: [{ type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' }],
    },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ContainerMemoryUsageHigh: search-es-data-2 container_memory_usage_bytes at 97% of limit for 2h (working set 61%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(50, (i) =>
        i % 10 === 9
          ? `{"@timestamp":"2026-02-11T08:${dd(i)}:00.118Z", "log.level": "INFO", "message":"[gc][young][${88112 + i}][${40211 + i}] duration [${31 + (i % 9)}ms], collections [1]/[1s], total [${31 + (i % 9)}ms]/[2.1h], memory [${(5.1 + (i % 5) * 0.2).toFixed(1)}gb]->[${(3.1 + (i % 4) * 0.1).toFixed(1)}gb]/[8gb], all_pools {[young] [${(2 + (i % 3) * 0.1).toFixed(1)}gb]->[0b]/[0b]}{[old] [${(3 + (i % 4) * 0.1).toFixed(1)}gb]->[${(3 + (i % 4) * 0.1).toFixed(1)}gb]/[8gb]}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","log.logger":"org.elasticsearch.monitor.jvm.JvmGcMonitorService","elasticsearch.node.name":"search-es-data-2","elasticsearch.cluster.name":"search-prod"}`
          : `{"@timestamp":"2026-02-11T08:${dd(i)}:${dd(i * 7)}.${String(100 + i).padStart(3, '0')}Z", "log.level": "INFO", "message":"[products-2026.02][${i % 5}] took[${40 + (i % 30)}ms], took_millis[${40 + (i % 30)}], total_hits[${1200 + i * 7} hits], search_type[QUERY_THEN_FETCH], total_shards[5]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.index_search_slowlog","log.logger":"index.search.slowlog.query","elasticsearch.node.name":"search-es-data-2","elasticsearch.cluster.name":"search-prod"}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: one ad-hoc query hits its own per-query cap; the server and its limit are fine.
    id: 'thirtyfourth-clickhouse-query-memory-errors',
    family: 'memory-capped-runtime',
    source: 'https://github.com/ClickHouse/ClickHouse/issues/40311',
    signal: 'Alert',
    containers: [
      {
        name: 'clickhouse',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '32Gi',
        memoryRequest: '32Gi',
        cpuLimit: '8',
        mounts: [{ volume: 'data', path: '/var/lib/clickhouse' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-analytics-ch-1' }],
    rollout: { minutesAgo: 48, addedConfigMapVolumes: ['analytics-ch-users'] },
    events: [
      {
        reason: 'AlertFiring',
        message: 'ClickHouseQueryErrorsHigh: analytics-ch-1 MEMORY_LIMIT_EXCEEDED 41 errors in 15m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026.02.11 07:40:02.118044 [ 1 ] {} <Information> Application: Setting max_server_memory_usage was set to 28.80 GiB (32.00 GiB available * 0.90 max_server_memory_usage_to_ram_ratio)',
      times(
        30,
        (i) =>
          `2026.02.11 08:${dd(10 + i)}:${dd(i * 11)}.${String(300000 + i * 1711).padStart(6, '0')} [ ${600 + (i % 12)} ] {${(0x7a10 + i).toString(16)}c2e-11aa-4b1c-9d2e-${(0x100000 + i * 977).toString(16)}} <Information> executeQuery: Read ${120000 + i * 1300} rows, ${(14 + (i % 9)).toFixed(2)} MiB in ${(0.2 + (i % 7) * 0.05).toFixed(3)} sec., ${600000 + (i % 9) * 11000} rows/sec., ${(70 + (i % 8) * 3).toFixed(2)} MiB/sec.`,
      ),
      times(
        6,
        (i) =>
          `2026.02.11 08:4${1 + i}:${dd(i * 13)}.${String(500000 + i * 2211).padStart(6, '0')} [ ${640 + i} ] {${(0xbeef + i).toString(16)}a1f-2c3d-4e5f-8a9b-0c1d2e3f4a${i}} <Error> executeQuery: Code: 241. DB::Exception: Memory limit (for query) exceeded: would use 9.31 GiB (attempt to allocate chunk of 4718592 bytes), maximum: 9.31 GiB. OvercommitTracker decision: Memory overcommit isn't used. OvercommitTracker isn't set.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version 24.8.4.13 (official build)) (from 10.42.6.71:51422) (user: bi_readonly) (in query: SELECT user_id, groupArray(url) AS path, count() FROM events.pageviews WHERE date >= '2025-01-01' GROUP BY user_id ORDER BY count() DESC), Stack trace (when copying this message, always include the lines below):`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the broker Redis refuses writes at its maxmemory (noeviction); the worker itself uses 180 MB.
    id: 'thirtyfourth-python-notifier-redis-oom-errors',
    family: 'memory-capped-runtime',
    source: 'https://github.com/bytedeck/bytedeck/pull/2082',
    signal: 'Alert',
    containers: [
      {
        name: 'notifier',
        running: {},
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['python', '-m', 'notifier.worker'],
        env: { REDIS_URL: 'redis://broker-redis:6379/0', QUEUE: 'notifications' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'NotificationQueueStalled: notifications enqueue errors 100% over 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-02-11 08:${dd(10 + Math.floor(i / 3))}:${dd(i * 19)},${String(100 + i).padStart(3, '0')} INFO notifier.worker: sent push batch=${400 + i} devices=${120 + (i % 40)} rss=${176 + (i % 6)}MB`,
      ),
      '2026-02-11 08:21:02,331 ERROR notifier.worker: enqueue failed for batch 431',
      'Traceback (most recent call last):',
      '  File "/app/notifier/worker.py", line 88, in fan_out',
      '    pipe.execute()',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 1589, in execute',
      '    return conn.retry.call_with_retry(',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 1425, in _execute_transaction',
      '    raise r',
      "redis.exceptions.OutOfMemoryError: Command # 1 (LPUSH notifications:pending ...) of pipeline caused error: OOM command not allowed when used memory > 'maxmemory'.",
      times(
        20,
        (i) =>
          `2026-02-11 08:${dd(22 + Math.floor(i / 2))}:${dd(i * 29)},${String(500 + i).padStart(3, '0')} ERROR notifier.worker: enqueue failed for batch ${432 + i}: OOM command not allowed when used memory > 'maxmemory'.`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: Transient storage is unbounded; large pass-through downloads grow it past any limit.
    id: 'thirtyfourth-varnish-cdn-oomkilled',
    family: 'oom-unbounded-cache',
    source: 'https://github.com/varnish/docker-varnish/issues/31',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('varnish', 5, '2m40s'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['varnishd', '-F', '-f', '/etc/varnish/default.vcl', '-a', ':8080', '-s', 'malloc,1536M'],
        mounts: [{ volume: 'vcl', path: '/etc/varnish' }],
      },
    ],
    volumes: [{ name: 'vcl', configMap: 'cdn-varnish-vcl' }],
    events: [backOff('varnish', 'cdn-varnish-6f8b7d9c5-hk4rt', 11)],
    previousLog: log(
      'Debug: Version: varnish-7.5.0 revision eef25264e5ca5f96a77129308edb83ccf84cb1b1',
      'Debug: Platform: Linux,6.1.0-28-cloud-amd64,x86_64,-junix,-smalloc,-sdefault,-hcritbit',
      'Debug: Child (29) Started',
      'Info: Child (29) said Child starts',
      times(
        40,
        (i) =>
          `10.42.${i % 7}.${30 + i} - - [11/Feb/2026:08:${dd(10 + Math.floor(i / 3))}:${dd(i * 11)} +0000] "GET ${i % 4 === 3 ? `/exports/catalog-full-${20260200 + i}.zip` : `/static/app.${(0xfa10 + i).toString(16)}.js`} HTTP/1.1" 200 ${i % 4 === 3 ? 1843200000 + i * 1000 : 48211 + i} "-" "${i % 4 === 3 ? 'partner-sync/1.4' : 'Mozilla/5.0'}" ${i % 4 === 3 ? 'pass' : 'hit'}`,
      ),
      'SMA.s0.g_bytes                   421527552          .   Bytes outstanding',
      'SMA.Transient.g_bytes           1299110912          .   Bytes outstanding',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: worker_processes auto starts one worker per host core (96) under a half-core limit.
    id: 'thirtyfourth-nginx-assets-oomkilled-at-start',
    family: 'oom-sized-from-host',
    source: 'https://github.com/openspeedtest/Docker-Image/pull/37',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('nginx', 12),
        memoryLimit: '192Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        mounts: [{ volume: 'conf', path: '/etc/nginx/nginx.conf' }],
      },
    ],
    volumes: [{ name: 'conf', configMap: 'assets-nginx-conf' }],
    node: {
      ready: 'True',
      conditions: [{ type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' }],
    },
    events: [backOff('nginx', 'assets-nginx-5c7d9f8b6-ppx2v', 40)],
    previousLog: log(
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      '2026/02/11 08:30:01 [notice] 1#1: using the "epoll" event method',
      '2026/02/11 08:30:01 [notice] 1#1: nginx/1.27.3',
      '2026/02/11 08:30:01 [notice] 1#1: OS: Linux 6.1.0-28-cloud-amd64',
      '2026/02/11 08:30:01 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
      '2026/02/11 08:30:01 [notice] 1#1: start worker processes',
      times(96, (i) => `2026/02/11 08:30:01 [notice] 1#1: start worker process ${29 + i}`),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: num_workers=os.cpu_count() forks 96 DataLoader workers under a 2-CPU limit.
    id: 'thirtyfourth-pytorch-embedder-oomkilled',
    family: 'oom-sized-from-host',
    source: 'https://github.com/AILab-CVC/YOLO-World/issues/413',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('embedder', 5),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '2',
        args: ['python', '-m', 'embedder.batch', '--num-workers', 'auto', '--batch-size', '256'],
        mounts: [{ volume: 'shm', path: '/dev/shm' }],
      },
    ],
    volumes: [{ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } }],
    events: [backOff('embedder', 'embedder-7d8c6b9f5-zq5wn', 13)],
    previousLog: log(
      '2026-02-11 08:20:01,118 INFO embedder.batch: torch 2.5.1+cpu; os.cpu_count()=96; sched_getaffinity=96',
      '2026-02-11 08:20:01,120 INFO embedder.batch: num_workers=auto -> 96',
      '2026-02-11 08:20:04,902 INFO embedder.batch: dataset: 4118220 product texts (in-memory list, 1.9 GiB)',
      '/usr/local/lib/python3.12/site-packages/torch/utils/data/dataloader.py:617: UserWarning: This DataLoader will create 96 worker processes in total. Our suggested max number of worker in current system is 2, which is smaller than what this DataLoader is going to create. Please be aware that excessive worker creation might get DataLoader running slow or even freeze, lower the worker number to avoid potential slowness/freeze if necessary.',
      '  warnings.warn(',
      times(
        20,
        (i) =>
          `2026-02-11 08:20:${dd(6 + i)},${String(100 + i * 17).padStart(3, '0')} INFO embedder.batch: batch ${i + 1}/16087 encoded in ${(3.1 + (i % 5) * 0.4).toFixed(1)}s`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: spill files on a memory-backed volume count against the limit and survive container restarts.
    id: 'thirtyfourth-pandas-rollup-oomkilled-on-resume',
    family: 'oom-memory-volume',
    source: 'https://github.com/kubernetes/kubernetes/issues/128339',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('ledger-rollup', 11),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        args: ['python', '-m', 'rollup.run', '--spill-dir', '/scratch/spill'],
        mounts: [{ volume: 'scratch', path: '/scratch' }],
      },
    ],
    volumes: [{ name: 'scratch', emptyDir: { medium: 'Memory' } }],
    events: [backOff('ledger-rollup', 'ledger-rollup-84f6d9c7b-t7lgm', 33)],
    previousLog: log(
      '2026-02-11 08:40:01,118 INFO rollup.run: found 29 spill files in /scratch/spill from previous attempt (5.12 GiB); resuming from partition 0412',
      times(
        26,
        (i) =>
          `2026-02-11 08:40:${dd(3 + i * 2)},${String(200 + i).padStart(3, '0')} INFO rollup.run: partition ${413 + i} aggregated (${(380000 + i * 1200).toLocaleString('en-US')} rows); spilling to /scratch/spill/part-${413 + i}.parquet (${(0.04 + (i % 3) * 0.01).toFixed(2)} GiB)`,
      ),
    ),
    currentLog: log(
      '2026-02-11 08:46:01,004 INFO rollup.run: found 55 spill files in /scratch/spill from previous attempt (6.31 GiB); resuming from partition 0439',
      '2026-02-11 08:46:02,331 INFO rollup.run: loading partition 439',
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Wrong: the object cache sizes itself from host memory (256 GiB) and outgrows any pod limit.
    id: 'thirtyfourth-rust-media-origin-oomkilled',
    family: 'oom-sized-from-host',
    source: 'https://github.com/rustfs/rustfs/pull/4655',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('media-origin', 8),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { RUST_LOG: 'info', OBJECT_CACHE_PERCENT: '5' },
      },
    ],
    events: [backOff('media-origin', 'media-origin-6b7f9d8c5-kx9rz', 25)],
    previousLog: log(
      '2026-02-11T09:00:00.101422Z  INFO media_origin: starting media-origin 2.3.1',
      '2026-02-11T09:00:00.101990Z  INFO media_origin::cache: object cache capacity resolved to 12.80 GiB (5% of 256.00 GiB, basis=host)',
      '2026-02-11T09:00:00.102311Z  INFO media_origin: listening on 0.0.0.0:9000',
      times(40, (i) =>
        i % 8 === 7
          ? `2026-02-11T09:${dd(Math.floor(i / 2))}:${dd(i * 17)}.${String(100000 + i * 3).padStart(6, '0')}Z  INFO media_origin::cache: entries=${11000 + i * 900} weighted=${(0.2 + i * 0.045).toFixed(2)} GiB / 12.80 GiB hit_ratio=0.${61 + (i % 9)}`
          : `2026-02-11T09:${dd(Math.floor(i / 2))}:${dd(i * 17)}.${String(200000 + i * 5).padStart(6, '0')}Z  INFO request{method=GET uri=/v/${(0xa0f1 + i * 31).toString(16)}/seg-${i}.m4s}: tower_http::trace::on_response: finished processing request latency=${3 + (i % 9)} ms status=200`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: another pod's burst put the node under memory pressure; this pod used less than its request.
    id: 'thirtyfourth-go-checkout-evicted',
    family: 'node-memory-pressure',
    source: 'https://github.com/kubernetes/kubernetes/issues/112927',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'checkout-api',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { GOMEMLIMIT: '900MiB' },
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
      ],
      taints: ['node.kubernetes.io/memory-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 81204Ki. ',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container checkout-api', type: 'Normal' },
    ],
    previousLog: log(
      times(50, (i) =>
        i % 10 === 9
          ? `{"time":"2026-02-11T08:${dd(10 + Math.floor(i / 2))}:${dd(i * 13)}.000Z","level":"INFO","msg":"runtime","heap_inuse_mb":${188 + (i % 5) * 4},"rss_mb":${221 + (i % 5) * 3},"goroutines":${310 + (i % 9)}}`
          : `{"time":"2026-02-11T08:${dd(10 + Math.floor(i / 2))}:${dd(i * 13)}.${String(100 + i).padStart(3, '0')}Z","level":"INFO","msg":"request","method":"POST","path":"/v1/checkout","status":200,"duration_ms":${38 + (i % 40)}}`,
      ),
      '{"time":"2026-02-11T08:35:02.118Z","level":"INFO","msg":"received terminated, draining connections"}',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: -Xms equal to -Xmx with AlwaysPreTouch commits the heap at boot; usage is flat for 21 days.
    id: 'thirtyfourth-jvm-orders-memory-near-limit',
    family: 'memory-alert-healthy',
    source: 'https://github.com/virtualcell/vcell/pull/1899',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-api',
        running: { startedAt: '2026-01-21T10:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:+UseG1GC -Xms3g -Xmx3g -XX:+AlwaysPreTouch -Xlog:gc:stdout',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ContainerMemoryNearLimit: orders-api-0 working set 89% of limit for 6h',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        i % 4 === 3
          ? `[${(1814400 + i * 37.2).toFixed(3)}s][info][gc] GC(${98112 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${1880 + (i % 7) * 20}M->${600 + (i % 5) * 9}M(3072M) ${(11 + (i % 6) * 0.8).toFixed(3)}ms`
          : `2026-02-11 08:${dd(10 + Math.floor(i / 4))}:${dd(i * 9)}.${String(100 + i).padStart(3, '0')} INFO  [http-nio-8080-exec-${(i % 12) + 1}] o.e.orders.web.OrderController - GET /orders/${700000 + i * 31} 200 ${6 + (i % 14)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: binary memory climbs for six hours every run and the kill repeats; no release in weeks.
    id: 'thirtyfourth-elixir-ingest-oomkilled-repeatedly',
    family: 'oom-leak',
    source: 'https://github.com/heroku/logplex/pull/48',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'ingest',
        running: { startedAt: '2026-02-11T08:04:12Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 9,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['/app/bin/ingest', 'start'],
        env: { RELEASE_NODE: 'ingest@ingest-0', KAFKA_TOPIC: 'clickstream' },
      },
    ],
    events: [
      {
        reason: 'Pulled',
        message: 'Container image "registry.example.com/data/ingest:2.3.1" already present on machine',
        type: 'Normal',
        count: 10,
      },
    ],
    previousLog: log(
      '02:01:09.118 [info] Running Ingest.Pipeline (Broadway) with 16 processors, 4 batchers',
      times(
        36,
        (i) =>
          `${String(2 + Math.floor(i / 6)).padStart(2, '0')}:${dd((i % 6) * 10 + 1)}:09.${String(100 + i).padStart(3, '0')} [info] [vm] uptime=${(i + 1) * 10}m total=${(412 + i * 44).toFixed(0)}MB processes=${(180 + (i % 5) * 6).toFixed(0)}MB binary=${(96 + i * 42).toFixed(0)}MB ets=${40 + (i % 3)}MB msgs_per_s=${5100 + (i % 9) * 60}`,
      ),
    ),
    currentLog: log(
      '08:04:13.002 [info] Running Ingest.Pipeline (Broadway) with 16 processors, 4 batchers',
      times(
        5,
        (i) =>
          `08:${dd(14 + i * 10)}:13.${String(100 + i).padStart(3, '0')} [info] [vm] uptime=${(i + 1) * 10}m total=${(418 + i * 43).toFixed(0)}MB processes=${(182 + (i % 5) * 5).toFixed(0)}MB binary=${(99 + i * 41).toFixed(0)}MB ets=41MB msgs_per_s=${5120 + i * 40}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: goroutines blocked on a webhook client without timeout pile up; memory follows them.
    id: 'thirtyfourth-go-webhooks-memory-near-limit',
    family: 'oom-leak',
    source: 'https://github.com/sacloud/sakuracloud_exporter/issues/18',
    signal: 'Alert',
    containers: [
      {
        name: 'webhooks',
        running: { startedAt: '2026-02-08T09:12:01Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { GOMAXPROCS: '1', DELIVERY_WORKERS: '64' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ContainerMemoryNearLimit: webhooks-6d9f8c7b5-kq2lx working set 91% of limit and rising for 3d',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        i % 5 === 4
          ? `time=2026-02-11T08:${dd(i)}:00.000Z level=INFO msg=runtime uptime=${(72 + i * 0.2).toFixed(1)}h goroutines=${181000 + i * 410} heap_inuse_mb=${884 + i * 2} stack_inuse_mb=${Math.round((181000 + i * 410) * 0.008)}`
          : i % 5 === 2
            ? `time=2026-02-11T08:${dd(i)}:${dd(i * 7)}.000Z level=WARN msg="delivery still pending" endpoint=https://hooks.partner-${i % 6}.example/ingest attempt=1 waited=${300 + i * 60}s`
            : `time=2026-02-11T08:${dd(i)}:${dd(i * 7)}.000Z level=INFO msg=delivered endpoint=https://hooks.shop-${i}.example/orders status=200 ms=${40 + (i % 90)}`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Wrong: the kernel killed one backend running a runaway report; Postgres is replaying WAL now.
    id: 'thirtyfourth-postgres-not-accepting-connections',
    family: 'oom-oversized-query',
    source: 'https://github.com/docker-library/postgres/issues/809',
    signal: 'Alert',
    containers: [
      {
        name: 'postgres',
        running: { startedAt: '2026-01-30T02:11:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        args: ['postgres', '-c', 'shared_buffers=4GB', '-c', 'work_mem=64MB', '-c', 'max_connections=200'],
        mounts: [
          { volume: 'data', path: '/var/lib/postgresql/data' },
          { volume: 'dshm', path: '/dev/shm' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-orders-pg-0' },
      { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'PostgresqlNotAcceptingConnections: orders-pg-0 in crash recovery for 9m',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: /var/run/postgresql:5432 - rejecting connections',
        count: 54,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-02-11 08:${dd(10 + Math.floor(i / 3))}:${dd(i * 19)}.${String(100 + i).padStart(3, '0')} UTC [${41000 + i * 17}] LOG:  duration: ${(2 + (i % 40) * 0.7).toFixed(3)} ms  statement: SELECT id, status FROM orders WHERE customer_id = $1`,
      ),
      '2026-02-11 08:21:40.118 UTC [41822] LOG:  process 41822 still waiting for ShareLock on transaction 918201334 after 1000.112 ms',
      '2026-02-11 08:22:03.902 UTC [1] LOG:  server process (PID 41907) was terminated by signal 9: Killed',
      "2026-02-11 08:22:03.902 UTC [1] DETAIL:  Failed process was running: SET work_mem = '6GB'; SELECT c.region, p.sku, sum(oi.qty) FROM order_items oi JOIN orders o ON o.id = oi.order_id JOIN products p ON p.id = oi.product_id JOIN customers c ON c.id = o.customer_id GROUP BY CUBE (c.region, p.sku, o.channel)",
      '2026-02-11 08:22:03.902 UTC [1] LOG:  terminating any other active server processes',
      '2026-02-11 08:22:03.904 UTC [41822] WARNING:  terminating connection because of crash of another server process',
      '2026-02-11 08:22:03.904 UTC [41822] DETAIL:  The postmaster has commanded this server process to roll back the current transaction and exit, because another server process exited abnormally and possibly corrupted shared memory.',
      '2026-02-11 08:22:03.904 UTC [41822] HINT:  In a moment you should be able to reconnect to the database and repeat your command.',
      '2026-02-11 08:22:04.331 UTC [1] LOG:  all server processes terminated; reinitializing',
      '2026-02-11 08:22:04.402 UTC [41990] LOG:  database system was interrupted; last known up at 2026-02-11 08:19:31 UTC',
      '2026-02-11 08:22:05.118 UTC [41990] LOG:  database system was not properly shut down; automatic recovery in progress',
      '2026-02-11 08:22:05.131 UTC [41990] LOG:  redo starts at 3A1/9C0021F8',
      times(
        12,
        (i) =>
          `2026-02-11 08:${dd(22 + Math.floor(i / 2))}:${dd(30 + i * 13)}.${String(200 + i).padStart(3, '0')} UTC [41993] FATAL:  the database system is in recovery mode`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
];
