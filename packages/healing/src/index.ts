export { ORIGINAL_LIMIT_ANNOTATION } from './actions/catalog/raise-memory-limit.ts';
export { formatMemoryQuantity, parseQuantity } from './actions/quantity.ts';
export type { ActionKind, AnyActionSpec, CatalogAction } from './actions/registry.ts';
export {
  ACTION_KINDS,
  ACTIONS,
  ActionKindSchema,
  actionSpec,
  allowedKinds,
  CatalogActionSchema,
  describeAction,
  parseCatalogAction,
  unknownActionNames,
} from './actions/registry.ts';
export type { ActionDeps } from './actions/run-action.ts';
export { bindCatalogAction, runCatalogAction } from './actions/run-action.ts';
export type { ActionOutcome, ActionSpec, PolicyScope, RbacNeed } from './actions/spec.ts';
export type {
  CacheFlushResult,
  RedisCacheConfig,
  RedisCacheFlusherOptions,
} from './adapters/redis-cache-flusher.ts';
export { parseUsedMemory, RedisCacheFlusher } from './adapters/redis-cache-flusher.ts';
export type { CacheFlusher } from './cache-flusher.ts';
export type { Detection } from './detection.ts';
export { DetectionSchema } from './detection.ts';
export type {
  DiagnosisCandidate,
  DiagnosisResult,
  EvidenceSource,
  MatchedEvidence,
} from './diagnosis/candidate.ts';
export type {
  Criteria,
  LogMatcher,
  NodeConditionMatcher,
  Pattern,
  PatternCategory,
  PatternMatch,
  RolloutBlame,
} from './diagnosis/catalog/index.ts';
export { CATALOG, SANDBOX_SCENARIO_PATTERNS } from './diagnosis/catalog/index.ts';
export type { RolloutCorrelation, RolloutCorrelationOptions } from './diagnosis/correlate-rollout.ts';
export { correlateRollout, ROLLOUT_REGRESSION_ID } from './diagnosis/correlate-rollout.ts';
export type { DiagnoseOptions } from './diagnosis/diagnose.ts';
export { diagnose, matchCatalog, renderTemplate, SCORING } from './diagnosis/diagnose.ts';
export type {
  ContainerSummary,
  Evidence,
  EvidenceEvent,
  EvidenceSubject,
  GatherOptions,
  LogTail,
  NodeSummary,
  RedactedEvidence,
  Rollout,
  RolloutChanges,
} from './diagnosis/evidence/index.ts';
export {
  describeRollout,
  EvidenceSchema,
  evidenceDigest,
  gatherEvidence,
  redactEvidence,
} from './diagnosis/evidence/index.ts';
export type { EvidenceSample } from './diagnosis/fixtures.ts';
export { evidenceFixture } from './diagnosis/fixtures.ts';
export type { AlertConversion, AlertmanagerAlert, AlertmanagerWebhook } from './ingest/alertmanager.ts';
export {
  AlertmanagerWebhookSchema,
  alertDedupKey,
  alertsToDetections,
  parseAlertmanagerWebhook,
} from './ingest/alertmanager.ts';
export type { ClusterSnapshot } from './monitor/detect.ts';
export { detectProblems, ownerWorkload } from './monitor/detect.ts';
export { createCatalogDiagnoser } from './pipeline/catalog-diagnoser.ts';
export { auditWorkload, controlStateFrom } from './pipeline/control-state.ts';
export type { ClusterHandles, HealingDeps, IngestResult } from './pipeline/healing-pipeline.ts';
export { HealingPipeline } from './pipeline/healing-pipeline.ts';
export { resolveTarget } from './pipeline/resolve-target.ts';
export type { PolicyDecision, PolicyInput } from './policy/policy-engine.ts';
export { evaluatePolicy, sameAction } from './policy/policy-engine.ts';
export type {
  ControlState,
  Diagnoser,
  IncidentDiagnosis,
  IncidentMemoryPort,
  RecalledFix,
} from './ports.ts';
export type { BedrockReasonerOptions } from './reasoning/bedrock-reasoner.ts';
export {
  BedrockReasoner,
  buildConverseRequest,
  CHOOSE_ACTION_TOOL,
  chooseActionSchema,
  parseConverseOutput,
} from './reasoning/bedrock-reasoner.ts';
export type { ActionChooser, Reasoner, ReasonerDecision, ReasonerInput } from './reasoning/reasoner.ts';
export { withFallback } from './reasoning/reasoner.ts';
export { reasonerChooser } from './reasoning/reasoner-chooser.ts';
export type { RulesReasonerOptions } from './reasoning/rules-reasoner.ts';
export { RulesReasoner } from './reasoning/rules-reasoner.ts';
export type { WorkloadFixture } from './testing/fixtures.ts';
export { deploymentFixture, markHealthy } from './testing/fixtures.ts';
export { InMemoryCluster } from './testing/in-memory-cluster.ts';
export { CATALOG_PATTERNS, HEALING_PATTERNS } from './untrusted-patterns.ts';
export type { HealthReport } from './verify/assess-health.ts';
export { assessHealth } from './verify/assess-health.ts';
