/**
 * Found by a hostile review, each first a failing test: wrong decisions of the new detectors on
 * realistic evidence (stalled consumer, storage eviction, schema migration, Kafka and RabbitMQ
 * consumers that recovered, a Redis failover).
 */
import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import type { Rollout } from './evidence/index.ts';

const NOW = '2026-03-02T10:00:00.000Z';
const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

function best(sample: EvidenceSample) {
  const result = diagnose(evidenceFixture({ gatheredAt: NOW, ...sample }));
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}
const kinds = (sample: EvidenceSample) => best(sample).actions.map((a) => a.kind);

// ------------------------------------------------------------------------------------ stalled consumer

const at = (minute: number, second = 0) =>
  `2026-03-02 09:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')},${String(minute * 7).padStart(3, '0')}`;

const task = (minute: number, name: string, i: number) => [
  `[${at(minute, 5)}: INFO/MainProcess] Task ${name}[2f4e${i}a1-77bb-4c10] received`,
  `[${at(minute, 9)}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task ${name}[2f4e${i}a1-77bb-4c10] succeeded in 3.1s: None`,
];

const BLIP = [
  `[${at(20, 17)}: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...`,
  "redis.exceptions.ConnectionError: Error while reading from broker-valkey.platform.svc.cluster.local:6379 : (104, 'Connection reset by peer')",
  `[${at(20, 18)}: INFO/MainProcess] Connected to redis://broker-valkey.platform.svc.cluster.local:6379/3`,
];

const BACKLOG_ALERT: EvidenceSample = {
  signal: 'Alert',
  events: [
    {
      reason: 'AlertFiring',
      object: 'Deployment/reports-worker',
      message: 'CeleryQueueBacklog: queue exports 18,422 messages, 0 tasks received by reports-worker in 35m',
    },
  ],
};

describe('stalled-consumer', () => {
  it('stalled-consumer: a worker that consumes again after the blip (another task type) is not restarted', () => {
    // Before the blip it ran the hourly reports and the billing charges; after it, billing charges
    // keep arriving and succeeding: it is subscribed, the reports task simply has not come round.
    const before = [
      ...task(1, 'reports.tasks.export_csv', 1),
      ...task(2, 'billing.tasks.charge', 2),
      ...task(3, 'reports.tasks.export_csv', 3),
      ...task(4, 'billing.tasks.charge', 4),
      ...task(5, 'reports.tasks.export_csv', 5),
      ...task(6, 'billing.tasks.charge', 6),
    ];
    const after = [21, 22, 23, 24, 25].flatMap((m, i) => task(m, 'billing.tasks.charge', 10 + i));
    expect(kinds({ ...BACKLOG_ALERT, currentLog: [...before, ...BLIP, ...after].join('\n') })).not.toContain(
      'restart-pod',
    );
  });

  it('stalled-consumer: a request line whose path a client chose is no connection blip', () => {
    // Workers busy on long exports (no new `received` lines), the metrics endpoint scraped, and one
    // request to the device API whose path holds a blip word.
    const work = [1, 2, 3, 4].flatMap((m, i) => task(m, 'reports.tasks.export_csv', i));
    const scrape = (m: number) =>
      `::ffff:10.42.0.1 - - [02/Mar/2026:09:${m}:00 +0000] "GET /metrics HTTP/1.1" 200 2211 "-" "Prometheus/2.53.0"`;
    const client =
      '::ffff:10.42.3.77 - - [02/Mar/2026:09:21:13 +0000] "GET /api/v1/devices/disconnected HTTP/1.1" 200 87 "-" "okhttp/4.12.0"';
    const quiet = [30, 31, 32, 33, 34, 35].map(scrape);
    // Without the client's request the backlog escalates (the workers may be busy for real) ...
    expect(kinds({ ...BACKLOG_ALERT, currentLog: [...work, scrape(20), ...quiet].join('\n') })[0]).toBe(
      'escalate',
    );
    // ... and a client's GET must not turn that into a restart.
    expect(kinds({ ...BACKLOG_ALERT, currentLog: [...work, client, ...quiet].join('\n') })).not.toContain(
      'restart-pod',
    );
  });
});

// ------------------------------------------------------------------------------------ node disk

const DISK_PRESSURE = {
  conditions: [
    { type: 'Ready', status: 'True' },
    {
      type: 'DiskPressure',
      status: 'True',
      reason: 'KubeletHasDiskPressure',
      message: 'kubelet has disk pressure',
    },
  ],
};

describe('node-disk', () => {
  it('node-disk: a pod whose second container filled the disk does not drain the node', () => {
    // The kubelet lists every container over its request (pkg/kubelet/eviction evictionMessage):
    // the first one is tiny, the log shipper beside it wrote 36 GiB.
    const decided = best({
      signal: 'Evicted',
      podReason: 'Evicted',
      exitCode: 137,
      node: DISK_PRESSURE,
      events: [
        {
          reason: 'Evicted',
          message:
            'The node was low on resource: ephemeral-storage. Threshold quantity: 10737418240, available: 6291456Ki. Container app was using 48Ki, request is 0, has larger consumption of ephemeral-storage. Container log-shipper was using 38211904Ki, request is 0, has larger consumption of ephemeral-storage. ',
        },
      ],
    });
    expect(decided.actions.map((a) => a.kind)).not.toContain('cordon-drain-node');
  });
});

// ------------------------------------------------------------------------------------ schema migration

const NEW_IMAGE: Rollout = {
  revision: 7,
  replicaSet: 'web-5f6d8c7b9',
  at: ago(6),
  replicas: 1,
  readyReplicas: 0,
  changes: {
    image: [
      {
        container: 'app',
        from: 'registry.example.com/shop/web:1.4.2',
        to: 'registry.example.com/shop/web:1.5.0',
      },
    ],
  },
  previous: { revision: 6, replicaSet: 'web-7d9c5b6f4', at: ago(4320), replicas: 2, readyReplicas: 2 },
};

const crashAfterRollout = (log: string): EvidenceSample => ({
  podReplicaSet: 'web-5f6d8c7b9',
  firstFailureAt: ago(4),
  rollouts: [NEW_IMAGE],
  reason: 'CrashLoopBackOff',
  lastExitCode: 1,
  previousLog: log,
});

const CRASH = [
  '** (Postgrex.Error) ERROR 42703 (undefined_column) column o0.legacy_ref does not exist',
  '    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1',
].join('\n');

describe('schema-migration', () => {
  it('schema-migration: a migration that started and failed (rolled back in its transaction) keeps the rollback', () => {
    // Ecto prints `== Running ... forward` before it runs a migration and `== Migrated` after; here
    // the migration itself raised inside its transaction: nothing was applied.
    const log = [
      '08:13:57.652 [info] == Running 20260312080000 Ledger.Repo.Migrations.DropLegacyRef.change/0 forward',
      '08:13:57.655 [info] alter table orders',
      '** (Postgrex.Error) ERROR 42703 (undefined_column) column o0.legacy_ref does not exist',
      '    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1',
      '    (ecto_sql 3.12.1) lib/ecto/migration/runner.ex:366: Ecto.Migration.Runner.execute_in_direction/6',
      '    (ecto_sql 3.12.1) lib/ecto/migrator.ex:365: Ecto.Migrator.attempt/8',
    ].join('\n');
    expect(best(crashAfterRollout(log)).actions[0]?.kind).toBe('rollback');
  });

  it('schema-migration: a User-Agent holding "Running migration " does not withdraw the rollback', () => {
    const request = (agent: string) =>
      `{"level":"info","ts":"2026-03-02T09:55:01Z","msg":"request","method":"GET","path":"/health","status":200,"ua":"${agent}"}`;
    const log = [request('kube-probe/1.31'), request('Running migration 1; sqlmap/1.8'), CRASH].join('\n');
    expect(best(crashAfterRollout(log)).actions[0]?.kind).toBe('rollback');
  });
});

// ------------------------------------------------------------------------------------ consumers that recovered

const LAG_ALERT: EvidenceSample = {
  signal: 'Alert',
  events: [
    {
      reason: 'AlertFiring',
      object: 'Deployment/orders-consumer',
      message: 'KafkaConsumerLagHigh: consumer group orders lag above 50000 for 10m',
    },
  ],
};

describe('consumers that recovered by themselves', () => {
  it('kafka-consumer-out-of-group: a consumer that rejoined its group and consumes again is not restarted', () => {
    const log = [
      '2026-03-02 09:40:01.220  WARN 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-orders-1, groupId=orders] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages.',
      '2026-03-02 09:40:01.221  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-orders-1, groupId=orders] Member consumer-orders-1-6f1c sending LeaveGroup request to coordinator kafka-0.kafka:9092 (id: 2147483647 rack: null) due to consumer poll timeout has expired.',
      '2026-03-02 09:40:04.310  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-orders-1, groupId=orders] (Re-)joining group',
      '2026-03-02 09:40:07.412  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-orders-1, groupId=orders] Successfully joined group with generation Generation{generationId=43, memberId=consumer-orders-1-7a2d, protocol=range}',
      '2026-03-02 09:40:07.418  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-orders-1, groupId=orders] Adding newly assigned partitions: orders-0, orders-1, orders-2',
      ...Array.from(
        { length: 6 },
        (_, i) =>
          `2026-03-02 09:4${1 + i}:00.000  INFO 1 --- [ntainer#0-0-C-1] c.e.orders.OrderListener : processed batch of 500 records from orders-${i % 3}`,
      ),
    ].join('\n');
    expect(kinds({ ...LAG_ALERT, currentLog: log })).not.toContain('restart-pod');
  });

  it('rabbitmq-consumer-ack-timeout: a Spring AMQP consumer that restarted its channel is not restarted', () => {
    const log = [
      '2026-03-02 09:40:01.220  WARN 1 --- [ntContainer#0-1] o.s.a.r.l.SimpleMessageListenerContainer : Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: com.rabbitmq.client.ShutdownSignalException: channel error; protocol method: #method<channel.close>(reply-code=406, reply-text=PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more, class-id=0, method-id=0)',
      '2026-03-02 09:40:01.231  INFO 1 --- [ntContainer#0-1] o.s.a.r.l.SimpleMessageListenerContainer : Restarting Consumer@5a7d2f1c: tags=[[amq.ctag-Yk2]], channel=Cached Rabbit Channel: AMQChannel(amqp://invoicing@10.42.2.9:5672/,1), conn: Proxy@3c1f Shared Rabbit Connection: SimpleConnection@7d1e [delegate=amqp://invoicing@10.42.2.9:5672/, localPort=50312], acknowledgeMode=AUTO local queue size=0',
      ...Array.from(
        { length: 6 },
        (_, i) =>
          `2026-03-02 09:4${1 + i}:00.000  INFO 1 --- [ntContainer#0-2] c.e.invoicing.InvoiceListener : invoice ${4711 + i} rendered and sent`,
      ),
    ].join('\n');
    expect(kinds({ ...LAG_ALERT, currentLog: log })).not.toContain('restart-pod');
  });
});

// ------------------------------------------------------------------------------------ redis replica

describe('redis-readonly-replica', () => {
  it('redis-readonly-replica: a rollout that only flipped a feature flag is not blamed for a failover', () => {
    const rollout: Rollout = {
      ...NEW_IMAGE,
      replicaSet: 'web-5f6d8c7b9',
      replicas: 2,
      readyReplicas: 2,
      changes: { env: [{ container: 'app', names: ['FEATURE_NEW_CHECKOUT'] }] },
    };
    const decided = best({
      signal: 'Alert',
      podReplicaSet: 'web-5f6d8c7b9',
      firstFailureAt: ago(4),
      rollouts: [rollout],
      currentLog:
        "2026-03-02 09:58:11.204 ERROR 1 --- [nio-8080-exec-2] o.s.d.r.RedisSystemException: Error in execution; nested exception is io.lettuce.core.RedisReadOnlyException: READONLY You can't write against a read only replica.",
    });
    expect(decided.actions[0]?.kind).toBe('rollout-restart');
  });
});
