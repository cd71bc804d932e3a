import { describe, expect, it } from 'vitest';
import { describeSilence, logSilence } from './log-silence.ts';

const tail = (lines: readonly string[], extra: { truncated?: boolean } = {}) => ({
  container: 'app',
  text: `${lines.join('\n')}\n`,
  lines: lines.length,
  truncated: extra.truncated ?? false,
});

const NOW = new Date('2026-02-11T08:30:00Z');
const at = (minute: number) => `2026-02-11T07:${String(minute).padStart(2, '0')}:00.000Z`;

/** A Go service's zap JSON, a line a minute from 07:20 to 07:40, then nothing. */
const ZAP = Array.from(
  { length: 21 },
  (_, i) =>
    `{"level":"info","ts":"${at(20 + i)}","caller":"ingest/loop.go:88","msg":"flushed batch","rows":${400 + i}}`,
);

describe('a running log that went quiet', () => {
  it('says how long, after what rhythm, and quotes the last line (a record by its message)', () => {
    const silence = logSilence(
      tail([
        ...ZAP,
        '{"level":"info","ts":"2026-02-11T07:40:30Z","msg":"waiting for lease","lease":"ingest-leader"}',
      ]),
      NOW,
    );
    expect(silence?.lastAt.toISOString()).toBe('2026-02-11T07:40:30.000Z');
    expect(Math.round((silence?.silentMs ?? 0) / 60_000)).toBe(50);
    expect(silence && describeSilence(silence)).toBe(
      'no line for 50 min (since 2026-02-11T07:40:30.000Z), after a line about every 58 s; the last line: waiting for lease lease=ingest-leader',
    );
  });

  it('quotes an undated last line (a stack frame, a progress dot) while dating by the last dated one', () => {
    const lines = [
      ...Array.from(
        { length: 8 },
        (_, i) => `Wed Feb 11 07:3${i}:41 2026 -> instream(10.244.7.${30 + i}@5210${i}): OK`,
      ),
      'Wed Feb 11 07:40:41 2026 -> Reading databases from /var/lib/clamav',
      '   ...',
    ];
    const silence = logSilence(tail(lines), NOW);
    expect(silence?.lastAt.toISOString()).toBe('2026-02-11T07:40:41.000Z');
    expect(silence?.lastLine).toBe('   ...');
  });

  it('is nothing while the log keeps its rhythm, or when the rhythm is slow anyway', () => {
    expect(logSilence(tail(ZAP), new Date('2026-02-11T07:42:00Z'))).toBeUndefined();
    // A line every 10 minutes: 50 minutes of quiet is five gaps, not a hang.
    const slow = Array.from(
      { length: 8 },
      (_, i) => `2026-02-11 0${6 + Math.floor(i / 6)}:${(i % 6) * 10}0:00,001 INFO sweep done`,
    );
    expect(logSilence(tail(slow), NOW)).toBeUndefined();
  });

  it('is nothing under 15 minutes, for too few dated lines, or for lines dated in the future', () => {
    expect(logSilence(tail(ZAP), new Date('2026-02-11T07:54:00Z'))).toBeUndefined();
    expect(logSilence(tail(ZAP.slice(-5)), NOW)).toBeUndefined();
    expect(logSilence(tail(ZAP), new Date('2026-02-11T07:00:00Z'))).toBeUndefined();
  });

  it('is nothing when the whole log starts before the container did: its clock is a zone it does not print', () => {
    // Written at UTC-5 without a zone, a line a minute since 07:20Z: read as UTC, five hours old.
    const local = Array.from({ length: 10 }, (_, i) => `2026-02-11 02:${20 + i}:00 INFO tick`);
    const now = new Date('2026-02-11T07:30:30Z');
    expect(logSilence(tail(local), now)).toBeDefined();
    expect(logSilence(tail(local), now, new Date('2026-02-11T07:19:00Z'))).toBeUndefined();
    // A cut tail cannot show the instance's first line, but its newest line older than the container
    // gives the same zone away.
    expect(
      logSilence(tail(local, { truncated: true }), now, new Date('2026-02-11T07:19:00Z')),
    ).toBeUndefined();
    // A container started long before: the cut tail's zone cannot be told (an escalation at most).
    expect(logSilence(tail(local, { truncated: true }), now, new Date('2026-02-10T07:19:00Z'))).toBeDefined();
  });
});
