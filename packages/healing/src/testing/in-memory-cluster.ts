import { ConflictError, NotFoundError } from '@sre-agent/core';
import type {
  ClusterReader,
  ClusterRole,
  ClusterRoleBinding,
  ClusterWriter,
  ContainerResources,
  CronJob,
  DaemonSet,
  Deployment,
  DrainOptions,
  DrainResult,
  HorizontalPodAutoscaler,
  Job,
  KubeEvent,
  ListOptions,
  LogOptions,
  MutationOptions,
  MutationResult,
  Namespace,
  Node,
  ObjectRef,
  OwnerLink,
  PatchResourcesOptions,
  Pod,
  ReplicaSet,
  ResourceQuota,
  Role,
  RoleBinding,
  RollbackOptions,
  ScalableKind,
  ServiceAccount,
  StatefulSet,
} from '@sre-agent/kube';
import { drainSkipReason } from '@sre-agent/kube';
import type { WorkloadFixture } from './fixtures.ts';

type Objects = {
  deployments: Deployment[];
  replicaSets: ReplicaSet[];
  statefulSets: StatefulSet[];
  daemonSets: DaemonSet[];
  jobs: Job[];
  pods: Pod[];
  nodes: Node[];
  resourceQuotas: ResourceQuota[];
  cronJobs: CronJob[];
  horizontalPodAutoscalers: HorizontalPodAutoscaler[];
  /** Namespaces with metadata of their own; others are derived from the Deployments' namespaces. */
  namespaces: Namespace[];
  serviceAccounts: ServiceAccount[];
  roles: Role[];
  roleBindings: RoleBinding[];
  clusterRoles: ClusterRole[];
  clusterRoleBindings: ClusterRoleBinding[];
  events: KubeEvent[];
  /**
   * Container logs by `namespace/pod/container`, or by `namespace/pod` for whichever container is
   * asked for (one log per pod).
   */
  logs: Record<string, { current?: string; previous?: string }>;
};

/** A method of the cluster ports, e.g. `readPodLog` or `patchContainerResources`. */
export type ClusterMethod = Exclude<keyof ClusterReader | keyof ClusterWriter, 'cluster'>;

type ClusterPorts = ClusterReader & ClusterWriter;
type MethodArgs<M extends ClusterMethod> = ClusterPorts[M] extends (...args: infer A) => unknown ? A : never;

/** One call made to the fake, in order, e.g. `{ method: 'getNode', args: ['ip-10-0-1-23'] }`. */
export type ClusterCall = { [M in ClusterMethod]: { method: M; args: MethodArgs<M> } }[ClusterMethod];

type Failure = { method: ClusterMethod; error: Error; when: (args: never) => boolean; times: number };

const clone = <T>(value: T): T => structuredClone(value);

function matchesLabels(labels: Record<string, string> | undefined, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    return key !== undefined && labels?.[key] === value;
  });
}

function matchesFields(pod: Pod, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    if (key === 'spec.nodeName') return pod.spec?.nodeName === value;
    if (key === 'metadata.name') return pod.metadata?.name === value;
    return true;
  });
}

/** A spec change, as the API server counts it: `metadata.generation` and `resourceVersion` move on. */
function bumpGeneration(target: { metadata?: { generation?: number; resourceVersion?: string } }): void {
  target.metadata = {
    ...target.metadata,
    generation: (target.metadata?.generation ?? 1) + 1,
    resourceVersion: String(Number(target.metadata?.resourceVersion ?? '1') + 1),
  };
}

/**
 * A cluster in memory for unit tests and benchmarks of the healing pipeline: reads answer from
 * plain objects instantly, writes change them and are recorded in `mutations`; every call is
 * recorded in `calls`, and `fail`/`failNext` make chosen calls fail. It plays no controllers:
 * tests set the status they want to see.
 */
export class InMemoryCluster implements ClusterReader, ClusterWriter {
  readonly cluster: string;
  readonly objects: Objects;
  /** Every non-dry-run mutation, in order, e.g. `patch-resources shop/order-service app`. */
  readonly mutations: string[] = [];
  /** Every dry-run mutation. */
  readonly dryRuns: string[] = [];
  /** Every call to a reader or writer method, failed ones included, in order. */
  readonly calls: ClusterCall[] = [];
  #failures: Failure[] = [];

  constructor(cluster: string, objects: Partial<Objects> = {}) {
    this.cluster = cluster;
    this.objects = {
      deployments: [],
      replicaSets: [],
      statefulSets: [],
      daemonSets: [],
      jobs: [],
      pods: [],
      nodes: [],
      resourceQuotas: [],
      cronJobs: [],
      horizontalPodAutoscalers: [],
      namespaces: [],
      serviceAccounts: [],
      roles: [],
      roleBindings: [],
      clusterRoles: [],
      clusterRoleBindings: [],
      events: [],
      logs: {},
      ...objects,
    };
  }

  /** Adds a Deployment with its ReplicaSet and pods (see `deploymentFixture`); returns this cluster. */
  addWorkload(fixture: WorkloadFixture): this {
    this.objects.deployments.push(fixture.deployment);
    this.objects.replicaSets.push(fixture.replicaSet);
    this.objects.pods.push(...fixture.pods);
    return this;
  }

  /**
   * Makes calls of `method` throw `error` (as a failing API server would: a rejected promise),
   * only those whose arguments `when` accepts, and `times` times at most (default: every time).
   *
   * @example
   * cluster.fail('readPodLog', new Error('connection reset by peer'), { when: ([, , o]) => o?.previous === true });
   */
  fail<M extends ClusterMethod>(
    method: M,
    error: Error,
    options: { when?: (args: MethodArgs<M>) => boolean; times?: number } = {},
  ): this {
    this.#failures.push({
      method,
      error,
      when: (options.when ?? (() => true)) as (args: never) => boolean,
      times: options.times ?? Number.POSITIVE_INFINITY,
    });
    return this;
  }

  /** Makes the next call of `method` throw `error`; later calls succeed again. */
  failNext<M extends ClusterMethod>(method: M, error: Error): this {
    return this.fail(method, error, { times: 1 });
  }

  #enter<M extends ClusterMethod>(method: M, args: MethodArgs<M>): void {
    // The union of ClusterCall cannot be built from a generic M without a cast; `#enter`'s signature checks it.
    this.calls.push({ method, args } as unknown as ClusterCall);
    const failure = this.#failures.find((f) => f.method === method && f.when(args as never));
    if (!failure) return;
    failure.times -= 1;
    if (failure.times <= 0) this.#failures = this.#failures.filter((f) => f !== failure);
    throw failure.error;
  }

  #inNamespace<T extends { metadata?: { namespace?: string; labels?: Record<string, string> } }>(
    items: T[],
    options: ListOptions | undefined,
  ): T[] {
    return items
      .filter((item) => options?.namespace === undefined || item.metadata?.namespace === options.namespace)
      .filter((item) => matchesLabels(item.metadata?.labels, options?.labelSelector))
      .map(clone);
  }

  #find<T extends { metadata?: { namespace?: string; name?: string } }>(
    items: T[],
    namespace: string,
    name: string,
  ) {
    return items.find((item) => item.metadata?.namespace === namespace && item.metadata?.name === name);
  }

  #record(dryRun: boolean | undefined, what: string): void {
    (dryRun ? this.dryRuns : this.mutations).push(what);
  }

  // Reads
  async listPods(options?: ListOptions) {
    this.#enter('listPods', [options]);
    return this.#inNamespace(this.objects.pods, options).filter((p) =>
      matchesFields(p, options?.fieldSelector),
    );
  }
  async listNodes() {
    this.#enter('listNodes', []);
    return this.objects.nodes.map(clone);
  }
  async listDeployments(options?: ListOptions) {
    this.#enter('listDeployments', [options]);
    return this.#inNamespace(this.objects.deployments, options);
  }
  async listReplicaSets(options?: ListOptions) {
    this.#enter('listReplicaSets', [options]);
    return this.#inNamespace(this.objects.replicaSets, options);
  }
  async listStatefulSets(options?: ListOptions) {
    this.#enter('listStatefulSets', [options]);
    return this.#inNamespace(this.objects.statefulSets, options);
  }
  async listDaemonSets(options?: ListOptions) {
    this.#enter('listDaemonSets', [options]);
    return this.#inNamespace(this.objects.daemonSets, options);
  }
  async listJobs(options?: ListOptions) {
    this.#enter('listJobs', [options]);
    return this.#inNamespace(this.objects.jobs, options);
  }
  async listEvents(options?: ListOptions) {
    this.#enter('listEvents', [options]);
    return this.objects.events
      .filter((e) => options?.namespace === undefined || e.metadata?.namespace === options.namespace)
      .map(clone);
  }
  async listNamespaces() {
    this.#enter('listNamespaces', []);
    const names = new Set(this.objects.deployments.map((d) => d.metadata?.namespace ?? 'default'));
    const own = this.objects.namespaces.map(clone);
    for (const ns of own) names.delete(ns.metadata?.name ?? '');
    return [...own, ...[...names].map((name) => ({ metadata: { name } }))];
  }
  async listServices() {
    this.#enter('listServices', []);
    return [];
  }
  async listNetworkPolicies() {
    this.#enter('listNetworkPolicies', []);
    return [];
  }
  async listSecrets() {
    this.#enter('listSecrets', []);
    return [];
  }
  async listConfigMaps() {
    this.#enter('listConfigMaps', []);
    return [];
  }
  async listPodDisruptionBudgets() {
    this.#enter('listPodDisruptionBudgets', []);
    return [];
  }
  async listResourceQuotas(options?: ListOptions) {
    this.#enter('listResourceQuotas', [options]);
    return this.#inNamespace(this.objects.resourceQuotas, options);
  }
  async listHorizontalPodAutoscalers(options?: ListOptions) {
    this.#enter('listHorizontalPodAutoscalers', [options]);
    return this.#inNamespace(this.objects.horizontalPodAutoscalers, options);
  }
  async listCronJobs(options?: ListOptions) {
    this.#enter('listCronJobs', [options]);
    return this.#inNamespace(this.objects.cronJobs, options);
  }
  async listIngresses() {
    this.#enter('listIngresses', []);
    return [];
  }
  async listCertificates() {
    this.#enter('listCertificates', []);
    return [];
  }
  async listServiceAccounts(options?: ListOptions) {
    this.#enter('listServiceAccounts', [options]);
    return this.#inNamespace(this.objects.serviceAccounts, options);
  }
  async listRoles(options?: ListOptions) {
    this.#enter('listRoles', [options]);
    return this.#inNamespace(this.objects.roles, options);
  }
  async listRoleBindings(options?: ListOptions) {
    this.#enter('listRoleBindings', [options]);
    return this.#inNamespace(this.objects.roleBindings, options);
  }
  async listClusterRoles() {
    this.#enter('listClusterRoles', []);
    return this.objects.clusterRoles.map(clone);
  }
  async listClusterRoleBindings() {
    this.#enter('listClusterRoleBindings', []);
    return this.objects.clusterRoleBindings.map(clone);
  }
  async getPod(namespace: string, name: string) {
    this.#enter('getPod', [namespace, name]);
    const pod = this.#find(this.objects.pods, namespace, name);
    return pod ? clone(pod) : undefined;
  }
  async getNode(name: string) {
    this.#enter('getNode', [name]);
    const node = this.objects.nodes.find((n) => n.metadata?.name === name);
    return node ? clone(node) : undefined;
  }
  async getDeployment(namespace: string, name: string) {
    this.#enter('getDeployment', [namespace, name]);
    const found = this.#find(this.objects.deployments, namespace, name);
    return found ? clone(found) : undefined;
  }
  async getReplicaSet(namespace: string, name: string) {
    this.#enter('getReplicaSet', [namespace, name]);
    const found = this.#find(this.objects.replicaSets, namespace, name);
    return found ? clone(found) : undefined;
  }
  async getStatefulSet(namespace: string, name: string) {
    this.#enter('getStatefulSet', [namespace, name]);
    const found = this.#find(this.objects.statefulSets, namespace, name);
    return found ? clone(found) : undefined;
  }
  async getDaemonSet(namespace: string, name: string) {
    this.#enter('getDaemonSet', [namespace, name]);
    const found = this.#find(this.objects.daemonSets, namespace, name);
    return found ? clone(found) : undefined;
  }
  async readPodLog(namespace: string, pod: string, options?: LogOptions) {
    this.#enter('readPodLog', [namespace, pod, options]);
    const own = options?.container
      ? this.objects.logs[`${namespace}/${pod}/${options.container}`]
      : undefined;
    const logs = own ?? this.objects.logs[`${namespace}/${pod}`];
    const text = options?.previous ? logs?.previous : logs?.current;
    return text === undefined ? undefined : podLogAnswer(text, options);
  }
  async eventsFor(ref: ObjectRef) {
    this.#enter('eventsFor', [ref]);
    return this.objects.events
      .filter((e) => e.involvedObject.kind === ref.kind && e.involvedObject.name === ref.name)
      .filter((e) => ref.namespace === undefined || e.involvedObject.namespace === ref.namespace)
      .map(clone);
  }
  async ownerChain(pod: Pod): Promise<OwnerLink[]> {
    this.#enter('ownerChain', [pod]);
    const chain: OwnerLink[] = [];
    const namespace = pod.metadata?.namespace ?? 'default';
    let owners = pod.metadata?.ownerReferences ?? [];
    while (owners[0]) {
      const owner = owners[0];
      chain.push({ kind: owner.kind, name: owner.name, namespace, uid: owner.uid });
      owners =
        owner.kind === 'ReplicaSet'
          ? (this.#find(this.objects.replicaSets, namespace, owner.name)?.metadata?.ownerReferences ?? [])
          : [];
    }
    return chain;
  }

  // Writes
  async rolloutRestart(
    kind: 'Deployment' | 'StatefulSet' | 'DaemonSet',
    namespace: string,
    name: string,
    options?: MutationOptions,
  ) {
    this.#enter('rolloutRestart', [kind, namespace, name, options]);
    const target = this.#template(kind, namespace, name);
    this.#record(options?.dryRun, `rollout-restart ${namespace}/${name}`);
    return { dryRun: Boolean(options?.dryRun), before: clone(target), after: clone(target) };
  }
  async deletePod(namespace: string, name: string, options?: MutationOptions): Promise<MutationResult<Pod>> {
    this.#enter('deletePod', [namespace, name, options]);
    const pod = this.#find(this.objects.pods, namespace, name);
    if (!pod) throw new NotFoundError(`pod ${namespace}/${name} not found`);
    this.#record(options?.dryRun, `delete-pod ${namespace}/${name}`);
    if (!options?.dryRun) this.objects.pods = this.objects.pods.filter((p) => p !== pod);
    return { dryRun: Boolean(options?.dryRun), before: clone(pod), after: undefined };
  }
  async scale(
    kind: ScalableKind,
    namespace: string,
    name: string,
    replicas: number,
    options?: MutationOptions,
  ) {
    this.#enter('scale', [kind, namespace, name, replicas, options]);
    const items: (Deployment | StatefulSet)[] =
      kind === 'StatefulSet' ? this.objects.statefulSets : this.objects.deployments;
    const target = this.#find(items, namespace, name);
    if (!target?.spec) throw new NotFoundError(`${kind} ${namespace}/${name} not found`);
    const before = target.spec.replicas ?? 1;
    this.#record(options?.dryRun, `scale ${namespace}/${name} ${replicas}`);
    if (!options?.dryRun && before !== replicas) {
      target.spec.replicas = replicas;
      bumpGeneration(target);
    }
    return { dryRun: Boolean(options?.dryRun), before: { replicas: before }, after: { replicas } };
  }
  async patchContainerResources(
    kind: 'Deployment' | 'StatefulSet' | 'DaemonSet',
    namespace: string,
    name: string,
    container: string,
    resources: ContainerResources,
    options?: PatchResourcesOptions,
  ) {
    this.#enter('patchContainerResources', [kind, namespace, name, container, resources, options]);
    const target = this.#template(kind, namespace, name);
    const before = clone(target);
    if (options?.resourceVersion && target.metadata?.resourceVersion !== options.resourceVersion) {
      throw new ConflictError(`${kind} ${namespace}/${name} changed since it was read`);
    }
    const list = options?.list ?? 'containers';
    const spec = target.spec?.template.spec?.[list]?.find((c) => c.name === container);
    if (!spec) throw new NotFoundError(`container ${container} not found in ${list} of ${namespace}/${name}`);
    this.#record(
      options?.dryRun,
      `patch-resources ${namespace}/${name} ${container} ${JSON.stringify(resources)}${options?.annotations ? ` annotations ${JSON.stringify(options.annotations)}` : ''}`,
    );
    if (!options?.dryRun) {
      spec.resources = {
        limits: { ...spec.resources?.limits, ...resources.limits },
        requests: { ...spec.resources?.requests, ...resources.requests },
      };
      if (target.metadata) {
        target.metadata.generation = (target.metadata.generation ?? 1) + 1;
        target.metadata.resourceVersion = String(Number(target.metadata.resourceVersion ?? '1') + 1);
        if (options?.annotations) {
          target.metadata.annotations = { ...target.metadata.annotations, ...options.annotations };
        }
      }
    }
    return { dryRun: Boolean(options?.dryRun), before, after: clone(target) };
  }
  async rollbackDeployment(namespace: string, name: string, options?: RollbackOptions) {
    this.#enter('rollbackDeployment', [namespace, name, options]);
    const target = this.#template('Deployment', namespace, name) as Deployment;
    const revision = Number(
      target.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? Number.NaN,
    );
    if (options?.fromRevision !== undefined && revision !== options.fromRevision) {
      throw new ConflictError(`Deployment ${namespace}/${name} moved on to revision ${revision}`);
    }
    this.#record(options?.dryRun, `rollback ${namespace}/${name}`);
    return { dryRun: Boolean(options?.dryRun), before: clone(target), after: clone(target) };
  }
  async applyNetworkPolicy(
    policy: Parameters<ClusterWriter['applyNetworkPolicy']>[0],
    options?: MutationOptions,
  ) {
    this.#enter('applyNetworkPolicy', [policy, options]);
    this.#record(options?.dryRun, `network-policy ${policy.metadata?.namespace}/${policy.metadata?.name}`);
    return { dryRun: Boolean(options?.dryRun), before: undefined, after: clone(policy) };
  }
  async label(ref: ObjectRef, labels: Record<string, string | null>, options?: MutationOptions) {
    this.#enter('label', [ref, labels, options]);
    this.#record(options?.dryRun, `label ${ref.kind} ${ref.namespace}/${ref.name} ${JSON.stringify(labels)}`);
    return { dryRun: Boolean(options?.dryRun), before: undefined, after: undefined };
  }
  async annotate(ref: ObjectRef, annotations: Record<string, string | null>, options?: MutationOptions) {
    this.#enter('annotate', [ref, annotations, options]);
    this.#record(
      options?.dryRun,
      `annotate ${ref.kind} ${ref.namespace}/${ref.name} ${JSON.stringify(annotations)}`,
    );
    if (!options?.dryRun && ref.kind !== 'Node' && ref.namespace) {
      const target =
        ref.kind === 'CronJob'
          ? this.#cronJob(ref.namespace, ref.name)
          : this.#template(ref.kind as 'Deployment', ref.namespace, ref.name);
      if (target.metadata) {
        const merged: Record<string, string> = { ...target.metadata.annotations };
        for (const [key, value] of Object.entries(annotations)) {
          if (value === null) delete merged[key];
          else merged[key] = value;
        }
        target.metadata.annotations = merged;
      }
    }
    return { dryRun: Boolean(options?.dryRun), before: undefined, after: undefined };
  }
  async suspendCronJob(
    namespace: string,
    name: string,
    suspend: boolean,
    options?: MutationOptions,
  ): Promise<MutationResult<CronJob>> {
    this.#enter('suspendCronJob', [namespace, name, suspend, options]);
    const target = this.#cronJob(namespace, name);
    const before = clone(target);
    this.#record(options?.dryRun, `${suspend ? 'suspend' : 'resume'} cronjob ${namespace}/${name}`);
    if (!options?.dryRun && (target.spec?.suspend ?? false) !== suspend && target.spec) {
      target.spec.suspend = suspend;
      bumpGeneration(target);
    }
    return { dryRun: Boolean(options?.dryRun), before, after: clone(target) };
  }
  async cordonNode(name: string, options?: MutationOptions): Promise<MutationResult<Node>> {
    this.#enter('cordonNode', [name, options]);
    const node = this.objects.nodes.find((n) => n.metadata?.name === name);
    if (!node) throw new NotFoundError(`node ${name} not found`);
    this.#record(options?.dryRun, `cordon ${name}`);
    const before = clone(node);
    if (!options?.dryRun) node.spec = { ...node.spec, unschedulable: true };
    return { dryRun: Boolean(options?.dryRun), before, after: clone(node) };
  }
  async uncordonNode(name: string, options?: MutationOptions): Promise<MutationResult<Node>> {
    this.#enter('uncordonNode', [name, options]);
    const node = this.objects.nodes.find((n) => n.metadata?.name === name);
    if (!node) throw new NotFoundError(`node ${name} not found`);
    this.#record(options?.dryRun, `uncordon ${name}`);
    const before = clone(node);
    if (!options?.dryRun) node.spec = { ...node.spec, unschedulable: false };
    return { dryRun: Boolean(options?.dryRun), before, after: clone(node) };
  }
  async drainNode(name: string, options?: DrainOptions): Promise<DrainResult> {
    this.#enter('drainNode', [name, options]);
    await this.cordonNode(name, options);
    const onNode = this.objects.pods.filter((p) => p.spec?.nodeName === name);
    const skipped = onNode.flatMap((p) => {
      const reason = drainSkipReason(p, options ?? {});
      return reason ? [{ pod: `${p.metadata?.namespace}/${p.metadata?.name}`, reason }] : [];
    });
    const pods = onNode.filter((p) => drainSkipReason(p, options ?? {}) === undefined);
    this.#record(options?.dryRun, `drain ${name}`);
    if (!options?.dryRun) this.objects.pods = this.objects.pods.filter((p) => !pods.includes(p));
    return {
      node: name,
      evicted: pods.map((p) => `${p.metadata?.namespace}/${p.metadata?.name}`),
      skipped,
    };
  }

  #cronJob(namespace: string, name: string): CronJob {
    const found = this.#find(this.objects.cronJobs, namespace, name);
    if (!found) throw new NotFoundError(`CronJob ${namespace}/${name} not found`);
    return found;
  }

  #template(kind: 'Deployment' | 'StatefulSet' | 'DaemonSet', namespace: string, name: string) {
    const items: (Deployment | StatefulSet | DaemonSet)[] =
      kind === 'Deployment'
        ? this.objects.deployments
        : kind === 'StatefulSet'
          ? this.objects.statefulSets
          : this.objects.daemonSets;
    const found = this.#find(items, namespace, name);
    if (!found) throw new NotFoundError(`${kind} ${namespace}/${name} not found`);
    return found;
  }
}

/**
 * What the API server answers for `pods/log`: the last `tailLines` lines, of which it then returns
 * the *first* `limitBytes` bytes (the kubelet streams from the start of the tail and stops at the
 * limit; a multi-byte character cut in two decodes as U+FFFD, as with the real client).
 */
function podLogAnswer(text: string, options: LogOptions | undefined): string {
  let out = text;
  if (options?.tailLines !== undefined) {
    if (options.tailLines <= 0) return '';
    const body = out.endsWith('\n') ? out.slice(0, -1) : out;
    const lines = body.split('\n');
    if (lines.length > options.tailLines) {
      out = lines.slice(-options.tailLines).join('\n') + (out.endsWith('\n') ? '\n' : '');
    }
  }
  if (options?.limitBytes !== undefined && options.limitBytes >= 0) {
    const bytes = Buffer.from(out, 'utf8');
    if (bytes.length > options.limitBytes) out = bytes.subarray(0, options.limitBytes).toString('utf8');
  }
  return out;
}
