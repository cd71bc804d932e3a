/**
 * EventBridge schedule expressions, parsed strictly enough to check what the manifest declares:
 * `rate(<n> <unit>)` and six-field `cron(minutes hours day-of-month month day-of-week year)`.
 * `L`, `W` and `#` are not used by the manifest and are rejected.
 */

export type Rate = { kind: 'rate'; minutes: number };
export type Cron = {
  kind: 'cron';
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number> | 'any';
  months: Set<number>;
  /** 0 = Sunday … 6 = Saturday. */
  daysOfWeek: Set<number> | 'any';
  years: Set<number> | 'all';
};
export type Schedule = Rate | Cron;

const UNIT_MINUTES = { minute: 1, hour: 60, day: 1440 } as const;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export function parseSchedule(expression: string): Schedule {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate?.[1] && rate[2]) {
    const value = Number(rate[1]);
    const singular = rate[2].replace(/s$/, '') as keyof typeof UNIT_MINUTES;
    // EventBridge insists: `1 minute`, `5 minutes`.
    if (value < 1 || (value === 1) !== (rate[2] === singular)) throw new Error(`bad rate: ${expression}`);
    return { kind: 'rate', minutes: value * UNIT_MINUTES[singular] };
  }
  const cron = /^cron\((.+)\)$/.exec(expression);
  const fields = cron?.[1]?.split(' ');
  if (fields?.length !== 6) throw new Error(`not a rate() or six-field cron(): ${expression}`);
  const [minutes, hours, dom, month, dow, year] = fields as [string, string, string, string, string, string];
  if ((dom === '?') === (dow === '?')) {
    throw new Error(`exactly one of day-of-month and day-of-week must be '?': ${expression}`);
  }
  return {
    kind: 'cron',
    minutes: field(minutes, 0, 59),
    hours: field(hours, 0, 23),
    daysOfMonth: dom === '?' ? 'any' : field(dom, 1, 31),
    months: field(month, 1, 12, MONTHS, 1),
    // EventBridge numbers days 1 (SUN) … 7 (SAT).
    daysOfWeek: dow === '?' ? 'any' : new Set([...field(dow, 1, 7, DAYS, 1)].map((d) => d - 1)),
    years: year === '*' ? 'all' : field(year, 1970, 2199),
  };
}

function field(text: string, min: number, max: number, names: string[] = [], firstName = 0): Set<number> {
  const values = new Set<number>();
  const value = (token: string) => {
    const named = names.indexOf(token.toUpperCase());
    const n = named >= 0 ? named + firstName : Number(token);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${token} is outside ${min}-${max}`);
    return n;
  };
  for (const part of text.split(',')) {
    const withoutNames = names.reduce((text, name) => text.replaceAll(name, ''), part.toUpperCase());
    if (/[LW#]/.test(withoutNames)) throw new Error(`unsupported cron token ${part}`);
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad step in ${part}`);
    let from = min;
    let to = max;
    if (range !== '*' && range !== undefined) {
      const [a, b] = range.split('-');
      from = value(a ?? '');
      to = b === undefined ? (stepText === undefined ? from : max) : value(b);
    }
    if (from > to) throw new Error(`empty range ${part}`);
    for (let n = from; n <= to; n += step) values.add(n);
  }
  return values;
}

/** Whether a cron schedule fires at a wall-clock minute (in the schedule's own time zone). */
export function cronFires(cron: Cron, at: Date): boolean {
  const dayOfMonth = at.getUTCDate();
  const dayOfWeek = at.getUTCDay();
  return (
    cron.minutes.has(at.getUTCMinutes()) &&
    cron.hours.has(at.getUTCHours()) &&
    cron.months.has(at.getUTCMonth() + 1) &&
    (cron.daysOfMonth === 'any' || cron.daysOfMonth.has(dayOfMonth)) &&
    (cron.daysOfWeek === 'any' || cron.daysOfWeek.has(dayOfWeek)) &&
    (cron.years === 'all' || cron.years.has(at.getUTCFullYear()))
  );
}

/** Every firing in a window, as `Mon 20:00` labels (wall clock, read as UTC fields). */
export function firingsBetween(cron: Cron, from: Date, to: Date): string[] {
  const labels: string[] = [];
  for (let t = from.getTime(); t < to.getTime(); t += 60_000) {
    const at = new Date(t);
    if (cronFires(cron, at)) {
      const day = (DAYS[at.getUTCDay()] ?? '').toLowerCase();
      labels.push(`${day[0]?.toUpperCase()}${day.slice(1)} ${at.toISOString().slice(11, 16)}`);
    }
  }
  return labels;
}

/** EventBridge pattern matching for the subset the manifest uses: exact values, nested objects. */
export function matchesPattern(pattern: unknown, event: unknown): boolean {
  if (Array.isArray(pattern)) {
    const values = Array.isArray(event) ? event : [event];
    return values.some((value) => pattern.includes(value));
  }
  if (typeof pattern !== 'object' || pattern === null) throw new Error('unsupported pattern');
  if (typeof event !== 'object' || event === null) return false;
  return Object.entries(pattern).every(([key, sub]) =>
    matchesPattern(sub, (event as Record<string, unknown>)[key]),
  );
}
