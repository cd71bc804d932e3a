/**
 * What an alert says about the load: it grew ("requests 3.3x the same hour last week", "1.9k rps vs
 * 620 rps usual", "jobs 2.6x usual") and every pod is busy with it ("CPU 97% of limit on every pod",
 * "busy 25/25 threads on 3/3 processes", "GPU utilization 97-99% on 6 of 6 replicas", the HPA at
 * its maximum; a consumer group with partitions no member takes), or more arrives than is taken off
 * ("consume 3.6k/s, produce 11.2k/s"), while what the pods call is not the bottleneck and errors
 * stay rare. That is the load more replicas share. A dependency that is saturated itself
 * ("billing-db CPU 99%", "sessions 400/400"), a lock, a rate limit or failing requests make more
 * replicas part of the problem: the escalation stays. What grew must be the work (requests, jobs,
 * messages), not memory or latency; label values templated into the alert never count (the
 * ingest replaces them).
 *
 * Word and character scans of the bounded alert clauses (`alert-clauses.ts`), no regex.
 */
import {
  type Clause,
  clausesOf,
  countsIn,
  has,
  hasInWordsOrNames,
  NAME_END,
  namesDependency,
  saturated,
  UNHEALTHY,
  wholeCount,
} from './alert-clauses.ts';
import type { DiagnosisCandidate } from './candidate.ts';
import type { EvidenceView } from './evidence-view.ts';
import { WORKER_POOL_SATURATED } from './saturation.ts';
import { decimalEnd, decimalStart, isDigitCode, isLetterCode, thousandsSeparator } from './text-scan.ts';

/** How much the load must have grown against its usual level. */
const GREW = 1.5;
/** A usage share at or above which a pod (or a dependency) is busy. */
const BUSY_SHARE = 85;
/** An error share above which the load is failing requests, not only slowing them. */
const ERRORS_SHARE = 1;
/** Words that compare with the usual level. */
const USUAL: readonly string[] = [
  'usual',
  'normal',
  'last',
  'week',
  'same',
  'baseline',
  'yesterday',
  'typical',
  'average',
  'avg',
];
/** Words that name the work itself, what more replicas share. */
const TRAFFIC: readonly string[] = [
  'requests',
  'request',
  'rps',
  'qps',
  'traffic',
  'jobs',
  'messages',
  'calls',
  'events',
  'orders',
  'sessions',
  'users',
  'throughput',
  'load',
  'logins',
  'posts',
  'uploads',
  'searches',
  'checkouts',
  'signups',
  'visits',
  'pageviews',
  'transactions',
  'payments',
  'authorisations',
  'authorizations',
  'queries',
  'inserts',
];
/** Words that say every pod. */
const EVERY: readonly string[] = ['every', 'all', 'each', 'both'];
/** Words that say something outside the pods holds or limits them (a CPU limit is the pod's own). */
const CONTENDED: readonly string[] = [
  'lock',
  'locks',
  'locked',
  'waiting',
  'throttled',
  'throttling',
  'quota',
];
const RATE_LIMITED: readonly string[] = ['rate limit', 'rate-limit', 'ratelimit', ' 429'];
/** Words that open a clause saying there are none (`no 5xx`, `zero errors`). */
const NONE_WORDS: readonly string[] = ['no', 'zero', 'none'];
/** Work that waits in a queue (`jobs waiting`), as opposed to threads waiting on a lock. */
const QUEUED_ITEMS: readonly string[] = ['jobs', 'messages', 'tasks', 'items', 'events', 'requests'];
/** The clause names the CPU (`CPU 97%`, `CPU-throttled in 88% of periods`). */
const cpuWord = (clause: Clause) => clause.words.some((w) => w === 'cpu' || w.startsWith('cpu-'));
/** Status codes of requests that fail on the server's side. */
const SERVER_ERRORS: readonly string[] = ['5xx', '500', '502', '503', '504'];
/** A share of a quota at or above which it holds the work back. */
const QUOTA_NEAR = 80;

/**
 * Whether a status code stands in the text as one (`5xx`, `503 ratio`, `HTTP 502`), not as a count
 * (`38 of 500`, `threads 200/500`, `1500`).
 */
function statusIn(text: string, code: string): boolean {
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + code.length);
    if (
      isDigitCode(before.charCodeAt(0)) ||
      isDigitCode(after.charCodeAt(0)) ||
      before === '/' ||
      before === '.'
    )
      continue;
    if (text.slice(Math.max(0, at - 3), at) === 'of ') continue;
    return true;
  }
  return false;
}

/** Words that say requests fail. */
const FAILING: readonly string[] = ['error', 'errors', 'failure', 'failures', 'failed'];

/** Numbers of a clause with what follows each (`3.3x` gives 3.3 and `x`, `97%` gives 97 and `%`). */
function figures(text: string): { value: number; unit: string; at: number }[] {
  const out: { value: number; unit: string; at: number }[] = [];
  for (let i = 0; i < text.length && out.length < 40; i++) {
    if (
      !isDigitCode(text.charCodeAt(i)) ||
      (i > 0 && (isDigitCode(text.charCodeAt(i - 1)) || text[i - 1] === '.'))
    )
      continue;
    let end = decimalEnd(text, i);
    // `48,210`, `2,940/s`: thousands written with commas are one number.
    while (thousandsSeparator(text, end)) end = decimalEnd(text, end + 1);
    // A sentence's full stop after a number is no decimal point.
    if (text[end - 1] === '.') end--;
    const value = Number(text.slice(i, end).replaceAll(',', ''));
    if (Number.isFinite(value)) out.push({ value, unit: text[end] ?? '', at: i });
    i = end;
  }
  return out;
}

/** A rate as a number (`11.2k` is 11,200). */
const rate = (f: { value: number; unit: string }) => (f.unit === 'k' ? f.value * 1000 : f.value);

/**
 * `3.3x the same hour last week`, `2.6x usual`, `3.4x the 7-day p95`: a multiple of the usual level;
 * `+55% since partner "acme" went live`: a share more than before.
 */
function grewBy(clause: Clause): number | undefined {
  // What grew must be the work (`requests 3x`), not a symptom of it (`memory 3x`, `latency 2.3s vs 0.5s`).
  if (!namesWork(clause)) return undefined;
  const all = figures(clause.text);
  // `2.9x`, not the `4xx` of a status class: the `x` ends the word.
  const multiple = all.find(
    (f) => f.unit === 'x' && !isLetterCode(clause.text.charCodeAt(f.at + String(f.value).length + 1)),
  );
  const afterMultiple = multiple ? multiple.at + String(multiple.value).length + 1 : 0;
  // `traffic 2.9x`, `SSR requests 3.1x`: a multiple right after the work is one of its usual level.
  const rightAfterWork = multiple !== undefined && followsWork(clause.text, multiple.at);
  if (multiple && (has(clause, USUAL) || clause.text.startsWith(' the ', afterMultiple) || rightAfterWork))
    return multiple.value;
  // `NumberOfMessagesSent +55%`: a share more of the work named right before it, never of a symptom.
  const more = all.find(
    (f) => f.unit === '%' && clause.text.charAt(f.at - 1) === '+' && followsWorkName(clause, f.at - 1),
  );
  if (more) return 1 + more.value / 100;
  if (!has(clause, USUAL)) return undefined;
  // `1.9k rps vs 620 rps usual`, `logins 41/s against 6/s on a normal hour`: two rates compared.
  const vs = [' vs ', ' against '].map((w) => clause.text.indexOf(w)).find((at) => at >= 0);
  if (vs === undefined) return undefined;
  const before = figures(clause.text.slice(0, vs)).at(-1);
  const after = figures(clause.text.slice(vs)).at(0);
  if (!before || !after || after.value <= 0) return undefined;
  return rate(before) / rate(after);
}

/** Letters a metric's name has at least, where a plain word has fewer (`numberofmessagessent`). */
const METRIC_NAME_MIN = 12;

/** Words that make a clause's figures symptoms of the work, not the work: latency, durations, memory. */
const SYMPTOMS: readonly string[] = ['latency', 'duration', 'memory', 'heap', 'cpu', 'errors', 'error'];

/**
 * Whether the figure at `at` comes right after the work's name: a work word (`requests +60%`) or a
 * metric name whose parts name the work (`NumberOfMessagesSent +55%`); never in a clause about a
 * symptom (`requests p99 latency +80%`).
 */
function followsWorkName(clause: Clause, at: number): boolean {
  if (has(clause, SYMPTOMS) || ['p99', 'p95', 'p50'].some((p) => clause.text.includes(p))) return false;
  const name = wordBefore(clause.text, at);
  if (TRAFFIC.includes(name)) return true;
  // A metric name (one long word, as camel case lower-cased gives it) holding a word of the work
  // (`numberofmessagessent`).
  return name.length > METRIC_NAME_MIN && [...TRAFFIC, ...INFLOW].some((w) => name.includes(w));
}

/** Whether the figure at `at` comes right after a word that names the work (`traffic 2.9x`). */
function followsWork(text: string, at: number): boolean {
  return TRAFFIC.includes(wordBefore(text, at));
}

/** The word of letters right before `at`, spaces between skipped (`traffic` in `traffic 2.9x`). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text.charAt(end - 1) === ' ') end--;
  let start = end;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * `authorisations 2,940/s (same hour 4-week average 1,710/s)`: the work's rate, then the usual rate
 * in the clause after it, in the same unit.
 */
function grewAgainstNext(clause: Clause, next: Clause | undefined): number | undefined {
  if (!next || !namesWork(clause) || !has(next, USUAL)) return undefined;
  const now = figures(clause.text).findLast((f) => f.unit === '/');
  const usual = figures(next.text).findLast((f) => f.unit === '/');
  if (!now || !usual || usual.value <= 0) return undefined;
  const unitOf = (text: string, f: { value: number; at: number }) => {
    const from = text.indexOf('/', f.at);
    return text.slice(from, from + 4);
  };
  return unitOf(clause.text, now) === unitOf(next.text, usual) ? rate(now) / rate(usual) : undefined;
}

/** `produce rate on orders.events went from 410/s to 690/s`: the work's rate, then and now. */
function grewFromTo(clause: Clause): number | undefined {
  // The work's own rate (`produce rate`, `requests`), never a share of it (`cache miss rate 4% to 38%`).
  if (!namesWork(clause)) return undefined;
  const from = clause.text.indexOf(' from ');
  const to = from < 0 ? -1 : clause.text.indexOf(' to ', from + 6);
  if (to < 0) return undefined;
  const before = figures(clause.text.slice(from, to)).at(0);
  const after = figures(clause.text.slice(to)).at(0);
  if (!before || !after || before.value <= 0 || before.unit !== after.unit || before.unit === '%')
    return undefined;
  return rate(after) / rate(before);
}

/** Words that open a clause giving what arrives, and what is taken off (`produce 11.2k/s`, `consumed 21/min`). */
const INFLOW: readonly string[] = [
  'produce',
  'produced',
  'publish',
  'published',
  'incoming',
  'enqueued',
  'arriving',
  'sent',
];
const OUTFLOW: readonly string[] = [
  'consume',
  'consumed',
  'processed',
  'dequeued',
  'ack',
  'acked',
  'completed',
];

/** The work itself, in the clause's words or its metric names' parts (`NumberOfMessagesSent`). */
const namesWork = (clause: Clause) => hasInWordsOrNames(clause, TRAFFIC) || hasInWordsOrNames(clause, INFLOW);

/**
 * How many times what arrives outruns what is taken off, from two clauses of one alert (`processed
 * 17.8/s; enqueued 31/s`) or one that compares them (`consume 9.1k/s vs produce 13.8k/s`).
 */
function inflowOverOutflow(clauses: readonly Clause[]): number | undefined {
  for (const clause of clauses) {
    const vs = clause.text.indexOf(' vs ');
    if (vs < 0 || !has(clause, INFLOW) || !has(clause, OUTFLOW)) continue;
    const before = figures(clause.text.slice(0, vs)).at(-1);
    const after = figures(clause.text.slice(vs)).at(0);
    if (!before || !after || before.value <= 0 || after.value <= 0) continue;
    const inflowFirst = INFLOW.some((w) => clause.text.slice(0, vs).includes(w));
    return inflowFirst ? rate(before) / rate(after) : rate(after) / rate(before);
  }
  const first = (words: readonly string[]) =>
    clauses.find((c) => words.includes(c.words[0] ?? '') || words.includes(c.words[1] ?? ''));
  const inflow = first(INFLOW);
  const outflow = first(OUTFLOW);
  const a = inflow && figures(inflow.text)[0];
  const b = outflow && figures(outflow.text)[0];
  return a && b && b.value > 0 ? rate(a) / rate(b) : undefined;
}

/** `processed 17.8/s (flat since 06:10)`: what is taken off stays at a ceiling while more arrives. */
const FLAT: readonly string[] = ['flat', 'steady', 'constant', 'unchanged'];
function outflowAtCeiling(clauses: readonly Clause[]): boolean {
  return clauses.some((c, i) => {
    if (!OUTFLOW.includes(c.words[0] ?? '') && !OUTFLOW.includes(c.words[1] ?? '')) return false;
    // The parenthesis after it is a clause of its own: `processed 17.8/s (flat since 06:10)`.
    const next = clauses[i + 1];
    // A flat zero is a consumer that stopped, not one at its ceiling.
    if (!((figures(c.text)[0]?.value ?? 0) > 0)) return false;
    return has(c, FLAT) || (next !== undefined && FLAT.includes(next.words[0] ?? ''));
  });
}

/** Words that name what waits in a queue (`ready`, `pending messages`, `ApproximateNumberOfMessagesVisible`). */
const BACKLOG: readonly string[] = [
  'backlog',
  'depth',
  'lag',
  'ready',
  'visible',
  'pending',
  'queued',
  'length',
  'available',
  'unprocessed',
  'waiting',
];
/** Words that say the backlog is a queue of work. */
const QUEUED_WORK: readonly string[] = [
  'queue',
  'tube',
  'topic',
  'channel',
  'consumer',
  'group',
  'tasks',
  'task',
  'items',
  'partitions',
];
/** What waits that more replicas would not take off (pods waiting for nodes). */
const NOT_A_QUEUE: readonly string[] = ['pod', 'pods', 'node', 'nodes'];
const GROWING: readonly string[] = ['growing', 'grows', 'grew', 'rising', 'climbing', 'increasing'];

/**
 * `12840 ready and rising`, `lag 9.4M and rising for 45m`, `77.9k pending messages, growing by about
 * 1100 per minute`, `available=48213 (growing 900/min)`, `ApproximateNumberOfMessagesVisible 48,210
 * (+9,400 in 15m)`: a queue growing, more arriving than is taken off. The clause naming the queue,
 * with its growth there or in the clause right after it.
 */
function backlogGrowing(clauses: readonly Clause[]): string | undefined {
  // A queue of work: not pods waiting for a node, not a database's replication lag.
  if (!clauses.some((c) => hasInWordsOrNames(c, QUEUED_WORK) || namesWork(c))) return undefined;
  for (const [i, clause] of clauses.entries()) {
    if (!hasInWordsOrNames(clause, BACKLOG) || figures(clause.text).length === 0) continue;
    if (has(clause, NOT_A_QUEUE) || namesDependency(clause)) continue;
    const next = clauses[i + 1];
    const growth = (c: Clause | undefined) =>
      c !== undefined &&
      (has(c, GROWING) || figures(c.text).some((f) => c.text.charAt(f.at - 1) === '+' && f.unit !== '%'));
    if (
      growth(clause) ||
      (growth(next) &&
        next !== undefined &&
        (next.text.startsWith('+') || GROWING.includes(next.words[0] ?? '')))
    ) {
      return clause.text;
    }
  }
  return undefined;
}

/** The number right before `word` in the clause (`24 partitions`), if any. */
function countBefore(clause: Clause, word: string): number | undefined {
  return figures(clause.text).find((f) => clause.text.startsWith(` ${word}`, f.at + String(f.value).length))
    ?.value;
}

/** `24 partitions, 8 members`: a consumer group with partitions no member takes yet. */
function roomForMembers(clauses: readonly Clause[]): boolean {
  const count = (word: string) => clauses.map((c) => countBefore(c, word)).find((n) => n !== undefined);
  const partitions = count('partitions');
  const members = count('members');
  return partitions !== undefined && members !== undefined && members < partitions;
}

/** The highest share (`97%`, `88-93%`) a clause gives. */
function highestShare(clause: Clause): number | undefined {
  const shares = figures(clause.text)
    .filter((f) => f.unit === '%' || clause.text[f.at + String(f.value).length] === '-')
    .map((f) => f.value);
  return shares.length ? Math.max(...shares) : undefined;
}

/** `CPU 1.97 of 2 cores`: the share of its cores a pod uses, in percent (`<used> of <limit> core`, in a row). */
function coresShare(clause: Clause): number | undefined {
  const at = clause.text.indexOf(' core');
  if (at < 0) return undefined;
  const limitFrom = decimalStart(clause.text, at);
  // `1.97 of 2 cores`, `1.98/2 cores`.
  const separator = clause.text.endsWith(' of ', limitFrom)
    ? 4
    : clause.text.endsWith('/', limitFrom)
      ? 1
      : 0;
  if (limitFrom === at || separator === 0) return undefined;
  const usedEnd = limitFrom - separator;
  const usedFrom = decimalStart(clause.text, usedEnd);
  if (usedFrom === usedEnd) return undefined;
  const used = Number(clause.text.slice(usedFrom, usedEnd));
  const limit = Number(clause.text.slice(limitFrom, at));
  return Number.isFinite(used) && Number.isFinite(limit) && limit > 0 ? (used / limit) * 100 : undefined;
}

/** A clause about the CPU or GPU that gives a busy share (`97%`, `1.97 of 2 cores`, `at CPU limit`). */
const busyProcessor = (clause: Clause) =>
  (cpuWord(clause) || clause.words.includes('gpu')) &&
  (Math.max(highestShare(clause) ?? 0, coresShare(clause) ?? 0) >= BUSY_SHARE ||
    AT_LIMIT.some((phrase) => clause.text.includes(phrase)));
/** Phrases that put a processor at its limit, whatever the share. */
const AT_LIMIT: readonly string[] = [
  'at cpu limit',
  'at the cpu limit',
  'at their cpu limit',
  'at its cpu limit',
];

/** `6 of 6 replicas`: a count of all of them (`92% of its request`, `1 of 3` are not). */
const allOf = (text: string): boolean => countsIn(text, ' of ').some(({ n, m }) => n === m);

/** Whether the alert says every pod is busy: a busy processor on every pod, every worker occupied, the HPA at its maximum. */
function everyPodBusy(alert: string, clauses: readonly Clause[]): boolean {
  const lower = alert.toLowerCase();
  if (
    lower.includes('hpamaxedout') ||
    lower.includes('at max replicas') ||
    lower.includes('maximum replicas')
  )
    return true;
  if (clauses.some(saturated)) return true;
  const everywhere = clauses.some((c) => has(c, EVERY) || wholeCount(c.text) || allOf(c.text));
  return everywhere && clauses.some(busyProcessor);
}

/**
 * Whether a clause names the workload or its container as a whole word (`authentik-server`, or
 * `server` as its name's last part): a name ending in a dependency's word that is the pods' own.
 */
function namesOwn(clause: Clause, names: readonly string[]): boolean {
  return clause.words.some((word) => {
    const bare = word.startsWith(NAME_END) ? word.slice(NAME_END.length) : word;
    return names.includes(bare);
  });
}

/** A clause saying what the pods depend on is the bottleneck, or that requests fail. */
function troubleBeyondLoad(clause: Clause, names: readonly string[]): boolean {
  // `throttled 41% of periods`: the pod's own CPU limit, the load's doing, not a contended dependency.
  const ownCpu = cpuWord(clause) || clause.words.includes('periods');
  // `18,420 jobs waiting`: work waiting in a queue is a backlog, not a lock held.
  const queuedWork = has(clause, QUEUED_ITEMS);
  // `SES send rate 2.1% of quota`: a quota far from reached holds nothing back.
  const quotaToSpare = (highestShare(clause) ?? 100) < QUOTA_NEAR;
  const contended = CONTENDED.some(
    (w) =>
      clause.words.includes(w) &&
      !(ownCpu && w.startsWith('throttl')) &&
      !(queuedWork && w === 'waiting') &&
      !(quotaToSpare && w === 'quota'),
  );
  if (contended || RATE_LIMITED.some((words) => clause.text.includes(words))) return true;
  // `0 failures`: a count of none.
  const figuresOf = figures(clause.text);
  // `no 5xx`, `zero errors`: none said in words.
  // `no 5xx`, `zero errors`: the word right after says what there is none of (not `no healthy upstream`).
  const noneOf = clause.text.slice((clause.words[0] ?? '').length + 1);
  const saidNone =
    NONE_WORDS.includes(clause.words[0] ?? '') &&
    clause.text.startsWith(clause.words[0] ?? '') &&
    (FAILING.includes(clause.words[1] ?? '') ||
      SERVER_ERRORS.some((code) => noneOf.startsWith(code)) ||
      noneOf.startsWith('5xx')) &&
    !figuresOf.some((f) => f.value > 0 && f.unit === '%');
  const none = saidNone || (figuresOf.length > 0 && figuresOf.every((f) => f.value === 0));
  if (!none && (has(clause, FAILING) || SERVER_ERRORS.some((code) => statusIn(clause.text, code)))) {
    // A share (`0.4%`), else a ratio (`0.001`); a rate of errors (`120/s`) or no figure at all fails.
    const ratio = figures(clause.text).find((f) => f.value > 0 && f.value < 1)?.value;
    const share = highestShare(clause) ?? (ratio === undefined ? undefined : ratio * 100);
    if (share === undefined || share > ERRORS_SHARE) return true;
  }
  // `authentik-server CPU 1.0 of 1 core in both pods`: a name ending in a dependency's word, but it
  // is the workload's own (`pricing-db CPU 98% on all 3 pods` is the database's pods).
  if (!namesDependency(clause) || namesOwn(clause, names)) return false;
  return (
    has(clause, UNHEALTHY) ||
    busyProcessor(clause) ||
    (clause.text.includes('sessions') && wholeCount(clause.text))
  );
}

/** What the incident's alerts say about the load, clause by clause. */
export type LoadReading = {
  /** The clause that says the load grew (or that more arrives than is taken off). */
  grew?: string;
  /** Whether they say every pod is busy with it. */
  busy: boolean;
  /** The first clause that says something beyond the pods is the bottleneck, or that requests fail. */
  trouble?: string;
};

export function readLoad(
  view: Pick<EvidenceView, 'alerts'> & { context?: { workload?: string; container?: string } },
): LoadReading {
  let grew: string | undefined;
  let busy = false;
  const names = [view.context?.workload, view.context?.container]
    .filter((n): n is string => n !== undefined && n.length >= 3)
    .map((n) => n.toLowerCase());
  for (const alert of view.alerts) {
    const clauses = clausesOf(alert);
    const trouble = clauses.find((c) => troubleBeyondLoad(c, names));
    if (trouble) return { grew, busy, trouble: trouble.text };
    // A consumer group with partitions to spare takes more members: room enough for one more.
    busy ||= everyPodBusy(alert, clauses) || roomForMembers(clauses);
    grew ??= clauses.find(
      (c, i) => Math.max(grewBy(c) ?? 0, grewFromTo(c) ?? 0, grewAgainstNext(c, clauses[i + 1]) ?? 0) >= GREW,
    )?.text;
    const outrun = inflowOverOutflow(clauses);
    const piling = backlogGrowing(clauses);
    if (!grew && outrun !== undefined && outrun >= GREW) grew = alert.slice(0, 200);
    grew ??= piling;
    // Consumers taking off a flat rate while more arrives (half as much again, or a queue that
    // grows): they are at their ceiling.
    busy ||= ((outrun !== undefined && outrun >= GREW) || piling !== undefined) && outflowAtCeiling(clauses);
  }
  return { grew, busy };
}

/**
 * The clause that says the load grew, when the incident's alerts also say every pod is busy with
 * it and nothing beyond the pods is the bottleneck; else undefined.
 */
export function loadGrowth(
  view: Pick<EvidenceView, 'alerts'> & { context?: { workload?: string; container?: string } },
): string | undefined {
  const { grew, busy, trouble } = readLoad(view);
  return busy && !trouble ? grew : undefined;
}

/**
 * A running workload whose explanation escalates (every worker busy, a probe that times out, nothing
 * named) while its alerts say the load grew and every pod is busy with it: one more replica goes
 * first, the escalation behind it.
 */
export function weighLoadGrowth(candidate: DiagnosisCandidate, view: EvidenceView): DiagnosisCandidate {
  if (candidate.actions[0]?.kind !== 'escalate' || !view.running || view.initContainer) return candidate;
  const saturation = candidate.patternId === WORKER_POOL_SATURATED;
  if (!saturation && candidate.category !== 'probe' && !candidate.generic) return candidate;
  const grew = loadGrowth(view);
  if (!grew) return candidate;
  return {
    ...candidate,
    actions: [{ kind: 'scale-up', by: 1 }, ...candidate.actions],
    fixable: true,
    summary: `${candidate.summary} The alert says the load grew ("${grew.slice(0, 160)}") and every pod is busy with it, while what they call keeps up: one more replica shares it.`,
  };
}
