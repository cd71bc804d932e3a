/**
 * `@sre-agent/chat/slack-requests`: what a receiver needs to take Slack requests (signature
 * verification, slash command and interaction parsing) without the Web API client that posts.
 */
export type { SlackAction, SlackUser, SlashCommand, SlashVerb } from './payloads.ts';
export { parseSlackInteraction, parseSlashCommand, SLASH_VERBS, slashCommandHelp } from './payloads.ts';
export { isAllowedResponseUrl } from './response-url.ts';
export type { SlackSignatureInput, SlackSignatureResult } from './verify-signature.ts';
export {
  SLACK_SIGNATURE_MAX_AGE_SECONDS,
  signSlackRequest,
  verifySlackSignature,
} from './verify-signature.ts';
