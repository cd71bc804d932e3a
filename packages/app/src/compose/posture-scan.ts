import type { Config } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import { formatScanSummary, readClusterInventory, scanPosture } from '@sre-agent/security/posture';

/**
 * The posture scan summary of a cluster or one namespace's pod specs (what `sre-agent security
 * scan` prints, Secret values aside), for `/sre security`: the scan without the weak-secret
 * detector (`@sre-agent/security/posture`), so the Lambda worker carries it within its bundle
 * budget (the weak-secret dictionaries alone are 1.7 MB).
 */
export async function postureScanSummary(input: {
  reader: ClusterReader;
  config: Config;
  cluster: string;
  namespace?: string | undefined;
}): Promise<string[]> {
  const inventory = await readClusterInventory(input.reader);
  const ns = input.namespace;
  // One namespace: only its pod specs are judged (namespaces, policies and RBAC stay, for context).
  const scanned = ns
    ? { ...inventory, workloads: inventory.workloads.filter((w) => w.namespace === ns) }
    : inventory;
  const all = scanPosture(scanned, {
    level: 'restricted',
    exemptions: input.config.security.exemptions,
    cluster: input.cluster,
  });
  const result = ns
    ? {
        ...all,
        findings: all.findings.filter((f) => f.namespace === ns),
        exempted: all.exempted.filter((f) => f.namespace === ns),
        unreadable: [],
      }
    : all;
  const scope = ns ? `namespace ${ns} in cluster ${input.cluster}` : `cluster ${input.cluster}`;
  return formatScanSummary(result, scope);
}
