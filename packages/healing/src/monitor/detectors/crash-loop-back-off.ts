import { waitingContainers } from './container-waiting.ts';
import { defineDetector } from './spec.ts';

export const crashLoopBackOff = defineDetector({
  signal: 'CrashLoopBackOff',
  reads: ['pods', 'replicaSets'],
  specificity: 6,
  doc: 'A container the kubelet keeps restarting after it exits (waiting reason CrashLoopBackOff).',
  detect: waitingContainers('CrashLoopBackOff'),
});
