import type { WorkloadKind, WorkloadRef } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';

const WORKLOAD_KINDS: readonly string[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];

/**
 * Resolves a bare Pod to the workload that owns it (Pod → ReplicaSet → Deployment), so that
 * the monitor and Alertmanager, which may name either, open one incident per workload.
 */
export async function resolveTarget(
  reader: ClusterReader,
  target: WorkloadRef,
): Promise<{ target: WorkloadRef; pod?: string }> {
  if (target.kind !== 'Pod') return { target };
  const pod = await reader.getPod(target.namespace, target.name);
  if (!pod) return { target, pod: target.name };
  const chain = await reader.ownerChain(pod);
  const owner = chain.filter((link) => WORKLOAD_KINDS.includes(link.kind)).at(-1);
  if (!owner) return { target, pod: target.name };
  return {
    target: { ...target, kind: owner.kind as WorkloadKind, name: owner.name },
    pod: target.name,
  };
}
