import type { Incident } from '@sre-agent/core';
import { ConflictError } from '@sre-agent/core';
import type { Detection } from '../detection.ts';
import { decideProposal } from './approvals.ts';
import { decideNextAction } from './decide.ts';
import { diagnoseIncident } from './diagnose-incident.ts';
import { executeAction } from './execute.ts';
import type { ClusterForecasts, ClusterHandles, HealingDeps, IngestResult } from './healing-deps.ts';
import { ingestDetection } from './ingest.ts';
import { closeIfRecovered } from './recovery.ts';
import { createStepContext, type StepContext } from './step-context.ts';
import { followMitigated, verifyFix } from './verify.ts';

export type { ClusterForecasts, ClusterHandles, HealingDeps, IngestResult };

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
    return decideProposal(this.#ctx, incidentId, actionId, user, true, (id) => this.advance(id));
  }

  /** A human rejected a proposed action: the incident is escalated to humans. */
  async reject(incidentId: string, actionId: string, user: string): Promise<Incident | undefined> {
    return decideProposal(this.#ctx, incidentId, actionId, user, false, (id) => this.advance(id));
  }

  /** One step of the lifecycle, by status: each persists what it did (a new version) or leaves the incident as it is. */
  async #step(incident: Incident): Promise<Incident> {
    switch (incident.status) {
      case 'detected':
        return diagnoseIncident(this.#ctx, incident);
      case 'diagnosed':
        return decideNextAction(this.#ctx, incident);
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
}
