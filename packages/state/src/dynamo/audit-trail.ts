import type { AuditRecord } from '@sre-agent/core';
import { AuditRecordSchema, ConflictError, lazySchema, NotFoundError } from '@sre-agent/core';
import * as z from 'zod';
import type { AuditFinish, AuditStatus, AuditTrail, AuditWorkload, BeginAuditResult } from '../ports.ts';
import { AuditFinishSchema } from '../ports.ts';
import {
  auditWorkloadKey,
  DAY_MS,
  epochSeconds,
  isAutonomousCounted,
  parseInput,
  timeSortKey,
} from '../rules.ts';
import { PARTITIONS } from '../table-design.ts';
import { type DynamoTable, type Item, readData, readItem } from './table.ts';

const recordKey = (key: string) => ({ pk: `${PARTITIONS.audit}${key}`, sk: 'AUDIT' });
const idKey = (id: string) => ({ pk: `${PARTITIONS.auditId}${id}`, sk: 'AUDITID' });
const IdPointerSchema = lazySchema(() => z.object({ key: z.string().min(1) }));

/**
 * The audit trail on DynamoDB. A record lives under its idempotency key (`AUDIT#<key>`), written with
 * `attribute_not_exists`, so one conditional write decides whether an action may start. An id pointer
 * (`AUDITID#<id>` → key), written first, lets `finish(id)` find it; a dangling pointer is harmless.
 */
export class DynamoAuditTrail implements AuditTrail {
  readonly #table: DynamoTable;
  readonly #auditDays: number | undefined;

  constructor(table: DynamoTable, options: { auditDays?: number } = {}) {
    this.#table = table;
    this.#auditDays = options.auditDays;
  }

  async begin(input: AuditRecord): Promise<BeginAuditResult> {
    const record = parseInput(AuditRecordSchema, input, 'audit record');
    const ttl = this.#ttl(record);
    const pointed = await this.#table.put(
      { ...idKey(record.id), type: 'audit-id', key: record.key, ...ttl },
      {
        expression: 'attribute_not_exists(pk) OR #key = :key',
        names: { '#key': 'key' },
        values: { ':key': record.key },
      },
      'begin audit record',
    );
    if (!pointed) throw new ConflictError(`audit id ${record.id} is already used for another key`);
    const nowSeconds = epochSeconds(this.#table.clock.now());
    const started = await this.#table.put(
      this.#item(record),
      {
        expression: 'attribute_not_exists(pk) OR #ttl <= :now',
        names: { '#ttl': 'ttl' },
        values: { ':now': nowSeconds },
      },
      'begin audit record',
    );
    if (started) return { started: true, record };
    const existing = await this.#byKey(record.key);
    if (!existing) throw new ConflictError(`audit key ${record.key} changed concurrently; retry`);
    if (existing.id !== record.id) {
      await this.#table.delete(idKey(record.id), { expression: 'attribute_exists(pk)' }, 'drop audit id');
    }
    return { started: false, existing };
  }

  async finish(id: string, input: AuditFinish): Promise<AuditRecord> {
    const outcome = parseInput(AuditFinishSchema, input, 'audit outcome');
    const current = await this.get(id);
    if (!current) throw new NotFoundError(`audit record ${id} does not exist`);
    if (current.status !== 'started') {
      throw new ConflictError(`audit record ${id} already finished as ${current.status}`);
    }
    const next = parseInput(
      AuditRecordSchema,
      {
        ...current,
        status: outcome.status,
        ...(outcome.before !== undefined ? { before: outcome.before } : {}),
        ...(outcome.after !== undefined ? { after: outcome.after } : {}),
        ...(outcome.result !== undefined ? { result: outcome.result } : {}),
        finishedAt: outcome.finishedAt ?? this.#table.clock.now().toISOString(),
      },
      'audit record',
    );
    const written = await this.#table.put(
      this.#item(next),
      {
        expression: '#status = :started AND #id = :id',
        names: { '#status': 'status', '#id': 'id' },
        values: { ':started': 'started', ':id': id },
      },
      'finish audit record',
    );
    if (!written) throw new ConflictError(`audit record ${id} was finished concurrently`);
    return next;
  }

  async get(id: string): Promise<AuditRecord | undefined> {
    const pointer = await this.#table.get(idKey(id), 'get audit record');
    if (!pointer) return undefined;
    const record = await this.#byKey(readItem(pointer, IdPointerSchema).key);
    return record?.id === id ? record : undefined;
  }

  async listForIncident(incidentId: string): Promise<AuditRecord[]> {
    const items = await this.#table.query(
      { index: 'gsi3', partition: `AUDIT#I#${incidentId}` },
      'list audit records of incident',
    );
    return items.map((item) => readData(item, AuditRecordSchema));
  }

  async countAutonomousSince(cluster: string, since: Date): Promise<number> {
    const items = await this.#table.query(
      { index: 'gsi1', partition: `AUDIT#C#${cluster}`, sort: { op: '>=', value: since.toISOString() } },
      'count autonomous actions',
    );
    return items.map((item) => readData(item, AuditRecordSchema)).filter(isAutonomousCounted).length;
  }

  async lastForWorkload(
    workload: AuditWorkload,
    options: { statuses?: readonly AuditStatus[] } = {},
  ): Promise<AuditRecord | undefined> {
    const matches = (r: AuditRecord) => !options.statuses || options.statuses.includes(r.status);
    const items = await this.#table.query(
      { index: 'gsi2', partition: `AUDIT#W#${auditWorkloadKey(workload)}`, descending: true, pageSize: 25 },
      'last audit record of workload',
      (found) => found.some((item) => matches(readData(item, AuditRecordSchema))),
    );
    return items.map((item) => readData(item, AuditRecordSchema)).find(matches);
  }

  async #byKey(key: string): Promise<AuditRecord | undefined> {
    const item = await this.#table.get(recordKey(key), 'get audit record');
    return item ? readData(item, AuditRecordSchema) : undefined;
  }

  #ttl(record: AuditRecord): { ttl?: number } {
    if (this.#auditDays === undefined) return {};
    return { ttl: epochSeconds(Date.parse(record.at) + this.#auditDays * DAY_MS) };
  }

  #item(record: AuditRecord): Item {
    const sortKey = timeSortKey(record.at, record.id);
    return {
      ...recordKey(record.key),
      type: 'audit',
      id: record.id,
      status: record.status,
      data: record,
      gsi1pk: `AUDIT#C#${record.cluster}`,
      gsi1sk: sortKey,
      gsi2pk: `AUDIT#W#${auditWorkloadKey(record)}`,
      gsi2sk: sortKey,
      ...(record.incidentId ? { gsi3pk: `AUDIT#I#${record.incidentId}`, gsi3sk: sortKey } : {}),
      ...this.#ttl(record),
    };
  }
}
