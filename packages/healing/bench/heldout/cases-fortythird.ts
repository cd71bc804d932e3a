import { type HeldOutCase, type HeldOutContainer, type HeldOutNode, log } from './case.ts';

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const p2 = (n: number): string => String(n).padStart(2, '0');

/** `mm:ss` of the `i`-th of lines spread evenly, `perMinute` to a minute, from minute `base` of the hour. */
const mmss = (base: number, i: number, perMinute: number): string => {
  const t = Math.floor((i * 60) / perMinute);
  return `${p2(base + Math.floor(t / 60))}:${p2(t % 60)}`;
};

/** Unix seconds of the moment `s` seconds after 08:00:00Z on the case's day. */
const unix = (s: number): number => 1770796800 + s;

/** A container the kernel killed at its memory limit, now waiting out the kubelet's back-off. */
const oomLoop = (name: string, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container that exited with `exitCode` and is waiting out the back-off. */
const exitLoop = (name: string, exitCode: number, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'Error', exitCode },
  restarts,
});

/** A container the kernel killed once and that runs again since `startedAt`. */
const afterOom = (name: string, restarts: number, startedAt: string): HeldOutContainer => ({
  name,
  running: { startedAt },
  ready: true,
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A Ready node with its harmless conditions spelled out, as `kubectl get node -o yaml` shows them. */
const quietNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    {
      type: 'MemoryPressure',
      status: 'False',
      reason: 'KubeletHasSufficientMemory',
      message: 'kubelet has sufficient memory available',
    },
    {
      type: 'DiskPressure',
      status: 'False',
      reason: 'KubeletHasNoDiskPressure',
      message: 'kubelet has no disk pressure',
    },
    {
      type: 'PIDPressure',
      status: 'False',
      reason: 'KubeletHasSufficientPID',
      message: 'kubelet has sufficient PID available',
    },
  ],
};

/** The kubelet's back-off event for a container of `pod`. */
const backOff = (container: string, pod: string, count: number) => ({
  reason: 'BackOff',
  type: 'Warning' as const,
  message: `Back-off restarting failed container ${container} in pod ${pod}`,
  count,
});

/**
 * A forty-third batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: 40 MEMORY INCIDENTS, third round, every one with its pod
 * spec, half where raising the container's memory limit is the right first action and half where it
 * is wrong. The right raises: a Ktor gateway on Corretto whose fixed heap is fine but whose direct
 * buffers and threads grew with a morning of real WebSocket sessions, a service whose base image
 * moved to the GraalVM JDK and whose JIT now lives off heap, a Quarkus native image whose heap is
 * four fifths of the limit and whose tariff snapshot grew, a Clojure service with a heap as a share
 * of the limit and two more sellers in its index, a Bun SSR bundle that grew past its start-up
 * headroom, a spaCy service switched to the transformer pipeline, a polars settlement run a sixth
 * larger than its median, a Ray Serve replica whose index grew under Ray's own memory monitor, a
 * .NET 8 API whose GC heap is capped at three quarters of the limit with more tenants, a Phoenix
 * LiveView board given live predictions, InfluxDB 2 opening its shards after a move, a single-node
 * VictoriaMetrics and a Prometheus holding more series, Loki given the API server's audit log, Caddy
 * holding more on-demand certificates, KeyDB reloading a larger RDB, MariaDB with twice the
 * connections after the application scaled out, a Go 1.22 service whose GOMEMLIMIT is nine tenths
 * of the limit and whose geofences grew, Puma clustered under Ruby 3.3 with more tenants, and
 * semgrep's OCaml engine on a larger monorepo. The wrong ones: a ZIO queue without bound behind a
 * slow webhook subscriber, Groovy scripts that fill a capped Metaspace in a Grails service, Node 22
 * worker threads capped by resourceLimits, Celery prefork children counted from the host's CPUs, a
 * Dask --memory-limit and a Julia --heap-size-hint above the limit, GOGC=800 from a rollout, a tokio
 * channel without bound behind a slow ClickHouse, a leak in Swoole workers that are never recycled,
 * a GHC runtime capped by +RTS -M, a page-cache memory alert on a healthy OpenSearch data node, a
 * Cassandra heap computed from the host, Dragonfly threads counted from the host's cores, a Valkey
 * queue at its maxmemory, an import transaction stopped by Neo4j's transaction memory pool, a Vector
 * memory buffer of forty million events behind a slow Elasticsearch, a Traefik release that leaks,
 * Squid workers that each take cache_mem, a Traffic Server cache on a memory-backed emptyDir, and a
 * Solr pod evicted while a higher-priority neighbour filled its node. Each quotes the wording of the
 * public thread, documentation page or source in `source`. Mix: 20 memory raises right (escalate
 * tolerated in all, a rollback tolerated in the 4 that a rollout brought: the GraalVM base image,
 * the Bun bundle, the spaCy pipeline, live predictions); 20 wrong (18 escalations only, a rollback
 * accepted beside escalation for GOGC=800 and for the Traefik release; a first raise and a pod
 * restart tolerated once, for the Swoole leak that takes a day); rollouts in the window that did not
 * cause the failure in 2 (Loki, Vector); restarts harmful for MariaDB in crash recovery, OpenSearch,
 * Neo4j and Valkey; cache flushes harmful for KeyDB, Valkey and Dragonfly; no node action or
 * scale-up right anywhere.
 */
export const FORTYTHIRD_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- memory raise right (20)
  {
    // Right: the heap is fixed at 1 GiB and stays half full; direct buffers and threads grow with real sessions.
    id: 'fortythird-ktor-dispatch-gateway-oomkilled',
    family: 'oom-load-growth',
    source: 'https://github.com/virtualcell/vcell/pull/1899',
    signal: 'OOMKilled',
    node: quietNode,
    containers: [
      {
        ...oomLoop('dispatch-gateway', 4, '1m20s'),
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-Xms1g -Xmx1g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError',
          KTOR_DEPLOYMENT_PORT: '8080',
          WS_PING_PERIOD: '15s',
          METRICS_LOG_STEP: '60s',
        },
      },
    ],
    events: [backOff('dispatch-gateway', 'dispatch-gateway-5c8d9f7b64-q2x7m', 9)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xms1g -Xmx1g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError',
      '2026-02-11 08:00:41.114 [main] INFO  ktor.application - Autoreload is disabled because the development mode is off.',
      '2026-02-11 08:00:42.562 [main] INFO  ktor.application - Application started in 1.451 seconds.',
      '2026-02-11 08:00:42.871 [DefaultDispatcher-worker-1] INFO  ktor.application - Responding at http://0.0.0.0:8080',
      times(
        22,
        (i) =>
          `2026-02-11 08:${p2(1 + i)}:42.${String(100 + i * 7).padStart(3, '0')} [logging-metrics-publisher] INFO  i.m.c.i.logging.LoggingMeterRegistry - jvm.memory.used{area=heap,id=G1 Old Gen} value=${418 + ((i * 13) % 60)} MiB`,
      ),
      times(
        22,
        (i) =>
          `2026-02-11 08:${p2(1 + i)}:42.${String(200 + i * 7).padStart(3, '0')} [logging-metrics-publisher] INFO  i.m.c.i.logging.LoggingMeterRegistry - jvm.buffer.memory.used{id=direct} value=${(96 + i * 14.6).toFixed(1)} MiB`,
      ),
      times(
        22,
        (i) =>
          `2026-02-11 08:${p2(1 + i)}:42.${String(300 + i * 7).padStart(3, '0')} [logging-metrics-publisher] INFO  i.m.c.i.logging.LoggingMeterRegistry - jvm.threads.live{} value=${188 + i * 11} threads`,
      ),
      times(
        22,
        (i) =>
          `2026-02-11 08:${p2(1 + i)}:42.${String(400 + i * 7).padStart(3, '0')} [logging-metrics-publisher] INFO  i.m.c.i.logging.LoggingMeterRegistry - dispatch.ws.sessions{region=eu-west-1} value=${4120 + i * 812} sessions`,
      ),
      times(
        30,
        (i) =>
          `2026-02-11 08:${mmss(2, i, 1.4286)}.${String((i * 37) % 1000).padStart(3, '0')} [eventLoopGroupProxy-4-${(i % 4) + 1}] INFO  ktor.application - ${i % 5 === 0 ? '101 Switching Protocols: GET - /ws/dispatch' : `200 OK: GET - /api/v1/jobs/${88120 + i} in ${((i * 7) % 40) + 3}ms`}`,
      ),
      '2026-02-11 08:23:12.008 [eventLoopGroupProxy-4-2] INFO  ktor.application - dispatch: morning shift open for tenant=harbour-logistics, 6,880 drivers expected online',
      '2026-02-11 08:23:42.512 [logging-metrics-publisher] INFO  i.m.c.i.logging.LoggingMeterRegistry - gc.pause{action=end of minor GC,cause=G1 Evacuation Pause} throughput=0.04/s mean=11.2 ms max=18.9 ms',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the -Xmx is unchanged; the GraalVM JDK's JIT (libgraal) needs native memory the old limit never left.
    id: 'fortythird-quote-engine-oomkilled-after-rollout',
    family: 'oom-runtime-change',
    source: 'https://github.com/oracle/graal/issues/2224',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('quote-engine', 5),
        memoryLimit: '1536Mi',
        memoryRequest: '1280Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-Xmx1g -XX:+UseG1GC -XX:MaxMetaspaceSize=256m',
          SPRING_PROFILES_ACTIVE: 'prod',
          MANAGEMENT_METRICS_EXPORT_LOGGING_ENABLED: 'true',
        },
        mounts: [{ volume: 'tmp', path: '/tmp' }],
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: {} }],
    rollout: { minutesAgo: 170, previousTag: '2.3.0' },
    events: [
      backOff('quote-engine', 'quote-engine-7b9c6d5f48-zt4lr', 14),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerOOMKilled: quote-engine OOMKilled 5 times since revision 2 (base image eclipse-temurin:21-jre -> ghcr.io/graalvm/jdk-community:21); revision 1 ran 23 days without a restart at ~1.18Gi working set',
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx1g -XX:+UseG1GC -XX:MaxMetaspaceSize=256m',
      '',
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
      ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
      "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
      ' =========|_|==============|___/=/_/_/_/',
      ' :: Spring Boot ::                (v3.3.4)',
      '',
      '2026-02-11T08:04:10.218Z  INFO 1 --- [quote-engine] [           main] c.e.quotes.QuoteEngineApplication        : Starting QuoteEngineApplication v2.3.1 using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)',
      '2026-02-11T08:04:10.224Z  INFO 1 --- [quote-engine] [           main] c.e.quotes.QuoteEngineApplication        : The following 1 profile is active: "prod"',
      '2026-02-11T08:04:10.231Z  INFO 1 --- [quote-engine] [           main] c.e.quotes.RuntimeInfoLogger             : runtime vendor="GraalVM Community" vm="OpenJDK 64-Bit Server VM" version=21.0.2+13-jvmci-23.1-b30 jit=libgraal',
      "2026-02-11T08:04:14.902Z  INFO 1 --- [quote-engine] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'",
      '2026-02-11T08:04:14.931Z  INFO 1 --- [quote-engine] [           main] c.e.quotes.QuoteEngineApplication        : Started QuoteEngineApplication in 5.114 seconds (process running for 5.902)',
      times(
        18,
        (i) =>
          `2026-02-11T08:${p2(5 + i)}:14.${String(100 + i).padStart(3, '0')}Z  INFO 1 --- [quote-engine] [trics-publisher] i.m.c.i.logging.LoggingMeterRegistry     : jvm.memory.used{area=heap,id=G1 Old Gen} value=${(412 + ((i * 29) % 90)).toFixed(0)} MiB`,
      ),
      times(
        18,
        (i) =>
          `2026-02-11T08:${p2(5 + i)}:14.${String(300 + i).padStart(3, '0')}Z  INFO 1 --- [quote-engine] [trics-publisher] i.m.c.i.logging.LoggingMeterRegistry     : jvm.compilation.time{compiler=HotSpot 64-Bit Tiered Compilers} throughput=${(0.9 - i * 0.04).toFixed(2)}/s`,
      ),
      times(
        40,
        (i) =>
          `2026-02-11T08:${mmss(5, i, 2.2)}.${String((i * 53) % 1000).padStart(3, '0')}Z  INFO 1 --- [quote-engine] [nio-8080-exec-${(i % 10) + 1}] c.e.quotes.api.QuoteController          : quote issued product=${['motor', 'home', 'travel', 'pet'][i % 4]} premium=${(212.4 + i * 3.1).toFixed(2)} latencyMs=${38 + ((i * 11) % 70)}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: no -Xmx, so the native image's heap is 80% of the limit; this month's snapshot needs more.
    id: 'fortythird-quarkus-native-tariff-service-crashloop',
    family: 'oom-heap-share',
    source:
      'https://www.graalvm.org/latest/reference-manual/native-image/optimizations-and-performance/MemoryManagement/',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('tariff-service', 1, 7),
        memoryLimit: '768Mi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        args: ['-Dquarkus.http.host=0.0.0.0', '-Dquarkus.profile=prod'],
        env: {
          TARIFF_SNAPSHOT_URI: 's3://tariffs-eu/snapshots/tariffs-2026-02.parquet',
          QUARKUS_LOG_LEVEL: 'INFO',
        },
      },
    ],
    events: [
      backOff('tariff-service', 'tariff-service-6f4b8c7d59-kw2sd', 21),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Startup probe failed: Get "http://10.42.6.77:8080/q/health/started": dial tcp 10.42.6.77:8080: connect: connection refused',
        count: 9,
      },
    ],
    previousLog: log(
      '__  ____  __  _____   ___  __ ____  ______ ',
      ' --/ __ \\/ / / / _ | / _ \\/ //_/ / / / __/ ',
      ' -/ /_/ / /_/ / __ |/ , _/ ,< / /_/ /\\ \\   ',
      '--\\___\\_\\____/_/ |_/_/|_/_/|_|\\____/___/   ',
      '2026-02-11 08:24:01,118 INFO  [com.exa.tar.RuntimeReport] (main) native image runtime: max heap 614 MiB (physical memory 768 MiB), processors 1',
      '2026-02-11 08:24:01,204 INFO  [com.exa.tar.snapshot.SnapshotLoader] (main) Loading tariff snapshot tariffs-2026-02 from s3://tariffs-eu/snapshots/tariffs-2026-02.parquet',
      times(
        16,
        (i) =>
          `2026-02-11 08:24:${p2(2 + i)},${String(100 + i * 41).padStart(3, '0')} INFO  [com.exa.tar.snapshot.SnapshotLoader] (main) loaded ${(250000 * (i + 1)).toLocaleString('en-US')} rows (row group ${i + 1}/17)`,
      ),
      '2026-02-11 08:24:19,002 INFO  [com.exa.tar.snapshot.SnapshotLoader] (main) snapshot tariffs-2026-02: 4,118,220 rows, previous snapshot tariffs-2026-01: 3,402,113 rows',
      "2026-02-11 08:24:19,877 ERROR [io.qua.run.Application] (main) Failed to start application (with profile [prod]): java.lang.OutOfMemoryError: Garbage-collected heap size exceeded. Consider increasing the maximum Java heap size, for example with '-Xmx'.",
      '\tat org.graalvm.nativeimage.builder/com.oracle.svm.core.heap.OutOfMemoryUtil.reportOutOfMemoryError(OutOfMemoryUtil.java:46)',
      '\tat org.graalvm.nativeimage.builder/com.oracle.svm.core.genscavenge.GCImpl.collectOperation(GCImpl.java:247)',
      '\tat java.base@21.0.2/java.util.HashMap.resize(HashMap.java:710)',
      '\tat java.base@21.0.2/java.util.HashMap.putVal(HashMap.java:669)',
      '\tat com.example.tariffs.snapshot.TariffIndex.add(TariffIndex.java:58)',
      '\tat com.example.tariffs.snapshot.SnapshotLoader.load(SnapshotLoader.java:112)',
      '\tat com.example.tariffs.snapshot.SnapshotLoader_Bean.doCreate(Unknown Source)',
      '\tat io.quarkus.runtime.Application.start(Application.java:101)',
      '\tat io.quarkus.runner.GeneratedMain.main(Unknown Source)',
      '',
      '2026-02-11 08:24:19,903 INFO  [io.quarkus] (main) tariff-service stopped in 0.011s',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the heap is 70% of the limit and the offer index legitimately grew with two sellers.
    id: 'fortythird-clojure-catalog-search-crashloop',
    family: 'oom-heap-share',
    source: 'https://github.com/virtualcell/vcell/pull/1683',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('catalog-search', 3, 6, '2m40s'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError',
          CATALOG_SNAPSHOT: 'offers-2026-02-11T06',
          PORT: '3000',
        },
        args: ['java', '-jar', '/app/catalog-search-standalone.jar'],
      },
    ],
    events: [
      backOff('catalog-search', 'catalog-search-85d6c9f7b4-m8hcz', 17),
      {
        reason: 'Killing',
        message: 'Stopping container catalog-search',
        count: 1,
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError',
      '2026-02-11T08:19:02.114Z INFO [catalog.main:31] - starting catalog-search 2.3.1, max heap 1434 MiB',
      '2026-02-11T08:19:02.880Z INFO [catalog.db:44] - next.jdbc pool catalog started (maximum-pool-size 10)',
      '2026-02-11T08:19:03.201Z INFO [catalog.index:61] - building offer index from snapshot offers-2026-02-11T06',
      times(
        24,
        (i) =>
          `2026-02-11T08:${p2(19 + Math.floor((4 + i * 9) / 60))}:${p2((4 + i * 9) % 60)}.${String((i * 71) % 1000).padStart(3, '0')}Z INFO [catalog.index:88] - indexed ${(160000 * (i + 1)).toLocaleString('en-US')} offers, heap used ${(0.31 + i * 0.046).toFixed(2)} GiB of 1.40 GiB`,
      ),
      '2026-02-11T08:22:41.509Z INFO [catalog.index:97] - sellers in snapshot: 214 (new since 2026-02-04: nordhaus-home, kettle-and-co), offers 3,914,220 (previous snapshot 3,180,441)',
      '2026-02-11T08:22:47.990Z WARN [catalog.index:102] - GC overhead while indexing: 41% of wall time in the last 10s',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: a larger SSR bundle peaks just above the limit while Bun loads it; the kernel kills it silently.
    id: 'fortythird-bun-storefront-ssr-oomkilled',
    family: 'oom-startup-peak',
    source: 'https://github.com/oven-sh/bun/issues/14179',
    signal: 'OOMKilled',
    phase: 'Running',
    containers: [
      {
        ...oomLoop('storefront-ssr', 6),
        memoryLimit: '192Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', PORT: '3000' },
        args: ['bun', 'run', 'start'],
      },
    ],
    rollout: { minutesAgo: 38, previousTag: '2.3.0' },
    events: [
      backOff('storefront-ssr', 'storefront-ssr-6cbf8d94d7-9wq2n', 11),
      {
        reason: 'Pulled',
        type: 'Normal',
        message: 'Container image "registry.example.com/web/storefront-ssr:2.3.1" already present on machine',
        count: 7,
      },
      { reason: 'Started', type: 'Normal', message: 'Started container storefront-ssr', count: 7 },
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerOOMKilled: storefront-ssr killed within 2s of start since revision 2; dist/server.js grew from 19.4 MB to 27.9 MB in 2.3.1 (image label org.example.bundle-size)',
      },
    ],
    previousLog: log('$ bun dist/server.js'),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: the transformer pipeline needs more than the limit sized for en_core_web_lg.
    id: 'fortythird-spacy-entity-api-oomkilled',
    family: 'oom-bigger-model',
    source: 'https://github.com/explosion/spaCy/issues/9419',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('entity-api', 4, '2m40s'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { OMP_NUM_THREADS: '2', TORCH_NUM_THREADS: '2', WEB_CONCURRENCY: '1' },
        args: ['uvicorn', 'entity_api.main:app', '--host', '0.0.0.0', '--port', '8000'],
      },
    ],
    rollout: { minutesAgo: 55, addedEnv: { SPACY_MODEL: 'en_core_web_trf' } },
    events: [backOff('entity-api', 'entity-api-8d7c5b6f9-pv4tx', 8)],
    previousLog: log(
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      '2026-02-11 08:17:03,118 INFO entity_api.nlp: loading spaCy pipeline en_core_web_trf (spacy 3.7.5, spacy-transformers 1.3.5, torch 2.3.1+cpu)',
      "2026-02-11 08:17:19,402 INFO entity_api.nlp: pipeline ready: ['transformer', 'tagger', 'parser', 'attribute_ruler', 'lemmatizer', 'ner'] in 16.3s, process rss 1.52 GiB",
      'INFO:     Application startup complete.',
      'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      times(
        46,
        (i) =>
          `INFO:     10.42.${(i % 5) + 1}.${30 + (i % 40)}:${40000 + i * 17} - "POST /v1/entities HTTP/1.1" 200 OK`,
      ),
      times(
        8,
        (i) =>
          `2026-02-11 08:${p2(19 + i)}:${p2((i * 19) % 60)},${String(100 + i * 3).padStart(3, '0')} INFO entity_api.nlp: batch of ${8 + (i % 3) * 8} docs, longest ${(4200 + i * 610).toLocaleString('en-US')} tokens, process rss ${(1.71 + i * 0.041).toFixed(2)} GiB`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: the daily settlement set grows a few percent a week and is now a sixth above the median.
    id: 'fortythird-polars-settlement-worker-oomkilled',
    family: 'oom-data-growth',
    source: 'https://github.com/pola-rs/polars/issues/19261',
    signal: 'OOMKilled',
    node: quietNode,
    containers: [
      {
        ...oomLoop('settlement-worker', 3, '1m20s'),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: { POLARS_MAX_THREADS: '4', POLARS_VERBOSE: '1', SETTLEMENT_DATE: '2026-02-10' },
        args: ['python', '-m', 'settlement.run', '--date', '2026-02-10'],
      },
    ],
    events: [backOff('settlement-worker', 'settlement-worker-6d95b8c7f-x8rkl', 5)],
    previousLog: log(
      '2026-02-11 08:12:01 INFO settlement.run: settlement for 2026-02-10 starting (polars 1.9.0, python 3.12.7)',
      '2026-02-11 08:12:03 INFO settlement.sources: scan_parquet s3://acq-settlement/raw/2026-02-10/*.parquet: 48 files, 61,204,118 rows (30-day median 52,380,004; 2026-01-10: 49,911,720)',
      '2026-02-11 08:12:03 INFO settlement.sources: scan_parquet s3://acq-settlement/ref/merchants.parquet: 1,204,552 rows',
      'parquet file can be skipped, the statistics were sufficient to apply the predicate.',
      'parquet file must be read, statistics not sufficient for predicate.',
      times(12, (i) => (i % 3 === 2 ? 'hash join: merging partitioned results' : 'join parallel: true')),
      times(
        10,
        (i) =>
          `2026-02-11 08:${p2(13 + i)}:${p2((i * 31) % 60)} INFO settlement.run: stage ${['dedupe', 'fx-normalise', 'merchant-join', 'fee-rules', 'netting'][i % 5]} done, rss ${(3.2 + i * 0.27).toFixed(2)} GiB`,
      ),
      'INNER join dataframes finished',
      'estimated unique values: 14212096',
      'run PARTITIONED HASH AGGREGATION',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: Ray's monitor kills the replica at 95% of the pod's limit; the index it holds grew with the corpus.
    id: 'fortythird-ray-serve-embedding-index-replica-restarts',
    family: 'oom-data-growth',
    source: 'https://github.com/ray-project/ray/pull/30312',
    signal: 'Alert',
    containers: [
      {
        name: 'ray-worker',
        running: { startedAt: '2026-02-09T22:14:08Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        args: ['ray', 'start', '--num-cpus=4', '--address=ray-head-svc:6379', '--block'],
        env: { RAY_memory_usage_threshold: '0.95', INDEX_URI: 's3://search-ml/indexes/products-v7' },
        mounts: [{ volume: 'shm', path: '/dev/shm' }],
      },
    ],
    volumes: [{ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '512Mi' } }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'RayServeReplicaRestarts: deployment EmbeddingIndex in application search restarted 9 times in 30m; p99 latency of /search 4.8s',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `(ServeReplica:search:EmbeddingIndex pid=${8700 + Math.floor(i / 10) * 140}) INFO 2026-02-11 08:${mmss(5, i, 2)},${String(100 + i * 9).padStart(3, '0')} search_EmbeddingIndex ${['p8f2kd1', 'm3x7qz0', 'k2w9x1q'][Math.floor(i / 10)]} ${(0x5f2c01 + i * 977).toString(16)} /search replica.py:373 - __CALL__ OK ${(38 + ((i * 17) % 70)).toFixed(1)}ms`,
      ),
      '(ServeReplica:search:EmbeddingIndex pid=9120) INFO 2026-02-11 08:21:02,118 search_EmbeddingIndex index.py:44 -- loading index products-v7: 7,104,882 vectors x 384 dims (products-v6 had 5,912,044)',
      '(ServeReplica:search:EmbeddingIndex pid=9120) INFO 2026-02-11 08:21:39,660 search_EmbeddingIndex index.py:71 -- index loaded, process rss 5.84 GiB',
      '(raylet) [2026-02-11 08:22:14,002 E 412 412] (raylet) node_manager.cc:3084: 1 Workers (tasks / actors) killed due to memory pressure (OOM), 0 Workers crashed due to other reasons at node (ID: 6c1d0e5a2f, IP: 10.42.3.18) over the last time period. To see more information about the Workers killed on this node, use `ray logs raylet.out -ip 10.42.3.18`',
      '(raylet) Refer to the documentation on how to address the out of memory issue: https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html. Consider provisioning more memory on this node or reducing task parallelism by requesting more CPUs per task. To adjust the kill threshold, set the environment variable `RAY_memory_usage_threshold` when starting Ray. To disable worker killing, set the environment variable `RAY_memory_monitor_refresh_ms` to zero.',
      'ray.exceptions.ActorDiedError: The actor died unexpectedly before finishing this task.',
      '\tclass_name: ServeReplica:search:EmbeddingIndex',
      '\tactor_id: 4f1c2a8e9d7b6a5c0e1f2a3b01000000',
      '\tpid: 9120',
      '\tnamespace: serve',
      '\tip: 10.42.3.18',
      'The actor is dead because its worker process has died. Worker exit type: USER_ERROR Worker exit detail: Task was killed due to the node running low on memory.',
      'Memory on the node (IP: 10.42.3.18, ID: 6c1d0e5a2f) where the task (actor ID: 4f1c2a8e9d7b6a5c0e1f2a3b01000000, name=ServeReplica:search:EmbeddingIndex.__init__, pid=9120, memory used=6.02GB) was running was 8.17GB / 8.59GB (0.951), which exceeds the memory usage threshold of 0.95. Ray killed this worker (ID: 2b7e9c0d4a) because it was the most recently scheduled task; to see more information about memory usage on this node, use `ray logs raylet.out -ip 10.42.3.18`. To see the logs of the worker, use `ray logs worker-2b7e9c0d4a*out -ip 10.42.3.18. Top 10 memory users:',
      'PID\tMEM(GB)\tCOMMAND',
      '9120\t6.02\tray::ServeReplica:search:EmbeddingIndex.__init__',
      '412\t0.41\t/home/ray/anaconda3/lib/python3.12/site-packages/ray/core/src/ray/raylet/raylet --raylet_socket_name=...',
      '388\t0.22\t/home/ray/anaconda3/bin/python -u /home/ray/anaconda3/lib/python3.12/site-packages/ray/dashboard/agent.py',
      "(ServeController pid=288) WARNING 2026-02-11 08:22:15,007 controller 288 deployment_state.py:2211 -- Replica(id='k2w9x1q', deployment='EmbeddingIndex', app='search') failed health check, stopping it.",
      "(ServeController pid=288) INFO 2026-02-11 08:22:15,410 controller 288 deployment_state.py:1843 -- Adding 1 replica to Deployment(name='EmbeddingIndex', app='search').",
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the GC heap is capped at 75% of the limit by default; the tenant cache outgrew it.
    id: 'fortythird-dotnet8-tenant-config-api-5xx',
    family: 'oom-heap-share',
    source: 'https://github.com/dotnet/docs/pull/18020',
    signal: 'Alert',
    containers: [
      {
        name: 'tenant-config-api',
        running: { startedAt: '2026-02-11T06:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          ASPNETCORE_URLS: 'http://+:8080',
          DOTNET_gcServer: '1',
          DOTNET_GCgen0size: '0x4000000',
          TENANT_CACHE_REFRESH: '00:05:00',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'HighHTTP5xxRate: tenant-config-api 5xx ratio 0.31 over 10m (System.OutOfMemoryException in 412 requests)',
      },
    ],
    currentLog: log(
      'info: TenantConfig.Startup[0]',
      '      GC: server=True, heaps=2, TotalAvailableMemoryBytes=1073741824, heap hard limit=805306368 (768 MiB)',
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      times(
        14,
        (i) =>
          `info: TenantConfig.Cache.TenantCacheRefresher[7]\n      tenant cache refreshed: ${2730 + i * 49} tenants, ${(512 + i * 17.5).toFixed(0)} MiB managed heap after gen2, refresh took ${(3.1 + i * 0.2).toFixed(1)}s`,
      ),
      'warn: TenantConfig.Cache.TenantCacheRefresher[9]',
      '      managed heap after gen2 is 97% of the GC heap hard limit (745 MiB of 768 MiB)',
      times(
        6,
        (i) =>
          `fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HN9K2${i}Q7VLB8T", Request id "0HN9K2${i}Q7VLB8T:0000000${i + 2}": An unhandled exception was thrown by the application.\n      System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n         at System.Text.Json.Serialization.Metadata.JsonTypeInfo\`1.SerializeAsync(PipeWriter pipeWriter, T rootValue, CancellationToken cancellationToken, Object rootValueBoxed)\n         at Microsoft.AspNetCore.Http.HttpResponseJsonExtensions.WriteAsJsonAsync[TValue](HttpResponse response, TValue value, JsonSerializerOptions options, String contentType, CancellationToken cancellationToken)\n         at TenantConfig.Api.TenantEndpoints.GetTenantAsync(String tenantId, ITenantCache cache, HttpContext ctx) in /src/TenantConfig/Api/TenantEndpoints.cs:line 41`,
      ),
      'info: TenantConfig.Cache.TenantCacheRefresher[7]',
      '      tenant cache refreshed: 3,421 tenants (onboarding batch 2026-02-10: 96 tenants), 748 MiB managed heap after gen2, refresh took 6.4s',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the new live-predictions board holds a subscription per LiveView; the release needs more memory.
    id: 'fortythird-phoenix-departures-board-oomkilled',
    family: 'oom-new-feature',
    source: 'https://github.com/mbta/dotcom/pull/1814',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('departures-web', 3, '2026-02-11T08:26:41Z'),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { PHX_SERVER: 'true', POOL_SIZE: '10', RELEASE_COOKIE: '(from secret)' },
      },
    ],
    rollout: { minutesAgo: 72, addedEnv: { LIVE_PREDICTIONS_ENABLED: 'true' } },
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerOOMKilled: departures-web OOMKilled 3 times in 60m; working set before revision 2 flat at ~420Mi for 14 days',
      },
    ],
    previousLog: log(
      '08:02:11.204 [info] Running DeparturesWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      '08:02:11.206 [info] Access DeparturesWeb.Endpoint at https://departures.example.org',
      '08:02:11.390 [info] live predictions enabled: subscribing stop pages to predictions:v3 stream',
      times(
        40,
        (i) =>
          `08:${mmss(3, i, 2)}.${String((i * 47) % 1000).padStart(3, '0')} [info] CONNECTED TO Phoenix.LiveView.Socket in ${40 + ((i * 7) % 60)}µs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %{"_csrf_token" => "[FILTERED]", "_live_referer" => "undefined", "_mounts" => "0", "vsn" => "2.0.0"}`,
      ),
      times(
        10,
        (i) =>
          `08:${p2(4 + i * 2)}:00.012 [info] [telemetry] vm.memory total=${412 + i * 61}MB processes=${221 + i * 52}MB binary=${88 + i * 7}MB ets=${31 + i}MB; live views=${1200 + i * 640} predictions subscriptions=${1200 + i * 640}`,
      ),
    ),
    currentLog: log(
      '08:26:44.118 [info] Running DeparturesWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      '08:26:44.390 [info] live predictions enabled: subscribing stop pages to predictions:v3 stream',
      '08:28:00.014 [info] [telemetry] vm.memory total=388MB processes=196MB binary=81MB ets=30MB; live views=1104 predictions subscriptions=1104',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: steady at ~3.3Gi for weeks; opening every shard and replaying the WAL after a move peaks above 4Gi.
    id: 'fortythird-influxdb2-metrics-store-crashloop',
    family: 'oom-startup-peak',
    source: 'https://github.com/influxdata/influxdb/issues/21765',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('influxdb', 5),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: { INFLUXD_STORAGE_CACHE_MAX_MEMORY_SIZE: '1073741824', INFLUXD_STORAGE_WAL_FSYNC_DELAY: '0s' },
        mounts: [{ volume: 'data', path: '/var/lib/influxdb2' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-influxdb-0' }],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message: 'Successfully assigned monitoring/influxdb-0 to ip-10-0-41-187.eu-west-1.compute.internal',
        count: 1,
      },
      backOff('influxdb', 'influxdb-0', 12),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'InfluxDBDown: influxdb-0 not ready for 34m (moved by node drain of ip-10-0-12-9 at 07:54); working set before the move 3.2-3.4Gi for 41 days',
      },
    ],
    previousLog: log(
      'ts=2026-02-11T08:21:02.118450Z lvl=info msg="Welcome to InfluxDB" log_id=0nL4bX1W000 version=v2.7.10 commit=f302d9730c build_date=2024-08-16T20:19:39Z log_level=info',
      'ts=2026-02-11T08:21:02.121904Z lvl=info msg="Resources opened" log_id=0nL4bX1W000 service=bolt path=/var/lib/influxdb2/influxd.bolt',
      'ts=2026-02-11T08:21:02.140211Z lvl=info msg="Using data dir" log_id=0nL4bX1W000 service=storage-engine service=store path=/var/lib/influxdb2/engine/data',
      'ts=2026-02-11T08:21:02.140318Z lvl=info msg="Compaction settings" log_id=0nL4bX1W000 service=storage-engine service=store max_concurrent_compactions=1 throughput_bytes_per_second=50331648 throughput_bytes_per_second_burst=50331648',
      'ts=2026-02-11T08:21:02.140402Z lvl=info msg="Open store (start)" log_id=0nL4bX1W000 service=storage-engine service=store op_name=tsdb_open op_event=start',
      times(60, (i) =>
        i % 3 === 0
          ? `ts=2026-02-11T08:21:${p2(3 + Math.floor(i / 2))}.${String(100000 + i * 7311).slice(0, 6)}Z lvl=info msg="index opened with 8 partitions" log_id=0nL4bX1W000 service=storage-engine index=tsi`
          : i % 3 === 1
            ? `ts=2026-02-11T08:21:${p2(3 + Math.floor(i / 2))}.${String(200000 + i * 6917).slice(0, 6)}Z lvl=info msg="Reading file" log_id=0nL4bX1W000 service=storage-engine engine=tsm1 service=cacheloader path=/var/lib/influxdb2/engine/wal/5f1d0c92a7b3e410/autogen/${2140 + i}/_00${String(412 + i).padStart(3, '0')}.wal size=${10485760 - i * 3121}`
            : `ts=2026-02-11T08:21:${p2(3 + Math.floor(i / 2))}.${String(300000 + i * 5113).slice(0, 6)}Z lvl=info msg="Opened shard" log_id=0nL4bX1W000 service=storage-engine service=store op_name=tsdb_open index_version=tsi1 path=/var/lib/influxdb2/engine/data/5f1d0c92a7b3e410/autogen/${2140 + i} duration=${(180 + i * 9.7).toFixed(3)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: a second cluster now remote-writes into it; caches sized at 60% of the limit no longer fit the series.
    id: 'fortythird-victoriametrics-single-oomkilled',
    family: 'oom-data-growth',
    source: 'https://github.com/VictoriaMetrics/VictoriaMetrics/issues/1311',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('vmsingle', 3, '1m20s'),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        args: [
          '-retentionPeriod=90d',
          '-storageDataPath=/storage',
          '-search.maxUniqueTimeseries=900000',
          '-dedup.minScrapeInterval=30s',
        ],
        mounts: [{ volume: 'storage', path: '/storage' }],
      },
    ],
    volumes: [{ name: 'storage', persistentVolumeClaim: 'vmsingle-storage' }],
    events: [
      backOff('vmsingle', 'vmsingle-0', 6),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'TooHighMemoryUsage: vmsingle working set 97% of limit; vm_cache_entries{type="storage/hour_metric_ids"} 6.1M (4.2M before cluster prod-eu-2 was added to vmagent remote_write on 2026-02-09)',
      },
    ],
    previousLog: log(
      '2026-02-11T07:58:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:12\tbuild version: victoria-metrics-20240927-091102-tags-v1.104.0-0-g1a1b0e9c7',
      '2026-02-11T07:58:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\tcommand-line flags',
      '2026-02-11T07:58:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:28\t  -retentionPeriod="90d"',
      '2026-02-11T07:58:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:28\t  -search.maxUniqueTimeseries="900000"',
      '2026-02-11T07:58:12.115Z\tinfo\tVictoriaMetrics/lib/memory/memory.go:42\tlimiting caches to 5153960755 bytes, leaving 3435973837 bytes to the OS according to -memory.allowedPercent=60',
      '2026-02-11T07:58:12.116Z\tinfo\tVictoriaMetrics/app/victoria-metrics/main.go:68\tstarting VictoriaMetrics at "[:8428]"...',
      '2026-02-11T07:58:12.116Z\tinfo\tVictoriaMetrics/app/vmstorage/main.go:109\topening storage at "/storage" with -retentionPeriod=90d',
      '2026-02-11T07:58:31.902Z\tinfo\tVictoriaMetrics/app/vmstorage/main.go:124\tsuccessfully opened storage "/storage" in 19.786 seconds; partsCount: 412; blocksCount: 1882004; rowsCount: 211900420118; sizeBytes: 148821402112',
      times(
        24,
        (i) =>
          `2026-02-11T08:${p2(i)}:${p2((i * 17) % 60)}.${String((i * 91) % 1000).padStart(3, '0')}Z\twarn\tVictoriaMetrics/app/vmselect/promql/exec.go:${118 + (i % 3)}\tslow query according to -search.logSlowQueryDuration=5s: remoteAddr="10.42.${(i % 4) + 2}.${60 + i}:${41000 + i * 7}", duration=${(5.2 + i * 0.31).toFixed(3)} seconds, start=${1770793200 + i * 60}, end=${1770796800 + i * 60}, step=60, query=${JSON.stringify(['sum(rate(container_cpu_usage_seconds_total[5m])) by (namespace)', 'count(up) by (cluster)', 'histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le, service))'][i % 3])}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: Karpenter more than doubled the batch node pool; the head now holds 3.9M series in a 12Gi limit.
    id: 'fortythird-prometheus-k8s-oomkilled',
    family: 'oom-data-growth',
    source: 'https://github.com/ministryofjustice/cloud-platform-terraform-monitoring/pull/105',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'prometheus',
        running: { startedAt: '2026-02-11T08:18:07Z' },
        ready: false,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 2,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: [
          '--config.file=/etc/prometheus/config_out/prometheus.env.yaml',
          '--storage.tsdb.path=/prometheus',
          '--storage.tsdb.retention.time=10d',
          '--web.enable-lifecycle',
        ],
        mounts: [
          { volume: 'prometheus-db', path: '/prometheus' },
          { volume: 'config-out', path: '/etc/prometheus/config_out' },
        ],
      },
      {
        name: 'config-reloader',
        running: { startedAt: '2026-02-09T10:02:11Z' },
        ready: true,
        memoryLimit: '50Mi',
      },
    ],
    volumes: [
      { name: 'prometheus-db', persistentVolumeClaim: 'prometheus-k8s-db-prometheus-k8s-0' },
      { name: 'config-out', emptyDir: {} },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'PrometheusMemoryNearLimit: prometheus_tsdb_head_series 3.91M (2.64M on 2026-02-04); nodepool batch-spot grew from 38 to 91 nodes on 2026-02-10; working set 11.6Gi/12Gi before the kill at 08:17',
      },
    ],
    previousLog: log(
      'ts=2026-02-11T02:10:04.118Z caller=main.go:601 level=info msg="Starting Prometheus Server" mode=server version="(version=2.53.1, branch=HEAD, revision=14cfec3f6048b735e08c1e9c64c8d4211d32bab4)"',
      'ts=2026-02-11T02:10:04.118Z caller=main.go:606 level=info build_context="(go=go1.22.5, platform=linux/amd64, user=root@7f0b1a9ecb2b, date=20240710-10:16:27, tags=netgo,builtinassets,stringlabels)"',
      'ts=2026-02-11T02:10:04.119Z caller=main.go:608 level=info fd_limits="(soft=1048576, hard=1048576)"',
      'ts=2026-02-11T02:10:05.202Z caller=head.go:626 level=info component=tsdb msg="Replaying on-disk memory mappable chunks if any"',
      'ts=2026-02-11T02:13:41.770Z caller=head.go:813 level=info component=tsdb msg="WAL replay completed" checkpoint_replay_duration=1m2.118s wal_replay_duration=2m31.904s wbl_replay_duration=181ns chunk_snapshot_load_duration=0s mmap_chunk_replay_duration=2.546s total_replay_duration=3m36.568s',
      'ts=2026-02-11T02:13:44.118Z caller=main.go:1169 level=info msg="TSDB started"',
      'ts=2026-02-11T02:13:44.402Z caller=main.go:1433 level=info msg="Completed loading of configuration file" filename=/etc/prometheus/config_out/prometheus.env.yaml totalDuration=284.118ms db_storage=1.2µs remote_storage=2.1µs web_handler=610ns query_engine=1.1µs scrape=1.204ms scrape_sd=41.118ms notify=31.2µs notify_sd=20.9µs rules=180.4ms tracing=5.1µs',
      'ts=2026-02-11T02:13:44.402Z caller=main.go:1130 level=info msg="Server is ready to receive web requests."',
      times(
        3,
        (i) =>
          `ts=2026-02-11T0${3 + i * 2}:00:31.${String(204 + i * 91).padStart(3, '0')}Z caller=compact.go:576 level=info component=tsdb msg="write block" mint=${1770768000000 + i * 7200000} maxt=${1770775200000 + i * 7200000} ulid=01JKXQ${(4 + i) * 1111}ZT8N9A2M7Q4WV6B duration=${(48.2 + i * 9.4).toFixed(3)}s ooo=false`,
      ),
      times(
        3,
        (i) =>
          `ts=2026-02-11T0${3 + i * 2}:01:44.${String(610 + i * 71).padStart(3, '0')}Z caller=head.go:1355 level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration=${(9.1 + i * 2.7).toFixed(3)}s`,
      ),
      times(
        14,
        (i) =>
          `ts=2026-02-11T0${7 + Math.floor((40 + i * 2) / 60)}:${p2((40 + i * 2) % 60)}:${p2((i * 23) % 60)}.${String((i * 61) % 1000).padStart(3, '0')}Z caller=scrape.go:1766 level=warn component="scrape manager" scrape_pool=serviceMonitor/monitoring/kubelet/1 target=https://10.0.${100 + i}.${20 + i}:10250/metrics/cadvisor msg="Appending scrape report failed" err="out of bounds"`,
      ),
    ),
    currentLog: log(
      'ts=2026-02-11T08:18:08.330Z caller=main.go:601 level=info msg="Starting Prometheus Server" mode=server version="(version=2.53.1, branch=HEAD, revision=14cfec3f6048b735e08c1e9c64c8d4211d32bab4)"',
      'ts=2026-02-11T08:18:09.114Z caller=head.go:626 level=info component=tsdb msg="Replaying on-disk memory mappable chunks if any"',
      'ts=2026-02-11T08:18:12.662Z caller=head.go:707 level=info component=tsdb msg="On-disk memory mappable chunks replay completed" duration=3.548s',
      'ts=2026-02-11T08:18:12.662Z caller=head.go:715 level=info component=tsdb msg="Replaying WAL, this may take a while"',
      times(
        24,
        (i) =>
          `ts=2026-02-11T08:${mmss(19, i, 3)}.${String((i * 83) % 1000).padStart(3, '0')}Z caller=head.go:787 level=info component=tsdb msg="WAL segment loaded" segment=${2210 + i} maxSegment=2291`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: shipping the API server's audit log raised steady ingest; Loki needs more than 512Mi now.
    id: 'fortythird-loki-single-binary-oomkilled',
    family: 'oom-new-feature',
    source: 'https://github.com/devantler-tech/platform/pull/1708',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('loki', 6, '2m40s'),
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['-config.file=/etc/loki/config/config.yaml', '-target=all'],
        mounts: [
          { volume: 'config', path: '/etc/loki/config' },
          { volume: 'storage', path: '/var/loki' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'loki' },
      { name: 'storage', persistentVolumeClaim: 'storage-loki-0' },
    ],
    rollout: { minutesAgo: 95, previousTag: '2.3.0' },
    events: [
      backOff('loki', 'loki-0', 10),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerMemoryNearLimit: loki working set at limit since 2026-02-09 (kube-apiserver audit log added to the Alloy pipeline); VPA target for container loki 728Mi, limit 512Mi',
      },
    ],
    previousLog: log(
      'level=info ts=2026-02-11T08:14:02.118504Z caller=main.go:126 msg="Starting Loki" version="(version=3.1.1, branch=HEAD, revision=cdc40b6eb)"',
      'level=info ts=2026-02-11T08:14:02.120118Z caller=server.go:352 msg="server listening on addresses" http=[::]:3100 grpc=[::]:9095',
      'level=info ts=2026-02-11T08:14:02.402771Z caller=module_service.go:82 msg=starting module=ingester',
      'level=info ts=2026-02-11T08:14:02.402901Z caller=ingester.go:473 component=ingester msg="recovering from checkpoint"',
      'level=info ts=2026-02-11T08:14:09.902004Z caller=loki.go:542 msg="Loki started" startup_time=7.784s',
      times(
        40,
        (i) =>
          `level=info ts=2026-02-11T08:${mmss(15, i, 5)}.${String(100000 + i * 17011).slice(0, 6)}Z caller=metrics.go:217 component=frontend org_id=fake latency=fast query="${i % 2 === 0 ? '{job=\\"kube-apiserver-audit\\"} | json | verb=\\"delete\\"' : 'sum by (namespace) (count_over_time({job=\\"kubernetes-pods\\"}[5m]))'}" query_hash=${3300000000 + i * 7919} query_type=${i % 2 === 0 ? 'filter' : 'metric'} range_type=range length=1h0m0s step=15s duration=${(90 + i * 11.3).toFixed(2)}ms status=200 limit=1000 returned_lines=${i % 2 === 0 ? 212 + i : 0} throughput=${(31 + i).toFixed(0)}MB total_bytes=${(3.1 + i * 0.2).toFixed(1)}MB total_entries=${i % 2 === 0 ? 212 + i : 18}`,
      ),
      'level=info ts=2026-02-11T08:23:30.004118Z caller=checkpoint.go:611 component=ingester msg="starting checkpoint"',
      'level=info ts=2026-02-11T08:23:36.880207Z caller=checkpoint.go:336 component=ingester msg="attempting checkpoint for" dir=/var/loki/wal/checkpoint.000412',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: Caddy holds every customer's certificate in its cache; customers' domains grew by 70%.
    id: 'fortythird-caddy-custom-domains-edge-oomkilled',
    family: 'oom-data-growth',
    source: 'https://github.com/caddyserver/caddy/pull/5623',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('caddy', 4, '2026-02-11T08:24:30Z'),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['caddy', 'run', '--config', '/etc/caddy/Caddyfile', '--adapter', 'caddyfile'],
        env: { CADDY_STORAGE_MODULE: 'redis', ASK_ENDPOINT: 'http://domains-api.edge.svc:8080/v1/allowed' },
        mounts: [{ volume: 'caddyfile', path: '/etc/caddy' }],
      },
    ],
    volumes: [{ name: 'caddyfile', configMap: 'edge-caddyfile' }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerOOMKilled: caddy-edge OOMKilled 4 times since 2026-02-10; certificate storage holds 19,412 certificates for verified customer domains (11,204 on 2026-01-11); working set climbs to the 1Gi limit as handshakes load certificates into the cache',
      },
    ],
    previousLog: log(
      '{"level":"info","ts":1770795002.118,"msg":"using config from file","file":"/etc/caddy/Caddyfile"}',
      '{"level":"info","ts":1770795002.121,"msg":"adapted config to JSON","adapter":"caddyfile"}',
      '{"level":"info","ts":1770795002.126,"logger":"admin","msg":"admin endpoint started","address":"localhost:2019","enforce_origin":false,"origins":["//localhost:2019","//[::1]:2019","//127.0.0.1:2019"]}',
      '{"level":"info","ts":1770795002.127,"logger":"tls.cache.maintenance","msg":"started background certificate maintenance","cache":"0xc0004a2100"}',
      '{"level":"info","ts":1770795002.131,"logger":"http.auto_https","msg":"automatic HTTPS is completely disabled for server","server_name":"srv1"}',
      '{"level":"info","ts":1770795002.140,"logger":"http.log","msg":"server running","name":"srv0","protocols":["h1","h2","h3"]}',
      '{"level":"info","ts":1770795002.141,"msg":"serving initial configuration"}',
      times(
        36,
        (i) =>
          `{"level":"info","ts":${unix(2 + i * 38)}.${String(100 + i * 7)},"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"${81 + (i % 40)}.${(i * 7) % 250}.${(i * 13) % 250}.${(i * 29) % 250}","proto":"HTTP/2.0","method":"GET","host":"shop-${1000 + i * 47}.customers.example-commerce.net","uri":"/${['', 'cart', 'product/4411', 'checkout'][i % 4]}","tls":{"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2","server_name":"shop-${1000 + i * 47}.customers.example-commerce.net"}},"bytes_read":0,"user_id":"","duration":${(0.012 + (i % 9) * 0.004).toFixed(3)},"size":${5120 + i * 33},"status":200}`,
      ),
      times(
        4,
        (i) =>
          `{"level":"info","ts":${unix(1000 + i * 90)}.402,"logger":"tls.obtain","msg":"certificate obtained successfully","identifier":"store-${77 + i}.newcustomer-${i}.de","issuer":"acme-v02.api.letsencrypt.org-directory"}`,
      ),
    ),
    currentLog: log(
      '{"level":"info","ts":1770798272.008,"msg":"using config from file","file":"/etc/caddy/Caddyfile"}',
      '{"level":"info","ts":1770798272.019,"logger":"tls.cache.maintenance","msg":"started background certificate maintenance","cache":"0xc0004b6200"}',
      '{"level":"info","ts":1770798272.031,"msg":"serving initial configuration"}',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the feature store's dataset grew to 5.4GB with noeviction by design; reloading it peaks above 6Gi.
    id: 'fortythird-keydb-feature-store-crashloop',
    family: 'oom-startup-peak',
    source: 'https://github.com/Snapchat/KeyDB/issues/317',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('keydb', 4),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: [
          'keydb-server',
          '/etc/keydb/keydb.conf',
          '--server-threads',
          '4',
          '--maxmemory',
          '0',
          '--maxmemory-policy',
          'noeviction',
        ],
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'config', path: '/etc/keydb' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-keydb-0' },
      { name: 'config', configMap: 'keydb-config' },
    ],
    events: [
      backOff('keydb', 'keydb-0', 9),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KeyDBDown: keydb-0 down since 08:02 (restarted by node maintenance); used_memory grew from 3.9G to 5.3G over 60 days with the feature catalogue, rss was 5.7G before the restart',
      },
    ],
    previousLog: log(
      '7:7:C 11 Feb 2026 08:21:02.118 # oO0OoO0OoO0Oo KeyDB is starting oO0OoO0OoO0Oo',
      '7:7:C 11 Feb 2026 08:21:02.118 # KeyDB version=6.3.4, bits=64, commit=7e7e5e57, modified=0, pid=7, just started',
      '7:7:C 11 Feb 2026 08:21:02.118 # Configuration loaded',
      '7:7:M 11 Feb 2026 08:21:02.119 * monotonic clock: POSIX clock_gettime',
      '7:7:M 11 Feb 2026 08:21:02.120 * Running mode=standalone, port=6379.',
      '7:7:M 11 Feb 2026 08:21:02.120 # WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.',
      '7:7:M 11 Feb 2026 08:21:02.120 # Server initialized',
      "7:7:M 11 Feb 2026 08:21:02.120 # WARNING overcommit_memory is set to 0! Background save may fail under low memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
      '7:7:M 11 Feb 2026 08:21:02.121 * Loading RDB produced by version 6.3.4',
      '7:7:M 11 Feb 2026 08:21:02.121 * RDB age 1148 seconds',
      '7:7:M 11 Feb 2026 08:21:02.121 * RDB memory usage when created 5412.30 Mb',
    ),
    accept: ['raise-memory-limit'],
    harmful: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // Right: the orders app scaled out for a promotion; more connections sit just above the limit.
    id: 'fortythird-mariadb-orders-primary-oomkilled',
    family: 'oom-load-growth',
    source: 'https://github.com/xunholy/k8s-gitops/pull/4095',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'mariadb',
        running: { startedAt: '2026-02-11T08:24:41Z' },
        ready: false,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 1,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        args: ['--max-connections=300', '--innodb-buffer-pool-size=2G'],
        mounts: [{ volume: 'data', path: '/var/lib/mysql' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-mariadb-0' }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'MySQLHighThreadsConnected: threads_connected 244 (180 yesterday) after orders-api scaled 6 -> 14 replicas for the promotion at 07:40; mariadb working set 2.96Gi/3Gi before the kill',
      },
    ],
    previousLog: log(
      '2026-02-11  2:11:40 0 [Note] Starting MariaDB 11.4.4-MariaDB-ubu2404 source revision 7a7f8ae9f0d6e4cc25b7a2f8e1d2c3b4a5968778 server_uid l2Xx0c8ZkGv6yW3QbN1sT4eRf7g= as process 1',
      '2026-02-11  2:11:40 0 [Note] InnoDB: Compressed tables use zlib 1.3',
      '2026-02-11  2:11:40 0 [Note] InnoDB: Number of transaction pools: 1',
      '2026-02-11  2:11:40 0 [Note] InnoDB: Using crc32 + pclmulqdq instructions',
      '2026-02-11  2:11:40 0 [Note] InnoDB: Using liburing',
      '2026-02-11  2:11:40 0 [Note] InnoDB: Initializing buffer pool, total size = 2.000GiB, chunk size = 32.000MiB',
      '2026-02-11  2:11:40 0 [Note] InnoDB: Completed initialization of buffer pool',
      '2026-02-11  2:11:41 0 [Note] InnoDB: log sequence number 918227401184; transaction id 211904118',
      "2026-02-11  2:11:41 0 [Note] Server socket created on IP: '0.0.0.0'.",
      '2026-02-11  2:11:41 0 [Note] mariadbd: ready for connections.',
      "Version: '11.4.4-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
      times(
        18,
        (i) =>
          `2026-02-11  ${7 + Math.floor((30 + i * 3) / 60)}:${p2((30 + i * 3) % 60)}:${p2((i * 31) % 60)} ${41200 + i * 17} [Warning] Aborted connection ${41200 + i * 17} to db: 'orders' user: 'orders_app' host: '10.42.${(i % 6) + 2}.${40 + i}' (Got an error reading communication packets)`,
      ),
    ),
    currentLog: log(
      '2026-02-11  8:24:42 0 [Note] Starting MariaDB 11.4.4-MariaDB-ubu2404 source revision 7a7f8ae9f0d6e4cc25b7a2f8e1d2c3b4a5968778 server_uid l2Xx0c8ZkGv6yW3QbN1sT4eRf7g= as process 1',
      '2026-02-11  8:24:42 0 [Note] InnoDB: Initializing buffer pool, total size = 2.000GiB, chunk size = 32.000MiB',
      '2026-02-11  8:24:42 0 [Note] InnoDB: Completed initialization of buffer pool',
      '2026-02-11  8:24:42 0 [Note] InnoDB: Starting crash recovery from checkpoint LSN=918902211870',
      '2026-02-11  8:24:44 0 [Note] InnoDB: To recover: 184211 pages',
      times(
        8,
        (i) =>
          `2026-02-11  8:${mmss(25, i, 2)} 0 [Note] InnoDB: To recover: ${184211 - (i + 1) * 21400} pages`,
      ),
    ),
    accept: ['raise-memory-limit'],
    harmful: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: GOMEMLIMIT is 90% of the limit (automemlimit); the geofence index grew and the GC can no longer keep under it.
    id: 'fortythird-go-geofence-router-oomkilled',
    family: 'oom-heap-share',
    source: 'https://github.com/KimMachineGun/automemlimit',
    signal: 'OOMKilled',
    node: quietNode,
    containers: [
      {
        ...oomLoop('geofence-router', 3, '1m20s'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: { AUTOMEMLIMIT_DEBUG: 'true', GODEBUG: 'gctrace=1', GEOFENCE_SNAPSHOT: 'geofences-2026-02-11' },
      },
    ],
    events: [backOff('geofence-router', 'geofence-router-74d8b9c6f5-r7sdq', 6)],
    previousLog: log(
      '2026/02/11 08:14:02 GOMEMLIMIT=1932735283',
      '{"time":"2026-02-11T08:14:02.201Z","level":"INFO","msg":"loading geofence snapshot","snapshot":"geofences-2026-02-11","go":"go1.22.7"}',
      times(
        16,
        (i) =>
          `gc ${i + 1} @${(0.4 + i * 1.9).toFixed(3)}s ${1 + (i % 3)}%: 0.031+${(12 + i * 6).toFixed(0)}+0.020 ms clock, 0.12+${(1.1 + i * 0.2).toFixed(1)}/${(40 + i * 9).toFixed(0)}/${(60 + i * 11).toFixed(0)}+0.081 ms cpu, ${120 + i * 96}->${131 + i * 97}->${96 + i * 90} MB, ${240 + i * 180} MB goal, 0 MB stacks, 0 MB globals, 4 P`,
      ),
      '{"time":"2026-02-11T08:14:33.880Z","level":"INFO","msg":"geofence snapshot loaded","polygons":2418552,"previous_polygons":1912004,"previous_snapshot":"geofences-2026-01-12","rtree_nodes":5120448}',
      '{"time":"2026-02-11T08:14:34.002Z","level":"INFO","msg":"listening","addr":":8080"}',
      times(
        20,
        (i) =>
          `gc ${17 + i} @${(36 + i * 31.4).toFixed(3)}s ${9 + i * 2}%: 0.061+${210 + i * 14}+0.038 ms clock, 0.24+${(12 + i).toFixed(0)}/${418 + i * 21}/${602 + i * 30}+0.15 ms cpu, ${1702 + i * 5}->${1731 + i * 5}->${1688 + i * 5} MB, 1843 MB goal, 0 MB stacks, 0 MB globals, 4 P`,
      ),
      times(
        24,
        (i) =>
          `{"time":"2026-02-11T08:${mmss(15, i, 3)}.${String((i * 41) % 1000).padStart(3, '0')}Z","level":"INFO","msg":"match","tenant":"${['fleetco', 'quickcab', 'parcelnow'][i % 3]}","points":${200 + i * 11},"matched":${180 + i * 9},"latency_ms":${(4 + (i % 7) * 3 + Math.floor(i / 4) * 6).toFixed(0)}}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: four workers for four CPUs, each grown with the tenants onboarded this quarter; it sits just above 3Gi.
    id: 'fortythird-puma-cluster-helpdesk-web-oomkilled',
    family: 'oom-load-growth',
    source: 'https://github.com/puma/puma/issues/961',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('helpdesk-web', 5, '2026-02-11T08:21:16Z'),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          WEB_CONCURRENCY: '4',
          RAILS_MAX_THREADS: '5',
          RUBY_YJIT_ENABLE: '1',
          MALLOC_ARENA_MAX: '2',
          RAILS_ENV: 'production',
        },
        args: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerOOMKilled: helpdesk-web OOMKilled 5 times in 3 days; per-worker RSS 610MB -> 690MB since the Q1 tenant migration (412 -> 611 tenants), request rate per pod unchanged, memory flat across each day',
      },
    ],
    previousLog: log(
      '[1] Puma starting in cluster mode...',
      '[1] * Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
      '[1] *  Min threads: 5',
      '[1] *  Max threads: 5',
      '[1] *  Environment: production',
      '[1] *   Master PID: 1',
      '[1] *      Workers: 4',
      '[1] *     Restarts: (✔) hot (✖) phased',
      '[1] * Preloading application',
      '[1] * Listening on http://0.0.0.0:3000',
      '[1] Use Ctrl-C to stop',
      '[1] - Worker 0 (PID: 14) booted in 0.02s, phase: 0',
      '[1] - Worker 1 (PID: 19) booted in 0.02s, phase: 0',
      '[1] - Worker 2 (PID: 24) booted in 0.02s, phase: 0',
      '[1] - Worker 3 (PID: 29) booted in 0.02s, phase: 0',
      times(
        50,
        (i) =>
          `I, [2026-02-11T08:${mmss(0, i, 2.5)}.${String((i * 7919) % 1000000).padStart(6, '0')} #${14 + (i % 4) * 5}]  INFO -- : [${(0x9f3a1c2 + i * 4111).toString(16)}] Completed 200 OK in ${90 + ((i * 37) % 300)}ms (Views: ${20 + (i % 30)}.1ms | ActiveRecord: ${11 + (i % 25)}.4ms (${3 + (i % 9)} queries, ${i % 4} cached) | GC: ${(2.1 + (i % 6)).toFixed(1)}ms)`,
      ),
      '[1] - Worker 2 (PID: 24) booted in 0.02s, phase: 0',
    ),
    currentLog: log(
      '[1] Puma starting in cluster mode...',
      '[1] * Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
      '[1] *      Workers: 4',
      '[1] * Preloading application',
      '[1] * Listening on http://0.0.0.0:3000',
      '[1] - Worker 0 (PID: 14) booted in 0.02s, phase: 0',
      '[1] - Worker 1 (PID: 19) booted in 0.02s, phase: 0',
      '[1] - Worker 2 (PID: 24) booted in 0.02s, phase: 0',
      '[1] - Worker 3 (PID: 29) booted in 0.02s, phase: 0',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: one job at a time, no per-file cap: the engine needs more for a monorepo a third larger.
    id: 'fortythird-semgrep-scan-worker-scans-failing',
    family: 'oom-data-growth',
    source: 'https://github.com/semgrep/semgrep/issues/7626',
    signal: 'Alert',
    containers: [
      {
        name: 'scan-worker',
        running: { startedAt: '2026-02-10T17:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          SCAN_QUEUE: 'sast-scans',
          SEMGREP_ARGS: '--jobs 1 --timeout 0 --metrics off',
          SEMGREP_VERSION: '1.97.0',
        },
        mounts: [{ volume: 'checkout', path: '/work' }],
      },
    ],
    volumes: [{ name: 'checkout', emptyDir: { sizeLimit: '20Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'CodeScanFailures: 11 of 11 scans of platform/monorepo failed since 2026-02-10 18:05; all other repositories scan normally',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `2026-02-11T08:${p2(i * 2)}:${p2((i * 19) % 60)}Z INFO scan_worker: scan ${['web/storefront', 'svc/payments', 'svc/ledger', 'infra/terraform'][i % 4]}@${(0xa1b2c3 + i * 977).toString(16)} done in ${(42 + i * 3.1).toFixed(1)}s, findings=${i % 5}`,
      ),
      '2026-02-11T08:24:02Z INFO scan_worker: scan platform/monorepo@5f1e9a2 starting: 31,842 files (24,105 at the last successful scan on 2026-01-30)',
      '┌─────────────┐',
      '│ Scan Status │',
      '└─────────────┘',
      '  Scanning 31842 files tracked by git with 1204 Code rules:',
      '  Scanning 29117 files.',
      '[ERROR] Error while running rules:',
      '                    You are seeing this because the engine was killed.',
      '',
      '                    The most common reason this happens is because it used too much memory.',
      '                    If your repo is large (~10k files or more), you have three options:',
      '                    1. Increase the amount of memory available to semgrep',
      '                    2. Reduce the number of jobs semgrep runs with via `-j <jobs>`. We',
      '                        recommend using 1 job if you are running out of memory.',
      '                    3. Scan the repo in parts (contact us for help)',
      '',
      '                    Otherwise, it is likely that semgrep is hitting the limit on only some',
      '                    files. In this case, you can try to set the limit on the amount of memory',
      '                    semgrep can use on each file with `--max-memory <memory>`. We recommend',
      '                    lowering this to a limit 70% of the available memory. For CI runs with',
      '                    interfile analysis, the default max-memory is 5000MB. Without, the default',
      '                    is unlimited.',
      '',
      '                    The last thing you can try if none of these work is to raise the stack',
      '                    limit with `ulimit -s <limit>`.',
      '',
      '                    If you have tried all these steps and still are seeing this error, please',
      '                    contact us.',
      '',
      '                       Error: semgrep-core exited with unexpected output',
      '2026-02-11T08:27:41Z ERROR scan_worker: scan platform/monorepo@5f1e9a2 failed: semgrep exited 2 after 219.4s (peak rss of semgrep-core 4.02 GiB, container limit 4 GiB)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- memory raise wrong (20)
  {
    // Wrong: one subscriber's endpoint answers in 30s and its queue has no bound; any heap fills in minutes.
    id: 'fortythird-zio-webhook-dispatcher-crashloop',
    family: 'oom-unbounded-queue',
    source: 'https://github.com/zio-archive/zio-webhooks/issues/83',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('webhook-dispatcher', 3, 7),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          DELIVERY_TIMEOUT: '30s',
          DELIVERY_PARALLELISM_PER_SUBSCRIBER: '4',
        },
      },
    ],
    events: [backOff('webhook-dispatcher', 'webhook-dispatcher-5d7f9c8b6-h2kzw', 13)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
      'timestamp=2026-02-11T07:44:02.118Z level=INFO thread=#zio-fiber-1 message="webhook-dispatcher 2.3.1 starting: 1,204 subscribers, consuming topic order-events" location=dispatcher.Main.run file=Main.scala line=41',
      'timestamp=2026-02-11T07:44:04.902Z level=INFO thread=#zio-fiber-12 message="kafka consumer assigned partitions 0-11 of order-events" location=dispatcher.Consumer.stream file=Consumer.scala line=58',
      times(60, (i) =>
        i % 4 === 3
          ? `timestamp=2026-02-11T08:${mmss(0, i, 3)}.${String((i * 73) % 1000).padStart(3, '0')}Z level=INFO thread=#zio-fiber-${20 + (i % 9)} message="queue depth subscriber=acme-erp pending=${(14220 + i * 8112).toLocaleString('en-US')} in_flight=4 oldest_age=${(31 + i * 22).toFixed(0)}s; other subscribers max pending=${(i * 7) % 40}" location=dispatcher.Metrics.report file=Metrics.scala line=27`
          : `timestamp=2026-02-11T08:${mmss(0, i, 3)}.${String((i * 73) % 1000).padStart(3, '0')}Z level=WARN thread=#zio-fiber-${300 + i} message="delivery failed subscriber=acme-erp url=https://erp.acme-industrial.example/hooks/orders attempt=${(i % 5) + 1}: request timed out after 30s; retry in 5s" location=dispatcher.Delivery.send file=Delivery.scala line=${88 + (i % 3)}`,
      ),
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: every evaluation compiles a new Groovy class into a Metaspace capped at 384m; it leaks until the probe kills it.
    id: 'fortythird-grails-pricing-rules-liveness-restarts',
    family: 'oom-leak',
    source: 'https://github.com/cerberustesting/cerberus-core/issues/2246',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'pricing-rules',
        running: { startedAt: '2026-02-11T08:10:12Z' },
        ready: true,
        last: { reason: 'Error', exitCode: 143 },
        restarts: 9,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms1g -Xmx1g -XX:MaxMetaspaceSize=384m -XX:+UseG1GC',
          GRAILS_ENV: 'production',
          RULES_SOURCE: 'jdbc:postgresql://pricing-db.data.svc:5432/rules',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 503',
        count: 27,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container pricing-rules failed liveness probe, will be restarted',
        count: 9,
      },
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'JvmMetaspaceNearMax: pricing-rules jvm_memory_used_bytes{area="nonheap",id="Metaspace"} reaches 384Mi about 5h after each start (9 restarts in 46h); heap after GC flat at ~420Mi',
      },
    ],
    previousLog: log(
      'Grails application running at http://localhost:8080 in environment: production',
      times(
        22,
        (i) =>
          `2026-02-11 0${3 + Math.floor(i / 5)}:${p2((i * 13) % 60)}:02.${String(118 + i).padStart(3, '0')}  INFO 1 --- [   scheduling-1] c.e.pricing.RuleEngineStats              : rules evaluated=${(210000 + i * 104000).toLocaleString('en-US')} scripts compiled=${(210000 + i * 104000).toLocaleString('en-US')} jvm.classes.loaded=${(18412 + i * 3910).toLocaleString('en-US')} metaspace used=${(96 + i * 13.2).toFixed(0)}MiB heap used=${402 + ((i * 17) % 60)}MiB`,
      ),
      times(
        6,
        (i) =>
          `2026-02-11 08:0${2 + i}:${p2((i * 17) % 60)}.${String(400 + i).padStart(3, '0')} ERROR 1 --- [nio-8080-exec-${i + 2}] c.e.pricing.RuleEngine                   : Groovy evaluation error: java.util.concurrent.ExecutionException: java.lang.OutOfMemoryError: Metaspace`,
      ),
      '2026-02-11 08:08:41.902 ERROR 1 --- [nio-8080-exec-9] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Handler dispatch failed; nested exception is java.lang.OutOfMemoryError: Metaspace] with root cause',
      '',
      'java.lang.OutOfMemoryError: Metaspace',
      '\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)',
      '\tat java.base/java.lang.ClassLoader.defineClass(ClassLoader.java:1017)',
      '\tat groovy.lang.GroovyClassLoader$ClassCollector.createClass(GroovyClassLoader.java:580)',
      '\tat groovy.lang.GroovyShell.parseClass(GroovyShell.java:548)',
      '\tat groovy.lang.GroovyShell.evaluate(GroovyShell.java:469)',
      '\tat com.example.pricing.RuleEngine.evaluate(RuleEngine.groovy:64)',
      '2026-02-11 08:09:30.118  INFO 1 --- [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete',
    ),
    currentLog: log(
      'Grails application running at http://localhost:8080 in environment: production',
      '2026-02-11 08:15:02.118  INFO 1 --- [   scheduling-1] c.e.pricing.RuleEngineStats              : rules evaluated=61,220 scripts compiled=61,220 jvm.classes.loaded=17,604 metaspace used=91MiB heap used=388MiB',
      '2026-02-11 08:25:02.121  INFO 1 --- [   scheduling-1] c.e.pricing.RuleEngineStats              : rules evaluated=143,908 scripts compiled=143,908 jvm.classes.loaded=19,918 metaspace used=103MiB heap used=401MiB',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: each render worker's heap is capped at 192 MB by resourceLimits; the process uses a fifth of its limit.
    id: 'fortythird-node22-invoice-renderer-crashloop',
    family: 'oom-runtime-cap',
    source: 'https://github.com/ankaboot-source/leadminer/issues/476',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('invoice-renderer', 1, 8),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          RENDER_POOL_SIZE: '2',
          WORKER_HEAP_MB: '192',
          NODE_OPTIONS: '--max-old-space-size=512',
        },
      },
    ],
    events: [backOff('invoice-renderer', 'invoice-renderer-66b9d4f7c8-tq5vx', 15)],
    previousLog: log(
      '{"level":30,"time":1770798001118,"pid":1,"hostname":"invoice-renderer-66b9d4f7c8-tq5vx","msg":"render pool started","size":2,"resourceLimits":{"maxOldGenerationSizeMb":192},"node":"v22.11.0"}',
      '{"level":30,"time":1770798001402,"pid":1,"hostname":"invoice-renderer-66b9d4f7c8-tq5vx","msg":"consuming queue invoices.render"}',
      times(
        24,
        (i) =>
          `{"level":30,"time":${1770798002000 + i * 6120},"pid":1,"hostname":"invoice-renderer-66b9d4f7c8-tq5vx","worker":${i % 2},"msg":"invoice rendered","invoice":"INV-2026-${String(88120 + i).padStart(6, '0')}","pages":${2 + (i % 7)},"ms":${410 + ((i * 97) % 900)},"rssMb":${380 + ((i * 23) % 140)}}`,
      ),
      '{"level":30,"time":1770798150211,"pid":1,"hostname":"invoice-renderer-66b9d4f7c8-tq5vx","worker":1,"msg":"rendering statement","invoice":"STMT-2026-01-004121","customer":"northwind-wholesale","lines":48211,"pages":1206}',
      'node:events:497',
      "      throw er; // Unhandled 'error' event",
      '      ^',
      '',
      'Error [ERR_WORKER_OUT_OF_MEMORY]: Worker terminated due to reaching memory limit: JS heap out of memory',
      '    at [kOnExit] (node:internal/worker:326:26)',
      '    at Worker.<computed>.onexit (node:internal/worker:242:20)',
      "Emitted 'error' event on Worker instance at:",
      '    at [kOnExit] (node:internal/worker:326:12)',
      '    at Worker.<computed>.onexit (node:internal/worker:242:20) {',
      "  code: 'ERR_WORKER_OUT_OF_MEMORY'",
      '}',
      '',
      'Node.js v22.11.0',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: no --concurrency, so prefork starts one child per host CPU (48) under a 2-CPU, 4Gi container.
    id: 'fortythird-celery-reports-worker-oomkilled',
    family: 'oom-worker-count',
    source: 'https://github.com/prowler-cloud/prowler/issues/10968',
    signal: 'OOMKilled',
    node: quietNode,
    containers: [
      {
        ...oomLoop('reports-worker', 12),
        memoryLimit: '4Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: [
          'celery',
          '-A',
          'reports',
          'worker',
          '-Q',
          'reports,exports',
          '-l',
          'INFO',
          '--max-tasks-per-child',
          '50',
        ],
        env: {
          DJANGO_SETTINGS_MODULE: 'reports.settings.production',
          CELERY_BROKER_URL: 'redis://valkey-broker.jobs.svc:6379/0',
        },
      },
    ],
    events: [backOff('reports-worker', 'reports-worker-7c9d8b5f6-wl2mx', 31)],
    previousLog: log(
      ' ',
      ' -------------- celery@reports-worker-7c9d8b5f6-wl2mx v5.4.0 (opalescent)',
      '--- ***** ----- ',
      '-- ******* ---- Linux-6.1.119-129.201.amzn2023.x86_64-x86_64-with-glibc2.36 2026-02-11 08:24:02',
      '- *** --- * --- ',
      '- ** ---------- [config]',
      '- ** ---------- .> app:         reports:0x7f3c2a1b2d10',
      '- ** ---------- .> transport:   redis://valkey-broker.jobs.svc:6379/0',
      '- ** ---------- .> results:     disabled://',
      '- *** --- * --- .> concurrency: 48 (prefork)',
      '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
      '--- ***** ----- ',
      ' -------------- [queues]',
      '                .> exports          exchange=exports(direct) key=exports',
      '                .> reports          exchange=reports(direct) key=reports',
      '',
      '[2026-02-11 08:24:04,118: INFO/MainProcess] Connected to redis://valkey-broker.jobs.svc:6379/0',
      '[2026-02-11 08:24:04,131: INFO/MainProcess] mingle: searching for neighbors',
      '[2026-02-11 08:24:05,160: INFO/MainProcess] mingle: sync with 2 nodes',
      '[2026-02-11 08:24:05,161: INFO/MainProcess] mingle: sync complete',
      '[2026-02-11 08:24:05,212: INFO/MainProcess] celery@reports-worker-7c9d8b5f6-wl2mx ready.',
      times(
        30,
        (i) =>
          `[2026-02-11 08:24:${p2(6 + Math.floor(i / 2))},${String(100 + i * 29).padStart(3, '0')}: INFO/ForkPoolWorker-${i + 1}] reports.warmup: loaded pandas, pyarrow and report templates (rss ${152 + ((i * 7) % 20)} MB)`,
      ),
      '[2026-02-11 08:24:21,402: INFO/MainProcess] Task reports.tasks.build_monthly_statement[4c1d2e8a-91f0-4b7e-a3c2-5d8e9f0a1b2c] received',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the worker believes it has 24GiB and never spills; the container has 8Gi.
    id: 'fortythird-dask-risk-worker-oomkilled',
    family: 'oom-runtime-cap-above',
    source: 'https://github.com/dask/distributed/issues/6110',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('dask-worker', 4, '2m40s'),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        args: [
          'dask',
          'worker',
          'tcp://risk-scheduler:8786',
          '--nthreads',
          '4',
          '--memory-limit',
          '24GiB',
          '--name',
          'risk-worker-2',
        ],
        mounts: [{ volume: 'scratch', path: '/tmp/dask-scratch-space' }],
      },
    ],
    volumes: [{ name: 'scratch', emptyDir: { sizeLimit: '50Gi' } }],
    events: [backOff('dask-worker', 'risk-worker-2', 7)],
    previousLog: log(
      "2026-02-11 08:11:02,118 - distributed.nanny - INFO -         Start Nanny at: 'tcp://10.42.5.61:39811'",
      '2026-02-11 08:11:03,002 - distributed.worker - INFO -       Start worker at:      tcp://10.42.5.61:41203',
      '2026-02-11 08:11:03,002 - distributed.worker - INFO -          Listening to:      tcp://10.42.5.61:41203',
      '2026-02-11 08:11:03,002 - distributed.worker - INFO -           Worker name:              risk-worker-2',
      '2026-02-11 08:11:03,002 - distributed.worker - INFO -          dashboard at:            10.42.5.61:8787',
      '2026-02-11 08:11:03,003 - distributed.worker - INFO - -------------------------------------------------',
      '2026-02-11 08:11:03,003 - distributed.worker - INFO -               Threads:                          4',
      '2026-02-11 08:11:03,003 - distributed.worker - INFO -                Memory:                  24.00 GiB',
      '2026-02-11 08:11:03,003 - distributed.worker - INFO -       Local Directory: /tmp/dask-scratch-space/worker-k2n8x1q0',
      '2026-02-11 08:11:03,003 - distributed.worker - INFO - -------------------------------------------------',
      '2026-02-11 08:11:03,611 - distributed.worker - INFO -         Registered to:    tcp://risk-scheduler:8786',
      '2026-02-11 08:11:03,612 - distributed.core - INFO - Starting established connection to tcp://risk-scheduler:8786',
      times(
        10,
        (i) =>
          `2026-02-11 08:${p2(12 + i)}:${p2((i * 37) % 60)},${String(100 + i * 53).padStart(3, '0')} - distributed.core - INFO - Event loop was unresponsive in Worker for ${(3.1 + i * 0.4).toFixed(2)}s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.`,
      ),
      times(
        6,
        (i) =>
          `2026-02-11 08:${p2(16 + i)}:${p2((i * 29) % 60)},${String(400 + i * 17).padStart(3, '0')} - distributed.worker.memory - WARNING - Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: ${(2.9 + i * 0.61).toFixed(2)} GiB -- Worker memory limit: 24.00 GiB`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the rollout set GOGC=800; a 260 MB live heap now aims for a 2.3 GB goal in a 1Gi container.
    id: 'fortythird-go-bid-stream-oomkilled',
    family: 'oom-runtime-cap-above',
    source: 'https://github.com/minio/minio/issues/18849',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('bid-stream', 6, '2m40s'),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { GODEBUG: 'gctrace=1', LISTEN_ADDR: ':8080' },
      },
    ],
    rollout: { minutesAgo: 48, addedEnv: { GOGC: '800' } },
    events: [
      backOff('bid-stream', 'bid-stream-6b8f7d9c54-dn4pk', 9),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerOOMKilled: bid-stream OOMKilled 6 times in 45m; GC CPU fell from 18% to 2% at revision 2',
      },
    ],
    previousLog: log(
      '{"time":"2026-02-11T08:21:02.118Z","level":"INFO","msg":"bid-stream starting","go":"go1.22.7","gogc":"800","gomemlimit":"math.MaxInt64"}',
      '{"time":"2026-02-11T08:21:02.402Z","level":"INFO","msg":"loaded campaign index","campaigns":41207,"heap_mb":212}',
      'gc 1 @0.204s 0%: 0.028+1.9+0.012 ms clock, 0.11+0.4/1.7/2.2+0.048 ms cpu, 4->4->3 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P',
      'gc 2 @0.611s 0%: 0.031+6.2+0.014 ms clock, 0.12+0.9/6.0/8.8+0.056 ms cpu, 34->35->31 MB, 34 MB goal, 0 MB stacks, 0 MB globals, 2 P',
      'gc 3 @2.902s 1%: 0.044+38+0.021 ms clock, 0.17+2.1/71/104+0.084 ms cpu, 283->290->212 MB, 283 MB goal, 0 MB stacks, 0 MB globals, 2 P',
      '{"time":"2026-02-11T08:21:03.004Z","level":"INFO","msg":"listening","addr":":8080"}',
      times(
        40,
        (i) =>
          `{"time":"2026-02-11T08:21:${p2(3 + i)}.${String((i * 67) % 1000).padStart(3, '0')}Z","level":"INFO","msg":"auction","exchange":"${['openx', 'pubmatic', 'magnite'][i % 3]}","bids":${30 + (i % 17)},"won":${i % 4},"latency_ms":${(3 + (i % 9)).toFixed(0)}}`,
      ),
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    // Wrong: the channel between the Kafka consumer and the ClickHouse writer has no bound, and ClickHouse is refusing inserts.
    id: 'fortythird-rust-event-ingest-oomkilled',
    family: 'oom-unbounded-queue',
    source: 'https://github.com/getsentry/snuba/issues/5874',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('event-ingest', 8),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          RUST_LOG: 'info,event_ingest=info',
          CLICKHOUSE_URL: 'http://clickhouse-events.analytics.svc:8123',
          KAFKA_TOPIC: 'product-events',
          BATCH_ROWS: '50000',
        },
      },
    ],
    events: [backOff('event-ingest', 'event-ingest-58c7d9f6b4-2mxkq', 19)],
    previousLog: log(
      '2026-02-11T07:58:02.118244Z  INFO event_ingest: starting event-ingest 2.3.1 (tokio multi-thread, 2 workers, jemalloc)',
      '2026-02-11T07:58:02.904511Z  INFO event_ingest::consumer: assigned partitions topic="product-events" partitions=[0, 1, 2, 3, 4, 5]',
      times(48, (i) =>
        i % 4 === 0
          ? `2026-02-11T08:${mmss(0, i, 2)}.${String(100000 + i * 4111).slice(0, 6)}Z  INFO event_ingest::stats: pipeline consumed_per_s=${41200 + (i % 5) * 310} inserted_per_s=${Math.max(900, 9800 - i * 190)} pending_batches=${12 + i * 19} jemalloc_allocated_mb=${(210 + i * 79).toFixed(0)} jemalloc_resident_mb=${(242 + i * 81).toFixed(0)}`
          : `2026-02-11T08:${mmss(0, i, 2)}.${String(200000 + i * 3119).slice(0, 6)}Z  WARN event_ingest::writer: insert failed, retrying table="events_local" rows=50000 attempt=${(i % 5) + 1} error=Code: 252. DB::Exception: Too many parts (3001). Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 24.8.4.13 (official build))`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: RSS climbs linearly at flat traffic while PHP's own counters stay flat; workers are never recycled.
    id: 'fortythird-swoole-catalog-api-memory-alert',
    family: 'oom-leak',
    source: 'https://github.com/swoole/swoole-src/issues/2685',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog-api',
        running: { startedAt: '2026-02-10T08:02:31Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 14,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: { APP_ENV: 'prod', SWOOLE_WORKER_NUM: '4', SWOOLE_MAX_REQUEST: '0', PHP_MEMORY_LIMIT: '256M' },
        args: ['php', 'bin/hyperf.php', 'start'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ContainerMemoryNearLimit: catalog-api working set 941Mi of 1Gi, rising ~31Mi/h at a flat 420 req/s since the container started 24h ago; the last 14 restarts (9 days) were all OOMKilled about 25h after start',
      },
    ],
    currentLog: log(
      '[INFO] Worker#0 started.',
      '[INFO] Worker#1 started.',
      '[INFO] Worker#2 started.',
      '[INFO] Worker#3 started.',
      '[INFO] HTTP Server listening at 0.0.0.0:9501',
      times(
        25,
        (i) =>
          `[2026-02-${i < 16 ? 10 : 11} ${p2((8 + i) % 24)}:02:31] catalog.INFO: worker stats {"worker":${i % 4},"requests":${(1512000 * (i + 1)).toLocaleString('en-US')},"memory_get_usage":"2.51M","memory_get_peak_usage":"6.02M","coroutines":${14 + (i % 5)}} []`,
      ),
      times(
        30,
        (i) =>
          `[2026-02-11 08:${p2(i)}:${p2((i * 17) % 60)}] catalog.INFO: request {"method":"GET","path":"/v2/products/${51000 + i * 37}","status":200,"ms":${(6 + (i % 11)).toFixed(0)}} []`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['raise-memory-limit', 'restart-pod'],
  },
  {
    // Wrong: the GHC runtime is capped at 1 GB by +RTS -M; the container has six.
    id: 'fortythird-haskell-ledger-export-crashloop',
    family: 'oom-runtime-cap',
    source: 'https://github.com/conjure-cp/conjure/issues/67',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('ledger-export', 251, 6, '2m40s'),
        memoryLimit: '6Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        args: ['/app/ledger-export', '--port', '8080', '+RTS', '-N4', '-M1g', '-A64m', '-RTS'],
        env: { LEDGER_DB_URL: 'postgresql://ledger-ro@ledger-db-ro.data.svc:5432/ledger' },
      },
    ],
    events: [backOff('ledger-export', 'ledger-export-7d5c9b8f46-8xk2w', 11)],
    previousLog: log(
      '[2026-02-11 08:22:01 UTC] ledger-export 2.3.1 (GHC 9.6.6) listening on :8080',
      times(
        30,
        (i) =>
          `10.42.${(i % 5) + 1}.${20 + i} - - [11/Feb/2026:08:${mmss(22, i, 6)} +0000] "GET /v1/exports/ledger?account=${4100 + i}&from=2026-01-01&to=2026-01-31&format=csv HTTP/1.1" 200 - "" "reports-ui/2.3"`,
      ),
      '[2026-02-11 08:27:12 UTC] export 9f1c2e: account=ALL from=2025-01-01 to=2026-01-31 format=xlsx requested by finance-close',
      'ledger-export: Heap exhausted;',
      'ledger-export: Current maximum heap size is 1073741824 bytes (1024 MB).',
      "ledger-export: Use `+RTS -M<size>' to increase it.",
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the heap-size hint (12G) was copied from a VM; Julia's GC aims past the 6Gi limit.
    id: 'fortythird-julia-scenario-engine-oomkilled',
    family: 'oom-runtime-cap-above',
    source: 'https://github.com/JuliaLang/julia/issues/50673',
    signal: 'OOMKilled',
    node: quietNode,
    containers: [
      {
        ...oomLoop('scenario-engine', 5),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: ['julia', '--project=/app', '--threads=4', '--heap-size-hint=12G', '/app/bin/server.jl'],
        env: { JULIA_GC_LOGGING: '1', SCENARIO_PATHS: '10000' },
      },
    ],
    events: [backOff('scenario-engine', 'scenario-engine-6f9b7c8d5-kq8vt', 8)],
    previousLog: log(
      '[ Info: scenario engine 2.3.1 on Julia 1.10.5, threads=4, listening on 0.0.0.0:8080',
      times(
        12,
        (i) =>
          `[ Info: POST /v1/scenarios/stress 200 (${(3.8 + (i % 4) * 0.6).toFixed(1)}s, 10000 paths, portfolio=${['rates-eu', 'credit-hy', 'fx-em'][i % 3]})`,
      ),
      times(
        10,
        (i) =>
          `GC: pause ${(180 + i * 31).toFixed(2)}ms. collected ${(412 + i * 96).toFixed(6)}MB. incr \nHeap stats: bytes_mapped ${(2204 + i * 421).toFixed(2)} MB, bytes_resident ${(2101 + i * 402).toFixed(2)} MB,\nheap_size ${(1980 + i * 398).toFixed(2)} MB, heap_target ${(11448.9).toFixed(2)} MB, Fragmentation ${(0.91 - i * 0.01).toFixed(3)}`,
      ),
      '[ Info: POST /v1/scenarios/stress 200 (5.1s, 10000 paths, portfolio=rates-eu)',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: page cache fills the container's memory usage; the JVM heap and the working set are healthy.
    id: 'fortythird-opensearch-data-node-memory-alert',
    family: 'memory-alert-healthy',
    source: 'https://github.com/grafana/jsonnet-libs/pull/1650',
    signal: 'Alert',
    containers: [
      {
        name: 'opensearch',
        running: { startedAt: '2026-01-24T03:12:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        env: { OPENSEARCH_JAVA_OPTS: '-Xms8g -Xmx8g', 'node.roles': 'data,ingest' },
        mounts: [{ volume: 'data', path: '/usr/share/opensearch/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-opensearch-data-2' }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'OpenSearchHighMemoryUsage: opensearch_os_mem_used_percent 98.7 on opensearch-data-2 for 45m; container_memory_usage_bytes 15.8Gi of 16Gi limit (opensearch_jvm_mem_heap_used_percent 57, container_memory_working_set_bytes 10.9Gi)',
      },
    ],
    currentLog: log(
      times(36, (i) =>
        i % 4 === 0
          ? `[2026-02-11T08:${mmss(0, i, 1.3333)},${String((i * 47) % 1000).padStart(3, '0')}][INFO ][o.o.m.j.JvmGcMonitorService] [opensearch-data-2] [gc][${1554120 + i * 60}] overhead, spent [${210 + (i % 7) * 31}ms] collecting in the last [1s]`
          : i % 4 === 1
            ? `[2026-02-11T08:${mmss(0, i, 1.3333)},${String((i * 53) % 1000).padStart(3, '0')}][INFO ][o.o.j.s.JobSweeper       ] [opensearch-data-2] Running full sweep`
            : `[2026-02-11T08:${mmss(0, i, 1.3333)},${String((i * 59) % 1000).padStart(3, '0')}][INFO ][o.o.i.i.ManagedIndexRunner] [opensearch-data-2] Executing attempt_transition_step for logs-app-2026.02.${p2(1 + (i % 10))}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: cassandra-env.sh sizes the heap from the host's memory; on the new 128 GiB node it picked 8G for a 6Gi container.
    id: 'fortythird-cassandra-node-oomkilled',
    family: 'oom-runtime-cap-above',
    source: 'https://github.com/bitnami/charts/issues/3104',
    signal: 'OOMKilled',
    node: quietNode,
    containers: [
      {
        ...oomLoop('cassandra', 4),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          CASSANDRA_CLUSTER_NAME: 'events',
          CASSANDRA_DC: 'eu-west-1',
          CASSANDRA_SEEDS: 'cassandra-0.cassandra.data.svc.cluster.local',
          CASSANDRA_ENDPOINT_SNITCH: 'GossipingPropertyFileSnitch',
        },
        mounts: [{ volume: 'data', path: '/var/lib/cassandra' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-cassandra-2' }],
    events: [
      backOff('cassandra', 'cassandra-2', 6),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'CassandraNodeDown: cassandra-2 OOMKilled 4 times since it was rescheduled to ip-10-0-77-21 (r6i.4xlarge, 128 GiB) at 2026-02-10 22:40; on ip-10-0-31-9 (m6i.xlarge, 16 GiB) it ran 61 days',
      },
    ],
    previousLog: log(
      'INFO  [main] 2026-02-11 07:46:10,118 YamlConfigurationLoader.java:103 - Configuration location: file:/etc/cassandra/cassandra.yaml',
      'INFO  [main] 2026-02-11 07:46:11,402 CassandraDaemon.java:606 - Hostname: cassandra-2.cassandra.data.svc.cluster.local:7000:7001',
      'INFO  [main] 2026-02-11 07:46:11,402 CassandraDaemon.java:613 - JVM vendor/version: OpenJDK 64-Bit Server VM/11.0.25',
      'INFO  [main] 2026-02-11 07:46:11,403 CassandraDaemon.java:614 - Heap size: 7.812GiB/7.812GiB',
      'INFO  [main] 2026-02-11 07:46:11,403 CassandraDaemon.java:619 - Code Cache Non-heap memory: init = 7667712(7488K) used = 8154240(7963K) committed = 8192000(8000K) max = 251658240(245760K)',
      'INFO  [main] 2026-02-11 07:46:11,404 CassandraDaemon.java:625 - Classpath: /etc/cassandra:/opt/cassandra/lib/HdrHistogram-2.1.9.jar:/opt/cassandra/lib/ST4-4.0.8.jar:...',
      'INFO  [main] 2026-02-11 07:46:11,405 CassandraDaemon.java:627 - JVM Arguments: [-ea, -da:net.openhft..., -XX:+UseThreadPriorities, -XX:+HeapDumpOnOutOfMemoryError, -Xss256k, -XX:+UseG1GC, -XX:+ParallelRefProcEnabled, -XX:MaxGCPauseMillis=300, -Xms8192M, -Xmx8192M, -Xmn1600M, -XX:CompileCommandFile=/etc/cassandra/hotspot_compiler, -javaagent:/opt/cassandra/lib/jamm-0.3.2.jar, -Dcassandra.jmx.local.port=7199]',
      'INFO  [main] 2026-02-11 07:46:14,880 StorageService.java:836 - Cassandra version: 4.1.7',
      'INFO  [main] 2026-02-11 07:46:19,211 StorageService.java:1774 - JOINING: Finish joining ring',
      'INFO  [main] 2026-02-11 07:46:19,902 StorageService.java:2843 - Node /10.42.9.31:7000 state jump to NORMAL',
      'INFO  [main] 2026-02-11 07:46:20,114 Server.java:158 - Starting listening for CQL clients on /0.0.0.0:9042 (unencrypted)...',
      times(30, (i) =>
        i % 3 === 0
          ? `INFO  [NativePoolCleaner] 2026-02-11 0${7 + Math.floor((50 + i) / 60)}:${p2((50 + i) % 60)}:${p2((i * 19) % 60)},${String((i * 71) % 1000).padStart(3, '0')} ColumnFamilyStore.java:1013 - Enqueuing flush of events.events_by_device, Reason: MEMTABLE_LIMIT, Usage: ${(410 + i * 21).toFixed(0)}.012MiB (${14 + (i % 9)}%) on-heap, 0.000KiB (0%) off-heap`
          : i % 3 === 1
            ? `INFO  [CompactionExecutor:${(i % 4) + 1}] 2026-02-11 0${7 + Math.floor((50 + i) / 60)}:${p2((50 + i) % 60)}:${p2((i * 23) % 60)},${String((i * 83) % 1000).padStart(3, '0')} CompactionTask.java:253 - Compacted (${(0x7c1a + i).toString(16)}-1f2e-11ef-9a4b-0d5c3e2f1a0b) 4 sstables to [/var/lib/cassandra/data/events/events_by_device-2b1c/nb-${4120 + i}-big,] to level=0.  ${(1.2 + i * 0.1).toFixed(3)}GiB to ${(1.1 + i * 0.1).toFixed(3)}GiB (~92% of original) in ${(41204 + i * 311).toLocaleString('en-US')}ms.  Read Throughput = 31.2MiB/s, Write Throughput = 28.7MiB/s, Row Throughput = ~412,118/s.  1,204,118 total partitions merged to 1,190,442.  Partition merge counts were {1:1176766, 2:13676, }`
            : `INFO  [Service Thread] 2026-02-11 0${7 + Math.floor((50 + i) / 60)}:${p2((50 + i) % 60)}:${p2((i * 29) % 60)},${String((i * 97) % 1000).padStart(3, '0')} GCInspector.java:294 - G1 Young Generation GC in ${212 + (i % 11) * 19}ms.  G1 Eden Space: 1677721600 -> 0; G1 Old Gen: ${Math.round((3.1 + i * 0.13) * 1e9)} -> ${Math.round((3.2 + i * 0.13) * 1e9)}; G1 Survivor Space: 104857600 -> 109051904`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: Dragonfly starts one thread per host core (48 on the new node) and needs 256MiB per thread.
    id: 'fortythird-dragonfly-session-cache-crashloop',
    family: 'oom-worker-count',
    source: 'https://github.com/namada-net/namada-indexer/pull/128',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('dragonfly', 1, 10),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: [
          'dragonfly',
          '--logtostderr',
          '--dir=/data',
          '--dbfilename=dump',
          '--snapshot_cron=*/30 * * * *',
        ],
        mounts: [{ volume: 'data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-dragonfly-0' }],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message: 'Successfully assigned cache/dragonfly-0 to ip-10-0-88-14.eu-west-1.compute.internal',
        count: 1,
      },
      backOff('dragonfly', 'dragonfly-0', 18),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'DragonflyDown: dragonfly-0 not ready for 26m since it moved to ip-10-0-88-14 (c7i.12xlarge, 48 vCPU); on ip-10-0-20-41 (m6i.xlarge, 4 vCPU) it ran 40 days',
      },
    ],
    previousLog: log(
      'I20260211 08:27:02.118820     1 init.cc:78] dragonfly running in opt mode.',
      'I20260211 08:27:02.119402     1 dfly_main.cc:646] Starting dragonfly df-v1.23.2-9a1b3c5d7e9f',
      '* Logs will be written to the first available of the following paths:',
      '/tmp/dragonfly.*',
      './dragonfly.*',
      '* For the available flags type dragonfly [--help | --helpfull]',
      '* Documentation can be found at: https://www.dragonflydb.io/docs',
      'I20260211 08:27:02.119570     1 dfly_main.cc:690] maxmemory has not been specified. Deciding myself....',
      'I20260211 08:27:02.119580     1 dfly_main.cc:699] Found 4.00GiB available memory. Setting maxmemory to 3.20GiB',
      'I20260211 08:27:02.152008     1 proactor_pool.cc:147] Running 48 io threads',
      'E20260211 08:27:02.152031     1 dfly_main.cc:157] There are 48 threads, so 12.00GiB are required. Exiting...',
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
  {
    // Wrong: Valkey's own maxmemory (1gb, noeviction) rejects writes; the container uses a third of its limit and holds a job queue.
    id: 'fortythird-valkey-jobs-broker-writes-rejected',
    family: 'oom-runtime-cap',
    source: 'https://github.com/OT-CONTAINER-KIT/redis-operator/issues/1760',
    signal: 'Alert',
    containers: [
      {
        name: 'valkey',
        running: { startedAt: '2026-01-30T11:04:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['valkey-server', '/etc/valkey/valkey.conf'],
        mounts: [
          { volume: 'config', path: '/etc/valkey' },
          { volume: 'data', path: '/data' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'valkey-jobs-config' },
      { name: 'data', persistentVolumeClaim: 'data-valkey-jobs-0' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ValkeyRejectingWrites: machinery workers report "OOM command not allowed when used memory > \'maxmemory\'." (4,212 in 10m); used_memory 1.00G, maxmemory 1.00G, maxmemory_policy noeviction; container working set 1.31Gi of 4Gi; list machinery_tasks length 2.41M',
      },
    ],
    currentLog: log(
      '1:C 30 Jan 2026 11:04:12.118 * oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo',
      '1:C 30 Jan 2026 11:04:12.118 * Valkey version=8.0.2, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 30 Jan 2026 11:04:12.118 * Configuration loaded',
      '1:M 30 Jan 2026 11:04:12.119 * monotonic clock: POSIX clock_gettime',
      '1:M 30 Jan 2026 11:04:12.120 * Running mode=standalone, port=6379.',
      '1:M 30 Jan 2026 11:04:12.121 * Server initialized',
      '1:M 30 Jan 2026 11:04:12.340 * DB loaded from disk: 0.219 seconds',
      '1:M 30 Jan 2026 11:04:12.340 * Ready to accept connections tcp',
      times(28, (i) =>
        i % 4 === 3
          ? `1:M 11 Feb 2026 08:${p2(i)}:${p2((i * 7) % 60)}.${String((i * 61) % 1000).padStart(3, '0')} * DB saved on disk`
          : i % 4 === 0
            ? `1:M 11 Feb 2026 08:${p2(i)}:${p2((i * 7) % 60)}.${String((i * 43) % 1000).padStart(3, '0')} * 10000 changes in 60 seconds. Saving...`
            : i % 4 === 1
              ? `1:M 11 Feb 2026 08:${p2(i)}:${p2((i * 7) % 60)}.${String((i * 47) % 1000).padStart(3, '0')} * Background saving started by pid ${412 + i}`
              : `${412 + i - 1}:C 11 Feb 2026 08:${p2(i)}:${p2((i * 7) % 60)}.${String((i * 53) % 1000).padStart(3, '0')} * Fork CoW for RDB: current 4 MB, peak 4 MB, average 3 MB`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache', 'restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: one import transaction asks for 46.5 GiB; Neo4j's transaction memory pool refuses it, as it should.
    id: 'fortythird-neo4j-catalog-graph-import-failing',
    family: 'oversized-request',
    source: 'https://github.com/neo4j/neo4j/issues/13008',
    signal: 'Alert',
    containers: [
      {
        name: 'neo4j',
        running: { startedAt: '2026-02-11T06:02:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        env: {
          NEO4J_server_memory_heap_initial__size: '6g',
          NEO4J_server_memory_heap_max__size: '6g',
          NEO4J_server_memory_pagecache_size: '4g',
          NEO4J_PLUGINS: '["apoc"]',
        },
        mounts: [{ volume: 'data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-neo4j-0' }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'GraphImportFailing: catalog-graph-import failed 3 times since 06:30: Neo.TransientError.General.MemoryPoolOutOfMemoryError: The allocation of an extra 46.5 GiB would use more than the limit 4.2 GiB. Currently using 873.6 MiB. dbms.memory.transaction.total.max threshold reached',
      },
    ],
    currentLog: log(
      "2026-02-11 06:02:11.118+0000 INFO  Logging config in use: File '/var/lib/neo4j/conf/user-logs.xml'",
      '2026-02-11 06:02:11.142+0000 INFO  Starting...',
      '2026-02-11 06:02:12.402+0000 INFO  This instance is ServerId{1a2b3c4d} (1a2b3c4d-8e9f-4a1b-9c2d-3e4f5a6b7c8d)',
      '2026-02-11 06:02:14.881+0000 INFO  ======== Neo4j 5.20.0 ========',
      '2026-02-11 06:02:19.210+0000 INFO  Bolt enabled on 0.0.0.0:7687.',
      '2026-02-11 06:02:20.114+0000 INFO  HTTP enabled on 0.0.0.0:7474.',
      '2026-02-11 06:02:20.115+0000 INFO  Remote interface available at http://localhost:7474/',
      '2026-02-11 06:02:20.118+0000 INFO  id: 8E1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F7',
      '2026-02-11 06:02:20.118+0000 INFO  name: system',
      '2026-02-11 06:02:20.119+0000 INFO  creationDate: 2025-03-14T09:12:44.118Z',
      '2026-02-11 06:02:20.119+0000 INFO  Started.',
      times(
        3,
        (i) =>
          `2026-02-11 0${6 + Math.floor((30 + i * 41) / 60)}:${p2((30 + i * 41) % 60)}:14.${String(200 + i * 91).padStart(3, '0')}+0000 WARN  [o.n.k.i.c.VmPauseMonitorComponent] Detected VM stop-the-world pause: {pauseTime=${412 + i * 40}, gcTime=${398 + i * 39}, gcCount=1}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: the sink's memory buffer may hold forty million events and Elasticsearch is rejecting bulks.
    id: 'fortythird-vector-log-aggregator-oomkilled',
    family: 'oom-unbounded-queue',
    source: 'https://github.com/vectordotdev/vector/issues/18135',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('vector', 5),
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['--config-dir', '/etc/vector/'],
        mounts: [
          { volume: 'config', path: '/etc/vector' },
          { volume: 'data', path: '/vector-data-dir' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'vector-aggregator' },
      { name: 'data', emptyDir: {} },
    ],
    rollout: { minutesAgo: 300, previousTag: '2.3.0' },
    events: [
      backOff('vector', 'vector-aggregator-0', 9),
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'VectorBufferGrowing: vector_buffer_events{component_id="es_archive",buffer_type="memory"} 9.8M and rising, max_events 40000000; elasticsearch bulk rejections (es_rejected_execution_exception) since 07:40',
      },
    ],
    previousLog: log(
      '2026-02-11T08:02:10.118204Z  INFO vector::app: Log level is enabled. level="info"',
      '2026-02-11T08:02:10.120014Z  INFO vector::app: Loading configs. paths=["/etc/vector"]',
      '2026-02-11T08:02:10.402211Z  INFO vector::topology::running: Running healthchecks.',
      '2026-02-11T08:02:10.404118Z  INFO vector: Vector has started. debug="false" version="0.41.1" arch="x86_64" revision="745babd 2024-09-11 14:55:36.802851761"',
      '2026-02-11T08:02:10.404402Z  INFO vector::app: API server running. address=0.0.0.0:8686 playground=http://0.0.0.0:8686/playground graphql=http://0.0.0.0:8686/graphql',
      '2026-02-11T08:02:10.512004Z  INFO vector::topology::builder: Healthcheck passed.',
      times(
        44,
        (i) =>
          `2026-02-11T08:${mmss(2, i, 2.5)}.${String(100000 + i * 9187).slice(0, 6)}Z  WARN sink{component_kind="sink" component_id=es_archive component_type=elasticsearch}:request{request_id=${41200 + i * 37}}: vector::sinks::util::retries: Retrying after response. reason=too many requests internal_log_rate_limit=true`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the new Traefik release leaks at flat traffic; the previous revision ran flat for weeks.
    id: 'fortythird-traefik-public-ingress-oomkilled',
    family: 'oom-leak-release',
    source: 'https://github.com/traefik/traefik/issues/6520',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('traefik', 7, '2026-02-11T08:19:40Z'),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        args: [
          '--entrypoints.web.address=:8000',
          '--entrypoints.websecure.address=:8443',
          '--providers.kubernetescrd',
          '--metrics.prometheus=true',
          '--accesslog=true',
        ],
      },
    ],
    rollout: { minutesAgo: 355, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ContainerMemoryGrowth: traefik working set grows ~4.5Mi/min at a flat 1.9k req/s since revision 2 (02:35); revision 1 ran 19 days flat at ~95Mi; 7 OOMKills in 6h',
      },
    ],
    previousLog: log(
      'time="2026-02-11T07:32:18Z" level=info msg="Configuration loaded from flags."',
      'time="2026-02-11T07:32:18Z" level=info msg="Traefik version 2.3.1 built on 2020-10-06T15:49:11Z"',
      'time="2026-02-11T07:32:18Z" level=info msg="Starting provider *crd.Provider {}"',
      'time="2026-02-11T07:32:18Z" level=info msg="Starting provider *traefik.Provider {}"',
      times(
        60,
        (i) =>
          `10.42.${(i % 6) + 1}.${10 + i} - - [11/Feb/2026:0${7 + Math.floor((1980 + i * 45) / 3600)}:${p2(Math.floor(((1980 + i * 45) % 3600) / 60))}:${p2((1980 + i * 45) % 60)} +0000] "${i % 5 === 0 ? 'POST' : 'GET'} /api/${['orders', 'cart', 'search', 'session'][i % 4]}${i % 5 === 0 ? '' : `/${7000 + i}`} HTTP/1.1" 200 ${400 + ((i * 97) % 3000)} "-" "${['okhttp/4.12.0', 'Mozilla/5.0', 'Dart/3.3 (dart:io)'][i % 3]}" ${41200 + i} "${['orders-api', 'cart-api', 'search-api', 'session-api'][i % 4]}-public-4f2a@kubernetescrd" "http://10.42.${(i % 4) + 7}.${20 + (i % 30)}:8080" ${3 + ((i * 7) % 40)}ms`,
      ),
    ),
    currentLog: log(
      'time="2026-02-11T08:19:41Z" level=info msg="Configuration loaded from flags."',
      'time="2026-02-11T08:19:41Z" level=info msg="Traefik version 2.3.1 built on 2020-10-06T15:49:11Z"',
      times(
        20,
        (i) =>
          `10.42.${(i % 6) + 1}.${10 + i} - - [11/Feb/2026:08:${mmss(20, i, 3)} +0000] "GET /api/search/${9000 + i} HTTP/1.1" 200 ${512 + i * 11} "-" "Mozilla/5.0" ${52100 + i} "search-api-public-4f2a@kubernetescrd" "http://10.42.9.${30 + i}:8080" ${4 + (i % 9)}ms`,
      ),
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    // Wrong: four SMP workers each take cache_mem (1024 MB) in a 3Gi container; the memory caches fill within the hour.
    id: 'fortythird-squid-egress-proxy-oomkilled',
    family: 'oom-worker-count',
    source: 'https://github.com/slateci/slate-catalog/issues/567',
    signal: 'OOMKilled',
    node: quietNode,
    containers: [
      {
        ...afterOom('squid', 5, '2026-02-11T08:12:02Z'),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        args: ['-f', '/etc/squid/squid.conf', '-NYC'],
        mounts: [
          { volume: 'squid-conf', path: '/etc/squid' },
          { volume: 'spool', path: '/var/spool/squid' },
        ],
      },
    ],
    volumes: [
      { name: 'squid-conf', configMap: 'egress-squid-conf' },
      { name: 'spool', emptyDir: { sizeLimit: '10Gi' } },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerOOMKilled: egress-squid OOMKilled 5 times since 02:00, each about 45-60 min after start as the memory cache warms',
      },
    ],
    previousLog: log(
      '2026/02/11 07:14:01| Processing Configuration File: /etc/squid/squid.conf (depth 0)',
      '2026/02/11 07:14:01| Created PID file (/run/squid.pid)',
      times(4, (k) =>
        [
          `2026/02/11 07:14:01 kid${k + 1}| Set Current Directory to /var/spool/squid`,
          `2026/02/11 07:14:01 kid${k + 1}| Starting Squid Cache version 6.10 for x86_64-pc-linux-gnu...`,
          `2026/02/11 07:14:01 kid${k + 1}| Service Name: squid`,
          `2026/02/11 07:14:01 kid${k + 1}| Process ID ${14 + k}`,
          `2026/02/11 07:14:01 kid${k + 1}| Process Roles: worker`,
          `2026/02/11 07:14:01 kid${k + 1}| With 1048576 file descriptors available`,
          `2026/02/11 07:14:01 kid${k + 1}| Initializing IP Cache...`,
          `2026/02/11 07:14:01 kid${k + 1}| DNS IPv4 socket created at 0.0.0.0, FD 8`,
          `2026/02/11 07:14:01 kid${k + 1}| Adding nameserver 172.20.0.10 from /etc/resolv.conf`,
          `2026/02/11 07:14:01 kid${k + 1}| Logfile: opening log stdio:/dev/stdout`,
          `2026/02/11 07:14:01 kid${k + 1}| Store logging disabled`,
          `2026/02/11 07:14:01 kid${k + 1}| Swap maxSize 0 + 1048576 KB, estimated 80659 objects`,
          `2026/02/11 07:14:01 kid${k + 1}| Target number of buckets: 4032`,
          `2026/02/11 07:14:01 kid${k + 1}| Using 8192 Store buckets`,
          `2026/02/11 07:14:01 kid${k + 1}| Max Mem  size: 1048576 KB`,
          `2026/02/11 07:14:01 kid${k + 1}| Max Swap size: 0 KB`,
          `2026/02/11 07:14:01 kid${k + 1}| Using Least Load store dir selection`,
          `2026/02/11 07:14:01 kid${k + 1}| Accepting HTTP Socket connections at conn2 local=[::]:3128 remote=[::] FD 12 flags=9`,
        ].join('\n'),
      ),
      '2026/02/11 07:14:01 kid5| Process Roles: coordinator',
      times(
        60,
        (i) =>
          `${unix(-2400 + i * 41)}.${String((i * 71) % 1000).padStart(3, '0')}    ${12 + ((i * 37) % 400)} 10.42.${(i % 6) + 1}.${30 + (i % 50)} ${['TCP_MEM_HIT/200', 'TCP_MISS/200', 'TCP_REFRESH_UNMODIFIED/200', 'TCP_MEM_HIT/200'][i % 4]} ${(4000 + i * 9127) % 900000} GET http://${['deb.debian.org/debian/pool/main/o/openssl/libssl3_3.0.15-1~deb12u1_amd64.deb', 'pypi-mirror.internal/packages/numpy-2.1.2-cp312-cp312-manylinux_2_17_x86_64.whl', 'repo.maven.apache.org/maven2/org/slf4j/slf4j-api/2.0.16/slf4j-api-2.0.16.jar', 'registry.npmjs.org/react/-/react-18.3.1.tgz'][i % 4]} - ${i % 4 === 1 ? 'HIER_DIRECT/151.101.2.132' : 'HIER_NONE/-'} application/octet-stream`,
      ),
    ),
    currentLog: log(
      '2026/02/11 08:12:02| Processing Configuration File: /etc/squid/squid.conf (depth 0)',
      '2026/02/11 08:12:02 kid1| Starting Squid Cache version 6.10 for x86_64-pc-linux-gnu...',
      '2026/02/11 08:12:02 kid1| Max Mem  size: 1048576 KB',
      '2026/02/11 08:12:02 kid2| Max Mem  size: 1048576 KB',
      '2026/02/11 08:12:02 kid3| Max Mem  size: 1048576 KB',
      '2026/02/11 08:12:02 kid4| Max Mem  size: 1048576 KB',
      '2026/02/11 08:12:02 kid5| Process Roles: coordinator',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the disk cache lives on a memory-backed emptyDir; as it fills, its pages count against the limit.
    id: 'fortythird-trafficserver-media-edge-oomkilled',
    family: 'oom-tmpfs-volume',
    source: 'https://github.com/apache/trafficserver-ingress-controller/issues/25',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('trafficserver', 3, '2026-02-11T07:41:18Z'),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        args: ['/opt/ts/bin/traffic_manager'],
        env: { PROXY_CONFIG_CACHE_RAM_CACHE_SIZE: '1073741824', PROXY_CONFIG_HTTP_SERVER_PORTS: '8080' },
        mounts: [
          { volume: 'ts-config', path: '/opt/ts/etc/trafficserver' },
          { volume: 'cache', path: '/var/cache/trafficserver' },
        ],
      },
    ],
    volumes: [
      { name: 'ts-config', configMap: 'media-edge-ats' },
      { name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '16Gi' } },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeContainerOOMKilled: media-edge trafficserver OOMKilled 3 times in 2 days, each about 14h after start; proxy.process.cache.bytes_used 5.9G of 16G (storage.config: /var/cache/trafficserver 16G) before each kill',
      },
    ],
    previousLog: log(
      '[Feb 10 17:22:02.118] traffic_server NOTE: storage.config loading ...',
      '[Feb 10 17:22:02.121] traffic_server NOTE: storage.config finished loading',
      '[Feb 10 17:22:02.122] traffic_server NOTE: ip_allow.yaml loading ...',
      '[Feb 10 17:22:02.123] traffic_server NOTE: ip_allow.yaml finished loading',
      '[Feb 10 17:22:02.123] traffic_server NOTE: parent.config loading ...',
      '[Feb 10 17:22:02.124] traffic_server NOTE: parent.config finished loading',
      '[Feb 10 17:22:02.127] traffic_server NOTE: logging initialized[3], logging_mode = 3',
      '[Feb 10 17:22:03.011] [ET_NET 0] NOTE: traffic server running',
      '[Feb 10 17:22:03.402] [ET_TASK 0] NOTE: Traffic Server is fully initialized.',
      times(
        56,
        (i) =>
          `${unix(-52200 + i * 900)}.${String((i * 71) % 1000).padStart(3, '0')} ${4 + (i % 30)} 10.42.${(i % 5) + 2}.${40 + (i % 60)} ${i % 3 === 0 ? 'TCP_MISS/200' : 'TCP_HIT/200'} ${2097152 + i * 4111} GET http://media-origin.internal/vod/${['s2e04', 's1e09', 'trailer-q1', 's3e01'][i % 4]}/seg-${800 + i}.m4s - ${i % 3 === 0 ? 'DIRECT/10.0.18.44' : 'NONE/-'} video/iso.segment`,
      ),
    ),
    currentLog: log(
      '[Feb 11 07:41:19.402] traffic_server NOTE: storage.config loading ...',
      '[Feb 11 07:41:19.405] traffic_server NOTE: storage.config finished loading',
      '[Feb 11 07:41:20.311] [ET_NET 0] NOTE: traffic server running',
      '[Feb 11 07:41:20.702] [ET_TASK 0] NOTE: Traffic Server is fully initialized.',
      times(
        48,
        (i) =>
          `${unix(-1100 + i * 50)}.${String((i * 71) % 1000).padStart(3, '0')} ${4 + (i % 30)} 10.42.${(i % 5) + 2}.${40 + i} ${i % 3 === 0 ? 'TCP_MISS/200' : 'TCP_HIT/200'} ${2097152 + i * 4111} GET http://media-origin.internal/vod/${['s2e04', 's1e09', 'trailer-q1'][i % 3]}/seg-${1200 + i}.m4s - ${i % 3 === 0 ? 'DIRECT/10.0.18.44' : 'NONE/-'} video/iso.segment`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: Solr used its normal 4.3Gi; the node ran out because a higher-priority pod without a limit grew to 21Gi.
    id: 'fortythird-solr-search-replica-evicted',
    family: 'eviction-neighbour',
    source: 'https://github.com/squat/kilo/issues/329',
    signal: 'Evicted',
    phase: 'Failed',
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'True',
          reason: 'KubeletHasInsufficientMemory',
          message: 'kubelet has insufficient memory available',
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
          message: 'kubelet has sufficient PID available',
        },
      ],
      taints: ['node.kubernetes.io/memory-pressure:NoSchedule'],
    },
    containers: [
      {
        name: 'solr',
        terminated: {
          reason: 'Evicted',
          exitCode: 137,
          message:
            'The node was low on resource: memory. Threshold quantity: 100Mi, available: 71204Ki. Container solr was using 4513220Ki, request is 4Gi, has larger consumption of memory.',
        },
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          SOLR_HEAP: '3g',
          SOLR_MODULES: 'analysis-extras',
          ZK_HOST: 'zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181/solr',
        },
        mounts: [{ volume: 'data', path: '/var/solr' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-solr-2' }],
    events: [
      {
        reason: 'Evicted',
        type: 'Warning',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 71204Ki. Container solr was using 4513220Ki, request is 4Gi, has larger consumption of memory.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container solr' },
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeNodeMemoryPressure: ip-10-0-52-14 MemoryPressure since 08:11; top pods by working set: ml/feature-backfill-28921-x7k2p 21.4Gi (priorityClass batch-high, no memory limit), search/solr-2 4.3Gi, search/solr-exporter 180Mi',
      },
    ],
    previousLog: log(
      times(
        40,
        (i) =>
          `2026-02-11 08:${mmss(0, i, 2.4)}.${String((i * 61) % 1000).padStart(3, '0')} INFO  (qtp1297978429-${30 + (i % 12)}-null-${4100 + i}) [c:products s:shard${(i % 3) + 1} r:core_node${6 + (i % 3)} x:products_shard${(i % 3) + 1}_replica_n${4 + (i % 3)} t:null-${4100 + i}] o.a.s.c.S.Request webapp=/solr path=/select params={q=${['sofa', 'desk+lamp', 'oak+table', 'rug'][i % 4]}&fq=in_stock:true&rows=24&wt=json} hits=${120 + i * 7} status=0 QTime=${4 + (i % 19)}`,
      ),
      '2026-02-11 08:16:41.118 INFO  (ShutdownMonitor) [   ] o.a.s.c.CoreContainer Shutting down CoreContainer instance=1612117034',
    ),
    accept: ['escalate'],
  },
];
