import type { ProposalAuditLog, ProposalAuditRecord } from '../ports.ts';
import { ProposalAuditRecordSchema } from '../ports.ts';
import { DAY_MS, epochSeconds, parseInput, timeSortKey } from '../rules.ts';
import { PARTITIONS } from '../table-design.ts';
import { type DynamoTable, readData } from './table.ts';

/** Every record of every finding, for recency listings (`gsi1`). */
const RECENT = `${PARTITIONS.audit}PRS`;

/**
 * The pull-request audit trail on DynamoDB: one item per record under the finding's partition
 * (`AUDIT#PR#<finding>`, sorted by `<at>#<id>`), and in `gsi1` under `AUDIT#PRS` by time. Items
 * live under the audit prefix, so the same write permission and retention apply.
 */
export class DynamoProposalAuditLog implements ProposalAuditLog {
  readonly #table: DynamoTable;
  readonly #auditDays: number | undefined;

  constructor(table: DynamoTable, options: { auditDays?: number } = {}) {
    this.#table = table;
    this.#auditDays = options.auditDays;
  }

  async record(input: ProposalAuditRecord): Promise<void> {
    const record = parseInput(ProposalAuditRecordSchema, input, 'pull request audit record');
    const sortKey = timeSortKey(record.at, record.id);
    await this.#table.put(
      {
        pk: `${PARTITIONS.audit}PR#${record.finding}`,
        sk: sortKey,
        type: 'proposal-audit',
        data: record,
        gsi1pk: RECENT,
        gsi1sk: sortKey,
        ...(this.#auditDays === undefined
          ? {}
          : { ttl: epochSeconds(Date.parse(record.at) + this.#auditDays * DAY_MS) }),
      },
      { expression: 'attribute_not_exists(pk)' },
      'record pull request audit',
    );
  }

  async listForFinding(finding: string, options: { limit?: number } = {}): Promise<ProposalAuditRecord[]> {
    const limit = options.limit ?? 50;
    const items = await this.#table.query(
      { partition: `${PARTITIONS.audit}PR#${finding}`, descending: true, pageSize: limit },
      'list pull request audit of finding',
      (found) => found.length >= limit,
    );
    return this.#live(items.map((i) => readData(i, ProposalAuditRecordSchema))).slice(0, limit);
  }

  async listRecent(options: { since: Date; limit?: number }): Promise<ProposalAuditRecord[]> {
    const limit = options.limit ?? 100;
    const items = await this.#table.query(
      {
        index: 'gsi1',
        partition: RECENT,
        sort: { op: '>=', value: options.since.toISOString() },
        descending: true,
        pageSize: limit,
      },
      'list recent pull request audit',
      (found) => found.length >= limit,
    );
    return this.#live(items.map((i) => readData(i, ProposalAuditRecordSchema))).slice(0, limit);
  }

  /** Expired records are filtered on read: DynamoDB deletes them lazily. */
  #live(records: ProposalAuditRecord[]): ProposalAuditRecord[] {
    if (this.#auditDays === undefined) return records;
    const cutoff = this.#table.clock.now().getTime() - this.#auditDays * DAY_MS;
    return records.filter((r) => Date.parse(r.at) > cutoff);
  }
}
