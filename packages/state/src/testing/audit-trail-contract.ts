import { ConflictError, ManualClock, NotFoundError, ValidationError } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import type { AuditTrail } from '../ports.ts';
import { makeAuditRecord } from './fixtures.ts';
import type { MakeStore } from './incident-store-contract.ts';

const START = '2026-01-01T00:00:00.000Z';
const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.parse(START) + minutes * MINUTE).toISOString();

/** The behaviour every `AuditTrail` must have. */
export function describeAuditTrailContract(makeTrail: MakeStore<AuditTrail>): void {
  const setup = async () => {
    const clock = new ManualClock(START);
    return { clock, trail: await makeTrail(clock) };
  };

  describe('AuditTrail contract', () => {
    it('starts a record once per idempotency key and returns the existing one afterwards', async () => {
      const { trail } = await setup();
      const record = makeAuditRecord();

      const first = await trail.begin(record);
      const again = await trail.begin(makeAuditRecord({ id: 'audit-2', reason: 'retry' }));

      expect(first).toEqual({ started: true, record });
      expect(again).toEqual({ started: false, existing: record });
      expect(await trail.get('audit-1')).toEqual(record);
      expect(await trail.get('audit-2')).toBeUndefined();
    });

    it('starts exactly one of many concurrent begins with the same key', async () => {
      const { trail } = await setup();

      const results = await Promise.all(
        Array.from({ length: 8 }, (_, n) => trail.begin(makeAuditRecord({ id: `audit-${n}` }))),
      );

      const started = results.filter((r) => r.started);
      expect(started).toHaveLength(1);
      const winner = started[0]?.started ? started[0].record.id : undefined;
      for (const r of results) if (!r.started) expect(r.existing.id).toBe(winner);
    });

    it('refuses to reuse an id for another key, and rejects invalid records', async () => {
      const { trail } = await setup();
      await trail.begin(makeAuditRecord());

      await expect(trail.begin(makeAuditRecord({ key: 'other-key' }))).rejects.toBeInstanceOf(ConflictError);
      await expect(trail.begin(makeAuditRecord({ id: 'audit-9', key: '' }))).rejects.toBeInstanceOf(
        ValidationError,
      );
    });

    it('finishes a started record once, stamping the clock time', async () => {
      const { clock, trail } = await setup();
      await trail.begin(makeAuditRecord());
      clock.advance(MINUTE);

      const finished = await trail.finish('audit-1', {
        status: 'applied',
        after: { spec: { replicas: 3 } },
        result: 'ok',
      });

      expect(finished).toMatchObject({
        status: 'applied',
        after: { spec: { replicas: 3 } },
        result: 'ok',
        finishedAt: at(1),
      });
      expect(await trail.get('audit-1')).toEqual(finished);
      await expect(trail.finish('audit-1', { status: 'failed' })).rejects.toBeInstanceOf(ConflictError);
      await expect(trail.finish('audit-404', { status: 'failed' })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lists the records of one incident, oldest first', async () => {
      const { trail } = await setup();
      await trail.begin(makeAuditRecord({ id: 'a2', key: 'k2', at: at(2) }));
      await trail.begin(makeAuditRecord({ id: 'a1', key: 'k1', at: at(1) }));
      await trail.begin(makeAuditRecord({ id: 'b1', key: 'k3', incidentId: 'inc-2' }));
      await trail.begin(makeAuditRecord({ id: 'c1', key: 'k4', incidentId: undefined }));

      expect((await trail.listForIncident('inc-1')).map((r) => r.id)).toEqual(['a1', 'a2']);
      expect(await trail.listForIncident('inc-404')).toEqual([]);
    });

    it('counts autonomous actions on a cluster since a time, for the circuit breaker', async () => {
      const { trail } = await setup();
      const records = [
        makeAuditRecord({ id: 'old', key: 'k0', at: at(-61) }),
        makeAuditRecord({ id: 'started', key: 'k1', at: at(-30) }),
        makeAuditRecord({ id: 'applied', key: 'k2', at: at(-20), status: 'applied' }),
        makeAuditRecord({ id: 'failed', key: 'k3', at: at(-10), status: 'failed' }),
        makeAuditRecord({ id: 'refused', key: 'k4', at: at(-5), status: 'refused' }),
        makeAuditRecord({ id: 'dry', key: 'k5', at: at(-5), status: 'dry-run-failed' }),
        makeAuditRecord({ id: 'human', key: 'k6', at: at(-5), actor: 'slack:U123' }),
        makeAuditRecord({ id: 'suggested', key: 'k7', at: at(-5), mode: 'suggest' }),
        makeAuditRecord({ id: 'elsewhere', key: 'k8', at: at(-5), cluster: 'prod-us-1' }),
      ];
      for (const r of records) await trail.begin(r);

      expect(await trail.countAutonomousSince('prod-eu-1', new Date(at(-60)))).toBe(3);
      expect(await trail.countAutonomousSince('prod-us-1', new Date(at(-60)))).toBe(1);
      expect(await trail.countAutonomousSince('prod-eu-1', new Date(at(0)))).toBe(0);
    });

    it('returns the newest record of a workload, optionally among some statuses, for cooldowns', async () => {
      const { trail } = await setup();
      const workload = { cluster: 'prod-eu-1', namespace: 'shop', workload: 'Deployment/checkout' };
      await trail.begin(makeAuditRecord({ id: 'a1', key: 'k1', at: at(1), status: 'applied' }));
      await trail.begin(makeAuditRecord({ id: 'a2', key: 'k2', at: at(2), status: 'refused' }));
      await trail.begin(makeAuditRecord({ id: 'x', key: 'k3', at: at(3), workload: 'Deployment/cart' }));

      expect((await trail.lastForWorkload(workload))?.id).toBe('a2');
      expect((await trail.lastForWorkload(workload, { statuses: ['applied', 'started'] }))?.id).toBe('a1');
      expect(await trail.lastForWorkload({ ...workload, namespace: 'other' })).toBeUndefined();
    });
  });
}
