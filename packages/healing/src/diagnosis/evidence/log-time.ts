import { isErrorLevel, type NormalisedLine, normaliseLogLine } from '../log-line.ts';
import type { LogTail } from './schema.ts';

/**
 * A date and time of day as logs print them (ISO 8601 and its space-separated form, with an
 * optional fraction and zone): fixed-width fields, one pass.
 */
export const LOG_DATE_TIME =
  /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?/;

/**
 * C's `ctime` form (`Wed Feb 11 07:40:41 2026`), as daemons that print their own stamps write it
 * (ClamAV, Squid, Apache's error log in brackets): fixed words and fields, one pass.
 */
export const CTIME_DATE_TIME =
  /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))? (\d{4})/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Enough for the longest date and time (fraction and zone included) a line starts with. */
const TIMESTAMP_WINDOW = 40;

/** Level words some formats print before the date (`INFO       2026-02-11 05:40:00,113 ...`). */
const LEADING_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN', 'WARNING', 'ERROR', 'CRITICAL', 'FATAL'];

/** Where the text goes on after a level word and its padding, or 0 when it does not open with one. */
function afterLeadingLevel(text: string): number {
  const bracket = text.startsWith('[') ? 1 : 0;
  const level = LEADING_LEVELS.find((l) => text.startsWith(l, bracket));
  if (!level) return 0;
  let at = bracket + level.length;
  if (bracket && text[at] === ']') at++;
  if (text[at] !== ' ') return 0;
  while (at < text.length && at < 24 && text[at] === ' ') at++;
  return at;
}

/**
 * A date at the very start of a text (after an optional `[` or `"`, or a level word some formats
 * print first), never one inside a message.
 */
function dateAtStart(raw: string): Date | undefined {
  const text = raw.slice(afterLeadingLevel(raw));
  const offset = text.startsWith('[') || text.startsWith('"') ? 1 : 0;
  const window = text.slice(offset, offset + TIMESTAMP_WINDOW);
  const c = CTIME_DATE_TIME.exec(window);
  if (c?.index === 0) {
    const [, month, d, h, mi, s, fraction, y] = c.map((v) => v ?? '');
    const mo = String(MONTHS.indexOf(month ?? '') + 1);
    return utcDate([y, mo, d, h, mi, s, fraction, '']);
  }
  const m = LOG_DATE_TIME.exec(window);
  if (m?.index !== 0) return undefined;
  return utcDate(m.slice(1).map((v) => v ?? ''));
}

/** Year, month, day, hour, minute, second, fraction and zone as printed; undefined for an impossible date. */
function utcDate([y, mo, d, h, mi, s, fraction, zone]: readonly (string | undefined)[]): Date | undefined {
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)];
  const [year, month, day, hour, minute, second] = fields as [number, number, number, number, number, number];
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  // An impossible date (Feb 31, 25:61) rolls over in Date.UTC: refuse it instead.
  const roundTrips =
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    utc.getUTCHours() === hour &&
    utc.getUTCMinutes() === minute &&
    utc.getUTCSeconds() === second;
  if (!roundTrips) return undefined;
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  }
  return new Date(utc.getTime() - offsetMinutes * 60_000);
}

/** Epoch seconds or milliseconds, as JSON loggers (zap, pino) write them. */
function epochTime(value: number): Date | undefined {
  if (value <= 0) return undefined;
  const at = new Date(value > 1e11 ? value : value * 1000);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/**
 * The time a raw log line says it was written: a structured record's own time field (JSON,
 * logfmt, as `normaliseLogLine` reads it), or a date that starts a plain line (no zone: UTC). A
 * date inside a message (`token issued 2026-03-02T09:59:00Z rejected`) is text, not the line's time.
 */
export function loggedAt(raw: string, read: NormalisedLine = normaliseLogLine(raw)): Date | undefined {
  if (read.structured) {
    if (typeof read.time === 'number') return epochTime(read.time);
    return read.time === undefined ? undefined : dateAtStart(read.time);
  }
  return dateAtStart(raw.trimStart());
}

/** When a running instance's failure began, as far as its own log can tell. */
export type LoggedFailure = {
  /** When it began: see {@link loggedFailure}. */
  firstFailureAt?: string;
  /**
   * When that cannot be told from a cut log: the earliest error it still shows. The failure began
   * by then, at a time the log does not say.
   */
  failingBy?: string;
};

/**
 * When the instance first logged an error, read from the log itself: the timestamp of its first
 * dated line at error level, within `[from, to]` (the pod's life).
 * - A log read whole back to the instance's start: its first error.
 * - A cut log: the first error of its head (the instance's first lines), else the first error of its
 *   tail when lines logged without error come before it. Whatever was cut in between, the service ran
 *   without errors until then: the failure as it shows now began there.
 * Otherwise an error older than the tail may sit in what was cut: only `failingBy` is known.
 * One pass over the head and one over the tail.
 */
export function loggedFailure(tail: LogTail | undefined, from: Date, to: Date): LoggedFailure {
  if (!tail) return {};
  const within = (at: Date | undefined) => (at && at >= from && at <= to ? at.toISOString() : undefined);
  const head = tail.head ? firstError(tail.head) : undefined;
  if (head) return { firstFailureAt: within(head.at) };
  const inTail = firstError(tail.text);
  if (!inTail) return {};
  const whole = !tail.truncated && !tail.head;
  if (whole || inTail.afterHealthy) return { firstFailureAt: within(inTail.at) };
  const failingBy = within(inTail.at);
  return failingBy ? { failingBy } : {};
}

/** The first dated error line of a text, and whether a dated line without error came before it. */
function firstError(text: string): { at: Date; afterHealthy: boolean } | undefined {
  let healthy = false;
  for (const raw of text.split('\n')) {
    const read = normaliseLogLine(raw);
    const at = loggedAt(raw, read);
    if (!at) continue;
    if (!isErrorLevel(read.level)) {
      healthy = true;
      continue;
    }
    return { at, afterHealthy: healthy };
  }
  return undefined;
}
