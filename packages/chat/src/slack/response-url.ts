import { ExternalServiceError, redactText, truncate } from '@sre-agent/core';
import { escapeMrkdwn } from './blocks.ts';

/** Slack shows at most this much of a message's text; longer answers are cut with a note. */
const MAX_RESPONSE_CHARS = 3_500;

/**
 * Whether a slash command's `response_url` is one the agent may post to: it must start with the
 * configured prefix (Slack's `https://hooks.slack.com/`), so a forged field cannot send cluster
 * evidence anywhere else.
 */
export function isAllowedResponseUrl(url: string, prefix: string): boolean {
  return url.length <= 2048 && url.startsWith(prefix) && URL.canParse(url);
}

/**
 * Posts a slow answer to a slash command's `response_url` (Slack's documented JSON body:
 * `response_type` and `text`; ephemeral by default). The text is redacted, escaped (a log line
 * cannot mention `@channel` or link anywhere) and bounded here, the last step before it leaves the
 * cluster boundary.
 */
export async function postSlackResponse(
  url: string,
  text: string,
  options: { inChannel?: boolean; fetch?: typeof fetch } = {},
): Promise<void> {
  const body = JSON.stringify({
    response_type: options.inChannel ? 'in_channel' : 'ephemeral',
    replace_original: false,
    text: truncate(escapeMrkdwn(redactText(text)), MAX_RESPONSE_CHARS),
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
