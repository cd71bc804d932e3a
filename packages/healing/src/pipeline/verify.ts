import type { Incident, IncidentAction } from '@sre-agent/core';
import { ReplaceNodeBindingSchema } from '../actions/catalog/replace-node.ts';
import { actionSpec, describeAction, parseCatalogAction } from '../actions/registry.ts';
import { revertCatalogAction } from '../actions/run-action.ts';
import type { Verification } from '../actions/spec.ts';
import type { NodeGroups } from '../node-groups.ts';
import { mitigatedMessage, resolvedMessage } from '../notify/compose.ts';
import { assessHealth } from '../verify/assess-health.ts';
import { checkNodeReplacement } from '../verify/node-replaced.ts';
import { markFailed } from './execute.ts';
import { isForecastIncident } from './forecast-diagnosis.ts';
import { forecastOutcome, withForecast } from './forecast-health.ts';
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
  const { reader, nodeGroups } = ctx.handles(incident);
  const now = ctx.deps.clock.now();
  const verifyMs = ctx.deps.config.policy.verifyMinutes * 60_000;
  const parsed = parseCatalogAction(applied.action);
  if (parsed.kind === 'ok' && actionSpec(parsed.action.kind).verify === 'node-replaced') {
    return verifyReplacement(ctx, incident, applied, nodeGroups);
  }
  const healthySince = verification.healthySince ? new Date(verification.healthySince) : undefined;
  const health = await withForecast(
    ctx,
    incident,
    await assessHealth(reader, incident.target, healthySince ?? now, {
      denyNamespaces: ctx.deps.config.policy.denyNamespaces,
    }),
    true,
  );
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
    // A raise that did not end a forecast still postponed the limit: undoing it would bring it closer.
    const reverted = isForecastIncident(incident)
      ? undefined
      : await revertIneffective(ctx, incident, applied);
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
  verification: Verification = 'target-healthy',
): Promise<Incident> {
  const now = ctx.deps.clock.now();
  const at = now.toISOString();
  const succeeded = incident.actions.map((a) =>
    a.id === applied.id ? { ...a, status: 'succeeded' as const } : a,
  );
  // A drained node that came back Ready during verification is given back, as after mitigation.
  const handedBack = await giveNodeBack(ctx, { ...incident, actions: succeeded });
  const outcome = forecastOutcome(incident, now, { kind: 'fixed', summary: applied.reason });
  const saved = await ctx.save(incident, {
    ...incident,
    ...(outcome ? { forecast: outcome } : {}),
    status: 'resolved',
    closedAt: at,
    actions: succeeded,
    timeline: [
      ...incident.timeline,
      ...(handedBack ? [{ at, kind: 'applied', text: handedBack }] : []),
      { at, kind: 'resolved', text: `healthy for ${Math.round(healthyForMs / 1000)}s` },
    ],
  });
  await ctx.notify(saved, resolvedMessage(saved, healthyForMs, now, verification));
  await learnOutcome(ctx.deps, saved, applied, 'succeeded');
  return saved;
}

/** A replacement takes minutes (terminate, launch, join): it fails only after this long. */
const REPLACEMENT_TIMEOUT_MS = 30 * 60_000;

/**
 * Verifies a `replace-node`: resolved once the old Node is gone and its group is back at its
 * desired count of Ready nodes; failed when that has not happened within the timeout.
 */
async function verifyReplacement(
  ctx: StepContext,
  incident: Incident,
  applied: IncidentAction,
  nodeGroups: NodeGroups | undefined,
): Promise<Incident> {
  const startedAt = new Date(incident.verification?.startedAt ?? ctx.now()).getTime();
  const elapsed = ctx.deps.clock.now().getTime() - startedAt;
  const binding = ReplaceNodeBindingSchema.safeParse(applied.binding);
  const status =
    nodeGroups && binding.success
      ? await checkNodeReplacement(binding.data, { reader: ctx.handles(incident).reader, nodeGroups })
      : { kind: 'waiting' as const, reason: 'no node group integration to check the replacement with' };
  if (status.kind === 'replaced') {
    return resolveVerified(ctx, incident, applied, elapsed, 'node-replaced');
  }
  if (elapsed >= REPLACEMENT_TIMEOUT_MS) {
    return markFailed(
      ctx,
      incident,
      applied,
      `not replaced after ${Math.round(elapsed / 60_000)} minutes: ${status.reason}`,
      'failed',
    );
  }
  return incident;
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
  const next = nextPlannedStep(saved);
  const then = next
    ? `unless it recovers within ${ctx.deps.config.policy.cooldownMinutes} minutes, I will ${describeAction(next)} (policy permitting)`
    : undefined;
  await ctx.notify(saved, mitigatedMessage(saved, applied.reason, summary, then));
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
        nodeGroups: ctx.handles(incident).nodeGroups,
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
  const followed = await closeIfRecovered(ctx, incident);
  if (followed.closedAt || followed.verification?.healthySince) return followed;
  const next = nextPlannedStep(followed);
  const since = followed.actions.findLast((a) => a.status === 'succeeded')?.at;
  const waitMs = ctx.deps.config.policy.cooldownMinutes * 60_000;
  if (!next || !since || ctx.deps.clock.now().getTime() - new Date(since).getTime() < waitMs) return followed;
  // Still down a cooldown after the mitigation: the plan's next step (replacing the node) is
  // decided like any fix, under the same policy, bound anew to this incident's own node.
  const at = ctx.now();
  return ctx.save(followed, {
    ...followed,
    status: 'diagnosed',
    timeline: [
      ...followed.timeline,
      {
        at,
        kind: 'next-step',
        text: `still not recovered ${Math.round(waitMs / 60_000)} minutes after the mitigation`,
      },
    ],
  });
}

/** The plan's next step after what was tried or worked, unless that is to escalate. */
function nextPlannedStep(incident: Incident): Incident['plan'][number] | undefined {
  const done = new Set(incident.actions.map((a) => a.action.kind));
  const next = incident.plan.find((a) => !done.has(a.kind));
  return next && next.kind !== 'escalate' ? next : undefined;
}
