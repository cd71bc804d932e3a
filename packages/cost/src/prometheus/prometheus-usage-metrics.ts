import { DEFAULT_SERIES_SELECTORS, type SeriesSelectors } from '@sre-agent/core';
import type { UsageMetrics } from '../ports.ts';
import type {
  AutoscalerTarget,
  ContainerRef,
  ContainerResources,
  ContainerUsage,
  UsageProfile,
  UsageProgress,
  UsageWindow,
} from '../usage/types.ts';
import type { ActivityWindow, NamespaceActivityReport } from '../zombies/types.ts';
import { prometheusNamespaceActivity } from './namespace-activity.ts';
import type { InstantSample, PrometheusHttpClient, RangeSeries } from './prometheus-http-client.ts';
import * as q from './promql.ts';
import { unmatchedSelectors } from './unmatched-selectors.ts';

const HOUR = 3600;

function keyOf(labels: Record<string, string>): string | undefined {
  const { namespace, workload, workload_kind: kind, container } = labels;
  if (!namespace || !workload || !kind || !container) return undefined;
  return JSON.stringify([namespace, workload, kind, container]);
}

function refOf(key: string): ContainerRef {
  const [namespace, workload, kind, container] = JSON.parse(key) as [string, string, string, string];
  return { namespace, workload, kind, container };
}

function byContainer(samples: readonly InstantSample[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const s of samples) {
    const key = keyOf(s.labels);
    if (key && Number.isFinite(s.value)) map.set(key, s.value);
  }
  return map;
}

/** Runs `tasks` at most `limit` at a time, telling `onDone` after each. */
export async function runLimited(
  tasks: (() => Promise<void>)[],
  limit: number,
  onDone: () => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++] as () => Promise<void>;
      await task();
      onDone();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/**
 * `UsageMetrics` from the Prometheus HTTP API (plain Prometheus, or Amazon Managed Service for
 * Prometheus through a SigV4-signing client): 14 aggregated queries per analysis whatever the
 * number of workloads, a few at a time. Only the series of the scrape jobs `selectors` names count
 * (`forecast.seriesSelectors`, as the observer reads them; default kube-prometheus-stack's cAdvisor
 * and kube-state-metrics jobs), so a pod cannot publish usage, owners or requests for another workload.
 */
export class PrometheusUsageMetrics implements UsageMetrics {
  readonly #client: PrometheusHttpClient;
  readonly #concurrency: number;
  readonly #selectors: SeriesSelectors;

  constructor(
    client: PrometheusHttpClient,
    options: { concurrency?: number; selectors?: SeriesSelectors } = {},
  ) {
    this.#client = client;
    this.#concurrency = options.concurrency ?? 3;
    this.#selectors = options.selectors ?? DEFAULT_SERIES_SELECTORS;
  }

  async containerUsage(window: UsageWindow, onProgress?: UsageProgress): Promise<ContainerUsage[]> {
    const { end, windowSeconds: w, namespace: ns } = window;
    const hours = Math.floor(w / HOUR);
    const firstHourEnd = new Date(end.getTime() - (hours - 1) * HOUR * 1000);
    const s = this.#selectors;
    const instantQueries = {
      cpu50: q.cpuQuantileQuery(0.5, w, ns, s),
      cpu95: q.cpuQuantileQuery(0.95, w, ns, s),
      cpu99: q.cpuQuantileQuery(0.99, w, ns, s),
      cpuMax: q.cpuMaxQuery(w, ns, s),
      mem50: q.memoryQuantileQuery(0.5, w, ns, s),
      mem99: q.memoryQuantileQuery(0.99, w, ns, s),
      memMax: q.memoryMaxQuery(w, ns, s),
      requests: q.resourcesQuery('requests', ns, s),
      limits: q.resourcesQuery('limits', ns, s),
      replicas: q.replicasQuery(ns, s),
      oom: q.oomKilledQuery(w, ns, s),
      restarts: q.restartsQuery(w, ns, s),
    };
    const rangeQueries = {
      cpuHourly: q.cpuHourlyMaxQuery(ns, s),
      memoryHourly: q.memoryHourlyMaxQuery(ns, s),
    };
    const instants = new Map<keyof typeof instantQueries, InstantSample[]>();
    const ranges = new Map<keyof typeof rangeQueries, RangeSeries[]>();
    const tasks = [
      ...Object.entries(rangeQueries).map(([name, query]) => async () => {
        ranges.set(
          name as keyof typeof rangeQueries,
          await this.#client.range(query, firstHourEnd, end, HOUR),
        );
      }),
      ...Object.entries(instantQueries).map(([name, query]) => async () => {
        instants.set(name as keyof typeof instantQueries, await this.#client.instant(query, end));
      }),
    ];
    let done = 0;
    await runLimited(tasks, this.#concurrency, () => onProgress?.(++done, tasks.length));
    const result = (name: keyof typeof instantQueries) => instants.get(name) ?? [];
    const maps = {
      cpu50: byContainer(result('cpu50')),
      cpu95: byContainer(result('cpu95')),
      cpu99: byContainer(result('cpu99')),
      cpuMax: byContainer(result('cpuMax')),
      mem50: byContainer(result('mem50')),
      mem99: byContainer(result('mem99')),
      memMax: byContainer(result('memMax')),
      replicas: byContainer(result('replicas')),
      oom: byContainer(result('oom')),
      restarts: byContainer(result('restarts')),
    };
    const resources = resourcesByContainer(result('requests'), result('limits'));
    const hourly = (series: RangeSeries[]) => hourlyByContainer(series, firstHourEnd, hours);
    const cpuHours = hourly(ranges.get('cpuHourly') ?? []);
    const memoryHours = hourly(ranges.get('memoryHourly') ?? []);
    const usages: ContainerUsage[] = [];
    // A container counts when it runs now and used CPU and memory in the window.
    for (const [key, count] of maps.replicas) {
      const cpu = [maps.cpu50, maps.cpu95, maps.cpu99, maps.cpuMax].map((m) => m.get(key));
      const memory = [maps.mem50, maps.mem99, maps.memMax].map((m) => m.get(key));
      if (cpu.some((v) => v == null) || memory.some((v) => v == null)) continue;
      const [p50, p95, p99, max] = cpu as number[];
      const [m50, m99, mMax] = memory as number[];
      const profile: UsageProfile = {
        cpu: { p50: p50 as number, p95: p95 as number, p99: p99 as number, max: max as number },
        memory: { p50: m50 as number, p99: m99 as number, max: mMax as number },
        hourly: {
          cpuMax: cpuHours.get(key) ?? new Array(hours).fill(null),
          memoryMax: memoryHours.get(key) ?? new Array(hours).fill(null),
        },
        oomKilled: (maps.oom.get(key) ?? 0) > 0,
        restarts: Math.round(maps.restarts.get(key) ?? 0),
      };
      usages.push({ ref: refOf(key), replicas: count, current: resources.get(key) ?? {}, profile });
    }
    return usages.sort((a, b) => compareRefs(a.ref, b.ref));
  }

  async namespaceActivity(window: ActivityWindow): Promise<NamespaceActivityReport> {
    return prometheusNamespaceActivity(
      this.#client,
      window,
      (tasks) => runLimited(tasks, this.#concurrency, () => {}),
      this.#selectors,
    );
  }

  /** The cAdvisor and kube-state-metrics selectors that match none of Prometheus' series of theirs (see `unmatchedSelectors`). */
  async unmatchedSelectors(at: Date): Promise<string[]> {
    return unmatchedSelectors(this.#client, this.#selectors, at, ['cadvisor', 'kubeStateMetrics']);
  }

  async autoscalers(window: UsageWindow): Promise<AutoscalerTarget[]> {
    const [targets, metrics] = await Promise.all([
      this.#client.instant(q.autoscalerTargetsQuery(window.namespace, this.#selectors), window.end),
      this.#client.instant(q.autoscalerResourceMetricsQuery(window.namespace, this.#selectors), window.end),
    ]);
    const metricsOf = new Map<string, ('cpu' | 'memory')[]>();
    for (const m of metrics) {
      const key = `${m.labels.namespace}/${m.labels.horizontalpodautoscaler}`;
      const name = m.labels.metric_name;
      if (name === 'cpu' || name === 'memory') metricsOf.set(key, [...(metricsOf.get(key) ?? []), name]);
    }
    return targets.flatMap(({ labels }) => {
      const {
        namespace,
        horizontalpodautoscaler: name,
        scaletargetref_kind: kind,
        scaletargetref_name: target,
      } = labels;
      if (!namespace || !name || !kind || !target) return [];
      return [
        {
          namespace,
          name,
          target: { kind, name: target },
          resourceMetrics: metricsOf.get(`${namespace}/${name}`) ?? [],
          managedBy: name.startsWith('keda-hpa-') ? ('keda' as const) : ('hpa' as const),
        },
      ];
    });
  }
}

function compareRefs(a: ContainerRef, b: ContainerRef): number {
  return (
    a.namespace.localeCompare(b.namespace) ||
    a.workload.localeCompare(b.workload) ||
    a.container.localeCompare(b.container)
  );
}

function resourcesByContainer(
  requests: InstantSample[],
  limits: InstantSample[],
): Map<string, ContainerResources> {
  const map = new Map<string, ContainerResources>();
  const add = (samples: InstantSample[], cpu: keyof ContainerResources, memory: keyof ContainerResources) => {
    for (const s of samples) {
      const key = keyOf(s.labels);
      if (!key || !Number.isFinite(s.value)) continue;
      const entry = map.get(key) ?? {};
      if (s.labels.resource === 'cpu') entry[cpu] = s.value;
      if (s.labels.resource === 'memory') entry[memory] = s.value;
      map.set(key, entry);
    }
  };
  add(requests, 'cpuRequestCores', 'memoryRequestBytes');
  add(limits, 'cpuLimitCores', 'memoryLimitBytes');
  return map;
}

/** Range results → one value (or null) per hour of the window, oldest first. */
function hourlyByContainer(
  series: RangeSeries[],
  firstHourEnd: Date,
  hours: number,
): Map<string, (number | null)[]> {
  const first = firstHourEnd.getTime() / 1000;
  const map = new Map<string, (number | null)[]>();
  for (const s of series) {
    const key = keyOf(s.labels);
    if (!key) continue;
    const values: (number | null)[] = map.get(key) ?? new Array(hours).fill(null);
    for (const { time, value } of s.points) {
      const h = Math.round((time - first) / HOUR);
      if (h >= 0 && h < hours && Number.isFinite(value)) values[h] = value;
    }
    map.set(key, values);
  }
  return map;
}
