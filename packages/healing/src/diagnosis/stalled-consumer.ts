/**
 * A consumer that stopped consuming after a blip: the alert says work is queueing up, and the log
 * says the process lost its broker or database connection, then, although nothing has failed since,
 * never again printed the lines it printed while it worked (`Task ... received`, `processed batch`)
 * while it goes on printing others (heartbeats, health checks). Many clients come back from a blip
 * connected but no longer subscribed (a consumer left out of its group, a notifier that stopped
 * listening): a new pod subscribes again. When the connection keeps failing to the end of the log,
 * the dependency is still down and a new pod would fail alike: the candidate is left as it is.
 * Character scans of bounded lines, no regex: logs are untrusted text.
 */
import { type DiagnosisCandidate, escalatedInstead } from './candidate.ts';
import { answersRequest, requestRecord } from './evidence/log-responses.ts';
import { loggedAt } from './evidence/log-time.ts';
import type { EvidenceView, LogLine } from './evidence-view.ts';
import { alertSaysDependencyDown } from './healthy-elsewhere.ts';
import { isErrorLevel } from './log-line.ts';
import { WORKER_POOL_SATURATED } from './saturation.ts';
import { isDigitCode, isLetterCode } from './text-scan.ts';

/** What a client prints when it loses its connection (or its place) to a broker or a database. */
const BLIP_WORDS: readonly string[] = [
  'connection lost',
  'lost connection',
  'connection to broker lost',
  'connection reset',
  'connection closed',
  'closed the connection',
  'terminating connection',
  'disconnected',
  'broken pipe',
  'dead subscription',
  'coordinator dead',
  'session expired',
  'no heartbeat',
  'not recognized',
  'connectionbad',
  'connection not available',
  'unexpected eof',
  'connection error',
  'connection refused',
  'connection closure',
  'connectionclosed',
  'connection gone',
  'transport failure',
  'econnrefused',
  'econnreset',
  'socket closed',
  'socket hang up',
  'partitions are lost',
  'partitions lost',
  // A subscription, a stream or a watch that the server ended.
  'subscription dropped',
  'subscription was dropped',
  'subscription cancelled',
  'subscription canceled',
  'stream reset',
  'watch closed',
  'response ended prematurely',
  'subscription is closed',
  'subscription closed',
  'missed heartbeat',
  'missed idle heartbeat',
  'heartbeat missed',
  'watch stream error',
];

/** What a process prints whether or not it works: its health, heartbeats and statistics. */
const KEEPALIVE_WORDS: readonly string[] = [
  'health',
  'alive',
  'heartbeat',
  'ping',
  'probe',
  'stats',
  'metric',
  'ready',
  'livez',
  'status',
];

/** A line shape of what a process prints whether or not it works. */
export const keepaliveShape = (shape: string) => KEEPALIVE_WORDS.some((w) => shape.includes(w));

/** Paths a probe or a load balancer asks, wherever the line's first words are (`GET /healthz - 200`). */
const PROBE_PATHS: readonly string[] = ['/health', '/livez', '/readyz', '/ping'];

/** A request a probe made: the process answers it whether or not it works. */
const probeRequest = (line: LogLine) => PROBE_PATHS.some((path) => lowered(line).includes(path));

/** A line about the connection itself (`Attempting to reconnect`, `Reconnecting to the broker failed`): no work. */
const CONNECTING_WORDS: readonly string[] = ['reconnect', 'connection', 'connecting'];
const aboutConnecting = (line: LogLine) => CONNECTING_WORDS.some((words) => lowered(line).includes(words));

/** Lines after the blip that make a stall worth calling (the log went on without the work). */
const MIN_LINES_AFTER = 5;
/** How often a line's shape must recur before the blip to count as the process's work. */
const MIN_WORK_LINES = 3;
const SHAPE_WORDS = 4;
const MAX_SCAN = 512;

/**
 * Warnings and errors, and lines without a level: a bare exception or a stack frame, or, in a format
 * that prints no levels (a dated record, `2026-02-11 04:20:00.041 zio-default-blocking-0 ...`), a
 * record whose words say something went wrong.
 */
const troubled = (line: LogLine) => {
  if (line.level !== undefined)
    return line.level !== 'info' && line.level !== 'debug' && line.level !== 'trace';
  if (!loggedAt(line.text)) return true;
  return TROUBLE_WORDS.some((words) => lowered(line).includes(words));
};
/** Words that make a dated record without a level one of trouble. */
const TROUBLE_WORDS: readonly string[] = [
  'error',
  'exception',
  'fail',
  'fatal',
  'panic',
  'warn',
  'refused',
  'timeout',
  'timed out',
  'disconnect',
  'lost',
  'unable',
  'cannot',
  'could not',
  'denied',
  'unavailable',
  'unreachable',
  'reset',
  'closed',
  'broken',
  'rejected',
];

/** Words of a line that still fails: the dependency is not back, and a new pod would fail alike. */
const FAILING_WORDS: readonly string[] = [
  'error',
  'fail',
  'refused',
  'timed out',
  'timeout',
  'unavailable',
  'exception',
  'cannot',
  "can't",
  'unable',
];

/**
 * A line that says something still fails: an error or a fatal record, or trouble with failing words
 * (`FATAL:  the database system is in recovery mode`, `WARN connect timed out`); not a request record.
 */
export function failingLine(line: LogLine): boolean {
  if (!troubled(line) || requestRecord(line.text)) return false;
  return isErrorLevel(line.level) || FAILING_WORDS.some((words) => lowered(line).includes(words));
}

/**
 * A line that goes on with the record before it, undated: an exception's text (`Error: ...`,
 * `System.InvalidOperationException: ...`), a stack frame. A new record carries its own date.
 */
const continuation = (line: LogLine) => {
  if (loggedAt(line.text) !== undefined) return false;
  // A record that prints only a time (`[06:37:12 INF] ...`) still opens with it.
  const first = line.text.charCodeAt(0);
  return line.text.charAt(0) !== '[' && !isDigitCode(first);
};

/**
 * A dated record without a level that speaks of a client, a peer or a user: a server's record that
 * one of its clients closed its subscription or its connection is the client's doing, never the
 * process losing its own link (`ws-handler-3 client 10.42.7.19 subscription closed by client`).
 */
const recordOfAClient = (line: LogLine) =>
  line.level === undefined &&
  loggedAt(line.text) !== undefined &&
  (CLIENT_WORDS.some((w) => lowered(line).includes(w)) || answersRequest(line.text));
const CLIENT_WORDS: readonly string[] = ['client ', 'peer ', 'remote ', 'user ', 'by client', 'ua='];

function blipLine(line: LogLine): boolean {
  if (!troubled(line) || requestRecord(line.text) || recordOfAClient(line)) return false;
  return BLIP_WORDS.some((words) => lowered(line).includes(words));
}

/**
 * A line of trouble with the connection: a blip, or a warning or an error about connecting
 * (`Connection attempt ... failed`, `Retrying connection on next host in line`).
 */
const connectionTrouble = (line: LogLine) =>
  blipLine(line) || (troubled(line) && !recordOfAClient(line) && aboutConnecting(line));

/** The line's bounded head in lower case, for the word scans. */
export const lowered = (line: LogLine) =>
  (line.text.length > MAX_SCAN ? line.text.slice(0, MAX_SCAN) : line.text).toLowerCase();

/**
 * A line's shape: its first words of three letters or more, lower case, numbers, ids, field keys
 * and punctuation dropped (`info mainprocess task reports` for `[2026-...: INFO/MainProcess] Task
 * reports.tasks.export_csv[2f4e...] received`).
 */
export function lineShape(text: string): string {
  const words: string[] = [];
  let start = -1;
  const end = Math.min(text.length, MAX_SCAN);
  for (let i = 0; i <= end && words.length < SHAPE_WORDS; i++) {
    const letter = i < end && isLetterCode(text.charCodeAt(i));
    if (letter && start < 0) start = i;
    if (!letter && start >= 0) {
      // A word glued to digits (`2f4e`, `c4t009e37`) is an id, not a word.
      const glued = i < end && isDigitCode(text.charCodeAt(i));
      const before = start > 0 && isDigitCode(text.charCodeAt(start - 1));
      // A field key (`level=`, `"msg":`) is the record's frame, the same on every line.
      const key = text[i] === '=' || (text[i] === '"' && text[i + 1] === ':');
      if (i - start >= 3 && !glued && !before && !key) words.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return words.join(' ');
}

/** The blip line and the work the log stopped showing after it, or undefined. */
export function stalledAfterBlip(lines: readonly LogLine[]): { blip: string; work: string } | undefined {
  // The last trouble with the connection; after it, nothing may fail.
  let blip = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (connectionTrouble(lines[i] as LogLine)) {
      blip = i;
      break;
    }
  }
  if (blip < 0) return undefined;
  // The blip's own report goes on in the undated lines after it (its exception's text, its stack
  // trace); a new dated record after it that fails still fails.
  let end = blip + 1;
  while (end < lines.length && continuation(lines[end] as LogLine)) end++;
  const after = lines.slice(end);
  if (after.length < MIN_LINES_AFTER || after.some(failingLine)) return undefined;
  // Refused credentials before the blip: a new pod presents the same ones.
  if (lines.slice(Math.max(0, blip - AUTH_LOOKBACK), blip + 1).some(refusedCredentials)) return undefined;
  const shapesAfter = new Set(after.map((l) => lineShape(l.text)));
  const work = workShapes(lines.slice(0, blip));
  // Any of its work seen again after the blip: it consumes again (another task simply has not come round).
  if (work.length === 0 || work.some(([shape]) => shapesAfter.has(shape))) return undefined;
  return { blip: (lines[blip] as LogLine).text.trim().slice(0, 160), work: (work[0] as [string, number])[0] };
}

/**
 * The shapes of the lines a process printed as its work (three times or more, neither trouble nor
 * a probe, a heartbeat, a line about its connection or a request it answered: a service that
 * enqueues over HTTP and consumes behind goes on answering when its consumer stops), most frequent
 * first.
 */
function workShapes(lines: readonly LogLine[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!countsAsWork(line)) continue;
    const shape = lineShape(line.text);
    if (shape) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return [...counts]
    .filter(([shape, count]) => count >= MIN_WORK_LINES && !keepaliveShape(shape))
    .sort((a, b) => b[1] - a[1]);
}

/** Lines before a blip read for refused credentials. */
const AUTH_LOOKBACK = 60;
const AUTH_WORDS: readonly string[] = [
  'authentication fail',
  'authentication error',
  'auth failed',
  'invalid credentials',
  'access denied',
  'unauthorized',
  'permission denied',
  'not authorized',
];

/** Trouble that says the client's credentials were refused. */
const refusedCredentials = (line: LogLine) =>
  troubled(line) && AUTH_WORDS.some((w) => lowered(line).includes(w));

/** A line that may be the process's work: neither trouble, a probe, its connection nor a request it answered. */
export function countsAsWork(line: LogLine): boolean {
  return !troubled(line) && !probeRequest(line) && !aboutConnecting(line) && !answersRequest(line.text);
}

/** Lines at the end of a log that must all be its connection failing for the client to have given up. */
const GAVE_UP_LINES = 3;
/** How long a log must have been quiet after its last failure for the client to have given up. */
const GAVE_UP_QUIET_MS = 30 * 60_000;

/**
 * A client that gave up reconnecting: its log ends on its connection failing (the last three
 * lines), then says nothing for half an hour or more (`silentForMs`), while the process runs on and
 * had been working before. A client still retrying a dependency that is down says so at each
 * attempt; one that stopped trying sits idle until a new pod connects afresh.
 */
export function gaveUpAfterBlip(
  lines: readonly LogLine[],
  silentForMs: number | undefined,
): { blip: string; work: string } | undefined {
  if (silentForMs === undefined || silentForMs < GAVE_UP_QUIET_MS) return undefined;
  const tail = lines.slice(-GAVE_UP_LINES);
  if (tail.length < GAVE_UP_LINES || !tail.every(connectionTrouble)) return undefined;
  // Back over the trouble before them (connection trouble is trouble too): the work came before.
  let start = lines.length - GAVE_UP_LINES;
  while (start > 0 && troubled(lines[start - 1] as LogLine)) start--;
  const work = workShapes(lines.slice(0, start));
  const last = lines.at(-1) as LogLine;
  return work.length === 0
    ? undefined
    : { blip: last.text.trim().slice(0, 160), work: (work[0] as [string, number])[0] };
}

/**
 * Consumers that lost their subscription (`kafka-consumer-out-of-group`, `rabbitmq-consumer-ack-timeout`)
 * and the words of the line that says so; and what a client prints once it is back (rejoined its
 * group, restarted its consumer). A consumer back in its group needs no new pod.
 */
const LOST: Readonly<Record<string, readonly string[]>> = {
  'kafka-consumer-out-of-group': [
    'consumer poll timeout has expired',
    'maximum poll interval',
    'max_poll_exceeded',
  ],
  'rabbitmq-consumer-ack-timeout': ['delivery acknowledgement on channel'],
};
const BACK: readonly string[] = [
  'joined group',
  'newly assigned partitions',
  'assigned partitions',
  'partitions assigned',
  'restarting consumer',
  'consumer ready',
  'resubscribed',
  'channel reopened',
  'reconnected',
];

/** A lost consumer whose log shows it back after the loss keeps its diagnosis and only escalates. */
export function weighLostConsumer(candidate: DiagnosisCandidate, view: EvidenceView): DiagnosisCandidate {
  const lost = LOST[candidate.patternId];
  if (!lost || candidate.actions[0]?.kind !== 'restart-pod') return candidate;
  const lines = view.current;
  let at = -1;
  for (let i = lines.length - 1; i >= 0 && at < 0; i--) {
    const lower = lowered(lines[i] as LogLine);
    if (lost.some((words) => lower.includes(words))) at = i;
  }
  if (at < 0) return candidate;
  const back = lines
    .slice(at + 1)
    .find((l) => !requestRecord(l.text) && BACK.some((w) => lowered(l).includes(w)));
  if (!back) return candidate;
  return escalatedInstead(candidate, ['restart-pod'], {
    note: `It is back since: "${back.text.trim().slice(0, 160)}"; a new pod would change nothing now. If it keeps falling out, the slow step in its loop is the fix.`,
    reason: `${candidate.summary.slice(0, 300)} It came back by itself ("${back.text.trim().slice(0, 120)}").`,
  });
}

/**
 * A queue alert that `worker-pool-saturated` read as every worker busy, on a process whose log shows
 * it stopped working after a connection blip and failed no more since: restarting the one pod
 * subscribes it again (the escalation stays behind it).
 */
export function weighStalledConsumer(candidate: DiagnosisCandidate, view: EvidenceView): DiagnosisCandidate {
  // Every worker busy, read from the alert; or the blip itself (a dependency refused or lost the
  // connection, or an error nothing names) that the log shows the process never recovered from.
  const saturated =
    candidate.patternId === WORKER_POOL_SATURATED &&
    !candidate.evidence.some((e) => e.source === 'previous-log' || e.source === 'current-log');
  const blip =
    view.signal === 'Alert' &&
    candidate.actions[0]?.kind === 'escalate' &&
    (candidate.category === 'dependency' || candidate.generic);
  if ((!saturated && !blip) || !view.running) return candidate;
  const stall = stalledAfterBlip(view.current);
  const gaveUp = stall || !blip ? undefined : gaveUpAfterBlip(view.current, view.silentForMs);
  if (gaveUp && !alertSaysDependencyDown(view)) {
    return {
      ...candidate,
      actions: [{ kind: 'restart-pod' }, ...candidate.actions],
      fixable: true,
      summary: `${candidate.summary} Its client gave up, though: its log ends on "${gaveUp.blip}" and has said nothing for ${Math.round((view.silentForMs ?? 0) / 60_000)} minutes since, neither retrying nor working ("${gaveUp.work} ..." before). A new pod connects afresh; if the dependency is still down, its log will say so at once.`,
    };
  }
  if (!stall) return candidate;
  return {
    ...candidate,
    actions: [{ kind: 'restart-pod' }, ...candidate.actions],
    fixable: true,
    summary: `${candidate.summary} Its workers are not busy, though: after "${stall.blip}" it stopped printing what it printed while it worked ("${stall.work} ..."), and nothing has failed since. It reconnected without subscribing again, so one new pod goes first.`,
  };
}
