/**
 * A leak, read from the usage reports a process prints about itself (`heap_inuse_mb=1012
 * num_clients=30150`, `"rss":"227.20MB","rps":42`): its memory climbs report after report while
 * every load figure on the same lines stays where it was. Memory that grows with the load (more
 * clients, more requests) is the workload's, and more memory is its fix; memory that grows alone is
 * a leak that a bigger limit only delays. Character scans over bounded lines, no regex: logs are
 * untrusted text.
 */
import { digitsEnd, isDigitCode, isFieldKeyCode, isLetterCode, thousandsSeparator } from '../text-scan.ts';
import { QUOTED_REQUEST } from './log-responses.ts';

export type MemoryTrend = {
  /** The memory figure that climbs (`heap_inuse_mb`, `rss`). */
  memory: string;
  from: number;
  to: number;
  /** The load figures that stayed flat on the same reports (`num_clients`, `rps`). */
  flat: string[];
  /** Or the counts of work done that memory climbed with (`uploads_since_start`). */
  perUnitOf?: string[];
  /** Or the resources the process holds that piled up with it (`goroutines`, `open_fds`). */
  pilingUp?: string[];
  reports: number;
};

/** Fewest reports that make a trend. */
const MIN_REPORTS = 6;
/** How much the memory figure must grow, first reports to last, to read as a climb. */
const MIN_GROWTH = 1.6;
/** How much it must still grow over its last third: a warm-up levels off, a leak does not. */
const STILL_CLIMBING = 1.1;
/** How far a load figure may move, either way, and still be flat. */
const FLAT = 1.3;
/** Share of steps that may not go down for memory to count as climbing steadily. */
const STEADY = 0.75;
const MAX_LINE = 2048;
const MAX_PAIRS = 40;
const MAX_KEY = 48;

/** Words that name a memory figure, and words that make it a setting or a count instead. */
const MEMORY_WORDS = ['heap', 'rss', 'mem', 'alloc', 'resident', 'working_set'];
const NOT_MEMORY = [
  'max',
  'limit',
  'cap',
  'total',
  'avail',
  'free',
  'percent',
  'pct',
  'ratio',
  'gc',
  'objects',
  'count',
];
/** Words that name load: requests, clients, connections, sessions, messages, jobs. */
const LOAD_WORDS = [
  'rps',
  'qps',
  'req',
  'client',
  'conn',
  'user',
  'session',
  'channel',
  'subscri',
  'tenant',
  'inflight',
  'in_flight',
  'concurren',
  'throughput',
  'msgs',
  'messages',
  'jobs',
  'tasks',
  'streams',
  'sockets',
  // A rate of anything (`labels_per_min`, `events_per_sec`, `ingest_rate`) is load by its name.
  'per_min',
  'per_sec',
  'per_s',
  'per_hour',
  '_rate',
];

/**
 * Words that name what a process holds rather than what it serves: goroutines, threads, open
 * descriptors and handles. Connections and sockets are load as often as leaks (clients connect).
 */
const RESOURCE_PARTS = [
  'goroutine',
  'goroutines',
  'thread',
  'threads',
  'fd',
  'fds',
  'descriptor',
  'descriptors',
  'handle',
  'handles',
];
/** How many times a held resource must multiply, report after report, to be piling up. */
const PILING = 10;

type Pair = { key: string; value: number };

/**
 * The numeric `key=value` and `"key":value` pairs of a line; a quoted value counts when it is a
 * number with a size unit (`"rss":"227.20MB"`). Sizes are converted to bytes so that units may vary.
 */
export function numericPairs(text: string): Pair[] {
  const line = text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text;
  const pairs: Pair[] = [];
  for (let i = 0; i < line.length && pairs.length < MAX_PAIRS; i++) {
    const c = line[i];
    if (c !== '=' && c !== ':') continue;
    // The key: letters, digits, `_`, `.`, `-` right before (a closing quote skipped).
    let end = i;
    if (line[end - 1] === '"') end--;
    let start = end;
    while (start > 0 && end - start < MAX_KEY && isFieldKeyCode(line.charCodeAt(start - 1))) start--;
    if (start === end || !isLetterCode(line.charCodeAt(start))) continue;
    // A query string a client wrote (`?heap_mb=900&clients=5`) is no report of the process.
    if (line[start - 1] === '?' || line[start - 1] === '&') continue;
    // The value: digits right after (an opening quote skipped), then an optional unit.
    let at = i + 1;
    if (line[at] === ' ' && c === ':') at++;
    const quoted = line[at] === '"';
    if (quoted) at++;
    const whole = digitsEnd(line, at, 15);
    if (whole === at) continue;
    let stop = whole;
    if (line[stop] === '.') stop = digitsEnd(line, stop + 1, 6);
    let unitEnd = stop;
    while (unitEnd < line.length && unitEnd - stop < 3 && isLetterCode(line.charCodeAt(unitEnd))) unitEnd++;
    const unit = line.slice(stop, unitEnd).toLowerCase();
    const factor = UNIT_BYTES[unit];
    if (factor === undefined || (quoted && line[unitEnd] !== '"')) continue;
    const value = Number(line.slice(at, stop)) * factor;
    if (Number.isFinite(value)) pairs.push({ key: line.slice(start, end).toLowerCase(), value });
  }
  return pairs;
}

/** Words of a prose figure's name, at most, and segments read per line. */
const MAX_NAME_WORDS = 3;
const MAX_SEGMENTS = 12;
/** Words after a count that make it a count since the start (`requests 3,520 since start`). */
const SINCE_START_WORDS = ['since start', 'since boot', 'total'];

/**
 * The figures a usage report writes in prose, one per comma-separated segment, named by the words
 * before the number (`gc heap 192 MB, working set 320 MB, requests 3,520 since start, rps 42` gives
 * `gc_heap`, `working_set`, `requests_since_start` and `rps`; `memory usage: 140.4 MB` gives
 * `memory_usage`). A comma between digits (`3,520`) is a thousands separator, not a segment's end.
 */
export function prosePairs(text: string): Pair[] {
  const line = text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text;
  const pairs: Pair[] = [];
  let start = 0;
  for (let i = 0; i <= line.length && pairs.length < MAX_SEGMENTS; i++) {
    const c = line.charAt(i);
    if (i < line.length && ((c !== ',' && c !== ';') || thousandsSeparator(line, i))) continue;
    const pair = proseSegment(line.slice(start, i));
    if (pair) pairs.push(pair);
    start = i + 1;
  }
  return pairs;
}

/** One segment's name, number and unit, or undefined when it does not read as `<words> <number> [unit]`. */
function proseSegment(segment: string): Pair | undefined {
  let at = 0;
  while (at < segment.length && !isDigitCode(segment.charCodeAt(at))) at++;
  if (at === segment.length) return undefined;
  const name = segment
    .slice(0, at)
    .toLowerCase()
    .split(' ')
    .map((w) => w.replaceAll(':', '').trim())
    .filter((w) => w.length > 0);
  // Only words name it: a symbol or a field key before the number makes it something else.
  if (name.length === 0 || name.some((w) => !isWordOfLetters(w))) return undefined;
  let end = at;
  while (
    end < segment.length &&
    (isDigitCode(segment.charCodeAt(end)) || segment[end] === ',' || segment[end] === '.')
  )
    end++;
  const value = Number(segment.slice(at, end).replaceAll(',', ''));
  if (!Number.isFinite(value)) return undefined;
  const rest = segment.slice(end).trimStart();
  let unitEnd = 0;
  while (unitEnd < rest.length && unitEnd < 3 && isLetterCode(rest.charCodeAt(unitEnd))) unitEnd++;
  const unit = rest.slice(0, unitEnd).toLowerCase();
  const since = SINCE_START_WORDS.some((w) => rest.toLowerCase().startsWith(w)) ? '_since_start' : '';
  const key = `${name.slice(-MAX_NAME_WORDS).join('_')}${since}`;
  return { key, value: value * (UNIT_BYTES[unit] ?? 1) };
}

const isWordOfLetters = (word: string) => {
  for (let i = 0; i < word.length; i++) if (!isLetterCode(word.charCodeAt(i))) return false;
  return word.length <= 24;
};

const KIB = 1024;
const UNIT_BYTES: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  kb: KIB,
  kib: KIB,
  mb: KIB ** 2,
  mib: KIB ** 2,
  gb: KIB ** 3,
  gib: KIB ** 3,
};

/** The parts of a key (`heap_inuse_mb` is `heap`, `inuse`, `mb`): `mallocs` holds no `alloc` part. */
const keyParts = (key: string) => key.replaceAll('.', '_').replaceAll('-', '_').split('_', 8);
const isMemoryKey = (key: string) =>
  (keyParts(key).some((part) => MEMORY_WORDS.some((w) => part.startsWith(w))) ||
    key.includes('working_set') ||
    key.includes('workingset')) &&
  !NOT_MEMORY.some((w) => key.includes(w));
/** Words that make a figure a duration, an id or a failure count rather than load. */
const NOT_LOAD = [
  'dur',
  'latency',
  'time',
  'elapsed',
  'took',
  'wait',
  '_ms',
  'sec',
  'error',
  'fail',
  'timeout',
];
const isLoadKey = (key: string) =>
  !isMemoryKey(key) &&
  !isWorkDoneKey(key) &&
  LOAD_WORDS.some((w) => key.includes(w)) &&
  !NOT_LOAD.some((w) => key.includes(w));
/**
 * A count of the work done since the process started (`uploads_since_start`, `requests_total`):
 * memory that climbs in step with it keeps something of every unit of work, and a bigger limit
 * holds only more units.
 */
const WORK_DONE_WORDS = ['since_start', 'since_boot', 'total', 'processed', 'handled', 'served', 'completed'];
const isWorkDoneKey = (key: string) => !isMemoryKey(key) && WORK_DONE_WORDS.some((w) => key.includes(w));
const isResourceKey = (key: string) =>
  !isMemoryKey(key) &&
  !isLoadKey(key) &&
  !isWorkDoneKey(key) &&
  (keyParts(key).some((part) => RESOURCE_PARTS.includes(part)) || key.includes('open_files')) &&
  !NOT_LOAD.some((w) => key.includes(w));

/** The middle of the first (or last) three values: one odd report does not make a trend. */
function middleOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * The climbing memory figure of a log whose usage reports show a leak, or undefined: at least
 * {@link MIN_REPORTS} reports carry one memory figure and one load figure; memory grows at least
 * {@link MIN_GROWTH}× (first three reports against the last three), rarely going down, while every
 * load figure present on those reports stays within {@link FLAT}× of where it began.
 */
export function memoryLeakTrend(lines: readonly string[]): MemoryTrend | undefined {
  const series = new Map<string, { memory: number[]; load: Map<string, number[]> }>();
  for (const line of lines) {
    // A request line holds what a client sent (its path, its query, its user agent).
    if (QUOTED_REQUEST.test(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line)) continue;
    const keyed = numericPairs(line);
    const pairs = keyed.some((p) => isMemoryKey(p.key)) ? keyed : [...keyed, ...prosePairs(line)];
    const load = pairs.filter((p) => isLoadKey(p.key) || isWorkDoneKey(p.key) || isResourceKey(p.key));
    if (load.length === 0) continue;
    for (const m of pairs.filter((p) => isMemoryKey(p.key))) {
      let s = series.get(m.key);
      if (!s) {
        s = { memory: [], load: new Map() };
        series.set(m.key, s);
      }
      s.memory.push(m.value);
      for (const l of load) {
        const values = s.load.get(l.key);
        if (values) values.push(l.value);
        else s.load.set(l.key, [l.value]);
      }
    }
  }
  for (const [key, s] of series) {
    const n = s.memory.length;
    if (n < MIN_REPORTS) continue;
    const from = middleOf(s.memory.slice(0, 3));
    const to = middleOf(s.memory.slice(-3));
    if (from <= 0 || to / from < MIN_GROWTH) continue;
    if (!stillClimbing(s.memory)) continue;
    if (!steady(s.memory)) continue;
    const present = [...s.load].filter(([, values]) => values.length >= n * 0.8);
    // Goroutines or descriptors multiplying with memory: the process keeps what it should let go
    // (a connection per request, a goroutine blocked forever), whatever the load does.
    const piling = present.filter(([k, values]) => isResourceKey(k) && multiplies(values, PILING));
    // Work that multiplied as well (a goroutine per request in flight) explains them: no pile-up.
    // Connections do not: a client opening one per call and never closing it piles them up too.
    const loadGrew = present.some(
      ([k, values]) => isLoadKey(k) && !k.includes('conn') && multiplies(values, PILING / 2),
    );
    if (piling.length > 0 && !loadGrew)
      return { memory: key, from, to, flat: [], pilingUp: piling.map(([k]) => k), reports: n };
    const gauges = present.filter(([k]) => isLoadKey(k));
    const flat = (values: readonly number[]) => {
      const a = middleOf(values.slice(0, 3));
      const b = middleOf(values.slice(-3));
      return a > 0 && b / a <= FLAT && a / b <= FLAT;
    };
    if (gauges.length > 0 && gauges.every(([, values]) => flat(values)))
      return { memory: key, from, to, flat: gauges.map(([k]) => k), reports: n };
    // No gauge of the load, but a count of the work done that climbs with memory: memory kept per unit.
    const done = present.filter(([k, values]) => isWorkDoneKey(k) && climbs(values));
    if (gauges.length === 0 && done.length > 0)
      return { memory: key, from, to, flat: [], perUnitOf: done.map(([k]) => k), reports: n };
  }
  return undefined;
}

/** A count that climbs steadily (rarely going down) to at least `factor` times where it began. */
function multiplies(values: readonly number[], factor: number): boolean {
  // Its lowest early value: a count that multiplies fast has moved a long way by the third report.
  const first = Math.max(1, Math.min(...values.slice(0, 3)));
  return steady(values) && middleOf(values.slice(-3)) >= first * factor;
}

/**
 * Whether memory was still climbing when the reports end: it grew by a tenth or more over its last
 * third, or it did so up to a short flat end (two reports at most, within 3 % of the last): a climb
 * the container's limit flattened just before the kill. A warm-up levels off and stays level.
 */
function stillClimbing(memory: readonly number[]): boolean {
  const rose = (values: readonly number[]) => {
    const lastThird = values[Math.floor((2 * values.length) / 3)] as number;
    return lastThird > 0 && middleOf(values.slice(-3)) / lastThird >= STILL_CLIMBING;
  };
  if (rose(memory)) return true;
  const last = memory[memory.length - 1] as number;
  let flatEnd = 0;
  while (
    flatEnd < memory.length &&
    (memory[memory.length - 1 - flatEnd] as number) >= last * (1 - AT_CEILING)
  ) {
    flatEnd++;
  }
  const before = memory.slice(0, memory.length - flatEnd);
  if (flatEnd > MAX_FLAT_END || before.length < MIN_REPORTS - MAX_FLAT_END) return false;
  const lastThird = before[Math.floor((2 * before.length) / 3)] as number;
  return lastThird > 0 && (before[before.length - 1] as number) / lastThird >= STILL_CLIMBING;
}

/** How close to the last report a flat end stays, and how many reports it may last. */
const AT_CEILING = 0.03;
const MAX_FLAT_END = 2;

/** Whether a series rarely goes down: at least {@link STEADY} of its steps do not. */
function steady(values: readonly number[]): boolean {
  const steps = values.slice(1).filter((v, i) => v >= (values[i] as number)).length;
  return steps >= (values.length - 1) * STEADY;
}

/** A count that never goes down and ends well above where it began. */
function climbs(values: readonly number[]): boolean {
  const first = values[0] as number;
  const last = values[values.length - 1] as number;
  return values.every((v, i) => i === 0 || v >= (values[i - 1] as number)) && last > first * 2 + 1;
}

/** A size in words: `227 MiB`, `1.9 GiB`; a bare count as it is. */
export function describeTrend(t: MemoryTrend): string {
  const size = (v: number) =>
    v >= KIB ** 3
      ? `${(v / KIB ** 3).toFixed(1)} GiB`
      : v >= KIB ** 2
        ? `${Math.round(v / KIB ** 2)} MiB`
        : String(v);
  const why = t.pilingUp?.length
    ? `while ${t.pilingUp.join(', ')} piled up with it: it holds what it should let go`
    : t.perUnitOf?.length
      ? `in step with ${t.perUnitOf.join(', ')}, the work done since it started`
      : `while ${t.flat.join(', ')} stayed flat`;
  return `${t.memory} grew from ${size(t.from)} to ${size(t.to)} over ${t.reports} reports ${why}`;
}
