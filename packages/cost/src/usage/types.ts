/** What a workload's containers used over a window, aggregated per workload and container. */

/** Workload kinds a container's usage is attributed to (the controller at the top of the owner chain). */
export type UsageWorkloadKind =
  | 'Deployment'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'Job'
  | 'CronJob'
  | 'ReplicaSet'
  | 'Pod'
  | string;

/** One container of one workload: the unit a recommendation is made for. */
export type ContainerRef = {
  namespace: string;
  workload: string;
  kind: UsageWorkloadKind;
  container: string;
};

/** The resources a container has now, in cores and bytes; undefined when unset. */
export type ContainerResources = {
  cpuRequestCores?: number;
  cpuLimitCores?: number;
  memoryRequestBytes?: number;
  memoryLimitBytes?: number;
};

/**
 * Usage statistics of one container over the window, computed on the server (or, for replays, by
 * the same functions in memory). CPU figures are cores from a 5-minute rate sampled every minute;
 * memory figures are working-set bytes as scraped. Quantiles and maxima are the largest of the
 * workload's pods (one pod's p95, not a p95 across pods), as KRR does.
 */
export type UsageProfile = {
  cpu: { p50: number; p95: number; p99: number; max: number };
  memory: { p50: number; p99: number; max: number };
  /** Per hour of the window (oldest first): the highest CPU rate and working set seen; null without data. */
  hourly: { cpuMax: (number | null)[]; memoryMax: (number | null)[] };
  /** Whether any container of the workload ended OOMKilled in the window. */
  oomKilled: boolean;
  /** Container restarts in the window, all pods of the workload together. */
  restarts: number;
};

/** One container's current resources, usage profile and replica count at the end of the window. */
export type ContainerUsage = {
  ref: ContainerRef;
  /** Pods of the workload running this container at the end of the window. */
  replicas: number;
  current: ContainerResources;
  profile: UsageProfile;
};

/** An HPA (KEDA makes HPAs too) and the resource metrics it scales its target on. */
export type AutoscalerTarget = {
  namespace: string;
  name: string;
  target: { kind: string; name: string };
  /** Resource metrics whose utilisation is relative to the request: changing the request changes scaling. */
  resourceMetrics: ('cpu' | 'memory')[];
  managedBy: 'hpa' | 'keda';
};

/** Which window to analyse. */
export type UsageWindow = {
  /** The end of the window (the analysis looks at the `windowSeconds` before it). */
  end: Date;
  windowSeconds: number;
  /** Only this namespace; all when unset. */
  namespace?: string;
};

/** Told after each query, so a CLI can show progress. */
export type UsageProgress = (done: number, total: number) => void;
