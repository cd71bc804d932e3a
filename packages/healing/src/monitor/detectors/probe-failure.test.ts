import type { KubeEvent } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { DETECTED_AT, snapshotWith, webPod } from '../../testing/snapshot-fixtures.ts';
import { probeFailure } from './probe-failure.ts';

const unhealthy = (pod: string, message: string, count: number, minutesAgo: number): KubeEvent => ({
  metadata: { name: `${pod}.1` },
  reason: 'Unhealthy',
  message,
  count,
  involvedObject: { kind: 'Pod', namespace: 'shop', name: pod },
  lastTimestamp: new Date(DETECTED_AT.getTime() - minutesAgo * 60_000),
});
const ready = webPod('web-1', { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] });
const notReady = webPod('web-2', { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }] });

describe('probeFailure', () => {
  it('counts readiness failures only while the pod is not Ready, and sums the probes failing', () => {
    const found = probeFailure.detect(
      snapshotWith({
        pods: [ready, notReady],
        events: [
          unhealthy('web-1', 'Readiness probe failed: HTTP probe failed with statuscode: 503', 5, 1),
          unhealthy('web-2', 'Readiness probe failed: connection refused', 2, 1),
          unhealthy('web-2', 'Liveness probe failed: connection refused', 2, 0),
        ],
      }),
      { now: DETECTED_AT },
    );
    expect(found.map((d) => [d.pod, d.reason])).toEqual([
      ['web-2', 'liveness and readiness probe failed 4 times in the last 10 minutes'],
    ]);
  });

  it('ignores events of pods that are gone', () => {
    const found = probeFailure.detect(
      snapshotWith({ events: [unhealthy('web-9', 'Liveness probe failed: timeout', 9, 0)] }),
      { now: DETECTED_AT },
    );
    expect(found).toEqual([]);
  });
});
