import { ManualClock, sequentialIds } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import type { Embedder } from './embed/embedder.ts';
import { HashingEmbedder } from './embed/hashing-embedder.ts';
import { createIncidentMemory } from './incident-memory.ts';
import { LocalVectorIndex } from './index-local/local-vector-index.ts';

const heapLog = (thread: number, line: number) =>
  [
    `2026-03-0${thread % 9}T10:00:00.000Z INFO  [orders] GET /healthz 200 3ms`,
    `2026-03-0${thread % 9}T10:00:01.000Z WARN  [orders] slow query took ${100 + line}ms`,
    `2026-03-0${thread % 9}T10:00:02.000Z ERROR [pool-${thread}-thread-${line}] c.a.o.ExportJob - export failed`,
    `Exception in thread "pool-${thread}-thread-2" java.lang.OutOfMemoryError: Java heap space`,
    `\tat java.base/java.util.Arrays.copyOf(Arrays.java:${3500 + line})`,
    `\tat com.acme.orders.CsvExporter.write(CsvExporter.java:${line})`,
  ].join('\n');

const nativeThreadLog = [
  '2026-04-01T10:00:00.000Z INFO  [orders] GET /healthz 200 3ms',
  'Exception in thread "main" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
  '\tat java.base/java.lang.Thread.start0(Native Method)',
  '\tat com.acme.orders.ExportJob.run(ExportJob.java:483)',
].join('\n');

async function setup() {
  const embedder = new HashingEmbedder();
  const index = await LocalVectorIndex.open({ dimension: embedder.dimension });
  const clock = new ManualClock('2026-12-06T09:00:00Z');
  const memory = createIncidentMemory({ index, embedder, clock, ids: sequentialIds() });
  return { memory, clock, index };
}

const heapFix = {
  cluster: 'prod',
  namespace: 'orders',
  workload: 'order-service',
  signal: 'OOMKilled',
  diagnosis: 'JVM heap exhausted during export',
  action: { kind: 'raise-memory-limit' as const, percent: 20 },
  description: 'raised the memory limit by 20%',
};

describe('createIncidentMemory', () => {
  it('recalls a recurrence with the fix, its date and how often it worked', async () => {
    const { memory } = await setup();
    const stored = await memory.remember({ ...heapFix, log: heapLog(6, 652), outcome: 'succeeded' });
    const [match, ...rest] = await memory.recall({
      cluster: 'prod',
      namespace: 'orders',
      workload: 'order-service',
      signal: 'OOMKilled',
      log: heapLog(3, 91),
    });
    expect(rest).toEqual([]);
    expect(match).toMatchObject({
      id: stored.id,
      at: '2026-12-06T09:00:00.000Z',
      action: { kind: 'raise-memory-limit', percent: 20 },
      description: 'raised the memory limit by 20%',
      succeeded: 1,
      failed: 0,
      advice: 'reuse',
    });
    expect(match?.score).toBeGreaterThanOrEqual(memory.threshold);
  });

  it('does not bring back the old fix for the same workload failing for another reason', async () => {
    const { memory } = await setup();
    await memory.remember({ ...heapFix, log: heapLog(6, 652), outcome: 'succeeded' });
    expect(
      await memory.recall({
        namespace: 'orders',
        workload: 'order-service',
        signal: 'OOMKilled',
        log: nativeThreadLog,
      }),
    ).toEqual([]);
  });

  it('recognises the same problem in another workload', async () => {
    const { memory } = await setup();
    const stored = await memory.remember({ ...heapFix, log: heapLog(6, 652), outcome: 'succeeded' });
    const [match] = await memory.recall({
      namespace: 'billing',
      workload: 'invoicer',
      signal: 'CrashLoopBackOff',
      log: heapLog(2, 7),
    });
    expect(match?.id).toBe(stored.id);
  });

  it('accumulates outcomes: the same problem fixed the same way adds to one entry', async () => {
    const { memory, clock } = await setup();
    const first = await memory.remember({ ...heapFix, log: heapLog(6, 652), outcome: 'succeeded' });
    clock.advance(86_400_000);
    await memory.remember({ ...heapFix, log: heapLog(7, 12), outcome: 'succeeded' });
    await memory.remember({ ...heapFix, log: heapLog(8, 13), outcome: 'failed' });
    const again = await memory.recordOutcome(first.id, 'succeeded');
    expect(again.outcomes).toEqual({ succeeded: 3, failed: 1 });
    expect(await memory.list()).toHaveLength(1);
    const [match] = await memory.recall({
      namespace: 'orders',
      workload: 'order-service',
      signal: 'OOMKilled',
      log: heapLog(1, 5),
    });
    expect(match).toMatchObject({
      succeeded: 3,
      failed: 1,
      advice: 'reuse',
      lastSeen: '2026-12-07T09:00:00.000Z',
    });
  });

  it('advises against a fix that failed, and prefers a fix that worked for the same problem', async () => {
    const { memory } = await setup();
    const restart = await memory.remember({
      ...heapFix,
      action: { kind: 'rollout-restart' },
      description: 'restarted the deployment',
      log: heapLog(6, 652),
      outcome: 'failed',
    });
    const [only] = await memory.recall({
      namespace: 'orders',
      workload: 'order-service',
      signal: 'OOMKilled',
      log: heapLog(1, 2),
    });
    expect(only).toMatchObject({ id: restart.id, advice: 'avoid', failed: 1, succeeded: 0 });
    const raise = await memory.remember({ ...heapFix, log: heapLog(6, 652), outcome: 'succeeded' });
    const matches = await memory.recall({
      namespace: 'orders',
      workload: 'order-service',
      signal: 'OOMKilled',
      log: heapLog(1, 2),
    });
    expect(matches.map((m) => m.id)).toEqual([raise.id, restart.id]);
  });

  it('redacts secrets before anything is embedded or stored', async () => {
    const seen: string[] = [];
    const inner = new HashingEmbedder();
    const spy: Embedder = {
      model: inner.model,
      dimension: inner.dimension,
      embed: async (texts) => {
        seen.push(...texts);
        return inner.embed(texts);
      },
    };
    const index = await LocalVectorIndex.open({ dimension: inner.dimension });
    const memory = createIncidentMemory({
      index,
      embedder: spy,
      clock: new ManualClock(),
      ids: sequentialIds(),
    });
    const secretLog =
      'ERROR cannot connect to postgres://app:hunter2pass@db:5432/orders\nError: password authentication failed password=hunter2pass token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk';
    const entry = await memory.remember({
      ...heapFix,
      log: secretLog,
      diagnosis: 'bad password=hunter2pass',
      outcome: 'succeeded',
    });
    await memory.recall({ namespace: 'orders', workload: 'x', signal: 'y', log: secretLog });
    const stored = JSON.stringify(await index.fetch('prod', [entry.id]));
    for (const text of [...seen, stored]) {
      expect(text).not.toContain('hunter2pass');
      expect(text).not.toContain('eyJzdWIiOiIxIn0');
    }
  });

  it('lists, gets and forgets entries', async () => {
    const { memory } = await setup();
    const entry = await memory.remember({ ...heapFix, log: heapLog(6, 652), outcome: 'succeeded' });
    expect((await memory.get(entry.id))?.description).toBe('raised the memory limit by 20%');
    expect(await memory.forget(entry.id)).toBe(true);
    expect(await memory.forget(entry.id)).toBe(false);
    expect(await memory.list()).toEqual([]);
    await expect(memory.recordOutcome(entry.id, 'succeeded')).rejects.toThrow(/no memory entry/);
  });

  it('keeps imported ids and replaces an entry imported twice', async () => {
    const { memory } = await setup();
    const past = {
      ...heapFix,
      id: 'inc-002',
      log: heapLog(6, 652),
      outcome: 'succeeded' as const,
      at: '2026-01-02T03:04:05Z',
    };
    const progress: number[] = [];
    await memory.rememberMany([past], (done) => progress.push(done));
    await memory.rememberMany([{ ...past, description: 'raised the limit (again)' }]);
    const entries = await memory.list();
    expect(entries.map((e) => [e.id, e.description, e.firstSeen])).toEqual([
      ['inc-002', 'raised the limit (again)', '2026-01-02T03:04:05Z'],
    ]);
    expect(progress).toEqual([1]);
  });

  it('rejects an invalid record with the field that is wrong', async () => {
    const { memory } = await setup();
    await expect(memory.remember({ ...heapFix, log: 'x', outcome: 'maybe' as 'failed' })).rejects.toThrow(
      /outcome/,
    );
  });

  it('quotes the error lines in the stored excerpt, not the access logs and GC lines around them', async () => {
    const { memory } = await setup();
    const entry = await memory.remember({
      ...heapFix,
      log: [
        '10.2.3.4 - - [02/Dec/2026:10:00:00 +0000] "GET /static/app.js HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
        '[12.345s][info][gc] GC(42) Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(512M) 4.567ms',
        heapLog(6, 652),
      ].join('\n'),
      outcome: 'succeeded',
    });
    expect(entry.excerpt).toContain('java.lang.OutOfMemoryError: Java heap space');
    expect(entry.excerpt).not.toContain('GET /static/app.js');
    expect(entry.excerpt).not.toContain('Pause Young');
  });

  it.each([1, 2, 3, 4, 5])(
    'still recalls an entry made by fingerprint version %i, fingerprinted again from its excerpt',
    async (fpv) => {
      // Prepare: an entry as an earlier version stored it, with lines its rules chose (here: none that match).
      const { memory, index } = await setup();
      const stored = await memory.remember({ ...heapFix, log: heapLog(6, 652), outcome: 'succeeded' });
      const [record] = await index.fetch('prod', [stored.id]);
      if (!record) throw new Error('entry not stored');
      await index.upsert('prod', [
        {
          ...record,
          metadata: { ...record.metadata, fpv, fpIdentity: ['GET /healthz <*> <*>ms'], fpKey: `v${fpv}` },
        },
      ]);
      // Act
      const query = { cluster: 'prod', namespace: 'orders', workload: 'order-service', signal: 'OOMKilled' };
      const [match] = await memory.recall({ ...query, log: heapLog(3, 91) });
      const nearMiss = await memory.recall({ ...query, log: nativeThreadLog });
      // Assess
      expect(match?.id).toBe(stored.id);
      expect(nearMiss).toEqual([]);
    },
  );

  it('returns nothing for a log with nothing but routine lines', async () => {
    const { memory } = await setup();
    await memory.remember({ ...heapFix, log: heapLog(6, 652), outcome: 'succeeded' });
    const routine =
      '2026-01-01T00:00:00Z INFO  [orders] GET /healthz 200 2ms\n2026-01-01T00:00:01Z DEBUG cache hit ratio=0.9';
    expect(
      await memory.recall({
        namespace: 'orders',
        workload: 'order-service',
        signal: 'OOMKilled',
        log: routine,
      }),
    ).toEqual([]);
  });
});
