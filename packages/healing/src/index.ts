export { ORIGINAL_LIMIT_ANNOTATION } from './actions/catalog/raise-memory-limit.ts';
export type { ReplaceNodeBinding } from './actions/catalog/replace-node.ts';
export type { ActionKind } from './actions/registry.ts';
export {
  ACTION_KINDS,
  actionSpec,
  allowedKinds,
  incidentFixKinds,
  unknownActionNames,
} from './actions/registry.ts';
export type { RbacNeed } from './actions/spec.ts';
export { AutoScalingNodeGroups } from './adapters/auto-scaling-node-groups.ts';
export { RedisCacheFlusher } from './adapters/redis-cache-flusher.ts';
export type { CacheFlusher } from './cache-flusher.ts';
export { DetectionSchema } from './detection.ts';
export { diagnose } from './diagnosis/diagnose.ts';
export { gatherEvidence, redactEvidence } from './diagnosis/evidence/index.ts';
export type {
  NodeGroupMembership,
  NodeGroupState,
  NodeGroups,
  NodeIdentity,
  TerminateOutcome,
} from './node-groups.ts';
export { awsInstanceId, terminationRefusal } from './node-groups.ts';
export type { OnDemandDiagnosis, OnDemandTarget } from './on-demand/diagnose-on-demand.ts';
export { diagnoseOnDemand } from './on-demand/diagnose-on-demand.ts';
export type { DiagnoseReport } from './on-demand/report.ts';
export { DiagnoseReportSchema } from './on-demand/report.ts';
export { createCatalogDiagnoser } from './pipeline/catalog-diagnoser.ts';
export { controlStateFrom } from './pipeline/control-state.ts';
export type { ClusterHandles } from './pipeline/healing-pipeline.ts';
export { HealingPipeline } from './pipeline/healing-pipeline.ts';
export type {
  Diagnoser,
  FixPersister,
  IncidentMemoryPort,
  LiveFix,
  PersistedFix,
  RecalledFix,
} from './ports.ts';
export { BedrockReasoner } from './reasoning/bedrock-reasoner.ts';
export type { ActionChooser } from './reasoning/reasoner.ts';
export { withFallback } from './reasoning/reasoner.ts';
export { reasonerChooser } from './reasoning/reasoner-chooser.ts';
export { RulesReasoner } from './reasoning/rules-reasoner.ts';
export type { NodeReplacementStatus } from './verify/node-replaced.ts';
export { checkNodeReplacement, nodeReplacementStatus } from './verify/node-replaced.ts';
