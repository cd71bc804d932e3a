import type { PrometheusHttpClient } from '@sre-agent/cost';
import type { ForecastRange } from '../ports.ts';
import type { ClusterHealthMetrics } from './ports.ts';
import type { RestartSeries } from './restart-rate.ts';

/** Restarts of each container over the hour before each step. */
export const RESTARTS_PER_HOUR =
  'sum by (namespace, pod, container) (increase(kube_pod_container_status_restarts_total[1h]))';
/** At most this many containers are forecast on (the busiest cluster's restarting ones fit). */
const MAX_SERIES = 5000;

/** `ClusterHealthMetrics` over the Prometheus HTTP API (or Amazon Managed Service for Prometheus). */
export class PrometheusClusterHealthMetrics implements ClusterHealthMetrics {
  readonly #client: Pick<PrometheusHttpClient, 'instant' | 'range'>;

  constructor(client: Pick<PrometheusHttpClient, 'instant' | 'range'>) {
    this.#client = client;
  }

  async restartRates(range: ForecastRange): Promise<RestartSeries[]> {
    const series = await this.#client.range(RESTARTS_PER_HOUR, range.start, range.end, range.stepSeconds);
    return series.slice(0, MAX_SERIES).flatMap((s) => {
      const { namespace, pod, container } = s.labels;
      if (!namespace || !pod || !container) return [];
      return [
        {
          namespace,
          pod,
          container,
          perHour: s.points.map((p) => ({ atMs: p.time * 1000, value: p.value })),
        },
      ];
    });
  }

  async errorRatio(query: string, at: Date): Promise<number | undefined> {
    const samples = await this.#client.instant(query, at);
    const values = samples.map((s) => s.value).filter((v) => Number.isFinite(v));
    // One number is expected; several series (a query without `sum`) count by the worst.
    return values.length === 0 ? undefined : Math.max(...values);
  }
}
