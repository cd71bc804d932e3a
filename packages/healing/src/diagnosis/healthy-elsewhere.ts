/**
 * What an alert says about everything but this pod: the other replicas serve normally ("other 3
 * pods 0.1%", "3 other replicas ready"), the dependency is up ("reports-pg primary up 49m",
 * "brokers 3/3 online", "writer healthy"). An alert rule sees the fleet and the dependency; the pod's
 * log sees neither. When the alert says so and nothing it says contradicts it (a dependency down,
 * "0/3 ready", every worker busy), a pod that still fails on its dependency or stopped working holds a state the others
 * do not: a pool that never refilled, a consumer that reconnected without subscribing again, a
 * client pinned to an old address. A new pod starts clean.
 *
 * Word scans of clauses of the bounded alert text, no regex: alerts are untrusted text (a label
 * value can reach an annotation), and the only action this adds is a restart of the incident's own
 * pod, behind the policy's cooldowns and the recurrence check.
 */
import type { DiagnosisCandidate } from './candidate.ts';
import type { PatternCategory } from './catalog/types.ts';
import type { EvidenceView } from './evidence-view.ts';
import { WORKER_POOL_SATURATED } from './saturation.ts';
import { decimalEnd, isDigitCode, isLetterCode } from './text-scan.ts';

/** Alert text read per alert (the incident keeps 2,000 characters of each). */
const MAX_ALERT_CHARS = 2_000;

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
/** Words for a dependency, or for the part of it that serves (a primary, a writer, a leader). */
const DEPENDENCY: readonly string[] = [
  'primary',
  'writer',
  'broker',
  'brokers',
  'server',
  'cluster',
  'ensemble',
  'leader',
  'master',
  'database',
  'db',
  'nodes',
  'replication',
  'slo',
  'page',
  // The datastores and brokers a name often ends with (`billing-db`, `airflow-redis`).
  'redis',
  'postgres',
  'postgresql',
  'pg',
  'mysql',
  'mariadb',
  'mongodb',
  'kafka',
  'rabbitmq',
  'nats',
  'etcd',
  'zookeeper',
  'memcached',
  'elasticsearch',
  'opensearch',
  'ldap',
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
/** Words that say it does not (any one in a clause takes the clause's health away). */
const UNHEALTHY: readonly string[] = [
  'not',
  'no',
  'down',
  'unreachable',
  'unavailable',
  'failing',
  'failed',
  'degraded',
  'crashloopbackoff',
  'crashlooping',
  'pending',
  'unhealthy',
  'notready',
  'lagging',
  'timeout',
  'timeouts',
  'refused',
  'lost',
  'restarting',
  'evicted',
  'red',
];
/** Clauses that say replication keeps up, which the word lists would read as trouble. */
const REPLICATION_HEALTHY: readonly string[] = ['no replication lag', 'under-replicated partitions 0'];

type Clause = { text: string; words: string[] };

/** The alert's clauses (split at `;`, `,`, brackets and `|`), each with its lower-case words. */
function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const bounded = text.length > MAX_ALERT_CHARS ? text.slice(0, MAX_ALERT_CHARS) : text;
  for (let i = 0; i <= bounded.length; i++) {
    const c = bounded[i];
    if (i < bounded.length && c !== ';' && c !== ',' && c !== '(' && c !== ')' && c !== '|') continue;
    const clause = bounded.slice(start, i).trim().toLowerCase();
    if (clause) clauses.push({ text: clause, words: wordsOf(clause) });
    start = i + 1;
  }
  return clauses;
}

/** Marks the last part of a hyphenated name among a clause's words (`billing-db` gives `…db`). */
const NAME_END = '…';

/** Words of letters, a hyphenated name also by its last part; figures are read apart. */
function wordsOf(clause: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= clause.length; i++) {
    const letter = i < clause.length && (isLetterCode(clause.charCodeAt(i)) || clause[i] === '-');
    if (letter && start < 0) start = i;
    if (!letter && start >= 0) {
      const word = clause.slice(start, i);
      words.push(word);
      // A name ends with its kind (`billing-db`, `airflow-redis`); a path's words are no names.
      const last = word.lastIndexOf('-');
      if (last > 0 && last < word.length - 1 && clause[start - 1] !== '/')
        words.push(`${NAME_END}${word.slice(last + 1)}`);
      start = -1;
    }
  }
  return words;
}

/** `ready since 06:14`, `available since 04:14`: something came back at a time, whatever its name. */
function recoveredSince(clause: Clause): boolean {
  return clause.words.some((word, i) => HEALTHY.includes(word) && clause.words[i + 1] === 'since');
}

/** Words that say the workers are all occupied: the fleet is saturated, not healthy. */
const SATURATED: readonly string[] = ['busy', 'saturated', 'maxed', 'exhausted'];

/**
 * `workers 20/20 busy on every replica`, `16/16 active tasks`: every worker occupied, where more
 * pods, not a new one, help (`busy processes 2 of 5 expected` says too few are).
 */
function saturated(clause: Clause): boolean {
  if (!has(clause, SATURATED) && !clause.words.includes('active')) return false;
  return wholeCount(clause.text) || clause.words.includes('every') || clause.words.includes('all');
}

/** Whether the clause holds an `n/n` count of at least one (`16/16`). */
function wholeCount(clause: string): boolean {
  for (let i = clause.indexOf('/'); i > 0; i = clause.indexOf('/', i + 1)) {
    let from = i;
    while (from > 0 && isDigitCode(clause.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < clause.length && isDigitCode(clause.charCodeAt(to))) to++;
    const n = clause.slice(from, i);
    if (from < i && n === clause.slice(i + 1, to) && Number(n) > 0) return true;
  }
  return false;
}

/** Whether an `n/m` count in the clause falls short (`0/3`, not `3/3`). */
function countFallsShort(clause: string): boolean {
  for (let i = clause.indexOf('/'); i > 0; i = clause.indexOf('/', i + 1)) {
    let from = i;
    while (from > 0 && isDigitCode(clause.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < clause.length && isDigitCode(clause.charCodeAt(to))) to++;
    if (from < i && to > i + 1 && clause.slice(from, i) !== clause.slice(i + 1, to)) return true;
  }
  return false;
}

/** Whether the clause gives an error share of at most 1 % (`0.1%`, `0%`) or a ratio of at most 0.01 (`0.00`). */
function smallShare(clause: string): boolean {
  for (let i = clause.indexOf('%'); i > 0; i = clause.indexOf('%', i + 1)) {
    let from = i;
    while (from > 0 && (isDigitCode(clause.charCodeAt(from - 1)) || clause[from - 1] === '.')) from--;
    if (from < i && decimalEnd(clause, from) === i && Number(clause.slice(from, i)) <= 1) return true;
  }
  // A ratio below one standing alone (`0.00`, `0.004`): not part of a number, a version or a share.
  for (let i = clause.indexOf('0.'); i >= 0; i = clause.indexOf('0.', i + 2)) {
    const before = i > 0 ? clause.charCodeAt(i - 1) : 32;
    const end = decimalEnd(clause, i);
    if (isDigitCode(before) || before === 46 || end === i + 2 || clause[end] === '%') continue;
    if (!clause.slice(i + 2, end).includes('.') && Number(clause.slice(i, end)) <= 0.01) return true;
  }
  return false;
}

const has = (clause: Clause, list: readonly string[]) => clause.words.some((w) => list.includes(w));
/** A dependency named in the clause, by a word or by the last part of a name. */
const namesDependency = (clause: Clause) =>
  clause.words.some((w) => DEPENDENCY.includes(w.startsWith(NAME_END) ? w.slice(NAME_END.length) : w));

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

/** Health words of the clause that do not count things. */
const saysHealthy = (clause: Clause) => clause.words.some((w) => HEALTHY.includes(w) && !counted(clause, w));

/** A clause saying the other pods serve: `other` (or `rest`), pods, and health or a tiny error share. */
function peersHealthy(clause: Clause): boolean {
  const other = clause.text.indexOf('other ');
  if (other < 0 && !clause.words.includes('rest')) return false;
  // `the other 3 serve normally`: a count after `other` names pods as well as a word does.
  const counted = other >= 0 && isDigitCode(clause.text.charCodeAt(other + 6));
  if ((!has(clause, PEERS) && !counted) || countFallsShort(clause.text)) return false;
  return smallShare(clause.text) || (has(clause, HEALTHY) && !has(clause, UNHEALTHY));
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
 * dependency), or undefined when none does or any clause says a dependency is not.
 */
export function healthyElsewhere(view: Pick<EvidenceView, 'alerts'>): string | undefined {
  let found: string | undefined;
  for (const alert of view.alerts) {
    for (const clause of clausesOf(alert)) {
      const dependency = dependencyHealth(clause);
      if (dependency === 'unhealthy' || saturated(clause)) return undefined;
      if (!found && (dependency === 'healthy' || peersHealthy(clause))) found = clause.text;
    }
  }
  return found;
}

/** Lines at the end of the log read for progress. */
const PROGRESS_LINES = 40;
/** Lines with a share that progress needs. */
const PROGRESS_POINTS = 3;

/** The first percentage of a line (`42% of carts segments received`), or undefined. */
function percentIn(text: string): number | undefined {
  const at = text.indexOf('%');
  if (at <= 0 || at > 512) return undefined;
  let from = at;
  while (from > 0 && (isDigitCode(text.charCodeAt(from - 1)) || text[from - 1] === '.')) from--;
  return from < at && decimalEnd(text, from) === at ? Number(text.slice(from, at)) : undefined;
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
  const saturated = candidate.patternId === WORKER_POOL_SATURATED;
  if (!saturated && !RESTART_MAY_CLEAR.has(candidate.category)) return candidate;
  const clause = healthyElsewhere(view);
  if (!clause || advancing(view.current)) return candidate;
  return {
    ...candidate,
    actions: [{ kind: 'restart-pod' }, ...candidate.actions],
    fixable: true,
    summary: `${candidate.summary} The alert says the rest is healthy ("${clause.slice(0, 160)}"): what fails is this pod's own state (a pool, a subscription, a cached address), which a new pod starts without.`,
  };
}
