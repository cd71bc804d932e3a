import { type MonitorReport, runMonitor } from '@sre-agent/app';
import { lambdaAgent } from './shared/agent.ts';
import { logger } from './shared/logger.ts';

/** The 1-minute schedule: find problems in every cluster and advance open incidents. */
export async function handler(): Promise<MonitorReport> {
  const report = await runMonitor(await lambdaAgent());
  logger.info('monitor pass done', { report });
  return report;
}
