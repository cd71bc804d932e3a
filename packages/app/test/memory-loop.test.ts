import { ManualClock, sequentialIds } from '@sre-agent/core';
import type { IncidentMemoryPort, RecalledFix } from '@sre-agent/healing';
import { type IncidentMemory, openLocalIncidentMemory } from '@sre-agent/memory';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoIncident, type DemoReport, runDemo } from '../src/runtime/demo.ts';
import { catalogPreloadOom, ordersDbRefused } from './fixtures/catalog-preload-oom.ts';

const FIRST = new Date('2026-11-27T03:00:00Z');
/** The same release train a week later: the same problem again. */
const SECOND = new Date('2026-12-04T03:00:00Z');
const NEAR_MISS = new Date('2026-12-11T03:00:00Z');

type RecallCall = { workload: string; signal: string; log: string; result: RecalledFix[] };

/** The real incident memory, with every recall (query and answer) written down for the assertions. */
class RecordingMemory implements IncidentMemoryPort {
  readonly recalls: RecallCall[] = [];
  readonly #memory: IncidentMemory;

  constructor(memory: IncidentMemory) {
    this.#memory = memory;
  }

  async recall(query: Parameters<IncidentMemoryPort['recall']>[0]): Promise<RecalledFix[]> {
    const result = await this.#memory.recall(query);
    this.recalls.push({ workload: query.workload, signal: query.signal, log: query.log, result });
    return result;
  }

  remember(record: Parameters<IncidentMemoryPort['remember']>[0]) {
    return this.#memory.remember(record);
  }

  recordOutcome(id: string, outcome: 'succeeded' | 'failed') {
    return this.#memory.recordOutcome(id, outcome);
  }
}

function onlyIncident(report: DemoReport): DemoIncident {
  expect(report.incidents, JSON.stringify(report, null, 2)).toHaveLength(1);
  return report.incidents[0] as DemoIncident;
}

/** The pod names a pino log carries (`"hostname":"order-service-d4656c5b6-hgsdh"`). */
const podNames = (log: string) => [...new Set([...log.matchAll(/"hostname":"([^"]+)"/g)].map((m) => m[1]))];

const kindsWith = (incident: DemoIncident, status: string) =>
  incident.actions.filter((a) => a.status === status).map((a) => a.kind);

describe('incident memory in the healing loop (sandbox)', () => {
  const memoryClock = new ManualClock(FIRST);
  let memory: IncidentMemory;
  let recorder: RecordingMemory;
  let first: DemoReport;
  let second: DemoReport;
  let nearMiss: DemoReport;
  const recallsOf: Record<'first' | 'second' | 'nearMiss', RecallCall[]> = {
    first: [],
    second: [],
    nearMiss: [],
  };

  beforeAll(async () => {
    ({ memory } = await openLocalIncidentMemory({ clock: memoryClock, ids: sequentialIds() }));
    recorder = new RecordingMemory(memory);
    const run = async (key: keyof typeof recallsOf, options: Parameters<typeof runDemo>[0]) => {
      memoryClock.set(options.start ?? FIRST);
      const before = recorder.recalls.length;
      const report = await runDemo({ ...options, memory: recorder, maxMinutes: 60 });
      recallsOf[key] = recorder.recalls.slice(before);
      return report;
    };
    first = await run('first', { scenario: catalogPreloadOom, start: FIRST, seed: 1 });
    // A fresh sandbox with another seed: other pod names, uids and IPs, as a real recurrence has.
    second = await run('second', { scenario: catalogPreloadOom, start: SECOND, seed: 2 });
    nearMiss = await run('nearMiss', { scenario: ordersDbRefused, start: NEAR_MISS, seed: 3 });
  });

  it('needs two attempts the first time: the rollback the catalog tries first does not heal it', () => {
    const incident = onlyIncident(first);
    expect(incident.outcome).toBe('resolved');
    expect(incident.actions.map((a) => [a.kind, a.status])).toEqual([
      ['rollback', 'failed'],
      ['raise-memory-limit', 'succeeded'],
    ]);
    expect(incident.notifications[0]).not.toMatch(/recognised/i);
    expect(recallsOf.first.map((c) => c.result)).toEqual([[]]);
  });

  it('resolves the recurrence faster, with the fix that worked as its first and only action', () => {
    const incident = onlyIncident(second);
    expect(incident.outcome).toBe('resolved');
    expect(incident.actions.map((a) => [a.kind, a.status])).toEqual([['raise-memory-limit', 'succeeded']]);
    expect(first.mttrSeconds).not.toBeNull();
    expect(second.mttrSeconds).not.toBeNull();
    expect(second.mttrSeconds ?? Number.POSITIVE_INFINITY).toBeLessThan(first.mttrSeconds ?? 0);
    // At least the failed rollback's verification windows (2 × 5 minutes) are saved.
    expect((first.mttrSeconds ?? 0) - (second.mttrSeconds ?? 0)).toBeGreaterThanOrEqual(10 * 60);
  });

  it('says in its first notification that it recognised the problem, citing the first incident', async () => {
    const entries = await memory.list({});
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    expect(entry?.description).toMatch(/memory limit/);
    const firstFix = onlyIncident(first).notifications.find(
      (n) => /memory limit/.test(n) && n.startsWith('I '),
    );
    // What was done, in the words the first incident's notification used.
    expect(firstFix).toContain(entry?.description);
    const opening = onlyIncident(second).notifications[0] ?? '';
    expect(opening).toContain('I recognised this problem. On 27 Nov 2026 it was fixed like this:');
    expect(opening).toContain(`${entry?.description} (that fix worked 1 time).`);
    expect(opening).toMatch(
      /raised the memory limit of order-service\/order-service by 20% \(512Mi → 614Mi\)/,
    );
    // The recall behind it: the first incident's entry, found in a log with other pod names and times.
    const [call] = recallsOf.second;
    const firstPods = podNames(recallsOf.first[0]?.log ?? '');
    expect(firstPods.length).toBeGreaterThan(0);
    for (const pod of firstPods) expect(call?.log).not.toContain(pod);
    expect(call?.result[0]).toMatchObject({
      id: entry?.id,
      at: FIRST.toISOString(),
      action: { kind: 'raise-memory-limit', percent: 20 },
      succeeded: 1,
      failed: 0,
    });
  });

  it('accumulates the outcomes of the remembered fix: one entry, succeeded twice', async () => {
    const entries = await memory.list({});
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      namespace: 'shop',
      workload: 'order-service',
      action: { kind: 'raise-memory-limit' },
      outcomes: { succeeded: 2, failed: 0 },
      lastOutcome: 'succeeded',
      firstSeen: FIRST.toISOString(),
      lastSeen: SECOND.toISOString(),
    });
  });

  it('never repeats in the second run a fix that failed in the first', () => {
    const failedBefore = kindsWith(onlyIncident(first), 'failed');
    expect(failedBefore).toEqual(['rollback']);
    const tried = onlyIncident(second).actions.map((a) => a.kind);
    for (const kind of failedBefore) expect(tried).not.toContain(kind);
  });

  it('does not bring the remembered fix back for a different problem on the same workload', async () => {
    const incident = onlyIncident(nearMiss);
    expect(incident.workload).toBe('order-service');
    expect(incident.signal).toBe('CrashLoopBackOff');
    expect(incident.diagnosis?.summary).toMatch(/PostgreSQL .* refuses connections/);
    // The recall saw the new log (same software, same startup lines, another error) and found nothing.
    expect(recallsOf.nearMiss).toHaveLength(1);
    expect(recallsOf.nearMiss[0]?.workload).toBe('order-service');
    expect(recallsOf.nearMiss[0]?.log).toContain('ECONNREFUSED');
    expect(recallsOf.nearMiss[0]?.result).toEqual([]);
    expect(incident.notifications[0]).not.toMatch(/recognised/i);
    expect(incident.actions.map((a) => a.kind)).not.toContain('raise-memory-limit');
    expect(incident.outcome).toBe('escalated');
    // The remembered fix is untouched by the near-miss.
    const [entry] = await memory.list({});
    expect(entry?.outcomes).toEqual({ succeeded: 2, failed: 0 });
  });
});
