export type { SlackBlock, SlackButton, SlackMessage, SlackText } from './slack/blocks.ts';
export { ACTIONS_BLOCK_ID, buildSlackMessage, escapeMrkdwn, SLACK_LIMITS } from './slack/blocks.ts';
export type { SlackClientOptions, SlackNotifierOptions } from './slack/slack-notifier.ts';
export { createSlackWebClient, DEFAULT_SLACK_RETRY, SlackNotifier } from './slack/slack-notifier.ts';
export type { ThreadProvider, ThreadRef, ThreadStore } from './thread-store.ts';
export { InMemoryThreadStore } from './thread-store.ts';
