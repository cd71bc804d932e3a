import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { lineShape } from './stalled-consumer.ts';

const at = (minute: number, second = 0) =>
  `2026-03-02 09:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')},${String(minute * 7).padStart(3, '0')}`;

/** Celery working through a queue: each task received, then succeeded. */
const WORKING = Array.from({ length: 6 }, (_, i) => [
  `[${at(i, 5)}: INFO/MainProcess] Task reports.tasks.export_csv[2f4e${i}a1-77bb-4c10] received`,
  `[${at(i, 9)}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task reports.tasks.export_csv[2f4e${i}a1-77bb-4c10] succeeded in 3.1s: None`,
]).flat();

const BLIP = [
  `[${at(6, 17)}: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...`,
  "redis.exceptions.ConnectionError: Error while reading from broker-valkey.platform.svc.cluster.local:6379 : (104, 'Connection reset by peer')",
];

const RECONNECTED = [
  `[${at(6, 18)}: INFO/MainProcess] Connected to redis://broker-valkey.platform.svc.cluster.local:6379/3`,
  `[${at(6, 19)}: INFO/MainProcess] mingle: searching for neighbors`,
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `[${at(10 + i * 4)}: INFO/MainProcess] missed heartbeat from celery@reports-worker-7c5d9b8c6-p9w3d`,
  ),
];

const STILL_DOWN = Array.from(
  { length: 8 },
  (_, i) =>
    `[${at(10 + i * 4)}: ERROR/MainProcess] consumer: Cannot connect to redis://broker-valkey.platform.svc.cluster.local:6379/3: Error 111 connecting to broker-valkey.platform.svc.cluster.local:6379. Connection refused.`,
);

function decide(log: string[]) {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      currentLog: log.join('\n'),
      events: [
        {
          reason: 'AlertFiring',
          object: 'Deployment/reports-worker',
          message:
            'CeleryQueueBacklog: queue exports 18,422 messages, 0 tasks received by reports-worker in 35m',
        },
      ],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}

describe('a consumer that stopped consuming after a connection blip', () => {
  it('restarts the one pod: it reconnected, failed no more, and never worked again', () => {
    const best = decide([...WORKING, ...BLIP, ...RECONNECTED]);
    expect(best.patternId).toBe('worker-pool-saturated');
    expect(best.actions.map((a) => a.kind)).toEqual(['restart-pod', 'escalate']);
    expect(best.summary).toContain('stopped printing what it printed while it worked');
  });

  it('reads a connection error, refused, as a blip too: Dramatiq after RabbitMQ restarted', () => {
    const dramatiq = [
      ...WORKING,
      `[${at(6, 3)}] [PID 9] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [CRITICAL] Consumer encountered a connection error: (320, "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'")`,
      `[${at(6, 4)}] [PID 10] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [CRITICAL] Consumer encountered a connection error: Connection to 10.42.6.12:5672 failed: [Errno 111] Connection refused`,
      ...RECONNECTED.slice(2),
    ];
    expect(decide(dramatiq).actions.map((a) => a.kind)).toEqual(['restart-pod', 'escalate']);
  });

  it('reads a warning about a connection attempt, or a broker transport failure, as the blip', () => {
    const attempt = `[${at(6, 17)}: WARNING/MainProcess] aio_pika.robust_connection: Connection attempt to "amqp://reports:******@rabbitmq.platform.svc:5672/" failed: [Errno 111] Connect call failed`;
    const transport = `[${at(6, 17)}: ERROR/MainProcess] kafka consumer event.error: Error: Local: Broker transport failure`;
    for (const blip of [attempt, transport]) {
      expect(
        decide([...WORKING, blip, ...RECONNECTED.slice(2)]).actions.map((a) => a.kind),
        blip,
      ).toEqual(['restart-pod', 'escalate']);
    }
  });

  it("reads a dropped subscription as the blip, its exception and stack trace as the blip's own report", () => {
    const dropped = [
      `[${at(6, 12)}: WARNING/MainProcess] Persistent subscription dropped. reason: ServerError`,
      'System.InvalidOperationException: Subscription 4c1d9e02 was dropped because an error occurred on the server.',
      ' ---> Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Error reading next message.")',
      '   at EventStore.Client.Interceptors.ExceptionConverterStreamReader`1.MoveNext(CancellationToken cancellationToken)',
      '   --- End of inner exception stack trace ---',
    ];
    expect(decide([...WORKING, ...dropped, ...RECONNECTED]).actions.map((a) => a.kind)).toEqual([
      'restart-pod',
      'escalate',
    ]);
    // A pub/sub sidecar's closed subscription and a watcher's missed heartbeat are blips too.
    for (const blip of [
      `[${at(6, 12)}: ERROR/MainProcess] Error processing Kafka message: orders.created/3/45219 [key=]. Error: subscription is closed.`,
      `[${at(6, 12)}: WARNING/MainProcess] kv watch stream error: watcher consumer error: missed idle heartbeat`,
    ]) {
      expect(decide([...WORKING, blip, ...RECONNECTED]).actions[0]?.kind, blip).toBe('restart-pod');
    }
    // An error after the report's end still fails: the dependency is not back.
    expect(decide([...WORKING, ...dropped, ...RECONNECTED, ...STILL_DOWN]).actions[0]?.kind).toBe('escalate');
  });

  it('escalates when the broker refused its credentials before the blip: a new pod presents the same ones', () => {
    const refused = `[${at(6, 16)}: ERROR/MainProcess] consumer: SASL authentication error: Authentication failed during authentication due to invalid credentials`;
    expect(decide([...WORKING, refused, ...BLIP, ...RECONNECTED]).actions[0]?.kind).toBe('escalate');
  });

  it('escalates while the broker still refuses it: a new pod would fail alike', () => {
    expect(decide([...WORKING, ...BLIP, ...STILL_DOWN]).actions[0]?.kind).toBe('escalate');
  });

  it('escalates a backlog with no blip in the log: the workers may be busy for real', () => {
    expect(decide([...WORKING, ...WORKING]).actions[0]?.kind).toBe('escalate');
  });

  it('shapes a line by its first words, ids and numbers dropped', () => {
    expect(lineShape(WORKING[0] as string)).toBe('info mainprocess task reports');
    expect(lineShape(WORKING[2] as string)).toBe('info mainprocess task reports');
    expect(lineShape('E, [2026-03-13T06:12:41.002118 #1] ERROR -- : [GoodJob] Notifier errored')).toBe(
      'error goodjob notifier errored',
    );
  });

  it('restarts a consumer whose endpoint stopped after the broker came back, whatever entry read the blip', () => {
    // NServiceBus: the broker restarts, the circuit breaker stops the endpoint, the connection comes
    // back, and from then on only the health endpoint answers.
    const orders = Array.from(
      { length: 12 },
      (_, i) =>
        `2026-02-11 05:${String(8 + i).padStart(2, '0')}:00.113 INFO  Sales.Orders.PlaceOrderHandler Order ${884080 + i} placed for customer 30100, 1 lines`,
    );
    const broker = [
      "2026-02-11 05:21:12.492 WARN  RabbitMQ.Client.IConnection 'Sales.Orders MessagePump' connection shutdown: AMQP close-reason, initiated by Peer, code=320, text='CONNECTION_FORCED - broker forced connection closure with reason 'shutdown''",
      '2026-02-11 05:21:22.113 INFO  NServiceBus.Transport.RabbitMQ.ChannelProvider Reconnecting to the broker failed.',
      'RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable',
      ' ---> System.Net.Sockets.SocketException (111): Connection refused',
      '2026-02-11 05:21:35.492 INFO  NServiceBus.Transport.RabbitMQ.ChannelProvider Reconnecting to the broker failed.',
      ' ---> System.Net.Sockets.SocketException (111): Connection refused',
      '2026-02-11 05:23:12.387 INFO  Sales.Orders.Host.CriticalErrorHandler Critical error raised, stopping endpoint Sales.Orders',
      '2026-02-11 05:24:02.145 INFO  NServiceBus.Transport.RabbitMQ.ChannelProvider Connection to the broker reestablished successfully.',
      '2026-02-11 05:24:03.524 INFO  NServiceBus.Hosting Endpoint Sales.Orders stopped',
    ];
    const probes = Array.from(
      { length: 12 },
      (_, i) =>
        `2026-02-11 0${6 + Math.floor(i / 4)}:${String((i % 4) * 15).padStart(2, '0')}:00.853 INFO  Microsoft.AspNetCore.Hosting.Diagnostics Request finished HTTP/1.1 GET http://10.42.3.17:8080/healthz - 200 - text/plain 0.470ms`,
    );
    const result = diagnose(
      evidenceFixture({
        signal: 'Alert',
        // Probes and a first reconnect before the blip too: neither is the work it stopped doing.
        currentLog: [
          ...probes.slice(0, 4),
          ...orders.slice(0, 6),
          ...Array.from(
            { length: 3 },
            (_, i) =>
              `2026-02-11 05:1${i}:30.250 INFO  NServiceBus.Transport.RabbitMQ.ChannelProvider Attempting to reconnect in 10 seconds.`,
          ),
          ...orders.slice(6),
          ...broker,
          ...probes,
        ].join('\n'),
        events: [
          {
            reason: 'AlertFiring',
            object: 'Deployment/sales-orders',
            message:
              'RabbitMQQueueNoConsumers: Queue Sales.Orders has had no consumers for more than 15 minutes. 18412 messages ready.',
          },
        ],
      }),
    );
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.category).toBe('dependency');
    expect(result.best.actions[0]?.kind).toBe('restart-pod');
    expect(result.best.summary).toContain('stopped printing what it printed while it worked');
  });
});
