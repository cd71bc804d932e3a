import { type Signal, WorkloadKindSchema } from '@sre-agent/core';
import type { ClusterSnapshot } from '../snapshot.ts';
import type { DetectionOf, DetectorContext, ForecastView } from './spec.ts';

/** The workload kinds a forecast may name as its target (a claim without one stands for its StatefulSet). */
function targetKind(forecast: ForecastView) {
  const parsed = WorkloadKindSchema.safeParse(forecast.workloadKind ?? 'Deployment');
  return parsed.success ? parsed.data : undefined;
}

/** Detections of one forecast kind: one per forecast, on the workload it names, with its evidence. */
export function forecastDetections<S extends Signal>(
  snapshot: ClusterSnapshot,
  context: DetectorContext,
  kind: string,
  signal: S,
): DetectionOf<S>[] {
  return (context.forecasts ?? []).flatMap((forecast) => {
    const workloadKind = targetKind(forecast);
    if (forecast.kind !== kind || !workloadKind || !forecast.namespace) return [];
    const minutes = forecast.timeToLimitMinutes;
    const due = minutes === null ? undefined : new Date(context.now.getTime() + minutes * 60_000);
    const when = minutes === null ? 'now' : minutes === 0 ? 'now' : `in about ${Math.round(minutes)} minutes`;
    return [
      {
        target: {
          cluster: snapshot.cluster,
          namespace: forecast.namespace,
          kind: workloadKind,
          name: forecast.workload,
        },
        signal,
        source: 'monitor',
        status: 'firing',
        ...(forecast.container ? { container: forecast.container } : {}),
        reason: `forecast: ${forecast.resource} reaches its limit ${when}; ${forecast.evidence.join('; ')}`,
        observedAt: context.now.toISOString(),
        forecast: {
          resource: forecast.resource,
          timeToLimitMinutes: minutes,
          ...(due ? { dueAt: due.toISOString() } : {}),
          evidence: [...forecast.evidence],
          action: { kind: forecast.action.kind, params: { ...forecast.action.params } },
          ...(forecast.limitBytes !== undefined && forecast.limitBytes > 0
            ? { limitBytes: forecast.limitBytes }
            : {}),
        },
      },
    ];
  });
}
