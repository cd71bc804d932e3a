import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@sre-agent/core';
import { createDynamoState, ensureTable, startEmbeddedDynamo } from '../src/index.ts';
import { makeAuditRecord, makeIncident, workloadRef } from '../src/testing/index.ts';

type Io = { out(text: string): void; err(text: string): void };

async function timed(
  io: Io,
  label: string,
  count: number,
  op: (n: number) => Promise<unknown>,
): Promise<void> {
  const latencies: number[] = [];
  const start = performance.now();
  for (let n = 0; n < count; n++) {
    const t = performance.now();
    await op(n);
    latencies.push(performance.now() - t);
  }
  const total = performance.now() - start;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(2);
  io.out(
    `${label.padEnd(44)} ${String(count).padStart(5)} ops  ${((count / total) * 1000).toFixed(0).padStart(6)} ops/s  p50 ${pct(0.5)} ms  p95 ${pct(0.95)} ms`,
  );
}

async function runOn(io: Io, title: string, dataDir: string | undefined): Promise<void> {
  const dynamo = await startEmbeddedDynamo(dataDir ? { dataDir } : {});
  try {
    const state = createDynamoState({
      connection: { endpoint: dynamo.endpoint, tableName: 'bench' },
      clock: systemClock,
    });
    await ensureTable(state.client, 'bench');
    io.out(`-- ${title}`);
    const N = 200;
    await timed(io, 'incidents.create (guard + incident + verify)', N, (n) =>
      state.incidents.create(
        makeIncident({ id: `inc-${n}`, target: workloadRef({ name: `w-${n}` }), fingerprints: [`fp-${n}`] }),
      ),
    );
    await timed(io, 'incidents.update (get + conditional put)', N, (n) =>
      state.incidents.update(`inc-${n}`, 0, (i) => ({ ...i, status: 'diagnosed' })),
    );
    await timed(io, 'incidents.openFor', N, (n) => state.incidents.openFor(workloadRef({ name: `w-${n}` })));
    await timed(io, 'incidents.findByFingerprint', N, (n) => state.incidents.findByFingerprint(`fp-${n}`));
    await timed(io, `incidents.listOpen (${N} open)`, 20, () => state.incidents.listOpen());
    await timed(io, 'audit.begin', N, (n) =>
      state.audit.begin(makeAuditRecord({ id: `a-${n}`, key: `k-${n}` })),
    );
    await timed(io, 'audit.countAutonomousSince', 20, () =>
      state.audit.countAutonomousSince('prod-eu-1', new Date(0)),
    );
    await timed(io, 'dedup.claim', N, (n) => state.dedup.claim(`fp-${n % 50}`, 300));
    await timed(io, 'leases.acquire', N, (n) => state.leases.acquire(`lease-${n % 10}`, 'bench', 60_000));

    // Contention: 10 rounds of 16 concurrent creators on one workload each.
    let violations = 0;
    const t = performance.now();
    for (let round = 0; round < 10; round++) {
      const results = await Promise.allSettled(
        Array.from({ length: 16 }, (_, c) =>
          state.incidents.create(
            makeIncident({ id: `race-${round}-${c}`, target: workloadRef({ name: `race-${round}` }) }),
          ),
        ),
      );
      const created = results.filter((r) => r.status === 'fulfilled' && r.value.created).length;
      if (created !== 1) violations++;
    }
    io.out(
      `${'contended create: 10 rounds x 16 creators'.padEnd(44)} ${(performance.now() - t).toFixed(0)} ms, rounds with != 1 incident: ${violations}`,
    );
    state.client.destroy();
  } finally {
    await dynamo.close();
  }
}

/** State adapters on the embedded dynalite: latency of each store operation, in memory and on disk. */
export async function runBench(io: Io): Promise<void> {
  await runOn(io, 'dynalite in memory', undefined);
  const dir = await mkdtemp(join(tmpdir(), 'sre-agent-bench-'));
  try {
    await runOn(io, 'dynalite on disk (LevelDB)', dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
