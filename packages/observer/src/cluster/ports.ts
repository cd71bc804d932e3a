import type { ClusterReader } from '@sre-agent/kube';
import type { ForecastRange } from '../ports.ts';
import type { RestartSeries } from './restart-rate.ts';

/** What the cluster-side forecasts read from the cluster: all read-only, Secrets only when opted in. */
export type ClusterForecastReader = Pick<
  ClusterReader,
  | 'listSecrets'
  | 'listCertificates'
  | 'listIngresses'
  | 'listHorizontalPodAutoscalers'
  | 'listPodDisruptionBudgets'
  | 'listDeployments'
  | 'listStatefulSets'
  | 'listPods'
>;

/**
 * The metrics the restart-rate and SLO-burn forecasts read (`PrometheusClusterHealthMetrics`).
 * Without it those two forecasts are skipped.
 */
export interface ClusterHealthMetrics {
  /** Restarts per hour of every container over the range (kube-state-metrics' restart counter). */
  restartRates(range: ForecastRange): Promise<RestartSeries[]>;
  /** The value of an SLO's error-ratio query at `at`; undefined when it has no data (or no traffic). */
  errorRatio(query: string, at: Date): Promise<number | undefined>;
}
