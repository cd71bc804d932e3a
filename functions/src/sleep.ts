import { reconcileSleep, type SleepWakeResult } from '@sre-agent/app/sleep';
import { logger } from './shared/logger.ts';
import { sleepContext } from './shared/sleep.ts';

/**
 * Every 15 minutes: puts to sleep the namespaces of `cost.sleep` whose schedule says asleep now
 * (level-triggered: a run that was missed is caught up by the next).
 */
export async function handler(): Promise<{ results: SleepWakeResult[] }> {
  const results = await reconcileSleep(await sleepContext(), { direction: 'sleep' });
  logger.info('sleep pass done', { results });
  return { results };
}
