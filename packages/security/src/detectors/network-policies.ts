import type { Finding } from '../finding.ts';
import type { NetworkPolicy } from '../inventory.ts';
import type { Detector } from './detector.ts';

type Rule = { peers?: unknown[] | null; ports?: unknown[] | null };

/** A rule with neither peers nor ports admits every source (or destination) on every port. */
function admitsEverything(rule: Rule): boolean {
  return (rule.peers ?? []).length === 0 && (rule.ports ?? []).length === 0;
}

function selectsEveryPod(policy: NetworkPolicy): boolean {
  return Object.keys(policy.spec.podSelector ?? {}).every((key) => {
    const value = (policy.spec.podSelector as Record<string, unknown>)[key];
    return (
      value == null || (Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0)
    );
  });
}

/**
 * Namespaces whose pods no NetworkPolicy isolates (every pod reachable from everywhere), and
 * policies that admit everything and so defeat the isolation others set up.
 */
export const detectNetworkPolicyGaps: Detector = (inventory) => {
  const findings: Finding[] = [];
  const covered = new Set(inventory.networkPolicies.map((p) => p.namespace));
  const withPods = [...new Set(inventory.workloads.map((w) => w.namespace))].sort();
  for (const namespace of withPods) {
    if (covered.has(namespace)) continue;
    findings.push({
      id: 'networkPolicyMissing',
      severity: 'medium',
      namespace,
      kind: 'Namespace',
      name: namespace,
      message:
        'no NetworkPolicy selects any pod here: every pod accepts traffic from anywhere and may reach anything',
      fix: 'add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [Ingress, Egress]) and allow what each workload needs',
    });
  }
  for (const { namespace, name, policy } of inventory.networkPolicies) {
    const scope = selectsEveryPod(policy) ? 'every pod of the namespace' : 'the pods it selects';
    const ingress = (policy.spec.ingress ?? []).some((r) =>
      admitsEverything({ peers: r.from, ports: r.ports }),
    );
    const egress = (policy.spec.egress ?? []).some((r) => admitsEverything({ peers: r.to, ports: r.ports }));
    const base = { namespace, kind: 'NetworkPolicy', name };
    if (ingress) {
      findings.push({
        ...base,
        id: 'networkPolicyAllowAllIngress',
        severity: 'medium',
        message: `admits ingress from anywhere on any port to ${scope} (an empty rule)`,
        fix: 'name the sources (podSelector, namespaceSelector) and ports the workload serves',
      });
    }
    if (egress) {
      findings.push({
        ...base,
        id: 'networkPolicyAllowAllEgress',
        severity: 'low',
        message: `admits egress to anywhere on any port from ${scope} (an empty rule)`,
        fix: 'name the destinations and ports (DNS, the services it calls)',
      });
    }
  }
  return findings;
};
