/** `@sre-agent/app/forecast`: the hourly forecast digest and its composition root (Prometheus, cluster readers, notifiers). */
import { createNotifiers } from '@sre-agent/chat';
import type { Clock, LoadedConfig, Logger } from '@sre-agent/core';
import type { ClusterForecastReader } from '@sre-agent/observer';
import type { StateStores } from '@sre-agent/state';
import { configuredForecastMetrics } from '../compose/forecast-metrics.ts';
import { IncidentThreadStore } from '../compose/incident-thread-store.ts';
import { type ForecastDigestSummary, runForecastDigest } from '../use-cases/run-forecast-digest.ts';

export { connectClusters } from '../compose/connect-clusters.ts';
export type { ForecastDigestSummary } from '../use-cases/run-forecast-digest.ts';

/** What a scheduled digest needs, built once per cold start. */
export type ForecastDigestContext = {
  loaded: LoadedConfig;
  stores: StateStores;
  clusters: ReadonlyMap<string, { reader: ClusterForecastReader }>;
  clock: Clock;
  logger: Logger;
};

export type ScheduledForecastDigestResult = { status: 'reported'; digests: ForecastDigestSummary[] };

/**
 * One forecast digest per connected cluster. The configured Prometheus (one per deployment, as for
 * the cost sweep) belongs to the first cluster: its memory, volume, restart and SLO forecasts go
 * there; every cluster gets its certificate, HPA and PDB forecasts.
 */
export async function runScheduledForecastDigest(
  context: ForecastDigestContext,
): Promise<ScheduledForecastDigestResult> {
  const { loaded, stores, clock, logger } = context;
  const prometheus = configuredForecastMetrics(loaded.config, logger);
  const notifier = createNotifiers({
    integrations: loaded.config.integrations,
    secrets: loaded.secrets,
    threadStore: new IncidentThreadStore(stores.incidents),
    logger,
    clock,
  });
  const digests: ForecastDigestSummary[] = [];
  let first = true;
  for (const [cluster, { reader }] of context.clusters) {
    const { summary } = await runForecastDigest(
      { cluster, reader, ...(first ? prometheus : {}), notifier, clock, logger },
      loaded.config.forecast,
      { denyNamespaces: loaded.config.policy.denyNamespaces },
    );
    digests.push(summary);
    first = false;
  }
  return { status: 'reported', digests };
}
