import type {
  V1Container,
  V1CronJob,
  V1Deployment,
  V1NetworkPolicy,
  V1Node,
  V1Pod,
  V1PodTemplateSpec,
  V1ReplicaSet,
} from '@kubernetes/client-node';
import {
  type Clock,
  ConflictError,
  errorMessage,
  type Logger,
  NotFoundError,
  ValidationError,
} from '@sre-agent/core';
import type { KubeApis } from './apis.ts';
import type { KubeCaller } from './call.ts';
import { type DrainPolicy, drainNode } from './drain.ts';
import type { KubeCall } from './errors.ts';
import {
  isMetadataKind,
  type KindOps,
  METADATA_KINDS,
  metadataOps,
  mutationParams,
  patchOptions,
  scaleOps,
  type TemplateWorkload,
  templateOps,
} from './kinds.ts';
import { createMergePatch, toJson } from './merge-patch.ts';
import { networkPolicySpecToWire, networkPolicyToModel } from './network-policy.ts';
import { controllerOf } from './owner-chain.ts';
import type {
  ClusterWriter,
  ContainerResources,
  DrainOptions,
  DrainResult,
  MutationOptions,
  MutationResult,
  ObjectRef,
  PatchResourcesOptions,
  PodTemplateKind,
  RestartableKind,
  RollbackOptions,
  ScalableKind,
} from './ports.ts';
import type { KubernetesClusterReader } from './reader.ts';
import { DEFAULT_CONFLICT_ATTEMPTS, retryOnConflict } from './retry.ts';

export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
/**
 * Set by a rollback, in the same patch, to the revision it moves away from: the admission policy
 * (deploy/admission) lets the agent replace a pod template only when this names the live revision.
 */
export const ROLLBACK_FROM_REVISION_ANNOTATION = 'sre-agent.io/rollback-from-revision';
const POD_TEMPLATE_HASH = 'pod-template-hash';

/** RFC 3339 without fractional seconds, the format `kubectl rollout restart` writes. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The JSON patch operation that records which live revision a rollback moves away from. */
function rollbackMarker(
  deployment: { metadata?: { annotations?: Record<string, string> } },
  liveRevision: string,
): { op: 'add'; path: string; value: unknown } {
  if (!deployment.metadata?.annotations) {
    return {
      op: 'add',
      path: '/metadata/annotations',
      value: { [ROLLBACK_FROM_REVISION_ANNOTATION]: liveRevision },
    };
  }
  const pointer = ROLLBACK_FROM_REVISION_ANNOTATION.replace(/~/g, '~0').replace(/\//g, '~1');
  return { op: 'add', path: `/metadata/annotations/${pointer}`, value: liveRevision };
}

function revisionOf(object: { metadata?: { annotations?: Record<string, string> } }): number | undefined {
  const value = object.metadata?.annotations?.[REVISION_ANNOTATION];
  const revision = value === undefined ? Number.NaN : Number(value);
  return Number.isInteger(revision) ? revision : undefined;
}

export type WriterOptions = {
  cluster: string;
  apis: KubeApis;
  caller: KubeCaller;
  reader: KubernetesClusterReader;
  clock: Clock;
  logger: Logger;
  /** Re-reads after a 409 Conflict before a read-modify-write gives up. */
  conflictAttempts?: number;
  drain?: Partial<DrainPolicy>;
};

/**
 * `ClusterWriter` over the Kubernetes API. Every mutation reads the object first (`before`),
 * honours `dryRun` as server-side `dryRun=All`, logs before and after, and returns what the
 * server answered (`after`). Read-modify-write changes carry the resourceVersion they were
 * computed from and start again from the read after a 409 Conflict.
 */
export class KubernetesClusterWriter implements ClusterWriter {
  readonly cluster: string;
  readonly #apis: KubeApis;
  readonly #caller: KubeCaller;
  readonly #reader: KubernetesClusterReader;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #conflictAttempts: number;
  readonly #drain: Partial<DrainPolicy>;

  constructor(options: WriterOptions) {
    this.cluster = options.cluster;
    this.#apis = options.apis;
    this.#caller = options.caller;
    this.#reader = options.reader;
    this.#clock = options.clock;
    this.#logger = options.logger.child({ cluster: options.cluster });
    this.#conflictAttempts = options.conflictAttempts ?? DEFAULT_CONFLICT_ATTEMPTS;
    this.#drain = options.drain ?? {};
  }

  /** Logs a mutation before and after (never the objects: they may hold secrets in env values). */
  async #mutate<R>(
    action: string,
    target: { kind: string; namespace?: string; name: string },
    dryRun: boolean,
    operation: () => Promise<R>,
  ): Promise<R> {
    const attributes = { action, ...target, dryRun };
    this.#logger.info('cluster mutation starting', attributes);
    try {
      const result = await operation();
      this.#logger.info(dryRun ? 'cluster mutation dry-run passed' : 'cluster mutation applied', attributes);
      return result;
    } catch (error) {
      this.#logger.warn('cluster mutation failed', { ...attributes, error: errorMessage(error) });
      throw error;
    }
  }

  #conflicts<T>(operation: () => Promise<T>): Promise<T> {
    return retryOnConflict(operation, (error) => error instanceof ConflictError, this.#conflictAttempts);
  }

  #call(
    verb: string,
    ops: { resource: string; namespaced: boolean },
    namespace: string,
    name: string,
  ): KubeCall {
    return {
      verb,
      resource: ops.resource,
      name,
      role: 'remediation',
      ...(ops.namespaced ? { namespace } : {}),
    };
  }

  #readExisting<T>(ops: KindOps<T>, namespace: string, name: string): Promise<T> {
    return this.#caller.run({ ...this.#call('get', ops, namespace, name), role: 'read-only' }, () =>
      ops.read(namespace, name),
    );
  }

  rolloutRestart(
    kind: RestartableKind,
    namespace: string,
    name: string,
    options: MutationOptions = {},
  ): Promise<MutationResult<TemplateWorkload>> {
    const dryRun = options.dryRun === true;
    const ops = templateOps(this.#apis, kind);
    return this.#mutate('rollout-restart', { kind, namespace, name }, dryRun, async () => {
      const before = await this.#readExisting(ops, namespace, name);
      const body = {
        spec: {
          template: { metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: rfc3339(this.#clock.now()) } } },
        },
      };
      const after = await this.#caller.run(this.#call('patch', ops, namespace, name), () =>
        ops.patch(namespace, name, body, 'merge', dryRun),
      );
      return { dryRun, before, after };
    });
  }

  deletePod(namespace: string, name: string, options: MutationOptions = {}): Promise<MutationResult<V1Pod>> {
    const dryRun = options.dryRun === true;
    const { core } = this.#apis;
    return this.#mutate('delete-pod', { kind: 'Pod', namespace, name }, dryRun, async () => {
      const call = { verb: 'delete', resource: 'pods', namespace, name, role: 'remediation' } as const;
      const before = await this.#caller.run({ ...call, verb: 'get', role: 'read-only' }, () =>
        core.readNamespacedPod({ namespace, name }),
      );
      const after = await this.#caller.run(call, () =>
        core.deleteNamespacedPod({ namespace, name, ...(dryRun ? { dryRun: 'All' } : {}) }),
      );
      return { dryRun, before, after };
    });
  }

  async scale(
    kind: ScalableKind,
    namespace: string,
    name: string,
    replicas: number,
    options: MutationOptions = {},
  ): Promise<MutationResult<{ replicas: number }>> {
    if (!Number.isInteger(replicas) || replicas < 0) {
      throw new ValidationError(`replicas must be a whole number ≥ 0, got ${replicas}`);
    }
    const dryRun = options.dryRun === true;
    const ops = scaleOps(this.#apis, kind);
    return this.#mutate('scale', { kind, namespace, name }, dryRun, async () => {
      const before = await this.#caller.run(this.#call('get', ops, namespace, name), () =>
        ops.read(namespace, name),
      );
      const after = await this.#caller.run(this.#call('patch', ops, namespace, name), () =>
        ops.patch(namespace, name, { spec: { replicas } }, 'merge', dryRun),
      );
      return {
        dryRun,
        before: { replicas: before.spec?.replicas ?? 0 },
        after: { replicas: after.spec?.replicas ?? replicas },
      };
    });
  }

  patchContainerResources(
    kind: PodTemplateKind,
    namespace: string,
    name: string,
    container: string,
    resources: ContainerResources,
    options: PatchResourcesOptions = {},
  ): Promise<MutationResult<TemplateWorkload>> {
    const dryRun = options.dryRun === true;
    const strategy = options.strategy ?? 'strategic';
    const list = options.list ?? 'containers';
    const ops = templateOps(this.#apis, kind);
    return this.#mutate('patch-container-resources', { kind, namespace, name }, dryRun, () =>
      this.#conflicts(async () => {
        const before = await this.#readExisting(ops, namespace, name);
        if (options.resourceVersion && before.metadata?.resourceVersion !== options.resourceVersion) {
          throw new ConflictError(
            `${kind} ${namespace}/${name} changed since it was read (resourceVersion ${before.metadata?.resourceVersion}, expected ${options.resourceVersion})`,
          );
        }
        const containers: V1Container[] = before.spec?.template?.spec?.[list] ?? [];
        const current = containers.find((c) => c.name === container);
        if (!current) {
          throw new NotFoundError(
            `container "${container}" not found in ${list} of ${kind} ${namespace}/${name} (it has: ${containers.map((c) => c.name).join(', ') || 'none'})`,
          );
        }
        const merged = {
          ...(current.resources ?? {}),
          ...(resources.limits
            ? { limits: { ...(current.resources?.limits ?? {}), ...resources.limits } }
            : {}),
          ...(resources.requests
            ? { requests: { ...(current.resources?.requests ?? {}), ...resources.requests } }
            : {}),
        };
        const resourceVersion = before.metadata?.resourceVersion;
        // Strategic merge addresses the container by its name key; a JSON merge patch replaces
        // arrays whole, so it must carry every container, unchanged but for this one.
        const containersPatch =
          strategy === 'strategic'
            ? [{ name: container, resources: { ...resources } }]
            : containers.map((c) =>
                c.name === container ? { ...toObject(c), resources: merged } : toObject(c),
              );
        const body = {
          metadata: {
            ...(resourceVersion ? { resourceVersion } : {}),
            ...(options.annotations ? { annotations: options.annotations } : {}),
          },
          spec: { template: { spec: { [list]: containersPatch } } },
        };
        const after = await this.#caller.run(this.#call('patch', ops, namespace, name), () =>
          ops.patch(namespace, name, body, strategy, dryRun),
        );
        return { dryRun, before, after };
      }),
    );
  }

  rollbackDeployment(
    namespace: string,
    name: string,
    options: RollbackOptions = {},
  ): Promise<MutationResult<V1Deployment>> {
    const dryRun = options.dryRun === true;
    const ops = templateOps(this.#apis, 'Deployment') as KindOps<V1Deployment>;
    return this.#mutate('rollback', { kind: 'Deployment', namespace, name }, dryRun, () =>
      this.#conflicts(async () => {
        const before = await this.#readExisting(ops, namespace, name);
        if (before.spec?.paused) {
          throw new ValidationError(
            `Deployment ${namespace}/${name} is paused; resume it before rolling back`,
          );
        }
        const current = revisionOf(before);
        if (options.fromRevision !== undefined && current !== options.fromRevision) {
          throw new ConflictError(
            `Deployment ${namespace}/${name} moved on to revision ${current ?? 'unknown'} since revision ${options.fromRevision} was diagnosed; not rolling back`,
          );
        }
        const target = await this.#previousReplicaSet(before, namespace, name);
        if (options.toRevision !== undefined && revisionOf(target) !== options.toRevision) {
          throw new ConflictError(
            `the previous revision of Deployment ${namespace}/${name} is now ${revisionOf(target) ?? 'unknown'}, not ${options.toRevision}; not rolling back`,
          );
        }
        const template = toObject(target.spec?.template ?? {}) as V1PodTemplateSpec & {
          metadata?: { labels?: Record<string, string> };
        };
        if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH];
        const resourceVersion = before.metadata?.resourceVersion;
        const liveRevision = before.metadata?.annotations?.[REVISION_ANNOTATION];
        const patch = [
          // Replacing resourceVersion makes the patch conditional: a concurrent change → 409.
          ...(resourceVersion
            ? [{ op: 'replace', path: '/metadata/resourceVersion', value: resourceVersion }]
            : []),
          ...(liveRevision ? [rollbackMarker(before, liveRevision)] : []),
          { op: 'replace', path: '/spec/template', value: template },
        ];
        const after = await this.#caller.run(this.#call('patch', ops, namespace, name), () =>
          ops.patch(namespace, name, patch, 'json', dryRun),
        );
        return { dryRun, before, after };
      }),
    );
  }

  /** The ReplicaSet `kubectl rollout undo` would pick: the highest revision below the current one. */
  async #previousReplicaSet(
    deployment: V1Deployment,
    namespace: string,
    name: string,
  ): Promise<V1ReplicaSet> {
    const uid = deployment.metadata?.uid;
    const matchLabels = deployment.spec?.selector?.matchLabels ?? {};
    const labelSelector = Object.entries(matchLabels)
      .map(([key, value]) => `${key}=${value}`)
      .join(',');
    const replicaSets = await this.#reader.listReplicaSets({
      namespace,
      ...(labelSelector ? { labelSelector } : {}),
    });
    const owned = replicaSets
      .filter((rs) => {
        const owner = controllerOf(rs);
        return owner?.kind === 'Deployment' && (uid ? owner.uid === uid : owner.name === name);
      })
      .map((rs) => ({ rs, revision: revisionOf(rs) }))
      .filter((x): x is { rs: V1ReplicaSet; revision: number } => x.revision !== undefined);
    const current =
      revisionOf(deployment) ?? owned.reduce((max, x) => Math.max(max, x.revision), Number.NEGATIVE_INFINITY);
    const previous = owned.filter((x) => x.revision < current).sort((a, b) => b.revision - a.revision)[0];
    if (!previous) {
      throw new NotFoundError(
        `Deployment ${namespace}/${name} has no previous revision to roll back to (current revision ${Number.isFinite(current) ? current : 'unknown'})`,
      );
    }
    return previous.rs;
  }

  async applyNetworkPolicy(
    policy: V1NetworkPolicy,
    options: MutationOptions = {},
  ): Promise<MutationResult<V1NetworkPolicy>> {
    const dryRun = options.dryRun === true;
    const namespace = policy.metadata?.namespace;
    const name = policy.metadata?.name;
    if (!namespace || !name) {
      throw new ValidationError('a NetworkPolicy needs metadata.namespace and metadata.name');
    }
    const { networking } = this.#apis;
    const call = (verb: string): KubeCall => ({
      verb,
      resource: 'networkpolicies',
      namespace,
      name,
      role: verb === 'get' ? 'read-only' : 'remediation',
    });
    return this.#mutate('apply-network-policy', { kind: 'NetworkPolicy', namespace, name }, dryRun, () =>
      this.#conflicts(async () => {
        const before = await this.#caller.read(call('get'), () =>
          networking.readNamespacedNetworkPolicy({ namespace, name }),
        );
        if (!before) {
          const body = networkPolicyToModel({
            ...policy,
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
          });
          const after = await this.#caller.run(call('create'), () =>
            networking.createNamespacedNetworkPolicy({ namespace, body, ...mutationParams(dryRun) }),
          );
          return { dryRun, before: undefined, after };
        }
        // The spec becomes exactly the desired one; labels and annotations are added to.
        const body = {
          metadata: {
            resourceVersion: before.metadata?.resourceVersion,
            ...(policy.metadata?.labels ? { labels: policy.metadata.labels } : {}),
            ...(policy.metadata?.annotations ? { annotations: policy.metadata.annotations } : {}),
          },
          spec: createMergePatch(networkPolicySpecToWire(before), networkPolicySpecToWire(policy)),
        };
        const after = await this.#caller.run(call('patch'), () =>
          networking.patchNamespacedNetworkPolicy(
            { namespace, name, body, ...mutationParams(dryRun) },
            patchOptions('merge'),
          ),
        );
        return { dryRun, before, after };
      }),
    );
  }

  label(
    ref: ObjectRef,
    labels: Record<string, string | null>,
    options: MutationOptions = {},
  ): Promise<MutationResult<unknown>> {
    return this.#patchMetadata('label', ref, { labels }, options);
  }

  annotate(
    ref: ObjectRef,
    annotations: Record<string, string | null>,
    options: MutationOptions = {},
  ): Promise<MutationResult<unknown>> {
    return this.#patchMetadata('annotate', ref, { annotations }, options);
  }

  async #patchMetadata(
    action: string,
    ref: ObjectRef,
    metadata: Record<string, Record<string, string | null>>,
    options: MutationOptions,
  ): Promise<MutationResult<unknown>> {
    if (!isMetadataKind(ref.kind)) {
      throw new ValidationError(
        `cannot ${action} a ${ref.kind}; supported kinds: ${METADATA_KINDS.join(', ')}`,
      );
    }
    const ops = metadataOps(this.#apis, ref.kind);
    const namespace = ref.namespace ?? '';
    if (ops.namespaced && !namespace) {
      throw new ValidationError(`${ref.kind} ${ref.name} needs a namespace to ${action}`);
    }
    const dryRun = options.dryRun === true;
    const target = { kind: ref.kind, name: ref.name, ...(ops.namespaced ? { namespace } : {}) };
    return this.#mutate(action, target, dryRun, async () => {
      const before = await this.#readExisting(ops, namespace, ref.name);
      const after = await this.#caller.run(this.#call('patch', ops, namespace, ref.name), () =>
        ops.patch(namespace, ref.name, { metadata }, 'merge', dryRun),
      );
      return { dryRun, before, after };
    });
  }

  suspendCronJob(
    namespace: string,
    name: string,
    suspend: boolean,
    options: MutationOptions = {},
  ): Promise<MutationResult<V1CronJob>> {
    const dryRun = options.dryRun === true;
    const ops = metadataOps(this.#apis, 'CronJob') as KindOps<V1CronJob>;
    const action = suspend ? 'suspend-cronjob' : 'resume-cronjob';
    return this.#mutate(action, { kind: 'CronJob', namespace, name }, dryRun, async () => {
      const before = await this.#readExisting(ops, namespace, name);
      const after = await this.#caller.run(this.#call('patch', ops, namespace, name), () =>
        ops.patch(namespace, name, { spec: { suspend } }, 'merge', dryRun),
      );
      return { dryRun, before, after };
    });
  }

  cordonNode(name: string, options: MutationOptions = {}): Promise<MutationResult<V1Node>> {
    const dryRun = options.dryRun === true;
    const ops = metadataOps(this.#apis, 'Node') as KindOps<V1Node>;
    return this.#mutate('cordon', { kind: 'Node', name }, dryRun, async () => {
      const before = await this.#readExisting(ops, '', name);
      const after = await this.#caller.run(this.#call('patch', ops, '', name), () =>
        ops.patch('', name, { spec: { unschedulable: true } }, 'merge', dryRun),
      );
      return { dryRun, before, after };
    });
  }

  uncordonNode(name: string, options: MutationOptions = {}): Promise<MutationResult<V1Node>> {
    const dryRun = options.dryRun === true;
    const ops = metadataOps(this.#apis, 'Node') as KindOps<V1Node>;
    return this.#mutate('uncordon', { kind: 'Node', name }, dryRun, async () => {
      const before = await this.#readExisting(ops, '', name);
      const after = await this.#caller.run(this.#call('patch', ops, '', name), () =>
        ops.patch('', name, { spec: { unschedulable: null } }, 'merge', dryRun),
      );
      return { dryRun, before, after };
    });
  }

  async drainNode(name: string, options: DrainOptions = {}): Promise<DrainResult> {
    const dryRun = options.dryRun === true;
    await this.cordonNode(name, { dryRun });
    return this.#mutate('drain', { kind: 'Node', name }, dryRun, () =>
      drainNode(name, {
        dryRun,
        apis: this.#apis,
        caller: this.#caller,
        reader: this.#reader,
        logger: this.#logger,
        policy: this.#drain,
        rules: {
          ...(options.skipNamespaces ? { skipNamespaces: options.skipNamespaces } : {}),
          ...(options.deleteEmptyDirData ? { deleteEmptyDirData: true } : {}),
        },
      }),
    );
  }
}

/** A plain, mutable JSON copy of a client model object. */
function toObject<T>(value: T): T {
  return toJson(value) as T;
}
