import { ConfigSchema } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/runtime/demo.ts';
import { showcaseScenario } from '../src/runtime/showcase.ts';
import { summariseSoak } from '../src/runtime/soak.ts';

/**
 * Every scenario at once (the `npm start` showcase) for 48 sandbox hours (about two and a half
 * minutes of real time); `npm run bench -- soak` prints the same run per scenario. The invariants
 * of issue 9 hold over the whole run.
 */
const HOURS = 48;
const PAGE_BUDGET_PER_HOUR = 3;

describe('soak: the whole showcase for 48 sandbox hours', () => {
  it('resolves nothing the problem outlives, repeats nothing without effect, pages within budget, never trips the breaker', async () => {
    const report = await runDemo({
      scenario: showcaseScenario(),
      start: new Date('2026-12-02T03:00:00Z'),
      forMinutes: HOURS * 60,
    });
    const soak = summariseSoak(report, HOURS, 5);

    expect(soak.falseResolutions).toEqual([]);
    expect(soak.repeatedWithoutEffect).toEqual([]);
    expect(soak.breakerTripped).toBe(false);
    expect(soak.pagesPerHour).toBeLessThanOrEqual(PAGE_BUDGET_PER_HOUR);
    // No hour pages more than the cluster's hourly budget, plus the digest of an earlier hour.
    expect(soak.busiestHourPages).toBeLessThanOrEqual(
      ConfigSchema.parse({}).policy.pagesPerClusterPerHour + 1,
    );
    // Nodes are never "resolved" while NotReady: the sandbox's dead nodes stay mitigated.
    for (const node of report.incidents.filter((i) => i.namespace === ''))
      expect(node.outcome).not.toBe('resolved');
    // Fixable scenarios were fixed at least once on the way.
    expect(report.incidents.filter((i) => i.outcome === 'resolved').length).toBeGreaterThanOrEqual(5);
  }, 600_000);
});
