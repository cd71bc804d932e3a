import { errorMessage } from '@sre-agent/core';
import { detectProblems, readMonitorSnapshot } from '@sre-agent/healing/monitor';
import { digestDue } from '@sre-agent/healing/paging';
import type { MonitorContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';

export type MonitorReport = {
  clusters: { cluster: string; detections: number; error?: string }[];
  advanced: number;
};

/**
 * One monitor pass (the 1-minute schedule): look at every cluster (and what its forecasts see
 * coming, where it has metrics), enqueue what is wrong, and
 * enqueue an `advance` for every open incident (verification windows, cooldowns, recoveries),
 * and a `page-digest` when an hour that held pages back is over.
 * One unreachable cluster does not stop the others.
 */
export async function runMonitor(ctx: MonitorContext): Promise<MonitorReport> {
  const report: MonitorReport = { clusters: [], advanced: 0 };
  const items: WorkItem[] = [];
  for (const [name, { reader, forecasts }] of ctx.clusters) {
    try {
      const [snapshot, due] = await Promise.all([readMonitorSnapshot(reader), forecasts?.current()]);
      const detections = detectProblems(snapshot, ctx.clock.now(), due);
      items.push(...detections.map((detection) => ({ type: 'detection' as const, detection })));
      report.clusters.push({ cluster: name, detections: detections.length });
    } catch (error) {
      ctx.logger.error('monitor pass failed', { cluster: name, error });
      report.clusters.push({ cluster: name, detections: 0, error: errorMessage(error) });
    }
  }
  const open = await ctx.stores.incidents.listOpen();
  items.push(...open.map((incident) => ({ type: 'advance' as const, incidentId: incident.id })));
  report.advanced = open.length;
  if (await digestDue(ctx.stores.pages, ctx.clusters.keys(), ctx.clock.now()))
    items.push({ type: 'page-digest' });
  if (items.length > 0) await ctx.queue.send(items);
  return report;
}
