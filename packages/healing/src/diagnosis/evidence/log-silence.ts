import { normaliseLogLine } from '../log-line.ts';
import { loggedAt } from './log-time.ts';
import type { LogTail } from './schema.ts';

/** How long a log must have been quiet before its silence is a finding at all. */
const MIN_SILENCE_MS = 15 * 60_000;
/** How much longer than its usual gap between lines the silence must be: a batch job's hourly line is not a hang. */
const CADENCE_FACTOR = 10;
/** Dated lines needed to know the usual gap, counted over the newest `CADENCE_WINDOW`. */
const MIN_DATED_LINES = 6;
const CADENCE_WINDOW = 20;
/** A first line dated this long before the container started: the log's clock is not UTC (a zone it does not print). */
const CLOCK_SLACK_MS = 2 * 60_000;
/** Longest last line quoted. */
const MAX_QUOTED_CHARS = 200;

/** A running container's log that stopped: when, after what, and how regular it was before. */
export type LogSilence = {
  /** Time of the newest dated line. */
  lastAt: Date;
  /** The newest line (dated or not: a stack frame, a progress line; a record's message), bounded. */
  lastLine: string;
  silentMs: number;
  /** The usual gap between dated lines before the silence. */
  cadenceMs: number;
};

/**
 * Whether a running container's log went quiet: its newest dated line is at least 15 minutes older
 * than `now`, and at least ten times older than its usual gap between lines. A process that logged
 * every minute and has said nothing for most of an hour while its alert fires is likely hung
 * (a deadlock, a reload that never finished, a call with no timeout). Undefined when the log is too
 * sparse to know its cadence, dates lines in the future, or cannot be placed on UTC (its first line
 * predates the container's start: a local zone it does not print).
 */
export function logSilence(tail: LogTail | undefined, now: Date, startedAt?: Date): LogSilence | undefined {
  if (!tail) return undefined;
  const lines = tail.text.split('\n');
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  const newest = lines.at(-1);
  if (newest === undefined) return undefined;
  // A record is quoted by its message, not its JSON.
  const lastLine = normaliseLogLine(newest).lines[0] ?? newest;

  // The newest dated lines, newest first; the whole log is never parsed for them.
  const dated: Date[] = [];
  for (let i = lines.length - 1; i >= 0 && dated.length < CADENCE_WINDOW; i--) {
    const at = loggedAt(lines[i] ?? '');
    if (at) dated.push(at);
  }
  const lastAt = dated[0];
  const oldest = dated.at(-1);
  if (!lastAt || !oldest || dated.length < MIN_DATED_LINES) return undefined;
  if (lastAt.getTime() > now.getTime() + CLOCK_SLACK_MS) return undefined;
  // A newest line older than the container itself was dated in a zone behind UTC it does not print.
  if (startedAt && lastAt.getTime() < startedAt.getTime() - CLOCK_SLACK_MS) return undefined;
  if (startedAt && !tail.truncated && !tail.head) {
    const first = firstDated(lines);
    if (first && first.getTime() < startedAt.getTime() - CLOCK_SLACK_MS) return undefined;
  }

  const silentMs = now.getTime() - lastAt.getTime();
  const cadenceMs = (lastAt.getTime() - oldest.getTime()) / (dated.length - 1);
  if (silentMs < MIN_SILENCE_MS || silentMs < CADENCE_FACTOR * cadenceMs) return undefined;
  return {
    lastAt,
    lastLine: lastLine.length > MAX_QUOTED_CHARS ? `${lastLine.slice(0, MAX_QUOTED_CHARS)}…` : lastLine,
    silentMs,
    cadenceMs,
  };
}

function firstDated(lines: readonly string[]): Date | undefined {
  for (const raw of lines) {
    const at = loggedAt(raw);
    if (at) return at;
  }
  return undefined;
}

/** The silence in words, as the catalog matcher and the human read it. */
export function describeSilence(s: LogSilence): string {
  const minutes = Math.round(s.silentMs / 60_000);
  const every =
    s.cadenceMs < 60_000
      ? `${Math.max(1, Math.round(s.cadenceMs / 1000))} s`
      : `${Math.round(s.cadenceMs / 60_000)} min`;
  return `no line for ${minutes} min (since ${s.lastAt.toISOString()}), after a line about every ${every}; the last line: ${s.lastLine}`;
}
