import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock, sequentialIds } from '@sre-agent/core';
import { HashingEmbedder } from '../src/embed/hashing-embedder.ts';
import { createIncidentMemory, type IncidentMemory } from '../src/incident-memory.ts';
import { LocalVectorIndex } from '../src/index-local/local-vector-index.ts';
import { PastIncidentSchema, pastIncidentToRecord, RecallBatchLineSchema } from '../src/records.ts';
import { EVAL_ROOT } from './loghub-data.ts';

export type DevQuery = { qid: string; expect: string | null; kind: string; line: unknown };

/** Loads `../shared/eval/memory-dev`, or returns null when it is absent. */
export function loadMemoryDev(root = join(EVAL_ROOT, 'memory-dev')) {
  if (!existsSync(join(root, 'past.jsonl')) || !existsSync(join(root, 'queries.jsonl'))) return null;
  const lines = (file: string) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { past: lines('past.jsonl'), queries: lines('queries.jsonl') };
}

export async function memoryFromPast(past: readonly unknown[], options: { threshold?: number } = {}) {
  const embedder = new HashingEmbedder();
  const index = await LocalVectorIndex.open({ dimension: embedder.dimension });
  const memory = createIncidentMemory({
    index,
    embedder,
    clock: new ManualClock('2026-12-01T00:00:00Z'),
    ids: sequentialIds(),
    ...options,
  });
  await memory.rememberMany(past.map((line) => pastIncidentToRecord(PastIncidentSchema.parse(line))));
  return memory;
}

export type RecallEvaluation = {
  recallAt1: number;
  recurrences: number;
  falseRecall: number;
  negatives: number;
  byKind: Map<string, { total: number; correct: number }>;
  misses: string[];
};

/** recall@1 on recurrences and false-recall on near-misses and novel queries. */
export async function evaluateRecall(
  memory: IncidentMemory,
  queries: readonly Record<string, unknown>[],
): Promise<RecallEvaluation> {
  const byKind = new Map<string, { total: number; correct: number }>();
  const misses: string[] = [];
  let hits = 0;
  let recurrences = 0;
  let falseHits = 0;
  let negatives = 0;
  for (const raw of queries) {
    const q = RecallBatchLineSchema.parse(raw);
    const expect = (raw.expect ?? null) as string | null;
    const kind = String(raw.kind ?? (expect ? 'recurrence' : 'novel'));
    const [top] = await memory.recall(q);
    const correct = expect === null ? top === undefined : top?.id === expect;
    const stats = byKind.get(kind) ?? { total: 0, correct: 0 };
    stats.total++;
    if (correct) stats.correct++;
    byKind.set(kind, stats);
    if (expect === null) {
      negatives++;
      if (top) falseHits++;
    } else {
      recurrences++;
      if (correct) hits++;
    }
    if (!correct)
      misses.push(`${q.qid} expected ${expect ?? 'none'} got ${top ? `${top.id} (${top.score})` : 'none'}`);
  }
  return {
    recallAt1: recurrences === 0 ? 1 : hits / recurrences,
    recurrences,
    falseRecall: negatives === 0 ? 0 : falseHits / negatives,
    negatives,
    byKind,
    misses,
  };
}
