import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

const at = (minute: number) => `2026-03-02 09:${String(minute).padStart(2, '0')}:00.041`;

/** A gateway that fans events out to websocket clients, in a format without levels. */
const WORKING = Array.from(
  { length: 6 },
  (_, i) => `${at(i)} fanout-1 delivered order.updated to 212 subscribers in 14ms`,
);
/** A client (any browser tab) closing its own subscription: the server logs it, level-less. */
const CLIENT_CLOSED = `${at(6)} ws-handler-3 client 10.42.7.19 ua="Mozilla/5.0" subscription closed by client`;
const LULL = Array.from({ length: 6 }, (_, i) => `${at(10 + i * 4)} stats-1 open websockets 188 heap 212MB`);

describe('a client closing its subscription is read as the server losing its own', () => {
  it('does not restart a gateway because one of its clients closed a subscription before a lull', () => {
    const result = diagnose(
      evidenceFixture({
        signal: 'Alert',
        currentLog: [...WORKING, CLIENT_CLOSED, ...LULL].join('\n'),
        // Twenty minutes after the last delivery: too soon for work-stopped, only a blip would restart.
        gatheredAt: '2026-03-02T09:26:00.000Z',
        events: [
          {
            reason: 'AlertFiring',
            object: 'Deployment/fanout-gateway',
            message: 'OrderEventsConsumerLagHigh: consumer group fanout-gateway lag 4,210 (threshold 1,000)',
          },
        ],
      }),
    );
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.actions.map((a) => a.kind)).not.toContain('restart-pod');
  });
});
