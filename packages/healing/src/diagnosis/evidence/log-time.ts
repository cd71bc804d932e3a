import { isErrorLevel, normaliseLogLine } from '../log-line.ts';
import type { LogTail } from './schema.ts';

/**
 * A date and time of day as logs print them (ISO 8601 and its space-separated form, with an
 * optional fraction and zone): fixed-width fields, one pass.
 */
export const LOG_DATE_TIME =
  /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?/;

/** Where on a line a timestamp may sit: its start, or a JSON or logfmt time field near it. */
const TIMESTAMP_WINDOW = 160;

/** The time a raw log line says it was written, when it says so with a date (no zone: UTC). */
export function loggedAt(raw: string): Date | undefined {
  const m = LOG_DATE_TIME.exec(raw.slice(0, TIMESTAMP_WINDOW));
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (Number.isNaN(utc)) return undefined;
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const at = new Date(utc - offsetMinutes * 60_000);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/**
 * When the instance first logged an error, read from the log itself: the timestamp of its first
 * line at error level. Only from a log read whole back to the instance's start (an older error may
 * sit in what a cut tail left out), and only within `[from, to]` (the pod's life).
 */
export function firstErrorLoggedAt(tail: LogTail | undefined, from: Date, to: Date): string | undefined {
  if (!tail || tail.truncated || tail.head) return undefined;
  for (const raw of tail.text.split('\n')) {
    if (!isErrorLevel(normaliseLogLine(raw).level)) continue;
    const at = loggedAt(raw);
    if (!at) continue;
    return at >= from && at <= to ? at.toISOString() : undefined;
  }
  return undefined;
}
