import { type HeldOutCase, type HeldOutContainer, type HeldOutEvent, type HeldOutNode, log } from './case.ts';

/** `n` items made from their index: the polls, probe hits and access lines a busy pod repeats. */
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** Midnight UTC at the start of 2026-02-11, the day every case is read (at 08:30:00Z). */
const DAY = Date.UTC(2026, 1, 11);
/** Seconds from midnight on the 11th to `h:m:s` (a negative `h` reaches into the 10th). */
const hm = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;
/** The instant `sec` seconds after midnight on the 11th. */
const at = (sec: number): Date => new Date(DAY + Math.round(sec * 1000));
/** Two digits. */
const p2 = (n: number): string => String(n).padStart(2, '0');
/** `2026-02-11T08:12:03.118Z`. */
const iso = (sec: number): string => at(sec).toISOString();
/** `2026-02-11T08:12:03Z`. */
const isoS = (sec: number): string => `${iso(sec).slice(0, 19)}Z`;
/** `2026-02-11`. */
const ymd = (sec: number): string => iso(sec).slice(0, 10);
/** `08:12:03`. */
const hms = (sec: number): string => iso(sec).slice(11, 19);
/** `118`, the milliseconds. */
const ms3 = (sec: number): string => iso(sec).slice(20, 23);
/** `2026-02-11 08:12:03`. */
const sql = (sec: number): string => `${ymd(sec)} ${hms(sec)}`;
/** `2026/02/11 08:12:03`, as Liquidsoap writes it. */
const slash = (sec: number): string => `${ymd(sec).replace(/-/g, '/')} ${hms(sec)}`;
/** `Feb 11 08:12:03`, a syslog stamp (Postfix, Dovecot, SOGo under mailcow). */
const syslog = (sec: number): string => `Feb ${at(sec).getUTCDate()} ${hms(sec)}`;
/** `11-Feb-2026 08:12:03`, as php-fpm and Roundcube write it. */
const phpTs = (sec: number): string => `${p2(at(sec).getUTCDate())}-Feb-2026 ${hms(sec)}`;
/** `11/Feb/2026:08:12:03 +0000`, as nginx and Icecast's access log write it. */
const clf = (sec: number): string => `${p2(at(sec).getUTCDate())}/Feb/2026:${hms(sec)} +0000`;
/** `Wed Feb 11 08:12:03 2026`, Janus's log timestamp. */
const ctime = (sec: number): string => {
  const d = at(sec);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  return `${day} Feb ${p2(d.getUTCDate())} ${hms(sec)} 2026`;
};
/** `2/11/26, 8:12 AM`, the timestamp of Vendure's default logger. */
const vendureTs = (sec: number): string => {
  const d = at(sec);
  const h = d.getUTCHours();
  return `2/${d.getUTCDate()}/26, ${h % 12 === 0 ? 12 : h % 12}:${p2(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
};
/** Epoch seconds of `sec`. */
const epoch = (sec: number): number => (DAY + sec * 1000) / 1000;
/** A sub-second offset that changes with `i`, so repeated lines do not share a timestamp. */
const frac = (i: number): number => ((i * 613 + 97) % 1000) / 1000;
/** The `i`-th item of `xs`, cycling. */
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;
/** A hex id that varies with `i`. */
const hex = (i: number, len = 6): string =>
  ((i * 2654435761 + 0x9e3779b9) >>> 0).toString(16).padStart(8, '0').slice(0, len);

/** An Alertmanager alert as the evidence carries it: an `AlertFiring` event on the Deployment. */
const alert = (name: string, text: string): HeldOutEvent => ({
  reason: 'AlertFiring',
  type: 'Warning',
  message: `${name}: ${text}`,
  on: 'Deployment',
});

/** A Ready node whose ordinary conditions are written out (nothing wrong with it). */
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

/** The ordinary conditions of a node that runs node-problem-detector, all quiet. */
const npdQuiet = [
  {
    type: 'KernelDeadlock',
    status: 'False',
    reason: 'KernelHasNoDeadlock',
    message: 'kernel has no deadlock',
  },
  {
    type: 'ReadonlyFilesystem',
    status: 'False',
    reason: 'FilesystemIsNotReadOnly',
    message: 'Filesystem is not read-only',
  },
] as const;

/** A container waiting out the kubelet's back-off after exiting with `exitCode`. */
const backingOff = (
  name: string,
  pod: string,
  exitCode: number,
  restarts: number,
  reason = 'Error',
  backOff = '5m0s',
): HeldOutContainer => ({
  name,
  waiting: {
    reason: 'CrashLoopBackOff',
    message: `back-off ${backOff} restarting failed container=${name} pod=${pod}`,
  },
  last: { reason, exitCode },
  restarts,
  ready: false,
});

// ------------------------------------------------------------------ memory: raises right (3)

/** A LiveKit Egress line (zap's console encoder, tab separated). */
const egress = (sec: number, level: string, caller: string, msg: string, fields: string): string =>
  `${iso(sec)}\t${level}\tegress\t${caller}\t${msg}\t${fields}`;

/** The lines an egress worker prints for one request, from acceptance to Chrome's launch. */
const egressJob = (sec: number, i: number, composite: boolean): string[] => {
  const ids = `"nodeID": "NE_7qWbR2xKpL9m", "egressID": "EG_${hex(i * 7 + 1, 12)}"`;
  const lines = [
    egress(
      sec,
      'INFO',
      'service/service_deprecated.go:65',
      'request accepted',
      `{${ids}, "requestID": "RPC_${hex(i * 11 + 3, 12)}", "senderID": "ND_${hex(i + 5, 8)}"}`,
    ),
    egress(
      sec + 0.05,
      'DEBUG',
      'server/main.go:150',
      'handler launched',
      `{"nodeID": "NE_7qWbR2xKpL9m", "handlerID": "EGH_${hex(i * 13 + 2, 12)}", "egressID": "EG_${hex(i * 7 + 1, 12)}"}`,
    ),
    egress(
      sec + 0.06,
      'INFO',
      'redis/redis.go:82',
      'connecting to redis',
      `{${ids}, "simple": true, "addr": "livekit-redis.rtc.svc.cluster.local:6379"}`,
    ),
  ];
  if (composite) {
    lines.push(
      egress(
        sec + 0.08,
        'DEBUG',
        'web/source.go:58',
        'launching xvfb',
        `{${ids}, "display": ":${1627195973 + i}", "dims": "1920x1080x24"}`,
      ),
      egress(
        sec + 0.09,
        'DEBUG',
        'web/source.go:93',
        'launching chrome',
        `{${ids}, "url": "https://egress-composite.livekit.io?layout=grid&url=wss%3A%2F%2Frtc.lernwerk.de&token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."}`,
      ),
    );
  }
  return lines;
};

/** Supervisord's lines as the AzuraCast container starts its programs. */
const supervisorBoot = (sec: number, pid0: number): string[] => {
  const progs = [
    'mariadb',
    'redis',
    'php-fpm',
    'nginx',
    'sftpgo',
    'station_1_backend',
    'station_1_frontend',
    'station_2_backend',
    'station_2_frontend',
    'station_3_backend',
    'station_3_frontend',
  ];
  const stamp = (s: number): string => `${sql(s)},${ms3(s)}`;
  return [
    `${stamp(sec)} INFO supervisord started with pid 1`,
    ...progs.map((p, i) => `${stamp(sec + 1 + i * 0.2)} INFO spawned: '${p}' with pid ${pid0 + i * 7}`),
    ...progs.map(
      (p, i) =>
        `${stamp(sec + 4 + i * 0.3)} INFO success: ${p} entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)`,
    ),
  ];
};

/** AzuraCast's nginx access lines: listeners on the mounts, the now-playing API, the admin. */
const azuraAccess = (from: number, n: number): string[] =>
  times(n, (i) => {
    const path = pick(
      [
        '/api/nowplaying/hitwelle',
        '/listen/hitwelle/radio.mp3',
        '/api/nowplaying_static/hitwelle.json',
        '/listen/schlagerstube/radio.mp3',
        '/api/nowplaying/schlagerstube',
        '/listen/nachtschicht/aac_128.aac',
        '/api/station/3/files/list?currentDirectory=&flushCache=false',
      ],
      i,
    );
    const listen = path.startsWith('/listen');
    return `10.42.${2 + (i % 3)}.${30 + ((i * 11) % 90)} - - [${clf(from + i * 13 + frac(i))}] "GET ${path} HTTP/1.1" 200 ${listen ? 48213 + i * 977 : 2211 + (i % 7) * 31} "-" "${listen ? 'VLC/3.0.20 LibVLC/3.0.20' : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36'}"`;
  });

/** Rspamd's start-up as it loads its maps: the same sizes every start. */
const rspamdBoot = (sec: number, pid: number, tag: string): string[] => {
  const maps = [
    ['https://maps.rspamd.com/freemail/free.txt.zst', 4007],
    ['https://maps.rspamd.com/rspamd/redirectors.inc.zst', 1189],
    ['file:///etc/rspamd/local.d/maps/phish_urls.map', 2841933],
    ['file:///etc/rspamd/local.d/maps/sender_ip_reputation.map', 1964210],
    ['file:///etc/rspamd/local.d/maps/partner_domains.map', 51877],
  ] as const;
  return [
    `${sql(sec)} #1(main) <${tag}>; main; main: rspamd 3.11.1 is loading configuration, build id: release`,
    ...maps.map(
      ([url, n], i) =>
        `${sql(sec + 2 + i)} #${pid}(controller) <${hex(i + 40, 6)}>; map; rspamd_kv_list_fin: read hash of ${n} elements from ${url}`,
    ),
  ];
};

/** Rspamd's per-message log line for the normal workers. */
const rspamdTask = (sec: number, i: number): string => {
  const score = ((i * 37) % 140) / 10 - 2;
  const action = score >= 15 ? 'reject' : score >= 6 ? 'add header' : 'no action';
  return `${sql(sec)} #${41 + (i % 4)}(normal) <${hex(i * 3 + 100, 6)}>; task; rspamd_task_write_log: id: <${hex(i, 8)}.${hex(i + 9, 10)}@mail.${pick(['gmx.net', 'web.de', 'outlook.com', 'newsletter.zalando.de', 'amazonses.com'], i)}>, qid: <${hex(i * 5 + 2, 10).toUpperCase()}>, ip: 203.0.113.${10 + (i % 200)}, from: <${pick(['noreply', 'info', 'support', 'news', 'team'], i)}@${pick(['gmx.net', 'web.de', 'outlook.com', 'zalando.de', 'eventim.de'], i)}>, (default: F (${action}): [${score.toFixed(2)}/15.00] [${pick(['ARC_NA(0.00){}', 'DMARC_POLICY_ALLOW(-0.50){}', 'R_SPF_ALLOW(-0.20){+ip4:203.0.113.0/24:c}', 'BAYES_HAM(-3.00){99.99%;}', 'MIME_GOOD(-0.10){text/plain;}'], i)}]), len: ${3800 + ((i * 733) % 90000)}, time: ${(120 + ((i * 41) % 700)).toFixed(3)}ms, dns req: ${9 + (i % 14)}, digest: <${hex(i * 17, 8)}${hex(i * 19, 8)}>, rcpts: <kundenservice@stadtwerke-nordheim.de>, mime_rcpts: <kundenservice@stadtwerke-nordheim.de>`;
};

const memoryRight: HeldOutCase[] = [
  {
    id: 'sixtyfourth-livekit-egress-oomkilled-room-composite',
    family: 'oom-limit-too-small',
    source: 'https://docs.livekit.io/transport/self-hosting/egress.md',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'egress',
        running: { startedAt: '2026-02-11T08:17:02Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '3584Mi',
        memoryRequest: '3584Mi',
        cpuLimit: '4',
        env: {
          EGRESS_CONFIG_FILE: '/etc/egress/config.yaml',
          LIVEKIT_WS_URL: 'wss://rtc.lernwerk.de',
        },
        mounts: [
          { volume: 'egress-config', path: '/etc/egress' },
          { volume: 'dshm', path: '/dev/shm' },
        ],
      },
    ],
    volumes: [
      { name: 'egress-config', configMap: 'livekit-egress' },
      { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } },
    ],
    node: calmNode,
    events: [
      alert(
        'EgressMemoryNearLimit',
        'rtc/livekit-egress-5d8f7c9b6-qx2wd container egress working set 3.49Gi of its 3.5Gi limit while one RoomComposite (grid, 1920x1080, 30 fps) records; over 7 days the 38 room composites that finished peaked between 3.38Gi and 3.49Gi (Chrome + GStreamer), /dev/shm under 40Mi, idle working set 410-440Mi, track egress about 150Mi each. OOMKilled 3 times today, each 2-4 minutes after a RoomComposite started; no growth between composites.',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container egress', count: 4 },
    ],
    previousLog: log(
      times(14, (i) => egressJob(hm(7, 50, 0) + i * 80, 300 + i, false)).flat(),
      egressJob(hm(8, 13, 41), 320, true),
    ),
    currentLog: log(times(8, (i) => egressJob(hm(8, 18, 10) + i * 80, 340 + i, false)).flat()),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'sixtyfourth-azuracast-all-in-one-below-minimum',
    family: 'oom-limit-too-small',
    source: 'https://crustydev.com/post/webradio',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'azuracast',
        running: { startedAt: '2026-02-11T07:58:31Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '1792Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          AZURACAST_HTTP_PORT: '80',
          MYSQL_HOST: 'localhost',
          MYSQL_DATABASE: 'azuracast',
          ENABLE_REDIS: 'true',
          TZ: 'Europe/Berlin',
        },
        mounts: [
          { volume: 'station-data', path: '/var/azuracast/stations' },
          { volume: 'db-data', path: '/var/lib/mysql' },
          { volume: 'backups', path: '/var/azuracast/backups' },
        ],
      },
    ],
    volumes: [
      { name: 'station-data', persistentVolumeClaim: 'azuracast-stations' },
      { name: 'db-data', persistentVolumeClaim: 'azuracast-db' },
      { name: 'backups', persistentVolumeClaim: 'azuracast-backups' },
    ],
    events: [
      alert(
        'KubeContainerMemoryNearLimit',
        'radio/azuracast-0 container azuracast uses 1.73Gi of its 1.75Gi limit (98.9%) for 20m. Since the third station went on air on 06 Feb the working set sits between 1.66Gi and 1.75Gi around the clock (MariaDB buffer pool 512Mi, 18 php-fpm workers, 3 Liquidsoap and 3 Icecast processes); OOMKilled 3 times since 04:10, each between 40 and 70 minutes after a start, with no upward trend in between.',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container azuracast', count: 4 },
    ],
    previousLog: log(supervisorBoot(hm(6, 49, 2), 21), azuraAccess(hm(6, 50, 0), 150)),
    currentLog: log(supervisorBoot(hm(7, 58, 31), 21), azuraAccess(hm(7, 59, 0), 120)),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'sixtyfourth-rspamd-maps-outgrew-limit',
    family: 'oom-limit-too-small',
    source: 'https://github.com/rspamd/rspamd/issues/4599',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'rspamd',
        running: { startedAt: '2026-02-11T08:11:48Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { RSPAMD_REDIS_SERVERS: 'rspamd-redis.mail.svc:6379' },
        mounts: [
          { volume: 'rspamd-local', path: '/etc/rspamd/local.d' },
          { volume: 'rspamd-maps', path: '/etc/rspamd/local.d/maps' },
          { volume: 'rspamd-var', path: '/var/lib/rspamd' },
        ],
      },
    ],
    volumes: [
      { name: 'rspamd-local', configMap: 'rspamd-local' },
      { name: 'rspamd-maps', persistentVolumeClaim: 'rspamd-maps' },
      { name: 'rspamd-var', emptyDir: {} },
    ],
    events: [
      alert(
        'KubeContainerOOMKilled',
        'mail/rspamd-6f9b8d7c5-hk2tq container rspamd OOMKilled 4 times in 24h. Working set between kills: 958Mi-1.0Gi, reached within 2 minutes of each start and flat afterwards; before the phishing and sender-reputation maps were enlarged on 09 Feb it ran at 610-640Mi. Scanned volume and message sizes unchanged (p99 message 2.1MB).',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container rspamd', count: 5 },
    ],
    previousLog: log(
      rspamdBoot(hm(6, 2, 10), 38, 'a81c3e'),
      times(120, (i) => rspamdTask(hm(6, 4, 0) + i * 59 + frac(i), i)),
    ),
    currentLog: log(
      rspamdBoot(hm(8, 11, 48), 38, 'c4d27b'),
      times(60, (i) => rspamdTask(hm(8, 13, 0) + i * 16 + frac(i), i + 300)),
    ),
    accept: ['raise-memory-limit'],
  },
];

// ------------------------------------------------------------------ memory: raises wrong (4)

/** Janus's banner and plugin loading, as it prints them with timestamps on. */
const janusBoot = (sec: number, ip: string): string[] => {
  const t = (s: number): string => `[${ctime(s)}]`;
  return [
    'Janus version: 1204 (1.2.4)',
    'Janus commit: 4d6ba0f1c7e5b7b7a3a1d9e6d0f5f2a8b1c3e4d5',
    'Compiled on:  Tue Sep 24 09:12:51 UTC 2024',
    '',
    'Logger plugins folder: /usr/local/lib/janus/loggers',
    '---------------------------------------------------',
    '  Starting Meetecho Janus (WebRTC Server) v1.2.4',
    '---------------------------------------------------',
    '',
    'Checking command line arguments...',
    'Debug/log level is 4',
    'Debug/log timestamps are enabled',
    'Debug/log colors are disabled',
    `${t(sec)} Using ${ip} as local IP...`,
    `${t(sec)} Token based authentication disabled`,
    `${t(sec)} Initializing recorder code`,
    `${t(sec)} Initializing ICE stuff (Full mode, ICE-TCP candidates disabled, full-trickle, IPv6 support disabled)`,
    `${t(sec)} TURN REST API backend: (disabled)`,
    `${t(sec)} Crypto: OpenSSL >= 1.1.0`,
    `${t(sec)} Joining Janus requests handler thread`,
    `${t(sec)} Event handlers support disabled`,
    `${t(sec)} Sessions watchdog started`,
    `${t(sec + 1)} Plugins folder: /usr/local/lib/janus/plugins`,
    `${t(sec + 1)} Loading plugin 'libjanus_videoroom.so'...`,
    `${t(sec + 1)} JANUS VideoRoom plugin initialized!`,
    `${t(sec + 1)} Loading plugin 'libjanus_textroom.so'...`,
    `${t(sec + 1)} JANUS TextRoom plugin initialized!`,
    `${t(sec + 1)} Transport plugins folder: /usr/local/lib/janus/transports`,
    `${t(sec + 1)} Loading transport plugin 'libjanus_websockets.so'...`,
    `${t(sec + 1)} WebSockets server started (port 8188)...`,
    `${t(sec + 1)} JANUS WebSockets transport plugin initialized!`,
  ];
};

/** Sessions coming and going on a busy VideoRoom: created, a handle attached, destroyed. */
const janusSessions = (from: number, n: number, seed: number): string[] =>
  times(n, (i) => {
    const s = from + i * 23 + frac(i);
    const session = 1000000000000000 + (((seed + i) * 7919 * 104729) % 8999999999999999);
    const handle = 2000000000000000 + (((seed + i) * 6271 * 130363) % 7999999999999999);
    const ptr = `0x7f${hex(seed + i * 3, 10)}`;
    switch (i % 4) {
      case 0:
        return `[${ctime(s)}] Creating new session: ${session}; ${ptr}`;
      case 1:
        return `[${ctime(s)}] Creating new handle in session ${session - 1}: ${handle}; ${ptr} 0x7f${hex(seed + i * 5, 10)}`;
      case 2:
        return `[${ctime(s)}] [${handle}] Creating ICE agent (ICE Full mode, controlled)`;
      default:
        return `[${ctime(s)}] Destroying session ${session - 3}; ${ptr}`;
    }
  });

/** An Owncast log line (logrus text format). */
const owncast = (sec: number, level: string, msg: string): string => `${level}[${isoS(sec)}] ${msg}`;

/** A Vendure log line from its default logger. */
const vendure = (sec: number, level: string, ctx: string, msg: string): string =>
  `${level} ${vendureTs(sec)} - [${ctx}] ${msg}`;

/** V8's last words when a heap capped by --max-old-space-size fills. */
const v8HeapDeath = (uptimeMs: number, capMb: number): string[] => [
  '',
  '<--- Last few GCs --->',
  '',
  `[1:0x6a2e1c0]   ${uptimeMs} ms: Mark-Compact ${capMb - 6}.4 (${capMb + 19}.7) -> ${capMb - 9}.9 (${capMb + 20}.5) MB, pooled: 0 MB, 1402.11 / 0.00 ms  (average mu = 0.121, current mu = 0.034) allocation failure; scavenge might not succeed`,
  `[1:0x6a2e1c0]   ${uptimeMs + 1591} ms: Mark-Compact ${capMb - 3}.2 (${capMb + 20}.5) -> ${capMb - 4}.8 (${capMb + 23}.2) MB, pooled: 0 MB, 1571.62 / 0.00 ms  (average mu = 0.081, current mu = 0.012) allocation failure; scavenge might not succeed`,
  '',
  '',
  '<--- JS stacktrace --->',
  '',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  '----- Native stack trace -----',
  '',
  ' 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
  ' 2: 0xf06c20 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 3: 0xf06f07 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
  ' 4: 0x1118c25  [node]',
  ' 5: 0x1130aa8 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
  ' 6: 0x1106bc1 v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
  ' 7: 0x1107df5 v8::internal::HeapAllocator::AllocateRawWithRetryOrFailSlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
  ' 8: 0x10e4f06 v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]',
  ' 9: 0x1540c31 v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]',
  '10: 0x7f1b2c299ef6 ',
];

/** A Haraka log line with timestamps on. */
const haraka = (sec: number, level: string, uuid: string, origin: string, msg: string): string =>
  `${iso(sec)} [${level}] [${uuid}] [${origin}] ${msg}`;

/** Haraka's start in cluster mode: one `worker started` per forked process. */
const harakaBoot = (sec: number, workers: number, pid0: number): string[] => [
  'loglevel: INFO',
  'log format: DEFAULT',
  'Starting up Haraka version 3.0.5',
  haraka(sec, 'INFO', '-', 'core', 'Loading plugins'),
  ...[
    'tls',
    'early_talker',
    'dnsbl',
    'helo.checks',
    'rcpt_to.in_host_list',
    'headers',
    'spf',
    'dkim',
    'rspamd',
    'queue/smtp_forward',
  ].map((p, i) => haraka(sec + 0.1 + i * 0.02, 'INFO', '-', 'core', `Loading plugin: ${p}`)),
  ...times(workers, (w) =>
    haraka(sec + 1 + w * 0.05, 'NOTICE', '-', 'server', `worker started worker=${w + 1} pid=${pid0 + w}`),
  ),
  ...times(Math.min(workers, 12), (w) =>
    haraka(sec + 5 + w * 0.04, 'NOTICE', '-', 'server', `worker ${w + 1} listening on [::0]:25`),
  ),
];

/** Inbound connections Haraka accepts and relays on. */
const harakaTraffic = (from: number, n: number, seed: number): string[] =>
  times(n, (i) => {
    const s = from + i * 7 + frac(i);
    const uuid = `${hex(seed + i, 8).toUpperCase()}-${hex(seed + i * 3, 4).toUpperCase()}-4${hex(i, 3).toUpperCase()}-A${hex(i + 7, 3).toUpperCase()}-${hex(seed + i * 11, 8).toUpperCase()}${hex(i, 4).toUpperCase()}`;
    return i % 3 === 0
      ? haraka(
          s,
          'INFO',
          uuid,
          'core',
          `connect ip=198.51.100.${20 + (i % 200)} port=${40000 + ((i * 389) % 20000)} local_ip=::ffff:10.42.6.${14 + (i % 3)} local_port=25`,
        )
      : i % 3 === 1
        ? haraka(
            s,
            'INFO',
            `${uuid}.1`,
            'core',
            `hook=queue plugin=queue/smtp_forward function=hook_queue params="" retval=OK msg="Message Queued (${hex(i * 5, 8).toUpperCase()})"`,
          )
        : haraka(
            s,
            'NOTICE',
            uuid,
            'core',
            `disconnect ip=198.51.100.${20 + ((i - 2) % 200)} rdns=mail-${pick(['a', 'b', 'c'], i)}${i}.outbound.example-relay.net helo=mail-${i}.outbound.example-relay.net relay=N early=N esmtp=Y tls=Y pipe=Y errors=0 txns=1 rcpts=1/0/0 msgs=1/0/0 bytes=${4000 + ((i * 617) % 60000)} lr="" time=${(0.3 + (i % 9) / 10).toFixed(3)}`,
          );
  });

const memoryWrong: HeldOutCase[] = [
  {
    id: 'sixtyfourth-janus-videoroom-kill-every-seventy-minutes',
    family: 'oom-leak',
    source: 'https://github.com/meetecho/janus-gateway/issues/2957',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'janus',
        running: { startedAt: '2026-02-11T08:04:12Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        args: ['--config=/etc/janus/janus.jcfg', '--debug-timestamps', '--debug-level=4'],
        mounts: [{ volume: 'janus-config', path: '/etc/janus' }],
      },
    ],
    volumes: [{ name: 'janus-config', configMap: 'janus-videoroom-config' }],
    events: [
      alert(
        'JanusMemoryGrowth',
        'video/janus-videoroom-7b9d5c8f4-mw2zr working set grows 24-27Mi per minute from start (about 180Mi) to the 2Gi limit while the session count stays between 40 and 65; OOMKilled 6 times since 02:10, every 68-75 minutes; memory is not released when sessions are destroyed (working set after the 07:30 room close: 1.61Gi with 3 sessions).',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container janus', count: 7 },
    ],
    previousLog: log(janusBoot(hm(6, 53, 40), '10.42.7.31'), janusSessions(hm(6, 54, 0), 180, 11)),
    currentLog: log(janusBoot(hm(8, 4, 12), '10.42.7.31'), janusSessions(hm(8, 4, 30), 60, 401)),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-owncast-hls-segments-in-memory-volume',
    family: 'tmpfs-memory',
    source: 'https://github.com/owncast/owncast/issues/3230',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'owncast',
        running: { startedAt: '2026-02-11T08:02:55Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 2,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        args: ['-webserverport', '8080', '-rtmpport', '1935', '-database', '/app/db/owncast.db'],
        mounts: [
          { volume: 'owncast-db', path: '/app/db' },
          { volume: 'hls-scratch', path: '/app/data/hls' },
        ],
      },
    ],
    volumes: [
      { name: 'owncast-db', persistentVolumeClaim: 'owncast-db' },
      { name: 'hls-scratch', emptyDir: { medium: 'Memory' } },
    ],
    events: [
      alert(
        'ContainerMemoryNearLimit',
        'streaming/owncast-0 container owncast at 1.49Gi of its 1.5Gi limit; of that, shmem/tmpfs (the hls-scratch volume) is 1.27Gi and grows 6.8Mi per minute while the stream is live (3 variants, object storage offload enabled since the v0.1.1 upgrade), owncast + ffmpeg RSS flat at 205-220Mi. OOMKilled twice during the 06:00 and 07:00 broadcasts.',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container owncast', count: 3 },
    ],
    previousLog: log(
      owncast(hm(6, 51, 20), 'INFO', 'Owncast v0.1.1-linux-64bit (6b2e3f3)'),
      owncast(hm(6, 51, 20), 'INFO', 'RTMP is accepting inbound streams on port 1935.'),
      owncast(hm(6, 51, 20), 'INFO', 'Web server is listening on IP 0.0.0.0 port 8080.'),
      owncast(hm(6, 51, 20), 'INFO', 'The web admin interface is available at /admin.'),
      times(30, (i) => {
        const s = hm(6, 52, 0) + i * 120;
        return i % 3 === 0
          ? owncast(s, 'INFO', 'Inbound stream connected.')
          : i % 3 === 1
            ? owncast(s + 1, 'INFO', 'Video transcoder started using x264 with 3 stream variants.')
            : owncast(s + 100, 'INFO', 'Inbound stream disconnected.');
      }),
    ),
    currentLog: log(
      owncast(hm(8, 2, 55), 'INFO', 'Owncast v0.1.1-linux-64bit (6b2e3f3)'),
      owncast(hm(8, 2, 56), 'INFO', 'RTMP is accepting inbound streams on port 1935.'),
      owncast(hm(8, 2, 56), 'INFO', 'Web server is listening on IP 0.0.0.0 port 8080.'),
      owncast(hm(8, 2, 56), 'INFO', 'The web admin interface is available at /admin.'),
      owncast(hm(8, 3, 40), 'INFO', 'Inbound stream connected.'),
      owncast(hm(8, 3, 41), 'INFO', 'Video transcoder started using x264 with 3 stream variants.'),
      times(21, (i) => {
        const s = hm(8, 6, 0) + i * 60;
        return i % 3 === 0
          ? owncast(s, 'INFO', 'Inbound stream disconnected.')
          : i % 3 === 1
            ? owncast(s + 6, 'INFO', 'Inbound stream connected.')
            : owncast(s + 7, 'INFO', 'Video transcoder started using x264 with 3 stream variants.');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-vendure-worker-node-heap-cap',
    family: 'heap-cap',
    source: 'https://github.com/vendurehq/vendure/issues/3349',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('vendure-worker', 'vendure-worker-6c5f8d9b7-x2kqv', 134, 7),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          NODE_OPTIONS: '--max-old-space-size=1024',
          DB_HOST: 'vendure-pg-rw.shop.svc',
          WORKER_HEALTH_PORT: '3123',
        },
        args: ['node', 'dist/index-worker.js'],
      },
    ],
    events: [
      alert(
        'ContainerRestartsHigh',
        'shop/vendure-worker restarted 7 times in 50m (exit 134). Peak container working set per run 1.21-1.26Gi of the 3Gi limit; the product import that went live at 07:35 queued 18 variant-update jobs of 1,800-2,400 variants each.',
      ),
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container vendure-worker in pod vendure-worker-6c5f8d9b7-x2kqv_shop(4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f)',
        count: 31,
      },
    ],
    previousLog: log(
      vendure(hm(8, 21, 2), 'info', 'Vendure Worker', 'Bootstrapping Vendure Worker (pid: 1)...'),
      vendure(hm(8, 21, 6), 'info', 'Vendure Worker', 'Vendure Worker is ready'),
      times(26, (i) =>
        vendure(
          hm(8, 21, 10) + i * 11,
          'verbose',
          'DefaultSearchPlugin Worker',
          `Updating ${pick([1840, 2210, 1963, 2388, 1902], i)} variants`,
        ),
      ),
      v8HeapDeath(402311, 1024),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-haraka-nodes-cpus-on-wide-node',
    family: 'worker-fork',
    source: 'https://github.com/haraka/Haraka/issues/1442',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'haraka',
        running: { startedAt: '2026-02-11T08:23:40Z' },
        ready: false,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { HARAKA_CONFIG: '/haraka/config' },
        mounts: [
          { volume: 'haraka-config', path: '/haraka/config' },
          { volume: 'haraka-queue', path: '/haraka/queue' },
        ],
      },
    ],
    volumes: [
      { name: 'haraka-config', configMap: 'haraka-inbound' },
      { name: 'haraka-queue', emptyDir: {} },
    ],
    events: [
      alert(
        'KubeContainerOOMKilled',
        'mail/haraka-inbound-84d6c7b9f5-tq7hz container haraka OOMKilled 5 times since 07:00; 65 node processes in the container at the time of each kill, 29-33Mi RSS each. Karpenter consolidated the pod at 06:58 from an m6i.2xlarge (8 vCPU) onto ip-10-30-9-41, an m6i.16xlarge (64 vCPU); smtp.ini unchanged since November.',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container haraka', count: 6 },
    ],
    previousLog: log(harakaBoot(hm(8, 5, 12), 64, 27), harakaTraffic(hm(8, 5, 30), 90, 7)),
    currentLog: log(harakaBoot(hm(8, 23, 40), 64, 27)),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ restarts right (3)

/** A Sidekiq 7 log line. */
const sidekiq = (sec: number, tid: string, rest: string): string => `${iso(sec)} pid=1 tid=${tid} ${rest}`;

/** Spree's background jobs as Sidekiq logs them, start and done. */
const spreeJobs = (from: number, n: number, seed: number): string[] =>
  times(n, (i) => {
    const s = from + (i >> 1) * 8 + frac(i >> 1);
    const elapsed = 0.05 + (((i >> 1) * 37) % 900) / 1000;
    const cls = pick(
      [
        'ActionMailer::MailDeliveryJob',
        'Spree::Products::QueueStatusChangedWebhookJob',
        'Spree::Webhooks::Subscribers::MakeRequestJob',
        'Spree::Exports::GenerateJob',
        'ActiveStorage::AnalyzeJob',
      ],
      i >> 1,
    );
    const tid = pick(['2l4', 'j7p', '10y1', 'b3s', 'kq9', '1c6x'], i >> 1);
    const jid = `${hex(seed + (i >> 1), 8)}${hex(seed * 3 + (i >> 1), 8)}${hex(i >> 1, 8)}`;
    return i % 2 === 0
      ? sidekiq(s, tid, `class=${cls} jid=${jid} INFO: start`)
      : sidekiq(s + elapsed, tid, `class=${cls} jid=${jid} elapsed=${elapsed.toFixed(3)} INFO: done`);
  });

/** What Sidekiq prints every poll and heartbeat while its connection sits on a demoted replica. */
const sidekiqReadonly = (from: number, n: number, step: number): string[] =>
  times(n, (i) => {
    const s = from + i * step + frac(i) / 4;
    switch (i % 4) {
      case 0:
        return sidekiq(
          s,
          pick(['j7p', 'b3s', 'kq9'], i),
          "ERROR: Error fetching job: READONLY You can't write against a read only replica.",
        );
      case 1:
        return sidekiq(
          s,
          pick(['j7p', 'b3s', 'kq9'], i),
          "WARN: RedisClient::ReadOnlyError: READONLY You can't write against a read only replica. (redis://spree-redis.shop.svc.cluster.local:6379)",
        );
      case 2:
        return sidekiq(
          s,
          '10y1',
          "WARN: Unable to flush stats: READONLY You can't write against a read only replica.",
        );
      default:
        return sidekiq(s, '10y1', "ERROR: heartbeat: READONLY You can't write against a read only replica.");
    }
  });

/** Liquidsoap preparing the next tracks of a playlist. */
const liqTracks = (from: number, n: number, station: string, rid0: number): string[] =>
  times(n, (i) => {
    const s = from + i * 95 + frac(i) * 20;
    const song = pick(
      [
        'Helene Fischer/Rausch/07 - Null auf 100.mp3',
        'Andrea Berg/Gold/03 - Du hast mich tausendmal belogen.mp3',
        'Roland Kaiser/Perspektiven/01 - Warum hast du nicht nein gesagt.mp3',
        'Vanessa Mai/Metamorphose/05 - Wir 2 immer 1.mp3',
        'Matthias Reim/Zeitreise/02 - Verdammt ich lieb dich.mp3',
        'Beatrice Egli/Alles was du brauchst/04 - Was geht ab.mp3',
      ],
      i,
    );
    return `${slash(s)} [playlist.${station}:3] Prepared "/var/radio/media/${song}" (RID ${rid0 + i}).`;
  });

/** An Icecast-KH error.log line. */
const kh = (sec: number, level: string, msg: string): string =>
  `[${sql(sec).replace(' ', '  ')}] ${level} ${msg}`;

const restartRight: HeldOutCase[] = [
  {
    id: 'sixtyfourth-spree-sidekiq-pinned-to-demoted-redis',
    family: 'wedged-connection',
    source: 'https://github.com/redis/docker-library-redis/issues/434',
    signal: 'Alert',
    containers: [
      {
        name: 'sidekiq',
        running: { startedAt: '2026-02-09T22:14:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          REDIS_URL: 'redis://spree-redis.shop.svc.cluster.local:6379/0',
          SIDEKIQ_CONCURRENCY: '10',
          DATABASE_URL: 'postgres://spree@spree-pg-rw.shop.svc:5432/spree_production',
        },
        args: ['bundle', 'exec', 'sidekiq', '-C', 'config/sidekiq.yml'],
      },
    ],
    events: [
      alert(
        'SidekiqQueueLatencyHigh',
        'shop/spree-sidekiq: default queue latency 38m, 4,211 jobs enqueued, 0 processed since 07:51. Redis Sentinel promoted spree-redis-node-1 to primary at 07:51:07 and the old primary rejoined as a replica at 07:51:40; the storefront (Puma) pods and the Sentinel health checks have been fine since 07:52, and spree-redis.shop.svc points at the new primary.',
      ),
    ],
    currentLog: log(spreeJobs(hm(7, 48, 20), 40, 51), sidekiqReadonly(hm(7, 51, 9), 252, 9)),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtyfourth-liquidsoap-never-reconnects-to-icecast',
    family: 'wedged-connection',
    source: 'https://github.com/savonet/liquidsoap/issues/3427',
    signal: 'Alert',
    containers: [
      {
        name: 'liquidsoap',
        running: { startedAt: '2026-02-10T19:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['liquidsoap', '/etc/liquidsoap/hitwelle.liq'],
        mounts: [
          { volume: 'liq-script', path: '/etc/liquidsoap' },
          { volume: 'media', path: '/var/radio/media' },
        ],
      },
    ],
    volumes: [
      { name: 'liq-script', configMap: 'hitwelle-liquidsoap' },
      { name: 'media', persistentVolumeClaim: 'radio-media' },
    ],
    events: [
      alert(
        'IcecastMountWithoutSource',
        'radio/icecast: mount /hitwelle.mp3 has had no source client for 34m (sources=0, 214 listener requests answered 404 since 07:56); icecast-0 is Ready, accepts source connections (the /schlager.mp3 source reconnected at 08:02) and its error.log shows the hitwelle source dropped at 07:55:41 and never came back.',
      ),
    ],
    currentLog: log(
      liqTracks(hm(6, 10, 0), 60, 'hitwelle', 8120),
      `${slash(hm(7, 55, 41))} [hitwelle_mp3:2] Metadata update may have failed with error: 404, File Not Found (HTTP/1.1)`,
      `${slash(hm(7, 55, 41))} [clock.main:2] We must catchup 16.03 seconds!`,
      `${slash(hm(7, 55, 41))} [hitwelle_mp3:2] Error while sending data: could not write data to host: Unix.Unix_error(Unix.EPIPE, "write", "")!`,
      `${slash(hm(7, 55, 41))} [hitwelle_mp3:3] Closing connection...`,
      `${slash(hm(7, 55, 41))} [hitwelle_mp3:2] Error while closing connection: could not close connection: Unix.Unix_error(Unix.EPIPE, "write", "")`,
      `${slash(hm(7, 55, 41))} [hitwelle_mp3:3] Will try to reconnect in 3.00 seconds.`,
      liqTracks(hm(7, 57, 0), 20, 'hitwelle', 8180).flatMap((line, i) =>
        i % 3 === 2
          ? [
              line,
              `${slash(hm(7, 57, 2) + i * 95 + frac(i) * 20)} [hitwelle_mp3:2] Metadata update may have failed with error: 404, File Not Found (HTTP/1.1)`,
            ]
          : [line],
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtyfourth-icecast-kh-client-counter-drifted',
    family: 'wedged-state',
    source: 'https://github.com/karlheyes/icecast-kh/issues/389',
    signal: 'Alert',
    containers: [
      {
        name: 'icecast',
        running: { startedAt: '2026-01-29T03:12:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        args: ['icecast', '-c', '/etc/icecast/icecast.xml'],
        mounts: [{ volume: 'icecast-config', path: '/etc/icecast' }],
      },
    ],
    volumes: [{ name: 'icecast-config', configMap: 'icecast-relay' }],
    events: [
      alert(
        'IcecastRejectingListeners',
        'radio/icecast-relay-7c9f6b5d8-2kq4n answers 403 to 100% of new listeners for 25m; its /admin/stats show 9 listeners on all mounts while the server client count is at the 1200 limit; the other two relays with the same config serve 388 and 402 listeners and accept new ones. Outbound bandwidth of the pod 1.2 Mbit/s.',
      ),
    ],
    currentLog: log(
      times(50, (i) => {
        const s = hm(7, 40, 0) + i * 31 + frac(i);
        return i % 5 === 4
          ? `10.42.1.${12 + (i % 4)} - - [${clf(s)}] "GET /status-json.xsl HTTP/1.1" 200 ${13459 + (i % 7)} "-" "Mozilla" 0`
          : `203.0.113.${20 + ((i * 17) % 200)} - - [${clf(s)}] "GET /hitwelle.mp3 HTTP/1.1" 200 ${1840000 + i * 7717} "-" "${pick(['VLC/3.0.20 LibVLC/3.0.20', 'Radioplayer/2.4 (Android)', 'iTunes/12.13 (Macintosh; OS X 14.3)'], i)}" ${600 + i * 17}`;
      }),
      times(60, (i) => {
        const s = hm(8, 6, 0) + i * 22 + frac(i);
        const ip = `203.0.113.${30 + ((i * 13) % 200)}`;
        return [
          kh(s, 'WARN', `connection/_handle_get_request server client limit reached (1200/1203) for ${ip}`),
          `${ip} - - [${clf(s)}] "GET /hitwelle.mp3 HTTP/1.1" 403 0 "-" "${pick(['VLC/3.0.20 LibVLC/3.0.20', 'Radioplayer/2.4 (Android)', 'Mozilla/5.0'], i)}" 0`,
        ];
      }).flat(),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart'],
  },
];

// ------------------------------------------------------------------ restarts wrong (4)

/** SOGo's lines under mailcow's syslog: the channel manager giving up on MariaDB, requests failing. */
const sogoDbDown = (from: number, n: number, host: string): string[] =>
  times(n, (i) => {
    const s = from + i * 6 + frac(i);
    const table = pick(['sogo_user_profile', 'sogo_folder_info', 'sogo_sessions_folder', 'sogo_acl'], i);
    switch (i % 5) {
      case 0:
        return `${syslog(s)} ${host} sogod [${57 + (i % 3) * 4}]: [ERROR] <0x0x55edc9c1aa80[GCSChannelManager]> could not open channel <MySQL4Channel[0x0x55edc9c${hex(i, 5)}] connection=0x(null)> for mysql://sogo:*@mariadb.mail.svc:3306/mailcow/${table}`;
      case 1:
        return `${syslog(s)} ${host} sogod [${57 + (i % 3) * 4}]: [WARN] <0x0x55edc9c1aa80[GCSChannelManager]>   will prevent opening of this channel 5 seconds after ${sql(s - 1)} +0000`;
      case 2:
        return `${syslog(s)} ${host} ${sql(s)}.${ms3(s)} sogod[${57 + (i % 3) * 4}:${57 + (i % 3) * 4}] ERROR: could not open MySQL4 connection to database 'mailcow': Can't connect to MySQL server on 'mariadb.mail.svc' (111)`;
      case 3:
        return `${syslog(s)} ${host} sogod [${57 + (i % 3) * 4}]: 10.42.${1 + (i % 3)}.${7 + (i % 40)} "${pick(['GET /SOGo/', 'POST /SOGo/so/', 'GET /SOGo/so/anna.keller@stadtwerke-nordheim.de/Mail/view', 'GET /SOGo/dav/'], i)} HTTP/1.1" 500 0/0 0.00${3 + (i % 6)} - - 0`;
      default:
        return `${syslog(s)} ${host} sogod [${57 + (i % 3) * 4}]: |SOGo| request took 0.00${4 + (i % 5)}${i % 9} seconds to execute`;
    }
  });

/** Ant Media Server's start-up lines for one application context (logback's pattern). */
const amsApp = (sec: number, app: string, i: number): string[] => {
  const stamp = (s: number): string => `${sql(s)},${ms3(s)}`;
  return [
    `${stamp(sec)} [main] INFO  org.quartz.impl.StdSchedulerFactory - Quartz scheduler 'Red5_Scheduler' initialized from the specified file : '/usr/local/antmedia/conf/quartz.properties'`,
    `${stamp(sec + 0.1)} [main] INFO  org.quartz.core.QuartzScheduler - Scheduler Red5_Scheduler_$_NON_CLUSTERED started.`,
    `${stamp(sec + 0.4)} [main] INFO  org.mongodb.driver.client - MongoClient with metadata {"driver": {"name": "mongo-java-driver|sync", "version": "4.11.1"}, "os": {"type": "Linux", "name": "Linux", "architecture": "amd64", "version": "6.1.119-129.201.amzn2023.x86_64"}, "platform": "Java/Ubuntu/17.0.13+11-Ubuntu-2ubuntu122.04"} created with settings MongoClientSettings{readPreference=primary, writeConcern=WriteConcern{w=null, wTimeout=null ms, journal=null}, retryWrites=true, retryReads=true, clusterSettings={hosts=[ams-mongo.media.svc:27017], srvServiceName=mongodb, mode=SINGLE, requiredClusterType=UNKNOWN, requiredReplicaSetName='null', serverSelector='null', clusterListeners='[]', serverSelectionTimeout='30000 ms', localThreshold='15 ms'}}`,
    `${stamp(sec + 0.6)} [main] INFO  o.s.s.c.ThreadPoolTaskScheduler - Initializing ExecutorService 'org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler#${hex(i + 17, 8)}'`,
    `${stamp(sec + 0.9)} [main] INFO  o.s.j.e.a.AnnotationMBeanExporter - Registering beans for JMX exposure on startup`,
    `${stamp(sec + 1.0)} [main] INFO  o.s.j.e.a.AnnotationMBeanExporter - Located MBean 'schedulingService': registering with JMX server as MBean [org.red5.server:name=schedulingService,type=${app}]`,
    `${stamp(sec + 3.6 + (i % 3))} [main] INFO  o.s.web.context.ContextLoader - Root WebApplicationContext: initialization completed in ${3400 + ((i * 977) % 2600)} ms`,
  ];
};

/** Roundcube's errors when its IMAP server refuses connections. */
const roundcubeImapDown = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 9 + frac(i);
    const user = pick(
      ['anna.keller', 'm.oezdemir', 'kundenservice', 'j.wagner', 'buchhaltung', 'p.schmitt', 'leitstelle'],
      i >> 1,
    );
    const sess = hex(i * 31 + 7, 8);
    return i % 2 === 0
      ? `[${phpTs(s)} UTC] PHP Warning:  stream_socket_client(): Unable to connect to dovecot.mail.svc:143 (Connection refused) in /var/www/html/program/lib/Roundcube/rcube_imap_generic.php on line 1059`
      : `[${phpTs(s)} +0000]: <${sess}> IMAP Error: Login failed for ${user}@stadtwerke-nordheim.de against dovecot.mail.svc from 10.42.${1 + (i % 3)}.${11 + (i % 50)}. Could not connect to dovecot.mail.svc:143: Connection refused in /var/www/html/program/lib/Roundcube/rcube_imap.php on line 211 (POST /?_task=login&_action=login)`;
  });

const restartWrong: HeldOutCase[] = [
  {
    id: 'sixtyfourth-vendure-worker-busy-full-reindex',
    family: 'long-job',
    source:
      'https://github.com/vendure-ecommerce/vendure/blob/master/packages/core/src/plugin/default-search-plugin/indexer/indexer.controller.ts',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'vendure-worker',
        running: { startedAt: '2026-02-10T23:41:09Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          DB_HOST: 'vendure-pg-rw.shop.svc',
          WORKER_HEALTH_PORT: '3123',
        },
        args: ['node', 'dist/index-worker.js'],
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://10.42.3.18:3123/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 71,
      },
      alert(
        'VendureWorkerNotReady',
        'shop/vendure-worker-5f7c9d8b6-m4r2t not ready for 86m; worker CPU 1.96 of 2 cores; search-index queue: 1 job RUNNING since 07:02 (full reindex started from the admin after the catalog import), progress 70%; the storefront search returns partial results since 07:02.',
      ),
    ],
    currentLog: log(
      times(20, (i) =>
        vendure(
          hm(6, 40, 0) + i * 60,
          'verbose',
          'DefaultSearchPlugin Worker',
          `Updating ${1 + (i % 4)} variants`,
        ),
      ),
      vendure(
        hm(7, 2, 14),
        'verbose',
        'DefaultSearchPlugin Worker',
        'Reindexing 412730 variants for channel __default_channel__',
      ),
      vendure(hm(7, 2, 31), 'verbose', 'DefaultSearchPlugin Worker', 'Deleted existing index items'),
      times(290, (i) =>
        vendure(
          hm(7, 2, 32) + i * 18 + frac(i),
          'verbose',
          'DefaultSearchPlugin Worker',
          `Processing batch ${i + 1} of 413`,
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtyfourth-sogo-mariadb-refusing-connections',
    family: 'dependency-down',
    source: 'https://github.com/mailcow/mailcow-dockerized/issues/2204',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'sogo',
        running: { startedAt: '2026-02-08T14:20:51Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: { SOGO_WORKERS: '12', MYSQL_HOST: 'mariadb.mail.svc', TZ: 'Europe/Berlin' },
        mounts: [{ volume: 'sogo-conf', path: '/etc/sogo' }],
      },
    ],
    volumes: [{ name: 'sogo-conf', secret: 'sogo-conf' }],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 88,
      },
      alert(
        'SOGoUnavailable',
        'mail/sogo has 0 of 2 pods ready for 22m; webmail and ActiveSync answer 500 to 100% of requests; both pods log MySQL connection failures to mariadb.mail.svc since 08:06.',
      ),
    ],
    currentLog: log(
      times(40, (i) => {
        const s = hm(7, 58, 0) + i * 12 + frac(i);
        return i % 2 === 0
          ? `${syslog(s)} sogo-6d8b7 sogod [${57 + (i % 3) * 4}]: 10.42.${1 + (i % 3)}.${7 + (i % 40)} "GET /SOGo/so/anna.keller@stadtwerke-nordheim.de/Mail/0/folderINBOX/view HTTP/1.1" 200 ${2200 + i * 37}/0 0.0${11 + (i % 60)} - - 0`
          : `${syslog(s)} sogo-6d8b7 sogod [${57 + (i % 3) * 4}]: |SOGo| request took 0.0${11 + (i % 60)} seconds to execute`;
      }),
      sogoDbDown(hm(8, 6, 2), 240, 'sogo-6d8b7'),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-antmedia-liveness-shorter-than-start',
    family: 'probe-kill',
    source: 'https://github.com/ant-media/Scripts/pull/300',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('ant-media-server', 'ams-edge-7f9c6d5b8-p4wzn', 143, 9),
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: [
          '-g',
          'true',
          '-s',
          'true',
          '-r',
          'true',
          '-m',
          'cluster',
          '-h',
          'mongodb://ams-mongo.media.svc:27017',
        ],
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "http://10.42.5.21:5080/": dial tcp 10.42.5.21:5080: connect: connection refused',
        count: 27,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container ant-media-server failed liveness probe, will be restarted',
        count: 9,
      },
      alert(
        'AntMediaEdgeDown',
        'media/ams-edge has 0 of 1 pods ready for 48m; each container run ends 40s after its start (liveness GET / on :5080, initialDelaySeconds 10, periodSeconds 10, failureThreshold 3); the last successful start (05 Feb, 11 applications) took 44s, 16 applications are configured since the 10 Feb tenant onboarding.',
      ),
    ],
    previousLog: log(
      `${sql(hm(8, 21, 3))},112 [main] INFO  org.red5.server.Launcher - Ant Media Server Enterprise 2.11.3 20250109_1024`,
      `${sql(hm(8, 21, 4))},387 [main] WARN  i.antmedia.statistic.StatsCollector - Starting heartbeats for the version:2.11.3 and type:Enterprise`,
      [
        'LiveApp',
        'WebRTCAppEE',
        'tenant-lernwerk',
        'tenant-stadtwerke',
        'tenant-klinikum',
        'tenant-vhs-nord',
        'tenant-gemeinderat',
        'tenant-fc-nordheim',
      ].flatMap((app, i) => amsApp(hm(8, 21, 6) + i * 4.4, app, i)),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-roundcube-dovecot-refusing',
    family: 'dependency-down',
    source: 'https://github.com/roundcube/roundcubemail/issues/8377',
    signal: 'Alert',
    containers: [
      {
        name: 'roundcube',
        running: { startedAt: '2026-02-06T09:44:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          ROUNDCUBEMAIL_DEFAULT_HOST: 'dovecot.mail.svc',
          ROUNDCUBEMAIL_DEFAULT_PORT: '143',
          ROUNDCUBEMAIL_SMTP_SERVER: 'tls://postfix.mail.svc',
          ROUNDCUBEMAIL_DB_TYPE: 'pgsql',
        },
      },
    ],
    events: [
      alert(
        'RoundcubeLoginFailures',
        'mail/roundcube: 100% of 412 login attempts failed in the last 15m ("Connection to storage server failed."); every roundcube pod reports connection refused from dovecot.mail.svc:143; mail/dovecot has 0 of 2 endpoints ready since 08:09.',
      ),
    ],
    currentLog: log(
      times(40, (i) => {
        const s = hm(7, 55, 0) + i * 19 + frac(i);
        return `10.42.${1 + (i % 3)}.${11 + (i % 50)} - - [${clf(s)}] "${pick(['GET /?_task=mail&_action=refresh&_remote=1', 'POST /?_task=mail&_action=list&_remote=1', 'GET /?_task=mail&_mbox=INBOX', 'GET /skins/elastic/styles/styles.min.css?s=1732112341'], i)} HTTP/1.1" 200 ${1200 + i * 91} "https://webmail.stadtwerke-nordheim.de/?_task=mail" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
      roundcubeImapDown(hm(8, 9, 12), 130),
    ),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ scale-ups right (3)

/** php-fpm's access log lines as the official image writes them, with the pool warning among them. */
const roundcubeFpm = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 0.5 + frac(i) / 2;
    if (i % 9 === 8) {
      return `[${phpTs(s)}] WARNING: [pool www] server reached pm.max_children setting (20), consider raising it`;
    }
    const req = pick(
      [
        'POST /index.php?_task=login&_action=login',
        'GET /index.php?_task=mail&_action=refresh&_remote=1',
        'GET /index.php?_task=mail&_mbox=INBOX&_page=1&_action=list&_remote=1',
        'GET /index.php?_task=mail&_action=show&_uid=48213&_mbox=INBOX',
        'POST /index.php?_task=mail&_action=send',
        'GET /index.php?_task=addressbook&_action=autocomplete&_search=mei',
      ],
      i,
    );
    return `10.42.${1 + (i % 3)}.${4 + (i % 5)} -  ${clf(s)} "${req}" 200`;
  });

const scaleRight: HeldOutCase[] = [
  {
    id: 'sixtyfourth-roundcube-fpm-pool-saturated-monday',
    family: 'real-load',
    source: 'https://github.com/mail-in-a-box/mailinabox/issues/515',
    signal: 'Alert',
    containers: [
      {
        name: 'roundcube-fpm',
        running: { startedAt: '2026-02-06T09:44:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          ROUNDCUBEMAIL_DEFAULT_HOST: 'ssl://dovecot.mail.svc',
          ROUNDCUBEMAIL_DEFAULT_PORT: '993',
          ROUNDCUBEMAIL_DB_TYPE: 'pgsql',
        },
        mounts: [{ volume: 'fpm-pool', path: '/usr/local/etc/php-fpm.d/zz-pool.conf' }],
      },
      { name: 'nginx', running: { startedAt: '2026-02-06T09:44:17Z' }, ready: true, memoryLimit: '128Mi' },
    ],
    volumes: [{ name: 'fpm-pool', configMap: 'roundcube-fpm-pool' }],
    events: [
      alert(
        'RoundcubeSlowRequests',
        'mail/roundcube p95 request time 6.8s (SLO 1.5s) for 15m; php-fpm active processes 20 of 20 on all 3 pods, listen queue 31-44; CPU 1.88-1.97 of 2 cores per pod, memory 610Mi of 1Gi; request rate 3.4x the 7-day same-hour baseline (first working day after the office move, 2,900 users logging in since 07:30); dovecot IMAP p95 38ms, PostgreSQL 14% CPU, HPA max 10 (current 3).',
      ),
    ],
    currentLog: log(roundcubeFpm(hm(8, 27, 0), 200)),
    accept: ['scale-up'],
  },
  {
    id: 'sixtyfourth-icecast-relays-full-on-derby-night',
    family: 'real-load',
    source: 'https://github.com/karlheyes/icecast-kh/issues/389',
    signal: 'Alert',
    containers: [
      {
        name: 'icecast',
        running: { startedAt: '2026-02-02T04:10:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        args: ['icecast', '-c', '/etc/icecast/icecast.xml'],
        mounts: [{ volume: 'icecast-config', path: '/etc/icecast' }],
      },
    ],
    volumes: [{ name: 'icecast-config', configMap: 'icecast-relay' }],
    events: [
      alert(
        'IcecastRelaysAtClientLimit',
        'radio/icecast-relay: all 3 relay pods at their 1200-client limit for 12m, 3,598 listeners on /sport.mp3 (the cup match commentary started 08:15, listener count still rising 40/min), 2,140 rejected with 403 in the last 10m; per-pod outbound 154 Mbit/s of a 10 Gbit/s NIC, CPU 0.41 of 2 cores; the master and its source are healthy; the relay Deployment has no HPA (replicas 3, cluster autoscaler has room).',
      ),
    ],
    currentLog: log(
      times(60, (i) => {
        const s = hm(8, 14, 0) + i * 7 + frac(i);
        return `198.51.100.${10 + ((i * 7) % 240)} - - [${clf(s)}] "GET /sport.mp3 HTTP/1.1" 200 ${96000 + i * 1311} "-" "${pick(['Radioplayer/2.4 (Android)', 'VLC/3.0.20 LibVLC/3.0.20', 'AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X)', 'Mozilla/5.0 (Linux; Android 14) Chrome/132.0 Mobile'], i)}" ${20 + i * 3}`;
      }),
      times(70, (i) => {
        const s = hm(8, 21, 10) + i * 6 + frac(i);
        const ip = `198.51.100.${11 + ((i * 13) % 240)}`;
        return [
          kh(s, 'WARN', `connection/_handle_get_request server client limit reached (1200/1200) for ${ip}`),
          `${ip} - - [${clf(s)}] "GET /sport.mp3 HTTP/1.1" 403 0 "-" "${pick(['Radioplayer/2.4 (Android)', 'AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X)', 'VLC/3.0.20 LibVLC/3.0.20'], i)}" 0`,
        ];
      }).flat(),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'sixtyfourth-livekit-egress-all-workers-busy',
    family: 'real-load',
    source: 'https://github.com/livekit/egress/issues/912',
    signal: 'Alert',
    containers: [
      {
        name: 'egress',
        running: { startedAt: '2026-02-09T06:30:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: { EGRESS_CONFIG_FILE: '/etc/egress/config.yaml', LIVEKIT_WS_URL: 'wss://rtc-exams.lernwerk.de' },
        mounts: [{ volume: 'egress-config', path: '/etc/egress' }],
      },
    ],
    volumes: [{ name: 'egress-config', configMap: 'livekit-egress-exams' }],
    node: calmNode,
    events: [
      alert(
        'EgressStartFailures',
        'rtc-exams: 14 of 31 StartRoomCompositeEgress calls failed with twirp 503 "no response from servers" in 15m (oral exams week, 31 rooms need recording, 2 egress pods); each egress pod runs 1 RoomComposite and reports a CPU load of 0.93 and 0.97 of its 4 cores, memory 2.7-2.9Gi of 6Gi; livekit-server, Redis and the S3 uploads are healthy; the egress Deployment has no HPA and the node group has 3 free 8-vCPU nodes.',
      ),
    ],
    currentLog: log(times(10, (i) => egressJob(hm(7, 40, 0) + i * 260, 700 + i, i % 3 === 0)).flat()),
    accept: ['scale-up'],
  },
];

// ------------------------------------------------------------------ scale-ups wrong (4)

/** A pino line (Node's JSON logger). */
const pino = (sec: number, level: number, host: string, msg: string, extra: string): string =>
  `{"level":${level},"time":${Math.round(epoch(sec) * 1000)},"pid":1,"hostname":"${host}",${extra}"msg":"${msg}"}`;

/** The price-sync worker's writes to Commerce Layer, more and more of them refused. */
const clSync = (from: number, n: number, host: string): string[] =>
  times(n, (i) => {
    const s = from + i * 0.9 + frac(i) / 3;
    const id = `${pick(['xYzAbC', 'qWeRtY', 'pLmKoN', 'vBnMaS', 'gHjKlE'], i)}${hex(i, 4)}`;
    if (i % 5 < 3) {
      return pino(
        s,
        40,
        host,
        'Commerce Layer responded 429 Too Many Requests, backing off',
        `"method":"PATCH","path":"/api/prices/${id}","status":429,"x-ratelimit-limit":"50","x-ratelimit-interval":"10","x-ratelimit-remaining":"0","retry-after":"${4 + (i % 7)}","attempt":${1 + (i % 5)},`,
      );
    }
    return pino(
      s,
      30,
      host,
      'price updated',
      `"method":"PATCH","path":"/api/prices/${id}","status":200,"sku":"NH-${20000 + ((i * 37) % 9000)}","duration_ms":${80 + ((i * 29) % 300)},`,
    );
  });

/** PrestaShop's errors during a flash sale, as php-fpm and the Symfony kernel log them. */
const prestaLockWait = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 5 + frac(i);
    if (i % 4 === 0) {
      return `[${sql(s)}] app.CRITICAL: Uncaught PHP Exception PrestaShopDatabaseException: "Lock wait timeout exceeded; try restarting transaction<br /><br /><pre>UPDATE \`ps_stock_available\` SET \`quantity\` = \`quantity\` - 1 WHERE id_product = 8812 AND id_product_attribute = 0 AND id_shop = 1</pre>" at /var/www/html/classes/db/Db.php line 747 {"exception":"[object] (PrestaShopDatabaseException(code: 0): Lock wait timeout exceeded; try restarting transaction at /var/www/html/classes/db/Db.php:747)"} []`;
    }
    if (i % 4 === 1) {
      return `[${phpTs(s)}] WARNING: [pool www] child ${300 + (i % 48)} said into stderr: "NOTICE: PHP message: PHP Warning:  [SQL Error] Lock wait timeout exceeded; try restarting transaction. From StockAvailableCore->updateQuantity() Query was : UPDATE \`ps_stock_available\` SET \`quantity\` = \`quantity\` + -1 WHERE id_product = 8812 AND id_product_attribute = 0 AND id_shop = 1 in /var/www/html/classes/db/Db.php on line 751"`;
    }
    return `10.42.${1 + (i % 4)}.${20 + (i % 30)} -  ${clf(s)} "${pick(['POST /module/ps_checkout/validate', 'POST /index.php?controller=order-confirmation', 'POST /panier?add=1&id_product=8812&token=9f2c', 'GET /8812-daunenjacke-alpin.html'], i)}" ${i % 3 === 0 ? 500 : 200}`;
  });

/** OpenCart's error log while its database user sits at its connection cap. */
const openCartCap = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 3 + frac(i);
    const stamp = `${ymd(s)} ${at(s).getUTCHours()}:${p2(at(s).getUTCMinutes())}:${p2(at(s).getUTCSeconds())}`;
    switch (i % 4) {
      case 0:
        return `${stamp} - PHP Warning:  mysqli::__construct(): (HY000/1226): User 'oc_store' has exceeded the 'max_user_connections' resource (current value: 30) in /var/www/html/system/library/db/mysqli.php on line 7`;
      case 1:
        return `${stamp} - PHP Warning:  DB\\MySQLi::__construct(): Couldn't fetch mysqli in /var/www/html/system/library/db/mysqli.php on line 10`;
      case 2:
        return `${stamp} - PHP Fatal error:  Uncaught Exception: Error: Could not make a database link using oc_store@mysql-shop.db.svc! in /var/www/html/system/library/db/mysqli.php:10`;
      default:
        return `10.42.${1 + (i % 4)}.${30 + (i % 20)} - - [${clf(s)}] "GET ${pick(['/index.php?route=product/product&product_id=418', '/index.php?route=product/category&path=20_27', '/index.php?route=checkout/cart', '/index.php?route=common/home'], i)} HTTP/1.1" ${i % 8 === 3 ? 200 : 500} ${i % 8 === 3 ? 48211 : 0} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"`;
    }
  });

const scaleWrong: HeldOutCase[] = [
  {
    id: 'sixtyfourth-commercelayer-price-sync-rate-limited',
    family: 'third-party-rate-limit',
    source: 'https://docs.commercelayer.io/core/rate-limits',
    signal: 'Alert',
    containers: [
      {
        name: 'cl-price-sync',
        running: { startedAt: '2026-02-10T17:03:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          CL_BASE_URL: 'https://nordheim-outdoor.commercelayer.io',
          CL_MARKET: 'market:id:dlQbPhNNop',
          SYNC_CONCURRENCY: '8',
          ERP_EXPORT_BUCKET: 's3://nordheim-erp-exports/prices',
        },
        mounts: [{ volume: 'cl-credentials', path: '/var/run/secrets/commercelayer' }],
      },
    ],
    volumes: [{ name: 'cl-credentials', secret: 'commercelayer-integration-client' }],
    events: [
      alert(
        'CLPriceSyncBacklog',
        'shop/cl-price-sync: 48,200 price updates pending, oldest 52m (the ERP pushed the spring price list at 07:35); 61% of PATCH /api/prices calls answered 429 in the last 15m; all 3 sync pods leave through the same NAT gateway address 52.29.114.7; CPU 0.12 cores per pod; HPA on CPU 60% (3 of 10 replicas).',
      ),
    ],
    currentLog: log(clSync(hm(8, 24, 0), 240, 'cl-price-sync-6b8d9c7f5-wq2lp')),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-prestashop-flash-sale-row-lock',
    family: 'lock-contention',
    source: 'https://github.com/PrestaShop/PrestaShop/issues/35690',
    signal: 'Alert',
    containers: [
      {
        name: 'prestashop',
        running: { startedAt: '2026-02-10T05:12:30Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          DB_SERVER: 'mysql-shop.db.svc',
          PS_DOMAIN: 'shop.nordheim-outdoor.de',
          PHP_FPM_PM_MAX_CHILDREN: '48',
        },
        mounts: [{ volume: 'ps-img', path: '/var/www/html/img' }],
      },
    ],
    volumes: [{ name: 'ps-img', persistentVolumeClaim: 'prestashop-img' }],
    events: [
      alert(
        'PrestaShopCheckoutErrors',
        'shop/prestashop: 22% of order confirmations answered 500 for 10m during the 08:00 flash sale of product 8812; php-fpm busy 48 of 48 on all 4 pods, p95 51s; MySQL: 212 transactions in LOCK WAIT on the same ps_stock_available row (id_product=8812), innodb_lock_wait_timeout 50, CPU 18%, 140 of 600 connections in use.',
      ),
    ],
    currentLog: log(prestaLockWait(hm(8, 10, 0), 240)),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-opencart-db-user-connection-cap',
    family: 'shared-resource-cap',
    source: 'https://github.com/opencart/opencart/issues/7095',
    signal: 'Alert',
    containers: [
      {
        name: 'opencart',
        running: { startedAt: '2026-02-09T11:20:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DB_HOSTNAME: 'mysql-shop.db.svc',
          DB_USERNAME: 'oc_store',
          DB_DATABASE: 'opencart',
          PHP_PM_MAX_CHILDREN: '12',
        },
        mounts: [
          { volume: 'oc-storage', path: '/var/www/storage' },
          { volume: 'oc-config', path: '/var/www/html/config.php' },
        ],
      },
    ],
    volumes: [
      { name: 'oc-storage', persistentVolumeClaim: 'opencart-storage' },
      { name: 'oc-config', secret: 'opencart-config' },
    ],
    events: [
      alert(
        'OpenCartHighErrorRate',
        'shop/opencart: 31% of storefront requests answered 500 for 10m; the HPA scaled the web Deployment from 4 to 6 replicas at 08:05 (CPU 71%); MySQL user oc_store is at its max_user_connections of 30 (managed database plan), Threads_connected for oc_store 30, database CPU 22%.',
      ),
    ],
    currentLog: log(openCartCap(hm(8, 20, 0), 200)),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-liquidsoap-encoder-behind-single-source',
    family: 'single-consumer',
    source: 'https://github.com/savonet/liquidsoap/issues/4948',
    signal: 'Alert',
    containers: [
      {
        name: 'liquidsoap',
        running: { startedAt: '2026-02-11T07:40:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['liquidsoap', '/etc/liquidsoap/nachtschicht.liq'],
        mounts: [
          { volume: 'liq-script', path: '/etc/liquidsoap' },
          { volume: 'media', path: '/var/radio/media' },
        ],
      },
    ],
    volumes: [
      { name: 'liq-script', configMap: 'nachtschicht-liquidsoap' },
      { name: 'media', persistentVolumeClaim: 'radio-media' },
    ],
    events: [
      alert(
        'StreamAudioDropouts',
        'radio/nachtschicht: listeners on /nachtschicht.mp3, /nachtschicht.aac and /nachtschicht.opus report buffering (180 rebuffer events in 10m); the Liquidsoap container is CPU-throttled in 58% of periods at its 1-core limit since the 320k AAC and Opus outputs were added at 07:40; the Icecast master is healthy at 4% CPU.',
      ),
    ],
    currentLog: log(
      liqTracks(hm(7, 40, 30), 14, 'nachtschicht', 22010),
      times(120, (i) => {
        const s = hm(8, 2, 0) + i * 13 + frac(i);
        if (i % 8 === 7) {
          return `${slash(s)} [playlist.nachtschicht:3] Prepared "/var/radio/media/${pick(['Tycho/Weather/03 - Japan.mp3', 'Bonobo/Migration/02 - Outlier.mp3', 'Nils Frahm/Spaces/04 - Says.mp3', "Boards of Canada/Tomorrow's Harvest/05 - Reach for the Dead.mp3"], i)}" (RID ${22030 + i}).`;
        }
        return `${slash(s)} [clock.output.icecast:2] Latency is too high: we must catchup ${(3 + ((i * 37) % 140) / 10).toFixed(2)} seconds! Check if your system can process your stream fast enough (CPU usage, disk access, etc) or if your stream should be self-sync (can happen when using \`input.ffmpeg\`). Refer to the latency control section of the documentation for more info.`;
      }),
    ),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ cache flushes right (3)

/** A Rails log line (the default formatter, tagged with the request id). */
const rails = (sec: number, level: string, req: string, msg: string): string =>
  `${level[0]}, [${iso(sec).slice(0, 23)}${String(Math.round(sec * 1e6) % 1000).padStart(3, '0')} #1] ${level.padStart(5)} -- : [${req}] ${msg}`;

/** Bagisto's storefront while its Laravel cache store refuses writes. */
const bagistoCacheFull = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 3 + frac(i);
    if (i % 3 === 0) {
      return `[${sql(s)}] production.ERROR: OOM command not allowed when used memory > 'maxmemory'. {"exception":"[object] (Predis\\\\Response\\\\ServerException(code: 0): OOM command not allowed when used memory > 'maxmemory'. at /var/www/html/vendor/predis/predis/src/Client.php:370)"} `;
    }
    return `10.42.${1 + (i % 3)}.${40 + (i % 30)} - - [${clf(s)}] "GET ${pick(['/', '/outdoor-jacken', '/daunenjacke-alpin', '/api/products?category_id=14&page=2', '/search?query=wanderschuhe', '/checkout/cart'], i)} HTTP/1.1" ${i % 3 === 1 ? 500 : 200} ${i % 3 === 1 ? 6120 : 48211 + i * 91} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"`;
  });

/** Spree's storefront requests failing in fragment caching. */
const spreeCacheFull = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 4 + frac(i);
    const req = `${hex(i * 3 + 1, 8)}-${hex(i + 11, 4)}-4${hex(i, 3)}-9${hex(i + 5, 3)}-${hex(i * 7, 8)}${hex(i, 4)}`;
    const path = pick(
      ['/products/daunenjacke-alpin', '/t/categories/outdoor/jacken', '/products/trekkingschuh-gipfel', '/'],
      i,
    );
    return [
      rails(
        s,
        'INFO',
        req,
        `Started GET "${path}" for 10.42.${1 + (i % 3)}.${20 + (i % 40)} at ${sql(s)} +0000`,
      ),
      rails(
        s + 0.01,
        'INFO',
        req,
        `Processing by Spree::${path === '/' ? 'HomeController#index' : path.startsWith('/t/') ? 'TaxonsController#show' : 'ProductsController#show'} as HTML`,
      ),
      ...(i % 2 === 0
        ? [
            rails(
              s + 0.08,
              'FATAL',
              req,
              "ActionView::Template::Error (OOM command not allowed when used memory > 'maxmemory'.):",
            ),
            rails(
              s + 0.08,
              'FATAL',
              req,
              `app/views/spree/${path === '/' ? 'home/index' : path.startsWith('/t/') ? 'taxons/show' : 'products/show'}.html.erb:${12 + (i % 9)}`,
            ),
            rails(
              s + 0.09,
              'INFO',
              req,
              `Completed 500 Internal Server Error in ${70 + (i % 40)}ms (ActiveRecord: ${(8 + (i % 13)).toFixed(1)}ms | Allocations: ${18000 + i * 37})`,
            ),
          ]
        : [
            rails(
              s + 0.6,
              'INFO',
              req,
              `Completed 200 OK in ${480 + ((i * 53) % 900)}ms (Views: ${300 + (i % 200)}.4ms | ActiveRecord: ${90 + (i % 60)}.2ms | Allocations: ${240000 + i * 311})`,
            ),
          ]),
    ];
  }).flat();

/** OpenCart's error log while its cache writes fail. */
const openCartCacheFull = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 5 + frac(i);
    const stamp = `${ymd(s)} ${at(s).getUTCHours()}:${p2(at(s).getUTCMinutes())}:${p2(at(s).getUTCSeconds())}`;
    const key = pick(
      [
        'oc_product.bestseller.1.1.0.5',
        'oc_category.1.1',
        'oc_product.latest.1.1.0.8',
        'oc_manufacturer.0',
        'oc_currency',
      ],
      i,
    );
    return i % 2 === 0
      ? `${stamp} - PHP Fatal error:  Uncaught RedisException: OOM command not allowed when used memory > 'maxmemory'. in /var/www/html/system/library/cache/redis.php:24`
      : `${stamp} - Stack trace: #0 /var/www/html/system/library/cache/redis.php(24): Redis->set('${key}', '{"...') #1 /var/www/html/system/library/cache.php(52): Opencart\\System\\Library\\Cache\\Redis->set('${key.replace('oc_', '')}', Array) #2 /var/www/html/catalog/model/catalog/product.php(${300 + (i % 90)}): Opencart\\System\\Library\\Cache->set('${key.replace('oc_', '')}', Array) #3 {main}`;
  });

const cacheRight: HeldOutCase[] = [
  {
    id: 'sixtyfourth-bagisto-laravel-cache-full-noeviction',
    family: 'cache-full',
    source: 'https://github.com/mike-bronner/laravel-model-caching/issues/72',
    signal: 'Alert',
    containers: [
      {
        name: 'bagisto',
        running: { startedAt: '2026-02-07T10:31:22Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          APP_ENV: 'production',
          CACHE_DRIVER: 'redis',
          SESSION_DRIVER: 'database',
          QUEUE_CONNECTION: 'database',
          REDIS_CLIENT: 'predis',
          REDIS_HOST: 'bagisto-cache.shop.svc',
          REDIS_CACHE_DB: '1',
          DB_HOST: 'bagisto-mysql.shop.svc',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'shop/bagisto-cache used_memory 2.00Gi = maxmemory 2Gi, maxmemory-policy noeviction, evicted_keys 0; 1.84M keys, all under the bagisto_cache: prefix in db 1 (Laravel cache store; sessions and queue live in MySQL, nothing else uses this instance); 41% of storefront requests answer 500 since 08:11, the rest run uncached (p95 3.9s).',
      ),
    ],
    currentLog: log(bagistoCacheFull(hm(8, 18, 0), 200)),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'sixtyfourth-spree-fragment-cache-redis-full',
    family: 'cache-full',
    source: 'https://github.com/thiago-sydow/controle-de-ponto/issues/222',
    signal: 'Alert',
    containers: [
      {
        name: 'spree-web',
        running: { startedAt: '2026-02-09T07:05:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          CACHE_STORE: 'redis_store',
          REDIS_CACHE_URL: 'redis://spree-cache.shop.svc.cluster.local:6379/0/cache',
          REDIS_URL: 'redis://spree-redis.shop.svc.cluster.local:6379/0',
          WEB_CONCURRENCY: '3',
        },
        args: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'shop/spree-cache used_memory 1.00Gi = maxmemory 1Gi, maxmemory-policy noeviction, evicted_keys 0; 612k keys, all Rails cache entries under cache:views/ and cache:spree/ (Sidekiq and Action Cable use spree-redis, a separate instance; sessions are cookie-based); 48% of product and category pages answer 500 since 07:58.',
      ),
    ],
    currentLog: log(spreeCacheFull(hm(8, 21, 0), 90)),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'sixtyfourth-opencart-redis-cache-engine-full',
    family: 'cache-full',
    source: 'https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      {
        name: 'opencart',
        running: { startedAt: '2026-02-05T16:44:10Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DB_HOSTNAME: 'mysql-garten.db.svc',
          CACHE_HOSTNAME: 'opencart-cache.garten.svc',
          CACHE_PORT: '6379',
          CACHE_PREFIX: 'oc_',
        },
        mounts: [{ volume: 'oc-config', path: '/var/www/html/config.php' }],
      },
    ],
    volumes: [{ name: 'oc-config', secret: 'opencart-garten-config' }],
    events: [
      alert(
        'RedisMemoryFull',
        'garten/opencart-cache used_memory 512Mi = maxmemory 512Mi, maxmemory-policy noeviction, evicted_keys 0; 384k keys, all with the oc_ prefix of the OpenCart cache engine (session_engine is db, nothing else connects to this instance); catalog pages answer 500 at 36% since 08:06.',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const s = hm(8, 0, 0) + i * 11 + frac(i);
        return `10.42.2.${30 + (i % 20)} - - [${clf(s)}] "GET /index.php?route=product/category&path=${20 + (i % 9)} HTTP/1.1" 200 ${38211 + i * 57} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
      openCartCacheFull(hm(8, 6, 0), 150),
    ),
    accept: ['flush-redis-cache'],
  },
];

// ------------------------------------------------------------------ cache flushes wrong (4)

/** Rspamd's failures to write to its Redis data store, among ordinary scans. */
const rspamdRedisFull = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 9 + frac(i);
    switch (i % 6) {
      case 0:
        return `${sql(s)} #501(controller) <${hex(i + 7, 6)}>; csession; rspamd_redis_learned: cannot learn task: ERR Error running script (call to f_18c1f7e837d77f2d1d51cc491aa893e74e8d3a1b): @user_script:9: @user_script: 9: -OOM command not allowed when used memory > 'maxmemory'.`;
      case 1:
        return `${sql(s)} #${41 + (i % 4)}(normal) <${hex(i + 9, 6)}>; lua; greylist.lua:312: got error OOM command not allowed when used memory > 'maxmemory'. when setting greylisting record on server rspamd-redis.mail.svc:6379`;
      case 2:
        return `${sql(s)} #${41 + (i % 4)}(normal) <${hex(i + 11, 6)}>; lua; history_redis.lua:97: got error OOM command not allowed when used memory > 'maxmemory'. when writing history row: no value`;
      case 3:
        return i % 12 === 3
          ? `${sql(s)} #501(controller) <djphd3>; lua; bayes_expiry.lua:408: cannot perform expiry step: ERR Error running script (call to f_acab6c1e47b0f81a1f2e58a41611fed28f249daf): @user_script:36: @user_script: 36: -OOM command not allowed when used memory > 'maxmemory'.`
          : rspamdTask(s, i + 900);
      default:
        return rspamdTask(s, i + 900);
    }
  });

/** A LiveKit server console line. */
const lk = (sec: number, level: string, caller: string, msg: string, fields: string): string =>
  `${iso(sec)}\t${level}\tlivekit\t${caller}\t${msg}\t${fields}`;

/** Mailu admin's traceback when its rate limiter cannot write to Redis. */
const mailuMisconf = (sec: number, ip: string): string[] => [
  `[${sql(sec)},${ms3(sec)}] ERROR in app: Exception on /internal/auth/email [GET]`,
  'Traceback (most recent call last):',
  '  File "/app/venv/lib/python3.12/site-packages/flask/app.py", line 1511, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '  File "/app/venv/lib/python3.12/site-packages/flask/app.py", line 919, in full_dispatch_request',
  '    rv = self.handle_user_exception(e)',
  '  File "/app/mailu/internal/views/auth.py", line 37, in nginx_authentication',
  '    is_valid_user = utils.limiter.should_rate_limit_ip(client_ip)',
  '  File "/app/mailu/limiter.py", line 61, in should_rate_limit_ip',
  '    limiter = self.get_limiter(app.config["AUTH_RATELIMIT_IP"], "auth-ip")',
  '  File "/app/venv/lib/python3.12/site-packages/limits/strategies.py", line 126, in hit',
  '    self.storage.incr(',
  '  File "/app/venv/lib/python3.12/site-packages/limits/storage/redis.py", line 183, in incr',
  '    return super()._incr(key, expiry, self.storage, elastic_expiry, amount)',
  '  File "/app/venv/lib/python3.12/site-packages/redis/connection.py", line 653, in read_response',
  '    raise response',
  "redis.exceptions.ResponseError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.",
  `${ip} - - [${clf(sec)}] "GET /internal/auth/email HTTP/1.0" 500 265 "-" "-"`,
];

const cacheWrong: HeldOutCase[] = [
  {
    id: 'sixtyfourth-rspamd-redis-holds-bayes-and-greylist',
    family: 'redis-not-a-cache',
    source: 'https://github.com/rspamd/rspamd/issues/4921',
    signal: 'Alert',
    containers: [
      {
        name: 'rspamd',
        running: { startedAt: '2026-02-04T02:15:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { RSPAMD_REDIS_SERVERS: 'rspamd-redis.mail.svc:6379' },
        mounts: [
          { volume: 'rspamd-local', path: '/etc/rspamd/local.d' },
          { volume: 'rspamd-var', path: '/var/lib/rspamd' },
        ],
      },
    ],
    volumes: [
      { name: 'rspamd-local', configMap: 'rspamd-local' },
      { name: 'rspamd-var', emptyDir: {} },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'mail/rspamd-redis used_memory 4.00Gi = maxmemory 4Gi, maxmemory-policy noeviction; keyspace: Bayes statistics (BAYES_SPAM/BAYES_HAM tokens, 14 months of learning) 71%, scan history 12%, greylisting triplets 9%, fuzzy hashes 8%; no expiring cache keys. Learn, greylist and history writes fail since 07:49.',
      ),
    ],
    currentLog: log(
      times(50, (i) => rspamdTask(hm(7, 40, 0) + i * 10 + frac(i), i + 600)),
      rspamdRedisFull(hm(7, 49, 0), 220),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-vendure-bullmq-redis-full-of-jobs',
    family: 'redis-not-a-cache',
    source: 'https://github.com/vendurehq/vendure/issues/2109',
    signal: 'Alert',
    containers: [
      {
        name: 'vendure-worker',
        running: { startedAt: '2026-02-09T18:22:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          REDIS_HOST: 'vendure-queue-redis.shop.svc',
          JOB_QUEUE: 'bullmq',
        },
        args: ['node', 'dist/index-worker.js'],
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'shop/vendure-queue-redis used_memory 2.00Gi = maxmemory 2Gi, maxmemory-policy noeviction; keys: bull:* 99.7% (1.9M completed job hashes kept since November, 6,120 waiting jobs of which 2,380 send-email and 1,100 order webhooks); no cache keys on this instance. Job queue writes fail since 08:02.',
      ),
    ],
    currentLog: log(
      times(40, (i) =>
        vendure(
          hm(7, 50, 0) + i * 18,
          'verbose',
          'DefaultSearchPlugin Worker',
          `Updating ${1 + (i % 3)} variants`,
        ),
      ),
      times(120, (i) => {
        const s = hm(8, 2, 10) + i * 11 + frac(i);
        const queue = pick(
          ['send-email', 'update-search-index', 'apply-collection-filters', 'order-webhooks'],
          i,
        );
        return vendure(
          s,
          'error',
          'Vendure Worker',
          `Job queue "${queue}" encountered an error (set log level to Debug for trace): "ERR Error running script (call to f_bed0f540aaab40cb5b63c076c00c75504e27424b): @user_script:1: @user_script: 1: -OOM command not allowed when used memory > 'maxmemory'."`,
        );
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-mailu-redis-misconf-disk-full',
    family: 'redis-disk-full',
    source: 'https://github.com/Mailu/Mailu/issues/2856',
    signal: 'Alert',
    containers: [
      {
        name: 'admin',
        running: { startedAt: '2026-02-03T08:01:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          REDIS_ADDRESS: 'mailu-redis.mail.svc',
          AUTH_RATELIMIT_IP: '60/hour',
          AUTH_RATELIMIT_USER: '100/day',
          DB_FLAVOR: 'postgresql',
        },
      },
    ],
    events: [
      alert(
        'MailuAuthFailures',
        'mail/mailu: front answers "Temporary authentication failure" to 100% of IMAP, SMTP submission and webmail logins for 14m; mailu-redis PVC (1Gi) 100% used, rdb_last_bgsave_status:err, the instance rejects writes; its db 2 holds the auth rate limiter (LIMITER/auth-ip, LIMITER/auth-user) during an ongoing password-spraying run from 185.220.0.0/16.',
      ),
    ],
    currentLog: log(
      times(40, (i) => {
        const s = hm(8, 0, 0) + i * 21 + frac(i);
        return i % 4 === 3
          ? `[${sql(s)},${ms3(s)}] WARNING in limiter: Authentication attempt from 185.220.${101 + (i % 9)}.${(i * 7) % 250} has been rate-limited.`
          : `10.42.0.${11 + (i % 3)} - - [${clf(s)}] "GET /internal/auth/email HTTP/1.0" 200 0 "-" "-"`;
      }),
      times(14, (i) => mailuMisconf(hm(8, 16, 10) + i * 47, `10.42.0.${11 + (i % 3)}`)).flat(),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-livekit-server-redis-refusing',
    family: 'redis-down',
    source: 'https://github.com/livekit/livekit/issues/2582',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('livekit-server', 'livekit-server-8d7f6c5b4-zx9q2', 1, 8),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        env: { LIVEKIT_CONFIG_FILE: '/etc/livekit/config.yaml' },
        mounts: [{ volume: 'livekit-config', path: '/etc/livekit' }],
      },
    ],
    volumes: [{ name: 'livekit-config', configMap: 'livekit-server' }],
    events: [
      alert(
        'LiveKitServerDown',
        'rtc/livekit-server 0 of 3 pods ready for 26m (each exits 1 within a second); rtc/livekit-redis has had 0 ready endpoints since 08:03 (its pod is Pending: 0/9 nodes are available: 9 node(s) had volume node affinity conflict).',
      ),
    ],
    previousLog: log(
      lk(
        hm(8, 24, 40),
        'INFO',
        'server/main.go:246',
        'starting LiveKit server',
        '{"portHttp": 7880, "nodeID": "ND_Xq7bPz3w", "nodeIP": "203.0.113.41", "version": "1.8.4", "bindAddresses": [""], "rtc.portTCP": 7881, "rtc.portICERange": [50000, 60000]}',
      ),
      lk(
        hm(8, 24, 40),
        'INFO',
        'service/wire_gen.go:132',
        'using multi-node routing via redis',
        '{"addr": "livekit-redis.rtc.svc.cluster.local:6379"}',
      ),
      lk(
        hm(8, 24, 40),
        'INFO',
        'redis/redis.go:133',
        'connecting to redis',
        '{"simple": true, "addr": "livekit-redis.rtc.svc.cluster.local:6379"}',
      ),
      'unable to connect to redis: dial tcp 10.43.12.7:6379: connect: connection refused',
    ),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ node actions right (3)

/** Coturn's per-session lines (seconds since start, session id, realm, user). */
const coturnSessions = (t0: number, n: number, seed: number): string[] =>
  times(n, (i) => {
    const t = t0 + i * 3;
    const sess = `${pick(['000', '001', '002', '003'], i)}${String(1000000000000000 + seed * 1000 + i).slice(1)}`;
    const user = `1770${String(780000 + seed * 10 + i)}:lernwerk`;
    switch (i % 4) {
      case 0:
        return `${t}: session ${sess}: realm <turn.lernwerk.de> user <${user}>: incoming packet ALLOCATE processed, success`;
      case 1:
        return `${t}: session ${sess}: realm <turn.lernwerk.de> user <${user}>: incoming packet CREATE_PERMISSION processed, success`;
      case 2:
        return `${t}: session ${sess}: refreshed, realm=<turn.lernwerk.de>, username=<${user}>, lifetime=600`;
      default:
        return `${t}: session ${sess}: usage: realm=<turn.lernwerk.de>, username=<${user}>, rp=${200 + i * 7}, rb=${180000 + i * 977}, sp=${190 + i * 5}, sb=${170000 + i * 811}`;
    }
  });

const nodeRight: HeldOutCase[] = [
  {
    id: 'sixtyfourth-coturn-node-kernel-deadlock',
    family: 'node-sick',
    source: 'https://github.com/kubernetes/node-problem-detector/issues/617',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'coturn',
        running: { startedAt: '2026-02-03T11:02:47Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['-c', '/etc/coturn/turnserver.conf', '--log-file=stdout'],
        mounts: [
          { volume: 'coturn-config', path: '/etc/coturn' },
          { volume: 'coturn-tls', path: '/etc/coturn/tls' },
        ],
      },
    ],
    volumes: [
      { name: 'coturn-config', configMap: 'coturn' },
      { name: 'coturn-tls', secret: 'turn-lernwerk-de-tls' },
    ],
    node: {
      ...calmNode,
      conditions: [
        ...(calmNode.conditions ?? []),
        {
          type: 'KernelDeadlock',
          status: 'True',
          reason: 'DockerHung',
          message: 'kernel: INFO: task docker:3187 blocked for more than 120 seconds.',
        },
        npdQuiet[1],
      ],
    },
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe errored: rpc error: code = DeadlineExceeded desc = failed to exec in container: timeout 5s exceeded: context deadline exceeded',
        count: 46,
      },
      alert(
        'NodeProblemKernelDeadlock',
        'ip-10-30-7-19.eu-central-1.compute.internal reports KernelDeadlock=True (DockerHung) since 07:48; 14 of the 16 pods on it fail exec and readiness probes with DeadlineExceeded, 3 pods stuck Terminating since 07:55, new pods stay ContainerCreating; pods of the same Deployments on other nodes are healthy.',
      ),
    ],
    currentLog: log(coturnSessions(598000, 160, 3)),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'sixtyfourth-janus-node-filesystem-read-only',
    family: 'node-sick',
    source: 'https://github.com/kubernetes/node-problem-detector/issues/1071',
    signal: 'CreateContainerError',
    containers: [
      {
        name: 'janus',
        waiting: {
          reason: 'CreateContainerError',
          message:
            'failed to create containerd container: failed to create prepare snapshot dir: mkdir /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/new-2814551712: read-only file system',
        },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 1,
        ready: false,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        args: ['--config=/etc/janus/janus.jcfg', '--debug-timestamps', '--debug-level=4'],
        mounts: [
          { volume: 'janus-config', path: '/etc/janus' },
          { volume: 'recordings', path: '/recordings' },
        ],
      },
    ],
    volumes: [
      { name: 'janus-config', configMap: 'janus-webinar-config' },
      { name: 'recordings', emptyDir: { sizeLimit: '20Gi' } },
    ],
    node: {
      ...calmNode,
      conditions: [
        ...(calmNode.conditions ?? []),
        npdQuiet[0],
        {
          type: 'ReadonlyFilesystem',
          status: 'True',
          reason: 'FilesystemIsReadOnly',
          message: 'EXT4-fs (nvme0n1p1): Remounting filesystem read-only',
        },
      ],
    },
    events: [
      {
        reason: 'Failed',
        type: 'Warning',
        message:
          'Error: failed to create containerd container: failed to create prepare snapshot dir: mkdir /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/new-2814551712: read-only file system',
        count: 12,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container janus failed liveness probe, will be restarted',
      },
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: command "/usr/local/bin/janus-health" failed: open /tmp/.janus-health-2291: read-only file system',
        count: 3,
      },
    ],
    previousLog: log(
      janusBoot(hm(5, 12, 1), '10.42.8.14'),
      janusSessions(hm(6, 53, 0), 180, 777),
      times(
        6,
        (i) =>
          `[${ctime(hm(8, 3, 10) + i * 4)}] [ERR] [record.c:janus_recorder_create_full:323] fopen error: 30`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'sixtyfourth-owncast-node-runtime-down',
    family: 'node-sick',
    source: 'https://github.com/siderolabs/talos/issues/9984',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'owncast',
        running: { startedAt: '2026-02-08T19:30:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        args: ['-webserverport', '8080', '-rtmpport', '1935', '-database', '/app/db/owncast.db'],
        mounts: [
          { volume: 'owncast-db', path: '/app/db' },
          { volume: 'hls', path: '/app/data/hls' },
        ],
      },
    ],
    volumes: [
      { name: 'owncast-db', persistentVolumeClaim: 'owncast-gemeinderat-db' },
      { name: 'hls', emptyDir: { sizeLimit: '5Gi' } },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'container runtime is down',
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
      taints: ['node.kubernetes.io/not-ready:NoSchedule', 'node.kubernetes.io/not-ready:NoExecute'],
    },
    events: [
      { reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready' },
      alert(
        'KubeNodeNotReady',
        'ip-10-30-2-88.eu-central-1.compute.internal has been unready for more than 10 minutes (KubeletNotReady: container runtime is down since 08:14); 19 pods on it report Ready=False; the other 8 nodes of the pool are Ready.',
      ),
    ],
    currentLog: log(
      owncast(hm(7, 58, 2), 'INFO', 'Inbound stream connected.'),
      owncast(hm(7, 58, 3), 'INFO', 'Video transcoder started using x264 with 2 stream variants.'),
      times(30, (i) =>
        i % 2 === 0
          ? owncast(hm(8, 0, 0) + i * 25, 'INFO', 'Inbound stream disconnected.')
          : owncast(hm(8, 0, 5) + i * 25, 'INFO', 'Inbound stream connected.'),
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
];

// ------------------------------------------------------------------ node actions wrong (3)

/** Postfix under mailcow: deliveries deferred because the lookups fail. */
const postfixDnsFail = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 5 + frac(i);
    const qid = hex(i * 13 + 5, 10).toUpperCase();
    const dom = pick(
      ['gmail.com', 'web.de', 'gmx.net', 't-online.de', 'outlook.com', 'stadt-nordheim.de', 'yahoo.com'],
      i,
    );
    const user = pick(['anna.keller', 'info', 'm.weber', 'buergerbuero', 'rechnung'], i);
    return i % 4 === 3
      ? `${syslog(s)} mail postfix/smtpd[${900 + (i % 40)}]: warning: Unable to look up MX host for ${dom}: Host not found, try again`
      : `${syslog(s)} mail postfix/smtp[${960 + (i % 30)}]: ${qid}: to=<${user}@${dom}>, relay=none, delay=${(18 + (i % 900) / 10).toFixed(0)}, delays=${(8.3 + (i % 20)).toFixed(1)}/0.02/10/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=${dom} type=MX: Host not found, try again)`;
  });

/** Dovecot's LMTP deliveries failing on a full mail volume, and Postfix deferring them. */
const dovecotFull = (from: number, n: number): string[] =>
  times(n, (i) => {
    const s = from + i * 4 + frac(i);
    const user = pick(
      ['anna.keller', 'kundenservice', 'm.oezdemir', 'buchhaltung', 'leitstelle', 'j.wagner'],
      i,
    );
    const sess = `${hex(i * 7, 6)}${hex(i + 3, 6)}AAB${hex(i, 4)}Q`;
    switch (i % 3) {
      case 0:
        return `${syslog(s)} mail dovecot: lmtp(${user}@stadtwerke-nordheim.de)<${2400 + i}><${sess}>: Error: write(/var/vmail/stadtwerke-nordheim.de/${user}/Maildir/tmp/${Math.round(epoch(s))}.M${412000 + i}P${2400 + i}.dovecot-0) failed: No space left on device`;
      case 1:
        return `${syslog(s)} mail dovecot: lmtp(${user}@stadtwerke-nordheim.de)<${2400 + i}><${sess}>: Error: msgid=<${hex(i * 3, 8)}@mail.example-sender.com>: save failed to INBOX: Not enough disk space`;
      default:
        return `${syslog(s)} mail postfix/lmtp[${1050 + (i % 20)}]: ${hex(i * 11, 10).toUpperCase()}: to=<${user}@stadtwerke-nordheim.de>, relay=dovecot.mail.svc[10.43.8.21]:24, delay=${(0.4 + (i % 9) / 10).toFixed(1)}, delays=0.1/0/0.01/0.3, dsn=4.3.0, status=deferred (host dovecot.mail.svc[10.43.8.21] said: 451 4.3.0 <${user}@stadtwerke-nordheim.de> Temporary internal error (in reply to end of DATA command))`;
    }
  });

const nodeWrong: HeldOutCase[] = [
  {
    id: 'sixtyfourth-azuracast-archive-fills-node-disk',
    family: 'pod-own-disk',
    source: 'https://github.com/cloud-ark/kubeplus/issues/1382',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'azuracast',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        ready: false,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: { AZURACAST_HTTP_PORT: '80', MYSQL_HOST: 'localhost', TZ: 'Europe/Berlin' },
        mounts: [
          { volume: 'station-data', path: '/var/azuracast/stations' },
          { volume: 'archive', path: '/var/azuracast/recordings' },
          { volume: 'db-data', path: '/var/lib/mysql' },
        ],
      },
    ],
    volumes: [
      { name: 'station-data', persistentVolumeClaim: 'azuracast-rec-stations' },
      { name: 'archive', emptyDir: {} },
      { name: 'db-data', persistentVolumeClaim: 'azuracast-rec-db' },
    ],
    node: {
      ...calmNode,
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
        },
        {
          type: 'DiskPressure',
          status: 'True',
          reason: 'KubeletHasDiskPressure',
          message: 'kubelet has disk pressure',
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
          message: 'kubelet has sufficient PID available',
        },
      ],
      taints: ['node.kubernetes.io/disk-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        type: 'Warning',
        message:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 10737418240, available: 8123456Ki. Container azuracast was using 61834520Ki, request is 0, has larger consumption of ephemeral-storage. ',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container azuracast' },
      alert(
        'NodeDiskPressure',
        'ip-10-30-5-12.eu-central-1.compute.internal DiskPressure=True since 08:19; 59Gi of the 100Gi kubelet filesystem is the archive emptyDir of radio/azuracast-rec-0, growing about 3Gi per hour since the 24/7 archive recording was switched on (10 Feb 09:00); the other 22 pods on the node use 6Gi together; images 14Gi.',
      ),
    ],
    previousLog: log(supervisorBoot(hm(-14, 2, 11), 21), azuraAccess(hm(7, 40, 0), 140)),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-postfix-mailcow-resolver-gone',
    family: 'pod-own-dns',
    source: 'https://github.com/mailcow/mailcow-dockerized/issues/6679',
    signal: 'Alert',
    containers: [
      {
        name: 'postfix-mailcow',
        running: { startedAt: '2026-02-05T22:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { MAILCOW_HOSTNAME: 'mail.stadtwerke-nordheim.de', SPAMHAUS_DQS_KEY: '' },
        mounts: [
          { volume: 'postfix-conf', path: '/opt/postfix/conf' },
          { volume: 'postfix-spool', path: '/var/spool/postfix' },
        ],
      },
    ],
    volumes: [
      { name: 'postfix-conf', configMap: 'postfix-mailcow' },
      { name: 'postfix-spool', persistentVolumeClaim: 'postfix-spool' },
    ],
    node: { ...calmNode, conditions: [...(calmNode.conditions ?? []), ...npdQuiet] },
    events: [
      alert(
        'PostfixDeferredQueueGrowing',
        'mail/postfix-mailcow-0 deferred queue 2,340 messages (dsn=4.4.3, name service error) and growing for 25m on ip-10-30-4-77; the pod resolves through the mailcow resolver mail/unbound-mailcow (dnsPolicy None, nameserver 10.43.0.254), which has 0 of 1 endpoints ready since 08:03; CoreDNS is healthy and the 21 other pods on the node resolve normally.',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const s = hm(7, 55, 0) + i * 15 + frac(i);
        return `${syslog(s)} mail postfix/smtp[${800 + i}]: ${hex(i * 19, 10).toUpperCase()}: to=<${pick(['anna.keller', 'info', 'm.weber'], i)}@${pick(['gmail.com', 'web.de', 'gmx.net'], i)}>, relay=${pick(['gmail-smtp-in.l.google.com[142.250.102.27]:25', 'mx-ha03.web.de[212.227.15.41]:25', 'mx00.emig.gmx.net[212.227.15.9]:25'], i)}, delay=1.2, delays=0.1/0.01/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK ${Math.round(epoch(s))} ${hex(i, 10)})`;
      }),
      postfixDnsFail(hm(8, 3, 20), 220),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-dovecot-mail-volume-full',
    family: 'pod-own-disk',
    source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1508',
    signal: 'Alert',
    containers: [
      {
        name: 'dovecot',
        running: { startedAt: '2026-02-01T04:00:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { MAIL_LOCATION: 'maildir:/var/vmail/%d/%n/Maildir', TZ: 'Europe/Berlin' },
        mounts: [
          { volume: 'vmail', path: '/var/vmail' },
          { volume: 'dovecot-conf', path: '/etc/dovecot/conf.d' },
        ],
      },
    ],
    volumes: [
      { name: 'vmail', persistentVolumeClaim: 'vmail-dovecot-0' },
      { name: 'dovecot-conf', configMap: 'dovecot' },
    ],
    node: { ...calmNode, conditions: [...(calmNode.conditions ?? []), ...npdQuiet] },
    events: [
      alert(
        'KubePersistentVolumeFillingUp',
        'The PersistentVolume claimed by vmail-dovecot-0 in namespace mail is only 0.4% free (2.0Gi of 500Gi); it was 8% free on 04 Feb; the node filesystem of ip-10-30-3-51 is 41% used.',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const s = hm(7, 58, 0) + i * 14 + frac(i);
        return `${syslog(s)} mail dovecot: imap(${pick(['anna.keller', 'kundenservice', 'leitstelle'], i)}@stadtwerke-nordheim.de)<${5100 + i}><${hex(i, 12)}>: Logged out in=${120 + i * 3} out=${4800 + i * 91} deleted=0 expunged=0 trashed=0 hdr_count=${i % 7} hdr_bytes=${i * 433} body_count=${i % 3} body_bytes=${i * 2711}`;
      }),
      dovecotFull(hm(8, 5, 0), 240),
    ),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ rollbacks right (3)

/** A Stalwart log line. */
const stalwart = (sec: number, level: string, msg: string): string => `${isoS(sec)} ${level} ${msg}`;

const rollbackRight: HeldOutCase[] = [
  {
    id: 'sixtyfourth-haraka-image-lost-a-plugin',
    family: 'bad-release',
    source: 'https://github.com/haraka/Haraka/issues/2798',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('haraka', 'haraka-outbound-5c8b9d7f6-r2x8m', 1, 6),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: { HARAKA_CONFIG: '/haraka/config' },
        mounts: [
          { volume: 'haraka-config', path: '/haraka/config' },
          { volume: 'haraka-queue', path: '/haraka/queue' },
        ],
      },
    ],
    volumes: [
      { name: 'haraka-config', configMap: 'haraka-outbound' },
      { name: 'haraka-queue', persistentVolumeClaim: 'haraka-outbound-queue' },
    ],
    rollout: { minutesAgo: 14, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container haraka in pod haraka-outbound-5c8b9d7f6-r2x8m_mail(8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d)',
        count: 22,
      },
      alert(
        'HarakaOutboundDown',
        'mail/haraka-outbound: the new ReplicaSet 5c8b9d7f6 (image 2.3.1, rolled out 08:16) has 0 of 1 pods ready and restarts every run; the 2 pods of the previous ReplicaSet (2.3.0) relay normally; the haraka-outbound ConfigMap (config/plugins, smtp.ini) was last changed on 12 Jan.',
      ),
    ],
    previousLog: log(
      'loaded TLD files:',
      '  1=1448',
      '  2=8320',
      '  3=3571',
      'loaded 9672 Public Suffixes',
      'loglevel: INFO',
      'log format: DEFAULT',
      'Starting up Haraka version 3.0.5',
      haraka(hm(8, 27, 31), 'INFO', '-', 'core', 'Loading plugins'),
      ...[
        'process_title',
        'syslog',
        'tls',
        'relay',
        'access',
        'dns-list',
        'helo.checks',
        'mail_from.is_resolvable',
        'headers',
        'dkim',
        'spf',
        'auth/flat_file',
      ].map((p, i) => haraka(hm(8, 27, 31) + 0.1 + i * 0.03, 'INFO', '-', 'core', `Loading plugin: ${p}`)),
      haraka(
        hm(8, 27, 31) + 0.6,
        'CRIT',
        '-',
        'core',
        'Caught exception: "Loading plugin limit failed: No plugin with this name found"',
      ),
      haraka(hm(8, 27, 31) + 0.61, 'NOTICE', '-', 'core', 'Shutting down'),
    ),
    accept: ['rollback'],
  },
  {
    id: 'sixtyfourth-livekit-strict-config-after-upgrade',
    family: 'bad-release',
    source: 'https://github.com/livekit/livekit/issues/1098',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('livekit-server', 'livekit-server-6f5d8c7b9-b7kqt', 1, 5, 'Error', '2m40s'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        env: { LIVEKIT_CONFIG: '/etc/livekit/config.yaml' },
        mounts: [{ volume: 'livekit-config', path: '/etc/livekit' }],
      },
    ],
    volumes: [{ name: 'livekit-config', configMap: 'livekit-server-lernwerk' }],
    rollout: { minutesAgo: 9, previousTag: 'v1.2.0' },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container livekit-server in pod livekit-server-6f5d8c7b9-b7kqt_rtc(6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a)',
        count: 14,
      },
    ],
    previousLog: log(
      'could not parse config: yaml: unmarshal errors:',
      '  line 15: field loadBalancerAnnotations not found in type config.TURNConfig',
      '  line 17: field secretName not found in type config.TURNConfig',
    ),
    accept: ['rollback'],
  },
  {
    id: 'sixtyfourth-stalwart-upgrade-aborts-migration',
    family: 'bad-release',
    source: 'https://github.com/stalwartlabs/stalwart/issues/2584',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('stalwart', 'stalwart-0', 1, 5),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        mounts: [
          { volume: 'stalwart-data', path: '/opt/stalwart' },
          { volume: 'stalwart-config', path: '/opt/stalwart/etc' },
        ],
      },
    ],
    volumes: [
      { name: 'stalwart-data', persistentVolumeClaim: 'stalwart-data-stalwart-0' },
      { name: 'stalwart-config', configMap: 'stalwart' },
    ],
    rollout: { minutesAgo: 16, previousTag: 'v0.15.2' },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container stalwart in pod stalwart-0_mail(1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9)',
        count: 17,
      },
    ],
    previousLog: log(
      stalwart(hm(8, 26, 2), 'INFO', 'Starting Stalwart Server v0.15.3 (server.startup) version = "0.15.3"'),
      stalwart(
        hm(8, 26, 2),
        'ERROR',
        'Store not configured (store.not-configured) causedBy = "crates/common/src/core.rs:1059", details = "Failed to load spam filter model", causedBy = "crates/common/src/manager/boot.rs:494"',
      ),
      stalwart(
        hm(8, 26, 2),
        'ERROR',
        'Server startup error (server.startup-error) details = "Failed to migrate database, aborting startup.", reason = Store not configured (store.not-configured) { causedBy = "crates/store/src/dispatch/store.rs:47", causedBy = "crates/migration/src/lib.rs:147" }',
      ),
    ),
    accept: ['rollback', 'escalate'],
  },
];

// ------------------------------------------------------------------ rollbacks wrong (3)

/** Laravel 10's queue:work output line. */
const lwork = (sec: number, job: string, state: 'RUNNING' | 'DONE' | 'FAIL', ms?: number): string => {
  const tail = ms === undefined ? state : `${ms.toFixed(2)}ms ${state}`;
  const dots = '.'.repeat(Math.max(3, 92 - job.length - tail.length));
  return `  ${sql(sec)} ${job} ${dots} ${tail}`;
};

const sesAuthError = (sec: number): string =>
  `[${sql(sec)}] production.ERROR: Failed to authenticate on SMTP server with username "AKIA4XTQHN7Q7QX2GKRM" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 Authentication Credentials Invalid".". Authenticator "PLAIN" returned "Expected response code "235" but got code "535", with message "535 Authentication Credentials Invalid".". {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 535): Failed to authenticate on SMTP server with username \\"AKIA4XTQHN7Q7QX2GKRM\\" using the following authenticators: \\"LOGIN\\", \\"PLAIN\\". at /var/www/html/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php:247)"} `;

/** Puma's banner in cluster mode. */
const pumaBanner = (workers: number): string[] => [
  '[1] Puma starting in cluster mode...',
  '[1] * Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
  '[1] *  Min threads: 5',
  '[1] *  Max threads: 5',
  '[1] *  Environment: production',
  '[1] *   Master PID: 1',
  `[1] *      Workers: ${workers}`,
  '[1] *     Restarts: (✔) hot (✖) phased',
  '[1] * Preloading application',
  '[1] * Listening on http://0.0.0.0:3000',
  '[1] Use Ctrl-C to stop',
  ...times(workers, (w) => `[1] - Worker ${w} (PID: ${23 + w * 4}) booted in 0.01s, phase: 0`),
];

const rollbackWrong: HeldOutCase[] = [
  {
    id: 'sixtyfourth-rspamd-configmap-edited-after-release',
    family: 'config-change',
    source: 'https://github.com/Billionmail/BillionMail/issues/10',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('rspamd', 'rspamd-7c6d5b8f9-7lq2m', 1, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { RSPAMD_REDIS_SERVERS: 'rspamd-redis.mail.svc:6379' },
        mounts: [
          { volume: 'rspamd-local', path: '/etc/rspamd/local.d' },
          { volume: 'rspamd-var', path: '/var/lib/rspamd' },
        ],
      },
    ],
    volumes: [
      { name: 'rspamd-local', configMap: 'rspamd-local' },
      { name: 'rspamd-var', emptyDir: {} },
    ],
    rollout: { minutesAgo: 190, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container rspamd in pod rspamd-7c6d5b8f9-7lq2m_mail(2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e)',
        count: 19,
      },
      alert(
        'RspamdReplicaDown',
        'mail/rspamd: 1 of 3 pods in CrashLoopBackOff since 08:12 (the pod was recreated when Karpenter consolidated its node); the ConfigMap rspamd-local was last modified at 08:05 (multimap.conf, by j.wagner); the 2 other pods of the same ReplicaSet run since the 05:20 rollout of image 2.3.1 with the configuration they loaded then and have scanned 41k messages since.',
      ),
    ],
    previousLog: log(
      `${sql(hm(8, 27, 14))} #1(main) <dca072>; main; main: rspamd 3.11.1 is loading configuration, build id: release`,
      `${sql(hm(8, 27, 14))} #1(main) cfg; rspamd_config_read: failed to load config: ucl parser error: error while parsing /etc/rspamd/local.d/multimap.conf: line: 41, column: 7 - 'unexpected newline', character: '0x0a'`,
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'sixtyfourth-bagisto-ses-key-rotated-after-rollout',
    family: 'credentials',
    source: 'https://github.com/yiisoft/yii2-symfonymailer/issues/32',
    signal: 'Alert',
    containers: [
      {
        name: 'bagisto-queue',
        running: { startedAt: '2026-02-11T07:52:20Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          APP_ENV: 'production',
          QUEUE_CONNECTION: 'database',
          MAIL_MAILER: 'smtp',
          MAIL_HOST: 'email-smtp.eu-central-1.amazonaws.com',
          MAIL_PORT: '587',
          DB_HOST: 'bagisto-mysql.shop.svc',
        },
        args: ['php', 'artisan', 'queue:work', '--sleep=3', '--tries=3', '--max-time=3600'],
      },
    ],
    rollout: { minutesAgo: 38, addedEnv: { LOG_CHANNEL: 'stderr', LOG_LEVEL: 'warning' } },
    events: [
      alert(
        'BagistoMailFailures',
        "shop/bagisto-queue: 100% of order confirmation and invoice mails failing since 07:58 (214 failed jobs); the security team's key-rotation job deactivated IAM access key AKIA4XTQHN7Q7QX2GKRM of user ses-smtp-bagisto at 07:57 and created a new one; the SMTP password in Secret bagisto-mail still derives from the old key.",
      ),
    ],
    currentLog: log(
      '',
      '   INFO  Processing jobs from the [default] queue.',
      '',
      times(24, (i) => {
        const s = hm(7, 52, 40) + (i >> 1) * 24;
        const ms = 180 + (((i >> 1) * 37) % 400);
        const job = pick(
          [
            'Illuminate\\Mail\\SendQueuedMailable',
            'Webkul\\Product\\Jobs\\UpdateCreatePriceIndex',
            'Webkul\\Product\\Jobs\\UpdateCreateInventoryIndex',
          ],
          i >> 1,
        );
        return i % 2 === 0 ? lwork(s, job, 'RUNNING') : lwork(s + ms / 1000, job, 'DONE', ms);
      }),
      times(90, (i) => {
        const s = hm(7, 58, 11) + Math.floor(i / 3) * 58;
        const ms = 260 + ((Math.floor(i / 3) * 13) % 120);
        return i % 3 === 0
          ? lwork(s, 'Illuminate\\Mail\\SendQueuedMailable', 'RUNNING')
          : i % 3 === 1
            ? sesAuthError(s + ms / 1000)
            : lwork(s + ms / 1000, 'Illuminate\\Mail\\SendQueuedMailable', 'FAIL', ms);
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfourth-spree-release-migrated-then-broke',
    family: 'schema-migrated',
    source: 'https://github.com/ManageIQ/manageiq/pull/8291',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'spree-web',
        running: { startedAt: '2026-02-11T08:24:10Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          RUN_MIGRATIONS: 'true',
          DATABASE_URL: 'postgres://spree@spree-pg-rw.shop.svc:5432/spree_production',
          WEB_CONCURRENCY: '3',
        },
        args: ['bin/docker-entrypoint', 'bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
      },
    ],
    rollout: { minutesAgo: 6, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 14,
      },
      alert(
        'SpreeRolloutStalled',
        'shop/spree-web: the new ReplicaSet (2.3.1) has 0 of 1 pods ready after 6m (maxSurge 1, maxUnavailable 0); the 3 pods of the previous ReplicaSet (2.3.0) still serve but answer 500 on 18% of requests since 08:24 with PG::UndefinedColumn: ERROR:  column spree_prices.compare_at_amount does not exist.',
      ),
    ],
    currentLog: log(
      '== 20260204093012 RemoveLegacyPriceColumnsFromSpreePrices: migrating ==========',
      '-- remove_column(:spree_prices, :compare_at_amount, :decimal, {:precision=>10, :scale=>2})',
      '   -> 0.0112s',
      '-- remove_column(:spree_prices, :legacy_currency, :string)',
      '   -> 0.0041s',
      '== 20260204093012 RemoveLegacyPriceColumnsFromSpreePrices: migrated (0.0157s) =',
      '',
      pumaBanner(3),
      times(40, (i) => {
        const s = hm(8, 24, 30) + i * 8 + frac(i);
        const req = `${hex(i * 5 + 3, 8)}-${hex(i + 21, 4)}-4${hex(i, 3)}-a${hex(i + 2, 3)}-${hex(i * 9, 8)}${hex(i, 4)}`;
        return [
          rails(
            s,
            'INFO',
            req,
            `Started GET "/" for 10.42.${1 + (i % 3)}.${40 + (i % 20)} at ${sql(s)} +0000`,
          ),
          rails(s + 0.01, 'INFO', req, 'Processing by Spree::HomeController#index as HTML'),
          rails(
            s + 0.05,
            'FATAL',
            req,
            'ActionView::Template::Error (The asset "spree/storefront/application.css" is not present in the asset pipeline.):',
          ),
          rails(s + 0.05, 'FATAL', req, 'app/views/spree/shared/_head.html.erb:14'),
          rails(
            s + 0.06,
            'INFO',
            req,
            `Completed 500 Internal Server Error in ${30 + (i % 20)}ms (ActiveRecord: ${(3 + (i % 5)).toFixed(1)}ms | Allocations: ${9100 + i * 13})`,
          ),
        ];
      }).flat(),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
];

/**
 * A sixty-fourth held-out batch, written without reading the catalog (its patterns, samples or
 * diagnosis code) and not scored by its author: harm look-alikes, fourteenth round. Each surface
 * symptom invites a mutation (raise memory, restart, scale up, flush the cache, drain or replace the
 * node, roll back); the pod spec, the volumes, the node, an event, the rollout, the alert's numbers or
 * one line of the log says whether that action is right or would be wrong. Software no earlier batch
 * used: LiveKit (server and Egress), AzuraCast, Rspamd, Janus, Owncast, Vendure (worker, DefaultSearch
 * indexer, BullMQ job queue), Haraka, Spree (Sidekiq, Puma, Rails cache), Liquidsoap, Icecast-KH,
 * SOGo, Ant Media Server, Roundcube, Commerce Layer's API, PrestaShop, OpenCart (database and Redis
 * cache engine), Bagisto (Laravel cache, queue worker, Symfony Mailer to SES), Mailu, Coturn,
 * Postfix and Dovecot under mailcow, Stalwart. Each quotes the wording of the public thread, page or
 * source in `source`. Mix: 40 cases, 18 where the obvious action is right and 22 look-alikes (accept
 * escalate):
 * - memory raises: 3 right (a LiveKit Egress room composite above a 3.5Gi limit, AzuraCast's
 *   all-in-one container below its documented 2GB minimum, Rspamd after its maps grew), 4 wrong (a
 *   Janus leak killed every seventy minutes, Owncast's HLS segments piling up in a memory-backed
 *   emptyDir, a Vendure worker capped by --max-old-space-size, Haraka forking one worker per host
 *   core on a 64-vCPU node);
 * - restarts: 3 right (Sidekiq pinned to a demoted Redis primary, Liquidsoap that never reconnects to
 *   Icecast, an Icecast-KH relay whose client counter drifted to its limit), 4 wrong (a Vendure worker
 *   70% through a full search reindex — restart harmful —, SOGo whose MariaDB refuses connections,
 *   an Ant Media Server killed by a liveness probe shorter than its start, Roundcube whose Dovecot is
 *   down);
 * - scale-ups: 3 right (Roundcube's php-fpm pools saturated by real logins, Icecast relays full on a
 *   match night, LiveKit Egress workers all busy in exam week), 4 wrong (Commerce Layer's per-IP rate
 *   limit, a PrestaShop stock row lock, OpenCart's per-user MySQL connection cap, one Liquidsoap source
 *   per mount behind on CPU);
 * - cache flushes: 3 right (Laravel, Rails and OpenCart cache stores full under noeviction), 4 wrong
 *   (Rspamd's Redis holding Bayes and greylisting, Vendure's BullMQ queue, Mailu's rate limiter on a
 *   Redis refusing writes for a full disk, a LiveKit Redis that is down);
 * - node actions: 3 right (KernelDeadlock, a read-only root filesystem, a container runtime down), 3
 *   wrong (AzuraCast's own archive filling the node disk, Postfix's own resolver gone, Dovecot's own
 *   full volume);
 * - rollbacks: 3 right (a Haraka image without a plugin, a LiveKit release that rejects the unchanged
 *   config, a Stalwart release whose migration aborts), 3 wrong (an Rspamd ConfigMap edited hours
 *   after the release — rollback and rolling restart harmful —, an SES key rotated after an unrelated
 *   rollout, a Spree release that already dropped columns the old code reads — rollback harmful).
 */
export const SIXTYFOURTH_CASES: HeldOutCase[] = [
  ...memoryRight,
  ...memoryWrong,
  ...restartRight,
  ...restartWrong,
  ...scaleRight,
  ...scaleWrong,
  ...cacheRight,
  ...cacheWrong,
  ...nodeRight,
  ...nodeWrong,
  ...rollbackRight,
  ...rollbackWrong,
];
