import type { Clock } from '@sre-agent/core';
import type { ProposalAuditLog, ProposalAuditRecord } from '../ports.ts';
import { ProposalAuditRecordSchema } from '../ports.ts';
import { DAY_MS, parseInput, timeSortKey } from '../rules.ts';

/** The pull-request audit trail in memory, with the same rules as `DynamoProposalAuditLog`. */
export class InMemoryProposalAuditLog implements ProposalAuditLog {
  readonly #records = new Map<string, ProposalAuditRecord>();
  readonly #clock: Clock;
  readonly #auditDays: number | undefined;

  constructor(options: { clock: Clock; auditDays?: number | undefined }) {
    this.#clock = options.clock;
    this.#auditDays = options.auditDays;
  }

  async record(input: ProposalAuditRecord): Promise<void> {
    const record = parseInput(ProposalAuditRecordSchema, input, 'pull request audit record');
    const key = `${record.finding}\n${timeSortKey(record.at, record.id)}`;
    if (!this.#records.has(key)) this.#records.set(key, structuredClone(record));
  }

  async listForFinding(finding: string, options: { limit?: number } = {}): Promise<ProposalAuditRecord[]> {
    return this.#newest((r) => r.finding === finding, options.limit ?? 50);
  }

  async listRecent(options: { since: Date; limit?: number }): Promise<ProposalAuditRecord[]> {
    const since = options.since.getTime();
    return this.#newest((r) => Date.parse(r.at) >= since, options.limit ?? 100);
  }

  #newest(keep: (r: ProposalAuditRecord) => boolean, limit: number): ProposalAuditRecord[] {
    const cutoff =
      this.#auditDays === undefined ? undefined : this.#clock.now().getTime() - this.#auditDays * DAY_MS;
    return [...this.#records.values()]
      .filter((r) => keep(r) && (cutoff === undefined || Date.parse(r.at) > cutoff))
      .sort((a, b) => timeSortKey(b.at, b.id).localeCompare(timeSortKey(a.at, a.id)))
      .slice(0, limit)
      .map((r) => structuredClone(r));
  }
}
