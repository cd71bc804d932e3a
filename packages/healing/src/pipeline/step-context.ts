import type { Incident, Notification } from '@sre-agent/core';
import { ConflictError, errorMessage } from '@sre-agent/core';
import type { ClusterHandles, HealingDeps } from './healing-deps.ts';

export const MAX_CONFLICT_RETRIES = 5;

/**
 * What every pipeline step works with: the ports, plus persisting an incident (optimistic
 * concurrency), notifying its thread and finding its cluster.
 */
export type StepContext = {
  readonly deps: HealingDeps;
  /** The clock's now as an ISO timestamp. */
  now(): string;
  /** The reader and writer of the incident's cluster; throws for a cluster that is not configured. */
  handles(incident: Incident): ClusterHandles;
  /** Stores `next` over `current` (same version) with a fresh `updatedAt`. */
  save(current: Incident, next: Incident): Promise<Incident>;
  /** Read-modify-write with retries on conflict; `mutate` returning undefined means "nothing to do". */
  mutate(id: string, mutate: (incident: Incident) => Incident | undefined): Promise<Incident | undefined>;
  /** Posts to the incident's thread; a chat outage is logged, never thrown. */
  notify(incident: Incident, notification: Notification): Promise<void>;
};

export function createStepContext(deps: HealingDeps): StepContext {
  const now = () => deps.clock.now().toISOString();
  const save = async (current: Incident, next: Incident): Promise<Incident> =>
    deps.incidents.update(current.id, current.version, () => ({
      ...next,
      updatedAt: now(),
    }));
  return {
    deps,
    now,
    handles(incident) {
      const handles = deps.cluster(incident.target.cluster);
      if (!handles) throw new Error(`cluster ${incident.target.cluster} is not configured`);
      return handles;
    },
    save,
    async mutate(id, mutate) {
      for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt += 1) {
        const current = await deps.incidents.get(id);
        if (!current) return undefined;
        const next = mutate(current);
        if (!next) return undefined;
        try {
          return await save(current, next);
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
        }
      }
      throw new ConflictError(`incident ${id} kept changing concurrently`);
    },
    async notify(incident, notification) {
      try {
        await deps.notifier.notify(notification);
      } catch (error) {
        // A chat outage must not stop the healing loop; the incident record keeps the story.
        deps.logger.warn('notification failed', { incident: incident.id, error: errorMessage(error) });
      }
    },
  };
}
