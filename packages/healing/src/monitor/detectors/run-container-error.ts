import { waitingContainers } from './container-waiting.ts';
import { defineDetector } from './spec.ts';

export const runContainerError = defineDetector({
  signal: 'RunContainerError',
  reads: ['pods', 'replicaSets'],
  specificity: 9,
  doc: 'A container the runtime creates but cannot start (waiting reason RunContainerError: an entrypoint that is missing or not executable, a mount over a file).',
  detect: waitingContainers('RunContainerError'),
});
