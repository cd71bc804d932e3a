import type { HeldOutCase, HeldOutContainer, HeldOutEvent, HeldOutNode } from './case.ts';
import { log } from './case.ts';

/** `n` items made from their index: the polls, probe hits and access lines a busy pod repeats. */
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** Midnight UTC at the start of 2026-02-11, the day every case is read (at 08:30:00Z). */
const DAY = Date.UTC(2026, 1, 11);
/** Seconds from midnight on the 11th to `h:m:s` (a negative `h` reaches into the 10th). */
const hm = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;
/** The instant `sec` seconds after midnight on the 11th. */
const at = (sec: number): Date => new Date(DAY + Math.round(sec * 1000));
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
/** `11/Feb/2026:08:12:03 +0000`, as nginx and Apache write it. */
const clf = (sec: number): string => {
  const d = at(sec);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${hms(sec)} +0000`;
};
/** Epoch seconds of `sec`. */
const epoch = (sec: number): number => (DAY + sec * 1000) / 1000;
/** A sub-second offset that changes with `i`, so repeated lines do not share a timestamp. */
const frac = (i: number): number => ((i * 613 + 97) % 1000) / 1000;
/** The `i`-th item of `xs`, cycling. */
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

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

/** A container waiting out the kubelet's back-off after exiting with `exitCode` (`reason` as the runtime gave it). */
const backingOff = (
  name: string,
  pod: string,
  exitCode: number,
  restarts: number,
  reason = 'Error',
): HeldOutContainer => ({
  name,
  waiting: {
    reason: 'CrashLoopBackOff',
    message: `back-off 5m0s restarting failed container=${name} pod=${pod}`,
  },
  last: { reason, exitCode },
  restarts,
  ready: false,
});

// ------------------------------------------------------------------ memory: raises right (3)

/** NetBox's gunicorn start-up as netbox-docker prints it: migrations, static files, workers. */
const netboxBoot = (t0: number, pid: number): string[] => [
  'Operations to perform:',
  '  Apply all migrations: account, admin, auth, circuits, contenttypes, core, dcim, django_rq, extras, ipam, netbox_bgp, netbox_topology_views, sessions, social_django, taggit, tenancy, users, virtualization, vpn, wireless',
  'Running migrations:',
  '  No migrations to apply.',
  '↩️ Skip creating the superuser',
  '↩️ Skipping startup scripts',
  '',
  "0 static files copied to '/opt/netbox/netbox/static', 1187 unmodified.",
  '✅ Initialisation is done.',
  `[${sql(t0)} +0000] [${pid}] [INFO] Starting gunicorn 22.0.0`,
  `[${sql(t0)} +0000] [${pid}] [INFO] Listening at: http://0.0.0.0:8080 (${pid})`,
  `[${sql(t0)} +0000] [${pid}] [INFO] Using worker: gthread`,
  ...times(
    5,
    (w) => `[${sql(t0 + 1)} +0000] [${pid + 11 + w}] [INFO] Booting worker with pid: ${pid + 11 + w}`,
  ),
];

const netboxPaths = [
  '/api/dcim/devices/?limit=50&offset=0&site_id=14',
  '/api/ipam/prefixes/?limit=1000&vrf_id=3',
  '/api/dcim/interfaces/?device_id=2231&limit=0',
  '/api/plugins/bgp/session/?limit=200',
  '/dcim/devices/2231/',
  '/api/ipam/ip-addresses/?parent=10.40.0.0/16&limit=500',
  '/plugins/netbox_topology_views/topology/?site_id=14',
  '/api/status/',
];

const netboxAccess = (from: number, n: number): string[] =>
  times(n, (i) => {
    const path = pick(netboxPaths, i * 3 + 1);
    const agent = path.startsWith('/api')
      ? 'python-requests/2.32.3'
      : 'Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0';
    return `10.42.${3 + (i % 4)}.${17 + ((i * 7) % 60)} - - [${clf(from + i * 9 + frac(i))}] "GET ${path} HTTP/1.1" 200 ${4000 + ((i * 1931) % 90000)} "-" "${agent}"`;
  });

const memoryRight: HeldOutCase[] = [
  {
    id: 'sixtieth-netbox-web-oomkilled',
    family: 'oom-limit-too-small',
    source: 'https://github.com/fenio/homelab/pull/995',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'netbox',
        running: { startedAt: '2026-02-11T08:14:40Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          DB_HOST: 'netbox-pg-rw.netbox.svc',
          REDIS_HOST: 'netbox-valkey.netbox.svc',
          SKIP_SUPERUSER: 'true',
          SKIP_STARTUP_SCRIPTS: 'true',
          GUNICORN_CMD_ARGS: '--workers 5 --threads 3 --timeout 120',
        },
        mounts: [
          { volume: 'netbox-config', path: '/etc/netbox/config' },
          { volume: 'netbox-media', path: '/opt/netbox/netbox/media' },
        ],
      },
    ],
    volumes: [
      { name: 'netbox-config', configMap: 'netbox-config' },
      { name: 'netbox-media', persistentVolumeClaim: 'netbox-media' },
    ],
    events: [
      alert(
        'KubeContainerMemoryNearLimit',
        'container netbox of netbox/netbox-6c8d9f5b7-w4kzt uses 976Mi of its 1Gi limit (95.3%) for the last 15m. Working set over 24h: min 941Mi, p50 968Mi, max 1.0Gi; the container was OOMKilled 4 times in 6h, each time back at 950Mi+ within 3 minutes of start.',
      ),
      {
        reason: 'Pulled',
        type: 'Normal',
        message: 'Container image "ghcr.io/netbox-community/netbox:v4.1.11" already present on machine',
        count: 5,
      },
      { reason: 'Started', type: 'Normal', message: 'Started container netbox', count: 5 },
    ],
    previousLog: log(netboxBoot(hm(7, 49, 2), 1), netboxAccess(hm(7, 49, 20), 140)),
    currentLog: log(netboxBoot(hm(8, 14, 41), 1), netboxAccess(hm(8, 15, 0), 95)),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'sixtieth-komga-oomkilled-no-heap-error',
    family: 'oom-limit-too-small',
    source: 'https://github.com/gotson/komga/issues/17',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'komga',
        running: { startedAt: '2026-02-11T08:06:12Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '768Mi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-Xmx512m -XX:+UseG1GC',
          KOMGA_CONFIGDIR: '/config',
          SERVER_PORT: '25600',
        },
        mounts: [
          { volume: 'config', path: '/config' },
          { volume: 'comics', path: '/data' },
        ],
      },
    ],
    volumes: [
      { name: 'config', persistentVolumeClaim: 'komga-config' },
      { name: 'comics', persistentVolumeClaim: 'comics-library-nfs' },
    ],
    events: [
      alert(
        'ContainerMemoryWorkingSetHigh',
        'komga/komga-5b7f9c6d48-2mlqp container komga working set 751Mi / 768Mi limit (97.8%) for 20m; 7d working set p95 742Mi, flat since the 03 Feb storage migration; JVM heap used p95 341Mi of 512Mi max.',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container komga', count: 4 },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx512m -XX:+UseG1GC',
      '',
      '  _  __                 ',
      ' | |/ /___ _ __  __ _ __ _ ',
      " | ' </ _ \\ '  \\/ _` / _` |",
      ' |_|\\_\\___/_|_|_\\__, \\__,_|',
      '                |___/      ',
      '',
      'Version: 1.14.1',
      '',
      `${sql(hm(7, 31, 40))}.211  INFO 1 --- [           main] org.gotson.komga.ApplicationKt           : Starting ApplicationKt v1.14.1 using Java 21.0.5 with PID 1 (/app/application.jar started by root in /app)`,
      `${sql(hm(7, 31, 40))}.214  INFO 1 --- [           main] org.gotson.komga.ApplicationKt           : The following 1 profile is active: "docker"`,
      `${sql(hm(7, 31, 46))}.903  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 25600 (http)`,
      `${sql(hm(7, 31, 49))}.330  INFO 1 --- [           main] o.f.core.internal.command.DbValidate     : Successfully validated 112 migrations (execution time 00:00.061s)`,
      `${sql(hm(7, 31, 49))}.412  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Current version of schema "main": 20241120154112`,
      `${sql(hm(7, 31, 49))}.413  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Schema "main" is up to date. No migration necessary.`,
      `${sql(hm(7, 31, 55))}.018  INFO 1 --- [           main] o.g.k.i.scanner.LibraryContentLifecycle : Library 'Manga' (/data/manga): 18412 books, 1093 series`,
      `${sql(hm(7, 31, 55))}.021  INFO 1 --- [           main] o.g.k.i.scanner.LibraryContentLifecycle : Library 'Comics' (/data/comics): 26037 books, 2210 series`,
      `${sql(hm(7, 31, 56))}.774  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 25600 (http) with context path '/'`,
      `${sql(hm(7, 31, 56))}.801  INFO 1 --- [           main] org.gotson.komga.ApplicationKt           : Started ApplicationKt in 16.88 seconds (process running for 17.904)`,
      times(60, (i) => {
        const s = hm(7, 33, 0) + i * 31 + frac(i);
        const book = `0${(8841 + i * 17).toString(16).toUpperCase()}QW${(i * 7) % 10}`;
        return i % 2 === 0
          ? `${sql(s)}.${ms3(s)}  INFO 1 --- [     taskProcessor-${1 + (i % 4)}] o.g.komga.application.tasks.TaskHandler  : Executing task: GenerateBookThumbnail(bookId=${book}, priority=4)`
          : `${sql(s)}.${ms3(s)}  INFO 1 --- [     taskProcessor-${1 + (i % 4)}] o.g.komga.application.tasks.TaskHandler  : Task GenerateBookThumbnail(bookId=${book}, priority=4) executed in ${180 + ((i * 53) % 900)}ms`;
      }),
    ),
    currentLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx512m -XX:+UseG1GC',
      `${sql(hm(8, 6, 14))}.090  INFO 1 --- [           main] org.gotson.komga.ApplicationKt           : Starting ApplicationKt v1.14.1 using Java 21.0.5 with PID 1 (/app/application.jar started by root in /app)`,
      `${sql(hm(8, 6, 22))}.519  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Schema "main" is up to date. No migration necessary.`,
      `${sql(hm(8, 6, 30))}.644  INFO 1 --- [           main] org.gotson.komga.ApplicationKt           : Started ApplicationKt in 17.41 seconds (process running for 18.35)`,
      times(40, (i) => {
        const s = hm(8, 7, 0) + i * 29 + frac(i);
        const book = `0${(9120 + i * 13).toString(16).toUpperCase()}RT${(i * 3) % 10}`;
        return i % 2 === 0
          ? `${sql(s)}.${ms3(s)}  INFO 1 --- [     taskProcessor-${1 + (i % 4)}] o.g.komga.application.tasks.TaskHandler  : Executing task: AnalyzeBook(bookId=${book}, priority=6)`
          : `${sql(s)}.${ms3(s)}  INFO 1 --- [     taskProcessor-${1 + (i % 4)}] o.g.komga.application.tasks.TaskHandler  : Task AnalyzeBook(bookId=${book}, priority=6) executed in ${240 + ((i * 71) % 1500)}ms`;
      }),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'sixtieth-mealie-oomkilled-after-restart',
    family: 'oom-limit-too-small',
    source: 'https://github.com/mealie-recipes/mealie/pull/1758',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'mealie',
        running: { startedAt: '2026-02-11T08:17:31Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        env: {
          DB_ENGINE: 'postgres',
          POSTGRES_SERVER: 'mealie-pg-rw.food.svc',
          BASE_URL: 'https://recipes.example.org',
          ALLOW_SIGNUP: 'false',
          TZ: 'Europe/Berlin',
        },
        mounts: [{ volume: 'mealie-data', path: '/app/data' }],
      },
    ],
    volumes: [{ name: 'mealie-data', persistentVolumeClaim: 'mealie-data' }],
    events: [
      alert(
        'KubeContainerMemoryNearLimit',
        'food/mealie-7fd6c9b8d-k9x2f container mealie at 247Mi of 256Mi (96.5%). Working set since the v2 upgrade on 09 Feb: idle 228-251Mi, no upward trend within a run; OOMKilled 6 times in 24h.',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container mealie', count: 7 },
    ],
    previousLog: log(
      `INFO     ${isoS(hm(7, 52, 2)).slice(0, 19)} - Started server process [1]`,
      `INFO     ${isoS(hm(7, 52, 2)).slice(0, 19)} - Waiting for application startup.`,
      `INFO     ${isoS(hm(7, 52, 3)).slice(0, 19)} - Application startup complete.`,
      `INFO     ${isoS(hm(7, 52, 3)).slice(0, 19)} - Uvicorn running on http://0.0.0.0:9000 (Press CTRL+C to quit)`,
      times(70, (i) => {
        const s = hm(7, 53, 0) + i * 17;
        const path = pick(
          [
            '/api/recipes?page=1&perPage=30&orderBy=created_at',
            '/api/app/about',
            '/api/households/mealplans/today',
            '/api/recipes/weeknight-lentil-dal',
            '/api/users/self',
            '/api/groups/labels',
          ],
          i,
        );
        return `INFO     ${isoS(s).slice(0, 19)} - [10.42.${2 + (i % 3)}.${30 + (i % 40)}:0] 200 OK "GET ${path} HTTP/1.1"`;
      }),
      `INFO     ${isoS(hm(8, 13, 0)).slice(0, 19)} - Running scheduled task: tasks.purge_group_registration`,
      `INFO     ${isoS(hm(8, 13, 1)).slice(0, 19)} - Running scheduled task: tasks.purge_password_reset_tokens`,
    ),
    currentLog: log(
      `INFO     ${isoS(hm(8, 17, 33)).slice(0, 19)} - Started server process [1]`,
      `INFO     ${isoS(hm(8, 17, 33)).slice(0, 19)} - Waiting for application startup.`,
      `INFO     ${isoS(hm(8, 17, 34)).slice(0, 19)} - Application startup complete.`,
      `INFO     ${isoS(hm(8, 17, 34)).slice(0, 19)} - Uvicorn running on http://0.0.0.0:9000 (Press CTRL+C to quit)`,
      times(30, (i) => {
        const s = hm(8, 18, 0) + i * 19;
        return `INFO     ${isoS(s).slice(0, 19)} - [10.42.${2 + (i % 3)}.${30 + (i % 40)}:0] 200 OK "GET ${pick(['/api/app/about', '/api/recipes?page=1&perPage=30', '/api/users/self'], i)} HTTP/1.1"`;
      }),
    ),
    accept: ['raise-memory-limit'],
  },
];

// ------------------------------------------------------------------ memory: raises wrong (4)

/** An Audiobookshelf log line: `[2026-02-11 07:02:11.118] INFO: ...`. */
const abs = (sec: number, level: string, text: string): string =>
  `[${sql(sec)}.${ms3(sec)}] ${level}: ${text}`;

/** A Navidrome (logrus) line. */
const nd = (sec: number, level: string, msg: string, fields = ''): string =>
  `time="${isoS(sec)}" level=${level} msg="${msg}"${fields ? ` ${fields}` : ''}`;

/** The uWSGI banner the Nautobot web container prints before it forks anything. */
const uwsgiBanner = (sec: number, pod: string): string[] => {
  const d = at(sec);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  return [
    '[uWSGI] getting INI configuration from /opt/nautobot/uwsgi.ini',
    '[uwsgi-static] added mapping for /static => /opt/nautobot/static',
    `*** Starting uWSGI 2.0.28 (64bit) on [${day} Feb 11 ${hms(sec)} 2026] ***`,
    'compiled with version: 12.2.0 on 21 January 2026 22:01:50',
    'os: Linux-6.1.119-129.201.amzn2023.x86_64 #1 SMP PREEMPT_DYNAMIC Tue Dec  3 21:07:35 UTC 2024',
    `nodename: ${pod}`,
    'machine: x86_64',
    'clock source: unix',
    'detected number of CPU cores: 16',
    'current working directory: /opt/nautobot',
    'detected binary path: /usr/local/bin/python3.12',
    '!!! no internal routing support, rebuild with pcre support !!!',
    'your memory page size is 4096 bytes',
    ' *** WARNING: you have enabled harakiri without post buffering. Slow upload could be rejected on post-unbuffered webservers *** ',
    'detected max file descriptor number: 1073741816',
    'building mime-types dictionary from file /etc/mime.types...1545 entry found',
    'lock engine: pthread robust mutexes',
    'thunder lock: disabled (you can enable it with --thunder-lock)',
    'uWSGI http bound on 0.0.0.0:8080 fd 11',
    'uwsgi socket 0 bound to TCP address 127.0.0.1:41377 (port auto-assigned) fd 10',
    'Python version: 3.12.8 (main, Jan 14 2026, 05:22:18) [GCC 12.2.0]',
    'Python main interpreter initialized at 0x7f2b9c0a1e30',
    'python threads support enabled',
    'your server socket listen backlog is limited to 128 connections',
    'your mercy for graceful operations on workers is 60 seconds',
    'mapped 1164608 bytes (1137 KB) for 12 cores',
    '*** Operational MODE: preforking+threaded ***',
  ];
};

/** Celery's start-up banner for a Nautobot worker named `node`, with the concurrency it chose. */
const celeryBanner = (sec: number, node: string, concurrency: number): string[] => [
  ` -------------- ${node} v5.4.0 (opalescent)`,
  '--- ***** ----- ',
  `-- ******* ---- Linux-6.1.119-129.201.amzn2023.x86_64-x86_64-with-glibc2.36 ${sql(sec)}`,
  '- *** --- * --- ',
  '- ** ---------- [config]',
  '- ** ---------- .> app:         nautobot:0x7f61d2e4b5c0',
  '- ** ---------- .> transport:   redis://nautobot-redis-master:6379/0',
  '- ** ---------- .> results:     redis://nautobot-redis-master:6379/0',
  `- *** --- * --- .> concurrency: ${concurrency} (prefork)`,
  '-- ******* ---- .> task events: ON',
  '--- ***** ----- ',
  ' -------------- [queues]',
  '                .> default          exchange=default(direct) key=default',
  '',
  '[tasks]',
  '  . nautobot.core.celery.backends.NautobotDatabaseBackend',
  '  . nautobot.extras.jobs.run_job',
  '  . nautobot.extras.tasks.delete_custom_field_data',
  '  . nautobot.extras.tasks.process_webhook',
  '  . nautobot.extras.tasks.provision_field',
  '  . nautobot.extras.tasks.update_custom_field_choice_data',
  '  . nautobot_golden_config.jobs.ComplianceJob',
  '  . nautobot_ssot.jobs.ServiceNowDataTarget',
  '',
];

const memoryWrong: HeldOutCase[] = [
  {
    id: 'sixtieth-audiobookshelf-scan-crashloop',
    family: 'heap-cap',
    source: 'https://github.com/advplyr/audiobookshelf/issues/3770',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('audiobookshelf', 'audiobookshelf-0', 134, 5),
        memoryLimit: '6Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          NODE_OPTIONS: '--max-old-space-size=2048',
          CONFIG_PATH: '/config',
          METADATA_PATH: '/metadata',
          PORT: '80',
        },
        mounts: [
          { volume: 'config', path: '/config' },
          { volume: 'metadata', path: '/metadata' },
          { volume: 'audiobooks', path: '/audiobooks' },
        ],
      },
    ],
    volumes: [
      { name: 'config', persistentVolumeClaim: 'config-audiobookshelf-0' },
      { name: 'metadata', persistentVolumeClaim: 'metadata-audiobookshelf-0' },
      { name: 'audiobooks', persistentVolumeClaim: 'audiobooks-nfs' },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container audiobookshelf in pod audiobookshelf-0_media(4c1f0e2a-93b7-4d3e-9a51-2f6e0b8c7d11)',
        count: 23,
      },
      alert(
        'KubePodCrashLooping',
        'Pod media/audiobookshelf-0 (audiobookshelf) is restarting 2.1 times / 10 minutes. Container memory at exit: 2.31Gi of 6Gi limit.',
      ),
    ],
    previousLog: log(
      'Config /config /metadata',
      abs(hm(8, 1, 2), 'INFO', '=== Starting Server ==='),
      abs(hm(8, 1, 2), 'INFO', '[Server] Init v2.17.6'),
      abs(hm(8, 1, 2), 'INFO', '[Database] Initializing db at "/config/absdatabase.sqlite"'),
      abs(hm(8, 1, 2), 'INFO', '[Database] Db connection was successful'),
      abs(
        hm(8, 1, 3),
        'INFO',
        '[Database] Db initialized with models: user, library, libraryFolder, book, podcast, podcastEpisode, libraryItem, mediaProgress, series, bookSeries, author, bookAuthor, collection, collectionBook, playlist, playlistMediaItem, device, playbackSession, feed, feedEpisode, setting, customMetadataProvider, mediaItemShare',
      ),
      abs(hm(8, 1, 3), 'INFO', '[Database] Loading db data...'),
      abs(hm(8, 1, 9), 'INFO', '[LibraryItem] Finished loading 74912 library items in 5.84s'),
      abs(hm(8, 1, 10), 'INFO', '[Server] Listening on port :80'),
      abs(
        hm(8, 1, 11),
        'INFO',
        '[LibraryScanner] Starting library scan 3f7a1c2e-0b64-4e71-9d0e-5a2b8c4f9e13 for Audiobooks',
      ),
      times(38, (i) =>
        abs(
          hm(8, 1, 20) + i * 9 + frac(i),
          'INFO',
          i % 5 === 4
            ? `[LibraryScanner] Library scan Audiobooks: ${(i + 1) * 1650} of 74912 items checked, ${(i + 1) * 3} updated`
            : `[LibraryItemScanner] Folder "/audiobooks/${pick(['Sanderson, Brandon', 'Pratchett, Terry', 'Le Guin, Ursula K.', 'Jemisin, N. K.', 'Banks, Iain M.', 'Tchaikovsky, Adrian'], i)}/${pick(['Book', 'Series', 'Collected'], i)} ${i + 1}" has no changes`,
        ),
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[7:0x5623a8f3c010]   393217 ms: Scavenge 2037.6 (2081.3) -> 2037.1 (2092.0) MB, 9.41 / 0.00 ms  (average mu = 0.571, current mu = 0.204) allocation failure; ',
      '[7:0x5623a8f3c010]   393266 ms: Scavenge 2043.9 (2092.0) -> 2043.2 (2092.8) MB, 9.12 / 0.00 ms  (average mu = 0.571, current mu = 0.204) allocation failure; ',
      '[7:0x5623a8f3c010]   393791 ms: Scavenge 2044.8 (2092.8) -> 2044.0 (2113.8) MB, 512.77 / 0.00 ms  (average mu = 0.571, current mu = 0.204) allocation failure; ',
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf06250 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf06537 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 4: 0x1117f55  [node]',
      ' 5: 0x112f7d8 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
      ' 6: 0x1105af1 v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]',
      ' 7: 0x10f6ff4 v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]',
      ' 8: 0x1552c86 v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]',
      ' 9: 0x198bef6  [node]',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-navidrome-oomkilled-while-streaming',
    family: 'tmpfs-memory',
    source: 'https://github.com/navidrome/navidrome/issues/1778',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'navidrome',
        running: { startedAt: '2026-02-11T08:03:55Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '1Gi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        env: {
          ND_MUSICFOLDER: '/music',
          ND_DATAFOLDER: '/data',
          ND_CACHEFOLDER: '/data/cache',
          ND_TRANSCODINGCACHESIZE: '3GB',
          ND_IMAGECACHESIZE: '300MB',
          ND_SCANSCHEDULE: '1h',
          ND_LOGLEVEL: 'debug',
        },
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'cache', path: '/data/cache' },
          { volume: 'music', path: '/music' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'navidrome-data' },
      { name: 'cache', emptyDir: { medium: 'Memory' } },
      { name: 'music', persistentVolumeClaim: 'music-library-nfs' },
    ],
    events: [
      alert(
        'KubeContainerOOMKilledRecurring',
        'media/navidrome-84d7b9c6f5-tx4lm container navidrome OOMKilled 5 times in 3h. At the last kill: working set 1.0Gi of 1Gi, container_memory_rss 176Mi, container_memory_cache 841Mi.',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container navidrome', count: 6 },
    ],
    previousLog: log(
      nd(hm(7, 22, 10), 'info', 'Navidrome server is starting', 'version="0.53.3 (13af8ed4)"'),
      nd(hm(7, 22, 10), 'info', 'goose: no migrations to run. current version: 20240629152843\\n'),
      nd(hm(7, 22, 10), 'info', 'Starting scheduler'),
      nd(hm(7, 22, 10), 'info', 'Scheduling periodic scan', 'schedule=1h'),
      nd(hm(7, 22, 10), 'info', 'Creating Image cache', 'maxSize="300 MB" path=/data/cache/images'),
      nd(
        hm(7, 22, 10),
        'info',
        'Creating Transcoding cache',
        'maxSize="3.0 GB" path=/data/cache/transcoding',
      ),
      nd(hm(7, 22, 11), 'info', 'Mounting WebUI routes', 'path=/app'),
      nd(
        hm(7, 22, 11),
        'info',
        '----> Navidrome server is ready!',
        'address="0.0.0.0:4533" startupTime=612.4ms tlsEnabled=false',
      ),
      nd(hm(7, 22, 11), 'info', 'Finished initializing cache', 'cache=Image elapsedTime=41ms maxSize=300MB'),
      nd(
        hm(7, 22, 11),
        'info',
        'Finished initializing cache',
        'cache=Transcoding elapsedTime=58ms maxSize=3GB',
      ),
      nd(hm(7, 22, 11), 'debug', 'Loaded cache', 'dir=/data/cache/transcoding numItems=0'),
      times(64, (i) => {
        const sec = hm(7, 23, 0) + i * 37 + frac(i);
        const rid = `navidrome-84d7b9c6f5-tx4lm/${(0x3a9f1 + i * 7919).toString(36)}-${String(i + 1).padStart(6, '0')}`;
        return i % 2 === 0
          ? nd(
              sec,
              'debug',
              'API: New request /rest/stream.view',
              `client=${pick(['Symfonium', 'DSub', 'Feishin', 'substreamer'], i)} requestId=${rid} username=${pick(['mara', 'jon', 'ines', 'theo'], i)} version=1.16.1`,
            )
          : nd(
              sec,
              'debug',
              'Executing ffmpeg command',
              `cmd="[ffmpeg -i /music/${pick(['Radiohead/OK Computer', 'Bach/Goldberg Variations (Gould 1981)', 'Nina Simone/Pastel Blues', 'Boards of Canada/Geogaddi'], i)}/${String(1 + (i % 12)).padStart(2, '0')}.flac -ss 0 -map 0:a:0 -b:a 192k -v 0 -c:a libopus -f opus -]" requestId=${rid}`,
            );
      }),
      nd(hm(8, 3, 1), 'info', 'Scanner: Starting scan of 1 libraries'),
    ),
    currentLog: log(
      nd(hm(8, 3, 57), 'info', 'Navidrome server is starting', 'version="0.53.3 (13af8ed4)"'),
      nd(hm(8, 3, 57), 'info', 'Creating Transcoding cache', 'maxSize="3.0 GB" path=/data/cache/transcoding'),
      nd(
        hm(8, 3, 58),
        'info',
        '----> Navidrome server is ready!',
        'address="0.0.0.0:4533" startupTime=588.1ms tlsEnabled=false',
      ),
      nd(
        hm(8, 3, 58),
        'info',
        'Finished initializing cache',
        'cache=Transcoding elapsedTime=212ms maxSize=3GB',
      ),
      nd(hm(8, 3, 58), 'debug', 'Loaded cache', 'dir=/data/cache/transcoding numItems=412'),
      times(36, (i) => {
        const sec = hm(8, 4, 30) + i * 41 + frac(i);
        const rid = `navidrome-84d7b9c6f5-tx4lm/${(0x51c07 + i * 6421).toString(36)}-${String(i + 1).padStart(6, '0')}`;
        return i % 2 === 0
          ? nd(
              sec,
              'debug',
              'API: New request /rest/stream.view',
              `client=${pick(['Symfonium', 'Feishin', 'DSub'], i)} requestId=${rid} username=${pick(['mara', 'ines', 'theo'], i)} version=1.16.1`,
            )
          : nd(
              sec,
              'debug',
              'Executing ffmpeg command',
              `cmd="[ffmpeg -i /music/${pick(['Massive Attack/Mezzanine', 'Arvo Pärt/Tabula Rasa', 'Fela Kuti/Zombie'], i)}/${String(1 + (i % 9)).padStart(2, '0')}.flac -ss 0 -map 0:a:0 -b:a 192k -v 0 -c:a libopus -f opus -]" requestId=${rid}`,
            );
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-nautobot-web-oomkilled-at-boot',
    family: 'oom-at-boot',
    source: 'https://github.com/nautobot/helm-charts/issues/760',
    signal: 'CrashLoopBackOff',
    initContainers: [
      { name: 'nautobot-init', terminated: { reason: 'Completed', exitCode: 0 }, restarts: 0 },
    ],
    containers: [
      {
        ...backingOff('nautobot', 'nautobot-default-6f9d8c7b5-zr7wq', 137, 9, 'OOMKilled'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NAUTOBOT_CONFIG: '/opt/nautobot/nautobot_config.py',
          NAUTOBOT_DB_HOST: 'nautobot-postgresql',
          NAUTOBOT_REDIS_HOST: 'nautobot-redis-master',
          NAUTOBOT_ALLOWED_HOSTS: '*',
        },
        args: ['nautobot-server', 'start', '--ini', '/opt/nautobot/uwsgi.ini'],
        mounts: [
          { volume: 'nautobot-config', path: '/opt/nautobot/uwsgi.ini' },
          { volume: 'nautobot-static', path: '/opt/nautobot/static' },
        ],
      },
    ],
    volumes: [
      { name: 'nautobot-config', configMap: 'nautobot-config' },
      { name: 'nautobot-static', emptyDir: {} },
    ],
    node: calmNode,
    events: [
      {
        reason: 'Pulled',
        type: 'Normal',
        message: 'Container image "ghcr.io/nautobot/nautobot:2.3.16-py3.12" already present on machine',
        count: 10,
      },
      { reason: 'Started', type: 'Normal', message: 'Started container nautobot', count: 10 },
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container nautobot in pod nautobot-default-6f9d8c7b5-zr7wq_nautobot(0b6e1c4d-58fa-4f2b-9c3e-7d1a2e5f8b90)',
        count: 41,
      },
    ],
    previousLog: log(uwsgiBanner(hm(8, 24, 11), 'nautobot-default-6f9d8c7b5-zr7wq')),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-nautobot-celery-worker-oomkilled',
    family: 'worker-fanout',
    source: 'https://github.com/nautobot/helm-charts/issues/286',
    signal: 'OOMKilled',
    containers: [
      {
        ...backingOff('nautobot-celery', 'nautobot-celery-default-7b9f6d5c4-p8kdn', 137, 7, 'OOMKilled'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NAUTOBOT_CONFIG: '/opt/nautobot/nautobot_config.py',
          NAUTOBOT_DB_HOST: 'nautobot-postgresql',
          NAUTOBOT_REDIS_HOST: 'nautobot-redis-master',
        },
        args: [
          'nautobot-server',
          'celery',
          'worker',
          '--loglevel',
          'INFO',
          '--pidfile',
          '/opt/nautobot/nautobot-celery.pid',
          '-n',
          'default@%h',
          '--queues',
          'default',
          '--events',
        ],
      },
    ],
    node: calmNode,
    events: [
      alert(
        'KubeContainerOOMKilledRecurring',
        'nautobot/nautobot-celery-default-7b9f6d5c4-p8kdn container nautobot-celery OOMKilled 7 times in 40m, each 60-90s after start with no job running (celery_tasks_active=0). Node ip-10-40-7-182.eu-west-1.compute.internal (c6i.24xlarge) was added to the jobs node group at 07:41.',
      ),
      { reason: 'Started', type: 'Normal', message: 'Started container nautobot-celery', count: 8 },
    ],
    previousLog: log(
      celeryBanner(hm(8, 19, 58), 'default@nautobot-celery-default-7b9f6d5c4-p8kdn', 96),
      `[${sql(hm(8, 20, 6))},114: INFO/MainProcess] Connected to redis://nautobot-redis-master:6379/0`,
      `[${sql(hm(8, 20, 6))},129: INFO/MainProcess] mingle: searching for neighbors`,
      `[${sql(hm(8, 20, 7))},160: INFO/MainProcess] mingle: sync with 1 nodes`,
      `[${sql(hm(8, 20, 7))},161: INFO/MainProcess] mingle: sync complete`,
      `[${sql(hm(8, 20, 9))},402: INFO/MainProcess] default@nautobot-celery-default-7b9f6d5c4-p8kdn ready.`,
      `[${sql(hm(8, 20, 31))},018: INFO/MainProcess] Events of group {task} enabled by remote.`,
    ),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ restarts right (3)

/** A Celery log line as Python's logging prints it: `[2026-02-11 07:48:51,336: INFO/MainProcess] ...`. */
const cel = (sec: number, who: string, text: string): string => `[${sql(sec)},${ms3(sec)}: ${who}] ${text}`;

/** An Elixir Logger line as Akkoma prints it. */
const ex = (sec: number, level: string, text: string, rid = ''): string =>
  `${hms(sec)}.${ms3(sec)}${rid ? ` request_id=${rid}` : ''} [${level}] ${text}`;

/** A NestJS logger line as Twenty's worker prints it. */
const nest = (sec: number, level: string, ctx: string, text: string): string => {
  const d = at(sec);
  const h12 = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const ampm = d.getUTCHours() < 12 ? 'AM' : 'PM';
  return `[Nest] 27  - 02/11/2026, ${h12}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} ${ampm} ${level.padStart(7)} [${ctx}] ${text}`;
};

const restartRight: HeldOutCase[] = [
  {
    id: 'sixtieth-funkwhale-celery-idle-queue-growing',
    family: 'wedged-consumer',
    source: 'https://github.com/celery/celery/issues/8030',
    signal: 'Alert',
    containers: [
      {
        name: 'celeryworker',
        running: { startedAt: '2026-02-10T21:14:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          CELERY_BROKER_URL: 'redis://funkwhale-redis:6379/0',
          CACHE_URL: 'redis://funkwhale-redis:6379/1',
          DATABASE_URL: 'postgresql://funkwhale@funkwhale-pg-rw:5432/funkwhale',
          FUNKWHALE_HOSTNAME: 'music.example.social',
        },
        args: ['celery', '--app', 'funkwhale_api.taskapp', 'worker', '-l', 'INFO', '--concurrency=4'],
        mounts: [{ volume: 'media', path: '/srv/funkwhale/data/media' }],
      },
    ],
    volumes: [{ name: 'media', persistentVolumeClaim: 'funkwhale-media' }],
    events: [
      alert(
        'FunkwhaleCeleryBacklog',
        'Redis list "celery" on funkwhale-redis db0 holds 6214 messages and has grown for 38m; funkwhale_celery_tasks_succeeded_total has not increased since 07:51.',
      ),
    ],
    currentLog: log(
      times(60, (i) => {
        const sec = hm(7, 20, 0) + i * 29 + frac(i);
        const id = `${(0x3c1e0a + i * 40503).toString(16)}-0d4b-4f7e-9a21-${(0x5a2b8c4f9e13 + i * 977).toString(16).slice(0, 12)}`;
        const task = pick(
          [
            'federation.dispatch_outbox',
            'federation.deliver_to_remote',
            'music.process_upload',
            'federation.fetch',
            'audio.fetch_rss_feeds',
          ],
          i,
        );
        return i % 2 === 0
          ? cel(sec, 'INFO/MainProcess', `Task ${task}[${id}] received`)
          : cel(
              sec + 0.4,
              `INFO/ForkPoolWorker-${1 + (i % 4)}`,
              `Task ${task}[${id}] succeeded in ${(0.05 + ((i * 37) % 200) / 100).toFixed(3)}s: None`,
            );
      }),
      cel(
        hm(7, 48, 51.3),
        'WARNING/MainProcess',
        'consumer: Connection to broker lost. Trying to re-establish the connection...',
      ),
      'Traceback (most recent call last):',
      '  File "/venv/lib/python3.11/site-packages/celery/worker/consumer/consumer.py", line 340, in start',
      '    blueprint.start(self)',
      '  File "/venv/lib/python3.11/site-packages/celery/bootsteps.py", line 116, in start',
      '    step.start(parent)',
      '  File "/venv/lib/python3.11/site-packages/celery/worker/consumer/consumer.py", line 742, in start',
      '    c.loop(*c.loop_args())',
      '  File "/venv/lib/python3.11/site-packages/celery/worker/loops.py", line 97, in asynloop',
      '    next(loop)',
      '  File "/venv/lib/python3.11/site-packages/kombu/asynchronous/hub.py", line 373, in create_loop',
      '    cb(*cbargs)',
      '  File "/venv/lib/python3.11/site-packages/kombu/transport/redis.py", line 1352, in on_readable',
      '    self.cycle.on_readable(fileno)',
      '  File "/venv/lib/python3.11/site-packages/kombu/transport/redis.py", line 569, in on_readable',
      '    chan.handlers[type]()',
      '  File "/venv/lib/python3.11/site-packages/kombu/transport/redis.py", line 974, in _brpop_read',
      '    dest__item = self.client.parse_response(self.client.connection,',
      '  File "/venv/lib/python3.11/site-packages/redis/client.py", line 562, in parse_response',
      '    response = connection.read_response()',
      '  File "/venv/lib/python3.11/site-packages/redis/connection.py", line 512, in read_response',
      '    response = self._parser.read_response(disable_decoding=disable_decoding)',
      '  File "/venv/lib/python3.11/site-packages/redis/_parsers/resp2.py", line 15, in read_response',
      '    result = self._read_response(disable_decoding=disable_decoding)',
      '  File "/venv/lib/python3.11/site-packages/redis/_parsers/socket.py", line 115, in _readline',
      '    raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)',
      'redis.exceptions.ConnectionError: Connection closed by server.',
      cel(
        hm(7, 48, 51.4),
        'WARNING/MainProcess',
        '/venv/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:391: CPendingDeprecationWarning: \nIn Celery 5.1 we introduced an optional breaking change which\non connection loss cancels all currently executed tasks with late acknowledgement enabled.',
      ),
      cel(
        hm(7, 48, 51.5),
        'ERROR/MainProcess',
        'consumer: Cannot connect to redis://funkwhale-redis:6379/0: Error 111 connecting to funkwhale-redis:6379. Connection refused..\nTrying again in 2.00 seconds... (1/100)\n',
      ),
      cel(
        hm(7, 48, 53.6),
        'ERROR/MainProcess',
        'consumer: Cannot connect to redis://funkwhale-redis:6379/0: Error 111 connecting to funkwhale-redis:6379. Connection refused..\nTrying again in 4.00 seconds... (2/100)\n',
      ),
      cel(
        hm(7, 48, 57.7),
        'ERROR/MainProcess',
        'consumer: Cannot connect to redis://funkwhale-redis:6379/0: Error 111 connecting to funkwhale-redis:6379. Connection refused..\nTrying again in 6.00 seconds... (3/100)\n',
      ),
      cel(hm(7, 49, 3.8), 'INFO/MainProcess', 'Connected to redis://funkwhale-redis:6379/0'),
      cel(hm(7, 49, 3.9), 'INFO/MainProcess', 'mingle: searching for neighbors'),
      cel(
        hm(7, 49, 4.6),
        'WARNING/MainProcess',
        'consumer: Connection to broker lost. Trying to re-establish the connection...',
      ),
      cel(hm(7, 49, 4.7), 'INFO/MainProcess', 'Connected to redis://funkwhale-redis:6379/0'),
      cel(hm(7, 49, 4.8), 'INFO/MainProcess', 'mingle: searching for neighbors'),
      cel(hm(7, 49, 5.8), 'INFO/MainProcess', 'mingle: all alone'),
      cel(
        hm(7, 50, 41.2),
        'INFO/MainProcess',
        'missed heartbeat from celerybeat@funkwhale-celerybeat-7d5f8b9c6-9w2qx',
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtieth-akkoma-posting-fails-reads-fine',
    family: 'stale-db-connections',
    source: 'https://github.com/keycloak/keycloak/issues/22422',
    signal: 'Alert',
    containers: [
      {
        name: 'akkoma',
        running: { startedAt: '2026-02-09T14:02:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          DB_HOST: 'akkoma-pg-rw.social.svc',
          DB_NAME: 'akkoma',
          DB_POOL_SIZE: '20',
          DOMAIN: 'social.example.net',
          MIX_ENV: 'prod',
        },
        mounts: [
          { volume: 'uploads', path: '/var/lib/akkoma/uploads' },
          { volume: 'config', path: '/etc/akkoma/config.exs' },
        ],
      },
    ],
    volumes: [
      { name: 'uploads', persistentVolumeClaim: 'akkoma-uploads' },
      { name: 'config', secret: 'akkoma-config' },
    ],
    events: [
      alert(
        'AkkomaHighErrorRate',
        'social/akkoma 5xx ratio 0.31 over 15m (POST /api/v1/statuses 100% 500, GET /api/v1/timelines/home 0.2%). Oban failed jobs 1842 in 30m.',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const sec = hm(7, 30, 0) + i * 23 + frac(i);
        const rid = `F8k${(0x2b91c + i * 7919).toString(36)}Ynq${i}`;
        return i % 3 === 0
          ? ex(sec, 'info', `POST /api/v1/statuses`, rid) +
              `\n${ex(sec + 0.04, 'info', 'Sent 200 in 41ms', rid)}`
          : ex(sec, 'info', `GET /api/v1/timelines/${pick(['home', 'public', 'home?limit=40'], i)}`, rid) +
              `\n${ex(sec + 0.02, 'info', `Sent 200 in ${12 + (i % 30)}ms`, rid)}`;
      }),
      ex(
        hm(7, 41, 12.4),
        'error',
        'Postgrex.Protocol (#PID<0.4412.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed',
      ),
      ex(
        hm(7, 41, 12.4),
        'error',
        'Postgrex.Protocol (#PID<0.4418.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed',
      ),
      ex(
        hm(7, 41, 13.1),
        'error',
        'Postgrex.Protocol (#PID<0.4412.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (akkoma-pg-rw.social.svc:5432): connection refused - :econnrefused',
      ),
      ex(
        hm(7, 41, 15.9),
        'error',
        'Postgrex.Protocol (#PID<0.4418.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (akkoma-pg-rw.social.svc:5432): connection refused - :econnrefused',
      ),
      ex(hm(7, 41, 22.0), 'info', 'GET /api/v1/timelines/home', 'F8kq1c0Wz'),
      ex(hm(7, 41, 22.1), 'info', 'Sent 200 in 88ms', 'F8kq1c0Wz'),
      ex(hm(7, 41, 30.7), 'info', 'POST /api/v1/statuses', 'F8kq9d2Lm'),
      ex(
        hm(7, 41, 30.8),
        'error',
        'Internal server error: %Postgrex.Error{message: nil, postgres: %{code: :read_only_sql_transaction, file: "utility.c", line: "417", message: "cannot execute INSERT in a read-only transaction", pg_code: "25006", routine: "PreventCommandIfReadOnly", severity: "ERROR", unknown: "ERROR"}, connection_id: 118233, query: nil}',
        'F8kq9d2Lm',
      ),
      ex(hm(7, 41, 30.8), 'info', 'Sent 500 in 19ms', 'F8kq9d2Lm'),
      times(52, (i) => {
        const sec = hm(7, 42, 0) + i * 41 + frac(i);
        const rid = `F8m${(0x3f07a + i * 6151).toString(36)}Tq${i}`;
        if (i % 4 === 0)
          return [
            ex(sec, 'info', 'POST /api/v1/statuses', rid),
            ex(
              sec + 0.02,
              'error',
              'Internal server error: %Postgrex.Error{message: nil, postgres: %{code: :read_only_sql_transaction, file: "utility.c", line: "417", message: "cannot execute INSERT in a read-only transaction", pg_code: "25006", routine: "PreventCommandIfReadOnly", severity: "ERROR", unknown: "ERROR"}, connection_id: ' +
                String(118233 + (i % 5) * 17) +
                ', query: nil}',
              rid,
            ),
            ex(sec + 0.02, 'info', `Sent 500 in ${14 + (i % 9)}ms`, rid),
          ].join('\n');
        if (i % 4 === 1)
          return ex(
            sec,
            'error',
            `[Oban] Job ${pick(['Pleroma.Workers.PublisherWorker', 'Pleroma.Workers.ReceiverWorker', 'Pleroma.Workers.RemoteFetcherWorker'], i)} (id: ${9100441 + i}) failed: ** (Postgrex.Error) ERROR 25006 (read_only_sql_transaction) cannot execute UPDATE in a read-only transaction`,
          );
        return `${ex(sec, 'info', `GET /api/v1/${pick(['timelines/home', 'notifications?limit=20', 'accounts/verify_credentials', 'timelines/public?local=true'], i)}`, rid)}\n${ex(sec + 0.03, 'info', `Sent 200 in ${9 + (i % 40)}ms`, rid)}`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtieth-twenty-worker-queue-stalled',
    family: 'wedged-consumer',
    source: 'https://github.com/taskforcesh/bullmq/issues/648',
    signal: 'Alert',
    containers: [
      {
        name: 'twenty-worker',
        running: { startedAt: '2026-02-10T16:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'redis://twenty-cache.x7k2pq.ng.0001.euw1.cache.amazonaws.com:6379',
          PG_DATABASE_URL: 'postgres://twenty@twenty-pg-rw.crm.svc:5432/default',
          DISABLE_DB_MIGRATIONS: 'true',
          MESSAGE_QUEUE_TYPE: 'bull-mq',
        },
        args: ['yarn', 'worker:prod'],
      },
    ],
    events: [
      alert(
        'BullMQQueueStalled',
        'crm queue messaging-queue: waiting 3120, active 0, completed in the last 30m 0 (1h before: ~410/10m). Queue cron-queue: waiting 96, active 0.',
      ),
    ],
    currentLog: log(
      times(40, (i) => {
        const sec = hm(7, 10, 0) + i * 37 + frac(i);
        return i % 2 === 0
          ? nest(
              sec,
              'LOG',
              'MessagingMessageListFetchCronJob',
              `Fetching message list for ${3 + (i % 9)} message channels in workspace 20202020-1c25-4d02-bf25-6aeccf7ea419`,
            )
          : nest(
              sec,
              'LOG',
              'MessagingMessagesImportService',
              `Messages import for workspace 20202020-1c25-4d02-bf25-6aeccf7ea419 and account ${pick(['a3f1c2e0', '7b9d4e12', 'c0e5a6b3'], i)}-7c41-4b8e-9f02-1d3e5a7c9b20 done, ${4 + ((i * 7) % 60)} messages imported`,
            );
      }),
      nest(
        hm(7, 35, 18),
        'ERROR',
        'MessageQueue',
        'Error: UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)',
      ),
      '    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)',
      '    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)',
      nest(
        hm(7, 35, 18),
        'ERROR',
        'MessageQueue',
        'Error: UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)',
      ),
      '    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)',
      '    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)',
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
];

// ------------------------------------------------------------------ restarts wrong (4)

/** A Kavita (Serilog) line. */
const kav = (sec: number, thread: number, level: string, src: string, text: string): string =>
  `[Kavita] [${sql(sec)}.${ms3(sec)} +00:00  ${thread}] [${level}] ${src} ${text}`;

/** A NodeBB (winston) line. */
const bb = (sec: number, level: string, text: string): string => `${iso(sec)} [4567/28] - ${level}: ${text}`;

/** A Laravel log line as Firefly III writes it to stdout. */
const ff = (sec: number, level: string, text: string): string =>
  `[${sql(sec)}] production.${level}: ${text}  `;

const restartWrong: HeldOutCase[] = [
  {
    id: 'sixtieth-kavita-slow-ui-readiness-flapping',
    family: 'long-running-job',
    source: 'https://github.com/Kareadita/Kavita/issues/1840',
    signal: 'Alert',
    containers: [
      {
        name: 'kavita',
        running: { startedAt: '2026-02-08T03:12:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { TZ: 'Europe/Amsterdam', DOTNET_gcServer: '0' },
        mounts: [
          { volume: 'config', path: '/kavita/config' },
          { volume: 'library', path: '/library' },
        ],
      },
    ],
    volumes: [
      { name: 'config', persistentVolumeClaim: 'kavita-config' },
      { name: 'library', persistentVolumeClaim: 'library-cephfs' },
    ],
    events: [
      alert(
        'KavitaSlowRequests',
        'reading/kavita HTTP p95 8.7s over 15m (baseline 120ms); readiness probe failing intermittently; CPU 1.96 of 2 cores for 2h10m.',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://10.42.6.118:5000/api/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 37,
      },
    ],
    currentLog: log(
      kav(hm(6, 18, 4.2), 47, 'Information', 'API.Services.TaskScheduler', 'Enqueuing library scan for: 3'),
      kav(
        hm(6, 18, 4.3),
        47,
        'Information',
        'Serilog.AspNetCore.RequestLoggingMiddleware',
        'HTTP POST /api/library/scan?libraryId=3&force=true responded 200 in 61.2231 ms',
      ),
      kav(
        hm(6, 18, 4.5),
        12,
        'Information',
        'API.Services.Tasks.CleanupService',
        'Performing cleanup of Cache & Temp directories',
      ),
      kav(
        hm(6, 18, 4.9),
        12,
        'Information',
        'API.Services.Tasks.ScannerService',
        '[ScannerService] Beginning file scan on Manga (EN + JP raws)',
      ),
      kav(
        hm(6, 21, 48.0),
        12,
        'Information',
        'API.Services.Tasks.ScannerService',
        '[ScannerService] Found 412087 files for /library/manga',
      ),
      times(110, (i) => {
        const sec = hm(6, 25, 0) + i * 67 + frac(i);
        const series = `${pick(['Vagabond', 'Yotsuba&!', 'Monster', 'Berserk', 'Blame!', 'Dorohedoro', 'Planetes', 'Pluto', 'Mushishi', 'Vinland Saga', 'Ashita no Joe'], i)}${i > 10 ? ` (${pick(['JP', 'Omnibus', 'Kanzenban', 'Digital'], i)})` : ''}`;
        if (i % 3 === 1)
          return kav(
            sec + 0.4,
            12,
            'Information',
            'API.Services.Tasks.Scanner.ProcessSeries',
            `[ScannerService] Finished series update on ${series} in ${900 + ((i * 3571) % 40000)} ms`,
          );
        if (i % 3 === 0)
          return kav(
            sec,
            88,
            'Information',
            'Serilog.AspNetCore.RequestLoggingMiddleware',
            `HTTP GET /api/series/all-v2?pageNumber=1&pageSize=30 responded 200 in ${(3100 + ((i * 977) % 9000)).toFixed(4)} ms`,
          );
        return kav(
          sec,
          12,
          'Information',
          'API.Services.Tasks.Scanner.ProcessSeries',
          `[ScannerService] Processing series ${series} with ${6 + ((i * 13) % 80)} files`,
        );
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtieth-espocrm-liveness-500',
    family: 'dependency-down',
    source: 'https://github.com/espocrm/espocrm-docker/issues/58',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'espocrm',
        running: { startedAt: '2026-02-11T08:19:44Z' },
        ready: false,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 3,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ESPOCRM_DATABASE_PLATFORM: 'Mysql',
          ESPOCRM_DATABASE_HOST: 'espocrm-mariadb.crm.svc',
          ESPOCRM_DATABASE_NAME: 'espocrm',
          ESPOCRM_SITE_URL: 'https://crm.example.com',
        },
        mounts: [{ volume: 'espocrm-html', path: '/var/www/html' }],
      },
    ],
    volumes: [{ name: 'espocrm-html', persistentVolumeClaim: 'espocrm-html' }],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
        count: 24,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container espocrm failed liveness probe, will be restarted',
        count: 3,
      },
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 71,
      },
    ],
    previousLog: log(
      'info: Run "upgrade" action.',
      'info: Start upgrading from version 9.0.4.',
      'error: Upgrade error, more details:',
      'Error: SQLSTATE[HY000] [2002] Connection refused',
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.42.2.61. Set the 'ServerName' directive globally to suppress this message",
      `[Wed Feb 11 ${hms(hm(8, 12, 51))}.418320 2026] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.2.27 configured -- resuming normal operations`,
      `[Wed Feb 11 ${hms(hm(8, 12, 51))}.418377 2026] [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
      times(40, (i) => {
        const sec = hm(8, 13, 5) + i * 9 + frac(i);
        return i % 4 === 0
          ? `10.42.2.1 - - [${clf(sec)}] "GET /api/v1/App/user HTTP/1.1" 500 212 "-" "kube-probe/1.30"`
          : `10.42.${1 + (i % 3)}.${40 + (i % 20)} - - [${clf(sec)}] "${pick(['POST /api/v1/App/user', 'GET /api/v1/Lead?maxSize=20&offset=0', 'GET /api/v1/Activities/upcoming', 'GET /api/v1/Settings'], i)} HTTP/1.1" 500 212 "https://crm.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"`;
      }),
      `[Wed Feb 11 ${hms(hm(8, 19, 41))}.002119 2026] [mpm_prefork:notice] [pid 1:tid 1] AH00170: caught SIGWINCH, shutting down gracefully`,
    ),
    currentLog: log(
      'info: Run "upgrade" action.',
      'info: Start upgrading from version 9.0.4.',
      'error: Upgrade error, more details:',
      'Error: SQLSTATE[HY000] [2002] Connection refused',
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.42.2.61. Set the 'ServerName' directive globally to suppress this message",
      `[Wed Feb 11 ${hms(hm(8, 19, 47))}.920114 2026] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.2.27 configured -- resuming normal operations`,
      times(50, (i) => {
        const sec = hm(8, 20, 0) + i * 11 + frac(i);
        return i % 3 === 0
          ? `10.42.2.1 - - [${clf(sec)}] "GET /api/v1/App/user HTTP/1.1" 500 212 "-" "kube-probe/1.30"`
          : `10.42.${1 + (i % 3)}.${40 + (i % 20)} - - [${clf(sec)}] "${pick(['GET /api/v1/Lead?maxSize=20&offset=0', 'POST /api/v1/App/user', 'GET /api/v1/Meeting?maxSize=50', 'GET /api/v1/Opportunity/action/reportByStage'], i)} HTTP/1.1" 500 212 "https://crm.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15"`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-nodebb-killed-during-startup',
    family: 'probe-misfit',
    source: 'https://github.com/nilsramsperger/docker-nodebb/issues/1',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('nodebb', 'nodebb-5c8f7d9b64-qm2hv', 143, 11),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', daemon: 'false', silent: 'false', CONFIG: '/opt/config/config.json' },
        mounts: [
          { volume: 'config', path: '/opt/config' },
          { volume: 'build', path: '/usr/src/app/build' },
          { volume: 'uploads', path: '/usr/src/app/public/uploads' },
        ],
      },
    ],
    volumes: [
      { name: 'config', secret: 'nodebb-config' },
      { name: 'build', emptyDir: {} },
      { name: 'uploads', persistentVolumeClaim: 'nodebb-uploads' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "http://10.42.5.23:4567/api/config": dial tcp 10.42.5.23:4567: connect: connection refused',
        count: 33,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container nodebb failed liveness probe, will be restarted',
        count: 11,
      },
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container nodebb in pod nodebb-5c8f7d9b64-qm2hv_forum(6a2d0c9e-1f47-4b3a-8e5d-c2b7f0a9e314)',
        count: 19,
      },
    ],
    previousLog: log(
      'Config file exists at /opt/config/config.json, assuming it is valid',
      'Starting NodeBB',
      '  "./nodebb start" to run the NodeBB server',
      '',
      bb(hm(8, 24, 2.1), 'info', 'Initializing NodeBB v3.12.2 /usr/src/app/config.json'),
      bb(hm(8, 24, 2.9), 'info', '[database] Checking database indices.'),
      bb(hm(8, 24, 3.4), 'info', '[database] Checking database indices done!'),
      bb(hm(8, 24, 3.6), 'info', '[build] Building in series mode'),
      bb(hm(8, 24, 3.6), 'info', '[build]         plugin static dirs  build started'),
      bb(hm(8, 24, 3.7), 'info', '[build]         plugin static dirs  build completed in 0.121sec'),
      bb(hm(8, 24, 3.7), 'info', '[build]                  languages  build started'),
      bb(hm(8, 24, 14.2), 'info', '[build]                  languages  build completed in 10.488sec'),
      bb(hm(8, 24, 14.2), 'info', '[build]                  templates  build started'),
      bb(hm(8, 24, 21.9), 'info', '[build]                  templates  build completed in 7.712sec'),
      bb(hm(8, 24, 21.9), 'info', '[build]         client side styles  build started'),
      bb(hm(8, 24, 49.4), 'info', '[build]         client side styles  build completed in 27.544sec'),
      bb(hm(8, 24, 49.4), 'info', '[build] admin control panel styles  build started'),
      bb(hm(8, 25, 11.0), 'info', '[build] admin control panel styles  build completed in 21.601sec'),
      bb(hm(8, 25, 11.0), 'info', '[build]                 javascript  build started'),
      bb(
        hm(8, 25, 31.8),
        'warn',
        '[build] webpack: asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).',
      ),
      bb(hm(8, 25, 33.0), 'info', '[app] Shutdown (SIGTERM/SIGINT) Initialised.'),
      bb(hm(8, 25, 33.0), 'info', '[app] Shutdown complete.'),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-firefly-iii-no-ready-replicas',
    family: 'migration-in-progress',
    source: 'https://github.com/firefly-iii/firefly-iii/issues/11682',
    signal: 'Alert',
    containers: [
      {
        name: 'firefly-iii',
        running: { startedAt: '2026-02-11T07:52:18Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DB_CONNECTION: 'pgsql',
          DB_HOST: 'firefly-pg-rw.finance.svc',
          APP_LOG_LEVEL: 'debug',
          TZ: 'Europe/Amsterdam',
          CACHE_DRIVER: 'redis',
        },
        mounts: [{ volume: 'upload', path: '/var/www/html/storage/upload' }],
      },
    ],
    volumes: [{ name: 'upload', persistentVolumeClaim: 'firefly-upload' }],
    rollout: { minutesAgo: 38, previousTag: 'version-6.4.17' },
    events: [
      alert(
        'KubeDeploymentReplicasMismatch',
        'Deployment finance/firefly-iii has 0 of 1 replicas ready for 35m.',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://10.42.4.77:8080/health": dial tcp 10.42.4.77:8080: connect: connection refused',
        count: 214,
      },
    ],
    currentLog: log(
      'Now in entrypoint.sh for Firefly III',
      'Script:       1.0.27 (2025-11-30)',
      "User:         'www-data'",
      "Group:        'www-data'",
      "Working dir:  '/var/www/html'",
      'Build number:  214',
      'Build date:    09-02-2026 06:41:09 CET',
      'Now parsing _FILE variables.',
      'done!',
      'Will now run migration commands...',
      '',
      '   INFO  Running migrations.  ',
      '',
      '  2026_01_21_092214_add_primary_currency_amounts .............. 214,771ms DONE',
      '  2026_02_02_140518_add_balance_dirty_flag ......................... 48ms DONE',
      '',
      ff(hm(7, 57, 3), 'DEBUG', 'Found 612904 transaction(s)'),
      times(120, (i) => {
        const sec = hm(7, 57, 20) + i * 15.8 + frac(i);
        return ff(
          sec,
          'DEBUG',
          `getLatestBalance: found balance: ${(1200 + ((i * 7919) % 90000) / 7).toFixed(12)} in transaction #${91023 + i * 2311} on moment 2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')} 00:00:00`,
        );
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
];

export const SIXTIETH_CASES: HeldOutCase[] = [
  ...memoryRight,
  ...memoryWrong,
  ...restartRight,
  ...restartWrong,
];
