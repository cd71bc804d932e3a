/**
 * What an alert's own words say about memory that a bigger limit would not fix: memory climbing
 * while the load stays flat (`working set grows ~4.5Mi/min at a flat 1.9k req/s`), kills that go
 * on after the limit was already raised (`the limit was raised from 1536Mi to 2Gi ...; 5 OOM kills
 * since`), or a downstream refusing what the process hands it (`retries 18.2k in 5m; bulk
 * rejections`). Bounded word scans of the incident's own alerts, no regex.
 */
import type { EvidenceView } from './evidence-view.ts';
import { killsAtARhythm } from './kill-rhythm.ts';

const MAX_ALERT = 2_000;
const MEMORY_WORDS = ['memory', 'working set', 'rss', 'heap', 'resident', ' mib', ' gib'] as const;
const GROWTH_WORDS = [
  'grows',
  'growing',
  'rising',
  'climbing',
  'climbs',
  'increasing',
  'creeping',
  // A memory quantity per hour or minute is growth: `working set +142 MiB/h`.
  'mib/h',
  'mi/h',
  'mb/h',
  'mib/min',
  'mi/min',
  'mb/min',
] as const;
/** Words that say the climb starts again after every restart: a working set would be there at start. */
const EVERY_RESTART = [
  'after every restart',
  'after each restart',
  'from each start',
  'after every start',
] as const;
const FLAT_LOAD_WORDS = ['flat', 'steady', 'constant', 'unchanged'] as const;
const ALREADY_RAISED = [
  'limit was raised',
  'limit was increased',
  'limit already raised',
  'already raised',
] as const;
const KILLS = ['oomkill', 'oom kill', 'oom-kill'] as const;

/** Words that name the load a flat word may qualify (`at a flat 1.9k req/s`, `traffic steady`). */
const LOAD_WORDS = [
  'req',
  'rps',
  'qps',
  'traffic',
  'load',
  'requests',
  'sessions',
  'streams',
  'msg',
  'users',
] as const;
/** Characters that end a clause of an alert. */
const CLAUSE_ENDS = ';.';
const MAX_CLAUSES = 24;

const has = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

/** Where the first of `words` stands in `text`, or -1. */
function firstOf(text: string, words: readonly string[]): number {
  let first = -1;
  for (const w of words) {
    const at = text.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** The clauses of a text, split at `;` and at `.` before a space (not `4.5Mi`); bounded. */
function clausesIn(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length && out.length < MAX_CLAUSES; i++) {
    const c = text.charAt(i);
    const ends =
      c === ';' || (CLAUSE_ENDS.includes(c) && (i + 1 === text.length || text.charAt(i + 1) === ' '));
    if (i === text.length || ends) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return out;
}

/**
 * A clause that says memory climbs (a memory word, then a growth word) and one that says the load
 * stays flat (a flat word beside a load word): `working set grows ~4.5Mi/min at a flat 1.9k
 * req/s`. Not `restarts increasing; memory limit unchanged`.
 */
function climbsAtFlatLoad(lower: string): boolean {
  const clauses = clausesIn(lower);
  const climbs = clauses.some((c) => {
    const memory = firstOf(c, MEMORY_WORDS);
    return memory >= 0 && GROWTH_WORDS.some((w) => c.indexOf(w, memory) > memory);
  });
  return climbs && clauses.some((c) => has(c, FLAT_LOAD_WORDS) && has(c, LOAD_WORDS));
}

/**
 * The alert whose words say memory leaks rather than needs more room, or undefined: memory
 * climbing at a flat load, climbing again after every restart (a working set would be there from
 * the start), or kills after the limit was raised already.
 */
export function alertSaysLeak(view: Pick<EvidenceView, 'alerts'>): string | undefined {
  for (const alert of view.alerts) {
    const lower = alert.slice(0, MAX_ALERT).toLowerCase();
    const killedAfterRaise = has(lower, ALREADY_RAISED) && has(lower, KILLS);
    const climbsAfterEveryRestart =
      has(lower, EVERY_RESTART) && has(lower, GROWTH_WORDS) && has(lower, MEMORY_WORDS);
    const rhythm = clausesIn(lower).some((c) => killsAtARhythm(c) !== undefined);
    if (climbsAtFlatLoad(lower) || killedAfterRaise || climbsAfterEveryRestart || rhythm) {
      return alert.slice(0, 300);
    }
  }
  return undefined;
}

/** Words of an alert that say a downstream refuses or throttles what the process hands it. */
const DOWNSTREAM_REFUSES = ['rejections', 'rejected', 'retries', 'backpressure', 'back-pressure'] as const;

/**
 * The alert whose words say the process's output keeps being refused or retried (`es.0 retries
 * 18.2k in 5m; bulk rejections since 07:50`): what fills its memory waits on the downstream.
 */
export function alertSaysBacklog(view: Pick<EvidenceView, 'alerts'>): string | undefined {
  for (const alert of view.alerts) {
    const lower = alert.slice(0, MAX_ALERT).toLowerCase();
    if (clausesIn(lower).some((c) => has(c, DOWNSTREAM_REFUSES))) return alert.slice(0, 300);
  }
  return undefined;
}
