import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { loggedAt } from './evidence/log-time.ts';
import { normaliseLogLine } from './log-line.ts';

/** `2026-03-02 HH:MM:SS` from minutes after 06:00. */
const clock = (minutes: number) => {
  const h = 6 + Math.floor(minutes / 60);
  const m = Math.floor(minutes % 60);
  const s = Math.round((minutes % 1) * 60);
  return `2026-03-02 ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
};
/** Python's logging with the level first, as a Pub/Sub subscriber service prints it. */
const py = (minutes: number, logger: string, text: string, level = 'INFO') =>
  `${level.padEnd(10)} ${clock(minutes)},113 ${logger.padEnd(28)} : ${text}`;

/** Thirty invoices rendered and acked, one every 16 seconds from 06:00. */
const RENDERING = Array.from({ length: 30 }, (_, i) =>
  py(
    i * 0.27,
    'invoices.worker',
    `rendered invoice INV-2026-1181${String(i).padStart(2, '0')} in 412 ms, acked`,
  ),
);
/** The subscriber's stream being wound down and re-opened, at INFO, as google-cloud-pubsub logs it. */
const STREAM_RECOVERY = [
  py(
    8.1,
    'google.cloud.pubsub_v1.subscriber',
    'Observed non-terminating stream error 503 Service Unavailable',
  ),
  py(8.2, 'google.cloud.pubsub_v1.subscriber', 'Observed recoverable stream error 503 Service Unavailable'),
  py(8.3, 'google.api_core.bidi', 'Re-established stream'),
];
/** The API side goes on publishing, and the kubelet's probe is answered, until 08:28. */
const PUBLISHING_UNTIL_NOW = Array.from({ length: 24 }, (_, i) =>
  i % 3 === 2
    ? py(
        30 + i * 6,
        'gunicorn.access',
        `10.42.0.1 - - [02/Mar/2026:0${6 + Math.floor((30 + i * 6) / 60)}:00:00 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"`,
      )
    : py(
        30 + i * 6,
        'invoices.api',
        `published invoice.requested for INV-2026-1184${i} message_id=137100250${i}`,
      ),
);
const BACKLOG_ALERT =
  'PubSubSubscriptionBacklog: subscription invoice-requested-renderer: num_undelivered_messages 52310, oldest_unacked_message_age 2h21m.';

function decide(log: string[], alert = BACKLOG_ALERT, gatheredAt = '2026-03-02T08:30:00.000Z') {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      currentLog: log.join('\n'),
      startedAt: '2026-03-01T22:00:00.000Z',
      gatheredAt,
      events: [{ reason: 'AlertFiring', object: 'Deployment/invoice-renderer', message: alert }],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}

const kinds = (best: { actions: readonly { kind: string }[] }) => best.actions.map((a) => a.kind);

describe('a consumer whose work stopped without a word', () => {
  it('restarts the one pod: its steady work stopped two hours ago while it went on publishing, nothing failing', () => {
    const best = decide([...RENDERING, ...STREAM_RECOVERY, ...PUBLISHING_UNTIL_NOW]);
    expect(kinds(best)).toEqual(['restart-pod', 'escalate']);
    expect(best.summary).toContain('Its own work stopped without a word');
    expect(best.summary).toContain('info invoices worker rendered');
  });

  it('leaves it alone while the work goes on (the last render minutes ago)', () => {
    const recent = Array.from({ length: 10 }, (_, i) =>
      py(145 + i, 'invoices.worker', `rendered invoice INV-2026-1190${i} in 2210 ms, acked`),
    );
    const best = decide([...RENDERING, ...STREAM_RECOVERY, ...PUBLISHING_UNTIL_NOW, ...recent]);
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves it alone when something still fails after the work stopped (a dependency is not back)', () => {
    const failing = PUBLISHING_UNTIL_NOW.map((line, i) =>
      i % 4 === 0
        ? py(
            31 + i * 6,
            'invoices.worker',
            'render failed: connection to pdf-renderer:8080 timed out',
            'ERROR',
          )
        : line,
    );
    const best = decide([...RENDERING, ...STREAM_RECOVERY, ...failing]);
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves it alone without an alert about work piling up', () => {
    const best = decide(
      [...RENDERING, ...STREAM_RECOVERY, ...PUBLISHING_UNTIL_NOW],
      'InvoiceRendererLatencyHigh: p99 render latency 4.1s over 10m.',
    );
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves it alone when the alert says the dependency is down', () => {
    const best = decide(
      [...RENDERING, ...STREAM_RECOVERY, ...PUBLISHING_UNTIL_NOW],
      `${BACKLOG_ALERT} pdf-render cluster: 0/3 nodes ready.`,
    );
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('does not read a start-up phase as work (five lines in a minute, then never again)', () => {
    const startUp = Array.from({ length: 6 }, (_, i) =>
      py(
        i * 0.1,
        'invoices.templates',
        `loaded template invoice-${['de', 'fr', 'en', 'nl', 'it', 'es'][i]}.html`,
      ),
    );
    const best = decide([...startUp, ...PUBLISHING_UNTIL_NOW]);
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves a long job alone while its log shows it advancing', () => {
    const progress = Array.from({ length: 5 }, (_, i) =>
      py(140 + i, 'invoices.rebuild', `rebuilding search index: ${20 + i * 15}% done`),
    );
    const best = decide([...RENDERING, ...STREAM_RECOVERY, ...PUBLISHING_UNTIL_NOW, ...progress]);
    expect(kinds(best)).not.toContain('restart-pod');
  });
});

describe('a consumer whose own throughput reports fell to zero', () => {
  const spring = (minutes: number, level: string, logger: string, text: string) =>
    `${clock(minutes).replace(' ', 'T')}.118Z  ${level} 1 --- [eta-calculator] [   scheduling-1] ${logger.padEnd(40)} : ${text}`;
  const report = (minutes: number, events: number) =>
    spring(
      minutes,
      'INFO',
      'c.f.eta.StopEventProcessor',
      `processed ${events} stop events in last 60s, eta updates ${Math.max(0, events - 12)}, p95 ${events ? 31 : 0}ms`,
    );
  const WORKING = Array.from({ length: 20 }, (_, i) => report(i, 2210 + ((i * 61) % 250)));
  const BLIP = spring(
    20.5,
    'WARN',
    'o.a.pulsar.client.impl.ClientCnx',
    '[id: 0x5f2a9c1e] Disconnected from broker pulsar-broker-2',
  );
  const IDLE = Array.from({ length: 30 }, (_, i) => report(21 + i, 0));
  const BACKLOG =
    'PulsarSubscriptionBacklogGrowing: subscription eta-calculator on persistent://fleet/tracking/stop-events backlog 184,220 and rising, msgRateOut 0 for 50m';

  it('restarts the one pod: it counted thousands a minute, then nothing for half an hour, nothing failing', () => {
    const best = decide([...WORKING, BLIP, ...IDLE], BACKLOG, '2026-03-02T06:52:00.000Z');
    expect(kinds(best)).toEqual(['restart-pod', 'escalate']);
    expect(best.summary).toContain('Its own reports say it stopped working');
  });

  it('leaves it alone when the zeros are only a few minutes old', () => {
    const best = decide([...WORKING, BLIP, ...IDLE.slice(0, 6)], BACKLOG, '2026-03-02T06:28:00.000Z');
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves it alone when the reports only slowed down (a slow dependency, not a stop)', () => {
    const slow = Array.from({ length: 30 }, (_, i) => report(21 + i, 40 + (i % 7)));
    const best = decide([...WORKING, ...slow], BACKLOG, '2026-03-02T06:52:00.000Z');
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves it alone when something fails after the reports fell to zero', () => {
    const failing = IDLE.map((line, i) =>
      i % 5 === 4
        ? spring(
            21 + i,
            'ERROR',
            'o.a.pulsar.client.impl.ConsumerImpl',
            'Failed to subscribe: connection refused',
          )
        : line,
    );
    const best = decide([...WORKING, BLIP, ...failing], BACKLOG, '2026-03-02T06:52:00.000Z');
    expect(kinds(best)).not.toContain('restart-pod');
  });
});

describe('a client that gave up reconnecting', () => {
  const rabbit = (minutes: number, level: string, text: string) =>
    `${clock(minutes).replace(' ', 'T')}Z p-1 t-gskq${Math.round(minutes * 7)} ${level}: ${text}`;
  const WORKING = Array.from({ length: 20 }, (_, i) =>
    rabbit(
      i * 0.2,
      'INFO',
      `[webhooks.inbound][WebhookWorker] delivery ${88200 + i} from stripe processed in 90ms`,
    ),
  );
  const GIVING_UP = [
    rabbit(
      4.5,
      'WARN',
      'Could not establish TCP connection to rabbitmq-ha.messaging.svc.cluster.local:5672: Connection refused - connect(2)',
    ),
    rabbit(
      4.6,
      'WARN',
      'Retrying connection on next host in line: rabbitmq-ha.messaging.svc.cluster.local:5672',
    ),
    rabbit(
      4.7,
      'WARN',
      'Retrying connection on next host in line: rabbitmq-ha.messaging.svc.cluster.local:5672',
    ),
    rabbit(
      4.9,
      'WARN',
      'Could not establish TCP connection to rabbitmq-ha.messaging.svc.cluster.local:5672: Bunny::ClientTimeout',
    ),
  ];
  const NO_CONSUMERS =
    'RabbitMQQueueNoConsumers: Queue webhooks.inbound on rabbitmq-ha has had 0 consumers for 3h40m (6 before 06:04 UTC); 23118 messages ready.';
  const decideAt = (gatheredAt: string, alert = NO_CONSUMERS, log = [...WORKING, ...GIVING_UP]) =>
    decide(log, alert, gatheredAt);

  it('restarts the one pod: its log ends on the connection failing, then nothing for hours', () => {
    const best = decideAt('2026-03-02T09:45:00.000Z');
    expect(kinds(best)).toEqual(['restart-pod', 'escalate']);
    expect(best.summary).toContain('Its client gave up');
  });

  it('leaves it alone while the client may still be backing off (quiet for twenty minutes)', () => {
    expect(kinds(decideAt('2026-03-02T06:25:00.000Z'))).not.toContain('restart-pod');
  });

  it('leaves it alone when the alert says the broker is down', () => {
    const best = decideAt('2026-03-02T09:45:00.000Z', `${NO_CONSUMERS} rabbitmq-ha: 0/3 nodes running.`);
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves it alone when it never worked before the failures (it may never have connected)', () => {
    const best = decideAt('2026-03-02T09:45:00.000Z', NO_CONSUMERS, GIVING_UP);
    expect(kinds(best)).not.toContain('restart-pod');
  });
});

describe('a job worker that also enqueues over HTTP', () => {
  const node = (minutes: number, level: string, text: string) =>
    `${clock(minutes).replace(' ', 'T')}.113Z ${level} ${text}`;
  const WORKING = Array.from({ length: 12 }, (_, i) =>
    i % 3 === 0
      ? node(i, 'info', `POST /internal/receipts 202 4ms job=55318${60 + i}`)
      : node(i, 'info', `job 55318${40 + i} complete (send-receipt) 189ms`),
  );
  const BLIP = [
    node(
      12,
      'error',
      'kue error: Error: Redis connection to redis-jobs.queue.svc.cluster.local:6379 failed - connect ECONNREFUSED 10.100.41.7:6379',
    ),
    node(12.1, 'error', 'kue error: Error: Redis connection gone from end event.'),
  ];
  const ENQUEUEING = Array.from({ length: 12 }, (_, i) =>
    i % 4 === 3
      ? node(20 + i * 10, 'info', 'GET /healthz 200 1ms')
      : node(20 + i * 10, 'info', `POST /internal/receipts 202 6ms job=55320${i}`),
  );

  it('restarts the one pod: its jobs stopped after the blip while it went on answering requests', () => {
    const best = decide(
      [...WORKING, ...BLIP, ...ENQUEUEING],
      'KueInactiveJobsGrowing: q:jobs:send-receipt:inactive is 9840 and rising; 0 jobs completed in the last 45 minutes.',
    );
    expect(kinds(best)).toEqual(['restart-pod', 'escalate']);
    expect(best.summary).toContain('info job complete send');
  });
});

describe('reading levels and dates some formats print in another order', () => {
  it('reads a lower-case level right after the date as the level, and nowhere else', () => {
    expect(
      normaliseLogLine('2026-02-11T06:04:10.492Z info job 5531841 complete (send-receipt) 189ms').level,
    ).toBe('info');
    expect(
      normaliseLogLine('2026-02-11T06:10:03.113Z error kue error: Error: Redis connection gone').level,
    ).toBe('error');
    expect(normaliseLogLine('2026-02-11 06:10:03 warn: retrying in 5s').level).toBe('warn');
    // A level word later in the message is not the logger's.
    expect(
      normaliseLogLine('2026-02-11T06:04:10.492Z job 5531841 had an error in step info').level,
    ).toBeUndefined();
    expect(normaliseLogLine('kue error: Error: Redis connection gone from end event.').level).toBeUndefined();
  });

  it('dates a line that opens with its level (`INFO       2026-02-11 05:40:00,113 ...`)', () => {
    expect(loggedAt('INFO       2026-02-11 05:40:00,113 invoices.worker : rendered')?.toISOString()).toBe(
      '2026-02-11T05:40:00.113Z',
    );
    expect(loggedAt('[WARN] 2026-02-11T05:40:00Z pool exhausted')?.toISOString()).toBe(
      '2026-02-11T05:40:00.000Z',
    );
    expect(loggedAt('INFO job ran at 2026-02-11 05:40:00')).toBeUndefined();
  });
});
