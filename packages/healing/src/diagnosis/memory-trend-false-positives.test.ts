/**
 * Found by a hostile review, each first a failing test: `evidence/memory-trend.ts` calls a leak
 * what is none (memory that climbed at start-up and then stayed flat, a cumulative allocation
 * counter) and reads usage reports a client writes into a request URL, which withdraws the memory
 * raise an OOM kill needs.
 */
import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { memoryLeakTrend } from './evidence/memory-trend.ts';

const minute = (i: number) => `2026-03-04T03:${String(10 + i).padStart(2, '0')}:04Z`;

describe('memory-trend', () => {
  it('memory-trend: a cache that warmed up and then stayed flat is no leak', () => {
    // The cache fills in the first minutes after start, reaches its size and stays there.
    const mb = [40, 60, 90, 150, 240, 330, 400, 402, 401, 403, 402, 403];
    const lines = mb.map(
      (m, i) =>
        `{"level":"info","time":"${minute(i)}","msg":"cache stats","cache_mem_mb":${m},"entries":${m * 250},"rps":${40 + (i % 3)}}`,
    );
    expect(memoryLeakTrend(lines)).toBeUndefined();
  });

  it('memory-trend: a cumulative allocation counter (Go MemStats.Mallocs) is no memory figure', () => {
    // heap_alloc is flat; mallocs counts every allocation since start and only ever grows.
    const lines = Array.from(
      { length: 10 },
      (_, i) =>
        `time=${minute(i)} level=INFO msg="runtime stats" heap_alloc=${210 + (i % 3)}MiB mallocs=${(1_000_000 + i * 2_500_000).toString()} inflight_requests=${12 + (i % 2)}`,
    );
    expect(memoryLeakTrend(lines)).toBeUndefined();
  });

  it('memory-trend: usage figures a client puts in a request URL do not withdraw the raise of an OOM kill', () => {
    // Centrifugo's stats with the heap growing with the clients: the raise is the fix ...
    const growth = Array.from(
      { length: 20 },
      (_, i) =>
        `{"level":"info","num_clients":${4000 + i * 870},"num_users":${3100 + i * 700},"num_channels":${9000 + i * 2100},"heap_inuse_mb":${140 + i * 29},"time":"${minute(i)}","message":"node stats"}`,
    );
    // ... and a client that requests a URL with `heap_mb` and `clients` in its query, 8 times.
    const requests = Array.from(
      { length: 8 },
      (_, i) =>
        `{"level":"info","time":"${minute(i)}","msg":"request completed","method":"GET","url":"/v1/pixel.gif?heap_mb=${100 * (i + 1)}&clients=5","status":200}`,
    );
    const killed = (log: string[]) =>
      diagnose(
        evidenceFixture({
          signal: 'OOMKilled',
          reason: 'CrashLoopBackOff',
          lastReason: 'OOMKilled',
          lastExitCode: 137,
          limits: { memory: '2Gi' },
          previousLog: log.join('\n'),
        }),
      );
    const plain = killed(growth);
    if (plain.kind !== 'matched') throw new Error('expected a match');
    expect(plain.best.actions[0]?.kind).toBe('raise-memory-limit');
    const injected = killed([...growth.slice(0, 12), ...requests, ...growth.slice(12)]);
    if (injected.kind !== 'matched') throw new Error('expected a match');
    expect(injected.best.actions[0]?.kind).toBe('raise-memory-limit');
  });
});
