import {
  ErrorCode,
  LogLevel,
  type RetryOptions,
  type Logger as SlackLogger,
  WebClient,
  WebClientEvent,
} from '@slack/web-api';
import type { Clock, Logger, Notification, Notifier } from '@sre-agent/core';
import { ExternalServiceError, errorMessage, redactText } from '@sre-agent/core';
import * as z from 'zod';
import { redactNotification } from '../format.ts';
import type { ThreadStore } from '../thread-store.ts';
import { buildSlackMessage } from './blocks.ts';

/**
 * Retries for production: a few attempts with backoff; 429 answers additionally wait for the
 * `Retry-After` Slack sends. Short enough to stay inside a Lambda's timeout.
 */
export const DEFAULT_SLACK_RETRY: RetryOptions = {
  retries: 4,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 8_000,
  randomize: true,
};

export type SlackClientOptions = {
  token: string;
  /** Base URL of the Web API; Slack's own by default, a local server in tests. */
  apiUrl?: string;
  retryConfig?: RetryOptions;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
  logger: Logger;
};

/**
 * A Slack `WebClient` that honours `Retry-After` on 429 (instead of rejecting rate-limited calls),
 * retries with a bounded policy and logs through our logger.
 * @example
 * const client = createSlackWebClient({ token: secrets.SLACK_BOT_TOKEN, logger });
 */
export function createSlackWebClient(options: SlackClientOptions): WebClient {
  const logger = options.logger.child({ component: 'slack-web-api' });
  const client = new WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: options.retryConfig ?? DEFAULT_SLACK_RETRY,
    rejectRateLimitedCalls: false,
    timeout: options.timeoutMs ?? 10_000,
    logger: toSlackLogger(logger),
  });
  client.on(WebClientEvent.RATE_LIMITED, (retryAfterSeconds: number) => {
    logger.warn('slack rate limited; waiting as asked', { retryAfterSeconds });
  });
  return client;
}

/** Adapts our structured logger to the interface `WebClient` logs through; its lines are redacted. */
function toSlackLogger(logger: Logger): SlackLogger {
  let level = LogLevel.INFO;
  const text = (msgs: unknown[]) =>
    redactText(msgs.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' '));
  return {
    debug: (...msgs: unknown[]) => logger.debug('slack web api', { detail: text(msgs) }),
    info: (...msgs: unknown[]) => logger.info('slack web api', { detail: text(msgs) }),
    warn: (...msgs: unknown[]) => logger.warn('slack web api', { detail: text(msgs) }),
    error: (...msgs: unknown[]) => logger.error('slack web api', { detail: text(msgs) }),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

const PostMessageResultSchema = z.object({
  ok: z.literal(true),
  channel: z.string().min(1),
  ts: z.string().min(1),
});

/** Slack's answers when a reply's parent message no longer exists. */
const THREAD_GONE = new Set(['thread_not_found', 'message_not_found']);

/** What to do about the platform errors a misconfigured app meets first. */
const PLATFORM_ERROR_HINTS: Record<string, string> = {
  not_in_channel: 'invite the app to the channel (/invite @<app>)',
  channel_not_found: 'check integrations.slack.channel, and invite the app if the channel is private',
  is_archived: 'the channel is archived; configure another one',
  invalid_auth: 'check SLACK_BOT_TOKEN',
  not_authed: 'set SLACK_BOT_TOKEN',
  token_revoked: 'the bot token was revoked; install the app again and update SLACK_BOT_TOKEN',
  account_inactive: 'the bot token belongs to a deactivated app or user; update SLACK_BOT_TOKEN',
  missing_scope: 'give the app the chat:write scope and reinstall it',
};

/** Slack platform errors worth another attempt later; everything else is a configuration or input problem. */
const RETRYABLE_PLATFORM_ERRORS = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

export type SlackNotifierOptions = {
  client: WebClient;
  /** Channel for new incident threads: an ID (`C0123…`) or a name (`#sre`). */
  channel: string;
  threadStore: ThreadStore;
  clock: Clock;
  logger: Logger;
};

/**
 * Posts notifications to Slack, one thread per incident (`Notification.threadKey`): the first
 * message opens the thread in the channel; later ones are replies in it, and the root message is
 * updated to show the incident's latest status. Messages to one thread are sent in order.
 * @example
 * const notifier = new SlackNotifier({ client: createSlackWebClient({ token, logger }), channel: '#sre', threadStore, clock, logger });
 */
export class SlackNotifier implements Notifier {
  readonly #client: WebClient;
  readonly #channel: string;
  readonly #threads: ThreadStore;
  readonly #clock: Clock;
  readonly #logger: Logger;
  /** The tail of each thread's queue, so two messages for one incident never race to open two threads. */
  readonly #queues = new Map<string, Promise<void>>();

  constructor(options: SlackNotifierOptions) {
    this.#client = options.client;
    this.#channel = options.channel;
    this.#threads = options.threadStore;
    this.#clock = options.clock;
    this.#logger = options.logger.child({ notifier: 'slack' });
  }

  notify(notification: Notification): Promise<void> {
    const safe = redactNotification(notification);
    const key = safe.threadKey;
    const previous = this.#queues.get(key) ?? Promise.resolve();
    const run = previous.then(
      () => this.#send(safe),
      () => this.#send(safe),
    );
    const tail = run.catch(() => {});
    this.#queues.set(key, tail);
    void tail.then(() => {
      if (this.#queues.get(key) === tail) this.#queues.delete(key);
    });
    return run;
  }

  async #send(notification: Notification): Promise<void> {
    const now = this.#clock.now();
    const thread = await this.#threads.get(notification.threadKey, 'slack');
    if (!thread) {
      await this.#openThread(notification, now);
      return;
    }
    const reply = buildSlackMessage(notification, { role: 'reply', now });
    try {
      await this.#call('chat.postMessage', () =>
        this.#client.chat.postMessage({
          channel: thread.channel,
          thread_ts: thread.messageId,
          ...reply,
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
    } catch (error) {
      if (!THREAD_GONE.has(platformErrorOf(error) ?? '')) throw error;
      // Someone deleted the thread's root: start a new thread rather than lose the message.
      this.#logger.warn('incident thread is gone; opening a new one', { threadKey: notification.threadKey });
      await this.#openThread(notification, now);
      return;
    }
    const root = buildSlackMessage(notification, { role: 'root', now });
    try {
      await this.#call('chat.update', () =>
        this.#client.chat.update({ channel: thread.channel, ts: thread.messageId, ...root }),
      );
    } catch (error) {
      // The reply is already in the thread; failing here would make a retry post it twice. The root
      // keeps its older status, which is cosmetic.
      this.#logger.warn('incident thread root not updated', {
        threadKey: notification.threadKey,
        error: errorMessage(error),
      });
    }
  }

  async #openThread(notification: Notification, now: Date): Promise<void> {
    const message = buildSlackMessage(notification, { role: 'root', now });
    const result = await this.#call('chat.postMessage', () =>
      this.#client.chat.postMessage({
        channel: this.#channel,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    const posted = PostMessageResultSchema.safeParse(result);
    if (!posted.success) {
      throw new ExternalServiceError('slack', 'chat.postMessage answered without channel and ts', true);
    }
    await this.#threads.set(notification.threadKey, 'slack', {
      channel: posted.data.channel,
      messageId: posted.data.ts,
    });
    this.#logger.info('incident thread opened', {
      threadKey: notification.threadKey,
      channel: posted.data.channel,
      ts: posted.data.ts,
    });
  }

  async #call<T>(method: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw toDomainError(method, error);
    }
  }
}

/** Slack's `error` string (e.g. `channel_not_found`) behind a translated platform error, if that is what it is. */
function platformErrorOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; data?: { error?: string } } }).cause;
  return cause?.code === ErrorCode.PlatformError ? cause.data?.error : undefined;
}

/** Translates a `WebClient` error into an `ExternalServiceError` that says whether a retry can help. */
export function toDomainError(method: string, error: unknown): ExternalServiceError {
  const coded = error as { code?: string; data?: { error?: string }; statusCode?: number };
  switch (coded.code) {
    case ErrorCode.PlatformError: {
      const reason = coded.data?.error ?? 'unknown_error';
      const hint = PLATFORM_ERROR_HINTS[reason];
      return new ExternalServiceError(
        'slack',
        `${method} failed: ${reason}${hint ? ` (${hint})` : ''}`,
        RETRYABLE_PLATFORM_ERRORS.has(reason),
        { cause: error },
      );
    }
    case ErrorCode.RateLimitedError:
      return new ExternalServiceError('slack', `${method} was rate limited`, true, { cause: error });
    case ErrorCode.HTTPError:
      return new ExternalServiceError(
        'slack',
        `${method} failed with HTTP ${coded.statusCode ?? '?'}`,
        (coded.statusCode ?? 500) >= 500,
        { cause: error },
      );
    case ErrorCode.RequestError:
      return new ExternalServiceError(
        'slack',
        `${method} could not reach Slack: ${redactText(errorMessage(error))}`,
        true,
        {
          cause: error,
        },
      );
    default:
      return new ExternalServiceError('slack', `${method} failed: ${redactText(errorMessage(error))}`, true, {
        cause: error,
      });
  }
}
