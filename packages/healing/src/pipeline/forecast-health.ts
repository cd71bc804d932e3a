import type { Incident } from '@sre-agent/core';
import type { HealthReport } from '../verify/assess-health.ts';
import { isForecastIncident } from './forecast-diagnosis.ts';
import type { StepContext } from './step-context.ts';

/** Whether the observer still forecasts this incident's problem: same kind, workload and resource. */
export async function stillForecast(
  ctx: StepContext,
  incident: Incident,
  fresh = false,
): Promise<{ forecast: boolean; summary: string } | undefined> {
  if (!isForecastIncident(incident)) return undefined;
  const forecasts = ctx.handles(incident).forecasts;
  if (!forecasts) return { forecast: true, summary: 'no metrics to tell whether the forecast still holds' };
  const kind = incident.signal === 'MemoryLimitForecast' ? 'memory-limit' : 'volume-full';
  const t = incident.target;
  const found = (await forecasts.current({ fresh })).find(
    (f) =>
      f.kind === kind &&
      f.namespace === t.namespace &&
      f.workload === t.name &&
      f.resource === incident.forecast.resource,
  );
  if (!found)
    return {
      forecast: false,
      summary: `${incident.forecast.resource} is no longer forecast to reach its limit within the horizon`,
    };
  const minutes = found.timeToLimitMinutes;
  return {
    forecast: true,
    summary: `${incident.forecast.resource} still forecast to reach its limit${minutes === null ? '' : ` in about ${Math.round(minutes)} minutes`}`,
  };
}

/**
 * A forecast incident's symptom is the forecast, not a failure (the workload is healthy while it
 * creeps): it is gone only when the workload is healthy and the observer no longer forecasts it.
 */
export async function withForecast(
  ctx: StepContext,
  incident: Incident,
  health: HealthReport,
  /** Verifying a fix: forecasts at this instant, not a recent computation from before the fix. */
  fresh = false,
): Promise<HealthReport> {
  const still = await stillForecast(ctx, incident, fresh);
  if (!still) return health;
  if (!still.forecast) return { ...health, summary: `${health.summary}; ${still.summary}` };
  return { ...health, healthy: false, mitigated: false, summary: `${health.summary}; ${still.summary}` };
}

/**
 * How a forecast turned out, recorded on the incident (per workload, for tuning thresholds):
 * `acted` when the agent's fix made it go away; `wrong` when it went away with nothing done, or
 * its predicted time passed with the workload still healthy. Undefined: nothing to record (yet).
 */
export function forecastOutcome(
  incident: Incident,
  now: Date,
  event: { kind: 'fixed'; summary: string } | { kind: 'recovered' } | { kind: 'still-healthy' },
): Incident['forecast'] {
  if (!isForecastIncident(incident) || incident.forecast.outcome) return undefined;
  const at = now.toISOString();
  const f = incident.forecast;
  if (event.kind === 'fixed') {
    return { ...f, outcome: { verdict: 'acted', reason: event.summary.slice(0, 300), at } };
  }
  if (event.kind === 'recovered') {
    return {
      ...f,
      outcome: {
        verdict: 'wrong',
        reason: 'no longer forecast, and nothing was done: it resolved itself',
        at,
      },
    };
  }
  if (f.dueAt && new Date(f.dueAt).getTime() < now.getTime()) {
    return {
      ...f,
      outcome: {
        verdict: 'wrong',
        reason: `the predicted time (${f.dueAt}) passed without the limit being reached`,
        at,
      },
    };
  }
  return undefined;
}
