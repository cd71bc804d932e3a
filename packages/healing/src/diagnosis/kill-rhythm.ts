/**
 * Kills that come at a rhythm, read from an alert's clause: the same long run before each kill
 * (`each about 45-60 min after start`, `each instance lived 40-50 minutes`, `one every 10-11
 * hours`, `uptime 37m and 38m`) or three kill times or more, evenly spaced (`OOMKilled at 04:11, 04:58, 05:44, 06:31`).
 * A working set above the limit is reached when the data loads or the load peaks; memory that
 * takes the same long while to reach the limit every time grows with time, not with work. Runs
 * shorter than 20 minutes say nothing (a slow start-up, a warm-up). Bounded scans, no regex.
 */
import { digitsEnd, isDigitCode, isLetterCode } from './text-scan.ts';

/** Words that say the clause is about the container being killed or restarted. */
const KILL_WORDS = ['oomkill', 'oom kill', 'oom-kill', 'killed', 'restarted', 'restarts'] as const;
/** Before a duration: a run before each kill. */
const RUN_BEFORE = ['each about ', 'each after ', 'each ', 'lived ', 'one every ', 'every '] as const;
/** After a duration, for `each ...`: what makes it a run since start. */
const SINCE_START = [
  'after start',
  'after each start',
  'after starting',
  'of uptime',
  'after a restart',
] as const;
/** The shortest run that says memory grows with time rather than with a start-up or a warm-up. */
const MIN_RUN_MINUTES = 20;
/** Evenly spaced: the longest interval at most this many times the shortest. */
const EVEN_SPREAD = 1.25;
const MIN_KILL_TIMES = 3;
const MAX_CLAUSE = 600;

/** The clause's words about a rhythm of kills, or undefined when it shows none. */
export function killsAtARhythm(clause: string): string | undefined {
  const lower = clause.slice(0, MAX_CLAUSE).toLowerCase();
  if (!KILL_WORDS.some((w) => lower.includes(w))) return undefined;
  return sameRunBeforeEachKill(lower) ?? sameUptimes(lower) ?? evenlySpacedKillTimes(lower);
}

/** Uptimes listed as alike: the longest at most this many times the shortest. */
const ALIKE = 1.25;

/**
 * `terminated OOMKilled at 07:27 and 08:05 (uptime 37m and 38m)`: two uptimes or more, listed after
 * `uptime`, each at least 20 minutes and alike.
 */
function sameUptimes(lower: string): string | undefined {
  for (const word of ['uptimes ', 'uptime ', 'up for ']) {
    const at = lower.indexOf(word);
    if (at < 0) continue;
    const runs: number[] = [];
    let from = at + word.length;
    let last = from;
    for (let i = 0; i < 8; i++) {
      const run = durationAt(lower, from);
      if (!run) break;
      runs.push(run.minutes);
      last = run.end;
      // `37m and 38m`, `37m, 38m`, `37m / 38m`.
      let next = run.end;
      for (const joint of [', and ', ' and ', ', ', ' / ', '/']) {
        if (lower.startsWith(joint, next)) {
          next += joint.length;
          break;
        }
      }
      if (next === run.end) break;
      from = next;
    }
    if (runs.length < 2) continue;
    const shortest = Math.min(...runs);
    if (shortest >= MIN_RUN_MINUTES && Math.max(...runs) <= shortest * ALIKE) {
      return lower.slice(at, last);
    }
  }
  return undefined;
}

function sameRunBeforeEachKill(lower: string): string | undefined {
  for (const before of RUN_BEFORE) {
    for (let at = lower.indexOf(before); at >= 0; at = lower.indexOf(before, at + 1)) {
      if (at > 0 && lower.charAt(at - 1) !== ' ' && lower.charAt(at - 1) !== '(') continue;
      let from = at + before.length;
      if (lower.startsWith('~', from)) from++;
      const run = durationAt(lower, from);
      if (!run || run.minutes < MIN_RUN_MINUTES) continue;
      // `each 40 minutes` alone may be a schedule; `each ... after start` is a run.
      const tail = lower.slice(run.end, run.end + 24).trimStart();
      const isRun = before.startsWith('each') ? SINCE_START.some((s) => tail.startsWith(s)) : true;
      if (isRun) return lower.slice(at, run.end + (before.startsWith('each') ? 24 : 0)).trim();
    }
  }
  return undefined;
}

/**
 * `45-60 min`, `14h`, `10-11 hours`, `2h50m`, `38–47 minutes` at `from`: the lower bound, in minutes,
 * and where the duration ends. Undefined when no duration stands there.
 */
export function durationAt(text: string, from: number): { minutes: number; end: number } | undefined {
  const first = durationPart(text, from);
  if (!first) return undefined;
  let end = first.end;
  let minutes = first.minutes;
  // A range: `45-60 min` (the unit after the second number) or `2h50m to 3h10m`.
  const dash = text.charAt(end);
  if ((dash === '-' || dash === '–') && isDigitCode(text.charCodeAt(end + 1))) {
    const second = durationPart(text, end + 1);
    if (!second) return undefined;
    if (Number.isNaN(minutes)) minutes = first.value * second.perUnit;
    end = second.end;
  }
  if (Number.isNaN(minutes)) return undefined;
  return { minutes, end };
}

type DurationPart = { value: number; minutes: number; perUnit: number; end: number };

/** One number and, when it has one, its unit (`45`, `45 min`, `14h`, `2h50m`). */
function durationPart(text: string, from: number): DurationPart | undefined {
  const digits = digitsEnd(text, from, 6);
  if (digits === from) return undefined;
  const value = Number(text.slice(from, digits));
  let at = digits;
  if (text.charAt(at) === ' ') at++;
  const unit = unitAt(text, at);
  if (!unit) return { value, minutes: Number.NaN, perUnit: Number.NaN, end: digits };
  let minutes = value * unit.perUnit;
  let end = unit.end;
  // `2h50m`: hours, then minutes.
  if (unit.perUnit === 60 && isDigitCode(text.charCodeAt(end))) {
    const more = digitsEnd(text, end, 3);
    const m = unitAt(text, more);
    if (m && m.perUnit === 1) {
      minutes += Number(text.slice(end, more));
      end = m.end;
    }
  }
  return { value, minutes, perUnit: unit.perUnit, end };
}

const UNITS: readonly (readonly [string, number])[] = [
  ['minutes', 1],
  ['minute', 1],
  ['mins', 1],
  ['min', 1],
  ['hours', 60],
  ['hour', 60],
  ['hrs', 60],
  ['h', 60],
  ['m', 1],
];

/** A unit of time at `at`, ending a word (`min`, `minutes`, `h`, `hours`; not `ms`, not `mib`). */
function unitAt(text: string, at: number): { perUnit: number; end: number } | undefined {
  for (const [word, perUnit] of UNITS) {
    if (!text.startsWith(word, at)) continue;
    if (!isLetterCode(text.charCodeAt(at + word.length))) return { perUnit, end: at + word.length };
  }
  return undefined;
}

/** Three clock times or more (`04:11, 04:58, 05:44`), each interval ≥ 20 minutes, evenly spaced. */
function evenlySpacedKillTimes(lower: string): string | undefined {
  const times: { minutes: number; at: number; end: number }[] = [];
  for (let at = lower.indexOf(':'); at > 0; at = lower.indexOf(':', at + 1)) {
    const start = at - 2;
    if (start < 0 || !isDigitCode(lower.charCodeAt(start)) || !isDigitCode(lower.charCodeAt(at - 1)))
      continue;
    if (start > 0 && isDigitCode(lower.charCodeAt(start - 1))) continue;
    if (!isDigitCode(lower.charCodeAt(at + 1)) || !isDigitCode(lower.charCodeAt(at + 2))) continue;
    const hours = Number(lower.slice(start, at));
    const minutes = Number(lower.slice(at + 1, at + 3));
    if (hours > 23 || minutes > 59) continue;
    // Seconds (`04:11:09`) belong to the same time.
    const end = lower.charAt(at + 3) === ':' ? at + 6 : at + 3;
    times.push({ minutes: hours * 60 + minutes, at: start, end });
    at = end - 1;
  }
  if (times.length < MIN_KILL_TIMES) return undefined;
  const intervals: number[] = [];
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i]?.minutes ?? 0) - (times[i - 1]?.minutes ?? 0);
    // Past midnight, the clock starts again.
    intervals.push(gap < 0 ? gap + 24 * 60 : gap);
  }
  const shortest = Math.min(...intervals);
  const longest = Math.max(...intervals);
  if (shortest < MIN_RUN_MINUTES || longest > shortest * EVEN_SPREAD) return undefined;
  return lower.slice(times[0]?.at ?? 0, times[times.length - 1]?.end).trim();
}
