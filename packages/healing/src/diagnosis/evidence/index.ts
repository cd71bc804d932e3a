export {
  boundLog,
  capLine,
  LEADING_REPLACEMENT_CHARS,
  MAX_EVIDENCE_LINE_CHARS,
  TRAILING_REPLACEMENT_CHARS,
} from './bound-text.ts';
export { evidenceDigest } from './describe.ts';
export type { EvidenceSubject, GatherOptions } from './gather.ts';
export { ALERT_FIRING, DEFAULT_GATHER_OPTIONS, gatherEvidence, PREVIOUS_LOG_GAP } from './gather.ts';
export { redactEvidence } from './redact.ts';
export { describeChanges, describeRollout, summariseRollouts } from './rollouts.ts';
export type {
  ConditionSummary,
  ContainerSummary,
  Evidence,
  EvidenceEvent,
  LogTail,
  NodeSummary,
  RedactedEvidence,
  RevisionSummary,
  Rollout,
  RolloutChanges,
  SpecMemoryBudget,
} from './schema.ts';
export {
  ConditionSummarySchema,
  ContainerSummarySchema,
  EvidenceEventSchema,
  EvidenceSchema,
  LogTailSchema,
  NodeSummarySchema,
  RevisionSummarySchema,
  RolloutChangesSchema,
  RolloutSchema,
} from './schema.ts';
