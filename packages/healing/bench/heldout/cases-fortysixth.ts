import { crashLoop, type HeldOutCase, type HeldOutEvent, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 6);

/** `count` lines built from their index: the polls, commits and probes a busy pod repeats. */
const rep = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const two = (n: number): string => String(n).padStart(2, '0');

/** Seconds after midnight on the case's day (2026-02-11). */
const t = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** `HH:MM:SS` for `x` seconds after midnight. */
const clock = (x: number): string =>
  `${two(Math.floor(x / 3600) % 24)}:${two(Math.floor(x / 60) % 60)}:${two(Math.floor(x) % 60)}`;

/** Three digits of milliseconds that vary from line to line. */
const frac = (i: number): string => String((i * 37 + 211) % 1000).padStart(3, '0');

/** Six digits of microseconds that vary from line to line. */
const micro = (i: number): string => String((i * 9_871 + 90_211) % 1_000_000).padStart(6, '0');

/** Epoch milliseconds for `x` seconds after midnight on the case's day. */
const epochMs = (x: number, i = 0): number => 1_770_768_000_000 + x * 1000 + ((i * 331) % 1000);

/** An Alertmanager alert, as the Deployment's event. */
const firing = (name: string, text: string): HeldOutEvent => ({
  reason: 'AlertFiring',
  message: `${name}: ${text}`,
  on: 'Deployment',
});

/** A healthy node with its ordinary conditions written out, as `kubectl describe node` shows them. */
const calmNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status. AppArmor enabled',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
    { type: 'FrequentContainerdRestart', status: 'False', reason: 'NoFrequentContainerdRestart' },
  ],
};

/** A Kafka Connect worker line (log4j, connector context in brackets). */
const kc = (x: number, i: number, level: string, ctx: string, msg: string, cls: string): string =>
  `[2026-02-11 ${clock(x)},${frac(i)}] ${level} ${ctx ? `[${ctx}] ` : ''}${msg} (${cls})`;

/** A Spring Boot console line (Logback's default pattern). */
const spring = (x: number, i: number, level: string, thread: string, logger: string, msg: string): string =>
  `2026-02-11 ${clock(x)}.${frac(i)} ${level.padStart(5)} 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;

/** A klog line (`I0211 08:12:01.118202       1 file.go:42] msg`). */
const klog = (x: number, i: number, sev: string, where: string, msg: string): string =>
  `${sev}0211 ${clock(x)}.${micro(i)}       1 ${where}] ${msg}`;

/** A Python `logging` line with the default asctime format. */
const py = (x: number, i: number, level: string, logger: string, msg: string): string =>
  `2026-02-11 ${clock(x)},${frac(i)} ${level} ${logger}: ${msg}`;

/** A pino line (Node's JSON logger): numeric level, epoch-millisecond time. */
const pino = (x: number, i: number, level: number, host: string, msg: string, extra = ''): string =>
  `{"level":${level},"time":${epochMs(x, i)},"pid":1,"hostname":"${host}"${extra ? `,${extra}` : ''},"msg":"${msg}"}`;

/** A tokio-tracing line as `tracing_subscriber::fmt` prints it. */
const tr = (x: number, i: number, level: string, target: string, msg: string): string =>
  `2026-02-11T${clock(x)}.${micro(i)}Z ${level.padStart(5)} ${target}: ${msg}`;

/** A zap production JSON line, as Go services log. */
const zap = (x: number, i: number, level: string, caller: string, msg: string, extra = ''): string =>
  `{"level":"${level}","ts":"2026-02-11T${clock(x)}.${frac(i)}Z","caller":"${caller}","msg":"${msg}"${extra ? `,${extra}` : ''}}`;

/** Ruby's default Logger format. */
const rb = (x: number, i: number, level: string, msg: string): string =>
  `${level[0]}, [2026-02-11T${clock(x)}.${micro(i)} #1] ${level.padStart(5)} -- : ${msg}`;

/**
 * A forty-sixth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: WHEN A MUTATION IS THE RIGHT ANSWER, fourth round. 24
 * failures where a catalog action is what a good on-call SRE does first at 3 a.m., beside 16
 * look-alikes where the same action is wrong, each told through what a support bundle shows
 * (statuses, events, logs over time with the blip and what followed it, the spec, the node, a
 * rollout) rather than through the alert's words; most alerts say nothing of the dependency's
 * health. Software no earlier batch used: the Confluent JDBC and Elasticsearch sink connectors on
 * Kafka Connect, nats.py and async-nats, node-rdkafka, aio-pika on its robust connection, etcd's Go
 * clientv3 watch, client-go informers and its leader election, Spring Integration's
 * LockRegistryLeaderInitiator, lapin, go-zookeeper, gRPC Ruby behind a headless Service, the
 * MongoDB Node driver 3.x under Mongoose, http-kit, Go's crypto/tls serving a cert-manager Secret,
 * Maxwell (schema store and synchronous bootstrap), Canal, Racecar on rdkafka-ruby, Hutch on Bunny
 * with Faraday, grpcio with protobuf 4, aiocache on redis-py, MQTT.js, r2d2 with diesel, rueidis on
 * Redis Streams. Each quotes the wording of the public thread, page or source file in `source`.
 * Mix: 24 right mutations (13 restarts: a JDBC sink task killed during a Postgres restart, the
 * database back for nearly three hours, a nats.py client that gave up reconnecting, a node-rdkafka
 * consumer that stopped fetching after a broker transport failure, aio-pika channels not restored
 * after a stuck connection, an etcd watch silent since an etcd restart, a client-go informer whose
 * watch ended on a lost HTTP/2 connection, a Spring Integration leader loop that exited on a
 * database error, a lapin consumer closed by a broker shutdown, a ZooKeeper registration lost with
 * an expired session, a gRPC channel holding addresses of replaced pods, a Mongo topology destroyed
 * after 30 reconnect attempts, http-kit out of descriptors after 19 days, a TLS server still
 * serving the certificate it loaded before the Secret was renewed; 3 memory raises: Maxwell
 * restoring a schema store its heap no longer holds, a Kafka Connect worker given three more
 * connectors, a cluster-wide pod informer in a cluster that grew; 2 scale-ups: Racecar consumers
 * and a JetStream pull worker pool under real growth; 3 rollbacks: protobuf 4 under stale generated
 * code, a Spring Integration jar newer than its Spring Framework, a Racecar release passing a
 * property its librdkafka does not know; 1 flush of a pure response cache under noeviction; 2 node
 * actions: a kubelet that stopped posting status, a node under memory pressure its pods do not
 * explain, beside an unrelated rollout) and 16 look-alikes (7 restarts wrong: an Elasticsearch
 * index still under its flood-stage block, a RabbitMQ still refusing connections, descriptors
 * exhausted again minutes after every restart, a pool starved by a saturated database, a leader
 * lease held by another Deployment's pod, a Maxwell bootstrap two hours into a large table, a
 * keepalive policy that answers too_many_pings; 2 scale-ups wrong: a hot partition, a partner's
 * 429s; 2 raises wrong: a Canal heap fixed by -Xmx, an MQTT.js leak that kills the pod every forty
 * minutes; 2 rollbacks wrong: a NATS server certificate that expired after a good release, a
 * release whose migration ran next to a rotated broker password; 1 flush wrong: a Redis holding an
 * unconsumed stream; 2 node actions wrong: a pod over its own ephemeral-storage limit, a BestEffort
 * pod that filled its node's memory). Escalate is accepted in every look-alike.
 */
export const FORTYSIXTH_CASES: HeldOutCase[] = [
  // ------------------------------------------------------------ restarts right (13)
  {
    id: 'fortysixth-connect-jdbc-orders-pg-sink-lag',
    family: 'consumer-stopped',
    source: 'https://github.com/confluentinc/kafka-connect-jdbc/issues/964',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: '2026-02-03T11:20:05Z' },
        ready: true,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          CONNECT_BOOTSTRAP_SERVERS: 'kafka-0.kafka.events.svc:9092,kafka-1.kafka.events.svc:9092',
          CONNECT_GROUP_ID: 'connect-orders',
          CONNECT_CONFIG_STORAGE_TOPIC: '_connect-orders-configs',
          CONNECT_STATUS_STORAGE_TOPIC: '_connect-orders-status',
          KAFKA_HEAP_OPTS: '-Xms2g -Xmx2g',
        },
        mounts: [{ volume: 'jdbc-credentials', path: '/opt/connect/secrets' }],
      },
    ],
    volumes: [{ name: 'jdbc-credentials', secret: 'connect-orders-db' }],
    node: calmNode,
    events: [
      firing(
        'KafkaConsumerGroupLagGrowing',
        'Consumer group connect-orders-pg-sink has 418213 messages of lag on topic orders.v1 and no offset commits for 2h45m.',
      ),
    ],
    currentLog: log(
      rep(24, (i) =>
        i % 2 === 0
          ? kc(
              t(5, 29) + i * 25,
              i,
              'INFO',
              'orders-pg-sink|task-0',
              `WorkerSinkTask{id=orders-pg-sink-0} Committing offsets asynchronously using sequence number ${5120 + i}: {orders.v1-0=OffsetAndMetadata{offset=${9_112_400 + i * 211}, leaderEpoch=null, metadata=''}, orders.v1-1=OffsetAndMetadata{offset=${9_098_771 + i * 207}, leaderEpoch=null, metadata=''}}`,
              'org.apache.kafka.connect.runtime.WorkerSinkTask:355',
            )
          : kc(
              t(5, 29) + i * 25,
              i,
              'INFO',
              'orders-outbox-source|task-0',
              `WorkerSourceTask{id=orders-outbox-source-0} Committing offsets for ${40 + ((i * 17) % 90)} acknowledged messages`,
              'org.apache.kafka.connect.runtime.WorkerSourceTask:233',
            ),
      ),
      kc(
        t(5, 41, 8),
        1,
        'WARN',
        'orders-pg-sink|task-0',
        'Write of 500 records failed, remainingRetries=10',
        'io.confluent.connect.jdbc.sink.JdbcSinkTask:92',
      ),
      'java.sql.SQLException: Exception chain:',
      'org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command',
      '',
      '\tat io.confluent.connect.jdbc.sink.JdbcSinkTask.getAllMessagesException(JdbcSinkTask.java:150)',
      '\tat io.confluent.connect.jdbc.sink.JdbcSinkTask.put(JdbcSinkTask.java:102)',
      '\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:601)',
      kc(
        t(5, 41, 9),
        2,
        'INFO',
        'orders-outbox-source|task-0',
        'The database connection is invalid. Reconnecting...',
        'io.confluent.connect.jdbc.util.CachedConnectionProvider:79',
      ),
      kc(
        t(5, 41, 9),
        3,
        'INFO',
        'orders-outbox-source|task-0',
        'Unable to connect to database on attempt 1/6. Will retry in 10000 ms.',
        'io.confluent.connect.jdbc.util.CachedConnectionProvider:69',
      ),
      rep(3, (i) =>
        kc(
          t(5, 41, 11) + (i + 0) * 3,
          i + 4,
          'WARN',
          'orders-pg-sink|task-0',
          `Write of 500 records failed, remainingRetries=${9 - i}`,
          'io.confluent.connect.jdbc.sink.JdbcSinkTask:92',
        ),
      ),
      kc(
        t(5, 41, 19),
        13,
        'INFO',
        'orders-outbox-source|task-0',
        'Unable to connect to database on attempt 2/6. Will retry in 10000 ms.',
        'io.confluent.connect.jdbc.util.CachedConnectionProvider:69',
      ),
      rep(3, (i) =>
        kc(
          t(5, 41, 11) + (i + 3) * 3,
          i + 7,
          'WARN',
          'orders-pg-sink|task-0',
          `Write of 500 records failed, remainingRetries=${6 - i}`,
          'io.confluent.connect.jdbc.sink.JdbcSinkTask:92',
        ),
      ),
      kc(
        t(5, 41, 29),
        80,
        'INFO',
        'orders-outbox-source|task-0',
        'Unable to connect to database on attempt 3/6. Will retry in 10000 ms.',
        'io.confluent.connect.jdbc.util.CachedConnectionProvider:69',
      ),
      rep(3, (i) =>
        kc(
          t(5, 41, 11) + (i + 6) * 3,
          i + 10,
          'WARN',
          'orders-pg-sink|task-0',
          `Write of 500 records failed, remainingRetries=${3 - i}`,
          'io.confluent.connect.jdbc.sink.JdbcSinkTask:92',
        ),
      ),
      kc(
        t(5, 41, 39),
        81,
        'INFO',
        'orders-outbox-source|task-0',
        'Unable to connect to database on attempt 4/6. Will retry in 10000 ms.',
        'io.confluent.connect.jdbc.util.CachedConnectionProvider:69',
      ),
      kc(
        t(5, 41, 41),
        14,
        'ERROR',
        'orders-pg-sink|task-0',
        'WorkerSinkTask{id=orders-pg-sink-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted',
        'org.apache.kafka.connect.runtime.WorkerTask:212',
      ),
      'org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.',
      '\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:632)',
      '\tat org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:350)',
      '\tat org.apache.kafka.connect.runtime.WorkerSinkTask.iteration(WorkerSinkTask.java:250)',
      '\tat org.apache.kafka.connect.runtime.WorkerSinkTask.execute(WorkerSinkTask.java:219)',
      '\tat org.apache.kafka.connect.runtime.WorkerTask.doRun(WorkerTask.java:204)',
      '\tat org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:259)',
      '\tat java.base/java.lang.Thread.run(Thread.java:840)',
      'Caused by: org.apache.kafka.connect.errors.ConnectException: java.sql.SQLException: Exception chain:',
      'org.postgresql.util.PSQLException: Connection to orders-db.data.svc.cluster.local:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
      '',
      '\tat io.confluent.connect.jdbc.sink.JdbcSinkTask.put(JdbcSinkTask.java:122)',
      '\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:601)',
      '\t... 10 more',
      kc(
        t(5, 41, 41),
        15,
        'INFO',
        'orders-pg-sink|task-0',
        'Stopping task',
        'io.confluent.connect.jdbc.sink.JdbcSinkTask:161',
      ),
      kc(
        t(5, 41, 41),
        16,
        'INFO',
        'orders-pg-sink|task-0',
        '[Consumer clientId=connector-consumer-orders-pg-sink-0, groupId=connect-orders-pg-sink] Revoke previously assigned partitions orders.v1-0, orders.v1-1',
        'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:343',
      ),
      kc(
        t(5, 41, 41),
        17,
        'INFO',
        'orders-pg-sink|task-0',
        '[Consumer clientId=connector-consumer-orders-pg-sink-0, groupId=connect-orders-pg-sink] Member connector-consumer-orders-pg-sink-0-7f1b9a4e-2c1d-4d0e-9b7a-51e0c3a2f611 sending LeaveGroup request to coordinator kafka-1.kafka.events.svc:9092 (id: 2147483646 rack: null) due to the consumer is being closed',
        'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:1133',
      ),
      kc(
        t(5, 41, 49),
        82,
        'INFO',
        'orders-outbox-source|task-0',
        'Unable to connect to database on attempt 5/6. Will retry in 10000 ms.',
        'io.confluent.connect.jdbc.util.CachedConnectionProvider:69',
      ),
      rep(60, (i) =>
        i % 5 === 4
          ? `10.42.0.1 - - [11/Feb/2026:${clock(t(5, 42, 30) + i * 160)} +0000] "GET /connectors HTTP/1.1" 200 48 "-" "kube-probe/1.29" ${2 + (i % 4)} (org.apache.kafka.connect.runtime.rest.RestServer:62)`
          : kc(
              t(5, 42, 30) + i * 160,
              i + 20,
              'INFO',
              'orders-outbox-source|task-0',
              `WorkerSourceTask{id=orders-outbox-source-0} Committing offsets for ${35 + ((i * 29) % 110)} acknowledged messages`,
              'org.apache.kafka.connect.runtime.WorkerSourceTask:233',
            ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortysixth-natspy-stock-sync-no-updates',
    family: 'client-gave-up',
    source: 'https://github.com/nats-io/nats.py/issues/66',
    signal: 'Alert',
    containers: [
      {
        name: 'stock-sync',
        running: { startedAt: '2026-02-09T14:02:51Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          NATS_URL: 'nats://nats.messaging.svc.cluster.local:4222',
          NATS_SUBJECT: 'inventory.stock.>',
          NATS_MAX_RECONNECT_ATTEMPTS: '60',
          NATS_RECONNECT_TIME_WAIT: '2',
          UVICORN_WORKERS: '1',
        },
        args: ['uvicorn', 'stock_sync.app:app', '--host', '0.0.0.0', '--port', '8080'],
      },
    ],
    events: [
      firing(
        'StockSnapshotStale',
        'stock-sync has applied no inventory.stock update for 3h30m; storefront availability is served from a snapshot older than the SLO of 10m.',
      ),
    ],
    currentLog: log(
      rep(40, (i) =>
        i % 4 === 3
          ? `INFO:     10.42.3.1:${40000 + i * 7} - "GET /healthz HTTP/1.1" 200 OK`
          : py(
              t(4, 51) + i * 9,
              i,
              'INFO',
              'stock_sync.consumer',
              `applied stock update sku=SKU-${204100 + ((i * 37) % 900)} warehouse=${['ams1', 'fra2', 'waw1'][i % 3]} qty=${(i * 13) % 250}`,
            ),
      ),
      py(
        t(4, 57, 3),
        2,
        'ERROR',
        'stock_sync.nats',
        "nats error: NatsError('nats: empty response from server when expecting INFO message')",
      ),
      py(
        t(4, 57, 3),
        1,
        'WARNING',
        'stock_sync.nats',
        'nats disconnected from nats://nats.messaging.svc.cluster.local:4222',
      ),
      rep(12, (i) =>
        py(
          t(4, 57, 5) + i * 10,
          i + 3,
          'ERROR',
          'stock_sync.nats',
          `nats error: ConnectionRefusedError(111, "Connect call failed ('10.43.40.17', 4222)")`,
        ),
      ),
      py(
        t(4, 59, 6),
        20,
        'ERROR',
        'stock_sync.nats',
        "nats error: <class 'nats.errors.StaleConnectionError'>",
      ),
      py(
        t(4, 59, 6),
        21,
        'WARNING',
        'stock_sync.nats',
        'nats disconnected from nats://nats.messaging.svc.cluster.local:4222',
      ),
      py(t(4, 59, 6), 22, 'ERROR', 'stock_sync.nats', 'nats connection closed'),
      rep(30, (i) =>
        i % 3 === 2
          ? py(
              t(5, 0) + i * 420,
              i + 30,
              'ERROR',
              'stock_sync.reconcile',
              'reconcile tick failed: publish inventory.stock.request.snapshot: nats: connection closed',
            )
          : `INFO:     10.42.3.1:${41000 + i * 11} - "GET /healthz HTTP/1.1" 200 OK`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortysixth-node-rdkafka-clickstream-lag',
    family: 'consumer-stopped',
    source: 'https://github.com/Blizzard/node-rdkafka/issues/548',
    signal: 'Alert',
    containers: [
      {
        name: 'clickstream-enricher',
        running: { startedAt: '2026-02-07T19:44:10Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          KAFKA_BROKERS:
            'b-1.clickstream.kafka.svc:9092,b-2.clickstream.kafka.svc:9092,b-3.clickstream.kafka.svc:9092',
          KAFKA_GROUP_ID: 'clickstream-enricher',
          KAFKA_TOPIC: 'web.clicks',
          KAFKA_STATS_INTERVAL_MS: '60000',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'KafkaPartitionLagGrowing',
        'clickstream-enricher is 1.9M messages behind on web.clicks partitions 6-11 and the lag has grown without pause for 3h.',
      ),
    ],
    currentLog: log(
      rep(30, (i) =>
        pino(
          t(5, 20) + i * 20,
          i,
          30,
          'clickstream-enricher-6c9f7d8b54-x2kq7',
          'batch enriched',
          `"partition":${6 + (i % 6)},"offset":${40_221_300 + i * 500},"count":500,"ms":${80 + ((i * 11) % 40)}`,
        ),
      ),
      pino(
        t(5, 31, 2),
        1,
        50,
        'clickstream-enricher-6c9f7d8b54-x2kq7',
        'kafka consumer event.error',
        '"err":{"type":"Error","message":"broker transport failure","stack":"Error: Local: Broker transport failure","origin":"local","code":-195,"errno":-195}',
      ),
      pino(
        t(5, 31, 12),
        2,
        20,
        'clickstream-enricher-6c9f7d8b54-x2kq7',
        'librdkafka',
        '"severity":7,"fac":"FETCH","message":"[thrd:b-2.clickstream.kafka.svc:9092/2]: b-2.clickstream.kafka.svc:9092/2: Topic web.clicks [7] in state active at offset 40236311 (10/10 msgs, 0/40960 kb queued, opv 6) is not fetchable: queued.max.messages exceeded"',
      ),
      pino(
        t(5, 31, 12),
        3,
        20,
        'clickstream-enricher-6c9f7d8b54-x2kq7',
        'librdkafka',
        '"severity":7,"fac":"FETCH","message":"[thrd:b-2.clickstream.kafka.svc:9092/2]: b-2.clickstream.kafka.svc:9092/2: Topic web.clicks [9] in state active at offset 40219880 (10/10 msgs, 0/40960 kb queued, opv 6) is not fetchable: queued.max.messages exceeded"',
      ),
      rep(18, (i) =>
        pino(
          t(5, 40) + i * 560,
          i + 4,
          30,
          'clickstream-enricher-6c9f7d8b54-x2kq7',
          'lag report',
          `"assigned":[6,7,8,9,10,11],"committed":{"6":40236290,"7":40236311,"8":40229104,"9":40219880,"10":40231472,"11":40226018},"highWatermark":{"6":${40_236_290 + 95_000 + i * 17_000},"7":${40_236_311 + 94_500 + i * 16_800},"8":${40_229_104 + 95_900 + i * 17_100},"9":${40_219_880 + 96_100 + i * 17_300},"10":${40_231_472 + 95_400 + i * 16_900},"11":${40_226_018 + 94_800 + i * 17_000}}`,
        ),
      ),
      rep(12, (i) =>
        pino(
          t(6, 0) + i * 840,
          i + 30,
          30,
          'clickstream-enricher-6c9f7d8b54-x2kq7',
          'request completed',
          `"req":{"method":"GET","url":"/health"},"res":{"statusCode":200},"responseTime":${1 + (i % 3)}`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortysixth-aio-pika-label-printer-queue-growing',
    family: 'consumer-stopped',
    source: 'https://github.com/mosquito/aio-pika/issues/563',
    signal: 'Alert',
    containers: [
      {
        name: 'label-printer',
        running: { startedAt: '2026-02-05T09:12:40Z' },
        ready: true,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          AMQP_URL: 'amqp://label-printer:******@rabbitmq.logistics.svc.cluster.local:5672/',
          AMQP_QUEUE: 'shipping.labels.print',
          AMQP_PREFETCH: '20',
        },
      },
    ],
    events: [
      firing(
        'RabbitMQQueueNoConsumers',
        'Queue shipping.labels.print (vhost /) has 0 consumers and 6214 ready messages; it had 3 consumers until 03:12.',
      ),
    ],
    currentLog: log(
      rep(36, (i) =>
        py(
          t(2, 40) + i * 50,
          i,
          'INFO',
          'label_printer.worker',
          `printed label shipment=SHP-${771200 + i} carrier=${['dhl', 'ups', 'postnl'][i % 3]} pages=1 ${120 + ((i * 17) % 90)}ms`,
        ),
      ),
      py(
        t(3, 12, 14),
        1,
        'WARNING',
        'aiormq.connection',
        'Server connection <Connection: "amqp://label-printer:******@rabbitmq.logistics.svc.cluster.local:5672/" at 0x7f3a1c2e9d50> was stuck. No frames were received in 183 seconds.',
      ),
      py(
        t(3, 12, 19),
        3,
        'WARNING',
        'aio_pika.robust_connection',
        'Connection attempt to "amqp://label-printer:******@rabbitmq.logistics.svc.cluster.local:5672/" failed: [Errno 110] Connect call failed (\'10.43.91.20\', 5672). Reconnecting after 5 seconds.',
      ),
      py(t(3, 12, 31), 4, 'INFO', 'label_printer.worker', 'amqp connection reconnected'),
      rep(40, (i) =>
        py(
          t(3, 20) + i * 460,
          i + 5,
          'INFO',
          'label_printer.health',
          `heartbeat: amqp connection open=True, channels open=0 of 3, consumers=0, last_message_age=${Math.round((t(3, 20) + i * 460 - t(3, 11, 40)) / 60)}m`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortysixth-etcd-flag-server-revision-behind',
    family: 'watch-stopped',
    source: 'https://github.com/etcd-io/etcd/issues/12142',
    signal: 'Alert',
    containers: [
      {
        name: 'flag-server',
        running: { startedAt: '2026-02-08T16:30:12Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          ETCD_ENDPOINTS: 'http://flags-etcd.platform.svc.cluster.local:2379',
          FLAG_PREFIX: '/flags/',
          GOMEMLIMIT: '200MiB',
        },
      },
    ],
    events: [
      firing(
        'FlagRevisionSkew',
        'flag-server-7b8d9c6f5-m4wzt serves /flags/ at revision 1882013; the other replicas serve 1883290. Flag changes made since 04:12 are not applied on this pod.',
      ),
    ],
    currentLog: log(
      rep(30, (i) =>
        zap(
          t(3, 40) + i * 60,
          i,
          'info',
          'flags/watch.go:88',
          'flag updated',
          `"key":"/flags/${['checkout.new-pricing', 'search.semantic', 'web.dark-mode', 'pay.3ds-v2'][i % 4]}","revision":${1_881_984 + i}`,
        ),
      ),
      rep(
        6,
        (i) =>
          `{"level":"warn","ts":"2026-02-11T04:12:${two(9 + i * 7)}.${frac(i)}Z","logger":"etcd-client","caller":"v3@v3.5.12/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc0001e2380/flags-etcd.platform.svc.cluster.local:2379","attempt":0,"error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.42.6.23:2379: connect: connection refused\\""}`,
      ),
      rep(50, (i) =>
        i % 5 === 0
          ? zap(
              t(4, 15) + i * 300,
              i + 40,
              'info',
              'flags/health.go:41',
              'etcd health check ok',
              `"endpoint":"flags-etcd.platform.svc.cluster.local:2379","header_revision":${1_882_100 + i * 26}`,
            )
          : zap(
              t(4, 15) + i * 300,
              i + 40,
              'info',
              'server/http.go:117',
              'evaluate',
              `"flags":${3 + (i % 5)},"client":"storefront","duration_ms":${1 + (i % 3)}`,
            ),
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart'],
  },
  {
    id: 'fortysixth-client-go-tenant-controller-pending-tenants',
    family: 'watch-stopped',
    source: 'https://github.com/kubernetes/kubernetes/issues/118525',
    signal: 'Alert',
    containers: [
      {
        name: 'tenant-controller',
        running: { startedAt: '2026-02-06T10:03:27Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        args: ['--leader-elect=true', '--leader-elect-resource-namespace=platform', '--workers=4', '--v=2'],
        env: { GOMAXPROCS: '1' },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'TenantProvisioningStuck',
        '11 Tenant objects (tenants.platform.example.io) created since 02:10 have no status.phase after 30m; the controller reported no sync for them.',
      ),
    ],
    currentLog: log(
      klog(
        t(1, 40, 2),
        0,
        'I',
        'leaderelection.go:260',
        'successfully acquired lease platform/tenant-controller',
      ),
      rep(30, (i) =>
        klog(
          t(1, 40, 10) + i * 45,
          i + 1,
          'I',
          'controller.go:211',
          `Successfully synced 'tenants/${['acme-prod', 'globex-dev', 'initech-qa', 'umbrella-prod', 'hooli-stage', 'stark-prod'][i % 6]}'`,
        ),
      ),
      klog(
        t(2, 3, 41),
        40,
        'W',
        'reflector.go:470',
        'pkg/mod/k8s.io/client-go@v0.29.4/tools/cache/reflector.go:229: watch of *v1alpha1.Tenant ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
      ),
      klog(
        t(2, 3, 41),
        41,
        'W',
        'reflector.go:470',
        'pkg/mod/k8s.io/client-go@v0.29.4/tools/cache/reflector.go:229: watch of *v1.Namespace ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
      ),
      klog(
        t(2, 3, 41),
        42,
        'W',
        'reflector.go:470',
        'pkg/mod/k8s.io/client-go@v0.29.4/tools/cache/reflector.go:229: watch of *v1.ResourceQuota ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding',
      ),
      rep(40, (i) =>
        klog(
          t(2, 10) + i * 570,
          i + 50,
          'I',
          'controller.go:211',
          `Successfully synced 'tenants/${['acme-prod', 'globex-dev', 'initech-qa', 'umbrella-prod', 'hooli-stage', 'stark-prod'][(i * 5) % 6]}'`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortysixth-spring-integration-settlement-batch-idle',
    family: 'leader-election-stopped',
    source: 'https://github.com/spring-projects/spring-integration/pull/2355',
    signal: 'Alert',
    containers: [
      {
        name: 'settlement',
        running: { startedAt: '2026-01-30T13:22:08Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_OPTS: '-Xms768m -Xmx1024m',
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_DATASOURCE_URL: 'jdbc:postgresql://settlement-db.payments.svc.cluster.local:5432/settlement',
          SETTLEMENT_LEADER_ROLE: 'settlement-batch',
        },
      },
    ],
    events: [
      firing(
        'SettlementBatchMissing',
        'No settlement batch has completed since 03:30 (expected every 10m). settlement has 3 Ready replicas, all passing their probes.',
      ),
    ],
    currentLog: log(
      rep(16, (i) =>
        i % 4 === 0
          ? spring(
              t(3, 0) + i * 150,
              i,
              'INFO',
              'ask-scheduler-2',
              'c.e.settlement.batch.SettlementPoller',
              `Settlement batch ${88100 + i / 4} closed: ${410 + i * 3} transfers, EUR ${(1_203_400 + i * 9_811).toLocaleString('en-US')}`,
            )
          : spring(
              t(3, 0) + i * 150,
              i,
              'INFO',
              `nio-8080-exec-${(i % 8) + 1}`,
              'c.e.settlement.web.SettlementController',
              `GET /api/settlements/${88090 + i} 200 (${6 + (i % 9)} ms)`,
            ),
      ),
      spring(
        t(3, 40, 51),
        1,
        'WARN',
        'nio-8080-exec-3',
        'com.zaxxer.hikari.pool.PoolBase',
        'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5e3a8624 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.',
      ),
      spring(
        t(3, 40, 52),
        2,
        'ERROR',
        'nio-8080-exec-5',
        'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
        'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.jdbc.CannotGetJdbcConnectionException: Could not get JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.] with root cause',
      ),
      'org.postgresql.util.PSQLException: Connection to settlement-db.payments.svc.cluster.local:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:280)',
      '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:49)',
      '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:195)',
      '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:358)',
      spring(
        t(3, 41, 6),
        4,
        'INFO',
        'lock-leadership-1',
        'c.e.settlement.leader.LeadershipListener',
        'Leadership revoked: LockContext{role=settlement-batch, id=8c1f3d0a-64b2-4f11-9a3e-2d7b0c5e9a41, isLeader=false}',
      ),
      spring(
        t(3, 41, 6),
        5,
        'INFO',
        'lock-leadership-1',
        'o.s.i.endpoint.SourcePollingChannelAdapter',
        'stopped settlementPoller',
      ),
      rep(70, (i) =>
        spring(
          t(3, 43) + i * 150,
          i + 10,
          'INFO',
          `nio-8080-exec-${(i % 8) + 1}`,
          'c.e.settlement.web.SettlementController',
          `GET /api/settlements/${88100 + (i % 9)} 200 (${5 + (i % 11)} ms)`,
        ),
      ),
    ),
    accept: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'fortysixth-lapin-invoice-worker-queue-depth',
    family: 'consumer-stopped',
    source: 'https://github.com/amqp-rs/lapin/issues/288',
    signal: 'Alert',
    containers: [
      {
        name: 'invoice-worker',
        running: { startedAt: '2026-02-04T08:40:19Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          AMQP_ADDR: 'amqp://invoice-worker:******@rabbitmq.billing.svc.cluster.local:5672/%2f',
          AMQP_QUEUE: 'billing.invoices.render',
          RUST_LOG: 'info,lapin=warn',
        },
      },
    ],
    events: [
      firing(
        'RabbitMQQueueDepthHigh',
        'Queue billing.invoices.render holds 9120 ready messages (threshold 1000); consumers: 0.',
      ),
    ],
    currentLog: log(
      rep(30, (i) =>
        tr(
          t(4, 30) + i * 48,
          i,
          'INFO',
          'invoice_worker::render',
          `rendered invoice invoice_id=INV-2026-${String(118400 + i).padStart(7, '0')} pages=${1 + (i % 3)} elapsed_ms=${140 + ((i * 23) % 80)}`,
        ),
      ),
      tr(
        t(4, 55, 10),
        1,
        'ERROR',
        'invoice_worker::consumer',
        'consumer stream ended error=ProtocolError(AMQPError { kind: Hard(CONNECTIONFORCED), message: ShortString("CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'") })',
      ),
      tr(t(4, 55, 10), 2, 'WARN', 'invoice_worker::consumer', 'consumer task finished, 0 consumers running'),
      rep(60, (i) =>
        tr(
          t(5, 0) + i * 205,
          i + 3,
          'INFO',
          'tower_http::trace::on_response',
          `finished processing request latency=${i % 3} ms status=200 method=GET uri=/healthz`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortysixth-go-zookeeper-quote-engine-missing-backends',
    family: 'registration-lost',
    source: 'https://github.com/go-zookeeper/zk/issues/90',
    signal: 'Alert',
    containers: [
      {
        name: 'quote-engine',
        running: { startedAt: '2026-02-08T07:55:31Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          ZK_SERVERS: 'zk-0.zk-hs.coord.svc:2181,zk-1.zk-hs.coord.svc:2181,zk-2.zk-hs.coord.svc:2181',
          ZK_REGISTRY_PATH: '/services/quote-engine',
          ZK_SESSION_TIMEOUT: '10s',
        },
      },
    ],
    events: [
      firing(
        'QuoteEngineBackendsMissing',
        'quote-gateway sees 1 of 4 quote-engine instances under /services/quote-engine; 3 Ready pods are not registered.',
      ),
    ],
    currentLog: log(
      `2026/02/08 07:55:32 connected to 10.42.8.15:2181`,
      `2026/02/08 07:55:32 authenticated: id=72057982271340545, timeout=10000`,
      `time=2026-02-08T07:55:32.402Z level=INFO msg="registered instance" path=/services/quote-engine/quote-engine-5d4b8c7f96-9r2lp addr=10.42.3.44:7070`,
      rep(
        30,
        (i) =>
          `time=2026-02-11T${clock(t(1, 0) + i * 36)}.${frac(i)}Z level=INFO msg="quote served" symbol=${['EURUSD', 'GBPUSD', 'USDJPY', 'EURCHF', 'AUDUSD'][i % 5]} venue=lp${1 + (i % 3)} latency_us=${310 + ((i * 41) % 200)}`,
      ),
      `2026/02/11 01:20:33 recv loop terminated: EOF`,
      `2026/02/11 01:20:33 send loop terminated: <nil>`,
      `time=2026-02-11T01:20:33.511Z level=WARN msg="zookeeper event" type=EventSession state=StateDisconnected server=10.42.8.15:2181`,
      rep(
        5,
        (i) =>
          `2026/02/11 01:20:${two(34 + i * 3)} failed to connect to 10.42.8.15:2181: dial tcp 10.42.8.15:2181: connect: connection refused`,
      ),
      `2026/02/11 01:20:52 connected to 10.42.9.31:2181`,
      `2026/02/11 01:20:52 authentication failed: zk: session has been expired by the server`,
      `time=2026-02-11T01:20:52.090Z level=WARN msg="zookeeper event" type=EventSession state=StateExpired server=10.42.9.31:2181`,
      `2026/02/11 01:20:52 connected to 10.42.9.31:2181`,
      `2026/02/11 01:20:52 authenticated: id=144115602719866904, timeout=10000`,
      `time=2026-02-11T01:20:52.131Z level=INFO msg="zookeeper event" type=EventSession state=StateHasSession server=10.42.9.31:2181`,
      rep(
        40,
        (i) =>
          `time=2026-02-11T${clock(t(1, 25) + i * 600)}.${frac(i)}Z level=INFO msg="health" zk_state=StateHasSession quotes_served_5m=${i % 4 === 0 ? 0 : 3 + (i % 5)}`,
      ),
    ),
    accept: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'fortysixth-grpc-ruby-pricing-web-catalog-errors',
    family: 'stale-dns',
    source: 'https://github.com/grpc/grpc/issues/14097',
    signal: 'Alert',
    containers: [
      {
        name: 'pricing-web',
        running: { startedAt: '2026-02-02T12:01:44Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          CATALOG_GRPC_TARGET: 'dns:///catalog-grpc-headless.catalog.svc.cluster.local:50051',
          CATALOG_GRPC_LB_POLICY: 'round_robin',
          WEB_CONCURRENCY: '2',
        },
      },
    ],
    events: [
      firing(
        'PricingWebErrorRate',
        'pricing-web-6f7c9d5b8-tq4wz answers 100% 502 on /api/quotes since 03:31; the other 5 pricing-web pods serve under 0.1% errors.',
      ),
    ],
    currentLog: log(
      rep(20, (i) =>
        rb(
          t(3, 20) + i * 30,
          i,
          'INFO',
          `[${['8c1a', '7f2e', '91bd', 'a0c4'][i % 4]}-${1000 + i}] Completed 200 OK in ${18 + (i % 30)}ms (Views: 0.4ms | ActiveRecord: ${2 + (i % 5)}.1ms | Allocations: ${3100 + i * 7})`,
        ),
      ),
      rep(50, (i) =>
        i % 2 === 0
          ? rb(
              t(3, 31) + i * 180,
              i + 30,
              'ERROR',
              `[${['c2d1', 'e7a0', '4b9f', 'd13c'][i % 4]}-${3000 + i}] GRPC::Unavailable (14:Connect Failed):`,
            )
          : rb(
              t(3, 31) + i * 180,
              i + 30,
              'INFO',
              `[${['c2d1', 'e7a0', '4b9f', 'd13c'][i % 4]}-${3000 + i}] Completed 502 Bad Gateway in ${20001 + (i % 9)}ms (ActiveRecord: 0.0ms | Allocations: ${980 + i})`,
            ),
      ),
      '  ',
      "app/clients/catalog_client.rb:41:in `product'",
      "app/services/quote_builder.rb:18:in `block in build'",
      "app/controllers/api/quotes_controller.rb:9:in `show'",
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart'],
  },
  {
    id: 'fortysixth-mongoose-notification-api-500s',
    family: 'client-gave-up',
    source: 'https://github.com/Automattic/mongoose/issues/8681',
    signal: 'Alert',
    containers: [
      {
        name: 'notification-api',
        running: { startedAt: '2026-02-06T18:22:40Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          MONGO_URL: 'mongodb://notif-mongo.data.svc.cluster.local:27017/notifications',
        },
      },
    ],
    events: [
      firing(
        'NotificationApiErrors',
        'notification-api 5xx ratio 0.97 over 15m on all 3 pods; GET /v1/notifications p50 4ms.',
      ),
    ],
    currentLog: log(
      rep(
        30,
        (i) =>
          `GET /v1/notifications?user=u_${48000 + i * 13}&limit=20 200 ${(6 + (i % 9) + 0.137 * (i % 7)).toFixed(3)} ms - ${1800 + i * 17}`,
      ),
      `${new Date(epochMs(t(4, 2, 40))).toISOString()} mongoose connection disconnected`,
      rep(6, (i) => `POST /v1/notifications/read 503 ${(30000 + i * 3 + 0.419).toFixed(3)} ms - 41`),
      `${new Date(epochMs(t(4, 3, 11))).toISOString()} mongoose connection error: MongoNetworkError: failed to reconnect after 30 attempts with interval 1000 ms`,
      '    at Server.<anonymous> (/app/node_modules/mongodb/lib/topologies/server.js:441:11)',
      '    at Server.emit (node:events:517:28)',
      '    at Timeout._onTimeout (/app/node_modules/mongodb/lib/core/topologies/server.js:380:14)',
      rep(60, (i) =>
        i % 6 === 0
          ? log(
              `${new Date(epochMs(t(4, 10) + i * 250)).toISOString()} request failed: MongoError: Topology was destroyed`,
              '    at initializeCursor (/app/node_modules/mongodb/lib/core/cursor.js:596:25)',
              '    at nextFunction (/app/node_modules/mongodb/lib/core/cursor.js:639:3)',
              '    at Cursor.next (/app/node_modules/mongodb/lib/core/cursor.js:822:3)',
            )
          : `GET /v1/notifications?user=u_${51000 + i * 7}&limit=20 500 ${(2 + (i % 4) + 0.211 * (i % 5)).toFixed(3)} ms - 72`,
      ),
    ),
    accept: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'fortysixth-http-kit-quote-pdf-not-ready',
    family: 'fd-leak',
    source: 'https://github.com/http-kit/http-kit/issues/326',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'quote-pdf',
        running: { startedAt: '2026-01-23T06:14:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70', PORT: '8080' },
        args: ['java', '-jar', '/app/quote-pdf-standalone.jar'],
      },
    ],
    node: calmNode,
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.5.31:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 37,
      },
    ],
    currentLog: log(
      rep(
        10,
        (i) =>
          `2026-02-11 ${clock(t(0, 0) + i * 3600)}.${frac(i)} INFO  quote.metrics - open_fds=${63_980 + i * 142} max_fds=65536 threads=${88 + (i % 3)} uptime_days=${18 + (i > 6 ? 1 : 0)}`,
      ),
      rep(
        24,
        (i) =>
          `2026-02-11 ${clock(t(7, 10) + i * 60)}.${frac(i)} INFO  quote.http - POST /quotes/render 200 ${410 + ((i * 37) % 300)}ms`,
      ),
      rep(6, (i) =>
        log(
          `Wed Feb 11 ${clock(t(7, 51, 40) + i * 380)} UTC 2026 [server-loop] ERROR - accept incoming request`,
          'java.io.IOException: Too many open files',
          '\tat java.base/sun.nio.ch.Net.accept(Native Method)',
          '\tat java.base/sun.nio.ch.ServerSocketChannelImpl.implAccept(ServerSocketChannelImpl.java:425)',
          '\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:391)',
          '\tat org.httpkit.server.HttpServer.accept(HttpServer.java:54)',
          '\tat org.httpkit.server.HttpServer.run(HttpServer.java:231)',
          '\tat java.base/java.lang.Thread.run(Thread.java:840)',
        ),
      ),
      `2026-02-11 08:00:00.${frac(11)} INFO  quote.metrics - open_fds=65536 max_fds=65536 threads=90 uptime_days=19`,
      `2026-02-11 08:03:12.${frac(12)} ERROR quote.render - fetch logo from https://assets.example-cdn.net/logos/acme.png failed: java.net.SocketException: Too many open files`,
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fortysixth-go-tls-ledger-api-handshake-errors',
    family: 'stale-credentials',
    source: 'https://github.com/goharbor/harbor-operator/issues/981',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-api',
        running: { startedAt: '2026-01-05T09:31:18Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          TLS_CERT_FILE: '/etc/ledger/tls/tls.crt',
          TLS_KEY_FILE: '/etc/ledger/tls/tls.key',
          CLIENT_CA_FILE: '/etc/ledger/tls/ca.crt',
          LISTEN_ADDR: ':8443',
        },
        mounts: [{ volume: 'ledger-tls', path: '/etc/ledger/tls' }],
      },
    ],
    volumes: [{ name: 'ledger-tls', secret: 'ledger-api-tls' }],
    events: [
      firing(
        'LedgerApiRequestsFailing',
        'Requests from payments-gateway to ledger-api fail at 100% since 06:00 on all 3 ledger-api pods; ledger-api itself reports no 5xx.',
      ),
    ],
    currentLog: log(
      `{"time":"2026-01-05T09:31:18.402Z","level":"INFO","msg":"loaded serving certificate","subject":"CN=ledger-api.payments.svc","issuer":"CN=payments-internal-ca","not_after":"2026-02-11T06:00:00Z","file":"/etc/ledger/tls/tls.crt"}`,
      `{"time":"2026-01-05T09:31:18.403Z","level":"INFO","msg":"listening","addr":":8443","mtls":true}`,
      rep(
        30,
        (i) =>
          `{"time":"2026-02-11T${clock(t(5, 45) + i * 29)}.${frac(i)}Z","level":"INFO","msg":"request","method":"POST","path":"/v2/postings","status":201,"client":"payments-gateway","duration_ms":${3 + (i % 7)}}`,
      ),
      rep(
        60,
        (i) =>
          `2026/02/11 ${clock(t(6, 0, 1) + i * 137)} http: TLS handshake error from 10.42.${3 + (i % 4)}.${17 + ((i * 7) % 60)}:${40000 + ((i * 997) % 20000)}: remote error: tls: bad certificate`,
      ),
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod'],
  },
  // ------------------------------------------------------------ memory raises right (3)
  {
    id: 'fortysixth-maxwell-tenants-cdc-crashloop',
    family: 'memory-growth',
    source: 'https://github.com/zendesk/maxwell/issues/2006',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('maxwell', 1, 5),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_OPTS: '-XX:MaxRAMPercentage=75',
          MAXWELL_PRODUCER: 'kafka',
          MAXWELL_HOST: 'tenants-mysql-replica.data.svc.cluster.local',
          MAXWELL_KAFKA_TOPIC: 'cdc.tenants',
        },
        args: ['bin/maxwell', '--config', '/etc/maxwell/config.properties'],
        mounts: [{ volume: 'maxwell-config', path: '/etc/maxwell' }],
      },
    ],
    volumes: [{ name: 'maxwell-config', configMap: 'maxwell-tenants' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container maxwell in pod maxwell-tenants-6d5c8b7f49-qj7rm_cdc(5c0e7a91-3b2d-4f7e-8a61-0d9e2c4b7f13)',
        count: 22,
      },
    ],
    previousLog: log(
      '2026-02-11 08:21:04 INFO  Maxwell - Starting Maxwell. maxMemory: 805306368 bufferMemoryUsage: 0.25',
      '2026-02-11 08:21:04 INFO  ProducerConfig - ProducerConfig values: ',
      '\tacks = 1',
      '\tbatch.size = 16384',
      '\tbootstrap.servers = [kafka-0.kafka.events.svc:9092, kafka-1.kafka.events.svc:9092]',
      '\tbuffer.memory = 33554432',
      '\tclient.id = producer-1',
      '\tcompression.type = snappy',
      '\tlinger.ms = 0',
      '\tmax.request.size = 1048576',
      '\tretries = 2147483647',
      '2026-02-11 08:21:04 INFO  AppInfoParser - Kafka version: 2.7.0',
      '2026-02-11 08:21:04 INFO  AppInfoParser - Kafka commitId: 448719dc99a19793',
      '2026-02-11 08:21:05 INFO  Maxwell - Maxwell v1.41.2 is booting (MaxwellKafkaProducer), starting at Position[BinlogPosition[mysql-bin.031882:455120093], lastHeartbeat=1770783962118]',
      '2026-02-11 08:21:05 INFO  MysqlSavedSchema - Restoring schema id 5120 (last modified at Position[BinlogPosition[mysql-bin.031880:88102237], lastHeartbeat=1770781203004])',
      '2026-02-11 08:22:40 INFO  TaskManager - Stopping 1 tasks',
      '2026-02-11 08:22:40 ERROR TaskManager - cause:',
      'com.zendesk.maxwell.schema.SchemaStoreException: java.sql.SQLException: Java heap space',
      '\tat com.zendesk.maxwell.schema.MysqlSchemaStore.restoreOrCaptureSchema(MysqlSchemaStore.java:76) ~[maxwell-1.41.2.jar:1.41.2]',
      '\tat com.zendesk.maxwell.schema.MysqlSchemaStore.getSchema(MysqlSchemaStore.java:56) ~[maxwell-1.41.2.jar:1.41.2]',
      '\tat com.zendesk.maxwell.schema.MysqlSchemaStore.getSchemaID(MysqlSchemaStore.java:61) ~[maxwell-1.41.2.jar:1.41.2]',
      '\tat com.zendesk.maxwell.Maxwell.startInner(Maxwell.java:220) ~[maxwell-1.41.2.jar:1.41.2]',
      '\tat com.zendesk.maxwell.Maxwell.start(Maxwell.java:158) ~[maxwell-1.41.2.jar:1.41.2]',
      '\tat com.zendesk.maxwell.Maxwell.main(Maxwell.java:316) ~[maxwell-1.41.2.jar:1.41.2]',
      'Caused by: java.sql.SQLException: Java heap space',
      '\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129) ~[mysql-connector-java-8.0.28.jar:8.0.28]',
      '\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:122) ~[mysql-connector-java-8.0.28.jar:8.0.28]',
      '\tat com.mysql.cj.jdbc.StatementImpl.executeQuery(StatementImpl.java:1200) ~[mysql-connector-java-8.0.28.jar:8.0.28]',
      '\tat com.zendesk.maxwell.schema.MysqlSavedSchema.restoreDerivedSchema(MysqlSavedSchema.java:444) ~[maxwell-1.41.2.jar:1.41.2]',
      '\t... 5 more',
      '2026-02-11 08:22:41 INFO  StoppableTaskState - com.zendesk.maxwell.schema.PositionStoreThread@2f1a6c0e requestStop() called (in state: RUNNING)',
      '2026-02-11 08:22:41 INFO  TaskManager - Stopped all tasks',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'fortysixth-connect-lake-worker-oomkilled',
    family: 'memory-growth',
    source: 'https://github.com/confluentinc/cp-docker-images/issues/593',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'connect',
        running: { startedAt: '2026-02-11T08:19:40Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 1,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          KAFKA_HEAP_OPTS: '-XX:MaxRAMPercentage=60',
          CONNECT_GROUP_ID: 'connect-lake',
          CONNECT_BOOTSTRAP_SERVERS: 'kafka-0.kafka.events.svc:9092,kafka-1.kafka.events.svc:9092',
          CONNECT_PLUGIN_PATH: '/usr/share/java,/usr/share/confluent-hub-components',
        },
      },
    ],
    node: calmNode,
    events: [
      {
        reason: 'Pulled',
        type: 'Normal',
        message:
          'Container image "registry.example.io/data/cp-kafka-connect:7.6.1-s3" already present on machine',
        count: 2,
      },
    ],
    previousLog: log(
      kc(t(7, 12, 4), 0, 'INFO', '', 'Kafka Connect started', 'org.apache.kafka.connect.runtime.Connect:57'),
      kc(
        t(7, 12, 9),
        1,
        'INFO',
        '',
        '[Worker clientId=connect-1, groupId=connect-lake] Starting connectors and tasks using config offset 2196',
        'org.apache.kafka.connect.runtime.distributed.DistributedHerder:1863',
      ),
      rep(12, (i) =>
        kc(
          t(7, 12, 10) + i,
          i + 2,
          'INFO',
          `s3-sink-${['orders', 'payments', 'refunds', 'sessions', 'clicks', 'searches'][i % 6]}|task-${i % 2}`,
          `Starting task`,
          'org.apache.kafka.connect.runtime.Worker:621',
        ),
      ),
      kc(
        t(7, 12, 24),
        20,
        'INFO',
        '',
        '[Worker clientId=connect-1, groupId=connect-lake] Finished starting connectors and tasks',
        'org.apache.kafka.connect.runtime.distributed.DistributedHerder:1892',
      ),
      rep(
        3,
        (i) =>
          `10.42.7.12 - - [11/Feb/2026:${clock(t(7, 21) + i * 540)} +0000] "POST /connectors HTTP/1.1" 201 1611 "-" "terraform-provider-kafka-connect/0.4.3" ${180 + i * 12} (org.apache.kafka.connect.runtime.rest.RestServer:62)`,
      ),
      rep(
        3,
        (i) =>
          `10.42.7.12 - - [11/Feb/2026:${clock(t(7, 23) + i * 540)} +0000] "PUT /connectors/s3-sink-${['inventory', 'shipments', 'returns'][i]}/config HTTP/1.1" 200 1622 "-" "terraform-provider-kafka-connect/0.4.3" ${95 + i * 7} (org.apache.kafka.connect.runtime.rest.RestServer:62)`,
      ),
      rep(6, (i) =>
        kc(
          t(7, 21, 5) + Math.floor(i / 2) * 540 + (i % 2),
          i + 30,
          'INFO',
          `s3-sink-${['inventory', 'shipments', 'returns'][Math.floor(i / 2)]}|task-${i % 2}`,
          'Starting task',
          'org.apache.kafka.connect.runtime.Worker:621',
        ),
      ),
      rep(48, (i) =>
        kc(
          t(7, 42) + i * 45,
          i + 40,
          'INFO',
          `s3-sink-${['orders', 'payments', 'refunds', 'sessions', 'clicks', 'searches', 'inventory', 'shipments', 'returns'][i % 9]}|task-${i % 2}`,
          `Files committed to S3. Target commit offset for ${['orders', 'payments', 'refunds', 'sessions', 'clicks', 'searches', 'inventory', 'shipments', 'returns'][i % 9]}.v1-${i % 6} is ${1_200_000 + i * 2_311}`,
          'io.confluent.connect.s3.TopicPartitionWriter:683',
        ),
      ),
    ),
    currentLog: log(
      kc(t(8, 19, 44), 0, 'INFO', '', 'Kafka Connect started', 'org.apache.kafka.connect.runtime.Connect:57'),
      kc(
        t(8, 19, 49),
        1,
        'INFO',
        '',
        '[Worker clientId=connect-1, groupId=connect-lake] Starting connectors and tasks using config offset 2214',
        'org.apache.kafka.connect.runtime.distributed.DistributedHerder:1863',
      ),
      rep(18, (i) =>
        kc(
          t(8, 19, 50) + Math.floor(i / 3),
          i + 2,
          'INFO',
          `s3-sink-${['orders', 'payments', 'refunds', 'sessions', 'clicks', 'searches', 'inventory', 'shipments', 'returns'][i % 9]}|task-${i % 2}`,
          'Starting task',
          'org.apache.kafka.connect.runtime.Worker:621',
        ),
      ),
      rep(30, (i) =>
        kc(
          t(8, 21) + i * 17,
          i + 30,
          'INFO',
          `s3-sink-${['orders', 'payments', 'refunds', 'sessions', 'clicks', 'searches', 'inventory', 'shipments', 'returns'][i % 9]}|task-${i % 2}`,
          `Files committed to S3. Target commit offset for ${['orders', 'payments', 'refunds', 'sessions', 'clicks', 'searches', 'inventory', 'shipments', 'returns'][i % 9]}.v1-${i % 6} is ${1_260_000 + i * 1_907}`,
          'io.confluent.connect.s3.TopicPartitionWriter:683',
        ),
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'fortysixth-quota-reporter-crashloop-at-start',
    family: 'memory-growth',
    source: 'https://github.com/kubernetes-sigs/controller-runtime/issues/1491',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'quota-reporter',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=quota-reporter',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 9,
        memoryLimit: '256Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        args: ['--all-namespaces', '--resync=10h', '--metrics-addr=:8080', '--v=2'],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container quota-reporter in pod quota-reporter-84d7f9c6b5-lk2vd_platform(0f3d2a19-7c4e-4b8a-a1d6-93e5c7b2f014)',
        count: 31,
      },
    ],
    previousLog: log(
      rep(10, (i) =>
        klog(
          t(8, 24, 50),
          i + 20,
          'I',
          'flags.go:64',
          `FLAG: ${['--all-namespaces="true"', '--kubeconfig=""', '--metrics-addr=":8080"', '--resync="10h0m0s"', '--v="2"', '--vmodule=""', '--log-flush-frequency="5s"', '--qps="20"', '--burst="40"', '--namespace-label-selector=""'][i]}`,
        ),
      ),
      klog(
        t(8, 24, 51),
        0,
        'I',
        'main.go:61',
        'quota-reporter v1.9.2 starting: all namespaces, resync 10h0m0s',
      ),
      klog(
        t(8, 24, 51),
        1,
        'I',
        'reflector.go:289',
        'Starting reflector *v1.Namespace (10h0m0s) from pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229',
      ),
      klog(
        t(8, 24, 51),
        2,
        'I',
        'reflector.go:325',
        'Listing and watching *v1.Namespace from pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229',
      ),
      klog(
        t(8, 24, 51),
        3,
        'I',
        'reflector.go:289',
        'Starting reflector *v1.Pod (10h0m0s) from pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229',
      ),
      klog(
        t(8, 24, 51),
        4,
        'I',
        'reflector.go:325',
        'Listing and watching *v1.Pod from pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229',
      ),
      klog(
        t(8, 24, 51),
        5,
        'I',
        'reflector.go:289',
        'Starting reflector *v1.ResourceQuota (10h0m0s) from pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229',
      ),
      klog(
        t(8, 24, 52),
        6,
        'I',
        'reflector.go:351',
        'Caches populated for *v1.Namespace from pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229',
      ),
      klog(
        t(8, 24, 52),
        7,
        'I',
        'reflector.go:351',
        'Caches populated for *v1.ResourceQuota from pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229',
      ),
      klog(
        t(8, 24, 53),
        8,
        'I',
        'trace.go:236',
        'Trace[1702261448]: "Reflector ListAndWatch" name:pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229 (11-Feb-2026 08:24:51.412) (total time: 1904ms):\nTrace[1702261448]: ---"Objects listed" error:<nil> 1903ms (08:24:53.316)',
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  // ------------------------------------------------------------ scale-ups right (2)
  {
    id: 'fortysixth-racecar-order-events-lag',
    family: 'capacity',
    source: 'https://github.com/zendesk/racecar/discussions/257',
    signal: 'Alert',
    containers: [
      {
        name: 'order-events-consumer',
        running: { startedAt: '2026-02-11T05:01:12Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          RACECAR_BROKERS:
            'kafka-0.kafka.events.svc:9092,kafka-1.kafka.events.svc:9092,kafka-2.kafka.events.svc:9092',
          RACECAR_MAX_WAIT_TIME: '1',
          LOG_LEVEL: 'info',
        },
        args: ['bundle', 'exec', 'racecar', 'OrderEventsConsumer'],
      },
    ],
    rollout: { minutesAgo: 210, addedEnv: { LOG_LEVEL: 'info' } },
    events: [
      firing(
        'KafkaConsumerGroupLag',
        'Consumer group order-events-consumer is 182411 messages behind on orders.events (24 partitions, 6 members) and the lag has risen since 07:05; produce rate on orders.events went from 410/s to 690/s.',
      ),
    ],
    currentLog: log(
      '=> Starting Racecar consumer OrderEventsConsumer...',
      '=> Detected Rails, booting application...',
      '=> Wrooooom!',
      '=> Ctrl-C to shutdown consumer',
      rb(
        t(5, 1, 20),
        0,
        'INFO',
        'Assigned partitions: orders.events/4, orders.events/5, orders.events/6, orders.events/7',
      ),
      rep(35, (i) =>
        rb(
          t(6, 30) + i * 60,
          i + 1,
          'INFO',
          `consumer stats (60s): partitions=4 processed=${3_900 + ((i * 137) % 500)} avg_ms=${(8.8 + (i % 5) * 0.1).toFixed(1)} db_ms=${(3.0 + (i % 4) * 0.1).toFixed(1)} tax_ms=${(4.6 + (i % 3) * 0.2).toFixed(1)} idle_ms=${21_000 + ((i * 1_913) % 6_000)}`,
        ),
      ),
      rep(84, (i) =>
        rb(
          t(7, 5) + i * 60,
          i + 40,
          'INFO',
          `consumer stats (60s): partitions=4 processed=${6_540 + ((i * 53) % 120)} avg_ms=${(9.0 + (i % 4) * 0.1).toFixed(1)} db_ms=${(3.1 + (i % 3) * 0.1).toFixed(1)} tax_ms=${(4.7 + (i % 4) * 0.1).toFixed(1)} idle_ms=0`,
        ),
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'fortysixth-jetstream-thumbnailer-pending',
    family: 'capacity',
    source: 'https://docs.nats.io/nats-concepts/core-nats/queue',
    signal: 'Alert',
    containers: [
      {
        name: 'thumbnailer',
        running: { startedAt: '2026-02-10T16:44:09Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NATS_URL: 'nats://nats.media.svc.cluster.local:4222',
          JS_STREAM: 'IMAGES',
          JS_DURABLE: 'thumbnailer',
          FETCH_BATCH: '10',
          WORKER_PROCESSES: '2',
        },
      },
    ],
    events: [
      firing(
        'JetStreamConsumerPending',
        'Consumer IMAGES/thumbnailer has 77.9k pending messages, growing by about 1100 per minute; ack rate flat at 42/s across 4 pods since 07:20.',
      ),
    ],
    currentLog: log(
      rep(40, (i) =>
        py(
          t(6, 40) + i * 60,
          i,
          'INFO',
          'thumbnailer.worker',
          `worker stats (60s): processes=2 thumbnails=${470 + ((i * 29) % 90)} avg_ms=${186 + (i % 7)} fetch_wait_s=${(9 + (i % 6) * 1.1).toFixed(1)} num_pending=${(i * 7) % 40}`,
        ),
      ),
      rep(69, (i) =>
        py(
          t(7, 21) + i * 60,
          i + 50,
          'INFO',
          'thumbnailer.worker',
          `worker stats (60s): processes=2 thumbnails=${628 + (i % 5)} avg_ms=${189 + (i % 4)} fetch_wait_s=0.0 num_pending=${2_400 + i * 1_110}`,
        ),
      ),
    ),
    accept: ['scale-up'],
  },
  // ------------------------------------------------------------ rollbacks right (3)
  {
    id: 'fortysixth-grpcio-risk-score-crashloop',
    family: 'bad-release',
    source: 'https://github.com/grpc/grpc/issues/32045',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('risk-score', 1, 8),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { GRPC_PORT: '50051', MODEL_PATH: '/models/risk/v14', PYTHONUNBUFFERED: '1' },
        args: ['python', '-m', 'risk_score.server'],
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'risk-models' }],
    rollout: { minutesAgo: 24, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container risk-score in pod risk-score-5f9c7b6d48-tx8pw_fraud(1e7a0b3c-5d2f-4e91-b8c4-7a6d3e0f9c25)',
        count: 41,
      },
    ],
    previousLog: log(
      '[entrypoint] risk-score 2.3.1 (git 8f1c2ab) on python 3.11.9',
      '[entrypoint] packages: grpcio==1.62.1 grpcio-health-checking==1.62.1 protobuf==4.25.3 lightgbm==4.3.0 numpy==1.26.4',
      '[entrypoint] model volume /models/risk/v14 present (4 files, 212 MB)',
      '[entrypoint] exec python -m risk_score.server',
      'Traceback (most recent call last):',
      '  File "<frozen runpy>", line 198, in _run_module_as_main',
      '  File "<frozen runpy>", line 88, in _run_code',
      '  File "/app/risk_score/server.py", line 9, in <module>',
      '    from risk_score.api import risk_pb2, risk_pb2_grpc',
      '  File "/app/risk_score/api/risk_pb2.py", line 33, in <module>',
      '    _descriptor.FieldDescriptor(',
      '  File "/usr/local/lib/python3.11/site-packages/google/protobuf/descriptor.py", line 561, in __new__',
      '    _message.Message._CheckCalledFromGeneratedFile()',
      'TypeError: Descriptors cannot be created directly.',
      'If this call came from a _pb2.py file, your generated code is out of date and must be regenerated with protoc >= 3.19.0.',
      'If you cannot immediately regenerate your protos, some other possible workarounds are:',
      ' 1. Downgrade the protobuf package to 3.20.x or lower.',
      ' 2. Set PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python (but this will use pure-Python parsing and will be much slower).',
      '',
      'More information: https://developers.google.com/protocol-buffers/docs/news/2022-05-06#python-updates',
    ),
    accept: ['rollback'],
  },
  {
    id: 'fortysixth-spring-integration-payout-router-crashloop',
    family: 'bad-release',
    source: 'https://github.com/spring-projects/spring-integration/issues/9693',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('payout-router', 1, 7),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_RABBITMQ_HOST: 'rabbitmq.payments.svc.cluster.local',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    rollout: { minutesAgo: 38, previousTag: '2.2.7' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container payout-router in pod payout-router-7c6f5d9b84-wq2zk_payments(9a3c1e57-2b8d-4f06-b7e1-c45d0a9f3e62)',
        count: 26,
      },
    ],
    previousLog: log(
      spring(
        t(8, 24, 2),
        0,
        'INFO',
        'main',
        'c.e.payouts.PayoutRouterApplication',
        'Starting PayoutRouterApplication v2.3.1 using Java 21.0.4 with PID 1 (/app/payout-router.jar started by app in /app)',
      ),
      spring(
        t(8, 24, 2),
        1,
        'INFO',
        'main',
        'c.e.payouts.PayoutRouterApplication',
        'The following 1 profile is active: "prod"',
      ),
      spring(
        t(8, 24, 5),
        2,
        'INFO',
        'main',
        'faultConfiguringPostProcessor',
        "No bean named 'errorChannel' has been explicitly defined. Therefore, a default PublishSubscribeChannel will be created.",
      ),
      spring(
        t(8, 24, 5),
        3,
        'INFO',
        'main',
        'faultConfiguringPostProcessor',
        "No bean named 'integrationHeaderChannelRegistry' has been explicitly defined. Therefore, a default DefaultHeaderChannelRegistry will be created.",
      ),
      spring(
        t(8, 24, 6),
        4,
        'WARN',
        'main',
        'ConfigServletWebServerApplicationContext',
        "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'integrationSimpleEvaluationContext': Invocation of init method failed",
      ),
      spring(t(8, 24, 6), 5, 'ERROR', 'main', 'o.s.b.d.LoggingFailureAnalysisReporter', ''),
      '',
      '***************************',
      'APPLICATION FAILED TO START',
      '***************************',
      '',
      'Description:',
      '',
      'An attempt was made to call a method that does not exist. The attempt was made from the following location:',
      '',
      '    org.springframework.integration.config.IntegrationSimpleEvaluationContextFactoryBean.getObject(IntegrationSimpleEvaluationContextFactoryBean.java:85)',
      '',
      'The following method did not exist:',
      '',
      "    'org.springframework.expression.spel.support.SimpleEvaluationContext$Builder org.springframework.expression.spel.support.SimpleEvaluationContext$Builder.withAssignmentDisabled()'",
      '',
      "The calling method's class, org.springframework.integration.config.IntegrationSimpleEvaluationContextFactoryBean, was loaded from the following location:",
      '',
      '    jar:nested:/app/payout-router.jar/!BOOT-INF/lib/spring-integration-core-6.3.6.jar!/org/springframework/integration/config/IntegrationSimpleEvaluationContextFactoryBean.class',
      '',
      "The called method's class, org.springframework.expression.spel.support.SimpleEvaluationContext$Builder, is available from the following locations:",
      '',
      '    jar:nested:/app/payout-router.jar/!BOOT-INF/lib/spring-expression-6.1.13.jar!/org/springframework/expression/spel/support/SimpleEvaluationContext$Builder.class',
      '',
      "The called method's class hierarchy was loaded from the following locations:",
      '',
      '    org.springframework.expression.spel.support.SimpleEvaluationContext.Builder: jar:nested:/app/payout-router.jar/!BOOT-INF/lib/spring-expression-6.1.13.jar!/',
      '',
      '',
      'Action:',
      '',
      'Correct the classpath of your application so that it contains compatible versions of the classes org.springframework.integration.config.IntegrationSimpleEvaluationContextFactoryBean and org.springframework.expression.spel.support.SimpleEvaluationContext$Builder',
    ),
    accept: ['rollback'],
  },
  {
    id: 'fortysixth-racecar-refund-events-crashloop',
    family: 'bad-release',
    source: 'https://github.com/zendesk/racecar/issues/255',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('refund-events-consumer', 1, 6),
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          RAILS_ENV: 'production',
          RACECAR_BROKERS: 'kafka-0.kafka.events.svc:9093,kafka-1.kafka.events.svc:9093',
          RACECAR_SECURITY_PROTOCOL: 'ssl',
        },
        args: ['bundle', 'exec', 'racecar', 'RefundEventsConsumer'],
        mounts: [{ volume: 'kafka-ca', path: '/etc/kafka/ca' }],
      },
    ],
    volumes: [{ name: 'kafka-ca', configMap: 'kafka-ca-bundle' }],
    rollout: { minutesAgo: 17, previousTag: '2.2.9' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container refund-events-consumer in pod refund-events-consumer-5b8d7c9f64-h6wqv_billing(3f5a8c20-9e1d-4b7a-8c63-d2e4f1a0b795)',
        count: 14,
      },
    ],
    previousLog: log(
      '=> Starting Racecar consumer RefundEventsConsumer...',
      '=> Detected Rails, booting application...',
      rb(
        t(8, 27, 31),
        0,
        'INFO',
        'kafka: using CA bundle /etc/kafka/ca/ca.crt for SSL brokers kafka-0.kafka.events.svc:9093,kafka-1.kafka.events.svc:9093',
      ),
      rb(
        t(8, 27, 31),
        1,
        'INFO',
        'racecar 2.3.0 / rdkafka 0.8.1 (librdkafka 1.4.0) consumer group refund-events-consumer subscribing to refunds.events',
      ),
      '=> Wrooooom!',
      '=> Ctrl-C to shutdown consumer',
      '=> Crashed: No such configuration property: "enable.ssl.certificate.verification"',
      '/usr/local/bundle/gems/rdkafka-0.8.1/lib/rdkafka/config.rb:186:in `block (2 levels) in native_config\': No such configuration property: "enable.ssl.certificate.verification" (Rdkafka::Config::ConfigError)',
      "\tfrom /usr/local/bundle/gems/rdkafka-0.8.1/lib/rdkafka/config.rb:176:in `each'",
      "\tfrom /usr/local/bundle/gems/rdkafka-0.8.1/lib/rdkafka/config.rb:176:in `block in native_config'",
      "\tfrom <internal:kernel>:90:in `tap'",
      "\tfrom /usr/local/bundle/gems/rdkafka-0.8.1/lib/rdkafka/config.rb:174:in `native_config'",
      "\tfrom /usr/local/bundle/gems/rdkafka-0.8.1/lib/rdkafka/config.rb:138:in `producer'",
      "\tfrom /usr/local/bundle/gems/racecar-2.3.0/lib/racecar/runner.rb:138:in `producer'",
      "\tfrom /usr/local/bundle/gems/racecar-2.3.0/lib/racecar/runner.rb:94:in `ensure in run'",
      "\tfrom /usr/local/bundle/gems/racecar-2.3.0/lib/racecar/runner.rb:94:in `run'",
      "\tfrom /usr/local/bundle/gems/racecar-2.3.0/lib/racecar.rb:60:in `run'",
      "\tfrom /usr/local/bundle/gems/racecar-2.3.0/lib/racecar/cli.rb:62:in `run'",
      "\tfrom /usr/local/bundle/gems/racecar-2.3.0/lib/racecar/cli.rb:13:in `main'",
      "\tfrom /usr/local/bundle/gems/racecar-2.3.0/exe/racecar:9:in `<top (required)>'",
    ),
    accept: ['rollback'],
  },
  // ------------------------------------------------------------ cache flush right (1)
  {
    id: 'fortysixth-aiocache-catalog-api-latency',
    family: 'cache-full',
    source: 'https://github.com/redis/redis-py/issues/817',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog-api',
        running: { startedAt: '2026-02-10T18:02:37Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          CACHE_BACKEND: 'aiocache.RedisCache',
          CACHE_REDIS_URL: 'redis://catalog-cache.catalog.svc.cluster.local:6379/0',
          CACHE_NAMESPACE: 'catalog:v4',
          CACHE_TTL: '86400',
          DATABASE_URL: 'postgresql://catalog@catalog-db.catalog.svc.cluster.local:5432/catalog',
        },
        args: [
          'gunicorn',
          'catalog_api.main:app',
          '-k',
          'uvicorn.workers.UvicornWorker',
          '-w',
          '3',
          '-b',
          '0.0.0.0:8000',
        ],
      },
    ],
    node: calmNode,
    events: [
      firing(
        'CatalogApiLatencyHigh',
        'catalog-api p99 latency 2.8s over 15m (SLO 300ms) on all 4 pods; request rate unchanged.',
      ),
    ],
    currentLog: log(
      py(
        t(7, 35, 2),
        0,
        'INFO',
        'catalog_api.cache',
        'cache backend RedisCache(catalog-cache.catalog.svc.cluster.local:6379/0) namespace=catalog:v4 ttl=86400s',
      ),
      rep(
        20,
        (i) =>
          `INFO:     10.42.${1 + (i % 5)}.${20 + i}:${51000 + i * 13} - "GET /v2/products/${310_000 + i * 7} HTTP/1.1" 200 OK`,
      ),
      rep(90, (i) =>
        i % 3 === 0
          ? log(
              py(
                t(7, 41) + i * 32,
                i,
                'WARNING',
                'catalog_api.cache',
                `cache set failed key=catalog:v4:product:${311_000 + i * 11}: ResponseError("OOM command not allowed when used memory > 'maxmemory'.")`,
              ),
              'Traceback (most recent call last):',
              '  File "/app/catalog_api/cache.py", line 58, in cached_product',
              '    await cache.set(key, payload, ttl=settings.cache_ttl)',
              '  File "/usr/local/lib/python3.12/site-packages/aiocache/base.py", line 305, in set',
              '    ret = await self._set(',
              '  File "/usr/local/lib/python3.12/site-packages/aiocache/backends/redis.py", line 76, in _set',
              '    return await self.client.set(key, value, ex=ttl)',
              "redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.",
            )
          : py(
              t(7, 41) + i * 32,
              i,
              'INFO',
              'catalog_api.access',
              `GET /v2/products/${311_000 + i * 11} 200 cache=miss db_ms=${1900 + ((i * 61) % 900)} total_ms=${1985 + ((i * 61) % 900) + (i % 40)}`,
            ),
      ),
    ),
    accept: ['flush-redis-cache'],
  },
  // ------------------------------------------------------------ node actions right (2)
  {
    id: 'fortysixth-fx-rates-poller-node-silent',
    family: 'node-failure',
    source: 'https://github.com/kubernetes/kubernetes/issues/34314',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'fx-rates-poller',
        running: { startedAt: '2026-02-09T21:14:05Z' },
        ready: false,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '250m',
        env: { RATES_SOURCE: 'https://rates.partner-bank.example/v1/fx', POLL_INTERVAL: '15s' },
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
      firing('FxRatesStale', 'No FX rate update stored for 23 minutes (expected every 15s).'),
    ],
    currentLog: log(
      rep(
        60,
        (i) =>
          `time=2026-02-11T${clock(t(7, 54) + i * 13)}Z level=info msg="rates stored" pairs=42 source=partner-bank latency_ms=${60 + ((i * 17) % 80)}`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'fortysixth-search-suggest-evicted',
    family: 'node-failure',
    source: 'https://github.com/kubernetes/kubernetes/pull/63415',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'search-suggest',
        terminated: { reason: 'Error', exitCode: 143 },
        memoryLimit: '768Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          NODE_OPTIONS: '--max-old-space-size=512',
          SUGGEST_INDEX: '/data/suggest.idx',
        },
      },
    ],
    rollout: { minutesAgo: 75, previousTag: '2.3.0' },
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status. AppArmor enabled',
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
        message: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 71236Ki.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container search-suggest' },
    ],
    currentLog: log(
      rep(50, (i) =>
        pino(
          t(7, 40) + i * 55,
          i,
          30,
          'search-suggest-7d9f8c6b5-pw4hn',
          'suggest',
          `"q_len":${2 + (i % 9)},"hits":${(i * 7) % 10},"ms":${3 + (i % 6)},"rss_mb":${296 + (i % 9)},"heap_used_mb":${181 + (i % 7)}`,
        ),
      ),
      pino(t(8, 26, 1), 60, 30, 'search-suggest-7d9f8c6b5-pw4hn', 'received SIGTERM, closing server'),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: restarts wrong (7)
  {
    id: 'fortysixth-connect-es-logs-sink-lag',
    family: 'dependency-down',
    source: 'https://github.com/confluentinc/kafka-connect-elasticsearch/issues/387',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: '2026-02-04T15:10:44Z' },
        ready: true,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          CONNECT_GROUP_ID: 'connect-logs',
          CONNECT_BOOTSTRAP_SERVERS: 'kafka-0.kafka.events.svc:9092,kafka-1.kafka.events.svc:9092',
          KAFKA_HEAP_OPTS: '-Xms1536m -Xmx1536m',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'KafkaConsumerGroupLagGrowing',
        'Consumer group connect-logs-es-sink has 2.4M messages of lag on app-logs and no offset commits for 1h50m.',
      ),
    ],
    currentLog: log(
      rep(20, (i) =>
        kc(
          t(6, 20) + i * 50,
          i,
          'INFO',
          'logs-es-sink|task-0',
          `WorkerSinkTask{id=logs-es-sink-0} Committing offsets asynchronously using sequence number ${30_400 + i}: {app-logs-0=OffsetAndMetadata{offset=${811_200_000 + i * 9_100}, leaderEpoch=null, metadata=''}}`,
          'org.apache.kafka.connect.runtime.WorkerSinkTask:355',
        ),
      ),
      rep(5, (i) =>
        kc(
          t(6, 38, 2) + i * 2,
          i + 30,
          'WARN',
          'logs-es-sink|task-0',
          `Failed to execute batch 48112 of 2000 records with attempt ${i + 1}/6, will attempt retry after ${[85, 157, 371, 702, 1490, 2911][i]} ms. Failure reason: Bulk request failed: [{"type":"cluster_block_exception","reason":"index [app-logs-2026.02.11] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"}]`,
          'io.confluent.connect.elasticsearch.bulk.BulkProcessor:409',
        ),
      ),
      kc(
        t(6, 38, 17),
        40,
        'ERROR',
        'logs-es-sink|task-0',
        'WorkerSinkTask{id=logs-es-sink-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted',
        'org.apache.kafka.connect.runtime.WorkerTask:212',
      ),
      'org.apache.kafka.connect.errors.ConnectException: Bulk request failed: [{"type":"cluster_block_exception","reason":"index [app-logs-2026.02.11] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"}]',
      '\tat io.confluent.connect.elasticsearch.bulk.BulkProcessor$BulkTask.handleResponse(BulkProcessor.java:499)',
      '\tat io.confluent.connect.elasticsearch.bulk.BulkProcessor$BulkTask.execute(BulkProcessor.java:460)',
      '\tat io.confluent.connect.elasticsearch.bulk.BulkProcessor$BulkTask.call(BulkProcessor.java:425)',
      '\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)',
      '\tat java.base/java.lang.Thread.run(Thread.java:840)',
      kc(
        t(6, 38, 17),
        41,
        'INFO',
        'logs-es-sink|task-0',
        'Stopping ElasticsearchSinkTask',
        'io.confluent.connect.elasticsearch.ElasticsearchSinkTask:249',
      ),
      rep(
        12,
        (i) =>
          `10.42.0.1 - - [11/Feb/2026:${clock(t(6, 45) + i * 360)} +0000] "GET /connectors HTTP/1.1" 200 37 "-" "kube-probe/1.29" ${2 + (i % 3)} (org.apache.kafka.connect.runtime.rest.RestServer:62)`,
      ),
      `10.42.9.77 - - [11/Feb/2026:07:58:12 +0000] "POST /connectors/logs-es-sink/tasks/0/restart HTTP/1.1" 204 0 "-" "curl/8.5.0" 41 (org.apache.kafka.connect.runtime.rest.RestServer:62)`,
      kc(
        t(7, 58, 12),
        60,
        'INFO',
        'logs-es-sink|task-0',
        'Starting ElasticsearchSinkTask',
        'io.confluent.connect.elasticsearch.ElasticsearchSinkTask:68',
      ),
      rep(5, (i) =>
        kc(
          t(7, 58, 19) + i * 2,
          i + 61,
          'WARN',
          'logs-es-sink|task-0',
          `Failed to execute batch 1 of 2000 records with attempt ${i + 1}/6, will attempt retry after ${[92, 188, 344, 731, 1402, 2866][i]} ms. Failure reason: Bulk request failed: [{"type":"cluster_block_exception","reason":"index [app-logs-2026.02.11] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"}]`,
          'io.confluent.connect.elasticsearch.bulk.BulkProcessor:409',
        ),
      ),
      kc(
        t(7, 58, 34),
        70,
        'ERROR',
        'logs-es-sink|task-0',
        'WorkerSinkTask{id=logs-es-sink-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted',
        'org.apache.kafka.connect.runtime.WorkerTask:212',
      ),
      rep(
        5,
        (i) =>
          `10.42.0.1 - - [11/Feb/2026:${clock(t(8, 3) + i * 300)} +0000] "GET /connectors HTTP/1.1" 200 37 "-" "kube-probe/1.29" ${2 + (i % 3)} (org.apache.kafka.connect.runtime.rest.RestServer:62)`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-aio-pika-returns-intake-not-ready',
    family: 'dependency-down',
    source: 'https://github.com/mosquito/aio-pika/issues/632',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'returns-intake',
        running: { startedAt: '2026-02-10T11:30:52Z' },
        ready: false,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          AMQP_URL: 'amqp://returns-intake:******@rabbitmq.logistics.svc.cluster.local:5672/',
          AMQP_QUEUE: 'returns.intake',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 224,
      },
    ],
    currentLog: log(
      rep(20, (i) =>
        py(
          t(7, 30) + i * 60,
          i,
          'INFO',
          'returns_intake.worker',
          `registered return rma=RMA-${550_100 + i} order=${8_812_000 + i * 3} items=${1 + (i % 3)}`,
        ),
      ),
      py(
        t(7, 51, 40),
        1,
        'ERROR',
        'aio_pika.robust_connection',
        'Unexpected connection close from remote "amqp://returns-intake:******@rabbitmq.logistics.svc.cluster.local:5672/", Connection.Close(reply_code=320, reply_text="CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'")',
      ),
      'NoneType: None',
      rep(90, (i) =>
        i % 6 === 5
          ? `INFO:     10.42.2.1:${35000 + i * 3} - "GET /ready HTTP/1.1" 503 Service Unavailable`
          : py(
              t(7, 51, 45) + i * 25,
              i + 2,
              'WARNING',
              'aio_pika.robust_connection',
              `Connection attempt to "amqp://returns-intake:******@rabbitmq.logistics.svc.cluster.local:5672/" failed: ${i < 10 ? 'Server connection unexpectedly closed. Read 0 bytes but 1 bytes expected' : "[Errno 111] Connect call failed ('10.43.91.20', 5672)"}. Reconnecting after 5 seconds.`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-webhook-relay-liveness-restarts',
    family: 'fd-exhaustion',
    source: 'https://github.com/request/request/issues/2064',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'webhook-relay',
        running: { startedAt: '2026-02-11T08:22:10Z' },
        ready: true,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 14,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', PARTNER_WEBHOOK_URL: 'https://hooks.partner-erp.example/v2/events' },
        args: ['sh', '-c', 'ulimit -n 4096 && exec node dist/server.js'],
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.6.18:3000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 43,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container webhook-relay failed liveness probe, will be restarted',
        count: 14,
      },
    ],
    previousLog: log(
      pino(t(8, 14, 40), 0, 30, 'webhook-relay-6b7d9f8c5-m2x4q', 'listening on :3000'),
      rep(12, (i) =>
        pino(
          t(8, 14, 50) + i * 25,
          i + 1,
          30,
          'webhook-relay-6b7d9f8c5-m2x4q',
          'relay stats',
          `"forwarded_60s":${i < 2 ? 310 - i * 40 : 0},"in_flight":${300 + i * 320},"open_sockets":${320 + i * 318},"oldest_in_flight_s":${20 + i * 25}`,
        ),
      ),
      rep(20, (i) =>
        pino(
          t(8, 19, 52) + i * 6,
          i + 20,
          50,
          'webhook-relay-6b7d9f8c5-m2x4q',
          'forward failed',
          `"err":{"type":"Error","message":"connect EMFILE 203.0.113.41:443 - Local (undefined:undefined)","code":"EMFILE","errno":-24,"syscall":"connect","address":"203.0.113.41","port":443}`,
        ),
      ),
    ),
    currentLog: log(
      pino(t(8, 22, 11), 0, 30, 'webhook-relay-6b7d9f8c5-m2x4q', 'listening on :3000'),
      rep(12, (i) =>
        pino(
          t(8, 22, 20) + i * 25,
          i + 1,
          30,
          'webhook-relay-6b7d9f8c5-m2x4q',
          'relay stats',
          `"forwarded_60s":${i < 2 ? 295 - i * 50 : 0},"in_flight":${290 + i * 330},"open_sockets":${305 + i * 322},"oldest_in_flight_s":${20 + i * 25}`,
        ),
      ),
      rep(12, (i) =>
        pino(
          t(8, 27, 22) + i * 6,
          i + 20,
          50,
          'webhook-relay-6b7d9f8c5-m2x4q',
          'forward failed',
          `"err":{"type":"Error","message":"connect EMFILE 203.0.113.41:443 - Local (undefined:undefined)","code":"EMFILE","errno":-24,"syscall":"connect","address":"203.0.113.41","port":443}`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-r2d2-ledger-query-timeouts',
    family: 'slow-database',
    source: 'https://github.com/sfackler/r2d2/blob/master/src/lib.rs',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-query',
        running: { startedAt: '2026-02-09T10:22:18Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL: 'postgres://ledger_ro@ledger-db.finance.svc.cluster.local:5432/ledger',
          DB_POOL_MAX_SIZE: '10',
          DB_POOL_CONNECTION_TIMEOUT_SECS: '30',
          RUST_LOG: 'info,actix_web=info',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'LedgerQueryLatencyHigh',
        'ledger-query p99 latency 30.0s over 10m on all 6 pods; 38% of requests answer 500.',
      ),
    ],
    currentLog: log(
      rep(
        20,
        (i) =>
          `[2026-02-11T${clock(t(7, 40) + i * 20)}Z INFO  actix_web::middleware::logger] 10.42.${2 + (i % 4)}.${30 + i} "GET /v1/accounts/acc_${4000 + i * 7}/balance HTTP/1.1" 200 ${180 + (i % 30)} "-" "statement-service/1.8" 0.0${10 + (i % 80)}`,
      ),
      rep(100, (i) =>
        i % 4 === 0
          ? `[2026-02-11T${clock(t(7, 52) + i * 22)}Z ERROR ledger_query::db] query failed: canceling statement due to statement timeout (query=account_postings_window, elapsed_ms=${29_900 + (i % 90)})`
          : i % 4 === 1
            ? `[2026-02-11T${clock(t(7, 52) + i * 22)}Z ERROR ledger_query::handlers] pool checkout failed: timed out waiting for connection`
            : i % 4 === 2
              ? `[2026-02-11T${clock(t(7, 52) + i * 22)}Z INFO  actix_web::middleware::logger] 10.42.${2 + (i % 4)}.${30 + (i % 60)} "GET /v1/accounts/acc_${4100 + i * 3}/balance HTTP/1.1" 500 64 "-" "statement-service/1.8" 30.00${i % 9}`
              : `[2026-02-11T${clock(t(7, 52) + i * 22)}Z WARN  ledger_query::db] slow query account_postings_window took ${(14 + (i % 15) + 0.3).toFixed(1)}s rows=${120 + (i % 60)}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-billing-reconciler-not-reconciling',
    family: 'lock-held-elsewhere',
    source: 'https://github.com/kubermatic/machine-controller/issues/264',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-reconciler',
        running: { startedAt: '2026-02-11T06:05:31Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '250m',
        args: [
          '--leader-elect=true',
          '--leader-election-id=billing-reconciler',
          '--leader-election-namespace=billing',
          '--leader-elect-retry-period=2m',
          '--v=4',
        ],
      },
    ],
    events: [
      firing(
        'BillingReconcileStale',
        'No billing reconcile pass has completed for 2h20m (expected every 5m); invoices awaiting reconciliation: 3811.',
      ),
    ],
    currentLog: log(
      klog(
        t(6, 5, 32),
        0,
        'I',
        'main.go:88',
        'billing-reconciler v3.0.1 starting, leader election enabled (billing/billing-reconciler)',
      ),
      klog(
        t(6, 5, 32),
        1,
        'I',
        'leaderelection.go:250',
        'attempting to acquire leader lease billing/billing-reconciler...',
      ),
      rep(144, (i) =>
        i % 2 === 0
          ? klog(
              t(6, 5, 34) + (i / 2) * 120,
              i + 2,
              'I',
              'leaderelection.go:354',
              'lock is held by billing-reconciler-legacy-5d8f7b6c9-qk2xv_7a1d0c4e-92b3-4f5e-8d61-3c0b9e2f7a18 and has not yet expired',
            )
          : klog(
              t(6, 5, 34) + ((i - 1) / 2) * 120,
              i + 2,
              'I',
              'leaderelection.go:255',
              'failed to acquire lease billing/billing-reconciler',
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-maxwell-orders-cdc-lag',
    family: 'long-running-job',
    source: 'https://github.com/zendesk/maxwell/issues/558',
    signal: 'Alert',
    containers: [
      {
        name: 'maxwell',
        running: { startedAt: '2026-02-08T09:12:03Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '1',
        env: {
          JAVA_OPTS: '-XX:MaxRAMPercentage=75',
          MAXWELL_BOOTSTRAPPER: 'sync',
          MAXWELL_HOST: 'shop-mysql-replica.data.svc.cluster.local',
          MAXWELL_KAFKA_TOPIC: 'cdc.shop',
        },
        args: ['bin/maxwell', '--config', '/etc/maxwell/config.properties'],
        mounts: [{ volume: 'maxwell-config', path: '/etc/maxwell' }],
      },
    ],
    volumes: [{ name: 'maxwell-config', configMap: 'maxwell-shop' }],
    events: [
      firing(
        'MaxwellReplicationLag',
        'maxwell-shop has published no binlog row events for 2h10m; replica binlog position advanced by 14.2 GB over the same period.',
      ),
    ],
    currentLog: log(
      '2026-02-08 09:12:04 INFO  Maxwell - Starting Maxwell. maxMemory: 1610612736 bufferMemoryUsage: 0.25',
      '2026-02-08 09:12:05 INFO  Maxwell - Maxwell v1.41.2 is booting (MaxwellKafkaProducer), starting at Position[BinlogPosition[mysql-bin.052110:1772300], lastHeartbeat=1770541921004]',
      '2026-02-08 09:12:06 INFO  MysqlSavedSchema - Restoring schema id 311 (last modified at Position[BinlogPosition[mysql-bin.051998:55120443], lastHeartbeat=1770488110233])',
      '2026-02-08 09:12:09 INFO  BinlogConnectorReplicator - Setting initial binlog pos to: mysql-bin.052110:1772300',
      '2026-02-08 09:12:09 INFO  BinaryLogClient - Connected to shop-mysql-replica.data.svc.cluster.local:3306 at mysql-bin.052110/1772300 (sid:6379, cid:88412)',
      '2026-02-08 09:12:09 INFO  BinlogConnectorReplicator - Binlog connected.',
      '2026-02-09 14:02:11 INFO  Replicator - bootstrapping started for shop.order_items, binlog position is BinlogPosition[mysql-bin.052411:44102]',
      '2026-02-09 14:16:40 INFO  Replicator - bootstrapping ended for shop.order_items',
      '2026-02-10 10:30:05 INFO  Replicator - bootstrapping started for shop.refunds, binlog position is BinlogPosition[mysql-bin.052588:9102773]',
      '2026-02-10 10:32:51 INFO  Replicator - bootstrapping ended for shop.refunds',
      '2026-02-10 16:44:19 INFO  MysqlSavedSchema - storing schema @Position[BinlogPosition[mysql-bin.052662:11408823], lastHeartbeat=1770741858110] after applying "ALTER TABLE `order_events` ADD COLUMN `channel` varchar(32) NULL" to shop, new schema id is 312',
      '2026-02-11 06:19:27 INFO  Replicator - bootstrapping started for shop.order_events, binlog position is BinlogPosition[mysql-bin.052799:31022871]',
      rep(
        12,
        (i) =>
          `2026-02-11 ${clock(t(6, 25) + i * 600)} INFO  NetworkClient - [Producer clientId=producer-1] Node -${1 + (i % 3)} disconnected.`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fortysixth-grpcio-search-frontend-unavailable',
    family: 'config-mismatch',
    source: 'https://github.com/grpc/grpc/issues/33661',
    signal: 'Alert',
    containers: [
      {
        name: 'search-frontend',
        running: { startedAt: '2026-02-08T13:40:02Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          RANKER_TARGET: 'ranker.search.svc.cluster.local:50051',
          GRPC_KEEPALIVE_TIME_MS: '10000',
          GRPC_KEEPALIVE_PERMIT_WITHOUT_CALLS: '1',
          GUNICORN_WORKERS: '4',
        },
      },
    ],
    events: [
      firing(
        'SearchFrontendErrors',
        '7.2% of /search requests fail with 502 over 30m on all 8 search-frontend pods (baseline 0.05%).',
      ),
    ],
    currentLog: log(
      rep(
        20,
        (i) =>
          `10.42.${1 + (i % 5)}.${40 + i} - - [11/Feb/2026:${clock(t(6, 10) + i * 55)} +0000] "GET /search?q=${['boots', 'rain+jacket', 'tent', 'headlamp'][i % 4]} HTTP/1.1" 200 ${14_000 + i * 37} "-" "Mozilla/5.0"`,
      ),
      rep(36, (i) =>
        i % 3 === 0
          ? `E0211 ${clock(t(6, 31, 40) + i * 180)}.${micro(i)}      ${40 + (i % 4)} chttp2_transport.cc:1316] ipv4:10.42.7.31:50051: Received a GOAWAY with error code ENHANCE_YOUR_CALM and debug data equal to "too_many_pings". Current keepalive time (before throttling): 10000ms`
          : i % 3 === 1
            ? log(
                `[2026-02-11 ${clock(t(6, 31, 41) + i * 180)} +0000] [${40 + (i % 4)}] [ERROR] ranker call failed: <_InactiveRpcError of RPC that terminated with:`,
                '\tstatus = StatusCode.UNAVAILABLE',
                '\tdetails = "GOAWAY received"',
                `\tdebug_error_string = "UNKNOWN:Error received from peer ipv4:10.42.7.31:50051 {grpc_message:"GOAWAY received", grpc_status:14, created_time:"2026-02-11T${clock(t(6, 31, 41) + i * 180)}.${micro(i)}+00:00"}"`,
                '>',
              )
            : `10.42.${1 + (i % 5)}.${40 + i} - - [11/Feb/2026:${clock(t(6, 31, 41) + i * 180)} +0000] "GET /search?q=${['boots', 'rain+jacket', 'tent', 'headlamp'][i % 4]} HTTP/1.1" 502 166 "-" "Mozilla/5.0"`,
      ),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: scale-ups wrong (2)
  {
    id: 'fortysixth-node-rdkafka-ledger-events-lag',
    family: 'hot-partition',
    source: 'https://github.com/kedacore/keda/issues/3997',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-events-consumer',
        running: { startedAt: '2026-02-10T20:11:38Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          KAFKA_BROKERS: 'b-1.ledger.kafka.svc:9092,b-2.ledger.kafka.svc:9092,b-3.ledger.kafka.svc:9092',
          KAFKA_GROUP_ID: 'ledger-events-consumer',
          KAFKA_TOPIC: 'ledger.events',
        },
      },
    ],
    events: [
      firing(
        'KafkaConsumerGroupLag',
        'Consumer group ledger-events-consumer is 214k messages behind on ledger.events and the lag keeps rising; 12 members, 12 partitions.',
      ),
    ],
    currentLog: log(
      pino(
        t(7, 0, 2),
        0,
        30,
        'ledger-events-consumer-7f6d5c8b49-hw2kd',
        'rebalance',
        '"event":"ERR__ASSIGN_PARTITIONS","assignment":[{"topic":"ledger.events","partition":5}],"groupMembers":12',
      ),
      rep(90, (i) =>
        i % 10 === 9
          ? pino(
              t(7, 1) + i * 60,
              i + 1,
              30,
              'ledger-events-consumer-7f6d5c8b49-hw2kd',
              'group lag',
              `"lag":{"0":${i % 7},"1":0,"2":${i % 4},"3":0,"4":${i % 5},"5":${40_000 + i * 1_950},"6":0,"7":${i % 3},"8":0,"9":${i % 6},"10":0,"11":${i % 2}}`,
            )
          : pino(
              t(7, 1) + i * 60,
              i + 1,
              30,
              'ledger-events-consumer-7f6d5c8b49-hw2kd',
              'batch applied',
              `"partition":5,"count":500,"ms":${410 + ((i * 13) % 60)},"topKey":"tenant:acme-holdings","topKeyShare":0.${93 + (i % 5)}`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-hutch-carrier-rates-backlog',
    family: 'rate-limited',
    source: 'https://github.com/lostisland/faraday/pull/1530',
    signal: 'Alert',
    containers: [
      {
        name: 'carrier-rates-sync',
        running: { startedAt: '2026-02-10T07:12:44Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          HUTCH_MQ_HOST: 'rabbitmq.logistics.svc.cluster.local',
          HUTCH_MQ_VHOST: 'logistics',
          CARRIER_API_BASE: 'https://api.parcel-carrier.example/v3',
        },
        args: ['bundle', 'exec', 'hutch', '--require', 'config/hutch.rb'],
      },
    ],
    events: [
      firing(
        'RabbitMQQueueDepthHigh',
        'Queue carrier.rates.sync (vhost logistics) has 41k ready messages and 8 consumers; depth has grown for 55 minutes.',
      ),
    ],
    currentLog: log(
      rep(
        20,
        (i) =>
          `2026-02-11T${clock(t(7, 10) + i * 70)}Z 1 INFO -- message(${(0x5e3a0000 + i * 977).toString(16)}-4b1c): CarrierRatesConsumer synced lane ${['AMS-BER', 'AMS-PAR', 'RTM-MUC', 'EIN-WAW'][i % 4]} carrier=${['dhl', 'dpd', 'gls'][i % 3]} in ${210 + ((i * 17) % 90)}ms`,
      ),
      rep(80, (i) =>
        i % 2 === 0
          ? `2026-02-11T${clock(t(7, 35) + i * 40)}Z 1 ERROR -- message(${(0x6a110000 + i * 613).toString(16)}-77d0): Faraday::TooManyRequestsError - the server responded with status 429`
          : `2026-02-11T${clock(t(7, 35) + i * 40)}Z 1 WARN -- carrier API rate limited: Retry-After=60, x-ratelimit-limit=600/min, x-ratelimit-remaining=0; requeueing message`,
      ),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: memory raises wrong (2)
  {
    id: 'fortysixth-canal-orders-binlog-delay',
    family: 'heap-capped',
    source: 'https://github.com/alibaba/canal/issues/1699',
    signal: 'Alert',
    containers: [
      {
        name: 'canal-server',
        running: { startedAt: '2026-02-06T04:22:19Z' },
        ready: true,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS:
            '-server -Xms2048m -Xmx3072m -Xmn1024m -XX:SurvivorRatio=2 -Xss256k -XX:-UseAdaptiveSizePolicy -XX:MaxTenuringThreshold=15 -XX:+DisableExplicitGC -XX:+UseG1GC',
          'canal.destinations': 'orders',
          'canal.instance.master.address': 'orders-mysql.data.svc.cluster.local:3306',
          'canal.serverMode': 'kafka',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'CanalDestinationDelay',
        'Canal destination orders is 47m behind the source binlog; Kafka topic canal.orders received no messages for 44m.',
      ),
    ],
    currentLog: log(
      rep(
        16,
        (i) =>
          `2026-02-11 ${clock(t(7, 20) + i * 80)}.${frac(i)} [MultiStageCoprocessor-other-orders-${i % 3}] INFO  c.a.o.canal.connector.kafka.producer.CanalKafkaProducer - send ${80 + ((i * 37) % 300)} messages to topic canal.orders`,
      ),
      rep(8, (i) =>
        log(
          `2026-02-11 ${clock(t(7, 43, 2) + i * 300)}.${frac(i + 20)} [destination = orders , address = orders-mysql.data.svc.cluster.local/10.43.18.4:3306 , EventParser] WARN  c.a.o.c.p.inbound.mysql.rds.RdsBinlogEventParserProxy - ---> find start position successfully, EntryPosition[included=false,journalName=mysql-bin.004412,position=217043434,serverId=100,gtid=,timestamp=1770795741000] cost : 457ms , the next step is binlog dump`,
          `2026-02-11 ${clock(t(7, 43, 37) + i * 300)}.${frac(i + 30)} [destination = orders , address = orders-mysql.data.svc.cluster.local/10.43.18.4:3306 , EventParser] ERROR c.a.o.c.p.inbound.mysql.rds.RdsBinlogEventParserProxy - dump address orders-mysql.data.svc.cluster.local/10.43.18.4:3306 has an error, retrying. caused by`,
          'com.alibaba.otter.canal.parse.exception.CanalParseException: java.lang.OutOfMemoryError: Java heap space',
          'Caused by: java.lang.OutOfMemoryError: Java heap space',
          `2026-02-11 ${clock(t(7, 43, 37) + i * 300)}.${frac(i + 40)} [destination = orders , address = orders-mysql.data.svc.cluster.local/10.43.18.4:3306 , EventParser] ERROR com.alibaba.otter.canal.common.alarm.LogAlarmHandler - destination:orders[com.alibaba.otter.canal.parse.exception.CanalParseException: java.lang.OutOfMemoryError: Java heap space`,
          'Caused by: java.lang.OutOfMemoryError: Java heap space',
          ']',
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-mqttjs-telemetry-ingest-oomkilled',
    family: 'memory-leak',
    source: 'https://github.com/mqttjs/MQTT.js/issues/791',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'telemetry-ingest',
        running: { startedAt: '2026-02-11T08:09:12Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 11,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          MQTT_URL: 'mqtts://mqtt.fleet.svc.cluster.local:8883',
          MQTT_CLIENTS: '100',
          NODE_OPTIONS: '--max-old-space-size=768',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container telemetry-ingest in pod telemetry-ingest-55c8d7f9b6-r9tjm_fleet(7b2d4e81-0c3a-4f96-a5d8-1e9c6b3f2a07)',
        count: 4,
      },
    ],
    previousLog: log(
      pino(
        t(7, 27, 40),
        0,
        30,
        'telemetry-ingest-55c8d7f9b6-r9tjm',
        'connected 100 mqtt clients',
        '"broker":"mqtts://mqtt.fleet.svc.cluster.local:8883"',
      ),
      rep(40, (i) =>
        pino(
          t(7, 28) + i * 60,
          i + 1,
          30,
          'telemetry-ingest-55c8d7f9b6-r9tjm',
          'ingest stats',
          `"msgs_60s":${17_900 + ((i * 53) % 400)},"rss_mb":${170 + i * 21},"heap_used_mb":${96 + i * 16},"external_mb":${12 + (i % 3)}`,
        ),
      ),
    ),
    currentLog: log(
      pino(
        t(8, 9, 14),
        0,
        30,
        'telemetry-ingest-55c8d7f9b6-r9tjm',
        'connected 100 mqtt clients',
        '"broker":"mqtts://mqtt.fleet.svc.cluster.local:8883"',
      ),
      rep(20, (i) =>
        pino(
          t(8, 9, 30) + i * 60,
          i + 1,
          30,
          'telemetry-ingest-55c8d7f9b6-r9tjm',
          'ingest stats',
          `"msgs_60s":${18_010 + ((i * 47) % 380)},"rss_mb":${168 + i * 21},"heap_used_mb":${95 + i * 16},"external_mb":${12 + (i % 3)}`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: rollbacks wrong (2)
  {
    id: 'fortysixth-async-nats-geo-fence-stalled',
    family: 'certificate-expired',
    source: 'https://github.com/rigelminer/rigel/issues/238',
    signal: 'Alert',
    containers: [
      {
        name: 'geo-fence',
        running: { startedAt: '2026-02-11T07:35:20Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          NATS_URL: 'tls://nats.mobility.svc.cluster.local:4222',
          NATS_CA_FILE: '/etc/nats/ca/ca.crt',
          RUST_LOG: 'info,async_nats=info',
        },
        mounts: [{ volume: 'nats-ca', path: '/etc/nats/ca' }],
      },
    ],
    volumes: [{ name: 'nats-ca', configMap: 'mobility-internal-ca' }],
    rollout: { minutesAgo: 55, previousTag: '2.2.9' },
    events: [
      firing(
        'GeoFenceEventsStalled',
        'geo-fence has published no fence.enter/fence.exit events for 29 minutes (normal rate 300/min).',
      ),
    ],
    currentLog: log(
      tr(t(7, 35, 21), 0, 'INFO', 'geo_fence', 'geo-fence 2.3.1 starting, 1842 fences loaded'),
      tr(t(7, 35, 21), 1, 'INFO', 'async_nats', 'event: connected'),
      rep(40, (i) =>
        tr(
          t(7, 36) + i * 35,
          i + 2,
          'INFO',
          'geo_fence::publisher',
          `published ${['fence.enter', 'fence.exit'][i % 2]} vehicle=veh_${20_100 + ((i * 37) % 900)} fence=zone_${(i * 13) % 1842} lag_ms=${8 + (i % 9)}`,
        ),
      ),
      tr(t(8, 0, 0), 50, 'INFO', 'async_nats', 'event: disconnected'),
      rep(40, (i) =>
        tr(
          t(8, 0, 1) + i * 44,
          i + 51,
          'ERROR',
          'async_nats',
          `failed to connect to server nats.mobility.svc.cluster.local:4222: tls connection failed: invalid peer certificate: Expired (attempt ${i + 1})`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-hutch-shipment-events-crashloop',
    family: 'credentials',
    source: 'https://github.com/ruby-amqp/bunny/blob/main/lib/bunny/session.rb',
    signal: 'CrashLoopBackOff',
    initContainers: [
      {
        name: 'db-migrate',
        terminated: { reason: 'Completed', exitCode: 0 },
        args: ['bundle', 'exec', 'rails', 'db:migrate'],
      },
    ],
    containers: [
      {
        ...crashed('shipment-events', 1, 6),
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          RAILS_ENV: 'production',
          HUTCH_MQ_HOST: 'rabbitmq.logistics.svc.cluster.local',
          HUTCH_MQ_VHOST: 'logistics',
          HUTCH_MQ_USERNAME: 'shipment-events',
        },
        args: ['bundle', 'exec', 'hutch', '--require', 'config/hutch.rb'],
        mounts: [{ volume: 'rabbitmq-credentials', path: '/etc/hutch' }],
      },
    ],
    volumes: [{ name: 'rabbitmq-credentials', secret: 'shipment-events-rabbitmq' }],
    rollout: { minutesAgo: 64, previousTag: '2.2.14' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container shipment-events in pod shipment-events-6c9d8f7b5-z8nwr_logistics(c41e7a29-5f3b-4d08-9e6a-2b7d1f0c8e53)',
        count: 19,
      },
      firing(
        'ShipmentEventsNoConsumer',
        'Queue shipments.events has had no consumer since 08:04; the consumer processed 11k messages between 07:27 and 08:04.',
      ),
    ],
    previousLog: log(
      '2026-02-11T08:26:41Z 1 INFO -- hutch booted with pid 1',
      '2026-02-11T08:26:41Z 1 INFO -- found rails project (.), booting app in production environment',
      rb(
        t(8, 26, 43),
        0,
        'INFO',
        'Shipments::Schema loaded: shipments.carrier_code removed (20260211071500), reading carrier from carriers.code',
      ),
      rb(
        t(8, 26, 43),
        1,
        'INFO',
        'ActiveRecord pool ready: shipments-db.logistics.svc.cluster.local/shipments pool=5',
      ),
      '2026-02-11T08:26:44Z 1 INFO -- hutch: consumers: ShipmentCreatedConsumer, ShipmentDeliveredConsumer, ShipmentExceptionConsumer',
      '2026-02-11T08:26:44Z 1 INFO -- connecting to rabbitmq (amqp://shipment-events@rabbitmq.logistics.svc.cluster.local:5672/logistics)',
      'E, [2026-02-11T08:26:44.390127 #1] ERROR -- #<Bunny::Session:0x7f2c shipment-events@rabbitmq.logistics.svc.cluster.local:5672, vhost=logistics, addresses=[rabbitmq.logistics.svc.cluster.local:5672]>: Authentication with RabbitMQ failed: 403 ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.',
      "/usr/local/bundle/gems/bunny-2.22.0/lib/bunny/session.rb:1412:in `open_connection': Authentication with RabbitMQ failed. Please check your connection settings. Username: shipment-events, vhost: logistics, password length: 32 (Bunny::AuthenticationFailureError)",
      "\tfrom /usr/local/bundle/gems/bunny-2.22.0/lib/bunny/session.rb:341:in `start'",
      "\tfrom /usr/local/bundle/gems/hutch-1.1.1/lib/hutch/broker.rb:81:in `block in open_connection'",
      "\tfrom /usr/local/bundle/gems/hutch-1.1.1/lib/hutch/logging.rb:33:in `with_bunny_connection_handler'",
      "\tfrom /usr/local/bundle/gems/hutch-1.1.1/lib/hutch/broker.rb:80:in `open_connection'",
      "\tfrom /usr/local/bundle/gems/hutch-1.1.1/lib/hutch/broker.rb:62:in `set_up_amqp_connection'",
      "\tfrom /usr/local/bundle/gems/hutch-1.1.1/lib/hutch/broker.rb:40:in `connect'",
      "\tfrom /usr/local/bundle/gems/hutch-1.1.1/lib/hutch/cli.rb:117:in `start_work_loop'",
      "\tfrom /usr/local/bundle/gems/hutch-1.1.1/lib/hutch/cli.rb:26:in `run'",
      "\tfrom /usr/local/bundle/gems/hutch-1.1.1/bin/hutch:8:in `<top (required)>'",
      "\tfrom /usr/local/bundle/bin/hutch:25:in `load'",
      "\tfrom /usr/local/bundle/bin/hutch:25:in `<main>'",
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  // ------------------------------------------------------------ look-alike: cache flush wrong (1)
  {
    id: 'fortysixth-rueidis-ingest-gateway-503s',
    family: 'redis-is-a-queue',
    source: 'https://github.com/StackExchange/StackExchange.Redis/issues/828',
    signal: 'Alert',
    containers: [
      {
        name: 'ingest-gateway',
        running: { startedAt: '2026-02-09T17:55:02Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          REDIS_ADDR: 'ingest-redis.telemetry.svc.cluster.local:6379',
          STREAM_KEY: 'events:raw',
          STREAM_CONSUMER_GROUP: 'enrichers',
        },
      },
    ],
    events: [
      firing(
        'IngestGatewayErrors',
        '41% of POST /v1/events answered 503 over 15m on all 4 ingest-gateway pods.',
      ),
    ],
    currentLog: log(
      rep(30, (i) =>
        zap(
          t(7, 20) + i * 50,
          i,
          'info',
          'stats/reporter.go:57',
          'stream stats',
          `"stream":"events:raw","length":${16_400_000 + i * 61_000},"group":"enrichers","pending":${16_100_000 + i * 60_500},"last_delivered_age_s":${300 + i * 48},"used_memory_pct":${91 + Math.floor(i / 4)}`,
        ),
      ),
      rep(80, (i) =>
        i % 4 === 3
          ? zap(
              t(7, 46) + i * 32,
              i + 40,
              'info',
              'stats/reporter.go:57',
              'stream stats',
              `"stream":"events:raw","length":18212044,"group":"enrichers","pending":17984310,"last_delivered_age_s":${1_860 + i * 32},"used_memory_pct":100`,
            )
          : zap(
              t(7, 46) + i * 32,
              i + 40,
              'error',
              'api/events.go:112',
              'XADD failed, answering 503',
              `"stream":"events:raw","batch":${40 + (i % 60)},"error":"OOM command not allowed when used memory > 'maxmemory'."`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: node actions wrong (2)
  {
    id: 'fortysixth-statement-exporter-evicted',
    family: 'ephemeral-storage',
    source: 'https://github.com/kubernetes/kubernetes/issues/122160',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'statement-exporter',
        terminated: { reason: 'Error', exitCode: 143 },
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          EXPORT_SPOOL_DIR: '/tmp/statements',
          EXPORT_BUCKET: 's3://bank-statements-export-prod',
        },
        mounts: [{ volume: 'spool', path: '/tmp/statements' }],
      },
    ],
    volumes: [{ name: 'spool', emptyDir: {} }],
    node: calmNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container statement-exporter' },
    ],
    currentLog: log(
      rep(20, (i) =>
        spring(
          t(5, 40) + i * 40,
          i,
          'INFO',
          'task-scheduler-1',
          'c.e.statements.StatementFileWriter',
          `wrote /tmp/statements/stmt-2026-02-10-${String(40_100 + i).padStart(6, '0')}.pdf (${(1.1 + (i % 5) * 0.3).toFixed(1)} MB)`,
        ),
      ),
      rep(60, (i) =>
        i % 3 === 0
          ? spring(
              t(6, 10) + i * 80,
              i + 30,
              'ERROR',
              'task-scheduler-2',
              'o.s.integration.handler.LoggingHandler',
              `org.springframework.messaging.MessageHandlingException: error occurred in message handler [s3MessageHandler]; nested exception is software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: ${(0x4f2a0000 + i * 7919).toString(16).toUpperCase()}RX, Extended Request ID: q2Xv8Kpz${i}Lw==)`,
            )
          : spring(
              t(6, 10) + i * 80,
              i + 30,
              'INFO',
              'task-scheduler-1',
              'c.e.statements.StatementFileWriter',
              `wrote /tmp/statements/stmt-2026-02-11-${String(100 + i).padStart(6, '0')}.pdf (${(1.2 + (i % 4) * 0.4).toFixed(1)} MB); spool holds ${180 + i * 14} files, ${(0.3 + i * 0.028).toFixed(2)} GB`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fortysixth-csv-import-evicted',
    family: 'pod-fills-node',
    source: 'https://github.com/kubernetes/kubernetes/issues/112927',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'csv-import',
        terminated: { reason: 'Error', exitCode: 143 },
        env: {
          IMPORT_SOURCE: 's3://partner-feeds/catalog/partner_catalog_2026-02-11.csv',
          PANDAS_READ_MODE: 'full',
        },
        args: ['python', '-m', 'catalog_import.run'],
      },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status. AppArmor enabled',
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
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 88412Ki. Container csv-import was using 11823412Ki, which exceeds its request of 0.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container csv-import' },
    ],
    currentLog: log(
      py(
        t(7, 58, 2),
        0,
        'INFO',
        'catalog_import.run',
        'downloading s3://partner-feeds/catalog/partner_catalog_2026-02-11.csv (9.4 GB)',
      ),
      py(
        t(8, 6, 40),
        1,
        'INFO',
        'catalog_import.run',
        'download complete in 518s, reading with pandas.read_csv (engine=c, dtype inference on)',
      ),
      rep(24, (i) =>
        py(
          t(8, 7) + i * 45,
          i + 2,
          'INFO',
          'catalog_import.progress',
          `parsed ${(2_000_000 * (i + 1)).toLocaleString('en-US')} rows, process rss ${(0.9 + i * 0.46).toFixed(2)} GB`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
];
