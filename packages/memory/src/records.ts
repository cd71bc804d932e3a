import { ActionRecordSchema } from '@sre-agent/core';
import * as z from 'zod';

export const OutcomeSchema = z.enum(['succeeded', 'failed']);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** What the healing pipeline (or a human) hands memory when an incident is resolved. */
export const MemoryRecordSchema = z.strictObject({
  cluster: z.string().min(1).default('default'),
  namespace: z.string(),
  workload: z.string().min(1),
  /** The observed signal (`CrashLoopBackOff`, `OOMKilled`, an alert name, ...). */
  signal: z.string().min(1),
  /** A log excerpt; redacted again before anything is stored or embedded. */
  log: z.string(),
  diagnosis: z.string().min(1),
  /** The catalog action (with its parameters) when the fix was one. */
  action: ActionRecordSchema.optional(),
  /** What was done, in words (always present: a human fix has no catalog action). */
  description: z.string().min(1),
  outcome: OutcomeSchema,
  /** When the incident happened (ISO-8601); defaults to the clock's now. */
  at: z.iso.datetime({ offset: true }).optional(),
  /** Keep this id (imports of past incidents keep theirs); one is generated otherwise. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/)
    .optional(),
});
export type MemoryRecord = z.input<typeof MemoryRecordSchema>;

/** One remembered problem-and-fix, with the outcomes of every time that fix was applied. */
export const MemoryEntrySchema = z.strictObject({
  id: z.string().min(1),
  cluster: z.string(),
  namespace: z.string(),
  workload: z.string(),
  signal: z.string(),
  signature: z.string(),
  /** Fingerprint lines (masked, redacted) used to tell the same problem from a near-miss. */
  identity: z.array(z.string()),
  support: z.array(z.strictObject({ template: z.string(), weight: z.number() })),
  fingerprintVersion: z.number().int(),
  /** What the identity lines are: the error's own text, or weaker evidence when the log had none. */
  identityTier: z.enum(['cause', 'symptom', 'context', 'frame']).default('cause'),
  /** Redacted log excerpt: the lines that carried evidence. */
  excerpt: z.string(),
  diagnosis: z.string(),
  action: ActionRecordSchema.optional(),
  description: z.string(),
  outcomes: z.strictObject({ succeeded: z.number().int().min(0), failed: z.number().int().min(0) }),
  lastOutcome: OutcomeSchema,
  /** When the problem was first solved with this fix, and when it was last seen. */
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** Workloads this problem was seen in (a problem is not tied to one workload). */
  workloads: z.array(z.string()),
});
export type MemoryEntry = z.infer<typeof MemoryEntrySchema>;

/** A new incident to match against memory. */
export const RecallQuerySchema = z.object({
  /** Restricts the search to one cluster's namespace of the index; all clusters when absent. */
  cluster: z.string().min(1).optional(),
  namespace: z.string().default(''),
  workload: z.string().default(''),
  signal: z.string().default(''),
  log: z.string(),
});
export type RecallQuery = z.input<typeof RecallQuerySchema>;

/** A past incident recalled for a new one: the same problem, with what was done and how it went. */
export type RecallMatch = {
  id: string;
  /** Similarity in [0, 1]; at or above the memory's threshold. */
  score: number;
  /** When the past incident happened (first seen with this fix). */
  at: string;
  lastSeen: string;
  cluster: string;
  namespace: string;
  workload: string;
  signal: string;
  signature: string;
  diagnosis: string;
  action?: z.infer<typeof ActionRecordSchema>;
  description: string;
  succeeded: number;
  failed: number;
  outcomes: { succeeded: number; failed: number };
  /**
   * `reuse`: the fix worked more often than not and last time: a candidate action (still through
   * the policy engine). `avoid`: it failed last time or more often than it worked: never retried blindly.
   */
  advice: 'reuse' | 'avoid';
};

/** One line of a past-incident import file (`memory import`); unknown fields are ignored. */
export const PastIncidentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'id must be 1-128 letters, digits, . _ : -'),
  cluster: z.string().min(1).default('default'),
  namespace: z.string().default(''),
  workload: z.string().default(''),
  signal: z.string().default(''),
  log: z.string(),
  diagnosis: z.string().default(''),
  /** What fixed it: words, or an object (a catalog action with its parameters, and/or a description). */
  fix: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  action: ActionRecordSchema.optional(),
  outcome: OutcomeSchema.default('succeeded'),
  at: z.iso.datetime({ offset: true }).optional(),
});
export type PastIncident = z.infer<typeof PastIncidentSchema>;

/** One line of a batch recall file (`memory recall --batch`); unknown fields are ignored. */
export const RecallBatchLineSchema = z.object({
  /** Echoed back as given (a string or a number). */
  qid: z.union([z.string().min(1), z.number()]),
  cluster: z.string().min(1).optional(),
  namespace: z.string().default(''),
  workload: z.string().default(''),
  signal: z.string().default(''),
  log: z.string(),
});
export type RecallBatchLine = z.infer<typeof RecallBatchLineSchema>;

/**
 * The memory record for an imported past incident. A `fix` in words is the description; a `fix`
 * object may be a catalog action (`{kind, ...}`) and may carry a `description`.
 */
export function pastIncidentToRecord(past: PastIncident): MemoryRecord {
  const fix = past.fix;
  const fixAction =
    typeof fix === 'object'
      ? ActionRecordSchema.safeParse(
          fix.action ?? Object.fromEntries(Object.entries(fix).filter(([k]) => k !== 'description')),
        )
      : undefined;
  const action = past.action ?? (fixAction?.success ? fixAction.data : undefined);
  const description =
    typeof fix === 'string'
      ? fix
      : typeof fix.description === 'string' && fix.description !== ''
        ? fix.description
        : JSON.stringify(fix);
  return {
    id: past.id,
    cluster: past.cluster,
    namespace: past.namespace,
    workload: past.workload || 'unknown',
    signal: past.signal || 'unknown',
    log: past.log,
    diagnosis: past.diagnosis || description,
    description,
    outcome: past.outcome,
    ...(action ? { action } : {}),
    ...(past.at ? { at: past.at } : {}),
  };
}
