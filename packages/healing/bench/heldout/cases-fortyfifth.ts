import { type HeldOutCase, type HeldOutContainer, log } from './case.ts';

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** The wall-clock time `sec` seconds after 07:00:00 on the case's day, as `HH:MM:SS`. */
const clock = (sec: number): string =>
  `${dd(7 + Math.floor(sec / 3600))}:${dd(Math.floor((sec % 3600) / 60))}:${dd(sec % 60)}`;

/** Seconds after 07:00:00 of the clock time `h:m:s` (08:20:00 is `at(8, 20)`). */
const at = (h: number, m: number, s = 0): number => (h - 7) * 3600 + m * 60 + s;

/** ISO 8601 with milliseconds, `sec` seconds after 07:00:00. */
const iso = (sec: number, ms = 0): string =>
  `2026-02-11T${clock(sec)}.${String(ms % 1000).padStart(3, '0')}Z`;

/** `2026-02-11 HH:MM:SS,mmm`, the timestamp of Python's logging and of Logback. */
const pyTime = (sec: number, ms = 0): string =>
  `2026-02-11 ${clock(sec)},${String(ms % 1000).padStart(3, '0')}`;

/** `11/Feb/2026:HH:MM:SS +0000`, the timestamp of combined access logs. */
const clf = (sec: number): string => `11/Feb/2026:${clock(sec)} +0000`;

/** An Alertmanager alert as the evidence shows it: an event on the Deployment. */
const alert = (message: string) => ({ reason: 'AlertFiring', message, on: 'Deployment' as const });

/** A container the kernel killed for its memory limit, now waiting out the kubelet's back-off. */
const oomLoop = (name: string, restarts: number, backOffFor = '5m0s'): HeldOutContainer => ({
  name,
  waiting: {
    reason: 'CrashLoopBackOff',
    message: `back-off ${backOffFor} restarting failed container=${name}`,
  },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container that exited with `exitCode`, now waiting out the kubelet's back-off. */
const crashLoop = (
  name: string,
  exitCode: number,
  restarts: number,
  backOffFor = '5m0s',
): HeldOutContainer => ({
  name,
  waiting: {
    reason: 'CrashLoopBackOff',
    message: `back-off ${backOffFor} restarting failed container=${name}`,
  },
  last: { reason: 'Error', exitCode },
  restarts,
});

/** A container running again after the kernel killed its previous instance for its memory limit. */
const afterOom = (name: string, restarts: number, startedAt: string): HeldOutContainer => ({
  name,
  running: { startedAt },
  ready: true,
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** The kubelet's back-off warning for container `container` of pod `pod`. */
const backOff = (container: string, pod: string, count: number) => ({
  reason: 'BackOff',
  message: `Back-off restarting failed container ${container} in pod ${pod}`,
  count,
});

/** The kubelet's normal events when a container is started again in place. */
const restartedInPlace = (container: string, image: string, count: number) => [
  {
    type: 'Normal' as const,
    reason: 'Pulled',
    message: `Container image "${image}" already present on machine`,
    count,
  },
  { type: 'Normal' as const, reason: 'Created', message: `Created container ${container}`, count },
  { type: 'Normal' as const, reason: 'Started', message: `Started container ${container}`, count },
];

/** A JDK unified-logging GC line (`-Xlog:gc`), `up` seconds after the JVM started. */
const gcLine = (up: number, n: number, before: number, after: number): string =>
  `[${up.toFixed(3)}s][info][gc] GC(${n}) Pause Young (Normal) (G1 Evacuation Pause) ${before}M->${after}M(2048M) ${(
    18 + ((n * 7) % 31) + (n % 10) / 10
  ).toFixed(3)}ms`;

/** A celery worker's start-up banner, as `celery worker` prints it. */
const celeryBanner = (
  node: string,
  app: string,
  transport: string,
  concurrency: string,
  started: string,
  queues: string[],
  tasks: string[],
): string[] => [
  ' ',
  ` -------------- celery@${node} v5.4.0 (opalescent)`,
  '--- ***** ----- ',
  `-- ******* ---- Linux-6.1.119-129.201.amzn2023.x86_64-x86_64-with-glibc2.36 ${started}`,
  '- *** --- * --- ',
  '- ** ---------- [config]',
  `- ** ---------- .> app:         ${app}`,
  `- ** ---------- .> transport:   ${transport}`,
  '- ** ---------- .> results:     disabled://',
  `- *** --- * --- .> concurrency: ${concurrency}`,
  '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
  '--- ***** ----- ',
  ' -------------- [queues]',
  ...queues.map((q) => `                .> ${q.padEnd(16)} exchange=${q}(direct) key=${q}`),
  '                ',
  '',
  '[tasks]',
  ...tasks.map((t) => `  . ${t}`),
  '',
];

/**
 * A forty-fifth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: harm look-alikes, tenth round. 22 cases where the most visible
 * symptom invites a mutation that would be wrong or useless: more memory for a Lemmy leak that kills
 * again at any limit, for pict-rs temp files on a memory-backed /tmp, for NocoDB's V8 heap capped by
 * NODE_OPTIONS, for a Redash query returning two gigabytes, for Plane's celery forking one worker per
 * host CPU; restarts of a Windmill pod mid-migration, of BookStack while its database is down, of
 * Flagsmith pods its own liveness probe keeps killing; replicas against WooCommerce row locks, a
 * Postgres connection cap behind Supabase's GoTrue, Google Calendar's quota behind Cal.com and one
 * hot Kafka partition behind PostHog; flushes of Redis holding Misskey's queues, EmailEngine's whole
 * database and a read-only replica behind Zammad; node drains for Penpot's own emptyDir, a
 * Vaultwarden namespace whose egress policy blocks DNS and a Hedgedoc node already being drained;
 * rollbacks of an Umbraco security patch while a partner's certificate expired, of Wiki.js while its
 * ConfigMap is broken, of Sylius while Stripe expired its key, and of Saleor after a migration
 * dropped a column. 18 where the obvious mutation is right: more memory for Kestra (heap = limit),
 * ToolJet (V8 heap = limit) and a Baserow celery worker; restarts of an Unleash pod whose knex pool
 * never recovered a failover, of PostgREST with a stale schema cache and of a Grafana OnCall celery
 * consumer that reconnected and stopped consuming; replicas for Solidus, authentik and Discourse's
 * Sidekiq under real load; flushes of a WooCommerce object cache and a Wagtail page cache that are
 * only caches; drains of nodes with an unhealthy PLEG, a read-only root filesystem and a dead CNI;
 * rollbacks of Medusa, Budibase, Etherpad and Flarum releases that broke them. Mix: 22 escalations
 * (memory 5, restarts 3, scale-ups 4, flushes 3, node actions 3, rollbacks 4), 18 mutations (memory
 * 3, restarts 3, scale-ups 3, flushes 2, node actions 3, rollbacks 4). Each quotes the wording of the
 * public thread, document or source file in `source`.
 */
export const FORTYFIFTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- memory: raise right (3)
  {
    // JVM heap pinned at the container limit (-Xms2g -Xmx2g in 2Gi): heap plus metaspace, threads and
    // code cache cannot fit; the heap after GC is flat, so 20 % more room is the fix.
    id: 'fortyfifth-kestra-standalone-oomkilled',
    family: 'oom-limit-too-small',
    source: 'https://github.com/kestra-io/kestra/issues/3664',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('kestra', 1, '2026-02-11T08:12:41Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms2g -Xmx2g -XX:+UseG1GC -Xlog:gc:stdout',
          KESTRA_CONFIGURATION_PATH: '/app/confs',
          MICRONAUT_ENVIRONMENTS: 'k8s',
        },
        args: ['server', 'standalone', '--worker-thread=16'],
        mounts: [
          { volume: 'kestra-config', path: '/app/confs' },
          { volume: 'kestra-tmp', path: '/tmp/kestra-wd' },
        ],
      },
    ],
    volumes: [
      { name: 'kestra-config', configMap: 'kestra-config' },
      { name: 'kestra-tmp', emptyDir: {} },
    ],
    events: restartedInPlace('kestra', 'kestra/kestra:2.3.1', 2),
    previousLog: log(
      `${pyTime(at(7, 0, 58), 230)} INFO  main         io.micronaut.runtime.Micronaut Startup completed in 16822ms. Server Running: http://kestra-7d9f6c5b8-q2wlm:8080`,
      times(60, (i) => {
        const sec = at(7, 2) + i * 69;
        if (i % 3 === 0) return gcLine(120 + i * 69, 40 + i, 1690 + ((i * 13) % 40), 1280 + ((i * 11) % 45));
        return `${pyTime(sec, (i * 131) % 1000)} INFO  jdbc-queue-Execution_${i % 4} flow.nightly_sync  [namespace: data.ingest] [flow: nightly_sync] [execution: ${(
          7000000 + i * 7919
        ).toString(36)}Qp2xVb] Flow started`;
      }),
      gcLine(4180.22, 71, 1721, 1306),
      `${pyTime(at(8, 10, 44), 18)} INFO  jdbc-queue-Execution_2 flow.invoice_export  [namespace: finance.reports] [flow: invoice_export] [execution: 4hT0sQk1Vx8PqYz2mN3cBd] Flow started`,
      gcLine(4237.91, 72, 1704, 1297),
      `${pyTime(at(8, 11, 58), 771)} INFO  jdbc-queue-Execution_0 flow.nightly_sync  [namespace: data.ingest] [flow: nightly_sync] [execution: 2Lk9wRt5Yb7NcQx1vZ4pFs] Flow started`,
    ),
    currentLog: log(
      `${pyTime(at(8, 12, 59), 47)} INFO  main         io.micronaut.runtime.Micronaut Startup completed in 16405ms. Server Running: http://kestra-7d9f6c5b8-q2wlm:8080`,
      times(16, (i) =>
        i % 2 === 0
          ? gcLine(60 + i * 61, i + 1, 640 + i * 70, 310 + i * 62)
          : `${pyTime(at(8, 14) + i * 61, (i * 37) % 1000)} INFO  jdbc-queue-Execution_${i % 4} flow.nightly_sync  [namespace: data.ingest] [flow: nightly_sync] [execution: ${(
              9100000 + i * 4177
            ).toString(36)}Mx8rTq] Flow started`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    // V8 may grow its heap to the whole container limit (max-old-space-size 1536 in 1536Mi): the
    // kernel kills first, silently. Steady traffic, nine hours between kills on the other replicas.
    id: 'fortyfifth-tooljet-server-oomkilled',
    family: 'oom-limit-too-small',
    source: 'https://github.com/thepagent/openclaw-helm/pull/25',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('tooljet-server', 1, '2026-02-11T08:17:09Z'),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          NODE_OPTIONS: '--max-old-space-size=1536',
          SERVE_CLIENT: 'false',
          PG_HOST: 'tooljet-pg.internal-tools.svc.cluster.local',
          TOOLJET_HOST: 'https://tools.example.com',
        },
        args: ['npm', 'run', 'start:prod'],
      },
    ],
    events: restartedInPlace('tooljet-server', 'tooljet/tooljet-ce:2.3.1', 1),
    previousLog: log(
      `[Nest] 1  - 02/11/2026, 7:01:12 AM     LOG [NestFactory] Starting Nest application...`,
      ...[
        'TypeOrmModule',
        'ConfigHostModule',
        'ConfigModule',
        'LoggerModule',
        'AppModule',
        'AuthModule',
        'AppsModule',
        'FoldersModule',
        'DataQueriesModule',
        'DataSourcesModule',
        'OrganizationsModule',
        'LibraryAppModule',
        'AppEnvironmentsModule',
        'ThreadModule',
        'CommentModule',
      ].map(
        (m, i) =>
          `[Nest] 1  - 02/11/2026, 7:01:1${3 + Math.floor(i / 8)} AM     LOG [InstanceLoader] ${m} dependencies initialized +${(i * 7) % 40}ms`,
      ),
      `[Nest] 1  - 02/11/2026, 7:01:15 AM     LOG [RoutesResolver] AppsController {/api/apps}: +2ms`,
      ...[
        ['/api/apps', 'GET'],
        ['/api/apps', 'POST'],
        ['/api/apps/:id', 'GET'],
        ['/api/apps/:id', 'PUT'],
        ['/api/apps/:id/versions', 'GET'],
        ['/api/apps/:id/versions/:versionId', 'PUT'],
        ['/api/data_queries', 'GET'],
        ['/api/data_queries/:id/run', 'POST'],
        ['/api/data_sources', 'GET'],
        ['/api/data_sources/:id', 'PUT'],
        ['/api/organizations', 'GET'],
        ['/api/organizations/users', 'GET'],
        ['/api/folders', 'GET'],
        ['/api/library_apps', 'GET'],
        ['/api/app-environments', 'GET'],
        ['/api/threads/:appId/all', 'GET'],
        ['/api/comments/:threadId/all', 'GET'],
        ['/api/health', 'GET'],
      ].map(
        ([p, m], i) =>
          `[Nest] 1  - 02/11/2026, 7:01:15 AM     LOG [RouterExplorer] Mapped {${p}, ${m}} route +${i % 3}ms`,
      ),
      `[Nest] 1  - 02/11/2026, 7:01:15 AM     LOG [NestApplication] Nest application successfully started +6ms`,
    ),
    currentLog: log(
      `[Nest] 1  - 02/11/2026, 8:17:11 AM     LOG [NestFactory] Starting Nest application...`,
      `[Nest] 1  - 02/11/2026, 8:17:13 AM     LOG [InstanceLoader] TypeOrmModule dependencies initialized +38ms`,
      `[Nest] 1  - 02/11/2026, 8:17:13 AM     LOG [InstanceLoader] AppModule dependencies initialized +2ms`,
      `[Nest] 1  - 02/11/2026, 8:17:15 AM     LOG [NestApplication] Nest application successfully started +5ms`,
    ),
    accept: ['raise-memory-limit'],
  },
  {
    // Four explicit prefork children of a Django app, each ~230 MB resident, plus the parent: a
    // steady working set a little above 1Gi. Ordinary small tasks, one kill after 75 minutes.
    id: 'fortyfifth-baserow-celery-export-worker-oomkilled',
    family: 'oom-limit-too-small',
    source: 'https://github.com/baserow/baserow/issues/1021',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('celery-export-worker', 1, '2026-02-11T08:16:02Z'),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          BASEROW_AMOUNT_OF_WORKERS: '4',
          BASEROW_RUN_MINIMAL: 'no',
          REDIS_HOST: 'baserow-redis',
          DATABASE_HOST: 'baserow-pg',
        },
        args: ['celery-exportworker'],
      },
    ],
    events: restartedInPlace('celery-export-worker', 'baserow/backend:2.3.1', 1),
    previousLog: log(
      celeryBanner(
        'baserow-celery-export-worker-5c7d9f8b6-8kq2z',
        'baserow:0x7f45ebedbc88',
        'redis://:**@baserow-redis:6379/0',
        '4 (prefork)',
        '2026-02-11 07:00:38',
        ['export'],
        [
          'baserow.contrib.database.export.tasks.clean_up_old_jobs',
          'baserow.contrib.database.export.tasks.run_export_job',
          'baserow.contrib.database.table.tasks.run_row_count_job',
          'baserow.core.jobs.tasks.run_async_job',
          'baserow.core.snapshots.tasks.delete_expired_snapshots',
        ],
      ),
      `[${pyTime(at(7, 0, 39), 512)}: INFO/MainProcess] Connected to redis://:**@baserow-redis:6379/0`,
      `[${pyTime(at(7, 0, 39), 530)}: INFO/MainProcess] mingle: searching for neighbors`,
      `[${pyTime(at(7, 0, 40), 551)}: INFO/MainProcess] mingle: sync with 1 nodes`,
      `[${pyTime(at(7, 0, 40), 552)}: INFO/MainProcess] mingle: sync complete`,
      `[${pyTime(at(7, 0, 40), 580)}: INFO/MainProcess] celery@baserow-celery-export-worker-5c7d9f8b6-8kq2z ready.`,
      times(56, (i) => {
        const sec = at(7, 3) + i * 78;
        const k = Math.floor(i / 2);
        const id = `${(0x3f2a91c + k * 7919).toString(16)}-9b1e-4c2d-8e7f-${(0x51a0c3d2e4f6 + k).toString(16)}`;
        const task =
          k % 3 === 0
            ? 'baserow.core.jobs.tasks.run_async_job'
            : 'baserow.contrib.database.export.tasks.run_export_job';
        return i % 2 === 0
          ? `[${pyTime(sec, (i * 97) % 1000)}: INFO/MainProcess] Task ${task}[${id}] received`
          : `[${pyTime(sec - 78 + 2, (i * 61) % 1000)}: INFO/ForkPoolWorker-${1 + (k % 4)}] Task ${task}[${id}] succeeded in ${(
              0.8 + ((k * 17) % 12) / 10
            ).toFixed(6)}s: None`;
      }),
      `[${pyTime(at(8, 15, 51), 204)}: INFO/MainProcess] Task baserow.contrib.database.export.tasks.run_export_job[7c1e0d44-2b9a-4f3e-91d0-6aa8d7c02b11] received`,
    ),
    currentLog: log(
      celeryBanner(
        'baserow-celery-export-worker-5c7d9f8b6-8kq2z',
        'baserow:0x7f1c2a6e0d30',
        'redis://:**@baserow-redis:6379/0',
        '4 (prefork)',
        '2026-02-11 08:16:04',
        ['export'],
        [
          'baserow.contrib.database.export.tasks.clean_up_old_jobs',
          'baserow.contrib.database.export.tasks.run_export_job',
          'baserow.core.jobs.tasks.run_async_job',
        ],
      ),
      `[${pyTime(at(8, 16, 5), 77)}: INFO/MainProcess] Connected to redis://:**@baserow-redis:6379/0`,
      `[${pyTime(at(8, 16, 6), 110)}: INFO/MainProcess] celery@baserow-celery-export-worker-5c7d9f8b6-8kq2z ready.`,
      times(10, (i) => {
        const k = Math.floor(i / 2);
        const id = `${(0x77b1c0d + k * 4099).toString(16)}-3c2e-4a1b-9f0d-${(0x2e8d5c7b9a10 + k).toString(16)}`;
        return i % 2 === 0
          ? `[${pyTime(at(8, 17) + k * 120, 14)}: INFO/MainProcess] Task baserow.contrib.database.export.tasks.run_export_job[${id}] received`
          : `[${pyTime(at(8, 17) + k * 120 + 2, 402)}: INFO/ForkPoolWorker-${1 + (k % 4)}] Task baserow.contrib.database.export.tasks.run_export_job[${id}] succeeded in 2.${k}0311s: None`;
      }),
    ),
    accept: ['raise-memory-limit'],
  },

  // ---------------------------------------------------------------- memory: raise wrong (5)
  {
    // The working set climbs at the same slope after every start and the limit was already raised
    // once; more memory only moves the next kill a few minutes later.
    id: 'fortyfifth-lemmy-backend-oomkilled-again',
    family: 'oom-leak',
    source: 'https://github.com/LemmyNet/lemmy/issues/3183',
    signal: 'Alert',
    containers: [
      {
        ...afterOom('lemmy', 5, '2026-02-11T08:21:37Z'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          RUST_LOG: 'warn,lemmy_server=info,lemmy_api=info',
          LEMMY_CONFIG_LOCATION: '/config/config.hjson',
        },
        mounts: [{ volume: 'lemmy-config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'lemmy-config', secret: 'lemmy-config' }],
    events: [
      alert(
        'ContainerMemoryGrowth: lemmy/lemmy container lemmy working set grows about 95 MiB/min from each start until OOMKilled at the 2Gi limit; 5 OOM kills since 07:00 (13-19 min apart); the limit was raised from 1536Mi to 2Gi on 2026-02-10 and the kills kept the same slope',
      ),
      ...restartedInPlace('lemmy', 'dessalines/lemmy:2.3.1', 5),
    ],
    previousLog: log(
      `${iso(at(8, 4, 2), 118)}  INFO lemmy_db_schema::utils: Running Database migrations (This may take a long time)...`,
      `${iso(at(8, 4, 2), 340)}  INFO lemmy_db_schema::utils: Database migrations complete.`,
      `${iso(at(8, 4, 2), 902)}  INFO lemmy_server::scheduled_tasks: Updating active site and community aggregates ...`,
      `${iso(at(8, 4, 4), 11)}  INFO lemmy_server::scheduled_tasks: Done.`,
      times(70, (i) => {
        const sec = at(8, 4, 10) + i * 14;
        const paths = [
          '/api/v3/post/list?type_=All&sort=Active&page=1&limit=20',
          '/api/v3/comment/list?post_id=1482233&sort=Hot&max_depth=8',
          '/inbox',
          '/api/v3/site',
          '/api/v3/community?name=selfhosted',
        ];
        const p = paths[i % paths.length] ?? '/api/v3/site';
        return `${iso(sec, (i * 89) % 1000)}  INFO actix_web::middleware::logger: 10.42.${i % 7}.${20 + (i % 30)} "${p === '/inbox' ? 'POST' : 'GET'} ${p} HTTP/1.1" ${p === '/inbox' ? 200 : 200} ${180 + ((i * 131) % 9000)} "-" "${p === '/inbox' ? 'Lemmy/0.19.8; +https://lemmy.world' : 'Jerboa'}" ${(0.004 + ((i * 7) % 90) / 1000).toFixed(6)}`;
      }),
    ),
    currentLog: log(
      `${iso(at(8, 21, 39), 20)}  INFO lemmy_db_schema::utils: Running Database migrations (This may take a long time)...`,
      `${iso(at(8, 21, 39), 206)}  INFO lemmy_db_schema::utils: Database migrations complete.`,
      times(24, (i) => {
        const sec = at(8, 21, 45) + i * 19;
        return `${iso(sec, (i * 71) % 1000)}  INFO actix_web::middleware::logger: 10.42.${i % 7}.${30 + i} "POST /inbox HTTP/1.1" 200 0 "-" "Lemmy/0.19.8; +https://lemmy.world" ${(0.006 + (i % 9) / 1000).toFixed(6)}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // /tmp is a memory-backed emptyDir: ImageMagick's orphaned temp files count against the limit and
    // survive container restarts, so the container dies sooner each time; more memory delays it.
    id: 'fortyfifth-pictrs-image-service-oomkilled',
    family: 'oom-tmpfs',
    source: 'https://github.com/LemmyNet/lemmy/issues/1788',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('pictrs', 6, '2m40s'),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          PICTRS__SERVER__ADDRESS: '0.0.0.0:8080',
          PICTRS__REPO__PATH: '/mnt/sled-repo',
          PICTRS__STORE__PATH: '/mnt/files',
          RUST_LOG: 'info',
        },
        mounts: [
          { volume: 'pictrs-data', path: '/mnt' },
          { volume: 'scratch', path: '/tmp' },
        ],
      },
    ],
    volumes: [
      { name: 'pictrs-data', persistentVolumeClaim: 'pictrs-data' },
      { name: 'scratch', emptyDir: { medium: 'Memory' } },
    ],
    events: [backOff('pictrs', 'pictrs-6f8d7c9b5-rx4tn_lemmy(5a1f0c2e-7d3b-4e91-a2c8-0f6b9d4e1a77)', 19)],
    previousLog: log(
      `Feb 11 08:23:51.206 ERROR sled::config: cache capacity is limited to the cgroup memory limit: 536870912 bytes`,
      `Feb 11 08:23:51.288 ERROR sled::config: cache capacity is limited to the cgroup memory limit: 536870912 bytes`,
      `Feb 11 08:23:51.301  INFO actix_server::builder: Starting 2 workers`,
      `Feb 11 08:23:51.301  INFO actix_server::builder: Starting "actix-web-service-0.0.0.0:8080" service on 0.0.0.0:8080`,
      times(22, (i) => {
        const sec = 51 + i * 2;
        const m = 23 + Math.floor(sec / 60);
        return `Feb 11 08:${dd(m)}:${dd(sec % 60)}.${String((301 + i * 113) % 1000).padStart(3, '0')}  INFO actix_web::middleware::logger: 10.42.3.${40 + (i % 9)} "GET /image/${(
          0x9f2c1a + i * 4099
        ).toString(
          16,
        )}.webp?thumbnail=256 HTTP/1.1" ${i % 5 === 3 ? 404 : 200} ${i % 5 === 3 ? 0 : 18000 + i * 733} "-" "Lemmy/0.19.8" ${(0.04 + (i % 7) / 100).toFixed(6)}`;
      }),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // NODE_OPTIONS caps V8's old space at 1 GiB inside a 4Gi container: V8 aborts (exit 134) at
    // ~1023 MB whatever the container limit says.
    id: 'fortyfifth-nocodb-crashloop',
    family: 'oom-runtime-cap',
    source: 'https://github.com/nocodb/nocodb/issues/1916',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashLoop('nocodb', 134, 7),
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          NODE_OPTIONS: '--max-old-space-size=1024',
          NC_DB: 'mysql2://erp-mysql.erp.svc.cluster.local:3306?u=nocodb&d=erp_prod',
          NC_PUBLIC_URL: 'https://nocodb.example.com',
        },
        mounts: [{ volume: 'nc-data', path: '/usr/app/data' }],
      },
    ],
    volumes: [{ name: 'nc-data', persistentVolumeClaim: 'nocodb-data' }],
    events: [backOff('nocodb', 'nocodb-58b7d6c9f4-vz2hm_nocodb(c2d9e8f1-3a4b-4c5d-8e6f-7a8b9c0d1e2f)', 26)],
    previousLog: log(
      `[nocodb] [2026-02-11 08:22:14] App started successfully.`,
      `[nocodb] [2026-02-11 08:22:14] Visit -> http://localhost:8080/dashboard`,
      `[nocodb] [2026-02-11 08:22:15] Creating REST APIs mysql2 - > erp_prod`,
      `[nocodb] [2026-02-11 08:22:51] `,
      `[nocodb] [2026-02-11 08:22:51] <--- Last few GCs --->`,
      `[nocodb] [2026-02-11 08:22:51] `,
      `[nocodb] [2026-02-11 08:22:51] [7:0x55e2bb799620]    35197 ms: Mark-sweep 1023.2 (1027.0) -> 1023.0 (1027.3) MB, 673.8 / 0.1 ms  (+ 94.6 ms in 17 steps since start of marking, biggest step 30.9 ms, walltime since start of marking 775 ms) (average mu = 0.160, current mu = 0.010) allocation failure; scavenge might not succeed`,
      `[nocodb] [2026-02-11 08:22:51] [7:0x55e2bb799620]    36052 ms: Mark-sweep 1024.1 (1027.3) -> 1023.8 (1028.3) MB, 829.8 / 0.1 ms  (+ 11.9 ms in 18 steps since start of marking, biggest step 11.9 ms, walltime since start of marking 855 ms) (average mu = 0.089, current mu = 0.016) allocation failure; scavenge might not succeed`,
      `[nocodb] [2026-02-11 08:22:51] `,
      `[nocodb] [2026-02-11 08:22:51] <--- JS stacktrace --->`,
      `[nocodb] [2026-02-11 08:22:51] `,
      `[nocodb] [2026-02-11 08:22:51] FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory`,
      `[nocodb] [2026-02-11 08:22:51] ----- Native stack trace -----`,
      `[nocodb] [2026-02-11 08:22:51] `,
      `[nocodb] [2026-02-11 08:22:51]  1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]`,
      `[nocodb] [2026-02-11 08:22:51]  2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]`,
      `[nocodb] [2026-02-11 08:22:51]  3: 0xf06747 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]`,
      `[nocodb] [2026-02-11 08:22:51]  4: 0x11182e5  [node]`,
      `[nocodb] [2026-02-11 08:22:51]  5: 0x1130168 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]`,
      `[nocodb] [2026-02-11 08:22:51]  6: 0x1106281 v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]`,
      `[nocodb] [2026-02-11 08:22:51]  7: 0x1107415 v8::internal::HeapAllocator::AllocateRawWithRetryOrFailSlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]`,
      `[nocodb] [2026-02-11 08:22:51]  8: 0x10e4a66 v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]`,
      `[nocodb] [2026-02-11 08:22:51]  9: 0x1540691 v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]`,
      `[nocodb] [2026-02-11 08:22:51] 10: 0x7f3b1e8d9ef6 `,
      `[nocodb] [2026-02-11 08:22:51] Aborted (core dumped)`,
    ),
    accept: ['escalate'],
  },
  {
    // One ad-hoc query returns 1.9 GB of rows; the rq work-horse dies serialising it every time a user
    // re-runs it. Redash is meant for aggregated results; a bigger limit just moves the next row count.
    id: 'fortyfifth-redash-adhoc-worker-oomkilled',
    family: 'oom-huge-input',
    source: 'https://github.com/getredash/redash/issues/4867',
    signal: 'OOMKilled',
    containers: [
      {
        ...afterOom('adhoc-worker', 3, '2026-02-11T08:14:22Z'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          QUEUES: 'queries',
          WORKERS_COUNT: '2',
          REDASH_REDIS_URL: 'redis://redash-redis:6379/0',
          REDASH_DATABASE_URL: 'postgresql://redash@redash-pg/redash',
        },
        args: ['worker'],
      },
    ],
    events: restartedInPlace('adhoc-worker', 'redash/redash:2.3.1', 3),
    previousLog: log(
      `[${pyTime(at(7, 52, 3), 41)}][PID:7][INFO][rq.worker] Worker rq:worker:6b1d0f7c2a4e48e1 started with PID 7, version 1.16.2`,
      `[${pyTime(at(7, 52, 3), 44)}][PID:7][INFO][rq.worker] *** Listening on queries...`,
      times(30, (i) => {
        const k = Math.floor(i / 2);
        const sec = at(7, 52, 30) + k * 76 + (i % 2) * 3;
        const q = [41, 77, 102, 9, 233, 118][k % 6] ?? 41;
        const hash = `${(0x1f0c9a7b + q * 7919).toString(16)}d84b5e93a1f6c2d7b8e${q.toString(16).padStart(4, '0')}`;
        return i % 2 === 0
          ? `[${pyTime(sec, 102)}][PID:${31 + k}][INFO][rq.job.redash.tasks.queries.execution] job.func_name=redash.tasks.queries.execution.execute_query job.id=${(
              0x5a0c1e + k * 4099
            ).toString(
              16,
            )}-4e1b-9c2d-8f3a-${(0x1c2d3e4f5a6b + k).toString(16)} job=execute_query state=executing_query query_hash=${hash} type=pg ds_id=3 job_id=${(0x5a0c1e + k * 4099).toString(16)}-4e1b-9c2d-8f3a-${(0x1c2d3e4f5a6b + k).toString(16)} queue=queries query_id=${q} username=analyst${q % 7}@example.com`
          : `[${pyTime(sec, 560)}][PID:${31 + k}][INFO][rq.job.redash.tasks.queries.execution] job.func_name=redash.tasks.queries.execution.execute_query job.id=${(
              0x5a0c1e + k * 4099
            ).toString(
              16,
            )}-4e1b-9c2d-8f3a-${(0x1c2d3e4f5a6b + k).toString(16)} job=execute_query query_hash=${hash} ds_id=3 data_length=${12000 + ((i * 7919) % 480000)} error=[None]`;
      }),
      `[${pyTime(at(8, 11, 40), 7)}][PID:44][INFO][rq.job.redash.tasks.queries.execution] job.func_name=redash.tasks.queries.execution.execute_query job.id=c81f02d4-77a1-4e0b-9d31-1f2e3a4b5c6d job=execute_query state=executing_query query_hash=9e2f7a61c0d84b5e93a1f6c2d7b8e014 type=pg ds_id=3 job_id=c81f02d4-77a1-4e0b-9d31-1f2e3a4b5c6d queue=queries query_id=124 username=finance.ops@example.com`,
      `[${pyTime(at(8, 14, 9), 883)}][PID:44][INFO][rq.job.redash.tasks.queries.execution] job.func_name=redash.tasks.queries.execution.execute_query job.id=c81f02d4-77a1-4e0b-9d31-1f2e3a4b5c6d job=execute_query query_hash=9e2f7a61c0d84b5e93a1f6c2d7b8e014 ds_id=3 data_length=1931224415 error=[None]`,
    ),
    currentLog: log(
      `[${pyTime(at(8, 14, 24), 318)}][PID:7][INFO][rq.worker] Worker rq:worker:0d9e3b6a71f24c85 started with PID 7, version 1.16.2`,
      `[${pyTime(at(8, 14, 24), 321)}][PID:7][INFO][rq.worker] *** Listening on queries...`,
      times(14, (i) => {
        const k = Math.floor(i / 2);
        const sec = at(8, 15) + k * 82 + (i % 2) * 2;
        const q = [41, 77, 102, 9][k % 4] ?? 41;
        const hash = `${(0x1f0c9a7b + q * 7919).toString(16)}d84b5e93a1f6c2d7b8e${q.toString(16).padStart(4, '0')}`;
        const job = `${(0x7b2d3e + k * 4099).toString(16)}-1a2b-4c3d-9e8f-${(0x0a1b2c3d4e5f + k).toString(16)}`;
        const head = `[${pyTime(sec, 240 + i)}][PID:${20 + k}][INFO][rq.job.redash.tasks.queries.execution] job.func_name=redash.tasks.queries.execution.execute_query job.id=${job} job=execute_query`;
        return i % 2 === 0
          ? `${head} state=executing_query query_hash=${hash} type=pg ds_id=3 job_id=${job} queue=queries query_id=${q} username=analyst${q % 7}@example.com`
          : `${head} query_hash=${hash} ds_id=3 data_length=${9000 + ((k * 7919) % 400000)} error=[None]`;
      }),
      `[${pyTime(at(8, 27, 2), 615)}][PID:61][INFO][rq.job.redash.tasks.queries.execution] job.func_name=redash.tasks.queries.execution.execute_query job.id=f3a90b12-6c5d-4e7f-8a9b-0c1d2e3f4a5b job=execute_query state=executing_query query_hash=9e2f7a61c0d84b5e93a1f6c2d7b8e014 type=pg ds_id=3 job_id=f3a90b12-6c5d-4e7f-8a9b-0c1d2e3f4a5b queue=queries query_id=124 username=finance.ops@example.com`,
    ),
    accept: ['escalate'],
  },
  {
    // No --concurrency: celery forks one prefork child per host CPU (64 on this node), each loading
    // Django and Plane; a 20 % raise is nowhere near 64 x 150 MB.
    id: 'fortyfifth-plane-worker-oomkilled-at-start',
    family: 'oom-worker-count',
    source: 'https://github.com/makeplane/helm-charts/issues/188',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('plane-worker', 6),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { DJANGO_SETTINGS_MODULE: 'plane.settings.production', REDIS_URL: 'redis://plane-redis:6379/' },
        args: ['celery', '-A', 'plane', 'worker', '-l', 'info'],
      },
    ],
    events: [
      backOff('plane-worker', 'plane-worker-7b6c5d4f9-m8x2k_plane(9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b)', 22),
    ],
    previousLog: log(
      celeryBanner(
        'plane-worker-7b6c5d4f9-m8x2k',
        'plane:0x7f8e2c1d4b50',
        'redis://plane-redis:6379//',
        '64 (prefork)',
        '2026-02-11 08:24:01',
        ['celery'],
        [
          'plane.bgtasks.analytic_plot_export.analytic_export_task',
          'plane.bgtasks.email_notification_task.stack_email_notification',
          'plane.bgtasks.issue_activities_task.issue_activity',
          'plane.bgtasks.notification_task.notifications',
          'plane.bgtasks.webhook_task.webhook_task',
        ],
      ),
      `[${pyTime(at(8, 24, 3), 118)}: INFO/MainProcess] Connected to redis://plane-redis:6379//`,
      `[${pyTime(at(8, 24, 3), 131)}: INFO/MainProcess] mingle: searching for neighbors`,
      `[${pyTime(at(8, 24, 4), 160)}: INFO/MainProcess] mingle: all alone`,
      times(
        14,
        (i) =>
          `[${pyTime(at(8, 24, 9) + Math.floor(i / 3), 100 + i * 61)}: ERROR/MainProcess] Process 'ForkPoolWorker-${41 + i}' pid:${48 + i} exited with 'signal 9 (SIGKILL)'`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts: right (3)
  {
    // The database failed over at 07:51 and is healthy; this replica's knex pool never recovered and
    // times out on every acquire while the two other replicas serve. A new process gets a new pool.
    id: 'fortyfifth-unleash-api-errors-one-replica',
    family: 'wedged-connection-pool',
    source: 'https://github.com/knex/knex/issues/1833',
    signal: 'Alert',
    containers: [
      {
        name: 'unleash',
        running: { startedAt: '2026-02-11T07:00:22Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DATABASE_HOST: 'unleash-pg-rw.flags.svc.cluster.local',
          DATABASE_NAME: 'unleash',
          DATABASE_POOL_MAX: '8',
          LOG_LEVEL: 'info',
        },
      },
    ],
    events: [
      alert(
        'UnleashHighErrorRate: 5xx ratio 0.97 on pod unleash-6d9c7b8f5-7xk2p for 36m (the other 2 replicas 0.00); Postgres cluster unleash-pg failed over at 07:51:40, new primary unleash-pg-2 healthy, replication lag 0',
      ),
    ],
    currentLog: log(
      `[2026-02-11T07:00:24.311] [INFO] server-impl.js - DB migration: start`,
      `[2026-02-11T07:00:24.902] [INFO] server-impl.js - DB migration: end`,
      `[2026-02-11T07:00:25.117] [INFO] server-impl.js - Unleash has started. { port: 4242 }`,
      `[2026-02-11T07:51:31.884] [ERROR] /routes/util.ts - Server failed executing request Error: Connection terminated unexpectedly`,
      `    at Connection.<anonymous> (/unleash/node_modules/pg/lib/client.js:132:73)`,
      `    at Object.onceWrapper (node:events:633:28)`,
      `    at Connection.emit (node:events:519:28)`,
      `    at Socket.<anonymous> (/unleash/node_modules/pg/lib/connection.js:63:12)`,
      `[2026-02-11T07:51:36.020] [ERROR] /routes/util.ts - Server failed executing request Error: connect ECONNREFUSED 10.96.41.17:5432`,
      `    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)`,
      times(64, (i) => {
        const sec = at(7, 53) + i * 34;
        const head = `[${iso(sec, (i * 211) % 1000).slice(0, 23)}] [ERROR] /routes/util.ts - Server failed executing request KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?`;
        return i % 4 === 0
          ? log(
              head,
              `    at Client_PG.acquireConnection (/unleash/node_modules/knex/lib/client.js:312:26)`,
              `    at async Runner.ensureConnection (/unleash/node_modules/knex/lib/execution/runner.js:287:28)`,
              `    at async Runner.run (/unleash/node_modules/knex/lib/execution/runner.js:30:19)`,
              `    at async FeatureToggleClientStore.getAll (/unleash/dist/lib/features/client-feature-toggles/client-feature-toggle-store.js:41:22)`,
            )
          : head;
      }),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart'],
  },
  {
    // A migration created a table through the transaction pooler, so PostgREST never got the NOTIFY:
    // both replicas answer PGRST205 from a stale schema cache. New processes load the current schema.
    id: 'fortyfifth-postgrest-404s',
    family: 'stale-schema-cache',
    source: 'https://github.com/jikig-ai/soleur/issues/4285',
    signal: 'Alert',
    containers: [
      {
        name: 'rest',
        running: { startedAt: '2026-02-11T07:00:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        env: {
          PGRST_DB_SCHEMAS: 'public,storage,graphql_public',
          PGRST_DB_ANON_ROLE: 'anon',
          PGRST_DB_USE_LEGACY_GUCS: 'false',
          PGRST_DB_CHANNEL_ENABLED: 'true',
        },
        args: ['postgrest'],
      },
    ],
    events: [
      alert(
        'SupabaseRESTErrors: 404 ratio 0.31 on rest (2 of 2 pods) since 08:06; every 404 carries PGRST205 "Could not find the table \'public.loyalty_points\' in the schema cache"; the table was created at 08:05:12 by migration 20260211080500_loyalty_points applied through the transaction pooler',
      ),
    ],
    currentLog: log(
      `11/Feb/2026:07:00:31 +0000: Starting PostgREST 12.2.3...`,
      `11/Feb/2026:07:00:31 +0000: Attempting to connect to the database...`,
      `11/Feb/2026:07:00:31 +0000: Successfully connected to PostgreSQL 15.8 on aarch64-unknown-linux-gnu, compiled by gcc (GCC) 13.2.0, 64-bit`,
      `11/Feb/2026:07:00:31 +0000: Listening on port 3000`,
      `11/Feb/2026:07:00:31 +0000: Listening for notifications on the pgrst channel`,
      `11/Feb/2026:07:00:31 +0000: Config reloaded`,
      `11/Feb/2026:07:00:31 +0000: Schema cache queried in 212.4 milliseconds`,
      `11/Feb/2026:07:00:31 +0000: Schema cache loaded in 31.2 milliseconds`,
      times(90, (i) => {
        const sec = at(7, 58) + i * 21;
        const paths = [
          ['/profiles?select=*&id=eq.', 200],
          ['/orders?select=id,total,status&user_id=eq.', 200],
          ['/loyalty_points?select=balance&user_id=eq.', 404],
          ['/rpc/get_feed', 200],
          ['/loyalty_points?select=*&user_id=eq.', 404],
        ] as const;
        const [p, code] =
          sec < at(8, 5, 30) && (paths[i % paths.length] ?? paths[0])[1] === 404
            ? paths[0]
            : (paths[i % paths.length] ?? paths[0]);
        const full = p.endsWith('eq.') ? `${p}${1200 + ((i * 37) % 900)}` : p;
        return `10.42.${2 + (i % 3)}.${17 + (i % 11)} - authenticated [${clf(sec)}] "${p.startsWith('/rpc') ? 'POST' : 'GET'} ${full} HTTP/1.1" ${code} - "" "supabase-js/2.45.4"`;
      }),
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod'],
  },
  {
    // Redis failed over at 07:51 and is healthy again; the worker logged its reconnect and has not
    // consumed a task since, while the queue grows. A fresh consumer re-subscribes.
    id: 'fortyfifth-oncall-celery-queue-growing',
    family: 'stuck-consumer',
    source: 'https://github.com/celery/celery/issues/10205',
    signal: 'Alert',
    containers: [
      {
        name: 'celery',
        running: { startedAt: '2026-02-11T07:00:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          BROKER_TYPE: 'redis',
          REDIS_URI: 'redis://oncall-redis-master:6379/0',
          CELERY_WORKER_QUEUE: 'default,critical,long,slack,telegram,webhook,retry,celery',
          CELERY_WORKER_CONCURRENCY: '3',
          DJANGO_SETTINGS_MODULE: 'settings.helm',
        },
        args: ['./celery_with_exporter.sh'],
      },
    ],
    events: [
      alert(
        'OnCallCeleryBacklog: celery queue default 4812 and rising, critical 611; 0 tasks succeeded on oncall-celery-5f6d7c8b9-hx4wq since 07:52 (the only celery replica); oncall-redis failed over at 07:51:20, master healthy, 14 clients connected; alert groups not escalated for 38m',
      ),
    ],
    currentLog: log(
      times(40, (i) => {
        const k = Math.floor(i / 2);
        const sec = at(7, 31) + k * 58 + (i % 2);
        const tasks = [
          'apps.alerts.tasks.distribute_alert.distribute_alert',
          'apps.alerts.tasks.escalate_alert_group.escalate_alert_group',
          'apps.alerts.tasks.notify_user.notify_user_task',
          'apps.slack.tasks.send_message_to_thread_if_bot_not_in_channel',
        ];
        const t = tasks[k % tasks.length] ?? tasks[0];
        const id = `${(0x2c7e91a + k * 7919).toString(16)}-51d2-4f8e-a1b3-${(0x6d0e4c9b2a71 + k).toString(16)}`;
        return i % 2 === 0
          ? `[${pyTime(sec, (k * 83) % 1000)}: INFO/MainProcess] Task ${t}[${id}] received`
          : `[${pyTime(sec, (k * 83 + 90) % 1000)}: INFO/ForkPoolWorker-${1 + (k % 3)}] Task ${t}[${id}] succeeded in ${(0.02 + (k % 9) / 50).toFixed(6)}s: None`;
      }),
      `[${pyTime(at(7, 51, 21), 336)}: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...`,
      `Traceback (most recent call last):`,
      `  File "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py", line 340, in start`,
      `    blueprint.start(self)`,
      `  File "/usr/local/lib/python3.12/site-packages/celery/bootsteps.py", line 116, in start`,
      `    step.start(parent)`,
      `  File "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py", line 746, in start`,
      `    c.loop(*c.loop_args())`,
      `  File "/usr/local/lib/python3.12/site-packages/celery/worker/loops.py", line 97, in asynloop`,
      `    next(loop)`,
      `  File "/usr/local/lib/python3.12/site-packages/kombu/asynchronous/hub.py", line 373, in create_loop`,
      `    cb(*cbargs)`,
      `  File "/usr/local/lib/python3.12/site-packages/kombu/transport/redis.py", line 1352, in on_readable`,
      `    self.cycle.on_readable(fileno)`,
      `  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 513, in read_response`,
      `    raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)`,
      `redis.exceptions.ConnectionError: Connection closed by server.`,
      times(
        6,
        (i) =>
          `[${pyTime(at(7, 51, 23) + i * (i + 1), 12)}: ERROR/MainProcess] consumer: Cannot connect to redis://oncall-redis-master:6379/0: Error 111 connecting to oncall-redis-master:6379. Connection refused..\nTrying again in ${(2 * (i + 1)).toFixed(2)} seconds... (${i + 1}/100)\n`,
      ),
      `[${pyTime(at(7, 52, 9), 702)}: INFO/MainProcess] Connected to redis://oncall-redis-master:6379/0`,
      `[${pyTime(at(7, 52, 9), 720)}: INFO/MainProcess] mingle: searching for neighbors`,
      `[${pyTime(at(7, 52, 10), 744)}: INFO/MainProcess] mingle: all alone`,
      times(
        12,
        (i) =>
          `[${pyTime(at(7, 55) + i * 180, 408)}: INFO/MainProcess] missed heartbeat from celery@oncall-celery-5f6d7c8b9-hx4wq`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'scale-up'],
  },

  // ---------------------------------------------------------------- restarts: wrong (3)
  {
    // The new release holds the migration lock and is rewriting the jobs table; the pod stays unready
    // by design and the old pods still serve. Killing it restarts the migration from zero.
    id: 'fortyfifth-windmill-server-not-ready-after-upgrade',
    family: 'long-migration',
    source: 'https://github.com/windmill-labs/windmill/issues/5301',
    signal: 'ProbeFailure',
    rollout: { minutesAgo: 87, previousTag: '2.3.0' },
    containers: [
      {
        name: 'windmill-server',
        running: { startedAt: '2026-02-11T07:03:10Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          MODE: 'server',
          DATABASE_URL: 'postgres://windmill@windmill-pg:5432/windmill?sslmode=disable',
          RUST_LOG: 'info',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.5.23:8000/api/version": dial tcp 10.42.5.23:8000: connect: connection refused',
        count: 512,
      },
      alert(
        'PostgresLongRunningQuery: windmill-pg pid 48211 (application_name windmill-server-7d94c6b5f8-2xqvd) active for 84m, wait_event none (not blocked), statement INSERT INTO v2_job SELECT ... FROM completed_job; n_tup_ins on v2_job 41.2M of 57.9M rows in completed_job',
      ),
      {
        type: 'Normal',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set windmill-server-7d94c6b5f8 to 1',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      `${iso(at(7, 3, 11), 402)}  INFO windmill: Started locking PG for migration purposes`,
      `${iso(at(7, 3, 11), 538)}  INFO windmill: Locked PG for migration purposes`,
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
  {
    // The database it waits for is down; every restart waits again and fails the same way.
    id: 'fortyfifth-bookstack-crashloop',
    family: 'dependency-down',
    source: 'https://github.com/linuxserver/docker-bookstack/issues/157',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashLoop('bookstack', 1, 8),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          APP_URL: 'https://docs.example.com',
          DB_HOST: 'bookstack-mariadb',
          DB_PORT: '3306',
          DB_DATABASE: 'bookstackapp',
          DB_USERNAME: 'bookstack',
        },
        mounts: [{ volume: 'config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'config', persistentVolumeClaim: 'bookstack-config' }],
    events: [
      backOff('bookstack', 'bookstack-6c8d9b7f5-tl4zp_docs(1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b)', 31),
      alert(
        'MySQLDown: mysql_up == 0 for bookstack-mariadb-0 in namespace docs for 33m; the pod is CrashLoopBackOff (InnoDB: Database page corruption on disk or a failed read of file ./ibdata1 page [page id: space=0, page number=7])',
      ),
    ],
    previousLog: log(
      '[migrations] started',
      '[migrations] no migrations found',
      '───────────────────────────────────────',
      '',
      '      ██╗     ███████╗██╗ ██████╗',
      '      ██║     ██╔════╝██║██╔═══██╗',
      '      ██║     ███████╗██║██║   ██║',
      '      ██║     ╚════██║██║██║   ██║',
      '      ███████╗███████║██║╚██████╔╝',
      '      ╚══════╝╚══════╝╚═╝ ╚═════╝',
      '',
      '   Brought to you by linuxserver.io',
      '───────────────────────────────────────',
      '',
      'User UID:    1000',
      'User GID:    1000',
      '───────────────────────────────────────',
      'Linuxserver.io version: v24.12.1-ls186',
      '',
      '[custom-init] No custom files found, skipping...',
      '************************************************************************',
      'Waiting for DB to be available',
      '',
      '   Illuminate\\Database\\QueryException ',
      '',
      "  SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from information_schema.tables where table_schema = 'bookstackapp' and table_name = 'migrations' and table_type = 'BASE TABLE')",
      '',
      '  at /app/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829',
      '    825▕                     $this->getName(), $query, $this->prepareBindings($bindings), $e',
      '    826▕                 );',
      '    827▕             }',
      '    828▕ ',
      '  ➜ 829▕             throw new QueryException(',
      '    830▕                 $this->getName(), $query, $this->prepareBindings($bindings), $e',
      '    831▕             );',
      '    832▕         }',
      '    833▕     }',
      '',
      '      +41 vendor frames ',
      '',
      '  42  /app/www/artisan:35',
      '      Illuminate\\Foundation\\Console\\Kernel::handle()',
    ),
    accept: ['escalate'],
  },
  {
    // The liveness probe's /health/ waits behind the three sync workers that are busy with 20-30 s
    // environment-document requests; every new pod has the same probe and the same traffic.
    id: 'fortyfifth-flagsmith-api-liveness-restarts',
    family: 'probe-misconfig',
    source: 'https://github.com/Flagsmith/flagsmith/issues/3744',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'flagsmith-api',
        running: { startedAt: '2026-02-11T08:26:12Z' },
        ready: false,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 14,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          GUNICORN_WORKERS: '3',
          GUNICORN_TIMEOUT: '30',
          DJANGO_ALLOWED_HOSTS: '*',
          DATABASE_URL: 'postgresql://flagsmith@flagsmith-pg:5432/flagsmith',
        },
        args: ['migrate-and-serve'],
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.4.61:8000/health/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 61,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container flagsmith-api failed liveness probe, will be restarted',
        count: 14,
      },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.4.61:8000/health/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 93,
      },
    ],
    previousLog: log(
      `[2026-02-11 08:19:41 +0000] [1] [INFO] Starting gunicorn 22.0.0`,
      `[2026-02-11 08:19:41 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)`,
      `[2026-02-11 08:19:41 +0000] [1] [INFO] Using worker: sync`,
      `[2026-02-11 08:19:41 +0000] [12] [INFO] Booting worker with pid: 12`,
      `[2026-02-11 08:19:41 +0000] [13] [INFO] Booting worker with pid: 13`,
      `[2026-02-11 08:19:41 +0000] [14] [INFO] Booting worker with pid: 14`,
      times(48, (i) => {
        const sec = at(8, 19, 44) + i * 7;
        const round = Math.floor(i / 12);
        const stuck = [12, 13, 51, 14][round] ?? 12;
        const fresh = [51, 63, 75, 87][round] ?? 51;
        if (i % 12 === 9)
          return `[2026-02-11 ${clock(sec)} +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:${stuck})`;
        if (i % 12 === 10)
          return `[2026-02-11 ${clock(sec)} +0000] [1] [ERROR] Worker (pid:${stuck}) was sent SIGKILL! Perhaps out of memory?`;
        if (i % 12 === 11)
          return `[2026-02-11 ${clock(sec)} +0000] [${fresh}] [INFO] Booting worker with pid: ${fresh}`;
        const p = i % 3 === 0 ? '/api/v1/environment-document/' : i % 3 === 1 ? '/api/v1/flags/' : '/health/';
        const ua =
          p === '/health/'
            ? 'kube-probe/1.30'
            : p.includes('document')
              ? 'flagsmith-edge-proxy/2.14.0'
              : 'flagsmith-nodejs-sdk/4.0.1';
        const bytes = p.includes('document') ? 8821344 : p === '/health/' ? 15 : 2210;
        return `10.42.${1 + (i % 6)}.${20 + (i % 40)} - - [${clf(sec)}] "GET ${p} HTTP/1.1" 200 ${bytes} "-" "${ua}"`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },

  // ---------------------------------------------------------------- scale-up: right (3)
  {
    // Real campaign traffic: every pod pinned at its CPU limit, time spent rendering views, the
    // database and Redis far from their limits, nodes with room.
    id: 'fortyfifth-solidus-storefront-latency',
    family: 'capacity',
    source: 'https://github.com/RefugeRestrooms/refugerestrooms/pull/654',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-11T07:00:27Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          WEB_CONCURRENCY: '2',
          RAILS_MAX_THREADS: '5',
          RAILS_LOG_TO_STDOUT: '1',
        },
        args: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
      },
    ],
    events: [
      alert(
        'StorefrontLatencyHigh: p95 2.9s (SLO 800ms) on solidus-storefront for 22m; CPU 1.97 of 2 cores in all 4 pods, throttled 41% of periods; requests 3.4x the Tuesday baseline since the 08:00 newsletter; Postgres CPU 23%, connections 61/400; Redis 4% CPU; 3 nodes with more than 6 CPU unrequested',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const sec = at(8, 21) + i * 9;
        const reqId = `${(0x3f1c9b2e + i * 7919).toString(16)}-${(0x1a2b + i).toString(16)}-4c3d-9e8f-${(0x0a1b2c3d4e5f + i * 31).toString(16)}`;
        const t = `I, [2026-02-11T${clock(sec)}.${String(100000 + ((i * 7177) % 899999))} #${14 + (i % 2)}]  INFO -- : [${reqId}]`;
        const routes = [
          [
            'GET',
            '/products/organic-cotton-tee',
            'Spree::ProductsController#show',
            '{"id"=>"organic-cotton-tee"}',
          ],
          [
            'GET',
            '/t/categories/womens/tops',
            'Spree::TaxonsController#show',
            '{"id"=>"categories/womens/tops"}',
          ],
          ['GET', '/', 'Spree::HomeController#index', null],
          [
            'POST',
            '/orders/populate',
            'Spree::OrdersController#populate',
            '{"variant_id"=>"8812", "quantity"=>"1"}',
          ],
        ] as const;
        const [verb, path, action, params] = routes[i % routes.length] ?? routes[0];
        const view = 1400 + ((i * 211) % 1300);
        const ar = 18 + ((i * 13) % 40);
        return log(
          `${t} Started ${verb} "${path}" for 10.42.${i % 4}.1 at 2026-02-11 ${clock(sec)} +0000`,
          `${t} Processing by ${action} as HTML`,
          ...(params ? [`${t}   Parameters: ${params}`] : []),
          `${t} Completed ${verb === 'POST' ? '302 Found' : '200 OK'} in ${view + ar + 40}ms (Views: ${view}.${i % 10}ms | ActiveRecord: ${ar}.${(i * 3) % 10}ms | Allocations: ${380000 + i * 1731})`,
        );
      }),
    ),
    accept: ['scale-up'],
  },
  {
    // Shift start: forty logins a second, each a password hash and a flow evaluation in Python; both
    // server pods at their CPU limit, Postgres and Redis idle. The maintainer's advice is replicas.
    id: 'fortyfifth-authentik-login-latency',
    family: 'capacity',
    source: 'https://github.com/goauthentik/authentik/issues/2601',
    signal: 'Alert',
    containers: [
      {
        name: 'server',
        running: { startedAt: '2026-02-11T07:00:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          AUTHENTIK_POSTGRESQL__HOST: 'authentik-pg',
          AUTHENTIK_REDIS__HOST: 'authentik-redis-master',
          AUTHENTIK_WEB__WORKERS: '2',
          AUTHENTIK_LOG_LEVEL: 'info',
        },
        args: ['server'],
      },
    ],
    events: [
      alert(
        'AuthentikFlowLatencyHigh: p95 of POST /api/v3/flows/executor/default-authentication-flow/ 6.2s for 19m; authentik-server CPU 1.0 of 1 core in both pods; logins 41/s against 6/s on a normal hour (shift start 08:00); Postgres CPU 18%, 44 connections of 300; Redis 3% CPU; 2 nodes with more than 4 CPU unrequested',
      ),
    ],
    currentLog: log(
      times(60, (i) => {
        const sec = at(8, 22) + i * 6;
        const flow = i % 3 !== 2;
        const path = flow
          ? '/api/v3/flows/executor/default-authentication-flow/?query=next%3D%252Fapplication%252Fo%252Fauthorize%252F'
          : i % 2 === 0
            ? '/application/o/authorize/'
            : '/-/health/live/';
        const runtime = flow
          ? 3900 + ((i * 337) % 3100)
          : path.includes('health')
            ? 2 + (i % 5)
            : 410 + ((i * 71) % 500);
        return `{"auth_via": "${flow ? 'unauthenticated' : 'session'}", "domain_url": "sso.example.com", "event": "${path}", "host": "sso.example.com", "level": "info", "logger": "authentik.asgi", "method": "${flow ? 'POST' : 'GET'}", "pid": ${47 + (i % 2)}, "remote": "10.42.${i % 6}.${10 + i}", "request_id": "${(0x9a3c1e7f + i * 7919).toString(16)}d2f4b6a8c0e1f3a5b7c9", "runtime": ${runtime}, "schema_name": "public", "scheme": "https", "status": ${path.includes('health') ? 204 : flow ? 200 : 302}, "timestamp": "2026-02-11T${clock(sec)}.${String(100000 + ((i * 4177) % 899999))}", "user": "", "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"}`;
      }),
    ),
    accept: ['scale-up'],
  },
  {
    // A trending topic: nine times the usual new posts. Every job finishes fast; both Sidekiq pods
    // run all their threads; Postgres and Redis have room. More Sidekiq drains the backlog.
    id: 'fortyfifth-discourse-sidekiq-queue-latency',
    family: 'capacity',
    source: 'https://github.com/bitnami/containers/issues/9074',
    signal: 'Alert',
    containers: [
      {
        name: 'sidekiq',
        running: { startedAt: '2026-02-11T07:00:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          DISCOURSE_SIDEKIQ_WORKERS: '5',
          DISCOURSE_REDIS_HOST: 'discourse-redis',
        },
        args: ['bundle', 'exec', 'sidekiq', '-C', 'config/sidekiq.yml'],
      },
    ],
    events: [
      alert(
        'DiscourseSidekiqQueueLatency: queue default latency 14m, 23400 enqueued and rising for 25m; all 5 threads busy on both sidekiq pods, CPU 1.9 of 2 cores; jobs finish in 0.2-1.1s, 0 failures; new posts 9x baseline (topic /t/2026-pricing-update/88213 trending); Postgres CPU 27%, Redis 4%; nodes have room for 3 more pods',
      ),
    ],
    currentLog: log(
      (() => {
        const classes = [
          'Jobs::ProcessPost',
          'Jobs::PostAlert',
          'Jobs::PullHotlinkedImages',
          'Jobs::NotifyMailingListSubscribers',
          'Jobs::EmitWebHookEvent',
          'Jobs::UserEmail',
        ];
        const tids = ['nxp', '2ogn', 'a8f3', 'bz1k', 'c4qm'];
        const stamp = (ms: number): string =>
          `2026-02-11T${clock(Math.floor(ms / 1000))}.${String(ms % 1000).padStart(3, '0')}Z`;
        const lines: [number, string][] = [];
        for (let k = 0; k < 60; k++) {
          const start = at(8, 24) * 1000 + k * 1150 + ((k * 37) % 200);
          const elapsed = 200 + ((k * 370) % 900);
          const cls = classes[k % classes.length] ?? 'Jobs::ProcessPost';
          const tid = tids[k % tids.length] ?? 'nxp';
          const jid = `${(0x30713c04 + k * 7919).toString(16)}bc6a7f87${(0x61b2c3d4 + k * 104729).toString(16)}`;
          lines.push([start, `${stamp(start)} pid=1 tid=${tid} class=${cls} jid=${jid} INFO: start`]);
          lines.push([
            start + elapsed,
            `${stamp(start + elapsed)} pid=1 tid=${tid} class=${cls} jid=${jid} elapsed=${(elapsed / 1000).toFixed(3)} INFO: done`,
          ]);
        }
        return lines.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
      })(),
    ),
    accept: ['scale-up'],
  },

  // ---------------------------------------------------------------- scale-up: wrong (4)
  {
    // php-fpm says "reached pm.max_children", but the children are all waiting on InnoDB row locks
    // over a 2.6M-row action scheduler table; more pods claim the same rows and wait longer.
    id: 'fortyfifth-woocommerce-checkout-5xx',
    family: 'db-lock-contention',
    source: 'https://github.com/woocommerce/action-scheduler/issues/1104',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-02-11T07:00:16Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          WORDPRESS_DB_HOST: 'shop-mysql.shop.svc.cluster.local',
          PHP_FPM_PM_MAX_CHILDREN: '20',
          DISABLE_WP_CRON: 'false',
        },
        mounts: [{ volume: 'wp-content', path: '/var/www/html/wp-content' }],
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-11T07:00:15Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '128Mi',
      },
    ],
    volumes: [{ name: 'wp-content', persistentVolumeClaim: 'shop-wp-content' }],
    events: [
      alert(
        'WooCheckoutErrors: 5xx 31% on /?wc-ajax=checkout for 17m; php-fpm active processes 20/20 in all 3 pods but pod CPU 22%; MySQL Innodb_row_lock_current_waits 187, Innodb_row_lock_time_avg 48s, Threads_running 212; wp_actionscheduler_actions 2.6M rows, 31k pending',
      ),
    ],
    currentLog: log(
      times(36, (i) => {
        const sec = at(8, 14) + i * 25;
        const t = `[11-Feb-2026 ${clock(sec)}]`;
        if (i % 6 === 0)
          return `${t} WARNING: [pool www] server reached pm.max_children setting (20), consider raising it`;
        if (i % 6 === 2)
          return `${t} WARNING: [pool www] child ${300 + i} said into stderr: "NOTICE: PHP message: WordPress database error Lock wait timeout exceeded; try restarting transaction for query UPDATE wp_actionscheduler_actions SET claim_id=${1635716 + i}, last_attempt_gmt='2026-02-11 ${clock(sec)}', last_attempt_local='2026-02-11 ${clock(sec + 3600)}' WHERE claim_id = 0 AND scheduled_date_gmt <= '2026-02-11 ${clock(sec)}' AND status='pending' ORDER BY priority ASC, attempts ASC, scheduled_date_gmt ASC, action_id ASC LIMIT 25 made by do_action_ref_array('action_scheduler_run_queue'), WP_Hook->do_action, WP_Hook->apply_filters, ActionScheduler_QueueRunner->run, ActionScheduler_QueueRunner->do_batch, ActionScheduler_DBStore->stake_claim, ActionScheduler_DBStore->claim_actions"`;
        if (i % 6 === 4)
          return log(
            `${t} WARNING: [pool www] child ${300 + i} said into stderr: "NOTICE: PHP message: PHP Fatal error:  Uncaught RuntimeException: Unable to claim actions. Database error: Lock wait timeout exceeded; try restarting transaction. in /var/www/html/wp-content/plugins/woocommerce/packages/action-scheduler/classes/data-stores/ActionScheduler_DBStore.php:1016"`,
            `${t} WARNING: [pool www] child ${300 + i} said into stderr: "Stack trace:"`,
            `${t} WARNING: [pool www] child ${300 + i} said into stderr: "#0 /var/www/html/wp-content/plugins/woocommerce/packages/action-scheduler/classes/data-stores/ActionScheduler_DBStore.php(861): ActionScheduler_DBStore->claim_actions(${1635716 + i}, 25, NULL, '', '')"`,
            `${t} WARNING: [pool www] child ${300 + i} said into stderr: "#1 /var/www/html/wp-content/plugins/woocommerce/packages/action-scheduler/classes/ActionScheduler_QueueRunner.php(179): ActionScheduler_DBStore->stake_claim(25)"`,
          );
        return `10.42.${i % 5}.1 - - [${clf(sec)}] "POST /?wc-ajax=checkout HTTP/1.1" ${i % 3 === 0 ? 504 : 200} ${i % 3 === 0 ? 167 : 1893} "https://shop.example.com/checkout/" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X)"`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Four GoTrue replicas with 20-connection pools plus PostgREST and Realtime against a
    // max_connections of 100: each new replica opens another pool on a full database.
    id: 'fortyfifth-gotrue-token-500s',
    family: 'connection-cap',
    source: 'https://github.com/supabase/supabase/issues/2531',
    signal: 'Alert',
    containers: [
      {
        name: 'auth',
        running: { startedAt: '2026-02-11T07:00:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          GOTRUE_DB_DRIVER: 'postgres',
          GOTRUE_DB_MAX_POOL_SIZE: '20',
          GOTRUE_API_HOST: '0.0.0.0',
          GOTRUE_SITE_URL: 'https://app.example.com',
          API_EXTERNAL_URL: 'https://api.example.com',
        },
        args: ['auth'],
      },
    ],
    events: [
      alert(
        'SupabaseAuthErrors: gotrue 5xx ratio 0.37 on POST /token for 14m (4 of 4 auth pods); supabase-db numbackends 97 of max_connections 100 (3 reserved for superuser); auth pool 4 x 20, rest 2 x 10, realtime 10; Postgres CPU 31%',
      ),
    ],
    currentLog: log(
      times(50, (i) => {
        const sec = at(8, 16) + i * 16;
        const rid = `${(0x1b2c3d4e + i * 7919).toString(16)}-${(0x5f6a + i).toString(16)}-4b7c-8d9e-${(0x0f1a2b3c4d5e + i).toString(16)}`;
        const time = `2026-02-11T${clock(sec)}Z`;
        if (i % 3 === 1)
          return `{"component":"api","error":"error finding user: failed to connect to \`host=supabase-db user=supabase_auth_admin database=postgres\`: server error (FATAL: remaining connection slots are reserved for non-replication superuser connections (SQLSTATE 53300))","level":"error","method":"POST","msg":"500: Database error querying schema","path":"/token","referer":"https://app.example.com","remote_addr":"10.42.${i % 4}.9","request_id":"${rid}","time":"${time}"}`;
        return `{"component":"api","duration":${40000000 + ((i * 7919) % 90000000)},"level":"info","method":"${i % 2 === 0 ? 'POST' : 'GET'}","msg":"request completed","path":"${i % 2 === 0 ? '/token' : '/user'}","referer":"https://app.example.com","remote_addr":"10.42.${i % 4}.9","request_id":"${rid}","status":200,"time":"${time}"}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Every availability lookup calls Google's freebusy API under one project quota that is already
    // exhausted; more pods make more calls against the same per-minute quota.
    id: 'fortyfifth-calcom-availability-errors',
    family: 'third-party-rate-limit',
    source: 'https://github.com/calcom/cal.diy/issues/18079',
    signal: 'Alert',
    containers: [
      {
        name: 'calcom',
        running: { startedAt: '2026-02-11T07:00:29Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NEXT_PUBLIC_WEBAPP_URL: 'https://cal.example.com',
          DATABASE_URL: 'postgresql://calcom@calcom-pg:5432/calcom',
          GOOGLE_LOGIN_ENABLED: 'true',
        },
      },
    ],
    events: [
      alert(
        "CalcomAvailabilityErrors: 24% of /api/trpc/public/slots.getSchedule 500 over 15m; googleapis calendar.freebusy 403 rateLimitExceeded 1930 in the last 10m; Google Cloud quota 'Queries per minute' for project 873748915088 at 100% since 08:11; calcom pods CPU 35%, Postgres CPU 12%",
      ),
    ],
    currentLog: log(
      `  ▲ Next.js 14.2.24`,
      `  - Local:        http://calcom-79c6d8f5b4-kq7vz:3000`,
      `  - Network:      http://10.42.3.88:3000`,
      ``,
      ` ✓ Starting...`,
      ` ✓ Ready in 2.9s`,
      times(40, (i) => {
        const sec = at(8, 12) + i * 26;
        const body =
          '{"code":403,"errors":[{"message":"Quota exceeded for quota metric \'Queries\' and limit \'Queries per minute\' of service \'calendar-json.googleapis.com\' for consumer \'project_number:873748915088\'.","domain":"usageLimits","reason":"rateLimitExceeded"}]}';
        return i % 4 === 3
          ? `2026-02-11 ${clock(sec)}:${String((i * 97) % 1000).padStart(3, '0')} INFO [[trpc] slots.getSchedule] availability computed {"eventTypeId":${1200 + (i % 40)},"ms":${900 + i * 13}}`
          : `2026-02-11 ${clock(sec)}:${String((i * 97) % 1000).padStart(3, '0')} ERROR [[lib] getBusyCalendarTimes] GoogleCalendarService: freebusy query failed ${body}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // One distinct_id floods one Kafka partition; its single consumer is pegged and the other 63
    // partitions are idle. Another consumer only joins the idle ones.
    id: 'fortyfifth-posthog-ingestion-lag',
    family: 'hot-partition',
    source: 'https://github.com/PostHog/posthog/pull/13731',
    signal: 'Alert',
    containers: [
      {
        name: 'plugins',
        running: { startedAt: '2026-02-11T07:00:50Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          PLUGIN_SERVER_MODE: 'ingestion-v2',
          KAFKA_HOSTS: 'posthog-kafka:9092',
          INGESTION_CONCURRENCY: '10',
          INGESTION_BATCH_SIZE: '500',
        },
        args: ['./bin/posthog-plugin-server', '--no-restart-loop'],
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupLag: group clickhouse-ingestion on topic events_plugin_ingestion lag 3.9M, of which partition 17 holds 3.87M (the other 63 partitions under 2k each); 8 ingestion pods: the owner of partition 17 at 100% CPU, the other 7 at 9-14%; 96% of partition 17 traffic has distinct_id 9f2c44e1-anon-kiosk from team 2',
      ),
    ],
    currentLog: log(
      times(48, (i) => {
        const sec = at(8, 18) + i * 14;
        const part = i % 4 === 0 ? 17 : [3, 41, 17, 58][i % 4];
        const slow = part === 17;
        return `{"level":"info","time":"2026-02-11T${clock(sec)}.${String((i * 211) % 1000).padStart(3, '0')}Z","pid":1,"hostname":"posthog-plugins-ingestion-6b9f7d8c5-2lq8k","msg":"[ingestion-consumer] processed batch","topic":"events_plugin_ingestion","partition":${part},"size":${slow ? 500 : 12 + (i % 30)},"durationMs":${slow ? 4600 + ((i * 97) % 900) : 40 + (i % 60)}}`;
      }),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flush: right (2)
  {
    // A Redis that holds only the WordPress object cache, full under noeviction with keys that never
    // expire; sessions live in MySQL. Emptying it costs a few cold page loads.
    id: 'fortyfifth-woocommerce-object-cache-errors',
    family: 'cache-full',
    source: 'https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-02-11T07:00:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          WP_REDIS_HOST: 'redis-objcache.shop.svc.cluster.local',
          WP_REDIS_DATABASE: '0',
          WP_REDIS_PREFIX: 'shopwp:',
          WORDPRESS_DB_HOST: 'shop-mysql.shop.svc.cluster.local',
        },
        mounts: [{ volume: 'wp-content', path: '/var/www/html/wp-content' }],
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-11T07:00:17Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '128Mi',
      },
    ],
    volumes: [{ name: 'wp-content', persistentVolumeClaim: 'shop-wp-content' }],
    events: [
      alert(
        'RedisCacheFull: redis-objcache used_memory 511.9MiB of maxmemory 512MiB, maxmemory-policy noeviction, evicted_keys 0, rejected writes 3.1k/min for 21m; 98% of its 1.42M keys have no TTL; the instance has only db0 (prefix shopwp:) used by the Redis Object Cache drop-in; WooCommerce sessions are in wp_woocommerce_sessions',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const sec = at(8, 9) + i * 41;
        const t = `[11-Feb-2026 ${clock(sec)}]`;
        if (i % 3 === 0)
          return log(
            `${t} WARNING: [pool www] child ${210 + i} said into stderr: "NOTICE: PHP message: PHP Fatal error:  Uncaught RedisException: OOM command not allowed when used memory > 'maxmemory'. in /var/www/html/wp-content/object-cache.php:2212"`,
            `${t} WARNING: [pool www] child ${210 + i} said into stderr: "Stack trace:"`,
            `${t} WARNING: [pool www] child ${210 + i} said into stderr: "#0 /var/www/html/wp-content/object-cache.php(2212): Redis->set()"`,
            `${t} WARNING: [pool www] child ${210 + i} said into stderr: "#1 /var/www/html/wp-content/object-cache.php(294): WP_Object_Cache->set()"`,
            `${t} WARNING: [pool www] child ${210 + i} said into stderr: "#2 /var/www/html/wp-includes/post.php(5747): wp_cache_set()"`,
            `${t} WARNING: [pool www] child ${210 + i} said into stderr: "#3 /var/www/html/wp-includes/class-wp.php(239): get_page_by_path()"`,
          );
        const paths = [
          '/product/linen-shirt/',
          '/shop/?orderby=popularity',
          '/cart/',
          '/product-category/summer/',
        ];
        return `10.42.${i % 4}.1 - - [${clf(sec)}] "GET ${paths[i % paths.length]} HTTP/1.1" ${i % 3 === 1 ? 500 : 200} ${i % 3 === 1 ? 3811 : 48211 + i * 97} "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2)"`;
      }),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    // django-redis page and fragment cache only (sessions in Postgres), entries set without a timeout
    // so volatile-lru has nothing to evict: every cache write fails and pages 500.
    id: 'fortyfifth-wagtail-site-500s',
    family: 'cache-full',
    source: 'https://github.com/sourcegraph/sourcegraph-public-snapshot/issues/296',
    signal: 'Alert',
    containers: [
      {
        name: 'web',
        running: { startedAt: '2026-02-11T07:00:21Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'newsroom.settings.production',
          CACHE_URL: 'redis://wagtail-cache:6379/1',
          SESSION_ENGINE: 'django.contrib.sessions.backends.db',
          DATABASE_URL: 'postgres://newsroom@newsroom-pg:5432/newsroom',
        },
        args: ['gunicorn', 'newsroom.wsgi:application', '--workers', '3', '--bind', '0.0.0.0:8000'],
      },
    ],
    events: [
      alert(
        'WagtailHTTP5xx: 5xx ratio 0.44 on newsroom-web for 16m; all errors redis.exceptions.OutOfMemoryError from the cache backend',
      ),
      alert(
        'RedisCacheFull: wagtail-cache used_memory 1.00GiB of maxmemory 1GiB, maxmemory-policy volatile-lru, expires=0 of 2.3M keys in db1; the instance is configured as CACHES["default"] only (django-redis), no other client connected',
      ),
    ],
    currentLog: log(
      times(12, (i) => {
        const sec = at(8, 13) + i * 80;
        const slug = [
          '2026/02/city-budget-vote',
          '2026/02/storm-warning-coast',
          'sport/derby-preview',
          'culture/film-festival-lineup',
        ][i % 4];
        return log(
          `ERROR ${pyTime(sec, (i * 137) % 1000)} log Internal Server Error: /news/${slug}/`,
          `Traceback (most recent call last):`,
          `  File "/venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner`,
          `    response = get_response(request)`,
          `  File "/venv/lib/python3.12/site-packages/django/utils/deprecation.py", line 133, in __call__`,
          `    response = self.process_response(request, response)`,
          `  File "/venv/lib/python3.12/site-packages/django/middleware/cache.py", line 101, in process_response`,
          `    self.cache.set(cache_key, response, timeout)`,
          `  File "/venv/lib/python3.12/site-packages/django_redis/cache.py", line 29, in _decorator`,
          `    return method(self, *args, **kwargs)`,
          `  File "/venv/lib/python3.12/site-packages/django_redis/client/default.py", line 207, in set`,
          `    return bool(client.set(nkey, nvalue, nx=nx, px=timeout, xx=xx))`,
          `  File "/venv/lib/python3.12/site-packages/redis/connection.py", line 666, in read_response`,
          `    raise response`,
          `redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.`,
          `10.42.${i % 3}.1 - - [${clf(sec)}] "GET /news/${slug}/ HTTP/1.1" 500 145 "-" "Mozilla/5.0 (Linux; Android 15)"`,
          `10.42.${i % 3}.1 - - [${clf(sec + 4)}] "GET /static/css/main.4f1a2c.css HTTP/1.1" 200 48213 "-" "Mozilla/5.0 (Linux; Android 15)"`,
        );
      }),
    ),
    accept: ['flush-redis-cache'],
  },

  // ---------------------------------------------------------------- cache flush: wrong (3)
  {
    // The full Redis holds BullMQ's delivery and inbox queues (and Misskey's timelines): flushing
    // drops two million federation jobs. Redis needs memory or the queues need draining.
    id: 'fortyfifth-misskey-redis-oom-errors',
    family: 'redis-queue-full',
    source: 'https://github.com/OptimalBits/bull/issues/433',
    signal: 'Alert',
    containers: [
      {
        name: 'misskey',
        running: { startedAt: '2026-02-11T07:00:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { NODE_ENV: 'production', MISSKEY_CLUSTER_LIMIT: '2' },
        mounts: [{ volume: 'misskey-config', path: '/misskey/.config' }],
      },
    ],
    volumes: [{ name: 'misskey-config', secret: 'misskey-default-yml' }],
    events: [
      alert(
        'RedisOOMErrors: misskey-redis used_memory 2.00GiB of maxmemory 2GiB (noeviction); keys bull:deliver:wait 1.9M, bull:inbox:wait 410k, bull:deliver:delayed 230k; write commands rejected 5.2k/min for 24m',
      ),
    ],
    currentLog: log(
      `INFO *\t[core boot]\tWelcome to Misskey!`,
      `INFO *\t[core boot]\tMisskey v2025.1.0`,
      `INFO *\t[core boot env]\tNODE_ENV: production`,
      `DONE *\t[core boot config]\tLoaded`,
      `INFO *\t[core boot db]\tConnecting...`,
      `DONE *\t[core boot db]\tConnected: v16.4`,
      `DONE *\t[core boot]\tMisskey initialized`,
      `INFO *\t[core boot]\tStarting 2 workers...`,
      `DONE *\t[core boot]\tNow listening on port 3000 on http://misskey.example.com`,
      times(40, (i) => {
        const pid = 1 + (i % 2);
        if (i % 4 === 0)
          return `ERR  ${pid}\t[queue deliver]\tReplyError: ERR Error running script (call to f_ff9c18634832b0b4115a19b4de5f4788a7cfbd4e): @user_script:30: @user_script: 30: -OOM command not allowed when used memory > 'maxmemory'.`;
        if (i % 4 === 1)
          return `ERR  ${pid}\t[queue inbox]\tReplyError: OOM command not allowed when used memory > 'maxmemory'.`;
        if (i % 4 === 2)
          return `    at parseError (/misskey/node_modules/.pnpm/redis-parser@3.0.0/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/misskey/node_modules/.pnpm/redis-parser@3.0.0/node_modules/redis-parser/lib/parser.js:302:14)`;
        return `WARN ${pid}\t[server api]\tInternal error occurred in notes/create: OOM command not allowed when used memory > 'maxmemory'. (id: ${(0x7c1d2e3f + i * 7919).toString(16)}-4a5b-4c6d-8e7f-${(0x0a1b2c3d4e5f + i).toString(16)})`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Redis is EmailEngine's only database (accounts, OAuth tokens, mailbox state); it is full under
    // noeviction. FLUSHDB would delete every connected account.
    id: 'fortyfifth-emailengine-sync-failing',
    family: 'redis-primary-store-full',
    source: 'https://github.com/easypanel-io/templates/pull/1588',
    signal: 'Alert',
    containers: [
      {
        name: 'emailengine',
        running: { startedAt: '2026-02-11T07:00:26Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          EENGINE_REDIS: 'redis://emailengine-redis:6379/0',
          EENGINE_WORKERS: '4',
          EENGINE_LOG_LEVEL: 'info',
          EENGINE_SECRET: '(from secret emailengine-secret)',
        },
      },
    ],
    events: [
      alert(
        'EmailEngineRedisFull: emailengine-redis used_memory 3.99GiB of maxmemory 4GiB, maxmemory-policy noeviction, rejected writes 880/min for 19m; 1842 accounts connected; mailbox sync and webhook delivery failing with OOM',
      ),
    ],
    currentLog: log(
      times(50, (i) => {
        const time = Date.UTC(2026, 1, 11, 8, 12, 0) + i * 19_000 + ((i * 137) % 1000);
        const acct = `acct-${8000 + ((i * 37) % 1800)}`;
        if (i % 5 === 0)
          return `{"level":30,"time":${time},"pid":1,"hostname":"emailengine-6d8f7c9b5-4kq2x","component":"imap","account":"${acct}","msg":"Connection established","cid":"${(0x1a2b3c + i * 997).toString(36)}"}`;
        return `{"level":50,"time":${time},"pid":1,"hostname":"emailengine-6d8f7c9b5-4kq2x","component":"imap","account":"${acct}","msg":"Failed to process mailbox update","path":"INBOX","err":{"type":"ReplyError","message":"OOM command not allowed when used memory > 'maxmemory'.","stack":"ReplyError: OOM command not allowed when used memory > 'maxmemory'.\\n    at parseError (/emailengine/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/emailengine/node_modules/redis-parser/lib/parser.js:302:14)","command":{"name":"hset","args":["iam:${acct}:h:${(0x9a0b + i).toString(16)}","[redacted]"]}}}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Not full, not a cache: after a Sentinel failover the Service still balances across every Redis
    // pod, so a share of writes lands on a replica. FLUSHDB on a replica is refused anyway.
    id: 'fortyfifth-zammad-api-500s',
    family: 'redis-readonly',
    source: 'https://github.com/helm/charts/issues/21180',
    signal: 'Alert',
    containers: [
      {
        name: 'zammad-railsserver',
        running: { startedAt: '2026-02-11T07:00:35Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          REDIS_URL: 'redis://zammad-redis:6379',
          POSTGRESQL_HOST: 'zammad-pg',
          ZAMMAD_RAILSSERVER_WORKERS: '2',
        },
        args: ['zammad-railsserver'],
      },
    ],
    events: [
      alert(
        'ZammadAPIErrors: 500 ratio 0.62 on /api/v1/* for 27m; Redis client errors "READONLY You can\'t write against a read only replica." since 08:03; zammad-redis (3 pods with Sentinel) failed over at 08:02, redis-node-1 is master; Service zammad-redis selects all 3 redis pods',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const sec = at(8, 14) + i * 31;
        const us = String(100000 + ((i * 7919) % 899999));
        const path = [
          '/api/v1/tickets/search',
          '/api/v1/online_notifications',
          '/api/v1/taskbar/8812',
          '/api/v1/users/me',
        ][i % 4];
        if (i % 3 === 0)
          return log(
            `I, [2026-02-11T${clock(sec)}.${us}#1-${88000 + i}]  INFO -- : Started GET "${path}" for 10.42.${i % 4}.1 at 2026-02-11 ${clock(sec)} +0000`,
            `E, [2026-02-11T${clock(sec)}.${us}#1-${88000 + i}] ERROR -- : Redis::CommandError: READONLY You can't write against a read only replica.`,
            `E, [2026-02-11T${clock(sec)}.${us}#1-${88000 + i}] ERROR -- : /usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/connection_mixin.rb:50:in \`call_pipelined'`,
            `I, [2026-02-11T${clock(sec)}.${us}#1-${88000 + i}]  INFO -- : Completed 500 Internal Server Error in ${20 + i}ms (ActiveRecord: 4.1ms | Allocations: ${9000 + i * 17})`,
          );
        return log(
          `I, [2026-02-11T${clock(sec)}.${us}#1-${88000 + i}]  INFO -- : Started GET "${path}" for 10.42.${i % 4}.1 at 2026-02-11 ${clock(sec)} +0000`,
          `I, [2026-02-11T${clock(sec)}.${us}#1-${88000 + i}]  INFO -- : Completed 200 OK in ${30 + i}ms (Views: 2.2ms | ActiveRecord: 9.8ms | Allocations: ${14000 + i * 23})`,
        );
      }),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- node actions: right (3)
  {
    // The kubelet stopped relisting containers 14 minutes ago and the node is NotReady; the pod's
    // status is stale and the taint manager has already marked it for deletion.
    id: 'fortyfifth-umami-node-not-ready',
    family: 'node-fault',
    source: 'https://github.com/kubernetes/kubernetes/issues/61117',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'umami',
        running: { startedAt: '2026-02-11T07:00:39Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { DATABASE_TYPE: 'postgresql', DISABLE_TELEMETRY: '1' },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 14m32.118493s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', count: 1 },
      {
        type: 'Normal',
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod analytics/umami-85c9d7f6b-w4lqz',
        count: 1,
      },
    ],
    currentLog: log(
      `✓ DATABASE_URL is defined.`,
      `✓ Database connection successful.`,
      `✓ Database version check successful.`,
      `✓ Database is up to date.`,
      ``,
      `> umami@2.15.1 start-server /app`,
      `> node server.js`,
      ``,
      `  ▲ Next.js 14.2.25`,
      `  - Local:        http://umami-85c9d7f6b-w4lqz:3000`,
      `  - Network:      http://0.0.0.0:3000`,
      ``,
      ` ✓ Starting...`,
      ` ✓ Ready in 412ms`,
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    // node-problem-detector saw the kernel remount the root filesystem read-only: gunicorn cannot
    // create its worker heartbeat file and the runtime cannot create the next container.
    id: 'fortyfifth-glitchtip-web-cannot-start',
    family: 'node-fault',
    source: 'https://github.com/kubernetes/node-problem-detector/issues/274',
    signal: 'CreateContainerError',
    containers: [
      {
        name: 'web',
        waiting: {
          reason: 'CreateContainerError',
          message:
            'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/var/lib/kubelet/pods/6f0e2d1c-9b8a-4c7d-a6e5-3f2e1d0c9b8a/etc-hosts" to rootfs at "/etc/hosts": mkdir /run/containerd/io.containerd.runtime.v2.task/k8s.io/9c1e4b7a2d5f/rootfs/etc: read-only file system: unknown',
        },
        last: { reason: 'Error', exitCode: 3 },
        restarts: 4,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL: 'postgres://glitchtip@glitchtip-pg:5432/glitchtip',
          GLITCHTIP_DOMAIN: 'https://errors.example.com',
        },
        args: ['./bin/start.sh'],
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'ReadonlyFilesystem',
          status: 'True',
          reason: 'FilesystemIsReadOnly',
          message: 'Remounting filesystem read-only',
        },
        { type: 'KernelDeadlock', status: 'False', reason: 'KernelHasNoDeadlock' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
    },
    events: [
      {
        reason: 'Failed',
        message:
          'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/var/lib/kubelet/pods/6f0e2d1c-9b8a-4c7d-a6e5-3f2e1d0c9b8a/etc-hosts" to rootfs at "/etc/hosts": mkdir /run/containerd/io.containerd.runtime.v2.task/k8s.io/9c1e4b7a2d5f/rootfs/etc: read-only file system: unknown',
        count: 9,
      },
    ],
    previousLog: log(
      `[2026-02-11 08:11:02 +0000] [1] [INFO] Starting gunicorn 23.0.0`,
      `[2026-02-11 08:11:02 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)`,
      `[2026-02-11 08:11:02 +0000] [1] [INFO] Using worker: uvicorn.workers.UvicornWorker`,
      `[2026-02-11 08:11:02 +0000] [7] [INFO] Booting worker with pid: 7`,
      `[2026-02-11 08:11:02 +0000] [7] [ERROR] Exception in worker process`,
      `Traceback (most recent call last):`,
      `  File "/usr/local/lib/python3.12/site-packages/gunicorn/arbiter.py", line 608, in spawn_worker`,
      `    worker = self.worker_class(self.worker_age, self.pid, listener,`,
      `             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
      `  File "/usr/local/lib/python3.12/site-packages/uvicorn/workers.py", line 66, in __init__`,
      `    super().__init__(*args, **kwargs)`,
      `  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 62, in __init__`,
      `    self.tmp = WorkerTmp(cfg)`,
      `               ^^^^^^^^^^^^^^`,
      `  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/workertmp.py", line 24, in __init__`,
      `    fd, name = tempfile.mkstemp(prefix="wgunicorn-", dir=fdir)`,
      `               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
      `  File "/usr/local/lib/python3.12/tempfile.py", line 357, in mkstemp`,
      `    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)`,
      `           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
      `  File "/usr/local/lib/python3.12/tempfile.py", line 256, in _mkstemp_inner`,
      `    fd = _os.open(file, flags, 0o600)`,
      `         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
      `OSError: [Errno 30] Read-only file system: '/tmp/wgunicorn-3k2h1x9a'`,
      `[2026-02-11 08:11:02 +0000] [7] [INFO] Worker exiting (pid: 7)`,
      `[2026-02-11 08:11:03 +0000] [1] [ERROR] Worker (pid:7) exited with code 3`,
      `[2026-02-11 08:11:03 +0000] [1] [ERROR] Shutting down: Master`,
      `[2026-02-11 08:11:03 +0000] [1] [ERROR] Reason: Worker failed to boot.`,
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    // The VPC CNI's ipamd on this node is gone: the runtime reports the network plugin not
    // initialized, the node went NotReady and no sandbox can get an address here.
    id: 'fortyfifth-appsmith-stuck-containercreating',
    family: 'node-fault',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/1391',
    signal: 'NodeNotReady',
    phase: 'Pending',
    containers: [
      {
        name: 'appsmith',
        waiting: { reason: 'ContainerCreating' },
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          APPSMITH_DB_URL: 'mongodb://appsmith-mongo:27017/appsmith',
          APPSMITH_REDIS_URL: 'redis://appsmith-redis:6379',
        },
        mounts: [{ volume: 'stacks', path: '/appsmith-stacks' }],
      },
    ],
    volumes: [{ name: 'stacks', persistentVolumeClaim: 'appsmith-stacks' }],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message:
        'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "4f1e9a2b7c3d": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: Error received from AddNetwork gRPC call: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:50051: connect: connection refused"',
        count: 27,
      },
      {
        reason: 'NetworkNotReady',
        message:
          'network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
        count: 44,
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },

  // ---------------------------------------------------------------- node actions: wrong (3)
  {
    // The kubelet evicted the pod for its own emptyDir limit; the node has no pressure. Penpot keeps
    // its uploaded assets on that emptyDir, so the real problem is storage, not the node.
    id: 'fortyfifth-penpot-backend-evicted',
    family: 'pod-ephemeral-storage',
    source: 'https://github.com/artifact-keeper/artifact-keeper-iac/issues/153',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'penpot-backend',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          PENPOT_OBJECTS_STORAGE_BACKEND: 'fs',
          PENPOT_OBJECTS_STORAGE_FS_DIRECTORY: '/opt/data/assets',
          PENPOT_DATABASE_URI: 'postgresql://penpot-pg/penpot',
          PENPOT_REDIS_URI: 'redis://penpot-redis/0',
        },
        mounts: [{ volume: 'assets', path: '/opt/data/assets' }],
      },
    ],
    volumes: [{ name: 'assets', emptyDir: { sizeLimit: '10Gi' } }],
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "assets" exceeds the limit "10Gi". ',
        count: 1,
      },
      { type: 'Normal', reason: 'Killing', message: 'Stopping container penpot-backend', count: 1 },
    ],
    previousLog: log(
      `[2026-02-11 07:00:41.220] I app.metrics - action="initialize metrics"`,
      `[2026-02-11 07:00:43.501] I app.db - hint="initialize connection pool", name="main", uri="postgresql://penpot-pg/penpot", read-only=false, with-credentials=true, min-size=0, max-size=60`,
      `[2026-02-11 07:00:44.118] I app.migrations - hint="running migrations", module=:app.migrations/migrations`,
      `[2026-02-11 07:00:46.902] I app.storage.fs - hint="initialize storage backend", type=:fs, base-path="/opt/data/assets"`,
      `[2026-02-11 07:00:47.390] I app.http - hint="starting http server", port=6060, host="0.0.0.0"`,
      times(40, (i) => {
        const sec = at(7, 10) + i * 113;
        const ms = String((i * 377) % 1000).padStart(3, '0');
        return i % 4 === 0
          ? `[2026-02-11 ${clock(sec)}.${ms}] I app.rpc.commands.media - hint="media object uploaded", file-id=${(0x1f2e3d4c + i * 7919).toString(16)}-5b6a-4c7d-8e9f-${(0xa0b1c2d3e4f5 + i).toString(16)}, size=${4200000 + ((i * 977123) % 38000000)}`
          : `[2026-02-11 ${clock(sec)}.${ms}] I app.rpc.commands.files-update - hint="file updated", file-id=${(0x2a3b4c5d + i * 104729).toString(16)}, revn=${300 + i}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Name resolution fails only for this namespace since a default-deny egress policy arrived;
    // the node's other pods resolve and send mail. Draining moves the pod with its policy.
    id: 'fortyfifth-vaultwarden-mail-failing',
    family: 'network-policy',
    source: 'https://github.com/hassio-addons/app-vaultwarden/issues/4',
    signal: 'Alert',
    containers: [
      {
        name: 'vaultwarden',
        running: { startedAt: '2026-02-11T07:00:14Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          DOMAIN: 'https://vault.example.com',
          SMTP_HOST: 'smtp.eu.mailgun.org',
          SMTP_PORT: '587',
          SMTP_SECURITY: 'starttls',
          DATABASE_URL: 'postgresql://vaultwarden@vaultwarden-db:5432/vaultwarden',
        },
        mounts: [{ volume: 'data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'vaultwarden-data' }],
    events: [
      alert(
        'VaultwardenMailFailures: 0 of 37 invitation and 2FA emails sent since 07:40; DNS queries from namespace vault to kube-dns time out, pods of other namespaces on node ip-10-0-17-33.eu-west-1.compute.internal resolve normally; NetworkPolicy default-deny-egress created in namespace vault at 07:38 (allows only vaultwarden-db:5432)',
      ),
    ],
    currentLog: log(
      times(44, (i) => {
        const sec = at(7, 41) + i * 62;
        const t = `[2026-02-11 ${clock(sec)}.${String((i * 311) % 1000).padStart(3, '0')}]`;
        if (i % 4 === 0)
          return `${t}[vaultwarden::mail][ERROR] SMTP error: Connection error: failed to lookup address information: Temporary failure in name resolution`;
        if (i % 4 === 1)
          return `${t}[vaultwarden::api::icons][WARN] Unable to download icon: error sending request for url (https://www.${['github.com', 'netflix.com', 'bahn.de', 'ikea.com'][i % 4]}/): client error (Connect): dns error: failed to lookup address information: Temporary failure in name resolution`;
        if (i % 4 === 2) return `${t}[request][INFO] POST /identity/connect/token`;
        return `${t}[response][INFO] (login) POST /identity/connect/token => 200 OK`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // The node is already cordoned and being drained for an AMI upgrade; the drain waits on this
    // single-replica pod's PDB. Replacing the node kills the only replica without the PDB's consent.
    id: 'fortyfifth-hedgedoc-node-drain-stalled',
    family: 'node-drain-blocked',
    source: 'https://github.com/longhorn/longhorn/issues/1286',
    signal: 'Alert',
    containers: [
      {
        name: 'hedgedoc',
        running: { startedAt: '2026-02-11T07:00:36Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          CMD_DOMAIN: 'pad.example.com',
          CMD_PROTOCOL_USESSL: 'true',
          CMD_DB_URL: 'postgres://hedgedoc@hedgedoc-pg:5432/hedgedoc',
          CMD_IMAGE_UPLOAD_TYPE: 's3',
        },
      },
    ],
    node: {
      ready: 'True',
      unschedulable: true,
      taints: ['node.kubernetes.io/unschedulable:NoSchedule'],
    },
    events: [
      alert(
        'NodeDrainStalled: node ip-10-40-7-19.eu-central-1.compute.internal cordoned 52m ago by the node-upgrade job (AMI rollout 2026-02); 1 pod left on it: collab/hedgedoc-7c9d5f6b8-x2kqp; drain output: error when evicting pods/"hedgedoc-7c9d5f6b8-x2kqp" -n "collab" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget. (PDB hedgedoc minAvailable 1, 1 replica)',
      ),
    ],
    currentLog: log(
      times(60, (i) => {
        const sec = at(8, 15) + i * 14;
        const note = ['aB3kQ9xLr2', 'Zt8pW1mNc4', 'Qy7vD2sKe6', 'Lm5fH8rTu0'][i % 4];
        const line =
          i % 3 === 0
            ? `"GET /socket.io/?noteId=${note}&EIO=3&transport=websocket HTTP/1.1" 101 -`
            : i % 3 === 1
              ? `"GET /${note} HTTP/1.1" 200 ${4100 + i * 13}`
              : `"GET /me HTTP/1.1" 200 ${180 + (i % 40)}`;
        return `${iso(sec, (i * 271) % 1000)} info: 10.42.${i % 5}.1 - - [${clf(sec)}] ${line} "-" "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/134.0"`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod'],
  },

  // ---------------------------------------------------------------- rollbacks: right (4)
  {
    // The new image was built without a package the core flows require; the previous revision ran
    // for weeks and its pods still serve.
    id: 'fortyfifth-medusa-server-crashloop-after-deploy',
    family: 'bad-release',
    source: 'https://github.com/medusajs/medusa/issues/13043',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 11, previousTag: '2.3.0' },
    containers: [
      {
        ...crashLoop('medusa', 1, 6, '2m40s'),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          MEDUSA_WORKER_MODE: 'server',
          REDIS_URL: 'redis://medusa-redis:6379',
          DATABASE_URL: 'postgres://medusa@medusa-pg:5432/medusa',
        },
        args: ['npm', 'run', 'start'],
      },
    ],
    events: [
      backOff('medusa', 'medusa-server-5b8c9d7f6-j2r4t_shop(4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8)', 18),
      {
        type: 'Normal',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set medusa-server-5b8c9d7f6 to 1',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '',
      '> medusa-store@0.0.1 start',
      '> medusa start',
      '',
      '╔════════════════════════════════════════════════════════════════════════╗',
      '║                                                                        ║',
      '║   Medusa collects anonymous usage analytics                            ║',
      '║   to help improve Medusa for all users.                                ║',
      '║                                                                        ║',
      "║   If you'd like to opt-out, you can use `medusa telemetry --disable`   ║",
      '║                                                                        ║',
      '╚════════════════════════════════════════════════════════════════════════╝',
      'info:    Skipping instrumentation registration. No register function found.',
      "info:    Connection to Redis in module 'event-bus-redis' established",
      "info:    Connection to Redis in module 'cache-redis' established",
      'error:   Error starting server',
      "error:   Cannot find module '@medusajs/workflows-sdk'",
      'Require stack:',
      '- /server/node_modules/@medusajs/core-flows/dist/common/steps/use-query-graph.js',
      '- /server/node_modules/@medusajs/core-flows/dist/common/index.js',
      '- /server/node_modules/@medusajs/core-flows/dist/auth/workflows/generate-reset-password-token.js',
      '- /server/node_modules/@medusajs/core-flows/dist/auth/workflows/index.js',
      '- /server/node_modules/@medusajs/core-flows/dist/auth/index.js',
      '- /server/node_modules/@medusajs/core-flows/dist/index.js',
      '- /server/node_modules/@medusajs/medusa/dist/core-flows/index.js',
      '- /server/.medusa/server/src/workflows/sync-products.js',
      '- /server/node_modules/@medusajs/utils/dist/common/dynamic-import.js',
      '- /server/node_modules/@medusajs/utils/dist/common/index.js',
      '- /server/node_modules/@medusajs/utils/dist/index.js',
      '- /server/node_modules/@medusajs/cli/dist/commands/start.js',
      "Error: Cannot find module '@medusajs/workflows-sdk'",
      'Require stack:',
      '- /server/node_modules/@medusajs/core-flows/dist/common/steps/use-query-graph.js',
      '    at Function._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
      '    at Function._load (node:internal/modules/cjs/loader:1055:27)',
      '    at TracingChannel.traceSync (node:diagnostics_channel:322:14)',
      '    at wrapModuleLoad (node:internal/modules/cjs/loader:220:24)',
      '    at Module.require (node:internal/modules/cjs/loader:1311:12)',
      '    at require (node:internal/modules/helpers:136:16)',
      '    at Object.<anonymous> (/server/node_modules/@medusajs/core-flows/dist/common/steps/use-query-graph.js:4:25)',
    ),
    accept: ['rollback'],
  },
  {
    // The new revision reads a Secret through envFrom that nobody created; the old pods run fine.
    id: 'fortyfifth-budibase-apps-createcontainerconfigerror',
    family: 'bad-release',
    source: 'https://github.com/reportportal/kubernetes/issues/178',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    rollout: { minutesAgo: 8, addedSecrets: ['budibase-apps-sso'] },
    containers: [
      {
        name: 'apps',
        waiting: { reason: 'CreateContainerConfigError', message: 'secret "budibase-apps-sso" not found' },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          BUDIBASE_ENVIRONMENT: 'PRODUCTION',
          COUCH_DB_URL: 'http://budibase-couchdb:5984',
          REDIS_URL: 'budibase-redis:6379',
          WORKER_URL: 'http://budibase-worker:4003',
        },
      },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Pulled',
        message: 'Container image "budibase/apps:2.3.1" already present on machine',
        count: 14,
      },
      { reason: 'Failed', message: 'Error: secret "budibase-apps-sso" not found', count: 14 },
    ],
    accept: ['rollback'],
  },
  {
    // The release turned on a session clean-up that loads every stored session key at start-up: the
    // heap fills and V8 aborts about fifteen minutes after each start. The previous release ran fine
    // with the same limit and database.
    id: 'fortyfifth-etherpad-crashloop-after-upgrade',
    family: 'bad-release',
    source: 'https://github.com/ether/etherpad/issues/7830',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 38, previousTag: '2.3.0' },
    containers: [
      {
        ...crashLoop('etherpad', 134, 2),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          DB_TYPE: 'mysql',
          DB_HOST: 'pads-mariadb',
          DB_NAME: 'etherpad',
          TRUST_PROXY: 'true',
        },
      },
    ],
    events: [backOff('etherpad', 'etherpad-6b9d8c7f5-z8lqm_pads(7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d)', 4)],
    previousLog: log(
      `[2026-02-11 08:07:12.402] [INFO] settings - All relative paths will be interpreted relative to the identified Etherpad base dir: /opt/etherpad-lite`,
      `[2026-02-11 08:07:12.417] [INFO] settings - Exposing environment variables as settings`,
      `[2026-02-11 08:07:13.118] [INFO] server - Starting Etherpad...`,
      `[2026-02-11 08:07:15.220] [INFO] server - Installed plugins: ep_align@0.3.98, ep_headings2@0.2.69, ep_etherpad-lite@2.3.1`,
      `[2026-02-11 08:07:15.602] [INFO] http - HTTP server listening for connections`,
      `[2026-02-11 08:07:15.606] [INFO] server - Etherpad is running`,
      times(36, (i) => {
        const sec = at(8, 7, 30) + i * 24;
        const pad = ['standup-notes', 'incident-2026-02-10', 'board-minutes', 'release-checklist'][i % 4];
        return `[2026-02-11 ${clock(sec)}.${String((i * 379) % 1000).padStart(3, '0')}] [INFO] access - [${i % 3 === 2 ? 'LEAVE' : 'ENTER'}] pad:${pad} socket:${(0x5c1d2e + i * 7919).toString(36)}Qx1AAAB IP:ANONYMOUS authorID:a.${(0x7f3e + i * 131).toString(36)}Kp9Qm`;
      }),
      ``,
      `<--- Last few GCs --->`,
      ``,
      `[1:0x6d2b4a0]   902611 ms: Mark-Compact 1018.6 (1042.1) -> 1016.9 (1041.4) MB, pooled: 0 MB, 1211.43 / 0.02 ms  (average mu = 0.171, current mu = 0.032) allocation failure; scavenge might not succeed`,
      `[1:0x6d2b4a0]   904203 ms: Mark-Compact 1019.9 (1042.4) -> 1018.2 (1042.9) MB, pooled: 0 MB, 1493.67 / 0.01 ms  (average mu = 0.098, current mu = 0.062) allocation failure; scavenge might not succeed`,
      ``,
      ``,
      `<--- JS stacktrace --->`,
      ``,
      `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory`,
      `----- Native stack trace -----`,
      ``,
      ` 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]`,
      ` 2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]`,
      ` 3: 0xf06747 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]`,
      ` 4: 0x11182e5  [node]`,
      ` 5: 0x1130168 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]`,
    ),
    accept: ['rollback'],
  },
  {
    // The new revision points at a tag that was never pushed.
    id: 'fortyfifth-flarum-imagepullbackoff',
    family: 'bad-release',
    source: 'https://github.com/mondediefr/docker-flarum/issues/53',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    containers: [
      {
        name: 'flarum',
        waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "mondedie/flarum:2.3.1"' },
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { FORUM_URL: 'https://forum.example.com', DB_HOST: 'forum-mariadb', DB_NAME: 'flarum' },
        mounts: [
          { volume: 'assets', path: '/flarum/app/public/assets' },
          { volume: 'extensions', path: '/flarum/app/extensions' },
        ],
      },
    ],
    volumes: [
      { name: 'assets', persistentVolumeClaim: 'flarum-assets' },
      { name: 'extensions', persistentVolumeClaim: 'flarum-extensions' },
    ],
    events: [
      {
        reason: 'Failed',
        message:
          'Failed to pull image "mondedie/flarum:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/mondedie/flarum:2.3.1": failed to resolve reference "docker.io/mondedie/flarum:2.3.1": docker.io/mondedie/flarum:2.3.1: not found',
        count: 6,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 6 },
      {
        type: 'Normal',
        reason: 'BackOff',
        message: 'Back-off pulling image "mondedie/flarum:2.3.1"',
        count: 31,
      },
    ],
    accept: ['rollback'],
  },

  // ---------------------------------------------------------------- rollbacks: wrong (4)
  {
    // The release forty minutes ago was a security patch and served cleanly for twenty minutes; the
    // errors start when a partner API's certificate expires. Rolling back reinstates the vulnerability.
    id: 'fortyfifth-umbraco-product-pages-5xx',
    family: 'external-certificate',
    source: 'https://github.com/jellyfin/jellyfin/issues/15907',
    signal: 'Alert',
    rollout: { minutesAgo: 40, previousTag: '2.3.0' },
    containers: [
      {
        name: 'umbraco',
        running: { startedAt: '2026-02-11T07:50:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          Pim__BaseUrl: 'https://pim-api.partner.example',
          ConnectionStrings__umbracoDbDSN: '(from secret umbraco-db)',
        },
      },
    ],
    events: [
      alert(
        'UmbracoProductPages5xx: 5xx ratio 0.58 on /products/* since 08:14:05 (0.00 from 07:51 to 08:14); certificate of pim-api.partner.example:443 notAfter 2026-02-11T08:14:00Z (blackbox-exporter probe_ssl_earliest_cert_expiry)',
      ),
    ],
    currentLog: log(
      `[07:50:44 INF] Now listening on: http://[::]:8080`,
      `[07:50:44 INF] Application started. Press Ctrl+C to shut down.`,
      `[07:50:44 INF] Hosting environment: Production`,
      `[07:50:44 INF] Content root path: /app`,
      times(30, (i) => {
        const sec = at(7, 52) + i * 43;
        return `[${clock(sec)} INF] Request finished HTTP/1.1 GET https://www.example.com/products/${['garden-chair-oak', 'lamp-brass-12', 'rug-wool-200x300', 'sofa-linen-3'][i % 4]} - 200 ${38000 + i * 311} text/html;+charset=utf-8 ${(120 + ((i * 37) % 200)).toFixed(1)}ms`;
      }),
      times(8, (i) => {
        const sec = at(8, 14, 6) + i * 111;
        return log(
          `[${clock(sec)} ERR] An unhandled exception has occurred while executing the request.`,
          `System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.`,
          ` ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: NotTimeValid`,
          `   at System.Net.Security.SslStream.SendAuthResetSignal(ReadOnlySpan\`1 alert, ExceptionDispatchInfo exception)`,
          `   at System.Net.Security.SslStream.CompleteHandshake(SslAuthenticationOptions sslAuthenticationOptions)`,
          `   at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](Boolean receiveFirst, Byte[] reAuthenticationData, CancellationToken cancellationToken)`,
          `   at System.Net.Http.ConnectHelper.EstablishSslConnectionAsync(SslClientAuthenticationOptions sslOptions, HttpRequestMessage request, Boolean async, Stream stream, CancellationToken cancellationToken)`,
          `   --- End of inner exception stack trace ---`,
          `   at System.Net.Http.ConnectHelper.EstablishSslConnectionAsync(SslClientAuthenticationOptions sslOptions, HttpRequestMessage request, Boolean async, Stream stream, CancellationToken cancellationToken)`,
          `   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)`,
          `   at Shop.Web.Pim.PimClient.GetProductAsync(String sku, CancellationToken ct) in /src/Shop.Web/Pim/PimClient.cs:line 58`,
          `[${clock(sec)} INF] Request finished HTTP/1.1 GET https://www.example.com/products/${['garden-chair-oak', 'lamp-brass-12'][i % 2]} - 500 0 null ${(30 + i).toFixed(1)}ms`,
        );
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    // The image changed, but the crash is a YAML syntax error in config.yml, which comes from a
    // ConfigMap edited in the same deploy; the old image reads the same broken file.
    id: 'fortyfifth-wikijs-crashloop-after-deploy',
    family: 'bad-config',
    source: 'https://github.com/requarks/wiki/blob/main/server/core/config.js',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 22, previousTag: '2.3.0' },
    containers: [
      {
        ...crashLoop('wiki', 1, 8),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { CONFIG_FILE: '/wiki/config.yml', DB_PASS: '(from secret wikijs-db)' },
        mounts: [{ volume: 'config', path: '/wiki/config.yml' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'wikijs-config' }],
    events: [backOff('wiki', 'wikijs-7f9c8d6b5-p4k2s_docs(0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f)', 29)],
    previousLog: log(
      `Loading configuration from /wiki/config.yml... FAILED`,
      `bad indentation of a mapping entry at line 9, column 6:`,
      `       db: wiki`,
      `         ^`,
      `>>> Unable to read configuration file! Did you create the config.yml file?`,
    ),
    accept: ['escalate'],
  },
  {
    // Stripe expired the live key at 08:05 (it was rolled in the dashboard); the rollout a minute
    // earlier only added a feature flag. The previous revision reads the same Secret.
    id: 'fortyfifth-sylius-checkout-payment-failures',
    family: 'credentials',
    source: 'https://github.com/neutrinoapp/neutrino/issues/12',
    signal: 'Alert',
    rollout: { minutesAgo: 25, addedEnv: { SYLIUS_FEATURE_WISHLIST: '1' } },
    containers: [
      {
        name: 'php',
        running: { startedAt: '2026-02-11T08:05:14Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          APP_ENV: 'prod',
          SYLIUS_FEATURE_WISHLIST: '1',
          DATABASE_URL: 'mysql://sylius@shop-mysql:3306/sylius',
        },
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-11T08:05:13Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '128Mi',
      },
    ],
    events: [
      alert(
        'CheckoutPaymentFailures: 100% of Stripe payment attempts failing since 08:06 (212 checkouts); Stripe API responses 401 api_key_expired; STRIPE_SECRET_KEY comes from Secret sylius-stripe, last modified 2026-01-14',
      ),
    ],
    currentLog: log(
      times(24, (i) => {
        const sec = at(8, 6, 20) + i * 58;
        const t = `[2026-02-11T${clock(sec)}.${String(100000 + ((i * 4177) % 899999))}+00:00]`;
        if (i % 3 === 0)
          return `${t} request.CRITICAL: Uncaught PHP Exception Stripe\\Exception\\AuthenticationException: "Expired API Key provided: sk_live_*********************************************************************************************4xQ2" at /srv/sylius/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php line 38 {"exception":"[object] (Stripe\\\\Exception\\\\AuthenticationException(code: 0): Expired API Key provided: sk_live_*********************************************************************************************4xQ2 at /srv/sylius/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38)"} []`;
        if (i % 3 === 1)
          return `${t} request.INFO: Matched route "sylius_shop_checkout_complete". {"route":"sylius_shop_checkout_complete","route_parameters":{"_route":"sylius_shop_checkout_complete","_locale":"en_US"},"request_uri":"https://shop.example.com/en_US/checkout/complete","method":"PUT"} []`;
        return `${t} request.INFO: Matched route "sylius_shop_product_show". {"route":"sylius_shop_product_show","route_parameters":{"_route":"sylius_shop_product_show","_locale":"en_US","slug":"merino-beanie"},"request_uri":"https://shop.example.com/en_US/products/merino-beanie","method":"GET"} []`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // The new image is broken, but its entrypoint already applied a migration that dropped a column
    // the old code selects: the old pods now fail on the schema, and a rollback would put every pod
    // on code that cannot read the database.
    id: 'fortyfifth-saleor-api-crashloop-after-deploy',
    family: 'migration-rollback-unsafe',
    source: 'https://github.com/Qiskit/qiskit-serverless/pull/2420',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 14, previousTag: '2.3.0' },
    containers: [
      {
        ...crashLoop('saleor-api', 1, 6, '2m40s'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          DJANGO_SETTINGS_MODULE: 'saleor.settings',
          DATABASE_URL: 'postgres://saleor@saleor-pg:5432/saleor',
          RUN_MIGRATIONS: 'true',
        },
        args: [
          'sh',
          '-c',
          'python3 manage.py migrate --no-input && uvicorn saleor.asgi:application --host 0.0.0.0 --port 8000 --workers 4',
        ],
      },
    ],
    events: [
      backOff('saleor-api', 'saleor-api-6f9c8b7d5-r7tqk_commerce(3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f)', 17),
      alert(
        'SaleorAPI5xx: 5xx ratio 0.88 on saleor-api since 08:16:40, all from the 3 pods of the previous ReplicaSet: django.db.utils.ProgrammingError: column product_product.rating does not exist; migration product.0199_remove_product_rating applied at 08:16:38 by pod saleor-api-6f9c8b7d5-r7tqk',
      ),
    ],
    previousLog: log(
      `Operations to perform:`,
      `  Apply all migrations: account, app, attribute, auth, channel, checkout, core, csv, discount, django_celery_beat, giftcard, invoice, menu, order, page, payment, permission, plugins, product, schedulers, shipping, site, tax, thumbnail, warehouse, webhook`,
      `Running migrations:`,
      `  No migrations to apply.`,
      `Traceback (most recent call last):`,
      `  File "/usr/local/bin/uvicorn", line 8, in <module>`,
      `    sys.exit(main())`,
      `  File "/usr/local/lib/python3.12/site-packages/click/core.py", line 1157, in __call__`,
      `    return self.main(*args, **kwargs)`,
      `  File "/usr/local/lib/python3.12/site-packages/uvicorn/main.py", line 412, in main`,
      `    run(`,
      `  File "/usr/local/lib/python3.12/site-packages/uvicorn/main.py", line 579, in run`,
      `    server.run()`,
      `  File "/usr/local/lib/python3.12/site-packages/uvicorn/importer.py", line 19, in import_from_string`,
      `    module = importlib.import_module(module_str)`,
      `  File "/app/saleor/asgi/__init__.py", line 14, in <module>`,
      `    from .telemetry import instrument_app`,
      `  File "/app/saleor/asgi/telemetry.py", line 3, in <module>`,
      `    from opentelemetry.instrumentation.django import DjangoInstrumentor`,
      `ModuleNotFoundError: No module named 'opentelemetry.instrumentation.django'`,
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
];
