import { isAllowedResponseUrl, type SlashCommand } from '@sre-agent/chat/slack-requests';
import type { IngestContext } from '../context.ts';

/**
 * `/sre ask <question>`: read-only, so open to anyone in the workspace; the worker answers on
 * `response_url` (the assistant reads the cluster, which takes longer than Slack's 3 seconds).
 */
export async function startAsk(ctx: IngestContext, command: SlashCommand): Promise<string> {
  const question = command.rest.trim().slice(0, 2000);
  if (!question)
    return `:warning: usage: \`${command.command} ask <question>\`, e.g. why is shop/order-service failing?`;
  const prefix = ctx.config.integrations.slack?.responseUrlPrefix ?? 'https://hooks.slack.com/';
  if (!isAllowedResponseUrl(command.responseUrl, prefix))
    return ':warning: this request carries no Slack response URL to answer on; ask from the CLI instead.';
  await ctx.queue.send([
    {
      type: 'chat-ask',
      cluster: ctx.defaultCluster,
      question,
      responseUrl: command.responseUrl,
      user: `slack:${command.user.id}`,
    },
  ]);
  return `:thinking_face: Looking into it in ${ctx.defaultCluster}; the answer follows here. Nothing will be changed.`;
}
