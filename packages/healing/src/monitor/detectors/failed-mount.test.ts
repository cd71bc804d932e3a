import type { KubeEvent } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { containerStatus, DETECTED_AT, snapshotWith, webPod } from '../../testing/snapshot-fixtures.ts';
import { failedMount } from './failed-mount.ts';

const MINUTE = 60_000;

function creatingPod(name: string, ageMinutes: number) {
  const pod = webPod(name, {
    phase: 'Pending',
    containerStatuses: [containerStatus('app', 0, { state: { waiting: { reason: 'ContainerCreating' } } })],
  });
  pod.metadata = {
    ...pod.metadata,
    creationTimestamp: new Date(DETECTED_AT.getTime() - ageMinutes * MINUTE),
  };
  return pod;
}

function mountEvent(pod: string, reason: string, message: string): KubeEvent {
  return {
    metadata: { name: `${pod}.1`, namespace: 'shop' },
    involvedObject: { kind: 'Pod', namespace: 'shop', name: pod },
    type: 'Warning',
    reason,
    message,
    count: 7,
    lastTimestamp: new Date(DETECTED_AT.getTime() - MINUTE),
  };
}

describe('failedMount detector', () => {
  it('reports a pod held in ContainerCreating by a volume for more than 5 minutes, quoting the event', () => {
    const found = failedMount.detect(
      snapshotWith({
        pods: [creatingPod('web-1', 12)],
        events: [
          mountEvent(
            'web-1',
            'FailedMount',
            'MountVolume.SetUp failed for volume "config" : configmap "web-config" not found',
          ),
        ],
      }),
      { now: DETECTED_AT },
    );
    expect(found.map((d) => [d.signal, d.pod, d.target.name, d.reason])).toEqual([
      [
        'FailedMount',
        'web-1',
        'web',
        'pod stuck in ContainerCreating: FailedMount (7x) MountVolume.SetUp failed for volume "config" : configmap "web-config" not found',
      ],
    ]);
  });

  it('counts attach failures and quotes only the first line of a multi-line mount error', () => {
    const found = failedMount.detect(
      snapshotWith({
        pods: [creatingPod('web-1', 30)],
        events: [
          mountEvent('web-1', 'FailedAttachVolume', 'Multi-Attach error for volume "pvc-1"\nsecond line'),
        ],
      }),
      { now: DETECTED_AT },
    );
    expect(found.map((d) => d.reason)).toEqual([
      'pod stuck in ContainerCreating: FailedAttachVolume (7x) Multi-Attach error for volume "pvc-1"',
    ]);
  });

  it('reports a pod whose init containers wait in PodInitializing behind the mount, and one with no status yet', () => {
    const withInit = webPod('web-1', {
      phase: 'Pending',
      initContainerStatuses: [
        containerStatus('setup', 0, { state: { waiting: { reason: 'PodInitializing' } } }),
      ],
      containerStatuses: [containerStatus('app', 0, { state: { waiting: { reason: 'PodInitializing' } } })],
    });
    withInit.metadata = {
      ...withInit.metadata,
      creationTimestamp: new Date(DETECTED_AT.getTime() - 9 * MINUTE),
    };
    const bare = webPod('web-2', { phase: 'Pending' });
    bare.metadata = { ...bare.metadata, creationTimestamp: new Date(DETECTED_AT.getTime() - 9 * MINUTE) };
    const found = failedMount.detect(
      snapshotWith({
        pods: [withInit, bare],
        events: [
          mountEvent(
            'web-1',
            'FailedMount',
            'MountVolume.SetUp failed for volume "data" : mount failed: exit status 32',
          ),
          mountEvent(
            'web-2',
            'FailedAttachVolume',
            'AttachVolume.Attach failed for volume "pvc-2" : timed out',
          ),
        ],
      }),
      { now: DETECTED_AT },
    );
    expect(found.map((d) => d.pod)).toEqual(['web-1', 'web-2']);
  });

  it('leaves young pods, running pods and pods without a volume failure alone', () => {
    const running = webPod('web-3', {
      phase: 'Running',
      containerStatuses: [containerStatus('app', 0, { state: { running: {} } })],
    });
    const found = failedMount.detect(
      snapshotWith({
        pods: [creatingPod('web-1', 2), creatingPod('web-2', 20), running],
        events: [
          mountEvent(
            'web-1',
            'FailedMount',
            'MountVolume.SetUp failed for volume "a" : secret "a" not found',
          ),
          mountEvent(
            'web-3',
            'FailedMount',
            'MountVolume.SetUp failed for volume "a" : secret "a" not found',
          ),
          mountEvent('web-2', 'BackOff', 'Back-off pulling image'),
        ],
      }),
      { now: DETECTED_AT },
    );
    expect(found).toEqual([]);
  });
});
