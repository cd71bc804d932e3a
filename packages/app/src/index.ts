export { awsNodeGroups } from './compose/aws-node-groups.ts';
export { buildAgent } from './compose/build-agent.ts';
export { cloudIncidentMemory } from './compose/cloud-memory.ts';
export { withConfiguredForecasts } from './compose/cluster-forecasts.ts';
export { connectClusters } from './compose/connect-clusters.ts';
export type { Agent } from './compose/create-agent.ts';
export type { Reply } from './context.ts';
export { describeWorkItem, parseWorkItem } from './queue/work-item.ts';
export { processWorkItem } from './use-cases/process-work.ts';
