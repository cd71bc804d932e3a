import { askAssistant } from '../assistant/ask.ts';
import { prometheusFromConfig } from '../assistant/from-config.ts';
import type { AgentContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import { answerPoster, type PostResponse } from './chat-answer.ts';

type ChatAsk = Extract<WorkItem, { type: 'chat-ask' }>;

/**
 * The worker's half of `/sre ask <question>`: the assistant (Bedrock with read-only tools, or the
 * rules and the read-only diagnosis without it) answers on the command's `response_url`. Nothing
 * is changed; a fix it suggests points to `/sre diagnose`, whose proposals go through the policy.
 */
export async function answerChatAsk(
  ctx: AgentContext,
  item: ChatAsk,
  post: PostResponse = answerPoster(ctx.stores.dedup, item),
): Promise<void> {
  const handles = ctx.clusters.get(item.cluster);
  if (!handles) {
    await post(item.responseUrl, `I cannot answer: cluster ${item.cluster} is not connected.`);
    return;
  }
  const answer = await askAssistant(
    {
      reader: handles.reader,
      config: ctx.config,
      clock: ctx.clock,
      incidents: ctx.stores.incidents,
      audit: ctx.stores.audit,
      memory: ctx.memory,
      prometheus: await prometheusFromConfig(ctx.config),
    },
    item.question,
    ctx.assistant,
  );
  ctx.logger.info('chat question answered', {
    by: item.user,
    via: answer.via,
    toolCalls: answer.evidence.length,
  });
  await post(item.responseUrl, `> ${answer.question.slice(0, 300)}\n${answer.text}`);
}
