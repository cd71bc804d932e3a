import type { Incident } from '@sre-agent/core';
import { bindCatalogAction, runCatalogAction } from '../actions/run-action.ts';
import { modeForScope } from '../actions/spec.ts';
import { recoveredMessage } from '../notify/compose.ts';
import { assessHealth } from '../verify/assess-health.ts';
import { forecastOutcome, withForecast } from './forecast-health.ts';
import { auditedSideAction } from './side-action.ts';
import type { StepContext } from './step-context.ts';

/**
 * Escalated and observed incidents close once the workload is healthy again (and mitigated ones,
 * through `followMitigated`).
 */
export async function closeIfRecovered(ctx: StepContext, incident: Incident): Promise<Incident> {
  const { reader } = ctx.handles(incident);
  // Gone means gone for a while: a workload that flickers healthy between failures stays open.
  const since = incident.verification?.healthySince;
  // Restarts count from when it first looked healthy: the crashes that made the incident do not.
  const health = await withForecast(
    ctx,
    incident,
    await assessHealth(reader, incident.target, since ? new Date(since) : ctx.deps.clock.now(), {
      denyNamespaces: ctx.deps.config.policy.denyNamespaces,
    }),
  );
  if (!health.healthy) {
    // Past its predicted time and still healthy (only the forecast holds it open): it was wrong.
    const passed = forecastOutcome(incident, ctx.deps.clock.now(), { kind: 'still-healthy' });
    if (passed && (await restartsFree(ctx, incident)))
      return ctx.save(incident, { ...incident, forecast: passed });
    return since ? ctx.save(incident, { ...incident, verification: undefined }) : incident;
  }
  const now = ctx.now();
  if (!since) return ctx.save(incident, { ...incident, verification: { startedAt: now, healthySince: now } });
  const heldMs = ctx.deps.clock.now().getTime() - new Date(since).getTime();
  if (heldMs < ctx.deps.config.policy.verifyMinutes * 60_000) return incident;
  const handedBack = await giveNodeBack(ctx, incident);
  const at = now;
  const outcome = forecastOutcome(incident, ctx.deps.clock.now(), { kind: 'recovered' });
  const saved = await ctx.save(incident, {
    ...incident,
    ...(outcome ? { forecast: outcome } : {}),
    // A mitigated incident whose symptom is gone is resolved; escalated and observed ones keep
    // their status (the agent did not fix them).
    ...(incident.status === 'mitigated' ? { status: 'resolved' as const } : {}),
    closedAt: at,
    timeline: [
      ...incident.timeline,
      ...(handedBack ? [{ at, kind: 'applied', text: handedBack }] : []),
      { at, kind: 'recovered', text: health.summary },
    ],
  });
  await ctx.notify(saved, recoveredMessage(saved, handedBack));
  return saved;
}

/** Whether the workload is healthy with no restart since the incident opened (the forecast limit was not hit). */
async function restartsFree(ctx: StepContext, incident: Incident): Promise<boolean> {
  const health = await assessHealth(
    ctx.handles(incident).reader,
    incident.target,
    new Date(incident.openedAt),
    {
      denyNamespaces: ctx.deps.config.policy.denyNamespaces,
    },
  );
  return health.healthy;
}

/**
 * A node the agent cordoned for this incident is uncordoned once it is Ready again, under the
 * cluster's node policy, dry-run first and audited; otherwise the message asks a human to.
 */
export async function giveNodeBack(ctx: StepContext, incident: Incident): Promise<string | undefined> {
  if (incident.target.kind !== 'Node') return undefined;
  if (!incident.actions.some((a) => a.action.kind === 'cordon-drain-node' && a.status === 'succeeded')) {
    return undefined;
  }
  const { config, control } = ctx.deps;
  if (modeForScope(config, incident.target.cluster, { kind: 'nodes' }) !== 'auto') return undefined;
  if (config.policy.paused || (await control.isPaused())) return undefined;
  const { reader, writer } = ctx.handles(incident);
  const action = { kind: 'uncordon-node' } as const;
  const bound = await bindCatalogAction(action, incident, { reader, config });
  if (bound.kind === 'refused') return undefined;
  return auditedSideAction(
    ctx,
    incident,
    {
      key: `${incident.id}#uncordon`,
      action,
      actor: 'agent',
      reason: 'the node is Ready again',
      mode: 'auto',
    },
    async () => {
      const run = await runCatalogAction(action, bound.binding, incident, { reader, writer, config });
      return run.applied ?? run.dryRun;
    },
  );
}
