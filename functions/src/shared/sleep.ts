import { connectClusters, type SleepWakeDeps } from '@sre-agent/app/sleep';
import { foundation, oncePerColdStart } from './foundation.ts';

/** The Sleep and Wake functions' context: a reader and writer per cluster and the state; no pipeline. */
export const sleepContext = oncePerColdStart(async (): Promise<SleepWakeDeps> => {
  const base = foundation();
  const { clusters } = await connectClusters(base.loaded.config.clusters, base);
  return { ...base, config: base.loaded.config, clusters };
});
