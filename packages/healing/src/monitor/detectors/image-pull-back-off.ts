import { waitingContainers } from './container-waiting.ts';
import { defineDetector } from './spec.ts';

export const imagePullBackOff = defineDetector({
  signal: 'ImagePullBackOff',
  reads: ['pods', 'replicaSets'],
  specificity: 8,
  doc: 'A container whose image pull keeps failing and is retried with back-off (waiting reason ImagePullBackOff).',
  detect: waitingContainers('ImagePullBackOff'),
});
