import { lazySchema } from '@sre-agent/core';
import * as z from 'zod';
import type {
  BreakerState,
  ControlStore,
  DedupStore,
  Lease,
  LeaseStore,
  PauseState,
  SleepFilter,
  SleepRecord,
  SleepRef,
  SleepStore,
} from '../ports.ts';
import { BreakerStateSchema, PauseStateSchema, SleepRecordSchema } from '../ports.ts';
import { assertPositive, parseInput, sleepPrefix } from '../rules.ts';
import { PARTITIONS } from '../table-design.ts';
import { type DynamoTable, readData, readItem } from './table.ts';

const ttlOf = (expiresAtMs: number) => Math.ceil(expiresAtMs / 1000);

/** Dedup claims on DynamoDB: a conditional put that succeeds if the key is absent or expired. */
export class DynamoDedupStore implements DedupStore {
  readonly #table: DynamoTable;
  constructor(table: DynamoTable) {
    this.#table = table;
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    assertPositive(ttlSeconds, 'dedup ttlSeconds');
    const now = this.#table.clock.now().getTime();
    const expiresAt = now + ttlSeconds * 1000;
    return this.#table.put(
      { pk: `${PARTITIONS.dedup}${key}`, sk: 'DEDUP', type: 'dedup', expiresAt, ttl: ttlOf(expiresAt) },
      { expression: 'attribute_not_exists(pk) OR expiresAt <= :now', values: { ':now': now } },
      'claim dedup key',
    );
  }

  async confirm(key: string, ttlSeconds: number): Promise<void> {
    assertPositive(ttlSeconds, 'dedup ttlSeconds');
    const expiresAt = this.#table.clock.now().getTime() + ttlSeconds * 1000;
    await this.#table.put(
      { pk: `DEDUP#${key}`, sk: 'DEDUP', type: 'dedup', expiresAt, ttl: ttlOf(expiresAt) },
      undefined,
      'confirm dedup key',
    );
  }

  async release(key: string): Promise<void> {
    await this.#table.delete(
      { pk: `${PARTITIONS.dedup}${key}`, sk: 'DEDUP' },
      undefined,
      'release dedup key',
    );
  }
}

const LeaseItemSchema = lazySchema(() => z.object({ owner: z.string().min(1), expiresAt: z.number() }));
const leaseKey = (name: string) => ({ pk: `LEASE#${name}`, sk: 'LEASE' });

/** Leases on DynamoDB: conditional writes on the owner and the expiry time (milliseconds). */
export class DynamoLeaseStore implements LeaseStore {
  readonly #table: DynamoTable;
  constructor(table: DynamoTable) {
    this.#table = table;
  }

  async acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    assertPositive(ttlMs, 'lease ttlMs');
    const now = this.#table.clock.now().getTime();
    const expiresAt = now + ttlMs;
    return this.#table.put(
      { ...leaseKey(name), type: 'lease', owner, expiresAt, ttl: ttlOf(expiresAt) },
      {
        expression: 'attribute_not_exists(pk) OR expiresAt <= :now OR #owner = :owner',
        names: { '#owner': 'owner' },
        values: { ':now': now, ':owner': owner },
      },
      'acquire lease',
    );
  }

  async renew(name: string, owner: string, ttlMs: number): Promise<boolean> {
    assertPositive(ttlMs, 'lease ttlMs');
    const now = this.#table.clock.now().getTime();
    const expiresAt = now + ttlMs;
    return this.#table.set(
      leaseKey(name),
      { expiresAt, ttl: ttlOf(expiresAt) },
      {
        expression: '#owner = :owner AND expiresAt > :now',
        names: { '#owner': 'owner' },
        values: { ':now': now, ':owner': owner },
      },
      'renew lease',
    );
  }

  async release(name: string, owner: string): Promise<boolean> {
    return this.#table.delete(
      leaseKey(name),
      { expression: '#owner = :owner', names: { '#owner': 'owner' }, values: { ':owner': owner } },
      'release lease',
    );
  }

  async holder(name: string): Promise<Lease | undefined> {
    const item = await this.#table.get(leaseKey(name), 'read lease');
    if (!item) return undefined;
    const lease = readItem(item, LeaseItemSchema);
    if (lease.expiresAt <= this.#table.clock.now().getTime()) return undefined;
    return { name, owner: lease.owner, expiresAt: new Date(lease.expiresAt).toISOString() };
  }
}

const SLEEP_PARTITION = 'SLEEP';
const sleepKey = (ref: SleepRef) => ({
  pk: SLEEP_PARTITION,
  sk: `${ref.cluster}/${ref.namespace}/${ref.kind}/${ref.name}`,
});

/** Sleep records on DynamoDB, one partition (they are few), sorted by cluster/namespace/kind/name. */
export class DynamoSleepStore implements SleepStore {
  readonly #table: DynamoTable;
  constructor(table: DynamoTable) {
    this.#table = table;
  }

  async put(input: SleepRecord): Promise<{ stored: boolean; record: SleepRecord }> {
    const record = parseInput(SleepRecordSchema, input, 'sleep record');
    const stored = await this.#table.put(
      { ...sleepKey(record), type: 'sleep', data: record },
      { expression: 'attribute_not_exists(pk)' },
      'store sleep record',
    );
    if (stored) return { stored, record };
    const existing = await this.get(record);
    if (existing) return { stored: false, record: existing };
    return this.put(record); // deleted in between: try again
  }

  async get(ref: SleepRef): Promise<SleepRecord | undefined> {
    const item = await this.#table.get(sleepKey(ref), 'get sleep record');
    return item ? readData(item, SleepRecordSchema) : undefined;
  }

  async list(filter: SleepFilter = {}): Promise<SleepRecord[]> {
    const prefix = sleepPrefix(filter);
    const items = await this.#table.query(
      {
        partition: SLEEP_PARTITION,
        ...(prefix ? { sort: { op: 'begins_with', value: prefix } } : {}),
      },
      'list sleep records',
    );
    return items.map((item) => readData(item, SleepRecordSchema));
  }

  async delete(ref: SleepRef): Promise<boolean> {
    return this.#table.delete(sleepKey(ref), { expression: 'attribute_exists(pk)' }, 'delete sleep record');
  }
}

const PAUSE_KEY = { pk: PARTITIONS.control, sk: 'PAUSE' };
const breakerKey = (cluster: string) => ({ pk: PARTITIONS.control, sk: `BREAKER#${cluster}` });

/** The kill switch and circuit breakers on DynamoDB (last write wins: these are operator commands). */
export class DynamoControlStore implements ControlStore {
  readonly #table: DynamoTable;
  constructor(table: DynamoTable) {
    this.#table = table;
  }

  async getPause(): Promise<PauseState> {
    const item = await this.#table.get(PAUSE_KEY, 'read pause state');
    return item ? readData(item, PauseStateSchema) : { paused: false };
  }

  async setPause(input: PauseState): Promise<void> {
    const state = parseInput(PauseStateSchema, input, 'pause state');
    await this.#table.put({ ...PAUSE_KEY, type: 'pause', data: state }, undefined, 'set pause state');
  }

  async tripBreaker(input: BreakerState): Promise<void> {
    const state = parseInput(BreakerStateSchema, input, 'circuit breaker');
    await this.#table.put(
      {
        ...breakerKey(state.cluster),
        type: 'breaker',
        data: state,
        ttl: ttlOf(Date.parse(state.trippedUntil)),
      },
      undefined,
      'trip circuit breaker',
    );
  }

  async getBreaker(cluster: string): Promise<BreakerState | undefined> {
    const item = await this.#table.get(breakerKey(cluster), 'read circuit breaker');
    if (!item) return undefined;
    const state = readData(item, BreakerStateSchema);
    return Date.parse(state.trippedUntil) > this.#table.clock.now().getTime() ? state : undefined;
  }

  async resetBreaker(cluster: string): Promise<void> {
    await this.#table.delete(breakerKey(cluster), undefined, 'reset circuit breaker');
  }
}
