import type { IdGenerator, Incident } from '@sre-agent/core';
import { workloadKey } from '@sre-agent/core';
import { duration } from '../notify/compose.ts';
import type { HealingDeps } from './healing-deps.ts';
import { learnOutcome } from './memory-feedback.ts';

/** The newest incident of this workload closed within the recurrence window after a fix, if any. */
export async function recentlyResolved(
  deps: Pick<HealingDeps, 'config' | 'clock' | 'incidents'>,
  target: Incident['target'],
): Promise<Incident | undefined> {
  const { policy } = deps.config;
  const windowMs = policy.recurrenceWindowHours * 3_600_000;
  if (windowMs === 0) return undefined;
  const since = new Date(deps.clock.now().getTime() - windowMs);
  const key = workloadKey(target);
  const recent = await deps.incidents.listRecent({ since, limit: 500 });
  // A fixed problem, or one already known to recur (its fixes did not hold), continues its story.
  return recent.find(
    (i) =>
      workloadKey(i.target) === key &&
      i.closedAt !== undefined &&
      new Date(i.closedAt) >= since &&
      ((i.status === 'resolved' && i.actions.some((a) => a.status === 'succeeded')) || i.occurrence > 1),
  );
}

/**
 * The problem came back after a fix: the new incident continues the old one's thread, counts the
 * occurrence, and carries the fixes that did not hold as failed, so they are not repeated.
 */
export function recurrence(previous: Incident, candidate: Incident, ids: IdGenerator): Partial<Incident> {
  const at = candidate.openedAt;
  const after = duration(new Date(at).getTime() - new Date(previous.closedAt ?? at).getTime());
  const held = previous.actions
    .filter((a) => a.status === 'succeeded' || (a.status === 'failed' && a.reason.includes('did not hold')))
    .map((a) => ({
      ...a,
      id: ids('act'),
      status: 'failed' as const,
      reason: a.reason.includes('did not hold')
        ? a.reason
        : `${clauseOf(a.reason)}, which did not hold: the problem came back ${after} after it was resolved`,
    }));
  const occurrence = (previous.occurrence ?? 1) + 1;
  return {
    recurrenceOf: previous.recurrenceOf ?? previous.id,
    occurrence,
    actions: held,
    timeline: [
      ...candidate.timeline,
      {
        at,
        kind: 'recurred',
        text: `occurrence ${occurrence}: the problem came back ${after} after ${previous.id} was resolved`,
      },
    ],
  };
}

/** Memory learns that the fix of the previous occurrence did not hold. */
export async function fixDidNotHold(
  deps: Pick<HealingDeps, 'memory' | 'logger'>,
  previous: Incident,
): Promise<void> {
  const fix = previous.actions.find((a) => a.status === 'succeeded');
  if (fix) await learnOutcome(deps, previous, fix, 'failed');
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** "third time in 6 hours: restart …, which did not hold …; the cause is …" */
export function recurringReason(incident: Incident, windowHours: number): string {
  const nth = ORDINALS[incident.occurrence - 1] ?? `${incident.occurrence}th`;
  const held = incident.actions.filter((a) => a.reason.includes('did not hold')).map((a) => a.reason);
  const cause = incident.diagnosis ? `; the cause is: ${clauseOf(incident.diagnosis.summary)}` : '';
  return `this is the ${nth} time in ${windowHours} hours: ${held.join('; ')}. The fix only buys time${cause}`;
}

const clauseOf = (text: string) => text.trim().replace(/[.\s]+$/, '');
