import type { ActionRecord, Incident, IncidentAction } from '@sre-agent/core';
import { ConflictError } from '@sre-agent/core';
import { actionSpec, describeAction, parseCatalogAction } from '../actions/registry.ts';
import { bindCatalogAction } from '../actions/run-action.ts';
import { modeForScope } from '../actions/spec.ts';
import type { Detection } from '../detection.ts';
import {
  diagnosedMessage,
  escalatedMessage,
  groupedMessage,
  observedMessage,
  proposedMessage,
  stillFailingMessage,
} from '../notify/compose.ts';
import { evaluatePolicy } from '../policy/policy-engine.ts';
import { auditWorkload } from './control-state.ts';
import { executeAction } from './execute.ts';
import { groupFor } from './grouping.ts';
import type { ClusterHandles, HealingDeps, IngestResult } from './healing-deps.ts';
import { ingestDetection } from './ingest.ts';
import { recallFixes } from './memory-feedback.ts';
import { closeIfRecovered } from './recovery.ts';
import { recurringReason } from './recurrence.ts';
import { createStepContext, type StepContext } from './step-context.ts';
import { followMitigated, verifyFix } from './verify.ts';

export type { ClusterHandles, HealingDeps, IngestResult };

const MAX_STEPS = 8;

/**
 * The self-healing loop for one incident at a time: detect → diagnose → decide (policy) → act
 * (dry-run, then apply, audited) → verify → notify. Every step persists before it moves on, and
 * every step can be re-run after a crash without repeating an action.
 */
export class HealingPipeline {
  readonly #deps: HealingDeps;
  readonly #ctx: StepContext;

  constructor(deps: HealingDeps) {
    this.#deps = deps;
    this.#ctx = createStepContext(deps);
  }

  /**
   * The same pipeline for one bounded invocation: an action that could not finish in the time left
   * is not started (the next invocation picks the incident up), so a timeout never cuts a write in half.
   */
  withTimeBudget(remainingMs: () => number): HealingPipeline {
    return new HealingPipeline({ ...this.#deps, remainingMs });
  }

  /** Opens or updates the incident for a detection (or closes it on a resolved alert), then advances it. */
  async ingest(detection: Detection): Promise<IngestResult> {
    return ingestDetection(this.#ctx, detection, (id) => this.advance(id));
  }

  /** Moves an incident forward as far as it can go now; returns it as stored. */
  async advance(id: string): Promise<Incident | undefined> {
    let incident = await this.#deps.incidents.get(id);
    for (let step = 0; incident && step < MAX_STEPS; step += 1) {
      const before = incident.version;
      try {
        incident = await this.#step(incident);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        incident = await this.#deps.incidents.get(id);
        continue;
      }
      if (!incident || incident.version === before) break;
    }
    return incident;
  }

  /** Advances every open incident: verification windows, cooldowns, recoveries. The monitor calls it each minute. */
  async advanceAll(): Promise<Incident[]> {
    const open = await this.#deps.incidents.listOpen();
    const results: Incident[] = [];
    for (const incident of open) {
      try {
        const advanced = await this.advance(incident.id);
        if (advanced) results.push(advanced);
      } catch (error) {
        this.#deps.logger.error('advancing incident failed', { incident: incident.id, error });
      }
    }
    return results;
  }

  /** A human approved a proposed action (suggest mode). */
  async approve(incidentId: string, actionId: string, user: string): Promise<Incident | undefined> {
    return this.#decideProposal(incidentId, actionId, user, true);
  }

  /** A human rejected a proposed action: the incident is escalated to humans. */
  async reject(incidentId: string, actionId: string, user: string): Promise<Incident | undefined> {
    return this.#decideProposal(incidentId, actionId, user, false);
  }

  async #decideProposal(incidentId: string, actionId: string, user: string, approved: boolean) {
    const now = this.#deps.clock.now();
    const at = now.toISOString();
    let expired = false;
    const updated = await this.#ctx.mutate(incidentId, (i) => {
      const proposal = i.actions.find((a) => a.id === actionId && a.status === 'proposed');
      if (i.status !== 'awaiting-approval' || !proposal) return undefined;
      expired = proposal.expiresAt !== undefined && new Date(proposal.expiresAt) <= now;
      // An expired proposal is proposed afresh (bound to the cluster as it is now), never applied.
      const status = expired ? 'expired' : approved ? 'approved' : 'rejected';
      return {
        ...i,
        status: expired || approved ? 'diagnosed' : 'escalated',
        actions: i.actions.map((a) => (a.id === actionId ? { ...a, status, decidedBy: user, at } : a)),
        timeline: [
          ...i.timeline,
          {
            at,
            kind: expired ? 'expired' : approved ? 'approved' : 'rejected',
            text: expired ? `${actionId}: ${user} answered after it expired` : `${actionId} by ${user}`,
          },
        ],
      } satisfies Incident;
    });
    if (!updated) return this.#deps.incidents.get(incidentId);
    if (!approved && !expired) {
      await this.#ctx.notify(updated, escalatedMessage(updated, `${user} rejected the proposed fix`));
      return updated;
    }
    return this.advance(incidentId);
  }

  async #step(incident: Incident): Promise<Incident> {
    switch (incident.status) {
      case 'detected':
        return this.#diagnose(incident);
      case 'diagnosed':
        return this.#decide(incident);
      case 'remediating':
        return executeAction(this.#ctx, incident);
      case 'verifying':
        return verifyFix(this.#ctx, incident);
      case 'escalated':
      case 'observed':
        return incident.closedAt ? incident : closeIfRecovered(this.#ctx, incident);
      case 'mitigated':
        return incident.closedAt ? incident : followMitigated(this.#ctx, incident);
      case 'awaiting-approval':
      case 'resolved':
        return incident;
    }
  }

  async #diagnose(incident: Incident): Promise<Incident> {
    const { reader } = this.#ctx.handles(incident);
    const result = await this.#deps.diagnoser.diagnose(reader, incident, (log) =>
      recallFixes(this.#deps, incident, log),
    );
    const memoryMatch = result.recalled[0];
    const now = this.#ctx.now();
    const next = await this.#ctx.save(incident, {
      ...incident,
      status: 'diagnosed',
      diagnosis: result.diagnosis,
      plan: result.actions,
      evidence: result.evidence.slice(0, 20_000),
      ...(result.pod && !incident.pod ? { pod: result.pod } : {}),
      ...(result.container && !incident.container ? { container: result.container } : {}),
      ...(result.managedBy ? { managedBy: result.managedBy } : {}),
      ...(result.cause
        ? { cause: result.cause, ...(await groupFor(this.#deps.incidents, incident, result.cause)) }
        : {}),
      ...(memoryMatch
        ? {
            recalled: {
              id: memoryMatch.id,
              score: memoryMatch.score,
              summary: memoryMatch.description,
              ...(memoryMatch.action ? { action: memoryMatch.action } : {}),
            },
          }
        : {}),
      notes: result.logExcerpt
        ? [...incident.notes, `log: ${result.logExcerpt.slice(0, 4000)}`]
        : incident.notes,
      timeline: [...incident.timeline, { at: now, kind: 'diagnosed', text: result.diagnosis.summary }],
    });
    await this.#ctx.notify(next, diagnosedMessage(next, memoryMatch));
    return next;
  }

  async #decide(incident: Incident): Promise<Incident> {
    // A human-approved proposal still goes through every guardrail but the mode, bound anew.
    const approved = incident.actions.find((a) => a.status === 'approved');
    const tried = incident.actions.filter((a) => TRIED.has(a.status));
    const record =
      approved?.action ?? incident.plan.find((a) => !tried.some((t) => t.action.kind === a.kind));
    if (!record || record.kind === 'escalate') {
      const refusals = tried.filter((a) => a.status === 'refused' || a.status === 'no-op');
      const reason =
        record?.kind === 'escalate' && typeof record.reason === 'string'
          ? record.reason
          : incident.occurrence > 1 && !record
            ? recurringReason(incident, this.#deps.config.policy.recurrenceWindowHours)
            : tried.length === 0
              ? 'no safe catalog action fixes this'
              : refusals.length === tried.length
                ? `no safe fix applies: ${refusals.map((a) => a.reason).join('; ')}`
                : 'every safe fix I know has been tried without success';
      return this.#escalate(incident, reason);
    }
    const parsed = parseCatalogAction(record);
    if (parsed.kind === 'invalid') return this.#refuse(incident, record, parsed.reason, approved);
    const action = parsed.action;
    if (incident.managedBy && actionSpec(action.kind).changesDeclaredSpec) {
      return this.#refuse(
        incident,
        action,
        `${incident.target.name} is managed by ${incident.managedBy}, which would revert a direct change; the change belongs in Git (a pull request), not in the cluster`,
        approved,
      );
    }
    const handles = this.#ctx.handles(incident);
    const bound = await bindCatalogAction(action, incident, {
      reader: handles.reader,
      caches: this.#deps.caches,
      config: this.#deps.config,
    });
    if (bound.kind === 'refused') return this.#refuse(incident, action, bound.reason, approved);
    if (approved?.binding && JSON.stringify(approved.binding) !== JSON.stringify(bound.binding)) {
      return this.#refuse(
        incident,
        action,
        `the cluster changed since the proposal (${approved.reason}; now: ${bound.summary})`,
        approved,
      );
    }
    const { config } = this.#deps;
    const { policy } = config;
    const now = this.#deps.clock.now();
    const windowStart = new Date(now.getTime() - policy.windowMinutes * 60_000);
    const decision = evaluatePolicy({
      action,
      target: incident.target,
      scope: bound.scope,
      mode: modeForScope(config, incident.target.cluster, bound.scope),
      policy,
      now,
      paused: await this.#deps.control.isPaused(),
      breakerTrippedUntil: await this.#deps.control.breakerTrippedUntil(incident.target.cluster),
      actionsInWindow: await this.#deps.control.countActionsSince(incident.target.cluster, windowStart),
      lastActionAt: await this.#deps.control.lastActionAt(incident.target),
      failedActions: tried.map((f) => f.action),
      attempts: incident.actions.filter((a) => ATTEMPTED.has(a.status)).length,
      approvedBy: approved?.decidedBy,
    });
    const at = now.toISOString();
    const entry = (status: IncidentAction['status']): IncidentAction => ({
      id: this.#deps.ids('act'),
      action,
      binding: bound.binding,
      status,
      reason: bound.summary,
      at,
    });
    switch (decision.kind) {
      case 'execute':
        return this.#ctx.save(incident, {
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
        const saved = await this.#ctx.save(incident, {
          ...incident,
          status: 'awaiting-approval',
          actions: [...incident.actions, proposal],
          timeline: [...incident.timeline, { at, kind: 'proposed', text: bound.summary }],
        });
        await this.#ctx.notify(saved, proposedMessage(saved, bound.summary, proposal.id));
        return saved;
      }
      case 'observe': {
        const saved = await this.#ctx.save(incident, {
          ...incident,
          status: 'observed',
          actions: [...incident.actions, entry('skipped')],
          timeline: [...incident.timeline, { at, kind: 'observed', text: decision.reason }],
        });
        await this.#ctx.notify(saved, observedMessage(saved, bound.summary, decision.reason));
        return saved;
      }
      case 'defer':
        if (incident.timeline.at(-1)?.kind === 'deferred') return incident;
        return this.#ctx.save(incident, {
          ...incident,
          timeline: [
            ...incident.timeline,
            { at, kind: 'deferred', text: `${decision.reason} until ${decision.until.toISOString()}` },
          ],
        });
      case 'refuse': {
        if (decision.tripBreaker) {
          const until = new Date(now.getTime() + policy.windowMinutes * 60_000);
          await this.#deps.control.tripBreaker(incident.target.cluster, until, decision.reason);
        }
        await this.#auditRefusal(incident, action, decision.reason, approved?.decidedBy);
        const refused = approved
          ? incident.actions.map((a) => (a.id === approved.id ? { ...a, status: 'skipped' as const } : a))
          : incident.actions;
        return this.#escalate({ ...incident, actions: refused }, decision.reason);
      }
    }
  }

  /**
   * An action that could not be bound to this incident's own objects (or is not a catalog action):
   * recorded on the incident and in the audit trail, never run; the next fix of the plan follows.
   */
  async #refuse(
    incident: Incident,
    action: ActionRecord,
    reason: string,
    approved: IncidentAction | undefined,
  ): Promise<Incident> {
    const at = this.#ctx.now();
    await this.#auditRefusal(incident, action, reason, approved?.decidedBy);
    this.#deps.logger.info('action refused', { incident: incident.id, action: action.kind, reason });
    const refused: IncidentAction = approved
      ? { ...approved, status: 'refused', reason: `${approved.reason}: ${reason}`, at }
      : {
          id: this.#deps.ids('act'),
          action,
          status: 'refused',
          reason: `${describeAction(action)}: ${reason}`,
          at,
        };
    return this.#ctx.save(incident, {
      ...incident,
      actions: approved
        ? incident.actions.map((a) => (a.id === approved.id ? refused : a))
        : [...incident.actions, refused],
      timeline: [...incident.timeline, { at, kind: 'refused', text: refused.reason }],
    });
  }

  async #auditRefusal(
    incident: Incident,
    action: ActionRecord,
    reason: string,
    actor?: string,
  ): Promise<void> {
    const at = this.#ctx.now();
    await this.#deps.audit.begin({
      id: this.#deps.ids('audit'),
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

  async #escalate(incident: Incident, reason: string): Promise<Incident> {
    const at = this.#ctx.now();
    const saved = await this.#ctx.save(incident, {
      ...incident,
      status: 'escalated',
      timeline: [...incident.timeline, { at, kind: 'escalated', text: reason }],
    });
    // One page per cause and per recurring problem: later ones are lines in the thread that paged.
    const message = saved.groupedUnder
      ? groupedMessage(saved, reason)
      : saved.occurrence > 2
        ? stillFailingMessage(saved, reason)
        : escalatedMessage(saved, reason);
    await this.#ctx.notify(saved, message);
    return saved;
  }
}

/** Statuses of an action that was tried for an incident: it is not chosen again for the same incident. */
const TRIED: ReadonlySet<IncidentAction['status']> = new Set([
  'failed',
  'dry-run-failed',
  'refused',
  'no-op',
]);

/** Statuses that count as a fix attempt against `policy.maxAttemptsPerIncident`. */
const ATTEMPTED: ReadonlySet<IncidentAction['status']> = new Set(['applied', 'succeeded', 'failed']);
