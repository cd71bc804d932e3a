import type { SleepSchedule, SleepWindow } from '@sre-agent/core';

type Weekday = SleepWindow['days'][number];

const WEEKDAY_BY_SHORT_NAME: Readonly<Record<string, Weekday>> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};
const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Wall-clock time in a zone: the local date, its weekday and minutes since local midnight. */
type WallClock = { date: string; weekday: Weekday; minute: number };

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall clock of an instant in an IANA zone, daylight saving time included (through `Intl`). */
export function wallClockAt(timeZone: string, at: Date): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const weekday = WEEKDAY_BY_SHORT_NAME[parts.weekday ?? ''];
  if (!weekday) throw new Error(`Intl gave no weekday for ${at.toISOString()} in ${timeZone}`);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const minutesOf = (clock: string): number => {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/** The day before a local date, as `YYYY-MM-DD` (calendar arithmetic, no zone involved). */
function previousDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

const previousWeekday = (day: Weekday): Weekday => WEEK[(WEEK.indexOf(day) + 6) % 7] ?? day;

/** Whether the state of a namespace on its schedule is asleep or awake at an instant. */
export type SleepState =
  | {
      state: 'asleep';
      /**
       * The window occurrence that holds the instant, in local time (`2026-03-27 fri 20:00–07:00`):
       * the same for every run inside one night, so it names that night's sleep.
       */
      window: string;
    }
  | { state: 'awake' };

/**
 * Where a schedule stands at `now`: asleep inside one of its windows, awake outside them. Pure and
 * level-triggered: the answer depends only on the instant, so a run that was missed (the agent was
 * down when a window closed) is caught up by the next run, whenever it comes. Windows are read in
 * the schedule's wall-clock time, so a 20:00–07:00 night is 10 or 12 hours long across a daylight
 * saving change, and `from`/`to` times that a change skips still open or close the window at the
 * first wall-clock minute after them.
 *
 * @example
 * sleepStateAt({ timeZone: 'Europe/Paris', windows: [{ days: ['fri'], from: '20:00', to: '07:00' }] },
 *   new Date('2026-03-28T05:00:00Z')); // { state: 'asleep', window: '2026-03-27 fri 20:00–07:00' }
 */
export function sleepStateAt(schedule: SleepSchedule, now: Date): SleepState {
  const today = wallClockAt(schedule.timeZone, now);
  const yesterday = { date: previousDate(today.date), weekday: previousWeekday(today.weekday) };
  for (const window of schedule.windows) {
    const from = minutesOf(window.from);
    const to = minutesOf(window.to);
    const crossesMidnight = to <= from;
    const label = (date: string, day: Weekday) => `${date} ${day} ${window.from}–${window.to}`;
    // A window opened today and still open.
    if (
      window.days.includes(today.weekday) &&
      today.minute >= from &&
      (crossesMidnight || today.minute < to)
    ) {
      return { state: 'asleep', window: label(today.date, today.weekday) };
    }
    // A window opened yesterday that runs past midnight into today.
    if (crossesMidnight && window.days.includes(yesterday.weekday) && today.minute < to) {
      return { state: 'asleep', window: label(yesterday.date, yesterday.weekday) };
    }
  }
  return { state: 'awake' };
}
