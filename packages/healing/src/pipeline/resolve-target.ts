import type { WorkloadKind, WorkloadRef } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';

const WORKLOAD_KINDS: readonly string[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];

/**
 * Resolves a bare Pod to the workload that owns it (Pod → ReplicaSet → Deployment), so that
 * the monitor and Alertmanager, which may name either, open one incident per workload. An object
 * that does not exist (a stale alert) is reported as `missing`.
 */
export async function resolveTarget(
  reader: ClusterReader,
  target: WorkloadRef,
): Promise<{ target: WorkloadRef; pod?: string; missing?: string }> {
  if (target.kind !== 'Pod') {
    const missing = (await exists(reader, target))
      ? undefined
      : `${target.kind} ${describe(target)} does not exist`;
    return { target, ...(missing ? { missing } : {}) };
  }
  const pod = await reader.getPod(target.namespace, target.name);
  if (!pod) return { target, pod: target.name, missing: `Pod ${describe(target)} does not exist` };
  const chain = await reader.ownerChain(pod);
  const owner = chain.filter((link) => WORKLOAD_KINDS.includes(link.kind)).at(-1);
  if (!owner) return { target, pod: target.name };
  return {
    target: { ...target, kind: owner.kind as WorkloadKind, name: owner.name },
    pod: target.name,
  };
}

const describe = (target: WorkloadRef) =>
  target.namespace ? `${target.namespace}/${target.name}` : target.name;

/** Whether the object an alert names exists; kinds the reader cannot look up count as existing. */
async function exists(reader: ClusterReader, target: WorkloadRef): Promise<boolean> {
  switch (target.kind) {
    case 'Deployment':
      return (await reader.getDeployment(target.namespace, target.name)) !== undefined;
    case 'StatefulSet':
      return (await reader.getStatefulSet(target.namespace, target.name)) !== undefined;
    case 'DaemonSet':
      return (await reader.getDaemonSet(target.namespace, target.name)) !== undefined;
    case 'Node':
      return (await reader.getNode(target.name)) !== undefined;
    default:
      return true;
  }
}
