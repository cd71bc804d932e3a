import { describe, expect, it } from 'vitest';
import { type DemoIncident, type DemoReport, runDemo } from '../src/runtime/demo.ts';

/**
 * Issue 9's "done when", scenario by scenario, over 6 sandbox hours: honest outcomes, fixes that
 * do not hold are not repeated, one page per cause. Each run takes a few seconds of real time.
 */

const START = new Date('2026-12-02T03:00:00Z');
const SIX_HOURS = 6 * 60;

/** Actions that changed something (or tried to): not escalations, not refusals. */
const CHANGED = new Set(['applied', 'succeeded', 'failed']);
const changes = (incident: DemoIncident, kind?: string) =>
  incident.actions.filter(
    (a) => a.kind !== 'escalate' && CHANGED.has(a.status) && (!kind || a.kind === kind),
  );
/** Times a fix was applied: a fix carried into a recurrence (as failed: it did not hold) is not a new run. */
const fixesRun = (report: DemoReport, kind: string) =>
  report.incidents.filter((i) =>
    i.actions.some((a) => a.kind === kind && a.status !== 'failed' && CHANGED.has(a.status)),
  ).length;

describe('over hours (6 sandbox hours per scenario)', () => {
  it('node-dead: one incident, one drain, mitigated while NotReady, then replaced through its node group; one page', async () => {
    const report = await runDemo({ scenario: 'node-dead', start: START, forMinutes: SIX_HOURS });

    expect(report.incidents).toHaveLength(1);
    const [node] = report.incidents;
    expect(changes(node as DemoIncident, 'cordon-drain-node')).toHaveLength(1);
    expect(changes(node as DemoIncident, 'replace-node')).toHaveLength(1);
    const story = node?.notifications.join('\n') ?? '';
    expect(story).toMatch(/Mitigated, not fixed: node .* is still NotReady/);
    expect(story).toMatch(
      /terminated instance i-0e5f6a7b8c9d00208 .* in node group batch-c6i, keeping its desired capacity of 2/,
    );
    // Resolved only once the dead node is gone and a fresh node of its group is Ready.
    expect(node?.outcome).toBe('resolved');
    expect(story).toMatch(/The old node is gone and its group is back at full strength/);
    expect(report.pages).toBe(1);
  });

  it('cache-refills: flushed once, then escalated as recurring, naming the recurrence', async () => {
    const report = await runDemo({ scenario: 'cache-refills', start: START, forMinutes: SIX_HOURS });

    expect(fixesRun(report, 'flush-redis-cache')).toBeLessThanOrEqual(2);
    const last = report.incidents.at(-1);
    expect(last?.outcome).toBe('escalated');
    expect(last?.notifications.join('\n')).toMatch(/this is the second time in 6 hours: flushed Redis cache/);
    expect(report.pages).toBeLessThanOrEqual(2);
  });

  it('hang-recurring: restarted once, then escalated as recurring; the restart only buys time', async () => {
    const report = await runDemo({ scenario: 'hang-recurring', start: START, forMinutes: SIX_HOURS });

    expect(fixesRun(report, 'rollout-restart')).toBeLessThanOrEqual(2);
    const escalation = report.incidents
      .flatMap((i) => i.notifications)
      .find((n) => n.includes('time in 6 hours'));
    expect(escalation).toMatch(/which did not hold: the problem came back \d+ minutes after it was resolved/);
    expect(escalation).toContain('The fix only buys time');
    expect(report.pages).toBeLessThanOrEqual(2);
  });

  it('db-outage-cascade: six services, one cause, no change, at most two pages, all closed after recovery', async () => {
    const report = await runDemo({ scenario: 'db-outage-cascade', start: START, forMinutes: SIX_HOURS });

    expect(report.incidents).toHaveLength(6);
    expect(report.incidents.flatMap((i) => changes(i))).toEqual([]);
    expect(report.pages).toBeLessThanOrEqual(2);
    expect(report.incidents.every((i) => i.closedAt !== null)).toBe(true);
  });
});
