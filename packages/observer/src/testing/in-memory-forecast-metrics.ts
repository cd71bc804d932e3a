import type {
  ContainerMemorySeries,
  ForecastMetrics,
  ForecastRange,
  NodeFilesystemSeries,
  VolumeSeries,
} from '../ports.ts';
import type { TrendSample } from '../trend/forecast-time-to-limit.ts';

function within(samples: readonly TrendSample[], range: ForecastRange): TrendSample[] {
  const from = range.start.getTime();
  const to = range.end.getTime();
  return samples.filter((s) => s.atMs >= from && s.atMs <= to);
}

/** `ForecastMetrics` over series held in memory, cut to the range asked for; the test and benchmark twin of Prometheus. */
export class InMemoryForecastMetrics implements ForecastMetrics {
  readonly #memory: ContainerMemorySeries[];
  readonly #volumes: VolumeSeries[];
  readonly #nodes: NodeFilesystemSeries[];

  constructor(
    input: {
      memory?: ContainerMemorySeries[];
      volumes?: VolumeSeries[];
      nodeFilesystems?: NodeFilesystemSeries[];
    } = {},
  ) {
    this.#memory = input.memory ?? [];
    this.#volumes = input.volumes ?? [];
    this.#nodes = input.nodeFilesystems ?? [];
  }

  async memory(range: ForecastRange): Promise<ContainerMemorySeries[]> {
    return this.#memory.map((s) => ({ ...s, workingSet: within(s.workingSet, range) }));
  }

  async volumes(range: ForecastRange): Promise<VolumeSeries[]> {
    return this.#volumes.map((s) => ({ ...s, used: within(s.used, range) }));
  }

  async nodeFilesystems(range: ForecastRange): Promise<NodeFilesystemSeries[]> {
    return this.#nodes.map((s) => ({ ...s, used: within(s.used, range) }));
  }
}
