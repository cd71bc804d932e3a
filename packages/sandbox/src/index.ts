export { NODEGROUP_LABEL, READY_MS, REGISTER_MS, SHUTDOWN_MS } from './engine/controllers/node-group.ts';
export { kubeletFact } from './engine/environment.ts';
export type {
  LifecycleState,
  NodeGroupDescription,
  NodeGroupInstance,
  NodeGroupSpec,
  NodeGroupSpecInput,
  NodeGroups,
  ScalingActivity,
  TerminateInstanceResult,
  TerminateRefusal,
} from './engine/node-group-spec.ts';
export { NodeGroupSpecSchema } from './engine/node-group-spec.ts';
export type {
  BehaviourProfile,
  BehaviourProfileInput,
  Condition as FailureCondition,
  Failure,
} from './engine/profiles.ts';
export { BehaviourProfileSchema, ProfileCatalog } from './engine/profiles.ts';
export type { KubeStatus } from './errors.ts';
export { ApiError } from './errors.ts';
export { sandboxKubeconfig } from './kubeconfig.ts';
export { applyMergePatch } from './patch/json-merge-patch.ts';
export { applyJsonPatch } from './patch/json-patch.ts';
export { mergeSchemaFor } from './patch/schema.ts';
export { applyStrategicMergePatch } from './patch/strategic-merge.ts';
export { CACHE_FULL_FACT, startRespServer } from './redis/resp-server.ts';
export type { RunningSandbox, ServedCache, StartSandboxOptions } from './sandbox.ts';
export { startSandbox } from './sandbox.ts';
export { BASE_NODE_GROUPS } from './scenarios/base-cluster.ts';
export { listScenarios, resolveScenario } from './scenarios/catalog.ts';
export type {
  Cache,
  ScenarioDefinition,
  ScenarioDefinitionInput,
  ScenarioSummary,
} from './scenarios/types.ts';
export { CacheSchema, ScenarioDefinitionSchema } from './scenarios/types.ts';
export {
  formatLabelSelector,
  fromLabelSelectorSpec,
  matchesLabels,
  parseLabelSelector,
} from './selectors/label-selector.ts';
export type { FaultMatch } from './server/faults.ts';
export { FaultInjector } from './server/faults.ts';
export type { RecordedRequest } from './server/http-server.ts';
