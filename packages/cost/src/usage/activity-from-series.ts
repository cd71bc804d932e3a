import { ACTIVITY_STEP_SECONDS } from '../zombies/promql.ts';
import type { ActivityWindow, NamespaceActivity, SignalActivity } from '../zombies/types.ts';

/**
 * One namespace's raw series, minute by minute from `startEpochSeconds` (a whole minute): what
 * ingress-nginx, Istio and cAdvisor would have counted, and the kube-state-metrics facts.
 */
export type NamespaceSeries = {
  namespace: string;
  startEpochSeconds: number;
  /** Requests per minute through ingress-nginx; undefined when the namespace has no Ingress. */
  nginxRequests?: ArrayLike<number>;
  /** Requests per minute to the namespace's services through Istio; undefined without a mesh. */
  istioRequests?: ArrayLike<number>;
  /** Mean bytes per second received plus sent by the namespace's pods, per minute. */
  networkBytesPerSecond: ArrayLike<number>;
  createdAtEpochSeconds?: number;
  /** Creation times of the namespace's ReplicaSets. */
  replicaSetsCreatedEpochSeconds?: readonly number[];
  /** Moments a Deployment, StatefulSet or DaemonSet spec changed (metadata.generation). */
  specChangesEpochSeconds?: readonly number[];
};

/** Mean of a per-minute series over the minutes that start in [from, to); undefined without data. */
function meanOver(series: ArrayLike<number>, start: number, from: number, to: number): number | undefined {
  const first = Math.max(0, Math.ceil((from - start) / 60));
  const last = Math.min(series.length, Math.ceil((to - start) / 60));
  if (last <= first) return undefined;
  let sum = 0;
  for (let k = first; k < last; k++) sum += series[k] as number;
  return sum / (last - first);
}

/** Grid steps of a subquery (absolute multiples of `step`) in (end − range, end]. */
function steps(endSeconds: number, rangeSeconds: number, step: number): number[] {
  const out: number[] = [];
  for (let t = Math.floor(endSeconds / step) * step; t > endSeconds - rangeSeconds; t -= step) out.unshift(t);
  return out;
}

function signalOf(
  series: ArrayLike<number> | undefined,
  start: number,
  window: ActivityWindow,
  toRate: (perMinute: number) => number,
  threshold: number,
  quietValue: (rates: number[]) => number,
): SignalActivity {
  if (!series) return { quietPeriodValue: 0 };
  const end = window.end.getTime() / 1000;
  let lastActive: number | undefined;
  for (const t of steps(end, window.lookbackSeconds, ACTIVITY_STEP_SECONDS)) {
    const mean = meanOver(series, start, t - ACTIVITY_STEP_SECONDS, t);
    if (mean != null && toRate(mean) > threshold) lastActive = t;
  }
  const quietRates = steps(end, window.quietSeconds, ACTIVITY_STEP_SECONDS).flatMap((t) => {
    const mean = meanOver(series, start, t - ACTIVITY_STEP_SECONDS, t);
    return mean == null ? [] : [toRate(mean)];
  });
  return {
    ...(lastActive != null ? { lastActiveAt: new Date(lastActive * 1000) } : {}),
    quietPeriodValue: quietValue(quietRates),
  };
}

const newestIn = (times: readonly number[] | undefined, from: number, to: number) =>
  Math.max(-Infinity, ...(times ?? []).filter((t) => t > from && t <= to));

/**
 * The in-memory twin of the zombie PromQL (`zombies/promql.ts`): the same signals from minute
 * series, at the same 5-minute and 1-hour steps, so the embedded metrics and tests judge
 * namespaces as a Prometheus would.
 */
export function activityFromSeries(series: NamespaceSeries, window: ActivityWindow): NamespaceActivity {
  const start = series.startEpochSeconds;
  const end = window.end.getTime() / 1000;
  const perSecond = (perMinute: number) => perMinute / 60;
  const total = (rates: number[]) => rates.reduce((a, b) => a + b, 0) * ACTIVITY_STEP_SECONDS;
  const peak = (rates: number[]) => Math.max(0, ...rates);
  const seriesEnd = start + series.networkBytesPerSecond.length * 60;
  const hours = steps(end, window.lookbackSeconds, 3600).filter((t) => t > start && t - 300 < seriesEnd);
  const rollout = Math.max(
    newestIn(series.replicaSetsCreatedEpochSeconds, -Infinity, end),
    newestIn(series.specChangesEpochSeconds, end - window.lookbackSeconds, end),
  );
  return {
    namespace: series.namespace,
    ...(series.createdAtEpochSeconds != null && series.createdAtEpochSeconds <= end
      ? { createdAt: new Date(series.createdAtEpochSeconds * 1000) }
      : {}),
    ...(hours[0] != null ? { historyStart: new Date(hours[0] * 1000) } : {}),
    historyHours: hours.length,
    ingressNginx: signalOf(series.nginxRequests, start, window, perSecond, 0, total),
    ingressIstio: signalOf(series.istioRequests, start, window, perSecond, 0, total),
    network: signalOf(
      series.networkBytesPerSecond,
      start,
      window,
      (v) => v,
      window.networkQuietBytesPerSecond,
      peak,
    ),
    ...(Number.isFinite(rollout) ? { lastRolloutAt: new Date(rollout * 1000) } : {}),
  };
}
