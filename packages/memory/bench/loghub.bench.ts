import { groupingAccuracy } from '../src/signature/grouping-accuracy.ts';
import { mineTemplates } from '../src/signature/miner.ts';
import { loadLoghub } from './loghub-data.ts';

type Io = { out(text: string): void; err(text: string): void };

/** Grouping accuracy of the template miner on the LogHub 2k samples, one generic configuration. */
export async function runBench(io: Io): Promise<void> {
  const datasets = loadLoghub();
  if (!datasets) {
    io.out('loghub: skipped, ../shared/eval/loghub is absent');
    return;
  }
  const scores: number[] = [];
  for (const ds of datasets) {
    const started = performance.now();
    const mined = mineTemplates(ds.contents);
    const ms = performance.now() - started;
    const ga = groupingAccuracy(
      mined.map((m) => m.clusterId),
      ds.eventIds,
    );
    scores.push(ga);
    const groups = new Set(mined.map((m) => m.clusterId)).size;
    io.out(
      `${ds.name.padEnd(12)} GA ${ga.toFixed(3)}  groups ${String(groups).padStart(4)} / truth ${String(new Set(ds.eventIds).size).padStart(4)}  ${ms.toFixed(0)} ms`,
    );
  }
  const average = scores.reduce((a, b) => a + b, 0) / scores.length;
  io.out(`average GA ${average.toFixed(3)} over ${scores.length} datasets (published Drain: 0.865)`);
}
