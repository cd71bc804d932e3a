import type { Pod } from '@sre-agent/kube';
import { livePods, podDetection } from './pod-detection.ts';
import { defineDetector } from './spec.ts';

/** An init container that has run this long without finishing holds the pod, not just slows it. */
export const INIT_STUCK_MS = 10 * 60_000;

/** Native sidecars (init containers with restartPolicy Always) run for the pod's life: not stuck. */
function sidecars(pod: Pod): Set<string> {
  return new Set(
    (pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name),
  );
}

export const initContainerStuck = defineDetector({
  signal: 'InitContainerStuck',
  reads: ['pods', 'replicaSets'],
  specificity: 7,
  doc: "A Pending pod whose init container has been running for more than 10 minutes without finishing (a wait loop for a dependency that never comes); native sidecars are not init steps. Crash-looping init containers are the CrashLoopBackOff detector's.",
  detect: (snapshot, { now }) =>
    livePods(snapshot).flatMap((pod) => {
      if (pod.status?.phase !== 'Pending') return [];
      const skip = sidecars(pod);
      const stuck = (pod.status.initContainerStatuses ?? []).find((s) => {
        const started = s.state?.running?.startedAt;
        return (
          !skip.has(s.name) &&
          started !== undefined &&
          now.getTime() - new Date(started).getTime() > INIT_STUCK_MS
        );
      });
      if (!stuck) return [];
      const startedAt = new Date(stuck.state?.running?.startedAt ?? now);
      const minutes = Math.floor((now.getTime() - startedAt.getTime()) / 60_000);
      return [
        podDetection(snapshot, pod, now, {
          signal: 'InitContainerStuck',
          container: stuck.name,
          reason: `init container ${stuck.name}: running for ${minutes} min without finishing, ${stuck.restartCount} restart${stuck.restartCount === 1 ? '' : 's'}`,
        }),
      ];
    }),
});
