import * as z from 'zod';

/** How much autonomy the agent has in a namespace. */
export const ModeSchema = z.enum(['observe', 'suggest', 'auto']);
export type Mode = z.infer<typeof ModeSchema>;

export const WorkloadKindSchema = z.enum([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Pod',
  'Node',
]);
export type WorkloadKind = z.infer<typeof WorkloadKindSchema>;

/** The thing an incident is about: a workload (or a bare pod, or a node) in one cluster. */
export const WorkloadRefSchema = z.strictObject({
  cluster: z.string().min(1),
  namespace: z.string(), // '' for cluster-scoped objects (nodes)
  kind: WorkloadKindSchema,
  name: z.string().min(1),
});
export type WorkloadRef = z.infer<typeof WorkloadRefSchema>;

/** A stable string key for a workload, used for cooldowns, locks and dedup. */
export function workloadKey(ref: WorkloadRef): string {
  return `${ref.cluster}/${ref.namespace || '_'}/${ref.kind}/${ref.name}`;
}

/** What was observed: the reason Kubernetes or an alert gives for the trouble. */
export const SignalSchema = z.enum([
  'CrashLoopBackOff',
  'OOMKilled',
  'NodeNotReady',
  'NodePressure',
  'ErrImagePull',
  'ImagePullBackOff',
  'CreateContainerConfigError',
  'ProbeFailure',
  'Unschedulable',
  'Evicted',
  'JobFailed',
  'Alert',
]);
export type Signal = z.infer<typeof SignalSchema>;

/** Where a detection came from. */
export const DetectionSourceSchema = z.enum(['alertmanager', 'monitor', 'chat', 'security']);
export type DetectionSource = z.infer<typeof DetectionSourceSchema>;

/**
 * The incident lifecycle. `observed` ends an incident in observe mode (notified, nothing done).
 */
export const IncidentStatusSchema = z.enum([
  'detected',
  'diagnosed',
  'awaiting-approval',
  'remediating',
  'verifying',
  'resolved',
  'escalated',
  'observed',
]);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const TERMINAL_STATUSES: readonly IncidentStatus[] = ['resolved', 'escalated', 'observed'];

export function isTerminal(status: IncidentStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/**
 * Whether an incident still holds its workload: until `closedAt` is set. Escalated and observed
 * incidents stay open until the workload recovers, so a workload that keeps failing does not
 * open a new incident every minute.
 */
export function isOpenIncident(incident: { closedAt?: string | undefined }): boolean {
  return incident.closedAt === undefined;
}

/** Catalog action kinds: the only mutations the agent may ever perform. */
export const ActionKindSchema = z.enum([
  'restart-pod',
  'rollout-restart',
  'raise-memory-limit',
  'scale-up',
  'rollback',
  'flush-redis-cache',
  'cordon-drain-node',
  'escalate',
]);
export type ActionKind = z.infer<typeof ActionKindSchema>;

/** A catalog action with typed, bounded parameters. Anything else (model output included) is rejected. */
export const CatalogActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('restart-pod'), pod: z.string().min(1).optional() }),
  z.strictObject({ kind: z.literal('rollout-restart') }),
  z.strictObject({
    kind: z.literal('raise-memory-limit'),
    percent: z.number().int().min(1).max(100).default(20),
    container: z.string().min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('scale-up'), by: z.number().int().min(1).max(10).default(1) }),
  z.strictObject({ kind: z.literal('rollback') }),
  z.strictObject({ kind: z.literal('flush-redis-cache'), cache: z.string().min(1) }),
  z.strictObject({ kind: z.literal('cordon-drain-node'), node: z.string().min(1).optional() }),
  z.strictObject({ kind: z.literal('escalate'), reason: z.string().min(1).max(500) }),
]);
export type CatalogAction = z.infer<typeof CatalogActionSchema>;
