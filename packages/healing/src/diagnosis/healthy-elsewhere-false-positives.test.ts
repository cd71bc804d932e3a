/**
 * Review 3: ordinary alert wordings that `healthyElsewhere` reads as "the rest is healthy", each of
 * which turns an escalation into a restart of the pod. Every test states the safe reading and fails
 * on the current code.
 */
import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { healthyElsewhere } from './healthy-elsewhere.ts';

/** node-postgres after the primary restarted: on its own, an escalation. */
const PG_POOL_DEAD = [
  '[cron-queue] pg-boss error: terminating connection due to administrator command',
  '[cron-queue] pg-boss error: Connection terminated unexpectedly',
  'Error: Connection terminated unexpectedly',
  ...Array.from(
    { length: 12 },
    (_, i) => `[server] 500 GET /v1/sessions?limit=${20 + i}: Error: Connection terminated unexpectedly`,
  ),
];

function actions(alert: string) {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      startedAt: '2026-02-09T14:02:11Z',
      currentLog: PG_POOL_DEAD.join('\n'),
      events: [{ reason: 'AlertFiring', object: 'Deployment/web', message: alert }],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best.actions.map((a) => a.kind);
}

describe('review3: "up" is a direction, not health', () => {
  it.each([
    // A dependency's load going up is no word on its health.
    'PostgresConnectionsHigh: database connections up 300% vs usual',
    'RedisMemoryHigh: redis memory usage up 40% in 1h',
    // `slo` and `page` are no dependencies, and a burn rate going up is the opposite of healthy.
    'ErrorBudgetBurn: SLO burn rate up 14x over 1h',
    // The other pods slowing down too says the trouble is shared, not this pod's own.
    'ApiLatencyHigh: p99 latency on the other pods up 3x too',
  ])('"%s" says nothing healthy', (alert) => {
    expect(healthyElsewhere({ alerts: [alert] })).toBeUndefined();
    expect(actions(alert)).not.toContain('restart-pod');
  });
});

describe('review3: a small percentage is not health whatever it measures', () => {
  it.each([
    'PodsDown: other 2 replicas also down with 0% success rate',
    'Api5xx: the other pods return 0% of 2xx',
  ])('"%s" does not say the other pods are healthy', (alert) => {
    expect(healthyElsewhere({ alerts: [alert] })).toBeUndefined();
    expect(actions(alert)).not.toContain('restart-pod');
  });
});

describe('review3: the fleet failing contradicts a restart of one pod', () => {
  it.each([
    // The doc says "0/3 ready" contradicts; only a dependency's count does.
    'ApiDown: ready replicas 0/3 for 10m; postgres primary up',
    'ApiDown: all replicas failing readiness; postgres primary up',
    // `1 of 3 pods not ready` is read as "the other two serve" though the alert says they do not.
    'ApiNotReady: 1 of 3 pods not ready, the other 2 are restarting',
    'ApiNotReady: 1 of 3 pods not ready; 2 other pods also NotReady',
  ])('"%s" gives no restart', (alert) => {
    expect(healthyElsewhere({ alerts: [alert] })).toBeUndefined();
    expect(actions(alert)).not.toContain('restart-pod');
  });
});

describe('review3: words inside words', () => {
  it('"another" is not "other" (indexOf("other ") matches inside "another ")', () => {
    const alert = 'ApiPodRestarted: pod web-1 restarted; another pod is running the cron';
    expect(healthyElsewhere({ alerts: [alert] })).toBeUndefined();
  });
});

describe('healthy-elsewhere: counts short of their whole and work in progress', () => {
  it('does not read "0 of 1 endpoints ready since" or "1 job running since" as something that serves again', () => {
    for (const alert of [
      'PostfixDeferredQueueGrowing: deferred queue 2,340 messages (dsn=4.4.3) and growing; the resolver service unbound, which has 0 of 1 endpoints ready since 08:03',
      'VendureWorkerNotReady: vendure-worker not ready for 35m; search-index queue: 1 job running since 07:02',
    ]) {
      expect(healthyElsewhere({ alerts: [alert] }), alert).toBeUndefined();
    }
    // A dependency that came back stays health.
    expect(
      healthyElsewhere({ alerts: ['OrdersLag: orders-db primary available since 04:14; lag 4100'] }),
    ).toBeDefined();
  });
});
