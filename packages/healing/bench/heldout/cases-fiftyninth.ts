import type { HeldOutCase, HeldOutContainer, HeldOutEvent, HeldOutNode } from './case.ts';
import { log } from './case.ts';

/** `count` items built from their index: the polls, probes and access lines a busy pod repeats. */
const times = <T>(count: number, line: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** 08:00:00Z on 2026-02-11 in milliseconds; each line of the batch is dated in seconds from it. */
const BASE = Date.UTC(2026, 1, 11, 8, 0, 0);
/** Seconds from 08:00:00Z on the 11th to `h:m:s` UTC on `day` February 2026 (negative before it). */
const t = (h: number, m: number, s = 0, day = 11): number => (Date.UTC(2026, 1, day, h, m, s) - BASE) / 1000;
/** The moment `s` seconds after 08:00:00Z. */
const moment = (s: number): Date => new Date(BASE + Math.round(s * 1000));
/** `2026-02-11T08:12:03.118Z`. */
const iso = (s: number): string => moment(s).toISOString();
/** `2026-02-11T08:12:03Z`. */
const isoS = (s: number): string => `${iso(s).slice(0, 19)}Z`;
/** `2026-02-11`. */
const day = (s: number): string => iso(s).slice(0, 10);
/** `08:12:03`. */
const clock = (s: number): string => iso(s).slice(11, 19);
/** `118`: the milliseconds of the moment. */
const millis = (s: number): string => iso(s).slice(20, 23);
/** `2026-02-11 08:12:03.118`, as logback and log4j print a time. */
const javaTs = (s: number): string => `${day(s)} ${clock(s)}.${millis(s)}`;
/** Two digits. */
const two = (n: number): string => String(n).padStart(2, '0');
/** A fraction of a second that changes from line to line. */
const frac = (i: number): number => ((i * 431 + 97) % 1000) / 1000;
/** The `i`-th of `items`, cycling. */
const nth = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;
/** `Feb 11 08:12:03`, the BSD syslog time. */
const syslogTs = (s: number): string => {
  const d = moment(s);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  return `${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${clock(s)}`;
};
/** `I0211 08:12:03.118402       7 `: a klog header. */
const klog = (level: 'I' | 'W' | 'E', s: number, i: number, pid = 7): string =>
  `${level}${two(moment(s).getUTCMonth() + 1)}${two(moment(s).getUTCDate())} ${clock(s)}.${String((i * 7727 + 310_411) % 1_000_000).padStart(6, '0')}       ${pid}`;

/** An Alertmanager alert as the evidence shows it: an event on the Deployment. */
const firing = (name: string, text: string): HeldOutEvent => ({
  reason: 'AlertFiring',
  type: 'Warning',
  message: `${name}: ${text}`,
  on: 'Deployment',
});

/** A node with nothing wrong, its harmless conditions spelled out. */
const calmNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status. AppArmor enabled',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
  ],
};

/** A container waiting out the kubelet's back-off after exiting with `exitCode`. */
const looping = (
  name: string,
  exitCode: number,
  restarts: number,
  extra: Partial<HeldOutContainer> = {},
): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${name}` },
  last: { reason: 'Error', exitCode },
  restarts,
  ready: false,
  ...extra,
});

/** Epoch seconds with microseconds, as zap's `ts` and Go's float timestamps print them. */
const epochOf = (s: number): string => (BASE / 1000 + s).toFixed(6);

// ------------------------------------------------------------------ restarts right (22)

/** Vert.x: one event-loop thread stuck in a socket read the database failover left without an answer. */
const vertxStuckAt = t(6, 58, 41);
const vertxBlocked = (s: number, i: number, withTrace: boolean): string[] => {
  const msBlocked = Math.round((s - vertxStuckAt) * 1000) + ((i * 37) % 40);
  const head = `${javaTs(s)} [vertx-blocked-thread-checker] WARN  i.v.core.impl.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-3,5,main] has been blocked for ${msBlocked} ms, time limit is 2000 ms`;
  if (!withTrace) return [head];
  return [
    head,
    'io.vertx.core.VertxException: Thread blocked',
    '\tat java.base@11.0.22/java.net.SocketInputStream.socketRead0(Native Method)',
    '\tat java.base@11.0.22/java.net.SocketInputStream.socketRead(SocketInputStream.java:115)',
    '\tat java.base@11.0.22/java.net.SocketInputStream.read(SocketInputStream.java:168)',
    '\tat java.base@11.0.22/java.net.SocketInputStream.read(SocketInputStream.java:140)',
    '\tat app//com.mysql.cj.protocol.ReadAheadInputStream.fill(ReadAheadInputStream.java:107)',
    '\tat app//com.mysql.cj.protocol.ReadAheadInputStream.readFromUnderlyingStreamIfNecessary(ReadAheadInputStream.java:150)',
    '\tat app//com.mysql.cj.protocol.ReadAheadInputStream.read(ReadAheadInputStream.java:180)',
    '\tat app//com.mysql.cj.protocol.FullReadInputStream.readFully(FullReadInputStream.java:64)',
    '\tat app//com.mysql.cj.protocol.a.SimplePacketReader.readHeaderLocal(SimplePacketReader.java:81)',
    '\tat app//com.mysql.cj.protocol.a.NativeProtocol.readMessage(NativeProtocol.java:537)',
    '\tat app//com.mysql.cj.protocol.a.NativeProtocol.sendCommand(NativeProtocol.java:652)',
    '\tat app//com.mysql.cj.jdbc.ClientPreparedStatement.executeInternal(ClientPreparedStatement.java:916)',
    '\tat app//com.mysql.cj.jdbc.ClientPreparedStatement.executeQuery(ClientPreparedStatement.java:972)',
    '\tat app//com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)',
    '\tat app//com.acme.quote.tariff.LegacyTariffDao.loadSurcharges(LegacyTariffDao.java:88)',
    '\tat app//com.acme.quote.http.QuoteHandler.handle(QuoteHandler.java:142)',
    '\tat app//io.vertx.ext.web.impl.RouteState.handleContext(RouteState.java:1284)',
    '\tat app//io.vertx.ext.web.impl.RoutingContextImplBase.iterateNext(RoutingContextImplBase.java:177)',
    '\tat app//io.vertx.core.impl.EventLoopContext.emit(EventLoopContext.java:55)',
    '\tat app//io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)',
    '\tat java.base@11.0.22/java.lang.Thread.run(Thread.java:829)',
  ];
};
const vertxAccess = (s: number, i: number): string => {
  const loop = nth([0, 1, 2], i);
  const d = moment(s).toUTCString();
  return `${javaTs(s)} [vert.x-eventloop-thread-${loop}] INFO  i.v.e.w.handler.impl.LoggerHandlerImpl - 10.42.${nth([3, 7, 11], i)}.${20 + (i % 60)} - - [${d}] "POST /v1/quotes HTTP/1.1" 200 ${780 + ((i * 13) % 90)} "-" "okhttp/4.12.0"`;
};

const RIGHT_A: HeldOutCase[] = [
  {
    id: 'fiftyninth-vertx-quote-router-eventloop-blocked',
    family: 'wedged-event-loop',
    source: 'https://github.com/vert-x3/vertx-jdbc-client/issues/169',
    signal: 'Alert',
    containers: [
      {
        name: 'quote-router',
        running: { startedAt: iso(t(10, 14, 22, 3)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError',
          VERTX_EVENT_LOOP_POOL_SIZE: '4',
          TARIFF_DB_URL: 'jdbc:mysql://tariff-db.cluster-cq1x9.eu-west-1.rds.amazonaws.com:3306/tariffs',
        },
        mounts: [{ volume: 'router-config', path: '/etc/quote-router' }],
      },
    ],
    volumes: [{ name: 'router-config', configMap: 'quote-router-config' }],
    node: calmNode,
    events: [
      firing(
        'QuoteRouterUpstreamTimeouts',
        'ingress reports 24.6% of POST /v1/quotes to pod quote-router-6b8d7c9f4-x2k8p ending in 504 (upstream timed out) over the last 30m; the other two pods answer',
      ),
    ],
    currentLog: log(
      times(24, (i) => vertxAccess(t(6, 52, 0) + i * 13 + frac(i), i)),
      `${javaTs(t(6, 57, 38.2))} [vert.x-worker-thread-6] WARN  com.zaxxer.hikari.pool.PoolBase - HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@4be1a5d2 (No operations allowed after connection closed.). Possibly consider using a shorter maxLifetime value.`,
      `${javaTs(t(6, 57, 39.9))} [vert.x-worker-thread-6] WARN  com.zaxxer.hikari.pool.ProxyConnection - HikariPool-1 - Connection com.mysql.cj.jdbc.ConnectionImpl@71c3d0e8 marked as broken because of SQLSTATE(08S01), ErrorCode(0)`,
      'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
      '',
      'The last packet successfully received from the server was 1,212 milliseconds ago. The last packet sent successfully to the server was 1,213 milliseconds ago.',
      '\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)',
      '\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64)',
      '\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeInternal(ClientPreparedStatement.java:916)',
      '\tat com.acme.quote.fx.FxRateRepository.loadAll(FxRateRepository.java:41)',
      `${javaTs(t(6, 58, 9.4))} [vert.x-worker-thread-2] INFO  c.acme.quote.fx.FxRateRefresher - Refreshed 214 FX rates from tariff-db in 2841 ms`,
      times(6, (i) => vertxAccess(t(6, 58, 12) + i * 5 + frac(i + 3), i + 40)),
      vertxBlocked(vertxStuckAt + 2.01, 0, false),
      vertxBlocked(vertxStuckAt + 3.01, 1, false),
      vertxBlocked(vertxStuckAt + 4.01, 2, false),
      vertxBlocked(vertxStuckAt + 5.01, 3, true),
      times(30, (i) => vertxAccess(t(7, 3, 0) + i * 40 + frac(i + 7), i + 60)),
      times(
        6,
        (i) =>
          `${javaTs(t(7, 25, 0) + i * 300 + 0.3)} [vert.x-worker-thread-${nth([1, 4, 0, 5], i)}] INFO  c.acme.quote.fx.FxRateRefresher - Refreshed 214 FX rates from tariff-db in ${31 + ((i * 7) % 15)} ms`,
      ),
      times(40, (i) => vertxAccess(t(8, 1, 0) + i * 6 + frac(i + 11), i + 100)),
      times(
        4,
        (i) =>
          `${javaTs(t(8, 5, 0) + i * 300 + 0.3)} [vert.x-worker-thread-${nth([3, 1, 6, 2], i)}] INFO  c.acme.quote.fx.FxRateRefresher - Refreshed 214 FX rates from tariff-db in ${29 + ((i * 5) % 11)} ms`,
      ),
      vertxBlocked(t(8, 24, 51.01), 7, true),
      times(8, (i) => vertxAccess(t(8, 24, 51.1) + i * 0.1, i + 170)),
      vertxBlocked(t(8, 24, 52.01), 8, true),
      vertxBlocked(t(8, 24, 53.01), 9, true),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-spring-redis-stream-listener-cancelled',
    family: 'subscription-ended',
    source: 'https://github.com/spring-projects/spring-data-redis/issues/2833',
    signal: 'Alert',
    containers: [
      {
        name: 'fulfilment-worker',
        running: { startedAt: iso(t(5, 51, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_DATA_REDIS_HOST: 'orders-cache.ab12cd.ng.0001.euw1.cache.amazonaws.com',
          SPRING_DATA_REDIS_TIMEOUT: '2s',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
        },
      },
    ],
    rollout: { minutesAgo: 160, previousTag: '2.2.9', addedEnv: { FULFILMENT_SLA_MINUTES: '45' } },
    events: [
      firing(
        'RedisStreamConsumerLagHigh',
        'stream order-events group fulfilment: 48213 entries not yet delivered, growing for 1h45m',
      ),
    ],
    currentLog: log(
      `${iso(t(5, 51, 14.2))}  INFO 1 --- [fulfilment-worker] [           main] c.a.f.FulfilmentWorkerApplication        : Started FulfilmentWorkerApplication in 7.912 seconds (process running for 8.604)`,
      `${iso(t(5, 51, 14.4))}  INFO 1 --- [fulfilment-worker] [           main] c.a.f.stream.OrderEventsSubscription     : Subscribed to stream order-events as fulfilment/fulfilment-worker-7b9d6c5f8-r4tqz (batch 64, poll timeout 2s)`,
      times(40, (i) => {
        const s = t(5, 52, 0) + i * 71 + frac(i);
        return `${iso(s)}  INFO 1 --- [fulfilment-worker] [cTaskExecutor-1] c.a.f.stream.OrderEventListener          : Handled order.paid id=${1738000 + i * 7} in ${12 + ((i * 11) % 40)} ms`;
      }),
      `${iso(t(6, 41, 2.7))}  INFO 1 --- [fulfilment-worker] [xecutorLoop-1-3] i.l.core.protocol.ConnectionWatchdog     : Reconnecting, last destination was orders-cache.ab12cd.ng.0001.euw1.cache.amazonaws.com/10.0.41.17:6379`,
      `${iso(t(6, 41, 4.1))} ERROR 1 --- [fulfilment-worker] [cTaskExecutor-1] o.s.s.s.TaskUtils$LoggingErrorHandler    : Unexpected error occurred in scheduled task`,
      '',
      'org.springframework.dao.QueryTimeoutException: Redis command timed out',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:52)',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:41)',
      '\tat org.springframework.data.redis.PassThroughExceptionTranslationStrategy.translate(PassThroughExceptionTranslationStrategy.java:40)',
      '\tat org.springframework.data.redis.FallbackExceptionTranslationStrategy.translate(FallbackExceptionTranslationStrategy.java:38)',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceConnection.convertLettuceAccessException(LettuceConnection.java:256)',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceConnection.await(LettuceConnection.java:969)',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceStreamCommands.xReadGroup(LettuceStreamCommands.java:343)',
      '\tat org.springframework.data.redis.stream.StreamPollTask.readRecords(StreamPollTask.java:184)',
      '\tat org.springframework.data.redis.stream.StreamPollTask.doLoop(StreamPollTask.java:155)',
      '\tat org.springframework.data.redis.stream.StreamPollTask.run(StreamPollTask.java:140)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      'Caused by: io.lettuce.core.RedisCommandTimeoutException: Command timed out after 2 second(s)',
      '\tat io.lettuce.core.internal.ExceptionFactory.createTimeoutException(ExceptionFactory.java:59)',
      '\tat io.lettuce.core.internal.Futures.awaitOrCancel(Futures.java:246)',
      '\tat io.lettuce.core.LettuceFutures.awaitOrCancel(LettuceFutures.java:74)',
      '\tat org.springframework.data.redis.connection.lettuce.LettuceConnection.await(LettuceConnection.java:967)',
      '\t... 5 common frames omitted',
      `${iso(t(6, 41, 9.3))}  INFO 1 --- [fulfilment-worker] [ioEventLoop-6-2] i.l.core.protocol.ReconnectionHandler    : Reconnected to orders-cache.ab12cd.ng.0001.euw1.cache.amazonaws.com/10.0.41.17:6379`,
      times(60, (i) => {
        const s = t(6, 43, 0) + i * 103 + frac(i + 9);
        return nth(
          [
            `${iso(s)}  INFO 1 --- [fulfilment-worker] [nio-8080-exec-${1 + (i % 8)}] c.a.f.api.ShipmentQuoteController        : quote carrier=${nth(['dpd', 'ups', 'gls'], i)} zone=${nth(['DE-1', 'FR-2', 'NL-1', 'AT-3'], i)} cache=hit`,
            `${iso(s)} DEBUG 1 --- [fulfilment-worker] [nio-8080-exec-${1 + (i % 8)}] o.s.cache.interceptor.CacheInterceptor   : Cache entry for key 'carrier-rates::${nth(['dpd', 'ups', 'gls'], i)}' found in cache(s) [carrier-rates]`,
            `${iso(s)}  INFO 1 --- [fulfilment-worker] [   scheduling-1] c.a.f.sla.SlaSweeper                     : SLA sweep: 0 overdue shipments (checked 1,204 open)`,
          ],
          i,
        );
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-redis-py-enricher-nogroup-after-redis-restart',
    family: 'subscription-ended',
    source: 'https://github.com/redis/redis-py/issues/2937',
    signal: 'Alert',
    containers: [
      {
        name: 'enricher',
        running: { startedAt: iso(t(16, 22, 41, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: {
          REDIS_URL: 'redis://redis-ingest.data.svc.cluster.local:6379/0',
          STREAM_KEY: 'ingest:events',
          CONSUMER_GROUP: 'enricher',
          PYTHONUNBUFFERED: '1',
        },
        args: ['python', '-m', 'enricher.worker', '--block-ms', '5000', '--count', '100'],
      },
    ],
    events: [
      firing(
        'IngestEnrichmentStalled',
        'enricher has acknowledged 0 entries of ingest:events in 3h (normal: 40/s)',
      ),
    ],
    currentLog: log(
      times(30, (i) => {
        const s = t(4, 40, 0) + i * 53 + frac(i);
        return `${day(s)} ${clock(s)},${millis(s)} INFO enricher.worker batch done: ${60 + ((i * 17) % 41)} entries enriched, ${(i * 3) % 2} geo lookups missed, acked up to ${1770784800000 + i * 53000}-${i % 4}`;
      }),
      `2026-02-11 05:09:41,302 ERROR enricher.worker XREADGROUP failed, retrying in 1s`,
      'Traceback (most recent call last):',
      '  File "/app/enricher/worker.py", line 88, in run',
      '    resp = self.redis.xreadgroup(self.group, self.name, {self.stream: ">"}, count=self.count, block=self.block_ms)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/commands/core.py", line 3874, in xreadgroup',
      '    return self.execute_command("XREADGROUP", *pieces)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 559, in execute_command',
      '    return self._execute_command(*args, **options)',
      'redis.exceptions.ConnectionError: Error 111 connecting to redis-ingest.data.svc.cluster.local:6379. Connection refused.',
      times(
        3,
        (i) =>
          `2026-02-11 05:09:${two(43 + i * 2)},${String(110 + i * 7)} ERROR enricher.worker XREADGROUP failed, retrying in 1s: Error 111 connecting to redis-ingest.data.svc.cluster.local:6379. Connection refused.`,
      ),
      `2026-02-11 05:10:03,118 ERROR enricher.worker XREADGROUP failed, retrying in 1s`,
      'Traceback (most recent call last):',
      '  File "/app/enricher/worker.py", line 88, in run',
      '    resp = self.redis.xreadgroup(self.group, self.name, {self.stream: ">"}, count=self.count, block=self.block_ms)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/commands/core.py", line 3874, in xreadgroup',
      '    return self.execute_command("XREADGROUP", *pieces)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 559, in execute_command',
      '    return self._execute_command(*args, **options)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/_parsers/resp2.py", line 15, in read_response',
      '    raise error',
      "redis.exceptions.ResponseError: NOGROUP No such key 'ingest:events' or consumer group 'enricher' in XREADGROUP with GROUP option",
      times(50, (i) => {
        const s = t(5, 10, 5) + i * 1.01 + frac(i) / 10;
        return `${day(s)} ${clock(s)},${millis(s)} ERROR enricher.worker XREADGROUP failed, retrying in 1s: NOGROUP No such key 'ingest:events' or consumer group 'enricher' in XREADGROUP with GROUP option`;
      }),
      times(12, (i) => {
        const s = t(5, 15, 0) + i * 900 + 0.4;
        return `${day(s)} ${clock(s)},${millis(s)} INFO enricher.metrics backlog: XLEN ingest:events = ${1200 + i * 36150}, heartbeat written to enricher:hb:${'enricher-6f4b8d9c7-kq2wd'}`;
      }),
      times(40, (i) => {
        const s = t(8, 28, 0) + i * 1.01 + frac(i) / 10;
        return `${day(s)} ${clock(s)},${millis(s)} ERROR enricher.worker XREADGROUP failed, retrying in 1s: NOGROUP No such key 'ingest:events' or consumer group 'enricher' in XREADGROUP with GROUP option`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-async-nats-kv-watch-never-resumed',
    family: 'watch-ended',
    source: 'https://github.com/nats-io/nats.rs/issues/1596',
    signal: 'Alert',
    containers: [
      {
        name: 'edge-router',
        running: { startedAt: iso(t(11, 3, 52, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '1',
        env: {
          NATS_URL: 'nats://nats.messaging.svc.cluster.local:4222',
          RULES_BUCKET: 'routing-rules',
          RUST_LOG: 'info,async_nats=info',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'RoutingRulesRevisionBehind',
        'edge-router-5d8f7b6c9-2hxlm applies routing-rules revision 18; the bucket has been at revision 23 since 05:31 (5 updates not applied)',
      ),
    ],
    currentLog: log(
      times(20, (i) => {
        const s = t(3, 40, 0) + i * 59 + frac(i) / 3;
        return `${iso(s).replace('Z', '')}412Z  INFO edge_router::proxy: upstream=${nth(['checkout', 'catalog', 'search', 'accounts'], i)} requests_1m=${900 + ((i * 71) % 400)} p99_ms=${18 + ((i * 7) % 20)}`;
      }),
      `2026-02-11T04:02:11.903118Z  INFO edge_router::nats: nats event: disconnected`,
      `2026-02-11T04:02:12.417550Z  INFO edge_router::nats: nats event: disconnected`,
      `2026-02-11T04:02:14.022961Z  INFO edge_router::nats: nats event: connected`,
      `2026-02-11T04:03:40.118002Z  WARN edge_router::rules: kv watch stream error: watcher consumer error: missed idle heartbeat`,
      `2026-02-11T04:03:40.118240Z  INFO edge_router::rules: keeping routing-rules revision 18 until the next update`,
      times(60, (i) => {
        const s = t(4, 5, 0) + i * 263 + frac(i) / 3;
        return nth(
          [
            `${iso(s).replace('Z', '')}211Z  INFO edge_router::proxy: upstream=${nth(['checkout', 'catalog', 'search', 'accounts'], i)} requests_1m=${880 + ((i * 53) % 420)} p99_ms=${17 + ((i * 5) % 22)}`,
            `${iso(s).replace('Z', '')}640Z  INFO edge_router::quota: kv get tenant-quotas/${nth(['acme', 'globex', 'initech'], i)} ok revision=${311 + Math.floor(i / 3)}`,
          ],
          i,
        );
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-orleans-cart-client-gateways-replaced',
    family: 'stale-endpoints',
    source: 'https://github.com/dotnet/orleans/issues/1769',
    signal: 'Alert',
    containers: [
      {
        name: 'cart-api',
        running: { startedAt: iso(t(13, 7, 19, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_URLS: 'http://+:8080',
          ORLEANS_CLUSTER_ID: 'shop-cart',
          ORLEANS_GATEWAYS:
            'cart-silo-0.cart-silo.shop.svc.cluster.local:30000,cart-silo-1.cart-silo.shop.svc.cluster.local:30000,cart-silo-2.cart-silo.shop.svc.cluster.local:30000',
        },
      },
    ],
    events: [
      firing(
        'CartApiHighErrorRate',
        'cart-api 5xx ratio 0.97 on 3/3 pods since 07:42; the cart-silo StatefulSet was rolled at 07:41 and reports 3/3 Ready since 07:44',
      ),
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `[${clock(t(7, 30, 0) + i * 37)} INF] HTTP GET /api/cart/${nth(['u-8812', 'u-1190', 'u-5527', 'u-0203'], i)} responded 200 in ${(4.1 + ((i * 13) % 30) / 10).toFixed(4)} ms`,
      ),
      `[07:41:07 WRN] All gateways have previously been marked as dead. Clearing the list of dead gateways to expedite reconnection.`,
      times(34, (i) => {
        const s = t(7, 42, 0) + i * 83;
        const gw = nth(
          ['10.42.3.17:11111:350201344', '10.42.5.9:11111:350201112', '10.42.1.44:11111:350201590'],
          i,
        );
        const user = nth(['u-8812', 'u-1190', 'u-5527', 'u-0203', 'u-7761'], i);
        const lines = [
          `[${clock(s)} ERR] HTTP GET /api/cart/${user} responded 500 in ${(30010 + ((i * 17) % 90)).toFixed(4)} ms`,
          `Orleans.Runtime.SiloUnavailableException: The target silo became unavailable for message: Request *cli/3f2a91c4@5d1e77a0->S${gw}*grn/CartGrain/0+${user} #${84213 + i}: Shop.Grains.ICartGrain:GetCart(). Target History is: <S${gw}:*grn/CartGrain/0+${user}>. See https://aka.ms/orleans-troubleshooting for troubleshooting help.`,
        ];
        if (i % 3 === 2)
          lines.push(
            `[${clock(s + 1)} WRN] All gateways have previously been marked as dead. Clearing the list of dead gateways to expedite reconnection.`,
          );
        return lines;
      }).flat(),
      times(
        10,
        (i) =>
          `[${clock(t(8, 28, 0) + i * 4)} INF] HTTP GET /healthz responded 200 in ${(0.3 + (i % 4) / 10).toFixed(4)} ms`,
      ),
      `[08:28:44 ERR] HTTP POST /api/cart/u-8812/items responded 500 in 30004.2210 ms`,
      'Orleans.Runtime.SiloUnavailableException: The target silo became unavailable for message: Request *cli/3f2a91c4@5d1e77a0->S10.42.5.9:11111:350201112*grn/CartGrain/0+u-8812 #86112: Shop.Grains.ICartGrain:AddItem(Shop.Grains.CartLine). Target History is: <S10.42.5.9:11111:350201112:*grn/CartGrain/0+u-8812>. See https://aka.ms/orleans-troubleshooting for troubleshooting help.',
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'fiftyninth-pulsar-go-invoice-consumer-never-readded',
    family: 'subscription-ended',
    source: 'https://github.com/apache/pulsar-client-go/issues/698',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-sync',
        running: { startedAt: iso(t(9, 48, 2, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '384Mi',
        cpuLimit: '500m',
        env: {
          PULSAR_URL: 'pulsar://pulsar-proxy.pulsar.svc.cluster.local:6650',
          PULSAR_SUBSCRIPTION: 'billing-sync',
          TOPICS:
            'persistent://acme/billing/invoices,persistent://acme/billing/payments,persistent://acme/billing/refunds',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'PulsarSubscriptionBacklogGrowing',
        'subscription billing-sync on persistent://acme/billing/invoices: backlog 92,406 messages, growing since 06:20',
      ),
    ],
    currentLog: log(
      times(9, (i) => {
        const s = t(5, 35, 0) + i * 300;
        return `time="${isoS(s)}" level=info msg="consumed last 5m" topic="persistent://acme/billing/${nth(['invoices', 'payments', 'refunds'], i)}" count=${nth([4120, 2988, 311], i) + ((i * 37) % 200)}`;
      }),
      `time="2026-02-11T06:20:13Z" level=info msg="[Reconnecting to broker in  113.697858ms]" consumerID=7 name=qhmzw subscription=billing-sync topic="persistent://acme/billing/invoices"`,
      `time="2026-02-11T06:20:13Z" level=info msg="[Reconnecting to broker in  108.402771ms]" consumerID=8 name=rbtxa subscription=billing-sync topic="persistent://acme/billing/payments"`,
      `time="2026-02-11T06:20:13Z" level=info msg="[Reconnecting to broker in  121.935140ms]" consumerID=9 name=kkpdv subscription=billing-sync topic="persistent://acme/billing/refunds"`,
      `time="2026-02-11T06:20:13Z" level=warning msg="Closed connection unable add consumer with id=7" local_addr="10.42.6.31:51842" remote_addr="pulsar://pulsar-proxy.pulsar.svc.cluster.local:6650"`,
      `time="2026-02-11T06:20:14Z" level=info msg="[Reconnected consumer to broker]" consumerID=8 name=rbtxa subscription=billing-sync topic="persistent://acme/billing/payments"`,
      `time="2026-02-11T06:20:14Z" level=info msg="[Reconnected consumer to broker]" consumerID=9 name=kkpdv subscription=billing-sync topic="persistent://acme/billing/refunds"`,
      times(66, (i) => {
        const s = t(6, 25, 0) + Math.floor(i / 3) * 300;
        const topic = nth(['invoices', 'payments', 'refunds'], i);
        const count =
          topic === 'invoices' ? 0 : topic === 'payments' ? 3010 + ((i * 41) % 300) : 290 + ((i * 13) % 60);
        return `time="${isoS(s)}" level=info msg="consumed last 5m" topic="persistent://acme/billing/${topic}" count=${count}`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-spire-agent-svid-expired-during-server-outage',
    family: 'credentials-expired',
    source: 'https://github.com/spiffe/spire/issues/1562',
    signal: 'Alert',
    containers: [
      {
        name: 'spire-agent',
        running: { startedAt: iso(t(9, 30, 55, 4)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        args: ['-config', '/run/spire/config/agent.conf'],
        mounts: [
          { volume: 'spire-config', path: '/run/spire/config' },
          { volume: 'spire-agent-socket', path: '/run/spire/sockets' },
          { volume: 'spire-token', path: '/var/run/secrets/tokens' },
        ],
      },
    ],
    volumes: [
      { name: 'spire-config', configMap: 'spire-agent' },
      { name: 'spire-agent-socket', emptyDir: {} },
      { name: 'spire-token', emptyDir: {} },
    ],
    events: [
      firing(
        'WorkloadSvidMissing',
        'workloads on ip-10-0-7-88.eu-west-1.compute.internal fail mTLS handshakes: no X.509-SVID from spire-agent-8kq4t for 4h',
      ),
    ],
    currentLog: log(
      times(
        6,
        (i) =>
          `time="${isoS(t(0, 12, 0) + i * 480)}" level=debug msg="Rotating agent SVID" subsystem_name=manager`,
      ),
      times(22, (i) => {
        const s = t(1, 4, 0) + i * 420 + (i % 3);
        return [
          `time="${isoS(s)}" level=debug msg="Rotating agent SVID" subsystem_name=manager`,
          `time="${isoS(s + 30)}" level=error msg="Could not rotate agent SVID" error="failed to dial dns:///spire-server.spire.svc.cluster.local:8081: context deadline exceeded: connection closed" subsystem_name=manager`,
        ];
      }).flat(),
      times(30, (i) => {
        const s = t(3, 41, 20) + i * 510 + (i % 4);
        return nth(
          [
            `time="${isoS(s)}" level=error msg="Could not rotate agent SVID" error="rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = \\"transport: error while dialing: remote error: tls: bad certificate\\"" subsystem_name=manager`,
            `time="${isoS(s + 2)}" level=error msg="No identity issued" method=FetchX509SVID pid=${41830 + i * 17} registered=false service=WorkloadAPI subsystem_name=endpoints`,
            `time="${isoS(s + 3)}" level=error msg="No identity issued" method=FetchX509SVID pid=${52210 + i * 11} registered=false service=WorkloadAPI subsystem_name=endpoints`,
          ],
          i,
        );
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-elastic-agent-cluster-lease-never-reacquired',
    family: 'leader-lease-lost',
    source: 'https://github.com/elastic/elastic-agent/issues/4543',
    signal: 'Alert',
    containers: [
      {
        name: 'elastic-agent',
        running: { startedAt: iso(t(15, 2, 40, 7)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          FLEET_ENROLL: '1',
          FLEET_URL: 'https://fleet.obs.internal:8220',
          KUBERNETES_LEADERELECTION_LEASE: 'elastic-agent-cluster-leader',
        },
        mounts: [{ volume: 'agent-state', path: '/usr/share/elastic-agent/state' }],
      },
    ],
    volumes: [{ name: 'agent-state', emptyDir: {} }],
    node: calmNode,
    events: [
      firing(
        'KubernetesStateMetricsMissing',
        'no kubernetes.state_* or kubernetes.event documents from cluster prod-eu-1 since 02:18',
      ),
    ],
    currentLog: log(
      times(10, (i) => {
        const s = t(1, 50, 0) + i * 30;
        return `{"log.level":"info","@timestamp":"${iso(s)}","log.logger":"monitoring","message":"Non-zero metrics in the last 30s","component":{"id":"kubernetes/metrics-default","type":"kubernetes/metrics"},"monitoring":{"metrics":{"libbeat":{"output":{"events":{"acked":${2210 + ((i * 97) % 300)},"active":0,"batches":${18 + (i % 3)},"total":${2210 + ((i * 97) % 300)}}}}}},"ecs.version":"1.6.0"}`;
      }),
      `${klog('E', t(2, 17, 36), 1, 14)} leaderelection.go:332] error retrieving resource lock kube-system/elastic-agent-cluster-leader: Get "https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/elastic-agent-cluster-leader": context deadline exceeded`,
      `${klog('I', t(2, 17, 38), 2, 14)} leaderelection.go:285] failed to renew lease kube-system/elastic-agent-cluster-leader: timed out waiting for the condition`,
      `${klog('E', t(2, 17, 38), 3, 14)} leaderelection.go:308] Failed to release lock: resource name may not be empty`,
      `{"log.level":"debug","@timestamp":"2026-02-11T02:17:38.551Z","log.logger":"composable.providers.kubernetes_leaderelection","message":"leader election lock LOST, id elastic-agent-leader-elastic-agent-cluster-6c9b7d8f5-vn2zp","ecs.version":"1.6.0"}`,
      times(60, (i) => {
        const s = t(2, 20, 0) + i * 366;
        return `{"log.level":"info","@timestamp":"${iso(s)}","log.logger":"monitoring","message":"Non-zero metrics in the last 30s","component":{"id":"system/metrics-default","type":"system/metrics"},"monitoring":{"metrics":{"libbeat":{"output":{"events":{"acked":${412 + ((i * 31) % 90)},"active":0,"batches":${4 + (i % 2)},"total":${412 + ((i * 31) % 90)}}}}}},"ecs.version":"1.6.0"}`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-micronaut-configmap-watcher-stopped',
    family: 'watch-ended',
    source: 'https://github.com/micronaut-projects/micronaut-kubernetes/pull/300',
    signal: 'Alert',
    containers: [
      {
        name: 'pricing-api',
        running: { startedAt: iso(t(18, 40, 12, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        cpuLimit: '1',
        env: {
          MICRONAUT_ENVIRONMENTS: 'k8s,prod',
          KUBERNETES_CLIENT_CONFIG_MAPS_WATCH: 'true',
          KUBERNETES_CLIENT_CONFIG_MAPS_LABELS: 'app.kubernetes.io/instance=pricing',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'PricingFlagsOutOfDate',
        'pricing-api-7c4d9b8f6-hq2s8 still serves pricing-flags generation 41; ConfigMap pricing-flags is at generation 44 since 06:10 and the other 2 pods serve 44',
      ),
    ],
    currentLog: log(
      times(12, (i) => {
        const s = t(2, 30, 0) + i * 150;
        return `${clock(s)}.${millis(s + frac(i))} [default-nioEventLoopGroup-1-${1 + (i % 4)}] INFO  c.a.pricing.QuoteController - quote sku=${nth(['SKU-1182', 'SKU-2210', 'SKU-0931'], i)} region=${nth(['eu', 'uk', 'us'], i)} flags=41 price_ms=${6 + (i % 9)}`;
      }),
      `03:05:12.406 [reactor-http-epoll-2] ERROR i.m.k.c.KubernetesConfigMapWatcher - Kubernetes API returned an error for a ConfigMap watch event: ConfigMapWatchEvent{type=ERROR, object=ConfigMap{metadata=Metadata{name='null', namespace='null', uid='null', labels={}, resourceVersion=null}, data={}}}`,
      times(70, (i) => {
        const s = t(3, 8, 0) + i * 270;
        return nth(
          [
            `${clock(s)}.${millis(s + frac(i))} [default-nioEventLoopGroup-1-${1 + (i % 4)}] INFO  c.a.pricing.QuoteController - quote sku=${nth(['SKU-1182', 'SKU-2210', 'SKU-0931', 'SKU-4410'], i)} region=${nth(['eu', 'uk', 'us'], i)} flags=41 price_ms=${5 + (i % 11)}`,
            `${clock(s)}.${millis(s + frac(i + 1))} [scheduled-executor-thread-1] INFO  c.a.pricing.fx.FxCache - FX cache refreshed: 31 currencies from ecb-proxy in ${40 + (i % 17)} ms`,
          ],
          i,
        );
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-asterisk-pjsip-registration-stopped-after-403',
    family: 'association-not-reestablished',
    source:
      'https://git.ipfire.org/cgi-bin/gitweb.cgi?a=commit&h=refs%2Fchanges%2F74%2F1474%2F5&p=thirdparty%2Fasterisk.git',
    signal: 'Alert',
    containers: [
      {
        name: 'asterisk',
        running: { startedAt: iso(t(21, 4, 33, 1)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '2',
        mounts: [
          { volume: 'pjsip-config', path: '/etc/asterisk/pjsip.d' },
          { volume: 'asterisk-spool', path: '/var/spool/asterisk' },
        ],
      },
    ],
    volumes: [
      { name: 'pjsip-config', configMap: 'pbx-pjsip' },
      { name: 'asterisk-spool', persistentVolumeClaim: 'pbx-spool' },
    ],
    events: [
      firing(
        'InboundCallsAbsent',
        'no inbound calls on the +44 20 7946 01xx DID range since 02:14; business hours began at 08:00',
      ),
    ],
    currentLog: log(
      times(
        5,
        (i) =>
          `[${syslogTs(t(2, 9 + i, 7))}] WARNING[2211] res_pjsip_outbound_registration.c:1003 schedule_retry: Temporal response '503' received from 'sip:sip.carrier-voice.example:5060' on registration attempt to 'sip:442079460100@sip.carrier-voice.example', retrying in '60'`,
      ),
      `[Feb 11 02:14:07] WARNING[2211] res_pjsip_outbound_registration.c:1061 handle_registration_response: Fatal response '403' received from 'sip:sip.carrier-voice.example:5060' on registration attempt to 'sip:442079460100@sip.carrier-voice.example', stopping outbound registration`,
      times(24, (i) => {
        const s = t(8, 1, 10) + i * 70;
        const n = 0xa1b2 + i;
        const chan = (0xa1c + i * 2).toString(16).padStart(8, '0');
        const out = (0xa1d + i * 2).toString(16).padStart(8, '0');
        const ext = nth(['2001', '2014', '2032', '2007'], i);
        return [
          `[${syslogTs(s)}] VERBOSE[${4700 + i}][C-0000${n.toString(16)}] pbx.c: Executing [0044${nth(['1632960', '2079460', '1214960', '1174960'], i)}${100 + i}@from-internal:1] Dial("PJSIP/${ext}-${chan}", "PJSIP/+44${nth(['1632960', '2079460', '1214960', '1174960'], i)}${100 + i}@carrier-trunk,60") in new stack`,
          `[${syslogTs(s + 1)}] VERBOSE[${4700 + i}][C-0000${n.toString(16)}] app_dial.c: Called PJSIP/+44${nth(['1632960', '2079460', '1214960', '1174960'], i)}${100 + i}@carrier-trunk`,
          `[${syslogTs(s + 3)}] VERBOSE[${4700 + i}][C-0000${n.toString(16)}] app_dial.c: PJSIP/carrier-trunk-${out} is ringing`,
          `[${syslogTs(s + 9)}] VERBOSE[${4700 + i}][C-0000${n.toString(16)}] app_dial.c: PJSIP/carrier-trunk-${out} answered PJSIP/${ext}-${chan}`,
        ];
      }).flat(),
    ),
    accept: ['restart-pod', 'escalate'],
  },
  {
    id: 'fiftyninth-rsyslog-relay-omfwd-discarding-after-second-loss',
    family: 'forwarder-wedged',
    source: 'https://github.com/rsyslog/rsyslog/issues/4573',
    signal: 'Alert',
    containers: [
      {
        name: 'rsyslog',
        running: { startedAt: iso(t(12, 31, 5, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        args: ['rsyslogd', '-n', '-f', '/etc/rsyslog/rsyslog.conf'],
        mounts: [{ volume: 'rsyslog-conf', path: '/etc/rsyslog' }],
      },
    ],
    volumes: [{ name: 'rsyslog-conf', configMap: 'syslog-relay' }],
    events: [
      firing(
        'SiemIngestGap',
        'the SIEM has received no events forwarded by syslog-relay since 01:33 (usual rate about 700/s)',
      ),
    ],
    currentLog: log(
      times(4, (i) => {
        const s = t(0, 20, 0) + i * 900;
        const fwd = 9_412_330 + i * 630_000;
        return [
          `${iso(s).replace('Z', '')}000+00:00 syslog-relay rsyslogd-pstats: main Q: origin=core.queue size=${40 + i * 3} enqueued=${fwd + 2_001} full=0 discarded.full=0 discarded.nf=0 maxqsize=${1800 + i * 40}`,
          `${iso(s).replace('Z', '')}000+00:00 syslog-relay rsyslogd-pstats: action-2-builtin:omfile: origin=core.action processed=${fwd + 1_990} failed=0 suspended=0 suspended.duration=0 resumed=0`,
          `${iso(s).replace('Z', '')}000+00:00 syslog-relay rsyslogd-pstats: action-3-builtin:omfwd: origin=core.action processed=${fwd} failed=0 suspended=0 suspended.duration=0 resumed=0`,
        ];
      }).flat(),
      '2026-02-11T01:12:03.118441+00:00 syslog-relay rsyslogd: omfwd: TCPSendBuf error -2027, destruct TCP Connection to siem-collector.security.svc.cluster.local:6514 [v8.2312.0 try https://www.rsyslog.com/e/2027 ]',
      "2026-02-11T01:12:03.118602+00:00 syslog-relay rsyslogd: action 'action-3-builtin:omfwd' suspended (module 'builtin:omfwd'), retry 0. There should be messages before this one giving the reason for suspension. [v8.2312.0 try https://www.rsyslog.com/e/2007 ]",
      "2026-02-11T01:13:33.120774+00:00 syslog-relay rsyslogd: action 'action-3-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2312.0 try https://www.rsyslog.com/e/2359 ]",
      '2026-02-11T01:31:40.402113+00:00 syslog-relay rsyslogd: omfwd: TCPSendBuf error -2027, destruct TCP Connection to siem-collector.security.svc.cluster.local:6514 [v8.2312.0 try https://www.rsyslog.com/e/2027 ]',
      "2026-02-11T01:31:40.402290+00:00 syslog-relay rsyslogd: action 'action-3-builtin:omfwd' suspended (module 'builtin:omfwd'), retry 0. There should be messages before this one giving the reason for suspension. [v8.2312.0 try https://www.rsyslog.com/e/2007 ]",
      "2026-02-11T01:33:10.405518+00:00 syslog-relay rsyslogd: action 'action-3-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2312.0 try https://www.rsyslog.com/e/2359 ]",
      times(28, (i) => {
        const s = t(1, 35, 0) + i * 900;
        const inb = 12_564_331 + i * 630_000;
        return [
          `${iso(s).replace('Z', '')}000+00:00 syslog-relay rsyslogd-pstats: main Q: origin=core.queue size=${38 + (i % 9)} enqueued=${inb} full=0 discarded.full=0 discarded.nf=0 maxqsize=2210`,
          `${iso(s).replace('Z', '')}000+00:00 syslog-relay rsyslogd-pstats: action-2-builtin:omfile: origin=core.action processed=${inb - 41} failed=0 suspended=0 suspended.duration=0 resumed=0`,
          `${iso(s).replace('Z', '')}000+00:00 syslog-relay rsyslogd-pstats: action-3-builtin:omfwd: origin=core.action processed=12470000 failed=1204 suspended=2 suspended.duration=180 resumed=2`,
          `${iso(s).replace('Z', '')}000+00:00 syslog-relay rsyslogd-pstats: action-3-builtin:omfwd queue: origin=core.queue size=0 enqueued=${inb - 1_990} full=${4 + i} discarded.full=${inb - 1_990 - 12_470_000} discarded.nf=0 maxqsize=100000`,
        ];
      }).flat(),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-fluent-bit-tail-stuck-on-deleted-rotation',
    family: 'deleted-file-handle',
    source: 'https://github.com/fluent/fluent-bit/issues/7709',
    signal: 'Alert',
    containers: [
      {
        name: 'fluent-bit',
        running: { startedAt: iso(t(7, 12, 50, 2)) },
        ready: true,
        restarts: 0,
        memoryLimit: '200Mi',
        cpuLimit: '500m',
        mounts: [
          { volume: 'varlog', path: '/var/log' },
          { volume: 'fluent-bit-config', path: '/fluent-bit/etc' },
        ],
      },
    ],
    volumes: [{ name: 'varlog' }, { name: 'fluent-bit-config', configMap: 'fluent-bit' }],
    node: calmNode,
    events: [
      firing(
        'LogShippingGap',
        'no documents from /var/log/billing/*.log on ip-10-0-3-41.eu-west-1.compute.internal since 05:00; fluent-bit-x7m2q is the only shipper on that node',
      ),
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `[2026/02/11 ${clock(t(4, 12, 0) + i * 400)}] [ info] [input:tail:tail.1] inotify_fs_add(): inode=${41_772_310 + i * 3} watch_fd=${140 + i} name=/var/log/containers/${nth(['checkout', 'search', 'catalog', 'accounts'], i)}-7d8f9c6b5-${nth(['a1b2c', 'd3e4f', 'g5h6i', 'j7k8l'], i)}_shop_app-${(0x3f2a91c4 + i * 977).toString(16)}.log`,
      ),
      '[2026/02/11 05:00:12] [ info] [input:tail:tail.0] inode=2883621 handle rotation(): /var/log/billing/batch.log => /var/log/billing/batch.log-2026-02-11-1770786012',
      '[2026/02/11 05:00:12] [ info] [input:tail:tail.0] inotify_fs_remove(): inode=2883621 watch_fd=12',
      '[2026/02/11 05:00:12] [ info] [input:tail:tail.0] inotify_fs_add(): inode=2883621 watch_fd=152 name=/var/log/billing/batch.log-2026-02-11-1770786012',
      '[2026/02/11 05:00:15] [ info] [input:tail:tail.0] inotify_fs_add(): inode=2883644 watch_fd=153 name=/var/log/billing/batch.log-2026-02-11-1770786012.gz',
      '[2026/02/11 05:00:19] [ info] [input:tail:tail.0] inotify_fs_remove(): inode=2883644 watch_fd=153',
      times(40, (i) => {
        const s = t(5, 6, 0) + i * 300;
        return nth(
          [
            `[2026/02/11 ${clock(s)}] [ info] [input:tail:tail.1] inotify_fs_add(): inode=${41_790_100 + i * 7} watch_fd=${160 + i} name=/var/log/containers/${nth(['checkout', 'search', 'catalog', 'accounts', 'cart'], i)}-6c9d8b7f5-${nth(['q1w2e', 'r3t4y', 'u5i6o', 'p7a8s'], i)}_shop_app-${(0x7a1c0e52 + i * 1231).toString(16)}.log`,
            `[2026/02/11 ${clock(s + 30)}] [ info] [input:tail:tail.1] inotify_fs_remove(): inode=${41_772_310 + i} watch_fd=${141 + (i % 7)}`,
          ],
          i,
        );
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-dapr-kafka-subscription-closed-and-silent',
    family: 'subscription-ended',
    source: 'https://github.com/dapr/components-contrib/issues/4349',
    signal: 'Alert',
    containers: [
      {
        name: 'daprd',
        running: { startedAt: iso(t(14, 9, 2, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        args: [
          './daprd',
          '--app-id',
          'fulfilment',
          '--app-port',
          '8080',
          '--log-level',
          'debug',
          '--enable-metrics',
        ],
      },
      {
        name: 'fulfilment',
        running: { startedAt: iso(t(14, 9, 1, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: { DAPR_HTTP_PORT: '3500', PUBSUB_NAME: 'orders-pubsub' },
      },
    ],
    events: [
      firing(
        'KafkaConsumerGroupLag',
        'group fulfilment on topic orders.created: lag 61,240 and growing for 2h40m',
      ),
    ],
    currentLog: log(
      times(24, (i) => {
        const s = t(5, 40, 0) + i * 17;
        return `time="${iso(s).replace('Z', '')}412Z" level=debug msg="Processing Kafka message: orders.created/${nth([0, 1, 2, 3], i)}/${45180 + i} [key=]" app_id=fulfilment component="orders-pubsub (pubsub.kafka/v1)" instance=fulfilment-5f7c9d6b8-wq4nz scope=dapr.contrib type=log ver=1.14.4`;
      }),
      `time="2026-02-11T05:47:08.552113Z" level=debug msg="client/metadata fetching metadata for all topics from broker kafka-1.kafka-headless.data.svc.cluster.local:9092\\n" app_id=fulfilment component="orders-pubsub (pubsub.kafka/v1)" instance=fulfilment-5f7c9d6b8-wq4nz scope=dapr.contrib type=log ver=1.14.4`,
      `time="2026-02-11T05:47:10.310042Z" level=info msg="Recovered processing operation component[orders-pubsub] input after 2 attempts" app_id=fulfilment instance=fulfilment-5f7c9d6b8-wq4nz scope=dapr.resiliency type=log ver=1.14.4`,
      `time="2026-02-11T05:47:10.311880Z" level=error msg="Error processing Kafka message: orders.created/3/45219 [key=]. Error: subscription is closed." app_id=fulfilment component="orders-pubsub (pubsub.kafka/v1)" instance=fulfilment-5f7c9d6b8-wq4nz scope=dapr.contrib type=log ver=1.14.4`,
      times(40, (i) => {
        const s = t(5, 55, 0) + i * 227;
        return `time="${iso(s).replace('Z', '')}118Z" level=debug msg="producer/broker/${nth([0, 1, 2], i)} state change to [open] on orders.shipped/${nth([0, 1, 2, 3], i)}\\n" app_id=fulfilment component="orders-pubsub (pubsub.kafka/v1)" instance=fulfilment-5f7c9d6b8-wq4nz scope=dapr.contrib type=log ver=1.14.4`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-envoy-edge-empty-eds-after-ads-reconnect',
    family: 'stale-config',
    source: 'https://github.com/envoyproxy/envoy/issues/13072',
    signal: 'Alert',
    containers: [
      {
        name: 'envoy',
        running: { startedAt: iso(t(10, 44, 31, 8)) },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '2',
        args: ['-c', '/etc/envoy/bootstrap.yaml', '--service-cluster', 'edge', '--log-level', 'info'],
        mounts: [{ volume: 'envoy-bootstrap', path: '/etc/envoy' }],
      },
    ],
    volumes: [{ name: 'envoy-bootstrap', configMap: 'edge-envoy-bootstrap' }],
    node: calmNode,
    events: [
      firing(
        'EdgeEnvoyUpstreamUnavailable',
        'edge-envoy-6b7f8c9d5-zp4kt: 71% of responses are 503 with flag UH since 06:06; the other two edge-envoy pods answer 0.1% 5xx',
      ),
    ],
    currentLog: log(
      times(12, (i) => {
        const s = t(6, 0, 0) + i * 23;
        return `[${iso(s)}] "GET /api/${nth(['orders', 'payments', 'catalog/items'], i)}/${4400 + i} HTTP/1.1" 200 - 0 ${820 + ((i * 37) % 400)} ${9 + (i % 14)} ${7 + (i % 12)} "10.42.${nth([1, 4, 9], i)}.${30 + i}" "okhttp/4.12.0" "${(0x7b1e0c3a + i * 4111).toString(16)}-2f4e-4c1b-9a0d-5e6f7a8b9c0d" "shop.example.com" "10.42.${nth([2, 6, 7], i)}.${50 + i}:8080"`;
      }),
      `[2026-02-11 06:05:12.118][1][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:152] StreamAggregatedResources gRPC config stream to xds_cluster closed: 14, upstream connect error or disconnect/reset before headers. reset reason: connection failure`,
      `[2026-02-11 06:05:14.402][1][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:152] StreamAggregatedResources gRPC config stream to xds_cluster closed: 14, upstream connect error or disconnect/reset before headers. reset reason: connection failure`,
      `[2026-02-11 06:05:21.930][1][info][upstream] [source/common/upstream/cds_api_helper.cc:32] cds: add 14 cluster(s), remove 0 cluster(s)`,
      `[2026-02-11 06:05:21.931][1][info][upstream] [source/common/upstream/cds_api_helper.cc:69] cds: added/updated 0 cluster(s), skipped 14 unmodified cluster(s)`,
      times(60, (i) => {
        const s = t(6, 6, 0) + i * 139;
        const path = nth(
          ['orders', 'payments', 'static/app.js', 'orders', 'catalog/items', 'payments', 'static/logo.svg'],
          i,
        );
        const isStatic = path.startsWith('static');
        return isStatic
          ? `[${iso(s)}] "GET /${path} HTTP/1.1" 200 - 0 ${14210 + i} 2 1 "10.42.${nth([1, 4, 9], i)}.${30 + (i % 50)}" "Mozilla/5.0" "${(0x2c4e6a8b + i * 977).toString(16)}-9d1e-4f2a-8b3c-1a2b3c4d5e6f" "shop.example.com" "10.42.8.14:8080"`
          : `[${iso(s)}] "GET /api/${path}/${5100 + i} HTTP/1.1" 503 UH 0 19 0 - "10.42.${nth([1, 4, 9], i)}.${30 + (i % 50)}" "okhttp/4.12.0" "${(0x5d3f1b2a + i * 1409).toString(16)}-7e6d-4c5b-a49f-8e7d6c5b4a39" "shop.example.com" "-"`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-consul-ttl-check-lost-with-agent-restart',
    family: 'registration-lost',
    source: 'https://github.com/go-kratos/kratos/issues/1775',
    signal: 'Alert',
    containers: [
      {
        name: 'inventory-grpc',
        running: { startedAt: iso(t(22, 15, 40, 8)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: {
          CONSUL_HTTP_ADDR: 'http://$(HOST_IP):8500',
          SERVICE_NAME: 'inventory-grpc',
          CONSUL_CHECK_TTL: '30s',
        },
      },
    ],
    events: [
      firing(
        'ConsulServiceInstancesMissing',
        'inventory-grpc has 2 passing instances in Consul; the Deployment has 3 Ready pods',
      ),
    ],
    currentLog: log(
      times(18, (i) => {
        const s = t(4, 8, 0) + i * 37;
        return `{"level":"info","ts":${epochOf(s)},"caller":"server/grpc.go:74","msg":"rpc","method":"/inventory.v1.Inventory/${nth(['Reserve', 'Release', 'Get'], i)}","code":"OK","duration_ms":${2 + (i % 6)}}`;
      }),
      times(4, (i) => {
        const s = t(4, 20, 11) + i * 10;
        return `{"level":"error","ts":${epochOf(s)},"caller":"registry/consul.go:88","msg":"consul heartbeat failed","check":"service:inventory-grpc-7d9f6b8c4-mxl2q","error":"Put \\"http://10.0.2.17:8500/v1/agent/check/pass/service:inventory-grpc-7d9f6b8c4-mxl2q?note=\\": dial tcp 10.0.2.17:8500: connect: connection refused"}`;
      }),
      times(60, (i) => {
        const s = t(4, 20, 51) + i * 245;
        return nth(
          [
            `{"level":"error","ts":${epochOf(s)},"caller":"registry/consul.go:88","msg":"consul heartbeat failed","check":"service:inventory-grpc-7d9f6b8c4-mxl2q","error":"Unexpected response code: 500 (CheckID \\"service:inventory-grpc-7d9f6b8c4-mxl2q\\" does not have associated TTL)"}`,
            `{"level":"info","ts":${epochOf(s + 2)},"caller":"flags/consul_kv.go:51","msg":"loaded feature flags from consul kv","prefix":"inventory/flags/","keys":14,"index":${88121 + i}}`,
            `{"level":"info","ts":${epochOf(s + 5)},"caller":"server/grpc.go:74","msg":"rpc","method":"/inventory.v1.Inventory/${nth(['Reserve', 'Get'], i)}","code":"OK","duration_ms":${3 + (i % 5)}}`,
          ],
          i,
        );
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-rpcx-etcd-registration-lease-not-found',
    family: 'registration-lost',
    source: 'https://github.com/smallnest/rpcx/issues/420',
    signal: 'Alert',
    containers: [
      {
        name: 'pricing',
        running: { startedAt: iso(t(13, 51, 3, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '384Mi',
        cpuLimit: '1',
        env: {
          ETCD_ENDPOINTS: 'etcd-0.etcd.infra.svc:2379,etcd-1.etcd.infra.svc:2379,etcd-2.etcd.infra.svc:2379',
          RPCX_BASE_PATH: '/rpcx_prod',
          RPCX_UPDATE_INTERVAL: '3m',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'RpcxProvidersMissing',
        'service Pricing has 2 providers registered under /rpcx_prod; Deployment pricing has 3 Ready pods',
      ),
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `2026/02/11 ${clock(t(2, 50, 0) + i * 61)} discovery.go:77: INFO : etcd discovery: 3 servers for Inventory, 2 servers for Ledger`,
      ),
      times(6, (i) => {
        const s = t(3, 1, 44) + i * 9;
        return `{"level":"warn","ts":"${iso(s)}","logger":"etcd-client","caller":"v3@v3.5.12/retry_interceptor.go:62","msg":"retrying of unary invoker failed","target":"etcd-endpoints://0xc0003c2000/etcd-0.etcd.infra.svc:2379","attempt":0,"error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.42.9.14:2379: connect: connection refused\\""}`;
      }),
      times(109, (i) => {
        const s = t(3, 4, 11) + i * 180 + frac(i);
        const err = `2026/02/11 ${clock(s)} etcdv3.go:164: ERROR : cannot re-create etcdv3 path /rpcx_prod/Pricing/tcp@10.42.4.12:8972: etcdserver: requested lease not found`;
        return i % 2
          ? [
              err,
              `2026/02/11 ${clock(s + 20)} discovery.go:77: INFO : etcd discovery: 3 servers for Inventory, 2 servers for Ledger`,
            ]
          : [err];
      }).flat(),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-cloudflare-exporter-scheduler-job-hung',
    family: 'scheduler-stuck',
    source: 'https://github.com/wehkamp/docker-prometheus-cloudflare-exporter/issues/5',
    signal: 'Alert',
    containers: [
      {
        name: 'cloudflare-exporter',
        running: { startedAt: iso(t(9, 2, 18, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '128Mi',
        cpuLimit: '200m',
        env: { CF_ZONES: 'all', SCRAPE_INTERVAL: '60', PYTHONUNBUFFERED: '1' },
      },
    ],
    events: [
      firing(
        'CloudflareMetricsStale',
        'cloudflare_zone_requests_total has not changed for any of 14 zones since 02:31 (target up, scraped every 30s)',
      ),
    ],
    currentLog: log(
      times(4, (i) => {
        const s = t(2, 23, 30) + i * 120;
        return [
          `INFO:apscheduler.executors.default:Running job "update_latest (trigger: interval[0:02:00], next run at: ${day(s)} ${clock(s + 120)} UTC)" (scheduled at ${day(s)} ${clock(s)}+00:00)`,
          `INFO:apscheduler.executors.default:Job "update_latest (trigger: interval[0:02:00], next run at: ${day(s)} ${clock(s + 120)} UTC)" executed successfully`,
        ];
      }).flat(),
      `INFO:apscheduler.executors.default:Running job "update_latest (trigger: interval[0:02:00], next run at: 2026-02-11 02:33:30 UTC)" (scheduled at 2026-02-11 02:31:30+00:00)`,
      times(178, (i) => {
        const s = t(2, 33, 30) + i * 120;
        const lines = [
          `WARNING:apscheduler.scheduler:Execution of job "update_latest (trigger: interval[0:02:00], next run at: ${day(s)} ${clock(s + 120)} UTC)" skipped: maximum number of running instances reached (1)`,
        ];
        if (i % 5 === 3) {
          const z = s + 30;
          lines.push(
            `INFO:apscheduler.executors.default:Running job "update_zones (trigger: interval[0:10:00], next run at: ${day(z)} ${clock(z + 600)} UTC)" (scheduled at ${day(z)} ${clock(z)}+00:00)`,
            `INFO:apscheduler.executors.default:Job "update_zones (trigger: interval[0:10:00], next run at: ${day(z)} ${clock(z + 600)} UTC)" executed successfully`,
          );
        }
        return lines;
      }).flat(),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-hookrelay-descriptors-exhausted-after-23-days',
    family: 'fd-exhaustion',
    source: 'https://github.com/NebulousLabs/Sia/issues/2935',
    signal: 'Alert',
    containers: [
      {
        name: 'hookrelay',
        running: { startedAt: iso(t(7, 22, 40, -12)) },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        env: { LISTEN_ADDR: ':8080', DELIVERY_WORKERS: '64', GOMAXPROCS: '1' },
      },
    ],
    node: calmNode,
    events: [
      firing('WebhookDeliveriesStalled', 'hookrelay delivered 0 webhooks in the last 45m (normal: 350/min)'),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://10.42.5.21:8080/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 88,
      },
    ],
    currentLog: log(
      times(12, (i) => {
        const s = t(8, 0, 0, 8) + i * 6 * 3600;
        return `${day(s).replace(/-/g, '/')} ${clock(s)} stats: uptime=${Math.floor((s - t(7, 22, 40, -12)) / 3600)}h goroutines=${3120 + i * 2470} open_fds=${28_110 + i * 2_820}/65536 deliveries_ok=${11_204_331 + i * 118_000} deliveries_failed=${412 + i * 9}`;
      }),
      times(
        20,
        (i) =>
          `2026/02/11 ${clock(t(7, 41, 2) + i)} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s`,
      ),
      times(
        10,
        (i) =>
          `2026/02/11 ${clock(t(7, 41, 30) + i * 2)} delivery worker ${i + 3}: Post "https://hooks.partner-${nth(['a', 'b', 'c'], i)}.example/events": dial tcp: lookup hooks.partner-${nth(['a', 'b', 'c'], i)}.example: too many open files`,
      ),
      `2026/02/11 08:00:00 stats: uptime=${Math.floor((t(8, 0, 0) - t(7, 22, 40, -12)) / 3600)}h goroutines=41822 open_fds=65536/65536 deliveries_ok=12620331 deliveries_failed=${412 + 13 * 9 + 22_480}`,
      times(
        40,
        (i) =>
          `2026/02/11 ${clock(t(8, 28, 10) + i)} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s`,
      ),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-spark-jobserver-native-threads-after-17-days',
    family: 'thread-exhaustion',
    source: 'https://github.com/spark-jobserver/spark-jobserver/issues/777',
    signal: 'Alert',
    containers: [
      {
        name: 'jobserver',
        running: { startedAt: iso(t(4, 37, 12, -6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JOBSERVER_MEMORY: '4g',
          SPARK_MASTER: 'k8s://https://kubernetes.default.svc',
          MANAGER_JAVA_OPTS: '-Xss1m -XX:+UseG1GC',
        },
        mounts: [
          { volume: 'jobserver-conf', path: '/opt/spark-jobserver/config' },
          { volume: 'jobserver-db', path: '/var/lib/jobserver' },
        ],
      },
    ],
    volumes: [
      { name: 'jobserver-conf', configMap: 'spark-jobserver' },
      { name: 'jobserver-db', persistentVolumeClaim: 'jobserver-filedao' },
    ],
    node: calmNode,
    events: [
      firing(
        'SparkJobSubmissionsFailing',
        'POST /jobs on spark-jobserver answered 500 for 100% of 63 submissions in the last 40m',
      ),
    ],
    currentLog: log(
      times(16, (i) => {
        const s = t(2, 0, 0, -5 + i);
        return `[${day(s)} ${clock(s)},118] INFO  metrics [] [] - type=GAUGE, name=jvm.thread-states.count, value=${1310 + i * 1900}`;
      }),
      `[2026-02-11 02:00:00,118] INFO  metrics [] [] - type=GAUGE, name=jvm.thread-states.count, value=31977`,
      times(8, (i) => {
        const s = t(7, 30, 0) + i * 150;
        return `[${day(s)} ${clock(s)},${millis(s + frac(i))}] INFO  spark.jobserver.JobManagerActor [] [akka://JobServer/user/context-supervisor/etl-ctx] - Starting job ${(0x5e1c9a20 + i * 4099).toString(16)}-41d2-9a7f-${(0x3b2c + i).toString(16)}0c6e8f1a2b with class ${nth(['com.acme.etl.DailyRollup', 'com.acme.etl.SessionJoin', 'com.acme.etl.RefundRecon'], i)}`;
      }),
      'Exception in thread "JobServer-akka.actor.default-dispatcher-2171" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      '\tat java.base/java.lang.Thread.start0(Native Method)',
      '\tat java.base/java.lang.Thread.start(Thread.java:802)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1364)',
      '\tat scala.concurrent.impl.ExecutionContextImpl$$anon$4.execute(ExecutionContextImpl.scala:138)',
      '\tat spark.jobserver.JobManagerActor.startJobInternal(JobManagerActor.scala:318)',
      times(22, (i) => {
        const s = t(7, 52, 0) + i * 100;
        return [
          `[${day(s)} ${clock(s)},${millis(s + frac(i))}] ERROR spark.jobserver.WebApi [] [akka://JobServer/user/IO-HTTP/listener-0/${40 + i}] - About to restart actor due to exception:`,
          `java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached`,
        ];
      }).flat(),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-spring-kafka-listeners-deadlocked-after-aurora-failover',
    family: 'deadlock',
    source: 'https://github.com/aws/aws-advanced-jdbc-wrapper/issues/834',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-writer',
        running: { startedAt: iso(t(16, 2, 51, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: {
          SPRING_DATASOURCE_URL:
            'jdbc:aws-wrapper:postgresql://ledger.cluster-cq1x9.eu-west-1.rds.amazonaws.com:5432/ledger?wrapperPlugins=auroraConnectionTracker,failover,iam',
          SPRING_KAFKA_LISTENER_CONCURRENCY: '16',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      firing(
        'KafkaConsumerLagHigh',
        'group ledger-writer on topic payments.settled: lag 184,902, no commits for 4h15m',
      ),
    ],
    currentLog: log(
      times(14, (i) => {
        const s = t(4, 5, 0) + i * 19;
        return `${javaTs(s)}  INFO 1 --- [ntainer#2-${i % 16}-C-1] c.a.ledger.SettlementListener           : Posted settlement ${nth(['STL', 'RFD', 'CHB'], i)}-${7700120 + i} to ledger in ${14 + (i % 9)} ms`;
      }),
      `2026-02-11 04:10:02.411  INFO 1 --- [ntainer#2-9-C-1] s.a.j.p.f.FailoverConnectionPlugin       : Starting writer failover procedure.`,
      `2026-02-11 04:10:02.418  INFO 1 --- [ntainer#2-13-C-1] s.a.j.p.f.FailoverConnectionPlugin       : Starting writer failover procedure.`,
      `2026-02-11 04:10:19.905 ERROR 1 --- [ntainer#2-4-C-1] s.a.j.p.f.FailoverConnectionPlugin       : The active SQL connection has changed due to a connection failure. Please re-configure session state if required.`,
      `2026-02-11 04:10:19.921  INFO 1 --- [ntainer#2-4-C-1] c.a.ledger.SettlementListener           : Posted settlement STL-7700158 to ledger in 17421 ms`,
      times(48, (i) => {
        const s = t(4, 15, 0) + i * 270;
        return `${javaTs(s)}  INFO 1 --- [   scheduling-1] c.a.ledger.outbox.OutboxRelay            : Outbox relay: published ${i % 3 === 0 ? 0 : 1 + (i % 4)} rows, oldest pending ${(i * 7) % 40}s`;
      }),
      '2026-02-11 07:55:31',
      'Full thread dump OpenJDK 64-Bit Server VM (17.0.10+7 mixed mode, sharing):',
      '',
      '"org.springframework.kafka.KafkaListenerEndpointContainer#2-9-C-1" #61 prio=5 os_prio=0 cpu=18231.44ms elapsed=313508.02s tid=0x00007f3c2c1a8800 nid=0x4f waiting on condition  [0x00007f3bf59fe000]',
      '   java.lang.Thread.State: WAITING (parking)',
      '\tat jdk.internal.misc.Unsafe.park(java.base@17.0.10/Native Method)',
      '\t- parking to wait for  <0x00000007df3cb8c8> (a java.util.concurrent.locks.ReentrantLock$NonfairSync)',
      '\tat java.util.concurrent.locks.ReentrantLock.lock(java.base@17.0.10/ReentrantLock.java:322)',
      '\tat software.amazon.jdbc.plugin.AuroraConnectionTrackerPlugin.invalidateAllConnections(AuroraConnectionTrackerPlugin.java:143)',
      '',
      'Found one Java-level deadlock:',
      '=============================',
      '"org.springframework.kafka.KafkaListenerEndpointContainer#2-0-C-1":',
      '  waiting for ownable synchronizer 0x00000007df37f9e0, (a java.util.concurrent.locks.ReentrantLock$NonfairSync),',
      '  which is held by "org.springframework.kafka.KafkaListenerEndpointContainer#2-9-C-1"',
      '',
      '"org.springframework.kafka.KafkaListenerEndpointContainer#2-9-C-1":',
      '  waiting for ownable synchronizer 0x00000007df3cb8c8, (a java.util.concurrent.locks.ReentrantLock$NonfairSync),',
      '  which is held by "org.springframework.kafka.KafkaListenerEndpointContainer#2-13-C-1"',
      '',
      '"org.springframework.kafka.KafkaListenerEndpointContainer#2-13-C-1":',
      '  waiting for ownable synchronizer 0x00000007df37f9e0, (a java.util.concurrent.locks.ReentrantLock$NonfairSync),',
      '  which is held by "org.springframework.kafka.KafkaListenerEndpointContainer#2-9-C-1"',
      '',
      'Found 1 deadlock.',
      '',
      times(10, (i) => {
        const s = t(7, 58, 0) + i * 170;
        return `${javaTs(s)}  INFO 1 --- [   scheduling-1] c.a.ledger.outbox.OutboxRelay            : Outbox relay: published ${i % 2}, oldest pending ${(i * 5) % 30}s`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-grafana-dashboard-sidecar-stale-token',
    family: 'credentials-cached',
    source: 'https://github.com/kiwigrid/k8s-sidecar/issues/372',
    signal: 'Alert',
    containers: [
      {
        name: 'grafana-sc-dashboard',
        running: { startedAt: iso(t(9, 11, 47, 11) - 92 * 86400) },
        ready: true,
        restarts: 0,
        memoryLimit: '96Mi',
        cpuLimit: '100m',
        env: {
          METHOD: 'WATCH',
          LABEL: 'grafana_dashboard',
          FOLDER: '/tmp/dashboards',
          RESOURCE: 'both',
          NAMESPACE: 'ALL',
        },
        mounts: [{ volume: 'sc-dashboard-volume', path: '/tmp/dashboards' }],
      },
      {
        name: 'grafana',
        running: { startedAt: iso(t(9, 11, 46, 11) - 92 * 86400) },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '1',
        mounts: [
          { volume: 'sc-dashboard-volume', path: '/tmp/dashboards' },
          { volume: 'storage', path: '/var/lib/grafana' },
        ],
      },
    ],
    volumes: [
      { name: 'sc-dashboard-volume', emptyDir: {} },
      { name: 'storage', persistentVolumeClaim: 'grafana' },
    ],
    events: [
      firing(
        'GrafanaDashboardSyncFailing',
        'grafana-sc-dashboard in grafana-6c8d9f7b5-4xq2m logs a 401 every few seconds since 07:05; 3 dashboard ConfigMaps changed since then are not in Grafana',
      ),
    ],
    currentLog: log(
      times(6, (i) => {
        const s = t(6, 40, 0) + i * 240;
        return `{"time": "${iso(s).replace('Z', '')}211+00:00", "level": "INFO", "msg": "Working on MODIFIED configmap monitoring/${nth(['dash-checkout', 'dash-search', 'dash-ledger'], i)}"}`;
      }),
      times(70, (i) => {
        const s = t(7, 5, 12) + i * 72;
        return `{"time": "${iso(s).replace('Z', '')}402+00:00", "level": "ERROR", "msg": "ApiException when calling kubernetes: (401)\\nReason: Unauthorized\\nHTTP response headers: HTTPHeaderDict({'Audit-Id': '${(0x1a2b3c4d + i * 7717).toString(16)}-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', 'Date': '${moment(s).toUTCString()}', 'Content-Length': '129'})\\nHTTP response body: {\\"kind\\":\\"Status\\",\\"apiVersion\\":\\"v1\\",\\"metadata\\":{},\\"status\\":\\"Failure\\",\\"message\\":\\"Unauthorized\\",\\"reason\\":\\"Unauthorized\\",\\"code\\":401}\\n\\n"}`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftyninth-gobgp-speaker-peer-stuck-after-hold-timer',
    family: 'association-not-reestablished',
    source: 'https://github.com/osrg/gobgp/issues/2801',
    signal: 'Alert',
    containers: [
      {
        name: 'gobgpd',
        running: { startedAt: iso(t(19, 2, 7, 5)) },
        ready: true,
        restarts: 0,
        memoryLimit: '128Mi',
        cpuLimit: '250m',
        args: ['gobgpd', '-f', '/etc/gobgp/gobgpd.toml', '-t', 'toml', '--log-plain'],
        mounts: [{ volume: 'gobgp-config', path: '/etc/gobgp' }],
      },
    ],
    volumes: [{ name: 'gobgp-config', configMap: 'ingress-bgp-speaker' }],
    node: calmNode,
    events: [
      firing(
        'BGPSessionNotEstablished',
        'tor-a-r12 reports its session to 10.0.12.7 (ingress-bgp-speaker) in Active since 05:12; tor-b-r12 session Established; anycast 203.0.113.10/32 learned from one ToR only',
      ),
    ],
    currentLog: log(
      `time="2026-02-05T19:02:09Z" level=info msg="Peer Up" Key=10.0.12.1 State=BGP_FSM_OPENCONFIRM Topic=Peer`,
      `time="2026-02-05T19:02:10Z" level=info msg="Peer Up" Key=10.0.12.2 State=BGP_FSM_OPENCONFIRM Topic=Peer`,
      `time="2026-02-11T05:12:41Z" level=warning msg="hold timer expired" Key=10.0.12.1 State=BGP_FSM_ESTABLISHED Topic=Peer`,
      `time="2026-02-11T05:12:41Z" level=warning msg="sent notification" Code=4 Data="[]" Key=10.0.12.1 State=BGP_FSM_ESTABLISHED Subcode=0 Topic=Peer`,
      times(60, (i) => {
        const s = t(5, 21, 30) + i * 187;
        return `time="${isoS(s)}" level=warning msg="Closed an accepted connection" Key=10.0.12.1 State=BGP_FSM_ESTABLISHED Topic=Peer`;
      }),
    ),
    accept: ['restart-pod'],
  },
];

// ------------------------------------------------------------------ restarts wrong (18)

/** Pulsar's Java client backing off against brokers that are still gone. */
const pulsarBackoff = (s: number, topic: string, delay: string): string =>
  `${day(s)}T${clock(s)},${millis(s)}+0000 [pulsar-timer-5-1] WARN  org.apache.pulsar.client.impl.ConnectionHandler - [persistent://acme/notify/${topic}] [dispatcher] Could not get connection to broker: io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: pulsar-proxy.pulsar.svc.cluster.local/10.100.41.7:6650 -- Will try again in ${delay} s`;

/** Every retry of the three consumers from 07:48:04 on: the backoff doubles from 0.1 s to 60 s, then stays there. */
const pulsarRetries = (): string[] => {
  const out: [number, string][] = [];
  ['email', 'sms', 'push'].forEach((topic, k) => {
    let s = t(7, 48, 4) + k * 0.013;
    let d = 0.1;
    while (s < t(8, 29, 30)) {
      out.push([s, pulsarBackoff(s, topic, d.toFixed(1))]);
      if (d < 60) {
        const r = s + d;
        out.push([
          r,
          `${day(r)}T${clock(r)},${millis(r)}+0000 [pulsar-timer-5-1] INFO  org.apache.pulsar.client.impl.ConnectionHandler - [persistent://acme/notify/${topic}] [dispatcher] Reconnecting after connection was closed`,
        ]);
      }
      s += d + 0.004;
      d = Math.min(d * 2, 60);
    }
  });
  return out.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
};

const WRONG_A: HeldOutCase[] = [
  {
    id: 'fiftyninth-pulsar-java-dispatcher-brokers-unreachable',
    family: 'dependency-down',
    source: 'https://github.com/apache/pulsar/issues/15559',
    signal: 'Alert',
    containers: [
      {
        name: 'notification-dispatcher',
        running: { startedAt: iso(t(17, 40, 2, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          PULSAR_SERVICE_URL: 'pulsar://pulsar-proxy.pulsar.svc.cluster.local:6650',
          PULSAR_SUBSCRIPTION: 'dispatcher',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'PulsarSubscriptionBacklogGrowing',
        'subscription dispatcher: backlog 212,388 messages on persistent://acme/notify/email, growing since 07:48',
      ),
    ],
    currentLog: log(
      times(14, (i) => {
        const s = t(7, 40, 0) + i * 31;
        return `${day(s)}T${clock(s)},${millis(s + frac(i))}+0000 [pulsar-client-io-1-${1 + (i % 3)}] INFO  com.acme.notify.Dispatcher - delivered ${nth(['email', 'sms', 'push'], i)} batch of ${40 + ((i * 13) % 60)} in ${80 + ((i * 7) % 90)} ms`;
      }),
      `2026-02-11T07:48:03,412+0000 [pulsar-client-io-1-2] INFO  org.apache.pulsar.client.impl.ConnectionHandler - [persistent://acme/notify/email] [dispatcher] Closed connection [id: 0x4a1c9e21, L:/10.42.5.33:40218 ! R:pulsar-proxy.pulsar.svc.cluster.local/10.100.41.7:6650] -- Will try again in 0.1 s`,
      pulsarRetries(),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-nats-go-session-gateway-jetstream-unavailable',
    family: 'dependency-down',
    source: 'https://github.com/nats-io/nats-server/issues/2922',
    signal: 'Alert',
    containers: [
      {
        name: 'session-gw',
        running: { startedAt: iso(t(12, 5, 44, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        env: {
          NATS_URL: 'nats://nats.messaging.svc.cluster.local:4222',
          SESSION_BUCKET: 'sessions',
          GOMEMLIMIT: '200MiB',
        },
      },
    ],
    events: [firing('SessionGateway5xx', 'session-gw 5xx ratio 0.64 over 30m (3/3 pods)')],
    currentLog: log(
      times(16, (i) => {
        const s = t(7, 40, 0) + i * 33;
        return `{"level":"info","method":"${nth(['GET', 'PUT', 'GET', 'DELETE'], i)}","path":"/v1/sessions/${(0x9a1f22c0 + i * 131).toString(16)}","status":${nth([200, 204, 200, 204], i)},"dur_ms":${2 + (i % 5)},"time":"${isoS(s)}","message":"request"}`;
      }),
      `{"level":"warn","error":"EOF","time":"2026-02-11T07:49:31Z","message":"nats disconnected"}`,
      `{"level":"info","url":"nats://10.42.3.5:4222","time":"2026-02-11T07:50:40Z","message":"nats reconnected"}`,
      times(90, (i) => {
        const s = t(7, 50, 41) + i * 26;
        return nth(
          [
            `{"level":"error","error":"nats: JetStream system temporarily unavailable","bucket":"sessions","key":"${(0x9a1f3000 + i * 97).toString(16)}","time":"${isoS(s)}","message":"kv get failed"}`,
            `{"level":"info","method":"GET","path":"/v1/sessions/${(0x9a1f3000 + i * 97).toString(16)}","status":503,"dur_ms":${5 + (i % 4)},"time":"${isoS(s)}","message":"request"}`,
            `{"level":"error","error":"nats: JetStream system temporarily unavailable","bucket":"sessions","key":"${(0x9a1f4000 + i * 89).toString(16)}","time":"${isoS(s + 9)}","message":"kv put failed"}`,
          ],
          i,
        );
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-consul-report-scheduler-no-cluster-leader',
    family: 'dependency-down',
    source: 'https://github.com/hashicorp/consul/issues/7927',
    signal: 'Alert',
    containers: [
      {
        name: 'report-scheduler',
        running: { startedAt: iso(t(10, 30, 9, 7)) },
        ready: true,
        restarts: 0,
        memoryLimit: '128Mi',
        cpuLimit: '250m',
        env: {
          CONSUL_HTTP_ADDR: 'http://$(HOST_IP):8500',
          LOCK_KEY: 'service/report-scheduler/leader',
          LOCK_WAIT: '15s',
        },
      },
    ],
    node: calmNode,
    events: [
      firing(
        'ReportSchedulerNoLeader',
        'no report-scheduler instance has held service/report-scheduler/leader for 31m; 07:00 and 08:00 reports not generated',
      ),
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `ts=${iso(t(7, 0, 0) + i * 420)} caller=scheduler.go:112 level=info msg="report run finished" report=${nth(['hourly-sales', 'stock-levels', 'refunds'], i)} rows=${1200 + i * 37} duration=${(2.1 + (i % 4) / 3).toFixed(3)}s`,
      ),
      `ts=2026-02-11T07:57:48.204Z caller=lock.go:88 level=warn msg="lock lost" key=service/report-scheduler/leader`,
      times(70, (i) => {
        const s = t(7, 58, 3) + i * 27;
        return nth(
          [
            `ts=${iso(s)} caller=lock.go:61 level=error msg="acquire lock failed" key=service/report-scheduler/leader err="Unexpected response code: 500 (No cluster leader)"`,
            `ts=${iso(s + 1)} caller=session.go:40 level=error msg="session create failed" err="Unexpected response code: 500 (rpc error making call: No cluster leader)"`,
            `ts=${iso(s + 2)} caller=scheduler.go:77 level=info msg="not leader, skipping tick" report=${nth(['hourly-sales', 'stock-levels', 'refunds'], i)}`,
          ],
          i,
        );
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-freeswitch-trunk-registrar-still-503',
    family: 'dependency-down',
    source: 'https://github.com/signalwire/freeswitch/blob/master/src/mod/endpoints/mod_sofia/sofia_reg.c',
    signal: 'Alert',
    containers: [
      {
        name: 'freeswitch',
        running: { startedAt: iso(t(6, 12, 50, 3)) },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        mounts: [{ volume: 'fs-conf', path: '/etc/freeswitch/sip_profiles/external' }],
      },
    ],
    volumes: [{ name: 'fs-conf', configMap: 'freeswitch-gateways' }],
    events: [
      firing(
        'SipTrunkUnregistered',
        'gateway carrier-trunk on freeswitch-0 not registered for 87m; inbound calls failing over to the backup DID range',
      ),
    ],
    currentLog: log(
      times(172, (i) => {
        const s = t(7, 2, 14) + i * 30 + frac(i) / 5;
        return `${day(s)} ${clock(s)}.${millis(s)}${String(400 + (i % 99)).padStart(3, '0')} [ERR] sofia_reg.c:2661 carrier-trunk Failed Registration with status Service Unavailable [503]. failure #${i + 1}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-pdf-gateway-descriptors-gone-again-after-each-restart',
    family: 'fd-exhaustion',
    source: 'https://github.com/NebulousLabs/Sia/issues/3059',
    signal: 'Alert',
    containers: [
      {
        name: 'pdf-gw',
        running: { startedAt: iso(t(8, 17, 2)) },
        last: { reason: 'Error', exitCode: 143 },
        ready: true,
        restarts: 8,
        memoryLimit: '256Mi',
        cpuLimit: '1',
        env: { LISTEN_ADDR: ':8080', RENDERER_URL: 'http://pdf-renderer.docs.svc:9000', GOMAXPROCS: '1' },
      },
    ],
    node: calmNode,
    events: [
      firing('PdfGatewayRestarting', 'pdf-gw-6d7c8b9f4-lt5rw restarted 8 times in 1h40m'),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "http://10.42.2.40:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 24,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container pdf-gw failed liveness probe, will be restarted',
        count: 8,
      },
    ],
    previousLog: log(
      '2026/02/11 08:05:40 pdf-gw listening on :8080 (renderer http://pdf-renderer.docs.svc:9000)',
      times(
        11,
        (i) =>
          `2026/02/11 ${clock(t(8, 6, 40) + i * 60)} stats: uptime=${i + 1}m goroutines=${900 + i * 3900} open_fds=${1210 + i * 5930}/65536 renders_ok=${310 + i * 290} renders_failed=${i * 4}`,
      ),
      times(
        30,
        (i) =>
          `2026/02/11 ${clock(t(8, 16, 41) + i)} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s`,
      ),
    ),
    currentLog: log(
      '2026/02/11 08:17:02 pdf-gw listening on :8080 (renderer http://pdf-renderer.docs.svc:9000)',
      times(
        11,
        (i) =>
          `2026/02/11 ${clock(t(8, 18, 2) + i * 60)} stats: uptime=${i + 1}m goroutines=${880 + i * 3950} open_fds=${1190 + i * 5960}/65536 renders_ok=${305 + i * 294} renders_failed=${i * 3}`,
      ),
      times(
        25,
        (i) =>
          `2026/02/11 ${clock(t(8, 28, 33) + i)} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'fiftyninth-vertx-search-api-blocked-again-after-each-restart',
    family: 'wedged-event-loop',
    source: 'https://github.com/quarkusio/quarkus/issues/16390',
    signal: 'Alert',
    containers: [
      {
        name: 'search-api',
        running: { startedAt: iso(t(8, 16, 41)) },
        last: { reason: 'Error', exitCode: 143 },
        ready: true,
        restarts: 11,
        memoryLimit: '1Gi',
        cpuLimit: '2',
        env: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70', VERTX_EVENT_LOOP_POOL_SIZE: '2' },
      },
    ],
    events: [
      firing(
        'SearchApiRestarting',
        'search-api-58d9c7b6f4-m2q8r restarted 11 times in 2h, each time 6-8 minutes after starting',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "http://10.42.8.17:8080/health/live": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 33,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container search-api failed liveness probe, will be restarted',
        count: 11,
      },
    ],
    previousLog: log(
      `${javaTs(t(8, 8, 2))} [vert.x-eventloop-thread-0] INFO  io.vertx.core.impl.launcher.commands.VertxIsolatedDeployer - Succeeded in deploying verticle`,
      times(30, (i) => {
        const s = t(8, 8, 10) + i * 12;
        return `${javaTs(s)} [vert.x-eventloop-thread-${i % 2}] INFO  i.v.e.w.handler.impl.LoggerHandlerImpl - 10.42.${nth([1, 4], i)}.${40 + i} - - [${moment(s).toUTCString()}] "GET /v2/search?q=${nth(['boots', 'rain+jacket', 'tent', 'stove'], i)} HTTP/1.1" 200 ${4100 + i * 37} "-" "Mozilla/5.0"`;
      }),
      times(
        4,
        (i) =>
          `${javaTs(t(8, 14, 42) + i + 0.01)} [vertx-blocked-thread-checker] WARN  i.v.core.impl.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for ${2001 + i * 1000} ms, time limit is 2000 ms`,
      ),
      `${javaTs(t(8, 14, 46.01))} [vertx-blocked-thread-checker] WARN  i.v.core.impl.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 6001 ms, time limit is 2000 ms`,
      'io.vertx.core.VertxException: Thread blocked',
      '\tat java.base@17.0.10/java.util.regex.Pattern$Loop.match(Pattern.java:4925)',
      '\tat java.base@17.0.10/java.util.regex.Pattern$GroupTail.match(Pattern.java:4886)',
      '\tat java.base@17.0.10/java.util.regex.Pattern$CharPropertyGreedy.match(Pattern.java:4423)',
      '\tat java.base@17.0.10/java.util.regex.Pattern$GroupHead.match(Pattern.java:4807)',
      '\tat java.base@17.0.10/java.util.regex.Pattern$Loop.match(Pattern.java:4925)',
      '\tat java.base@17.0.10/java.util.regex.Matcher.match(Matcher.java:1755)',
      '\tat java.base@17.0.10/java.util.regex.Matcher.matches(Matcher.java:712)',
      '\tat app//com.acme.search.query.QueryNormalizer.normalize(QueryNormalizer.java:58)',
      '\tat app//com.acme.search.http.SearchHandler.handle(SearchHandler.java:71)',
      '\tat app//io.vertx.ext.web.impl.RouteState.handleContext(RouteState.java:1284)',
      '\tat app//io.vertx.core.impl.EventLoopContext.emit(EventLoopContext.java:55)',
      '\tat java.base@17.0.10/java.lang.Thread.run(Thread.java:840)',
      times(
        8,
        (i) =>
          `${javaTs(t(8, 15, 40) + i * 4 + 0.01)} [vertx-blocked-thread-checker] WARN  i.v.core.impl.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-0,5,main] has been blocked for ${2001 + i * 4000} ms, time limit is 2000 ms`,
      ),
    ),
    currentLog: log(
      `${javaTs(t(8, 16, 55))} [vert.x-eventloop-thread-0] INFO  io.vertx.core.impl.launcher.commands.VertxIsolatedDeployer - Succeeded in deploying verticle`,
      times(40, (i) => {
        const s = t(8, 17, 5) + i * 15;
        return `${javaTs(s)} [vert.x-eventloop-thread-${i % 2}] INFO  i.v.e.w.handler.impl.LoggerHandlerImpl - 10.42.${nth([1, 4], i)}.${60 + i} - - [${moment(s).toUTCString()}] "GET /v2/search?q=${nth(['boots', 'rain+jacket', 'tent', 'stove', 'head+torch'], i)} HTTP/1.1" 200 ${4000 + i * 41} "-" "Mozilla/5.0"`;
      }),
      times(
        6,
        (i) =>
          `${javaTs(t(8, 27, 12) + i + 0.01)} [vertx-blocked-thread-checker] WARN  i.v.core.impl.BlockedThreadChecker - Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for ${2001 + i * 1000} ms, time limit is 2000 ms`,
      ),
      'io.vertx.core.VertxException: Thread blocked',
      '\tat java.base@17.0.10/java.util.regex.Pattern$Loop.match(Pattern.java:4925)',
      '\tat java.base@17.0.10/java.util.regex.Pattern$GroupTail.match(Pattern.java:4886)',
      '\tat java.base@17.0.10/java.util.regex.Pattern$GroupHead.match(Pattern.java:4807)',
      '\tat java.base@17.0.10/java.util.regex.Matcher.matches(Matcher.java:712)',
      '\tat app//com.acme.search.query.QueryNormalizer.normalize(QueryNormalizer.java:58)',
      '\tat app//com.acme.search.http.SearchHandler.handle(SearchHandler.java:71)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-restic-prune-searching-used-packs',
    family: 'long-job',
    source: 'https://github.com/restic/restic/issues/3650',
    signal: 'Alert',
    containers: [
      {
        name: 'restic',
        running: { startedAt: iso(t(4, 5, 3)) },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        cpuLimit: '2',
        args: ['prune', '--max-unused', '5%'],
        env: {
          RESTIC_REPOSITORY: 's3:https://s3.eu-west-1.amazonaws.com/acme-backups/restic',
          RESTIC_PROGRESS_FPS: '0.0033',
          RESTIC_CACHE_DIR: '/cache',
        },
        mounts: [{ volume: 'restic-cache', path: '/cache' }],
      },
    ],
    volumes: [{ name: 'restic-cache', emptyDir: { sizeLimit: '20Gi' } }],
    node: calmNode,
    events: [
      firing(
        'BackupMaintenanceNoOutput',
        'restic-prune-29011200-7qk2d (Job restic-prune-29011200) has written nothing for 52m; running for 4h25m',
      ),
    ],
    currentLog: log(
      'repository 4f2a9c1b opened (version 2, compression level auto)',
      'loading indexes...',
      '[0:41] 100.00%  612 / 612 index files loaded',
      'loading all snapshots...',
      'finding data that is still in use for 1412 snapshots',
      times(42, (i) => {
        const el = 300 * (i + 1);
        const done = Math.min(1412, Math.round(((i + 1) / 42) * 1412));
        const stamp =
          el < 3600
            ? `${Math.floor(el / 60)}:${two(el % 60)}`
            : `${Math.floor(el / 3600)}:${two(Math.floor((el % 3600) / 60))}:${two(el % 60)}`;
        return `[${stamp}] ${((done / 1412) * 100).toFixed(2)}%  ${done} / 1412 snapshots`;
      }),
      'searching used packs...',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod'],
  },
  {
    id: 'fiftyninth-gerrit-init-reindex-after-upgrade',
    family: 'migration-in-progress',
    source: 'https://github.com/syntonyze/gerrit-migration-environment',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        name: 'gerrit-init',
        running: { startedAt: iso(t(7, 28, 40)) },
        ready: false,
        restarts: 0,
        memoryLimit: '6Gi',
        cpuLimit: '4',
        env: { JAVA_OPTS: '-Xmx4g', GERRIT_SITE: '/var/gerrit' },
        mounts: [
          { volume: 'gerrit-site', path: '/var/gerrit' },
          { volume: 'gerrit-config', path: '/var/mnt/etc/config' },
        ],
      },
    ],
    containers: [
      {
        name: 'gerrit',
        waiting: { reason: 'PodInitializing' },
        ready: false,
        restarts: 0,
        memoryLimit: '16Gi',
        cpuLimit: '8',
        mounts: [{ volume: 'gerrit-site', path: '/var/gerrit' }],
      },
    ],
    volumes: [
      { name: 'gerrit-site', persistentVolumeClaim: 'gerrit-site-gerrit-0' },
      { name: 'gerrit-config', configMap: 'gerrit-config' },
    ],
    rollout: { minutesAgo: 62, previousTag: '3.8.6' },
    events: [firing('GerritUnavailable', 'gerrit has had no Ready pod for 61m')],
    currentLog: log(
      'Initialized /var/gerrit',
      'Executing java -jar /var/gerrit/bin/gerrit.war reindex -d /var/gerrit --index changes',
      times(60, (i) => {
        const slices = Math.round(2978 * ((i + 1) / 100));
        const docs = Math.round(352208 * ((i + 0.6) / 100));
        return `Reindexing changes: project-slices: ${Math.round(((i + 1) / 100) * 100)}% (${slices}/2978), ${Math.round(((i + 0.6) / 100) * 100)}% (${docs}/352208)`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
  {
    id: 'fiftyninth-orleans-orders-silo-grain-storage-db-saturated',
    family: 'database-saturated',
    source: 'https://github.com/npgsql/npgsql/blob/main/src/Npgsql/ConnectorPool.cs',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-silo',
        running: { startedAt: iso(t(15, 21, 8, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: {
          ORLEANS_CLUSTER_ID: 'orders',
          GRAIN_STORAGE_CONNECTION:
            'Host=orders-pg.cluster-cq1x9.eu-west-1.rds.amazonaws.com;Database=orleans;Maximum Pool Size=100;Command Timeout=10',
        },
      },
    ],
    events: [
      firing('OrdersApiLatencyHigh', 'orders p99 latency 9.8s over 15m (SLO 800ms), all 4 silos'),
      firing(
        'RdsCpuSaturated',
        'orders-pg writer CPU 99% and 412 active sessions for 25m; top statement: month-end revenue report',
      ),
    ],
    currentLog: log(
      times(8, (i) => {
        const s = t(7, 55, 0) + i * 40;
        return `{"Timestamp":"${iso(s)}","EventId":0,"LogLevel":"Information","Category":"Orders.Silo.Endpoints","Message":"POST /orders/${88120 + i}/confirm completed 200 in ${(120 + i * 37).toFixed(1)} ms"}`;
      }),
      times(70, (i) => {
        const s = t(8, 1, 0) + i * 24;
        return nth(
          [
            `{"Timestamp":"${iso(s)}","EventId":0,"LogLevel":"Error","Category":"Orders.Silo.Endpoints","Message":"POST /orders/${88200 + i}/confirm failed after ${(15000 + (i % 7) * 3).toFixed(1)} ms","Exception":"Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string.\\n ---> System.TimeoutException: The operation has timed out.\\n   at Npgsql.ConnectorPool.<Get>g__RentAsync|28_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)"}`,
            `{"Timestamp":"${iso(s)}","EventId":0,"LogLevel":"Error","Category":"Orders.Silo.Endpoints","Message":"GET /orders/${88200 + i} failed after ${(10020 + (i % 9) * 4).toFixed(1)} ms","Exception":"Npgsql.PostgresException (0x80004005): 57014: canceling statement due to statement timeout\\n   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)"}`,
            `{"Timestamp":"${iso(s)}","EventId":0,"LogLevel":"Information","Category":"Orders.Silo.Endpoints","Message":"POST /orders/${88200 + i}/confirm completed 200 in ${(6200 + ((i * 377) % 3000)).toFixed(1)} ms"}`,
          ],
          i,
        );
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
];

/** The rendered bird.conf the entrypoint prints before it starts BIRD; line 41 is the edit that broke it. */
const birdConf = [
  'log stderr all;',
  'router id 10.0.12.7;',
  '',
  'protocol device {',
  '  scan time 10;',
  '}',
  '',
  'protocol direct {',
  '  ipv4;',
  '  interface "lo";',
  '}',
  '',
  'protocol kernel {',
  '  ipv4 {',
  '    import none;',
  '    export none;',
  '  };',
  '}',
  '',
  'filter anycast_only {',
  '  if net ~ [ 203.0.113.10/32, 203.0.113.11/32 ] then accept;',
  '  reject;',
  '}',
  '',
  'protocol bgp tor_a {',
  '  local 10.0.12.7 as 64612;',
  '  neighbor 10.0.12.1 as 64600;',
  '  hold time 9;',
  '  ipv4 {',
  '    import none;',
  '    export filter anycast_only;',
  '  };',
  '}',
  '',
  'protocol bgp tor_c {',
  '  local 10.0.12.7 as 64612;',
  '  neighbor 10.0.12.3 as 64600;',
  '  hold time 9;',
  '  source address 10.0.12.7;',
  '  graceful restart on;',
  '    import all;',
  '    export filter anycast_only;',
  '}',
];

const WRONG_B: HeldOutCase[] = [
  {
    id: 'fiftyninth-bird-anycast-config-syntax-crashloop',
    family: 'bad-config',
    source: 'https://github.com/haproxytechblog/ingress-controller-external-example/issues/2',
    signal: 'CrashLoopBackOff',
    containers: [
      looping('bird', 1, 14, {
        memoryLimit: '64Mi',
        cpuLimit: '200m',
        args: ['/entrypoint.sh'],
        mounts: [{ volume: 'bird-config', path: '/etc/bird' }],
      }),
      {
        name: 'vip-health',
        running: { startedAt: iso(t(6, 1, 12, 4)) },
        ready: true,
        restarts: 0,
        memoryLimit: '32Mi',
        cpuLimit: '50m',
        env: { CHECK_URL: 'http://127.0.0.1:8404/health', VIPS: '203.0.113.10,203.0.113.11' },
      },
    ],
    volumes: [{ name: 'bird-config', configMap: 'anycast-bird' }],
    node: calmNode,
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container bird in pod anycast-bird-5b9c7d6f8-wv2kd_edge(3c1f0a7e-4b2d-4e8f-9a1c-7d6e5f4a3b2c)',
        count: 61,
      },
    ],
    previousLog: log(
      '+ cat -n /etc/bird/bird.conf',
      birdConf.map((line, i) => `${String(i + 1).padStart(6, ' ')}\t${line}`),
      '+ exec bird -f -c /etc/bird/bird.conf',
      'bird: /etc/bird/bird.conf:41:5 syntax error, unexpected IMPORT',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-elastic-agent-node-network-unavailable',
    family: 'node-network',
    source: 'https://github.com/projectcalico/calico/issues/7144',
    signal: 'Alert',
    containers: [
      {
        name: 'elastic-agent',
        running: { startedAt: iso(t(15, 2, 40, 7)) },
        ready: true,
        restarts: 0,
        memoryLimit: '700Mi',
        cpuLimit: '500m',
        env: { FLEET_ENROLL: '1', FLEET_URL: 'https://fleet.obs.internal:8220' },
        mounts: [
          { volume: 'varlog', path: '/var/log' },
          { volume: 'agent-state', path: '/usr/share/elastic-agent/state' },
        ],
      },
    ],
    volumes: [{ name: 'varlog' }, { name: 'agent-state', emptyDir: {} }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status. AppArmor enabled',
      conditions: [
        {
          type: 'NetworkUnavailable',
          status: 'True',
          reason: 'CalicoIsDown',
          message: 'Calico is shutting down on this node',
        },
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/network-unavailable:NoSchedule'],
    },
    events: [
      firing(
        'ElasticAgentOffline',
        'elastic-agent-8x2kf on ip-10-0-7-19.eu-west-1.compute.internal offline in Fleet since 07:34; the other 41 agents check in',
      ),
    ],
    currentLog: log(
      times(
        6,
        (i) =>
          `{"log.level":"info","@timestamp":"${iso(t(7, 25, 0) + i * 60)}","log.logger":"monitoring","message":"Non-zero metrics in the last 30s","component":{"id":"filestream-default","type":"filestream"},"monitoring":{"metrics":{"libbeat":{"output":{"events":{"acked":${1820 + i * 11},"active":0,"total":${1820 + i * 11}}}}}},"ecs.version":"1.6.0"}`,
      ),
      times(60, (i) => {
        const s = t(7, 34, 20) + i * 55;
        return nth(
          [
            `{"log.level":"error","@timestamp":"${iso(s)}","log.logger":"publisher_pipeline_output","message":"Failed to connect to backoff(elasticsearch(https://es.obs.internal:9200)): Get \\"https://es.obs.internal:9200\\": dial tcp: lookup es.obs.internal on 172.20.0.10:53: read udp 10.42.7.19:${40112 + i}->172.20.0.10:53: i/o timeout","component":{"id":"filestream-default","type":"filestream"},"ecs.version":"1.6.0"}`,
            `{"log.level":"error","@timestamp":"${iso(s)}","log.logger":"fleet_gateway","message":"Cannot checkin in with fleet-server, retrying","error":{"message":"fail to checkin to fleet-server: all hosts failed: requester 0/1 to host https://fleet.obs.internal:8220/ errored: Post \\"https://fleet.obs.internal:8220/api/fleet/agents/7c1e9a2b-4d3f-4e5a-8b6c-1d2e3f4a5b6c/checkin?\\": dial tcp 10.0.40.12:8220: i/o timeout"},"request_duration_ns":30001422117,"failed_checkins":${i + 1},"retry_after_ns":${60_000_000_000 + (i % 7) * 1_000_000_000},"ecs.version":"1.6.0"}`,
            `{"log.level":"error","@timestamp":"${iso(s)}","log.logger":"publisher_pipeline_output","message":"Failed to connect to backoff(elasticsearch(https://es.obs.internal:9200)): Get \\"https://es.obs.internal:9200\\": dial tcp 10.0.41.20:9200: i/o timeout","component":{"id":"system/metrics-default","type":"system/metrics"},"ecs.version":"1.6.0"}`,
          ],
          i,
        );
      }),
    ),
    accept: ['cordon-drain-node', 'escalate'],
  },
  {
    id: 'fiftyninth-zookeeper-leader-slow-fsync-one-member-missing',
    family: 'quorum-member',
    source: 'https://github.com/sitewhere/sitewhere/issues/966',
    signal: 'Alert',
    containers: [
      {
        name: 'zookeeper',
        running: { startedAt: iso(t(20, 11, 4, 2)) },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '1',
        env: {
          ZOO_MY_ID: '2',
          ZOO_SERVERS:
            'server.1=zk-0.zk-hs:2888:3888;2181 server.2=zk-1.zk-hs:2888:3888;2181 server.3=zk-2.zk-hs:2888:3888;2181',
          JVMFLAGS: '-Xmx1g',
        },
        mounts: [{ volume: 'datadir', path: '/data' }],
      },
    ],
    volumes: [{ name: 'datadir', persistentVolumeClaim: 'datadir-zk-1' }],
    events: [
      firing(
        'ZooKeeperLatencyHigh',
        'zk-1 average request latency 3.1s for 25m; ensemble 2/3 (zk-2 Pending since 07:48: 0/12 nodes are available: 1 node(s) had volume node affinity conflict)',
      ),
    ],
    currentLog: log(
      `2026-02-11 07:48:31,402 [myid:2] - WARN  [QuorumPeer[myid=2](plain=0.0.0.0:2181)(secure=disabled):o.a.z.s.q.Follower@131] - Exception when following the leader`,
      `2026-02-11 07:48:33,118 [myid:2] - INFO  [QuorumPeer[myid=2](plain=0.0.0.0:2181)(secure=disabled):o.a.z.s.q.QuorumPeer@1509] - LOOKING`,
      `2026-02-11 07:48:33,611 [myid:2] - INFO  [QuorumPeer[myid=2](plain=0.0.0.0:2181)(secure=disabled):o.a.z.s.q.QuorumPeer@1521] - LEADING`,
      `2026-02-11 07:48:34,020 [myid:2] - INFO  [LearnerHandler-/10.42.1.19:50212:o.a.z.s.q.Leader@1598] - Have quorum of supporters, sids: [ [1, 2],[1, 2] ]; starting up and setting last processed zxid: 0x3a00000000`,
      times(70, (i) => {
        const s = t(8, 0, 0) + i * 25 + frac(i);
        return nth(
          [
            `${day(s)} ${clock(s)},${millis(s)} [myid:2] - WARN  [SyncThread:2:o.a.z.s.p.FileTxnLog@414] - fsync-ing the write ahead log in SyncThread:2 took ${4100 + ((i * 977) % 8000)}ms which will adversely effect operation latency.File size is 67108880 bytes. See the ZooKeeper troubleshooting guide`,
            `${day(s)} ${clock(s)},${millis(s)} [myid:2] - INFO  [NIOWorkerThread-${1 + (i % 4)}:o.a.z.s.NIOServerCnxn@518] - Processing ruok command from /127.0.0.1:${52900 + i}`,
            `${day(s)} ${clock(s)},${millis(s)} [myid:2] - WARN  [SyncThread:2:o.a.z.s.SyncRequestProcessor@186] - Too busy to snap, skipping`,
          ],
          i,
        );
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftyninth-spire-agent-server-still-unreachable',
    family: 'dependency-down',
    source: 'https://github.com/spiffe/spire/issues/2061',
    signal: 'Alert',
    containers: [
      {
        name: 'spire-agent',
        running: { startedAt: iso(t(3, 2, 19, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        cpuLimit: '500m',
        args: ['-config', '/run/spire/config/agent.conf'],
        mounts: [
          { volume: 'spire-config', path: '/run/spire/config' },
          { volume: 'spire-agent-socket', path: '/run/spire/sockets' },
        ],
      },
    ],
    volumes: [
      { name: 'spire-config', configMap: 'spire-agent' },
      { name: 'spire-agent-socket', emptyDir: {} },
    ],
    events: [
      firing(
        'WorkloadSvidMissing',
        '23 workloads on 6 nodes fail mTLS handshakes with expired or missing X.509-SVIDs since 07:58',
      ),
    ],
    currentLog: log(
      times(
        4,
        (i) =>
          `time="${isoS(t(6, 20, 0) + i * 300)}" level=debug msg="Rotating agent SVID" subsystem_name=manager`,
      ),
      times(52, (i) => {
        const s = t(6, 41, 0) + i * 90 + (i % 3);
        return nth(
          [
            `time="${isoS(s)}" level=error msg="Could not rotate agent SVID" error="failed to dial dns:///spire-server.spire.svc.cluster.local:8081: context deadline exceeded: connection closed" subsystem_name=manager`,
            `time="${isoS(s)}" level=debug msg="Rotating agent SVID" subsystem_name=manager`,
          ],
          i,
        );
      }),
      times(10, (i) => [
        `time="${isoS(t(8, 0, 0) + i * 170)}" level=error msg="No identity issued" method=FetchX509SVID pid=${61022 + i * 13} registered=false service=WorkloadAPI subsystem_name=endpoints`,
        `time="${isoS(t(8, 0, 0) + i * 170 + 61)}" level=error msg="Could not rotate agent SVID" error="failed to dial dns:///spire-server.spire.svc.cluster.local:8081: context deadline exceeded: connection closed" subsystem_name=manager`,
      ]).flat(),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-envoy-gateway-proxy-control-plane-down',
    family: 'dependency-down',
    source: 'https://github.com/envoyproxy/gateway/issues/2813',
    signal: 'Alert',
    containers: [
      {
        name: 'envoy',
        running: { startedAt: iso(t(13, 30, 2, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '2',
        args: [
          '--service-cluster',
          'default-eg',
          '--service-node',
          '$(ENVOY_POD_NAME)',
          '--config-yaml',
          '$(ENVOY_BOOTSTRAP)',
          '--log-level',
          'warn',
        ],
      },
      {
        name: 'shutdown-manager',
        running: { startedAt: iso(t(13, 30, 2, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '64Mi',
      },
    ],
    events: [
      firing(
        'EnvoyProxyXdsDisconnected',
        'envoy-default-eg-5f8d7c6b9-q4w2e has not been connected to its xDS server for 38m',
      ),
    ],
    currentLog: log(
      times(90, (i) => {
        const s = t(7, 51, 43) + i * 25;
        const since = Math.round(s - t(7, 51, 0) + 0.5);
        return i % 3 === 0
          ? `[${day(s)} ${clock(s)}.${millis(s + frac(i))}][1][warning][config] [./source/extensions/config_subscription/grpc/grpc_stream.h:193] DeltaAggregatedResources gRPC config stream to xds_cluster closed since ${since}s ago: 14, no healthy upstream`
          : `{":authority":"shop.example.com","bytes_received":0,"bytes_sent":${2100 + ((i * 131) % 900)},"duration":${4 + (i % 30)},"method":"GET","protocol":"HTTP/2","response_code":200,"response_code_details":"via_upstream","response_flags":"-","route_name":"httproute/shop/storefront/rule/0/match/0/shop_example_com","start_time":"${iso(s + 3)}","upstream_cluster":"httproute/shop/storefront/rule/0","upstream_host":"10.42.${nth([2, 5, 6], i)}.${17 + (i % 9)}:8080","x-envoy-origin-path":"/${nth(['', 'catalog', 'cart', 'p/3381'], i)}","x-request-id":"${(0x4c2e0a1b + i * 2953).toString(16)}-1f2e-4d3c-9b8a-7f6e5d4c3b2a"}`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftyninth-redis-py-scorer-redis-still-loading',
    family: 'recovery-in-progress',
    source: 'https://github.com/redis/redis-rb/issues/350',
    signal: 'Alert',
    containers: [
      {
        name: 'fraud-scorer',
        running: { startedAt: iso(t(11, 40, 3, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'redis://redis-features.data.svc.cluster.local:6379/0',
          STREAM_KEY: 'tx:pending',
          CONSUMER_GROUP: 'scorer',
        },
      },
    ],
    node: calmNode,
    events: [firing('FraudScoringStalled', 'no scores written to tx:scored for 28m (normal: 900/min)')],
    currentLog: log(
      times(12, (i) => {
        const s = t(7, 55, 0) + i * 25;
        return `${day(s)} ${clock(s)},${millis(s + frac(i))} INFO scorer.loop: scored ${140 + ((i * 29) % 90)} transactions, p95 ${11 + (i % 6)} ms, acked up to ${1770796500000 + i * 25000}-0`;
      }),
      `2026-02-11 08:01:02,711 ERROR scorer.loop: redis error, retrying in 2s: Error 111 connecting to redis-features.data.svc.cluster.local:6379. Connection refused.`,
      `2026-02-11 08:01:04,716 ERROR scorer.loop: redis error, retrying in 2s: Error 111 connecting to redis-features.data.svc.cluster.local:6379. Connection refused.`,
      `2026-02-11 08:01:06,903 ERROR scorer.loop: redis error, retrying in 2s`,
      'Traceback (most recent call last):',
      '  File "/app/scorer/loop.py", line 61, in run',
      '    batch = self.redis.xreadgroup(self.group, self.consumer, {self.stream: ">"}, count=200, block=2000)',
      '  File "/usr/local/lib/python3.11/site-packages/redis/commands/core.py", line 3874, in xreadgroup',
      '    return self.execute_command("XREADGROUP", *pieces)',
      '  File "/usr/local/lib/python3.11/site-packages/redis/client.py", line 559, in execute_command',
      '    return self._execute_command(*args, **options)',
      'redis.exceptions.BusyLoadingError: Redis is loading the dataset in memory',
      times(84, (i) => {
        const s = t(8, 1, 26) + i * 20 + frac(i) / 4;
        return `${day(s)} ${clock(s)},${millis(s)} ERROR scorer.loop: redis error, retrying in 2s: Redis is loading the dataset in memory`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-asterisk-carrier-registrar-not-answering',
    family: 'dependency-down',
    source: 'https://github.com/asterisk/asterisk/blob/master/res/res_pjsip_outbound_registration.c',
    signal: 'Alert',
    containers: [
      {
        name: 'asterisk',
        running: { startedAt: iso(t(21, 4, 33, 1)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '2',
        mounts: [{ volume: 'pjsip-config', path: '/etc/asterisk/pjsip.d' }],
      },
    ],
    volumes: [{ name: 'pjsip-config', configMap: 'pbx-pjsip' }],
    events: [firing('SipTrunkUnregistered', 'PJSIP registration carrier-trunk not Registered for 69m')],
    currentLog: log(
      times(70, (i) => {
        const s = t(7, 20, 12) + i * 60;
        const lines = [
          `[${syslogTs(s)}] WARNING[2211] res_pjsip_outbound_registration.c:1016 schedule_retry: No response received from 'sip:sip.carrier-voice.example:5060' on registration attempt to 'sip:442079460100@sip.carrier-voice.example', retrying in '60'`,
        ];
        if (i % 6 === 2) {
          const c = s + 21;
          const id = (0xb100 + i).toString(16);
          const chan = (0xb20 + i * 2).toString(16).padStart(8, '0');
          lines.push(
            `[${syslogTs(c)}] VERBOSE[${5100 + i}][C-0000${id}] pbx.c: Executing [00442079460${300 + i}@from-internal:1] Dial("PJSIP/2014-${chan}", "PJSIP/+442079460${300 + i}@carrier-trunk,60") in new stack`,
            `[${syslogTs(c + 32)}] VERBOSE[${5100 + i}][C-0000${id}] app_dial.c: Everyone is busy/congested at this time (1:0/0/1)`,
          );
        }
        return lines;
      }).flat(),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyninth-rsyslog-relay-siem-refusing-memory-queue-filling',
    family: 'dependency-down',
    source: 'https://github.com/rsyslog/rsyslog/issues/4070',
    signal: 'Alert',
    containers: [
      {
        name: 'rsyslog',
        running: { startedAt: iso(t(12, 31, 5, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        args: ['rsyslogd', '-n', '-f', '/etc/rsyslog/rsyslog.conf'],
        mounts: [{ volume: 'rsyslog-conf', path: '/etc/rsyslog' }],
      },
    ],
    volumes: [{ name: 'rsyslog-conf', configMap: 'syslog-relay' }],
    events: [
      firing(
        'SyslogRelayQueueFilling',
        'syslog-relay forward queue at 88% of its 200000 messages; SIEM ingest from the relay 0/s since 07:48',
      ),
    ],
    currentLog: log(
      '2026-02-11T07:48:00.402113+00:00 syslog-relay rsyslogd: omfwd: TCPSendBuf error -2027, destruct TCP Connection to siem-collector.security.svc.cluster.local:6514 [v8.2312.0 try https://www.rsyslog.com/e/2027 ]',
      times(82, (i) => {
        const s = t(7, 48, 0.5) + i * 30;
        const next = new Date(BASE + (s + 30) * 1000);
        const stamp = `${next.toUTCString().slice(0, 3)} ${next.toUTCString().slice(8, 11)} ${String(next.getUTCDate()).padStart(2, ' ')} ${clock(s + 30)} 2026`;
        const lines = [
          `${iso(s).replace('Z', '')}118+00:00 syslog-relay rsyslogd: cannot connect to siem-collector.security.svc.cluster.local:6514: Connection refused [v8.2312.0 try https://www.rsyslog.com/e/2027 ]`,
          `${iso(s).replace('Z', '')}119+00:00 syslog-relay rsyslogd: action 'action-3-builtin:omfwd' suspended (module 'builtin:omfwd'), next retry is ${stamp}, retry nbr ${i}. There should be messages before this one giving the reason for suspension. [v8.2312.0 try https://www.rsyslog.com/e/2007 ]`,
        ];
        if (i % 10 === 9) {
          lines.push(
            `${iso(s + 5).replace('Z', '')}000+00:00 syslog-relay rsyslogd-pstats: action-3-builtin:omfwd queue: origin=core.queue size=${2_200 * (i + 1) + 600} enqueued=${40_118_204 + 2_200 * (i + 1)} full=0 discarded.full=0 discarded.nf=0 maxqsize=${2_200 * (i + 1) + 600}`,
          );
        }
        return lines;
      }).flat(),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftyninth-akka-device-shadow-coordinator-cannot-recover',
    family: 'corrupt-state',
    source: 'https://github.com/akka/akka-core/issues/30154',
    signal: 'Alert',
    containers: [
      {
        name: 'device-shadow',
        running: { startedAt: iso(t(10, 2, 11, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-XX:MaxRAMPercentage=70',
          AKKA_CLUSTER_BOOTSTRAP_SERVICE_NAME: 'device-shadow',
          AKKA_PERSISTENCE_JDBC_URL: 'jdbc:postgresql://shadow-pg.data.svc:5432/akka',
        },
      },
    ],
    events: [
      firing(
        'DeviceCommandsTimingOut',
        '100% of device commands time out since 06:58; the oldest device-shadow pod was deleted at 07:20 and again at 07:45, and the same errors followed the shard coordinator to the next oldest pod each time',
      ),
    ],
    currentLog: log(
      `[2026-02-11 07:45:31,204] [INFO] [akka.cluster.singleton.ClusterSingletonManager] [DeviceShadow-akka.actor.default-dispatcher-5] [akka://DeviceShadow@10.42.6.12:25520/system/sharding/DeviceActorCoordinator] - ClusterSingletonManager state change [Younger -> Oldest]`,
      `[2026-02-11 07:45:31,207] [INFO] [akka.cluster.singleton.ClusterSingletonManager] [DeviceShadow-akka.actor.default-dispatcher-5] [akka://DeviceShadow@10.42.6.12:25520/system/sharding/DeviceActorCoordinator] - Singleton manager starting singleton actor [akka://DeviceShadow/system/sharding/DeviceActorCoordinator/singleton]`,
      times(24, (i) => {
        const s = t(7, 46, 0) + i * 90;
        return [
          `[${day(s)} ${clock(s)},${millis(s + frac(i))}] [ERROR] [akka.persistence.typed.internal.EventSourcedBehaviorImpl] [DeviceShadow-akka.actor.default-dispatcher-${14 + (i % 6)}] [akka://DeviceShadow@10.42.6.12:25520/system/sharding/DeviceActorCoordinator/singleton/coordinator] - Exception in receiveRecover when replaying event type [akka.cluster.sharding.ShardCoordinator$Internal$ShardHomeDeallocated] with sequence number [12980] for persistenceId [/sharding/DeviceActorCoordinator].`,
          'java.lang.IllegalArgumentException: requirement failed: Shard [-20] not allocated: State(Map())',
          '\tat scala.Predef$.require(Predef.scala:337)',
          '\tat akka.cluster.sharding.ShardCoordinator$Internal$State.updated(ShardCoordinator.scala:331)',
          `[${day(s + 30)} ${clock(s + 30)},${millis(s + 30)}] [WARN] [akka.cluster.sharding.ShardRegion] [DeviceShadow-akka.actor.default-dispatcher-${3 + (i % 4)}] [akka://DeviceShadow@10.42.6.12:25520/system/sharding/DeviceActor] - DeviceActor: Trying to register to coordinator at [ActorSelection[Anchor(akka://DeviceShadow/), Path(/system/sharding/DeviceActorCoordinator/singleton/coordinator)]], but no acknowledgement. Total [${180 + i * 29}] buffered messages. [Coordinator [Member(address = akka://DeviceShadow@10.42.6.12:25520, status = Up)] is reachable.]`,
        ];
      }).flat(),
    ),
    accept: ['escalate'],
  },
];

/**
 * A fifty-ninth batch, written without reading the catalog (its patterns, samples or diagnosis code)
 * and not scored by its author: WEDGED OR WAITING, a round on restarts that are right. Every case is a
 * pod that stopped doing its work; in 22 a restart of the pod (once a rolling restart of the workload)
 * is what a good on-call SRE does first, because the process is wedged in a state only a new process
 * clears; in 18 look-alikes the process is waiting on something a restart does not fix, or a restart
 * would do damage. Only what the process printed over time tells which: the blip, how long ago it was,
 * whether anything recovered since (a reconnect, other consumers or calls that work, the same dependency
 * answering another request), counts that climb in the process's own reports, and the restart count.
 * Most alerts say nothing about the health of the dependency.
 *
 * Software, mostly none an earlier batch used: Eclipse Vert.x (a JDBC read on the event loop, a regex
 * that blocks it again after every restart), Spring Data Redis stream listeners on Lettuce, redis-py
 * stream consumers (NOGROUP after a Redis restart, a Redis still loading its dataset), async-nats KV
 * watchers and nats.go JetStream, the Orleans client with a gateway list resolved at start and an
 * Orleans silo on Npgsql, pulsar-client-go and the Pulsar Java client, SPIRE agents, the Elastic
 * Agent's Kubernetes leader election and its outputs on a node whose Calico is down, Micronaut
 * Kubernetes' ConfigMap watcher, Asterisk PJSIP outbound registrations, FreeSWITCH mod_sofia gateways,
 * rsyslog relays (omfwd), Fluent Bit tail inputs, the Dapr Kafka pub/sub component, Envoy under a
 * go-control-plane xDS server and Envoy Gateway proxies, Consul TTL checks and Consul locks, rpcx's
 * etcd registry, an APScheduler-driven Prometheus exporter, a Go webhook relay and a Go PDF gateway out
 * of descriptors, spark-jobserver out of native threads, Spring Kafka listeners deadlocked in the AWS
 * Advanced JDBC Wrapper after an Aurora failover, kiwigrid's k8s-sidecar beside Grafana with a service
 * account token cached past its extended expiry, a GoBGP speaker that never saw its peer go down,
 * restic prune, a Gerrit upgrade reindexing in its init container, BIRD 2, a ZooKeeper leader on a slow
 * volume and Akka cluster sharding whose coordinator cannot replay its journal. Each quotes the wording
 * of the public thread, document or source in `source`.
 *
 * Mix: 22 restarts right (21 of the pod, escalation also accepted for the PBX with live calls; 1 rolling
 * restart, for every cart-api replica holding silo addresses resolved before the silos were replaced,
 * where restarting one pod is tolerated): a blocked event loop, a stream subscription cancelled by one
 * timeout, a consumer group lost with a Redis restart, a KV watch and a config watch that ended, a
 * consumer never re-added after a broker restart, an agent SVID that expired while its server was down,
 * a leader lease lost and never contested, a registration stopped by one 403, a forwarder discarding
 * after its second connection loss, a tail stuck on a rotated and deleted file, a Dapr subscription
 * closed for good, an Envoy with empty endpoints after an ADS reconnect, a Consul TTL check and an etcd
 * lease lost with the registration, a scheduler job hung forever, descriptors and threads exhausted after
 * weeks of uptime, a Java-level deadlock, a cached service account token, a BGP session the speaker still
 * believes established. 18 wrong (escalation accepted in all, draining the node also accepted for the
 * node whose network is down): Pulsar brokers, JetStream, Consul, a carrier registrar, a SPIRE server,
 * an Envoy Gateway controller, a SIEM collector and a carrier trunk still failing to the end of the log;
 * a descriptor leak and a blocked event loop back minutes after every restart (a restart tolerated for
 * the first); a restic prune four hours in (restart harmful); a Gerrit upgrade reindexing (restart,
 * rolling restart and rollback harmful); a database saturated under an Orleans silo (rolling restart
 * harmful); a BIRD ConfigMap that does not parse; a node whose Calico is shutting down; a ZooKeeper
 * leader whose restart would lose quorum (restarts harmful); Redis still loading its dataset; an Envoy
 * Gateway proxy serving its last config (restarts harmful, a new proxy would start empty); an rsyslog
 * memory queue of 176k messages (restarts harmful); a shard coordinator whose journal cannot be replayed
 * on any node. No memory raise, scale-up, cache flush or rollback is right anywhere.
 */
export const FIFTYNINTH_CASES: HeldOutCase[] = [...RIGHT_A, ...WRONG_A, ...WRONG_B];
