import { ManualClock, ValidationError } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { type HeldPage, MAX_HELD_PAGES, type PageLedger } from '../ports.ts';
import type { MakeStore } from './incident-store-contract.ts';

const START = '2026-01-01T00:00:00.000Z';
const HOUR = { cluster: 'prod-eu-1', hour: '2026-01-01T00' };

const page = (n: number): HeldPage => ({
  threadKey: `inc-${n}`,
  title: `payment-${n} CrashLoopBackOff in shop`,
  text: `I need a human for payment-${n}: the database refuses connections.`,
  status: 'escalated',
  at: START,
});

/** The behaviour every `PageLedger` must have. */
export function describePageLedgerContract(makeStore: MakeStore<PageLedger>): void {
  describe('PageLedger contract', () => {
    const setup = async () => makeStore(new ManualClock(START));

    it('spends up to the limit per cluster-hour, and counts each cluster and hour apart', async () => {
      const ledger = await setup();

      expect([await ledger.spend(HOUR, 2), await ledger.spend(HOUR, 2), await ledger.spend(HOUR, 2)]).toEqual(
        [true, true, false],
      );
      expect(await ledger.spend({ ...HOUR, cluster: 'prod-us-1' }, 2)).toBe(true);
      expect(await ledger.spend({ ...HOUR, hour: '2026-01-01T01' }, 2)).toBe(true);
      // A larger budget later in the same hour still counts what was spent.
      expect(await ledger.spend(HOUR, 3)).toBe(true);
      expect(await ledger.spend(HOUR, 3)).toBe(false);
    });

    it('never lets concurrent pages exceed the budget', async () => {
      const ledger = await setup();

      const results = await Promise.all(Array.from({ length: 12 }, () => ledger.spend(HOUR, 5)));
      expect(results.filter(Boolean)).toHaveLength(5);
    });

    it('gives the held pages to exactly one digest, in the order they were held', async () => {
      const ledger = await setup();
      expect(await ledger.hasPendingDigest(HOUR)).toBe(false);
      expect(await ledger.takeDigest(HOUR)).toBeUndefined();

      await ledger.hold(HOUR, page(1));
      await ledger.hold(HOUR, page(2));
      expect(await ledger.hasPendingDigest(HOUR)).toBe(true);
      const [first, second] = await Promise.all([ledger.takeDigest(HOUR), ledger.takeDigest(HOUR)]);
      const digest = first ?? second;

      expect([first, second].filter(Boolean)).toHaveLength(1);
      expect(digest).toEqual({ ...HOUR, held: [page(1), page(2)], overflow: 0 });
      expect(await ledger.hasPendingDigest(HOUR)).toBe(false);
    });

    it(`keeps ${MAX_HELD_PAGES} held pages word for word and counts the rest`, async () => {
      const ledger = await setup();

      for (let n = 0; n < MAX_HELD_PAGES + 3; n++) await ledger.hold(HOUR, page(n));
      const digest = await ledger.takeDigest(HOUR);

      expect(digest?.held).toHaveLength(MAX_HELD_PAGES);
      expect(digest?.held.at(-1)?.threadKey).toBe(`inc-${MAX_HELD_PAGES - 1}`);
      expect(digest?.overflow).toBe(3);
    });

    it('rejects an unbounded held page and an invalid limit, keeping what it holds', async () => {
      const ledger = await setup();
      await ledger.hold(HOUR, page(1));

      await expect(ledger.hold(HOUR, { ...page(2), text: 'x'.repeat(10_000) })).rejects.toBeInstanceOf(
        ValidationError,
      );
      await expect(ledger.spend(HOUR, 0)).rejects.toBeInstanceOf(ValidationError);
      expect((await ledger.takeDigest(HOUR))?.held).toEqual([page(1)]);
    });
  });
}
