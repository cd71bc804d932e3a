import type { Clock } from '@sre-agent/core';
import type { FindingScan, FindingScanOutcome, SecurityFindingStore, TrackedFinding } from '../ports.ts';
import { FindingScanSchema } from '../ports.ts';
import {
  compareTracked,
  DAY_MS,
  DEFAULT_CLOSED_FINDING_DAYS,
  dedupeScan,
  epochSeconds,
  findingRecordKey,
  parseInput,
} from '../rules.ts';

const copy = <T>(value: T): T => structuredClone(value);

/** Posture findings over time in memory (same behaviour as `DynamoSecurityFindingStore`). */
export class InMemorySecurityFindingStore implements SecurityFindingStore {
  readonly #clock: Clock;
  readonly #closedDays: number;
  readonly #records = new Map<string, { value: TrackedFinding; ttl?: number }>();
  constructor(options: { clock: Clock; closedFindingDays?: number | undefined }) {
    this.#clock = options.clock;
    this.#closedDays = options.closedFindingDays ?? DEFAULT_CLOSED_FINDING_DAYS;
  }

  async recordScan(input: FindingScan): Promise<FindingScanOutcome> {
    const scan = dedupeScan(parseInput(FindingScanSchema, input, 'finding scan'));
    const at = new Date(scan.at).toISOString();
    const outcome: FindingScanOutcome = { new: [], open: [], closed: [] };
    for (const finding of scan.seen) {
      const key = this.#key(scan.cluster, finding);
      const current = this.#live(key);
      if (current?.status === 'open') {
        const record = { ...current, finding: copy(finding), lastSeen: at };
        this.#records.set(key, { value: record });
        outcome.open.push(copy(record));
      } else {
        const record: TrackedFinding = {
          cluster: scan.cluster,
          finding: copy(finding),
          status: 'open',
          firstSeen: at,
          lastSeen: at,
        };
        this.#records.set(key, { value: record });
        outcome.new.push(copy(record));
      }
    }
    for (const closing of scan.closed) {
      const key = this.#key(scan.cluster, closing.finding);
      const current = this.#live(key);
      if (current?.status !== 'open') continue;
      const record: TrackedFinding = {
        ...current,
        status: closing.resolution,
        closedAt: at,
        ...(closing.reason === undefined ? {} : { reason: closing.reason }),
      };
      this.#records.set(key, {
        value: record,
        ttl: epochSeconds(Date.parse(at) + this.#closedDays * DAY_MS),
      });
      outcome.closed.push(copy(record));
    }
    outcome.new.sort(compareTracked);
    outcome.open.sort(compareTracked);
    outcome.closed.sort(compareTracked);
    return outcome;
  }

  async listOpen(cluster: string): Promise<TrackedFinding[]> {
    return [...this.#records.values()]
      .map((r) => r.value)
      .filter((r) => r.cluster === cluster && r.status === 'open')
      .map(copy)
      .sort(compareTracked);
  }

  async get(
    cluster: string,
    finding: Parameters<SecurityFindingStore['get']>[1],
  ): Promise<TrackedFinding | undefined> {
    const record = this.#live(this.#key(cluster, finding));
    return record ? copy(record) : undefined;
  }

  #key(cluster: string, finding: Parameters<typeof findingRecordKey>[0]): string {
    return `${cluster}\u0000${findingRecordKey(finding)}`;
  }

  #live(key: string): TrackedFinding | undefined {
    const entry = this.#records.get(key);
    if (!entry) return undefined;
    if (entry.ttl !== undefined && entry.ttl <= epochSeconds(this.#clock.now())) {
      this.#records.delete(key);
      return undefined;
    }
    return entry.value;
  }
}
