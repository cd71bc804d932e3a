import { redactText, type Signal } from '@sre-agent/core';
import { type CatalogAction, CatalogActionSchema } from '../actions/registry.ts';
import { alertSaysBacklog, alertSaysLeak } from './alert-memory.ts';
import {
  type DiagnosisCandidate,
  type DiagnosisResult,
  type EvidenceSource,
  escalatedInstead,
  type MatchedEvidence,
} from './candidate.ts';
import { alertSaysCardinalityBurst } from './cardinality-burst.ts';
import { CATALOG } from './catalog/index.ts';
import type { Criteria, Pattern, PatternCategory, RolloutBlame } from './catalog/types.ts';
import { weighClientClosed } from './client-closed.ts';
import { correlateRollout, type RolloutCorrelationOptions } from './correlate-rollout.ts';
import { missingAllocator } from './evidence/allocator.ts';
import { type Evidence, PREVIOUS_LOG_GAP } from './evidence/index.ts';
import { QUOTED_REQUEST } from './evidence/log-responses.ts';
import { memoryLeakTrend } from './evidence/memory-trend.ts';
import { oversizedInput } from './evidence/oversized-input.ts';
import { redeliveredInput } from './evidence/redelivered-input.ts';
import { retryBacklog } from './evidence/retry-backlog.ts';
import { workerProcesses } from './evidence/worker-processes.ts';
import { buildView, type EvidenceView, type LogLine, type MessageLine } from './evidence-view.ts';
import { weighHealthyElsewhere } from './healthy-elsewhere.ts';
import { weighLoadGrowth } from './load-growth.ts';
import { isErrorLevel } from './log-line.ts';
import {
  type FailedAllocation,
  failedAllocationIn,
  kernelKillIn,
  type MemoryBudget,
  memoryBudgetIn,
  raisesMemory,
  weighMemoryHeadroom,
} from './memory-headroom.ts';
import { withoutRaiseAfterMemoryTuning } from './memory-rollout.ts';
import { weighStorageEviction } from './node-disk.ts';
import { weighRecurringAfterRestart } from './recurs-after-restart.ts';
import { weighRepeatedProbeKills } from './repeated-probe-kills.ts';
import {
  mayNameMemoryFlag,
  memoryFlagsIn,
  productHeapSetting,
  type RuntimeMemoryFlag,
  weighRuntimeCaps,
} from './runtime-caps.ts';
import { weighSaturation } from './saturation.ts';
import { withoutRollbackPastMigration } from './schema-migration.ts';
import { weighSecretRotation } from './secret-rotation.ts';
import { weighLostConsumer, weighStalledConsumer } from './stalled-consumer.ts';
import { weighWorkStopped } from './work-stopped.ts';

export { MAX_LINE_CHARS } from './evidence-view.ts';

export type DiagnoseOptions = {
  /**
   * Template values used when neither a capture nor the evidence gives one, e.g. `{ cache: 'sessions' }`
   * when exactly one Redis cache is configured.
   */
  defaults?: Readonly<Record<string, string>>;
  /** How many candidates to keep (best first). */
  maxCandidates?: number;
  /**
   * "What changed" correlation (see correlate-rollout.ts), applied by default; `false` returns the
   * bare catalog match.
   */
  rollouts?: false | RolloutCorrelationOptions;
};

/**
 * Scoring constants, in one place so the ranking can be read and tuned:
 * - a pattern's own `confidence` is the base;
 * - log evidence found only in the *current* container's log counts `CURRENT_LOG_WEIGHT` for crash
 *   signals: the previous container is the one that died, its last words are the better evidence;
 * - every `boost` group that also matches (e.g. exit 137 next to a heap OOM line) adds `BOOST_STEP`;
 * - in `any` mode, every matching group beyond the first adds `CORROBORATION_STEP`;
 * - how directly the evidence names the cause adds up to `DIRECTNESS_STEP` (see {@link directnessOf}):
 *   the matched log line is an error-level line, it belongs to the earliest error of the failing
 *   instance (not the cascade behind it), and the pattern names a cause rather than a symptom (a
 *   failing probe, a bare reason or exit code);
 * - scores are capped at `MAX_SCORE`: the catalog never claims certainty.
 * Candidates are ranked by the uncapped score, so that two patterns at the cap are still ordered by
 * their evidence; then specific patterns (matched on log lines or messages) rank before generic ones
 * (a bare reason or exit code), then catalog order.
 */
export const SCORING = {
  CURRENT_LOG_WEIGHT: 0.9,
  BOOST_STEP: 0.05,
  CORROBORATION_STEP: 0.03,
  DIRECTNESS_STEP: 0.06,
  MAX_SCORE: 0.99,
} as const;

/** Categories that describe how a failure shows, not what causes it. */
const SYMPTOM_CATEGORIES: ReadonlySet<PatternCategory> = new Set(['probe']);

const CRASH_SIGNALS: ReadonlySet<Signal> = new Set(['CrashLoopBackOff', 'OOMKilled', 'JobFailed']);

const MAX_EVIDENCE_LINES = 5;
/** What a captured value must not hold (it lands in Markdown). */
export const LINE_BREAKS_AND_BACKTICKS = /[\r\n`]+/g;
const MAX_EVIDENCE_CHARS = 300;
const MAX_VALUE_CHARS = 160;

/** Default rollout weighing by category (a pattern's own `rollout` wins). */
export const ROLLOUT_BLAME_BY_CATEGORY: Readonly<Record<PatternCategory, RolloutBlame>> = {
  memory: 'blame',
  runtime: 'blame',
  crash: 'blame',
  probe: 'blame',
  config: 'blame',
  permissions: 'blame',
  limits: 'blame',
  rollout: 'blame',
  dependency: 'mention',
  dns: 'mention',
  tls: 'mention',
  upstream: 'mention',
  disk: 'mention',
  image: 'mention',
  node: 'mention',
  scheduling: 'mention',
  eviction: 'mention',
  job: 'mention',
};

/**
 * Matches evidence against the pattern catalog, ranks the candidates, and applies the rollout
 * correlation (a failure right after a rollout makes `rollout-regression` with `rollback` the best
 * candidate; see {@link correlateRollout}). Pure and deterministic. Run it on redacted evidence: the
 * rendered texts are redacted again anyway.
 *
 * @example
 * const result = diagnose(redactEvidence(evidence));
 * if (result.kind === 'matched') console.log(result.best.summary, result.best.actions);
 */
export function diagnose(
  evidence: Evidence,
  catalog: readonly Pattern[] = CATALOG,
  options: DiagnoseOptions = {},
): DiagnosisResult {
  const matched = withoutTheKilledInstance(evidence, matchCatalog(evidence, catalog, options));
  if (options.rollouts === false) return matched;
  const correlated = correlateRollout(evidence, matched, options.rollouts ?? {}).result;
  return withoutRaiseAfterMemoryTuning(evidence, withoutRollbackPastMigration(evidence, correlated));
}

/**
 * A decision that needs the log of the instance the kubelet killed, taken while that log could not
 * be read (a `kubectl cluster-info dump` keeps only current logs):
 * - a probe symptom: what made it hang is unknown, and a slow dependency or a full pool looks the
 *   same from outside; restarting blind can send every pod into the same wall;
 * - a memory kill with no runtime flag known from the spec: the killed runtime may have printed a
 *   cap of its own (`Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=100`) that a bigger limit
 *   does not move.
 * Either is left to a human who has read that log.
 */
function withoutTheKilledInstance(evidence: Evidence, result: DiagnosisResult): DiagnosisResult {
  if (result.kind !== 'matched') return result;
  if (!evidence.gaps.some((gap) => gap.startsWith(PREVIOUS_LOG_GAP))) return result;
  const best = result.best;
  const chosen = evidence.containers.find((c) => c.name === evidence.container);
  const raisesBlind =
    best.actions.some((a) => a.kind === 'raise-memory-limit') && !chosen?.memoryFlags?.length;
  const note = SYMPTOM_CATEGORIES.has(best.category)
    ? 'The log of the instance the probe killed could not be read, so what made it hang is unknown: read it (kubectl logs --previous), then restart if nothing outside the pod holds it.'
    : raisesBlind
      ? 'The log of the instance the kernel killed could not be read: read it (kubectl logs --previous) for a heap cap of its runtime (-Xmx, MaxRAMPercentage, --max-old-space-size) before raising the limit, which such a cap ignores.'
      : undefined;
  if (!note) return result;
  const guarded = escalatedInstead(best, ['restart-pod', 'rollout-restart', 'raise-memory-limit'], {
    note,
    reason: `${best.summary} ${note}`,
  });
  return { kind: 'matched', best: guarded, candidates: [guarded, ...result.candidates.slice(1)] };
}

/** The bare catalog match, without rollout correlation. */
export function matchCatalog(
  evidence: Evidence,
  catalog: readonly Pattern[] = CATALOG,
  options: Pick<DiagnoseOptions, 'defaults' | 'maxCandidates'> = {},
): DiagnosisResult {
  const view = buildView(evidence);
  const views = { all: view, own: ownLinesOnly(view) };
  const scored: { candidate: DiagnosisCandidate; rank: number; order: number; ownWords: boolean }[] = [];
  catalog.forEach((pattern, order) => {
    const evaluated = evaluatePattern(pattern, views, options.defaults ?? {});
    if (evaluated) scored.push({ ...evaluated, order });
  });
  if (scored.length === 0) {
    return {
      kind: 'unmatched',
      reason: `no catalog pattern matched (examined ${view.previous.length + view.current.length} log lines, ${evidence.events.length} events, ${evidence.containers.length} container statuses)`,
    };
  }
  scored.sort(
    (a, b) =>
      b.rank - a.rank || Number(a.candidate.generic) - Number(b.candidate.generic) || a.order - b.order,
  );
  const flags = runtimeMemoryFlags(evidence, view);
  const chosen = evidence.containers.find((c) => c.name === evidence.container);
  // The logs are read for sizes only when a candidate would raise memory (weighing never adds a raise).
  const memoryAtStake = scored.some((s) => raisesMemory(s.candidate));
  const allocation = memoryAtStake ? largestFailedAllocation(view) : undefined;
  const budget = memoryAtStake ? largestMemoryBudget(view) : undefined;
  const killedAt = memoryAtStake
    ? evidence.events.map((e) => kernelKillIn(e.message)).find((k) => k !== undefined)
    : undefined;
  const killedLines = memoryAtStake ? logOfTheKilledInstance(evidence)?.split('\n') : undefined;
  const leak = killedLines ? memoryLeakTrend(killedLines.slice(-TREND_SCAN_LINES)) : undefined;
  const workers = killedLines ? workerProcesses(killedLines) : undefined;
  const retries = killedLines ? retryBacklog(killedLines) : undefined;
  const oversized = killedLines ? oversizedInput(killedLines) : undefined;
  const redelivered = killedLines ? redeliveredInput(killedLines) : undefined;
  const allocatorMissing = killedLines ? missingAllocator(killedLines) : undefined;
  const alertLeak = memoryAtStake ? alertSaysLeak(view) : undefined;
  const alertBacklog = memoryAtStake ? alertSaysBacklog(view) : undefined;
  const alertSeriesBurst = memoryAtStake ? alertSaysCardinalityBurst(view) : undefined;
  const found = {
    alertBacklog,
    alertLeak,
    alertSeriesBurst,
    allocation,
    allocatorMissing,
    budget,
    killedAt,
    leak,
    oversized,
    redelivered,
    retries,
    workers,
  };
  const weighed = scored.map((s) =>
    weighSecretRotation(
      weighMemoryHeadroom(weighRuntimeCaps(s.candidate, flags), chosen, flags, found),
      evidence,
    ),
  );
  const ownWords = new Set(scored.filter((s) => s.ownWords).map((s) => s.candidate.patternId));
  const ranked = weighStorageEviction(causesBeforeSymptoms(weighed, ownWords), view).slice(
    0,
    options.maxCandidates ?? 5,
  );
  // Each ranked candidate is weighed in this order, each step seeing the previous one's result.
  const weighings: readonly ((c: DiagnosisCandidate) => DiagnosisCandidate)[] = [
    (c) => weighSaturation(c, view, ranked),
    (c) => weighStalledConsumer(c, view),
    (c) => weighLostConsumer(c, view),
    (c) => weighWorkStopped(c, view),
    (c) => weighClientClosed(c, view),
    (c) => weighHealthyElsewhere(c, view),
    (c) => weighLoadGrowth(c, view),
    (c) => weighRepeatedProbeKills(c, evidence),
    (c) => weighRecurringAfterRestart(c, evidence, view),
  ];
  const candidates = ranked.map((c) => weighings.reduce((current, weigh) => weigh(current), c));
  return { kind: 'matched', best: candidates[0] as DiagnosisCandidate, candidates };
}

/**
 * Causes that lie outside the process: a dependency, an upstream, names, certificates, a limit or a
 * grant. A restart cannot clear them, unlike a wedged process or a pod-local resource. (A heap its
 * runtime exhausted under its own cap is one too: see {@link causesBeforeSymptoms}.)
 */
const CAUSES_A_RESTART_CANNOT_CLEAR: ReadonlySet<PatternCategory> = new Set([
  'dependency',
  'upstream',
  'dns',
  'tls',
  'limits',
  'permissions',
  'config',
]);

/**
 * A failing probe says how the process failed, not why. When a specific entry names, in the
 * process's own log, a cause a restart cannot clear (a saturated pool, a slow dependency), that
 * cause comes before the symptom however their scores compare: restarting on the symptom would
 * restart every pod into the same wall. A wedged process or a full pod-local volume keeps the
 * ranking by score: there a fresh pod does help, for a while.
 */
function causesBeforeSymptoms(
  ranked: readonly DiagnosisCandidate[],
  ownWords: ReadonlySet<string>,
): DiagnosisCandidate[] {
  const first = ranked[0];
  if (!first || !SYMPTOM_CATEGORIES.has(first.category)) return [...ranked];
  // A heap exhausted under its runtime's own cap (weighed into an escalation naming the flag) fills a
  // fresh process again. An uncapped one fills it again too, and more memory is its fix, but raising
  // the limit replaces every pod: it outranks a probe entry that would restart anyway, never one
  // which knows better and escalates (a kill mid-recovery), and only on the runtime's own words:
  // not on an access line or an info record that quotes what a client sent.
  const symptomEscalates = first.actions[0]?.kind === 'escalate';
  const cannotClear = (c: DiagnosisCandidate) =>
    c.category === 'memory'
      ? c.actions[0]?.kind === 'escalate' ||
        (!symptomEscalates && c.actions[0]?.kind === 'raise-memory-limit' && ownWords.has(c.patternId))
      : CAUSES_A_RESTART_CANNOT_CLEAR.has(c.category);
  const namedInLog = (c: DiagnosisCandidate) =>
    !c.generic &&
    cannotClear(c) &&
    c.evidence.some((e) => e.source === 'previous-log' || e.source === 'current-log');
  return [...ranked.filter(namedInLog), ...ranked.filter((c) => !namedInLog(c))];
}

/** Lines of a log read for usage reports, from its end. */
const TREND_SCAN_LINES = 2_000;

/**
 * The log of the instance that ran out of memory (the previous one's when it was killed), as
 * written: the view also holds a normalised copy of each structured line. Its head when the tail
 * was cut, so that the workers it started are seen.
 */
function logOfTheKilledInstance(evidence: Evidence): string | undefined {
  const tail = evidence.logs.previous?.text ? evidence.logs.previous : evidence.logs.current;
  if (!tail?.text) return undefined;
  return tail.head ? `${tail.head}\n${tail.text}` : tail.text;
}

/** The largest single allocation the failing container's logs say failed. */
function largestFailedAllocation(view: EvidenceView): FailedAllocation | undefined {
  return largestIn([...view.previous, ...view.current], failedAllocationIn);
}

/** Lines read from the start of each log for the memory budgets a server prints as it starts. */
const BUDGET_SCAN_LINES = 300;

/** The largest memory budget the failing container's logs print for the server itself. */
function largestMemoryBudget(view: EvidenceView): MemoryBudget | undefined {
  const startUp = [...view.previous.slice(0, BUDGET_SCAN_LINES), ...view.current.slice(0, BUDGET_SCAN_LINES)];
  return largestIn(startUp, memoryBudgetIn);
}

/** The largest size `read` finds in the lines (the first of equals). */
function largestIn<T extends { bytes: number }>(
  lines: readonly LogLine[],
  read: (text: string) => T | undefined,
): T | undefined {
  let largest: T | undefined;
  for (const line of lines) {
    const found = read(line.text);
    if (found && (!largest || found.bytes > largest.bytes)) largest = found;
  }
  return largest;
}

/** The runtime memory flags of the failing container: from its spec, then from its log. */
function runtimeMemoryFlags(evidence: Evidence, view: EvidenceView): RuntimeMemoryFlag[] {
  const chosen = evidence.containers.find((c) => c.name === evidence.container);
  const flags = (chosen?.memoryFlags ?? []).flatMap((f) => memoryFlagsIn(f.flag, f.where));
  for (const line of [...view.previous, ...view.current]) {
    if (flags.length >= 8) break;
    if (mayNameMemoryFlag(line.text)) flags.push(...memoryFlagsIn(line.text, 'the log'));
  }
  // No explicit JVM cap in the evidence: a product that sizes its own heap still caps it.
  const product = chosen && !flags.some((f) => f.runtime === 'jvm') ? productHeapSetting(chosen) : undefined;
  if (product) flags.push(product);
  return flags;
}

// ---------------------------------------------------------------------------------------------
// Matching

type GroupResult = {
  matched: boolean;
  evidence: MatchedEvidence[];
  captures: Record<string, string>;
  /** For log groups: whether any hit came from the previous container's log. */
  inPrevious?: boolean;
  /** For log groups: the log lines that matched. */
  lines?: LogLine[];
};

const NO_MATCH: GroupResult = { matched: false, evidence: [], captures: {} };

function mergeCaptures(into: Record<string, string>, match: RegExpExecArray | null): void {
  for (const [key, value] of Object.entries(match?.groups ?? {})) {
    if (value !== undefined && value !== '' && into[key] === undefined) into[key] = cleanValue(value);
  }
}

function cleanValue(value: string): string {
  const flat = value.replace(LINE_BREAKS_AND_BACKTICKS, ' ').trim();
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}

/** Which lines a log matcher reads: every line, failures (error level or no level), error or warning level only. */
type LineFilter = 'all' | 'failures' | 'error-level' | 'warn-level';

function lineFilterOf(matcher: NonNullable<Criteria['logs']>): LineFilter {
  if (matcher.errorLevelOnly) return 'error-level';
  if (matcher.warnLevelOnly) return 'warn-level';
  return matcher.errorLinesOnly ? 'failures' : 'all';
}

function readsLine(filter: LineFilter, line: LogLine): boolean {
  if (filter === 'all') return true;
  if (filter === 'warn-level') return line.level === 'warn';
  if (line.level === undefined) return filter === 'failures';
  return isErrorLevel(line.level);
}

function findInLines(
  regex: RegExp,
  lines: readonly LogLine[],
  filter: LineFilter = 'all',
): { line: LogLine; match: RegExpExecArray } | undefined {
  for (const line of lines) {
    if (!readsLine(filter, line)) continue;
    const match = regex.exec(line.text);
    if (match) return { line, match };
  }
  return undefined;
}

function findInTexts(regex: RegExp, texts: readonly string[]): RegExpExecArray | undefined {
  for (const text of texts) {
    const match = regex.exec(text);
    if (match) return match;
  }
  return undefined;
}

function matchLogs(matcher: NonNullable<Criteria['logs']>, view: EvidenceView): GroupResult {
  const all = 'all' in matcher;
  const regexes = 'all' in matcher ? matcher.all : matcher.any;
  const result: GroupResult = { matched: false, evidence: [], captures: {}, inPrevious: false, lines: [] };
  let hits = 0;
  const filter = lineFilterOf(matcher);
  for (const regex of regexes) {
    const prev = findInLines(regex, view.previous, filter);
    const hit = prev ?? findInLines(regex, view.current, filter);
    if (!hit) {
      if (all) return NO_MATCH;
      continue;
    }
    hits++;
    if (prev) result.inPrevious = true;
    mergeCaptures(result.captures, hit.match);
    result.lines?.push(hit.line);
    result.evidence.push({ source: prev ? 'previous-log' : 'current-log', text: hit.line.text });
  }
  result.matched = hits > 0;
  return result.matched ? result : NO_MATCH;
}

function matchMessages(regexes: readonly RegExp[], lines: readonly MessageLine[]): GroupResult {
  const result: GroupResult = { matched: false, evidence: [], captures: {} };
  for (const regex of regexes) {
    for (const line of lines) {
      const match = regex.exec(line.text);
      if (!match) continue;
      result.matched = true;
      mergeCaptures(result.captures, match);
      result.evidence.push({ source: line.source, text: line.text });
      break;
    }
  }
  return result.matched ? result : NO_MATCH;
}

function matchSet<T>(
  wanted: readonly T[],
  have: ReadonlySet<T>,
  source: EvidenceSource,
  label: string,
): GroupResult {
  const found = wanted.filter((w) => have.has(w));
  if (found.length === 0) return NO_MATCH;
  return { matched: true, evidence: [{ source, text: `${label} ${found.join(', ')}` }], captures: {} };
}

function matchNodeConditions(
  wanted: NonNullable<Criteria['nodeConditions']>,
  view: EvidenceView,
): GroupResult {
  const found = view.nodeConditions.filter((c) =>
    wanted.some((w) => w.type === c.type && (w.status as readonly string[]).includes(c.status)),
  );
  if (found.length === 0) return NO_MATCH;
  return {
    matched: true,
    evidence: [
      { source: 'node', text: `node condition ${found.map((c) => `${c.type}=${c.status}`).join(', ')}` },
    ],
    captures: {},
  };
}

const HOUR_MS = 3_600_000;

/** The chosen container has run at least `hours` since it last started. */
function matchRunningFor(hours: number, view: EvidenceView): GroupResult {
  const ms = view.runningForMs;
  if (ms === undefined || ms < hours * HOUR_MS) return NO_MATCH;
  const total = Math.floor(ms / HOUR_MS);
  const days = Math.floor(total / 24);
  const uptime = days > 0 ? `${days} d ${total % 24} h` : `${total} h`;
  return {
    matched: true,
    evidence: [{ source: 'status', text: `running for ${uptime} since its last start` }],
    captures: {},
  };
}

/** Evaluates each criteria group that is present; absent groups are not in the result. */
function evaluateCriteria(criteria: Criteria, view: EvidenceView): GroupResult[] {
  const groups: GroupResult[] = [];
  if (criteria.logs) groups.push(matchLogs(criteria.logs, view));
  if (criteria.exitCodes) groups.push(matchSet(criteria.exitCodes, view.exitCodes, 'exit-code', 'exit code'));
  if (criteria.reasons) groups.push(matchSet(criteria.reasons, view.reasons, 'reason', 'reason'));
  if (criteria.events) groups.push(matchMessages(criteria.events, view.messages));
  if (criteria.reportedFailures) groups.push(matchMessages(criteria.reportedFailures, view.reportedFailures));
  if (criteria.logFindings) groups.push(matchMessages(criteria.logFindings, view.logFindings));
  if (criteria.eventReasons)
    groups.push(matchSet(criteria.eventReasons, view.eventReasons, 'event', 'event reason'));
  if (criteria.nodeConditions) groups.push(matchNodeConditions(criteria.nodeConditions, view));
  if (criteria.runningForHours !== undefined) groups.push(matchRunningFor(criteria.runningForHours, view));
  return groups;
}

/** Whether a pattern is generic: it matches on neither log lines nor messages (or says so). */
export function isGeneric(pattern: Pattern): boolean {
  const { logs, events, reportedFailures, logFindings } = pattern.match;
  return pattern.generic ?? (!logs && !events && !reportedFailures && !logFindings);
}

function evaluatePattern(
  pattern: Pattern,
  views: { all: EvidenceView; own: EvidenceView },
  defaults: Readonly<Record<string, string>>,
): { candidate: DiagnosisCandidate; rank: number; ownWords: boolean } | undefined {
  // Whatever changes something reads only the process's own lines: never a request a client wrote.
  const view = mutates(pattern) ? views.own : views.all;
  if (pattern.signals && view.signal !== 'Alert' && !pattern.signals.includes(view.signal)) return undefined;
  // An alert may be about anything, but an entry only about init containers needs one.
  if (pattern.signals?.every((s) => s === 'InitContainerStuck') && !view.initContainer) return undefined;
  const groups = evaluateCriteria(pattern.match, movesNode(pattern) ? clusterWordsOnly(view) : view);
  if (groups.length === 0) return undefined;
  const matched = groups.filter((g) => g.matched);
  const mode = pattern.match.mode ?? 'all';
  if (mode === 'all' ? matched.length !== groups.length : matched.length === 0) return undefined;
  // An uptime is the running instance's: what it says of a line the previous instance logged is nothing.
  if (pattern.match.runningForHours !== undefined && matched.some((g) => g.inPrevious)) return undefined;

  const boosts = pattern.boost ? evaluateCriteria(pattern.boost, view).filter((g) => g.matched) : [];
  const scoreInput = {
    base: pattern.confidence,
    logsOnlyInCurrent: pattern.match.logs !== undefined && matched.some((g) => g.inPrevious === false),
    crashSignal: CRASH_SIGNALS.has(view.signal),
    boosts: boosts.length,
    extraGroups: mode === 'any' ? matched.length - 1 : 0,
    directness: directnessOf(
      pattern,
      matched.flatMap((g) => g.lines ?? []),
    ),
  };
  const confidence = scoreCandidate(scoreInput);
  const rank = rawScore(scoreInput);

  const captures: Record<string, string> = {};
  for (const g of [...matched, ...boosts]) {
    for (const [k, v] of Object.entries(g.captures)) if (captures[k] === undefined) captures[k] = v;
  }
  for (const regex of pattern.captures ?? []) {
    const texts = [...view.previous, ...view.current, ...view.messages].map((l) => l.text);
    const hit = findInTexts(regex, texts);
    if (hit) mergeCaptures(captures, hit);
  }
  const vars = { ...defaults, ...view.context, ...captures };
  const summary = redactText(renderTemplate(pattern.diagnosis, vars).text);
  const actions = renderActions(pattern.actions, vars, summary);

  const seen = new Set<string>();
  const evidenceLines: MatchedEvidence[] = [];
  for (const item of [...matched, ...boosts].flatMap((g) => g.evidence)) {
    const key = `${item.source}|${item.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text =
      item.text.length > MAX_EVIDENCE_CHARS ? `${item.text.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : item.text;
    evidenceLines.push({ source: item.source, text: redactText(text) });
    if (evidenceLines.length >= MAX_EVIDENCE_LINES) break;
  }
  const candidate: DiagnosisCandidate = {
    patternId: pattern.id,
    title: pattern.title,
    category: pattern.category,
    summary,
    confidence,
    actions,
    fixable: pattern.fixable && actions.some((a) => a.kind !== 'escalate'),
    remediationHint: pattern.remediationHint,
    generic: isGeneric(pattern),
    rollout: pattern.rollout ?? ROLLOUT_BLAME_BY_CATEGORY[pattern.category],
    evidence: evidenceLines,
    ...dependencyOf(captures),
  };
  const logLines = matched.flatMap((g) => g.lines ?? []);
  return { candidate, rank, ownWords: logLines.length > 0 && logLines.every(ownFailureLine) };
}

/** A log line the process wrote about itself: not below warning level, not a request a client sent. */
function ownFailureLine(line: LogLine): boolean {
  if (line.level === 'info' || line.level === 'debug' || line.level === 'trace') return false;
  return !QUOTED_REQUEST.test(line.text);
}

/** Whether any of a pattern's actions changes something (anything but an escalation). */
function mutates(pattern: Pattern): boolean {
  return pattern.actions.some((a) => a.kind !== 'escalate');
}

/**
 * The view without request lines (`"GET /x HTTP/1.1" 200 ... "<user agent>"`): their path, query and
 * user agent are a client's words, which may quote any error and must never trigger a change.
 */
function ownLinesOnly(view: EvidenceView): EvidenceView {
  const own = (l: LogLine) => !QUOTED_REQUEST.test(l.text);
  return { ...view, previous: view.previous.filter(own), current: view.current.filter(own) };
}

/** Whether a pattern's actions act on the pod's node rather than on its workload. */
function movesNode(pattern: Pattern): boolean {
  return pattern.actions.some((a) => a.kind === 'cordon-drain-node' || a.kind === 'replace-node');
}

/**
 * The view without the containers' own status messages: a termination message is the container's
 * to write (`FallbackToLogsOnError` copies its log there), and it never moves a node.
 */
function clusterWordsOnly(view: EvidenceView): EvidenceView {
  const ours = (l: MessageLine) => l.source === 'event' || l.source === 'node';
  return {
    ...view,
    messages: view.messages.filter(ours),
    reportedFailures: view.reportedFailures.filter(ours),
  };
}

const DEPENDENCY_CAPTURES = ['host', 'upstream', 'broker'] as const;

/** The captured endpoint, normalised and bounded (captures come from logs). */
function dependencyOf(captures: Readonly<Record<string, string>>): { dependency?: string } {
  const value = DEPENDENCY_CAPTURES.map((name) => captures[name]).find((v) => v !== undefined && v !== '');
  // `db:5432` and `db` are the same endpoint; the port stays in the diagnosis text.
  const host = value
    ?.toLowerCase()
    .slice(0, 253)
    .replace(/:\d{1,5}$/, '');
  return host ? { dependency: redactText(host) } : {};
}

/**
 * The score of a matched pattern, per {@link SCORING}:
 * `min(MAX_SCORE, base × (CURRENT_LOG_WEIGHT if the log evidence is only in the current log of a
 * crashing container, else 1) + BOOST_STEP × boosts + CORROBORATION_STEP × extraGroups)`.
 */
export function scoreCandidate(input: ScoreInput): number {
  return Math.round(Math.min(SCORING.MAX_SCORE, rawScore(input)) * 1000) / 1000;
}

export type ScoreInput = {
  base: number;
  logsOnlyInCurrent: boolean;
  crashSignal: boolean;
  boosts: number;
  extraGroups: number;
  /** In [0, 1]: how directly the evidence names the cause ({@link directnessOf}); 0 when absent. */
  directness?: number;
};

/** The score before the cap: what candidates are ranked by. */
function rawScore(input: ScoreInput): number {
  const weight = input.logsOnlyInCurrent && input.crashSignal ? SCORING.CURRENT_LOG_WEIGHT : 1;
  return (
    input.base * weight +
    SCORING.BOOST_STEP * input.boosts +
    SCORING.CORROBORATION_STEP * Math.max(0, input.extraGroups) +
    SCORING.DIRECTNESS_STEP * (input.directness ?? 0)
  );
}

/**
 * How directly the evidence names the cause, in [0, 1], as the mean of three facts that hold for
 * any software, whatever its wording:
 * - the pattern names a cause, not a symptom (a failing probe, or a bare reason or exit code: the
 *   kubelet saw the process die or hang, not why);
 * - a matched log line is at error level or worse (a `connection refused` at debug level is a
 *   retry being logged, at error level it is the failure);
 * - a matched log line belongs to the earliest error of its container instance (`1 / (1 + n)` for
 *   the n-th error block): the cause comes first, the cascade of timeouts and 503s follows it.
 */
export function directnessOf(pattern: Pattern, lines: readonly LogLine[]): number {
  const cause = SYMPTOM_CATEGORIES.has(pattern.category) || isGeneric(pattern) ? 0 : 1;
  if (lines.length === 0) return cause / 3;
  const level = Math.max(...lines.map((l) => (isErrorLevel(l.level) ? 1 : l.level === 'warn' ? 0.5 : 0)));
  const earliest = Math.max(...lines.map((l) => (isErrorLevel(l.level) ? 1 / (1 + l.errorOrdinal) : 0)));
  return (cause + level + earliest) / 3;
}

// ---------------------------------------------------------------------------------------------
// Templates

const OPTIONAL_SEGMENT = /\[\[((?:(?!\]\]).)*)\]\]/gs;
const PLACEHOLDER = /\{([A-Za-z][\w]*)(?:\|([^{}]*))?\}/g;

/**
 * Fills `{name}` and `{name|fallback}` placeholders from `vars`; `[[ ... ]]` is an optional segment,
 * dropped entirely when a placeholder inside it has no value. Unknown placeholders outside optional
 * segments render as `(unknown)` and are reported in `missing`.
 */
export function renderTemplate(
  template: string,
  vars: Readonly<Record<string, string>>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const fill = (text: string, onMissing: (name: string) => string) =>
    text.replace(PLACEHOLDER, (_m, name: string, fallback: string | undefined) => {
      const value = vars[name];
      if (value !== undefined && value !== '') return value;
      if (fallback !== undefined) return fallback;
      return onMissing(name);
    });
  const withOptional = template.replace(OPTIONAL_SEGMENT, (_m, inner: string) => {
    let complete = true;
    const filled = fill(inner, () => {
      complete = false;
      return '';
    });
    return complete ? filled : '';
  });
  const text = fill(withOptional, (name) => {
    missing.push(name);
    return '(unknown)';
  });
  return { text, missing };
}

const MAX_REASON = 500;

/**
 * Renders the string parameters of each action. A parameter whose template cannot be filled is
 * removed; the action is kept only if it still parses (so `raise-memory-limit` loses its optional
 * `container`, while `flush-redis-cache` without a cache name is dropped). No action left → escalate.
 */
function renderActions(
  templates: readonly CatalogAction[],
  vars: Readonly<Record<string, string>>,
  summary: string,
): CatalogAction[] {
  const out: CatalogAction[] = [];
  for (const template of templates) {
    const draft: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) {
      if (key === 'kind' || typeof value !== 'string') {
        draft[key] = value;
        continue;
      }
      const rendered = renderTemplate(value, vars);
      if (rendered.missing.length > 0) continue;
      const text = redactText(rendered.text);
      draft[key] = key === 'reason' && text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
    }
    const parsed = CatalogActionSchema.safeParse(draft);
    if (parsed.success) out.push(parsed.data);
  }
  if (out.length === 0) {
    out.push({
      kind: 'escalate',
      reason: summary.length > MAX_REASON ? `${summary.slice(0, MAX_REASON - 1)}…` : summary,
    });
  }
  return out;
}
