import { DEFAULT_SERIES_SELECTORS, type SeriesSelectors } from '@sre-agent/core';
import { type PrometheusHttpClient, type RangeSeries, unmatchedSelectors } from '@sre-agent/cost/prometheus';
import type {
  ContainerMemorySeries,
  ForecastMetrics,
  ForecastRange,
  NodeFilesystemSeries,
  VolumeSeries,
} from '../ports.ts';
import type { TrendSample } from '../trend/forecast-time-to-limit.ts';
import * as q from './promql.ts';

/** The root filesystem and the kubelet's directory: where `nodefs` lives on common node images. */
const DEFAULT_NODEFS_MOUNTPOINTS = '/|/var/lib/kubelet';

function samplesOf(series: RangeSeries): TrendSample[] {
  return series.points
    .filter((p) => Number.isFinite(p.value))
    .map((p) => ({ atMs: p.time * 1000, value: p.value }));
}

function keyed<T>(
  samples: readonly { labels: Record<string, string>; value: number }[],
  key: (l: Record<string, string>) => string | undefined,
  pick: (s: { labels: Record<string, string>; value: number }) => T,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const s of samples) {
    const k = key(s.labels);
    if (k !== undefined && Number.isFinite(s.value)) map.set(k, pick(s));
  }
  return map;
}

const containerKey = (l: Record<string, string>) =>
  l.namespace && l.workload && l.workload_kind && l.container
    ? JSON.stringify([l.namespace, l.workload, l.workload_kind, l.container])
    : undefined;
const claimKey = (l: Record<string, string>) =>
  l.namespace && l.persistentvolumeclaim ? JSON.stringify([l.namespace, l.persistentvolumeclaim]) : undefined;
const nodeKey = (l: Record<string, string>) =>
  l.node && l.mountpoint ? JSON.stringify([l.node, l.mountpoint]) : undefined;

/**
 * `ForecastMetrics` from the Prometheus HTTP API (or Amazon Managed Service for Prometheus through
 * a signing client): two or three aggregated queries per read whatever the number of workloads.
 * Only the series of the scrape jobs `selectors` names count (`forecast.seriesSelectors`; default
 * kube-prometheus-stack's kubelet, cAdvisor and kube-state-metrics jobs).
 * @example
 * const metrics = new PrometheusForecastMetrics(new PrometheusHttpClient({ url }));
 * const forecasts = await forecastMemoryAndVolumes(metrics, { window: 30 * 60, now: clock.now() });
 */
export class PrometheusForecastMetrics implements ForecastMetrics {
  readonly #client: PrometheusHttpClient;
  readonly #mountpoints: string;
  readonly #selectors: SeriesSelectors;
  readonly #onUnmatched: ((warning: string) => void) | undefined;
  #checked = false;

  constructor(
    client: PrometheusHttpClient,
    options: {
      nodefsMountpoints?: string;
      selectors?: SeriesSelectors;
      /**
       * Told once, the first time a read finds nothing, when a selector matches none of the
       * series Prometheus has under that name (another chart's job names): forecasts are then
       * silently absent until `forecast.seriesSelectors` is set.
       */
      onUnmatched?: (warning: string) => void;
    } = {},
  ) {
    this.#client = client;
    this.#mountpoints = options.nodefsMountpoints ?? DEFAULT_NODEFS_MOUNTPOINTS;
    this.#selectors = options.selectors ?? DEFAULT_SERIES_SELECTORS;
    this.#onUnmatched = options.onUnmatched;
  }

  /**
   * The selectors that match no series of their metric while Prometheus has that metric from
   * other scrape jobs: one line each, naming the jobs found and the key to set (the check the cost
   * sentinel's report shares, `@sre-agent/cost/prometheus`).
   */
  async unmatchedSelectors(at: Date): Promise<string[]> {
    return unmatchedSelectors(this.#client, this.#selectors, at);
  }

  async #checkOnce(at: Date, found: number): Promise<void> {
    if (this.#checked || found > 0 || !this.#onUnmatched) return;
    this.#checked = true;
    for (const warning of await this.unmatchedSelectors(at)) this.#onUnmatched(warning);
  }

  async memory(range: ForecastRange): Promise<ContainerMemorySeries[]> {
    const [series, limits] = await Promise.all([
      this.#client.range(q.workingSetQuery(this.#selectors), range.start, range.end, range.stepSeconds),
      this.#client.instant(q.memoryLimitQuery(this.#selectors), range.end),
    ]);
    await this.#checkOnce(range.end, series.length);
    const limitOf = keyed(limits, containerKey, (s) => s.value);
    return series.flatMap((s) => {
      const key = containerKey(s.labels);
      if (!key) return [];
      const [namespace, workload, workloadKind, container] = JSON.parse(key) as string[];
      return [
        {
          namespace: namespace as string,
          workload: workload as string,
          workloadKind: workloadKind as string,
          container: container as string,
          workingSet: samplesOf(s),
          limitBytes: limitOf.get(key) ?? null,
        },
      ];
    });
  }

  async volumes(range: ForecastRange): Promise<VolumeSeries[]> {
    const [series, capacities, owners] = await Promise.all([
      this.#client.range(q.volumeUsedQuery(this.#selectors), range.start, range.end, range.stepSeconds),
      this.#client.instant(q.volumeCapacityQuery(this.#selectors), range.end),
      this.#client.instant(q.volumeOwnerQuery(this.#selectors), range.end),
    ]);
    const capacityOf = keyed(capacities, claimKey, (s) => s.value);
    const ownerOf = keyed(owners, claimKey, (s) => ({
      workload: s.labels.workload,
      kind: s.labels.workload_kind,
    }));
    return series.flatMap((s) => {
      const key = claimKey(s.labels);
      const capacity = key ? capacityOf.get(key) : undefined;
      if (!key || capacity === undefined) return [];
      const owner = ownerOf.get(key);
      return [
        {
          namespace: s.labels.namespace as string,
          persistentVolumeClaim: s.labels.persistentvolumeclaim as string,
          ...(owner?.workload ? { workload: owner.workload } : {}),
          ...(owner?.kind ? { workloadKind: owner.kind } : {}),
          used: samplesOf(s),
          capacityBytes: capacity,
        },
      ];
    });
  }

  async nodeFilesystems(range: ForecastRange): Promise<NodeFilesystemSeries[]> {
    const [series, sizes] = await Promise.all([
      this.#client.range(q.nodeUsedQuery(this.#mountpoints), range.start, range.end, range.stepSeconds),
      this.#client.instant(q.nodeSizeQuery(this.#mountpoints), range.end),
    ]);
    const sizeOf = keyed(sizes, nodeKey, (s) => s.value);
    return series.flatMap((s) => {
      const key = nodeKey(s.labels);
      const size = key ? sizeOf.get(key) : undefined;
      if (!key || size === undefined) return [];
      return [
        {
          node: s.labels.node as string,
          mountpoint: s.labels.mountpoint as string,
          used: samplesOf(s),
          sizeBytes: size,
        },
      ];
    });
  }
}
