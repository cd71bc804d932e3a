import type { ActionRecord, Incident, IncidentAction } from '@sre-agent/core';
import { actionSpec, describeAction, parseCatalogAction } from '../actions/registry.ts';
import { bindCatalogAction } from '../actions/run-action.ts';
import { modeForScope } from '../actions/spec.ts';
import {
  escalatedMessage,
  groupedMessage,
  observedMessage,
  proposedMessage,
  stillFailingMessage,
  stillMitigatedMessage,
} from '../notify/compose.ts';
import { evaluatePolicy } from '../policy/policy-engine.ts';
import { auditWorkload } from './control-state.ts';
import { stillForecast } from './forecast-health.ts';
import { recurringReason } from './recurrence.ts';
import { rollbackOffer } from './rollback-offer.ts';
import type { StepContext } from './step-context.ts';

/** Statuses of an action that was tried for an incident: it is not chosen again for the same incident. */
const TRIED: ReadonlySet<IncidentAction['status']> = new Set([
  'failed',
  'dry-run-failed',
  'refused',
  'no-op',
]);

/** Statuses that count as a fix attempt against `policy.maxAttemptsPerIncident`. */
const ATTEMPTED: ReadonlySet<IncidentAction['status']> = new Set(['applied', 'succeeded', 'failed']);

/**
 * Decides the next fix of a diagnosed incident: the first untried action of the plan (or the one a
 * human approved), bound to the incident's own objects, then weighed by the policy engine (mode by
 * scope, denylist, kill switch, breaker, cap, cooldown): execute, propose, observe, defer or
 * refuse; with nothing left to try, escalate.
 */
export async function decideNextAction(ctx: StepContext, incident: Incident): Promise<Incident> {
  // A human-approved proposal still goes through every guardrail but the mode, bound anew.
  const approved = incident.actions.find((a) => a.status === 'approved');
  const tried = incident.actions.filter((a) => TRIED.has(a.status));
  // A step that worked is not the next step either: after a drain mitigated a dead node, the plan
  // goes on to replacing it.
  const done = incident.actions.filter((a) => TRIED.has(a.status) || a.status === 'succeeded');
  const record = approved?.action ?? incident.plan.find((a) => !done.some((t) => t.action.kind === a.kind));
  if (!record || record.kind === 'escalate') {
    const refusals = tried.filter((a) => a.status === 'refused' || a.status === 'no-op');
    const reason =
      record?.kind === 'escalate' && typeof record.reason === 'string'
        ? record.reason
        : incident.occurrence > 1 && !record
          ? recurringReason(incident, ctx.deps.config.policy.recurrenceWindowHours)
          : tried.length === 0
            ? 'no safe catalog action fixes this'
            : refusals.length === tried.length
              ? `no safe fix applies: ${refusals.map((a) => a.reason).join('; ')}`
              : 'every safe fix I know has been tried without success';
    return escalate(ctx, incident, reason);
  }
  const parsed = parseCatalogAction(record);
  if (parsed.kind === 'invalid') return refuse(ctx, incident, record, parsed.reason, approved);
  const action = parsed.action;
  if (incident.managedBy && actionSpec(action.kind).changesDeclaredSpec) {
    return refuse(
      ctx,
      incident,
      action,
      `${incident.target.name} is managed by ${incident.managedBy}, which would revert a direct change; the change belongs in Git (a pull request), not in the cluster`,
      approved,
    );
  }
  // An approval may come hours after the proposal: a forecast that has gone since is not acted on.
  const still = approved ? await stillForecast(ctx, incident, true) : undefined;
  if (still && !still.forecast) {
    return refuse(
      ctx,
      incident,
      action,
      `${approved?.decidedBy ?? 'a human'} approved it, but ${still.summary}; nothing changed`,
      approved,
    );
  }
  const handles = ctx.handles(incident);
  const bound = await bindCatalogAction(action, incident, {
    reader: handles.reader,
    nodeGroups: handles.nodeGroups,
    caches: ctx.deps.caches,
    config: ctx.deps.config,
  });
  if (bound.kind === 'refused') return refuse(ctx, incident, action, bound.reason, approved);
  if (approved?.binding && JSON.stringify(approved.binding) !== JSON.stringify(bound.binding)) {
    return refuse(
      ctx,
      incident,
      action,
      `the cluster changed since the proposal (${approved.reason}; now: ${bound.summary})`,
      approved,
    );
  }
  const { config } = ctx.deps;
  const { policy } = config;
  const now = ctx.deps.clock.now();
  const windowStart = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const decision = evaluatePolicy({
    action,
    target: incident.target,
    scope: bound.scope,
    mode: modeForScope(config, incident.target.cluster, bound.scope),
    policy,
    now,
    paused: await ctx.deps.control.isPaused(),
    breakerTrippedUntil: await ctx.deps.control.breakerTrippedUntil(incident.target.cluster),
    actionsInWindow: await ctx.deps.control.countActionsSince(incident.target.cluster, windowStart),
    lastActionAt: await ctx.deps.control.lastActionAt(incident.target),
    failedActions: tried.map((f) => f.action),
    attempts: incident.actions.filter((a) => ATTEMPTED.has(a.status)).length,
    approvedBy: approved?.decidedBy,
  });
  const at = now.toISOString();
  const entry = (status: IncidentAction['status']): IncidentAction => ({
    id: ctx.deps.ids('act'),
    action,
    binding: bound.binding,
    status,
    reason: bound.summary,
    at,
  });
  switch (decision.kind) {
    case 'execute':
      return ctx.save(incident, {
        ...incident,
        status: 'remediating',
        actions: approved
          ? incident.actions.map((a) => (a.id === approved.id ? { ...a, binding: bound.binding } : a))
          : [...incident.actions, entry('approved')],
        timeline: [
          ...incident.timeline,
          { at, kind: 'decided', text: `${bound.summary}: ${decision.reason}` },
        ],
      });
    case 'propose': {
      const expiresAt = new Date(now.getTime() + policy.proposalTtlMinutes * 60_000).toISOString();
      const proposal = { ...entry('proposed'), expiresAt };
      // Beside the fix, "roll back my change" when the workload's own recent rollout can be undone.
      const rollback = approved ? undefined : await rollbackOffer(ctx, incident, action, expiresAt);
      const saved = await ctx.save(incident, {
        ...incident,
        status: 'awaiting-approval',
        actions: [...incident.actions, proposal, ...(rollback ? [rollback] : [])],
        timeline: [...incident.timeline, { at, kind: 'proposed', text: bound.summary }],
      });
      await ctx.notify(saved, proposedMessage(saved, bound.summary, proposal.id, rollback));
      return saved;
    }
    case 'observe': {
      const saved = await ctx.save(incident, {
        ...incident,
        status: 'observed',
        actions: [...incident.actions, entry('skipped')],
        timeline: [...incident.timeline, { at, kind: 'observed', text: decision.reason }],
      });
      await ctx.notify(saved, observedMessage(saved, bound.summary, decision.reason));
      return saved;
    }
    case 'defer':
      if (incident.timeline.at(-1)?.kind === 'deferred') return incident;
      return ctx.save(incident, {
        ...incident,
        timeline: [
          ...incident.timeline,
          { at, kind: 'deferred', text: `${decision.reason} until ${decision.until.toISOString()}` },
        ],
      });
    case 'refuse': {
      if (decision.tripBreaker) {
        const until = new Date(now.getTime() + policy.windowMinutes * 60_000);
        await ctx.deps.control.tripBreaker(incident.target.cluster, until, decision.reason);
      }
      await auditRefusal(ctx, incident, action, decision.reason, approved?.decidedBy);
      const refused = approved
        ? incident.actions.map((a) => (a.id === approved.id ? { ...a, status: 'skipped' as const } : a))
        : incident.actions;
      return escalate(ctx, { ...incident, actions: refused }, decision.reason);
    }
  }
}

/**
 * An action that could not be bound to this incident's own objects (or is not a catalog action):
 * recorded on the incident and in the audit trail, never run; the next fix of the plan follows.
 */
async function refuse(
  ctx: StepContext,
  incident: Incident,
  action: ActionRecord,
  reason: string,
  approved: IncidentAction | undefined,
): Promise<Incident> {
  const at = ctx.now();
  await auditRefusal(ctx, incident, action, reason, approved?.decidedBy);
  ctx.deps.logger.info('action refused', { incident: incident.id, action: action.kind, reason });
  const refused: IncidentAction = approved
    ? { ...approved, status: 'refused', reason: `${approved.reason}: ${reason}`, at }
    : {
        id: ctx.deps.ids('act'),
        action,
        status: 'refused',
        reason: `${describeAction(action)}: ${reason}`,
        at,
      };
  return ctx.save(incident, {
    ...incident,
    actions: approved
      ? incident.actions.map((a) => (a.id === approved.id ? refused : a))
      : [...incident.actions, refused],
    timeline: [...incident.timeline, { at, kind: 'refused', text: refused.reason }],
  });
}

async function auditRefusal(
  ctx: StepContext,
  incident: Incident,
  action: ActionRecord,
  reason: string,
  actor?: string,
): Promise<void> {
  const at = ctx.now();
  await ctx.deps.audit.begin({
    id: ctx.deps.ids('audit'),
    key: `${incident.id}#refused#${incident.version}#${action.kind}`,
    incidentId: incident.id,
    ...auditWorkload(incident.target),
    action,
    actor: actor ?? 'agent',
    reason,
    mode: incident.mode,
    status: 'refused',
    result: reason,
    at,
    finishedAt: at,
  });
}

/** Hands the incident to humans with the reason; grouped and recurring ones add a line to the thread that paged. */
async function escalate(ctx: StepContext, incident: Incident, reason: string): Promise<Incident> {
  const at = ctx.now();
  // A mitigated incident already paged with what a human must still do: it stays mitigated (it
  // closes once the symptom is gone), and what stopped the next step is a line in that thread.
  const mitigated = incident.timeline.some((t) => t.kind === 'mitigated');
  const saved = await ctx.save(incident, {
    ...incident,
    status: mitigated ? 'mitigated' : 'escalated',
    timeline: [...incident.timeline, { at, kind: 'escalated', text: reason }],
  });
  // One page per cause and per recurring problem: later ones are lines in the thread that paged.
  const message = mitigated
    ? stillMitigatedMessage(saved, reason)
    : saved.groupedUnder
      ? groupedMessage(saved, reason)
      : saved.occurrence > 2
        ? stillFailingMessage(saved, reason)
        : escalatedMessage(saved, reason);
  await ctx.notify(saved, message);
  return saved;
}
