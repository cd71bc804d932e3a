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
        'social/akkoma 5xx ratio 0.31 over 15m (POST /api/v1/statuses 100% 500, GET /api/v1/timelines/home 0.2%). Oban failed jobs 1842 in 30m. Cluster akkoma-pg: primary akkoma-pg-2 since 07:41:14 (switchover), 2/2 instances ready, replication lag 0.',
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
      times(68, (i) => {
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
        'crm queue messaging-queue: waiting 3120 and growing, active 0, completed in the last 30m 0 (1h before: ~410/10m). Queue cron-queue: waiting 96, active 0. ElastiCache twenty-cache failover 07:35 (primary now twenty-cache-002), engine healthy.',
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

// ------------------------------------------------------------------ scale-up right (3)

/** A RoadRunner (zap JSON) line as Shlink's image prints it. */
const rr = (sec: number, level: string, logger: string, msg: string, rest: string): string =>
  `{"level":"${level}","ts":${epoch(sec).toFixed(6)},"logger":"${logger}","msg":"${msg}"${rest ? `,${rest}` : ''}}`;

const shortCodes = ['spring26', 'qr-tram-07', 'menu', 'qr-tram-12', 'app', 'jobs', 'qr-bus-3', 'deal'];

const scaleRight: HeldOutCase[] = [
  {
    id: 'sixtieth-yourls-apache-workers-saturated',
    family: 'per-pod-capacity',
    source: 'https://github.com/matomo-org/docker/issues/359',
    signal: 'Alert',
    containers: [
      {
        name: 'yourls',
        running: { startedAt: '2026-02-10T11:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          YOURLS_DB_HOST: 'yourls-mariadb.links.svc',
          YOURLS_SITE: 'https://go.example.org',
          YOURLS_USER: 'admin',
        },
      },
    ],
    events: [
      alert(
        'YourlsLatencyHigh',
        'links/yourls p95 3.4s over 10m (baseline 40ms); request rate 1880 req/s vs 7-day peak 520 req/s since the 08:00 push notification; busy Apache workers 150/150 on both replicas; pod CPU 1.7 of 2; MariaDB p95 query 2.1ms, 61 of 500 connections, buffer pool hit 99.9%.',
      ),
    ],
    currentLog: log(
      times(24, (i) => {
        const sec = hm(7, 58, 0) + i * 5 + frac(i);
        return `10.42.${1 + (i % 4)}.${10 + ((i * 13) % 200)} - - [${clf(sec)}] "GET /${pick(['summer', 'app', 'pod42', 'menu'], i)} HTTP/1.1" 301 - "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"`;
      }),
      `[Wed Feb 11 ${hms(hm(8, 1, 7))}.312004 2026] [mpm_prefork:error] [pid 1:tid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting`,
      times(90, (i) => {
        const sec = hm(8, 1, 8) + i * 14 + frac(i);
        return `10.42.${1 + (i % 4)}.${10 + ((i * 29) % 240)} - - [${clf(sec)}] "GET /${pick(['summer', 'summer', 'app', 'summer', 'menu'], i)} HTTP/1.1" 301 - "-" "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36"`;
      }),
      `[Wed Feb 11 ${hms(hm(8, 24, 51))}.007913 2026] [mpm_prefork:error] [pid 1:tid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting`,
    ),
    accept: ['scale-up'],
  },
  {
    id: 'sixtieth-shlink-redirects-500',
    family: 'per-pod-capacity',
    source: 'https://github.com/spiral/ticket-booking/issues/22',
    signal: 'Alert',
    containers: [
      {
        name: 'shlink',
        running: { startedAt: '2026-02-09T19:40:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          DEFAULT_DOMAIN: 's.example.city',
          IS_HTTPS_ENABLED: 'true',
          DB_DRIVER: 'postgres',
          DB_HOST: 'shlink-pg-rw.links.svc',
          WEB_WORKER_NUM: '16',
          REDIS_SERVERS: 'tcp://shlink-redis:6379',
        },
      },
    ],
    events: [
      alert(
        'ShlinkRedirectErrors',
        'links/shlink 5xx ratio 0.22 over 10m; visits 3100/min vs 740/min baseline since the QR campaign on the tram network went live at 07:55; p95 redirect 2.3s; CPU 1.93 of 2 cores on each of 2 pods; Postgres shlink: p95 query 3ms, 38/200 connections, no lock waits.',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const sec = hm(8, 14, 0) + i * 2.1 + frac(i);
        return rr(
          sec,
          'info',
          'http',
          'http log',
          `"status":302,"method":"GET","URI":"/${pick(shortCodes, i)}","remote_address":"10.42.${1 + (i % 3)}.${20 + i}:${41000 + i * 7}","read_bytes":0,"write_bytes":0,"start":${epoch(sec - 0.2).toFixed(6)},"elapsed":${(180 + ((i * 37) % 700)) / 1000}`,
        );
      }),
      times(70, (i) => {
        const sec = hm(8, 15, 3) + i * 7 + frac(i);
        if (i % 5 === 0)
          return rr(
            sec,
            'error',
            'server',
            'no free workers in the pool, wait timeout exceed',
            '"reason":"no free workers","internal_event_name":"EventNoFreeWorkers","error":"worker_watcher_get_free_worker: NoFreeWorkers:\\n\\tcontext deadline exceeded"',
          );
        if (i % 5 === 1)
          return rr(
            sec,
            'error',
            'http',
            'execute',
            `"start":${epoch(sec - 60).toFixed(6)},"elapsed":60.00${i % 10},"error":"static_pool_exec: NoFreeWorkers:\\n\\tstatic_pool_exec:\\n\\tworker_watcher_get_free_worker:\\n\\tcontext deadline exceeded"`,
          );
        if (i % 5 === 2)
          return rr(
            sec,
            'info',
            'http',
            'http log',
            `"status":500,"method":"GET","URI":"/${pick(shortCodes, i)}","remote_address":"10.42.${1 + (i % 3)}.${60 + (i % 90)}:${52000 + i}","read_bytes":0,"write_bytes":0,"start":${epoch(sec - 60).toFixed(6)},"elapsed":60.00${i % 10}`,
          );
        return rr(
          sec,
          'info',
          'http',
          'http log',
          `"status":302,"method":"GET","URI":"/${pick(shortCodes, i)}","remote_address":"10.42.${1 + (i % 3)}.${60 + (i % 90)}:${52000 + i}","read_bytes":0,"write_bytes":0,"start":${epoch(sec - 2).toFixed(6)},"elapsed":${(1200 + ((i * 131) % 2400)) / 1000}`,
        );
      }),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'sixtieth-zabbix-web-502-during-incident',
    family: 'per-pod-capacity',
    source: 'https://github.com/zabbix/zabbix-docker/issues/451',
    signal: 'Alert',
    containers: [
      {
        name: 'zabbix-web',
        running: { startedAt: '2026-02-06T09:12:20Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          ZBX_SERVER_HOST: 'zabbix-server.monitoring.svc',
          DB_SERVER_HOST: 'zabbix-pg-rw.monitoring.svc',
          PHP_TZ: 'UTC',
          ZBX_SERVER_NAME: 'NOC Zabbix',
        },
      },
    ],
    events: [
      alert(
        'ZabbixFrontendErrors',
        'monitoring/zabbix-web 502 ratio 0.18 over 10m; sessions 214 vs 60 usual (carrier outage bridge, all NOC wallboards open); php-fpm active 20/20 on both pods; pod CPU 1.8 of 2; zabbix-pg p95 query 6ms, CPU 22%, 94/400 connections.',
      ),
    ],
    currentLog: log(
      times(20, (i) => {
        const sec = hm(8, 2, 0) + i * 6 + frac(i);
        return `10.42.${2 + (i % 3)}.${30 + i} - - [${clf(sec)}] "POST /zabbix.php?action=widget.problems.view HTTP/1.1" 200 ${3000 + i * 41} "https://zabbix.noc.example.net/zabbix.php?action=dashboard.view&dashboardid=${3 + (i % 7)}" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"`;
      }),
      `[11-Feb-2026 ${hms(hm(8, 4, 12))}] WARNING: [pool zabbix] server reached pm.max_children setting (20), consider raising it`,
      times(60, (i) => {
        const sec = hm(8, 4, 15) + i * 14 + frac(i);
        if (i % 4 === 0)
          return `${ymd(sec).replace(/-/g, '/')} ${hms(sec)} [error] 41#41: *${90311 + i * 17} connect() to unix:/tmp/php-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream, client: 10.42.${2 + (i % 3)}.${30 + (i % 50)}, server: _, request: "POST /zabbix.php?action=widget.graph.view HTTP/1.1", upstream: "fastcgi://unix:/tmp/php-fpm.sock:", host: "zabbix.noc.example.net", referrer: "https://zabbix.noc.example.net/zabbix.php?action=dashboard.view&dashboardid=${3 + (i % 7)}"`;
        if (i % 4 === 1)
          return `[11-Feb-2026 ${hms(sec)}] WARNING: [pool zabbix] server reached pm.max_children setting (20), consider raising it`;
        return `10.42.${2 + (i % 3)}.${30 + (i % 50)} - - [${clf(sec)}] "POST /zabbix.php?action=${pick(['widget.problems.view', 'widget.graph.view', 'widget.svggraph.view', 'widget.geomap.view'], i)} HTTP/1.1" ${i % 7 === 3 ? 502 : 200} ${i % 7 === 3 ? 157 : 2800 + i * 37} "https://zabbix.noc.example.net/zabbix.php?action=dashboard.view" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"`;
      }),
    ),
    accept: ['scale-up'],
  },
];

// ------------------------------------------------------------------ scale-up wrong (4)

const scaleWrong: HeldOutCase[] = [
  {
    id: 'sixtieth-linkding-500s-under-import',
    family: 'single-writer-lock',
    source: 'https://github.com/sissbruecker/linkding/issues/373',
    signal: 'Alert',
    containers: [
      {
        name: 'linkding',
        running: { startedAt: '2026-02-04T08:40:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          LD_SUPERUSER_NAME: 'admin',
          LD_ENABLE_SNAPSHOTS: 'true',
          LD_DISABLE_BACKGROUND_TASKS: 'False',
          LD_CSRF_TRUSTED_ORIGINS: 'https://links.example.dev',
        },
        mounts: [{ volume: 'data', path: '/etc/linkding/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'linkding-data' }],
    events: [
      alert(
        'LinkdingErrorRate',
        'tools/linkding 5xx 27% over 15m, p95 5.2s. 3 users importing Pocket exports (42k bookmarks) since 07:58; background snapshot queue 39k.',
      ),
    ],
    currentLog: log(
      times(20, (i) => {
        const sec = hm(8, 0, 0) + i * 13 + frac(i);
        return `[pid: ${14 + (i % 2)}|app: 0|req: ${4100 + i}/${8200 + i * 2}] 10.42.3.${11 + (i % 9)} () {56 vars in 1187 bytes} [Wed Feb 11 ${hms(sec)} 2026] POST /api/bookmarks/ => generated 612 bytes in ${180 + i * 11} msecs (HTTP/1.1 201) 7 headers in 246 bytes (1 switches on core 0)`;
      }),
      `${sql(hm(8, 3, 44))},${ms3(hm(8, 3, 44))} ERROR Internal Server Error: /api/bookmarks/`,
      'Traceback (most recent call last):',
      '  File "/opt/venv/lib/python3.12/site-packages/django/db/backends/base/base.py", line 303, in _commit',
      '    return self.connection.commit()',
      '           ^^^^^^^^^^^^^^^^^^^^^^^^',
      'sqlite3.OperationalError: database is locked',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/opt/venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
      '    response = get_response(request)',
      '  File "/opt/venv/lib/python3.12/site-packages/django/db/transaction.py", line 263, in __exit__',
      '    connection.commit()',
      '  File "/opt/venv/lib/python3.12/site-packages/django/db/backends/base/base.py", line 327, in commit',
      '    self._commit()',
      '  File "/opt/venv/lib/python3.12/site-packages/django/db/backends/base/base.py", line 302, in _commit',
      '    with debug_transaction(self, "COMMIT"), self.wrap_database_errors:',
      '  File "/opt/venv/lib/python3.12/site-packages/django/db/utils.py", line 91, in __exit__',
      '    raise dj_exc_value.with_traceback(traceback) from exc_value',
      'django.db.utils.OperationalError: database is locked',
      times(60, (i) => {
        const sec = hm(8, 4, 0) + i * 23 + frac(i);
        if (i % 3 === 0)
          return `${sql(sec)},${ms3(sec)} ERROR Internal Server Error: ${pick(['/api/bookmarks/', '/bookmarks', '/api/bookmarks/check/?url=https%3A%2F%2Fexample.com', '/bookmarks/new'], i)}`;
        if (i % 3 === 1) return 'django.db.utils.OperationalError: database is locked';
        return `[${sql(sec)},${ms3(sec)}] INFO:huey:Worker-1:Executing bookmarks.services.tasks._create_html_snapshot_task: ${(0x3a0f5c21 + i * 7919).toString(16)}-1b7e-4c2d-9f3a-${(0x8e21c4d7b6a0 + i).toString(16)}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-suitecrm-fpm-children-exhausted',
    family: 'slow-database',
    source: 'https://github.com/SuiteCRM/SuiteCRM/issues/1861',
    signal: 'Alert',
    containers: [
      {
        name: 'suitecrm',
        running: { startedAt: '2026-02-07T13:22:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          SUITECRM_DATABASE_HOST: 'suitecrm-mysql.crm.svc',
          SUITECRM_DATABASE_NAME: 'suitecrm',
          PHP_FPM_PM_MAX_CHILDREN: '24',
          PHP_MEMORY_LIMIT: '512M',
        },
      },
    ],
    events: [
      alert(
        'SuiteCRMSlowResponses',
        'crm/suitecrm p95 16.8s over 15m (baseline 0.9s); php-fpm active 24/24 on each of 3 pods; pod CPU 0.15 of 2; request rate 42 req/s (normal for Wednesday 08:00).',
      ),
    ],
    currentLog: log(
      times(16, (i) => {
        const sec = hm(8, 5, 0) + i * 17 + frac(i);
        return `[11-Feb-2026 ${hms(sec)}] WARNING: [pool www] child ${300 + i * 7}, script '/var/www/html/public/legacy/index.php' (request: "GET /legacy/index.php?module=${pick(['Accounts', 'Calls', 'Meetings', 'Home'], i)}&action=${pick(['index', 'DetailView', 'index', 'index'], i)}") executing too slow (${(5 + (i % 7) * 0.37).toFixed(6)} sec), logging`;
      }),
      `[11-Feb-2026 ${hms(hm(8, 9, 40))}] WARNING: [pool www] server reached pm.max_children setting (24), consider raising it`,
      '',
      `[11-Feb-2026 ${hms(hm(8, 9, 41))}]  [pool www] pid 339`,
      'script_filename = /var/www/html/public/legacy/index.php',
      '[0x00007f1c6a813f20] mysqli_query() /var/www/html/public/legacy/include/database/MysqliManager.php:176',
      '[0x00007f1c6a813e40] query() /var/www/html/public/legacy/include/database/DBManager.php:1612',
      '[0x00007f1c6a813d60] getOne() /var/www/html/public/legacy/modules/Reminders/Reminder.php:244',
      '[0x00007f1c6a813c70] getRemindersCount() /var/www/html/public/legacy/modules/Reminders/Reminder.php:198',
      '[0x00007f1c6a813b90] loadRemindersData() /var/www/html/public/legacy/include/SugarView/SugarView.php:718',
      '[0x00007f1c6a813aa0] displayHeader() /var/www/html/public/legacy/include/MVC/View/SugarView.php:226',
      '[0x00007f1c6a8139c0] process() /var/www/html/public/legacy/include/MVC/Controller/SugarController.php:435',
      '',
      times(40, (i) => {
        const sec = hm(8, 10, 0) + i * 29 + frac(i);
        return i % 2 === 0
          ? `[11-Feb-2026 ${hms(sec)}] WARNING: [pool www] child ${360 + i * 3}, script '/var/www/html/public/legacy/index.php' (request: "GET /legacy/index.php?module=${pick(['Home', 'Calls', 'Leads', 'Accounts'], i)}&action=index") executing too slow (${(9 + (i % 9) * 0.81).toFixed(6)} sec), logging`
          : `[11-Feb-2026 ${hms(sec)}] WARNING: [pool www] server reached pm.max_children setting (24), consider raising it`;
      }),
      `[11-Feb-2026 ${hms(hm(8, 28, 4))}]  [pool www] pid 402`,
      'script_filename = /var/www/html/public/legacy/index.php',
      '[0x00007f1c6a813f20] mysqli_query() /var/www/html/public/legacy/include/database/MysqliManager.php:176',
      '[0x00007f1c6a813e40] query() /var/www/html/public/legacy/include/database/DBManager.php:1612',
      '[0x00007f1c6a813d60] getOne() /var/www/html/public/legacy/modules/Reminders/Reminder.php:244',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-tandoor-intermittent-500',
    family: 'shared-connection-cap',
    source: 'https://github.com/openstate/open-raadsinformatie/issues/198',
    signal: 'Alert',
    containers: [
      {
        name: 'tandoor',
        running: { startedAt: '2026-02-10T22:05:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DB_ENGINE: 'django.db.backends.postgresql',
          POSTGRES_HOST: 'tandoor-pg-rw.food.svc',
          GUNICORN_WORKERS: '8',
          GUNICORN_THREADS: '4',
          DB_OPTIONS: '{"sslmode": "disable"}',
        },
        mounts: [
          { volume: 'mediafiles', path: '/opt/recipes/mediafiles' },
          { volume: 'staticfiles', path: '/opt/recipes/staticfiles' },
        ],
      },
    ],
    volumes: [
      { name: 'mediafiles', persistentVolumeClaim: 'tandoor-media' },
      { name: 'staticfiles', emptyDir: {} },
    ],
    events: [
      alert(
        'TandoorErrorRate',
        'food/tandoor 5xx ratio 0.14 over 15m across 4 replicas; request rate 96 req/s (meal-plan export Sunday job re-run by an admin at 07:50).',
      ),
    ],
    currentLog: log(
      times(20, (i) => {
        const sec = hm(8, 6, 0) + i * 11 + frac(i);
        return `10.42.${1 + (i % 4)}.${50 + i} - - [${clf(sec)}] "GET /api/${pick(['recipe/?page=1&page_size=24', 'meal-plan/?from_date=2026-02-09&to_date=2026-02-15', 'shopping-list-entry/', 'keyword/?limit=50'], i)} HTTP/1.1" 200 ${2000 + i * 97} "-" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
      `[${sql(hm(8, 10, 12))} +0000] [41] [ERROR] Error handling request /api/meal-plan/?from_date=2026-02-09&to_date=2026-02-15`,
      'Traceback (most recent call last):',
      '  File "/opt/recipes/venv/lib/python3.12/site-packages/django/db/backends/base/base.py", line 279, in ensure_connection',
      '    self.connect()',
      '  File "/opt/recipes/venv/lib/python3.12/site-packages/django/db/backends/base/base.py", line 256, in connect',
      '    self.connection = self.get_new_connection(conn_params)',
      '  File "/opt/recipes/venv/lib/python3.12/site-packages/django/db/backends/postgresql/base.py", line 332, in get_new_connection',
      '    connection = self.Database.connect(**conn_params)',
      '  File "/opt/recipes/venv/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect',
      '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
      'psycopg2.OperationalError: connection to server at "tandoor-pg-rw.food.svc" (10.43.12.7), port 5432 failed: FATAL:  sorry, too many clients already',
      '',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/opt/recipes/venv/lib/python3.12/site-packages/gunicorn/workers/gthread.py", line 282, in handle',
      '    keepalive = self.handle_request(req, conn)',
      'django.db.utils.OperationalError: connection to server at "tandoor-pg-rw.food.svc" (10.43.12.7), port 5432 failed: FATAL:  sorry, too many clients already',
      '',
      times(50, (i) => {
        const sec = hm(8, 10, 30) + i * 21 + frac(i);
        if (i % 3 === 0)
          return `[${sql(sec)} +0000] [${38 + (i % 8)}] [ERROR] Error handling request /api/${pick(['recipe/?page=2&page_size=24', 'meal-plan/?from_date=2026-02-09&to_date=2026-02-15', 'food/?query=onion'], i)}`;
        if (i % 3 === 1)
          return `django.db.utils.OperationalError: connection to server at "tandoor-pg-rw.food.svc" (10.43.12.7), port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute`;
        return `10.42.${1 + (i % 4)}.${50 + (i % 30)} - - [${clf(sec)}] "GET /api/recipe/${1200 + i}/ HTTP/1.1" 200 ${9000 + i * 13} "-" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-twenty-worker-import-backlog',
    family: 'third-party-rate-limit',
    source: 'https://github.com/twentyhq/twenty/issues/12336',
    signal: 'Alert',
    containers: [
      {
        name: 'twenty-worker',
        running: { startedAt: '2026-02-11T06:30:14Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'redis://twenty-cache.x7k2pq.ng.0001.euw1.cache.amazonaws.com:6379',
          PG_DATABASE_URL: 'postgres://twenty@twenty-pg-rw.crm.svc:5432/default',
          MESSAGING_PROVIDER_GMAIL_ENABLED: 'true',
          CALENDAR_PROVIDER_GOOGLE_ENABLED: 'true',
        },
        args: ['yarn', 'worker:prod'],
      },
    ],
    events: [
      alert(
        'BullMQQueueBacklog',
        'crm queue messaging-queue: waiting 5420 and rising for 45m, active 10, failed 2210 in 30m; worker CPU 0.07 of 1. 14 new Google Workspace accounts connected at 07:40 (sales onboarding).',
      ),
    ],
    currentLog: log(
      times(90, (i) => {
        const sec = hm(7, 45, 0) + i * 27 + frac(i);
        const account = `${pick(['a3f1c2e0', '7b9d4e12', 'c0e5a6b3', '1f8e2d4c', '9a7b3c1e'], i)}-7c41-4b8e-9f02-1d3e5a7c9b${String(20 + (i % 14)).padStart(2, '0')}`;
        if (i % 3 === 2)
          return nest(
            sec,
            'LOG',
            'MessagingMessagesImportService',
            `Messages import for workspace 20202020-1c25-4d02-bf25-6aeccf7ea419 and account ${account} done, ${i % 4} messages imported`,
          );
        return nest(
          sec,
          'WARN',
          'MessageImportExceptionHandlerService',
          `(TEMPORARY_ERROR) importing messages for workspace 20202020-1c25-4d02-bf25-6aeccf7ea419 and account ${account}: Too many concurrent requests for user. for message with externalId: 19${(0x4c2e1f8a + i * 977).toString(16)} - undefined`,
        );
      }),
    ),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ cache flushes right (3)

/** A Laravel log line as it reaches stdout with LOG_CHANNEL=stderr. */
const lara = (sec: number, level: string, text: string): string =>
  `[${sql(sec)}] production.${level}: ${text}`;

const cacheRight: HeldOutCase[] = [
  {
    id: 'sixtieth-snipe-it-500-on-every-page',
    family: 'cache-full',
    source: 'https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      {
        name: 'snipe-it',
        running: { startedAt: '2026-02-09T10:31:52Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          APP_URL: 'https://assets.example.edu',
          DB_CONNECTION: 'mysql',
          DB_HOST: 'snipeit-mysql.itam.svc',
          CACHE_DRIVER: 'redis',
          SESSION_DRIVER: 'database',
          QUEUE_DRIVER: 'sync',
          REDIS_HOST: 'snipeit-redis.itam.svc',
          LOG_CHANNEL: 'stderr',
        },
        mounts: [{ volume: 'uploads', path: '/var/lib/snipeit' }],
      },
    ],
    volumes: [{ name: 'uploads', persistentVolumeClaim: 'snipeit-uploads' }],
    events: [
      alert(
        'RedisMemoryFull',
        'itam/snipeit-redis used_memory 511.8Mi of maxmemory 512Mi (99.96%) for 25m; maxmemory_policy noeviction; evicted_keys 0; db0 keys 1,912,004 (laravel_cache:*), persistence disabled (save "", appendonly no).',
      ),
      alert('SnipeItErrorRate', 'itam/snipe-it 5xx ratio 0.58 over 10m.'),
    ],
    currentLog: log(
      times(20, (i) => {
        const sec = hm(7, 50, 0) + i * 13 + frac(i);
        return `10.42.${1 + (i % 3)}.${80 + i} - - [${clf(sec)}] "GET /${pick(['hardware?status=Deployed', `api/v1/hardware/bytag/LAP-0${4410 + i}`, `users/${300 + i}`, 'licenses'], i)} HTTP/1.1" 200 ${5000 + i * 131} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0"`;
      }),
      lara(
        hm(8, 4, 31),
        'ERROR',
        `OOM command not allowed when used memory > 'maxmemory'. {"userId":41,"exception":"[object] (RedisException(code: 0): OOM command not allowed when used memory > 'maxmemory'. at /var/www/html/vendor/laravel/framework/src/Illuminate/Redis/Connections/Connection.php:116)`,
      ),
      '[stacktrace]',
      '#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Redis/Connections/Connection.php(116): Redis->setex()',
      '#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Redis/Connections/PhpRedisConnection.php(531): Illuminate\\\\Redis\\\\Connections\\\\Connection->command()',
      '#2 /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/RedisStore.php(143): Illuminate\\\\Redis\\\\Connections\\\\PhpRedisConnection->command()',
      '#3 /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/Repository.php(236): Illuminate\\\\Cache\\\\RedisStore->put()',
      '#4 /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/Repository.php(420): Illuminate\\\\Cache\\\\Repository->put()',
      '#5 /var/www/html/app/Models/Setting.php(83): Illuminate\\\\Cache\\\\Repository->remember()',
      '#6 /var/www/html/app/Http/Middleware/CheckForSetup.php(26): App\\\\Models\\\\Setting::getSettings()',
      '"} ',
      times(50, (i) => {
        const sec = hm(8, 5, 0) + i * 29 + frac(i);
        return i % 3 === 0
          ? lara(
              sec,
              'ERROR',
              `OOM command not allowed when used memory > 'maxmemory'. {"userId":${12 + (i % 40)},"exception":"[object] (RedisException(code: 0): OOM command not allowed when used memory > 'maxmemory'. at /var/www/html/vendor/laravel/framework/src/Illuminate/Redis/Connections/Connection.php:116)`,
            )
          : `10.42.${1 + (i % 3)}.${80 + (i % 40)} - - [${clf(sec)}] "GET /${pick(['hardware', 'api/v1/hardware?limit=50&offset=0', 'accessories', 'reports/activity'], i)} HTTP/1.1" ${i % 3 === 1 ? 500 : 200} ${i % 3 === 1 ? 1233 : 4800 + i * 77} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0"`;
      }),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'sixtieth-akaunting-500-unserialize',
    family: 'cache-poisoned',
    source: 'https://github.com/laravel/framework/pull/16931',
    signal: 'Alert',
    containers: [
      {
        name: 'akaunting',
        running: { startedAt: '2026-02-10T18:44:06Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          APP_URL: 'https://books.example.coop',
          DB_HOST: 'akaunting-mariadb.finance.svc',
          CACHE_DRIVER: 'redis',
          SESSION_DRIVER: 'database',
          QUEUE_CONNECTION: 'database',
          REDIS_HOST: 'akaunting-redis.finance.svc',
          LOG_CHANNEL: 'stderr',
        },
      },
    ],
    events: [
      alert(
        'AkauntingErrorRate',
        'finance/akaunting 5xx ratio 0.71 over 15m since 07:58 on all replicas; akaunting-redis restarted at 07:55 and loaded an RDB file of 41,880 keys (38Mi).',
      ),
    ],
    currentLog: log(
      times(12, (i) => {
        const sec = hm(7, 40, 0) + i * 41 + frac(i);
        return `10.42.2.${30 + i} - - [${clf(sec)}] "GET /1/${pick(['dashboard', 'sales/invoices', 'banking/transactions', 'purchases/bills'], i)} HTTP/1.1" 200 ${14000 + i * 211} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15"`;
      }),
      lara(
        hm(7, 58, 12),
        'ERROR',
        'unserialize(): Error at offset 0 of 40 bytes {"userId":3,"exception":"[object] (ErrorException(code: 0): unserialize(): Error at offset 0 of 40 bytes at /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/RedisStore.php:436)',
      ),
      '[stacktrace]',
      '#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php(256): Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions->handleError()',
      '#1 [internal function]: Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions->Illuminate\\\\Foundation\\\\Bootstrap\\\\{closure}()',
      '#2 /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/RedisStore.php(436): unserialize()',
      '#3 /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/RedisStore.php(75): Illuminate\\\\Cache\\\\RedisStore->unserialize()',
      '#4 /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/Repository.php(117): Illuminate\\\\Cache\\\\RedisStore->get()',
      '#5 /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/Repository.php(416): Illuminate\\\\Cache\\\\Repository->get()',
      '#6 /var/www/html/vendor/akaunting/laravel-setting/src/Drivers/Database.php(93): Illuminate\\\\Cache\\\\Repository->remember()',
      '"} ',
      times(60, (i) => {
        const sec = hm(7, 59, 0) + i * 29 + frac(i);
        if (i % 2 === 0)
          return lara(
            sec,
            'ERROR',
            `unserialize(): Error at offset 0 of ${pick([40, 40, 52, 33], i)} bytes {"userId":${3 + (i % 9)},"exception":"[object] (ErrorException(code: 0): unserialize(): Error at offset 0 of ${pick([40, 40, 52, 33], i)} bytes at /var/www/html/vendor/laravel/framework/src/Illuminate/Cache/RedisStore.php:436)`,
          );
        return `10.42.2.${30 + (i % 20)} - - [${clf(sec)}] "GET /1/${pick(['dashboard', 'sales/invoices', 'banking/transactions', 'settings/company'], i)} HTTP/1.1" ${i % 4 === 1 ? 500 : 200} ${i % 4 === 1 ? 6120 : 13000 + i * 97} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15"`;
      }),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'sixtieth-misago-thread-pages-500',
    family: 'cache-full',
    source: 'https://github.com/alkem-io/server/issues/4713',
    signal: 'Alert',
    containers: [
      {
        name: 'misago',
        running: { startedAt: '2026-02-08T07:11:30Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          MISAGO_ADDRESS: 'https://forum.example.org',
          POSTGRES_HOST: 'misago-pg-rw.forum.svc',
          CACHE_URL: 'redis://misago-cache.forum.svc:6379/0',
          CELERY_BROKER_URL: 'redis://misago-queue.forum.svc:6379/0',
          SESSION_ENGINE: 'django.contrib.sessions.backends.db',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'forum/misago-cache used_memory 255.9Mi of maxmemory 256Mi; maxmemory_policy volatile-lru; db0 keys 684,112, expires 0; evicted_keys 0 in 1h; rejected writes 12/s.',
      ),
    ],
    currentLog: log(
      times(18, (i) => {
        const sec = hm(8, 0, 0) + i * 17 + frac(i);
        return `10.42.${1 + (i % 3)}.${40 + i} - - [${clf(sec)}] "${pick(['GET /t/packing-list-for-the-alps/8812/', 'GET /api/threads/?category=4', 'GET /c/general/2/', 'POST /api/threads/8812/posts/'], i)} HTTP/1.1" 200 ${6000 + i * 143} "-" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
      `ERROR ${sql(hm(8, 6, 2))},118 log Internal Server Error: /t/packing-list-for-the-alps/8812/`,
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
      '    response = get_response(request)',
      '  File "/app/misago/acl/middleware.py", line 12, in middleware',
      '    request.user_acl = get_user_acl(request.user, request.cache_versions)',
      '  File "/app/misago/acl/useracl.py", line 22, in get_user_acl',
      '    cache.set(cache_key, user_acl)',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/cache/backends/redis.py", line 196, in set',
      '    self._cache.set(key, value, self.get_backend_timeout(timeout))',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/cache/backends/redis.py", line 99, in set',
      '    client.set(key, value)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 559, in execute_command',
      '    return self._execute_command(*args, **options)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/_parsers/resp2.py", line 29, in _read_response',
      '    raise error',
      "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.",
      times(40, (i) => {
        const sec = hm(8, 6, 30) + i * 31 + frac(i);
        if (i % 3 === 0)
          return `ERROR ${sql(sec)},${ms3(sec)} log Internal Server Error: ${pick(['/t/packing-list-for-the-alps/8812/', '/c/general/2/', '/api/threads/8812/posts/', '/'], i)}`;
        if (i % 3 === 1)
          return "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.";
        return `10.42.${1 + (i % 3)}.${40 + (i % 50)} - - [${clf(sec)}] "GET /api/threads/?category=${3 + (i % 5)} HTTP/1.1" 200 ${2100 + i * 37} "-" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
    ),
    accept: ['flush-redis-cache'],
  },
];

// ------------------------------------------------------------------ cache flushes wrong (3)

const cacheWrong: HeldOutCase[] = [
  {
    id: 'sixtieth-nodebb-posting-fails',
    family: 'redis-is-the-database',
    source: 'https://github.com/redis/node-redis/issues/641',
    signal: 'Alert',
    containers: [
      {
        name: 'nodebb',
        running: { startedAt: '2026-02-03T15:20:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          database: 'redis',
          redis__host: 'nodebb-redis-master.forum.svc',
          redis__port: '6379',
          redis__database: '0',
          url: 'https://community.example.com',
        },
        mounts: [{ volume: 'uploads', path: '/usr/src/app/public/uploads' }],
      },
    ],
    volumes: [{ name: 'uploads', persistentVolumeClaim: 'nodebb-uploads' }],
    events: [
      alert(
        'RedisMemoryHigh',
        'forum/nodebb-redis-master used_memory 3.99Gi of maxmemory 4Gi; maxmemory_policy noeviction; keys 11,204,331 (expires 2,114); rdb_last_bgsave_status ok; aof_enabled 1.',
      ),
      alert('NodeBBWriteErrors', 'forum/nodebb POST error ratio 0.93 over 10m; GET 0.01.'),
    ],
    currentLog: log(
      times(20, (i) =>
        bb(
          hm(8, 0, 0) + i * 19 + frac(i),
          'info',
          `[api] ${pick(['GET /api/recent', 'GET /api/topic/8812/packing-list-for-the-alps', 'GET /api/category/4/general', 'GET /api/unread'], i)} 200`,
        ),
      ),
      bb(
        hm(8, 7, 14.2),
        'error',
        "POST /api/v3/topics/8812\nReplyError: OOM command not allowed when used memory > 'maxmemory'.\n    at parseError (/usr/src/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/usr/src/app/node_modules/redis-parser/lib/parser.js:302:14)",
      ),
      times(40, (i) => {
        const sec = hm(8, 7, 30) + i * 31 + frac(i);
        if (i % 2 === 0)
          return bb(
            sec,
            'error',
            `${pick(['POST /api/v3/topics/8812', 'POST /api/v3/topics', 'PUT /api/v3/posts/120331/vote', 'POST /api/v3/chats/77'], i)}\nReplyError: OOM command not allowed when used memory > 'maxmemory'.`,
          );
        return bb(
          sec,
          'info',
          `[api] ${pick(['GET /api/recent', 'GET /api/unread', 'GET /api/popular'], i)} 200`,
        );
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-frappe-hr-submit-fails',
    family: 'redis-is-a-queue',
    source: 'https://github.com/immich-app/immich/issues/861',
    signal: 'Alert',
    containers: [
      {
        name: 'frappe-web',
        running: { startedAt: '2026-02-10T06:00:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          FRAPPE_SITE_NAME_HEADER: 'hr.example.co',
          REDIS_CACHE: 'redis://frappe-redis-cache.hr.svc:6379',
          REDIS_QUEUE: 'redis://frappe-redis-queue.hr.svc:6379',
          DB_HOST: 'frappe-mariadb.hr.svc',
        },
        args: [
          '/home/frappe/frappe-bench/env/bin/gunicorn',
          '--chdir=/home/frappe/frappe-bench/sites',
          '--bind=0.0.0.0:8000',
          '--threads=4',
          '--workers=2',
          '--timeout=120',
          'frappe.app:application',
        ],
        mounts: [{ volume: 'sites', path: '/home/frappe/frappe-bench/sites' }],
      },
    ],
    volumes: [{ name: 'sites', persistentVolumeClaim: 'frappe-sites' }],
    events: [
      alert(
        'RedisMemoryFull',
        'hr/frappe-redis-queue used_memory 1.99Gi of maxmemory 2Gi; maxmemory_policy noeviction; rq:queue:long 1,204,880 jobs, rq:queue:default 311,204; frappe-worker-long 0/2 ready since 22:10 yesterday.',
      ),
    ],
    currentLog: log(
      times(16, (i) => {
        const sec = hm(8, 1, 0) + i * 23 + frac(i);
        return `10.42.${1 + (i % 2)}.${70 + i} - - [${clf(sec)}] "GET /api/method/frappe.desk.form.load.getdoc?doctype=Salary+Slip&name=Sal+Slip%2FHR-EMP-00${412 + i}%2F00031 HTTP/1.1" 200 ${9100 + i * 51} "https://hr.example.co/app/salary-slip" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"`;
      }),
      `10.42.1.77 - - [${clf(hm(8, 9, 2))}] "POST /api/method/hrms.payroll.doctype.payroll_entry.payroll_entry.submit_salary_slips HTTP/1.1" 500 1844 "https://hr.example.co/app/payroll-entry/HR-PRUN-2026-00002" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"`,
      'Traceback (most recent call last):',
      '  File "apps/frappe/frappe/app.py", line 114, in application',
      '    response = frappe.api.handle(request)',
      '  File "apps/frappe/frappe/api/__init__.py", line 49, in handle',
      '    data = endpoint(**arguments)',
      '  File "apps/hrms/hrms/payroll/doctype/payroll_entry/payroll_entry.py", line 1318, in submit_salary_slips_for_employees',
      '    frappe.enqueue(',
      '  File "apps/frappe/frappe/utils/background_jobs.py", line 169, in enqueue',
      '    return q.enqueue_call(',
      '  File "env/lib/python3.11/site-packages/rq/queue.py", line 1117, in enqueue_job',
      '    job.save(pipeline=pipe)',
      '  File "env/lib/python3.11/site-packages/redis/client.py", line 1531, in _execute_transaction',
      '    raise response',
      "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.",
      times(40, (i) => {
        const sec = hm(8, 9, 30) + i * 29 + frac(i);
        if (i % 4 === 0)
          return `10.42.${1 + (i % 2)}.${70 + (i % 30)} - - [${clf(sec)}] "POST /api/method/${pick(['hrms.payroll.doctype.payroll_entry.payroll_entry.submit_salary_slips', 'frappe.desk.form.save.savedocs', 'frappe.core.doctype.communication.email.make'], i)} HTTP/1.1" 500 1844 "https://hr.example.co/app" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"`;
        if (i % 4 === 1)
          return "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.";
        return `10.42.${1 + (i % 2)}.${70 + (i % 30)} - - [${clf(sec)}] "GET /api/method/frappe.desk.listview.get_list_settings?doctype=Leave+Application HTTP/1.1" 200 ${412 + i} "https://hr.example.co/app/leave-application" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-kutt-link-creation-fails',
    family: 'redis-refusing-writes',
    source: 'https://github.com/pulibrary/dpul/issues/1471',
    signal: 'Alert',
    containers: [
      {
        name: 'kutt',
        running: { startedAt: '2026-02-06T12:40:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DEFAULT_DOMAIN: 'kt.example.io',
          DB_CLIENT: 'pg',
          DB_HOST: 'kutt-pg-rw.links.svc',
          REDIS_ENABLED: 'true',
          REDIS_HOST: 'kutt-redis-master.links.svc',
        },
      },
    ],
    events: [
      alert(
        'RedisRdbSaveFailing',
        'links/kutt-redis-master rdb_last_bgsave_status err for 41m; rdb_changes_since_last_save 88,120; volume redis-data-kutt-redis-master-0 at 100% of 2Gi.',
      ),
      alert('KuttErrorRate', 'links/kutt 5xx on POST /api/v2/links 100% over 15m; redirects 0.4% 5xx.'),
    ],
    currentLog: log(
      times(20, (i) => {
        return `GET /${pick(['xk3Pq', 'menu', 'a8Zt1', 'jobs25'], i)} 302 ${(2 + (i % 9) * 0.7).toFixed(3)} ms - 0`;
      }),
      `[ioredis] Unhandled error event: ReplyError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.`,
      '    at parseError (/kutt/node_modules/redis-parser/lib/parser.js:179:12)',
      '    at parseType (/kutt/node_modules/redis-parser/lib/parser.js:302:14)',
      times(60, (i) => {
        if (i % 3 === 0) return `POST /api/v2/links 500 ${(40 + (i % 7) * 3.1).toFixed(3)} ms - 67`;
        if (i % 3 === 1)
          return "ReplyError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.";
        return `GET /${pick(['xk3Pq', 'menu', 'q7Lm2', 'deal'], i)} 302 ${(2 + (i % 9) * 0.7).toFixed(3)} ms - 0`;
      }),
    ),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ node actions right (3)

/** An Oxidized (Ruby Logger) line. */
const ox = (sec: number, level: 'I' | 'W' | 'E' | 'F' | 'D', text: string): string => {
  const name = { I: 'INFO', W: 'WARN', E: 'ERROR', F: 'FATAL', D: 'DEBUG' }[level];
  const micro = String((Math.round(sec * 1000) * 7919 + 104729) % 1_000_000).padStart(6, '0');
  return `${level}, [${iso(sec).slice(0, 19)}.${micro} #1] ${name.padStart(5)} -- : ${text}`;
};

/** A Wazuh manager ossec.log line. */
const wz = (sec: number, daemon: string, level: string, text: string): string =>
  `${ymd(sec).replace(/-/g, '/')} ${hms(sec)} ${daemon}: ${level}: ${text}`;

const nodeRight: HeldOutCase[] = [
  {
    id: 'sixtieth-kanboard-pod-not-ready',
    family: 'node-sick',
    source: 'https://github.com/aws-samples/eks-workshop-v2/issues/447',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'kanboard',
        running: { startedAt: '2026-02-09T04:12:33Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL: 'postgres://kanboard@kanboard-pg-rw.pm.svc/kanboard',
          PLUGIN_INSTALLER: 'false',
        },
        mounts: [
          { volume: 'data', path: '/var/www/app/data' },
          { volume: 'plugins', path: '/var/www/app/plugins' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'kanboard-data' },
      { name: 'plugins', persistentVolumeClaim: 'kanboard-plugins' },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 9m41.380215927s ago; threshold is 3m0s',
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
        'ip-10-30-4-77.eu-central-1.compute.internal has been unready for more than 5 minutes; 23 pods on it report Ready=False.',
      ),
    ],
    currentLog: log(
      times(70, (i) => {
        const sec = hm(8, 2, 0) + i * 11 + frac(i);
        return `10.42.${1 + (i % 3)}.${60 + (i % 40)} - - [${clf(sec)}] "${pick(['GET /?controller=BoardViewController&action=show&project_id=12', 'POST /?controller=TaskAjaxController&action=autocomplete', 'GET /jsonrpc.php', 'GET /?controller=DashboardController&action=show'], i)} HTTP/1.1" 200 ${3100 + i * 57} "https://board.example.net/" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'sixtieth-wekan-create-container-error',
    family: 'node-sick',
    source: 'https://github.com/kubernetes/node-problem-detector/issues/1071',
    signal: 'CreateContainerError',
    containers: [
      {
        name: 'wekan',
        waiting: {
          reason: 'CreateContainerError',
          message:
            'failed to create containerd container: mkdir /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/91337: read-only file system',
        },
        last: { reason: 'Error', exitCode: 1 },
        restarts: 1,
        ready: false,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          MONGO_URL: 'mongodb://wekan-mongodb-0.wekan-mongodb:27017/wekan',
          ROOT_URL: 'https://kanban.example.org',
          WRITABLE_PATH: '/data',
          PORT: '8080',
        },
        mounts: [{ volume: 'scratch', path: '/data' }],
      },
    ],
    volumes: [{ name: 'scratch', emptyDir: {} }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'ReadonlyFilesystem',
          status: 'True',
          reason: 'FilesystemIsReadOnly',
          message: 'EXT4-fs (nvme0n1p1): Remounting filesystem read-only',
        },
        {
          type: 'KernelDeadlock',
          status: 'False',
          reason: 'KernelHasNoDeadlock',
          message: 'kernel has no deadlock',
        },
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
      ],
    },
    events: [
      {
        reason: 'Failed',
        type: 'Warning',
        message:
          'Error: failed to create containerd container: mkdir /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/91337: read-only file system',
        count: 14,
      },
      {
        reason: 'Pulled',
        type: 'Normal',
        message: 'Container image "ghcr.io/wekan/wekan:v7.80" already present on machine',
        count: 15,
      },
    ],
    previousLog: log(
      times(26, (i) => {
        const sec = hm(7, 31, 12) + i * 53 + frac(i);
        const file = `${(0x7a3f21 + i * 7919).toString(36)}${pick(['Lq2PzN4cXbYwT9a', 'k3vR8mQ1dZ0eF5h', 'Tn6yU2wB9cS4xVe'], i)}-original.${pick(['pdf', 'png', 'docx', 'jpg'], i)}`;
        return `${iso(sec)} Exception while invoking method 'uploadAttachment' Error: EROFS: read-only file system, open '/data/files/attachments/${file}'`;
      }),
      '/build/programs/server/node_modules/fibers/future.js:313',
      '\t\t\t\t\t\tthrow(ex);',
      '\t\t\t\t\t\t^',
      '',
      "Error: EROFS: read-only file system, mkdir '/data/files/avatars'",
      '    at Object.mkdirSync (node:fs:1391:3)',
      '    at module.exports.makeDirectorySync (/build/programs/server/npm/node_modules/fs-extra/lib/mkdirs/make-dir.js:23:13)',
      '  errno: -30,',
      "  syscall: 'mkdir',",
      "  code: 'EROFS',",
      "  path: '/data/files/avatars'",
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'sixtieth-dolibarr-pod-unknown',
    family: 'node-sick',
    source: 'https://github.com/rancher/rancher/issues/29997',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'dolibarr',
        running: { startedAt: '2026-02-10T05:51:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DOLI_DB_HOST: 'dolibarr-mariadb.erp.svc',
          DOLI_URL_ROOT: 'https://erp.example.fr',
          PHP_INI_DATE_TIMEZONE: 'Europe/Paris',
        },
        mounts: [{ volume: 'documents', path: '/var/www/documents' }],
      },
    ],
    volumes: [{ name: 'documents', persistentVolumeClaim: 'dolibarr-documents' }],
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
      { reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready' },
      {
        reason: 'TaintManagerEviction',
        type: 'Normal',
        message: 'Marking for deletion Pod erp/dolibarr-6b8c9d7f54-rt6jd',
      },
      alert(
        'KubeDeploymentReplicasMismatch',
        'erp/dolibarr has 0 of 1 replicas available for 9m. Replacement pod dolibarr-6b8c9d7f54-x7k2p is ContainerCreating: Multi-Attach error for volume "pvc-5e1b7c02-93d4-4a7e-8c1f-2b6d0e9a4f37" Volume is already exclusively attached to one node and can\'t be attached to another.',
      ),
    ],
    currentLog: log(
      times(60, (i) => {
        const sec = hm(8, 8, 0) + i * 11 + frac(i);
        return `10.42.${1 + (i % 3)}.${20 + (i % 60)} - - [${clf(sec)}] "${pick(['GET /compta/facture/list.php?leftmenu=customers_bills', 'POST /comm/action/card.php', 'GET /product/list.php?type=0', 'GET /index.php?mainmenu=home'], i)} HTTP/1.1" 200 ${8100 + i * 97} "https://erp.example.fr/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"`;
      }),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
  },
];

// ------------------------------------------------------------------ node actions wrong (3)

const nodeWrong: HeldOutCase[] = [
  {
    id: 'sixtieth-glpi-pod-evicted',
    family: 'pod-own-disk',
    source: 'https://github.com/glpi-project/glpi/issues/15649',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'glpi',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        ready: false,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          GLPI_LOG_DIR: '/var/glpi/logs',
          GLPI_VAR_DIR: '/var/glpi/files',
          GLPI_CONFIG_DIR: '/etc/glpi',
          DB_HOST: 'glpi-mariadb.itsm.svc',
        },
        mounts: [
          { volume: 'logs', path: '/var/glpi/logs' },
          { volume: 'files', path: '/var/glpi/files' },
          { volume: 'config', path: '/etc/glpi' },
        ],
      },
    ],
    volumes: [
      { name: 'logs', emptyDir: {} },
      { name: 'files', persistentVolumeClaim: 'glpi-files' },
      { name: 'config', secret: 'glpi-config' },
    ],
    node: calmNode,
    events: [
      {
        reason: 'Evicted',
        type: 'Warning',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container glpi' },
    ],
    previousLog: log(
      times(80, (i) => {
        const sec = hm(8, 5, 0) + i * 9 + frac(i);
        if (i % 4 === 0)
          return `[${sql(sec)}] glpiphplog.ERROR:   *** PHP User Error (256): Duplicate entry '${577300 + i}-23' for key 'unicity' in /var/www/glpi/src/DBmysql.php at line 1998`;
        if (i % 4 === 1)
          return '  src/Inventory/Asset/NetworkPort.php:532            DBmysql->executeStatement()';
        return `10.42.${1 + (i % 3)}.${100 + (i % 50)} - - [${clf(sec)}] "POST /front/inventory.php HTTP/1.1" ${i % 4 === 2 ? 500 : 200} ${i % 4 === 2 ? 388 : 122} "-" "GLPI-Agent_v1.11"`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-oxidized-crashloop-no-space',
    family: 'pod-own-disk',
    source: 'https://github.com/ytti/oxidized/issues/2684',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('oxidized', 'oxidized-0', 1, 8),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { CONFIG_RELOAD_INTERVAL: '600', OXIDIZED_HOME: '/home/oxidized/.config/oxidized' },
        mounts: [
          { volume: 'oxidized-data', path: '/home/oxidized/.config/oxidized' },
          { volume: 'router-db', path: '/home/oxidized/.config/oxidized/router.db' },
        ],
      },
    ],
    volumes: [
      { name: 'oxidized-data', persistentVolumeClaim: 'oxidized-data-oxidized-0' },
      { name: 'router-db', configMap: 'oxidized-router-db' },
    ],
    node: calmNode,
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container oxidized in pod oxidized-0_netops(2c7a1e90-4b3f-4d18-a5c6-9e0f7b2d1c48)',
        count: 27,
      },
    ],
    previousLog: log(
      ox(hm(8, 19, 2), 'I', 'Oxidized starting, running as pid 1'),
      ox(hm(8, 19, 2), 'I', 'lib/oxidized/nodes.rb: Loading nodes'),
      ox(hm(8, 19, 3), 'I', 'lib/oxidized/nodes.rb: Loaded 812 nodes'),
      'Puma starting in single mode...',
      '* Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
      '*  Min threads: 0',
      '*  Max threads: 5',
      '*  Environment: development',
      '*          PID: 1',
      '* Listening on http://0.0.0.0:8888',
      'Use Ctrl-C to stop',
      times(24, (i) => {
        const sec = hm(8, 19, 10) + i * 3;
        return i % 6 === 5
          ? ox(
              sec,
              'W',
              `/${pick(['acc-sw-3f-12', 'pe-ams-02', 'fw-edge-01'], i)} status no_connection, retry attempt 1`,
            )
          : ox(
              sec,
              'I',
              `Configuration updated for /${pick(['core-sw-01', 'acc-sw-2f-07', 'dist-rtr-02', 'acc-sw-4f-03', 'wlc-01'], i)}`,
            );
      }),
      ox(hm(8, 20, 26), 'F', 'Oxidized crashed, crashfile written in /home/oxidized/.config/oxidized/crash'),
      "/usr/local/bundle/gems/oxidized-0.30.1/lib/oxidized/output/git.rb:180:in `write': failed to write object: No space left on device (Rugged::OSError)",
      "\tfrom /usr/local/bundle/gems/oxidized-0.30.1/lib/oxidized/output/git.rb:180:in `update_repo'",
      "\tfrom /usr/local/bundle/gems/oxidized-0.30.1/lib/oxidized/output/git.rb:160:in `update'",
      "\tfrom /usr/local/bundle/gems/oxidized-0.30.1/lib/oxidized/output/git.rb:57:in `store'",
      "\tfrom /usr/local/bundle/gems/oxidized-0.30.1/lib/oxidized/worker.rb:65:in `process_success'",
      "\tfrom /usr/local/bundle/gems/oxidized-0.30.1/lib/oxidized/worker.rb:47:in `process'",
      "\tfrom /usr/local/bundle/gems/oxidized-0.30.1/lib/oxidized/worker.rb:16:in `block in work'",
      "\tfrom /usr/local/bundle/gems/oxidized-0.30.1/lib/oxidized/core.rb:36:in `run'",
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-wazuh-manager-evicted-node-pressure',
    family: 'pod-is-the-pressure',
    source: 'https://github.com/wazuh/wazuh/issues/9335',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'wazuh-manager',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        ready: false,
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: { INDEXER_URL: 'https://wazuh-indexer.security.svc:9200', WAZUH_CLUSTER_NODE_TYPE: 'worker' },
        mounts: [{ volume: 'wazuh-data', path: '/var/ossec/data' }],
      },
    ],
    volumes: [{ name: 'wazuh-data', persistentVolumeClaim: 'wazuh-manager-worker-0' }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
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
    events: [
      {
        reason: 'Evicted',
        type: 'Warning',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 81244Ki. Container wazuh-manager was using 11843216Ki, request is 2Gi, has larger consumption of request.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container wazuh-manager' },
      alert(
        'KubeNodeMemoryPressure',
        'ip-10-60-2-19.eu-west-1.compute.internal has MemoryPressure; 4 pods evicted in 10m.',
      ),
    ],
    previousLog: log(
      wz(hm(6, 48, 12), 'wazuh-remoted', 'INFO', "Remote syslog allowed from: '10.60.0.0/16'"),
      times(30, (i) =>
        wz(
          hm(6, 50, 0) + i * 61,
          'wazuh-remoted',
          'WARNING',
          `Message queue is full (131072). Events may be lost.`,
        ),
      ),
      times(24, (i) => wz(hm(7, 21, 0) + i * 97, 'wazuh-analysisd', 'WARNING', 'Input queue is full.')),
      wz(hm(7, 58, 40), 'wazuh-analysisd', 'WARNING', 'Syscheck decoder queue is full.'),
      times(18, (i) =>
        wz(
          hm(8, 0, 0) + i * 61,
          'wazuh-remoted',
          'WARNING',
          `Message queue is full (131072). Events may be lost.`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
];

// ------------------------------------------------------------------ rollbacks right (3)

/** Django's manage.py failing to import Django, as a broken image prints it. */
const noDjango = (): string[] => [
  'Traceback (most recent call last):',
  '  File "/etc/linkding/manage.py", line 10, in main',
  '    from django.core.management import execute_from_command_line',
  "ModuleNotFoundError: No module named 'django'",
  '',
  'The above exception was the direct cause of the following exception:',
  '',
  'Traceback (most recent call last):',
  '  File "/etc/linkding/manage.py", line 21, in <module>',
  '    main()',
  '  File "/etc/linkding/manage.py", line 12, in main',
  '    raise ImportError(',
  "ImportError: Couldn't import Django. Are you sure it's installed and available on your PYTHONPATH environment variable? Did you forget to activate a virtual environment?",
];

/** A Jellyseerr (winston) line. */
const js = (sec: number, level: string, label: string, text: string): string =>
  `${iso(sec)} [${level}][${label}]: ${text}`;

const rollbackRight: HeldOutCase[] = [
  {
    id: 'sixtieth-linkding-crashloop-after-deploy',
    family: 'bad-release',
    source: 'https://github.com/sissbruecker/linkding/issues/1193',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('linkding', 'linkding-7b4d9c5f6-vq8sx', 1, 7),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          LD_SUPERUSER_NAME: 'admin',
          LD_CSRF_TRUSTED_ORIGINS: 'https://bookmarks.example.team',
          LD_DB_ENGINE: 'postgres',
          LD_DB_HOST: 'linkding-pg-rw.tools.svc',
        },
        mounts: [{ volume: 'data', path: '/etc/linkding/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'linkding-team-data' }],
    rollout: { minutesAgo: 14, previousTag: '1.42.0' },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container linkding in pod linkding-7b4d9c5f6-vq8sx_tools(a41f0c7e-2d93-4b6a-8f15-3c9e0b7d2a61)',
        count: 31,
      },
      {
        reason: 'Pulled',
        type: 'Normal',
        message: 'Container image "sissbruecker/linkding:2.3.1" already present on machine',
        count: 8,
      },
    ],
    previousLog: log(noDjango()),
    currentLog: log(noDjango()),
    accept: ['rollback'],
  },
  {
    id: 'sixtieth-freshrss-application-problem',
    family: 'bad-release',
    source: 'https://github.com/FreshRSS/FreshRSS/issues/3323',
    signal: 'Alert',
    containers: [
      {
        name: 'freshrss',
        running: { startedAt: '2026-02-11T08:07:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          CRON_MIN: '2,32',
          TZ: 'Europe/Brussels',
          TRUSTED_PROXY: '10.42.0.0/16',
          FRESHRSS_ENV: 'production',
        },
        mounts: [
          { volume: 'data', path: '/var/www/FreshRSS/data' },
          { volume: 'extensions', path: '/var/www/FreshRSS/extensions' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'freshrss-data' },
      { name: 'extensions', persistentVolumeClaim: 'freshrss-extensions' },
    ],
    rollout: { minutesAgo: 23, previousTag: '1.25.0' },
    events: [
      alert(
        'FreshRSSDown',
        'news/freshrss HTTP 500 on 100% of requests for 20m (blackbox probe https://rss.example.be/i/ → 500).',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 128,
      },
    ],
    currentLog: log(
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.42.1.209. Set the 'ServerName' directive globally to suppress this message",
      `[Wed Feb 11 ${hms(hm(8, 7, 41))}.204417 2026] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.62 (Debian) configured -- resuming normal operations`,
      `[Wed Feb 11 ${hms(hm(8, 7, 41))}.204470 2026] [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
      times(70, (i) => {
        const sec = hm(8, 8, 0) + i * 15 + frac(i);
        if (i % 5 === 0)
          return `FreshRSS[${27 + (i % 9)}]: [_] [Wed, 11 Feb 2026 ${hms(sec)} +0000] [error] --- Configuration error: system namespace does not exist`;
        if (i % 5 === 3)
          return `10.42.0.1 - - [${clf(sec)}] "GET /i/ HTTP/1.1" 500 412 "-" "kube-probe/1.31"`;
        return `10.42.${2 + (i % 3)}.${90 + (i % 40)} - - [${clf(sec)}] "${pick(['GET /i/?a=normal&state=3', 'GET /api/greader.php/reader/api/0/stream/contents/reading-list?n=50', 'POST /i/?c=entry&a=read', 'GET /api/fever.php?api&items'], i)} HTTP/1.1" 500 412 "-" "${pick(['Reeder/5.4', 'FocusReader/8.1', 'Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0'], i)}"`;
      }),
    ),
    accept: ['rollback'],
  },
  {
    id: 'sixtieth-leantime-image-pull-backoff',
    family: 'bad-release',
    source: 'https://github.com/cvisionai/tator/issues/439',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'leantime',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "registry.example.net/pm/leantime:2.3.1"',
        },
        restarts: 0,
        ready: false,
        memoryLimit: '768Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          LEAN_DB_HOST: 'leantime-mysql.pm.svc',
          LEAN_APP_URL: 'https://projects.example.net',
          LEAN_SESSION_SECURE: 'true',
        },
        mounts: [
          { volume: 'userfiles', path: '/var/www/html/userfiles' },
          { volume: 'public-userfiles', path: '/var/www/html/public/userfiles' },
        ],
      },
    ],
    volumes: [
      { name: 'userfiles', persistentVolumeClaim: 'leantime-userfiles' },
      { name: 'public-userfiles', persistentVolumeClaim: 'leantime-public-userfiles' },
    ],
    rollout: { minutesAgo: 11, previousTag: '3.4.3' },
    events: [
      {
        reason: 'Pulling',
        type: 'Normal',
        message: 'Pulling image "registry.example.net/pm/leantime:2.3.1"',
        count: 7,
      },
      {
        reason: 'Failed',
        type: 'Warning',
        message:
          'Failed to pull image "registry.example.net/pm/leantime:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.net/pm/leantime:2.3.1": failed to resolve reference "registry.example.net/pm/leantime:2.3.1": registry.example.net/pm/leantime:2.3.1: not found',
        count: 7,
      },
      { reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', count: 7 },
      {
        reason: 'BackOff',
        type: 'Normal',
        message: 'Back-off pulling image "registry.example.net/pm/leantime:2.3.1"',
        count: 39,
      },
      { reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', count: 39 },
    ],
    accept: ['rollback'],
  },
];

// ------------------------------------------------------------------ rollbacks wrong (4)

const rollbackWrong: HeldOutCase[] = [
  {
    id: 'sixtieth-monica-500-after-deploy',
    family: 'credentials',
    source: 'https://github.com/monicahq/monica/issues/4236',
    signal: 'Alert',
    containers: [
      {
        name: 'monica',
        running: { startedAt: '2026-02-11T07:38:09Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DB_HOST: 'monica-mysql.crm.svc',
          DB_DATABASE: 'monica',
          DB_USERNAME: 'monica',
          APP_ENV: 'production',
          APP_URL: 'https://people.example.org',
          LOG_CHANNEL: 'stderr',
          LOG_LEVEL: 'info',
        },
        mounts: [{ volume: 'storage', path: '/var/www/html/storage' }],
      },
    ],
    volumes: [{ name: 'storage', persistentVolumeClaim: 'monica-storage' }],
    rollout: { minutesAgo: 52, addedEnv: { LOG_CHANNEL: 'stderr', LOG_LEVEL: 'info' } },
    events: [
      alert(
        'MonicaErrorRate',
        'crm/monica 5xx ratio 1.0 over 20m (first 5xx at 08:00:09); monica-mysql Aborted_connects 1.1k in 20m.',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 83,
      },
    ],
    currentLog: log(
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.42.3.17. Set the 'ServerName' directive globally to suppress this message",
      `[Wed Feb 11 ${hms(hm(7, 38, 12))}.402118 2026] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.2.27 configured -- resuming normal operations`,
      times(40, (i) => {
        const sec = hm(7, 39, 0) + i * 31 + frac(i);
        return `10.42.${1 + (i % 3)}.${20 + i} - - [${clf(sec)}] "GET /${pick(['dashboard', 'people', 'people/h:8a12f', 'journal', 'settings'], i)} HTTP/1.1" 200 ${7400 + i * 83} "https://people.example.org/" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
      `[${sql(hm(8, 0, 9))}] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'monica'@'10.42.3.17' (using password: YES) (Connection: mysql, SQL: select * from \`sessions\` where \`id\` = kQ2m9YtV4bN7cR1xP0wL8sE3aD6fG5hJ limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 1045): SQLSTATE[HY000] [1045] Access denied for user 'monica'@'10.42.3.17' (using password: YES) (Connection: mysql, SQL: select * from \`sessions\` where \`id\` = kQ2m9YtV4bN7cR1xP0wL8sE3aD6fG5hJ limit 1) at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:813)`,
      '[stacktrace]',
      '#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(767): Illuminate\\\\Database\\\\Connection->runQueryCallback()',
      '#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(398): Illuminate\\\\Database\\\\Connection->run()',
      '"} ',
      times(40, (i) => {
        const sec = hm(8, 0, 30) + i * 29 + frac(i);
        return i % 2 === 0
          ? `[${sql(sec)}] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'monica'@'10.42.3.17' (using password: YES) (Connection: mysql, SQL: select * from \`cache\` where \`key\` = laravel_cache_monica_instance limit 1)`
          : `10.42.${1 + (i % 3)}.${20 + (i % 40)} - - [${clf(sec)}] "GET /${pick(['dashboard', 'people', 'login'], i)} HTTP/1.1" 500 6132 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-komga-thumbnails-500-after-upgrade',
    family: 'migrated-schema',
    source: 'https://github.com/kestra-io/kestra/issues/1505',
    signal: 'Alert',
    containers: [
      {
        name: 'komga',
        running: { startedAt: '2026-02-11T07:44:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { JAVA_TOOL_OPTIONS: '-Xmx1g', KOMGA_CONFIGDIR: '/config', SERVER_PORT: '25600' },
        mounts: [
          { volume: 'config', path: '/config' },
          { volume: 'comics', path: '/data' },
        ],
      },
    ],
    volumes: [
      { name: 'config', persistentVolumeClaim: 'komga-club-config' },
      { name: 'comics', persistentVolumeClaim: 'club-comics-nfs' },
    ],
    rollout: { minutesAgo: 47, previousTag: '1.14.1' },
    events: [
      alert(
        'KomgaErrorRate',
        'reading/komga-club 5xx ratio 0.37 over 15m, all on GET /api/v1/series/*/thumbnail and /api/v1/books/*/thumbnail; reading pages 0.1%.',
      ),
    ],
    currentLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx1g',
      `${sql(hm(7, 44, 4))}.511  INFO 1 --- [           main] org.gotson.komga.ApplicationKt           : Starting ApplicationKt using Java 21.0.6 with PID 1 (/app/application.jar started by root in /app)`,
      `${sql(hm(7, 44, 11))}.090  INFO 1 --- [           main] o.f.core.internal.command.DbValidate     : Successfully validated 115 migrations (execution time 00:00.071s)`,
      `${sql(hm(7, 44, 11))}.204  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Current version of schema "main": 20241120154112`,
      `${sql(hm(7, 44, 11))}.231  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Migrating schema "main" to version "20260112093000 - thumbnail series type"`,
      `${sql(hm(7, 44, 58))}.802  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Migrating schema "main" to version "20260126141500 - book thumbnail mediatype"`,
      `${sql(hm(7, 45, 40))}.118  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Migrating schema "main" to version "20260202110000 - drop legacy thumbnail columns"`,
      `${sql(hm(7, 45, 41))}.662  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Successfully applied 3 migrations to schema "main", now at version v20260202110000 (execution time 01:30.431s)`,
      `${sql(hm(7, 45, 49))}.001  INFO 1 --- [           main] org.gotson.komga.ApplicationKt           : Started ApplicationKt in 105.2 seconds (process running for 106.1)`,
      times(50, (i) => {
        const sec = hm(7, 50, 0) + i * 41 + frac(i);
        const id = `0${(7120 + i * 13).toString(16).toUpperCase()}MX${i % 10}`;
        if (i % 3 === 0)
          return `${sql(sec)}.${ms3(sec)} ERROR 1 --- [o-25600-exec-${1 + (i % 9)}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalArgumentException: No enum constant org.gotson.komga.domain.model.ThumbnailSeries.Type.GENERATED] with root cause\n\njava.lang.IllegalArgumentException: No enum constant org.gotson.komga.domain.model.ThumbnailSeries.Type.GENERATED\n\tat java.base/java.lang.Enum.valueOf(Enum.java:293)\n\tat org.gotson.komga.infrastructure.jooq.main.ThumbnailSeriesDao.toDomain(ThumbnailSeriesDao.kt:133)`;
        return `${sql(sec)}.${ms3(sec)}  INFO 1 --- [     taskProcessor-${1 + (i % 4)}] o.g.komga.application.tasks.TaskHandler  : Task AnalyzeBook(bookId=${id}, priority=6) executed in ${300 + ((i * 71) % 1500)}ms`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'sixtieth-jellyseerr-discover-errors-after-deploy',
    family: 'upstream-outage',
    source: 'https://github.com/seerr-team/seerr/issues/998',
    signal: 'Alert',
    containers: [
      {
        name: 'jellyseerr',
        running: { startedAt: '2026-02-11T08:04:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { LOG_LEVEL: 'debug', TZ: 'Europe/London', PORT: '5055' },
        mounts: [{ volume: 'config', path: '/app/config' }],
      },
    ],
    volumes: [{ name: 'config', persistentVolumeClaim: 'jellyseerr-config' }],
    rollout: { minutesAgo: 26, previousTag: '2.2.3' },
    events: [
      alert(
        'JellyseerrApiErrors',
        'media/jellyseerr 5xx on /api/v1/discover/* 0.81 over 10m since 08:13; /api/v1/request and /api/v1/status 0.0.',
      ),
    ],
    currentLog: log(
      js(hm(8, 4, 13), 'info', 'Server', 'Starting Jellyseerr version 2.3.1'),
      js(hm(8, 4, 15), 'info', 'Notifications', 'Registered notification agents'),
      js(hm(8, 4, 15), 'info', 'Jobs', 'Scheduled jobs loaded'),
      js(hm(8, 4, 16), 'info', 'Server', 'Server ready on port 5055'),
      times(24, (i) =>
        js(
          hm(8, 5, 0) + i * 19 + frac(i),
          'debug',
          'API',
          `${pick(['GET /api/v1/discover/trending', 'GET /api/v1/discover/movies?page=1', 'GET /api/v1/movie/872585', 'GET /api/v1/request?take=10&skip=0'], i)} 200`,
        ),
      ),
      js(hm(8, 12, 0), 'info', 'Jobs', 'Starting scheduled job: Jellyfin Recently Added Scan'),
      times(60, (i) => {
        const sec = hm(8, 13, 2) + i * 16 + frac(i);
        if (i % 3 === 0)
          return js(
            sec,
            'debug',
            'API',
            `Something went wrong retrieving ${pick(['trending items', 'popular movies', 'upcoming movies'], i)} {"errorMessage":"[TMDB] Failed to fetch ${pick(['all trending', 'discover movies', 'upcoming movies'], i)}: Request failed with status code 503"}`,
          );
        if (i % 3 === 1)
          return js(
            sec,
            'debug',
            'API',
            `Something went wrong retrieving movie {"errorMessage":"[TMDB] Failed to fetch movie details: connect ETIMEDOUT 18.239.${(i * 7) % 255}.${(i * 13) % 255}:443","movieId":"${800000 + i * 311}"}`,
          );
        return js(
          sec,
          'error',
          'Jellyfin Sync',
          `Failed to process Jellyfin item, id: ${(0xe3e53cd1 + i * 7919).toString(16)}1df89d36a19ee0d59c50a21a {"errorMessage":"Unable to find TMDb ID"}`,
        );
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtieth-flarum-boot-error',
    family: 'admin-toggle',
    source: 'https://github.com/FreeFlarum/freeflarum.com/issues/118',
    signal: 'Alert',
    containers: [
      {
        name: 'flarum',
        running: { startedAt: '2026-02-11T06:57:20Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          FLARUM_BASE_URL: 'https://talk.example.dev',
          DB_HOST: 'flarum-mariadb.forum.svc',
          MAIL_HOST: 'smtp.eu.mailgun.org',
          UPLOAD_MAX_SIZE: '32M',
        },
        mounts: [{ volume: 'assets', path: '/data/assets' }],
      },
    ],
    volumes: [{ name: 'assets', persistentVolumeClaim: 'flarum-assets' }],
    rollout: { minutesAgo: 93, addedEnv: { MAIL_HOST: 'smtp.eu.mailgun.org' } },
    events: [
      alert(
        'FlarumDown',
        'forum/flarum 500 on 100% of requests since 08:11 (blackbox https://talk.example.dev/ → 500).',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 97,
      },
    ],
    currentLog: log(
      times(60, (i) => {
        const sec = hm(7, 40, 0) + i * 29 + frac(i);
        return `10.42.${1 + (i % 3)}.${30 + (i % 60)} - - [${clf(sec)}] "GET /${pick(['', 'd/1204-how-do-i-pin-a-tag', 'api/discussions?include=user%2ClastPostedUser%2Ctags&sort=-lastPostedAt', 't/announcements', 'api/notifications'], i)} HTTP/1.1" 200 ${4000 + i * 173} "https://talk.example.dev/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15"`;
      }),
      `10.42.2.14 - - [${clf(hm(8, 11, 3))}] "PATCH /api/extensions/fof-drafts HTTP/1.1" 204 0 "https://talk.example.dev/admin" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`,
      `${ymd(hm(8, 11, 4)).replace(/-/g, '/')} ${hms(hm(8, 11, 4))} [error] 52#52: *30911 FastCGI sent in stderr: "PHP message: Flarum encountered a boot error (ReflectionException)\nClass FoF\\Drafts\\Listeners\\AddRelationships does not exist\nthrown in /opt/flarum/vendor/illuminate/container/Container.php on line 779" while reading response header from upstream, client: 10.42.2.14, server: _, request: "GET /admin HTTP/1.1", upstream: "fastcgi://unix:/var/run/php-fpm.sock:", host: "talk.example.dev"`,
      times(40, (i) => {
        const sec = hm(8, 11, 20) + i * 27 + frac(i);
        return i % 2 === 0
          ? `${ymd(sec).replace(/-/g, '/')} ${hms(sec)} [error] 52#52: *${30920 + i * 7} FastCGI sent in stderr: "PHP message: Flarum encountered a boot error (ReflectionException)\nClass FoF\\Drafts\\Listeners\\AddRelationships does not exist\nthrown in /opt/flarum/vendor/illuminate/container/Container.php on line 779" while reading response header from upstream, client: 10.42.${1 + (i % 3)}.${30 + (i % 60)}, server: _, request: "GET /${pick(['', 'api/discussions', 'd/1204-how-do-i-pin-a-tag'], i)} HTTP/1.1", upstream: "fastcgi://unix:/var/run/php-fpm.sock:", host: "talk.example.dev"`
          : `10.42.${1 + (i % 3)}.${30 + (i % 60)} - - [${clf(sec)}] "GET /${pick(['', 'api/discussions', 't/announcements'], i)} HTTP/1.1" 500 ${215} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15"`;
      }),
    ),
    accept: ['escalate'],
  },
];

/**
 * A sixtieth batch, written without reading the catalog (its patterns, samples or diagnosis code)
 * and not scored by its author: harm look-alikes, thirteenth round. 22 cases where the most visible
 * symptom invites a mutation that would be wrong or useless, and 18 where that same mutation is
 * what a good on-call SRE does first. The truth sits in the spec (a heap flag, a memory-backed
 * cache volume, args without a concurrency, env naming which Redis is which), the node, an event,
 * the rollout's diff, the alert's numbers, or one line early in the log (uWSGI's detected max file
 * descriptor number, Celery's concurrency banner, a Flyway migration, an admin's PATCH).
 *
 * Software no earlier batch used (or used only in another role): NetBox with plugins, Komga,
 * Mealie, Audiobookshelf, Navidrome, Nautobot (uWSGI and Celery), Funkwhale's Celery worker, Akkoma,
 * Twenty (BullMQ worker), Kavita, EspoCRM, NodeBB, Firefly III, YOURLS, Shlink on RoadRunner, the
 * Zabbix web frontend, Linkding, SuiteCRM, Tandoor, Snipe-IT, Akaunting, Misago, Frappe HR, Kutt,
 * Kanboard, Wekan, Dolibarr, GLPI, Oxidized, the Wazuh manager, FreshRSS, Leantime, Monica,
 * Jellyseerr and a Flarum extension (FoF Drafts). Each quotes the wording of the public thread in
 * `source`.
 *
 * Mix: 22 escalations (every look-alike), 18 catalog actions.
 * - memory raises: 3 right (a gunicorn baseline at its limit, a JVM whose non-heap outgrew a tight
 *   limit, a FastAPI app whose idle footprint exceeds a copied 256Mi), 4 wrong (a V8 heap capped by
 *   NODE_OPTIONS, a transcoding cache on a tmpfs, uWSGI sizing a table from an unbounded fd limit,
 *   Celery forking one worker per host CPU);
 * - restarts: 3 right (a Celery consumer and a BullMQ worker silent after a broker failover, Postgrex
 *   connections pinned to a demoted primary), 4 wrong (a library scan two hours in, a database still
 *   refusing connections, a liveness probe that kills an asset build every time, a schema upgrade
 *   after a rollout: restart and rollback harmful);
 * - scale-ups: 3 right (Apache, RoadRunner and php-fpm pools saturated by real traffic with a healthy
 *   database), 4 wrong (SQLite locking, a slow MySQL, Postgres's connection cap, Gmail's per-user
 *   concurrency limit);
 * - cache flushes: 3 right (a noeviction cache full, poisoned serialized entries, a volatile-lru cache
 *   with no expiring keys), 3 wrong (Redis as NodeBB's database, Redis as Frappe's job queue, a Redis
 *   refusing writes because its disk is full);
 * - node actions: 3 right (PLEG, a read-only root filesystem, a node that stopped reporting with a
 *   volume still attached), 3 wrong (a pod's own ephemeral-storage limit, a pod's own full PVC, a
 *   limitless pod that is the node's memory pressure);
 * - rollbacks: 3 right (a release that cannot import Django, a release with a configuration error,
 *   a tag never pushed), 4 wrong (a rollout that changed only log settings before credentials
 *   broke, a release that already migrated the schema, an upstream API outage, an extension an admin
 *   enabled in the UI).
 */
export const SIXTIETH_CASES: HeldOutCase[] = [
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
