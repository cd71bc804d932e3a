/**
 * The scale benchmark's two halves, each run as its own process by `recall.bench.ts` (in this
 * process when a child cannot be started): `import <dir> <count> <families>` fills a local store
 * with synthetic incidents; `recall <dir> <families>` opens it as the CLI and the agent do, warms
 * up, and times recalls. Each prints one JSON line.
 */
import { ManualClock, sequentialIds } from '@sre-agent/core';
import { openLocalIncidentMemory } from '../src/local-memory.ts';
import { occurrence, syntheticIncidents } from './synthetic.ts';

export async function importSynthetic(dir: string, count: number, families: number): Promise<{ ms: number }> {
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
  return { ms: performance.now() - started };
}

export type RecallTimings = {
  openMs: number;
  latencies: number[];
  cpu: number[];
  hits: number;
  recurrences: number;
  falseHits: number;
  novel: number;
};

export async function timeRecalls(dir: string, families: number): Promise<RecallTimings> {
  const clock = new ManualClock('2026-12-01T00:00:00Z');
  const started = performance.now();
  const { memory } = await openLocalIncidentMemory({ dir, clock, ids: sequentialIds() });
  const openMs = performance.now() - started;
  // Warm-up (JIT, caches) on queries that are not measured.
  for (let q = 0; q < 100; q++) {
    const { log } = occurrence((q * 104_729) % families, 555_555 + q);
    await memory.recall({ log });
  }
  const out: RecallTimings = {
    openMs,
    latencies: [],
    cpu: [],
    hits: 0,
    recurrences: 0,
    falseHits: 0,
    novel: 0,
  };
  for (let q = 0; q < 400; q++) {
    const isNovel = q % 4 === 3;
    const family = isNovel ? 10_000_000 + q : (q * 7919) % families;
    const { log, signal, service } = occurrence(family, 777_777 + q);
    // Each recall is its own request: let the event loop turn (timers, GC tasks) between them,
    // as a server's does, rather than running 400 recalls inside one task.
    await new Promise((resolve) => setImmediate(resolve));
    const c = process.cpuUsage();
    const t = performance.now();
    const [top] = await memory.recall({ namespace: 'ns', workload: service, signal, log });
    out.latencies.push(performance.now() - t);
    const used = process.cpuUsage(c);
    out.cpu.push((used.user + used.system) / 1000);
    if (isNovel) {
      out.novel++;
      if (top) out.falseHits++;
    } else {
      out.recurrences++;
      if (top && Number(top.id.slice(4)) % families === family) out.hits++;
    }
  }
  return out;
}

const [, script, mode, dir, ...rest] = process.argv;
if (script?.endsWith('scale-child.ts') && dir) {
  const result =
    mode === 'import'
      ? await importSynthetic(dir, Number(rest[0]), Number(rest[1]))
      : await timeRecalls(dir, Number(rest[0]));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
