import type { AutoscalerTarget, ContainerUsage, UsageProgress, UsageWindow } from './usage/types.ts';

/**
 * Where usage history comes from: Prometheus (or Amazon Managed Service for Prometheus), or for
 * replays and tests an in-memory set of series aggregated by the same functions.
 */
export interface UsageMetrics {
  /** Every container that ran in the window and still runs at its end, with its usage aggregated per workload. */
  containerUsage(window: UsageWindow, onProgress?: UsageProgress): Promise<ContainerUsage[]>;
  /** HPAs (KEDA's included) at the end of the window, with the resource metrics they scale on. */
  autoscalers(window: UsageWindow): Promise<AutoscalerTarget[]>;
}
