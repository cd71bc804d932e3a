/**
 * A consumer whose work stopped without a word: the alert says work is piling up (a backlog, a
 * lag, undelivered or unacknowledged messages), and the log shows the lines the process printed
 * as its work, at a steady rhythm, stop long ago while it goes on printing others (requests it
 * answers, what it publishes, health checks), and nothing failing since. A subscriber whose stream
 * died quietly, a worker thread blocked for good: a new pod starts them again. Not while the log
 * shows work advancing (a share that keeps rising), nor when the alert says a dependency is down.
 * Character scans of bounded lines, no regex: logs are untrusted text.
 */
import { clausesOf, has, SATURATED, saturated } from './alert-clauses.ts';
import type { DiagnosisCandidate } from './candidate.ts';
import { loggedAt } from './evidence/log-time.ts';
import type { EvidenceView, LogLine } from './evidence-view.ts';
import { advancing, alertSaysDependencyDown } from './healthy-elsewhere.ts';
import { WORKER_POOL_SATURATED } from './saturation.ts';
import { countsAsWork, failingLine, keepaliveShape, lineShape } from './stalled-consumer.ts';
import { digitsEnd, isDigitCode, isLetterCode } from './text-scan.ts';

/** Words of an alert clause that say work is piling up behind the consumer, as whole words. */
const PILING_UP_WORDS: readonly string[] = ['backlog', 'lag', 'undelivered', 'unacked', 'oldest', 'inactive'];
/** Phrases that say so, as words in a row. */
const PILING_UP_PHRASES: readonly string[] = [
  'messages ready',
  'queue depth',
  'not consumed',
  'no consumers',
  '0 consumers',
  'received 0',
  'processed 0',
  'consumed 0',
  'wrote 0',
  'written 0',
  'applied no',
];
/** Words that say work stopped, but only of something that carries work (not `idle in transaction`). */
const STOPPED_WORDS: readonly string[] = ['stalled', 'idle'];
const CARRIES_WORK: readonly string[] = [
  'queue',
  'subscription',
  'consumer',
  'consumers',
  'topic',
  'stream',
  'jobs',
  'messages',
  'events',
  'readings',
  'records',
  'tasks',
];

/** How often a shape must recur to be the process's steady work. */
const MIN_WORK_LINES = 5;
/** How long the work must have been steady before it stopped (not a start-up phase). */
const MIN_WORK_SPAN_MS = 5 * 60_000;
/** How long since the last work line, at least, and how many of its usual gaps. */
const MIN_STOPPED_MS = 30 * 60_000;
const STOPPED_GAPS = 10;
/** Lines the process printed after its work stopped: it runs on. */
const MIN_LINES_AFTER = 5;
/** Lines read from the end of the log. */
const MAX_LINES = 2_000;

/** The index of the last line that `test` holds for, or -1 (one pass: each shape reads it after). */
function lastIndexOf(lines: readonly LogLine[], test: (line: LogLine) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (test(lines[i] as LogLine)) return i;
  return -1;
}

type Shape = { count: number; first: number; last: number; firstAt?: Date; lastAt?: Date };

/** The work the log stopped showing, and since when; undefined when it shows none stopped. */
export function workStopped(lines: readonly LogLine[], now: Date): { work: string; since: Date } | undefined {
  const tail = lines.slice(-MAX_LINES);
  const lastFailing = lastIndexOf(tail, failingLine);
  const shapes = new Map<string, Shape>();
  tail.forEach((line, i) => {
    if (!countsAsWork(line)) return;
    const shape = lineShape(line.text);
    if (!shape || keepaliveShape(shape)) return;
    const at = loggedAt(line.text);
    const seen = shapes.get(shape);
    if (!seen) {
      shapes.set(shape, { count: 1, first: i, last: i, ...(at ? { firstAt: at, lastAt: at } : {}) });
      return;
    }
    seen.count++;
    seen.last = i;
    if (at) {
      seen.firstAt ??= at;
      seen.lastAt = at;
    }
  });
  let stopped: { work: string; since: Date; count: number } | undefined;
  for (const [shape, s] of shapes) {
    if (s.count < MIN_WORK_LINES || !s.firstAt || !s.lastAt) continue;
    const span = s.lastAt.getTime() - s.firstAt.getTime();
    const gap = span / (s.count - 1);
    const quiet = now.getTime() - s.lastAt.getTime();
    if (span < MIN_WORK_SPAN_MS || quiet < MIN_STOPPED_MS || quiet < STOPPED_GAPS * gap) continue;
    if (tail.length - (s.last + 1) < MIN_LINES_AFTER || lastFailing > s.last) continue;
    if (!stopped || s.count > stopped.count) stopped = { work: shape, since: s.lastAt, count: s.count };
  }
  return stopped ? { work: stopped.work, since: stopped.since } : undefined;
}

/** Reports at the end of a log that must all count no work, and the reports of work before them. */
const MIN_ZERO_REPORTS = 5;
const MIN_WORKING_REPORTS = 5;
/** How long the reports must have counted nothing (when they are dated). */
const MIN_ZERO_MS = 15 * 60_000;
const MAX_NUMBERS = 24;

/** Characters between a word and the number it names (`processed 2210`, `received_per_s=1380`, `"count":500`). */
const BETWEEN_WORD_AND_NUMBER = ' =:"\'';

/**
 * The word that names the number at `at` (`processed 2210`, `lag=12`, `"count":500`): two letters or
 * more (`_` joins them) right before it, as a count has; undefined for a date's or a time's digits,
 * which follow digits, separators or a lone `T`.
 */
function namingWord(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && at - i < 3 && BETWEEN_WORD_AND_NUMBER.includes(text.charAt(i - 1))) i--;
  const end = i;
  while (i > 0 && end - i < 40 && (isLetterCode(text.charCodeAt(i - 1)) || text.charAt(i - 1) === '_')) i--;
  if (end - i < 2 || (i > 0 && isDigitCode(text.charCodeAt(i - 1)))) return undefined;
  return text.slice(i, end).toLowerCase();
}

/**
 * Parts of a number's name that make its fall to zero no stop of work: time idle or waiting, a lag
 * or a backlog drained, errors, retries, drops and rejections that ended.
 */
const NOT_THROUGHPUT: readonly string[] = [
  'idle',
  'wait',
  'waiting',
  'lag',
  'pending',
  'queued',
  'backlog',
  'error',
  'errors',
  'fail',
  'failed',
  'failures',
  'retry',
  'retries',
  'dropped',
  'rejected',
  'timeouts',
  'throttled',
  'blocked',
];

/**
 * The counts of a line, in order: whole numbers a word names (`processed 2210 stop events in last
 * 60s` is 2210, 60), never the digits of its timestamp; a number named by an idle time, a lag or
 * errors (`idle_ms=0`) counts as none of the work (NaN keeps its place).
 */
function numbersIn(text: string): number[] {
  const out: number[] = [];
  const end = Math.min(text.length, 512);
  for (let i = 0; i < end && out.length < MAX_NUMBERS; i++) {
    if (!isDigitCode(text.charCodeAt(i)) || (i > 0 && isDigitCode(text.charCodeAt(i - 1)))) continue;
    const stop = digitsEnd(text, i, 12);
    const word = namingWord(text, i);
    if (word !== undefined) {
      const notWork = word.split('_').some((part) => NOT_THROUGHPUT.includes(part));
      out.push(notWork ? Number.NaN : Number(text.slice(i, stop)));
    }
    i = stop;
  }
  return out;
}

/**
 * A report of the process's own throughput that counted work, report after report, and then
 * counts nothing at all, to the end of the log (`processed 2210 stop events in last 60s` ...
 * `processed 0 stop events in last 60s`, `received_per_s=1380` ... `received_per_s=0`), with
 * nothing failing since: the consumer stopped while its reports go on.
 */
export function throughputFellToZero(
  lines: readonly LogLine[],
): { report: string; since?: Date } | undefined {
  const tail = lines.slice(-MAX_LINES);
  const lastFailing = lastIndexOf(tail, failingLine);
  const byShape = new Map<string, { index: number; numbers: number[] }[]>();
  tail.forEach((line, index) => {
    if (!countsAsWork(line)) return;
    const shape = lineShape(line.text);
    // A statistics line is what this reads: unlike its words, its numbers say whether work is done.
    if (!shape) return;
    const reports = byShape.get(shape) ?? [];
    reports.push({ index, numbers: numbersIn(line.text) });
    byShape.set(shape, reports);
  });
  for (const [shape, all] of byShape) {
    if (all.length < MIN_ZERO_REPORTS + MIN_WORKING_REPORTS) continue;
    const width = (all.at(-1) as { numbers: number[] }).numbers.length;
    const reports = all.filter((r) => r.numbers.length === width);
    for (let p = 0; p < width; p++) {
      const values = reports.map((r) => r.numbers[p] as number);
      let zeros = 0;
      while (zeros < values.length && values[values.length - 1 - zeros] === 0) zeros++;
      const working = values.slice(0, values.length - zeros);
      if (zeros < MIN_ZERO_REPORTS || working.length < MIN_WORKING_REPORTS) continue;
      if (!working.slice(-MIN_WORKING_REPORTS).every((v) => v > 0)) continue;
      const firstZero = reports[reports.length - zeros] as { index: number };
      if (lastFailing >= firstZero.index) continue;
      const since = loggedAt((tail[firstZero.index] as LogLine).text);
      const until = loggedAt((tail.at(-1) as LogLine).text);
      if (since && until && until.getTime() - since.getTime() < MIN_ZERO_MS) continue;
      return { report: shape, ...(since ? { since } : {}) };
    }
  }
  return undefined;
}

/** Words of an alert that say the workers are all occupied: a silent log is then what busy looks like. */
const BUSY_WORDS: readonly string[] = [...SATURATED, 'occupied'];

/** Whether the incident's alerts say every worker is busy (`all 4 workers busy`, `16/16 active`). */
function alertSaysBusy(view: Pick<EvidenceView, 'alerts'>): boolean {
  return view.alerts.some((alert) => clausesOf(alert).some((c) => saturated(c) || has(c, BUSY_WORDS)));
}

/** Whether a clause of the incident's alerts says work piles up behind the consumer (whole words). */
function pilingUp(view: Pick<EvidenceView, 'alerts'>): boolean {
  return view.alerts.some((alert) =>
    clausesOf(alert).some((clause) => {
      const words = ` ${clause.words.join(' ')} `;
      const text = ` ${clause.text} `;
      if (has(clause, PILING_UP_WORDS)) return true;
      if (PILING_UP_PHRASES.some((phrase) => text.includes(` ${phrase} `) || words.includes(` ${phrase} `)))
        return true;
      return has(clause, STOPPED_WORDS) && has(clause, CARRIES_WORK);
    }),
  );
}

/**
 * An escalation for an alert about work piling up (a dependency or nothing named), on a running
 * process whose work stopped without a word: one new pod goes first, the escalation behind it.
 */
export function weighWorkStopped(candidate: DiagnosisCandidate, view: EvidenceView): DiagnosisCandidate {
  const eligible =
    view.signal === 'Alert' &&
    view.running &&
    !view.initContainer &&
    candidate.actions[0]?.kind === 'escalate' &&
    // Every worker busy is what a lag alert suggests; a log whose work stopped says otherwise.
    (candidate.category === 'dependency' ||
      candidate.generic ||
      (candidate.patternId === WORKER_POOL_SATURATED && !alertSaysBusy(view)));
  if (!eligible || !pilingUp(view) || alertSaysDependencyDown(view) || advancing(view.current))
    return candidate;
  const stopped = workStopped(view.current, view.gatheredAt);
  const fell = stopped ? undefined : throughputFellToZero(view.current);
  if (fell) {
    return {
      ...candidate,
      actions: [{ kind: 'restart-pod' }, ...candidate.actions],
      fixable: true,
      summary: `${candidate.summary} Its own reports say it stopped working, though: "${fell.report} ..." counted work report after report, then nothing${fell.since ? ` since ${fell.since.toISOString()}` : ''}, with nothing failing since. A consumer that lost its subscription or its stream starts again in a new pod, so one goes first.`,
    };
  }
  if (!stopped) return candidate;
  const minutes = Math.round((view.gatheredAt.getTime() - stopped.since.getTime()) / 60_000);
  return {
    ...candidate,
    actions: [{ kind: 'restart-pod' }, ...candidate.actions],
    fixable: true,
    summary: `${candidate.summary} Its own work stopped without a word, though: it last printed "${stopped.work} ..." ${minutes} minutes ago, at a steady rhythm until then, and has printed other lines since with nothing failing. A consumer whose stream or worker died quietly starts again in a new pod, so one goes first.`,
  };
}
