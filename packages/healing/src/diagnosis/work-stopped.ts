/**
 * A consumer whose work stopped without a word: the alert says work is piling up (a backlog, a
 * lag, undelivered or unacknowledged messages), and the log shows the lines the process printed
 * as its work, at a steady rhythm, stop long ago while it goes on printing others (requests it
 * answers, what it publishes, health checks), and nothing failing since. A subscriber whose stream
 * died quietly, a worker thread blocked for good: a new pod starts them again. Not while the log
 * shows work advancing (a share that keeps rising), nor when the alert says a dependency is down.
 * Character scans of bounded lines, no regex: logs are untrusted text.
 */
import type { DiagnosisCandidate } from './candidate.ts';
import { loggedAt } from './evidence/log-time.ts';
import type { EvidenceView, LogLine } from './evidence-view.ts';
import { advancing, alertSaysDependencyDown } from './healthy-elsewhere.ts';
import { countsAsWork, failingLine, keepaliveShape, lineShape } from './stalled-consumer.ts';

/** Words of an alert that says work is piling up behind the consumer. */
const PILING_UP: readonly string[] = [
  'backlog',
  'lag',
  'undelivered',
  'unacked',
  'oldest',
  'messages ready',
  'queue depth',
  'inactive',
  'not consumed',
  'no consumers',
  '0 consumers',
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

type Shape = { count: number; first: number; last: number; firstAt?: Date; lastAt?: Date };

/** The work the log stopped showing, and since when; undefined when it shows none stopped. */
export function workStopped(lines: readonly LogLine[], now: Date): { work: string; since: Date } | undefined {
  const tail = lines.slice(-MAX_LINES);
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
    const after = tail.slice(s.last + 1);
    if (after.length < MIN_LINES_AFTER || after.some(failingLine)) continue;
    if (!stopped || s.count > stopped.count) stopped = { work: shape, since: s.lastAt, count: s.count };
  }
  return stopped ? { work: stopped.work, since: stopped.since } : undefined;
}

const pilingUp = (view: Pick<EvidenceView, 'alerts'>) =>
  view.alerts.some((alert) => {
    const lower = alert.slice(0, 2_000).toLowerCase();
    return PILING_UP.some((words) => lower.includes(words));
  });

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
    (candidate.category === 'dependency' || candidate.generic);
  if (!eligible || !pilingUp(view) || alertSaysDependencyDown(view) || advancing(view.current))
    return candidate;
  const stopped = workStopped(view.current, view.gatheredAt);
  if (!stopped) return candidate;
  const minutes = Math.round((view.gatheredAt.getTime() - stopped.since.getTime()) / 60_000);
  return {
    ...candidate,
    actions: [{ kind: 'restart-pod' }, ...candidate.actions],
    fixable: true,
    summary: `${candidate.summary} Its own work stopped without a word, though: it last printed "${stopped.work} ..." ${minutes} minutes ago, at a steady rhythm until then, and has printed other lines since with nothing failing. A consumer whose stream or worker died quietly starts again in a new pod, so one goes first.`,
  };
}
