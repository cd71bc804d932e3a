import type { Notification, UntrustedPattern } from '@sre-agent/core';
import { truncate } from '@sre-agent/core';
import { SEVERITY_STYLE, statusOf } from '../format.ts';

/** A Block Kit text object. */
export type SlackText =
  | { type: 'plain_text'; text: string; emoji?: boolean }
  | { type: 'mrkdwn'; text: string; verbatim?: boolean };

export type SlackButton = {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji?: boolean };
  value: string;
  style?: 'primary' | 'danger';
};

/** The Block Kit blocks sre-agent sends (a subset of Slack's `KnownBlock`). */
export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji?: boolean } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string; verbatim?: boolean } }
  | { type: 'section'; fields: { type: 'mrkdwn'; text: string; verbatim?: boolean }[] }
  | { type: 'actions'; block_id: string; elements: SlackButton[] }
  | { type: 'context'; elements: SlackText[] };

/** A message ready for `chat.postMessage` / `chat.update`: notification fallback `text` plus `blocks`. */
export type SlackMessage = { text: string; blocks: SlackBlock[] };

/** Slack's documented Block Kit limits that a long incident story can hit. */
export const SLACK_LIMITS = {
  headerText: 150,
  sectionText: 3000,
  sectionsOfText: 5,
  fields: 10,
  fieldText: 2000,
  buttons: 25,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  fallbackText: 3000,
} as const;

/** The block id of the buttons block; interaction payloads carry it back. */
export const ACTIONS_BLOCK_ID = 'sre-agent-actions';

/** Broadcast mentions written out as text; Slack may parse them in `mrkdwn` that is not `verbatim`. */
const BROADCAST = /@(channel|here|everyone)\b/gi;

/** The regexes that run on notification text (untrusted: logs, alerts), for the adversarial suite. */
export const SLACK_MRKDWN_PATTERNS: readonly UntrustedPattern[] = [
  { name: 'slack/broadcast', pattern: BROADCAST },
];

/**
 * Escapes the three characters Slack's mrkdwn treats as control characters, so text from logs
 * cannot ping `<!channel>`, mention users (`<@U123>`) or forge links (`<https://evil|Approve>`),
 * and breaks a written-out `@channel`, `@here` or `@everyone` with a word joiner (U+2060) so it
 * cannot notify either. `*bold*` emphasis still works.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(BROADCAST, '@\u2060$1');
}

/**
 * Builds the Block Kit message for a notification: header (severity emoji and title), the story
 * in sections, fields, buttons (`action_id` = button id, `value` = button value) and a context line.
 * `role: 'root'` is the message that opens (and later summarises) an incident's thread: its
 * context line shows the incident's status.
 * @example
 * const { text, blocks } = buildSlackMessage(notification, { role: 'root', now: clock.now() });
 */
export function buildSlackMessage(
  notification: Notification,
  options: { role: 'root' | 'reply'; now: Date },
): SlackMessage {
  const style = SEVERITY_STYLE[notification.severity];
  const status = statusOf(notification);
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: truncate(`${style.emoji} ${notification.title}`, SLACK_LIMITS.headerText),
        emoji: true,
      },
    },
  ];
  for (const chunk of splitText(escapeMrkdwn(notification.text))) {
    // verbatim: Slack does not turn bare URLs, channel names or @mentions in the text into links.
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk, verbatim: true } });
  }
  const fields = (notification.fields ?? []).slice(0, SLACK_LIMITS.fields);
  if (fields.length > 0) {
    blocks.push({
      type: 'section',
      fields: fields.map((f) => ({
        type: 'mrkdwn',
        text: truncate(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, SLACK_LIMITS.fieldText),
        verbatim: true,
      })),
    });
  }
  const buttons = uniqueButtons(notification);
  if (buttons.length > 0) {
    blocks.push({ type: 'actions', block_id: ACTIONS_BLOCK_ID, elements: buttons });
  }
  const seconds = Math.floor(options.now.getTime() / 1000);
  // Slack renders <!date^...> in each reader's own time zone; the text after | is the fallback.
  const when = `<!date^${seconds}^{date_short_pretty} {time_secs}|${options.now.toISOString()}>`;
  const context =
    options.role === 'root'
      ? `*Status:* ${escapeMrkdwn(status)} · updated ${when} · sre-agent`
      : `${style.label} · ${when} · sre-agent`;
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context }] });
  const fallback =
    options.role === 'root'
      ? `${style.emoji} ${notification.title} (${status})`
      : `${style.emoji} ${notification.title}: ${notification.text}`;
  return { text: truncate(escapeMrkdwn(fallback), SLACK_LIMITS.fallbackText), blocks };
}

/** Splits text into section-sized chunks, preferring paragraph then line breaks; the rest is cut. */
function splitText(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const chunks: string[] = [];
  let rest = trimmed;
  while (rest.length > 0 && chunks.length < SLACK_LIMITS.sectionsOfText) {
    if (rest.length <= SLACK_LIMITS.sectionText) {
      chunks.push(rest);
      rest = '';
      break;
    }
    const window = rest.slice(0, SLACK_LIMITS.sectionText);
    const cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'));
    const at = cut > SLACK_LIMITS.sectionText / 2 ? cut : SLACK_LIMITS.sectionText;
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) {
    const last = chunks.pop() ?? '';
    chunks.push(truncate(`${last}\n…`, SLACK_LIMITS.sectionText));
  }
  return chunks;
}

/** Slack rejects a message whose action ids repeat; the first button with an id wins. */
function uniqueButtons(notification: Notification): SlackButton[] {
  const seen = new Set<string>();
  const out: SlackButton[] = [];
  for (const button of notification.buttons ?? []) {
    const actionId = truncate(button.id, SLACK_LIMITS.actionId);
    if (actionId === '' || seen.has(actionId) || out.length >= SLACK_LIMITS.buttons) continue;
    seen.add(actionId);
    out.push({
      type: 'button',
      action_id: actionId,
      text: { type: 'plain_text', text: truncate(button.label, SLACK_LIMITS.buttonText), emoji: true },
      value: button.value.slice(0, SLACK_LIMITS.buttonValue),
      ...(button.style ? { style: button.style } : {}),
    });
  }
  return out;
}
