import { connectClusters, type ForecastDigestContext } from '@sre-agent/app/forecast';
import { foundation, oncePerColdStart } from './foundation.ts';

/** The forecast digest's context: state (chat threads), a reader per cluster, the bundled config. */
export const forecastContext = oncePerColdStart(async (): Promise<ForecastDigestContext> => {
  const base = foundation();
  const { clusters } = await connectClusters(base.loaded.config.clusters, base);
  return { loaded: base.loaded, stores: base.stores, clusters, clock: base.clock, logger: base.logger };
});
