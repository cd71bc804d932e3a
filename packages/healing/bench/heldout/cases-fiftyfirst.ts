import { crashLoop, type HeldOutCase, type HeldOutContainer, log } from './case.ts';

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const p2 = (n: number): string => String(Math.floor(n)).padStart(2, '0');

/** `HH:MM:SS` on the case's day, `s` seconds after 08:00:00 (negative: before 08:00). */
const clock = (s: number): string => {
  const t = 8 * 3600 + Math.floor(s);
  return `${p2(t / 3600)}:${p2((t % 3600) / 60)}:${p2(t % 60)}`;
};

/** `2026-02-11THH:MM:SS.mmmZ`, `s` seconds after 08:00:00. */
const iso = (s: number, ms = 0): string => `2026-02-11T${clock(s)}.${String(ms % 1000).padStart(3, '0')}Z`;

/** Epoch seconds (with fraction) for `s` seconds after 2026-02-11T08:00:00Z. */
const epoch = (s: number): string => (1770796800 + s).toFixed(6);

/** A three-digit millisecond field that looks random but is stable. */
const ms = (i: number): number => ((i * 389 + 117) % 900) + 100;

const crashed = crashLoop('5m0s', 6);

/** A container the kernel killed at its memory limit, now waiting out the kubelet's back-off. */
const oomLoop = (name: string, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container the kernel killed at its memory limit that has been restarted and runs again. */
const oomRestarted = (name: string, restarts: number, startedAt: string): HeldOutContainer => ({
  name,
  running: { startedAt },
  ready: true,
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** The kubelet's back-off event for a container that keeps dying. */
const backOff = (pod: string, container: string, count: number) => ({
  reason: 'BackOff',
  message: `Back-off restarting failed container ${container} in pod ${pod}`,
  count,
});

/**
 * A fifty-first batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: 40 MEMORY INCIDENTS, fifth round, every one with its pod spec,
 * half where raising the container's memory limit is the right first action and half where it is
 * wrong. The right raises: a Helidon SE 4 quote engine whose new all-region rule preload fills a
 * heap that is three quarters of the limit, a Play/Pekko catalogue whose heap share no longer holds
 * two onboarded marketplaces, a Ktor gateway whose first production day runs on a 512Mi limit its
 * JVM cannot fit in, a transformers reranker switched to a model twice the size, gunicorn gevent
 * workers given four more spell-check dictionaries, a Qdrant collection and a Typesense collection
 * grown with real documents, Weaviate with LIMIT_RESOURCES and more tenants, an OpenSearch data node
 * holding a new k-NN index outside its fixed heap, CockroachDB's --cache and --max-sql-memory
 * fractions under twice the connections, a NATS JetStream member whose restore of longer-retained
 * streams peaks past the limit, a Vector log-shipping sidecar and an OpenTelemetry Collector
 * sidecar (memory_limiter by percentage) too small for their steady load, a Mimir ingester with
 * two new tenants, PostgREST's schema cache over a partitioned schema, Dragonfly whose maxmemory it
 * derives from the container, a Milvus index node building a new HNSW index, a Tempo ingester with
 * three more teams, a Rust (jemalloc) zone router with more tenants and a Deno service whose
 * entrypoint sizes V8's old space from the cgroup. The wrong ones: a Swift Vapor API killed every
 * ten minutes at the same slope, a Ray actor that the memory monitor kills at the same slope after
 * every restart, Phoenix LiveView processes that grow with each connection's age, a sixty-million
 * character document redelivered to a spaCy consumer with max_length lifted, a Clojure export that
 * pulls a whole PostgreSQL result set into the heap, a Quarkus native binary run with -Xmx96m, a
 * .NET 8 worker whose new revision mounts a runtimeconfig.json with a 384 MiB HeapHardLimit, a TiKV
 * block cache configured above the limit in its ConfigMap, a Cassandra node whose fixed heap is
 * full of live data after every G1 old collection, a Bun 1.2 upgrade that needs twice the memory, a
 * trace_id label exploding Loki's streams, a VictoriaMetrics vmstorage node under a churn-rate
 * explosion, UUIDs in span names inflating an OpenTelemetry spanmetrics gateway, DuckDB spilling
 * into a memory-backed emptyDir, a Node 22 workerpool sized from the host's 64 CPUs, Puma workers
 * growing through libvips outside the Ruby heap, a Meilisearch pod evicted while a Spark executor
 * filled its node, a Valkey LRU cache at maxmemory by design, a Pulsar bookie whose usage alert
 * counts page cache, and a Jaeger all-in-one storing traces in memory without a bound. Each quotes
 * the wording of the public thread, documentation page or source in `source`. Mix: 20 memory raises
 * right (escalate tolerated in all, a rollback tolerated in the 3 that a rollout brought: the
 * Helidon preload, the larger reranker, the dictionaries); 20 wrong (18 escalations only, a
 * rollback accepted beside escalation for the Bun upgrade and the .NET runtimeconfig, a pod restart
 * tolerated for the libvips growth and the tmpfs spill, which a new pod empties); unrelated
 * rollouts in the window for Typesense, the Clojure export and Jaeger; restarts harmful for the
 * Qdrant, Weaviate, Typesense, OpenSearch, CockroachDB, NATS, Mimir and Tempo members, for TiKV,
 * Cassandra, Loki, vmstorage and the bookie, and for the Valkey cache; a cache flush harmful for
 * Dragonfly's sessions and the Valkey cache; no node action, scale-up or cache flush right
 * anywhere.
 */
export const FIFTYFIRST_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- raise right (20)
  {
    // Right: the new revision preloads every region's rules on purpose; the heap is 75 % of the limit.
    id: 'fiftyfirst-helidon-quote-engine-rules-heap',
    family: 'oom-feature',
    source: 'https://github.com/helidon-io/helidon/issues/685',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('quote-engine', 3, 4),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC',
          QUOTE_RULES_SOURCE: 's3://pricing-rules-prod/current/',
        },
        mounts: [{ volume: 'app-config', path: '/app/config' }],
      },
    ],
    volumes: [{ name: 'app-config', configMap: 'quote-engine-config' }],
    rollout: { minutesAgo: 34, addedEnv: { QUOTE_RULES_PRELOAD: 'eu,uk,us,apac' } },
    events: [
      backOff('quote-engine-6c9d7b8f5-m2xkq', 'quote-engine', 9),
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.4.61:8080/health/ready": dial tcp 10.42.4.61:8080: connect: connection refused',
        count: 14,
      },
    ],
    previousLog: log(
      `${clock(1262)}.114 INFO  [main] io.helidon.common.features.HelidonFeatures - Helidon SE 4.1.4 features: [Config, Health, Metrics, Observe, WebServer]`,
      `${clock(1262)}.402 INFO  [main] io.helidon.webserver.ServerListener - [0x5d1e0c7a] http://0.0.0.0:8080 bound for socket '@default'`,
      `${clock(1262)}.409 INFO  [main] io.helidon.webserver.LoomServer - Started all channels in 21 milliseconds. 1204 milliseconds since JVM startup. Java 21.0.5+11-LTS`,
      `${clock(1262)}.512 INFO  [main] com.acme.quote.Main - JVM max heap 768 MiB (MaxRAMPercentage=75.0 of 1024 MiB container limit)`,
      `${clock(1262)}.515 INFO  [main] com.acme.quote.rules.RulePreloader - preloading rule sets for regions [eu, uk, us, apac] (QUOTE_RULES_PRELOAD)`,
      times(4, (i) => {
        const region = ['eu', 'uk', 'us', 'apac'][i];
        const rules = [48211, 19022, 61877, 37450][i];
        const used = [212, 301, 522, 741][i];
        return `${clock(1265 + i * 11)}.${ms(i)} INFO  [rule-loader-1] com.acme.quote.rules.RulePreloader - region=${region} rules=${rules} compiled in ${(3.1 + i * 1.7).toFixed(1)}s, heap used ${used} MiB of 768 MiB`;
      }),
      times(
        12,
        (i) =>
          `${clock(1300 + i)}.${ms(i + 7)} WARN  [rule-loader-1] com.acme.quote.rules.RuleIndex - index build for region=apac slow: segment ${i + 1}/16 (heap used ${748 + (i % 4)} MiB)`,
      ),
      `${clock(1313)}.880 ERROR [rule-loader-1] com.acme.quote.rules.RulePreloader - preload failed for region=apac`,
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3513)',
      '\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
      '\tat com.acme.quote.rules.RuleIndex.addSegment(RuleIndex.java:211)',
      '\tat com.acme.quote.rules.RulePreloader.load(RulePreloader.java:88)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: the catalogue holds two more marketplaces; the heap is 60 % of the limit and full of it.
    id: 'fiftyfirst-play-catalog-heap-share',
    family: 'oom-heap-share',
    source: 'https://github.com/MAIF/otoroshi/issues/745',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('catalog-api', 255, 5),
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-XX:MaxRAMPercentage=60 -XX:+UseG1GC -Dconfig.resource=production.conf',
          PLAY_HTTP_SECRET_KEY_FILE: '/var/run/secrets/play/secret',
        },
        mounts: [{ volume: 'play-secret', path: '/var/run/secrets/play' }],
      },
    ],
    volumes: [{ name: 'play-secret', secret: 'catalog-api-play-secret' }],
    events: [backOff('catalog-api-74d8c9b6f-wq2sn', 'catalog-api', 11)],
    previousLog: log(
      `${clock(1201)}.331 INFO  play.api.Play - Application started (Prod) (no global state)`,
      `${clock(1201)}.417 INFO  play.core.server.PekkoHttpServer - Listening for HTTP on /0.0.0.0:9000`,
      `${clock(1202)}.002 INFO  c.a.catalog.CatalogCache - JVM max heap 921 MiB; warming catalogue cache from postgres (marketplaces: 9)`,
      times(9, (i) => {
        const mk = ['fr', 'de', 'es', 'it', 'nl', 'be', 'pl', 'se', 'at'][i];
        return `${clock(1205 + i * 14)}.${ms(i)} INFO  c.a.catalog.CatalogCache - marketplace=${mk} loaded ${(180000 + ((i * 73117) % 190000)).toLocaleString('en-US')} SKUs, cache ${88 + i * 74} MiB`;
      }),
      `${clock(1332)}.540 INFO  c.a.catalog.CatalogCache - catalogue warm: 2,612,440 SKUs across 9 marketplaces (+2 since 2026-01-28, pl and se), estimated 742 MiB`,
      times(
        50,
        (i) =>
          `${clock(1335 + i * 4)}.${ms(i)} INFO  access - ${['GET /v2/products/', 'GET /v2/search?q=', 'GET /v2/offers/'][i % 3]}${70000 + i * 37} 200 ${6 + (i % 9) * 3}ms`,
      ),
      `${clock(1536)}.118 INFO  c.a.catalog.CatalogCache - scheduled refresh started (full reload, double-buffered)`,
      times(
        6,
        (i) =>
          `${clock(1540 + i * 9)}.${ms(i + 3)} WARN  c.a.catalog.CatalogCache - refresh marketplace=${['fr', 'de', 'es', 'it', 'nl', 'be'][i]}: heap after GC ${812 + i * 17} MiB of 921 MiB`,
      ),
      `[ERROR] [02/11/2026 ${clock(1596)}.771] [application-pekko.actor.default-dispatcher-7] [ActorSystem(application)] Uncaught error from thread [application-pekko.actor.default-dispatcher-7]: Java heap space, shutting down JVM since 'pekko.jvm-exit-on-fatal-error' is enabled for ActorSystem[application]`,
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat scala.collection.immutable.HashMap.updated(HashMap.scala:130)',
      '\tat com.acme.catalog.CatalogCache.$anonfun$reload$3(CatalogCache.scala:97)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the limit came from the staging overlay; heap plus the JVM's own memory do not fit in it.
    id: 'fiftyfirst-ktor-gateway-first-prod-day',
    family: 'oom-small-limit',
    source: 'https://github.com/docker/for-linux/issues/653',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('partner-gateway', 4, '2m40s'),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+UseSerialGC',
          KTOR_ENV: 'production',
          PARTNER_ROUTES_URL: 'http://route-registry.platform.svc:8080/v1/routes',
        },
      },
    ],
    events: [
      backOff('partner-gateway-5b7f9c6d4-t8lzr', 'partner-gateway', 6),
      {
        reason: 'Pulled',
        message: 'Container image "registry.acme.io/partner-gateway:2.3.1" already present on machine',
        type: 'Normal',
        count: 5,
      },
    ],
    previousLog: log(
      `${clock(1389)}.611 [main] INFO  ktor.application - Autoreload is disabled because the development mode is off.`,
      `${clock(1389)}.902 [main] INFO  c.a.gateway.Memory - JVM max heap 384 MiB (MaxRAMPercentage=75.0 of 512 MiB), SerialGC`,
      `${clock(1390)}.448 [main] INFO  c.a.gateway.Routes - loaded 1,240 partner route tables from route-registry (staging had 86)`,
      `${clock(1390)}.912 [main] INFO  ktor.application - Application started in 1.634 seconds.`,
      `${clock(1390)}.937 [DefaultDispatcher-worker-1] INFO  ktor.application - Responding at http://0.0.0.0:8080`,
      times(60, (i) =>
        i % 10 === 9
          ? `${clock(1392 + i * 3)}.${ms(i)} [metrics] INFO  c.a.gateway.Memory - heap_used=${301 + Math.floor(i / 10) * 9}MiB heap_max=384MiB metaspace=${88 + (i % 3)}MiB code_cache=${31 + Math.floor(i / 20)}MiB direct=${24 + Math.floor(i / 10) * 2}MiB threads=${61 + Math.floor(i / 10)} rss=${455 + Math.floor(i / 10) * 9}MiB limit=512MiB`
          : `${clock(1392 + i * 3)}.${ms(i)} [eventLoopGroupProxy-4-${1 + (i % 4)}] INFO  ktor.application - 200 OK: POST - /v1/partners/${['ingka', 'kappahl', 'zalando', 'otto'][i % 4]}/orders in ${12 + ((i * 7) % 40)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the new revision loads a reranker twice the size of the last one, on purpose.
    id: 'fiftyfirst-transformers-reranker-larger-model',
    family: 'oom-model',
    source: 'https://github.com/tloen/alpaca-lora/issues/546',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('reranker', 5),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          HF_HOME: '/models/hf',
          TRANSFORMERS_OFFLINE: '1',
          TORCH_NUM_THREADS: '4',
          UVICORN_WORKERS: '1',
        },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'reranker-models' }],
    rollout: { minutesAgo: 23, addedEnv: { RERANKER_MODEL_ID: 'BAAI/bge-reranker-v2-m3' } },
    events: [
      backOff('search-reranker-7f6d5c9b8-vp4hx', 'reranker', 8),
      {
        reason: 'Unhealthy',
        message:
          'Startup probe failed: Get "http://10.42.2.18:8000/healthz": dial tcp 10.42.2.18:8000: connect: connection refused',
        count: 19,
      },
    ],
    previousLog: log(
      `${iso(1488, 12)} INFO reranker.config: RERANKER_MODEL_ID=BAAI/bge-reranker-v2-m3 MAX_BATCH=32 MAX_LENGTH=512 TORCH_NUM_THREADS=4`,
      `${iso(1488, 15)} INFO reranker.config: HF_HOME=/models/hf TRANSFORMERS_OFFLINE=1 (weights pre-fetched by init job reranker-model-sync)`,
      `${iso(1488, 40)} INFO reranker.config: SCORE_CACHE=redis://reranker-cache.search.svc:6379/2 SCORE_CACHE_TTL=900`,
      `${iso(1488, 52)} INFO reranker.metrics: prometheus metrics on :9100/metrics`,
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      `${iso(1489, 201)} INFO reranker.app: torch 2.5.1+cpu, transformers 4.46.3, python 3.12.8, threads 4`,
      `${iso(1489, 202)} INFO reranker.app: cgroup memory.max=3221225472 memory.current=598732800`,
      `${iso(1489, 230)} INFO reranker.app: loading tokenizer from /models/hf/hub/models--BAAI--bge-reranker-v2-m3`,
      `${iso(1490, 911)} INFO reranker.app: tokenizer loaded: XLMRobertaTokenizerFast vocab_size=250002`,
      `${iso(1491, 2)} INFO reranker.app: loading reranker model=BAAI/bge-reranker-v2-m3 (was BAAI/bge-reranker-base) dtype=float32 device=cpu low_cpu_mem_usage=False`,
      `${iso(1491, 611)} INFO reranker.app: model card: 568M parameters, safetensors 2.27 GB in 2 shards; previous model 278M parameters, 1.11 GB`,
      `${iso(1491, 640)} WARNING reranker.app: RERANKER_MODEL_ID changed since last start (BAAI/bge-reranker-base -> BAAI/bge-reranker-v2-m3); warm-up cache invalidated`,
      `${iso(1492, 13)} INFO reranker.app: process rss before load: 612 MiB; container memory limit 3072 MiB`,
      'Loading checkpoint shards:   0%|          | 0/2 [00:00<?, ?it/s]',
      `${iso(1499, 440)} DEBUG reranker.app: rss after shard 1/2: 2204 MiB`,
      'Loading checkpoint shards:  50%|█████     | 1/2 [00:07<00:07,  7.41s/it]',
      `${iso(1501, 911)} DEBUG reranker.app: rss during shard 2/2: 2640 MiB`,
      `${iso(1503, 78)} DEBUG reranker.app: rss during shard 2/2: 2871 MiB`,
      `${iso(1504, 130)} DEBUG reranker.app: rss during shard 2/2: 3016 MiB`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: each gevent worker now holds six languages' dictionaries, as the new revision meant.
    id: 'fiftyfirst-gunicorn-gevent-spellcheck-dictionaries',
    family: 'oom-feature',
    source: 'https://github.com/benoitc/gunicorn/pull/2419',
    signal: 'Alert',
    containers: [
      {
        name: 'spellcheck',
        running: { startedAt: '2026-02-11T07:58:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: [
          'gunicorn',
          '--worker-class',
          'gevent',
          '--workers',
          '3',
          '--worker-connections',
          '500',
          '--bind',
          '0.0.0.0:8000',
          'spellcheck.wsgi:app',
        ],
        env: { DICTIONARY_DIR: '/srv/dictionaries', PYTHONUNBUFFERED: '1' },
        mounts: [{ volume: 'dictionaries', path: '/srv/dictionaries' }],
      },
    ],
    volumes: [{ name: 'dictionaries', persistentVolumeClaim: 'spellcheck-dictionaries' }],
    rollout: { minutesAgo: 32, addedEnv: { SPELLCHECK_LANGUAGES: 'en,de,fr,es,it,nl' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ContainerOOMKillEvents: container spellcheck in pod spellcheck-6f4b8d7c9-jx5mw had 9 OOM kill events in the last 15m (increase(container_oom_events_total[15m]) = 9); 502 ratio at the ingress 4.1%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `[2026-02-11 ${clock(-108)} +0000] [1] [INFO] Starting gunicorn 23.0.0`,
      `[2026-02-11 ${clock(-108)} +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)`,
      `[2026-02-11 ${clock(-108)} +0000] [1] [INFO] Using worker: gevent`,
      times(
        3,
        (i) => `[2026-02-11 ${clock(-107)} +0000] [${7 + i}] [INFO] Booting worker with pid: ${7 + i}`,
      ),
      times(
        3,
        (i) =>
          `${iso(-100 + i, ms(i))} INFO spellcheck.dicts pid=${7 + i} loaded languages=en,de,fr,es,it,nl words=4,118,902 rss=612MiB (was en,de: 1,402,117 words, 231MiB)`,
      ),
      times(90, (i) => {
        const s = 60 + i * 17;
        if (i % 15 === 7) {
          const dead = 7 + (i % 3) + Math.floor(i / 15) * 3;
          return log(
            `[2026-02-11 ${clock(s)} +0000] [1] [ERROR] Worker (pid:${dead}) was sent SIGKILL! Perhaps out of memory?`,
            `[2026-02-11 ${clock(s)} +0000] [${dead + 3}] [INFO] Booting worker with pid: ${dead + 3}`,
            `${iso(s + 6, ms(i))} INFO spellcheck.dicts pid=${dead + 3} loaded languages=en,de,fr,es,it,nl words=4,118,902 rss=611MiB (was en,de: 1,402,117 words, 231MiB)`,
          );
        }
        return `10.42.0.${20 + (i % 30)} - - [11/Feb/2026:${clock(s)} +0000] "POST /v1/check HTTP/1.1" 200 ${300 + ((i * 29) % 900)} "-" "editor-web/5.12"`;
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: the collection grew with the help-centre import; vectors and HNSW are held in RAM.
    id: 'fiftyfirst-qdrant-collection-grew-past-limit',
    family: 'oom-data-growth',
    source: 'https://github.com/qdrant/qdrant/issues/4532',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('qdrant', 3),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        args: ['./qdrant', '--config-path', '/qdrant/config/production.yaml'],
        env: { QDRANT__CLUSTER__ENABLED: 'true', QDRANT__STORAGE__ON_DISK_PAYLOAD: 'true' },
        mounts: [
          { volume: 'qdrant-storage', path: '/qdrant/storage' },
          { volume: 'qdrant-config', path: '/qdrant/config' },
        ],
      },
    ],
    volumes: [
      { name: 'qdrant-storage', persistentVolumeClaim: 'qdrant-storage-qdrant-1' },
      { name: 'qdrant-config', configMap: 'qdrant' },
    ],
    node: {
      ready: 'True',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
    },
    events: [backOff('qdrant-1', 'qdrant', 7)],
    previousLog: log(
      `${iso(1150, 114)}  INFO qdrant: Qdrant version 1.12.4 starting`,
      `${iso(1150, 118)}  INFO qdrant: Distributed mode is enabled`,
      `${iso(1150, 301)}  INFO storage::content_manager::toc: Loading collection: support-articles`,
      times(
        12,
        (i) =>
          `${iso(1151 + i * 6, ms(i))}  INFO collection::shards::local_shard: Recovering shard ./storage/collections/support-articles/${i % 3}: ${Math.min(12, (i % 4) * 4 + 3)}/12`,
      ),
      `${iso(1230, 772)}  INFO collection::collection: Loaded collection support-articles: 2,104,332 points (1024-dim, on_disk=false), 36 segments`,
      `${iso(1231, 14)}  INFO qdrant: Starting gRPC internal interface on 0.0.0.0:6335`,
      `${iso(1231, 19)}  INFO actix_server::builder: starting 4 workers`,
      times(80, (i) =>
        i % 4 === 3
          ? `${iso(1235 + i * 5, ms(i))}  INFO actix_web::middleware::logger: 10.42.3.18 "POST /collections/support-articles/points/search HTTP/1.1" 200 ${1800 + (i % 7) * 311} "-" "qdrant-client/1.12.1 python/3.12.7" 0.0${41 + (i % 40)}221`
          : `${iso(1235 + i * 5, ms(i))}  INFO actix_web::middleware::logger: 10.42.5.77 "PUT /collections/support-articles/points?wait=true HTTP/1.1" 200 92 "-" "helpcentre-importer/3.4 python/3.12.7" 0.0${62 + (i % 30)}508`,
      ),
      `${iso(1640, 301)}  INFO collection::collection_manager::optimizers::segment_optimizer: Optimizing segments [41, 44, 45] into a new segment (indexing, 3 x 61,204 points)`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: LIMIT_RESOURCES sizes Weaviate's GOMEMLIMIT from the container; two tenants' vectors were added.
    id: 'fiftyfirst-weaviate-limit-resources-tenants',
    family: 'oom-heap-share',
    source: 'https://github.com/weaviate/weaviate-io/pull/2706',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('weaviate', 4),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '3',
        env: {
          LIMIT_RESOURCES: 'true',
          PERSISTENCE_DATA_PATH: '/var/lib/weaviate',
          CLUSTER_HOSTNAME: 'weaviate-0',
          DEFAULT_VECTORIZER_MODULE: 'none',
          PROMETHEUS_MONITORING_ENABLED: 'true',
        },
        mounts: [{ volume: 'weaviate-data', path: '/var/lib/weaviate' }],
      },
    ],
    volumes: [{ name: 'weaviate-data', persistentVolumeClaim: 'weaviate-data-weaviate-0' }],
    events: [backOff('weaviate-0', 'weaviate', 8)],
    previousLog: log(
      `{"action":"startup","level":"info","msg":"limit resources: GOMEMLIMIT set to 80% of the available memory (4.80GiB of 6.00GiB), GOMAXPROCS 2","time":"${iso(1320)}"}`,
      `{"action":"startup","default_vectorizer_module":"none","level":"info","msg":"the default vectorizer modules is set to \\"none\\", as a result all new schema classes without an explicit vectorizer setting, will use this vectorizer","time":"${iso(1320, 402)}"}`,
      times(14, (i) => {
        const tenant = [
          'acme-retail',
          'bluefin',
          'corvid',
          'dunmore',
          'elkhorn',
          'fjord-bank',
          'gantry',
          'halyard',
          'ironbark',
          'juniper',
          'kestrel',
          'lumen',
          'moraine',
          'northwind',
        ][i];
        const objs =
          [
            412000, 188000, 260400, 97300, 145000, 611900, 82000, 301200, 77800, 159000, 224100, 68900,
            540300, 702800,
          ][i] ?? 0;
        return `{"action":"load_tenant","class":"Document","level":"info","msg":"loaded shard and hnsw index","objects":${objs},"shard":"${tenant}","took":"${(objs / 91000).toFixed(2)}s","time":"${iso(1322 + i * 9, ms(i))}"}`;
      }),
      `{"action":"hnsw_vector_cache_prefill","count":4041600,"index_id":"main","level":"info","limit":1000000000000,"msg":"prefilled vector cache","time":"${iso(1451)}","took":31877}`,
      `{"level":"info","msg":"tenants loaded: 14 (lumen, moraine and northwind onboarded 2026-02-09, +1.31M objects)","time":"${iso(1451, 510)}"}`,
      times(
        24,
        (i) =>
          `{"action":"restapi_management","docker_image_tag":"1.27.3","level":"info","method":"POST","msg":"${i % 2 === 0 ? 'graphql query' : 'batch objects'}","path":"/v1/${i % 2 === 0 ? 'graphql' : 'batch/objects'}","status":200,"took":"${20 + (i % 9) * 11}ms","time":"${iso(1455 + i * 6, ms(i))}"}`,
      ),
      `{"level":"warning","msg":"heap usage 4.71GiB is at 98% of GOMEMLIMIT 4.80GiB, garbage collector running continuously","time":"${iso(1601)}"}`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: Typesense holds the whole index in RAM; the products collection grew with real documents.
    id: 'fiftyfirst-typesense-products-collection-grew',
    family: 'oom-data-growth',
    source: 'https://github.com/typesense/typesense/issues/453',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('typesense', 3),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: [
          '--data-dir',
          '/data',
          '--api-port',
          '8108',
          '--peering-port',
          '8107',
          '--nodes',
          '/etc/typesense/nodes',
          '--enable-cors',
        ],
        env: { TYPESENSE_API_KEY_FILE: '/etc/typesense-secrets/api-key' },
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'nodes', path: '/etc/typesense' },
          { volume: 'api-key', path: '/etc/typesense-secrets' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-typesense-2' },
      { name: 'nodes', configMap: 'typesense-nodes' },
      { name: 'api-key', secret: 'typesense-api-key' },
    ],
    rollout: { minutesAgo: 48, addedEnv: { TYPESENSE_LOG_SLOW_REQUESTS_TIME_MS: '2000' } },
    events: [backOff('typesense-2', 'typesense', 6)],
    previousLog: log(
      `I20260211 ${clock(1288)}.114120     1 typesense_server_utils.cpp:353] Starting Typesense 27.1`,
      `I20260211 ${clock(1288)}.114201     1 typesense_server_utils.cpp:356] Typesense is using jemalloc.`,
      `I20260211 ${clock(1288)}.231774     1 typesense_server_utils.cpp:408] Thread pool size: 16`,
      `I20260211 ${clock(1289)}.002118     1 raft_server.cpp:68] Nodes configuration: typesense-0.typesense.search.svc:8107:8108,typesense-1.typesense.search.svc:8107:8108,typesense-2.typesense.search.svc:8107:8108`,
      `I20260211 ${clock(1290)}.441002   212 collection_manager.cpp:158] Loading collection products`,
      times(
        16,
        (i) =>
          `I20260211 ${clock(1293 + i * 11)}.${String(ms(i)).padStart(3, '0')}118   212 collection_manager.cpp:1782] Loaded ${((i + 1) * 262144).toLocaleString('en-US')} documents from products so far.`,
      ),
      `I20260211 ${clock(1470)}.503311   212 collection_manager.cpp:1790] Indexed 4,194,304/4,402,117 documents into collection products`,
      `I20260211 ${clock(1471)}.770402   212 collection_manager.cpp:158] Loading collection product_suggestions`,
      times(
        8,
        (i) =>
          `I20260211 ${clock(1474 + i * 6)}.${String(ms(i + 4)).padStart(3, '0')}882   212 collection_manager.cpp:1782] Loaded ${((i + 1) * 131072).toLocaleString('en-US')} documents from product_suggestions so far.`,
      ),
      `W20260211 ${clock(1522)}.118004   213 raft_server.cpp:611] Node typesense-2 is still catching up: applied_index 1188201, leader commit 1190512`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the heap is fixed at 4 GiB; the new k-NN index's graphs live in native memory beside it.
    id: 'fiftyfirst-opensearch-knn-new-index-native',
    family: 'oom-native-feature',
    source: 'https://github.com/opensearch-project/k-NN/issues/1301',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('opensearch', 2, '2026-02-11T08:17:44Z'),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: {
          OPENSEARCH_JAVA_OPTS: '-Xms4g -Xmx4g',
          'node.roles': 'data,ingest',
          'cluster.name': 'search-prod',
        },
        mounts: [{ volume: 'data', path: '/usr/share/opensearch/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-opensearch-data-2' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OpenSearchNodeRestarted: opensearch-data-2 restarted 2 times in 1h (last state OOMKilled); shards of support-embeddings-v1 relocating',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      `[2026-02-11T${clock(-1510)},118][INFO ][o.o.n.Node               ] [opensearch-data-2] version[2.17.1], pid[1], build[tar/1893d20797e30110e5877170e44d42275ce5951e/2024-09-26T21:59:52.691008096Z], OS[Linux/6.1.115-126.197.amzn2023.x86_64/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.4/21.0.4+7-LTS]`,
      `[2026-02-11T${clock(-1510)},120][INFO ][o.o.n.Node               ] [opensearch-data-2] JVM arguments [-Xms4g, -Xmx4g, -XX:+UseG1GC, -Djava.io.tmpdir=/tmp/opensearch, -XX:MaxDirectMemorySize=2147483648]`,
      `[2026-02-11T${clock(-1480)},556][INFO ][o.o.p.PluginsService     ] [opensearch-data-2] loaded plugin [opensearch-knn]`,
      `[2026-02-11T${clock(-1460)},031][INFO ][o.o.n.Node               ] [opensearch-data-2] started`,
      times(
        30,
        (i) =>
          `[2026-02-11T${clock(-1400 + i * 40)},${String(ms(i)).padStart(3, '0')}][INFO ][o.o.i.s.IndexShard       ] [opensearch-data-2] [${['orders-2026.02', 'support-embeddings-v1', 'catalog-v7'][i % 3]}][${i % 5}] primary-replica resync completed with 0 operations`,
      ),
      `[2026-02-11T${clock(-180)},440][INFO ][o.o.c.m.MetadataCreateIndexService] [opensearch-data-2] [support-embeddings-v1] warmup requested via /_plugins/_knn/warmup by search-team (5 shards, faiss hnsw, 1024-dim, 3.1M vectors)`,
      times(
        5,
        (i) =>
          `[2026-02-11T${clock(-170 + i * 22)},${String(ms(i + 2)).padStart(3, '0')}][INFO ][o.o.k.i.m.NativeMemoryCacheManager] [opensearch-data-2] loaded graph for [support-embeddings-v1][${i}] size ${(0.71 + i * 0.02).toFixed(2)}gb, native graph memory ${(0.71 * (i + 1)).toFixed(2)}gb`,
      ),
    ),
    currentLog: log(
      `[2026-02-11T${clock(1064)},221][INFO ][o.o.n.Node               ] [opensearch-data-2] version[2.17.1], pid[1], build[tar/1893d20797e30110e5877170e44d42275ce5951e/2024-09-26T21:59:52.691008096Z], OS[Linux/6.1.115-126.197.amzn2023.x86_64/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.4/21.0.4+7-LTS]`,
      `[2026-02-11T${clock(1101)},908][INFO ][o.o.n.Node               ] [opensearch-data-2] started`,
      times(
        24,
        (i) =>
          `[2026-02-11T${clock(1110 + i * 25)},${String(ms(i)).padStart(3, '0')}][INFO ][o.o.i.r.RecoverySourceHandler] [opensearch-data-2] [${['orders-2026.02', 'support-embeddings-v1', 'catalog-v7'][i % 3]}][${i % 5}] recovery [phase1]: recovered ${100 + i * 3} files with total size of [${(0.4 + (i % 6) * 0.3).toFixed(1)}gb]`,
      ),
      `[2026-02-11T${clock(1720)},011][INFO ][o.o.k.i.m.NativeMemoryCacheManager] [opensearch-data-2] loaded graph for [support-embeddings-v1][0] size 0.71gb, native graph memory 0.71gb`,
      `[2026-02-11T${clock(1741)},305][INFO ][o.o.k.i.m.NativeMemoryCacheManager] [opensearch-data-2] loaded graph for [support-embeddings-v1][3] size 0.77gb, native graph memory 1.48gb`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: --cache and --max-sql-memory are fractions of the limit; twice the connections since the app scaled.
    id: 'fiftyfirst-cockroachdb-sql-memory-connections',
    family: 'oom-heap-share',
    source: 'https://github.com/cockroachdb/cockroach/issues/35622',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('db', 3, '2026-02-11T08:19:31Z'),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        args: [
          'start',
          '--join=cockroachdb-0.cockroachdb,cockroachdb-1.cockroachdb,cockroachdb-2.cockroachdb',
          '--advertise-host=$(POD_NAME).cockroachdb',
          '--certs-dir=/cockroach/cockroach-certs',
          '--cache=25%',
          '--max-sql-memory=25%',
          '--logtostderr=INFO',
        ],
        env: { COCKROACH_CHANNEL: 'kubernetes-secure', GOMAXPROCS: '4' },
        mounts: [
          { volume: 'datadir', path: '/cockroach/cockroach-data' },
          { volume: 'certs', path: '/cockroach/cockroach-certs' },
        ],
      },
    ],
    volumes: [
      { name: 'datadir', persistentVolumeClaim: 'datadir-cockroachdb-1' },
      { name: 'certs', secret: 'cockroachdb-node-certs' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CockroachInstanceFlapping: cockroachdb-1 restarted 3 times in the last hour (last state OOMKilled); sql_conns on n2 1,809 (760 on 2026-02-09) since ledger-api went from 6 to 14 replicas at 100 pooled connections each',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      `I260211 ${clock(-612)}.118022 1 1@cli/start.go:1334 ⋮ [T1,n2] 1  CockroachDB CCL v24.2.5 (x86_64-pc-linux-gnu, built 2024/11/18 19:08:59, go1.22.8 X:nocoverageredesign)`,
      `I260211 ${clock(-612)}.120881 1 server/config.go:548 ⋮ [T1,n2] 2  system total memory: 8.0 GiB`,
      `I260211 ${clock(-612)}.120911 1 server/config.go:550 ⋮ [T1,n2] 3  server configuration:`,
      `I260211 ${clock(-612)}.120911 1 server/config.go:550 ⋮ [T1,n2] 3 +‹max offset             500000000›`,
      `I260211 ${clock(-612)}.120911 1 server/config.go:550 ⋮ [T1,n2] 3 +‹cache size             2.0 GiB›`,
      `I260211 ${clock(-612)}.120911 1 server/config.go:550 ⋮ [T1,n2] 3 +‹SQL memory pool size   2.0 GiB›`,
      times(40, (i) => {
        const s = -560 + i * 14;
        return `I260211 ${clock(s)}.${String(ms(i)).padStart(3, '0')}411 ${1200 + i} 2@server/status/runtime_log.go:47 ⋮ [T1,n2] ${40 + i}  runtime stats: ${(6.1 + i * 0.045).toFixed(1)} GiB RSS, ${3800 + i * 21} goroutines (stacks: ${61 + Math.floor(i / 3)} MiB), ${(1.9 + i * 0.03).toFixed(1)}/${(2.6 + i * 0.03).toFixed(1)} GiB Go alloc/total (heap fragmentation: 94 MiB, heap reserved: 212 MiB, heap released: 38 MiB), 2.0/2.1 GiB CGO alloc/total (${(1211.7 + i * 6.1).toFixed(1)} CGO/sec), ${(312.8 + i * 1.4).toFixed(1)}/41.0 %(u/s)time, 0.4 %gc (6x), 48 MiB/51 MiB (r/w)net`;
      }),
      `W260211 ${clock(4)}.331207 3311 2@server/status/runtime_log.go:47 ⋮ [T1,n2] 90  runtime stats: 7.9 GiB RSS, 5811 goroutines (stacks: 96 MiB), 3.4/4.1 GiB Go alloc/total (heap fragmentation: 102 MiB, heap reserved: 244 MiB, heap released: 12 MiB), 2.0/2.1 GiB CGO alloc/total (1488.2 CGO/sec), 371.1/48.6 %(u/s)time, 1.9 %gc (11x), 61 MiB/66 MiB (r/w)net`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: ORDERS now keeps 30 days; restoring it at start-up peaks just past the limit.
    id: 'fiftyfirst-nats-jetstream-restore-peak',
    family: 'oom-startup-peak',
    source: 'https://github.com/nats-io/nats-server/issues/5929',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('nats', 4),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['--config', '/etc/nats-config/nats.conf'],
        env: { SERVER_NAME: 'nats-1', POD_NAME: 'nats-1' },
        mounts: [
          { volume: 'config', path: '/etc/nats-config' },
          { volume: 'nats-js', path: '/data' },
        ],
      },
      { name: 'reloader', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    volumes: [
      { name: 'config', configMap: 'nats-config' },
      { name: 'nats-js', persistentVolumeClaim: 'nats-js-nats-1' },
    ],
    events: [
      backOff('nats-1', 'nats', 9),
      {
        reason: 'AlertFiring',
        message:
          'NatsJetStreamStreamBytesHigh: stream ORDERS 38.4 GiB, 41.2M messages on nats-0 and nats-2 (max_age 720h since 2026-02-03, was 168h); nats-1 not current',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message: 'Startup probe failed: HTTP probe failed with statuscode: 503',
        count: 22,
      },
    ],
    previousLog: log(
      `[1] 2026/02/11 ${clock(1260)}.118233 [INF] Starting nats-server`,
      `[1] 2026/02/11 ${clock(1260)}.118270 [INF]   Version:  2.10.22`,
      `[1] 2026/02/11 ${clock(1260)}.118272 [INF]   Git:      [240e9a4]`,
      `[1] 2026/02/11 ${clock(1260)}.118274 [INF]   Cluster:  nats`,
      `[1] 2026/02/11 ${clock(1260)}.118276 [INF]   Name:     nats-1`,
      `[1] 2026/02/11 ${clock(1260)}.118279 [INF]   Node:     yrzKKRBu`,
      `[1] 2026/02/11 ${clock(1260)}.118281 [INF]   ID:       NBQ7TWZ4LQ2LFW6QKM3RVF5MNDUOXWPXJ4G5KRH3RS6SN5QAYJ3ZB2HM`,
      `[1] 2026/02/11 ${clock(1260)}.118301 [INF] Using configuration file: /etc/nats-config/nats.conf`,
      `[1] 2026/02/11 ${clock(1260)}.119022 [INF] Starting http monitor on 0.0.0.0:8222`,
      `[1] 2026/02/11 ${clock(1260)}.119117 [INF] Starting JetStream`,
      `[1] 2026/02/11 ${clock(1260)}.119610 [INF] ---------------- JETSTREAM ----------------`,
      `[1] 2026/02/11 ${clock(1260)}.119613 [INF]   Max Memory:      256.00 MB`,
      `[1] 2026/02/11 ${clock(1260)}.119615 [INF]   Max Storage:     200.00 GB`,
      `[1] 2026/02/11 ${clock(1260)}.119617 [INF]   Store Directory: "/data/jetstream"`,
      `[1] 2026/02/11 ${clock(1260)}.119619 [INF] -------------------------------------------`,
      times(5, (i) => {
        const st = ['AUDIT', 'INVOICES', 'NOTIFY', 'PAYMENTS', 'SHIPMENTS'][i];
        const n = [312044, 1201877, 88421, 2411009, 981300][i] ?? 0;
        return log(
          `[1] 2026/02/11 ${clock(1261 + i * 3)}.${String(ms(i)).padStart(3, '0')}114 [INF]   Starting restore for stream '$G > ${st}'`,
          `[1] 2026/02/11 ${clock(1263 + i * 3)}.${String(ms(i + 1)).padStart(3, '0')}540 [INF]   Restored ${n.toLocaleString('en-US')} messages for stream '$G > ${st}' in ${(n / 640000).toFixed(3)}s`,
        );
      }),
      `[1] 2026/02/11 ${clock(1277)}.004118 [INF]   Starting restore for stream '$G > ORDERS'`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the log-shipping sidecar's limit is the chart default; the sink is healthy and the volume is real.
    id: 'fiftyfirst-vector-sidecar-steady-volume',
    family: 'oom-sidecar',
    source: 'https://github.com/stackabletech/trino-operator/issues/685',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'checkout-api',
        running: { startedAt: '2026-02-11T07:05:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: { LOG_FORMAT: 'json', LOG_FILE: '/var/log/app/checkout.log' },
        mounts: [{ volume: 'app-logs', path: '/var/log/app' }],
      },
      {
        ...oomLoop('vector', 8),
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '500m',
        args: ['--config-dir', '/etc/vector/'],
        env: { VECTOR_LOG: 'debug', VECTOR_SELF_POD_NAME: 'checkout-api-6d5f8b9c7-x2kqp' },
        mounts: [
          { volume: 'app-logs', path: '/var/log/app' },
          { volume: 'vector-config', path: '/etc/vector' },
          { volume: 'vector-data', path: '/var/lib/vector' },
        ],
      },
    ],
    volumes: [
      { name: 'app-logs', emptyDir: { sizeLimit: '2Gi' } },
      { name: 'vector-config', configMap: 'checkout-vector-sidecar' },
      { name: 'vector-data', emptyDir: {} },
    ],
    events: [backOff('checkout-api-6d5f8b9c7-x2kqp', 'vector', 12)],
    previousLog: log(
      `${iso(1372, 118)}  INFO vector::app: Log level is enabled. level="debug"`,
      `${iso(1372, 120)}  INFO vector::app: Loading configs. paths=["/etc/vector"]`,
      `${iso(1372, 233)}  INFO vector::topology::running: Running healthchecks.`,
      `${iso(1372, 234)}  INFO vector::topology::builder: Healthcheck passed.`,
      `${iso(1372, 235)}  INFO vector: Vector has started. debug="false" version="0.42.0" arch="x86_64" revision="3d16e34 2024-10-21 14:10:14.375255220"`,
      `${iso(1372, 236)}  INFO source{component_kind="source" component_id=app_logs component_type=file}: vector::sources::file: Starting file server. include=["/var/log/app/*.log"] exclude=[]`,
      `${iso(1372, 241)}  INFO source{component_kind="source" component_id=app_logs component_type=file}:file_server: file_source::checkpointer: Loaded checkpoint data.`,
      `${iso(1372, 244)}  INFO source{component_kind="source" component_id=app_logs component_type=file}:file_server: vector::internal_events::file::source: Resuming to watch file. file=/var/log/app/checkout.log file_position=1811044321`,
      times(60, (i) =>
        i % 2 === 0
          ? `${iso(1380 + i * 3, ms(i))} DEBUG sink{component_kind="sink" component_id=loki_out component_type=loki}:request{request_id=${18200 + i / 2}}:http: vector::internal_events::http_client: Sending HTTP request. uri=http://loki-gateway.logging.svc.cluster.local/loki/api/v1/push method=POST version=HTTP/1.1 headers={"content-type": "application/x-protobuf", "content-encoding": "snappy", "user-agent": "Vector/0.42.0 (x86_64-unknown-linux-gnu 3d16e34 2024-10-21 14:10:14.375255220)"} body=[${(1.1 + (i % 5) * 0.07).toFixed(2)} MiB]`
          : `${iso(1380 + i * 3, ms(i) + 40)} DEBUG sink{component_kind="sink" component_id=loki_out component_type=loki}:request{request_id=${18200 + (i - 1) / 2}}:http: vector::internal_events::http_client: HTTP response. status=204 No Content version=HTTP/1.1 headers={"date": "Wed, 11 Feb 2026 ${clock(1380 + i * 3)} GMT"} body=[empty]`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: memory_limiter is a percentage of a 256Mi limit; the span rate grew with traffic and it refuses steadily.
    id: 'fiftyfirst-otel-agent-sidecar-refusing',
    family: 'oom-sidecar',
    source: 'https://github.com/open-telemetry/opentelemetry-helm-charts/issues/595',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-api',
        running: { startedAt: '2026-02-11T07:01:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NODE_OPTIONS: '--max-old-space-size=1024',
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318',
        },
      },
      {
        name: 'otel-agent',
        running: { startedAt: '2026-02-11T07:01:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: ['--config=/conf/otel-agent.yaml'],
        mounts: [{ volume: 'otel-agent-config', path: '/conf' }],
      },
    ],
    volumes: [{ name: 'otel-agent-config', configMap: 'otel-agent-sidecar' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OtelcolReceiverRefusedSpans: otel-agent in orders-api-5c7d9f6b8-r4m2n refused 27% of spans over 15m (accepted 4.3k/s, was 3.1k/s on 2026-02-04 at the same hour); exporter queue and send failures 0',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${iso(-3499, 118)}\tinfo\tservice@v0.112.0/service.go:135\tSetting up own telemetry...`,
      `${iso(-3499, 441)}\tinfo\tmemorylimiter@v0.112.0/memorylimiter.go:75\tMemory limiter configured\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "limit_mib": 204, "spike_limit_mib": 51, "check_interval": 1}`,
      `${iso(-3499, 602)}\tinfo\tservice@v0.112.0/service.go:207\tStarting otelcol-contrib...\t{"Version": "0.112.0", "NumCPU": 16}`,
      `${iso(-3499, 611)}\tinfo\totlpreceiver@v0.112.0/otlp.go:169\tStarting HTTP server\t{"kind": "receiver", "name": "otlp", "data_type": "traces", "endpoint": "localhost:4318"}`,
      `${iso(-3499, 702)}\tinfo\tservice@v0.112.0/service.go:230\tEverything is ready. Begin running and processing data.`,
      times(120, (i) => {
        const s = 60 + i * 14;
        switch (i % 4) {
          case 0:
            return `${iso(s, ms(i))}\twarn\tmemorylimiter@v0.112.0/memorylimiter.go:230\tMemory usage is above soft limit. Refusing data.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": ${156 + (i % 9)}}`;
          case 1:
            return `${iso(s + 2, ms(i))}\twarn\tmemorylimiter@v0.112.0/memorylimiter.go:203\tMemory usage is above hard limit. Forcing a GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": ${205 + (i % 5)}}`;
          case 2:
            return `${iso(s + 2, ms(i) + 4)}\tinfo\tmemorylimiter@v0.112.0/memorylimiter.go:193\tMemory usage after GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": ${149 + (i % 11)}}`;
          default:
            return `${iso(s + 7, ms(i))}\tinfo\tmemorylimiter@v0.112.0/memorylimiter.go:215\tMemory usage back within limits. Resuming normal operation.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": ${151 + (i % 4)}}`;
        }
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: two tenants onboarded on Monday; replaying the WAL with their series needs more than 12Gi.
    id: 'fiftyfirst-mimir-ingester-new-tenants-series',
    family: 'oom-data-growth',
    source: 'https://github.com/grafana/mimir/pull/11873',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('ingester', 5),
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: [
          '-target=ingester',
          '-config.expand-env=true',
          '-config.file=/etc/mimir/mimir.yaml',
          '-ingester.ring.instance-availability-zone=zone-a',
        ],
        env: { GOMAXPROCS: '4', JAEGER_REPORTER_MAX_QUEUE_SIZE: '1000' },
        mounts: [
          { volume: 'config', path: '/etc/mimir' },
          { volume: 'storage', path: '/data' },
          { volume: 'runtime-config', path: '/var/mimir' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'mimir-config' },
      { name: 'runtime-config', configMap: 'mimir-runtime' },
      { name: 'storage', persistentVolumeClaim: 'storage-mimir-ingester-zone-a-1' },
    ],
    events: [
      backOff('mimir-ingester-zone-a-1', 'ingester', 10),
      {
        reason: 'AlertFiring',
        message:
          'MimirAllocatingTooMuchMemory: ingester mimir-ingester-zone-a-1 working set at 97% of its limit before the restart; in-memory series 2.98M per ingester (2.12M on 2026-02-08); tenants tenant-logistics and tenant-retail-eu onboarded 2026-02-09',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      `ts=${iso(1210, 118)} caller=main.go:239 level=info msg="Starting application" version="(version=2.14.2, branch=HEAD, revision=8b2c4f4)"`,
      `ts=${iso(1210, 402)} caller=server.go:351 level=info msg="server listening on addresses" http=[::]:8080 grpc=[::]:9095`,
      `ts=${iso(1211, 12)} caller=ingester.go:2611 level=info msg="opening existing TSDBs" concurrency=10`,
      times(11, (i) => {
        const user = [
          'anonymous',
          'team-web',
          'team-data',
          'team-payments',
          'team-platform',
          'team-mobile',
          'team-search',
          'team-risk',
          'team-ops',
          'tenant-logistics',
          'tenant-retail-eu',
        ][i];
        const series = [211004, 402118, 188771, 244902, 511877, 97004, 133620, 120450, 88712, 611044, 587330][
          i
        ];
        return `ts=${iso(1213 + i * 2, ms(i))} caller=ingester.go:2705 level=info msg="opened TSDB" user=${user} series=${series}`;
      }),
      `ts=${iso(1236, 3)} caller=head.go:626 level=info component=tsdb user=tenant-logistics msg="Replaying on-disk memory mappable chunks if any"`,
      `ts=${iso(1236, 90)} caller=head.go:713 level=info component=tsdb user=tenant-logistics msg="Replaying WAL, this may take a while"`,
      times(
        30,
        (i) =>
          `ts=${iso(1240 + i * 6, ms(i))} caller=head.go:784 level=info component=tsdb user=${i < 18 ? 'tenant-logistics' : 'tenant-retail-eu'} msg="WAL segment loaded" segment=${i < 18 ? i * 7 : (i - 18) * 9} maxSegment=${i < 18 ? 126 : 118}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the partitioned schema tripled; PostgREST holds the old and the new schema cache while it reloads.
    id: 'fiftyfirst-postgrest-schema-cache-reload-peak',
    family: 'oom-startup-peak',
    source: 'https://github.com/PostgREST/postgrest/issues/3704',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('postgrest', 2, '2026-02-11T08:24:02Z'),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        env: {
          PGRST_DB_SCHEMAS: 'api,reporting',
          PGRST_DB_ANON_ROLE: 'web_anon',
          PGRST_DB_CHANNEL_ENABLED: 'true',
          PGRST_ADMIN_SERVER_PORT: '3001',
          PGRST_DB_POOL: '20',
        },
        mounts: [{ volume: 'db-uri', path: '/etc/postgrest' }],
      },
    ],
    volumes: [{ name: 'db-uri', secret: 'postgrest-db-uri' }],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
        },
      ],
    },
    events: [
      {
        reason: 'Pulled',
        message: 'Container image "postgrest/postgrest:v12.2.3" already present on machine',
        type: 'Normal',
        count: 3,
      },
      { reason: 'Started', message: 'Started container postgrest', type: 'Normal', count: 3 },
    ],
    previousLog: log(
      '11/Feb/2026:08:06:11 +0000: Starting PostgREST 12.2.3 (519615d)...',
      '11/Feb/2026:08:06:11 +0000: Admin server listening on port 3001',
      '11/Feb/2026:08:06:11 +0000: Listening on port 3000',
      '11/Feb/2026:08:06:11 +0000: Listening for notifications on the "pgrst" channel',
      '11/Feb/2026:08:06:11 +0000: Successfully connected to PostgreSQL 16.4 on x86_64-pc-linux-gnu, compiled by gcc (GCC) 7.3.1 20180712 (Red Hat 7.3.1-17), 64-bit',
      '11/Feb/2026:08:06:11 +0000: Config reloaded',
      '11/Feb/2026:08:06:20 +0000: Schema cache queried in 8811.4 milliseconds',
      '11/Feb/2026:08:06:23 +0000: Schema cache loaded 14402 Relations, 2917 Relationships, 188 Functions, 0 Domain Representations, 4 Media Type Handlers, 1192 Timezones',
      times(
        40,
        (i) =>
          `10.42.${1 + (i % 3)}.${40 + (i % 20)} - web_anon [11/Feb/2026:08:${p2(6 + Math.floor((30 + i * 19) / 60))}:${p2((30 + i * 19) % 60)} +0000] "GET /reporting/${['usage_daily', 'invoices_monthly', 'seats_by_tenant'][i % 3]}?tenant_id=eq.${1200 + i} HTTP/1.1" 200 - "" "reporting-ui/4.2"`,
      ),
      '11/Feb/2026:08:19:02 +0000: Received a schema cache reload message on the "pgrst" channel',
      '11/Feb/2026:08:19:11 +0000: Schema cache queried in 9140.7 milliseconds',
    ),
    currentLog: log(
      '11/Feb/2026:08:24:02 +0000: Starting PostgREST 12.2.3 (519615d)...',
      '11/Feb/2026:08:24:02 +0000: Admin server listening on port 3001',
      '11/Feb/2026:08:24:02 +0000: Listening on port 3000',
      '11/Feb/2026:08:24:02 +0000: Listening for notifications on the "pgrst" channel',
      '11/Feb/2026:08:24:02 +0000: Successfully connected to PostgreSQL 16.4 on x86_64-pc-linux-gnu, compiled by gcc (GCC) 7.3.1 20180712 (Red Hat 7.3.1-17), 64-bit',
      '11/Feb/2026:08:24:02 +0000: Config reloaded',
      '11/Feb/2026:08:24:11 +0000: Schema cache queried in 9077.2 milliseconds',
      '11/Feb/2026:08:24:14 +0000: Schema cache loaded 14640 Relations, 2931 Relationships, 188 Functions, 0 Domain Representations, 4 Media Type Handlers, 1192 Timezones',
      times(
        30,
        (i) =>
          `10.42.${1 + (i % 3)}.${40 + (i % 20)} - web_anon [11/Feb/2026:08:${p2(24 + Math.floor((20 + i * 11) / 60))}:${p2((20 + i * 11) % 60)} +0000] "GET /reporting/${['usage_daily', 'invoices_monthly', 'seats_by_tenant'][i % 3]}?tenant_id=eq.${1300 + i} HTTP/1.1" 200 - "" "reporting-ui/4.2"`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: Dragonfly sets maxmemory to 80 % of the container; the session store grew with real users.
    id: 'fiftyfirst-dragonfly-sessions-auto-maxmemory',
    family: 'oom-heap-share',
    source: 'https://github.com/dragonflydb/dragonfly/issues/2915',
    signal: 'Alert',
    containers: [
      {
        name: 'dragonfly',
        running: { startedAt: '2026-02-10T22:14:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        args: [
          '--logtostderr',
          '--dir=/data',
          '--dbfilename=dump',
          '--snapshot_cron=*/30 * * * *',
          '--proactor_threads=2',
          '--maxmemory_policy=noeviction',
        ],
        mounts: [{ volume: 'df-data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'df-data', persistentVolumeClaim: 'df-data-sessions-dragonfly-0' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          "DragonflyWritesRejected: sessions-dragonfly rejected 2,114 write commands with 'Out of memory' in 5m; used_memory 2.40GiB = maxmemory 2.40GiB; keys 9.8M (sessions TTL 30d), +11% week on week with active users",
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `I20260210 22:14:05.118233     1 init.cc:78] dragonfly running in opt mode.`,
      `I20260210 22:14:05.118402     1 dfly_main.cc:633] Starting dragonfly df-v1.24.0-3b3c1b0c94e7cf35e7a0fa19b2a0a85a4e63c9bb`,
      `I20260210 22:14:05.118611     1 dfly_main.cc:677] maxmemory has not been specified. Deciding myself....`,
      `I20260210 22:14:05.118623     1 dfly_main.cc:686] Found 3.00GiB available memory. Setting maxmemory to 2.40GiB`,
      `I20260210 22:14:05.121001     1 proactor_pool.cc:147] Running 2 io threads`,
      `I20260210 22:14:05.133117     1 server_family.cc:835] Host OS: Linux 6.1.115-126.197.amzn2023.x86_64 x86_64 with 2 threads`,
      `I20260210 22:14:05.134002     1 snapshot_storage.cc:185] Load snapshot: Searching for snapshot in directory: "/data"`,
      `I20260210 22:14:05.134611     1 server_family.cc:1101] Loading /data/dump-summary.dfs`,
      `I20260210 22:14:19.902117     9 server_family.cc:1140] Load finished, num keys read: 8842117`,
      `I20260210 22:14:19.903440     1 dfly_main.cc:646] Listening on 0.0.0.0:6379`,
      times(20, (i) => {
        const mins = 22 * 60 + 30 + i * 30;
        const day = mins >= 24 * 60 ? '11' : '10';
        const hhmm = `${p2((mins / 60) % 24)}:${p2(mins % 60)}`;
        return `I202602${day} ${hhmm}:0${(i * 3) % 10}.${String(ms(i)).padStart(3, '0')}118     ${8 + (i % 2)} save_stages_controller.cc:342] Saving "/data/dump-summary.dfs" finished after ${11 + Math.floor(i / 3)} s`;
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the new collection's HNSW build needs more than the index node's 8Gi; the index is wanted.
    id: 'fiftyfirst-milvus-indexnode-new-hnsw-index',
    family: 'oom-index',
    source: 'https://github.com/milvus-io/milvus/issues/15192',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('indexnode', 3),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '8',
        args: ['milvus', 'run', 'indexnode'],
        env: { METRICS_PORT: '9091', LOG_LEVEL: 'info' },
        mounts: [{ volume: 'milvus-config', path: '/milvus/configs/user.yaml' }],
      },
    ],
    volumes: [{ name: 'milvus-config', configMap: 'vectors-milvus' }],
    events: [backOff('vectors-milvus-indexnode-6b8c7d5f9-k2rvd', 'indexnode', 6)],
    previousLog: log(
      `[2026/02/11 ${clock(1290)}.118 +00:00] [INFO] [indexnode/indexnode.go:220] ["IndexNode init successfully"] [nodeID=31]`,
      `[2026/02/11 ${clock(1290)}.402 +00:00] [INFO] [indexnode/indexnode.go:251] ["IndexNode start successfully"] [nodeID=31] [serverAddr=10.42.7.15:21121]`,
      `[2026/02/11 ${clock(1291)}.030 +00:00] [INFO] [indexnode/indexnode_service.go:61] ["IndexNode building index ..."] [collectionID=455102211977100801] [collectionName=product_images_v2] [indexID=455102211977100911] [indexName=emb_hnsw] [indexType=HNSW] [params="{\\"M\\":\\"32\\",\\"efConstruction\\":\\"360\\",\\"metric_type\\":\\"IP\\"}"] [dim=768] [numRows=1843201] [segmentID=455102211977204417]`,
      times(
        22,
        (i) =>
          `[2026/02/11 ${clock(1293 + i * 4)}.${String(ms(i)).padStart(3, '0')} +00:00] [INFO] [indexnode/task.go:${431 + (i % 3)}] ["load binlog done"] [buildID=${4551022119772100 + i}] [segmentID=455102211977204417] [fieldID=102] [blob=${i + 1}/22] [memSize=${(0.26 * (i + 1)).toFixed(2)}GB]`,
      ),
      `[2026/02/11 ${clock(1382)}.715 +00:00] [INFO] [indexnode/task.go:512] ["start build index"] [buildID=4551022119772121] [segmentID=455102211977204417] [numRows=1843201] [dim=768] [index type=HNSW]`,
      times(
        10,
        (i) =>
          `[2026/02/11 ${clock(1390 + i * 12)}.${String(ms(i + 5)).padStart(3, '0')} +00:00] [INFO] [indexnode/task.go:540] ["building"] [buildID=4551022119772121] [progress=${(i + 1) * 7}%] [rss=${(5.9 + i * 0.21).toFixed(2)}GB]`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: three teams started sending traces on Monday; the ingester's steady working set sits past 6Gi.
    id: 'fiftyfirst-tempo-ingester-more-teams',
    family: 'oom-load-growth',
    source: 'https://github.com/grafana/tempo/issues/3761',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('ingester', 3, '2026-02-11T08:18:21Z'),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        args: ['-target=ingester', '-config.file=/conf/tempo.yaml', '-mem-ballast-size-mbs=1024'],
        mounts: [
          { volume: 'tempo-conf', path: '/conf' },
          { volume: 'data', path: '/var/tempo' },
        ],
      },
    ],
    volumes: [
      { name: 'tempo-conf', configMap: 'tempo' },
      { name: 'data', persistentVolumeClaim: 'data-tempo-ingester-1' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TempoIngesterFlapping: tempo-ingester-1 OOMKilled 3 times since 07:10; distributor spans received 212k/s (+35% since teams payments, fraud and ledger started sending on 2026-02-09), no discarded spans',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      `level=info ts=${iso(-3170, 118)} caller=main.go:121 msg="Starting Tempo" version="(version=v2.6.1, branch=HEAD, revision=f2b6a7c1)"`,
      `level=info ts=${iso(-3170, 402)} caller=server.go:290 msg="server listening on addresses" http=[::]:3200 grpc=[::]:9095`,
      `level=info ts=${iso(-3169, 12)} caller=ingester.go:366 msg="beginning wal replay"`,
      `level=info ts=${iso(-3160, 602)} caller=ingester.go:411 msg="wal replay complete"`,
      times(60, (i) => {
        const s = -3100 + i * 28;
        const block = `${(0x3fa1 + i * 17).toString(16)}c2e1-9b0d-4c77-8a1e-${(0x5d0f12 + i * 997).toString(16)}e1b4a2`;
        return i % 3 === 0
          ? `level=info ts=${iso(s, ms(i))} caller=flush.go:253 msg="completing block" userid=single-tenant blockID=${block}`
          : i % 3 === 1
            ? `level=info ts=${iso(s + 9, ms(i))} caller=flush.go:260 msg="block completed" userid=single-tenant blockID=${block} duration=${(8 + (i % 7) * 1.3).toFixed(1)}s`
            : `level=info ts=${iso(s + 12, ms(i))} caller=flush.go:309 msg="flushing block" userid=single-tenant block=${block}`;
      }),
    ),
    currentLog: log(
      `level=info ts=${iso(1101, 118)} caller=main.go:121 msg="Starting Tempo" version="(version=v2.6.1, branch=HEAD, revision=f2b6a7c1)"`,
      `level=info ts=${iso(1101, 402)} caller=server.go:290 msg="server listening on addresses" http=[::]:3200 grpc=[::]:9095`,
      `level=info ts=${iso(1102, 12)} caller=ingester.go:366 msg="beginning wal replay"`,
      `level=info ts=${iso(1139, 877)} caller=ingester.go:411 msg="wal replay complete"`,
      times(30, (i) => {
        const s = 1150 + i * 22;
        const block = `${(0x41c7 + i * 23).toString(16)}a9f0-1e2d-4b3c-9d4e-${(0x6a1e04 + i * 881).toString(16)}7c21d0`;
        return i % 2 === 0
          ? `level=info ts=${iso(s, ms(i))} caller=flush.go:253 msg="completing block" userid=single-tenant blockID=${block}`
          : `level=info ts=${iso(s + 10, ms(i))} caller=flush.go:260 msg="block completed" userid=single-tenant blockID=${block} duration=${(9 + (i % 5) * 1.4).toFixed(1)}s`;
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the router holds every tenant's zones in memory; seven tenants joined and the warm set is past 1Gi.
    id: 'fiftyfirst-rust-zone-router-tenants-jemalloc',
    family: 'oom-data-growth',
    source: 'https://github.com/getsentry/objectstore/pull/501',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('zone-router', 4),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          RUST_LOG: 'info,zone_router=info',
          ZONES_SOURCE: 'postgres://zones-ro@zones-db.geo.svc:5432/zones',
          _RJEM_MALLOC_CONF: 'background_thread:true,dirty_decay_ms:5000',
        },
      },
    ],
    events: [backOff('zone-router-7d9b6c5f8-hq7mz', 'zone-router', 8)],
    previousLog: log(
      `${iso(1402, 118)}  INFO zone_router: starting zone-router 3.8.2 (allocator=jemalloc 5.3.0, tokio 1.41.1, axum 0.7.9)`,
      `${iso(1402, 140)}  INFO zone_router::index: loading zones for 61 tenants (54 on 2026-02-01)`,
      times(58, (i) => {
        const zones = 410 + ((i * 137) % 900);
        const cells = (zones * 2917 + i * 1001).toLocaleString('en-US');
        const allocated = 210 + i * 13.6;
        return i % 6 === 5
          ? `${iso(1403 + i * 2, ms(i))}  INFO zone_router::mem: jemalloc allocated=${allocated.toFixed(1)}MiB active=${(allocated * 1.03).toFixed(1)}MiB resident=${(allocated * 1.09 + 40).toFixed(1)}MiB mapped=${(allocated * 1.14 + 52).toFixed(1)}MiB retained=38.2MiB`
          : `${iso(1403 + i * 2, ms(i))}  INFO zone_router::index: tenant=t-${String(1001 + i).padStart(5, '0')} zones=${zones} h3_cells=${cells} took=${(0.3 + (i % 7) * 0.11).toFixed(2)}s`;
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the entrypoint sizes V8's old space at 75 % of the cgroup limit; the supplier catalogue outgrew it.
    id: 'fiftyfirst-deno-v8-heap-share-catalogue',
    family: 'oom-heap-share',
    source: 'https://github.com/denoland/deno/issues/26435',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('pricing-feed', 133, 5),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['/app/entrypoint.sh', 'run', '--allow-net', '--allow-env', '--allow-read=/app', 'main.ts'],
        env: {
          DENO_DIR: '/deno-dir',
          HEAP_FRACTION_OF_LIMIT: '0.75',
          SUPPLIER_FEEDS: 's3://supplier-feeds-prod/latest/',
        },
      },
    ],
    events: [backOff('pricing-feed-5f8c7b9d6-n4wzt', 'pricing-feed', 9)],
    previousLog: log(
      'entrypoint: cgroup memory.max=1073741824 bytes, HEAP_FRACTION_OF_LIMIT=0.75 -> --v8-flags=--max-old-space-size=768',
      'Listening on http://0.0.0.0:8000/',
      times(14, (i) => {
        const sup = [
          'acme-foods',
          'brightline',
          'coastal',
          'dovetail',
          'evergreen',
          'fieldhouse',
          'granary',
          'harbor',
          'ironwood',
          'juniper-farms',
          'kettle',
          'larder',
          'millbrook',
          'northfield',
        ][i];
        return `${iso(1451 + i * 4, ms(i))} INFO catalogue: supplier=${sup} items=${(61000 + ((i * 17311) % 90000)).toLocaleString('en-US')} heapUsed=${(180 + i * 41).toFixed(0)}MB`;
      }),
      `${iso(1510, 331)} INFO catalogue: 14 supplier feeds (12 on 2026-01-20: kettle and larder added), building price index`,
      '',
      '<--- Last few GCs --->',
      '',
      `[1:0x55d3b4d60000]    61044 ms: Mark-Compact 761.4 (771.6) -> 758.9 (771.9) MB, pooled: 0 MB, 611.77 / 0.00 ms  (average mu = 0.214, current mu = 0.092) allocation failure; scavenge might not succeed`,
      `[1:0x55d3b4d60000]    61702 ms: Mark-Compact 762.1 (771.9) -> 760.3 (772.4) MB, pooled: 0 MB, 640.02 / 0.00 ms  (average mu = 0.143, current mu = 0.028) allocation failure; scavenge might not succeed`,
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      '',
      '#',
      '# Fatal JavaScript out of memory: Reached heap limit',
      '#',
      '==== C stack trace ===============================',
      '',
      '    deno(+0x2d53e43) [0x55d3b1e53e43]',
      '    deno(+0x2d53a1b) [0x55d3b1e53a1b]',
      '    deno(+0x2d4f0c8) [0x55d3b1e4f0c8]',
      '    deno(+0x2d9d1a2) [0x55d3b1e9d1a2]',
      '    deno(+0x2f6b4d0) [0x55d3b206b4d0]',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- raise wrong (20)
  {
    // Wrong: the same slope after every restart at flat traffic; the export handler's buffers are never released.
    id: 'fiftyfirst-vapor-rss-climbs-same-slope',
    family: 'oom-leak',
    source: 'https://github.com/vapor/vapor/issues/2493',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('orders-api', 7, '2026-02-11T08:25:10Z'),
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          LOG_LEVEL: 'info',
          DATABASE_HOST: 'orders-pg.data.svc',
          SWIFT_BACKTRACE: 'enable=yes,sanitize=yes',
        },
      },
    ],
    events: [
      {
        reason: 'Pulled',
        message: 'Container image "registry.acme.io/orders-api:2.3.1" already present on machine',
        type: 'Normal',
        count: 8,
      },
      { reason: 'Started', message: 'Started container orders-api', type: 'Normal', count: 8 },
    ],
    previousLog: log(
      '[ NOTICE ] Server starting on http://0.0.0.0:8080',
      times(42, (i) => {
        const s = 820 + i * 14;
        return i % 6 === 5
          ? `[ INFO ] memory rss=${Math.round(188 + i * 7.7)}MB uptime=${i * 14 + 14}s requests_total=${(i + 1) * 412} open_connections=${36 + (i % 4)} [component: metrics]`
          : `[ INFO ] ${['GET /v1/orders/export', 'GET /v1/orders', 'GET /v1/orders/summary'][i % 3]} [request-id: ${(0x1a2b3c + s * 97).toString(16).toUpperCase()}-${(0x4d5e + i).toString(16).toUpperCase()}]`;
      }),
      `[ INFO ] memory rss=509MB uptime=602s requests_total=17716 open_connections=38 [component: metrics]`,
    ),
    currentLog: log(
      '[ NOTICE ] Server starting on http://0.0.0.0:8080',
      times(36, (i) => {
        const s = 1510 + i * 14;
        return i % 6 === 5
          ? `[ INFO ] memory rss=${Math.round(187 + i * 7.8)}MB uptime=${i * 14 + 14}s requests_total=${(i + 1) * 409} open_connections=${35 + (i % 4)} [component: metrics]`
          : `[ INFO ] ${['GET /v1/orders/export', 'GET /v1/orders', 'GET /v1/orders/summary'][i % 3]} [request-id: ${(0x2b3c4d + s * 89).toString(16).toUpperCase()}-${(0x5e6f + i).toString(16).toUpperCase()}]`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the memory monitor kills the same actor at the same slope after each restart; the driver's limit is not even where it runs.
    id: 'fiftyfirst-ray-actor-killed-same-slope',
    family: 'oom-leak',
    source: 'https://github.com/ray-project/ray/pull/27716',
    signal: 'Alert',
    containers: [
      {
        name: 'feature-driver',
        running: { startedAt: '2026-02-11T07:02:30Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['python', '-m', 'features.driver', '--address', 'ray://features-raycluster-head-svc:10001'],
        env: { RAY_ADDRESS: 'ray://features-raycluster-head-svc:10001', FEATURE_CACHE_MAX_RESTARTS: '-1' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RayWorkerOOMKilled: 4 workers killed by the Ray memory monitor on features-raycluster-worker-cpu-8kq2l in 2h (actor FeatureCache); node memory usage threshold 0.95',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${iso(-3445, 118)} INFO features.driver: connected to Ray cluster ray://features-raycluster-head-svc:10001 (ray 2.38.0, python 3.12.7)`,
      times(4, (k) => {
        const start = -3400 + k * 1200;
        return log(
          `(FeatureCache pid=${2211 + k * 140}, ip=10.42.6.31) ${iso(start, 12)} INFO feature_cache: actor started (restart ${k}), warming from feature-store`,
          times(
            10,
            (i) =>
              `(FeatureCache pid=${2211 + k * 140}, ip=10.42.6.31) ${iso(start + 60 + i * 110, ms(i + k))} INFO feature_cache: entries=${(412000 + i * 61000 + ((i * 7) % 5)).toLocaleString('en-US')} hit_ratio=0.${91 + (i % 5)} rss=${(1.12 + i * 0.61).toFixed(2)}GB requests_per_s=${1810 + (i % 6) * 14}`,
          ),
          `(raylet, ip=10.42.6.31) [2026-02-11 ${clock(start + 1160)},${String(ms(k)).padStart(3, '0')} E 31 31] (raylet) node_manager.cc:3069: 1 Workers (tasks / actors) killed due to memory pressure (OOM), 0 Workers crashed due to other reasons at node (ID: 6e1b0c1f8d42a7e63b9f0a0d55e1c8a0f3e9d2b74c61a4e7f0c2d911, IP: 10.42.6.31) over the last time period. To see more information about the Workers killed on this node, use \`ray logs raylet.out -ip 10.42.6.31\``,
          `${iso(start + 1161, 402)} ERROR features.driver: FeatureCache.get_batch failed: ray.exceptions.ActorDiedError: The actor died unexpectedly before finishing this task.`,
          '\tclass_name: FeatureCache',
          `\tactor_id: 8f0e4b1c2d7a9e3f${(0x11a2b + k).toString(16)}02000000`,
          'The actor is dead because its worker process has died. Worker exit type: USER_ERROR Worker exit detail: Task was killed due to the node running low on memory.',
          `Memory on the node (IP: 10.42.6.31, ID: 6e1b0c1f8d42a7e63b9f0a0d55e1c8a0f3e9d2b74c61a4e7f0c2d911) where the task (actor ID: 8f0e4b1c2d7a9e3f${(0x11a2b + k).toString(16)}02000000, name=FeatureCache.__init__, pid=${2211 + k * 140}, memory used=${(6.59 + (k % 2) * 0.03).toFixed(2)}GB) was running was 7.41GB / 7.79GB (0.951219), which exceeds the memory usage threshold of 0.95. Ray killed this worker (ID: ${(0x9c1d2e3f + k * 7919).toString(16)}a4b5c6d7e8f90112233445566778899aabbccddeeff0011) because it was the most recently scheduled task; to see more information about memory usage on this node, use \`ray logs raylet.out -ip 10.42.6.31\`. To see the logs of the worker, use \`ray logs worker-${(0x9c1d2e3f + k * 7919).toString(16)}a4b5c6d7e8f90112233445566778899aabbccddeeff0011*out -ip 10.42.6.31.\``,
        );
      }),
      `(FeatureCache pid=2771, ip=10.42.6.31) ${iso(1400, 12)} INFO feature_cache: actor started (restart 4), warming from feature-store`,
      times(
        3,
        (i) =>
          `(FeatureCache pid=2771, ip=10.42.6.31) ${iso(1460 + i * 110, ms(i))} INFO feature_cache: entries=${(412000 + i * 61000).toLocaleString('en-US')} hit_ratio=0.9${2 + i} rss=${(1.12 + i * 0.61).toFixed(2)}GB requests_per_s=${1812 + i * 9}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: each dashboard LiveView grows with how long it has been connected; connections are flat.
    id: 'fiftyfirst-liveview-process-grows-per-connection',
    family: 'oom-leak',
    source: 'https://github.com/phoenixframework/phoenix_live_view/issues/2592',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('ops-web', 2, '2026-02-11T08:22:48Z'),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          PHX_HOST: 'ops.acme.io',
          POOL_SIZE: '20',
          RELEASE_COOKIE_FILE: '/etc/release/cookie',
          ERL_FLAGS: '+MBas aobf',
        },
        mounts: [{ volume: 'release-cookie', path: '/etc/release' }],
      },
    ],
    volumes: [{ name: 'release-cookie', secret: 'ops-web-release-cookie' }],
    events: [
      { reason: 'Started', message: 'Started container ops-web', type: 'Normal', count: 3 },
      {
        reason: 'AlertFiring',
        message:
          'ContainerOOMKilled: ops-web in ops-web-8c6d5f7b9-w4hzn terminated OOMKilled at 08:21 and 07:39 (uptime 41m and 39m)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      `${clock(-1200)}.118 [info] Running OpsWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)`,
      `${clock(-1200)}.120 [info] Access OpsWeb.Endpoint at https://ops.acme.io`,
      times(50, (i) => {
        const s = -1180 + i * 46;
        if (i % 5 === 4) {
          const k = Math.floor(i / 5);
          return log(
            `${clock(s)}.000 [info] vm.memory total=${Math.round(182 + k * 78)}MB processes=${Math.round(88 + k * 73)}MB binary=${31 + k * 3}MB ets=${41 + (k % 2)}MB code=38MB atom=1MB liveview_sockets=${306 + (k % 5)}`,
            `${clock(s)}.004 [warning] largest process #PID<0.${14211 + k * 3}.0> OpsWeb.ShipmentsLive memory=${(2.1 + k * 2.2).toFixed(1)}MB connected_for=${Math.round((s + 1200) / 60)}m assigns.events=${(900 + k * 2100).toLocaleString('en-US')}`,
          );
        }
        return `${clock(s)}.${String(ms(i)).padStart(3, '0')} [info] ${['Replied phoenix:live_reload :ok', 'CONNECTED TO Phoenix.LiveView.Socket in 41µs', 'GET /shipments', 'Sent 200 in 3ms'][i % 4]}`;
      }),
    ),
    currentLog: log(
      `${clock(1368)}.402 [info] Running OpsWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)`,
      `${clock(1368)}.404 [info] Access OpsWeb.Endpoint at https://ops.acme.io`,
      times(20, (i) => {
        const s = 1380 + i * 20;
        if (i % 5 === 4) {
          const k = Math.floor(i / 5);
          return `${clock(s)}.000 [info] vm.memory total=${Math.round(176 + k * 35)}MB processes=${Math.round(84 + k * 33)}MB binary=${30 + k * 2}MB ets=41MB code=38MB atom=1MB liveview_sockets=${298 + k * 3}`;
        }
        return `${clock(s)}.${String(ms(i)).padStart(3, '0')} [info] ${['CONNECTED TO Phoenix.LiveView.Socket in 38µs', 'GET /shipments', 'Sent 200 in 2ms', 'CONNECTED TO Phoenix.LiveView.Socket in 44µs'][i % 4]}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: one sixty-million-character document at the same offset kills every consumer that takes it.
    id: 'fiftyfirst-spacy-poison-document-redelivered',
    family: 'poison-message',
    source: 'https://github.com/explosion/spaCy/issues/2817',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('ner-enricher', 6),
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          SPACY_MODEL: 'en_core_web_lg',
          SPACY_MAX_LENGTH: '100000000',
          KAFKA_TOPIC: 'docs.extracted',
          KAFKA_GROUP_ID: 'ner-enricher',
          ENABLE_AUTO_COMMIT: 'false',
        },
      },
    ],
    events: [backOff('ner-enricher-0', 'ner-enricher', 10)],
    previousLog: log(
      `{"event": "loading spaCy pipeline", "model": "en_core_web_lg", "version": "3.8.0", "level": "info", "timestamp": "${iso(1451, 118)}"}`,
      `{"event": "nlp.max_length raised from 1000000 to 100000000 (SPACY_MAX_LENGTH)", "level": "warning", "timestamp": "${iso(1459, 901)}"}`,
      `{"event": "subscribed", "topic": "docs.extracted", "group_id": "ner-enricher", "level": "info", "timestamp": "${iso(1460, 4)}"}`,
      `{"event": "partitions assigned", "partitions": [{"partition": 3, "committed": 1190442}, {"partition": 4, "committed": 1183021}, {"partition": 5, "committed": 1177810}], "level": "info", "timestamp": "${iso(1463, 512)}"}`,
      times(24, (i) => {
        const p = 3 + (i % 2 === 0 ? 0 : 2);
        const off = p === 3 ? 1190442 + Math.floor(i / 2) : 1177810 + Math.floor(i / 2);
        return `{"event": "document enriched", "partition": ${p}, "offset": ${off}, "doc_id": "d-${(0x7a11c + i * 131).toString(16)}", "chars": ${4200 + ((i * 2713) % 30000)}, "entities": ${12 + (i % 40)}, "ms": ${40 + (i % 9) * 11}, "level": "info", "timestamp": "${iso(1464 + i, ms(i))}"}`;
      }),
      `{"event": "processing document", "partition": 4, "offset": 1183021, "doc_id": "d-9f3e0a71", "source": "s3://doc-extract-prod/2026/02/10/contract-bundle-20911.pdf", "chars": 61204337, "level": "info", "timestamp": "${iso(1489, 20)}"}`,
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the export asks PostgreSQL for fourteen million rows at once; pgjdbc holds them all before the first CSV line.
    id: 'fiftyfirst-clojure-export-whole-resultset',
    family: 'oom-unbounded-export',
    source: 'https://github.com/pgjdbc/pgjdbc/issues/2861',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('reporting-api', 3, 3),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError',
          DATABASE_URL: 'jdbc:postgresql://ledger-replica.data.svc:5432/ledger',
          EXPORT_MAX_ROWS: '0',
        },
      },
    ],
    rollout: { minutesAgo: 71, addedEnv: { SENTRY_ENVIRONMENT: 'production' } },
    events: [backOff('reporting-api-6f9d8c7b5-zt5qp', 'reporting-api', 5)],
    previousLog: log(
      `2026-02-11 ${clock(1322)},118 INFO  [main] reporting.main - starting reporting-api 7.4.2 on Jetty 11.0.24, max heap 1433 MiB`,
      `2026-02-11 ${clock(1323)},402 INFO  [main] org.eclipse.jetty.server.Server - Started Server@5f2108b5{STARTING}[11.0.24,sto=0] @4117ms`,
      times(
        30,
        (i) =>
          `2026-02-11 ${clock(1325 + i * 3)},${String(ms(i)).padStart(3, '0')} INFO  [qtp1341706533-${31 + (i % 8)}] reporting.http - ${['GET /reports/ar-aging', 'GET /reports/cash-position', 'GET /health'][i % 3]} 200 ${12 + (i % 11) * 7}ms`,
      ),
      `2026-02-11 ${clock(1418)},770 INFO  [qtp1341706533-36] reporting.export - export requested id=exp-20260211-0042 report=ledger-lines year=2025 format=csv by=finance-ops (retry 3 of 5 from the finance UI)`,
      `2026-02-11 ${clock(1418)},812 INFO  [qtp1341706533-36] reporting.export - exp-20260211-0042 estimated rows 14,812,001 (SELECT * FROM ledger_lines WHERE posting_date >= '2025-01-01' AND posting_date < '2026-01-01')`,
      `2026-02-11 ${clock(1419)},001 INFO  [qtp1341706533-36] reporting.export - exp-20260211-0042 executing query via next.jdbc/execute!, writing rows when the result is returned`,
      times(
        6,
        (i) =>
          `2026-02-11 ${clock(1440 + i * 20)},${String(ms(i + 3)).padStart(3, '0')} INFO  [export-heartbeat] reporting.export - exp-20260211-0042 running ${20 + i * 20}s, rows written 0, heap used ${488 + i * 171} MiB of 1433 MiB`,
      ),
      `2026-02-11 ${clock(1562)},334 ERROR [qtp1341706533-36] reporting.export - exp-20260211-0042 failed`,
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat org.postgresql.core.PGStream.receiveTupleV3(PGStream.java:616)',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2369)',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:372)',
      '\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:517)',
      '\tat org.postgresql.jdbc.PgPreparedStatement.execute(PgPreparedStatement.java:170)',
      '\tat next.jdbc.result_set$stmt__GT_result_set.invokeStatic(result_set.clj:670)',
      '\tat next.jdbc.protocols$execute_BANG_.invokeStatic(protocols.clj:42)',
      '\tat reporting.export$run_export.invokeStatic(export.clj:88)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the native binary runs with -Xmx96m on its command line; the container has room it cannot use.
    id: 'fiftyfirst-quarkus-native-xmx-arg',
    family: 'runtime-heap-cap',
    source: 'https://github.com/quarkusio/quarkus/issues/2238',
    signal: 'Alert',
    containers: [
      {
        name: 'tariff-service',
        running: { startedAt: '2026-02-11T07:04:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['-Xmx96m', '-Dquarkus.http.host=0.0.0.0', '-Dquarkus.profile=prod'],
        env: { QUARKUS_DATASOURCE_JDBC_URL: 'jdbc:postgresql://tariffs-pg.data.svc:5432/tariffs' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HighHTTP5xxRate: tariff-service 5xx ratio 0.38 over 10m on POST /api/tariffs/recompute and GET /api/tariffs/quote; container_memory_working_set_bytes 171Mi of 512Mi limit',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      ' __  ____  __  _____   ___  __ ____  ______ ',
      ' --/ __ \\/ / / / _ | / _ \\/ //_/ / / / __/ ',
      ' -/ /_/ / /_/ / __ |/ , _/ ,< / /_/ /\\ \\   ',
      '--\\___\\_\\____/_/ |_/_/|_/_/|_|\\____/___/   ',
      `2026-02-11 ${clock(-3309)},118 INFO  [io.quarkus] (main) tariff-service 4.7.0 native (powered by Quarkus 3.15.1) started in 0.044s. Listening on: http://0.0.0.0:8080`,
      `2026-02-11 ${clock(-3309)},119 INFO  [io.quarkus] (main) Profile prod activated. `,
      `2026-02-11 ${clock(-3309)},119 INFO  [io.quarkus] (main) Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, micrometer, narayana-jta, rest, rest-jackson, scheduler, smallrye-health]`,
      times(
        40,
        (i) =>
          `2026-02-11 ${clock(-3200 + i * 60)},${String(ms(i)).padStart(3, '0')} INFO  [c.a.t.QuoteResource] (executor-thread-${1 + (i % 6)}) quote carrier=${['dhl', 'ups', 'gls', 'dpd'][i % 4]} lanes=${12 + (i % 9)} 200 in ${8 + (i % 7) * 3}ms`,
      ),
      `2026-02-11 ${clock(-800)},004 INFO  [c.a.t.RecomputeJob] (executor-thread-2) tariff recompute started: 2,104,877 tariff lines for 2026-Q1 (1,211,440 for 2025-Q4)`,
      times(18, (i) => {
        const s = -780 + i * 130;
        return i % 3 === 2
          ? `2026-02-11 ${clock(s)},${String(ms(i)).padStart(3, '0')} ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-thread-${1 + (i % 6)}) HTTP Request to /api/tariffs/${i % 2 === 0 ? 'recompute' : 'quote'} failed, error id: ${(0x2b6f01 + i * 4099).toString(16)}-${(0x9a + i).toString(16)}: java.lang.OutOfMemoryError: Garbage-collected heap size exceeded. Consider increasing the maximum Java heap size, for example with '-Xmx'.`
          : `2026-02-11 ${clock(s)},${String(ms(i)).padStart(3, '0')} WARN  [c.a.t.RecomputeJob] (executor-thread-2) recompute batch ${i + 1}/40 slow: ${(4 + i * 1.7).toFixed(1)}s`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the new revision mounts a runtimeconfig.json whose HeapHardLimit is 384 MiB inside a 2Gi container.
    id: 'fiftyfirst-dotnet-runtimeconfig-heap-hard-limit',
    family: 'runtime-heap-cap',
    source: 'https://github.com/dotnet/runtime/issues/77961',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('ledger-worker', 134, 5),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { DOTNET_ENVIRONMENT: 'Production', DOTNET_gcServer: '0' },
        mounts: [{ volume: 'ledger-worker-runtimeconfig', path: '/app/Ledger.Worker.runtimeconfig.json' }],
      },
    ],
    volumes: [{ name: 'ledger-worker-runtimeconfig', configMap: 'ledger-worker-runtimeconfig' }],
    rollout: { minutesAgo: 52, addedConfigMapVolumes: ['ledger-worker-runtimeconfig'] },
    events: [backOff('ledger-worker-7c5f9b8d6-m8xvr', 'ledger-worker', 9)],
    previousLog: log(
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Hosting environment: Production',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Content root path: /app',
      'info: Ledger.Worker.Startup[0]',
      '      GC: IsServerGC=False, HeapHardLimit=402653184, TotalAvailableMemoryBytes=402653184, container memory limit 2147483648 (runtimeconfig: /app/Ledger.Worker.runtimeconfig.json)',
      times(24, (i) =>
        log(
          `info: Ledger.Worker.PostingBatchProcessor[${1001 + (i % 3)}]`,
          `      batch ${88120 + i} posted ${1800 + ((i * 311) % 700)} lines in ${(0.8 + (i % 6) * 0.17).toFixed(2)}s; managed heap ${(96 + i * 11.8).toFixed(0)} MB`,
        ),
      ),
      'fail: Ledger.Worker.PostingBatchProcessor[1009]',
      '      batch 88144 failed while building the settlement set (41,877 accounts)',
      "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      '   at System.Collections.Generic.List`1.set_Capacity(Int32 value)',
      '   at System.Collections.Generic.List`1.AddWithResize(T item)',
      '   at Ledger.Worker.Settlement.SettlementSetBuilder.Add(PostingLine line) in /src/Ledger.Worker/Settlement/SettlementSetBuilder.cs:line 74',
      '   at Ledger.Worker.PostingBatchProcessor.ExecuteAsync(CancellationToken stoppingToken) in /src/Ledger.Worker/PostingBatchProcessor.cs:line 131',
      '   at Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    // Wrong: the block cache in the ConfigMap is larger than the container; it fills until the kernel kills the store.
    id: 'fiftyfirst-tikv-block-cache-above-limit',
    family: 'config-cache-above-limit',
    source: 'https://github.com/tikv/tikv/issues/1183',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('tikv', 2, '2026-02-11T08:03:37Z'),
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: [
          '--pd=http://tidb-pd:2379',
          '--advertise-addr=tidb-tikv-1.tidb-tikv-peer.tidb.svc:20160',
          '--data-dir=/var/lib/tikv',
          '--config=/etc/tikv/tikv.toml',
        ],
        mounts: [
          { volume: 'tikv-config', path: '/etc/tikv' },
          { volume: 'tikv', path: '/var/lib/tikv' },
        ],
      },
    ],
    volumes: [
      { name: 'tikv-config', configMap: 'tidb-tikv-3a6c2f' },
      { name: 'tikv', persistentVolumeClaim: 'tikv-tidb-tikv-1' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TiKVMemoryHigh: tidb-tikv-1 process memory 11.7GiB of 12GiB container limit; restarted 2 times today (OOMKilled)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      `[2026/02/11 ${clock(-4620)}.118 +00:00] [INFO] [lib.rs:85] ["Welcome to TiKV"]`,
      `[2026/02/11 ${clock(-4620)}.118 +00:00] [INFO] [lib.rs:90] ["Release Version:   8.1.1"]`,
      `[2026/02/11 ${clock(-4620)}.118 +00:00] [INFO] [lib.rs:90] ["Enable Features:   pprof-fp jemalloc mem-profiling portable test-engine-kv-rocksdb test-engine-raft-raft-engine trace-async-tasks openssl-vendored"]`,
      `[2026/02/11 ${clock(-4620)}.120 +00:00] [INFO] [mod.rs:80] ["cgroup quota: memory=Some(12884901888), cpu=Some(4.0), cores={0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}"]`,
      `[2026/02/11 ${clock(-4620)}.120 +00:00] [INFO] [mod.rs:87] ["memory limit in bytes: 12884901888, cpu cores quota: 4"]`,
      `[2026/02/11 ${clock(-4619)}.511 +00:00] [INFO] [server.rs:317] ["using config"] [config="{\\"log-level\\":\\"info\\",\\"storage\\":{\\"data-dir\\":\\"/var/lib/tikv\\",\\"block-cache\\":{\\"capacity\\":\\"14GiB\\"},\\"reserve-space\\":\\"5GiB\\"},\\"raftstore\\":{\\"region-split-check-diff\\":\\"32MiB\\"},\\"server\\":{\\"grpc-concurrency\\":4}}"]`,
      `[2026/02/11 ${clock(-4618)}.003 +00:00] [WARN] [config.rs:3811] ["memory_usage_limit:ReadableSize(10307921510) > recommanded:ReadableSize(9019431321), maybe page cache isn't enough"]`,
      times(60, (i) => {
        const s = -4500 + i * 64;
        return i % 5 === 4
          ? `[2026/02/11 ${clock(s)}.${String(ms(i)).padStart(3, '0')} +00:00] [INFO] [peer.rs:4911] ["on split"] [source=split_checker] [split_keys="key 7480000000000000FF${(0x5f00 + i).toString(16).toUpperCase()}5F728000000000${(0x11a0 + i * 7).toString(16).toUpperCase()}"] [peer_id=${91000 + i * 3}] [region_id=${72100 + i * 17}]`
          : `[2026/02/11 ${clock(s)}.${String(ms(i)).padStart(3, '0')} +00:00] [INFO] [apply.rs:1711] ["exec ConfChange"] [epoch="conf_ver: ${400 + i} version: ${9100 + i * 3}"] [type=AddLearnerNode] [region_id=${72100 + i * 17}] [peer_id=${91000 + i * 3}]`;
      }),
    ),
    currentLog: log(
      `[2026/02/11 ${clock(217)}.221 +00:00] [INFO] [lib.rs:85] ["Welcome to TiKV"]`,
      `[2026/02/11 ${clock(217)}.223 +00:00] [INFO] [mod.rs:87] ["memory limit in bytes: 12884901888, cpu cores quota: 4"]`,
      `[2026/02/11 ${clock(218)}.604 +00:00] [INFO] [server.rs:317] ["using config"] [config="{\\"log-level\\":\\"info\\",\\"storage\\":{\\"data-dir\\":\\"/var/lib/tikv\\",\\"block-cache\\":{\\"capacity\\":\\"14GiB\\"},\\"reserve-space\\":\\"5GiB\\"},\\"raftstore\\":{\\"region-split-check-diff\\":\\"32MiB\\"},\\"server\\":{\\"grpc-concurrency\\":4}}"]`,
      times(
        24,
        (i) =>
          `[2026/02/11 ${clock(300 + i * 62)}.${String(ms(i)).padStart(3, '0')} +00:00] [INFO] [peer.rs:${2200 + (i % 5)}] ["became leader"] [region_id=${73000 + i * 41}] [peer_id=${92000 + i * 7}] [term=${33 + (i % 4)}]`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: MAX_HEAP_SIZE fixes the heap at 8G; it stays full of live data after every old collection under tombstone-heavy reads.
    id: 'fiftyfirst-cassandra-old-gen-full-after-gc',
    family: 'jvm-live-heap',
    source: 'https://github.com/Juniper/contrail-charms/issues/96',
    signal: 'Alert',
    containers: [
      {
        name: 'cassandra',
        running: { startedAt: '2026-02-09T04:12:55Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        env: {
          MAX_HEAP_SIZE: '8G',
          HEAP_NEWSIZE: '800M',
          CASSANDRA_CLUSTER_NAME: 'events-prod',
          CASSANDRA_DC: 'eu-west-1',
          CASSANDRA_ENDPOINT_SNITCH: 'GossipingPropertyFileSnitch',
        },
        mounts: [{ volume: 'data', path: '/var/lib/cassandra' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-cassandra-events-2' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CassandraLongGCPause: cassandra-events-2 G1 Old Generation pauses 4.1-5.9s, 12 in 15m; read latency p99 6.2s; coordinator timeouts on events.device_timeline',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(70, (i) => {
        const s = 60 + i * 24;
        const t = `2026-02-11 ${clock(s)},${String(ms(i)).padStart(3, '0')}`;
        switch (i % 7) {
          case 0:
            return `INFO  [Service Thread] ${t} GCInspector.java:294 - G1 Old Generation GC in ${4100 + (i % 9) * 211}ms.  G1 Eden Space: ${(201326592 + i * 1048576).toString()} -> 0; G1 Old Gen: ${8321499136 - (i % 4) * 1048576} -> ${8290112512 - (i % 5) * 2097152}; G1 Survivor Space: 16777216 -> 0;`;
          case 1:
            return `WARN  [ReadStage-${1 + (i % 8)}] ${t} ReadCommand.java:586 - Read 412 live rows and 187322 tombstone cells for query SELECT * FROM events.device_timeline WHERE device_id = 'dev-${(0x3f10 + i).toString(16)}' LIMIT 5000 ALLOW FILTERING; token -46116860184273${String(87904 + i * 7919).padStart(6, '0')} (see tombstone_warn_threshold)`;
          case 2:
            return `INFO  [ScheduledTasks:1] ${t} StatusLogger.java:65 - Pool Name                    Active   Pending      Completed   Blocked  All Time Blocked`;
          case 3:
            return `INFO  [ScheduledTasks:1] ${t} StatusLogger.java:69 - ReadStage                        32      ${411 + (i % 13) * 37}       ${88121044 + i * 311}         0                 0`;
          case 4:
            return `WARN  [CompactionExecutor:${3 + (i % 2)}] ${t} BigTableWriter.java:274 - Writing large partition events/device_timeline:dev-${(0x3f10 + i).toString(16)} (${(180 + (i % 6) * 17.3).toFixed(3)}MiB) to sstable /var/lib/cassandra/data/events/device_timeline-6c1e0a90c1b811ee9b5f4d1c2e3a4b5c/nb-${8811 + i}-big-Data.db`;
          case 5:
            return `INFO  [Service Thread] ${t} GCInspector.java:294 - G1 Young Generation GC in ${611 + (i % 5) * 44}ms.  G1 Eden Space: 419430400 -> 0; G1 Old Gen: ${8290112512 - (i % 3) * 1048576} -> ${8315111424 - (i % 3) * 1048576}; G1 Survivor Space: 20971520 -> 16777216;`;
          default:
            return `WARN  [Native-Transport-Requests-${1 + (i % 16)}] ${t} NoSpamLogger.java:108 - Maximum memory usage reached (536870912), cannot allocate chunk of 1048576`;
        }
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: the Bun 1.2 image needs twice the memory for the same requests; roll it back or report it.
    id: 'fiftyfirst-bun-upgrade-rss-regression',
    family: 'memory-regression',
    source: 'https://github.com/oven-sh/bun/issues/16701',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('storefront-bff', 4),
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', PORT: '3000', UPSTREAM_CATALOG: 'http://catalog-api.shop.svc:9000' },
      },
    ],
    rollout: { minutesAgo: 41, previousTag: '2.3.0' },
    events: [backOff('storefront-bff-7b6d9f5c8-2mzgh', 'storefront-bff', 7)],
    previousLog: log(
      `${iso(1201, 4)} info storefront-bff 2.3.1 starting, runtime Bun v1.2.0 (b0c5a765) Linux x64`,
      `${iso(1201, 40)} info listening on http://0.0.0.0:3000`,
      times(48, (i) => {
        const s = 1205 + i * 8;
        return i % 6 === 5
          ? `${iso(s, ms(i))} info memory rss=${Math.min(508, Math.round(230 + i * 6.1))}MB heapSize=${82 + (i % 4)}MB heapCapacity=${96 + (i % 3)}MB objectCount=${(611000 + (i % 7) * 1200).toLocaleString('en-US')} requests_per_s=${88 + (i % 5)}`
          : `${iso(s, ms(i))} info ${['GET /api/home', 'GET /api/product/:id', 'POST /api/cart', 'GET /api/search'][i % 4]} 200 ${14 + ((i * 11) % 60)}ms`;
      }),
      `${iso(1598, 12)} warn memory rss=509MB heapSize=84MB heapCapacity=97MB objectCount=612,904 requests_per_s=90`,
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    // Wrong: a new trace_id label turned every request into a stream; the ingester holds millions of them.
    id: 'fiftyfirst-loki-ingester-trace-id-label-streams',
    family: 'cardinality-explosion',
    source: 'https://github.com/mikesvoboda/nemotron-v3-home-security-intelligence/issues/4022',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('ingester', 3, '2026-02-11T08:16:52Z'),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '2',
        args: ['-config.file=/etc/loki/config/config.yaml', '-target=ingester', '-config.expand-env=true'],
        mounts: [
          { volume: 'config', path: '/etc/loki/config' },
          { volume: 'runtime-config', path: '/etc/loki/runtime-config' },
          { volume: 'data', path: '/var/loki' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'loki' },
      { name: 'runtime-config', configMap: 'loki-runtime' },
      { name: 'data', persistentVolumeClaim: 'data-loki-ingester-2' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LokiIngesterMemoryStreamsHigh: loki_ingester_memory_streams 3.1M on loki-ingester-2 (190k on 2026-02-10); tenant platform streams +2.9M since 06:40; label trace_id 2.9M values',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `level=info ts=${iso(1012, 118)} caller=main.go:126 msg="Starting Loki" version="(version=3.2.1, branch=release-3.2.x, revision=3c386cc5)"`,
      `level=info ts=${iso(1012, 402)} caller=server.go:351 msg="server listening on addresses" http=[::]:3100 grpc=[::]:9095`,
      `level=info ts=${iso(1013, 22)} caller=checkpoint.go:615 msg="starting checkpoint"`,
      `level=info ts=${iso(1013, 31)} caller=recovery.go:40 msg="recovering from checkpoint"`,
      `level=info ts=${iso(1101, 655)} caller=recovery.go:55 msg="recovered WAL checkpoint recovery finished" elapsed=1m28.624s errors=false`,
      `level=info ts=${iso(1160, 204)} caller=recovery.go:71 msg="WAL segment recovery finished" elapsed=2m27.173s errors=false`,
      `level=info ts=${iso(1160, 210)} caller=ingester.go:463 msg="closing recoverer"`,
      `level=info ts=${iso(1160, 211)} caller=ingester.go:471 msg="WAL recovery finished" time=2m27.180s`,
      times(60, (i) => {
        const s = 1170 + i * 10;
        return i % 3 === 2
          ? `level=warn ts=${iso(s, ms(i))} caller=grpc_logging.go:76 method=/logproto.Pusher/Push duration=${80 + (i % 9) * 13}.${ms(i)}µs msg=gRPC err="rpc error: code = Code(429) desc = Maximum active stream limit exceeded when trying to create stream {app=\\"checkout\\", namespace=\\"shop\\", trace_id=\\"${(0x4bf92f35 + i * 7919).toString(16)}77b34da6a3ce929d0e0e4736\\"}, reduce the number of active streams (reduce labels or reduce label values), or contact your Loki administrator to see if the limit can be increased, user: 'shop'"`
          : `level=info ts=${iso(s, ms(i))} caller=flush.go:${i % 2 === 0 ? 289 : 292} component=ingester msg="flushing stream" user=platform fp=${(0x9a1c3e5f + i * 104729).toString(16)} immediate=false num_chunks=1 labels="{app=\\"${['payments-api', 'orders-api', 'search-api'][i % 3]}\\", namespace=\\"${['payments', 'orders', 'search'][i % 3]}\\", trace_id=\\"${(0x1c2d3e4f + i * 6151).toString(16)}a9e2b0c4d5f61728394a5b6c\\"}"`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: new series are created faster than the storage node can hold them; the churn is the cause.
    id: 'fiftyfirst-vmstorage-churn-rate-explosion',
    family: 'cardinality-explosion',
    source: 'https://github.com/VictoriaMetrics/VictoriaMetrics/issues/4731',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('vmstorage', 2, '2026-02-11T08:11:09Z'),
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        args: [
          '--retentionPeriod=30d',
          '--storageDataPath=/storage',
          '--dedup.minScrapeInterval=30s',
          '--envflag.enable=true',
          '--envflag.prefix=VM_',
        ],
        mounts: [{ volume: 'vmstorage-db', path: '/storage' }],
      },
    ],
    volumes: [{ name: 'vmstorage-db', persistentVolumeClaim: 'vmstorage-db-vmstorage-metrics-1' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TooHighChurnRate: VictoriaMetrics constantly creates new time series at "vmstorage-metrics-1:8482". This effect is known as Churn Rate. High Churn Rate tightly connected with database performance and may result in unexpected OOM\'s or slow queries. (churn 61% of active series over 15m; new series 41k/s; top metric http_server_requests_seconds_bucket, label request_path)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `{"ts":"${iso(669, 118)}","level":"info","caller":"VictoriaMetrics/lib/logger/flag.go:12","msg":"build version: vmstorage-20241112-103108-tags-v1.106.1-cluster-0-g7f3d8a1c5e"}`,
      `{"ts":"${iso(669, 120)}","level":"info","caller":"VictoriaMetrics/app/vmstorage/main.go:99","msg":"opening storage at \\"/storage\\" with -retentionPeriod=30d"}`,
      `{"ts":"${iso(701, 904)}","level":"info","caller":"VictoriaMetrics/app/vmstorage/main.go:177","msg":"successfully opened storage \\"/storage\\" in 32.786 seconds; partsCount: 2114; blocksCount: 8811204; rowsCount: 612004331188; sizeBytes: 402881190412"}`,
      `{"ts":"${iso(701, 911)}","level":"info","caller":"VictoriaMetrics/app/vmstorage/servers/vminsert.go:58","msg":"accepting vminsert conns at 0.0.0.0:8400"}`,
      `{"ts":"${iso(701, 913)}","level":"info","caller":"VictoriaMetrics/app/vmstorage/servers/vmselect.go:72","msg":"accepting vmselect conns at 0.0.0.0:8401"}`,
      times(60, (i) => {
        const s = 720 + i * 17;
        return i % 4 === 3
          ? `{"ts":"${iso(s, ms(i))}","level":"info","caller":"VictoriaMetrics/lib/storage/partition.go:1221","msg":"merged (${8 + (i % 5)} parts, ${412000 + i * 7711} rows, ${3100 + i * 51} blocks, ${61 + (i % 9) * 4} MiB) into (1 part, ${411000 + i * 7690} rows, ${3080 + i * 50} blocks, ${58 + (i % 9) * 4} MiB) in ${(1.1 + (i % 7) * 0.3).toFixed(3)} seconds at ${372000 + i * 911} rows/sec to \\"/storage/data/small/2026_02/${`181F2A3B${(0x4c5d6e70 + i * 4099).toString(16).toUpperCase()}`}\\""}`
          : `{"ts":"${iso(s, ms(i))}","level":"info","caller":"VictoriaMetrics/lib/mergeset/table.go:${1020 + (i % 3)}","msg":"merged (${4 + (i % 4)} parts, ${1810000 + i * 41117} items, ${212 + i * 7} blocks, ${9 + (i % 5)} MiB) into (1 part, ${1810000 + i * 41117} items, ${212 + i * 7} blocks, ${9 + (i % 5)} MiB) in 0.${300 + (i % 500)} seconds at ${5400000 + i * 80101} items/sec to \\"/storage/indexdb/181F0A2B3C4D5E6F/${`181F3B4C${(0x5d6e7f80 + i * 8191).toString(16).toUpperCase()}`}\\""}`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: order UUIDs in span names make every span a new spanmetrics series; the live set grows without bound.
    id: 'fiftyfirst-otel-gateway-spanmetrics-uuid-names',
    family: 'cardinality-explosion',
    source: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/issues/38990',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('otelcol', 4, '2026-02-11T08:19:58Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['--config=/conf/gateway.yaml'],
        env: { GOMEMLIMIT: '1638MiB' },
        mounts: [{ volume: 'gateway-config', path: '/conf' }],
      },
    ],
    volumes: [{ name: 'gateway-config', configMap: 'otel-gateway' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SpanMetricsSeriesHigh: traces_span_metrics_calls_total series 1.42M (21k on 2026-02-10); 98% carry span_name like "GET /orders/6f1c2a0e-3b7d-4e58-9a1f-0c2d3e4f5a6b" from service orders-api',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${iso(1198, 118)}\tinfo\tservice@v0.113.0/service.go:166\tSetting up own telemetry...`,
      `${iso(1198, 411)}\tinfo\tmemorylimiter@v0.113.0/memorylimiter.go:75\tMemory limiter configured\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "limit_mib": 1638, "spike_limit_mib": 409, "check_interval": 1}`,
      `${iso(1198, 602)}\tinfo\tservice@v0.113.0/service.go:238\tStarting otelcol-contrib...\t{"Version": "0.113.0", "NumCPU": 32}`,
      `${iso(1198, 702)}\tinfo\tservice@v0.113.0/service.go:261\tEverything is ready. Begin running and processing data.`,
      times(80, (i) => {
        const s = 1210 + i * 7;
        const after = Math.min(1600, 520 + i * 14);
        return i % 3 === 0
          ? `${iso(s, ms(i))}\twarn\tmemorylimiter@v0.113.0/memorylimiter.go:203\tMemory usage is above hard limit. Forcing a GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": ${Math.min(1700, after + 120)}}`
          : i % 3 === 1
            ? `${iso(s, ms(i) + 9)}\tinfo\tmemorylimiter@v0.113.0/memorylimiter.go:193\tMemory usage after GC.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": ${after}}`
            : `${iso(s + 1, ms(i))}\twarn\tmemorylimiter@v0.113.0/memorylimiter.go:230\tMemory usage is above soft limit. Refusing data.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": ${after + 3}}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: DuckDB spills into /scratch, a memory-backed emptyDir; its spill files are charged to the same limit.
    id: 'fiftyfirst-duckdb-spill-memory-backed-scratch',
    family: 'memory-backed-volume',
    source: 'https://github.com/sipcapture/homer/pull/798',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('rollup', 3),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: ['python', '-m', 'usage.nightly_rollup', '--date', '2026-02-10'],
        env: { DUCKDB_MEMORY_LIMIT: '3GB', DUCKDB_THREADS: '2', DUCKDB_TEMP_DIR: '/scratch/duckdb' },
        mounts: [
          { volume: 'scratch', path: '/scratch' },
          { volume: 'gcs-creds', path: '/var/run/secrets/gcs' },
        ],
      },
    ],
    volumes: [
      { name: 'scratch', emptyDir: { medium: 'Memory', sizeLimit: '8Gi' } },
      { name: 'gcs-creds', secret: 'usage-rollup-gcs' },
    ],
    events: [backOff('usage-rollup-5d7c9b6f8-jk2lw', 'rollup', 5)],
    previousLog: log(
      `2026-02-11 ${clock(1102)},118 INFO usage.nightly_rollup: duckdb 1.1.3 memory_limit=3GB threads=2 temp_directory=/scratch/duckdb`,
      `2026-02-11 ${clock(1102)},240 INFO usage.nightly_rollup: attaching gs://usage-raw/2026/02/10/*.parquet (1,802 files, 61.4 GiB)`,
      times(
        3,
        (i) =>
          `2026-02-11 ${clock(1110 + i * 70)},${String(ms(i)).padStart(3, '0')} INFO usage.nightly_rollup: step ${i + 1}/7 ${['events_by_account', 'sessions_by_device', 'api_calls_by_key'][i]} done in ${(48 + i * 11.2).toFixed(1)}s (${[211, 88, 412][i]}M rows)`,
      ),
      `2026-02-11 ${clock(1322)},004 INFO usage.nightly_rollup: step 4/7 usage_by_account_hour: hash join 412M x 61M rows, ORDER BY account_id, hour`,
      times(
        14,
        (i) =>
          `2026-02-11 ${clock(1335 + i * 15)},${String(ms(i + 2)).padStart(3, '0')} INFO usage.nightly_rollup: step 4/7 running ${15 * (i + 1)}s; duckdb memory ${(2.71 + (i % 3) * 0.09).toFixed(2)} GiB of 3 GiB limit; temporary files ${(0.22 * (i + 1)).toFixed(2)} GiB in /scratch/duckdb (duckdb_temporary_files())`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Wrong: workerpool's default pool is the host's 64 CPUs minus one; 63 workers each load the rules under a 2-CPU limit.
    id: 'fiftyfirst-node22-workerpool-host-cpus',
    family: 'workers-from-host',
    source: 'https://github.com/josdejong/workerpool/issues/568',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('pricing-engine', 5),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          RULES_BUNDLE: '/rules/pricing-rules.json',
          NODE_OPTIONS: '--max-old-space-size=1536',
        },
        mounts: [{ volume: 'rules', path: '/rules' }],
      },
    ],
    volumes: [{ name: 'rules', configMap: 'pricing-rules-bundle' }],
    node: {
      ready: 'True',
      conditions: [{ type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' }],
    },
    events: [backOff('pricing-engine-6c8f7d9b5-q2jtw', 'pricing-engine', 8)],
    previousLog: log(
      `{"level":30,"time":${Math.round((1770796800 + 1301) * 1000)},"pid":1,"hostname":"pricing-engine-6c8f7d9b5-q2jtw","msg":"pricing-engine 5.2.0 on Node v22.11.0"}`,
      `{"level":30,"time":${Math.round((1770796800 + 1301) * 1000) + 40},"pid":1,"hostname":"pricing-engine-6c8f7d9b5-q2jtw","cpus":64,"availableParallelism":2,"maxWorkers":63,"msg":"creating worker pool (workerpool default maxWorkers = os.cpus().length - 1)"}`,
      times(
        48,
        (i) =>
          `{"level":30,"time":${Math.round((1770796800 + 1302 + i * 0.6) * 1000)},"pid":1,"hostname":"pricing-engine-6c8f7d9b5-q2jtw","worker":${i + 1},"threadId":${i + 1},"rulesLoadedMb":31.4,"rssMb":${Math.round(118 + (i + 1) * 37.2)},"msg":"worker ready"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the Ruby heap is flat; the growth is libvips and malloc outside it, per image request, in every worker.
    id: 'fiftyfirst-puma-libvips-native-growth',
    family: 'native-memory-growth',
    source: 'https://github.com/libvips/ruby-vips/issues/225',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('web', 2, '2026-02-11T08:09:12Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          WEB_CONCURRENCY: '4',
          RAILS_MAX_THREADS: '3',
          RUBY_YJIT_ENABLE: '1',
          PWK_MAX_RAM_MB: '1843',
        },
      },
    ],
    events: [{ reason: 'Started', message: 'Started container web', type: 'Normal', count: 3 }],
    currentLog: log(
      '[1] Puma starting in cluster mode...',
      '[1] * Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
      '[1] *  Min threads: 3',
      '[1] *  Max threads: 3',
      '[1] *  Environment: production',
      '[1] *   Master PID: 1',
      '[1] *      Workers: 4',
      '[1] *     Restarts: (✔) hot (✖) phased',
      '[1] * Preloading application',
      '[1] * Listening on http://0.0.0.0:3000',
      '[1] Use Ctrl-C to stop',
      times(4, (i) => `[1] - Worker ${i} (PID: ${18 + i * 3}) booted in 0.0${2 + i}s, phase: 0`),
      times(90, (i) => {
        const s = 560 + i * 13;
        const pid = 18 + (i % 4) * 3;
        if (i % 15 === 14) {
          const k = Math.floor(i / 15);
          return `[1] PumaWorkerKiller: Out of memory. 4 workers consuming total: ${(1851.2 + k * 7.3).toFixed(1)} mb out of max: 1843.2 mb. Sending TERM to pid ${18 + (k % 4) * 3} consuming ${(588.4 + k * 4.1).toFixed(1)} mb.`;
        }
        if (i % 5 === 4) {
          return `I, [2026-02-11T${clock(s)}.${String(ms(i)).padStart(3, '0')}118 #${pid}]  INFO -- : [memory] pid=${pid} rss_mb=${Math.round(260 + (i % 15) * 22)} GC.stat heap_live_slots=${(1811204 + (i % 7) * 311).toLocaleString('en-US')} heap_available_slots=${(2101440).toLocaleString('en-US')} malloc_increase_bytes=${(4194304 + (i % 5) * 1024).toLocaleString('en-US')} vips_cache_max_mem=104857600`;
        }
        return `I, [2026-02-11T${clock(s)}.${String(ms(i)).padStart(3, '0')}402 #${pid}]  INFO -- : [${(0x4f2a1c + i * 977).toString(16)}-${(0x1b3d + i).toString(16)}] Completed ${i % 3 === 0 ? '201 Created' : '200 OK'} in ${180 + ((i * 47) % 900)}ms (Views: 0.4ms | ActiveRecord: ${(3 + (i % 7) * 1.9).toFixed(1)}ms (${2 + (i % 4)} queries, 0 cached) | GC: ${(1.2 + (i % 5) * 0.4).toFixed(1)}ms) POST /api/v1/listings/${8800 + i}/photos`;
      }),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Wrong: evicted while a Spark executor filled the node; the search pod used little more than its request.
    id: 'fiftyfirst-meilisearch-evicted-neighbour',
    family: 'node-pressure-neighbour',
    source: 'https://github.com/paritytech/Nomidot/issues/306',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'meilisearch',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          MEILI_ENV: 'production',
          MEILI_DB_PATH: '/meili_data/data.ms',
          MEILI_MAX_INDEXING_MEMORY: '1Gb',
        },
        mounts: [{ volume: 'meili-data', path: '/meili_data' }],
      },
    ],
    volumes: [{ name: 'meili-data', persistentVolumeClaim: 'meili-data-docs-search-0' }],
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
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 86212Ki. Container meilisearch was using 2411240Ki, request is 2Gi, has larger consumption of memory.',
      },
      { reason: 'Killing', message: 'Stopping container meilisearch', type: 'Normal' },
      {
        reason: 'AlertFiring',
        message:
          'KubeNodeMemoryPressure: node ip-10-0-41-17.eu-west-1.compute.internal under memory pressure since 08:21; largest pod spark-exec-nightly-agg-3 (priorityClass batch-high, request 16Gi) using 47.8Gi',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      `${iso(-3480, 118)}  INFO meilisearch: Meilisearch v1.11.3, commit 3b4ec7e8, db path "/meili_data/data.ms"`,
      `${iso(-3479, 402)}  INFO actix_server::builder: starting 2 workers`,
      `${iso(-3479, 404)}  INFO actix_server::server: Actix runtime found; starting in Actix runtime`,
      times(80, (i) => {
        const s = -3400 + i * 57;
        return i % 10 === 9
          ? `${iso(s, ms(i))}  INFO index_scheduler: A batch of tasks was successfully completed with ${1 + (i % 3)} successful tasks and 0 failed tasks.`
          : `${iso(s, ms(i))}  INFO actix_web::middleware::logger: 10.42.${1 + (i % 3)}.${30 + (i % 40)} "POST /indexes/docs/search HTTP/1.1" 200 ${3100 + ((i * 211) % 5000)} "https://docs.acme.io/" "meilisearch-js (v0.45.0)" 0.0${11 + (i % 70)}211`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: an LRU cache at its maxmemory is doing its job; maxmemory is on the command line, not the limit.
    id: 'fiftyfirst-valkey-lru-cache-at-maxmemory',
    family: 'healthy-cache-alert',
    source: 'https://github.com/samber/awesome-prometheus-alerts/issues/364',
    signal: 'Alert',
    containers: [
      {
        name: 'valkey',
        running: { startedAt: '2026-02-05T03:12:01Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: [
          'valkey-server',
          '--maxmemory',
          '3gb',
          '--maxmemory-policy',
          'allkeys-lru',
          '--save',
          '',
          '--appendonly',
          'no',
          '--loglevel',
          'verbose',
        ],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisOutOfConfiguredMaxmemory: Redis is running out of configured maxmemory (> 90%) on product-cache-valkey-0: used_memory 3.00GiB / maxmemory 3.00GiB; evicted_keys +182k in 15m; keyspace hit ratio 0.94; container working set 3.3GiB of 4GiB',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '1:C 05 Feb 2026 03:12:01.118 * oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo',
      '1:C 05 Feb 2026 03:12:01.118 * Valkey version=8.0.1, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 05 Feb 2026 03:12:01.118 * Configuration loaded',
      '1:M 05 Feb 2026 03:12:01.119 * monotonic clock: POSIX clock_gettime',
      '1:M 05 Feb 2026 03:12:01.119 * Running mode=standalone, port=6379.',
      '1:M 05 Feb 2026 03:12:01.120 * Server initialized',
      '1:M 05 Feb 2026 03:12:01.120 * Ready to accept connections tcp',
      times(60, (i) => {
        const s = 600 + i * 19;
        const port = 40000 + ((i * 733) % 20000);
        return i % 2 === 0
          ? `1:M 11 Feb 2026 ${clock(s)}.${String(ms(i)).padStart(3, '0')} - Accepted 10.42.${1 + (i % 4)}.${20 + (i % 50)}:${port}`
          : `1:M 11 Feb 2026 ${clock(s)}.${String(ms(i)).padStart(3, '0')} - Client closed connection id=${881200 + i} addr=10.42.${1 + ((i - 1) % 4)}.${20 + ((i - 1) % 50)}:${40000 + (((i - 1) * 733) % 20000)} laddr=10.42.5.9:6379 fd=${12 + (i % 9)} name= age=${i % 7} idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 watch=0 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=42 obl=0 oll=0 omem=0 tot-mem=1920 events=r cmd=get user=default redir=-1 resp=2 lib-name= lib-ver=`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: the usage alert counts the page cache of the entry logs; the JVM's heap and direct memory are fixed and far below.
    id: 'fiftyfirst-bookie-usage-alert-page-cache',
    family: 'page-cache-alert',
    source: 'https://github.com/nhost/nhost/pull/4783',
    signal: 'Alert',
    containers: [
      {
        name: 'bookie',
        running: { startedAt: '2026-02-03T11:40:27Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '2',
        env: {
          PULSAR_MEM: '-Xms2g -Xmx2g -XX:MaxDirectMemorySize=2g',
          dbStorage_writeCacheMaxSizeMb: '512',
          dbStorage_readAheadCacheMaxSizeMb: '512',
        },
        mounts: [
          { volume: 'journal', path: '/pulsar/data/bookkeeper/journal' },
          { volume: 'ledgers', path: '/pulsar/data/bookkeeper/ledgers' },
        ],
      },
    ],
    volumes: [
      { name: 'journal', persistentVolumeClaim: 'journal-pulsar-bookie-1' },
      { name: 'ledgers', persistentVolumeClaim: 'ledgers-pulsar-bookie-1' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ContainerMemoryUsageHigh: pulsar-bookie-1/bookie container_memory_usage_bytes 7.8GiB is 97% of its 8GiB limit (container_memory_working_set_bytes 5.0GiB, container_memory_rss 4.4GiB, container_memory_cache 3.4GiB)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(70, (i) => {
        const s = 100 + i * 24;
        const t = `2026-02-11T${clock(s)},${String(ms(i)).padStart(3, '0')}+0000`;
        switch (i % 4) {
          case 0:
            return `${t} [db-storage-9-1] INFO  org.apache.bookkeeper.bookie.EntryLogManagerForSingleEntryLog - Synced entry logger ${17420 + Math.floor(i / 5)} to disk.`;
          case 1:
            return `${t} [BookieWriteThreadPool-OrderedExecutor-${i % 4}-0] INFO  org.apache.bookkeeper.bookie.storage.ldb.DbLedgerStorage - Write cache is full, triggering flush`;
          case 2:
            return `${t} [db-storage-9-1] INFO  org.apache.bookkeeper.bookie.storage.ldb.SingleDirectoryDbLedgerStorage - Flushing done time ${410 + (i % 9) * 37} ms`;
          default:
            return `${t} [GarbageCollectorThread-11-1] INFO  org.apache.bookkeeper.bookie.GarbageCollectorThread - Extracting entry log meta from entryLogId: ${17001 + i}`;
        }
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: memory storage keeps every trace until the process dies; no max-traces is set.
    id: 'fiftyfirst-jaeger-memory-storage-unbounded',
    family: 'oom-unbounded-store',
    source: 'https://github.com/datahub-project/datahub/pull/17171',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('jaeger', 2, '2026-02-11T08:06:40Z'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          SPAN_STORAGE_TYPE: 'memory',
          COLLECTOR_OTLP_ENABLED: 'true',
          COLLECTOR_ZIPKIN_HOST_PORT: ':9411',
          LOG_LEVEL: 'debug',
        },
      },
    ],
    rollout: { minutesAgo: 66, addedEnv: { QUERY_BASE_PATH: '/jaeger' } },
    events: [
      { reason: 'Started', message: 'Started container jaeger', type: 'Normal', count: 3 },
      {
        reason: 'AlertFiring',
        message:
          'ContainerOOMKilled: jaeger in staging-jaeger-7d6c5b9f8-wk4rt terminated OOMKilled at 07:27 and 08:05 (uptime 37m and 38m)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `{"level":"info","ts":${epoch(400)},"caller":"flags/service.go:119","msg":"Mounting metrics handler on admin server","route":"/metrics"}`,
      `{"level":"info","ts":${epoch(400.002)},"caller":"flags/service.go:125","msg":"Mounting expvar handler on admin server","route":"/debug/vars"}`,
      `{"level":"info","ts":${epoch(400.004)},"caller":"flags/admin.go:130","msg":"Mounting health check on admin server","route":"/"}`,
      `{"level":"info","ts":${epoch(400.006)},"caller":"flags/admin.go:144","msg":"Starting admin HTTP server","http-addr":":14269"}`,
      `{"level":"info","ts":${epoch(400.011)},"caller":"memory/factory.go:85","msg":"Memory storage initialized","configuration":{"MaxTraces":0}}`,
      `{"level":"info","ts":${epoch(400.402)},"caller":"server/http.go:48","msg":"Starting jaeger-collector HTTP server","http host-port":":14268"}`,
      `{"level":"info","ts":${epoch(400.404)},"caller":"otlpreceiver@v0.111.0/otlp.go:112","msg":"Starting GRPC server","endpoint":":4317"}`,
      `{"level":"info","ts":${epoch(400.405)},"caller":"otlpreceiver@v0.111.0/otlp.go:169","msg":"Starting HTTP server","endpoint":":4318"}`,
      `{"level":"info","ts":${epoch(400.61)},"caller":"app/static_handler.go:109","msg":"Using UI configuration","path":""}`,
      `{"level":"info","ts":${epoch(400.612)},"caller":"app/server.go:236","msg":"Query server started","http_addr":"[::]:16686","grpc_addr":"[::]:16685"}`,
      `{"level":"info","ts":${epoch(400.613)},"caller":"healthcheck/handler.go:129","msg":"Health Check state change","status":"ready"}`,
      times(
        80,
        (i) =>
          `{"level":"debug","ts":${epoch(460 + i * 16)},"caller":"app/span_processor.go:232","msg":"Span written to the storage by the collector","trace-id":"${(0x4bf92f35 + i * 104729).toString(16)}77b34da6a3ce929d0e0e47${(36 + i) % 100}","span-id":"${(0x00f067aa + i * 7919).toString(16)}0ba902b7"}`,
      ),
    ),
    accept: ['escalate'],
  },
];
