import type { AuditRecord, Clock, Incident, WorkloadRef } from '@sre-agent/core';
import {
  AuditRecordSchema,
  ConflictError,
  IncidentSchema,
  isOpenIncident,
  NotFoundError,
  workloadKey,
} from '@sre-agent/core';
import type {
  AuditFinish,
  AuditStatus,
  AuditTrail,
  AuditWorkload,
  BeginAuditResult,
  BreakerState,
  ControlStore,
  CreateIncidentResult,
  DedupStore,
  HeldPage,
  IncidentStore,
  Lease,
  LeaseStore,
  PageDigest,
  PageHour,
  PageLedger,
  PauseState,
  RetentionOptions,
  SleepFilter,
  SleepRecord,
  SleepRef,
  SleepStore,
  StateStores,
} from '../ports.ts';
import {
  AuditFinishSchema,
  BreakerStateSchema,
  HeldPageSchema,
  MAX_HELD_PAGES,
  PauseStateSchema,
  SleepRecordSchema,
} from '../ports.ts';
import {
  assertPositive,
  auditWorkloadKey,
  closedIncidentTtl,
  DAY_MS,
  DEFAULT_CLOSED_INCIDENT_DAYS,
  epochSeconds,
  isAutonomousCounted,
  nextIncident,
  parseInput,
  sleepPrefix,
  timeSortKey,
} from '../rules.ts';

import { InMemoryProposalAuditLog } from './in-memory-proposal-audit.ts';

const copy = <T>(value: T): T => structuredClone(value);

/** A value with an optional expiry (epoch seconds, like DynamoDB's `ttl`). */
type Expiring<T> = { value: T; ttl?: number };

/** Incidents in memory, with the same rules as `DynamoIncidentStore` (one open incident per workload). */
export class InMemoryIncidentStore implements IncidentStore {
  readonly #clock: Clock;
  readonly #closedDays: number;
  readonly #incidents = new Map<string, Expiring<Incident>>();
  /** workloadKey → incident id of the open incident. */
  readonly #open = new Map<string, string>();

  constructor(options: { clock: Clock; closedIncidentDays?: number }) {
    this.#clock = options.clock;
    this.#closedDays = options.closedIncidentDays ?? DEFAULT_CLOSED_INCIDENT_DAYS;
  }

  async create(input: Incident): Promise<CreateIncidentResult> {
    const incident = parseInput(IncidentSchema, input, 'incident');
    if (this.#live(incident.id)) throw new ConflictError(`incident ${incident.id} already exists`);
    if (isOpenIncident(incident)) {
      // Check and take the workload without awaiting in between: that is what makes it atomic here.
      const existing = this.#openIncident(incident.target);
      if (existing) return { created: false, existing: copy(existing) };
      this.#open.set(workloadKey(incident.target), incident.id);
    }
    this.#store(incident);
    return { created: true, incident: copy(incident) };
  }

  async get(id: string): Promise<Incident | undefined> {
    const incident = this.#live(id);
    return incident ? copy(incident) : undefined;
  }

  async openFor(target: WorkloadRef): Promise<Incident | undefined> {
    const incident = this.#openIncident(target);
    return incident ? copy(incident) : undefined;
  }

  #openIncident(target: WorkloadRef): Incident | undefined {
    const id = this.#open.get(workloadKey(target));
    const incident = id ? this.#live(id) : undefined;
    return incident && isOpenIncident(incident) ? incident : undefined;
  }

  async update(
    id: string,
    expectedVersion: number,
    mutate: (current: Incident) => Incident,
  ): Promise<Incident> {
    const current = this.#live(id);
    if (!current) throw new NotFoundError(`incident ${id} does not exist`);
    if (current.version !== expectedVersion) {
      throw new ConflictError(`incident ${id} is at version ${current.version}, not ${expectedVersion}`);
    }
    const next = nextIncident(current, mutate(copy(current)), expectedVersion);
    if (this.#live(id)?.version !== expectedVersion) {
      throw new ConflictError(`incident ${id} changed concurrently; re-read and retry`);
    }
    this.#store(next);
    if (!isOpenIncident(next) && this.#open.get(workloadKey(next.target)) === id) {
      this.#open.delete(workloadKey(next.target));
    }
    return copy(next);
  }

  async listOpen(): Promise<Incident[]> {
    return this.#all().filter(isOpenIncident).sort(byOpened).map(copy);
  }

  async listRecent(options: { since: Date; limit?: number }): Promise<Incident[]> {
    const since = options.since.getTime();
    return this.#all()
      .filter((i) => Date.parse(i.openedAt) >= since)
      .sort(byOpened)
      .reverse()
      .slice(0, Math.max(0, options.limit ?? 50))
      .map(copy);
  }

  async findByFingerprint(fingerprint: string): Promise<Incident | undefined> {
    const found = this.#all()
      .filter((i) => i.fingerprints.includes(fingerprint))
      .sort(byOpened)
      .at(-1);
    return found ? copy(found) : undefined;
  }

  #store(incident: Incident): void {
    const ttl = !isOpenIncident(incident)
      ? closedIncidentTtl(incident, this.#clock.now(), this.#closedDays)
      : undefined;
    this.#incidents.set(incident.id, { value: copy(incident), ...(ttl ? { ttl } : {}) });
  }

  #live(id: string): Incident | undefined {
    const entry = this.#incidents.get(id);
    return entry && isLive(entry, this.#clock) ? entry.value : undefined;
  }

  #all(): Incident[] {
    return [...this.#incidents.values()].filter((e) => isLive(e, this.#clock)).map((e) => e.value);
  }
}

function byOpened(a: Incident, b: Incident): number {
  const ka = timeSortKey(a.openedAt, a.id);
  const kb = timeSortKey(b.openedAt, b.id);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function isLive(entry: { ttl?: number }, clock: Clock): boolean {
  return entry.ttl === undefined || entry.ttl > epochSeconds(clock.now());
}

/** The audit trail in memory, with the same idempotency rules as `DynamoAuditTrail`. */
export class InMemoryAuditTrail implements AuditTrail {
  readonly #clock: Clock;
  readonly #auditDays: number | undefined;
  /** idempotency key → record. */
  readonly #byKey = new Map<string, Expiring<AuditRecord>>();
  readonly #keyOfId = new Map<string, string>();

  constructor(options: { clock: Clock; auditDays?: number }) {
    this.#clock = options.clock;
    this.#auditDays = options.auditDays;
  }

  async begin(input: AuditRecord): Promise<BeginAuditResult> {
    const record = parseInput(AuditRecordSchema, input, 'audit record');
    const keyOfId = this.#keyOfId.get(record.id);
    if (keyOfId !== undefined && keyOfId !== record.key) {
      throw new ConflictError(`audit id ${record.id} is already used for another key`);
    }
    const existing = this.#record(record.key);
    if (existing) return { started: false, existing: copy(existing) };
    const ttl =
      this.#auditDays === undefined
        ? undefined
        : epochSeconds(Date.parse(record.at) + this.#auditDays * DAY_MS);
    this.#byKey.set(record.key, { value: copy(record), ...(ttl ? { ttl } : {}) });
    this.#keyOfId.set(record.id, record.key);
    return { started: true, record: copy(record) };
  }

  async finish(id: string, input: AuditFinish): Promise<AuditRecord> {
    const outcome = parseInput(AuditFinishSchema, input, 'audit outcome');
    const key = this.#keyOfId.get(id);
    const entry = key === undefined ? undefined : this.#byKey.get(key);
    if (!key || !entry || !isLive(entry, this.#clock) || entry.value.id !== id) {
      throw new NotFoundError(`audit record ${id} does not exist`);
    }
    if (entry.value.status !== 'started') {
      throw new ConflictError(`audit record ${id} already finished as ${entry.value.status}`);
    }
    const next = parseInput(
      AuditRecordSchema,
      {
        ...entry.value,
        status: outcome.status,
        ...(outcome.before !== undefined ? { before: outcome.before } : {}),
        ...(outcome.after !== undefined ? { after: outcome.after } : {}),
        ...(outcome.result !== undefined ? { result: outcome.result } : {}),
        finishedAt: outcome.finishedAt ?? this.#clock.now().toISOString(),
      },
      'audit record',
    );
    entry.value = copy(next);
    return copy(next);
  }

  async get(id: string): Promise<AuditRecord | undefined> {
    const key = this.#keyOfId.get(id);
    const record = key === undefined ? undefined : this.#record(key);
    return record?.id === id ? copy(record) : undefined;
  }

  async listForIncident(incidentId: string): Promise<AuditRecord[]> {
    return this.#sorted()
      .filter((r) => r.incidentId === incidentId)
      .map(copy);
  }

  async countAutonomousSince(cluster: string, since: Date): Promise<number> {
    return this.#sorted().filter(
      (r) => r.cluster === cluster && Date.parse(r.at) >= since.getTime() && isAutonomousCounted(r),
    ).length;
  }

  async lastForWorkload(
    workload: AuditWorkload,
    options: { statuses?: readonly AuditStatus[] } = {},
  ): Promise<AuditRecord | undefined> {
    const key = auditWorkloadKey(workload);
    const found = this.#sorted()
      .filter(
        (r) => auditWorkloadKey(r) === key && (!options.statuses || options.statuses.includes(r.status)),
      )
      .at(-1);
    return found ? copy(found) : undefined;
  }

  #record(key: string): AuditRecord | undefined {
    const entry = this.#byKey.get(key);
    return entry && isLive(entry, this.#clock) ? entry.value : undefined;
  }

  #sorted(): AuditRecord[] {
    return [...this.#byKey.values()]
      .filter((e) => isLive(e, this.#clock))
      .map((e) => e.value)
      .sort((a, b) => {
        const ka = timeSortKey(a.at, a.id);
        const kb = timeSortKey(b.at, b.id);
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
  }
}

/** Dedup claims in memory. */
export class InMemoryDedupStore implements DedupStore {
  readonly #clock: Clock;
  readonly #expiries = new Map<string, number>();
  constructor(options: { clock: Clock }) {
    this.#clock = options.clock;
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    assertPositive(ttlSeconds, 'dedup ttlSeconds');
    const now = this.#clock.now().getTime();
    const expiresAt = this.#expiries.get(key);
    if (expiresAt !== undefined && expiresAt > now) return false;
    this.#expiries.set(key, now + ttlSeconds * 1000);
    return true;
  }

  async confirm(key: string, ttlSeconds: number): Promise<void> {
    assertPositive(ttlSeconds, 'dedup ttlSeconds');
    this.#expiries.set(key, this.#clock.now().getTime() + ttlSeconds * 1000);
  }

  async release(key: string): Promise<void> {
    this.#expiries.delete(key);
  }
}

/** Leases in memory. */
export class InMemoryLeaseStore implements LeaseStore {
  readonly #clock: Clock;
  readonly #leases = new Map<string, { owner: string; expiresAt: number }>();
  constructor(options: { clock: Clock }) {
    this.#clock = options.clock;
  }

  async acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    assertPositive(ttlMs, 'lease ttlMs');
    const now = this.#clock.now().getTime();
    const current = this.#leases.get(name);
    if (current && current.expiresAt > now && current.owner !== owner) return false;
    this.#leases.set(name, { owner, expiresAt: now + ttlMs });
    return true;
  }

  async renew(name: string, owner: string, ttlMs: number): Promise<boolean> {
    assertPositive(ttlMs, 'lease ttlMs');
    const now = this.#clock.now().getTime();
    const current = this.#leases.get(name);
    if (!current || current.owner !== owner || current.expiresAt <= now) return false;
    current.expiresAt = now + ttlMs;
    return true;
  }

  async release(name: string, owner: string): Promise<boolean> {
    if (this.#leases.get(name)?.owner !== owner) return false;
    this.#leases.delete(name);
    return true;
  }

  async holder(name: string): Promise<Lease | undefined> {
    const current = this.#leases.get(name);
    if (!current || current.expiresAt <= this.#clock.now().getTime()) return undefined;
    return { name, owner: current.owner, expiresAt: new Date(current.expiresAt).toISOString() };
  }
}

const sleepKey = (ref: SleepRef) => `${ref.cluster}/${ref.namespace}/${ref.kind}/${ref.name}`;

/** Sleep records in memory. */
export class InMemorySleepStore implements SleepStore {
  readonly #records = new Map<string, SleepRecord>();

  async put(input: SleepRecord): Promise<{ stored: boolean; record: SleepRecord }> {
    const record = parseInput(SleepRecordSchema, input, 'sleep record');
    const existing = this.#records.get(sleepKey(record));
    if (existing) return { stored: false, record: copy(existing) };
    this.#records.set(sleepKey(record), copy(record));
    return { stored: true, record: copy(record) };
  }

  async get(ref: SleepRef): Promise<SleepRecord | undefined> {
    const record = this.#records.get(sleepKey(ref));
    return record ? copy(record) : undefined;
  }

  async list(filter: SleepFilter = {}): Promise<SleepRecord[]> {
    const prefix = sleepPrefix(filter);
    return [...this.#records.entries()]
      .filter(([key]) => !prefix || key.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, record]) => copy(record));
  }

  async delete(ref: SleepRef): Promise<boolean> {
    return this.#records.delete(sleepKey(ref));
  }
}

/** Kill switch and circuit breakers in memory. */
export class InMemoryControlStore implements ControlStore {
  readonly #clock: Clock;
  #pause: PauseState = { paused: false };
  readonly #breakers = new Map<string, BreakerState>();
  constructor(options: { clock: Clock }) {
    this.#clock = options.clock;
  }

  async getPause(): Promise<PauseState> {
    return copy(this.#pause);
  }

  async setPause(input: PauseState): Promise<void> {
    this.#pause = parseInput(PauseStateSchema, input, 'pause state');
  }

  async tripBreaker(input: BreakerState): Promise<void> {
    const state = parseInput(BreakerStateSchema, input, 'circuit breaker');
    this.#breakers.set(state.cluster, state);
  }

  async getBreaker(cluster: string): Promise<BreakerState | undefined> {
    const state = this.#breakers.get(cluster);
    return state && Date.parse(state.trippedUntil) > this.#clock.now().getTime() ? copy(state) : undefined;
  }

  async resetBreaker(cluster: string): Promise<void> {
    this.#breakers.delete(cluster);
  }
}

/** The paging budget in memory (same behaviour as `DynamoPageLedger`). */
export class InMemoryPageLedger implements PageLedger {
  readonly #clock: Clock;
  readonly #hours = new Map<
    string,
    { spent: number; held: HeldPage[]; overflow: number; digestedAt?: string }
  >();
  constructor(options: { clock: Clock }) {
    this.#clock = options.clock;
  }

  async spend(hour: PageHour, limit: number): Promise<boolean> {
    assertPositive(limit, 'page budget limit');
    const ledger = this.#ledger(hour);
    if (ledger.spent >= limit) return false;
    ledger.spent += 1;
    return true;
  }

  async hold(hour: PageHour, input: HeldPage): Promise<void> {
    const page = parseInput(HeldPageSchema, input, 'held page');
    const ledger = this.#ledger(hour);
    if (ledger.held.length < MAX_HELD_PAGES) ledger.held.push(page);
    else ledger.overflow += 1;
  }

  async hasPendingDigest(hour: PageHour): Promise<boolean> {
    const ledger = this.#hours.get(pageHourKey(hour));
    return ledger !== undefined && ledger.held.length > 0 && ledger.digestedAt === undefined;
  }

  async takeDigest(hour: PageHour): Promise<PageDigest | undefined> {
    const ledger = this.#hours.get(pageHourKey(hour));
    if (!ledger || ledger.held.length === 0 || ledger.digestedAt !== undefined) return undefined;
    ledger.digestedAt = this.#clock.now().toISOString();
    return { ...hour, held: copy(ledger.held), overflow: ledger.overflow };
  }

  #ledger(hour: PageHour) {
    const key = pageHourKey(hour);
    let ledger = this.#hours.get(key);
    if (!ledger) {
      ledger = { spent: 0, held: [], overflow: 0 };
      this.#hours.set(key, ledger);
    }
    return ledger;
  }
}

const pageHourKey = ({ cluster, hour }: PageHour) => `${cluster}\u0000${hour}`;

/**
 * Every store in memory, for unit tests of other packages (same behaviour as `createDynamoState`,
 * checked by the shared contract suites).
 */
export function createInMemoryState(options: { clock: Clock; retention?: RetentionOptions }): StateStores {
  const { clock } = options;
  return {
    incidents: new InMemoryIncidentStore({
      clock,
      closedIncidentDays: options.retention?.closedIncidentDays,
    }),
    audit: new InMemoryAuditTrail({ clock, auditDays: options.retention?.auditDays }),
    proposals: new InMemoryProposalAuditLog({ clock, auditDays: options.retention?.auditDays }),
    dedup: new InMemoryDedupStore({ clock }),
    leases: new InMemoryLeaseStore({ clock }),
    sleep: new InMemorySleepStore(),
    control: new InMemoryControlStore({ clock }),
    pages: new InMemoryPageLedger({ clock }),
  };
}
