import { runScheduledCostSweep, type ScheduledCostSweepResult } from '@sre-agent/app/cost-sweep';
import { costSweepContext } from './shared/cost-sweep.ts';

/** Weekly cost sweep: right-sizing and zombie namespaces from the last week of usage, one report to chat. */
export async function handler(): Promise<ScheduledCostSweepResult> {
  return runScheduledCostSweep(await costSweepContext());
}
