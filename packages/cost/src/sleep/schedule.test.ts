import { ConfigSchema, type SleepSchedule } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { sleepStateAt, wallClockAt } from './schedule.ts';

const at = (iso: string) => new Date(iso);
const paris = (windows: SleepSchedule['windows']): SleepSchedule => ({ timeZone: 'Europe/Paris', windows });
const weeknights = paris([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '20:00', to: '07:00' }]);

describe('sleepStateAt', () => {
  it('sleeps from the evening across midnight until the morning, naming the night it belongs to', () => {
    // Tuesday 13 January 2026, Paris is UTC+1.
    expect(sleepStateAt(weeknights, at('2026-01-13T18:59:00Z'))).toEqual({ state: 'awake' });
    expect(sleepStateAt(weeknights, at('2026-01-13T19:00:00Z'))).toEqual({
      state: 'asleep',
      window: '2026-01-13 tue 20:00–07:00',
    });
    expect(sleepStateAt(weeknights, at('2026-01-13T23:30:00Z'))).toEqual({
      state: 'asleep',
      window: '2026-01-13 tue 20:00–07:00',
    });
    expect(sleepStateAt(weeknights, at('2026-01-14T05:59:00Z'))).toEqual({
      state: 'asleep',
      window: '2026-01-13 tue 20:00–07:00',
    });
    expect(sleepStateAt(weeknights, at('2026-01-14T06:00:00Z'))).toEqual({ state: 'awake' });
  });

  it('keeps the day a window opens: a Friday night runs into Saturday, a Sunday night is not a weeknight here', () => {
    expect(sleepStateAt(weeknights, at('2026-01-17T05:00:00Z'))).toMatchObject({
      state: 'asleep',
      window: '2026-01-16 fri 20:00–07:00',
    });
    expect(sleepStateAt(weeknights, at('2026-01-17T20:00:00Z'))).toEqual({ state: 'awake' });
    expect(sleepStateAt(weeknights, at('2026-01-19T05:00:00Z'))).toEqual({ state: 'awake' });
  });

  it('sleeps through the weekend with the embedded nights-and-weekends schedule', () => {
    const schedule = ConfigSchema.parse({}).cost.sleep.schedules['nights-and-weekends'];
    if (!schedule) throw new Error('the embedded schedule is missing');
    const hourly = Array.from({ length: 24 * 7 }, (_, h) => new Date(Date.UTC(2026, 0, 16, 12 + h)));
    const asleep = hourly.map((t) => sleepStateAt(schedule, t).state === 'asleep');
    // Friday 12:00 UTC onwards: awake until 20:00, then asleep without a break until Monday 07:00.
    const firstAwakeAfterFriday = asleep.indexOf(false, 8);
    expect(asleep.slice(0, 8).every((a) => !a)).toBe(true);
    expect(firstAwakeAfterFriday).toBe(8 + 59); // Friday 20:00 + 59 h = Monday 07:00
    // Monday to Thursday: 13 awake hours a day (07:00–20:00), then Friday 07:00–11:00.
    expect(asleep.filter((a) => !a)).toHaveLength(8 + 13 * 4 + 5);
  });

  it('follows the spring daylight saving change: the night ends at 06:00 summer time, an hour earlier in UTC', () => {
    // Paris moves from UTC+1 to UTC+2 on Sunday 29 March 2026 at 02:00 (01:00 UTC).
    const saturdayNight = paris([{ days: ['sat'], from: '22:00', to: '06:00' }]);

    expect(sleepStateAt(saturdayNight, at('2026-03-28T20:59:00Z')).state).toBe('awake');
    expect(sleepStateAt(saturdayNight, at('2026-03-28T21:00:00Z')).state).toBe('asleep');
    expect(sleepStateAt(saturdayNight, at('2026-03-29T03:59:00Z')).state).toBe('asleep');
    expect(sleepStateAt(saturdayNight, at('2026-03-29T04:00:00Z')).state).toBe('awake');
  });

  it('follows the autumn change: the night ends at 06:00 winter time, an hour later in UTC', () => {
    // Paris moves from UTC+2 to UTC+1 on Sunday 25 October 2026 at 03:00 (01:00 UTC).
    const saturdayNight = paris([{ days: ['sat'], from: '22:00', to: '06:00' }]);

    expect(sleepStateAt(saturdayNight, at('2026-10-24T19:59:00Z')).state).toBe('awake');
    expect(sleepStateAt(saturdayNight, at('2026-10-24T20:00:00Z')).state).toBe('asleep');
    expect(sleepStateAt(saturdayNight, at('2026-10-25T04:30:00Z')).state).toBe('asleep');
    expect(sleepStateAt(saturdayNight, at('2026-10-25T05:00:00Z')).state).toBe('awake');
  });

  it('opens a window whose start the spring change skips at the first minute after it', () => {
    // 02:30 does not exist in Paris on 29 March 2026: 01:00 UTC is already 03:00.
    const skipped = paris([{ days: ['sun'], from: '02:30', to: '04:00' }]);

    expect(sleepStateAt(skipped, at('2026-03-29T00:59:00Z')).state).toBe('awake');
    expect(sleepStateAt(skipped, at('2026-03-29T01:00:00Z')).state).toBe('asleep');
    expect(sleepStateAt(skipped, at('2026-03-29T02:00:00Z')).state).toBe('awake');
  });

  it('reads other zones the same way (New York after its March change)', () => {
    const newYork: SleepSchedule = {
      timeZone: 'America/New_York',
      windows: [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'], from: '19:00', to: '08:00' }],
    };
    // Monday 9 March 2026, New York is UTC-4 since Sunday.
    expect(sleepStateAt(newYork, at('2026-03-09T11:59:00Z'))).toEqual({
      state: 'asleep',
      window: '2026-03-08 sun 19:00–08:00',
    });
    expect(sleepStateAt(newYork, at('2026-03-09T12:00:00Z'))).toEqual({ state: 'awake' });
  });

  it('gives the same answer for the same instant, so a missed run is caught up by the next one', () => {
    const instant = at('2026-01-14T05:00:00Z');
    expect(sleepStateAt(weeknights, instant)).toEqual(sleepStateAt(weeknights, new Date(instant)));
  });
});

describe('wallClockAt', () => {
  it('gives the local date, weekday and minute of an instant', () => {
    expect(wallClockAt('Asia/Kolkata', at('2026-01-01T20:00:00Z'))).toEqual({
      date: '2026-01-02',
      weekday: 'fri',
      minute: 90,
    });
  });
});

describe('cost.sleep config', () => {
  it('refuses an unknown time zone, a bad time and a namespace naming no schedule', () => {
    const parsed = ConfigSchema.safeParse({
      cost: {
        sleep: {
          schedules: {
            office: { timeZone: 'Mars/Olympus', windows: [{ days: ['mon'], from: '25:00', to: '07:00' }] },
          },
          namespaces: [{ namespace: 'preview', schedule: 'nights' }],
        },
      },
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages.join('\n')).toMatch(/timeZone: an IANA time zone/);
    expect(messages.join('\n')).toMatch(/from: a time HH:MM/);
  });

  it('refuses a namespace whose schedule is not defined', () => {
    const parsed = ConfigSchema.safeParse({
      cost: { sleep: { namespaces: [{ namespace: 'preview', schedule: 'nights' }] } },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/no schedule named nights/);
  });
});
