import { crashLoop, type HeldOutCase, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** A millisecond field that varies with `i`. */
const ms = (i: number): string => String((i * 137 + 41) % 1000).padStart(3, '0');

/** `HH:MM:SS` on the case's day, `s` seconds after 07:00:00 (3600 is 08:00:00). */
const at = (s: number): string => {
  const h = 7 + Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** A PostgreSQL WAL position `k` progress steps after redo started at 1A2/7F0012C8. */
const lsn = (k: number): string => {
  const v = 0x1a27f0012c8 + k * 0xe8703e0;
  return `${Math.floor(v / 2 ** 32)
    .toString(16)
    .toUpperCase()}/${(v % 2 ** 32).toString(16).toUpperCase()}`;
};

/** The usual node of the batch: Ready, its harmless conditions spelled out. */
const calmNode: HeldOutNode = {
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

/** A GPU node of the batch as Karpenter launches it for the transcoders: Ready, tainted for GPU pods. */
const gpuNode: HeldOutNode = {
  ...calmNode,
  taints: ['nvidia.com/gpu=true:NoSchedule'],
};

/**
 * A forty-first batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at a video streaming and games company on
 * EKS, the ordinary mix an on-call rotation sees rather than a contest of tricks. Video: FFmpeg
 * transcode workers on CPU and on NVENC GPU nodes, GStreamer contribution ingest over SRT and a
 * GStreamer clip exporter, Shaka Packager and Bento4 packagers on large media PVCs and S3, an nginx
 * VOD origin (nginx-vod-module) and an nginx CDN shield, MediaMTX WebRTC edges and a restreamer,
 * SRS converting WebRTC to RTMP, a Widevine licence server, a recommendations ranker and its
 * shelves cache. Games: Agones fleets and an Unreal Engine hub server, Open Match (frontend and its
 * Redis state store), a leaderboard service on ElastiCache (radix), player profiles on DynamoDB,
 * Steam and Twitch integrations, ejabberd and Centrifugo chat. Data: a Kinesis consumer on the KCL,
 * Apache Druid historicals and brokers, PostgreSQL (a backup CronJob, a database in crash recovery,
 * Django with psycopg2 behind a rotated password), Karpenter with Spot and GPU node pools, zonal
 * EBS volumes, the kubelet's image garbage collection. Software no earlier batch used: GStreamer,
 * Shaka Packager, Bento4, nginx-vod-module, MediaMTX, SRS, Agones, Open Match, ejabberd, Apache
 * Druid, Unreal Engine dedicated servers, the Steam Web API, the Twitch Helix API, the KCL, radix.
 * Each quotes the wording of the public thread, page or source in `source`. Mix: 14 escalations (an
 * expired mTLS client certificate at the DRM partner, DynamoDB throttling on launch day after an
 * unrelated release, Twitch's rate limit, a full packaging PVC, a Redis Service renamed under Open
 * Match, the chat database unreachable, no Spot GPU capacity, a game-server image larger than the
 * node's root volume, a backup pg_dump older than the upgraded server, a revoked Steam key, a model
 * that was never published behind an init container, a MediaMTX ConfigMap edited with a newer
 * version's key, an archive PVC pinned to another zone, live-ops content that crashes the hub
 * server); 10 restarts (7 right: radix connections left on the demoted ElastiCache primary,
 * MediaMTX out of descriptors after weeks, a KCL worker idle after a reshard, an SRT receiver
 * wedged after an encoder blip, an nginx shield holding an origin address resolved weeks ago, a
 * database password rotated under Django, an AWS SDK connection pool leaked over nine days; 3
 * wrong: a Druid historical killed while it loads its segment cache, a four-hour UHD transcode that
 * only looks stuck, PostgreSQL replaying WAL after an OOM kill); 6 memory (3 raises right: UHD
 * ladders in the transcoders, the Agones controller with five times the GameServers, ejabberd with
 * launch-day MUC rooms; 3 wrong: a Druid broker heap capped by -Xmx, SRS leaking over a gigabyte
 * every twenty minutes, NVENC out of GPU memory); 4 rollbacks (3 right: a GStreamer image without
 * x264enc, a ranker image without `implicit`, a lobby tag never pushed; 1 wrong: a Bento4 packager
 * release older than a bucket-policy change); 2 scale-ups (HD transcoders under launch-day uploads
 * at their KEDA maximum, the VOD origin at its HPA maximum during a premiere); 2 node actions (a
 * node whose kubelet stopped posting status, a node whose image filesystem filled with old
 * game-server builds); 2 cache flushes (1 right, the shelves cache full under noeviction; 1 wrong,
 * Open Match's state store at maxmemory).
 */
export const FORTYFIRST_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    // The DRM partner's key service rejects the licence server's mTLS client certificate, which
    // expired at 08:00; licences still in the in-process cache are served, every miss fails.
    id: 'fortyfirst-drm-license-server-license-errors',
    family: 'certificate',
    source: 'https://github.com/postfinance/topf/issues/10',
    signal: 'Alert',
    containers: [
      {
        name: 'license-server',
        running: { startedAt: '2026-02-03T14:12:00Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          KEY_SERVICE_URL: 'https://keys.drm-partner.example.net:8443/v2',
          MTLS_CERT_FILE: '/etc/drm-mtls/tls.crt',
          MTLS_KEY_FILE: '/etc/drm-mtls/tls.key',
          LICENSE_CACHE_TTL: '10m',
          GOMAXPROCS: '1',
        },
        mounts: [{ volume: 'drm-mtls', path: '/etc/drm-mtls' }],
      },
    ],
    volumes: [{ name: 'drm-mtls', secret: 'drm-partner-client-cert' }],
    node: calmNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'DRMLicenseErrorRate: 94% of POST /v1/widevine/license answered 502 over 10m on all 4 replicas of drm-license-server',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        36,
        (i) =>
          `{"level":"info","ts":"2026-02-11T${at(3120 + i * 13)}.${ms(i)}Z","caller":"license/handler.go:142","msg":"license issued","drm":"widevine","content_id":"tt-${2200 + ((i * 7) % 41)}","key_source":"${i % 3 === 0 ? 'remote' : 'cache'}","duration_ms":${i % 3 === 0 ? 61 + (i % 17) : 2 + (i % 4)}}`,
      ),
      '{"level":"warn","ts":"2026-02-11T08:00:03.412Z","caller":"keyclient/client.go:118","msg":"key request failed, retrying","attempt":1,"error":"Post \\"https://keys.drm-partner.example.net:8443/v2/keys\\": remote error: tls: expired certificate"}',
      '{"level":"warn","ts":"2026-02-11T08:00:03.655Z","caller":"keyclient/client.go:118","msg":"key request failed, retrying","attempt":2,"error":"Post \\"https://keys.drm-partner.example.net:8443/v2/keys\\": remote error: tls: expired certificate"}',
      '{"level":"warn","ts":"2026-02-11T08:00:04.160Z","caller":"keyclient/client.go:118","msg":"key request failed, retrying","attempt":3,"error":"Post \\"https://keys.drm-partner.example.net:8443/v2/keys\\": remote error: tls: expired certificate"}',
      '{"level":"error","ts":"2026-02-11T08:00:04.161Z","caller":"license/handler.go:171","msg":"license request failed","drm":"widevine","content_id":"tt-2291","status":502,"error":"fetch content keys: Post \\"https://keys.drm-partner.example.net:8443/v2/keys\\": remote error: tls: expired certificate"}',
      times(70, (i) =>
        i % 5 === 0 && i < 40
          ? `{"level":"info","ts":"2026-02-11T${at(3605 + i * 12)}.${ms(i)}Z","caller":"license/handler.go:142","msg":"license issued","drm":"widevine","content_id":"tt-${2200 + ((i * 7) % 41)}","key_source":"cache","duration_ms":${2 + (i % 4)}}`
          : `{"level":"error","ts":"2026-02-11T${at(3605 + i * 12)}.${ms(i)}Z","caller":"license/handler.go:171","msg":"license request failed","drm":"${i % 4 === 0 ? 'playready' : 'widevine'}","content_id":"tt-${2200 + ((i * 11) % 53)}","status":502,"error":"fetch content keys: Post \\"https://keys.drm-partner.example.net:8443/v2/keys\\": remote error: tls: expired certificate"}`,
      ),
      '{"level":"info","ts":"2026-02-11T08:15:00.002Z","caller":"keyclient/client.go:64","msg":"key service connection pool recycled","idle_closed":4,"client_cert_subject":"CN=drm-license.games.example.gg","client_cert_issuer":"CN=DRM Partner Client CA G2"}',
      times(
        40,
        (i) =>
          `{"level":"error","ts":"2026-02-11T${at(4505 + i * 22)}.${ms(i + 3)}Z","caller":"license/handler.go:171","msg":"license request failed","drm":"widevine","content_id":"tt-${2300 + ((i * 13) % 61)}","status":502,"error":"fetch content keys: Post \\"https://keys.drm-partner.example.net:8443/v2/keys\\": remote error: tls: expired certificate"}`,
      ),
    ),
    accept: ['escalate'],
    // A restart empties the licence cache that still serves the renewals it holds.
    harmful: ['rollout-restart'],
  },
  {
    // Season 4 launched at 08:00; the profile table's provisioned write capacity is exhausted. The
    // release 40 minutes earlier only added the new season's cosmetics.
    id: 'fortyfirst-player-profile-api-write-errors',
    family: 'aws-throttling',
    source: 'https://github.com/mifi/dynamodump/issues/20',
    signal: 'Alert',
    containers: [
      {
        name: 'profile-api',
        running: { startedAt: '2026-02-11T07:51:00Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          NODE_OPTIONS: '--max-old-space-size=512',
          AWS_REGION: 'eu-west-1',
          PROFILES_TABLE: 'player-profiles',
          LOADOUTS_TABLE: 'player-loadouts',
        },
      },
    ],
    rollout: { minutesAgo: 40, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PlayerProfileWriteErrors: 41% of PUT /v1/profiles/{id}/loadout answered 503 since 08:04 on all 24 replicas of profile-api',
        on: 'Deployment',
      },
      {
        reason: 'SuccessfulRescale',
        message: 'New size: 24; reason: cpu resource utilization (percentage of request) above target',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `{"level":30,"time":${1770796380000 + i * 6100},"pid":1,"hostname":"profile-api-7c9d5f6b8-q2x7l","req":{"method":"${i % 3 === 0 ? 'PUT' : 'GET'}","url":"/v1/profiles/${8812000 + i * 37}${i % 3 === 0 ? '/loadout' : ''}"},"res":{"statusCode":200},"responseTime":${9 + (i % 23)},"msg":"request completed"}`,
      ),
      '{"level":30,"time":1770796805112,"pid":1,"hostname":"profile-api-7c9d5f6b8-q2x7l","msg":"season s4 cosmetics catalogue loaded","items":412}',
      times(60, (i) =>
        i % 3 === 1
          ? `{"level":50,"time":${1770797040000 + i * 25000},"pid":1,"hostname":"profile-api-7c9d5f6b8-q2x7l","err":{"type":"ProvisionedThroughputExceededException","message":"The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.","stack":"ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.\\n    at Request.extractError (/app/node_modules/aws-sdk/lib/protocol/json.js:48:27)\\n    at Request.callListeners (/app/node_modules/aws-sdk/lib/sequential_executor.js:106:20)","code":"ProvisionedThroughputExceededException","statusCode":400,"retryable":true,"retryDelay":${180 + (i % 7) * 35},"tableName":"player-loadouts"},"msg":"loadout write failed after retries"}`
          : `{"level":${i % 3 === 0 ? 40 : 30},"time":${1770797040000 + i * 25000},"pid":1,"hostname":"profile-api-7c9d5f6b8-q2x7l","req":{"method":"${i % 3 === 0 ? 'PUT' : 'GET'}","url":"/v1/profiles/${8813000 + i * 53}${i % 3 === 0 ? '/loadout' : ''}"},"res":{"statusCode":${i % 3 === 0 ? 503 : 200}},"responseTime":${i % 3 === 0 ? 1840 + (i % 9) * 40 : 11 + (i % 19)},"msg":"request completed"}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollback'],
  },
  {
    // The live-badge poller shares one Twitch client ID; the launch week's featured-creator import
    // more than doubled the creators it polls, and Helix answers 429 once the bucket is empty.
    id: 'fortyfirst-creator-live-status-stale',
    family: 'rate-limit',
    source: 'https://github.com/twitchdev/issues/issues/597',
    signal: 'Alert',
    containers: [
      {
        name: 'live-status-poller',
        running: { startedAt: '2026-02-10T16:40:00Z' },
        ready: true,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        env: {
          TWITCH_CLIENT_ID_FILE: '/var/run/secrets/twitch/client-id',
          POLL_INTERVAL: '60s',
          HELIX_BATCH_SIZE: '100',
        },
        mounts: [{ volume: 'twitch-app', path: '/var/run/secrets/twitch' }],
      },
    ],
    volumes: [{ name: 'twitch-app', secret: 'twitch-helix-app' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CreatorLiveBadgeStale: live status older than 10m for 64% of featured creators (live-status-poller, 3 replicas)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 08:12:00,004 INFO live_status.poller cycle 1412 start: tracked creators 48211 (batches of 100)',
      times(30, (i) =>
        i % 2 === 0
          ? `2026-02-11 08:12:${dd(1 + i)},${ms(i)} INFO httpx HTTP Request: GET https://api.twitch.tv/helix/streams?first=100&user_id=${41210000 + i * 977}&user_id=${41210311 + i * 977} "HTTP/1.1 200 OK"`
          : `2026-02-11 08:12:${dd(1 + i)},${ms(i + 1)} INFO live_status.poller batch=${i} live=${31 + (i % 9)} ratelimit_remaining=${800 - i * 26} ratelimit_reset=1770797580`,
      ),
      '2026-02-11 08:12:32,551 INFO httpx HTTP Request: GET https://api.twitch.tv/helix/streams?first=100&user_id=41239313&user_id=41239871 "HTTP/1.1 429 Too Many Requests"',
      '2026-02-11 08:12:32,552 WARNING live_status.poller helix rate limited: status=429 body={"error":"Too Many Requests","status":429,"message":""} ratelimit_remaining=0 ratelimit_reset=1770797580 backoff=27s',
      times(70, (i) =>
        i % 2 === 0
          ? `2026-02-11 08:${dd(13 + Math.floor(i / 5))}:${dd(i * 12 + 5)},${ms(i)} INFO httpx HTTP Request: GET https://api.twitch.tv/helix/streams?first=100&user_id=${41240000 + i * 613}&user_id=${41240457 + i * 613} "HTTP/1.1 ${i % 6 === 0 ? '200 OK' : '429 Too Many Requests'}"`
          : i % 6 === 1
            ? `2026-02-11 08:${dd(13 + Math.floor(i / 5))}:${dd(i * 12 + 5)},${ms(i + 2)} INFO live_status.poller batch=${60 + i} live=${28 + (i % 7)} ratelimit_remaining=${i % 5} ratelimit_reset=${1770797640 + Math.floor(i / 5) * 60}`
            : `2026-02-11 08:${dd(13 + Math.floor(i / 5))}:${dd(i * 12 + 5)},${ms(i + 2)} WARNING live_status.poller helix rate limited: status=429 body={"error":"Too Many Requests","status":429,"message":""} ratelimit_remaining=0 ratelimit_reset=${1770797640 + Math.floor(i / 5) * 60} backoff=${20 + (i % 9) * 4}s`,
      ),
      '2026-02-11 08:27:41,020 WARNING live_status.poller cycle 1412 incomplete after 941s: 131/483 batches polled, next cycle overdue',
    ),
    accept: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    // The packaging PVC is full: failed jobs leave their partial output for a retry, and the
    // janitor that prunes synced titles only runs at night. Shaka's own message names the disk.
    id: 'fortyfirst-shaka-packager-jobs-failing',
    family: 'disk-full',
    source: 'https://github.com/shaka-project/shaka-packager/issues/1185',
    signal: 'Alert',
    containers: [
      {
        name: 'vod-packager',
        running: { startedAt: '2026-02-08T11:20:00Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        env: {
          TMPDIR: '/media/scratch',
          OUTPUT_ROOT: '/media/out',
          INPUT_ROOT: '/media/in',
          ORIGIN_BUCKET: 's3://acme-vod-origin',
          PACKAGER_BIN: '/usr/bin/packager',
        },
        mounts: [{ volume: 'media-work', path: '/media' }],
      },
    ],
    volumes: [{ name: 'media-work', persistentVolumeClaim: 'vod-packaging-work' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'VODPackagingJobsFailing: 100% of packaging jobs failed over 20m on vod-packager (queue depth 318)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(24, (i) =>
        [
          `2026-02-11 07:${dd(36 + i)}:10,118 INFO vodpack.worker job=pkg-${88190 + i} title=tt-${2266 + i} renditions=7 drm=cenc`,
          `2026-02-11 07:${dd(36 + i)}:10,120 INFO vodpack.worker exec: packager in=/media/in/tt-${2266 + i}/v2160.mp4,stream=video,init_segment=/media/out/tt-${2266 + i}/v2160/init.mp4,segment_template=/media/out/tt-${2266 + i}/v2160/$Number$.m4s ... --generate_static_live_mpd --mpd_output /media/out/tt-${2266 + i}/manifest.mpd --hls_master_playlist_output /media/out/tt-${2266 + i}/master.m3u8`,
          'Packaging completed successfully.',
          `2026-02-11 07:${dd(36 + i)}:${dd(41 + (i % 15))},902 INFO vodpack.worker job=pkg-${88190 + i} done, ${1380 + i * 7} segments, synced to s3://acme-vod-origin/tt-${2266 + i}/`,
        ].join('\n'),
      ),
      '2026-02-11 08:04:00,001 INFO vodpack.worker janitor: next prune of synced titles older than 14d at 2026-02-12T02:00:00Z',
      times(22, (i) =>
        [
          `2026-02-11 08:${dd(5 + i)}:12,004 INFO vodpack.worker job=pkg-${88214 + i} title=tt-${2301 + (i % 9)} renditions=7 drm=cenc (attempt ${1 + Math.floor(i / 9)})`,
          `2026-02-11 08:${dd(5 + i)}:12,006 INFO vodpack.worker exec: packager in=/media/in/tt-${2301 + (i % 9)}/v2160.mp4,stream=video,init_segment=/media/out/tt-${2301 + (i % 9)}/v2160/init.mp4,segment_template=/media/out/tt-${2301 + (i % 9)}/v2160/$Number$.m4s ... --generate_static_live_mpd --mpd_output /media/out/tt-${2301 + (i % 9)}/manifest.mpd`,
          `Packaging Error: 5 (FILE_FAILURE): Cannot close the temp file /media/scratch/.org.chromium.Chromium.${['Xq41Lp', 'b7TzQa', 'Lm2wPr', 'R9kVdE'][i % 4]}, possibly file permission issue or running out of disk space`,
          `2026-02-11 08:${dd(5 + i)}:${dd(20 + (i % 30))},410 ERROR vodpack.worker job=pkg-${88214 + i} failed: packager exited with status 1; keeping /media/out/tt-${2301 + (i % 9)} for retry`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The Redis chart under Open Match was upgraded and its Sentinel Service renamed; the frontend
    // still dials the old name, which no longer resolves. Every replica is unready.
    id: 'fortyfirst-open-match-frontend-unready',
    family: 'dns',
    source: 'https://github.com/radius-project/samples/issues/100',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'om-frontend',
        running: { startedAt: '2026-02-06T10:02:00Z' },
        ready: false,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['--config=/app/config'],
        mounts: [
          { volume: 'om-config-default', path: '/app/config/default' },
          { volume: 'om-config-override', path: '/app/config/override' },
        ],
      },
    ],
    volumes: [
      { name: 'om-config-default', configMap: 'open-match-configmap-default' },
      { name: 'om-config-override', configMap: 'open-match-configmap-override' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 211,
      },
      {
        reason: 'AlertFiring',
        message:
          'MatchmakingTicketCreateErrors: 100% of CreateTicket calls from matchmaker-gateway failing with code Unavailable since 08:10',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(90, (i) =>
        i % 6 === 5
          ? `{"app":"openmatch","component":"app.frontend","error":"rpc error: code = Unavailable desc = CreateTicket, id: cu${(9120451 + i * 7919).toString(36)}, failed to connect to redis: rpc error: code = Unavailable desc = dial tcp: lookup om-redis-sentinel.open-match.svc.cluster.local on 172.20.0.10:53: no such host","level":"error","msg":"failed to create the ticket","time":"2026-02-11T${at(4205 + i * 13)}Z"}`
          : `{"app":"openmatch","component":"statestore.redis","error":"dial tcp: lookup om-redis-sentinel.open-match.svc.cluster.local on 172.20.0.10:53: no such host","level":"error","msg":"failed to connect to redis sentinel","time":"2026-02-11T${at(4205 + i * 13)}Z"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The chat database (Aurora PostgreSQL) stopped answering at 08:14. ejabberd keeps the 38,000
    // sessions it has but cannot authenticate anyone new; a restart would drop those sessions
    // into logins that cannot succeed.
    id: 'fortyfirst-ejabberd-chat-logins-failing',
    family: 'dependency-down',
    source: 'https://github.com/processone/ejabberd/issues/738',
    signal: 'Alert',
    containers: [
      {
        name: 'ejabberd',
        running: { startedAt: '2026-01-28T03:10:00Z' },
        ready: true,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          EJABBERD_SQL_TYPE: 'pgsql',
          EJABBERD_SQL_SERVER: 'chat-db.cluster-c9x2kq1lz3.eu-west-1.rds.amazonaws.com',
          EJABBERD_SQL_POOL_SIZE: '10',
          ERL_MAX_PORTS: '262144',
        },
        mounts: [{ volume: 'ejabberd-config', path: '/home/ejabberd/conf' }],
      },
    ],
    volumes: [{ name: 'ejabberd-config', configMap: 'ejabberd-yml' }],
    node: calmNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ChatLoginFailureRate: 91% of c2s logins failed over 10m on ejabberd (38,412 sessions still connected)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `08:${dd(6 + Math.floor(i / 5))}:${dd(i * 11)}.${ms(i)} [info] (tcp|<0.${21013 + i * 17}.4>) Accepted c2s SCRAM-SHA-1 authentication for p_${48812 + i * 31}@chat.example.gg by sql backend from 10.42.${7 + (i % 5)}.${20 + i}`,
      ),
      times(26, (i) =>
        [
          `08:${dd(14 + Math.floor((i * 35 + 22) / 60))}:${dd(i * 35 + 22)}.${ms(i)} [info] pgsql connection failed:`,
          '** Reason: {init,{error,timeout}}',
          '** Retry after: 30 seconds',
          `08:${dd(14 + Math.floor((i * 35 + 22) / 60))}:${dd(i * 35 + 22)}.${ms(i + 1)} [error] CRASH REPORT Process <0.${3561 + i * 3}.0> with 0 neighbours exited with reason: {init,{error,timeout}} in gen_server:init_it/6 line 322`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // The UHD transcode queue asks for a GPU node; every Spot GPU type the pool allows is out of
    // capacity in the region this morning. Nothing in the cluster can fix that.
    id: 'fortyfirst-nvenc-transcoder-pending',
    family: 'capacity',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/5578',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'nvenc-transcoder',
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '8',
        env: {
          NVIDIA_DRIVER_CAPABILITIES: 'compute,video,utility',
          QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/447100281923/transcode-uhd-gpu',
          SESSIONS_PER_GPU: '3',
        },
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/46 nodes are available: 3 node(s) had untolerated taint {CriticalAddonsOnly: true}, 43 Insufficient nvidia.com/gpu. preemption: 0/46 nodes are available: 3 Preemption is not helpful for scheduling, 43 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 52,
      },
      {
        reason: 'Nominated',
        message: 'Pod should schedule on: nodeclaim/gpu-spot-7kq2n',
        type: 'Normal',
        count: 2,
      },
      {
        reason: 'Nominated',
        message: 'Pod should schedule on: nodeclaim/gpu-spot-x4f9d',
        type: 'Normal',
        count: 3,
      },
      {
        reason: 'AlertFiring',
        message:
          'KarpenterNodeClaimLaunchFailed: nodepool gpu-spot: insufficient capacity, all requested instance types were unavailable during launch (g5.2xlarge, g5.4xlarge, g6.2xlarge, g4dn.2xlarge; capacity-type spot)',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },
  {
    // Karpenter replaced the hub's nodes after an EC2NodeClass change that also shrank the root
    // volume; the 27 GB Unreal server image no longer fits on a new node. A rollout-restart would
    // send the replicas still running onto nodes they cannot start on.
    id: 'fortyfirst-unreal-hub-server-image-pull',
    family: 'image-pull',
    source: 'https://github.com/tableau/tableau-server-in-kubernetes/issues/14',
    signal: 'ErrImagePull',
    phase: 'Pending',
    containers: [
      {
        name: 'hub-server',
        waiting: {
          reason: 'ErrImagePull',
          message:
            'failed to pull and unpack image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/hub-server:2026.2.10-cl48790": failed to extract layer sha256:9c1f4be07d55a2d3e1b0e6a7f2c8d94b1e3a5f60c7d8e9f0a1b2c3d4e5f60718: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/214/fs/HubServer/Content/Paks/pakchunk2-LinuxServer.pak: no space left on device: unknown',
        },
        memoryLimit: '12Gi',
        memoryRequest: '10Gi',
        cpuLimit: '4',
        args: ['HubMap', '-log', '-port=7777', '-LiveOpsUrl=https://liveops.games.example.gg/v1/config'],
      },
    ],
    node: calmNode,
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned games/hub-server-6f8b9c7d4-r8k2p to ip-10-42-77-12.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulling',
        message:
          'Pulling image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/hub-server:2026.2.10-cl48790"',
        type: 'Normal',
        count: 3,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/hub-server:2026.2.10-cl48790": failed to pull and unpack image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/hub-server:2026.2.10-cl48790": failed to extract layer sha256:9c1f4be07d55a2d3e1b0e6a7f2c8d94b1e3a5f60c7d8e9f0a1b2c3d4e5f60718: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/214/fs/HubServer/Content/Paks/pakchunk2-LinuxServer.pak: no space left on device: unknown',
        type: 'Warning',
        count: 3,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 3 },
      {
        reason: 'BackOff',
        message:
          'Back-off pulling image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/hub-server:2026.2.10-cl48790"',
        type: 'Normal',
        count: 9,
      },
      {
        reason: 'AlertFiring',
        message:
          'HubServerCapacityLow: 2 of 6 hub-server replicas unavailable for 25m (players queued for the social hub)',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // The accounts database was upgraded to PostgreSQL 17 at the weekend; the backup image still
    // ships pg_dump 15, which refuses to dump a newer server.
    id: 'fortyfirst-accounts-db-backup-job-failed',
    family: 'cronjob',
    source: 'https://github.com/inventree/InvenTree/issues/10936',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'pg-backup',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        env: {
          PGHOST: 'accounts-db.cluster-c9x2kq1lz3.eu-west-1.rds.amazonaws.com',
          PGDATABASE: 'accounts',
          PGUSER: 'backup',
          BACKUP_BUCKET: 's3://acme-games-db-backups/accounts',
        },
        args: ['/bin/sh', '-x', '/scripts/backup.sh'],
        mounts: [
          { volume: 'scripts', path: '/scripts' },
          { volume: 'scratch', path: '/backup' },
        ],
      },
    ],
    volumes: [
      { name: 'scripts', configMap: 'accounts-backup-script' },
      { name: 'scratch', emptyDir: { sizeLimit: '200Gi' } },
    ],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '+ set -eu',
      '+ date -u +%Y-%m-%dT%H:%M:%SZ',
      '+ STAMP=2026-02-11T03:00:04Z',
      '+ echo backup: starting accounts dump at 2026-02-11T03:00:04Z',
      'backup: starting accounts dump at 2026-02-11T03:00:04Z',
      '+ aws sts get-caller-identity --query Arn --output text',
      'arn:aws:sts::447100281923:assumed-role/accounts-backup-irsa/botocore-session-1770778804',
      '+ pg_dump --version',
      'pg_dump (PostgreSQL) 15.10 (Debian 15.10-1.pgdg120+1)',
      "+ psql -Atc 'show server_version'",
      '17.2',
      '+ pg_isready -t 10',
      'accounts-db.cluster-c9x2kq1lz3.eu-west-1.rds.amazonaws.com:5432 - accepting connections',
      '+ pg_dump -Fc --no-owner --no-acl -f /backup/accounts-2026-02-11T03:00:04Z.dump',
      'pg_dump: error: aborting because of server version mismatch',
      'pg_dump: detail: server version: 17.2; pg_dump version: 15.10 (Debian 15.10-1.pgdg120+1)',
      '+ rc=1',
      '+ echo backup: pg_dump failed rc=1',
      'backup: pg_dump failed rc=1',
      '+ ls -la /backup',
      'total 8',
      'drwxrwsrwx 2 root postgres 4096 Feb 11 03:00 .',
      'drwxr-xr-x 1 root root     4096 Feb 11 03:00 ..',
      '+ exit 1',
    ),
    accept: ['escalate'],
  },
  {
    // Valve revoked the Web API key; every Steam call answers the same HTML 403 page.
    id: 'fortyfirst-steam-account-link-failures',
    family: 'credentials',
    source: 'https://github.com/BeepIsla/csgo-commend-bot/issues/54',
    signal: 'Alert',
    containers: [
      {
        name: 'account-link-api',
        running: { startedAt: '2026-02-09T09:00:00Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        env: { STEAM_WEB_API_KEY_FILE: '/var/run/secrets/steam/key', GOMEMLIMIT: '220MiB' },
        mounts: [{ volume: 'steam-webapi', path: '/var/run/secrets/steam' }],
      },
    ],
    volumes: [{ name: 'steam-webapi', secret: 'steam-webapi-key' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'SteamLinkFailures: 100% of POST /v1/link/steam answered 502 since 07:41 (account-link-api)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"time":"2026-02-11T07:${dd(22 + Math.floor(i / 2))}:${dd(i * 19)}.${ms(i)}Z","level":"INFO","msg":"request","method":"${i % 4 === 0 ? 'POST' : 'GET'}","path":"${i % 4 === 0 ? '/v1/link/steam' : '/v1/links'}","status":200,"duration_ms":${i % 4 === 0 ? 212 + (i % 50) : 4 + (i % 6)}}`,
      ),
      times(60, (i) =>
        i % 3 === 0
          ? `{"time":"2026-02-11T${at(2462 + i * 47)}.${ms(i)}Z","level":"ERROR","msg":"steam GetPlayerSummaries failed","steamid":"7656119${8100000000 + i * 7717}","status":403,"body":"<html><head><title>Forbidden</title></head><body><h1>Forbidden</h1>Access is denied. Retrying will not help. Please verify your <pre>key=</pre> parameter.</body></html>"}`
          : `{"time":"2026-02-11T${at(2462 + i * 47)}.${ms(i + 1)}Z","level":"INFO","msg":"request","method":"${i % 3 === 1 ? 'POST' : 'GET'}","path":"${i % 3 === 1 ? '/v1/link/steam' : '/v1/links'}","status":${i % 3 === 1 ? 502 : 200},"duration_ms":${i % 3 === 1 ? 96 + (i % 30) : 4 + (i % 6)}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // A replica the HPA added this morning waits for a model the nightly training never published;
    // the replicas started yesterday serve the previous one. Restarting them would park them here too.
    id: 'fortyfirst-similar-titles-replica-not-starting',
    family: 'init-container',
    source: 'https://github.com/aws/aws-cli/issues/6660',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        name: 'fetch-model',
        running: { startedAt: '2026-02-11T07:02:00Z' },
        restarts: 0,
        memoryLimit: '512Mi',
        env: { MODEL_URI: 's3://acme-recs-models/similar-titles/latest/model.npz' },
        args: [
          '/bin/sh',
          '-c',
          'until aws s3 cp "$MODEL_URI" /models/model.npz; do echo "model not available yet, retrying in 30s"; sleep 30; done',
        ],
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    containers: [
      {
        name: 'similar-titles',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: { MODEL_PATH: '/models/model.npz', WEB_CONCURRENCY: '4' },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', emptyDir: { sizeLimit: '4Gi' } }],
    events: [
      { reason: 'Started', message: 'Started container fetch-model', type: 'Normal' },
      {
        reason: 'SuccessfulRescale',
        message: 'New size: 7; reason: cpu resource utilization (percentage of request) above target',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'KubePodNotReady: Pod recs/similar-titles-5d8f7c9b6-m4q2x has been in a non-ready state for longer than 15 minutes.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(70, (i) =>
        i % 2 === 0
          ? 'fatal error: An error occurred (404) when calling the HeadObject operation: Key "similar-titles/latest/model.npz" does not exist'
          : 'model not available yet, retrying in 30s',
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Someone pasted a key from a newer MediaMTX's sample config into the restreamer's ConfigMap.
    // Nothing was rolled out: the pod only read the file again when Karpenter moved it at 08:02.
    id: 'fortyfirst-mediamtx-restreamer-crashloop',
    family: 'bad-config',
    source: 'https://github.com/bluenviron/mediamtx/issues/4526',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('mediamtx', 1, 9),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['/config/mediamtx.yml'],
        mounts: [{ volume: 'mediamtx-config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'mediamtx-config', configMap: 'mediamtx-restreamer' }],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned media/mediamtx-restreamer-84c6d9f7b-tn5vw to ip-10-42-31-208.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulled',
        message: 'Container image "docker.io/bluenviron/mediamtx:1.11.3" already present on machine',
        type: 'Normal',
        count: 10,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container mediamtx in pod mediamtx-restreamer-84c6d9f7b-tn5vw_media',
        type: 'Warning',
        count: 37,
      },
    ],
    previousLog: log('ERR: json: unknown field "authJWTInHTTPQuery"'),
    accept: ['escalate'],
  },
  {
    // The archiver's 4 TiB volume lives in eu-west-1a; the media Spot pool was narrowed to 1b and
    // 1c last week, and the last 1a node was consolidated away at 08:05.
    id: 'fortyfirst-live-archiver-pending',
    family: 'storage-zone',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/5527',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'archiver',
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: [
          'ffmpeg',
          '-nostats',
          '-i',
          'srt://ingest-esports-main.media.svc:9000?mode=caller',
          '-c',
          'copy',
          '-f',
          'segment',
          '-segment_time',
          '3600',
          '-strftime',
          '1',
          '/archive/esports-main/%Y%m%d-%H.ts',
        ],
        mounts: [{ volume: 'archive', path: '/archive' }],
      },
    ],
    volumes: [{ name: 'archive', persistentVolumeClaim: 'archive-live-archiver-0' }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/52 nodes are available: 9 node(s) had untolerated taint {nvidia.com/gpu: true}, 14 node(s) had volume node affinity conflict, 29 node(s) didn't match Pod's node affinity/selector. preemption: 0/52 nodes are available: 52 Preemption is not helpful for scheduling.",
        type: 'Warning',
        count: 44,
      },
      {
        reason: 'FailedScheduling',
        message:
          'Failed to schedule pod, incompatible with nodepool "media-spot", daemonset overhead={"cpu":"330m","memory":"580Mi","pods":"5"}, no instance type satisfied resources {"cpu":"2330m","memory":"4676Mi","pods":"6"} and requirements karpenter.sh/capacity-type In [spot], karpenter.sh/nodepool In [media-spot], kubernetes.io/arch In [amd64], kubernetes.io/os In [linux], topology.kubernetes.io/zone In [eu-west-1a] (no instance type which had enough resources and the required offering met the scheduling requirements)',
        type: 'Warning',
        count: 31,
      },
      {
        reason: 'AlertFiring',
        message: 'LiveArchiveStalled: esports-main archive has written no segment for 24m',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },
  {
    // Live-ops published an event whose stage blueprint is not in this build's paks; every hub
    // server fetches the config at start and crashes on the missing asset.
    id: 'fortyfirst-unreal-hub-server-crashloop',
    family: 'bug',
    source: 'https://github.com/carla-simulator/carla/issues/617',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('hub-server', 139, 6),
        memoryLimit: '12Gi',
        memoryRequest: '10Gi',
        cpuLimit: '4',
        args: ['HubMap', '-log', '-port=7777', '-LiveOpsUrl=https://liveops.games.example.gg/v1/config'],
      },
    ],
    node: calmNode,
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container hub-server in pod hub-server-6f8b9c7d4-w9z2c_games',
        type: 'Warning',
        count: 28,
      },
      {
        reason: 'AlertFiring',
        message: 'HubServerUnavailable: 6/6 hub-server replicas in CrashLoopBackOff since 08:19',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      'Increasing per-process limit of core file size to infinity.',
      '[2026.02.11-08.24.11:402][  0]LogInit: Build: ++Hub+Release-5.4-CL-48790',
      '[2026.02.11-08.24.11:402][  0]LogInit: Engine Version: 5.4.4-48790+++Hub+Release-5.4',
      '[2026.02.11-08.24.11:402][  0]LogInit: Compatible Engine Version: 5.4.0-48790+++Hub+Release-5.4',
      '[2026.02.11-08.24.11:402][  0]LogInit: Build Configuration: Shipping',
      '[2026.02.11-08.24.11:403][  0]LogInit: Command Line:  HubMap -log -port=7777 -LiveOpsUrl=https://liveops.games.example.gg/v1/config',
      '[2026.02.11-08.24.11:611][  0]LogPakFile: Display: Found Pak file ../../../HubServer/Content/Paks/pakchunk0-LinuxServer.pak attempting to mount.',
      '[2026.02.11-08.24.11:902][  0]LogPakFile: Display: Found Pak file ../../../HubServer/Content/Paks/pakchunk1-LinuxServer.pak attempting to mount.',
      '[2026.02.11-08.24.12:240][  0]LogPakFile: Display: Found Pak file ../../../HubServer/Content/Paks/pakchunk2-LinuxServer.pak attempting to mount.',
      '[2026.02.11-08.24.14:118][  0]LogNet: GameNetDriver IpNetDriver_2147482509 IpNetDriver listening on port 7777',
      '[2026.02.11-08.24.14:301][  0]LogLiveOps: Display: Fetched live config revision 1187 (events: winter_cup_finals, s4_launch_plaza) in 212 ms',
      "[2026.02.11-08.24.14:302][  0]LogLiveOps: Display: Spawning event actors for 's4_launch_plaza'",
      "[2026.02.11-08.24.14:355][  0]LogStreaming: Error: Couldn't find file for package /Game/Events/S4Launch/BP_LaunchStage requested by async loading code. NameToLoad: /Game/Events/S4Launch/BP_LaunchStage",
      '[2026.02.11-08.24.14:356][  0]LogCore: Error: === Critical error: ===',
      '[2026.02.11-08.24.14:356][  0]LogCore: Error: Unhandled Exception: SIGSEGV: invalid attempt to read memory at address 0x0000000000000000',
      'Signal 11 caught.',
      'Malloc Size=131076 LargeMemoryPoolOffset=131092 ',
      'CommonUnixCrashHandler: Signal=11',
      'Malloc Size=65535 LargeMemoryPoolOffset=196655 ',
      'Malloc Size=131160 LargeMemoryPoolOffset=327832 ',
      'Engine crash handling finished; re-raising signal 11 for the default handler. Good bye.',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts, right and wrong (10)
  {
    // Right: ElastiCache failed the leaderboard primary over at 08:10. radix keeps the pooled
    // connections to the demoted node, which answers reads and refuses every write; only new
    // connections reach the new primary. Every replica holds such a pool. The release 95 minutes
    // ago only switched the season id.
    id: 'fortyfirst-leaderboard-api-score-submits-failing',
    family: 'stale-connections',
    source: 'https://github.com/envoyproxy/ratelimit/pull/1191',
    signal: 'Alert',
    containers: [
      {
        name: 'leaderboard-api',
        running: { startedAt: '2026-02-11T06:56:00Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          REDIS_ADDR: 'leaderboards-prod.x1yz2a.ng.0001.euw1.cache.amazonaws.com:6379',
          REDIS_POOL_SIZE: '32',
          GOMEMLIMIT: '450MiB',
        },
      },
    ],
    rollout: { minutesAgo: 95, addedEnv: { SEASON_ID: 's4' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LeaderboardScoreSubmitErrors: 100% of POST /v1/scores failing on all 6 replicas of leaderboard-api since 08:10',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'ElastiCacheEvent: replication group leaderboards-prod: Failover from primary node leaderboards-prod-001 to replica node leaderboards-prod-002 completed (08:10:41)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(40, (i) =>
        i % 2 === 0
          ? `{"time":"2026-02-11T${at(3900 + i * 8)}.${ms(i)}Z","level":"INFO","msg":"score submitted","board":"s4:global","player":"p_${77120 + i * 13}","score":${41200 + i * 317},"rank":${1200 - i * 11},"duration_ms":${2 + (i % 3)}}`
          : `{"time":"2026-02-11T${at(3900 + i * 8)}.${ms(i)}Z","level":"INFO","msg":"request","method":"GET","path":"/v1/boards/s4:global/top","status":200,"duration_ms":${3 + (i % 4)}}`,
      ),
      times(90, (i) =>
        i % 3 === 2
          ? `{"time":"2026-02-11T${at(4245 + i * 12)}.${ms(i + 5)}Z","level":"INFO","msg":"request","method":"GET","path":"/v1/boards/s4:${['global', 'eu', 'friends'][i % 3]}/top","status":200,"duration_ms":${3 + (i % 5)}}`
          : `{"time":"2026-02-11T${at(4245 + i * 12)}.${ms(i + 5)}Z","level":"ERROR","msg":"submit score failed","board":"s4:global","player":"p_${78000 + i * 17}","cmd":"ZADD","err":"READONLY You can't write against a read only replica."}`,
      ),
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod', 'escalate'],
    harmful: ['rollback', 'scale-up'],
  },
  {
    // Right: nineteen days of uptime on one WebRTC edge; the open sockets it never releases have
    // reached the descriptor limit and the WHEP listener can no longer accept. Its siblings,
    // restarted last week, are fine.
    id: 'fortyfirst-mediamtx-edge-viewer-failures',
    family: 'fd-leak',
    source: 'https://github.com/bluenviron/mediamtx/issues/4942',
    signal: 'Alert',
    containers: [
      {
        name: 'mediamtx',
        running: { startedAt: '2026-01-23T02:14:00Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        args: ['/config/mediamtx.yml'],
        mounts: [{ volume: 'edge-config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'edge-config', configMap: 'mediamtx-edge' }],
    node: calmNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'WebRTCViewerFailures: 62% of WHEP sessions on mediamtx-edge-3 fail to start; mediamtx-edge-0..2 below 1%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(50, (i) =>
        i % 5 === 4
          ? `2026/02/11 ${at(4200 + i * 9)} INF [WebRTC] [session ${(0x1b7de0a3 + i * 7919).toString(16)}] closed: peer connection closed`
          : i % 5 === 0
            ? `2026/02/11 ${at(4200 + i * 9)} INF [WebRTC] [session ${(0x4c1a9e2f + i * 104729).toString(16)}] created by 10.42.${12 + (i % 6)}.${30 + i}:${51000 + i * 37}`
            : `2026/02/11 ${at(4200 + i * 9)} INF [WebRTC] [session ${(0x4c1a9e2f + (i - (i % 5)) * 104729).toString(16)}] is reading from path 'esports-main', 2 tracks (H264, Opus)`,
      ),
      times(80, (i) =>
        i % 4 === 3
          ? `2026/02/11 ${at(4652 + i * 9)} INF [WebRTC] [session ${(0x5a9c0e11 + i * 104729).toString(16)}] created by 10.42.${12 + (i % 6)}.${40 + (i % 200)}:${52000 + i * 41}`
          : `2026/02/11 ${at(4652 + i * 9)} http: Accept error: accept tcp [::]:8889: accept4: too many open files; retrying in ${[5, 10, 20, 40, 80, 160, 320, 640, 1000][i % 9]}ms`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
    harmful: ['scale-up'],
  },
  {
    // Right: the stream was resharded from 8 to 16 shards for launch at 07:45. The KCL 1.x worker
    // shut its eight processors down at SHARD_END and never took leases on the children; it has
    // idled since. A restart re-syncs the shard list and creates the missing leases.
    id: 'fortyfirst-kinesis-events-ingest-idle',
    family: 'wedged-consumer',
    source: 'https://github.com/awslabs/amazon-kinesis-client/issues/442',
    signal: 'Alert',
    containers: [
      {
        name: 'events-ingest',
        running: { startedAt: '2026-02-04T12:30:00Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          KINESIS_STREAM: 'player-events',
          KCL_APPLICATION_NAME: 'events-ingest-druid',
          AWS_REGION: 'eu-west-1',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KinesisIteratorAgeHigh: stream player-events GetRecords.IteratorAgeMilliseconds 2.7h; consumer events-ingest-druid processed 0 records since 07:46',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `INFO  2026-02-11 07:${dd(36 + Math.floor(i / 3))}:${dd(i * 19)},${ms(i)}+0000 [RecordProcessor-000${i % 8}] gg.example.ingest.EventsProcessor: shardId-00000000000${i % 8} processed ${900 + ((i * 37) % 100)} records, behind latest ${300 + ((i * 53) % 500)} ms, checkpointed`,
      ),
      times(
        8,
        (i) =>
          `INFO  2026-02-11 07:45:${dd(31 + i * 3)},${ms(i)}+0000 [RecordProcessor-000${i}] gg.example.ingest.EventsProcessor: shutdown(shardId-00000000000${i}) reason=TERMINATE, checkpointing at SHARD_END`,
      ),
      times(88, (i) =>
        i % 2 === 0
          ? `INFO  2026-02-11 ${at(2760 + Math.floor(i / 2) * 61)},${String(100 + ((i * 37) % 800)).padStart(3, '0')}+0000 [pool-1] com.amazonaws.services.kinesis.clientlibrary.lib.worker.Worker: No activities assigned`
          : `INFO  2026-02-11 ${at(2760 + Math.floor(i / 2) * 61)},${String(101 + (((i - 1) * 37) % 800)).padStart(3, '0')}+0000 [pool-1] com.amazonaws.services.kinesis.clientlibrary.lib.worker.Worker: Sleeping ...`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    // Right: the venue encoder dropped for a few seconds at 08:12 and reconnected; the SRT
    // listener inside the GStreamer ingest never recovered its receive buffer and has been
    // dropping every packet since. The encoder side reports it is connected and sending.
    id: 'fortyfirst-srt-ingest-channel-no-video',
    family: 'wedged-consumer',
    source: 'https://github.com/Haivision/srt/issues/687',
    signal: 'Alert',
    containers: [
      {
        name: 'srt-ingest',
        running: { startedAt: '2026-02-10T18:00:00Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          CHANNEL: 'esports-main',
          SRT_URI: 'srt://:9000?mode=listener&latency=2000',
          GST_DEBUG: '2,srtsrc:3',
        },
        mounts: [{ volume: 'hls-out', path: '/hls' }],
      },
    ],
    volumes: [{ name: 'hls-out', emptyDir: { sizeLimit: '2Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LiveChannelNoVideo: channel esports-main produced no HLS segment for 17m (venue encoder reports connected, sending 8 Mbps)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `2026-02-11 ${at(4140 + i * 5)},${ms(i)} INFO ingest channel=esports-main state=PLAYING bitrate_in=${7700 + ((i * 97) % 300)}kbps segment=${188400 + Math.floor(i / 2)}.ts`,
      ),
      '2026-02-11 08:12:41,902 WARNING ingest channel=esports-main no buffers from srtsrc for 5s',
      times(70, (i) =>
        i % 7 === 6
          ? `2026-02-11 ${at(4380 + i * 14)},${ms(i)} WARNING ingest channel=esports-main hlssink2: no new segment for ${60 + i * 14}s`
          : `${at(4372 + i * 14)}.${String(41493 + i * 811).padStart(6, '0')}/SRT:RcvQ:worker*E:SRT.c: %690179818:No room to store incoming packet: offset=${28396 + i * 53} avail=0 ack.seq=1403307847 pkt.seq=${1403336243 + i * 977} rcv-remain=8191`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    // Right: the origin's internal NLB changed addresses on a subnet change three days ago. The
    // shield resolved its upstream name once, at start, 12 days ago; cache hits still serve,
    // every miss times out against the old address. The shield pod restarted yesterday is fine.
    id: 'fortyfirst-cdn-shield-origin-timeouts',
    family: 'stale-dns',
    source: 'https://github.com/alphagov/govuk-puppet/pull/5356',
    signal: 'Alert',
    containers: [
      {
        name: 'nginx',
        running: { startedAt: '2026-01-30T07:12:00Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        env: { ORIGIN_HOST: 'vod-origin-int-5f1c2e9d0a.elb.eu-west-1.amazonaws.com' },
        mounts: [
          { volume: 'shield-conf', path: '/etc/nginx/conf.d' },
          { volume: 'shield-cache', path: '/var/cache/nginx' },
        ],
      },
    ],
    volumes: [
      { name: 'shield-conf', configMap: 'cdn-shield-nginx' },
      { name: 'shield-cache', emptyDir: { sizeLimit: '200Gi' } },
    ],
    node: calmNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ShieldOriginErrors: 100% of cache MISS requests on cdn-shield-7d9c6b-2 answered 504 since 07:58; cdn-shield-7d9c6b-0 (started yesterday) 0%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(150, (i) =>
        i % 5 === 4
          ? `2026/02/11 ${at(4800 + i * 3)} [error] 29#29: *${1841212 + i * 41} upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.42.11.${4 + (i % 9)}, server: shield, request: "GET /vod/tt-${2300 + (i % 37)}/v${[1080, 720, 2160][i % 3]}/${18 + i}.m4s HTTP/1.1", upstream: "http://10.40.18.201:80/vod/tt-${2300 + (i % 37)}/v${[1080, 720, 2160][i % 3]}/${18 + i}.m4s", host: "shield.cdn.example.gg"`
          : i % 5 === 3
            ? `10.42.11.${4 + (i % 9)} - - [11/Feb/2026:${at(4800 + i * 3)} +0000] "GET /vod/tt-${2300 + (i % 37)}/v${[1080, 720, 2160][i % 3]}/${18 + i}.m4s HTTP/1.1" 504 167 "-" "AppleCoreMedia/1.0.0.21E236" cache=MISS rt=60.001 urt=60.000`
            : `10.42.11.${4 + (i % 9)} - - [11/Feb/2026:${at(4800 + i * 3)} +0000] "GET /vod/tt-${2200 + (i % 41)}/v${[1080, 720, 2160][i % 3]}/${200 + i}.m4s HTTP/1.1" 200 ${1843221 + i * 977} "-" "${i % 2 ? 'ExoPlayerLib/2.19.1' : 'AppleCoreMedia/1.0.0.21E236'}" cache=HIT rt=0.00${1 + (i % 4)} urt=-`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
    harmful: ['scale-up'],
  },
  {
    // Right: Secrets Manager rotated the database password at 08:00 and External Secrets updated
    // the Secret; the pods read it into their environment at start. Persistent connections opened
    // before 08:00 still work until they age out, every new one is refused.
    id: 'fortyfirst-season-pass-api-5xx',
    family: 'credentials-rotated',
    source: 'https://github.com/galojix/roster-wizard/issues/22',
    signal: 'Alert',
    containers: [
      {
        name: 'seasonpass-api',
        running: { startedAt: '2026-02-10T22:04:00Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          DJANGO_SETTINGS_MODULE: 'seasonpass.settings.prod',
          DATABASE_HOST: 'seasonpass-db.cluster-c9x2kq1lz3.eu-west-1.rds.amazonaws.com',
          DATABASE_USER: 'seasonpass',
          CONN_MAX_AGE: '600',
          GUNICORN_CMD_ARGS: '--workers 4 --timeout 30',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'SeasonPassApiErrors: 5xx ratio 0.46 on all 5 replicas of seasonpass-api since 08:02',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `10.42.${3 + (i % 4)}.${19 + i} - - [11/Feb/2026:07:${dd(50 + Math.floor(i / 3))}:${dd(i * 19)} +0000] "${i % 3 === 0 ? 'POST /api/v1/pass/claim' : 'GET /api/v1/pass/progress'} HTTP/1.1" 200 ${412 + (i % 9) * 13} "-" "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)"`,
      ),
      '2026-02-11 08:02:14,118 ERROR django.request Internal Server Error: /api/v1/pass/claim',
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.12/site-packages/django/db/backends/base/base.py", line 279, in ensure_connection',
      '    self.connect()',
      '  File "/app/.venv/lib/python3.12/site-packages/django/utils/asyncio.py", line 26, in inner',
      '    return func(*args, **kwargs)',
      '  File "/app/.venv/lib/python3.12/site-packages/django/db/backends/base/base.py", line 256, in connect',
      '    self.connection = self.get_new_connection(conn_params)',
      '  File "/app/.venv/lib/python3.12/site-packages/django/db/backends/postgresql/base.py", line 332, in get_new_connection',
      '    connection = self.Database.connect(**conn_params)',
      '  File "/app/.venv/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect',
      '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
      'psycopg2.OperationalError: connection to server at "seasonpass-db.cluster-c9x2kq1lz3.eu-west-1.rds.amazonaws.com" (10.40.2.18), port 5432 failed: FATAL:  password authentication failed for user "seasonpass"',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'django.db.utils.OperationalError: connection to server at "seasonpass-db.cluster-c9x2kq1lz3.eu-west-1.rds.amazonaws.com" (10.40.2.18), port 5432 failed: FATAL:  password authentication failed for user "seasonpass"',
      times(80, (i) =>
        i % 4 === 1
          ? `2026-02-11 ${at(3760 + i * 19)},${ms(i)} ERROR django.request Internal Server Error: /api/v1/pass/${i % 8 === 1 ? 'claim' : 'progress'} (django.db.utils.OperationalError: connection to server at "seasonpass-db.cluster-c9x2kq1lz3.eu-west-1.rds.amazonaws.com" (10.40.2.18), port 5432 failed: FATAL:  password authentication failed for user "seasonpass")`
          : `10.42.${3 + (i % 4)}.${40 + (i % 150)} - - [11/Feb/2026:${at(3760 + i * 19)} +0000] "${i % 3 === 0 ? 'POST /api/v1/pass/claim' : 'GET /api/v1/pass/progress'} HTTP/1.1" ${i % 4 === 2 || i % 4 === 1 ? 500 : 200} ${i % 4 === 2 ? 145 : 412 + (i % 9) * 13} "-" "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)"`,
      ),
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod', 'escalate'],
    harmful: ['rollback', 'scale-up'],
  },
  {
    // Right: a code path that opens S3 objects and never closes them has leaked the SDK's 50
    // pooled connections over nine days; this replica can no longer reach S3 at all.
    id: 'fortyfirst-sprite-generator-jobs-failing',
    family: 'connection-leak',
    source: 'https://github.com/aws/aws-sdk-java/issues/1738',
    signal: 'Alert',
    containers: [
      {
        name: 'sprite-generator',
        running: { startedAt: '2026-02-02T05:40:00Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
          SPRITES_BUCKET: 'acme-vod-sprites',
          WORKER_THREADS: '8',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SpriteJobsFailing: sprite-generator-6b8f9d7c5-l2v8q failed 100% of jobs over 30m; the other 3 replicas 0%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `2026-02-11 08:${dd(2 + i * 2)}:14.${ms(i)} INFO  [job-${i % 8}] g.e.sprites.SpriteJob - job sprites-tt-${2280 + i} started (frames=${1200 + i * 20}, source=s3://acme-vod-origin/tt-${2280 + i}/v720/)`,
      ),
      '2026-02-11 08:24:12.552 INFO  [job-3] com.amazonaws.http.AmazonHttpClient - Unable to execute HTTP request: Timeout waiting for connection from pool',
      'org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection from pool',
      '\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.leaseConnection(PoolingHttpClientConnectionManager.java:316)',
      '\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager$1.get(PoolingHttpClientConnectionManager.java:282)',
      '\tat com.amazonaws.http.conn.ClientConnectionRequestFactory$Handler.invoke(ClientConnectionRequestFactory.java:70)',
      '\tat com.amazonaws.http.conn.$Proxy21.get(Unknown Source)',
      '\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:190)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeOneRequest(AmazonHttpClient.java:1343)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeHelper(AmazonHttpClient.java:1154)',
      '\tat com.amazonaws.services.s3.AmazonS3Client.invoke(AmazonS3Client.java:5437)',
      '\tat com.amazonaws.services.s3.AmazonS3Client.getObject(AmazonS3Client.java:1518)',
      '\tat gg.example.sprites.FrameSource.open(FrameSource.java:61)',
      times(60, (i) =>
        i % 3 === 0
          ? `2026-02-11 ${at(5060 + i * 5)}.${ms(i)} ERROR [job-${i % 8}] g.e.sprites.SpriteJob - job sprites-tt-${2292 + i} failed: com.amazonaws.SdkClientException: Unable to execute HTTP request: Timeout waiting for connection from pool`
          : i % 3 === 1
            ? `2026-02-11 ${at(5060 + i * 5)}.${ms(i + 1)} INFO  [job-${i % 8}] com.amazonaws.http.AmazonHttpClient - Unable to execute HTTP request: Timeout waiting for connection from pool`
            : `2026-02-11 ${at(5060 + i * 5)}.${ms(i + 2)} INFO  [metrics] g.e.sprites.PoolStats - s3 http pool leased=50 available=0 pending=${8 + (i % 5)} max=50`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
    harmful: ['scale-up'],
  },
  {
    // Wrong: the historical's node was replaced at 07:55; on the new node it reloads 28,410 segments
    // from its cache volume before its HTTP server answers, and the liveness probe kills it about
    // 11,000 segments in, every time. A restart starts the same load over; a rolling restart of
    // the tier would unload every historical.
    id: 'fortyfirst-druid-historical-crashloop',
    family: 'slow-start',
    source: 'https://github.com/apache/druid/issues/15546',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('historical', 143, 5),
        memoryLimit: '48Gi',
        memoryRequest: '48Gi',
        cpuLimit: '16',
        env: {
          DRUID_XMX: '12g',
          DRUID_XMS: '12g',
          DRUID_MAXDIRECTMEMORYSIZE: '24g',
          druid_segmentCache_locations: '[{"path":"/druid/segment-cache","maxSize":"1500g"}]',
          druid_segmentCache_numBootstrapThreads: '4',
        },
        mounts: [{ volume: 'segment-cache', path: '/druid/segment-cache' }],
      },
    ],
    volumes: [{ name: 'segment-cache', persistentVolumeClaim: 'segment-cache-druid-historical-3' }],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.8.19:8083/status/health": dial tcp 10.42.8.19:8083: connect: connection refused',
        type: 'Warning',
        count: 30,
      },
      {
        reason: 'Killing',
        message: 'Container historical failed liveness probe, will be restarted',
        type: 'Normal',
        count: 5,
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container historical in pod druid-historical-3_analytics',
        type: 'Warning',
        count: 12,
      },
    ],
    previousLog: log(
      '2026-02-11T08:21:09,771 INFO [main] org.apache.druid.java.util.common.lifecycle.Lifecycle - Starting lifecycle [module] stage [INIT]',
      times(
        90,
        (i) =>
          `2026-02-11T08:${dd(21 + Math.floor((i * 3 + 12) / 60))}:${dd(i * 3 + 12)},${ms(i)} INFO [Segment-Bootstrap-${i % 4}] org.apache.druid.server.coordination.SegmentBootstrapper - Loading segment[${1 + i * 125}/28410][player_events_2026-01-${String(1 + (i % 28)).padStart(2, '0')}T${dd(i % 23)}:00:00.000Z_2026-01-${String(1 + (i % 28)).padStart(2, '0')}T${dd((i % 23) + 1)}:00:00.000Z_2026-01-${String(2 + (i % 27)).padStart(2, '0')}T02:11:09.331Z]`,
      ),
      '2026-02-11T08:25:43,118 INFO [Thread-58] org.apache.druid.java.util.common.lifecycle.Lifecycle - Lifecycle [module] running shutdown hook',
      '2026-02-11T08:25:43,121 INFO [Thread-58] org.apache.druid.java.util.common.lifecycle.Lifecycle - Stopping lifecycle [module] stage [ANNOUNCEMENTS]',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: a 2h41m UHD master in a 10-bit x265 ladder at speed 0.49x; it is three hours in and
    // progressing. The alert compares it with episodes. A restart throws the three hours away.
    id: 'fortyfirst-uhd-transcode-job-running-long',
    family: 'long-job',
    source: 'https://github.com/Chocobozzz/PeerTube/issues/4842',
    signal: 'Alert',
    containers: [
      {
        name: 'transcode',
        running: { startedAt: '2026-02-11T05:26:00Z' },
        ready: true,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '16',
        args: [
          'ffmpeg',
          '-hide_banner',
          '-stats_period',
          '60',
          '-i',
          '/media/in/tt-3310/master.mov',
          '-c:v',
          'libx265',
          '-preset',
          'slow',
          '-pix_fmt',
          'yuv420p10le',
          '-x265-params',
          'hdr10=1:repeat-headers=1',
          '/media/out/tt-3310/v2160.mp4',
        ],
        mounts: [{ volume: 'media', path: '/media' }],
      },
    ],
    volumes: [{ name: 'media', persistentVolumeClaim: 'transcode-scratch-uhd' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'TranscodeJobRunningLong: job transcode-tt-3310-uhd running 3h04m (p95 of the queue 38m)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/media/in/tt-3310/master.mov':",
      '  Duration: 02:41:33.04, start: 0.000000, bitrate: 742119 kb/s',
      '  Stream #0:0[0x1](und): Video: prores (HQ) (apch / 0x68637061), yuv422p10le(tv, bt2020nc/bt2020/smpte2084, progressive), 3840x2160, 739712 kb/s, 24 fps, 24 tbr, 24 tbn (default)',
      '  Stream #0:1[0x2](eng): Audio: pcm_s24le (in24 / 0x34326E69), 48000 Hz, 5.1, s32 (24 bit), 6912 kb/s (default)',
      'Stream mapping:',
      '  Stream #0:0 -> #0:0 (prores (native) -> hevc (libx265))',
      '  Stream #0:1 -> #0:1 (pcm_s24le (native) -> aac (native))',
      'x265 [info]: HEVC encoder version 3.5+1-f0c1022b6',
      'x265 [info]: build info [Linux][GCC 12.2.0][64 bit] 10bit',
      'x265 [info]: using cpu capabilities: MMX2 SSE2Fast LZCNT SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2',
      'x265 [info]: Main 10 profile, Level-5.1 (Main tier)',
      'x265 [info]: Thread pool created using 16 threads',
      'x265 [info]: frame threads / pool features       : 4 / wpp(34 rows)',
      "Output #0, mp4, to '/media/out/tt-3310/v2160.mp4':",
      times(
        90,
        (i) =>
          `frame=${String(Math.round((i + 94) * 60 * 0.49 * 24)).padStart(6, ' ')} fps= 12 q=${(27 + (i % 4) * 0.5).toFixed(1)} size=${String(2240000 + (i + 94) * 19000).padStart(9, ' ')}kB time=${String(Math.floor(((i + 94) * 60 * 0.49) / 3600)).padStart(2, '0')}:${dd(Math.floor(((i + 94) * 60 * 0.49) / 60))}:${dd(Math.floor((i + 94) * 60 * 0.49))}.00 bitrate=${(4700 + (i % 7) * 31).toFixed(1)}kbits/s speed=${(0.48 + (i % 3) * 0.01).toFixed(2)}x`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod'],
  },
  {
    // Wrong: the inventory database was OOM-killed at 08:09 and is replaying WAL; redo is moving
    // and will finish. A restart, or the new pod a memory raise creates, starts redo over.
    id: 'fortyfirst-inventory-postgres-not-accepting-connections',
    family: 'database-recovery',
    source: 'https://github.com/cagriekin/charts/issues/141',
    signal: 'Alert',
    containers: [
      {
        name: 'postgres',
        running: { startedAt: '2026-02-11T08:10:12Z' },
        ready: false,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 1,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '8',
        env: { PGDATA: '/var/lib/postgresql/data/pgdata', POSTGRES_DB: 'inventory' },
        args: [
          'postgres',
          '-c',
          'shared_buffers=4GB',
          '-c',
          'max_wal_size=16GB',
          '-c',
          'log_startup_progress_interval=30s',
        ],
        mounts: [{ volume: 'data', path: '/var/lib/postgresql/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-inventory-pg-0' }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: /var/run/postgresql:5432 - rejecting connections',
        type: 'Warning',
        count: 110,
      },
      {
        reason: 'AlertFiring',
        message: 'PostgresDown: inventory-pg-0 has not accepted connections for 19m',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(
        12,
        (i) =>
          `2026-02-11 07:${dd(4 + i * 5)}:0${i % 10}.${ms(i)} UTC [61] LOG:  checkpoint complete: wrote ${4100 + i * 211} buffers (${(1.6 + i * 0.1).toFixed(1)}%); 0 WAL file(s) added, 0 removed, ${30 + i} recycled; write=269.${ms(i)} s, sync=0.${ms(i + 3)} s, total=270.${ms(i + 1)} s`,
      ),
      "2026-02-11 08:05:41.302 UTC [48211] LOG:  duration: 612043.118 ms  statement: SELECT i.player_id, array_agg(i.item_id ORDER BY i.acquired_at) FROM inventory_items i JOIN season_rewards r ON r.item_id = i.item_id WHERE r.season = 's4' GROUP BY i.player_id",
    ),
    currentLog: log(
      '2026-02-11 08:10:13.214 UTC [1] LOG:  starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '2026-02-11 08:10:13.215 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '2026-02-11 08:10:13.220 UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '2026-02-11 08:10:13.402 UTC [29] LOG:  database system was interrupted; last known up at 2026-02-11 07:59:01 UTC',
      '2026-02-11 08:10:13.911 UTC [29] LOG:  database system was not properly shut down; automatic recovery in progress',
      '2026-02-11 08:10:13.930 UTC [29] LOG:  redo starts at 1A2/7F0012C8',
      times(74, (i) =>
        i % 2 === 0
          ? `2026-02-11 ${at(4243 + (i / 2) * 30)}.930 UTC [29] LOG:  redo in progress, elapsed time: ${30 * (i / 2 + 1)}.00 s, current LSN: ${lsn(i / 2 + 1)}`
          : `2026-02-11 ${at(4243 + ((i - 1) / 2) * 30 + 11)}.${ms(i)} UTC [${90 + i * 3}] FATAL:  the database system is starting up`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'raise-memory-limit'],
  },

  // ---------------------------------------------------------------- memory, right and wrong (6)
  {
    // Right: the UHD tier went live at 08:00 and these CPU workers now encode five-rung 10-bit
    // HEVC ladders from 4K masters; the 6 GiB sized for HD ladders is not enough for one job.
    id: 'fortyfirst-uhd-transcoder-oomkilled',
    family: 'oom',
    source: 'https://github.com/gavinmcfall/home-ops/pull/2417',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'transcoder',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=transcoder',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '8',
        env: {
          FFMPEG_THREADS: '8',
          QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/447100281923/transcode-uhd',
        },
        mounts: [{ volume: 'scratch', path: '/media' }],
      },
    ],
    volumes: [{ name: 'scratch', emptyDir: { sizeLimit: '150Gi' } }],
    node: calmNode,
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container transcoder in pod transcode-uhd-7b6d9c5f8-h4s8k_media',
        type: 'Warning',
        count: 9,
      },
    ],
    previousLog: log(
      '2026-02-11 07:58:02,118 INFO txworker job=tx-55118 title=tt-3302 source=1920x1080 yuv420p ladder=hd-v7 done in 388s (peak_rss=3.2GiB)',
      '2026-02-11 08:00:00,004 INFO txworker flag uhd_tier_launch=on: ladder uhd-v3 enabled for sources >= 2160p',
      '2026-02-11 08:24:10,004 INFO txworker job=tx-55131 title=tt-3321 source=3840x2160 yuv420p10le HDR10 ladder=uhd-v3 renditions=2160p,1440p,1080p,720p,540p',
      '2026-02-11 08:24:10,006 INFO txworker exec: ffmpeg -hide_banner -i /media/in/tt-3321/mezz.mov -filter_complex [0:v]split=5[v0][v1][v2][v3][v4];... -map [o0] -c:v:0 libx265 -preset medium -x265-params hdr10=1 ... -map [o4] -c:v:4 libx265 ...',
      "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/media/in/tt-3321/mezz.mov':",
      '  Duration: 00:47:12.20, start: 0.000000, bitrate: 702344 kb/s',
      '  Stream #0:0[0x1](und): Video: prores (HQ) (apch / 0x68637061), yuv422p10le(tv, bt2020nc/bt2020/smpte2084, progressive), 3840x2160, 699120 kb/s, 23.98 fps, 23.98 tbr, 24k tbn (default)',
      times(5, (i) =>
        [
          'x265 [info]: HEVC encoder version 3.5+1-f0c1022b6',
          'x265 [info]: build info [Linux][GCC 12.2.0][64 bit] 10bit',
          'x265 [info]: using cpu capabilities: MMX2 SSE2Fast LZCNT SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2',
          `x265 [info]: Main 10 profile, Level-${['5.1', '5', '4.1', '4', '3.1'][i]} (Main tier)`,
          'x265 [info]: Thread pool created using 8 threads',
          `x265 [info]: frame threads / pool features       : 3 / wpp(${[34, 23, 17, 12, 9][i]} rows)`,
          'x265 [info]: Lookahead / bframes / badapt        : 20 / 4 / 2',
        ].join('\n'),
      ),
      times(
        14,
        (i) =>
          `frame=${String(48 * (i + 1)).padStart(5, ' ')} fps=${(6.1 + i * 0.2).toFixed(1)} q=${(29 + (i % 3)).toFixed(1)} q=${(28 + (i % 2)).toFixed(1)} q=27.0 q=27.0 q=26.0 size=N/A time=00:00:${dd(2 * (i + 1))}.02 bitrate=N/A speed=${(0.25 + i * 0.005).toFixed(3)}x`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the launch fleets took the cluster from 1,200 to 5,600 GameServers; the controller's
    // informer caches and work queues grow with them and no longer fit in 512 MiB.
    id: 'fortyfirst-agones-controller-oomkilled',
    family: 'oom',
    source: 'https://github.com/agones-dev/agones/issues/3748',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'agones-controller',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 1m20s restarting failed container=agones-controller',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NUM_WORKERS: '100',
          LOG_LEVEL: 'info',
          MAX_CREATION_PARALLELISM: '16',
          MAX_GAME_SERVER_CREATIONS_PER_BATCH: '64',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container agones-controller in pod agones-controller-5b7f8d6c9-2fxkq_agones-system',
        type: 'Warning',
        count: 6,
      },
      {
        reason: 'AlertFiring',
        message:
          'AgonesControllerRestarts: agones-controller restarted 3 times in 35m; agones_gameservers_count 5,612 (7-day max 1,240)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '{"message":"Wait for cache sync","severity":"info","source":"*gameservers.Controller","time":"2026-02-11T08:23:02.118Z"}',
      '{"message":"Wait for cache sync","severity":"info","source":"*gameserversets.Controller","time":"2026-02-11T08:23:02.119Z"}',
      '{"message":"Wait for cache sync","severity":"info","source":"*fleets.Controller","time":"2026-02-11T08:23:02.119Z"}',
      '{"message":"Starting workers...","severity":"info","source":"*gameservers.Controller","time":"2026-02-11T08:23:19.402Z"}',
      '{"message":"Starting workers...","severity":"info","source":"*gameserversets.Controller","time":"2026-02-11T08:23:19.403Z"}',
      '{"message":"Starting workers...","severity":"info","source":"*fleets.Controller","time":"2026-02-11T08:23:19.403Z"}',
      times(110, (i) =>
        i % 10 === 9
          ? `{"fltKey":"games/${i % 20 === 9 ? 'arena-s4' : 'hub'}","message":"Update Fleet Status","severity":"info","source":"*fleets.Controller","time":"2026-02-11T08:${dd(23 + Math.floor((i * 2 + 20) / 60))}:${dd(i * 2 + 20)}.${ms(i)}Z"}`
          : `{"gsKey":"games/arena-s4-${['7h2xk', 'q9m4t', 'z2c8w'][i % 3]}-${(104729 * (i + 7)).toString(36).slice(-5)}","message":"${['Syncing Create State', 'Syncing Port Allocation GameServerState', 'Syncing RequestReady State'][i % 3]}","severity":"info","source":"*gameservers.Controller","time":"2026-02-11T08:${dd(23 + Math.floor((i * 2 + 20) / 60))}:${dd(i * 2 + 20)}.${ms(i)}Z"}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: since the S4 launch the lobby service opens one MUC room per match; ejabberd keeps
    // rooms in memory and now holds four times as many. Memory tracks the rooms, not a leak.
    id: 'fortyfirst-ejabberd-node-oomkilled',
    family: 'oom',
    source: 'https://github.com/processone/ejabberd/issues/3521',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'ejabberd',
        running: { startedAt: '2026-02-11T08:17:40Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 2,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: { ERL_MAX_PORTS: '262144', ERL_PROCESSES: '2000000', EJABBERD_SQL_TYPE: 'pgsql' },
        mounts: [{ volume: 'ejabberd-config', path: '/home/ejabberd/conf' }],
      },
    ],
    volumes: [{ name: 'ejabberd-config', configMap: 'ejabberd-yml' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'XMPPMucRoomsHigh: online MUC rooms on ejabberd 61,812 (7-day average 14,230)',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'KubePodCrashLooping: Pod chat/ejabberd-1 (ejabberd) is restarting 2 times / 40 minutes.',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(90, (i) =>
        i % 3 === 2
          ? `2026-02-11 08:${dd(14 + Math.floor((i * 2) / 60))}:${dd(i * 2)}.${ms(i)}118+00:00 [info] <0.${5112 + i * 37}.0>@ejabberd_c2s:process_auth_result/3:280 (tcp|<0.${5112 + i * 37}.0>) Accepted c2s SCRAM-SHA-1 authentication for p_${48812 + i * 29}@chat.example.gg by sql backend from 10.42.${7 + (i % 5)}.${20 + (i % 200)}`
          : `2026-02-11 08:${dd(14 + Math.floor((i * 2) / 60))}:${dd(i * 2)}.${ms(i)}204+00:00 [info] <0.${7120 + i * 41}.0>@mod_muc_room:init/9:312 Created MUC room lobby-s4-${i % 2 ? 'ranked' : 'casual'}-${88213 + i}@conference.chat.example.gg by p_${48812 + i * 13}@chat.example.gg/unity`,
      ),
    ),
    currentLog: log(
      '2026-02-11 08:17:44.102311+00:00 [info] <0.110.0>@ejabberd_config:load/1:82 Loading configuration from /home/ejabberd/conf/ejabberd.yml',
      '2026-02-11 08:17:49.877120+00:00 [info] <0.110.0>@ejabberd_app:start/2:63 ejabberd 24.12.0 is started in the node ejabberd@ejabberd-1.ejabberd.chat.svc.cluster.local in 5.81s',
      times(80, (i) =>
        i % 2 === 0
          ? `2026-02-11 ${at(4680 + i * 8)}.${ms(i)}044+00:00 [info] <0.${9120 + i * 37}.0>@mod_muc_room:init/9:312 Created MUC room lobby-s4-${i % 4 ? 'ranked' : 'casual'}-${88400 + i}@conference.chat.example.gg by p_${49112 + i * 13}@chat.example.gg/unity`
          : `2026-02-11 ${at(4680 + i * 8)}.${ms(i)}310+00:00 [info] <0.${9120 + i * 37}.0>@ejabberd_c2s:process_auth_result/3:280 (tcp|<0.${9120 + i * 37}.0>) Accepted c2s SCRAM-SHA-1 authentication for p_${49112 + i * 29}@chat.example.gg by sql backend from 10.42.${7 + (i % 5)}.${20 + (i % 200)}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Wrong: the broker's heap is fixed at 8 GiB by -Xmx inside a 24 GiB container; a war-room
    // dashboard's groupBy over every player exhausts the heap and the JVM exits by design. A bigger
    // container limit leaves the heap where it is.
    id: 'fortyfirst-druid-broker-crashloop',
    family: 'heap-cap',
    source: 'https://github.com/apache/druid/issues/15343',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('broker', 3, 6),
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        env: {
          DRUID_XMX: '8g',
          DRUID_XMS: '8g',
          DRUID_MAXDIRECTMEMORYSIZE: '6g',
          JAVA_OPTS: '-XX:+ExitOnOutOfMemoryError -XX:+UseG1GC',
          druid_request_logging_type: 'slf4j',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container broker in pod druid-broker-0_analytics',
        type: 'Warning',
        count: 14,
      },
      {
        reason: 'AlertFiring',
        message: 'DruidBrokerUnavailable: 1 of 2 brokers in CrashLoopBackOff; dashboard query errors 31%',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(
        40,
        (i) =>
          `2026-02-11T${at(4800 + i * 7)},${ms(i)} INFO [qtp1610593938-${200 + (i % 30)}] org.apache.druid.server.log.LoggingRequestLogger - 2026-02-11T${at(4800 + i * 7)}.${ms(i)}Z\t10.42.9.${3 + (i % 7)}\t{"queryType":"${i % 4 === 0 ? 'groupBy' : 'timeseries'}","dataSource":"player_events","granularity":"${i % 4 === 0 ? 'all' : 'minute'}"}\t{"query/time":${40 + ((i * 37) % 900)},"query/bytes":${20000 + i * 911},"success":true}`,
      ),
      '2026-02-11T08:25:11,402 INFO [qtp1610593938-214] org.apache.druid.server.log.LoggingRequestLogger - 2026-02-11T08:25:11.402Z\t10.42.9.6\t{"queryType":"groupBy","dataSource":"player_events","granularity":"all","dimensions":["player_id","region","platform"],"intervals":["2026-01-12T00:00:00.000Z/2026-02-11T08:25:00.000Z"],"context":{"dashboard":"s4-launch-live","panel":"top spenders by region"}}\t{"query/time":0,"success":false}',
      '[2026-02-11T08:25:38.771+0000][warning][gc] GC(8812) To-space exhausted',
      'java.lang.OutOfMemoryError: Java heap space',
      'Dumping heap to /tmp/druid-broker.hprof ...',
      'Heap dump file created [8712399812 bytes in 31.442 secs]',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    // Wrong: SRS's WebRTC-to-RTMP bridge leaks well over a gigabyte every twenty minutes; the
    // kernel kills it every forty. More memory buys a few minutes.
    id: 'fortyfirst-srs-rtc-bridge-oomkilled',
    family: 'memory-leak',
    source: 'https://github.com/ossrs/srs/issues/2680',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'srs',
        running: { startedAt: '2026-02-11T08:07:10Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 14,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        args: ['./objs/srs', '-c', '/conf/rtc2rtmp.conf'],
        mounts: [{ volume: 'srs-conf', path: '/conf' }],
      },
    ],
    volumes: [{ name: 'srs-conf', configMap: 'srs-rtc2rtmp' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SRSRestarting: srs-rtc-bridge-0 OOMKilled 14 times in 9h40m (creator browser streams drop at each restart)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(130, (i) =>
        i % 5 === 4
          ? `[2026-02-11 ${at(4035 + i * 10)}.${ms(i)}][INFO][1][${['s83rg0s0', '514fi127', 'r966x5ip'][i % 3]}] Hybrid cpu=${(4 + (i % 4)).toFixed(2)}%,${212 + i * 12}MB, cid=301,71, timer=59,21,185, clock=0,21,16,3,3,0,0,0,0`
          : i % 5 === 0
            ? `[2026-02-11 ${at(4035 + i * 10)}.${ms(i)}][INFO][1][514fi127] RTC: Request PLI ssrc=4207678146, play=[s83rg0s0], count=${245 + i}/${245 + i}, bytes=12B`
            : `[2026-02-11 ${at(4035 + i * 10)}.${ms(i)}][INFO][1][728b209n] <- RTC RECV #10, udp ${5734 + (i % 40)}, pps ${245 + (i % 9)}/${573 + (i % 11)}, schedule ${5734 + (i % 40)}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: NVENC cannot open another encode session because the GPU's own memory is full; the
    // device plugin now time-slices each A10G between four pods. Container memory is not involved.
    id: 'fortyfirst-nvenc-worker-crashloop',
    family: 'gpu-memory',
    source: 'https://github.com/joinhive-ai/transcoder/issues/11',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('nvenc-worker', 255, 8),
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: {
          NVIDIA_DRIVER_CAPABILITIES: 'compute,video,utility',
          SESSIONS_PER_WORKER: '6',
          QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/447100281923/transcode-live-gpu',
        },
      },
    ],
    node: gpuNode,
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container nvenc-worker in pod nvenc-worker-6c5d8b7f9-j7d2w_media',
        type: 'Warning',
        count: 22,
      },
    ],
    previousLog: log(
      'I0211 08:25:58.004118       1 worker.go:61] ***nvenc worker starting, gpu=0 sessions=6***',
      'I0211 08:25:58.311207       1 nvml.go:44] gpu0: NVIDIA A10G, driver 550.127.05, memory 22811MiB used / 23028MiB total, 4 compute processes',
      'I0211 08:25:58.311530       1 nvml.go:52] gpu0: pid 41822 used 5702MiB, pid 41907 used 5702MiB, pid 42011 used 5702MiB, pid 42230 used 5702MiB (processes outside this container)',
      'I0211 08:25:58.402117       1 worker.go:77] polling https://sqs.eu-west-1.amazonaws.com/447100281923/transcode-live-gpu',
      'I0211 08:26:01.204311       1 queue.go:41] received job live-esports-main-abr renditions=5 (1080p60,720p60,720p30,480p30,360p30 h264_nvenc)',
      '[mpegts @ 0x347e840] Format mpegts detected only with low score of 2, misdetection possible!',
      '[h264_nvenc @ 0x46d8300] OpenEncodeSessionEx failed: out of memory (10): (no details)',
      'ERROR: encoder.c:199] Error opening video encoder : Cannot allocate memory',
      'ERROR: transcoder.c:173] Unable to open output : Cannot allocate memory',
      'E0211 08:26:01.328876       1 ffmpeg.go:364] Transcoder Return : Cannot allocate memory',
      'F0211 08:26:01.382445       1 worker.go:286] Unable to transcode using Nvidia gpu=0 err=Cannot allocate memory',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },

  // ---------------------------------------------------------------- rollouts, rollback right or wrong (4)
  {
    // Right: the new image moved to a base without gst-plugins-ugly; its pipeline has no H.264
    // encoder any more.
    id: 'fortyfirst-gstreamer-clip-exporter-crashloop',
    family: 'bad-rollout',
    source: 'https://github.com/open-edge-platform/dlstreamer/issues/381',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('clip-exporter', 1, 6),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: { CLIPS_QUEUE: 'highlight-clips', OUTPUT_BUCKET: 's3://acme-clips' },
        mounts: [{ volume: 'clips', path: '/clips' }],
      },
    ],
    volumes: [{ name: 'clips', emptyDir: { sizeLimit: '20Gi' } }],
    rollout: { minutesAgo: 22, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container clip-exporter in pod clip-exporter-58d9c7b6f4-vq8zn_media',
        type: 'Warning',
        count: 18,
      },
    ],
    previousLog: log(
      '2026-02-11 08:26:40,118 INFO clipexport starting clip-exporter 2.3.1 (GStreamer 1.24.2)',
      '2026-02-11 08:26:40,119 INFO clipexport config: queue=highlight-clips output=s3://acme-clips presets=720p30,1080p30,vertical-1080x1920',
      '2026-02-11 08:26:40,150 INFO clipexport gst-inspect-1.0 --version: gst-inspect-1.0 version 1.24.2',
      '2026-02-11 08:26:40,204 INFO clipexport polling queue highlight-clips',
      '2026-02-11 08:26:41,330 INFO clipexport job clip-991204 match=m-77120 start=00:41:12 duration=38s',
      '2026-02-11 08:26:41,331 INFO clipexport gst-launch-1.0 -e filesrc location=/clips/in/clip-991204.ts ! tsdemux ! h264parse ! avdec_h264 ! videoconvert ! videoscale ! video/x-raw,width=1280,height=720 ! x264enc bitrate=3500 speed-preset=veryfast ! h264parse ! mp4mux ! filesink location=/clips/out/clip-991204.mp4',
      'WARNING: erroneous pipeline: no element "x264enc"',
      '2026-02-11 08:26:41,402 ERROR clipexport pipeline exited with status 1; aborting worker',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the new ranker image was rebuilt on a slim base and its ALS library did not install;
    // every gunicorn worker fails to boot.
    id: 'fortyfirst-recs-ranker-crashloop',
    family: 'bad-rollout',
    source: 'https://github.com/diogomatoschaves/MyCryptoBot/issues/180',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('ranker', 3, 7),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { GUNICORN_CMD_ARGS: '--workers 4 --bind 0.0.0.0:8080', MODEL_PATH: '/models/als.npz' },
        args: ['gunicorn', 'ranker.wsgi:app'],
      },
    ],
    rollout: { minutesAgo: 16, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container ranker in pod recs-ranker-7f9c6d5b8-kx2m4_recs',
        type: 'Warning',
        count: 21,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:27:02 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 08:27:02 +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)',
      '[2026-02-11 08:27:02 +0000] [1] [INFO] Using worker: sync',
      '[2026-02-11 08:27:02 +0000] [7] [INFO] Booting worker with pid: 7',
      '[2026-02-11 08:27:02 +0000] [8] [INFO] Booting worker with pid: 8',
      '[2026-02-11 08:27:03 +0000] [7] [ERROR] Exception in worker process',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/gunicorn/arbiter.py", line 608, in spawn_worker',
      '    worker.init_process()',
      '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 135, in init_process',
      '    self.load_wsgi()',
      '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 147, in load_wsgi',
      '    self.wsgi = self.app.wsgi()',
      '  File "/usr/local/lib/python3.12/site-packages/gunicorn/app/base.py", line 66, in wsgi',
      '    self.callable = self.load()',
      '  File "/usr/local/lib/python3.12/site-packages/gunicorn/app/wsgiapp.py", line 57, in load',
      '    return self.load_wsgiapp()',
      '  File "/usr/local/lib/python3.12/site-packages/gunicorn/app/wsgiapp.py", line 47, in load_wsgiapp',
      '    return util.import_app(self.app_uri)',
      '  File "/usr/local/lib/python3.12/site-packages/gunicorn/util.py", line 370, in import_app',
      '    mod = importlib.import_module(module)',
      '  File "/app/ranker/wsgi.py", line 6, in <module>',
      '    from ranker.models import load_model',
      '  File "/app/ranker/models.py", line 3, in <module>',
      '    from implicit.als import AlternatingLeastSquares',
      "ModuleNotFoundError: No module named 'implicit'",
      '[2026-02-11 08:27:03 +0000] [7] [INFO] Worker exiting (pid: 7)',
      '[2026-02-11 08:27:03 +0000] [1] [ERROR] Worker (pid:8) exited with code 3',
      '[2026-02-11 08:27:03 +0000] [1] [INFO] Shutting down: Master',
      '[2026-02-11 08:27:03 +0000] [1] [INFO] Reason: Worker failed to boot.',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the release points at a tag CI never pushed (the build job failed after tagging).
    id: 'fortyfirst-lobby-api-image-pull-backoff',
    family: 'bad-rollout',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/issues/3526',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'lobby-api',
        waiting: {
          reason: 'ImagePullBackOff',
          message:
            'Back-off pulling image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/lobby-api:2.3.1"',
        },
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { OM_FRONTEND_ADDR: 'open-match-frontend.open-match.svc:50504' },
      },
    ],
    rollout: { minutesAgo: 11, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/lobby-api:2.3.1"',
        type: 'Normal',
        count: 5,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/lobby-api:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/lobby-api:2.3.1": failed to resolve reference "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/lobby-api:2.3.1": 447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/lobby-api:2.3.1: not found',
        type: 'Warning',
        count: 5,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 5 },
      {
        reason: 'BackOff',
        message:
          'Back-off pulling image "447100281923.dkr.ecr.eu-west-1.amazonaws.com/games/lobby-api:2.3.1"',
        type: 'Normal',
        count: 27,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 27 },
    ],
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: the packager release 54 minutes ago only shortened HLS segments and packaged fine for
    // forty minutes. At 08:14 the origin bucket's policy changed and every upload is refused.
    id: 'fortyfirst-bento4-dash-packager-uploads-failing',
    family: 'permissions',
    source: 'https://github.com/boto/boto3/issues/1253',
    signal: 'Alert',
    containers: [
      {
        name: 'dash-packager',
        running: { startedAt: '2026-02-11T07:36:20Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { ORIGIN_BUCKET: 'acme-vod-origin', BENTO4_BIN: '/opt/bento4/bin', WORK_DIR: '/work' },
        mounts: [{ volume: 'work', path: '/work' }],
      },
    ],
    volumes: [{ name: 'work', emptyDir: { sizeLimit: '100Gi' } }],
    rollout: { minutesAgo: 54, addedEnv: { HLS_SEGMENT_DURATION: '4' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'DashPackagingUploadsFailing: 100% of uploads to s3://acme-vod-origin failing since 08:14 on all 3 dash-packager replicas',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(14, (i) =>
        [
          `2026-02-11 ${at(2180 + i * 160)},118 INFO dashpack job=dash-${61200 + i} title=tt-${2270 + i}: mp4fragment --fragment-duration 4000 (3 renditions)`,
          `2026-02-11 ${at(2207 + i * 160)},402 INFO dashpack job=dash-${61200 + i} title=tt-${2270 + i}: mp4dash --hls --exec-dir=/opt/bento4/bin -o /work/out/tt-${2270 + i} video_1080.mp4 video_720.mp4 audio_aac.mp4 -> rc=0`,
          `2026-02-11 ${at(2234 + i * 160)},771 INFO dashpack job=dash-${61200 + i} uploaded ${1210 + i * 13} objects to s3://acme-vod-origin/tt-${2270 + i}/`,
        ].join('\n'),
      ),
      '2026-02-11 08:14:02,118 INFO dashpack job=dash-61214 title=tt-2284: mp4fragment --fragment-duration 4000 (3 renditions)',
      '2026-02-11 08:14:29,560 INFO dashpack job=dash-61214 title=tt-2284: mp4dash --hls --exec-dir=/opt/bento4/bin -o /work/out/tt-2284 video_1080.mp4 video_720.mp4 audio_aac.mp4 -> rc=0',
      '2026-02-11 08:14:30,011 ERROR dashpack job=dash-61214 upload failed',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/boto3/s3/transfer.py", line 372, in upload_file',
      '    future.result()',
      '  File "/usr/local/lib/python3.12/site-packages/s3transfer/futures.py", line 103, in result',
      '    return self._coordinator.result()',
      '  File "/usr/local/lib/python3.12/site-packages/s3transfer/futures.py", line 264, in result',
      '    raise self._exception',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'boto3.exceptions.S3UploadFailedError: Failed to upload /work/out/tt-2284/video/avc1/1/seg-1.m4s to acme-vod-origin/tt-2284/video/avc1/1/seg-1.m4s: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      times(20, (i) =>
        [
          `2026-02-11 ${at(4500 + i * 40)},${ms(i)} INFO dashpack job=dash-${61215 + i} title=tt-${2285 + (i % 11)}: mp4dash --hls --exec-dir=/opt/bento4/bin -o /work/out/tt-${2285 + (i % 11)} video_1080.mp4 video_720.mp4 audio_aac.mp4 -> rc=0`,
          `2026-02-11 ${at(4503 + i * 40)},${ms(i + 1)} ERROR dashpack job=dash-${61215 + i} upload failed: Failed to upload /work/out/tt-${2285 + (i % 11)}/master.m3u8 to acme-vod-origin/tt-${2285 + (i % 11)}/master.m3u8: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    // Right: creators uploaded launch videos all morning; every worker is busy and healthy, jobs
    // take their usual time, and KEDA is at its maximum while the queue's oldest message ages.
    id: 'fortyfirst-hd-transcoder-queue-backlog',
    family: 'load',
    source: 'https://github.com/kedacore/keda/issues/2479',
    signal: 'Alert',
    containers: [
      {
        name: 'transcoder',
        running: { startedAt: '2026-02-11T06:40:00Z' },
        ready: true,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: {
          FFMPEG_THREADS: '4',
          QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/447100281923/transcode-hd',
        },
        mounts: [{ volume: 'scratch', path: '/media' }],
      },
    ],
    volumes: [{ name: 'scratch', emptyDir: { sizeLimit: '40Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TranscodeQueueBacklog: SQS transcode-hd ApproximateNumberOfMessagesVisible 1840 (usual < 50), ApproximateAgeOfOldestMessage 34m',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA media/keda-hpa-transcode-hd has been running at max replicas for longer than 15 minutes.',
        on: 'Deployment',
      },
      {
        reason: 'SuccessfulRescale',
        message:
          'New size: 40; reason: external metric s0-aws-sqs-queue-transcode-hd(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: transcode-hd,},MatchExpressions:[]LabelSelectorRequirement{},}) above target',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(26, (i) =>
        [
          `2026-02-11 ${at(4210 + i * 44)},${ms(i)} INFO txworker job=tx-hd-${91200 + i} title=ugc-${55310 + i * 7} source=1920x1080 yuv420p ladder=hd-v7 renditions=1080p,720p,480p,360p`,
          `frame=${String(2400 + (i % 5) * 310).padStart(5, ' ')} fps=${140 + (i % 9)} q=28.0 q=27.0 q=26.0 q=25.0 size=N/A time=00:01:${dd(40 + (i % 19))}.04 bitrate=N/A speed=${(5.6 + (i % 5) * 0.1).toFixed(1)}x`,
          `2026-02-11 ${at(4248 + i * 44)},${ms(i + 1)} INFO txworker job=tx-hd-${91200 + i} done in ${36 + (i % 9)}s (peak_rss=2.1GiB)`,
          `2026-02-11 ${at(4249 + i * 44)},${ms(i + 2)} INFO txworker queue transcode-hd: visible=${1690 + i * 6} in_flight=40 oldest=${1530 + i * 44}s`,
        ].join('\n'),
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Right: the season premiere started at 08:00; the VOD origin remuxes every segment on the fly,
    // its pods run at their CPU limit and the HPA has been at its maximum for twenty minutes.
    id: 'fortyfirst-vod-origin-latency-premiere',
    family: 'load',
    source: 'https://github.com/kubernetes/kubernetes/issues/79773',
    signal: 'Alert',
    containers: [
      {
        name: 'nginx-vod',
        running: { startedAt: '2026-02-10T19:12:00Z' },
        ready: true,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        mounts: [{ volume: 'vod-conf', path: '/etc/nginx/conf.d' }],
      },
    ],
    volumes: [{ name: 'vod-conf', configMap: 'vod-origin-nginx' }],
    node: calmNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'VODOriginLatencyHigh: p99 segment latency 2.4s on vod-origin (SLO 400ms); container_cpu_cfs_throttled_periods 38%',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA media/vod-origin has been running at max replicas for longer than 15 minutes.',
        on: 'Deployment',
      },
      {
        reason: 'SuccessfulRescale',
        message: 'New size: 24; reason: cpu resource utilization (percentage of request) above target',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        160,
        (i) =>
          `10.42.${20 + (i % 9)}.${11 + (i % 200)} - - [11/Feb/2026:${at(3540 + i * 11)} +0000] "GET /hls/tt-3400/${i % 4 === 0 ? 'index-v1-a1.m3u8' : `seg-${Math.floor(i / 2) + 1}-v${1 + (i % 3)}-a1.ts`} HTTP/1.1" 200 ${i % 4 === 0 ? 2311 : 1843221 + i * 977} "-" "${i % 3 ? 'AppleCoreMedia/1.0.0.21E236' : 'ExoPlayerLib/2.19.1'}" rt=${(i < 30 ? 0.02 + (i % 5) * 0.004 : Math.min(2.6, 0.18 + (i - 30) * 0.017 + (i % 7) * 0.05)).toFixed(3)}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    // Right: the node stopped posting status at 08:25 (the instance stopped answering); the
    // Centrifugo pod on it looks Running to the API but its clients have gone.
    id: 'fortyfirst-centrifugo-node-unreachable',
    family: 'node-failure',
    source: 'https://github.com/rancher/rancher/issues/29997',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'centrifugo',
        running: { startedAt: '2026-02-10T03:00:00Z' },
        ready: false,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['centrifugo', '--config=/centrifugo/config.json'],
        mounts: [{ volume: 'centrifugo-config', path: '/centrifugo' }],
      },
    ],
    volumes: [{ name: 'centrifugo-config', secret: 'centrifugo-config' }],
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
        reason: 'AlertFiring',
        message:
          'KubeNodeUnreachable: ip-10-42-19-77.eu-west-1.compute.internal is unreachable and some workloads may be rescheduled.',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'CentrifugoTargetDown: centrifugo-6d4c8b7f5-8wqzp not scraped for 4m (18,200 WebSocket clients reconnecting)',
        on: 'Deployment',
      },
    ],
    accept: ['replace-node', 'cordon-drain-node'],
    tolerated: ['escalate', 'restart-pod'],
  },
  {
    // Right: the node's image filesystem is full of game-server builds the kubelet cannot account
    // for; image GC frees nothing, and pods are evicted for disk pressure. The evicted matchmaking
    // function itself wrote almost nothing.
    id: 'fortyfirst-open-match-mmf-evicted',
    family: 'node-disk',
    source: 'https://github.com/k3d-io/k3d/issues/130',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'mmf',
        terminated: {
          reason: 'Error',
          exitCode: 137,
          message:
            'The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 7812044Ki. Container mmf was using 64Ki, request is 0, has larger consumption of ephemeral-storage.',
        },
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: { MMF_POOL: 'ranked-s4', GOMEMLIMIT: '220MiB' },
      },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'DiskPressure',
          status: 'True',
          reason: 'KubeletHasDiskPressure',
          message: 'kubelet has disk pressure',
        },
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
        },
      ],
      taints: ['node.kubernetes.io/disk-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 7812044Ki. Container mmf was using 64Ki, request is 0, has larger consumption of ephemeral-storage.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container mmf', type: 'Normal' },
      {
        reason: 'FreeDiskSpaceFailed',
        message:
          'failed to garbage collect required amount of images. Wanted to free 41231686041 bytes, but freed 0 bytes',
        type: 'Warning',
        count: 7,
      },
      {
        reason: 'ImageGCFailed',
        message:
          'failed to garbage collect required amount of images. Wanted to free 41231686041 bytes, but freed 0 bytes',
        type: 'Warning',
        count: 7,
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `{"level":"info","pool":"ranked-s4","tickets":${3100 + i * 41},"proposals":${410 + i * 5},"duration_ms":${38 + (i % 11)},"time":"2026-02-11T${at(4560 + i * 15)}Z","message":"run complete"}`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flushes, right and wrong (2)
  {
    // Right: recs-cache holds only rendered home shelves with a TTL; it sits at maxmemory under
    // noeviction, every write fails and every request recomputes. Reads of cached shelves work.
    id: 'fortyfirst-home-shelves-latency',
    family: 'cache-full',
    source: 'https://github.com/developmentseed/titiler-multidim/issues/58',
    signal: 'Alert',
    containers: [
      {
        name: 'home-shelves',
        running: { startedAt: '2026-02-10T14:30:00Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          CACHE_REDIS_URL: 'redis://recs-cache.recs.svc:6379/0',
          SHELF_TTL_SECONDS: '21600',
          WEB_CONCURRENCY: '4',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ShelvesLatencyHigh: p95 GET /v1/shelves/home 1.9s (normal 80ms) on home-shelves',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'RedisMemoryFull: recs-cache used_memory at 100% of maxmemory (maxmemory-policy noeviction)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `INFO:     10.42.${3 + (i % 5)}.${19 + i}:${51234 + i * 7} - "GET /v1/shelves/home?profile=p_${881200 + i * 31} HTTP/1.1" 200 OK`,
      ),
      '2026-02-11 08:12:04,118 ERROR shelves.cache cache write failed key=rec:v7:home:p_881233',
      'Traceback (most recent call last):',
      '  File "/app/shelves/cache.py", line 44, in put',
      '    await self.redis.set(key, payload, ex=self.ttl)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/asyncio/client.py", line 612, in execute_command',
      '    return await conn.retry.call_with_retry(',
      '  File "/usr/local/lib/python3.12/site-packages/redis/asyncio/connection.py", line 581, in read_response',
      '    raise response',
      "redis.exceptions.OutOfMemoryError: command not allowed when used memory > 'maxmemory'.",
      times(100, (i) =>
        i % 2 === 0
          ? `2026-02-11 ${at(4330 + i * 9)},${ms(i)} WARNING shelves.cache cache write failed key=rec:v7:home:p_${881300 + i * 17}: command not allowed when used memory > 'maxmemory'.`
          : `INFO:     10.42.${3 + (i % 5)}.${19 + (i % 200)}:${52000 + i * 7} - "GET /v1/shelves/home?profile=p_${881300 + i * 17} HTTP/1.1" 200 OK`,
      ),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    // Wrong: Open Match's Redis is its state store: every queued ticket, backfill and index lives
    // there. Today's client build stopped deleting assigned tickets, so they pile up to maxmemory.
    // A flush would throw 400,000 players out of matchmaking.
    id: 'fortyfirst-matchmaker-gateway-ticket-errors',
    family: 'state-store-full',
    source: 'https://github.com/Charcoal-SE/metasmoke/issues/592',
    signal: 'Alert',
    containers: [
      {
        name: 'matchmaker-gateway',
        running: { startedAt: '2026-02-10T11:00:00Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { OM_FRONTEND_ADDR: 'open-match-frontend.open-match.svc:50504', TICKET_TTL_HINT: '10m' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MatchmakingTicketCreateErrors: 88% of CreateTicket calls failing with code Internal since 08:16',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'RedisMemoryFull: om-redis used_memory at 100% of maxmemory (maxmemory-policy noeviction)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"level":"info","ts":"2026-02-11T08:${dd(5 + Math.floor(i / 3))}:${dd(i * 19)}.${ms(i)}Z","msg":"ticket created","ticket":"cu${(9120451 + i * 7919).toString(36)}","pool":"ranked-s4","client_build":"${i % 3 ? '4.0.2' : '4.0.1'}"}`,
      ),
      '{"level":"info","ts":"2026-02-11T08:15:00.001Z","msg":"ticket stats","pending":391220,"assigned_not_deleted":372810,"deleted_last_15m":1204}',
      times(90, (i) =>
        i % 10 === 9
          ? `{"level":"info","ts":"2026-02-11T${at(4570 + i * 9)}.${ms(i)}Z","msg":"ticket created","ticket":"cu${(9220451 + i * 7919).toString(36)}","pool":"ranked-s4","client_build":"4.0.2"}`
          : `{"level":"error","ts":"2026-02-11T${at(4570 + i * 9)}.${ms(i)}Z","msg":"create ticket","pool":"${i % 4 ? 'ranked-s4' : 'casual'}","err":"rpc error: code = Internal desc = OOM command not allowed when used memory > 'maxmemory'."}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache', 'scale-up'],
  },
];
