import { type Incident, type IncidentForecast, redactText } from '@sre-agent/core';
import { parseCatalogAction } from '../actions/registry.ts';
import type { IncidentDiagnosis } from '../ports.ts';

/** The signals of the proactive observer: the incident is about what will happen, not what did. */
export const FORECAST_SIGNALS: ReadonlySet<Incident['signal']> = new Set([
  'MemoryLimitForecast',
  'VolumeFillingForecast',
]);

/** Whether an incident is a forecast (opened by a forecast detector, carrying the forecast). */
export function isForecastIncident(
  incident: Incident,
): incident is Incident & { forecast: IncidentForecast } {
  return FORECAST_SIGNALS.has(incident.signal) && incident.forecast !== undefined;
}

function when(forecast: IncidentForecast): string {
  const m = forecast.timeToLimitMinutes;
  if (m === null || m <= 0) return 'now';
  return m < 120 ? `in about ${Math.round(m)} minutes` : `in about ${(m / 60).toFixed(1)} hours`;
}

/**
 * The diagnosis of a forecast: the observer already weighed the evidence (a robust trend over
 * hours), so the forecast is the diagnosis, and its proposed catalog action the plan; a forecast
 * that only warns (no catalog action for it, e.g. a volume) escalates with the forecast.
 */
export function diagnoseForecast(
  incident: Incident & { forecast: IncidentForecast },
): Pick<IncidentDiagnosis, 'diagnosis' | 'actions'> {
  const f = incident.forecast;
  const memory = incident.signal === 'MemoryLimitForecast';
  const summary = redactText(
    `${f.resource} of ${incident.target.kind} ${incident.target.namespace}/${incident.target.name} will reach its ${memory ? 'memory limit' : 'capacity'} ${when(f)}: ${f.evidence.slice(1).join('; ')}`,
  ).slice(0, 1_500);
  const proposed =
    f.action.kind === 'warn' ? undefined : parseCatalogAction({ ...f.action.params, kind: f.action.kind });
  const actions =
    proposed?.kind === 'ok'
      ? [proposed.action]
      : [
          {
            kind: 'escalate' as const,
            reason: redactText(
              `${f.resource} of ${incident.target.namespace}/${incident.target.name} fills ${when(f)} and no catalog action fixes it: ${memory ? 'raise its memory limit' : 'expand the volume or free space'}`,
            ).slice(0, 500),
          },
        ];
  return {
    diagnosis: {
      category: memory ? 'memory' : 'disk',
      summary,
      confidence: 0.8,
      source: 'forecast',
    },
    actions,
  };
}
