import type { Config } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import {
  findingsOutside,
  formatScanSummary,
  readClusterInventory,
  scanPosture,
  withholdNamespaces,
} from '@sre-agent/security/posture';

/**
 * The posture scan summary of a cluster or one namespace's pod specs (what `sre-agent security
 * scan` prints, Secret values aside), for `/sre security`: the scan without the weak-secret
 * detector (`@sre-agent/security/posture`), so the Lambda worker carries it within its bundle
 * budget (the weak-secret dictionaries alone are 1.7 MB). The denylisted namespaces
 * (`policy.denyNamespaces`) are left out before the scan and only counted, never named.
 */
export async function postureScanSummary(input: {
  reader: ClusterReader;
  config: Config;
  cluster: string;
  namespace?: string | undefined;
}): Promise<string[]> {
  const deny = input.config.policy.denyNamespaces;
  const { inventory, withheldNamespaces } = withholdNamespaces(
    await readClusterInventory(input.reader),
    deny,
  );
  const ns = input.namespace;
  // One namespace: only its pod specs are judged (namespaces, policies and RBAC stay, for context).
  const scanned = ns
    ? { ...inventory, workloads: inventory.workloads.filter((w) => w.namespace === ns) }
    : inventory;
  const all = findingsOutside(
    scanPosture(scanned, {
      level: 'restricted',
      exemptions: input.config.security.exemptions,
      cluster: input.cluster,
    }),
    deny,
  );
  const result = ns
    ? {
        ...all,
        findings: all.findings.filter((f) => f.namespace === ns),
        exempted: all.exempted.filter((f) => f.namespace === ns),
        unreadable: [],
      }
    : all;
  const scope = ns ? `namespace ${ns} in cluster ${input.cluster}` : `cluster ${input.cluster}`;
  const lines = formatScanSummary(result, scope);
  if (withheldNamespaces > 0 && !ns)
    lines.splice(
      1,
      0,
      `${withheldNamespaces} namespace${withheldNamespaces === 1 ? '' : 's'} withheld (policy.denyNamespaces): not scanned or shown.`,
    );
  return lines;
}
