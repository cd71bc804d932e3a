import type { Notification, NotificationSeverity, UntrustedPattern } from '@sre-agent/core';
import { truncate } from '@sre-agent/core';
import { SEVERITY_STYLE, statusOf } from '../format.ts';
import { SLASH_VERBS } from '../slack/payloads.ts';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

type TextBlock = {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Bolder';
  color?: 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  style?: 'heading';
};
type FactSet = { type: 'FactSet'; facts: { title: string; value: string }[] };

/** An Adaptive Card (schema 1.4, what Teams renders in channels). */
export type AdaptiveCard = {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.4';
  msteams: { width: 'Full' };
  body: (TextBlock | FactSet)[];
};

/** The JSON body Teams incoming webhooks and Workflows ("post to a channel when a webhook request is received") accept. */
export type TeamsWebhookMessage = {
  type: 'message';
  attachments: [{ contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; contentUrl: null; content: AdaptiveCard }];
};

const COLOUR: Record<NotificationSeverity, NonNullable<TextBlock['color']>> = {
  info: 'Accent',
  warning: 'Warning',
  critical: 'Attention',
  resolved: 'Good',
};

/** Teams refuses messages over about 28 KB; these caps keep a card well below that. */
const LIMITS = { title: 200, text: 8000, facts: 20, fact: 500 } as const;

/**
 * Builds the Teams webhook body for a notification: an Adaptive Card with the title (coloured by
 * severity), the story, the fields as facts, and a footer with the status and incident key.
 * Webhook cards cannot call back, so buttons become the equivalent `/sre` commands.
 */
export function buildTeamsMessage(notification: Notification, options: { now: Date }): TeamsWebhookMessage {
  const style = SEVERITY_STYLE[notification.severity];
  const body: AdaptiveCard['body'] = [
    {
      type: 'TextBlock',
      text: truncate(`${style.emoji} ${escapeTeamsMarkdown(notification.title)}`, LIMITS.title),
      wrap: true,
      size: 'Large',
      weight: 'Bolder',
      style: 'heading',
      color: COLOUR[notification.severity],
    },
  ];
  if (notification.text.trim() !== '') {
    body.push({
      type: 'TextBlock',
      text: truncate(escapeTeamsMarkdown(notification.text), LIMITS.text),
      wrap: true,
    });
  }
  const facts = (notification.fields ?? []).slice(0, LIMITS.facts);
  if (facts.length > 0) {
    body.push({
      type: 'FactSet',
      facts: facts.map((f) => ({
        title: truncate(escapeTeamsMarkdown(f.label), LIMITS.fact),
        value: truncate(escapeTeamsMarkdown(f.value), LIMITS.fact),
      })),
    });
  }
  const choices = (notification.buttons ?? []).map((b) =>
    (SLASH_VERBS as readonly string[]).includes(b.id)
      ? `- ${escapeTeamsMarkdown(b.label)}: \`/sre ${b.id} ${b.value.replaceAll('`', '')}\``
      : `- ${escapeTeamsMarkdown(b.label)}`,
  );
  if (choices.length > 0) {
    body.push({ type: 'TextBlock', text: ['Your options (in Slack):', ...choices].join('\n'), wrap: true });
  }
  body.push({
    type: 'TextBlock',
    text: `Status: ${escapeTeamsMarkdown(statusOf(notification))} · ${escapeTeamsMarkdown(notification.threadKey)} · ${options.now.toISOString()} · sre-agent`,
    wrap: true,
    size: 'Small',
    isSubtle: true,
  });
  return {
    type: 'message',
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          msteams: { width: 'Full' },
          body,
        },
      },
    ],
  };
}

/** Characters with a meaning anywhere in Adaptive Card markdown (links, emphasis, code, HTML, headings, tables). */
const MARKDOWN_ANYWHERE = /[\\`*_~[\](){}<>#+!|&]/g;
/** What starts a list item, or underlines a setext heading, only at the start of a line. */
const LIST_ITEM_START = /^([ \t]*)(-|=)/gm;
const ORDERED_ITEM_START = /^([ \t]*\d+)\./gm;

/** The regexes that run on notification text (untrusted: logs, alerts), for the adversarial suite. */
export const TEAMS_MARKDOWN_PATTERNS: readonly UntrustedPattern[] = [
  { name: 'teams/markdown-anywhere', pattern: MARKDOWN_ANYWHERE },
  { name: 'teams/list-item-start', pattern: LIST_ITEM_START },
  { name: 'teams/ordered-item-start', pattern: ORDERED_ITEM_START },
];

/**
 * Makes text show literally in an Adaptive Card TextBlock or Fact (both render markdown): every
 * markdown character gets a backslash (CommonMark's escape, which Teams honours), so a log line
 * cannot forge a link (`[Approve](https://evil)`), emphasis, code, a heading, a list or HTML.
 * Bare URLs stay as they are: they show where they lead.
 * @example
 * escapeTeamsMarkdown('[click](https://x) *now*'); // '\\[click\\]\\(https://x\\) \\*now\\*'
 */
export function escapeTeamsMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_ANYWHERE, '\\$&')
    .replace(LIST_ITEM_START, '$1\\$2')
    .replace(ORDERED_ITEM_START, '$1\\.');
}
