import { logger } from './logger.ts';

export type PendingPillarResult = { pillar: string; status: 'not-implemented'; message: string };

/**
 * Entry points that the stacks already declare (schedules, event rules, permissions) for pillars
 * whose domain logic has not shipped yet. They say so loudly instead of pretending to work.
 */
export function pendingPillar(pillar: string, what: string): () => Promise<PendingPillarResult> {
  return async () => {
    const message = `${what} is not implemented in this version; the trigger is in place and does nothing yet`;
    logger.warn('pillar not implemented', { pillar, message });
    return { pillar, status: 'not-implemented', message };
  };
}
