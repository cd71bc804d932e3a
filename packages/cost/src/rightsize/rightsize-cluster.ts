import { DEFAULT_UNIT_PRICES, type UnitPrices } from '../money/prices.ts';
import type { UsageMetrics } from '../ports.ts';
import type { UsageProgress, UsageWindow } from '../usage/types.ts';
import { DEFAULT_RIGHTSIZE_OPTIONS, type RightsizeOptions } from './options.ts';
import { type Recommendation, recommend } from './recommend.ts';

export type SavingsTotals = {
  monthlySavingsUsd: number;
  byNamespace: Record<string, number>;
  /** Keyed `namespace/Kind/name`. */
  byWorkload: Record<string, number>;
};

export type RightsizeReport = {
  window: UsageWindow;
  prices: UnitPrices;
  recommendations: Recommendation[];
  totals: SavingsTotals;
};

/** Adds up the savings of resize recommendations per namespace and workload. */
export function totalSavings(recommendations: readonly Recommendation[]): SavingsTotals {
  const totals: SavingsTotals = { monthlySavingsUsd: 0, byNamespace: {}, byWorkload: {} };
  for (const r of recommendations) {
    if (r.action !== 'resize') continue;
    const workload = `${r.ref.namespace}/${r.ref.kind}/${r.ref.workload}`;
    totals.monthlySavingsUsd += r.monthlySavingsUsd;
    totals.byNamespace[r.ref.namespace] = (totals.byNamespace[r.ref.namespace] ?? 0) + r.monthlySavingsUsd;
    totals.byWorkload[workload] = (totals.byWorkload[workload] ?? 0) + r.monthlySavingsUsd;
  }
  return totals;
}

/**
 * Right-sizes every container that ran in the window: usage and autoscalers from the metrics
 * port, one pure recommendation each, savings added up. Savings are on requests, which is what
 * nodes are provisioned for: they become money when the cluster autoscaler consolidates nodes.
 * @example
 * const report = await rightsizeCluster({ metrics }, { window: { end, windowSeconds: 7 * 86_400 } });
 */
export async function rightsizeCluster(
  deps: { metrics: UsageMetrics },
  input: { window: UsageWindow; options?: RightsizeOptions; prices?: UnitPrices; onProgress?: UsageProgress },
): Promise<RightsizeReport> {
  const options = input.options ?? DEFAULT_RIGHTSIZE_OPTIONS;
  const prices = input.prices ?? DEFAULT_UNIT_PRICES;
  const [usages, autoscalers] = await Promise.all([
    deps.metrics.containerUsage(input.window, input.onProgress),
    deps.metrics.autoscalers(input.window),
  ]);
  const windowHours = input.window.windowSeconds / 3600;
  const recommendations = usages.map((usage) =>
    recommend(usage, { autoscalers, options, prices, windowHours }),
  );
  return { window: input.window, prices, recommendations, totals: totalSavings(recommendations) };
}
