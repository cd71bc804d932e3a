import { NamespaceWithholding } from '@sre-agent/core';
import { totalSavings } from '../rightsize/rightsize-cluster.ts';
import type { CostSweepReport } from './cost-report.ts';

/**
 * The cost report without what it says about `namespaces` (`policy.denyNamespaces`): their
 * recommendations (and so their patches and savings), zombie verdicts and exclusions are removed,
 * the totals added up again, and `withheldNamespaces` counts the namespaces that had something
 * there, never naming them. The agent reports on and proposes nothing for a denylisted namespace.
 */
export function withholdNamespaces(report: CostSweepReport, namespaces: readonly string[]): CostSweepReport {
  const withholding = new NamespaceWithholding(namespaces);
  if (!withholding.denies) return report;
  const shown = (namespace: string) => withholding.keeps(namespace);
  const recommendations = report.rightsize.recommendations.filter((r) => shown(r.ref.namespace));
  const { zombies } = report;
  return {
    ...report,
    rightsize: { ...report.rightsize, recommendations, totals: totalSavings(recommendations) },
    zombies: {
      ...zombies,
      namespaces: zombies.namespaces.filter((v) => shown(v.namespace)),
      zombies: zombies.zombies.filter((v) => shown(v.namespace)),
      excluded: zombies.excluded.filter((e) => shown(e.namespace)),
    },
    withheldNamespaces: (report.withheldNamespaces ?? 0) + withholding.withheld,
  };
}
