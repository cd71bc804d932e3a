import type { WorkloadRef } from '@sre-agent/core';
import type { ClusterReader, DaemonSet, Deployment, Node, Pod, StatefulSet } from '@sre-agent/kube';
import { parseQuantity } from './quantity.ts';

/** Helpers that tie an action to the incident's own objects, shared by the action modules. */

export type TemplateKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';
export type TemplateOwner = Deployment | StatefulSet | DaemonSet;

export function templateKind(target: WorkloadRef): TemplateKind | undefined {
  return target.kind === 'Deployment' || target.kind === 'StatefulSet' || target.kind === 'DaemonSet'
    ? target.kind
    : undefined;
}

export async function readTemplateOwner(
  reader: ClusterReader,
  target: WorkloadRef,
): Promise<TemplateOwner | undefined> {
  switch (target.kind) {
    case 'Deployment':
      return reader.getDeployment(target.namespace, target.name);
    case 'StatefulSet':
      return reader.getStatefulSet(target.namespace, target.name);
    case 'DaemonSet':
      return reader.getDaemonSet(target.namespace, target.name);
    default:
      return undefined;
  }
}

/** `a=b,c=d` from matchLabels; undefined when there are none (never "select everything"). */
export function selectorOf(matchLabels: Record<string, string> | undefined): string | undefined {
  const entries = Object.entries(matchLabels ?? {});
  if (entries.length === 0) return undefined;
  return entries.map(([key, value]) => `${key}=${value}`).join(',');
}

/** The pods of a workload: selected by its selector and owned by it (through its ReplicaSet for a Deployment). */
export async function podsOf(
  reader: ClusterReader,
  target: WorkloadRef,
  owner: TemplateOwner,
): Promise<Pod[]> {
  const labelSelector = selectorOf(owner.spec?.selector?.matchLabels);
  if (!labelSelector) return [];
  const pods = await reader.listPods({ namespace: target.namespace, labelSelector });
  const owned: Pod[] = [];
  for (const pod of pods) if (await podBelongsTo(reader, pod, target)) owned.push(pod);
  return owned;
}

/** Whether a pod is the incident's own: the target itself, or owned by the target workload. */
export async function podBelongsTo(reader: ClusterReader, pod: Pod, target: WorkloadRef): Promise<boolean> {
  if (pod.metadata?.namespace !== target.namespace) return false;
  if (target.kind === 'Pod') return pod.metadata?.name === target.name;
  const chain = await reader.ownerChain(pod);
  return chain.some((link) => link.kind === target.kind && link.name === target.name);
}

/**
 * The incident's pod, read live and checked to belong to the target workload: a pod name from an
 * alert or a log never widens what the agent touches.
 */
export async function incidentPod(
  reader: ClusterReader,
  target: WorkloadRef,
  podName: string | undefined,
): Promise<{ kind: 'found'; pod: Pod } | { kind: 'refused'; reason: string }> {
  const name = podName ?? (target.kind === 'Pod' ? target.name : undefined);
  if (!name) return { kind: 'refused', reason: 'the incident names no pod' };
  const pod = await reader.getPod(target.namespace, name);
  if (!pod) return { kind: 'refused', reason: `pod ${target.namespace}/${name} no longer exists` };
  if (!(await podBelongsTo(reader, pod, target))) {
    return {
      kind: 'refused',
      reason: `pod ${target.namespace}/${name} does not belong to ${target.kind} ${target.name}`,
    };
  }
  return { kind: 'found', pod };
}

export function isReady(node: Node): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

const CONTROL_PLANE_LABELS = ['node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master'];

export function isControlPlane(node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  const taints = node.spec?.taints ?? [];
  return (
    CONTROL_PLANE_LABELS.some((label) => label in labels) ||
    taints.some((t) => CONTROL_PLANE_LABELS.includes(t.key))
  );
}

export function isSchedulable(node: Node): boolean {
  return node.spec?.unschedulable !== true && isReady(node);
}

/**
 * How much of a quota'd resource (`pods`, `requests.memory`, `limits.cpu`, …) a namespace's
 * ResourceQuotas still allow: the least room over the quotas that limit it, from their status as the
 * quota controller reports it. `undefined` when no quota limits it or its usage is not reported.
 */
export async function quotaRoom(
  reader: ClusterReader,
  namespace: string,
  resource: string,
): Promise<{ room: number; quota: string } | undefined> {
  let least: { room: number; quota: string } | undefined;
  for (const quota of await reader.listResourceQuotas({ namespace })) {
    const hard = parseQuantity(quota.status?.hard?.[resource] ?? quota.spec?.hard?.[resource] ?? '');
    const used = parseQuantity(quota.status?.used?.[resource] ?? '');
    if (hard === undefined || used === undefined) continue;
    const room = hard - used;
    if (!least || room < least.room) least = { room, quota: quota.metadata?.name ?? 'a ResourceQuota' };
  }
  return least;
}

/** The first quota'd resource that `needs` would overrun, as a refusal reason; undefined when all fit. */
export async function quotaRefusal(
  reader: ClusterReader,
  namespace: string,
  needs: Readonly<Record<string, number>>,
): Promise<string | undefined> {
  for (const [resource, amount] of Object.entries(needs)) {
    if (amount <= 0) continue;
    const room = await quotaRoom(reader, namespace, resource);
    if (room && amount > room.room) {
      return `ResourceQuota ${room.quota} in ${namespace} leaves room for ${room.room} more ${resource}, not ${amount}`;
    }
  }
  return undefined;
}
