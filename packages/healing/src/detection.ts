import {
  DetectionSourceSchema,
  IncidentForecastSchema,
  SignalSchema,
  WorkloadRefSchema,
} from '@sre-agent/core';
import * as z from 'zod';

/** How much of an alert's summary and description an incident keeps for its diagnosis. */
export const ALERT_TEXT_CHARS = 2_000;

/**
 * Something looks wrong with one object: the common currency of the Alertmanager webhook and
 * the monitor. `target` may be a bare Pod; the pipeline resolves it to its owning workload.
 */
export const DetectionSchema = z.strictObject({
  target: WorkloadRefSchema,
  signal: SignalSchema,
  source: DetectionSourceSchema,
  /** Short human reason, e.g. `container app: OOMKilled (exit 137), 4 restarts`. */
  reason: z.string(),
  status: z.enum(['firing', 'resolved']),
  pod: z.string().optional(),
  container: z.string().optional(),
  /** Alertmanager fingerprint, for dedup and for closing on `resolved`. */
  fingerprint: z.string().optional(),
  alertName: z.string().optional(),
  /**
   * The alert's own words (its `summary` and `description` annotations), for the diagnosis: what the
   * alert rule knows that the pod does not (a queue's depth, whether the other replicas and the
   * dependency are healthy). Untrusted text, bounded here.
   */
  alertText: z.string().max(ALERT_TEXT_CHARS).optional(),
  observedAt: z.iso.datetime({ offset: true }),
  /** For a forecast signal: the forecast, carried onto the incident it opens. */
  forecast: IncidentForecastSchema.optional(),
});
export type Detection = z.infer<typeof DetectionSchema>;
