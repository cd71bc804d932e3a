import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 9);

/** `n` copies of a line built from its index (retries, 503s, probe failures after the first error). */
const repeat = (n: number, line: (i: number) => string): string[] =>
  Array.from({ length: n }, (_, i) => line(i));

/**
 * A ninth batch, written without reading the catalog (its patterns, samples or diagnosis code) and
 * not scored by its author: hard look-alikes in software the earlier batches do not use (OpenSearch's
 * jvm.options, Metabase, Deno, EMQX, uWSGI, Spark, ClamAV, Nextcloud, Vector, Milvus, Prometheus,
 * the JMX exporter, oauth2-proxy, Wazuh's indexer, the Cloud SQL proxy, Valkey, librdkafka, ChirpStack,
 * MariaDB, GoCD, APITable, HikariCP, sqlx, BullMQ, bee-queue, KeyDB, Dragonfly, Immich, node-redlock,
 * kafka_exporter, Nebula, the OpenAI API), each quoting the wording of a public issue thread.
 * Runtimes capped below the container limit, leaks a bigger limit only delays, rollouts in the window
 * that did not cause the failure, wedged processes next to crash loops restarts cannot fix, and
 * Redis-compatible stores used as queues, locks and caches.
 */
export const NINTH_CASES: HeldOutCase[] = [
  // ─── OOM look-alikes ───────────────────────────────────────────────────────────────────────
  {
    id: 'ninth-opensearch-jvm-options-heap-cap',
    family: 'runtime-memory-cap',
    source: 'https://github.com/opensearch-project/OpenSearch/issues/1747',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'opensearch',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=opensearch',
        },
        last: { reason: 'Error', exitCode: 127 },
        restarts: 7,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.244.3.17:9200/_cluster/health?local=true": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 41,
      },
    ],
    previousLog: log(
      '[2026-02-11T08:20:02,114][INFO ][o.o.n.Node               ] [logs-data-2] version[2.11.1], pid[93], build[tar/6b1986e964d440be9137eba1413015c31c5a7752/2023-11-29T21:43:10.135035992Z], OS[Linux/5.10.205-195.807.amzn2.x86_64/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/17.0.9/17.0.9+9]',
      '[2026-02-11T08:20:02,116][INFO ][o.o.n.Node               ] [logs-data-2] JVM home [/usr/share/opensearch/jdk], using bundled JDK [true]',
      '[2026-02-11T08:20:02,117][INFO ][o.o.n.Node               ] [logs-data-2] JVM arguments [-Xshare:auto, -Dopensearch.networkaddress.cache.ttl=60, -Dopensearch.networkaddress.cache.negative.ttl=10, -XX:+AlwaysPreTouch, -Xss1m, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -Djna.nosys=true, -XX:-OmitStackTraceInFastThrow, -Xms1g, -Xmx1g, -XX:+UseG1GC, -XX:G1ReservePercent=25, -XX:InitiatingHeapOccupancyPercent=30, -XX:+HeapDumpOnOutOfMemoryError, -XX:HeapDumpPath=data, -XX:ErrorFile=logs/hs_err_pid%p.log, -Dopensearch.path.home=/usr/share/opensearch, -Dopensearch.path.conf=/usr/share/opensearch/config, -Dopensearch.distribution.type=tar]',
      '[2026-02-11T08:20:09,552][INFO ][o.o.e.NodeEnvironment    ] [logs-data-2] heap size [1gb], compressed ordinary object pointers [true]',
      '[2026-02-11T08:20:31,004][INFO ][o.o.c.s.ClusterApplierService] [logs-data-2] added {{logs-data-0}{Qm3bH7pQS3aJ1T8oHkq1Ew}}, term: 14, version: 80112, reason: ApplyCommitRequest{term=14, version=80112}',
      '[2026-02-11T08:21:12,390][WARN ][o.o.m.j.JvmGcMonitorService] [logs-data-2] [gc][young][61][19] duration [1.4s], collections [1]/[2.1s], total [1.4s]/[3.3s], memory [842.1mb]->[1003.5mb]/[1gb], all_pools {[young] [0b]->[0b]/[0b]}{[old] [801.7mb]->[990.2mb]/[1gb]}',
      '[2026-02-11T08:21:19,008][WARN ][o.o.m.j.JvmGcMonitorService] [logs-data-2] [gc][68] overhead, spent [5.9s] collecting in the last [6.2s]',
      '[2026-02-11T08:21:26,731][WARN ][o.o.i.b.in_flight_requests] [logs-data-2] [in_flight_requests] New used memory 1024812032 [977.3mb] for data of [<http_request>] would be larger than configured breaker: 1073741824 [1gb], breaking',
      '[2026-02-11T08:21:33,215][ERROR][o.o.b.OpenSearchUncaughtExceptionHandler] [logs-data-2] fatal error in thread [opensearch[logs-data-2][write][T#3]], exiting',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat org.apache.lucene.util.ArrayUtil.growExact(ArrayUtil.java:323) ~[lucene-core-9.7.0.jar:9.7.0 ccf4b198ec328095d45d2746189dc8ca633e8bcf - 2023-06-21 11:48:16]',
      '\tat org.apache.lucene.index.TermsHashPerField.add(TermsHashPerField.java:193) ~[lucene-core-9.7.0.jar:9.7.0]',
      '\tat org.apache.lucene.index.IndexingChain.processField(IndexingChain.java:745) ~[lucene-core-9.7.0.jar:9.7.0]',
      '\tat org.opensearch.index.engine.InternalEngine.index(InternalEngine.java:1006) ~[opensearch-2.11.1.jar:2.11.1]',
    ),
    accept: ['escalate'],
  },
  {
    id: 'ninth-metabase-max-ram-percentage-liveness',
    family: 'runtime-memory-cap',
    source: 'https://github.com/stefanko-ch/Nexus-Stack/pull/620',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'metabase',
        running: { startedAt: '2026-02-11T08:12:40Z' },
        ready: false,
        last: { reason: 'Error', exitCode: 143 },
        restarts: 4,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.244.1.52:3000/api/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 18,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container metabase failed liveness probe, will be restarted',
        count: 4,
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=25.0 -XX:+UseContainerSupport',
      '2026-02-11 08:05:11,402 INFO metabase.util :: Maximum memory available to JVM: 1.0 GB',
      '2026-02-11 08:05:19,993 INFO db.setup :: Verifying postgres Database Connection ...',
      '2026-02-11 08:05:20,610 INFO db.setup :: Successfully verified PostgreSQL 15.4 application database connection. ✅',
      '2026-02-11 08:05:48,017 INFO metabase.core :: Metabase Initialization COMPLETE in 39.2 s',
      chatter('plain', 6),
      '2026-02-11 08:09:31,288 WARN metabase.query-processor.middleware.catch-exceptions :: Error processing query: null',
      'Exception in thread "qtp156797912-1379" java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
      '\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)',
      '\tat org.postgresql.core.VisibleBufferedInputStream.readMore(VisibleBufferedInputStream.java:161)',
      '2026-02-11 08:09:44,902 ERROR metabase.server.middleware.log :: GET /api/dashboard/41/dashcard/388/card/312/query 500 36.7 s (312 DB calls) App DB connections: 15/15 Jetty threads: 50/50 (0 idle, 131 queued) (86 total active threads) Queries in flight: 12 (0 queued)',
      'Exception in thread "Timer-1" java.lang.OutOfMemoryError: Java heap space',
      '2026-02-11 08:10:12,660 ERROR metabase.task :: Error running task metabase.task.sync-databases java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'ninth-deno-v8-flags-heap-limit',
    family: 'runtime-memory-cap',
    source: 'https://github.com/denoland/deno/issues/26435',
    signal: 'CrashLoopBackOff',
    containers: [crashed('feed-renderer', 133, 5)],
    previousLog: log(
      '{"level":"INFO","time":"2026-02-11T08:21:00.012Z","msg":"deno 2.0.2 (stable, release, x86_64-unknown-linux-gnu) v8 12.9.202.13-rusty typescript 5.6.2"}',
      '{"level":"INFO","time":"2026-02-11T08:21:00.020Z","msg":"flags","DENO_V8_FLAGS":"--max-old-space-size=384","memory_limit_bytes":4294967296}',
      '{"level":"INFO","time":"2026-02-11T08:21:00.415Z","msg":"listening","hostname":"0.0.0.0","port":8000}',
      chatter('json', 10),
      '{"level":"INFO","time":"2026-02-11T08:22:41.771Z","msg":"rebuilding feed index","feeds":18204}',
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x5593c9b8c000]   104011 ms: Mark-Compact 380.2 (390.6) -> 378.9 (391.1) MB, pooled: 0 MB, 412.07 / 0.00 ms  (average mu = 0.201, current mu = 0.034) allocation failure; scavenge might not succeed',
      '[1:0x5593c9b8c000]   104620 ms: Mark-Compact 381.0 (391.1) -> 380.4 (393.6) MB, pooled: 0 MB, 598.51 / 0.00 ms  (average mu = 0.113, current mu = 0.018) allocation failure; scavenge might not succeed',
      '',
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
      '    deno(+0x4ed2f53) [0x5593b06ecf53]',
      '    deno(+0x4524aeb) [0x5593afd3eaeb]',
      '    deno(+0x4522178) [0x5593afd3c178]',
      '    deno(+0x45564cc) [0x5593afd704cc]',
      '    deno(+0x4674ef7) [0x5593afe8eef7]',
    ),
    accept: ['escalate'],
  },
  {
    id: 'ninth-emqx-eheap-alloc-super-carrier',
    family: 'runtime-memory-cap',
    source: 'https://github.com/emqx/emqx/issues/1493',
    signal: 'CrashLoopBackOff',
    containers: [crashed('emqx', 1, 3)],
    previousLog: log(
      'Exec: /opt/emqx/erts-13.2.2.4/bin/erlexec -noshell -noinput +Bd -boot /opt/emqx/releases/5.3.2/start -mode embedded -boot_var ERTS_LIB_DIR /opt/emqx/erts-13.2.2.4/../lib -mnesia dir \'"/opt/emqx/data/mnesia/emqx@emqx-1.emqx-headless.iot.svc.cluster.local"\' -config /opt/emqx/data/configs/app.2026.02.11.08.18.02.config -args_file /opt/emqx/data/configs/vm.2026.02.11.08.18.02.args +MMscs 1024 +MMsco true +MMsrc 50 -- foreground',
      'Root: /opt/emqx',
      '2026-02-11T08:18:04.553112+00:00 [info] msg: listener_started, listener: mqtt:tcp:default, bind: 0.0.0.0:1883',
      '2026-02-11T08:18:04.553927+00:00 [info] msg: listener_started, listener: mqtt:ssl:default, bind: 0.0.0.0:8883',
      'EMQX 5.3.2 is running now!',
      ...repeat(
        6,
        (i) =>
          `2026-02-11T08:${20 + i}:11.${100 + i}000+00:00 [info] msg: bridge_metrics, bridge: kafka_producer:telemetry, matched: ${182_004 + i * 9_113}, queuing: ${41_220 + i * 30_118}, inflight: 32, dropped: 0`,
      ),
      '',
      'Crash dump is being written to: /opt/emqx/log/erl_crash.dump...done',
      'eheap_alloc: Cannot allocate 441485240 bytes of memory (of type "heap").',
    ),
    accept: ['escalate'],
  },
  {
    id: 'ninth-uwsgi-limit-as-memoryerror',
    family: 'runtime-memory-cap',
    source: 'https://github.com/privacyidea/privacyidea/pull/1251',
    signal: 'Alert',
    containers: [{ name: 'survey-api', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '*** Starting uWSGI 2.0.23 (64bit) on [Wed Feb 11 08:00:02 2026] ***',
      'compiled with version: 12.2.0 on 02 November 2023 10:07:18',
      'os: Linux-5.10.205-195.807.amzn2.x86_64 #1 SMP Tue Jan 16 18:28:59 UTC 2024',
      'nodename: survey-api-7b9d6c5f48-2xq9w',
      'machine: x86_64',
      'clock source: unix',
      'detected number of CPU cores: 4',
      'your processes number limit is 1048576',
      'limiting address space of processes...',
      'your process address space limit is 536870912 bytes (512 MB)',
      'your memory page size is 4096 bytes',
      '*** Operational MODE: preforking ***',
      'spawned uWSGI master process (pid: 1)',
      'spawned uWSGI worker 1 (pid: 8, cores: 1)',
      'spawned uWSGI worker 2 (pid: 9, cores: 1)',
      ...repeat(
        8,
        (i) =>
          `[pid: ${8 + (i % 2)}|app: 0|req: ${310 + i}/${620 + i}] 10.244.0.1 () {38 vars in 601 bytes} [Wed Feb 11 08:1${i}:04 2026] GET /healthz => generated 2 bytes in 1 msecs (HTTP/1.1 200) 2 headers in 71 bytes (1 switches on core 0)`,
      ),
      'Traceback (most recent call last):',
      '  File "/app/survey/export.py", line 88, in build_export',
      '    frame = pandas.DataFrame.from_records(rows)',
      '  File "/usr/local/lib/python3.11/site-packages/pandas/core/frame.py", line 2283, in from_records',
      '    arrays, arr_columns = to_arrays(data, columns)',
      'MemoryError',
      '[pid: 9|app: 0|req: 651/1302] 10.244.2.14 () {42 vars in 822 bytes} [Wed Feb 11 08:24:51 2026] POST /api/v2/surveys/7731/export => generated 0 bytes in 18231 msecs (HTTP/1.1 500) 0 headers in 0 bytes (0 switches on core 0)',
      'Traceback (most recent call last):',
      '  File "/app/survey/export.py", line 88, in build_export',
      '    frame = pandas.DataFrame.from_records(rows)',
      'MemoryError',
      '[pid: 8|app: 0|req: 660/1320] 10.244.2.14 () {42 vars in 822 bytes} [Wed Feb 11 08:26:02 2026] POST /api/v2/surveys/7731/export => generated 0 bytes in 17005 msecs (HTTP/1.1 500) 0 headers in 0 bytes (0 switches on core 0)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'ninth-spark-executor-memory-below-limit',
    family: 'runtime-memory-cap',
    source: 'https://github.com/kubeflow/spark-operator/issues/2647',
    signal: 'CrashLoopBackOff',
    containers: [crashed('spark-executor', 52, 4)],
    previousLog: log(
      '26/02/11 08:19:58 INFO CoarseGrainedExecutorBackend: Started daemon with process name: 14@risk-agg-exec-3',
      '26/02/11 08:19:58 INFO SignalUtils: Registering signal handler for TERM',
      "+ exec /usr/bin/tini -s -- /opt/java/openjdk/bin/java -Dspark.driver.port=7078 -Xms2048m -Xmx2048m -cp '/opt/spark/conf::/opt/spark/jars/*:' org.apache.spark.scheduler.cluster.k8s.KubernetesExecutorBackend --driver-url spark://CoarseGrainedScheduler@risk-agg-driver-svc.batch.svc:7078 --executor-id 3 --cores 2 --app-id spark-5b1f0c2e1e4a4f7a --hostname 10.244.6.31 --resourceProfileId 0",
      '26/02/11 08:20:03 INFO MemoryStore: MemoryStore started with capacity 1048.8 MiB',
      '26/02/11 08:20:04 INFO Executor: Starting executor ID 3 on host 10.244.6.31',
      '26/02/11 08:24:40 INFO ShuffleBlockFetcherIterator: Getting 400 (1822.7 MiB) non-empty blocks including 0 (0.0 B) local and 0 (0.0 B) host-local and 0 (0.0 B) push-merged-local and 400 (1822.7 MiB) remote blocks',
      '26/02/11 08:25:12 WARN TaskMemoryManager: Failed to allocate a page (67108864 bytes), try again.',
      '26/02/11 08:25:19 ERROR Executor: Exception in task 17.0 in stage 4.0 (TID 301)',
      'org.apache.spark.memory.SparkOutOfMemoryError: Unable to acquire 65536 bytes of memory, got 0',
      '\tat org.apache.spark.memory.MemoryConsumer.throwOom(MemoryConsumer.java:157)',
      '\tat org.apache.spark.memory.MemoryConsumer.allocatePage(MemoryConsumer.java:97)',
      '\tat org.apache.spark.util.collection.unsafe.sort.UnsafeExternalSorter.acquireNewPageIfNecessary(UnsafeExternalSorter.java:384)',
      '26/02/11 08:25:31 ERROR SparkUncaughtExceptionHandler: Uncaught exception in thread Thread[Executor task launch worker for task 18.0 in stage 4.0 (TID 302),5,main]',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.nio.HeapByteBuffer.<init>(HeapByteBuffer.java:64)',
      '\tat java.base/java.nio.ByteBuffer.allocate(ByteBuffer.java:363)',
      '26/02/11 08:25:31 INFO MemoryStore: MemoryStore cleared',
      '26/02/11 08:25:31 INFO ShutdownHookManager: Shutdown hook called',
    ),
    accept: ['escalate'],
  },
  {
    id: 'ninth-clamav-concurrent-reload-oomkilled',
    family: 'memory',
    source: 'https://github.com/Cisco-Talos/clamav/issues/571',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'clamav',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 1m20s restarting failed container=clamav' },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
      },
    ],
    previousLog: log(
      'Starting Freshclamd',
      'Starting ClamAV',
      'Socket for clamd not found yet, retrying (0/1800) ...',
      'Wed Feb 11 07:31:02 2026 -> Limits: Global time limit set to 120000 milliseconds.',
      'Wed Feb 11 07:31:02 2026 -> Limits: Global size limit set to 104857600 bytes.',
      'Wed Feb 11 07:31:22 2026 -> Loaded 8697544 signatures.',
      'Wed Feb 11 07:31:22 2026 -> TCP: Bound to [0.0.0.0]:3310',
      'Wed Feb 11 07:31:22 2026 -> LOCAL: Unix socket file /tmp/clamd.sock',
      'socket found, clamd started.',
      ...repeat(
        5,
        (i) => `Wed Feb 11 08:0${i}:17 2026 -> instream(10.244.4.${20 + i}@${41_000 + i * 17}): OK`,
      ),
      'Wed Feb 11 08:21:03 2026 -> ClamAV update process started at Wed Feb 11 08:21:03 2026',
      'Wed Feb 11 08:21:05 2026 -> daily database available for update (local version: 27193, remote version: 27194)',
      "Wed Feb 11 08:21:09 2026 -> Testing database: '/var/lib/clamav/tmp.7c1e0/clamav-4a1f.tmp-daily.cld' ...",
      'Wed Feb 11 08:21:31 2026 -> Database test passed.',
      'Wed Feb 11 08:21:31 2026 -> daily.cld updated (version: 27194, sigs: 2066551, f-level: 90, builder: raynman)',
      'Wed Feb 11 08:21:31 2026 -> Clamd successfully notified about the update.',
      'Wed Feb 11 08:21:31 2026 -> Reading databases from /var/lib/clamav',
    ),
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container clamav in pod ninth-clamav-concurrent-reload-oomkilled',
        count: 6,
      },
    ],
    accept: ['raise-memory-limit', 'escalate'],
  },
  {
    id: 'ninth-nextcloud-php-memory-limit',
    family: 'runtime-memory-cap',
    source: 'https://github.com/nextcloud/docker/issues/1001',
    signal: 'Alert',
    containers: [{ name: 'nextcloud', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '[11-Feb-2026 08:00:01] NOTICE: fpm is running, pid 1',
      '[11-Feb-2026 08:00:01] NOTICE: ready to handle connections',
      ...repeat(6, (i) => `127.0.0.1 -  11/Feb/2026:08:1${i}:0${i} +0000 "GET /index.php" 200`),
      '{"reqId":"Ekx1b4vlVyT9t9QlICY4","level":3,"time":"2026-02-11T08:22:47+00:00","remoteAddr":"10.244.0.9","user":"m.keller","app":"PHP","method":"GET","url":"/remote.php/dav/files/m.keller/Scans/2026/","message":"Allowed memory size of 536870912 bytes exhausted (tried to allocate 16384 bytes) at /var/www/html/3rdparty/doctrine/dbal/lib/Doctrine/DBAL/Driver/PDOStatement.php#117","userAgent":"Mozilla/5.0 (Windows) mirall/3.11.0 (build 20231201) (Nextcloud, windows-10.0.19045 ClientArchitecture: x86_64 OsArchitecture: x86_64)","version":"27.1.6.1","data":{"app":"PHP"}}',
      '[11-Feb-2026 08:22:47] WARNING: [pool www] child 412 said into stderr: "NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 536870912 bytes exhausted (tried to allocate 16384 bytes) in /var/www/html/3rdparty/doctrine/dbal/lib/Doctrine/DBAL/Driver/PDOStatement.php on line 117"',
      '127.0.0.1 -  11/Feb/2026:08:22:47 +0000 "PROPFIND /remote.php" 500',
      '{"reqId":"P0a7c2dNQm8xUu1eKf3Z","level":3,"time":"2026-02-11T08:24:12+00:00","remoteAddr":"10.244.0.9","user":"m.keller","app":"PHP","method":"PROPFIND","url":"/remote.php/dav/files/m.keller/Scans/2026/","message":"Allowed memory size of 536870912 bytes exhausted (tried to allocate 20480 bytes) at /var/www/html/lib/private/Files/Cache/Cache.php#226","userAgent":"Mozilla/5.0 (Windows) mirall/3.11.0","version":"27.1.6.1","data":{"app":"PHP"}}',
      '127.0.0.1 -  11/Feb/2026:08:24:12 +0000 "PROPFIND /remote.php" 500',
    ),
    accept: ['escalate'],
  },
  {
    id: 'ninth-vector-aggregator-leak-oomkilled',
    family: 'memory-leak',
    source: 'https://github.com/vectordotdev/vector/issues/20553',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'vector',
        running: { startedAt: '2026-02-11T08:02:15Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 11,
      },
    ],
    previousLog: log(
      '2026-02-11T05:41:07.118551Z  INFO vector::app: Log level is enabled. level="info"',
      '2026-02-11T05:41:07.120304Z  INFO vector::app: Loading configs. paths=["/etc/vector/vector.toml"]',
      '2026-02-11T05:41:07.402911Z  INFO vector::topology::running: Running healthchecks.',
      '2026-02-11T05:41:07.403522Z  INFO vector: Vector has started. debug="false" version="0.38.0" arch="x86_64" revision="ea0ec6f 2024-05-07 14:34:39.794027186"',
      '2026-02-11T05:41:07.404007Z  INFO source{component_kind="source" component_id=kafka_app_log component_type=kafka}: vector::sources::kafka: Consumer group joined. group_id="vector-log"',
      ...repeat(
        8,
        (i) =>
          `2026-02-11T0${6 + Math.floor(i / 4)}:${String((i % 4) * 15).padStart(2, '0')}:00.000000Z  INFO vector::internal_events::heartbeat: Vector is alive. uptime_secs=${1133 + i * 900} allocated_bytes=${(612 + i * 221) * 1_048_576}`,
      ),
      '2026-02-11T08:01:58.006112Z  WARN sink{component_kind="sink" component_id=es_out component_type=elasticsearch}: vector::sinks::util::retries: Retrying after response. reason=too many requests internal_log_rate_limit=true',
    ),
    currentLog: log(
      '2026-02-11T08:02:15.211093Z  INFO vector: Vector has started. debug="false" version="0.38.0" arch="x86_64" revision="ea0ec6f 2024-05-07 14:34:39.794027186"',
      ...repeat(
        4,
        (i) =>
          `2026-02-11T08:${String(5 + i * 6).padStart(2, '0')}:15.000000Z  INFO vector::internal_events::heartbeat: Vector is alive. uptime_secs=${180 + i * 360} allocated_bytes=${(540 + i * 260) * 1_048_576}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'ninth-milvus-upgrade-datanode-oom',
    family: 'bad-rollout',
    source: 'https://github.com/milvus-io/milvus/issues/43036',
    signal: 'OOMKilled',
    rollout: { minutesAgo: 38, previousTag: '2.5.14' },
    containers: [
      {
        name: 'datanode',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=datanode',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
      },
    ],
    previousLog: log(
      '[2026/02/11 08:19:40.113 +00:00] [INFO] [datanode/data_node.go:262] ["DataNode server initializing"] [TimeTickChannelName=by-dev-datacoord-timetick-channel]',
      '[2026/02/11 08:19:40.502 +00:00] [INFO] [datanode/data_node.go:317] ["DataNode server start successfully"] [nodeID=41]',
      ...repeat(
        6,
        (i) =>
          `[2026/02/11 08:2${i}:03.${100 + i * 7} +00:00] [INFO] [compactor/mix_compactor.go:300] ["mix compact start"] [planID=${4_591_220 + i}] [segmentIDs="[${4_591_100 + i * 3}, ${4_591_101 + i * 3}]"] [collectionID=452187733651203211]`,
      ),
    ),
    accept: ['rollback', 'escalate'],
  },

  // ─── rollout look-alikes ───────────────────────────────────────────────────────────────────
  {
    id: 'ninth-prometheus-removed-flag-after-image',
    family: 'bad-rollout',
    source: 'https://github.com/prometheus/prometheus/issues/2984',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 12, previousTag: '1.8.2' },
    containers: [
      crashed('prometheus', 1, 7),
      { name: 'config-reloader', running: {}, ready: true, restarts: 0 },
    ],
    previousLog: log("prometheus: error: unknown long flag '--alertmanager.url', try --help"),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'ninth-jmx-exporter-unrecognized-vm-option-env',
    family: 'bad-rollout',
    source: 'https://github.com/prometheus/jmx_exporter/issues/462',
    signal: 'CrashLoopBackOff',
    rollout: {
      minutesAgo: 9,
      addedEnv: { JAVA_TOOL_OPTIONS: '-XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap' },
    },
    containers: [
      { name: 'schema-registry', running: {}, ready: true, restarts: 0 },
      crashed('prometheus-jmx-exporter', 1, 6),
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap',
      "Unrecognized VM option 'UseCGroupMemoryLimitForHeap'",
      'Error: Could not create the Java Virtual Machine.',
      'Error: A fatal exception has occurred. Program will exit.',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'ninth-oauth2-proxy-cookie-secret-from-new-secret',
    family: 'bad-rollout',
    source: 'https://github.com/oauth2-proxy/oauth2-proxy/issues/1954',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 7, addedSecrets: ['grafana-oauth2-proxy-env'] },
    containers: [{ name: 'grafana', running: {}, ready: true, restarts: 0 }, crashed('oauth2-proxy', 1, 5)],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.244.2.77:4180/ready": dial tcp 10.244.2.77:4180: connect: connection refused',
        count: 14,
      },
    ],
    previousLog: log(
      '[2026/02/11 08:24:12] [provider.go:55] Performing OIDC Discovery...',
      '[2026/02/11 08:24:12] [main.go:54] invalid configuration:',
      '  cookie_secret must be 16, 24, or 32 bytes to create an AES cipher, but is 46 bytes',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'ninth-wazuh-indexer-jvm-options-configmap-oom',
    family: 'bad-rollout',
    source: 'https://github.com/wazuh/wazuh-kubernetes/issues/306',
    signal: 'OOMKilled',
    rollout: { minutesAgo: 14, addedConfigMapVolumes: ['indexer-jvm-options'] },
    containers: [
      {
        name: 'wazuh-indexer',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=wazuh-indexer',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
      },
    ],
    previousLog: log(
      '[2026-02-11T08:25:40,118][INFO ][o.o.n.Node               ] [wazuh-indexer-1] version[2.10.0], pid[57], build[rpm/eee49cb340edc6c4d489bcd9324dda571fc8dc03/2023-09-20T23:54:29.889267151Z], OS[Linux/5.15.0-1051-aws/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/17.0.8/17.0.8+7]',
      '[2026-02-11T08:25:40,121][INFO ][o.o.n.Node               ] [wazuh-indexer-1] JVM arguments [-Xshare:auto, -Dopensearch.networkaddress.cache.ttl=60, -XX:+AlwaysPreTouch, -Xss1m, -Djava.awt.headless=true, -Xms5g, -Xmx5g, -Dlog4j2.formatMsgNoLookups=true, -XX:+UseG1GC, -Dopensearch.path.conf=/usr/share/wazuh-indexer/config]',
      '[2026-02-11T08:25:40,122][INFO ][o.o.n.Node               ] [wazuh-indexer-1] jvm.options file: /etc/indexer-jvm-options/jvm.options',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'ninth-partner-cert-expired-not-the-rollout',
    family: 'tls-expired',
    source: 'https://github.com/FlorianREGAZ/Python-Tls-Client/issues/71',
    signal: 'Alert',
    rollout: { minutesAgo: 25, previousTag: '2.3.0' },
    containers: [{ name: 'payout-gateway', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T08:05:30.004Z","caller":"cmd/main.go:61","msg":"starting payout-gateway","version":"2.3.1","commit":"f1c7a0e","note":"bump golang.org/x/net to v0.23.0 (CVE-2023-45288)"}',
      chatter('json', 10),
      ...repeat(
        12,
        (i) =>
          `{"level":"error","ts":"2026-02-11T08:${String(14 + i).padStart(2, '0')}:0${i % 10}.${311 + i}Z","caller":"bank/client.go:144","msg":"settlement call failed","bank":"nordbank","attempt":${(i % 3) + 1},"error":"Post \\"https://api.nordbank.example/v3/settlements\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-11T08:${String(14 + i).padStart(2, '0')}:0${i % 10}Z is after 2026-02-11T00:00:00Z"}`,
      ),
      chatter('json', 4, 10),
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'ninth-openai-insufficient-quota-not-the-rollout',
    family: 'third-party-quota',
    source: 'https://github.com/Pythagora-io/gpt-pilot/issues/340',
    signal: 'Alert',
    rollout: { minutesAgo: 31, previousTag: '2.2.7' },
    containers: [{ name: 'ticket-summarizer', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '2026-02-11 08:00:03 [info     ] worker started                 concurrency=8 model=gpt-4o-mini queue=summaries',
      ...repeat(
        3,
        (i) =>
          `2026-02-11 08:0${i + 1}:12 [info     ] summary stored                 ticket_id=${88_120 + i} tokens=${412 + i * 31}`,
      ),
      '2026-02-11 08:09:40 [warning  ] openai request failed          attempt=1 status=429 ticket_id=88131',
      'There was a problem with request to openai API:',
      'API responded with status code: 429. Response text: {',
      '    "error": {',
      '        "message": "You exceeded your current quota, please check your plan and billing details.",',
      '        "type": "insufficient_quota",',
      '        "param": null,',
      '        "code": "insufficient_quota"',
      '    }',
      '}',
      ...repeat(
        20,
        (i) =>
          `2026-02-11 08:${String(10 + i).padStart(2, '0')}:0${i % 10} [warning  ] openai request failed          attempt=${(i % 5) + 1} status=429 error_code=insufficient_quota ticket_id=${88_131 + Math.floor(i / 5)}`,
      ),
      '2026-02-11 08:29:51 [error    ] queue backlog growing          depth=4821 oldest_age_s=1211',
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart', 'restart-pod'],
  },
  {
    id: 'ninth-cloud-sql-proxy-not-authorized-sidecar',
    family: 'cloud-iam',
    source: 'https://github.com/GoogleCloudPlatform/cloud-sql-proxy/issues/1651',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 19, previousTag: '2.3.0' },
    containers: [
      { name: 'booking-api', running: {}, ready: false, restarts: 0 },
      crashed('cloud-sql-proxy', 1, 8),
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 113,
      },
    ],
    previousLog: log(
      '2026/02/11 08:27:02 Authorizing with Application Default Credentials',
      '2026/02/11 08:27:03 The proxy has encountered a terminal error: unable to start: failed to get instance: Refresh error: failed to get instance metadata (connection name = "bookings-prod:europe-west1:bookings-pg"): googleapi: Error 403: The client is not authorized to make this request., notAuthorized',
    ),
    currentLog: log(
      '{"level":30,"time":1770796800112,"pid":1,"hostname":"booking-api-6f9c8d7b5-m2kqz","msg":"server listening","port":8080}',
      ...repeat(
        60,
        (i) =>
          `{"level":50,"time":${1_770_796_860_000 + i * 15_000},"pid":1,"hostname":"booking-api-6f9c8d7b5-m2kqz","req":{"id":"${(i * 7919).toString(16)}","method":"GET","url":"/api/v1/slots?venue=${(i % 12) + 1}&from=2026-02-12","headers":{"host":"booking.example.com","user-agent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1","accept":"application/json","x-request-id":"${(i * 104_729).toString(16)}-${(i * 31).toString(16)}","x-forwarded-for":"203.0.113.${i % 250}"},"remoteAddress":"10.244.0.1","remotePort":${40_000 + i}},"res":{"statusCode":503},"err":{"type":"Error","message":"connect ECONNREFUSED 127.0.0.1:5432","stack":"Error: connect ECONNREFUSED 127.0.0.1:5432\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)","errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":5432},"responseTime":${2 + (i % 5)},"msg":"request errored"}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'ninth-valkey-readonly-after-failover-not-the-rollout',
    family: 'stale-connection',
    source: 'https://github.com/StackExchange/StackExchange.Redis/issues/2264',
    signal: 'Alert',
    rollout: { minutesAgo: 45, previousTag: '2.3.0' },
    containers: [{ name: 'cart-service', running: {}, ready: true, restarts: 0 }],
    currentLog: log(
      '2026-02-11 08:00:00.118 +00:00 [INF] Now listening on: http://[::]:8080',
      '2026-02-11 08:00:00.121 +00:00 [INF] Application started. Press Ctrl+C to shut down.',
      chatter('plain', 8),
      '2026-02-11 08:17:42.009 +00:00 [WRN] StackExchange.Redis: carts-valkey.cache.svc:6379: connection failed: SocketClosed (ReadEndOfStream, last-recv: 0) on carts-valkey.cache.svc:6379/Interactive, Idle/Faulted, last: PING, origin: ReadFromPipe, outstanding: 0, last-read: 0s ago, last-write: 0s ago',
      '2026-02-11 08:17:43.215 +00:00 [INF] StackExchange.Redis: carts-valkey.cache.svc:6379: reconnected (endpoint 10.244.5.12:6379)',
      ...repeat(
        25,
        (i) =>
          `2026-02-11 08:${String(18 + Math.floor(i / 3)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${100 + i} +00:00 [ERR] Cart update failed for session ${((i * 2_654_435_761) % 4_294_967_296).toString(16)}: StackExchange.Redis.RedisServerException: READONLY You can't write against a read only replica.`,
      ),
      '   at StackExchange.Redis.ConnectionMultiplexer.ExecuteSyncImpl[T](Message message, ResultProcessor`1 processor, ServerEndPoint server, T defaultValue)',
      '   at Carts.Storage.ValkeyCartStore.SaveAsync(Cart cart) in /src/Carts/Storage/ValkeyCartStore.cs:line 58',
    ),
    accept: ['restart-pod', 'rollout-restart', 'escalate'],
    harmful: ['rollback'],
  },
];
