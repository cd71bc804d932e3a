/**
 * A client closed for good inside a running process: it gave up reconnecting (`failed to
 * reconnect after 30 attempts`) or its handle was closed (`Topology was destroyed`, `nats:
 * connection closed`, `Cannot use a pool after calling end on the pool`), and every use since fails
 * at once with the same words, for a quarter of an hour or more, without a single attempt to
 * connect again. Whatever the dependency does now, this process will not reach it: a new pod opens
 * a new client (and, if the dependency is still down, says so at once). Not when the client
 * reconnected, is still trying (refused, timed out), or the alert says the dependency is down.
 * Word scans of bounded lines, no regex.
 */
import type { DiagnosisCandidate } from './candidate.ts';
import { answersRequest } from './evidence/log-responses.ts';
import { loggedAt } from './evidence/log-time.ts';
import type { EvidenceView, LogLine } from './evidence-view.ts';
import { alertSaysDependencyDown } from './healthy-elsewhere.ts';
import { isErrorLevel } from './log-line.ts';
import { lowered } from './stalled-consumer.ts';

/** What a client says once it is closed for good, or as it gives up. */
const CLOSED_FOR_GOOD: readonly string[] = [
  'failed to reconnect after',
  'topology was destroyed',
  'topology is closed',
  'client is closed',
  'client was closed',
  'client has been closed',
  // Not a bare `connection closed`: a server says that of its own clients as they come and go. A
  // client's own exception says it (`CommunicationException: connection closed`), or its library.
  'nats: connection closed',
  'exception: connection closed',
  'error: connection closed',
  'connection is closed',
  'connection already closed',
  'pool is closed',
  'pool has been closed',
  'after calling end on the pool',
  'gave up reconnecting',
  'giving up reconnecting',
  'max reconnect attempts',
  'maximum reconnect attempts',
  'reconnect attempts exhausted',
  'will not reconnect',
];
/** What a client prints while it still tries, or once it is back. */
const STILL_TRYING: readonly string[] = [
  'refused',
  'timed out',
  'timeout',
  'no route to host',
  'unreachable',
  'name resolution',
  'no such host',
  'could not resolve',
  'reconnecting',
  'attempting to reconnect',
  'reconnected',
  'connected to',
  'connection established',
  'connection restored',
];

const MIN_CLOSED_LINES = 3;
/** Lines searched back from the first closed line for its time. */
const DATED_WITHIN = 20;
/** How long the client must have been closed: a client that gave up minutes ago may be mid-restart. */
const MIN_CLOSED_MS = 15 * 60_000;

/**
 * An error that a closed client's use raises: error level, or a line naming an error or exception;
 * never a request the process answered (its path or user agent is what a client wrote).
 */
function closedError(line: LogLine): boolean {
  if (answersRequest(line.text)) return false;
  const lower = lowered(line);
  if (!CLOSED_FOR_GOOD.some((words) => lower.includes(words))) return false;
  return isErrorLevel(line.level) || lower.includes('error') || lower.includes('exception');
}

/** A frame of a stack trace (`    at Timeout._onTimeout (...)`): the words of code, not of the client. */
const stackFrame = (line: LogLine) => line.text.trimStart().startsWith('at ');

/** The first closed-for-good line and how many followed, or undefined when the log shows none. */
export function clientClosed(
  lines: readonly LogLine[],
  now: Date,
): { line: string; count: number; since: Date } | undefined {
  const first = lines.findIndex(closedError);
  if (first < 0) return undefined;
  const after = lines.slice(first);
  const closed = after.filter(closedError);
  if (closed.length < MIN_CLOSED_LINES) return undefined;
  // Still trying, or back: not a client that is closed for good.
  const trying = (line: LogLine) =>
    !closedError(line) && !stackFrame(line) && STILL_TRYING.some((w) => lowered(line).includes(w));
  if (after.slice(1).some(trying)) return undefined;
  // A traceback's last line carries no time: the nearest dated line before it does.
  let since: Date | undefined;
  for (let i = first; i >= 0 && i > first - DATED_WITHIN && !since; i--)
    since = loggedAt((lines[i] as LogLine).text);
  if (!since || now.getTime() - since.getTime() < MIN_CLOSED_MS) return undefined;
  return { line: (lines[first] as LogLine).text.trim().slice(0, 160), count: closed.length, since };
}

/**
 * An escalation (a dependency, an upstream, or nothing named) of a running process whose client is
 * closed for good: one new pod goes first, the escalation behind it.
 */
export function weighClientClosed(candidate: DiagnosisCandidate, view: EvidenceView): DiagnosisCandidate {
  const eligible =
    view.signal === 'Alert' &&
    view.running &&
    !view.initContainer &&
    candidate.actions[0]?.kind === 'escalate' &&
    (candidate.category === 'dependency' || candidate.category === 'upstream' || candidate.generic);
  if (!eligible || alertSaysDependencyDown(view)) return candidate;
  const closed = clientClosed(view.current, view.gatheredAt);
  if (!closed) return candidate;
  const minutes = Math.round((view.gatheredAt.getTime() - closed.since.getTime()) / 60_000);
  return {
    ...candidate,
    actions: [{ kind: 'restart-pod' }, ...candidate.actions],
    fixable: true,
    summary: `${candidate.summary} Its client is closed for good, though: since "${closed.line}" (${minutes} minutes ago) every use has failed at once (${closed.count} times) without one attempt to connect again. A new pod opens a new client; if the dependency is still down, its log will say so at once.`,
  };
}
