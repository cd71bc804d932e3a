import { ManualClock, ValidationError } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import type { ProposalAuditLog, ProposalAuditRecord } from '../ports.ts';
import type { MakeStore } from './incident-store-contract.ts';

const START = '2026-01-01T00:00:00.000Z';

function entry(overrides: Partial<ProposalAuditRecord> & { id: string; at: string }): ProposalAuditRecord {
  return {
    finding: 'livenessProbeMissing/shop/Deployment/checkout/web',
    branch: 'sre-agent/livenessprobemissing/shop/deployment/checkout/web',
    host: 'local',
    repository: '/srv/manifests',
    status: 'opened',
    draft: false,
    files: ['apps/shop.yaml'],
    trigger: 'sweep',
    ...overrides,
  };
}

/** The behaviour every `ProposalAuditLog` must have. */
export function describeProposalAuditContract(makeStore: MakeStore<ProposalAuditLog>): void {
  describe('ProposalAuditLog contract', () => {
    it('keeps every record of a finding, newest first, and lists recent ones across findings', async () => {
      const clock = new ManualClock(START);
      const store = await makeStore(clock);
      await store.record(entry({ id: 'p1', at: '2026-01-01T00:00:00.000Z' }));
      await store.record(
        entry({
          id: 'p2',
          at: '2026-01-02T00:00:00.000Z',
          status: 'skipped',
          reason: 'a human closed this proposal unmerged 2 h ago',
        }),
      );
      await store.record(
        entry({ id: 'p3', at: '2026-01-03T00:00:00.000Z', finding: 'spreadMissing/shop/Deployment/cart' }),
      );

      expect(
        (await store.listForFinding('livenessProbeMissing/shop/Deployment/checkout/web')).map((r) => [
          r.id,
          r.status,
        ]),
      ).toEqual([
        ['p2', 'skipped'],
        ['p1', 'opened'],
      ]);
      expect(
        (await store.listForFinding('livenessProbeMissing/shop/Deployment/checkout/web'))[0]?.reason,
      ).toContain('closed');
      expect(
        (await store.listRecent({ since: new Date('2026-01-02T00:00:00.000Z') })).map((r) => r.id),
      ).toEqual(['p3', 'p2']);
      expect((await store.listRecent({ since: new Date(START), limit: 1 })).map((r) => r.id)).toEqual(['p3']);
    });

    it('records the same entry once when it is written twice (a retried sweep)', async () => {
      const store = await makeStore(new ManualClock(START));
      const record = entry({ id: 'p1', at: START, incidentId: 'inc-1', trigger: 'incident' });

      await store.record(record);
      await store.record(record);

      expect(await store.listForFinding(record.finding)).toEqual([record]);
    });

    it('refuses a record that does not follow the schema', async () => {
      const store = await makeStore(new ManualClock(START));
      await expect(
        store.record({ ...entry({ id: 'p1', at: START }), status: 'merged' as 'opened' }),
      ).rejects.toBeInstanceOf(ValidationError);
    });
  });
}
