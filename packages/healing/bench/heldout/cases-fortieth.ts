import { crashLoop, type HeldOutCase, type HeldOutEvent, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 8);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** Seconds after midnight on the case's day. */
const at = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** `HH:MM:SS` for `t` seconds after midnight on the case's day. */
const hms = (t: number): string =>
  `${dd(Math.floor(t / 3600) % 24)}:${dd(Math.floor(t / 60) % 60)}:${dd(Math.floor(t) % 60)}`;

/** Three digits of milliseconds that vary from line to line. */
const ms = (i: number): string => String((i * 379 + 113) % 1000).padStart(3, '0');

/** Nine digits of nanoseconds, as `kubectl logs --timestamps` prints them. */
const ns = (i: number): string => String((i * 734_591_213 + 118_402_113) % 1_000_000_000).padStart(9, '0');

/** An Alertmanager alert as the Deployment's event. */
const alert = (name: string, text: string): HeldOutEvent => ({
  reason: 'AlertFiring',
  message: `${name}: ${text}`,
  on: 'Deployment',
});

/** The usual node of the batch: Ready, its harmless conditions spelled out. */
const quietNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
    {
      type: 'KernelDeadlock',
      status: 'False',
      reason: 'KernelHasNoDeadlock',
      message: 'kernel has no deadlock',
    },
    { type: 'ReadonlyFilesystem', status: 'False', reason: 'FilesystemIsNotReadOnly' },
  ],
};

/** A Spring Boot 3 console line (Logback's default pattern). */
const boot = (t: number, i: number, level: string, thread: string, logger: string, msg: string): string =>
  `2026-02-11T${hms(t)}.${ms(i)}Z ${level.padStart(5)} 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;

/** An NServiceBus default log line. */
const nsb = (t: number, i: number, level: string, logger: string, msg: string): string =>
  `2026-02-11 ${hms(t)}.${ms(i)} ${level.padEnd(5)} ${logger} ${msg}`;

/** A Celery (beat or worker) log line. */
const cel = (t: number, i: number, level: string, msg: string): string =>
  `[2026-02-11 ${hms(t)},${ms(i)}: ${level}/MainProcess] ${msg}`;

/** `h:mm:ss AM` as java.util.logging's SimpleFormatter prints the time (morning hours only). */
const jul = (t: number): string => `${Math.floor(t / 3600)}:${dd(Math.floor(t / 60) % 60)}:${dd(t % 60)} AM`;

/** A kopf log line. */
const kopf = (t: number, i: number, logger: string, level: string, msg: string): string =>
  `[2026-02-11 ${hms(t)},${ms(i)}] ${logger.padEnd(20)} [${level.padEnd(8)}] ${msg}`;

/** A Faust worker log line. */
const faust = (t: number, i: number, level: string, msg: string): string =>
  `[2026-02-11 ${hms(t)},${ms(i)}: ${level}]: ${msg}`;

/** A Benthos / Redpanda Connect JSON log line. */
const benthos = (t: number, level: string, msg: string, extra = ''): string =>
  `{"@service":"benthos",${extra}"level":"${level}","msg":"${msg}","time":"2026-02-11T${hms(t)}Z"}`;

/**
 * A fortieth batch, written without reading the catalog (its patterns, samples or diagnosis code)
 * and not scored by its author: WHEN A MUTATION IS THE RIGHT ANSWER, third round. 24 failures where
 * a catalog action is what a good on-call SRE does first at 3 a.m., beside 16 look-alikes where the
 * same action is wrong, each told through what a support bundle shows (statuses, events, logs over
 * time, the spec, the node, a rollout) rather than through the alert's words. Software no earlier
 * batch used: NServiceBus on RabbitMQ, Eclipse Paho (Java and Python), the Google Pub/Sub clients
 * (Python and Java), Kue, Celery beat, DotNetCore.CAP, JobRunr, the Kinesis Client Library (1.x on
 * DynamoDB Streams and 2.x), Snowplow enrich-kinesis, kopf, zetcd, Pravega's segment store and its
 * BookKeeper client, Kuberhealthy, Sneakers on Bunny, vmagent, Shoryuken, Asynq, Benthos / Redpanda
 * Connect, nuxt-perfect-cache, Graylog and Zipkin on sick nodes, the Azure Service Bus emulator,
 * Exq, ShedLock, the Syncthing discovery server, Solid Queue, Faust, and node-problem-detector's
 * kernel monitor. Each quotes the wording of the public thread, page or source file in `source`.
 * Mix: 24 right mutations (13 restarts: an NServiceBus endpoint stopped by its critical-error action
 * after a broker restart, a Paho subscriber that never reconnected, a Pub/Sub streaming pull whose
 * threads exited, Kue workers after a Redis blip, Celery beat publishing into a dead connection, a
 * CAP consumer never re-registered, a JobRunr server shut down by an Aurora failover, a KCL worker
 * idle after SHARD_END, a kopf watch gone silent, zetcd out of descriptors after weeks, a BookKeeper
 * client holding a bookie's old address, Kuberhealthy's one-shot leader election, Sneakers consumers
 * not recovered; 2 memory raises: vmagent with a grown target set, enrich-kinesis after resharding;
 * 2 scale-ups: Shoryuken and Asynq under real growth; 4 rollbacks: a Celery settings rename, a
 * Benthos config for a newer release, a Kinesis stream name and a Pub/Sub subscription that do not
 * exist; 1 flush of a pure page cache under noeviction; 2 node actions: an XFS shutdown and a
 * kubelet that stopped posting) and 16 look-alikes, all escalations (7 restarts wrong: an MQTT
 * broker and a Service Bus emulator still down, Exq's Redis still refusing, a ShedLock lock held by
 * another host, a legitimate three-hour JobRunr export and a Faust table recovery that a restart
 * would lose, descriptors exhausted again minutes after each restart; 3 scale-ups wrong: a saturated
 * database under Solid Queue, a Kinesis shard's read limit, a partner's 429s; 2 raises wrong: a
 * heap fixed by -Xmx and a leak in Benthos streams mode; 1 rollback wrong: a service-account key
 * revoked hours after an unrelated release; 1 flush wrong: Redis holding Asynq's queues; 2 node
 * actions wrong: vmagent evicted for its own queue volume while its remote storage is read-only, a
 * Celery beat schedule file corrupted on its volume).
 */
export const FORTIETH_CASES: HeldOutCase[] = [
  // ------------------------------------------------------------ restarts right (13)
  {
    id: 'fortieth-nservicebus-sales-orders-queue-backlog',
    family: 'consumer-stopped',
    source: 'https://github.com/Particular/NServiceBus.RabbitMQ/issues/503',
    signal: 'Alert',
    containers: [
      {
        name: 'sales-orders',
        running: { startedAt: '2026-02-06T13:40:12Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          DOTNET_ENVIRONMENT: 'Production',
          NSB_ENDPOINT_NAME: 'Sales.Orders',
          RABBITMQ_HOST: 'rabbitmq.messaging.svc.cluster.local',
          RABBITMQ_VHOST: 'sales',
        },
        mounts: [{ volume: 'nsb-license', path: '/app/license' }],
      },
    ],
    volumes: [{ name: 'nsb-license', secret: 'particular-license' }],
    events: [
      alert(
        'RabbitMQQueueNoConsumers',
        'Queue Sales.Orders (vhost sales) has had no consumers for more than 15 minutes. 18412 messages ready, publish rate 96/min.',
      ),
    ],
    currentLog: log(
      times(40, (i) =>
        nsb(
          at(5, 8) + i * 19,
          i,
          'INFO',
          'Sales.Orders.PlaceOrderHandler',
          `Order ${884080 + i} placed for customer ${30100 + ((i * 37) % 400)}, ${1 + (i % 4)} lines`,
        ),
      ),
      nsb(
        at(5, 21, 12),
        1,
        'WARN',
        'RabbitMQ.Client.IConnection',
        "'Sales.Orders MessagePump' connection shutdown: AMQP close-reason, initiated by Peer, code=320, text='CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'', classId=0, methodId=0",
      ),
      nsb(
        at(5, 21, 12),
        2,
        'WARN',
        'NServiceBus.Transport.RabbitMQ.MessagePumpConnectionFailedCircuitBreaker',
        "The circuit breaker for ''Sales.Orders MessagePump'' is now in the armed state",
      ),
      nsb(
        at(5, 21, 12),
        3,
        'INFO',
        'NServiceBus.Transport.RabbitMQ.ChannelProvider',
        'Attempting to reconnect in 10 seconds.',
      ),
      times(8, (i) =>
        log(
          nsb(
            at(5, 21, 22) + i * 13,
            i,
            'INFO',
            'NServiceBus.Transport.RabbitMQ.ChannelProvider',
            'Reconnecting to the broker failed.',
          ),
          'RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable',
          ' ---> RabbitMQ.Client.Exceptions.ConnectFailureException: Connection failed',
          ' ---> System.Net.Sockets.SocketException (111): Connection refused',
        ),
      ),
      nsb(
        at(5, 23, 12),
        4,
        'WARN',
        'NServiceBus.Transport.RabbitMQ.MessagePumpConnectionFailedCircuitBreaker',
        "The circuit breaker for ''Sales.Orders MessagePump'' will now be triggered",
      ),
      nsb(
        at(5, 23, 12),
        5,
        'FATAL',
        'NServiceBus',
        "''Sales.Orders MessagePump'' connection to the broker has failed.",
      ),
      "System.Exception: AMQP close-reason, initiated by Peer, code=320, text='CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'', classId=0, methodId=0",
      nsb(
        at(5, 23, 12),
        6,
        'INFO',
        'Sales.Orders.Host.CriticalErrorHandler',
        'Critical error raised, stopping endpoint Sales.Orders',
      ),
      nsb(
        at(5, 23, 14),
        7,
        'INFO',
        'NServiceBus.Transport.RabbitMQ.ChannelProvider',
        'Attempting to reconnect in 10 seconds.',
      ),
      nsb(
        at(5, 24, 2),
        8,
        'INFO',
        'NServiceBus.Transport.RabbitMQ.ChannelProvider',
        'Connection to the broker reestablished successfully.',
      ),
      nsb(at(5, 24, 3), 9, 'INFO', 'NServiceBus.Hosting', 'Endpoint Sales.Orders stopped'),
      times(72, (i) =>
        nsb(
          at(5, 30) + i * 150,
          i,
          'INFO',
          'Microsoft.AspNetCore.Hosting.Diagnostics',
          `Request finished HTTP/1.1 GET http://10.42.3.17:8080/healthz - 200 - text/plain 0.${410 + (i % 80)}ms`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-paho-telemetry-ingest-stalled',
    family: 'consumer-stopped',
    source: 'https://github.com/eclipse-paho/paho.mqtt.java/issues/673',
    signal: 'Alert',
    containers: [
      {
        name: 'telemetry-ingest',
        running: { startedAt: '2026-02-04T10:15:40Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          MQTT_SERVER_URI: 'ssl://vernemq.iot.svc.cluster.local:8883',
          MQTT_TOPICS: 'plant/+/line/+/sensor/#',
          MQTT_CLEAN_SESSION: 'true',
          MQTT_AUTOMATIC_RECONNECT: 'true',
        },
        mounts: [{ volume: 'mqtt-client-cert', path: '/etc/mqtt/tls' }],
      },
    ],
    volumes: [{ name: 'mqtt-client-cert', secret: 'telemetry-ingest-mqtt-tls' }],
    events: [
      alert(
        'TelemetryIngestStalled',
        'telemetry-ingest wrote 0 sensor readings to timescaledb in the last 30 minutes (7-day median for this hour: 2,380/min).',
      ),
    ],
    currentLog: log(
      times(24, (i) =>
        i % 4 === 3
          ? `2026-02-11 ${hms(at(5, 58) + i * 10)},${ms(i)} [scheduling-1] INFO  c.f.telemetry.store.ReadingWriter - flushed ${2310 + ((i * 53) % 140)} readings to timescaledb in ${41 + (i % 9)} ms`
          : `2026-02-11 ${hms(at(5, 58) + i * 10)},${ms(i)} [MQTT Call: ingest-7f9c4d-b2lq] DEBUG c.f.telemetry.mqtt.IngestCallback - messageArrived topic=plant/${1 + (i % 4)}/line/${1 + (i % 3)}/sensor/${100 + i} qos=1 bytes=${180 + (i % 30)}`,
      ),
      `2026-02-11 06:02:17,348 [MQTT Rec: ingest-7f9c4d-b2lq] ERROR c.f.telemetry.mqtt.IngestCallback - connectionLost: Connection lost (32109) - java.io.EOFException`,
      'Connection lost (32109) - java.io.EOFException',
      '\tat org.eclipse.paho.client.mqttv3.internal.CommsReceiver.run(CommsReceiver.java:197)',
      '\tat java.base/java.lang.Thread.run(Thread.java:840)',
      'Caused by: java.io.EOFException: null',
      '\tat java.base/java.io.DataInputStream.readByte(DataInputStream.java:273)',
      '\tat org.eclipse.paho.client.mqttv3.internal.wire.MqttInputStream.readMqttWireMessage(MqttInputStream.java:92)',
      '\tat org.eclipse.paho.client.mqttv3.internal.CommsReceiver.run(CommsReceiver.java:137)',
      '\t... 1 common frames omitted',
      `2026-02-11 06:02:17,351 [MQTT Rec: cmd-publisher-7f9c4d-b2lq] WARN  c.f.telemetry.mqtt.CommandPublisher - connectionLost: Connection lost (32109) - java.io.EOFException`,
      `2026-02-11 06:02:49,902 [MQTT Call: cmd-publisher-7f9c4d-b2lq] INFO  c.f.telemetry.mqtt.CommandPublisher - connectComplete(reconnect=true, serverURI=ssl://vernemq.iot.svc.cluster.local:8883)`,
      times(70, (i) =>
        i % 5 === 4
          ? `2026-02-11 ${hms(at(6, 5) + i * 120)},${ms(i)} [scheduling-2] INFO  c.f.telemetry.mqtt.CommandPublisher - published command ack to plant/${1 + (i % 4)}/cmd/ack (qos=1, msgId=${4100 + i})`
          : `2026-02-11 ${hms(at(6, 5) + i * 120)},${ms(i)} [scheduling-1] INFO  c.f.telemetry.store.ReadingWriter - flushed 0 readings to timescaledb in 1 ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-pubsub-invoice-renderer-backlog',
    family: 'consumer-stopped',
    source: 'https://github.com/googleapis/google-cloud-python/issues/7001',
    signal: 'Alert',
    containers: [
      {
        name: 'invoice-renderer',
        running: { startedAt: '2026-02-10T22:31:40Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['gunicorn', 'invoices.app:create_app()', '--workers', '2', '--bind', '0.0.0.0:8000'],
        env: {
          GOOGLE_CLOUD_PROJECT: 'acme-billing-prod',
          PUBSUB_SUBSCRIPTION: 'invoice-requested-renderer',
          PUBSUB_TOPIC_RENDERED: 'invoice-rendered',
          GOOGLE_APPLICATION_CREDENTIALS: '/var/run/secrets/gcp/key.json',
        },
        mounts: [{ volume: 'gcp-sa', path: '/var/run/secrets/gcp' }],
      },
    ],
    volumes: [{ name: 'gcp-sa', secret: 'invoice-renderer-gcp-sa' }],
    rollout: { minutesAgo: 600, previousTag: '2.3.0' },
    events: [
      alert(
        'PubSubSubscriptionBacklog',
        'subscription invoice-requested-renderer: num_undelivered_messages 52310, oldest_unacked_message_age 2h41m.',
      ),
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `INFO       2026-02-11 ${hms(at(5, 40) + i * 16)},${ms(i)} invoices.worker             handle_message                       88 : rendered invoice INV-2026-${118180 + i} in ${380 + ((i * 41) % 160)} ms, acked`,
      ),
      times(6, (i) =>
        log(
          `INFO       2026-02-11 ${hms(at(5, 48, 2) + i * 3)},${ms(i)} google.cloud.pubsub_v1.subscriber._protocol.streaming_pull_manager _should_terminate                    685 : Observed non-terminating stream error 503 The service was unable to fulfill your request. Please try again. [code=8a75]`,
          `INFO       2026-02-11 ${hms(at(5, 48, 2) + i * 3)},${ms(i + 1)} google.cloud.pubsub_v1.subscriber._protocol.streaming_pull_manager _should_recover                      663 : Observed recoverable stream error 503 The service was unable to fulfill your request. Please try again. [code=8a75]`,
          `INFO       2026-02-11 ${hms(at(5, 48, 2) + i * 3)},${ms(i + 2)} google.api_core.bidi           _reopen                              487 : Re-established stream`,
        ),
      ),
      `INFO       2026-02-11 05:48:21,904 google.api_core.bidi           _thread_main                         656 : Thread-ConsumeBidirectionalStream exiting`,
      `INFO       2026-02-11 05:48:21,906 google.cloud.pubsub_v1.subscriber._protocol.leaser _leaser                          126 : Thread-LeaseMaintainer exiting.`,
      `INFO       2026-02-11 05:48:21,907 google.cloud.pubsub_v1.subscriber._protocol.heartbeater heartbeat                        42 : Thread-Heartbeater exiting.`,
      times(79, (i) =>
        i % 3 === 2
          ? `INFO       2026-02-11 ${hms(at(5, 52) + i * 120)},${ms(i)} gunicorn.access              glogging                            363 : 10.42.0.1 - - [11/Feb/2026:${hms(at(5, 52) + i * 120)} +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"`
          : `INFO       2026-02-11 ${hms(at(5, 52) + i * 120)},${ms(i)} invoices.api                publish_requested                   141 : published invoice.requested for INV-2026-${118400 + i} message_id=${13710024553 + i * 7}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    harmful: ['rollback'],
  },
  {
    id: 'fortieth-kue-receipt-mailer-inactive-jobs',
    family: 'consumer-stopped',
    source: 'https://github.com/Automattic/kue/issues/875',
    signal: 'Alert',
    containers: [
      {
        name: 'receipt-mailer',
        running: { startedAt: '2026-02-08T09:30:21Z' },
        ready: true,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        args: ['node', 'dist/worker.js'],
        env: {
          NODE_ENV: 'production',
          KUE_REDIS_URL: 'redis://redis-jobs.queue.svc.cluster.local:6379/2',
          KUE_PREFIX: 'q',
          KUE_CONCURRENCY: '8',
        },
      },
    ],
    events: [
      alert(
        'KueInactiveJobsGrowing',
        'q:jobs:send-receipt:inactive is 9840 and rising; 0 jobs completed in the last 45 minutes.',
      ),
    ],
    currentLog: log(
      times(36, (i) =>
        i % 3 === 0
          ? `2026-02-11T${hms(at(6, 4) + i * 10)}.${ms(i)}Z info POST /internal/receipts 202 ${4 + (i % 6)}ms job=${5531860 + i}`
          : `2026-02-11T${hms(at(6, 4) + i * 10)}.${ms(i)}Z info job ${5531840 + i} complete (send-receipt) ${160 + ((i * 29) % 90)}ms`,
      ),
      times(
        9,
        (i) =>
          `2026-02-11T${hms(at(6, 10, 3) + i * 3)}.${ms(i)}Z error kue error: Error: Redis connection to redis-jobs.queue.svc.cluster.local:6379 failed - connect ECONNREFUSED 10.100.41.7:6379`,
      ),
      '2026-02-11T06:10:31.552Z error kue error: Error: Redis connection gone from end event.',
      '2026-02-11T06:10:31.553Z error kue error: Error: Redis connection gone from end event.',
      times(90, (i) =>
        i % 9 === 8
          ? `2026-02-11T${hms(at(6, 11) + i * 90)}.${ms(i)}Z info GET /healthz 200 1ms`
          : `2026-02-11T${hms(at(6, 10, 42) + i * 90)}.${ms(i)}Z info POST /internal/receipts 202 ${5 + (i % 7)}ms job=${5531990 + i}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-celery-beat-billing-periodic-tasks-missing',
    family: 'scheduler-stalled',
    source: 'https://github.com/celery/celery/issues/3409',
    signal: 'Alert',
    containers: [
      {
        name: 'beat',
        running: { startedAt: '2026-02-10T21:03:44Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '250m',
        args: [
          'celery',
          '-A',
          'billing',
          'beat',
          '-l',
          'debug',
          '--schedule',
          '/var/lib/celery/beat/celerybeat-schedule',
        ],
        env: {
          CELERY_BROKER_URL: 'amqp://billing@rabbitmq.messaging.svc.cluster.local:5672/billing',
          DJANGO_SETTINGS_MODULE: 'billing.settings.production',
        },
        mounts: [{ volume: 'beat-state', path: '/var/lib/celery/beat' }],
      },
    ],
    volumes: [{ name: 'beat-state', emptyDir: {} }],
    events: [
      alert(
        'CeleryPeriodicTaskNotReceived',
        'No billing.tasks.sync_usage has been received by any worker since 05:05 UTC (schedule: every 5 minutes). Queue billing on vhost billing: 0 messages published in the last 3h.',
      ),
    ],
    currentLog: log(
      times(46, (i) => {
        const t = at(4, 40) + i * 300;
        /** Lines of one wake-up, in order: milliseconds that only grow within the second. */
        const at2 = (k: number): string => String(((i * 47) % 80) + 12 + k * 210).padStart(3, '0');
        const line = (sec: number, k: number, level: string, msg: string): string =>
          `[2026-02-11 ${hms(sec)},${at2(k)}: ${level}/MainProcess] ${msg}`;
        const lines = [
          line(t, 0, 'INFO', 'Scheduler: Sending due task sync-usage (billing.tasks.sync_usage)'),
          line(
            t,
            1,
            'DEBUG',
            `billing.tasks.sync_usage sent. id->${(0x3f2a1c00 + i * 7919).toString(16)}-8b1e-4c7d-9a2f-${(0x1d04e5a70000 + i * 104729).toString(16).slice(-12)}`,
          ),
        ];
        if (i % 3 === 0) {
          lines.push(
            line(t + 1, 0, 'INFO', 'Scheduler: Sending due task expire-trials (billing.tasks.expire_trials)'),
          );
          lines.push(
            line(
              t + 1,
              1,
              'DEBUG',
              `billing.tasks.expire_trials sent. id->${(0x9c11e000 + i * 6007).toString(16)}-21d4-4f0b-8e3c-${(0x7a2290c10000 + i * 130363).toString(16).slice(-12)}`,
            ),
          );
        }
        lines.push(line(t + 1, 3, 'DEBUG', 'beat: Waking up in 5.00 minutes.'));
        if (i === 5) {
          lines.push(
            cel(
              at(5, 7, 31),
              4,
              'ERROR',
              'beat: Connection error: [Errno 104] Connection reset by peer. Trying again in 2.0 seconds...',
            ),
          );
        }
        return log(...lines);
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-cap-payments-refund-queue-backlog',
    family: 'consumer-stopped',
    source: 'https://github.com/dotnetcore/CAP/issues/1459',
    signal: 'Alert',
    containers: [
      {
        name: 'payments-api',
        running: { startedAt: '2026-02-07T08:51:30Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          Cap__RabbitMQ__HostName: 'rabbitmq.messaging.svc.cluster.local',
          Cap__RabbitMQ__VirtualHost: 'payments',
          Cap__DefaultGroupName: 'cap.queue.payments.v1',
          ConnectionStrings__Payments:
            'Host=payments-pg.data.svc.cluster.local;Database=payments;Username=payments_app',
        },
      },
    ],
    events: [
      alert(
        'RabbitMQQueueBacklog',
        'Queue cap.queue.payments.v1 (vhost payments): 7214 messages ready, 0 consumers, for more than 2 hours.',
      ),
    ],
    currentLog: log(
      times(20, (i) => {
        const t = `2026-02-11T${hms(at(6, 5) + i * 20)}.${ns(i)}Z`;
        return i % 2 === 0
          ? log(
              `${t} info: Payments.Api.Controllers.PaymentsController[0]`,
              `${t}       Payment pay_${(0x8f210 + i).toString(16)} captured for order ${771190 + i}; published payments.captured`,
            )
          : log(
              `${t} info: Payments.Api.Subscribers.RefundRequestedSubscriber[0]`,
              `${t}       Refund rf_${(0x51c00 + i).toString(16)} for order ${770980 + i} processed`,
            );
      }),
      '2026-02-11T06:12:04.628636909Z warn: DotNetCore.CAP.RabbitMQ.ConnectionChannelPool[0]',
      '2026-02-11T06:12:04.628695834Z       RabbitMQ client connection closed! --> Unexpected Exception',
      '2026-02-11T06:12:04.630605028Z warn: DotNetCore.CAP.Internal.ConsumerRegister[0]',
      '2026-02-11T06:12:04.630623653Z       RabbitMQ consumer cancelled. --> amq.ctag-APLTZAbLncQnJO4QEcU90w',
      '2026-02-11T06:12:04.630756311Z warn: DotNetCore.CAP.Internal.ConsumerRegister[0]',
      '2026-02-11T06:12:04.630774330Z       RabbitMQ consumer shutdown. --> Unexpected Exception',
      '2026-02-11T06:12:31.118204977Z fail: DotNetCore.CAP.Internal.ConsumerRegister[0]',
      '2026-02-11T06:12:31.118211052Z       The operation has timed out.',
      '2026-02-11T06:12:31.118211052Z       System.TimeoutException: The operation has timed out.',
      '2026-02-11T06:12:31.118211052Z          at RabbitMQ.Client.Impl.SimpleBlockingRpcContinuation.GetReply(TimeSpan timeout)',
      '2026-02-11T06:12:31.118211052Z          at RabbitMQ.Client.Impl.ModelBase.ModelRpc(MethodBase method, ContentHeaderBase header, Byte[] body)',
      '2026-02-11T06:12:31.118211052Z          at RabbitMQ.Client.Framing.Impl.Model._Private_QueueBind(String queue, String exchange, String routingKey, Boolean nowait, IDictionary`2 arguments)',
      '2026-02-11T06:12:31.118211052Z          at DotNetCore.CAP.RabbitMQ.RabbitMQConsumerClient.Subscribe(IEnumerable`1 topics)',
      '2026-02-11T06:12:31.118211052Z          at DotNetCore.CAP.Internal.ConsumerRegister.<>c__DisplayClass17_1.<Start>b__2()',
      times(64, (i) => {
        const t = `2026-02-11T${hms(at(6, 14) + i * 120)}.${ns(i + 40)}Z`;
        return i % 4 === 3
          ? log(
              `${t} info: Microsoft.AspNetCore.Hosting.Diagnostics[2]`,
              `${t}       Request finished HTTP/1.1 GET http://10.42.7.22:8080/healthz - 200 - text/plain 0.${38 + (i % 50)}12ms`,
            )
          : log(
              `${t} info: Payments.Api.Controllers.PaymentsController[0]`,
              `${t}       Payment pay_${(0x8f300 + i).toString(16)} captured for order ${771300 + i}; published payments.captured`,
            );
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-jobrunr-statements-jobs-enqueued',
    family: 'worker-stopped',
    source: 'https://github.com/jobrunr/jobrunr/issues/784',
    signal: 'Alert',
    containers: [
      {
        name: 'statements',
        running: { startedAt: '2026-02-10T23:31:10Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_DATASOURCE_URL:
            'jdbc:postgresql://statements.cluster-c9x1.eu-west-1.rds.amazonaws.com:5432/statements',
          JOBRUNR_BACKGROUND_JOB_SERVER_ENABLED: 'true',
          JOBRUNR_BACKGROUND_JOB_SERVER_WORKER_COUNT: '8',
        },
      },
    ],
    rollout: { minutesAgo: 540, previousTag: '2.2.7' },
    events: [
      alert(
        'JobRunrEnqueuedJobsHigh',
        '6120 jobs in state ENQUEUED for statements; no JobRunr background job server has sent a heartbeat in 3h45m.',
      ),
    ],
    currentLog: log(
      times(16, (i) =>
        boot(
          at(4, 38) + i * 9,
          i,
          'INFO',
          `backgroundjob-worker-${1 + (i % 8)}`,
          'c.a.statements.jobs.StatementPdfJob',
          `generated statement PDF for account ${771180 + i} (${6 + (i % 9)} pages) in ${(1.2 + (i % 7) * 0.2).toFixed(1)} s`,
        ),
      ),
      boot(
        at(4, 40, 58),
        1,
        'WARN',
        'backgroundjob-worker-3',
        'com.zaxxer.hikari.pool.ProxyConnection',
        'HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@3a1f2c9e marked as broken because of SQLSTATE(08006), ErrorCode(0)',
      ),
      boot(
        at(4, 41, 12),
        2,
        'WARN',
        'pool-2-thread-1',
        'org.jobrunr.server.JobZooKeeper',
        'JobRunr encountered a problematic exception. Please create a bug report (if possible, provide the code to reproduce this and the stacktrace) - Processing will continue.',
      ),
      '',
      'org.jobrunr.storage.StorageException: org.postgresql.util.PSQLException: ERROR: cannot execute UPDATE in a read-only transaction',
      '\tat org.jobrunr.storage.sql.common.DefaultSqlStorageProvider.save(DefaultSqlStorageProvider.java:198) ~[jobrunr-7.3.1.jar!/:7.3.1]',
      '\tat org.jobrunr.storage.ThreadSafeStorageProvider.save(ThreadSafeStorageProvider.java:124) ~[jobrunr-7.3.1.jar!/:7.3.1]',
      '\tat org.jobrunr.server.zookeeper.tasks.ProcessRecurringJobsTask.runTask(ProcessRecurringJobsTask.java:32) ~[jobrunr-7.3.1.jar!/:7.3.1]',
      'Caused by: org.postgresql.util.PSQLException: ERROR: cannot execute UPDATE in a read-only transaction',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733) ~[postgresql-42.7.4.jar!/:42.7.4]',
      '\t... 14 common frames omitted',
      '',
      boot(
        at(4, 41, 15),
        3,
        'ERROR',
        'pool-2-thread-1',
        'org.jobrunr.server.ServerZooKeeper',
        'An unrecoverable error occurred. Shutting server down...',
      ),
      '',
      'org.jobrunr.storage.StorageException: org.postgresql.util.PSQLException: ERROR: cannot execute UPDATE in a read-only transaction',
      '\tat org.jobrunr.storage.sql.common.DefaultSqlStorageProvider.signalBackgroundJobServerAlive(DefaultSqlStorageProvider.java:121) ~[jobrunr-7.3.1.jar!/:7.3.1]',
      '\tat org.jobrunr.server.ServerZooKeeper.signalBackgroundJobServerAliveAndDoZooKeeping(ServerZooKeeper.java:87) ~[jobrunr-7.3.1.jar!/:7.3.1]',
      '\tat org.jobrunr.server.ServerZooKeeper.run(ServerZooKeeper.java:54) ~[jobrunr-7.3.1.jar!/:7.3.1]',
      '',
      boot(
        at(4, 42, 40),
        4,
        'WARN',
        'http-nio-8080-exec-4',
        'com.zaxxer.hikari.pool.PoolBase',
        'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@6b21f0aa (This connection has been closed.). Possibly consider using a shorter maxLifetime value.',
      ),
      times(72, (i) =>
        i % 3 === 0
          ? boot(
              at(4, 45) + i * 180,
              i,
              'INFO',
              `http-nio-8080-exec-${1 + (i % 10)}`,
              'c.a.statements.web.StatementController',
              `served statement ${2026}-01 for account ${771400 + i} from cache`,
            )
          : boot(
              at(4, 45) + i * 180,
              i,
              'INFO',
              `http-nio-8080-exec-${1 + (i % 10)}`,
              'c.a.statements.StatementService',
              `enqueued job ${(0x0194f1a2 + i * 977).toString(16)}-7c1e-7a9b-b310-${(0x5e2c11a00000 + i * 15013).toString(16).slice(-12)} 'Generate statement PDF for account ${771500 + i}'`,
            ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    harmful: ['rollback'],
  },
  {
    id: 'fortieth-kcl-ledger-projector-idle',
    family: 'consumer-stopped',
    source: 'https://github.com/awslabs/amazon-kinesis-client/issues/442',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-projector',
        running: { startedAt: '2026-02-05T16:02:51Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
          KCL_APPLICATION_NAME: 'ledger-projector',
          DYNAMODB_STREAM_ARN:
            'arn:aws:dynamodb:eu-west-1:412905118327:table/ledger/stream/2025-11-03T09:12:44.118',
          AWS_REGION: 'eu-west-1',
        },
      },
    ],
    events: [
      alert(
        'DynamoDBStreamConsumerIdle',
        'ledger-projector processed 0 stream records in the last 3 hours while table ledger took 1.4k writes/min.',
      ),
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-02-11 ${hms(at(4, 57) + i * 10)},${ms(i)} INFO  [RecordProcessor-0004] c.a.l.projector.LedgerRecordProcessor - shardId-00000001770781562337-1d7a4b9e: applied ${80 + ((i * 23) % 120)} records, checkpointed at ${49612044180000 + i * 731}`,
      ),
      '2026-02-11 05:02:13,902 INFO  [RecordProcessor-0004] c.a.l.projector.LedgerRecordProcessor - shardId-00000001770781562337-1d7a4b9e: reached SHARD_END, checkpointing',
      '2026-02-11 05:02:14,117 INFO  [RecordProcessor-0004] c.a.s.k.c.l.w.ShutdownTask - Invoking shutdown() for shard shardId-00000001770781562337-1d7a4b9e, concurrencyToken 9c2e4f61-0b7d-4b1e-a3f2-7de1c05b8a44. Shutdown reason: TERMINATE',
      '2026-02-11 05:02:14,240 INFO  [RecordProcessor-0004] c.a.s.k.c.l.w.ShutdownTask - Record processor completed shutdown() for shard shardId-00000001770781562337-1d7a4b9e',
      times(208, (i) =>
        i % 2 === 0
          ? `2026-02-11 ${hms(at(5, 3) + Math.floor(i / 2) * 120)},${ms(i)} INFO  [main] c.a.s.k.c.l.w.Worker - No activities assigned`
          : `2026-02-11 ${hms(at(5, 3) + Math.floor(i / 2) * 120)},${ms(i)} INFO  [main] c.a.s.k.c.l.w.Worker - Sleeping ...`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-kopf-dbinstance-operator-stale-objects',
    family: 'watch-stalled',
    source: 'https://github.com/nolar/kopf/issues/585',
    signal: 'Alert',
    containers: [
      {
        name: 'dbinstance-operator',
        running: { startedAt: '2026-02-03T09:44:18Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: [
          'kopf',
          'run',
          '--all-namespaces',
          '--liveness=http://0.0.0.0:8080/healthz',
          '/app/handlers.py',
        ],
        env: { PYTHONUNBUFFERED: '1', OPERATOR_NAMESPACE: 'platform-operators' },
      },
    ],
    events: [
      alert(
        'DBInstanceNotReconciled',
        '7 DBInstance objects have metadata.generation greater than status.observedGeneration for more than 90 minutes (oldest change: payments/ledger-replica at 06:58 UTC).',
      ),
    ],
    currentLog: log(
      times(14, (i) => {
        const objs = [
          'payments/ledger-db',
          'payments/ledger-replica',
          'search/catalog-db',
          'crm/contacts-db',
          'identity/sessions-db',
        ];
        const o = objs[i % objs.length];
        return i % 2 === 0
          ? kopf(
              at(6, 30) + i * 90,
              i,
              'kopf.objects',
              'INFO',
              `[${o}] Handler 'reconcile_dbinstance' succeeded.`,
            )
          : kopf(
              at(6, 30) + i * 90,
              i,
              'kopf.objects',
              'INFO',
              `[${o}] Updating is processed: 1 succeeded; 0 failed.`,
            );
      }),
      kopf(
        at(6, 51, 9),
        1,
        'kopf.objects',
        'INFO',
        "[crm/contacts-db] Handler 'reconcile_dbinstance' succeeded.",
      ),
      kopf(
        at(6, 51, 9),
        2,
        'kopf.objects',
        'INFO',
        '[crm/contacts-db] Updating is processed: 1 succeeded; 0 failed.',
      ),
      times(50, (i) => {
        const objs = [
          'payments/ledger-db',
          'payments/ledger-replica',
          'search/catalog-db',
          'crm/contacts-db',
          'identity/sessions-db',
        ];
        return kopf(
          at(6, 55) + i * 110,
          i,
          'kopf.objects',
          'INFO',
          `[${objs[i % objs.length]}] Timer 'check_backup_age' succeeded.`,
        );
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-zetcd-legacy-scheduler-connection-loss',
    family: 'fd-leak',
    source: 'https://github.com/etcd-io/zetcd/issues/43',
    signal: 'Alert',
    containers: [
      {
        name: 'zetcd',
        running: { startedAt: '2026-01-18T03:12:09Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: [
          'zetcd',
          '--zkaddr',
          '0.0.0.0:2181',
          '--endpoints',
          'etcd-client.platform.svc.cluster.local:2379',
          '-logtostderr',
          '-v',
          '0',
        ],
      },
    ],
    events: [
      alert(
        'ZookeeperClientConnectionLoss',
        'legacy-scheduler (4 replicas) reports KeeperErrorCode = ConnectionLoss against zetcd.platform.svc:2181 for more than 30 minutes.',
      ),
    ],
    currentLog: log(
      times(
        180,
        (i) =>
          `I0211 ${hms(at(7, 58, 3) + Math.floor(i * 10.6))}.${ms(i)}${String((i * 7) % 1000).padStart(3, '0')}       1 server.go:145] Accept()=accept tcp [::]:2181: accept: too many open files`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-pravega-segmentstore-bookie-write-errors',
    family: 'stale-address',
    source: 'https://github.com/pravega/pravega-operator/issues/116',
    signal: 'Alert',
    containers: [
      {
        name: 'segmentstore',
        running: { startedAt: '2026-02-02T11:40:00Z' },
        ready: true,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: {
          JAVA_OPTS: '-Xmx4g -XX:MaxDirectMemorySize=2560m',
          BK_ZK_URL: 'zookeeper-client.pravega.svc.cluster.local:2181',
          CONTROLLER_URL: 'tcp://pravega-controller.pravega.svc.cluster.local:9090',
        },
        mounts: [{ volume: 'cache', path: '/tmp/pravega/cache' }],
      },
    ],
    volumes: [{ name: 'cache', emptyDir: {} }],
    events: [
      alert(
        'PravegaBookieClientErrors',
        'segmentstore: BookKeeper client connect failures to bookkeeper-bookie-1:3181 at 100% since 05:12 UTC; bookkeeper-bookie-1 itself reports writable (bookie_SERVER_STATUS=1) since 05:13.',
      ),
    ],
    currentLog: log(
      times(100, (i) => {
        const t = at(5, 12, 40) + i * 115;
        const up = (8 * 86400 + 44400 + t) * 1000 + Number(ms(i));
        const stamp = `2026-02-11 ${hms(t)},${ms(i)} ${up}`;
        const bookie = 'bookkeeper-bookie-1.bookkeeper-bookie-headless.pravega.svc.cluster.local';
        if (i % 3 === 2) {
          const ok =
            i % 2 === 0
              ? 'bookkeeper-bookie-0.bookkeeper-bookie-headless.pravega.svc.cluster.local/10.42.3.11'
              : 'bookkeeper-bookie-2.bookkeeper-bookie-headless.pravega.svc.cluster.local/10.42.8.40';
          return `${stamp} [bookkeeper-io-1-${1 + (i % 4)}] DEBUG o.a.b.proto.PerChannelBookieClient - Successfully wrote request for adding entry: ${30022 + i * 41} ledger-id: ${1812 + (i % 5)} bookie: ${ok}:3181 entry length: ${180 + (i % 60)}`;
        }
        return log(
          `${stamp} [bookkeeper-io-1-${1 + (i % 4)}] ERROR o.a.b.proto.PerChannelBookieClient - Could not connect to bookie: [id: 0x${(0x1e410fe0 + i * 7331).toString(16)}]/${bookie}/10.42.6.19:3181, current state CONNECTING : `,
          `io.netty.channel.AbstractChannel$AnnotatedNoRouteToHostException: No route to host: ${bookie}/10.42.6.19:3181`,
          'Caused by: java.net.NoRouteToHostException: No route to host',
        );
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-kuberhealthy-checks-stale',
    family: 'leader-election',
    source: 'https://github.com/kuberhealthy/kuberhealthy/issues/1533',
    signal: 'Alert',
    containers: [
      {
        name: 'kuberhealthy',
        running: { startedAt: '2026-02-09T12:20:33Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '400m',
        env: { KH_LEADER_ELECTION_ENABLED: 'true', POD_NAMESPACE: 'kuberhealthy', KH_LOG_LEVEL: 'info' },
      },
    ],
    events: [
      alert(
        'KuberhealthyCheckStale',
        'khstate kuberhealthy/dns-status-internal last ran 6h12m ago (runInterval 2m); 9 of 9 checks stale. kuberhealthy_cluster_state reports 1.',
      ),
    ],
    currentLog: log(
      times(34, (i) => {
        const checks = [
          'dns-status-internal',
          'deployment',
          'daemonset',
          'pod-restarts',
          'network-connection',
        ];
        const c = checks[i % checks.length];
        return i % 2 === 0
          ? `time="2026-02-11T${hms(at(1, 40) + i * 60)}Z" level=info msg="Running check: kuberhealthy/${c}"`
          : `time="2026-02-11T${hms(at(1, 40) + i * 60 + 17)}Z" level=info msg="checker pod reported ok=true  name=${c}"`;
      }),
      'E0211 02:14:51.204118       1 leaderelection.go:369] Failed to update lock: Put "https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kuberhealthy/leases/kuberhealthy": context deadline exceeded',
      'I0211 02:14:51.204207       1 leaderelection.go:285] failed to renew lease kuberhealthy/kuberhealthy: timed out waiting for the condition',
      'time="2026-02-11T02:14:51Z" level=error msg="failed to create check pod: context canceled" check=kuberhealthy/dns-status-external',
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-sneakers-webhook-consumer-no-consumers',
    family: 'consumer-stopped',
    source: 'https://github.com/ruby-amqp/bunny/issues/588',
    signal: 'Alert',
    containers: [
      {
        name: 'webhook-consumer',
        running: { startedAt: '2026-02-06T15:08:44Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        args: ['bundle', 'exec', 'rake', 'sneakers:run'],
        env: {
          RAILS_ENV: 'production',
          WORKERS: 'WebhookWorker',
          AMQP_URL: 'amqp://webhooks@rabbitmq-ha.messaging.svc.cluster.local:5672/webhooks',
        },
      },
    ],
    events: [
      alert(
        'RabbitMQQueueNoConsumers',
        'Queue webhooks.inbound on rabbitmq-ha has had 0 consumers for 3h40m (6 before 04:44 UTC); 23118 messages ready.',
      ),
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-02-11T${hms(at(4, 38) + i * 12)}Z p-1 t-${(0x2a8f31c + i * 4099).toString(36)} INFO: [webhooks.inbound][WebhookWorker] delivery ${88200 + i} from ${['stripe', 'github', 'shopify'][i % 3]} processed in ${90 + ((i * 37) % 140)}ms`,
      ),
      '2026-02-11T04:44:56Z p-1 t-gskqnmpb4 WARN: Could not establish TCP connection to rabbitmq-ha.messaging.svc.cluster.local:5672: Connection refused - connect(2) for 10.100.18.44:5672',
      '2026-02-11T04:44:56Z p-1 t-gskqnmpb4 WARN: TCP connection failed, reconnecting in 5.0 seconds',
      '2026-02-11T04:44:56Z p-1 t-gskqnmpb4 WARN: Will recover from a network failure (no retry limit)...',
      times(
        14,
        (i) =>
          `2026-02-11T${hms(at(4, 44, 57) + i * 4)}Z p-1 t-${['gskq0uc94', 'gskqnmpnw', 'gskqoy2c8', 'gskqnmpb4'][i % 4]} WARN: Retrying connection on next host in line: rabbitmq-ha.messaging.svc.cluster.local:5672`,
      ),
      '2026-02-11T04:45:58Z p-1 t-gskqnlgdw WARN: Could not establish TCP connection to rabbitmq-ha.messaging.svc.cluster.local:5672: Bunny::ClientTimeout',
      '2026-02-11T04:46:12Z p-1 t-gskqnlgdw WARN: Could not establish TCP connection to rabbitmq-ha.messaging.svc.cluster.local:5672: Bunny::ClientTimeout',
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  // ------------------------------------------------------------ memory raises right (2)
  {
    id: 'fortieth-vmagent-cluster-scrape-oomkilled',
    family: 'memory-growth',
    source: 'https://github.com/VictoriaMetrics/helm-charts/issues/130',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('vmagent', 137, 6),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: [
          '-httpListenAddr=:8429',
          '-promscrape.config=/etc/vmagent/scrape.yaml',
          '-promscrape.streamParse',
          '-remoteWrite.url=http://vminsert.monitoring.svc.cluster.local:8480/insert/0/prometheus/api/v1/write',
          '-remoteWrite.tmpDataPath=/vmagent-data',
          '-remoteWrite.maxDiskUsagePerURL=4GiB',
        ],
        mounts: [
          { volume: 'scrape-config', path: '/etc/vmagent' },
          { volume: 'remotewrite-queue', path: '/vmagent-data' },
        ],
      },
    ],
    volumes: [
      { name: 'scrape-config', configMap: 'vmagent-scrape' },
      { name: 'remotewrite-queue', emptyDir: { sizeLimit: '8Gi' } },
    ],
    events: [
      alert(
        'KubeContainerOOMKilled',
        'vmagent was OOMKilled 6 times since 07:05 UTC. Scrape targets 3104 (1960 on 2026-02-04); cluster nodes 118 (74 on 2026-02-04).',
      ),
    ],
    previousLog: log(
      '2026-02-11T08:24:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:12\tbuild version: vmagent-20251218-101422-tags-v1.131.0-0-g1b3f5d9a2',
      '2026-02-11T08:24:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:13\tcommand-line flags',
      '2026-02-11T08:24:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\t  -httpListenAddr=":8429"',
      '2026-02-11T08:24:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\t  -promscrape.config="/etc/vmagent/scrape.yaml"',
      '2026-02-11T08:24:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\t  -promscrape.streamParse="true"',
      '2026-02-11T08:24:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\t  -remoteWrite.maxDiskUsagePerURL="4GiB"',
      '2026-02-11T08:24:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\t  -remoteWrite.tmpDataPath="/vmagent-data"',
      '2026-02-11T08:24:12.114Z\tinfo\tVictoriaMetrics/lib/logger/flag.go:20\t  -remoteWrite.url="secret"',
      '2026-02-11T08:24:12.118Z\tinfo\tVictoriaMetrics/app/vmagent/main.go:112\tstarting vmagent at "[:8429]"...',
      '2026-02-11T08:24:12.241Z\tinfo\tVictoriaMetrics/lib/persistentqueue/fastqueue.go:61\topened fast persistent queue at "/vmagent-data/persistent-queue/1_B3E8F0A2C51D7794" with maxInmemoryBlocks=400, it contains 0 pending bytes',
      '2026-02-11T08:24:12.242Z\tinfo\tVictoriaMetrics/app/vmagent/remotewrite/client.go:178\tinitialized client for -remoteWrite.url="1:secret-url"',
      '2026-02-11T08:24:12.244Z\tinfo\tVictoriaMetrics/app/vmagent/main.go:137\tstarted vmagent in 0.126 seconds',
      '2026-02-11T08:24:12.245Z\tinfo\tVictoriaMetrics/lib/promscrape/scraper.go:118\treading scrape configs from "/etc/vmagent/scrape.yaml"',
      '2026-02-11T08:24:12.251Z\tinfo\tVictoriaMetrics/lib/promscrape/discovery/kubernetes/api_watcher.go:419\tstarted pod watcher for "https://172.20.0.1:443/api/v1/pods"',
      '2026-02-11T08:24:12.252Z\tinfo\tVictoriaMetrics/lib/promscrape/discovery/kubernetes/api_watcher.go:419\tstarted endpoints watcher for "https://172.20.0.1:443/api/v1/endpoints"',
      '2026-02-11T08:24:12.252Z\tinfo\tVictoriaMetrics/lib/promscrape/discovery/kubernetes/api_watcher.go:419\tstarted node watcher for "https://172.20.0.1:443/api/v1/nodes"',
      '2026-02-11T08:24:12.252Z\tinfo\tVictoriaMetrics/lib/promscrape/discovery/kubernetes/api_watcher.go:419\tstarted service watcher for "https://172.20.0.1:443/api/v1/services"',
      '2026-02-11T08:24:13.904Z\tinfo\tVictoriaMetrics/lib/promscrape/discovery/kubernetes/api_watcher.go:522\treloaded 9814 objects from "https://172.20.0.1:443/api/v1/pods" in 1.652s; updated=0, removed=0, added=9814, resourceVersion="2118804331"',
      '2026-02-11T08:24:14.330Z\tinfo\tVictoriaMetrics/lib/promscrape/discovery/kubernetes/api_watcher.go:522\treloaded 2406 objects from "https://172.20.0.1:443/api/v1/endpoints" in 2.078s; updated=0, removed=0, added=2406, resourceVersion="2118804402"',
      '2026-02-11T08:24:14.331Z\tinfo\tVictoriaMetrics/lib/promscrape/discovery/kubernetes/api_watcher.go:522\treloaded 118 objects from "https://172.20.0.1:443/api/v1/nodes" in 0.079s; updated=0, removed=0, added=118, resourceVersion="2118804409"',
      '2026-02-11T08:24:17.118Z\tinfo\tVictoriaMetrics/lib/promscrape/scraper.go:447\tkubernetes_sd_configs: added targets: 2868, removed targets: 0; total targets: 2868',
      '2026-02-11T08:24:17.119Z\tinfo\tVictoriaMetrics/lib/promscrape/scraper.go:447\tstatic_configs: added targets: 236, removed targets: 0; total targets: 3104',
      '2026-02-11T08:25:05.402Z\tinfo\tVictoriaMetrics/lib/promscrape/scraper.go:447\tkubernetes_sd_configs: added targets: 4, removed targets: 2; total targets: 3106',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'fortieth-snowplow-enrich-kinesis-crashloop',
    family: 'memory-growth',
    source: 'https://github.com/snowplow/enrich/pull/481',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('enrich-kinesis', 3, 5),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: [
          '--config',
          '/snowplow/config/enrich.hocon',
          '--iglu-config',
          '/snowplow/config/resolver.json',
        ],
        env: {
          JAVA_OPTS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          AWS_REGION: 'eu-west-1',
        },
        mounts: [{ volume: 'enrich-config', path: '/snowplow/config' }],
      },
    ],
    volumes: [{ name: 'enrich-config', configMap: 'enrich-kinesis-config' }],
    events: [
      alert(
        'SnowplowEnrichRestarting',
        'enrich-kinesis restarted 5 times in the last 60 minutes. Stream snowplow-raw-good has 8 open shards (resharded from 4 at 2026-02-10 18:00 UTC for the spring campaign).',
      ),
    ],
    previousLog: log(
      '2026-02-11 08:21:40,118 INFO  [main] s.a.k.coordinator.Scheduler - Initialization attempt 1',
      '2026-02-11 08:21:40,119 INFO  [main] s.a.k.coordinator.Scheduler - Initializing LeaseCoordinator',
      '2026-02-11 08:21:41,402 INFO  [main] s.a.k.coordinator.Scheduler - Syncing Kinesis shard info',
      '2026-02-11 08:21:42,017 INFO  [main] s.a.k.coordinator.Scheduler - Starting LeaseCoordinator',
      '2026-02-11 08:21:44,233 INFO  [LeaseCoordinator-0000] s.a.k.leases.dynamodb.DynamoDBLeaseTaker - Worker enrich-kinesis-6c9f7d8b54-x2wzq saw 8 total leases, 8 available leases, 1 workers. Target is 8 leases, I have 0 leases, I will take 8 leases',
      '2026-02-11 08:21:44,590 INFO  [main] s.a.k.coordinator.Scheduler - Initialization complete. Starting worker loop.',
      times(
        8,
        (i) =>
          `2026-02-11 08:21:${dd(45 + i)},${ms(i)} INFO  [ShardRecordProcessor-000${i}] s.a.k.lifecycle.ShardConsumer - shardId-${String(i + 8).padStart(12, '0')}: Starting prefetch, initial position AFTER_SEQUENCE_NUMBER`,
      ),
      times(
        24,
        (i) =>
          `2026-02-11 ${hms(at(8, 22) + i * 6)},${ms(i)} INFO  [io-compute-${i % 2}] c.s.s.enrich.common.fs2.Enrich - Enriched ${9800 + ((i * 97) % 400)} events from shardId-${String(8 + (i % 8)).padStart(12, '0')} (${(4.1 + (i % 5) * 0.3).toFixed(1)} MB), sink good=${9700 + ((i * 61) % 300)} bad=${i % 4}`,
      ),
      '2026-02-11 08:24:31,902 WARN  [prefetch-cache-shardId-000000000013-0000] s.a.k.retrieval.polling.PrefetchRecordsPublisher - shardId-000000000013: Exception thrown while fetching records from Kinesis',
      'java.lang.OutOfMemoryError: Java heap space',
      'Exception in thread "io-compute-1" java.lang.OutOfMemoryError: Java heap space',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
  },
  // ------------------------------------------------------------ scale-ups right (2)
  {
    id: 'fortieth-shoryuken-webhook-deliveries-backlog',
    family: 'load-growth',
    source: 'https://github.com/ruby-shoryuken/shoryuken/blob/main/lib/shoryuken/middleware/server/timing.rb',
    signal: 'Alert',
    containers: [
      {
        name: 'webhook-deliveries',
        running: { startedAt: '2026-02-10T19:20:02Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        args: ['bundle', 'exec', 'shoryuken', '-R', '-C', 'config/shoryuken.yml'],
        env: { RAILS_ENV: 'production', AWS_REGION: 'eu-west-1', RAILS_MAX_THREADS: '25' },
        mounts: [{ volume: 'shoryuken-config', path: '/app/config/shoryuken.yml' }],
      },
    ],
    volumes: [{ name: 'shoryuken-config', configMap: 'webhook-deliveries-shoryuken' }],
    events: [
      alert(
        'SQSQueueBacklogGrowing',
        'webhook-deliveries: ApproximateNumberOfMessagesVisible 48211 (+31k in 60m), ApproximateAgeOfOldestMessage 14m. NumberOfMessagesSent 2.1x the same hour last week.',
      ),
    ],
    currentLog: log(
      times(160, (i) => {
        const t = at(8, 21) + Math.floor(i * 3.1);
        const mid = `${(0x5a1c0000 + i * 40503).toString(16)}-3c2e-4f8a-9d0b-${(0x88f2a1000000 + i * 7717).toString(16).slice(-12)}`;
        const tid = `TID-${(0x2f9ab + (i % 25) * 311).toString(36)}`;
        if (i % 20 === 0) {
          return `2026-02-11T${hms(t)}Z 1 ${tid} INFO: utilization_update group=default busy_processors=25 max_processors=25`;
        }
        if (i % 4 === 1) {
          return `2026-02-11T${hms(t)}Z 1 ${tid} WebhookDeliveryWorker/webhook-deliveries/${mid} INFO: started at 2026-02-11 ${hms(t)} +0000`;
        }
        if (i % 4 === 2) {
          return `2026-02-11T${hms(t)}Z 1 ${tid} WebhookDeliveryWorker/webhook-deliveries/${mid} INFO: delivered evt_${(0x3c91f0 + i).toString(16)} to https://hooks.${['shopline', 'parcelhub', 'bookwise', 'tillstack'][i % 4]}.example/webhooks (200) in ${520 + ((i * 43) % 260)}ms`;
        }
        return `2026-02-11T${hms(t)}Z 1 ${tid} WebhookDeliveryWorker/webhook-deliveries/${mid} INFO: completed in: ${(780 + ((i * 53) % 240)).toFixed(2)} ms`;
      }),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'fortieth-asynq-thumbnailer-queue-latency',
    family: 'load-growth',
    source: 'https://github.com/hibiken/asynq/blob/master/signals_unix.go',
    signal: 'Alert',
    containers: [
      {
        name: 'thumbnailer',
        running: { startedAt: '2026-02-11T06:01:12Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '4',
        args: ['/app/thumbnailer', 'worker'],
        env: {
          ASYNQ_CONCURRENCY: '20',
          REDIS_ADDR: 'redis-asynq.media.svc.cluster.local:6379',
          THUMB_WEBP_QUALITY: '78',
        },
      },
    ],
    rollout: { minutesAgo: 150, addedEnv: { THUMB_WEBP_QUALITY: '78' } },
    events: [
      alert(
        'AsynqQueueLatencyHigh',
        'queue default: latency 11m40s, size 38400 and rising; processed 17.8/s (flat since 06:10); enqueued 31/s, 2.2x the Wednesday average.',
      ),
    ],
    currentLog: log(
      'asynq: pid=1 2026/02/11 06:01:12.384522 INFO: Starting processing',
      'asynq: pid=1 2026/02/11 06:01:12.384557 INFO: Send signal TSTP to stop processing new tasks',
      'asynq: pid=1 2026/02/11 06:01:12.384561 INFO: Send signal TERM or INT to terminate the process',
      times(150, (i) => {
        const t = at(8, 22) + Math.floor(i * 2.9);
        return `{"level":"info","ts":"2026-02-11T${hms(t)}.${ms(i)}Z","caller":"worker/resize.go:88","msg":"task processed","type":"image:resize","queue":"default","task_id":"${(0x71c2e900 + i * 8191).toString(16)}-b1e2-4c55-a0f3-${(0x2e1c90d00000 + i * 3331).toString(16).slice(-12)}","sizes":4,"src_bytes":${2_100_000 + ((i * 7919) % 900_000)},"duration_ms":${1040 + ((i * 61) % 160)},"retry":0}`;
      }),
    ),
    accept: ['scale-up'],
    harmful: ['rollback'],
  },
  // ------------------------------------------------------------ rollbacks right (4)
  {
    id: 'fortieth-celery-beat-notifications-crashloop',
    family: 'bad-release',
    source: 'https://github.com/opensemanticsearch/open-semantic-etl/pull/157',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('beat', 1, 7),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '250m',
        args: [
          'celery',
          '-A',
          'notifications',
          'beat',
          '-l',
          'info',
          '--schedule',
          '/var/lib/celery/beat/celerybeat-schedule',
        ],
        env: {
          CELERY_BROKER_URL: 'redis://redis-notifications.messaging.svc.cluster.local:6379/0',
          DJANGO_SETTINGS_MODULE: 'notifications.settings.production',
        },
        mounts: [{ volume: 'beat-state', path: '/var/lib/celery/beat' }],
      },
    ],
    volumes: [{ name: 'beat-state', emptyDir: {} }],
    rollout: { minutesAgo: 18, previousTag: '2.2.9' },
    previousLog: log(
      'Traceback (most recent call last):',
      '  File "/usr/local/bin/celery", line 8, in <module>',
      '    sys.exit(main())',
      '             ^^^^^^',
      '  File "/usr/local/lib/python3.12/site-packages/celery/__main__.py", line 15, in main',
      '    sys.exit(_main())',
      '             ^^^^^^^',
      '  File "/usr/local/lib/python3.12/site-packages/celery/bin/celery.py", line 236, in main',
      '    return celery(auto_envvar_prefix="CELERY")',
      '  File "/usr/local/lib/python3.12/site-packages/click/core.py", line 1161, in __call__',
      '    return self.main(*args, **kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/celery/bin/beat.py", line 72, in beat',
      '    beat = partial(app.Beat,',
      '  File "/usr/local/lib/python3.12/site-packages/celery/app/base.py", line 1275, in conf',
      '    return self._load_config()',
      '  File "/usr/local/lib/python3.12/site-packages/celery/app/base.py", line 1099, in _load_config',
      '    self._conf = detect_settings(',
      '  File "/usr/local/lib/python3.12/site-packages/celery/app/utils.py", line 239, in detect_settings',
      '    raise ImproperlyConfigured(IMPROPERLY_CONFIGURED_ERR.format(',
      'celery.exceptions.ImproperlyConfigured: ',
      '',
      'Cannot mix new and old setting keys, please rename the',
      'following settings to the new format:',
      '',
      'CELERYBEAT_SCHEDULE                  -> beat_schedule',
      '',
    ),
    accept: ['rollback'],
  },
  {
    id: 'fortieth-benthos-orders-enricher-crashloop',
    family: 'bad-release',
    source: 'https://github.com/redpanda-data/connect/issues/1810',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('orders-enricher', 1, 8),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['-c', '/etc/benthos/benthos.yaml'],
        env: { KAFKA_BROKERS: 'kafka-0.kafka-headless.data.svc:9092,kafka-1.kafka-headless.data.svc:9092' },
        mounts: [{ volume: 'pipeline', path: '/etc/benthos' }],
      },
    ],
    volumes: [{ name: 'pipeline', configMap: 'orders-enricher-pipeline-v7' }],
    rollout: { minutesAgo: 24, addedConfigMapVolumes: ['orders-enricher-pipeline-v7'] },
    previousLog: log(
      benthos(
        at(8, 27, 41),
        'info',
        'Running main config from specified file',
        '"path":"/etc/benthos/benthos.yaml",',
      ),
      '{"@service":"benthos","level":"error","lint":"/etc/benthos/benthos.yaml(38,5) field dump_request_log_level not recognised","msg":"Config lint error","time":"2026-02-11T08:27:41Z"}',
      times(
        6,
        (i) =>
          `{"@service":"benthos","level":"error","lint":"/etc/benthos/benthos.yaml(${61 + i * 23},7) field dump_request_log_level not recognised","msg":"Config lint error","time":"2026-02-11T08:27:41Z"}`,
      ),
      benthos(
        at(8, 27, 41),
        'error',
        'Shutting down due to linter errors, to prevent shutdown run Benthos with --chilled',
      ),
    ),
    accept: ['rollback'],
  },
  {
    id: 'fortieth-kcl-clickstream-sessionizer-crashloop',
    family: 'bad-release',
    source:
      'https://github.com/awslabs/amazon-kinesis-client/blob/master/src/main/java/com/amazonaws/services/kinesis/clientlibrary/lib/worker/Worker.java',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('sessionizer', 1, 6),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          KCL_APPLICATION_NAME: 'clickstream-sessionizer',
          KINESIS_STREAM_NAME: 'clickstream-events-v2',
          AWS_REGION: 'eu-west-1',
        },
      },
    ],
    rollout: { minutesAgo: 22, addedEnv: { KINESIS_STREAM_NAME: 'clickstream-events-v2' } },
    previousLog: log(
      '2026-02-11 08:26:03,114 INFO  [main] c.a.clickstream.SessionizerApplication - Starting KCL scheduler for application clickstream-sessionizer on stream clickstream-events-v2',
      times(20, (i) =>
        log(
          `2026-02-11 ${hms(at(8, 26, 3) + i * 5)},${ms(i)} INFO  [main] s.a.k.coordinator.Scheduler - Initialization attempt ${i + 1}`,
          `2026-02-11 ${hms(at(8, 26, 3) + i * 5)},${ms(i + 1)} INFO  [main] s.a.k.coordinator.Scheduler - Syncing Kinesis shard info`,
          `2026-02-11 ${hms(at(8, 26, 4) + i * 5)},${ms(i + 2)} ERROR [main] s.a.k.coordinator.Scheduler - Caught exception when initializing LeaseCoordinator`,
          `software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException: Stream clickstream-events-v2 under account 412905118327 not found. (Service: Kinesis, Status Code: 400, Request ID: ${(0xd6285a7b + i * 4099).toString(16)}-8624-e11f-b6c7-e5ffc5432b9b)`,
        ),
      ),
      '2026-02-11 08:27:43,552 ERROR [main] s.a.k.coordinator.Scheduler - Unable to initialize after 20 attempts. Shutting down.',
      '2026-02-11 08:27:43,560 INFO  [main] s.a.k.coordinator.Scheduler - Worker loop is complete. Exiting from worker.',
    ),
    accept: ['rollback'],
  },
  {
    id: 'fortieth-pubsub-shipments-listener-backlog',
    family: 'bad-release',
    source: 'https://github.com/googleapis/google-cloud-java/issues/3083',
    signal: 'Alert',
    containers: [
      {
        name: 'shipments-listener',
        running: { startedAt: '2026-02-11T08:05:10Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_CLOUD_GCP_PROJECT_ID: 'acme-fulfil-prod',
          SHIPMENTS_SUBSCRIPTION: 'shipments-listener-v2',
          GOOGLE_APPLICATION_CREDENTIALS: '/var/run/secrets/gcp/key.json',
        },
        mounts: [{ volume: 'gcp-sa', path: '/var/run/secrets/gcp' }],
      },
    ],
    volumes: [{ name: 'gcp-sa', secret: 'shipments-listener-gcp-sa' }],
    rollout: { minutesAgo: 26, addedEnv: { SHIPMENTS_SUBSCRIPTION: 'shipments-listener-v2' } },
    events: [
      alert(
        'PubSubOldestUnackedMessageAge',
        'subscription shipments-listener: oldest_unacked_message_age 24m, num_undelivered_messages 3920; no pull requests on it since 08:04 UTC.',
      ),
    ],
    currentLog: log(
      boot(
        at(8, 5, 14),
        0,
        'INFO',
        'main',
        'c.a.f.ShipmentsListenerApplication',
        'Starting ShipmentsListenerApplication v2.3.1 using Java 21.0.5 with PID 1',
      ),
      boot(
        at(8, 5, 17),
        1,
        'INFO',
        'main',
        'o.s.b.w.embedded.tomcat.TomcatWebServer',
        'Tomcat initialized with port 8080 (http)',
      ),
      boot(
        at(8, 5, 18),
        2,
        'INFO',
        'main',
        'c.g.c.s.core.DefaultCredentialsProvider',
        'Default credentials provider for service account shipments-listener@acme-fulfil-prod.iam.gserviceaccount.com',
      ),
      boot(
        at(8, 5, 19),
        3,
        'INFO',
        'main',
        'c.a.f.pubsub.ShipmentSubscriber',
        'Started subscriber for shipments-listener-v2',
      ),
      boot(
        at(8, 5, 19),
        4,
        'INFO',
        'main',
        'o.s.b.w.embedded.tomcat.TomcatWebServer',
        "Tomcat started on port 8080 (http) with context path '/'",
      ),
      boot(
        at(8, 5, 19),
        5,
        'INFO',
        'main',
        'c.a.f.ShipmentsListenerApplication',
        'Started ShipmentsListenerApplication in 5.108 seconds (process running for 5.92)',
      ),
      boot(
        at(8, 5, 21),
        6,
        'ERROR',
        'bscriber-SE-1-0',
        'c.g.c.p.v.StreamingSubscriberConnection',
        'terminated streaming with exception',
      ),
      '',
      'com.google.api.gax.rpc.NotFoundException: com.google.api.gax.rpc.NotFoundException: io.grpc.StatusRuntimeException: NOT_FOUND: Resource not found (resource=shipments-listener-v2).',
      '\tat com.google.api.gax.rpc.ApiExceptionFactory.createException(ApiExceptionFactory.java:90) ~[gax-2.74.0.jar!/:2.74.0]',
      '\tat com.google.cloud.pubsub.v1.StreamingSubscriberConnection$1.onFailure(StreamingSubscriberConnection.java:423) ~[google-cloud-pubsub-1.147.0.jar!/:1.147.0]',
      '\tat com.google.api.core.ApiFutures$1.onFailure(ApiFutures.java:84) ~[api-common-2.57.0.jar!/:2.57.0]',
      'Caused by: io.grpc.StatusRuntimeException: NOT_FOUND: Resource not found (resource=shipments-listener-v2).',
      '\tat io.grpc.Status.asRuntimeException(Status.java:532) ~[grpc-api-1.76.2.jar!/:1.76.2]',
      '\t... 24 common frames omitted',
      '',
      boot(
        at(8, 5, 21),
        7,
        'WARN',
        'bscriber-SE-1-0',
        'c.g.c.p.v.StreamingSubscriberConnection',
        'Setting response: SUCCESSFUL on outstanding messages',
      ),
      times(45, (i) =>
        boot(
          at(8, 6) + i * 30,
          i,
          'INFO',
          `http-nio-8080-exec-${1 + (i % 10)}`,
          'c.a.f.web.TrackingController',
          `GET /api/shipments/${9120400 + i * 7}/tracking 200 in ${12 + (i % 30)} ms`,
        ),
      ),
    ),
    accept: ['rollback'],
  },
  // ------------------------------------------------------------ cache flush right (1)
  {
    id: 'fortieth-nuxt-storefront-ssr-latency',
    family: 'cache-full',
    source: 'https://github.com/ziaadini/nuxt-perfect-cache/issues/1',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront-ssr',
        running: { startedAt: '2026-02-09T07:12:40Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        args: ['node', '.output/server/index.mjs'],
        env: {
          NODE_ENV: 'production',
          PAGE_CACHE_REDIS_URL: 'redis://redis-page-cache.web.svc.cluster.local:6379/0',
          PAGE_CACHE_TTL_SECONDS: '86400',
          API_BASE_URL: 'http://catalog-api.web.svc.cluster.local:8080',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'redis-page-cache: used_memory 1.00GiB of maxmemory 1.00GiB (maxmemory-policy noeviction); rejected writes 312/s. Keyspace: db0 keys=2118044 (all page:*).',
      ),
      alert(
        'StorefrontSSRLatencyHigh',
        'storefront-ssr p95 render time 2.8s (SLO 800ms) since 07:55 UTC; page cache hit ratio 3%.',
      ),
    ],
    currentLog: log(
      times(
        18,
        (i) =>
          `[GET] /p/${['linen-shirt', 'oak-desk', 'trail-runner-2', 'espresso-cups', 'wool-throw', 'desk-lamp'][i % 6]}-${1200 + i * 13} 200 ${28 + (i % 20)}ms (cache hit)`,
      ),
      times(30, (i) =>
        log(
          `[GET] /c/${['living', 'office', 'outdoor', 'kitchen', 'kids'][i % 5]}?page=${1 + (i % 7)} 200 ${2100 + ((i * 137) % 1400)}ms (cache miss)`,
          "OOM command not allowed when used memory > 'maxmemory'.",
          '  at parseError (node_modules/redis-parser/lib/parser.js:179:12)',
          '  at parseType (node_modules/redis-parser/lib/parser.js:302:14)',
          '',
          ' WARN  This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason:',
        ),
      ),
    ),
    accept: ['flush-redis-cache'],
  },
  // ------------------------------------------------------------ node actions right (2)
  {
    id: 'fortieth-graylog-createcontainer-io-error',
    family: 'node-failure',
    source: 'https://github.com/kubernetes/node-problem-detector/blob/master/config/kernel-monitor.json',
    signal: 'CreateContainerError',
    containers: [
      {
        name: 'graylog',
        waiting: {
          reason: 'CreateContainerError',
          message:
            'failed to create containerd container: mkdir /var/lib/containerd/io.containerd.grpc.v1.cri/containers/5b3e0d9a41c2f87e6b1d0c4a9e22f3b7c815d6e09a4f1b2c3d4e5f60718293a4: input/output error',
        },
        last: { reason: 'Error', exitCode: 143 },
        restarts: 1,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          GRAYLOG_SERVER_JAVA_OPTS: '-Xms1536m -Xmx1536m',
          GRAYLOG_ELASTICSEARCH_HOSTS: 'http://opensearch.logging.svc.cluster.local:9200',
          GRAYLOG_MONGODB_URI: 'mongodb://graylog-mongo.logging.svc.cluster.local:27017/graylog',
        },
        mounts: [{ volume: 'journal', path: '/usr/share/graylog/data/journal' }],
      },
    ],
    volumes: [{ name: 'journal', persistentVolumeClaim: 'graylog-journal' }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
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
        {
          type: 'XfsShutdown',
          status: 'True',
          reason: 'XfsHasShutdown',
          message: 'XFS (nvme1n1): Corruption of in-memory data detected.  Shutting down filesystem',
        },
      ],
    },
    events: [
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container graylog failed liveness probe, will be restarted',
      },
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.9.14:9000/api/system/lbstatus": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 3,
      },
      {
        reason: 'Failed',
        message:
          'Error: failed to create containerd container: mkdir /var/lib/containerd/io.containerd.grpc.v1.cri/containers/5b3e0d9a41c2f87e6b1d0c4a9e22f3b7c815d6e09a4f1b2c3d4e5f60718293a4: input/output error',
        count: 9,
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'fortieth-zipkin-server-node-unreachable',
    family: 'node-failure',
    source: 'https://kubernetes.io/docs/reference/node/node-status/',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'zipkin',
        running: { startedAt: '2026-02-10T14:02:33Z' },
        ready: false,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          STORAGE_TYPE: 'elasticsearch',
          ES_HOSTS: 'http://opensearch.tracing.svc.cluster.local:9200',
          JAVA_OPTS: '-XX:MaxRAMPercentage=70',
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
    events: [{ reason: 'NodeNotReady', message: 'Node is not ready' }],
    currentLog: log(
      times(
        40,
        (i) =>
          `2026-02-11 ${hms(at(8, 1) + i * 30)}.${ms(i)}  INFO [/] 1 --- [oss-http-*:9411-${i % 4}] z.s.i.brave.ZipkinSelfTracingConfiguration : accepted ${1800 + ((i * 71) % 600)} spans from ${30 + (i % 12)} services in the last 30s`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  // ------------------------------------------------------------ look-alikes: restarts wrong (7)
  {
    id: 'fortieth-paho-meter-bridge-not-ready',
    family: 'dependency-down',
    source: 'https://github.com/elad-bar/DahuaVTO2MQTT/issues/42',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'meter-bridge',
        running: { startedAt: '2026-02-10T06:20:14Z' },
        ready: false,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '250m',
        args: ['python', '-m', 'meter_bridge'],
        env: {
          MQTT_HOST: 'vernemq.iot.svc.cluster.local',
          MQTT_PORT: '1883',
          MQTT_CLIENT_ID: 'meter-bridge',
          BUFFER_MAX_READINGS: '50000',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 44,
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `2026-02-11 ${hms(at(7, 44) + i * 20)},${ms(i)} INFO meter_bridge.mqtt Published ${40 + (i % 12)} readings to meters/+/kwh (qos=1)`,
      ),
      '2026-02-11 07:52:18,330 WARNING meter_bridge.mqtt Disconnected from MQTT broker with result code 7, reconnecting',
      times(72, (i) =>
        i % 4 === 3
          ? `2026-02-11 ${hms(at(7, 52, 40) + i * 30)},${ms(i)} WARNING meter_bridge.buffer Holding ${1240 + i * 96} readings in memory (max 50000) until the broker is reachable`
          : `2026-02-11 ${hms(at(7, 52, 40) + i * 30)},${ms(i)} ERROR meter_bridge.mqtt Failed to connect to vernemq.iot.svc.cluster.local:1883, error: [Errno 111] Connection refused`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-servicebus-claims-processor-receive-errors',
    family: 'dependency-down',
    source: 'https://github.com/Azure/azure-service-bus-emulator-installer/issues/62',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-processor',
        running: { startedAt: '2026-02-10T09:10:51Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          DOTNET_ENVIRONMENT: 'Staging',
          ServiceBus__ConnectionString:
            'Endpoint=sb://servicebus-emulator.staging-infra.svc.cluster.local;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;',
          ServiceBus__Queue: 'claims-submitted',
        },
      },
    ],
    events: [
      alert(
        'ServiceBusConsumerErrors',
        'claims-processor (staging): 100% of Service Bus receive operations failing since 07:43 UTC; queue claims-submitted not drained.',
      ),
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `[${hms(at(7, 36) + i * 20)} INF] Claim CLM-${88100 + i} adjudicated in ${140 + ((i * 31) % 90)} ms (${['approved', 'approved', 'pended', 'approved', 'denied'][i % 5]})`,
      ),
      times(28, (i) =>
        log(
          `[${hms(at(7, 43, 58) + i * 95)} WRN] RunOperation encountered an exception and will retry. Exception: Azure.Messaging.ServiceBus.ServiceBusException: Connection refused ErrorCode: ConnectionRefused (ServiceCommunicationProblem). For troubleshooting information, see https://aka.ms/azsdk/net/servicebus/exceptions/troubleshoot.`,
          ' ---> System.Net.Sockets.SocketException (111): Connection refused',
          '   at Microsoft.Azure.Amqp.ExceptionDispatcher.Throw(Exception exception)',
          '   at Microsoft.Azure.Amqp.AsyncResult.End[TAsyncResult](IAsyncResult result)',
          '   at Microsoft.Azure.Amqp.Transport.AmqpTransportInitiator.ConnectAsyncResult.End(IAsyncResult result)',
          '   at Azure.Messaging.ServiceBus.Amqp.AmqpConnectionScope.CreateAndOpenConnectionAsync(Version amqpVersion, Uri serviceEndpoint, Uri connectionEndpoint, ServiceBusTransportType transportType, IWebProxy proxy, String scopeIdentifier, TimeSpan timeout, TimeSpan connectionIdleTimeout)',
          `[${hms(at(7, 44) + i * 95)} ERR] Service Bus processor error. Source: Receive, Entity: claims-submitted, Namespace: servicebus-emulator.staging-infra.svc.cluster.local`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-exq-notifier-crashloop',
    family: 'dependency-down',
    source: 'https://github.com/akira/exq/issues/376',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('notifier', 1, 9),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['/app/bin/notifier', 'start'],
        env: {
          PHX_HOST: 'notify.acme.example',
          EXQ_REDIS_HOST: 'redis-exq.jobs.svc.cluster.local',
          EXQ_REDIS_PORT: '6379',
          RELEASE_COOKIE_FILE: '/var/run/secrets/release/cookie',
        },
      },
    ],
    previousLog: log(
      '08:27:39.884 [info] Running NotifierWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      '08:27:39.886 [info] Access NotifierWeb.Endpoint at https://notify.acme.example',
      '08:27:40.112 [notice] Application notifier exited: Notifier.Application.start(:normal, []) returned an error: shutdown: failed to start child: Exq',
      '    ** (EXIT) shutdown: failed to start child: Exq.Manager.Server',
      '        ** (EXIT) an exception was raised:',
      '            ** (RuntimeError) ',
      '',
      '',
      '====================================================================================================',
      'ERROR! Could not connect to Redis!',
      '',
      'Configuration passed in: [host: "redis-exq.jobs.svc.cluster.local", port: 6379, database: 0, password: "*****"]',
      'Error: :error',
      'Reason: %Redix.ConnectionError{reason: :econnrefused}',
      '',
      'Make sure Redis is running, and your configuration matches Redis settings.',
      '====================================================================================================',
      '',
      '                (exq 0.19.0) lib/exq/manager/server.ex:405: Exq.Manager.Server.check_redis_connection/1',
      '                (exq 0.19.0) lib/exq/manager/server.ex:174: Exq.Manager.Server.init/1',
      '                (stdlib 5.2.3) gen_server.erl:980: :gen_server.init_it/2',
      '                (stdlib 5.2.3) gen_server.erl:935: :gen_server.init_it/6',
      '                (stdlib 5.2.3) proc_lib.erl:241: :proc_lib.init_p_do_apply/3',
      "Kernel pid terminated (application_controller) (\"{application_start_failure,notifier,{{shutdown,{failed_to_start_child,'Elixir.Exq',{shutdown,{failed_to_start_child,'Elixir.Exq.Manager.Server',{#{message => <<\\\"ERROR! Could not connect to Redis!\\\">>,'__struct__' => 'Elixir.RuntimeError','__exception__' => true}}}}}},{'Elixir.Notifier.Application',start,[normal,[]]}}}\")",
      '',
      'Crash dump is being written to: erl_crash.dump...done',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-shedlock-billing-invoice-run-overdue',
    family: 'lock-held',
    source: 'https://github.com/lukas-krecan/ShedLock/issues/811',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-scheduler',
        running: { startedAt: '2026-02-09T18:30:02Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_PROFILES_ACTIVE: 'prod',
          LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK: 'DEBUG',
        },
      },
    ],
    events: [
      alert(
        'ScheduledJobOverdue',
        'billing invoiceRun last completed 2026-02-10 06:00 UTC (schedule: daily, catch-up every 15 minutes); 26h30m ago.',
      ),
    ],
    currentLog: log(
      times(33, (i) => {
        const t = at(0, 0) + i * 900;
        return log(
          boot(
            t,
            i,
            'DEBUG',
            'scheduling-1',
            'n.j.s.core.DefaultLockingTaskExecutor',
            "Not executing 'invoiceRun'. It's locked.",
          ),
          boot(
            t + 30,
            i + 1,
            'DEBUG',
            'scheduling-1',
            'n.j.s.core.DefaultLockingTaskExecutor',
            `Locked 'syncFxRates', lock will be held at most until 2026-02-11T${hms(t + 330)}.${ms(i)}Z`,
          ),
          boot(
            t + 34,
            i + 2,
            'INFO',
            'scheduling-1',
            'c.a.billing.fx.FxRateSync',
            `synced 164 FX rates from ECB in ${310 + ((i * 47) % 200)} ms`,
          ),
        );
      }),
      boot(
        at(8, 1, 5),
        1,
        'WARN',
        'scheduling-2',
        'c.a.billing.ops.LockAudit',
        'shedlock row invoiceRun: locked_by=billing-cron-vm02.corp.acme.internal, locked_at=2026-02-10T06:00:04.211Z, lock_until=2026-02-12T06:00:04.211Z',
      ),
      boot(
        at(8, 15),
        2,
        'DEBUG',
        'scheduling-1',
        'n.j.s.core.DefaultLockingTaskExecutor',
        "Not executing 'invoiceRun'. It's locked.",
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-jobrunr-ledger-export-processing-long',
    family: 'long-running-job',
    source: 'https://github.com/jobrunr/jobrunr/issues/250',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-exporter',
        running: { startedAt: '2026-02-10T20:12:45Z' },
        ready: true,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          JOBRUNR_BACKGROUND_JOB_SERVER_WORKER_COUNT: '4',
          EXPORT_BUCKET: 's3://acme-ledger-exports',
        },
      },
    ],
    events: [
      alert(
        'JobRunrJobProcessingTooLong',
        'job "Year-end ledger export FY2025" (id 0194f0c3-51aa-7b1e-9c2d-8e0f1a7b3c55) has been PROCESSING for 2h41m (threshold 2h).',
      ),
    ],
    currentLog: log(
      '2026-02-10T20:13:02.418Z  INFO 1 --- [oKeeper-pool-1] o.jobrunr.server.ServerZooKeeper         : Server 5d0e2a71-3c4f-4b9a-8e61-0f7d2c9b1a44 is master (this BackgroundJobServer)',
      '2026-02-10T20:13:02.419Z  INFO 1 --- [oKeeper-pool-1] o.jobrunr.server.BackgroundJobServer     : JobRunr BackgroundJobServer (5d0e2a71-3c4f-4b9a-8e61-0f7d2c9b1a44) and 4 BackgroundJobPerformers started successfully',
      boot(
        at(5, 48, 2),
        0,
        'INFO',
        'backgroundjob-worker-2',
        'c.a.ledger.export.YearEndExportJob',
        'starting year-end export FY2025: 58,900,000 ledger rows in 118 parts to s3://acme-ledger-exports/fy2025/',
      ),
      times(80, (i) => {
        const rows = 600_000 + i * 505_000;
        return i % 5 === 4
          ? boot(
              at(5, 50) + i * 120,
              i,
              'INFO',
              `backgroundjob-worker-${1 + (i % 3 === 0 ? 1 : 3)}`,
              'c.a.ledger.jobs.DailyBalanceJob',
              `daily balances for ${['eu-1', 'eu-2', 'us-1'][i % 3]} refreshed in ${2 + (i % 4)}.${i % 10} s`,
            )
          : boot(
              at(5, 50) + i * 120,
              i,
              'INFO',
              'backgroundjob-worker-2',
              'c.a.ledger.export.YearEndExportJob',
              `exported ${rows.toLocaleString('en-US')} / 58,900,000 rows (${((rows / 58_900_000) * 100).toFixed(1)}%), ${4180 + ((i * 13) % 60)} rows/s, part ${Math.floor(rows / 499_000)} uploaded`,
            );
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortieth-discosrv-liveness-restarts',
    family: 'fd-exhaustion',
    source: 'https://github.com/syncthing/discosrv/issues/25',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'discosrv',
        running: { startedAt: '2026-02-11T08:17:40Z' },
        ready: false,
        restarts: 14,
        last: { reason: 'Error', exitCode: 143 },
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['sh', '-c', 'ulimit -n 4096 && exec stdiscosrv -listen=:8443 -db-dir=/var/stdiscosrv'],
        mounts: [{ volume: 'discosrv-db', path: '/var/stdiscosrv' }],
      },
    ],
    volumes: [{ name: 'discosrv-db', persistentVolumeClaim: 'discosrv-db' }],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "https://10.42.5.31:8443/ping": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 42,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container discosrv failed liveness probe, will be restarted',
        count: 14,
      },
    ],
    previousLog: log(
      times(40, (i) => {
        const delays = ['5ms', '10ms', '20ms', '40ms', '80ms', '160ms', '320ms', '640ms'];
        const t = at(8, 15, 10) + (i < 8 ? 0 : i - 7);
        return `2026/02/11 ${hms(t)} http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in ${i < 8 ? delays[i] : '1s'}`;
      }),
    ),
    currentLog: log(
      times(24, (i) => {
        const delays = ['5ms', '10ms', '20ms', '40ms', '80ms', '160ms', '320ms', '640ms'];
        const t = at(8, 28, 31) + (i < 8 ? 0 : i - 7);
        return `2026/02/11 ${hms(t)} http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in ${i < 8 ? delays[i] : '1s'}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-faust-fraud-scorer-consumer-lag',
    family: 'state-recovery',
    source: 'https://github.com/robinhood/faust/issues/218',
    signal: 'Alert',
    containers: [
      {
        name: 'fraud-scorer',
        running: { startedAt: '2026-02-11T07:41:20Z' },
        ready: true,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        args: ['faust', '-A', 'fraud_scorer.app', 'worker', '-l', 'info', '--web-port', '6066'],
        env: { FAUST_STORE: 'rocksdb://', FAUST_DATADIR: '/var/lib/faust' },
        mounts: [{ volume: 'faust-data', path: '/var/lib/faust' }],
      },
    ],
    volumes: [{ name: 'faust-data', emptyDir: {} }],
    events: [
      alert(
        'KafkaConsumerGroupLagHigh',
        'consumer group fraud-scorer: lag 2.1M on topic card-transactions and rising for 45 minutes.',
      ),
    ],
    currentLog: log(
      times(24, (i) => {
        const t = at(8, 27, 10) + i * 5;
        const p3 = 1_279_819 - i * 6_700;
        const p7 = 640_325 - i * 3_300;
        const total = p3 + p7 + 1_296;
        return log(
          faust(
            t,
            i,
            'INFO',
            `[^---Recovery]: Still fetching changelog topics for recovery, estimated time remaining ${(total / 2000 / 60).toFixed(2)} minutes (total remaining=${total}):`,
          ),
          '┌Remaining for active recovery──────────────────┬───────────┬─────────────┬─────────────┬───────────┐',
          '│ topic                                         │ partition │ need offset │ have offset │ remaining │',
          '├───────────────────────────────────────────────┼───────────┼─────────────┼─────────────┼───────────┤',
          `│ fraud-scorer-card_velocity-changelog          │ 3         │ 48811920    │ ${48811920 - p3}    │ ${p3}   │`,
          `│ fraud-scorer-card_velocity-changelog          │ 7         │ 51204417    │ ${51204417 - p7}    │ ${p7}    │`,
          '│ fraud-scorer-merchant_risk-changelog          │ 3         │ 9120044     │ 9118748     │ 1296      │',
          '└───────────────────────────────────────────────┴───────────┴─────────────┴─────────────┴───────────┘',
        );
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  // ------------------------------------------------------------ look-alikes: scale-ups wrong (3)
  {
    id: 'fortieth-solid-queue-renewals-latency',
    family: 'db-saturated',
    source: 'https://github.com/rails/solid_queue/issues/333',
    signal: 'Alert',
    containers: [
      {
        name: 'jobs',
        running: { startedAt: '2026-02-10T22:40:18Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['bin/jobs', 'start'],
        env: {
          RAILS_ENV: 'production',
          RAILS_MAX_THREADS: '10',
          SOLID_QUEUE_IN_PUMA: 'false',
          DATABASE_URL:
            'postgres://subscriptions_app@subscriptions-pg.data.svc.cluster.local:5432/subscriptions',
        },
      },
    ],
    events: [
      alert(
        'SolidQueueJobLatencyHigh',
        'queue default: oldest ready execution 22m, 41k ready executions; p95 job duration 48s (7-day p95 1.2s).',
      ),
    ],
    currentLog: log(
      times(60, (i) => {
        const t = at(8, 14) + i * 15;
        const jid = `${(0x3e8a1c40 + i * 7331).toString(16)}-5d2b-4f1a-a0c7-${(0x9b10ee200000 + i * 4211).toString(16).slice(-12)}`;
        if (i % 5 === 1) {
          return log(
            `E, [2026-02-11T${hms(t)}.${ms(i)}${ms(i + 3)} #1] ERROR -- : [ActiveJob] [ChargeRenewalJob] [${jid}] Error performing ChargeRenewalJob (Job ID: ${jid}) from SolidQueue(default) in 30004.11ms: ActiveRecord::QueryCanceled (PG::QueryCanceled: ERROR:  canceling statement due to statement timeout`,
            ')',
          );
        }
        if (i % 5 === 3) {
          return `E, [2026-02-11T${hms(t)}.${ms(i)}${ms(i + 5)} #1] ERROR -- : [ActiveJob] [SendRenewalReceiptJob] [${jid}] Error performing SendRenewalReceiptJob (Job ID: ${jid}) from SolidQueue(default) in 5003.42ms: ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use)`;
        }
        if (i % 20 === 9) {
          return `E, [2026-02-11T${hms(t)}.${ms(i)}${ms(i + 7)} #1] ERROR -- : SolidQueue-1.1.2 Error in thread (0.0ms)  error: "ActiveRecord::ConnectionTimeoutError could not obtain a connection from the pool within 5.000 seconds (waited 5.002 seconds); all pooled connections were in use"`;
        }
        return `I, [2026-02-11T${hms(t)}.${ms(i)}${ms(i + 1)} #1]  INFO -- : [ActiveJob] [ChargeRenewalJob] [${jid}] Performed ChargeRenewalJob (Job ID: ${jid}) from SolidQueue(default) in ${(38000 + ((i * 911) % 14000)).toFixed(2)}ms`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-kcl-risk-scorer-iterator-age',
    family: 'shard-limit',
    source: 'https://github.com/awslabs/amazon-kinesis-client/issues/1521',
    signal: 'Alert',
    containers: [
      {
        name: 'risk-scorer',
        running: { startedAt: '2026-02-09T11:04:39Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          KCL_APPLICATION_NAME: 'risk-scorer',
          KINESIS_STREAM_NAME: 'payment-events',
          KCL_POLLING_INTERVAL_MILLIS: '1000',
        },
      },
    ],
    events: [
      alert(
        'KinesisIteratorAgeHigh',
        'stream payment-events (4 shards): GetRecords.IteratorAgeMilliseconds max 42m and rising; ReadProvisionedThroughputExceeded 1900/min. Polling consumers on the stream: risk-scorer, ledger-sink, search-indexer, analytics-export.',
      ),
    ],
    currentLog: log(
      '2026-02-11 08:20:04 INFO  software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseTaker:418 - Worker risk-scorer-5f7c9d-q8k2m saw 4 total leases, 0 available leases, 1 workers. Target is 4 leases, I have 4 leases, I will take 0 leases',
      times(54, (i) => {
        const t = at(8, 20, 6) + i * 10;
        const shard = `shardId-00000000000${i % 4}`;
        return i % 3 === 2
          ? `2026-02-11 ${hms(t)} INFO  com.acme.risk.RiskRecordProcessor:77 - ${shard}: scored ${500 + ((i * 37) % 400)} records in ${31 + (i % 20)} ms, checkpointed`
          : log(
              `2026-02-11 ${hms(t)} ERROR software.amazon.kinesis.retrieval.polling.PrefetchRecordsPublisher:590 - payment-events:${shard} : Exception thrown while fetching records from Kinesis`,
              `software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException: Rate exceeded for Shard - 412905118327/payment-events/${shard} (Service: Kinesis, Status Code: 400, Request ID: ${(0xd6285a7b + i * 977).toString(16)}-8624-e11f-b6c7-e5ffc5432b9b, Extended Request ID: PydAvRQwL1u4yZhxK/kY2fLsIeR4yk6gIRR5aXD5RSzPlj43nmrWn1AoR9wxQct7I0uvoYMlYYBBTLmQhwxNitZCBMMVP+cV) (SDK Attempt Count: 4)`,
            );
      }),
      '2026-02-11 08:29:04 INFO  software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseTaker:418 - Worker risk-scorer-5f7c9d-q8k2m saw 4 total leases, 0 available leases, 1 workers. Target is 4 leases, I have 4 leases, I will take 0 leases',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-shoryuken-crm-sync-backlog',
    family: 'rate-limit',
    source: 'https://github.com/lostisland/faraday/pull/1530',
    signal: 'Alert',
    containers: [
      {
        name: 'crm-sync',
        running: { startedAt: '2026-02-10T19:20:40Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['bundle', 'exec', 'shoryuken', '-R', '-C', 'config/shoryuken.yml'],
        env: { RAILS_ENV: 'production', AWS_REGION: 'eu-west-1', CRM_API_BASE: 'https://api.hubapi.com' },
        mounts: [{ volume: 'shoryuken-config', path: '/app/config/shoryuken.yml' }],
      },
    ],
    volumes: [{ name: 'shoryuken-config', configMap: 'crm-sync-shoryuken' }],
    events: [
      alert(
        'SQSQueueBacklogGrowing',
        'crm-sync: ApproximateNumberOfMessagesVisible 12480 (+9k in 60m), ApproximateAgeOfOldestMessage 38m.',
      ),
    ],
    currentLog: log(
      times(120, (i) => {
        const t = at(8, 20) + Math.floor(i * 4.4);
        const mid = `${(0x7b2c0000 + i * 30011).toString(16)}-91aa-4e6b-8c3d-${(0x10f2a3000000 + i * 6007).toString(16).slice(-12)}`;
        const ctx = `${`TID-${(0x31c7 + (i % 10) * 97).toString(36)}`} CrmContactSyncWorker/crm-sync/${mid}`;
        if (i % 4 === 0) return `2026-02-11T${hms(t)}Z 1 ${ctx} INFO: started at 2026-02-11 ${hms(t)} +0000`;
        if (i % 4 === 1)
          return log(
            `2026-02-11T${hms(t)}Z 1 ${ctx} WARN: Faraday::TooManyRequestsError: the server responded with status 429`,
            `2026-02-11T${hms(t)}Z 1 ${ctx} WARN: response body: {"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"${(0x5e1c8a20 + i * 7717).toString(16)}-1c2d-4e5f-8a9b-0c1d2e3f4a5b","policyName":"TEN_SECONDLY_ROLLING"}`,
          );
        if (i % 4 === 2)
          return `2026-02-11T${hms(t)}Z 1 ${ctx} INFO: failed in: ${(180 + ((i * 17) % 90)).toFixed(2)} ms`;
        return `2026-02-11T${hms(t)}Z 1 ${ctx} INFO: message returned to queue, visibility timeout set to ${30 + (i % 4) * 30}s (attempt ${2 + (i % 6)})`;
      }),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: memory raises wrong (2)
  {
    id: 'fortieth-kcl-fraud-features-crashloop',
    family: 'heap-cap',
    source: 'https://github.com/aws/aws-sdk-java-v2/issues/1867',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('fraud-features', 3, 7),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError -Xlog:gc:stdout:time',
          KCL_APPLICATION_NAME: 'fraud-features',
          KINESIS_STREAM_NAME: 'card-authorizations',
          KCL_ENHANCED_FAN_OUT: 'true',
        },
      },
    ],
    previousLog: log(
      '2026-02-11 08:23:40,114 INFO  [main] s.a.k.coordinator.Scheduler - Initialization complete. Starting worker loop.',
      times(
        26,
        (i) =>
          `[2026-02-11T${hms(at(8, 23, 44) + i * 9)}.${ms(i)}+0000] GC(${300 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${420 + i * 3}M->${380 + i * 4}M(512M) ${(9 + (i % 7) * 1.3).toFixed(3)}ms`,
      ),
      times(
        6,
        (i) =>
          `[2026-02-11T${hms(at(8, 27, 40) + i * 4)}.${ms(i)}+0000] GC(${326 + i}) Pause Full (G1 Compaction Pause) 511M->${509 - (i % 2)}M(512M) ${(780 + i * 23.4).toFixed(3)}ms`,
      ),
      '2026-02-11 08:28:04,902 WARN  [aws-java-sdk-NettyEventLoop-0-3] s.a.k.r.f.FanOutRecordsPublisher - shardId-000000000006: [SubscriptionLifetime] - (FanOutRecordsPublisher#errorOccurred) @ 2026-02-11T08:27:51.116Z id: shardId-000000000006-49 -- CompletionException/SdkClientException/java.lang.OutOfMemoryError: Java heap space',
      'java.util.concurrent.CompletionException: software.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP request: Java heap space',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-benthos-tenant-sync-oomkilled',
    family: 'memory-leak',
    source: 'https://github.com/redpanda-data/connect/issues/2771',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('tenant-sync', 137, 7),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['streams', '--no-api=false'],
        env: { GODEBUG: 'gctrace=1', GOMAXPROCS: '2' },
      },
    ],
    events: [
      alert(
        'KubeContainerOOMKilled',
        'tenant-sync was OOMKilled 7 times since 07:02 UTC; each instance lived 8-10 minutes. Streams API: 40 active streams (steady), 6-8 created and deleted per minute.',
      ),
    ],
    previousLog: log(
      times(90, (i) => {
        const t = at(8, 18, 2) + i * 6;
        if (i % 3 === 0) {
          const heap = 120 + i * 9;
          return `gc ${1 + i / 3} @${(2.04 + i * 6.02).toFixed(3)}s 2%: 0.048+${(3 + (i % 5) * 0.7).toFixed(1)}+0.011 ms clock, 0.19+1.1/7.4/13+0.044 ms cpu, ${heap + 18}->${heap + 24}->${heap} MB, ${heap * 2} MB goal, 0 MB stacks, 0 MB globals, 2 P`;
        }
        const tenant = 4400 + ((i * 7) % 60);
        return i % 3 === 1
          ? `{"@service":"benthos","label":"","level":"info","msg":"Input type http_client is now active","path":"root.input","stream":"tenant-${tenant}","time":"2026-02-11T${hms(t)}Z"}`
          : `{"@service":"benthos","label":"","level":"info","msg":"Output type kafka_franz is now active","path":"root.output","stream":"tenant-${tenant}","time":"2026-02-11T${hms(t)}Z"}`;
      }),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alike: rollback wrong (1)
  {
    id: 'fortieth-pubsub-catalog-indexer-backlog',
    family: 'credentials',
    source: 'https://github.com/googleapis/google-cloud-java/issues/3083',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog-indexer',
        running: { startedAt: '2026-02-11T03:31:22Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          GOOGLE_APPLICATION_CREDENTIALS: '/var/run/secrets/gcp/key.json',
          PUBSUB_SUBSCRIPTION: 'projects/acme-catalog-prod/subscriptions/catalog-updates-indexer',
          OPENSEARCH_URL: 'https://opensearch.search.svc.cluster.local:9200',
        },
        mounts: [{ volume: 'gcp-sa', path: '/var/run/secrets/gcp' }],
      },
    ],
    volumes: [{ name: 'gcp-sa', secret: 'catalog-indexer-gcp-sa' }],
    rollout: { minutesAgo: 300, previousTag: '2.3.0' },
    events: [
      alert(
        'PubSubSubscriptionBacklog',
        'subscription catalog-updates-indexer: num_undelivered_messages 88140, oldest_unacked_message_age 1h28m.',
      ),
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `Feb 11, 2026 ${jul(at(3, 35) + i * 520)} com.acme.catalog.IndexWriter flush\nINFO: indexed ${900 + ((i * 61) % 300)} documents into catalog-v12 in ${220 + ((i * 17) % 150)} ms`,
      ),
      times(22, (i) =>
        log(
          `Feb 11, 2026 ${7 + Math.floor((2 + i * 4) / 60)}:${dd((2 + i * 4) % 60)}:14 AM com.google.cloud.pubsub.v1.StreamingSubscriberConnection$1 onFailure`,
          'SEVERE: terminated streaming with exception',
          'com.google.api.gax.rpc.PermissionDeniedException: io.grpc.StatusRuntimeException: PERMISSION_DENIED: User not authorized to perform this action.',
          '\tat com.google.api.gax.rpc.ApiExceptionFactory.createException(ApiExceptionFactory.java:55)',
          '\tat com.google.cloud.pubsub.v1.StreamingSubscriberConnection$1.onFailure(StreamingSubscriberConnection.java:237)',
          '\tat com.google.common.util.concurrent.Futures$4.run(Futures.java:1123)',
          `Feb 11, 2026 ${7 + Math.floor((2 + i * 4) / 60)}:${dd((2 + i * 4) % 60)}:15 AM com.acme.catalog.SubscriberSupervisor onFailed`,
          'WARNING: subscriber for catalog-updates-indexer failed (PERMISSION_DENIED), restarting in 240s',
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  // ------------------------------------------------------------ look-alike: flush wrong (1)
  {
    id: 'fortieth-asynq-mailer-enqueue-errors',
    family: 'queue-store-full',
    source: 'https://github.com/hibiken/asynq/issues/380',
    signal: 'Alert',
    containers: [
      {
        name: 'mailer-api',
        running: { startedAt: '2026-02-09T16:44:03Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['/app/mailer', 'api'],
        env: { REDIS_ADDR: 'redis-asynq.mail.svc.cluster.local:6379', ASYNQ_RETENTION: '720h' },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull',
        'redis-asynq: used_memory 2.00GiB of maxmemory 2.00GiB (maxmemory-policy noeviction). Largest keys: asynq:{default}:archived (zset, 3.4M members), asynq:{default}:pending (list, 1.2M), asynq:{default}:completed (zset, 2.9M).',
      ),
    ],
    currentLog: log(
      times(110, (i) => {
        const t = at(8, 21) + Math.floor(i * 4.9);
        return i % 5 === 4
          ? `{"level":"info","ts":"2026-02-11T${hms(t)}.${ms(i)}Z","caller":"api/server.go:61","msg":"request","method":"GET","path":"/healthz","status":200,"duration_ms":1}`
          : `{"level":"error","ts":"2026-02-11T${hms(t)}.${ms(i)}Z","caller":"api/send.go:104","msg":"enqueue failed","type":"email:send","template":"${['receipt', 'password-reset', 'digest', 'invite'][i % 4]}","error":"could not enqueue task: UNKNOWN: redis eval error: ERR Error running script (call to f_7574d838a4ddc18d626139a5521903c904f1404a): @user_script:9: @user_script: 9: -OOM command not allowed when used memory > 'maxmemory'. ","status":503}`;
      }),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: node actions wrong (2)
  {
    id: 'fortieth-vmagent-edge-evicted',
    family: 'ephemeral-storage',
    source: 'https://github.com/VictoriaMetrics/VictoriaMetrics/issues/3032',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'vmagent',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: [
          '-promscrape.config=/etc/vmagent/scrape.yaml',
          '-remoteWrite.url=https://vminsert.metrics-central.acme.internal/insert/3/prometheus/api/v1/write',
          '-remoteWrite.tmpDataPath=/vmagent-data',
          '-loggerFormat=json',
        ],
        mounts: [
          { volume: 'scrape-config', path: '/etc/vmagent' },
          { volume: 'remotewrite-queue', path: '/vmagent-data' },
        ],
      },
    ],
    volumes: [
      { name: 'scrape-config', configMap: 'vmagent-edge-scrape' },
      { name: 'remotewrite-queue', emptyDir: { sizeLimit: '4Gi' } },
    ],
    node: quietNode,
    events: [
      { reason: 'Evicted', message: 'Usage of EmptyDir volume "remotewrite-queue" exceeds the limit "4Gi".' },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container vmagent' },
    ],
    previousLog: log(
      times(40, (i) => {
        const t = at(7, 46) + i * 60;
        return `{"ts":"2026-02-11T${hms(t)}.${ms(i)}Z","level":"error","caller":"VictoriaMetrics/app/vmagent/remotewrite/client.go:383","msg":"unexpected status code received after sending a block with size ${128000 + ((i * 9173) % 14000)} bytes to \\"1:secret-url\\" during retry #${170 + i}: 503; response body=\\"remoteAddr: \\\\\\"10.20.4.18:47582\\\\\\"; requestURI: /insert/3/prometheus/api/v1/write; error when processing imported data: cannot store metrics: the storage is in read-only mode; check -storage.minFreeDiskSpaceBytes command-line flag value\\\\n\\"; re-sending the block in 60.000 seconds"}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortieth-celery-beat-reports-crashloop',
    family: 'corrupt-state',
    source: 'https://github.com/paperless-ngx/paperless-ngx/issues/7430',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('beat', 1, 8),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '250m',
        args: [
          'celery',
          '-A',
          'reports',
          'beat',
          '-l',
          'info',
          '--schedule',
          '/var/lib/celery/beat/celerybeat-schedule',
        ],
        env: { CELERY_BROKER_URL: 'redis://redis-reports.messaging.svc.cluster.local:6379/1' },
        mounts: [{ volume: 'beat-state', path: '/var/lib/celery/beat' }],
      },
    ],
    volumes: [{ name: 'beat-state', persistentVolumeClaim: 'reports-beat-state' }],
    node: quietNode,
    previousLog: log(
      'celery beat v5.3.6 (emerald-rush) is starting.',
      '__    -    ... __   -        _',
      'LocalTime -> 2026-02-11 08:27:40',
      'Configuration ->',
      '    . broker -> redis://redis-reports.messaging.svc.cluster.local:6379/1',
      '    . loader -> celery.loaders.app.AppLoader',
      '    . scheduler -> celery.beat.PersistentScheduler',
      '    . db -> /var/lib/celery/beat/celerybeat-schedule',
      '    . logfile -> [stderr]@%INFO',
      '    . maxinterval -> 5.00 minutes (300s)',
      cel(at(8, 27, 40), 1, 'INFO', 'beat: Starting...'),
      cel(
        at(8, 27, 40),
        2,
        'CRITICAL',
        "beat raised exception <class '_dbm.error'>: error('cannot add item to database')",
      ),
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/shelve.py", line 111, in __getitem__',
      '    value = self.cache[key]',
      '            ~~~~~~~~~~^^^^^',
      "KeyError: 'entries'",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/site-packages/celery/apps/beat.py", line 113, in start_scheduler',
      '    service.start()',
      '  File "/usr/local/lib/python3.11/site-packages/celery/beat.py", line 634, in start',
      '    humanize_seconds(self.scheduler.max_interval))',
      '                     ^^^^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.11/site-packages/celery/beat.py", line 577, in setup_schedule',
      "    self._store['entries'] = {}",
      '    ~~~~~~~~~~~^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.11/shelve.py", line 125, in __setitem__',
      '    self.dict[key.encode(self.keyencoding)] = f.getvalue()',
      '    ~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '_dbm.error: cannot add item to database',
    ),
    accept: ['escalate'],
  },
];
