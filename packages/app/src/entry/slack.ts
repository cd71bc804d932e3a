/** `@sre-agent/app/slack`: the Slack slash command and interaction use cases alone. */
export type { SlackRequest } from '../use-cases/slack.ts';
export { handleSlackCommand, handleSlackInteraction } from '../use-cases/slack.ts';
