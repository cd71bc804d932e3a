import { lazySchema } from '@sre-agent/core';
import * as z from 'zod';

/** What a forecast is about: each kind is one detector of the proactive observer. */
export const FORECAST_KINDS = [
  'memory-limit',
  'volume-full',
  'node-disk-full',
  'certificate-expiry',
  'hpa-at-max',
  'pdb-blocks-drain',
  'restart-rate',
  'slo-burn',
] as const;
export type ForecastKind = (typeof FORECAST_KINDS)[number];

/** At most this many evidence sentences, each at most this long (they quote untrusted names). */
export const MAX_EVIDENCE = 8;
export const MAX_EVIDENCE_LENGTH = 300;

/**
 * One problem seen coming: what fills (or expires, or blocks), on which workload, in how many
 * minutes (null when it is a state rather than a countdown, e.g. a PDB that blocks drains now),
 * the numbers behind it, and the catalog action proposed (`{ kind: 'warn', params: {} }` when only
 * a warning is due). `workload` is the owning workload's name, or the node's or Secret's name for
 * node and certificate kinds; `resource` names what fills (`memory of container app`, `pvc data-redis-0`).
 * `workloadKind` and `container`, when known, let a monitor build the action's target without guessing.
 * `limitBytes` is the memory limit a memory forecast counted down to.
 */
export const ForecastSchema = lazySchema(() =>
  z.strictObject({
    kind: z.enum(FORECAST_KINDS),
    namespace: z.string().max(253),
    workload: z.string().min(1).max(253),
    resource: z.string().min(1).max(300),
    timeToLimitMinutes: z.number().nonnegative().nullable(),
    evidence: z.array(z.string().max(MAX_EVIDENCE_LENGTH)).max(MAX_EVIDENCE),
    action: z.strictObject({
      kind: z.string().min(1).max(40),
      params: z.record(z.string(), z.unknown()),
    }),
    workloadKind: z.string().max(63).optional(),
    container: z.string().max(253).optional(),
    /** The limit (bytes) a memory forecast counted down to: its fix is bound only while the live limit is the same. */
    limitBytes: z.number().positive().optional(),
  }),
);
export type Forecast = z.infer<typeof ForecastSchema>;

/** The action of a forecast that only warns. */
export const WARN_ACTION = { kind: 'warn', params: {} } as const satisfies Forecast['action'];

/** Bounds evidence to what the schema allows: the first `MAX_EVIDENCE` sentences, each cut to length. */
export function boundEvidence(sentences: readonly string[]): string[] {
  return sentences
    .slice(0, MAX_EVIDENCE)
    .map((s) => (s.length > MAX_EVIDENCE_LENGTH ? `${s.slice(0, MAX_EVIDENCE_LENGTH - 1)}…` : s));
}

/** Soonest first; countdown-less forecasts (null) after every countdown, then by kind and name. */
export function compareForecasts(a: Forecast, b: Forecast): number {
  const ta = a.timeToLimitMinutes ?? Number.POSITIVE_INFINITY;
  const tb = b.timeToLimitMinutes ?? Number.POSITIVE_INFINITY;
  return (
    ta - tb ||
    a.kind.localeCompare(b.kind) ||
    a.namespace.localeCompare(b.namespace) ||
    a.workload.localeCompare(b.workload) ||
    a.resource.localeCompare(b.resource)
  );
}
