import { createHash } from 'node:crypto';
import { type AnswerLedger, postSlackResponse } from '@sre-agent/chat';
import type { DedupStore } from '@sre-agent/state';

/** How a chat use case answers on a slash command's `response_url` (injectable in tests). */
export type PostResponse = (url: string, text: string) => Promise<void>;

/** Slack honours a `response_url` for 30 minutes: a sent part stays claimed as long. */
const RESPONSE_URL_SECONDS = 30 * 60;

/**
 * The parts already sent of the answer to one chat work item (its `response_url` and what was
 * asked), in the dedup store: a redelivered item sends only the parts its earlier attempt did not,
 * so a retry neither repeats parts nor passes Slack's five messages per `response_url`. The item
 * is hashed: its URL is a credential.
 */
export function answerLedger(dedup: DedupStore, item: { responseUrl: string }): AnswerLedger {
  const id = createHash('sha256').update(JSON.stringify(item)).digest('hex').slice(0, 32);
  const key = (index: number) => `slack-answer/${id}/${index}`;
  return {
    claim: (index) => dedup.claim(key(index), RESPONSE_URL_SECONDS),
    release: (index) => dedup.release(key(index)),
  };
}

/**
 * The worker's answer to one chat work item: redacted, escaped and split by `postSlackResponse`,
 * each part sent once across redeliveries (`answerLedger`); `more` says where the whole answer is
 * when it is cut.
 */
export function answerPoster(dedup: DedupStore, item: { responseUrl: string }, more?: string): PostResponse {
  return (url, text) =>
    postSlackResponse(url, text, { ...(more ? { more } : {}), ledger: answerLedger(dedup, item) });
}
