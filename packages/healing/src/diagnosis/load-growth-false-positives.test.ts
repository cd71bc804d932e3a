/**
 * Review 3: ordinary alert wordings that `loadGrowth` reads as "load grew and every pod is busy",
 * each of which puts a scale-up before the escalation. Every test states the safe reading and fails
 * on the current code.
 */
import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { loadGrowth } from './load-growth.ts';

/** A Javalin service's access log: every request succeeds, slowly (as load-growth.test.ts uses). */
const SLOW_BUT_SERVING = Array.from(
  { length: 30 },
  (_, i) =>
    `2026-02-11 08:${String(10 + Math.floor(i / 3)).padStart(2, '0')}:${String((i * 19) % 60).padStart(2, '0')}.118 INFO  io.javalin.Javalin - GET /v2/prices/sku-${4400 + i} 200 ${1800 + i * 37}ms`,
);

function actions(alert: string) {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      startedAt: '2026-02-10T16:40:12Z',
      currentLog: SLOW_BUT_SERVING.join('\n'),
      events: [{ reason: 'AlertFiring', object: 'Deployment/web', message: alert }],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best.actions.map((a) => a.kind);
}

describe('review3: "every pod busy" read from one pod', () => {
  it.each([
    // ` of ` is taken for "on N of N pods": any share "of its request" passes as every pod.
    'CPUUsageHigh: pod web-1 CPU usage 92% of its request; requests 2x usual',
    'CPUUsageHigh: cpu 90% of 1 core on web-1; requests 3x last week',
  ])('"%s" is one pod, not every pod', (alert) => {
    expect(loadGrowth({ alerts: [alert] })).toBeUndefined();
    expect(actions(alert)).not.toContain('scale-up');
  });
});

describe('review3: "grew" read from what is not load', () => {
  it.each([
    // Memory (a leak) growing against its usual level is no load to share.
    'MemoryHigh: memory 3x usual on every pod, CPU 95% of limit',
    // A latency against its target: `vs` plus `last` is taken for "A rps vs B rps usual".
    'LatencyHigh: p99 latency 2.3s vs 0.5s for the last 15m; CPU 90% on all pods',
  ])('"%s" says no load grew', (alert) => {
    expect(loadGrowth({ alerts: [alert] })).toBeUndefined();
    expect(actions(alert)).not.toContain('scale-up');
  });
});

describe('review3: failing requests are only seen as "error(s)/failure(s)"', () => {
  it.each([
    'Http5xxHigh: 5xx ratio 30% for 10m; traffic 2x usual; CPU 95% on all pods',
    'Http503High: HTTP 503 responses 40%; traffic 2x usual; HPA at max replicas',
    // An error rate given per second has no share: read as no errors.
    'ErrorRateHigh: error rate 120/s; traffic 2x usual; HPA at max replicas',
  ])('"%s" fails requests: more replicas are not the answer', (alert) => {
    expect(loadGrowth({ alerts: [alert] })).toBeUndefined();
    expect(actions(alert)).not.toContain('scale-up');
  });
});
