/**
 * Imports `count` synthetic incidents over `families` problems into the local store at `dir` and
 * prints `{"ms": …}`: run as its own process by the recall benchmark, so that recall is measured
 * in a fresh process that opens the store, as the CLI and the agent do.
 */
import { ManualClock, sequentialIds } from '@sre-agent/core';
import { openLocalIncidentMemory } from '../src/local-memory.ts';
import { syntheticIncidents } from './synthetic.ts';

export async function importSynthetic(dir: string, count: number, families: number): Promise<number> {
  const { memory } = await openLocalIncidentMemory({
    dir,
    clock: new ManualClock('2026-12-01T00:00:00Z'),
    ids: sequentialIds(),
  });
  const records = [...syntheticIncidents(count, families)].map((s) => ({
    id: s.id,
    cluster: s.cluster,
    namespace: s.namespace,
    workload: s.workload,
    signal: s.signal,
    log: s.log,
    diagnosis: s.diagnosis,
    description: s.fix,
    outcome: 'succeeded' as const,
  }));
  const started = performance.now();
  await memory.rememberMany(records);
  return performance.now() - started;
}

const [, , dir, count, families] = process.argv;
if (dir && count && families && process.argv[1]?.endsWith('scale-import.ts')) {
  const ms = await importSynthetic(dir, Number(count), Number(families));
  process.stdout.write(`${JSON.stringify({ ms })}\n`);
}
