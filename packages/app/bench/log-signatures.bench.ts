import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/io.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const LINES = 512_000;

// Loaded into the child before the CLI: reports its peak resident memory as it exits. The bin may
// start the CLI again with heap flags (its launcher waits meanwhile): every process reports, and the
// peaks are added up, an upper bound of what the command holds at once.
const REPORT_PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n'+JSON.stringify({maxRssKb:process.resourceUsage().maxRSS})+'\\n'))`;

/** The LogHub 2k samples' messages, every number changed on each pass, until `LINES` lines. */
async function writeInput(file: string): Promise<boolean> {
  const { loadLoghub } = await import('../../memory/bench/loghub-data.ts');
  const sets = loadLoghub();
  if (!sets) return false;
  const contents = sets.flatMap((s) => s.contents);
  const out = createWriteStream(file);
  for (let pass = 0, written = 0; written < LINES; pass++) {
    const chunk: string[] = [];
    for (const line of contents) {
      if (written + chunk.length >= LINES) break;
      chunk.push(pass === 0 ? line : line.replace(/\d+/g, (n) => `${n}${pass}`));
    }
    written += chunk.length;
    if (!out.write(`${chunk.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return true;
}

type CliRun = { ok: true; seconds: number; maxRssKb: number } | { ok: false; error: string };

/** Runs `sre-agent logs signatures <file>` as its own process, output discarded. */
function runCli(file: string): CliRun {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', REPORT_PEAK, join(ROOT, 'bin/sre-agent.mjs'), 'logs', 'signatures', file],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 16 << 20 },
  );
  const seconds = (performance.now() - started) / 1000;
  const reports = child.stderr
    .split('\n')
    .filter((line) => line.startsWith('{"maxRssKb"'))
    .map((line) => (JSON.parse(line) as { maxRssKb: number }).maxRssKb);
  if (child.status !== 0 || reports.length === 0) {
    return { ok: false, error: `status ${child.status}: ${child.stderr.slice(-500)}` };
  }
  return { ok: true, seconds, maxRssKb: reports.reduce((sum, kb) => sum + kb, 0) };
}

/** `sre-agent logs signatures` on 512,000 lines, as a child process: lines per second and peak memory. */
export async function runBench(io: CliIo): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'log-signatures-bench-'));
  try {
    const file = join(dir, 'input.log');
    if (!(await writeInput(file))) {
      io.out('log signatures: skipped, ../shared/eval/loghub is absent');
      return;
    }
    const one = join(dir, 'one.log');
    await writeFile(one, 'Connection closed by 10.0.0.1 port 50001\n');
    const base = runCli(one);
    const full = runCli(file);
    if (!base.ok) return io.err(`log signatures: the CLI failed: ${base.error}`);
    if (!full.ok) return io.err(`log signatures: the CLI failed: ${full.error}`);
    const working = Math.max(0.001, full.seconds - base.seconds);
    const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
    io.out(
      `logs signatures: ${LINES.toLocaleString('en')} lines in ${full.seconds.toFixed(1)} s, of which start-up ${base.seconds.toFixed(1)} s: ${Math.round(LINES / working).toLocaleString('en')} lines/s`,
    );
    io.out(
      `logs signatures: peak memory ${mb(full.maxRssKb)} (the CLI on a one-line file: ${mb(base.maxRssKb)}; signatures add ${mb(full.maxRssKb - base.maxRssKb)})`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
