import { describe, expect, it } from 'vitest';
import { containerStatus, DETECTED_AT, snapshotWith, webPod } from '../../testing/snapshot-fixtures.ts';
import { oomKilled } from './oom-killed.ts';

describe('oomKilled', () => {
  it('reports a container last terminated by the OOM killer, aimed at its Deployment', () => {
    const pod = webPod('web-1', {
      phase: 'Running',
      containerStatuses: [
        containerStatus('app', 4, {
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } },
        }),
        containerStatus('sidecar', 0, { ready: true, state: { running: {} } }),
      ],
    });

    const found = oomKilled.detect(snapshotWith({ pods: [pod] }), { now: DETECTED_AT });

    expect(found).toEqual([
      {
        target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'web' },
        signal: 'OOMKilled',
        source: 'monitor',
        status: 'firing',
        pod: 'web-1',
        container: 'app',
        reason: 'container app: OOMKilled (exit 137), 4 restarts',
        observedAt: DETECTED_AT.toISOString(),
      },
    ]);
  });

  it('leaves evicted pods to the eviction detector', () => {
    const pod = webPod('web-1', {
      phase: 'Failed',
      reason: 'Evicted',
      containerStatuses: [
        containerStatus('app', 1, { state: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }),
      ],
    });
    expect(oomKilled.detect(snapshotWith({ pods: [pod] }), { now: DETECTED_AT })).toEqual([]);
  });
});
