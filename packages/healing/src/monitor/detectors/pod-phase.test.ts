import { describe, expect, it } from 'vitest';
import { DETECTED_AT, snapshotWith, webPod } from '../../testing/snapshot-fixtures.ts';
import { evicted } from './evicted.ts';
import { unschedulable } from './unschedulable.ts';

const pending = webPod('web-1', {
  phase: 'Pending',
  conditions: [
    { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available' },
  ],
});
const gone = webPod('web-2', { phase: 'Failed', reason: 'Evicted' });

describe('evicted and unschedulable', () => {
  it('reports an evicted pod with the kubelet message, or a plain reason without one', () => {
    const found = evicted.detect(snapshotWith({ pods: [pending, gone] }), { now: DETECTED_AT });
    expect(found.map((d) => [d.pod, d.signal, d.reason])).toEqual([['web-2', 'Evicted', 'pod was evicted']]);
  });

  it('reports a pending pod the scheduler cannot place, with the scheduler message', () => {
    const waiting = webPod('web-3', {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'True' }],
    });
    const found = unschedulable.detect(snapshotWith({ pods: [pending, gone, waiting] }), {
      now: DETECTED_AT,
    });
    expect(found.map((d) => [d.target.name, d.pod, d.reason])).toEqual([
      ['web', 'web-1', '0/3 nodes are available'],
    ]);
  });
});
