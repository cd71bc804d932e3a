import type { Notification } from '@sre-agent/core';
import { monthlyRequestCostUsd } from '../money/prices.ts';
import { quantities, resourcesPatch } from '../rightsize/report-json.ts';
import type { RightsizeReport } from '../rightsize/rightsize-cluster.ts';
import type { NamespaceVerdict, ZombieReport } from '../zombies/find-zombies.ts';
import { quietFor } from '../zombies/report.ts';

/** What one cost sweep found in one cluster: right-sizing and zombie namespaces. */
export type CostSweepReport = {
  cluster: string;
  at: Date;
  rightsize: RightsizeReport;
  zombies: ZombieReport;
  /** Namespaces left out of the report (`policy.denyNamespaces`, see `withholdNamespaces`): a count, never names. */
  withheldNamespaces?: number;
  /**
   * Why the report may be empty: the series selectors (`forecast.seriesSelectors`) that match none
   * of Prometheus' series, each naming the jobs that carry them (see `UsageMetrics.unmatchedSelectors`).
   */
  unmatchedSelectors?: readonly string[];
};

const usd = (value: number) => `$${value.toFixed(2)}`;

/** What a namespace's containers reserve per month now (requests × replicas at the report's prices). */
export function namespaceMonthlyCostUsd(report: RightsizeReport, namespace: string): number {
  return report.recommendations
    .filter((r) => r.ref.namespace === namespace)
    .reduce(
      (sum, r) =>
        sum +
        monthlyRequestCostUsd(
          { cpuCores: r.current.cpuRequestCores ?? 0, memoryBytes: r.current.memoryRequestBytes ?? 0 },
          r.evidence.replicas,
          report.prices,
        ),
      0,
    );
}

/** The `kubectl patch` that applies a recommendation (until the GitOps enforcer opens a pull request). */
export function patchCommand(rec: RightsizeReport['recommendations'][number]): string {
  const kind = rec.ref.kind.toLowerCase();
  return `kubectl patch ${kind} ${rec.ref.workload} -n ${rec.ref.namespace} --type strategic -p '${JSON.stringify(resourcesPatch(rec))}'`;
}

function zombieLine(z: NamespaceVerdict, report: RightsizeReport, lookbackHours: number): string {
  const size = z.workloads != null ? `, ${z.workloads} workloads, ${z.pods} pods` : '';
  const evidence = z.signals
    .filter((s) => s.state !== 'absent')
    .map((s) => `${s.signal}: ${s.detail}`)
    .join('; ');
  return `• *${z.namespace}*: quiet for ${quietFor(z, lookbackHours)}${size}, reserving ${usd(namespaceMonthlyCostUsd(report, z.namespace))}/month. ${evidence}`;
}

/**
 * The weekly cost report as one notification (Slack, Teams, the terminal): monthly savings per
 * namespace and workload, the biggest right-sizing changes with the exact patch each, and the
 * zombie namespaces with their evidence. Savings are on requests and become money when nodes are
 * consolidated; the report says so.
 */
export function costReportNotification(
  report: CostSweepReport,
  options: { top?: number } = {},
): Notification {
  const { rightsize, zombies } = report;
  const top = options.top ?? 10;
  const resizes = rightsize.recommendations
    .filter((r) => r.action === 'resize' && r.monthlySavingsUsd > 0)
    .sort((a, b) => b.monthlySavingsUsd - a.monthlySavingsUsd);
  const total = rightsize.totals.monthlySavingsUsd;
  const lines: string[] = [];
  // First: with a selector that matches nothing, the empty sections below are no finding.
  for (const warning of report.unmatchedSelectors ?? []) lines.push(`:warning: Nothing to read: ${warning}.`);
  lines.push(`*Right-sizing*: ${resizes.length} containers, ${usd(total)}/month on requests.`);
  const namespaces = Object.entries(rightsize.totals.byNamespace)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1]);
  if (namespaces.length > 0)
    lines.push(`Per namespace: ${namespaces.map(([ns, v]) => `${ns} ${usd(v)}`).join(', ')}.`);
  for (const rec of resizes.slice(0, top)) {
    const cur = quantities(rec.current);
    const next = quantities(rec.recommended);
    lines.push(
      `• ${rec.ref.namespace}/${rec.ref.workload} (${rec.ref.container}): CPU request ${cur.cpuRequest ?? '-'} → ${next.cpuRequest ?? '-'}, memory ${cur.memoryRequest ?? '-'}/${cur.memoryLimit ?? '-'} → ${next.memoryRequest ?? '-'}/${next.memoryLimit ?? '-'}: ${usd(rec.monthlySavingsUsd)}/month`,
      `  ${patchCommand(rec)}`,
    );
  }
  if (resizes.length > top)
    lines.push(
      `…and ${resizes.length - top} more: \`sre-agent cost rightsize\` lists every one with its patch.`,
    );
  const kept = rightsize.recommendations.filter((r) => r.action !== 'resize');
  if (kept.length > 0)
    lines.push(
      `${kept.length} containers kept as they are (leaks, OOM kills, autoscalers, too little history).`,
    );
  lines.push('');
  lines.push(
    `*Zombie namespaces* (every signal quiet for more than ${zombies.options.quietHours} h): ${zombies.zombies.length === 0 ? 'none' : zombies.zombies.length}.`,
  );
  for (const z of zombies.zombies) lines.push(zombieLine(z, rightsize, zombies.options.lookbackHours));
  lines.push('');
  const withheld = report.withheldNamespaces ?? 0;
  if (withheld > 0)
    lines.push(
      `${withheld} namespace${withheld === 1 ? '' : 's'} withheld (policy.denyNamespaces): nothing there is shown or proposed.`,
    );
  lines.push(
    `Prices: $${rightsize.prices.vcpuHourUsd.toFixed(4)}/vCPU-hour, $${rightsize.prices.gibHourUsd.toFixed(4)}/GiB-hour. Savings are on requests: they become money when the cluster autoscaler consolidates nodes.`,
  );
  const day = report.at.toISOString().slice(0, 10);
  return {
    threadKey: `cost-report:${report.cluster}:${day}`,
    cluster: report.cluster,
    severity: 'info',
    title: `Cost report for ${report.cluster}: ${usd(total)}/month to save by right-sizing, ${zombies.zombies.length} zombie namespace${zombies.zombies.length === 1 ? '' : 's'}`,
    text: lines.join('\n'),
    fields: [
      { label: 'Right-sizing', value: `${resizes.length} containers, ${usd(total)}/month` },
      {
        label: 'Zombie namespaces',
        value: zombies.zombies.map((z) => z.namespace).join(', ') || 'none',
      },
    ],
    status: 'cost report',
  };
}
