export type { RunningSandbox } from './sandbox.ts';
export { startSandbox } from './sandbox.ts';
export { listScenarios, resolveScenario } from './scenarios/catalog.ts';
export type { ScenarioDefinition, ScenarioDefinitionInput } from './scenarios/types.ts';
