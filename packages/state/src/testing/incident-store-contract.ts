import type { Incident } from '@sre-agent/core';
import { ConflictError, ManualClock, NotFoundError, ValidationError } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import type { IncidentStore } from '../ports.ts';
import { updateIncident } from '../update-incident.ts';
import { makeIncident, workloadRef } from './fixtures.ts';

const START = '2026-01-01T00:00:00.000Z';
const DAY = 86_400_000;

/** Builds a fresh, empty store on the given clock. */
export type MakeStore<S> = (clock: ManualClock) => S | Promise<S>;

/**
 * The behaviour every `IncidentStore` must have; run it against each implementation.
 * @example
 * describeIncidentStoreContract((clock) => new InMemoryIncidentStore({ clock }));
 */
export function describeIncidentStoreContract(makeStore: MakeStore<IncidentStore>): void {
  const setup = async () => {
    const clock = new ManualClock(START);
    return { clock, store: await makeStore(clock) };
  };
  const close = (i: Incident, at = START): Incident => ({
    ...i,
    status: 'resolved',
    closedAt: at,
    updatedAt: at,
  });

  describe('IncidentStore contract', () => {
    it('stores an incident and reads it back unchanged', async () => {
      const { store } = await setup();
      const incident = makeIncident({
        fingerprints: ['fp-a'],
        evidence: 'log excerpt',
        threads: { slack: '1.2' },
      });

      const result = await store.create(incident);

      expect(result).toEqual({ created: true, incident });
      expect(await store.get('inc-1')).toEqual(incident);
      expect(await store.get('inc-unknown')).toBeUndefined();
    });

    it('refuses to create an incident whose id exists', async () => {
      const { store } = await setup();
      await store.create(makeIncident());

      await expect(
        store.create(makeIncident({ target: workloadRef({ name: 'other' }) })),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('rejects an invalid incident with a ValidationError and stores nothing', async () => {
      const { store } = await setup();

      await expect(
        store.create({ ...makeIncident(), status: 'bogus' } as unknown as Incident),
      ).rejects.toBeInstanceOf(ValidationError);
      expect(await store.get('inc-1')).toBeUndefined();
    });

    it('returns the existing open incident instead of opening a second one for the same workload', async () => {
      const { store } = await setup();
      const first = makeIncident();
      await store.create(first);

      const second = await store.create(makeIncident({ id: 'inc-2' }));

      expect(second).toEqual({ created: false, existing: first });
      expect(await store.get('inc-2')).toBeUndefined();
      expect(await store.openFor(first.target)).toEqual(first);
    });

    it('keeps exactly one open incident per workload under concurrent creates', async () => {
      const { store } = await setup();
      const ids = Array.from({ length: 8 }, (_, i) => `inc-c${i}`);

      const results = await Promise.allSettled(ids.map((id) => store.create(makeIncident({ id }))));

      const created = results.filter((r) => r.status === 'fulfilled' && r.value.created);
      expect(created).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
      }
      const open = await store.listOpen();
      expect(open).toHaveLength(1);
      expect((await store.openFor(workloadRef()))?.id).toBe(open[0]?.id);
    });

    it('tells workloads apart: other workloads, namespaces and clusters get their own incident', async () => {
      const { store } = await setup();
      await store.create(makeIncident());

      const results = await Promise.all([
        store.create(makeIncident({ id: 'inc-2', target: workloadRef({ name: 'cart' }) })),
        store.create(makeIncident({ id: 'inc-3', target: workloadRef({ namespace: 'billing' }) })),
        store.create(makeIncident({ id: 'inc-4', target: workloadRef({ cluster: 'prod-us-1' }) })),
        store.create(makeIncident({ id: 'inc-5', target: workloadRef({ kind: 'StatefulSet' }) })),
      ]);

      expect(results.map((r) => r.created)).toEqual([true, true, true, true]);
      expect(await store.openFor(workloadRef({ name: 'cart' }))).toMatchObject({ id: 'inc-2' });
      expect(await store.openFor(workloadRef({ name: 'nobody' }))).toBeUndefined();
    });

    it('increments the version on update and refuses a stale expected version', async () => {
      const { store } = await setup();
      await store.create(makeIncident());

      const updated = await store.update('inc-1', 0, (i) => ({
        ...i,
        status: 'diagnosed',
        notes: ['memory'],
      }));

      expect(updated).toMatchObject({ version: 1, status: 'diagnosed', notes: ['memory'] });
      expect(await store.get('inc-1')).toEqual(updated);
      await expect(store.update('inc-1', 0, (i) => i)).rejects.toBeInstanceOf(ConflictError);
      await expect(store.update('inc-unknown', 0, (i) => i)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lets exactly one of two concurrent updates of the same version win', async () => {
      const { store } = await setup();
      await store.create(makeIncident());

      const results = await Promise.allSettled([
        store.update('inc-1', 0, (i) => ({ ...i, notes: ['a'] })),
        store.update('inc-1', 0, (i) => ({ ...i, notes: ['b'] })),
      ]);

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const loser = results.find((r) => r.status === 'rejected');
      expect(loser?.status === 'rejected' && loser.reason).toBeInstanceOf(ConflictError);
      expect((await store.get('inc-1'))?.version).toBe(1);
    });

    it('re-reads and re-applies a change when another writer got in first (updateIncident)', async () => {
      const { store } = await setup();
      await store.create(makeIncident());
      let competed = false;
      // A view of the store in which another writer commits right after our first read.
      const racing: IncidentStore = {
        ...bindAll(store),
        get: async (id) => {
          const current = await store.get(id);
          if (current && !competed) {
            competed = true;
            await store.update(id, current.version, (i) => ({ ...i, notes: [...i.notes, 'theirs'] }));
          }
          return current;
        },
      };

      const result = await updateIncident(racing, 'inc-1', (i) => ({ ...i, notes: [...i.notes, 'ours'] }));

      expect(result).toMatchObject({ version: 2, notes: ['theirs', 'ours'] });
      expect(await store.get('inc-1')).toEqual(result);
    });

    it('refuses updates that change the id, the target or openedAt, or reopen a closed incident', async () => {
      const { store } = await setup();
      await store.create(makeIncident());

      await expect(store.update('inc-1', 0, (i) => ({ ...i, id: 'inc-9' }))).rejects.toBeInstanceOf(
        ValidationError,
      );
      await expect(
        store.update('inc-1', 0, (i) => ({ ...i, target: workloadRef({ name: 'x' }) })),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(
        store.update('inc-1', 0, (i) => ({ ...i, openedAt: '2025-01-01T00:00:00.000Z' })),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(
        store.update('inc-1', 0, (i) => ({ ...i, status: 'nope' }) as unknown as Incident),
      ).rejects.toBeInstanceOf(ValidationError);
      const closed = await store.update('inc-1', 0, (i) => close(i));
      await expect(
        store.update('inc-1', closed.version, (i) => ({ ...i, status: 'detected', closedAt: undefined })),
      ).rejects.toBeInstanceOf(ValidationError);
      expect(await store.get('inc-1')).toEqual(closed);
    });

    it('frees the workload when its incident closes, so a new incident can open', async () => {
      const { store } = await setup();
      await store.create(makeIncident());

      await store.update('inc-1', 0, (i) => close(i));
      const next = await store.create(makeIncident({ id: 'inc-2', openedAt: '2026-01-01T01:00:00.000Z' }));

      expect(next.created).toBe(true);
      expect(await store.openFor(workloadRef())).toMatchObject({ id: 'inc-2' });
      expect((await store.listOpen()).map((i) => i.id)).toEqual(['inc-2']);
    });

    it('keeps an escalated incident open (holding its workload) until closedAt is set', async () => {
      const { store } = await setup();
      await store.create(makeIncident());

      const escalated = await store.update('inc-1', 0, (i) => ({ ...i, status: 'escalated' }));
      const again = await store.create(makeIncident({ id: 'inc-2' }));

      expect(again).toEqual({ created: false, existing: escalated });
      expect((await store.listOpen()).map((i) => i.id)).toEqual(['inc-1']);
      await store.update('inc-1', 1, (i) => close(i));
      expect(await store.openFor(workloadRef())).toBeUndefined();
    });

    it('stores an incident created already closed without taking the workload', async () => {
      const { store } = await setup();

      await store.create(makeIncident({ id: 'inc-obs', status: 'observed', closedAt: START }));
      const open = await store.create(makeIncident({ id: 'inc-2' }));

      expect(open.created).toBe(true);
      expect(await store.get('inc-obs')).toMatchObject({ status: 'observed' });
    });

    it('lists open incidents oldest first and leaves closed ones out', async () => {
      const { store } = await setup();
      await store.create(
        makeIncident({
          id: 'inc-b',
          openedAt: '2026-01-01T00:02:00.000Z',
          target: workloadRef({ name: 'b' }),
        }),
      );
      await store.create(
        makeIncident({
          id: 'inc-a',
          openedAt: '2026-01-01T00:01:00.000Z',
          target: workloadRef({ name: 'a' }),
        }),
      );
      await store.create(
        makeIncident({
          id: 'inc-c',
          openedAt: '2026-01-01T00:03:00.000Z',
          target: workloadRef({ name: 'c' }),
        }),
      );
      await store.update('inc-c', 0, (i) => close(i, '2026-01-01T00:04:00.000Z'));

      expect((await store.listOpen()).map((i) => i.id)).toEqual(['inc-a', 'inc-b']);
    });

    it('lists recent incidents newest first, since a time, up to a limit', async () => {
      const { store } = await setup();
      for (let n = 0; n < 6; n++) {
        await store.create(
          makeIncident({
            id: `inc-${n}`,
            openedAt: new Date(Date.parse(START) - n * DAY).toISOString(),
            target: workloadRef({ name: `w${n}` }),
          }),
        );
      }
      await store.update('inc-1', 0, (i) => close(i));

      const recent = await store.listRecent({ since: new Date(Date.parse(START) - 3 * DAY), limit: 10 });
      const limited = await store.listRecent({ since: new Date(Date.parse(START) - 5 * DAY), limit: 2 });

      expect(recent.map((i) => i.id)).toEqual(['inc-0', 'inc-1', 'inc-2', 'inc-3']);
      expect(limited.map((i) => i.id)).toEqual(['inc-0', 'inc-1']);
      expect(await store.listRecent({ since: new Date(Date.parse(START) + DAY) })).toEqual([]);
    });

    it('finds the newest incident fed by an Alertmanager fingerprint, including fingerprints added later', async () => {
      const { store } = await setup();
      await store.create(makeIncident({ id: 'inc-old', fingerprints: ['fp-1'] }));
      await store.update('inc-old', 0, (i) => close(i));
      await store.create(
        makeIncident({ id: 'inc-new', openedAt: '2026-01-02T00:00:00.000Z', fingerprints: ['fp-1'] }),
      );

      await store.update('inc-new', 0, (i) => ({ ...i, fingerprints: [...i.fingerprints, 'fp-2'] }));

      expect((await store.findByFingerprint('fp-1'))?.id).toBe('inc-new');
      expect((await store.findByFingerprint('fp-2'))?.id).toBe('inc-new');
      expect(await store.findByFingerprint('fp-unknown')).toBeUndefined();
    });

    it('forgets closed incidents after the retention period but keeps open ones', async () => {
      const { clock, store } = await setup();
      await store.create(makeIncident({ id: 'inc-closed', fingerprints: ['fp-x'] }));
      await store.update('inc-closed', 0, (i) => close(i));
      await store.create(makeIncident({ id: 'inc-open', target: workloadRef({ name: 'other' }) }));

      clock.advance(89 * DAY);
      expect(await store.get('inc-closed')).toBeDefined();
      clock.advance(2 * DAY);

      expect(await store.get('inc-closed')).toBeUndefined();
      expect(await store.findByFingerprint('fp-x')).toBeUndefined();
      expect((await store.listRecent({ since: new Date(0) })).map((i) => i.id)).toEqual(['inc-open']);
      expect(await store.get('inc-open')).toBeDefined();
    });
  });
}

function bindAll(store: IncidentStore): IncidentStore {
  return {
    create: (i) => store.create(i),
    get: (id) => store.get(id),
    openFor: (t) => store.openFor(t),
    update: (id, v, m) => store.update(id, v, m),
    listOpen: () => store.listOpen(),
    listRecent: (o) => store.listRecent(o),
    findByFingerprint: (fp) => store.findByFingerprint(fp),
  };
}
