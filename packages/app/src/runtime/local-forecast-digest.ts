import type { ClusterForecastReader, ClusterHealthMetrics, ForecastMetrics } from '@sre-agent/observer';
import type { Agent } from '../compose/create-agent.ts';
import { configuredForecastMetrics } from '../compose/forecast-metrics.ts';
import { runForecastDigest } from '../use-cases/run-forecast-digest.ts';

/** What the local digest reads besides the clusters: series to forecast on, and restart/SLO metrics. */
export type LocalForecastMetrics = { metrics?: ForecastMetrics; health?: ClusterHealthMetrics };

/**
 * The forecast digests of the local runtime: one per cluster, to the agent's notifiers (the terminal
 * locally). The first cluster gets `metrics` (the sandbox's recorded usage, or the configured
 * Prometheus), as the forecast Lambda does.
 */
export function localForecastDigest(
  agent: Agent,
  clusters: ReadonlyMap<string, { reader: ClusterForecastReader }>,
  given: LocalForecastMetrics | undefined,
): () => Promise<void> {
  const source = given ?? configuredForecastMetrics(agent.config, agent.logger) ?? {};
  return async () => {
    let first = true;
    for (const [cluster, { reader }] of clusters) {
      await runForecastDigest(
        {
          cluster,
          reader,
          ...(first ? source : {}),
          notifier: agent.pager,
          clock: agent.clock,
          logger: agent.logger,
        },
        agent.config.forecast,
        { denyNamespaces: agent.config.policy.denyNamespaces },
      );
      first = false;
    }
  };
}
