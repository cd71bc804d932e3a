import { isEvicted, podDetection } from './pod-detection.ts';
import { defineDetector } from './spec.ts';

export const evicted = defineDetector({
  signal: 'Evicted',
  reads: ['pods', 'replicaSets'],
  specificity: 3,
  doc: 'A pod the kubelet evicted (node pressure, ephemeral storage): its status reason is Evicted.',
  detect: (snapshot, { now }) =>
    snapshot.pods.filter(isEvicted).map((pod) =>
      podDetection(snapshot, pod, now, {
        signal: 'Evicted',
        reason: pod.status?.message ?? 'pod was evicted',
      }),
    ),
});
