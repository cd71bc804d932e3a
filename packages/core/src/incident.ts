import * as z from 'zod';
import {
  ActionRecordSchema,
  DetectionSourceSchema,
  IncidentStatusSchema,
  ModeSchema,
  SignalSchema,
  WorkloadRefSchema,
} from './domain.ts';
import { lazySchema } from './lazy-schema.ts';

const IsoDate = lazySchema(() => z.iso.datetime({ offset: true }));

export const DiagnosisSchema = lazySchema(() =>
  z.strictObject({
    /** Pattern catalog category, e.g. `memory`, `dependency`, `config`, `image`, `rollout`, `node`. */
    category: z.string().min(1),
    /** Human diagnosis, already redacted. */
    summary: z.string().min(1),
    confidence: z.number().min(0).max(1),
    /** Catalog pattern id, memory entry id or `bedrock` — where the diagnosis came from. */
    source: z.string().min(1),
    patternId: z.string().optional(),
  }),
);
export type Diagnosis = z.infer<typeof DiagnosisSchema>;

export const TimelineEntrySchema = lazySchema(() =>
  z.strictObject({
    at: IsoDate,
    kind: z.string().min(1),
    text: z.string(),
  }),
);
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** An action the agent proposed or took for an incident, as remembered on the incident. */
export const IncidentActionSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    action: ActionRecordSchema,
    /**
     * What the action was bound to when it was decided (the pod, node, cache, revision or limits of
     * this incident's own target), checked again right before the write. Shape per action kind.
     */
    binding: z.record(z.string(), z.unknown()).optional(),
    /** When a proposal stops being approvable. */
    expiresAt: IsoDate.optional(),
    /** Who approved or rejected it (`slack:U123`, `cli`). */
    decidedBy: z.string().max(200).optional(),
    status: z.enum([
      'proposed',
      'approved',
      'rejected',
      'dry-run-failed',
      'applied',
      'succeeded',
      'failed',
      'skipped',
      /** Bound or policy refused it (the reason says why); not tried again for this incident. */
      'refused',
      /** It would have changed nothing (a drain with nothing to evict, an empty cache). */
      'no-op',
      /** A proposal nobody approved in time. */
      'expired',
    ]),
    reason: z.string(),
    at: IsoDate,
  }),
);
export type IncidentAction = z.infer<typeof IncidentActionSchema>;

/**
 * A problem seen coming (the proactive observer): what fills, in how many minutes, the numbers
 * behind it and the catalog action proposed (`warn` when only a warning is due). When the time
 * passes without the limit reached, or the forecast goes away with nothing done, it was wrong:
 * `outcome` records that for tuning thresholds per workload.
 */
export const IncidentForecastSchema = lazySchema(() =>
  z.strictObject({
    resource: z.string().min(1).max(300),
    timeToLimitMinutes: z.number().nonnegative().nullable(),
    /** When the limit was predicted to be reached (the detection's time plus the time to limit). */
    dueAt: IsoDate.optional(),
    evidence: z.array(z.string().max(300)).max(8),
    action: z.strictObject({ kind: z.string().min(1).max(40), params: z.record(z.string(), z.unknown()) }),
    /**
     * The limit (bytes) the forecast counted down to, as the metrics reported it: a fix is bound only
     * while the live object still has it (absent on records from before it was kept).
     */
    limitBytes: z.number().positive().optional(),
    /** How the forecast turned out, once known. */
    outcome: z
      .strictObject({
        verdict: z.enum(['acted', 'came-true', 'wrong']),
        reason: z.string().max(300),
        at: IsoDate,
      })
      .optional(),
  }),
);
export type IncidentForecast = z.infer<typeof IncidentForecastSchema>;

/** One incident: a problem with one workload, from detection to resolution or escalation. */
export const IncidentSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    target: WorkloadRefSchema,
    signal: SignalSchema,
    status: IncidentStatusSchema,
    mode: ModeSchema,
    title: z.string(),
    sources: z.array(DetectionSourceSchema),
    /** Alertmanager fingerprints that feed this incident. */
    fingerprints: z.array(z.string()),
    openedAt: IsoDate,
    updatedAt: IsoDate,
    /**
     * Set when the incident is over. Escalated and observed incidents stay open (no `closedAt`)
     * until the workload recovers, so that a still-failing workload does not open a new incident
     * every minute.
     */
    closedAt: IsoDate.optional(),
    diagnosis: DiagnosisSchema.optional(),
    /** The first incident of this problem on this workload when it came back after a fix (same thread). */
    recurrenceOf: z.string().min(1).optional(),
    /** What it shares with other incidents when the cause is outside the workload, e.g. `dependency:db.internal`. */
    cause: z.string().max(300).optional(),
    /** The incident of the same cause it is grouped under: its messages join that thread and do not page. */
    groupedUnder: z.string().min(1).optional(),
    /** How many times the problem has occurred within the recurrence window, this time included. */
    occurrence: z.number().int().min(1).default(1),
    /** Fixes to try, in preference order, as diagnosed. */
    plan: z.array(ActionRecordSchema).default([]),
    /** The pod and container the problem was seen in, when known. */
    pod: z.string().optional(),
    container: z.string().optional(),
    /** GitOps controller that owns the workload (a direct fix would be reverted). */
    managedBy: z.enum(['Argo CD', 'Flux', 'an operator']).optional(),
    actions: z.array(IncidentActionSchema),
    /**
     * Set while verifying: when the fix was applied, and since when the workload has been healthy
     * (any container restart after `healthySince` starts the window again).
     */
    verification: z.strictObject({ startedAt: IsoDate, healthySince: IsoDate.optional() }).optional(),
    /** Memory entry that was recalled for this incident, if any. */
    recalled: z
      .strictObject({
        id: z.string(),
        score: z.number(),
        summary: z.string(),
        action: ActionRecordSchema.optional(),
      })
      .optional(),
    /** Redacted evidence digest kept for memory and humans (bounded). */
    evidence: z.string().max(20_000).optional(),
    /**
     * The Alertmanager alerts behind the incident (the newest of each name, at most three): name,
     * summary and description, redacted, and when each reached the agent. The diagnosis reads them
     * beside the pod's own evidence. Untrusted text.
     */
    alerts: z
      .array(z.strictObject({ name: z.string().max(256), text: z.string().max(2_000), firedAt: IsoDate }))
      .max(3)
      .optional(),
    /** For a forecast signal: what was seen coming, as the observer forecast it when the incident opened. */
    forecast: IncidentForecastSchema.optional(),
    notes: z.array(z.string()).default([]),
    timeline: z.array(TimelineEntrySchema),
    /** Chat thread references per notifier, e.g. `{ slack: '1717171717.000100' }`. */
    threads: z.record(z.string(), z.string()).default({}),
    /** Optimistic-concurrency version; every successful update increments it. */
    version: z.number().int().min(0),
  }),
);
export type Incident = z.infer<typeof IncidentSchema>;

/** An entry of the audit trail: every mutation (and every refusal) the agent made. */
export const AuditRecordSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().min(1),
    /** Idempotency key: the same key is never applied twice (e.g. `<incidentId>#<attempt>#<kind>`). */
    key: z.string().min(1),
    incidentId: z.string().optional(),
    cluster: z.string(),
    namespace: z.string(),
    workload: z.string(),
    action: ActionRecordSchema,
    /** Who decided: `agent`, `slack:<user>`, `cli`. */
    actor: z.string().min(1),
    reason: z.string(),
    mode: ModeSchema,
    status: z.enum(['started', 'dry-run-failed', 'applied', 'failed', 'refused']),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    result: z.string().optional(),
    at: IsoDate,
    finishedAt: IsoDate.optional(),
  }),
);
export type AuditRecord = z.infer<typeof AuditRecordSchema>;
