import { reconcileSleep, type SleepWakeResult } from '@sre-agent/app/sleep';
import { logger } from './shared/logger.ts';
import { sleepContext } from './shared/sleep.ts';

/**
 * Every 15 minutes: wakes the namespaces of `cost.sleep` whose schedule says awake now, restoring
 * exactly what was recorded (level-triggered: a wake missed while the agent was down happens now).
 */
export async function handler(): Promise<{ results: SleepWakeResult[] }> {
  const results = await reconcileSleep(await sleepContext(), { direction: 'wake' });
  logger.info('wake pass done', { results });
  return { results };
}
