import { errorMessage } from '@sre-agent/core';
import { type ClusterSnapshot, detectProblems } from '@sre-agent/healing/monitor';
import { digestDue } from '@sre-agent/healing/paging';
import type { ClusterReader } from '@sre-agent/kube';
import type { MonitorContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';

export type MonitorReport = {
  clusters: { cluster: string; detections: number; error?: string }[];
  advanced: number;
};

async function snapshotOf(reader: ClusterReader): Promise<ClusterSnapshot> {
  const [pods, nodes, replicaSets, jobs, events] = await Promise.all([
    reader.listPods(),
    reader.listNodes(),
    reader.listReplicaSets(),
    reader.listJobs(),
    reader.listEvents({ fieldSelector: 'type=Warning' }),
  ]);
  return { cluster: reader.cluster, pods, nodes, replicaSets, jobs, events };
}

/**
 * One monitor pass (the 1-minute schedule): look at every cluster, enqueue what is wrong, and
 * enqueue an `advance` for every open incident (verification windows, cooldowns, recoveries),
 * and a `page-digest` when an hour that held pages back is over.
 * One unreachable cluster does not stop the others.
 */
export async function runMonitor(ctx: MonitorContext): Promise<MonitorReport> {
  const report: MonitorReport = { clusters: [], advanced: 0 };
  const items: WorkItem[] = [];
  for (const [name, { reader }] of ctx.clusters) {
    try {
      const detections = detectProblems(await snapshotOf(reader), ctx.clock.now());
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
