import type { Clock, Logger, Notifier } from '@sre-agent/core';
import {
  type CostSweepReport,
  costReportNotification,
  DEFAULT_ZOMBIE_OPTIONS,
  findZombieNamespaces,
  type NamespaceInventory,
  rightsizeCluster,
  type UsageMetrics,
  withholdNamespaces,
  type ZombieOptions,
} from '@sre-agent/cost';

export type CostSweepDeps = {
  /** The cluster the usage history describes (one Prometheus or AMP workspace per cluster). */
  cluster: string;
  metrics: UsageMetrics;
  /** The cluster's own view of its namespaces, when it is connected. */
  inventory?: NamespaceInventory | undefined;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
};

export type CostSweepInput = {
  /** History to right-size from (default a week). */
  windowSeconds?: number;
  zombies?: ZombieOptions;
  /**
   * The policy's denylisted namespaces: never judged as zombies, and nothing of theirs (right-sizing,
   * patches, savings, verdicts) in the report, which only counts them.
   */
  denyNamespaces?: readonly string[];
};

/** What a sweep found, in a few numbers (the Lambda's result, the log line). */
export type CostSweepSummary = {
  cluster: string;
  containers: number;
  resize: number;
  monthlySavingsUsd: number;
  zombies: string[];
};

/**
 * The cost report now: right-sizing over the last week and the zombie namespaces, for the whole
 * cluster or one namespace (`/sre cost <namespace>`), without the denylisted namespaces (counted,
 * never named: the boundary every chat answer and scheduled report goes through). When it finds no
container, it names the series selectors that match nothing in Prometheus. Reads only.
 */
export async function buildCostReport(
  deps: Pick<CostSweepDeps, 'cluster' | 'metrics' | 'inventory' | 'clock'>,
  input: CostSweepInput & { namespace?: string | undefined } = {},
): Promise<CostSweepReport> {
  const at = deps.clock.now();
  const base = input.zombies ?? DEFAULT_ZOMBIE_OPTIONS;
  const options: ZombieOptions = {
    ...base,
    excludeNamespaces: [...new Set([...base.excludeNamespaces, ...(input.denyNamespaces ?? [])])],
  };
  const [rightsize, zombies] = await Promise.all([
    rightsizeCluster(
      { metrics: deps.metrics },
      {
        window: {
          end: at,
          windowSeconds: input.windowSeconds ?? 7 * 86_400,
          ...(input.namespace ? { namespace: input.namespace } : {}),
        },
      },
    ),
    findZombieNamespaces(
      { metrics: deps.metrics, ...(deps.inventory ? { inventory: deps.inventory } : {}) },
      { at, options },
    ),
  ]);
  const shown = input.namespace
    ? { ...zombies, zombies: zombies.zombies.filter((z) => z.namespace === input.namespace) }
    : zombies;
  // No container at all: a series selector that matches nothing is a likelier cause than an empty
  // cluster, and the report says so rather than silently finding nothing.
  const unmatched =
    rightsize.recommendations.length === 0 ? ((await deps.metrics.unmatchedSelectors?.(at)) ?? []) : [];
  return withholdNamespaces(
    {
      cluster: deps.cluster,
      at,
      rightsize,
      zombies: shown,
      ...(unmatched.length > 0 ? { unmatchedSelectors: unmatched } : {}),
    },
    input.denyNamespaces ?? [],
  );
}

/**
 * The cost sweep: the cost report (right-sizing over the last week, the zombie namespaces now),
 * sent through the notifier (Slack, Teams, the terminal). The same use case runs on the
 * cost-sweep Lambda's schedule and on the local runtime's.
 */
export async function runCostSweep(
  deps: CostSweepDeps,
  input: CostSweepInput = {},
): Promise<{ report: CostSweepReport; summary: CostSweepSummary }> {
  const report = await buildCostReport(deps, input);
  const { rightsize, zombies } = report;
  const summary: CostSweepSummary = {
    cluster: deps.cluster,
    containers: rightsize.recommendations.length,
    resize: rightsize.recommendations.filter((r) => r.action === 'resize').length,
    monthlySavingsUsd: Math.round(rightsize.totals.monthlySavingsUsd * 100) / 100,
    zombies: zombies.zombies.map((z) => z.namespace),
  };
  deps.logger.info('cost sweep done', summary);
  await deps.notifier.notify(costReportNotification(report));
  return { report, summary };
}
