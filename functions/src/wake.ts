import { pendingPillar } from './shared/pending-pillar.ts';

/** Morning wake: restore slept namespaces exactly as they were. */
export const handler = pendingPillar('wake', 'morning wake');
