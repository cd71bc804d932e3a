/**
 * A runtime that sized its thread pool from the node's CPUs instead of its own CPU limit: a Go
 * program printing `GOMAXPROCS=64` (or `"gomaxprocs":64`) while its container may use one core.
 * Sixty-four threads then share one core's CFS quota: the quota runs out early in every period,
 * the whole process stalls until the next one, and latency and probe timeouts follow. A restart
 * starts the same way and more replicas each throttle alike; the runtime setting is the fix
 * (`GOMAXPROCS`, `go.uber.org/automaxprocs`; Go 1.25 reads the limit itself). Token scans, no regex.
 */
import { parseQuantity } from '../../actions/quantity.ts';
import { normaliseLogLine } from '../log-line.ts';
import { digitsEnd } from '../text-scan.ts';
import { QUOTED_REQUEST } from './log-responses.ts';

/** Threads at least this many times the limit's cores (rounded up) are oversubscription. */
const OVERSUBSCRIBED_FACTOR = 4;
const MAX_SCAN_CHARS = 2048;
const KEY = 'gomaxprocs';

export type CpuOversubscription = { threads: number; limitCores: string; line: string };

/**
 * The thread count a log line reports for the Go scheduler (`GOMAXPROCS=64`, `"gomaxprocs":64`,
 * `gomaxprocs: 64`), when it is at least four times the CPU limit's cores; undefined otherwise.
 */
export function cpuOversubscription(
  line: string,
  cpuLimit: string | undefined,
): CpuOversubscription | undefined {
  if (!cpuLimit) return undefined;
  const bounded = line.length > MAX_SCAN_CHARS ? line.slice(0, MAX_SCAN_CHARS) : line;
  // A request line is a client's words (a user agent, a query string), not the runtime's report.
  if (QUOTED_REQUEST.test(bounded)) return undefined;
  const text = bounded.toLowerCase();
  const threads = threadsAfter(text, text.indexOf(KEY));
  if (threads === undefined || !outnumbersCores(threads, cpuLimit)) return undefined;
  // A record is quoted by its message, not its JSON.
  const quoted = normaliseLogLine(line).lines[0] ?? line;
  return { threads, limitCores: cpuLimit, line: quoted.length > 200 ? `${quoted.slice(0, 200)}…` : quoted };
}

/**
 * Whether `count` threads or processes are at least four times the cores of a CPU limit (rounded
 * up): what a runtime or server sized from the node's CPUs runs on a limit of a few. False when the
 * limit is unset or unreadable.
 */
export function outnumbersCores(count: number, cpuLimit: string | undefined): boolean {
  const cores = cpuLimit ? parseQuantity(cpuLimit) : undefined;
  if (cores === undefined || cores <= 0) return false;
  return count >= OVERSUBSCRIBED_FACTOR * Math.ceil(cores);
}

/** The number right after the key and its separator (`=`, `:`, `":`, spaces); undefined when none. */
function threadsAfter(text: string, at: number): number | undefined {
  if (at < 0) return undefined;
  let i = at + KEY.length;
  let separators = 0;
  while (
    i < text.length &&
    separators < 4 &&
    (text[i] === '"' || text[i] === ':' || text[i] === '=' || text[i] === ' ')
  ) {
    i++;
    separators++;
  }
  if (separators === 0) return undefined;
  const end = digitsEnd(text, i, 5);
  return end > i ? Number(text.slice(i, end)) : undefined;
}

/** The finding in words, as the catalog matcher and the human read it. */
export function describeCpuOversubscription(o: CpuOversubscription): string {
  return `the Go scheduler runs ${o.threads} threads (GOMAXPROCS) on a CPU limit of ${o.limitCores}; the log: ${o.line}`;
}
