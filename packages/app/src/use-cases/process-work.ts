import type { AgentContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';

/** The worker: one queued item through the healing pipeline. Throws on infrastructure failure (retried). */
export async function processWorkItem(ctx: AgentContext, item: WorkItem): Promise<void> {
  switch (item.type) {
    case 'detection':
      await ctx.pipeline.ingest(item.detection);
      return;
    case 'advance':
      await ctx.pipeline.advance(item.incidentId);
      return;
    case 'decision':
      if (item.approved) await ctx.pipeline.approve(item.incidentId, item.actionId, item.user);
      else await ctx.pipeline.reject(item.incidentId, item.actionId, item.user);
      return;
  }
}
