import { isAllowedResponseUrl, type SlashCommand } from '@sre-agent/chat/slack-requests';
import { modeFor } from '@sre-agent/core';
import type { IngestContext } from '../context.ts';
import { deniedNamespaceAnswer } from './chat-boundary.ts';
import { DNS_LABEL } from './kube-names.ts';
import { mayApprove, mention } from './slack-approvers.ts';

/** The longest text `/sre memory search` takes (Slack sends at most 4,000 characters in all). */
const MAX_SEARCH_TEXT = 2_000;

const NO_RESPONSE_URL =
  ':warning: this request carries no Slack response URL to answer on; use the CLI instead.';

function responseUrlOf(ctx: IngestContext, command: SlashCommand): string | undefined {
  const prefix = ctx.config.integrations.slack?.responseUrlPrefix ?? 'https://hooks.slack.com/';
  return isAllowedResponseUrl(command.responseUrl, prefix) ? command.responseUrl : undefined;
}

/** An optional namespace argument: absent, or a Kubernetes namespace name. */
function namespaceArg(command: SlashCommand): { ok: true; namespace?: string } | { ok: false } {
  const [namespace, ...extra] = command.args;
  if (namespace === undefined) return { ok: true };
  return extra.length === 0 && namespace.length <= 63 && DNS_LABEL.test(namespace)
    ? { ok: true, namespace }
    : { ok: false };
}

/**
 * `/sre cost [namespace]`, `/sre security [namespace]`: read-only, open to the workspace. The
 * report takes longer than Slack's 3 seconds, so it is queued and the worker answers on
 * `response_url`.
 */
export async function startReport(
  ctx: IngestContext,
  command: SlashCommand,
  report: 'cost' | 'security',
): Promise<string> {
  const arg = namespaceArg(command);
  if (!arg.ok)
    return `:warning: usage: \`${command.command} ${report} [namespace]\`, e.g. \`${command.command} ${report} shop\``;
  const denied = deniedNamespaceAnswer(ctx.config, arg.namespace);
  if (denied) return denied;
  const responseUrl = responseUrlOf(ctx, command);
  if (!responseUrl) return NO_RESPONSE_URL;
  await ctx.queue.send([
    {
      type: 'chat-report',
      report,
      cluster: ctx.defaultCluster,
      ...(arg.namespace ? { namespace: arg.namespace } : {}),
      responseUrl,
      user: `slack:${command.user.id}`,
    },
  ]);
  const scope = arg.namespace ? `namespace ${arg.namespace}` : `cluster ${ctx.defaultCluster}`;
  const what = report === 'cost' ? 'the cost report' : 'the security posture scan';
  return `:hourglass_flowing_sand: Preparing ${what} for ${scope}; the answer follows here.`;
}

/** `/sre memory search <text>`: read-only; the text is untrusted, bounded and only ever fingerprinted. */
export async function startMemorySearch(ctx: IngestContext, command: SlashCommand): Promise<string> {
  const usage = `:warning: usage: \`${command.command} memory search <error text>\`, e.g. \`${command.command} memory search java.lang.OutOfMemoryError: Java heap space\``;
  if (command.args[0]?.toLowerCase() !== 'search') return usage;
  const text = command.rest.slice(command.args[0].length).trim();
  if (text === '') return usage;
  if (text.length > MAX_SEARCH_TEXT)
    return `:warning: the search text is longer than ${MAX_SEARCH_TEXT} characters.`;
  const responseUrl = responseUrlOf(ctx, command);
  if (!responseUrl) return NO_RESPONSE_URL;
  await ctx.queue.send([
    {
      type: 'chat-report',
      report: 'memory-search',
      cluster: ctx.defaultCluster,
      text,
      responseUrl,
      user: `slack:${command.user.id}`,
    },
  ]);
  return ':brain: Searching incident memory; the matches follow here.';
}

/**
 * `/sre wake <namespace>`: a mutation, so only that namespace's approvers may ask; a refusal is
 * an audit record with the member as the actor. The worker runs the `wake-namespace` catalog action
 * through the policy engine, the dry run and the audit trail, with the member as the actor.
 */
export async function startWake(ctx: IngestContext, command: SlashCommand): Promise<string> {
  const namespace = command.args[0] ?? '';
  if (command.args.length !== 1 || namespace.length > 63 || !DNS_LABEL.test(namespace))
    return `:warning: usage: \`${command.command} wake <namespace>\`, e.g. \`${command.command} wake shop\``;
  const userId = command.user.id;
  const right = mayApprove(ctx.config.integrations.slack, userId, namespace);
  if (!right.ok) {
    const at = ctx.clock.now().toISOString();
    await ctx.stores.audit.begin({
      id: ctx.ids('audit'),
      key: `wake-namespace#${ctx.defaultCluster}/${namespace}#slack-refused#${userId}#${at}`,
      cluster: ctx.defaultCluster,
      namespace,
      workload: `Namespace/${namespace}`,
      action: { kind: 'wake-namespace' },
      actor: `slack:${userId}`,
      reason: `wake refused: ${right.reason}`,
      mode: modeFor(ctx.config, ctx.defaultCluster, namespace),
      status: 'refused',
      result: right.reason,
      at,
      finishedAt: at,
    });
    ctx.logger.warn('slack wake refused', { namespace, user: userId });
    return `:no_entry: ${mention(userId)} cannot wake ${namespace}: ${right.reason}.`;
  }
  const responseUrl = responseUrlOf(ctx, command);
  if (!responseUrl) return NO_RESPONSE_URL;
  await ctx.queue.send([
    { type: 'chat-wake', cluster: ctx.defaultCluster, namespace, responseUrl, user: `slack:${userId}` },
  ]);
  return `:sunrise: Waking ${namespace} in ${ctx.defaultCluster} for ${mention(userId)} (policy-checked and audited); the result follows here.`;
}
