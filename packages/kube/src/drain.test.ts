import { describe, expect, it } from 'vitest';
import { drainSkipReason, mapConcurrently } from './drain.ts';
import type { Pod } from './ports.ts';

const pod = (metadata: Pod['metadata']): Pod => ({ metadata });
const owner = (kind: string) => [{ apiVersion: 'apps/v1', kind, name: 'x', uid: 'u', controller: true }];

describe('drainSkipReason', () => {
  it('leaves mirror pods, DaemonSet pods and pods without a controller alone', () => {
    expect(drainSkipReason(pod({ annotations: { 'kubernetes.io/config.mirror': 'h' } }))).toContain(
      'mirror pod',
    );
    expect(drainSkipReason(pod({ ownerReferences: owner('DaemonSet') }))).toContain('DaemonSet x');
    expect(drainSkipReason(pod({}))).toContain('not managed by a controller');
  });

  it('evicts pods of ReplicaSets, StatefulSets and Jobs', () => {
    for (const kind of ['ReplicaSet', 'StatefulSet', 'Job']) {
      expect(drainSkipReason(pod({ ownerReferences: owner(kind) }))).toBeUndefined();
    }
  });
});

describe('mapConcurrently', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;

    const results = await mapConcurrently([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      for (let i = 0; i < n; i++) await Promise.resolve();
      running--;
      return n * 10;
    });

    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
  });

  it('handles an empty list', async () => {
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([]);
  });
});
