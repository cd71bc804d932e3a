import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagnoseHeldOutDump, writeHeldOutDump } from './heldout/dump.ts';
import { HELD_OUT_BATCHES, HELD_OUT_CASES, type HeldOutResult, runHeldOutCase } from './heldout/index.ts';
import { scoreHeldOut } from './heldout/run.ts';

type Io = { out(text: string): void; err(text: string): void };

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((n / of) * 100).toFixed(1)}%`);

/**
 * The catalog on the held-out failure set (not its own samples): accuracy by family and overall,
 * the cases no pattern matched, and every harmful action the agent would have taken.
 */
export async function runBench(io: Io): Promise<void> {
  const results: HeldOutResult[] = [];
  for (const c of HELD_OUT_CASES) results.push(await runHeldOutCase(c));
  const families = [...new Set(results.map((r) => r.family))].sort();
  io.out(`held-out failure set: ${results.length} cases, ${families.length} families`);
  io.out(`  ${'family'.padEnd(28)} ${'ok'.padStart(7)}  no pattern  harmful`);
  for (const family of families) {
    const rows = results.filter((r) => r.family === family);
    const ok = rows.filter((r) => r.acceptable).length;
    const none = rows.filter((r) => !r.pattern).length;
    const harm = rows.filter((r) => r.harmful).length;
    io.out(
      `  ${family.padEnd(28)} ${`${ok}/${rows.length}`.padStart(7)}  ${String(none).padStart(10)}  ${String(harm).padStart(7)}`,
    );
  }
  const ok = results.filter((r) => r.acceptable).length;
  const unmatched = results.filter((r) => !r.pattern);
  const harmful = results.filter((r) => r.harmful);
  io.out(`overall: ${ok}/${results.length} acceptable (${pct(ok, results.length)})`);
  await dumpPath(io, results);
  for (const [batch, cases] of Object.entries(HELD_OUT_BATCHES)) {
    const ids = new Set(cases.map((c) => c.id));
    const rows = results.filter((r) => ids.has(r.id));
    const good = rows.filter((r) => r.acceptable).length;
    io.out(`  batch ${batch}: ${good}/${rows.length} (${pct(good, rows.length)})`);
  }
  io.out(
    `no pattern: ${unmatched.length}${unmatched.length ? ` (${unmatched.map((r) => r.id).join(', ')})` : ''}`,
  );
  // The last-resort classes (catalog/unclassified.ts) only escalate with the error line: said apart.
  const unclassified = results.filter((r) => r.pattern?.startsWith('unclassified-'));
  io.out(
    `decided by an unclassified (last-resort) class: ${unclassified.length}${unclassified.length ? ` (${unclassified.map((r) => `${r.id}: ${r.pattern}`).join(', ')})` : ''}`,
  );
  io.out(`harmful actions: ${harmful.length}`);
  for (const r of harmful) io.out(`  ${r.id}: ${r.action} (pattern ${r.pattern ?? 'none'})`);
  const wrong = results.filter((r) => r.pattern && !r.acceptable);
  if (wrong.length) io.out('matched but not acceptable:');
  for (const r of wrong) io.out(`  ${r.id}: ${r.pattern} -> ${r.action}`);
}

/**
 * The same cases read offline: each written as `kubectl cluster-info dump` writes its cluster and
 * diagnosed as `sre-agent diagnose --dump` does (see test/heldout-dump-parity.test.ts).
 */
async function dumpPath(io: Io, results: readonly HeldOutResult[]): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'heldout-dump-bench-'));
  try {
    let ok = 0;
    const harmful: string[] = [];
    const differ: string[] = [];
    for (const [i, c] of HELD_OUT_CASES.entries()) {
      const dir = join(root, c.id);
      await writeHeldOutDump(c, dir);
      const dump = await diagnoseHeldOutDump(c, dir);
      await rm(dir, { recursive: true, force: true });
      const score = scoreHeldOut(c, dump.pattern, dump.action);
      ok += score.acceptable ? 1 : 0;
      if (score.harmful) harmful.push(`${c.id}: ${dump.action}`);
      const cluster = results[i];
      if (cluster && (cluster.pattern !== dump.pattern || cluster.action !== dump.action))
        differ.push(`${c.id}: ${dump.pattern ?? 'no pattern'} -> ${dump.action}`);
    }
    const n = HELD_OUT_CASES.length;
    io.out(
      `dump path (kubectl cluster-info dump, diagnose --dump): ${ok}/${n} acceptable (${pct(ok, n)}), ` +
        `harmful ${harmful.length}${harmful.length ? ` (${harmful.join(', ')})` : ''}; ` +
        `decided otherwise than in the cluster: ${differ.length}${differ.length ? ` (${differ.join(', ')})` : ''}`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
