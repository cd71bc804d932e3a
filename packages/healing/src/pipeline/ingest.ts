import type { Incident } from '@sre-agent/core';
import { ConflictError, modeFor, redactText, workloadKey } from '@sre-agent/core';
import { ALERT_TEXT_CHARS, type Detection } from '../detection.ts';
import { recoveredMessage } from '../notify/compose.ts';
import { continueFlapped } from './flapping.ts';
import type { IngestResult } from './healing-deps.ts';
import { fixDidNotHold, recentlyResolved, recurrence } from './recurrence.ts';
import { resolveTarget } from './resolve-target.ts';
import { MAX_CONFLICT_RETRIES, type StepContext } from './step-context.ts';

/**
 * Opens or updates the incident for a detection (or closes it on a resolved alert); a newly
 * opened incident is handed to `advance`.
 */
export async function ingestDetection(
  ctx: StepContext,
  detection: Detection,
  advance: (id: string) => Promise<Incident | undefined>,
): Promise<IngestResult> {
  const { deps } = ctx;
  const { clock, logger } = deps;
  if (detection.status === 'resolved') return closeOnResolvedAlert(ctx, detection);
  const handles = deps.cluster(detection.target.cluster);
  if (!handles) return { kind: 'ignored', reason: `cluster ${detection.target.cluster} is not configured` };
  const resolved = await resolveTarget(handles.reader, detection.target);
  const target = resolved.target;
  if (resolved.missing) {
    logger.info('stale alert ignored', { workload: workloadKey(target), source: detection.source });
    return { kind: 'ignored', reason: `stale: ${resolved.missing}; nothing to diagnose or fix` };
  }
  const now = clock.now().toISOString();
  // The usual case for a failing workload, every monitor minute: its incident is open already.
  // Only a new incident needs the recurrence and flapping look-ups below.
  const open = await deps.incidents.openFor(target);
  if (open) return noteSeen(ctx, open, detection, now);
  // A fix that did not hold (recurrence) or an alert that flaps continues the earlier incident:
  // its fixes are not tried afresh and its attempts still count.
  const previous = await recentlyResolved(deps, target);
  const flappedFrom =
    !previous && detection.fingerprint
      ? await deps.incidents.findByFingerprint(detection.fingerprint)
      : undefined;
  const flapped = continueFlapped(flappedFrom, target, clock.now(), deps.config.policy.flapWindowMinutes);
  const candidate: Incident = {
    id: deps.ids('inc'),
    target,
    signal: detection.signal,
    status: 'detected',
    mode: modeFor(deps.config, target.cluster, target.namespace),
    title: `${target.name} ${detection.signal}${target.namespace ? ` in ${target.namespace}` : ''}`,
    sources: [detection.source],
    fingerprints: detection.fingerprint ? [detection.fingerprint] : [],
    openedAt: now,
    updatedAt: now,
    plan: [],
    ...((detection.pod ?? resolved.pod) ? { pod: detection.pod ?? resolved.pod } : {}),
    ...(detection.container ? { container: detection.container } : {}),
    ...(detection.forecast ? { forecast: detection.forecast } : {}),
    ...alertsWith([], detection, now, detection.pod ?? resolved.pod),
    actions: flapped?.actions ?? [],
    notes: flapped?.notes ?? [],
    timeline: [
      { at: now, kind: 'detected', text: redactText(`${detection.source}: ${detection.reason}`) },
      ...(flapped?.timeline ?? []),
    ],
    threads: {},
    occurrence: 1,
    ...(flapped && flappedFrom ? { recurrenceOf: flappedFrom.recurrenceOf ?? flappedFrom.id } : {}),
    version: 0,
  };
  if (previous) Object.assign(candidate, recurrence(previous, candidate, deps.ids));
  const { created, incident } = await openOrGet(ctx, candidate);
  if (created && previous) await fixDidNotHold(deps, previous);
  if (created) {
    logger.info('incident opened', {
      incident: incident.id,
      workload: workloadKey(target),
      signal: detection.signal,
    });
    return { kind: 'opened', incident: (await advance(incident.id)) ?? incident };
  }
  return noteSeen(ctx, incident, detection, now);
}

/** How many alerts an incident keeps for its diagnosis (the newest of each name). */
const MAX_INCIDENT_ALERTS = 3;

/**
 * The incident's alerts with an Alertmanager detection's words added, redacted (an alert of the same
 * name replaced, the oldest dropped beyond three); unchanged for other sources and for an alert
 * about another pod than the incident's.
 */
function alertsWith(
  alerts: NonNullable<Incident['alerts']>,
  detection: Detection,
  now: string,
  pod: string | undefined,
): Pick<Incident, 'alerts'> {
  const unchanged = alerts.length ? { alerts } : {};
  if (!detection.alertName || !detection.alertText) return unchanged;
  // An alert about another pod of the workload says nothing of this one (its "the others are fine"
  // would be said of this pod).
  if (detection.pod && pod && detection.pod !== pod) return unchanged;
  const name = redactText(detection.alertName).slice(0, 256);
  const text = redactText(detection.alertText).slice(0, ALERT_TEXT_CHARS);
  const others = alerts.filter((a) => a.name !== name);
  return { alerts: [...others, { name, text, firedAt: now }].slice(-MAX_INCIDENT_ALERTS) };
}

/** Another detection of an open incident: a new source or fingerprint is noted, nothing else. */
async function noteSeen(
  ctx: StepContext,
  incident: Incident,
  detection: Detection,
  now: string,
): Promise<IngestResult> {
  const isNewSource = !incident.sources.includes(detection.source);
  const isNewFingerprint =
    detection.fingerprint !== undefined && !incident.fingerprints.includes(detection.fingerprint);
  if (!isNewSource && !isNewFingerprint) return { kind: 'updated', incident };
  const updated = await ctx.mutate(incident.id, (i) => ({
    ...i,
    sources: isNewSource ? [...i.sources, detection.source] : i.sources,
    fingerprints:
      isNewFingerprint && detection.fingerprint ? [...i.fingerprints, detection.fingerprint] : i.fingerprints,
    ...alertsWith(i.alerts ?? [], detection, now, i.pod),
    timeline: [
      ...i.timeline,
      { at: now, kind: 'seen', text: redactText(`${detection.source}: ${detection.reason}`) },
    ],
  }));
  return { kind: 'updated', incident: updated ?? incident };
}

/** Statuses in which the agent's own checks, not a resolved alert, close the incident. */
const OWN_VERIFICATION: ReadonlySet<Incident['status']> = new Set(['remediating', 'verifying', 'mitigated']);

async function closeOnResolvedAlert(ctx: StepContext, detection: Detection): Promise<IngestResult> {
  if (!detection.fingerprint) return { kind: 'ignored', reason: 'resolved alert without fingerprint' };
  const incident = await ctx.deps.incidents.findByFingerprint(detection.fingerprint);
  if (!incident || incident.closedAt) return { kind: 'ignored', reason: 'no open incident for this alert' };
  if (OWN_VERIFICATION.has(incident.status)) {
    // Our own verification decides: the alert resolving is consistent with the fix working, and a
    // mitigated incident (a drained node) closes only once the agent sees the symptom gone.
    return { kind: 'updated', incident };
  }
  const at = ctx.now();
  const closed = await ctx.mutate(incident.id, (i) =>
    // Closed meanwhile by another worker: nothing to do (and no second "recovered" message).
    i.closedAt
      ? undefined
      : {
          ...i,
          status: i.status === 'escalated' || i.status === 'observed' ? i.status : 'resolved',
          closedAt: at,
          // A proposal nobody answered is moot once the problem is gone.
          actions: i.actions.map((a) => (a.status === 'proposed' ? { ...a, status: 'expired' as const } : a)),
          timeline: [
            ...i.timeline,
            { at, kind: 'alert-resolved', text: 'Alertmanager reports the alert resolved' },
          ],
        },
  );
  if (!closed) return { kind: 'ignored', reason: 'incident changed concurrently' };
  await ctx.notify(closed, recoveredMessage(closed));
  return { kind: 'closed', incident: closed };
}

/** Creates the incident unless its workload has an open one; concurrent creations settle on one. */
async function openOrGet(
  ctx: StepContext,
  candidate: Incident,
): Promise<{ created: boolean; incident: Incident }> {
  const { incidents } = ctx.deps;
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt += 1) {
    const existing = await incidents.openFor(candidate.target);
    if (existing) return { created: false, incident: existing };
    try {
      const result = await incidents.create(candidate);
      return result.created
        ? { created: true, incident: result.incident }
        : { created: false, incident: result.existing };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  throw new ConflictError(`could not open an incident for ${workloadKey(candidate.target)}`);
}
