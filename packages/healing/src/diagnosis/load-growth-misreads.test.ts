import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { loadGrowth } from './load-growth.ts';

const SERVING = Array.from(
  { length: 30 },
  (_, i) =>
    `2026-02-11 08:${String(10 + Math.floor(i / 3)).padStart(2, '0')}:${String((i * 19) % 60).padStart(2, '0')}.118 INFO  io.javalin.Javalin - GET /v2/prices/sku-${4400 + i} 200 ${1800 + i * 37}ms`,
);
const decide = (alert: string) => {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      startedAt: '2026-02-10T16:40:12Z',
      currentLog: SERVING.join('\n'),
      events: [{ reason: 'AlertFiring', object: 'Deployment/web', message: alert }],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
};
const kinds = (best: { actions: readonly { kind: string }[] }) => best.actions.map((a) => a.kind);

describe('load growth is the workload own pods, not a dependency or a misread figure', () => {
  it("reads a saturated database's pods as the bottleneck, not as the workload's busy pods", () => {
    // The database is at 98% CPU on all three of ITS pods: more API replicas only add load to it.
    const alert = 'PricingApiLatencyHigh: requests 2.4x usual; pricing-db CPU 98% on all 3 pods; p99 2.9s';
    expect(loadGrowth({ alerts: [alert] })).toBeUndefined();
  });

  it('does not scale up the API because a database is busy on all of its pods', () => {
    const alert = 'PricingApiLatencyHigh: requests 2.4x usual; pricing-db CPU 98% on all 3 pods; p99 2.9s';
    expect(kinds(decide(alert))).not.toContain('scale-up');
  });

  it("does not read '3 of 3 pods using 0.3 cores' as pods at 1000% of a core", () => {
    // Idle pods (0.3 of a core each) are not busy; more replicas share nothing.
    const alert = 'PricingApiLatencyHigh: requests 2.4x usual; CPU: 3 of 3 pods using 0.3 cores each';
    expect(loadGrowth({ alerts: [alert] })).toBeUndefined();
  });

  it('does not take a cache miss rate that grew for the load growing', () => {
    // What grew is the share of misses (a cold or evicted cache), not the work.
    const alert =
      'PricingApiSlow: cache miss rate went from 4% to 38%; CPU 95% of limit on every pod; p99 2.1s';
    expect(loadGrowth({ alerts: [alert] })).toBeUndefined();
  });
});
