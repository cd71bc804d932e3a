import type {
  ContainerMemorySeries,
  ForecastMetrics,
  ForecastRange,
  NodeFilesystemSeries,
  VolumeSeries,
} from '../ports.ts';
import type { TrendSample } from '../trend/forecast-time-to-limit.ts';

/** A window of recorded history, sampled every `stepMs`. */
export type EmbeddedUsageQuery = { fromMs: number; toMs: number; stepMs: number };

/**
 * What the embedded cluster (the sandbox) recorded as its containers ran, the way cAdvisor and
 * the kubelet's volume stats report it: one series per pod and container, one per claim.
 */
export interface EmbeddedForecastSource {
  containerMemory(query: EmbeddedUsageQuery): readonly {
    namespace: string;
    pod: string;
    container: string;
    workload?: { kind: string; name: string };
    limitBytes?: number;
    samples: readonly { atMs: number; bytes: number }[];
  }[];
  volumeUsage(query: EmbeddedUsageQuery): readonly {
    namespace: string;
    claim: string;
    workload?: { kind: string; name: string };
    capacityBytes: number;
    samples: readonly { atMs: number; usedBytes: number }[];
  }[];
}

type Group = {
  namespace: string;
  workload: string;
  workloadKind: string;
  container: string;
  byStep: Map<number, number>;
  /** The limit of the pod seen last: the container's limit now. */
  latest: { atMs: number; limitBytes: number | null };
};

/**
 * The embedded default of `ForecastMetrics` (no Prometheus configured): the sandbox's recorded
 * usage, aggregated as the Prometheus adapter's queries do — the highest pod of each workload's
 * container at each step, with the limit of its newest pod; claims with their capacity. The
 * sandbox has no node-exporter: no node filesystems.
 */
export class EmbeddedForecastMetrics implements ForecastMetrics {
  readonly #source: EmbeddedForecastSource;

  constructor(source: EmbeddedForecastSource) {
    this.#source = source;
  }

  #query(range: ForecastRange): EmbeddedUsageQuery {
    return { fromMs: range.start.getTime(), toMs: range.end.getTime(), stepMs: range.stepSeconds * 1000 };
  }

  async memory(range: ForecastRange): Promise<ContainerMemorySeries[]> {
    const groups = new Map<string, Group>();
    for (const s of this.#source.containerMemory(this.#query(range))) {
      const workloadKind = s.workload?.kind ?? 'Pod';
      const workload = s.workload?.name ?? s.pod;
      const key = JSON.stringify([s.namespace, workloadKind, workload, s.container]);
      let group = groups.get(key);
      if (!group) {
        group = {
          namespace: s.namespace,
          workload,
          workloadKind,
          container: s.container,
          byStep: new Map(),
          latest: { atMs: Number.NEGATIVE_INFINITY, limitBytes: null },
        };
        groups.set(key, group);
      }
      for (const sample of s.samples) {
        group.byStep.set(sample.atMs, Math.max(group.byStep.get(sample.atMs) ?? 0, sample.bytes));
      }
      const last = s.samples.at(-1)?.atMs ?? Number.NEGATIVE_INFINITY;
      if (last >= group.latest.atMs) group.latest = { atMs: last, limitBytes: s.limitBytes ?? null };
    }
    return [...groups.values()].map((g) => ({
      namespace: g.namespace,
      workload: g.workload,
      workloadKind: g.workloadKind,
      container: g.container,
      workingSet: [...g.byStep]
        .sort(([a], [b]) => a - b)
        .map(([atMs, value]): TrendSample => ({ atMs, value })),
      limitBytes: g.latest.limitBytes,
    }));
  }

  async volumes(range: ForecastRange): Promise<VolumeSeries[]> {
    return this.#source.volumeUsage(this.#query(range)).map((v) => ({
      namespace: v.namespace,
      persistentVolumeClaim: v.claim,
      ...(v.workload ? { workload: v.workload.name, workloadKind: v.workload.kind } : {}),
      used: v.samples.map((s) => ({ atMs: s.atMs, value: s.usedBytes })),
      capacityBytes: v.capacityBytes,
    }));
  }

  async nodeFilesystems(_range: ForecastRange): Promise<NodeFilesystemSeries[]> {
    return [];
  }
}
