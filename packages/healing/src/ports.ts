import type { ActionRecord, Diagnosis, Incident, WorkloadRef } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import type { CatalogAction } from './actions/registry.ts';
import type { RedactedEvidence } from './diagnosis/evidence/schema.ts';

/** Kill switch and circuit breaker state. */
export interface ControlState {
  isPaused(): Promise<boolean>;
  breakerTrippedUntil(cluster: string): Promise<Date | undefined>;
  tripBreaker(cluster: string, until: Date, reason: string): Promise<void>;
  /** Autonomous actions applied in a cluster since a time (for the cap). */
  countActionsSince(cluster: string, since: Date): Promise<number>;
  /** When the agent last changed a workload (for cooldowns). */
  lastActionAt(target: WorkloadRef): Promise<Date | undefined>;
}

/** A past incident recalled from memory. */
export type RecalledFix = {
  id: string;
  score: number;
  /** When the past incident happened. */
  at: string;
  diagnosis: string;
  /**
   * What was done: a catalog action when it was one (as stored: recalled text is untrusted, so it
   * is parsed by the registry and bound to the new incident's own target before it can run).
   */
  action?: ActionRecord | undefined;
  description: string;
  succeeded: number;
  failed: number;
};

/** Incident memory as the pipeline uses it. */
export interface IncidentMemoryPort {
  recall(query: {
    cluster: string;
    namespace: string;
    workload: string;
    signal: string;
    log: string;
  }): Promise<RecalledFix[]>;
  remember(record: {
    cluster: string;
    namespace: string;
    workload: string;
    signal: string;
    log: string;
    diagnosis: string;
    action?: ActionRecord | undefined;
    description: string;
    outcome: 'succeeded' | 'failed';
    at: string;
  }): Promise<{ id: string }>;
  recordOutcome(id: string, outcome: 'succeeded' | 'failed'): Promise<unknown>;
}

/** What diagnosis hands the pipeline: a diagnosis, the fixes to try in order, and the redacted evidence. */
export type IncidentDiagnosis = {
  diagnosis: Diagnosis;
  /** Catalog actions in preference order; empty or `escalate` when no safe fix exists. */
  actions: CatalogAction[];
  /** Redacted evidence digest (bounded), kept on the incident and fed to memory. */
  evidence: string;
  /** The redacted evidence itself, for reports that show it by source (on-demand diagnosis). */
  gathered?: RedactedEvidence | undefined;
  /** The redacted log excerpt that identifies the problem, for memory. */
  logExcerpt: string;
  /** Container the problem was seen in. */
  container?: string | undefined;
  pod?: string | undefined;
  /** GitOps controller that owns the workload, if any: a direct fix would be reverted. */
  managedBy?: 'Argo CD' | 'Flux' | 'an operator' | undefined;
  /** Past incidents recalled for this one, best first. */
  recalled: RecalledFix[];
  /**
   * What the failure shares with others when it is outside the workload (`dependency:<host>`):
   * incidents with the same cause are grouped under one.
   */
  cause?: string | undefined;
};

/** Gathers evidence and diagnoses an incident (pattern catalog, memory, optional LLM). */
export interface Diagnoser {
  diagnose(
    reader: ClusterReader,
    incident: Incident,
    /** Recalls past incidents for the (redacted) log the diagnoser read. */
    recall: (log: string) => Promise<RecalledFix[]>,
  ): Promise<IncidentDiagnosis>;
}

/** One field of a workload's pod template a live fix changed, in domain terms. */
export type LiveFixChange =
  | { field: 'memory-limit'; container: string; value: string }
  | { field: 'image'; container: string; value: string };

/** A fix the agent applied to a workload's declared spec, which Git should hold too. */
export type LiveFix = {
  incidentId: string;
  target: WorkloadRef;
  /** The catalog action, e.g. `raise-memory-limit` or `rollback`. */
  action: string;
  /** What was done, as the notification says it. */
  summary: string;
  changes: LiveFixChange[];
};

/** What became of a live fix in Git. */
export type PersistedFix =
  | { kind: 'proposed'; status: 'opened' | 'updated' | 'unchanged'; branch: string; url?: string }
  | { kind: 'skipped'; reason: string; branch?: string; url?: string }
  | { kind: 'not-in-git'; reason: string };

/**
 * Puts a live fix into Git (a pull request on the workload's manifests), so that the next sync
 * of a Git-managed workload does not revert it. Optional: without one, live fixes stay live only.
 */
export interface FixPersister {
  persist(fix: LiveFix): Promise<PersistedFix>;
}
