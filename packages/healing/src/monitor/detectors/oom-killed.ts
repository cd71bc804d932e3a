import { containerStatusesOf, livePods, podDetection, restartsOf } from './pod-detection.ts';
import { defineDetector } from './spec.ts';

export const oomKilled = defineDetector({
  signal: 'OOMKilled',
  reads: ['pods', 'replicaSets'],
  specificity: 10,
  doc: 'A container the kernel killed for exceeding its memory limit (terminated, or last terminated, with reason OOMKilled).',
  detect: (snapshot, { now }) =>
    livePods(snapshot).flatMap((pod) =>
      containerStatusesOf(pod).flatMap((status) => {
        const last = status.lastState?.terminated;
        if (last?.reason !== 'OOMKilled' && status.state?.terminated?.reason !== 'OOMKilled') return [];
        return [
          podDetection(snapshot, pod, now, {
            signal: 'OOMKilled',
            container: status.name,
            reason: `container ${status.name}: OOMKilled (exit ${last?.exitCode ?? 137}), ${restartsOf(status)}`,
          }),
        ];
      }),
    ),
});
