import { pendingPillar } from './shared/pending-pillar.ts';

/** GuardDuty findings on the default event bus: quarantine suspicious pods. */
export const handler = pendingPillar('security', 'GuardDuty finding handling');
