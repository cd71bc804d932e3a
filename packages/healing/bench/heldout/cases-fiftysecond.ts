import { crashLoop, type HeldOutCase, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` for `s` seconds after 07:00:00 on the case's day. */
const hms = (s: number): string =>
  `${dd(7 + Math.floor(s / 3600))}:${dd(Math.floor((s % 3600) / 60))}:${dd(s % 60)}`;

/** ISO-8601 with milliseconds, `s` seconds after 07:00:00Z on 2026-02-11. */
const iso = (s: number, ms = 0): string => `2026-02-11T${hms(s)}.${String(ms % 1000).padStart(3, '0')}Z`;

/** A node of the batch with nothing wrong, its harmless conditions spelled out. */
const quietNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
  ],
};

/** A GPU node whose accelerated hardware the EKS node monitoring agent reports healthy. */
const quietGpuNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'AcceleratedHardwareReady', status: 'True', reason: 'AcceleratedHardwareIsReady' },
    { type: 'KernelReady', status: 'True', reason: 'KernelIsReady' },
  ],
  taints: ['nvidia.com/gpu=true:NoSchedule'],
};

/**
 * A fifty-second batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at a video streaming company on EKS, the
 * ordinary mix an on-call rotation sees rather than a contest of tricks. Transcoding: a Go job
 * runner on SQS driving FFmpeg, a GStreamer live transcoder and clip exporter; packaging: Shaka
 * Packager for live HLS on a memory-backed volume, Bento4's mp4dash workers; live origin and
 * recorder on nginx-rtmp, WebRTC edges on MediaMTX; DRM: a licence proxy and a FairPlay key server
 * module; catalogue and profiles on Kotlin Spring WebFlux (R2DBC on Aurora Postgres, Lettuce on a
 * Redis title cache, Reactor Netty's resolver); recommendations on Faiss (a candidate index read
 * into RAM, an index fetched by an init container, faiss-cpu against numpy 2) and a feature store
 * on Redis written by redis-py; the player-telemetry pipeline on Vector (Kafka sink, ClickHouse
 * sinks), a sarama consumer and ClickHouse itself (slow table loading, TOO_MANY_PARTS, a per-query
 * memory limit, a rotated password); subtitles on WhisperX / faster-whisper / CTranslate2 on L4 GPU
 * nodes with the NVIDIA device plugin and its NFD subchart; thumbnails with pyvips/libvips; search
 * on Typesense (scoped keys, raft catch-up, in-memory collections); entitlements and playback
 * sessions in gRPC Go (gomemcache to Memcached, a stream leak); Stripe webhooks on stripe-node; S3
 * and CloudFront invalidations through boto3; an Envoy edge gateway and partner gateway; Karpenter
 * with Spot and GPU node pools; the EKS node monitoring agent; nightly CronJobs (a DDEX catalogue
 * import with lxml, royalty reports through clickhouse-connect). Software no earlier batch used:
 * nginx-rtmp, Faiss, WhisperX, pyvips, gomemcache, CloudFront invalidations, clickhouse-connect,
 * the DDEX import, the device plugin's NFD toleration. Each quotes the wording of the public
 * thread, page or source in `source`. Mix: 14 escalations (CloudFront's in-progress wildcard
 * invalidation limit on a premiere artwork refresh, CoreDNS timeouts behind Reactor Netty, a
 * partner's truncated DDEX feed in a CronJob, a Spot reclaim Karpenter is already handling, a
 * poison input crashing batched transcription with an illegal memory access on a healthy GPU,
 * Docker Hub's anonymous pull limit on a fresh node, an init container refused by a tightened
 * bucket policy, a FairPlay Secret key renamed by a rotation, a stale EBS VolumeAttachment after
 * consolidation, a rotated ClickHouse password under Vector, Postgres out of connection slots after
 * an HPA scale-out, the live recorder's volume full, an expired Typesense scoped key, GPU pods
 * Pending because the device plugin never runs on the new nodes); 10 restarts (7 right: FFmpeg
 * stalled on a silent S3 read while its runner extends visibility, gomemcache dialling Memcached's
 * old addresses, an R2DBC pool of connections an Aurora failover closed, Vector's Kafka sink stuck
 * after a broker was fenced, nginx-rtmp holding a dead publisher so the encoder is refused, a
 * sarama consumer that never rejoined after a rebalance, Envoy serving a client certificate that
 * expired after cert-manager renewed the Secret; 3 wrong: ClickHouse killed by its liveness probe
 * while loading 41k parts, a Typesense node 89 minutes into catching up, Vector buffering behind
 * ClickHouse's TOO_MANY_PARTS); 6 memory (3 raises right: a Faiss index grown by two territories,
 * pyvips on 8K PNG masters, a Typesense collection grown by per-episode documents; 3 wrong: a gRPC
 * stream leak OOM-killed every eleven minutes, a royalty report over ClickHouse's per-query limit,
 * Shaka Packager's undeleted segments in a memory-backed volume); 4 rollbacks (3 right: a webhook
 * route behind the JSON body parser, faiss-cpu under numpy 2, an Envoy bootstrap with a removed
 * field; 1 wrong: a watch-history release older than its database's full disk); 2 scale-ups (the
 * licence proxy at its HPA maximum on premiere night, packaging workers under a season drop); 2
 * node actions (a GPU fallen off the bus, a node whose container runtime is down); 2 cache flushes
 * (1 right: a title-page cache under noeviction; 1 wrong: the recommendations feature store).
 */
export const FIFTYSECOND_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    // Marketing swapped the key art of 1,400 titles for Friday's premiere at 07:50. The publisher
    // asks CloudFront for one wildcard invalidation per title; CloudFront allows 15 in progress
    // per distribution, so almost every request is refused and the jobs land in the DLQ. More
    // replicas would only send more refused requests.
    id: 'fiftysecond-artwork-publisher-invalidations-failing',
    family: 'third-party-rate-limit',
    source: 'https://github.com/mdn/developer-portal/issues/1134',
    signal: 'Alert',
    containers: [
      {
        name: 'artwork-publisher',
        running: { startedAt: '2026-02-11T07:00:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          CLOUDFRONT_DISTRIBUTION_ID: 'E2K7QX4M1ZB8VD',
          ARTWORK_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/381204667513/artwork-publish',
          WORKER_CONCURRENCY: '8',
          AWS_MAX_ATTEMPTS: '5',
        },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SQSDeadLetterQueueNotEmpty: queue artwork-publish-dlq has 1126 visible messages (was 0 at 07:45); source queue artwork-publish',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `{"timestamp": "${iso(1500 + i * 55, 118 + i * 7)}", "level": "info", "logger": "artwork.publisher", "event": "artwork published", "title_id": "tt-${48112 + i * 13}", "variant": "${['hero-16x9', 'poster-2x3', 'tile-1x1'][i % 3]}", "s3_key": "artwork/tt-${48112 + i * 13}/${['hero-16x9', 'poster-2x3', 'tile-1x1'][i % 3]}.webp", "invalidation_id": "I${(0x2b7c91 + i * 977).toString(36).toUpperCase()}QF3K2M"}`,
      ),
      '{"timestamp": "2026-02-11T07:50:12.402Z", "level": "info", "logger": "artwork.publisher", "event": "batch received", "batch_id": "premiere-refresh-0211", "titles": 1412, "requested_by": "marketing-cms"}',
      times(14, (i) =>
        i % 2 === 0
          ? `{"timestamp": "${iso(3013 + i * 3, 300 + i * 11)}", "level": "info", "logger": "artwork.publisher", "event": "artwork published", "title_id": "tt-${50211 + i}", "variant": "hero-16x9", "s3_key": "artwork/tt-${50211 + i}/hero-16x9.webp", "invalidation_id": "I${(0x3c1e22 + i * 1013).toString(36).toUpperCase()}PL7R4A"}`
          : `{"timestamp": "${iso(3013 + i * 3, 310 + i * 11)}", "level": "info", "logger": "artwork.publisher", "event": "invalidation requested", "title_id": "tt-${50211 + i}", "paths": ["/artwork/tt-${50211 + i}/*"]}`,
      ),
      times(
        44,
        (i) =>
          `{"timestamp": "${iso(3060 + i * 52, 500 + i * 13)}", "level": "error", "logger": "artwork.publisher", "event": "invalidation failed", "title_id": "tt-${50240 + i * 3}", "paths": ["/artwork/tt-${50240 + i * 3}/*"], "attempt": ${(i % 5) + 1}, "error": "An error occurred (TooManyInvalidationsInProgress) when calling the CreateInvalidation operation (reached max retries: 4): Processing your request will cause you to exceed the maximum number of in-progress wildcard invalidations."${i % 5 === 4 ? ', "action": "message left for redrive to artwork-publish-dlq"' : ''}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // CoreDNS is overloaded on premiere evening (its own pods throttled); profiles-api resolves its
    // downstream services through Reactor Netty's resolver, whose queries time out. Nothing in
    // this pod is broken and a restart resolves through the same CoreDNS.
    id: 'fiftysecond-profiles-api-5xx',
    family: 'dns',
    source: 'https://github.com/reactor/reactor-netty/issues/2978',
    signal: 'Alert',
    containers: [
      {
        name: 'profiles-api',
        running: { startedAt: '2026-02-11T07:00:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          CATALOGUE_BASE_URL: 'http://catalogue-api.catalogue.svc.cluster.local:8080',
          ENTITLEMENTS_BASE_URL: 'http://entitlements.billing.svc.cluster.local:8080',
        },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ServiceHigh5xxRate: profiles-api 5xx ratio 0.38 over 10m (GET /v1/profiles/{id}/continue-watching)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:51.204Z  INFO 1 --- [profiles-api] [           main] c.s.profiles.ProfilesApplicationKt       : Started ProfilesApplicationKt in 6.912 seconds (process running for 7.544)',
      times(
        30,
        (i) =>
          `${iso(1800 + i * 90, 100 + i * 13)}  INFO 1 --- [profiles-api] [or-http-epoll-${(i % 4) + 1}] c.s.profiles.web.AccessLog               : GET /v1/profiles/${880120 + i * 7}/continue-watching 200 ${18 + ((i * 13) % 40)}ms`,
      ),
      times(6, (i) =>
        [
          `${iso(4520 + i * 60, 201 + i)}  WARN 1 --- [profiles-api] [or-http-epoll-${(i % 4) + 1}] c.s.profiles.client.CatalogueClient      : catalogue lookup failed, serving profile without artwork: org.springframework.web.reactive.function.client.WebClientRequestException: failed to resolve 'catalogue-api.catalogue.svc.cluster.local' after 6 queries `,
          `${iso(4521 + i * 60, 331 + i)} ERROR 1 --- [profiles-api] [or-http-epoll-${((i + 1) % 4) + 1}] a.w.r.e.AbstractErrorWebExceptionHandler : [${(0x5f1c2a9e + i * 4111).toString(16)}-${118 + i}]  500 Server Error for HTTP GET "/v1/profiles/${881020 + i * 31}/continue-watching"`,
          '',
          `org.springframework.web.reactive.function.client.WebClientRequestException: failed to resolve 'entitlements.billing.svc.cluster.local' after 6 queries `,
          '\tat org.springframework.web.reactive.function.client.ExchangeFunctions$DefaultExchangeFunction.lambda$wrapException$9(ExchangeFunctions.java:136)',
          '\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: ',
          'Error has been observed at the following site(s):',
          '\t*__checkpoint ⇢ Request to GET http://entitlements.billing.svc.cluster.local:8080/v1/entitlements/active [DefaultWebClient]',
          'Original Stack Trace:',
          '\t\tat org.springframework.web.reactive.function.client.ExchangeFunctions$DefaultExchangeFunction.lambda$wrapException$9(ExchangeFunctions.java:136)',
          '\t\tat reactor.core.publisher.MonoErrorSupplied.subscribe(MonoErrorSupplied.java:55)',
          `Caused by: java.net.UnknownHostException: failed to resolve 'entitlements.billing.svc.cluster.local' after 6 queries `,
          '\tat io.netty.resolver.dns.DnsResolveContext.finishResolve(DnsResolveContext.java:1151)',
          '\tat io.netty.resolver.dns.DnsResolveContext.tryToFinishResolve(DnsResolveContext.java:1098)',
          '\tat io.netty.resolver.dns.DnsResolveContext.query(DnsResolveContext.java:456)',
          'Caused by: io.netty.resolver.dns.DnsNameResolverTimeoutException: [/172.20.0.10:53] query via UDP timed out after 5000 milliseconds (no stack trace available)',
        ].join('\n'),
      ),
      times(
        12,
        (i) =>
          `${iso(4890 + i * 40, 700 + i)}  INFO 1 --- [profiles-api] [or-http-epoll-${(i % 4) + 1}] c.s.profiles.web.AccessLog               : GET /v1/profiles/${882400 + i * 11}/continue-watching ${i % 3 === 0 ? 200 : 500} ${i % 3 === 0 ? 41 : 10012 + i}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The nightly catalogue import failed all three attempts on the same delivery: the studio's
    // DDEX feed for 2026-02-10 ends mid-release (their upload was cut off). Their side to fix.
    id: 'fiftysecond-catalogue-import-job-failed',
    family: 'cronjob-failed',
    source: 'https://github.com/gtluu/timsconvert/issues/17',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'catalogue-import',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          IMPORT_PARTNER: 'northlight-studios',
          FEED_URL: 'https://feeds.northlight.example/ddex/ern43/2026-02-10/catalogue.xml',
          CATALOGUE_DB_HOST: 'catalogue-db.cluster-c7hx2m1q9zk4.eu-west-1.rds.amazonaws.com',
        },
        args: ['python', '-m', 'catalogue_import', '--partner', 'northlight-studios', '--date', '2026-02-10'],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container catalogue-import', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 05:41:02,118 INFO catalogue_import.main: import started partner=northlight-studios delivery=2026-02-10 attempt=3',
      '2026-02-11 05:41:02,412 INFO catalogue_import.fetch: GET https://feeds.northlight.example/ddex/ern43/2026-02-10/catalogue.xml -> 200 (Content-Length 1083441209, Last-Modified Tue, 10 Feb 2026 23:58:41 GMT)',
      '2026-02-11 05:41:48,902 INFO catalogue_import.fetch: downloaded 1083441209 bytes to /work/catalogue.xml (sha256 not provided by partner)',
      times(
        36,
        (i) =>
          `2026-02-11 05:${dd(42 + Math.floor(i / 6))}:${dd((i * 10) % 60)},${String(100 + i * 23).padStart(3, '0')} INFO catalogue_import.ddex: parsed ${(i + 1) * 500} releases (${(i + 1) * 2210} resources, ${(i + 1) * 14} deals); last ICPN ${String(5059012000000 + i * 500).padStart(13, '0')}`,
      ),
      '2026-02-11 05:48:09,771 ERROR catalogue_import.main: import failed partner=northlight-studios delivery=2026-02-10 parsed=18211 upserted=0 (transaction rolled back)',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/runpy.py", line 198, in _run_module_as_main',
      '    return _run_code(code, main_globals, None,',
      '  File "/app/catalogue_import/__main__.py", line 4, in <module>',
      '    main()',
      '  File "/app/catalogue_import/main.py", line 71, in main',
      '    releases = list(ddex.iter_releases(path))',
      '  File "/app/catalogue_import/ddex.py", line 88, in iter_releases',
      '    for _event, element in etree.iterparse(path, tag=RELEASE_TAG, huge_tree=True):',
      '  File "src/lxml/iterparse.pxi", line 210, in lxml.etree.iterparse.__next__',
      '  File "src/lxml/iterparse.pxi", line 195, in lxml.etree.iterparse.__next__',
      '  File "src/lxml/iterparse.pxi", line 230, in lxml.etree.iterparse._read_more_events',
      '  File "src/lxml/parser.pxi", line 1432, in lxml.etree._FeedParser.close',
      '  File "src/lxml/parser.pxi", line 610, in lxml.etree._ParserContext._handleParseResult',
      '  File "src/lxml/parser.pxi", line 619, in lxml.etree._ParserContext._handleParseResultDoc',
      '  File "src/lxml/parser.pxi", line 743, in lxml.etree._handleParseResult',
      '  File "src/lxml/parser.pxi", line 672, in lxml.etree._raiseParseError',
      '  File "/work/catalogue.xml", line 21877340',
      'lxml.etree.XMLSyntaxError: Premature end of data in tag Release line 21877291, column 5',
    ),
    accept: ['escalate'],
  },
  {
    // EC2 reclaimed the Spot instance under a transcode worker; Karpenter tainted and is draining
    // the node and has already launched a replacement. The runner hands its jobs back to SQS on
    // SIGTERM. Nothing to fix: terminating the node now would cut the two-minute notice short.
    id: 'fiftysecond-transcode-runner-terminating',
    family: 'spot-interruption',
    source: 'https://github.com/aws/karpenter-provider-aws/pull/8289',
    signal: 'Alert',
    containers: [
      {
        name: 'transcode-runner',
        running: { startedAt: '2026-02-11T07:00:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JOB_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/381204667513/transcode-jobs',
          MAX_CONCURRENT_JOBS: '2',
          VISIBILITY_EXTEND_EVERY: '60s',
        },
        mounts: [{ volume: 'work', path: '/work' }],
      },
    ],
    volumes: [{ name: 'work', emptyDir: { sizeLimit: '40Gi' } }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      unschedulable: true,
      taints: ['karpenter.sh/disrupted:NoSchedule'],
    },
    events: [
      { reason: 'SpotInterrupted', message: 'Spot interruption warning was triggered', type: 'Warning' },
      { reason: 'Killing', message: 'Stopping container transcode-runner', type: 'Normal' },
      {
        reason: 'AlertFiring',
        message:
          'TranscodeWorkerInterrupted: transcode-runner pod on ip-10-40-7-213.eu-west-1.compute.internal terminating (capacity-type spot); 2 jobs in flight',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"time":"2026-02-11T07:00:41.118Z","level":"INFO","msg":"runner starting","queue":"transcode-jobs","max_concurrent_jobs":2,"ffmpeg":"7.1"}',
      times(
        40,
        (i) =>
          `{"time":"${iso(120 + i * 120, 200 + i)}","level":"INFO","msg":"${i % 4 === 3 ? 'job finished' : 'visibility extended'}","job_id":"tj-${(0x71c3a0 + Math.floor(i / 4) * 173).toString(16)}","title_id":"tt-${40211 + Math.floor(i / 4)}","rendition":"${['1080p-h264', '720p-h264', '2160p-hevc'][Math.floor(i / 4) % 3]}"${i % 4 === 3 ? `,"duration_s":${380 + i * 3}` : ',"extend_by_s":300'}}`,
      ),
      '{"time":"2026-02-11T08:28:12.004Z","level":"WARN","msg":"signal received, draining","signal":"terminated","in_flight":2}',
      '{"time":"2026-02-11T08:28:12.006Z","level":"INFO","msg":"poller stopped","queue":"transcode-jobs"}',
      '{"time":"2026-02-11T08:28:12.311Z","level":"INFO","msg":"ffmpeg interrupted","job_id":"tj-7272cb","pid":4411,"exit":"signal: interrupt","out_time":"00:41:07.16"}',
      '{"time":"2026-02-11T08:28:12.402Z","level":"INFO","msg":"message returned to queue","job_id":"tj-7272cb","change_visibility_timeout":0}',
      '{"time":"2026-02-11T08:28:12.519Z","level":"INFO","msg":"ffmpeg interrupted","job_id":"tj-727387","pid":4698,"exit":"signal: interrupt","out_time":"00:12:44.80"}',
      '{"time":"2026-02-11T08:28:12.588Z","level":"INFO","msg":"message returned to queue","job_id":"tj-727387","change_visibility_timeout":0}',
      '{"time":"2026-02-11T08:28:12.590Z","level":"INFO","msg":"drained, waiting for termination"}',
    ),
    accept: ['escalate'],
  },
  {
    // One subtitle job, a four-hour live concert recording, crashes the batched transcription at
    // the same batch on every attempt; the job is redelivered and the worker crashes again. The
    // GPU and the node are healthy (other jobs ran fine before); the fault follows the input.
    id: 'fiftysecond-subtitle-transcriber-crashloop',
    family: 'poison-input',
    source: 'https://github.com/SYSTRAN/faster-whisper/issues/994',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('whisperx', 1, 7),
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        env: {
          WHISPER_MODEL: 'large-v3',
          COMPUTE_TYPE: 'float16',
          BATCH_SIZE: '16',
          JOB_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/381204667513/subtitle-jobs',
        },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'whisper-models' }],
    node: quietGpuNode,
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container whisperx in pod subtitle-transcriber-5d8c9f7b4-qk2lm',
        type: 'Warning',
        count: 29,
      },
    ],
    previousLog: log(
      '2026-02-11 08:14:31,118 INFO subtitles.worker: worker started model=large-v3 device=cuda compute_type=float16 batch_size=16',
      '2026-02-11 08:14:44,902 INFO subtitles.worker: model loaded in 13.4s (CTranslate2 4.5.0, GPU 0: NVIDIA L4, 23034 MiB)',
      '2026-02-11 08:14:45,010 INFO subtitles.worker: received job=sub-88213 media=LIVE-2026-0207-ARENA-CONCERT duration=04:02:17 language=auto attempt=8',
      '2026-02-11 08:14:45,011 INFO subtitles.worker: extracting audio track 1 (8ch 48kHz) -> 16kHz mono',
      '2026-02-11 08:15:31,447 INFO subtitles.worker: voice activity detection: 2911 speech segments, 212 batches',
      times(
        56,
        (i) =>
          `2026-02-11 08:${dd(15 + Math.floor((32 + i * 2) / 60))}:${dd((32 + i * 2) % 60)},${String(100 + i * 17).padStart(3, '0')} INFO subtitles.worker: job=sub-88213 batch ${i + 1}/212 done in ${(1.6 + (i % 7) * 0.11).toFixed(2)}s`,
      ),
      '2026-02-11 08:17:25,880 ERROR subtitles.worker: job=sub-88213 failed at batch 57/212 (segment 00:58:41.220-00:59:10.904)',
      'Traceback (most recent call last):',
      '  File "/app/subtitles/worker.py", line 142, in run_job',
      '    result = model.transcribe(audio, batch_size=settings.batch_size, language=job.language)',
      '  File "/usr/local/lib/python3.11/site-packages/whisperx/asr.py", line 219, in transcribe',
      '    for idx, out in enumerate(self.__call__(data(audio, vad_segments), batch_size=batch_size, num_workers=num_workers)):',
      '  File "/usr/local/lib/python3.11/site-packages/transformers/pipelines/pt_utils.py", line 124, in __next__',
      '    item = next(self.iterator)',
      '  File "/usr/local/lib/python3.11/site-packages/transformers/pipelines/pt_utils.py", line 125, in __next__',
      '    processed = self.infer(item, **self.params)',
      '  File "/usr/local/lib/python3.11/site-packages/whisperx/asr.py", line 152, in _forward',
      "    outputs = self.model.generate_segment_batched(model_inputs['inputs'], self.tokenizer, self.options)",
      '  File "/usr/local/lib/python3.11/site-packages/whisperx/asr.py", line 48, in generate_segment_batched',
      '    encoder_output = self.encode(features)',
      '  File "/usr/local/lib/python3.11/site-packages/whisperx/asr.py", line 87, in encode',
      '    return self.model.encode(features, to_cpu=False)',
      'RuntimeError: CUDA failed with error an illegal memory access was encountered',
    ),
    accept: ['escalate'],
  },
  {
    // A new Karpenter node has none of the edge's images cached; the WebRTC edge pulls MediaMTX
    // anonymously from Docker Hub and the NAT gateway's address is over the anonymous pull limit.
    id: 'fiftysecond-webrtc-edge-image-pull',
    family: 'image-pull',
    source: 'https://github.com/kata-containers/kata-containers/issues/10109',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'mediamtx',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "bluenviron/mediamtx:1.11.3"',
        },
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: { MTX_WEBRTCADDITIONALHOSTS: 'edge-eu1.live.example.tv', MTX_PROTOCOLS: 'tcp' },
        mounts: [{ volume: 'config', path: '/mediamtx.yml' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'webrtc-edge-mediamtx' }],
    node: quietNode,
    events: [
      { reason: 'Pulling', message: 'Pulling image "bluenviron/mediamtx:1.11.3"', type: 'Normal', count: 5 },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "bluenviron/mediamtx:1.11.3": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/bluenviron/mediamtx:1.11.3": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/bluenviron/mediamtx/manifests/sha256:4c1f0e2b9a8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
        type: 'Warning',
        count: 5,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 5 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "bluenviron/mediamtx:1.11.3"',
        type: 'Normal',
        count: 41,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 41 },
    ],
    accept: ['escalate'],
  },
  {
    // The init container fetches last night's Faiss index from S3. The bucket's policy was
    // tightened yesterday and the pod role no longer may read the index prefix: 403 on every try.
    id: 'fiftysecond-similar-titles-init-crashloop',
    family: 'credentials',
    source: 'https://github.com/aws/res/issues/111',
    signal: 'CrashLoopBackOff',
    phase: 'Pending',
    initContainers: [
      {
        ...crashed('fetch-index', 1, 9),
        memoryLimit: '256Mi',
        env: {
          INDEX_URI: 's3://recs-artifacts-prod/faiss/similar-titles/2026-02-10/index.ivfpq',
          AWS_ROLE_ARN: 'arn:aws:iam::381204667513:role/similar-titles-api',
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
        },
        mounts: [{ volume: 'index', path: '/index' }],
      },
    ],
    containers: [
      {
        name: 'similar-titles-api',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        env: { FAISS_INDEX_PATH: '/index/index.ivfpq', NPROBE: '32' },
        mounts: [{ volume: 'index', path: '/index' }],
      },
    ],
    volumes: [{ name: 'index', emptyDir: { sizeLimit: '8Gi' } }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fetch-index in pod similar-titles-api-6f9c4d8b7-x2wq5',
        type: 'Warning',
        count: 38,
      },
    ],
    previousLog: log(
      "+ echo 'fetching index s3://recs-artifacts-prod/faiss/similar-titles/2026-02-10/index.ivfpq'",
      'fetching index s3://recs-artifacts-prod/faiss/similar-titles/2026-02-10/index.ivfpq',
      '+ aws --version',
      'aws-cli/2.22.35 Python/3.12.6 Linux/6.1.119-129.201.amzn2023.x86_64 exec-env/EKS exe/x86_64.amzn.2023',
      '+ df -h /index',
      'Filesystem      Size  Used Avail Use% Mounted on',
      '/dev/nvme1n1p1  200G   61G  140G  31% /index',
      '+ aws sts get-caller-identity',
      '{',
      '    "UserId": "AROAVR3K7Q2M5XN8PLT4D:botocore-session-1770797531",',
      '    "Account": "381204667513",',
      '    "Arn": "arn:aws:sts::381204667513:assumed-role/similar-titles-api/botocore-session-1770797531"',
      '}',
      '+ aws s3 ls s3://recs-artifacts-prod/faiss/similar-titles/',
      '                           PRE 2026-02-08/',
      '                           PRE 2026-02-09/',
      '                           PRE 2026-02-10/',
      '+ aws s3 cp --no-progress s3://recs-artifacts-prod/faiss/similar-titles/2026-02-10/index.ivfpq /index/index.ivfpq',
      'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden',
    ),
    accept: ['escalate'],
  },
  {
    // Security rotated the FairPlay application secret key last night and the External Secrets
    // sync now writes it under a new key name. Pods already running keep working; this one, moved
    // by a node rotation, cannot be created because the Secret lacks the key it references.
    id: 'fiftysecond-fairplay-ksm-config-error',
    family: 'missing-secret-key',
    source: 'https://github.com/sentry-kubernetes/charts/issues/1433',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'fairplay-ksm',
        waiting: {
          reason: 'CreateContainerConfigError',
          message: "couldn't find key FPS_ASK in Secret drm/fairplay-credentials",
        },
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { KSM_LISTEN: ':8443', KEY_SERVER_URL: 'https://keys.drm.svc.cluster.local' },
        mounts: [{ volume: 'fps-cert', path: '/etc/fps' }],
      },
    ],
    volumes: [{ name: 'fps-cert', secret: 'fairplay-certificate' }],
    node: quietNode,
    events: [
      {
        reason: 'Pulled',
        message:
          'Container image "381204667513.dkr.ecr.eu-west-1.amazonaws.com/drm/fairplay-ksm:3.4.0" already present on machine',
        type: 'Normal',
        count: 22,
      },
      {
        reason: 'Failed',
        message: "Error: couldn't find key FPS_ASK in Secret drm/fairplay-credentials",
        type: 'Warning',
        count: 22,
      },
    ],
    accept: ['escalate'],
  },
  {
    // Karpenter consolidated the node that ran the clip exporter 40 minutes ago; the EBS volume's
    // VolumeAttachment still names the terminated node, so the replacement cannot attach it.
    id: 'fiftysecond-clip-exporter-volume-attach',
    family: 'volume-attach',
    source: 'https://github.com/aws/aws-node-termination-handler/issues/1124',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'clip-exporter',
        waiting: { reason: 'ContainerCreating' },
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: { GST_DEBUG: '2', EXPORT_BUCKET: 's3://social-clips-prod', SCRATCH_DIR: '/scratch' },
        mounts: [{ volume: 'scratch', path: '/scratch' }],
      },
    ],
    volumes: [{ name: 'scratch', persistentVolumeClaim: 'clip-exporter-scratch' }],
    node: quietNode,
    events: [
      {
        reason: 'FailedAttachVolume',
        message:
          'Multi-Attach error for volume "pvc-6b2f9e41-0c7a-4d58-9e13-b2a4f7c81d05" Volume is already exclusively attached to one node and can\'t be attached to another',
        type: 'Warning',
        count: 1,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[scratch], unattached volumes=[scratch kube-api-access-7xk2p]: timed out waiting for the condition',
        type: 'Warning',
        count: 38,
      },
    ],
    accept: ['escalate'],
  },
  {
    // The ClickHouse password for the QoE writer was rotated in the database at 07:30 but the
    // Secret this Vector reads was not updated. Every insert is refused; Vector retries and buffers.
    id: 'fiftysecond-qoe-events-writer-refused',
    family: 'credentials',
    source: 'https://github.com/vectordotdev/vector/issues/17536',
    signal: 'Alert',
    containers: [
      {
        name: 'vector',
        running: { startedAt: '2026-02-11T07:00:36Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          VECTOR_LOG: 'info',
          CLICKHOUSE_ENDPOINT: 'http://clickhouse-qoe.analytics.svc.cluster.local:8123',
        },
        args: ['--config-dir', '/etc/vector/'],
        mounts: [
          { volume: 'config', path: '/etc/vector' },
          { volume: 'clickhouse-auth', path: '/var/run/secrets/clickhouse' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'qoe-events-writer' },
      { name: 'clickhouse-auth', secret: 'clickhouse-qoe-writer' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'VectorSinkErrors: qoe-events-writer sink clickhouse_qoe component_errors_total rate 4.1/s for 15m; events sent 0',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:36.911203Z  INFO vector::app: Log level is enabled. level="info"',
      '2026-02-11T07:00:36.913380Z  INFO vector::app: Loading configs. paths=["/etc/vector"]',
      '2026-02-11T07:00:37.021644Z  INFO vector::topology::running: Running healthchecks.',
      '2026-02-11T07:00:37.022107Z  INFO vector::topology::builder: Healthcheck passed.',
      '2026-02-11T07:00:37.022410Z  INFO vector: Vector has started. debug="false" version="0.44.0" arch="x86_64" revision="3cdc7c3 2025-01-13 21:26:04.735691656"',
      '2026-02-11T07:00:37.023311Z  INFO source{component_kind="source" component_id=player_qoe component_type=kafka}: vector::sources::kafka: Subscribed to topics. topics=["player.qoe"] group_id="qoe-events-writer"',
      '2026-02-11T07:00:37.024002Z  INFO vector::internal_events::api: API server running. address=0.0.0.0:8686 playground=off graphql=http://0.0.0.0:8686/graphql',
      '2026-02-11T07:30:04.102118Z ERROR sink{component_kind="sink" component_id=clickhouse_qoe component_type=clickhouse}:request{request_id=48811}: vector::sinks::util::sink: Response failed. response=Response { status: 403, version: HTTP/1.1, headers: {"date": "Wed, 11 Feb 2026 07:30:04 GMT", "connection": "Keep-Alive", "content-type": "text/plain; charset=UTF-8", "x-clickhouse-server-display-name": "chi-qoe-main-0-0-0", "transfer-encoding": "chunked", "x-clickhouse-exception-code": "516"}, body: b"Code: 516. DB::Exception: qoe_writer: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 24.8.6.70 (official build))\\n" }',
      times(
        50,
        (i) =>
          `${iso(1805 + i * 70, 300 + i * 3).replace('Z', '118Z')} ERROR sink{component_kind="sink" component_id=clickhouse_qoe component_type=clickhouse}:request{request_id=${48812 + i * 37}}: vector::sinks::util::sink: Response failed. response=Response { status: 403, version: HTTP/1.1, headers: {"x-clickhouse-exception-code": "516"}, body: b"Code: 516. DB::Exception: qoe_writer: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 24.8.6.70 (official build))\\n" }${i % 10 === 9 ? `\n${iso(1806 + i * 70, 400 + i).replace('Z', '502Z')} ERROR sink{component_kind="sink" component_id=clickhouse_qoe component_type=clickhouse}:request{request_id=${48813 + i * 37}}: vector::sinks::util::sink: Internal log [Response failed.] is being suppressed to avoid flooding.` : ''}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Premiere evening: the HPA took catalogue-api from 6 to 18 pods, each with an R2DBC pool of
    // 20, past the database's 300 connections. More replicas mean more refused connections.
    id: 'fiftysecond-catalogue-api-connections-refused',
    family: 'connection-limit',
    source: 'https://github.com/pgjdbc/r2dbc-postgresql/issues/23',
    signal: 'Alert',
    containers: [
      {
        name: 'catalogue-api',
        running: { startedAt: '2026-02-11T08:02:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_R2DBC_URL:
            'r2dbc:postgresql://catalogue-db.cluster-c7hx2m1q9zk4.eu-west-1.rds.amazonaws.com:5432/catalogue',
          SPRING_R2DBC_POOL_MAX_SIZE: '20',
          SPRING_R2DBC_POOL_INITIAL_SIZE: '10',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ServiceHigh5xxRate: catalogue-api 5xx ratio 0.22 over 10m; RDSConnectionsNearMax: catalogue-db DatabaseConnections 300/300',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T08:02:26.411Z  INFO 1 --- [catalogue-api] [           main] c.s.catalogue.CatalogueApplicationKt     : Started CatalogueApplicationKt in 7.301 seconds (process running for 8.117)',
      times(36, (i) =>
        i % 6 === 5
          ? [
              `${iso(4400 + i * 20, 100 + i)} ERROR 1 --- [catalogue-api] [or-http-epoll-${(i % 4) + 1}] a.w.r.e.AbstractErrorWebExceptionHandler : [${(0x3a9c0000 + i * 7717).toString(16)}-${400 + i}]  500 Server Error for HTTP GET "/v1/titles/tt-${49000 + i * 17}"`,
              '',
              'org.springframework.dao.DataAccessResourceFailureException: Failed to obtain R2DBC Connection',
              '\tat org.springframework.r2dbc.connection.ConnectionFactoryUtils.lambda$getConnection$0(ConnectionFactoryUtils.java:90)',
              '\tat reactor.core.publisher.Mono.lambda$onErrorMap$27(Mono.java:3799)',
              'Caused by: io.r2dbc.postgresql.ExceptionFactory$PostgresqlNonTransientResourceException: [53300] sorry, too many clients already',
              '\tat io.r2dbc.postgresql.ExceptionFactory.createException(ExceptionFactory.java:102)',
              '\tat io.r2dbc.postgresql.ExceptionFactory.handleErrorResponse(ExceptionFactory.java:111)',
              '\tat io.r2dbc.postgresql.PostgresqlConnectionFactory.lambda$doCreateConnection$3(PostgresqlConnectionFactory.java:137)',
            ].join('\n')
          : `${iso(4400 + i * 20, 100 + i)}  INFO 1 --- [catalogue-api] [or-http-epoll-${(i % 4) + 1}] c.s.catalogue.web.AccessLog              : GET /v1/titles/tt-${49000 + i * 17} 200 ${12 + ((i * 7) % 30)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The live recorder writes every channel to a 200Gi volume; the uploader that ships finished
    // recordings to S3 and deletes them has been failing since Sunday. The volume is full.
    id: 'fiftysecond-live-recorder-write-failures',
    family: 'disk-full',
    source: 'https://github.com/arut/nginx-rtmp-module/issues/1174',
    signal: 'Alert',
    containers: [
      {
        name: 'nginx-rtmp',
        running: { startedAt: '2026-02-11T07:00:29Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        mounts: [
          { volume: 'recordings', path: '/var/recordings' },
          { volume: 'nginx-conf', path: '/etc/nginx/nginx.conf' },
        ],
      },
    ],
    volumes: [
      { name: 'recordings', persistentVolumeClaim: 'live-recordings' },
      { name: 'nginx-conf', configMap: 'live-recorder-nginx' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePersistentVolumeFillingUp: The PersistentVolume claimed by live-recordings in Namespace live is only 0.02% free.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `10.40.${i % 4}.${17 + (i % 3)} [11/Feb/2026:${hms(600 + i * 120)} +0000] ${i % 4 === 0 ? 'PUBLISH' : 'PLAY'} "live" "${['premiere-red-carpet', 'news-24', 'sport-2'][i % 3]}" "" - ${i % 4 === 0 ? 912004411 + i * 7717 : 4400 + i * 13} ${i % 4 === 0 ? 409 + i : 88120000 + i * 1911} "" "${i % 4 === 0 ? 'FMLE/3.0 (compatible; Lavf61.7' : 'Lavf61.7.100'}" (${i % 4 === 0 ? `${1 + (i % 5)}h ${(i * 7) % 60}m` : `${2 + (i % 9)}m ${(i * 13) % 60}s`})`,
      ),
      times(
        40,
        (i) =>
          `2026/02/11 ${hms(4300 + i * 25)} [crit] 31#0: *${18811 + (i % 3)} pwrite() "/var/recordings/live/${['premiere-red-carpet', 'news-24', 'sport-2'][i % 3]}-${[1770796802, 1770793210, 1770794411][i % 3]}.flv" failed (28: No space left on device), client: 10.40.${i % 3}.17, server: 0.0.0.0:1935`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // search-api uses a scoped Typesense search key generated a year ago with expires_at set to
    // today 08:00. Since then every search is refused; a new key has to be minted and stored.
    id: 'fiftysecond-search-api-searches-refused',
    family: 'credentials',
    source: 'https://github.com/typesense/typesense/issues/145',
    signal: 'Alert',
    containers: [
      {
        name: 'search-api',
        running: { startedAt: '2026-02-11T07:00:52Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          TYPESENSE_NODES: 'typesense-0.typesense:8108,typesense-1.typesense:8108,typesense-2.typesense:8108',
          TYPESENSE_COLLECTION: 'titles_v7',
        },
        args: ['uvicorn', 'search_api.main:app', '--host', '0.0.0.0', '--port', '8000', '--workers', '4'],
        mounts: [{ volume: 'typesense-key', path: '/var/run/secrets/typesense' }],
      },
    ],
    volumes: [{ name: 'typesense-key', secret: 'search-api-typesense-scoped-key' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ServiceHigh5xxRate: search-api 5xx ratio 1.00 over 10m (GET /v1/search)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'INFO:     Started server process [8]',
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
      times(
        30,
        (i) =>
          `INFO:     10.40.${i % 5}.${30 + i}:${40000 + i * 7} - "GET /v1/search?q=${['the+last', 'mountain', 'detective', 'kids+cartoons', 'premier'][i % 5]}&page=1 HTTP/1.1" 200 OK`,
      ),
      "2026-02-11 08:00:03,118 ERROR search_api.routes: search failed q='red carpet'",
      'Traceback (most recent call last):',
      '  File "/app/search_api/routes.py", line 61, in search',
      '    result = client.collections[settings.collection].documents.search(params)',
      '  File "/usr/local/lib/python3.12/site-packages/typesense/documents.py", line 314, in search',
      '    response = self.api_call.get(',
      '  File "/usr/local/lib/python3.12/site-packages/typesense/api_call.py", line 284, in get',
      '    return self._execute_request(',
      '  File "/usr/local/lib/python3.12/site-packages/typesense/api_call.py", line 208, in _execute_request',
      '    raise ApiCall.get_exception(response.status_code)(response.status_code, error_message)',
      'typesense.exceptions.RequestUnauthorized: [Errno 401] Forbidden - a valid `x-typesense-api-key` header must be sent.',
      times(
        40,
        (i) =>
          `INFO:     10.40.${i % 5}.${60 + i}:${41000 + i * 7} - "GET /v1/search?q=${['red+carpet', 'mountain', 'thriller', 'kids', 'premier'][i % 5]}&page=1 HTTP/1.1" 500 Internal Server Error`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // New g6 nodes are tainted nvidia.com/gpu=true; the device plugin chart's NFD worker tolerates
    // only value "present", so the node is never labelled and the device plugin never runs there.
    // Karpenter keeps nominating the node; the scheduler sees no nvidia.com/gpu on it.
    id: 'fiftysecond-subtitle-transcriber-pending',
    family: 'scheduling',
    source: 'https://github.com/NVIDIA/k8s-device-plugin/issues/1934',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'whisperx',
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        env: { WHISPER_MODEL: 'large-v3', COMPUTE_TYPE: 'float16', BATCH_SIZE: '8' },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'whisper-models' }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/23 nodes are available: 2 Insufficient nvidia.com/gpu, 21 node(s) didn't match Pod's node affinity/selector. preemption: 0/23 nodes are available: 2 No preemption victims found for incoming pod, 21 Preemption is not helpful for scheduling.",
        type: 'Warning',
        count: 44,
      },
      {
        reason: 'Nominated',
        message: 'Pod should schedule on: nodeclaim/gpu-l4-spot-7qk2x',
        type: 'Normal',
        count: 12,
      },
      {
        reason: 'AlertFiring',
        message:
          'KubePodNotScheduled: subtitles/subtitle-transcriber pod Pending for 85m; subtitle-jobs queue age 5100s',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts right (7)
  {
    // At 07:41 the mezzanine read for one job stalled (the S3 connection went silent without a
    // reset). ffmpeg has no read timeout on that input and waits forever, while the runner keeps
    // extending the message's visibility. Deleting the pod lets the job go back to the queue.
    id: 'fiftysecond-transcode-runner-job-stalled',
    family: 'wedged-worker',
    source: 'https://github.com/BtbN/FFmpeg-Builds/issues/293',
    signal: 'Alert',
    containers: [
      {
        name: 'transcode-runner',
        running: { startedAt: '2026-02-11T07:00:38Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JOB_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/381204667513/transcode-jobs',
          MAX_CONCURRENT_JOBS: '2',
          VISIBILITY_EXTEND_EVERY: '60s',
          FFMPEG_INPUT_FLAGS: '-reconnect 1 -reconnect_streamed 1',
        },
        mounts: [{ volume: 'work', path: '/work' }],
      },
    ],
    volumes: [{ name: 'work', emptyDir: { sizeLimit: '40Gi' } }],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TranscodeJobNoProgress: job tj-71f02a (tt-50087 2160p-hevc) on transcode-runner-7c5d9b8f4-m8kq2 has reported the same out_time for 48m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"time":"2026-02-11T07:00:39.002Z","level":"INFO","msg":"runner starting","queue":"transcode-jobs","max_concurrent_jobs":2,"ffmpeg":"7.1"}',
      '{"time":"2026-02-11T07:02:11.417Z","level":"INFO","msg":"job started","job_id":"tj-71f02a","title_id":"tt-50087","rendition":"2160p-hevc","argv":["ffmpeg","-hide_banner","-nostdin","-reconnect","1","-reconnect_streamed","1","-i","https://mezz-eu1.s3.eu-west-1.amazonaws.com/tt-50087/feature.mxf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=21600&X-Amz-SignedHeaders=host","-map","0:v:0","-c:v","libx265","-preset","medium","-x265-params","keyint=96:min-keyint=96","-b:v","16M","-progress","pipe:2","/work/tj-71f02a/2160p.mp4"]}',
      times(
        38,
        (i) =>
          `{"time":"${iso(200 + i * 60, 118 + i * 3)}","level":"INFO","msg":"ffmpeg progress","job_id":"tj-71f02a","frame":${(i + 1) * 3720},"fps":${(58 + (i % 5) * 0.7).toFixed(1)},"out_time":"${dd(Math.floor(((i + 1) * 155) / 3600))}:${dd(Math.floor((((i + 1) * 155) % 3600) / 60))}:${dd(((i + 1) * 155) % 60)}.04","speed":"${(2.4 + (i % 4) * 0.03).toFixed(2)}x"}`,
      ),
      '{"time":"2026-02-11T07:41:19.882Z","level":"INFO","msg":"ffmpeg progress","job_id":"tj-71f02a","frame":145080,"fps":58.9,"out_time":"01:40:45.04","speed":"2.41x"}',
      times(48, (i) =>
        i % 3 === 2
          ? `{"time":"${iso(2500 + i * 60, 300 + i)}","level":"INFO","msg":"job finished","job_id":"tj-${(0x7211c0 + i * 97).toString(16)}","title_id":"tt-${50110 + i}","rendition":"${['720p-h264', '1080p-h264', '480p-h264'][i % 3]}","duration_s":${160 + ((i * 17) % 90)}}`
          : `{"time":"${iso(2500 + i * 60, 310 + i)}","level":"INFO","msg":"visibility extended","job_id":"tj-71f02a","extend_by_s":300,"last_out_time":"01:40:45.04","progress_age_s":${Math.max(0, 2500 + i * 60 - 2479)}}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // The Memcached StatefulSet moved to new nodes at 07:35 and its pods got new addresses.
    // gomemcache resolved the server names once, at start, and keeps dialling the old ones: every
    // entitlement lookup times out on the cache and falls back to Postgres. Memcached itself is fine.
    id: 'fiftysecond-entitlements-cache-timeouts',
    family: 'stale-connection',
    source: 'https://github.com/bradfitz/gomemcache/issues/93',
    signal: 'Alert',
    containers: [
      {
        name: 'entitlements',
        running: { startedAt: '2026-02-11T07:00:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          GRPC_LISTEN: ':9090',
          MEMCACHED_SERVERS:
            'memcached-0.memcached.cache.svc.cluster.local:11211,memcached-1.memcached.cache.svc.cluster.local:11211,memcached-2.memcached.cache.svc.cluster.local:11211',
          MEMCACHED_TIMEOUT: '100ms',
          GOMEMLIMIT: '400MiB',
        },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GRPCLatencyHigh: entitlements.v1.Entitlements/Check p99 412ms over 15m (SLO 50ms); cache hit ratio 0.00',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T07:00:33.514Z","caller":"server/main.go:64","msg":"memcached servers resolved","servers":["10.40.3.17:11211","10.40.5.42:11211","10.40.1.88:11211"]}',
      '{"level":"info","ts":"2026-02-11T07:00:33.602Z","caller":"server/main.go:91","msg":"grpc server listening","addr":":9090"}',
      times(
        18,
        (i) =>
          `{"level":"info","ts":"${iso(120 + i * 120, 11 + i)}","caller":"server/stats.go:40","msg":"entitlement checks","window":"2m","checks":${41000 + i * 311},"cache_hits":${39800 + i * 300},"cache_misses":${1200 + i * 11},"cache_errors":0,"db_queries":${1200 + i * 11},"p99_ms":${4 + (i % 3)}}`,
      ),
      times(40, (i) =>
        i % 8 === 7
          ? `{"level":"info","ts":"${iso(2160 + i * 80, 9 + i)}","caller":"server/stats.go:40","msg":"entitlement checks","window":"2m","checks":${43800 + i * 97},"cache_hits":0,"cache_misses":0,"cache_errors":${43800 + i * 97},"db_queries":${43800 + i * 97},"p99_ms":${380 + (i % 5) * 9}}`
          : `{"level":"warn","ts":"${iso(2160 + i * 80, 40 + i)}","caller":"cache/memcache.go:58","msg":"cache get failed, falling back to database","key":"ent:acct:${(0x4d21a9 + i * 7919).toString(16)}","error":"memcache: connect timeout to ${['10.40.3.17', '10.40.5.42', '10.40.1.88'][i % 3]}:11211"}`,
      ),
    ),
    accept: ['rollout-restart', 'restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // Aurora failed the catalogue writer over for maintenance at 07:32. The R2DBC pool kept the
    // connections the old writer had terminated and hands them out without validating them; the
    // new writer has been healthy since 07:33. A restart builds a fresh pool.
    id: 'fiftysecond-catalogue-api-500s',
    family: 'stale-connection',
    source: 'https://github.com/spring-projects/spring-data-r2dbc/issues/783',
    signal: 'Alert',
    containers: [
      {
        name: 'catalogue-api',
        running: { startedAt: '2026-02-11T07:00:47Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_R2DBC_URL:
            'r2dbc:postgresql://catalogue-db.cluster-c7hx2m1q9zk4.eu-west-1.rds.amazonaws.com:5432/catalogue',
          SPRING_R2DBC_POOL_MAX_SIZE: '20',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ServiceHigh5xxRate: catalogue-api 5xx ratio 0.71 over 15m; RDS catalogue-db writer available since 07:33 (event RDS-EVENT-0071 failover completed)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:55.204Z  INFO 1 --- [catalogue-api] [           main] c.s.catalogue.CatalogueApplicationKt     : Started CatalogueApplicationKt in 7.118 seconds (process running for 7.902)',
      times(
        24,
        (i) =>
          `${iso(300 + i * 70, 100 + i * 9)}  INFO 1 --- [catalogue-api] [or-http-epoll-${(i % 4) + 1}] c.s.catalogue.web.AccessLog              : GET /v1/titles/tt-${48000 + i * 23} 200 ${9 + ((i * 7) % 25)}ms`,
      ),
      times(
        3,
        (i) =>
          `${iso(1930, 377 + i * 2)}  WARN 1 --- [catalogue-api] [actor-tcp-nio-${i + 1}] i.r.p.client.ReactorNettyClient          : Error: SEVERITY_LOCALIZED=FATAL, SEVERITY_NON_LOCALIZED=FATAL, CODE=57P01, MESSAGE=terminating connection due to administrator command, FILE=postgres.c, LINE=3300, ROUTINE=ProcessInterrupts`,
      ),
      times(10, (i) =>
        [
          `${iso(2100 + i * 330, 200 + i)} ERROR 1 --- [catalogue-api] [or-http-epoll-${(i % 4) + 1}] a.w.r.e.AbstractErrorWebExceptionHandler : [${(0x7a1c0000 + i * 5171).toString(16)}-${900 + i}]  500 Server Error for HTTP GET "/v1/titles/tt-${49200 + i * 41}"`,
          '',
          'org.springframework.r2dbc.UncategorizedR2dbcException: executeMany; SQL [SELECT title.* FROM title WHERE title.id = $1]; Cannot exchange messages because the connection is closed',
          '\tat org.springframework.r2dbc.connection.ConnectionFactoryUtils.convertR2dbcException(ConnectionFactoryUtils.java:253)',
          '\tat org.springframework.r2dbc.core.DefaultDatabaseClient.lambda$inConnectionMany$8(DefaultDatabaseClient.java:147)',
          'Caused by: io.r2dbc.postgresql.client.ReactorNettyClient$PostgresConnectionClosedException: Cannot exchange messages because the connection is closed',
          '\tat io.r2dbc.postgresql.client.ReactorNettyClient.lambda$exchange$3(ReactorNettyClient.java:186)',
          '\tat reactor.core.publisher.FluxCreate.subscribe(FluxCreate.java:97)',
          '\tat io.r2dbc.postgresql.util.FluxDiscardOnCancel.subscribe(FluxDiscardOnCancel.java:49)',
        ].join('\n'),
      ),
      times(
        20,
        (i) =>
          `${iso(5100 + i * 14, 40 + i)}  INFO 1 --- [catalogue-api] [or-http-epoll-${(i % 4) + 1}] c.s.catalogue.web.AccessLog              : GET /v1/titles/tt-${49600 + i * 13} ${i % 4 === 0 ? 200 : 500} ${i % 4 === 0 ? 11 : 3}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // A Kafka broker was fenced for a few seconds at 07:48 (a controller GC pause) and reported
    // leader -1 for its partitions. Vector's Kafka sink has timed out every message since, though
    // the broker recovered at once and other producers write fine. Only a restart clears it.
    id: 'fiftysecond-player-events-shipper-stuck',
    family: 'wedged-producer',
    source: 'https://github.com/vectordotdev/vector/issues/25375',
    signal: 'Alert',
    containers: [
      {
        name: 'vector',
        running: { startedAt: '2026-02-11T07:00:34Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { VECTOR_LOG: 'info', KAFKA_BOOTSTRAP: 'b-1.telemetry.kafka.eu-west-1.amazonaws.com:9094' },
        args: ['--config-dir', '/etc/vector/'],
        mounts: [{ volume: 'config', path: '/etc/vector' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'player-events-shipper' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'VectorEventsDropped: player-events-shipper sink kafka_heartbeats dropped 1.9k events/s for 40m; topic player.heartbeats produce rate from other shippers normal',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:34.811904Z  INFO vector::app: Log level is enabled. level="info"',
      '2026-02-11T07:00:34.815233Z  INFO vector::app: Loading configs. paths=["/etc/vector"]',
      '2026-02-11T07:00:35.004412Z  INFO vector::topology::running: Running healthchecks.',
      '2026-02-11T07:00:35.118230Z  INFO vector::topology::builder: Healthcheck passed.',
      '2026-02-11T07:00:35.118904Z  INFO vector: Vector has started. debug="false" version="0.44.0" arch="x86_64" revision="3cdc7c3 2025-01-13 21:26:04.735691656"',
      '2026-02-11T07:00:35.119310Z  INFO source{component_kind="source" component_id=player_beacons component_type=http_server}: vector::sources::util::http::prelude: Building HTTP server. address=0.0.0.0:8080',
      '2026-02-11T07:48:02.441019Z ERROR rdkafka::client: librdkafka: Global error: BrokerTransportFailure (Local: Broker transport failure): sasl_ssl://b-2.telemetry.kafka.eu-west-1.amazonaws.com:9096/2: Disconnected (after 2846402ms in state UP)',
      '2026-02-11T07:48:03.118604Z  WARN rdkafka::client: librdkafka: METADATA [thrd:main]: sasl_ssl://b-1.telemetry.kafka.eu-west-1.amazonaws.com:9096/1: Metadata request failed: Leader not available (Broker: Leader not available)',
      times(
        50,
        (i) =>
          `${iso(2950 + i * 48, 200 + i * 7).replace('Z', '331Z')} ERROR sink{component_kind="sink" component_id=kafka_heartbeats component_type=kafka}: vector_common::internal_event::service: ${i % 2 === 0 ? `Service call failed. No retries or retries exhausted. error=Some(KafkaError (Message production error: MessageTimedOut (Local: Message timed out))) request_id=${190211 + i * 61} error_type="request_failed" stage="sending" internal_log_rate_limit=true` : `Internal log [Service call failed. No retries or retries exhausted.] is being suppressed to avoid flooding.`}`,
      ),
      times(
        8,
        (i) =>
          `${iso(4000 + i * 170, 500 + i).replace('Z', '114Z')} ERROR sink{component_kind="sink" component_id=kafka_heartbeats component_type=kafka}: vector_common::internal_event::component_events_dropped: Events dropped intentional=false count=${1000 + (i % 3) * 500} reason="Service call failed. No retries or retries exhausted." internal_log_rate_limit=true`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // The sport-2 encoder's uplink flapped at 07:52. nginx-rtmp kept the half-open publishing
    // session, so every reconnect of the encoder is refused as a second publisher. The other
    // channels on this origin are fine; a restart drops the dead session.
    id: 'fiftysecond-live-origin-channel-refused',
    family: 'wedged-session',
    source: 'https://github.com/arut/nginx-rtmp-module/issues/77',
    signal: 'Alert',
    containers: [
      {
        name: 'nginx-rtmp',
        running: { startedAt: '2026-02-11T07:00:26Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        mounts: [{ volume: 'nginx-conf', path: '/etc/nginx/nginx.conf' }],
      },
    ],
    volumes: [{ name: 'nginx-conf', configMap: 'live-origin-nginx' }],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LiveChannelNoInput: channel sport-2 has had no input on live-origin for 37m; encoder enc-sport-2 reports 212 reconnect attempts',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `10.40.${i % 3}.${40 + i} [11/Feb/2026:${hms(900 + i * 120)} +0000] PLAY "live" "${['news-24', 'sport-1', 'sport-2', 'premiere-red-carpet'][i % 4]}" "" - ${4400 + i * 17} ${88120000 + i * 1911} "" "Lavf61.7.100" (${120 + i * 4}s)`,
      ),
      times(30, (i) =>
        [
          `2026/02/11 ${hms(3140 + i * 70)} [info] 31#0: *${1188 + i * 4} client connected '10.40.9.31'`,
          `2026/02/11 ${hms(3140 + i * 70)} [info] 31#0: *${1188 + i * 4} connect: app='live' args='' flashver='FMLE/3.0 (compatible; Lavf61.7' swf_url='' tc_url='rtmp://live-origin.live.svc.cluster.local:1935/live' page_url='' acodecs=0 vcodecs=0 object_encoding=0, client: 10.40.9.31, server: 0.0.0.0:1935`,
          `2026/02/11 ${hms(3140 + i * 70)} [info] 31#0: *${1188 + i * 4} createStream, client: 10.40.9.31, server: 0.0.0.0:1935`,
          `2026/02/11 ${hms(3140 + i * 70)} [info] 31#0: *${1188 + i * 4} publish: name='sport-2' args='' type=live silent=0, client: 10.40.9.31, server: 0.0.0.0:1935`,
          `2026/02/11 ${hms(3140 + i * 70)} [error] 31#0: *${1188 + i * 4} live: already publishing, client: 10.40.9.31, server: 0.0.0.0:1935`,
          `2026/02/11 ${hms(3141 + i * 70)} [info] 31#0: *${1188 + i * 4} disconnect, client: 10.40.9.31, server: 0.0.0.0:1935`,
        ].join('\n'),
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // The MSK brokers were rolled at 07:44. Sarama's consumer group session ended with the
    // rebalance and the enricher, which calls Consume once instead of in a loop, never rejoined:
    // connected, healthy, consuming nothing. A restart joins the group again.
    id: 'fiftysecond-playback-events-enricher-idle',
    family: 'wedged-consumer',
    source: 'https://github.com/google/go-cloud/pull/2445',
    signal: 'Alert',
    containers: [
      {
        name: 'enricher',
        running: { startedAt: '2026-02-11T07:00:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          KAFKA_BROKERS:
            'b-1.telemetry.kafka.eu-west-1.amazonaws.com:9096,b-2.telemetry.kafka.eu-west-1.amazonaws.com:9096',
          KAFKA_GROUP: 'playback-events-enricher',
          KAFKA_TOPICS: 'player.heartbeats',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConsumerGroupLag: group playback-events-enricher lag 3.1M on player.heartbeats, 0 members in group for 44m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[sarama] 2026/02/11 07:00:42 Initializing new client',
      '[sarama] 2026/02/11 07:00:42 client/metadata fetching metadata for all topics from broker b-1.telemetry.kafka.eu-west-1.amazonaws.com:9096',
      '[sarama] 2026/02/11 07:00:42 Connected to broker at b-1.telemetry.kafka.eu-west-1.amazonaws.com:9096 (unregistered)',
      '[sarama] 2026/02/11 07:00:42 Successfully initialized new client',
      times(
        22,
        (i) =>
          `{"level":"info","ts":"${iso(120 + i * 120, 301 + i)}","msg":"enricher stats","window":"2m","consumed":${212000 + i * 1310},"enriched":${211900 + i * 1308},"produced":${211900 + i * 1308},"lag":${1200 + (i % 5) * 110}}`,
      ),
      '[sarama] 2026/02/11 07:44:31 consumer/broker/2 abandoned subscription to player.heartbeats/4 because kafka: broker not connected',
      '[sarama] 2026/02/11 07:44:31 consumer/broker/2 closed dead subscription to player.heartbeats/4',
      '[sarama] 2026/02/11 07:44:31 consumer/broker/2 closed dead subscription to player.heartbeats/10',
      '[sarama] 2026/02/11 07:44:32 loop check partition number coroutine will exit, topics [player.heartbeats]',
      '[sarama] 2026/02/11 07:44:33 client/coordinator requesting coordinator for playback-events-enricher from b-1.telemetry.kafka.eu-west-1.amazonaws.com:9096',
      '{"level":"info","ts":"2026-02-11T07:44:33.910Z","msg":"consumer group session ended","member_id":"playback-events-enricher-1f3a9c7e-2b41-4d55-9a0e-6c8b7d1e2f30","generation":418}',
      times(
        21,
        (i) =>
          `{"level":"info","ts":"${iso(2760 + i * 120, 301 + i)}","msg":"enricher stats","window":"2m","consumed":0,"enriched":0,"produced":0,"lag":-1}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // The gateway's client certificate for the entitlements upstream is a 24-hour cert-manager
    // certificate mounted from a Secret. cert-manager renewed it at 07:05, five minutes after
    // this pod started; Envoy reads filename-based TLS certificates once and kept the old one,
    // which expired at 08:05. The Secret holds a valid certificate: a restart loads it.
    id: 'fiftysecond-edge-gateway-entitlements-503',
    family: 'stale-certificate',
    source: 'https://github.com/agent-substrate/substrate/issues/1066',
    signal: 'Alert',
    containers: [
      {
        name: 'envoy',
        running: { startedAt: '2026-02-11T07:00:22Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        args: ['-c', '/etc/envoy/envoy.yaml', '--service-cluster', 'edge-gateway', '--log-level', 'info'],
        mounts: [
          { volume: 'envoy-config', path: '/etc/envoy' },
          { volume: 'entitlements-client-tls', path: '/etc/envoy/tls/entitlements' },
        ],
      },
    ],
    volumes: [
      { name: 'envoy-config', configMap: 'edge-gateway-envoy' },
      { name: 'entitlements-client-tls', secret: 'edge-gateway-entitlements-client-tls' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'EnvoyUpstream5xx: edge-gateway cluster entitlements upstream_cx_connect_fail rate 220/s, 503 ratio 1.00 on /v1/playback/* since 08:05',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 07:00:22.911][1][info][main] [source/server/server.cc:430] initializing epoch 0 (base id=0, hot restart version=11.104)',
      '[2026-02-11 07:00:22.918][1][info][config] [source/server/configuration_impl.cc:168] loading 14 cluster(s)',
      '[2026-02-11 07:00:22.964][1][info][config] [source/server/configuration_impl.cc:172] loading 2 listener(s)',
      '[2026-02-11 07:00:22.988][1][info][main] [source/server/server.cc:996] starting main dispatch loop',
      times(
        24,
        (i) =>
          `{"start_time":"${iso(600 + i * 150, 118 + i * 3)}","method":"POST","path":"/v1/playback/start","protocol":"HTTP/2","response_code":200,"response_flags":"-","upstream_cluster":"entitlements","upstream_host":"10.40.${i % 4}.${31 + i}:8443","duration":${6 + (i % 9)},"upstream_transport_failure_reason":null,"user_agent":"${['ExoPlayerLib/2.19.1', 'AppleCoreMedia/1.0.0.21E236', 'Mozilla/5.0 (SMART-TV; Linux; Tizen 8.0)'][i % 3]}"}`,
      ),
      times(
        40,
        (i) =>
          `{"start_time":"${iso(3902 + i * 35, 200 + i * 7)}","method":"POST","path":"/v1/playback/start","protocol":"HTTP/2","response_code":503,"response_flags":"UF","upstream_cluster":"entitlements","upstream_host":"10.40.${i % 4}.${31 + (i % 9)}:8443","duration":${2 + (i % 4)},"response_code_details":"upstream_reset_before_response_started{remote_connection_failure|TLS_error:|268436501:SSL_routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_EXPIRED:TLS_error_end}","upstream_transport_failure_reason":"TLS_error:|268436501:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_EXPIRED:TLS_error_end","user_agent":"${['ExoPlayerLib/2.19.1', 'AppleCoreMedia/1.0.0.21E236', 'Mozilla/5.0 (SMART-TV; Linux; Tizen 8.0)'][i % 3]}"}`,
      ),
    ),
    accept: ['rollout-restart', 'restart-pod'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts wrong (3)
  {
    // The analytics ClickHouse lost its node at 08:10 and now has to load 41k parts of the events
    // table before it opens its ports; yesterday's backfill left them unmerged. Its liveness probe
    // kills it after 90 s, every time, before loading finishes. Another restart only starts over.
    id: 'fiftysecond-playback-analytics-db-restarting',
    family: 'slow-start',
    source: 'https://github.com/Altinity/clickhouse-operator/issues/1068',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('clickhouse', 137, 6),
        memoryLimit: '32Gi',
        memoryRequest: '32Gi',
        cpuLimit: '8',
        mounts: [
          { volume: 'data', path: '/var/lib/clickhouse' },
          { volume: 'config', path: '/etc/clickhouse-server/config.d' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-playback-analytics-0' },
      { name: 'config', configMap: 'playback-analytics-config' },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.40.6.21:8123/ping": dial tcp 10.40.6.21:8123: connect: connection refused',
        type: 'Warning',
        count: 64,
      },
      {
        reason: 'Killing',
        message: 'Container clickhouse failed liveness probe, will be restarted',
        type: 'Normal',
        count: 6,
      },
    ],
    previousLog: log(
      '2026.02.11 08:22:04.118203 [ 1 ] {} <Information> SentryWriter: Sending crash reports is disabled',
      '2026.02.11 08:22:04.204118 [ 1 ] {} <Information> Application: Starting ClickHouse 24.8.6.70 (revision: 54492, git hash: 4c02de1a9b1d7e3f5a6c8e0d2b4f6a8c1e3d5f70, build id: 7E1C2D0B9A38F4E5C6D7A8B9C0D1E2F3A4B5C6D7), PID 1',
      '2026.02.11 08:22:04.204311 [ 1 ] {} <Information> Application: starting up',
      '2026.02.11 08:22:04.204390 [ 1 ] {} <Information> Application: OS name: Linux, version: 6.1.119-129.201.amzn2023.x86_64, architecture: x86_64',
      '2026.02.11 08:22:04.291004 [ 1 ] {} <Information> Application: Available RAM: 32.00 GiB; logical cores: 8; used cores: 8.',
      '2026.02.11 08:22:04.311118 [ 1 ] {} <Information> Application: Setting max_server_memory_usage was set to 28.80 GiB (32.00 GiB available * 0.90 max_server_memory_usage_to_ram_ratio)',
      '2026.02.11 08:22:04.402117 [ 1 ] {} <Information> Context: Initialized background executor for merges and mutations with num_threads=16, num_tasks=32, scheduling_policy=round_robin',
      '2026.02.11 08:22:04.517340 [ 1 ] {} <Information> DatabaseAtomic (playback): Metadata processed, database playback has 9 tables and 0 dictionaries in total.',
      '2026.02.11 08:22:04.517511 [ 1 ] {} <Information> TablesLoader: Parsed metadata of 31 tables in 3 databases in 0.014 sec',
      '2026.02.11 08:22:04.519118 [ 1 ] {} <Information> loadMetadata: Start asynchronous loading of databases',
      '2026.02.11 08:22:04.611203 [ 61 ] {} <Debug> playback.events (5c3e9a41-8d2f-4b67-a1c9-0e7f3b2d4a18): Loading data parts',
      '2026.02.11 08:22:05.902441 [ 61 ] {} <Debug> playback.events (5c3e9a41-8d2f-4b67-a1c9-0e7f3b2d4a18): Will load 41218 parts using up to 64 threads on disk default',
      times(
        30,
        (i) =>
          `2026.02.11 08:22:${dd(6 + i * 2)}.${String(100000 + i * 31117).slice(0, 6)} [ ${62 + (i % 8)} ] {} <Trace> playback.events (5c3e9a41-8d2f-4b67-a1c9-0e7f3b2d4a18): Finished loading Active part 202602${dd(1 + (i % 10))}_${118211 + i * 37}_${118211 + i * 37}_0 on disk default`,
      ),
      times(
        6,
        (i) =>
          `2026.02.11 08:23:${dd(6 + i * 4)}.${String(200000 + i * 40111).slice(0, 6)} [ 1 ] {} <Information> AsyncLoader: Processed: ${(11.2 + i * 4.9).toFixed(1)}%`,
      ),
      '2026.02.11 08:23:32.004113 [ 66 ] {} <Trace> playback.events (5c3e9a41-8d2f-4b67-a1c9-0e7f3b2d4a18): Loading Active part 20260207_118992_118992_0 from disk default',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // The search node was rescheduled at 07:00 and is rebuilding its in-memory index from its
    // data and then catching up with the raft log; it answers 503 (Not Ready or Lagging) until it
    // has. Progress is steady. A restart throws away 89 minutes of loading.
    id: 'fiftysecond-search-node-not-ready',
    family: 'slow-start',
    source: 'https://github.com/typesense/typesense/issues/729',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'typesense',
        running: { startedAt: '2026-02-11T07:00:19Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: [
          '--data-dir',
          '/data',
          '--api-port',
          '8108',
          '--peering-port',
          '8107',
          '--nodes',
          '/etc/typesense/nodes',
          '--healthy-read-lag',
          '1000',
        ],
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'nodes', path: '/etc/typesense' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-typesense-2' },
      { name: 'nodes', configMap: 'typesense-nodes' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 534,
      },
    ],
    currentLog: log(
      'I20260211 07:00:19.411204     1 typesense_server_utils.cpp:357] Starting Typesense 27.1',
      'I20260211 07:00:19.411290     1 typesense_server_utils.cpp:360] Typesense is using jemalloc.',
      'I20260211 07:00:19.433118     1 typesense_server_utils.cpp:410] Thread pool size: 32',
      'I20260211 07:00:19.512044     1 store.h:64] Initializing DB by opening state dir: /data/db',
      'I20260211 07:00:20.118230     1 store.h:64] Initializing DB by opening state dir: /data/meta',
      'I20260211 07:00:20.302118     1 raft_server.cpp:70] Nodes configuration: 10.40.1.41:8107:8108,10.40.3.77:8107:8108,10.40.5.12:8107:8108',
      'I20260211 07:00:20.519004    73 collection_manager.cpp:147] Loading collection titles_v7',
      times(
        40,
        (i) =>
          `I20260211 ${hms(30 + i * 120)}.${String(118203 + i * 7717).slice(0, 6)}    ${i % 8 === 7 ? '62 raft_server.cpp:534' : '73 collection_manager.cpp:462'}] ${i % 8 === 7 ? `Term: 9, last_index index: ${2204117 + i * 311}, committed_index: ${2204117 + i * 311}, known_applied_index: 0, applying_index: 0, queued_writes: 0, pending_queue_size: 0, local_sequence: ${88120411 + i * 9}` : `Loaded ${(i + 1) * 65536} documents from titles_v7 so far.`}`,
      ),
      'E20260211 08:20:11.410233    62 raft_server.cpp:589] Node not ready yet (known_applied_index is 0).',
      'I20260211 08:21:02.118004    73 collection_manager.cpp:160] Loaded 2621440 documents from titles_v7 so far.',
      'I20260211 08:22:40.904411    73 collection_manager.cpp:147] Loading collection people_v3',
      times(
        8,
        (i) =>
          `I20260211 ${hms(4980 + i * 50)}.${String(300118 + i * 1111).slice(0, 6)}    73 collection_manager.cpp:462] Loaded ${(i + 1) * 65536} documents from people_v3 so far.`,
      ),
      'E20260211 08:29:01.004118    62 raft_server.cpp:589] Node not ready yet (known_applied_index is 0).',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // ClickHouse refuses inserts into the player-events table with TOO_MANY_PARTS since 07:55
    // (merges fell behind after a replica's disk throughput was capped). The aggregator holds
    // ~90 s of beacons in its memory buffer and pushes back on senders. Restarting it drops the
    // buffer and fixes nothing; ClickHouse needs attention.
    id: 'fiftysecond-telemetry-aggregator-backpressure',
    family: 'dependency-degraded',
    source: 'https://github.com/ClickHouse/ClickHouse/issues/70822',
    signal: 'Alert',
    containers: [
      {
        name: 'vector',
        running: { startedAt: '2026-02-11T07:00:35Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          VECTOR_LOG: 'info',
          CLICKHOUSE_ENDPOINT: 'http://clickhouse-events.analytics.svc.cluster.local:8123',
        },
        args: ['--config-dir', '/etc/vector/'],
        mounts: [{ volume: 'config', path: '/etc/vector' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'telemetry-aggregator' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ClickHouseTooManyParts: telemetry.player_events_local partition 202602 has 3014 active parts (parts_to_throw_insert 3000); VectorBufferFull: telemetry-aggregator sink clickhouse_events buffer 100% for 25m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:35.604117Z  INFO vector: Vector has started. debug="false" version="0.44.0" arch="x86_64" revision="3cdc7c3 2025-01-13 21:26:04.735691656"',
      '2026-02-11T07:00:35.604902Z  INFO source{component_kind="source" component_id=beacons component_type=http_server}: vector::sources::util::http::prelude: Building HTTP server. address=0.0.0.0:8080',
      times(
        44,
        (i) =>
          `${iso(3330 + i * 45, 100 + i * 11).replace('Z', '204Z')}  WARN sink{component_kind="sink" component_id=clickhouse_events component_type=clickhouse}:request{request_id=${771204 + i * 19}}: vector::sinks::util::retries: ${i % 3 === 2 ? 'Internal log [Retrying after response.] is being suppressed to avoid flooding.' : `Retrying after response. reason=500 Internal Server Error: Code: 252. DB::Exception: Too many parts (3003 with average size of 41.22 KiB) in table 'telemetry.player_events_local' (8e2a51c7-3b9d-4f06-a1e8-5d7c2b9f4e13). Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 24.8.6.70 (official build))\n internal_log_rate_limit=true`}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },

  // ---------------------------------------------------------------- memory right (3)
  {
    // Yesterday's candidate index took in two new territories' catalogues and their viewing
    // history: 9.8M vectors instead of 8.1M, 10.3 GB instead of 8.5 GB. Faiss reads the whole
    // index into RAM; the 12Gi limit that held the old one no longer holds this one.
    id: 'fiftysecond-candidate-retrieval-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/facebookresearch/faiss/issues/1228',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('candidates', 137, 5),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        env: {
          FAISS_INDEX_PATH: '/index/candidates.ivf',
          FAISS_NPROBE: '48',
          OMP_NUM_THREADS: '4',
          QUERY_ENCODER: '/models/all-MiniLM-L12-v2',
        },
        args: [
          'gunicorn',
          'candidates.app:app',
          '-k',
          'uvicorn.workers.UvicornWorker',
          '--workers',
          '1',
          '--bind',
          '0.0.0.0:8000',
        ],
        mounts: [
          { volume: 'index', path: '/index' },
          { volume: 'models', path: '/models' },
        ],
      },
    ],
    volumes: [
      { name: 'index', persistentVolumeClaim: 'candidate-index' },
      { name: 'models', persistentVolumeClaim: 'recs-models' },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Pulled',
        message:
          'Container image "381204667513.dkr.ecr.eu-west-1.amazonaws.com/recs/candidates:5.2.0" already present on machine',
        type: 'Normal',
        count: 6,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container candidates in pod candidate-retrieval-84d6c9f5b7-vt8rw',
        type: 'Warning',
        count: 17,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:16:40 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 08:16:40 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-02-11 08:16:40 +0000] [1] [INFO] Using worker: uvicorn.workers.UvicornWorker',
      '[2026-02-11 08:16:40 +0000] [7] [INFO] Booting worker with pid: 7',
      '[2026-02-11 08:16:42 +0000] [7] [INFO] Started server process [7]',
      '[2026-02-11 08:16:42 +0000] [7] [INFO] Waiting for application startup.',
      '2026-02-11 08:16:42,118 INFO candidates.settings: index_path=/index/candidates.ivf nprobe=48 omp_threads=4 top_k=500',
      '2026-02-11 08:16:42,119 INFO candidates.settings: query_encoder=/models/all-MiniLM-L12-v2 max_seq_length=128 normalize=True',
      '2026-02-11 08:16:42,120 INFO candidates.settings: filters=territory,maturity,availability_window reload_check=300s',
      '2026-02-11 08:16:42,204 INFO candidates.features: feature schema v14 loaded (37 fields)',
      '2026-02-11 08:16:42,205 INFO candidates.features: territory filter bitmaps: 38 territories, 214611 titles',
      '2026-02-11 08:16:42,311 INFO sentence_transformers.SentenceTransformer: Load pretrained SentenceTransformer: /models/all-MiniLM-L12-v2',
      '2026-02-11 08:16:43,902 INFO sentence_transformers.SentenceTransformer: Use pytorch device_name: cpu',
      '2026-02-11 08:16:43,918 INFO candidates.index: index manifest generation=2026-02-10 ntotal=9812440 (previous 8104227) d=256 factory=IVF65536,Flat bytes=10263331112',
      '2026-02-11 08:16:43,919 INFO candidates.index: faiss 1.9.0 (AVX2) reading /index/candidates.ivf into memory',
      '2026-02-11 08:16:43,920 INFO candidates.index: memory before read rss=1.41GiB limit=12.00GiB',
    ),
    currentLog: log(
      '[2026-02-11 08:28:12 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 08:28:12 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-02-11 08:28:12 +0000] [1] [INFO] Using worker: uvicorn.workers.UvicornWorker',
      '[2026-02-11 08:28:12 +0000] [7] [INFO] Booting worker with pid: 7',
      '[2026-02-11 08:28:14 +0000] [7] [INFO] Started server process [7]',
      '[2026-02-11 08:28:14 +0000] [7] [INFO] Waiting for application startup.',
      '2026-02-11 08:28:14,118 INFO candidates.settings: index_path=/index/candidates.ivf nprobe=48 omp_threads=4 top_k=500',
      '2026-02-11 08:28:14,119 INFO candidates.settings: query_encoder=/models/all-MiniLM-L12-v2 max_seq_length=128 normalize=True',
      '2026-02-11 08:28:14,120 INFO candidates.settings: filters=territory,maturity,availability_window reload_check=300s',
      '2026-02-11 08:28:14,204 INFO candidates.features: feature schema v14 loaded (37 fields)',
      '2026-02-11 08:28:14,205 INFO candidates.features: territory filter bitmaps: 38 territories, 214611 titles',
      '2026-02-11 08:28:14,402 INFO sentence_transformers.SentenceTransformer: Load pretrained SentenceTransformer: /models/all-MiniLM-L12-v2',
      '2026-02-11 08:28:15,881 INFO sentence_transformers.SentenceTransformer: Use pytorch device_name: cpu',
      '2026-02-11 08:28:15,897 INFO candidates.index: index manifest generation=2026-02-10 ntotal=9812440 (previous 8104227) d=256 factory=IVF65536,Flat bytes=10263331112',
      '2026-02-11 08:28:15,898 INFO candidates.index: faiss 1.9.0 (AVX2) reading /index/candidates.ivf into memory',
      '2026-02-11 08:28:15,899 INFO candidates.index: memory before read rss=1.41GiB limit=12.00GiB',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Since the premiere refresh the studios deliver key art as 8K 16-bit PNG masters instead of
    // 4K JPEG. PNG cannot be shrunk on load, and libvips runs one thread per host core in each of
    // the four workers: memory scales with threads and image width. The workload really grew.
    id: 'fiftysecond-artwork-thumbnailer-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/libvips/pyvips/issues/142',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'thumbnailer',
        running: { startedAt: '2026-02-11T08:24:51Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { WEB_CONCURRENCY: '4', MASTERS_BUCKET: 'artwork-masters-prod', OUTPUT_FORMATS: 'webp,avif' },
        args: ['gunicorn', 'thumbnailer.wsgi', '--workers', '4', '--bind', '0.0.0.0:8000', '--timeout', '60'],
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Pulled',
        message:
          'Container image "381204667513.dkr.ecr.eu-west-1.amazonaws.com/media/thumbnailer:8.3.1" already present on machine',
        type: 'Normal',
        count: 7,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:19:02 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 08:19:02 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      times(4, (i) => `[2026-02-11 08:19:02 +0000] [${7 + i}] [INFO] Booting worker with pid: ${7 + i}`),
      '2026-02-11 08:19:03,118 INFO thumbnailer.app: pyvips 2.2.3 with libvips 8.15.3, vips concurrency 16, operation cache max_mem 100MB',
      times(
        40,
        (i) =>
          `2026-02-11 08:${dd(19 + Math.floor((8 + i * 8) / 60))}:${dd((8 + i * 8) % 60)},${String(100 + i * 13).padStart(3, '0')} INFO thumbnailer.app: thumbnail title=tt-${50200 + i * 3} kind=${['key-art', 'hero', 'poster'][i % 3]} source=${i % 4 === 3 ? '3840x2160 jpeg' : '7680x4320 png rgba16'} -> ${['1280x720', '1920x1080', '480x720'][i % 3]} ${i % 2 === 0 ? 'webp' : 'avif'} in ${i % 4 === 3 ? (0.21 + (i % 5) * 0.02).toFixed(2) : (2.4 + (i % 7) * 0.31).toFixed(2)}s`,
      ),
    ),
    currentLog: log(
      '[2026-02-11 08:24:51 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 08:24:51 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      times(4, (i) => `[2026-02-11 08:24:51 +0000] [${7 + i}] [INFO] Booting worker with pid: ${7 + i}`),
      '2026-02-11 08:24:52,004 INFO thumbnailer.app: pyvips 2.2.3 with libvips 8.15.3, vips concurrency 16, operation cache max_mem 100MB',
      times(
        26,
        (i) =>
          `2026-02-11 08:${dd(24 + Math.floor((55 + i * 7) / 60))}:${dd((55 + i * 7) % 60)},${String(200 + i * 11).padStart(3, '0')} INFO thumbnailer.app: thumbnail title=tt-${50340 + i * 3} kind=${['key-art', 'hero', 'poster'][i % 3]} source=7680x4320 png rgba16 -> ${['1280x720', '1920x1080', '480x720'][i % 3]} webp in ${(2.6 + (i % 6) * 0.28).toFixed(2)}s`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Monday's reindex added a document per episode to the titles collection (1.7M to 2.65M
    // documents). The search node holds every collection in memory and is killed by the kernel
    // while loading, at the same point each time. Its 4Gi limit was sized for the old collection.
    id: 'fiftysecond-search-replica-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/typesense/typesense/pull/2900',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('typesense', 137, 5),
        last: { reason: 'OOMKilled', exitCode: 137 },
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
        ],
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'nodes', path: '/etc/typesense' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-typesense-eu2-1' },
      { name: 'nodes', configMap: 'typesense-eu2-nodes' },
    ],
    node: quietNode,
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container typesense in pod typesense-eu2-1',
        type: 'Warning',
        count: 21,
      },
    ],
    previousLog: log(
      'I20260211 08:18:31.204117     1 typesense_server_utils.cpp:357] Starting Typesense 27.1',
      'I20260211 08:18:31.204200     1 typesense_server_utils.cpp:360] Typesense is using jemalloc.',
      'I20260211 08:18:31.311004     1 store.h:64] Initializing DB by opening state dir: /data/db',
      'I20260211 08:18:31.902117     1 store.h:64] Initializing DB by opening state dir: /data/meta',
      'I20260211 08:18:32.013004    71 collection_manager.cpp:147] Loading collection titles_v7',
      times(
        36,
        (i) =>
          `I20260211 08:${dd(18 + Math.floor((40 + i * 9) / 60))}:${dd((40 + i * 9) % 60)}.${String(118004 + i * 3331).slice(0, 6)}    71 collection_manager.cpp:462] Loaded ${(i + 1) * 65536} documents from titles_v7 so far.`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- memory wrong (3)
  {
    // The playback-sessions service leaks a goroutine and its buffers for every heartbeat stream
    // a player abandons without closing: goroutines and heap climb while active sessions stay
    // flat, and the pod is OOM-killed every eleven minutes. A bigger limit buys two more minutes.
    id: 'fiftysecond-playback-sessions-oomkilled',
    family: 'oom-leak',
    source: 'https://github.com/grpc/grpc-go/issues/2110',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'playback-sessions',
        running: { startedAt: '2026-02-11T08:19:48Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 8,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          GRPC_LISTEN: ':9090',
          SESSION_HEARTBEAT_INTERVAL: '10s',
          REDIS_ADDR: 'sessions-redis.playback.svc.cluster.local:6379',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePodCrashLooping: playback/playback-sessions container playback-sessions restarted 8 times in 90m (OOMKilled)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '{"level":"info","ts":"2026-02-11T08:08:31.118Z","caller":"cmd/server/main.go:71","msg":"grpc server listening","addr":":9090","version":"6.4.0"}',
      times(
        22,
        (i) =>
          `{"level":"info","ts":"${iso(4141 + i * 30, 100 + i * 3)}","caller":"internal/stats/runtime.go:33","msg":"runtime","goroutines":${2100 + i * 7400},"heap_alloc_mib":${38 + i * 41},"active_sessions":${41200 + ((i * 37) % 300)},"streams_opened":${9200 + i * 8100},"streams_closed_by_client":${8900 + i * 7950}}`,
      ),
    ),
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T08:19:48.402Z","caller":"cmd/server/main.go:71","msg":"grpc server listening","addr":":9090","version":"6.4.0"}',
      times(
        20,
        (i) =>
          `{"level":"info","ts":"${iso(4818 + i * 30, 200 + i * 3)}","caller":"internal/stats/runtime.go:33","msg":"runtime","goroutines":${2080 + i * 7450},"heap_alloc_mib":${37 + i * 42},"active_sessions":${41300 + ((i * 41) % 300)},"streams_opened":${9100 + i * 8120},"streams_closed_by_client":${8800 + i * 7990}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The monthly royalty report aggregates January's plays per title and territory in
    // ClickHouse. The query hit the server's per-query memory limit; the job's own pod used a
    // fraction of its limit. A bigger pod changes nothing.
    id: 'fiftysecond-royalty-report-job-failed',
    family: 'cronjob-failed',
    source: 'https://github.com/ClickHouse/ClickHouse/issues/40311',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'royalty-report',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          CLICKHOUSE_HOST: 'clickhouse-analytics.analytics.svc.cluster.local',
          REPORT_PERIOD: '2026-01',
          REPORT_BUCKET: 's3://finance-royalties-prod/reports',
        },
        args: ['python', '-m', 'royalties.report', '--period', '2026-01', '--all-licensors'],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container royalty-report', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 04:12:01,004 INFO royalties.report: period=2026-01 licensors=212 territories=38',
      '2026-02-11 04:12:01,118 INFO royalties.report: connected to clickhouse-analytics.analytics.svc.cluster.local:8123 (server 24.8.6.70)',
      times(
        24,
        (i) =>
          `2026-02-11 04:${dd(12 + Math.floor((30 + i * 25) / 60))}:${dd((30 + i * 25) % 60)},${String(300 + i * 19).padStart(3, '0')} INFO royalties.report: licensor ${['northlight-studios', 'harbour-films', 'kite-animation', 'meridian-docs'][i % 4]}-${i} done: ${1200 + i * 37} titles, ${(8.1 + i * 0.9).toFixed(1)}M plays, ${(2.2 + (i % 5) * 0.3).toFixed(1)}s`,
      ),
      '2026-02-11 04:22:14,902 INFO royalties.report: running cross-licensor aggregate (plays by title x territory x device x day)',
      '2026-02-11 04:24:51,118 ERROR royalties.report: aggregate query failed',
      'Traceback (most recent call last):',
      '  File "/app/royalties/report.py", line 188, in run_aggregate',
      '    result = client.query(AGGREGATE_SQL, parameters={"start": start, "end": end})',
      '  File "/usr/local/lib/python3.12/site-packages/clickhouse_connect/driver/client.py", line 221, in query',
      '    return self._query_with_context(query_context)',
      '  File "/usr/local/lib/python3.12/site-packages/clickhouse_connect/driver/httpclient.py", line 231, in _query_with_context',
      '    response = self._raw_request(body, params, headers, stream=True, retries=self.query_retries, fields=fields, server_wait=not context.streaming)',
      '  File "/usr/local/lib/python3.12/site-packages/clickhouse_connect/driver/httpclient.py", line 441, in _raw_request',
      '    self._error_handler(response)',
      '  File "/usr/local/lib/python3.12/site-packages/clickhouse_connect/driver/httpclient.py", line 365, in _error_handler',
      '    raise OperationalError(err_str) if retried else DatabaseError(err_str) from None',
      'clickhouse_connect.driver.exceptions.DatabaseError: HTTPDriver for http://clickhouse-analytics.analytics.svc.cluster.local:8123 received ClickHouse error code 241',
      " Code: 241. DB::Exception: Memory limit (for query) exceeded: would use 9.32 GiB (attempt to allocate chunk of 4718592 bytes), maximum: 9.31 GiB. OvercommitTracker decision: Memory overcommit isn't used. OvercommitTracker isn't set.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version 24.8.6.70 (official build))",
      '2026-02-11 04:24:51,204 INFO royalties.report: peak rss 212MiB',
    ),
    accept: ['escalate'],
  },
  {
    // The new sport-3 channel was set up HLS-only, without an MPD output. Shaka Packager then
    // never deletes the segments that slide out of the live window, and they pile up in the
    // memory-backed emptyDir until the kernel kills the pod, every 45 minutes or so. More memory
    // only moves the next kill.
    id: 'fiftysecond-live-packager-oomkilled',
    family: 'oom-tmpfs',
    source: 'https://github.com/shaka-project/shaka-packager/issues/625',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'live-packager',
        running: { startedAt: '2026-02-11T07:47:20Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 1,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { CHANNEL: 'sport-3', SEGMENT_DIR: '/segments', STATS_EVERY: '60s' },
        args: [
          'live-packager-supervisor',
          '--',
          'packager',
          'in=udp://239.10.3.3:5000?reuse=1,stream=video,init_segment=/segments/v/init.mp4,segment_template=/segments/v/$Number$.m4s,playlist_name=v/main.m3u8',
          'in=udp://239.10.3.3:5000?reuse=1,stream=audio,init_segment=/segments/a/init.mp4,segment_template=/segments/a/$Number$.m4s,playlist_name=a/main.m3u8,hls_group_id=audio',
          '--hls_master_playlist_output',
          '/segments/master.m3u8',
          '--hls_playlist_type',
          'LIVE',
          '--time_shift_buffer_depth',
          '60',
          '--preserved_segments_outside_live_window',
          '10',
          '--segment_duration',
          '2',
        ],
        mounts: [{ volume: 'segments', path: '/segments' }],
      },
      {
        name: 'origin-nginx',
        running: { startedAt: '2026-02-11T07:00:30Z' },
        ready: true,
        memoryLimit: '256Mi',
      },
    ],
    volumes: [{ name: 'segments', emptyDir: { medium: 'Memory' } }],
    node: quietNode,
    previousLog: log(
      '{"level":"info","ts":"2026-02-11T07:00:31.204Z","msg":"starting packager","channel":"sport-3","argv0":"packager","streams":2}',
      "[0211/070031:INFO:demuxer.cc(89)] Demuxer::Run() on file 'udp://239.10.3.3:5000?reuse=1'.",
      "[0211/070031:INFO:demuxer.cc(155)] Initialize Demuxer for file 'udp://239.10.3.3:5000?reuse=1'.",
      times(
        45,
        (i) =>
          `{"level":"info","ts":"${iso(91 + i * 60, 118 + i)}","msg":"segment dir usage","channel":"sport-3","files":${(i + 1) * 60 + 4},"bytes_mib":${((i + 1) * 63.4).toFixed(0)},"playlist_segments":30}`,
      ),
    ),
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T07:47:20.911Z","msg":"starting packager","channel":"sport-3","argv0":"packager","streams":2}',
      "[0211/074721:INFO:demuxer.cc(89)] Demuxer::Run() on file 'udp://239.10.3.3:5000?reuse=1'.",
      "[0211/074721:INFO:demuxer.cc(155)] Initialize Demuxer for file 'udp://239.10.3.3:5000?reuse=1'.",
      times(
        42,
        (i) =>
          `{"level":"info","ts":"${iso(2901 + i * 60, 204 + i)}","msg":"segment dir usage","channel":"sport-3","files":${(i + 1) * 60 + 4},"bytes_mib":${((i + 1) * 63.1).toFixed(0)},"playlist_segments":30}`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollbacks (3 right, 1 wrong)
  {
    // Release 2.3.1 moved the webhook route behind the app-wide JSON body parser, so the Stripe
    // SDK receives a parsed object instead of the raw body and cannot verify any signature.
    // Every webhook since the rollout is answered 400; the previous release read the raw body.
    id: 'fiftysecond-billing-webhooks-rejecting',
    family: 'bad-rollout',
    source: 'https://github.com/stripe/stripe-node/issues/1915',
    signal: 'Alert',
    rollout: { minutesAgo: 26, previousTag: '2.3.0' },
    containers: [
      {
        name: 'billing-webhooks',
        running: { startedAt: '2026-02-11T08:04:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', PORT: '3000', NODE_OPTIONS: '--max-old-space-size=384' },
        mounts: [{ volume: 'stripe', path: '/var/run/secrets/stripe' }],
      },
    ],
    volumes: [{ name: 'stripe', secret: 'billing-webhooks-stripe' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'StripeWebhookDeliveryFailures: billing-webhooks answered 400 to 100% of webhook deliveries since 08:05 (1912 events awaiting retry: invoice.paid, customer.subscription.updated, invoice.payment_failed)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `{"level":30,"time":${(1770793200 + 3871) * 1000 + 204},"pid":1,"hostname":"billing-webhooks-6c9f7d5b8-p4m2x","msg":"billing-webhooks 2.3.1 listening on :3000"}`,
      times(30, (i) =>
        i % 3 === 2
          ? `{"level":30,"time":${(1770793200 + 3900 + i * 45) * 1000 + ((i * 37) % 1000)},"pid":1,"hostname":"billing-webhooks-6c9f7d5b8-p4m2x","req":{"id":"req-${2211 + i}","method":"GET","url":"/healthz"},"res":{"statusCode":200},"responseTime":1,"msg":"request completed"}`
          : [
              `{"level":50,"time":${(1770793200 + 3900 + i * 45) * 1000 + ((i * 41) % 1000)},"pid":1,"hostname":"billing-webhooks-6c9f7d5b8-p4m2x","stripe_event_type":"${['invoice.paid', 'customer.subscription.updated', 'invoice.payment_failed'][i % 3]}","err":{"type":"StripeSignatureVerificationError","message":"Webhook payload must be provided as a string or a Buffer (https://nodejs.org/api/buffer.html) instance representing the _raw_ request body.Payload was provided as a parsed JavaScript object instead. \\nSignature verification is impossible without access to the original signed material. \\n","stack":"StripeSignatureVerificationError: Webhook payload must be provided as a string or a Buffer (https://nodejs.org/api/buffer.html) instance representing the _raw_ request body.Payload was provided as a parsed JavaScript object instead. \\nSignature verification is impossible without access to the original signed material. \\n\\n    at Object.verifyHeader (/app/node_modules/stripe/cjs/Webhooks.js:101:23)\\n    at Object.constructEvent (/app/node_modules/stripe/cjs/Webhooks.js:12:28)\\n    at /app/dist/routes/stripe.js:22:42"},"msg":"webhook signature verification failed"}`,
              `{"level":30,"time":${(1770793200 + 3900 + i * 45) * 1000 + ((i * 41) % 1000) + 2},"pid":1,"hostname":"billing-webhooks-6c9f7d5b8-p4m2x","req":{"id":"req-${2211 + i}","method":"POST","url":"/webhooks/stripe"},"res":{"statusCode":400},"responseTime":3,"msg":"request completed"}`,
            ].join('\n'),
      ),
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // The 2.3.1 image was rebuilt without a numpy pin and pulled numpy 2; the faiss-cpu wheel it
    // installs was compiled against numpy 1, so the app dies importing faiss. Old pods still serve.
    id: 'fiftysecond-recommendations-api-crashloop',
    family: 'bad-rollout',
    source: 'https://github.com/faiss-wheels/faiss-wheels/issues/104',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 14, previousTag: '2.3.0' },
    containers: [
      {
        ...crashed('recommendations-api', 3, 6),
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          RECS_INDEX_PATH: '/index/home-rows.ivfpq',
          FEATURES_REDIS_URL: 'redis://features.recs.svc.cluster.local:6379/0',
        },
        args: [
          'gunicorn',
          'recs.app:app',
          '-k',
          'uvicorn.workers.UvicornWorker',
          '--workers',
          '2',
          '--bind',
          '0.0.0.0:8000',
        ],
        mounts: [{ volume: 'index', path: '/index' }],
      },
    ],
    volumes: [{ name: 'index', persistentVolumeClaim: 'recs-home-index' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container recommendations-api in pod recommendations-api-5b7f9c6d48-j6tzp',
        type: 'Warning',
        count: 22,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:27:03 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 08:27:03 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-02-11 08:27:03 +0000] [1] [INFO] Using worker: uvicorn.workers.UvicornWorker',
      '[2026-02-11 08:27:03 +0000] [7] [INFO] Booting worker with pid: 7',
      '',
      'A module that was compiled using NumPy 1.x cannot be run in',
      'NumPy 2.1.3 as it may crash. To support both 1.x and 2.x',
      'versions of NumPy, modules must be compiled with NumPy 2.0.',
      "Some module may need to rebuild instead e.g. with 'pybind11>=2.12'.",
      '',
      'If you are a user of the module, the easiest solution will be to',
      "downgrade to 'numpy<2' or try to upgrade the affected module.",
      'We expect that some modules will need time to support NumPy 2.',
      '',
      'Traceback (most recent call last):  File "/usr/local/bin/gunicorn", line 8, in <module>',
      '    sys.exit(run())',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/base.py", line 147, in load_wsgi',
      '    self.wsgi = self.app.wsgi()',
      '  File "/app/recs/app.py", line 9, in <module>',
      '    import faiss',
      '  File "/usr/local/lib/python3.11/site-packages/faiss/__init__.py", line 16, in <module>',
      '    from .loader import *',
      '  File "/usr/local/lib/python3.11/site-packages/faiss/loader.py", line 98, in <module>',
      '    from .swigfaiss import *',
      '  File "/usr/local/lib/python3.11/site-packages/faiss/swigfaiss.py", line 13, in <module>',
      '    from . import _swigfaiss',
      'AttributeError: _ARRAY_API not found',
      '[2026-02-11 08:27:05 +0000] [7] [ERROR] Exception in worker process',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/arbiter.py", line 608, in spawn_worker',
      '    worker.init_process()',
      '  File "/usr/local/lib/python3.11/site-packages/uvicorn/workers.py", line 75, in init_process',
      '    super().init_process()',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/base.py", line 135, in init_process',
      '    self.load_wsgi()',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/base.py", line 147, in load_wsgi',
      '    self.wsgi = self.app.wsgi()',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/app/base.py", line 66, in wsgi',
      '    self.callable = self.load()',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/app/wsgiapp.py", line 57, in load',
      '    return self.load_wsgiapp()',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/app/wsgiapp.py", line 47, in load_wsgiapp',
      '    return util.import_app(self.app_uri)',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/util.py", line 370, in import_app',
      '    mod = importlib.import_module(module)',
      '  File "/app/recs/app.py", line 9, in <module>',
      '    import faiss',
      '  File "/usr/local/lib/python3.11/site-packages/faiss/__init__.py", line 16, in <module>',
      '    from .loader import *',
      '  File "/usr/local/lib/python3.11/site-packages/faiss/loader.py", line 98, in <module>',
      '    from .swigfaiss import *',
      '  File "/usr/local/lib/python3.11/site-packages/faiss/swigfaiss.py", line 13, in <module>',
      '    from . import _swigfaiss',
      'ImportError: numpy.core.multiarray failed to import',
      '[2026-02-11 08:27:05 +0000] [7] [INFO] Worker exiting (pid: 7)',
      '[2026-02-11 08:27:05 +0000] [1] [ERROR] Worker (pid:7) exited with code 3',
      '[2026-02-11 08:27:05 +0000] [1] [ERROR] Shutting down: Master',
      '[2026-02-11 08:27:05 +0000] [1] [ERROR] Reason: Worker failed to boot.',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // The new partner gateway revision mounts a bootstrap written for an old Envoy (a cluster with
    // `hosts` instead of `load_assignment`); the running Envoy refuses it at start. The pods of
    // the previous revision still serve partners.
    id: 'fiftysecond-partner-gateway-crashloop',
    family: 'bad-rollout',
    source: 'https://github.com/oslabs-beta/ReactRPC/issues/21',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 9, addedConfigMapVolumes: ['partner-gateway-envoy-v42'] },
    containers: [
      {
        ...crashed('envoy', 1, 5),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['-c', '/etc/envoy/envoy.yaml', '--service-cluster', 'partner-gateway', '--log-level', 'info'],
        mounts: [{ volume: 'envoy-config', path: '/etc/envoy' }],
      },
    ],
    volumes: [{ name: 'envoy-config', configMap: 'partner-gateway-envoy-v42' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container envoy in pod partner-gateway-7d4c8b9f6-w2xkd',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:430] initializing epoch 0 (base id=0, hot restart version=11.104)',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:432] statically linked extensions:',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.filters.http: envoy.bandwidth_limit, envoy.buffer, envoy.cors, envoy.csrf, envoy.ext_authz, envoy.ext_proc, envoy.fault, envoy.filters.http.jwt_authn, envoy.filters.http.local_ratelimit, envoy.filters.http.ratelimit, envoy.filters.http.router, envoy.grpc_web, envoy.gzip, envoy.health_check, envoy.lua, envoy.rbac, envoy.router',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.transport_sockets.upstream: envoy.transport_sockets.http_11_proxy, envoy.transport_sockets.internal_upstream, envoy.transport_sockets.raw_buffer, envoy.transport_sockets.starttls, envoy.transport_sockets.tap, envoy.transport_sockets.tcp_stats, envoy.transport_sockets.tls, tls',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.access_loggers: envoy.access_loggers.file, envoy.access_loggers.http_grpc, envoy.access_loggers.open_telemetry, envoy.access_loggers.stderr, envoy.access_loggers.stdout, envoy.access_loggers.tcp_grpc, envoy.access_loggers.wasm',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.clusters: envoy.cluster.eds, envoy.cluster.logical_dns, envoy.cluster.original_dst, envoy.cluster.static, envoy.cluster.strict_dns, envoy.clusters.aggregate, envoy.clusters.dynamic_forward_proxy, envoy.clusters.redis',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.filters.network: envoy.echo, envoy.ext_authz, envoy.filters.network.connection_limit, envoy.filters.network.direct_response, envoy.filters.network.ext_authz, envoy.filters.network.http_connection_manager, envoy.filters.network.local_ratelimit, envoy.filters.network.ratelimit, envoy.filters.network.rbac, envoy.filters.network.redis_proxy, envoy.filters.network.sni_cluster, envoy.filters.network.tcp_proxy, envoy.http_connection_manager, envoy.tcp_proxy',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.filters.listener: envoy.filters.listener.http_inspector, envoy.filters.listener.local_ratelimit, envoy.filters.listener.original_dst, envoy.filters.listener.original_src, envoy.filters.listener.proxy_protocol, envoy.filters.listener.tls_inspector, envoy.listener.http_inspector, envoy.listener.original_dst, envoy.listener.original_src, envoy.listener.proxy_protocol, envoy.listener.tls_inspector',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.transport_sockets.downstream: envoy.transport_sockets.alts, envoy.transport_sockets.quic, envoy.transport_sockets.raw_buffer, envoy.transport_sockets.starttls, envoy.transport_sockets.tap, envoy.transport_sockets.tcp_stats, envoy.transport_sockets.tls, raw_buffer, starttls, tls',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.health_checkers: envoy.health_checkers.grpc, envoy.health_checkers.http, envoy.health_checkers.redis, envoy.health_checkers.tcp, envoy.health_checkers.thrift',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.tracers: envoy.dynamic.ot, envoy.tracers.datadog, envoy.tracers.dynamic_ot, envoy.tracers.opentelemetry, envoy.tracers.skywalking, envoy.tracers.xray, envoy.tracers.zipkin, envoy.zipkin',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.resolvers: envoy.ip',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.upstreams: envoy.filters.connection_pools.tcp.generic',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.grpc_credentials: envoy.grpc_credentials.aws_iam, envoy.grpc_credentials.default, envoy.grpc_credentials.file_based_metadata',
      '[2026-02-11 08:27:41.118][1][info][main] [source/server/server.cc:434]   envoy.compression.compressor: envoy.compression.brotli.compressor, envoy.compression.gzip.compressor, envoy.compression.zstd.compressor',
      '[2026-02-11 08:27:41.131][1][info][main] [source/server/server.cc:482] HTTP header map info:',
      '[2026-02-11 08:27:41.132][1][info][main] [source/server/server.cc:485]   request header map: 672 bytes: :authority,:method,:path,:protocol,:scheme,accept,accept-encoding,access-control-request-headers,access-control-request-method,authorization,cache-control,connection,content-encoding,content-length,content-type,expect,grpc-accept-encoding,grpc-timeout,if-match,if-modified-since,if-none-match,if-range,if-unmodified-since,keep-alive,origin,pragma,proxy-connection,proxy-status,referer,te,transfer-encoding,upgrade,user-agent,via,x-client-trace-id,x-envoy-attempt-count,x-envoy-decorator-operation,x-envoy-downstream-service-cluster,x-envoy-downstream-service-node,x-envoy-expected-rq-timeout-ms,x-envoy-external-address,x-envoy-force-trace,x-envoy-hedge-on-per-try-timeout,x-envoy-internal,x-envoy-ip-tags,x-envoy-is-timeout-retry,x-envoy-max-retries,x-envoy-original-path,x-envoy-original-url,x-envoy-retriable-header-names,x-envoy-retriable-status-codes,x-envoy-retry-grpc-on,x-envoy-retry-on,x-envoy-upstream-alt-stat-name,x-envoy-upstream-rq-per-try-timeout-ms,x-envoy-upstream-rq-timeout-alt-response,x-envoy-upstream-rq-timeout-ms,x-envoy-upstream-stream-duration-ms,x-forwarded-client-cert,x-forwarded-for,x-forwarded-host,x-forwarded-port,x-forwarded-proto,x-ot-span-context,x-request-id',
      "[2026-02-11 08:27:41.140][1][critical][main] [source/server/server.cc:131] error initializing configuration '/etc/envoy/envoy.yaml': Protobuf message (type envoy.config.bootstrap.v3.Bootstrap reason INVALID_ARGUMENT:(static_resources.clusters[7]) hosts: Cannot find field.) has unknown fields",
      '[2026-02-11 08:27:41.140][1][info][main] [source/server/server.cc:1001] exiting',
      'Protobuf message (type envoy.config.bootstrap.v3.Bootstrap reason INVALID_ARGUMENT:(static_resources.clusters[7]) hosts: Cannot find field.) has unknown fields',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // watch-history 2.3.1 went out at 07:38 and ran cleanly for half an hour. Since 08:09 every
    // write fails because the database's storage is full; reads still work. The release has
    // nothing to do with it, and rolling it back frees no disk.
    id: 'fiftysecond-watch-history-write-errors',
    family: 'disk-full',
    source: 'https://github.com/dokku/dokku-postgres/issues/150',
    signal: 'Alert',
    rollout: { minutesAgo: 52, previousTag: '2.3.0' },
    containers: [
      {
        name: 'watch-history',
        running: { startedAt: '2026-02-11T07:38:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL:
            'postgres://watch_history@watch-history-db.c7hx2m1q9zk4.eu-west-1.rds.amazonaws.com:5432/watch_history',
          PGX_MAX_CONNS: '20',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ServiceHigh5xxRate: watch-history 5xx ratio 0.64 over 15m (POST /v1/progress 100% 500, GET 0%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"level":"info","time":"2026-02-11T07:38:12Z","version":"2.3.1","message":"watch-history listening on :8080"}',
      times(
        40,
        (i) =>
          `{"level":"info","time":"${iso(2300 + i * 40).slice(0, 19)}Z","method":"${i % 2 === 0 ? 'POST' : 'GET'}","path":"${i % 2 === 0 ? '/v1/progress' : '/v1/continue-watching'}","status":${i % 2 === 0 ? 204 : 200},"duration_ms":${3 + ((i * 7) % 15)},"message":"request"}`,
      ),
      times(44, (i) =>
        i % 2 === 0
          ? `{"level":"error","time":"${iso(4145 + i * 28).slice(0, 19)}Z","profile_id":"p-${(0x88a1c0 + i * 7919).toString(16)}","title_id":"tt-${50100 + i}","error":"upsert progress: ERROR: could not extend file \\"base/16401/58211.3\\": No space left on device (SQLSTATE 53100)","message":"record progress failed"}`
          : `{"level":"info","time":"${iso(4145 + i * 28).slice(0, 19)}Z","method":"${i % 4 === 1 ? 'POST' : 'GET'}","path":"${i % 4 === 1 ? '/v1/progress' : '/v1/continue-watching'}","status":${i % 4 === 1 ? 500 : 200},"duration_ms":${i % 4 === 1 ? 4 : 6},"message":"request"}`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    // The premiere went live at 08:00 and every viewer's player asks for a licence within the same
    // few minutes. The licence proxy signs each response itself: CPU is at the limit on all 12
    // replicas and requests queue, while the key service behind it answers in single milliseconds.
    id: 'fiftysecond-drm-license-proxy-latency',
    family: 'load',
    source: 'https://github.com/kubernetes-monitoring/kubernetes-mixin',
    signal: 'Alert',
    containers: [
      {
        name: 'license-proxy',
        running: { startedAt: '2026-02-11T07:00:39Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '2',
        env: {
          KEY_SERVICE_URL: 'http://keys.drm.svc.cluster.local:8080',
          GOMAXPROCS: '2',
          MAX_INFLIGHT: '256',
        },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA drm/license-proxy has been running at max replicas for longer than 15 minutes. LicenseLatencyHigh: POST /widevine p99 1.9s (SLO 300ms), CPU 99% of limit on 12/12 pods',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `time=${iso(1200 + i * 90)} level=INFO msg=licence system=${['widevine', 'playready', 'fairplay'][i % 3]} status=200 total_ms=${14 + (i % 7)} queue_ms=0 keysvc_ms=${2 + (i % 3)} sign_ms=${9 + (i % 5)}`,
      ),
      times(
        70,
        (i) =>
          `time=${iso(3610 + i * 25)} level=${i % 9 === 8 ? 'WARN' : 'INFO'} msg=licence system=${['widevine', 'playready', 'fairplay'][i % 3]} status=${i % 9 === 8 ? 503 : 200} total_ms=${i % 9 === 8 ? 2000 : 900 + ((i * 53) % 1000) + 2 + (i % 4) + 11 + (i % 6) + 3} queue_ms=${i % 9 === 8 ? 2000 : 900 + ((i * 53) % 1000)} keysvc_ms=${i % 9 === 8 ? 0 : 2 + (i % 4)} sign_ms=${i % 9 === 8 ? 0 : 11 + (i % 6)}${i % 9 === 8 ? ' err="inflight limit reached, request waited 2s"' : ''}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // Studios delivered a full season drop at 07:30 (84 episodes, nine renditions each). The
    // Bento4 packaging workers are healthy and busy, each job taking its usual six minutes; the
    // queue only grows because there are not enough of them.
    id: 'fiftysecond-dash-packager-backlog',
    family: 'load',
    source: 'https://github.com/axiomatic-systems/Bento4/issues/244',
    signal: 'Alert',
    containers: [
      {
        name: 'dash-packager',
        running: { startedAt: '2026-02-11T07:00:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JOB_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/381204667513/packaging-jobs',
          OUTPUT_BUCKET: 's3://vod-origin-eu1',
          MAX_CONCURRENT_JOBS: '1',
        },
        mounts: [{ volume: 'work', path: '/work' }],
      },
    ],
    volumes: [{ name: 'work', emptyDir: { sizeLimit: '60Gi' } }],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SQSQueueBacklog: packaging-jobs ApproximateNumberOfMessagesVisible 612 (rising ~9/min), ApproximateAgeOfOldestMessage 3290s; 10/10 consumers busy, 0 errors',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(8, (i) =>
        [
          `{"time":"${iso(2400 + i * 370, 11 + i)}","level":"INFO","msg":"job started","job_id":"pk-${(0x91a3c0 + i * 331).toString(16)}","title_id":"tt-${51002 + i}","episode":"S03E${dd(1 + i)}","renditions":9}`,
          `Parsing media file 1: /work/tt-${51002 + i}/2160p.mp4`,
          `Parsing media file 2: /work/tt-${51002 + i}/1080p.mp4`,
          `Parsing media file 3: /work/tt-${51002 + i}/720p.mp4`,
          `Extracting track 1 from /work/tt-${51002 + i}/2160p.mp4`,
          `Extracting track 2 from /work/tt-${51002 + i}/2160p.mp4`,
          `{"time":"${iso(2400 + i * 370 + 352, 40 + i)}","level":"INFO","msg":"job finished","job_id":"pk-${(0x91a3c0 + i * 331).toString(16)}","duration_s":${344 + ((i * 13) % 40)},"uploaded_objects":${2210 + i * 7},"queue_wait_s":${600 + i * 230}}`,
        ].join('\n'),
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    // The L4 on this node fell off the bus at 08:13 (Xid 79); the node monitoring agent marked its
    // accelerated hardware not ready. The transcriber fails at CUDA initialisation on every start.
    // The other GPU nodes are fine. The node must go.
    id: 'fiftysecond-subtitles-eu2-crashloop',
    family: 'node-gpu-failure',
    source: 'https://github.com/akash-network/support/issues/209',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('whisperx', 1, 6),
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        env: { WHISPER_MODEL: 'large-v3', COMPUTE_TYPE: 'float16', BATCH_SIZE: '8' },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'whisper-models' }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'AcceleratedHardwareReady',
          status: 'False',
          reason: 'NvidiaXID79Error',
          message: 'detected XID-79 on the instance, review kernel logs for additional information.',
        },
        { type: 'KernelReady', status: 'True', reason: 'KernelIsReady' },
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
      taints: ['nvidia.com/gpu=true:NoSchedule'],
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container whisperx in pod subtitle-transcriber-5d8c9f7b4-r7n2c',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      '2026-02-11 08:26:02,118 INFO subtitles.worker: worker starting model=large-v3 device=cuda compute_type=float16 batch_size=8',
      '2026-02-11 08:26:02,119 INFO subtitles.worker: settings queue=subtitle-jobs visibility_timeout=900s languages=auto align=true diarize=false',
      '2026-02-11 08:26:02,120 INFO subtitles.worker: NVIDIA_VISIBLE_DEVICES=GPU-6e0c2b7d-41f3-9a58-c2d1-7f0e3a9b5c14 NVIDIA_DRIVER_CAPABILITIES=compute,utility',
      '2026-02-11 08:26:02,121 INFO subtitles.worker: whisperx 3.3.1, faster-whisper 1.1.0, ctranslate2 4.5.0, torch 2.5.1+cu124',
      '2026-02-11 08:26:02,204 INFO subtitles.worker: gpu check: nvidia-smi --query-gpu=name,memory.total --format=csv',
      '2026-02-11 08:26:02,391 WARNING subtitles.worker: gpu check failed: Unable to determine the device handle for GPU0000:31:00.0: Unknown Error',
      '2026-02-11 08:26:02,392 INFO subtitles.worker: loading model /models/faster-whisper-large-v3',
      'Traceback (most recent call last):',
      '  File "/app/subtitles/worker.py", line 211, in <module>',
      '    main()',
      '  File "/app/subtitles/worker.py", line 198, in main',
      '    model = whisperx.load_model(settings.model, device="cuda", compute_type=settings.compute_type, download_root="/models")',
      '  File "/usr/local/lib/python3.11/site-packages/whisperx/asr.py", line 332, in load_model',
      '    model = model or WhisperModel(whisper_arch,',
      '  File "/usr/local/lib/python3.11/site-packages/faster_whisper/transcribe.py", line 634, in __init__',
      '    self.model = ctranslate2.models.Whisper(',
      'RuntimeError: CUDA failed with error unknown error',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },
  {
    // containerd on this node hung at 08:21; the kubelet reports the runtime down and the node
    // NotReady. The live transcoder on it stopped producing output and nothing can be started,
    // stopped or inspected there. The other nodes are healthy.
    id: 'fiftysecond-live-transcoder-unready',
    family: 'node-unhealthy',
    source: 'https://github.com/kubernetes/kubernetes/issues/72533',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'gst-transcoder',
        running: { startedAt: '2026-02-11T07:00:37Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: {
          CHANNEL: 'news-24',
          GST_DEBUG: '2',
          OUTPUT: 'srt://packager-live.live.svc.cluster.local:9000',
        },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message:
        'container runtime is down,PLEG is not healthy: pleg was last seen active 8m41.118203344s ago; threshold is 3m0s',
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
      taints: ['node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'AlertFiring',
        message: 'LiveChannelOutputStalled: channel news-24 transcoder output bitrate 0 for 8m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:00:38,004 INFO transcoder: gstreamer 1.24.9, channel=news-24',
      '2026-02-11 07:00:38,118 INFO transcoder: pipeline: srtsrc uri=srt://:9710?mode=listener ! tsdemux name=d d. ! queue ! h264parse ! avdec_h264 ! videoconvert ! tee name=t t. ! queue ! x264enc bitrate=6000 tune=zerolatency key-int-max=50 ! mpegtsmux name=m ! srtsink uri=srt://packager-live.live.svc.cluster.local:9000 d. ! queue ! aacparse ! m.',
      '2026-02-11 07:00:38,402 INFO transcoder: pipeline state NULL -> PLAYING',
      times(
        40,
        (i) =>
          `2026-02-11 ${hms(120 + i * 120)},${String(100 + i * 17).padStart(3, '0')} INFO transcoder: stats in_kbps=${7900 + ((i * 37) % 300)} out_kbps=${6010 + ((i * 13) % 120)} dropped_frames=0 qos_events=0 srt_rtt_ms=${2 + (i % 3)}`,
      ),
      '2026-02-11 08:21:01,117 INFO transcoder: stats in_kbps=7911 out_kbps=6003 dropped_frames=0 qos_events=0 srt_rtt_ms=2',
    ),
    accept: ['replace-node', 'cordon-drain-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flushes (1 right, 1 wrong)
  {
    // The title-page cache Redis was created with noeviction. It filled up with premiere-week
    // pages and refuses every write; catalogue-api renders uncached and slowly. It holds nothing
    // but cached pages, rebuilt on the next request.
    id: 'fiftysecond-catalogue-api-cache-writes-refused',
    family: 'cache-full',
    source: 'https://github.com/EBWiki/EBWiki/issues/3997',
    signal: 'Alert',
    containers: [
      {
        name: 'catalogue-api',
        running: { startedAt: '2026-02-11T07:00:49Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_DATA_REDIS_URL: 'redis://title-cache.catalogue.svc.cluster.local:6379/0',
          SPRING_CACHE_REDIS_TIME_TO_LIVE: '6h',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: title-cache used_memory 100% of maxmemory (4gb), maxmemory-policy noeviction, rejected writes 2.2k/min; catalogue-api p95 640ms (was 35ms)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        i % 3 === 0
          ? [
              `${iso(3900 + i * 22, 100 + i)}  WARN 1 --- [catalogue-api] [ioEventLoop-4-${(i % 4) + 1}] c.s.catalogue.cache.LoggingCacheErrorHandler : cache put failed cache=titles key=tt-${50300 + i * 3}`,
              '',
              'org.springframework.data.redis.RedisSystemException: Error in execution',
              '\tat org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:52)',
              '\tat org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:50)',
              "Caused by: io.lettuce.core.RedisCommandExecutionException: OOM command not allowed when used memory > 'maxmemory'.",
              '\tat io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:151)',
              '\tat io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:120)',
            ].join('\n')
          : `${iso(3900 + i * 22, 110 + i)}  INFO 1 --- [catalogue-api] [or-http-epoll-${(i % 4) + 1}] c.s.catalogue.web.AccessLog              : GET /v1/titles/tt-${50300 + i * 3}/page 200 ${480 + ((i * 61) % 420)}ms cache=miss`,
      ),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // The recommendations feature store on Redis is full: the new territories' viewers added a
    // third more keys. It is the only online copy of every profile's features (no TTL); a flush
    // would cold-start recommendations for all 14M profiles until the six-hour backfill.
    id: 'fiftysecond-feature-writer-writes-refused',
    family: 'cache-full',
    source: 'https://github.com/redis/redis/issues/2746',
    signal: 'Alert',
    containers: [
      {
        name: 'feature-writer',
        running: { startedAt: '2026-02-11T07:00:43Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          FEATURES_REDIS_URL: 'redis://features.recs.svc.cluster.local:6379/0',
          KAFKA_TOPICS: 'player.heartbeats,player.ratings',
          FEATURE_TTL: 'none',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: features used_memory 100% of maxmemory (48gb), maxmemory-policy noeviction, 14.2M keys (no TTL); feature-writer write errors 3.4k/min',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11 ${hms(600 + i * 150)},${String(100 + i * 7).padStart(3, '0')} INFO features.writer: batch committed profiles=${480 + (i % 40)} features=${9100 + i * 13} kafka_offset=${88211040 + i * 5000}`,
      ),
      times(30, (i) =>
        i % 5 === 0
          ? [
              `2026-02-11 ${hms(4200 + i * 40)},${String(200 + i).padStart(3, '0')} ERROR features.writer: batch failed profiles=${500 + i} (will retry, offsets not committed)`,
              'Traceback (most recent call last):',
              '  File "/app/features/writer.py", line 97, in flush',
              '    pipe.execute()',
              '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 1530, in execute',
              '    return conn.retry.call_with_retry(',
              '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 1412, in _execute_transaction',
              '    raise r',
              "redis.exceptions.ResponseError: Command # 3 (HSET feat:p:8f21c0a4 ...) of pipeline caused error: OOM command not allowed when used memory > 'maxmemory'.",
            ].join('\n')
          : `2026-02-11 ${hms(4200 + i * 40)},${String(300 + i).padStart(3, '0')} WARNING features.writer: consumer lag ${41000 + i * 2100} on player.heartbeats`,
      ),
    ),
    accept: ['escalate'],
  },
];
