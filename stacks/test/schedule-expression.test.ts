import { describe, expect, it } from 'vitest';
import { firingsBetween, matchesPattern, parseSchedule } from './schedule-expression.ts';

describe('parseSchedule', () => {
  it('reads rates in minutes, with EventBridge’s singular/plural rule', () => {
    expect(parseSchedule('rate(1 minute)')).toEqual({ kind: 'rate', minutes: 1 });
    expect(parseSchedule('rate(5 minutes)')).toEqual({ kind: 'rate', minutes: 5 });
    expect(parseSchedule('rate(2 days)')).toEqual({ kind: 'rate', minutes: 2880 });
    expect(() => parseSchedule('rate(1 minutes)')).toThrow(/bad rate/);
    expect(() => parseSchedule('rate(5 minute)')).toThrow(/bad rate/);
    expect(() => parseSchedule('rate(0 hours)')).toThrow(/bad rate/);
  });

  it('rejects crons that EventBridge would reject', () => {
    expect(() => parseSchedule('cron(0 7 * * *)')).toThrow(/six-field/);
    expect(() => parseSchedule('cron(0 7 * * MON *)')).toThrow(/exactly one/);
    expect(() => parseSchedule('cron(0 7 ? * ? *)')).toThrow(/exactly one/);
    expect(() => parseSchedule('cron(0 25 * * ? *)')).toThrow(/outside 0-23/);
    expect(() => parseSchedule('cron(0 7 ? * 6#3 *)')).toThrow(/unsupported/);
  });

  it('lists when a cron fires, with day names, ranges, lists and steps', () => {
    const parsed = parseSchedule('cron(0/30 8-9 ? * MON,WED-THU *)');
    if (parsed.kind !== 'cron') throw new Error('expected a cron');

    const labels = firingsBetween(parsed, new Date('2026-01-05T00:00:00Z'), new Date('2026-01-08T00:00:00Z'));

    expect(labels).toEqual([
      'Mon 08:00',
      'Mon 08:30',
      'Mon 09:00',
      'Mon 09:30',
      'Wed 08:00',
      'Wed 08:30',
      'Wed 09:00',
      'Wed 09:30',
    ]);
  });
});

describe('matchesPattern', () => {
  it('matches nested fields against lists of accepted values', () => {
    const pattern = { source: ['a', 'b'], detail: { kind: ['x'] } };

    expect(matchesPattern(pattern, { source: 'b', detail: { kind: 'x', other: 1 } })).toBe(true);
    expect(matchesPattern(pattern, { source: 'c', detail: { kind: 'x' } })).toBe(false);
    expect(matchesPattern(pattern, { source: 'a' })).toBe(false);
    expect(matchesPattern(pattern, { source: 'a', detail: { kind: ['y', 'x'] } })).toBe(true);
  });
});
