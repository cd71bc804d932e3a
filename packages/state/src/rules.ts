import { createHash } from 'node:crypto';
import type { AuditRecord, Incident, SecurityFinding } from '@sre-agent/core';
import {
  IncidentSchema,
  isOpenIncident,
  SECURITY_SEVERITIES,
  securityFindingKey,
  ValidationError,
  workloadKey,
} from '@sre-agent/core';
import * as z from 'zod';
import type { AuditStatus, FindingScan, SleepFilter, TrackedFinding } from './ports.ts';

/** Rules shared by the Dynamo adapters and the in-memory fakes, so both behave the same. */

export const DAY_MS = 86_400_000;
export const DEFAULT_CLOSED_INCIDENT_DAYS = 90;
/** A guard pointing at an incident that does not exist yet is in-flight for this long, then stale. */
export const GUARD_GRACE_MS = 60_000;
/** Statuses that count against the circuit breaker: the action ran or may have run. */
export const AUTONOMOUS_COUNTED: readonly AuditStatus[] = ['started', 'applied', 'failed'];

/** Parses our own input at the store boundary; a bad value is a caller bug, reported field by field. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ValidationError(`invalid ${what}:\n${z.prettifyError(parsed.error)}`, [
      z.prettifyError(parsed.error),
    ]);
  }
  return parsed.data;
}

/** Checks what an update's `mutate` returned and stamps the next version. */
export function nextIncident(current: Incident, next: Incident, expectedVersion: number): Incident {
  const parsed = parseInput(IncidentSchema, next, `incident update for ${current.id}`);
  if (parsed.id !== current.id) {
    throw new ValidationError(`incident update must not change the id (${current.id} → ${parsed.id})`);
  }
  if (workloadKey(parsed.target) !== workloadKey(current.target)) {
    throw new ValidationError(`incident update must not change the target of ${current.id}`);
  }
  if (Date.parse(parsed.openedAt) !== Date.parse(current.openedAt)) {
    throw new ValidationError(`incident update must not change openedAt of ${current.id}`);
  }
  if (!isOpenIncident(current) && isOpenIncident(parsed)) {
    throw new ValidationError(
      `incident ${current.id} is closed (closedAt ${current.closedAt}); open a new incident instead of reopening it`,
    );
  }
  return { ...parsed, version: expectedVersion + 1 };
}

/** Epoch seconds, the unit of DynamoDB's TTL attribute. */
export function epochSeconds(time: Date | number): number {
  return Math.floor((typeof time === 'number' ? time : time.getTime()) / 1000);
}

/** TTL of a closed incident: closing time plus the retention. */
export function closedIncidentTtl(incident: Incident, now: Date, days: number): number {
  const closed = incident.closedAt ? Date.parse(incident.closedAt) : now.getTime();
  return epochSeconds(closed + days * DAY_MS);
}

/** An ISO timestamp in one canonical form (UTC, milliseconds), so that it sorts as text. */
export function canonicalTime(iso: string): string {
  return new Date(iso).toISOString();
}

/** Sort key `<canonical time>#<id>`: chronological, unique. */
export function timeSortKey(iso: string, id: string): string {
  return `${canonicalTime(iso)}#${id}`;
}

export function isAutonomousCounted(record: AuditRecord): boolean {
  return record.actor === 'agent' && record.mode === 'auto' && AUTONOMOUS_COUNTED.includes(record.status);
}

/** Key of the workload an audit record is about, as written in the record. */
export function auditWorkloadKey(w: Pick<AuditRecord, 'cluster' | 'namespace' | 'workload'>): string {
  return `${w.cluster}/${w.namespace || '_'}/${w.workload}`;
}

export function assertPositive(value: number, what: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ValidationError(`${what} must be a positive number, got ${value}`);
  }
}

/** The sort-key prefix of a filter: `cluster/`, `cluster/namespace/`, or none. */
export function sleepPrefix(filter: SleepFilter): string | undefined {
  if (filter.namespace !== undefined && filter.cluster === undefined) {
    throw new ValidationError('a sleep record filter by namespace needs its cluster');
  }
  if (filter.cluster === undefined) return undefined;
  return filter.namespace === undefined ? `${filter.cluster}/` : `${filter.cluster}/${filter.namespace}/`;
}

/** Closed posture findings are kept this many days by default. */
export const DEFAULT_CLOSED_FINDING_DAYS = 30;

/**
 * The sort key of a tracked finding: a SHA-256 of its stable key, since the key's parts together
 * (names, container, Secret key) can exceed DynamoDB's 1 KiB sort-key limit.
 */
export function findingRecordKey(
  finding: Pick<SecurityFinding, 'id' | 'namespace' | 'kind' | 'name' | 'container' | 'key'>,
): string {
  return createHash('sha256').update(securityFindingKey(finding)).digest('hex');
}

/** The scan's seen findings, one per key (the last one wins), and its closings, one per key. */
export function dedupeScan(scan: FindingScan): FindingScan {
  const seen = new Map(scan.seen.map((f) => [findingRecordKey(f), f]));
  const closed = new Map(
    scan.closed
      .filter((c) => !seen.has(findingRecordKey(c.finding)))
      .map((c) => [findingRecordKey(c.finding), c]),
  );
  return { ...scan, seen: [...seen.values()], closed: [...closed.values()] };
}

/** Most severe first, then by place: the order `listOpen` and scan outcomes use. */
export function compareTracked(a: TrackedFinding, b: TrackedFinding): number {
  const x = a.finding;
  const y = b.finding;
  return (
    SECURITY_SEVERITIES.indexOf(x.severity) - SECURITY_SEVERITIES.indexOf(y.severity) ||
    x.namespace.localeCompare(y.namespace) ||
    x.kind.localeCompare(y.kind) ||
    x.name.localeCompare(y.name) ||
    x.id.localeCompare(y.id) ||
    (x.container ?? '').localeCompare(y.container ?? '') ||
    (x.key ?? '').localeCompare(y.key ?? '')
  );
}

/** Runs `work` over `items`, at most `limit` at a time, results in input order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
