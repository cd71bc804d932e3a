import type { Node, Pod } from '@sre-agent/kube';
import { parseQuantity } from './quantity.ts';

type Requests = { cpu: number; memory: number };

const NODE_CONDITION_TAINT = 'node.kubernetes.io/';

function requestsOf(pod: Pod): Requests {
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec?.containers ?? []) {
    cpu += parseQuantity(c.resources?.requests?.cpu ?? '') ?? 0;
    memory += parseQuantity(c.resources?.requests?.memory ?? '') ?? 0;
  }
  return { cpu, memory };
}

const holdsResources = (pod: Pod) =>
  pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed' && !pod.metadata?.deletionTimestamp;

/** A pod the scheduler has not placed yet, waiting for room. */
export function isWaitingForNode(pod: Pod): boolean {
  return pod.status?.phase === 'Pending' && !pod.spec?.nodeName && !pod.metadata?.deletionTimestamp;
}

/**
 * Whether a node of this kind could run the pod: its `nodeSelector` matches the node's labels and
 * it tolerates the node's scheduling taints. Taints a node gets from its conditions
 * (`node.kubernetes.io/unreachable`, `…/unschedulable`) are left out: a fresh node of the group
 * does not carry them.
 */
export function couldRunOn(pod: Pod, node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  const selector = Object.entries(pod.spec?.nodeSelector ?? {});
  if (!selector.every(([key, value]) => labels[key] === value)) return false;
  const tolerations = pod.spec?.tolerations ?? [];
  return (node.spec?.taints ?? [])
    .filter((t) => t.effect !== 'PreferNoSchedule' && !t.key.startsWith(NODE_CONDITION_TAINT))
    .every((taint) =>
      tolerations.some(
        (t) =>
          (!t.effect || t.effect === taint.effect) &&
          (t.operator === 'Exists'
            ? !t.key || t.key === taint.key
            : t.key === taint.key && (t.value ?? '') === (taint.value ?? '')),
      ),
    );
}

/**
 * The pods that would find no room on these nodes: first-fit decreasing on CPU and memory
 * requests against what each node has left (allocatable minus the requests of the pods it runs).
 * Bin packing, not a sum: ten free cores spread over ten nodes do not hold a pod that asks for two.
 */
export function podsWithoutRoom(
  waiting: readonly Pod[],
  nodes: readonly Node[],
  allPods: readonly Pod[],
): Pod[] {
  const free = nodes.map((node) => {
    const name = node.metadata?.name;
    const used = allPods
      .filter((p) => p.spec?.nodeName === name && holdsResources(p))
      .map(requestsOf)
      .reduce((a, b) => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory }), { cpu: 0, memory: 0 });
    return {
      node,
      cpu: (parseQuantity(node.status?.allocatable?.cpu ?? '') ?? 0) - used.cpu,
      memory: (parseQuantity(node.status?.allocatable?.memory ?? '') ?? 0) - used.memory,
    };
  });
  const largestFirst = [...waiting].sort((a, b) => requestsOf(b).cpu - requestsOf(a).cpu);
  const homeless: Pod[] = [];
  for (const pod of largestFirst) {
    const asks = requestsOf(pod);
    const slot = free.find((f) => couldRunOn(pod, f.node) && f.cpu >= asks.cpu && f.memory >= asks.memory);
    if (!slot) {
      homeless.push(pod);
      continue;
    }
    slot.cpu -= asks.cpu;
    slot.memory -= asks.memory;
  }
  return homeless;
}
