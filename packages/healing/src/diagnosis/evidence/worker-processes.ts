/**
 * How many worker processes a server started, from what it prints as it starts them: nginx's
 * `start worker process 31`, PM2's `App [api:7] online`, gunicorn's `Booting worker with pid`,
 * Puma's `Worker 3 (PID: 41) booted`, uWSGI's `spawned uWSGI worker 5`, and PyTorch's DataLoader
 * warning `will create 96 worker processes in total`, or a pool's stated size (`starting scoring pool:
 * processes=64`, Celery's `concurrency: 48 (prefork)`). Sized "auto" (`worker_processes auto`,
 * `pm2 -i max`, `--workers=auto`, `os.cpu_count()`), the count follows the node's CPUs rather than
 * the container's CPU limit, and every worker needs its own memory. Literal scans of bounded lines.
 */
import { digitsEnd, isFieldKeyCode } from '../text-scan.ts';
import { outnumbersCores } from './cpu-oversubscription.ts';
import { QUOTED_REQUEST } from './log-responses.ts';

export type WorkerProcesses = { count: number; line: string };

/** Lines read from the start of the log: workers start as the server does. */
const HEAD_LINES = 400;
const MAX_LINE = 1024;
/** Fewest workers that count as too many, however small the limit (four times its cores, too). */
const MIN_WORKERS = 8;

/** One line per started worker (counted), by the words that say so. */
const ONE_PER_WORKER: readonly (readonly [string, string])[] = [
  ['start worker process ', ''],
  ['Booting worker with pid', ''],
  ['spawned uWSGI worker ', ''],
  ['PM2 log: App [', '] online'],
  ['- Worker ', ') booted'],
];
/** A line that states the total, the number right after the words. */
const TOTAL_AFTER = 'will create ';
const TOTAL_UNIT = ' worker processes';
/** A process pool that states its size as Python's `multiprocessing.Pool(processes=...)` names it. */
const POOL_SIZE = 'processes=';
/** Celery's start-up banner: `.> concurrency: 48 (prefork)`, a child process each. */
const PREFORK = 'concurrency: ';
const PREFORK_UNIT = ' (prefork)';

/** The worker processes the log's lines show started, or undefined when they show none. */
export function workerProcesses(lines: readonly string[]): WorkerProcesses | undefined {
  let counted = 0;
  let first = '';
  for (const raw of lines.slice(0, HEAD_LINES)) {
    const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    const stated = countBetween(line, TOTAL_AFTER, TOTAL_UNIT) ?? countBetween(line, PREFORK, PREFORK_UNIT);
    if (stated !== undefined) return { count: stated, line: line.trim().slice(0, 200) };
    const pool = line.indexOf(POOL_SIZE);
    // The pool's own line: `processes=` as a word of its own (not `max_processes=` of a connection
    // pool), never a request a client sent (`GET /api/pool?processes=96`).
    const ownWord =
      pool > 0 &&
      !isFieldKeyCode(line.charCodeAt(pool - 1)) &&
      line[pool - 1] !== '?' &&
      line[pool - 1] !== '&';
    if (ownWord && line.toLowerCase().includes('pool') && !QUOTED_REQUEST.test(line)) {
      const from = pool + POOL_SIZE.length;
      const end = digitsEnd(line, from, 6);
      if (end > from) return { count: Number(line.slice(from, end)), line: line.trim().slice(0, 200) };
    }
    const field = workerCountField(line);
    if (field !== undefined) return { count: field, line: line.trim().slice(0, 200) };
    if (ONE_PER_WORKER.some(([a, b]) => line.includes(a) && (!b || line.includes(b)))) {
      counted++;
      if (!first) first = line.trim().slice(0, 200);
    }
  }
  return counted > 0 ? { count: counted, line: first } : undefined;
}

/** Field names (lower-case, without `_`, `-` or `.`) that give a pool's count of workers. */
const WORKER_COUNT_KEYS: readonly string[] = [
  'workers',
  'maxworkers',
  'numworkers',
  'nworkers',
  'workercount',
  'workerprocesses',
  'poolworkers',
];

/**
 * A pool's count of workers given as a field on the line that creates it (`"maxWorkers":63` beside
 * `creating worker pool`, PyTorch's `DataLoader(..., num_workers=96)`): a JSON or logfmt key by its
 * bare name, on a line that speaks of a pool (`num_workers` anywhere), never a request a client sent.
 */
function workerCountField(line: string): number | undefined {
  const lower = line.toLowerCase();
  if (QUOTED_REQUEST.test(line)) return undefined;
  // `num_workers` names worker processes wherever it stands (a DataLoader, a multiprocessing pool);
  // a bare `workers` count only on a line about a pool.
  const pool = lower.includes('pool');
  for (let at = line.indexOf('orkers'); at > 0; at = line.indexOf('orkers', at + 1)) {
    let start = at;
    while (start > 0 && isFieldKeyCode(line.charCodeAt(start - 1))) start--;
    let end = at + 6;
    while (end < line.length && isFieldKeyCode(line.charCodeAt(end))) end++;
    const bare = lower.slice(start, end).replaceAll('_', '').replaceAll('-', '').replaceAll('.', '');
    if (!WORKER_COUNT_KEYS.includes(bare) || line[start - 1] === '?' || line[start - 1] === '&') continue;
    if (!pool && bare !== 'numworkers') continue;
    // `"maxWorkers":63`, `"workers": 8`, `num_workers=48`.
    let from = end;
    if (line[from] === '"') from++;
    if (line[from] !== ':' && line[from] !== '=') continue;
    from++;
    if (line[from] === ' ') from++;
    const digits = digitsEnd(line, from, 6);
    if (digits > from) return Number(line.slice(from, digits));
  }
  return undefined;
}

/** The number written right between `before` and `after` (`will create 96 worker processes`), if any. */
function countBetween(line: string, before: string, after: string): number | undefined {
  const at = line.indexOf(before);
  if (at < 0 || !line.includes(after)) return undefined;
  const from = at + before.length;
  const end = digitsEnd(line, from, 6);
  return end > from && line.startsWith(after, end) ? Number(line.slice(from, end)) : undefined;
}

/** Whether the workers far outnumber the cores of the CPU limit (which must be set). */
export function outnumbersCpuLimit(workers: WorkerProcesses, cpuLimit: string | undefined): boolean {
  return workers.count >= MIN_WORKERS && outnumbersCores(workers.count, cpuLimit);
}
