import { pendingPillar } from './shared/pending-pillar.ts';

/** Night and weekend sleep: scale idle (zombie) namespaces to zero and record what to restore. */
export const handler = pendingPillar('sleep', 'night/weekend sleep');
