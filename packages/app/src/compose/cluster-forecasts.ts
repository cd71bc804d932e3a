import type { Clock, Config, Logger } from '@sre-agent/core';
import type { ClusterForecasts, ClusterHandles } from '@sre-agent/healing';
import {
  EmbeddedForecastMetrics,
  type EmbeddedForecastSource,
  type Forecast,
  type ForecastHorizons,
  type ForecastMetrics,
  forecastMemoryAndVolumes,
  withholdNamespaces,
} from '@sre-agent/observer';
import { configuredForecastMetrics } from './forecast-metrics.ts';

/**
 * How far ahead the live monitor acts on forecasts: a memory limit within 2 hours (time for a
 * raise, dry run and rollout before the OOM; the raise covers the growth of those 2 hours, so one
 * bounded raise suffices for a creep that settles), a volume within 2 days (a human resizes it).
 */
export const LIVE_HORIZONS: ForecastHorizons = {
  memoryMinutes: 120,
  volumeMinutes: 48 * 60,
  nodeDiskMinutes: 48 * 60,
};

/** Hours of history a forecast reads: a day to tell a daily cycle by, and the fit window. */
const WINDOW_MINUTES = 30 * 60;
/** A trend over hours does not change within minutes: the forecasts are recomputed this often (a forecast at 2 h is still seen 90 minutes ahead). */
const REFRESH_MS = 30 * 60_000;
/** Seconds between the points read: a trend over hours needs no finer grain. */
const STEP_SECONDS = 300;

/** A cluster's forecasts over the sandbox's recorded usage (the embedded metrics). */
export function embeddedClusterForecasts(
  source: EmbeddedForecastSource,
  clock: Clock,
  horizons: ForecastHorizons = LIVE_HORIZONS,
  denyNamespaces: readonly string[] = [],
): ClusterForecasts {
  return clusterForecasts(new EmbeddedForecastMetrics(source), clock, horizons, denyNamespaces);
}

/**
 * The configured Prometheus's forecasts for the first configured cluster (the one it watches, as
 * the cost sweep and the forecast digest take it), so that the Lambda monitor raises forecast
 * incidents and the worker verifies them as `npm start` does; the clusters unchanged without one.
 */
export function withConfiguredForecasts(
  clusters: Map<string, ClusterHandles>,
  config: Config,
  clock: Clock,
  horizons: ForecastHorizons = LIVE_HORIZONS,
  logger?: Logger,
): Map<string, ClusterHandles> {
  const configured = configuredForecastMetrics(config, logger);
  const [first] = clusters.keys();
  const handles = first === undefined ? undefined : clusters.get(first);
  if (!configured || first === undefined || !handles) return clusters;
  return new Map(clusters).set(first, {
    ...handles,
    forecasts: clusterForecasts(configured.metrics, clock, horizons, config.policy.denyNamespaces),
  });
}

/**
 * A cluster's forecasts over any metrics port, computed at most once every 30 minutes of the
 * agent's clock (each computation reads 30 hours of every container): monitor passes in between
 * share it; a verification asks for the forecasts at its instant. The denylisted namespaces'
 * forecasts are dropped: no forecast incident, proposal or raise there.
 */
export function clusterForecasts(
  metrics: ForecastMetrics,
  clock: Clock,
  horizons: ForecastHorizons = LIVE_HORIZONS,
  denyNamespaces: readonly string[] = [],
): ClusterForecasts {
  let cached: { at: number; forecasts: Promise<Forecast[]> } | undefined;
  return {
    current(options) {
      const now = clock.now();
      const stale = !cached || now.getTime() < cached.at || now.getTime() - cached.at >= REFRESH_MS;
      if (!cached || stale || (options?.fresh && cached.at !== now.getTime())) {
        cached = {
          at: now.getTime(),
          forecasts: forecastMemoryAndVolumes(metrics, {
            window: WINDOW_MINUTES,
            now,
            horizons,
            stepSeconds: STEP_SECONDS,
          }).then((all) => withholdNamespaces(all, denyNamespaces).forecasts),
        };
      }
      return cached.forecasts;
    },
  };
}
