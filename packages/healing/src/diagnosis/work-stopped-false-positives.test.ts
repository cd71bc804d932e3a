import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { logLines } from './evidence-view.ts';
import { throughputFellToZero } from './work-stopped.ts';

/** An ISO time `minutes` after 2026-03-01T23:00Z (so past midnight from minute 60). */
const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 23, minutes)).toISOString();

function decide(log: string[], alert: string, gatheredAt: string) {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      currentLog: log.join('\n'),
      startedAt: '2026-03-01T12:00:00.000Z',
      gatheredAt,
      events: [{ reason: 'AlertFiring', object: 'Deployment/web', message: alert }],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}
const kinds = (best: { actions: readonly { kind: string }[] }) => best.actions.map((a) => a.kind);

/** A worker that reports real work every 5 minutes, right across midnight UTC: it never stopped. */
const ACROSS_MIDNIGHT = Array.from(
  { length: 24 },
  (_, i) => `${at(i * 5)} info orders.worker: handled ${40 + (i % 7)} order events in last 300s`,
);

describe('work stopped is read from the work, not from the clock', () => {
  it('does not read the hour of an ISO timestamp as a throughput that fell to zero at midnight', () => {
    const lines = logLines({ text: ACROSS_MIDNIGHT.join('\n') } as never);
    expect(throughputFellToZero(lines)).toBeUndefined();
  });

  it('does not restart a worker still handling events after midnight (its counts never fell; only the hour did)', () => {
    const best = decide(
      ACROSS_MIDNIGHT,
      'OrderExportStalled: order export to the ledger has stalled for 20m',
      '2026-03-02T00:56:00.000Z',
    );
    expect(kinds(best)).not.toContain('restart-pod');
  });

  /** A nightly import that ran 30 minutes and finished; the service answers and refreshes since. */
  const BATCH_BETWEEN_RUNS = [
    ...Array.from(
      { length: 16 },
      (_, i) => `${at(i * 2)} info importer: imported batch ${i + 1} of 16 (500 rows)`,
    ),
    `${at(32)} info importer: nightly import finished, next run at 23:00`,
    ...Array.from({ length: 12 }, (_, i) => `${at(40 + i * 10)} info cache: refreshed price index`),
  ];

  it("does not take 'lag' inside 'flag' for a backlog (no work is piling up)", () => {
    const best = decide(
      BATCH_BETWEEN_RUNS,
      'FeatureFlagEvaluationErrors: web flag evaluations failing 4% over 10m',
      '2026-03-02T01:40:00.000Z',
    );
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it("does not take 'idle' about database sessions for the consumer's backlog", () => {
    const best = decide(
      BATCH_BETWEEN_RUNS,
      'PostgresIdleInTransaction: 12 sessions of web idle in transaction for over 10m',
      '2026-03-02T01:40:00.000Z',
    );
    expect(kinds(best)).not.toContain('restart-pod');
  });
});
