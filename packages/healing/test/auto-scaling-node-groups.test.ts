import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { ExternalServiceError, ForbiddenError, InMemoryLogger } from '@sre-agent/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AutoScalingNodeGroups } from '../src/adapters/auto-scaling-node-groups.ts';
import { describeNodeGroupsContract } from '../src/testing/index.ts';
import { FakeAutoScaling, type FakeGroup } from './support/fake-auto-scaling.ts';

const ASG = 'eks-batch-c6i-2ac9b8d1-5c3e-4a8f-9b1d-0f6e3a7c2d41';
const DEAD = 'i-0e5f6a7b8c9d00208';
const PEER = 'i-0d4e5f6a7b8c90142';
const NODE = {
  name: 'ip-10-0-2-208.eu-west-1.compute.internal',
  providerId: `aws:///eu-west-1b/${DEAD}`,
  labels: { 'eks.amazonaws.com/nodegroup': 'batch-c6i' },
};

let fake: FakeAutoScaling;
beforeAll(async () => {
  fake = await FakeAutoScaling.start();
});
afterAll(async () => {
  await fake.close();
});

function batchGroup(overrides: Partial<FakeGroup> = {}): FakeGroup {
  return {
    name: ASG,
    minSize: 2,
    desiredCapacity: 2,
    maxSize: 4,
    instances: [
      { instanceId: PEER, availabilityZone: 'eu-west-1a', lifecycleState: 'InService' },
      { instanceId: DEAD, availabilityZone: 'eu-west-1b', lifecycleState: 'InService' },
    ],
    tags: { 'eks:cluster-name': 'prod-eu-1', 'eks:nodegroup-name': 'batch-c6i', Name: 'batch' },
    ...overrides,
  };
}

beforeEach(() => {
  fake.groups.splice(0, fake.groups.length, batchGroup());
  fake.requests.splice(0, fake.requests.length);
});

function adapter(maxAttempts = 1) {
  const client = new AutoScalingClient({
    region: 'eu-west-1',
    endpoint: fake.url,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
    maxAttempts,
  });
  return new AutoScalingNodeGroups({ client, clusterName: 'prod-eu-1', logger: new InMemoryLogger() });
}

describe('AutoScalingNodeGroups through the real Auto Scaling client', () => {
  it('finds the managed node group of a node from its provider ID, with sizes and lifecycle states', async () => {
    const membership = await adapter().findGroup(NODE);

    expect(membership).toEqual({
      kind: 'managed',
      instanceId: DEAD,
      group: {
        name: 'batch-c6i',
        autoScalingGroupName: ASG,
        minSize: 2,
        desiredCapacity: 2,
        maxSize: 4,
        instances: [
          { instanceId: PEER, lifecycleState: 'InService', availabilityZone: 'eu-west-1a' },
          { instanceId: DEAD, lifecycleState: 'InService', availabilityZone: 'eu-west-1b' },
        ],
      },
    });
    const [instances] = fake.requestsFor('DescribeAutoScalingInstances');
    expect(instances?.get('InstanceIds.member.1')).toBe(DEAD);
    expect(fake.requestsFor('DescribeAutoScalingGroups')[0]?.get('AutoScalingGroupNames.member.1')).toBe(ASG);
  });

  it('says unmanaged for an instance in no group, a group of another cluster, or a node with no EC2 ID', async () => {
    const nodeGroups = adapter();
    expect(
      await nodeGroups.findGroup({ ...NODE, providerId: 'aws:///eu-west-1b/i-0ffffffffffffffff' }),
    ).toEqual({
      kind: 'unmanaged',
      reason: 'instance i-0ffffffffffffffff is in no Auto Scaling group',
    });
    expect(
      await nodeGroups.findGroup({ ...NODE, providerId: 'kind://docker/kind/kind-worker' }),
    ).toMatchObject({
      kind: 'unmanaged',
    });
    fake.groups.splice(
      0,
      1,
      batchGroup({ tags: { 'eks:cluster-name': 'staging', 'eks:nodegroup-name': 'batch' } }),
    );
    expect(await nodeGroups.findGroup(NODE)).toMatchObject({
      kind: 'unmanaged',
      reason: expect.stringContaining('is not an EKS managed node group of cluster prod-eu-1'),
    });
  });

  it('dry-runs a termination with describe calls only: nothing is written', async () => {
    const outcome = await adapter().terminateInstance(DEAD, {
      decrementDesiredCapacity: false,
      dryRun: true,
    });

    expect(outcome).toEqual({
      kind: 'terminating',
      dryRun: true,
      instanceId: DEAD,
      autoScalingGroupName: ASG,
    });
    expect(fake.requestsFor('TerminateInstanceInAutoScalingGroup')).toEqual([]);
    expect(fake.groups[0]?.instances[1]?.lifecycleState).toBe('InService');
  });

  it('terminates with ShouldDecrementDesiredCapacity=false, so the group keeps its desired capacity', async () => {
    const outcome = await adapter().terminateInstance(DEAD, {
      decrementDesiredCapacity: false,
      dryRun: false,
    });

    expect(outcome).toEqual({
      kind: 'terminating',
      dryRun: false,
      instanceId: DEAD,
      autoScalingGroupName: ASG,
      activity: `Terminating EC2 instance: ${DEAD}`,
    });
    const [request] = fake.requestsFor('TerminateInstanceInAutoScalingGroup');
    expect(request?.get('InstanceId')).toBe(DEAD);
    expect(request?.get('ShouldDecrementDesiredCapacity')).toBe('false');
    expect(fake.groups[0]?.desiredCapacity).toBe(2);
    expect((await adapter().describeGroup(ASG))?.instances[1]?.lifecycleState).toBe('Terminating');
  });

  it('refuses before writing while another instance of the group is not InService', async () => {
    fake.groups.splice(
      0,
      1,
      batchGroup({
        instances: [
          { instanceId: PEER, availabilityZone: 'eu-west-1a', lifecycleState: 'Pending:Wait' },
          { instanceId: DEAD, availabilityZone: 'eu-west-1b', lifecycleState: 'InService' },
        ],
      }),
    );

    const outcome = await adapter().terminateInstance(DEAD, {
      decrementDesiredCapacity: false,
      dryRun: false,
    });

    expect(outcome).toEqual({
      kind: 'refused',
      reason: `the group is not settled: ${PEER} (Pending:Wait); one node is replaced at a time`,
    });
    expect(fake.requestsFor('TerminateInstanceInAutoScalingGroup')).toEqual([]);
  });

  it('turns a ValidationError from the terminate into a refusal with AWS’s reason', async () => {
    fake.failNext('TerminateInstanceInAutoScalingGroup', {
      status: 400,
      code: 'ValidationError',
      message: `Instance Id not found - No managed instance found for instance ID: ${DEAD}`,
    });

    const outcome = await adapter().terminateInstance(DEAD, {
      decrementDesiredCapacity: false,
      dryRun: false,
    });

    expect(outcome).toEqual({
      kind: 'refused',
      reason: `Auto Scaling refused: Instance Id not found - No managed instance found for instance ID: ${DEAD}`,
    });
  });

  it('lets the SDK retry a throttled describe, then answers', async () => {
    fake.failNext('DescribeAutoScalingInstances', {
      status: 400,
      code: 'Throttling',
      message: 'Rate exceeded',
    });

    const membership = await adapter(3).findGroup(NODE);

    expect(membership.kind).toBe('managed');
    expect(fake.requestsFor('DescribeAutoScalingInstances')).toHaveLength(2);
  });

  it('reports throttling that outlasts the retries as a retryable service error', async () => {
    fake.failNext('DescribeAutoScalingGroups', { status: 400, code: 'Throttling', message: 'Rate exceeded' });

    const error = await adapter(1)
      .describeGroup(ASG)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect(error).toMatchObject({ service: 'autoscaling', retryable: true });
    expect((error as Error).message).toContain('DescribeAutoScalingGroups failed: Rate exceeded');
  });

  it('names the IAM action a 403 is missing', async () => {
    fake.failNext('DescribeAutoScalingInstances', {
      status: 403,
      code: 'AccessDenied',
      message:
        'User: arn:aws:sts::123456789012:assumed-role/worker is not authorized to perform: autoscaling:DescribeAutoScalingInstances',
    });

    const error = await adapter()
      .findGroup(NODE)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toContain('autoscaling:DescribeAutoScalingInstances');
  });
});

describeNodeGroupsContract('AutoScalingNodeGroups on a local Query-protocol server', async () => ({
  nodeGroups: adapter(),
  managed: NODE,
  instanceId: DEAD,
  autoScalingGroupName: ASG,
}));
