import type { KubeEvent, Pod } from '@sre-agent/kube';
import { containerStatusesOf, livePods, podDetection } from './pod-detection.ts';
import { defineDetector } from './spec.ts';

/** The kubelet's and the attach controller's volume failures. */
const MOUNT_FAILURE_REASONS: ReadonlySet<string> = new Set([
  'FailedMount',
  'FailedAttachVolume',
  'FailedMapVolume',
]);
/** Mounts take seconds; a pod still waiting on them after this long is stuck, not slow. */
export const MOUNT_STUCK_MS = 5 * 60_000;

/** Reasons a container waits with while the kubelet still sets up the pod (volumes first). */
const SETTING_UP: ReadonlySet<string> = new Set(['ContainerCreating', 'PodInitializing']);

/**
 * A Pending pod none of whose containers has run: every status (init containers included, which
 * wait in PodInitializing while a volume fails) still waits to be set up, or none is reported yet.
 */
function isCreating(pod: Pod): boolean {
  return (
    pod.status?.phase === 'Pending' &&
    containerStatusesOf(pod).every(
      (s) => SETTING_UP.has(s.state?.waiting?.reason ?? '') && !s.lastState?.terminated,
    )
  );
}

/** The newest volume failure event of each pod, by `namespace/name`. */
function mountFailures(events: readonly KubeEvent[]): Map<string, KubeEvent> {
  const byPod = new Map<string, KubeEvent>();
  for (const event of events) {
    if (event.involvedObject.kind !== 'Pod' || !MOUNT_FAILURE_REASONS.has(event.reason ?? '')) continue;
    const key = `${event.involvedObject.namespace}/${event.involvedObject.name}`;
    const seen = byPod.get(key);
    const at = (e: KubeEvent) => new Date(e.lastTimestamp ?? e.eventTime ?? 0).getTime();
    if (!seen || at(event) >= at(seen)) byPod.set(key, event);
  }
  return byPod;
}

export const failedMount = defineDetector({
  signal: 'FailedMount',
  reads: ['events', 'pods', 'replicaSets'],
  specificity: 8,
  doc: 'A pod held in ContainerCreating for more than 5 minutes by a volume that cannot be attached or mounted (FailedMount / FailedAttachVolume events).',
  detect: (snapshot, { now }) => {
    const failures = mountFailures(snapshot.events);
    return livePods(snapshot).flatMap((pod) => {
      const event = failures.get(`${pod.metadata?.namespace}/${pod.metadata?.name}`);
      if (!event || !isCreating(pod)) return [];
      const since = new Date(pod.metadata?.creationTimestamp ?? event.firstTimestamp ?? now).getTime();
      if (now.getTime() - since < MOUNT_STUCK_MS) return [];
      const message = (event.message ?? '').split('\n')[0] ?? '';
      return [
        podDetection(snapshot, pod, now, {
          signal: 'FailedMount',
          reason: `pod stuck in ContainerCreating: ${event.reason} (${event.count ?? 1}x) ${message}`.trim(),
        }),
      ];
    });
  },
});
