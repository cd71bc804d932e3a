import { DEFAULT_SERIES_SELECTORS, type SeriesSelectors } from '@sre-agent/core';
import type { PrometheusHttpClient } from '@sre-agent/cost';
import type { ForecastRange } from '../ports.ts';
import type { ClusterHealthMetrics } from './ports.ts';
import type { RestartSeries } from './restart-rate.ts';

/** Restarts of each container over the hour before each step, from kube-state-metrics' own job. */
export function restartsPerHourQuery(kubeStateMetrics: string): string {
  return `sum by (namespace, pod, container) (increase(kube_pod_container_status_restarts_total{${kubeStateMetrics}}[1h]))`;
}
/** At most this many containers are forecast on (the busiest cluster's restarting ones fit). */
const MAX_SERIES = 5000;

/** `ClusterHealthMetrics` over the Prometheus HTTP API (or Amazon Managed Service for Prometheus). */
export class PrometheusClusterHealthMetrics implements ClusterHealthMetrics {
  readonly #client: Pick<PrometheusHttpClient, 'instant' | 'range'>;
  readonly #selectors: SeriesSelectors;

  constructor(
    client: Pick<PrometheusHttpClient, 'instant' | 'range'>,
    options: { selectors?: SeriesSelectors } = {},
  ) {
    this.#client = client;
    this.#selectors = options.selectors ?? DEFAULT_SERIES_SELECTORS;
  }

  async restartRates(range: ForecastRange): Promise<RestartSeries[]> {
    const series = await this.#client.range(
      restartsPerHourQuery(this.#selectors.kubeStateMetrics),
      range.start,
      range.end,
      range.stepSeconds,
    );
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
