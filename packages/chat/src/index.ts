export type { CreateNotifiersOptions } from './create-notifiers.ts';
export { createNotifiers } from './create-notifiers.ts';
export { SEVERITY_STYLE } from './format.ts';
export type { SlackBlock, SlackButton, SlackMessage, SlackText } from './slack/blocks.ts';
export { ACTIONS_BLOCK_ID, buildSlackMessage, escapeMrkdwn, SLACK_LIMITS } from './slack/blocks.ts';
export type { SlackAction, SlackUser, SlashCommand, SlashVerb } from './slack/payloads.ts';
export { parseSlackInteraction, parseSlashCommand, SLASH_VERBS, slashCommandHelp } from './slack/payloads.ts';
export type { SlackClientOptions, SlackNotifierOptions } from './slack/slack-notifier.ts';
export { createSlackWebClient, DEFAULT_SLACK_RETRY, SlackNotifier } from './slack/slack-notifier.ts';
export type { SlackSignatureInput, SlackSignatureResult } from './slack/verify-signature.ts';
export {
  SLACK_SIGNATURE_MAX_AGE_SECONDS,
  signSlackRequest,
  verifySlackSignature,
} from './slack/verify-signature.ts';
export type { AdaptiveCard, TeamsWebhookMessage } from './teams/adaptive-card.ts';
export { ADAPTIVE_CARD_CONTENT_TYPE, buildTeamsMessage } from './teams/adaptive-card.ts';
export type { TeamsNotifierOptions } from './teams/teams-notifier.ts';
export { parseRetryAfter, TeamsNotifier } from './teams/teams-notifier.ts';
export type { TerminalNotifierOptions } from './terminal/terminal-notifier.ts';
export { formatTerminalNotification, TerminalNotifier } from './terminal/terminal-notifier.ts';
export type { ThreadProvider, ThreadRef, ThreadStore } from './thread-store.ts';
export { InMemoryThreadStore } from './thread-store.ts';
