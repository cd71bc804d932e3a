import { pendingPillar } from './shared/pending-pillar.ts';

/** Hourly security scan: Pod Security Standards, NetworkPolicy coverage, weak secrets. */
export const handler = pendingPillar('security', 'the hourly security scan');
