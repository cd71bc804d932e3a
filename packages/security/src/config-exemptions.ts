import type { SecurityExemption } from '@sre-agent/core';
import type { Finding } from './finding.ts';

/**
 * The first exemption of the config (`security.exemptions`) that covers a finding: its check (or
 * `*`) and every place field it sets (cluster, namespace, kind, name, container) equal.
 * `invalidExemption` findings are never exempted.
 */
export function configExemptionFor(
  exemptions: readonly SecurityExemption[],
  finding: Finding,
  cluster: string | undefined,
): SecurityExemption | undefined {
  if (finding.id === 'invalidExemption') return undefined;
  return exemptions.find(
    (e) =>
      (e.check === '*' || e.check === finding.id) &&
      (e.cluster === undefined || e.cluster === cluster) &&
      (e.namespace === undefined || e.namespace === finding.namespace) &&
      (e.kind === undefined || e.kind === finding.kind) &&
      (e.name === undefined || e.name === finding.name) &&
      (e.container === undefined || e.container === finding.container),
  );
}
