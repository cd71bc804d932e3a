import type { SecurityFinding } from '@sre-agent/core';
import type { FindingScan, FindingScanOutcome, SecurityFindingStore, TrackedFinding } from '../ports.ts';
import { FindingScanSchema, TrackedFindingSchema } from '../ports.ts';
import {
  compareTracked,
  DAY_MS,
  DEFAULT_CLOSED_FINDING_DAYS,
  dedupeScan,
  epochSeconds,
  findingRecordKey,
  mapBounded,
  parseInput,
} from '../rules.ts';
import { PARTITIONS } from '../table-design.ts';
import { type DynamoTable, readData } from './table.ts';

/** Writes in flight at once while recording a scan (a large cluster has thousands of findings). */
const PARALLEL_WRITES = 16;

const findingKey = (cluster: string, finding: Parameters<typeof findingRecordKey>[0]) => ({
  pk: `${PARTITIONS.securityFinding}${cluster}`,
  sk: findingRecordKey(finding),
});

/**
 * Posture findings over time on DynamoDB: one item per cluster and finding, its `status` also a
 * top-level attribute so that opening (put unless open), touching (update while open) and closing
 * (update while open) are single-item conditional writes, safe with two scans at once.
 */
export class DynamoSecurityFindingStore implements SecurityFindingStore {
  readonly #table: DynamoTable;
  readonly #closedDays: number;
  constructor(table: DynamoTable, options: { closedFindingDays?: number | undefined } = {}) {
    this.#table = table;
    this.#closedDays = options.closedFindingDays ?? DEFAULT_CLOSED_FINDING_DAYS;
  }

  async recordScan(input: FindingScan): Promise<FindingScanOutcome> {
    const scan = dedupeScan(parseInput(FindingScanSchema, input, 'finding scan'));
    const at = new Date(scan.at).toISOString();
    const outcome: FindingScanOutcome = { new: [], open: [], closed: [] };
    const seen = await mapBounded(scan.seen, PARALLEL_WRITES, (f) => this.#see(scan.cluster, f, at));
    for (const result of seen) outcome[result.kind].push(result.record);
    const closed = await mapBounded(scan.closed, PARALLEL_WRITES, (c) => this.#close(scan.cluster, c, at));
    for (const record of closed) if (record) outcome.closed.push(record);
    outcome.new.sort(compareTracked);
    outcome.open.sort(compareTracked);
    outcome.closed.sort(compareTracked);
    return outcome;
  }

  async listOpen(cluster: string): Promise<TrackedFinding[]> {
    const items = await this.#table.query(
      { partition: `${PARTITIONS.securityFinding}${cluster}` },
      'list open security findings',
    );
    return items
      .filter((item) => item.status === 'open')
      .map((item) => readData(item, TrackedFindingSchema))
      .sort(compareTracked);
  }

  async get(
    cluster: string,
    finding: Parameters<SecurityFindingStore['get']>[1],
  ): Promise<TrackedFinding | undefined> {
    const item = await this.#table.get(findingKey(cluster, finding), 'read security finding');
    return item ? readData(item, TrackedFindingSchema) : undefined;
  }

  async #see(
    cluster: string,
    finding: SecurityFinding,
    at: string,
  ): Promise<{ kind: 'new' | 'open'; record: TrackedFinding }> {
    const key = findingKey(cluster, finding);
    // Two rounds at most: a record closed between the two writes is opened anew by the second.
    for (let round = 0; round < 2; round++) {
      const record: TrackedFinding = { cluster, finding, status: 'open', firstSeen: at, lastSeen: at };
      const opened = await this.#table.put(
        { ...key, type: 'security-finding', status: 'open', data: record },
        {
          expression: 'attribute_not_exists(pk) OR #status <> :open',
          names: { '#status': 'status' },
          values: { ':open': 'open' },
        },
        'open security finding',
      );
      if (opened) return { kind: 'new', record };
      const touched = await this.#table.update(
        key,
        {
          expression: 'SET #data.lastSeen = :at, #data.finding = :finding',
          names: { '#data': 'data' },
          values: { ':at': at, ':finding': finding },
        },
        {
          expression: '#status = :open',
          names: { '#status': 'status' },
          values: { ':open': 'open' },
        },
        'touch security finding',
      );
      if (touched) return { kind: 'open', record: readData(touched, TrackedFindingSchema) };
    }
    throw new Error(`security finding ${key.sk} of ${cluster} kept changing while recording a scan`);
  }

  async #close(
    cluster: string,
    closing: FindingScan['closed'][number],
    at: string,
  ): Promise<TrackedFinding | undefined> {
    const closed = await this.#table.update(
      findingKey(cluster, closing.finding),
      {
        expression: `SET #status = :status, #data.#status = :status, #data.closedAt = :at, #ttl = :ttl${
          closing.reason === undefined ? '' : ', #data.reason = :reason'
        }`,
        names: { '#data': 'data', '#ttl': 'ttl' },
        values: {
          ':status': closing.resolution,
          ':at': at,
          ':ttl': epochSeconds(Date.parse(at) + this.#closedDays * DAY_MS),
          ...(closing.reason === undefined ? {} : { ':reason': closing.reason }),
        },
      },
      { expression: '#status = :open', names: { '#status': 'status' }, values: { ':open': 'open' } },
      'close security finding',
    );
    return closed ? readData(closed, TrackedFindingSchema) : undefined;
  }
}
