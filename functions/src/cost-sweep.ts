import { pendingPillar } from './shared/pending-pillar.ts';

/** Daily cost sweep: 7-day usage against requests, right-sizing pull requests. */
export const handler = pendingPillar('cost', 'the daily cost sweep');
