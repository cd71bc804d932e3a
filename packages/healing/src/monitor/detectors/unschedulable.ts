import { livePods, podDetection } from './pod-detection.ts';
import { defineDetector } from './spec.ts';

export const unschedulable = defineDetector({
  signal: 'Unschedulable',
  reads: ['pods', 'replicaSets'],
  specificity: 4,
  doc: 'A Pending pod the scheduler cannot place (PodScheduled False, reason Unschedulable).',
  detect: (snapshot, { now }) =>
    livePods(snapshot).flatMap((pod) => {
      const condition = pod.status?.conditions?.find(
        (c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable',
      );
      if (pod.status?.phase !== 'Pending' || !condition) return [];
      return [
        podDetection(snapshot, pod, now, {
          signal: 'Unschedulable',
          reason: condition.message ?? 'pod cannot be scheduled',
        }),
      ];
    }),
});
