import { waitingContainers } from './container-waiting.ts';
import { defineDetector } from './spec.ts';

export const createContainerConfigError = defineDetector({
  signal: 'CreateContainerConfigError',
  reads: ['pods', 'replicaSets'],
  specificity: 9,
  doc: 'A container that cannot be created from its spec (waiting reason CreateContainerConfigError: a missing Secret or ConfigMap key).',
  detect: waitingContainers('CreateContainerConfigError'),
});
