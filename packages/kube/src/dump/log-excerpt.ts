import type { ContainerLog } from './pod-logs.ts';

/** Words that mark a line as an error report, matched by substring on the lower-cased line. */
const ERROR_WORDS = [
  'error',
  'fatal',
  'panic',
  'exception',
  'fail',
  'refused',
  'denied',
  'cannot',
  'unable to',
  'timed out',
  'timeout',
  'traceback',
  'no such',
  'not found',
  'killed',
  'invalid',
  'unauthorized',
  'forbidden',
];

/** Lines of errors kept from before the tail at most: the first ones are usually the cause. */
const FIRST_ERRORS = 12;

export function isErrorLine(line: string): boolean {
  const lower = line.slice(0, 2048).toLowerCase();
  return ERROR_WORDS.some((word) => lower.includes(word));
}

/** The whole log when the head and tail together hold it. */
function wholeLog(log: ContainerLog): string[] | undefined {
  if (log.skipped) return undefined;
  if (log.lines <= log.head.length) return log.head;
  return [...log.head, ...log.tail.slice(log.head.length + log.tail.length - log.lines)];
}

/**
 * What a dump reader answers for a log tail request (`tailLines`, `limitBytes`): the last lines,
 * and, when the log is longer than that, its first error lines before them and a line saying how
 * much was left out, all within the same bounds. A whole log is at hand in a dump, and the first
 * error of an instance is more often the cause than the last lines.
 */
export function logExcerpt(log: ContainerLog, tailLines?: number, limitBytes?: number): string {
  const maxLines = tailLines !== undefined && tailLines > 0 ? tailLines : Number.POSITIVE_INFINITY;
  const maxBytes = limitBytes !== undefined && limitBytes > 0 ? limitBytes : Number.POSITIVE_INFINITY;
  const whole = wholeLog(log);
  const all = whole ?? log.tail;
  const bytes = (lines: readonly string[]) => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  if (whole && whole.length <= maxLines && bytes(whole) <= maxBytes) return whole.join('\n');

  // Budget a quarter of the room to the first errors; the tail gets the rest.
  const errorLines = Math.min(FIRST_ERRORS, Math.floor(Math.min(maxLines, 400) / 4));
  const errorBytes = Math.floor(Math.min(maxBytes, 1024 * 1024) / 4);
  let tailCount = Math.min(all.length, maxLines);
  const before = whole ? whole.slice(0, whole.length - tailCount) : log.head;
  const firstErrors: string[] = [];
  let used = 0;
  for (const line of before) {
    if (firstErrors.length >= errorLines) break;
    if (!isErrorLine(line)) continue;
    const size = Buffer.byteLength(line) + 1;
    if (used + size > errorBytes) break;
    firstErrors.push(line);
    used += size;
  }
  const prefix = firstErrors.length
    ? [...firstErrors, `… [${log.lines - firstErrors.length} more lines; the last ones follow] …`]
    : [];
  tailCount = Math.max(1, Math.min(tailCount, maxLines - prefix.length));
  let tail = all.slice(all.length - tailCount);
  let total = bytes(prefix) + bytes(tail);
  let drop = 0;
  while (total > maxBytes && drop < tail.length - 1) {
    total -= Buffer.byteLength(tail[drop] ?? '') + 1;
    drop++;
  }
  tail = tail.slice(drop);
  return [...(total > maxBytes ? [] : prefix), ...tail].join('\n');
}
