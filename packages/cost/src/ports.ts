import type { AutoscalerTarget, ContainerUsage, UsageProgress, UsageWindow } from './usage/types.ts';
import type { ActivityWindow, NamespaceActivityReport, NamespaceFacts } from './zombies/types.ts';

/**
 * Where usage history comes from: Prometheus (or Amazon Managed Service for Prometheus), or for
 * replays and tests an in-memory set of series aggregated by the same functions.
 */
export interface UsageMetrics {
  /** Every container that ran in the window and still runs at its end, with its usage aggregated per workload. */
  containerUsage(window: UsageWindow, onProgress?: UsageProgress): Promise<ContainerUsage[]>;
  /** HPAs (KEDA's included) at the end of the window, with the resource metrics they scale on. */
  autoscalers(window: UsageWindow): Promise<AutoscalerTarget[]>;
  /** Per namespace: the last sign of life of each traffic signal, namespace age, metric history and rollouts. */
  namespaceActivity(window: ActivityWindow): Promise<NamespaceActivityReport>;
  /**
   * Why the reads may find nothing although the store has the series: one line per series selector
   * (`forecast.seriesSelectors`) that matches none of them at `at`, naming the scrape jobs that do
   * carry them. Only stores read through selectors have it.
   */
  unmatchedSelectors?(at: Date): Promise<string[]>;
}

/**
 * What the cluster itself knows about its namespaces (age, rollouts, change events), for the
 * zombie verdict when a cluster is connected; with only a metrics store, kube-state-metrics stands in.
 */
export interface NamespaceInventory {
  namespaces(): Promise<NamespaceFacts[]>;
}
