import { SignalSchema, WorkloadRefSchema } from '@sre-agent/core';
import * as z from 'zod';

const IsoDate = z.iso.datetime({ offset: true });

/** One container of the pod under diagnosis, flattened from `status.containerStatuses` and the spec. */
const BudgetText = z.string().max(160);

/** One memory budget a container's spec sets (see `ContainerSummary.memoryBudgets`). */
export const SpecMemoryBudgetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('sized'),
    setting: BudgetText,
    where: BudgetText,
    bytes: z.number().positive(),
  }),
  z.strictObject({ kind: z.literal('unbounded'), setting: BudgetText, where: BudgetText }),
  z.strictObject({
    kind: z.literal('per-worker'),
    setting: BudgetText,
    where: BudgetText,
    workers: z.number().int().positive(),
    bytesEach: z.number().positive(),
  }),
  z.strictObject({ kind: z.literal('auto-workers'), setting: BudgetText, where: BudgetText }),
]);
export type SpecMemoryBudget = z.infer<typeof SpecMemoryBudgetSchema>;

export const ContainerSummarySchema = z.strictObject({
  name: z.string(),
  image: z.string(),
  init: z.boolean(),
  ready: z.boolean(),
  restartCount: z.number().int().min(0),
  state: z.enum(['waiting', 'running', 'terminated', 'unknown']),
  /** Waiting or terminated reason of the current state, e.g. `CrashLoopBackOff`, `CreateContainerConfigError`. */
  reason: z.string().optional(),
  /** Waiting or terminated message of the current state (the kubelet puts the real error here). */
  message: z.string().optional(),
  exitCode: z.number().int().optional(),
  startedAt: IsoDate.optional(),
  /** `lastState.terminated`: how the previous instance of the container ended. */
  lastTerminated: z
    .strictObject({
      reason: z.string().optional(),
      exitCode: z.number().int(),
      signal: z.number().int().optional(),
      message: z.string().optional(),
      startedAt: IsoDate.optional(),
      finishedAt: IsoDate.optional(),
    })
    .optional(),
  resources: z
    .strictObject({
      limits: z.record(z.string(), z.string()).optional(),
      requests: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  /**
   * Runtime memory flags set in the spec (`-Xmx512m` in JAVA_TOOL_OPTIONS, `--max-old-space-size` in
   * NODE_OPTIONS or the args, `GOMEMLIMIT`): the flag and where it is, never another env value.
   */
  memoryFlags: z.array(z.strictObject({ flag: z.string(), where: z.string() })).optional(),
  /**
   * Memory-backed `emptyDir` volumes (tmpfs) the container mounts: what is written there counts
   * towards its memory limit and outlives a restart of the container.
   */
  memoryVolumes: z
    .array(z.strictObject({ volume: z.string(), path: z.string(), sizeLimit: z.string().optional() }))
    .optional(),
  /**
   * Memory budgets the spec's command line and env set for the server (memcached's `-m 6144`, Redis's
   * `--maxmemory`, Varnish's `-s malloc,6G`, a JVM's `-Xms`), bounds it lifts (Redis's
   * `--client-output-buffer-limit pubsub 0 0 0`), a pool's size times each worker's cap (PHP-FPM) and
   * worker counts that follow the node's CPUs (`--workers=auto`): the setting and where, never
   * another env value. See `spec-budgets.ts`.
   */
  memoryBudgets: z.array(SpecMemoryBudgetSchema).max(6).optional(),
  /**
   * Paths of the `emptyDir` volumes (any medium) the container mounts: their files outlive a restart
   * of the container, not a new pod (a stale lock file, a full /dev/shm).
   */
  scratchPaths: z.array(z.string()).max(8).optional(),
});
export type ContainerSummary = z.infer<typeof ContainerSummarySchema>;

/** A bounded tail of one container log. */
export const LogTailSchema = z.strictObject({
  container: z.string(),
  text: z.string(),
  lines: z.number().int().min(0),
  /** True when older lines were cut to respect the line or byte bound. */
  truncated: z.boolean(),
  /**
   * The first lines of the container instance's log, when the tail does not reach back to them:
   * the start-up error that the later cascade of errors buried (bounded like the tail).
   */
  head: z.string().optional(),
});
export type LogTail = z.infer<typeof LogTailSchema>;

export const EvidenceEventSchema = z.strictObject({
  /** `Kind/name` of the involved object, e.g. `Pod/web-7d9c-abcde`. */
  object: z.string(),
  /** The container the event is about (from `involvedObject.fieldPath`, e.g. `spec.containers{istio-proxy}`). */
  container: z.string().optional(),
  type: z.string(),
  reason: z.string(),
  message: z.string(),
  count: z.number().int().min(1),
  firstTimestamp: IsoDate.optional(),
  lastTimestamp: IsoDate.optional(),
  /**
   * Set on the events the agent makes of an incident's Alertmanager alerts (`gatherEvidence`): a
   * Kubernetes Event never carries it, whoever wrote it and whatever its reason says.
   */
  fromAlertmanager: z.literal(true).optional(),
});
export type EvidenceEvent = z.infer<typeof EvidenceEventSchema>;

export const ConditionSummarySchema = z.strictObject({
  type: z.string(),
  status: z.string(),
  reason: z.string().optional(),
  message: z.string().optional(),
  lastTransitionTime: IsoDate.optional(),
});
export type ConditionSummary = z.infer<typeof ConditionSummarySchema>;

export const NodeSummarySchema = z.strictObject({
  name: z.string(),
  /** Status of the `Ready` condition: `True`, `False` or `Unknown` (node stopped reporting). */
  ready: z.string(),
  unschedulable: z.boolean(),
  conditions: z.array(ConditionSummarySchema),
  taints: z.array(z.string()),
});
export type NodeSummary = z.infer<typeof NodeSummarySchema>;

const ResourcesSchema = z.strictObject({
  limits: z.record(z.string(), z.string()).optional(),
  requests: z.record(z.string(), z.string()).optional(),
});

/**
 * What one Deployment revision changed in the pod template compared with the revision before it.
 * Environment variable *names* only: values (and secrets) are never copied into evidence.
 */
export const RolloutChangesSchema = z.strictObject({
  image: z.array(z.strictObject({ container: z.string(), from: z.string(), to: z.string() })).optional(),
  env: z.array(z.strictObject({ container: z.string(), names: z.array(z.string()) })).optional(),
  resources: z
    .array(z.strictObject({ container: z.string(), from: ResourcesSchema, to: ResourcesSchema }))
    .optional(),
  /** Containers whose command or args changed. */
  command: z.array(z.string()).optional(),
  /** Containers whose liveness, readiness or startup probe changed. */
  probes: z.array(z.string()).optional(),
  /** Containers added to or removed from the template. */
  containers: z.array(z.string()).optional(),
  /** Pod template annotations that changed, e.g. `kubectl.kubernetes.io/restartedAt` for a rollout restart. */
  annotations: z.array(z.string()).optional(),
  /**
   * Changed annotations that stand for configuration (`checksum/config`, `checksum/secret`, a config
   * hash): the mounted or injected config changed, not just a restart.
   */
  config: z.array(z.string()).optional(),
  /**
   * Other settings that changed, pod-level (`serviceAccountName`, `securityContext`, `volumes`,
   * `nodeSelector`, ...) or per container (`app: securityContext`, `app: volumeMounts`, ...).
   */
  settings: z.array(z.string()).optional(),
  /** Secrets and ConfigMaps the new revision references and the previous one did not, e.g. `secret db-creds`. */
  references: z.array(z.string()).optional(),
});
export type RolloutChanges = z.infer<typeof RolloutChangesSchema>;

export const RevisionSummarySchema = z.strictObject({
  revision: z.number().int(),
  replicaSet: z.string(),
  /** When the ReplicaSet was created. */
  at: IsoDate.optional(),
  replicas: z.number().int().min(0),
  readyReplicas: z.number().int().min(0),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** A Deployment revision created inside the look-back window, with what it changed. */
export const RolloutSchema = RevisionSummarySchema.extend({
  changes: RolloutChangesSchema,
  /** The revision it replaced, when that ReplicaSet still exists. */
  previous: RevisionSummarySchema.optional(),
});
export type Rollout = z.infer<typeof RolloutSchema>;

export const OwnerLinkSchema = z.strictObject({
  kind: z.string(),
  name: z.string(),
  namespace: z.string(),
  uid: z.string().optional(),
});

/**
 * Everything diagnosis looks at for one incident. Plain data (serialisable, schema-checked when
 * read back), built by {@link gatherEvidence} and made safe to store or send by {@link redactEvidence}.
 */
export const EvidenceSchema = z.strictObject({
  signal: SignalSchema,
  target: WorkloadRefSchema,
  gatheredAt: IsoDate,
  /** The pod examined (the worst one of the workload), when there is one. */
  pod: z.string().optional(),
  /** The ReplicaSet that owns the pod, for Deployments: tells which revision is failing. */
  podReplicaSet: z.string().optional(),
  podCreatedAt: IsoDate.optional(),
  podPhase: z.string().optional(),
  /** Pod-level reason and message, e.g. `Evicted` / "The node was low on resource: memory." */
  podReason: z.string().optional(),
  podMessage: z.string().optional(),
  /** The container whose logs were read. */
  container: z.string().optional(),
  containers: z.array(ContainerSummarySchema),
  /** Pod conditions and, for Jobs, the Job's conditions (e.g. `Failed` / `BackoffLimitExceeded`). */
  conditions: z.array(ConditionSummarySchema),
  logs: z.strictObject({ current: LogTailSchema.optional(), previous: LogTailSchema.optional() }),
  events: z.array(EvidenceEventSchema),
  ownerChain: z.array(OwnerLinkSchema),
  /** Deployment revisions created in the look-back window, newest first. */
  rollouts: z.array(RolloutSchema),
  /** The node the pod runs on, or the node under diagnosis. */
  node: NodeSummarySchema.optional(),
  /** Earliest sign of trouble seen (first warning event, or last crash), when known. */
  firstFailureAt: IsoDate.optional(),
  /**
   * When `firstFailureAt` is unknown (a running pod whose log was cut): the earliest error the log
   * still shows. The failure began by then, at a time the evidence cannot tell.
   */
  failingBy: IsoDate.optional(),
  /** A `kubectl describe`-like text for humans and for the reasoner. */
  describe: z.string(),
  /** What could not be gathered, and why (evidence is best-effort: a missing log is not fatal). */
  gaps: z.array(z.string()),
  redacted: z.boolean(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Evidence that went through {@link redactEvidence}: the only kind that may be stored or sent. */
export type RedactedEvidence = Evidence & { readonly redacted: true };
