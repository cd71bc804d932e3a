import {
  connectClusters,
  createMonitorContext,
  type MonitorContext,
  withConfiguredForecasts,
} from '@sre-agent/app/monitor';
import { foundation, oncePerColdStart } from './foundation.ts';
import { sqsWorkQueue } from './sqs-work-queue.ts';

/** The monitor's context: a reader per cluster, state and the work queue; no pipeline. */
export const monitorContext = oncePerColdStart(async (): Promise<MonitorContext> => {
  const base = foundation();
  const { clusters } = await connectClusters(base.loaded.config.clusters, base);
  // Forecasts of the configured Prometheus: memory raised before the OOM, volumes warned before full.
  const watched = withConfiguredForecasts(clusters, base.loaded.config, base.clock, undefined, base.logger);
  return createMonitorContext({ ...base, queue: sqsWorkQueue(), clusters: watched });
});
