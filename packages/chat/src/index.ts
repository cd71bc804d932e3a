export { createNotifiers } from './create-notifiers.ts';
export { parseSlackInteraction, parseSlashCommand } from './slack/payloads.ts';
export { type AnswerLedger, postSlackResponse } from './slack/response-url.ts';
export { signSlackRequest, verifySlackSignature } from './slack/verify-signature.ts';
export type { ThreadProvider, ThreadRef, ThreadStore } from './thread-store.ts';
export { InMemoryThreadStore } from './thread-store.ts';
