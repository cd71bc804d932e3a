/**
 * One unit of work far larger than every one before it, just before the process ran out of memory:
 * a field that sizes the work (`size=`, `data_length=`, `rows=`, `messages=`) reads ten times or
 * more its largest earlier value on one of the last lines of the killed instance (`size=3.1 GiB`
 * after files of 78 to 102 MiB; `data_length=1931224415` after results of 240 KB). The input, not
 * the limit, is what changed, and a bigger limit only lets a bigger one through. Character scans of
 * bounded lines, no regex.
 */
import { BYTE_UNITS } from '../byte-sizes.ts';
import { decimalEnd, isFieldKeyCode, isLetterCode } from '../text-scan.ts';

/** Lines read from the end of the killed instance's log; the last of them may hold the outlier. */
const READ_LINES = 400;
const LAST_LINES = 10;
const MAX_LINE = 1024;
/** Earlier values of the field needed, and how many times their largest the outlier must be. */
const MIN_EARLIER = 3;
const OUTLIER_FACTOR = 10;
/** A unit this small (`items=40` after `items=2`) is no input that fills a container. */
const MIN_OUTLIER = 1000;

/** Words of a field's name that size the work a unit brings. */
const SIZE_WORDS = [
  'size',
  'length',
  'bytes',
  'rows',
  'records',
  'messages',
  'items',
  'entries',
  'chars',
  'characters',
  'pages',
] as const;
/** Parts of a field's name (split at `_`, `.`, `-`) that measure the process, a bound or time, not the work. */
const NOT_WORK = [
  'rss',
  'heap',
  'mem',
  'memory',
  'pool',
  'cache',
  'buffer',
  'time',
  'ms',
  'dur',
  'duration',
  'latency',
  'elapsed',
  'max',
  'limit',
] as const;

const keyParts = (key: string) => key.replaceAll('.', '_').replaceAll('-', '_').split('_', 8);

export type OversizedInput = { field: string; value: string; largestBefore: string };

type Reading = { key: string; value: number; text: string };

/**
 * `key=value` and JSON `"key": value` fields of a line whose value is a number, with an optional size
 * unit (`size=3.1 GiB`, `"chars": 61204337`).
 */
function sizeFields(line: string): Reading[] {
  const text = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
  const out: Reading[] = [];
  for (let at = 0; at < text.length && out.length < 16; at++) {
    const c = text[at];
    // A JSON key ends with a quote before its colon; a bare colon is a time or a port.
    const json = c === ':' && text[at - 1] === '"';
    if (c !== '=' && !json) continue;
    const keyEnd = json ? at - 1 : at;
    let start = keyEnd;
    while (start > 0 && keyEnd - start < 40 && isFieldKeyCode(text.charCodeAt(start - 1))) start--;
    const key = text.slice(start, keyEnd).toLowerCase();
    if (
      !SIZE_WORDS.some((w) => key.includes(w)) ||
      keyParts(key).some((p) => (NOT_WORK as readonly string[]).includes(p))
    )
      continue;
    let from = at + 1;
    if (json && text[from] === ' ') from++;
    const end = decimalEnd(text, from);
    if (end === from) continue;
    const number = Number(text.slice(from, end));
    let unitFrom = end;
    if (text[unitFrom] === ' ') unitFrom++;
    let to = unitFrom;
    while (to < text.length && to - unitFrom < 4 && isLetterCode(text.charCodeAt(to))) to++;
    const factor = BYTE_UNITS[text.slice(unitFrom, to).toLowerCase()];
    const value = number * (factor !== undefined && to > unitFrom ? factor : 1);
    if (Number.isFinite(value))
      out.push({ key, value, text: text.slice(from, factor !== undefined ? to : end).trim() });
  }
  return out;
}

/** The last lines' unit of work that dwarfs every earlier one of its field, or undefined. */
export function oversizedInput(lines: readonly string[]): OversizedInput | undefined {
  const read = lines.slice(-READ_LINES).map(sizeFields);
  const lastFrom = Math.max(0, read.length - LAST_LINES);
  for (let i = read.length - 1; i >= lastFrom; i--) {
    for (const field of read[i] as Reading[]) {
      const earlier = read
        .slice(0, i)
        .flat()
        .filter((r) => r.key === field.key);
      if (earlier.length < MIN_EARLIER) continue;
      const largest = earlier.reduce((a, b) => (b.value > a.value ? b : a));
      if (largest.value > 0 && field.value >= MIN_OUTLIER && field.value >= OUTLIER_FACTOR * largest.value) {
        return { field: field.key, value: field.text, largestBefore: largest.text };
      }
    }
  }
  return undefined;
}
