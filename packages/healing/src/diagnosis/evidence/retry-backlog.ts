/**
 * A process that ran out of memory while it kept failing to hand its work on: the end of its log
 * is mostly retries of a downstream that refuses, throttles or times out (`insert failed, retrying
 * ... Too many parts`, `Retrying after response. reason=too many requests`, `delivery failed ...
 * retry in 5s`). What fills its memory is the work waiting (a buffer, a queue, retries in flight),
 * and a bigger limit only holds more of it. Literal word scans of bounded lines, no regex.
 */

/** Lines read from the end of the killed instance's log. */
const TAIL_LINES = 200;
const MAX_LINE = 1024;
/** Retry lines needed, and their least share of the lines read. */
const MIN_RETRIES = 8;
const MIN_SHARE = 0.3;

const RETRY_WORDS = ['retry', 'retrying', 'requeue', 'backing off', 'backoff'] as const;
const FAILING_WORDS = [
  'fail',
  'error',
  'timed out',
  'timeout',
  'rejected',
  'too many',
  'refused',
  'unavailable',
  'throttl',
  ' 429',
  ' 503',
] as const;

export type RetryBacklog = { retries: number; line: string };

/** The retries of a failing downstream that fill the end of a log, or undefined when they do not. */
export function retryBacklog(lines: readonly string[]): RetryBacklog | undefined {
  const tail = lines.slice(-TAIL_LINES).filter((line) => line.trim().length > 0);
  let retries = 0;
  let first = '';
  for (const raw of tail) {
    const lower = (raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw).toLowerCase();
    if (!RETRY_WORDS.some((w) => lower.includes(w)) || !FAILING_WORDS.some((w) => lower.includes(w)))
      continue;
    retries++;
    if (!first) first = raw.trim().slice(0, 200);
  }
  return retries >= MIN_RETRIES && retries >= MIN_SHARE * tail.length ? { retries, line: first } : undefined;
}
