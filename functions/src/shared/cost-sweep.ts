import { type CostSweepContext, connectClusters } from '@sre-agent/app/cost-sweep';
import { foundation, oncePerColdStart } from './foundation.ts';

/** The cost sweep's context: state (chat threads), a reader per cluster, the bundled config. */
export const costSweepContext = oncePerColdStart(async (): Promise<CostSweepContext> => {
  const base = foundation();
  const { clusters } = await connectClusters(base.loaded.config.clusters, base);
  return { loaded: base.loaded, stores: base.stores, clusters, clock: base.clock, logger: base.logger };
});
