import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
// The bundles are the stack's business: the stack says how SST builds them and what each may weigh.
import { bundleFunctions, type FunctionBundle, heaviestPackages } from '../../../stacks/bundle.ts';
import type { CliIo } from '../src/io.ts';

const ROOT = join(import.meta.dirname, '../../..');
// Inside the repository, so that externals resolve from node_modules as they would in Lambda.
const OUT = join(ROOT, 'node_modules', '.cache', 'sre-agent-bundle-bench');
const RUNS = 9;
/**
 * Run in a fresh Node process: import the bundle (resolve, read, compile, link and evaluate it:
 * what Lambda's init phase does with the handler module once its runtime is up), then print the
 * milliseconds since the process started, the milliseconds the import itself took, and the CPU
 * time the import used (all threads; less sensitive than wall time to a busy machine).
 */
const PROBE = [
  'const cpu0 = process.cpuUsage();',
  'const t0 = performance.now();',
  'await import(process.argv[1]);',
  'const t1 = performance.now();',
  'const cpu = process.cpuUsage(cpu0);',
  "process.stdout.write(t1 + ' ' + (t1 - t0) + ' ' + (cpu.user + cpu.system) / 1000);",
].join(' ');

const run = promisify(execFile);

type ColdInit = {
  /** From process start until the module is evaluated: Node's own start-up included. */
  totalMs: number;
  /** The `import()` of the module alone. */
  importMs: number;
  /** CPU time of the `import()`. */
  importCpuMs: number;
};

async function coldInit(file: string): Promise<ColdInit> {
  const args = ['--input-type=module', '-e', PROBE, pathToFileURL(file).href];
  const { stdout } = await run(process.execPath, args);
  const [totalMs = Number.NaN, importMs = Number.NaN, importCpuMs = Number.NaN] = stdout
    .split(' ')
    .map(Number);
  return { totalMs, importMs, importCpuMs };
}

const median = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Medians of RUNS cold starts per file. Runs go round the files (the empty module first) rather
 * than file after file, so that a burst of load on a shared machine hits the baseline and every
 * function alike; never in parallel, they would compete for the cores.
 */
async function medianInits(files: readonly string[]): Promise<ColdInit[]> {
  const runs: ColdInit[][] = files.map(() => []);
  for (let i = 0; i < RUNS; i += 1) {
    for (const [index, file] of files.entries()) runs[index]?.push(await coldInit(file));
  }
  return runs.map((samples) => ({
    totalMs: median(samples.map((r) => r.totalMs)),
    importMs: median(samples.map((r) => r.importMs)),
    importCpuMs: median(samples.map((r) => r.importCpuMs)),
  }));
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const pad = (cells: readonly string[], widths: readonly number[]) =>
  cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');

/**
 * A function's own cold-init cost: its import minus the import of an empty module in the same run
 * (the ESM loader's fixed cost, which Lambda's runtime pays for any handler). Node's own start-up
 * (the baseline) is not the handler's: Lambda's Init Duration includes its runtime's start, the
 * same for every function, and the budget is about what the handler adds.
 */
const ownMs = (init: ColdInit, empty: ColdInit) => Math.max(0, init.importMs - empty.importMs);

function row(bundle: FunctionBundle, init: ColdInit, empty: ColdInit): string[] {
  const { bundleBytes, initMs: initBudget } = bundle.spec.budget;
  const own = ownMs(init, empty);
  const verdict = (failed: boolean) => (failed ? 'FAIL' : 'PASS');
  return [
    bundle.spec.id,
    kb(bundle.bytes),
    `≤ ${kb(bundleBytes)} ${verdict(bundle.bytes > bundleBytes)}`,
    `${kb(bundle.initialBytes)} in ${bundle.files.length} files`,
    ms(init.totalMs),
    ms(own),
    ms(Math.max(0, init.importCpuMs - empty.importCpuMs)),
    initBudget === undefined ? '—' : `≤ ${initBudget} ms ${verdict(own > initBudget)}`,
    heaviestPackages(bundle, 3)
      .map((p) => `${p.name} ${kb(p.bytes)}`)
      .join(', '),
  ];
}

/**
 * Every Lambda function bundled as `sst deploy` bundles it: its minified size against its budget,
 * and its cold initialisation (medians of fresh Node processes): the whole process, and the
 * handler's own import cost over the bare-Node baseline, judged against the init budget in
 * `stacks/manifest.ts`.
 */
export async function runBench(io: CliIo): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  try {
    const bundles = await bundleFunctions(ROOT, OUT);
    const empty = join(OUT, 'empty.mjs');
    await writeFile(empty, '');
    const load = loadavg()[0] ?? Number.NaN;
    const [baseline, ...inits] = await medianInits([empty, ...bundles.map((b) => b.file)]);
    if (!baseline) throw new Error('no baseline measured');
    const rows = [
      [
        'function',
        'size',
        'size budget',
        'read at start',
        'total',
        'own init',
        'own cpu',
        'init budget',
        'heaviest',
      ],
    ];
    for (const [index, bundle] of bundles.entries()) {
      const init = inits[index];
      if (init) rows.push(row(bundle, init, baseline));
    }
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
    io.out(
      'Lambda bundles as SST builds them (minified, AWS SDK bundled, built-ins via require, split at import()).',
    );
    io.out('  size           every file deployed: the handler module and all its chunks');
    io.out('  read at start  the handler module and the chunks it imports statically (the rest on use)');
    io.out(
      `Cold init: medians of ${RUNS} fresh Node ${process.version} processes per function, interleaved.`,
    );
    io.out(
      `  baseline   bare Node, empty module: ${ms(baseline.totalMs)} from process start (its import: ${ms(baseline.importMs)})`,
    );
    io.out('  total      from process start until the handler module is evaluated (includes the baseline)');
    io.out('  own init   the handler import minus the empty-module import: what the handler adds to the');
    io.out("             runtime's start-up in Lambda's Init Duration; the init budget is judged on it");
    io.out('  own cpu    the same in CPU time (all threads), steadier than wall time on a busy machine');
    io.out(
      `  load average at start: ${load.toFixed(2)} (timings scale with it; compare figures from one run)`,
    );
    for (const cells of rows) io.out(`  ${pad(cells, widths)}`);
  } finally {
    await rm(OUT, { recursive: true, force: true });
  }
}
