import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { advancing, healthyElsewhere } from './healthy-elsewhere.ts';

/** node-postgres behind pg-boss after the primary restarted: the pool hands out dead connections. */
const PG_POOL_DEAD = [
  '[cron-queue] pg-boss error: terminating connection due to administrator command',
  '[cron-queue] pg-boss error: Connection terminated unexpectedly',
  'Error: Connection terminated unexpectedly',
  '    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)',
  '    at Object.onceWrapper (node:events:632:28)',
  ...Array.from(
    { length: 12 },
    (_, i) => `[server] 500 GET /v1/sessions?limit=${20 + i}: Error: Connection terminated unexpectedly`,
  ),
];

/** A Spring Kafka consumer that lost the brokers during a rolling restart. */
const KAFKA_LOST = [
  '2026-02-11 07:51:40.550  WARN 1 --- [ector-consumer-1] org.apache.kafka.clients.NetworkClient   : [Consumer clientId=consumer-ledger-projector-1, groupId=ledger-projector] Connection to node 1 (kafka-1.kafka/10.42.7.19:9092) could not be established. Broker may not be available.',
  '2026-02-11 07:52:10.902 ERROR 1 --- [ector-consumer-1] r.k.r.internals.ConsumerEventLoop        : Unexpected exception',
  'org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before successfully committing offsets',
  '2026-02-11 07:52:20.915 ERROR 1 --- [     parallel-1] r.k.r.internals.DefaultKafkaReceiver     : Subscription to event flux failed',
  ...Array.from(
    { length: 10 },
    (_, i) =>
      `2026-02-11 08:${String(i * 3 + 1).padStart(2, '0')}:00.000  INFO 1 --- [   scheduling-1] c.a.ledger.health.HealthReporter         : health ok, projections behind`,
  ),
];

function decide(alert: string, log: string[], extra: Parameters<typeof evidenceFixture>[0] = {}) {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      startedAt: '2026-02-09T14:02:11Z',
      currentLog: log.join('\n'),
      events: [{ reason: 'AlertFiring', object: 'Deployment/web', message: alert }],
      ...extra,
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}

const kinds = (best: ReturnType<typeof decide>) => best.actions.map((a) => a.kind);

describe('what an alert says about the other pods and the dependency', () => {
  it.each([
    ['ApiErrorRateHigh: notify-api pod 100% 5xx for 35m; other replicas 0.1%', 'other replicas 0.1%'],
    [
      'LedgerReplicaNotReady: 1 of 4 ledger-svc pods not ready for 35m; the other 3 serve normally',
      'ledgerreplicanotready: 1 of 4 ledger-svc pods not ready for 35m',
    ],
    [
      'ProfileApiNotReady: profile-api-66d8c-lm2zx not ready 30m; 3 other replicas ready',
      '3 other replicas ready',
    ],
    [
      'ScheduledReportsStale: no report job completed for 52m; reports-pg primary up 49m, replication healthy',
      'reports-pg primary up 49m',
    ],
    [
      'RabbitmqQueueNoConsumers: 18422 ready, 0 consumers for 35m; broker nodes 3/3 running',
      'broker nodes 3/3 running',
    ],
    ['JobQueueLatencyHigh: p95 171s for 47m; app-pg primary up, no replication lag', 'app-pg primary up'],
    [
      'CheckoutQuoteErrors: Unavailable 100% for 22m; pricing-grpc SLO green (other callers succeeding)',
      'pricing-grpc slo green',
    ],
    [
      'KafkaConnectTaskFailed: task 0 FAILED since 04:11; billing-db available since 04:14 (maintenance restart)',
      'billing-db available since 04:14',
    ],
    [
      'ClaimsIntranetPod5xx: 5xx ratio 0.96 over 15m on pod claims-intranet-t7wzp (other replicas 0.00)',
      'other replicas 0.00',
    ],
    [
      'JigasiNotInBrewery: none joined for 2h21m; prosody 1/1 Ready since 06:04',
      'prosody 1/1 ready since 06:04',
    ],
    ['FaktoryQueueLatency: busy processes 2 of 5 expected; faktory server up 41d', 'faktory server up 41d'],
    [
      'LaunchDarklyDataSourceOff: data source state OFF since 06:12 (1 of 6 pods; flag served stale)',
      '1 of 6 pods',
    ],
  ])('reads "%s" as healthy elsewhere', (alert, clause) => {
    expect(healthyElsewhere({ alerts: [alert] })).toBe(clause);
  });

  it.each([
    'KafkaConsumerGroupLagHigh: group ledger-projector lag 120400; kafka brokers online 0/3 (StatefulSet kafka 0/3 ready)',
    'OrdersDbDown: orders-pg primary not ready for 20m; other replicas 0.1%',
    'ApiErrors: 100% 5xx on all 5 replicas for 20m; ledger-pg primary unreachable',
    'InfinispanPodNotReady: infinispan-2 not ready for 21m (cluster members 3/3)',
    'QueueBacklog: 4120 jobs available in queue invoices for 35m, 0 executing',
    'OtherServiceErrors: other replicas 12% 5xx',
    'ReplicasDegraded: other pods failing readiness, 2/4 ready',
    'ReplicasDegraded: 1 of 3 replicas ready for 20m',
    'AuditIndexerLag: events not indexed for 22m (rabbitmq queue audit.events 61203 ready)',
    'QueueBacklogGrowing: workers 20/20 busy on every replica; payouts-db latency normal',
    'FeatureServerErrors: 5xx ratio 0.97 over 10m on POST /get-online-features (3/3 pods)',
  ])('does not read "%s" as healthy elsewhere', (alert) => {
    expect(healthyElsewhere({ alerts: [alert] })).toBeUndefined();
  });

  it('reads a share rising at the end of a log as work advancing, not a figure that comes and goes', () => {
    const transfer = Array.from(
      { length: 8 },
      (_, i) =>
        `2026-02-11 08:${String(4 + i).padStart(2, '0')}:00,000 DEBUG (transport-thread--p4-t${i % 6}) [org.infinispan.statetransfer.InboundTransferTask] Received 9 chunks for cache carts (${(i + 1) * 3}% of carts segments received)`,
    ).map((text) => ({ text }));
    expect(advancing(transfer)).toBe(true);
    const cpu = [41, 12, 55, 9, 30].map((share) => ({ text: `level=info msg="cpu usage" pct=${share}%` }));
    expect(advancing(cpu)).toBe(false);
  });
});

describe('a pod that fails while the alert says the rest is healthy', () => {
  it('restarts the one pod whose pool never refilled once the primary was back', () => {
    const best = decide(
      'ApiErrorRateHigh: notify-api pod notify-api-6d9c7b5f8-qx2lm 100% 5xx for 35m; other replicas 0.1%; notify-pg-rw primary ready',
      PG_POOL_DEAD,
    );
    expect(kinds(best)).toEqual(['restart-pod', 'escalate']);
    expect(best.summary).toContain('The alert says the rest is healthy ("other replicas 0.1%")');
  });

  it('restarts a consumer that never subscribed again, the brokers all online', () => {
    const best = decide(
      'KafkaConsumerGroupLagHigh: group ledger-projector lag 412880 on topic ledger.entries, growing for 41m; brokers 3/3 online, under-replicated partitions 0',
      KAFKA_LOST,
    );
    expect(kinds(best)[0]).toBe('restart-pod');
  });

  it('escalates while the alert says the dependency is down, whatever else it says', () => {
    const best = decide(
      'ApiErrorRateHigh: notify-api 100% 5xx for 35m; other replicas 0.1%; notify-pg-rw primary not ready (failover in progress)',
      PG_POOL_DEAD,
    );
    expect(kinds(best)[0]).toBe('escalate');
  });

  it('escalates a crash-looping pod (it restarts already) and a cause a restart cannot clear (a certificate)', () => {
    const alert = 'ApiErrorRateHigh: 100% 5xx for 35m; other replicas 0.1%';
    const looping = decide(alert, PG_POOL_DEAD, {
      reason: 'CrashLoopBackOff',
      lastExitCode: 1,
      previousLog: PG_POOL_DEAD.join('\n'),
    });
    expect(kinds(looping)[0]).not.toBe('restart-pod');
    const expired = decide(alert, [
      '2026-02-11T08:10:00Z ERROR app: Post "https://partner.example.com/v2/claims": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-11T08:10:00Z is after 2026-02-10T23:59:59Z',
      '2026-02-11T08:10:05Z ERROR app: Post "https://partner.example.com/v2/claims": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-11T08:10:05Z is after 2026-02-10T23:59:59Z',
    ]);
    expect(expired.category).toBe('tls');
    expect(kinds(expired)[0]).toBe('escalate');
  });

  it('leaves a pod whose log shows work advancing (a state transfer) to finish', () => {
    const transfer = Array.from(
      { length: 12 },
      (_, i) =>
        `2026-02-11 08:${String(4 + i).padStart(2, '0')}:00,000 WARN  [org.infinispan.statetransfer.InboundTransferTask] Received 9 chunks from infinispan-0 (${(i + 1) * 3}% of sessions segments received)`,
    );
    const best = decide('InfinispanPodNotReady: infinispan-2 not ready for 21m; other pods ready', transfer, {
      signal: 'ProbeFailure',
      events: [
        { reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503' },
        {
          reason: 'AlertFiring',
          object: 'Deployment/web',
          message: 'InfinispanPodNotReady: infinispan-2 not ready for 21m; other pods ready',
        },
      ],
    });
    expect(kinds(best)[0]).toBe('escalate');
  });

  it('reads no more than the first 2,000 characters of an alert, in time linear in its length', () => {
    const started = performance.now();
    expect(healthyElsewhere({ alerts: [`${'x'.repeat(2_000)}; other replicas ready`] })).toBeUndefined();
    expect(
      healthyElsewhere({ alerts: ['other 1/'.repeat(20_000), `Alert: ${'% '.repeat(50_000)}`] }),
    ).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
