/**
 * Logs in formats that print no level word, or print it where it was not read: a ZIO consumer's
 * dated records, PostgreSQL's `LOG:`, Invidious's `UTC [info] 200 GET /watch`. Their ordinary lines
 * are work, not trouble; their error records still fail.
 */
import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { answersRequest } from './evidence/log-responses.ts';
import { normaliseLogLine } from './log-line.ts';
import { failingLine } from './stalled-consumer.ts';
import { throughputFellToZero } from './work-stopped.ts';

const line = (text: string) => {
  const n = normaliseLogLine(text);
  return { text, errorOrdinal: 0, ...(n.level ? { level: n.level } : {}) };
};

const at = (minutes: number) => {
  const h = 4 + Math.floor(minutes / 60);
  const m = minutes % 60;
  return `2026-02-11 ${String(h).padStart(2, '0')}:${String(Math.floor(m)).padStart(2, '0')}:${String(Math.round((m % 1) * 60)).padStart(2, '0')}.041`;
};

/** zio-logging's default layout: a date, a fiber's thread, the logger, the message; no level. */
const zio = (minutes: number, thread: string, logger: string, text: string) =>
  `${at(minutes)}\t${thread}   ${logger}   ${text}   location: ${logger.split('.').at(-1)}.scala:88`;

const SCANS = Array.from({ length: 24 }, (_, i) =>
  zio(
    i * 0.5,
    `zio-default-blocking-${i % 4}`,
    'c.l.tracking.ScanProcessor',
    `processed ${60 + i * 3} scans, committed offsets for carrier-scans-${i % 12}`,
  ),
);
const LOST = [
  zio(
    12.1,
    'zio-kafka-runloop-thread-3',
    'org.apache.kafka.clients.NetworkClient',
    '[Consumer clientId=shipments-tracker-1, groupId=shipments-tracker] Node 2 disconnected.',
  ),
  zio(
    12.4,
    'zio-kafka-runloop-thread-3',
    'zio.kafka.consumer.internal.Runloop.makeRebalanceListener',
    '12 partitions are lost',
  ),
  zio(
    12.5,
    'zio-kafka-runloop-thread-3',
    'zio.kafka.consumer.internal.Runloop',
    'Offering partition assignment Set()',
  ),
];
/** Another consumer group of the same pod writes its audit rows until now. */
const AUDIT = Array.from({ length: 40 }, (_, i) =>
  zio(
    13 + i * 6,
    `zio-default-blocking-${i % 4}`,
    'c.l.audit.AuditWriter',
    `wrote ${40 + i} audit rows for carrier-scans-${i % 12} (group shipments-audit)`,
  ),
);

describe('logs without a level word', () => {
  it('reads a dated record without a level as work, and restarts a consumer whose work stopped under a lag alert', () => {
    const result = diagnose(
      evidenceFixture({
        signal: 'Alert',
        currentLog: [...SCANS, ...LOST, ...AUDIT].join('\n'),
        startedAt: '2026-02-10T22:00:00.000Z',
        gatheredAt: '2026-02-11T08:30:00.000Z',
        events: [
          {
            reason: 'AlertFiring',
            object: 'Deployment/shipments-tracker',
            message:
              'KafkaConsumerGroupLag: consumer group shipments-tracker lag 74310 on topic carrier-scans (12 partitions), no committed offsets since 04:31 UTC.',
          },
        ],
      }),
    );
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.actions.map((a) => a.kind)).toEqual(['restart-pod', 'escalate']);
  });

  it("reads PostgreSQL's LOG as information and a level after a zone word", () => {
    expect(
      normaliseLogLine('2026-02-11 08:22:03.904 UTC [41822] LOG:  duration: 12.301 ms  statement: SELECT 1')
        .level,
    ).toBe('info');
    expect(
      normaliseLogLine('2026-02-11 08:22:30.200 UTC [41993] FATAL:  the database system is in recovery mode')
        .level,
    ).toBe('fatal');
    expect(
      normaliseLogLine('2026-02-11 08:20:06 UTC [info] 200 GET /watch?v=9bZkp7q19f0 41.20ms').level,
    ).toBe('info');
    expect(
      normaliseLogLine('2026-02-11 08:20:06 UTC [warn] 500 GET /watch?v=9bZkp7q19f0 5037.20ms').level,
    ).toBe('warn');
  });

  it('reads a status written before the method as a request the process answered', () => {
    expect(answersRequest('2026-02-11 08:20:06 UTC [warn] 500 GET /watch?v=9bZkp7q19f0 5037.20ms')).toBe(
      true,
    );
    expect(answersRequest('info 200 POST /internal/receipts 4ms')).toBe(true);
    // A count before a method word is no status.
    expect(answersRequest('retried 3 GET /api calls')).toBe(false);
    expect(answersRequest('processed 612 GET /items')).toBe(false);
  });

  it('counts an error record as still failing, whatever its words', () => {
    expect(
      failingLine(
        line('2026-02-11 08:22:30.200 UTC [41993] FATAL:  the database system is in recovery mode'),
      ),
    ).toBe(true);
    expect(failingLine(line('2026-02-11 08:22:03.904 UTC [41822] LOG:  checkpoint complete'))).toBe(false);
  });

  it('does not read an idle time falling to zero as the work stopping', () => {
    const stats = Array.from({ length: 20 }, (_, i) =>
      line(
        `I, [2026-02-11T0${6 + Math.floor(i / 6)}:${String((i % 6) * 10).padStart(2, '0')}:00.100082 #1]  INFO -- : consumer stats (60s): partitions=4 processed=${3900 + i * 40} avg_ms=8.8 idle_ms=${i < 8 ? 21000 - i * 1000 : 0}`,
      ),
    );
    expect(throughputFellToZero(stats)).toBeUndefined();
  });
});
