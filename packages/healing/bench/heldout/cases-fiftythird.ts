import {
  crashLoop,
  type HeldOutCase,
  type HeldOutContainer,
  type HeldOutEvent,
  type HeldOutNode,
  log,
} from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A number as `width` digits. */
const pad = (n: number, width = 2): string => String(Math.floor(n)).padStart(width, '0');

/** Seconds since midnight of the case's day (2026-02-11). */
const at = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** `HH:MM:SS` of a second of the case's day. */
const hms = (t: number): string => `${pad(t / 3600)}:${pad((t / 60) % 60)}:${pad(t % 60)}`;

/** Three digits of milliseconds that vary from line to line. */
const ms = (i: number): string => pad((i * 137 + 41) % 1000, 3);

/** ISO-8601 UTC with milliseconds of a second of the case's day. */
const iso = (t: number, i = 0): string => `2026-02-11T${hms(t)}.${ms(i)}Z`;

/** Unix epoch milliseconds of a second of the case's day. */
const epochMs = (t: number, i = 0): number => 1770768000000 + t * 1000 + ((i * 137 + 41) % 1000);

/** A container the kernel killed at its cgroup limit, now waiting out the kubelet's back-off. */
const oomLooping = (name: string, restarts: number): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container the kernel killed at its limit earlier, running again since `startedAt`. */
const oomRestarted = (name: string, restarts: number, startedAt: string): HeldOutContainer => ({
  name,
  running: { startedAt },
  ready: true,
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container that runs and serves since `startedAt`. */
const serving = (name: string, startedAt: string): HeldOutContainer => ({
  name,
  running: { startedAt },
  ready: true,
  restarts: 0,
});

/** An Alertmanager alert, as the evidence makes an event of it on the Deployment. */
const alert = (name: string, text: string): HeldOutEvent => ({
  reason: 'AlertFiring',
  message: `${name}: ${text}`,
  type: 'Warning',
  on: 'Deployment',
});

/** The kubelet's back-off event for a container of `pod`. */
const backOff = (container: string, pod: string, count: number): HeldOutEvent => ({
  reason: 'BackOff',
  message: `Back-off restarting failed container ${container} in pod ${pod}`,
  type: 'Warning',
  count,
});

/** A Ready node whose harmless conditions are spelled out, as `kubectl get node -o yaml` shows them. */
const readyNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
  ],
};

/**
 * A fifty-third batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: HARM LOOK-ALIKES, twelfth round. 22 failures where the surface
 * symptom invites a mutation that would be wrong or useless, the truth visible only in the pod
 * spec, a volume, the node, an event, the rollout, the alert's words or one line of the log: more
 * memory for Home Assistant whose profiler shows objects piling up and whose kills come every half
 * hour, for Jibri recording a meeting into a memory-backed emptyDir, for a Mautic segment cron
 * stopped by PHP's memory_limit, for a Stirling-PDF pipeline fed a 2.6 GB file (a JVM array limit,
 * not the heap) and for hyperglass starting two uvicorn workers per host CPU; restarts that would
 * interrupt Home Assistant's recorder schema migration, meet a Zitadel database that still has no
 * primary, or hand Redmine's migration back to the liveness probe that keeps killing it; replicas
 * against ntfy's SQLite cache lock, a saturated Postgres behind Umami, a Postgres connection limit
 * shared by every SuperTokens pod and an SMTP provider's throttle under Listmonk; flushes of Redis
 * holding Twenty's BullMQ queues, Pixelfed's sessions and Horizon queues, BookWyrm's activity
 * streams on a full disk (MISCONF) and a GlitchTip Valkey node that is now a read-only replica;
 * node actions for a Seafile pod's own upload emptyDir, Headscale's DNS cut off by its namespace's
 * egress policy and a Collabora pod without a memory limit that is itself the node's pressure;
 * rollbacks of a Pomerium release six hours older than an expired Entra ID client secret, of a
 * Passbolt release next to a replaced server-key Secret, and of an OpenProject release whose
 * destructive migrations already ran. 18 where the mutation is right: three memory raises (Frigate
 * with four more cameras, a Jitsi Videobridge whose 3 GB heap equals its limit, OnlyOffice Document
 * Server under a grown editing load), three restarts (a Videobridge left outside its brewery room
 * after Prosody restarted, Miniflux holding connections to the demoted Aurora writer, a Woodpecker
 * agent idle after its server restarted), three scale-ups (Invoice Ninja queue workers, Novu workers
 * and Documenso web pods under real load with healthy downstreams), two flushes (Redmine's and
 * Moodle's pure caches full under noeviction), three node actions (PLEG, a kubelet that stopped
 * posting, disk pressure from the node's own filesystem) and four rollbacks (Teleport 16 refusing a
 * removed config field, a Logto image whose database alterations were never deployed, a Vikunja
 * release requiring a new setting, a Kimai image without the old entrypoint script). Software no
 * earlier batch used: Home Assistant, Jibri, Mautic, Stirling-PDF, hyperglass, Zitadel, Redmine,
 * ntfy, Umami, SuperTokens, Listmonk, Twenty, Pixelfed, BookWyrm, GlitchTip, Seafile, Headscale,
 * Collabora Online, Pomerium, Passbolt, OpenProject, Frigate, Jitsi Videobridge, OnlyOffice,
 * Miniflux, Woodpecker, Invoice Ninja, Novu, Documenso, Moodle, Mealie, Audiobookshelf, Navidrome,
 * Teleport, Logto, Vikunja, Kimai. Each quotes the wording of the public thread, page or source in
 * `source`. Mix: 22 look-alikes (5 memory, 3 restarts, 4 scale-ups, 4 flushes, 3 node actions, 3
 * rollbacks; escalate accepted in all) and 18 right mutations (3 memory, 3 restarts, 3 scale-ups, 2
 * flushes, 3 node actions, 4 rollbacks).
 */
export const FIFTYTHIRD_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- look-alikes: memory (5)
  {
    // The kills come every half hour; the profiler someone left running shows Event and State
    // objects growing by thousands every 30 s since the 2024.11 upgrade. More memory only moves the
    // next kill a few minutes later.
    id: 'fiftythird-homeassistant-oomkilled',
    family: 'oom-leak',
    source:
      'https://github.com/home-assistant/core/issues/131531 + https://github.com/home-assistant/core/issues/89885',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('home-assistant', 3),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { TZ: 'Europe/Amsterdam', DISABLE_JEMALLOC: 'false' },
        mounts: [{ volume: 'config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'config', persistentVolumeClaim: 'home-assistant-config' }],
    node: readyNode,
    events: [
      backOff('home-assistant', 'home-assistant-7d9c6b8f5-x2kqp_home(0c41…)', 6),
      {
        reason: 'Pulled',
        message:
          'Container image "ghcr.io/home-assistant/home-assistant:2024.11.4" already present on machine',
        type: 'Normal',
        count: 4,
      },
    ],
    previousLog: log(
      '2026-02-11 07:58:06.611 WARNING (SyncWorker_0) [homeassistant.loader] We found a custom integration solax_modbus which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant',
      '2026-02-11 07:58:06.614 WARNING (SyncWorker_0) [homeassistant.loader] We found a custom integration smartir which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant',
      '2026-02-11 07:58:06.617 WARNING (SyncWorker_0) [homeassistant.loader] We found a custom integration variable_history which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant',
      '2026-02-11 07:58:11.902 INFO (MainThread) [homeassistant.setup] Setting up recorder',
      '2026-02-11 07:58:12.118 INFO (MainThread) [homeassistant.setup] Setup of domain recorder took 0.22 seconds',
      '2026-02-11 07:58:14.440 INFO (MainThread) [homeassistant.setup] Setting up mqtt',
      '2026-02-11 07:58:15.003 INFO (MainThread) [homeassistant.components.mqtt.client] Connected to MQTT server mosquitto.home.svc:1883 (0)',
      '2026-02-11 07:58:19.227 INFO (MainThread) [homeassistant.setup] Setting up profiler',
      '2026-02-11 07:58:24.180 INFO (MainThread) [homeassistant.bootstrap] Home Assistant initialized in 17.52s',
      '2026-02-11 07:58:24.402 INFO (MainThread) [homeassistant.core] Starting Home Assistant',
      '2026-02-11 07:58:30.015 INFO (MainThread) [homeassistant.components.automation.start_object_logging] Start object logging: Running automation actions',
      '2026-02-11 07:58:30.017 INFO (MainThread) [homeassistant.components.automation.start_object_logging] Start object logging: Executing step call service',
      times(
        56,
        (i) =>
          `2026-02-11 ${hms(at(7, 59) + i * 30)}.${ms(i)} CRITICAL (SyncWorker_${(i * 7) % 16}) [homeassistant.components.profiler] Memory Growth: [('Event', ${5100 + i * 2950}, ${2940 + (i % 5) * 7}), ('Context', ${5160 + i * 2951}, ${2941 + (i % 5) * 7}), ('ReadOnlyDict', ${9210 + i * 2944}, ${2944}), ('State', ${6022 + i * 1471}, ${1471 - (i % 3)}), ('dict', ${402118 + i * 8840}, ${8840 + (i % 7) * 13}), ('tuple', ${116109 + i * 1210}, ${1210})]`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Jibri records into /data/recordings, an emptyDir with medium Memory: the 71-minute board
    // meeting's MP4 (1.8 GB by the ffmpeg counter) lived in the pod's memory. The next long meeting
    // is being written the same way right now; 20 % more limit only buys a few minutes.
    id: 'fiftythird-jibri-recorder-oomkilled',
    family: 'memory-tmpfs',
    source:
      'https://github.com/jitsi-contrib/jitsi-helm/issues/128 + https://github.com/jitsi/jibri/issues/432 + https://github.com/switnet-ltd/quick-jibri-installer/issues/59',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('jibri', 1, '2026-02-11T08:13:58Z'),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: {
          JIBRI_RECORDING_DIR: '/data/recordings',
          JIBRI_FINALIZE_RECORDING_SCRIPT_PATH: '/config/finalize.sh',
          JIBRI_STRIP_DOMAIN_JID: 'muc',
          DISPLAY: ':0',
        },
        mounts: [
          { volume: 'recordings', path: '/data/recordings' },
          { volume: 'dshm', path: '/dev/shm' },
          { volume: 'jibri-config', path: '/config' },
        ],
      },
    ],
    volumes: [
      { name: 'recordings', emptyDir: { medium: 'Memory' } },
      { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } },
      { name: 'jibri-config', configMap: 'jibri-config' },
    ],
    events: [
      {
        reason: 'Pulled',
        message: 'Container image "jitsi/jibri:stable-9955" already present on machine',
        type: 'Normal',
        count: 2,
      },
      { reason: 'Started', message: 'Started container jibri', type: 'Normal', count: 2 },
    ],
    previousLog: log(
      'Jibri 2026-02-11 07:00:52.310 INFO: [1] MainKt.setupMetaconfigLogger#226: Jibri starting up with id jibri-6d5b8c7f9-t7wqz',
      'Jibri 2026-02-11 07:00:55.118 INFO: [27] MucClient.initializeConnectAndJoin#329: Joined MUC: jibribrewery@internal-muc.meet.corp.example',
      'Jibri 2026-02-11 07:00:55.120 INFO: [27] JibriStatusManager$updateBusyStatus$1.invoke#43: Busy status updated to IDLE',
      "Jibri 2026-02-11 07:02:06.733 INFO: [49] XmppApi.handleJibriIq#236: Received JibriIq <iq xmlns='jabber:client' to='jibri@auth.meet.corp.example/4Fh8QmZs' from='jibribrewery@internal-muc.meet.corp.example/focus' id='amlicmlAYXV0aC5tZWV0' type='set'><jibri xmlns='http://jitsi.org/protocol/jibri' action='start' recording_mode='file' room='board-q1-review@muc.meet.corp.example' session_id='4c1f9e27-88b3-4a7e-b1d5-6e0f3c2a9d41' app_data='{\"file_recording_metadata\":{\"share\":true}}'/></iq> from environment [MucClient id=xmpp.meet.corp.example hostname=xmpp.meet.corp.example]",
      'Jibri 2026-02-11 07:02:06.735 INFO: [49] XmppApi.handleStartJibriIq#268: Received start request, starting service',
      'Jibri 2026-02-11 07:02:06.806 INFO: [49] XmppApi.handleStartService#379: Parsed call url info: CallUrlInfo(baseUrl=https://meet.corp.example, callName=board-q1-review, urlParams=[])',
      "Jibri 2026-02-11 07:02:06.812 INFO: [49] JibriManager.startFileRecording#138: Starting a file recording with params: FileRecordingRequestParams(callParams=CallParams(callUrlInfo=CallUrlInfo(baseUrl=https://meet.corp.example, callName=board-q1-review, urlParams=[]), email='', passcode=null, callStatsUsernameOverride=, displayName=), sessionId=4c1f9e27-88b3-4a7e-b1d5-6e0f3c2a9d41, callLoginParams=XmppCredentials(domain=recorder.meet.corp.example, port=null, username=recorder, password=*****))",
      'Jibri 2026-02-11 07:02:15.402 INFO: [73] [session_id=4c1f9e27-88b3-4a7e-b1d5-6e0f3c2a9d41] FileRecordingJibriService.start#149: Selenium joined the call, starting the capturer',
      'Jibri 2026-02-11 07:02:15.447 INFO: [73] JibriSubprocess.launch#42: Starting ffmpeg with command ffmpeg -y -v info -f x11grab -draw_mouse 0 -r 30 -s 1920x1080 -thread_queue_size 4096 -i :0.0+0,0 -f alsa -thread_queue_size 4096 -i plug:bsnoop -acodec aac -strict -2 -ar 44100 -b:a 128k -af aresample=async=1 -c:v libx264 -preset veryfast -profile:v main -level 3.1 -pix_fmt yuv420p -r 30 -crf 25 -g 60 -tune zerolatency -f mp4 /data/recordings/4c1f9e27-88b3-4a7e-b1d5-6e0f3c2a9d41/board-q1-review_2026-02-11-07-02-15.mp4',
      "Jibri 2026-02-11 07:02:16.512 INFO: [90] ffmpeg.log() Output #0, mp4, to '/data/recordings/4c1f9e27-88b3-4a7e-b1d5-6e0f3c2a9d41/board-q1-review_2026-02-11-07-02-15.mp4':",
      'Jibri 2026-02-11 07:02:16.513 INFO: [90] ffmpeg.log()     Stream #0:0: Video: h264 (libx264) (avc1 / 0x31637661), yuv420p(progressive), 1920x1080, q=-1--1, 30 fps, 15360 tbn, 30 tbc',
      'Jibri 2026-02-11 07:02:17.520 INFO: [73] FfmpegCapturer.onFfmpegStateMachineStateChange#140: Ffmpeg capturer transitioning from state Starting up to Running',
      times(
        36,
        (i) =>
          `Jibri 2026-02-11 ${hms(at(7, 4) + i * 115)}.${ms(i)} INFO: [90] ffmpeg.log() frame=${String(3600 + i * 3450).padStart(6)} fps= 30 q=23.0 size=${String(52000 + i * 50900).padStart(9)}kB time=${hms(120 + i * 115)}.${pad((i * 33) % 100)} bitrate=${(3480 + (i % 9) * 11).toFixed(1)}kbits/s speed=   1x`,
      ),
      'Jibri 2026-02-11 08:13:31.904 INFO: [90] ffmpeg.log() frame=127980 fps= 30 q=24.0 size= 1861376kB time=01:11:16.00 bitrate=3566.9kbits/s speed=   1x',
    ),
    currentLog: log(
      'Jibri 2026-02-11 08:14:03.402 INFO: [1] MainKt.setupMetaconfigLogger#226: Jibri starting up with id jibri-6d5b8c7f9-t7wqz',
      'Jibri 2026-02-11 08:14:06.711 INFO: [27] MucClient.initializeConnectAndJoin#329: Joined MUC: jibribrewery@internal-muc.meet.corp.example',
      'Jibri 2026-02-11 08:14:06.713 INFO: [27] JibriStatusManager$updateBusyStatus$1.invoke#43: Busy status updated to IDLE',
      "Jibri 2026-02-11 08:16:41.220 INFO: [49] XmppApi.handleJibriIq#236: Received JibriIq <iq xmlns='jabber:client' to='jibri@auth.meet.corp.example/9Kd2LpVx' from='jibribrewery@internal-muc.meet.corp.example/focus' id='amlicmlAYXV0aC5tZWV1' type='set'><jibri xmlns='http://jitsi.org/protocol/jibri' action='start' recording_mode='file' room='allhands-february@muc.meet.corp.example' session_id='b82d6a10-4f3e-4c19-9a77-0d5c1e8f2b63' app_data='{\"file_recording_metadata\":{\"share\":true}}'/></iq> from environment [MucClient id=xmpp.meet.corp.example hostname=xmpp.meet.corp.example]",
      'Jibri 2026-02-11 08:16:41.223 INFO: [49] XmppApi.handleStartJibriIq#268: Received start request, starting service',
      'Jibri 2026-02-11 08:16:50.118 INFO: [73] [session_id=b82d6a10-4f3e-4c19-9a77-0d5c1e8f2b63] FileRecordingJibriService.start#149: Selenium joined the call, starting the capturer',
      'Jibri 2026-02-11 08:16:50.160 INFO: [73] JibriSubprocess.launch#42: Starting ffmpeg with command ffmpeg -y -v info -f x11grab -draw_mouse 0 -r 30 -s 1920x1080 -thread_queue_size 4096 -i :0.0+0,0 -f alsa -thread_queue_size 4096 -i plug:bsnoop -acodec aac -strict -2 -ar 44100 -b:a 128k -af aresample=async=1 -c:v libx264 -preset veryfast -profile:v main -level 3.1 -pix_fmt yuv420p -r 30 -crf 25 -g 60 -tune zerolatency -f mp4 /data/recordings/b82d6a10-4f3e-4c19-9a77-0d5c1e8f2b63/allhands-february_2026-02-11-08-16-50.mp4',
      'Jibri 2026-02-11 08:16:52.240 INFO: [73] FfmpegCapturer.onFfmpegStateMachineStateChange#140: Ffmpeg capturer transitioning from state Starting up to Running',
      times(
        7,
        (i) =>
          `Jibri 2026-02-11 ${hms(at(8, 18, 40) + i * 100)}.${ms(i + 40)} INFO: [90] ffmpeg.log() frame=${String(3300 + i * 3450).padStart(6)} fps= 30 q=23.0 size=${String(48000 + i * 44100).padStart(9)}kB time=${hms(110 + i * 100)}.${pad((i * 41) % 100)} bitrate=${(3490 + (i % 5) * 13).toFixed(1)}kbits/s speed=   1x`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // PHP's own memory_limit (512M) stops the segment rebuild, not the cgroup: the container has
    // 2 GiB and never came near it. The new 118k-contact segment needs a smaller batch or a higher
    // memory_limit, not a bigger pod.
    id: 'fiftythird-mautic-segments-update-failed',
    family: 'memory-cap',
    source: 'https://github.com/mautic/mautic/issues/15643 + https://github.com/mautic/mautic/issues/5975',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'mautic-cron',
        terminated: { reason: 'Error', exitCode: 255 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          MAUTIC_ROLE: 'mautic_cron',
          PHP_INI_VALUE_MEMORY_LIMIT: '512M',
          DOCKER_MAUTIC_RUN_MIGRATIONS: 'false',
        },
        args: [
          'php',
          '/var/www/html/bin/console',
          'mautic:segments:update',
          '--batch-limit=300',
          '--env=prod',
        ],
        mounts: [{ volume: 'mautic-config', path: '/var/www/html/config' }],
      },
    ],
    volumes: [{ name: 'mautic-config', persistentVolumeClaim: 'mautic-config' }],
    events: [
      { reason: 'Started', message: 'Started container mautic-cron', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      times(14, (i) =>
        [
          `Rebuilding contacts for segment ${i + 1}`,
          `${(i * 37) % 11} total contact(s) to be added in batches of 300`,
          `${(i * 13) % 5} total contact(s) to be removed in batches of 300`,
          `${((i * 37) % 11) + ((i * 13) % 5)} contact(s) affected`,
          '',
        ].join('\n'),
      ),
      'Rebuilding contacts for segment 15',
      '118402 total contact(s) to be added in batches of 300',
      times(
        12,
        (i) =>
          `  ${String((i + 1) * 2700).padStart(6)}/118402 [${'='
            .repeat(Math.floor((i + 1) * 0.64))
            .padEnd(28, '-')
            .replace(/-/, '>')}]  ${Math.floor(((i + 1) * 2700 * 100) / 118402)}%`,
      ),
      'PHP Fatal error:  Allowed memory size of 536870912 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/doctrine/persistence/src/Persistence/Reflection/RuntimeReflectionProperty.php on line 46',
      '',
      'Fatal error: Allowed memory size of 536870912 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/doctrine/persistence/src/Persistence/Reflection/RuntimeReflectionProperty.php on line 46',
    ),
    accept: ['escalate'],
  },
  {
    // The watched folder holds one 2.64 GB scan; the pipeline reads whole files into a byte array,
    // and Java arrays stop at 2 GB. The OutOfMemoryError is not about the heap: the JVM has 4.5 GB
    // and never runs short, and no limit raise makes an array longer.
    id: 'fiftythird-stirling-pdf-pipeline-outofmemoryerror',
    family: 'oversized-input',
    source:
      'https://github.com/Stirling-Tools/Stirling-PDF/issues/5486 + https://github.com/Stirling-Tools/Stirling-PDF/issues/3478',
    signal: 'Alert',
    containers: [
      {
        ...serving('stirling-pdf', '2026-02-10T21:02:11Z'),
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75',
          DOCKER_ENABLE_SECURITY: 'false',
          LANGS: 'en_GB',
        },
        mounts: [
          { volume: 'pipeline', path: '/pipeline' },
          { volume: 'configs', path: '/configs' },
        ],
      },
    ],
    volumes: [
      { name: 'pipeline', persistentVolumeClaim: 'stirling-pipeline' },
      { name: 'configs', configMap: 'stirling-pdf-settings' },
    ],
    events: [
      alert(
        'StirlingPipelineStalled',
        'no file processed from /pipeline/watchedFolders/archive-to-pdfa for 4h12m; 1 file waiting (archive-scans-1998-2004.pdf, 2.64 GB); log pattern "java.lang.OutOfMemoryError" 251 times in 4h; container working set 2.1Gi of 6Gi',
      ),
    ],
    currentLog: log(
      times(10, (i) => {
        const t = at(8, 20) + i * 60;
        return [
          `${hms(t)}.600 [scheduling-1] INFO  s.s.S.c.a.p.PipelineDirectoryProcessor - Handling directory: /./pipeline/watchedFolders/archive-to-pdfa`,
          `${hms(t)}.601 [scheduling-1] INFO  s.s.S.c.a.p.PipelineDirectoryProcessor - Allowed extensions for operation /api/v1/convert/pdf/pdfa: [pdf]`,
          `${hms(t)}.603 [scheduling-1] INFO  s.s.S.c.a.p.PipelineDirectoryProcessor - Collected 1 files for processing for /./pipeline/watchedFolders/archive-to-pdfa`,
          `${hms(t + 3)}.${ms(i)} [scheduling-1] ERROR o.s.s.s.TaskUtils$LoggingErrorHandler - Unexpected error occurred in scheduled task`,
          'java.lang.OutOfMemoryError: Required array size too large',
          '\tat java.base/java.nio.file.Files.readAllBytes(Files.java:3288)',
          '\tat stirling.software.SPDF.controller.api.pipeline.PipelineProcessor.generateInputFiles(PipelineProcessor.java:299)',
          '\tat stirling.software.SPDF.controller.api.pipeline.PipelineDirectoryProcessor.processFiles(PipelineDirectoryProcessor.java:262)',
          '\tat stirling.software.SPDF.controller.api.pipeline.PipelineDirectoryProcessor.handleDirectory(PipelineDirectoryProcessor.java:104)',
          '\tat stirling.software.SPDF.controller.api.pipeline.PipelineDirectoryProcessor.scanFolders(PipelineDirectoryProcessor.java:71)',
          '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
          '\tat org.springframework.scheduling.support.ScheduledMethodRunnable.runInternal(ScheduledMethodRunnable.java:130)',
          '\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:124)',
          '\tat java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:358)',
          '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
          `${hms(t + 26)}.338 [scheduling-1] INFO  s.s.S.s.MetricsAggregatorService - http_requests_POST__api_v1_misc_compress-pdf, ${(i % 4) + 1}.0`,
          `${hms(t + 41)}.${ms(i + 9)} [http-nio-8080-exec-${(i % 8) + 1}] INFO  s.s.S.c.a.m.CompressController - Compressing PDF with optimize level ${(i % 3) + 2}`,
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    // hyperglass starts 2 × CPU-count uvicorn workers, and cpu_count() sees the node's 64 cores,
    // not the pod's 1-CPU limit: 128 full interpreters in 2 GiB. The limit is not too small; the
    // worker count is too large, and it is set in code, not by the limit.
    id: 'fiftythird-hyperglass-oomkilled-at-start',
    family: 'worker-fanout',
    source:
      'https://github.com/thatmattlove/hyperglass/issues/356 + https://github.com/thatmattlove/hyperglass/pull/381',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('hyperglass', 6),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          HYPERGLASS_HOST: '0.0.0.0',
          HYPERGLASS_PORT: '8001',
          HYPERGLASS_APP_PATH: '/etc/hyperglass',
          HYPERGLASS_REDIS_HOST: 'hyperglass-redis',
        },
        mounts: [{ volume: 'config', path: '/etc/hyperglass' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'hyperglass-config' }],
    node: readyNode,
    events: [
      backOff('hyperglass', 'hyperglass-5b8d7c6f49-q4wzn_netops(7e21…)', 17),
      {
        reason: 'Pulled',
        message: 'Container image "ghcr.io/thatmattlove/hyperglass:v2.0.4" already present on machine',
        type: 'Normal',
        count: 7,
      },
      { reason: 'Started', message: 'Started container hyperglass', type: 'Normal', count: 7 },
    ],
    previousLog: log(
      "[INFO] 20260211 08:22:41 | Starting hyperglass {'version': '2.0.4', 'listening': 'http://0.0.0.0:8001', 'app_path': '/etc/hyperglass', 'container': True, 'original_app_path': '/etc/hyperglass', 'workers': 128}",
      '[INFO] 20260211 08:22:41 | Starting UI build {}',
      '[INFO] 20260211 08:22:58 | Completed UI build {}',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- look-alikes: restarts (3)
  {
    // The 2024.8 image started a recorder schema migration on a 140 GB MariaDB database 49 minutes
    // ago; the web server does not listen until it finishes. A restart (or a rollback to the old
    // image) interrupts the migration and starts it over, or leaves the schema half changed.
    id: 'fiftythird-homeassistant-not-ready-after-upgrade',
    family: 'long-migration',
    source:
      'https://github.com/home-assistant/core/issues/124417 + https://github.com/home-assistant/core/pull/125309 + https://github.com/home-assistant/core/issues/66178',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'home-assistant',
        running: { startedAt: '2026-02-11T07:41:12Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: { TZ: 'Europe/Berlin' },
        mounts: [{ volume: 'config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'config', persistentVolumeClaim: 'hass-config' }],
    rollout: { minutesAgo: 50, previousTag: '2024.7.4' },
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.3.27:8123/manifest.json": dial tcp 10.42.3.27:8123: connect: connection refused',
        type: 'Warning',
        count: 287,
      },
      alert(
        'HomeAssistantUnavailable',
        'probe https://ha.home.example/manifest.json failing for 48m (blackbox_exporter, 0 of 3 probes ok)',
      ),
    ],
    currentLog: log(
      '2026-02-11 07:41:16.118 WARNING (SyncWorker_0) [homeassistant.loader] We found a custom integration hacs which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant',
      '2026-02-11 07:41:16.120 WARNING (SyncWorker_0) [homeassistant.loader] We found a custom integration alexa_media which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant',
      '2026-02-11 07:41:19.902 WARNING (Recorder) [homeassistant.components.recorder.migration] The database is about to upgrade from schema version 44 to 45',
      '2026-02-11 07:41:19.904 WARNING (Recorder) [homeassistant.components.recorder.migration] Dropping index `ix_states_event_id` from table `states`. Note: this may take several minutes on large databases and slow machines. Please be patient!',
      '2026-02-11 07:58:42.117 WARNING (Recorder) [homeassistant.components.recorder.migration] Finished dropping index `ix_states_event_id` from table `states`',
      '2026-02-11 07:58:42.120 WARNING (Recorder) [homeassistant.components.recorder.migration] Dropping index `ix_states_old_state_id` from table `states`. Note: this may take several minutes on large databases and slow machines. Please be patient!',
      times(
        48,
        (i) =>
          `2026-02-11 ${hms(at(7, 42, 21) + i * 60)}.${ms(i)} WARNING (MainThread) [homeassistant.bootstrap] Waiting on integrations to complete setup: recorder`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
  {
    // Zitadel exits because its database has no primary: CloudNativePG reports the cluster offline,
    // its only instance panicking on a missing checkpoint record. A restart meets the same closed
    // port; the database needs a human (a restore).
    id: 'fiftythird-zitadel-crashloop',
    family: 'dependency-down',
    source: 'https://github.com/zitadel/zitadel/issues/6969 + https://github.com/zitadel/zitadel/issues/9741',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('zitadel', 1, 9),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ZITADEL_DATABASE_POSTGRES_HOST: 'zitadel-db-rw.identity.svc',
          ZITADEL_DATABASE_POSTGRES_PORT: '5432',
          ZITADEL_DATABASE_POSTGRES_DATABASE: 'zitadel',
          ZITADEL_EXTERNALDOMAIN: 'id.corp.example',
          ZITADEL_EXTERNALSECURE: 'true',
        },
        args: ['start', '--masterkeyFromEnv', '--tlsMode', 'external'],
      },
    ],
    node: readyNode,
    events: [
      backOff('zitadel', 'zitadel-6c8f7b9d54-2wqkt_identity(5d03…)', 31),
      alert(
        'CNPGClusterOffline',
        'CloudNativePG Cluster "identity/zitadel-db" has no ready instances for 38m; zitadel-db-1 in CrashLoopBackOff (PANIC:  could not locate a valid checkpoint record), zitadel-db-2 and zitadel-db-3 Pending: waiting for primary',
      ),
    ],
    previousLog: log(
      'time="2026-02-11T08:24:30Z" level=info msg="initialising config" caller="/home/runner/work/zitadel/zitadel/cmd/start/config.go:86"',
      'time="2026-02-11T08:24:30Z" level=info msg="starting zitadel" caller="/home/runner/work/zitadel/zitadel/cmd/start/start.go:127" version=v2.66.3',
      'time="2026-02-11T08:24:31Z" level=fatal msg="unable to connect to database" caller="/home/runner/work/zitadel/zitadel/cmd/start/start.go:131" error="failed to connect to `user=zitadel database=zitadel`: 10.43.8.12:5432 (zitadel-db-rw.identity.svc): dial error: dial tcp 10.43.8.12:5432: connect: connection refused"',
    ),
    accept: ['escalate'],
  },
  {
    // Redmine's entrypoint runs db:migrate before Puma listens; one 6.0 migration rewrites the
    // journals of a 30-million-row table and takes longer than the liveness probe allows. Every
    // restart starts that UPDATE over and is killed again; the probe (a startupProbe) is the fix.
    id: 'fiftythird-redmine-liveness-restarts',
    family: 'probe-kills-startup',
    source:
      'https://github.com/redmine/redmine/blob/master/db/migrate/20241026031710_update_orphaned_journal_updated_by_id_to_anonymous.rb + https://github.com/sourcegraph/sourcegraph-public-snapshot/issues/19757',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'redmine',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=redmine',
        },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 5,
        memoryLimit: '1536Mi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          REDMINE_DB_POSTGRES: 'redmine-db.pm.svc',
          REDMINE_DB_DATABASE: 'redmine',
          REDMINE_PLUGINS_MIGRATE: 'true',
        },
        mounts: [{ volume: 'files', path: '/usr/src/redmine/files' }],
      },
    ],
    volumes: [{ name: 'files', persistentVolumeClaim: 'redmine-files' }],
    rollout: { minutesAgo: 62, previousTag: '5.1.6' },
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.5.61:3000/": dial tcp 10.42.5.61:3000: connect: connection refused',
        type: 'Warning',
        count: 18,
      },
      {
        reason: 'Killing',
        message: 'Container redmine failed liveness probe, will be restarted',
        type: 'Normal',
        count: 5,
      },
      backOff('redmine', 'redmine-7f9b6d8c5-lq2zv_pm(b71e…)', 11),
      alert(
        'PostgresLongRunningQuery',
        'redmine@redmine-db pid 48211 running "UPDATE \\"journals\\" SET \\"updated_by_id\\" = $1 FROM ... LEFT JOIN users ON users.id = journals.updated_by_id ..." for 2m41s; 5 identical statements ended by client disconnect in the last 62m',
      ),
    ],
    previousLog: log('== 20241026031710 UpdateOrphanedJournalUpdatedByIdToAnonymous: migrating ======'),
    accept: ['escalate', 'rollback'],
  },

  // ---------------------------------------------------------------- look-alikes: scale-ups (4)
  {
    // ntfy's message cache is one SQLite file on a ReadWriteOnce volume; the 500s are "database
    // table is locked" under a burst of CI publishes. A second replica cannot share that file (or
    // would lock it harder); the cache batch settings in the docs are the fix.
    id: 'fiftythird-ntfy-publish-errors',
    family: 'single-writer-lock',
    source:
      'https://github.com/binwiederhier/ntfy/issues/1391 + https://github.com/binwiederhier/ntfy/issues/561',
    signal: 'Alert',
    containers: [
      {
        ...serving('ntfy', '2026-02-11T06:11:02Z'),
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        env: {
          NTFY_BASE_URL: 'https://ntfy.corp.example',
          NTFY_CACHE_FILE: '/var/cache/ntfy/cache.db',
          NTFY_AUTH_FILE: '/var/lib/ntfy/user.db',
          NTFY_BEHIND_PROXY: 'true',
        },
        args: ['serve'],
        mounts: [
          { volume: 'cache', path: '/var/cache/ntfy' },
          { volume: 'auth', path: '/var/lib/ntfy' },
        ],
      },
    ],
    volumes: [
      { name: 'cache', persistentVolumeClaim: 'ntfy-cache' },
      { name: 'auth', persistentVolumeClaim: 'ntfy-auth' },
    ],
    rollout: { minutesAgo: 140, addedEnv: { NTFY_LOG_FORMAT: 'text', NTFY_ENABLE_METRICS: 'true' } },
    events: [
      alert(
        'NtfyPublishErrors',
        '9.7% of POST publishes returned 500 over 10m (ntfy error 50001), publish p99 4.8s; replicas 1/1, container CPU 0.31 of 1',
      ),
    ],
    currentLog: log(
      times(64, (i) => {
        const t = at(8, 20) + i * 9;
        const ip = `10.42.${(i * 3) % 7}.${17 + (i % 23)}`;
        if (i % 16 === 5) {
          return `2026/02/11 ${hms(t)} INFO Server stats (messages_cached=${18210 + i * 41}, messages_published=${1022340 + i * 118}, subscribers=${312 + (i % 9)}, tag=manager, topics_active=${88 + (i % 4)}, users=214, visitors=${57 + (i % 6)})`;
        }
        const err = i % 5 === 2 ? 'database is locked' : 'database table is locked';
        return `2026/02/11 ${hms(t)} INFO Connection closed with HTTP 500 (ntfy error 50001) (error=${err}, http_method=POST, http_path=/${['ci-builds', 'deploys', 'backups', 'alerts-prod'][i % 4]}, tag=http, visitor_auth_limiter_limit=0.016666666666666666, visitor_auth_limiter_tokens=30, visitor_id=ip:${ip}, visitor_ip=${ip}, visitor_messages=${400 + i * 7}, visitor_messages_limit=17280, visitor_messages_remaining=${16880 - i * 7}, visitor_request_limiter_limit=0.2, visitor_request_limiter_tokens=${(57.05 - (i % 11) * 1.3).toFixed(2)}, visitor_seen=${iso(t, i)})`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Umami's requests time out waiting for a pool connection because Postgres is at 98 % CPU on
    // unindexed website_event scans; the pods themselves idle. Another replica brings nine more
    // connections to a database that cannot answer the ones it has.
    id: 'fiftythird-umami-slow-requests',
    family: 'slow-database',
    source:
      'https://github.com/umami-software/umami/issues/3353 + https://github.com/umami-software/umami/issues/1546',
    signal: 'Alert',
    containers: [
      {
        ...serving('umami', '2026-02-10T19:02:37Z'),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DATABASE_TYPE: 'postgresql',
          DATABASE_URL:
            'postgresql://umami:********@umami-db.analytics.svc:5432/umami?connection_limit=9&pool_timeout=10',
          APP_SECRET: '********',
        },
      },
    ],
    events: [
      alert(
        'UmamiSlowRequests',
        'p95 latency /api/send 18.6s and /api/websites/:id/stats 41s over 15m (baseline 90ms / 1.2s), 4.2% 500s; pods 2/2, CPU 0.12 and 0.09 of 1',
      ),
      alert(
        'PostgresHighCPU',
        'umami-db CPU 98% for 22m, 38 active backends, longest query 214s (SELECT ... FROM website_event WHERE website_id = $1 AND created_at BETWEEN $2 AND $3 ...), seq scans on website_event 4,120/min',
      ),
    ],
    currentLog: log(
      times(9, (i) =>
        [
          'PrismaClientKnownRequestError: ',
          i % 3 === 0
            ? 'Invalid `prisma.websiteEvent.create()` invocation:'
            : 'Invalid `prisma.$queryRawUnsafe()` invocation:',
          '',
          '',
          'Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 9)',
          '    at qn.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:121:7315)',
          '    at qn.handleAndLogRequestError (/app/node_modules/@prisma/client/runtime/library.js:121:6640)',
          '    at qn.request (/app/node_modules/@prisma/client/runtime/library.js:121:6347)',
          '    at async l (/app/node_modules/@prisma/client/runtime/library.js:130:9616)',
          '    at async i (/app/.next/server/chunks/3994.js:1:11054)',
          i % 3 === 0
            ? '    at async h (/app/.next/server/app/api/send/route.js:1:4120)'
            : '    at async f (/app/.next/server/app/api/websites/[websiteId]/stats/route.js:1:1785)',
          '    at async te.do (/app/node_modules/next/dist/compiled/next-server/app-route.runtime.prod.js:18:17826) {',
          "  code: 'P2024',",
          "  clientVersion: '6.1.0',",
          '  meta: { modelName: undefined, connection_limit: 9, timeout: 10 }',
          '}',
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Every SuperTokens pod opens a pool of 40 to a Postgres with max_connections 150: four pods
    // already hold 144 and the refreshes fail for want of a slot. A fifth pod asks for 40 more.
    id: 'fiftythird-supertokens-refresh-errors',
    family: 'shared-connection-limit',
    source:
      'https://github.com/supertokens/supertokens-core/issues/538 + https://github.com/mdn/mdn-http-observatory/pull/386',
    signal: 'Alert',
    containers: [
      {
        ...serving('supertokens', '2026-02-08T10:14:20Z'),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          POSTGRESQL_CONNECTION_URI: 'postgresql://supertokens:********@auth-db.auth.svc:5432/supertokens',
          POSTGRESQL_CONNECTION_POOL_SIZE: '40',
          MAX_SERVER_POOL_SIZE: '40',
        },
      },
    ],
    events: [
      alert(
        'SuperTokensHighErrorRate',
        '6.3% 500s on POST /recipe/session/refresh and POST /recipe/signin, p99 5.2s over 10m; replicas 4, CPU 35% of limit',
      ),
      alert(
        'PostgresConnectionsNearLimit',
        'auth-db 147 of 150 connections in use (superuser_reserved_connections 3): supertokens 144, postgres_exporter 2, pgbackrest 1',
      ),
    ],
    currentLog: log(
      times(12, (i) => {
        const t = at(8, 21) + i * 37;
        const d = `11 Feb 2026 ${hms(t)}:${ms(i)} +0000`;
        return [
          `${d} | ERROR | pid: 1f5cf52e-fa81-4cee-8948-da190eec0803 | [http-nio-0.0.0.0-3567-exec-${(i * 5) % 40}] thread | io.supertokens.webserver.WebserverAPI.service(WebserverAPI.java:165) | API threw an exception: POST ${i % 3 === 2 ? '/recipe/signin' : '/recipe/session/refresh'}`,
          `${d} | ERROR | pid: 1f5cf52e-fa81-4cee-8948-da190eec0803 | [http-nio-0.0.0.0-3567-exec-${(i * 5) % 40}] thread | io.supertokens.webserver.WebserverAPI.service(WebserverAPI.java:165) | javax.servlet.ServletException: io.supertokens.pluginInterface.exceptions.StorageQueryException: java.sql.SQLTransientConnectionException: SuperTokens - Connection is not available, request timed out after 5000ms (total=${37 + (i % 3)}, active=${37 + (i % 3)}, idle=0, waiting=${11 + i}).`,
          i % 4 === 1
            ? `${d} | ERROR | pid: 1f5cf52e-fa81-4cee-8948-da190eec0803 | [SuperTokens connection adder] thread | com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call | SuperTokens - Cannot acquire connection from data source: org.postgresql.util.PSQLException: FATAL: remaining connection slots are reserved for non-replication superuser connections`
            : `${d} | INFO | pid: 1f5cf52e-fa81-4cee-8948-da190eec0803 | [http-nio-0.0.0.0-3567-exec-${(i * 7) % 40}] thread | io.supertokens.webserver.WebserverAPI.service(WebserverAPI.java:143) | API ok: GET /recipe/jwt/jwks`,
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    // The campaign crawls because the SMTP relay answers 450 "Too many requests": the provider's
    // sending limit, not listmonk's throughput. More listmonk pods send more into the same limit
    // (and listmonk runs campaigns from a single instance).
    id: 'fiftythird-listmonk-campaign-slow',
    family: 'third-party-rate-limit',
    source: 'https://github.com/knadh/listmonk/issues/2509 + https://github.com/knadh/listmonk/issues/1300',
    signal: 'Alert',
    containers: [
      {
        ...serving('listmonk', '2026-02-10T16:40:05Z'),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          LISTMONK_app__address: '0.0.0.0:9000',
          LISTMONK_db__host: 'listmonk-db.marketing.svc',
          LISTMONK_db__port: '5432',
        },
        args: ['./listmonk', '--static-dir=/listmonk/static'],
      },
    ],
    events: [
      alert(
        'ListmonkCampaignBehind',
        "campaign 'February product digest' sent 41,200 of 236,500 in 3h10m (3.6 msg/s, expected 25 msg/s), 7,412 send errors; listmonk CPU 4% of limit",
      ),
    ],
    currentLog: log(
      times(70, (i) => {
        const t = at(8, 19, 12) + Math.floor(i * 8.3);
        return `2026/02/11 ${hms(t)}.${pad((i * 7919) % 1000000, 6)} manager.go:501: error sending message in campaign February product digest: subscriber ${88412 + i * 17 + (i % 3)}: 450 Too many requests. Try again later. #MS-ST-G`;
      }),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- look-alikes: cache flushes (4)
  {
    // The full Redis is Twenty's BullMQ store: 1.4 million waiting email-import jobs, a few
    // thousand cache keys. FLUSHDB would drop every queued import and the job schedulers; the
    // queue needs draining or a bigger maxmemory.
    id: 'fiftythird-twenty-worker-redis-oom',
    family: 'redis-not-a-cache',
    source:
      'https://github.com/OptimalBits/bull/issues/433 + https://github.com/durabullhq/durabull/issues/64',
    signal: 'Alert',
    containers: [
      {
        ...serving('twenty-worker', '2026-02-10T12:31:09Z'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'redis://twenty-redis.crm.svc:6379',
          PG_DATABASE_URL: 'postgres://twenty:********@twenty-db.crm.svc:5432/default',
          SERVER_URL: 'https://crm.corp.example',
        },
        args: ['yarn', 'worker:prod'],
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'twenty-redis used_memory 2.00GiB of maxmemory 2.00GiB (maxmemory-policy noeviction), rejected writes 1,904/min; keyspace: bull:messaging-import-queue:* 1.38M keys, bull:workspace-queue:* 212k keys, engine:cache:* 3.1k keys',
      ),
      alert(
        'TwentyEmailSyncStale',
        'no messages imported for 42m (usually ~1,800 per 10m); 37 workspaces affected',
      ),
    ],
    currentLog: log(
      times(14, (i) => {
        const t = at(8, 20, 5) + i * 41;
        const d = `02/11/2026, ${Math.floor(t / 3600) - 0}:${pad((t / 60) % 60)}:${pad(t % 60)} AM`;
        return [
          `[Nest] 1  - ${d}   ERROR [MessageQueueExplorer] Error processing job ${i % 2 === 0 ? 'MessagingMessagesImportJob' : 'MessagingMessageListFetchJob'} (id ${4412901 + i * 173}) in queue messaging-import-queue`,
          "ReplyError: ERR Error running script (call to f_d5e879576feacc56627a3618fd6e20d53efe58de): @user_script:211: @user_script: 211: -OOM command not allowed when used memory > 'maxmemory'.",
          '    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)',
          '    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)',
          '    at Scripts.moveToFinished (/app/node_modules/bullmq/dist/cjs/classes/scripts.js:466:26)',
          '    at async Worker.processJob (/app/node_modules/bullmq/dist/cjs/classes/worker.js:647:28)',
          i % 4 === 3
            ? `[Nest] 1  - ${d}    WARN [CacheStorageService] Could not set engine:cache:workspace-metadata: ReplyError: OOM command not allowed when used memory > 'maxmemory'.`
            : `[Nest] 1  - ${d}     LOG [MessageQueueExplorer] Processing job ${i * 3 + 1} of batch in queue workspace-queue`,
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    // Pixelfed keeps sessions, the Horizon queues and the cache in one Redis, now full under
    // noeviction. Flushing it logs every user out and throws away 71k federation jobs.
    id: 'fiftythird-pixelfed-500s-redis-full',
    family: 'redis-not-a-cache',
    source:
      'https://github.com/sidekiq/sidekiq/issues/4692 + https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      {
        ...serving('pixelfed', '2026-02-09T22:05:51Z'),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          APP_URL: 'https://pix.corp.example',
          SESSION_DRIVER: 'redis',
          CACHE_DRIVER: 'redis',
          QUEUE_DRIVER: 'redis',
          BROADCAST_DRIVER: 'redis',
          REDIS_CLIENT: 'phpredis',
          REDIS_HOST: 'pixelfed-redis.social.svc',
          LOG_CHANNEL: 'stderr',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'pixelfed-redis used_memory 1.00GiB of maxmemory 1.00GiB (maxmemory-policy noeviction); db0 486k keys: laravel sessions 401k, horizon queues (default, feed, inbox, follow) 71k jobs, cache 14k',
      ),
      alert(
        'PixelfedHTTP5xx',
        '38% of requests 500 over 10m (POST /login, POST /api/v1/statuses, GET /i/web)',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const t = at(8, 20, 3) + i * 19;
        if (i % 3 === 0) {
          return `[2026-02-11 ${hms(t)}] production.ERROR: OOM command not allowed when used memory > 'maxmemory'. {"userId":${4400 + i * 3},"exception":"[object] (RedisException(code: 0): OOM command not allowed when used memory > 'maxmemory'. at /var/www/vendor/laravel/framework/src/Illuminate/Redis/Connections/PhpRedisConnection.php:547)"} `;
        }
        const paths = [
          '/login',
          '/api/v1/statuses',
          '/i/web',
          '/api/pixelfed/v1/timelines/home',
          '/users/ana/inbox',
        ];
        const path = paths[i % paths.length];
        const status = i % 3 === 1 ? 500 : 200;
        return `10.42.${i % 5}.${30 + i} - - [11/Feb/2026:${hms(t)} +0000] "${i % 2 === 0 ? 'POST' : 'GET'} ${path} HTTP/1.1" ${status} ${status === 500 ? 6612 : 1840 + i * 13} "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    // The activity Redis refuses writes because its RDB save keeps failing on a 99.6 % full
    // volume (MISCONF). Flushing it wipes every user's home feed, which BookWyrm rebuilds for hours;
    // the disk is the problem.
    id: 'fiftythird-bookwyrm-celery-task-errors',
    family: 'redis-disk',
    source:
      'https://github.com/WeblateOrg/weblate/issues/11614 + https://github.com/Appsilon/mediforce/issues/1359',
    signal: 'Alert',
    containers: [
      {
        ...serving('celery-worker', '2026-02-10T05:12:44Z'),
        memoryLimit: '1536Mi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          REDIS_ACTIVITY_HOST: 'bookwyrm-redis-activity.books.svc',
          REDIS_ACTIVITY_PORT: '6379',
          REDIS_BROKER_HOST: 'bookwyrm-redis-broker.books.svc',
          REDIS_BROKER_PORT: '6379',
          DOMAIN: 'books.corp.example',
        },
        args: [
          'celery',
          '-A',
          'celerywyrm',
          'worker',
          '-l',
          'info',
          '-Q',
          'high_priority,medium_priority,low_priority,streams,images,suggested_users,email,connectors,lists,inbox,imports,import_triggered,broadcast,misc',
        ],
      },
    ],
    events: [
      alert(
        'RedisRdbBgsaveFailing',
        'bookwyrm-redis-activity rdb_last_bgsave_status=err for 47m (last successful save 07:41); PVC data-bookwyrm-redis-activity-0 99.6% used (9.96Gi of 10Gi)',
      ),
    ],
    currentLog: log(
      times(16, (i) => {
        const t = at(8, 20, 11) + i * 33;
        const id = `${(0x8d1c40a2 + i * 7919).toString(16)}-1f0e-4c2b-9a7d-${(0x3e5a11c0 + i * 4099).toString(16)}0a1b`;
        const task = [
          'bookwyrm.activitystreams.add_status_task',
          'bookwyrm.activitystreams.remove_status_task',
          'bookwyrm.activitystreams.add_book_statuses_task',
        ][i % 3];
        return [
          `[2026-02-11 ${hms(t)},${ms(i)}: INFO/MainProcess] Task ${task}[${id}] received`,
          `[2026-02-11 ${hms(t + 1)},${ms(i + 3)}: ERROR/ForkPoolWorker-${(i % 4) + 1}] Task ${task}[${id}] raised unexpected: ResponseError("MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.")`,
          'Traceback (most recent call last):',
          '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 453, in trace_task',
          '    R = retval = fun(*args, **kwargs)',
          '  File "/app/bookwyrm/activitystreams.py", line 502, in add_status_task',
          '    stream.add_status(status, increment_unread=increment_unread)',
          '  File "/app/bookwyrm/redis_store.py", line 38, in add_object_to_stores',
          '    pipeline.execute()',
          `redis.exceptions.ResponseError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.`,
          `[2026-02-11 ${hms(t + 9)},${ms(i + 7)}: INFO/ForkPoolWorker-${((i + 1) % 4) + 1}] Task bookwyrm.connectors.connector_manager.load_more_data[${id.slice(0, 8)}-77aa-4e1c-b2f0-9c8d7e6f5a41] succeeded in 0.${((i * 37) % 90) + 10}s: None`,
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    // GlitchTip talks to valkey-node-0 by name, and Sentinel failed over to node-2 at 08:13:58:
    // node-0 is now a read-only replica. FLUSHDB on it fails (READONLY) and would not help; the
    // client must follow the new master, which a restart does not do with this URL either.
    id: 'fiftythird-glitchtip-ingest-500s',
    family: 'redis-readonly',
    source:
      'https://github.com/jazzband/django-redis/issues/616 + https://github.com/StackExchange/StackExchange.Redis/issues/2264',
    signal: 'Alert',
    containers: [
      {
        ...serving('glitchtip-web', '2026-02-10T09:18:26Z'),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'redis://glitchtip-valkey-node-0.glitchtip-valkey-headless.monitoring.svc:6379/0',
          CELERY_BROKER_URL:
            'redis://glitchtip-valkey-node-0.glitchtip-valkey-headless.monitoring.svc:6379/1',
          DATABASE_URL: 'postgres://glitchtip:********@glitchtip-db.monitoring.svc:5432/glitchtip',
          GLITCHTIP_DOMAIN: 'https://errors.corp.example',
        },
      },
    ],
    events: [
      alert(
        'GlitchTipIngestFailing',
        '100% of POST /api/:id/envelope/ and /api/:id/store/ returning 500 for 14m (2,310 events lost)',
      ),
      alert(
        'ValkeySentinelFailover',
        'glitchtip-valkey master moved from glitchtip-valkey-node-0 to glitchtip-valkey-node-2 at 08:13:58 (+switch-master mymaster 10.42.2.18 6379 10.42.4.22 6379)',
      ),
    ],
    currentLog: log(
      times(14, (i) => {
        const t = at(8, 20, 2) + i * 43;
        return [
          `ERROR ${iso(t, i).replace('T', ' ').replace('Z', '')} django.request Internal Server Error: /api/${[7, 12, 3][i % 3]}/envelope/`,
          'Traceback (most recent call last):',
          '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
          '    response = get_response(request)',
          '  File "/code/apps/event_ingest/views.py", line 118, in post',
          '    process_event.delay(event_id, project_id)',
          '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 1470, in execute_command',
          '    return conn.retry.call_with_retry(',
          '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 537, in read_response',
          '    raise response',
          "redis.exceptions.ReadOnlyError: You can't write against a read only replica.",
          `INFO:     10.42.${i % 6}.${40 + i}:${51300 + i * 7} - "POST /api/${[7, 12, 3][i % 3]}/envelope/ HTTP/1.1" 500 Internal Server Error`,
          `INFO:     10.42.${(i + 2) % 6}.${60 + i}:${52100 + i * 5} - "GET /api/0/organizations/ops/issues/?query=is%3Aunresolved HTTP/1.1" 200 OK`,
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- look-alikes: node actions (3)
  {
    // Seafile assembles resumable uploads in httptemp, an emptyDir capped at 4 GiB; one user's
    // 9 GB video upload pushed it over and the kubelet evicted this pod alone. The node is fine.
    id: 'fiftythird-seafile-evicted',
    family: 'ephemeral-storage',
    source:
      'https://github.com/haiwen/seafile/issues/2526 + https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'seafile',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SEAFILE_SERVER_HOSTNAME: 'files.corp.example',
          SEAFILE_SERVER_PROTOCOL: 'https',
          TIME_ZONE: 'Etc/UTC',
        },
        mounts: [
          { volume: 'shared', path: '/shared' },
          { volume: 'httptemp', path: '/shared/seafile/seafile-data/httptemp' },
        ],
      },
    ],
    volumes: [
      { name: 'shared', persistentVolumeClaim: 'seafile-data' },
      { name: 'httptemp', emptyDir: { sizeLimit: '4Gi' } },
    ],
    node: readyNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "httptemp" exceeds the limit "4Gi".',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container seafile', type: 'Normal' },
    ],
    currentLog: log(
      times(60, (i) => {
        const t = at(8, 12) + i * 9;
        if (i % 6 === 5) {
          return `10.42.1.${20 + (i % 9)} - - [11/Feb/2026:${hms(t)} +0000] "GET /api2/repos/?type=mine HTTP/1.1" 200 ${2200 + i * 3} "-" "Seafile/9.0.8 (Linux)" 0.0${(i % 7) + 2}1 0.0${(i % 7) + 2}0`;
        }
        return `10.42.3.${41 + (i % 3)} - - [11/Feb/2026:${hms(t)} +0000] "POST /seafhttp/upload-aj/8c2f41d7-6a0e-4e3b-9d51-${(0x4f2a1c90 + (i % 4)).toString(16)}e7b2?ret-json=1 HTTP/1.1" 200 ${i % 10 === 9 ? 96 : 27} "https://files.corp.example/library/6b1e0c52-8f3d-4c7a-a1e9-2d5f7c0b4e18/Marketing/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/121.0" ${(1.1 + (i % 5) * 0.07).toFixed(3)} ${(1.1 + (i % 5) * 0.07).toFixed(3)}`;
      }),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Headscale cannot resolve its OIDC issuer: UDP 53 to kube-dns times out from this pod only,
    // and Hubble counts the drops against the namespace's new default-deny egress policy. The node
    // is Ready and its other pods resolve fine; moving the pod carries the policy with it.
    id: 'fiftythird-headscale-crashloop',
    family: 'network-policy',
    source:
      'https://github.com/juanfont/headscale/issues/827 + https://github.com/juanfont/headscale/blob/main/hscontrol/oidc.go',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('headscale', 1, 8),
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          HEADSCALE_SERVER_URL: 'https://hs.corp.example',
          HEADSCALE_OIDC_ISSUER: 'https://auth.corp.example/application/o/headscale/',
          HEADSCALE_OIDC_CLIENT_ID: 'headscale',
          HEADSCALE_DATABASE_TYPE: 'sqlite',
        },
        args: ['serve'],
        mounts: [
          { volume: 'data', path: '/var/lib/headscale' },
          { volume: 'config', path: '/etc/headscale' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'headscale-data' },
      { name: 'config', configMap: 'headscale-config' },
    ],
    node: readyNode,
    events: [
      backOff('headscale', 'headscale-79c5d8b6f4-hk7rn_vpn(2a9f…)', 22),
      alert(
        'HubblePolicyDrops',
        'namespace vpn: 412 dropped flows in 10m from headscale-79c5d8b6f4-hk7rn to kube-system/kube-dns:53/UDP, reason POLICY_DENIED (egress), policy default-deny-egress created 07:52',
      ),
    ],
    previousLog: log(
      '2026-02-11T08:24:40Z INF Opening database database=sqlite3 path=/var/lib/headscale/db.sqlite',
      'Error: initializing: creating new headscale: creating OIDC provider from issuer config: Get "https://auth.corp.example/application/o/headscale/.well-known/openid-configuration": dial tcp: lookup auth.corp.example on 10.96.0.10:53: read udp 10.42.6.31:51123->10.96.0.10:53: i/o timeout',
    ),
    accept: ['escalate'],
  },
  {
    // The node's memory pressure is this pod: coolwsd runs without a memory limit (it reports
    // "cgroup limit: 0 KB") and had grown to 10.8 GiB. Draining or replacing the node moves the
    // same unbounded pod onto the next one.
    id: 'fiftythird-collabora-evicted-memory-pressure',
    family: 'node-pressure-from-pod',
    source:
      'https://github.com/CollaboraOnline/richdocumentscode/issues/176 + https://github.com/alexbelgium/hassio-addons/issues/2768',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'coolwsd',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryRequest: '1Gi',
        cpuLimit: '4',
        env: {
          aliasgroup1: 'https://cloud\\.corp\\.example:443',
          extra_params: '--o:ssl.enable=false --o:ssl.termination=true',
          dictionaries: 'de_DE en_GB en_US',
        },
      },
    ],
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
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/memory-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 61212Ki. Container coolwsd was using 11342668Ki, request is 1Gi, has larger consumption of memory.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container coolwsd', type: 'Normal' },
    ],
    currentLog: log(
      'wsd-00001-00001 2026-02-10 06:02:11.907463 +0000 [ coolwsd ] TRC  Reading from: /sys/fs/cgroup//memory.max| common/Util-server.cpp:117',
      'wsd-00001-00001 2026-02-10 06:02:11.907585 +0000 [ coolwsd ] TRC  no cgroup memory limit| wsd/Admin.cpp:547',
      'wsd-00001-00001 2026-02-10 06:02:11.907625 +0000 [ coolwsd ] TRC  no cgroup memory soft limit| wsd/Admin.cpp:557',
      'wsd-00001-00001 2026-02-10 06:02:11.909176 +0000 [ coolwsd ] INF  Total available memory: 13114598 KB (12.5 GB), System memory: 16393248 KB (15.6 GB), cgroup limit: 0 KB, cgroup soft-limit: 0 KB, configured memproportion: 80%, actual percentage of system total: 80%, current usage: 65301 KB (0% of limit)| wsd/Admin.cpp:583',
      'wsd-00001-00001 2026-02-10 06:02:11.909221 +0000 [ coolwsd ] INF  Hardware threads: 4| wsd/Admin.cpp:598',
      'wsd-00001-00001 2026-02-10 06:02:11.909322 +0000 [ coolwsd ] INF  Adding trusted WOPI host: [cloud\\\\.corp\\\\.example].| wsd/HostUtil.cpp:62',
      times(
        40,
        (i) =>
          `wsd-00001-00001 2026-02-11 ${hms(at(7, 3) + i * 110)}.${pad((i * 7919) % 1000000, 6)} +0000 [ coolwsd ] TRC  Total memory used: ${7200000 + i * 103400 + ((i * 7919) % 4000)}| wsd/Admin.cpp:436`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- look-alikes: rollbacks (3)
  {
    // Sign-ins broke at 08:03 when the Entra ID client secret expired (AADSTS7000222); the Pomerium
    // release went out six hours earlier and served sign-ins all night. Rolling it back keeps the
    // expired secret and drops the release's fixes.
    id: 'fiftythird-pomerium-callback-errors',
    family: 'credentials-expired',
    source:
      'https://github.com/dotnet/sign/issues/849 + https://github.com/pomerium/pomerium/blob/main/pkg/identity/oidc/oidc.go + https://github.com/pomerium/pomerium/blob/main/internal/httputil/errors.go',
    signal: 'Alert',
    containers: [
      {
        ...serving('pomerium', '2026-02-11T02:28:40Z'),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          IDP_PROVIDER: 'azure',
          IDP_PROVIDER_URL: 'https://login.microsoftonline.com/0b7c4e2a-91f3-4d6e-8a15-c2f0d9b7e641/v2.0',
          IDP_CLIENT_ID: '6f2d3b1a-4c8e-4f7a-9b2d-1e5c7a9f0d34',
          AUTHENTICATE_SERVICE_URL: 'https://authenticate.corp.example',
        },
        mounts: [
          { volume: 'config', path: '/pomerium' },
          { volume: 'idp', path: '/run/secrets/idp' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'pomerium-config' },
      { name: 'idp', secret: 'pomerium-idp-client' },
    ],
    rollout: { minutesAgo: 362, previousTag: 'v0.28.0' },
    events: [
      alert(
        'PomeriumSignInFailures',
        '100% of GET /oauth2/callback returning 500 for 26m, 0 successful sign-ins since 08:03 (412 between 02:30 and 08:03); requests with existing sessions unaffected',
      ),
    ],
    currentLog: log(
      times(44, (i) => {
        const t = at(8, 18, 7) + i * 15;
        if (i % 4 === 1) {
          return `{"level":"error","error":"authenticate.OAuthCallback: error redeeming authenticate code: identity/oidc: token exchange failed: oauth2: \\"invalid_client\\" \\"AADSTS7000222: The provided client secret keys for app '6f2d3b1a-4c8e-4f7a-9b2d-1e5c7a9f0d34' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds. Trace ID: ${(0xde577a4f + i * 4099).toString(16)}-a611-44e8-94e6-5ca7955a3800 Correlation ID: ${(0xb1f881fe + i * 7919).toString(16)}-810c-4731-a772-fa920ee90430 Timestamp: 2026-02-11 ${hms(t)}Z\\"","status":500,"status-text":"Internal Server Error","request-id":"${(0x7c1e9a40 + i * 131).toString(16)}-2d3f-4a5b-8c9d-0e1f2a3b4c5d","time":"${iso(t, i)}","message":"httputil: error"}`;
        }
        const host = [
          'wiki.corp.example',
          'grafana.corp.example',
          'jira.corp.example',
          'authenticate.corp.example',
        ][i % 4];
        const path = host === 'authenticate.corp.example' ? '/oauth2/callback' : '/';
        const code = host === 'authenticate.corp.example' ? 500 : i % 3 === 0 ? 302 : 200;
        return `{"level":"info","service":"envoy","upstream-cluster":"route-${(0x3fa1c2 + (i % 4) * 977).toString(16)}","method":"GET","authority":"${host}","path":"${path}","user-agent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15","referer":"","forwarded-for":"10.20.${i % 8}.${30 + i}","request-id":"${(0x7c1e9a40 + i * 131).toString(16)}-2d3f-4a5b-8c9d-0e1f2a3b4c5d","duration":${3 + ((i * 7) % 40)},"size":${code === 302 ? 0 : 1482 + i * 3},"response-code":${code},"response-code-details":"${code === 500 ? 'ext_authz_error' : 'via_upstream'}","time":"${iso(t, i)}","message":"http-request"}`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    // The pod came up at 07:00 (node consolidation) and imported the server key now in the Secret,
    // key 7B41E09C55A3F8D2, while the Deployment still names fingerprint ...C6D8E0F1A3B5C7D9: the
    // Secret was replaced overnight. The image rolled out five hours ago is not involved.
    id: 'fiftythird-passbolt-login-failures',
    family: 'secret-changed',
    source:
      'https://github.com/passbolt/passbolt_api/issues/74 + https://github.com/passbolt/charts-passbolt/issues/130',
    signal: 'Alert',
    containers: [
      {
        ...serving('passbolt', '2026-02-11T07:00:31Z'),
        memoryLimit: '768Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          APP_FULL_BASE_URL: 'https://pass.corp.example',
          PASSBOLT_KEY_EMAIL: 'passbolt@corp.example',
          PASSBOLT_GPG_SERVER_KEY_FINGERPRINT: '2F0C6E1B9A5D4C7E8F31A2B4C6D8E0F1A3B5C7D9',
          DATASOURCES_DEFAULT_HOST: 'passbolt-db.vault.svc',
        },
        mounts: [
          { volume: 'gpg', path: '/etc/passbolt/gpg' },
          { volume: 'jwt', path: '/etc/passbolt/jwt' },
        ],
      },
    ],
    volumes: [
      { name: 'gpg', secret: 'passbolt-gpg-server-key' },
      { name: 'jwt', secret: 'passbolt-jwt' },
    ],
    rollout: { minutesAgo: 305, previousTag: '4.9.1-1-ce' },
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned vault/passbolt-6b8d9c7f5-r2xkp to ip-10-0-3-71.eu-west-1.compute.internal',
        type: 'Normal',
      },
      alert(
        'PassboltLoginFailures',
        'POST /auth/verify.json and POST /auth/login.json returning 500 for 100% of requests since 07:01 (1,212 failures); last successful login 06:52',
      ),
    ],
    currentLog: log(
      "gpg: keybox '/var/lib/passbolt/.gnupg/pubring.kbx' created",
      'gpg: /var/lib/passbolt/.gnupg/trustdb.gpg: trustdb created',
      'gpg: key 7B41E09C55A3F8D2: public key "Passbolt Server Key <passbolt@corp.example>" imported',
      'gpg: key 7B41E09C55A3F8D2: secret key imported',
      'gpg: Total number processed: 1',
      'gpg:               imported: 1',
      'gpg:       secret keys read: 1',
      'gpg:   secret keys imported: 1',
      '[11-Feb-2026 07:00:33] NOTICE: fpm is running, pid 41',
      '[11-Feb-2026 07:00:33] NOTICE: ready to handle connections',
      times(40, (i) => {
        const t = at(8, 20, 4) + i * 13;
        if (i % 4 === 2) {
          return `2026-02-11 ${hms(t)} Error: [Cake\\Http\\Exception\\InternalErrorException] The GPG Server key defined in the config is not found in the gpg keyring in /usr/share/php/passbolt/src/Utility/Gpg.php on line 143\nRequest URL: /auth/${i % 8 === 2 ? 'verify' : 'login'}.json?api-version=v2`;
        }
        const path =
          [
            '/auth/verify.json?api-version=v2',
            '/healthcheck/status.json',
            '/auth/login.json?api-version=v2',
            '/users/me.json',
          ][i % 4] ?? '/';
        const code = path.startsWith('/auth') ? 500 : path.startsWith('/users') ? 403 : 200;
        return `10.42.${i % 4}.${60 + i} - - [11/Feb/2026:${hms(t)} +0000] "${path.startsWith('/auth') ? 'POST' : 'GET'} ${path} HTTP/1.1" ${code} ${code === 500 ? 213 : 98} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/122.0"`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    // OpenProject 13 ran its migrations 45 minutes ago, among them MergeWikiContentIntoPage, which
    // drops wiki_contents and renames its journals table. Uploads fail because the new image runs as
    // a non-root user on a volume owned by root. Rolling back puts 12.5 code on a schema it cannot
    // read; the volume's ownership is the fix.
    id: 'fiftythird-openproject-attachment-500s',
    family: 'migrated-schema',
    source:
      'https://github.com/opf/openproject-docker-compose/issues/77 + https://github.com/opf/openproject-docker-compose/issues/60 + https://github.com/opf/openproject/blob/dev/db/migrate/20230322135932_merge_wiki_content_into_page.rb',
    signal: 'Alert',
    containers: [
      {
        ...serving('openproject-web', '2026-02-11T07:45:52Z'),
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          OPENPROJECT_HOST__NAME: 'pm.corp.example',
          OPENPROJECT_HTTPS: 'true',
          OPENPROJECT_ATTACHMENTS__STORAGE__PATH: '/var/openproject/assets/files',
          RAILS_MIN_THREADS: '4',
          RAILS_MAX_THREADS: '16',
        },
        mounts: [{ volume: 'assets', path: '/var/openproject/assets' }],
      },
    ],
    volumes: [{ name: 'assets', persistentVolumeClaim: 'openproject-assets' }],
    rollout: { minutesAgo: 45, previousTag: '12.5.8' },
    events: [
      alert(
        'OpenProjectHTTP5xx',
        '31% of POST /api/v3/attachments and POST /api/v3/work_packages/:id/attachments returning 500 over 15m; all other routes 0.2%',
      ),
    ],
    currentLog: log(
      '== 20230314165213 AddForeignKeysToWorkPackages: migrating ========================',
      '-- add_foreign_key(:work_packages, :types)',
      '   -> 0.4211s',
      '-- add_foreign_key(:work_packages, :statuses)',
      '   -> 0.3870s',
      '== 20230314165213 AddForeignKeysToWorkPackages: migrated (2.1043s) ===============',
      '',
      '== 20230322135932 MergeWikiContentIntoPage: migrating ===========================',
      '-- change_table(:wiki_pages, {:bulk=>true})',
      '   -> 0.0412s',
      '-- add_index(:wiki_pages, :updated_at)',
      '   -> 0.0733s',
      '-- change_column_null(:wiki_pages, :lock_version, false)',
      '   -> 0.0219s',
      '-- change_column_null(:wiki_pages, :author_id, false)',
      '   -> 0.0187s',
      '-- drop_table(:wiki_contents)',
      '   -> 0.0094s',
      '-- rename_table(:wiki_content_journals, :wiki_page_journals)',
      '   -> 0.0051s',
      '-- remove_column(:wiki_page_journals, :page_id, :bigint)',
      '   -> 0.0032s',
      '== 20230322135932 MergeWikiContentIntoPage: migrated (14.8812s) ==================',
      '',
      '== 20230328154645 AddGinTrgmIndexOnJournalsAndCustomValues: migrating ===========',
      '-- add_index(:journals, :notes, {:using=>"gin", :opclass=>:gin_trgm_ops})',
      '   -> 38.1170s',
      '-- add_index(:custom_values, :value, {:using=>"gin", :opclass=>:gin_trgm_ops})',
      '   -> 6.9042s',
      '== 20230328154645 AddGinTrgmIndexOnJournalsAndCustomValues: migrated (45.0338s) ==',
      '',
      '=> Booting Puma',
      '=> Rails 7.0.8 application starting in production ',
      '[1] Puma starting in cluster mode...',
      '[1] * Puma version: 6.4.0 (ruby 3.2.2-p53) ("The Eagle of Durango")',
      '[1] *  Min threads: 4',
      '[1] *  Max threads: 16',
      '[1] *  Environment: production',
      '[1] *   Master PID: 1',
      '[1] *      Workers: 2',
      '[1] * Listening on http://0.0.0.0:8080',
      times(30, (i) => {
        const t = at(8, 20, 6) + i * 19;
        const req = `${(0x5e1c0a00 + i * 7919).toString(16)}-4b2a-4c1d-9e8f-${(0x1a2b3c4d + i * 31).toString(16)}5e6f`;
        if (i % 3 === 1) {
          return [
            `E, [2026-02-11T${hms(t)}.${pad((i * 7919) % 1000000, 6)} #${31 + (i % 2)}] ERROR -- : [${req}] Errno::EACCES: Permission denied @ dir_s_mkdir - /var/openproject/assets/files (Errno::EACCES)`,
            "/app/lib/open_project/patches/fog_file.rb:12:in `mkdir!'",
            `I, [2026-02-11T${hms(t)}.${pad((i * 7919 + 4) % 1000000, 6)} #${31 + (i % 2)}]  INFO -- : [${req}] method=POST path=/api/v3/attachments format=json controller=API::V3::Root action=dispatch status=500 duration=${180 + i * 3}.12 view=0.00 db=${4 + (i % 5)}.81`,
          ].join('\n');
        }
        const paths = [
          '/projects/website/work_packages',
          '/api/v3/work_packages?filters=%5B%5D',
          '/projects/website/wiki/release-notes',
          '/my/page',
        ];
        return `I, [2026-02-11T${hms(t)}.${pad((i * 7919) % 1000000, 6)} #${31 + (i % 2)}]  INFO -- : [${req}] method=GET path=${paths[i % 4]} format=html controller=${['WorkPackagesController', 'API::V3::Root', 'WikiController', 'MyController'][i % 4]} action=${['index', 'dispatch', 'show', 'page'][i % 4]} status=200 duration=${90 + i * 5}.47 view=${40 + i}.10 db=${11 + (i % 9)}.02`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- right: memory raises (3)
  {
    // Four cameras were added on 5 February; since then the working set sits flat at 3.7-3.9 GiB of
    // 4 GiB and the peaks of the morning shift change push it over. No growth within a run, no
    // tmpfs that fills: the limit is simply a size too small now.
    id: 'fiftythird-frigate-oomkilled',
    family: 'memory-steady-growth',
    source:
      'https://github.com/theepicsaxguy/homelab/pull/706 + https://github.com/blakeblackshear/frigate/issues/9561',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomRestarted('frigate', 2, '2026-02-11T08:11:37Z'),
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: { TZ: 'Etc/UTC', FRIGATE_RTSP_PASSWORD: '********' },
        mounts: [
          { volume: 'config', path: '/config' },
          { volume: 'media', path: '/media/frigate' },
          { volume: 'dshm', path: '/dev/shm' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'frigate-config' },
      { name: 'media', persistentVolumeClaim: 'frigate-media' },
      { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '512Mi' } },
    ],
    rollout: { minutesAgo: 205, previousTag: '0.14.0', addedEnv: { FRIGATE_MQTT_USER: 'frigate' } },
    events: [
      alert(
        'KubeContainerMemoryNearLimit',
        'frigate working set 3.71-3.86Gi of 4Gi limit, flat for 6 days since cameras 9-12 were added on 2026-02-05 (2.9Gi before); OOMKilled 07:33 and 08:11 during the 07:30-08:15 motion peak',
      ),
    ],
    previousLog: log(
      '2026-02-11 07:33:51.004123611  [INFO] Preparing Frigate...',
      '2026-02-11 07:33:51.061055557  [INFO] Starting Frigate...',
      '2026-02-11 07:33:53.992955027  [2026-02-11 07:33:53] frigate.app                    INFO    : Starting Frigate (0.14.1-f4f3cfa)',
      '2026-02-11 07:33:53.993626062  [2026-02-11 07:33:53] frigate.app                    INFO    : Creating directory: /tmp/cache',
      '2026-02-11 07:33:54.158371522  [2026-02-11 07:33:54] peewee_migrate.logs            INFO    : Starting migrations',
      '2026-02-11 07:33:54.170256864  [2026-02-11 07:33:54] peewee_migrate.logs            INFO    : There is nothing to migrate',
      '2026-02-11 07:33:54.175440181  [2026-02-11 07:33:54] frigate.app                    INFO    : Recording process started: 308',
      '2026-02-11 07:33:54.178870208  [2026-02-11 07:33:54] frigate.app                    INFO    : go2rtc process pid: 89',
      '2026-02-11 07:33:54.230742893  [2026-02-11 07:33:54] detector.coral                 INFO    : Starting detection process: 318',
      '2026-02-11 07:33:57.150880727  [2026-02-11 07:33:57] frigate.app                    INFO    : Output process started: 319',
      times(12, (i) => {
        const cam = [
          'front_door',
          'driveway',
          'garden',
          'garage',
          'side_gate',
          'porch',
          'back_door',
          'shed',
          'loading_bay',
          'gate_north',
          'gate_south',
          'yard_east',
        ][i];
        return [
          `2026-02-11 07:33:57.${pad(151 + i * 17, 3)}057758  [2026-02-11 07:33:57] frigate.app                    INFO    : Camera processor started for ${cam}: ${330 + i * 4}`,
          `2026-02-11 07:33:57.${pad(160 + i * 17, 3)}114402  [2026-02-11 07:33:57] frigate.app                    INFO    : Capture process started for ${cam}: ${332 + i * 4}`,
        ].join('\n');
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // The videobridge's heap may grow to VIDEOBRIDGE_MAX_MEMORY=3072m and the container limit is
    // 3 GiB: once the heap fills under a busy morning, heap plus native memory passes the limit and
    // the kernel kills it (no Java OutOfMemoryError). The limit needs headroom above the heap.
    id: 'fiftythird-jvb-oomkilled',
    family: 'memory-heap-equals-limit',
    source:
      'https://github.com/jitsi/jitsi-videobridge/issues/1575 + https://github.com/jitsi/jitsi-meet/issues/6589',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('jvb', 2),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          VIDEOBRIDGE_MAX_MEMORY: '3072m',
          JVB_PORT: '10000',
          JVB_ADVERTISE_IPS: '203.0.113.24',
          JVB_BREWERY_MUC: 'jvbbrewery',
          PUBLIC_URL: 'https://meet.corp.example',
        },
      },
    ],
    events: [
      backOff('jvb', 'jvb-0_jitsi(9b1c…)', 3),
      alert(
        'JitsiBridgeLeftBrewery',
        'jvb-0 left jvbbrewery twice in 40m (08:09, 08:26), conferences re-invited to jvb-1 (stress 0.81); jvb-0 had 31 and 28 conferences, 184 and 167 endpoints',
      ),
    ],
    previousLog: log(
      'JVB 2026-02-11 08:10:22.118 INFO: [1] MainKt.main#91: Starting jitsi-videobridge version 2.3.160-g97a1f15c',
      'JVB 2026-02-11 08:10:24.402 INFO: [27] [hostname=prosody.jitsi.svc id=shard] MucClient.initializeConnectAndJoin#314: Joined MUC: jvbbrewery@internal-muc.meet.corp.example',
      times(
        30,
        (i) =>
          `JVB 2026-02-11 ${hms(at(8, 10, 40) + i * 30)}.${ms(i)} INFO: [${110 + (i % 7)}] [confId=${(0x3e5a11c0 + i * 4099).toString(16)} conf_name=${['standup', 'sales-weekly', 'eng-sync', 'board-prep', 'support-huddle', 'onboarding'][i % 6]}-${i}@muc.meet.corp.example] Conference.<init>#218: Created new conference.`,
      ),
      times(
        15,
        (i) =>
          `JVB 2026-02-11 ${hms(at(8, 11) + i * 60)}.${ms(i + 3)} INFO: [29] HealthChecker.run#171: Performed a successful health check in PT0.0000${10 + (i % 9)}S. Sticky failure: false`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Since finance moved its spreadsheets to OnlyOffice the Document Server holds 20-26 open
    // documents in office hours instead of 8, and each kill came at the limit with that many open;
    // nothing grows within a document's life. The 1.5 GiB limit predates the new load.
    id: 'fiftythird-onlyoffice-documentserver-oomkilled',
    family: 'memory-steady-growth',
    source:
      'https://github.com/mmalyska/home-ops/pull/4413 + https://github.com/ONLYOFFICE/Docker-DocumentServer/issues/352',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLooping('documentserver', 3),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JWT_ENABLED: 'true',
          DB_TYPE: 'postgres',
          DB_HOST: 'onlyoffice-db.office.svc',
          AMQP_URI: 'amqp://onlyoffice:********@onlyoffice-rabbitmq.office.svc:5672',
        },
        mounts: [{ volume: 'data', path: '/var/www/onlyoffice/Data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'onlyoffice-data' }],
    events: [
      backOff('documentserver', 'onlyoffice-documentserver-6f7b8c9d4-zv5qn_office(41aa…)', 4),
      alert(
        'OnlyOfficeDocServerRestarts',
        '3 OOM kills since 07:10, each with 21-26 documents open; working set at kill 1.49-1.50Gi, between kills 1.2-1.45Gi; open documents in office hours up from ~8 to ~24 since 2026-02-02',
      ),
    ],
    previousLog: log(
      '[2026-02-11T08:02:14.118] [INFO] nodeJS - Express server listening on port 8000 in production-linux mode. Version: 8.2.2. Build: 22',
      '[2026-02-11T08:02:14.402] [INFO] nodeJS - [AMQP] successfully connected',
      '[2026-02-11T08:02:14.417] [INFO] nodeJS - checkDbSchema done',
      times(36, (i) => {
        const t = at(8, 2, 40) + i * 38;
        const doc = `${(0x9f2c41a0 + (i % 24) * 977).toString(16)}_${1770790000 + (i % 24) * 61}`;
        return i % 4 === 3
          ? `10.42.2.${14 + (i % 5)} - - [11/Feb/2026:${hms(t)} +0000] "POST /coauthoring/CommandService.ashx HTTP/1.1" 200 ${31 + (i % 3)} "-" "Node.js/20"`
          : `10.42.${i % 4}.${60 + (i % 30)} - - [11/Feb/2026:${hms(t)} +0000] "GET /8.2.2-22/doc/${doc}/c/?EIO=4&transport=websocket HTTP/1.1" 101 ${2100 + i * 91} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/121.0"`;
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- right: restarts (3)
  {
    // After Prosody restarted at 07:51, jvb-1 reconnected but could not rejoin the brewery room,
    // which did not exist yet; it never retries and its health check still passes. Jicofo does not
    // see it. Deleting the pod makes it join afresh; it carries no conferences now.
    id: 'fiftythird-jvb-missing-from-brewery',
    family: 'wedged-client',
    source:
      'https://github.com/jitsi/jitsi-videobridge/issues/1247 + https://github.com/jitsi/jicoco/pull/181',
    signal: 'Alert',
    containers: [
      {
        ...serving('jvb', '2026-02-10T18:04:12Z'),
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          VIDEOBRIDGE_MAX_MEMORY: '3072m',
          JVB_BREWERY_MUC: 'jvbbrewery',
          XMPP_INTERNAL_MUC_DOMAIN: 'internal-muc.meet.corp.example',
          XMPP_SERVER: 'prosody.jitsi.svc',
        },
      },
    ],
    events: [
      alert(
        'JitsiBridgeNotInBrewery',
        'jicofo sees 1 of 2 bridges (jvb-0, stress 0.78); jvb-1 absent from jvbbrewery@internal-muc.meet.corp.example since 07:51 while its /about/health returns 200',
      ),
    ],
    currentLog: log(
      'JVB 2026-02-11 07:51:02.118 WARNING: [41] [hostname=prosody.jitsi.svc id=shard] MucClient$2.connectionClosedOnError#162: Closed on error:',
      'org.jivesoftware.smack.XMPPException$StreamErrorException: system-shutdown You can read more about the meaning of this stream error at http://xmpp.org/rfcs/rfc6120.html#streams-error-conditions',
      "<stream:error><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text>Received SIGTERM</text></stream:error>",
      '        at org.jivesoftware.smack.tcp.XMPPTCPConnection$PacketReader.parsePackets(XMPPTCPConnection.java:1064)',
      '        at org.jivesoftware.smack.tcp.XMPPTCPConnection$PacketReader.access$300(XMPPTCPConnection.java:1000)',
      '        at java.base/java.lang.Thread.run(Thread.java:829)',
      'JVB 2026-02-11 07:51:12.402 INFO: [52] [hostname=prosody.jitsi.svc id=shard] MucClient$2.authenticated#146: Authenticated, resumed=false',
      'JVB 2026-02-11 07:51:12.520 WARNING: [52] [hostname=prosody.jitsi.svc id=shard] MucClient.log() Failed to join the MUCs.',
      'org.jivesoftware.smack.XMPPException$XMPPErrorException: XMPP error reply received from jvbbrewery@internal-muc.meet.corp.example/jvb-1: XMPPError: not-allowed - cancel [Room creation is restricted]',
      '        at org.jivesoftware.smack.XMPPException$XMPPErrorException.ifHasErrorThenThrow(XMPPException.java:78)',
      '        at org.jivesoftware.smackx.muc.MultiUserChat.enter(MultiUserChat.java:341)',
      '        at org.jitsi.xmpp.mucclient.MucClient$MucWrapper.join(MucClient.java:823)',
      times(
        38,
        (i) =>
          `JVB 2026-02-11 ${hms(at(7, 52) + i * 60)}.${ms(i)} INFO: [29] HealthChecker.run#171: Performed a successful health check in PT0.0000${11 + (i % 8)}S. Sticky failure: false`,
      ),
    ),
    accept: ['restart-pod'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Aurora failed over at 08:07; Miniflux's pooled connections still point at the old writer,
    // now a reader, so every write fails "read-only transaction" while reads work. A restart opens
    // new connections through the cluster endpoint to the new writer.
    id: 'fiftythird-miniflux-write-errors',
    family: 'stale-connection',
    source:
      'https://github.com/lidofinance/lido-keys-api/issues/268 + https://github.com/miniflux/v2/blob/main/internal/storage/entry.go',
    signal: 'Alert',
    containers: [
      {
        ...serving('miniflux', '2026-02-11T03:21:40Z'),
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL:
            'postgres://miniflux:********@miniflux-aurora.cluster-c1x2y3z4a5b6.eu-west-1.rds.amazonaws.com/miniflux?sslmode=require',
          RUN_MIGRATIONS: '1',
          POLLING_FREQUENCY: '30',
          WORKER_POOL_SIZE: '8',
        },
      },
    ],
    rollout: { minutesAgo: 310, previousTag: '2.2.4' },
    events: [
      alert(
        'MinifluxHTTP5xx',
        '58% of PUT /v1/entries and PUT /v1/feeds/:id/refresh returning 500 for 21m; GET requests 200',
      ),
      alert(
        'AuroraFailover',
        'cluster miniflux-aurora: failover completed at 08:07:41, new writer miniflux-aurora-instance-2, miniflux-aurora-instance-1 now a reader',
      ),
    ],
    currentLog: log(
      times(40, (i) => {
        const t = at(8, 9, 2) + i * 29;
        const ip = `10.42.${i % 4}.${11 + (i % 13)}`;
        if (i % 4 === 3) {
          return `time=${iso(t, i)} level=ERROR msg="Internal Server Error" error="store: unable to update feed #${182 + i} (https://lwn.net/headlines/rss): pq: cannot execute UPDATE in a read-only transaction" client_ip=${ip} request.method=PUT request.uri=/v1/feeds/${182 + i}/refresh request.user_agent="NetNewsWire (RSS Reader; https://netnewswire.com/)" response.status_code=500`;
        }
        return `time=${iso(t, i)} level=ERROR msg="Internal Server Error" error="store: unable to update entries statuses [${441201 + i * 3} ${441202 + i * 3}]: pq: cannot execute UPDATE in a read-only transaction" client_ip=${ip} request.method=PUT request.uri=/v1/entries request.user_agent="Reeder/5.3 CFNetwork/1494.0.7 Darwin/23.4.0" response.status_code=500`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // The Woodpecker server restarted at 08:02; the agent logged its gRPC errors, then went silent
    // and never asked for work again, while 23 workflows wait. The server is back and healthy; the
    // agent needs a fresh connection.
    id: 'fiftythird-woodpecker-agent-idle',
    family: 'wedged-client',
    source:
      'https://github.com/woodpecker-ci/woodpecker/issues/4446 + https://github.com/woodpecker-ci/woodpecker/pull/5192',
    signal: 'Alert',
    containers: [
      {
        ...serving('agent', '2026-02-10T14:02:00Z'),
        memoryLimit: '256Mi',
        memoryRequest: '64Mi',
        cpuLimit: '500m',
        env: {
          WOODPECKER_SERVER: 'woodpecker-server.ci.svc:9000',
          WOODPECKER_BACKEND: 'kubernetes',
          WOODPECKER_MAX_WORKFLOWS: '4',
          WOODPECKER_BACKEND_K8S_NAMESPACE: 'ci-jobs',
        },
      },
    ],
    events: [
      alert(
        'WoodpeckerWorkflowsPending',
        '23 workflows pending for more than 15m, 0 running; 1 agent connected (woodpecker-agent), last workflow taken 08:02:12; woodpecker-server-0 restarted 08:02:40, Ready since 08:03:15',
      ),
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `{"level":"info","time":"2026-02-11T${hms(at(7, 31) + i * 240)}Z","message":"workflow #${40211 + i} finished","repo":"platform/${['api', 'web', 'infra', 'docs'][i % 4]}"}`,
      ),
      '{"level":"error","error":"rpc error: code = Unavailable desc = error reading from server: EOF","time":"2026-02-11T08:02:41Z","message":"grpc error: wait(): code: Unavailable"}',
      times(
        6,
        (i) =>
          `{"level":"error","error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.43.12.7:9000: connect: connection refused\\"","time":"2026-02-11T${hms(at(8, 2, 42) + i * 5)}Z","message":"grpc error: ${i % 2 === 0 ? 'next()' : 'report_health()'}: code: Unavailable"}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- right: scale-ups (3)
  {
    // 9,800 recurring invoices were released at 07:45 and two queue workers chew through PDF and
    // mail jobs at full CPU; MySQL and Redis idle. Each job is independent; another worker pod
    // drains the backlog sooner.
    id: 'fiftythird-invoiceninja-queue-backlog',
    family: 'capacity',
    source:
      'https://invoiceninja.github.io/en/env-variables + https://invoiceninja.github.io/en/self-host-installation/',
    signal: 'Alert',
    containers: [
      {
        ...serving('queue-worker', '2026-02-10T03:00:12Z'),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          QUEUE_CONNECTION: 'redis',
          PDF_GENERATOR: 'snappdf',
          DB_HOST: 'invoiceninja-db.billing.svc',
          REDIS_HOST: 'invoiceninja-redis.billing.svc',
        },
        args: ['php', 'artisan', 'queue:work', '--sleep=3', '--tries=3', '--max-time=3600'],
      },
    ],
    events: [
      alert(
        'InvoiceNinjaQueueBacklog',
        'queue default 18,420 jobs waiting (+2,100 per 10m), oldest 42m, after 9,800 scheduled recurring invoices were released at 07:45; worker pods 2/2 at 97% and 99% of CPU limit; MySQL CPU 21%, threads_connected 38 of 500; Redis 310MiB of 4GiB',
      ),
    ],
    currentLog: log(
      times(60, (i) => {
        const t = at(8, 20, 1) + i * 9;
        const job =
          [
            'App\\Jobs\\Entity\\CreateEntityPdf',
            'App\\Jobs\\Mail\\NinjaMailerJob',
            'App\\Jobs\\Entity\\EmailEntity',
          ][i % 3] ?? '';
        const dots = '.'.repeat(Math.max(3, 96 - job.length - 30));
        const took =
          i % 3 === 0
            ? `${(1.6 + (i % 7) * 0.11).toFixed(2)}s`
            : `${210 + ((i * 37) % 400)}.${pad((i * 7) % 100, 2)}ms`;
        return [
          `  2026-02-11 ${hms(t)} ${job} ${dots} RUNNING`,
          `  2026-02-11 ${hms(t + (i % 3 === 0 ? 2 : 0))} ${job} ${dots.slice(0, -took.length + 3)} ${took} DONE`,
        ].join('\n');
      }),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // A product-launch push to 1.2 million subscribers went out at 08:00. The three workers run at
    // their CPU limit while SES, FCM, MongoDB and Redis all have room; the queue only needs more
    // hands.
    id: 'fiftythird-novu-worker-backlog',
    family: 'capacity',
    source:
      'https://github.com/OptimalBits/bull/discussions/2589 + https://oneuptime.com/blog/post/2026-01-21-bullmq-horizontal-scaling/view',
    signal: 'Alert',
    containers: [
      {
        ...serving('worker', '2026-02-10T06:30:41Z'),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          REDIS_HOST: 'novu-redis.notify.svc',
          MONGO_URL: 'mongodb://novu:********@novu-mongo.notify.svc:27017/novu-db',
          WORKER_DEFAULT_CONCURRENCY: '200',
        },
      },
    ],
    events: [
      alert(
        'NovuWorkflowBacklog',
        'standard queue 64,210 jobs waiting (+9,300 per 5m), job wait p95 7m12s since the 08:00 launch broadcast (1.2M subscribers); worker pods 3/3 at 94-98% of CPU limit; SES send rate 2.1% of quota, FCM success 99.8%, MongoDB CPU 24%, Redis 0.6GiB of 8GiB',
      ),
    ],
    currentLog: log(
      times(48, (i) => {
        const t = at(8, 21) + i * 11;
        const channel = ['push', 'email', 'in_app', 'push'][i % 4];
        return `{"level":30,"time":${epochMs(t, i)},"pid":1,"hostname":"novu-worker-7c9f8d6b5-${['x2kqp', 'n8wzt', 'r4jvm'][i % 3]}","context":"StandardWorker","jobId":"${6401220 + i * 131}","transactionId":"${(0x9e1a20c0 + i * 977).toString(16)}-launch","channel":"${channel}","provider":"${channel === 'email' ? 'ses' : channel === 'push' ? 'fcm' : 'novu'}","status":"${channel === 'in_app' ? 'stored' : 'sent'}","durationMs":${120 + ((i * 53) % 700)},"msg":"Step ${channel} completed"}`;
      }),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // Quarter-close: six times the usual signing traffic. Both pods are throttled at their CPU
    // limit, Postgres is at 17 % with 31 of 200 connections. Documenso's web pods hold no state;
    // one more replica takes a third of the load.
    id: 'fiftythird-documenso-latency',
    family: 'capacity',
    source:
      'https://github.com/documenso/documenso/issues/1892 + https://github.com/vercel/next.js/issues/60709',
    signal: 'Alert',
    containers: [
      {
        ...serving('documenso', '2026-02-09T09:12:44Z'),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          NEXTAUTH_URL: 'https://sign.corp.example',
          NEXT_PUBLIC_WEBAPP_URL: 'https://sign.corp.example',
          NEXT_PRIVATE_DATABASE_URL: 'postgres://documenso:********@documenso-db.legal.svc:5432/documenso',
          NEXT_PRIVATE_SIGNING_TRANSPORT: 'local',
        },
      },
    ],
    events: [
      alert(
        'DocumensoHighLatency',
        'p95 4.9s on /api/v1/documents and /sign/:token over 15m (baseline 420ms); pods 2/2 CPU-throttled in 88% of periods; Postgres CPU 17%, 31 of 200 connections; request rate 6.2x the daily baseline (quarter-close send-out)',
      ),
    ],
    currentLog: log(
      '  ▲ Next.js 14.2.6',
      '  - Local:        http://documenso-6d8c9b7f5-q2lwx:3000',
      '  - Network:      http://10.42.4.77:3000',
      '',
      ' ✓ Starting...',
      ' ✓ Ready in 812ms',
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- right: cache flushes (2)
  {
    // redmine-cache is the Rails cache_store and nothing else; it filled at 512 MiB because it
    // runs noeviction, so every write fails and pages render uncached. The keys are disposable
    // fragments; FLUSHDB empties it and Redmine refills it on demand.
    id: 'fiftythird-redmine-slow-pages-cache-full',
    family: 'cache-full',
    source:
      'https://github.com/EBWiki/EBWiki/issues/3997 + https://github.com/thiago-sydow/controle-de-ponto/issues/222',
    signal: 'Alert',
    containers: [
      {
        ...serving('redmine', '2026-02-06T10:41:03Z'),
        memoryLimit: '1536Mi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          REDMINE_DB_POSTGRES: 'redmine-db.pm.svc',
          REDIS_CACHE_URL: 'redis://redmine-cache.pm.svc:6379/0',
        },
        mounts: [
          { volume: 'additional-environment', path: '/usr/src/redmine/config/additional_environment.rb' },
        ],
      },
    ],
    volumes: [{ name: 'additional-environment', configMap: 'redmine-cache-store' }],
    events: [
      alert(
        'RedisMemoryFull',
        'redmine-cache used_memory 512MiB of maxmemory 512MiB (maxmemory-policy noeviction), evicted_keys 0, 1.92M keys in db0 (views/*, issue_query/*); connected clients: redmine only',
      ),
      alert('RedmineSlowPages', 'p95 page time 3.8s over 15m (baseline 0.6s)'),
    ],
    currentLog: log(
      times(16, (i) => {
        const t = at(8, 21) + i * 34;
        const path = [
          '/issues?query_id=12',
          '/projects/infra/issues',
          '/issues/48211',
          '/projects/website/roadmap',
        ][i % 4];
        const ctrl = [
          'IssuesController#index',
          'IssuesController#index',
          'IssuesController#show',
          'VersionsController#index',
        ][i % 4];
        return [
          `I, [2026-02-11T${hms(t)}.${pad((i * 7919) % 1000000, 6)} #1]  INFO -- : Started GET "${path}" for 10.42.${i % 5}.${30 + i} at 2026-02-11 ${hms(t)} +0000`,
          `I, [2026-02-11T${hms(t)}.${pad((i * 7919 + 90) % 1000000, 6)} #1]  INFO -- : Processing by ${ctrl} as HTML`,
          `E, [2026-02-11T${hms(t + 1)}.${pad((i * 7919 + 500) % 1000000, 6)} #1] ERROR -- : RedisCacheStore: write_entry failed, returned false: Redis::CommandError: OOM command not allowed when used memory > 'maxmemory'.`,
          `I, [2026-02-11T${hms(t + 3)}.${pad((i * 7919 + 800) % 1000000, 6)} #1]  INFO -- : Completed 200 OK in ${2900 + ((i * 211) % 1400)}ms (Views: ${2100 + ((i * 97) % 900)}.4ms | ActiveRecord: ${610 + ((i * 53) % 300)}.2ms | Allocations: ${412000 + i * 913})`,
        ].join('\n');
      }),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // Moodle's application caches (MUC) live in moodle-muc, which runs noeviction and is full;
    // sessions are in the database, as the config shows. Cache writes throw and course pages 500.
    // Purging the cache store is the documented remedy; Moodle rebuilds it.
    id: 'fiftythird-moodle-course-pages-500',
    family: 'cache-full',
    source:
      'https://github.com/rhubarbgroup/redis-cache/issues/530 + https://github.com/pantheon-systems/wp-redis/issues/227',
    signal: 'Alert',
    containers: [
      {
        ...serving('moodle', '2026-02-07T21:15:09Z'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          MOODLE_WWWROOT: 'https://lms.corp.example',
          MOODLE_MUC_REDIS_SERVER: 'moodle-muc.lms.svc:6379',
          MOODLE_SESSION_HANDLER_CLASS: '\\core\\session\\database',
          MOODLE_DBHOST: 'moodle-db.lms.svc',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'moodle-muc used_memory 1.00GiB of maxmemory 1.00GiB (maxmemory-policy noeviction), 2.4M keys with prefix mdl_ (core/string, core/langmenu, core/coursemodinfo, mod_quiz/overview); connected clients: moodle web and cron only',
      ),
      alert('MoodleHTTP5xx', '27% of GET /course/view.php and /mod/quiz/view.php returning 500 over 10m'),
    ],
    currentLog: log(
      times(20, (i) => {
        const t = at(8, 20, 14) + i * 27;
        const d = `Wed Feb 11 ${hms(t)}.${pad((i * 7919) % 1000000, 6)} 2026`;
        return i % 2 === 0
          ? `[${d}] [php:notice] [pid ${210 + (i % 9)}] [client 10.42.${i % 4}.${50 + i}:${51200 + i * 3}] Default exception handler: Exception - OOM command not allowed when used memory > 'maxmemory'. Debug: \\nError code: generalexceptionmessage\\n* line 1144 of /cache/stores/redis/lib.php: RedisException thrown\\n* line 1712 of /cache/classes/loaders.php: call to cachestore_redis->set()\\n* line 248 of /course/lib.php: call to cache_application->set()\\n* line 58 of /course/view.php: call to get_fast_modinfo(), referer: https://lms.corp.example/my/courses.php`
          : `10.42.${i % 4}.${50 + i} - - [11/Feb/2026:${hms(t)} +0000] "GET ${['/course/view.php?id=412', '/mod/quiz/view.php?id=9120', '/my/courses.php', '/login/index.php'][i % 4]} HTTP/1.1" ${i % 4 === 1 ? 500 : 200} ${i % 4 === 1 ? 3120 : 48211 + i * 37} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/121.0"`;
      }),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- right: node actions (3)
  {
    id: 'fiftythird-mealie-node-not-ready',
    family: 'node-unhealthy',
    source:
      'https://github.com/kubernetes/kubernetes/issues/45419 + https://kubernetes.io/docs/reference/node/node-status/',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'mealie',
        running: { startedAt: '2026-02-10T16:22:05Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          BASE_URL: 'https://recipes.corp.example',
          DB_ENGINE: 'postgres',
          POSTGRES_SERVER: 'mealie-db.home.svc',
        },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 3m41.206717522s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule', 'node.kubernetes.io/not-ready:NoExecute'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.7.40:9000/api/app/about": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 9,
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `INFO     2026-02-11T${hms(at(8, 2) + i * 24)} - [10.42.${i % 3}.${9 + (i % 11)}:${51200 + i * 17}] 200 OK "GET ${['/api/recipes?page=1&perPage=30', '/api/households/mealplans/today', '/api/app/about', '/api/recipes/chili-con-carne'][i % 4]} HTTP/1.1"`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'fiftythird-audiobookshelf-node-unreachable',
    family: 'node-unhealthy',
    source:
      'https://github.com/kubernetes/kubernetes/issues/47865 + https://kubernetes.io/docs/reference/node/node-status/',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'audiobookshelf',
        running: { startedAt: '2026-02-10T09:40:18Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { PORT: '13378', CONFIG_PATH: '/config', METADATA_PATH: '/metadata' },
        mounts: [
          { volume: 'config', path: '/config' },
          { volume: 'audiobooks', path: '/audiobooks' },
        ],
      },
    ],
    volumes: [
      { name: 'config', persistentVolumeClaim: 'audiobookshelf-config' },
      { name: 'audiobooks', persistentVolumeClaim: 'audiobooks-nfs' },
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
        message: 'Marking for deletion Pod media/audiobookshelf-5f7d9c8b6-pk4tn',
        type: 'Normal',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `[2026-02-11 ${hms(at(8, 2) + i * 29)}.${ms(i)}] INFO: [SocketAuthority] ${i % 3 === 0 ? 'Socket Connected' : 'Socket disconnected'} ${(0x3fa1c2d0 + i * 977).toString(16)}`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    // The node's root filesystem is 96 % full of its own journal (journald's rate limit was turned
    // off by the last AMI); the kubelet is evicting pods that use almost nothing, this one among
    // fourteen. The node needs draining and fixing, not this pod.
    id: 'fiftythird-navidrome-evicted-disk-pressure',
    family: 'node-disk-pressure',
    source:
      'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/ + https://github.com/stormshift/support/issues/388',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'navidrome',
        terminated: { reason: 'Error', exitCode: 143 },
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { ND_MUSICFOLDER: '/music', ND_DATAFOLDER: '/data', ND_SCANSCHEDULE: '@every 6h' },
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'music', path: '/music' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'navidrome-data' },
      { name: 'music', persistentVolumeClaim: 'music-nfs' },
    ],
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
          'The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 6822Mi. Container navidrome was using 52Ki, request is 0, has larger consumption of ephemeral-storage.',
        type: 'Warning',
      },
      alert(
        'NodeFilesystemAlmostFull',
        'ip-10-0-7-118.eu-west-1.compute.internal: / 96.4% used, /var/log/journal 41Gi and growing 1.2Gi/h; 14 pods evicted from this node in 20m',
      ),
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `time="2026-02-11T${hms(at(8, 10) + i * 31)}Z" level=info msg="HTTP: GET http://music.corp.example/rest/${['stream', 'getCoverArt', 'scrobble', 'getAlbumList2'][i % 4]}?u=${['ana', 'ben', 'chloe'][i % 3]}&v=1.16.1&c=Symfonium" elapsed=${2 + (i % 30)}.${ms(i)}ms httpStatus=200 remoteAddr="10.42.${i % 4}.${20 + i}:${51000 + i * 7}" requestId=navidrome-5c8d7b9f6-tx2jq/${pad(i + 4100, 6)} responseSize=${2048 + i * 131}`,
      ),
      'time="2026-02-11T08:20:41Z" level=info msg="Received termination signal"',
      'time="2026-02-11T08:20:41Z" level=info msg="Stopping HTTP server"',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },

  // ---------------------------------------------------------------- right: rollbacks (4)
  {
    id: 'fiftythird-teleport-auth-crashloop',
    family: 'bad-release',
    source:
      'https://github.com/gravitational/teleport/pull/42657 + https://github.com/gravitational/teleport/issues/41087',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('teleport', 1, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['--diag-addr=0.0.0.0:3000', '--config=/etc/teleport/teleport.yaml'],
        mounts: [
          { volume: 'config', path: '/etc/teleport' },
          { volume: 'data', path: '/var/lib/teleport' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'teleport-auth' },
      { name: 'data', persistentVolumeClaim: 'teleport-auth-data' },
    ],
    rollout: { minutesAgo: 24, previousTag: '15.4.22' },
    events: [backOff('teleport', 'teleport-auth-6b7c9d8f5-w8kqr_teleport(c3d2…)', 19)],
    previousLog: log(
      'ERROR: failed parsing the config file: yaml: unmarshal errors:',
      '  line 41: field assist not found in type config.Auth',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    id: 'fiftythird-logto-restarting',
    family: 'bad-release',
    source: 'https://github.com/logto-io/logto/issues/8413 + https://github.com/logto-io/logto/issues/6585',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'logto',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=logto' },
        last: { reason: 'Completed', exitCode: 0 },
        restarts: 6,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DB_URL: 'postgres://logto:********@logto-db.identity.svc:5432/logto',
          ENDPOINT: 'https://auth.corp.example',
          ADMIN_ENDPOINT: 'https://auth-admin.corp.example',
          TRUST_PROXY_HEADER: '1',
        },
        args: ['sh', '-c', 'npm run cli db seed -- --swe && npm start'],
      },
    ],
    rollout: { minutesAgo: 18, previousTag: '1.36.0' },
    events: [backOff('logto', 'logto-7d8f6c9b5-m2zxl_identity(8e4f…)', 14)],
    previousLog: log(
      '',
      '> cli',
      '> logto db seed --swe',
      '',
      'info Seeding skipped',
      '',
      '> start',
      '> cd packages/core && NODE_ENV=production node .',
      '',
      'cache    warn No Redis client initialized, skipping',
      'pre      error Found undeployed database alterations, you must deploy them first by npm run alteration deploy command.',
      '',
      ' See https://docs.logto.io/docs/references/using-cli/database-alteration for reference.',
      '',
      'index    error Error while initializing app:',
      'index    error Error: Undeployed database alterations found.',
      '    at checkAlterationState (file:///etc/logto/packages/core/build/main-UB5K4ZGK.js:37717:9)',
      '    at async Promise.all (index 0)',
      '    at async checkPreconditions (file:///etc/logto/packages/core/build/main-UB5K4ZGK.js:37681:3)',
      '    at async Promise.all (index 3)',
      '    at async file:///etc/logto/packages/core/build/main-UB5K4ZGK.js:37753:3',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'fiftythird-vikunja-crashloop',
    family: 'bad-release',
    source: 'https://github.com/go-vikunja/vikunja/issues/1536',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('vikunja', 1, 7),
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          VIKUNJA_CORS_ENABLE: 'true',
          VIKUNJA_CORS_ORIGINS: 'https://tasks.corp.example',
          VIKUNJA_DATABASE_TYPE: 'postgres',
          VIKUNJA_DATABASE_HOST: 'vikunja-db.home.svc',
        },
        mounts: [{ volume: 'config', path: '/etc/vikunja' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'vikunja-config' }],
    rollout: { minutesAgo: 27, previousTag: '0.24.6' },
    events: [backOff('vikunja', 'vikunja-59c7d8b6f4-j6tmd_home(f1a0…)', 16)],
    previousLog: log(
      'time=2026-02-11T08:24:10.575Z level=INFO msg="Using config file: /etc/vikunja/config.yml"',
      'time=2026-02-11T08:24:10.576Z level=ERROR msg="service.publicurl is required when cors.enable is true"',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    id: 'fiftythird-kimai-crashloop',
    family: 'bad-release',
    source: 'https://github.com/kimai/kimai/issues/5129',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('kimai', 127, 8),
        memoryLimit: '768Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL:
            'mysql://kimai:********@kimai-db.time.svc:3306/kimai?charset=utf8mb4&serverVersion=8.3.0',
          TRUSTED_HOSTS: 'nginx,localhost,127.0.0.1',
          APP_ENV: 'prod',
        },
        args: ['/startup.sh'],
        mounts: [{ volume: 'data', path: '/opt/kimai/var/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'kimai-data' }],
    rollout: { minutesAgo: 33, previousTag: 'apache-2.22.0' },
    events: [backOff('kimai', 'kimai-84b6c7d9f5-vq8ln_time(27bd…)', 20)],
    previousLog: log('/usr/local/bin/docker-php-entrypoint: 9: exec: /startup.sh: not found'),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
];
