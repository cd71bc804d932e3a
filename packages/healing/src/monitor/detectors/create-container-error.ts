import { waitingContainers } from './container-waiting.ts';
import { defineDetector } from './spec.ts';

export const createContainerError = defineDetector({
  signal: 'CreateContainerError',
  reads: ['pods', 'replicaSets'],
  specificity: 9,
  doc: 'A container the runtime cannot create (waiting reason CreateContainerError: no command, a bad mount, a name still reserved by a stuck create).',
  detect: waitingContainers('CreateContainerError'),
});
