import { runScheduledForecastDigest, type ScheduledForecastDigestResult } from '@sre-agent/app/forecast';
import { forecastContext } from './shared/forecast.ts';

/** Hourly forecast digest: what will hit a limit, expire or block, per cluster, one message to chat. */
export async function handler(): Promise<ScheduledForecastDigestResult> {
  return runScheduledForecastDigest(await forecastContext());
}
