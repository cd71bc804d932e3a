import {
  isAllowedResponseUrl,
  parseSlackInteraction,
  parseSlashCommand,
  type SlashCommand,
  verifySlackSignature,
} from '@sre-agent/chat/slack-requests';
import type { Incident } from '@sre-agent/core';
import { SreAgentError } from '@sre-agent/core';
import type { IngestContext, Reply } from '../context.ts';
import { deniedNamespaceAnswer } from './chat-boundary.ts';
import { DNS_LABEL, DNS_SUBDOMAIN } from './kube-names.ts';
import {
  mayApprove,
  mayPause,
  mayResume,
  mention,
  refuseWorkspace,
  type SlackRight,
} from './slack-approvers.ts';
import { startAsk } from './slack-ask.ts';
import { startMemorySearch, startReport, startWake } from './slack-queries.ts';

export type SlackRequest = {
  rawBody: string;
  timestamp?: string | undefined;
  signature?: string | undefined;
};

/** Slack's ephemeral/in-channel answer to a slash command. */
const answer = (text: string, inChannel = false): Reply => ({
  status: 200,
  body: { response_type: inChannel ? 'in_channel' : 'ephemeral', text },
});

function verify(ctx: IngestContext, request: SlackRequest): Reply | undefined {
  const signingSecret = ctx.secrets.SLACK_SIGNING_SECRET;
  if (!signingSecret)
    return { status: 501, body: { error: 'Slack is not configured: set SLACK_SIGNING_SECRET' } };
  const verdict = verifySlackSignature({
    signingSecret,
    timestamp: request.timestamp,
    signature: request.signature,
    rawBody: request.rawBody,
    now: ctx.wallClock.now(),
  } as Parameters<typeof verifySlackSignature>[0]);
  return verdict.ok
    ? undefined
    : { status: 401, body: { error: `Slack signature rejected: ${verdict.reason}` } };
}

function statusText(open: readonly Incident[], paused: boolean): string {
  const lines = [
    paused
      ? ':double_vertical_bar: The agent is *paused*: no autonomous changes.'
      : ':white_check_mark: The agent is active.',
  ];
  if (open.length === 0) lines.push('No open incidents.');
  for (const i of open) {
    const pending = i.actions.find((a) => a.status === 'proposed');
    lines.push(
      `• ${i.id} ${i.title} — ${i.status}${pending ? ` (awaiting approval: \`/sre approve ${pending.id}\`)` : ''}`,
    );
  }
  return lines.join('\n');
}

async function findProposal(ctx: IngestContext, actionId: string) {
  const open = await ctx.stores.incidents.listOpen();
  for (const incident of open) {
    const action = incident.actions.find((a) => a.id === actionId && a.status === 'proposed');
    if (action) return { incident, action };
  }
  return undefined;
}

/** A refused decision goes to the audit trail with the Slack user id, like an accepted one. */
async function auditRefusedDecision(
  ctx: IngestContext,
  found: NonNullable<Awaited<ReturnType<typeof findProposal>>>,
  userId: string,
  approved: boolean,
  reason: string,
): Promise<void> {
  const at = ctx.clock.now().toISOString();
  const { incident, action } = found;
  await ctx.stores.audit.begin({
    id: ctx.ids('audit'),
    key: `${incident.id}#${action.id}#slack-refused#${userId}#${at}`,
    incidentId: incident.id,
    cluster: incident.target.cluster,
    namespace: incident.target.namespace,
    workload: `${incident.target.kind}/${incident.target.name}`,
    action: action.action,
    actor: `slack:${userId}`,
    reason: `${approved ? 'approval' : 'rejection'} refused: ${reason}`,
    mode: incident.mode,
    status: 'refused',
    result: reason,
    at,
    finishedAt: at,
  });
}

async function decide(
  ctx: IngestContext,
  actionId: string,
  approved: boolean,
  userId: string,
  onlyKind?: string,
): Promise<string> {
  const found = await findProposal(ctx, actionId);
  if (!found || (onlyKind && found.action.action.kind !== onlyKind))
    return `No proposed action ${actionId.slice(0, 80)} is waiting for approval.`;
  const right = mayApprove(ctx.config.integrations.slack, userId, found.incident.target.namespace);
  if (!right.ok) {
    ctx.logger.warn('slack decision refused', { incident: found.incident.id, actionId, user: userId });
    await auditRefusedDecision(ctx, found, userId, approved, right.reason);
    return `:no_entry: ${mention(userId)} cannot ${approved ? 'approve' : 'reject'} this: ${right.reason}.`;
  }
  const user = `slack:${userId}`;
  await ctx.queue.send([{ type: 'decision', incidentId: found.incident.id, actionId, approved, user }]);
  return `${approved ? 'Approved' : 'Rejected'} ${found.action.reason} for ${found.incident.title} (${mention(userId)}).`;
}

/**
 * `/sre diagnose <namespace>/<workload>`: read-only, so open to anyone in the workspace. Slow (the
 * evidence is read from the cluster), so the worker answers on `response_url`; this acknowledges
 * within Slack's 3 seconds. The target is checked as Kubernetes names before it is queued.
 */
async function startDiagnosis(ctx: IngestContext, command: SlashCommand): Promise<string> {
  const usage = `usage: \`${command.command} diagnose <namespace>/<workload>\`, e.g. shop/order-service`;
  const target = command.args[0] ?? '';
  const slash = target.indexOf('/');
  const namespace = target.slice(0, slash);
  const workload = target.slice(slash + 1);
  if (slash < 0 || target.length > 317 || !DNS_LABEL.test(namespace) || !DNS_SUBDOMAIN.test(workload))
    return `:warning: ${usage}`;
  const denied = deniedNamespaceAnswer(ctx.config, namespace);
  if (denied) return denied;
  const prefix = ctx.config.integrations.slack?.responseUrlPrefix ?? 'https://hooks.slack.com/';
  if (!isAllowedResponseUrl(command.responseUrl, prefix))
    return ':warning: this request carries no Slack response URL to answer on; diagnose from the CLI instead.';
  await ctx.queue.send([
    {
      type: 'chat-diagnose',
      cluster: ctx.defaultCluster,
      namespace,
      workload,
      responseUrl: command.responseUrl,
      user: `slack:${command.user.id}`,
    },
  ]);
  return `:mag: Diagnosing ${namespace}/${workload} in ${ctx.defaultCluster}; the answer follows here. Nothing will be changed.`;
}

const refusedRight = (verb: string, userId: string, right: SlackRight & { ok: false }) =>
  answer(`:no_entry: ${mention(userId)} cannot \`${verb}\`: ${right.reason}.`);

async function runCommand(ctx: IngestContext, command: SlashCommand): Promise<Reply> {
  const userId = command.user.id;
  const slack = ctx.config.integrations.slack;
  switch (command.verb) {
    case 'help':
      return answer(command.helpText);
    case 'status': {
      const [open, pause] = await Promise.all([
        ctx.stores.incidents.listOpen(),
        ctx.stores.control.getPause(),
      ]);
      const cluster = command.args[0];
      return answer(
        statusText(cluster ? open.filter((i) => i.target.cluster === cluster) : open, pause.paused),
      );
    }
    case 'pause': {
      const right = mayPause(slack, userId);
      if (!right.ok) return refusedRight('pause', userId, right);
      await ctx.stores.control.setPause({
        paused: true,
        by: `slack:${userId}`,
        at: ctx.clock.now().toISOString(),
        ...(command.rest ? { reason: command.rest } : {}),
      });
      ctx.logger.warn('kill switch engaged', { by: `slack:${userId}` });
      return answer(
        `:double_vertical_bar: Paused by ${mention(userId)}. No autonomous change will be made until \`/sre resume\`.`,
        true,
      );
    }
    case 'resume': {
      const right = mayResume(slack, userId);
      if (!right.ok) return refusedRight('resume', userId, right);
      await ctx.stores.control.setPause({
        paused: false,
        by: `slack:${userId}`,
        at: ctx.clock.now().toISOString(),
      });
      ctx.logger.warn('kill switch released', { by: `slack:${userId}` });
      return answer(`:arrow_forward: Resumed by ${mention(userId)}.`, true);
    }
    case 'approve':
    case 'reject':
      return answer(await decide(ctx, command.args[0] ?? '', command.verb === 'approve', userId), true);
    case 'diagnose':
      return answer(await startDiagnosis(ctx, command));
    case 'ask':
      return answer(await startAsk(ctx, command));
    case 'cost':
    case 'security':
      return answer(await startReport(ctx, command, command.verb));
    case 'wake':
      return answer(await startWake(ctx, command));
    case 'memory':
      return answer(await startMemorySearch(ctx, command));
  }
}

/** `/sre ...` slash commands: verify the signature, parse, run, answer within Slack's 3 seconds. */
export async function handleSlackCommand(ctx: IngestContext, request: SlackRequest): Promise<Reply> {
  const refused = verify(ctx, request);
  if (refused) return refused;
  try {
    const command = parseSlashCommand(request.rawBody);
    return refuseWorkspace(ctx.config.integrations.slack, command) ?? (await runCommand(ctx, command));
  } catch (error) {
    if (error instanceof SreAgentError && error.expose)
      return { status: 400, body: { error: error.message } };
    throw error;
  }
}

/** Button clicks (approve / reject a proposed fix). */
export async function handleSlackInteraction(ctx: IngestContext, request: SlackRequest): Promise<Reply> {
  const refused = verify(ctx, request);
  if (refused) return refused;
  try {
    const action = parseSlackInteraction(request.rawBody);
    const foreign = refuseWorkspace(ctx.config.integrations.slack, action);
    if (foreign) return foreign;
    // "rollback" (roll back my change) approves the rollback proposed beside the fix.
    if (action.actionId !== 'approve' && action.actionId !== 'reject' && action.actionId !== 'rollback') {
      return { status: 200, body: { text: `Unknown action ${action.actionId.slice(0, 40)}` } };
    }
    const actionId = action.value.split(':').at(-1) ?? '';
    return {
      status: 200,
      body: {
        text: await decide(
          ctx,
          actionId,
          action.actionId !== 'reject',
          action.user.id,
          action.actionId === 'rollback' ? 'rollback' : undefined,
        ),
      },
    };
  } catch (error) {
    if (error instanceof SreAgentError && error.expose)
      return { status: 400, body: { error: error.message } };
    throw error;
  }
}
