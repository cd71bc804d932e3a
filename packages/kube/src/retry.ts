// Hand-written on purpose (checked for issue 15): p-retry, async-retry and exponential-backoff
// compute every wait from their own options, so a server's Retry-After could only be slept in an
// onFailedAttempt hook on top of their own wait; cockatiel's DelegateBackoff can take it, but like
// the others it waits on its own timers, while these waits go through the injected `Sleep` (and an
// HTTP-date Retry-After through the injected `Clock`) so that tests never wait for real time. The
// 409 re-read is a bounded loop no library adds to. Under 50 lines; a dependency would not remove them.
import type { Clock, Logger } from '@sre-agent/core';
import { isTransient, retryAfterMs, statusCodeOf } from './errors.ts';

/** Waits `ms`; injected so that tests never wait for real time. */
export type Sleep = (ms: number) => Promise<void>;

/** Bounds for retrying transient failures (429, 5xx, dropped connections). */
export type RetryPolicy = {
  /** Total attempts, the first included. */
  maxAttempts: number;
  /** Delay before the second attempt; doubles each time. */
  baseDelayMs: number;
  /** No single wait is longer than this, `Retry-After` included. */
  maxDelayMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 10_000 };

/** How many times a read-modify-write is re-run after a 409 Conflict before giving up. */
export const DEFAULT_CONFLICT_ATTEMPTS = 5;

export type RetryDeps = {
  clock: Clock;
  sleep: Sleep;
  logger: Logger;
  policy: RetryPolicy;
  /** In [0, 1); spreads retries of many callers apart. Defaults to 0.5 (no spread) for determinism. */
  random?: () => number;
  /** Narrows which transient failures are retried (e.g. not a PodDisruptionBudget's 429). */
  isRetryable?: (error: unknown) => boolean;
};

/** The wait before retry number `retry` (1-based): `Retry-After` when given, else exponential backoff with jitter. */
export function backoffDelay(
  error: unknown,
  retry: number,
  deps: Pick<RetryDeps, 'clock' | 'policy' | 'random'>,
): number {
  const { policy } = deps;
  const hinted = retryAfterMs(error, deps.clock.now());
  if (hinted !== undefined) return Math.min(hinted, policy.maxDelayMs);
  const exponential = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
  const jitter = deps.random ? deps.random() : 0.5;
  // "Equal jitter": never less than half the backoff, never more than all of it.
  return Math.round(exponential / 2 + (exponential / 2) * jitter);
}

/**
 * Runs `operation`, repeating it after transient failures (429, 5xx, transport errors) with
 * backoff that honours `Retry-After`, at most `policy.maxAttempts` times. Other errors and the
 * last transient one are rethrown unchanged.
 */
export async function retryTransient<T>(
  operation: () => Promise<T>,
  deps: RetryDeps,
  label: string,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const retryable = isTransient(error) && (deps.isRetryable?.(error) ?? true);
      if (!retryable || attempt >= deps.policy.maxAttempts) throw error;
      const delay = backoffDelay(error, attempt, deps);
      deps.logger.warn('kubernetes call failed; retrying', {
        call: label,
        attempt,
        status: statusCodeOf(error),
        delayMs: delay,
      });
      await deps.sleep(delay);
    }
  }
}

/**
 * Runs a read-modify-write `operation` again from the read whenever it ends in 409 Conflict
 * (someone else changed the object in between), at most `attempts` times.
 */
export async function retryOnConflict<T>(
  operation: (attempt: number) => Promise<T>,
  isConflict: (error: unknown) => boolean,
  attempts: number = DEFAULT_CONFLICT_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!isConflict(error) || attempt >= attempts) throw error;
    }
  }
}
