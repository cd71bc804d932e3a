import * as z from 'zod';

const TaintSchema = z.strictObject({
  key: z.string().min(1),
  value: z.string().optional(),
  effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
});

/**
 * An EKS managed node group (and the Auto Scaling group behind it): its instance type, scaling
 * sizes and zones, and the labels and taints every node it launches carries. Nodes labelled
 * `eks.amazonaws.com/nodegroup=<name>` belong to it.
 */
export const NodeGroupSpecSchema = z
  .strictObject({
    name: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]*$/),
    instanceType: z.string().default('m5.xlarge'),
    minSize: z.number().int().nonnegative(),
    desiredSize: z.number().int().nonnegative(),
    maxSize: z.number().int().positive(),
    zones: z
      .array(z.string().regex(/^[a-z]{2}-[a-z]+-\d[a-z]$/))
      .min(1)
      .default(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']),
    labels: z.record(z.string(), z.string()).default({}),
    taints: z.array(TaintSchema).default([]),
  })
  .refine((g) => g.minSize <= g.desiredSize && g.desiredSize <= g.maxSize, {
    message: 'a node group needs minSize <= desiredSize <= maxSize',
  });
export type NodeGroupSpec = z.infer<typeof NodeGroupSpecSchema>;
export type NodeGroupSpecInput = z.input<typeof NodeGroupSpecSchema>;

/** An instance's place in its Auto Scaling group (the AWS lifecycle states the sandbox models). */
export type LifecycleState = 'Pending' | 'InService' | 'Terminating';

/** One instance of a node group, as `DescribeAutoScalingGroups` and `kubectl get nodes` would show it. */
export type NodeGroupInstance = {
  instanceId: string;
  /** The Node object's name (`ip-10-0-1-23.eu-west-1.compute.internal`). */
  nodeName: string;
  availabilityZone: string;
  lifecycleState: LifecycleState;
  /** `aws:///eu-west-1a/i-0123…`, the Node's `spec.providerID`. */
  providerId: string;
};

/** A scaling activity, shaped like the Auto Scaling API's `Activity`. */
export type ScalingActivity = {
  activityId: string;
  autoScalingGroupName: string;
  description: string;
  cause: string;
  startTime: string;
  endTime?: string;
  statusCode: 'InProgress' | 'Successful';
  progress: number;
  details: string;
};

/** What `nodeGroups.describe` reports. */
export type NodeGroupDescription = {
  name: string;
  /** The Auto Scaling group behind the managed node group (`eks-<name>-<uuid>`). */
  autoScalingGroupName: string;
  instanceType: string;
  minSize: number;
  desiredSize: number;
  maxSize: number;
  labels: Record<string, string>;
  taints: { key: string; value?: string; effect: string }[];
  instances: NodeGroupInstance[];
  /** Scaling activities, newest first. */
  activities: ScalingActivity[];
};

/** Why a termination was refused (an expected outcome, not an error). */
export type TerminateRefusal = 'not-found' | 'not-in-node-group' | 'already-terminating' | 'min-size';

export type TerminateInstanceResult =
  | {
      outcome: 'terminating';
      nodeGroup: string;
      instanceId: string;
      nodeName: string;
      activity: ScalingActivity;
    }
  | { outcome: 'refused'; reason: TerminateRefusal; message: string };

/**
 * The node groups of the sandbox's cloud, in domain terms: what a `replace-node` action talks to.
 *
 * @example
 * const result = sandbox.nodeGroups.terminateInstance('ip-10-0-2-208.eu-west-1.compute.internal', {
 *   decrementDesiredCapacity: false, // the group launches a replacement
 * });
 * if (result.outcome === 'refused') console.log(result.message);
 */
export type NodeGroups = {
  list(): NodeGroupDescription[];
  describe(name: string): NodeGroupDescription | undefined;
  /** Terminates the EC2 instance behind a node (by node name or instance id); see `TerminateInstanceResult`. */
  terminateInstance(node: string, options: { decrementDesiredCapacity: boolean }): TerminateInstanceResult;
};
