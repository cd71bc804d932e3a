import { crashLoop, type HeldOutCase, type HeldOutContainer, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 6);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const p2 = (n: number): string => String(n).padStart(2, '0');

/** A three-digit millisecond field. */
const ms = (n: number): string => String(n % 1000).padStart(3, '0');

/** `HH:MM:SS` for a count of seconds since midnight (the case's day). */
const hms = (seconds: number): string =>
  `${p2(Math.floor(seconds / 3600) % 24)}:${p2(Math.floor(seconds / 60) % 60)}:${p2(seconds % 60)}`;

/** Seconds since midnight for an hour, a minute and a second. */
const at = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** The clock NestJS's logger prints (`8:21:04 AM`) for a count of seconds since midnight, before noon. */
const nestClock = (seconds: number): string =>
  `${Math.floor(seconds / 3600)}:${p2(Math.floor(seconds / 60) % 60)}:${p2(seconds % 60)} AM`;

/** A node the kubelet reports healthy, with the conditions `kubectl describe node` lists. */
const healthyNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
  ],
};

/** A container the kernel killed for its cgroup limit, now waiting out the back-off. */
const oomLooping = (name: string, restarts: number): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/**
 * A thirty-eighth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: harm look-alikes, ninth round. 22 cases where the surface
 * symptom invites a mutation that would be wrong or useless: more memory for Jellyfin transcoding
 * into a memory-backed emptyDir, for a Rocket.Chat whose kill comes back every nine minutes, for a
 * Camunda Run heap capped at 512 MB by JAVA_OPTS, for PhotoPrism decoding a 560-megapixel panorama
 * with its resolution limit switched off, and for Zulip sizing sixteen uWSGI workers from the host's
 * memory; restarts that would meet a Zeebe gateway and a Prosody (under Jicofo) that are down, or
 * kill a Forgejo schema migration fifty minutes in; replicas against Camunda's optimistic locking
 * on one hot process instance, YouTube's block of the egress address Invidious shares, a PeerTube
 * database saturated by long queries, and Postgres at max_connections behind Paperless-ngx; flushes
 * of a Redis that is Conductor's workflow store, Outline's Bull queues, Sails's sessions and socket
 * adapter, and of an Immich Redis that is down rather than full; node actions for a Drone runner's
 * own emptyDir limit, a Fresh app whose dependency's name no longer resolves, and a Finatra service
 * at the kubelet's per-pod PID limit; rollbacks of a Phoenix LiveView release six hours older than
 * its database's crash recovery, of a Chatwoot release next to a password rotated outside the
 * Deployment, and of a Synapse upgrade whose schema deltas already ran and filled the database disk.
 * 18 where the mutation is right: three memory raises (Immich's machine-learning models, Conduktor
 * Console's heap as a share of the limit, Dawarich's Sidekiq at a steady working set), three restarts
 * (a NestJS NATS microservice whose client closed for good, Jigasi stuck "reconnecting" after a
 * Prosody restart, an aiohttp service out of descriptors after nineteen days), three scale-ups
 * (Javalin, Mastodon's Sidekiq and a Remix server under real load), two flushes (a Moleculer cacher
 * and Kolibri's CherryPy cache, both pure caches full under noeviction), three node actions (PLEG,
 * a kubelet that stopped posting, disk pressure evicting Concourse workers) and four rollbacks
 * (Elysia against a plugin it cannot import, a SvelteKit image built without its runtime packages,
 * a Lagom service pointed at a config resource that does not exist, hono-openapi's missing export).
 * Software no earlier batch used: Jellyfin, Rocket.Chat, Camunda 7 Run, PhotoPrism, Zulip, Zeebe
 * with spring-zeebe, Jicofo and Jigasi, Forgejo, Invidious on Kemal, PeerTube, Paperless-ngx,
 * Conductor, Outline, Sails, Immich, Drone, Deno Fresh, Finatra, Phoenix LiveView, Chatwoot, Synapse,
 * Conduktor, Dawarich, NestJS microservices over NATS, aiohttp, Javalin, Mastodon, Remix, Moleculer,
 * Kolibri on CherryPy, Huginn, Plausible, Concourse, Elysia, SvelteKit, Lagom, Hono. Each quotes the
 * wording of the public thread in `source`. Mix: 22 look-alikes (5 memory, 3 restarts, 4 scale-ups,
 * 4 flushes, 3 node actions, 3 rollbacks; escalate accepted in all) and 18 right mutations (3 memory,
 * 3 restarts, 3 scale-ups, 2 flushes, 3 node actions, 4 rollbacks).
 */
export const THIRTYEIGHTH_CASES: HeldOutCase[] = [
  // ──────────────────────────────── memory look-alikes (5) ────────────────────────────────
  {
    id: 'thirtyeighth-jellyfin-oomkilled-during-playback',
    family: 'oom-tmpfs',
    source:
      'https://github.com/keiretsu-labs/kubernetes-manifests/pull/1504 + https://github.com/jellyfin/jellyfin/issues/3639',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('jellyfin', 6),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: {
          JELLYFIN_DATA_DIR: '/config/data',
          JELLYFIN_CACHE_DIR: '/cache',
          JELLYFIN_PublishedServerUrl: 'https://media.example.org',
        },
        mounts: [
          { volume: 'config', path: '/config' },
          { volume: 'media', path: '/media' },
          { volume: 'cache', path: '/cache' },
          { volume: 'transcodes', path: '/cache/transcodes' },
        ],
      },
    ],
    volumes: [
      { name: 'config', persistentVolumeClaim: 'jellyfin-config' },
      { name: 'media', persistentVolumeClaim: 'media-library' },
      { name: 'cache', emptyDir: {} },
      { name: 'transcodes', emptyDir: { medium: 'Memory' } },
    ],
    events: [
      {
        reason: 'Pulled',
        message: 'Container image "jellyfin/jellyfin:10.10.3" already present on machine',
        type: 'Normal',
        count: 7,
      },
      { reason: 'Started', message: 'Started container jellyfin', type: 'Normal', count: 7 },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container jellyfin in pod jellyfin-0',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      '[08:11:02] [INF] [1] Main: Jellyfin version: 10.10.3',
      '[08:11:02] [INF] [1] Main: Environment Variables: ["[JELLYFIN_CACHE_DIR, /cache]", "[JELLYFIN_DATA_DIR, /config/data]", "[JELLYFIN_LOG_DIR, /config/log]", "[JELLYFIN_WEB_DIR, /jellyfin/jellyfin-web]", "[JELLYFIN_FFMPEG, /usr/lib/jellyfin-ffmpeg/ffmpeg]"]',
      '[08:11:02] [INF] [1] Main: Arguments: ["/jellyfin/jellyfin.dll"]',
      '[08:11:02] [INF] [1] Main: Operating system: Debian GNU/Linux 12 (bookworm)',
      '[08:11:02] [INF] [1] Main: Architecture: X64',
      '[08:11:02] [INF] [1] Main: 64-Bit Process: True',
      '[08:11:02] [INF] [1] Main: Processor count: 4',
      '[08:11:02] [INF] [1] Main: Program data path: /config/data',
      '[08:11:02] [INF] [1] Main: Log directory path: /config/log',
      '[08:11:02] [INF] [1] Main: Config directory path: /config/config',
      '[08:11:02] [INF] [1] Main: Cache path: /cache',
      '[08:11:02] [INF] [1] Main: Web resources path: /jellyfin/jellyfin-web',
      '[08:11:02] [INF] [1] Main: Application directory: /jellyfin/',
      '[08:11:04] [INF] [1] Emby.Server.Implementations.ApplicationHost: Loading assemblies',
      '[08:11:07] [INF] [1] Main: Kestrel is listening on 0.0.0.0',
      '[08:11:08] [INF] [1] Main: Startup complete 0:00:06.2318861',
      times(
        4,
        (i) =>
          `[08:${p2(12 + i)}:${p2((i * 17) % 60)}] [INF] [${20 + i}] Emby.Server.Implementations.Session.SessionManager: Playback start reported by app "Jellyfin Web" "10.10.3" playing "${['Heat (1995)', 'The Third Man', 'Paris, Texas', 'Stalker'][i]}". Started at "0" ms`,
      ),
      times(
        4,
        (i) =>
          `[08:${p2(12 + i)}:${p2((i * 17 + 2) % 60)}] [INF] [${31 + i}] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: /usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 200M -probesize 1G -i file:"/media/films/${['Heat (1995)/Heat (1995).mkv', 'The Third Man/The Third Man.mkv', 'Paris Texas/Paris Texas.mkv', 'Stalker/Stalker.mkv'][i]}" -map_metadata -1 -map_chapters -1 -threads 0 -map 0:0 -map 0:1 -codec:v:0 libx264 -preset veryfast -crf 23 -maxrate 8000000 -bufsize 16000000 -profile:v:0 high -level 51 -x264opts:0 subme=0:me_range=4:rc_lookahead=10:me=dia:no_chroma_me:8x8dct=0:partitions=none -force_key_frames:0 "expr:gte(t,n_forced*3)" -sc_threshold:v:0 0 -codec:a:0 libfdk_aac -ac 2 -ab 256000 -copyts -avoid_negative_ts disabled -max_muxing_queue_size 2048 -f hls -max_delay 5000000 -hls_time 3 -hls_segment_type mpegts -start_number 0 -hls_segment_filename "/cache/transcodes/${['9c1e0b7fd2a4', '41d77e2ab90c', 'e8f3c20a6b51', '0b6a94e1c7d3'][i]}%d.ts" -hls_playlist_type vod -hls_list_size 0 -y "/cache/transcodes/${['9c1e0b7fd2a4', '41d77e2ab90c', 'e8f3c20a6b51', '0b6a94e1c7d3'][i]}.m3u8"`,
      ),
      times(
        14,
        (i) =>
          `[08:${p2(15 + Math.floor(i / 5))}:${p2((i * 11) % 60)}] [WRN] [${40 + (i % 6)}] Jellyfin.Api.Middleware.ResponseTimeMiddleware: Slow HTTP Response from "https://media.example.org/videos/${['b1f0', '7c2e', '3a9d', 'e4c8'][i % 4]}/hls1/main/${30 + i}.ts" to "10.42.3.${17 + (i % 4)}" in 0:00:0${1 + (i % 3)}.${ms(i * 137)} with Status Code 200`,
      ),
      '[08:17:41] [ERR] [44] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: FFmpeg exited with code 137',
      '[08:17:41] [INF] [44] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: Deleting partial stream file(s) /cache/transcodes/e8f3c20a6b51.m3u8',
      '[08:17:43] [INF] [38] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: /usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 200M -probesize 1G -ss 00:41:12.000 -noaccurate_seek -i file:"/media/films/Paris Texas/Paris Texas.mkv" -threads 0 -map 0:0 -map 0:1 -codec:v:0 libx264 -preset veryfast -crf 23 -f hls -hls_time 3 -hls_segment_type mpegts -start_number 824 -hls_segment_filename "/cache/transcodes/e8f3c20a6b51%d.ts" -hls_playlist_type vod -hls_list_size 0 -y "/cache/transcodes/e8f3c20a6b51.m3u8"',
      times(
        10,
        (i) =>
          `[08:${p2(18 + Math.floor(i / 4))}:${p2((i * 13 + 5) % 60)}] [WRN] [${40 + (i % 6)}] Jellyfin.Api.Middleware.ResponseTimeMiddleware: Slow HTTP Response from "https://media.example.org/videos/${['b1f0', '7c2e', '3a9d', 'e4c8'][i % 4]}/hls1/main/${60 + i}.ts" to "10.42.3.${17 + (i % 4)}" in 0:00:0${2 + (i % 3)}.${ms(i * 211)} with Status Code 200`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-rocketchat-oomkilled-repeatedly',
    family: 'oom-leak',
    source:
      'https://github.com/RocketChat/Rocket.Chat/issues/32863 + https://github.com/RocketChat/Rocket.Chat/issues/13602',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('rocketchat', 9),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          ROOT_URL: 'https://chat.example.org',
          PORT: '3000',
          MONGO_URL:
            'mongodb://rocketchat-mongodb-0.rocketchat-mongodb-headless:27017/rocketchat?replicaSet=rs0',
          MONGO_OPLOG_URL:
            'mongodb://rocketchat-mongodb-0.rocketchat-mongodb-headless:27017/local?replicaSet=rs0',
          DEPLOY_METHOD: 'helm-chart',
        },
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container rocketchat', type: 'Normal', count: 10 },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container rocketchat in pod rocketchat-6f8d9c7b5-q2xkz',
        type: 'Warning',
        count: 21,
      },
    ],
    previousLog: log(
      '{"level":30,"time":"2026-02-11T08:10:04.118Z","pid":1,"hostname":"rocketchat-6f8d9c7b5-q2xkz","name":"Migrations","msg":"Not migrating, already at version 304"}',
      '{"level":30,"time":"2026-02-11T08:10:05.902Z","pid":1,"hostname":"rocketchat-6f8d9c7b5-q2xkz","name":"Federation","msg":"Federation disabled"}',
      '+--------------------------------------------------+',
      '|                  SERVER RUNNING                  |',
      '+--------------------------------------------------+',
      '|                                                  |',
      '|  Rocket.Chat Version: 6.7.0                      |',
      '|       NodeJS Version: 14.21.3 - x64              |',
      '|      MongoDB Version: 6.0.11                     |',
      '|       MongoDB Engine: wiredTiger                 |',
      '|             Platform: linux                      |',
      '|         Process Port: 3000                       |',
      '|             Site URL: https://chat.example.org   |',
      '|     ReplicaSet OpLog: Enabled                    |',
      '|          Commit Hash: 1c9f0e7a4b                 |',
      '|        Commit Branch: HEAD                       |',
      '|                                                  |',
      '+--------------------------------------------------+',
      times(36, (i) =>
        i % 4 === 3
          ? `{"level":50,"time":"2026-02-11T08:${p2(10 + Math.floor(i / 4))}:${p2((i * 13) % 60)}.${ms(i * 59)}Z","pid":1,"hostname":"rocketchat-6f8d9c7b5-q2xkz","name":"Meteor","msg":"Exception in onLogin callback: TypeError: Cannot redefine property: loginAt\\n    at Function.defineProperty (<anonymous>)\\n    at SAUMonitorClass._updateConnectionInfo (app/statistics/server/lib/SAUMonitor.ts:278:22)\\n    at Accounts.onLogin.info (app/statistics/server/lib/SAUMonitor.ts:120:9)"}`
          : `{"level":30,"time":"2026-02-11T08:${p2(10 + Math.floor(i / 4))}:${p2((i * 13) % 60)}.${ms(i * 59)}Z","pid":1,"hostname":"rocketchat-6f8d9c7b5-q2xkz","name":"API","method":"${['GET', 'POST', 'GET'][i % 3]}","url":"/api/v1/${['subscriptions.get', 'method.call/sendMessage', 'rooms.get'][i % 3]}","status":200,"responseTime":${30 + ((i * 17) % 140)},"msg":"request completed"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-camunda-run-crashloop',
    family: 'heap-capped',
    source:
      'https://github.com/camunda-community-hub/camunda-7-community-helm/issues/64 + https://github.com/camunda/docker-camunda-bpm-platform/issues/39',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('camunda-bpm-platform', 3, 5),
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xmx512m -XX:+ExitOnOutOfMemoryError',
          DB_DRIVER: 'org.postgresql.Driver',
          DB_URL: 'jdbc:postgresql://camunda-db.workflow.svc:5432/camunda',
          WAIT_FOR: 'camunda-db.workflow.svc:5432',
        },
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container camunda-bpm-platform', type: 'Normal', count: 6 },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container camunda-bpm-platform in pod camunda-camunda-bpm-platform-667d56fc9f-lclvl',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      '2026-02-11 08:21:37.004  INFO 9 --- [           main] org.camunda.bpm.run.CamundaBpmRun        : Starting CamundaBpmRun using Java 17.0.9 with PID 9 (/camunda/internal/camunda-bpm-run-core.jar started by camunda in /camunda)',
      '2026-02-11 08:21:37.011  INFO 9 --- [           main] org.camunda.bpm.run.CamundaBpmRun        : The following 1 profile is active: "default"',
      '2026-02-11 08:21:40.877  INFO 9 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port(s): 8080 (http)',
      '2026-02-11 08:21:43.302  INFO 9 --- [           main] org.camunda.bpm.spring.boot              : STARTER-SB040 Setting up jobExecutor with corePoolSize=3, maxPoolSize:10',
      "2026-02-11 08:21:43.931  INFO 9 --- [           main] org.camunda.bpm.engine.cfg               : ENGINE-12003 Plugin 'CompositeProcessEnginePlugin[genericPropertiesConfiguration, camundaProcessEngineConfiguration, camundaDatasourceConfiguration, camundaJobConfiguration, camundaHistoryConfiguration, camundaMetricsConfiguration, camundaAuthorizationConfiguration, CreateAdminUserConfiguration[adminUser=AdminUserProperty[id=demo, firstName=Demo, lastName=Demo, email=demo@localhost, password=******]], SpinProcessEnginePlugin, ConnectProcessEnginePlugin]' activated on process engine 'default'",
      '2026-02-11 08:21:46.118  INFO 9 --- [           main] org.camunda.bpm.engine                   : ENGINE-00001 Process Engine default created.',
      "2026-02-11 08:21:48.219  INFO 9 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''",
      '2026-02-11 08:21:48.233  INFO 9 --- [           main] org.camunda.bpm.run.CamundaBpmRun        : Started CamundaBpmRun in 12.691 seconds (JVM running for 13.555)',
      '2026-02-11 08:21:48.236  INFO 9 --- [           main] org.camunda.bpm.engine.jobexecutor       : ENGINE-14014 Starting up the JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor].',
      '2026-02-11 08:21:48.238  INFO 9 --- [ingJobExecutor]] org.camunda.bpm.engine.jobexecutor       : ENGINE-14018 JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor] starting to acquire jobs',
      times(
        12,
        (i) =>
          `2026-02-11 08:2${2 + Math.floor(i / 6)}:${p2((i * 9) % 60)}.${ms(i * 71)}  INFO 9 --- [aTaskExecutor-${1 + (i % 3)}] c.e.claims.delegate.ImportStatementDelegate : statement import ${i % 2 === 0 ? 'started' : 'completed'} for business key CLM-2026-0${4410 + Math.floor(i / 2)}`,
      ),
      '2026-02-11 08:23:20.944 ERROR 9 --- [aTaskExecutor-1] org.camunda.bpm.engine.context           : ENGINE-16004 Exception while closing command context: Java heap space',
      '',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
      '\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)',
      '\tat java.base/java.io.ByteArrayOutputStream.write(ByteArrayOutputStream.java:132)',
      '\tat org.camunda.bpm.engine.impl.util.IoUtil.readInputStream(IoUtil.java:62)',
      '\tat org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity.setBytes(ByteArrayEntity.java:82)',
      '\tat org.camunda.bpm.engine.impl.persistence.entity.util.ByteArrayField.setByteArrayValue(ByteArrayField.java:99)',
      '\tat org.camunda.bpm.engine.impl.variable.serializer.AbstractSerializableValueSerializer.writeValue(AbstractSerializableValueSerializer.java:54)',
      '\tat org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.setValue(VariableInstanceEntity.java:372)',
      '\tat org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope.setVariable(AbstractVariableScope.java:385)',
      '\tat c.e.claims.delegate.ImportStatementDelegate.execute(ImportStatementDelegate.java:58)',
      '\tat org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskJavaDelegateActivityBehavior.performExecution(ServiceTaskJavaDelegateActivityBehavior.java:58)',
      '\tat org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable.executeJob(ExecuteJobsRunnable.java:110)',
      '\tat org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable.run(ExecuteJobsRunnable.java:71)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)',
      '\tat java.base/java.lang.Thread.run(Thread.java:840)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-photoprism-oomkilled-while-indexing',
    family: 'oom-huge-input',
    source: 'https://github.com/photoprism/photoprism/issues/1017',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('photoprism', 4),
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          PHOTOPRISM_WORKERS: '2',
          PHOTOPRISM_AUTO_INDEX: '300',
          PHOTOPRISM_ORIGINALS_LIMIT: '-1',
          PHOTOPRISM_RESOLUTION_LIMIT: '-1',
          PHOTOPRISM_DEBUG: 'true',
          PHOTOPRISM_DATABASE_DRIVER: 'mysql',
          PHOTOPRISM_DATABASE_SERVER: 'photoprism-mariadb:3306',
        },
        mounts: [
          { volume: 'originals', path: '/photoprism/originals' },
          { volume: 'storage', path: '/photoprism/storage' },
        ],
      },
    ],
    volumes: [
      { name: 'originals', persistentVolumeClaim: 'photoprism-originals' },
      { name: 'storage', persistentVolumeClaim: 'photoprism-storage' },
    ],
    events: [
      { reason: 'Started', message: 'Started container photoprism', type: 'Normal', count: 5 },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container photoprism in pod photoprism-0',
        type: 'Warning',
        count: 8,
      },
    ],
    previousLog: log(
      'time="2026-02-11T08:19:41Z" level=info msg="config: successfully initialized [38.2ms]"',
      'time="2026-02-11T08:19:42Z" level=info msg="migrate: executing pre migrations"',
      'time="2026-02-11T08:19:42Z" level=info msg="migrate: executing main migrations"',
      'time="2026-02-11T08:19:43Z" level=info msg="server: listening on 0.0.0.0:2342 [2.1ms]"',
      'time="2026-02-11T08:19:43Z" level=info msg="webdav: shared /originals/"',
      'time="2026-02-11T08:21:01Z" level=info msg="indexing originals..."',
      'time="2026-02-11T08:21:01Z" level=info msg="index: found 1 new folder in 2025/08"',
      times(
        27,
        (i) =>
          [
            `time="2026-02-11T08:21:${p2(2 + i * 2)}Z" level=debug msg="exiftool: extracting metadata from 2025/08/20250814_${p2(9 + Math.floor(i / 3))}${p2((i * 7) % 60)}12.jpg"`,
            `time="2026-02-11T08:21:${p2(3 + i * 2)}Z" level=info msg="media: 20250814_${p2(9 + Math.floor(i / 3))}${p2((i * 7) % 60)}12.jpg was taken at 2025-08-14 ${p2(9 + Math.floor(i / 3))}:${p2((i * 7) % 60)}:12 +0000 UTC (meta)"`,
            `time="2026-02-11T08:21:${p2(3 + i * 2)}Z" level=info msg="index: matched ${1 + (i % 4)} label${i % 4 === 0 ? '' : 's'} with 20250814_${p2(9 + Math.floor(i / 3))}${p2((i * 7) % 60)}12.jpg [${(1.2 + (i % 5) * 0.7).toFixed(3)}s]"`,
            `time="2026-02-11T08:21:${p2(3 + i * 2)}Z" level=info msg="index: added main jpg file 2025/08/20250814_${p2(9 + Math.floor(i / 3))}${p2((i * 7) % 60)}12.jpg"`,
          ][i % 4] ?? '',
      ),
      'time="2026-02-11T08:22:01Z" level=debug msg="exiftool: extracting metadata from 2025/08/dolomites_pano_23040x24320.jpg"',
      'time="2026-02-11T08:22:02Z" level=info msg="media: dolomites_pano_23040x24320.jpg was taken at 2025-08-16 07:02:48 +0000 UTC (meta)"',
      'time="2026-02-11T08:22:02Z" level=debug msg="media: creating thumbnails for 2025/08/dolomites_pano_23040x24320.jpg"',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-zulip-oomkilled-at-start',
    family: 'worker-fanout',
    source: 'https://github.com/zulip/zulip/issues/29794',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('zulip', 6),
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          SETTING_EXTERNAL_HOST: 'zulip.example.org',
          SETTING_ZULIP_ADMINISTRATOR: 'ops@example.org',
          DB_HOST: 'zulip-postgresql',
          SETTING_MEMCACHED_LOCATION: 'zulip-memcached:11211',
          SETTING_REDIS_HOST: 'zulip-redis-master',
          SETTING_RABBITMQ_HOST: 'zulip-rabbitmq',
        },
        mounts: [{ volume: 'data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'zulip-data' }],
    events: [
      { reason: 'Started', message: 'Started container zulip', type: 'Normal', count: 7 },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container zulip in pod zulip-0',
        type: 'Warning',
        count: 15,
      },
    ],
    previousLog: log(
      '=== Begin Initial Configuration Phase ===',
      'Preparing and linking the uploads folder ...',
      'Prepared and linked the uploads directory.',
      'Executing puppet configuration ...',
      'Notice: Compiled catalog for zulip-0 in environment production in 1.91 seconds',
      "Notice: /Stage[main]/Zulip::App_frontend_base/File[/etc/zulip/uwsgi.ini]/content: content changed '{md5}4f1c3a9c1b5e8d2a7f0e6c9b3d2a1f70' to '{md5}9a0b7c2e4d6f8a1b3c5e7d9f0a2b4c6e'",
      "Notice: /Stage[main]/Zulip::App_frontend_base/File[/etc/supervisor/conf.d/zulip/zulip.conf]/content: content changed '{md5}c3b1e5f7a9d2c4e6f8a0b2d4f6a8c0e2' to '{md5}1e3f5a7c9b0d2e4f6a8c0b2d4f6e8a0c'",
      'Notice: Applied catalog in 4.37 seconds',
      'Zulip configuration succeeded.',
      '=== End Initial Configuration Phase ===',
      '=== Begin Run Phase ===',
      'Starting Zulip using supervisor with "/etc/supervisor/supervisord.conf" config ...',
      '2026-02-11 08:22:11,041 INFO Set uid to user 0 succeeded',
      '2026-02-11 08:22:11,052 INFO supervisord started with pid 1',
      "2026-02-11 08:22:12,055 INFO spawned: 'zulip-django' with pid 201",
      "2026-02-11 08:22:12,058 INFO spawned: 'zulip-tornado' with pid 202",
      times(
        11,
        (i) =>
          `2026-02-11 08:22:12,${ms(61 + i * 4)} INFO spawned: '${['zulip_events_deferred_work', 'zulip_events_digest_emails', 'zulip_events_email_mirror', 'zulip_events_embed_links', 'zulip_events_embedded_bots', 'zulip_events_missedmessage_emails', 'zulip_events_missedmessage_mobile_notifications', 'zulip_events_outgoing_webhooks', 'zulip_events_user_activity', 'zulip_events_user_activity_interval', 'zulip_events_user_presence'][i]}' with pid ${203 + i}`,
      ),
      '*** Starting uWSGI 2.0.28 (64bit) on [Wed Feb 11 08:22:12 2026] ***',
      'compiled with version: 12.2.0 on 04 February 2026 11:20:07',
      'os: Linux-6.1.119-129.201.amzn2023.x86_64 #1 SMP PREEMPT_DYNAMIC',
      'nodename: zulip-0',
      'machine: x86_64',
      'detected number of CPU cores: 16',
      'current working directory: /home/zulip/deployments/current',
      'detected binary path: /srv/zulip-venv/bin/uwsgi',
      'your memory page size is 4096 bytes',
      'detected max file descriptor number: 1048576',
      'Python version: 3.11.2 (main, Nov 30 2024, 21:22:50) [GCC 12.2.0]',
      'Python main interpreter initialized at 0x55d1c2b7e0a0',
      'python threads support enabled',
      'your server socket listen backlog is limited to 100 connections',
      'your mercy for graceful operations on workers is 60 seconds',
      '*** Operational MODE: preforking ***',
      "WSGI app 0 (mountpoint='') ready in 9 seconds on interpreter 0x55d1c2b7e0a0 pid: 201 (default app)",
      'spawned uWSGI master process (pid: 201)',
      times(16, (i) => `spawned uWSGI worker ${i + 1} (pid: ${231 + i}, cores: 1)`),
      '2026-02-11 08:22:23,518 INFO success: zulip-tornado entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)',
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────────── restart look-alikes (3) ────────────────────────────────
  {
    id: 'thirtyeighth-zeebe-payment-worker-idle',
    family: 'dependency-down',
    source:
      'https://github.com/camunda-community-hub/spring-zeebe/issues/72 + https://github.com/camunda/camunda/issues/6139',
    signal: 'Alert',
    containers: [
      {
        name: 'payment-worker',
        running: { startedAt: '2026-02-08T10:14:22Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          ZEEBE_CLIENT_BROKER_GATEWAY_ADDRESS: 'zeebe-gateway.camunda.svc.cluster.local:26500',
          ZEEBE_CLIENT_SECURITY_PLAINTEXT: 'true',
          ZEEBE_CLIENT_WORKER_MAXJOBSACTIVE: '32',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ZeebeJobsNotActivated: job type payment-capture activated 0 jobs in 20m (backlog 2 914), 3/3 payment-worker pods Ready',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `2026-02-11 07:${p2(44 + Math.floor(i / 2))}:${p2((i * 23) % 60)}.${ms(i * 97)}  INFO 1 --- [pool-2-thread-${1 + (i % 4)}] c.e.payments.CapturePaymentWorker        : captured payment for order ORD-${771200 + i * 3} amount=${(19.9 + i * 3.17).toFixed(2)} EUR psp=adyen`,
      ),
      times(9, (i) =>
        [
          `2026-02-11 08:${p2(7 + i * 2)}:${p2((i * 17) % 60)}.${ms(i * 41)}  WARN 1 --- [ault-executor-${i % 2}] io.camunda.zeebe.client.job.poller       : Failed to activate jobs for worker capturePayment and job type payment-capture`,
          '',
          'io.grpc.StatusRuntimeException: UNAVAILABLE: io exception',
          '\tat io.grpc.Status.asRuntimeException(Status.java:539)',
          '\tat io.grpc.stub.ClientCalls$StreamObserverToCallListenerAdapter.onClose(ClientCalls.java:487)',
          '\tat io.grpc.internal.DelayedClientCall$DelayedListener$3.run(DelayedClientCall.java:470)',
          '\tat io.grpc.internal.DelayedClientCall$DelayedListener.delayOrExecute(DelayedClientCall.java:434)',
          '\tat io.grpc.internal.ClientCallImpl.closeObserver(ClientCallImpl.java:576)',
          '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)',
          '\tat java.base/java.lang.Thread.run(Thread.java:840)',
          'Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: zeebe-gateway.camunda.svc.cluster.local/172.20.91.14:26500',
          'Caused by: java.net.ConnectException: Connection refused',
          '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
          '\tat io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337)',
          '\t... 9 common frames omitted',
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-jicofo-readiness-failing',
    family: 'dependency-down',
    source:
      'https://github.com/jitsi/docker-jitsi-meet/issues/1543 + https://github.com/jefferyb/k8s-jitsi-meet/issues/2 + https://github.com/jitsi/jicofo/issues/708',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'jicofo',
        running: { startedAt: '2026-02-09T21:40:03Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          XMPP_SERVER: 'prosody.jitsi.svc.cluster.local',
          XMPP_DOMAIN: 'meet.example.org',
          XMPP_AUTH_DOMAIN: 'auth.meet.example.org',
          XMPP_INTERNAL_MUC_DOMAIN: 'internal-muc.meet.example.org',
          JICOFO_ENABLE_HEALTH_CHECKS: '1',
          JVB_BREWERY_MUC: 'jvbbrewery',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        type: 'Warning',
        count: 58,
      },
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `Jicofo 2026-02-11 07:${p2(40 + i * 2)}:${p2((i * 19) % 60)}.${ms(i * 83)} INFO: [${60 + i}] [room=standup-${['platform', 'design', 'sales', 'infra', 'data'][i % 5]}@muc.meet.example.org meeting_id=${['d3f1', '8a2c', '51be', 'c09e', '7f4d'][i % 5]}-…] JitsiMeetConferenceImpl.joinTheRoom#${380 + (i % 3)}: Joining standup-${['platform', 'design', 'sales', 'infra', 'data'][i % 5]}@muc.meet.example.org`,
      ),
      'Jicofo 2026-02-11 07:58:12.402 SEVERE: [41] [xmpp_connection=client] XmppProvider$connectionListener$1.connectionClosedOnError#95: XMPP connection closed on error: system-shutdown You can read more about the meaning of this stream error at http://xmpp.org/rfcs/rfc6120.html#streams-error-conditions',
      "<stream:error><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text>Received SIGTERM</text></stream:error>",
      'Jicofo 2026-02-11 07:58:12.406 INFO: [41] JvbDoctor.instanceRemoved#107: Stopping health-check task for: jvbbrewery@internal-muc.meet.example.org/jvb-0',
      'Jicofo 2026-02-11 07:58:12.409 INFO: [41] BridgeSelector.removeJvbAddress#121: Removing JVB: jvbbrewery@internal-muc.meet.example.org/jvb-0',
      times(15, (i) =>
        [
          `Jicofo 2026-02-11 08:${p2(1 + i * 2)}:${p2((i * 7) % 60)}.${ms(i * 131)} SEVERE: [23] [xmpp_connection=client] XmppProvider.doConnect#179: Failed to connect/login: The following addresses failed: 'RFC 6120 A/AAAA Endpoint + [prosody.jitsi.svc.cluster.local:5222] (prosody.jitsi.svc.cluster.local/172.20.18.40:5222)' failed because: java.net.ConnectException: Connection refused`,
          "org.jivesoftware.smack.SmackException$EndpointConnectionException: The following addresses failed: 'RFC 6120 A/AAAA Endpoint + [prosody.jitsi.svc.cluster.local:5222] (prosody.jitsi.svc.cluster.local/172.20.18.40:5222)' failed because: java.net.ConnectException: Connection refused",
          '\tat org.jivesoftware.smack.SmackException$EndpointConnectionException.from(SmackException.java:334)',
          '\tat org.jivesoftware.smack.tcp.XMPPTCPConnection.connectUsingConfiguration(XMPPTCPConnection.java:664)',
          '\tat org.jivesoftware.smack.tcp.XMPPTCPConnection.connectInternal(XMPPTCPConnection.java:849)',
          '\tat org.jivesoftware.smack.AbstractXMPPConnection.connect(AbstractXMPPConnection.java:526)',
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-forgejo-not-ready-after-upgrade',
    family: 'migration-in-progress',
    source: 'https://github.com/go-gitea/gitea/issues/11409 + https://github.com/go-gitea/gitea/pull/11691',
    signal: 'Alert',
    containers: [
      {
        name: 'forgejo',
        running: { startedAt: '2026-02-11T07:38:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          FORGEJO__database__DB_TYPE: 'postgres',
          FORGEJO__database__HOST: 'forgejo-postgresql.git.svc:5432',
          FORGEJO__server__ROOT_URL: 'https://git.example.org/',
          FORGEJO__log__LEVEL: 'Info',
        },
        mounts: [{ volume: 'data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'forgejo-data' }],
    rollout: { minutesAgo: 53, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ForgejoDown: git.example.org returns 503 since 07:38 (1/1 replicas not Ready, strategy Recreate)',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.6.19:3000/api/healthz": dial tcp 10.42.6.19:3000: connect: connection refused',
        type: 'Warning',
        count: 302,
      },
    ],
    currentLog: log(
      '2026/02/11 07:38:04 cmd/web.go:242:runWeb() [I] Starting Forgejo on PID: 7',
      '2026/02/11 07:38:04 cmd/web.go:111:showWebStartupMessage() [I] Forgejo version: 8.0.3+gitea-1.22.0 built with GNU Make 4.4.1, go1.22.5 : bindata, timetzdata, sqlite, sqlite_unlock_notify',
      '2026/02/11 07:38:04 cmd/web.go:112:showWebStartupMessage() [I] * RunMode: prod',
      '2026/02/11 07:38:04 cmd/web.go:113:showWebStartupMessage() [I] * AppPath: /usr/local/bin/gitea',
      '2026/02/11 07:38:04 cmd/web.go:114:showWebStartupMessage() [I] * WorkPath: /data/gitea',
      '2026/02/11 07:38:04 cmd/web.go:115:showWebStartupMessage() [I] * CustomPath: /data/gitea',
      '2026/02/11 07:38:04 cmd/web.go:116:showWebStartupMessage() [I] * ConfigFile: /data/gitea/conf/app.ini',
      '2026/02/11 07:38:04 cmd/web.go:120:showWebStartupMessage() [I] * Log Path: /data/gitea/log',
      '2026/02/11 07:38:05 routers/init.go:118:GlobalInitInstalled() [I] Git version: 2.45.2, Wire Protocol Version 2 Enabled (home: /data/home)',
      '2026/02/11 07:38:05 routers/init.go:121:GlobalInitInstalled() [I] AppPath: /usr/local/bin/gitea',
      '2026/02/11 07:38:05 routers/init.go:122:GlobalInitInstalled() [I] AppWorkPath: /data/gitea',
      '2026/02/11 07:38:05 routers/init.go:123:GlobalInitInstalled() [I] Custom path: /data/gitea',
      '2026/02/11 07:38:05 routers/init.go:124:GlobalInitInstalled() [I] Log path: /data/gitea/log',
      '2026/02/11 07:38:05 routers/init.go:125:GlobalInitInstalled() [I] Configuration file: /data/gitea/conf/app.ini',
      '2026/02/11 07:38:05 routers/init.go:126:GlobalInitInstalled() [I] Run mode: prod',
      '2026/02/11 07:38:05 routers/common/db.go:21:InitDBEngine() [I] ORM engine initialization attempt #1/10...',
      '2026/02/11 07:38:05 cmd/web.go:206:serveInstalled() [I] PID file: /run/gitea.pid',
      times(
        3,
        (i) =>
          `2026/02/11 07:38:${p2(6 + i * 9)} models/migrations/migrations.go:${480 + i}:Migrate() [I] Migration[${280 + i}]: ${['Rename user themes', 'Add auth_token table', 'Add Index to pull_auto_merge.doer_id'][i]}`,
      ),
      '2026/02/11 07:39:10 models/migrations/migrations.go:483:Migrate() [I] Migration[283]: Add combined Index to issue_user.uid and issue_id',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },

  // ──────────────────────────────── scale-up look-alikes (4) ────────────────────────────────
  {
    id: 'thirtyeighth-camunda-job-backlog-growing',
    family: 'lock-contention',
    source:
      'https://github.com/camunda/camunda-modeler/issues/1524 + https://github.com/camunda/camunda-bpm-platform/issues/3214',
    signal: 'Alert',
    containers: [
      {
        name: 'camunda-engine',
        running: { startedAt: '2026-02-10T18:02:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-XX:MaxRAMPercentage=70',
          CAMUNDA_BPM_JOB_EXECUTION_MAX_POOL_SIZE: '20',
          SPRING_DATASOURCE_URL: 'jdbc:postgresql://camunda-db.workflow.svc:5432/camunda',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CamundaJobsDueBacklog: 12 840 jobs due > 10m; job failures 2.1k/min (pod CPU 31% of limit, 4/4 replicas)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        i % 3 === 2
          ? [
              `2026-02-11 08:${p2(14 + Math.floor(i / 3))}:${p2((i * 11) % 60)}.${ms(i * 61)}  WARN 1 --- [aTaskExecutor-${1 + (i % 20)}] org.camunda.bpm.engine.jobexecutor       : ENGINE-14006 Exception while executing job 9f2b${(4410 + i).toString(16)}-06f1-11f1-8c2a-0242ac11000${i % 10}: `,
              `org.camunda.bpm.engine.OptimisticLockingException: ENGINE-03005 Execution of 'UPDATE ExecutionEntity[7c1e5a40-06ee-11f1-8c2a-0242ac110004]' failed. Entity was updated by another transaction concurrently.`,
              '\tat org.camunda.bpm.engine.impl.db.EnginePersistenceLogger.concurrentUpdateDbEntityException(EnginePersistenceLogger.java:138)',
              '\tat org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.handleOptimisticLockingException(DbEntityManager.java:457)',
              '\tat org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.flush(DbEntityManager.java:346)',
              '\tat org.camunda.bpm.engine.impl.interceptor.CommandContext.close(CommandContext.java:187)',
              '\tat org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable.executeJob(ExecuteJobsRunnable.java:110)',
            ].join('\n')
          : i % 3 === 1
            ? `2026-02-11 08:${p2(14 + Math.floor(i / 3))}:${p2((i * 11) % 60)}.${ms(i * 61)}  WARN 1 --- [aTaskExecutor-${1 + (i % 20)}] org.camunda.bpm.engine.jobexecutor       : ENGINE-14006 Exception while executing job 9f2b${(4410 + i).toString(16)}-06f1-11f1-8c2a-0242ac11000${i % 10}: org.camunda.bpm.engine.OptimisticLockingException: ENGINE-03005 Execution of 'DELETE VariableInstanceEntity[3a91${(i * 7).toString(16)}-06f1-11f1-8c2a-0242ac110004]' failed. Entity was updated by another transaction concurrently.`
            : `2026-02-11 08:${p2(14 + Math.floor(i / 3))}:${p2((i * 11) % 60)}.${ms(i * 61)}  INFO 1 --- [aTaskExecutor-${1 + (i % 20)}] c.e.orders.ReserveStockDelegate          : reserved line ${1200 + i} of 5000 for process instance 7c1e5a40-06ee-11f1-8c2a-0242ac110004 (bulk order BO-88213)`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-invidious-5xx-pool-timeouts',
    family: 'partner-rate-limit',
    source:
      'https://github.com/iv-org/invidious/issues/3409 + https://github.com/iv-org/invidious/issues/1228',
    signal: 'Alert',
    containers: [
      {
        name: 'invidious',
        running: { startedAt: '2026-02-11T02:00:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          INVIDIOUS_DATABASE_URL: 'postgres://kemal:****@invidious-postgresql:5432/invidious',
          INVIDIOUS_CHECK_TABLES: 'true',
          INVIDIOUS_POOL_SIZE: '100',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'InvidiousHighErrorRate: 5xx ratio 0.81 over 10m on 3/3 pods (all egress via NAT gateway 3.72.14.201, CPU 12%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        18,
        (i) =>
          `2026-02-11 07:${p2(50 + Math.floor(i / 2))}:${p2((i * 31) % 60)} UTC [info] 200 GET /watch?v=${['dQw4w9WgXcQ', 'jNQXAC9IVRw', 'kJQP7kiw5Fk', '9bZkp7q19f0'][i % 4]} ${(180 + i * 23.7).toFixed(2)}ms`,
      ),
      times(22, (i) =>
        i % 4 === 3
          ? [
              `2026-02-11 08:${p2(2 + i)}:${p2((i * 17) % 60)} UTC [error] Could not extract video info. Instance is likely blocked. (${['dQw4w9WgXcQ', 'kJQP7kiw5Fk'][i % 2]})`,
            ].join('\n')
          : i % 4 === 1
            ? [
                'Could not check out a connection in 5.0 seconds (DB::PoolTimeout)',
                "  from lib/db/src/db/pool.cr:235:7 in 'checkout'",
                "  from src/invidious/yt_backend/connection_pool.cr:39:14 in '_post_json'",
                "  from src/invidious/videos/parser.cr:59:21 in 'extract_video_info:video_id'",
                "  from src/invidious/videos.cr:377:10 in 'fetch_video'",
                "  from src/invidious/routes/watch.cr:63:15 in 'handle'",
                "  from lib/kemal/src/kemal/route.cr:13:9 in '->'",
                "  from src/invidious/helpers/handlers.cr:30:37 in 'call'",
                "  from /usr/share/crystal/src/http/server/handler.cr:28:7 in 'call_next'",
              ].join('\n')
            : `2026-02-11 08:${p2(2 + i)}:${p2((i * 17) % 60)} UTC [warn] 500 GET /watch?v=${['9bZkp7q19f0', 'jNQXAC9IVRw'][i % 2]} ${(5003 + i * 1.9).toFixed(2)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-peertube-slow-api-acquire-timeouts',
    family: 'slow-database',
    source:
      'https://github.com/Chocobozzz/PeerTube/issues/2823 + https://github.com/Chocobozzz/PeerTube/issues/3793',
    signal: 'Alert',
    containers: [
      {
        name: 'peertube',
        running: { startedAt: '2026-02-09T06:31:48Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          PEERTUBE_DB_HOSTNAME: 'peertube-postgresql',
          PEERTUBE_DB_POOL_MAX: '20',
          PEERTUBE_WEBSERVER_HOSTNAME: 'tube.example.org',
          PEERTUBE_REDIS_HOSTNAME: 'peertube-redis',
        },
        mounts: [{ volume: 'data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'peertube-data' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PeerTubeApiLatencyHigh: p95 9.8s on /api/v1/videos (pods CPU 22%); PostgresLongRunningQueries: peertube-postgresql 14 queries > 60s, db CPU 100%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        14,
        (i) =>
          `[tube.example.org:443] 2026-02-11 08:${p2(10 + Math.floor(i / 3))}:${p2((i * 13) % 60)}.${ms(i * 77)} info: 10.42.${1 + (i % 3)}.${20 + i} - - [11/Feb/2026:08:${p2(10 + Math.floor(i / 3))}:${p2((i * 13) % 60)} +0000] "GET /api/v1/videos?start=${i * 25}&count=25&sort=-publishedAt HTTP/1.1" 200 ${41233 + i * 311} "-" "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"`,
      ),
      times(9, (i) =>
        [
          `[tube.example.org:443] 2026-02-11 08:${p2(15 + i)}:${p2((i * 29) % 60)}.${ms(i * 301)} error: ${i % 3 === 0 ? 'Error in tracker filter.' : i % 3 === 1 ? 'Cannot list videos.' : 'Cannot process video views stats.'} {`,
          '  "err": {',
          '    "stack": "SequelizeConnectionAcquireTimeoutError: Operation timeout\\n    at ConnectionManager.getConnection (/app/node_modules/sequelize/lib/dialects/abstract/connection-manager.js:196:15)\\n    at runNextTicks (node:internal/process/task_queues:60:5)\\n    at process.processTimers (node:internal/timers:511:9)",',
          '    "message": "Operation timeout",',
          '    "name": "SequelizeConnectionAcquireTimeoutError",',
          '    "parent": {',
          '      "stack": "Error: Operation timeout\\n    at Timeout._onTimeout (/app/node_modules/sequelize-pool/lib/Deferred.js:19:19)",',
          '      "message": "Operation timeout"',
          '    }',
          '  }',
          '}',
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-paperless-web-503s',
    family: 'connection-limit',
    source:
      'https://github.com/GeoNodeUserGroup-DE/geonode-k8s/issues/222 + https://github.com/devtron-labs/devtron/issues/2624',
    signal: 'Alert',
    containers: [
      {
        name: 'paperless',
        running: { startedAt: '2026-02-10T23:05:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          PAPERLESS_DBHOST: 'paperless-postgresql',
          PAPERLESS_REDIS: 'redis://paperless-redis:6379',
          PAPERLESS_WEBSERVER_WORKERS: '8',
          PAPERLESS_TASK_WORKERS: '4',
        },
        mounts: [
          { volume: 'data', path: '/usr/src/paperless/data' },
          { volume: 'media', path: '/usr/src/paperless/media' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'paperless-data' },
      { name: 'media', persistentVolumeClaim: 'paperless-media' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PaperlessHigh5xx: 5xx ratio 0.34 over 10m on 6/6 replicas (scaled 3 -> 6 at 07:55 for the scanning backlog)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `[2026-02-11 08:${p2(9 + Math.floor(i / 4))}:${p2((i * 14) % 60)},${ms(i * 53)}] [INFO] [paperless.consumer] Consuming ${['invoice', 'scan', 'contract', 'receipt'][i % 4]}_${4100 + i}.pdf`,
      ),
      times(8, (i) =>
        [
          `[2026-02-11 08:${p2(14 + i * 2)}:${p2((i * 23) % 60)},${ms(i * 71)}] [ERROR] [django.request] Internal Server Error: /api/documents/`,
          'Traceback (most recent call last):',
          '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", line 279, in ensure_connection',
          '    self.connect()',
          '  File "/usr/local/lib/python3.12/site-packages/django/utils/asyncio.py", line 26, in inner',
          '    return func(*args, **kwargs)',
          '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", line 256, in connect',
          '    self.connection = self.get_new_connection(conn_params)',
          '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/postgresql/base.py", line 332, in get_new_connection',
          '    connection = self.Database.connect(**conn_params)',
          '  File "/usr/local/lib/python3.12/site-packages/psycopg/connection.py", line 119, in connect',
          '    raise last_ex.with_traceback(None)',
          `psycopg.OperationalError: connection failed: connection to server at "10.0.${14 + (i % 2)}.41", port 5432 failed: FATAL:  sorry, too many clients already`,
          '',
          'The above exception was the direct cause of the following exception:',
          '',
          `django.db.utils.OperationalError: connection failed: connection to server at "10.0.${14 + (i % 2)}.41", port 5432 failed: FATAL:  sorry, too many clients already`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────────── cache-flush look-alikes (4) ────────────────────────────────
  {
    id: 'thirtyeighth-conductor-start-workflow-500s',
    family: 'redis-not-a-cache',
    source:
      'https://github.com/Netflix/conductor/issues/1889 + https://github.com/redis/jedis/issues/2317 + https://github.com/redis/redis/issues/2746',
    signal: 'Alert',
    containers: [
      {
        name: 'conductor-server',
        running: { startedAt: '2026-02-06T13:20:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          CONDUCTOR_DB_TYPE: 'redis_standalone',
          CONDUCTOR_QUEUE_TYPE: 'redis_standalone',
          CONDUCTOR_REDIS_HOSTS: 'conductor-redis.workflow.svc:6379:us-east-1c',
          CONDUCTOR_REDIS_WORKFLOW_NAMESPACE_PREFIX: 'conductor',
          CONDUCTOR_REDIS_QUEUE_NAMESPACE_PREFIX: 'conductor_queues',
          CONDUCTOR_INDEXING_ENABLED: 'true',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: conductor-redis used_memory 2.00G of maxmemory 2gb (maxmemory-policy noeviction), 1.9M keys (conductor.*, conductor_queues.*)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `2026-02-11 08:${p2(5 + Math.floor(i / 2))}:${p2((i * 19) % 60)}.${ms(i * 43)}  INFO 1 --- [nio-8080-exec-${1 + (i % 9)}] c.n.c.core.execution.WorkflowExecutor   : Workflow order_fulfillment:3 started, workflowId=${['4c1d', '9e0a', 'b27f', '18c3'][i % 4]}${(7100 + i).toString(16)}-2f1a-4e55-9c0d-6b2f1e9a${ms(i * 7)}`,
      ),
      times(8, (i) =>
        [
          `2026-02-11 08:${p2(13 + i * 2)}:${p2((i * 37) % 60)}.${ms(i * 89)} ERROR 1 --- [nio-8080-exec-${1 + (i % 9)}] c.n.c.r.c.ApplicationExceptionMapper     : Error JedisDataException url: '/api/workflow/order_fulfillment'`,
          '',
          "redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.",
          '\tat redis.clients.jedis.Protocol.processError(Protocol.java:132)',
          '\tat redis.clients.jedis.Protocol.process(Protocol.java:166)',
          '\tat redis.clients.jedis.Protocol.read(Protocol.java:220)',
          '\tat redis.clients.jedis.Connection.readProtocolWithCheckingBroken(Connection.java:318)',
          '\tat redis.clients.jedis.Connection.getIntegerReply(Connection.java:260)',
          '\tat redis.clients.jedis.Jedis.hset(Jedis.java:705)',
          '\tat com.netflix.conductor.redis.jedis.JedisStandalone.hset(JedisStandalone.java:231)',
          '\tat com.netflix.conductor.redis.dao.RedisExecutionDAO.insertOrUpdateWorkflow(RedisExecutionDAO.java:571)',
          '\tat com.netflix.conductor.redis.dao.RedisExecutionDAO.createWorkflow(RedisExecutionDAO.java:418)',
          '\tat com.netflix.conductor.core.execution.WorkflowExecutor.startWorkflow(WorkflowExecutor.java:328)',
        ].join('\n'),
      ),
      times(
        6,
        (i) =>
          `2026-02-11 08:${p2(20 + i)}:${p2((i * 13) % 60)}.${ms(i * 17)}  WARN 1 --- [sweeper-thread-${i % 4}] c.n.c.core.reconciliation.WorkflowSweeper : Error running sweep for ${['4c1d', '9e0a'][i % 2]}${(7100 + i).toString(16)}-2f1a-4e55-9c0d-6b2f1e9a0${i}1, will try again: OOM command not allowed when used memory > 'maxmemory'.`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-outline-notifications-stalled',
    family: 'redis-not-a-cache',
    source: 'https://github.com/outline/outline/issues/1538 + https://github.com/OptimalBits/bull/issues/416',
    signal: 'Alert',
    containers: [
      {
        name: 'outline',
        running: { startedAt: '2026-02-10T09:12:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          URL: 'https://wiki.example.org',
          REDIS_URL: 'redis://outline-redis.docs.svc:6379',
          DATABASE_URL: 'postgres://outline:****@outline-postgresql:5432/outline',
          FILE_STORAGE: 's3',
          WEB_CONCURRENCY: '2',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: outline-redis used_memory 100% of maxmemory 512mb (noeviction); keys bull:globalEvents:* 181k, bull:processor:* 44k, bull:tasks:* 212k',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        14,
        (i) =>
          `{"label":"http","level":"info","message":"${['POST /api/documents.info', 'POST /api/documents.update', 'POST /api/collections.list', 'GET /api/auth.info'][i % 4]} 200","time":"2026-02-11T08:${p2(9 + Math.floor(i / 2))}:${p2((i * 21) % 60)}.${ms(i * 61)}Z","duration":${12 + ((i * 29) % 90)}}`,
      ),
      times(
        10,
        (i) =>
          `{"label":"${i % 2 === 0 ? 'queue' : 'processor'}","level":"error","message":"ERR Error running script (call to f_0a9a51ee96320953ec7bde8e63f3f060b9dac00c): @user_script:41: @user_script: 41: -OOM command not allowed when used memory > 'maxmemory'.   ","stack":"ReplyError: ERR Error running script (call to f_0a9a51ee96320953ec7bde8e63f3f060b9dac00c): @user_script:41: @user_script: 41: -OOM command not allowed when used memory > 'maxmemory'.   \\n    at parseError (/opt/outline/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/opt/outline/node_modules/redis-parser/lib/parser.js:302:14)","queue":"${['globalEvents', 'tasks'][i % 2]}","time":"2026-02-11T08:${p2(16 + i)}:${p2((i * 43) % 60)}.${ms(i * 13)}Z"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-sails-storefront-500s',
    family: 'redis-not-a-cache',
    source:
      'https://github.com/balderdashy/sails/issues/2276 + https://github.com/tj/connect-redis/issues/35',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-11T07:12:01Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          sails_session__adapter: '@sailshq/connect-redis',
          sails_session__url: 'redis://storefront-sessions.shop.svc:6379/0',
          sails_sockets__adapter: '@sailshq/socket.io-redis',
          sails_sockets__url: 'redis://storefront-sessions.shop.svc:6379/1',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: storefront-sessions used_memory 100% of maxmemory 1gb (noeviction); db0 keys sess:* 1.84M, db1 socket.io channels',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'info: ',
      'info:                .-..-.',
      'info: ',
      'info:    Sails              <|    .-..-.',
      'info:    v1.5.11             |\\',
      'info:                       /|.\\',
      'info:                      / || \\',
      "info:                    ,'  |'  \\",
      "info:                 .-'.-==|/_--'",
      "info:                 `--'-------' ",
      'info:    __---___--___---___--___---___--___',
      'info:  ____---___--___---___--___---___--___-__',
      'info: ',
      'info: Server lifted in `/app`',
      'info: To shut down Sails, press <CTRL> + C at any time.',
      'info: Read more at https://sailsjs.com/support.',
      'debug: -------------------------------------------------------',
      'debug: :: Wed Feb 11 2026 07:12:09 GMT+0000 (Coordinated Universal Time)',
      'debug: Environment : production',
      'debug: Port        : 1337',
      'debug: -------------------------------------------------------',
      times(20, (i) =>
        i % 3 === 2
          ? `error: Sending 500 ("Server Error") response: \n ReplyError: OOM command not allowed when used memory > 'maxmemory'.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {\n  command: { name: 'set', args: [ 'sess:${['q0Xv', 'M8kd', 'Tz71'][i % 3]}${(51000 + i * 37).toString(36)}', '{"cookie":{"originalMaxAge":86400000,"expires":"2026-02-12T08:${p2(15 + Math.floor(i / 3))}:00.000Z","secure":true,"httpOnly":true,"path":"/"},"cart":"c_${40211 + i}"}', 'EX', '86400' ] }\n}`
          : `verbose: ${['GET /cart', 'POST /api/v1/cart/items', 'GET /products/oak-desk'][i % 3]} 200 ${(24 + ((i * 13) % 80)).toFixed(0)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-immich-uploads-not-processed',
    family: 'redis-down',
    source:
      'https://github.com/immich-app/immich/issues/16087 + https://github.com/imagegenius/docker-immich/issues/689',
    signal: 'Alert',
    containers: [
      {
        name: 'immich-server',
        running: { startedAt: '2026-02-10T04:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          REDIS_HOSTNAME: 'immich-redis-master',
          DB_HOSTNAME: 'immich-postgresql',
          IMMICH_MACHINE_LEARNING_URL: 'http://immich-machine-learning:3003',
        },
        mounts: [{ volume: 'library', path: '/usr/src/app/upload' }],
      },
    ],
    volumes: [{ name: 'library', persistentVolumeClaim: 'immich-library' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ImmichJobQueuesStalled: thumbnailGeneration and metadataExtraction processed 0 jobs in 25m',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'KubePodCrashLooping: immich/immich-redis-master-0 (redis) restarting; last log "Bad file format reading the append only file: make a backup of your AOF file, then use ./redis-check-aof --fix <filename>"',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `[Nest] 7  - 02/11/2026, ${nestClock(at(7, 50) + i * 47)}     LOG [Api:EventRepository] Websocket ${i % 2 === 0 ? 'Connect' : 'Disconnect'}:    ${['xtocLFhVKm9NC7m7', 'b9CN_KmPv4KGY0wm', 'Qw3r_Tz8LpaD1cXe'][i % 3]}AAA${String.fromCharCode(65 + i)}`,
      ),
      times(18, (i) =>
        i % 6 === 5
          ? "missing 'error' handler on this Redis client"
          : [
              `Error: connect ECONNREFUSED 172.20.33.9:6379`,
              '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1634:16) {',
              '  errno: -111,',
              "  code: 'ECONNREFUSED',",
              "  syscall: 'connect',",
              "  address: '172.20.33.9',",
              '  port: 6379',
              '}',
            ].join('\n'),
      ),
      '[Nest] 7  - 02/11/2026, 8:24:40 AM   ERROR [Api:GlobalExceptionFilter] Unknown error: Error: Connection is closed.',
      '[Nest] 7  - 02/11/2026, 8:24:40 AM   ERROR [Api:AssetMediaService] Error uploading file Error: Connection is closed.',
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────────── node-action look-alikes (3) ────────────────────────────────
  {
    id: 'thirtyeighth-drone-runner-evicted',
    family: 'pod-own-disk-limit',
    source: 'https://github.com/isac322/homelab/pull/266 + https://github.com/kubernetes/website/pull/27908',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'runner',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          DRONE_RPC_HOST: 'drone.example.org',
          DRONE_RPC_PROTO: 'https',
          DRONE_RUNNER_CAPACITY: '4',
          DOCKER_HOST: 'tcp://localhost:2375',
          DRONE_DEBUG: 'true',
        },
      },
      {
        name: 'dind',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '6Gi',
        cpuLimit: '4',
        args: ['--host=tcp://0.0.0.0:2375', '--storage-driver=overlay2'],
        mounts: [{ volume: 'docker-graph', path: '/var/lib/docker' }],
      },
    ],
    volumes: [{ name: 'docker-graph', emptyDir: { sizeLimit: '20Gi' } }],
    node: healthyNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "docker-graph" exceeds the limit "20Gi".',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container runner', type: 'Normal' },
      { reason: 'Killing', message: 'Stopping container dind', type: 'Normal' },
    ],
    previousLog: log(
      'time="2026-02-11T07:02:10Z" level=info msg="starting the server" addr=":3000"',
      'time="2026-02-11T07:02:10Z" level=info msg="successfully pinged the remote server"',
      'time="2026-02-11T07:02:10Z" level=info msg="polling the remote server" capacity=4 endpoint="https://drone.example.org" kind=pipeline type=docker',
      times(
        36,
        (i) =>
          `time="2026-02-11T${hms(at(7, 4) + i * 140)}Z" level=debug msg="${['stage received', 'updated stage to running', 'destroying the pipeline environment', 'updated stage to complete'][i % 4]}" build.id=${88412 + Math.floor(i / 4)} build.number=${4120 + Math.floor(i / 4)} repo.id=${[17, 42, 17, 63][Math.floor(i / 4) % 4]} repo.name=${['web', 'api', 'web', 'mobile'][Math.floor(i / 4) % 4]} repo.namespace=shop stage.id=${120310 + Math.floor(i / 4)} stage.name=${['build-image', 'build-image', 'e2e', 'build-image'][Math.floor(i / 4) % 4]} stage.number=1 thread=${1 + (i % 4)}`,
      ),
      'time="2026-02-11T08:28:51Z" level=debug msg="stage received" build.id=88421 build.number=4129 repo.id=42 repo.name=api repo.namespace=shop stage.id=120319 stage.name=build-image stage.number=1 thread=2',
      'time="2026-02-11T08:28:52Z" level=debug msg="updated stage to running" build.id=88421 build.number=4129 repo.id=42 repo.name=api repo.namespace=shop stage.id=120319 stage.name=build-image stage.number=1 thread=2',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-fresh-storefront-crashloop',
    family: 'pod-own-dns',
    source:
      'https://github.com/freshframework/fresh/issues/2438 + https://github.com/denoland/deploy_feedback/issues/612',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('fresh', 1, 8),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          DENO_DEPLOYMENT_ID: 'b3e91c0',
          CMS_API_URL: 'http://cms-api.content.svc.cluster.local:8080',
          PORT: '8000',
        },
        args: ['run', '-A', 'main.ts'],
      },
    ],
    node: healthyNode,
    events: [
      { reason: 'Started', message: 'Started container fresh', type: 'Normal', count: 9 },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fresh in pod storefront-fresh-5c9d7b8f6-k2x9p',
        type: 'Warning',
        count: 23,
      },
    ],
    previousLog: log(
      'Listening on http://0.0.0.0:8000/',
      times(
        4,
        (i) =>
          `[site] ${new Date(Date.UTC(2026, 1, 11, 8, 24, 1 + i * (i + 1))).toISOString()} WARN site config fetch failed (attempt ${i + 1}/5), retrying in ${2 ** i}s: TypeError: error sending request for url (http://cms-api.content.svc.cluster.local:8080/v1/site-config): error trying to connect: dns error: failed to lookup address information: Name or service not known`,
      ),
      'error: Uncaught (in promise) TypeError: error sending request for url (http://cms-api.content.svc.cluster.local:8080/v1/site-config): error trying to connect: dns error: failed to lookup address information: Name or service not known',
      '    at async mainFetch (ext:deno_fetch/26_fetch.js:170:12)',
      '    at async fetch (ext:deno_fetch/26_fetch.js:391:7)',
      '    at async loadSiteConfig (file:///app/lib/site.ts:14:15)',
      '    at async file:///app/main.ts:12:20',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyeighth-finatra-quotes-crashloop',
    family: 'pod-pid-limit',
    source: 'https://github.com/easzlab/kubeasz/issues/1343 + https://github.com/kruize/autotune/issues/1551',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('quotes', 3, 7),
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xmx2g -XX:+ExitOnOutOfMemoryError',
          PRICING_DB_URL: 'jdbc:mysql://pricing-db.quotes.svc:3306/pricing',
        },
        args: ['-http.port=:8888', '-admin.port=:9990'],
      },
    ],
    node: healthyNode,
    events: [
      { reason: 'Started', message: 'Started container quotes', type: 'Normal', count: 8 },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container quotes in pod quotes-7f4b9d6c5-wj8tn',
        type: 'Warning',
        count: 17,
      },
    ],
    previousLog: log(
      '08:19:03.412 [main] INFO  c.t.f.h.EmbeddedHttpServer - Starting quotes-server',
      '08:19:05.127 [main] INFO  com.twitter.finatra.http.routing.HttpRouter - Adding routes',
      'GET     /v1/quotes/:sku',
      'POST    /v1/quotes/batch',
      '08:19:05.604 [main] INFO  com.twitter.server.TwitterServer - Serving admin http on 0.0.0.0/0.0.0.0:9990',
      '08:19:05.771 [main] INFO  com.twitter.finagle - Finagle version 24.2.0 (rev=8f5d2c1a) built at 20240306-145120',
      '08:19:05.912 [main] INFO  c.t.f.h.servers.HttpServer - http server started on port: 8888',
      times(
        22,
        (i) =>
          `08:${p2(19 + Math.floor(i / 4))}:${p2((i * 13) % 60)}.${ms(i * 71)} [finagle/netty4-${1 + (i % 4)}-${i + 3}] INFO  c.t.f.h.filters.AccessLoggingFilter - 10.42.${1 + (i % 3)}.${40 + i} - - [11/Feb/2026:08:${p2(19 + Math.floor(i / 4))}:${p2((i * 13) % 60)} +0000] "POST /v1/quotes/batch HTTP/1.1" 200 ${1800 + i * 41} ${900 + i * 97} "-"`,
      ),
      '08:24:11.004 [pricing-jdbc-pool-stats] INFO  c.e.quotes.PricingRepository - blocking pool threads=987 queued=4112 (jvm live threads 1019)',
      '[312.285s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 4k, detached.',
      '[312.286s][warning][os,thread] Failed to start the native thread for java.lang.Thread "finagle/netty4-2-211"',
      '[312.290s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 4k, detached.',
      '[312.290s][warning][os,thread] Failed to start the native thread for java.lang.Thread "pricing-blocking-1012"',
      'Exception in thread "finagle/netty4-2-7" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      '\tat java.base/java.lang.Thread.start0(Native Method)',
      '\tat java.base/java.lang.Thread.start(Thread.java:1553)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1364)',
      '\tat com.twitter.util.ExecutorServiceFuturePool.apply(FuturePool.scala:228)',
      'Terminating due to java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
    ),
    accept: ['escalate'],
  },

  // ──────────────────────────────── rollback look-alikes (3) ────────────────────────────────
  {
    id: 'thirtyeighth-liveview-dashboard-500s',
    family: 'database-recovering',
    source:
      'https://github.com/UrbanCCD-UChicago/plenario2/issues/396 + https://github.com/bitnami/bitnami-docker-postgresql/issues/318',
    signal: 'Alert',
    containers: [
      {
        name: 'dashboard',
        running: { startedAt: '2026-02-11T02:22:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          PHX_HOST: 'ops.example.org',
          DATABASE_URL: 'ecto://dashboard:****@dashboard-pg.data.svc/dashboard',
          POOL_SIZE: '20',
        },
      },
    ],
    rollout: { minutesAgo: 370, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'PhoenixHigh5xx: dashboard 5xx ratio 0.93 since 08:13 (3/3 pods)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(16, (i) =>
        i % 2 === 0
          ? `08:${p2(6 + Math.floor(i / 3))}:${p2((i * 17) % 60)}.${ms(i * 37)} request_id=F${(0x1a2b3c + i * 977).toString(16).toUpperCase()}_kTqA [info] GET /${['orders', 'fleet', 'live/incidents'][i % 3]}`
          : `08:${p2(6 + Math.floor(i / 3))}:${p2((i * 17 + 1) % 60)}.${ms(i * 37)} request_id=F${(0x1a2b3c + (i - 1) * 977).toString(16).toUpperCase()}_kTqA [info] Sent 200 in ${8 + ((i * 7) % 30)}ms`,
      ),
      '08:11:58.402 [info] CONNECTED TO Phoenix.LiveView.Socket in 21µs',
      '  Transport: :websocket',
      '  Serializer: Phoenix.Socket.V2.JSONSerializer',
      '  Parameters: %{"_csrf_token" => "HwUXMx0aPDoPKQ8lDAMwBQ4hWh0", "_live_referer" => "undefined", "vsn" => "2.0.0"}',
      '08:13:02.551 [error] Postgrex.Protocol (#PID<0.2712.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv: closed',
      '08:13:02.553 [error] Postgrex.Protocol (#PID<0.2719.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv: closed',
      times(
        12,
        (i) =>
          `08:${p2(13 + Math.floor(i / 2))}:${p2((i * 23 + 4) % 60)}.${ms(i * 113)} [error] Postgrex.Protocol (#PID<0.${2712 + i}.0>) failed to connect: ** (Postgrex.Error) FATAL 57P03 (cannot_connect_now) the database system is in recovery mode`,
      ),
      '08:19:40.118 [error] GenServer #PID<0.8812.0> terminating',
      '** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:',
      '',
      '  1. Ensuring your database is available and that you can connect to it',
      '  2. Tracking down slow queries and making sure they are running fast enough',
      '  3. Increasing the pool_size (although this increases resource consumption)',
      '  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval',
      '',
      'See DBConnection.start_link/2 for more information',
      '',
      '    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1',
      '    (dashboard 2.3.1) lib/dashboard_web/live/incidents_live.ex:22: DashboardWeb.IncidentsLive.mount/3',
      'Last message: {:DOWN, #Reference<0.1391045818.2219311105.44891>, :process, #PID<0.8810.0>, :shutdown}',
      times(
        6,
        (i) =>
          `08:${p2(21 + i)}:${p2((i * 19) % 60)}.${ms(i * 7)} [error] Postgrex.Protocol (#PID<0.${2800 + i}.0>) failed to connect: ** (Postgrex.Error) FATAL 57P03 (cannot_connect_now) the database system is in recovery mode`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtyeighth-chatwoot-api-errors-after-release',
    family: 'credentials',
    source: 'https://github.com/chatwoot/chatwoot/issues/2590 + https://github.com/EBWiki/EBWiki/issues/3179',
    signal: 'Alert',
    containers: [
      {
        name: 'chatwoot-web',
        running: { startedAt: '2026-02-11T07:53:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          POSTGRES_HOST: 'chatwoot-prod.cluster-c7x2kq9vuz1e.eu-west-1.rds.amazonaws.com',
          POSTGRES_USERNAME: 'chatwoot',
          POSTGRES_DATABASE: 'chatwoot_production',
          RAILS_MAX_THREADS: '5',
        },
      },
    ],
    rollout: { minutesAgo: 38, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'Chatwoot5xxRate: 5xx ratio 0.41 over 10m since 08:12 (3/3 web pods)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'I, [2026-02-11T07:53:19.004118 #1]  INFO -- : Raven 3.1.2 configured not to capture errors: No host specified, no public_key specified, no project_id specified',
      '=> Booting Puma',
      '=> Rails 7.0.8.4 application starting in production ',
      '=> Run `bin/rails server --help` for more startup options',
      'Puma starting in single mode...',
      '* Puma version: 6.4.3 (ruby 3.3.3-p89) ("The Eagle of Durango")',
      '*  Min threads: 5',
      '*  Max threads: 5',
      '*  Environment: production',
      '*          PID: 1',
      '* Listening on http://0.0.0.0:3000',
      'Use Ctrl-C to stop',
      times(
        18,
        (i) =>
          `I, [2026-02-11T${hms(at(7, 54) + i * 61)}.${ms(i * 211)}${ms(i * 7)} #1]  INFO -- : [${(0x5e1f0a + i * 4099).toString(16)}-${ms(i * 31)}] ${i % 2 === 0 ? `Started GET "/api/v1/accounts/1/conversations?status=open&page=${1 + (i % 3)}" for 10.42.${1 + (i % 3)}.${30 + i} at 2026-02-11 ${hms(at(7, 54) + i * 61)} +0000` : `Completed 200 OK in ${31 + ((i * 13) % 70)}ms (Views: 0.4ms | ActiveRecord: ${9 + (i % 11)}.${i % 10}ms | Allocations: ${18211 + i * 77})`}`,
      ),
      times(14, (i) =>
        i % 3 === 1
          ? `I, [2026-02-11T${hms(at(8, 12, 40) + i * 53)}.${ms(i * 37)}${ms(i)} #1]  INFO -- : [${(0x6a0c11 + i * 8191).toString(16)}-${ms(i * 3)}] Completed 200 OK in ${28 + i}ms (Views: 0.3ms | ActiveRecord: ${7 + (i % 5)}.2ms | Allocations: ${17120 + i * 51})`
          : `E, [2026-02-11T${hms(at(8, 12, 40) + i * 53)}.${ms(i * 37)}${ms(i)} #1] ERROR -- : [${(0x6a0c11 + i * 8191).toString(16)}-${ms(i * 3)}] ActiveRecord::ConnectionNotEstablished (connection to server at "10.0.12.41", port 5432 failed: FATAL:  password authentication failed for user "chatwoot"\n):`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtyeighth-synapse-500s-after-upgrade',
    family: 'migration-ran',
    source:
      'https://github.com/matrix-org/synapse/issues/10594 + https://github.com/matrix-org/synapse/issues/13193 + https://github.com/element-hq/synapse/issues/17257',
    signal: 'Alert',
    containers: [
      {
        name: 'synapse',
        running: { startedAt: '2026-02-11T08:06:31Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          SYNAPSE_CONFIG_PATH: '/data/homeserver.yaml',
          SYNAPSE_CACHE_FACTOR: '2.0',
        },
        mounts: [
          { volume: 'config', path: '/data' },
          { volume: 'media', path: '/media' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'synapse-config' },
      { name: 'media', persistentVolumeClaim: 'synapse-media' },
    ],
    rollout: { minutesAgo: 24, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'SynapseHigh5xx: matrix.example.org /_matrix/client 5xx ratio 0.88 since 08:15',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        type: 'Warning',
        count: 27,
      },
    ],
    currentLog: log(
      '2026-02-11 08:06:33,118 - root - 346 - WARNING - main - ***** STARTING SERVER *****',
      '2026-02-11 08:06:33,118 - root - 347 - WARNING - main - Server /usr/local/lib/python3.12/site-packages/synapse/app/homeserver.py version 1.123.0',
      '2026-02-11 08:06:33,119 - root - 352 - INFO - main - Server hostname: matrix.example.org',
      '2026-02-11 08:06:33,119 - root - 353 - INFO - main - Public Base URL: https://matrix.example.org/',
      '2026-02-11 08:06:33,119 - root - 354 - INFO - main - Instance name: master',
      '2026-02-11 08:06:33,120 - synapse.app.homeserver - 379 - INFO - main - Setting up server',
      "2026-02-11 08:06:33,121 - synapse.storage.databases - 66 - INFO - main - [database config 'master']: Checking database server",
      "2026-02-11 08:06:33,130 - synapse.storage.databases - 72 - INFO - main - [database config 'master']: Preparing for databases ['main', 'state']",
      "2026-02-11 08:06:33,131 - synapse.storage.prepare_database - 123 - INFO - main - ['main', 'state']: Checking existing schema version",
      "2026-02-11 08:06:33,137 - synapse.storage.prepare_database - 131 - INFO - main - ['main', 'state']: Existing schema is 87 (+4 deltas)",
      '2026-02-11 08:06:33,139 - synapse.storage.databases.main - 391 - INFO - main - Checking database for consistency with configuration...',
      '2026-02-11 08:06:33,142 - synapse.storage.prepare_database - 433 - INFO - main - Applying schema deltas for v88',
      '2026-02-11 08:06:33,144 - synapse.storage.prepare_database - 541 - INFO - main - Applying schema 88/01_add_delayed_events.sql',
      '2026-02-11 08:06:33,151 - synapse.storage.prepare_database - 541 - INFO - main - Applying schema 88/02_fix_sliding_sync_membership_snapshots_forgotten_column.sql',
      '2026-02-11 08:06:34,006 - synapse.storage.prepare_database - 524 - INFO - main - Running 88/03_add_otk_ts_added_index.sql.postgres',
      '2026-02-11 08:09:51,412 - synapse.storage.prepare_database - 541 - INFO - main - Applying schema 88/04_current_state_delta_index.sql',
      '2026-02-11 08:11:02,877 - synapse.storage.background_updates - 446 - INFO - background_updates - Starting background schema updates for database main',
      '2026-02-11 08:11:03,004 - synapse.app._base - 207 - INFO - main - Synapse now listening on TCP port 8008',
      '2026-02-11 08:11:03,006 - synapse.app.homeserver - 391 - INFO - main - Synapse now listening on TCP port 8008',
      times(
        10,
        (i) =>
          `2026-02-11 08:${p2(11 + Math.floor(i / 3))}:${p2((i * 19) % 60)},${ms(i * 67)} - synapse.access.http.8008 - 473 - INFO - GET-${1200 + i} - 10.42.${1 + (i % 3)}.${20 + i} - 8008 - {@${['anna', 'bram', 'chen', 'dina'][i % 4]}:matrix.example.org} Processed request: 0.${p2(10 + i)}1sec/0.000sec (0.003sec, 0.001sec) (0.002sec/0.0${i}5sec/${3 + (i % 4)}) 2104B 200 "GET /_matrix/client/v3/sync?timeout=30000&since=s${88120 + i} HTTP/1.1" "Element/1.11.${80 + (i % 5)}" [0 dbevts]`,
      ),
      times(
        16,
        (i) =>
          `2026-02-11 08:${p2(15 + Math.floor(i / 2))}:${p2((i * 29) % 60)},${ms(i * 41)} - synapse.storage.txn - 561 - WARNING - ${i % 2 === 0 ? `PUT-${10865 + i}` : `background_updates`} - [TXN OPERROR] {${i % 2 === 0 ? `persist_events-${(0xc513 + i).toString(16)}` : `background_updates-${(0x71a2 + i).toString(16)}`}} could not extend file "base/27495/28487": No space left on device\nHINT:  Check free disk space.\n ${i % 5}/5`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ──────────────────────────────── memory raises that are right (3) ────────────────────────────────
  {
    id: 'thirtyeighth-immich-machine-learning-oomkilled',
    family: 'oom-steady',
    source:
      'https://github.com/adampetrovic/home-ops/pull/2464 + https://github.com/immich-app/immich-charts/issues/37',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('machine-learning', 3),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '4',
        env: {
          MACHINE_LEARNING_WORKERS: '1',
          MACHINE_LEARNING_REQUEST_THREADS: '4',
          MACHINE_LEARNING_MODEL_TTL: '0',
          MACHINE_LEARNING_PRELOAD__CLIP__VISUAL: 'ViT-B-32__openai',
          MACHINE_LEARNING_PRELOAD__FACIAL_RECOGNITION: 'buffalo_l',
          MACHINE_LEARNING_PRELOAD__OCR: 'PP-OCRv5_mobile',
          MACHINE_LEARNING_CACHE_FOLDER: '/cache',
        },
        mounts: [{ volume: 'model-cache', path: '/cache' }],
      },
    ],
    volumes: [{ name: 'model-cache', persistentVolumeClaim: 'immich-ml-cache' }],
    events: [
      { reason: 'Started', message: 'Started container machine-learning', type: 'Normal', count: 4 },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container machine-learning in pod immich-machine-learning-5b8f7d9c4-m7d2r',
        type: 'Warning',
        count: 6,
      },
    ],
    previousLog: log(
      '[02/11/26 08:17:02] INFO     Starting gunicorn 23.0.0',
      '[02/11/26 08:17:02] INFO     Listening at: http://[::]:3003 (9)',
      '[02/11/26 08:17:02] INFO     Using worker: immich_ml.config.CustomUvicornWorker',
      '[02/11/26 08:17:02] INFO     Booting worker with pid: 13',
      '[02/11/26 08:17:06] INFO     Started server process [13]',
      '[02/11/26 08:17:06] INFO     Waiting for application startup.',
      '[02/11/26 08:17:06] INFO     Created in-memory cache with unloading disabled.',
      '[02/11/26 08:17:06] INFO     Initialized request thread pool with 4 threads.',
      "[02/11/26 08:17:06] INFO     Preloading models: clip_fallback=None clip=PreloadModelData(textual=None, visual='ViT-B-32__openai') facial_recognition=PreloadModelData(detection='buffalo_l', recognition='buffalo_l') ocr=PreloadModelData(detection='PP-OCRv5_mobile', recognition='PP-OCRv5_mobile')",
      "[02/11/26 08:17:06] INFO     Loading visual model 'ViT-B-32__openai' to memory",
      "[02/11/26 08:17:06] INFO     Setting execution providers to ['CPUExecutionProvider'], in descending order of preference",
      "[02/11/26 08:17:09] INFO     Loading detection model 'buffalo_l' to memory",
      "[02/11/26 08:17:10] INFO     Loading recognition model 'buffalo_l' to memory",
      "[02/11/26 08:17:12] INFO     Loading detection model 'PP-OCRv5_mobile' to memory",
      "[02/11/26 08:17:13] INFO     Loading recognition model 'PP-OCRv5_mobile' to memory",
      '[02/11/26 08:17:14] INFO     Application startup complete.',
      times(
        30,
        (i) =>
          `[02/11/26 08:${p2(17 + Math.floor(i / 6))}:${p2(20 + ((i * 7) % 40))}] INFO     "POST /predict HTTP/1.1" 200 OK`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyeighth-conduktor-console-restarting',
    family: 'heap-percentage',
    source:
      'https://docs.conduktor.io/platform/get-started/configuration/memory-configuration/ + https://redhat-scholars.github.io/java-migration/java-migration-tutorial/99-gc.html',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('console', 137, 4),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          CDK_DATABASE_URL: 'postgresql://conduktor:****@conduktor-postgresql:5432/conduktor',
          CDK_MONITORING_CORTEX_URL: 'http://conduktor-monitoring:9009/',
          JAVA_OPTS: '-XX:+UseContainerSupport -XX:MaxRAMPercentage=80',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.4.77:8080/api/health/live": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 15,
      },
      {
        reason: 'Killing',
        message: 'Container console failed liveness probe, will be restarted',
        type: 'Normal',
        count: 5,
      },
      {
        reason: 'AlertFiring',
        message:
          'ConsoleHeapNearMax: jvm heap used 2.39G of 2.40G max for 40m before each restart; clusters monitored 41 (was 12 until the platform onboarding on 02-09)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(
        24,
        (i) =>
          `2026-02-11T08:${p2(6 + Math.floor(i / 3))}:${p2((i * 17) % 60)}.${ms(i * 59)}Z INFO  [indexer-${1 + (i % 6)}] io.conduktor.console.indexer.TopicIndexer - indexed ${1400 + i * 37} topics and ${(9 + i * 0.4).toFixed(1)}k consumer groups for cluster prod-${['eu', 'us', 'ap'][i % 3]}-kafka-${p2(1 + (i % 14))} in ${(3.1 + (i % 5) * 0.6).toFixed(1)}s`,
      ),
      times(
        6,
        (i) =>
          `[${(2410.2 + i * 31.7).toFixed(3)}s][info][gc] GC(${1288 + i}) Pause Full (G1 Compaction Pause) ${2401 + i}M->${2388 + i}M(2457M) ${(1801.4 + i * 97).toFixed(3)}ms`,
      ),
      'Exception in thread "indexer-4" java.lang.OutOfMemoryError: Java heap space',
      '2026-02-11T08:14:52.004Z ERROR [indexer-2] io.conduktor.console.indexer.TopicIndexer - indexing failed for cluster prod-ap-kafka-11',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)',
      '\tat java.base/java.util.ArrayList.grow(ArrayList.java:244)',
      '\tat java.base/java.util.ArrayList.add(ArrayList.java:483)',
      '\tat org.apache.kafka.clients.admin.KafkaAdminClient$23.handleResponse(KafkaAdminClient.java:2461)',
      '\tat org.apache.kafka.clients.admin.KafkaAdminClient$AdminClientRunnable.handleResponses(KafkaAdminClient.java:1360)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      'Exception in thread "kafka-admin-client-thread | console-prod-us-kafka-03" java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyeighth-dawarich-sidekiq-oomkilled',
    family: 'oom-steady',
    source:
      'https://github.com/zebernst/homelab/pull/1142 + https://github.com/zooniverse/panoptes/pull/3863',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'sidekiq',
        running: { startedAt: '2026-02-11T08:02:31Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 2,
        memoryLimit: '1Gi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          BACKGROUND_PROCESSING_CONCURRENCY: '10',
          REDIS_URL: 'redis://dawarich-redis:6379',
          DATABASE_HOST: 'dawarich-postgis',
        },
        args: ['sidekiq'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerMemoryHigh: dawarich/sidekiq working set 93-99% of 1Gi, flat for 9h between restarts (30-day peak 872Mi before the 14M-point import on 02-10)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(
        40,
        (i) =>
          `2026-02-11T07:${p2(20 + Math.floor(i / 1))}:${p2((i * 23) % 60)}.${ms(i * 97)}Z pid=1 tid=${['2ly6', '2m0a', '2m1e', '2lxq', '2m3c'][i % 5]} class=${['ReverseGeocodingJob', 'Stats::CalculatingJob', 'AreaVisitsCalculatingJob', 'Points::CreateJob'][i % 4]} jid=${(0x7a11c0de + i * 104729).toString(16)} ${i % 2 === 0 ? 'INFO: start' : `elapsed=${(0.4 + (i % 7) * 0.9).toFixed(3)} INFO: done`}`,
      ),
    ),
    currentLog: log(
      '2026-02-11T08:02:33.902Z pid=1 tid=2k9u INFO: Booted Rails 8.0.1 application in production environment',
      '2026-02-11T08:02:33.903Z pid=1 tid=2k9u INFO: Running in ruby 3.4.1 (2024-12-25 revision 48d4efcb85) +YJIT +PRISM [x86_64-linux]',
      '2026-02-11T08:02:33.903Z pid=1 tid=2k9u INFO: See LICENSE and the LGPL-3.0 for licensing details.',
      '2026-02-11T08:02:33.903Z pid=1 tid=2k9u INFO: Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org',
      '2026-02-11T08:02:33.905Z pid=1 tid=2k9u INFO: Sidekiq 7.3.7 connecting to Redis with options {:size=>12, :pool_name=>"internal", :url=>"redis://dawarich-redis:6379"}',
      '2026-02-11T08:02:33.911Z pid=1 tid=2k9u INFO: Starting processing, hit Ctrl-C to stop',
      times(
        30,
        (i) =>
          `2026-02-11T08:${p2(3 + Math.floor(i * 0.8))}:${p2((i * 31) % 60)}.${ms(i * 41)}Z pid=1 tid=${['2ly6', '2m0a', '2m1e', '2lxq', '2m3c'][i % 5]} class=${['ReverseGeocodingJob', 'Stats::CalculatingJob', 'AreaVisitsCalculatingJob', 'Points::CreateJob'][i % 4]} jid=${(0x7b22d0ef + i * 104729).toString(16)} ${i % 2 === 0 ? 'INFO: start' : `elapsed=${(0.5 + (i % 6) * 0.8).toFixed(3)} INFO: done`}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ──────────────────────────────── restarts that are right (3) ────────────────────────────────
  {
    id: 'thirtyeighth-nestjs-orders-consumer-stalled',
    family: 'client-wedged',
    source:
      'https://github.com/nestjs/nest/issues/6684 + https://github.com/nestjs/nest/issues/10581 + https://github.com/nats-io/nats.node/issues/370',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-service',
        running: { startedAt: '2026-02-09T14:31:07Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          NODE_ENV: 'production',
          NATS_URL: 'nats://nats.messaging.svc:4222',
          DATABASE_URL: 'postgres://orders:****@orders-pg:5432/orders',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OrdersConsumerStalled: orders-service handled 0 messages on orders.created for 2h10m (1/1 pods); nats-0..2 Ready since 06:14, other subscribers consuming',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `[Nest] 1  - 02/11/2026, ${nestClock(at(6, i, (i * 37) % 60))}     LOG [OrdersController] order ${118200 + i} created -> reserving stock`,
      ),
      '[Nest] 1  - 02/11/2026, 6:12:44 AM   ERROR [Server] NatsError: Could not connect to server: Error: connect ECONNREFUSED 172.20.60.11:4222',
      '[Nest] 1  - 02/11/2026, 6:12:46 AM   ERROR [Server] NatsError: Connection closed',
      '[Nest] 1  - 02/11/2026, 6:12:46 AM   ERROR [ClientProxy] NatsError: Connection closed',
      times(
        26,
        (i) =>
          `[Nest] 1  - 02/11/2026, ${nestClock(at(6, 20) + i * 300)}     LOG [HealthController] GET /health 200 ${2 + (i % 4)}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyeighth-jigasi-transcription-unavailable',
    family: 'client-wedged',
    source:
      'https://github.com/jitsi/jigasi/issues/331 + https://github.com/jitsi/docker-jitsi-meet/issues/117',
    signal: 'Alert',
    containers: [
      {
        name: 'jigasi',
        running: { startedAt: '2026-02-07T11:03:55Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          XMPP_SERVER: 'prosody.jitsi.svc.cluster.local',
          XMPP_DOMAIN: 'meet.example.org',
          JIGASI_BREWERY_MUC: 'jigasibrewery',
          JIGASI_ENABLE_TRANSCRIPTION: 'true',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'JigasiNotInBrewery: no jigasi instance joined jigasibrewery for 2h21m; prosody 1/1 Ready since 06:04 (restarted 06:02), jicofo and jvb reconnected',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'Jigasi 2026-02-11 06:02:31.118 SEVERE: [41] net.java.sip.communicator.impl.protocol.jabber.ProtocolProviderServiceJabberImpl.connectionClosedOnError().2071 XMPP Connection closed on error: system-shutdown',
      'Jigasi 2026-02-11 06:02:31.122 INFO: [28] plugin.reconnectplugin.PPReconnectWrapper.scheduleReconnectIfNeeded().425 Reconnect ProtocolProviderServiceJabberImpl(Jabber:jigasi@auth.meet.example.org) after 2000 ms.',
      times(28, (i) =>
        [
          `Jigasi 2026-02-11 ${hms(at(6, 2, 33) + i * 300)}.${ms(i * 71)} INFO: [28] plugin.reconnectplugin.PPReconnectWrapper.run().452 Start reconnecting ProtocolProviderServiceJabberImpl(Jabber:jigasi@auth.meet.example.org)`,
          `Jigasi 2026-02-11 ${hms(at(6, 2, 33) + i * 300)}.${ms(i * 71 + 4)} SEVERE: [28] impl.protocol.jabber.ProtocolProviderServiceJabberImpl.initializeConnectAndLogin().779 No server addresses found`,
          `Jigasi 2026-02-11 ${hms(at(6, 2, 33) + i * 300)}.${ms(i * 71 + 6)} INFO: [28] plugin.reconnectplugin.PPReconnectWrapper.cancelReconnect().271 Cancel reconnect ProtocolProviderServiceJabberImpl(Jabber:jigasi@auth.meet.example.org)`,
          `Jigasi 2026-02-11 ${hms(at(6, 2, 33) + i * 300)}.${ms(i * 71 + 9)} INFO: [28] plugin.reconnectplugin.PPReconnectWrapper.scheduleReconnectIfNeeded().425 Reconnect ProtocolProviderServiceJabberImpl(Jabber:jigasi@auth.meet.example.org) after 300000 ms.`,
        ].join('\n'),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyeighth-aiohttp-rates-not-ready',
    family: 'fd-leak',
    source: 'https://github.com/Kludex/uvicorn/issues/1030 + https://github.com/aio-libs/aiohttp/issues/764',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'rates',
        running: { startedAt: '2026-01-23T09:12:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          RATES_UPSTREAM: 'https://rates.example.net/v3',
          PYTHONASYNCIODEBUG: '0',
        },
        args: ['python', '-m', 'rates.server', '--port', '8080'],
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.2.31:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 44,
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `10.42.${1 + (i % 3)}.${50 + i} [11/Feb/2026:08:${p2(2 + Math.floor(i / 2))}:${p2((i * 29) % 60)} +0000] "GET /v1/quote?from=EUR&to=${['USD', 'GBP', 'CHF', 'JPY'][i % 4]} HTTP/1.1" 200 ${211 + (i % 9)} "-" "python-requests/2.32.3"`,
      ),
      times(4, (i) =>
        [
          `2026-02-11 08:${p2(12 + i)}:${p2((i * 19) % 60)},${ms(i * 67)} ERROR rates.upstream: refresh failed`,
          'Traceback (most recent call last):',
          '  File "/app/rates/upstream.py", line 41, in refresh',
          '    async with self.session.get(url, timeout=self.timeout) as resp:',
          '  File "/usr/local/lib/python3.12/site-packages/aiohttp/client.py", line 1359, in __aenter__',
          '    self._resp: _RetType = await self._coro',
          '  File "/usr/local/lib/python3.12/site-packages/aiohttp/client.py", line 663, in _request',
          '    conn = await self._connector.connect(',
          'aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host rates.example.net:443 ssl:default [Too many open files]',
        ].join('\n'),
      ),
      times(6, (i) =>
        [
          `2026-02-11 08:${p2(16 + i * 2)}:${p2((i * 41) % 60)},${ms(i * 13)} ERROR asyncio: socket.accept() out of system resource`,
          "socket: <asyncio.TransportSocket fd=6, family=2, type=1, proto=6, laddr=('0.0.0.0', 8080)>",
          'Traceback (most recent call last):',
          '  File "/usr/local/lib/python3.12/asyncio/selector_events.py", line 178, in _accept_connection',
          '    conn, addr = sock.accept()',
          '                 ^^^^^^^^^^^^^',
          '  File "/usr/local/lib/python3.12/socket.py", line 295, in accept',
          '    fd, addr = self._accept()',
          '               ^^^^^^^^^^^^^^',
          'OSError: [Errno 24] Too many open files',
        ].join('\n'),
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart'],
  },

  // ──────────────────────────────── scale-ups that are right (3) ────────────────────────────────
  {
    id: 'thirtyeighth-javalin-pricing-latency',
    family: 'real-load',
    source:
      'https://github.com/javalin/javalin/issues/272 + https://github.com/jetty/jetty.project/issues/2008',
    signal: 'Alert',
    containers: [
      {
        name: 'pricing-api',
        running: { startedAt: '2026-02-10T16:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          JETTY_MAX_THREADS: '250',
          PRICING_DB_URL: 'jdbc:postgresql://pricing-pg.pricing.svc:5432/pricing',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PricingApiLatencyHigh: p99 2.9s (SLO 300ms) on 4/4 pods; 4.1k rps vs 2.0k same hour last week (campaign launch 07:55); CPU 97% of limit on every pod; db p99 4ms, error ratio 0.001',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[main] INFO io.javalin.Javalin - Starting Javalin ...',
      '[main] INFO org.eclipse.jetty.server.Server - jetty-11.0.24; built: 2024-08-26T18:11:22.448Z; git: 5dfc59a691b748796f922208956bd1f2794bcd16; jvm 21.0.5+11-LTS',
      '[main] INFO org.eclipse.jetty.server.AbstractConnector - Started ServerConnector@4e41089d{HTTP/1.1, (http/1.1, h2c)}{0.0.0.0:7070}',
      '[main] INFO org.eclipse.jetty.server.Server - Started Server@5c0369c4{STARTING}[11.0.24,sto=0] @1182ms',
      '[main] INFO io.javalin.Javalin - Listening on http://localhost:7070/',
      '[main] INFO io.javalin.Javalin - You are running Javalin 6.3.0 (released September 1, 2024).',
      '[main] INFO io.javalin.Javalin - Javalin started in 412ms \\o/',
      times(
        48,
        (i) =>
          `[JettyServerThreadPool-${120 + ((i * 7) % 130)}] INFO c.e.pricing.RequestLog - ${i % 5 === 4 ? 'POST /v2/price/batch' : `GET /v2/price?sku=${['SKU-4411', 'SKU-1093', 'SKU-7782', 'SKU-2210'][i % 4]}&market=${['de', 'fr', 'nl'][i % 3]}`} 200 ${i < 12 ? 40 + ((i * 13) % 60) : 900 + ((i * 97) % 2100)}ms`,
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtyeighth-mastodon-sidekiq-queue-latency',
    family: 'real-load',
    source: 'https://github.com/magicstone-dev/ecko/issues/484 + https://sidekiq.org/wiki/Scaling',
    signal: 'Alert',
    containers: [
      {
        name: 'sidekiq',
        running: { startedAt: '2026-02-10T03:12:50Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          DB_POOL: '25',
          REDIS_HOST: 'mastodon-redis-master',
          MALLOC_ARENA_MAX: '2',
        },
        args: [
          'bundle',
          'exec',
          'sidekiq',
          '-c',
          '25',
          '-q',
          'ingress',
          '-q',
          'push',
          '-q',
          'pull',
          '-q',
          'default',
        ],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SidekiqQueueLatencyHigh: ingress 1840s, push 620s; busy 25/25 threads on 3/3 processes; jobs 2.6x usual since a post went viral at 06:40; redis 38% mem, db CPU 41%, failures 0.2%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        60,
        (i) =>
          `2026-02-11T08:${p2(20 + Math.floor(i / 8))}:${p2((i * 7) % 60)}.${ms(i * 31)}Z pid=7 tid=${['2ly6', '2m0a', '2m1e', '2lxq', '2m3c', '2m4u', '2m5y'][i % 7]} class=${['ActivityPub::ProcessingWorker', 'ActivityPub::DeliveryWorker', 'LinkCrawlWorker', 'PushUpdateWorker', 'ActivityPub::FetchRepliesWorker'][i % 5]} jid=${(0x4be1a7c2 + i * 7919).toString(16)} ${i % 2 === 0 ? 'INFO: start' : `elapsed=${(0.2 + (i % 9) * 0.31).toFixed(3)} INFO: done`}`,
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtyeighth-remix-shop-latency',
    family: 'real-load',
    source: 'https://github.com/remix-run/remix/issues/4351 + https://github.com/remix-run/remix/pull/1328',
    signal: 'Alert',
    containers: [
      {
        name: 'web',
        running: { startedAt: '2026-02-10T21:05:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          PORT: '3000',
          API_BASE_URL: 'http://catalog-api.shop.svc:8080',
        },
        args: ['npx', 'remix-serve', './build/server/index.js'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ShopTTFBHigh: p95 TTFB 3.4s on 3/3 web pods, event-loop lag p99 1.9s, CPU 99% of limit; 1.9k rps vs 620 rps usual (newsletter sent 08:00); catalog-api p99 38ms',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[remix-serve] http://localhost:3000 (http://10.42.3.17:3000)',
      times(
        60,
        (i) =>
          `${i % 6 === 5 ? 'POST' : 'GET'} ${i % 6 === 5 ? '/cart?index' : ['/', '/products/oak-desk', '/collections/winter-sale', '/products/linen-chair', '/search?q=lamp'][i % 5]} ${i % 6 === 5 ? 302 : 200} ${i % 6 === 5 ? '-' : 18000 + ((i * 977) % 9000)} - ${(i < 10 ? 60 + ((i * 31) % 90) : 1400 + ((i * 337) % 2600)).toFixed(3)} ms`,
      ),
    ),
    accept: ['scale-up'],
  },

  // ──────────────────────────────── cache flushes that are right (2) ────────────────────────────────
  {
    id: 'thirtyeighth-moleculer-catalog-crashloop',
    family: 'cache-full',
    source:
      'https://github.com/moleculerjs/moleculer/blob/master/src/cachers/redis.js + https://github.com/redis/node-redis/issues/641',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('catalog', 1, 9),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          NODE_ENV: 'production',
          NAMESPACE: 'shop',
          TRANSPORTER: 'nats://nats.messaging.svc:4222',
          CACHER: 'redis://catalog-cache.shop.svc:6379',
          DATABASE_URL: 'postgres://catalog:****@catalog-pg:5432/catalog',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container catalog in pod catalog-7f9c6b8d4-2lq9x',
        type: 'Warning',
        count: 31,
      },
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: catalog-cache used_memory 100% of maxmemory 1gb (maxmemory-policy noeviction, set by the chart default); 2.4M keys, all MOL-* with TTL 3600',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '[2026-02-11T08:26:10.412Z] INFO  catalog-7f9c6b8d4-2lq9x-1/BROKER: Moleculer v0.14.33 is starting...',
      '[2026-02-11T08:26:10.414Z] INFO  catalog-7f9c6b8d4-2lq9x-1/BROKER: Namespace: shop',
      '[2026-02-11T08:26:10.414Z] INFO  catalog-7f9c6b8d4-2lq9x-1/BROKER: Node ID: catalog-7f9c6b8d4-2lq9x-1',
      '[2026-02-11T08:26:10.416Z] INFO  catalog-7f9c6b8d4-2lq9x-1/REGISTRY: Strategy: RoundRobinStrategy',
      '[2026-02-11T08:26:10.416Z] INFO  catalog-7f9c6b8d4-2lq9x-1/REGISTRY: Discoverer: LocalDiscoverer',
      '[2026-02-11T08:26:10.418Z] INFO  catalog-7f9c6b8d4-2lq9x-1/BROKER: Serializer: JSONSerializer',
      '[2026-02-11T08:26:10.419Z] INFO  catalog-7f9c6b8d4-2lq9x-1/BROKER: Validator: FastestValidator',
      '[2026-02-11T08:26:10.422Z] INFO  catalog-7f9c6b8d4-2lq9x-1/BROKER: Registered 14 middleware(s).',
      '[2026-02-11T08:26:10.423Z] INFO  catalog-7f9c6b8d4-2lq9x-1/BROKER: Transporter: NatsTransporter',
      '[2026-02-11T08:26:10.431Z] INFO  catalog-7f9c6b8d4-2lq9x-1/TRANSIT: Connecting to the transporter...',
      '[2026-02-11T08:26:10.452Z] INFO  catalog-7f9c6b8d4-2lq9x-1/TRANSPORTER: NATS client v2 is connected.',
      '[2026-02-11T08:26:10.466Z] INFO  catalog-7f9c6b8d4-2lq9x-1/CACHER: Redis cacher connected.',
      "[2026-02-11T08:26:10.702Z] INFO  catalog-7f9c6b8d4-2lq9x-1/CATALOG: Service 'catalog' started.",
      '[2026-02-11T08:26:10.704Z] INFO  catalog-7f9c6b8d4-2lq9x-1/BROKER: ✔ ServiceBroker with 2 service(s) started successfully in 291ms.',
      times(
        9,
        (i) =>
          `[2026-02-11T08:26:${p2(11 + i)}.${ms(i * 83)}Z] INFO  catalog-7f9c6b8d4-2lq9x-1/CATALOG: products.list page=${1 + i} category=${['desks', 'chairs', 'lamps'][i % 3]} served from cache`,
      ),
      'node:internal/process/promises:391',
      '    triggerUncaughtException(err, true /* fromPromise */);',
      '    ^',
      '',
      "ReplyError: OOM command not allowed when used memory > 'maxmemory'.",
      '    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)',
      '    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {',
      "  command: { name: 'setex', args: [ 'MOL-catalog.products.get:sku|SKU-88213', '3600', '[Object]' ] }",
      '}',
      '',
      'Node.js v20.18.1',
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'thirtyeighth-kolibri-crashloop',
    family: 'cache-full',
    source: 'https://github.com/learningequality/kolibri/pull/7300',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('kolibri', 1, 7),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          KOLIBRI_HOME: '/kolibrihome',
          KOLIBRI_CACHE_BACKEND: 'redis',
          KOLIBRI_CACHE_LOCATION: 'redis://kolibri-cache.learning.svc:6379/0',
          KOLIBRI_CACHE_REDIS_MAXMEMORY: '536870912',
          KOLIBRI_DATABASE_ENGINE: 'postgres',
        },
        mounts: [{ volume: 'home', path: '/kolibrihome' }],
      },
    ],
    volumes: [{ name: 'home', persistentVolumeClaim: 'kolibri-home' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container kolibri in pod kolibri-5d7c8b9f6-hw4kz',
        type: 'Warning',
        count: 18,
      },
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: kolibri-cache used_memory 512.00M of maxmemory 512mb (policy noeviction); keys :1:* (Django cache) 384k',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      'INFO     2026-02-11 08:25:41,118 Running Kolibri with the following settings: kolibri.deployment.default.settings.base',
      'INFO     2026-02-11 08:25:41,402 Version: 0.17.3',
      'INFO     2026-02-11 08:25:41,403 Running Kolibri with the following settings: kolibri.deployment.default.settings.base',
      "INFO     2026-02-11 08:25:44,210 Running 'kolibri start' as daemon (system service)",
      'INFO     2026-02-11 08:25:44,211 Going to background mode, logging to /kolibrihome/logs/kolibri.txt',
      'INFO     2026-02-11 08:25:44,930 ENGINE Bus STARTING',
      "ERROR    2026-02-11 08:25:45,022 ENGINE Error in 'start' listener <bound method ServicesPlugin.start of <kolibri.utils.server.ServicesPlugin object at 0x7ff308573748>>",
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/kolibri/dist/cherrypy/process/wspbus.py", line 230, in publish',
      '    output.append(listener(*args, **kwargs))',
      '  File "/usr/lib/python3/dist-packages/kolibri/utils/server.py", line 111, in start',
      '    register_zeroconf_service(port=self.port)',
      '  File "/usr/lib/python3/dist-packages/kolibri/core/discovery/utils/network/search.py", line 188, in register_zeroconf_service',
      '    device_info = get_device_info()',
      '  File "/usr/lib/python3/dist-packages/kolibri/core/public/utils.py", line 14, in get_device_info',
      '    device_name = kolibri.core.device.models.DeviceSettings.objects.get().name',
      '  File "/usr/lib/python3/dist-packages/kolibri/core/device/models.py", line 121, in get',
      '    cache.set(DEVICE_SETTINGS_CACHE_KEY, device_settings, 600)',
      '  File "/usr/lib/python3/dist-packages/kolibri/dist/redis_cache/backends/base.py", line 296, in set',
      '    return self._set(client, key, self.prep_value(value), timeout, _add_only=False)',
      '  File "/usr/lib/python3/dist-packages/kolibri/dist/redis/client.py", line 1451, in set',
      "    return self.execute_command('SET', *pieces)",
      "redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.",
      '',
      'ERROR    2026-02-11 08:25:45,031 ENGINE Shutting down due to error in start listener:',
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/kolibri/dist/cherrypy/process/wspbus.py", line 268, in start',
      "    self.publish('start')",
      '  File "/usr/lib/python3/dist-packages/kolibri/dist/cherrypy/process/wspbus.py", line 248, in publish',
      '    raise exc',
      'cherrypy.process.wspbus.ChannelFailures: ResponseError("OOM command not allowed when used memory > \'maxmemory\'.",)',
      '',
      'INFO     2026-02-11 08:25:45,033 ENGINE Bus STOPPING',
      'INFO     2026-02-11 08:25:45,039 ENGINE Bus STOPPED',
      'INFO     2026-02-11 08:25:45,040 ENGINE Bus EXITING',
      'INFO     2026-02-11 08:25:45,041 ENGINE Bus EXITED',
    ),
    accept: ['flush-redis-cache'],
  },

  // ──────────────────────────────── node actions that are right (3) ────────────────────────────────
  {
    id: 'thirtyeighth-huginn-agents-not-running',
    family: 'node-pleg',
    source:
      'https://github.com/kubernetes/kubernetes/issues/61117 + https://github.com/aws-samples/eks-workshop-v2/issues/447',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'huginn',
        running: { startedAt: '2026-02-10T22:10:04Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          DATABASE_ADAPTER: 'postgresql',
          DATABASE_HOST: 'huginn-postgresql',
          HUGINN_SEED_USERNAME: 'admin',
          DOMAIN: 'huginn.example.org',
        },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 16m52.391482201s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'FailedKillPod',
        message:
          'error killing pod: failed to "KillContainer" for "huginn" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
        type: 'Warning',
        count: 3,
      },
    ],
    currentLog: log(
      times(30, (i) =>
        i % 3 === 2
          ? `I, [2026-02-11T08:${p2(Math.floor(i / 2))}:${p2((i * 19) % 60)}.${ms(i * 13)}${ms(i * 7)} #${20 + (i % 3)}]  INFO -- : [Worker(host:huginn-5b7d pid:${20 + (i % 3)})] Job Agent#check (id=${771200 + i}) (queue=default) COMPLETED after ${(0.3 + (i % 8) * 0.41).toFixed(4)}`
          : `I, [2026-02-11T08:${p2(Math.floor(i / 2))}:${p2((i * 19) % 60)}.${ms(i * 13)}${ms(i * 7)} #1]  INFO -- : [${(0x3f2a + i * 97).toString(16)}-${ms(i)}] ${i % 3 === 0 ? `Started GET "/agents/${40 + (i % 9)}/events" for 10.42.${1 + (i % 3)}.${60 + i}` : `Completed 200 OK in ${18 + ((i * 7) % 60)}ms (Views: ${6 + (i % 5)}.1ms | ActiveRecord: ${3 + (i % 4)}.4ms)`}`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'thirtyeighth-plausible-pods-unknown',
    family: 'node-silent',
    source:
      'https://github.com/kubernetes/kubernetes/issues/36273 + https://github.com/kubernetes/kubernetes/issues/77981',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'plausible',
        running: { startedAt: '2026-02-10T19:44:17Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          BASE_URL: 'https://stats.example.org',
          DATABASE_URL: 'postgres://plausible:****@plausible-pg:5432/plausible',
          CLICKHOUSE_DATABASE_URL: 'http://plausible-clickhouse:8123/plausible_events_db',
        },
      },
    ],
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
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod analytics/plausible-6d8b7c9f5-tq4wz',
        type: 'Normal',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        i % 2 === 0
          ? `08:${p2(Math.floor(i / 3))}:${p2((i * 23) % 60)}.${ms(i * 41)} request_id=F${(0x2c7d41 + i * 613).toString(16).toUpperCase()}tq [info] POST /api/event`
          : `08:${p2(Math.floor(i / 3))}:${p2((i * 23 + 1) % 60)}.${ms(i * 41)} request_id=F${(0x2c7d41 + (i - 1) * 613).toString(16).toUpperCase()}tq [info] Sent 202 in ${1 + (i % 4)}ms`,
      ),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'thirtyeighth-concourse-worker-evicted',
    family: 'node-disk-pressure',
    source:
      'https://github.com/concourse/hush-house/issues/8 + https://github.com/canonical/k8s-snap/issues/1456',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'concourse-worker',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '8Gi',
        cpuLimit: '4',
        env: {
          CONCOURSE_TSA_HOST: 'concourse-web-worker-gateway.ci.svc:2222',
          CONCOURSE_WORK_DIR: '/concourse-work-dir',
          CONCOURSE_RUNTIME: 'containerd',
        },
        mounts: [{ volume: 'work', path: '/concourse-work-dir' }],
      },
    ],
    volumes: [{ name: 'work', persistentVolumeClaim: 'concourse-work-concourse-worker-2' }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        {
          type: 'DiskPressure',
          status: 'True',
          reason: 'KubeletHasDiskPressure',
          message: 'kubelet has disk pressure',
        },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/disk-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: ephemeral-storage. Container concourse-worker was using 73712Ki, which exceeds its request of 0. ',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container concourse-worker', type: 'Normal' },
    ],
    previousLog: log(
      times(
        30,
        (i) =>
          `{"timestamp":"2026-02-11T08:${p2(Math.floor(i * 0.9))}:${p2((i * 31) % 60)}.${ms(i * 17)}123456Z","level":"info","source":"worker","message":"worker.beacon-runner.beacon.${['heartbeat.start', 'heartbeat.reached-worker-gateway', 'heartbeat.done'][i % 3]}","data":{"session":"4.1.${20 + i}"}}`,
      ),
      '{"timestamp":"2026-02-11T08:27:41.006512Z","level":"info","source":"worker","message":"worker.container-sweeper.tick.sweep-start","data":{"session":"7"}}',
      '{"timestamp":"2026-02-11T08:27:58.882140Z","level":"info","source":"worker","message":"worker.beacon-runner.beacon.signal.signalled","data":{"session":"4.1.52"}}',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },

  // ──────────────────────────────── rollbacks that are right (4) ────────────────────────────────
  {
    id: 'thirtyeighth-elysia-api-crashloop',
    family: 'bad-release',
    source:
      'https://github.com/elysiajs/documentation/issues/514 + https://github.com/elysiajs/elysia/issues/1220',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('api', 1, 6),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', PORT: '3000' },
        args: ['bun', 'run', 'src/index.ts'],
      },
    ],
    rollout: { minutesAgo: 14, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container api in pod loyalty-api-84b6f9c7d5-9xk2m',
        type: 'Warning',
        count: 16,
      },
    ],
    previousLog: log(
      '$ bun run src/index.ts',
      "SyntaxError: Export named 'createValidationError' not found in module '/app/node_modules/elysia/dist/bun/index.js'.",
      '',
      'Bun v1.2.9 (Linux x64 baseline)',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyeighth-sveltekit-web-crashloop',
    family: 'bad-release',
    source: 'https://github.com/sveltejs/kit/issues/6027 + https://github.com/sveltejs/kit/issues/5944',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('web', 1, 7),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', ORIGIN: 'https://www.example.org', PORT: '3000' },
        args: ['node', 'build'],
      },
    ],
    rollout: { minutesAgo: 21, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container web in pod marketing-web-6c5d8f7b9-r4tq8',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      'node:internal/modules/esm/resolve:854',
      '  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);',
      '        ^',
      '',
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'devalue' imported from /app/build/server/index.js",
      '    at packageResolve (node:internal/modules/esm/resolve:854:9)',
      '    at moduleResolve (node:internal/modules/esm/resolve:927:18)',
      '    at defaultResolve (node:internal/modules/esm/resolve:1157:11)',
      '    at ModuleLoader.defaultResolve (node:internal/modules/esm/loader:390:12)',
      '    at ModuleLoader.resolve (node:internal/modules/esm/loader:359:25)',
      '    at ModuleLoader.getModuleJob (node:internal/modules/esm/loader:234:38)',
      '    at ModuleWrap.<anonymous> (node:internal/modules/esm/module_job:85:39)',
      '    at link (node:internal/modules/esm/module_job:84:36) {',
      "  code: 'ERR_MODULE_NOT_FOUND'",
      '}',
      '',
      'Node.js v20.18.1',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyeighth-lagom-inventory-crashloop',
    family: 'bad-config-release',
    source: 'https://github.com/lagom/lagom/issues/100 + https://github.com/benchflow/benchflow/issues/74',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('inventory', 255, 6),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_OPTS: '-Dconfig.resource=prod-eu.conf -XX:MaxRAMPercentage=70',
          APPLICATION_SECRET: '****',
          CASSANDRA_CONTACT_POINT: 'cassandra.data.svc',
        },
      },
    ],
    rollout: {
      minutesAgo: 17,
      addedEnv: { JAVA_OPTS: '-Dconfig.resource=prod-eu.conf -XX:MaxRAMPercentage=70' },
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container inventory in pod inventory-impl-7d9f8c6b5-lz2wq',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      'Oops, cannot start the server.',
      'Configuration error: Configuration error[prod-eu.conf: java.io.IOException: resource not found on classpath: prod-eu.conf]',
      '\tat play.api.Configuration$.configError(Configuration.scala:154)',
      '\tat play.api.Configuration$.load(Configuration.scala:101)',
      '\tat play.api.Configuration$.load(Configuration.scala:109)',
      '\tat play.api.ApplicationLoader$.createContext(ApplicationLoader.scala:91)',
      '\tat play.core.server.ProdServerStart$.start(ProdServerStart.scala:56)',
      '\tat play.core.server.ProdServerStart$.main(ProdServerStart.scala:30)',
      '\tat play.core.server.ProdServerStart.main(ProdServerStart.scala)',
      'Caused by: com.typesafe.config.ConfigException$IO: prod-eu.conf: java.io.IOException: resource not found on classpath: prod-eu.conf',
      '\tat com.typesafe.config.impl.Parseable.parseValue(Parseable.java:190)',
      '\tat com.typesafe.config.impl.Parseable.parseValue(Parseable.java:174)',
      '\tat com.typesafe.config.impl.Parseable.parse(Parseable.java:152)',
      '\tat com.typesafe.config.ConfigFactory.parseResources(ConfigFactory.java:1006)',
      '\tat com.typesafe.config.DefaultConfigLoadingStrategy.parseApplicationConfig(DefaultConfigLoadingStrategy.java:44)',
      '\t... 7 more',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyeighth-hono-partner-api-crashloop',
    family: 'bad-release',
    source: 'https://github.com/rhinobase/hono-openapi/issues/182',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('partner-api', 1, 5),
        memoryLimit: '384Mi',
        memoryRequest: '192Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', PORT: '8787', UPSTREAM_URL: 'http://orders.shop.svc:8080' },
        args: ['node', 'dist/server.js'],
      },
    ],
    rollout: { minutesAgo: 11, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container partner-api in pod partner-api-5f8c7d6b9-qz4mn',
        type: 'Warning',
        count: 12,
      },
    ],
    previousLog: log(
      'file:///app/node_modules/hono-openapi/dist/index.js:2',
      "import { loadVendor as loadVendor$1, toJsonSchema } from '@standard-community/standard-json';",
      '         ^^^^^^^^^^',
      "SyntaxError: The requested module '@standard-community/standard-json' does not provide an export named 'loadVendor'",
      '    at ModuleJob._instantiate (node:internal/modules/esm/module_job:180:21)',
      '    at async ModuleJob.run (node:internal/modules/esm/module_job:263:5)',
      '    at async onImport.tracePromise.__proto__ (node:internal/modules/esm/loader:547:26)',
      '    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:116:5)',
      '',
      'Node.js v22.17.0',
    ),
    accept: ['rollback'],
  },
];
