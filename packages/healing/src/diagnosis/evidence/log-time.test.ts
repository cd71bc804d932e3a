import { describe, expect, it } from 'vitest';
import { loggedAt, loggedFailure } from './log-time.ts';

const tail = (text: string, extra: { truncated?: boolean; head?: string } = {}) => ({
  container: 'app',
  text,
  lines: text.split('\n').length,
  truncated: extra.truncated ?? false,
  ...(extra.head ? { head: extra.head } : {}),
});

const FROM = new Date('2026-02-11T07:36:00Z');
const TO = new Date('2026-02-11T08:30:00Z');

describe('log timestamps', () => {
  it('reads ISO, space-separated, comma-fraction and zoned times; no zone is UTC', () => {
    expect(loggedAt('{"@t":"2026-02-11T08:22:41.1034567Z","@mt":"x"}')?.toISOString()).toBe(
      '2026-02-11T08:22:41.103Z',
    );
    expect(loggedAt('2026-02-11 08:22:41,118 ERROR [main] boom')?.toISOString()).toBe(
      '2026-02-11T08:22:41.118Z',
    );
    expect(loggedAt('time="2026-02-11T09:22:41+01:00" level=error msg=boom')?.toISOString()).toBe(
      '2026-02-11T08:22:41.000Z',
    );
    expect(loggedAt('Feb 11 08:22:41 host app[1]: boom')).toBeUndefined();
    expect(loggedAt('level=error ts=2026-02-11T08:22:41Z msg="boom"')?.toISOString()).toBe(
      '2026-02-11T08:22:41.000Z',
    );
    expect(loggedAt('2026-02-11T09:00:00+01 ERROR boom')?.toISOString()).toBe('2026-02-11T08:00:00.000Z');
    expect(loggedAt('{"ts":1770798161.5,"level":"error"}')?.toISOString()).toBe('2026-02-11T08:22:41.500Z');
  });

  it("reads Log4j2's JSON layouts and MongoDB's extended JSON dates", () => {
    expect(
      loggedAt(
        '{"instant":{"epochSecond":1770798335,"nanoOfSecond":50617247},"thread":"http-nio-8080-exec-2","level":"ERROR","message":"capture failed"}',
      )?.toISOString(),
    ).toBe('2026-02-11T08:25:35.000Z');
    expect(
      loggedAt('{"timeMillis":1770798335050,"level":"ERROR","message":"capture failed"}')?.toISOString(),
    ).toBe('2026-02-11T08:25:35.050Z');
    expect(
      loggedAt(
        '{"t":{"$date":"2026-02-11T08:19:20.104+00:00"},"s":"I","c":"REPL","msg":"New replica set config in use"}',
      )?.toISOString(),
    ).toBe('2026-02-11T08:19:20.104Z');
  });

  it("reads C's ctime stamps (ClamAV, Apache's error log in brackets), space-padded days included", () => {
    expect(
      loggedAt('Wed Feb 11 07:40:41 2026 -> Reading databases from /var/lib/clamav')?.toISOString(),
    ).toBe('2026-02-11T07:40:41.000Z');
    expect(
      loggedAt('Tue Mar  2 09:14:03 2026 -> SelfCheck: Database modification detected.')?.toISOString(),
    ).toBe('2026-03-02T09:14:03.000Z');
    expect(
      loggedAt(
        '[Wed Feb 11 07:40:41.123456 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: resuming',
      )?.toISOString(),
    ).toBe('2026-02-11T07:40:41.123Z');
    expect(loggedAt('Wed Feb 30 07:40:41 2026 -> impossible')).toBeUndefined();
    expect(loggedAt('scan started Wed Feb 11 07:40:41 2026')).toBeUndefined();
  });

  it('never takes a date written inside a message, or an impossible one, for the line’s time', () => {
    expect(
      loggedAt(
        '{"level":"error","msg":"token issued 2026-03-02T09:59:00Z rejected","time":"2026-03-02T09:40:00Z"}',
      )?.toISOString(),
    ).toBe('2026-03-02T09:40:00.000Z');
    expect(loggedAt('{"level":"error","msg":"token issued 2026-03-02T09:59:00Z rejected"}')).toBeUndefined();
    expect(loggedAt('ERROR token issued 2026-03-02T09:59:00Z rejected')).toBeUndefined();
    expect(loggedAt('level=error msg="issued time=2026-03-02T09:59:00Z rejected"')).toBeUndefined();
    expect(loggedAt('2026-02-31T25:61:00Z ERROR boom')).toBeUndefined();
  });

  it('dates the first error a whole log shows, and nothing outside the pod’s life', () => {
    const log = [
      '{"@t":"2026-02-11T07:36:04Z","@mt":"Application started."}',
      '{"@t":"2026-02-11T08:21:59Z","@mt":"HTTP GET responded 200"}',
      '{"@t":"2026-02-11T08:22:41Z","@l":"Error","@mt":"An error occurred using the connection to database"}',
      '{"@t":"2026-02-11T08:24:10Z","@l":"Error","@mt":"An error occurred using the connection to database"}',
    ].join('\n');
    expect(loggedFailure(tail(log), FROM, TO).firstFailureAt).toBe('2026-02-11T08:22:41.000Z');
    expect(loggedFailure(tail(log), FROM, new Date('2026-02-11T08:00:00Z')).firstFailureAt).toBeUndefined();
    expect(loggedFailure(tail('2026-02-11 08:22:41 INFO all good'), FROM, TO).firstFailureAt).toBeUndefined();
  });

  it('dates a cut log by its head’s first error, else by a tail error that healthy lines precede', () => {
    const errors = [
      '{"@t":"2026-02-11T08:22:41Z","@l":"Error","@mt":"An error occurred using the connection to database"}',
      '{"@t":"2026-02-11T08:24:10Z","@l":"Error","@mt":"An error occurred using the connection to database"}',
    ];
    const healthyThenErrors = [
      '{"@t":"2026-02-11T08:21:59Z","@mt":"HTTP GET responded 200"}',
      ...errors,
    ].join('\n');
    // The service answered without error until 08:22:41, whatever was cut before the tail.
    expect(loggedFailure(tail(healthyThenErrors, { truncated: true }), FROM, TO).firstFailureAt).toBe(
      '2026-02-11T08:22:41.000Z',
    );
    // A tail of errors only: an older error may sit in what was cut.
    expect(
      loggedFailure(tail(errors.join('\n'), { truncated: true }), FROM, TO).firstFailureAt,
    ).toBeUndefined();
    // Only that the instance was failing by its first error shown.
    expect(loggedFailure(tail(errors.join('\n'), { truncated: true }), FROM, TO)).toEqual({
      failingBy: '2026-02-11T08:22:41.000Z',
    });
    expect(loggedFailure(tail(healthyThenErrors, { truncated: true }), FROM, TO)).toEqual({
      firstFailureAt: '2026-02-11T08:22:41.000Z',
    });
    expect(
      loggedFailure(tail(errors.join('\n'), { head: 'starting' }), FROM, TO).firstFailureAt,
    ).toBeUndefined();
    // The instance's first lines already failed: that is when.
    const head = '2026-02-11 07:36:05,118 ERROR [main] could not reach the database';
    expect(loggedFailure(tail(healthyThenErrors, { head }), FROM, TO).firstFailureAt).toBe(
      '2026-02-11T07:36:05.118Z',
    );
  });
});
