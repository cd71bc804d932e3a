import { waitingContainers } from './container-waiting.ts';
import { defineDetector } from './spec.ts';

export const errImagePull = defineDetector({
  signal: 'ErrImagePull',
  reads: ['pods', 'replicaSets'],
  specificity: 8,
  doc: 'A container whose image cannot be pulled (waiting reason ErrImagePull: missing tag, no access, registry down).',
  detect: waitingContainers('ErrImagePull'),
});
