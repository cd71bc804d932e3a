import type { Node } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import { formatMicroTime, formatTime } from '../../store/cluster-state.ts';
import { type Environment, kubeletFact } from '../environment.ts';
import type { EventRecorder } from '../events.ts';
import type {
  LifecycleState,
  NodeGroupDescription,
  NodeGroupSpec,
  NodeGroups,
  ScalingActivity,
  TerminateInstanceResult,
} from '../node-group-spec.ts';
import { workerNode } from '../worker-node.ts';

/** The label EKS puts on every node of a managed node group. */
export const NODEGROUP_LABEL = 'eks.amazonaws.com/nodegroup';
/** From TerminateInstance to the instance being gone (EC2 shutting-down → terminated), no drain. */
export const SHUTDOWN_MS = 60_000;
/** From launch to the kubelet registering the Node (boot, nodeadm, kubelet start): NotReady at first. */
export const REGISTER_MS = 100_000;
/** From launch to the node being Ready (the VPC CNI's aws-node pod has initialised the network). */
export const READY_MS = 160_000;

type Instance = {
  instanceId: string;
  nodeName: string;
  zone: string;
  ip: string;
  state: LifecycleState;
  /** Pending: when the Node registers and turns Ready; Terminating: when the instance is gone. */
  registerAt?: number;
  readyAt?: number;
  goneAt?: number;
  registered: boolean;
  activity?: ScalingActivity;
};

type Group = {
  spec: NodeGroupSpec;
  asgName: string;
  desired: number;
  instances: Instance[];
  activities: ScalingActivity[];
};

const MAX_ACTIVITIES = 20;

function providerParts(node: Node): { zone: string; instanceId: string } | undefined {
  const match = /^aws:\/\/\/([a-z0-9-]+)\/(i-[0-9a-z]+)$/.exec(node.spec.providerID ?? '');
  return match ? { zone: match[1] as string, instanceId: match[2] as string } : undefined;
}

/**
 * The cloud side of EKS managed node groups: each group is an Auto Scaling group that keeps
 * `desiredSize` instances running. Terminating an instance shuts it down without draining (its
 * Node object disappears after `SHUTDOWN_MS`, and the pod garbage collector deletes the pods
 * bound to it); unless the desired capacity was decremented, the group launches a replacement,
 * whose Node registers NotReady after `REGISTER_MS` and turns Ready after `READY_MS`. A NotReady
 * node is never replaced by the group on its own: EC2 status checks still pass when only the
 * kubelet is dead, which is why an SRE has to do it.
 */
export class NodeGroupController implements NodeGroups {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;
  readonly #environment: Environment;
  readonly #groups: Group[];
  readonly #settle: () => void;
  #active = false;

  constructor(deps: {
    state: ClusterState;
    events: EventRecorder;
    environment: Environment;
    specs: readonly NodeGroupSpec[];
    /** Reconciles the cluster after a termination (a write, like every API write). */
    settle: () => void;
  }) {
    this.#state = deps.state;
    this.#events = deps.events;
    this.#environment = deps.environment;
    this.#settle = deps.settle;
    this.#groups = deps.specs.map((spec) => ({
      spec,
      asgName: `eks-${spec.name}-${deps.state.random.uuid()}`,
      desired: spec.desiredSize,
      instances: [],
      activities: [],
    }));
  }

  list(): NodeGroupDescription[] {
    return this.#groups.map((g) => this.#describe(g));
  }

  describe(name: string): NodeGroupDescription | undefined {
    const group = this.#groups.find((g) => g.spec.name === name);
    return group ? this.#describe(group) : undefined;
  }

  terminateInstance(node: string, options: { decrementDesiredCapacity: boolean }): TerminateInstanceResult {
    this.#adopt();
    const found = this.#find(node);
    if (!found) {
      const object = this.#state.get<Node>('Node', undefined, node);
      if (!object) {
        return {
          outcome: 'refused',
          reason: 'not-found',
          message: `No node or instance "${node}" exists in the sandbox.`,
        };
      }
      const label = object.metadata.labels?.[NODEGROUP_LABEL];
      return {
        outcome: 'refused',
        reason: 'not-in-node-group',
        message: label
          ? `Node ${node} carries ${NODEGROUP_LABEL}=${label}, but no such node group exists: it is not managed by a node group, so terminating it would not replace it.`
          : `Node ${node} is not managed by a node group (no ${NODEGROUP_LABEL} label; a self-managed node): terminating it would not replace it.`,
      };
    }
    const { group, instance } = found;
    if (instance.state === 'Terminating') {
      return {
        outcome: 'refused',
        reason: 'already-terminating',
        message: `Instance ${instance.instanceId} (${instance.nodeName}) is already terminating.`,
      };
    }
    if (options.decrementDesiredCapacity && group.desired - 1 < group.spec.minSize) {
      return {
        outcome: 'refused',
        reason: 'min-size',
        message: `Currently, desiredSize equals minSize (${group.spec.minSize}). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.`,
      };
    }
    const now = this.#state.now();
    const before = group.desired;
    if (options.decrementDesiredCapacity) group.desired--;
    instance.state = 'Terminating';
    instance.goneAt = now + SHUTDOWN_MS;
    const activity = this.#activity(group, instance, {
      description: `Terminating EC2 instance: ${instance.instanceId}`,
      cause: `At ${formatTime(now)} instance ${instance.instanceId} was taken out of service in response to a user request${
        options.decrementDesiredCapacity ? `, shrinking the capacity from ${before} to ${group.desired}` : ''
      }.`,
    });
    instance.activity = activity;
    // The instance shuts down at once: its kubelet stops posting status (no drain).
    this.#environment.set(kubeletFact(instance.nodeName), false);
    this.#settle();
    return {
      outcome: 'terminating',
      nodeGroup: group.spec.name,
      instanceId: instance.instanceId,
      nodeName: instance.nodeName,
      activity: { ...activity },
    };
  }

  /**
   * Starts keeping each group at its desired capacity, once the scenario's own nodes exist (they
   * are created one by one; a group must not launch instances for nodes that are about to appear).
   */
  activate(): void {
    this.#active = true;
  }

  reconcile(now: number): number | undefined {
    if (!this.#active) return undefined;
    this.#adopt();
    let wake: number | undefined;
    const due = (at: number | undefined) => {
      if (at !== undefined && at > now) wake = wake === undefined ? at : Math.min(wake, at);
      return at !== undefined && at <= now;
    };
    for (const group of this.#groups) {
      for (const instance of [...group.instances]) {
        if (instance.state === 'Terminating' && due(instance.goneAt)) this.#remove(group, instance, now);
        if (instance.state === 'Pending' && !instance.registered && due(instance.registerAt))
          this.#register(group, instance);
        if (instance.state === 'Pending' && instance.registered && due(instance.readyAt)) {
          instance.state = 'InService';
          this.#finish(instance.activity, now);
          // The CNI is up: the kubelet reports Ready (the node lifecycle controller writes it).
          this.#environment.set(kubeletFact(instance.nodeName), true);
        }
      }
      // Terminating instances still count: the replacement launches once the old one is gone.
      while (group.instances.length < group.desired) this.#launch(group, now);
    }
    return wake;
  }

  /** Adopts the nodes labelled with a group's name that it does not know yet (the scenario's own nodes). */
  #adopt(): void {
    for (const group of this.#groups) {
      for (const node of this.#state.list<Node>('Node')) {
        if (node.metadata.labels?.[NODEGROUP_LABEL] !== group.spec.name) continue;
        if (group.instances.some((i) => i.nodeName === node.metadata.name)) continue;
        const parts = providerParts(node);
        if (!parts) continue;
        group.instances.push({
          instanceId: parts.instanceId,
          nodeName: node.metadata.name,
          zone: parts.zone,
          ip: node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '',
          state: 'InService',
          registered: true,
        });
        group.desired = Math.max(group.desired, group.instances.length);
      }
    }
  }

  #find(node: string): { group: Group; instance: Instance } | undefined {
    for (const group of this.#groups) {
      const instance = group.instances.find((i) => i.nodeName === node || i.instanceId === node);
      if (instance) return { group, instance };
    }
    return undefined;
  }

  #launch(group: Group, now: number): void {
    const zone = this.#emptiestZone(group);
    const subnet = group.spec.zones.indexOf(zone) + 1;
    const taken = new Set(this.#state.list<Node>('Node').map((n) => n.metadata.name));
    for (const g of this.#groups) for (const i of g.instances) taken.add(i.nodeName);
    let ip = '';
    let nodeName = '';
    do {
      ip = `10.0.${subnet}.${10 + this.#state.random.int(240)}`;
      nodeName = `ip-${ip.replaceAll('.', '-')}.${zone.slice(0, -1)}.compute.internal`;
    } while (taken.has(nodeName));
    const instanceId = `i-0${this.#state.random.hex(16)}`;
    const instance: Instance = {
      instanceId,
      nodeName,
      zone,
      ip,
      state: 'Pending',
      registerAt: now + REGISTER_MS,
      readyAt: now + READY_MS,
      registered: false,
    };
    const from = group.instances.filter((i) => i.state !== 'Terminating').length;
    instance.activity = this.#activity(group, instance, {
      description: `Launching a new EC2 instance: ${instanceId}`,
      cause: `At ${formatTime(now)} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from ${from} to ${from + 1}.`,
    });
    group.instances.push(instance);
  }

  /** Auto Scaling balances zones: the zone with the fewest instances, in the order the group lists them. */
  #emptiestZone(group: Group): string {
    const count = (zone: string) =>
      group.instances.filter((i) => i.zone === zone && i.state !== 'Terminating').length;
    return [...group.spec.zones].sort((a, b) => count(a) - count(b))[0] as string;
  }

  #register(group: Group, instance: Instance): void {
    instance.registered = true;
    // The kubelet runs but the network is not ready yet: NotReady until `readyAt`.
    this.#environment.set(kubeletFact(instance.nodeName), false);
    const heartbeat = this.#state.timestamp();
    const manifest = workerNode(
      { name: instance.nodeName, ip: instance.ip, zone: instance.zone, instance: instance.instanceId },
      {
        instanceType: group.spec.instanceType,
        nodeGroup: group.spec.name,
        labels: group.spec.labels,
        taints: group.spec.taints,
        ready: false,
        heartbeat,
      },
    );
    const node = this.#state.create('Node', manifest as unknown as Node);
    this.#state.create('Lease', {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name: instance.nodeName,
        namespace: 'kube-node-lease',
        ownerReferences: [
          { apiVersion: 'v1', kind: 'Node', name: instance.nodeName, uid: node.metadata.uid },
        ],
      },
      spec: {
        holderIdentity: instance.nodeName,
        leaseDurationSeconds: 40,
        renewTime: formatMicroTime(this.#state.now()),
      },
    } as never);
    const host = instance.nodeName;
    this.#events.record(node, {
      reason: 'Starting',
      message: 'Starting kubelet.',
      component: 'kubelet',
      host,
    });
    this.#events.record(node, {
      reason: 'NodeHasSufficientMemory',
      message: `Node ${host} status is now: NodeHasSufficientMemory`,
      component: 'kubelet',
      host,
    });
    this.#events.record(node, {
      reason: 'RegisteredNode',
      message: `Node ${host} event: Registered Node ${host} in Controller`,
      component: 'node-controller',
    });
  }

  #remove(group: Group, instance: Instance, now: number): void {
    const node = this.#state.get<Node>('Node', undefined, instance.nodeName);
    if (node) {
      this.#events.record(node, {
        reason: 'DeletingNode',
        message: `Deleting node ${instance.nodeName} because it does not exist in the cloud provider`,
        component: 'cloud-node-lifecycle-controller',
      });
      this.#events.record(node, {
        reason: 'RemovingNode',
        message: `Node ${instance.nodeName} event: Removing Node ${instance.nodeName} from Controller`,
        component: 'node-controller',
      });
      this.#state.remove('Node', undefined, instance.nodeName);
    }
    this.#state.remove('Lease', 'kube-node-lease', instance.nodeName);
    this.#finish(instance.activity, now);
    group.instances = group.instances.filter((i) => i !== instance);
  }

  #activity(group: Group, instance: Instance, text: { description: string; cause: string }): ScalingActivity {
    const activity: ScalingActivity = {
      activityId: this.#state.random.uuid(),
      autoScalingGroupName: group.asgName,
      description: text.description,
      cause: text.cause,
      startTime: new Date(this.#state.now()).toISOString(),
      statusCode: 'InProgress',
      progress: 0,
      details: JSON.stringify({
        'Subnet ID': `subnet-0${instance.zone.slice(-1)}${group.spec.zones.indexOf(instance.zone) + 1}4f7c2a9e1b3d5`,
        'Availability Zone': instance.zone,
      }),
    };
    group.activities.unshift(activity);
    group.activities.length = Math.min(group.activities.length, MAX_ACTIVITIES);
    return activity;
  }

  #finish(activity: ScalingActivity | undefined, now: number): void {
    if (!activity) return;
    activity.statusCode = 'Successful';
    activity.progress = 100;
    activity.endTime = new Date(now).toISOString();
  }

  #describe(group: Group): NodeGroupDescription {
    return {
      name: group.spec.name,
      autoScalingGroupName: group.asgName,
      instanceType: group.spec.instanceType,
      minSize: group.spec.minSize,
      desiredSize: group.desired,
      maxSize: group.spec.maxSize,
      labels: { ...group.spec.labels },
      taints: group.spec.taints.map((t) => ({ ...t })),
      instances: group.instances.map((i) => ({
        instanceId: i.instanceId,
        nodeName: i.nodeName,
        availabilityZone: i.zone,
        lifecycleState: i.state,
        providerId: `aws:///${i.zone}/${i.instanceId}`,
      })),
      activities: group.activities.map((a) => ({ ...a })),
    };
  }
}
