import { crashLoop, type HeldOutCase, type HeldOutEvent, log } from './case.ts';

const crashed = crashLoop('2m40s', 7);

/** `count` lines built from their index: the retries, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** An Alertmanager alert as the Deployment's event. */
const alert = (message: string): HeldOutEvent => ({ reason: 'AlertFiring', message, on: 'Deployment' });

/** A Logback line as Micronaut, Dropwizard and Spring print them. */
const logback = (i: number, level: string, thread: string, logger: string, msg: string): string =>
  `2026-03-04 03:${dd(10 + Math.floor(i / 60))}:${dd(i)}.${String((i * 53) % 1000).padStart(3, '0')} [${thread}] ${level.padEnd(5)} ${logger} - ${msg}`;

/** A Go service's logfmt line (slog's text handler). */
const slog = (i: number, level: string, msg: string, rest = ''): string =>
  `time=2026-03-04T03:${dd(20 + Math.floor(i / 60))}:${dd(i)}.${String((i * 71) % 1000).padStart(3, '0')}Z level=${level} msg="${msg}"${rest ? ` ${rest}` : ''}`;

/** An Elixir Logger line. */
const ex = (i: number, level: string, msg: string): string =>
  `03:${dd(30 + Math.floor(i / 60))}:${dd(i)}.${String((i * 19) % 1000).padStart(3, '0')} [${level}] ${msg}`;

/**
 * A twenty-ninth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: WHEN A MUTATION IS THE RIGHT ANSWER. 26 failures where a
 * catalog action is what a good on-call SRE does first at 3 a.m. (restarts of processes wedged in
 * a state only a restart clears: a Lettuce connection left on a demoted ElastiCache primary, a
 * HikariCP pool under Micronaut that never refilled after the database came back, a Sarama and a
 * segmentio/kafka-go consumer that stopped fetching, Oban producers that never resubscribed, Jetty
 * under Dropwizard leaking descriptors over weeks, a grpc-dotnet subchannel stuck in
 * TransientFailure, a NATS JetStream consumer without heartbeats after a reconnect, Finagle pinned
 * to an old address, a leaked Jedis pool, Que's locker holding advisory locks, rust-rdkafka and
 * aiokafka consumers that left their group; rollbacks of releases that plainly broke; more memory
 * for Centrifugo and a Kotlin coroutine service grown with real data; more replicas for Temporal
 * Go workers and a Broadway pipeline under real growth; a flush of a pure Jedis cache under
 * `noeviction`; node actions for a broken flannel on one node, a hung kernel task, a disk full of
 * images and a kubelet that stopped posting status), beside 14 look-alikes where the same action
 * is wrong (the broker, database or gRPC server is still down, the descriptor leak returns in
 * minutes, another service holds the lock, Centrifugo leaks, a heap capped by -Xmx, a partner's
 * rate limit, a topic with no spare partition, a rollout that did not cause the failure, Redis
 * holding streams and sessions, flannel broken on every node, a database too slow for the pool).
 * Software no earlier batch used: Lettuce, Jedis, HikariCP under Micronaut, Finagle, Dropwizard,
 * Kotlin coroutines, Sarama, segmentio/kafka-go, rust-rdkafka on Tokio, aiokafka, Karafka, Oban,
 * Broadway, Que, Watermill, Temporal's Go SDK, NATS JetStream (nats.go), Centrifugo, grpc-dotnet,
 * flannel. Each quotes the wording of the public thread in `source`. Mix: 14 escalations (the 14
 * look-alikes), 19 restart cases (13 restarts right, 6 wrong: a dependency still down, a fast leak,
 * a lock held elsewhere, a slow database), 4 memory (2 raises right, 2 wrong), 5 rollouts (4
 * rollbacks right, 1 wrong), 5 node cases (4 node actions right, 1 wrong), 4 scale-ups (2 right, 2
 * wrong), 3 cache flushes (1 right, 2 wrong).
 */
export const TWENTYNINTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- restarts that are right
  {
    id: 'twentyninth-lettuce-checkout-readonly-writes',
    family: 'stale-connection',
    source: 'https://github.com/redis/lettuce/issues/338',
    signal: 'Alert',
    containers: [
      {
        name: 'checkout-api',
        running: { startedAt: '2026-02-26T11:02:13Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_DATA_REDIS_HOST: 'checkout-cache.x7f2ka.ng.0001.euw1.cache.amazonaws.com',
          SPRING_DATA_REDIS_PORT: '6379',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      alert('CheckoutCartWriteErrors: checkout-api 5xx ratio 0.41 on PUT /carts over 10m (all 6 replicas)'),
      {
        reason: 'ReplicationGroupFailoverComplete',
        type: 'Normal',
        message: 'ElastiCache event (forwarded): Failover to replica node checkout-cache-002 completed',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        logback(
          i,
          'INFO',
          `http-nio-8080-exec-${(i % 9) + 1}`,
          'c.e.checkout.web.CartController',
          `GET /carts/${81230 + i} 200 ${(i * 7) % 40}ms`,
        ),
      ),
      logback(
        31,
        'WARN',
        'lettuce-epollEventLoop-4-2',
        'i.l.core.protocol.ConnectionWatchdog',
        'Reconnecting, last destination was checkout-cache.x7f2ka.ng.0001.euw1.cache.amazonaws.com/10.40.12.87:6379',
      ),
      logback(
        32,
        'INFO',
        'lettuce-epollEventLoop-4-2',
        'i.l.core.protocol.ReconnectionHandler',
        'Reconnected to checkout-cache.x7f2ka.ng.0001.euw1.cache.amazonaws.com/10.40.12.87:6379',
      ),
      times(50, (i) =>
        i % 5 === 0
          ? logback(
              33 + i,
              'INFO',
              `http-nio-8080-exec-${(i % 9) + 1}`,
              'c.e.checkout.web.CartController',
              `GET /carts/${81300 + i} 200 ${(i * 3) % 30}ms`,
            )
          : logback(
              33 + i,
              'ERROR',
              `http-nio-8080-exec-${(i % 9) + 1}`,
              'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
              "Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: org.springframework.data.redis.RedisSystemException: Error in execution; nested exception is io.lettuce.core.RedisCommandExecutionException: READONLY You can't write against a read only replica.] with root cause",
            ),
      ),
      "io.lettuce.core.RedisCommandExecutionException: READONLY You can't write against a read only replica.",
      '\tat io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:147)',
      '\tat io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:116)',
      '\tat io.lettuce.core.protocol.AsyncCommand.completeResult(AsyncCommand.java:120)',
      '\tat io.lettuce.core.protocol.CommandHandler.complete(CommandHandler.java:745)',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceStringCommands.setEx(LettuceStringCommands.java:121)',
      '\tat com.example.checkout.cart.CartStore.save(CartStore.java:58)',
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'twentyninth-micronaut-ledger-pool-never-refills',
    family: 'stale-connection',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/1736',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'ledger-svc',
        running: { startedAt: '2026-02-20T08:14:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          DATASOURCES_DEFAULT_URL:
            'jdbc:postgresql://ledger-db.cluster-c9x.eu-west-1.rds.amazonaws.com:5432/ledger',
          DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE: '10',
          MICRONAUT_ENVIRONMENTS: 'k8s,prod',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 212,
      },
      alert('LedgerReplicaNotReady: 1 of 4 ledger-svc pods not ready for 35m; the other 3 serve normally'),
    ],
    currentLog: log(
      times(12, (i) =>
        logback(
          i,
          'INFO',
          `default-nioEventLoopGroup-1-${(i % 4) + 1}`,
          'c.e.ledger.PostingController',
          `POST /postings 201 ${(i * 11) % 60}ms`,
        ),
      ),
      logback(
        13,
        'WARN',
        'default-nioEventLoopGroup-1-2',
        'com.zaxxer.hikari.pool.PoolBase',
        'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5a1c77e0 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.',
      ),
      logback(
        14,
        'ERROR',
        'default-nioEventLoopGroup-1-3',
        'c.e.ledger.PostingController',
        'Posting failed: org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command',
      ),
      times(60, (i) =>
        i % 6 === 5
          ? logback(
              15 + i,
              'INFO',
              'HikariPool-1 housekeeper',
              'com.zaxxer.hikari.pool.HikariPool',
              'HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=17)',
            )
          : logback(
              15 + i,
              'ERROR',
              `default-nioEventLoopGroup-1-${(i % 4) + 1}`,
              'c.e.ledger.PostingController',
              'Posting failed: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
            ),
      ),
      logback(
        80,
        'INFO',
        'default-nioEventLoopGroup-1-1',
        'c.e.ledger.health.DbProbe',
        'readiness: datasource check failed after 30001ms; reporting DOWN',
      ),
      logback(
        81,
        'INFO',
        'default-nioEventLoopGroup-1-1',
        'c.e.ledger.health.UpstreamProbe',
        'ledger-db.cluster-c9x.eu-west-1.rds.amazonaws.com:5432 reachable (tcp 3ms); aurora writer ledger-db-instance-2 available since 02:41:07Z',
      ),
      times(20, (i) =>
        logback(
          82 + i,
          'ERROR',
          `default-nioEventLoopGroup-1-${(i % 4) + 1}`,
          'c.e.ledger.PostingController',
          'Posting failed: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
        ),
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'twentyninth-sarama-shipment-events-lag',
    family: 'consumer-stalled',
    source: 'https://github.com/IBM/sarama/issues/2073',
    signal: 'Alert',
    containers: [
      {
        name: 'shipment-projector',
        running: { startedAt: '2026-02-28T17:40:02Z' },
        ready: true,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          KAFKA_BROKERS: 'b-1.events.kafka:9092,b-2.events.kafka:9092,b-3.events.kafka:9092',
          KAFKA_GROUP: 'shipment-projector',
          SARAMA_LOG: 'true',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerLagGrowing: group shipment-projector partitions 6-11 lag 412883 and rising for 50m; partitions 0-5 (other replica) lag 12',
      ),
    ],
    currentLog: log(
      times(20, (i) =>
        slog(
          i,
          'INFO',
          'projected event',
          `partition=${6 + (i % 6)} offset=${9120400 + i * 3} type=ShipmentDispatched`,
        ),
      ),
      '[Sarama] 2026/03/04 03:20:21 consumer/broker/2 disconnecting due to error processing FetchRequest: read tcp 10.42.3.17:51324->10.40.1.22:9092: i/o timeout',
      '[Sarama] 2026/03/04 03:20:21 consumer/broker/2 closed dead subscription to shipment.events/6',
      '[Sarama] 2026/03/04 03:20:21 consumer/broker/2 closed dead subscription to shipment.events/9',
      '[Sarama] 2026/03/04 03:20:21 consumer/broker/3 closed dead subscription to shipment.events/7',
      '[Sarama] 2026/03/04 03:20:21 consumer/broker/3 closed dead subscription to shipment.events/10',
      '[Sarama] 2026/03/04 03:20:21 consumer/broker/1 closed dead subscription to shipment.events/8',
      '[Sarama] 2026/03/04 03:20:21 consumer/broker/1 closed dead subscription to shipment.events/11',
      '[Sarama] 2026/03/04 03:20:22 loop check partition number coroutine will exit, topics [shipment.events]',
      times(70, (i) =>
        i % 10 === 9
          ? slog(
              22 + i,
              'INFO',
              'consumer group session alive',
              'group=shipment-projector claims=6 messages_last_min=0',
            )
          : `10.42.0.1 - - [04/Mar/2026:03:${dd(21 + Math.floor(i / 6))}:${dd(i * 10)} +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"`,
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'twentyninth-kafka-go-audit-writer-lag-after-broker-roll',
    family: 'consumer-stalled',
    source: 'https://github.com/segmentio/kafka-go/issues/847',
    signal: 'Alert',
    containers: [
      {
        name: 'audit-writer',
        running: { startedAt: '2026-02-27T09:12:55Z' },
        ready: true,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: {
          KAFKA_BROKERS:
            'kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092,kafka-2.kafka-headless:9092',
          KAFKA_TOPIC: 'audit.trail',
          KAFKA_GROUP_ID: 'audit-writer',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupStalled: group audit-writer committed offset unchanged for 45m on audit.trail/0 (1 partition, 1 member)',
      ),
      {
        reason: 'RollingUpdateComplete',
        type: 'Normal',
        message: 'StatefulSet kafka (namespace data) rolling update completed 41m ago; 3/3 brokers ready',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(25, (i) =>
        slog(
          i,
          'INFO',
          'batch written',
          `rows=${40 + (i % 9)} offset=${77120 + i * 45} took_ms=${12 + (i % 7)}`,
        ),
      ),
      slog(26, 'ERROR', 'Error on message', 'err="dial tcp 10.42.5.31:9092: connect: operation timed out"'),
      slog(27, 'INFO', 'Establishing new reader kafka connection'),
      slog(28, 'ERROR', 'Error on message', 'err="dial tcp 10.42.5.31:9092: connect: operation timed out"'),
      slog(29, 'INFO', 'Establishing new reader kafka connection'),
      times(60, (i) =>
        i % 12 === 11
          ? slog(
              30 + i,
              'INFO',
              'waiting for messages',
              `reader_stats="dials=${14 + i} fetches=0 messages=0 lag=-1"`,
            )
          : slog(30 + i, 'DEBUG', 'http request', 'method=GET path=/livez status=200 dur=0.2ms'),
      ),
      slog(
        95,
        'INFO',
        'broker check',
        'kafka-1.kafka-headless:9092=ok kafka-0.kafka-headless:9092=ok kafka-2.kafka-headless:9092=ok leader(audit.trail/0)=kafka-1',
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'twentyninth-oban-invoice-jobs-stay-available',
    family: 'worker-stalled',
    source: 'https://github.com/oban-bg/oban/issues/1499',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-worker',
        running: { startedAt: '2026-03-01T06:00:41Z' },
        ready: true,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: { POOL_SIZE: '15', OBAN_QUEUES: 'invoices:10,mailers:20', RELEASE_NODE: 'billing@10.42.6.12' },
      },
    ],
    events: [alert('ObanQueueBacklog: 4120 jobs in state available in queue invoices for 35m, 0 executing')],
    currentLog: log(
      times(20, (i) =>
        ex(
          i,
          'info',
          `[Oban] job completed worker=Billing.InvoiceWorker queue=invoices id=${880100 + i} duration=${120 + i}ms`,
        ),
      ),
      ex(
        21,
        'warning',
        'Producer refresh failed: %DBConnection.ConnectionError{message: "connection not available and request was dropped from queue after 10987ms", severity: :error, reason: :queue_timeout}',
      ),
      ex(22, 'error', 'GenServer {Oban.Registry, {Oban, Oban.Notifier}} terminating'),
      ex(
        23,
        'error',
        '** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 10992ms. This means requests are coming in and your connection pool cannot serve them fast enough.',
      ),
      ex(24, 'info', '[Oban.Notifiers.Postgres] notifier started, listening on "public.oban_insert"'),
      times(70, (i) =>
        i % 7 === 6
          ? ex(25 + i, 'info', `[Oban.Plugins.Stager] staged 0 jobs; available=${3900 + i * 3} executing=0`)
          : ex(25 + i, 'info', `GET /health 200 in ${(i % 4) + 1}ms`),
      ),
      ex(96, 'info', 'DB pool: 15 connections, 0 busy, queue_time p99 0.4ms'),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'twentyninth-dropwizard-catalog-too-many-open-files',
    family: 'fd-leak',
    source: 'https://github.com/jetty/jetty.project/issues/4473',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog-api',
        running: { startedAt: '2026-02-08T10:21:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        args: ['server', '/etc/catalog/config.yml'],
        mounts: [{ volume: 'config', path: '/etc/catalog' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'catalog-api-config' }],
    events: [
      alert(
        'ProcessOpenFdsNearLimit: catalog-api-7c9d8-2xq4t process_open_fds 64881 / process_max_fds 65536 (grew ~2600/day for 24 days)',
      ),
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `10.42.${i % 7}.${20 + (i % 30)} - - [04/Mar/2026:03:${dd(10 + Math.floor(i / 20))}:${dd(i * 3)} +0000] "GET /catalog/v2/items/${5500 + i} HTTP/1.1" 200 ${1800 + i * 7} "-" "okhttp/4.12.0" ${(i * 5) % 40}`,
      ),
      'WARN  [2026-03-04 03:12:04,118] org.eclipse.jetty.server.AbstractConnector: ',
      '! java.io.IOException: Too many open files',
      '! at sun.nio.ch.Net.accept(Native Method)',
      '! at sun.nio.ch.ServerSocketChannelImpl.implAccept(ServerSocketChannelImpl.java:433)',
      '! at sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:399)',
      '! at org.eclipse.jetty.server.ServerConnector.accept(ServerConnector.java:397)',
      '! at org.eclipse.jetty.server.AbstractConnector$Acceptor.run(AbstractConnector.java:698)',
      '! at org.eclipse.jetty.util.thread.QueuedThreadPool.runJob(QueuedThreadPool.java:971)',
      '! at org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.doRunJob(QueuedThreadPool.java:1201)',
      '! at java.base/java.lang.Thread.run(Thread.java:1583)',
      times(
        30,
        (i) =>
          `10.42.${i % 7}.${20 + (i % 30)} - - [04/Mar/2026:03:${dd(12 + Math.floor(i / 20))}:${dd(i * 3)} +0000] "GET /catalog/v2/items/${5600 + i} HTTP/1.1" 200 ${1800 + i * 7} "-" "okhttp/4.12.0" ${(i * 5) % 40}`,
      ),
      'WARN  [2026-03-04 03:14:31,902] org.eclipse.jetty.server.AbstractConnector: ',
      '! java.io.IOException: Too many open files',
      '! at sun.nio.ch.Net.accept(Native Method)',
      'INFO  [2026-03-04 03:14:40,000] com.example.catalog.metrics.FdReporter: open_fds=64902 max_fds=65536 close_wait_sockets=61877 uptime=24d17h',
    ),
    accept: ['restart-pod', 'escalate'],
  },
  {
    id: 'twentyninth-grpc-dotnet-quotes-subchannel-unavailable',
    family: 'stale-connection',
    source: 'https://github.com/grpc/grpc-dotnet/issues/2734',
    signal: 'Alert',
    containers: [
      {
        name: 'quotes-gateway',
        running: { startedAt: '2026-02-25T13:44:10Z' },
        ready: true,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_URLS: 'http://+:8080',
          Pricing__Address: 'http://pricing-grpc.pricing.svc.cluster.local:5001',
          DOTNET_gcServer: '0',
        },
      },
    ],
    events: [
      alert(
        'QuotesGatewayErrors: quotes-gateway-5b7f9-kq2m8 100% UNAVAILABLE to pricing for 28m; replicas -r8tz1 and -w4n6c 0.1%',
      ),
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `[03:${dd(10 + Math.floor(i / 10))}:${dd(i * 6)} INF] Request finished HTTP/1.1 GET http://quotes-gateway/quotes/EURUSD - 200 null application/json ${(i * 0.7 + 3).toFixed(4)}ms`,
      ),
      "[03:13:02 WRN] Grpc.Net.Client.Balancer.Subchannel: Subchannel id '1-1' error connecting to 10.42.9.14:5001.",
      '[03:13:02 WRN] System.Net.Sockets.SocketException (113): No route to host',
      "[03:14:02 DBG] Grpc.Net.Client.Balancer.Subchannel: Subchannel id '1-1' state changed to TransientFailure. Detail: 'Error connecting to subchannel.'",
      times(60, (i) =>
        i % 3 === 2
          ? `[03:${dd(15 + Math.floor(i / 6))}:${dd(i * 10)} INF] Request finished HTTP/1.1 GET http://quotes-gateway/healthz - 200 null text/plain 0.2ms`
          : `[03:${dd(15 + Math.floor(i / 6))}:${dd(i * 10)} ERR] Quotes.Gateway.QuoteEndpoint: Pricing call failed Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Error connecting to subchannel.", DebugException="System.Net.Sockets.SocketException: No route to host")`,
      ),
      '[03:42:00 INF] Quotes.Gateway.Diagnostics: dns pricing-grpc.pricing.svc.cluster.local -> 10.42.9.14; tcp connect 10.42.9.14:5001 ok (1ms)',
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'twentyninth-nats-jetstream-notifier-no-heartbeat',
    family: 'consumer-stalled',
    source: 'https://github.com/nats-io/nats.go/issues/1729',
    signal: 'Alert',
    containers: [
      {
        name: 'notifier',
        running: { startedAt: '2026-02-26T19:03:33Z' },
        ready: true,
        memoryLimit: '256Mi',
        cpuLimit: '250m',
        env: { NATS_URL: 'nats://nats.messaging:4222', JS_STREAM: 'ORDERS', JS_CONSUMER: 'notifier' },
      },
    ],
    events: [
      alert(
        'JetStreamConsumerPendingHigh: ORDERS/notifier num_pending 58012, num_ack_pending 0, 1 of 3 pull clients idle for 40m',
      ),
    ],
    currentLog: log(
      times(20, (i) =>
        slog(i, 'INFO', 'notification sent', `order=${`O-${720400 + i}`} channel=email took=${40 + i}ms`),
      ),
      slog(
        21,
        'WARN',
        'nats disconnected',
        'err="read tcp 10.42.2.44:40122->10.40.8.3:4222: read: connection reset by peer"',
      ),
      slog(22, 'INFO', 'nats reconnected', 'url=nats://10.40.8.5:4222'),
      times(60, (i) =>
        i % 4 === 3
          ? slog(23 + i, 'INFO', 'http', 'path=/readyz status=200')
          : slog(
              23 + i,
              'ERROR',
              'error when consuming messages',
              'consumer=notifier err="nats: no heartbeat received"',
            ),
      ),
      slog(90, 'INFO', 'stream info', 'stream=ORDERS leader=nats-1 replicas=3 current=true'),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'twentyninth-finagle-search-pinned-to-old-address',
    family: 'stale-dns',
    source: 'https://github.com/twitter/finagle/issues/664',
    signal: 'Alert',
    containers: [
      {
        name: 'search-frontend',
        running: { startedAt: '2026-02-19T15:30:00Z' },
        ready: true,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: {
          RANKER_DEST: 'ranker.internal.example.net:9990',
          JAVA_OPTS: '-Xmx1200m -Dnetworkaddress.cache.ttl=-1',
        },
      },
    ],
    events: [
      alert(
        'SearchFrontendUpstreamErrors: all 5 search-frontend replicas failing 100% of calls to ranker for 22m',
      ),
      {
        reason: 'DNSRecordUpdated',
        type: 'Normal',
        message:
          'external-dns: updated A ranker.internal.example.net 10.40.3.17 -> 10.40.7.41 (ranker migrated to new NLB)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'Mar 04, 2026 03:00:02 AM com.twitter.finagle.Init$ $anonfun$once$1',
      'INFO: Finagle version 24.2.0 (rev=3b8e5e2a8b) built at 20240214-153217',
      times(
        25,
        (i) =>
          `I 0304 03:${dd(1 + Math.floor(i / 10))}:${dd(i * 6)}.${String((i * 31) % 1000).padStart(3, '0')} THREAD${30 + (i % 8)}: access: GET /search?q=... 200 ${(i * 9) % 70}ms`,
      ),
      times(55, (i) =>
        i % 5 === 4
          ? `I 0304 03:${dd(20 + Math.floor(i / 6))}:${dd(i * 10)}.000 THREAD41: access: GET /health 200 0ms`
          : `W 0304 03:${dd(20 + Math.floor(i / 6))}:${dd(i * 10)}.${String((i * 17) % 1000).padStart(3, '0')} THREAD${30 + (i % 8)}: ranker call failed: com.twitter.finagle.ConnectionFailedException: connection timed out: ranker.internal.example.net/10.40.3.17:9990 at remote address: ranker.internal.example.net/10.40.3.17:9990. Remote Info: Not Available`,
      ),
      'I 0304 03:29:30.004 THREAD12: healthcheck ranker: dig ranker.internal.example.net -> 10.40.7.41 (ttl 60); http://10.40.7.41:9990/admin/ping 200',
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'twentyninth-jedis-session-pool-exhausted-after-redis-blip',
    family: 'pool-leak',
    source: 'https://github.com/redis/jedis/issues/1874',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'profile-api',
        running: { startedAt: '2026-02-22T12:00:00Z' },
        ready: false,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { REDIS_HOST: 'profile-cache.cache.svc', JEDIS_MAX_TOTAL: '32', JEDIS_MAX_WAIT_MS: '2000' },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 96,
      },
      alert('ProfileApiNotReady: profile-api-66d8c-lm2zx not ready 30m; 3 other replicas ready'),
    ],
    currentLog: log(
      times(15, (i) =>
        logback(i, 'INFO', `dw-${40 + i}`, 'c.e.profile.ProfileResource', `GET /profiles/${30010 + i} 200`),
      ),
      logback(
        16,
        'WARN',
        'dw-58',
        'c.e.profile.cache.ProfileCache',
        'redis read failed: redis.clients.jedis.exceptions.JedisConnectionException: java.net.SocketTimeoutException: Read timed out',
      ),
      logback(
        17,
        'WARN',
        'dw-61',
        'c.e.profile.cache.ProfileCache',
        'redis read failed: redis.clients.jedis.exceptions.JedisConnectionException: java.net.SocketException: Connection reset',
      ),
      times(60, (i) =>
        logback(
          18 + i,
          'ERROR',
          `dw-${60 + (i % 30)}`,
          'c.e.profile.ProfileResource',
          'GET /profiles failed: redis.clients.jedis.exceptions.JedisException: Could not get a resource from the pool',
        ),
      ),
      'redis.clients.jedis.exceptions.JedisException: Could not get a resource from the pool',
      '\tat redis.clients.jedis.util.Pool.getResource(Pool.java:84)',
      '\tat redis.clients.jedis.JedisPool.getResource(JedisPool.java:370)',
      '\tat com.example.profile.cache.ProfileCache.get(ProfileCache.java:41)',
      'Caused by: java.util.NoSuchElementException: Timeout waiting for idle object, borrowMaxWaitDuration=PT2S',
      '\tat org.apache.commons.pool2.impl.GenericObjectPool.borrowObject(GenericObjectPool.java:331)',
      '\t... 58 common frames omitted',
      logback(
        80,
        'INFO',
        'metrics',
        'c.e.profile.cache.PoolReporter',
        'jedis pool: active=32 idle=0 waiters=41 (borrowed connections never returned since 02:58); redis PING via fresh socket: PONG 0.4ms',
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'twentyninth-que-reports-jobs-not-picked-up',
    family: 'worker-stalled',
    source: 'https://github.com/que-rb/que/issues/309',
    signal: 'Alert',
    containers: [
      {
        name: 'que-worker',
        running: { startedAt: '2026-03-02T21:10:00Z' },
        ready: true,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        args: ['bundle', 'exec', 'que', '--worker-count', '8', './config/environment.rb'],
        env: { RAILS_ENV: 'production', DATABASE_URL: 'postgres://reports@reports-db.data:5432/reports' },
      },
    ],
    events: [
      alert(
        'QueJobsBacklog: 2211 que_jobs ready to run older than 15m; que-worker lockers report 0 jobs worked in 30m',
      ),
    ],
    currentLog: log(
      times(
        25,
        (i) =>
          `{"lib":"que","hostname":"que-worker-7b8f6-q2d8n","pid":1,"thread":${74000 + (i % 8) * 20},"event":"job_worked","job_id":${364600 + i},"elapsed":${(0.2 + (i % 5) * 0.11).toFixed(3)},"job_class":"Reports::ExportJob"}`,
      ),
      '{"lib":"que","hostname":"que-worker-7b8f6-q2d8n","pid":1,"thread":78180,"internal_event":"worker_pushing_finished_job","object_id":74220,"t":"2026-03-04T03:13:16.384476Z","id":364707}',
      '{"lib":"que","hostname":"que-worker-7b8f6-q2d8n","pid":1,"thread":74300,"internal_event":"connection_execute","object_id":74320,"t":"2026-03-04T03:13:16.384551Z","backend_pid":78536,"command":"            SELECT id\\n            FROM public.que_jobs\\n            WHERE finished_at IS NULL\\n              AND expired_at IS NULL\\n              AND id IN (364716)\\n","params":[],"ntuples":1}',
      '{"lib":"que","hostname":"que-worker-7b8f6-q2d8n","pid":1,"thread":74300,"internal_event":"job_buffer_push","object_id":74120,"t":"2026-03-04T03:13:16.384652Z","maximum_size":8,"ids":[364716],"current_queue":[]}',
      times(
        40,
        (i) =>
          `I, [2026-03-04T03:${dd(14 + Math.floor(i / 2))}:${dd(i * 30)}.000000 #1]  INFO -- : health: que lockers=1 workers=8 busy=0 advisory_locks_held=${3282 + i}`,
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'twentyninth-rust-rdkafka-enricher-stopped-consuming',
    family: 'consumer-stalled',
    source: 'https://github.com/fede1024/rust-rdkafka/issues/433',
    signal: 'Alert',
    containers: [
      {
        name: 'clickstream-enricher',
        running: { startedAt: '2026-02-24T04:00:00Z' },
        ready: true,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          RUST_LOG: 'info,rdkafka=warn',
          KAFKA_GROUP_ID: 'clickstream-enricher',
          TOKIO_WORKER_THREADS: '4',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupMemberMissing: clickstream-enricher has 3 members, expected 4; partitions 9-11 unassigned lag 2.1M',
      ),
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-03-04T03:${dd(0 + Math.floor((i + 0) / 12))}:${dd((i + 0) * 5)}.${String(((i + 0) * 7919) % 1000000).padStart(6, '0')}Z  INFO request{method=GET uri=/healthz version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=${i % 5} ms status=200`,
      ),
      '2026-03-04T03:05:41.118422Z  INFO clickstream_enricher::sink: flushed batch rows=5000 partition=10 offset=88140022',
      '2026-03-04T03:05:43.902113Z  WARN clickstream_enricher::geo: maxmind lookup slow ip=203.0.113.41 elapsed_ms=28311',
      '2026-03-04T03:10:46.807001Z  WARN librdkafka: librdkafka: MAXPOLL [thrd:main]: Application maximum poll interval (300000ms) exceeded by 399ms (adjust max.poll.interval.ms for long-running message processing): leaving group',
      times(
        50,
        (i) =>
          `2026-03-04T03:${dd(11 + Math.floor((i + 0) / 12))}:${dd((i + 0) * 5)}.${String(((i + 0) * 7919) % 1000000).padStart(6, '0')}Z  INFO request{method=GET uri=/healthz version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=${i % 5} ms status=200`,
      ),
      '2026-03-04T03:41:12.000214Z  INFO clickstream_enricher::stats: consumed_last_5m=0 assigned_partitions=[] group_state=left',
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'twentyninth-aiokafka-scorer-member-not-recognized',
    family: 'consumer-stalled',
    source: 'https://github.com/aio-libs/aiokafka/issues/335',
    signal: 'Alert',
    containers: [
      {
        name: 'fraud-scorer',
        running: { startedAt: '2026-02-27T22:15:00Z' },
        ready: true,
        memoryLimit: '1536Mi',
        cpuLimit: '2',
        env: { KAFKA_BOOTSTRAP: 'kafka.data:9092', GROUP_ID: 'fraud-scorer-v3', PYTHONUNBUFFERED: '1' },
      },
    ],
    events: [
      alert(
        'FraudScorerNotConsuming: fraud-scorer-85d4-jt6xk consumed 0 records in 25m; other replicas nominal; brokers healthy',
      ),
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `[2026-03-04 03:${dd(10 + Math.floor(i / 6))}:${dd(i * 10)},${String((i * 37) % 1000).padStart(3, '0')}: INFO]: scored txn=${`T${99100 + i}`} score=0.0${(i % 9) + 1} latency_ms=${8 + (i % 5)}`,
      ),
      times(56, (i) => {
        const ts = `2026-03-04 03:${dd(14 + Math.floor(i / 4))}:${dd(i * 15)},${String((i * 7) % 1000).padStart(3, '0')}`;
        const k = i % 4;
        if (k === 0)
          return `[${ts}: WARNING]: Heartbeat failed: local member_id was not recognized; resetting and re-joining group`;
        if (k === 1) return `[${ts}: ERROR]: Heartbeat session expired - marking coordinator dead`;
        if (k === 2)
          return `[${ts}: WARNING]: Marking the coordinator dead (node 2)for group fraud-scorer-v3.`;
        return `[${ts}: INFO]: 10.42.0.1 "GET /healthz HTTP/1.1" 200`;
      }),
    ),
    accept: ['restart-pod'],
  },
  // ---------------------------------------------------------------- memory: raises that are right
  {
    id: 'twentyninth-centrifugo-realtime-oomkilled-after-tenant-onboarding',
    family: 'memory-growth',
    source: 'https://github.com/centrifugal/centrifugo/issues/293',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'centrifugo',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=centrifugo',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['centrifugo', '--config=/centrifugo/config.json'],
        env: { CENTRIFUGO_ENGINE: 'redis', CENTRIFUGO_REDIS_ADDRESS: 'redis-rt.realtime:6379' },
        mounts: [{ volume: 'config', path: '/centrifugo' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'centrifugo-config' }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container centrifugo in pod centrifugo-0_realtime',
        count: 9,
      },
      alert(
        'RealtimeConnectionsUp: centrifugo connections 29.8k per node (7d ago 17.2k) after onboarding tenant "northwind"',
      ),
    ],
    previousLog: log(
      '{"level":"info","version":"5.4.9","runtime":"go1.22.10","pid":1,"engine":"redis","gomaxprocs":2,"time":"2026-03-04T03:21:04Z","message":"starting Centrifugo"}',
      '{"level":"info","path":"/centrifugo/config.json","time":"2026-03-04T03:21:04Z","message":"using config file"}',
      '{"level":"info","shards":1,"time":"2026-03-04T03:21:04Z","message":"redis engine started"}',
      '{"level":"info","address":"0.0.0.0:8000","time":"2026-03-04T03:21:04Z","message":"serving websocket, SSE, API endpoints"}',
      times(
        30,
        (i) =>
          `{"level":"info","num_clients":${4000 + i * 870},"num_users":${3100 + i * 700},"num_channels":${9000 + i * 2100},"heap_inuse_mb":${140 + i * 29},"time":"2026-03-04T03:${dd(21 + Math.floor(i / 6))}:${dd(i * 10)}Z","message":"node stats"}`,
      ),
      '{"level":"info","num_clients":30150,"num_users":23900,"num_channels":71200,"heap_inuse_mb":1012,"time":"2026-03-04T03:26:01Z","message":"node stats"}',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['scale-up'],
  },
  {
    id: 'twentyninth-kotlin-coroutines-geo-index-oomkilled',
    family: 'memory-growth',
    source: 'https://github.com/world-federation-of-advertisers/cross-media-measurement/issues/4376',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'geo-matcher',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=geo-matcher',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '3Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          INDEX_SNAPSHOT: 's3://geo-index/snapshots/2026-03-03',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container geo-matcher in pod geo-matcher-0',
        count: 6,
      },
    ],
    previousLog: log(
      '2026-03-04 03:20:01.004 [main] INFO  c.e.geo.Application - Starting geo-matcher 3.12.0 on JDK 21.0.5 (max heap 2304 MiB)',
      '2026-03-04 03:20:03.411 [DefaultDispatcher-worker-1] INFO  c.e.geo.index.SnapshotLoader - loading snapshot 2026-03-03: 14 shards, 41.2M polygons (previous snapshot 2026-02-24: 33.9M polygons; +3 countries)',
      times(
        14,
        (i) =>
          `2026-03-04 03:${dd(20 + Math.floor((i * 9) / 60))}:${dd(5 + i * 9)}.${String(100 + i * 17).padStart(3, '0')} [DefaultDispatcher-worker-${(i % 4) + 1}] INFO  c.e.geo.index.SnapshotLoader - shard ${i + 1}/14 loaded polygons=${2800 + i * 40}k heap_used=${Math.round(700 + i * 110)}MiB`,
      ),
      '2026-03-04 03:22:13.220 [main] INFO  c.e.geo.Application - index ready in 132s; heap_used=2219MiB rss=2961MiB',
      times(
        20,
        (i) =>
          `2026-03-04 03:${dd(22 + Math.floor(i / 10))}:${dd(14 + i * 3)}.${String(i * 41).padStart(3, '0')} [ktor-worker-${i % 4}] INFO  c.e.geo.http - POST /match 200 ${4 + (i % 6)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  // ---------------------------------------------------------------- scale-ups that are right
  {
    id: 'twentyninth-temporal-go-render-workers-saturated',
    family: 'capacity',
    source: 'https://github.com/temporalio/documentation/pull/3377',
    signal: 'Alert',
    containers: [
      {
        name: 'render-worker',
        running: { startedAt: '2026-02-25T08:00:00Z' },
        ready: true,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: {
          TEMPORAL_ADDRESS: 'temporal-frontend.temporal:7233',
          TASK_QUEUE: 'render',
          MAX_CONCURRENT_ACTIVITIES: '16',
        },
      },
    ],
    events: [
      alert(
        'TemporalActivityScheduleToStartHigh: task queue render activity_schedule_to_start_latency p95 94s (baseline 0.2s); worker_task_slots_available{worker_type="ActivityWorker"} 0 on 4/4 workers; orders +38% week over week',
      ),
      {
        reason: 'HPAAtMax',
        type: 'Normal',
        message: 'no HPA configured for render-worker; replicas fixed at 4',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(80, (i) => {
        const t = `2026/03/04 03:${dd(20 + Math.floor(i / 8))}:${dd(i * 7)}`;
        return i % 4 === 3
          ? `${t} DEBUG worker slots ActivityWorker used=16 available=0 pollers=2 cpu=1.94/2.00`
          : `${t} INFO  Activity completed Namespace default TaskQueue render WorkerID 1@render-worker-6f7d9-${['k2j4x', 'p9s1m'][i % 2]}@ ActivityID ${4100 + i} ActivityType RenderInvoicePDF Attempt 1 Duration ${(2.1 + (i % 5) * 0.3).toFixed(1)}s`;
      }),
      '2026/03/04 03:30:12 INFO  downstream health pdf-fonts-cdn=200 s3:eu-west-1=ok postgres(render-meta) p99=4ms',
    ),
    accept: ['scale-up'],
  },
  {
    id: 'twentyninth-broadway-sqs-ingest-backlog-growing',
    family: 'capacity',
    source: 'https://github.com/Doist/sqs-workers/issues/8',
    signal: 'Alert',
    containers: [
      {
        name: 'events-ingest',
        running: { startedAt: '2026-02-27T10:00:00Z' },
        ready: true,
        memoryLimit: '1Gi',
        cpuLimit: '2',
        env: {
          SQS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/111122223333/partner-events',
          PROCESSOR_CONCURRENCY: '40',
          BATCHER_CONCURRENCY: '8',
        },
      },
    ],
    events: [
      alert(
        'SQSOldestMessageAgeHigh: partner-events ApproximateAgeOfOldestMessage 1740s and rising; NumberOfMessagesSent +55% since partner "acme" went live; events-ingest CPU 96% of limit on 3/3 pods',
      ),
    ],
    currentLog: log(
      times(90, (i) =>
        i % 9 === 8
          ? ex(
              i,
              'info',
              `[Ingest.Telemetry] processors busy=40/40 batchers busy=8/8 handle_message p50=${210 + (i % 5) * 3}ms handle_batch p50=${88 + (i % 4)}ms clickhouse_insert=ok`,
            )
          : ex(
              i,
              'info',
              `[Ingest.Pipeline] batch acked size=10 queue=partner-events partner=${['acme', 'globex', 'initech'][i % 3]} took=${1900 + (i % 7) * 40}ms`,
            ),
      ),
    ),
    accept: ['scale-up'],
  },
  // ---------------------------------------------------------------- rollbacks that are right
  {
    id: 'twentyninth-micronaut-greeting-property-missing',
    family: 'bad-release',
    source: 'https://github.com/micronaut-projects/micronaut-core/issues/6730',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('notification-api', 1, 6),
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: { MICRONAUT_ENVIRONMENTS: 'k8s,prod', MICRONAUT_CONFIG_FILES: '/config/application-prod.yml' },
        mounts: [{ volume: 'config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'notification-api-config' }],
    rollout: { minutesAgo: 14, previousTag: '2.2.7' },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container notification-api in pod notification-api-7d9b8c5c6-wq2ls',
        count: 11,
      },
    ],
    previousLog: log(
      ' __  __ _                                  _   ',
      '|  \\/  (_) ___ _ __ ___  _ __   __ _ _   _| |_ ',
      "| |\\/| | |/ __| '__/ _ \\| '_ \\ / _` | | | | __|",
      '| |  | | | (__| | | (_) | | | | (_| | |_| | |_ ',
      '|_|  |_|_|\\___|_|  \\___/|_| |_|\\__,_|\\__,_|\\__|',
      '03:21:40.118 [main] INFO  i.m.context.env.DefaultEnvironment - Established active environments: [k8s, prod, cloud]',
      '03:21:40.902 [main] INFO  i.m.k.c.KubernetesConfigurationClient - Reading 1 ConfigMap(s) for environment k8s',
      '03:21:41.377 [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Starting...',
      '03:21:41.611 [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed.',
      '03:21:42.004 [main] ERROR io.micronaut.runtime.Micronaut - Error starting Micronaut server: Failed to inject value for parameter [greeting] of class: com.example.notify.TemplateController',
      '',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Micronaut prints the placeholder as written in the code.
      "Message: Error resolving property value [${notify.templates.greeting}]. Property doesn't exist",
      'Path Taken: new TemplateController(String greeting) --> new TemplateController([String greeting])',
      'io.micronaut.context.exceptions.DependencyInjectionException: Failed to inject value for parameter [greeting] of class: com.example.notify.TemplateController',
      '',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Micronaut prints the placeholder as written in the code.
      "Message: Error resolving property value [${notify.templates.greeting}]. Property doesn't exist",
      'Path Taken: new TemplateController(String greeting) --> new TemplateController([String greeting])',
      '\tat io.micronaut.context.AbstractInitializableBeanDefinition.lambda$resolvePropertyValue$10(AbstractInitializableBeanDefinition.java:1910)',
      '\tat java.base/java.util.Optional.orElseThrow(Optional.java:403)',
      '\tat io.micronaut.context.AbstractInitializableBeanDefinition.resolvePropertyValue(AbstractInitializableBeanDefinition.java:1910)',
      '\tat io.micronaut.context.AbstractInitializableBeanDefinition.getPropertyPlaceholderValueForConstructorArgument(AbstractInitializableBeanDefinition.java:1294)',
      '\tat com.example.notify.$TemplateController$Definition.build(Unknown Source)',
      '\tat io.micronaut.context.DefaultBeanContext.resolveByBeanFactory(DefaultBeanContext.java:2354)',
      '\tat io.micronaut.runtime.Micronaut.start(Micronaut.java:75)',
      '\tat com.example.notify.Application.main(Application.java:9)',
    ),
    accept: ['rollback'],
  },
  {
    id: 'twentyninth-karafka-bootstrap-servers-needs-to-be-present',
    family: 'bad-release',
    source: 'https://github.com/karafka/karafka/issues/2333',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('karafka-consumer', 1, 5),
        memoryLimit: '1Gi',
        cpuLimit: '1',
        args: ['bundle', 'exec', 'karafka', 'server'],
        env: { RAILS_ENV: 'production', KARAFKA_CONCURRENCY: '5' },
      },
    ],
    rollout: {
      minutesAgo: 9,
      addedEnv: { KAFKA_METADATA_BROKER_LIST: 'b-1.msk-prod:9092,b-2.msk-prod:9092' },
    },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container karafka-consumer in pod karafka-consumer-5c8d7f4b9-pz7vq',
        count: 8,
      },
    ],
    previousLog: log(
      'I, [2026-03-04T03:30:02.114227 #1]  INFO -- : Booting Rails 7.2.2 application in production',
      'I, [2026-03-04T03:30:04.902003 #1]  INFO -- : [Karafka] Loading boot file /app/karafka.rb',
      'bundler: failed to load command: karafka (/usr/local/bundle/bin/karafka)',
      '/usr/local/bundle/gems/karafka-2.4.17/lib/karafka/contracts/base.rb:21:in `validate!\': {:"kafka.bootstrap.servers"=>"needs to be present"} (Karafka::Errors::InvalidConfigurationError)',
      "\tfrom /usr/local/bundle/gems/karafka-core-2.4.8/lib/karafka/core/configurable.rb:62:in `configure'",
      "\tfrom /usr/local/bundle/gems/karafka-2.4.17/lib/karafka/setup/config.rb:297:in `setup'",
      "\tfrom /usr/local/bundle/gems/karafka-2.4.17/lib/karafka/app.rb:15:in `setup'",
      "\tfrom /app/karafka.rb:8:in `<class:KarafkaApp>'",
      "\tfrom /app/karafka.rb:3:in `<top (required)>'",
      "\tfrom /usr/local/bundle/gems/karafka-2.4.17/lib/karafka.rb:104:in `require'",
      "\tfrom /usr/local/bundle/gems/karafka-2.4.17/lib/karafka.rb:104:in `boot_file'",
      "\tfrom /usr/local/bundle/gems/karafka-2.4.17/lib/karafka/cli.rb:39:in `start'",
      "\tfrom /usr/local/bundle/gems/karafka-2.4.17/bin/karafka:7:in `<top (required)>'",
      "\tfrom /usr/local/bundle/bin/karafka:25:in `load'",
      "\tfrom /usr/local/bundle/bin/karafka:25:in `<top (required)>'",
      "\tfrom /usr/local/lib/ruby/3.3.0/bundler/cli/exec.rb:58:in `load'",
      "\tfrom /usr/local/lib/ruby/3.3.0/bundler/cli/exec.rb:58:in `kernel_load'",
      "\tfrom /usr/local/lib/ruby/3.3.0/bundler/cli/exec.rb:23:in `run'",
      "\tfrom /usr/local/lib/ruby/3.3.0/bundler/cli.rb:455:in `exec'",
      "\tfrom /usr/local/bin/bundle:25:in `<main>'",
    ),
    accept: ['rollback'],
  },
  {
    id: 'twentyninth-micronaut-kubernetes-binder-registry',
    family: 'bad-release',
    source: 'https://github.com/micronaut-projects/micronaut-core/issues/4139',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('pricing-rules', 1, 9),
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { MICRONAUT_ENVIRONMENTS: 'k8s', KUBERNETES_CLIENT_NAMESPACE: 'pricing' },
      },
      { name: 'envoy', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    rollout: { minutesAgo: 21, previousTag: '2.0.3' },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container pricing-rules in pod pricing-rules-6b6f5d8d77-fj2kx',
        count: 14,
      },
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Startup probe failed: Get "http://10.42.4.19:8080/health": dial tcp 10.42.4.19:8080: connect: connection refused',
        count: 27,
      },
    ],
    previousLog: log(
      '03:10:10.412 [main] INFO  i.m.c.DefaultApplicationContextBuilder - Micronaut 2.1.0 starting on JDK 11.0.9',
      '03:10:10.877 [main] INFO  i.m.k.client.DefaultKubernetesClient - Using in-cluster service account token /var/run/secrets/kubernetes.io/serviceaccount/token',
      '03:10:11.003 [main] INFO  i.m.context.env.DefaultEnvironment - Established active environments: [k8s, cloud]',
      '03:10:11.772 [main] ERROR io.micronaut.runtime.Micronaut - Error starting Micronaut server: Failed to inject value for parameter [binderRegistry] of class: io.micronaut.http.client.DefaultHttpClient',
      '',
      "Message: No bean of type [io.micronaut.http.client.bind.HttpClientBinderRegistry] exists. Make sure the bean is not disabled by bean requirements (enable trace logging for 'io.micronaut.context.condition' to check) and if the bean is enabled then ensure the class is declared a bean and annotation processing is enabled.",
      'Path Taken: new KubernetesConfigurationClient(KubernetesClient client,KubernetesConfiguration configuration,Environment environment) --> new KubernetesClient([HttpClient httpClient],KubernetesConfiguration configuration) --> new DefaultHttpClient(LoadBalancer loadBalancer,HttpVersion httpVersion,HttpClientConfiguration configuration,String contextPath,HttpClientFilterResolver filterResolver,List clientFilterEntries,ThreadFactory threadFactory,NettyClientSslBuilder nettyClientSslBuilder,MediaTypeCodecRegistry codecRegistry,[HttpClientBinderRegistry binderRegistry],...)',
      'io.micronaut.context.exceptions.DependencyInjectionException: Failed to inject value for parameter [binderRegistry] of class: io.micronaut.http.client.DefaultHttpClient',
      '\tat io.micronaut.context.AbstractBeanDefinition.getBeanForConstructorArgument(AbstractBeanDefinition.java:1016)',
      '\tat io.micronaut.context.DefaultBeanContext.doCreateBean(DefaultBeanContext.java:1889)',
      '\tat io.micronaut.context.DefaultBeanContext.getBeanForDefinition(DefaultBeanContext.java:2296)',
      '\tat io.micronaut.context.DefaultBeanContext.getBeanInternal(DefaultBeanContext.java:2270)',
      '\tat io.micronaut.context.DefaultBeanContext.getBean(DefaultBeanContext.java:1240)',
      '\tat io.micronaut.context.AbstractBeanDefinition.getBeanForConstructorArgument(AbstractBeanDefinition.java:1013)',
      '\tat io.micronaut.kubernetes.configuration.$KubernetesConfigurationClientDefinition.build(Unknown Source)',
      '\tat io.micronaut.context.DefaultBeanContext.doCreateBean(DefaultBeanContext.java:1889)',
      '\tat io.micronaut.context.DefaultBeanContext.addCandidateToList(DefaultBeanContext.java:2964)',
      '\tat io.micronaut.context.DefaultBeanContext.getBeansOfTypeInternal(DefaultBeanContext.java:2875)',
      '\tat io.micronaut.context.DefaultBeanContext.getBeansOfType(DefaultBeanContext.java:1040)',
      '\tat io.micronaut.runtime.Micronaut.start(Micronaut.java:71)',
      '\tat com.example.pricing.Application.main(Application.java:12)',
    ),
    accept: ['rollback'],
  },
  {
    id: 'twentyninth-lettuce-sessions-readonly-since-release',
    family: 'bad-release',
    source: 'https://github.com/StackExchange/StackExchange.Redis/issues/2264',
    signal: 'Alert',
    containers: [
      {
        name: 'session-api',
        running: { startedAt: '2026-03-04T03:02:10Z' },
        ready: true,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { SPRING_PROFILES_ACTIVE: 'prod', JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70' },
      },
    ],
    rollout: {
      minutesAgo: 31,
      addedEnv: { SPRING_DATA_REDIS_HOST: 'session-cache-ro.x7f2ka.ng.euw1.cache.amazonaws.com' },
    },
    events: [
      alert(
        'SessionWriteErrors: session-api PUT /sessions 5xx ratio 1.0 since 03:02 on all 4 replicas; GET /sessions 200',
      ),
    ],
    currentLog: log(
      '2026-03-04 03:02:14.441  INFO 1 --- [           main] c.e.session.SessionApplication           : Started SessionApplication in 6.118 seconds (process running for 6.902)',
      '2026-03-04 03:02:14.903  INFO 1 --- [           main] c.e.session.config.RedisConfig           : redis endpoint session-cache-ro.x7f2ka.ng.euw1.cache.amazonaws.com:6379 (standalone)',
      times(70, (i) =>
        i % 3 === 0
          ? `2026-03-04 03:${dd(3 + Math.floor(i / 3))}:${dd(i * 13)}.${String((i * 29) % 1000).padStart(3, '0')}  INFO 1 --- [nio-8080-exec-${(i % 9) + 1}] c.e.session.web.SessionController        : GET /sessions/${`s${55000 + i}`} 200 2ms`
          : `2026-03-04 03:${dd(3 + Math.floor(i / 3))}:${dd(i * 13)}.${String((i * 29) % 1000).padStart(3, '0')} ERROR 1 --- [nio-8080-exec-${(i % 9) + 1}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: org.springframework.data.redis.RedisSystemException: Error in execution] with root cause io.lettuce.core.RedisReadOnlyException: READONLY You can't write against a read only replica.`,
      ),
    ),
    accept: ['rollback'],
  },
  // ---------------------------------------------------------------- a flush that is right
  {
    id: 'twentyninth-jedis-page-cache-noeviction-oom',
    family: 'cache-full',
    source: 'https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront-render',
        running: { startedAt: '2026-02-28T12:00:00Z' },
        ready: true,
        memoryLimit: '1536Mi',
        cpuLimit: '2',
        env: { PAGE_CACHE_REDIS: 'redis://page-cache.storefront:6379/0', PAGE_CACHE_TTL_SECONDS: '0' },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull: page-cache used_memory 2.00G / maxmemory 2.00G, maxmemory_policy noeviction, evicted_keys 0, keys 3.1M (no TTL); storefront-render errors 12%',
      ),
    ],
    currentLog: log(
      times(30, (i) =>
        logback(
          i,
          'INFO',
          `dw-${20 + (i % 12)}`,
          'c.e.storefront.RenderResource',
          `GET /p/${`sku-${40010 + i}`} 200 cache=${i % 3 === 0 ? 'miss' : 'hit'} ${(i * 13) % 90}ms`,
        ),
      ),
      times(50, (i) =>
        i % 2 === 0
          ? logback(
              31 + i,
              'WARN',
              `dw-${20 + (i % 12)}`,
              'c.e.storefront.cache.PageCache',
              `cache write failed for key page:v7:/p/sku-${41000 + i}: redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.`,
            )
          : logback(
              31 + i,
              'INFO',
              `dw-${20 + (i % 12)}`,
              'c.e.storefront.RenderResource',
              `GET /p/sku-${41000 + i} 200 cache=miss render=${300 + (i % 9) * 20}ms`,
            ),
      ),
      "redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.",
      '\tat redis.clients.jedis.Protocol.processError(Protocol.java:105)',
      '\tat redis.clients.jedis.Protocol.process(Protocol.java:162)',
      '\tat redis.clients.jedis.Connection.executeCommand(Connection.java:132)',
      '\tat redis.clients.jedis.Jedis.set(Jedis.java:4817)',
      '\tat com.example.storefront.cache.PageCache.put(PageCache.java:77)',
    ),
    accept: ['flush-redis-cache'],
  },
  // ---------------------------------------------------------------- node actions that are right
  {
    id: 'twentyninth-flannel-subnet-env-missing-one-node',
    family: 'node-network',
    source: 'https://github.com/flannel-io/flannel/issues/2232',
    signal: 'Alert',
    phase: 'Pending',
    containers: [
      {
        name: 'pdf-export',
        waiting: { reason: 'ContainerCreating' },
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { EXPORT_BUCKET: 's3://exports-prod' },
      },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'NetworkUnavailable',
          status: 'False',
          reason: 'FlannelIsUp',
          message: 'Flannel is running on this node',
        },
      ],
    },
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned exports/pdf-export-7f9c-6hzxw to ip-10-40-21-77.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedCreatePodSandBox',
        type: 'Warning',
        count: 23,
        message:
          '(combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c981dd6fab7e72250f444f4e41aaa1d9761c0be4f5e493b6a3dccc326c952ff3": plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory',
      },
      alert(
        'PodsStuckContainerCreating: 9 pods on ip-10-40-21-77 ContainerCreating > 20m; kube-flannel-ds-x8r2l on that node Running 0/1 ready; kube-flannel-ds on the other 13 nodes 1/1, pods scheduling fine there',
      ),
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'twentyninth-node-kernel-task-hung-ingest-stuck',
    family: 'node-kernel',
    source: 'https://github.com/kubernetes/node-problem-detector/issues/617',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'log-ingest',
        running: { startedAt: '2026-03-01T09:00:00Z' },
        ready: false,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        mounts: [{ volume: 'spool', path: '/var/spool/ingest' }],
      },
    ],
    volumes: [{ name: 'spool', emptyDir: {} }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'KernelDeadlock',
          status: 'True',
          reason: 'DockerHung',
          message: 'kernel: INFO: task containerd-shim:41877 blocked for more than 120 seconds.',
        },
        {
          type: 'ReadonlyFilesystem',
          status: 'False',
          reason: 'FilesystemIsNotReadOnly',
          message: 'Filesystem is not read-only',
        },
      ],
    },
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: command "cat /var/spool/ingest/.ready" timed out',
        count: 61,
      },
      {
        reason: 'TaskHung',
        type: 'Warning',
        message: 'kernel: INFO: task jbd2/nvme1n1-8:612 blocked for more than 120 seconds.',
        count: 7,
      },
      alert(
        'NodeProblemTaskHung: 7 hung tasks in the last hour on node ip-10-40-9-213 (jbd2, containerd-shim, log-ingest)',
      ),
    ],
    currentLog: log(
      times(40, (i) =>
        slog(
          i,
          'INFO',
          'segment flushed',
          `path=/var/spool/ingest/seg-${8800 + i}.wal bytes=${1048576 + i * 4096} fsync_ms=${3 + (i % 4)}`,
        ),
      ),
      slog(41, 'WARN', 'fsync slow', 'path=/var/spool/ingest/seg-8841.wal fsync_ms=12044'),
      slog(42, 'WARN', 'fsync slow', 'path=/var/spool/ingest/seg-8842.wal fsync_ms=98311'),
      slog(43, 'ERROR', 'writer stalled', 'pending_batches=4096 last_fsync_age=7m12s'),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'twentyninth-node-disk-full-of-images-evicting',
    family: 'node-disk',
    source: 'https://github.com/kubernetes/kubernetes/issues/45558',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'thumbnailer',
        terminated: { reason: 'Evicted', exitCode: 137, message: 'The node was low on resource: nodefs.' },
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: { SOURCE_BUCKET: 's3://media-originals', SIZES: '160,320,640' },
      },
    ],
    previousLog: log(
      slog(0, 'INFO', 'thumbnailer starting', 'version=4.2.0 workers=4'),
      times(40, (i) =>
        slog(
          1 + i,
          'INFO',
          'thumbnail written',
          `key=${`img/${710300 + i}`}.jpg sizes=160,320,640 took_ms=${140 + (i % 9) * 11}`,
        ),
      ),
      slog(42, 'WARN', 'tmp write slow', 'path=/tmp/thumb-710341.jpg took_ms=2211'),
      slog(43, 'INFO', 'received SIGTERM, draining', 'inflight=3'),
    ),
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status. AppArmor enabled',
      conditions: [
        {
          type: 'DiskPressure',
          status: 'True',
          reason: 'KubeletHasDiskPressure',
          message: 'kubelet has disk pressure',
        },
      ],
      taints: ['node.kubernetes.io/disk-pressure:NoSchedule'],
    },
    events: [
      { reason: 'Evicted', type: 'Warning', message: 'The node was low on resource: nodefs.' },
      {
        reason: 'EvictionThresholdMet',
        type: 'Warning',
        message: 'Attempting to reclaim nodefs',
        count: 564,
      },
      {
        reason: 'ImageGCFailed',
        type: 'Warning',
        count: 54,
        message:
          'Failed to garbage collect required amount of images. Attempted to free 14783028633 bytes, but only found 0 bytes eligible to free.',
      },
      alert(
        'NodeFilesystemAlmostFull: ip-10-40-14-9 / 97% used; /var/lib/containerd 88 GiB of 100 GiB (CI runner images pinned by long-running pods)',
      ),
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'twentyninth-node-kubelet-stopped-posting-status',
    family: 'node-lost',
    source: 'https://github.com/thoughtbot/flightdeck/issues/67',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'checkout-web',
        running: { startedAt: '2026-03-03T10:00:00Z' },
        ready: false,
        memoryLimit: '1Gi',
        cpuLimit: '1',
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
      { reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready' },
      {
        reason: 'TaintManagerEviction',
        type: 'Normal',
        message: 'Marking for deletion Pod checkout/checkout-web-5f6d8-vx2pq',
      },
      alert(
        'EC2InstanceStatusCheckFailed: i-0a7c51e2f9d3b4c61 (ip-10-40-30-18) StatusCheckFailed_Instance=1 for 14m; node NotReady 16m; 23 pods Terminating',
      ),
    ],
    accept: ['replace-node', 'cordon-drain-node'],
  },
  // ---------------------------------------------------------------- look-alikes: restarts that are wrong
  {
    id: 'twentyninth-kafka-go-audit-writer-brokers-unreachable',
    family: 'dependency-down',
    source: 'https://github.com/segmentio/kafka-go/issues/847',
    signal: 'Alert',
    containers: [
      {
        name: 'audit-writer',
        running: { startedAt: '2026-02-27T09:12:55Z' },
        ready: true,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: {
          KAFKA_BROKERS:
            'kafka-0.kafka-headless:9092,kafka-1.kafka-headless:9092,kafka-2.kafka-headless:9092',
          KAFKA_TOPIC: 'audit.trail',
          KAFKA_GROUP_ID: 'audit-writer',
        },
      },
    ],
    events: [
      alert(
        'KafkaConsumerGroupStalled: group audit-writer committed offset unchanged for 25m on audit.trail/0',
      ),
      alert(
        'KubeStatefulSetReplicasMismatch: data/kafka 0/3 ready for 27m (kafka-0, kafka-2 CrashLoopBackOff; kafka-1 Pending: 0/14 nodes available: 3 node(s) had volume node affinity conflict)',
      ),
    ],
    currentLog: log(
      times(20, (i) =>
        slog(
          i,
          'INFO',
          'batch written',
          `rows=${40 + (i % 9)} offset=${77120 + i * 45} took_ms=${12 + (i % 7)}`,
        ),
      ),
      times(70, (i) => {
        const k = i % 5;
        const host = ['10.42.5.31', '10.42.7.12', '10.42.2.40'][i % 3];
        if (k === 4)
          return slog(21 + i, 'DEBUG', 'http request', 'method=GET path=/livez status=200 dur=0.2ms');
        if (k === 3) return slog(21 + i, 'INFO', 'Establishing new reader kafka connection');
        return slog(
          21 + i,
          'ERROR',
          'Error on message',
          `err="dial tcp ${host}:9092: connect: ${k === 0 ? 'connection refused' : 'operation timed out'}"`,
        );
      }),
      slog(
        95,
        'INFO',
        'broker check',
        'kafka-0.kafka-headless:9092=refused kafka-1.kafka-headless:9092="lookup kafka-1.kafka-headless on 172.20.0.10:53: no such host" kafka-2.kafka-headless:9092=refused',
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyninth-micronaut-ledger-database-still-down',
    family: 'dependency-down',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/1148',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'ledger-svc',
        running: { startedAt: '2026-02-20T08:14:40Z' },
        ready: false,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          DATASOURCES_DEFAULT_URL:
            'jdbc:postgresql://ledger-db.cluster-c9x.eu-west-1.rds.amazonaws.com:5432/ledger',
          DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE: '10',
          MICRONAUT_ENVIRONMENTS: 'k8s,prod',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 140,
      },
      alert('LedgerReplicasNotReady: 4 of 4 ledger-svc pods not ready for 22m'),
      alert(
        'RDSClusterWriterUnavailable: ledger-db writer instance ledger-db-instance-1 status "storage-full" since 02:58; no failover target',
      ),
    ],
    currentLog: log(
      times(10, (i) =>
        logback(
          i,
          'INFO',
          `default-nioEventLoopGroup-1-${(i % 4) + 1}`,
          'c.e.ledger.PostingController',
          `POST /postings 201 ${(i * 11) % 60}ms`,
        ),
      ),
      logback(
        11,
        'ERROR',
        'default-nioEventLoopGroup-1-2',
        'c.e.ledger.PostingController',
        'Posting failed: org.postgresql.util.PSQLException: ERROR: could not extend file "base/16401/24719": No space left on device',
      ),
      times(60, (i) =>
        i % 4 === 3
          ? logback(
              12 + i,
              'WARN',
              'HikariPool-1 connection adder',
              'com.zaxxer.hikari.pool.PoolBase',
              'HikariPool-1 - Pool is empty, failed to create/setup connection (6e1b7c3a-...) org.postgresql.util.PSQLException: FATAL: the database system is in recovery mode',
            )
          : logback(
              12 + i,
              'ERROR',
              `default-nioEventLoopGroup-1-${(i % 4) + 1}`,
              'c.e.ledger.PostingController',
              'Posting failed: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
            ),
      ),
      logback(
        73,
        'INFO',
        'default-nioEventLoopGroup-1-1',
        'c.e.ledger.health.UpstreamProbe',
        'ledger-db.cluster-c9x.eu-west-1.rds.amazonaws.com:5432 tcp ok; SELECT 1 -> FATAL: the database system is in recovery mode',
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'twentyninth-dropwizard-catalog-descriptors-exhausted-in-minutes',
    family: 'fd-leak',
    source: 'https://github.com/jetty/jetty.project/issues/634',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('catalog-api', 137, 8),
        last: { reason: 'Error', exitCode: 137 },
        memoryLimit: '2Gi',
        cpuLimit: '2',
        args: ['server', '/etc/catalog/config.yml'],
        mounts: [{ volume: 'config', path: '/etc/catalog' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'catalog-api-config' }],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "http://10.42.6.77:8081/healthcheck": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 48,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container catalog-api failed liveness probe, will be restarted',
        count: 8,
      },
      alert(
        'ProcessOpenFdsNearLimit: catalog-api process_open_fds reaches 65536 about 6 minutes after each start (8 restarts in 70m), all 3 replicas',
      ),
    ],
    previousLog: log(
      'INFO  [2026-03-04 03:31:02,004] io.dropwizard.core.server.ServerFactory: Starting catalog-api',
      'INFO  [2026-03-04 03:31:03,118] org.eclipse.jetty.server.AbstractConnector: Started application@6a0f2853{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}',
      times(
        30,
        (i) =>
          `INFO  [2026-03-04 03:${dd(31 + Math.floor(i / 6))}:${dd(i * 10)},000] com.example.catalog.metrics.FdReporter: open_fds=${1200 + i * 2150} close_wait_sockets=${900 + i * 2120} ws_sessions=${40 + (i % 5)}`,
      ),
      'WARN  [2026-03-04 03:33:40,551] org.eclipse.jetty.websocket.core.internal.WebSocketCoreSession: Unhandled Error: org.eclipse.jetty.io.EofException: Broken pipe',
      'WARN  [2026-03-04 03:36:58,902] org.eclipse.jetty.server.AbstractConnector: ',
      '! java.io.IOException: Too many open files',
      '! at sun.nio.ch.Net.accept(Native Method)',
      '! at sun.nio.ch.ServerSocketChannelImpl.implAccept(ServerSocketChannelImpl.java:433)',
      '! at org.eclipse.jetty.server.ServerConnector.accept(ServerConnector.java:397)',
      '! at org.eclipse.jetty.server.AbstractConnector$Acceptor.run(AbstractConnector.java:698)',
      '! at java.base/java.lang.Thread.run(Thread.java:1583)',
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'twentyninth-que-jobs-blocked-by-archiver-lock',
    family: 'lock-held',
    source: 'https://github.com/langflow-ai/langflow/pull/13202',
    signal: 'Alert',
    containers: [
      {
        name: 'que-worker',
        running: { startedAt: '2026-03-03T21:10:00Z' },
        ready: true,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        args: ['bundle', 'exec', 'que', '--worker-count', '8', './config/environment.rb'],
        env: {
          RAILS_ENV: 'production',
          DATABASE_URL: 'postgres://reports@reports-db.data:5432/reports',
          PGOPTIONS: '-c lock_timeout=5s',
        },
      },
    ],
    events: [alert('QueJobsBacklog: 5120 que_jobs ready to run older than 15m on all 4 que-worker replicas')],
    currentLog: log(
      times(
        15,
        (i) =>
          `{"lib":"que","hostname":"que-worker-7b8f6-h4k2p","pid":1,"thread":${74000 + (i % 8) * 20},"event":"job_worked","job_id":${364600 + i},"elapsed":${(0.2 + (i % 5) * 0.11).toFixed(3)},"job_class":"Reports::ExportJob"}`,
      ),
      times(60, (i) =>
        i % 5 === 4
          ? `I, [2026-03-04T03:${dd(14 + Math.floor(i / 4))}:${dd(i * 15)}.000000 #1]  INFO -- : health: que lockers=1 workers=8 busy=0 jobs_worked_last_5m=0`
          : `{"lib":"que","hostname":"que-worker-7b8f6-h4k2p","pid":1,"thread":74300,"event":"locker_polling_error","t":"2026-03-04T03:${dd(14 + Math.floor(i / 4))}:${dd(i * 15)}.118Z","error_class":"PG::LockNotAvailable","error_message":"ERROR:  canceling statement due to lock timeout\\nCONTEXT:  while locking tuple (0,12) in relation \\"que_jobs\\"\\n"}`,
      ),
      'I, [2026-03-04T03:29:00.004121 #1]  INFO -- : lock diagnostics: relation que_jobs AccessExclusiveLock granted to pid 48812 (application_name=billing-archiver, state=active, query_start=02:51:07, query="VACUUM FULL public.que_jobs"); 33 waiters',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'twentyninth-grpc-quotes-pricing-backend-crashlooping',
    family: 'dependency-down',
    source: 'https://github.com/grpc-ecosystem/grpc-spring/issues/976',
    signal: 'Alert',
    containers: [
      {
        name: 'quotes-gateway',
        running: { startedAt: '2026-02-25T13:44:10Z' },
        ready: true,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_URLS: 'http://+:8080',
          Pricing__Address: 'http://pricing-grpc.pricing.svc.cluster.local:5001',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    events: [
      alert('QuotesGatewayErrors: all 3 quotes-gateway replicas 100% UNAVAILABLE to pricing for 19m'),
      alert(
        'KubeDeploymentReplicasMismatch: pricing/pricing-grpc 0/4 available; pods CrashLoopBackOff (exit 1) since 03:12',
      ),
    ],
    currentLog: log(
      times(
        15,
        (i) =>
          `[03:${dd(5 + Math.floor(i / 10))}:${dd(i * 6)} INF] Request finished HTTP/1.1 GET http://quotes-gateway/quotes/EURUSD - 200 null application/json ${(i * 0.7 + 3).toFixed(4)}ms`,
      ),
      times(70, (i) =>
        i % 4 === 3
          ? `[03:${dd(13 + Math.floor(i / 6))}:${dd(i * 10)} INF] Request finished HTTP/1.1 GET http://quotes-gateway/healthz - 200 null text/plain 0.2ms`
          : `[03:${dd(13 + Math.floor(i / 6))}:${dd(i * 10)} ERR] Quotes.Gateway.QuoteEndpoint: Pricing call failed Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="upstream connect error or disconnect/reset before headers. retried and the latest reset reason: connection failure")`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  // ---------------------------------------------------------------- look-alikes: memory raises that are wrong
  {
    id: 'twentyninth-centrifugo-realtime-oom-every-half-hour',
    family: 'oom-leak',
    source: 'https://github.com/centrifugal/centrifugo/issues/199',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'centrifugo',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=centrifugo',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 11,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['centrifugo', '--config=/centrifugo/config.json'],
        env: { CENTRIFUGO_ENGINE: 'memory' },
        mounts: [{ volume: 'config', path: '/centrifugo' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'centrifugo-config' }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container centrifugo in pod centrifugo-1_realtime',
        count: 15,
      },
      alert(
        'ContainerOOMKilledRepeatedly: realtime/centrifugo-1 OOMKilled 11 times in 5h (limit raised 1Gi -> 2Gi yesterday; interval between kills 15m -> 28m)',
      ),
    ],
    previousLog: log(
      '{"level":"info","version":"5.4.9","runtime":"go1.22.10","pid":1,"engine":"memory","gomaxprocs":2,"time":"2026-03-04T03:02:04Z","message":"starting Centrifugo"}',
      '{"level":"info","address":"0.0.0.0:8000","time":"2026-03-04T03:02:04Z","message":"serving websocket, SSE, API endpoints"}',
      times(
        28,
        (i) =>
          `{"level":"info","num_clients":${9100 + (i % 4) * 30},"num_users":${7400 + (i % 3) * 20},"num_channels":${21000 + (i % 5) * 40},"heap_inuse_mb":${180 + i * 66},"time":"2026-03-04T03:${dd(2 + i)}:04Z","message":"node stats"}`,
      ),
      '{"level":"info","num_clients":9140,"num_users":7420,"num_channels":21050,"heap_inuse_mb":1988,"time":"2026-03-04T03:30:04Z","message":"node stats"}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyninth-dropwizard-search-index-heap-space',
    family: 'runtime-memory-cap',
    source: 'https://github.com/mmisw/orr/issues/8',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('search-indexer', 3, 6),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: { JAVA_OPTS: '-Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError', INDEX_BATCH: '5000' },
        args: ['server', '/etc/indexer/config.yml'],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container search-indexer in pod search-indexer-69c7f6-zt4b2',
        count: 10,
      },
      alert('ContainerMemoryUsage: search-indexer working set peaks at 780Mi of 4Gi before each exit'),
    ],
    previousLog: log(
      'INFO  [2026-03-04 03:40:01,004] io.dropwizard.core.server.DefaultServerFactory: Registering jersey handler with root path prefix: /',
      'INFO  [2026-03-04 03:40:01,902] org.eclipse.jetty.server.Server: Started Server@2f1de2d6{STARTING}[11.0.20,sto=30000] @3110ms',
      times(
        20,
        (i) =>
          `INFO  [2026-03-04 03:${dd(40 + Math.floor(i / 6))}:${dd(i * 10)},${String(i * 37).padStart(3, '0')}] com.example.indexer.BatchIndexer: indexed batch ${i + 1} docs=5000 took=${900 + i * 31}ms heap_used=${120 + i * 19}MB/512MB`,
      ),
      'WARN  [2026-03-04 03:43:31,118] com.example.indexer.BatchIndexer: GC overhead high: 61% of last 60s in GC',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alikes: scale-ups that are wrong
  {
    id: 'twentyninth-temporal-go-shipping-labels-partner-429',
    family: 'rate-limited',
    source: 'https://github.com/temporalio/documentation/pull/1138',
    signal: 'Alert',
    containers: [
      {
        name: 'label-worker',
        running: { startedAt: '2026-02-25T08:00:00Z' },
        ready: true,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          TEMPORAL_ADDRESS: 'temporal-frontend.temporal:7233',
          TASK_QUEUE: 'shipping-labels',
          MAX_CONCURRENT_ACTIVITIES: '32',
        },
      },
    ],
    events: [
      alert(
        'TemporalActivityScheduleToStartHigh: task queue shipping-labels activity_schedule_to_start_latency p95 71s; activity failures 64% (CarrierAPI); worker CPU 9%',
      ),
    ],
    currentLog: log(
      times(90, (i) => {
        const t = `2026/03/04 03:${dd(20 + Math.floor(i / 8))}:${dd(i * 7)}`;
        if (i % 6 === 5)
          return `${t} INFO  Activity completed Namespace default TaskQueue shipping-labels WorkerID 1@label-worker-5d9f8-q8w2n@ ActivityID ${9100 + i} ActivityType CreateLabel Attempt ${2 + (i % 3)}`;
        if (i % 6 === 4)
          return `${t} DEBUG carrier rate limiter: X-RateLimit-Limit=600/min X-RateLimit-Remaining=0 Retry-After=41`;
        return `${t} ERROR Activity error. Namespace default TaskQueue shipping-labels WorkerID 1@label-worker-5d9f8-q8w2n@ WorkflowID label-${`O${88100 + i}`} RunID 6c1f${i}a2e ActivityType CreateLabel Attempt ${1 + (i % 4)} Error POST https://api.carrier.example/v2/labels: 429 Too Many Requests: {"error":"rate_limit_exceeded","message":"account quota 600 req/min exceeded"}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyninth-kafka-go-enrichment-lag-no-spare-partition',
    family: 'capacity-partitions',
    source: 'https://github.com/segmentio/kafka-go/issues/955',
    signal: 'Alert',
    containers: [
      {
        name: 'order-enricher',
        running: { startedAt: '2026-03-02T10:00:00Z' },
        ready: true,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: { KAFKA_TOPIC: 'orders.raw', KAFKA_GROUP_ID: 'order-enricher' },
      },
    ],
    events: [
      alert(
        'KafkaConsumerLagGrowing: group order-enricher lag 1.4M on orders.raw (6 partitions, 7 members, 1 member without assignment)',
      ),
    ],
    currentLog: log(
      'joined group "order-enricher" as member main@order-enricher-6b8d-7kq2w (github.com/segmentio/kafka-go)-0c3a9f7e-1d2b-4e55-9c61-58a4e1f2b0aa in generation 41',
      'joinGroup succeeded for response, "order-enricher".  generationID=41, memberID=main@order-enricher-6b8d-7kq2w (github.com/segmentio/kafka-go)-0c3a9f7e-1d2b-4e55-9c61-58a4e1f2b0aa',
      'Joined group "order-enricher" as member main@order-enricher-6b8d-7kq2w (github.com/segmentio/kafka-go)-0c3a9f7e-1d2b-4e55-9c61-58a4e1f2b0aa in generation 41',
      'Syncing 0 assignments for generation 41 as member main@order-enricher-6b8d-7kq2w (github.com/segmentio/kafka-go)-0c3a9f7e-1d2b-4e55-9c61-58a4e1f2b0aa',
      'sync group finished for group, "order-enricher"',
      times(60, (i) =>
        i % 10 === 9
          ? slog(i, 'INFO', 'reader stats', 'assigned_partitions=[] fetches=0 messages=0 lag=-1')
          : slog(i, 'DEBUG', 'http request', 'method=GET path=/healthz status=200 dur=0.1ms'),
      ),
      slog(
        70,
        'INFO',
        'group state',
        'generation=41 members=7 partitions=6 assigned_here=0 group_rate=5100/s enrich_api_p50=1.1s',
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alike: a rollback that is wrong
  {
    id: 'twentyninth-finagle-cart-inventory-refused-before-release',
    family: 'dependency-down',
    source: 'https://github.com/twitter/finagle/issues/228',
    signal: 'Alert',
    containers: [
      {
        name: 'cart-service',
        running: { startedAt: '2026-03-04T03:18:40Z' },
        ready: true,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: { INVENTORY_DEST: 'inventory.internal.example.net:9990', JAVA_OPTS: '-Xmx1200m' },
      },
    ],
    rollout: { minutesAgo: 26, previousTag: '2.3.0' },
    events: [
      alert(
        'CartInventoryErrors: cart-service 5xx 38% since 02:57 (before and after the 03:18 release); inventory-svc 1/6 pods ready',
      ),
      {
        reason: 'ScalingReplicaSet',
        type: 'Normal',
        message: 'Scaled up replica set cart-service-6c9d7b8f4 to 4',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'Mar 04, 2026 03:18:41 AM com.twitter.finagle.Init$ $anonfun$once$1',
      'INFO: Finagle version 24.2.0 (rev=3b8e5e2a8b) built at 20240214-153217',
      'I 0304 03:18:44.201 THREAD1: cart-service 2.3.1 started (changes since 2.3.0: upgrade logback 1.5.6 -> 1.5.12, copy fix in cart emails)',
      times(70, (i) =>
        i % 3 === 0
          ? `I 0304 03:${dd(19 + Math.floor(i / 4))}:${dd(i * 15)}.${String((i * 17) % 1000).padStart(3, '0')} THREAD${30 + (i % 8)}: access: GET /cart/${`c${5100 + i}`} 200 ${(i * 9) % 70}ms`
          : `W 0304 03:${dd(19 + Math.floor(i / 4))}:${dd(i * 15)}.${String((i * 17) % 1000).padStart(3, '0')} THREAD${30 + (i % 8)}: inventory reserve failed: com.twitter.finagle.ChannelWriteException: com.twitter.finagle.ConnectionFailedException: Connection refused: inventory.internal.example.net/10.40.2.8:9990 at remote address: inventory.internal.example.net/10.40.2.8:9990. Remote Info: Not Available`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  // ---------------------------------------------------------------- look-alikes: flushes that are wrong
  {
    id: 'twentyninth-watermill-redis-stream-oom',
    family: 'queue-full',
    source: 'https://github.com/wellle/rmq/issues/39',
    signal: 'Alert',
    containers: [
      {
        name: 'order-events-publisher',
        running: { startedAt: '2026-03-01T00:00:00Z' },
        ready: true,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: {
          REDIS_ADDR: 'events-redis.messaging:6379',
          STREAM: 'order-events',
          CONSUMER_GROUP: 'fulfilment',
        },
      },
    ],
    events: [
      alert(
        'RedisMemoryFull: events-redis used_memory 4.00G / maxmemory 4.00G (noeviction); stream order-events length 11.8M; consumer group fulfilment pending 11.7M, last-delivered 6h ago',
      ),
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `[watermill] 2026/03/04 03:${dd(10 + Math.floor(i / 10))}:${dd(i * 6)}.${String(i * 31).padStart(6, '0')} publisher.go:95: 	level=DEBUG msg="Message published" topic=order-events uuid=${`9f1c${String(1000 + i)}`}`,
      ),
      times(50, (i) =>
        i % 5 === 4
          ? slog(i, 'INFO', 'http', 'path=/healthz status=200')
          : `[watermill] 2026/03/04 03:${dd(13 + Math.floor(i / 10))}:${dd(i * 6)}.${String(i * 47).padStart(6, '0')} publisher.go:99: 	level=ERROR msg="Cannot publish message" err="OOM command not allowed when used memory > 'maxmemory'." topic=order-events`,
      ),
      slog(60, 'ERROR', 'order event not published; order stays in outbox', 'order=O-991204 attempts=12'),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyninth-jetty-sessions-redis-maxmemory',
    family: 'state-store-full',
    source: 'https://github.com/ovea-deprecated/jetty-session-redis/issues/9',
    signal: 'Alert',
    containers: [
      {
        name: 'portal-web',
        running: { startedAt: '2026-02-14T09:00:00Z' },
        ready: true,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: { SESSION_STORE: 'redis://portal-sessions.portal:6370', JAVA_OPTS: '-Xmx1200m' },
      },
    ],
    events: [
      alert(
        'PortalLoginFailures: portal-web POST /login 500 ratio 0.93; portal-sessions used_memory 1.00G / maxmemory 1.00G, 412k keys (session:*), uptime 58d',
      ),
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-03-04 03:${dd(10 + Math.floor(i / 10))}:${dd(i * 6)}.${String(i * 29).padStart(3, '0')}:INFO:oejs.Request:qtp1702940637-${40 + (i % 9)}: GET /portal/dashboard 200 (session ${`node0${71000 + i}`})`,
      ),
      times(40, (i) =>
        i % 2 === 0
          ? `2026-03-04 03:${dd(13 + Math.floor(i / 10))}:${dd(i * 6)}.${String(i * 13).padStart(3, '0')}:WARN:oejs.SessionHandler:qtp1702940637-${40 + (i % 9)}: Unable to save session node0${88000 + i}: redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.`
          : `2026-03-04 03:${dd(13 + Math.floor(i / 10))}:${dd(i * 6)}.${String(i * 13).padStart(3, '0')}:WARN:oejs.HttpChannel:qtp1702940637-${40 + (i % 9)}: /portal/login: org.eclipse.jetty.server.session.UnwriteableSessionDataException: Unwriteable session node0${88000 + i} for null`,
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alike: a node that is not the sick part
  {
    id: 'twentyninth-flannel-daemonset-broken-everywhere',
    family: 'cni-rollout',
    source: 'https://github.com/flannel-io/flannel/issues/2253',
    signal: 'Alert',
    phase: 'Pending',
    containers: [
      {
        name: 'report-api',
        waiting: { reason: 'ContainerCreating' },
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
      },
    ],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned reports/report-api-5b7c-9x2lq to ip-10-40-18-55.eu-west-1.compute.internal',
      },
      {
        reason: 'FailedCreatePodSandBox',
        type: 'Warning',
        count: 17,
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3c05350cf5717b9bcf92a63ffafb7a3d27bd5ad1880de39272e72aa1661e637e": plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory',
      },
      alert(
        'KubeDaemonSetRolloutStuck: kube-flannel/kube-flannel-ds updated 24m ago (v0.26.1 -> v0.27.0, new net-conf.json); 0/14 pods ready; new pods ContainerCreating on 14/14 nodes',
      ),
    ],
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- look-alike: a restart or more replicas against a slow database
  {
    id: 'twentyninth-oban-producer-queue-timeout-slow-database',
    family: 'db-saturated',
    source: 'https://github.com/wintermeyer/animina/issues/450',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-worker',
        running: { startedAt: '2026-03-01T06:00:41Z' },
        ready: true,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: { POOL_SIZE: '15', OBAN_QUEUES: 'invoices:10,mailers:20' },
      },
    ],
    events: [
      alert('ObanQueueBacklog: 2280 jobs available in queue invoices; executing 3'),
      alert(
        'RDSCPUHigh: billing-db CPUUtilization 99% for 40m; top query "SELECT ... FROM invoice_lines WHERE account_id = $1 ORDER BY ..." seq scan, mean 9.4s (index dropped by migration 20260303221500)',
      ),
    ],
    currentLog: log(
      times(20, (i) =>
        ex(
          i,
          'info',
          `[Oban] job completed worker=Billing.InvoiceWorker queue=invoices id=${880100 + i} duration=${9100 + i * 40}ms`,
        ),
      ),
      times(50, (i) =>
        i % 4 !== 0
          ? ex(
              21 + i,
              'info',
              i % 2
                ? `GET /health 200 in ${(i % 4) + 1}ms`
                : `[Oban] job completed worker=Billing.InvoiceWorker queue=invoices id=${880200 + i} duration=${9300 + i * 37}ms`,
            )
          : ex(
              21 + i,
              'error',
              'GenServer {Oban.Registry, {Oban, {:producer, "invoices"}}} terminating\n** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 1826ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\n\n  1. Ensuring your database is available and that you can connect to it\n  2. Tracking down slow queries and making sure they are running fast enough\n  3. Increasing the pool_size (although this increases resource consumption)\n  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\n\nSee DBConnection.start_link/2 for more information',
            ),
      ),
      ex(80, 'warning', '[Ecto] QUERY OK source="invoice_lines" db=9412.7ms queue=1811.2ms idle=0.4ms'),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
];
