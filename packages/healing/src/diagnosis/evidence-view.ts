/** The evidence as the catalog matchers see it: normalised log lines, messages, reasons, codes. */
import type { Signal } from '@sre-agent/core';
import type { EvidenceSource } from './candidate.ts';
import {
  type CpuOversubscription,
  cpuOversubscription,
  describeCpuOversubscription,
} from './evidence/cpu-oversubscription.ts';
import { ALERT_FIRING, type Evidence, type LogTail } from './evidence/index.ts';
import { describeErrorResponses, errorResponses } from './evidence/log-responses.ts';
import { describeSilence, logSilence } from './evidence/log-silence.ts';
import { isErrorLevel, type LogLevel, normaliseLogLine } from './log-line.ts';

/** Longest line the regexes see: bounds the work per line whatever a log contains. */
export const MAX_LINE_CHARS = 2048;

/** One readable log line of the failing container. */
export type LogLine = {
  text: string;
  level?: LogLevel;
  /**
   * How many separate error blocks (runs of error-level lines, a stack trace with its message) come
   * before this line in its container instance's log: 0 is the earliest error, the likely cause;
   * the cascade of 503s and retries behind it counts up.
   */
  errorOrdinal: number;
};

export type MessageLine = { source: EvidenceSource; text: string };

export type EvidenceView = {
  signal: Signal;
  previous: LogLine[];
  current: LogLine[];
  messages: MessageLine[];
  /**
   * What Kubernetes itself reports as going wrong for the chosen container, worded by whoever
   * failed (the kubelet, a CSI or CNI plugin, a controller, the process's termination message):
   * Warning events other than the bare symptoms (back-off, probe failures, kills) and the
   * container's waiting and terminated messages, each as `Reason: message`.
   */
  reportedFailures: MessageLine[];
  /**
   * What the chosen container's logs show as a whole, in words, each finding starting with its kind:
   * while it runs, gone quiet (`quiet: ...`) or answering most requests with errors (`error
   * responses: ...`); in either log, a runtime running many times more threads than its CPU limit
   * has cores (`cpu: ...`). Empty when the logs show none of these.
   */
  logFindings: MessageLine[];
  /** The incident's Alertmanager alerts, as `gatherEvidence` gives them (`<alertname>: <words>`). */
  alerts: string[];
  reasons: Set<string>;
  eventReasons: Set<string>;
  exitCodes: Set<number>;
  nodeConditions: { type: string; status: string }[];
  /** How long the chosen container has been running since its last start; absent when it is not running. */
  runningForMs?: number;
  /** Whether the chosen container is running (not waiting, not terminated). */
  running: boolean;
  /** How long the running container's log has been quiet, when it went quiet (see `quiet:` in `logFindings`). */
  silentForMs?: number;
  /** When the evidence was gathered: the time a log's dates are read against. */
  gatheredAt: Date;
  /** Whether the chosen container is an init container. */
  initContainer: boolean;
  context: Record<string, string>;
};

/** Lines read for a runtime's start-up report of its threads, from each log's head and tail. */
const CPU_SCAN_LINES = 200;

/** The first log line, previous instance first, that shows its runtime oversubscribing the CPU limit. */
function firstCpuOversubscription(
  e: Evidence,
  cpuLimit: string | undefined,
): { found: CpuOversubscription; source: EvidenceSource } | undefined {
  if (!cpuLimit) return undefined;
  for (const [source, tail] of [
    ['previous-log', e.logs.previous],
    ['current-log', e.logs.current],
  ] as const) {
    for (const text of [tail?.head, tail?.text]) {
      const lines = (text ?? '').split('\n', CPU_SCAN_LINES);
      for (const line of lines) {
        const found = cpuOversubscription(line, cpuLimit);
        if (found) return { found, source };
      }
    }
  }
  return undefined;
}

/**
 * The readable lines of one container instance's log: its head (the instance's first lines, when
 * the tail did not reach back to them) then its tail; JSON and logfmt records become message,
 * error and stack lines; every line carries its level and the ordinal of its error block.
 */
export function logLines(tail: LogTail | undefined): LogLine[] {
  if (!tail) return [];
  const raw = [...splitRaw(tail.head), ...splitRaw(tail.text)];
  const out: LogLine[] = [];
  let blocks = 0;
  let inError = false;
  let previousLevel: LogLevel | undefined;
  let previousIndented = false;
  for (const line of raw) {
    const read = normaliseLogLine(line);
    let level = read.level;
    const indented = startsIndented(line);
    // A stack frame or the last line of a traceback belongs to the error above it.
    if (!level && !read.structured && previousLevel && (indented || previousIndented)) level = previousLevel;
    const error = isErrorLevel(level);
    if (error && !inError) blocks++;
    inError = error;
    previousLevel = level;
    previousIndented = indented;
    // A record's raw text comes last: a pattern written against the raw form still matches it.
    const texts = read.structured ? [...read.lines, line] : read.lines;
    for (const text of texts) {
      out.push({
        text: text.length > MAX_LINE_CHARS ? text.slice(0, MAX_LINE_CHARS) : text,
        ...(level ? { level } : {}),
        errorOrdinal: Math.max(0, blocks - 1),
      });
    }
  }
  return out;
}

function splitRaw(text: string | undefined): string[] {
  if (!text) return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function startsIndented(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 0x20 || c === 0x09 || line.startsWith('Caused by:');
}

/**
 * Reasons that say how a failure shows, not what it is: the kubelet's back-off and kills, probe
 * results, a container still being created. Catalog entries read them; the last resort does not.
 */
const SYMPTOM_REASONS: ReadonlySet<string> = new Set([
  'BackOff',
  'CrashLoopBackOff',
  'Unhealthy',
  'ProbeWarning',
  'Killing',
  'ContainerCreating',
  'PodInitializing',
  'Completed',
]);

export function buildView(e: Evidence): EvidenceView {
  const chosen = e.containers.find((c) => c.name === e.container);
  const examined = chosen ? [chosen] : e.containers;
  const messages: MessageLine[] = [];
  const push = (source: EvidenceSource, text: string | undefined) => {
    if (text)
      messages.push({ source, text: text.length > MAX_LINE_CHARS ? text.slice(0, MAX_LINE_CHARS) : text });
  };
  // Events and statuses of another container of the pod (a sidecar) are not this container's story.
  for (const ev of e.events)
    if (!chosen || !ev.container || ev.container === chosen.name) push('event', ev.message);
  for (const c of examined) {
    push('status', c.message);
    push('status', c.lastTerminated?.message);
  }
  push('status', e.podMessage);
  for (const c of e.conditions) push('status', c.message);
  for (const c of e.node?.conditions ?? []) push('node', c.message);

  const reportedFailures: MessageLine[] = [];
  const report = (source: EvidenceSource, reason: string | undefined, text: string | undefined) => {
    if (!text || (reason && SYMPTOM_REASONS.has(reason))) return;
    const line = reason ? `${reason}: ${text}` : text;
    reportedFailures.push({
      source,
      text: line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line,
    });
  };
  for (const c of examined) {
    report('status', c.reason, c.message);
    report('status', c.lastTerminated?.reason, c.lastTerminated?.message);
  }
  for (const ev of e.events) {
    if (ev.type !== 'Warning' || (chosen && ev.container && ev.container !== chosen.name)) continue;
    report('event', ev.reason, ev.message);
  }

  const reasons = new Set<string>();
  for (const c of examined) {
    if (c.reason) reasons.add(c.reason);
    if (c.lastTerminated?.reason) reasons.add(c.lastTerminated.reason);
  }
  if (e.podReason) reasons.add(e.podReason);
  for (const c of e.conditions) if (c.reason) reasons.add(c.reason);

  const exitCodes = new Set<number>();
  for (const c of examined) {
    if (c.exitCode !== undefined) exitCodes.add(c.exitCode);
    if (c.lastTerminated) exitCodes.add(c.lastTerminated.exitCode);
  }

  const context: Record<string, string> = {
    cluster: e.target.cluster,
    namespace: e.target.namespace,
    workload: e.target.name,
    kind: e.target.kind,
    signal: e.signal,
  };
  if (e.pod) context.pod = e.pod;
  if (e.container) context.container = e.container;
  const node = e.node?.name ?? (e.target.kind === 'Node' ? e.target.name : undefined);
  if (node) context.node = node;
  if (chosen) {
    if (chosen.image) context.image = chosen.image;
    context.restartCount = String(chosen.restartCount);
    const code = chosen.lastTerminated?.exitCode ?? chosen.exitCode;
    if (code !== undefined) context.exitCode = String(code);
    const reason = chosen.reason ?? chosen.lastTerminated?.reason;
    if (reason) context.reason = reason;
  }

  const running = chosen?.state === 'running' ? chosen : undefined;
  const startedAt = running?.startedAt ? new Date(running.startedAt) : undefined;
  const silence = running ? logSilence(e.logs.current, new Date(e.gatheredAt), startedAt) : undefined;
  const responses = running ? errorResponses(e.logs.current) : undefined;
  const oversubscribed = firstCpuOversubscription(e, chosen?.resources?.limits?.cpu);
  const runningForMs = startedAt ? new Date(e.gatheredAt).getTime() - startedAt.getTime() : undefined;

  return {
    signal: e.signal,
    previous: logLines(e.logs.previous),
    current: logLines(e.logs.current),
    messages,
    reportedFailures,
    logFindings: [
      ...(silence ? [`quiet: ${describeSilence(silence)}`] : []),
      ...(responses ? [`error responses: ${describeErrorResponses(responses)}`] : []),
    ]
      .map((text): MessageLine => ({ source: 'current-log', text }))
      .concat(
        oversubscribed
          ? [
              {
                source: oversubscribed.source,
                text: `cpu: ${describeCpuOversubscription(oversubscribed.found)}`,
              },
            ]
          : [],
      ),
    // Only the alerts the incident carries: anyone who may create Events can write `AlertFiring`.
    alerts: e.events
      .filter((ev) => ev.fromAlertmanager && ev.reason === ALERT_FIRING)
      .map((ev) => ev.message),
    reasons,
    eventReasons: new Set(e.events.map((ev) => ev.reason)),
    exitCodes,
    nodeConditions: (e.node?.conditions ?? []).map((c) => ({ type: c.type, status: c.status })),
    ...(runningForMs !== undefined && runningForMs >= 0 ? { runningForMs } : {}),
    running: running !== undefined,
    ...(silence ? { silentForMs: silence.silentMs } : {}),
    gatheredAt: new Date(e.gatheredAt),
    initContainer: chosen?.init ?? false,
    context,
  };
}
