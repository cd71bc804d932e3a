import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock, sequentialIds } from '@sre-agent/core';
import { calibrateThreshold } from '../src/calibrate.ts';
import { openLocalIncidentMemory } from '../src/local-memory.ts';
import { evaluateRecall, loadMemoryDev, memoryFromPast } from './memory-dev.ts';
import { importSynthetic } from './scale-import.ts';
import { occurrence } from './synthetic.ts';

type Io = { out(text: string): void; err(text: string): void };

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Imports in a child process (its heap and garbage gone before recall is timed, as when the CLI
 * imports and the agent later opens the store); in this process when a child cannot be started.
 */
async function importInChild(dir: string, count: number, families: number): Promise<number> {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(HERE, 'scale-import.ts'), dir, String(count), String(families)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const line = child.status === 0 ? child.stdout.trim().split('\n').pop() : undefined;
  const ms = line ? (JSON.parse(line) as { ms?: unknown }).ms : undefined;
  return typeof ms === 'number' ? ms : importSynthetic(dir, count, families);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] as number;

async function devCorpus(io: Io): Promise<void> {
  const dev = loadMemoryDev();
  if (!dev) {
    io.out('memory-dev: skipped, ../shared/eval/memory-dev is absent');
    return;
  }
  const memory = await memoryFromPast(dev.past);
  const result = await evaluateRecall(memory, dev.queries);
  io.out(
    `memory-dev: ${dev.past.length} past incidents, ${dev.queries.length} queries, threshold ${memory.threshold}`,
  );
  io.out(
    `  recall@1 on recurrences   ${result.recallAt1.toFixed(3)}  (${result.recurrences} queries; target >= 0.95)`,
  );
  io.out(
    `  false-recall              ${result.falseRecall.toFixed(3)}  (${result.negatives} near-miss + novel; target <= 0.05)`,
  );
  for (const [kind, s] of [...result.byKind].sort()) {
    io.out(`    ${kind.padEnd(12)} ${s.correct}/${s.total} answered correctly`);
  }
  for (const miss of result.misses) io.out(`    miss: ${miss}`);
  const cal = calibrateThreshold(await memory.entries());
  io.out(
    `  calibration on the stored corpus: distinct problems score max ${cal.different.max.toFixed(3)} (p95 ${cal.different.p95.toFixed(3)}), truncated recurrences min ${cal.same.min.toFixed(3)} (p05 ${cal.same.p05.toFixed(3)}); suggested threshold ${cal.suggested}`,
  );
}

async function scale(io: Io, count: number, families: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'memory-bench-'));
  try {
    const clock = new ManualClock('2026-12-01T00:00:00Z');
    const importMs = await importInChild(dir, count, families);
    io.out(
      `scale: ${count.toLocaleString('en')} incidents (${families.toLocaleString('en')} problems) imported into a local store in ${(importMs / 1000).toFixed(1)} s (${Math.round(count / (importMs / 1000)).toLocaleString('en')}/s)`,
    );
    const started = performance.now();
    const reopened = await openLocalIncidentMemory({ dir, clock, ids: sequentialIds() });
    io.out(`  store reopened in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Warm-up (JIT, caches) on queries that are not measured.
    for (let q = 0; q < 100; q++) {
      const { log } = occurrence((q * 104_729) % families, 555_555 + q);
      await reopened.memory.recall({ log });
    }
    const latencies: number[] = [];
    const cpu: number[] = [];
    let hits = 0;
    let recurrences = 0;
    let falseHits = 0;
    let novel = 0;
    for (let q = 0; q < 400; q++) {
      const isNovel = q % 4 === 3;
      const family = isNovel ? 10_000_000 + q : (q * 7919) % families;
      const { log, signal, service } = occurrence(family, 777_777 + q);
      const c = process.cpuUsage();
      const t = performance.now();
      const [top] = await reopened.memory.recall({ namespace: 'ns', workload: service, signal, log });
      latencies.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      if (isNovel) {
        novel++;
        if (top) falseHits++;
      } else {
        recurrences++;
        if (top && Number(top.id.slice(4)) % families === family) hits++;
      }
    }
    latencies.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    io.out(
      `  recall latency over ${latencies.length} queries: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p90 ${quantile(latencies, 0.9).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms, max ${(latencies[latencies.length - 1] as number).toFixed(1)} ms (target p99 < 20 ms; load average ${loadavg()[0]?.toFixed(1)} on ${navigator.hardwareConcurrency} cores)`,
    );
    io.out(
      `  CPU time per recall (not inflated by other processes): p50 ${quantile(cpu, 0.5).toFixed(1)} ms, p99 ${quantile(cpu, 0.99).toFixed(1)} ms`,
    );
    io.out(
      `  same problem ranked first ${pct(hits / recurrences)} of ${recurrences}; false recall on ${novel} unseen problems ${pct(falseHits / novel)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Recall quality on memory-dev and recall speed over 100,000 stored incidents. */
export async function runBench(io: Io): Promise<void> {
  await devCorpus(io);
  await scale(io, 100_000, 20_000);
}
