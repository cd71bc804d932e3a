import type { V1NetworkPolicy } from '@kubernetes/client-node';
import type { ClusterReader, Pod } from '@sre-agent/kube';

/** Helpers of `quarantine-pod`: who enforces NetworkPolicies, which labels to strip, the policy itself. */

/** The label that marks a quarantined pod; its value is the pod's uid, so it selects that pod alone. */
export const QUARANTINE_LABEL = 'sre-agent.io/quarantine';
/** The incident that quarantined the pod. */
export const QUARANTINE_INCIDENT_ANNOTATION = 'sre-agent.io/quarantine-incident';
/** The labels the quarantine removed (JSON), kept on the pod for forensics. */
export const QUARANTINE_LABELS_ANNOTATION = 'sre-agent.io/quarantined-labels';

/** Who enforces NetworkPolicies in the cluster, or why nobody does. */
export type NetworkPolicyEnforcement = { kind: 'enforced'; by: string } | { kind: 'none'; reason: string };

type DaemonSetLike = {
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  spec?: {
    template?: {
      spec?: { containers?: { name?: string; args?: string[]; env?: { name?: string; value?: string }[] }[] };
    };
  };
};

/**
 * Detects the NetworkPolicy enforcer from the DaemonSets that implement one: the EKS VPC CNI's
 * network policy agent (container `aws-network-policy-agent` of `aws-node`, enabled with
 * `--enable-network-policy=true`), Calico (`calico-node`) or Cilium (`cilium`). Without one a
 * NetworkPolicy is stored and ignored: a quarantine would isolate nothing.
 */
export function detectEnforcement(daemonSets: readonly DaemonSetLike[]): NetworkPolicyEnforcement {
  for (const ds of daemonSets) {
    const name = ds.metadata?.name ?? '';
    const containers = ds.spec?.template?.spec?.containers ?? [];
    if (name === 'aws-node') {
      const agent = containers.find((c) => c.name === 'aws-network-policy-agent');
      if (agent?.args?.includes('--enable-network-policy=true')) {
        return { kind: 'enforced', by: 'the EKS VPC CNI network policy agent (aws-node)' };
      }
    }
    if (name === 'calico-node')
      return { kind: 'enforced', by: `Calico (${ds.metadata?.namespace}/calico-node)` };
    if (name === 'cilium' || ds.metadata?.labels?.['k8s-app'] === 'cilium') {
      return { kind: 'enforced', by: `Cilium (${ds.metadata?.namespace}/${name})` };
    }
  }
  return {
    kind: 'none',
    reason:
      'no NetworkPolicy enforcement found (neither the EKS VPC CNI network policy agent enabled in aws-node, nor Calico, nor Cilium): a quarantine NetworkPolicy would isolate nothing',
  };
}

export async function networkPolicyEnforcement(reader: ClusterReader): Promise<NetworkPolicyEnforcement> {
  return detectEnforcement(await reader.listDaemonSets());
}

/** Whether a selector's labels all appear on the pod with the same values. */
function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

/**
 * The labels to take off the pod so that Services stop sending it traffic and its controller
 * releases it and starts a replacement: the keys of its controller's selector (ReplicaSet,
 * DaemonSet) and of every Service selector that selects it. A StatefulSet pod keeps its
 * controller's labels (its replacement would need its very name) and is isolated in place.
 */
export async function labelsToStrip(
  reader: ClusterReader,
  pod: Pod,
): Promise<{ keys: string[]; replaced: boolean; controller?: string }> {
  const namespace = pod.metadata?.namespace ?? '';
  const labels = pod.metadata?.labels ?? {};
  const keys = new Set<string>();
  const owner = pod.metadata?.ownerReferences?.find((o) => o.controller);
  let replaced = false;
  if (owner?.kind === 'ReplicaSet' || owner?.kind === 'DaemonSet') {
    const controller =
      owner.kind === 'ReplicaSet'
        ? await reader.getReplicaSet(namespace, owner.name)
        : await reader.getDaemonSet(namespace, owner.name);
    for (const key of Object.keys(controller?.spec?.selector?.matchLabels ?? {})) keys.add(key);
    for (const expression of controller?.spec?.selector?.matchExpressions ?? []) keys.add(expression.key);
    replaced = controller !== undefined;
  }
  const keep = new Set<string>();
  if (owner?.kind === 'StatefulSet') {
    const sts = await reader.getStatefulSet(namespace, owner.name);
    for (const key of Object.keys(sts?.spec?.selector?.matchLabels ?? {})) keep.add(key);
  }
  for (const service of await reader.listServices({ namespace })) {
    if (!selects(service.spec?.selector, labels)) continue;
    for (const key of Object.keys(service.spec?.selector ?? {})) if (!keep.has(key)) keys.add(key);
  }
  return {
    keys: [...keys].filter((key) => key in labels && key !== 'sre-agent.io/quarantine').sort(),
    replaced,
    ...(owner ? { controller: `${owner.kind} ${owner.name}` } : {}),
  };
}

/** The name of the quarantine policy of a pod (its uid makes it unique and stable). */
export function quarantinePolicyName(uid: string): string {
  return `sre-agent-quarantine-${uid}`;
}

/** A deny-all ingress and egress NetworkPolicy selecting exactly the pod labelled with this uid. */
export function quarantinePolicy(namespace: string, uid: string, incidentId: string): V1NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: quarantinePolicyName(uid),
      namespace,
      labels: { 'app.kubernetes.io/managed-by': 'sre-agent' },
      annotations: { [QUARANTINE_INCIDENT_ANNOTATION]: incidentId },
    },
    spec: {
      podSelector: { matchLabels: { [QUARANTINE_LABEL]: uid } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [],
    },
  };
}
