import { isErrorLevel, normaliseLogLine } from '../log-line.ts';
import type { LogTail } from './schema.ts';

/**
 * A date and time of day as logs print them (ISO 8601 and its space-separated form, with an
 * optional fraction and zone): fixed-width fields, one pass.
 */
export const LOG_DATE_TIME =
  /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?/;

/** Where on a plain or logfmt line its own timestamp sits: before the message. */
const TIMESTAMP_WINDOW = 160;
const MAX_JSON_CHARS = 64 * 1024;
const JSON_TIME_KEYS = ['time', 'ts', 'timestamp', '@timestamp', '@t', 'datetime', 'asctime', 'date'];
const LOGFMT_TIME_KEYS = ['time=', 'ts=', 'timestamp=', 't='];
const MESSAGE_KEYS = [' msg=', ' message=', ' error=', ' err='];

/** A date at the very start of a text (after an optional `[` or `"`), never one inside a message. */
function dateAtStart(text: string): Date | undefined {
  const offset = text.startsWith('[') || text.startsWith('"') ? 1 : 0;
  const m = LOG_DATE_TIME.exec(text.slice(offset, offset + 40));
  if (!m || m.index !== 0) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m.map((v) => v ?? '');
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

/** A JSON record's own time field: an ISO string, or epoch seconds or milliseconds. */
function jsonTime(raw: string): Date | undefined {
  if (raw.length > MAX_JSON_CHARS) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  for (const key of JSON_TIME_KEYS) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value === 'string') return dateAtStart(value);
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
      const at = new Date(value > 1e11 ? value : value * 1000);
      return Number.isNaN(at.getTime()) ? undefined : at;
    }
  }
  return undefined;
}

/**
 * The time a raw log line says it was written: a JSON record's time field, a date that starts a
 * plain line, or a logfmt time field before the message (no zone: UTC). A date inside a message
 * (`token issued 2026-03-02T09:59:00Z rejected`) is text, not the line's time.
 */
export function loggedAt(raw: string): Date | undefined {
  const line = raw.trimStart();
  if (line.startsWith('{')) return jsonTime(line);
  let head = line.slice(0, TIMESTAMP_WINDOW);
  const atStart = dateAtStart(head);
  if (atStart) return atStart;
  for (const key of MESSAGE_KEYS) {
    const at = head.indexOf(key);
    if (at >= 0) head = head.slice(0, at);
  }
  const fields = ` ${head}`;
  for (const key of LOGFMT_TIME_KEYS) {
    const at = fields.indexOf(` ${key}`);
    const found = at < 0 ? undefined : dateAtStart(fields.slice(at + 1 + key.length));
    if (found) return found;
  }
  return undefined;
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
