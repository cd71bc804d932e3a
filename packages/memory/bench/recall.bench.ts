import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrateThreshold } from '../src/calibrate.ts';
import { RecallBatchLineSchema } from '../src/records.ts';
import { evaluateRecall, loadMemoryDev, memoryFromPast } from './memory-dev.ts';
import { importSynthetic, type RecallTimings, timeRecalls } from './scale-child.ts';

type Io = { out(text: string): void; err(text: string): void };

const HERE = dirname(fileURLToPath(import.meta.url));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] as number;

/**
 * Runs one half of the scale benchmark in a child process, with a heap of its own (nothing the
 * other benchmarks left behind is collected while recall is timed); in this process when a child
 * cannot be started.
 */
function inChild<T>(args: readonly string[]): T | undefined {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'scale-child.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const line = child.status === 0 ? child.stdout.trim().split('\n').pop() : undefined;
  return line ? (JSON.parse(line) as T) : undefined;
}

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
  // Leave one problem out of memory: its recurrences are then unseen problems and must recall nothing.
  let leaked = 0;
  let heldOut = 0;
  for (const past of dev.past) {
    const without = await memoryFromPast(dev.past.filter((p) => p !== past));
    for (const q of dev.queries.filter((q) => q.expect === past.id)) {
      heldOut++;
      const [top] = await without.recall(RecallBatchLineSchema.parse(q));
      if (top) leaked++;
    }
  }
  io.out(
    `  leave-one-problem-out: ${leaked}/${heldOut} recurrences of a problem missing from memory recalled another (false-recall ${(leaked / Math.max(1, heldOut)).toFixed(3)})`,
  );
  const cal = calibrateThreshold(await memory.entries());
  io.out(
    `  calibration on the stored corpus: distinct problems score max ${cal.different.max.toFixed(3)} (p95 ${cal.different.p95.toFixed(3)}), truncated recurrences min ${cal.same.min.toFixed(3)} (p05 ${cal.same.p05.toFixed(3)}); suggested threshold ${cal.suggested}`,
  );
}

async function scale(io: Io, count: number, families: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'memory-bench-'));
  try {
    const imported =
      inChild<{ ms: number }>(['import', dir, String(count), String(families)]) ??
      (await importSynthetic(dir, count, families));
    io.out(
      `scale: ${count.toLocaleString('en')} incidents (${families.toLocaleString('en')} problems) imported into a local store in ${(imported.ms / 1000).toFixed(1)} s (${Math.round(count / (imported.ms / 1000)).toLocaleString('en')}/s)`,
    );
    const t = inChild<RecallTimings>(['recall', dir, String(families)]) ?? (await timeRecalls(dir, families));
    const latencies = [...t.latencies].sort((a, b) => a - b);
    const cpu = [...t.cpu].sort((a, b) => a - b);
    io.out(`  store opened in ${(t.openMs / 1000).toFixed(1)} s by a fresh process`);
    io.out(
      `  recall latency over ${latencies.length} queries: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p90 ${quantile(latencies, 0.9).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms, max ${(latencies[latencies.length - 1] as number).toFixed(1)} ms (target p99 < 20 ms; load average ${loadavg()[0]?.toFixed(1)} on ${navigator.hardwareConcurrency} cores)`,
    );
    io.out(
      `  CPU time per recall (not inflated by other processes): p50 ${quantile(cpu, 0.5).toFixed(1)} ms, p99 ${quantile(cpu, 0.99).toFixed(1)} ms`,
    );
    io.out(
      `  same problem ranked first ${pct(t.hits / t.recurrences)} of ${t.recurrences}; false recall on ${t.novel} unseen problems ${pct(t.falseHits / t.novel)}`,
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
