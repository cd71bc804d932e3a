import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 9);

/** `n` lines made by `line(i)`: the pages of retries and symptoms a real log repeats. */
const every = (n: number, line: (i: number) => string): string[] =>
  Array.from({ length: n }, (_, i) => line(i));

/** `HH:MM:SS` that many seconds after `start` (`HH:MM:SS`). */
function clock(start: string, seconds: number): string {
  const [h = 0, m = 0, s = 0] = start.split(':').map(Number);
  const t = h * 3600 + m * 60 + s + seconds;
  return [Math.floor(t / 3600) % 24, Math.floor(t / 60) % 60, t % 60]
    .map((x) => String(x).padStart(2, '0'))
    .join(':');
}

/**
 * A sixth batch, written without reading the catalog (its patterns, samples or diagnosis code) and
 * not scored by its author: software the other batches do not use (Fluentd, Prometheus, TensorFlow
 * Serving, ASP.NET Core, a pandas worker, FreeScout on PHP-FPM, Backstage, Logstash, Cortex, Sentry,
 * Vector, Alertmanager, canary-checker, Spring Boot, Mattermost, google-auth, Solr, Celos, uWSGI,
 * Matomo, Trillian, OpenAI clients, WordPress, Bull, Jetty sessions, KubeVirt CDI, Jenkins,
 * SonarQube, n8n, Superset, Cilium, PgBouncer, Joplin, Gitea, the Hetzner cloud controller), each
 * quoting the wording of a public issue thread or documentation page. The emphasis is on families
 * where a catalog mutation is right (more memory, a rollback, a restart, more replicas, a cache flush,
 * a node action) and on their look-alikes where the same mutation does harm.
 */
export const SIXTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- memory: real OOMs
  {
    id: 'sixth-fluentd-memory-buffer-oomkilled',
    family: 'memory',
    source: 'https://github.com/fluent/fluentd/issues/3413',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'fluentd',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=fluentd' },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 11,
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fluentd in pod sixth-fluentd-memory-buffer-oomkilled',
        count: 31,
      },
    ],
    previousLog: log(
      '2026-02-11 08:21:02 +0000 [info]: parsing config file is succeeded path="/fluentd/etc/fluent.conf"',
      "2026-02-11 08:21:02 +0000 [info]: gem 'fluent-plugin-elasticsearch' version '5.4.3'",
      "2026-02-11 08:21:02 +0000 [info]: gem 'fluent-plugin-kubernetes_metadata_filter' version '3.4.0'",
      '2026-02-11 08:21:03 +0000 [info]: starting fluentd-1.16.3 pid=7 ruby="3.2.2"',
      '2026-02-11 08:21:03 +0000 [info]: spawn command to main:  cmdline=["/usr/local/bin/ruby", "-Eascii-8bit:ascii-8bit", "/usr/local/bundle/bin/fluentd", "-c", "/fluentd/etc/fluent.conf", "-p", "/fluentd/plugins", "--under-supervisor"]',
      '2026-02-11 08:21:04 +0000 [info]: #0 starting fluentd worker pid=16 ppid=7 worker=0',
      '2026-02-11 08:21:04 +0000 [info]: #0 [in_tail_container_logs] following tail of /var/log/containers/checkout-7d9f8c6b5-2xk8p_prod_checkout-3f1e0c.log',
      '2026-02-11 08:21:04 +0000 [info]: #0 fluentd worker is now running worker=0',
      '2026-02-11 08:22:04 +0000 [info]: #0 stats - namespace_cache_size: 9, pod_cache_size: 272, namespace_cache_api_updates: 49, pod_cache_api_updates: 49, id_cache_miss: 49, pod_cache_watch_updates: 691, pod_cache_watch_delete_ignored: 175',
      '2026-02-11 08:23:19 +0000 [warn]: #0 [out_es] failed to flush the buffer. retry_times=1 next_retry_time=2026-02-11 08:23:21 +0000 chunk="61a2c93e7f0d4b1c9a3e5f7d2b8c4a61" error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster ({:host=>\\"es-logging\\", :port=>9200, :scheme=>\\"http\\"}): read timeout reached"',
      '2026-02-11 08:23:51 +0000 [warn]: #0 [out_es] retry succeeded. chunk_id="61a2c93e7f0d4b1c9a3e5f7d2b8c4a61"',
      '2026-02-11 08:24:04 +0000 [info]: #0 stats - namespace_cache_size: 9, pod_cache_size: 281, namespace_cache_api_updates: 49, pod_cache_api_updates: 52, id_cache_miss: 52, pod_cache_watch_updates: 744, pod_cache_watch_delete_ignored: 181',
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },
  {
    id: 'sixth-prometheus-wal-replay-oomkilled',
    family: 'memory',
    source: 'https://github.com/prometheus-operator/prometheus-operator/issues/2670',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'prometheus',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=prometheus',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 7,
      },
      { name: 'config-reloader', running: { startedAt: '2026-02-09T11:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 44,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container prometheus in pod sixth-prometheus-wal-replay-oomkilled',
        count: 19,
      },
    ],
    previousLog: log(
      'level=info ts=2026-02-11T08:22:06.802Z caller=main.go:331 msg="Starting Prometheus" version="(version=2.16.0, branch=HEAD, revision=b90be6f32a33c03163d700e1452b54454ddce0ec)"',
      'level=info ts=2026-02-11T08:22:06.802Z caller=main.go:332 build_context="(go=go1.13.8, user=root@7ea0ae865f12, date=20200213-23:50:02)"',
      'level=info ts=2026-02-11T08:22:06.803Z caller=main.go:333 host_details="(Linux 5.10.210-201.852.amzn2.x86_64 #1 SMP Tue Feb 6 22:18:35 UTC 2026 x86_64 prometheus-k8s-0 (none))"',
      'level=info ts=2026-02-11T08:22:06.803Z caller=main.go:334 fd_limits="(soft=1048576, hard=1048576)"',
      'level=info ts=2026-02-11T08:22:06.803Z caller=main.go:335 vm_limits="(soft=unlimited, hard=unlimited)"',
      'level=info ts=2026-02-11T08:22:06.809Z caller=main.go:661 msg="Starting TSDB ..."',
      'level=info ts=2026-02-11T08:22:06.810Z caller=web.go:508 component=web msg="Start listening for connections" address=0.0.0.0:9090',
      'level=info ts=2026-02-11T08:22:07.556Z caller=repair.go:59 component=tsdb msg="Found healthy block" mint=1770768000000 maxt=1770775200000 ulid=01KHV5QFX3M7FESTRSB5Q2TF51',
      'level=info ts=2026-02-11T08:22:07.985Z caller=head.go:575 component=tsdb msg="Replaying WAL, this may take awhile"',
      'level=info ts=2026-02-11T08:22:22.706Z caller=head.go:600 component=tsdb msg="WAL checkpoint loaded"',
      'level=info ts=2026-02-11T08:22:25.019Z caller=head.go:624 component=tsdb msg="WAL segment loaded" segment=2294 maxSegment=2319',
      'level=info ts=2026-02-11T08:22:32.143Z caller=head.go:624 component=tsdb msg="WAL segment loaded" segment=2295 maxSegment=2319',
      'level=info ts=2026-02-11T08:22:35.164Z caller=head.go:624 component=tsdb msg="WAL segment loaded" segment=2296 maxSegment=2319',
      'level=info ts=2026-02-11T08:22:38.823Z caller=head.go:624 component=tsdb msg="WAL segment loaded" segment=2297 maxSegment=2319',
      'level=info ts=2026-02-11T08:22:42.494Z caller=head.go:624 component=tsdb msg="WAL segment loaded" segment=2298 maxSegment=2319',
      'level=info ts=2026-02-11T08:22:46.327Z caller=head.go:624 component=tsdb msg="WAL segment loaded" segment=2299 maxSegment=2319',
      'level=info ts=2026-02-11T08:22:52.307Z caller=head.go:624 component=tsdb msg="WAL segment loaded" segment=2300 maxSegment=2319',
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },
  {
    id: 'sixth-tf-serving-hot-reload-oomkilled',
    family: 'memory',
    source: 'https://github.com/tensorflow/serving/issues/1862',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'tf-serving',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=tf-serving',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
      },
    ],
    previousLog: log(
      '2026-02-11 08:02:10.118203: I tensorflow_serving/model_servers/server.cc:74] Building single TensorFlow model file config:  model_name: ranker model_base_path: /models/ranker',
      '2026-02-11 08:02:10.118514: I tensorflow_serving/model_servers/server_core.cc:465] Adding/updating models.',
      '2026-02-11 08:02:10.118542: I tensorflow_serving/model_servers/server_core.cc:594]  (Re-)adding model: ranker',
      '2026-02-11 08:02:10.219907: I tensorflow_serving/core/basic_manager.cc:740] Successfully reserved resources to load servable {name: ranker version: 1770768000}',
      '2026-02-11 08:02:10.219951: I tensorflow_serving/core/loader_harness.cc:66] Approving load for servable version {name: ranker version: 1770768000}',
      '2026-02-11 08:02:10.219969: I tensorflow_serving/core/loader_harness.cc:74] Loading servable version {name: ranker version: 1770768000}',
      '2026-02-11 08:02:10.220211: I external/org_tensorflow/tensorflow/cc/saved_model/reader.cc:83] Reading SavedModel from: /models/ranker/1770768000',
      '2026-02-11 08:02:41.903317: I external/org_tensorflow/tensorflow/cc/saved_model/loader.cc:316] SavedModel load for tags { serve }; Status: success: OK. Took 31683106 microseconds.',
      '2026-02-11 08:02:41.944106: I tensorflow_serving/core/loader_harness.cc:95] Successfully loaded servable version {name: ranker version: 1770768000}',
      '2026-02-11 08:02:41.951822: I tensorflow_serving/model_servers/server.cc:430] Exporting HTTP/REST API at:localhost:8501 ...',
      '2026-02-11 08:25:04.295512: I tensorflow_serving/sources/storage_path/file_system_storage_path_source.cc:390] File-system polling update: Servable:{name: ranker version: 1770796800}; Servable path: /models/ranker/1770796800; Polling frequency: 1',
      '2026-02-11 08:25:04.296354: I tensorflow_serving/core/aspired_versions_manager.cc:235] Enqueueing aspired versions request: {name: ranker version: 1770796800}',
      '2026-02-11 08:25:04.312598: I tensorflow_serving/core/aspired_versions_manager.cc:245] Processing aspired versions request: {name: ranker version: 1770796800}',
      '2026-02-11 08:25:04.312744: I tensorflow_serving/core/loader_harness.cc:74] Loading servable version {name: ranker version: 1770796800}',
      '2026-02-11 08:25:04.313001: I external/org_tensorflow/tensorflow/cc/saved_model/reader.cc:83] Reading SavedModel from: /models/ranker/1770796800',
      '/usr/bin/tf_serving_entrypoint.sh: line 3:     6 Killed                  tensorflow_model_server --port=8500 --rest_api_port=8501 --model_name=ranker --model_base_path=/models/ranker',
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },
  {
    id: 'sixth-dotnet-gc-default-hard-limit',
    family: 'memory',
    source: 'https://github.com/dotnet/runtime/issues/61076',
    signal: 'CrashLoopBackOff',
    containers: [crashed('report-renderer', 134, 6)],
    previousLog: log(
      '{"EventId":14,"LogLevel":"Information","Category":"Microsoft.Hosting.Lifetime","Message":"Now listening on: http://[::]:8080","State":{"Message":"Now listening on: http://[::]:8080","address":"http://[::]:8080","{OriginalFormat}":"Now listening on: {address}"}}',
      '{"EventId":0,"LogLevel":"Information","Category":"Microsoft.Hosting.Lifetime","Message":"Application started. Press Ctrl\\u002BC to shut down.","State":{"Message":"Application started. Press Ctrl\\u002BC to shut down.","{OriginalFormat}":"Application started. Press Ctrl\\u002BC to shut down."}}',
      '{"EventId":0,"LogLevel":"Information","Category":"ReportRenderer.Startup","Message":"GC settings: ServerGC=False TotalAvailableMemoryBytes=1073741824 HeapHardLimit=805306368 (no DOTNET_GCHeapHardLimit or DOTNET_GCHeapHardLimitPercent set)","State":{}}',
      '{"EventId":0,"LogLevel":"Information","Category":"ReportRenderer.Jobs.MonthlyStatementJob","Message":"Rendering batch 14/40 (2000 statements)","State":{}}',
      '{"EventId":0,"LogLevel":"Information","Category":"ReportRenderer.Jobs.MonthlyStatementJob","Message":"Rendering batch 15/40 (2000 statements) gcHeapBytes=781204480","State":{}}',
      '{"EventId":0,"LogLevel":"Critical","Category":"Microsoft.Extensions.Hosting.Internal.Host","Message":"The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping.","Exception":"System.OutOfMemoryException: Exception of type \\u0027System.OutOfMemoryException\\u0027 was thrown.    at System.IO.MemoryStream.set_Capacity(Int32 value)    at System.IO.MemoryStream.EnsureCapacity(Int32 value)    at System.IO.MemoryStream.Write(Byte[] buffer, Int32 offset, Int32 count)    at ReportRenderer.Pdf.StatementWriter.Flush()    at ReportRenderer.Jobs.MonthlyStatementJob.ExecuteAsync(CancellationToken stoppingToken)","State":{}}',
      "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      '   at System.IO.MemoryStream.set_Capacity(Int32 value)',
      '   at System.IO.MemoryStream.EnsureCapacity(Int32 value)',
      '   at ReportRenderer.Jobs.MonthlyStatementJob.ExecuteAsync(CancellationToken stoppingToken)',
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },
  {
    id: 'sixth-pandas-shard-converter-oomkilled',
    family: 'memory',
    source: 'https://github.com/marin-community/marin/issues/1488',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'shard-converter',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=shard-converter',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
      },
    ],
    previousLog: log(
      '{"event": "worker started", "queue": "shards", "concurrency": 1, "level": "info", "logger": "converter.worker", "timestamp": "2026-02-11T08:24:01.118Z"}',
      '{"event": "converting shard", "shard": "c4-en-00416", "rows": 341102, "rss_mb": 1208, "level": "info", "logger": "converter.pandas", "timestamp": "2026-02-11T08:24:40.551Z"}',
      '{"event": "shard written", "shard": "c4-en-00416", "parquet_mb": 412, "level": "info", "logger": "converter.pandas", "timestamp": "2026-02-11T08:25:32.020Z"}',
      '{"event": "converting shard", "shard": "c4-en-00417", "rows": 1904455, "rss_mb": 2911, "level": "info", "logger": "converter.pandas", "timestamp": "2026-02-11T08:25:33.409Z"}',
      '{"event": "to_pandas() materialising shard in memory", "shard": "c4-en-00417", "rss_mb": 3702, "level": "warning", "logger": "converter.pandas", "timestamp": "2026-02-11T08:25:58.771Z"}',
    ),
    accept: ['raise-memory-limit', 'escalate'],
  },
  // ---------------------------------------------------------------- memory: runtime caps below the limit
  {
    id: 'sixth-freescout-php-memory-limit',
    family: 'runtime-memory-cap',
    source: 'https://github.com/nfrastack/container-freescout/issues/31',
    signal: 'Alert',
    containers: [
      { name: 'php-fpm', running: { startedAt: '2026-02-10T06:00:00Z' }, ready: true, restarts: 0 },
      { name: 'nginx', running: { startedAt: '2026-02-10T06:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'HelpdeskHigh5xx: 6.8% of requests to helpdesk.example.com return 500 over 10m (threshold 2%); container memory at 31% of its limit',
      },
    ],
    currentLog: log(
      '10.244.1.9 -  11/Feb/2026:08:20:02 +0000 "GET /index.php" 200',
      '10.244.1.9 -  11/Feb/2026:08:20:04 +0000 "GET /index.php" 200',
      '[11-Feb-2026 08:22:18] WARNING: [pool www] child 1534 said into stderr: "NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 98566192 bytes) in /www/html/vendor/symfony/console/Output/BufferedOutput.php on line 39"',
      '10.244.1.9 -  11/Feb/2026:08:22:18 +0000 "POST /index.php" 500',
      '2026/02/11 08:22:18 [error] 31#31: *8812 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 98566192 bytes) in /www/html/vendor/symfony/console/Output/BufferedOutput.php on line 39" while reading response header from upstream, client: 10.244.0.1, server: helpdesk.example.com, request: "POST /conversation/ajax HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "helpdesk.example.com"',
      '10.244.1.9 -  11/Feb/2026:08:23:40 +0000 "GET /index.php" 200',
      '[11-Feb-2026 08:25:51] WARNING: [pool www] child 1602 said into stderr: "NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 98566192 bytes) in /www/html/vendor/symfony/console/Output/BufferedOutput.php on line 39"',
      '10.244.1.9 -  11/Feb/2026:08:25:51 +0000 "POST /index.php" 500',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'sixth-backstage-max-old-space-size',
    family: 'runtime-memory-cap',
    source: 'https://github.com/backstage/backstage/issues/26776',
    signal: 'CrashLoopBackOff',
    containers: [crashed('backstage', 134, 5)],
    previousLog: log(
      '+ exec node --max-old-space-size=2048 packages/backend --config app-config.yaml --config app-config.production.yaml',
      '2026-02-11T08:19:58.102Z backstage info Loaded config from app-config.yaml, app-config.production.yaml',
      '2026-02-11T08:19:59.511Z rootHttpRouter info Listening on :7007',
      '2026-02-11T08:20:03.877Z backstage info ::ffff:10.244.1.1 - - [11/Feb/2026:08:20:03 +0000] "GET /healthcheck HTTP/1.1" 200 15 "-" "kube-probe/1.29" type=incomingRequest',
      '2026-02-11T08:22:10.003Z catalog info Processing 18403 entities from location url:https://git.example.com/platform/catalog/blob/main/all.yaml',
      '2026-02-11T08:24:27.744Z backstage info ::1 - - [11/Feb/2026:08:24:27 +0000] "POST /api/permission/authorize HTTP/1.1" 200 74 "-" "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)" type=incomingRequest',
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x5c8d6f0]   208579 ms: Scavenge 2031.1 (2075.3) -> 2029.4 (2079.3) MB, 13.5 / 0.0 ms  (average mu = 0.181, current mu = 0.070) allocation failure; ',
      '[1:0x5c8d6f0]   212262 ms: Mark-sweep 2037.2 (2079.9) -> 2034.9 (2084.4) MB, 1499.2 / 0.0 ms  (+ 237.3 ms in 2611 steps since start of marking, biggest step 15.8 ms, walltime since start of marking 4571 ms) (average mu = 0.112, current mu = 0.050) allocation failure',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ' 1: 0xb8d11b node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf01b70 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf01e57 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 4: 0x112b928 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'sixth-logstash-heap-liveness-kill',
    family: 'runtime-memory-cap',
    source: 'https://github.com/deviantony/docker-elk/issues/296',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'logstash',
        running: { startedAt: '2026-02-11T08:27:10Z' },
        ready: false,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 7,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.244.2.31:9600/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 23,
      },
      {
        type: 'Normal',
        reason: 'Killing',
        message: 'Container logstash failed liveness probe, will be restarted',
        count: 7,
      },
    ],
    previousLog: log(
      'Using bundled JDK: /usr/share/logstash/jdk',
      '[2026-02-11T08:18:02,114][INFO ][logstash.runner          ] Log4j configuration path used is: /usr/share/logstash/config/log4j2.properties',
      '[2026-02-11T08:18:02,120][INFO ][logstash.runner          ] Starting Logstash {"logstash.version"=>"8.12.2", "jruby.version"=>"jruby 9.4.5.0 (3.1.4) 2023-11-02 1abae2700f OpenJDK 64-Bit Server VM 17.0.10+7 on 17.0.10+7 +indy +jit [x86_64-linux]"}',
      '[2026-02-11T08:18:02,123][INFO ][logstash.runner          ] JVM bootstrap flags: [-Xms1g, -Xmx1g, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -Djruby.compile.invokedynamic=true, -XX:+HeapDumpOnOutOfMemoryError, -Djava.security.egd=file:/dev/urandom, -Dlog4j2.isThreadContextMapInheritable=true]',
      '[2026-02-11T08:18:09,551][INFO ][logstash.javapipeline    ][main] Pipeline started {"pipeline.id"=>"main"}',
      '[2026-02-11T08:18:09,600][INFO ][logstash.agent           ] Pipelines running {:count=>1, :running_pipelines=>[:main], :non_running_pipelines=>[]}',
      '[2026-02-11T08:25:59,552][WARN ][logstash.outputs.elasticsearch][main][es_out] Marking url as dead. Last error: [LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError] Elasticsearch Unreachable: [http://es-logs:9200/][Manticore::SocketTimeout] Read timed out',
      every(
        8,
        (i) =>
          `[2026-02-11T${clock('08:26:00', i * 5)},${String(110 + i * 41).padStart(3, '0')}][WARN ][logstash.outputs.elasticsearch][main][es_out] Attempted to resurrect connection to dead ES instance, but got an error {:url=>"http://es-logs:9200/", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :message=>"Elasticsearch Unreachable: [http://es-logs:9200/][Manticore::SocketTimeout] Read timed out"}`,
      ),
      '[2026-02-11T08:26:40,552][ERROR][org.logstash.Logstash    ] java.lang.OutOfMemoryError: Java heap space',
      'java.lang.OutOfMemoryError: Java heap space',
      'Dumping heap to java_pid1.hprof ...',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  // ---------------------------------------------------------------- rollouts that caused the failure
  {
    id: 'sixth-cortex-ruler-tag-not-pushed',
    family: 'bad-rollout',
    source: 'https://github.com/cortexproject/cortex/issues/1805',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'cortex-ruler',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "registry.example.com/prod/cortex-ruler:2.3.1"',
        },
      },
    ],
    rollout: { minutesAgo: 14, previousTag: '1.13.2' },
    events: [
      {
        type: 'Normal',
        reason: 'Pulling',
        message: 'Pulling image "registry.example.com/prod/cortex-ruler:2.3.1"',
        count: 5,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "registry.example.com/prod/cortex-ruler:2.3.1": rpc error: code = Unknown desc = Error response from daemon: manifest for registry.example.com/prod/cortex-ruler:2.3.1 not found: manifest unknown: manifest unknown',
        count: 5,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 5 },
      {
        type: 'Normal',
        reason: 'BackOff',
        message: 'Back-off pulling image "registry.example.com/prod/cortex-ruler:2.3.1"',
        count: 38,
      },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixth-sentry-snuba-secret-not-created',
    family: 'bad-rollout',
    source: 'https://github.com/sentry-kubernetes/charts/issues/1433',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'snuba-consumer',
        waiting: { reason: 'CreateContainerConfigError', message: 'secret "sentry-snuba-env" not found' },
      },
    ],
    rollout: { minutesAgo: 9, addedSecrets: ['sentry-snuba-env'] },
    events: [
      {
        type: 'Normal',
        reason: 'Pulled',
        message:
          'Container image "registry.example.com/prod/snuba-consumer:2.3.1" already present on machine',
        count: 8,
      },
      { reason: 'Failed', message: 'Error: secret "sentry-snuba-env" not found', count: 8 },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixth-vector-sink-config-unparsable',
    family: 'bad-rollout',
    source: 'https://github.com/vectordotdev/vector/issues/11141',
    signal: 'CrashLoopBackOff',
    containers: [crashed('vector', 78, 6)],
    rollout: { minutesAgo: 7, addedConfigMapVolumes: ['vector-sinks'] },
    previousLog: log(
      '2026-02-11T08:26:51.004311Z  INFO vector::app: Internal log rate limit configured. internal_log_rate_secs=10',
      '2026-02-11T08:26:51.004402Z  INFO vector::app: Log level is enabled. level="vector=info,codec=info,vrl=info,file_source=info,tower_limit=trace,rdkafka=info,buffers=info,lapin=info,kube=info"',
      '2026-02-11T08:26:51.004560Z  INFO vector::app: Loading configs. paths=["/etc/vector", "/etc/vector-sinks"]',
      '2026-02-11T08:26:51.009117Z ERROR vector::cli: Configuration error. error=sinks.archive_s3: invalid type: unit value, expected string or map at line 19 column 9',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixth-alertmanager-single-dash-flags',
    family: 'bad-rollout',
    source: 'https://github.com/prometheus/alertmanager/issues/1254',
    signal: 'CrashLoopBackOff',
    containers: [crashed('alertmanager', 1, 7)],
    rollout: { minutesAgo: 12, previousTag: '0.12.0' },
    previousLog: log("alertmanager: error: unknown short flag '-s', try --help"),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixth-canary-checker-ui-wrong-arch',
    family: 'bad-rollout',
    source: 'https://github.com/flanksource/flanksource-ui/issues/2483',
    signal: 'CrashLoopBackOff',
    containers: [crashed('canary-checker-ui', 1, 6)],
    rollout: { minutesAgo: 10, previousTag: '1.0.840' },
    previousLog: log('exec /usr/local/bin/docker-entrypoint.sh: exec format error'),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixth-spring-boot-upgrade-readiness-503',
    family: 'bad-rollout',
    source: 'https://github.com/spring-projects/spring-boot/issues/27655',
    signal: 'ProbeFailure',
    containers: [
      { name: 'location-config', running: { startedAt: '2026-02-11T08:14:40Z' }, ready: false, restarts: 0 },
    ],
    rollout: { minutesAgo: 16, previousTag: '2.1.8' },
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 61,
      },
    ],
    currentLog: log(
      ' :: Spring Boot ::                (v2.5.3)',
      '2026-02-11 08:14:51.204  INFO 1 --- [           main] c.e.location.LocationConfigApplication   : Starting LocationConfigApplication v2.3.1 using Java 11.0.12 with PID 1 (/app/app.jar started by app in /app)',
      "2026-02-11 08:14:58.880  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8090 (http) with context path ''",
      "2026-02-11 08:14:58.902  INFO 1 --- [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing 3 endpoint(s) beneath base path '/actuator'",
      '2026-02-11 08:14:59.311  INFO 1 --- [           main] c.e.location.LocationConfigApplication   : Started LocationConfigApplication in 9.482 seconds (JVM running for 10.9)',
      "2026-02-11 08:15:10.118  INFO 1 --- [nio-8090-exec-1] o.a.c.c.C.[Tomcat].[localhost].[/]       : Initializing Spring DispatcherServlet 'dispatcherServlet'",
      '2026-02-11 08:16:00.004 DEBUG 1 --- [nio-8090-exec-4] o.s.w.f.CommonsRequestLoggingFilter      : After request [GET /actuator/health/readiness, client=10.244.0.1]',
      '2026-02-11 08:28:00.006 DEBUG 1 --- [nio-8090-exec-9] o.s.w.f.CommonsRequestLoggingFilter      : After request [GET /actuator/health/readiness, client=10.244.0.1]',
    ),
    accept: ['rollback', 'escalate'],
  },
  // ---------------------------------------------------------------- a rollout in the window that is not the cause
  {
    id: 'sixth-mattermost-db-down-during-rollout',
    family: 'dependency-down',
    source: 'https://github.com/Websoft9Archive/ansible-mattermost/issues/1',
    signal: 'CrashLoopBackOff',
    containers: [crashed('mattermost', 1, 5)],
    rollout: { minutesAgo: 18, previousTag: '9.5.2' },
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'PostgresqlDown: postgresql instance mattermost-db-0 (namespace data) has been down (pg_up == 0) since 08:07; its PersistentVolume reports I/O errors',
      },
    ],
    previousLog: log(
      '{"timestamp":"2026-02-11 08:27:10.557 Z","level":"info","msg":"Server is initializing...","caller":"platform/service.go:173","go_version":"go1.21.8"}',
      '{"timestamp":"2026-02-11 08:27:10.558 Z","level":"info","msg":"Pinging SQL","caller":"sqlstore/store.go:261","database":"master","dataSource":"postgres://%2A%2A%2A%2A:%2A%2A%2A%2A@mattermost-db.data.svc:5432/mattermost?connect_timeout=10&sslmode=disable"}',
      '{"timestamp":"2026-02-11 08:27:10.579 Z","level":"error","msg":"Failed to ping DB","caller":"sqlstore/store.go:272","error":"dial tcp 10.96.41.7:5432: connect: connection refused","retrying in seconds":10}',
      '{"timestamp":"2026-02-11 08:27:20.580 Z","level":"info","msg":"Pinging SQL","caller":"sqlstore/store.go:261","database":"master","dataSource":"postgres://%2A%2A%2A%2A:%2A%2A%2A%2A@mattermost-db.data.svc:5432/mattermost?connect_timeout=10&sslmode=disable"}',
      '{"timestamp":"2026-02-11 08:27:20.601 Z","level":"error","msg":"Failed to ping DB","caller":"sqlstore/store.go:272","error":"dial tcp 10.96.41.7:5432: connect: connection refused","retrying in seconds":10}',
      every(24, (i) =>
        i % 2 === 0
          ? `{"timestamp":"2026-02-11 ${clock('08:27:30', (i / 2) * 10)}.602 Z","level":"info","msg":"Pinging SQL","caller":"sqlstore/store.go:261","database":"master","dataSource":"postgres://%2A%2A%2A%2A:%2A%2A%2A%2A@mattermost-db.data.svc:5432/mattermost?connect_timeout=10&sslmode=disable"}`
          : `{"timestamp":"2026-02-11 ${clock('08:27:30', ((i - 1) / 2) * 10)}.619 Z","level":"error","msg":"Failed to ping DB","caller":"sqlstore/store.go:272","error":"dial tcp 10.96.41.7:5432: connect: connection refused","retrying in seconds":10}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixth-gcs-exporter-key-rotated-during-rollout',
    family: 'expired-credential',
    source: 'https://github.com/googleapis/google-cloud-python/issues/10004',
    signal: 'Alert',
    containers: [
      { name: 'billing-export', running: { startedAt: '2026-02-11T08:05:40Z' }, ready: true, restarts: 0 },
    ],
    rollout: { minutesAgo: 25, addedEnv: { LOG_LEVEL: 'debug' } },
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'BillingExportFailing: billing-export has not uploaded a file to gs://finance-exports since 07:58 (every attempt failed), before and after the 08:05 deploy',
      },
    ],
    currentLog: log(
      '2026-02-11 08:05:41,002 INFO billing_export.main: starting billing-export 2.3.1 log_level=debug bucket=finance-exports',
      chatter('plain', 6, 300),
      '2026-02-11 08:10:00,118 INFO billing_export.upload: uploading daily-20260211-0810.csv.gz (18.2 MiB)',
      '2026-02-11 08:10:00,402 ERROR billing_export.upload: upload failed, will retry in 300s',
      'Traceback (most recent call last):',
      '  File "/app/billing_export/upload.py", line 58, in upload',
      '    blob.upload_from_filename(path)',
      '  File "/usr/local/lib/python3.11/site-packages/google/auth/credentials.py", line 239, in before_request',
      '    self._blocking_refresh(request)',
      '  File "/usr/local/lib/python3.11/site-packages/google/oauth2/service_account.py", line 448, in refresh',
      '    access_token, expiry, _ = _client.jwt_grant(',
      '  File "/usr/local/lib/python3.11/site-packages/google/oauth2/_client.py", line 60, in _handle_error_response',
      '    raise exceptions.RefreshError(error_details, response_data)',
      'google.auth.exceptions.RefreshError: (\'invalid_grant: Invalid JWT Signature.\', \'{"error":"invalid_grant","error_description":"Invalid JWT Signature."}\')',
      chatter('plain', 6, 320),
      '2026-02-11 08:25:00,377 ERROR billing_export.upload: upload failed, will retry in 300s',
      'google.auth.exceptions.RefreshError: (\'invalid_grant: Invalid JWT Signature.\', \'{"error":"invalid_grant","error_description":"Invalid JWT Signature."}\')',
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- wedged processes
  {
    id: 'sixth-jvm-deadlock-readiness',
    family: 'wedged-process',
    source: 'https://github.com/openjdk/jdk/blob/master/src/hotspot/share/services/threadService.cpp',
    signal: 'ProbeFailure',
    containers: [
      { name: 'invoice-batcher', running: { startedAt: '2026-02-09T14:02:00Z' }, ready: false, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.244.4.19:8080/actuator/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 142,
      },
    ],
    currentLog: log(
      '2026-02-11 07:51:02.118  INFO 1 --- [   scheduling-1] c.e.invoice.BatchScheduler               : closing batch 2026-02-11T07:50 (412 invoices)',
      '2026-02-11 07:51:02.410  INFO 1 --- [nio-8080-exec-3] c.e.invoice.LedgerController             : POST /ledger/rebuild customer=88121',
      '2026-02-11 08:24:11.002  INFO 1 --- [ Signal Handler] c.e.invoice.Diagnostics                  : SIGQUIT received, thread dump follows',
      'Full thread dump OpenJDK 64-Bit Server VM (17.0.10+7 mixed mode, sharing):',
      '',
      'Found one Java-level deadlock:',
      '=============================',
      '"http-nio-8080-exec-3":',
      '  waiting to lock monitor 0x00007f3a2c0047d0 (object 0x00000000e1a5b3c8, a com.example.invoice.BatchState),',
      '  which is held by "scheduling-1"',
      '"scheduling-1":',
      '  waiting to lock monitor 0x00007f3a2c006a10 (object 0x00000000e1a5c0e0, a com.example.invoice.LedgerCache),',
      '  which is held by "http-nio-8080-exec-3"',
      '',
      'Java stack information for the threads listed above:',
      '===================================================',
      '"http-nio-8080-exec-3":',
      '\tat com.example.invoice.BatchState.markDirty(BatchState.java:77)',
      '\t- waiting to lock <0x00000000e1a5b3c8> (a com.example.invoice.BatchState)',
      '\tat com.example.invoice.LedgerCache.rebuild(LedgerCache.java:140)',
      '\t- locked <0x00000000e1a5c0e0> (a com.example.invoice.LedgerCache)',
      '"scheduling-1":',
      '\tat com.example.invoice.LedgerCache.snapshot(LedgerCache.java:98)',
      '\t- waiting to lock <0x00000000e1a5c0e0> (a com.example.invoice.LedgerCache)',
      '\tat com.example.invoice.BatchState.close(BatchState.java:52)',
      '\t- locked <0x00000000e1a5b3c8> (a com.example.invoice.BatchState)',
      '',
      'Found 1 deadlock.',
    ),
    accept: ['restart-pod', 'rollout-restart', 'escalate'],
  },
  {
    id: 'sixth-asyncio-event-loop-blocked',
    family: 'wedged-process',
    source: 'https://github.com/tmbo/questionary/issues/430',
    signal: 'ProbeFailure',
    containers: [
      { name: 'ledger-api', running: { startedAt: '2026-02-10T22:00:00Z' }, ready: false, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.244.5.40:8000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 96,
      },
    ],
    currentLog: log(
      'INFO:     10.244.0.1:52314 - "GET /healthz HTTP/1.1" 200 OK',
      'INFO:     10.244.1.7:40112 - "GET /v1/balances/88121 HTTP/1.1" 200 OK',
      'INFO:     10.244.0.1:52330 - "GET /healthz HTTP/1.1" 200 OK',
      "WARNING:asyncio:Executing <Task pending name='Task-48211' coro=<RequestResponseCycle.run_asgi() running at /usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py:401> wait_for=<Future pending cb=[Task.task_wakeup()] created at /usr/local/lib/python3.12/asyncio/base_events.py:449> cb=[set.discard()] created at /usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py:252> took 4.812 seconds",
      'INFO:     10.244.1.7:40118 - "POST /v1/settlements HTTP/1.1" 200 OK',
      "WARNING:asyncio:Executing <Task pending name='Task-48290' coro=<RequestResponseCycle.run_asgi() running at /usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py:401> wait_for=<Future pending cb=[Task.task_wakeup()] created at /usr/local/lib/python3.12/asyncio/base_events.py:449> cb=[set.discard()] created at /usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py:252> took 31.557 seconds",
      'INFO:     10.244.1.7:40131 - "POST /v1/settlements HTTP/1.1" 200 OK',
      '2026-02-11 07:53:40,004 WARNING ledger.settlement: settlement bank call (requests, no timeout) started host=sftp-bridge.partner.example',
    ),
    accept: ['restart-pod', 'rollout-restart', 'escalate'],
  },
  {
    id: 'sixth-celos-connector-threads-exhausted',
    family: 'thread-pool-exhaustion',
    source: 'https://github.com/collectivemedia/celos/issues/238',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'celos-server',
        running: { startedAt: '2026-02-11T08:25:40Z' },
        ready: false,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 9,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.244.6.12:8080/celos/ping": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 27,
      },
      {
        type: 'Normal',
        reason: 'Killing',
        message: 'Container celos-server failed liveness probe, will be restarted',
        count: 9,
      },
    ],
    previousLog: log(
      'Feb 11, 2026 8:20:51 AM org.apache.coyote.AbstractProtocol start',
      'INFO: Starting ProtocolHandler ["http-bio-8080"]',
      'Feb 11, 2026 8:20:51 AM org.apache.catalina.startup.Catalina start',
      'INFO: Server startup in 4120 ms',
      every(
        12,
        (i) =>
          `2026-02-11 ${clock('08:20:55', i * 3)},${String(100 + i * 37).padStart(3, '0')} INFO  [http-bio-8080-exec-${i + 1}] celos.server.CelosServlet - GET /celos/slot-state?id=wf-ingest@2026-02-11T${String(i % 24).padStart(2, '0')}:00Z 200`,
      ),
      '2026-02-11 08:21:30,118 WARN  [http-bio-8080-exec-12] celos.server.OozieExternalService - oozie call took 58211 ms: GET http://oozie.hadoop.svc:11000/oozie/v2/jobs',
      '2026-02-11 08:22:41,003 WARN  [http-bio-8080-exec-77] celos.server.OozieExternalService - oozie call took 61004 ms: GET http://oozie.hadoop.svc:11000/oozie/v2/jobs',
      '2026-02-11 08:23:02,551 ERROR [http-bio-8080-exec-31] celos.server.CelosServlet - java.net.SocketTimeoutException: Read timed out',
      '\tat java.net.SocketInputStream.socketRead0(Native Method)',
      '\tat org.apache.oozie.client.OozieClient$JobsStatus.call(OozieClient.java:1248)',
      'Feb 11, 2026 8:24:51 AM org.apache.tomcat.util.net.JIoEndpoint$Acceptor run',
      'INFO: Maximum number of threads (200) created for connector with address null and port 8080',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'sixth-solr-backup-stale-nfs-handle',
    family: 'wedged-process',
    source: 'https://github.com/kubernetes/kubernetes/issues/75918',
    signal: 'Alert',
    containers: [{ name: 'solr', running: { startedAt: '2026-02-03T09:00:00Z' }, ready: true, restarts: 0 }],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'SolrBackupFailing: vds-solr snapshot to /var/solr/backups failed 6 times since 06:10; the NFS server nfs.vds-solr.svc.cluster.local was restarted at 06:02 and is serving other clients',
      },
    ],
    currentLog: log(
      '2026-02-11 08:00:00.118 INFO  (qtp1698097425-31) [c:vds s:shard1 r:core_node2 x:vds_shard1_replica_n1] o.a.s.h.SnapShooter Creating backup snapshot snapshot.vds-20260211080000 at file:///var/solr/backups',
      '2026-02-11 08:00:00.131 ERROR (qtp1698097425-31) [c:vds s:shard1 r:core_node2 x:vds_shard1_replica_n1] o.a.s.h.SnapShooter Exception while creating snapshot => java.nio.file.FileSystemException: /var/solr/backups/snapshot.vds-20260211080000: Stale file handle',
      '2026-02-11 08:12:44.020 INFO  (qtp1698097425-40) [c:vds s:shard1 r:core_node2 x:vds_shard1_replica_n1] o.a.s.c.S.Request webapp=/solr path=/select params={q=title:report&rows=10} hits=211 status=0 QTime=4',
      '2026-02-11 08:20:00.102 ERROR (qtp1698097425-31) [c:vds s:shard1 r:core_node2 x:vds_shard1_replica_n1] o.a.s.h.SnapShooter Exception while creating snapshot => java.nio.file.FileSystemException: /var/solr/backups/snapshot.vds-20260211082000: Stale file handle',
    ),
    accept: ['restart-pod', 'rollout-restart', 'escalate'],
  },
  {
    id: 'sixth-druid-operator-lease-lost-etcd-slow',
    family: 'leader-election',
    source: 'https://github.com/datainfrahq/druid-operator/issues/201',
    signal: 'CrashLoopBackOff',
    containers: [crashed('druid-operator', 1, 14)],
    previousLog: log(
      'I0211 08:23:01.114204       1 leaderelection.go:250] attempting to acquire leader lease druid/e6946145.apache.org...',
      'I0211 08:23:01.130772       1 leaderelection.go:260] successfully acquired lease druid/e6946145.apache.org',
      '2026-02-11T08:23:01Z\tINFO\tStarting workers\t{"controller": "druid", "controllerGroup": "druid.apache.org", "controllerKind": "Druid", "worker count": 1}',
      'E0211 08:24:15.225693       1 leaderelection.go:332] error retrieving resource lock druid/e6946145.apache.org: Get "https://10.233.0.1:443/apis/coordination.k8s.io/v1/namespaces/druid/leases/e6946145.apache.org": context deadline exceeded',
      'E0211 08:24:20.290493       1 leaderelection.go:364] Failed to update lock: etcdserver: request timed out',
      'I0211 08:24:25.290546       1 leaderelection.go:280] failed to renew lease druid/e6946145.apache.org: timed out waiting for the condition',
      '2026-02-11T08:24:25Z\tERROR\tsetup\tproblem running manager\t{"error": "leader election lost"}',
      'main.main',
      '\t/workspace/main.go:121',
      'runtime.main',
      '\t/usr/local/go/src/runtime/proc.go:250',
    ),
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'KubeAPIErrorBudgetBurn: apiserver write latency p99 9.8s; etcd_disk_wal_fsync_duration_seconds p99 2.1s on all three control-plane members',
      },
    ],
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- load saturation
  {
    id: 'sixth-uwsgi-listen-queue-traffic-spike',
    family: 'saturation',
    source: 'https://github.com/graphsense/graphsense-REST/issues/18',
    signal: 'Alert',
    containers: [
      { name: 'graphsense-rest', running: { startedAt: '2026-02-10T12:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'GraphsenseHigh5xx: 31% of requests return 502/504 since 08:14; request rate 6.1x the weekly baseline (workshop with 90 participants); Cassandra read latency p99 6ms',
      },
    ],
    currentLog: log(
      '[pid: 17|app: 0|req: 6255/12909] 10.244.0.9 () {50 vars in 850 bytes} [Wed Feb 11 08:22:16 2026] GET /btc/addresses/1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa => generated 3334 bytes in 832 msecs (HTTP/1.1 200) 2 headers in 85 bytes (1 switches on core 0)',
      '[pid: 18|app: 0|req: 6256/12910] 10.244.0.9 () {50 vars in 846 bytes} [Wed Feb 11 08:22:16 2026] GET /btc/txs/4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b => generated 2981 bytes in 790 msecs (HTTP/1.1 200) 2 headers in 85 bytes (1 switches on core 0)',
      'Wed Feb 11 08:22:18 2026 - *** uWSGI listen queue of socket ":5000" (fd: 3) full !!! (101/100) ***',
      'Wed Feb 11 08:22:19 2026 - *** uWSGI listen queue of socket ":5000" (fd: 3) full !!! (101/100) ***',
      '[pid: 19|app: 0|req: 6259/12915] 10.244.0.9 () {50 vars in 850 bytes} [Wed Feb 11 08:22:19 2026] GET /btc/entities/2917 => generated 5120 bytes in 815 msecs (HTTP/1.1 200) 2 headers in 85 bytes (1 switches on core 0)',
      'Wed Feb 11 08:22:20 2026 - *** uWSGI listen queue of socket ":5000" (fd: 3) full !!! (101/100) ***',
      'Wed Feb 11 08:22:21 2026 - *** uWSGI listen queue of socket ":5000" (fd: 3) full !!! (101/100) ***',
    ),
    accept: ['scale-up', 'escalate'],
  },
  {
    id: 'sixth-matomo-max-request-workers-campaign',
    family: 'saturation',
    source: 'https://github.com/matomo-org/docker/issues/359',
    signal: 'Alert',
    containers: [
      { name: 'matomo', running: { startedAt: '2026-02-09T10:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'MatomoTrackingLatencyHigh: /matomo.php p99 9.4s; tracking requests 4.3x baseline since the newsletter campaign at 08:00; MySQL p99 query time 5ms, CPU of matomo pods 96%',
      },
    ],
    currentLog: log(
      '10.244.1.5 - - [11/Feb/2026:08:21:02 +0000] "GET /matomo.php?idsite=3&rec=1&action_name=Spring%20sale&url=https%3A%2F%2Fshop.example.com%2F HTTP/1.1" 204 277 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"',
      '10.244.1.5 - - [11/Feb/2026:08:21:02 +0000] "GET /matomo.php?idsite=3&rec=1&action_name=Product&url=https%3A%2F%2Fshop.example.com%2Fp%2F8812 HTTP/1.1" 204 277 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
      '[Wed Feb 11 08:21:05.212442 2026] [mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting',
      '10.244.1.5 - - [11/Feb/2026:08:21:07 +0000] "POST /matomo.php HTTP/1.1" 204 277 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2)"',
      '10.244.1.5 - - [11/Feb/2026:08:21:07 +0000] "GET /matomo.php?idsite=3&rec=1&action_name=Cart HTTP/1.1" 204 277 "-" "Mozilla/5.0 (Linux; Android 14)"',
    ),
    accept: ['scale-up', 'escalate'],
  },
  {
    id: 'sixth-thumbnailer-cpu-throttled-backlog',
    family: 'saturation',
    source: 'https://github.com/kubernetes-sigs/kubernetes-mixin/issues/470',
    signal: 'Alert',
    containers: [
      { name: 'thumbnailer', running: { startedAt: '2026-02-10T07:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'CPUThrottlingHigh: 91.2% throttling of CPU in namespace prod for container thumbnailer in pod sixth-thumbnailer-cpu-throttled-backlog.',
      },
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'RabbitmqQueueBacklog: queue thumbnails has 48210 ready messages and growing (+9k/5m); uploads 3.2x baseline since 07:40; broker memory 22%',
      },
    ],
    currentLog: log(
      'time=2026-02-11T08:20:01.118Z level=info msg="job done" queue=thumbnails job=8f3a1c2b size=2048x1536 took=1.94s',
      'time=2026-02-11T08:20:03.402Z level=info msg="job done" queue=thumbnails job=2b7e9a0c size=4032x3024 took=2.27s',
      chatter('logfmt', 4),
      'time=2026-02-11T08:25:00.000Z level=info msg="consumer stats" queue=thumbnails prefetch=8 in_flight=8 processed_5m=131 avg_took=2.29s',
      'time=2026-02-11T08:25:04.771Z level=info msg="job done" queue=thumbnails job=a19c7e3d size=4032x3024 took=2.41s',
    ),
    accept: ['scale-up', 'escalate'],
  },
  {
    id: 'sixth-trillian-mysql-too-many-connections',
    family: 'connection-limit',
    source: 'https://github.com/google/trillian/issues/1142',
    signal: 'Alert',
    containers: [
      {
        name: 'trillian-log-server',
        running: { startedAt: '2026-02-11T07:40:00Z' },
        ready: true,
        restarts: 0,
      },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'ScalingReplicaSet',
        on: 'Deployment',
        message: 'Scaled up replica set sixth-trillian-mysql-too-many-connections-6d5c8b7f9 to 8 from 4',
      },
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'TrillianQueueLeavesErrors: 41% of QueueLeaves RPCs fail with Internal; mysql max_connections=256, Threads_connected=256',
      },
    ],
    currentLog: log(
      'I0211 08:20:01.118203       1 main.go:98] **** Log Server Starting ****',
      'I0211 08:20:01.240511       1 main.go:142] RPC server starting on :8090',
      'I0211 08:22:44.002318       1 log_operation_manager.go:306] Log operation manager pass complete',
      'E0211 08:24:31.551862       1 sequencer.go:380] 3518771001423377: Sequencer failed to start tx: Could not start tree TX: Error 1040: Too many connections',
      'E0211 08:24:31.552019       1 server.go:112] QueueLeaves: Could not start tree TX: Error 1040: Too many connections',
      'I0211 08:24:40.100002       1 log_operation_manager.go:306] Log operation manager pass complete',
      every(40, (i) =>
        i % 4 === 0
          ? `E0211 ${clock('08:25:02', i * 3)}.901114       1 server.go:112] QueueLeaves: Could not start tree TX: Error 1040: Too many connections`
          : `I0211 ${clock('08:25:02', i * 3)}.120511       1 log_operation_manager.go:306] Log operation manager pass complete`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixth-summarizer-openai-rate-limit',
    family: 'upstream-rate-limit',
    source: 'https://github.com/phodal/auto-dev/issues/21',
    signal: 'Alert',
    containers: [
      { name: 'summarizer', running: { startedAt: '2026-02-10T09:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message: 'SummaryBacklogGrowing: 12400 tickets waiting for a summary (threshold 1000); worker CPU 7%',
      },
    ],
    currentLog: log(
      chatter('json', 6),
      '{"level":30,"time":1770798120118,"pid":1,"hostname":"summarizer","ticket":"HD-88121","msg":"summary requested","model":"gpt-3.5-turbo"}',
      '{"level":50,"time":1770798120402,"pid":1,"hostname":"summarizer","ticket":"HD-88121","err":{"type":"OpenAiHttpException","message":"Rate limit reached for default-gpt-3.5-turbo in organization org-7hQ2kLx9VbN3sT4pWm8eRz1d on requests per min. Limit: 3500 / min. Please try again in 17ms. Contact us through our help center at help.openai.com if you continue to have issues.","statusCode":429},"msg":"summary failed, requeued"}',
      chatter('json', 4, 6),
      '{"level":50,"time":1770798121530,"pid":1,"hostname":"summarizer","ticket":"HD-88140","err":{"type":"OpenAiHttpException","message":"Rate limit reached for default-gpt-3.5-turbo in organization org-7hQ2kLx9VbN3sT4pWm8eRz1d on requests per min. Limit: 3500 / min. Please try again in 17ms. Contact us through our help center at help.openai.com if you continue to have issues.","statusCode":429},"msg":"summary failed, requeued"}',
      '{"level":40,"time":1770798180000,"pid":1,"hostname":"summarizer","msg":"stats","ok_1m":3491,"rate_limited_1m":2210,"backlog":12400}',
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- cache, queue and session stores at maxmemory
  {
    id: 'sixth-wordpress-redis-object-cache-full',
    family: 'redis-oom-cache',
    source: 'https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      { name: 'wordpress', running: { startedAt: '2026-02-08T10:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'RedisMemoryFull: redis wp-object-cache used_memory 256MB equals maxmemory, maxmemory-policy noeviction; the instance holds only WordPress object-cache keys (wp:*), no persistence',
      },
    ],
    currentLog: log(
      '10.244.0.7 - - [11/Feb/2026:08:23:10 +0000] "GET /blog/spring-sale/ HTTP/1.1" 200 48211 "-" "Mozilla/5.0"',
      "[Wed Feb 11 08:23:14.551201 2026] [php:error] [pid 88] [client 10.244.0.7:51234] PHP Fatal error:  Uncaught RedisException: OOM command not allowed when used memory > 'maxmemory'. in /var/www/html/wp-content/object-cache.php:2212",
      'Stack trace:',
      '#0 /var/www/html/wp-content/object-cache.php(2212): Redis->set()',
      '#1 /var/www/html/wp-content/object-cache.php(294): WP_Object_Cache->set()',
      '#2 /var/www/html/wp-includes/post.php(5747): wp_cache_set()',
      '#3 /var/www/html/wp-includes/class-wp.php(239): get_page_by_path()',
      '#4 /var/www/html/wp-includes/class-wp.php(780): WP->parse_request()',
      '#5 /var/www/html/wp-includes/functions.php(1332): WP->main()',
      '#6 {main}',
      '10.244.0.7 - - [11/Feb/2026:08:23:14 +0000] "GET /shop/ HTTP/1.1" 500 0 "-" "Mozilla/5.0"',
    ),
    accept: ['flush-redis-cache', 'escalate'],
  },
  {
    id: 'sixth-bull-queue-redis-maxmemory',
    family: 'redis-oom-queue',
    source: 'https://github.com/bee-queue/arena/issues/115',
    signal: 'Alert',
    containers: [
      { name: 'upload-worker', running: { startedAt: '2026-02-10T16:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'RedisMemoryFull: redis-jobs used_memory equals maxmemory (512MB); 1.2M keys under bull:upload json:*, 0 evicted_keys',
      },
    ],
    currentLog: log(
      chatter('json', 5),
      "BRPOPLPUSH { ReplyError: OOM command not allowed when used memory > 'maxmemory'.",
      '    at JavascriptRedisParser.returnError (/app/node_modules/ioredis/lib/redis/parser.js:24:25)',
      '    at JavascriptRedisParser.execute (/app/node_modules/redis-parser/lib/parser.js:572:12)',
      '    at Socket.<anonymous> (/app/node_modules/ioredis/lib/redis/event_handler.js:107:22)',
      '    at Socket.emit (events.js:182:13)',
      '    at TCP.onread (net.js:639:20)',
      "  name: 'ReplyError',",
      "  message: 'OOM command not allowed when used memory > \\'maxmemory\\'.',",
      '  command:',
      "   { name: 'brpoplpush',",
      "     args: [ 'bull:upload json:wait', 'bull:upload json:active', '5' ] } }",
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
  {
    id: 'sixth-jetty-redis-sessions-maxmemory',
    family: 'redis-oom-sessions',
    source: 'https://github.com/ovea-deprecated/jetty-session-redis/issues/9',
    signal: 'Alert',
    containers: [
      { name: 'storefront', running: { startedAt: '2026-02-09T08:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'CheckoutLoginFailures: 38% of logins and cart updates fail since 08:02; redis-sessions used_memory 1.00G equals maxmemory 1073741824',
      },
    ],
    currentLog: log(
      '2026-02-11 08:24:01.118:INFO:oejs.Server:main: Started @4120ms',
      '2026-02-11 08:24:12.551:WARN:oejs.HttpChannel:qtp1836019240-41: /cart/add',
      "redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.",
      '\tat redis.clients.jedis.Protocol.processError(Protocol.java:113)',
      '\tat redis.clients.jedis.Protocol.process(Protocol.java:138)',
      '\tat redis.clients.jedis.BinaryJedis.hmset(BinaryJedis.java:767)',
      '\tat com.ovea.jetty.session.redis.RedisSessionManager.storeSession(RedisSessionManager.java:218)',
      '\tat com.ovea.jetty.session.redis.RedisSessionManager$RedisSession.save(RedisSessionManager.java:331)',
      '2026-02-11 08:24:13.004:WARN:oejs.HttpChannel:qtp1836019240-44: /login',
      "redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.",
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
  // ---------------------------------------------------------------- node-level faults seen from the pod
  {
    id: 'sixth-cdi-apiserver-evicted-disk-pressure',
    family: 'eviction',
    source: 'https://github.com/operate-first/apps/issues/1352',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'cdi-apiserver',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
      },
    ],
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: ephemeral-storage. Container cdi-apiserver was using 68Ki, which exceeds its request of 0.',
      },
      {
        type: 'Normal',
        reason: 'Killing',
        message: 'Stopping container cdi-apiserver',
      },
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'KubeletEvictingPods: node oct-03-09-compute has condition DiskPressure; 14 pods evicted in 30m; /var/lib/containers 97% used by images',
      },
    ],
    accept: ['cordon-drain-node', 'replace-node', 'escalate'],
  },
  {
    id: 'sixth-jenkins-node-not-ready',
    family: 'node-not-ready',
    source: 'https://github.com/kubernetes/community/issues/7060',
    signal: 'NodeNotReady',
    containers: [
      { name: 'jenkins', running: { startedAt: '2026-02-04T10:00:00Z' }, ready: false, restarts: 0 },
    ],
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready' },
      {
        type: 'Normal',
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod prod/jenkins-0',
      },
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'KubeNodeUnreachable: ip-10-0-7-21.ec2.internal has been unreachable for 34m (taint node.kubernetes.io/unreachable:NoExecute); EC2 status check: instance reachability failed',
      },
    ],
    accept: ['replace-node', 'cordon-drain-node', 'escalate'],
  },
  {
    id: 'sixth-pdf-renderer-node-fs-read-only',
    family: 'node-filesystem',
    source: 'https://github.com/kubernetes/kubernetes/issues/99126',
    signal: 'CrashLoopBackOff',
    containers: [crashed('pdf-renderer', 1, 8)],
    events: [
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'NodeKernelFilesystemError: ip-10-0-12-7.ec2.internal kernel: EXT4-fs error (device nvme0n1p1): htree_dirblock_to_tree:896: inode #1703950: block 6832992: comm containerd: bad entry in directory: rec_len is smaller than minimal - offset=0(28672), inode=0, rec_len=0, name_len=0; Aborting journal on device nvme0n1p1-8.; EXT4-fs (nvme0n1p1): Remounting filesystem read-only. The node still reports Ready.',
      },
    ],
    previousLog: log(
      '2026-02-11 08:25:40,118 INFO pdf_renderer: starting pdf-renderer 2.3.1 workers=4',
      'Traceback (most recent call last):',
      '  File "/app/pdf_renderer/__main__.py", line 22, in <module>',
      '    main()',
      '  File "/app/pdf_renderer/main.py", line 41, in main',
      '    scratch = tempfile.mkdtemp(prefix="render-")',
      '  File "/usr/local/lib/python3.12/tempfile.py", line 373, in mkdtemp',
      '    _os.mkdir(file, 0o700)',
      "OSError: [Errno 30] Read-only file system: '/tmp/render-7f3a_kq2'",
    ),
    accept: ['cordon-drain-node', 'replace-node', 'escalate'],
  },
  {
    id: 'sixth-sonarqube-db-ebs-multi-attach',
    family: 'volume-attach',
    source: 'https://github.com/aws/aws-node-termination-handler/issues/1124',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [{ name: 'postgresql', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedAttachVolume',
        message:
          'Multi-Attach error for volume "pvc-b9190e94-39ee-42cb-af3b-d4b5d9cb81b1" Volume is already exclusively attached to one node and can\'t be attached to another',
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-8vq2m]: timed out waiting for the condition',
        count: 9,
      },
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'KubeNodeUnreachable: ip-10-0-3-44.ec2.internal (the node the previous sonar-postgresql pod ran on) unreachable since 07:58; EC2 instance i-0a1b2c3d4e5f60718 is stopped and still holds vol-0c8e2f1a9b7d6e543',
      },
    ],
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- escalations in other software
  {
    id: 'sixth-n8n-worker-missing-encryption-key',
    family: 'missing-config',
    source: 'https://github.com/n8n-io/n8n/issues/14596',
    signal: 'CrashLoopBackOff',
    containers: [crashed('n8n-worker', 1, 7)],
    previousLog: log(
      'Permissions 0644 for n8n settings file /home/node/.n8n/config are too wide. This is ignored for now, but in the future n8n will attempt to change the permissions automatically. To automatically enforce correct permissions now set N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=true (recommended), or turn this check off set N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false.',
      'User settings loaded from: /home/node/.n8n/config',
      'Error: Failed to start worker because of missing encryption key. Please set the `N8N_ENCRYPTION_KEY` env var when starting the worker. See: https://docs.n8n.io/hosting/configuration/configuration-examples/encryption-key/',
      '    at InstanceSettings.loadOrCreate (/usr/local/lib/node_modules/n8n/node_modules/n8n-core/src/instance-settings/instance-settings.ts:202:11)',
      '    at new InstanceSettings (/usr/local/lib/node_modules/n8n/node_modules/n8n-core/src/instance-settings/instance-settings.ts:67:24)',
      '    at ContainerClass.get (/usr/local/lib/node_modules/n8n/node_modules/@n8n/di/src/di.ts:104:16)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixth-superset-default-secret-key',
    family: 'missing-config',
    source: 'https://github.com/apache/superset/issues/24201',
    signal: 'CrashLoopBackOff',
    containers: [crashed('superset', 3, 6)],
    previousLog: log(
      '[2026-02-11 08:26:08 +0000] [1] [INFO] Starting gunicorn 21.2.0',
      '[2026-02-11 08:26:08 +0000] [1] [INFO] Listening at: http://0.0.0.0:8088 (1)',
      '[2026-02-11 08:26:08 +0000] [1] [INFO] Using worker: gthread',
      '[2026-02-11 08:26:08 +0000] [215] [INFO] Booting worker with pid: 215',
      'Loaded your LOCAL configuration at [/app/pythonpath/superset_config.py]',
      '--------------------------------------------------------------------------------',
      '                                    WARNING',
      '--------------------------------------------------------------------------------',
      'A Default SECRET_KEY was detected, please use superset_config.py to override it.',
      'Use a strong complex alphanumeric string and use a tool to help you generate ',
      'a sufficiently random sequence, ex: openssl rand -base64 42',
      '--------------------------------------------------------------------------------',
      '--------------------------------------------------------------------------------',
      'Refusing to start due to insecure SECRET_KEY',
      '[2026-02-11 08:26:11 +0000] [215] [INFO] Worker exiting (pid: 215)',
      '[2026-02-11 08:26:11 +0000] [1] [INFO] Shutting down: Master',
      '[2026-02-11 08:26:11 +0000] [1] [INFO] Reason: Worker failed to boot.',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixth-cilium-agent-down-sandbox',
    family: 'cni',
    source: 'https://github.com/cilium/cilium/issues/40345',
    signal: 'Alert',
    phase: 'Pending',
    containers: [{ name: 'checkout', waiting: { reason: 'ContainerCreating' } }],
    events: [
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "eda8bab9e1914ec43190de3df221354a5a9db9b2385bddc2afe02b271d11668b": plugin type="cilium-cni" failed (add): unable to connect to Cilium agent: failed to create cilium agent client after 30.000000 seconds timeout: Get "http://localhost/v1/config": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory',
        count: 14,
      },
      {
        type: 'Normal',
        reason: 'SandboxChanged',
        message: 'Pod sandbox changed, it will be killed and re-created.',
        count: 14,
      },
      {
        type: 'Normal',
        reason: 'Alert',
        message:
          'KubePodNotReady: pod prod/checkout has been in a non-ready state for more than 15 minutes; cilium-agent on the same node is in CrashLoopBackOff',
      },
    ],
    accept: ['escalate', 'cordon-drain-node'],
  },
  {
    id: 'sixth-pgbouncer-server-login-failed',
    family: 'datastore-auth',
    source: 'https://github.com/pgbouncer/pgbouncer/issues/578',
    signal: 'ProbeFailure',
    containers: [
      { name: 'billing-api', running: { startedAt: '2026-02-10T05:00:00Z' }, ready: false, restarts: 0 },
      { name: 'pgbouncer', running: { startedAt: '2026-02-10T05:00:00Z' }, ready: true, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 58,
      },
    ],
    currentLog: log(
      '2026-02-11 08:20:01.118 UTC [1] LOG stats: 41 xacts/s, 88 queries/s, in 30911 B/s, out 112044 B/s, xact 1822 us, query 760 us, wait 12 us',
      '2026-02-11 08:21:07.736 UTC [1] WARNING server login failed: FATAL password authentication failed for user "billing"',
      '2026-02-11 08:21:07.736 UTC [1] WARNING C-0x55d1c3a8e0b0: billing/billing@10.244.2.15:48212 pooler error: password authentication failed for user "billing"',
      '2026-02-11 08:21:07.990 ERROR billing.health: database check failed: psycopg2.OperationalError: ERROR:  pgbouncer cannot connect to server',
      '2026-02-11 08:21:08.004 WARNING billing.db: circuit breaker "postgres" OPEN after 5 consecutive failures; failing fast for 30s',
      every(90, (i) =>
        i % 6 === 5
          ? `2026-02-11 ${clock('08:21:10', i * 5)}.744 UTC [1] WARNING server login failed: FATAL password authentication failed for user "billing"`
          : i % 3 === 0
            ? `10.244.0.1 - - [11/Feb/2026:${clock('08:21:10', i * 5)} +0000] "GET /ready HTTP/1.1" 500 61 "-" "kube-probe/1.29"`
            : i % 3 === 1
              ? `2026-02-11 ${clock('08:21:10', i * 5)}.120 ERROR billing.api: GET /v1/invoices/${88100 + i} failed: CircuitBreakerOpen: circuit "postgres" is open`
              : `10.244.1.7 - - [11/Feb/2026:${clock('08:21:10', i * 5)} +0000] "GET /v1/invoices/${88100 + i} HTTP/1.1" 503 44 "-" "checkout/2.3.1"`,
      ),
      '2026-02-11 08:28:37.744 UTC [1] LOG stats: 0 xacts/s, 0 queries/s, in 0 B/s, out 0 B/s, xact 0 us, query 0 us, wait 0 us',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixth-joplin-db-host-unresolvable',
    family: 'dns',
    source: 'https://github.com/laurent22/joplin/issues/4400',
    signal: 'ProbeFailure',
    containers: [
      { name: 'joplin-server', running: { startedAt: '2026-02-11T07:42:51Z' }, ready: false, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.244.3.17:22300/api/ping": dial tcp 10.244.3.17:22300: connect: connection refused',
        count: 93,
      },
    ],
    currentLog: log(
      '2026-02-11 07:42:51: App: Starting server (prod) on port 22300 and PID 24...',
      '2026-02-11 07:42:51: App: Running in Docker: true',
      '2026-02-11 07:42:51: App: Public base URL: https://notes.example.com',
      '2026-02-11 07:42:51: App: Log dir: /home/joplin/packages/server/logs',
      '2026-02-11 07:42:51: App: DB Config: {',
      "  client: 'pg',",
      "  name: 'joplin',",
      "  user: 'joplin',",
      "  password: '********',",
      '  port: 5432,',
      "  host: 'joplin-postgres.data.svc.cluster.local'",
      '}',
      '2026-02-11 07:42:51: App: Trying to connect to database...',
      '2026-02-11 07:42:51: db: Could not connect. Will try again. getaddrinfo ENOTFOUND joplin-postgres.data.svc.cluster.local',
      '2026-02-11 07:42:52: db: Could not connect. Will try again. getaddrinfo ENOTFOUND joplin-postgres.data.svc.cluster.local',
      every(
        120,
        (i) =>
          `2026-02-11 ${clock('07:42:53', i)}: db: Could not connect. Will try again. getaddrinfo ENOTFOUND joplin-postgres.data.svc.cluster.local`,
      ),
      '2026-02-11 08:29:58: db: Could not connect. Will try again. getaddrinfo ENOTFOUND joplin-postgres.data.svc.cluster.local',
      '2026-02-11 08:29:59: db: Could not connect. Will try again. getaddrinfo ENOTFOUND joplin-postgres.data.svc.cluster.local',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixth-gitea-orm-unknown-config',
    family: 'container-config',
    source: 'https://github.com/go-gitea/gitea/issues/6910',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      { name: 'init-directories', terminated: { reason: 'Completed', exitCode: 0 } },
      { name: 'init-app-ini', terminated: { reason: 'Completed', exitCode: 0 } },
      crashed('configure-gitea', 1, 8),
    ],
    containers: [{ name: 'gitea', waiting: { reason: 'PodInitializing' } }],
    previousLog: log(
      '==== BEGIN GITEA CONFIGURATION ====',
      '2026/02/11 08:26:04 [I] Log Mode: Console(Info)',
      '2026/02/11 08:26:04 [I] XORM Log Mode: Console(Info)',
      '2026/02/11 08:26:04 [I] Cache Service Enabled',
      '2026/02/11 08:26:04 [I] Session Service Enabled',
      '2026/02/11 08:26:04 [I] Mail Service Enabled',
      '2026/02/11 08:26:04 [I] Notify Mail Service Enabled',
      '2026/02/11 08:26:04 [...itea/routers/init.go:60 GlobalInit()] [E] Failed to initialize ORM engine: invalid value / unknown config name: enable',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixth-hcloud-ccm-secret-key-missing',
    family: 'missing-config',
    source: 'https://github.com/hetznercloud/csi-driver/issues/1389',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'hcloud-cloud-controller-manager',
        waiting: {
          reason: 'CreateContainerConfigError',
          message: "couldn't find key network in Secret prod/hcloud",
        },
      },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Pulled',
        message:
          'Container image "registry.example.com/prod/hcloud-cloud-controller-manager:2.3.1" already present on machine',
        count: 12,
      },
      { reason: 'Failed', message: "Error: couldn't find key network in Secret prod/hcloud", count: 12 },
    ],
    accept: ['escalate'],
  },
];
