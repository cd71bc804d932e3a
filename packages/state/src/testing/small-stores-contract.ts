import { ManualClock, ValidationError } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import type { ControlStore, DedupStore, LeaseStore, SleepRecord, SleepStore } from '../ports.ts';
import type { MakeStore } from './incident-store-contract.ts';

const START = '2026-01-01T00:00:00.000Z';
const setupWith = async <S>(make: MakeStore<S>) => {
  const clock = new ManualClock(START);
  return { clock, store: await make(clock) };
};

/** The behaviour every `DedupStore` must have. */
export function describeDedupStoreContract(makeStore: MakeStore<DedupStore>): void {
  describe('DedupStore contract', () => {
    it('claims a key once within its TTL and again after it expires', async () => {
      const { clock, store } = await setupWith(makeStore);

      expect(await store.claim('fp-1@2026-01-01T00:00:00Z', 60)).toBe(true);
      expect(await store.claim('fp-1@2026-01-01T00:00:00Z', 60)).toBe(false);
      expect(await store.claim('fp-2@2026-01-01T00:00:00Z', 60)).toBe(true);
      clock.advance(59_999);
      expect(await store.claim('fp-1@2026-01-01T00:00:00Z', 60)).toBe(false);
      clock.advance(1);
      expect(await store.claim('fp-1@2026-01-01T00:00:00Z', 60)).toBe(true);
    });

    it('lets exactly one of many concurrent claims win', async () => {
      const { store } = await setupWith(makeStore);

      const results = await Promise.all(Array.from({ length: 10 }, () => store.claim('k', 30)));

      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('rejects a TTL that is not positive', async () => {
      const { store } = await setupWith(makeStore);

      await expect(store.claim('k', 0)).rejects.toBeInstanceOf(ValidationError);
    });

    it('can be claimed again once released, and releasing an unknown key is harmless', async () => {
      const { store } = await setupWith(makeStore);

      expect(await store.claim('k', 60)).toBe(true);
      await store.release('k');
      expect(await store.claim('k', 60)).toBe(true);
      expect(await store.claim('k', 60)).toBe(false);
      await expect(store.release('never-claimed')).resolves.toBeUndefined();
    });

    it('keeps a confirmed claim for the confirmed TTL, while an unconfirmed one lapses after its short TTL', async () => {
      const { clock, store } = await setupWith(makeStore);

      expect(await store.claim('handed-on', 60)).toBe(true);
      expect(await store.claim('lost', 60)).toBe(true);
      await store.confirm('handed-on', 3600);
      clock.advance(60_000);

      expect(await store.claim('lost', 60)).toBe(true);
      expect(await store.claim('handed-on', 60)).toBe(false);
      clock.advance(3_539_999);
      expect(await store.claim('handed-on', 60)).toBe(false);
      clock.advance(1);
      expect(await store.claim('handed-on', 60)).toBe(true);
    });

    it('confirms a claim that already lapsed, and rejects a TTL that is not positive', async () => {
      const { clock, store } = await setupWith(makeStore);
      await store.claim('slow', 60);
      clock.advance(120_000);

      await store.confirm('slow', 3600);

      expect(await store.claim('slow', 60)).toBe(false);
      await expect(store.confirm('slow', 0)).rejects.toBeInstanceOf(ValidationError);
    });
  });
}

/** The behaviour every `LeaseStore` must have. */
export function describeLeaseStoreContract(makeStore: MakeStore<LeaseStore>): void {
  describe('LeaseStore contract', () => {
    it('gives a lease to one owner at a time until it expires', async () => {
      const { clock, store } = await setupWith(makeStore);

      expect(await store.acquire('monitor', 'a', 10_000)).toBe(true);
      expect(await store.acquire('monitor', 'b', 10_000)).toBe(false);
      expect(await store.acquire('monitor', 'a', 10_000)).toBe(true);
      expect(await store.holder('monitor')).toEqual({
        name: 'monitor',
        owner: 'a',
        expiresAt: '2026-01-01T00:00:10.000Z',
      });
      clock.advance(10_000);
      expect(await store.holder('monitor')).toBeUndefined();
      expect(await store.acquire('monitor', 'b', 10_000)).toBe(true);
      expect((await store.holder('monitor'))?.owner).toBe('b');
    });

    it('renews only a lease the owner still holds', async () => {
      const { clock, store } = await setupWith(makeStore);
      await store.acquire('sweep', 'a', 10_000);
      clock.advance(8_000);

      expect(await store.renew('sweep', 'a', 10_000)).toBe(true);
      expect(await store.renew('sweep', 'b', 10_000)).toBe(false);
      clock.advance(8_000);
      expect(await store.acquire('sweep', 'b', 10_000)).toBe(false);
      clock.advance(2_000);
      expect(await store.renew('sweep', 'a', 10_000)).toBe(false);
      expect(await store.renew('never', 'a', 10_000)).toBe(false);
    });

    it('releases only for its owner, and then another owner may take it', async () => {
      const { store } = await setupWith(makeStore);
      await store.acquire('wake', 'a', 60_000);

      expect(await store.release('wake', 'b')).toBe(false);
      expect(await store.release('wake', 'a')).toBe(true);
      expect(await store.holder('wake')).toBeUndefined();
      expect(await store.acquire('wake', 'b', 60_000)).toBe(true);
    });

    it('lets exactly one of many concurrent acquirers win', async () => {
      const { store } = await setupWith(makeStore);

      const results = await Promise.all(
        Array.from({ length: 10 }, (_, n) => store.acquire('race', `owner-${n}`, 5_000)),
      );

      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}

const sleeping = (overrides: Partial<SleepRecord> = {}): SleepRecord => ({
  cluster: 'prod-eu-1',
  namespace: 'preview-42',
  kind: 'Deployment',
  name: 'web',
  replicas: 3,
  sleptAt: START,
  schedule: 'night',
  ...overrides,
});

/** The behaviour every `SleepStore` must have. */
export function describeSleepStoreContract(makeStore: MakeStore<SleepStore>): void {
  describe('SleepStore contract', () => {
    it('keeps the first record of a workload so sleeping twice cannot lose the original replicas', async () => {
      const { store } = await setupWith(makeStore);

      const first = await store.put(sleeping());
      const second = await store.put(sleeping({ replicas: 0, schedule: 'weekend' }));

      expect(first).toEqual({ stored: true, record: sleeping() });
      expect(second).toEqual({ stored: false, record: sleeping() });
      expect(await store.get(sleeping())).toEqual(sleeping());
    });

    it('lists records sorted, optionally for one cluster, and deletes them', async () => {
      const { store } = await setupWith(makeStore);
      await store.put(sleeping({ name: 'worker', kind: 'StatefulSet' }));
      await store.put(sleeping({ cluster: 'prod-us-1' }));
      await store.put(sleeping({ namespace: 'preview-1' }));
      await store.put(sleeping({ cluster: 'prod-eu-10' }));

      const euOne = await store.list({ cluster: 'prod-eu-1' });
      expect(euOne.map((r) => `${r.namespace}/${r.kind}/${r.name}`)).toEqual([
        'preview-1/Deployment/web',
        'preview-42/StatefulSet/worker',
      ]);
      expect(await store.list()).toHaveLength(4);
      expect(await store.delete(sleeping({ namespace: 'preview-1' }))).toBe(true);
      expect(await store.delete(sleeping({ namespace: 'preview-1' }))).toBe(false);
      expect(await store.list({ cluster: 'prod-eu-1' })).toHaveLength(1);
    });

    it('rejects an invalid record', async () => {
      const { store } = await setupWith(makeStore);

      await expect(store.put(sleeping({ replicas: -1 }))).rejects.toBeInstanceOf(ValidationError);
      await expect(store.put(sleeping({ replicas: undefined }))).rejects.toBeInstanceOf(ValidationError);
      await expect(store.put(sleeping({ kind: 'CronJob', replicas: undefined }))).rejects.toBeInstanceOf(
        ValidationError,
      );
      expect(await store.list()).toEqual([]);
    });

    it("keeps a CronJob's suspend flag, its generation and uid", async () => {
      const { store } = await setupWith(makeStore);
      const cron = sleeping({
        kind: 'CronJob',
        name: 'report',
        replicas: undefined,
        suspend: false,
        generation: 4,
        uid: 'u-1',
      });
      delete cron.replicas;

      expect(await store.put(cron)).toEqual({ stored: true, record: cron });
      expect(await store.get(cron)).toEqual(cron);
    });

    it('lists the records of one namespace of a cluster, and refuses a namespace without its cluster', async () => {
      const { store } = await setupWith(makeStore);
      await store.put(sleeping());
      await store.put(sleeping({ name: 'api' }));
      await store.put(sleeping({ namespace: 'preview-4' }));
      await store.put(sleeping({ namespace: 'preview-42x' }));
      await store.put(sleeping({ cluster: 'prod-eu-10' }));

      const listed = await store.list({ cluster: 'prod-eu-1', namespace: 'preview-42' });
      expect(listed.map((r) => `${r.cluster}/${r.namespace}/${r.name}`)).toEqual([
        'prod-eu-1/preview-42/api',
        'prod-eu-1/preview-42/web',
      ]);
      await expect(store.list({ namespace: 'preview-42' })).rejects.toBeInstanceOf(ValidationError);
    });
  });
}

/** The behaviour every `ControlStore` must have. */
export function describeControlStoreContract(makeStore: MakeStore<ControlStore>): void {
  describe('ControlStore contract', () => {
    it('is not paused until someone pauses it, and remembers who did and why', async () => {
      const { store } = await setupWith(makeStore);
      expect(await store.getPause()).toEqual({ paused: false });

      await store.setPause({ paused: true, by: 'slack:U1', at: START, reason: 'incident review' });
      expect(await store.getPause()).toEqual({
        paused: true,
        by: 'slack:U1',
        at: START,
        reason: 'incident review',
      });
      await store.setPause({ paused: false, by: 'slack:U2', at: START });
      expect((await store.getPause()).paused).toBe(false);
    });

    it('trips a circuit breaker per cluster until its time passes, or until reset', async () => {
      const { clock, store } = await setupWith(makeStore);
      const trip = {
        cluster: 'prod-eu-1',
        trippedUntil: '2026-01-01T01:00:00.000Z',
        reason: '11 actions',
        at: START,
      };

      await store.tripBreaker(trip);
      expect(await store.getBreaker('prod-eu-1')).toEqual(trip);
      expect(await store.getBreaker('prod-us-1')).toBeUndefined();
      clock.advance(3_600_000);
      expect(await store.getBreaker('prod-eu-1')).toBeUndefined();
      await store.tripBreaker({ ...trip, trippedUntil: '2026-01-01T02:00:00.000Z' });
      await store.resetBreaker('prod-eu-1');
      expect(await store.getBreaker('prod-eu-1')).toBeUndefined();
    });

    it('rejects invalid control state', async () => {
      const { store } = await setupWith(makeStore);

      await expect(
        store.tripBreaker({ cluster: '', trippedUntil: 'soon', reason: '', at: START }),
      ).rejects.toBeInstanceOf(ValidationError);
    });
  });
}
