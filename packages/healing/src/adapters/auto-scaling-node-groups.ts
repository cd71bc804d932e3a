import {
  type AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  DescribeAutoScalingInstancesCommand,
  TerminateInstanceInAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import { ExternalServiceError, ForbiddenError, type Logger, redactText } from '@sre-agent/core';
import * as z from 'zod';
import {
  awsInstanceId,
  type NodeGroupMembership,
  type NodeGroupState,
  type NodeGroups,
  type NodeIdentity,
  type TerminateOutcome,
  terminationRefusal,
} from '../node-groups.ts';

/** The tags EKS puts on the Auto Scaling group of a managed node group. */
export const EKS_CLUSTER_TAG = 'eks:cluster-name';
export const EKS_NODEGROUP_TAG = 'eks:nodegroup-name';

const InstancesOutputSchema = z.object({
  AutoScalingInstances: z
    .array(z.object({ InstanceId: z.string(), AutoScalingGroupName: z.string() }))
    .default([]),
});

const GroupSchema = z.object({
  AutoScalingGroupName: z.string(),
  MinSize: z.number().int(),
  MaxSize: z.number().int(),
  DesiredCapacity: z.number().int(),
  Instances: z
    .array(
      z.object({
        InstanceId: z.string(),
        LifecycleState: z.string(),
        AvailabilityZone: z.string().optional(),
      }),
    )
    .default([]),
  Tags: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).default([]),
});
const GroupsOutputSchema = z.object({ AutoScalingGroups: z.array(GroupSchema).default([]) });

const TerminateOutputSchema = z.object({
  Activity: z.object({ Description: z.string().optional() }).optional(),
});

type AwsError = Error & { $retryable?: unknown; $metadata?: { httpStatusCode?: number } };

const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded']);

/** Refusals the API answers for a termination that cannot happen now: expected outcomes, not failures. */
const REFUSED_TERMINATION = new Set(['ValidationError', 'ScalingActivityInProgress', 'ResourceInUse']);

/**
 * The node groups of one EKS cluster through EC2 Auto Scaling: `DescribeAutoScalingInstances`
 * (instance → group), `DescribeAutoScalingGroups` (sizes, instances, lifecycle states, tags) and
 * `TerminateInstanceInAutoScalingGroup` with `ShouldDecrementDesiredCapacity=false`. Only groups
 * tagged `eks:cluster-name=<cluster>` and `eks:nodegroup-name` (EKS managed node groups of this
 * cluster) count as managing a node; any other instance is unmanaged.
 *
 * @example
 * const nodeGroups = new AutoScalingNodeGroups({
 *   client: new AutoScalingClient({ region: 'eu-west-1' }),
 *   clusterName: 'prod-eu-1',
 *   logger,
 * });
 */
export class AutoScalingNodeGroups implements NodeGroups {
  readonly #client: AutoScalingClient;
  readonly #clusterName: string;
  readonly #logger: Logger;

  constructor(options: { client: AutoScalingClient; clusterName: string; logger: Logger }) {
    this.#client = options.client;
    this.#clusterName = options.clusterName;
    this.#logger = options.logger;
  }

  async findGroup(node: NodeIdentity): Promise<NodeGroupMembership> {
    const instanceId = awsInstanceId(node.providerId);
    if (!instanceId) return { kind: 'unmanaged', reason: `node ${node.name} has no EC2 provider ID` };
    return this.#membership(instanceId);
  }

  async describeGroup(autoScalingGroupName: string): Promise<NodeGroupState | undefined> {
    const described = await this.#describe(autoScalingGroupName);
    return described?.kind === 'ours' ? described.group : undefined;
  }

  async terminateInstance(
    instanceId: string,
    options: { decrementDesiredCapacity: false; dryRun: boolean },
  ): Promise<TerminateOutcome> {
    const membership = await this.#membership(instanceId);
    if (membership.kind === 'unmanaged') return { kind: 'refused', reason: membership.reason };
    const { autoScalingGroupName } = membership.group;
    const refusal = terminationRefusal(membership.group, instanceId);
    if (refusal) return { kind: 'refused', reason: refusal };
    if (options.dryRun) return { kind: 'terminating', dryRun: true, instanceId, autoScalingGroupName };
    this.#logger.info('terminating instance in its Auto Scaling group', { instanceId, autoScalingGroupName });
    let output: unknown;
    try {
      output = await this.#client.send(
        new TerminateInstanceInAutoScalingGroupCommand({
          InstanceId: instanceId,
          ShouldDecrementDesiredCapacity: options.decrementDesiredCapacity,
        }),
      );
    } catch (error) {
      if (REFUSED_TERMINATION.has((error as Error).name)) {
        return { kind: 'refused', reason: `Auto Scaling refused: ${redactText((error as Error).message)}` };
      }
      throw this.#translate(error, 'TerminateInstanceInAutoScalingGroup');
    }
    const activity = TerminateOutputSchema.parse(output).Activity?.Description;
    this.#logger.info('instance terminating in its Auto Scaling group', { instanceId, activity });
    return { kind: 'terminating', dryRun: false, instanceId, autoScalingGroupName, activity };
  }

  async #membership(instanceId: string): Promise<NodeGroupMembership> {
    const output = await this.#call('DescribeAutoScalingInstances', () =>
      this.#client.send(new DescribeAutoScalingInstancesCommand({ InstanceIds: [instanceId] })),
    );
    const found = InstancesOutputSchema.parse(output).AutoScalingInstances.find(
      (i) => i.InstanceId === instanceId,
    );
    if (!found) return { kind: 'unmanaged', reason: `instance ${instanceId} is in no Auto Scaling group` };
    const described = await this.#describe(found.AutoScalingGroupName);
    if (!described) {
      return {
        kind: 'unmanaged',
        reason: `Auto Scaling group ${found.AutoScalingGroupName} no longer exists`,
      };
    }
    if (described.kind === 'foreign') return { kind: 'unmanaged', reason: described.reason };
    return { kind: 'managed', instanceId, group: described.group };
  }

  async #describe(
    name: string,
  ): Promise<{ kind: 'ours'; group: NodeGroupState } | { kind: 'foreign'; reason: string } | undefined> {
    const output = await this.#call('DescribeAutoScalingGroups', () =>
      this.#client.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] })),
    );
    const group = GroupsOutputSchema.parse(output).AutoScalingGroups.find(
      (g) => g.AutoScalingGroupName === name,
    );
    if (!group) return undefined;
    const tag = (key: string) => group.Tags.find((t) => t.Key === key)?.Value;
    const cluster = tag(EKS_CLUSTER_TAG);
    const nodeGroup = tag(EKS_NODEGROUP_TAG);
    if (cluster !== this.#clusterName || !nodeGroup) {
      return {
        kind: 'foreign',
        reason: `Auto Scaling group ${name} is not an EKS managed node group of cluster ${this.#clusterName} (tags ${EKS_CLUSTER_TAG}=${cluster ?? '(none)'}, ${EKS_NODEGROUP_TAG}=${nodeGroup ?? '(none)'})`,
      };
    }
    return {
      kind: 'ours',
      group: {
        name: nodeGroup,
        autoScalingGroupName: name,
        minSize: group.MinSize,
        desiredCapacity: group.DesiredCapacity,
        maxSize: group.MaxSize,
        instances: group.Instances.map((i) => ({
          instanceId: i.InstanceId,
          lifecycleState: i.LifecycleState,
          availabilityZone: i.AvailabilityZone,
        })),
      },
    };
  }

  async #call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw this.#translate(error, operation);
    }
  }

  #translate(error: unknown, operation: string): Error {
    const err = error as AwsError;
    const status = err.$metadata?.httpStatusCode;
    if (err.name === 'AccessDenied' || err.name === 'AccessDeniedException' || status === 403) {
      return new ForbiddenError(
        `IAM forbids autoscaling:${operation} for the agent's role: grant it in the stack's IAM policy`,
        { cause: error },
      );
    }
    // Auto Scaling throttles with a 400 `Throttling`, which the SDK retries but does not mark `$retryable`.
    const retryable =
      Boolean(err.$retryable) ||
      THROTTLING.has(err.name) ||
      status === undefined ||
      status === 429 ||
      status >= 500;
    return new ExternalServiceError(
      'autoscaling',
      `${operation} failed: ${redactText(err.message ?? String(error))}`,
      retryable,
      { cause: error },
    );
  }
}
