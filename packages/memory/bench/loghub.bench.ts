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
  const halves: number[] = [];
  for (const ds of datasets) {
    const started = performance.now();
    const mined = mineTemplates(ds.contents);
    const ms = performance.now() - started;
    const ga = groupingAccuracy(
      mined.map((m) => m.clusterId),
      ds.eventIds,
    );
    scores.push(ga);
    // The second half of the file mined on its own: lines the rules were not read against.
    const half = Math.floor(ds.contents.length / 2);
    const second = groupingAccuracy(
      mineTemplates(ds.contents.slice(half)).map((m) => m.clusterId),
      ds.eventIds.slice(half),
    );
    halves.push(second);
    const groups = new Set(mined.map((m) => m.clusterId)).size;
    io.out(
      `${ds.name.padEnd(12)} GA ${ga.toFixed(3)}  second half alone ${second.toFixed(3)}  groups ${String(groups).padStart(4)} / truth ${String(new Set(ds.eventIds).size).padStart(4)}  ${ms.toFixed(0)} ms`,
    );
  }
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  io.out(
    `average GA ${mean(scores).toFixed(3)} over ${scores.length} datasets, second halves alone ${mean(halves).toFixed(3)} (published: Drain 0.865, Brain 0.983)`,
  );
}
