/** Bounds on untrusted text kept in evidence: line length, log tails, byte budgets. */
import { normaliseLogLine } from '../log-line.ts';
import type { LogTail } from './schema.ts';

/** Longest line kept in evidence; longer ones keep their head and tail around a marker. */
export const MAX_EVIDENCE_LINE_CHARS = 2048;

/** Shortens every line longer than `max` to its head and tail, e.g. `{"level":…[+48211 chars]…"}`. */
export function capLine(line: string, max = MAX_EVIDENCE_LINE_CHARS): string {
  if (line.length <= max) return line;
  const tail = Math.floor(max / 4);
  const head = max - tail - 32;
  return `${line.slice(0, head)}…[+${line.length - head - tail} chars]…${line.slice(line.length - tail)}`;
}

/**
 * U+FFFD left by a multi-byte character cut in two. The trailing one starts only where a run
 * starts: `\uFFFD+$` retried from every character of a long run of them (undecodable bytes).
 */
export const LEADING_REPLACEMENT_CHARS = /^\uFFFD+/;
export const TRAILING_REPLACEMENT_CHARS = /(?<!\uFFFD)\uFFFD+$/;

/**
 * Shortens an overlong log line for evidence. A structured record (a multi-KB JSON line with a stack
 * trace, a logfmt line) is rewritten as a short JSON record of what a human reads in it (level,
 * message and error, the first stack lines that fit), so the message is not lost in the cut; any
 * other line keeps its head and tail ({@link capLine}).
 */
export function capLogLine(line: string, max = MAX_EVIDENCE_LINE_CHARS): string {
  if (line.length <= max) return line;
  const read = normaliseLogLine(line);
  if (!read.structured) return capLine(line, max);
  const [first = '', ...stack] = read.lines;
  const msg = first.length > max / 2 ? first.slice(0, max / 2) : first;
  const level = read.level ? { level: read.level } : {};
  // Frames are added while the record fits: each adds its escaped length and an escaped `\n`.
  let length = JSON.stringify({ ...level, msg, stack: '' }).length;
  let kept = 0;
  for (const frame of stack) {
    length += JSON.stringify(frame).length - 2 + (kept > 0 ? 2 : 0);
    if (length > max) break;
    kept++;
  }
  const out =
    kept > 0
      ? JSON.stringify({ ...level, msg, stack: stack.slice(0, kept).join('\n') })
      : JSON.stringify({ ...level, msg });
  return out.length <= max ? out : capLine(out, max);
}

/** Keeps the last `maxLines` lines and at most `maxBytes` bytes (UTF-8) of a log, cutting at a line start. */
export function boundLog(container: string, text: string, maxLines: number, maxBytes: number): LogTail {
  let lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let truncated = lines.some((l) => l.length > MAX_EVIDENCE_LINE_CHARS);
  if (truncated) lines = lines.map((l) => capLogLine(l));
  if (lines.length > maxLines) {
    lines = lines.slice(-maxLines);
    truncated = true;
  }
  let joined = lines.join('\n');
  if (Buffer.byteLength(joined, 'utf8') > maxBytes) {
    truncated = true;
    const buf = Buffer.from(joined, 'utf8');
    let cut = buf.subarray(buf.length - maxBytes).toString('utf8');
    // Drop a partial first line (and a possibly split multi-byte character) so that every line is whole.
    const nl = cut.indexOf('\n');
    cut = nl >= 0 ? cut.slice(nl + 1) : cut.replace(LEADING_REPLACEMENT_CHARS, '');
    joined = cut;
  }
  const count = joined === '' ? 0 : joined.split('\n').length;
  return { container, text: joined, lines: count, truncated };
}

/** Keeps the first `maxLines` lines and at most `maxBytes` bytes (UTF-8) of a log's head, whole lines only. */
export function boundHead(text: string, maxLines: number, maxBytes: number): string {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  let bytes = 0;
  for (const line of lines.slice(0, maxLines)) {
    const capped = capLogLine(line);
    bytes += Buffer.byteLength(capped, 'utf8') + 1;
    if (bytes > maxBytes) break;
    out.push(capped);
  }
  return out.join('\n');
}

export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  return `${Buffer.from(text, 'utf8')
    .subarray(0, maxBytes - 3)
    .toString('utf8')
    .replace(TRAILING_REPLACEMENT_CHARS, '')}…`;
}

export function tailChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const nl = cut.indexOf('\n');
  return `…\n${nl >= 0 ? cut.slice(nl + 1) : cut}`;
}
