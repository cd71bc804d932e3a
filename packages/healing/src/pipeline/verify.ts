import type { Incident, IncidentAction } from '@sre-agent/core';
import { actionSpec, parseCatalogAction } from '../actions/registry.ts';
import { revertCatalogAction } from '../actions/run-action.ts';
import { mitigatedMessage, resolvedMessage } from '../notify/compose.ts';
import { assessHealth } from '../verify/assess-health.ts';
import { markFailed } from './execute.ts';
import { learnOutcome } from './memory-feedback.ts';
import { closeIfRecovered, giveNodeBack } from './recovery.ts';
import { auditedSideAction } from './side-action.ts';
import type { StepContext } from './step-context.ts';

/** A fix that has not made the workload healthy within this many verify windows has failed. */
const FAIL_AFTER_WINDOWS = 2;
const MIN_FAIL_AFTER_MS = 3 * 60_000;

/**
 * Verifies an applied fix: resolved once healthy for `policy.verifyMinutes`; mitigated when the
 * damage is contained but the symptom remains (a drained node that stays NotReady); failed (and
 * undone where it can be) when not healthy within two windows, so the next fix follows.
 */
export async function verifyFix(ctx: StepContext, incident: Incident): Promise<Incident> {
  const verification = incident.verification;
  const applied = incident.actions.findLast((a) => a.status === 'applied');
  if (!verification || !applied) return ctx.save(incident, { ...incident, status: 'diagnosed' });
  const { reader } = ctx.handles(incident);
  const now = ctx.deps.clock.now();
  const verifyMs = ctx.deps.config.policy.verifyMinutes * 60_000;
  const healthySince = verification.healthySince ? new Date(verification.healthySince) : undefined;
  const health = await assessHealth(reader, incident.target, healthySince ?? now, {
    denyNamespaces: ctx.deps.config.policy.denyNamespaces,
  });
  const verifiedFor = now.getTime() - new Date(verification.startedAt).getTime();
  if (health.mitigated && verifiedFor >= verifyMs) return mitigate(ctx, incident, applied, health.summary);
  if (health.healthy && healthySince && now.getTime() - healthySince.getTime() >= verifyMs) {
    return resolveVerified(ctx, incident, applied, now.getTime() - healthySince.getTime());
  }
  if (health.healthy) {
    if (healthySince) return incident;
    return ctx.save(incident, {
      ...incident,
      verification: { ...verification, healthySince: now.toISOString() },
      timeline: [...incident.timeline, { at: now.toISOString(), kind: 'healthy', text: health.summary }],
    });
  }
  const failAfter = Math.max(FAIL_AFTER_WINDOWS * verifyMs, MIN_FAIL_AFTER_MS);
  if (now.getTime() - new Date(verification.startedAt).getTime() >= failAfter) {
    const reverted = await revertIneffective(ctx, incident, applied);
    const undone = reverted ? `; ${reverted}` : '';
    return markFailed(ctx, incident, applied, `still unhealthy: ${health.summary}${undone}`, 'failed');
  }
  if (!healthySince) return incident;
  return ctx.save(incident, {
    ...incident,
    verification: { ...verification, healthySince: undefined },
  });
}

async function resolveVerified(
  ctx: StepContext,
  incident: Incident,
  applied: IncidentAction,
  healthyForMs: number,
): Promise<Incident> {
  const now = ctx.deps.clock.now();
  const at = now.toISOString();
  const succeeded = incident.actions.map((a) =>
    a.id === applied.id ? { ...a, status: 'succeeded' as const } : a,
  );
  // A drained node that came back Ready during verification is given back, as after mitigation.
  const handedBack = await giveNodeBack(ctx, { ...incident, actions: succeeded });
  const saved = await ctx.save(incident, {
    ...incident,
    status: 'resolved',
    closedAt: at,
    actions: succeeded,
    timeline: [
      ...incident.timeline,
      ...(handedBack ? [{ at, kind: 'applied', text: handedBack }] : []),
      { at, kind: 'resolved', text: `healthy for ${Math.round(healthyForMs / 1000)}s` },
    ],
  });
  await ctx.notify(saved, resolvedMessage(saved, healthyForMs, now));
  await learnOutcome(ctx.deps, saved, applied, 'succeeded');
  return saved;
}

/**
 * The fix contained the damage but the symptom remains (a drained node that stays NotReady): not
 * resolved, not failed. One page that says what a human must still do; the incident stays open
 * and closes only when the symptom is gone.
 */
async function mitigate(
  ctx: StepContext,
  incident: Incident,
  applied: IncidentAction,
  summary: string,
): Promise<Incident> {
  const at = ctx.now();
  const saved = await ctx.save(incident, {
    ...incident,
    status: 'mitigated',
    verification: undefined,
    actions: incident.actions.map((a) => (a.id === applied.id ? { ...a, status: 'succeeded' } : a)),
    timeline: [...incident.timeline, { at, kind: 'mitigated', text: summary }],
  });
  await ctx.notify(saved, mitigatedMessage(saved, applied.reason, summary));
  return saved;
}

/**
 * A change that did not fix the problem is undone when its action can undo it and the object
 * still shows exactly what it set, so that failed fixes leave no drift. Audited like the change.
 */
async function revertIneffective(
  ctx: StepContext,
  incident: Incident,
  applied: IncidentAction,
): Promise<string | undefined> {
  const parsed = parseCatalogAction(applied.action);
  if (parsed.kind === 'invalid' || !actionSpec(parsed.action.kind).revert) return undefined;
  if (ctx.deps.config.policy.paused || (await ctx.deps.control.isPaused())) return undefined;
  const { reader, writer } = ctx.handles(incident);
  const summary = await auditedSideAction(
    ctx,
    incident,
    {
      key: `${incident.id}#${applied.id}#revert`,
      action: applied.action,
      actor: applied.decidedBy ?? 'agent',
      reason: `undo: ${applied.reason} did not fix it`,
      mode: incident.mode,
    },
    () =>
      revertCatalogAction(parsed.action, applied.binding ?? {}, incident, {
        reader,
        writer,
        caches: ctx.deps.caches,
        config: ctx.deps.config,
      }),
  );
  return summary ? `I ${summary}` : undefined;
}

/**
 * A mitigated incident on later monitor ticks: the damage is contained but the symptom remains (a
 * drained node that stays NotReady). It closes as resolved once the symptom is gone (handing a
 * cordoned node back); what else happens to an incident that stays mitigated belongs here.
 */
export async function followMitigated(ctx: StepContext, incident: Incident): Promise<Incident> {
  return closeIfRecovered(ctx, incident);
}
