import type { Clock, Logger, Notification, Notifier } from '@sre-agent/core';
import { ExternalServiceError, errorMessage, redactText, truncate } from '@sre-agent/core';
import { redactNotification } from '../format.ts';
import { buildTeamsMessage } from './adaptive-card.ts';

export type TeamsNotifierOptions = {
  /** The Teams incoming webhook or Workflows URL; it is a secret (it carries a signature). */
  webhookUrl: string;
  clock: Clock;
  logger: Logger;
  /** Waits between attempts; the clock's `sleep` unless given. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** Retries after the first attempt on 429, 5xx and network failures. */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for: the call fails as retryable instead. */
  maxRetryAfterMs?: number;
  timeoutMs?: number;
};

/**
 * Posts notifications to a Microsoft Teams channel through an incoming webhook, as Adaptive
 * Cards. Webhooks cannot thread or update, so each notification is its own card (the footer names
 * the incident). Retries 429 and 5xx a bounded number of times, honouring `Retry-After`.
 * @example
 * const notifier = new TeamsNotifier({ webhookUrl: secrets.TEAMS_WEBHOOK_URL, clock, logger });
 */
export class TeamsNotifier implements Notifier {
  readonly #url: string;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #fetch: typeof fetch;
  readonly #maxRetries: number;
  readonly #maxRetryAfterMs: number;
  readonly #timeoutMs: number;

  constructor(options: TeamsNotifierOptions) {
    this.#url = options.webhookUrl;
    this.#clock = options.clock;
    this.#logger = options.logger.child({ notifier: 'teams' });
    this.#sleep = options.sleep ?? ((ms) => options.clock.sleep(ms));
    this.#fetch = options.fetch ?? fetch;
    this.#maxRetries = options.maxRetries ?? 3;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  async notify(notification: Notification): Promise<void> {
    const safe = redactNotification(notification);
    const body = JSON.stringify(buildTeamsMessage(safe, { now: this.#clock.now() }));
    for (let attempt = 0; ; attempt += 1) {
      const outcome = await this.#post(body);
      if (outcome.kind === 'sent') return;
      if (outcome.kind === 'rejected') {
        throw new ExternalServiceError('teams', outcome.message, false);
      }
      if (attempt >= this.#maxRetries) {
        throw new ExternalServiceError(
          'teams',
          `${outcome.message}; gave up after ${attempt + 1} attempts`,
          true,
        );
      }
      const delay = outcome.retryAfterMs ?? Math.min(500 * 2 ** attempt, 8_000);
      if (delay > this.#maxRetryAfterMs) {
        throw new ExternalServiceError(
          'teams',
          `${outcome.message}; Teams asked to wait ${Math.ceil(delay / 1000)} s, longer than allowed`,
          true,
        );
      }
      this.#logger.warn('teams webhook failed; retrying', {
        threadKey: safe.threadKey,
        attempt: attempt + 1,
        delayMs: delay,
        reason: outcome.message,
      });
      await this.#sleep(delay);
    }
  }

  async #post(
    body: string,
  ): Promise<
    | { kind: 'sent' }
    | { kind: 'retry'; message: string; retryAfterMs?: number }
    | { kind: 'rejected'; message: string }
  > {
    let response: Response;
    try {
      response = await this.#fetch(this.#url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      // Never echo the URL: it is the webhook's credential.
      return { kind: 'retry', message: `could not reach the webhook: ${redactText(errorMessage(error))}` };
    }
    const text = truncate(redactText((await response.text().catch(() => '')).trim()), 300);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.#clock.now());
    if (response.status === 429 || response.status >= 500) {
      return {
        kind: 'retry',
        message: `webhook answered HTTP ${response.status}${text ? `: ${text}` : ''}`,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      };
    }
    if (response.status >= 300) {
      return {
        kind: 'rejected',
        message: `webhook refused the message: HTTP ${response.status}${text ? `: ${text}` : ''}`,
      };
    }
    // Legacy Office 365 connectors answer 200 and put delivery failures (including throttling) in the body.
    if (/HTTP error 429/i.test(text)) return { kind: 'retry', message: `webhook throttled: ${text}` };
    if (/delivery failed/i.test(text))
      return { kind: 'rejected', message: `webhook refused the message: ${text}` };
    return { kind: 'sent' };
  }
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names its weekday and month; this keeps "-5" from parsing as a year.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now.getTime());
}
