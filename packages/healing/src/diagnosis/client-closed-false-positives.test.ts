import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

const iso = (minutes: number) => {
  const h = 4 + Math.floor(minutes / 60);
  const m = Math.floor(minutes % 60);
  return `2026-03-02T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;
};

function decide(log: string[], alert: string, gatheredAt = '2026-03-02T06:30:00.000Z') {
  const result = diagnose(
    evidenceFixture({
      signal: 'Alert',
      currentLog: log.join('\n'),
      startedAt: '2026-03-01T20:00:00.000Z',
      gatheredAt,
      events: [{ reason: 'AlertFiring', object: 'Deployment/web', message: alert }],
    }),
  );
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}
const kinds = (best: { actions: readonly { kind: string }[] }) => best.actions.map((a) => a.kind);
const ERRORS = 'WebErrors: web 5xx ratio 0.2 over 15m; GET /v1/items p50 4ms.';

describe('a closed client is the process own client, never text a client sends', () => {
  it('does not restart on a User-Agent an outside client chose (access lines are requests, not the client)', () => {
    // Anyone on the internet picks their User-Agent; the app logs it with each request.
    const log = Array.from({ length: 10 }, (_, i) => [
      `${iso(i * 12)} info http request GET /v1/items 200 3ms ua="curl/8.1 (Topology was destroyed error)"`,
      `${iso(i * 12 + 1)} info cache refreshed items index`,
    ]).flat();
    const best = decide(log, ERRORS);
    expect(kinds(best)).not.toContain('restart-pod');
  });

  it("does not restart a server that logs its own clients' connections closing (a WebSocket gateway)", () => {
    // The gateway is the server: its clients come and go; its own state is fine.
    const log = Array.from({ length: 12 }, (_, i) => [
      `${iso(i * 10)} info ws client 10.4.${i}.7 joined room lobby`,
      `${iso(i * 10 + 4)} error ws client 10.4.${i}.7 connection closed: read error: EOF`,
    ]).flat();
    const best = decide(log, ERRORS);
    expect(kinds(best)).not.toContain('restart-pod');
  });
});
