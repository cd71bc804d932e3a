import { afterEach, describe, expect, it } from 'vitest';
import type { NodeGroups, NodeIdentity } from '../node-groups.ts';

/** A fresh world for one contract case: a settled group with the `managed` node in it. */
export type NodeGroupsWorld = {
  nodeGroups: NodeGroups;
  /** A node whose InService instance belongs to a settled group (every instance InService). */
  managed: NodeIdentity;
  /** Its instance id and Auto Scaling group, as the cloud knows them. */
  instanceId: string;
  autoScalingGroupName: string;
  close?: () => Promise<void>;
};

/**
 * The behaviour every `NodeGroups` adapter must have. Run it against the in-memory fake, the
 * sandbox's node groups and the Auto Scaling adapter (on a local Query-protocol server) so they
 * cannot drift apart.
 * @example
 * describeNodeGroupsContract('AutoScalingNodeGroups', async () => ({ nodeGroups, managed, instanceId, autoScalingGroupName }));
 */
export function describeNodeGroupsContract(name: string, makeWorld: () => Promise<NodeGroupsWorld>): void {
  describe(`${name} (NodeGroups contract)`, () => {
    let world: NodeGroupsWorld | undefined;
    const open = async () => {
      world = await makeWorld();
      return world;
    };
    afterEach(async () => {
      await world?.close?.();
      world = undefined;
    });

    it('finds the group of a managed node, its instance InService among the group’s instances', async () => {
      const { nodeGroups, managed, instanceId, autoScalingGroupName } = await open();

      const membership = await nodeGroups.findGroup(managed);

      expect(membership).toMatchObject({ kind: 'managed', instanceId, group: { autoScalingGroupName } });
      if (membership.kind !== 'managed') return;
      const { group } = membership;
      expect(group.instances).toContainEqual(
        expect.objectContaining({ instanceId, lifecycleState: 'InService' }),
      );
      expect(group.minSize).toBeLessThanOrEqual(group.desiredCapacity);
      expect(group.desiredCapacity).toBeLessThanOrEqual(group.maxSize);
      expect(await nodeGroups.describeGroup(autoScalingGroupName)).toEqual(group);
    });

    it('says unmanaged for a node without an EC2 provider ID or whose instance no group has', async () => {
      const { nodeGroups, managed } = await open();

      expect(await nodeGroups.findGroup({ ...managed, providerId: undefined })).toMatchObject({
        kind: 'unmanaged',
      });
      expect(
        await nodeGroups.findGroup({ ...managed, providerId: 'aws:///eu-west-1a/i-0fedcba9876543210' }),
      ).toMatchObject({ kind: 'unmanaged', reason: expect.stringContaining('i-0fedcba9876543210') });
      expect(await nodeGroups.describeGroup('eks-no-such-group-00000000')).toBeUndefined();
    });

    it('dry-runs a termination without writing anything', async () => {
      const { nodeGroups, instanceId, autoScalingGroupName } = await open();

      const outcome = await nodeGroups.terminateInstance(instanceId, {
        decrementDesiredCapacity: false,
        dryRun: true,
      });

      expect(outcome).toMatchObject({ kind: 'terminating', dryRun: true, instanceId, autoScalingGroupName });
      const group = await nodeGroups.describeGroup(autoScalingGroupName);
      expect(group?.instances).toContainEqual(
        expect.objectContaining({ instanceId, lifecycleState: 'InService' }),
      );
    });

    it('terminates keeping the desired capacity; the instance is then Terminating and not terminated twice', async () => {
      const { nodeGroups, instanceId, autoScalingGroupName } = await open();
      const desired = (await nodeGroups.describeGroup(autoScalingGroupName))?.desiredCapacity;

      const outcome = await nodeGroups.terminateInstance(instanceId, {
        decrementDesiredCapacity: false,
        dryRun: false,
      });

      expect(outcome).toMatchObject({ kind: 'terminating', dryRun: false, instanceId, autoScalingGroupName });
      const group = await nodeGroups.describeGroup(autoScalingGroupName);
      expect(group?.desiredCapacity).toBe(desired);
      expect(group?.instances.find((i) => i.instanceId === instanceId)?.lifecycleState).toMatch(
        /^Terminating/,
      );
      expect(
        await nodeGroups.terminateInstance(instanceId, { decrementDesiredCapacity: false, dryRun: false }),
      ).toMatchObject({ kind: 'refused', reason: expect.stringContaining('already Terminating') });
    });
  });
}
