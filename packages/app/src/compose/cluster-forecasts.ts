import type { Clock } from '@sre-agent/core';
import type { ClusterForecasts } from '@sre-agent/healing';
import {
  EmbeddedForecastMetrics,
  type EmbeddedForecastSource,
  type Forecast,
  type ForecastHorizons,
  forecastMemoryAndVolumes,
} from '@sre-agent/observer';

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
/** A trend over hours does not change within minutes: the forecasts are recomputed this often. */
const REFRESH_MS = 15 * 60_000;
/** Seconds between the points read: a trend over hours needs no finer grain. */
const STEP_SECONDS = 120;

/**
 * A cluster's forecasts over the sandbox's recorded usage (the embedded metrics), computed at most
 * once every 15 minutes of the agent's clock (each computation reads 30 hours of every container):
 * monitor passes in between share it; a verification asks for the forecasts at its instant.
 */
export function embeddedClusterForecasts(
  source: EmbeddedForecastSource,
  clock: Clock,
  horizons: ForecastHorizons = LIVE_HORIZONS,
): ClusterForecasts {
  const metrics = new EmbeddedForecastMetrics(source);
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
          }),
        };
      }
      return cached.forecasts;
    },
  };
}
