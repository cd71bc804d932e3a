import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

/** How much autonomy the agent has in a namespace. */
export const ModeSchema = lazySchema(() => z.enum(['observe', 'suggest', 'auto']));
export type Mode = z.infer<typeof ModeSchema>;

export const WorkloadKindSchema = lazySchema(() =>
  z.enum(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'Node', 'Namespace']),
);
export type WorkloadKind = z.infer<typeof WorkloadKindSchema>;

/** The thing an incident is about: a workload (or a bare pod, or a node) in one cluster. */
export const WorkloadRefSchema = lazySchema(() =>
  z.strictObject({
    cluster: z.string().min(1),
    namespace: z.string(), // '' for cluster-scoped objects (nodes)
    kind: WorkloadKindSchema,
    name: z.string().min(1),
  }),
);
export type WorkloadRef = z.infer<typeof WorkloadRefSchema>;

/** A stable string key for a workload, used for cooldowns, locks and dedup. */
export function workloadKey(ref: WorkloadRef): string {
  return `${ref.cluster}/${ref.namespace || '_'}/${ref.kind}/${ref.name}`;
}

/** What was observed: the reason Kubernetes or an alert gives for the trouble. */
export const SignalSchema = lazySchema(() =>
  z.enum([
    'CrashLoopBackOff',
    'OOMKilled',
    'NodeNotReady',
    'NodePressure',
    'ErrImagePull',
    'ImagePullBackOff',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
    'FailedMount',
    'InitContainerStuck',
    'ProbeFailure',
    'Unschedulable',
    'Evicted',
    'JobFailed',
    'Alert',
    /** A runtime threat (GuardDuty Runtime Monitoring, Falco) in one pod: the security guardian's quarantine. */
    'RuntimeThreat',
    /** The proactive observer: a container's working set will reach its memory limit within the horizon. */
    'MemoryLimitForecast',
    /** The proactive observer: a PersistentVolumeClaim will be full within the horizon. */
    'VolumeFillingForecast',
  ]),
);
export type Signal = z.infer<typeof SignalSchema>;

/** Where a detection came from. */
export const DetectionSourceSchema = lazySchema(() =>
  z.enum(['alertmanager', 'monitor', 'chat', 'security']),
);
export type DetectionSource = z.infer<typeof DetectionSourceSchema>;

/**
 * The incident lifecycle. `observed` ends an incident in observe mode (notified, nothing done).
 */
export const IncidentStatusSchema = lazySchema(() =>
  z.enum([
    'detected',
    'diagnosed',
    'awaiting-approval',
    'remediating',
    'verifying',
    'resolved',
    'escalated',
    'observed',
    /** The fix contained the damage but the symptom remains (a drained NotReady node): a human must finish. */
    'mitigated',
  ]),
);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const TERMINAL_STATUSES: readonly IncidentStatus[] = [
  'resolved',
  'escalated',
  'observed',
  'mitigated',
];

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

/**
 * The name of a catalog action kind, e.g. `raise-memory-limit`. Which kinds exist, what their
 * parameters mean and how they run is the action registry's (`@sre-agent/healing`); core only
 * knows the shape, so that stored records and config can be validated without it.
 */
export const ActionKindNameSchema = lazySchema(() =>
  z
    .string()
    .max(40)
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a lower-case action name such as raise-memory-limit'),
);

const ActionParamSchema = lazySchema(() => z.union([z.string().max(500), z.number(), z.boolean()]));

/**
 * A catalog action as stored on incidents, audit records and memory: a kind and bounded scalar
 * parameters. The action registry parses a record into a typed action before anything runs,
 * so a stored record can never run an action the registry does not know.
 */
export const ActionRecordSchema = lazySchema(() =>
  z.object({ kind: ActionKindNameSchema }).catchall(ActionParamSchema),
);
export type ActionRecord = z.infer<typeof ActionRecordSchema>;
