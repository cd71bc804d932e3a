import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/runtime/demo.ts';

const START = new Date('2026-11-27T03:00:00Z');

type Expectation = {
  scenario: string;
  workload: string;
  outcome: 'resolved' | 'escalated' | 'mitigated';
  /** The catalog action that must have fixed it (resolved scenarios). */
  fix?: string;
  /** Words the diagnosis must contain. */
  diagnosis: RegExp;
};

const EXPECTATIONS: Expectation[] = [
  {
    scenario: 'oom-kill',
    workload: 'order-service',
    outcome: 'resolved',
    fix: 'raise-memory-limit',
    diagnosis: /memory|OOM/i,
  },
  {
    scenario: 'java-heap',
    workload: 'billing-api',
    outcome: 'resolved',
    fix: 'raise-memory-limit',
    diagnosis: /heap/i,
  },
  {
    scenario: 'bad-deploy-rollback',
    workload: 'checkout-web',
    outcome: 'resolved',
    fix: 'rollback',
    diagnosis: /rollout|revision|deploy/i,
  },
  {
    scenario: 'node-not-ready',
    workload: 'ip-10-0-3-17.eu-west-1.compute.internal',
    // Drained, its pods run elsewhere, but its kubelet never comes back: mitigated, never "resolved".
    outcome: 'mitigated',
    fix: 'cordon-drain-node',
    diagnosis: /NotReady|node/i,
  },
  {
    scenario: 'liveness-probe-failure',
    workload: 'inventory-api',
    outcome: 'resolved',
    fix: 'rollout-restart',
    diagnosis: /liveness|probe/i,
  },
  {
    scenario: 'redis-cache-full',
    workload: 'session-service',
    outcome: 'resolved',
    fix: 'flush-redis-cache',
    diagnosis: /redis|maxmemory/i,
  },
  {
    scenario: 'crashloop-db-timeout',
    workload: 'payment-api',
    outcome: 'escalated',
    diagnosis: /postgres|database/i,
  },
  {
    scenario: 'crashloop-missing-config',
    workload: 'catalog-api',
    outcome: 'escalated',
    diagnosis: /catalog-db-credentials/,
  },
  { scenario: 'image-pull-backoff', workload: 'search-indexer', outcome: 'escalated', diagnosis: /image/i },
  {
    scenario: 'api-key-revoked',
    workload: 'notification-sender',
    outcome: 'escalated',
    diagnosis: /API key|401|unauthori[sz]ed|revoked/i,
  },
];

describe('every sandbox scenario ends right', () => {
  it.each(EXPECTATIONS)('$scenario: $outcome', async (expected) => {
    const report = await runDemo({ scenario: expected.scenario, start: START, maxMinutes: 45 });

    const incident = report.incidents.find((i) => i.workload === expected.workload);
    expect(incident, JSON.stringify(report, null, 2)).toBeDefined();
    expect(incident?.outcome).toBe(expected.outcome);
    expect(incident?.diagnosis?.summary).toMatch(expected.diagnosis);
    const changed =
      incident?.actions.filter((a) => ['applied', 'succeeded', 'failed'].includes(a.status)) ?? [];
    if (expected.fix) {
      expect(incident?.actions.find((a) => a.status === 'succeeded')?.kind).toBe(expected.fix);
    } else {
      // Escalated scenarios: no futile restarts, nothing changed at all.
      expect(changed).toEqual([]);
    }
    expect(incident?.notifications.length).toBeGreaterThan(0);
  });

  it('crypto-miner: the miner pod is quarantined, its replacement is up, and nothing else is an incident', async () => {
    const report = await runDemo({ scenario: 'crypto-miner', start: START, maxMinutes: 10 });

    expect(report.quarantines).toHaveLength(1);
    expect(report.quarantines[0]).toMatchObject({
      finding: 'CryptoCurrency:Runtime/BitcoinTool.B!DNS',
      namespace: 'media',
      outcome: 'quarantined',
    });
    expect(report.quarantines[0]?.pod).toMatch(/^image-resizer-/);
    expect(report.quarantines[0]?.reason).toContain('deny-all ingress and egress NetworkPolicy applied');
    expect(report.incidents).toEqual([]);
    expect(report.pages).toBe(1);
  });

  it('healthy: no incident at all', async () => {
    const report = await runDemo({ scenario: 'healthy', start: START, maxMinutes: 5 });
    expect(report.incidents).toEqual([]);
  });
});
