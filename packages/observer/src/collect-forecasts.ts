import { compareForecasts, type Forecast, ForecastSchema } from './forecast.ts';

/** Something that sees problems coming: the memory and volume forecasts, certificates, HPAs, SLO burn… */
export type ForecastSource = { name: string; forecast(): Promise<Forecast[]> };

/** A source that failed: the others still count. */
export type ForecastSourceFailure = { source: string; error: string };

/**
 * Runs every source, checks each forecast against `ForecastSchema` (a source's bug must not reach
 * a notification), and returns them soonest first. A source that throws is reported, not fatal.
 */
export async function collectForecasts(
  sources: readonly ForecastSource[],
): Promise<{ forecasts: Forecast[]; failures: ForecastSourceFailure[] }> {
  const settled = await Promise.allSettled(sources.map((s) => s.forecast()));
  const forecasts: Forecast[] = [];
  const failures: ForecastSourceFailure[] = [];
  settled.forEach((result, i) => {
    const source = sources[i]?.name ?? `source ${i}`;
    if (result.status === 'rejected') {
      failures.push({
        source,
        error: String((result.reason as Error)?.message ?? result.reason).slice(0, 300),
      });
      return;
    }
    for (const f of result.value) {
      const parsed = ForecastSchema.safeParse(f);
      if (parsed.success) forecasts.push(parsed.data);
      else failures.push({ source, error: `an invalid forecast: ${parsed.error.message.slice(0, 240)}` });
    }
  });
  return { forecasts: forecasts.sort(compareForecasts), failures };
}
