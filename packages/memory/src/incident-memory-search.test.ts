import { ManualClock, sequentialIds } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { HashingEmbedder } from './embed/hashing-embedder.ts';
import { createIncidentMemory } from './incident-memory.ts';
import { LocalVectorIndex } from './index-local/local-vector-index.ts';

async function setup() {
  const embedder = new HashingEmbedder();
  const index = await LocalVectorIndex.open({ dimension: embedder.dimension });
  const clock = new ManualClock('2026-12-06T09:00:00Z');
  const memory = createIncidentMemory({ index, embedder, clock, ids: sequentialIds() });
  const base = { cluster: 'prod', namespace: 'orders', outcome: 'succeeded' as const };
  await memory.remember({
    ...base,
    workload: 'order-service',
    signal: 'OOMKilled',
    log: 'INFO start\nException in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat com.acme.Orders.load(Orders.java:42)',
    diagnosis: 'JVM heap exhausted',
    description: 'raised the memory limit by 20%',
  });
  await memory.remember({
    ...base,
    workload: 'billing',
    signal: 'CrashLoopBackOff',
    log: 'FATAL: password authentication failed for user "billing"\nconnection to server at "db.internal" (10.0.0.5), port 5432 failed',
    diagnosis: 'database credentials rotated',
    description: 'restarted after the secret was updated',
  });
  return memory;
}

describe('IncidentMemory.search (free text, /sre memory search)', () => {
  it('ranks the incident that shows the pasted error first, with its similarity', async () => {
    const memory = await setup();
    const [first, ...rest] = await memory.search('java.lang.OutOfMemoryError: Java heap space');
    expect(first).toMatchObject({ workload: 'order-service', description: 'raised the memory limit by 20%' });
    expect(first?.score).toBeGreaterThan(0);
    expect(first?.score).toBeLessThanOrEqual(1);
    for (const other of rest) expect(other.score).toBeLessThanOrEqual(first?.score ?? 0);
  });

  it('returns at most `limit` matches, and none for text that shows no known problem', async () => {
    const memory = await setup();
    expect(
      await memory.search('password authentication failed for user "billing"', { limit: 1 }),
    ).toHaveLength(1);
    expect(await memory.search('')).toEqual([]);
    expect(await memory.search('segmentation fault in libfoo.so', { minScore: 0.9 })).toEqual([]);
  });
});
