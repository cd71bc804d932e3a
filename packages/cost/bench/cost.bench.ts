import { ARCHETYPES } from '../src/testing/index.ts';
import { type ReplaySummary, replayArchetype, summarise } from './replay.ts';

type Io = { out(text: string): void; err(text: string): void };

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

function row(label: string, ours: ReplaySummary, krr: ReplaySummary): string {
  const cell = (s: ReplaySummary) =>
    `${s.savingsPct.toFixed(1).padStart(6)}% ${s.aboveCpuPct.toFixed(2).padStart(6)}% ${String(s.oomMinutes).padStart(6)} (${String(s.workloadsWithOom).padStart(2)})`;
  return `${label.padEnd(14)} ${cell(ours)}   ${cell(krr)}`;
}

/**
 * Right-sizing quality: each archetype × 20 seeds is fitted on one synthetic week and replayed on
 * the next, unseen one; savings on requests, share of minutes above the CPU request, and OOM
 * minutes (true working-set peak above the memory limit; workloads affected in parentheses).
 */
export async function runBench(io: Io): Promise<void> {
  const started = performance.now();
  io.out(
    `${'archetype'.padEnd(14)} ${'ours: saved  >cpu   oom-min (wl)'.padEnd(34)}   krr: saved  >cpu   oom-min (wl)`,
  );
  const all = ARCHETYPES.map((archetype) => replayArchetype(archetype, SEEDS));
  for (const { archetype, ours, krr } of all) io.out(row(archetype, summarise(ours), summarise(krr)));
  io.out(row('total', summarise(all.flatMap((a) => a.ours)), summarise(all.flatMap((a) => a.krr))));
  io.out(
    `${ARCHETYPES.length} archetypes × ${SEEDS.length} seeds in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
