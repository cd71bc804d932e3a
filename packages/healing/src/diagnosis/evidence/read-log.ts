/**
 * Reading one container instance's log through `pods/log` so that the newest lines are seen. The API
 * server applies `tailLines` first and then returns the *first* `limitBytes` of those lines: when the
 * tail is larger than the byte limit, the answer is its oldest part and the newest errors are lost.
 * So a cut answer is read again with fewer lines, sized from what the first answer held; and when
 * the tail does not reach back to the start of the instance, its first bytes are read too (without
 * `tailLines`, `limitBytes` gives the head of the log): the start-up error buried under the cascade.
 */
import type { LogOptions } from '@sre-agent/kube';

export type LogRead = (options: Pick<LogOptions, 'tailLines' | 'limitBytes'>) => Promise<string | undefined>;

export type LogReadLimits = {
  /** Lines asked for. */
  lines: number;
  /** Bytes asked for per read (before lines are capped). */
  readBytes: number;
  /** Bytes of the instance's head read when the tail does not reach it (0: never). */
  headBytes: number;
};

/** How many reads a cut answer may take before the complete lines read so far are used. */
const MAX_TAIL_READS = 3;
/** A re-read asks for this share of the complete lines the cut answer held (lines vary in size). */
const SHRINK = 0.8;

/**
 * The newest lines of the log (`tail`), and its first bytes (`head`) when the tail does not reach
 * them; both end at a whole line. `undefined` when the log does not exist.
 */
export async function readNewestLog(
  read: LogRead,
  limits: LogReadLimits,
): Promise<{ tail: string; head?: string } | undefined> {
  let tailLines = Math.max(1, limits.lines);
  let text = await read({ tailLines, limitBytes: limits.readBytes });
  if (text === undefined) return undefined;
  let cut = byteLength(text) >= limits.readBytes;
  const firstCut = cut ? wholeLines(text) : undefined;
  for (let reads = 1; cut && reads < MAX_TAIL_READS; reads++) {
    const complete = lineCount(wholeLines(text));
    const next = Math.max(1, Math.floor(Math.min(complete, tailLines - 1) * SHRINK));
    if (next >= tailLines) break;
    tailLines = next;
    const again = await read({ tailLines, limitBytes: limits.readBytes });
    if (again === undefined) break;
    text = again;
    cut = byteLength(text) >= limits.readBytes;
  }
  const tail = cut ? wholeLines(text) : text;
  // The whole instance log was read when the first answer was neither cut nor full.
  const reachedStart = firstCut === undefined && lineCount(text) < limits.lines;
  if (reachedStart || limits.headBytes <= 0) return { tail };
  // The oldest part of a cut tail window is older than the newest lines: keep its errors too.
  const older = firstCut !== undefined ? withoutOverlap(firstCut, tail) : '';
  const headText = await read({ limitBytes: limits.headBytes });
  const head =
    headText === undefined ? '' : withoutOverlap(headOf(headText, limits.headBytes), older || tail);
  const joined = [head, older].filter((t) => t !== '').join('\n');
  return joined ? { tail, head: joined } : { tail };
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Drops a partial last line (an answer cut by `limitBytes`). */
function wholeLines(text: string): string {
  const nl = text.lastIndexOf('\n');
  return nl >= 0 ? text.slice(0, nl + 1) : '';
}

function headOf(text: string, limit: number): string {
  return byteLength(text) >= limit ? wholeLines(text) : text;
}

function lineCount(text: string): number {
  if (text === '') return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) n++;
  return text.endsWith('\n') ? n : n + 1;
}

/** The lines of `head` before the first line of `tail` (when the two overlap), else all of `head`. */
function withoutOverlap(head: string, tail: string): string {
  const firstTailLine = tail.slice(0, tail.indexOf('\n') >= 0 ? tail.indexOf('\n') : tail.length);
  const lines = head.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (firstTailLine === '') return lines.join('\n');
  const at = lines.indexOf(firstTailLine);
  return (at >= 0 ? lines.slice(0, at) : lines).join('\n');
}
