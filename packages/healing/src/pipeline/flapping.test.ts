import { makeIncident, workloadRef } from '@sre-agent/state/testing';
import { describe, expect, it } from 'vitest';
import { continueFlapped } from './flapping.ts';

const now = new Date('2026-01-01T01:00:00.000Z');
const closed = makeIncident({
  closedAt: '2026-01-01T00:50:00.000Z',
  actions: [
    {
      id: 'a1',
      action: { kind: 'rollout-restart' },
      status: 'succeeded',
      reason: 'restart',
      at: '2026-01-01T00:10:00.000Z',
    },
    {
      id: 'a2',
      action: { kind: 'scale-up', replicas: 3 },
      status: 'rejected',
      reason: 'scale',
      at: '2026-01-01T00:20:00.000Z',
    },
    {
      id: 'a3',
      action: { kind: 'rollback' },
      status: 'refused',
      reason: 'rollback',
      at: '2026-01-01T00:30:00.000Z',
    },
  ],
});

describe('continueFlapped', () => {
  it('carries finished fixes over, a fix that had worked as failed, and drops undecided ones', () => {
    const carried = continueFlapped(closed, closed.target, now, 30);

    expect(carried?.actions.map((a) => [a.id, a.status])).toEqual([
      ['a1', 'failed'],
      ['a3', 'refused'],
    ]);
    expect(carried?.notes).toEqual([
      'continues inc-1: the alert fired again 10 min after it resolved (flapping)',
    ]);
  });

  it('continues nothing for another workload, an open incident, after the window, or with the window off', () => {
    expect(continueFlapped(closed, workloadRef({ name: 'other' }), now, 30)).toBeUndefined();
    expect(continueFlapped({ ...closed, closedAt: undefined }, closed.target, now, 30)).toBeUndefined();
    expect(continueFlapped(closed, closed.target, now, 9)).toBeUndefined();
    expect(continueFlapped(closed, closed.target, now, 0)).toBeUndefined();
    expect(continueFlapped(undefined, closed.target, now, 30)).toBeUndefined();
  });
});
