import { type MonitorReport, runMonitor } from '@sre-agent/app/monitor';
import { logger } from './shared/logger.ts';
import { monitorContext } from './shared/monitor.ts';

/** The 1-minute schedule: find problems in every cluster and advance open incidents. */
export async function handler(): Promise<MonitorReport> {
  const report = await runMonitor(await monitorContext());
  logger.info('monitor pass done', { report });
  return report;
}
