import type { UsageMetrics } from '../ports.ts';
import { type MinuteSeries, profileFromSeries } from '../usage/profile-from-series.ts';
import type {
  AutoscalerTarget,
  ContainerRef,
  ContainerResources,
  ContainerUsage,
  UsageWindow,
} from '../usage/types.ts';

export type InMemoryContainer = {
  ref: ContainerRef;
  current: ContainerResources;
  replicas?: number;
  series: MinuteSeries;
};

/** A `UsageMetrics` over series held in memory, aggregated by the same functions as the PromQL. */
export class InMemoryUsageMetrics implements UsageMetrics {
  readonly #containers: InMemoryContainer[];
  readonly #autoscalers: AutoscalerTarget[];

  constructor(containers: InMemoryContainer[], autoscalers: AutoscalerTarget[] = []) {
    this.#containers = containers;
    this.#autoscalers = autoscalers;
  }

  async containerUsage(window: UsageWindow): Promise<ContainerUsage[]> {
    return this.#containers
      .filter((c) => window.namespace == null || c.ref.namespace === window.namespace)
      .map((c) => ({
        ref: c.ref,
        replicas: c.replicas ?? 1,
        current: c.current,
        profile: profileFromSeries(c.series),
      }));
  }

  async autoscalers(window: UsageWindow): Promise<AutoscalerTarget[]> {
    return this.#autoscalers.filter((a) => window.namespace == null || a.namespace === window.namespace);
  }
}
