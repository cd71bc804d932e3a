import { ExternalServiceError, redactText, truncate } from '@sre-agent/core';
import { escapeMrkdwn } from './blocks.ts';

/** Slack shows at most this much of a message's text; a longer answer is split into parts. */
export const MAX_RESPONSE_CHARS = 3_500;
/**
 * Slack accepts at most five messages on one `response_url` (within 30 minutes): an answer is
 * sent in at most this many parts, and the last says what was left out.
 */
export const MAX_RESPONSE_PARTS = 5;

const FENCE = '```';

/**
 * Whether a slash command's `response_url` is one the agent may post to: it must start with the
 * configured prefix (Slack's `https://hooks.slack.com/`), so a forged field cannot send cluster
 * evidence anywhere else.
 */
export function isAllowedResponseUrl(url: string, prefix: string): boolean {
  return url.length <= 2048 && url.startsWith(prefix) && URL.canParse(url);
}

/**
 * Splits an answer (already redacted and escaped) into at most `MAX_RESPONSE_PARTS` messages of
 * at most `MAX_RESPONSE_CHARS`, cutting at line ends; a code block cut in two is closed and
 * reopened, so each part renders on its own. What does not fit is replaced by a last line that says
 * how many lines were left out and where the whole answer is (`more`).
 */
export function splitSlackAnswer(text: string, more?: string): string[] {
  const budget = MAX_RESPONSE_CHARS - 200; // room for the part label, fences and the truncated line
  const lines = text.split('\n').map((line) => (line.length > budget ? truncate(line, budget) : line));
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  let inFence = false;
  let i = 0;
  for (; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (size + line.length + 1 > budget && current.length > 0) {
      if (parts.length === MAX_RESPONSE_PARTS - 1) break;
      parts.push([...current, ...(inFence ? [FENCE] : [])].join('\n'));
      current = inFence ? [FENCE] : [];
      size = inFence ? FENCE.length + 1 : 0;
    }
    current.push(line);
    size += line.length + 1;
    if (line.trimStart().startsWith(FENCE)) inFence = !inFence;
  }
  const left = lines.length - i;
  if (left > 0) {
    const note = `:scissors: truncated: ${left} more line${left === 1 ? '' : 's'} not shown${more ? ` (${more})` : ''}.`;
    current.push(...(inFence ? [FENCE] : []), note);
  }
  parts.push(current.join('\n'));
  if (parts.length === 1) return parts;
  return parts.map((part, n) => `_(${n + 1}/${parts.length})_\n${part}`);
}

/**
 * Posts a slow answer to a slash command's `response_url` (Slack's documented JSON body:
 * `response_type`, `text`, `replace_original: false`; ephemeral by default). The text is redacted,
 * escaped (a log line cannot mention `@channel` or link anywhere) and split here, the last step
 * before it leaves the cluster boundary: a long answer goes out as numbered follow-up messages,
 * at most five (Slack's limit per `response_url`), then a `truncated` line. They cannot be a thread:
 * a `response_url` post returns no message `ts`, and ephemeral messages have no threads.
 */
/**
 * Which parts of an answer went out already, kept across retries of the work that posts it (the
 * queue redelivers an item whose post failed half-way): a part is claimed before it is sent, and
 * given back if sending fails, so a retry sends only what is missing and never a sixth message.
 */
export type AnswerLedger = {
  /** True if part `index` is not claimed yet: it is now, and the caller sends it. */
  claim(index: number): Promise<boolean>;
  release(index: number): Promise<void>;
};

export async function postSlackResponse(
  url: string,
  text: string,
  options: { inChannel?: boolean; fetch?: typeof fetch; more?: string; ledger?: AnswerLedger } = {},
): Promise<void> {
  const { ledger } = options;
  for (const [index, part] of splitSlackAnswer(escapeMrkdwn(redactText(text)), options.more).entries()) {
    if (ledger && !(await ledger.claim(index))) continue;
    try {
      await postPart(url, part, options);
    } catch (error) {
      await ledger?.release(index);
      throw error;
    }
  }
}

async function postPart(
  url: string,
  part: string,
  options: { inChannel?: boolean; fetch?: typeof fetch },
): Promise<void> {
  const body = JSON.stringify({
    response_type: options.inChannel ? 'in_channel' : 'ephemeral',
    replace_original: false,
    text: part,
  });
  const response = await (options.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    throw new ExternalServiceError(
      'slack',
      `response_url answered ${response.status}`,
      response.status >= 500,
    );
  }
}
