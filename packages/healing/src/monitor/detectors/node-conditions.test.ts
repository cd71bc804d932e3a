import type { Node } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { DETECTED_AT, snapshotWith } from '../../testing/snapshot-fixtures.ts';
import { NODE_JOIN_GRACE_MS, nodeNotReady } from './node-not-ready.ts';
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

  it('leaves a node alone while it is still joining, and reports it once past the grace', () => {
    const joining = (age: number): Node => ({
      metadata: {
        name: 'fresh',
        creationTimestamp: new Date(DETECTED_AT.getTime() - age) as unknown as Date,
      },
      status: { conditions: [{ type: 'Ready', status: 'False', reason: 'KubeletNotReady' }] },
    });
    const at = (age: number) =>
      nodeNotReady.detect(snapshotWith({ nodes: [joining(age)] }), { now: DETECTED_AT }).length;

    expect(at(60_000)).toBe(0);
    expect(at(NODE_JOIN_GRACE_MS - 1)).toBe(0);
    expect(at(NODE_JOIN_GRACE_MS)).toBe(1);
  });

  it('reports every pressure of a Ready node, and none of a NotReady one', () => {
    const found = nodePressure.detect(snapshotWith({ nodes }), { now: DETECTED_AT });
    expect(found.map((d) => [d.target.name, d.reason])).toEqual([
      ['tight', 'node tight reports MemoryPressure, PIDPressure'],
    ]);
  });
});
