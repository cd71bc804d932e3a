/**
 * What an alert says about everything but this pod: the other replicas serve normally ("other 3
 * pods 0.1%", "3 other replicas ready"), the dependency is up ("reports-pg primary up 49m",
 * "brokers 3/3 online", "writer healthy"). An alert rule sees the fleet and the dependency; the pod's
 * log sees neither. When the alert says so and nothing it says contradicts it (a dependency down,
 * "0/3 ready", the other pods failing too, every worker busy), a pod that still fails on its
 * dependency or stopped working holds a state the others do not: a pool that never refilled, a
 * consumer that reconnected without subscribing again, a client pinned to an old address. A new
 * pod starts clean.
 *
 * Word scans of clauses of the bounded alert text, no regex: alerts are untrusted text (a label
 * value can reach an annotation), and the only action this adds is a restart of the incident's own
 * pod, behind the policy's cooldowns and the recurrence check.
 */

import {
  type Clause,
  clausesOf,
  countFallsShort,
  fallsShortByMore,
  has,
  namesDependency,
  saturated,
  smallShare,
  UNHEALTHY,
} from './alert-clauses.ts';
import type { DiagnosisCandidate } from './candidate.ts';
import type { PatternCategory } from './catalog/types.ts';
import type { EvidenceView } from './evidence-view.ts';
import { WORKER_POOL_SATURATED } from './saturation.ts';
import { decimalBefore, isDigitCode } from './text-scan.ts';

/** Words for the workload's other pods. */
const PEERS: readonly string[] = [
  'replica',
  'replicas',
  'pod',
  'pods',
  'instance',
  'instances',
  'callers',
  'members',
  'subscribers',
  'consumers',
];
/** Words that say it serves. */
const HEALTHY: readonly string[] = [
  'ready',
  'healthy',
  'nominal',
  'normal',
  'normally',
  'fine',
  'ok',
  'succeeding',
  'serving',
  'serve',
  'up',
  'online',
  'running',
  'green',
  'available',
  'consuming',
];
/** Clauses that say replication keeps up, which the word lists would read as trouble. */
const REPLICATION_HEALTHY: readonly string[] = ['no replication lag', 'under-replicated partitions 0'];

/**
 * `ready since 06:14`, `available since 04:14`: something came back at a time, whatever its name;
 * not a job or a task running since then (`1 job running since 07:02` is work in progress).
 */
function recoveredSince(clause: Clause): boolean {
  if (has(clause, WORK_IN_PROGRESS)) return false;
  return clause.words.some((word, i) => HEALTHY.includes(word) && clause.words[i + 1] === 'since');
}
/** Words that make a clause about work in progress rather than a service. */
const WORK_IN_PROGRESS: readonly string[] = [
  'job',
  'jobs',
  'task',
  'tasks',
  'run',
  'reindex',
  'backup',
  'migration',
  'export',
];

/**
 * A word of health that counts things (`61203 ready`: messages ready in a queue, `3 running`):
 * a number right before it says how many, not that something serves.
 */
function counted(clause: Clause, word: string): boolean {
  const text = clause.text;
  for (let at = text.indexOf(` ${word}`); at > 0; at = text.indexOf(` ${word}`, at + 1)) {
    let from = at;
    while (from > 0 && (isDigitCode(text.charCodeAt(from - 1)) || text[from - 1] === ',')) from--;
    // `3/3 running` is a whole count, health; `61203 ready` a number of things.
    if (from < at && text[from - 1] !== '/') return true;
  }
  return false;
}

/**
 * `up 300%`, `up 14x`: `up` as a rise, not as a service that runs (`primary up 49m` stays health).
 */
function upAsRise(clause: Clause): boolean {
  const text = clause.text;
  for (let at = text.indexOf('up '); at >= 0; at = text.indexOf('up ', at + 3)) {
    if (at > 0 && text[at - 1] !== ' ') continue;
    let end = at + 3;
    while (end < text.length && (isDigitCode(text.charCodeAt(end)) || text[end] === '.')) end++;
    if (end > at + 3 && (text[end] === '%' || text[end] === 'x')) return true;
  }
  return false;
}

/** Health words of the clause that do not count things, nor say that something rose. */
const saysHealthy = (clause: Clause) =>
  clause.words.some((w) => HEALTHY.includes(w) && !counted(clause, w) && !(w === 'up' && upAsRise(clause)));

/** Words that say a share is of successes, where a tiny one is bad news (`0% success rate`, `0% of 2xx`). */
const SUCCESS: readonly string[] = ['success', 'successful', 'availability', 'available', 'ok'];

/** Whether the clause speaks of the other pods or all of them: `other` (or `rest`), `all`, `every`, or a count after `other`. */
function aboutOthers(clause: Clause): boolean {
  const other = clause.words.indexOf('other');
  if (
    other < 0 &&
    !clause.words.includes('rest') &&
    !clause.words.includes('all') &&
    !clause.words.includes('every')
  )
    return false;
  // `the other 3 serve normally`: a count after `other` names pods as well as a word does.
  const at = clause.text.indexOf(' other ') + 7;
  const countAfterOther = other >= 0 && at > 6 && isDigitCode(clause.text.charCodeAt(at));
  return has(clause, PEERS) || countAfterOther;
}

/**
 * A clause saying the other pods are in trouble too (`the other 2 are restarting`, `all replicas
 * failing readiness`, `ready replicas 0/3`): what fails is not this pod's alone.
 */
function peersFailing(clause: Clause): boolean {
  if (aboutOthers(clause) && (has(clause, UNHEALTHY) || upAsRise(clause))) return true;
  return has(clause, PEERS) && clause.words.includes('ready') && fallsShortByMore(clause.text, 1);
}

/** A clause saying the other pods serve: the others, and health or a tiny error share, nothing unwell. */
function peersHealthy(clause: Clause): boolean {
  if (oneOfMany(clause)) return true;
  if (!clause.words.includes('other') && !clause.words.includes('rest')) return false;
  if (!aboutOthers(clause) || countFallsShort(clause.text) || has(clause, UNHEALTHY) || upAsRise(clause))
    return false;
  const ofSuccesses = has(clause, SUCCESS) || clause.text.includes('2xx');
  return (smallShare(clause.text) && !ofSuccesses) || has(clause, HEALTHY);
}

/**
 * `1 of 6 pods`, `1 of 4 ledger-svc pods not ready`: one pod of several is the one in trouble (a
 * clause saying `1 of 3 replicas ready` counts the healthy one, and says the opposite).
 */
function oneOfMany(clause: Clause): boolean {
  const at = clause.text.indexOf('1 of ');
  if (at < 0 || (at > 0 && isDigitCode(clause.text.charCodeAt(at - 1)))) return false;
  const of = clause.text.slice(at + 5);
  let end = 0;
  while (end < of.length && isDigitCode(of.charCodeAt(end))) end++;
  if (end === 0 || Number(of.slice(0, end)) < 2 || !has(clause, PEERS)) return false;
  return !has(clause, HEALTHY) || clause.words.includes('not');
}

/** A clause about a dependency, and whether it says the dependency serves. */
function dependencyHealth(clause: Clause): 'healthy' | 'unhealthy' | undefined {
  if (REPLICATION_HEALTHY.some((words) => clause.text.includes(words))) return 'healthy';
  if (!namesDependency(clause) && !recoveredSince(clause)) return undefined;
  // `members 3/3` alone may count this very pod among them: a word must say it serves.
  if (countFallsShort(clause.text) || has(clause, UNHEALTHY)) return 'unhealthy';
  return saysHealthy(clause) ? 'healthy' : undefined;
}

/**
 * The clause of the incident's alerts that says the rest is healthy (the other pods or the
 * dependency), or undefined when none does, or when any clause says a dependency is not, the other
 * pods fail too or every worker is busy.
 */
export function healthyElsewhere(view: Pick<EvidenceView, 'alerts'>): string | undefined {
  let found: string | undefined;
  for (const alert of view.alerts) {
    for (const clause of clausesOf(alert)) {
      const dependency = dependencyHealth(clause);
      if (dependency === 'unhealthy' || saturated(clause) || peersFailing(clause)) return undefined;
      if (!found && (dependency === 'healthy' || peersHealthy(clause))) found = clause.text;
    }
  }
  return found;
}

/** Whether any clause of the incident's alerts says a dependency is down or short of members. */
export function alertSaysDependencyDown(view: Pick<EvidenceView, 'alerts'>): boolean {
  return view.alerts.some((alert) =>
    clausesOf(alert).some((clause) => dependencyHealth(clause) === 'unhealthy'),
  );
}

/** Lines at the end of the log read for progress. */
const PROGRESS_LINES = 40;
/** Lines with a share that progress needs. */
const PROGRESS_POINTS = 3;

/** The first percentage of a line (`42% of carts segments received`), or undefined. */
function percentIn(text: string): number | undefined {
  const at = text.indexOf('%');
  return at <= 0 || at > 512 ? undefined : decimalBefore(text, at);
}

/**
 * Whether the end of the log shows work advancing (a share that keeps rising: state transfer,
 * a rebuild, a replay): a restart would throw the work away and start it again.
 */
export function advancing(lines: readonly { text: string }[]): boolean {
  const shares = lines
    .slice(-PROGRESS_LINES)
    .map((line) => percentIn(line.text))
    .filter((share): share is number => share !== undefined);
  if (shares.length < PROGRESS_POINTS) return false;
  let rises = 0;
  for (let i = 1; i < shares.length; i++) if ((shares[i] as number) > (shares[i - 1] as number)) rises++;
  return rises * 2 >= shares.length && (shares.at(-1) as number) > (shares[0] as number);
}

/** Categories whose escalation may hide a pod-local state: the dependency failing, or nothing named. */
const RESTART_MAY_CLEAR: ReadonlySet<PatternCategory> = new Set(['dependency', 'upstream', 'probe', 'crash']);

/**
 * A running pod whose best explanation escalates (its dependency fails it, it stopped working, its
 * probe fails) while its alert says the other pods or the dependency are healthy: one new pod goes
 * first, the escalation behind it.
 */
export function weighHealthyElsewhere(candidate: DiagnosisCandidate, view: EvidenceView): DiagnosisCandidate {
  if (candidate.actions[0]?.kind !== 'escalate' || !view.running || view.initContainer) return candidate;
  const poolSaturated = candidate.patternId === WORKER_POOL_SATURATED;
  if (!poolSaturated && !RESTART_MAY_CLEAR.has(candidate.category)) return candidate;
  const clause = healthyElsewhere(view);
  if (!clause || advancing(view.current)) return candidate;
  return {
    ...candidate,
    actions: [{ kind: 'restart-pod' }, ...candidate.actions],
    fixable: true,
    summary: `${candidate.summary} The alert says the rest is healthy ("${clause.slice(0, 160)}"): what fails is this pod's own state (a pool, a subscription, a cached address), which a new pod starts without.`,
  };
}
