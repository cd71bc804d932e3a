import type { AuditRecord, Incident, WorkloadRef } from '@sre-agent/core';
import { AuditRecordSchema, lazySchema, WorkloadKindSchema } from '@sre-agent/core';
import * as z from 'zod';

const IsoDate = lazySchema(() => z.iso.datetime({ offset: true }));

/** The outcome of `IncidentStore.create`: either stored, or the workload already has an open incident. */
export type CreateIncidentResult =
  | { created: true; incident: Incident }
  | { created: false; existing: Incident };

/**
 * Incidents, with at most ONE open incident per workload, guaranteed under concurrency. "Open" is core's
 * `isOpenIncident`: no `closedAt` (escalated and observed incidents stay open until the workload recovers).
 * Versions give optimistic concurrency: every successful `update` increments `version`.
 */
export interface IncidentStore {
  /**
   * Stores a new incident. If it is open (no `closedAt`) and its workload already has an open incident,
   * nothing is stored and `{ created: false, existing }` comes back.
   * @throws ConflictError if the id exists, or if another creation for the same workload is in flight
   *   (re-read with `openFor` and retry).
   */
  create(incident: Incident): Promise<CreateIncidentResult>;
  get(id: string): Promise<Incident | undefined>;
  /** The open incident of a workload, if any. */
  openFor(target: WorkloadRef): Promise<Incident | undefined>;
  /**
   * Replaces an incident with `mutate(current)` if its version is still `expectedVersion`; the stored
   * version becomes `expectedVersion + 1`. Setting `closedAt` closes the incident and frees its workload;
   * a closed incident expires after the retention period.
   * @throws NotFoundError if it does not exist; ConflictError if the version moved on (re-read, retry).
   * @throws ValidationError if `mutate` changes the id, target or openedAt, removes `closedAt`, or returns
   *   something that is not a valid incident.
   */
  update(id: string, expectedVersion: number, mutate: (current: Incident) => Incident): Promise<Incident>;
  /** Every open incident, oldest first. */
  listOpen(): Promise<Incident[]>;
  /** Incidents opened at or after `since`, newest first, at most `limit` (default 50). */
  listRecent(options: { since: Date; limit?: number }): Promise<Incident[]>;
  /** The newest incident fed by an Alertmanager fingerprint. */
  findByFingerprint(fingerprint: string): Promise<Incident | undefined>;
}

export type AuditStatus = AuditRecord['status'];
export const AuditStatusSchema = lazySchema(() => AuditRecordSchema.shape.status);

/** The outcome of `AuditTrail.begin`: the idempotency key was fresh, or it was already used. */
export type BeginAuditResult =
  | { started: true; record: AuditRecord }
  | { started: false; existing: AuditRecord };

/** How an audited action ended. */
export const AuditFinishSchema = lazySchema(() =>
  z.strictObject({
    status: z.enum(['applied', 'failed', 'dry-run-failed', 'refused']),
    /** The object before the change, when only the action itself could read it. */
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    result: z.string().optional(),
    /** Defaults to the store's clock. */
    finishedAt: IsoDate.optional(),
  }),
);
export type AuditFinish = z.infer<typeof AuditFinishSchema>;

/** The workload an audit record is about, exactly as written in the record. */
export type AuditWorkload = Pick<AuditRecord, 'cluster' | 'namespace' | 'workload'>;

/** The audit trail: every mutation (and refusal), each idempotency key applied at most once. */
export interface AuditTrail {
  /** Records the start of an action; the same `key` never starts twice. */
  begin(record: AuditRecord): Promise<BeginAuditResult>;
  /**
   * Records how a started action ended.
   * @throws NotFoundError if there is no such record; ConflictError if it is no longer `started`.
   */
  finish(id: string, outcome: AuditFinish): Promise<AuditRecord>;
  get(id: string): Promise<AuditRecord | undefined>;
  /** The records of one incident, oldest first. */
  listForIncident(incidentId: string): Promise<AuditRecord[]>;
  /**
   * Autonomous actions (actor `agent`, mode `auto`, status started/applied/failed) on a cluster since
   * a time: what the circuit breaker counts.
   */
  countAutonomousSince(cluster: string, since: Date): Promise<number>;
  /** The newest record for a workload, optionally only among some statuses (for cooldowns). */
  lastForWorkload(
    workload: AuditWorkload,
    options?: { statuses?: readonly AuditStatus[] },
  ): Promise<AuditRecord | undefined>;
}

/**
 * What happened to one pull request (or local proposal) of the GitOps enforcer: every one it
 * opened, updated or left alone, and every one it skipped with why. Pull requests change Git, not
 * the cluster, so they are a kind of their own beside the actions' records.
 */
export const ProposalAuditRecordSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().min(1).max(100),
    /** The finding key: one branch and one pull request per key. */
    finding: z.string().min(1).max(300),
    branch: z.string().min(1).max(300),
    /** `github`, or `local` (a branch and description file in a local repository). */
    host: z.string().min(1).max(40),
    /** `owner/name` on GitHub, or the local repository's directory. */
    repository: z.string().min(1).max(500),
    status: z.enum(['opened', 'updated', 'unchanged', 'skipped', 'not-in-git', 'invalid']),
    /** Why nothing was written (skipped, not-in-git, invalid). */
    reason: z.string().max(2000).optional(),
    url: z.string().max(2000).optional(),
    draft: z.boolean(),
    files: z.array(z.string().max(500)).max(50),
    /** What asked for it: the scheduled sweep, a live fix of an incident, or the CLI. */
    trigger: z.enum(['sweep', 'incident', 'cli']),
    incidentId: z.string().max(100).optional(),
    cluster: z.string().max(100).optional(),
    at: IsoDate,
  }),
);
export type ProposalAuditRecord = z.infer<typeof ProposalAuditRecordSchema>;

/** The audit trail of the GitOps enforcer's pull requests: append-only, newest first on read. */
export interface ProposalAuditLog {
  record(entry: ProposalAuditRecord): Promise<void>;
  /** The records of one finding key, newest first, at most `limit` (default 50). */
  listForFinding(finding: string, options?: { limit?: number }): Promise<ProposalAuditRecord[]>;
  /** Records at or after `since`, newest first, at most `limit` (default 100). */
  listRecent(options: { since: Date; limit?: number }): Promise<ProposalAuditRecord[]>;
}

/**
 * Dedup keys (e.g. Alertmanager `fingerprint+startsAt`): the first claim within the TTL wins.
 * Claim with a short TTL, then `confirm` once the claimed work is handed on: a receiver that dies
 * in between leaves a claim that soon expires, so the retry is not taken for a duplicate.
 */
export interface DedupStore {
  /** True if this is the first claim of `key` within `ttlSeconds`; expired claims count as absent. */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  /**
   * The claimed work was handed on: the key now stays claimed for `ttlSeconds` from now (also when
   * the short claim had already expired, since the work is on its way all the same).
   */
  confirm(key: string, ttlSeconds: number): Promise<void>;
  /** Gives a claim back (the claimed work could not be handed on), so that a retry is not a duplicate. */
  release(key: string): Promise<void>;
}

export const LeaseSchema = lazySchema(() =>
  z.strictObject({
    name: z.string().min(1),
    owner: z.string().min(1),
    expiresAt: IsoDate,
  }),
);
export type Lease = z.infer<typeof LeaseSchema>;

/** Named leases (locks with expiry): one owner at a time, expired leases can be taken. */
export interface LeaseStore {
  /** True if `owner` now holds the lease (it was free, expired, or already held by `owner`). */
  acquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends a lease that `owner` still holds; false if it expired or is held by someone else. */
  renew(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Frees a lease held by `owner`; false if `owner` did not hold it. */
  release(name: string, owner: string): Promise<boolean>;
  /** The current, unexpired holder. */
  holder(name: string): Promise<Lease | undefined>;
}

/**
 * A workload the cost pillar put to sleep, with what is needed to restore it exactly: the replicas
 * of a Deployment or StatefulSet scaled to zero, or the `suspend` flag of a CronJob it suspended.
 * Written before anything is changed; removed only after the workload was restored.
 */
export const SleepRecordSchema = lazySchema(() =>
  z
    .strictObject({
      cluster: z.string().min(1),
      namespace: z.string().min(1),
      kind: WorkloadKindSchema.extract(['Deployment', 'StatefulSet', 'CronJob']),
      name: z.string().min(1),
      /** Replicas before sleeping (Deployments, StatefulSets): what waking restores. */
      replicas: z.number().int().min(0).optional(),
      /** `spec.suspend` before sleeping (CronJobs): what waking restores. */
      suspend: z.boolean().optional(),
      /**
       * `metadata.generation` when the record was written: sleeping raises it by one, so a higher
       * one at wake time means someone changed the spec during the night.
       */
      generation: z.number().int().min(0).optional(),
      /** The object's uid, so a workload deleted and re-created during sleep is not taken for it. */
      uid: z.string().min(1).optional(),
      sleptAt: IsoDate,
      /** The schedule that put it to sleep, e.g. `nights`, or `cli` for `sre-agent cost sleep`. */
      schedule: z.string().min(1),
    })
    .refine((r) => (r.kind === 'CronJob' ? r.suspend !== undefined : r.replicas !== undefined), {
      message: 'a CronJob records `suspend`, a Deployment or StatefulSet records `replicas`',
    }),
);
export type SleepRecord = z.infer<typeof SleepRecordSchema>;
export type SleepRef = Pick<SleepRecord, 'cluster' | 'namespace' | 'kind' | 'name'>;

/** Which sleep records to list: all, one cluster's, or one namespace of a cluster. */
export type SleepFilter = { cluster?: string; namespace?: string };

/** Sleep records. `put` never overwrites, so sleeping twice cannot lose the original replica count. */
export interface SleepStore {
  /** Stores a record unless one exists for the workload; returns the stored (or existing) record. */
  put(record: SleepRecord): Promise<{ stored: boolean; record: SleepRecord }>;
  get(ref: SleepRef): Promise<SleepRecord | undefined>;
  /**
   * All records, those of one cluster, or of one namespace (`namespace` needs `cluster`), sorted
   * by cluster, namespace, kind, name.
   */
  list(filter?: SleepFilter): Promise<SleepRecord[]>;
  /** Removes a record (after waking); true if it existed. */
  delete(ref: SleepRef): Promise<boolean>;
}

/** The global kill switch (`/sre pause`). */
export const PauseStateSchema = lazySchema(() =>
  z.strictObject({
    paused: z.boolean(),
    by: z.string().min(1).optional(),
    at: IsoDate.optional(),
    reason: z.string().optional(),
  }),
);
export type PauseState = z.infer<typeof PauseStateSchema>;

/** A tripped circuit breaker: no autonomous action on the cluster until `trippedUntil`. */
export const BreakerStateSchema = lazySchema(() =>
  z.strictObject({
    cluster: z.string().min(1),
    trippedUntil: IsoDate,
    reason: z.string(),
    at: IsoDate,
  }),
);
export type BreakerState = z.infer<typeof BreakerStateSchema>;

/** Control state: the kill switch and per-cluster circuit breakers. */
export interface ControlStore {
  /** The pause state; `{ paused: false }` if never set. */
  getPause(): Promise<PauseState>;
  setPause(state: PauseState): Promise<void>;
  tripBreaker(state: BreakerState): Promise<void>;
  /** The breaker of a cluster if it is tripped now (an expired trip counts as absent). */
  getBreaker(cluster: string): Promise<BreakerState | undefined>;
  resetBreaker(cluster: string): Promise<void>;
}

/** A page held back because its cluster spent its hourly budget: a line of that hour's digest. */
export const HeldPageSchema = lazySchema(() =>
  z.strictObject({
    threadKey: z.string().min(1).max(200),
    title: z.string().max(300),
    text: z.string().max(600),
    /** What the page asked for, e.g. `escalated` or `awaiting approval`. */
    status: z.string().max(60),
    at: IsoDate,
  }),
);
export type HeldPage = z.infer<typeof HeldPageSchema>;

/** One cluster-hour of paging: `2026-12-02T13` for 13:00–13:59 UTC. */
export type PageHour = { cluster: string; hour: string };

/** The pages of an hour that were held back, as a digest takes them (once). */
export type PageDigest = PageHour & {
  held: HeldPage[];
  /** Held pages beyond the stored ones (the digest keeps the first `MAX_HELD_PAGES`). */
  overflow: number;
};

/** The most held pages one cluster-hour keeps word for word; the rest are only counted. */
export const MAX_HELD_PAGES = 25;

/**
 * The paging budget: how many pages each cluster sent in an hour, the pages held back once the
 * budget is spent, and the digest that later sums them up, sent once even with several workers.
 */
export interface PageLedger {
  /** Counts one page against the cluster-hour's budget; false (nothing counted) once `limit` pages were sent. */
  spend(hour: PageHour, limit: number): Promise<boolean>;
  /** Keeps a page for the hour's digest (beyond `MAX_HELD_PAGES`, only counts it). */
  hold(hour: PageHour, page: HeldPage): Promise<void>;
  /** Whether the hour has held pages that no digest has taken yet (a read, no write). */
  hasPendingDigest(hour: PageHour): Promise<boolean>;
  /** Takes the hour's held pages for its digest: exactly one caller gets them, later ones get undefined. */
  takeDigest(hour: PageHour): Promise<PageDigest | undefined>;
}

/** Every store of the state package, as built by `createDynamoState` or `createInMemoryState`. */
export type StateStores = {
  incidents: IncidentStore;
  audit: AuditTrail;
  proposals: ProposalAuditLog;
  dedup: DedupStore;
  leases: LeaseStore;
  sleep: SleepStore;
  control: ControlStore;
  pages: PageLedger;
};

/** Retention of items that expire, in days. */
export type RetentionOptions = {
  /** Closed incidents (and their fingerprint pointers) expire this long after closing. Default 90. */
  closedIncidentDays?: number;
  /** Audit records expire this long after they start; undefined (default) keeps them forever. */
  auditDays?: number;
};
