import { describe, expect, it } from 'vitest';
import { alertSaysLeak } from './alert-memory.ts';
import { durationAt, killsAtARhythm } from './kill-rhythm.ts';

describe('kills at a rhythm, read from an alert', () => {
  it('reads the same long run before each kill, however the alert words it', () => {
    expect(
      killsAtARhythm(
        'KubeContainerOOMKilled: egress-squid OOMKilled 5 times since 02:00, each about 45-60 min after start',
      ),
    ).toContain('45-60 min');
    expect(
      killsAtARhythm(
        'ContainerRestartsFrequent: api restarted 31 times in 6h (each after 38-47 min of uptime)',
      ),
    ).toBeDefined();
    expect(
      killsAtARhythm('ws-gateway OOMKilled 9 times in 4 days, one every 10-11 hours at ~1 GiB'),
    ).toBeDefined();
    expect(
      killsAtARhythm('tenant-sync was OOMKilled 7 times; each instance lived 40-50 minutes'),
    ).toBeDefined();
    expect(
      killsAtARhythm('media-edge OOMKilled 3 times in 2 days, each about 14h after start'),
    ).toBeDefined();
  });

  it('reads three kill times or more, evenly spaced, across midnight too', () => {
    expect(
      killsAtARhythm(
        'amf-fra-0 working set 1.9Gi of 2Gi; previous OOMKilled at 04:11, 04:58, 05:44, 06:31, 07:15, 08:02',
      ),
    ).toBe('04:11, 04:58, 05:44, 06:31, 07:15, 08:02');
    expect(killsAtARhythm('worker OOMKilled at 22:40:11, 23:31:02, 00:20:45 and 01:12:09')).toBeDefined();
  });

  it('leaves kills without a rhythm, short runs and schedules alone', () => {
    // Irregular: the load decides when the working set is reached.
    expect(killsAtARhythm('sidekiq OOMKilled 3 times today (01:52, 05:40, 08:13 UTC)')).toBeUndefined();
    // Uptimes short or unalike say nothing.
    expect(killsAtARhythm('api terminated OOMKilled at 07:27 and 07:35 (uptime 4m and 5m)')).toBeUndefined();
    expect(killsAtARhythm('api terminated OOMKilled at 07:27 and 08:05 (uptime 21m and 2h)')).toBeUndefined();
    expect(killsAtARhythm('api OOMKilled once (uptime 37m)')).toBeUndefined();
    // Two kills are no rhythm.
    expect(
      killsAtARhythm('reporting-mysql-0 OOMKilled at 08:04 and 08:22 during the 08:00 refresh'),
    ).toBeUndefined();
    // A short run is a start-up or a warm-up.
    expect(
      killsAtARhythm('tenant-sync was OOMKilled 7 times since 07:02; each instance lived 8-10 minutes'),
    ).toBeUndefined();
    expect(killsAtARhythm('api OOMKilled 4 times, kills at 07:01, 07:09, 07:17, 07:25')).toBeUndefined();
    // A rate is not a run: 14 kills in 3h may be a working set reached at every start.
    expect(killsAtARhythm('coredns restarted 14 times in the last 3h; last state OOMKilled')).toBeUndefined();
    // `each 30 minutes` without a start is a schedule; no kill words, no rhythm of kills.
    expect(killsAtARhythm('export job OOMKilled; it runs each 30 minutes from cron')).toBeUndefined();
    expect(killsAtARhythm('backup runs every 60 minutes at 01:00, 02:00, 03:00')).toBeUndefined();
    // Not a duration: milliseconds, mebibytes.
    expect(killsAtARhythm('OOMKilled, each after 40ms of GC pause')).toBeUndefined();
    expect(killsAtARhythm('OOMKilled, each instance lived 300mib')).toBeUndefined();
  });

  it('makes the alert one that says the memory leaks', () => {
    const alerts = [
      'KubeContainerOOMKilled: media-edge OOMKilled 3 times in 2 days, each about 14h after start',
    ];
    expect(alertSaysLeak({ alerts })).toBe(alerts[0]);
    expect(
      alertSaysLeak({ alerts: ['KubeContainerOOMKilled: api OOMKilled 3 times since 06:00 (limit 2Gi)'] }),
    ).toBeUndefined();
  });

  it('reads durations with ranges, units and hours with minutes', () => {
    expect(durationAt('45-60 min', 0)).toEqual({ minutes: 45, end: 9 });
    expect(durationAt('2h50m to 3h10m', 0)).toEqual({ minutes: 170, end: 5 });
    expect(durationAt('10-11 hours', 0)).toEqual({ minutes: 600, end: 11 });
    expect(durationAt('38–47 minutes', 0)?.minutes).toBe(38);
    expect(durationAt('45 replicas', 0)).toBeUndefined();
    expect(durationAt('12ms', 0)).toBeUndefined();
  });
});
