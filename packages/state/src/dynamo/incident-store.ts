import type { Incident, WorkloadRef } from '@sre-agent/core';
import {
  ConflictError,
  IncidentSchema,
  isOpenIncident,
  lazySchema,
  NotFoundError,
  workloadKey,
} from '@sre-agent/core';
import * as z from 'zod';
import type { CreateIncidentResult, IncidentStore } from '../ports.ts';
import {
  closedIncidentTtl,
  DEFAULT_CLOSED_INCIDENT_DAYS,
  epochSeconds,
  GUARD_GRACE_MS,
  nextIncident,
  parseInput,
  timeSortKey,
} from '../rules.ts';
import { type DynamoTable, type Item, readData, readItem } from './table.ts';

const OPEN_PARTITION = 'INC#OPEN';
const ALL_PARTITION = 'INC';
/** Attempts to settle a guard race before giving up with a ConflictError. */
const GUARD_ATTEMPTS = 4;

const incidentKey = (id: string) => ({ pk: `INC#${id}`, sk: 'INC' });
const guardKey = (target: WorkloadRef) => ({ pk: `OPEN#${workloadKey(target)}`, sk: 'OPEN' });
const fingerprintKey = (fingerprint: string, incident: Incident) => ({
  pk: `FP#${fingerprint}`,
  sk: `INC#${timeSortKey(incident.openedAt, incident.id)}`,
});

const GuardItemSchema = lazySchema(() => z.object({ incidentId: z.string().min(1), at: z.number() }));
const FingerprintItemSchema = lazySchema(() => z.object({ incidentId: z.string().min(1) }));

/**
 * Incidents on DynamoDB. One open incident per workload is enforced by a guard item
 * (`OPEN#<workloadKey>`) written conditionally BEFORE the incident, so no transaction is needed:
 * - a guard whose incident is closed, or missing for longer than a grace period (its creator
 *   crashed between the two writes), is stale and is taken over with a conditional write;
 * - after writing its incident a creator re-reads the guard and withdraws its incident if a slow
 *   write let another creator take the guard meanwhile.
 * Closing an incident releases the guard; a crash before that leaves a stale guard, taken over later.
 */
export class DynamoIncidentStore implements IncidentStore {
  readonly #table: DynamoTable;
  readonly #closedDays: number;

  constructor(table: DynamoTable, options: { closedIncidentDays?: number } = {}) {
    this.#table = table;
    this.#closedDays = options.closedIncidentDays ?? DEFAULT_CLOSED_INCIDENT_DAYS;
  }

  async create(input: Incident): Promise<CreateIncidentResult> {
    const incident = parseInput(IncidentSchema, input, 'incident');
    // Pointers first: a dangling pointer (crash before the incident) is skipped on read.
    await this.#writeFingerprints(incident, incident.fingerprints);
    if (!isOpenIncident(incident)) {
      await this.#putNew(incident);
      return { created: true, incident };
    }
    const guard = await this.#acquireGuard(incident);
    if (guard.existing) return { created: false, existing: guard.existing };
    try {
      await this.#putNew(incident);
    } catch (error) {
      const existing = await this.get(incident.id);
      const holdsGuard = existing && isOpenIncident(existing) && sameTarget(existing, incident);
      if (!holdsGuard) await this.#releaseGuard(incident);
      throw error;
    }
    const after = await this.#readGuard(incident.target);
    if (after?.incidentId !== incident.id) {
      // We were slower than the grace period and another creator took the guard: withdraw ours.
      await this.#table.delete(
        incidentKey(incident.id),
        { expression: 'version = :v', values: { ':v': incident.version } },
        'withdraw incident',
      );
      const winner = after ? await this.get(after.incidentId) : undefined;
      if (winner && isOpenIncident(winner)) return { created: false, existing: winner };
      throw new ConflictError(`another incident is being opened for ${workloadKey(incident.target)}; retry`);
    }
    return { created: true, incident };
  }

  async get(id: string): Promise<Incident | undefined> {
    const item = await this.#table.get(incidentKey(id), 'get incident');
    return item ? readData(item, IncidentSchema) : undefined;
  }

  async openFor(target: WorkloadRef): Promise<Incident | undefined> {
    const guard = await this.#readGuard(target);
    if (!guard) return undefined;
    const incident = await this.get(guard.incidentId);
    if (!incident || !isOpenIncident(incident)) return undefined;
    return workloadKey(incident.target) === workloadKey(target) ? incident : undefined;
  }

  async update(
    id: string,
    expectedVersion: number,
    mutate: (current: Incident) => Incident,
  ): Promise<Incident> {
    const current = await this.get(id);
    if (!current) throw new NotFoundError(`incident ${id} does not exist`);
    if (current.version !== expectedVersion) {
      throw new ConflictError(`incident ${id} is at version ${current.version}, not ${expectedVersion}`);
    }
    const next = nextIncident(current, mutate(structuredClone(current)), expectedVersion);
    const added = next.fingerprints.filter((fp) => !current.fingerprints.includes(fp));
    await this.#writeFingerprints(next, added);
    const written = await this.#table.put(
      this.#item(next),
      { expression: 'version = :v', values: { ':v': expectedVersion } },
      'update incident',
    );
    if (!written) throw new ConflictError(`incident ${id} changed concurrently; re-read and retry`);
    if (isOpenIncident(current) && !isOpenIncident(next)) await this.#closed(next);
    return next;
  }

  async listOpen(): Promise<Incident[]> {
    const items = await this.#table.query(
      { index: 'gsi1', partition: OPEN_PARTITION },
      'list open incidents',
    );
    return items.map((item) => readData(item, IncidentSchema)).filter(isOpenIncident);
  }

  async listRecent(options: { since: Date; limit?: number }): Promise<Incident[]> {
    const limit = options.limit ?? 50;
    if (limit <= 0) return [];
    const items = await this.#table.query(
      {
        index: 'gsi2',
        partition: ALL_PARTITION,
        sort: { op: '>=', value: options.since.toISOString() },
        descending: true,
        pageSize: limit,
      },
      'list recent incidents',
      (found) => found.length >= limit,
    );
    return items.slice(0, limit).map((item) => readData(item, IncidentSchema));
  }

  async findByFingerprint(fingerprint: string): Promise<Incident | undefined> {
    const pointers = await this.#table.query(
      { partition: `FP#${fingerprint}`, descending: true, pageSize: 10 },
      'find incident by fingerprint',
      (found) => found.length >= 10,
    );
    for (const pointer of pointers) {
      const incident = await this.get(readItem(pointer, FingerprintItemSchema).incidentId);
      if (incident?.fingerprints.includes(fingerprint)) return incident;
    }
    return undefined;
  }

  #item(incident: Incident): Item {
    const sortKey = timeSortKey(incident.openedAt, incident.id);
    const open = isOpenIncident(incident);
    return {
      ...incidentKey(incident.id),
      type: 'incident',
      version: incident.version,
      status: incident.status,
      data: incident,
      gsi2pk: ALL_PARTITION,
      gsi2sk: sortKey,
      ...(open
        ? { gsi1pk: OPEN_PARTITION, gsi1sk: sortKey }
        : { ttl: closedIncidentTtl(incident, this.#table.clock.now(), this.#closedDays) }),
    };
  }

  async #putNew(incident: Incident): Promise<void> {
    const written = await this.#table.put(
      this.#item(incident),
      {
        // An expired (closed, past retention) incident that DynamoDB has not deleted yet counts as absent.
        expression: 'attribute_not_exists(pk) OR #ttl <= :now',
        names: { '#ttl': 'ttl' },
        values: { ':now': epochSeconds(this.#table.clock.now()) },
      },
      'create incident',
    );
    if (!written) throw new ConflictError(`incident ${incident.id} already exists`);
  }

  async #readGuard(target: WorkloadRef): Promise<{ incidentId: string; at: number } | undefined> {
    const item = await this.#table.get(guardKey(target), 'read open-incident guard');
    return item ? readItem(item, GuardItemSchema) : undefined;
  }

  /** Takes the workload's guard for `incident`, or returns the open incident that holds it. */
  async #acquireGuard(incident: Incident): Promise<{ existing?: Incident }> {
    const key = guardKey(incident.target);
    for (let attempt = 0; attempt < GUARD_ATTEMPTS; attempt++) {
      const now = this.#table.clock.now().getTime();
      const item = { ...key, type: 'open-guard', incidentId: incident.id, at: now };
      const taken = await this.#table.put(
        item,
        { expression: 'attribute_not_exists(pk) OR incidentId = :id', values: { ':id': incident.id } },
        'take open-incident guard',
      );
      if (taken) return {};
      const guard = await this.#readGuard(incident.target);
      if (!guard) continue; // released meanwhile
      const holder = await this.get(guard.incidentId);
      if (holder && isOpenIncident(holder) && sameTarget(holder, incident)) return { existing: holder };
      if (!holder && now - guard.at < GUARD_GRACE_MS) continue; // its creator is still writing it
      const takenOver = await this.#table.put(
        item,
        { expression: 'incidentId = :stale', values: { ':stale': guard.incidentId } },
        'take over stale open-incident guard',
      );
      if (takenOver) return {};
    }
    throw new ConflictError(`another incident is being opened for ${workloadKey(incident.target)}; retry`);
  }

  async #releaseGuard(incident: Incident): Promise<void> {
    await this.#table.delete(
      guardKey(incident.target),
      { expression: 'incidentId = :id', values: { ':id': incident.id } },
      'release open-incident guard',
    );
  }

  /** After closing: free the workload and let the fingerprint pointers expire with the incident. */
  async #closed(incident: Incident): Promise<void> {
    await this.#releaseGuard(incident);
    const ttl = closedIncidentTtl(incident, this.#table.clock.now(), this.#closedDays);
    for (const fingerprint of incident.fingerprints) {
      await this.#table.set(
        fingerprintKey(fingerprint, incident),
        { ttl },
        { expression: 'attribute_exists(pk)' },
        'expire fingerprint pointer',
      );
    }
  }

  async #writeFingerprints(incident: Incident, fingerprints: readonly string[]): Promise<void> {
    for (const fingerprint of fingerprints) {
      await this.#table.put(
        { ...fingerprintKey(fingerprint, incident), type: 'fingerprint', incidentId: incident.id },
        undefined,
        'write fingerprint pointer',
      );
    }
  }
}

function sameTarget(a: Incident, b: Incident): boolean {
  return workloadKey(a.target) === workloadKey(b.target);
}
