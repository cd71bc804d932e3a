import type { WorkloadRef } from '@sre-agent/core';
import type { Pod, ReplicaSet } from '@sre-agent/kube';

/** `<deployment>-<pod-template-hash>`: the hash that ends a ReplicaSet's name. */
export const POD_TEMPLATE_HASH = /-[a-z0-9]{6,10}$/;

/** Maps a pod to the workload that owns it (Pod → ReplicaSet → Deployment, or its direct owner). */
export function ownerWorkload(pod: Pod, cluster: string, replicaSets: readonly ReplicaSet[]): WorkloadRef {
  const namespace = pod.metadata?.namespace ?? 'default';
  const podName = pod.metadata?.name ?? '';
  const owner =
    pod.metadata?.ownerReferences?.find((o) => o.controller) ?? pod.metadata?.ownerReferences?.[0];
  if (owner?.kind === 'ReplicaSet') {
    const rs = replicaSets.find(
      (r) => r.metadata?.namespace === namespace && r.metadata?.name === owner.name,
    );
    const deployment = rs?.metadata?.ownerReferences?.find((o) => o.kind === 'Deployment');
    if (deployment) return { cluster, namespace, kind: 'Deployment', name: deployment.name };
    // Without the ReplicaSet at hand, kube's naming convention (<deployment>-<pod-template-hash>) still tells.
    const fromName = owner.name.replace(POD_TEMPLATE_HASH, '');
    if (!rs && fromName !== owner.name) return { cluster, namespace, kind: 'Deployment', name: fromName };
  }
  if (owner && (owner.kind === 'StatefulSet' || owner.kind === 'DaemonSet' || owner.kind === 'Job')) {
    return { cluster, namespace, kind: owner.kind, name: owner.name };
  }
  return { cluster, namespace, kind: 'Pod', name: podName };
}
