import type { ActionKind, CatalogAction } from '../actions/registry.ts';
import type { PatternCategory, RolloutBlame } from './catalog/types.ts';

/** Where a piece of matching evidence was found. */
export type EvidenceSource =
  | 'previous-log'
  | 'current-log'
  | 'event'
  | 'status'
  | 'node'
  | 'exit-code'
  | 'reason'
  | 'rollout';

export type MatchedEvidence = { source: EvidenceSource; text: string };

/** One pattern that matched the evidence, with its rendered (redacted) diagnosis and actions. */
export type DiagnosisCandidate = {
  patternId: string;
  title: string;
  category: PatternCategory;
  /** Human diagnosis, rendered from the pattern's template and redacted. */
  summary: string;
  /** Score in [0, 0.99]; see `scoreCandidate` in diagnose.ts. */
  confidence: number;
  /** Catalog actions in preference order, parameters filled in and schema-checked. */
  actions: CatalogAction[];
  fixable: boolean;
  remediationHint: string;
  /** Matched on a bare reason or exit code only. */
  generic: boolean;
  /** How a recent rollout is weighed for this candidate (see correlate-rollout.ts). */
  rollout: RolloutBlame;
  /** The lines and facts that matched (redacted, at most a few, each bounded). */
  evidence: MatchedEvidence[];
  /**
   * The outside endpoint the failure points at (a database host, a broker, an upstream), when the
   * pattern captured one: workloads failing on the same one share a cause.
   */
  dependency?: string;
};

export type DiagnosisResult =
  | { kind: 'matched'; best: DiagnosisCandidate; candidates: DiagnosisCandidate[] }
  | { kind: 'unmatched'; reason: string };

const MAX_ESCALATION_REASON = 500;

/**
 * The candidate with the fixes that would do the wrong thing withdrawn (`withdrawn`) and an
 * escalation first that says why: `note` ends its summary, `reason` (bounded) is the escalation's.
 * What the diagnosis found stays; only what the agent would do about it changes.
 */
export function escalatedInstead(
  candidate: DiagnosisCandidate,
  withdrawn: readonly ActionKind[],
  why: { note: string; reason: string; remediationHint?: string },
): DiagnosisCandidate {
  const kept = candidate.actions.filter((a) => a.kind !== 'escalate' && !withdrawn.includes(a.kind));
  const actions: CatalogAction[] = [
    { kind: 'escalate', reason: why.reason.slice(0, MAX_ESCALATION_REASON) },
    ...kept,
  ];
  return {
    ...candidate,
    summary: `${candidate.summary} ${why.note.charAt(0).toUpperCase()}${why.note.slice(1)}`,
    actions,
    fixable: kept.length > 0,
    ...(why.remediationHint ? { remediationHint: why.remediationHint } : {}),
  };
}

/** A candidate whose evidence shows the kernel killed the container for memory (`OOMKilled`), not its runtime. */
export function killedByTheKernel(candidate: DiagnosisCandidate): boolean {
  return candidate.evidence.some((e) => e.text.includes('OOMKilled'));
}
