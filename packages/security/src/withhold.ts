import { NamespaceWithholding } from '@sre-agent/core';
import type { Finding } from './finding.ts';
import type { SecurityInventory } from './inventory.ts';
import type { ScanResult } from './posture-scan.ts';

/** The namespace a finding is about: its own, or the one it names (a Namespace's findings). */
const placeOf = (f: Pick<Finding, 'namespace' | 'kind' | 'name'>) =>
  f.kind === 'Namespace' ? f.name : f.namespace;

/**
 * The inventory without the objects of `namespaces` (`policy.denyNamespaces`): their workloads,
 * Namespace objects, NetworkPolicies, ConfigMaps, service accounts, Secrets and unreadable objects
 * are dropped before any detector runs, so the scan neither judges nor counts them (RBAC stays:
 * a binding matters only for the accounts of the workloads kept). `withheldNamespaces` counts the
 * namespaces that had something dropped, never naming them.
 */
export function withholdNamespaces(
  inventory: SecurityInventory,
  namespaces: readonly string[],
): { inventory: SecurityInventory; withheldNamespaces: number } {
  const withholding = new NamespaceWithholding(namespaces);
  if (!withholding.denies) return { inventory, withheldNamespaces: 0 };
  const kept = (namespace: string | undefined) => withholding.keeps(namespace);
  return {
    inventory: {
      ...inventory,
      workloads: inventory.workloads.filter((w) => kept(w.namespace)),
      namespaces: inventory.namespaces.filter((n) => kept(n.name)),
      networkPolicies: inventory.networkPolicies.filter((p) => kept(p.namespace)),
      configMaps: inventory.configMaps.filter((c) => kept(c.namespace)),
      serviceAccounts: inventory.serviceAccounts.filter((a) => kept(a.namespace)),
      secrets: inventory.secrets.filter((s) => kept(s.namespace)),
      unreadable: inventory.unreadable.filter((u) => kept(u.kind === 'Namespace' ? u.name : u.namespace)),
    },
    withheldNamespaces: withholding.withheld,
  };
}

/**
 * A scan's findings and exemptions outside `namespaces`: the last guard before a report is built
 * from a withheld inventory (a finding is always placed in one of the inventory's namespaces).
 */
export function findingsOutside<R extends Pick<ScanResult, 'findings' | 'exempted'>>(
  result: R,
  namespaces: readonly string[],
): R {
  const withholding = new NamespaceWithholding(namespaces);
  if (!withholding.denies) return result;
  return {
    ...result,
    findings: result.findings.filter((f) => withholding.keeps(placeOf(f))),
    exempted: result.exempted.filter((f) => withholding.keeps(placeOf(f))),
  };
}
