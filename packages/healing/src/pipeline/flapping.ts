import type { Incident, IncidentAction, TimelineEntry } from '@sre-agent/core';
import { workloadKey } from '@sre-agent/core';

/** What a new incident takes over from the one it continues. */
export type FlapCarryOver = {
  actions: IncidentAction[];
  notes: string[];
  timeline: TimelineEntry[];
};

/** Finished outcomes a continuation keeps: they count against the attempt cap or are not tried again. */
const KEPT: ReadonlySet<IncidentAction['status']> = new Set([
  'applied',
  'succeeded',
  'failed',
  'dry-run-failed',
  'refused',
  'no-op',
]);

/**
 * An alert that resolved and fires again within `policy.flapWindowMinutes` is the same problem:
 * the new incident continues the closed one instead of starting with a fresh attempt budget. Its
 * finished fixes come along (a fix that had "worked" did not hold, so it counts as failed and is
 * not tried again), with a note and a timeline entry naming the incident it continues.
 * Returns undefined when `previous` is no such incident (another workload, still open, closed
 * longer ago than the window, or the window is 0).
 */
export function continueFlapped(
  previous: Incident | undefined,
  target: Incident['target'],
  now: Date,
  flapWindowMinutes: number,
): FlapCarryOver | undefined {
  if (!previous?.closedAt || flapWindowMinutes <= 0) return undefined;
  if (workloadKey(previous.target) !== workloadKey(target)) return undefined;
  const quietMs = now.getTime() - new Date(previous.closedAt).getTime();
  if (quietMs < 0 || quietMs > flapWindowMinutes * 60_000) return undefined;
  const at = now.toISOString();
  const minutes = Math.round(quietMs / 60_000);
  const again = `the alert fired again ${minutes} min after it resolved`;
  const actions = previous.actions
    .filter((a) => KEPT.has(a.status))
    .map(
      (a): IncidentAction =>
        a.status === 'succeeded' || a.status === 'applied'
          ? { ...a, status: 'failed', reason: `${a.reason}: did not hold (${again})` }
          : a,
    );
  return {
    actions,
    notes: [`continues ${previous.id}: ${again} (flapping)`],
    timeline: [{ at, kind: 'continued', text: `continues ${previous.id}: ${again}` }],
  };
}
