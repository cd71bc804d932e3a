import type { Config } from '@sre-agent/core';
import type { NamespaceInventory, UsageMetrics } from '@sre-agent/cost';
import type { ClusterHandles } from '@sre-agent/healing';
import { configuredUsageMetrics } from '../compose/cost-metrics.ts';
import type { Agent } from '../compose/create-agent.ts';
import { kubeNamespaceInventory } from '../compose/kube-namespace-inventory.ts';
import { runCostSweep } from '../use-cases/run-cost-sweep.ts';

/** Where a local cost sweep reads usage from, and for which cluster. */
export type LocalCostSource = { cluster: string; metrics: UsageMetrics; inventory?: NamespaceInventory };

/**
 * The configured usage history (Prometheus or AMP) for the first connected cluster, with that
 * cluster's namespaces; undefined when no Prometheus is configured (the sandbox brings its own).
 */
export function configuredCostSource(
  config: Config,
  clusters: ReadonlyMap<string, ClusterHandles>,
): LocalCostSource | undefined {
  const metrics = configuredUsageMetrics(config);
  if (!metrics) return undefined;
  const [name, handles] = [...clusters][0] ?? [config.clusters[0]?.name ?? 'default', undefined];
  return {
    cluster: name,
    metrics,
    ...(handles ? { inventory: kubeNamespaceInventory(handles.reader) } : {}),
  };
}

/** One cost sweep of the local runtime: the weekly report to the agent's notifiers (the terminal locally). */
export function localCostSweep(agent: Agent, source: LocalCostSource): () => Promise<void> {
  return async () => {
    await runCostSweep(
      {
        cluster: source.cluster,
        metrics: source.metrics,
        inventory: source.inventory,
        notifier: agent.pager,
        clock: agent.clock,
        logger: agent.logger,
      },
      { denyNamespaces: agent.config.policy.denyNamespaces },
    );
  };
}
