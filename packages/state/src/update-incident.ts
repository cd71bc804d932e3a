import type { Incident } from '@sre-agent/core';
import { ConflictError, NotFoundError } from '@sre-agent/core';
import type { IncidentStore } from './ports.ts';

/**
 * Read-modify-write with retries: re-reads the incident and re-applies `mutate` when another writer
 * got in first (optimistic concurrency). `mutate` must be a pure function of the incident it gets.
 * @example
 * await updateIncident(store, id, (i) => ({ ...i, status: 'resolved', closedAt: now }));
 */
export async function updateIncident(
  store: IncidentStore,
  id: string,
  mutate: (current: Incident) => Incident,
  options: { attempts?: number } = {},
): Promise<Incident> {
  const attempts = options.attempts ?? 5;
  let lastConflict: ConflictError | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const current = await store.get(id);
    if (!current) throw new NotFoundError(`incident ${id} does not exist`);
    try {
      return await store.update(id, current.version, mutate);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      lastConflict = error;
    }
  }
  throw new ConflictError(`incident ${id} kept changing; gave up after ${attempts} attempts`, {
    cause: lastConflict,
  });
}
