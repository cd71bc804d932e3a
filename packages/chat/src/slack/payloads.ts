import { lazySchema, ValidationError } from '@sre-agent/core';
import * as z from 'zod';
import { escapeMrkdwn } from './blocks.ts';

/** The verbs of the `/sre` slash command. */
export const SLASH_VERBS = [
  'status',
  'diagnose',
  'cost',
  'security',
  'approve',
  'reject',
  'pause',
  'resume',
  'wake',
  'memory',
  'ask',
  'help',
] as const;
export type SlashVerb = (typeof SLASH_VERBS)[number];

/** Who in Slack asked; `name` is Slack's (deprecated but still sent) user name when present. */
export type SlackUser = { id: string; name?: string };

type SlashCommandBase = {
  /** Whitespace-separated words after the verb. */
  args: string[];
  /** Everything after the verb, as typed (Slack's `&amp;`, `&lt;`, `&gt;` decoded); the question for `ask`. */
  rest: string;
  user: SlackUser;
  /** The slash command as configured in Slack, e.g. `/sre`. */
  command: string;
  channelId: string;
  teamId: string;
  /** The Slack app the command was sent to (`api_app_id`), when Slack says. */
  appId?: string;
  /** Where to post delayed answers (valid for 30 minutes, 5 uses). */
  responseUrl: string;
  triggerId: string;
};

/**
 * A parsed slash command. An unknown verb or a missing argument is not an error: it becomes
 * `help`, with `problem` saying what was wrong and `helpText` ready to show the user.
 */
export type SlashCommand = SlashCommandBase &
  ({ verb: Exclude<SlashVerb, 'help'> } | { verb: 'help'; helpText: string; problem?: string });

/** A button click from one of our messages. */
export type SlackAction = {
  actionId: string;
  value: string;
  blockId?: string;
  user: SlackUser;
  responseUrl?: string;
  triggerId?: string;
  /** The `ts` of the message that carried the button (for `chat.update`). */
  messageTs?: string;
  channelId?: string;
  teamId?: string;
  /** The Slack app whose message carried the button (`api_app_id`). */
  appId?: string;
};

const USAGE: Record<SlashVerb, { args: string; what: string; needs?: string }> = {
  status: { args: '[cluster]', what: 'open incidents, pending approvals and the mode in force' },
  diagnose: {
    args: '<namespace>/<workload>',
    what: 'gather evidence and explain what is wrong',
    needs: 'a workload, e.g. shop/order-service',
  },
  cost: {
    args: '[namespace]',
    what: 'the cost report: right-sizing savings and zombie namespaces (cluster-wide without a namespace)',
  },
  security: {
    args: '[namespace]',
    what: 'the security posture scan of a namespace or the cluster (Pod Security Standards, NetworkPolicy, RBAC)',
  },
  approve: { args: '<action-id>', what: 'run a proposed fix', needs: 'the id of the proposed action' },
  reject: { args: '<action-id>', what: 'drop a proposed fix', needs: 'the id of the proposed action' },
  pause: { args: '[reason]', what: 'kill switch: stop every autonomous change' },
  resume: { args: '', what: 'lift the kill switch' },
  wake: {
    args: '<namespace>',
    what: 'wake a sleeping namespace now (its approvers only; policy-checked and audited)',
    needs: 'a namespace',
  },
  memory: {
    args: 'search <text>',
    what: 'past incidents like this error text, with their similarity and the fix that was used',
    needs: '`search` and the text to look for',
  },
  ask: { args: '<question>', what: 'ask about incidents and the fixes that worked', needs: 'a question' },
  help: { args: '', what: 'this list' },
};

/** The help text for a slash command (named as configured, e.g. `/sre`), with an optional first line. */
export function slashCommandHelp(command = '/sre', problem?: string): string {
  const lines = SLASH_VERBS.map((verb) => {
    const usage = USAGE[verb];
    const call = [command, verb, usage.args].filter((part) => part !== '').join(' ');
    return `• \`${call}\` — ${usage.what}`;
  });
  return [...(problem ? [`${problem}.`, ''] : []), `*${command}* commands:`, ...lines].join('\n');
}

const HttpUrlSchema = lazySchema(() => z.url({ protocol: /^https?$/, error: 'an http(s) URL' }));

/** Slack's slash command form fields; loose, since Slack adds fields over time. */
const SlashCommandBodySchema = lazySchema(() =>
  z.object({
    command: z.string().regex(/^\/\S+$/, 'a slash command such as /sre'),
    text: z.string().max(4000).default(''),
    user_id: z.string().min(1),
    user_name: z.string().optional(),
    channel_id: z.string().min(1),
    team_id: z.string().min(1),
    api_app_id: z.string().min(1).optional(),
    response_url: HttpUrlSchema,
    trigger_id: z.string().min(1),
  }),
);

/**
 * Parses a slash command request body (form-urlencoded, as Slack POSTs it) into a `SlashCommand`.
 * Call only after `verifySlackSignature` accepted the request. Throws `ValidationError` naming
 * the missing or malformed fields.
 * @example
 * const cmd = parseSlashCommand('command=%2Fsre&text=approve+act-7&user_id=U1&...');
 * // { verb: 'approve', args: ['act-7'], rest: 'act-7', user: { id: 'U1' }, ... }
 */
export function parseSlashCommand(body: string | URLSearchParams | Record<string, string>): SlashCommand {
  const fields = formFields(body);
  const parsed = SlashCommandBodySchema.safeParse(fields);
  if (!parsed.success) throw invalid('Slack slash command', parsed.error);
  const data = parsed.data;
  const text = decodeSlackText(data.text).trim();
  const [first = '', ...words] = text === '' ? [] : text.split(/\s+/);
  const rest = text.slice(first.length).trim();
  const base: SlashCommandBase = {
    args: words,
    rest,
    user: { id: data.user_id, ...(data.user_name ? { name: data.user_name } : {}) },
    command: data.command,
    channelId: data.channel_id,
    teamId: data.team_id,
    ...(data.api_app_id ? { appId: data.api_app_id } : {}),
    responseUrl: data.response_url,
    triggerId: data.trigger_id,
  };
  const verb = first.toLowerCase();
  if (verb === '' || verb === 'help') {
    return { ...base, verb: 'help', helpText: slashCommandHelp(data.command) };
  }
  if (!isVerb(verb)) {
    const problem = `Unknown command \`${truncateWord(first)}\``;
    return { ...base, verb: 'help', problem, helpText: slashCommandHelp(data.command, problem) };
  }
  const needs = USAGE[verb].needs;
  if (needs && words.length === 0) {
    const problem = `\`${data.command} ${verb}\` needs ${needs}`;
    return { ...base, verb: 'help', problem, helpText: slashCommandHelp(data.command, problem) };
  }
  return { ...base, verb };
}

const InteractionTypeSchema = lazySchema(() => z.object({ type: z.string().min(1, 'the interaction type') }));

/** Slack's `block_actions` interaction payload, as much of it as we read; loose. */
const BlockActionsSchema = lazySchema(() =>
  z.object({
    type: z.literal('block_actions'),
    user: z.object({
      id: z.string().min(1),
      username: z.string().optional(),
      name: z.string().optional(),
    }),
    actions: z
      .array(
        z.object({
          action_id: z.string().min(1),
          value: z.string({ error: 'a button value (every sre-agent button has one)' }),
          block_id: z.string().optional(),
        }),
      )
      .min(1, 'at least one action'),
    response_url: HttpUrlSchema.optional(),
    trigger_id: z.string().optional(),
    team: z.object({ id: z.string() }).nullish(),
    api_app_id: z.string().optional(),
    channel: z.object({ id: z.string() }).nullish(),
    message: z.object({ ts: z.string() }).nullish(),
    container: z.object({ message_ts: z.string().optional(), channel_id: z.string().optional() }).nullish(),
  }),
);

/**
 * Parses an interactivity request body (`payload=<JSON>`, form-urlencoded) of a button click into
 * a `SlackAction`. Only `block_actions` are handled; anything else, or a malformed payload, throws
 * `ValidationError` naming the problem.
 * @example
 * const { actionId, value, user } = parseSlackInteraction(rawBody); // 'approve', 'act-7', { id: 'U1' }
 */
export function parseSlackInteraction(body: string | URLSearchParams | Record<string, string>): SlackAction {
  const payload = formFields(body).payload;
  if (payload === undefined || payload === '') {
    throw new ValidationError('Slack interaction is invalid: the body has no `payload` field', [
      'payload: missing',
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch (error) {
    throw new ValidationError('Slack interaction is invalid: `payload` is not JSON', ['payload: not JSON'], {
      cause: error,
    });
  }
  const kind = InteractionTypeSchema.safeParse(json);
  if (!kind.success) throw invalid('Slack interaction', kind.error);
  if (kind.data.type !== 'block_actions') {
    throw new ValidationError(
      `Slack interaction of type "${truncateWord(kind.data.type)}" is not handled; only block_actions (buttons) are`,
      [`type: ${truncateWord(kind.data.type)}`],
    );
  }
  const parsed = BlockActionsSchema.safeParse(json);
  if (!parsed.success) throw invalid('Slack block_actions payload', parsed.error);
  const data = parsed.data;
  const [action] = data.actions;
  if (!action) throw new ValidationError('Slack block_actions payload has no action', ['actions: empty']);
  const name = data.user.username ?? data.user.name;
  const messageTs = data.message?.ts ?? data.container?.message_ts;
  const channelId = data.channel?.id ?? data.container?.channel_id;
  return {
    actionId: action.action_id,
    value: action.value,
    ...(action.block_id ? { blockId: action.block_id } : {}),
    user: { id: data.user.id, ...(name ? { name } : {}) },
    ...(data.response_url ? { responseUrl: data.response_url } : {}),
    ...(data.trigger_id ? { triggerId: data.trigger_id } : {}),
    ...(messageTs ? { messageTs } : {}),
    ...(channelId ? { channelId } : {}),
    ...(data.team?.id ? { teamId: data.team.id } : {}),
    ...(data.api_app_id ? { appId: data.api_app_id } : {}),
  };
}

function formFields(body: string | URLSearchParams | Record<string, string>): Record<string, string> {
  if (typeof body !== 'string' && !(body instanceof URLSearchParams)) return { ...body };
  const params = typeof body === 'string' ? new URLSearchParams(body) : body;
  const out: Record<string, string> = {};
  // A repeated field keeps its first value; Slack never repeats one.
  for (const [key, value] of params) if (!(key in out)) out[key] = value;
  return out;
}

function isVerb(word: string): word is Exclude<SlashVerb, 'help'> {
  return (SLASH_VERBS as readonly string[]).includes(word) && word !== 'help';
}

/** Slack escapes `&`, `<` and `>` in message text; undo it (ampersand last). */
function decodeSlackText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** A word the user typed, made safe to echo back in mrkdwn: short, and unable to mention or link. */
function truncateWord(word: string): string {
  return escapeMrkdwn(word.length > 40 ? `${word.slice(0, 40)}…` : word).replaceAll('`', "'");
}

function invalid(what: string, error: z.ZodError): ValidationError {
  const issues = error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  return new ValidationError(`${what} is invalid:\n${z.prettifyError(error)}`, issues, { cause: error });
}
