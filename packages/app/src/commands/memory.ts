import { readFile } from 'node:fs/promises';
import { NotFoundError, ValidationError } from '@sre-agent/core';
import {
  calibrateThreshold,
  DEFAULT_MEMORY_STORE,
  type IncidentMemory,
  jsonlError,
  openLocalIncidentMemory,
  PastIncidentSchema,
  parseJsonl,
  pastIncidentToRecord,
  RecallBatchLineSchema,
} from '@sre-agent/memory';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

/** Where progress goes: stderr, drawn in place with `\r`. */
export type ProgressSink = { isTTY?: boolean; write(text: string): unknown };

type StoreOptions = { store: string; threshold?: string };

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`no such file: ${file}`);
    throw error;
  }
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) {
    throw new ValidationError(`--threshold must be a number in (0, 1], got "${value}"`);
  }
  return n;
}

async function open(options: StoreOptions): Promise<IncidentMemory> {
  const threshold = parseThreshold(options.threshold);
  const { memory } = await openLocalIncidentMemory({
    dir: options.store,
    ...(threshold !== undefined ? { threshold } : {}),
  });
  return memory;
}

/** A one-line progress bar: `[#####.....] 50% 50000/100000 1234/s`. */
export function progressBar(done: number, total: number, elapsedMs: number, width = 30): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  const rate = elapsedMs > 0 ? Math.round((done / elapsedMs) * 1000) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total} ${rate}/s`;
}

/**
 * `sre-agent memory import|recall|list|forget`: incident memory on the local store. Import takes
 * past incidents in the memory-dev format; recall answers one JSON line per query.
 */
export function registerMemoryCommand(
  memory: Command,
  io: CliIo,
  env: { stderr?: ProgressSink; now?: () => number } = {},
): void {
  const stderr = env.stderr ?? process.stderr;
  const now = env.now ?? (() => performance.now());
  const withStore = (command: Command) =>
    command.option('--store <dir>', 'the local memory store', DEFAULT_MEMORY_STORE);

  withStore(memory.command('import'))
    .description(
      'import past incidents, one JSON object a line: {id, cluster, namespace, workload, signal, log, diagnosis, fix}',
    )
    .argument('<file>', 'a .jsonl file of resolved incidents')
    .option('--progress', 'draw a progress bar on stderr even when it is not a terminal')
    .option('--skip-invalid', 'import the good lines and report the bad ones instead of refusing the file')
    .option('--json', 'print the summary as JSON')
    .action(
      async (
        file: string,
        options: StoreOptions & { progress?: boolean; skipInvalid?: boolean; json?: boolean },
      ) => {
        const { values, problems } = parseJsonl(await readText(file), PastIncidentSchema);
        if (problems.length > 0 && !options.skipInvalid) throw jsonlError(file, problems);
        for (const p of problems) io.err(`skipped ${file}:${p.line}: ${p.message}`);
        const mem = await open(options);
        const draw = options.progress || stderr.isTTY === true;
        const started = now();
        let lastDraw = -Infinity;
        const imported = await mem.rememberMany(
          values.map((v) => pastIncidentToRecord(v.value)),
          (done, total) => {
            const t = now();
            if (!draw || (done < total && t - lastDraw < 100)) return;
            lastDraw = t;
            stderr.write(`\r${progressBar(done, total, t - started)}${done === total ? '\n' : ''}`);
          },
        );
        const summary = { imported, skipped: problems.length, store: options.store };
        io.out(
          options.json
            ? JSON.stringify(summary)
            : `imported ${imported} incident${imported === 1 ? '' : 's'} into ${options.store}${problems.length ? ` (${problems.length} bad lines skipped)` : ''}`,
        );
      },
    );

  withStore(memory.command('recall'))
    .description('find past incidents that show the same problem as new ones')
    .requiredOption(
      '--batch <file>',
      'queries, one JSON object a line: {qid, namespace, workload, signal, log}',
    )
    .option('--json', 'one JSON line per query: {qid, match: {id, score, fix} | null}')
    .option('--threshold <score>', 'override the recall threshold (0-1)')
    .action(async (options: StoreOptions & { batch: string; json?: boolean }) => {
      const { values, problems } = parseJsonl(await readText(options.batch), RecallBatchLineSchema);
      if (problems.length > 0) throw jsonlError(options.batch, problems);
      const mem = await open(options);
      for (const { value: query } of values) {
        // One event-loop turn per query, so a long batch leaves room for timers and GC.
        await new Promise((resolve) => setImmediate(resolve));
        const [top] = await mem.recall(query);
        const match = top ? { id: top.id, score: top.score, fix: top.description } : null;
        if (options.json) io.out(JSON.stringify({ qid: query.qid, match }));
        else if (top) {
          io.out(
            `${query.qid}: ${top.id} (score ${top.score}, seen ${top.at.slice(0, 10)}, worked ${top.succeeded}× failed ${top.failed}×) ${top.description}`,
          );
        } else io.out(`${query.qid}: no match`);
      }
    });

  withStore(memory.command('list'))
    .description('list remembered incidents, most recent first')
    .option('--cluster <name>', 'only this cluster')
    .option('--json', 'one JSON object per entry')
    .action(async (options: StoreOptions & { cluster?: string; json?: boolean }) => {
      const mem = await open(options);
      const entries = await mem.list(options.cluster ? { cluster: options.cluster } : {});
      for (const e of entries) {
        if (options.json) {
          const { support: _support, identity: _identity, ...shown } = e;
          io.out(JSON.stringify(shown));
        } else {
          io.out(
            `${e.id}  ${e.lastSeen.slice(0, 10)}  ${e.cluster}/${e.namespace}/${e.workload}  ${e.signal}  ok ${e.outcomes.succeeded} failed ${e.outcomes.failed}  ${e.description}`,
          );
        }
      }
      if (!options.json && entries.length === 0) io.out(`no incidents remembered in ${options.store}`);
    });

  withStore(memory.command('calibrate'))
    .description(
      'check the recall threshold on the stored corpus: distinct problems against each other, each against truncated copies of itself',
    )
    .option('--json', 'print the figures as JSON')
    .action(async (options: StoreOptions & { json?: boolean }) => {
      const mem = await open(options);
      const calibration = calibrateThreshold(await mem.entries());
      if (options.json) {
        io.out(JSON.stringify({ threshold: mem.threshold, ...calibration }));
        return;
      }
      io.out(`threshold in use ${mem.threshold}`);
      io.out(
        `distinct problems: best match max ${calibration.different.max.toFixed(3)}, p95 ${calibration.different.p95.toFixed(3)} (${calibration.different.pairs} entries)`,
      );
      io.out(
        `truncated recurrences: min ${calibration.same.min.toFixed(3)}, p05 ${calibration.same.p05.toFixed(3)} (${calibration.same.pairs} copies)`,
      );
      io.out(`suggested threshold ${calibration.suggested} (apply with recall --threshold)`);
    });

  withStore(memory.command('forget'))
    .description('delete a remembered incident')
    .argument('<id>', 'the entry id, as `memory list` shows it')
    .action(async (id: string, options: StoreOptions) => {
      const mem = await open(options);
      if (!(await mem.forget(id))) throw new NotFoundError(`no memory entry ${id} in ${options.store}`);
      io.out(`forgot ${id}`);
    });
}
