import type { Finding } from '../finding.ts';
import type { Detector } from './detector.ts';

/**
 * Pods that get a service-account token mounted although nothing declares a need for it: the
 * token is mounted (neither the pod nor its service account turns automounting off) and the
 * service account is bound to no Role or ClusterRole. A stolen token of such a pod is a foothold
 * for nothing it needs. Silent when the scan could not read RBAC.
 */
export const detectNeedlessTokens: Detector = (inventory) => {
  if (!inventory.rbacRead) return [];
  const bound = new Set(inventory.bindings.flatMap((b) => b.serviceAccounts));
  const accounts = new Map(inventory.serviceAccounts.map((sa) => [`${sa.namespace}/${sa.name}`, sa]));
  const findings: Finding[] = [];
  for (const workload of inventory.workloads) {
    const { spec } = workload.pod;
    const account = spec.serviceAccountName || 'default';
    const key = `${workload.namespace}/${account}`;
    const mounted = spec.automountServiceAccountToken ?? accounts.get(key)?.automountToken ?? true;
    if (!mounted || bound.has(key)) continue;
    findings.push({
      id: 'automountServiceAccountToken',
      severity: 'low',
      namespace: workload.namespace,
      kind: workload.kind,
      name: workload.name,
      message: `mounts a token of service account ${JSON.stringify(account)}, which is bound to no role`,
      fix: 'set automountServiceAccountToken: false on the pod spec (or on the service account)',
    });
  }
  return findings;
};
