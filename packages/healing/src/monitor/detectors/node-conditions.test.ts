import type { Node } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { DETECTED_AT, snapshotWith } from '../../testing/snapshot-fixtures.ts';
import { nodeNotReady } from './node-not-ready.ts';
import { nodePressure } from './node-pressure.ts';

const node = (name: string, conditions: { type: string; status: string; reason?: string }[]): Node => ({
  metadata: { name },
  status: { conditions },
});
const nodes = [
  node('down', [
    { type: 'Ready', status: 'False', reason: 'KubeletNotReady' },
    { type: 'MemoryPressure', status: 'True' },
  ]),
  node('tight', [
    { type: 'Ready', status: 'True' },
    { type: 'MemoryPressure', status: 'True' },
    { type: 'PIDPressure', status: 'True' },
  ]),
  node('fine', [{ type: 'Ready', status: 'True' }]),
];

describe('node detectors', () => {
  it('reports a node that is not Ready with the reason when there is no message', () => {
    const found = nodeNotReady.detect(snapshotWith({ nodes }), { now: DETECTED_AT });
    expect(found.map((d) => [d.target, d.reason])).toEqual([
      [
        { cluster: 'prod', namespace: '', kind: 'Node', name: 'down' },
        'node down is NotReady: KubeletNotReady',
      ],
    ]);
  });

  it('reports every pressure of a Ready node, and none of a NotReady one', () => {
    const found = nodePressure.detect(snapshotWith({ nodes }), { now: DETECTED_AT });
    expect(found.map((d) => [d.target.name, d.reason])).toEqual([
      ['tight', 'node tight reports MemoryPressure, PIDPressure'],
    ]);
  });
});
