import { InMemoryLogger, ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { parseWorkItem, type WorkItem } from './work-item.ts';
import { InProcessQueue } from './work-queue.ts';

const advance: (id: string) => WorkItem = (id) => ({ type: 'advance', incidentId: id });

/** Lets pending promise callbacks run (no timers involved). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('InProcessQueue', () => {
  it('processes items in order', async () => {
    const seen: string[] = [];
    const queue = new InProcessQueue({
      process: async (item) => {
        if (item.type === 'advance') seen.push(item.incidentId);
      },
      clock: new ManualClock(),
      logger: new InMemoryLogger(),
    });

    await queue.send([advance('a'), advance('b')]);
    await queue.send([advance('c')]);
    await queue.drain();

    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('retries a failing item with doubling back-off, then succeeds', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const queue = new InProcessQueue({
      process: async () => {
        calls += 1;
        if (calls < 3) throw new Error('dynamodb throttled');
      },
      clock,
      logger: new InMemoryLogger(),
      retryDelayMs: 1000,
    });

    await queue.send([advance('a')]);
    await settle();
    expect(calls).toBe(1);
    clock.advance(999);
    await settle();
    expect(calls).toBe(1);
    clock.advance(1);
    await settle();
    expect(calls).toBe(2);
    clock.advance(2000);
    await queue.drain();

    expect(calls).toBe(3);
    expect(queue.deadLetters).toEqual([]);
  });

  it('dead-letters an item that keeps failing, and goes on with the next', async () => {
    const clock = new ManualClock();
    const seen: string[] = [];
    const logger = new InMemoryLogger();
    const queue = new InProcessQueue({
      process: async (item) => {
        if (item.type === 'advance' && item.incidentId === 'bad') throw new Error('broken');
        if (item.type === 'advance') seen.push(item.incidentId);
      },
      clock,
      logger,
      maxAttempts: 3,
      retryDelayMs: 10,
    });

    await queue.send([advance('bad'), advance('good')]);
    for (let i = 0; i < 3; i += 1) {
      await settle();
      clock.advance(1000);
    }
    await queue.drain();

    expect(queue.deadLetters).toEqual([{ item: advance('bad'), attempts: 3, error: 'broken' }]);
    expect(seen).toEqual(['good']);
    expect(logger.records.some((r) => r.message === 'work item dead-lettered')).toBe(true);
  });
});

describe('parseWorkItem', () => {
  it('reads a queued message and rejects malformed ones clearly', () => {
    expect(parseWorkItem(JSON.stringify(advance('inc-1')))).toEqual(advance('inc-1'));
    expect(() => parseWorkItem('{not json')).toThrowError(/not JSON/);
    expect(() => parseWorkItem({ type: 'advance' })).toThrowError(/incidentId/);
    expect(() => parseWorkItem({ type: 'launch-missiles' })).toThrowError(/invalid work item/);
  });
});
