import { describe, expect, it } from 'vitest';
import { containerStatus, DETECTED_AT, snapshotWith, webPod } from '../../testing/snapshot-fixtures.ts';
import { crashLoopBackOff } from './crash-loop-back-off.ts';
import { createContainerConfigError } from './create-container-config-error.ts';
import { createContainerError } from './create-container-error.ts';
import { errImagePull } from './err-image-pull.ts';
import { imagePullBackOff } from './image-pull-back-off.ts';
import { runContainerError } from './run-container-error.ts';

const waitingPod = (reason: string) =>
  webPod('web-1', {
    phase: 'Pending',
    initContainerStatuses: [containerStatus('migrate', 2, { state: { waiting: { reason } } })],
  });

describe('waiting-container detectors', () => {
  it.each([
    [crashLoopBackOff, 'CrashLoopBackOff'],
    [errImagePull, 'ErrImagePull'],
    [imagePullBackOff, 'ImagePullBackOff'],
    [createContainerConfigError, 'CreateContainerConfigError'],
    [createContainerError, 'CreateContainerError'],
    [runContainerError, 'RunContainerError'],
  ] as const)('%#: reports an (init) container waiting for its own reason only', (detector, reason) => {
    const found = detector.detect(
      snapshotWith({ pods: [waitingPod(reason), waitingPod('ContainerCreating')] }),
      {
        now: DETECTED_AT,
      },
    );
    expect(found.map((d) => [d.signal, d.container, d.reason])).toEqual([
      [reason, 'migrate', `container migrate: ${reason}, 2 restarts`],
    ]);
  });

  it('quotes the last exit of a crash-looping container and leaves an OOMKilled one to the OOM detector', () => {
    const pod = webPod('web-1', {
      phase: 'Running',
      containerStatuses: [
        containerStatus('app', 1, {
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 1, reason: 'Error' } },
        }),
        containerStatus('cache', 3, {
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } },
        }),
      ],
    });
    const found = crashLoopBackOff.detect(snapshotWith({ pods: [pod] }), { now: DETECTED_AT });
    expect(found.map((d) => d.reason)).toEqual([
      'container app: CrashLoopBackOff (last exit 1 Error), 1 restart',
    ]);
  });
});
