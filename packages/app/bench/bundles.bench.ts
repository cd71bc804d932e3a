import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
// The bundles are the stack's business: the stack says how SST builds them and what each may weigh.
import { bundleFunctions, type FunctionBundle, heaviestPackages } from '../../../stacks/bundle.ts';
import type { CliIo } from '../src/io.ts';

const ROOT = join(import.meta.dirname, '../../..');
// Inside the repository, so that externals resolve from node_modules as they would in Lambda.
const OUT = join(ROOT, 'node_modules', '.cache', 'sre-agent-bundle-bench');
const RUNS = 5;
/**
 * Run in a fresh Node process: import the bundle (module evaluation, what Lambda's init phase does
 * before the first event), then print the milliseconds since the process started and the CPU time
 * the process used so far (all its threads; less sensitive than wall time to a busy machine).
 */
const PROBE = [
  'await import(process.argv[1]);',
  'const cpu = process.cpuUsage();',
  "process.stdout.write(performance.now() + ' ' + (cpu.user + cpu.system) / 1000);",
].join(' ');

const run = promisify(execFile);

type ColdInit = { wallMs: number; cpuMs: number };

async function coldInit(file: string): Promise<ColdInit> {
  const args = ['--input-type=module', '-e', PROBE, pathToFileURL(file).href];
  const { stdout } = await run(process.execPath, args);
  const [wallMs = Number.NaN, cpuMs = Number.NaN] = stdout.split(' ').map(Number);
  return { wallMs, cpuMs };
}

const median = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Medians of RUNS cold starts, one after another (never in parallel: they would compete for the cores). */
async function medianInit(file: string): Promise<ColdInit> {
  const runs: ColdInit[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await coldInit(file));
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const pad = (cells: readonly string[], widths: readonly number[]) =>
  cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');

function row(bundle: FunctionBundle, init: ColdInit): string[] {
  const { bundleBytes, initMs: initBudget } = bundle.spec.budget;
  const over = [
    ...(bundle.bytes > bundleBytes ? ['size'] : []),
    ...(initBudget !== undefined && init.wallMs > initBudget ? ['init'] : []),
  ];
  return [
    bundle.spec.id,
    kb(bundle.bytes),
    `${init.wallMs.toFixed(0)} ms`,
    `${init.cpuMs.toFixed(0)} ms`,
    `≤ ${kb(bundleBytes)}${initBudget === undefined ? '' : `, ≤ ${initBudget} ms`}`,
    over.length === 0 ? 'ok' : `over (${over.join(', ')})`,
    heaviestPackages(bundle, 3)
      .map((p) => `${p.name} ${kb(p.bytes)}`)
      .join(', '),
  ];
}

/**
 * Every Lambda function bundled as `sst deploy` bundles it: its minified size and its cold
 * initialisation (median of 5 fresh Node processes, from process start to the module evaluated),
 * against its budget in `stacks/manifest.ts`.
 */
export async function runBench(io: CliIo): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  try {
    const bundles = await bundleFunctions(ROOT, OUT);
    const empty = join(OUT, 'empty.mjs');
    await writeFile(empty, '');
    const floor = await medianInit(empty);
    const rows = [['function', 'size', 'init', 'init cpu', 'target', 'status', 'heaviest']];
    for (const bundle of bundles) rows.push(row(bundle, await medianInit(bundle.file)));
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
    io.out(`Lambda bundles as SST builds them (minified, AWS SDK bundled); init: median of ${RUNS} fresh`);
    io.out(`Node ${process.version} processes, from process start until the bundle is evaluated`);
    io.out(
      `(an empty module: ${floor.wallMs.toFixed(0)} ms, ${floor.cpuMs.toFixed(0)} ms cpu: Node's own start-up on this machine)`,
    );
    for (const cells of rows) io.out(`  ${pad(cells, widths)}`);
  } finally {
    await rm(OUT, { recursive: true, force: true });
  }
}
