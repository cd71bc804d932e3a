/** Bounds on untrusted text kept in evidence: line length, log tails, byte budgets. */
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

/** Keeps the last `maxLines` lines and at most `maxBytes` bytes (UTF-8) of a log, cutting at a line start. */
export function boundLog(container: string, text: string, maxLines: number, maxBytes: number): LogTail {
  let lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let truncated = lines.some((l) => l.length > MAX_EVIDENCE_LINE_CHARS);
  if (truncated) lines = lines.map((l) => capLine(l));
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
