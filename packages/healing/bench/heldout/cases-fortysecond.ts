import type { HeldOutCase, HeldOutContainer } from './case.ts';
import { log } from './case.ts';

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** The wall-clock time `sec` seconds after 07:00:00 on the case's day, as `HH:MM:SS`. */
const clock = (sec: number): string =>
  `${dd(7 + Math.floor(sec / 3600))}:${dd(Math.floor((sec % 3600) / 60))}:${dd(sec % 60)}`;

/** Seconds after 07:00:00 of the clock time `h:m:s` (08:20:00 is `at(8, 20)`). */
const at = (h: number, m: number, s = 0): number => (h - 7) * 3600 + m * 60 + s;

/** ISO 8601 with milliseconds, `sec` seconds after 07:00:00. */
const iso = (sec: number, ms = 0): string =>
  `2026-02-11T${clock(sec)}.${String(ms % 1000).padStart(3, '0')}Z`;

/** A container the kernel killed for its memory limit, now waiting out the kubelet's back-off. */
const oomLoop = (name: string, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container that crashed with `exitCode` (a runtime's own out-of-memory exit), now in back-off. */
const crashLoop = (name: string, exitCode: number, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'Error', exitCode },
  restarts,
});

/** A container running again after the kernel killed its previous instance for its memory limit. */
const afterOom = (name: string, restarts: number, startedAt = '2026-02-11T08:28:04Z'): HeldOutContainer => ({
  name,
  running: { startedAt },
  ready: true,
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** The kubelet's back-off warning for `container`. */
const backOff = (container: string, count: number) => ({
  reason: 'BackOff',
  message: `Back-off restarting failed container ${container} in pod ${container}-0`,
  count,
});

/** The kubelet's image event when a container restarts in place. */
const pulled = (container: string, count: number) => ({
  type: 'Normal' as const,
  reason: 'Pulled',
  message: `Container image "registry.example.com/prod/${container}:2.3.1" already present on machine`,
  count,
});

/** An Alertmanager alert as the evidence makes it: an event on the Deployment. */
const alert = (message: string) => ({ reason: 'AlertFiring', message, on: 'Deployment' as const });

/** A JDK unified-logging uptime stamp. */
const up = (sec: number): string => `[${sec.toFixed(3)}s]`;

/**
 * A forty-second batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: 40 MEMORY INCIDENTS, every one with its pod spec, half where
 * raising the container's memory limit is the right first action and half where it is wrong. The
 * right raises: a ZGC heap sized by MaxRAMPercentage that can no longer hold two copies of a grown
 * price book, a Shenandoah heap fixed at -Xmx3g whose native memory no longer fits beside it, a G1
 * heap left at the JVM's default quarter of the limit in a month-end run, a Node heap that V8 sized
 * at half the cgroup limit, a service moved from Node to Bun under the Node deployment's limit,
 * pandas row services and a numpy embedding matrix grown with real data, a PyTorch CPU model twice
 * the size of the last one, YJIT switched on for forked Ruby workers, a Go polygon index, a
 * Quickwit indexer given more indexes, a .NET 8 API under a 256Mi limit with server GC, PHP-FPM
 * children killed one by one on a cgroup v1 node, an Elixir gateway whose ETS grows with sessions,
 * a ClickHouse Keeper loading a larger snapshot, a Redis replica smaller than its master's dataset,
 * an edge Envoy holding more xDS clusters, an Elasticsearch dedicated master under a larger cluster
 * state, Postgres with more backends and Varnish with more objects than its headroom holds. The
 * wrong ones: heaps and buffers capped below the limit (-Xmx512m in a Java batch job,
 * --max-old-space-size, DOTNET_GCHeapHardLimit in hex, MaxDirectMemorySize with buffers that are
 * never released, ClickHouse's max_server_memory_usage from an old VM), leaks shown by usage that
 * climbs at flat traffic (Bun outside its JS heap, Ruby 3.0 after an upgrade, a BEAM process whose
 * mailbox grows behind a throttled sink, Redis pub/sub output buffers with no limit), a V8 heap that
 * Deno sized from the host, glibc arenas under a thread pool, a multiprocessing pool sized from the
 * host's CPUs, PHP-FPM allowed fifty children, memcached's -m above the limit, Varnish file storage
 * and nginx request bodies in memory-backed emptyDirs, a numpy matrix of 72 GiB, an oversized bulk
 * stopped by Elasticsearch's parent breaker, a memory alert on a Go 1.15 process whose freed pages
 * are still counted, and an Envoy evicted while another tenant filled its node. Runtimes and
 * servers: the JVM (G1, ZGC, Shenandoah), Node, Bun, Deno, Python (numpy, pandas, PyTorch CPU),
 * Ruby with YJIT and jemalloc, Go, Rust (Quickwit), .NET 8, PHP-FPM, Elixir on the BEAM,
 * Elasticsearch, ClickHouse and ClickHouse Keeper, Redis, Memcached, Varnish, nginx, Envoy and
 * Postgres, in other versions and roles than the thirty-fourth batch. Each quotes the wording of
 * the public thread, documentation page or source in `source`. Mix: 20 memory raises right (escalate
 * tolerated in all, a rollback tolerated in the 3 that a rollout brought: a Bun migration, a larger
 * model, YJIT); 20 wrong (19 escalations, 1 rollback of a Ruby upgrade whose memory climbs; a pod
 * restart tolerated once, for direct buffers that take hours to run out); restarts harmful for 2
 * Elasticsearch nodes and a Postgres just out of crash recovery; cache flushes harmful for the 2
 * Redis; no node action or scale-up right anywhere.
 */
export const FORTYSECOND_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- raises right (20)
  {
    // Right: the heap is 75 % of the limit and the refresh holds two copies of a price book that grew.
    id: 'fortysecond-zgc-pricing-engine-crashloop',
    family: 'oom-heap',
    source: 'https://github.com/dragonwell-project/dragonwell11/issues/358',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashLoop('pricing-engine', 3, 5, '2m40s'),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS:
            '-XX:+UseZGC -XX:+ZGenerational -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Xlog:gc:stdout',
          PRICEBOOK_SOURCE: 's3://pricing-books/eu',
          PRICEBOOK_REFRESH: 'PT15M',
        },
        args: ['java', '-jar', '/app/pricing-engine.jar'],
      },
    ],
    events: [
      backOff('pricing-engine', 17),
      pulled('pricing-engine', 5),
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 9,
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:+UseZGC -XX:+ZGenerational -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Xlog:gc:stdout',
      '[0.011s][info][gc,init] Initializing The Z Garbage Collector',
      '[0.011s][info][gc,init] Version: 21.0.5+11-LTS (release)',
      '[0.011s][info][gc,init] NUMA Support: Disabled',
      '[0.011s][info][gc,init] CPUs: 2 total, 2 available',
      '[0.011s][info][gc,init] Memory: 3072M',
      '[0.011s][info][gc,init] Large Page Support: Disabled',
      '[0.012s][info][gc,init] GC Workers for Young Generation: 1 (dynamic)',
      '[0.012s][info][gc,init] GC Workers for Old Generation: 1 (dynamic)',
      '[0.013s][info][gc,init] Address Space Type: Contiguous/Unrestricted/Complete',
      '[0.013s][info][gc,init] Heap Backing File: Memory',
      '[0.013s][info][gc,init] Min Capacity: 8M',
      '[0.013s][info][gc,init] Initial Capacity: 48M',
      '[0.013s][info][gc,init] Max Capacity: 2304M',
      '[0.013s][info][gc,init] Medium Page Size: 32M',
      '[0.013s][info][gc,init] Pre-touch: Disabled',
      '[0.013s][info][gc,init] Uncommit: Enabled',
      '[0.013s][info][gc,init] Uncommit Delay: 300s',
      '[0.031s][info][gc      ] Using The Z Garbage Collector',
      '2026-02-11 08:12:03.418 INFO  [main] c.e.pricing.PricingEngine - starting pricing-engine 5.12.0 on JDK 21.0.5',
      '2026-02-11 08:12:03.902 INFO  [main] c.e.pricing.book.PriceBookLoader - loading price book s3://pricing-books/eu/2026-02-11T08.bin',
      '2026-02-11 08:12:41.177 INFO  [main] c.e.pricing.book.PriceBookLoader - price book loaded: 2,614,208 SKUs, 41,902,771 price points, 1,088 MiB resident (previous book 2,598,113 SKUs)',
      '2026-02-11 08:12:41.320 INFO  [main] c.e.pricing.PricingEngine - ready on :8080 (quote workers: 16)',
      times(
        44,
        (i) =>
          `${up(40 + i * 12.4)}[info][gc] GC(${12 + i}) Minor Collection (Allocation Rate) ${1420 + ((i * 37) % 160)}M(${62 + ((i * 3) % 7)}%)->${1180 + ((i * 13) % 40)}M(${51 + (i % 3)}%) 0.0${21 + (i % 60)}s`,
      ),
      times(
        36,
        (i) =>
          `2026-02-11 08:${dd(13 + Math.floor(i / 4))}:${dd((i * 15) % 60)}.${String(100 + i * 7).padStart(3, '0')} INFO  [quote-worker-${i % 16}] c.e.pricing.api.QuoteHandler - quote basket=${88120 + i * 31} items=${(i % 40) + 3} currency=EUR took=${18 + ((i * 17) % 60)}ms`,
      ),
      `${up(602.418)}[info][gc] GC(58) Major Collection (Proactive) 1402M(61%)->1196M(52%) 0.884s`,
      '2026-02-11 08:27:03.004 INFO  [pricebook-refresh] c.e.pricing.book.PriceBookLoader - refreshing price book s3://pricing-books/eu/2026-02-11T08-15.bin (old book stays live until the swap)',
      `${up(901.332)}[info][gc] GC(71) Minor Collection (Allocation Rate) 1986M(86%)->1912M(83%) 0.094s`,
      `${up(903.117)}[info][gc] GC(72) Major Collection (Allocation Rate) 2141M(93%)->2088M(91%) 1.206s`,
      `${up(905.551)}[info][gc] Allocation Stall (quote-worker-7) 212.551ms`,
      `${up(905.552)}[info][gc] Allocation Stall (quote-worker-3) 208.114ms`,
      `${up(906.871)}[info][gc] GC(73) Major Collection (Allocation Stall) 2302M(100%)->2281M(99%) 1.318s`,
      `${up(906.872)}[info][gc] Allocation Stall (pricebook-refresh) 1802.114ms`,
      `${up(906.872)}[info][gc] Out Of Memory (pricebook-refresh)`,
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: -Xmx3g is fixed and healthy; metaspace, 280 thread stacks, code cache and direct buffers do not fit beside it.
    id: 'fortysecond-shenandoah-ledger-writer-oomkilled',
    family: 'oom',
    source: 'https://github.com/aehrc/ontoserver-deploy/releases/tag/ontoserver-indexer-0.2.0',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('ledger-writer', 4),
        memoryLimit: '3584Mi',
        memoryRequest: '3584Mi',
        cpuLimit: '4',
        env: {
          JAVA_TOOL_OPTIONS:
            '-XX:+UseShenandoahGC -Xms3g -Xmx3g -XX:MaxMetaspaceSize=384m -Xss1m -Xlog:gc:stdout',
          LEDGER_WRITER_THREADS: '256',
        },
        args: ['java', '-jar', '/app/ledger-writer.jar'],
      },
    ],
    events: [backOff('ledger-writer', 11), pulled('ledger-writer', 4)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:+UseShenandoahGC -Xms3g -Xmx3g -XX:MaxMetaspaceSize=384m -Xss1m -Xlog:gc:stdout',
      '[0.006s][info][gc] Using Shenandoah',
      '[0.009s][info][gc,init] Version: 17.0.13+11 (release)',
      '[0.009s][info][gc,init] CPUs: 4 total, 4 available',
      '[0.009s][info][gc,init] Memory: 3584M',
      '[0.009s][info][gc,init] Large Page Support: Disabled',
      '[0.009s][info][gc,init] NUMA Support: Disabled',
      '[0.009s][info][gc,init] Compressed Oops: Enabled (Zero based)',
      '[0.009s][info][gc,init] Heap Min Capacity: 3G',
      '[0.009s][info][gc,init] Heap Initial Capacity: 3G',
      '[0.009s][info][gc,init] Heap Max Capacity: 3G',
      '[0.009s][info][gc,init] Pre-touch: Disabled',
      '[0.009s][info][gc,init] Mode: Snapshot-At-The-Beginning (SATB)',
      '[0.009s][info][gc,init] Heuristics: Adaptive',
      '[0.009s][info][gc,init] Heap Region Count: 1536',
      '[0.009s][info][gc,init] Heap Region Size: 2M',
      '[0.009s][info][gc,init] TLAB Size Max: 2M',
      '[0.009s][info][gc,init] Humongous Object Threshold: 2M',
      '[0.009s][info][gc,init] Parallel Workers: 2',
      '[0.009s][info][gc,init] Concurrent Workers: 1',
      '2026-02-11 08:02:14.551 INFO  [main] c.e.ledger.LedgerWriter - ledger-writer 9.4.2 starting 256 writer threads, 12 partition consumers',
      times(
        30,
        (i) =>
          `${up(62 + i * 41.2)}[info][gc] GC(${i}) Concurrent marking ${2210 + ((i * 41) % 500)}M->${2230 + ((i * 41) % 500)}M(3072M) ${160 + ((i * 7) % 60)}.${dd((i * 13) % 100)}0ms`,
      ),
      times(
        30,
        (i) =>
          `${up(62.4 + i * 41.2)}[info][gc] GC(${i}) Concurrent cleanup ${2232 + ((i * 41) % 500)}M->${1380 + ((i * 29) % 180)}M(3072M) 0.${200 + i}ms`,
      ),
      times(
        5,
        (i) =>
          `2026-02-11 08:${dd(6 + i * 4)}:00.004 INFO  [jvm-stats] c.e.ledger.JvmStats - heap committed=3072M used=${1400 + i * 110}M metaspace=${198 + i * 3}M threads=${271 + i * 5} codecache=${71 + i * 6}M direct=${132 + i * 19}M`,
      ),
      times(
        40,
        (i) =>
          `2026-02-11 08:${dd(8 + Math.floor(i / 3))}:${dd((i * 20) % 60)}.${String(300 + i).padStart(3, '0')} INFO  [writer-${(i * 7) % 256}] c.e.ledger.BatchCommitter - committed batch partition=${i % 12} entries=${800 + ((i * 53) % 400)} lag=${(i * 11) % 90}ms`,
      ),
      '2026-02-11 08:26:00.004 INFO  [jvm-stats] c.e.ledger.JvmStats - heap committed=3072M used=1991M metaspace=214M threads=296 codecache=97M direct=221M',
      `${up(1491.7)}[info][gc] GC(37) Concurrent cleanup 2691M->1512M(3072M) 0.311ms`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: no flag; V8 sized the heap at about half the cgroup limit and the composed schema grew.
    id: 'fortysecond-node-graphql-bff-crashloop',
    family: 'oom-heap',
    source: 'https://github.com/nodejs/node/issues/35573',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashLoop('graphql-bff', 134, 4),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          PORT: '8080',
          SUBGRAPH_MANIFEST: 'https://schemas.internal/manifest.json',
        },
        args: ['node', 'dist/server.js'],
      },
    ],
    events: [backOff('graphql-bff', 14), pulled('graphql-bff', 4)],
    previousLog: log(
      `{"level":30,"time":1770797401118,"pid":1,"hostname":"graphql-bff","msg":"v8 heap","heap_size_limit_mb":528,"cgroup_memory_max_mb":1024,"node":"v22.12.0"}`,
      `{"level":30,"time":1770797401902,"pid":1,"hostname":"graphql-bff","msg":"subgraph manifest fetched","subgraphs":64,"tenants":412}`,
      `{"level":30,"time":1770797409331,"pid":1,"hostname":"graphql-bff","msg":"supergraph composed","types":18412,"fields":241207,"persisted_operations":38119,"heap_used_mb":301}`,
      `{"level":30,"time":1770797409402,"pid":1,"hostname":"graphql-bff","msg":"listening","port":8080}`,
      times(
        60,
        (i) =>
          `{"level":30,"time":${1770797410000 + i * 14500},"pid":1,"hostname":"graphql-bff","req":{"method":"POST","url":"/graphql","op":"${['OrderTimeline', 'CartSummary', 'AccountOverview', 'SearchProducts'][i % 4]}"},"res":{"statusCode":200},"responseTime":${22 + ((i * 31) % 140)},"msg":"request completed"}`,
      ),
      `{"level":30,"time":1770798301118,"pid":1,"hostname":"graphql-bff","msg":"subgraph manifest changed, recomposing supergraph","subgraphs":64,"tenants":419}`,
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x5d21a40]   912044 ms: Mark-Compact (reduce) 511.8 (527.9) -> 509.6 (526.4) MB, 1402.11 / 0.00 ms  (average mu = 0.201, current mu = 0.044) allocation failure; scavenge might not succeed',
      '[1:0x5d21a40]   913601 ms: Mark-Compact (reduce) 511.2 (526.4) -> 510.8 (527.1) MB, 1511.40 / 0.00 ms  (average mu = 0.118, current mu = 0.030) allocation failure; scavenge might not succeed',
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf06a50 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf06d37 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 4: 0x1118e45  [node]',
      ' 5: 0x11309c8 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: moved from Node to Bun under the Node deployment's limit; RSS settles, it does not climb.
    id: 'fortysecond-bun-notifications-oomkilled',
    family: 'oom',
    source: 'https://github.com/oven-sh/bun/issues/4796',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('notifications', 3, '2026-02-11T08:28:03Z'),
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', PORT: '3000' },
        args: ['bun', 'run', 'dist/server.js'],
      },
    ],
    rollout: { minutesAgo: 110, previousTag: '2.2.7' },
    events: [pulled('notifications', 3)],
    previousLog: log(
      '[notifications] listening on :3000 (bun 1.2.4, linux x64)',
      '[notifications] subscribed to 48 topics on nats://events.internal:4222',
      times(
        58,
        (i) =>
          `[notifications] ${iso(at(8, 1) + i * 28, i * 37)} mem rss=${(470 + ((i * 11) % 62) + (i < 6 ? -120 + i * 20 : 0)).toFixed(1)}MB heapUsed=${(140 + ((i * 7) % 30)).toFixed(1)}MB external=${(36 + (i % 5)).toFixed(1)}MB sockets=${2890 + ((i * 13) % 60)} fanout_per_s=${410 + ((i * 29) % 80)}`,
      ),
      '[notifications] 2026-02-11T08:27:58.114Z mem rss=541.3MB heapUsed=166.2MB external=39.8MB sockets=2951 fanout_per_s=503',
    ),
    currentLog: log(
      '[notifications] listening on :3000 (bun 1.2.4, linux x64)',
      '[notifications] subscribed to 48 topics on nats://events.internal:4222',
      times(
        4,
        (i) =>
          `[notifications] ${iso(at(8, 28, 30) + i * 28)} mem rss=${(318 + i * 41).toFixed(1)}MB heapUsed=${(98 + i * 9).toFixed(1)}MB external=31.2MB sockets=${1210 + i * 420} fanout_per_s=${180 + i * 60}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['rollback', 'escalate'],
  },
  {
    // Right: heavy row groups need more than the limit; the previous logs are normal 200s up to the kill.
    id: 'fortysecond-pandas-rows-api-oomkilled',
    family: 'oom',
    source: 'https://github.com/huggingface/dataset-viewer/pull/3385',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('rows-api', 4, '2026-02-11T08:28:05Z'),
        memoryLimit: '6500Mi',
        memoryRequest: '6500Mi',
        cpuLimit: '2',
        env: { ROWS_MAX_RESPONSE_BYTES: '10000000', PARQUET_CACHE_DIR: '/tmp/parquet' },
        args: ['python', '-m', 'rows_api'],
      },
    ],
    events: [pulled('rows-api', 4)],
    previousLog: log(
      '{"ts": "2026-02-11T08:09:41.004Z", "level": "info", "logger": "rows_api", "msg": "starting rows-api", "pandas": "2.2.3", "pyarrow": "18.1.0", "python": "3.12.8"}',
      times(74, (i) =>
        i % 6 === 5
          ? `{"ts": "${iso(at(8, 10) + i * 12, i * 7)}", "level": "info", "logger": "rows_api.http", "msg": "request", "path": "/healthcheck", "status": 200, "ms": 1}`
          : `{"ts": "${iso(at(8, 10) + i * 12, i * 7)}", "level": "info", "logger": "rows_api.http", "msg": "request", "path": "/rows", "dataset": "${['vision-lab/street-scenes', 'audio-corpus/podcasts-2025', 'tabular/retail-transactions', 'docs/contracts-ocr'][i % 4]}", "config": "default", "split": "train", "offset": ${(i * 100) % 2000}, "length": 100, "status": 200, "ms": ${80 + ((i * 53) % 900)}}`,
      ),
      times(
        8,
        (i) =>
          `{"ts": "${iso(at(8, 24, 50) + i * 22, 311 + i * 7)}", "level": "info", "logger": "rows_api.parquet", "msg": "row group materialized", "dataset": "vision-lab/street-scenes", "row_group": ${14 + i}, "rows": 1000, "arrow_mb": ${610 + i * 47}, "pandas_mb": ${1190 + i * 88}}`,
      ),
      '{"ts": "2026-02-11T08:27:56.701Z", "level": "info", "logger": "rows_api.http", "msg": "request", "path": "/rows", "dataset": "vision-lab/street-scenes", "config": "default", "split": "train", "offset": 2200, "length": 100, "status": 200, "ms": 4120}',
      '{"ts": "2026-02-11T08:27:57.311Z", "level": "info", "logger": "rows_api.http", "msg": "request", "path": "/healthcheck", "status": 200, "ms": 1}',
    ),
    currentLog: log(
      '{"ts": "2026-02-11T08:28:06.114Z", "level": "info", "logger": "rows_api", "msg": "starting rows-api", "pandas": "2.2.3", "pyarrow": "18.1.0", "python": "3.12.8"}',
      times(
        12,
        (i) =>
          `{"ts": "${iso(at(8, 28, 10) + i * 9)}", "level": "info", "logger": "rows_api.http", "msg": "request", "path": "${i % 3 === 0 ? '/healthcheck' : '/rows'}", "status": 200, "ms": ${i % 3 === 0 ? 1 : 300 + i * 40}}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the item matrix grows with the catalogue; it no longer fits while the service boots.
    id: 'fortysecond-numpy-recs-api-crashloop',
    family: 'oom',
    source: 'https://github.com/ministryofjustice/modernisation-platform-environments/pull/4775',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('recs-api', 6),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          ITEM_VECTORS: 's3://recs-artifacts/item_vectors/2026-02-11/item_vectors.npy',
          EMBED_DIM: '256',
        },
        args: ['python', '-m', 'recs.serve'],
      },
    ],
    events: [
      backOff('recs-api', 21),
      pulled('recs-api', 6),
      {
        reason: 'Unhealthy',
        message:
          'Startup probe failed: Get "http://10.42.6.31:8000/healthz": dial tcp 10.42.6.31:8000: connect: connection refused',
        count: 40,
      },
    ],
    previousLog: log(
      '2026-02-11 08:25:02,118 INFO recs.serve: recs-api 4.3.0 (python 3.12.8, numpy 2.1.3)',
      '2026-02-11 08:25:02,441 INFO recs.artifacts: artifact manifest: items=2411204 (yesterday 2398731, 7 days ago 2302114) dim=256 dtype=float32',
      times(
        24,
        (i) =>
          `2026-02-11 08:25:${dd(3 + i * 2)},${String(100 + i * 17).padStart(3, '0')} INFO recs.artifacts: downloading item_vectors.npy ${(((i + 1) * 100) / 24).toFixed(1)}% (${Math.round(((i + 1) * 2355) / 24)} MiB of 2355 MiB)`,
      ),
      '2026-02-11 08:25:51,902 INFO recs.artifacts: downloaded item_vectors.npy in 49.4s',
      '2026-02-11 08:25:58,330 INFO recs.index: loaded item_vectors.npy shape=(2411204, 256) dtype=float32 (2.30 GiB)',
      '2026-02-11 08:25:58,331 INFO recs.index: normalizing vectors (L2) and building id map',
      '2026-02-11 08:26:04,712 INFO recs.index: id map built: 2411204 ids, 118.2 MiB',
      '2026-02-11 08:26:04,713 INFO recs.index: warming top-k cache for 40000 popular items',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the rollout shipped a model twice the size; loading weights doubles it for a moment.
    id: 'fortysecond-torch-ranker-crashloop',
    family: 'oom',
    source: 'https://github.com/pytorch/pytorch/issues/123334',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('ranker', 5, '2m40s'),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: { OMP_NUM_THREADS: '4', RANKER_MODEL_URI: 's3://ml-models/ranker/v7/ranker.pt' },
        args: ['python', '-m', 'ranker.server'],
      },
    ],
    rollout: { minutesAgo: 35, addedEnv: { RANKER_MODEL_URI: 's3://ml-models/ranker/v7/ranker.pt' } },
    events: [backOff('ranker', 14), pulled('ranker', 5)],
    previousLog: log(
      '2026-02-11 08:24:40,011 INFO ranker.server: ranker 7.0.0 torch 2.5.1+cpu python 3.12.8 threads=4',
      '2026-02-11 08:24:40,412 INFO ranker.model: fetching s3://ml-models/ranker/v7/ranker.pt (1.63 GiB)',
      times(
        20,
        (i) =>
          `2026-02-11 ${clock(at(8, 24, 41) + i * 2)},${String(200 + i * 11).padStart(3, '0')} INFO ranker.model: fetched ${Math.min(1669, Math.round((i + 1) * 83.45))} MiB / 1669 MiB`,
      ),
      '2026-02-11 08:25:22,901 INFO ranker.model: building RankerV7(d_model=1536, layers=24, heads=16, vocab=250002)',
      '2026-02-11 08:25:31,118 INFO ranker.model: parameters: 437,912,576 (1.63 GiB fp32); previous release v6: 262,144,000 (0.98 GiB)',
      '2026-02-11 08:25:31,119 INFO ranker.model: torch.load(ranker.pt, map_location="cpu", weights_only=True)',
      '2026-02-11 08:25:44,702 INFO ranker.model: checkpoint read, applying load_state_dict(strict=True)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['rollback', 'escalate'],
  },
  {
    // Right: YJIT adds code and metadata to every forked worker; each settles about 60 MiB higher.
    id: 'fortysecond-ruby-feed-builder-oomkilled',
    family: 'oom',
    source: 'https://github.com/otwcode/otwarchive/pull/5805',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('feed-builder', 2, '2026-02-11T08:28:05Z'),
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          WORKERS: '4',
          LD_PRELOAD: 'libjemalloc.so.2',
          MALLOC_CONF: 'dirty_decay_ms:1000,narenas:2,background_thread:true',
          RUBY_YJIT_ENABLE: '1',
        },
        args: ['bin/feed-builder'],
      },
    ],
    rollout: { minutesAgo: 70, addedEnv: { RUBY_YJIT_ENABLE: '1' } },
    events: [pulled('feed-builder', 2)],
    previousLog: log(
      'I, [2026-02-11T07:49:12.118203 #1]  INFO -- : feed-builder 3.8.0 ruby 3.4.1 (2024-12-25 revision 48d4efcb85) +YJIT +PRISM [x86_64-linux]',
      times(
        4,
        (i) => `I, [2026-02-11T07:49:1${3 + i}.4${i}1102 #1]  INFO -- : forked worker ${i + 1} pid=${14 + i}`,
      ),
      times(
        72,
        (i) =>
          `I, [2026-02-11T${clock(at(7, 50) + i * 31)}.${String(100000 + i * 7919).slice(0, 6)} #${14 + (i % 4)}]  INFO -- : worker=${(i % 4) + 1} pid=${14 + (i % 4)} rss_mb=${Math.min(372, 262 + Math.floor(i * 2.2))} yjit_code_mb=${Math.min(44, 8 + Math.floor(i * 0.7))} feeds_built=${140 + i * 37}`,
      ),
      'I, [2026-02-11T08:27:41.902114 #1]  INFO -- : master pid=1 rss_mb=163 workers=4',
    ),
    currentLog: log(
      'I, [2026-02-11T08:28:06.004121 #1]  INFO -- : feed-builder 3.8.0 ruby 3.4.1 (2024-12-25 revision 48d4efcb85) +YJIT +PRISM [x86_64-linux]',
      times(
        4,
        (i) =>
          `I, [2026-02-11T08:28:${dd(7 + i)}.1${i}0221 #1]  INFO -- : forked worker ${i + 1} pid=${14 + i}`,
      ),
      times(
        8,
        (i) =>
          `I, [2026-02-11T${clock(at(8, 28, 40) + i * 9)}.20${i}118 #${14 + (i % 4)}]  INFO -- : worker=${(i % 4) + 1} pid=${14 + (i % 4)} rss_mb=${250 + i * 4} yjit_code_mb=${3 + i} feeds_built=${i * 22}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['rollback', 'escalate'],
  },
  {
    // Right: live heap grew with the polygon set; with GOGC=100 the goal is twice the live heap.
    id: 'fortysecond-go-geofence-oomkilled',
    family: 'oom',
    source: 'https://github.com/aquasecurity/trivy-db/pull/693',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('geofence', 2, '2026-02-11T08:28:04Z'),
        memoryLimit: '1280Mi',
        memoryRequest: '1280Mi',
        cpuLimit: '4',
        env: { GODEBUG: 'gctrace=1', POLYGON_SNAPSHOT: 's3://geo-snapshots/zones/latest.pb.zst' },
      },
    ],
    events: [pulled('geofence', 2)],
    previousLog: log(
      '{"time":"2026-02-11T07:51:02.118Z","level":"INFO","msg":"geofence starting","version":"3.19.0","go":"go1.23.4"}',
      '{"time":"2026-02-11T07:51:31.902Z","level":"INFO","msg":"polygon index loaded","polygons":4812311,"prev_polygons":4405127,"live_heap":"608MB"}',
      times(70, (i) =>
        i % 5 === 4
          ? `gc ${140 + i} @${(58 + i * 28 + (i % 7) * 0.113).toFixed(3)}s 1%: 0.0${80 + (i % 19)}+${190 + ((i * 13) % 40)}+0.0${60 + (i % 30)} ms clock, 0.3${i % 10}+${20 + (i % 9)}/${390 + ((i * 7) % 40)}/${580 + ((i * 11) % 50)}+0.2${i % 10} ms cpu, ${1180 + ((i * 7) % 40)}->${1198 + ((i * 7) % 40)}->${606 + (i % 7)} MB, ${1214 + (i % 9)} MB goal, 0 MB stacks, 0 MB globals, 4 P`
          : `{"time":"${iso(at(7, 52) + i * 28, i * 13)}","level":"INFO","msg":"lookup","tenant":"${['fleet-eu', 'courier-nl', 'rides-de'][i % 3]}","points":${200 + ((i * 37) % 800)},"hits":${(i * 7) % 40},"ms":${1 + (i % 6)}}`,
      ),
      'gc 210 @2027.511s 1%: 0.091+214+0.070 ms clock, 0.36+24/421/611+0.28 ms cpu, 1214->1231->611 MB, 1222 MB goal, 0 MB stacks, 0 MB globals, 4 P',
    ),
    currentLog: log(
      '{"time":"2026-02-11T08:28:05.004Z","level":"INFO","msg":"geofence starting","version":"3.19.0","go":"go1.23.4"}',
      '{"time":"2026-02-11T08:28:36.221Z","level":"INFO","msg":"polygon index loaded","polygons":4812311,"prev_polygons":4405127,"live_heap":"609MB"}',
      'gc 31 @40.118s 2%: 0.070+201+0.055 ms clock, 0.28+19/398/590+0.22 ms cpu, 1190->1203->609 MB, 1218 MB goal, 0 MB stacks, 0 MB globals, 4 P',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the indexer was sized for 4 indexes and now runs 11 pipelines.
    id: 'fortysecond-quickwit-indexer-crashloop',
    family: 'oom',
    source: 'https://quickwit.io/docs/deployment/cluster-sizing',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('indexer', 4),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        env: { QW_CONFIG: '/quickwit/node.yaml', QW_NODE_ID: 'indexer-0' },
        args: ['run', '--service', 'indexer'],
        mounts: [
          { volume: 'qwdata', path: '/quickwit/qwdata' },
          { volume: 'node-config', path: '/quickwit/node.yaml' },
        ],
      },
    ],
    volumes: [
      { name: 'qwdata', persistentVolumeClaim: 'qwdata-indexer-0' },
      { name: 'node-config', configMap: 'quickwit-node' },
    ],
    events: [backOff('indexer', 12), pulled('indexer', 4)],
    previousLog: log(
      '2026-02-11T08:22:01.118Z  INFO quickwit_cli: version: 0.8.2, commit: 7ab1a6f, services: {Indexer}',
      '2026-02-11T08:22:01.131Z  INFO quickwit_config::node_config: indexer: split_store_max_num_bytes=100GB enable_cooperative_indexing=false',
      times(
        11,
        (i) =>
          `2026-02-11T08:22:0${2 + Math.floor(i / 4)}.${String(200 + i * 31).padStart(3, '0')}Z  INFO spawn_pipeline{index=${['app-logs', 'audit', 'billing-events', 'k8s-events', 'nginx-access', 'otel-traces', 'otel-logs', 'payments', 'search-queries', 'security', 'cdn-logs'][i]}}: quickwit_indexing::actors::indexing_service: spawning indexing pipeline source_id=kafka heap_size=512.0 MiB`,
      ),
      times(
        90,
        (i) =>
          `2026-02-11T08:${dd(22 + Math.floor((i * 3) / 60))}:${dd((10 + i * 3) % 60)}.${String((i * 47) % 1000).padStart(3, '0')}Z  INFO index_batch{index=${['app-logs', 'otel-traces', 'nginx-access', 'payments', 'cdn-logs'][i % 5]}}: quickwit_indexing::actors::indexer: new split num_docs=${40000 + ((i * 977) % 60000)} memory_usage=${(180 + ((i * 37) % 290)).toFixed(0)}MiB`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the limit came from the chart's default; server GC settles near 270 MiB and dies at 256.
    id: 'fortysecond-dotnet-invoice-api-oomkilled',
    family: 'oom',
    source: 'https://github.com/dotnet/corefx/issues/33346',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('invoice-api', 6, '2026-02-11T08:28:03Z'),
        memoryLimit: '256Mi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        env: { ASPNETCORE_URLS: 'http://+:8080', DOTNET_gcServer: '1', DOTNET_ENVIRONMENT: 'Production' },
      },
    ],
    events: [pulled('invoice-api', 6)],
    previousLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Hosting environment: Production',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Content root path: /app',
      'info: Invoices.Api.Diagnostics.RuntimeReporter[0]',
      '      runtime=.NET 8.0.11 gc=server heaps=2 heap_hard_limit=192MiB container_limit=256MiB',
      times(48, (i) =>
        i % 8 === 7
          ? `info: Invoices.Api.Diagnostics.RuntimeReporter[0]\n      working_set=${238 + ((i * 3) % 20)}MiB gc_heap=${112 + ((i * 7) % 30)}MiB gc_committed=${146 + ((i * 5) % 24)}MiB gen2_collections=${40 + i}`
          : `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 ${i % 3 === 0 ? 'POST' : 'GET'} http://invoice-api.prod.svc:8080/api/invoices/${i % 3 === 0 ? 'render' : `INV-2026-${String(41200 + i * 17).padStart(6, '0')}`} - ${i % 3 === 0 ? 201 : 200} ${1200 + ((i * 331) % 40000)} application/json ${(12 + ((i * 37) % 190)).toFixed(4)}ms`,
      ),
      'info: Invoices.Api.Diagnostics.RuntimeReporter[0]',
      '      working_set=262MiB gc_heap=131MiB gc_committed=169MiB gen2_collections=97',
    ),
    currentLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Invoices.Api.Diagnostics.RuntimeReporter[0]',
      '      runtime=.NET 8.0.11 gc=server heaps=2 heap_hard_limit=192MiB container_limit=256MiB',
      'info: Invoices.Api.Diagnostics.RuntimeReporter[0]',
      '      working_set=181MiB gc_heap=64MiB gc_committed=92MiB gen2_collections=3',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: ten children now peak near 95 MiB each; on this cgroup v1 node the kernel kills them one by one.
    id: 'fortysecond-php-fpm-catalog-502s',
    family: 'oom',
    source: 'https://github.com/Wikia/app/pull/16268',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-02-11T07:00:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { PHP_MEMORY_LIMIT: '256M', FPM_PM: 'static', FPM_PM_MAX_CHILDREN: '10', OPCACHE_MEMORY: '128' },
      },
      { name: 'nginx', running: { startedAt: '2026-02-11T07:00:08Z' }, ready: true, memoryLimit: '128Mi' },
    ],
    events: [alert('CatalogWeb502Rate: 6.8% of requests to catalog-web returned 502 over the last 10m')],
    currentLog: log(
      '[11-Feb-2026 07:00:09] NOTICE: fpm is running, pid 1',
      '[11-Feb-2026 07:00:09] NOTICE: ready to handle connections',
      times(110, (i) => {
        const t = clock(at(8, 2) + i * 15);
        if (i % 11 === 10)
          return `[11-Feb-2026 ${t}] WARNING: [pool www] child ${200 + i} exited on signal 9 (SIGKILL) after ${300 + ((i * 97) % 900)}.${String(118204 + i * 7919).slice(0, 6)} seconds from start\n[11-Feb-2026 ${t}] NOTICE: [pool www] child ${300 + i} started`;
        if (i % 4 === 3)
          return `[2026-02-11T${t}.${String((i * 37) % 1000).padStart(3, '0')}+00:00] app.INFO: category page rendered {"category":"${['garden-furniture', 'lighting', 'rugs', 'kitchen'][i % 4]}","products":480,"peak_mb":${(88 + ((i * 7) % 9)).toFixed(1)}} []`;
        return `10.42.0.31 -  11/Feb/2026:${t} +0000 "GET /index.php" 200`;
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: ETS holds about 6 KB per session and sessions follow the day's traffic past last week's peak.
    id: 'fortysecond-elixir-session-gateway-oomkilled',
    family: 'oom',
    source: 'https://github.com/esl/MongooseIM/issues/3113',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('session-gw', 2, '2026-02-11T08:28:06Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: { RELEASE_NODE: 'session_gw@10.42.7.19', ERL_MAX_PORTS: '262144' },
        args: ['bin/session_gw', 'start'],
      },
    ],
    events: [pulled('session-gw', 2)],
    previousLog: log(
      '07:41:02.118 [info] Session gateway 2.14.1 listening on port 5222 (acceptors: 100)',
      '07:41:02.120 [info] Peak sessions yesterday: 176204 at 19:42 UTC',
      times(46, (i) => {
        const sessions = 96000 + i * 2550;
        const ets = Math.round((sessions * 6.1) / 1000);
        return `${clock(at(7, 42) + i * 60)}.004 [info] vm memory: total=${ets + 470}MB processes=${268 + (i % 9)}MB ets=${ets}MB binary=${84 + (i % 11)}MB sessions=${sessions}`;
      }),
      '08:25:40.612 [notice]     :alarm_handler: {:set, {:system_memory_high_watermark, []}}',
      times(
        20,
        (i) =>
          `08:${dd(26 + Math.floor(i / 10))}:${dd((i * 6) % 60)}.${String(100 + i).padStart(3, '0')} [info] session opened user=u${8812044 + i * 131} device=${['ios', 'android', 'web'][i % 3]} node=session_gw@10.42.7.19`,
      ),
      '08:27:58.004 [info] vm memory: total=1786MB processes=279MB ets=1314MB binary=91MB sessions=215402',
    ),
    currentLog: log(
      '08:28:07.301 [info] Session gateway 2.14.1 listening on port 5222 (acceptors: 100)',
      '08:28:07.303 [info] Peak sessions yesterday: 176204 at 19:42 UTC',
      '08:29:00.004 [info] vm memory: total=1102MB processes=231MB ets=702MB binary=61MB sessions=115117',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: Keeper holds every znode in memory; the tree grew with partitions and the snapshot no longer loads.
    id: 'fortysecond-clickhouse-keeper-crashloop',
    family: 'oom',
    source: 'https://github.com/ClickHouse/ClickHouse/issues/70668',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('keeper', 5),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['clickhouse-keeper', '--config-file=/etc/clickhouse-keeper/keeper_config.xml'],
        mounts: [
          { volume: 'coordination', path: '/var/lib/clickhouse/coordination' },
          { volume: 'keeper-config', path: '/etc/clickhouse-keeper' },
        ],
      },
    ],
    volumes: [
      { name: 'coordination', persistentVolumeClaim: 'coordination-keeper-1' },
      { name: 'keeper-config', configMap: 'clickhouse-keeper' },
    ],
    events: [
      backOff('keeper', 13),
      pulled('keeper', 5),
      alert(
        'ClickHouseKeeperZnodesGrowing: zk_znode_count=6809537 zk_approximate_data_size=1.31GB on keeper-0 (4.9M znodes 7d ago)',
      ),
    ],
    previousLog: log(
      "Processing configuration file '/etc/clickhouse-keeper/keeper_config.xml'.",
      'Logging information to console',
      '2026.02.11 08:25:02.118220 [ 1 ] {} <Information> Application: Starting ClickHouse Keeper 24.8.7.41 (revision: 54491, git hash: 2e5e4d8b0d1, build id: 7A61BDF35D8E1B7C), PID 1',
      '2026.02.11 08:25:02.118410 [ 1 ] {} <Information> Application: starting up',
      '2026.02.11 08:25:02.118503 [ 1 ] {} <Information> Application: OS Name = Linux, OS Version = 5.10.228-219.884.amzn2.x86_64, OS Architecture = x86_64',
      '2026.02.11 08:25:02.190011 [ 1 ] {} <Debug> KeeperDispatcher: Initializing storage dispatcher',
      '2026.02.11 08:25:02.401118 [ 1 ] {} <Debug> KeeperStateMachine: Totally have 3 snapshots',
      '2026.02.11 08:25:02.401190 [ 1 ] {} <Debug> KeeperStateMachine: Trying to load state machine from snapshot up to log index 412883104',
      times(
        30,
        (i) =>
          `2026.02.11 08:25:${dd(3 + i)}.${String(110000 + i * 4117).padStart(6, '0')} [ ${44 + (i % 8)} ] {} <Trace> RaftInstance: receive a incoming rpc connection`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the replica was left at a preset below its master; it dies loading the master's RDB.
    id: 'fortysecond-redis-replica-crashloop',
    family: 'oom',
    source: 'https://github.com/selhorys/dataspoke-baseline/issues/104',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('redis', 8),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: [
          'redis-server',
          '/etc/redis/replica.conf',
          '--replicaof',
          'redis-master-0.redis-headless.data.svc.cluster.local',
          '6379',
        ],
      },
    ],
    events: [backOff('redis', 26), pulled('redis', 8)],
    previousLog: log(
      "1:C 11 Feb 2026 08:26:01.118 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
      '1:C 11 Feb 2026 08:26:01.118 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 11 Feb 2026 08:26:01.118 * Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 11 Feb 2026 08:26:01.118 * Configuration loaded',
      '1:S 11 Feb 2026 08:26:01.119 * monotonic clock: POSIX clock_gettime',
      '1:S 11 Feb 2026 08:26:01.120 * Running mode=standalone, port=6379.',
      '1:S 11 Feb 2026 08:26:01.120 * Server initialized',
      '1:S 11 Feb 2026 08:26:01.120 * Ready to accept connections tcp',
      '1:S 11 Feb 2026 08:26:01.121 * Connecting to MASTER redis-master-0.redis-headless.data.svc.cluster.local:6379',
      '1:S 11 Feb 2026 08:26:01.122 * MASTER <-> REPLICA sync started',
      '1:S 11 Feb 2026 08:26:01.123 * Non blocking connect for SYNC fired the event.',
      '1:S 11 Feb 2026 08:26:01.124 * Master replied to PING, replication can continue...',
      '1:S 11 Feb 2026 08:26:01.125 * Partial resynchronization not possible (no cached master)',
      '1:S 11 Feb 2026 08:26:06.902 * Full resync from master: 8d3f2c51a0e9b7d4c6f1e2a3b4c5d6e7f8091a2b:441208877123',
      '1:S 11 Feb 2026 08:26:19.417 * MASTER <-> REPLICA sync: receiving 918243211 bytes from master to disk',
      '1:S 11 Feb 2026 08:26:27.008 * Discarding previously cached master state.',
      '1:S 11 Feb 2026 08:26:27.008 * MASTER <-> REPLICA sync: Flushing old data',
      '1:S 11 Feb 2026 08:26:27.009 * MASTER <-> REPLICA sync: Loading DB in memory',
      '1:S 11 Feb 2026 08:26:27.011 * Loading RDB produced by version 7.2.5',
      '1:S 11 Feb 2026 08:26:27.011 * RDB age 21 seconds',
      '1:S 11 Feb 2026 08:26:27.011 * RDB memory usage when created 1041.62 Mb',
    ),
    accept: ['raise-memory-limit'],
    harmful: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // Right: xDS now pushes 5,200 clusters for the onboarded tenants; Envoy's memory grows with config size.
    id: 'fortysecond-envoy-edge-crashloop',
    family: 'oom',
    source: 'https://github.com/envoyproxy/envoy/issues/33509',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('edge-envoy', 9),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        args: ['envoy', '-c', '/etc/envoy/bootstrap.yaml', '--concurrency', '4', '--log-level', 'info'],
        mounts: [{ volume: 'bootstrap', path: '/etc/envoy' }],
      },
    ],
    volumes: [{ name: 'bootstrap', configMap: 'edge-envoy-bootstrap' }],
    events: [
      backOff('edge-envoy', 27),
      pulled('edge-envoy', 9),
      alert(
        'EdgeXdsClustersGrowing: edge-xds serves 5221 clusters to edge-envoy (3904 on 2026-01-12) after the tenant onboarding wave',
      ),
    ],
    previousLog: log(
      '[2026-02-11 08:24:01.118][1][info][main] [source/server/server.cc:426] initializing epoch 0 (base id=0, hot restart version=11.104)',
      '[2026-02-11 08:24:01.118][1][info][main] [source/server/server.cc:428] statically linked extensions:',
      times(
        14,
        (i) =>
          `[2026-02-11 08:24:01.118][1][info][main] [source/server/server.cc:430]   ${['envoy.access_loggers', 'envoy.clusters', 'envoy.filters.http', 'envoy.filters.listener', 'envoy.filters.network', 'envoy.health_checkers', 'envoy.load_balancing_policies', 'envoy.resolvers', 'envoy.retry_host_predicates', 'envoy.stats_sinks', 'envoy.tracers', 'envoy.transport_sockets.downstream', 'envoy.transport_sockets.upstream', 'envoy.upstreams'][i]}: ${['envoy.access_loggers.file, envoy.access_loggers.stderr, envoy.access_loggers.stdout', 'envoy.cluster.eds, envoy.cluster.logical_dns, envoy.cluster.original_dst, envoy.cluster.static, envoy.cluster.strict_dns', 'envoy.filters.http.cors, envoy.filters.http.ext_authz, envoy.filters.http.local_ratelimit, envoy.filters.http.router', 'envoy.filters.listener.http_inspector, envoy.filters.listener.tls_inspector', 'envoy.filters.network.http_connection_manager, envoy.filters.network.tcp_proxy', 'envoy.health_checkers.grpc, envoy.health_checkers.http, envoy.health_checkers.tcp', 'envoy.load_balancing_policies.least_request, envoy.load_balancing_policies.round_robin', 'envoy.ip', 'envoy.retry_host_predicates.omit_host_metadata, envoy.retry_host_predicates.previous_hosts', 'envoy.stat_sinks.metrics_service, envoy.stat_sinks.statsd', 'envoy.tracers.opentelemetry, envoy.tracers.zipkin', 'envoy.transport_sockets.raw_buffer, envoy.transport_sockets.tls', 'envoy.transport_sockets.raw_buffer, envoy.transport_sockets.tls', 'envoy.upstreams.http.generic, envoy.upstreams.http.http, envoy.upstreams.tcp.generic'][i]}`,
      ),
      '[2026-02-11 08:24:01.162][1][info][config] [source/common/upstream/cluster_manager_impl.cc:246] cm init: initializing cds',
      '[2026-02-11 08:24:03.901][1][info][upstream] [source/common/upstream/cds_api_helper.cc:32] cds: add 5221 cluster(s), remove 0 cluster(s)',
      '[2026-02-11 08:24:11.417][1][info][upstream] [source/common/upstream/cds_api_helper.cc:71] cds: added/updated 5221 cluster(s), skipped 0 unmodified cluster(s)',
      "[2026-02-11 08:24:11.902][1][info][upstream] [source/extensions/listener_managers/listener_manager/lds_api.cc:99] lds: add/update listener 'https_443'",
      '[2026-02-11 08:24:12.004][1][info][config] [source/common/listener_manager/listener_manager_impl.cc:944] all dependencies initialized. starting workers',
      times(
        40,
        (i) =>
          `[${iso(at(8, 24, 13) + i * 4, i * 29)}] "${i % 4 === 0 ? 'POST' : 'GET'} /v1/${['orders', 'carts', 'quotes', 'tracking'][i % 4]}/${80120 + i * 7} HTTP/2" 200 - ${i % 4 === 0 ? 612 : 0} ${900 + ((i * 131) % 8000)} ${11 + ((i * 17) % 90)} ${9 + ((i * 17) % 88)} "10.42.${i % 9}.${20 + (i % 60)}" "okhttp/4.12.0" "${(0x5a1c0000 + i * 977).toString(16)}-b1e2" "api.tenant-${100 + (i % 97)}.example.com" "10.42.${(i * 3) % 16}.${30 + (i % 70)}:8080"`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: a dedicated master's heap is half its limit and the cluster state grew to 9,400 indices.
    id: 'fortysecond-es-master-crashloop',
    family: 'oom-heap',
    source: 'https://github.com/elastic/elasticsearch/issues/26610',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashLoop('elasticsearch', 127, 4),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '1',
        env: {
          'node.roles': 'master',
          'cluster.name': 'logs-prod',
          'discovery.seed_hosts': 'es-master-headless',
        },
        mounts: [{ volume: 'data', path: '/usr/share/elasticsearch/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-es-master-1' }],
    events: [
      backOff('elasticsearch', 11),
      pulled('elasticsearch', 4),
      alert('ElasticsearchShardsPerClusterHigh: logs-prod holds 28236 shards in 9412 indices'),
    ],
    previousLog: log(
      '{"@timestamp":"2026-02-11T08:21:04.118Z", "log.level": "INFO", "message":"version[8.15.3], pid[7], build[docker/7b5f8d7e3a6ac8c4f2a1b3c5d7e9f0a1b2c3d4e5/2024-10-09T22:08:00.328917561Z], OS[Linux/5.10.228-219.884.amzn2.x86_64/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/22.0.2/22.0.2+9-70]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.node.Node","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"logs-prod"}',
      '{"@timestamp":"2026-02-11T08:21:04.127Z", "log.level": "INFO", "message":"JVM home [/usr/share/elasticsearch/jdk], using bundled JDK [true]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.node.Node","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"logs-prod"}',
      '{"@timestamp":"2026-02-11T08:21:04.128Z", "log.level": "INFO", "message":"JVM arguments [-Des.networkaddress.cache.ttl=60, -Des.networkaddress.cache.negative.ttl=10, -Djava.security.manager=allow, -Xss1m, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -XX:+UseG1GC, -Djava.io.tmpdir=/tmp/elasticsearch-1220448918414212119, -XX:+HeapDumpOnOutOfMemoryError, -XX:HeapDumpPath=data, -XX:ErrorFile=logs/hs_err_pid%p.log, -Xlog:gc*,gc+age=trace,safepoint:file=logs/gc.log:utctime,level,pid,tags:filecount=32,filesize=64m, -Xms1024m, -Xmx1024m, -XX:MaxDirectMemorySize=536870912, -XX:G1HeapRegionSize=4m, -XX:InitiatingHeapOccupancyPercent=30, -XX:G1ReservePercent=15]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.node.Node","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"logs-prod"}',
      '{"@timestamp":"2026-02-11T08:21:09.551Z", "log.level": "INFO", "message":"heap size [1gb], compressed ordinary object pointers [true]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.env.NodeEnvironment","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"logs-prod"}',
      '{"@timestamp":"2026-02-11T08:21:18.004Z", "log.level": "INFO", "message":"node name [es-master-1], node ID [q3Tn0fOeR6e8c3ZlX2B1mA], cluster name [logs-prod], roles [master]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.node.Node","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"logs-prod"}',
      times(
        24,
        (i) =>
          `{"@timestamp":"${iso(at(8, 22) + i * 12, i * 41)}", "log.level": "WARN", "message":"[gc][${60 + i * 12}] overhead, spent [${(0.8 + (i % 5) * 0.12).toFixed(1)}s] collecting in the last [${(1.0 + (i % 5) * 0.12).toFixed(1)}s]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-1][scheduler][T#1]","log.logger":"org.elasticsearch.monitor.jvm.JvmGcMonitorService","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"logs-prod"}`,
      ),
      '{"@timestamp":"2026-02-11T08:27:20.902Z", "log.level":"ERROR", "message":"fatal error in thread [elasticsearch[es-master-1][clusterApplierService#updateTask][T#1]], exiting", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-master-1][clusterApplierService#updateTask][T#1]","log.logger":"org.elasticsearch.bootstrap.ElasticsearchUncaughtExceptionHandler","elasticsearch.node.name":"es-master-1","elasticsearch.cluster.name":"logs-prod","error.type":"java.lang.OutOfMemoryError","error.message":"Java heap space","error.stack_trace":"java.lang.OutOfMemoryError: Java heap space\\n\\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\\n\\tat org.elasticsearch.cluster.routing.RoutingNodes.<init>(RoutingNodes.java:110)\\n\\tat org.elasticsearch.cluster.ClusterState.getRoutingNodes(ClusterState.java:392)\\n"}',
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: a new settlement worker added 120 backends; shared_buffers plus every backend outgrew 2Gi.
    id: 'fortysecond-postgres-ledger-db-oomkilled',
    family: 'oom',
    source: 'https://github.com/wso2/fhir-server/pull/32',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('postgres', 1, '2026-02-11T08:28:03Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { PGDATA: '/var/lib/postgresql/data/pgdata' },
        args: [
          'postgres',
          '-c',
          'shared_buffers=512MB',
          '-c',
          'work_mem=16MB',
          '-c',
          'max_connections=300',
          '-c',
          'log_connections=on',
        ],
        mounts: [
          { volume: 'pgdata', path: '/var/lib/postgresql/data' },
          { volume: 'dshm', path: '/dev/shm' },
        ],
      },
    ],
    volumes: [
      { name: 'pgdata', persistentVolumeClaim: 'pgdata-ledger-db-0' },
      { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } },
    ],
    events: [pulled('postgres', 1)],
    previousLog: log(
      '2026-02-11 07:00:14.118 UTC [1] LOG:  starting PostgreSQL 16.6 (Debian 16.6-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '2026-02-11 07:00:14.119 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '2026-02-11 07:00:14.131 UTC [61] LOG:  database system was shut down at 2026-02-11 06:58:40 UTC',
      '2026-02-11 07:00:14.140 UTC [1] LOG:  database system is ready to accept connections',
      times(24, (i) =>
        i % 2 === 0
          ? `2026-02-11 ${clock(at(7, 5) + (i / 2) * 300)}.${String(233 + i).padStart(3, '0')} UTC [63] LOG:  checkpoint starting: time`
          : `2026-02-11 ${clock(at(7, 5) + ((i - 1) / 2) * 300 + 41)}.${String(108 + i * 3).padStart(3, '0')} UTC [${1200 + i * 11}] LOG:  connection authorized: user=ledger_api database=ledger application_name=ledger-api`,
      ),
      times(
        70,
        (i) =>
          `2026-02-11 ${clock(at(8, 2) + i * 14)}.${String((i * 61) % 1000).padStart(3, '0')} UTC [${3100 + i * 7}] LOG:  connection authorized: user=${i % 5 === 4 ? 'ledger_api' : 'settlement_worker'} database=ledger application_name=${i % 5 === 4 ? 'ledger-api' : 'settlement-worker'}`,
      ),
      '2026-02-11 08:19:14.233 UTC [63] LOG:  checkpoint starting: time',
      '2026-02-11 08:21:44.108 UTC [63] LOG:  checkpoint complete: wrote 14112 buffers (21.5%); 0 WAL file(s) added, 0 removed, 4 recycled; write=149.610 s, sync=0.041 s, total=149.875 s; sync files=211, longest=0.012 s, average=0.001 s; distance=88412 kB, estimate=91204 kB; lsn=3A/1F22A8B0, redo lsn=3A/1B0C4D28',
      times(
        24,
        (i) =>
          `2026-02-11 ${clock(at(8, 22) + i * 14)}.${String((i * 73) % 1000).padStart(3, '0')} UTC [${3900 + i * 5}] LOG:  connection authorized: user=settlement_worker database=ledger application_name=settlement-worker`,
      ),
    ),
    currentLog: log(
      '2026-02-11 08:28:04.218 UTC [1] LOG:  starting PostgreSQL 16.6 (Debian 16.6-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '2026-02-11 08:28:04.219 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '2026-02-11 08:28:04.231 UTC [29] LOG:  database system was interrupted; last known up at 2026-02-11 08:21:44 UTC',
      '2026-02-11 08:28:04.402 UTC [29] LOG:  database system was not properly shut down; automatic recovery in progress',
      '2026-02-11 08:28:04.409 UTC [29] LOG:  redo starts at 3A/1B0C4D28',
      '2026-02-11 08:28:07.441 UTC [29] LOG:  redo done at 3A/2C81D0F8 system usage: CPU: user: 1.21 s, system: 0.48 s, elapsed: 3.02 s',
      '2026-02-11 08:28:07.450 UTC [30] LOG:  checkpoint starting: end-of-recovery immediate wait',
      '2026-02-11 08:28:08.902 UTC [30] LOG:  checkpoint complete: wrote 9011 buffers (13.8%); 0 WAL file(s) added, 0 removed, 3 recycled; write=1.301 s, sync=0.088 s, total=1.452 s; sync files=188, longest=0.009 s, average=0.001 s; distance=286899 kB, estimate=286899 kB; lsn=3A/2C81D0F8, redo lsn=3A/2C81D0F8',
      '2026-02-11 08:28:08.911 UTC [1] LOG:  database system is ready to accept connections',
      times(
        30,
        (i) =>
          `2026-02-11 ${clock(at(8, 28, 10) + i * 3)}.${String((i * 37) % 1000).padStart(3, '0')} UTC [${120 + i * 3}] LOG:  connection authorized: user=${i % 6 === 5 ? 'ledger_api' : 'settlement_worker'} database=ledger application_name=${i % 6 === 5 ? 'ledger-api' : 'settlement-worker'}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: no heap flag, so G1 takes the default quarter of the limit; the month-end run needs a little more.
    id: 'fortysecond-g1-reconciler-crashloop',
    family: 'oom-heap',
    source: 'https://github.com/spotinst/spotinst-kubernetes-helm-charts/pull/54',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashLoop('reconciler', 3, 6),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: { JAVA_TOOL_OPTIONS: '-XX:+ExitOnOutOfMemoryError -Xlog:gc:stdout', RECON_PERIOD: '2026-01' },
        args: ['java', '-jar', '/app/reconciler.jar'],
      },
    ],
    events: [backOff('reconciler', 19), pulled('reconciler', 6)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:+ExitOnOutOfMemoryError -Xlog:gc:stdout',
      '[0.004s][info][gc] Using G1',
      '[0.011s][info][gc,init] Version: 17.0.13+11 (release)',
      '[0.011s][info][gc,init] CPUs: 2 total, 2 available',
      '[0.011s][info][gc,init] Memory: 4096M',
      '[0.011s][info][gc,init] Large Page Support: Disabled',
      '[0.011s][info][gc,init] NUMA Support: Disabled',
      '[0.011s][info][gc,init] Compressed Oops: Enabled (32-bit)',
      '[0.011s][info][gc,init] Heap Region Size: 1M',
      '[0.011s][info][gc,init] Heap Min Capacity: 8M',
      '[0.011s][info][gc,init] Heap Initial Capacity: 64M',
      '[0.011s][info][gc,init] Heap Max Capacity: 1G',
      '[0.011s][info][gc,init] Pre-touch: Disabled',
      '[0.011s][info][gc,init] Parallel Workers: 2',
      '[0.011s][info][gc,init] Concurrent Workers: 1',
      '[0.011s][info][gc,init] Concurrent Refinement Workers: 2',
      '[0.011s][info][gc,init] Periodic GC: Disabled',
      '2026-02-11 08:22:10.114 INFO  [main] c.e.recon.Reconciler - reconciling period 2026-01 (month-end close)',
      '2026-02-11 08:22:31.902 INFO  [main] c.e.recon.OpenItemLoader - open items loaded: 3,412,008 (period 2025-12: 2,901,446)',
      times(
        50,
        (i) =>
          `${up(30 + i * 6.1)}[info][gc] GC(${20 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${780 + ((i * 23) % 180)}M->${690 + ((i * 19) % 160) + Math.floor(i * 2.4)}M(1024M) ${18 + ((i * 7) % 30)}.${dd((i * 41) % 100)}1ms`,
      ),
      times(
        12,
        (i) =>
          `2026-02-11 08:${dd(23 + Math.floor(i / 3))}:${dd((i * 20) % 60)}.${String(400 + i).padStart(3, '0')} INFO  [match-${i % 2}] c.e.recon.Matcher - matched ${(1 + i) * 210000} of 3412008 items`,
      ),
      `${up(341.8)}[info][gc] GC(71) Pause Young (Concurrent Start) (G1 Evacuation Pause) 1004M->988M(1024M) 31.118ms`,
      `${up(343.2)}[info][gc] GC(73) Pause Full (G1 Compaction Pause) 1021M->1003M(1024M) 2811.442ms`,
      `${up(347.0)}[info][gc] GC(74) Pause Full (G1 Compaction Pause) 1023M->1019M(1024M) 2904.917ms`,
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: -s malloc,3G leaves 512 MiB for everything else; twice the objects need more overhead than that.
    id: 'fortysecond-varnish-api-cache-oomkilled',
    family: 'oom',
    source: 'https://github.com/varnishcache/varnish-cache/issues/3965',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('varnish', 3, '2026-02-11T08:28:05Z'),
        memoryLimit: '3584Mi',
        memoryRequest: '3584Mi',
        cpuLimit: '4',
        args: [
          'varnishd',
          '-F',
          '-a',
          ':6081',
          '-f',
          '/etc/varnish/default.vcl',
          '-s',
          'malloc,3G',
          '-s',
          'Transient=malloc,256m',
          '-p',
          'thread_pool_max=2000',
        ],
        mounts: [
          { volume: 'vcl', path: '/etc/varnish' },
          { volume: 'varnish-vsm', path: '/var/lib/varnish' },
        ],
      },
    ],
    volumes: [
      { name: 'vcl', configMap: 'api-cache-vcl' },
      { name: 'varnish-vsm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } },
    ],
    events: [
      pulled('varnish', 3),
      alert(
        'VarnishObjectCountHigh: MAIN.n_object 641k on api-cache (7-day average 278k) since /v2/catalog responses became cacheable',
      ),
    ],
    previousLog: log(
      'Debug: Version: varnish-7.5.0 revision eef25264e5ca5f96a77129308edb83ccf84cb1b1',
      'Debug: Platform: Linux,5.10.228-219.884.amzn2.x86_64,x86_64,-junix,-smalloc,-smalloc,-sdefault,-hcritbit',
      'Debug: Child (22) Started',
      'Child launched OK',
      'Info: Child (22) said Child starts',
      times(
        16,
        (i) =>
          `MAIN.n_object            ${52000 + i * 38900}          .   object structs made\nSMA.s0.g_bytes            ${Math.min(3221225472, 310000000 + i * 192000000)}          .   Bytes outstanding\nSMA.Transient.g_bytes     ${38000000 + ((i * 7919) % 9000000)}          .   Bytes outstanding\nMAIN.threads              ${410 + ((i * 17) % 90)}          .   Total number of threads`,
      ),
    ),
    currentLog: log(
      'Debug: Version: varnish-7.5.0 revision eef25264e5ca5f96a77129308edb83ccf84cb1b1',
      'Debug: Platform: Linux,5.10.228-219.884.amzn2.x86_64,x86_64,-junix,-smalloc,-smalloc,-sdefault,-hcritbit',
      'Debug: Child (21) Started',
      'Child launched OK',
      'Info: Child (21) said Child starts',
      'MAIN.n_object            21204          .   object structs made\nSMA.s0.g_bytes            102118211          .   Bytes outstanding\nSMA.Transient.g_bytes     11207110          .   Bytes outstanding\nMAIN.threads              200          .   Total number of threads',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- raises wrong (20)
  {
    // Wrong: -Xmx512m in JAVA_OPTS caps the heap at an eighth of the 4Gi limit; the pod never came near it.
    id: 'fortysecond-java-settlement-batch-failed',
    family: 'heap-capped',
    source: 'https://github.com/jaegertracing/jaeger-operator/issues/1131',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'settlement-batch',
        terminated: { reason: 'Error', exitCode: 3 },
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms256m -Xmx512m -XX:+ExitOnOutOfMemoryError -Xlog:gc',
          BATCH_DATE: '2026-02-10',
        },
        args: ['sh', '-c', 'exec java $JAVA_OPTS -jar /app/settlement-batch.jar --date=$BATCH_DATE'],
      },
    ],
    events: [
      { type: 'Normal', reason: 'Started', message: 'Started container settlement-batch' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[0.005s][info][gc] Using G1',
      '08:02:11.118 [main] INFO  c.e.settle.SettlementJob - settlement run for 2026-02-10 started: steps=[loadCaptures, matchPayouts, postLedger, exportReport]',
      '08:02:11.402 [main] INFO  c.e.settle.CaptureReader - reading captures for 2026-02-10 from settlement_captures (chunk size 5000)',
      times(
        60,
        (i) =>
          `${up(8 + i * 9.3)}[info][gc] GC(${4 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${300 + ((i * 11) % 150) + Math.floor(i * 2)}M->${180 + Math.floor(i * 4.9)}M(512M) ${9 + ((i * 7) % 20)}.${dd((i * 31) % 100)}2ms`,
      ),
      times(
        30,
        (i) =>
          `08:${dd(3 + Math.floor(i / 3))}:${dd((i * 20) % 60)}.${String(200 + i * 3).padStart(3, '0')} [main] INFO  c.e.settle.CaptureReader - read ${(i + 1) * 40000} captures (${((i + 1) * 40000 * 100) / 1480000 > 100 ? 100 : (((i + 1) * 40000 * 100) / 1480000).toFixed(1)}% of 1480000), matched in memory: ${(i + 1) * 39120}`,
      ),
      `${up(571.2)}[info][gc] GC(66) Pause Young (Concurrent Start) (G1 Humongous Allocation) 497M->489M(512M) 14.902ms`,
      `${up(573.9)}[info][gc] GC(68) Pause Full (G1 Compaction Pause) 511M->507M(512M) 1811.402ms`,
      `${up(576.1)}[info][gc] GC(69) Pause Full (G1 Compaction Pause) 511M->509M(512M) 1904.118ms`,
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: MaxDirectMemorySize caps direct buffers at 256 MiB and the chunk cache never releases them.
    id: 'fortysecond-java-blob-proxy-errors',
    family: 'native-memory',
    source: 'https://github.com/apache/hertzbeat/issues/3288',
    signal: 'Alert',
    containers: [
      {
        name: 'blob-proxy',
        running: { startedAt: '2026-02-11T07:00:08Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=50 -XX:MaxDirectMemorySize=256m' },
        args: ['java', '-jar', '/app/blob-proxy.jar'],
      },
    ],
    events: [
      alert('BlobProxyErrorRate: 38% of GET /blobs/* requests to blob-proxy returned 500 over the last 10m'),
    ],
    currentLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=50 -XX:MaxDirectMemorySize=256m',
      '2026-02-11 07:00:11.204 INFO  [main] c.e.blob.BlobProxy - blob-proxy 2.7.1 ready on :8080 (chunk size 4 MiB)',
      times(
        40,
        (i) =>
          `2026-02-11 ${clock(at(7, 2) + i * 120)}.004 INFO  [stats] c.e.blob.BufferStats - direct pool count=${Math.round(Math.min(256, 32 + i * 5.6) / 4)} used=${Math.min(256, 32 + i * 5.6).toFixed(1)}MiB capacity=${Math.min(256, 32 + i * 5.6).toFixed(1)}MiB heap_used=${210 + ((i * 37) % 120)}MiB requests_per_min=${1100 + ((i * 131) % 300)}`,
      ),
      times(30, (i) => {
        const t = `2026-02-11 ${clock(at(8, 21) + i * 16)}.${String((i * 53) % 1000).padStart(3, '0')}`;
        return i % 3 === 2
          ? `${t} INFO  [http-${i % 32}] c.e.blob.BlobHandler - GET /blobs/${(0x3e1f00 + i * 977).toString(16)} 200 bytes=${(i % 9) * 1048576 + 4096}`
          : `${t} ERROR [http-${i % 32}] c.e.blob.BlobHandler - GET /blobs/${(0x3e1f00 + i * 977).toString(16)} failed\njava.lang.OutOfMemoryError: Cannot reserve 4194304 bytes of direct buffer memory (allocated: ${266338304 + (i % 4) * 4096}, limit: 268435456)\n\tat java.base/java.nio.Bits.reserveMemory(Bits.java:178)\n\tat java.base/java.nio.DirectByteBuffer.<init>(DirectByteBuffer.java:127)\n\tat java.base/java.nio.ByteBuffer.allocateDirect(ByteBuffer.java:360)\n\tat c.e.blob.ChunkCache.allocate(ChunkCache.java:88)\n\tat c.e.blob.ChunkCache.load(ChunkCache.java:61)\n\tat c.e.blob.BlobHandler.stream(BlobHandler.java:142)\n\tat c.e.blob.BlobHandler.handle(BlobHandler.java:77)`;
      }),
      '2026-02-11 08:29:00.004 INFO  [stats] c.e.blob.BufferStats - direct pool count=64 used=256.0MiB capacity=256.0MiB heap_used=244MiB requests_per_min=1212',
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Wrong: --max-old-space-size=512 caps V8 at a quarter of the 2Gi limit.
    id: 'fortysecond-node-exports-worker-crashloop',
    family: 'heap-capped',
    source: 'https://github.com/RooCodeInc/Roomote/pull/1139',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashLoop('exports-worker', 134, 6),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', QUEUE_NAME: 'exports', CONCURRENCY: '4' },
        args: ['node', '--max-old-space-size=512', 'dist/worker.js'],
      },
    ],
    events: [backOff('exports-worker', 18), pulled('exports-worker', 6)],
    previousLog: log(
      '{"level":"info","ts":"2026-02-11T08:19:02.118Z","msg":"worker started","queue":"exports","concurrency":4,"node":"v22.12.0"}',
      times(
        56,
        (i) =>
          `{"level":"info","ts":"${iso(at(8, 19, 5) + i * 9, i * 13)}","msg":"${i % 7 === 6 ? 'job completed' : 'rows fetched'}","job":"exp_${40120 + Math.floor(i / 7)}","tenant":"${['acme', 'globex', 'initech', 'umbrella'][Math.floor(i / 7) % 4]}","rows":${(((i % 7) + 1) * 25000).toString()},"heap_used_mb":${180 + ((i * 23) % 260)}}`,
      ),
      '{"level":"info","ts":"2026-02-11T08:27:41.004Z","msg":"rows fetched","job":"exp_40128","tenant":"acme","rows":175000,"heap_used_mb":498}',
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x6b2c000]   519884 ms: Mark-Compact (reduce) 509.8 (523.4) -> 509.1 (523.9) MB, 911.40 / 0.00 ms  (average mu = 0.166, current mu = 0.031) allocation failure; scavenge might not succeed',
      '[1:0x6b2c000]   520901 ms: Mark-Compact (reduce) 510.3 (523.9) -> 509.8 (524.1) MB, 998.12 / 0.00 ms  (average mu = 0.101, current mu = 0.020) allocation failure; scavenge might not succeed',
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf06a50 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf06d37 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: RSS climbs about 25 MB a minute at flat traffic while the JS heap stays flat; a bigger limit buys minutes.
    id: 'fortysecond-bun-realtime-oomkilled',
    family: 'oom-leak',
    source: 'https://github.com/oven-sh/bun/issues/17723',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('realtime', 2, '2026-02-11T08:28:05Z'),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', PORT: '3000' },
        args: ['bun', 'run', 'src/index.ts'],
      },
    ],
    events: [pulled('realtime', 2)],
    previousLog: log(
      '[realtime] listening on :3000 (bun 1.2.21, linux x64)',
      times(
        70,
        (i) =>
          `[realtime] ${iso(at(7, 53) + i * 30, i * 11)} mem rss=${(196 + i * 12.6).toFixed(1)}MB heapUsed=${(131 + ((i * 7) % 14)).toFixed(1)}MB heapTotal=${(158 + ((i * 3) % 10)).toFixed(1)}MB sockets=${812 + ((i * 13) % 25)} msgs_per_s=${1410 + ((i * 37) % 90)}`,
      ),
    ),
    currentLog: log(
      '[realtime] listening on :3000 (bun 1.2.21, linux x64)',
      times(
        3,
        (i) =>
          `[realtime] ${iso(at(8, 28, 30) + i * 30)} mem rss=${(190 + i * 12.4).toFixed(1)}MB heapUsed=${(128 + i).toFixed(1)}MB heapTotal=156.0MB sockets=${790 + i * 9} msgs_per_s=${1380 + i * 11}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: since the release moved to Ruby 3.0 every worker grows without a plateau; roll back.
    id: 'fortysecond-ruby-accounts-api-oomkilled',
    family: 'oom-leak',
    source: 'https://github.com/rubygems/rubygems.org/issues/2843',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('accounts-api', 2, '2026-02-11T08:28:04Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { WEB_CONCURRENCY: '4', RACK_ENV: 'production' },
        args: ['bin/accounts-api'],
      },
    ],
    rollout: { minutesAgo: 95, previousTag: '2.2.9' },
    events: [pulled('accounts-api', 2)],
    previousLog: log(
      'I, [2026-02-11T07:48:31.004118 #1]  INFO -- : accounts-api 2.3.1 on ruby 3.0.2p107 (2021-07-07 revision 0db68f0233) [x86_64-linux]',
      times(
        4,
        (i) => `I, [2026-02-11T07:48:3${2 + i}.1${i}2204 #1]  INFO -- : booted worker ${i} pid=${12 + i}`,
      ),
      times(
        80,
        (i) =>
          `I, [2026-02-11T${clock(at(7, 49) + i * 29)}.${String(300000 + i * 6151).slice(0, 6)} #${12 + (i % 4)}]  INFO -- : worker=${i % 4} pid=${12 + (i % 4)} rss_mb=${218 + Math.floor(i * 3.8)} requests=${(i + 1) * 612} rps=${118 + ((i * 7) % 9)}`,
      ),
      'I, [2026-02-11T08:27:52.114511 #1]  INFO -- : master pid=1 rss_mb=88 workers=4',
    ),
    currentLog: log(
      'I, [2026-02-11T08:28:05.204118 #1]  INFO -- : accounts-api 2.3.1 on ruby 3.0.2p107 (2021-07-07 revision 0db68f0233) [x86_64-linux]',
      times(
        4,
        (i) => `I, [2026-02-11T08:28:0${6 + i}.3${i}1904 #1]  INFO -- : booted worker ${i} pid=${12 + i}`,
      ),
      times(
        6,
        (i) =>
          `I, [2026-02-11T${clock(at(8, 28, 40) + i * 12)}.40${i}118 #${12 + (i % 4)}]  INFO -- : worker=${i % 4} pid=${12 + (i % 4)} rss_mb=${214 + i * 3} requests=${(i + 1) * 240} rps=${117 + i}`,
      ),
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    // Wrong: Deno sized V8 from the host's 64 GiB, so the heap never feels the 512Mi limit; more limit changes nothing.
    id: 'fortysecond-deno-og-render-oomkilled',
    family: 'sized-from-host',
    source: 'https://github.com/denoland/deno/issues/29077',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('og-render', 4, '2026-02-11T08:28:04Z'),
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { DENO_DIR: '/deno-dir', PORT: '8000' },
        args: ['deno', 'run', '--allow-net', '--allow-env', '--allow-read=/app', 'main.ts'],
      },
    ],
    events: [pulled('og-render', 4)],
    previousLog: log(
      'Listening on http://0.0.0.0:8000/',
      '{"level":"info","ts":"2026-02-11T08:09:02.118Z","msg":"startup","deno":"2.2.12","v8":"13.5.212.4-rusty","heap_size_limit":4496293888,"total_available_size":4345152376}',
      times(80, (i) =>
        i % 8 === 7
          ? `{"level":"info","ts":"${iso(at(8, 9, 10) + i * 13)}","msg":"memory","rss":${(120 + i * 5.1).toFixed(0)}000000,"heapUsed":${(84 + i * 4.4).toFixed(0)}000000,"heapTotal":${(98 + i * 4.7).toFixed(0)}000000}`
          : `{"level":"info","ts":"${iso(at(8, 9, 10) + i * 13, i * 17)}","msg":"render","path":"/og/${['post', 'profile', 'event'][i % 3]}/${55120 + i * 3}","ms":${40 + ((i * 23) % 120)},"bytes":${48000 + ((i * 977) % 30000)}}`,
      ),
    ),
    currentLog: log(
      'Listening on http://0.0.0.0:8000/',
      '{"level":"info","ts":"2026-02-11T08:28:05.004Z","msg":"startup","deno":"2.2.12","v8":"13.5.212.4-rusty","heap_size_limit":4496293888,"total_available_size":4345152376}',
      '{"level":"info","ts":"2026-02-11T08:29:10.118Z","msg":"memory","rss":131000000,"heapUsed":88000000,"heapTotal":101000000}',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: one tenant sent 98,412 points; the distance matrix alone is 72 GiB.
    id: 'fortysecond-numpy-geo-cluster-500s',
    family: 'oversized-input',
    source: 'https://github.com/pollen-robotics/dtw/issues/55',
    signal: 'Alert',
    containers: [
      {
        name: 'geo-cluster',
        running: { startedAt: '2026-02-11T07:00:07Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: ['python', '-m', 'geo_cluster.api'],
      },
    ],
    events: [
      alert('GeoClusterApi5xx: 12% of POST /v1/clusters to geo-cluster returned 500 over the last 15m'),
    ],
    currentLog: log(
      '2026-02-11 07:00:09,004 INFO geo_cluster.api: geo-cluster 1.9.2 (python 3.12.8, numpy 2.1.3, scipy 1.14.1) listening on :8080',
      times(
        70,
        (i) =>
          `2026-02-11 ${clock(at(8, 3) + i * 18)},${String((i * 47) % 1000).padStart(3, '0')} INFO geo_cluster.api: POST /v1/clusters tenant=${['fleet-eu', 'courier-nl', 'rides-de', 'parcels-fr'][i % 4]} points=${1200 + ((i * 613) % 7000)} eps_m=250 clusters=${14 + (i % 40)} took_ms=${90 + ((i * 71) % 900)} status=200`,
      ),
      times(4, (i) =>
        [
          `2026-02-11 08:${dd(22 + i * 2)}:1${i},118 INFO geo_cluster.api: POST /v1/clusters tenant=acme-logistics points=98412 eps_m=250`,
          `2026-02-11 08:${dd(22 + i * 2)}:1${i},160 ERROR geo_cluster.api: clustering failed for tenant=acme-logistics job=job_${8812 + i}`,
          'Traceback (most recent call last):',
          '  File "/app/geo_cluster/api.py", line 88, in cluster',
          '    labels = dbscan_haversine(points, eps_m=req.eps_m)',
          '  File "/app/geo_cluster/algo.py", line 41, in dbscan_haversine',
          '    dist = pairwise_haversine(points)',
          '  File "/app/geo_cluster/algo.py", line 19, in pairwise_haversine',
          '    out = np.empty((n, n), dtype=np.float64)',
          'numpy._core._exceptions._ArrayMemoryError: Unable to allocate 72.2 GiB for an array with shape (98412, 98412) and data type float64',
          `2026-02-11 08:${dd(22 + i * 2)}:1${i},161 INFO geo_cluster.api: POST /v1/clusters tenant=acme-logistics status=500`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: glibc keeps an arena per thread and never gives the peaks back; the Python heap stays near 130 MB.
    id: 'fortysecond-python-feature-worker-oomkilled',
    family: 'native-memory',
    source: 'https://github.com/goauthentik/authentik/issues/25683',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('feature-worker', 2, '2026-02-11T08:28:05Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: { WORKER_THREADS: '32', BATCH_SIZE: '5000' },
        args: ['python', '-m', 'features.worker'],
      },
    ],
    events: [pulled('feature-worker', 2)],
    previousLog: log(
      '2026-02-11 07:56:02,118 INFO features.worker: feature-worker 5.2.0 (python 3.12.8, numpy 2.1.3, glibc 2.36) threads=32 os.cpu_count()=64',
      times(70, (i) => {
        const t = `2026-02-11 ${clock(at(7, 56, 30) + i * 27)},${String((i * 83) % 1000).padStart(3, '0')}`;
        return i % 7 === 6
          ? `${t} INFO features.mem: rss_mb=${540 + Math.floor(i / 7) * 138} tracemalloc_current_mb=${126 + (i % 9)} tracemalloc_peak_mb=${388 + (i % 31)} threads=33 gc_objects=${1840000 + i * 211}`
          : `${t} INFO features.worker: batch ${4410 + i} done rows=5000 features=212 took_ms=${700 + ((i * 97) % 900)}`;
      }),
      '2026-02-11 08:27:51,004 INFO features.mem: rss_mb=1921 tracemalloc_current_mb=131 tracemalloc_peak_mb=402 threads=33 gc_objects=1852211',
    ),
    currentLog: log(
      '2026-02-11 08:28:06,901 INFO features.worker: feature-worker 5.2.0 (python 3.12.8, numpy 2.1.3, glibc 2.36) threads=32 os.cpu_count()=64',
      '2026-02-11 08:29:01,118 INFO features.mem: rss_mb=512 tracemalloc_current_mb=122 tracemalloc_peak_mb=371 threads=33 gc_objects=1839004',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the pool takes os.cpu_count() = 64 on a 2-CPU container and every process loads the model.
    id: 'fortysecond-torch-batch-scorer-crashloop',
    family: 'too-many-workers',
    source: 'https://github.com/benoitc/gunicorn/issues/2028',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('batch-scorer', 5),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '2',
        env: { SCORER_MODEL: '/models/churn-v12.pt', SCORER_INPUT: 's3://scoring-input/2026-02-11/' },
        args: ['python', '-m', 'scorer.batch'],
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'scorer-models' }],
    events: [backOff('batch-scorer', 16), pulled('batch-scorer', 5)],
    previousLog: log(
      '2026-02-11 08:26:01,004 INFO scorer.batch: batch-scorer 12.0.4 torch 2.5.1+cpu python 3.12.8',
      '2026-02-11 08:26:01,005 INFO scorer.batch: os.cpu_count()=64 cgroup cpu.max="200000 100000"',
      '2026-02-11 08:26:01,006 INFO scorer.batch: starting scoring pool: processes=64 (multiprocessing default)',
      '2026-02-11 08:26:01,007 INFO scorer.batch: input manifest s3://scoring-input/2026-02-11/: 412 parquet files, 38,112,904 customers',
      times(
        18,
        (i) =>
          `2026-02-11 08:26:${dd(2 + Math.floor(i / 2))},${String(100 + i * 17).padStart(3, '0')} INFO scorer.pool: [worker ${i}] pid=${41 + i} loaded /models/churn-v12.pt (412.6 MB) in ${(1.6 + (i % 7) * 0.2).toFixed(1)}s`,
      ),
      times(
        12,
        (i) =>
          `2026-02-11 08:26:${dd(11 + i)},${String(300 + i * 23).padStart(3, '0')} INFO scorer.pool: [worker ${i % 18}] scoring part-${String(i).padStart(5, '0')}.parquet (92,504 rows)`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: go1.15 frees pages with MADV_FREE; they count in the working set until the kernel needs them.
    id: 'fortysecond-go-metrics-relay-memory-alert',
    family: 'memory-alert',
    source: 'https://github.com/golang/go/issues/28466',
    signal: 'Alert',
    containers: [
      {
        name: 'metrics-relay',
        running: { startedAt: '2026-02-11T07:00:06Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['/relay', '--listen=:9201', '--remote-write=https://metrics.internal/api/v1/push'],
      },
    ],
    events: [
      alert(
        'KubeContainerMemoryNearLimit: container metrics-relay in pod metrics-relay-6c9f7d-x2kq8 is using 93% of its memory limit (working set) for 20m',
      ),
    ],
    currentLog: log(
      'level=info ts=2026-02-11T07:00:06.118Z caller=main.go:88 msg="metrics-relay starting" version=1.41.0 go=go1.15.15',
      times(100, (i) =>
        i % 10 === 9
          ? `level=info ts=${iso(at(8, 0) + i * 17)} caller=stats.go:41 msg="runtime memstats" heap_alloc=${182 + ((i * 13) % 60)}MB heap_inuse=${210 + ((i * 11) % 50)}MB heap_idle=${690 + ((i * 7) % 40)}MB heap_released=${600 + ((i * 5) % 30)}MB sys=${928 + ((i * 3) % 12)}MB num_gc=${1300 + i}`
          : `level=info ts=${iso(at(8, 0) + i * 17, i * 29)} caller=relay.go:203 msg="flushed batch" series=${46000 + ((i * 331) % 4000)} samples=${92000 + ((i * 977) % 9000)} duration=${180 + ((i * 17) % 90)}ms status=204`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: DOTNET_GCHeapHardLimit=0x20000000 is 512 MiB in hex; the GC heap is capped far below the 3Gi limit.
    id: 'fortysecond-dotnet-report-api-500s',
    family: 'heap-capped',
    source: 'https://github.com/dotnet/runtime/issues/77961',
    signal: 'Alert',
    containers: [
      {
        name: 'report-api',
        running: { startedAt: '2026-02-11T07:00:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: { ASPNETCORE_URLS: 'http://+:8080', DOTNET_GCHeapHardLimit: '0x20000000' },
      },
    ],
    events: [
      alert('ReportApiErrors: 24% of POST /api/reports/render to report-api returned 500 over the last 10m'),
    ],
    currentLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      times(40, (i) =>
        i % 5 === 4
          ? `info: Reports.Api.Diagnostics.RuntimeReporter[0]\n      working_set=${640 + ((i * 7) % 60)}MiB gc_heap=${470 + ((i * 5) % 40)}MiB gc_committed=${500 + ((i * 3) % 12)}MiB heap_hard_limit=512MiB container_limit=3072MiB`
          : `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 POST http://report-api.prod.svc:8080/api/reports/render - 200 ${400000 + ((i * 7919) % 900000)} application/pdf ${(800 + ((i * 97) % 2000)).toFixed(4)}ms`,
      ),
      times(
        6,
        (i) =>
          `fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HN9T${String(4000 + i * 7)}L4Q", Request id "0HN9T${String(4000 + i * 7)}L4Q:0000000${i + 1}": An unhandled exception was thrown by the application.\n      System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n         at System.GC.AllocateNewArray(IntPtr typeHandle, Int32 length, GC_ALLOC_FLAGS flags)\n         at System.IO.MemoryStream.set_Capacity(Int32 value)\n         at System.IO.MemoryStream.EnsureCapacity(Int32 value)\n         at System.IO.MemoryStream.Write(Byte[] buffer, Int32 offset, Int32 count)\n         at Reports.Api.Rendering.PdfRenderer.RenderAsync(ReportRequest request, CancellationToken ct) in /src/Reports.Api/Rendering/PdfRenderer.cs:line 118`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: pm.max_children=50 at up to 250 MiB a child cannot fit 3Gi; the pool keeps spawning under load.
    id: 'fortysecond-php-fpm-shop-oomkilled',
    family: 'too-many-workers',
    source: 'https://github.com/sclorg/s2i-php-container/issues/416',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('php-fpm', 4, '2026-02-11T08:28:04Z'),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          PHP_MEMORY_LIMIT: '256M',
          FPM_PM: 'dynamic',
          FPM_PM_MAX_CHILDREN: '50',
          FPM_PM_START_SERVERS: '5',
          FPM_PM_MAX_SPARE_SERVERS: '10',
        },
      },
      { name: 'nginx', running: { startedAt: '2026-02-11T07:00:08Z' }, ready: true, memoryLimit: '128Mi' },
    ],
    events: [pulled('php-fpm', 4)],
    previousLog: log(
      '[11-Feb-2026 08:06:11] NOTICE: fpm is running, pid 1',
      '[11-Feb-2026 08:06:11] NOTICE: ready to handle connections',
      times(90, (i) => {
        const t = clock(at(8, 6, 20) + i * 14);
        if (i % 12 === 11) {
          const total = Math.min(49, 9 + Math.floor(i / 12) * 5);
          return `[11-Feb-2026 ${t}] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and ${total} total children`;
        }
        if (i % 5 === 4)
          return `[2026-02-11T${t}.${String((i * 91) % 1000).padStart(3, '0')}+00:00] app.INFO: report export finished {"report":"orders-by-region","rows":${120000 + ((i * 7919) % 80000)},"peak_mb":${(196 + ((i * 13) % 50)).toFixed(1)}} []`;
        return `10.42.0.27 -  11/Feb/2026:${t} +0000 "${i % 3 === 0 ? 'POST /index.php' : 'GET /index.php'}" 200`;
      }),
      '[11-Feb-2026 08:27:50] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and 41 total children',
    ),
    currentLog: log(
      '[11-Feb-2026 08:28:04] NOTICE: fpm is running, pid 1',
      '[11-Feb-2026 08:28:04] NOTICE: ready to handle connections',
      times(
        12,
        (i) => `10.42.0.27 -  11/Feb/2026:${clock(at(8, 28, 10) + i * 7)} +0000 "GET /index.php" 200`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: one writer process falls behind a throttled sink; its mailbox grows until any limit is full.
    id: 'fortysecond-elixir-ingest-oomkilled',
    family: 'oom-leak',
    source: 'https://github.com/erlang/otp/issues/8759',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('ingest', 3, '2026-02-11T08:28:05Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { RELEASE_NODE: 'ingest@10.42.3.41', SINK_URL: 'https://events-sink.partner.example/v2/batch' },
        args: ['bin/ingest', 'start'],
      },
    ],
    events: [pulled('ingest', 3)],
    previousLog: log(
      '07:59:01.118 [info] Ingest.Writer started (sink: https://events-sink.partner.example/v2/batch, batch: 500)',
      times(52, (i) => {
        const t = `${clock(at(7, 59, 30) + i * 28)}.${String((i * 41) % 1000).padStart(3, '0')}`;
        return i % 3 === 2
          ? `${t} [info] ingest stats: received=${48000 + ((i * 131) % 900)}/s written=${9100 + ((i * 37) % 300)}/s writer_queue_len=${(i + 1) * 13410} memory_total=${(310 + i * 26).toFixed(0)}MB`
          : `${t} [warning] Ingest.Writer: sink replied 429 Too Many Requests (retry-after: 2), backing off ${1000 + (i % 4) * 500}ms`;
      }),
      '08:24:11.602 [notice]     :alarm_handler: {:set, {:process_memory_high_watermark, #PID<0.2841.0>}}',
      times(
        8,
        (i) =>
          `08:${dd(24 + Math.floor(i / 3))}:${dd(20 + i * 4)}.${String(200 + i).padStart(3, '0')} [warning] Ingest.Writer: sink replied 429 Too Many Requests (retry-after: 2), backing off 2000ms`,
      ),
      '08:27:44.004 [info] ingest stats: received=48212/s written=9044/s writer_queue_len=831922 memory_total=1911MB',
    ),
    currentLog: log(
      '08:28:06.221 [info] Ingest.Writer started (sink: https://events-sink.partner.example/v2/batch, batch: 500)',
      '08:28:34.004 [warning] Ingest.Writer: sink replied 429 Too Many Requests (retry-after: 2), backing off 1000ms',
      '08:29:00.004 [info] ingest stats: received=47911/s written=9210/s writer_queue_len=14102 memory_total=322MB',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the node is healthy; a shipper's 644 MB bulk requests trip the parent breaker by design.
    id: 'fortysecond-es-data-bulk-rejections',
    family: 'oversized-input',
    source: 'https://github.com/elastic/elasticsearch/issues/23258',
    signal: 'Alert',
    containers: [
      {
        name: 'elasticsearch',
        running: { startedAt: '2026-02-11T07:00:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: { 'node.roles': 'data_hot,ingest', 'cluster.name': 'logs-prod' },
        mounts: [{ volume: 'data', path: '/usr/share/elasticsearch/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-es-data-2' }],
    events: [
      alert(
        'ElasticsearchBulkRejections: es-data-2 rejected 1212 bulk requests with circuit_breaking_exception in the last 10m',
      ),
    ],
    currentLog: log(
      '{"@timestamp":"2026-02-11T07:00:19.004Z", "log.level": "INFO", "message":"heap size [4gb], compressed ordinary object pointers [true]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.env.NodeEnvironment","elasticsearch.node.name":"es-data-2","elasticsearch.cluster.name":"logs-prod"}',
      '{"@timestamp":"2026-02-11T07:01:02.118Z", "log.level": "INFO", "message":"started {es-data-2}{Yk2mX0PZT3uYb1Fq9aR0lw}{pQ7cVd2xTkuW3n8sJm5eGA}{es-data-2}{10.42.5.31}{10.42.5.31:9300}{hs}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"org.elasticsearch.node.Node","elasticsearch.node.name":"es-data-2","elasticsearch.cluster.name":"logs-prod"}',
      times(
        8,
        (i) =>
          `{"@timestamp":"${iso(at(7, 30) + i * 400)}", "log.level": "INFO", "message":"[gc][${1800 + i * 400}] overhead, spent [${(0.4 + (i % 3) * 0.1).toFixed(1)}s] collecting in the last [${(1.0 + (i % 3) * 0.1).toFixed(1)}s]", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-data-2][scheduler][T#1]","log.logger":"org.elasticsearch.monitor.jvm.JvmGcMonitorService","elasticsearch.node.name":"es-data-2","elasticsearch.cluster.name":"logs-prod"}`,
      ),
      times(
        40,
        (i) =>
          `{"@timestamp":"${iso(at(8, 18) + i * 16, i * 31)}", "log.level": "WARN", "message":"failed to execute bulk item (index) index {[logs-app-2026.02.11][_doc][null]}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-data-2][transport_worker][T#${(i % 4) + 1}]","log.logger":"org.elasticsearch.action.bulk.TransportShardBulkAction","elasticsearch.node.name":"es-data-2","elasticsearch.cluster.name":"logs-prod","error.type":"org.elasticsearch.common.breaker.CircuitBreakingException","error.message":"[parent] Data too large, data for [indices:data/write/bulk[s]] would be [${4187312011 + i * 4099}/3.8gb], which is larger than the limit of [4080218931/3.7gb], real usage: [${3512004120 + i * 3011}/3.2gb], new bytes reserved: [675307891/644mb], usages [model_inference=0/0b, inflight_requests=675307891/644mb, request=0/0b, fielddata=0/0b, eql_sequence=0/0b]"}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: max_server_memory_usage is pinned at 4 GB by a config.d file; the 16Gi container is mostly idle.
    id: 'fortysecond-clickhouse-analytics-query-failures',
    family: 'heap-capped',
    source: 'https://github.com/ClickHouse/ClickHouse/issues/56356',
    signal: 'Alert',
    containers: [
      {
        name: 'clickhouse',
        running: { startedAt: '2026-02-11T07:00:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '8',
        mounts: [
          { volume: 'data', path: '/var/lib/clickhouse' },
          { volume: 'config-d', path: '/etc/clickhouse-server/config.d' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-clickhouse-analytics-0' },
      { name: 'config-d', configMap: 'clickhouse-analytics-config-d' },
    ],
    events: [
      alert(
        'ClickHouseQueriesFailing: 31% of queries on clickhouse-analytics failed with MEMORY_LIMIT_EXCEEDED over the last 15m',
      ),
    ],
    currentLog: log(
      "Processing configuration file '/etc/clickhouse-server/config.xml'.",
      "Merging configuration file '/etc/clickhouse-server/config.d/logger.xml'.",
      "Merging configuration file '/etc/clickhouse-server/config.d/memory.xml'.",
      "Merging configuration file '/etc/clickhouse-server/config.d/storage.xml'.",
      'Logging information to console',
      '2026.02.11 07:00:13.118220 [ 1 ] {} <Information> Application: Starting ClickHouse 24.8.7.41 (revision: 54491, git hash: 2e5e4d8b0d1, build id: 7A61BDF35D8E1B7C), PID 1',
      '2026.02.11 07:00:13.118503 [ 1 ] {} <Information> Application: starting up',
      times(70, (i) => {
        const t = `2026.02.11 ${clock(at(8, 10) + i * 15)}.${String(100000 + i * 7919).slice(0, 6)}`;
        const q = `${(0x4a1f0000 + i * 977).toString(16)}-${(0x1b2c + i).toString(16)}`;
        return i >= 24 && i % 4 === 0
          ? `${t} [ ${300 + (i % 40)} ] {${q}} <Error> executeQuery: Code: 241. DB::Exception: Memory limit (total) exceeded: would use 3.73 GiB (attempt to allocate chunk of ${4194304 + (i % 3) * 1048576} bytes), maximum: 3.73 GiB. OvercommitTracker decision: Query was selected to stop by OvercommitTracker. (MEMORY_LIMIT_EXCEEDED) (version 24.8.7.41 (official build)) (from 10.42.3.${17 + (i % 9)}:${51822 + i * 7}) (in query: SELECT toStartOfHour(ts) AS h, tenant_id, uniqExact(session_id) FROM events WHERE ts >= now() - INTERVAL 7 DAY GROUP BY h, tenant_id ORDER BY h)`
          : `${t} [ ${200 + (i % 40)} ] {${q}} <Information> executeQuery: Read ${200000 + ((i * 7919) % 900000)} rows, ${(12 + (i % 90)).toFixed(2)} MiB in ${(0.1 + (i % 30) * 0.04).toFixed(6)} sec., ${3000000 + i * 1117} rows/sec., ${(80 + i).toFixed(2)} MiB/sec.`;
      }),
      '2026.02.11 08:27:40.902114 [ 98 ] {} <Error> MergeTreeBackgroundExecutor: Exception while executing background task {c1b2d3e4-5f60-4718-9a0b-1c2d3e4f5a6b::202602_1841_1902_3}: Code: 241. DB::Exception: Memory limit (total) exceeded: would use 3.74 GiB (attempt to allocate chunk of 4360064 bytes), maximum: 3.73 GiB. (MEMORY_LIMIT_EXCEEDED) (version 24.8.7.41 (official build))',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: pub/sub output buffers have no limit; a slow subscriber grows them past maxmemory and keys are evicted.
    id: 'fortysecond-redis-fanout-bus-oomkilled',
    family: 'output-buffer',
    source: 'https://github.com/redis/redis-py/issues/1261',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('redis', 2, '2026-02-11T08:28:04Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '1',
        args: [
          'redis-server',
          '--maxmemory',
          '512mb',
          '--maxmemory-policy',
          'allkeys-lru',
          '--client-output-buffer-limit',
          'pubsub',
          '0',
          '0',
          '0',
          '--save',
          '',
          '--loglevel',
          'verbose',
        ],
      },
    ],
    events: [pulled('redis', 2)],
    previousLog: log(
      '1:C 11 Feb 2026 07:52:01.004 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 11 Feb 2026 07:52:01.004 # Redis version=6.2.14, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 11 Feb 2026 07:52:01.004 # Configuration loaded',
      '1:M 11 Feb 2026 07:52:01.005 * monotonic clock: POSIX clock_gettime',
      '1:M 11 Feb 2026 07:52:01.006 * Running mode=standalone, port=6379.',
      '1:M 11 Feb 2026 07:52:01.006 # Server initialized',
      '1:M 11 Feb 2026 07:52:01.006 * Ready to accept connections',
      times(72, (i) => {
        const t = `11 Feb 2026 ${clock(at(7, 52, 30) + i * 30)}.${String((i * 53) % 1000).padStart(3, '0')}`;
        const keys = Math.max(14, 1842 - Math.max(0, i - 20) * 36);
        const bytes = 180000000 + i * 24800000;
        return `1:M ${t} - DB 0: ${keys} keys (${Math.max(keys - 41, 0)} volatile) in 2048 slots HT.\n1:M ${t} - ${426 + (i % 5)} clients connected (0 replicas), ${bytes} bytes in use`;
      }),
    ),
    currentLog: log(
      '1:C 11 Feb 2026 08:28:04.118 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 11 Feb 2026 08:28:04.118 # Redis version=6.2.14, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:M 11 Feb 2026 08:28:04.120 * Ready to accept connections',
      '1:M 11 Feb 2026 08:28:34.004 - DB 0: 611 keys (588 volatile) in 1024 slots HT.',
      '1:M 11 Feb 2026 08:28:34.004 - 419 clients connected (0 replicas), 96112408 bytes in use',
      '1:M 11 Feb 2026 08:29:04.004 - DB 0: 1502 keys (1461 volatile) in 2048 slots HT.',
      '1:M 11 Feb 2026 08:29:04.004 - 428 clients connected (0 replicas), 141802112 bytes in use',
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
  {
    // Wrong: -m 6144 was copied from the old VM; memcached fills toward 6 GiB inside a 4Gi limit.
    id: 'fortysecond-memcached-sessions-oomkilled',
    family: 'cache-oversized',
    source: 'https://github.com/rackerlabs/genestack/pull/1616',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('memcached', 3, '2026-02-11T08:28:03Z'),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: ['memcached', '-m', '6144', '-c', '8192', '-t', '4', '-I', '2m', '-vv'],
      },
    ],
    events: [pulled('memcached', 3)],
    previousLog: log(
      times(
        42,
        (i) =>
          `slab class ${String(i + 1).padStart(3, ' ')}: chunk size ${String(Math.round(96 * 1.25 ** i)).padStart(9, ' ')} perslab ${String(Math.max(1, Math.floor(1048576 / Math.round(96 * 1.25 ** i)))).padStart(7, ' ')}`,
      ),
      '<26 server listening (auto-negotiate)',
      times(90, (i) => {
        const fd = 30 + (i % 60);
        return i % 3 === 0
          ? `<${fd} new auto-negotiating client connection`
          : i % 3 === 1
            ? `<${fd} set sess:${(0x9a1f00 + i * 7919).toString(16)} 0 1800 ${1200 + ((i * 131) % 3000)}\n>${fd} STORED`
            : `<${fd} get sess:${(0x9a1f00 + (i - 1) * 7919).toString(16)}\n>${fd} sending key sess:${(0x9a1f00 + (i - 1) * 7919).toString(16)}\n>${fd} END`;
      }),
    ),
    currentLog: log(
      times(
        12,
        (i) =>
          `slab class ${String(i + 1).padStart(3, ' ')}: chunk size ${String(Math.round(96 * 1.25 ** i)).padStart(9, ' ')} perslab ${String(Math.floor(1048576 / Math.round(96 * 1.25 ** i))).padStart(7, ' ')}`,
      ),
      '<26 server listening (auto-negotiate)',
      '<30 new auto-negotiating client connection',
      '<30 get sess:9b04e1',
      '>30 END',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: file storage of 6G sits in a memory-backed emptyDir, so every cached byte counts against 4Gi.
    id: 'fortysecond-varnish-media-cache-oomkilled',
    family: 'memory-volume',
    source: 'https://github.com/docker-library/docs/pull/2125',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('varnish', 3, '2026-02-11T08:28:04Z'),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: [
          'varnishd',
          '-F',
          '-a',
          ':6081',
          '-f',
          '/etc/varnish/default.vcl',
          '-s',
          'file,/var/lib/varnish/storage.bin,6G',
        ],
        mounts: [
          { volume: 'vcl', path: '/etc/varnish' },
          { volume: 'varnish-workdir', path: '/var/lib/varnish' },
        ],
      },
    ],
    volumes: [
      { name: 'vcl', configMap: 'media-cache-vcl' },
      { name: 'varnish-workdir', emptyDir: { medium: 'Memory' } },
    ],
    events: [pulled('varnish', 3)],
    previousLog: log(
      'Debug: Version: varnish-7.5.0 revision eef25264e5ca5f96a77129308edb83ccf84cb1b1',
      'Debug: Platform: Linux,5.10.228-219.884.amzn2.x86_64,x86_64,-junix,-sfile,-sdefault,-hcritbit',
      'Debug: Child (21) Started',
      'Child launched OK',
      'Info: Child (21) said Child starts',
      "Info: Child (21) said SMF.s0 mmap'ed 6442450944 bytes of 6442450944",
      times(
        14,
        (i) =>
          `MAIN.n_object            ${3100 + i * 2410}          .   object structs made\nSMF.s0.g_bytes            ${210000000 + i * 268000000}          .   Bytes outstanding\nSMF.s0.g_space            ${6442450944 - 210000000 - i * 268000000}          .   Bytes available\nMAIN.cache_hit            ${1200 + i * 4100}          .   Cache hits`,
      ),
    ),
    currentLog: log(
      'Debug: Version: varnish-7.5.0 revision eef25264e5ca5f96a77129308edb83ccf84cb1b1',
      'Debug: Platform: Linux,5.10.228-219.884.amzn2.x86_64,x86_64,-junix,-sfile,-sdefault,-hcritbit',
      'Debug: Child (20) Started',
      'Child launched OK',
      'Info: Child (20) said Child starts',
      "Info: Child (20) said SMF.s0 mmap'ed 6442450944 bytes of 6442450944",
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: request bodies of 1.5-3 GB buffer into /var/cache/nginx, a memory-backed emptyDir.
    id: 'fortysecond-nginx-upload-gateway-oomkilled',
    family: 'memory-volume',
    source: 'https://github.com/geolens-io/geolens/pull/2064',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('nginx', 4, '2026-02-11T08:28:04Z'),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { CLIENT_MAX_BODY_SIZE: '4g', UPSTREAM: 'media-api.prod.svc:8080' },
        mounts: [
          { volume: 'nginx-conf', path: '/etc/nginx/conf.d' },
          { volume: 'nginx-cache', path: '/var/cache/nginx' },
          { volume: 'nginx-run', path: '/var/run' },
        ],
      },
    ],
    volumes: [
      { name: 'nginx-conf', configMap: 'upload-gateway-nginx' },
      { name: 'nginx-cache', emptyDir: { medium: 'Memory' } },
      { name: 'nginx-run', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } },
    ],
    events: [pulled('nginx', 4)],
    previousLog: log(
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      '2026/02/11 08:14:02 [notice] 1#1: nginx/1.27.3',
      '2026/02/11 08:14:02 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)',
      '2026/02/11 08:14:02 [notice] 1#1: OS: Linux 5.10.228-219.884.amzn2.x86_64',
      '2026/02/11 08:14:02 [notice] 1#1: start worker processes',
      times(70, (i) => {
        const t = clock(at(8, 14, 10) + i * 11);
        return i % 7 === 3
          ? `2026/02/11 ${t} [warn] ${22 + (i % 2)}#${22 + (i % 2)}: *${4801 + i} a client request body is buffered to a temporary file /var/cache/nginx/client_temp/${String(400 + i).padStart(10, '0')}, client: 10.42.6.${70 + (i % 20)}, server: upload.example.com, request: "POST /v1/videos HTTP/1.1", host: "upload.example.com"`
          : i % 7 === 6
            ? `10.42.6.${70 + ((i - 3) % 20)} - - [11/Feb/2026:${t} +0000] "POST /v1/videos HTTP/1.1" 201 112 "-" "media-uploader/3.2.0" rt=${(40 + (i % 30)).toFixed(3)} body=${1500000000 + ((i * 7919) % 1400000000)}`
            : `10.42.1.${20 + (i % 40)} - - [11/Feb/2026:${t} +0000] "GET /v1/videos/${88100 + i}/status HTTP/1.1" 200 ${180 + (i % 60)} "-" "media-web/5.1.0" rt=0.0${10 + (i % 80)} body=0`;
      }),
    ),
    currentLog: log(
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      '2026/02/11 08:28:04 [notice] 1#1: nginx/1.27.3',
      '2026/02/11 08:28:04 [notice] 1#1: start worker processes',
      '2026/02/11 08:28:31 [warn] 22#22: *12 a client request body is buffered to a temporary file /var/cache/nginx/client_temp/0000000001, client: 10.42.6.81, server: upload.example.com, request: "POST /v1/videos HTTP/1.1", host: "upload.example.com"',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: envoy used 214Mi of its 512Mi limit; the node ran out of memory because of another tenant.
    id: 'fortysecond-envoy-ingress-evicted',
    family: 'node-pressure',
    source: 'https://github.com/squat/kilo/issues/329',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'envoy',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '2',
        args: ['envoy', '-c', '/etc/envoy/envoy.yaml', '--concurrency', '2'],
        mounts: [{ volume: 'envoy-config', path: '/etc/envoy' }],
      },
    ],
    volumes: [{ name: 'envoy-config', configMap: 'ingress-envoy' }],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'True',
          reason: 'KubeletHasInsufficientMemory',
          message: 'kubelet has insufficient memory available',
        },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
      taints: ['node.kubernetes.io/memory-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 87324Ki. Container envoy was using 219176Ki, request is 128Mi, has larger consumption of memory. ',
      },
      { type: 'Normal', reason: 'Killing', message: 'Stopping container envoy' },
    ],
    currentLog: log(
      '[2026-02-11 07:00:14.118][1][info][main] [source/server/server.cc:426] initializing epoch 0 (base id=0, hot restart version=11.104)',
      '[2026-02-11 07:00:14.301][1][info][upstream] [source/common/upstream/cds_api_helper.cc:32] cds: add 212 cluster(s), remove 0 cluster(s)',
      '[2026-02-11 07:00:14.812][1][info][upstream] [source/common/upstream/cds_api_helper.cc:71] cds: added/updated 212 cluster(s), skipped 0 unmodified cluster(s)',
      "[2026-02-11 07:00:15.004][1][info][upstream] [source/extensions/listener_managers/listener_manager/lds_api.cc:99] lds: add/update listener 'http_8080'",
      times(
        90,
        (i) =>
          `[${iso(at(7, 58) + i * 15, i * 37)}] "${i % 5 === 0 ? 'POST' : 'GET'} /${['checkout', 'cart', 'search', 'account', 'static/app.js'][i % 5]}${i % 5 === 4 ? '' : `/${4100 + i}`} HTTP/1.1" 200 - ${i % 5 === 0 ? 812 : 0} ${300 + ((i * 211) % 9000)} ${4 + ((i * 13) % 70)} ${3 + ((i * 13) % 68)} "203.0.113.${(i * 7) % 250}" "Mozilla/5.0" "${(0x7c1a0000 + i * 4099).toString(16)}-ab12" "shop.example.com" "10.42.${(i * 3) % 12}.${40 + (i % 50)}:8080"`,
      ),
    ),
    accept: ['escalate'],
  },
];
