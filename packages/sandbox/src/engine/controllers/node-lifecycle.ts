import type { Condition, Node, Pod, Taint } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import { formatMicroTime, formatTime } from '../../store/cluster-state.ts';
import { type Environment, kubeletFact } from '../environment.ts';
import type { EventRecorder } from '../events.ts';

/** How long the node controller waits for a missing heartbeat before marking the node NotReady. */
export const NODE_MONITOR_GRACE_MS = 40_000;
/** How often a kubelet reports an unchanged node status. */
export const NODE_STATUS_REPORT_MS = 5 * 60_000;
const UNREACHABLE = 'node.kubernetes.io/unreachable';
const NOT_READY = 'node.kubernetes.io/not-ready';
const PRESSURE = ['MemoryPressure', 'DiskPressure', 'PIDPressure'];

/**
 * The node lifecycle controller: when a node's kubelet stops posting status (environment fact
 * `kubeletRunning/<node>` false) for longer than the grace period, its conditions turn Unknown,
 * it gets the `node.kubernetes.io/unreachable` taints and its pods are marked not Ready. When
 * the kubelet comes back, the node turns Ready again. There is no taint-based eviction: pods on
 * a lost node stay where they are until someone drains it.
 */
export class NodeLifecycleController {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;
  readonly #environment: Environment;
  readonly #lastHeartbeat = new Map<string, number>();

  constructor(state: ClusterState, events: EventRecorder, environment: Environment) {
    this.#state = state;
    this.#events = events;
    this.#environment = environment;
  }

  reconcile(now: number): number | undefined {
    let wake: number | undefined;
    for (const node of this.#state.list<Node>('Node')) {
      const name = node.metadata.name;
      const running = this.#environment.get(kubeletFact(name), true);
      const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
      if (running) {
        this.#lastHeartbeat.set(name, now);
        if (ready && ready.status !== 'True') this.#markReady(node, now);
        else {
          const next = this.#heartbeat(node, now);
          wake = wake === undefined ? next : Math.min(wake, next);
        }
        continue;
      }
      const last = this.#lastHeartbeat.get(name) ?? now;
      this.#lastHeartbeat.set(name, last);
      if (ready?.status !== 'True') continue;
      if (now - last < NODE_MONITOR_GRACE_MS) {
        const at = last + NODE_MONITOR_GRACE_MS;
        wake = wake === undefined ? at : Math.min(wake, at);
        continue;
      }
      this.#markUnknown(node, last, now);
    }
    return wake;
  }

  /**
   * A running kubelet reports node status every 5 minutes when nothing changes
   * (nodeStatusReportFrequency) and renews its Lease; returns when it reports next.
   */
  #heartbeat(node: Node, now: number): number {
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
    const last = ready?.lastHeartbeatTime ? Date.parse(ready.lastHeartbeatTime) : 0;
    if (now - last < NODE_STATUS_REPORT_MS) return last + NODE_STATUS_REPORT_MS;
    const timestamp = formatTime(now);
    const conditions = (node.status?.conditions ?? []).map((c) => ({ ...c, lastHeartbeatTime: timestamp }));
    this.#state.replace('Node', { ...node, status: { ...node.status, conditions } });
    const lease = this.#state.get('Lease', 'kube-node-lease', node.metadata.name);
    if (lease) {
      this.#state.replace('Lease', {
        ...lease,
        spec: { ...(lease.spec as object), renewTime: formatMicroTime(now) },
      });
    }
    return now + NODE_STATUS_REPORT_MS;
  }

  #markUnknown(node: Node, lastHeartbeat: number, now: number): void {
    const nowText = formatTime(now);
    const heartbeat = formatTime(lastHeartbeat);
    const conditions: Condition[] = (node.status?.conditions ?? []).map((c) =>
      c.type === 'Ready' || PRESSURE.includes(c.type)
        ? {
            ...c,
            status: 'Unknown',
            reason: 'NodeStatusUnknown',
            message: 'Kubelet stopped posting node status.',
            lastHeartbeatTime: heartbeat,
            lastTransitionTime: nowText,
          }
        : c,
    );
    const taints: Taint[] = [
      ...(node.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE),
      { key: UNREACHABLE, effect: 'NoSchedule', timeAdded: nowText },
      { key: UNREACHABLE, effect: 'NoExecute', timeAdded: nowText },
    ];
    const updated = this.#state.replace('Node', {
      ...node,
      spec: { ...node.spec, taints },
      status: { ...node.status, conditions },
    });
    this.#events.record(updated, {
      reason: 'NodeNotReady',
      message: `Node ${node.metadata.name} status is now: NodeNotReady`,
      component: 'node-controller',
    });
    for (const pod of this.#state.byIndex<Pod>('pods-by-node', node.metadata.name)) {
      const podConditions = (pod.status?.conditions ?? []).map((c) =>
        c.type === 'Ready' && c.status !== 'False'
          ? { ...c, status: 'False' as const, lastTransitionTime: nowText }
          : c,
      );
      const containerStatuses = (pod.status?.containerStatuses ?? []).map((s) => ({ ...s, ready: false }));
      this.#state.replace('Pod', {
        ...pod,
        status: { ...pod.status, conditions: podConditions, containerStatuses },
      });
      this.#events.record(pod, {
        type: 'Warning',
        reason: 'NodeNotReady',
        message: 'Node is not ready',
        component: 'node-controller',
      });
    }
  }

  #markReady(node: Node, now: number): void {
    const nowText = formatTime(now);
    const conditions: Condition[] = (node.status?.conditions ?? []).map((c) => {
      if (c.type === 'Ready') {
        return {
          ...c,
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: nowText,
          lastTransitionTime: nowText,
        };
      }
      if (PRESSURE.includes(c.type)) {
        const reason = {
          MemoryPressure: 'KubeletHasSufficientMemory',
          DiskPressure: 'KubeletHasNoDiskPressure',
          PIDPressure: 'KubeletHasSufficientPID',
        }[c.type];
        return { ...c, status: 'False', reason, lastHeartbeatTime: nowText, lastTransitionTime: nowText };
      }
      return c;
    });
    const taints = (node.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE && t.key !== NOT_READY);
    const spec = { ...node.spec, taints };
    if (taints.length === 0) delete (spec as { taints?: Taint[] }).taints;
    const updated = this.#state.replace('Node', { ...node, spec, status: { ...node.status, conditions } });
    this.#events.record(updated, {
      reason: 'NodeReady',
      message: `Node ${node.metadata.name} status is now: NodeReady`,
      component: 'kubelet',
      host: node.metadata.name,
    });
  }
}
