import type { AuditRecord, Incident, IncidentAction } from '@sre-agent/core';
import { errorMessage, workloadKey } from '@sre-agent/core';
import { actionSpec, parseCatalogAction } from '../actions/registry.ts';
import { runCatalogAction } from '../actions/run-action.ts';
import { actionFailedMessage, appliedMessage } from '../notify/compose.ts';
import { auditWorkload } from './control-state.ts';
import { recalledKind } from './memory-feedback.ts';
import { persistLiveFix } from './persist-fix.ts';
import type { StepContext } from './step-context.ts';

/** Time kept in hand after an action's own bound: persisting, auditing and notifying its outcome. */
const WRITE_MARGIN_MS = 10_000;

/** A begun action older than this that never reported back is taken as lost, not as in flight. */
const IN_FLIGHT_MS = 10 * 60_000;

/**
 * Runs the approved action of a remediating incident: within the invocation's time budget, begun
 * in the audit trail under an idempotency key, dry-run then apply, with the kill switch and the
 * breaker asked again right before the write. Applied: verifying; otherwise the next fix follows.
 */
export async function executeAction(ctx: StepContext, incident: Incident): Promise<Incident> {
  const pending = incident.actions.find((a) => a.status === 'approved');
  if (!pending) return ctx.save(incident, { ...incident, status: 'diagnosed' });
  const parsed = parseCatalogAction(pending.action);
  if (parsed.kind === 'invalid') return markFailed(ctx, incident, pending, parsed.reason, 'dry-run-failed');
  const left = ctx.deps.remainingMs?.();
  const needed = actionSpec(parsed.action.kind).maxDurationMs + WRITE_MARGIN_MS;
  if (left !== undefined && left < needed) {
    ctx.deps.logger.info('action postponed: not enough time left in this invocation', {
      incident: incident.id,
      action: parsed.action.kind,
      leftMs: left,
      neededMs: needed,
    });
    return incident;
  }
  const { reader, writer, nodeGroups } = ctx.handles(incident);
  const t = incident.target;
  const auditId = ctx.deps.ids('audit');
  const began = await ctx.deps.audit.begin({
    id: auditId,
    key: `${incident.id}#${pending.id}`,
    incidentId: incident.id,
    ...auditWorkload(t),
    action: pending.action,
    ...(pending.binding ? { before: { binding: pending.binding } } : {}),
    actor: pending.decidedBy ?? 'agent',
    reason: incident.diagnosis?.summary ?? incident.title,
    mode: incident.mode,
    status: 'started',
    at: ctx.now(),
  });
  if (!began.started) return resumeAfterCrash(ctx, incident, pending, began.existing);
  ctx.deps.logger.info('remediation starting', {
    incident: incident.id,
    action: pending.action,
    workload: workloadKey(t),
  });
  const run = await runCatalogAction(
    parsed.action,
    pending.binding ?? {},
    incident,
    { reader, writer, nodeGroups, caches: ctx.deps.caches, config: ctx.deps.config },
    { beforeWrite: () => stopBeforeWrite(ctx, t.cluster, pending) },
  );
  const outcome = run.applied ?? run.dryRun;
  if (outcome.kind !== 'applied') {
    const status =
      outcome.kind === 'no-op'
        ? 'no-op'
        : run.applied?.kind === 'precondition-failed'
          ? 'refused'
          : run.applied
            ? 'failed'
            : 'dry-run-failed';
    await ctx.deps.audit.finish(auditId, {
      status: status === 'no-op' || status === 'refused' ? 'refused' : status,
      result: outcome.reason,
    });
    ctx.deps.logger.warn('remediation not applied', {
      incident: incident.id,
      status,
      reason: outcome.reason,
    });
    return markFailed(ctx, incident, pending, outcome.reason, status);
  }
  await ctx.deps.audit.finish(auditId, {
    status: 'applied',
    before: outcome.before,
    after: outcome.after,
    result: outcome.summary,
  });
  ctx.deps.logger.info('remediation applied', { incident: incident.id, action: pending.action.kind });
  return startVerifying(ctx, incident, pending, outcome.summary);
}

/** The kill switch and the breaker, asked again right before a write: they may have changed since the decision. */
async function stopBeforeWrite(
  ctx: StepContext,
  cluster: string,
  pending: IncidentAction,
): Promise<string | undefined> {
  const { control, clock, config } = ctx.deps;
  if (config.policy.paused || (await control.isPaused()))
    return 'the agent was paused (kill switch) before the write';
  const until = await control.breakerTrippedUntil(cluster);
  if (until && until > clock.now() && !pending.decidedBy) {
    return `the circuit breaker for cluster ${cluster} opened before the write`;
  }
  return undefined;
}

/**
 * A previous run began this action. Applied: go on verifying. Still `started`: another worker may
 * be running it right now, so wait; after `IN_FLIGHT_MS` its outcome is unknown and it is never
 * repeated blindly.
 */
async function resumeAfterCrash(
  ctx: StepContext,
  incident: Incident,
  pending: IncidentAction,
  existing: AuditRecord,
): Promise<Incident> {
  if (existing.status === 'applied') {
    return startVerifying(ctx, incident, pending, existing.result ?? pending.reason);
  }
  if (existing.status === 'started') {
    const age = ctx.deps.clock.now().getTime() - new Date(existing.at).getTime();
    if (age < IN_FLIGHT_MS) return incident;
    return markFailed(
      ctx,
      incident,
      pending,
      'an earlier attempt never reported its outcome; it is not repeated blindly',
      'failed',
    );
  }
  return markFailed(ctx, incident, pending, existing.result ?? 'the previous attempt failed', 'failed');
}

async function startVerifying(
  ctx: StepContext,
  incident: Incident,
  pending: IncidentAction,
  summary: string,
): Promise<Incident> {
  const at = ctx.now();
  const saved = await ctx.save(incident, {
    ...incident,
    status: 'verifying',
    actions: incident.actions.map((a) =>
      a.id === pending.id ? { ...a, status: 'applied', reason: summary, at } : a,
    ),
    verification: { startedAt: at },
    timeline: [...incident.timeline, { at, kind: 'applied', text: summary }],
  });
  const parsed = parseCatalogAction(pending.action);
  const spec = parsed.kind === 'ok' ? actionSpec(parsed.action.kind) : undefined;
  const inGit = spec?.changesDeclaredSpec ? await persistLiveFix(ctx, saved, pending, summary) : undefined;
  const message = appliedMessage(saved, summary, ctx.deps.config.policy.verifyMinutes, spec?.verify);
  if (!inGit) {
    await ctx.notify(saved, message);
    return saved;
  }
  const noted = await ctx.mutate(saved.id, (current) => ({
    ...current,
    timeline: [...current.timeline, { at: ctx.now(), kind: 'git', text: inGit }],
  }));
  await ctx.notify(saved, { ...message, text: `${message.text}\n${inGit}` });
  return noted ?? saved;
}

/** The action did not fix anything (not applied, or applied without effect): back to diagnosed, for the next fix. */
export async function markFailed(
  ctx: StepContext,
  incident: Incident,
  pending: IncidentAction,
  reason: string,
  status: 'failed' | 'dry-run-failed' | 'no-op' | 'refused',
): Promise<Incident> {
  const at = ctx.now();
  const saved = await ctx.save(incident, {
    ...incident,
    status: 'diagnosed',
    verification: undefined,
    actions: incident.actions.map((a) => (a.id === pending.id ? { ...a, status, at } : a)),
    timeline: [...incident.timeline, { at, kind: status, text: `${pending.reason}: ${reason}` }],
  });
  await ctx.notify(saved, actionFailedMessage(saved, pending.reason, reason));
  if (incident.recalled && pending.action.kind === recalledKind(incident)) {
    try {
      await ctx.deps.memory?.recordOutcome(incident.recalled.id, 'failed');
    } catch (error) {
      // The incident is saved and told; a memory outage must not fail the step after that.
      ctx.deps.logger.warn('memory update failed', { incident: incident.id, error: errorMessage(error) });
    }
  }
  return saved;
}
