import type { UsageMetrics } from '../ports.ts';
import { activityFromSeries, type NamespaceSeries } from '../usage/activity-from-series.ts';
import { type MinuteSeries, profileFromSeries } from '../usage/profile-from-series.ts';
import type {
  AutoscalerTarget,
  ContainerRef,
  ContainerResources,
  ContainerUsage,
  UsageWindow,
} from '../usage/types.ts';
import type { ActivityWindow, IngressPresence, NamespaceActivityReport } from '../zombies/types.ts';

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
  readonly #namespaces: NamespaceSeries[];

  constructor(
    containers: InMemoryContainer[],
    autoscalers: AutoscalerTarget[] = [],
    namespaces: NamespaceSeries[] = [],
  ) {
    this.#containers = containers;
    this.#autoscalers = autoscalers;
    this.#namespaces = namespaces;
  }

  async namespaceActivity(window: ActivityWindow): Promise<NamespaceActivityReport> {
    const end = window.end.getTime() / 1000;
    // As in Prometheus, a namespace exists in the metrics from its first sample on.
    const known = this.#namespaces.filter(
      (n) => n.startEpochSeconds <= end && (window.namespace == null || n.namespace === window.namespace),
    );
    const present: IngressPresence = {
      nginx: this.#namespaces.some((n) => n.nginxRequests),
      istio: this.#namespaces.some((n) => n.istioRequests),
    };
    return {
      namespaces: known
        .map((n) => activityFromSeries(n, window))
        .sort((a, b) => a.namespace.localeCompare(b.namespace)),
      present,
    };
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
