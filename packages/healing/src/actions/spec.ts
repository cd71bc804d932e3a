import type { Config, Incident, Mode, Signal } from '@sre-agent/core';
import type { ClusterReader, ClusterWriter } from '@sre-agent/kube';
import type { SleepStore } from '@sre-agent/state';
import type * as z from 'zod';
import type { CacheFlusher } from '../cache-flusher.ts';
import type { NodeGroups } from '../node-groups.ts';

/**
 * Whose policy governs an action: the namespace of the workload (or of the cache), or the
 * cluster's node policy. A namespace's mode never applies to nodes, which every namespace shares.
 */
export type PolicyScope = { kind: 'namespace'; namespace: string } | { kind: 'nodes' } | { kind: 'none' };

/** How the effect of an action is verified after it ran. */
export type Verification =
  /** The incident's workload (or node) is healthy for `policy.verifyMinutes`. */
  | 'target-healthy'
  /**
   * The node was replaced through its node group: the old Node object is gone and the group is
   * back at its desired count of Ready nodes (`nodeReplacementStatus`).
   */
  | 'node-replaced'
  /** Nothing to verify: the action changes nothing (escalate). */
  | 'none';

/** A Kubernetes permission an action needs, as `kubectl auth can-i <verb> <resource>` asks it. */
export type RbacNeed = { verb: string; resource: string; apiGroup: string };

/**
 * The incident an action is bound to: its own target, pod and container, never text from a log
 * (`id` names it on what an action leaves behind, such as a quarantine's labels; a forecast's
 * numbers are checked against the live object, never used as a target). A namespace put
 * to sleep on a schedule is a target without an incident (and without a signal).
 */
export type ActionTarget = Pick<Incident, 'target' | 'pod' | 'container'> & {
  signal?: Signal | undefined;
  /** The uid of the exact pod a runtime finding was resolved to (`quarantine-pod` binds only that pod). */
  podUid?: string | undefined;
  /** The bare id of the exact container a runtime finding was resolved to. */
  containerId?: string | undefined;
  /** A forecast incident's forecast: what the metrics said when it was raised (checked against the live object). */
  forecast?: Pick<NonNullable<Incident['forecast']>, 'limitBytes'> | undefined;
} & Partial<Pick<Incident, 'id'>>;

/**
 * What sleep and wake need beside the cluster: the durable record of original replicas, the clock,
 * the schedule they act for, and the kill switch and breaker asked again before each object's write.
 */
export type SleepDeps = {
  store: SleepStore;
  now: () => Date;
  /** The schedule on whose behalf a namespace sleeps (`nights-and-weekends`), or `cli`. */
  schedule: string;
  /** Asked right before each write; a reason stops the remaining writes. */
  beforeEachWrite?: (() => Promise<string | undefined>) | undefined;
};

export type BindContext = {
  incident: ActionTarget;
  reader: ClusterReader;
  config: Config;
  caches?: CacheFlusher | undefined;
  /** The cluster's node groups (EC2 Auto Scaling, or the sandbox's); absent: no node is replaced. */
  nodeGroups?: NodeGroups | undefined;
  /** Sleep records and clock, for sleep-namespace and wake-namespace; absent: they refuse. */
  sleep?: SleepDeps | undefined;
};

export type RunContext = BindContext & { writer: ClusterWriter };

/**
 * An action bound to this incident's own objects: what it will change, checked again right before
 * the write. `scope` says whose policy decides; `summary` is what humans read ("cordon and drain
 * node ip-10-0-1-5").
 */
export type BindOutcome<B> =
  | { kind: 'bound'; binding: B; scope: PolicyScope; summary: string }
  | { kind: 'refused'; reason: string };

/** What running (or dry-running) an action came to. Expected outcomes are values, not exceptions. */
export type ActionOutcome =
  | { kind: 'applied'; dryRun: boolean; summary: string; before?: unknown; after?: unknown }
  /** The action would change nothing (a drain with nothing to evict, an empty cache): never a success. */
  | { kind: 'no-op'; reason: string }
  | { kind: 'precondition-failed'; reason: string }
  | { kind: 'failed'; reason: string };

/**
 * One catalog action, in one module: its parameters (what a reasoner may choose: magnitudes, never
 * targets), how it is described, how it binds to the incident's own objects, how it runs (the
 * pipeline runs it as a server-side dry run first), what it needs and how its effect is verified.
 */
export type ActionSpec<K extends string, S extends z.ZodType<{ kind: K }>, B> = {
  kind: K;
  /** Strict, bounded parameters, `kind` included. */
  params: S;
  /** The binding as stored on the incident, parsed back before the write. */
  binding: z.ZodType<B>;
  /** Whether it changes anything (escalate does not). */
  mutates: boolean;
  /**
   * Whether it changes the workload's declared spec, which Argo CD, Flux or an operator reconcile:
   * such a change would be reverted behind the agent's back, so it goes to Git or to humans instead.
   */
  changesDeclaredSpec: boolean;
  /** The longest it takes, dry run included: a worker with less time left does not start it. */
  maxDurationMs: number;
  needs: { rbac: readonly RbacNeed[]; iam: readonly string[] };
  /**
   * Which Kubernetes role grants `needs.rbac` (`sre-agent rbac`): the remediators' Role in namespaces
   * in suggest or auto (default), or the sleepers' Role in the namespaces of `cost.sleep`.
   */
  rbacRole?: 'remediation' | 'sleep';
  /**
   * What it is bound to: an incident's objects (default: a fix that reasoners may choose), or a
   * namespace on a sleep schedule (never offered to a reasoner for an incident).
   */
  target?: 'incident' | 'namespace';
  verify: Verification;
  /** The action as a proposal, before binding: "raise its memory limit by 20%". */
  describe(params: z.output<S>): string;
  bind(params: z.output<S>, context: BindContext): Promise<BindOutcome<B>>;
  /** Re-checks the binding against the live cluster, then changes it (or dry-runs the change). */
  run(binding: B, context: RunContext, dryRun: boolean): Promise<ActionOutcome>;
  /**
   * Undoes the change when it did not fix the problem, only while the live object still shows
   * exactly what the action set (anything else means someone changed it since: left alone).
   * Absent where nothing can be undone (a restart, a flush, a drain).
   */
  revert?(binding: B, context: RunContext, dryRun: boolean): Promise<ActionOutcome>;
};

/** Declares an action; the registry derives the kind list and the parameter union from these. */
export function defineAction<const K extends string, S extends z.ZodType<{ kind: K }>, B>(
  spec: ActionSpec<K, S, B>,
): ActionSpec<K, S, B> {
  return spec;
}

/** The mode in force for a scope of a cluster. */
export function modeForScope(config: Config, cluster: string, scope: PolicyScope): Mode {
  const configured = config.clusters.find((c) => c.name === cluster);
  if (!configured || scope.kind === 'none') return 'observe';
  if (scope.kind === 'nodes') return configured.nodes;
  return configured.namespaces[scope.namespace] ?? configured.defaultMode;
}
