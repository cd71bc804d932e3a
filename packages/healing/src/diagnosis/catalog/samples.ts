import type { EvidenceSample } from '../../testing/evidence-fixture.ts';
import { FAMILY_SAMPLES } from './samples-families.ts';
import { UNSEEN_SAMPLES } from './samples-unseen.ts';

/**
 * Realistic evidence for every catalog entry, written as the real software prints it (drivers,
 * runtimes, the kubelet). `positive` samples must make the entry the best candidate (or
 * `expectBest` when a more specific entry legitimately wins); `negative` samples are near-misses that
 * must not match the entry at all. Used by the catalog's table-driven test and the benchmark.
 */
export type CatalogSamples = Record<
  string,
  { positive: readonly (EvidenceSample & { expectBest?: string })[]; negative?: readonly EvidenceSample[] }
>;

const JAVA_HEAP = `2026-03-02 09:41:07.112 ERROR 1 --- [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception
java.lang.OutOfMemoryError: Java heap space
	at java.base/java.util.Arrays.copyOf(Arrays.java:3537)
	at java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)
	at com.example.catalog.ReportService.render(ReportService.java:88)
Terminating due to java.lang.OutOfMemoryError: Java heap space`;

const NODE_HEAP = `
<--- Last few GCs --->

[1:0x6a1c5e0]    61240 ms: Mark-Compact (reduce) 251.9 (258.8) -> 251.3 (259.3) MB, 212.10 / 0.00 ms  (average mu = 0.176, current mu = 0.017) allocation failure; scavenge might not succeed

<--- JS stacktrace --->

FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory
----- Native stack trace -----

 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]
 2: 0xf06250 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]`;

const PG_TIMEOUT_NODE = `{"level":50,"time":1772444461000,"pid":1,"hostname":"orders-6d5f7c9b8-x2x4q","msg":"failed to connect to database"}
Error: Connection terminated due to connection timeout
    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)
    at Object.onceWrapper (node:events:632:28)
    at Connection.emit (node:events:518:28)
    at Socket.<anonymous> (/app/node_modules/pg/lib/connection.js:63:12)
{"level":60,"time":1772444461003,"pid":1,"msg":"could not reach postgres at orders-db:5432, exiting"}`;

const SECRET_EVENTS = [
  {
    reason: 'Failed',
    message: 'Error: secret "catalog-db-credentials" not found',
    count: 7,
  },
];

export const CATALOG_SAMPLES: CatalogSamples = {
  // ------------------------------------------------------------------ runtimes
  'jvm-heap-oom': {
    positive: [
      { previousLog: JAVA_HEAP, lastExitCode: 3, lastReason: 'Error' },
      {
        signal: 'OOMKilled',
        previousLog:
          'Exception in thread "kafka-consumer-1" java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.nio.HeapByteBuffer.<init>(HeapByteBuffer.java:64)',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
      },
    ],
    negative: [
      { previousLog: 'WARN  HeapMonitor - heap usage 91% of -Xmx (java heap space nearly exhausted)' },
      { previousLog: 'java.lang.OutOfMemoryError: Metaspace' },
    ],
  },
  'jvm-metaspace-oom': {
    positive: [
      {
        previousLog:
          'Exception in thread "main" java.lang.OutOfMemoryError: Metaspace\n\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: '[gc,metaspace] Metaspace: 128M used, 130M committed, 1.1G reserved' }],
  },
  'jvm-gc-overhead': {
    positive: [
      {
        previousLog:
          'Exception in thread "http-nio-8080-exec-7" java.lang.OutOfMemoryError: GC overhead limit exceeded\n\tat java.base/java.util.HashMap.resize(HashMap.java:702)',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog: '[gc] GC(1523) Pause Young (Normal) (G1 Evacuation Pause) 1822M->1790M(2048M) 48.211ms',
      },
    ],
  },
  'cpu-oversubscribed-runtime': {
    positive: [
      {
        // A Go edge service on a one-core limit, killed by its liveness probe as it stalls.
        signal: 'Alert',
        limits: { cpu: '1', memory: '1Gi' },
        lastReason: 'Error',
        lastExitCode: 143,
        events: [
          {
            reason: 'Unhealthy',
            message:
              'Liveness probe failed: Get "http://10.0.14.22:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
          },
          {
            reason: 'Killing',
            type: 'Normal',
            message: 'Container app failed liveness probe, will be restarted',
          },
        ],
        previousLog: [
          '{"level":"info","ts":"2026-03-02T09:12:05.114Z","msg":"starting edge","version":"2.3.1","gomaxprocs":64,"num_cpu":64}',
          '{"level":"warn","ts":"2026-03-02T09:18:00.000Z","msg":"slow requests","rps":3010,"p50_ms":310,"p99_ms":4950}',
        ].join('\n'),
      },
      {
        signal: 'Alert',
        limits: { cpu: '500m' },
        currentLog: '2026/03/02 09:12:05 maxprocs: Leaving GOMAXPROCS=16: CPU quota undefined',
      },
    ],
    negative: [
      // The scheduler sized to the limit: nothing to say.
      {
        signal: 'Alert',
        limits: { cpu: '2' },
        currentLog: '2026/03/02 09:12:05 maxprocs: Updating GOMAXPROCS=2: determined from CPU quota',
      },
      // No CPU limit: no quota to throttle against.
      {
        signal: 'Alert',
        currentLog: '{"level":"info","msg":"starting","gomaxprocs":64}',
      },
    ],
  },
  'memory-below-minimum': {
    positive: [
      {
        previousLog: [
          'INFO  2026-03-02 09:27:10,101 [shard 0:main] main - application.cc:352 - Redpanda v24.1.9',
          "ERROR 2026-03-02 09:27:10,115 [shard 0:main] syschecks - Memory: '643825664' below recommended: '1073741824'",
        ].join('\n'),
        lastExitCode: 1,
      },
      {
        previousLog: [
          'I20260302 09:27:47.010419     1 dfly_main.cc:699] Found 1.00GiB available memory. Setting maxmemory to 819.20MiB',
          'E20260302 09:27:47.088999     1 dfly_main.cc:172] There are 4 threads, so 1.00GiB are required. Exiting...',
        ].join('\n'),
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'I20260302 09:27:47.088972     1 proactor_pool.cc:147] Running 4 io threads' }],
  },
  'aws-session-credentials-expired': {
    positive: [
      {
        signal: 'Alert',
        startedAt: '2026-03-01T21:02:00.000Z',
        currentLog: [
          '{"level":"info","ts":"2026-03-02T08:58:02.100Z","caller":"worker/poll.go:33","msg":"received messages","queue":"refunds","count":4}',
          '{"level":"error","ts":"2026-03-02T09:05:31.100Z","caller":"worker/poll.go:41","msg":"receive failed","queue":"refunds","error":"operation error SQS: ReceiveMessage, https response error StatusCode: 403, RequestID: 12c88087, api error ExpiredToken: The security token included in the request is expired"}',
        ].join('\n'),
      },
    ],
    negative: [
      {
        // Minutes after the start: the credentials never worked (a clock or a role), no renewal missed.
        signal: 'Alert',
        startedAt: '2026-03-02T09:04:00.000Z',
        currentLog:
          'botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the ReceiveMessage operation: The security token included in the request is expired',
      },
    ],
  },
  'mysql-connection-gone-stale': {
    positive: [
      {
        signal: 'Alert',
        startedAt: '2026-03-01T17:45:20.000Z',
        currentLog: [
          '[2026-03-02T08:02:41.119091+00:00] main.INFO: product import: batch 8121 done, 250 products [] []',
          '[2026-03-02T08:12:44.902117+00:00] main.CRITICAL: SQLSTATE[HY000]: General error: 2013 Lost connection to MySQL server during query [] []',
          '[2026-03-02T08:14:00.200000+00:00] main.CRITICAL: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away [] []',
          '[2026-03-02T09:04:00.200000+00:00] main.CRITICAL: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away [] []',
        ].join('\n'),
      },
    ],
    negative: [
      {
        // A statement larger than the server accepts: the same words, and a new pod sends it again.
        signal: 'Alert',
        startedAt: '2026-03-01T17:45:20.000Z',
        currentLog:
          '[2026-03-02T09:04:00.200000+00:00] main.CRITICAL: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (packet bigger than max_allowed_packet bytes) [] []',
      },
    ],
  },
  'jvm-threads-leaked': {
    positive: [
      {
        signal: 'ProbeFailure',
        startedAt: '2026-02-24T06:12:00.000Z',
        currentLog: [
          '2026-03-02 09:58:11.204 INFO  [batch-scheduler-1] c.e.search.IndexBatchJob - batch 88212 indexed 500 documents in 1.8 s',
          '[604211.118s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 4k, detached.',
          '2026-03-02 09:58:14.002 ERROR [batch-scheduler-1] c.e.search.IndexBatchJob - batch 88213 failed',
          'java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
          '\tat java.base/java.lang.Thread.start0(Native Method)',
          '\tat java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)',
        ].join('\n'),
      },
    ],
    negative: [
      {
        // Minutes after the start: the workload needs more threads than it may have, no leak.
        signal: 'ProbeFailure',
        startedAt: '2026-03-02T09:48:00.000Z',
        currentLog:
          'Exception in thread "pool-3-thread-812" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      },
    ],
  },
  'jvm-native-thread': {
    positive: [
      {
        signal: 'OOMKilled',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
        previousLog:
          'Exception in thread "main" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached\n\tat java.base/java.lang.Thread.start0(Native Method)\n\tat java.base/java.lang.Thread.start(Thread.java:809)',
      },
    ],
    negative: [{ previousLog: 'java.lang.OutOfMemoryError: Java heap space' }],
  },
  'jvm-stack-overflow': {
    positive: [
      {
        previousLog:
          'Exception in thread "main" java.lang.StackOverflowError\n\tat com.example.tree.Node.depth(Node.java:41)\n\tat com.example.tree.Node.depth(Node.java:41)\n\tat com.example.tree.Node.depth(Node.java:41)',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog: 'INFO  Started StackOverflowClientApplication in 3.2 seconds (process running for 3.9)',
      },
    ],
  },
  'jvm-class-not-found': {
    positive: [
      {
        previousLog:
          'Exception in thread "main" java.lang.NoClassDefFoundError: org/slf4j/LoggerFactory\n\tat com.example.App.<clinit>(App.java:12)\nCaused by: java.lang.ClassNotFoundException: org.slf4j.LoggerFactory',
        lastExitCode: 1,
      },
      {
        previousLog: 'Error: Could not find or load main class com.example.orders.Application',
        lastExitCode: 1,
      },
    ],
    negative: [
      { previousLog: 'DEBUG c.e.plugins.Loader - optional class com.example.Extra not found, skipping' },
    ],
  },
  'jdbc-pool-timeout': {
    positive: [
      {
        previousLog:
          'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=23)\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed.' }],
  },
  'node-heap-oom': {
    positive: [
      { previousLog: NODE_HEAP, lastExitCode: 134, lastReason: 'Error' },
      {
        previousLog:
          'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xa3ac30 node::Abort() [node]',
        lastExitCode: 134,
      },
    ],
    negative: [
      { previousLog: '(node:1) Warning: heap usage at 85% of limit, consider raising --max-old-space-size' },
    ],
  },
  'node-unhandled-rejection': {
    positive: [
      {
        previousLog: `node:internal/process/promises:391
    triggerUncaughtException(err, true /* fromPromise */);
    ^

[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "invalid cart state".] {
  code: 'ERR_UNHANDLED_REJECTION'
}

Node.js v22.12.0`,
        lastExitCode: 1,
      },
    ],
    negative: [
      { previousLog: "process.on('unhandledRejection') handler installed; rejections will be logged" },
    ],
  },
  'node-stack-overflow': {
    positive: [
      {
        signal: 'OOMKilled',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
        previousLog:
          '2026-10-09T23:04:25.571Z ERROR [ssr-renderer] render failed\nRangeError: Maximum call stack size exceeded\n    at renderElement (/app/node_modules/react-dom/cjs/react-dom-server.node.production.js:811:11)',
      },
    ],
    negative: [
      { previousLog: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory' },
    ],
  },
  'node-eaddrinuse': {
    positive: [
      {
        previousLog: `node:net:1904
    const ex = new UVExceptionWithHostPort(err, 'listen', address, port);
               ^

Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1904:16)
    at listenInCluster (node:net:1961:12) {
  code: 'EADDRINUSE',
  errno: -98,
  syscall: 'listen',
  address: '::',
  port: 3000
}`,
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'Server listening on :::3000' }],
  },
  'node-module-not-found': {
    positive: [
      {
        previousLog: `node:internal/modules/cjs/loader:1228
  throw err;
  ^

Error: Cannot find module 'express'
Require stack:
- /app/dist/server.js
    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15) {
  code: 'MODULE_NOT_FOUND',
  requireStack: [ '/app/dist/server.js' ]
}`,
        lastExitCode: 1,
      },
      {
        previousLog:
          "node:internal/modules/esm/resolve:854\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n\nError [ERR_MODULE_NOT_FOUND]: Cannot find package 'pino' imported from /app/src/logger.js",
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'warn: optional module sharp not installed, image resizing disabled' }],
  },
  'python-memory-error': {
    positive: [
      {
        previousLog: `Traceback (most recent call last):
  File "/app/worker.py", line 42, in <module>
    rows = load_all(path)
  File "/app/worker.py", line 17, in load_all
    return [parse(line) for line in fh.readlines()]
MemoryError`,
        lastExitCode: 1,
      },
      {
        previousLog:
          'numpy.core._exceptions._ArrayMemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO memory usage 812 MiB (MemoryErrorHandler registered)' }],
  },
  'python-module-not-found': {
    positive: [
      {
        previousLog:
          'Traceback (most recent call last):\n  File "/app/main.py", line 3, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO loaded module requests 2.32.3' }],
  },
  'python-missing-env': {
    positive: [
      {
        previousLog:
          "Traceback (most recent call last):\n    raise KeyError(key) from None\nKeyError: 'DATABASE_URL'",
        lastExitCode: 1,
      },
      {
        previousLog: `Traceback (most recent call last):
  File "/app/settings.py", line 9, in <module>
    DATABASE_URL = os.environ["DATABASE_URL"]
                   ~~~~~~~~~~^^^^^^^^^^^^^^^^
  File "<frozen os>", line 714, in __getitem__
KeyError: 'DATABASE_URL'`,
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog:
          'Traceback (most recent call last):\n  File "/app/cart.py", line 30, in total\n    price = prices[sku]\nKeyError: \'SKU-1234\'',
      },
    ],
  },
  'go-nil-pointer': {
    positive: [
      {
        previousLog: `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6f1b2a]

goroutine 1 [running]:
main.(*Server).routes(0x0)
	/src/cmd/api/server.go:57 +0x2a
main.main()
	/src/cmd/api/main.go:31 +0x1d5
exit status 2`,
        lastExitCode: 2,
      },
    ],
    negative: [{ previousLog: 'level=warn msg="recovered from panic in handler" err="nil map"' }],
  },
  'go-runtime-oom': {
    positive: [
      {
        previousLog:
          'fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x9c4b2e?, 0x30000000?})\n\t/usr/local/go/src/runtime/panic.go:1023 +0x5c',
        lastExitCode: 2,
      },
    ],
    negative: [{ previousLog: 'level=info msg="memory limit" GOMEMLIMIT=900MiB' }],
  },
  'jvm-deadlock': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          '2026-03-02 09:41:07.118+0000 [id=88]\tINFO\to.j.p.workflow.job.WorkflowRun#finish: build #1500 completed: SUCCESS',
          'Found one Java-level deadlock:',
          '=============================',
          '"pool-3-thread-7":',
          '  waiting to lock monitor 0x00007f19201bcf40 (object 0x000000060f6dbe10, a com.example.Ledger),',
          '  which is held by "pool-3-thread-2"',
        ].join('\n'),
      },
    ],
    negative: [
      {
        previousLog:
          '2026-03-02 09:41:07.112 UTC [61] ERROR:  deadlock detected\n2026-03-02 09:41:07.112 UTC [61] DETAIL:  Process 61 waits for ShareLock on transaction 4711; blocked by process 62.',
        lastExitCode: 1,
      },
    ],
  },
  'ghc-heap-cap': {
    positive: [
      {
        reason: 'CrashLoopBackOff',
        lastExitCode: 251,
        previousLog: [
          '2026-03-02 09:40:51.004 [Info] loading package index (41213 modules)',
          'docs-search: Heap exhausted;',
          'docs-search: Current maximum heap size is 1610612736 bytes (1536 MB).',
          "docs-search: Use `+RTS -M<size>' to increase it.",
        ].join('\n'),
      },
    ],
    negative: [{ previousLog: 'INFO heap exhausted warnings: 0, gc runs: 12', lastExitCode: 0 }],
  },
  'kafka-consumer-out-of-group': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          '2026-03-02 09:41:07.402  INFO 1 --- [ntainer#0-0-C-1] c.e.Forwarder : forwarding batch of 500 records',
          '2026-03-02 09:46:07.993  WARN 1 --- [ad | orders] o.a.k.c.c.i.ConsumerCoordinator : [Consumer clientId=consumer-orders-1, groupId=orders] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms',
        ].join('\n'),
      },
      {
        signal: 'Alert',
        currentLog:
          '%4|1772444467.112|MAXPOLL|rdkafka#consumer-1| [thrd:main]: Application maximum poll interval (300000ms) exceeded by 88ms (adjust max.poll.interval.ms for long-running message processing): leaving group',
      },
    ],
    negative: [
      { signal: 'Alert', currentLog: 'INFO consumer poll returned 0 records in 500 ms' },
      {
        // A crash loop restarts the process already.
        reason: 'CrashLoopBackOff',
        lastExitCode: 1,
        previousLog:
          'cimpl.KafkaException: KafkaError{code=_MAX_POLL_EXCEEDED,val=-147,str="Application maximum poll interval (300000ms) exceeded by 231ms"}',
      },
    ],
  },
  'kafka-consumer-poll-timeout': {
    positive: [
      {
        reason: 'CrashLoopBackOff',
        lastExitCode: 1,
        previousLog: [
          '2026-03-02 09:46:07,112 INFO ledger.consumer: committed offsets for 500 records',
          'Traceback (most recent call last):',
          '  File "/app/ledger/consumer.py", line 88, in run',
          '    msg = consumer.poll(1.0)',
          'cimpl.KafkaException: KafkaError{code=_MAX_POLL_EXCEEDED,val=-147,str="Application maximum poll interval (300000ms) exceeded by 231ms"}',
        ].join('\n'),
      },
    ],
    negative: [{ signal: 'Alert', currentLog: 'INFO consumer poll returned 0 records in 500 ms' }],
  },
  'redis-oom-role-unknown': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          '2026-03-02 09:41:07.551 INFO  request log flushed (812 entries)',
          "2026-03-02 09:41:08.002 ERROR failed to append request log: OOM command not allowed when used memory > 'maxmemory'.",
        ].join('\n'),
      },
    ],
    negative: [
      { signal: 'Alert', currentLog: '2026-03-02 09:41:08 INFO redis used_memory 1.00G of maxmemory 1.00G' },
    ],
  },
  'kafka-streams-dead': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          '2026-03-02 09:41:07,912 ERROR [o.a.k.s.p.i.StreamThread] stream-thread [orders-StreamThread-1] Encountered the following unexpected Kafka exception during processing',
          '2026-03-02 09:41:08,221 ERROR [o.a.k.s.KafkaStreams] stream-client [orders] All stream threads have died. The instance will be in error state and should be closed.',
        ].join('\n'),
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog: 'INFO stream-client [orders] State transition from REBALANCING to RUNNING',
      },
    ],
  },
  'migration-lock-held': {
    positive: [
      {
        reason: 'CrashLoopBackOff',
        lastExitCode: 1,
        previousLog: [
          'Starting Liquibase at 09:40:59 (version 4.21.1)',
          '[2026-03-02 09:41:00] SEVERE [liquibase.integration] Could not acquire change log lock.  Currently locked by d380e8ac9ef1 (10.42.8.8) since 2/28/26, 3:13 AM',
        ].join('\n'),
      },
      {
        reason: 'CrashLoopBackOff',
        lastExitCode: 1,
        previousLog: "ERROR migrate: timeout: can't acquire database lock after 15s",
      },
    ],
    negative: [
      { previousLog: 'INFO liquibase: successfully acquired change log lock', lastExitCode: 0 },
      // An application's own lock contention, logged as a warning, is not a migration lock.
      { previousLog: 'WARN Unable to acquire lock for order 42, retrying', lastExitCode: 1 },
    ],
  },
  'go-deadlock': {
    positive: [
      {
        previousLog:
          'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t/src/main.go:14 +0x6d',
        lastExitCode: 2,
      },
    ],
    negative: [{ previousLog: 'level=info msg="deadlock detector enabled" interval=30s' }],
  },
  'dotnet-oom': {
    positive: [
      {
        previousLog:
          "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n   at System.Text.StringBuilder.ExpandByABlock(Int32 minBlockCharCount)\n   at Shop.Reports.Build() in /src/Reports.cs:line 52",
        lastExitCode: 134,
      },
    ],
    negative: [{ previousLog: 'info: Microsoft.Hosting.Lifetime[0] Now listening on: http://[::]:8080' }],
  },
  'dotnet-unhandled-exception': {
    positive: [
      {
        previousLog:
          "Unhandled exception. System.InvalidOperationException: Unable to resolve service for type 'Shop.Orders.IOrderRepository' while attempting to activate 'Shop.Orders.OrdersController'.\n   at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetService(IServiceProvider sp, Type type)",
        lastExitCode: 134,
      },
    ],
    negative: [
      {
        previousLog:
          "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      },
    ],
  },
  'entrypoint-not-found': {
    positive: [
      { previousLog: '/docker-entrypoint.sh: exec: line 47: /app/server: not found', lastExitCode: 127 },
      {
        reason: 'CrashLoopBackOff',
        lastReason: 'StartError',
        lastExitCode: 128,
        lastMessage:
          'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/start.sh": stat /app/start.sh: no such file or directory: unknown',
      },
      {
        reason: 'RunContainerError',
        events: [
          {
            reason: 'Failed',
            message:
              'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "gunicorn": executable file not found in $PATH: unknown',
          },
        ],
      },
    ],
    negative: [{ previousLog: 'exec: running migrations before start' }],
  },
  'exec-format-error': {
    positive: [{ previousLog: 'exec /usr/local/bin/orders-api: exec format error', lastExitCode: 255 }],
    negative: [{ previousLog: 'error: invalid date format error in field created_at' }],
  },
  segfault: {
    positive: [
      { lastExitCode: 139, lastReason: 'Error', previousLog: 'starting image worker' },
      { previousLog: 'Segmentation fault (core dumped)', lastExitCode: 139 },
    ],
    negative: [{ previousLog: 'INFO worker finished', lastExitCode: 1 }],
  },
  'sigterm-exit-143': {
    positive: [
      {
        lastExitCode: 143,
        lastReason: 'Error',
        events: [{ reason: 'Killing', type: 'Normal', message: 'Stopping container app' }],
      },
    ],
    negative: [{ lastExitCode: 1, lastReason: 'Error' }],
  },
  'sigkill-exit-137': {
    positive: [{ lastExitCode: 137, lastReason: 'Error' }],
    negative: [{ lastExitCode: 1, lastReason: 'Error' }],
  },
  // ------------------------------------------------------------------ datastores
  'postgres-connection-refused': {
    positive: [
      {
        previousLog: `Error: connect ECONNREFUSED 10.96.12.34:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect',
  address: '10.96.12.34',
  port: 5432
}`,
        lastExitCode: 1,
      },
      {
        previousLog:
          'psycopg2.OperationalError: connection to server at "orders-db.shop.svc.cluster.local" (10.96.12.34), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
        lastExitCode: 1,
      },
      {
        previousLog:
          'org.postgresql.util.PSQLException: Connection to orders-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
        lastExitCode: 1,
      },
      {
        previousLog:
          'failed to connect to `host=orders-db user=orders database=orders`: dial error (dial tcp orders-db:5432: connect: connection refused)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'Error: connect ECONNREFUSED 10.96.5.6:6379' }],
  },
  'postgres-connection-timeout': {
    positive: [
      {
        previousLog:
          '{"time":"2026-05-01T09:59:31Z","level":"ERROR","msg":"cannot start: database unavailable","error":"failed to connect to `user=payment_api database=payments`: payments-db.cluster-cq8e2a1xk0tp.eu-west-1.rds.amazonaws.com:5432 (10.0.12.34): dial error: timeout: dial tcp 10.0.12.34:5432: i/o timeout"}',
        lastExitCode: 1,
      },
      { previousLog: PG_TIMEOUT_NODE, lastExitCode: 1 },
      {
        previousLog:
          'psycopg2.OperationalError: connection to server at "orders-db" (10.96.12.34), port 5432 failed: timeout expired',
        lastExitCode: 1,
      },
      {
        previousLog:
          'Error: connect ETIMEDOUT 10.96.12.34:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
        lastExitCode: 1,
      },
      {
        previousLog:
          'failed to connect to `host=orders-db user=orders database=orders`: dial error (timeout: dial tcp 10.96.12.34:5432: i/o timeout)',
        lastExitCode: 1,
      },
      {
        previousLog:
          'org.postgresql.util.PSQLException: The connection attempt failed.\nCaused by: java.net.SocketTimeoutException: Connect timed out',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO connected to postgres at orders-db:5432 in 12ms (timeout 5000ms)' }],
  },
  'postgres-auth-failed': {
    positive: [
      {
        previousLog:
          'error: password authentication failed for user "orders"\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98)',
        lastExitCode: 1,
      },
      {
        previousLog:
          'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "catalog"',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO authenticated to postgres as user "orders"' }],
  },
  'postgres-too-many-connections': {
    positive: [
      { previousLog: 'error: sorry, too many clients already', lastExitCode: 1 },
      {
        previousLog:
          'psycopg2.OperationalError: connection to server at "orders-db" (10.96.12.34), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'Error: Too many connections', lastExitCode: 1 }],
  },
  'postgres-starting-up': {
    positive: [{ previousLog: 'error: the database system is starting up', lastExitCode: 1 }],
    negative: [{ previousLog: 'INFO database system is ready to accept connections' }],
  },
  'mysql-access-denied': {
    positive: [
      {
        previousLog:
          "Error: Access denied for user 'shop'@'10.244.1.17' (using password: YES)\n    at Packet.asError (/app/node_modules/mysql2/lib/packets/packet.js:740:17) {\n  code: 'ER_ACCESS_DENIED_ERROR',\n  errno: 1045,\n  sqlState: '28000'\n}",
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: "INFO granted access for user 'shop'@'%'" }],
  },
  'mysql-unreachable': {
    positive: [
      {
        previousLog:
          'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
        lastExitCode: 1,
      },
      {
        previousLog:
          "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'mysql' ([Errno 111] Connection refused)\")",
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'Error: connect ECONNREFUSED 10.96.12.34:5432' }],
  },
  'mysql-too-many-connections': {
    positive: [
      {
        previousLog:
          "Error: Too many connections\n    at Packet.asError (/app/node_modules/mysql2/lib/packets/packet.js:740:17) {\n  code: 'ER_CON_COUNT_ERROR',\n  errno: 1040\n}",
        lastExitCode: 1,
      },
      {
        previousLog:
          'com.mysql.cj.jdbc.exceptions.MySQLNonTransientConnectionException: Data source rejected establishment of connection,  message from server: "Too many connections"',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'FATAL:  too many connections for role "reporting"' }],
  },
  'mongodb-server-selection': {
    positive: [
      {
        previousLog:
          "MongoServerSelectionError: connect ECONNREFUSED 10.96.3.4:27017\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38) {\n  reason: TopologyDescription {\n    type: 'Unknown',",
        lastExitCode: 1,
      },
      {
        previousLog:
          "pymongo.errors.ServerSelectionTimeoutError: mongo:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 65f0, topology_type: Unknown, servers: [<ServerDescription ('mongo', 27017) server_type: Unknown, rtt: None>]>",
        lastExitCode: 1,
      },
      {
        previousLog:
          'com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=mongo:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused}}]',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO connected to MongoDB replica set rs0 (primary mongo-0:27017)' }],
  },
  'mongodb-network-error': {
    positive: [
      {
        previousLog:
          'MongoNetworkError: connection 4 to 10.96.3.4:27017 closed\n    at Connection.onClose (/app/node_modules/mongodb/lib/cmap/connection.js:134:19)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO MongoDB connection pool ready (maxPoolSize=100)' }],
  },
  'mongodb-auth-failed': {
    positive: [
      {
        previousLog:
          "MongoServerError: Authentication failed.\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:231:30) {\n  ok: 0,\n  code: 18,\n  codeName: 'AuthenticationFailed'\n}",
        lastExitCode: 1,
      },
      {
        previousLog:
          "pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}",
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO MongoDB authentication mechanism SCRAM-SHA-256 negotiated' }],
  },
  'redis-oom-maxmemory': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          '{"level":"error","msg":"cache write failed","redis":"redis://session-cache.shop.svc:6379/0","err":"ReplyError: OOM command not allowed when used memory > \'maxmemory\'."}',
      },
      {
        previousLog: [
          'INFO django.core.cache: using RedisCache at redis://page-cache:6379/1',
          "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.",
        ].join('\n'),
        lastExitCode: 1,
      },
    ],
    negative: [
      { currentLog: 'INFO redis maxmemory 256mb, policy noeviction' },
      // Nothing says it is a cache: not flushed (redis-oom-role-unknown escalates).
      {
        previousLog:
          "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.",
        lastExitCode: 1,
      },
      // Nextcloud's Memcache client also holds its file locks: a word inside a name is no cache.
      {
        currentLog:
          "OOM command not allowed when used memory > 'maxmemory'. at /var/www/html/lib/private/Memcache/Redis.php#71",
      },
    ],
  },
  'redis-connection-refused': {
    positive: [
      {
        previousLog: '[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.96.5.6:6379',
        lastExitCode: 1,
      },
      {
        previousLog:
          'redis.exceptions.ConnectionError: Error 111 connecting to session-cache:6379. Connection refused.',
        lastExitCode: 1,
      },
      { previousLog: 'dial tcp 10.96.5.6:6379: connect: connection refused', lastExitCode: 1 },
      {
        // An ASP.NET health check of StackExchange.Redis failing a liveness probe.
        signal: 'ProbeFailure',
        currentLog:
          "[08:26:55 ERR] Health check redis with status Unhealthy completed after 5003.8891ms with message 'It was not possible to connect to the redis server(s). UnableToConnect on orders-cache.svc.cluster.local:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync'",
        events: [
          { reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 503' },
        ],
      },
    ],
    negative: [
      { previousLog: 'Error: connect ECONNREFUSED 10.96.12.34:5432' },
      { currentLog: 'UnableToConnect on orders-db:5432/Interactive' },
    ],
  },
  'redis-noauth': {
    positive: [
      {
        previousLog:
          'ReplyError: NOAUTH Authentication required.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)',
        lastExitCode: 1,
      },
      {
        previousLog:
          'redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO redis AUTH ok for user default' }],
  },
  'redis-misconf-persistence': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          "2026-04-06T13:32:36.796Z ERROR [catalog-api] cache write failed key=product:52280\nReplyError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.",
      },
    ],
    negative: [
      { signal: 'Alert', currentLog: "ReplyError: OOM command not allowed when used memory > 'maxmemory'." },
    ],
  },
  'redis-readonly-replica': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          "ReplyError: READONLY You can't write against a read only replica.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)",
      },
    ],
    negative: [{ currentLog: 'INFO redis replica-read-only yes (reads served by replicas)' }],
  },
  'kafka-broker-unreachable': {
    positive: [
      {
        previousLog:
          '2026-03-02 09:41:07,112 WARN  [kafka-producer-network-thread | producer-1] o.a.k.c.NetworkClient - [Producer clientId=producer-1] Connection to node -1 (kafka.shop.svc/10.96.7.8:9092) could not be established. Broker may not be available.',
        lastExitCode: 1,
      },
      {
        previousLog:
          '{"level":"ERROR","timestamp":"2026-03-02T09:41:07.112Z","logger":"kafkajs","message":"[Connection] Connection error: connect ECONNREFUSED 10.96.7.8:9092","broker":"kafka:9092","clientId":"orders"}',
        lastExitCode: 1,
      },
      {
        previousLog:
          '%3|1772444467.112|FAIL|rdkafka#producer-1| [thrd:kafka:9092/bootstrap]: kafka:9092/bootstrap: Connect to ipv4#10.96.7.8:9092 failed: Connection refused (after 0ms in state CONNECT)',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog:
          'INFO [Consumer clientId=orders] Discovered group coordinator kafka-0:9092 (id: 2147483647)',
      },
    ],
  },
  'kafka-leader-not-available': {
    positive: [
      {
        currentLog:
          'WARN [Producer clientId=producer-1] Error while fetching metadata with correlation id 5 : {orders=LEADER_NOT_AVAILABLE}',
        signal: 'Alert',
      },
      {
        previousLog:
          'KafkaJSProtocolError: There is no leader for this topic-partition as we are in the middle of a leadership election',
        lastExitCode: 1,
      },
    ],
    negative: [{ currentLog: 'INFO leader for partition orders-0 is now broker 2' }],
  },
  'kafka-topic-missing': {
    positive: [
      {
        previousLog:
          'org.apache.kafka.common.errors.TimeoutException: Topic order-events not present in metadata after 60000 ms.',
        lastExitCode: 1,
      },
      {
        previousLog:
          'WARN [Consumer clientId=consumer-orders-1, groupId=orders] Error while fetching metadata with correlation id 2 : {payments=UNKNOWN_TOPIC_OR_PARTITION}',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO created topic order-events with 6 partitions' }],
  },
  'rabbitmq-access-refused': {
    positive: [
      {
        previousLog:
          'com.rabbitmq.client.AuthenticationFailureException: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.',
        lastExitCode: 1,
      },
      {
        previousLog:
          'Error: Handshake terminated by server: 403 (ACCESS-REFUSED) with message "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile."',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO connected to RabbitMQ as user orders (vhost /)' }],
  },
  'rabbitmq-connection-refused': {
    positive: [
      {
        previousLog:
          'Error: connect ECONNREFUSED 10.96.9.10:5672\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
        lastExitCode: 1,
      },
      {
        previousLog:
          'org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused\n\tat org.springframework.amqp.rabbit.support.RabbitExceptionTranslator.convertRabbitAccessException(RabbitExceptionTranslator.java:61)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO amqp connection established to rabbitmq:5672' }],
  },
  'rabbitmq-memory-alarm': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          '2026-03-02 09:14:02.118291+00:00 [info] <0.712.0> accepting AMQP connection <0.712.0> (10.42.14.7:51022 -> 10.42.6.33:5672)',
          "2026-03-02 09:24:18.412512+00:00 [warning] <0.498.0> memory resource limit alarm set on node 'rabbit@mq-server-0.mq-nodes.messaging'.",
          '2026-03-02 09:24:18.412512+00:00 [warning] <0.498.0> *** Publishers will be blocked until this alarm clears ***',
        ].join('\n'),
      },
      {
        signal: 'Alert',
        currentLog:
          '2026-03-02 09:26:14.771092+00:00 [info] <0.1284.0> connection <0.1284.0> (10.42.6.21:50312 -> 10.42.2.9:5672 - invoicing) is blocked by resource alarm: memory',
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog:
          "2026-03-02 09:31:40.004511+00:00 [warning] <0.498.0> memory resource limit alarm cleared on node 'rabbit@mq-server-0.mq-nodes.messaging'",
      },
    ],
  },
  'credentials-stale-after-rotation': {
    positive: [
      {
        signal: 'ProbeFailure',
        currentLog:
          '{"ts":"2026-03-02T09:41:04.511Z","level":"error","logger":"db","msg":"pool connect failed","err":"error: password authentication failed for user \\"ledger_reader\\"","code":"28P01"}',
        events: [
          {
            reason: 'SecretRotationComplete',
            type: 'Normal',
            message: 'successfully rotated K8s secret ledger-db-synced',
          },
        ],
      },
      {
        signal: 'Alert',
        currentLog:
          "2026-03-02 09:41:04,511 ERROR sqlalchemy.pool.impl.QueuePool Exception during reset or similar: (pymysql.err.OperationalError) (1045, \"Access denied for user 'orders'@'10.42.3.17' (using password: YES)\")",
        events: [
          {
            reason: 'SecretRotationComplete',
            type: 'Normal',
            message: 'successfully rotated K8s secret orders-db',
          },
        ],
      },
    ],
    negative: [
      {
        // No rotation: the Secret and the database disagree for another reason.
        signal: 'ProbeFailure',
        currentLog: 'FATAL:  password authentication failed for user "ledger_reader"',
      },
    ],
  },
  'rabbitmq-consumer-ack-timeout': {
    positive: [
      {
        signal: 'ProbeFailure',
        currentLog: [
          '[2026-03-02T09:14:02.551Z] info: sending invoice INV-200440 (attachment 38 MB)',
          '[2026-03-02T09:44:02.560Z] error: AMQPChannelError: PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more',
          '    at Channel._handleRPC (/app/node_modules/rabbitmq-client/lib/Channel.js:154:25)',
          "  code: 'PRECONDITION_FAILED'",
          '[2026-03-02T09:45:00.000Z] info: GET /healthz 200 (consumers=0)',
        ].join('\n'),
      },
      {
        signal: 'ProbeFailure',
        currentLog:
          '{"level":"error","error":"AMQPError { kind: Soft(PRECONDITIONFAILED), message: ShortString(\\"PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more\\") }"}',
      },
    ],
    negative: [
      {
        // A crash loop restarts the process already: the channel is reopened at every start.
        signal: 'CrashLoopBackOff',
        lastExitCode: 1,
        previousLog:
          "Unrecoverable error: PreconditionFailed(406, 'PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms.', (0, 0), '')",
      },
      {
        signal: 'ProbeFailure',
        currentLog:
          "amqp.exceptions.PreconditionFailed: Queue.declare: (406) PRECONDITION_FAILED - inequivalent arg 'x-queue-type' for queue 'orders' in vhost '/': received none but current is the value 'quorum' of type 'longstr'",
      },
    ],
  },
  'rabbitmq-precondition-failed': {
    positive: [
      {
        previousLog:
          "Error: Channel closed by server: 406 (PRECONDITION-FAILED) with message \"PRECONDITION_FAILED - inequivalent arg 'x-queue-type' for queue 'orders' in vhost '/': received the value 'quorum' of type 'longstr' but current is none\"",
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: "INFO declared queue 'orders' (x-queue-type=quorum)" }],
  },
  'cassandra-unavailable': {
    positive: [
      {
        previousLog:
          '2026-03-20T08:19:55.085Z ERROR [cassandra-writer] com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException: Cassandra timeout during SIMPLE write query at consistency LOCAL_QUORUM (2 replica were required but only 1 acknowledged the write)',
        lastExitCode: 1,
      },
      {
        previousLog:
          'com.datastax.oss.driver.api.core.AllNodesFailedException: All 1 node(s) tried for the query failed (showing first 1 nodes, use getAllErrors() for more): Node(endPoint=cassandra/10.96.20.4:9042, hostId=null, hashCode=6d1f3a2b): [io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: cassandra/10.96.20.4:9042]',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO cassandra session established with 3 nodes in datacenter eu-west-1' }],
  },
  'zookeeper-session-expired': {
    positive: [
      {
        previousLog:
          '2026-06-22T14:07:46.074Z ERROR [zk] org.apache.zookeeper.KeeperException$SessionExpiredException: KeeperErrorCode = Session expired for /brokers/ids',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog:
          'INFO [zk] Session establishment complete on server zk-0/10.96.1.2:2181, session id = 0x1000',
      },
    ],
  },
  'elasticsearch-flood-stage': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          '{"error":{"root_cause":[{"type":"cluster_block_exception","reason":"index [logs-2026.03.02] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"}],"type":"cluster_block_exception","reason":"index [logs-2026.03.02] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"},"status":429}',
      },
    ],
    negative: [
      {
        currentLog:
          '{"error":{"type":"cluster_block_exception","reason":"blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];"},"status":503}',
      },
    ],
  },
  'elasticsearch-circuit-breaker': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          '{"error":{"root_cause":[{"type":"circuit_breaking_exception","reason":"[parent] Data too large, data for [<http_request>] would be [1024122312/976.6mb], which is larger than the limit of [1020054732/972.7mb], real usage: [1024122312/976.6mb], new bytes reserved: [0/0b]","bytes_wanted":1024122312,"bytes_limit":1020054732,"durability":"PERMANENT"}],"type":"circuit_breaking_exception"},"status":429}',
      },
    ],
    negative: [{ currentLog: 'INFO circuit breaker for payments-api closed after 3 successful calls' }],
  },
  'elasticsearch-unreachable': {
    positive: [
      {
        previousLog:
          'NoNodesAvailableException[None of the configured nodes are available: [{#transport#-1}{Yl3pW0gQQ2a}{elasticsearch}{10.96.4.5:9300}]]',
        lastExitCode: 1,
      },
      {
        previousLog:
          'ConnectionError: connect ECONNREFUSED 10.96.4.5:9200\n    at ClientRequest.onError (/app/node_modules/@elastic/transport/lib/connection/HttpConnection.js:198:33)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO elasticsearch cluster health green (3 nodes)' }],
  },
  // ------------------------------------------------------------------ network
  'dns-not-found': {
    positive: [
      {
        previousLog:
          "Error: getaddrinfo ENOTFOUND payments-api.shop.svc.cluster.local\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26) {\n  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'payments-api.shop.svc.cluster.local'\n}",
        lastExitCode: 1,
      },
      {
        previousLog:
          'level=error msg="request failed" err="Get \\"http://payments-api/v1/health\\": dial tcp: lookup payments-api on 10.96.0.10:53: no such host"',
        lastExitCode: 1,
      },
      {
        previousLog: 'java.net.UnknownHostException: payments-api: Name or service not known',
        lastExitCode: 1,
      },
      // Resolvers that name the host in their own words: proxies at start-up, .NET, librdkafka.
      {
        previousLog:
          "[ALERT]    (1) : config : parsing [/etc/haproxy/haproxy.cfg:18] : 'server be_orders/o1' : could not resolve address 'orders-api.shop.svc.cluster.local'.\n[ALERT]    (1) : config : Failed to initialize server(s) addr.",
        lastExitCode: 1,
      },
      {
        previousLog:
          '{"@t":"2026-03-02T09:41:07.000Z","@l":"Error","@mt":"Health check failed","@x":"System.Net.Http.HttpRequestException: No such host is known. (ledger-api.shop.svc.cluster.local:80)\\n ---> System.Net.Sockets.SocketException (11001): No such host is known."}',
        lastExitCode: 1,
      },
      {
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="producer init failed" err="unable to resolve host \'kafka-0.kafka-headless.data.svc\'"',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO resolved payments-api.shop.svc.cluster.local to 10.96.44.1' }],
  },
  'dns-temporary-failure': {
    positive: [
      {
        previousLog:
          "urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f3a1c2b4d10>: Failed to resolve 'api.stripe.com' ([Errno -3] Temporary failure in name resolution)",
        lastExitCode: 1,
      },
      { previousLog: 'Error: getaddrinfo EAI_AGAIN payments-api', lastExitCode: 1 },
      {
        previousLog:
          'dial tcp: lookup payments-api on 10.96.0.10:53: read udp 10.244.1.5:45678->10.96.0.10:53: i/o timeout',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'getaddrinfo ENOTFOUND payments-api' }],
  },
  'tls-cert-expired': {
    positive: [
      {
        previousLog:
          'level=error msg="webhook delivery failed" err="Post \\"https://hooks.partner.example/v1\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-03-02T09:41:07Z is after 2026-02-28T23:59:59Z"',
        lastExitCode: 1,
      },
      {
        previousLog:
          "Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) {\n  code: 'CERT_HAS_EXPIRED'\n}",
        lastExitCode: 1,
      },
      // OpenSSL's wording (curl, PHP, Ruby) and the alert a server sends when the client certificate expired.
      {
        previousLog:
          'PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\RequestException: cURL error 60: SSL certificate problem: certificate has expired (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.carrier.example/v1/rates',
        lastExitCode: 255,
      },
      {
        previousLog:
          '{"level":"error","time":"2026-03-02T09:41:07Z","message":"mTLS call failed","error":"SSL_connect returned=1 errno=0 peeraddr=10.0.8.4:8443 state=error: sslv3 alert certificate expired"}',
        lastExitCode: 1,
      },
      {
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="sync failed" err="OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: certificate verify failed (certificate has expired)"',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO certificate expires in 29 days (renewal scheduled)' }],
  },
  'tls-unknown-authority': {
    positive: [
      {
        previousLog:
          'Get "https://vault.internal:8200/v1/sys/health": tls: failed to verify certificate: x509: certificate signed by unknown authority',
        lastExitCode: 1,
      },
      {
        previousLog:
          'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
        lastExitCode: 1,
      },
      {
        previousLog:
          "Error: self-signed certificate in certificate chain\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) {\n  code: 'SELF_SIGNED_CERT_IN_CHAIN'\n}",
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO loaded 142 CA certificates from /etc/ssl/certs' }],
  },
  'tls-hostname-mismatch': {
    positive: [
      {
        previousLog:
          'Get "https://10.0.3.7/": tls: failed to verify certificate: x509: certificate is valid for api.example.com, www.example.com, not payments.example.com',
        lastExitCode: 1,
      },
      {
        previousLog:
          "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: payments.internal. is not in the cert's altnames: DNS:api.internal",
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO TLS handshake with payments.example.com completed (TLSv1.3)' }],
  },
  'grpc-unavailable': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          '2026-01-27T07:42:11.939Z\terror\tcart/handler.go:831\tinventory lookup failed\t{"sku": "SKU-42710", "error": "rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.104.78.174:50051: connect: connection refused\\""}',
      },
      {
        previousLog:
          'io.grpc.StatusRuntimeException: UNAVAILABLE: io exception\nCaused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: inventory.shop.svc.cluster.local/10.104.78.174:50051',
        lastExitCode: 1,
      },
    ],
    negative: [{ signal: 'Alert', currentLog: 'rpc error: code = NotFound desc = sku SKU-1 not found' }],
  },
  'grpc-deadline-exceeded': {
    positive: [
      {
        previousLog:
          '2026-11-20T15:21:07.001Z ERROR [grpc] rpc error: code = DeadlineExceeded desc = context deadline exceeded (fraud-scoring 10.83.86.210:50051)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'WARN request took 900ms (deadline 1s)' }],
  },
  'dependency-connection-refused': {
    positive: [
      {
        previousLog:
          'Error: connect ECONNREFUSED 10.96.44.7:8080\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
        lastExitCode: 1,
      },
      {
        previousLog:
          'Get "http://pricing:8080/v1/prices": dial tcp 10.96.44.7:8080: connect: connection refused',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO connection to pricing:8080 established' }],
  },
  'smtp-auth-failed': {
    positive: [
      {
        previousLog:
          '2026-08-07T17:30:04.493Z ERROR [smtp] Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO smtp: 250 2.0.0 OK queued as 4F2A1' }],
  },
  'upstream-api-key-revoked': {
    positive: [
      {
        previousLog:
          '{"level":"error","msg":"upstream call failed","url":"https://api.payments.example.com/v1/charges","status":401,"body":{"error":{"code":"api_key_revoked","message":"API key revoked"}}}\nError: Request failed with status code 401',
        lastExitCode: 1,
      },
      {
        previousLog:
          'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.payments.example.com/v1/charges',
        lastExitCode: 1,
      },
      {
        previousLog:
          '2026-06-08T04:59:47.915Z ERROR [payment-gateway] charge failed request_id=req_b0ae19a01f6a6b\nStripeAuthenticationError: Invalid API Key provided: sk_live_**********************45d0\n    at res.toJSON.then.StripeAPIError.message (/app/node_modules/stripe/cjs/RequestSender.js:104:31)',
        lastExitCode: 1,
      },
      {
        signal: 'Alert',
        currentLog:
          "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}",
      },
    ],
    negative: [
      { previousLog: 'INFO api key loaded from /var/run/secrets/payments (rotated 3 days ago)' },
      { previousLog: 'processed 401 orders in 12.3s' },
    ],
  },
  'http-client-pool-exhausted': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          '2026-03-02 09:41:07,264 [XNIO-1 task-2] ERROR [c.e.reports.ExportHandler] ExportHandler.java:96 - export failed',
          'com.amazonaws.SdkClientException: Unable to execute HTTP request: Timeout waiting for connection from pool',
          '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleRetryableException(AmazonHttpClient.java:1175)',
          '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeHelper(AmazonHttpClient.java:1121)',
        ].join('\n'),
      },
      // Behind a liveness kill: the pool is the cause, the probe its symptom.
      {
        signal: 'ProbeFailure',
        events: [
          {
            reason: 'Unhealthy',
            message:
              'Liveness probe failed: Get "http://10.0.3.7:8081/actuator/health/liveness": context deadline exceeded',
          },
        ],
        previousLog: [
          '2026-03-02 09:41:07.173 ERROR 1 --- [tyEventLoop-5-1] c.e.queue.SqsPoller : poll failed',
          'java.util.concurrent.CompletionException: software.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP request: Acquire operation took longer than the configured maximum time. This indicates that a request cannot get a connection from the pool within the specified maximum time. This can be due to high request rate.',
          'Caused by: java.util.concurrent.TimeoutException: Acquire operation took longer than 20000 milliseconds.',
        ].join('\n'),
        lastExitCode: 137,
      },
    ],
    negative: [
      {
        currentLog: '2026-03-02 09:41:07 INFO connection pool stats: leased=12 pending=0 available=38 max=50',
      },
    ],
  },
  'migration-left-dirty': {
    positive: [
      {
        signal: 'CrashLoopBackOff',
        previousLog: [
          'time="2026-03-02T09:41:07Z" level=info msg="storage: applying PostgreSQL data migrations"',
          'time="2026-03-02T09:41:07Z" level=fatal msg="setup storage error: storage: migrate up error: Dirty database version 27. Fix and force version."',
        ].join('\n'),
        lastExitCode: 1,
      },
      // Flyway on MySQL, whose DDL is not transactional: the failed run stays in the schema history.
      {
        signal: 'CrashLoopBackOff',
        previousLog: [
          '2026-03-02 09:41:07.112 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed',
          'org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation',
          'Detected failed migration to version 3 (re init).',
          'Please remove any half-completed changes then run repair to fix the schema history.',
        ].join('\n'),
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog:
          'time="2026-03-02T09:41:07Z" level=info msg="migrations: database version 27, not dirty"',
      },
    ],
  },
  'liveness-kill-during-recovery': {
    positive: [
      // A ScyllaDB node joining its cluster, streaming its ranges from peers.
      {
        signal: 'ProbeFailure',
        lastReason: 'Error',
        lastExitCode: 137,
        events: [
          { reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 503' },
          {
            reason: 'Killing',
            type: 'Normal',
            message: 'Container app failed liveness probe, will be restarted',
          },
        ],
        currentLog: [
          'INFO  2026-03-02 09:02:52,118 [shard 0] storage_service - entering JOINING mode',
          'INFO  2026-03-02 09:02:52,120 [shard 0] storage_service - JOINING: Starting to bootstrap...',
          'INFO  2026-03-02 09:27:48,902 [shard 1] range_streamer - Bootstrap with 10.0.4.22 for keyspace=catalog: 71% of ranges streamed',
        ].join('\n'),
      },
      // A Galera joiner in a state transfer from its donor.
      {
        signal: 'CrashLoopBackOff',
        events: [
          {
            reason: 'Unhealthy',
            message: 'Liveness probe failed: command "healthcheck.sh --connect" timed out',
          },
          {
            reason: 'Killing',
            type: 'Normal',
            message: 'Container mariadb failed liveness probe, will be restarted',
          },
        ],
        previousLog: [
          "2026-03-02  9:41:07 0 [Note] WSREP: Member 1.0 (galera-1) requested state transfer from '*any*'. Selected 0.0 (galera-0)(SYNCED) as donor.",
          'WSREP_SST: [INFO] Waiting for SST streaming to complete! (20260302 09:41:08.410)',
        ].join('\n'),
        lastExitCode: 137,
      },
      // PostgreSQL replaying its WAL after an unclean stop.
      {
        signal: 'ProbeFailure',
        events: [
          {
            reason: 'Unhealthy',
            message: 'Liveness probe failed: /bin/sh: pg_isready: the database system is starting up',
          },
        ],
        previousLog: [
          '2026-03-02 09:41:07.112 UTC [27] LOG:  database system was not properly shut down; automatic recovery in progress',
          '2026-03-02 09:41:07.130 UTC [27] LOG:  redo starts at 3A/8C000028',
        ].join('\n'),
        lastExitCode: 137,
      },
    ],
    negative: [
      // Recovery finished long ago: the kill is something else.
      {
        signal: 'ProbeFailure',
        events: [
          { reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503' },
        ],
        previousLog: '2026-03-02 09:41:07.130 UTC [27] LOG:  redo starts at 3A/8C000028',
      },
    ],
  },
  'oversized-input': {
    positive: [
      // A Pillow worker killed by the kernel on an image past its decompression-bomb limit.
      {
        signal: 'OOMKilled',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
        previousLog: [
          "09:41:07 thumbnails: app.tasks.render_thumbnail('uploads/8f/3c1e9a.png') (4b1f0c52-77aa-4e1d-9b8b-2c7e0a6f1d33)",
          '/usr/local/lib/python3.11/site-packages/PIL/Image.py:3186: DecompressionBombWarning: Image size (150000000 pixels) exceeds limit of 89478485 pixels, could be decompression bomb DOS attack.',
          '  warnings.warn(',
        ].join('\n'),
      },
      {
        signal: 'Alert',
        currentLog:
          '{"level":50,"time":1772444467000,"msg":"resize failed","err":{"type":"Error","message":"Input image exceeds pixel limit","stack":"Error: Input image exceeds pixel limit"}}',
      },
    ],
    negative: [{ currentLog: 'INFO resized 1200x800 image to 400x267 in 38 ms (limit 268402689 pixels)' }],
  },
  'thread-wedged': {
    positive: [
      {
        signal: 'ProbeFailure',
        currentLog: [
          '09:27:41.004 [vertx-blocked-thread-checker] WARN  i.v.c.i.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 422751 ms, time limit is 2000 ms',
          'io.vertx.core.VertxException: Thread blocked',
          '\tat java.base/jdk.internal.misc.Unsafe.park(Native Method)',
          '\tat java.base/java.util.concurrent.locks.ReentrantLock.lock(ReentrantLock.java:322)',
          '\tat com.example.quotes.pricing.RateCache.refresh(RateCache.java:118)',
          '09:28:00.011 [vert.x-eventloop-thread-2] INFO  c.e.q.http.AccessLog - GET /healthz 200 1ms',
        ].join('\n'),
      },
    ],
    negative: [
      {
        // Seconds: a slow handler under load, not a wedge.
        signal: 'ProbeFailure',
        currentLog:
          '09:20:41.002 [vertx-blocked-thread-checker] WARN  i.v.c.i.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 2751 ms, time limit is 2000 ms',
      },
      {
        // A minute is a long blocking call on a worker thread, not yet a wedge.
        signal: 'ProbeFailure',
        currentLog:
          '09:27:41.004 [vertx-blocked-thread-checker] WARN  i.v.c.i.BlockedThreadChecker - Thread Thread[vert.x-worker-thread-3,5,main] has been blocked for 61022 ms, time limit is 60000 ms',
      },
    ],
  },
  'thread-pool-starved': {
    positive: [
      // Kestrel behind a liveness kill: the starvation is the cause, the probe its symptom.
      {
        signal: 'ProbeFailure',
        events: [
          {
            reason: 'Unhealthy',
            message:
              'Liveness probe failed: Get "http://10.0.9.44:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
          },
        ],
        previousLog: [
          'warn: Microsoft.AspNetCore.Server.Kestrel[22]',
          '      As of "03/02/2026 09:41:07 +00:00", the heartbeat has been running for "00:00:06.0410291" which is longer than "00:00:01". This could be caused by thread pool starvation.',
        ].join('\n'),
        lastExitCode: 137,
      },
      {
        signal: 'Alert',
        currentLog:
          '2026-03-02 09:41:07,958 WARNING [io.ver.cor.imp.BlockedThreadChecker] (vertx-blocked-thread-checker) Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 4486 ms, time limit is 2000 ms: io.vertx.core.VertxException: Thread blocked',
      },
    ],
    negative: [
      {
        currentLog:
          'info: Quotes.Api.Metrics[0] threadpool thread_count=24 queue_length=0 completed_items_per_sec=840',
      },
    ],
  },
  'sql-write-on-read-only-node': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          'time=2026-03-02T09:41:07.004Z level=warn msg="db connection reset" err="unexpected EOF" pool=orders-rw reconnected=true',
          'time=2026-03-02T09:41:12.881Z level=error msg="create order failed" err="ERROR: cannot execute INSERT in a read-only transaction (SQLSTATE 25006)"',
        ].join('\n'),
      },
      {
        signal: 'Alert',
        currentLog:
          '{"level":"error","time":"2026-03-02T09:41:07.551Z","msg":"POST /orders failed","err":{"code":"ER_OPTION_PREVENTS_STATEMENT","errno":1290,"sqlMessage":"The MySQL server is running with the --read-only option so it cannot execute this statement"}}',
      },
    ],
    negative: [{ currentLog: 'INFO report query ran on the read-only replica in 212 ms' }],
  },
  'upstream-forbidden': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.partner.example/v2/orders',
      },
      // Service APIs that say 403 in their own words (Consul, Nomad ACL tokens).
      {
        signal: 'Alert',
        currentLog:
          '2026-03-02T09:41:07.000Z [ERR] (view) kv.get(config/billing): Unexpected response code: 403 (ACL not found)',
      },
      {
        signal: 'Alert',
        currentLog:
          '{"@level":"error","@message":"failed to write lock","@timestamp":"2026-03-02T09:41:07Z","error":"Unexpected response code: 403 (Permission denied: token with AccessorID \'4f1e2d3c-0b9a-8877-6655-443322110000\' lacks permission \'key:write\' on \\"locks/billing\\")"}',
      },
      {
        signal: 'Alert',
        currentLog:
          'time=2026-03-02T09:41:07Z level=error msg="job submit failed" err="Unexpected response code: 403 (Permission denied)"',
      },
      // Google's API clients, in a sidecar that exits on it.
      {
        signal: 'CrashLoopBackOff',
        previousLog:
          '2026/02/11 08:27:03 The proxy has encountered a terminal error: unable to start: failed to get instance: Refresh error: failed to get instance metadata (connection name = "shop:europe-west1:orders"): googleapi: Error 403: The client is not authorized to make this request., notAuthorized',
      },
    ],
    negative: [
      { currentLog: 'served 403 requests in the last minute' },
      {
        currentLog:
          '10.244.0.1 - - [11/Feb/2026:08:27:03 +0000] "GET /admin HTTP/1.1" 403 153 "-" "curl/8.5.0"',
      },
    ],
  },
  'upstream-rate-limited': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          '{"level":"warn","msg":"upstream throttled","url":"https://api.github.com/repos/acme/shop/pulls","status":429,"retryAfter":60}',
      },
      { signal: 'Alert', currentLog: 'Error: Request failed with status code 429' },
      {
        signal: 'Alert',
        currentLog:
          'E0302 09:41:07.000000       1 sync.go:190] "Failed to create Order resource" err="429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates already issued for \\"example.org\\""',
      },
    ],
    negative: [
      {
        currentLog: 'INFO rate limiter configured: 429 responses will be retried with backoff',
        signal: 'Alert',
      },
    ],
  },
  // ------------------------------------------------------------------ platform
  'node-problem-condition': {
    positive: [
      {
        signal: 'Alert',
        reason: 'ContainerCreating',
        node: {
          ready: 'True',
          conditions: [
            {
              type: 'KernelDeadlock',
              status: 'True',
              reason: 'DockerHung',
              message: 'kernel: INFO: task docker:7 blocked for more than 300 seconds.',
            },
          ],
        },
        events: [
          {
            reason: 'FailedKillPod',
            message: 'error killing pod: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'Alert',
        node: {
          ready: 'True',
          conditions: [
            {
              type: 'KernelDeadlock',
              status: 'False',
              reason: 'KernelHasNoDeadlock',
              message: 'kernel has no deadlock',
            },
          ],
        },
        previousLog: 'panic: runtime error: index out of range [3] with length 3',
        lastExitCode: 2,
      },
    ],
  },
  'node-runtime-storage-read-only': {
    positive: [
      {
        signal: 'FailedMount',
        reason: 'ContainerCreating',
        events: [
          {
            reason: 'FailedMount',
            message:
              'MountVolume.SetUp failed for volume "kube-api-access-7xk2p" : mkdir /var/lib/kubelet/pods/d5277dcb-d0e8-11e5-8d44-0a58bb451775/volumes/kubernetes.io~projected/kube-api-access-7xk2p: read-only file system',
          },
        ],
      },
      {
        signal: 'CreateContainerError',
        reason: 'ContainerCreating',
        events: [
          {
            reason: 'FailedCreatePodSandBox',
            message:
              'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd container: read-only file system',
          },
        ],
      },
    ],
    negative: [
      // The container's own root filesystem is read-only by design: its spec, not the node.
      {
        previousLog: 'open /var/cache/nginx/client_temp: read-only file system',
        lastExitCode: 1,
      },
      // The same words in the container's own termination message move no node.
      {
        lastExitCode: 1,
        lastMessage: 'mkdir /var/lib/kubelet/pods/x/volumes: read-only file system',
      },
    ],
  },
  'disk-full': {
    positive: [
      {
        previousLog:
          "Error: ENOSPC: no space left on device, write\n    at Object.writeSync (node:fs:936:3) {\n  errno: -28,\n  code: 'ENOSPC',\n  syscall: 'write'\n}",
        lastExitCode: 1,
      },
      {
        previousLog:
          '2026-03-02 09:41:07.112 UTC [61] PANIC:  could not write to file "pg_wal/xlogtemp.61": No space left on device',
        lastExitCode: 1,
      },
      {
        // RabbitMQ guards its own volume: publishers blocked by the disk alarm.
        signal: 'Alert',
        currentLog: [
          '2026-03-02 09:41:07.112 [info] <0.512.0> Free disk space is insufficient. Free bytes: 48123904. Limit: 50000000',
          '2026-03-02 09:41:07.113 [warning] <0.508.0> disk resource limit alarm set on node rabbit@rabbitmq-0.',
        ].join('\n'),
      },
    ],
    negative: [{ previousLog: 'INFO disk usage 41% of /data' }],
  },
  'ephemeral-storage-eviction': {
    positive: [
      {
        signal: 'Evicted',
        podReason: 'Evicted',
        podMessage:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 8723Mi. Container app was using 12Gi, request is 0, has larger consumption of ephemeral-storage. ',
      },
      {
        signal: 'Evicted',
        podReason: 'Evicted',
        podMessage: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. ',
      },
    ],
    negative: [
      {
        signal: 'Evicted',
        podReason: 'Evicted',
        podMessage: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 91300Ki. ',
      },
    ],
  },
  'too-many-open-files': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          '2026/03/02 09:41:07 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s',
      },
      {
        previousLog:
          "Error: EMFILE: too many open files, open '/app/data/catalog/sku-88123.json'\n    at Object.openSync (node:fs:573:18)",
        lastExitCode: 1,
      },
    ],
    negative: [{ currentLog: 'INFO open files: 812 (limit 1048576)', signal: 'Alert' }],
  },
  'too-many-open-files-at-start': {
    positive: [
      {
        reason: 'CrashLoopBackOff',
        lastExitCode: 1,
        previousLog: [
          'level=info ts=2026-03-02T09:41:07.246Z caller=server.go:322 msg="server listening on addresses"',
          'level=error ts=2026-03-02T09:41:07.247Z caller=main.go:169 msg="error creating promtail" error="failed to make file target manager: too many open files"',
        ].join('\n'),
      },
      {
        reason: 'CrashLoopBackOff',
        lastExitCode: 1,
        previousLog:
          "Error: EMFILE: too many open files, watch '/app/config'\n    at FSWatcher.<computed> (node:internal/fs/watchers:247:19)",
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog:
          '2026/03/02 09:41:07 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s',
      },
    ],
  },
  'aws-access-denied': {
    positive: [
      {
        previousLog:
          'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/orders-irsa/botocore-session-1772444467 is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders because no identity-based policy allows the dynamodb:PutItem action',
        lastExitCode: 1,
      },
      {
        previousLog:
          'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
        lastExitCode: 1,
      },
      {
        // Loki (AWS SDK for Go v2), logfmt: a bucket policy that refuses.
        signal: 'Alert',
        currentLog:
          'level=error ts=2026-03-02T09:41:07.112Z caller=flush.go:143 msg="failed to flush chunks" err="store put chunk: operation error S3: PutObject, https response error StatusCode: 403, RequestID: 1A2B3C4D5E6F7081, HostID: q1w2e3r4t5y6u7i8o9p0, api error AccessDenied: Access Denied"',
      },
      {
        // A Go service, JSON: any service's 403 through SDK v2, whatever the error code.
        signal: 'Alert',
        currentLog:
          '{"level":"error","ts":"2026-03-02T09:41:07.112Z","msg":"query failed","error":"operation error DynamoDB: Query, https response error StatusCode: 403, RequestID: 8J2K4L6M8N0P, api error UnauthorizedOperation: You are not authorized to perform this operation."}',
      },
      {
        // Airflow (boto3), plain: access to the object disabled by its owner.
        previousLog:
          'botocore.exceptions.ClientError: An error occurred (AllAccessDisabled) when calling the PutObject operation: All access to this object has been disabled',
        lastExitCode: 1,
      },
    ],
    negative: [
      { previousLog: 'INFO assumed role arn:aws:iam::123456789012:role/orders-irsa' },
      {
        signal: 'Alert',
        currentLog:
          'level=warn ts=2026-03-02T09:41:07Z msg="object missing" err="operation error S3: GetObject, https response error StatusCode: 404, RequestID: 9Z8Y7X6W, api error NoSuchKey: The specified key does not exist."',
      },
    ],
  },
  'irsa-web-identity': {
    positive: [
      {
        previousLog:
          'WebIdentityErr: failed to retrieve credentials\ncaused by: InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.eu-west-1.amazonaws.com/id/8A1F1C2D3E4F5A6B7C8D9E0F1A2B3C4D\n\tstatus code: 400, request id: 3f1b2c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
        lastExitCode: 1,
      },
      {
        previousLog:
          'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
        lastExitCode: 1,
      },
      {
        previousLog:
          'CredentialsProviderError: Could not load credentials from any providers\n    at /app/node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js:122:13',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog:
          'INFO using web identity credentials for role arn:aws:iam::123456789012:role/orders-irsa',
      },
    ],
  },
  'file-permission-denied': {
    positive: [
      {
        previousLog:
          "Error: EACCES: permission denied, mkdir '/app/uploads/tmp'\n    at Object.mkdirSync (node:fs:1372:26) {\n  errno: -13,\n  code: 'EACCES'",
        lastExitCode: 1,
      },
      { previousLog: "PermissionError: [Errno 13] Permission denied: '/data/index.db'", lastExitCode: 1 },
      {
        previousLog:
          '2026/03/02 09:41:07 [emerg] 1#1: mkdir() "/var/cache/nginx/client_temp" failed (13: Permission denied)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'WARN request denied: user 42 lacks permission orders:write' }],
  },
  'read-only-filesystem': {
    positive: [
      {
        previousLog:
          '2026/03/02 09:41:07 [emerg] 1#1: mkdir() "/var/cache/nginx/client_temp" failed (30: Read-only file system)',
        lastExitCode: 1,
      },
      { previousLog: "OSError: [Errno 30] Read-only file system: '/app/.cache'", lastExitCode: 1 },
    ],
    negative: [{ previousLog: 'INFO config mounted read-only at /etc/app' }],
  },
  'run-as-non-root-violation': {
    positive: [
      {
        signal: 'CreateContainerConfigError',
        reason: 'CreateContainerConfigError',
        message:
          'container has runAsNonRoot and image will run as root (pod: "web-6d5f7c9b8-x2x4q_shop(0b0c)", container: app)',
      },
    ],
    negative: [
      {
        signal: 'CreateContainerConfigError',
        reason: 'CreateContainerConfigError',
        message: 'secret "x" not found',
      },
    ],
  },
  // ------------------------------------------------------------------ kubernetes
  'image-not-found': {
    positive: [
      {
        signal: 'ImagePullBackOff',
        currentLog:
          '2026-04-02T12:17:49.284Z Warning  Failed  pod/storefront-b3355de81-lkbt4  Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront:3.8.10": rpc error: code = NotFound desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront:3.8.10": failed to resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront:3.8.10": 123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront:3.8.10: not found',
      },
      {
        signal: 'ImagePullBackOff',
        reason: 'ImagePullBackOff',
        message: 'Back-off pulling image "registry.example.com/shop/catalog:2.4.1"',
        events: [
          {
            reason: 'Failed',
            message:
              'Failed to pull image "registry.example.com/shop/catalog:2.4.1": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/shop/catalog:2.4.1": failed to resolve reference "registry.example.com/shop/catalog:2.4.1": registry.example.com/shop/catalog:2.4.1: not found',
          },
          { reason: 'Failed', message: 'Error: ErrImagePull' },
          {
            reason: 'BackOff',
            type: 'Normal',
            message: 'Back-off pulling image "registry.example.com/shop/catalog:2.4.1"',
          },
        ],
      },
      {
        signal: 'ErrImagePull',
        reason: 'ErrImagePull',
        message:
          'rpc error: code = Unknown desc = Error response from daemon: manifest for nginx:1.99 not found: manifest unknown: manifest unknown',
      },
    ],
    negative: [
      {
        signal: 'ErrImagePull',
        reason: 'ErrImagePull',
        events: [
          {
            reason: 'Failed',
            message:
              'Failed to pull image "nginx:1.27": rpc error: code = DeadlineExceeded desc = context deadline exceeded',
          },
        ],
      },
      {
        signal: 'CrashLoopBackOff',
        reason: 'CrashLoopBackOff',
        previousLog: 'Error: template "emails/welcome" not found',
      },
    ],
  },
  'image-pull-unauthorized': {
    positive: [
      {
        signal: 'ErrImagePull',
        reason: 'ErrImagePull',
        events: [
          {
            reason: 'Failed',
            message:
              'Failed to pull image "registry.example.com/private/billing:3.1.0": rpc error: code = Unknown desc = failed to pull and unpack image "registry.example.com/private/billing:3.1.0": failed to resolve reference "registry.example.com/private/billing:3.1.0": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
          },
        ],
      },
      {
        signal: 'ImagePullBackOff',
        reason: 'ImagePullBackOff',
        events: [
          {
            reason: 'Failed',
            message:
              'Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing:3.1.0": rpc error: code = Unknown desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing:3.1.0": failed to resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing:3.1.0": unexpected status from HEAD request to https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/billing/manifests/3.1.0: 403 Forbidden',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'CrashLoopBackOff',
        reason: 'CrashLoopBackOff',
        previousLog:
          'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.partner.example/v2',
      },
    ],
  },
  'image-pull-rate-limited': {
    positive: [
      {
        signal: 'ErrImagePull',
        reason: 'ErrImagePull',
        events: [
          {
            reason: 'Failed',
            message:
              'Failed to pull image "nginx:1.27": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/nginx:1.27": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/nginx/manifests/sha256:0a8c1f: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
          },
        ],
      },
    ],
    negative: [{ signal: 'Alert', currentLog: 'Error: Request failed with status code 429' }],
  },
  'image-invalid-name': {
    positive: [
      {
        signal: 'ErrImagePull',
        reason: 'InvalidImageName',
        message:
          'Failed to apply default image tag "registry.example.com/Shop/Web:latest": couldn\'t parse image name "registry.example.com/Shop/Web:latest": invalid reference format: repository name must be lowercase',
      },
    ],
    negative: [{ signal: 'ErrImagePull', reason: 'ErrImagePull' }],
  },
  'image-pull-backoff': {
    positive: [
      {
        signal: 'ImagePullBackOff',
        reason: 'ImagePullBackOff',
        message: 'Back-off pulling image "registry.example.com/shop/web:1.9.0"',
        events: [
          {
            reason: 'Failed',
            message:
              'Failed to pull image "registry.example.com/shop/web:1.9.0": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "registry.example.com/shop/web:1.9.0": failed to resolve reference "registry.example.com/shop/web:1.9.0": failed to do request: Head "https://registry.example.com/v2/shop/web/manifests/1.9.0": dial tcp 10.0.9.9:443: i/o timeout',
          },
        ],
      },
    ],
    negative: [
      { signal: 'CrashLoopBackOff', reason: 'CrashLoopBackOff', previousLog: 'pulling latest prices' },
    ],
  },
  'liveness-probe-failed': {
    positive: [
      {
        signal: 'ProbeFailure',
        lastExitCode: 137,
        lastReason: 'Error',
        events: [
          {
            reason: 'Unhealthy',
            message:
              'Liveness probe failed: Get "http://10.244.1.7:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
            count: 12,
          },
          {
            reason: 'Killing',
            type: 'Normal',
            message: 'Container app failed liveness probe, will be restarted',
          },
        ],
      },
      {
        signal: 'CrashLoopBackOff',
        reason: 'CrashLoopBackOff',
        lastExitCode: 143,
        events: [
          {
            reason: 'Unhealthy',
            message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
            count: 9,
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'ProbeFailure',
        events: [
          { reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503' },
        ],
      },
    ],
  },
  'readiness-probe-failed': {
    positive: [
      {
        signal: 'ProbeFailure',
        events: [
          {
            reason: 'Unhealthy',
            message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
            count: 40,
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'ProbeFailure',
        events: [
          { reason: 'Unhealthy', message: 'Startup probe failed: HTTP probe failed with statuscode: 503' },
        ],
      },
    ],
  },
  'startup-probe-failed': {
    positive: [
      {
        signal: 'ProbeFailure',
        events: [
          {
            reason: 'Unhealthy',
            message:
              'Startup probe failed: Get "http://10.244.1.7:8080/ready": dial tcp 10.244.1.7:8080: connect: connection refused',
            count: 30,
          },
          {
            reason: 'Killing',
            type: 'Normal',
            message: 'Container app failed startup probe, will be restarted',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'ProbeFailure',
        events: [
          { reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500' },
        ],
      },
    ],
  },
  'secret-not-found': {
    positive: [
      {
        signal: 'CreateContainerConfigError',
        reason: 'CreateContainerConfigError',
        message: 'secret "catalog-db-credentials" not found',
        events: SECRET_EVENTS,
      },
      {
        signal: 'Alert',
        events: [
          {
            reason: 'FailedMount',
            message: 'MountVolume.SetUp failed for volume "tls" : secret "web-tls" not found',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'CreateContainerConfigError',
        reason: 'CreateContainerConfigError',
        message: 'configmap "catalog-config" not found',
      },
    ],
  },
  'configmap-not-found': {
    positive: [
      {
        signal: 'CreateContainerConfigError',
        reason: 'CreateContainerConfigError',
        message: 'configmap "catalog-config" not found',
        events: [{ reason: 'Failed', message: 'Error: configmap "catalog-config" not found' }],
      },
    ],
    negative: [
      {
        signal: 'CreateContainerConfigError',
        reason: 'CreateContainerConfigError',
        message: 'secret "x" not found',
      },
    ],
  },
  'config-key-not-found': {
    positive: [
      {
        signal: 'CreateContainerConfigError',
        reason: 'CreateContainerConfigError',
        message: "couldn't find key DB_PASSWORD in Secret shop/catalog-db-credentials",
        events: [
          {
            reason: 'Failed',
            message: "Error: couldn't find key DB_PASSWORD in Secret shop/catalog-db-credentials",
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'CreateContainerConfigError',
        reason: 'CreateContainerConfigError',
        message: 'secret "catalog-db-credentials" not found',
      },
    ],
  },
  'missing-env-var': {
    positive: [
      {
        previousLog:
          'Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder \'PAYMENTS_API_URL\' in value "\u0024{PAYMENTS_API_URL}"',
        lastExitCode: 1,
      },
      {
        previousLog:
          'Error: Missing required environment variable: STRIPE_WEBHOOK_URL\n    at requireEnv (/app/dist/config.js:8:11)',
        lastExitCode: 1,
      },
      { previousLog: 'required key DATABASE_URL missing value', lastExitCode: 1 },
      // Config libraries in their own words: SmallRye (Quarkus, Helidon), Laravel, Rails.
      {
        previousLog:
          '{"timestamp":"2026-03-02T09:41:07.000Z","loggerName":"io.quarkus.runtime.Application","level":"ERROR","message":"Failed to start application","exception":{"exceptionType":"java.util.NoSuchElementException","message":"SRCFG00014: The config property mp.jwt.verify.publickey.location is required but it could not be found in any config source"}}',
        lastExitCode: 1,
      },
      {
        previousLog:
          '[2026-03-02 09:41:07] production.ERROR: No application encryption key has been specified. {"exception":"[object] (Illuminate\\\\Encryption\\\\MissingAppKeyException(code: 0): No application encryption key has been specified. at /app/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:83)"}',
        lastExitCode: 1,
      },
      {
        previousLog:
          'time=2026-03-02T09:41:07Z level=fatal msg="boot failed" err="ArgumentError: Missing `secret_key_base` for \'production\' environment, set this string with `bin/rails credentials:edit`"',
        lastExitCode: 1,
      },
      {
        previousLog:
          "ActiveSupport::EncryptedFile::MissingKeyError: Missing encryption key to decrypt file with. Ask your team for your master key and write it to /app/config/master.key or put it in the ENV['RAILS_MASTER_KEY'].",
        lastExitCode: 1,
      },
    ],
    negative: [
      { previousLog: 'INFO environment variable LOG_LEVEL not set, using default "info"', lastExitCode: 0 },
    ],
  },
  'oom-killed': {
    positive: [
      {
        signal: 'OOMKilled',
        reason: 'CrashLoopBackOff',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
        previousLog:
          '{"level":30,"msg":"processing batch","size":50000}\n{"level":30,"msg":"processing batch","size":50000}',
      },
    ],
    negative: [
      { signal: 'CrashLoopBackOff', reason: 'CrashLoopBackOff', lastReason: 'Error', lastExitCode: 137 },
    ],
  },
  'node-not-ready': {
    positive: [
      {
        signal: 'NodeNotReady',
        kind: 'Node',
        name: 'ip-10-0-1-23.eu-west-1.compute.internal',
        node: {
          name: 'ip-10-0-1-23.eu-west-1.compute.internal',
          conditions: [
            {
              type: 'MemoryPressure',
              status: 'Unknown',
              reason: 'NodeStatusUnknown',
              message: 'Kubelet stopped posting node status.',
            },
            {
              type: 'Ready',
              status: 'Unknown',
              reason: 'NodeStatusUnknown',
              message: 'Kubelet stopped posting node status.',
            },
          ],
        },
        events: [
          {
            object: 'Node/ip-10-0-1-23.eu-west-1.compute.internal',
            type: 'Normal',
            reason: 'NodeNotReady',
            message: 'Node ip-10-0-1-23.eu-west-1.compute.internal status is now: NodeNotReady',
          },
        ],
      },
      {
        signal: 'NodeNotReady',
        kind: 'Node',
        name: 'ip-10-0-2-41.eu-west-1.compute.internal',
        node: {
          name: 'ip-10-0-2-41.eu-west-1.compute.internal',
          conditions: [
            {
              type: 'Ready',
              status: 'False',
              reason: 'KubeletNotReady',
              message: 'PLEG is not healthy: pleg was last seen active 3m5.30s ago; threshold is 3m0s',
            },
          ],
        },
      },
    ],
    negative: [
      {
        signal: 'CrashLoopBackOff',
        lastExitCode: 1,
        node: { conditions: [{ type: 'Ready', status: 'False', reason: 'KubeletNotReady' }] },
      },
      {
        signal: 'NodeNotReady',
        kind: 'Node',
        node: { conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady' }] },
      },
    ],
  },
  'node-disk-pressure': {
    positive: [
      {
        signal: 'NodePressure',
        kind: 'Node',
        name: 'ip-10-0-1-23.eu-west-1.compute.internal',
        node: {
          conditions: [
            {
              type: 'DiskPressure',
              status: 'True',
              reason: 'KubeletHasDiskPressure',
              message: 'kubelet has disk pressure',
            },
            { type: 'Ready', status: 'True', reason: 'KubeletReady' },
          ],
        },
      },
    ],
    negative: [
      {
        signal: 'NodePressure',
        kind: 'Node',
        node: { conditions: [{ type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' }] },
      },
    ],
  },
  'node-memory-pressure': {
    positive: [
      {
        signal: 'NodePressure',
        kind: 'Node',
        name: 'ip-10-0-1-23.eu-west-1.compute.internal',
        node: {
          conditions: [
            {
              type: 'MemoryPressure',
              status: 'True',
              reason: 'KubeletHasInsufficientMemory',
              message: 'kubelet has insufficient memory available',
            },
            { type: 'Ready', status: 'True' },
          ],
        },
      },
    ],
    negative: [
      {
        signal: 'OOMKilled',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
        node: { conditions: [{ type: 'MemoryPressure', status: 'True' }] },
      },
    ],
  },
  'node-pid-pressure': {
    positive: [
      {
        signal: 'NodePressure',
        kind: 'Node',
        name: 'ip-10-0-1-23.eu-west-1.compute.internal',
        node: {
          conditions: [
            { type: 'PIDPressure', status: 'True', reason: 'KubeletHasInsufficientPID' },
            { type: 'Ready', status: 'True' },
          ],
        },
      },
    ],
    negative: [
      {
        signal: 'NodePressure',
        kind: 'Node',
        node: { conditions: [{ type: 'PIDPressure', status: 'False' }] },
      },
    ],
  },
  'unschedulable-insufficient-resources': {
    positive: [
      {
        signal: 'Unschedulable',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message:
              '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
          },
        ],
        events: [
          {
            reason: 'FailedScheduling',
            message:
              '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
          },
        ],
      },
      {
        signal: 'Unschedulable',
        events: [
          {
            reason: 'FailedScheduling',
            message:
              '0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'Unschedulable',
        events: [
          {
            reason: 'FailedScheduling',
            message: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
          },
        ],
      },
    ],
  },
  'unschedulable-constraints': {
    positive: [
      {
        signal: 'Unschedulable',
        events: [
          {
            reason: 'FailedScheduling',
            message:
              "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'Unschedulable',
        events: [{ reason: 'FailedScheduling', message: '0/3 nodes are available: 3 Insufficient memory.' }],
      },
    ],
  },
  'volume-unavailable': {
    positive: [
      {
        signal: 'Alert',
        events: [
          {
            reason: 'FailedAttachVolume',
            message:
              'Multi-Attach error for volume "pvc-5d1b2c3a-9f0e-4a1b-8c2d-3e4f5a6b7c8d" Volume is already exclusively attached to one node and can\'t be attached to another',
          },
        ],
      },
      {
        signal: 'Unschedulable',
        events: [
          {
            reason: 'FailedScheduling',
            message:
              '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'Alert',
        events: [
          {
            reason: 'SuccessfulAttachVolume',
            type: 'Normal',
            message: 'AttachVolume.Attach succeeded for volume "pvc-5d1b"',
          },
        ],
      },
    ],
  },
  'evicted-node-memory': {
    positive: [
      {
        signal: 'Evicted',
        podReason: 'Evicted',
        podMessage:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 91300Ki. Container app was using 1458232Ki, request is 512Mi, has larger consumption of memory. ',
        node: {
          name: 'ip-10-0-1-23.eu-west-1.compute.internal',
          conditions: [{ type: 'Ready', status: 'True' }],
        },
      },
    ],
    negative: [
      {
        signal: 'Evicted',
        podReason: 'Evicted',
        podMessage:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 8723Mi. ',
      },
    ],
  },
  'job-backoff-limit': {
    positive: [
      {
        signal: 'JobFailed',
        kind: 'Job',
        name: 'nightly-report-29512340',
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ],
        events: [
          {
            object: 'Job/nightly-report-29512340',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'JobFailed',
        kind: 'Job',
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'DeadlineExceeded',
            message: 'Job was active longer than specified deadline',
          },
        ],
      },
    ],
  },
  'job-deadline-exceeded': {
    positive: [
      {
        signal: 'JobFailed',
        kind: 'Job',
        name: 'reindex-catalog',
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'DeadlineExceeded',
            message: 'Job was active longer than specified deadline',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'JobFailed',
        kind: 'Job',
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ],
      },
    ],
  },
  ...FAMILY_SAMPLES,
  ...UNSEEN_SAMPLES,
};
