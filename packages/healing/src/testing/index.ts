export type { ConverseCall } from './fake-bedrock-converse.ts';
export { startFakeBedrockConverse } from './fake-bedrock-converse.ts';
export type { WorkloadFixture } from './fixtures.ts';
export { deploymentFixture } from './fixtures.ts';
export { InMemoryCluster } from './in-memory-cluster.ts';
export { InMemoryNodeGroups } from './in-memory-node-groups.ts';
export { describeNodeGroupsContract } from './node-groups-contract.ts';
