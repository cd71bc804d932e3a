import type { Signal } from '@sre-agent/core';
import type { Pod } from '@sre-agent/kube';
import { ownerWorkload } from '../owner-workload.ts';
import type { ClusterSnapshot } from '../snapshot.ts';
import type { DetectionOf } from './spec.ts';

/** One container's status as the kubelet reports it. */
export type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/** An evicted pod tells only that it was evicted: what its containers last did is history. */
export function isEvicted(pod: Pod): boolean {
  return pod.status?.reason === 'Evicted';
}

/** Pods whose state is news (evicted ones are the evicted detector's). */
export function livePods(snapshot: ClusterSnapshot): Pod[] {
  return snapshot.pods.filter((pod) => !isEvicted(pod));
}

/** Init containers first, then the others, as the kubelet reports them. */
export function containerStatusesOf(pod: Pod): ContainerStatus[] {
  return [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
}

/** `4 restarts`, `1 restart`. */
export function restartsOf(status: ContainerStatus): string {
  return `${status.restartCount} restart${status.restartCount === 1 ? '' : 's'}`;
}

/** A firing monitor detection about a pod, aimed at the workload that owns it. */
export function podDetection<S extends Signal>(
  snapshot: ClusterSnapshot,
  pod: Pod,
  now: Date,
  found: { signal: S; reason: string; container?: string },
): DetectionOf<S> {
  return {
    target: ownerWorkload(pod, snapshot.cluster, snapshot.replicaSets),
    source: 'monitor',
    status: 'firing',
    pod: pod.metadata?.name ?? '',
    observedAt: now.toISOString(),
    ...found,
  };
}
