import type { Node, Pod, Taint, Toleration } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import { parseQuantity } from '../../util/quantity.ts';
import type { EventRecorder } from '../events.ts';
import { controllerUid, isPodActive } from '../pod-template.ts';

const RETRY_EVENT_MS = 5 * 60_000;

function tolerates(tolerations: Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return t.key === undefined || t.key === '' || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

function requests(pod: Pod): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec.containers) {
    cpu += parseQuantity(c.resources?.requests?.cpu ?? '0') ?? 0;
    memory += parseQuantity(c.resources?.requests?.memory ?? '0') ?? 0;
  }
  return { cpu, memory };
}

function isReady(node: Node): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

type NodeUsage = { node: Node; cpu: number; memory: number; pods: number; byOwner: Map<string, number> };

/**
 * The default scheduler: binds pending pods to Ready, schedulable nodes whose taints they tolerate
 * and whose allocatable CPU, memory and pod slots fit their requests, spreading replicas of one
 * owner across nodes and preferring the least requested node. Unschedulable pods get a
 * `FailedScheduling` event with the real message format.
 */
export class Scheduler {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;
  readonly #lastFailure = new Map<string, { message: string; at: number }>();

  constructor(state: ClusterState, events: EventRecorder) {
    this.#state = state;
    this.#events = events;
  }

  reconcile(now: number): number | undefined {
    const pending = this.#state
      .byIndex<Pod>('pods-by-node', '')
      .filter((p) => isPodActive(p) && (p.spec.schedulerName ?? 'default-scheduler') === 'default-scheduler');
    if (pending.length === 0) {
      this.#lastFailure.clear();
      return undefined;
    }
    pending.sort(
      (a, b) =>
        a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) ||
        a.metadata.name.localeCompare(b.metadata.name),
    );
    const usage = new Map<string, NodeUsage>();
    for (const node of this.#state.list<Node>('Node')) {
      const u: NodeUsage = { node, cpu: 0, memory: 0, pods: 0, byOwner: new Map() };
      for (const pod of this.#state.byIndex<Pod>('pods-by-node', node.metadata.name)) {
        if (!isPodActive(pod)) continue;
        const r = requests(pod);
        u.cpu += r.cpu;
        u.memory += r.memory;
        u.pods++;
        const owner = controllerUid(pod);
        if (owner) u.byOwner.set(owner, (u.byOwner.get(owner) ?? 0) + 1);
      }
      usage.set(node.metadata.name, u);
    }
    for (const pod of pending) this.#schedule(pod, usage, now);
    return undefined;
  }

  #schedule(pod: Pod, usage: Map<string, NodeUsage>, now: number): void {
    const need = requests(pod);
    const reasons = new Map<string, number>();
    const reject = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    const fits: NodeUsage[] = [];
    for (const u of usage.values()) {
      const node = u.node;
      const allocatable = node.status?.allocatable ?? {};
      const taint = (node.spec.taints ?? []).find(
        (t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod.spec.tolerations, t),
      );
      if (
        node.spec.unschedulable &&
        !tolerates(pod.spec.tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })
      ) {
        reject('node(s) were unschedulable');
        continue;
      }
      if (taint) {
        reject(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
        continue;
      }
      if (!isReady(node)) {
        reject('node(s) were not ready');
        continue;
      }
      const selector = pod.spec.nodeSelector ?? {};
      if (Object.entries(selector).some(([k, v]) => node.metadata.labels?.[k] !== v)) {
        reject("node(s) didn't match Pod's node affinity/selector");
        continue;
      }
      const cpu = parseQuantity(allocatable.cpu ?? '0') ?? 0;
      const memory = parseQuantity(allocatable.memory ?? '0') ?? 0;
      const pods = parseQuantity(allocatable.pods ?? '110') ?? 110;
      if (u.pods + 1 > pods) {
        reject('Too many pods');
        continue;
      }
      if (u.cpu + need.cpu > cpu + 1e-9) {
        reject('Insufficient cpu');
        continue;
      }
      if (u.memory + need.memory > memory) {
        reject('Insufficient memory');
        continue;
      }
      fits.push(u);
    }
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    if (fits.length === 0) {
      const total = usage.size;
      const detail = [...reasons]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([reason, count]) => `${count} ${reason}`)
        .join(', ');
      const message = `0/${total} nodes are available: ${detail}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
      const last = this.#lastFailure.get(key);
      if (!last || last.message !== message || now - last.at >= RETRY_EVENT_MS) {
        this.#events.record(pod, {
          type: 'Warning',
          reason: 'FailedScheduling',
          message,
          component: 'default-scheduler',
        });
        this.#lastFailure.set(key, { message, at: now });
        const condition = {
          type: 'PodScheduled',
          status: 'False' as const,
          lastProbeTime: null,
          lastTransitionTime: this.#state.timestamp(),
          reason: 'Unschedulable',
          message,
        };
        const current = this.#state.get<Pod>('Pod', pod.metadata.namespace, pod.metadata.name);
        if (current) {
          const others = (current.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
          this.#state.replace('Pod', {
            ...current,
            status: { ...current.status, phase: 'Pending', conditions: [...others, condition] },
          });
        }
      }
      return;
    }
    const owner = controllerUid(pod);
    const memoryFraction = (u: NodeUsage) =>
      u.memory / (parseQuantity(u.node.status?.allocatable?.memory ?? '1') ?? 1);
    fits.sort(
      (a, b) =>
        (owner ? (a.byOwner.get(owner) ?? 0) - (b.byOwner.get(owner) ?? 0) : 0) ||
        a.pods - b.pods ||
        memoryFraction(a) - memoryFraction(b) ||
        a.node.metadata.name.localeCompare(b.node.metadata.name),
    );
    const chosen = fits[0] as NodeUsage;
    const nodeName = chosen.node.metadata.name;
    chosen.cpu += need.cpu;
    chosen.memory += need.memory;
    chosen.pods++;
    if (owner) chosen.byOwner.set(owner, (chosen.byOwner.get(owner) ?? 0) + 1);
    this.#lastFailure.delete(key);
    const current = this.#state.get<Pod>('Pod', pod.metadata.namespace, pod.metadata.name) ?? pod;
    const conditions = (current.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
    this.#state.replace('Pod', {
      ...current,
      spec: { ...current.spec, nodeName },
      status: {
        ...current.status,
        conditions: [
          ...conditions,
          {
            type: 'PodScheduled',
            status: 'True',
            lastProbeTime: null,
            lastTransitionTime: this.#state.timestamp(),
          },
        ],
      },
    });
    this.#events.record(current, {
      reason: 'Scheduled',
      message: `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${nodeName}`,
      component: 'default-scheduler',
    });
  }
}
