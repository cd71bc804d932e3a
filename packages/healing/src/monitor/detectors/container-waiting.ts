import type { Signal } from '@sre-agent/core';
import type { Pod } from '@sre-agent/kube';
import type { ClusterSnapshot } from '../snapshot.ts';
import {
  type ContainerStatus,
  containerStatusesOf,
  livePods,
  podDetection,
  restartsOf,
} from './pod-detection.ts';
import type { DetectionOf, DetectorContext } from './spec.ts';

/** An OOMKilled container also waits in CrashLoopBackOff: the OOM detector speaks for it. */
function wasOomKilled(status: ContainerStatus): boolean {
  return (
    status.lastState?.terminated?.reason === 'OOMKilled' || status.state?.terminated?.reason === 'OOMKilled'
  );
}

/**
 * Containers waiting for the reason that is the signal's name (`CrashLoopBackOff`, `ErrImagePull`,
 * …), with the last exit and the restarts as evidence.
 */
export function waitingContainers<S extends Signal>(
  signal: S,
): (snapshot: ClusterSnapshot, context: DetectorContext) => DetectionOf<S>[] {
  return (snapshot, { now }) =>
    livePods(snapshot).flatMap((pod: Pod) =>
      containerStatusesOf(pod).flatMap((status) => {
        if (status.state?.waiting?.reason !== signal || wasOomKilled(status)) return [];
        const last = status.lastState?.terminated;
        const exit = last ? ` (last exit ${last.exitCode}${last.reason ? ` ${last.reason}` : ''})` : '';
        return [
          podDetection(snapshot, pod, now, {
            signal,
            container: status.name,
            reason: `container ${status.name}: ${signal}${exit}, ${restartsOf(status)}`,
          }),
        ];
      }),
    );
}
