import { ApiException } from '@kubernetes/client-node';
import { InMemoryLogger, ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { backoffDelay, type RetryDeps, retryOnConflict, retryTransient } from './retry.ts';

function deps(overrides: Partial<RetryDeps> = {}) {
  const sleeps: number[] = [];
  const logger = new InMemoryLogger();
  const value: RetryDeps = {
    clock: new ManualClock('2026-01-01T00:00:00Z'),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    logger,
    policy: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 5_000 },
    ...overrides,
  };
  return { deps: value, sleeps, logger };
}

const status = (code: number, headers: Record<string, string> = {}) =>
  new ApiException(code, 'x', '', headers);

describe('retryTransient', () => {
  it('retries 5xx with doubling backoff, then returns the result', async () => {
    const { deps: d, sleeps } = deps();
    let calls = 0;

    const result = await retryTransient(
      async () => {
        calls++;
        if (calls < 3) throw status(503);
        return 'ok';
      },
      d,
      'get pods',
    );

    expect(result).toBe('ok');
    expect(sleeps).toEqual([75, 150]); // equal jitter at 0.5: 3/4 of 100, 200
  });

  it('waits what Retry-After says, capped at the maximum delay', async () => {
    const { deps: d, sleeps } = deps();
    const errors = [status(429, { 'retry-after': '2' }), status(429, { 'retry-after': '120' })];

    await retryTransient(
      async () => {
        const next = errors.shift();
        if (next) throw next;
        return 1;
      },
      d,
      'list pods',
    );

    expect(sleeps).toEqual([2000, 5000]);
  });

  it('gives up after maxAttempts and rethrows the last error', async () => {
    const { deps: d, sleeps, logger } = deps();
    let calls = 0;

    const error = await retryTransient(
      async () => {
        calls++;
        throw status(500);
      },
      d,
      'get pods',
    ).catch((e: unknown) => e);

    expect(calls).toBe(4);
    expect(sleeps).toHaveLength(3);
    expect((error as ApiException<unknown>).code).toBe(500);
    expect(logger.records.filter((r) => r.message === 'kubernetes call failed; retrying')).toHaveLength(3);
  });

  it('does not retry client errors or what isRetryable excludes', async () => {
    const { deps: d, sleeps } = deps({ isRetryable: (e) => (e as ApiException<unknown>).code !== 429 });

    await expect(retryTransient(async () => Promise.reject(status(404)), d, 'x')).rejects.toMatchObject({
      code: 404,
    });
    await expect(retryTransient(async () => Promise.reject(status(429)), d, 'x')).rejects.toMatchObject({
      code: 429,
    });
    expect(sleeps).toEqual([]);
  });
});

describe('backoffDelay', () => {
  it('spreads delays with injected randomness within [half, full] backoff', () => {
    const { deps: d } = deps();

    expect(backoffDelay(status(500), 3, { ...d, random: () => 0 })).toBe(200);
    expect(backoffDelay(status(500), 3, { ...d, random: () => 0.999 })).toBe(400);
    expect(backoffDelay(status(500), 20, { ...d, random: () => 0.5 })).toBe(3750); // capped at 5000
  });
});

describe('retryOnConflict', () => {
  it('re-runs the whole read-modify-write on conflict, a bounded number of times', async () => {
    const attempts: number[] = [];
    const conflict = new Error('conflict');

    const result = await retryOnConflict(
      async (attempt) => {
        attempts.push(attempt);
        if (attempt < 3) throw conflict;
        return 'written';
      },
      (e) => e === conflict,
    );
    const exhausted = await retryOnConflict(
      async () => {
        throw conflict;
      },
      (e) => e === conflict,
      2,
    ).catch((e: unknown) => e);

    expect(result).toBe('written');
    expect(attempts).toEqual([1, 2, 3]);
    expect(exhausted).toBe(conflict);
  });
});
