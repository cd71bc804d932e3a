export { NodeGroupSpecSchema } from './engine/node-group-spec.ts';
export type { RunningSandbox } from './sandbox.ts';
export { startSandbox } from './sandbox.ts';
export { BASE_NODE_GROUPS } from './scenarios/base-cluster.ts';
export { listScenarios, resolveScenario } from './scenarios/catalog.ts';
export type { ScenarioDefinition, ScenarioDefinitionInput } from './scenarios/types.ts';
