import type { AgentContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import { answerChatAsk } from './chat-ask.ts';
import { answerChatDiagnosis } from './chat-diagnose.ts';
import { answerChatReport } from './chat-reports.ts';
import { answerChatWake } from './chat-wake.ts';
import { quarantineDepsFrom, quarantineFinding } from './quarantine-finding.ts';

/**
 * The worker: one queued item through the healing pipeline. Throws on infrastructure failure
 * (retried). With `remainingMs` (a Lambda's remaining time) no action starts that could not finish.
 */
export async function processWorkItem(
  ctx: AgentContext,
  item: WorkItem,
  options: { remainingMs?: () => number } = {},
): Promise<void> {
  const pipeline = options.remainingMs ? ctx.pipeline.withTimeBudget(options.remainingMs) : ctx.pipeline;
  switch (item.type) {
    case 'detection':
      await pipeline.ingest(item.detection);
      return;
    case 'advance':
      await pipeline.advance(item.incidentId);
      return;
    case 'decision':
      if (item.approved) await pipeline.approve(item.incidentId, item.actionId, item.user);
      else await pipeline.reject(item.incidentId, item.actionId, item.user);
      return;
    case 'page-digest':
      await ctx.pager.sendDigests(ctx.clusters.keys());
      return;
    case 'chat-diagnose':
      await answerChatDiagnosis(ctx, item);
      return;
    case 'chat-report':
      await answerChatReport(ctx, item);
      return;
    case 'chat-wake':
      await answerChatWake(ctx, item);
      return;
    case 'chat-ask':
      await answerChatAsk(ctx, item);
      return;
    case 'runtime-finding':
      await quarantineFinding(item.finding, quarantineDepsFrom(ctx));
      return;
  }
}
