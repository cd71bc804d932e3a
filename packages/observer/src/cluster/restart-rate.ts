import { theilSen } from '@sre-agent/cost/trend';
import { boundEvidence, type Forecast, WARN_ACTION } from '../forecast.ts';
import type { TrendSample } from '../trend/forecast-time-to-limit.ts';

/** One container's restarts per hour (the increase of `kube_pod_container_status_restarts_total` over 1 h) through time. */
export type RestartSeries = {
  namespace: string;
  pod: string;
  container: string;
  /** The owning workload, when known; the pod stands for itself otherwise. */
  workload?: string;
  workloadKind?: string;
  perHour: TrendSample[];
};

export type RestartRateOptions = {
  /** A rate below this many restarts an hour is no warning (default 2). */
  minRatePerHour?: number;
  /** The rate the forecast counts down to: the kubelet's back-off caps a crash loop near 12 an hour (default 12). */
  limitPerHour?: number;
  /** Fewer points than this is no basis for a trend (default 6). */
  minPoints?: number;
  /** Kendall consistency the rise needs (default 0.4). */
  minConsistency?: number;
};

const HOUR = 3_600_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? 0
    : sorted.length % 2
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Restart rates that are rising: the per-hour restart count of a container trending up (robust
 * Theil–Sen slope over the points, consistent in direction, recent rate at least `minRatePerHour`
 * and above the early one). The countdown is to `limitPerHour`, the rate of a full crash loop.
 * One forecast per workload and container (its fastest-rising pod).
 */
export function forecastRestartRate(
  series: readonly RestartSeries[],
  options: RestartRateOptions = {},
): Forecast[] {
  const minRate = options.minRatePerHour ?? 2;
  const limit = options.limitPerHour ?? 12;
  const minPoints = options.minPoints ?? 6;
  const minConsistency = options.minConsistency ?? 0.4;
  const best = new Map<string, Forecast>();
  for (const s of series) {
    const points = s.perHour
      .filter((p) => Number.isFinite(p.value) && p.value >= 0)
      .sort((a, b) => a.atMs - b.atMs);
    if (points.length < minPoints) continue;
    const steps = points.slice(1).map((p, i) => p.atMs - (points[i]?.atMs ?? p.atMs));
    const stepMs = median(steps);
    if (stepMs <= 0) continue;
    const trend = theilSen(points.map((p) => p.value));
    const slopePerHour = (trend.slope * HOUR) / stepMs;
    const third = Math.max(1, Math.floor(points.length / 3));
    const early = median(points.slice(0, third).map((p) => p.value));
    const recent = median(points.slice(-third).map((p) => p.value));
    if (slopePerHour <= 0 || trend.consistency < minConsistency || recent < minRate || recent <= early)
      continue;
    const minutes = recent >= limit ? 0 : Math.floor(((limit - recent) / slopePerHour) * 60);
    const workload = s.workload ?? s.pod;
    const forecast: Forecast = {
      kind: 'restart-rate',
      namespace: s.namespace,
      workload,
      ...(s.workloadKind ? { workloadKind: s.workloadKind } : {}),
      container: s.container,
      resource: `restarts of container ${s.container}`,
      timeToLimitMinutes: minutes,
      evidence: boundEvidence([
        `restarts per hour rose from ${early.toFixed(1)} to ${recent.toFixed(1)} (pod ${s.pod}), +${slopePerHour.toFixed(2)}/h each hour`,
        `${points.length} points over ${((points.at(-1)?.atMs ?? 0) - (points[0]?.atMs ?? 0)) / HOUR} h, consistency ${trend.consistency.toFixed(2)}`,
        recent >= limit
          ? `already at a crash loop's rate (${limit}/h)`
          : `at this trend it reaches a crash loop's rate (${limit}/h) in ${minutes} min`,
      ]),
      action: WARN_ACTION,
    };
    const key = `${s.namespace}/${workload}/${s.container}`;
    const seen = best.get(key);
    if (!seen || (seen.timeToLimitMinutes ?? Infinity) > minutes) best.set(key, forecast);
  }
  return [...best.values()];
}
