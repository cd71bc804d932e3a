import { SreAgentError } from '@sre-agent/core';
import { diagnoseOnDemand } from '@sre-agent/healing';
import { formatDiagnoses } from '../commands/diagnose-format.ts';
import type { AgentContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import { answerPoster, type PostResponse } from './chat-answer.ts';
import { deniedNamespaceAnswer } from './chat-boundary.ts';

type ChatDiagnose = Extract<WorkItem, { type: 'chat-diagnose' }>;

/**
 * The worker's half of `/sre diagnose`: the same read-only diagnosis as `sre-agent diagnose`
 * (evidence, catalog, reasoner, and what the policy would make of each fix, without doing it),
 * answered on the command's `response_url`. A workload that does not exist is said so; a cluster
 * failure throws (the queue retries).
 */
export async function answerChatDiagnosis(
  ctx: AgentContext,
  item: ChatDiagnose,
  post: PostResponse = answerPoster(
    ctx.stores.dedup,
    item,
    `\`sre-agent diagnose ${item.namespace}/${item.workload}\` prints all of it`,
  ),
): Promise<void> {
  const where = `${item.namespace}/${item.workload}`;
  const denied = deniedNamespaceAnswer(ctx.config, item.namespace);
  if (denied) {
    await post(item.responseUrl, denied);
    return;
  }
  const handles = ctx.clusters.get(item.cluster);
  if (!handles) {
    await post(item.responseUrl, `I cannot diagnose ${where}: cluster ${item.cluster} is not connected.`);
    return;
  }
  let lines: string[];
  try {
    const found = await diagnoseOnDemand(
      { reader: handles.reader, config: ctx.config, clock: ctx.clock },
      { kind: 'workload', namespace: item.namespace, name: item.workload },
    );
    lines = formatDiagnoses(`cluster ${item.cluster}, ${where}`, ctx.clock.now(), found);
  } catch (error) {
    if (!(error instanceof SreAgentError && error.expose)) throw error;
    lines = [`I cannot diagnose ${where}: ${error.message}`];
  }
  ctx.logger.info('chat diagnosis answered', { target: where, by: item.user });
  await post(item.responseUrl, ['```', ...lines, '```'].join('\n'));
}
