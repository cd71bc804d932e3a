/** `@sre-agent/app/cost-sweep`: the cost sweep and its composition root (usage history, cluster readers, notifiers). */
import { createNotifiers } from '@sre-agent/chat';
import type { Clock, LoadedConfig, Logger } from '@sre-agent/core';
import type { StateStores } from '@sre-agent/state';
import { configuredUsageMetrics } from '../compose/cost-metrics.ts';
import { IncidentThreadStore } from '../compose/incident-thread-store.ts';
import { kubeNamespaceInventory } from '../compose/kube-namespace-inventory.ts';
import { type CostSweepSummary, runCostSweep } from '../use-cases/run-cost-sweep.ts';

export { connectClusters } from '../compose/connect-clusters.ts';
export type { CostSweepSummary } from '../use-cases/run-cost-sweep.ts';

/** What a scheduled sweep needs, built once per cold start. */
export type CostSweepContext = {
  loaded: LoadedConfig;
  stores: StateStores;
  /** Readers of the connected clusters (the first one's namespaces go with the usage history). */
  clusters: ReadonlyMap<string, { reader: Parameters<typeof kubeNamespaceInventory>[0] }>;
  clock: Clock;
  logger: Logger;
};

export type ScheduledCostSweepResult =
  | { status: 'reported'; summary: CostSweepSummary }
  | { status: 'skipped'; reason: string };

/**
 * One scheduled cost sweep: right-sizing and zombie namespaces from the configured Prometheus
 * (AMP through SigV4 with the function's role), the report to every configured notifier.
 * Without `integrations.prometheus` there is no usage history: it says so and does nothing.
 */
export async function runScheduledCostSweep(context: CostSweepContext): Promise<ScheduledCostSweepResult> {
  const { loaded, stores, clock, logger } = context;
  const metrics = configuredUsageMetrics(loaded.config);
  if (!metrics) {
    logger.warn('cost sweep skipped', { reason: 'integrations.prometheus is not configured' });
    return {
      status: 'skipped',
      reason: 'integrations.prometheus is not configured: no usage history to read',
    };
  }
  const [first] = [...context.clusters];
  const cluster = first?.[0] ?? loaded.config.clusters[0]?.name ?? 'default';
  const notifier = createNotifiers({
    integrations: loaded.config.integrations,
    secrets: loaded.secrets,
    threadStore: new IncidentThreadStore(stores.incidents),
    logger,
    clock,
  });
  const { summary } = await runCostSweep(
    {
      cluster,
      metrics,
      inventory: first ? kubeNamespaceInventory(first[1].reader) : undefined,
      notifier,
      clock,
      logger,
    },
    { denyNamespaces: loaded.config.policy.denyNamespaces },
  );
  return { status: 'reported', summary };
}
