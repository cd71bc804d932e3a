import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

const at = (minute: number, second = 0) =>
  `2026-03-02 09:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')},${String(minute * 7).padStart(3, '0')}`;

const WORKING = Array.from({ length: 6 }, (_, i) => [
  `[${at(i, 5)}: INFO/MainProcess] Task reports.tasks.export_csv[2f4e${i}a1-77bb-4c10] received`,
  `[${at(i, 9)}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task reports.tasks.export_csv[2f4e${i}a1-77bb-4c10] succeeded in 3.1s: None`,
]).flat();

const BLIP = `[${at(6, 17)}: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...`;

const QUIET = Array.from(
  { length: 8 },
  (_, i) =>
    `[${at(10 + i * 4)}: INFO/MainProcess] missed heartbeat from celery@reports-worker-7c5d9b8c6-p9w3d`,
);

function decide(log: string[]) {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      currentLog: log.join('\n'),
      events: [
        {
          reason: 'AlertFiring',
          object: 'Deployment/reports-worker',
          message:
            'CeleryQueueBacklog: queue exports 18,422 messages, 0 tasks received by reports-worker in 35m',
        },
      ],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}

describe('the blip\'s "own report" swallows the failures that follow it', () => {
  it('escalates when the consumer fails to subscribe again right after the blip (a new pod fails alike)', () => {
    // Not a stack trace of the blip: new ERROR records, minutes apart, saying the queue is gone.
    const failing = [0, 1, 2].map(
      (i) =>
        `[${at(7 + i, 2)}: ERROR/MainProcess] consumer: failed to declare queue 'exports': (404) NOT_FOUND - no queue 'exports' in vhost 'reports'`,
    );
    // The same failures after any info line are read as still failing: the position alone decides.
    expect(decide([...WORKING, BLIP, QUIET[0] as string, ...failing, ...QUIET]).actions[0]?.kind).toBe(
      'escalate',
    );
    expect(decide([...WORKING, BLIP, ...failing, ...QUIET]).actions[0]?.kind).toBe('escalate');
  });
});
