import { describe, expect, it } from 'vitest';
import { containerStatus, DETECTED_AT, snapshotWith, webPod } from '../../testing/snapshot-fixtures.ts';
import { initContainerStuck } from './init-container-stuck.ts';

const minutesAgo = (m: number) => new Date(DETECTED_AT.getTime() - m * 60_000);

function initPod(name: string, init: ReturnType<typeof containerStatus>[], sidecar?: string) {
  const pod = webPod(name, {
    phase: 'Pending',
    initContainerStatuses: init,
    containerStatuses: [containerStatus('app', 0, { state: { waiting: { reason: 'PodInitializing' } } })],
  });
  pod.spec = {
    containers: [{ name: 'app' }],
    initContainers: init.map((s) => ({
      name: s.name,
      ...(s.name === sidecar ? { restartPolicy: 'Always' } : {}),
    })),
  };
  return pod;
}

describe('initContainerStuck detector', () => {
  it('reports an init container that has run for more than 10 minutes without finishing', () => {
    const pod = initPod('web-1', [
      containerStatus('wait-for-db', 0, { state: { running: { startedAt: minutesAgo(25) } } }),
    ]);
    const found = initContainerStuck.detect(snapshotWith({ pods: [pod] }), { now: DETECTED_AT });
    expect(found.map((d) => [d.signal, d.container, d.target.name, d.reason])).toEqual([
      [
        'InitContainerStuck',
        'wait-for-db',
        'web',
        'init container wait-for-db: running for 25 min without finishing, 0 restarts',
      ],
    ]);
  });

  it('leaves native sidecars, young init containers, finished ones and crash loops to others', () => {
    const pods = [
      initPod(
        'web-1',
        [containerStatus('proxy', 0, { state: { running: { startedAt: minutesAgo(60) } } })],
        'proxy',
      ),
      initPod('web-2', [containerStatus('migrate', 0, { state: { running: { startedAt: minutesAgo(3) } } })]),
      initPod('web-3', [
        containerStatus('migrate', 2, {
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 1, reason: 'Error' } },
        }),
      ]),
    ];
    expect(initContainerStuck.detect(snapshotWith({ pods }), { now: DETECTED_AT })).toEqual([]);
  });

  it('ignores pods that are already running', () => {
    const pod = initPod('web-1', [
      containerStatus('setup', 0, { state: { running: { startedAt: minutesAgo(60) } } }),
    ]);
    if (pod.status) pod.status.phase = 'Running';
    expect(initContainerStuck.detect(snapshotWith({ pods: [pod] }), { now: DETECTED_AT })).toEqual([]);
  });
});
