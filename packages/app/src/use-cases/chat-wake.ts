import { sleepStateAt } from '@sre-agent/cost/sleep';
import type { AgentContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import { answerPoster, type PostResponse } from './chat-answer.ts';
import { formatSleepWake, sleepOrWakeNamespace } from './sleep-wake.ts';

type ChatWake = Extract<WorkItem, { type: 'chat-wake' }>;

/** A namespace the sleep schedule puts to sleep right now: the next pass would undo the wake. */
function scheduleNote(ctx: AgentContext, item: ChatWake): string | undefined {
  const { sleep } = ctx.config.cost;
  const wanted = sleep.namespaces.find(
    (n) => n.namespace === item.namespace && (!n.cluster || n.cluster === item.cluster),
  );
  const schedule = wanted ? sleep.schedules[wanted.schedule] : undefined;
  if (!wanted || !schedule || sleepStateAt(schedule, ctx.clock.now()).state !== 'asleep') return undefined;
  return `Note: schedule ${wanted.schedule} (cost.sleep) has ${item.namespace} asleep now, so its next pass puts it back to sleep; take it out of cost.sleep.namespaces to keep it awake.`;
}

/**
 * The worker's half of `/sre wake <namespace>`: the `wake-namespace` catalog action through the
 * same path as the schedule and `sre-agent cost wake` (binding, policy engine, audit, server-side
 * dry run, kill switch asked before each write), with the Slack member who asked as the actor (the
 * receiver checked they approve for that namespace). The outcome is answered on `response_url`.
 */
export async function answerChatWake(
  ctx: AgentContext,
  item: ChatWake,
  post: PostResponse = answerPoster(ctx.stores.dedup, item),
): Promise<void> {
  const result = await sleepOrWakeNamespace(
    {
      config: ctx.config,
      stores: ctx.stores,
      clusters: ctx.clusters,
      clock: ctx.clock,
      ids: ctx.ids,
      logger: ctx.logger,
    },
    {
      cluster: item.cluster,
      namespace: item.namespace,
      action: 'wake-namespace',
      actor: item.user as `slack:${string}`,
      schedule: 'slack',
    },
  );
  ctx.logger.info('chat wake answered', {
    namespace: item.namespace,
    outcome: result.outcome,
    by: item.user,
  });
  const note = result.outcome === 'applied' ? scheduleNote(ctx, item) : undefined;
  await post(item.responseUrl, ['```', formatSleepWake(result), '```', ...(note ? [note] : [])].join('\n'));
}
