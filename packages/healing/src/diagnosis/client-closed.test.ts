import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

const iso = (minutes: number) => {
  const h = 4 + Math.floor(minutes / 60);
  const m = Math.floor(minutes % 60);
  const s = Math.round((minutes % 1) * 60);
  return `2026-03-02T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.000Z`;
};

/** An Express API on mongoose: requests served, the replica set blips, the driver gives up. */
const SERVING = Array.from(
  { length: 12 },
  (_, i) => `GET /v1/notifications 200 ${4 + (i % 3)}.${i}12 ms - 1893`,
);
const GAVE_UP = [
  `${iso(2)} mongoose connection disconnected`,
  ...Array.from({ length: 5 }, (_, i) => `POST /v1/notifications/read 503 ${30000 + i * 3}.419 ms - 41`),
  `${iso(3)} mongoose connection error: MongoNetworkError: failed to reconnect after 30 attempts with interval 1000 ms`,
  '    at Server.<anonymous> (/app/node_modules/mongodb/lib/topologies/server.js:441:11)',
  '    at Timeout._onTimeout (/app/node_modules/mongodb/lib/core/topologies/server.js:380:14)',
];
const DESTROYED = Array.from({ length: 12 }, (_, i) => [
  `${iso(10 + i * 10)} request failed: MongoError: Topology was destroyed`,
  '    at initializeCursor (/app/node_modules/mongodb/lib/core/cursor.js:596:25)',
  `GET /v1/notifications 500 ${3 + (i % 4)}.118 ms - 52`,
]).flat();

function decide(log: string[], alert: string, gatheredAt = '2026-03-02T06:30:00.000Z') {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      currentLog: log.join('\n'),
      startedAt: '2026-03-01T20:00:00.000Z',
      gatheredAt,
      events: [{ reason: 'AlertFiring', object: 'Deployment/notification-api', message: alert }],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}

const kinds = (best: { actions: readonly { kind: string }[] }) => best.actions.map((a) => a.kind);
const ERRORS =
  'NotificationApiErrors: notification-api 5xx ratio 0.97 over 15m; GET /v1/notifications p50 4ms.';

describe('a client closed for good', () => {
  it('restarts the one pod: the driver gave up, and every use since fails at once', () => {
    const best = decide([...SERVING, ...GAVE_UP, ...DESTROYED], ERRORS);
    expect(kinds(best)).toEqual(['restart-pod', 'escalate']);
    expect(best.summary).toContain('Its client is closed for good');
  });

  it('restarts a NATS client whose every publish says the connection is closed', () => {
    const python = (minutes: number, text: string, level = 'INFO') =>
      `${iso(minutes).replace('T', ' ').replace('.000Z', ',061')} ${level} stock_sync.${text}`;
    const log = [
      ...Array.from({ length: 10 }, (_, i) =>
        python(i, `consumer: applied inventory.stock update sku=SKU-${1000 + i}`),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        python(
          30 + i * 21,
          'reconcile: reconcile tick failed: publish inventory.stock.request.snapshot: nats: connection closed',
          'ERROR',
        ),
      ),
    ];
    const best = decide(
      log,
      'StockSnapshotStale: stock-sync has applied no inventory.stock update for 2h; served from a snapshot.',
    );
    expect(kinds(best)).toEqual(['restart-pod', 'escalate']);
  });

  it('dates a closed-connection traceback by the line that opened it (psycopg2 after a database reboot)', () => {
    const log = [
      ...Array.from(
        { length: 6 },
        (_, i) => `2026-03-02 04:0${i}:04,881 INFO validator.api: validate ok postcode=1012AB`,
      ),
      ...Array.from({ length: 8 }, (_, i) => [
        `2026-03-02 04:${String(10 + i * 7).padStart(2, '0')}:04,881 ERROR validator.api: validate failed`,
        'Traceback (most recent call last):',
        '  File "/app/validator/db.py", line 41, in lookup',
        '    cur = conn.cursor()',
        'psycopg2.InterfaceError: connection already closed',
      ]).flat(),
    ];
    const best = decide(log, 'AddressValidationErrors: 500 on 100% of /v1/validate since 04:10');
    expect(kinds(best)).toEqual(['restart-pod', 'escalate']);
  });

  it('leaves it alone while the client still tries (connection refused after the close)', () => {
    const trying = DESTROYED.map((line, i) =>
      i % 6 === 5
        ? `${iso(11 + i * 3)} mongoose connection error: connect ECONNREFUSED 10.100.7.12:27017 (connection refused)`
        : line,
    );
    const best = decide([...SERVING, ...GAVE_UP, ...trying], ERRORS);
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves it alone once the client reconnected', () => {
    const back = [
      ...DESTROYED.slice(0, 6),
      `${iso(80)} mongoose reconnected to mongodb-rs0.data.svc:27017`,
      ...SERVING,
    ];
    const best = decide([...SERVING, ...GAVE_UP, ...back], ERRORS);
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it('leaves it alone when it closed only minutes ago, or when the alert says the database is down', () => {
    const recent = Array.from(
      { length: 6 },
      (_, i) => `${iso(4 + i)} request failed: MongoError: Topology was destroyed`,
    );
    expect(
      kinds(decide([...SERVING, ...GAVE_UP, ...recent], ERRORS, '2026-03-02T04:10:00.000Z')),
    ).not.toContain('restart-pod');
    const down = decide(
      [...SERVING, ...GAVE_UP, ...DESTROYED],
      `${ERRORS} mongodb-rs0 cluster: 0/3 members healthy.`,
    );
    expect(kinds(down)).not.toContain('restart-pod');
  });

  it('does not read a server logging its clients closing as a closed client', () => {
    const memcached = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? `<${26 + i} connection closed.` : `<${26 + i} new auto-negotiating client connection`,
    );
    const best = decide([...SERVING, ...memcached], ERRORS);
    expect(kinds(best)).not.toContain('restart-pod');
  });
});
