import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { lineShape } from './stalled-consumer.ts';

const at = (minute: number, second = 0) =>
  `2026-03-02 09:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')},${String(minute * 7).padStart(3, '0')}`;

/** Celery working through a queue: each task received, then succeeded. */
const WORKING = Array.from({ length: 6 }, (_, i) => [
  `[${at(i, 5)}: INFO/MainProcess] Task reports.tasks.export_csv[2f4e${i}a1-77bb-4c10] received`,
  `[${at(i, 9)}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task reports.tasks.export_csv[2f4e${i}a1-77bb-4c10] succeeded in 3.1s: None`,
]).flat();

const BLIP = [
  `[${at(6, 17)}: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...`,
  "redis.exceptions.ConnectionError: Error while reading from broker-valkey.platform.svc.cluster.local:6379 : (104, 'Connection reset by peer')",
];

const RECONNECTED = [
  `[${at(6, 18)}: INFO/MainProcess] Connected to redis://broker-valkey.platform.svc.cluster.local:6379/3`,
  `[${at(6, 19)}: INFO/MainProcess] mingle: searching for neighbors`,
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `[${at(10 + i * 4)}: INFO/MainProcess] missed heartbeat from celery@reports-worker-7c5d9b8c6-p9w3d`,
  ),
];

const STILL_DOWN = Array.from(
  { length: 8 },
  (_, i) =>
    `[${at(10 + i * 4)}: ERROR/MainProcess] consumer: Cannot connect to redis://broker-valkey.platform.svc.cluster.local:6379/3: Error 111 connecting to broker-valkey.platform.svc.cluster.local:6379. Connection refused.`,
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

describe('a consumer that stopped consuming after a connection blip', () => {
  it('restarts the one pod: it reconnected, failed no more, and never worked again', () => {
    const best = decide([...WORKING, ...BLIP, ...RECONNECTED]);
    expect(best.patternId).toBe('worker-pool-saturated');
    expect(best.actions.map((a) => a.kind)).toEqual(['restart-pod', 'escalate']);
    expect(best.summary).toContain('stopped printing what it printed while it worked');
  });

  it('reads a connection error, refused, as a blip too: Dramatiq after RabbitMQ restarted', () => {
    const dramatiq = [
      ...WORKING,
      `[${at(6, 3)}] [PID 9] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [CRITICAL] Consumer encountered a connection error: (320, "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'")`,
      `[${at(6, 4)}] [PID 10] [Thread-3] [dramatiq.worker.ConsumerThread(default)] [CRITICAL] Consumer encountered a connection error: Connection to 10.42.6.12:5672 failed: [Errno 111] Connection refused`,
      ...RECONNECTED.slice(2),
    ];
    expect(decide(dramatiq).actions.map((a) => a.kind)).toEqual(['restart-pod', 'escalate']);
  });

  it('escalates while the broker still refuses it: a new pod would fail alike', () => {
    expect(decide([...WORKING, ...BLIP, ...STILL_DOWN]).actions[0]?.kind).toBe('escalate');
  });

  it('escalates a backlog with no blip in the log: the workers may be busy for real', () => {
    expect(decide([...WORKING, ...WORKING]).actions[0]?.kind).toBe('escalate');
  });

  it('shapes a line by its first words, ids and numbers dropped', () => {
    expect(lineShape(WORKING[0] as string)).toBe('info mainprocess task reports');
    expect(lineShape(WORKING[2] as string)).toBe('info mainprocess task reports');
    expect(lineShape('E, [2026-03-13T06:12:41.002118 #1] ERROR -- : [GoodJob] Notifier errored')).toBe(
      'error goodjob notifier errored',
    );
  });
});
