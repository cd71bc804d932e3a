import type { SecurityFinding } from '@sre-agent/core';
import { ManualClock, ValidationError } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import type { SecurityFindingStore } from '../ports.ts';
import type { MakeStore } from './incident-store-contract.ts';

const START = '2026-01-01T00:00:00.000Z';
const HOUR = 3_600_000;

const finding = (over: Partial<SecurityFinding> = {}): SecurityFinding => ({
  id: 'privileged',
  severity: 'critical',
  namespace: 'shop',
  kind: 'Deployment',
  name: 'checkout',
  container: 'app',
  message: 'container "app" is privileged',
  fix: 'set securityContext.privileged to false',
  ...over,
});
const runAsRoot = finding({ id: 'runAsNonRoot', severity: 'medium', message: 'may run as root' });
const weak = finding({
  id: 'weakSecret',
  severity: 'high',
  kind: 'Secret',
  name: 'db',
  container: undefined,
  key: '.env:DB_PASSWORD',
  message: 'a common password',
});

/** The behaviour every `SecurityFindingStore` must have. */
export function describeSecurityFindingStoreContract(makeStore: MakeStore<SecurityFindingStore>): void {
  describe('SecurityFindingStore contract', () => {
    const setup = async () => {
      const clock = new ManualClock(START);
      return { clock, store: await makeStore(clock) };
    };
    const at = (clock: ManualClock) => clock.now().toISOString();

    it('records a first scan as new findings, most severe first', async () => {
      const { clock, store } = await setup();

      const outcome = await store.recordScan({
        cluster: 'prod',
        at: at(clock),
        seen: [runAsRoot, finding(), weak],
        closed: [],
      });

      expect(outcome.new.map((t) => t.finding.id)).toEqual(['privileged', 'weakSecret', 'runAsNonRoot']);
      expect(outcome.open).toEqual([]);
      expect(outcome.new[0]).toEqual({
        cluster: 'prod',
        finding: finding(),
        status: 'open',
        firstSeen: START,
        lastSeen: START,
      });
      expect((await store.listOpen('prod')).map((t) => t.finding.id)).toEqual([
        'privileged',
        'weakSecret',
        'runAsNonRoot',
      ]);
    });

    it('keeps firstSeen and moves lastSeen for a finding seen again, whatever its message now says', async () => {
      const { clock, store } = await setup();
      await store.recordScan({ cluster: 'prod', at: at(clock), seen: [finding()], closed: [] });
      clock.advance(HOUR);

      const reworded = finding({ message: 'container "app" runs privileged' });
      const outcome = await store.recordScan({
        cluster: 'prod',
        at: at(clock),
        seen: [reworded],
        closed: [],
      });

      expect(outcome.new).toEqual([]);
      expect(outcome.open).toEqual([
        { cluster: 'prod', finding: reworded, status: 'open', firstSeen: START, lastSeen: at(clock) },
      ]);
      expect(await store.get('prod', finding())).toEqual(outcome.open[0]);
    });

    it('tells findings apart by check, object, container and Secret key, and clusters apart', async () => {
      const { clock, store } = await setup();
      const seen = [
        finding(),
        finding({ container: 'sidecar' }),
        finding({ name: 'payment' }),
        weak,
        { ...weak, key: 'password' },
      ];

      const first = await store.recordScan({ cluster: 'prod', at: at(clock), seen, closed: [] });
      const other = await store.recordScan({
        cluster: 'staging',
        at: at(clock),
        seen: [finding()],
        closed: [],
      });

      expect(first.new).toHaveLength(5);
      expect(other.new).toHaveLength(1);
      expect(await store.listOpen('prod')).toHaveLength(5);
      expect(await store.listOpen('staging')).toHaveLength(1);
    });

    it('closes open findings as fixed or exempted, once, and opens a returning one anew', async () => {
      const { clock, store } = await setup();
      await store.recordScan({ cluster: 'prod', at: at(clock), seen: [finding(), weak], closed: [] });
      clock.advance(HOUR);
      const closedAt = at(clock);

      const outcome = await store.recordScan({
        cluster: 'prod',
        at: closedAt,
        seen: [],
        closed: [
          { finding: finding(), resolution: 'fixed' },
          { finding: weak, resolution: 'exempted', reason: 'rotated by vault every hour' },
          { finding: runAsRoot, resolution: 'fixed' },
        ],
      });
      const again = await store.recordScan({
        cluster: 'prod',
        at: closedAt,
        seen: [],
        closed: [{ finding: finding(), resolution: 'fixed' }],
      });
      clock.advance(HOUR);
      const back = await store.recordScan({ cluster: 'prod', at: at(clock), seen: [finding()], closed: [] });

      expect(outcome.closed).toEqual([
        { cluster: 'prod', finding: finding(), status: 'fixed', firstSeen: START, lastSeen: START, closedAt },
        {
          cluster: 'prod',
          finding: weak,
          status: 'exempted',
          firstSeen: START,
          lastSeen: START,
          closedAt,
          reason: 'rotated by vault every hour',
        },
      ]);
      expect(again.closed).toEqual([]);
      expect(back.new.map((t) => [t.finding.id, t.firstSeen])).toEqual([['privileged', at(clock)]]);
      expect((await store.listOpen('prod')).map((t) => t.finding.id)).toEqual(['privileged']);
    });

    it('never closes a finding the same scan saw', async () => {
      const { clock, store } = await setup();
      await store.recordScan({ cluster: 'prod', at: at(clock), seen: [finding()], closed: [] });

      const outcome = await store.recordScan({
        cluster: 'prod',
        at: at(clock),
        seen: [finding()],
        closed: [{ finding: finding(), resolution: 'fixed' }],
      });

      expect(outcome.closed).toEqual([]);
      expect(await store.listOpen('prod')).toHaveLength(1);
    });

    it('forgets closed findings after the retention, but never open ones', async () => {
      const { clock, store } = await setup();
      await store.recordScan({ cluster: 'prod', at: at(clock), seen: [finding(), runAsRoot], closed: [] });
      await store.recordScan({
        cluster: 'prod',
        at: at(clock),
        seen: [],
        closed: [{ finding: runAsRoot, resolution: 'fixed' }],
      });

      clock.advance(31 * 24 * HOUR);

      expect(await store.get('prod', runAsRoot)).toBeUndefined();
      expect(await store.get('prod', finding())).toMatchObject({ status: 'open' });
    });

    it('rejects a malformed scan with a clear error before writing anything', async () => {
      const { clock, store } = await setup();
      await store.recordScan({ cluster: 'prod', at: at(clock), seen: [finding()], closed: [] });
      clock.advance(HOUR);

      const bad = [
        { cluster: 'prod', at: at(clock), seen: [weak, finding({ message: 'x'.repeat(5_000) })], closed: [] },
        { cluster: 'prod', at: at(clock), seen: [weak, { ...finding(), severity: 'urgent' }], closed: [] },
        { cluster: 'prod', at: 'yesterday', seen: [weak], closed: [] },
        { cluster: '', at: at(clock), seen: [weak], closed: [] },
        {
          cluster: 'prod',
          at: at(clock),
          seen: [weak],
          closed: [{ finding: finding(), resolution: 'forgotten' }],
        },
      ];
      const failures = await Promise.all(
        bad.map((scan) => store.recordScan(scan as never).catch((error: unknown) => error)),
      );

      for (const failure of failures) expect(failure).toBeInstanceOf(ValidationError);
      expect((failures[0] as Error).message).toMatch(/invalid finding scan[\s\S]*seen\[1\]\.message/);
      expect(await store.listOpen('prod')).toEqual([
        { cluster: 'prod', finding: finding(), status: 'open', firstSeen: START, lastSeen: START },
      ]);
      expect(await store.get('prod', weak)).toBeUndefined();
    });
  });
}
