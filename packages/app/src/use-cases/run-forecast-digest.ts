import type { Clock, ForecastConfig, Logger, Notifier } from '@sre-agent/core';
import {
  type ClusterForecastReader,
  type ClusterHealthMetrics,
  clusterForecastSources,
  collectForecasts,
  DEFAULT_HORIZONS,
  type Forecast,
  type ForecastMetrics,
  type ForecastSource,
  type ForecastSourceFailure,
  forecastDigestNotification,
  forecastMemoryAndVolumes,
  withholdNamespaces,
} from '@sre-agent/observer';

/** Minutes of history the memory and volume forecasts read: a day to tell daily cycles by, and the fit window. */
const WINDOW_MINUTES = 30 * 60;

export type ForecastDigestDeps = {
  cluster: string;
  reader: ClusterForecastReader;
  /** Memory, volume and node-disk series (Prometheus); without them those forecasts are skipped. */
  metrics?: ForecastMetrics | undefined;
  /** Restart and SLO metrics (Prometheus); without them those forecasts are skipped. */
  health?: ClusterHealthMetrics | undefined;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
};

/** What one digest found, in a few numbers (the Lambda's result, the log line). */
export type ForecastDigestSummary = {
  cluster: string;
  forecasts: number;
  soonestMinutes: number | null;
  kinds: Record<string, number>;
  failures: string[];
  /** Namespaces left out (`policy.denyNamespaces`), when there were any: a count, never names. */
  withheldNamespaces?: number;
};

export type ForecastDigestInput = {
  /**
   * The policy's denylisted namespaces: their forecasts (and the actions they propose) are left out
   * of the digest and the result, which only count them.
   */
  denyNamespaces?: readonly string[];
};

/** Every forecast source of a cluster: the engine's memory and volume forecasts and the cluster-side ones. */
export function forecastSources(
  deps: Omit<ForecastDigestDeps, 'notifier' | 'logger'>,
  config: ForecastConfig,
): ForecastSource[] {
  const { metrics } = deps;
  const memoryAndVolumes: ForecastSource[] = metrics
    ? [
        {
          name: 'memory and volumes',
          forecast: () =>
            forecastMemoryAndVolumes(metrics, {
              window: WINDOW_MINUTES,
              now: deps.clock.now(),
              horizons: DEFAULT_HORIZONS,
            }),
        },
      ]
    : [];
  return [
    ...memoryAndVolumes,
    ...clusterForecastSources(
      { reader: deps.reader, health: deps.health, clock: deps.clock },
      {
        readTlsSecrets: config.readTlsSecrets,
        certificateWarnDays: config.certificateWarnDays,
        slos: config.slos,
      },
    ),
  ];
}

/**
 * The forecast digest of one cluster: every forecast (memory, volumes, disks, certificates, HPAs,
 * PDBs, restarts, SLO burn), soonest first and bounded, as one message to the notifiers (Slack,
 * Teams, the terminal), without the denylisted namespaces' forecasts (counted, never named; nothing
 * is proposed there). The same use case runs on the forecast Lambda's hourly schedule and on
 * the local runtime's.
 */
export async function runForecastDigest(
  deps: ForecastDigestDeps,
  config: ForecastConfig,
  input: ForecastDigestInput = {},
): Promise<{ forecasts: Forecast[]; failures: ForecastSourceFailure[]; summary: ForecastDigestSummary }> {
  const collected = await collectForecasts(forecastSources(deps, config));
  const { failures } = collected;
  const { forecasts, withheldNamespaces } = withholdNamespaces(
    collected.forecasts,
    input.denyNamespaces ?? [],
  );
  const kinds: Record<string, number> = {};
  for (const f of forecasts) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  const summary: ForecastDigestSummary = {
    cluster: deps.cluster,
    forecasts: forecasts.length,
    soonestMinutes: forecasts[0]?.timeToLimitMinutes ?? null,
    kinds,
    failures: failures.map((f) => f.source),
    ...(withheldNamespaces > 0 ? { withheldNamespaces } : {}),
  };
  deps.logger.info('forecast digest done', summary);
  await deps.notifier.notify(
    forecastDigestNotification(
      { cluster: deps.cluster, at: deps.clock.now(), forecasts, failures, withheldNamespaces },
      { limit: config.digestLimit },
    ),
  );
  return { forecasts, failures, summary };
}
