import type { DemoIncident, DemoReport } from './demo.ts';

/** What one scenario (a namespace, or a node) came to over a long run. */
export type SoakFigures = {
  scenario: string;
  incidents: number;
  /** Changes the agent made (fixes applied, whether or not they held). */
  actions: number;
  noOps: number;
  pages: number;
  /** Incidents resolved although the problem was back within the verification window. */
  falseResolutions: number;
};

export type SoakSummary = {
  hours: number;
  pages: number;
  pagesPerHour: number;
  /** Pages in the busiest clock hour: within `policy.pagesPerClusterPerHour` plus one digest. */
  busiestHourPages: number;
  /** Whether any message says the circuit breaker opened. */
  breakerTripped: boolean;
  /** `<scenario>: <action>` for every action recorded as changing nothing more than once. */
  repeatedWithoutEffect: string[];
  /** `<scenario>: <incident>` for every resolution the problem outlived. */
  falseResolutions: string[];
  scenarios: SoakFigures[];
};

const RAN = new Set(['applied', 'succeeded']);

const scenarioOf = (i: DemoIncident) => i.namespace || `node/${i.workload}`;

/**
 * The invariants of a long run, from a demo report: honest outcomes (no resolution that the
 * problem outlived), no action repeated without effect, pages per hour, and whether the breaker
 * tripped. `verifyMinutes` is the policy's verification window.
 */
export function summariseSoak(report: DemoReport, hours: number, verifyMinutes: number): SoakSummary {
  const groups = new Map<string, DemoIncident[]>();
  for (const incident of report.incidents) {
    const key = scenarioOf(incident);
    groups.set(key, [...(groups.get(key) ?? []), incident]);
  }
  const repeatedWithoutEffect: string[] = [];
  const falseResolutions: string[] = [];
  const scenarios: SoakFigures[] = [];
  for (const [scenario, incidents] of groups) {
    const noOps = new Map<string, number>();
    for (const a of incidents.flatMap((i) => i.actions).filter((a) => a.status === 'no-op')) {
      noOps.set(a.kind, (noOps.get(a.kind) ?? 0) + 1);
    }
    for (const [kind, count] of noOps) if (count > 1) repeatedWithoutEffect.push(`${scenario}: ${kind}`);
    const falseOnes = incidents.filter(
      (i) => i.outcome === 'resolved' && i.closedAt && cameBack(i, incidents, verifyMinutes),
    );
    falseResolutions.push(...falseOnes.map((i) => `${scenario}: ${i.id}`));
    scenarios.push({
      scenario,
      incidents: incidents.length,
      // A fix carried into a recurrence shows as failed there; count each fix where it ran.
      actions: incidents.flatMap((i) =>
        i.actions.filter(
          (a) =>
            a.kind !== 'escalate' && (RAN.has(a.status) || (a.status === 'failed' && i.occurrence === 1)),
        ),
      ).length,
      noOps: [...noOps.values()].reduce((a, b) => a + b, 0),
      pages: Math.max(0, ...incidents.map((i) => i.pages)),
      falseResolutions: falseOnes.length,
    });
  }
  return {
    hours,
    pages: report.pages,
    pagesPerHour: report.pages / hours,
    busiestHourPages: report.busiestHourPages,
    breakerTripped: report.incidents.some((i) => i.notifications.some((n) => n.includes('circuit breaker'))),
    repeatedWithoutEffect,
    falseResolutions,
    scenarios: scenarios.sort((a, b) => a.scenario.localeCompare(b.scenario)),
  };
}

/** Whether the same workload failed again within the verification window after this one closed. */
function cameBack(incident: DemoIncident, all: readonly DemoIncident[], verifyMinutes: number): boolean {
  const closed = Date.parse(incident.closedAt ?? '');
  return all.some((other) => {
    if (other === incident || other.workload !== incident.workload) return false;
    const opened = Date.parse(other.openedAt);
    return opened >= closed && opened - closed < verifyMinutes * 60_000;
  });
}
