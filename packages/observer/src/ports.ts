import type { TrendSample } from './trend/forecast-time-to-limit.ts';

/** The stretch of history a forecast reads: from `start` to `end`, one point every `stepSeconds`. */
export type ForecastRange = { start: Date; end: Date; stepSeconds: number };

/** The working set of one container of a workload (the highest of its pods at each step) and its memory limit. */
export type ContainerMemorySeries = {
  namespace: string;
  workload: string;
  /** Deployment, StatefulSet, DaemonSet, CronJob, or Pod for a bare pod. */
  workloadKind: string;
  container: string;
  workingSet: TrendSample[];
  /** The container's memory limit in bytes now; null when it has none (nothing to forecast). */
  limitBytes: number | null;
};

/** The bytes used on one PersistentVolumeClaim and its capacity now. */
export type VolumeSeries = {
  namespace: string;
  persistentVolumeClaim: string;
  /** The workload whose pods mount the claim, when known (else the claim stands for itself). */
  workload?: string;
  workloadKind?: string;
  used: TrendSample[];
  capacityBytes: number;
};

/** The bytes used on a node's filesystem (size − available) and its size now. */
export type NodeFilesystemSeries = {
  node: string;
  mountpoint: string;
  used: TrendSample[];
  sizeBytes: number;
};

/**
 * Where the proactive observer reads the series it forecasts on: Prometheus
 * (`PrometheusForecastMetrics`), the sandbox's embedded history, or `InMemoryForecastMetrics` in
 * tests. Three reads over a range, each returning every series at once; an implementation returns
 * an empty list for what it does not have (no kubelet volume stats, no node-exporter).
 */
export interface ForecastMetrics {
  /** Working set per container of each workload, with the container's memory limit. */
  memory(range: ForecastRange): Promise<ContainerMemorySeries[]>;
  /** `kubelet_volume_stats_used_bytes` per claim, with `kubelet_volume_stats_capacity_bytes`. */
  volumes(range: ForecastRange): Promise<VolumeSeries[]>;
  /** `node_filesystem_size_bytes − node_filesystem_avail_bytes` of each node's root filesystem. */
  nodeFilesystems(range: ForecastRange): Promise<NodeFilesystemSeries[]>;
}
