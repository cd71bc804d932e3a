import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('2m40s', 6);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` on the case's day, `s` seconds after 07:00:00. */
const hms = (s: number): string =>
  `${dd(7 + Math.floor(s / 3600))}:${dd(Math.floor((s % 3600) / 60))}:${dd(s % 60)}`;

/** `HH:MM:SS` for `t` seconds after midnight. */
const clock = (t: number): string =>
  `${dd(Math.floor(t / 3600))}:${dd(Math.floor((t % 3600) / 60))}:${dd(t % 60)}`;

/** An ISO timestamp on the case's day, `s` seconds after 07:00:00, with milliseconds. */
const iso = (s: number, ms = 0): string => `2026-02-11T${hms(s)}.${String(ms % 1000).padStart(3, '0')}Z`;

/** An Alertmanager alert as the Deployment's event. */
const alert = (message: string) => ({ reason: 'AlertFiring', message, on: 'Deployment' as const });

/** The usual node of the batch: Ready, its harmless conditions spelled out. */
const quietNode = {
  ready: 'True' as const,
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False' as const, reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False' as const, reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False' as const, reason: 'KubeletHasSufficientPID' },
    {
      type: 'KernelDeadlock',
      status: 'False' as const,
      reason: 'KernelHasNoDeadlock',
      message: 'kernel has no deadlock',
    },
  ],
};

/**
 * A thirty-second batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: WHEN A MUTATION IS THE RIGHT ANSWER, second round. 24 failures
 * where a catalog action is what a good on-call SRE does first at 3 a.m., beside 16 look-alikes
 * where the same action is wrong. Restarts right (14) for processes wedged in a state only a restart
 * clears, the dependency long healthy again: a Reactor Kafka receiver that never resubscribed after
 * a broker restart, EasyNetQ and Rebus consumers lost after a RabbitMQ blip, a Quartz.NET scheduler
 * that stopped firing after a Postgres restart, Dramatiq consumers that did not resume, Agenda's
 * "application restart required", a pg-boss pool that never refilled, a Kratos service whose etcd
 * lease loop gave up, a `cron` (kelektiv) timer dead after weeks, an APScheduler job hung on a dead
 * socket, Graphile Worker's lost LISTEN, a Faktory worker reaped as unknown, River's pool pinned to a
 * demoted Aurora writer, a zio-kafka consumer after `onLost`. Memory raises right for a Cats Effect
 * and fs2-kafka tariff service and a Kratos geo index grown with real data; scale-ups right for
 * Machinery and River workers under real growth; rollbacks right after a Spring Cloud Stream binding
 * change, a Wolverine upgrade whose code generation fails and a Taskiq image whose tasks no longer
 * import; a flush of a pure StackExchange.Redis cache full under `noeviction`; node actions for a
 * node whose conntrack table is full and one whose PLEG stopped. Look-alikes (16, all escalations):
 * Quartz.NET waiting on a row lock another session holds, Graphile Worker against a database still in
 * recovery, Laravel Reverb past PHP's FD_SETSIZE again minutes after each restart, a Huey consumer on
 * a legitimate three-hour export (a restart loses it), Delayed Job's lock held by a vanished worker,
 * Dramatiq against a broker still down right after the release that fixed its reconnects (a rollback
 * harms), a Faktory Node worker whose own synchronous job starves its heartbeat, a River pool starved
 * by a saturated database and a Taskiq backlog behind Shopify's rate limit (scale-ups wrong), a Spring
 * Cloud Stream heap capped by -Xmx and an Agenda process leaking fast (raises wrong), a Kratos rollout
 * that did not cause an etcd authentication failure (rollback wrong), a Taskiq Redis holding queues
 * and results (flush wrong), an arq pod evicted for its own memory and an APScheduler pod for its own
 * scratch files (node actions wrong), and Reactor Kafka with the brokers still unreachable. Each quotes
 * the wording of the public thread in `source`.
 */
export const THIRTYSECOND_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- restarts right (14)
  {
    id: 'thirtysecond-reactor-kafka-receiver-never-resubscribed',
    family: 'consumer-stalled',
    source: 'https://github.com/reactor/reactor-kafka/issues/109',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-projector',
        running: { startedAt: '2026-02-09T14:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_KAFKA_BOOTSTRAP_SERVERS: 'kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092',
          SPRING_KAFKA_CONSUMER_GROUP_ID: 'ledger-projector',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupLagHigh: group ledger-projector lag 412880 on topic ledger.entries, growing for 41m; brokers 3/3 online, under-replicated partitions 0',
      ),
    ],
    currentLog: log(
      '2026-02-11 07:51:02.118  INFO 1 --- [ctor-http-nio-2] c.a.ledger.web.ProjectionController     : GET /projections/accounts/88412 200 9ms',
      '2026-02-11 07:51:40.550  WARN 1 --- [ector-consumer-1] org.apache.kafka.clients.NetworkClient   : [Consumer clientId=consumer-ledger-projector-1, groupId=ledger-projector] Connection to node 1 (kafka-1.kafka/10.42.7.19:9092) could not be established. Broker may not be available.',
      '2026-02-11 07:51:40.551  WARN 1 --- [ector-consumer-1] org.apache.kafka.clients.NetworkClient   : [Consumer clientId=consumer-ledger-projector-1, groupId=ledger-projector] Connection to node 0 (kafka-0.kafka/10.42.3.8:9092) could not be established. Broker may not be available.',
      '2026-02-11 07:52:10.902 ERROR 1 --- [ector-consumer-1] r.k.r.internals.ConsumerEventLoop        : Unexpected exception',
      "org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before successfully committing offsets {ledger.entries-4=OffsetAndMetadata{offset=18823411, leaderEpoch=12, metadata=''}}",
      '2026-02-11 07:52:10.911  WARN 1 --- [     parallel-2] c.a.ledger.kafka.LedgerProjector         : receive() failed, resubscribing in 10s',
      '2026-02-11 07:52:20.915 ERROR 1 --- [     parallel-1] r.k.r.internals.DefaultKafkaReceiver     : Subscription to event flux failed',
      'java.lang.IllegalStateException: Multiple subscribers are not supported for KafkaReceiver flux',
      '\tat reactor.kafka.receiver.internals.DefaultKafkaReceiver.start(DefaultKafkaReceiver.java:321)',
      '\tat reactor.kafka.receiver.internals.DefaultKafkaReceiver.lambda$createConsumerFlux$10(DefaultKafkaReceiver.java:264)',
      '\tat reactor.core.publisher.FluxPeekFuseable$PeekFuseableSubscriber.onSubscribe(FluxPeekFuseable.java:163)',
      '\tat reactor.core.publisher.FluxPublishOn$PublishOnSubscriber.onSubscribe(FluxPublishOn.java:209)',
      '\tat reactor.core.publisher.EmitterProcessor.subscribe(EmitterProcessor.java:165)',
      '2026-02-11 07:53:02.004  INFO 1 --- [ector-consumer-1] org.apache.kafka.clients.NetworkClient   : [Consumer clientId=consumer-ledger-projector-1, groupId=ledger-projector] Node 1 disconnected.',
      '2026-02-11 07:53:14.377  INFO 1 --- [ad | producer-1] c.a.ledger.kafka.AuditPublisher          : published audit batch size=40 topic=ledger.audit partition=2 offset=9912044',
      times(
        48,
        (i) =>
          `2026-02-11 ${hms(3240 + i * 47)}.${dd((i * 13) % 100)}1  INFO 1 --- [ctor-http-nio-${(i % 4) + 1}] c.a.ledger.web.ProjectionController     : GET /projections/accounts/${88000 + i * 37} 200 ${4 + (i % 9)}ms`,
      ),
      times(
        6,
        (i) =>
          `2026-02-11 ${hms(3400 + i * 420)}.204  INFO 1 --- [ad | producer-1] c.a.ledger.kafka.AuditPublisher          : published audit batch size=${30 + i} topic=ledger.audit partition=${i % 3} offset=${9912100 + i * 61}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-easynetq-consumer-gone-after-rabbit-restart',
    family: 'consumer-stalled',
    source: 'https://github.com/EasyNetQ/EasyNetQ/issues/1222',
    signal: 'Alert',
    containers: [
      {
        name: 'invoicing-worker',
        running: { startedAt: '2026-02-04T09:12:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          RABBITMQ__CONNECTIONSTRING:
            'host=rabbitmq.messaging;virtualHost=billing;username=invoicing;publisherConfirms=true',
          DOTNET_ENVIRONMENT: 'Production',
        },
      },
    ],
    events: [
      alert(
        'RabbitMQQueueNoConsumers: queue billing.invoice-requested has 0 consumers and 4812 ready messages for 38m (vhost billing)',
      ),
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `[${hms(2400 + i * 30)} INF] Invoicing.Worker.InvoiceRequestedHandler: Invoice ${771200 + i} rendered and stored (lines=${3 + (i % 6)})`,
      ),
      `[${hms(2715)} WRN] EasyNetQ.Consumer.InternalConsumer: Consumer with consumerTag 3f1c9a2e-5b77-4a0e-9d61-0c4b7e22a1f8 on queue billing.invoice-requested has shutdown with reason AMQP close-reason, initiated by Library, code=541, text='Unexpected Exception', classId=0, methodId=0, cause=System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.`,
      ' ---> System.Net.Sockets.SocketException (104): Connection reset by peer',
      '   at System.Net.Sockets.NetworkStream.Read(Byte[] buffer, Int32 offset, Int32 size)',
      '   --- End of inner exception stack trace ---',
      '   at RabbitMQ.Client.Impl.InboundFrame.ReadFrom(NetworkBinaryReader reader)',
      '   at RabbitMQ.Client.Framing.Impl.Connection.MainLoopIteration()',
      '   at RabbitMQ.Client.Framing.Impl.Connection.MainLoop()',
      `[${hms(2716)} INF] EasyNetQ.Consumer.InternalConsumer: Consumer with consumerTag "3f1c9a2e-5b77-4a0e-9d61-0c4b7e22a1f8" has cancelled`,
      `[${hms(2731)} INF] EasyNetQ.Persistent.PersistentConnection: Connection Consumer established to broker rabbitmq.messaging, port 5672`,
      `[${hms(2731)} INF] EasyNetQ.Persistent.PersistentConnection: Connection Producer established to broker rabbitmq.messaging, port 5672`,
      times(
        40,
        (i) =>
          `[${hms(2760 + i * 58)} INF] Invoicing.Worker.Outbox.OutboxRelay: Published ${2 + (i % 7)} outbox messages to exchange billing.events (confirmed)`,
      ),
      times(
        12,
        (i) =>
          `[${hms(2790 + i * 190)} INF] Microsoft.AspNetCore.Hosting.Diagnostics: Request finished HTTP/1.1 GET http://10.42.5.31:8080/healthz - 200 - text/plain 0.8${i}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-quartznet-scheduler-silent-after-postgres-restart',
    family: 'scheduler-stalled',
    source: 'https://github.com/quartznet/quartznet/issues/740',
    signal: 'Alert',
    containers: [
      {
        name: 'report-scheduler',
        running: { startedAt: '2026-02-02T18:40:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          QUARTZ__SCHEDULER__INSTANCENAME: 'reports',
          QUARTZ__JOBSTORE__CLUSTERED: 'true',
          CONNECTIONSTRINGS__QUARTZ: 'Host=reports-pg.data;Database=quartz;Username=quartz',
        },
      },
    ],
    events: [
      alert(
        'ScheduledReportsStale: no report job completed for 52m (expected every 5m); reports-pg primary up 49m, replication healthy',
      ),
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `info: Reports.Jobs.DailyExposureJob[0]\n      Job reports.DailyExposure fired (trigger reports.every5m), 1${i}4 rows written in ${220 + i * 11}ms`,
      ),
      'fail: Quartz.Impl.AdoJobStore.ClusterManager[0]',
      '      Error managing cluster: Failure updating scheduler state when checking-in: Exception while reading from stream',
      '      Quartz.JobPersistenceException: Failure updating scheduler state when checking-in: Exception while reading from stream',
      '       ---> Npgsql.NpgsqlException (0x80004005): Exception while reading from stream',
      '       ---> System.IO.EndOfStreamException: Attempted to read past the end of the stream.',
      '         at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)',
      '         at Npgsql.NpgsqlCommand.ExecuteNonQuery(Boolean async, CancellationToken cancellationToken)',
      '         at Quartz.Impl.AdoJobStore.StdAdoDelegate.UpdateSchedulerState(ConnectionAndTransactionHolder conn, String instanceName, DateTimeOffset checkInTime, CancellationToken cancellationToken)',
      'fail: Quartz.Core.ErrorLogger[0]',
      '      An error occurred while scanning for the next trigger to fire.',
      "      Quartz.JobPersistenceException: Failed to obtain DB connection from data source 'default': Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.42.9.4:5432",
      '       ---> System.Net.Sockets.SocketException (111): Connection refused',
      'info: Quartz.Impl.AdoJobStore.JobStoreTX[0]',
      '      ClusterManager: detected 1 failed or restarted instances.',
      times(
        36,
        (i) =>
          `info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (${2 + (i % 5)}ms) [Parameters=[@__from_0='?' (DbType = DateTime)], CommandType='Text', CommandTimeout='30']\n      SELECT r.id, r.name, r.created_at FROM report_runs AS r WHERE r.created_at > @__from_0`,
      ),
      times(
        10,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://10.42.2.17:8080/api/reports/runs?page=${i + 1} - 200 - application/json 1${i}.4ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-dramatiq-consumers-did-not-resume',
    family: 'consumer-stalled',
    source: 'https://github.com/Bogdanp/dramatiq/issues/207',
    signal: 'Alert',
    containers: [
      {
        name: 'thumbnailer',
        running: { startedAt: '2026-02-06T11:20:55Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        args: ['dramatiq', 'media.tasks', '--processes', '2', '--threads', '8'],
        env: { RABBITMQ_URL: 'amqp://media:***@rabbitmq.messaging:5672/media' },
      },
    ],
    events: [
      alert(
        'RabbitMQQueueBacklog: queue media.thumbnails ready 18230 unacked 0 for 44m; consumers 4 (idle); broker alarms none',
      ),
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `[2026-02-11 07:4${Math.floor(i / 4)}:${dd((i * 13) % 60)},${dd(i * 7)}1] [PID 9] [Thread-${5 + (i % 8)}] [media.tasks] [INFO] thumbnail asset=${5521000 + i} sizes=3 took=${180 + i * 9}ms`,
      ),
      '[2026-02-11 07:52:03,118] [PID 9] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [CRITICAL] Consumer encountered a connection error: (320, "CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'")',
      '[2026-02-11 07:52:03,118] [PID 9] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [INFO] Restarting consumer in 3.00 seconds.',
      '[2026-02-11 07:52:03,119] [PID 9] [Thread-3] [dramatiq.brokers.rabbitmq._RabbitmqConsumer] [ERROR] Failed to wait for all callbacks to complete.  This can happen when the RabbitMQ server is suddenly restarted.',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/site-packages/dramatiq/brokers/rabbitmq.py", line 556, in close',
      '    all_callbacks_handled.wait()',
      'pika.exceptions.ConnectionClosed: (320, "CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'")',
      '[2026-02-11 07:52:03,402] [PID 10] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [CRITICAL] Consumer encountered a connection error: Connection to 10.42.6.12:5672 failed: [Errno 111] Connection refused',
      '[2026-02-11 07:52:03,402] [PID 10] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [INFO] Restarting consumer in 3.00 seconds.',
      times(
        30,
        (i) =>
          `[2026-02-11 ${hms(3180 + i * 60)},00${i % 10}] [PID 1] [MainThread] [media.health] [INFO] heartbeat ok workers=2 threads=16 busy=0 queue=default`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-agenda-mongo-not-recoverable',
    family: 'consumer-stalled',
    source: 'https://github.com/agenda/agenda/issues/708',
    signal: 'Alert',
    containers: [
      {
        name: 'reminders',
        running: { startedAt: '2026-02-08T06:30:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          MONGO_URL: 'mongodb://reminders-mongo-0.reminders-mongo:27017/reminders',
          NODE_ENV: 'production',
        },
      },
    ],
    events: [
      alert(
        'AgendaJobsOverdue: 2214 jobs in agendaJobs with nextRunAt older than 15m (collection reminders.agendaJobs)',
      ),
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `${iso(2400 + i * 60, 120 + i)} info: agenda: job send-reminder finished id=65c8${dd(i)}f1a2 duration=${41 + i}ms`,
      ),
      `${iso(2891, 7)} error: mongodb: MongoNetworkError: connection 14 to 10.42.8.21:27017 closed`,
      `${iso(2892, 13)} error: agenda error: MongoNetworkError: connection 14 to 10.42.8.21:27017 closed`,
      `${iso(2922, 55)} error: agenda error: MongoDB connection is not recoverable, application restart required`,
      '    at Agenda.module.exports [as _findAndLockNextJob] (/app/node_modules/agenda/lib/agenda/find-and-lock-next-job.js:38:16)',
      '    at jobQueueFilling (/app/node_modules/agenda/lib/utils/process-jobs.js:200:10)',
      '    at Timeout._onTimeout (/app/node_modules/agenda/lib/utils/process-jobs.js:32:9)',
      `${iso(2925, 300)} info: mongoose: reconnected to mongodb://reminders-mongo-0.reminders-mongo:27017/reminders`,
      times(
        44,
        (i) =>
          `${iso(2960 + i * 51, 200 + i)} info: http: ${i % 3 === 0 ? 'POST' : 'GET'} /api/reminders${i % 3 === 0 ? '' : `/${7781 + i}`} ${i % 3 === 0 ? 201 : 200} ${8 + (i % 11)}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-pgboss-pool-never-refilled',
    family: 'connection-pool-stale',
    source: 'https://github.com/yc-software/qm/issues/136',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'notify-api',
        running: { startedAt: '2026-02-10T22:14:09Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { DATABASE_URL: 'postgres://notify@notify-pg-rw.data:5432/notify', PGBOSS_SCHEMA: 'pgboss' },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 212,
      },
      alert(
        'ApiErrorRateHigh: notify-api pod notify-api-6d9c7b5f8-qx2lm 100% 5xx for 35m; other replicas 0.1%; notify-pg-rw primary ready',
      ),
    ],
    currentLog: log(
      times(6, (i) => `[server] 200 GET /v1/sessions?limit=20 ${12 + i}ms`),
      '[cron-queue] pg-boss error: terminating connection due to administrator command',
      '[cron-queue] pg-boss error: Connection terminated unexpectedly',
      '[cron-queue] pg-boss error: [object Object]',
      'Error: Connection terminated unexpectedly',
      '    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)',
      '    at Object.onceWrapper (node:events:632:28)',
      '    at Connection.emit (node:events:518:28)',
      '    at Socket.<anonymous> (/app/node_modules/pg/lib/connection.js:62:12)',
      '    at Socket.emit (node:events:518:28)',
      '    at TCP.<anonymous> (node:net:337:12)',
      times(
        60,
        (i) =>
          [
            '[server] 500 GET /v1/contexts?owner=acct_4471: Error: Connection terminated unexpectedly',
            '[server] 500 GET /v1/sessions?limit=20: Error: Connection terminated unexpectedly',
            '[monitor] tick failed: Error: Connection terminated unexpectedly',
            '[cron-queue] pg-boss error: Connection terminated unexpectedly',
            '[server] 500 GET /healthz: Error: Connection terminated unexpectedly',
          ][i % 5] ?? '',
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-kratos-etcd-registrar-gave-up',
    family: 'registration-lost',
    source: 'https://github.com/go-kratos/kratos/issues/3883',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog',
        running: { startedAt: '2026-02-05T10:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['-conf', '/data/conf'],
        env: { ETCD_ENDPOINTS: 'etcd-0.etcd.infra:2379,etcd-1.etcd.infra:2379,etcd-2.etcd.infra:2379' },
        mounts: [{ volume: 'conf', path: '/data/conf' }],
      },
    ],
    volumes: [{ name: 'conf', configMap: 'catalog-conf' }],
    events: [
      alert(
        'DiscoveryInstancesMissing: discovery:///catalog.service has 0 instances in etcd, deployment catalog has 3/3 ready; etcd cluster healthy (leader etcd-1, rolled 24m ago)',
      ),
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `INFO ts=${iso(2600 + i * 20)} caller=middleware/logging/logging.go:47 service.id=catalog-7f9d4c6b8-mk2p7 service.name=catalog.service service.version=v1.14.2 trace.id=${(9127381 * (i + 3)).toString(16)} span.id=${(71233 * (i + 5)).toString(16)} kind=server component=grpc operation=/catalog.v1.Catalog/GetItem args=id:${44100 + i} code=0 reason= stack= latency=0.00${2 + (i % 6)}`,
      ),
      `{"level":"warn","ts":"${iso(2800, 118)}","logger":"etcd-client","caller":"v3@v3.5.12/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc0002a8000/etcd-0.etcd.infra:2379","attempt":0,"error":"rpc error: code = Unavailable desc = error reading from server: EOF"}`,
      `{"level":"warn","ts":"${iso(2806, 441)}","logger":"etcd-client","caller":"v3@v3.5.12/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc0002a8000/etcd-0.etcd.infra:2379","attempt":0,"error":"rpc error: code = Unavailable desc = etcdserver: leader changed"}`,
      `{"level":"warn","ts":"${iso(2831, 902)}","logger":"etcd-client","caller":"v3@v3.5.12/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc0002a8000/etcd-0.etcd.infra:2379","attempt":0,"error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.42.1.40:2379: connect: connection refused\\""}`,
      `{"level":"warn","ts":"${iso(2862, 14)}","logger":"etcd-client","caller":"v3@v3.5.12/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc0002a8000/etcd-0.etcd.infra:2379","attempt":0,"error":"rpc error: code = NotFound desc = etcdserver: requested lease not found"}`,
      times(
        50,
        (i) =>
          `INFO ts=${iso(2900 + i * 31)} caller=middleware/logging/logging.go:47 service.id=catalog-7f9d4c6b8-mk2p7 service.name=catalog.service service.version=v1.14.2 trace.id=${(5527811 * (i + 7)).toString(16)} span.id=${(33211 * (i + 2)).toString(16)} kind=server component=${i % 4 === 0 ? 'http' : 'grpc'} operation=${i % 4 === 0 ? '/healthz' : '/catalog.v1.Catalog/ListItems'} args= code=0 reason= stack= latency=0.00${1 + (i % 7)}`,
      ),
    ),
    accept: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'thirtysecond-cron-timer-stopped-after-weeks',
    family: 'scheduler-stalled',
    source: 'https://github.com/kelektiv/node-cron/issues/805',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-sync',
        running: { startedAt: '2026-01-19T04:11:37Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { SYNC_CRON: '0 */10 * * * *', NODE_OPTIONS: '--enable-source-maps' },
      },
    ],
    events: [
      alert(
        'CronHeartbeatMissing: ledger-sync last successful tick 2026-02-10T22:40:00Z (9h ago), expected every 10m; process up 23d',
      ),
    ],
    currentLog: log(
      times(
        18,
        (i) =>
          `[Nest] 1  - 02/10/2026, ${7 + Math.floor((i + 4) / 6)}:${dd(((i + 4) % 6) * 10)}:00 PM     LOG [LedgerSyncService] sync tick started (accounts=4${dd(i)}1)`,
      ),
      '[Nest] 1  - 02/10/2026, 10:40:00 PM     LOG [LedgerSyncService] sync tick started (accounts=4471)',
      '[Nest] 1  - 02/10/2026, 10:40:03 PM     LOG [LedgerSyncService] sync tick finished in 3112ms (updated=18)',
      times(
        52,
        (i) =>
          `[Nest] 1  - 02/1${i < 12 ? 0 : 1}/2026, ${i < 12 ? `11:${dd(i * 5)}:${dd((i * 17) % 60)} PM` : `${Math.floor((i - 12) / 6) + 1}:${dd(((i - 12) % 6) * 9)}:${dd((i * 23) % 60)} AM`}     LOG [HttpAccess] GET /api/ledger/balances/${3100 + i} 200 ${6 + (i % 8)}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-apscheduler-job-hung-max-instances',
    family: 'scheduler-stalled',
    source: 'https://github.com/agronholm/apscheduler/issues/423',
    signal: 'Alert',
    containers: [
      {
        name: 'settlements',
        running: { startedAt: '2026-02-03T08:00:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        args: ['python', '-m', 'settlements.scheduler'],
        env: { ACQUIRER_API: 'https://api.acquirer.example/v2', PYTHONUNBUFFERED: '1' },
      },
    ],
    events: [
      alert(
        'SettlementsPullStale: last settlement file pulled 2h04m ago (expected every 5m); acquirer API status page green',
      ),
    ],
    currentLog: log(
      '2026-02-11 05:55:00,004 INFO apscheduler.executors.default Running job "pull_settlements (trigger: interval[0:05:00], next run at: 2026-02-11 06:00:00 UTC)" (scheduled at 2026-02-11 05:55:00+00:00)',
      "2026-02-11 05:55:00,412 WARNING urllib3.connectionpool Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='api.acquirer.example', port=443): Read timed out. (read timeout=None)\")': /v2/settlements?since=2026-02-11T05:50:00Z",
      times(50, (i) =>
        i % 2 === 0
          ? `2026-02-11 ${dd(6 + Math.floor(((i / 2) * 5) / 60))}:${dd(((i / 2) * 5) % 60)}:00,00${i % 9} WARNING apscheduler.scheduler Execution of job "pull_settlements (trigger: interval[0:05:00], next run at: 2026-02-11 ${dd(6 + Math.floor(((i / 2) * 5 + 5) / 60))}:${dd(((i / 2) * 5 + 5) % 60)}:00 UTC)" skipped: maximum number of running instances reached (1)`
          : `2026-02-11 ${dd(6 + Math.floor((((i - 1) / 2) * 5) / 60))}:${dd((((i - 1) / 2) * 5) % 60)}:31,2${i % 10}0 INFO apscheduler.executors.default Job "push_refunds (trigger: interval[0:01:00], next run at: 2026-02-11 ${dd(6 + Math.floor((((i - 1) / 2) * 5 + 1) / 60))}:${dd((((i - 1) / 2) * 5 + 1) % 60)}:31 UTC)" executed successfully`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-graphile-worker-listen-lost',
    family: 'consumer-stalled',
    source: 'https://github.com/graphile/worker/issues/541',
    signal: 'Alert',
    containers: [
      {
        name: 'jobs',
        running: { startedAt: '2026-02-07T15:44:30Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { DATABASE_URL: 'postgres://worker@app-pg.data:5432/app', GRAPHILE_WORKER_CONCURRENCY: '10' },
      },
    ],
    events: [
      alert(
        'JobQueueLatencyHigh: graphile_worker jobs run_at→locked_at p95 171s (baseline 0.4s) for 47m; app-pg primary up, no replication lag',
      ),
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `${iso(2300 + i * 3, 41 * i)} [job(worker-65fe4ebebafe633919: send_email{${412200 + i}})] INFO: Completed task ${412200 + i} (send_email) with success (${(11 + i * 0.7).toFixed(2)}ms)`,
      ),
      `${iso(2520, 211)} [core] ERROR: Failed to update heartbeat for pool pool-65fe4ebebafe633919: Error: connect ECONNREFUSED 10.42.9.14:5432`,
      `${iso(2521, 90)} [core] ERROR: Failed during pool sweep (migrationNumber=19): Error: connect ECONNREFUSED 10.42.9.14:5432`,
      `${iso(2522, 4)} [core] ERROR: Error with notify listener (trying again in 128ms): Connection terminated unexpectedly`,
      `${iso(2523, 610)} [core] ERROR: Failed to update heartbeat for pool pool-65fe4ebebafe633919: Error: connect ECONNREFUSED 10.42.9.14:5432`,
      times(
        30,
        (i) =>
          `${iso(2700 + i * 120, 300 + i)} [job(worker-65fe4ebebafe633919: send_email{${412300 + i * 41}})] INFO: Completed task ${412300 + i * 41} (send_email) with success (${(12 + (i % 6)).toFixed(2)}ms)`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-faktory-go-worker-unknown-after-hiccup',
    family: 'consumer-stalled',
    source: 'https://github.com/contribsys/faktory_worker_go/issues/57',
    signal: 'Alert',
    containers: [
      {
        name: 'geocoder',
        running: { startedAt: '2026-02-09T19:03:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: { FAKTORY_URL: 'tcp://:***@faktory.jobs:7419', FAKTORY_QUEUES: 'geocode,default' },
      },
    ],
    events: [
      alert(
        'FaktoryQueueLatency: queue geocode latency 33m, busy processes 2 of 5 expected; faktory server up 41d',
      ),
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `I ${iso(2400 + i * 25, 11 * i)} geocode jid=${(77881234 * (i + 1)).toString(36)} addr_id=${90120 + i} ok in ${31 + i}ms`,
      ),
      `W ${iso(2700, 404)} Unable to fetch job: read tcp 10.42.4.22:51884->10.42.0.9:7419: i/o timeout`,
      `W ${iso(2732, 880)} heartbeat error: read tcp 10.42.4.22:51890->10.42.0.9:7419: i/o timeout`,
      times(48, (i) => `E ${iso(2790 + i * 45, 4 + i)} heartbeat error: ERR Unknown worker 4pf5cn20s4elh`),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-rebus-sharedqueue-closed-forever',
    family: 'consumer-stalled',
    source: 'https://github.com/rebus-org/Rebus.RabbitMq/issues/39',
    signal: 'Alert',
    containers: [
      {
        name: 'shipping-saga',
        running: { startedAt: '2026-02-01T12:20:00Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '320Mi',
        cpuLimit: '1',
        env: { RABBITMQ__URL: 'amqp://shipping:***@rabbitmq.messaging/shipping', REBUS__WORKERS: '4' },
      },
    ],
    events: [
      alert(
        'RabbitMQQueueBacklog: queue shipping-saga ready 9120 unacked 0 for 58m; connection from shipping-saga open',
      ),
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `info: Shipping.Sagas.ShipmentSaga[0]\n      Shipment ${'SH'}${88120 + i} advanced to ${['Picked', 'Packed', 'Labelled', 'Handed over'][i % 4]}`,
      ),
      times(
        30,
        (i) =>
          `warn: Rebus.Workers.ThreadPoolBased.ThreadPoolWorker[0]\n      An error occurred when attempting to receive the next message: Rebus.Exceptions.RebusApplicationException: Queue throw EndOfStreamException(meaning it was canceled by rabbitmq) ---> System.IO.EndOfStreamException: SharedQueue closed\n         at RabbitMQ.Util.SharedQueue\`1.EnsureIsOpen()\n         at RabbitMQ.Util.SharedQueue\`1.Dequeue(Int32 millisecondsTimeout, T& result)\n         at Rebus.RabbitMq.RabbitMqTransport.Receive(ITransactionContext context, CancellationToken cancellationToken)\n         --- End of inner exception stack trace ---\n         at Rebus.Workers.ThreadPoolBased.ThreadPoolWorker.ReceiveTransportMessage(CancellationToken token, ITransactionContext context)${i % 6 === 5 ? '\ninfo: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://10.42.3.9:8080/healthz - 200 - text/plain 0.6ms' : ''}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-river-pinned-to-demoted-writer',
    family: 'connection-pool-stale',
    source: 'https://github.com/riverqueue/river/issues/1225',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-jobs',
        running: { startedAt: '2026-02-06T07:31:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL: 'postgres://river@billing.cluster-c7x1.eu-west-1.rds.amazonaws.com:5432/billing',
          RIVER_MAX_WORKERS: '50',
        },
      },
    ],
    events: [
      alert(
        'RiverJobsStuck: 6120 river_job rows available and not attempted for 30m; Aurora cluster billing failover completed 33m ago, writer healthy',
      ),
    ],
    currentLog: log(
      times(
        6,
        (i) =>
          `time=${iso(2100 + i * 30, i * 17)} level=INFO msg="producer: Producer job counts" num_completed_jobs=${180 + i * 31} num_jobs_running=${3 + (i % 4)} queue=default`,
      ),
      `time=${iso(2491, 220)} level=ERROR msg="jobexecutor: Job errored" error="failed to connect to \`user=river database=billing\`: 10.1.20.44:5432 (billing.cluster-c7x1.eu-west-1.rds.amazonaws.com): server error: FATAL: the database system is shutting down (SQLSTATE 57P03)" job_id=8812004 job_kind=invoice_render`,
      times(
        44,
        (i) =>
          [
            `time=${iso(2560 + i * 40, i)} level=ERROR msg="producer: Error fetching jobs" err="ERROR: cannot execute UPDATE in a read-only transaction (SQLSTATE 25006)" queue=default`,
            `time=${iso(2560 + i * 40, 300 + i)} level=ERROR msg="notifier: Error listening" err="error listening on topic \\"river_control\\": ERROR: cannot execute LISTEN during recovery (SQLSTATE 25006)"`,
            `time=${iso(2560 + i * 40, 600 + i)} level=ERROR msg="JobScheduler: Error scheduling jobs" error="error scheduling jobs: ERROR: cannot execute SELECT FOR UPDATE in a read-only transaction (SQLSTATE 25006)"`,
            `time=${iso(2560 + i * 40, 900 + i)} level=INFO msg="http: request" method=GET path=/healthz status=200 duration_ms=${1 + (i % 3)}`,
          ][i % 4] ?? '',
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-zio-kafka-consumer-idle-after-onlost',
    family: 'consumer-stalled',
    source: 'https://github.com/zio/zio-kafka/issues/1288',
    signal: 'Alert',
    containers: [
      {
        name: 'fraud-scorer',
        running: { startedAt: '2026-02-08T21:17:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          KAFKA_BOOTSTRAP:
            'b-1.payments.kafka.eu-west-1.amazonaws.com:9098,b-2.payments.kafka.eu-west-1.amazonaws.com:9098',
          JAVA_OPTS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupLagHigh: group fraud-scorer lag 96220 on payments.authorised, no commits for 36m; group fraud-audit on the same topic lag 12',
      ),
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `${iso(2200 + i * 11, i * 31)
            .replace('T', ' ')
            .replace(
              'Z',
              '',
            )}\tzio-default-blocking-${3 + (i % 3)}\tcom.acme.fraud.Scorer\tscored payment pay_${(881231 * (i + 1)).toString(36)} score=0.0${i + 1} partition=${i % 6}`,
      ),
      '2026-02-11 07:44:52.375\tzio-kafka-runloop-thread-3\torg.apache.kafka.clients.NetworkClient\t[Consumer clientId=fraud-scorer-1, groupId=fraud-scorer] Disconnecting from node 2 due to request timeout.',
      '2026-02-11 07:45:37.428\tzio-kafka-runloop-thread-3\tzio.kafka.consumer.internal.Runloop.makeRebalanceListener\t6 partitions are lost',
      '2026-02-11 07:45:37.433\tzio-kafka-runloop-thread-3\tzio.kafka.consumer.internal.PartitionStreamControl\tPartition payments.authorised-3 lost',
      '2026-02-11 07:45:37.438\tzio-kafka-runloop-thread-3\tzio.kafka.consumer.internal.Runloop.makeRebalanceListener\tonLost done',
      '2026-02-11 07:45:37.441\tzio-kafka-runloop-thread-3\tzio.kafka.consumer.internal.Runloop\tOffering partition assignment Set()',
      times(40, (i) =>
        i % 5 === 4
          ? `${iso(2800 + i * 50, i * 3)
              .replace('T', ' ')
              .replace(
                'Z',
                '',
              )}\tzio-default-async-${1 + (i % 4)}\tcom.acme.fraud.AuditConsumer\taudit group fraud-audit committed offsets partition=${i % 6} offset=${7712000 + i * 211}`
          : `${iso(2800 + i * 50, i * 7)
              .replace('T', ' ')
              .replace(
                'Z',
                '',
              )}\tzio-http-nio-${1 + (i % 4)}\tzio.http.Server\tGET /health 200 ${1 + (i % 3)}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  // ---------------------------------------------------------------- memory raises right (2)
  {
    id: 'thirtysecond-cats-effect-tariff-cache-grown',
    family: 'oom-growth',
    source: 'https://github.com/AutoMQ/automq/issues/163',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'tariffs',
        running: { startedAt: '2026-02-11T07:58:20Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { JAVA_OPTS: '-XX:MaxRAMPercentage=75 -XX:+UseG1GC', TARIFF_TOPIC: 'tariffs.published' },
      },
    ],
    events: [
      { reason: 'Killing', type: 'Normal', message: 'Container tariffs exceeded its memory limit', count: 3 },
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container tariffs in pod tariffs-7d5f9c-p8x2v',
        count: 2,
      },
    ],
    previousLog: log(
      '2026-02-11T07:41:02.118Z INFO  c.a.tariffs.Main - starting tariffs 4.8.1 (cats-effect 3.5.4, fs2-kafka 3.5.1)',
      '2026-02-11T07:41:02.904Z INFO  c.a.tariffs.Snapshot - loading tariff snapshot s3://acme-tariffs/snapshots/2026-02-11.parquet',
      times(
        20,
        (i) =>
          `2026-02-11T07:41:${dd(10 + i * 2)}.${dd(i * 3)}0Z INFO  c.a.tariffs.Snapshot - loaded ${((i + 1) * 251_812).toLocaleString('en-US')} tariff rows (heap used ${612 + i * 49}MiB of ${1536}MiB max)`,
      ),
      '2026-02-11T07:41:52.771Z INFO  c.a.tariffs.Snapshot - snapshot loaded: 5,036,240 rows (2026-02-04: 4,611,902; 2026-01-28: 4,207,355) in 50.1s',
      '2026-02-11T07:41:53.002Z INFO  fs2.kafka.KafkaConsumer - [Consumer clientId=tariffs-1, groupId=tariffs] Subscribed to topic(s): tariffs.published',
      times(
        14,
        (i) =>
          `2026-02-11T07:4${2 + Math.floor(i / 5)}:${dd((i * 11) % 60)}.000Z INFO  c.a.tariffs.Http - GET /quote?route=${['LHR-JFK', 'CDG-SIN', 'FRA-ORD'][i % 3]} 200 ${3 + (i % 5)}ms`,
      ),
      '2026-02-11T07:44:37.552Z INFO  c.a.tariffs.Snapshot - applying delta 2026-02-11T07:40 (+41,220 rows)',
    ),
    currentLog: log(
      '2026-02-11T07:58:20.640Z INFO  c.a.tariffs.Main - starting tariffs 4.8.1 (cats-effect 3.5.4, fs2-kafka 3.5.1)',
      '2026-02-11T07:58:21.301Z INFO  c.a.tariffs.Snapshot - loading tariff snapshot s3://acme-tariffs/snapshots/2026-02-11.parquet',
      times(
        16,
        (i) =>
          `2026-02-11T07:58:${dd(24 + i * 2)}.${dd(i * 7)}0Z INFO  c.a.tariffs.Snapshot - loaded ${((i + 1) * 251_812).toLocaleString('en-US')} tariff rows (heap used ${615 + i * 49}MiB of ${1536}MiB max)`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtysecond-kratos-geo-index-grown',
    family: 'oom-growth',
    source: 'https://go-kratos.dev/docs/component/log/',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'geo',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 2m40s restarting failed container=geo' },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['-conf', '/data/conf'],
        env: { GEO_INDEX: 's3://acme-geo/index/latest', GOGC: '100' },
        mounts: [{ volume: 'conf', path: '/data/conf' }],
      },
    ],
    volumes: [{ name: 'conf', configMap: 'geo-conf' }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container geo in pod geo-5c8b7d9f4-h7t2w',
        count: 9,
      },
    ],
    previousLog: log(
      'INFO ts=2026-02-11T08:02:11Z caller=main.go:81 service.id=geo-5c8b7d9f4-h7t2w service.name=geo.service service.version=v2.6.0 msg=loading index s3://acme-geo/index/latest (generation 2026-02-10, 14,882,611 polygons)',
      times(
        24,
        (i) =>
          `INFO ts=2026-02-11T08:02:${dd(13 + i * 2)}Z caller=index/loader.go:112 service.id=geo-5c8b7d9f4-h7t2w service.name=geo.service service.version=v2.6.0 msg=index shard ${i + 1}/26 loaded polygons=${572000 + i * 311} heap_inuse=${31 + i * 37}MiB`,
      ),
      'INFO ts=2026-02-11T08:03:01Z caller=index/loader.go:140 service.id=geo-5c8b7d9f4-h7t2w service.name=geo.service service.version=v2.6.0 msg=previous generations: 2026-02-03 13,904,220 polygons peak heap 902MiB; 2026-01-27 13,120,977 polygons peak heap 851MiB',
    ),
    accept: ['raise-memory-limit'],
  },
  // ---------------------------------------------------------------- scale-ups right (2)
  {
    id: 'thirtysecond-machinery-workers-all-busy-real-growth',
    family: 'capacity',
    source: 'https://github.com/RichardKnop/machinery#launching-workers',
    signal: 'Alert',
    containers: [
      {
        name: 'payouts-worker',
        running: { startedAt: '2026-02-10T06:12:45Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { MACHINERY_BROKER: 'redis://payouts-redis:6379', MACHINERY_CONCURRENCY: '20' },
      },
    ],
    events: [
      alert(
        'QueueBacklogGrowing: machinery_tasks length 8412 (+2100/10m), workers 20/20 busy on every replica; task p95 2.1s (baseline 2.0s); bank API and payouts-db latency normal; payout requests +38% week over week',
      ),
    ],
    currentLog: log(
      'INFO: 2026/02/10 06:12:45 worker.go:58 Launching a worker with the following settings:',
      'INFO: 2026/02/10 06:12:45 worker.go:59 - Broker: redis://payouts-redis:6379',
      'INFO: 2026/02/10 06:12:45 worker.go:61 - DefaultQueue: machinery_tasks',
      'INFO: 2026/02/10 06:12:45 worker.go:65 - ResultBackend: redis://payouts-redis:6379',
      'INFO: 2026/02/10 06:12:45 redis.go:105 [*] Waiting for messages. To exit press CTRL+C',
      times(60, (i) =>
        i % 3 === 2
          ? `INFO: 2026/02/11 ${hms(2400 + i * 13)} metrics.go:41 concurrency=20 in_flight=20 processed_1m=${560 + (i % 7) * 3} queue_len=${6100 + i * 38}`
          : `DEBUG: 2026/02/11 ${hms(2400 + i * 13)} worker.go:261 Processed task task_${(91823411 * (i + 1)).toString(16)}-payout. Results = ok`,
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtysecond-river-workers-saturated-by-signups',
    family: 'capacity',
    source: 'https://github.com/riverqueue/river/issues/1077',
    signal: 'Alert',
    containers: [
      {
        name: 'onboarding-jobs',
        running: { startedAt: '2026-02-09T10:00:04Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '2',
        env: {
          RIVER_MAX_WORKERS: '100',
          DATABASE_URL: 'postgres://river@onboarding-pg.data:5432/onboarding',
        },
      },
    ],
    events: [
      alert(
        'RiverQueueBacklog: queue default available 24190 (+3.1k/10m) after campaign launch; num_jobs_running at max on all replicas; onboarding-pg CPU 31%, pool in use 18/60',
      ),
    ],
    currentLog: log(
      times(64, (i) =>
        i % 4 === 0
          ? `time=${iso(2400 + i * 15, i * 3)} level=INFO msg="producer: Producer job counts" num_completed_jobs=${1510 + (i % 9) * 7} num_jobs_running=100 queue=default`
          : `time=${iso(2400 + i * 15, i * 11)} level=INFO msg="jobexecutor: Job completed" job_id=${3300100 + i * 17} job_kind=${['welcome_email', 'provision_workspace', 'crm_sync'][i % 3]} duration=${['212ms', '1.8s', '640ms'][i % 3]}`,
      ),
    ),
    accept: ['scale-up'],
  },
  // ---------------------------------------------------------------- rollbacks right (3)
  {
    id: 'thirtysecond-spring-cloud-stream-binding-env-broke-startup',
    family: 'bad-config',
    source: 'https://github.com/spring-cloud/spring-cloud-stream-samples/issues/108',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('orders-stream'),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { SPRING_PROFILES_ACTIVE: 'prod', JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70' },
      },
    ],
    rollout: {
      minutesAgo: 11,
      addedEnv: { SPRING_CLOUD_STREAM_BINDINGS_INPUT_CONSUMER: 'concurrency=4' },
    },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container orders-stream in pod orders-stream-84f6d7-2kq9v',
        count: 14,
      },
    ],
    previousLog: log(
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
      ' :: Spring Boot ::                (v3.2.5)',
      '2026-02-11T08:29:41.102Z  INFO 1 --- [           main] c.a.orders.OrdersStreamApplication       : Starting OrdersStreamApplication v2.3.1 using Java 21.0.3 with PID 1',
      '2026-02-11T08:29:41.105Z  INFO 1 --- [           main] c.a.orders.OrdersStreamApplication       : The following 1 profile is active: "prod"',
      "2026-02-11T08:29:43.920Z  WARN 1 --- [           main] s.c.a.AnnotationConfigApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.boot.context.properties.ConfigurationPropertiesBindException: Error creating bean with name 'spring.cloud.stream-org.springframework.cloud.stream.config.BindingServiceProperties': Could not bind properties to 'BindingServiceProperties' : prefix=spring.cloud.stream, ignoreInvalidFields=false, ignoreUnknownFields=true",
      '2026-02-11T08:29:43.951Z ERROR 1 --- [           main] o.s.b.d.LoggingFailureAnalysisReporter   : ',
      '',
      '***************************',
      'APPLICATION FAILED TO START',
      '***************************',
      '',
      'Description:',
      '',
      "Failed to bind properties under 'spring.cloud.stream.bindings.input.consumer' to org.springframework.cloud.stream.binder.ConsumerProperties:",
      '',
      '    Property: spring.cloud.stream.bindings.input.consumer',
      '    Value: "concurrency=4"',
      '    Origin: System Environment Property "SPRING_CLOUD_STREAM_BINDINGS_INPUT_CONSUMER"',
      '    Reason: No converter found capable of converting from type [java.lang.String] to type [org.springframework.cloud.stream.binder.ConsumerProperties]',
      '',
      'Action:',
      '',
      "Update your application's configuration",
      '',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtysecond-wolverine-upgrade-codegen-frame-chain',
    family: 'bad-release',
    source: 'https://github.com/JasperFx/wolverine/issues/1931',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('dispatch', 134),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { ASPNETCORE_URLS: 'http://+:8080', WOLVERINE__CODEGEN: 'Dynamic' },
      },
    ],
    rollout: { minutesAgo: 17, previousTag: '2.2.9' },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container dispatch in pod dispatch-6b7c9d8f5-tm4rx',
        count: 11,
      },
    ],
    previousLog: log(
      'info: Wolverine.Runtime.WolverineRuntime[0]',
      '      Starting Wolverine messaging for application assembly Dispatch, Version=2.3.1.0, Culture=neutral, PublicKeyToken=null',
      'info: Wolverine.Runtime.WolverineRuntime[0]',
      '      The Wolverine code generation mode is Dynamic. This is suitable for development, but you may want to opt into other options for production usage to reduce start up time and resource utilization.',
      'fail: Microsoft.Extensions.Hosting.Internal.Host[11]',
      '      Hosting failed to start',
      "      System.InvalidOperationException: Frame chain is being re-arranged, tried to set Wolverine.Runtime.Handlers.MessageFrame as the 'Next' property on JasperFx.CodeGeneration.Frames.ConstructorFrame",
      '         at JasperFx.CodeGeneration.Frames.Frame.set_Next(Frame value)',
      '         at JasperFx.CodeGeneration.Model.GeneratedMethod.ArrangeFrames(GeneratedType type, ServiceGraph services)',
      '         at JasperFx.CodeGeneration.GeneratedType.ArrangeFrames(ServiceGraph services)',
      '         at JasperFx.CodeGeneration.GeneratedAssembly.GenerateCode(IServiceVariableSource services)',
      '         at Wolverine.Runtime.Handlers.HandlerGraph.Compile(WolverineOptions options, IServiceContainer container)',
      '         at Wolverine.Runtime.WolverineRuntime.StartAsync(CancellationToken cancellationToken)',
      '         at Microsoft.Extensions.Hosting.Internal.Host.<StartAsync>b__15_1(IHostedService service, CancellationToken token)',
      '         at Microsoft.Extensions.Hosting.Internal.Host.ForeachService[T](IEnumerable`1 services, CancellationToken token, Boolean concurrent, Boolean abortOnFirstException, List`1 exceptions, Func`3 operation)',
      "Unhandled exception. System.InvalidOperationException: Frame chain is being re-arranged, tried to set Wolverine.Runtime.Handlers.MessageFrame as the 'Next' property on JasperFx.CodeGeneration.Frames.ConstructorFrame",
      '   at Program.<Main>$(String[] args) in /src/Dispatch/Program.cs:line 61',
      '   at Program.<Main>(String[] args)',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtysecond-taskiq-tasks-not-found-after-release',
    family: 'bad-release',
    source: 'https://github.com/taskiq-python/taskiq/issues/75',
    signal: 'Alert',
    containers: [
      {
        name: 'exports-worker',
        running: { startedAt: '2026-02-11T08:21:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: [
          'taskiq',
          'worker',
          'exports.broker:broker',
          '--fs-discover',
          '--tasks-pattern',
          'exports/**/tasks.py',
        ],
        env: { TASKIQ_REDIS_URL: 'redis://exports-redis:6379/0' },
      },
    ],
    rollout: { minutesAgo: 19, previousTag: '2.2.4' },
    events: [alert('TaskFailureRateHigh: exports-worker 100% of tasks failing for 18m (0.2% before 08:21)')],
    currentLog: log(
      '[2026-02-11 08:21:40,771][taskiq.worker][INFO   ][MainProcess] Starting 2 worker processes.',
      '[2026-02-11 08:21:40,992][taskiq.process-manager][INFO   ][MainProcess] Started process worker-0 with pid 8 ',
      '[2026-02-11 08:21:41,004][taskiq.process-manager][INFO   ][MainProcess] Started process worker-1 with pid 9 ',
      '[2026-02-11 08:21:41,822][taskiq.cli.utils][WARNING][worker-0] Cannot import exports/billing/tasks',
      '[2026-02-11 08:21:41,823][taskiq.cli.utils][WARNING][worker-0] Cannot import exports/reports/tasks',
      '[2026-02-11 08:21:41,851][taskiq.cli.utils][WARNING][worker-1] Cannot import exports/billing/tasks',
      '[2026-02-11 08:21:41,852][taskiq.cli.utils][WARNING][worker-1] Cannot import exports/reports/tasks',
      '[2026-02-11 08:21:42,010][taskiq.receiver.receiver][INFO   ][worker-0] Listening started.',
      '[2026-02-11 08:21:42,031][taskiq.receiver.receiver][INFO   ][worker-1] Listening started.',
      times(
        46,
        (i) =>
          `[2026-02-11 ${hms(4920 + i * 23)},${dd((i * 17) % 100)}4][taskiq.receiver.receiver][WARNING][worker-${i % 2}] task "exports.${i % 3 === 0 ? 'billing' : 'reports'}.tasks:${['render_invoice_pdf', 'export_ledger_csv', 'export_usage_xlsx'][i % 3]}" is not found. Maybe you forgot to import it?`,
      ),
    ),
    accept: ['rollback'],
  },
  // ---------------------------------------------------------------- cache flush right (1)
  {
    id: 'thirtysecond-stackexchange-redis-cache-full-noeviction',
    family: 'cache-full',
    source: 'https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      {
        name: 'pricing-api',
        running: { startedAt: '2026-02-09T09:40:00Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          CONNECTIONSTRINGS__CACHE: 'pricing-cache.cache:6379,abortConnect=false',
          CACHE__PURPOSE: 'IDistributedCache only (price quotes, 10m TTL)',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull: pricing-cache used_memory 2.00GiB of maxmemory 2.00GiB, maxmemory-policy noeviction, keys 3.1M (98% quote:*), no streams/lists; pricing-api write errors 41/s',
      ),
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://pricing-api/quotes/${55100 + i} - 200 - application/json ${3 + i}.1ms`,
      ),
      times(24, (i) =>
        i % 3 === 0
          ? `warn: Pricing.Api.QuoteCache[0]\n      Cache write failed for quote:${55200 + i}:EUR, serving uncached\n      StackExchange.Redis.RedisServerException: OOM command not allowed when used memory > 'maxmemory'.\n         at StackExchange.Redis.ConnectionMultiplexer.ExecuteAsyncImpl[T](Message message, ResultProcessor\`1 processor, Object state, ServerEndPoint server)\n         at Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache.SetAsync(String key, Byte[] value, DistributedCacheEntryOptions options, CancellationToken token)`
          : `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://pricing-api/quotes/${55200 + i} - 200 - application/json ${180 + i * 4}.7ms`,
      ),
    ),
    accept: ['flush-redis-cache'],
  },
  // ---------------------------------------------------------------- node actions right (2)
  {
    id: 'thirtysecond-node-conntrack-table-full',
    family: 'node-network',
    source: 'https://github.com/kubernetes/kubernetes/issues/71261',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'gateway',
        running: { startedAt: '2026-02-11T06:40:02Z' },
        ready: false,
        restarts: 2,
        last: { reason: 'Error', exitCode: 143 },
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { UPSTREAM_CATALOG: 'discovery:///catalog.service' },
      },
    ],
    node: {
      ...quietNode,
      conditions: [
        ...quietNode.conditions,
        {
          type: 'ConntrackFull',
          status: 'True',
          reason: 'ConntrackTableFull',
          message:
            'kernel: nf_conntrack: table full, dropping packet (nf_conntrack_count 262144 / nf_conntrack_max 262144)',
        },
      ],
    },
    rollout: { minutesAgo: 96, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://10.42.11.7:8000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 88,
      },
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "http://10.42.11.7:8000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 9,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container gateway failed liveness probe, will be restarted',
        count: 2,
      },
      alert(
        'ProbeFailuresByNode: 14 of 15 pods failing probes are on node ip-10-42-11-0.eu-west-1.compute.internal',
      ),
    ],
    currentLog: log(
      times(40, (i) =>
        i % 4 === 3
          ? `ERROR ts=${iso(6000 + i * 20)} caller=proxy/proxy.go:211 msg=upstream request failed err="dial tcp 10.42.7.31:9000: i/o timeout" operation=/catalog.v1.Catalog/GetItem`
          : `INFO ts=${iso(6000 + i * 20)} caller=middleware/logging/logging.go:47 kind=server component=http operation=/api/items/${7000 + i} code=200 latency=${(0.004 + (i % 5) * 0.8).toFixed(3)}`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'thirtysecond-node-pleg-not-healthy',
    family: 'node-runtime',
    source: 'https://github.com/kubernetes/kubernetes/issues/72533',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'shipping-saga',
        running: { startedAt: '2026-02-10T12:20:00Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '320Mi',
        cpuLimit: '1',
        env: { RABBITMQ__URL: 'amqp://shipping:***@rabbitmq.messaging/shipping' },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message:
        'container runtime is down, PLEG is not healthy: pleg was last seen active 16m6.559177445s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule', 'node.kubernetes.io/not-ready:NoExecute'],
    },
    events: [
      { reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready' },
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
        count: 31,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `info: Shipping.Sagas.ShipmentSaga[0]\n      Shipment SH${89100 + i} advanced to ${['Picked', 'Packed', 'Labelled', 'Handed over'][i % 4]}`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  // ---------------------------------------------------------------- look-alikes: restarts wrong (7)
  {
    id: 'thirtysecond-quartznet-row-lock-held-elsewhere',
    family: 'lock-held',
    source: 'https://github.com/quartznet/quartznet/issues/713',
    signal: 'Alert',
    containers: [
      {
        name: 'report-scheduler',
        running: { startedAt: '2026-02-11T08:04:12Z' },
        ready: true,
        restarts: 1,
        last: { reason: 'Completed', exitCode: 0 },
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          QUARTZ__JOBSTORE__CLUSTERED: 'true',
          CONNECTIONSTRINGS__QUARTZ:
            'Server=sql-reports.data;Database=Quartz;User Id=quartz;Command Timeout=30',
        },
      },
    ],
    events: [
      { reason: 'Killing', type: 'Normal', message: 'Stopping container report-scheduler' },
      alert(
        'ScheduledReportsStale: no report job completed for 47m on any of 3 scheduler replicas (manual restart of one replica at 08:04 did not help)',
      ),
    ],
    previousLog: log(
      times(
        18,
        (i) =>
          `fail: Quartz.Core.QuartzSchedulerThread[0]\n      Runtime error occurred in main trigger firing loop.\n      Quartz.Impl.AdoJobStore.LockException: Failure obtaining db row lock: Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\n       ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\n       ---> System.ComponentModel.Win32Exception (258): The wait operation timed out.${i % 6 === 5 ? '\ninfo: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://10.42.2.17:8080/healthz - 200 - text/plain 0.7ms' : ''}`,
      ),
      'info: Quartz.Core.QuartzScheduler[0]',
      '      Scheduler reports_$_report-scheduler-5d8f6c7b9-xk2lp shutting down.',
    ),
    currentLog: log(
      'info: Quartz.Core.QuartzScheduler[0]',
      "      Scheduler meta-data: Quartz Scheduler (v3.8.1) 'reports' with instanceId 'report-scheduler-5d8f6c7b9-xk2lp'",
      "        Using thread pool 'Quartz.Simpl.DefaultThreadPool' - with 10 threads.",
      "        Using job-store 'Quartz.Impl.AdoJobStore.JobStoreTX' - which supports persistence. and is clustered.",
      'info: Quartz.Core.QuartzScheduler[0]',
      '      Scheduler reports_$_report-scheduler-5d8f6c7b9-xk2lp started.',
      times(
        16,
        (i) =>
          `fail: Quartz.Core.QuartzSchedulerThread[0]\n      Runtime error occurred in main trigger firing loop.\n      Quartz.Impl.AdoJobStore.LockException: Failure obtaining db row lock: Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\n       ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.${i === 3 ? "\nwarn: Reports.Diagnostics.LockProbe[0]\n      QRTZ_LOCKS row 'TRIGGER_ACCESS' held by session 87 (host etl-nightly-01, program 'SSIS-ReportsRebuild', open transaction 52m)" : ''}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysecond-graphile-worker-database-still-in-recovery',
    family: 'dependency-down',
    source: 'https://github.com/graphile/worker/issues/224',
    signal: 'Alert',
    containers: [
      {
        name: 'jobs',
        running: { startedAt: '2026-02-11T08:31:10Z' },
        ready: true,
        restarts: 2,
        last: { reason: 'Error', exitCode: 1 },
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { DATABASE_URL: 'postgres://worker@app-pg.data:5432/app', GRAPHILE_WORKER_CONCURRENCY: '10' },
      },
    ],
    events: [
      alert(
        'JobQueueLatencyHigh: graphile_worker oldest job waiting 22m; app-pg pg_is_in_recovery()=true on the endpoint since 08:17 (promotion pending)',
      ),
    ],
    previousLog: log(
      times(30, (i) =>
        i % 2 === 0
          ? `${iso(5100 + i * 40, i)} [core] ERROR: Error with database notify listener: cannot execute LISTEN during recovery`
          : `${iso(5100 + i * 40, 500 + i)} [core] INFO: Worker connected and looking for jobs... (task names: 'send_email', 'sync_crm', 'render_pdf')`,
      ),
      `${iso(6350, 2)} [core] ERROR: Failed to acquire job: cannot execute SELECT in a read-only transaction (40 consecutive errors)`,
      `${iso(6350, 9)} [core] ERROR: Worker exited with error: Error: Failed to acquire job: cannot execute SELECT in a read-only transaction`,
    ),
    currentLog: log(
      `${iso(5470, 88)} [core] INFO: Worker connected and looking for jobs... (task names: 'send_email', 'sync_crm', 'render_pdf')`,
      times(34, (i) =>
        i % 2 === 0
          ? `${iso(5471 + i * 20, i)} [core] ERROR: Error with database notify listener: cannot execute LISTEN during recovery`
          : `${iso(5471 + i * 20, 400 + i)} [core] ERROR: Failed to acquire job: cannot execute SELECT in a read-only transaction`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysecond-reverb-fd-setsize-returns',
    family: 'connection-limit',
    source: 'https://github.com/laravel/reverb/issues/269',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('reverb', 1, 7),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['php', 'artisan', 'reverb:start', '--host=0.0.0.0', '--port=8080'],
        env: { REVERB_APP_ID: '493533', REVERB_SCALING_ENABLED: 'false' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container reverb in pod reverb-7b9d5c6f4-q2w8d',
        count: 7,
      },
      alert(
        'WebsocketConnectionsHigh: reverb open connections 1019 on a single pod 6m after start (3 restarts in the last 40m)',
      ),
    ],
    previousLog: log(
      '',
      '   INFO  Starting server on 0.0.0.0:8080 (reverb.acme.example).',
      '',
      times(
        40,
        (i) =>
          `  Connection Established ............................................ ${(40012 + i * 7).toString()}.${(881233 * (i + 1)) % 1000000}`,
      ),
      '',
      '   ErrorException ',
      '',
      '  stream_select(): You MUST recompile PHP with a larger value of FD_SETSIZE.',
      'It is set to 1024, but you have descriptors numbered at least as high as 1024.',
      ' --enable-fd-setsize=1024 is recommended, but you may want to set it',
      'to equal the maximum number of open files supported by your system,',
      'in order to avoid seeing this error again at a later date.',
      '',
      '  at vendor/react/event-loop/src/StreamSelectLoop.php:285',
      '    281▕             }',
      '    282▕         }',
      '    283▕ ',
      '  ➜ 284▕         /** @link https://github.com/reactphp/event-loop/issues/227 */',
      '    285▕         $ret = @\\stream_select($read, $write, $except, $timeout === null ? null : 0, $timeout);',
      '',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysecond-huey-consumer-on-long-export',
    family: 'long-running-job',
    source: 'https://github.com/coleifer/huey/issues/571',
    signal: 'Alert',
    containers: [
      {
        name: 'exports-huey',
        running: { startedAt: '2026-02-10T20:10:04Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        args: ['huey_consumer.py', 'exports.huey_app.huey', '-w', '1', '-k', 'process'],
        env: { HUEY_REDIS_URL: 'redis://exports-redis:6379/1' },
      },
    ],
    events: [
      alert('HueyQueueBacklog: queue exports pending 37 for 2h51m; consumer exports-huey workers 1/1 busy'),
    ],
    currentLog: log(
      '[2026-02-11 05:49:12,004] INFO:huey.consumer:MainProcess:Huey consumer started with 1 process, PID 1 at 2026-02-10 20:10:04.118221',
      '[2026-02-11 05:49:12,220] INFO:huey:Worker-1:Executing exports.tasks.full_ledger_export: 9c1f7e02-43b8-4e71-a3c2-5fd0a9e1c7b4',
      times(56, (i) =>
        i % 7 === 6
          ? `[2026-02-11 ${clock(5 * 3600 + 50 * 60 + i * 170)},0${i % 10}1] DEBUG:huey.consumer:MainProcess:Checking worker health.`
          : `[2026-02-11 ${clock(5 * 3600 + 50 * 60 + i * 170)},${dd(i)}7] INFO:exports.tasks:Worker-1:full_ledger_export tenant=acme-holdings wrote partition ${i + 1}/78 (${(i + 1) * 1_212_000} rows, ${(((i + 1) / 78) * 100).toFixed(0)}%)`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysecond-delayed-job-lock-held-by-vanished-worker',
    family: 'lock-held',
    source: 'https://github.com/collectiveidea/delayed_job/issues/832',
    signal: 'Alert',
    containers: [
      {
        name: 'dj-worker',
        running: { startedAt: '2026-02-11T07:20:15Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        args: ['bundle', 'exec', 'rake', 'jobs:work'],
        env: { QUEUE: 'company_setup', MAX_RUN_TIME: '4h', RAILS_ENV: 'production' },
      },
    ],
    events: [
      alert(
        'DelayedJobStuck: job 28 (queue company_setup) locked_at 06:56 by host:dj-worker-6f8c7d9b5-zr4pq pid:1 (pod no longer exists); 1 job blocked behind it',
      ),
    ],
    currentLog: log(
      '[Worker(host:dj-worker-6f8c7d9b5-mm7qt pid:1)] Starting job worker',
      times(50, (i) =>
        i % 10 === 9
          ? `[Worker(host:dj-worker-6f8c7d9b5-mm7qt pid:1)] 2026-02-11T${hms(1215 + i * 60)}+0000: No jobs available in queue company_setup (1 locked by another worker)`
          : `I, [2026-02-11T${hms(1215 + i * 60)}.${dd(i)}4211 #1]  INFO -- : [Worker(host:dj-worker-6f8c7d9b5-mm7qt pid:1)] Job CompanySetupMailer.deliver (id=${290 + i}) (queue=company_setup) COMPLETED after 0.${dd(20 + i)}11`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysecond-dramatiq-broker-still-down-after-fix-release',
    family: 'dependency-down',
    source: 'https://github.com/Bogdanp/dramatiq/issues/187',
    signal: 'Alert',
    containers: [
      {
        name: 'mailer',
        running: { startedAt: '2026-02-11T08:09:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        args: ['dramatiq', 'mailer.tasks', '--processes', '2', '--threads', '4'],
        env: { RABBITMQ_URL: 'amqp://mailer:***@rabbitmq.messaging:5672/mail', BROKER_HEARTBEAT: '30' },
      },
    ],
    rollout: {
      minutesAgo: 31,
      previousTag: '2.3.0',
      addedEnv: { BROKER_HEARTBEAT: '30' },
    },
    events: [
      alert(
        'RabbitMQQueueBacklog: queue mail.outbound consumers 0; rabbitmq-0 and rabbitmq-1 Pending (PVC attach), rabbitmq-2 partitioned since 08:02',
      ),
    ],
    currentLog: log(
      "[2026-02-11 08:09:03,771] [PID 1] [MainThread] [dramatiq.MainProcess] [INFO] Dramatiq '1.16.0' is booting up.",
      '[2026-02-11 08:09:04,012] [PID 9] [MainThread] [dramatiq.WorkerProcess(0)] [INFO] Worker process is ready for action.',
      times(48, (i) =>
        i % 2 === 0
          ? `[2026-02-11 ${hms(3600 + 9 * 60 + 5 + i * 40)},${dd(i)}3] [PID ${9 + (i % 4 === 0 ? 0 : 1)}] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [CRITICAL] Consumer encountered a connection error: Connection to 10.42.6.12:5672 failed: [Errno 111] Connection refused`
          : `[2026-02-11 ${hms(3600 + 9 * 60 + 5 + i * 40)},${dd(i)}4] [PID ${9 + (i % 4 === 1 ? 0 : 1)}] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [INFO] Restarting consumer in 3.00 seconds.`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtysecond-faktory-node-worker-blocks-own-heartbeat',
    family: 'event-loop-blocked',
    source: 'https://github.com/jbielick/faktory_worker_node/issues/116',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('crawler', 1, 8),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { FAKTORY_URL: 'tcp://:***@faktory.jobs:7419', CONCURRENCY: '4' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container crawler in pod crawler-5f7d8b9c6-nw2zx',
        count: 8,
      },
    ],
    previousLog: log(
      times(24, (i) =>
        i % 6 === 5
          ? `${iso(5000 + i * 30, i)} crawler: job ${(5511237 * (i + 1)).toString(36)} parsePriceSheet rows=${180000 + i * 9000} (synchronous, ${(34 + i * 1.5).toFixed(1)}s on main thread)`
          : `${iso(5000 + i * 30, i * 3)} faktory-worker:client:heart BEAT ${'22dded38'}`,
      ),
      `${iso(5800, 11)} faktory-worker:connection timeout`,
      `${iso(5800, 40)} faktory-worker:connection timeout`,
      `${iso(5861, 2)} (node:1) UnhandledPromiseRejectionWarning: ReplyError: ERR Unknown worker 22dded38`,
      '    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)',
      '    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)',
      `${iso(5861, 9)} crawler: fatal: lost registration with faktory, exiting`,
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alikes: scale-ups wrong (2)
  {
    id: 'thirtysecond-river-pool-starved-by-saturated-db',
    family: 'db-saturated',
    source: 'https://github.com/riverqueue/river/pull/1101',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-jobs',
        running: { startedAt: '2026-02-10T05:00:00Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          RIVER_MAX_WORKERS: '40',
          PGX_POOL_MAX_CONNS: '20',
          DATABASE_URL: 'postgres://river@ledger-pg.data:5432/ledger',
        },
      },
    ],
    events: [
      alert(
        'RiverQueueBacklog: queue default available 31880 and growing; ledger-pg CPU 98%, active sessions 400/400, 212 waiting on lock transactionid',
      ),
    ],
    currentLog: log(
      times(
        56,
        (i) =>
          [
            `time=${iso(2400 + i * 20, i)} level=ERROR msg="leadership.Elector: Error attempting reelection" attempt=${1 + (i % 5)} client_id=ledger-jobs-6b5d_2026_02_10T05_00_00 err="error beginning transaction: context deadline exceeded (a common cause of this is a database pool that's at its connection limit; you may need to increase maximum connections)" sleep_duration=${1 + (i % 5)}.0${i % 9}s`,
            `time=${iso(2400 + i * 20, 300 + i)} level=ERROR msg="jobexecutor: Job errored" error="ERROR: canceling statement due to statement timeout (SQLSTATE 57014)" job_id=${9911200 + i} job_kind=post_ledger_batch`,
            `time=${iso(2400 + i * 20, 600 + i)} level=INFO msg="producer: Producer job counts" num_completed_jobs=${3 + (i % 4)} num_jobs_running=40 queue=default`,
            `time=${iso(2400 + i * 20, 900 + i)} level=WARN msg="jobexecutor: Job completed slowly" job_kind=post_ledger_batch duration=${(41 + i * 0.7).toFixed(1)}s`,
          ][i % 4] ?? '',
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysecond-taskiq-backlog-behind-shopify-rate-limit',
    family: 'rate-limited',
    source: 'https://shopify.dev/docs/api/usage/rate-limits',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog-sync',
        running: { startedAt: '2026-02-10T16:33:01Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        args: ['taskiq', 'worker', 'sync.broker:broker', '--workers', '4'],
        env: { SHOPIFY_SHOP: 'acme-outdoor.myshopify.com', TASKIQ_REDIS_URL: 'redis://sync-redis:6379/0' },
      },
    ],
    events: [
      alert(
        'TaskiqBacklog: queue taskiq backlog 14220 (+900/10m) since the catalog import at 07:30; workers busy 4/4',
      ),
    ],
    currentLog: log(
      times(60, (i) =>
        i % 3 === 2
          ? `[2026-02-11 ${hms(2400 + i * 21)},${dd(i)}1][sync.shopify][INFO   ][worker-${i % 4}] updated product gid://shopify/Product/${8810023 + i} variants=${1 + (i % 5)}`
          : `[2026-02-11 ${hms(2400 + i * 21)},${dd(i)}0][sync.shopify][WARNING][worker-${i % 4}] 429 Too Many Requests from acme-outdoor.myshopify.com: {"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."} retry_after=2.0 attempt=${1 + (i % 4)}`,
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alikes: memory raises wrong (2)
  {
    id: 'thirtysecond-spring-cloud-stream-heap-capped',
    family: 'heap-capped',
    source: 'https://github.com/spring-cloud/spring-cloud-stream/issues/489',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('enrichment', 3, 5),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { JAVA_TOOL_OPTIONS: '-Xmx512m -XX:+ExitOnOutOfMemoryError', SPRING_PROFILES_ACTIVE: 'prod' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container enrichment in pod enrichment-7f6c5d8b9-lp4mv',
        count: 5,
      },
      alert(
        'ContainerRestarts: enrichment restarted 5 times in 1h; container memory working set peak 701MiB of 2GiB',
      ),
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xmx512m -XX:+ExitOnOutOfMemoryError',
      '2026-02-11T08:22:10.411Z  INFO 1 --- [           main] c.a.enrich.EnrichmentApplication         : Started EnrichmentApplication in 9.882 seconds (process running for 10.61)',
      times(
        30,
        (i) =>
          `2026-02-11T08:2${2 + Math.floor(i / 8)}:${dd(20 + (i % 8) * 5)}.${dd(i)}2Z  INFO 1 --- [nrichment-in-0-${i % 3}] c.a.enrich.EnrichmentHandler             : enriched batch size=500 partition=${i % 12} lag=${41000 - i * 310}`,
      ),
      '2026-02-11T08:26:44.902Z  WARN 1 --- [nrichment-in-0-1] o.s.c.s.binder.kafka.KafkaMessageChannelBinder : Failed to process message, retrying (attempt 1)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysecond-agenda-fast-leak',
    family: 'oom-leak',
    source: 'https://github.com/agenda/agenda/issues/129',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'digest-scheduler',
        running: { startedAt: '2026-02-11T08:31:05Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 9,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '500m',
        env: { MONGO_URL: 'mongodb://digest-mongo:27017/digest', AGENDA_PROCESS_EVERY: '5 seconds' },
      },
    ],
    events: [
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container digest-scheduler exceeded its memory limit',
        count: 9,
      },
    ],
    previousLog: log(
      times(44, (i) =>
        i % 4 === 3
          ? `${iso(3600 + 8 * 60 + i * 30)}: Agenda process memory usage: ${(96 + i * 14.8).toFixed(1)} MB (jobs queued 0, running 1)`
          : `${iso(3600 + 8 * 60 + i * 30, 200)}: agenda: job build-digest finished id=65c9${dd(i)}0e7 users=12 duration=${210 + (i % 7) * 9}ms`,
      ),
    ),
    currentLog: log(
      times(12, (i) =>
        i % 4 === 3
          ? `${iso(5465 + i * 30)}: Agenda process memory usage: ${(95 + i * 14.9).toFixed(1)} MB (jobs queued 0, running 1)`
          : `${iso(5465 + i * 30, 200)}: agenda: job build-digest finished id=65ca${dd(i)}1f3 users=11 duration=${205 + (i % 7) * 8}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alike: rollback wrong (1)
  {
    id: 'thirtysecond-kratos-etcd-auth-not-the-rollout',
    family: 'credentials',
    source: 'https://github.com/etcd-io/etcd/issues/12142',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('inventory', 1, 6),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['-conf', '/data/conf'],
        env: { ETCD_ENDPOINTS: 'etcd-0.etcd.infra:2379', ETCD_USERNAME: 'inventory' },
        mounts: [
          { volume: 'conf', path: '/data/conf' },
          { volume: 'etcd-auth', path: '/var/run/secrets/etcd' },
        ],
      },
    ],
    volumes: [
      { name: 'conf', configMap: 'inventory-conf' },
      { name: 'etcd-auth', secret: 'inventory-etcd-auth' },
    ],
    rollout: {
      minutesAgo: 44,
      addedEnv: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability:4317' },
    },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container inventory in pod inventory-64d8c7f9b-w7kqs',
        count: 6,
      },
      alert(
        'EtcdAuthFailures: 1320 authentication failures for user inventory since 08:26 (etcd users rotated by platform job at 08:25)',
      ),
    ],
    previousLog: log(
      'INFO ts=2026-02-11T08:38:02Z caller=main.go:74 service.id=inventory-64d8c7f9b-w7kqs service.name=inventory.service service.version=v3.1.0 msg=config loaded from /data/conf',
      'INFO ts=2026-02-11T08:38:02Z caller=otel.go:33 service.id=inventory-64d8c7f9b-w7kqs service.name=inventory.service service.version=v3.1.0 msg=tracing exporter http://otel-collector.observability:4317',
      times(
        22,
        (i) =>
          `{"level":"warn","ts":"2026-02-11T08:38:${dd(2 + Math.floor(i / 2))}.${dd(11 + i * 4)}1Z","logger":"etcd-client","caller":"v3@v3.5.12/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc0003b2000/etcd-0.etcd.infra:2379","attempt":${i % 3},"error":"rpc error: code = InvalidArgument desc = etcdserver: authentication failed, invalid user ID or password"}`,
      ),
      'FATAL ts=2026-02-11T08:38:02Z caller=main.go:96 service.id=inventory-64d8c7f9b-w7kqs service.name=inventory.service service.version=v3.1.0 msg=new etcd registry: etcdserver: authentication failed, invalid user ID or password',
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alike: cache flush wrong (1)
  {
    id: 'thirtysecond-taskiq-redis-holds-queue-and-results',
    family: 'redis-not-a-cache',
    source: 'https://github.com/colinmollenhour/Cm_Cache_Backend_Redis/issues/109',
    signal: 'Alert',
    containers: [
      {
        name: 'scoring-worker',
        running: { startedAt: '2026-02-07T12:00:00Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        args: ['taskiq', 'worker', 'scoring.broker:broker'],
        env: {
          TASKIQ_REDIS_URL: 'redis://scoring-redis:6379/0',
          TASKIQ_RESULT_BACKEND: 'redis://scoring-redis:6379/0',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull: scoring-redis used_memory 4.00GiB of maxmemory 4.00GiB, policy noeviction; keys: 2.2M task result keys without TTL, list taskiq 61k pending tasks',
      ),
    ],
    currentLog: log(
      times(40, (i) =>
        i % 2 === 0
          ? `[2026-02-11 ${hms(2400 + i * 37)},${dd(i)}5][taskiq.receiver.receiver][ERROR  ][worker-${i % 2}] Cannot set result in the result backend.\nredis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.`
          : `[2026-02-11 ${hms(2400 + i * 37)},${dd(i)}6][scoring.tasks][INFO   ][worker-${i % 2}] scored application ${771200 + i} in ${90 + i}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alikes: node actions wrong (2)
  {
    id: 'thirtysecond-arq-evicted-for-its-own-memory',
    family: 'eviction-own-usage',
    source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'arq-worker',
        terminated: { reason: 'ContainerStatusUnknown', exitCode: 137 },
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['arq', 'pipeline.worker.WorkerSettings'],
        env: { REDIS_DSN: 'redis://pipeline-redis:6379/2' },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Evicted',
        type: 'Warning',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 71732Ki. Container arq-worker was using 5321780Ki, request is 512Mi, has larger consumption of memory.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container arq-worker' },
    ],
    previousLog: log(
      times(
        30,
        (i) =>
          `${dd(7)}:${dd(40 + Math.floor(i / 6))}:${dd((i * 10) % 60)}: ${(2.1 + i * 0.4).toFixed(2)}s → ${(881 + i).toString(16)}:load_partition(${i}) ● ${i < 29 ? `rows=${(i + 1) * 150000} kept_in_memory=${((i + 1) * 171).toLocaleString('en-US')}MB` : 'delayed=0.11s'}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysecond-apscheduler-evicted-for-scratch-files',
    family: 'eviction-own-usage',
    source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'exporter',
        terminated: { reason: 'Error', exitCode: 137 },
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        args: ['python', '-m', 'partner_exports.scheduler'],
        env: { EXPORT_TMP: '/tmp/exports' },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Evicted',
        type: 'Warning',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container exporter' },
    ],
    previousLog: log(
      times(36, (i) =>
        i % 3 === 0
          ? `2026-02-11 0${7 + Math.floor(i / 18)}:${dd((i * 10) % 60)}:00,00${i % 9} INFO apscheduler.executors.default Running job "export_partner_feed (trigger: interval[0:10:00], next run at: 2026-02-11 0${7 + Math.floor((i + 1) / 18)}:${dd(((i + 1) * 10) % 60)}:00 UTC)" (scheduled at 2026-02-11 0${7 + Math.floor(i / 18)}:${dd((i * 10) % 60)}:00+00:00)`
          : `2026-02-11 0${7 + Math.floor(i / 18)}:${dd((i * 10) % 60)}:4${i % 10},112 INFO partner_exports.feed wrote /tmp/exports/feed-${20260211}-${dd(i)}.csv.gz (${(58 + i * 0.5).toFixed(1)} MB, kept for retry)`,
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alike: restart wrong, brokers still unreachable (1)
  {
    id: 'thirtysecond-reactor-kafka-brokers-still-unreachable',
    family: 'dependency-down',
    source: 'https://github.com/reactor/reactor-kafka/issues/131',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-projector',
        running: { startedAt: '2026-02-11T08:12:40Z' },
        ready: true,
        restarts: 1,
        last: { reason: 'Completed', exitCode: 143 },
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_KAFKA_BOOTSTRAP_SERVERS: 'kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092',
          SPRING_KAFKA_CONSUMER_GROUP_ID: 'ledger-projector',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupLagHigh: group ledger-projector lag 120400; kafka brokers online 0/3 (StatefulSet kafka 0/3 ready, volumes detaching after zone outage)',
      ),
    ],
    currentLog: log(
      '2026-02-11 08:12:44.102  INFO 1 --- [           main] o.a.k.clients.consumer.ConsumerConfig    : ConsumerConfig values: bootstrap.servers = [kafka-0.kafka:9092, kafka-1.kafka:9092, kafka-2.kafka:9092] group.id = ledger-projector',
      times(54, (i) =>
        i % 3 === 2
          ? `2026-02-11 ${hms(4365 + i * 30)}.${dd(i)}1  INFO 1 --- [ctor-http-nio-${1 + (i % 4)}] c.a.ledger.web.ProjectionController     : GET /projections/accounts/${88500 + i} 200 ${5 + (i % 7)}ms`
          : `2026-02-11 ${hms(4365 + i * 30)}.${dd(i)}8  WARN 1 --- [ector-consumer-1] org.apache.kafka.clients.NetworkClient   : [Consumer clientId=consumer-ledger-projector-1, groupId=ledger-projector] Connection to node -${1 + (i % 3)} (kafka-${i % 3}.kafka/10.42.${3 + (i % 3)}.${8 + (i % 3)}:9092) could not be established. Broker may not be available.`,
      ),
    ),
    accept: ['escalate'],
  },
];
