import * as z from 'zod';
import { NodeGroupSpecSchema } from '../engine/node-group-spec.ts';
import { BehaviourProfileSchema } from '../engine/profiles.ts';

/** A Kubernetes object in a scenario, as it would be applied (`apiVersion`, `kind`, `metadata`, ...). */
export const ManifestSchema = z.looseObject({
  apiVersion: z.string().min(1),
  kind: z.string().min(1),
  metadata: z.looseObject({ name: z.string().min(1), namespace: z.string().optional() }),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** A change during a scenario's history, `atMinutes` relative to "now" (negative: in the past). */
export const TimelineStepSchema = z.strictObject({
  atMinutes: z.number(),
  /** Creates the objects (or applies them as a strategic merge patch when they exist). */
  apply: z.array(ManifestSchema).optional(),
  /** A strategic merge patch of one object. */
  patch: z
    .strictObject({
      kind: z.string(),
      namespace: z.string().optional(),
      name: z.string(),
      patch: z.record(z.string(), z.unknown()),
    })
    .optional(),
  fact: z.strictObject({ name: z.string(), value: z.boolean() }).optional(),
});
export type TimelineStep = z.infer<typeof TimelineStepSchema>;

/** A reaction to a write through the API, e.g. "the secret was rotated" → a fact changes. */
export const TriggerSchema = z.strictObject({
  kind: z.string(),
  namespace: z.string().optional(),
  name: z.string(),
  on: z.enum(['created', 'updated', 'deleted']),
  fact: z.string(),
  value: z.boolean(),
});
export type Trigger = z.infer<typeof TriggerSchema>;

/**
 * A Redis cache outside the cluster (an ElastiCache), served over RESP by `startSandbox`: full
 * while its fact holds; FLUSHALL/FLUSHDB (or `environment.flushCache(name)`) clears the fact.
 */
export const CacheSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The environment fact that says the cache is full. */
  fact: z.string().min(1),
  /** The namespace of the workloads that use it. */
  namespace: z.string(),
  /** The workloads that use it (`namespace/name`), so that an agent may flush it for them. */
  clients: z.array(z.string()).default([]),
  /** The cache fills up again this many minutes after every flush (the fact turns true again). */
  refillsAfterMinutes: z.number().positive().optional(),
});
export type Cache = z.infer<typeof CacheSchema>;

/** A namespace left alone: dated back and idle (see `ScenarioDefinitionSchema.abandoned`). */
export const AbandonedNamespaceSchema = z.strictObject({
  namespace: z.string().min(1),
  idleMinutes: z.number().positive(),
});
export type AbandonedNamespace = z.infer<typeof AbandonedNamespaceSchema>;

/** The usage shapes a workload's history can take (the cost package's synthetic archetypes and idle). */
export const USAGE_SHAPES = [
  'steady',
  'diurnal',
  'spiky',
  'short-spike',
  'leak',
  'nightly-batch',
  'idle',
] as const;
export type UsageShape = (typeof USAGE_SHAPES)[number];

/**
 * A runtime threat GuardDuty Runtime Monitoring reports in one pod of a workload (the oldest
 * running one): `injectRuntimeThreats` renders it as the EventBridge event GuardDuty would send,
 * with that pod's own uid and container id, and records what the node's agent saw as an event.
 */
export const RuntimeThreatSchema = z.strictObject({
  namespace: z.string().min(1),
  /** A Deployment: its pods carry `app.kubernetes.io/name: <workload>`. */
  workload: z.string().min(1),
  type: z.string().min(1),
  severity: z.number().min(0).max(10),
  title: z.string(),
  process: z.strictObject({ name: z.string(), executablePath: z.string(), executableSha256: z.string() }),
  domain: z.string().optional(),
  remoteIp: z.string().optional(),
  remotePort: z.number().int().optional(),
});
export type RuntimeThreat = z.infer<typeof RuntimeThreatSchema>;

/**
 * A named scenario: the objects of a cluster, the behaviour of the images it runs, the
 * environmental facts, and the history that led to "now". Plain data, validated on load.
 */
export const ScenarioDefinitionSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  description: z.string(),
  namespace: z.string(),
  workload: z.string(),
  kind: z.enum(['Deployment', 'StatefulSet', 'DaemonSet', 'Node', 'Cluster']).default('Deployment'),
  expectedFix: z.string(),
  /** How long the cluster ran before "now"; replayed on start so that events, restarts and logs exist. */
  historyMinutes: z.number().nonnegative().default(30),
  facts: z.record(z.string(), z.boolean()).default({}),
  profiles: z.array(BehaviourProfileSchema).default([]),
  objects: z.array(ManifestSchema).default([]),
  timeline: z.array(TimelineStepSchema).default([]),
  triggers: z.array(TriggerSchema).default([]),
  /** Caches the sandbox serves over RESP (by default, whenever there is one). */
  caches: z.array(CacheSchema).default([]),
  /** Node groups besides the base cluster's `general-purpose` (same name: replaces it). */
  nodeGroups: z.array(NodeGroupSpecSchema).default([]),
  /**
   * Namespaces nobody has used or changed for `idleMinutes` (more than the history replays): every
   * object in them is dated back by that much after the replay, and their usage history is idle.
   */
  abandoned: z.array(AbandonedNamespaceSchema).default([]),
  /**
   * The usage shape of workloads' history (`namespace/name` → steady, diurnal, spiky, short-spike,
   * leak, nightly-batch, idle), for the embedded metrics; unnamed ones get one by their name.
   */
  usage: z.record(z.string(), z.enum(USAGE_SHAPES)).default({}),
  /** Runtime threats GuardDuty reports (`injectRuntimeThreats`). */
  runtimeThreats: z.array(RuntimeThreatSchema).default([]),
});
export type ScenarioDefinition = z.infer<typeof ScenarioDefinitionSchema>;
export type ScenarioDefinitionInput = z.input<typeof ScenarioDefinitionSchema>;

/** What `listScenarios` reports. */
export type ScenarioSummary = {
  name: string;
  description: string;
  namespace: string;
  workload: string;
  kind: ScenarioDefinition['kind'];
  expectedFix: string;
};
