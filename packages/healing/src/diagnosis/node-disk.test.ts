import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

const DISK_PRESSURE = {
  conditions: [
    { type: 'Ready', status: 'True' },
    {
      type: 'DiskPressure',
      status: 'True',
      reason: 'KubeletHasDiskPressure',
      message: 'kubelet has disk pressure',
    },
  ],
};

/** A pod the kubelet evicted for ephemeral storage, using `used` of it. */
function evicted(used: string, node?: EvidenceSample['node']): EvidenceSample {
  return {
    signal: 'Evicted',
    podReason: 'Evicted',
    exitCode: 137,
    events: [
      {
        reason: 'Evicted',
        message: `The node was low on resource: ephemeral-storage. Threshold quantity: 10737418240, available: 6291456Ki. Container app was using ${used}, request is 0, has larger consumption of ephemeral-storage.`,
      },
      {
        reason: 'FreeDiskSpaceFailed',
        message:
          'Failed to garbage collect required amount of images. Attempted to free 21474836480 bytes, but only found 0 bytes eligible to free.',
      },
    ],
    ...(node ? { node } : {}),
  };
}

function best(sample: EvidenceSample) {
  const result = diagnose(evidenceFixture(sample));
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}

describe('an ephemeral-storage eviction on a node whose disk is full', () => {
  it('drains the node when the evicted container used next to nothing of it', () => {
    const decided = best(evicted('48Ki', DISK_PRESSURE));
    expect(decided.patternId).toBe('node-disk-pressure');
    expect(decided.actions[0]?.kind).toBe('cordon-drain-node');
    expect(decided.summary).toContain('used only 48Ki of it');
  });

  it('escalates when the evicted container filled the disk itself', () => {
    const decided = best(evicted('38211904Ki', DISK_PRESSURE));
    expect(decided.patternId).toBe('ephemeral-storage-eviction');
    expect(decided.actions[0]?.kind).toBe('escalate');
  });

  it('escalates when the node itself reports no disk pressure', () => {
    expect(best(evicted('48Ki')).actions[0]?.kind).toBe('escalate');
  });

  it("reads an older kubelet's message, without the threshold, against the usual 10 GiB", () => {
    const older = (used: string): EvidenceSample => ({
      signal: 'Evicted',
      podReason: 'Evicted',
      exitCode: 137,
      node: DISK_PRESSURE,
      events: [
        {
          reason: 'Evicted',
          message: `The node was low on resource: ephemeral-storage. Container concourse-worker was using ${used}, which exceeds its request of 0. `,
        },
      ],
    });
    expect(best(older('73712Ki')).actions[0]?.kind).toBe('cordon-drain-node');
    expect(best(older('9437184Ki')).actions[0]?.kind).toBe('escalate');
  });
});
