import { describeNodeGroupsContract, InMemoryNodeGroups } from './index.ts';

const INSTANCE = 'i-0e5f6a7b8c9d00208';
const ASG = 'eks-batch-c6i-2ac9b8d1';

describeNodeGroupsContract('InMemoryNodeGroups', async () => ({
  nodeGroups: new InMemoryNodeGroups([
    {
      name: 'batch-c6i',
      autoScalingGroupName: ASG,
      minSize: 2,
      desiredCapacity: 2,
      maxSize: 4,
      instances: [
        { instanceId: 'i-0d4e5f6a7b8c90142', lifecycleState: 'InService' },
        { instanceId: INSTANCE, lifecycleState: 'InService' },
      ],
    },
  ]),
  managed: {
    name: 'ip-10-0-2-208.eu-west-1.compute.internal',
    providerId: `aws:///eu-west-1b/${INSTANCE}`,
    labels: { 'eks.amazonaws.com/nodegroup': 'batch-c6i' },
  },
  instanceId: INSTANCE,
  autoScalingGroupName: ASG,
}));
