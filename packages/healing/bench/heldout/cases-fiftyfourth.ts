import { crashLoop, type HeldOutCase, type HeldOutEvent, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** Seconds since midnight for a time of the case's day. */
const at = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** `HH:MM:SS` of a second of the day. */
const hms = (t: number): string => `${dd(Math.floor(t / 3600))}:${dd(Math.floor(t / 60) % 60)}:${dd(t % 60)}`;

/** Milliseconds that vary from line to line. */
const ms = (i: number): string => String((i * 137 + 41) % 1000).padStart(3, '0');

/** Epoch seconds of a second of 2026-02-11 (UTC), with a fraction, as zap and logrus print `ts`. */
const epoch = (t: number, i = 0): string =>
  `${1770768000 + t}.${String((i * 7919 + 113) % 1000000).padStart(6, '0')}`;

/** The `AlertFiring` event Alertmanager's alert becomes on the Deployment. */
const alert = (name: string, text: string): HeldOutEvent => ({
  reason: 'AlertFiring',
  message: `${name}: ${text}`,
  on: 'Deployment',
});

/** A healthy node that reports node-problem-detector's conditions too. */
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
    {
      type: 'ReadonlyFilesystem',
      status: 'False',
      reason: 'FilesystemIsNotReadOnly',
      message: 'Filesystem is not read-only',
    },
  ],
};

/** A Serilog console line (`[HH:mm:ss LVL] message`), as the .NET services of this batch print it. */
const serilog = (t: number, level: string, msg: string): string => `[${hms(t)} ${level}] ${msg}`;

/** A Spring Boot console line (Logback's default pattern). */
const boot = (t: number, i: number, level: string, thread: string, logger: string, msg: string): string =>
  `2026-02-11T${hms(t)}.${ms(i)}Z ${level.padStart(5)} 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;

/** A pino line (Node's JSON logger): numeric level, epoch milliseconds. */
const pino = (host: string, t: number, i: number, level: number, msg: string, extra = ''): string =>
  `{"level":${level},"time":${(1770768000 + t) * 1000 + ((i * 37) % 1000)},"pid":1,"hostname":"${host}",${extra}"msg":"${msg}"}`;

/** A zap JSON line as the Go controllers and dispatchers of this batch print it. */
const zap = (
  t: number,
  i: number,
  level: string,
  logger: string,
  caller: string,
  msg: string,
  extra = '',
): string =>
  `{"level":"${level}","ts":"2026-02-11T${hms(t)}.${ms(i)}Z","logger":"${logger}","caller":"${caller}","msg":"${msg}"${extra}}`;

/** An ISO time for a second counted from 2026-02-11 00:00 UTC (negative: the days before). */
const iso = (t: number): string =>
  `2026-02-${dd(11 + Math.floor(t / 86400))}T${hms(((t % 86400) + 86400) % 86400)}Z`;

/** A logrus text line (`time="..." level=info msg="..."`) at a second of the case's day. */
const logrus = (t: number, level: string, msg: string): string =>
  `time="${iso(t)}" level=${level} msg="${msg}"`;

/**
 * A fifty-fourth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: WHEN A MUTATION IS THE RIGHT ANSWER, fifth round. 24 failures
 * where a catalog action is what a good on-call SRE does first at 3 a.m., beside 16 look-alikes where
 * the same action is wrong, each told through what a support bundle shows (statuses, events, logs
 * over time with the blip and whether anything recovered, the spec, the node, a rollout); most
 * alerts do not say whether the dependency is healthy, the log does. Software no earlier batch used:
 * Marten's async daemon, the EventStoreDB/KurrentDB gRPC client, Axon Framework's Axon Server
 * connector, the Socket.IO Redis adapter on node-redis, Knative's Kafka channel dispatcher (Sarama),
 * the Azure Event Hubs Java client, kube-vip, Istio ambient's ztunnel, TypeORM under NestJS,
 * Bee-Queue, Argo Events sensors on a JetStream EventBus, the Jitsi Videobridge and Jibri, ZIO Kafka,
 * OPA (server and sidecar), Filebeat, Stakater Reloader, Pomerium, OpenFGA, Sequelize, Trivy server
 * with a Redis cache, Umami, ZITADEL, Apache SkyWalking's OAP and an EventStoreDB StatefulSet. Each
 * quotes the wording of the public thread, page or source file in `source`. Mix: 24 right mutations
 * (13 restarts: a Marten high-water agent dead since a database login storm, an EventStoreDB
 * persistent subscription dropped and never resubscribed, an Axon command handler lost after an
 * Axon Server restart, a Socket.IO sub client that never became ready, a Knative dispatcher hung after
 * its eleventh consumer-group failure, Event Hubs partitions never re-pumped, kube-vip's lost lease
 * never retried, ztunnel's expired workload certificate, TypeORM's broken pg clients after a failover,
 * Bee-Queue workers dead after a Redis timeout, an Argo Events sensor silent after the EventBus blip,
 * a videobridge out of descriptors after nine days, a ZIO Kafka consumer left with no partitions; 3
 * memory raises: OPA with a grown entitlements bundle, Filebeat on a node with three times the pods,
 * Reloader in a cluster with twice the Secrets; 2 scale-ups: Pomerium and OpenFGA with the HPA at
 * its maximum, CPU at the limit and healthy upstreams; 3 rollbacks: a TypeORM entity with a column
 * type Postgres lacks, an OPA sidecar given v0 Rego, a Sequelize release without a dialect; 1 flush of
 * Trivy's pure scan cache full under noeviction; 2 node actions: a read-only root filesystem and a
 * kubelet that stopped posting) and 16 look-alikes, all escalations (8 restarts wrong: EventStoreDB
 * with no leader, an EventBus still down, a Socket.IO descriptor leak back in ten minutes, Axon
 * segments held by a replay job, a Marten projection rebuild two thirds done, Kafka brokers still
 * down, an API server still timing out kube-vip's lease calls, istiod down under ztunnel; 2 scale-ups
 * wrong: a saturated MySQL behind Sequelize, Event Hubs throughput units; 2 raises wrong: SkyWalking's
 * heap fixed by -Xmx and a Reloader leak since an upgrade; 1 rollback wrong: a database password
 * changed hours after an unrelated release; 1 flush wrong: Redis holding Bee-Queue's jobs; 2 node
 * actions wrong: Jibri evicted for its own recordings volume, an EventStoreDB volume still attached
 * to its old node).
 */
export const FIFTYFOURTH_CASES: HeldOutCase[] = [
  // ------------------------------------------------------------ restarts right (13)
  {
    id: 'fiftyfourth-marten-ledger-projections-stalled',
    family: 'stalled-consumer',
    source: 'https://github.com/JasperFx/marten/issues/4961',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-api',
        running: { startedAt: '2026-02-09T22:14:05Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          ConnectionStrings__Marten:
            'Host=ledger-pg.postgres.database.azure.com;Database=ledger;Username=ledger_app;SSL Mode=Require',
          Ledger__Daemon__Mode: 'Solo',
        },
      },
    ],
    node: quietNode,
    events: [
      alert(
        'MartenProjectionStale',
        'projection AccountBalance of ledger-api has not advanced for 2h 31m (last sequence 48211930) while 61442 events were appended after it.',
      ),
    ],
    currentLog: log(
      times(60, (i) =>
        serilog(
          at(5, 40) + i * 18,
          'INF',
          `HTTP ${i % 3 === 0 ? 'GET' : 'POST'} /api/${i % 3 === 0 ? `accounts/ACC-${40210 + (i % 90)}/balance` : 'postings'} responded ${i % 3 === 0 ? 200 : 201} in ${(8 + ((i * 7) % 30)).toFixed(1)}${(i * 3) % 10} ms`,
        ),
      ),
      serilog(
        at(5, 58, 41),
        'ERR',
        'Failed while trying to detect high water statistics for database Marten',
      ),
      'Npgsql.PostgresException (0x80004005): 08P01: server login has been failing, try again later (server_login_retry)',
      '   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)',
      '   at System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1.StateMachineBox`1.System.Threading.Tasks.Sources.IValueTaskSource<TResult>.GetResult(Int16 token)',
      '   at Npgsql.Internal.NpgsqlConnector.<Open>g__OpenCore|213_1(NpgsqlConnector conn, SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken, Boolean isFirstAttempt)',
      '   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
      '   at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
      '   at Marten.Events.Daemon.HighWater.HighWaterDetector.DetectInSafeZone(CancellationToken token)',
      '   at Marten.Events.Daemon.HighWater.HighWaterAgent.detectChanges()',
      '  Exception data:',
      '    Severity: FATAL',
      '    SqlState: 08P01',
      '    MessageText: server login has been failing, try again later (server_login_retry)',
      times(14, (i) =>
        serilog(
          at(5, 58, 44) + i * 9,
          i % 2 ? 'ERR' : 'WRN',
          i % 2
            ? 'HTTP POST /api/postings responded 500 in 5003.2 ms'
            : 'Npgsql.PostgresException (0x80004005): 08P01: server login has been failing, try again later (server_login_retry)',
        ),
      ),
      serilog(at(6, 1, 10), 'INF', 'HTTP POST /api/postings responded 201 in 212.4 ms'),
      times(150, (i) =>
        serilog(
          at(6, 1, 28) + i * 57,
          'INF',
          `HTTP ${i % 4 === 0 ? 'GET' : 'POST'} /api/${i % 4 === 0 ? `accounts/ACC-${40400 + (i % 120)}/balance` : 'postings'} responded ${i % 4 === 0 ? 200 : 201} in ${(9 + ((i * 11) % 26)).toFixed(1)}${(i * 7) % 10} ms`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftyfourth-eventstoredb-fulfilment-subscription-idle',
    family: 'stalled-consumer',
    source: 'https://github.com/kurrent-io/KurrentDB/issues/1324',
    signal: 'Alert',
    containers: [
      {
        name: 'fulfilment-worker',
        running: { startedAt: '2026-02-06T10:02:44Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          DOTNET_ENVIRONMENT: 'Production',
          EventStore__ConnectionString:
            'esdb://esdb-0.esdb.eventstore.svc:2113,esdb-1.esdb.eventstore.svc:2113,esdb-2.esdb.eventstore.svc:2113?tls=true&nodePreference=leader',
          EventStore__Group: 'fulfilment-worker',
          EventStore__Stream: '$ce-order',
        },
        mounts: [{ volume: 'esdb-ca', path: '/etc/esdb/ca' }],
      },
    ],
    volumes: [{ name: 'esdb-ca', secret: 'esdb-ca-bundle' }],
    events: [
      alert(
        'EventStorePersistentSubscriptionBehind',
        'persistent subscription $ce-order::fulfilment-worker has 0 connected clients and is 18204 events behind (oldest 1h 52m).',
      ),
    ],
    currentLog: log(
      times(50, (i) =>
        serilog(
          at(6, 20) + i * 20,
          'INF',
          `Handled OrderPaid for order-${88120 + i}: shipment SHP-${551200 + i} booked with carrier ${['dhl', 'ups', 'gls'][i % 3]} in ${40 + ((i * 13) % 70)} ms`,
        ),
      ),
      serilog(
        at(6, 37, 12),
        'INF',
        "Call failed with gRPC error status. Status code: 'Unavailable', Message: 'Error reading next message. IOException: The request was aborted. IOException: The response ended prematurely while waiting for the next frame from the server.'.",
      ),
      serilog(at(6, 37, 12), 'WRN', 'Persistent subscription dropped. reason: ServerError'),
      'System.InvalidOperationException: Subscription 4c1d9e02-7f5b-4d3a-9a61-2be83f0c55e1 was dropped because an error occurred on the server.',
      ' ---> Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Error reading next message. IOException: The request was aborted. IOException: The response ended prematurely while waiting for the next frame from the server.", DebugException="System.IO.IOException: The request was aborted.")',
      '   at Grpc.Net.Client.Internal.HttpContentClientStreamReader`2.MoveNextCore(CancellationToken cancellationToken)',
      '   at EventStore.Client.Interceptors.ExceptionConverterStreamReader`1.MoveNext(CancellationToken cancellationToken)',
      '   --- End of inner exception stack trace ---',
      '   at EventStore.Client.PersistentSubscription.Subscribe(CancellationToken cancellationToken)',
      times(130, (i) => {
        const t = at(6, 38) + i * 52;
        return i % 5 === 0
          ? serilog(
              t,
              'INF',
              `Appended OrderShipmentRequested to order-${88170 + i} at revision ${3 + (i % 6)} (esdb-1.esdb.eventstore.svc:2113)`,
            )
          : serilog(t, 'INF', `HTTP GET /healthz responded 200 in ${(0.4 + (i % 7) / 10).toFixed(1)} ms`);
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-axon-billing-commands-not-handled',
    family: 'client-reconnect',
    source: 'https://github.com/AxonIQ/AxonFramework/issues/1350',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-service',
        running: { startedAt: '2026-02-07T13:40:19Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          AXON_AXONSERVER_SERVERS: 'axonserver.axon.svc.cluster.local:8124',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    events: [
      alert(
        'BillingCommandsUnhandled',
        'billing-service has handled 0 IssueInvoiceCommand since 06:12 UTC; 1904 commands were dispatched to it by order-service and timed out.',
      ),
    ],
    currentLog: log(
      times(40, (i) =>
        boot(
          at(6, 0) + i * 16,
          i,
          'INFO',
          `command-${i % 4}`,
          'c.e.billing.InvoiceCommandHandler',
          `Handling IssueInvoiceCommand for order ORD-${771200 + i}: invoice INV-2026-${String(40210 + i).padStart(6, '0')} issued`,
        ),
      ),
      boot(
        at(6, 11, 3),
        1,
        'WARN',
        'grpc-default-executor-3',
        'o.a.a.c.AxonServerConnectionManager',
        'Lost instruction stream from [axonserver-0] - UNAVAILABLE: io exception',
      ),
      times(8, (i) =>
        [
          boot(
            at(6, 11, 3) + 1 + i * 11,
            i,
            'INFO',
            'AxonServerConnect',
            'o.a.a.c.AxonServerConnectionManager',
            'Requesting connection details from axonserver.axon.svc.cluster.local:8124',
          ),
          boot(
            at(6, 11, 3) + 2 + i * 11,
            i + 3,
            'WARN',
            'AxonServerConnect',
            'o.a.a.c.AxonServerConnectionManager',
            'Connecting to AxonServer node [axonserver.axon.svc.cluster.local]:[8124] failed: UNAVAILABLE: Unable to resolve host axonserver.axon.svc.cluster.local',
          ),
        ].join('\n'),
      ),
      boot(
        at(6, 12, 41),
        2,
        'INFO',
        'AxonServerConnect',
        'o.a.a.c.AxonServerConnectionManager',
        'Requesting connection details from axonserver.axon.svc.cluster.local:8124',
      ),
      boot(
        at(6, 12, 41),
        7,
        'INFO',
        'AxonServerConnect',
        'o.a.a.c.AxonServerConnectionManager',
        'Reusing existing channel',
      ),
      boot(
        at(6, 12, 41),
        9,
        'INFO',
        'AxonServerConnect',
        'o.a.a.c.AxonServerConnectionManager',
        'Re-subscribing commands and queries',
      ),
      times(120, (i) =>
        boot(
          at(6, 13) + i * 66,
          i,
          'INFO',
          `http-nio-8080-exec-${(i % 9) + 1}`,
          'c.e.billing.web.InvoiceController',
          `GET /api/invoices/INV-2026-${String(40000 + ((i * 37) % 300)).padStart(6, '0')} 200 (${6 + ((i * 5) % 20)} ms)`,
        ),
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-socketio-notify-gateway-broadcasts-lost',
    family: 'client-reconnect',
    source: 'https://github.com/socketio/socket.io-redis-adapter/issues/446',
    signal: 'Alert',
    containers: [
      {
        name: 'notify-gateway',
        running: { startedAt: '2026-02-10T09:12:51Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          REDIS_URL: 'redis://haproxy-redis.platform.svc.cluster.local:6379',
          SOCKET_IO_ADAPTER: 'redis',
        },
      },
    ],
    events: [
      alert(
        'NotifyGatewayFanoutGap',
        'notify-gateway-7d8c9b6f5-2kqzv delivered 0 of 3312 room broadcasts published by notifier since 07:03 UTC; the other 3 replicas delivered all of them.',
      ),
    ],
    currentLog: log(
      times(30, (i) =>
        pino(
          'notify-gateway-7d8c9b6f5-2kqzv',
          at(6, 50) + i * 24,
          i,
          30,
          'socket connected',
          `"sid":"${(0x4f1a2c00 + i * 7777).toString(36)}","rooms":${1 + (i % 3)},`,
        ),
      ),
      pino(
        'notify-gateway-7d8c9b6f5-2kqzv',
        at(7, 2, 55),
        1,
        50,
        'redis sub client error',
        '"err":{"type":"Error","message":"Socket closed unexpectedly","stack":"Error: Socket closed unexpectedly\\n    at Socket.<anonymous> (/app/node_modules/@redis/client/dist/lib/client/socket.js:194:118)"},',
      ),
      pino(
        'notify-gateway-7d8c9b6f5-2kqzv',
        at(7, 2, 55),
        2,
        50,
        'redis pub client error',
        '"err":{"type":"Error","message":"Socket closed unexpectedly"},',
      ),
      pino('notify-gateway-7d8c9b6f5-2kqzv', at(7, 2, 56), 3, 40, 'redis pub client reconnecting', ''),
      pino('notify-gateway-7d8c9b6f5-2kqzv', at(7, 2, 56), 4, 40, 'redis sub client reconnecting', ''),
      pino('notify-gateway-7d8c9b6f5-2kqzv', at(7, 2, 56), 5, 30, 'redis pub client connect', ''),
      pino('notify-gateway-7d8c9b6f5-2kqzv', at(7, 2, 56), 6, 30, 'redis pub client ready', ''),
      pino('notify-gateway-7d8c9b6f5-2kqzv', at(7, 2, 57), 7, 30, 'redis sub client connect', ''),
      times(110, (i) =>
        i % 10 === 9
          ? pino(
              'notify-gateway-7d8c9b6f5-2kqzv',
              at(7, 4) + i * 46,
              i,
              30,
              'adapter stats',
              `"localRooms":${1400 + ((i * 13) % 90)},"localSockets":${2100 + ((i * 17) % 150)},"pubClientReady":true,"subClientReady":false,`,
            )
          : pino(
              'notify-gateway-7d8c9b6f5-2kqzv',
              at(7, 4) + i * 46,
              i,
              30,
              i % 2 ? 'socket connected' : 'socket disconnected',
              `"sid":"${(0x5a1b3c00 + i * 9173).toString(36)}","rooms":${1 + (i % 4)},`,
            ),
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-knative-kafka-dispatcher-orders-channel-stalled',
    family: 'stalled-consumer',
    source: 'https://github.com/knative-extensions/eventing-kafka/issues/1043',
    signal: 'Alert',
    containers: [
      {
        name: 'dispatcher',
        running: { startedAt: '2026-02-03T16:20:08Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          SYSTEM_NAMESPACE: 'knative-eventing',
          CONFIG_LOGGING_NAME: 'config-logging',
          KAFKA_BROKERS: 'orders-kafka-kafka-bootstrap.kafka.svc:9092',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupLag',
        'consumer group kafka.commerce.orders-channel.4f6b1e0a lag 96218 on topic knative-messaging-kafka.commerce.orders-channel (6 partitions), rising since 06:24 UTC.',
      ),
    ],
    currentLog: log(
      times(4, (i) =>
        zap(
          at(5, 30) + i * 600,
          i,
          'info',
          'kafkachannel-dispatcher',
          'sarama/logger.go:44',
          'client/metadata fetching metadata for all topics from broker orders-kafka-kafka-bootstrap.kafka.svc:9092',
          ',"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-h2xtr"',
        ),
      ),
      times(11, (i) =>
        [
          zap(
            at(6, 20, 11) + i * 22,
            i,
            'warn',
            'kafkachannel-dispatcher',
            'consumer/consumer_manager.go:433',
            'Managed Consume Finished Without Stop',
            `,"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-h2xtr","GroupId":"kafka.commerce.orders-channel.4f6b1e0a","error":"kafka: client has run out of available brokers to talk to: dial tcp 10.42.7.19:9092: connect: connection refused"`,
          ),
          zap(
            at(6, 20, 12) + i * 22,
            i,
            'error',
            'kafkachannel-dispatcher',
            'dispatcher/dispatcher.go:213',
            'Error in consumer group',
            `,"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-h2xtr","error":"kafka: client has run out of available brokers to talk to: dial tcp 10.42.7.19:9092: connect: connection refused"`,
          ),
        ].join('\n'),
      ),
      zap(
        at(6, 24, 31),
        1,
        'info',
        'kafkachannel-dispatcher',
        'sarama/logger.go:44',
        'Connected to broker at orders-kafka-kafka-0.orders-kafka-kafka-brokers.kafka.svc:9092 (registered as #0)',
        ',"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-h2xtr"',
      ),
      zap(
        at(6, 24, 31),
        2,
        'info',
        'kafkachannel-dispatcher',
        'sarama/logger.go:44',
        'client/metadata fetching metadata for all topics from broker orders-kafka-kafka-bootstrap.kafka.svc:9092',
        ',"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-h2xtr"',
      ),
      times(12, (i) =>
        zap(
          at(6, 34, 31) + i * 600,
          i,
          'info',
          'kafkachannel-dispatcher',
          'sarama/logger.go:44',
          'client/metadata fetching metadata for all topics from broker orders-kafka-kafka-bootstrap.kafka.svc:9092',
          ',"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-h2xtr"',
        ),
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-eventhubs-telemetry-processor-partitions-idle',
    family: 'stalled-consumer',
    source: 'https://github.com/Azure/azure-sdk-for-java/issues/14652',
    signal: 'Alert',
    containers: [
      {
        name: 'telemetry-processor',
        running: { startedAt: '2026-02-08T04:31:57Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          EVENTHUB_NAMESPACE: 'fleet-telemetry.servicebus.windows.net',
          EVENTHUB_NAME: 'vehicle-telemetry',
          CONSUMER_GROUP: 'processor',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
        },
      },
    ],
    events: [
      alert(
        'EventHubPartitionsNotProcessed',
        'vehicle-telemetry/processor: partitions 3, 7, 11 have had no checkpoint since 05:55 UTC; the other 13 partitions checkpoint every 10s.',
      ),
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11 ${hms(at(5, 50) + i * 12)},${ms(i)} [boundedElastic-${i % 8}] INFO  c.f.t.TelemetryHandler - Processed batch of ${180 + ((i * 31) % 70)} events from partition ${[3, 7, 11, 1, 5][i % 5]}, last sequence number ${90211400 + i * 211}`,
      ),
      `2026-02-11 ${hms(at(5, 54, 38))},502 [single-1] WARN  c.a.m.e.i.EventHubConnectionProcessor - Retry #2. Transient error occurred. Retrying after 14575 ms.`,
      'org.apache.qpid.proton.engine.TransportException: connection aborted, errorContext[NAMESPACE: fleet-telemetry.servicebus.windows.net]',
      `2026-02-11 ${hms(at(5, 54, 38))},523 [single-1] WARN  c.a.c.a.i.h.ConnectionHandler - onTransportError hostname[fleet-telemetry.servicebus.windows.net:5671], connectionId[MF_2d5f6d_1770781778229], error[org.apache.qpid.proton.engine.TransportException: connection aborted]`,
      `2026-02-11 ${hms(at(5, 54, 38))},523 [single-1] ERROR c.a.c.a.i.ReactorConnection - connectionId[MF_2d5f6d_1770781778229] Error occurred in connection handler.`,
      'org.apache.qpid.proton.engine.TransportException: connection aborted, errorContext[NAMESPACE: fleet-telemetry.servicebus.windows.net]',
      `2026-02-11 ${hms(at(5, 54, 49))},246 [parallel-1] WARN  c.a.c.a.i.RetryUtil - Retry attempts are exhausted. Current: 4. Max: 3.`,
      ...[3, 7, 11].map(
        (p, k) =>
          `2026-02-11 ${hms(at(5, 54, 49))},${246 + k} [boundedElastic-11] WARN  c.a.m.e.PartitionPumpManager - Error receiving events from partition ${p}`,
      ),
      times(150, (i) => {
        const part = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15][i % 13];
        return `2026-02-11 ${hms(at(5, 56) + i * 59)},${ms(i)} [boundedElastic-${i % 8}] INFO  c.f.t.TelemetryHandler - Processed batch of ${170 + ((i * 29) % 80)} events from partition ${part}, last sequence number ${90311400 + i * 197}`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-kube-vip-ingress-vip-unannounced',
    family: 'leader-election',
    source: 'https://github.com/kube-vip/kube-vip/issues/475',
    signal: 'Alert',
    containers: [
      {
        name: 'kube-vip',
        running: { startedAt: '2026-01-30T11:05:44Z' },
        ready: true,
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '200m',
        args: ['manager'],
        env: {
          vip_arp: 'true',
          svc_enable: 'true',
          svc_leasename: 'plndr-svcs-lock',
          vip_leaseduration: '5',
          vip_renewdeadline: '3',
          vip_retryperiod: '1',
        },
      },
    ],
    node: quietNode,
    events: [
      alert(
        'LoadBalancerVIPDown',
        'blackbox probe of 10.20.30.40:443 (Service ingress-nginx/ingress-nginx-controller) failing from all 3 probers since 03:41 UTC.',
      ),
    ],
    currentLog: log(
      logrus(at(3, 30, 2), 'info', 'Broadcasting ARP update for 10.20.30.40 (52:54:00:8e:1a:07) via eth0'),
      times(20, (i) =>
        logrus(
          at(3, 30, 5) + i * 30,
          'info',
          'Broadcasting ARP update for 10.20.30.40 (52:54:00:8e:1a:07) via eth0',
        ),
      ),
      `E0211 03:41:22.574890       1 leaderelection.go:367] Failed to update lock: Put "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/ingress-nginx/leases/kubevip-ingress-nginx-controller": context deadline exceeded`,
      'I0211 03:41:22.574927       1 leaderelection.go:283] failed to renew lease ingress-nginx/kubevip-ingress-nginx-controller: timed out waiting for the condition',
      logrus(at(3, 41, 22), 'info', 'service [ingress-nginx-controller] leader lost: [k8s-worker-03]'),
      logrus(at(3, 41, 22), 'info', '[LOADBALANCER] Stopping load balancers'),
      logrus(at(3, 41, 22), 'info', '[VIP] Releasing the Virtual IP [10.20.30.40]'),
      logrus(
        at(3, 41, 22),
        'info',
        'Removed [ingress-nginx-controller] from manager, [0] advertised services remain',
      ),
      times(60, (i) =>
        i % 3 === 0
          ? `I0211 ${hms(at(3, 45) + i * 280)}.${ms(i)}000       1 reflector.go:790] k8s.io/client-go/informers/factory.go:160: Watch close - *v1.Service total ${20 + (i % 11)} items received`
          : `I0211 ${hms(at(3, 45) + i * 280)}.${ms(i)}000       1 reflector.go:790] k8s.io/client-go/informers/factory.go:160: Watch close - *v1.Endpoints total ${40 + (i % 17)} items received`,
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-ztunnel-node-mesh-handshakes-failing',
    family: 'stale-credentials',
    source: 'https://github.com/rossoctl/rossoctl/issues/2362',
    signal: 'Alert',
    containers: [
      {
        name: 'istio-proxy',
        running: { startedAt: '2026-01-21T02:14:37Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['proxy', 'ztunnel'],
        env: {
          CA_ADDRESS: 'istiod.istio-system.svc:15012',
          XDS_ADDRESS: 'istiod.istio-system.svc:15012',
          NODE_NAME: 'ip-10-0-41-17.eu-west-1.compute.internal',
          ISTIO_META_CLUSTER_ID: 'Kubernetes',
        },
        mounts: [
          { volume: 'istiod-ca-cert', path: '/var/run/secrets/istio' },
          { volume: 'istio-token', path: '/var/run/secrets/tokens' },
        ],
      },
    ],
    volumes: [
      { name: 'istiod-ca-cert', configMap: 'istio-ca-root-cert' },
      { name: 'istio-token', emptyDir: {} },
    ],
    node: quietNode,
    events: [
      alert(
        'IstioAmbientConnectionFailures',
        'outbound HBONE connections from workloads on ip-10-0-41-17.eu-west-1.compute.internal fail 100% since 07:48 UTC (ztunnel-7xq2p); ztunnels on the other 11 nodes 0.01%.',
      ),
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `2026-02-11T${hms(at(7, 30) + i * 26)}.${ms(i)}412Z\tinfo\taccess\tconnection complete\tsrc.addr=10.0.41.${60 + (i % 20)}:${40000 + i * 17} src.workload="checkout-6f9c7b8d5-${['k2m9q', 'x7w2p', 'r4t8z'][i % 3]}" src.namespace="shop" src.identity="spiffe://cluster.local/ns/shop/sa/checkout" dst.addr=10.0.${52 + (i % 6)}.${20 + (i % 30)}:15008 dst.hbone_addr=10.0.${52 + (i % 6)}.${20 + (i % 30)}:8080 dst.service="${['payments', 'inventory', 'pricing'][i % 3]}.shop.svc.cluster.local" direction="outbound" bytes_sent=${800 + i * 13} bytes_recv=${2100 + i * 29} duration="${3 + (i % 9)}ms"`,
      ),
      times(
        80,
        (i) =>
          `2026-02-11T${hms(at(7, 48, 3) + i * 31)}.${ms(i)}208Z\twarn\taccess\tconnection complete\tsrc.addr=10.0.41.${60 + (i % 20)}:${47000 + i * 23} src.workload="${['checkout-6f9c7b8d5-k2m9q', 'cart-5b8d6c7f9-p3n2v', 'search-7c9d8b6f4-w8q1m'][i % 3]}" src.namespace="shop" src.identity="spiffe://cluster.local/ns/shop/sa/${['checkout', 'cart', 'search'][i % 3]}" dst.addr=10.0.${52 + (i % 6)}.${20 + (i % 30)}:15008 dst.hbone_addr=10.0.${52 + (i % 6)}.${20 + (i % 30)}:8080 dst.service="${['payments', 'inventory', 'pricing'][i % 3]}.shop.svc.cluster.local" direction="outbound" bytes_sent=0 bytes_recv=0 duration="${1 + (i % 4)}ms" error="tls handshake error: Custom { kind: InvalidData, error: AlertReceived(CertificateExpired) }"`,
      ),
      times(
        12,
        (i) =>
          `2026-02-11T${hms(at(7, 50) + i * 190)}.${ms(i)}771Z\tinfo\txds::client:xds{id=7}\treceived response\ttype_url="type.googleapis.com/istio.workload.Address" size=${1 + (i % 4)} removes=${i % 2}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['cordon-drain-node'],
  },
  {
    id: 'fiftyfourth-typeorm-orders-api-not-queryable',
    family: 'client-reconnect',
    source: 'https://github.com/typeorm/typeorm/issues/5223',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-api',
        running: { startedAt: '2026-02-09T15:48:02Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          TYPEORM_HOST: 'orders-aurora.cluster-c8x1k2abcd.eu-west-1.rds.amazonaws.com',
          TYPEORM_DATABASE: 'orders',
          TYPEORM_POOL_SIZE: '20',
        },
      },
    ],
    events: [
      alert(
        'HighErrorRatePerPod',
        'orders-api-5f7c8d9b6-x2m4k answers 5xx to 31% of requests over 30m; the deployment as a whole 7.8%.',
      ),
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `[Nest] 1  - 02/11/2026, 6:0${Math.floor((i * 14) / 60)}:${dd((i * 14) % 60)} AM     LOG [HttpAccess] GET /v2/orders/${771000 + i} 200 ${12 + ((i * 7) % 40)}ms`,
      ),
      '[Nest] 1  - 02/11/2026, 6:06:18 AM   ERROR [ExceptionsHandler] Connection terminated unexpectedly',
      'Error: Connection terminated unexpectedly',
      '    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)',
      '    at Object.onceWrapper (node:events:632:28)',
      '    at Connection.emit (node:events:518:28)',
      '    at Socket.<anonymous> (/app/node_modules/pg/lib/connection.js:63:12)',
      '    at Socket.emit (node:events:518:28)',
      '    at TCP.<anonymous> (node:net:337:12)',
      times(100, (i) => {
        const t = at(6, 7) + i * 84;
        const clock = `${Math.floor(t / 3600) % 12 || 12}:${dd(Math.floor(t / 60) % 60)}:${dd(t % 60)} AM`;
        if (i % 3 === 1) {
          return [
            `[Nest] 1  - 02/11/2026, ${clock}   ERROR [ExceptionsHandler] Client has encountered a connection error and is not queryable`,
            'Error: Client has encountered a connection error and is not queryable',
            '    at /app/node_modules/pg/lib/client.js:545:27',
            '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
            `    at async PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:28)`,
          ].join('\n');
        }
        return `[Nest] 1  - 02/11/2026, ${clock}     LOG [HttpAccess] ${i % 2 ? 'POST /v2/orders 201' : `GET /v2/orders/${772000 + i} 200`} ${14 + ((i * 13) % 50)}ms`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-bee-queue-pdf-render-waiting-jobs',
    family: 'stalled-consumer',
    source: 'https://github.com/bee-queue/bee-queue/issues/170',
    signal: 'Alert',
    containers: [
      {
        name: 'pdf-render',
        running: { startedAt: '2026-02-10T17:22:40Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NODE_ENV: 'production',
          REDIS_HOST: 'queues-redis.docs.svc.cluster.local',
          QUEUE_NAME: 'pdf-render',
          QUEUE_CONCURRENCY: '4',
        },
      },
    ],
    events: [
      alert(
        'BeeQueueWaitingJobsHigh',
        'queue pdf-render: 4410 jobs waiting (usually under 20), 0 active, oldest waiting 2h 07m.',
      ),
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `[2026-02-11 ${hms(at(6, 0) + i * 10)}] info: job ${918200 + i} completed: invoice-${2026000 + i}.pdf (${2 + (i % 5)} pages) in ${700 + ((i * 37) % 900)} ms`,
      ),
      `[2026-02-11 ${hms(at(6, 6, 41))}] error: uncaughtException: Redis connection to queues-redis.docs.svc.cluster.local:6379 failed - read ETIMEDOUT`,
      'Error: Redis connection to queues-redis.docs.svc.cluster.local:6379 failed - read ETIMEDOUT',
      '    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)',
      '(node:1) UnhandledPromiseRejectionWarning: AbortError: Redis connection lost and command aborted. It might have been processed.',
      '    at RedisClient.flush_and_error (/app/node_modules/redis/index.js:362:23)',
      '    at RedisClient.connection_gone (/app/node_modules/redis/index.js:664:14)',
      '    at Socket.<anonymous> (/app/node_modules/redis/index.js:166:10)',
      '(node:1) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). (rejection id: 288)',
      times(140, (i) =>
        i % 2
          ? `[2026-02-11 ${hms(at(6, 8) + i * 60)}] info: POST /render 202 queued job ${918260 + i} (invoice-${2026060 + i}.pdf)`
          : `[2026-02-11 ${hms(at(6, 8) + i * 60)}] info: GET /healthz 200 0.${4 + (i % 5)} ms`,
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-argo-events-ci-sensor-no-triggers',
    family: 'stalled-consumer',
    source: 'https://github.com/Panfactum/stack/issues/308',
    signal: 'Alert',
    containers: [
      {
        name: 'main',
        running: { startedAt: '2026-02-04T09:40:12Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: ['sensor-service'],
        env: {
          SENSOR_OBJECT: '(base64 Sensor ci-dispatch)',
          EVENTBUS_CONFIG: '(base64 EventBus default, jetstream)',
        },
      },
    ],
    events: [
      alert(
        'ArgoSensorNotTriggering',
        'EventSource github published 212 events for dependency push since 05:15 UTC; sensor ci-dispatch triggered 0 workflows (sensor release-dispatch triggered 41 in the same window).',
      ),
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `{"level":"info","ts":${epoch(at(4, 50) + i * 60, i)},"logger":"argo-events.sensor","caller":"sensors/trigger.go:${220 + (i % 3)}","msg":"Successfully processed trigger 'ci-workflow'","sensorName":"ci-dispatch","triggerName":"ci-workflow","triggerType":"ArgoWorkflow","triggeredBy":["push"]}`,
      ),
      `{"level":"error","ts":${epoch(at(5, 12, 40), 3)},"logger":"argo-events.sensor","caller":"sensor/trigger_conn.go:78","msg":"failed to get K/V store for sensor ci-dispatch: context deadline exceeded","sensorName":"ci-dispatch","triggerName":"ci-workflow"}`,
      `{"level":"error","ts":${epoch(at(5, 12, 40), 4)},"logger":"argo-events.sensor","caller":"sensors/listener.go:294","msg":"failed to reconnect to eventbus","sensorName":"ci-dispatch","triggerName":"ci-workflow","connection":"","error":"failed to get K/V store for sensor ci-dispatch: context deadline exceeded"}`,
      `{"level":"error","ts":${epoch(at(5, 13, 10), 5)},"logger":"argo-events.sensor","caller":"sensors/listener.go:294","msg":"failed to reconnect to eventbus","sensorName":"ci-dispatch","triggerName":"ci-workflow","connection":"","error":"failed to get K/V store for sensor ci-dispatch: context deadline exceeded"}`,
      `{"level":"info","ts":${epoch(at(5, 14, 21), 6)},"logger":"argo-events.sensor","caller":"base/jetstream.go:102","msg":"Connected to NATS Jetstream server.","sensorName":"ci-dispatch"}`,
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-jitsi-videobridge-health-failing-after-days',
    family: 'descriptor-leak',
    source: 'https://github.com/jitsi/jicofo/issues/167',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'jvb',
        running: { startedAt: '2026-02-02T06:11:29Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          VIDEOBRIDGE_MAX_MEMORY: '3072m',
          JVB_PORT: '10000',
          XMPP_SERVER: 'prosody.meet.svc.cluster.local',
          JVB_BREWERY_MUC: 'jvbbrewery',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 214,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `JVB 2026-02-11 ${hms(at(7, 10) + i * 40)}.${ms(i)} INFO: [${40 + (i % 6)}] [confId=${(0x7a31c0 + i * 17).toString(16)} conf_name=${['standup', 'sales-weekly', 'support-shift', 'board'][i % 4]}@muc.meet.example.org meeting_id=${(0x2f10a0 + i * 13).toString(16)}] Conference.<init>#${465 + (i % 3)}: Created new conference.`,
      ),
      `JVB 2026-02-11 ${hms(at(7, 31, 2))}.118 SEVERE: [57] HealthChecker.run#171: Health check failed in PT0.004S:`,
      'java.net.SocketException: Too many open files (Error creating socket)',
      '\tat java.base/java.net.DatagramSocket.createDelegate(DatagramSocket.java:1386)',
      '\tat java.base/java.net.DatagramSocket.<init>(DatagramSocket.java:330)',
      '\tat org.ice4j.socket.MultiplexingDatagramSocket.<init>(MultiplexingDatagramSocket.java:211)',
      '\tat org.jitsi.videobridge.health.JvbHealthChecker.check(JvbHealthChecker.kt:58)',
      '\tat org.jitsi.health.HealthChecker.run(HealthChecker.kt:146)',
      times(40, (i) =>
        i % 3 === 0
          ? `JVB 2026-02-11 ${hms(at(7, 32) + i * 70)}.${ms(i)} SEVERE: [57] HealthChecker.run#171: Health check failed in PT0.00${2 + (i % 6)}S:\njava.net.SocketException: Too many open files (Error creating socket)`
          : `JVB 2026-02-11 ${hms(at(7, 32) + i * 70)}.${ms(i)} INFO: [${40 + (i % 6)}] [confId=${(0x7a3d00 + i).toString(16)} conf_name=${['standup', 'sales-weekly', 'support-shift', 'board'][i % 4]}@muc.meet.example.org meeting_id=${(0x2f2000 + i * 13).toString(16)}] Conference.<init>#${465 + (i % 3)}: Created new conference.`,
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyfourth-zio-kafka-shipments-consumer-idle',
    family: 'stalled-consumer',
    source: 'https://github.com/zio/zio-kafka/issues/1288',
    signal: 'Alert',
    containers: [
      {
        name: 'shipments-tracker',
        running: { startedAt: '2026-02-05T12:09:33Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          KAFKA_BOOTSTRAP_SERVERS: 'logistics-kafka-bootstrap.kafka.svc:9093',
          TRACKING_GROUP_ID: 'shipments-tracker',
          AUDIT_GROUP_ID: 'shipments-audit',
          JAVA_OPTS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupLag',
        'consumer group shipments-tracker lag 74310 on topic carrier-scans (12 partitions), no committed offsets since 04:31 UTC.',
      ),
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11 ${hms(at(4, 20) + i * 30)}.${ms(i)}\tzio-default-blocking-${i % 4}   c.l.tracking.ScanProcessor   processed ${60 + ((i * 17) % 80)} scans, committed offsets for carrier-scans-${i % 12}   location: ScanProcessor.scala:88`,
      ),
      `2026-02-11 ${hms(at(4, 29, 51))}.104\tzio-kafka-runloop-thread-3   org.apache.kafka.clients.NetworkClient   [Consumer clientId=shipments-tracker-1, groupId=shipments-tracker] Node 2 disconnected.`,
      `2026-02-11 ${hms(at(4, 30, 22))}.375\tzio-kafka-runloop-thread-3   org.apache.kafka.clients.consumer.internals.ConsumerCoordinator   [Consumer clientId=shipments-tracker-1, groupId=shipments-tracker] Lost previously assigned partitions carrier-scans-0, carrier-scans-1, carrier-scans-2, carrier-scans-3, carrier-scans-4, carrier-scans-5, carrier-scans-6, carrier-scans-7, carrier-scans-8, carrier-scans-9, carrier-scans-10, carrier-scans-11`,
      `2026-02-11 ${hms(at(4, 30, 22))}.428\tzio-kafka-runloop-thread-3   zio.kafka.consumer.internal.Runloop.makeRebalanceListener   12 partitions are lost   location: Runloop.scala:234`,
      times(
        12,
        (p) =>
          `2026-02-11 ${hms(at(4, 30, 22))}.${433 + p}\tzio-kafka-runloop-thread-3   zio.kafka.consumer.internal.PartitionStreamControl   Partition carrier-scans-${p} lost   location: PartitionStreamControl.scala:98 partition: ${p} topic: carrier-scans`,
      ),
      `2026-02-11 ${hms(at(4, 30, 22))}.458\tzio-kafka-runloop-thread-3   zio.kafka.consumer.internal.Runloop.makeRebalanceListener   onLost done   location: Runloop.scala:240`,
      `2026-02-11 ${hms(at(4, 30, 22))}.461\tzio-kafka-runloop-thread-3   zio.kafka.consumer.internal.Runloop   Offering partition assignment Set()   location: Runloop.scala:523`,
      `2026-02-11 ${hms(at(4, 31, 5))}.012\tzio-kafka-runloop-thread-5   org.apache.kafka.clients.consumer.internals.ConsumerCoordinator   [Consumer clientId=shipments-audit-1, groupId=shipments-audit] Setting offset for partition carrier-scans-4 to the committed offset FetchPosition{offset=88120431, offsetEpoch=Optional[14], currentLeader=LeaderAndEpoch{leader=Optional[logistics-kafka-2.logistics-kafka-brokers.kafka.svc:9093 (id: 2 rack: null)], epoch=15}}`,
      times(
        130,
        (i) =>
          `2026-02-11 ${hms(at(4, 32) + i * 105)}.${ms(i)}\tzio-default-blocking-${i % 4}   c.l.audit.AuditWriter   wrote ${40 + ((i * 13) % 70)} audit rows for carrier-scans-${i % 12} (group shipments-audit)   location: AuditWriter.scala:52`,
      ),
    ),
    accept: ['restart-pod'],
  },
  // ------------------------------------------------------------ memory raises right (3)
  {
    id: 'fiftyfourth-opa-authz-entitlements-oomkilled',
    family: 'memory-growth',
    source: 'https://github.com/open-policy-agent/opa/issues/2523',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('opa', 137, 6),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: [
          'run',
          '--server',
          '--addr=0.0.0.0:8181',
          '--config-file=/config/opa.yaml',
          '--log-format=json',
        ],
        mounts: [{ volume: 'opa-config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'opa-config', configMap: 'authz-opa-config' }],
    events: [
      alert(
        'KubeContainerOOMKilled',
        'opa in authz-opa was OOMKilled 6 times since 06:58 UTC. Bundle entitlements is 61.4 MiB (38.2 MiB on 2026-02-04; tenants acme-eu, nordwind and castellan onboarded on 2026-02-10).',
      ),
    ],
    previousLog: log(
      '{"level":"info","msg":"Initializing server. OPA is running on a public (0.0.0.0) network interface. Unless you intend to expose OPA outside of the host, binding to the localhost interface (--addr localhost:8181) is recommended. See https://www.openpolicyagent.org/docs/latest/security/#interface-binding","time":"2026-02-11T08:21:40Z"}',
      '{"level":"info","msg":"Starting bundle loader.","name":"authz","plugin":"bundle","time":"2026-02-11T08:21:40Z"}',
      '{"level":"info","msg":"Starting bundle loader.","name":"entitlements","plugin":"bundle","time":"2026-02-11T08:21:40Z"}',
      '{"level":"info","msg":"Starting decision logger.","plugin":"decision_logs","time":"2026-02-11T08:21:40Z"}',
      '{"level":"info","msg":"Bundle loaded and activated successfully. Etag updated to \\"8f41c2d0a9e7\\".","name":"authz","plugin":"bundle","time":"2026-02-11T08:21:41Z"}',
      times(
        24,
        (i) =>
          `{"client_addr":"10.42.${3 + (i % 5)}.${40 + i}:${51000 + i * 7}","level":"info","msg":"Received request.","req_id":${i + 1},"req_method":"POST","req_path":"/v1/data/authz/allow","time":"2026-02-11T08:21:${dd(42 + Math.floor(i / 2))}Z"}`,
      ),
      '{"level":"info","msg":"Bundle loaded and activated successfully. Etag updated to \\"c1e07b5f33a2\\".","name":"entitlements","plugin":"bundle","time":"2026-02-11T08:22:19Z"}',
      times(
        30,
        (i) =>
          `{"client_addr":"10.42.${3 + (i % 5)}.${60 + i}:${52000 + i * 11}","level":"info","msg":"Sent response.","req_id":${25 + i},"req_method":"POST","req_path":"/v1/data/authz/allow","resp_bytes":${16 + (i % 2) * 2},"resp_duration":${(0.4 + (i % 9) / 10).toFixed(6)},"resp_status":200,"time":"2026-02-11T08:22:${dd(20 + i)}Z"}`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'fiftyfourth-filebeat-large-node-oomkilled',
    family: 'memory-growth',
    source: 'https://github.com/elastic/beats/issues/2011',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('filebeat', 137, 5),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '200Mi',
        memoryRequest: '100Mi',
        cpuLimit: '1',
        args: ['-e', '-E', 'http.enabled=true'],
        env: {
          NODE_NAME: 'ip-10-0-77-201.eu-west-1.compute.internal',
          ELASTICSEARCH_HOSTS: 'https://logs-es-http.logging.svc:9200',
        },
        mounts: [
          { volume: 'filebeat-config', path: '/usr/share/filebeat/filebeat.yml' },
          { volume: 'varlog', path: '/var/log' },
          { volume: 'data', path: '/usr/share/filebeat/data' },
        ],
      },
    ],
    volumes: [
      { name: 'filebeat-config', configMap: 'filebeat-daemonset-config' },
      { name: 'varlog', emptyDir: {} },
      { name: 'data', emptyDir: {} },
    ],
    events: [
      alert(
        'KubeContainerOOMKilled',
        'filebeat on ip-10-0-77-201 (m6i.4xlarge, 118 pods) was OOMKilled 5 times since 07:10 UTC; filebeat on the m6i.xlarge nodes (38 pods or fewer) runs at 90-110Mi.',
      ),
    ],
    previousLog: log(
      `2026-02-11T08:22:04.318Z\tINFO\tinstance/beat.go:698\tHome path: [/usr/share/filebeat] Config path: [/usr/share/filebeat] Data path: [/usr/share/filebeat/data] Logs path: [/usr/share/filebeat/logs]`,
      `2026-02-11T08:22:04.402Z\tINFO\t[publisher_pipeline_output]\tpipeline/output.go:143\tConnecting to backoff(elasticsearch(https://logs-es-http.logging.svc:9200))`,
      `2026-02-11T08:22:04.950Z\tINFO\t[publisher_pipeline_output]\tpipeline/output.go:151\tConnection to backoff(elasticsearch(https://logs-es-http.logging.svc:9200)) established`,
      times(
        60,
        (i) =>
          `2026-02-11T08:22:${dd(5 + Math.floor(i / 4))}.${ms(i)}Z\tINFO\t[input.harvester]\tlog/harvester.go:310\tHarvester started for paths: [/var/log/containers/*.log]\t{"input_id": "7b1f4c2e-9d0a-4b61-8f3e-2c5a1d7e9b40", "source": "/var/log/containers/${['checkout', 'cart', 'search', 'payments', 'pricing', 'recs'][i % 6]}-${(0x5f7c8d9b6 + i * 977).toString(36).slice(-9)}_shop_app-${(0x1a2b3c + i * 4091).toString(16)}.log", "state_id": "native::${3100400 + i}-66305", "finished": false, "os_id": "${3100400 + i}-66305", "harvester_id": "${(0x9f3e2c10 + i * 33).toString(16)}", "ephemeral_id": "${(0x4c2a9e00 + i * 97).toString(16)}"}`,
      ),
      ...[0, 1, 2, 3, 4].map(
        (k) =>
          `2026-02-11T08:${dd(22 + Math.floor((35 + k * 30) / 60))}:${dd((35 + k * 30) % 60)}.${ms(k)}Z\tINFO\t[monitoring]\tlog/log.go:187\tNon-zero metrics in the last 30s\t{"monitoring": {"metrics": {"beat":{"cpu":{"total":{"ticks":${41200 + k * 2900}}},"handles":{"limit":{"hard":1048576,"soft":1048576},"open":${748 + k * 2}},"memstats":{"gc_next":${118000000 + k * 9000000},"memory_alloc":${101000000 + k * 11000000},"rss":${163000000 + k * 9800000}},"runtime":{"goroutines":${2990 + k * 9}}},"filebeat":{"events":{"active":${3900 + k * 120},"added":${61200 + k * 1800},"done":${58100 + k * 1750}},"harvester":{"open_files":${741 + k},"running":${741 + k},"started":${k === 0 ? 741 : 1}}},"libbeat":{"output":{"events":{"acked":${58000 + k * 1700},"active":1600,"batches":${29 + k},"total":${58000 + k * 1700}}},"pipeline":{"clients":1,"events":{"active":${4096},"published":${61200 + k * 1800}},"queue":{"acked":${58000 + k * 1700},"max_events":4096}}},"registrar":{"states":{"current":${1310 + k}}}}}}`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'fiftyfourth-reloader-grown-cluster-oomkilled',
    family: 'memory-growth',
    source: 'https://github.com/stakater/Reloader/issues/321',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('reloader-reloader', 137, 4),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '100m',
        args: ['--reload-strategy=annotations', '--log-format=text'],
        env: { GOMAXPROCS: '1' },
      },
    ],
    events: [
      alert(
        'KubeContainerOOMKilled',
        'reloader-reloader OOMKilled 4 times since 07:40 UTC. Cluster objects watched: 11840 Secrets and 6210 ConfigMaps (5120 and 2890 on 2026-01-12, before the data-platform tenants moved in); working set before the kills 505-511Mi.',
      ),
    ],
    previousLog: log(
      logrus(at(8, 18, 2), 'info', 'Environment: Kubernetes'),
      logrus(at(8, 18, 2), 'info', 'Starting Reloader'),
      logrus(
        at(8, 18, 2),
        'warning',
        'KUBERNETES_NAMESPACE is unset, will detect changes in all namespaces.',
      ),
      logrus(at(8, 18, 2), 'info', 'created controller for: configMaps'),
      logrus(at(8, 18, 2), 'info', 'Starting Controller to watch resource type: configMaps'),
      logrus(at(8, 18, 2), 'info', 'created controller for: secrets'),
      logrus(at(8, 18, 2), 'info', 'Starting Controller to watch resource type: secrets'),
      'I0211 08:18:02.954307       1 leaderelection.go:257] attempting to acquire leader lease platform/stakater-reloader-lock...',
      'I0211 08:18:19.101144       1 leaderelection.go:271] successfully acquired lease platform/stakater-reloader-lock',
      logrus(at(8, 18, 19), 'info', 'became leader, starting controllers'),
      times(30, (i) =>
        logrus(
          at(8, 18, 40) + i * 7,
          'info',
          `Changes detected in '${['grafana-datasources', 'airflow-connections', 'spark-defaults', 'trino-catalogs', 'dbt-profiles'][i % 5]}' of type '${i % 2 ? 'SECRET' : 'CONFIGMAP'}' in namespace '${['dp-ingest', 'dp-warehouse', 'dp-ml', 'observability'][i % 4]}'`,
        ),
      ),
      times(12, (i) =>
        logrus(
          at(8, 19, 30) + i * 6,
          'info',
          `Updated '${['airflow-webserver', 'trino-coordinator', 'grafana', 'spark-history'][i % 4]}' of type 'Deployment' in namespace '${['dp-ingest', 'dp-warehouse', 'observability', 'dp-ml'][i % 4]}'`,
        ),
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  // ------------------------------------------------------------ scale-ups right (2)
  {
    id: 'fiftyfourth-pomerium-proxy-monday-login-load',
    family: 'load-growth',
    source: 'https://github.com/pomerium/documentation/pull/906',
    signal: 'Alert',
    containers: [
      {
        name: 'pomerium',
        running: { startedAt: '2026-02-10T19:02:11Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['--config=/etc/pomerium/config.yaml'],
        env: { AUTHENTICATE_SERVICE_URL: 'https://authenticate.corp.example.com', IDP_PROVIDER: 'oidc' },
        mounts: [{ volume: 'config', path: '/etc/pomerium' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'pomerium-config' }],
    events: [
      alert(
        'KubeHpaMaxedOut',
        'HPA access/pomerium has been running at max replicas for longer than 15 minutes. (8/8 replicas, CPU 97% of request; requests 2140/s against a Monday-morning usual of 900/s after the Zurich and Porto offices moved behind the proxy on 2026-02-09; p99 2.9s. Upstreams grafana, argocd, backstage p99 under 150 ms.)',
      ),
      {
        reason: 'SuccessfulRescale',
        type: 'Normal',
        message: 'New size: 8; reason: cpu resource utilization (percentage of request) above target',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(180, (i) => {
        const up = ['grafana', 'argocd', 'backstage', 'vault-ui'][i % 4];
        return `{"level":"info","service":"envoy","upstream-cluster":"route-${(0x7d2c41e0 + i * 3).toString(16)}","method":"${i % 5 ? 'GET' : 'POST'}","authority":"${up}.corp.example.com","path":"/${up === 'grafana' ? 'api/ds/query' : 'api/v1/applications'}","user-agent":"Mozilla/5.0","referer":"","forwarded-for":"10.8.${i % 30}.${(i * 7) % 250}","request-id":"${(0x3e2f1a00 + i * 7919).toString(16)}-${(0xb1c2 + i).toString(16)}","duration":${900 + ((i * 53) % 2200)},"size":${800 + ((i * 97) % 9000)},"response-code":200,"response-code-details":"via_upstream","time":"2026-02-11T${hms(at(8, 20) + Math.floor(i * 3.2))}Z","message":"http-request"}`;
      }),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'fiftyfourth-openfga-check-load-hpa-max',
    family: 'load-growth',
    source: 'https://github.com/openfga/openfga/pull/2371',
    signal: 'Alert',
    containers: [
      {
        name: 'openfga',
        running: { startedAt: '2026-02-10T22:40:05Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['run'],
        env: {
          OPENFGA_DATASTORE_ENGINE: 'postgres',
          OPENFGA_DATASTORE_MAX_OPEN_CONNS: '30',
          OPENFGA_CHECK_QUERY_CACHE_ENABLED: 'true',
          OPENFGA_LOG_FORMAT: 'json',
        },
      },
    ],
    events: [
      alert(
        'KubeHpaMaxedOut',
        'HPA authz/openfga has been running at max replicas for longer than 15 minutes. (10/10 replicas, CPU 94% of request on every replica; Check 5200/s against 2100/s a week ago since docs-service started checking each shared document; query_duration_ms p99 480; datastore_query_count p50 2; openfga-pg CPU 31%.)',
      ),
      {
        reason: 'SuccessfulRescale',
        type: 'Normal',
        message: 'New size: 10; reason: cpu resource utilization (percentage of request) above target',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        170,
        (i) =>
          `{"level":"info","ts":${epoch(at(8, 21) + Math.floor(i * 3.1), i)},"msg":"grpc_req_complete","grpc_service":"openfga.v1.OpenFGAService","grpc_method":"Check","grpc_type":"unary","user_agent":"openfga-sdk go/0.6.3","query_duration_ms":"${40 + ((i * 37) % 440)}","peer.address":"10.42.${i % 9}.${20 + (i % 60)}:${40000 + i}","request_id":"${(0x29a1aa6b + i * 7919).toString(16)}${(0x34009d3b + i).toString(16)}","store_id":"01JRE4QDT4X4JB95TD482GCAQN","authorization_model_id":"01JRE4QNAS43GS833BCMD7FD52","datastore_query_count":${1 + (i % 3)},"dispatch_count":${1 + (i % 4)},"grpc_code":0}`,
      ),
    ),
    accept: ['scale-up'],
  },
  // ------------------------------------------------------------ rollbacks right (3)
  {
    id: 'fiftyfourth-typeorm-invoicing-crashloop-after-release',
    family: 'bad-release',
    source: 'https://github.com/Zastinian/better-auth-typeorm/issues/4',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('invoicing-api', 1, 6),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          DB_HOST: 'invoicing-pg.data.svc.cluster.local',
          DB_NAME: 'invoicing',
        },
      },
    ],
    rollout: { minutesAgo: 16, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container invoicing-api in pod invoicing-api-7c4d9f8b6-q2w8e_billing',
        count: 31,
      },
    ],
    previousLog: log(
      '[Nest] 1  - 02/11/2026, 8:24:02 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 02/11/2026, 8:24:02 AM     LOG [InstanceLoader] AppModule dependencies initialized +41ms',
      '[Nest] 1  - 02/11/2026, 8:24:02 AM     LOG [InstanceLoader] TypeOrmModule dependencies initialized +0ms',
      '[Nest] 1  - 02/11/2026, 8:24:02 AM     LOG [InstanceLoader] ConfigHostModule dependencies initialized +1ms',
      '[Nest] 1  - 02/11/2026, 8:24:02 AM     LOG [InstanceLoader] HealthModule dependencies initialized +0ms',
      times(9, (n) =>
        [
          `[Nest] 1  - 02/11/2026, 8:24:${dd(3 + n * 3)} AM   ERROR [TypeOrmModule] Unable to connect to the database. Retrying (${n + 1})...`,
          'DataTypeNotSupportedError: Data type "datetime" in "Invoice.issuedAt" is not supported by "postgres" database.',
          '    at /app/node_modules/typeorm/metadata-builder/EntityMetadataValidator.js:55:35',
          '    at Array.forEach (<anonymous>)',
          '    at EntityMetadataValidator.validate (/app/node_modules/typeorm/metadata-builder/EntityMetadataValidator.js:41:36)',
          '    at /app/node_modules/typeorm/metadata-builder/EntityMetadataValidator.js:27:60',
          '    at DataSource.buildMetadatas (/app/node_modules/typeorm/data-source/DataSource.js:546:32)',
          '    at async DataSource.initialize (/app/node_modules/typeorm/data-source/DataSource.js:125:13)',
        ].join('\n'),
      ),
      '[Nest] 1  - 02/11/2026, 8:24:33 AM   ERROR [ExceptionHandler] Data type "datetime" in "Invoice.issuedAt" is not supported by "postgres" database.',
    ),
    accept: ['rollback'],
  },
  {
    id: 'fiftyfourth-opa-sidecar-documents-api-policy-release',
    family: 'bad-release',
    source: 'https://github.com/open-policy-agent/opa/issues/7262',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'documents-api',
        running: { startedAt: '2026-02-11T08:19:12Z' },
        ready: false,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { OPA_URL: 'http://127.0.0.1:8181/v1/data/documents/allow', SPRING_PROFILES_ACTIVE: 'prod' },
      },
      {
        ...crashed('opa', 1, 6),
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        args: ['run', '--server', '--addr=127.0.0.1:8181', '--log-format=json', '/policies'],
        mounts: [{ volume: 'policies', path: '/policies' }],
      },
    ],
    volumes: [{ name: 'policies', configMap: 'documents-authz-policies-v2' }],
    rollout: { minutesAgo: 12, addedConfigMapVolumes: ['documents-authz-policies-v2'] },
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.6.71:8080/actuator/health/readiness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 44,
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container opa in pod documents-api-6d8f7c9b5-m4k2r_docs',
        count: 29,
      },
    ],
    previousLog: log(
      'error: load error: 3 errors occurred during loading:',
      '/policies/documents.rego:9: rego_parse_error: `if` keyword is required before rule body',
      '/policies/documents.rego:17: rego_parse_error: `if` keyword is required before rule body',
      '/policies/documents.rego:24: rego_parse_error: `contains` keyword is required for partial set rules',
    ),
    currentLog: log(
      boot(
        at(8, 19, 14),
        1,
        'INFO',
        'main',
        'c.e.documents.DocumentsApplication',
        'Started DocumentsApplication in 9.412 seconds (process running for 10.03)',
      ),
      times(40, (i) =>
        boot(
          at(8, 19, 30) + i * 14,
          i,
          'WARN',
          `http-nio-8080-exec-${(i % 9) + 1}`,
          'c.e.documents.authz.OpaClient',
          'authorization query failed: I/O error on POST request for "http://127.0.0.1:8181/v1/data/documents/allow": Connection refused',
        ),
      ),
    ),
    accept: ['rollback'],
  },
  {
    id: 'fiftyfourth-sequelize-billing-portal-crashloop-after-release',
    family: 'bad-release',
    source: 'https://github.com/sequelize/sequelize/issues/7958',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('billing-portal', 1, 8),
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          NODE_ENV: 'production',
          DB_HOST: 'billing-mysql.data.svc.cluster.local',
          DB_NAME: 'billing',
          DB_USER: 'billing_portal',
        },
      },
    ],
    rollout: { minutesAgo: 21, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container billing-portal in pod billing-portal-58c9d7f6b4-v7n2x_billing',
        count: 38,
      },
    ],
    previousLog: log(
      '> billing-portal@2.3.1 start',
      '> node dist/server.js',
      '',
      '/app/node_modules/sequelize/lib/sequelize.js:136',
      "      throw new Error('Dialect needs to be explicitly supplied as of v4.0.0');",
      '      ^',
      '',
      'Error: Dialect needs to be explicitly supplied as of v4.0.0',
      '    at new Sequelize (/app/node_modules/sequelize/lib/sequelize.js:136:13)',
      '    at Object.<anonymous> (/app/dist/db/index.js:9:19)',
      '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
      '    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)',
      '    at Module.load (node:internal/modules/cjs/loader:1288:32)',
      '    at Module._load (node:internal/modules/cjs/loader:1104:12)',
      '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
      '    at require (node:internal/modules/helpers:179:18)',
      '    at Object.<anonymous> (/app/dist/server.js:7:14)',
      '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
      '',
      'Node.js v20.18.1',
    ),
    accept: ['rollback'],
  },
  // ------------------------------------------------------------ cache flush right (1)
  {
    id: 'fiftyfourth-trivy-server-scans-failing-cache-full',
    family: 'cache-full',
    source: 'https://github.com/aquasecurity/trivy/issues/2691',
    signal: 'Alert',
    containers: [
      {
        name: 'trivy',
        running: { startedAt: '2026-02-09T03:00:21Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: [
          'server',
          '--listen=0.0.0.0:4954',
          '--cache-backend=redis://trivy-cache-redis.security.svc.cluster.local:6379',
        ],
        env: { TRIVY_CACHE_DIR: '/home/scanner/.cache/trivy', TRIVY_DEBUG: 'false' },
        mounts: [{ volume: 'cache', path: '/home/scanner/.cache/trivy' }],
      },
    ],
    volumes: [{ name: 'cache', emptyDir: {} }],
    events: [
      alert(
        'CIImageScanFailures',
        '100% of CI image scans against trivy-server failed since 07:41 UTC with "unable to store cache on the server: twirp error internal: unable to store blob information in Redis cache (sha256:…): OOM command not allowed when used memory > \'maxmemory\'." trivy-cache-redis: used_memory 4.00G of maxmemory 4.00G, maxmemory-policy noeviction, 1.92M keys under fanal::*.',
      ),
    ],
    currentLog: log(
      '2026-02-09T03:00:21.911Z\tINFO\tNeed to update DB',
      '2026-02-09T03:00:21.911Z\tINFO\tDownloading DB...',
      '2026-02-09T03:00:27.640Z\tINFO\tListening 0.0.0.0:4954...',
      times(54, (k) => {
        const t = at(4, 0) + k * 3600;
        const day = 9 + Math.floor(t / 86400);
        const tod = t % 86400;
        return k % 6 === 0
          ? [
              `2026-02-${dd(day)}T${hms(tod)}.${ms(k)}Z\tINFO\tUpdating DB...`,
              `2026-02-${dd(day)}T${hms(tod + 6)}.${ms(k + 1)}Z\tINFO\tSuspending all requests during DB update`,
              `2026-02-${dd(day)}T${hms(tod + 6)}.${ms(k + 2)}Z\tINFO\tWaiting for all requests to be processed before DB update...`,
              `2026-02-${dd(day)}T${hms(tod + 7)}.${ms(k + 3)}Z\tINFO\tReopening DB...`,
            ].join('\n')
          : '';
      }).filter((l) => l !== ''),
    ),
    accept: ['flush-redis-cache'],
  },
  // ------------------------------------------------------------ node actions right (2)
  {
    id: 'fiftyfourth-umami-createcontainer-readonly-node',
    family: 'node-failure',
    source: 'https://github.com/kubernetes/node-problem-detector/blob/master/config/kernel-monitor.json',
    signal: 'CreateContainerError',
    containers: [
      {
        name: 'umami',
        waiting: {
          reason: 'CreateContainerError',
          message:
            'failed to create containerd container: failed to create prepare snapshot dir: mkdir /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/new-2311409178: read-only file system',
        },
        last: { reason: 'Error', exitCode: 143 },
        restarts: 1,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DATABASE_TYPE: 'postgresql',
          TRACKER_SCRIPT_NAME: 'stats.js',
          NODE_OPTIONS: '--max-old-space-size=768',
        },
      },
    ],
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
          status: 'True',
          reason: 'FilesystemIsReadOnly',
          message: 'EXT4-fs (nvme1n1): Remounting filesystem read-only',
        },
      ],
    },
    events: [
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container umami failed liveness probe, will be restarted',
      },
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.11.38:3000/api/heartbeat": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 3,
      },
      {
        reason: 'Failed',
        message:
          'Error: failed to create containerd container: failed to create prepare snapshot dir: mkdir /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/new-2311409178: read-only file system',
        count: 12,
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'fiftyfourth-zitadel-node-stopped-posting',
    family: 'node-failure',
    source: 'https://kubernetes.io/docs/reference/node/node-status/',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'zitadel',
        running: { startedAt: '2026-02-10T11:31:48Z' },
        ready: false,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['start', '--masterkeyFromEnv', '--tlsMode', 'external'],
        env: {
          ZITADEL_EXTERNALDOMAIN: 'login.example.com',
          ZITADEL_DATABASE_POSTGRES_HOST: 'zitadel-pg.identity.svc.cluster.local',
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
      { reason: 'NodeNotReady', message: 'Node is not ready' },
      {
        reason: 'TaintManagerEviction',
        type: 'Normal',
        message: 'Marking for deletion Pod identity/zitadel-7b9c6d8f5-t4r2p',
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },
  // ------------------------------------------------------------ look-alikes: restarts wrong (8)
  {
    id: 'fiftyfourth-eventstoredb-returns-subscription-idle',
    family: 'dependency-down',
    source: 'https://github.com/kurrent-io/KurrentDB/issues/3617',
    signal: 'Alert',
    containers: [
      {
        name: 'returns-worker',
        running: { startedAt: '2026-02-06T10:04:12Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          DOTNET_ENVIRONMENT: 'Production',
          EventStore__ConnectionString:
            'esdb://esdb-0.esdb.eventstore.svc:2113,esdb-1.esdb.eventstore.svc:2113,esdb-2.esdb.eventstore.svc:2113?tls=true&nodePreference=leader',
          EventStore__Group: 'returns-worker',
          EventStore__Stream: '$ce-return',
        },
      },
    ],
    events: [
      alert(
        'EventStorePersistentSubscriptionBehind',
        'persistent subscription $ce-return::returns-worker has 0 connected clients and is 2911 events behind (oldest 44m).',
      ),
    ],
    currentLog: log(
      times(30, (i) =>
        serilog(
          at(7, 30) + i * 26,
          'INF',
          `Handled ReturnRequested for return-${20410 + i}: label RL-${880100 + i} issued in ${30 + ((i * 11) % 60)} ms`,
        ),
      ),
      serilog(at(7, 43, 9), 'WRN', 'Persistent subscription dropped. reason: ServerError'),
      ' ---> Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Error reading next message. IOException: The request was aborted.")',
      times(90, (i) => {
        const t = at(7, 43, 20) + i * 30;
        return [
          serilog(t, 'INF', `Retrying subscription to $ce-return returns-worker, attempt number ${i + 1}`),
          serilog(
            t + 10,
            'ERR',
            `Subscribe to $ce-return::returns-worker failed: Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Server not ready")`,
          ),
        ].join('\n');
      }),
      times(12, (i) =>
        serilog(
          at(7, 50) + i * 200,
          'ERR',
          `HTTP POST /api/returns responded 503 in 10012.${i % 10} ms: Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Server not ready")`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-argo-events-release-sensor-eventbus-down',
    family: 'dependency-down',
    source: 'https://github.com/argoproj/argo-events/issues/855',
    signal: 'Alert',
    containers: [
      {
        name: 'main',
        running: { startedAt: '2026-02-04T09:41:30Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: ['sensor-service'],
        env: {
          SENSOR_OBJECT: '(base64 Sensor release-dispatch)',
          EVENTBUS_CONFIG: '(base64 EventBus default, jetstream)',
        },
      },
    ],
    events: [
      alert(
        'ArgoSensorNotTriggering',
        'EventSource github published 0 events since 07:47 UTC; sensor release-dispatch triggered 0 workflows since 07:47 UTC (usually 6 an hour).',
      ),
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `{"level":"info","ts":${epoch(at(7, 20) + i * 120, i)},"logger":"argo-events.sensor","caller":"sensors/trigger.go:221","msg":"Successfully processed trigger 'deploy'","sensorName":"release-dispatch","triggerName":"deploy","triggerType":"ArgoWorkflow","triggeredBy":["tag"]}`,
      ),
      times(
        82,
        (i) =>
          `{"level":"error","ts":${epoch(at(7, 47, 40) + i * 30, i)},"logger":"argo-events.sensor","caller":"sensors/listener.go:294","msg":"failed to reconnect to eventbus","sensorName":"release-dispatch","triggerName":"deploy","connection":"","error":"nats: no servers available for connection"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-socketio-live-scores-emfile-crashloop',
    family: 'descriptor-leak',
    source: 'https://github.com/socketio/socket.io/issues/1775',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('live-scores', 1, 9),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', PING_INTERVAL_MS: '20000', PING_TIMEOUT_MS: '23000' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container live-scores in pod live-scores-6c8d7b9f5-p9x2k_sports',
        count: 17,
      },
    ],
    previousLog: log(
      pino(
        'live-scores-6c8d7b9f5-p9x2k',
        at(8, 9, 2),
        0,
        30,
        'socket.io server listening',
        '"port":3000,"maxFds":1048576,',
      ),
      times(150, (i) =>
        i % 15 === 14
          ? pino(
              'live-scores-6c8d7b9f5-p9x2k',
              at(8, 9, 10) + i * 4,
              i,
              30,
              'stats',
              `"engineClients":${2400 + i * 190},"openFds":${61000 + i * 6400},"disconnects":${3 + (i % 4)},`,
            )
          : pino(
              'live-scores-6c8d7b9f5-p9x2k',
              at(8, 9, 10) + i * 4,
              i,
              30,
              'socket connected',
              `"sid":"${(0x6a1c3d00 + i * 7919).toString(36)}","ua":"okhttp/4.12.0 scores-android/7.4.0",`,
            ),
      ),
      pino(
        'live-scores-6c8d7b9f5-p9x2k',
        at(8, 19, 12),
        151,
        50,
        'server error',
        '"err":{"type":"Error","message":"accept EMFILE","stack":"Error: accept EMFILE\\n    at TCP.onconnection (node:net:2065:24)","errno":-24,"code":"EMFILE","syscall":"accept"},',
      ),
      '/app/node_modules/engine.io/build/server.js:421',
      '            throw err;',
      '            ^',
      '',
      'Error: accept EMFILE',
      '    at TCP.onconnection (node:net:2065:24)',
      "Emitted 'error' event on Server instance at:",
      '    at TCP.onconnection (node:net:2065:10) {',
      '  errno: -24,',
      "  code: 'EMFILE',",
      "  syscall: 'accept'",
      '}',
      '',
      'Node.js v20.18.1',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-axon-billing-query-segments-unclaimed',
    family: 'lock-held-elsewhere',
    source: 'https://github.com/AxonIQ/AxonFramework/issues/459',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-query',
        running: { startedAt: '2026-02-11T05:52:40Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          AXON_AXONSERVER_SERVERS: 'axonserver.axon.svc.cluster.local:8124',
          LOGGING_LEVEL_ORG_AXONFRAMEWORK_EVENTHANDLING: 'DEBUG',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    events: [
      alert(
        'AxonProcessorSegmentsUnclaimed',
        'billing-query holds 0 of 4 segments of processor invoice-projection; token_entry owner 1@invoice-projection-replay-29508-7kq2d for segments 0-3 since 05:38 UTC; invoice views 2h 50m behind.',
      ),
    ],
    currentLog: log(
      boot(
        at(5, 52, 58),
        1,
        'INFO',
        'main',
        'c.e.billing.query.BillingQueryApplication',
        'Started BillingQueryApplication in 17.944 seconds (process running for 18.61)',
      ),
      times(150, (i) =>
        boot(
          at(5, 53) + i * 60,
          i,
          'DEBUG',
          `Coordinator[invoice-projection]-0`,
          'o.a.e.p.Coordinator',
          `Unable to claim the token for segment ${i % 4}. It is owned by another process or has been split/merged concurrently.`,
        ),
      ),
      times(40, (i) =>
        boot(
          at(6, 0) + i * 200,
          i,
          'INFO',
          `http-nio-8080-exec-${(i % 8) + 1}`,
          'c.e.billing.query.web.InvoiceViewController',
          `GET /api/invoice-views?customer=C-${3300 + i} 200 (${5 + (i % 9)} ms)`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-marten-statements-projection-rebuilding',
    family: 'long-running-job',
    source: 'https://github.com/JasperFx/marten/issues/1720',
    signal: 'Alert',
    containers: [
      {
        name: 'statements-projector',
        running: { startedAt: '2026-02-10T18:20:44Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          ConnectionStrings__Marten:
            'Host=ledger-pg.postgres.database.azure.com;Database=ledger;Username=statements;SSL Mode=Require',
        },
      },
    ],
    events: [
      alert(
        'MartenProjectionStale',
        'projection AccountStatement of statements-projector is 17.1M events behind the high water mark (48.21M) and not caught up for 2h 48m.',
      ),
    ],
    currentLog: log(
      serilog(
        at(5, 41, 7),
        'INF',
        'HTTP POST /admin/projections/AccountStatement/rebuild responded 202 in 41.8 ms (requested by oncall-finance@example.com, change CHG-20418)',
      ),
      serilog(at(5, 41, 8), 'INF', 'Stopping projection AccountStatement:All for rebuild'),
      serilog(
        at(5, 41, 9),
        'INF',
        'Rebuild of AccountStatement started: clearing mt_doc_accountstatement, replaying 48208114 events',
      ),
      times(168, (i) => {
        const done = Math.round(1_300_000 + i * 178_000);
        return serilog(
          at(5, 42) + i * 60,
          'INF',
          `Rebuild of AccountStatement: ${(done / 1e6).toFixed(2)}M of 48.21M events (${((done / 48_208_114) * 100).toFixed(1)}%), ${(2.9 + (i % 5) / 10).toFixed(1)}k events/s`,
        );
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftyfourth-knative-kafka-dispatcher-payments-channel-brokers-down',
    family: 'dependency-down',
    source: 'https://github.com/knative-extensions/eventing-kafka/issues/1043',
    signal: 'Alert',
    containers: [
      {
        name: 'dispatcher',
        running: { startedAt: '2026-02-03T16:22:51Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          SYSTEM_NAMESPACE: 'knative-eventing',
          KAFKA_BROKERS: 'payments-kafka-kafka-bootstrap.kafka.svc:9092',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupLag',
        'consumer group kafka.payments.settlements-channel.8a2c7d11 lag unknown (no offsets reported) on topic knative-messaging-kafka.payments.settlements-channel since 07:52 UTC.',
      ),
    ],
    currentLog: log(
      times(3, (i) =>
        zap(
          at(7, 20) + i * 600,
          i,
          'info',
          'kafkachannel-dispatcher',
          'sarama/logger.go:44',
          'client/metadata fetching metadata for all topics from broker payments-kafka-kafka-bootstrap.kafka.svc:9092',
          ',"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-r8lmz"',
        ),
      ),
      times(76, (i) =>
        i % 2
          ? zap(
              at(7, 52, 11) + i * 29,
              i,
              'warn',
              'kafkachannel-dispatcher',
              'consumer/consumer_manager.go:433',
              'Managed Consume Finished Without Stop',
              `,"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-r8lmz","GroupId":"kafka.payments.settlements-channel.8a2c7d11","error":"kafka: client has run out of available brokers to talk to: dial tcp 10.42.9.31:9092: connect: connection refused"`,
            )
          : zap(
              at(7, 52, 11) + i * 29,
              i,
              'info',
              'kafkachannel-dispatcher',
              'sarama/logger.go:44',
              `client/metadata got error from broker -1 while fetching metadata: dial tcp 10.42.9.${30 + (i % 3)}:9092: connect: connection refused`,
              ',"knative.dev/pod":"kafka-ch-dispatcher-6b9f7d5c4-r8lmz"',
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-kube-vip-gateway-vip-apiserver-timeouts',
    family: 'dependency-down',
    source: 'https://github.com/kube-vip/kube-vip/issues/1377',
    signal: 'Alert',
    containers: [
      {
        name: 'kube-vip',
        running: { startedAt: '2026-01-30T11:06:02Z' },
        ready: true,
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '200m',
        args: ['manager'],
        env: {
          vip_arp: 'true',
          svc_enable: 'true',
          vip_leaseduration: '5',
          vip_renewdeadline: '3',
          vip_retryperiod: '1',
        },
      },
    ],
    node: quietNode,
    events: [
      alert(
        'LoadBalancerVIPDown',
        'blackbox probe of 10.20.30.41:443 (Service traefik/traefik) failing from all 3 probers since 07:58 UTC.',
      ),
    ],
    currentLog: log(
      times(14, (i) =>
        logrus(
          at(7, 50) + i * 30,
          'info',
          'Broadcasting ARP update for 10.20.30.41 (52:54:00:3c:9d:11) via eth0',
        ),
      ),
      times(60, (i) => {
        const t = at(7, 58, 2) + i * 31;
        return [
          `E0211 ${hms(t)}.${ms(i)}250       1 leaderelection.go:441] Failed to update lock optimistically: Put "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/traefik/leases/kubevip-traefik?timeout=10s": context deadline exceeded, falling back to slow path`,
          `E0211 ${hms(t)}.${ms(i + 1)}412       1 leaderelection.go:448] error retrieving resource lock traefik/kubevip-traefik: client rate limiter Wait returned an error: context deadline exceeded`,
          `E0211 ${hms(t + 12)}.${ms(i + 2)}004       1 leaderelection.go:436] error retrieving resource lock traefik/kubevip-traefik: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/traefik/leases/kubevip-traefik?timeout=10s": net/http: request canceled (Client.Timeout exceeded while awaiting headers)`,
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-ztunnel-xds-disconnected-istiod-down',
    family: 'dependency-down',
    source: 'https://github.com/istio/istio/issues/53308',
    signal: 'Alert',
    containers: [
      {
        name: 'istio-proxy',
        running: { startedAt: '2026-01-21T02:15:03Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['proxy', 'ztunnel'],
        env: {
          CA_ADDRESS: 'istiod.istio-system.svc:15012',
          XDS_ADDRESS: 'istiod.istio-system.svc:15012',
          NODE_NAME: 'ip-10-0-43-88.eu-west-1.compute.internal',
        },
      },
    ],
    node: quietNode,
    events: [
      alert(
        'ZtunnelXdsDisconnected',
        'ztunnel on 12 of 12 nodes has had no XDS connection to istiod for 34m; workload certificates on these nodes expire from 16:10 UTC.',
      ),
    ],
    currentLog: log(
      times(60, (i) => {
        const t = at(7, 55, 30) + i * 33;
        return i % 3 === 2
          ? `2026-02-11T${hms(t)}.${ms(i)}118Z\tinfo\taccess\tconnection complete\tsrc.addr=10.0.43.${90 + (i % 20)}:${52000 + i * 13} src.workload="orders-7f8c9d6b5-${['a1b2c', 'd3e4f'][i % 2]}" src.namespace="shop" src.identity="spiffe://cluster.local/ns/shop/sa/orders" dst.addr=10.0.${52 + (i % 6)}.${20 + (i % 30)}:15008 dst.hbone_addr=10.0.${52 + (i % 6)}.${20 + (i % 30)}:8080 dst.service="payments.shop.svc.cluster.local" direction="outbound" bytes_sent=${700 + i * 11} bytes_recv=${1900 + i * 23} duration="${4 + (i % 8)}ms"`
          : `2026-02-11T${hms(t)}.${ms(i)}903Z\twarn\txds::client:xds{id=${14 + i}}\tXDS client connection error: gRPC connection error connecting to https://istiod.istio-system.svc:15012: status: Unknown, message: "client error (Connect)", source: tcp connect error: Connection refused (os error 111), retrying in ${[2.56, 5.12, 10.24, 15][Math.min(3, i % 4)]}s`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  // ------------------------------------------------------------ look-alikes: memory raises wrong (2)
  {
    id: 'fiftyfourth-skywalking-oap-heap-exhausted',
    family: 'heap-capped',
    source: 'https://github.com/apache/skywalking/issues/12531',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'oap',
        running: { startedAt: '2026-02-11T07:55:10Z' },
        ready: false,
        restarts: 3,
        last: { reason: 'Error', exitCode: 143 },
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          SW_OAP_JAVA_OPTS: '-Xms4g -Xmx4g -Xlog:gc',
          SW_STORAGE: 'elasticsearch',
          SW_STORAGE_ES_CLUSTER_NODES: 'tracing-es-http.observability.svc:9200',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.8.17:12800/internal/l7check": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 19,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container oap failed liveness probe, will be restarted',
      },
    ],
    previousLog: log(
      times(
        30,
        (i) =>
          `[2026-02-11T${hms(at(7, 20) + i * 22)}.${ms(i)}+0000][info][gc] GC(${8050 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${3700 + i * 12}M->${3650 + i * 13}M(4096M) ${(31 + ((i * 13) % 40)).toFixed(3)}ms`,
      ),
      `2026-02-11 ${hms(at(7, 31, 41))},318 io.netty.channel.AbstractChannelHandlerContext 355 [grpc-default-boss-ELG-9-1] WARN  [] - An exception 'java.lang.OutOfMemoryError: Java heap space' [enable DEBUG level for full stacktrace] was thrown by a user handler's exceptionCaught() method while handling the following exception:`,
      'java.lang.OutOfMemoryError: Java heap space',
      times(40, (i) =>
        i % 2
          ? `2026-02-11 ${hms(at(7, 32) + i * 30)},${ms(i)} org.apache.skywalking.oap.server.library.datacarrier.consumer.ConsumerThread 92 [DataCarrier.METRICS_L1_AGGREGATION.Consumer.0.Thread] ERROR [] - Java heap space\njava.lang.OutOfMemoryError: Java heap space`
          : `[2026-02-11T${hms(at(7, 32) + i * 30)}.${ms(i)}+0000][info][gc] GC(${8120 + i}) Pause Full (G1 Compaction Pause) 4095M->${4086 + (i % 9)}M(4096M) ${(2103 + ((i * 71) % 900)).toFixed(3)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-reloader-memory-climbing-after-upgrade',
    family: 'oom-leak',
    source: 'https://github.com/stakater/Reloader/issues/960',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'reloader-reloader',
        running: { startedAt: '2026-02-11T07:06:12Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '600Mi',
        memoryRequest: '200Mi',
        cpuLimit: '100m',
        args: ['--log-format=text'],
      },
    ],
    events: [
      alert(
        'KubeContainerOOMKilled',
        'reloader-reloader OOMKilled 3 times since 2026-02-09, every 20-22h. Watched objects unchanged at 1180 Secrets and 640 ConfigMaps. Working set stayed under 50Mi until the chart upgrade to 2.1.4 (v1.4.4) on 2026-02-02; since then it climbs about 28Mi an hour after each start.',
      ),
    ],
    previousLog: log(
      logrus(at(10, 31, 4) - 86400, 'info', 'Environment: Kubernetes'),
      logrus(at(10, 31, 4) - 86400, 'info', 'Starting Reloader'),
      logrus(
        at(10, 31, 4) - 86400,
        'warning',
        'KUBERNETES_NAMESPACE is unset, will detect changes in all namespaces.',
      ),
      logrus(at(10, 31, 4) - 86400, 'info', 'created controller for: configMaps'),
      logrus(at(10, 31, 4) - 86400, 'info', 'Starting Controller to watch resource type: configMaps'),
      logrus(at(10, 31, 4) - 86400, 'info', 'created controller for: secrets'),
      logrus(at(10, 31, 4) - 86400, 'info', 'Starting Controller to watch resource type: secrets'),
      times(58, (i) =>
        logrus(
          at(10, 40) - 86400 + i * 1260,
          'info',
          `Changes detected in '${['app-config', 'feature-flags', 'tls-frontend', 'oauth-client'][i % 4]}' of type '${i % 2 ? 'SECRET' : 'CONFIGMAP'}' in namespace '${['web', 'api', 'jobs'][i % 3]}'`,
        ),
      ),
    ),
    currentLog: log(
      logrus(at(7, 6, 12), 'info', 'Environment: Kubernetes'),
      logrus(at(7, 6, 12), 'info', 'Starting Reloader'),
      logrus(
        at(7, 6, 12),
        'warning',
        'KUBERNETES_NAMESPACE is unset, will detect changes in all namespaces.',
      ),
      logrus(at(7, 6, 12), 'info', 'created controller for: configMaps'),
      logrus(at(7, 6, 12), 'info', 'created controller for: secrets'),
      times(4, (i) =>
        logrus(
          at(7, 20) + i * 1200,
          'info',
          `Changes detected in '${['app-config', 'feature-flags'][i % 2]}' of type 'CONFIGMAP' in namespace 'web'`,
        ),
      ),
    ),
    accept: ['escalate'],
    tolerated: ['raise-memory-limit'],
  },
  // ------------------------------------------------------------ look-alikes: scale-ups wrong (2)
  {
    id: 'fiftyfourth-sequelize-catalog-api-hpa-max-db-saturated',
    family: 'database-saturated',
    source: 'https://github.com/sequelize/sequelize/issues/7884',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog-api',
        running: { startedAt: '2026-02-10T21:33:08Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          DB_HOST: 'catalog-mysql.data.svc.cluster.local',
          DB_POOL_MAX: '20',
          DB_POOL_ACQUIRE_MS: '30000',
          SEQUELIZE_BENCHMARK: 'true',
        },
      },
    ],
    events: [
      alert(
        'KubeHpaMaxedOut',
        'HPA catalog/catalog-api has been running at max replicas for longer than 15 minutes. (12/12 replicas; target is p95 latency 400 ms, currently 31s; pod CPU 18% of request.)',
      ),
      {
        reason: 'SuccessfulRescale',
        type: 'Normal',
        message: 'New size: 12; reason: pods metric http_request_duration_p95_ms above target',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(40, (i) =>
        pino(
          'catalog-api-5c9f8d7b6-j3w7t',
          at(7, 30) + i * 20,
          i,
          30,
          `Executed (default): SELECT \`Product\`.\`id\`, \`Product\`.\`sku\`, \`Product\`.\`title\` FROM \`products\` AS \`Product\` WHERE \`Product\`.\`category_id\` = ${100 + (i % 40)} LIMIT 48; Elapsed time: ${9 + ((i * 7) % 30)}ms`,
        ),
      ),
      times(150, (i) => {
        const t = at(7, 44) + i * 18;
        if (i % 3 === 0) {
          return pino(
            'catalog-api-5c9f8d7b6-j3w7t',
            t,
            i,
            50,
            'request failed',
            '"err":{"type":"SequelizeConnectionAcquireTimeoutError","message":"Operation timeout","stack":"SequelizeConnectionAcquireTimeoutError: Operation timeout\\n    at ConnectionManager.getConnection (/app/node_modules/sequelize/lib/dialects/abstract/connection-manager.js:196:15)\\n    at async MySQLQueryInterface.select (/app/node_modules/sequelize/lib/dialects/abstract/query-interface.js:407:12)"},"req":{"method":"GET","url":"/v1/products?category=' +
              (100 + (i % 40)) +
              '"},',
          );
        }
        return pino(
          'catalog-api-5c9f8d7b6-j3w7t',
          t,
          i,
          40,
          `Executed (default): SELECT \`Product\`.\`id\`, \`Product\`.\`sku\`, \`Product\`.\`title\`, COUNT(\`reviews\`.\`id\`) AS \`reviewCount\` FROM \`products\` AS \`Product\` LEFT OUTER JOIN \`reviews\` ON \`Product\`.\`id\` = \`reviews\`.\`product_id\` WHERE \`Product\`.\`category_id\` = ${100 + (i % 40)} GROUP BY \`Product\`.\`id\` LIMIT 48; Elapsed time: ${21000 + ((i * 997) % 19000)}ms`,
        );
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-eventhubs-telemetry-ingest-throttled',
    family: 'quota-throttled',
    source: 'https://github.com/Azure/azure-event-hubs-spark/issues/576',
    signal: 'Alert',
    containers: [
      {
        name: 'telemetry-ingest',
        running: { startedAt: '2026-02-10T23:58:40Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          EVENTHUB_NAMESPACE: 'fleet-telemetry.servicebus.windows.net',
          EVENTHUB_NAME: 'vehicle-telemetry',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
        },
      },
    ],
    events: [
      alert(
        'KubeHpaMaxedOut',
        'HPA fleet/telemetry-ingest has been running at max replicas for longer than 15 minutes. (16/16 replicas; ingest backlog 1.2M messages; send p99 9.8s.)',
      ),
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-02-11 ${hms(at(7, 50) + i * 14)},${ms(i)} [reactor-executor-${i % 4}] INFO  c.f.i.TelemetrySender - Sent batch of ${400 + ((i * 31) % 200)} events (${(0.8 + (i % 5) / 10).toFixed(1)} MB) to vehicle-telemetry partition ${i % 16}`,
      ),
      times(120, (i) => {
        const t = at(7, 57) + i * 16;
        return i % 4 === 3
          ? `2026-02-11 ${hms(t)},${ms(i)} [reactor-executor-${i % 4}] INFO  c.f.i.TelemetrySender - Sent batch of ${300 + ((i * 31) % 200)} events (${(0.6 + (i % 5) / 10).toFixed(1)} MB) to vehicle-telemetry partition ${i % 16}`
          : `2026-02-11 ${hms(t)},${ms(i)} [reactor-executor-${i % 4}] WARN  c.a.c.a.i.ReactorSender - entityPath[vehicle-telemetry], linkName[vehicle-telemetry], deliveryTag[${(0x1f2e3d4c + i * 7).toString(16)}]: Delivery rejected. [Rejected: {amqp:resource-limit-exceeded: The request was terminated because the entity is being throttled. Error code : 50002. Please wait 4 seconds and try again. To know more visit https://aka.ms/sbResourceMgrExceptions TrackingId:a852ee18${(0x8a04 + i).toString(16)}, SystemTracker:fleet-telemetry:eventhub:vehicle-telemetry~32766, Timestamp:2026-02-11T${hms(t)}}]`;
      }),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alike: rollback wrong (1)
  {
    id: 'fiftyfourth-typeorm-orders-api-crashloop-after-db-password-change',
    family: 'credentials',
    source: 'https://github.com/nestjs/typeorm/issues/169',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('orders-api', 1, 8),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          TYPEORM_HOST: 'orders-aurora.cluster-c8x1k2abcd.eu-west-1.rds.amazonaws.com',
          TYPEORM_DATABASE: 'orders',
          TYPEORM_USERNAME: 'orders_app',
        },
        mounts: [{ volume: 'db-credentials', path: '/var/run/secrets/db' }],
      },
    ],
    volumes: [{ name: 'db-credentials', secret: 'orders-db-credentials' }],
    rollout: {
      minutesAgo: 190,
      addedEnv: { RECOMMENDATIONS_URL: 'http://recs.shop.svc.cluster.local:8080' },
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container orders-api in pod orders-api-64b8f9c7d5-z8m2q_shop',
        count: 26,
      },
      alert(
        'DeploymentReplicasMismatch',
        'orders-api: 2 of 6 replicas available since 07:58 UTC (pods rescheduled off ip-10-0-38-114 by the weekly node rotation).',
      ),
    ],
    previousLog: log(
      '[Nest] 1  - 02/11/2026, 8:25:41 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 02/11/2026, 8:25:41 AM     LOG [InstanceLoader] TypeOrmModule dependencies initialized +38ms',
      '[Nest] 1  - 02/11/2026, 8:25:41 AM     LOG [InstanceLoader] ConfigHostModule dependencies initialized +0ms',
      times(9, (n) =>
        [
          `[Nest] 1  - 02/11/2026, 8:25:${dd(42 + n * 2)} AM   ERROR [TypeOrmModule] Unable to connect to the database. Retrying (${n + 1})...`,
          'error: password authentication failed for user "orders_app"',
          '    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98)',
          '    at Parser.handlePacket (/app/node_modules/pg-protocol/dist/parser.js:122:29)',
          '    at Parser.parse (/app/node_modules/pg-protocol/dist/parser.js:35:38)',
          '    at TLSSocket.<anonymous> (/app/node_modules/pg-protocol/dist/index.js:11:42)',
        ].join('\n'),
      ),
      '[Nest] 1  - 02/11/2026, 8:26:02 AM   ERROR [ExceptionHandler] password authentication failed for user "orders_app"',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  // ------------------------------------------------------------ look-alike: cache flush wrong (1)
  {
    id: 'fiftyfourth-bee-queue-notifications-redis-full',
    family: 'queue-store-full',
    source: 'https://github.com/bee-queue/bee-queue/issues/147',
    signal: 'Alert',
    containers: [
      {
        name: 'notifications-api',
        running: { startedAt: '2026-02-10T14:40:02Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          NODE_ENV: 'production',
          REDIS_HOST: 'notifications-redis.messaging.svc.cluster.local',
          QUEUE_NAMES: 'email,sms,push',
          BEE_QUEUE_REMOVE_ON_SUCCESS: 'false',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryHigh',
        'notifications-redis used_memory 3.98G of maxmemory 4.00G (maxmemory-policy noeviction); keys bq:email:jobs 1.41M, bq:sms:jobs 0.52M, bq:push:jobs 0.88M; 46200 jobs waiting.',
      ),
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `[2026-02-11 ${hms(at(7, 40) + i * 15)}] info: POST /v1/notify 202 queued ${['email', 'sms', 'push'][i % 3]} job ${4410200 + i}`,
      ),
      times(140, (i) =>
        i % 3 === 2
          ? `[2026-02-11 ${hms(at(7, 50) + i * 17)}] info: POST /v1/notify 202 queued ${['email', 'sms', 'push'][i % 3]} job ${4410300 + i}`
          : `[2026-02-11 ${hms(at(7, 50) + i * 17)}] error: A ${['email', 'sms', 'push'][i % 3]}Queue error happened: OOM command not allowed when used memory > 'maxmemory'. ReplyError: OOM command not allowed when used memory > 'maxmemory'.`,
      ),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: node actions wrong (2)
  {
    id: 'fiftyfourth-jibri-recorder-evicted',
    family: 'pod-storage',
    source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'jibri',
        terminated: {
          reason: 'ContainerStatusUnknown',
          exitCode: 137,
          message: 'The container could not be located when the pod was terminated',
        },
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '3',
        env: {
          JIBRI_RECORDING_DIR: '/data/recordings',
          JIBRI_FINALIZE_RECORDING_SCRIPT_PATH: '/config/finalize.sh',
          XMPP_SERVER: 'prosody.meet.svc.cluster.local',
        },
        mounts: [
          { volume: 'recordings', path: '/data/recordings' },
          { volume: 'dshm', path: '/dev/shm' },
        ],
      },
    ],
    volumes: [
      { name: 'recordings', emptyDir: { sizeLimit: '10Gi' } },
      { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '2Gi' } },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "recordings" exceeds the limit "10Gi".',
        count: 1,
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container jibri' },
    ],
    previousLog: log(
      'Jibri 2026-02-11 05:01:58.204 INFO: [62] JibriManager.startFileRecording#129: Starting a file recording with params: FileRecordingRequestParams(callParams=CallParams(callUrlInfo=CallUrlInfo(baseUrl=https://meet.example.com, callName=board-quarterly-review)), sessionId=4a1b2c3d, callLoginParams=XmppCredentials(domain=recorder.meet.example.com, port=null, username=recorder)) finalize script path: /config/finalize.sh and recordings directory: /data/recordings',
      times(
        80,
        (i) =>
          `frame=${String((i + 1) * 3600).padStart(6)} fps= 30 q=-1.0 size=${String((i + 1) * 124000).padStart(9)}kB time=${hms((i + 1) * 120)}.00 bitrate=8466.1kbits/s speed=   1x`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyfourth-eventstoredb-node-multi-attach',
    family: 'volume-attach',
    source: 'https://github.com/longhorn/longhorn/issues/5345',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'eventstore',
        waiting: { reason: 'ContainerCreating' },
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: {
          EVENTSTORE_CLUSTER_SIZE: '3',
          EVENTSTORE_DISCOVER_VIA_DNS: 'true',
          EVENTSTORE_CLUSTER_DNS: 'esdb.eventstore.svc.cluster.local',
        },
        mounts: [{ volume: 'data', path: '/var/lib/eventstore' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-esdb-2' }],
    node: quietNode,
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message: 'Successfully assigned eventstore/esdb-2 to ip-10-0-52-77.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedAttachVolume',
        message:
          'Multi-Attach error for volume "pvc-6f2a9c1e-3b7d-4e58-9a10-c2d4e6f8a0b1" Volume is already exclusively attached to one node and can\'t be attached to another',
        count: 1,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-7x2lp]: timed out waiting for the condition',
        count: 14,
      },
    ],
    accept: ['escalate'],
  },
];
