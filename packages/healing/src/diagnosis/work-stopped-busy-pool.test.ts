import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

const at = (minute: number, second = 0) =>
  `2026-03-02 08:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')},${String(minute * 7).padStart(3, '0')}`;

/** Short tasks every minute, then all four workers take a long rollup and print nothing until it ends. */
const WORKING = Array.from({ length: 10 }, (_, i) => [
  `[${at(i, 5)}: INFO/MainProcess] Task reports.tasks.export_csv[2f4e${i}a1-77bb-4c10] received`,
  `[${at(i, 9)}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task reports.tasks.export_csv[2f4e${i}a1-77bb-4c10] succeeded in 3.1s: None`,
]).flat();
const LONG_TASKS = [1, 2, 3, 4].map(
  (w) => `[${at(11, w)}: INFO/MainProcess] Task reports.tasks.annual_rollup[9c0${w}e7-11aa-4c10] received`,
);
const BUSY = Array.from(
  { length: 8 },
  (_, i) =>
    `[${at(15 + i * 5)}: INFO/MainProcess] missed heartbeat from celery@reports-worker-7c5d9b8c6-p9w3d`,
);

describe('work-stopped now restarts a worker pool that is saturated', () => {
  it('does not restart a pod whose four workers are all busy on long tasks (the pool is saturated, not stopped)', () => {
    const result = diagnose(
      evidenceFixture({
        signal: 'Alert',
        currentLog: [...WORKING, ...LONG_TASKS, ...BUSY].join('\n'),
        startedAt: '2026-03-01T22:00:00.000Z',
        gatheredAt: '2026-03-02T08:56:00.000Z',
        events: [
          {
            reason: 'AlertFiring',
            object: 'Deployment/reports-worker',
            message:
              'CeleryQueueBacklog: queue reports backlog 18,422 messages; all 4 workers busy on annual_rollup since 08:11',
          },
        ],
      }),
    );
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.patternId).toBe('worker-pool-saturated');
    // Restarting kills four in-flight rollups 45 minutes in; the pool is doing exactly what the alert says.
    expect(result.best.actions.map((a) => a.kind)).not.toContain('restart-pod');
  });
});
