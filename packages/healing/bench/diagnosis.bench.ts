import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Signal, SignalSchema } from '@sre-agent/core';
import { type ActionKind, ActionKindSchema } from '../src/actions/registry.ts';
import { CATALOG } from '../src/diagnosis/catalog/index.ts';
import { CATALOG_SAMPLES } from '../src/diagnosis/catalog/samples.ts';
import { diagnose } from '../src/diagnosis/diagnose.ts';
import { type Evidence, redactEvidence } from '../src/diagnosis/evidence/index.ts';
import { RulesReasoner } from '../src/reasoning/rules-reasoner.ts';
import { evidenceFixture } from '../src/testing/evidence-fixture.ts';

type Io = { out(text: string): void; err(text: string): void };

const ALL: ActionKind[] = [...ActionKindSchema.options];
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] as number;

function time<T>(runs: number, fn: () => T): { p50: number; p99: number; perSecond: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), perSecond: runs / (total / 1000) };
}

/** A realistic crash: 199 lines of a chatty JSON service, then a PostgreSQL timeout, in both logs. */
function busyEvidence(): Evidence {
  const noise = Array.from(
    { length: 199 },
    (_, i) =>
      `{"level":30,"time":${1_772_444_400_000 + i * 250},"pid":1,"hostname":"orders-6d5f7c9b8-x2x4q","req":{"method":"GET","url":"/api/orders/ord_${i}"},"res":{"statusCode":200},"responseTime":${10 + (i % 40)},"msg":"request completed"}`,
  );
  const log = [...noise, 'Error: Connection terminated due to connection timeout'].join('\n');
  return evidenceFixture({
    previousLog: log,
    currentLog: log,
    lastExitCode: 1,
    events: Array.from({ length: 30 }, (_, i) => ({
      reason: i % 2 ? 'BackOff' : 'Pulled',
      message:
        i % 2
          ? 'Back-off restarting failed container app'
          : 'Container image "shop/orders:1.4.2" already present on machine',
    })),
  });
}

function signalOf(raw: string): Signal {
  const parsed = SignalSchema.safeParse(raw);
  return parsed.success ? parsed.data : 'Alert';
}

type DevRow = {
  id?: string;
  qid?: string;
  signal: string;
  workload: string;
  log: string;
  expect?: string | null;
  kind?: string;
};

function readJsonl(path: string): DevRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DevRow);
}

/**
 * The catalog on the shared memory-dev corpus (read in place, never copied): how many incidents it
 * recognises, whether recurrences of a past incident get the same pattern as the original, and
 * whether near-misses (same software, another cause) get a different one.
 */
function devCorpus(io: Io): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval/memory-dev');
  if (!existsSync(join(root, 'past.jsonl'))) {
    io.out('memory-dev corpus: skipped, ../shared/eval/memory-dev is absent');
    return;
  }
  const best = (row: DevRow) => {
    const signal = signalOf(row.signal);
    const evidence = redactEvidence(
      evidenceFixture({
        signal,
        name: row.workload,
        previousLog: row.log,
        ...(signal === 'OOMKilled' ? { lastReason: 'OOMKilled', lastExitCode: 137 } : { lastExitCode: 1 }),
      }),
    );
    const result = diagnose(evidence);
    return result.kind === 'matched' ? result.best.patternId : undefined;
  };
  const past = readJsonl(join(root, 'past.jsonl'));
  const queries = readJsonl(join(root, 'queries.jsonl'));
  const pastPattern = new Map(past.map((p) => [p.id ?? '', best(p)]));
  let recognised = 0;
  let recurrences = 0;
  let consistent = 0;
  let nearMisses = 0;
  let separated = 0;
  const misses: string[] = [];
  for (const row of [...past, ...queries]) if (best(row)) recognised++;
  for (const q of queries) {
    const pattern = best(q);
    if (q.kind === 'recurrence' && q.expect) {
      recurrences++;
      if (pattern && pattern === pastPattern.get(q.expect)) consistent++;
      else misses.push(`${q.qid}: ${pattern ?? 'unmatched'} vs ${pastPattern.get(q.expect) ?? 'unmatched'}`);
    }
    if (q.kind === 'near-miss') {
      nearMisses++;
      const original = past.find((p) => p.workload === q.workload);
      if (pattern !== pastPattern.get(original?.id ?? '')) separated++;
      else misses.push(`${q.qid}: near-miss diagnosed like ${original?.id}`);
    }
  }
  const total = past.length + queries.length;
  io.out(`memory-dev corpus (${past.length} past incidents, ${queries.length} queries):`);
  io.out(
    `  recognised by a catalog pattern   ${recognised}/${total} (${((recognised / total) * 100).toFixed(1)}%)`,
  );
  io.out(`  recurrences, same pattern as past ${consistent}/${recurrences}`);
  io.out(`  near-misses, different pattern    ${separated}/${nearMisses}`);
  for (const miss of misses) io.out(`    ${miss}`);
}

export async function runBench(io: Io): Promise<void> {
  const samples = Object.entries(CATALOG_SAMPLES).flatMap(([id, s]) =>
    s.positive.map((sample) => ({
      id,
      evidence: redactEvidence(evidenceFixture(sample)),
      expect: sample.expectBest ?? id,
    })),
  );
  let right = 0;
  for (const s of samples) {
    const r = diagnose(s.evidence);
    if (r.kind === 'matched' && r.best.patternId === s.expect) right++;
  }
  io.out(
    `catalog: ${CATALOG.length} patterns, ${samples.length} realistic samples, ${right}/${samples.length} diagnosed as their pattern`,
  );

  let i = 0;
  const each = time(2000, () => diagnose(samples[i++ % samples.length]?.evidence as Evidence));
  io.out(
    `diagnose() on catalog samples: p50 ${each.p50.toFixed(3)} ms, p99 ${each.p99.toFixed(3)} ms, ${each.perSecond.toFixed(0)}/s`,
  );

  const raw = busyEvidence();
  const redactTime = time(50, () => redactEvidence(raw));
  io.out(
    `redactEvidence() on 2×200 log lines + 30 events: p50 ${redactTime.p50.toFixed(2)} ms, p99 ${redactTime.p99.toFixed(2)} ms`,
  );
  const busy = redactEvidence(raw);
  const busyTime = time(200, () => diagnose(busy));
  io.out(
    `diagnose() on 2×200 log lines + 30 events: p50 ${busyTime.p50.toFixed(2)} ms, p99 ${busyTime.p99.toFixed(2)} ms`,
  );

  const result = diagnose(busy);
  const candidates = result.kind === 'matched' ? result.candidates : [];
  const rules = new RulesReasoner();
  const reasonStart = performance.now();
  for (let k = 0; k < 2000; k++)
    await rules.reason({ evidence: busy, candidates, memory: [], allowedActions: ALL });
  io.out(`RulesReasoner.reason(): ${((performance.now() - reasonStart) / 2000).toFixed(4)} ms per decision`);

  devCorpus(io);
}
