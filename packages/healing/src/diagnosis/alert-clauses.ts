/**
 * An alert's words, clause by clause: what Alertmanager's annotations say about the fleet, the
 * dependency and the load (`healthy-elsewhere.ts`, `load-growth.ts`). Word and character scans of
 * bounded text, no regex: alerts are untrusted text (a label value can reach an annotation).
 */
import {
  decimalBefore,
  decimalEnd,
  digitsEnd,
  isDigitCode,
  isLetterCode,
  thousandsSeparator,
} from './text-scan.ts';

/** Alert text read per alert (the incident keeps 2,000 characters of each). */
const MAX_ALERT_CHARS = 2_000;

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
/** Words that say it does not (any one in a clause takes the clause's health away). */
export const UNHEALTHY: readonly string[] = [
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
export type Clause = {
  text: string;
  words: string[];
  /** The parts of its camel-case names (`camelCaseParts`): what a metric's name says it counts. */
  nameParts: string[];
};

/** The alert's clauses (split at `;`, `,`, brackets and `|`), each with its lower-case words. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const bounded = text.length > MAX_ALERT_CHARS ? text.slice(0, MAX_ALERT_CHARS) : text;
  for (let i = 0; i <= bounded.length; i++) {
    const c = bounded[i];
    if (i < bounded.length && c !== ';' && c !== ',' && c !== '(' && c !== ')' && c !== '|') continue;
    if (c === ',' && thousandsSeparator(bounded, i)) continue;
    const written = bounded.slice(start, i).trim();
    const clause = written.toLowerCase();
    if (clause) clauses.push({ text: clause, words: wordsOf(clause), nameParts: camelCaseParts(written) });
    start = i + 1;
  }
  return clauses;
}

/** Marks the last part of a hyphenated name among a clause's words (`billing-db` gives `…db`). */
export const NAME_END = '…';

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

/** Longest run read for a name's parts: metric and alert names, not prose. */
const MAX_CAMEL_WORD = 64;

/**
 * The parts of camel-case names (`ApproximateNumberOfMessagesVisible` gives `approximate`, `number`,
 * `of`, `messages`, `visible`; `KubeHpaMaxedOut` gives `kube`, `hpa`, `maxed`, `out`), lower-case:
 * what metric and alert names say in words. A run of capitals stays one part (`HPAMaxedOut` gives
 * `hpa`, `maxed`, `out`); words without an inner capital give none.
 */
export function camelCaseParts(written: string): string[] {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= written.length; i++) {
    const letter = i < written.length && isLetterCode(written.charCodeAt(i));
    if (letter && start < 0) start = i;
    if (letter || start < 0) continue;
    if (i - start <= MAX_CAMEL_WORD) parts.push(...partsOf(written.slice(start, i)));
    start = -1;
  }
  return parts;
}

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isLower = (c: string) => c >= 'a' && c <= 'z';

/** One word's camel-case parts, or none when it has no inner capital after a lower-case letter. */
function partsOf(word: string): string[] {
  const cuts: number[] = [];
  for (let i = 1; i < word.length; i++) {
    const before = word.charAt(i - 1);
    const here = word.charAt(i);
    const next = word.charAt(i + 1);
    // `sqsQueue`: lower then upper; `HPAMaxed`: the last capital of a run before a lower-case letter.
    if ((isLower(before) && isUpper(here)) || (isUpper(before) && isUpper(here) && isLower(next)))
      cuts.push(i);
  }
  if (cuts.length === 0) return [];
  const parts: string[] = [];
  let from = 0;
  for (const cut of [...cuts, word.length]) {
    parts.push(word.slice(from, cut).toLowerCase());
    from = cut;
  }
  return parts;
}

/** Words that say the workers are all occupied: the fleet is saturated, not healthy. */
export const SATURATED: readonly string[] = ['busy', 'saturated', 'maxed', 'exhausted'];

/**
 * `workers 20/20 busy on every replica`, `16/16 active tasks`: every worker occupied, where more
 * pods, not a new one, help (`busy processes 2 of 5 expected` says too few are).
 */
export function saturated(clause: Clause): boolean {
  const occupied =
    has(clause, SATURATED) ||
    clause.words.includes('active') ||
    FULL_PHRASES.some((phrase) => clause.text.includes(phrase)) ||
    noSlotsLeft(clause.text);
  if (!occupied) return false;
  return (
    wholeCount(clause.text) ||
    countsIn(clause.text, ' of ').some(({ n, m }) => n === m && Number(n) > 0) ||
    clause.words.includes('every') ||
    clause.words.includes('all') ||
    clause.words.includes('each')
  );
}

/** Phrases that say every slot is taken: `at full concurrency`, `num_jobs_running at max`, `in_flight 200/200`. */
const FULL_PHRASES: readonly string[] = [
  'full concurrency',
  'at capacity',
  ' at max ',
  'in_flight ',
  'in-flight ',
  'inflight ',
];

/** `slots_available 0 of 200`, `available 0/16`: no slot left. */
function noSlotsLeft(text: string): boolean {
  const at = text.indexOf('available 0');
  return at >= 0 && (text.startsWith(' of ', at + 11) || text.charAt(at + 11) === '/');
}

/**
 * The counts of a clause written `n/m` (`16/16`, `0/3`), or `n of m` with that separator
 * (`6 of 6`), as their two numbers' digits.
 */
export function countsIn(clause: string, separator = '/'): { n: string; m: string }[] {
  const counts: { n: string; m: string }[] = [];
  const width = separator.length;
  for (let i = clause.indexOf(separator); i > 0; i = clause.indexOf(separator, i + width)) {
    let from = i;
    while (from > 0 && isDigitCode(clause.charCodeAt(from - 1))) from--;
    const to = digitsEnd(clause, i + width);
    if (from < i && to > i + width) counts.push({ n: clause.slice(from, i), m: clause.slice(i + width, to) });
  }
  return counts;
}

/** Whether the clause holds an `n/n` count of at least one (`16/16`). */
export const wholeCount = (clause: string): boolean =>
  countsIn(clause).some(({ n, m }) => n === m && Number(n) > 0);

/** Whether an `n/m` count in the clause falls short by more than `by` (`0/3` by 3). */
export const fallsShortByMore = (clause: string, by: number): boolean =>
  countsIn(clause).some(({ n, m }) => Number(m) - Number(n) > by);

/** Whether an `n/m` or `n of m` count in the clause falls short (`0/3`, `0 of 1 endpoints`, not `3/3`). */
export const countFallsShort = (clause: string): boolean =>
  [...countsIn(clause), ...countsIn(clause, ' of ')].some(({ n, m }) => n !== m);

/** Whether the clause gives an error share of at most 1 % (`0.1%`, `0%`) or a ratio of at most 0.01 (`0.00`). */
export function smallShare(clause: string): boolean {
  for (let i = clause.indexOf('%'); i > 0; i = clause.indexOf('%', i + 1)) {
    const share = decimalBefore(clause, i);
    if (share !== undefined && share <= 1) return true;
  }
  // A ratio below one standing alone (`0.00`, `0.004`): not part of a number, a version or a share.
  for (let i = clause.indexOf('0.'), end = 0; i >= 0; i = clause.indexOf('0.', Math.max(i + 2, end))) {
    const before = i > 0 ? clause.charCodeAt(i - 1) : 32;
    // Each run of digits and dots is read once (`0.0.0.0…` is no ratio, and no second pass).
    end = decimalEnd(clause, i);
    if (isDigitCode(before) || before === 46 || end === i + 2 || clause[end] === '%') continue;
    if (!clause.slice(i + 2, end).includes('.') && Number(clause.slice(i, end)) <= 0.01) return true;
  }
  return false;
}

export const has = (clause: Clause, list: readonly string[]) => clause.words.some((w) => list.includes(w));
/** Whether a word of the list is among the clause's words or its names' camel-case parts. */
export const hasInWordsOrNames = (clause: Clause, list: readonly string[]) =>
  has(clause, list) || clause.nameParts.some((w) => list.includes(w));
/** A dependency named in the clause, by a word or by the last part of a name. */
export const namesDependency = (clause: Clause) =>
  clause.words.some((w) => DEPENDENCY.includes(w.startsWith(NAME_END) ? w.slice(NAME_END.length) : w));
