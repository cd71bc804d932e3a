import type { NamespaceSeries } from '../usage/activity-from-series.ts';

/** A deterministic number in [0, 1) for (seed, i): the same minute has the same noise however long the series. */
function noise(seed: number, i: number): number {
  let t = (Math.imul(seed, 0x9e3779b1) ^ Math.imul(i, 0x85ebca6b)) >>> 0;
  t = Math.imul(t ^ (t >>> 16), 0x7feb352d);
  t = Math.imul(t ^ (t >>> 15), 0x846ca68b);
  return ((t ^ (t >>> 16)) >>> 0) / 4294967296;
}

/** Diurnal load between 0.1 (04:00 UTC) and 1 (16:00 UTC). */
function daily(epochSeconds: number): number {
  const hour = (epochSeconds / 3600) % 24;
  return 0.1 + 0.9 * (0.5 - 0.5 * Math.cos((2 * Math.PI * (hour - 4)) / 24));
}

/** Background traffic of an idle pod: kubelet probes and metric scrapes, bytes per second. */
export const IDLE_POD_BYTES_PER_SECOND = 180;
const BYTES_PER_REQUEST = 6_000;

/** A namespace's traffic: live with diurnal requests, or quiet (only probes and scrapes) from a minute on. */
export type SyntheticNamespaceInput = {
  namespace: string;
  seed: number;
  /** The first minute of the series (a whole minute); a namespace created later starts then. */
  startEpochSeconds: number;
  minutes: number;
  /** From this minute of the series on, nothing but probes and scrapes (0: quiet throughout; undefined: live throughout). */
  quietFromMinute?: number;
  /** How requests reach the namespace. */
  ingress: 'nginx' | 'istio' | 'none';
  /** Requests per minute at the daily peak (default 600). */
  peakRequestsPerMinute?: number;
  createdAtEpochSeconds: number;
  replicaSetsCreatedEpochSeconds?: number[];
  specChangesEpochSeconds?: number[];
  pods?: number;
};

export type SyntheticNamespace = NamespaceSeries & { pods: string[] };

/**
 * One namespace's minute series (`NamespaceSeries`) for the in-memory twin, the OpenMetrics
 * backfill and the embedded metrics of the sandbox: requests follow the day (with noise), each
 * request moves a few kilobytes, and every pod exchanges a trickle of probe and scrape bytes.
 */
export function syntheticNamespace(input: SyntheticNamespaceInput): SyntheticNamespace {
  const created = Math.ceil(input.createdAtEpochSeconds / 60) * 60;
  const start = Math.max(input.startEpochSeconds, created);
  const skip = (start - input.startEpochSeconds) / 60;
  const minutes = Math.max(0, input.minutes - skip);
  const pods = Array.from({ length: input.pods ?? 2 }, (_, i) => `${input.namespace}-app-${i}`);
  const peak = input.peakRequestsPerMinute ?? 600;
  const requests = new Float64Array(minutes);
  const network = new Float64Array(minutes);
  for (let k = 0; k < minutes; k++) {
    const minute = k + skip;
    const at = start + k * 60;
    const live = input.quietFromMinute == null || minute < input.quietFromMinute;
    const n = noise(input.seed, Math.floor(at / 60));
    requests[k] = live ? Math.round(peak * daily(at) * (0.8 + 0.4 * n)) : 0;
    network[k] =
      ((requests[k] as number) * BYTES_PER_REQUEST) / 60 +
      pods.length * IDLE_POD_BYTES_PER_SECOND * (0.9 + 0.2 * n);
  }
  return {
    namespace: input.namespace,
    startEpochSeconds: start,
    ...(input.ingress === 'nginx' ? { nginxRequests: requests } : {}),
    ...(input.ingress === 'istio' ? { istioRequests: requests } : {}),
    networkBytesPerSecond: network,
    createdAtEpochSeconds: input.createdAtEpochSeconds,
    ...(input.replicaSetsCreatedEpochSeconds
      ? { replicaSetsCreatedEpochSeconds: input.replicaSetsCreatedEpochSeconds }
      : {}),
    ...(input.specChangesEpochSeconds ? { specChangesEpochSeconds: input.specChangesEpochSeconds } : {}),
    pods,
  };
}
