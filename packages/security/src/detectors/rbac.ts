import type { Finding, Severity } from '../finding.ts';
import type { PolicyRule, RbacBinding, RbacRole, SecurityInventory } from '../inventory.ts';
import type { Detector } from './detector.ts';

type Grant = { id: string; severity: Severity; what: string };

const has = (list: readonly string[] | null | undefined, ...values: string[]) =>
  (list ?? []).some((x) => x === '*' || values.includes(x));

/** What one rule grants that a compromised workload could use to take more. */
export function dangerousGrants(rule: PolicyRule): Grant[] {
  const grants: Grant[] = [];
  const core = has(rule.apiGroups, '');
  const rbacGroup = has(rule.apiGroups, 'rbac.authorization.k8s.io');
  if (has(rule.resources, '*') && has(rule.verbs, '*') && has(rule.apiGroups, '*')) {
    grants.push({ id: 'rbacClusterAdmin', severity: 'critical', what: 'every verb on every resource' });
    return grants;
  }
  if (core && has(rule.resources, 'secrets') && has(rule.verbs, 'get', 'list', 'watch')) {
    grants.push({ id: 'rbacSecretsRead', severity: 'high', what: 'reading secrets' });
  }
  if (core && has(rule.resources, 'pods/exec', 'pods/attach') && has(rule.verbs, 'create', 'get')) {
    grants.push({ id: 'rbacPodExec', severity: 'high', what: 'exec into pods' });
  }
  if (rbacGroup && has(rule.verbs, 'escalate'))
    grants.push({ id: 'rbacEscalate', severity: 'critical', what: 'escalate' });
  if (rbacGroup && has(rule.verbs, 'bind'))
    grants.push({ id: 'rbacBind', severity: 'critical', what: 'bind' });
  if (has(rule.verbs, 'impersonate'))
    grants.push({ id: 'rbacImpersonate', severity: 'critical', what: 'impersonate' });
  return grants;
}

function roleOf(inventory: SecurityInventory, binding: RbacBinding): RbacRole | undefined {
  return inventory.roles.find(
    (r) =>
      r.kind === binding.roleRef.kind &&
      r.name === binding.roleRef.name &&
      (r.kind === 'ClusterRole' || r.namespace === binding.namespace),
  );
}

/**
 * Service accounts that workloads run as, bound to cluster-admin or to roles that grant reading
 * secrets, exec into pods, escalate, bind or impersonate. Silent when the scan could not read RBAC.
 */
export const detectRiskyBindings: Detector = (inventory) => {
  if (!inventory.rbacRead) return [];
  const users = new Map<string, string[]>();
  for (const w of inventory.workloads) {
    const key = `${w.namespace}/${w.pod.spec.serviceAccountName || 'default'}`;
    users.set(key, [...(users.get(key) ?? []), `${w.kind}/${w.name}`]);
  }
  const findings: Finding[] = [];
  for (const binding of inventory.bindings) {
    const role = roleOf(inventory, binding);
    const grants: Grant[] =
      binding.roleRef.kind === 'ClusterRole' && binding.roleRef.name === 'cluster-admin'
        ? [{ id: 'rbacClusterAdmin', severity: 'critical', what: 'cluster-admin' }]
        : (role?.rules ?? []).flatMap(dangerousGrants);
    const unique = [...new Map(grants.map((g) => [g.id, g])).values()];
    for (const account of binding.serviceAccounts) {
      const workloads = users.get(account);
      if (!workloads) continue;
      const [namespace = '', name = ''] = account.split('/');
      for (const grant of unique) {
        findings.push({
          id: grant.id,
          severity: grant.severity,
          namespace,
          kind: 'ServiceAccount',
          name,
          message: `${binding.kind} ${JSON.stringify(binding.name)} grants ${grant.what} (${binding.roleRef.kind} ${JSON.stringify(binding.roleRef.name)}) to the account ${workloads.slice(0, 3).join(', ')}${workloads.length > 3 ? ` and ${workloads.length - 3} more` : ''} run as`,
          fix: 'bind the account to a role with only the verbs and resources the workload uses',
        });
      }
    }
  }
  return findings;
};
