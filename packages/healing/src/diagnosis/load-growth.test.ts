import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { loadGrowth } from './load-growth.ts';

/** A Javalin service's access log while a campaign doubles its traffic: every request succeeds, slowly. */
const SLOW_BUT_SERVING = Array.from(
  { length: 30 },
  (_, i) =>
    `2026-02-11 08:${String(10 + Math.floor(i / 3)).padStart(2, '0')}:${String((i * 19) % 60).padStart(2, '0')}.118 INFO  io.javalin.Javalin - GET /v2/prices/sku-${4400 + i} 200 ${1800 + i * 37}ms`,
);

const decide = (alert: string) => {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      startedAt: '2026-02-10T16:40:12Z',
      currentLog: SLOW_BUT_SERVING.join('\n'),
      events: [{ reason: 'AlertFiring', object: 'Deployment/web', message: alert }],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
};

describe('load that grew on busy pods, read from the alert', () => {
  it.each([
    [
      'PricingApiLatencyHigh: p99 2.9s (SLO 300ms) on 4/4 pods; 4.1k rps vs 2.0k same hour last week; CPU 97% of limit on every pod; db p99 4ms, error ratio 0.001',
      '4.1k rps vs 2.0k same hour last week',
    ],
    [
      'SidekiqQueueLatencyHigh: ingress 1840s; busy 25/25 threads on 3/3 processes; jobs 2.6x usual since a post went viral; redis 38% mem, db CPU 41%, failures 0.2%',
      'jobs 2.6x usual since a post went viral',
    ],
    [
      'EmbeddingLatencyHigh: p99 1.9s for 25m; GPU utilization 97-99% on 6 of 6 replicas; requests 2.3x last Wednesday; error rate 0.1%',
      'requests 2.3x last wednesday',
    ],
  ])('reads "%s" as load to share', (alert, clause) => {
    expect(loadGrowth({ alerts: [alert] })).toBe(clause);
  });

  it('reads more arriving than taken off, on a consumer group with partitions to spare, as load to share', () => {
    const lag = (members: number) =>
      `KafkaConsumerGroupLag: group order-projections lag 412300 on orders.v1 (24 partitions, ${members} members) and rising; consume 3.6k/s, produce 11.2k/s`;
    expect(loadGrowth({ alerts: [lag(8)] })).toBe(lag(8));
    // Every partition taken: another member would sit idle.
    expect(loadGrowth({ alerts: [lag(24)] })).toBeUndefined();
    // Members to spare but nothing arrives faster than it is consumed: the lag is not load.
    expect(
      loadGrowth({
        alerts: [
          'KafkaConsumerGroupLag: lag 412300 (24 partitions, 8 members); consume 11.2k/s, produce 11.0k/s',
        ],
      }),
    ).toBeUndefined();
  });

  it('reads the HPA at its maximum as every pod busy', () => {
    expect(
      loadGrowth({
        alerts: [
          'KubeHpaMaxedOut: HPA commerce/storefront has been running at max replicas for longer than 15 minutes.',
          'StorefrontLatencyHigh: p95 3.6s over 10m; requests 3.3x the same hour last week',
        ],
      }),
    ).toBe('requests 3.3x the same hour last week');
  });

  it.each([
    // The database is the bottleneck: more replicas add to its load.
    'ApiLatencyHigh: CPU 95% of limit on every pod; requests 2.1x usual; billing-db CPU 99% for 40m',
    'QueueBacklog: workers busy 8/8 on every pod; jobs 3x usual; ledger-pg active sessions 400/400, 212 waiting on lock',
    // A rate limit outside, or requests failing: not load the pods can share.
    'WorkerBacklog: workers busy 4/4; jobs 2x usual; shopify rate limit 429 on 38% of calls',
    'ApiErrors: CPU 96% of limit on every pod; requests 2.4x usual; error rate 7%',
    // Busy pods without more load than usual: something else makes them busy.
    'ApiLatencyHigh: CPU 97% of limit on every pod; backfill of orders_daily running since 06:30',
    // More load, pods not busy.
    'ApiLatencyHigh: requests 2.4x usual; CPU 41% of limit',
  ])('does not read "%s" as load to share', (alert) => {
    expect(loadGrowth({ alerts: [alert] })).toBeUndefined();
  });

  it('scales the workload up first, the escalation behind, for a latency alert on a healthy service', () => {
    const best = decide(
      'PricingApiLatencyHigh: p99 2.9s (SLO 300ms) on 4/4 pods; 4.1k rps vs 2.0k same hour last week; CPU 97% of limit on every pod; db p99 4ms, error ratio 0.001',
    );
    expect(best.actions.map((a) => a.kind)).toEqual(['scale-up', 'escalate']);
    expect(best.summary).toContain('The alert says the load grew ("4.1k rps vs 2.0k same hour last week")');
  });

  it('reads at most a bounded share of each alert, in time linear in its length', () => {
    const started = performance.now();
    expect(
      loadGrowth({ alerts: [`${'9.9x usual 99% '.repeat(20_000)}`, `${'1/'.repeat(50_000)}`] }),
    ).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('load growth in the words real alerts use', () => {
  it.each([
    [
      'StorefrontLatencyHigh: p95 2.9s (SLO 800ms) for 22m; CPU 1.97 of 2 cores in all 4 pods, throttled 41% of periods; requests 3.4x the Tuesday baseline; Postgres CPU 23%, connections 61/400',
      'requests 3.4x the tuesday baseline',
    ],

    [
      'DiscourseSidekiqQueueLatency: queue default latency 14m; all 5 threads busy on both sidekiq pods, CPU 1.9 of 2 cores; jobs finish in 0.2-1.1s, 0 failures; new posts 9x baseline',
      'new posts 9x baseline',
    ],
    [
      'KafkaConsumerGroupLag: order-events-consumer is 182411 messages behind on orders.events (24 partitions, 6 members); produce rate on orders.events went from 410/s to 690/s',
      'produce rate on orders.events went from 410/s to 690/s',
    ],
    [
      'KafkaConsumerGroupLagHigh: group fraud-scoring lag 268,410 and rising for 35m; 48 partitions, 12 members (4 partitions each), consume 9.1k/s vs produce 13.8k/s',
      'KafkaConsumerGroupLagHigh: group fraud-scoring lag 268,410 and rising for 35m; 48 partitions, 12 members (4 partitions each), consume 9.1k/s vs produce 13.8k/s',
    ],
    [
      'AsynqQueueLatencyHigh: queue default: latency 11m40s, size 38400 and rising; processed 17.8/s (flat since 06:10); enqueued 31/s, 2.2x the Wednesday average.',
      'AsynqQueueLatencyHigh: queue default: latency 11m40s, size 38400 and rising; processed 17.8/s (flat since 06:10); enqueued 31/s, 2.2x the Wednesday average.',
    ],
  ])('reads "%s" as load to share', (alert, clause) => {
    expect(loadGrowth({ alerts: [alert] })).toBe(clause);
  });

  it("reads a name ending in a dependency's word as the workload's own when it is (authentik-server)", () => {
    const alert =
      'AuthentikFlowLatencyHigh: p95 6.2s for 19m; authentik-server CPU 1.0 of 1 core in both pods; logins 41/s against 6/s on a normal hour; Postgres CPU 18%';
    expect(loadGrowth({ alerts: [alert], context: { workload: 'authentik-server' } })).toBe(
      'logins 41/s against 6/s on a normal hour',
    );
    // Its container's name as the name's last part counts too.
    expect(loadGrowth({ alerts: [alert], context: { workload: 'sso', container: 'server' } })).toBe(
      'logins 41/s against 6/s on a normal hour',
    );
    // Another workload's alert: the busy `…-server` is then something it calls.
    expect(
      loadGrowth({ alerts: [alert], context: { workload: 'login-frontend', container: 'web' } }),
    ).toBeUndefined();
  });

  it.each([
    // A throttled dependency, not the pods' own CPU.
    'ApiLatencyHigh: CPU 1.97 of 2 cores in all 4 pods; requests 3.4x baseline; DynamoDB requests throttled 12%',
    // Failures that are not none.
    'QueueLatency: all 5 threads busy on both pods; jobs 3x baseline; 14 failures per minute',
    // A rate that barely moved.
    'ConsumerLag: 24 partitions, 6 members; produce rate went from 410/s to 450/s',
    // The database is the busy one.
    'ApiLatencyHigh: CPU 1.0 of 1 core in both pods; logins 41/s against 6/s on a normal hour; billing-db CPU 99%',
    // Cores idle: the pods are not busy.
    'ApiLatencyHigh: CPU 0.4 of 2 cores in all 4 pods; requests 3.4x baseline',
    // Consumption that keeps up with what arrives.
    'ConsumerLag: 48 partitions, 12 members; consume 13.1k/s vs produce 13.8k/s',
    // More arrives, but what is taken off is not at a ceiling, and nothing says the pods are busy.
    'QueueLatency: processed 17.8/s; enqueued 31/s, 2.2x the Wednesday average.',
  ])('does not read "%s" as load more replicas share', (alert) => {
    expect(loadGrowth({ alerts: [alert] })).toBeUndefined();
  });
});
