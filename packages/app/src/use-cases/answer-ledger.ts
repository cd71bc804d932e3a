import { createHash } from 'node:crypto';
import type { AnswerLedger } from '@sre-agent/chat';
import type { DedupStore } from '@sre-agent/state';

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
