import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { NotFoundError } from '@sre-agent/core';
import * as z from 'zod';
import type { KubeApis } from './apis.ts';
import type { KubeCaller } from './call.ts';
import { type RbacRole, statusCodeOf, statusOf, toKubeError } from './errors.ts';
import { ownerChain } from './owner-chain.ts';
import type { PageRequest } from './pagination.ts';
import type {
  CertManagerCertificate,
  ClusterReader,
  ClusterRole,
  ClusterRoleBinding,
  ConfigMap,
  CronJob,
  DaemonSet,
  Deployment,
  HorizontalPodAutoscaler,
  Ingress,
  Job,
  KubeEvent,
  ListOptions,
  LogOptions,
  Namespace,
  NetworkPolicy,
  Node,
  ObjectRef,
  OwnerLink,
  Pod,
  PodDisruptionBudget,
  ReplicaSet,
  ResourceQuota,
  Role,
  RoleBinding,
  Secret,
  Service,
  ServiceAccount,
  StatefulSet,
} from './ports.ts';
import { retryTransient } from './retry.ts';

type Query = {
  limit: number;
  _continue?: string;
  labelSelector?: string;
  fieldSelector?: string;
};

/** 400 answers to a log request that mean "there is no such log" rather than "bad request". */
const NO_LOG =
  /previous terminated container .* not found|is waiting to start|ContainerCreating|PodInitializing|is not valid for pod/i;

const CERTIFICATES = { group: 'cert-manager.io', version: 'v1', resourcePlural: 'certificates' } as const;

/** A cert-manager Certificate as served: loose (cert-manager adds fields), only what the agent reads is checked. */
const CertificateSchema = z.object({
  metadata: z
    .object({ name: z.string().optional(), namespace: z.string().optional(), uid: z.string().optional() })
    .optional(),
  spec: z
    .object({
      secretName: z.string().optional(),
      dnsNames: z.array(z.string()).optional(),
      commonName: z.string().optional(),
      issuerRef: z.object({ name: z.string().optional(), kind: z.string().optional() }).optional(),
    })
    .optional(),
  status: z
    .object({
      notAfter: z.string().optional(),
      notBefore: z.string().optional(),
      renewalTime: z.string().optional(),
      conditions: z
        .array(
          z.object({
            type: z.string(),
            status: z.string(),
            reason: z.string().optional(),
            message: z.string().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

/** A custom-object list page in the shape the typed lists have (`metadata._continue`). */
function customPage(raw: unknown): { items: unknown[]; metadata: { _continue?: string } } {
  const page = raw as { items?: unknown[]; metadata?: { continue?: string } } | undefined;
  const next = page?.metadata?.continue;
  return { items: page?.items ?? [], metadata: next ? { _continue: next } : {} };
}

/**
 * `ClusterReader` over the Kubernetes API: every list is paginated to the end, 404 reads are
 * `undefined`, transient failures are retried and the rest become domain errors.
 */
export class KubernetesClusterReader implements ClusterReader {
  readonly cluster: string;
  readonly #apis: KubeApis;
  readonly #caller: KubeCaller;
  readonly #pageSize: number | undefined;

  constructor(options: { cluster: string; apis: KubeApis; caller: KubeCaller; pageSize?: number }) {
    this.cluster = options.cluster;
    this.#apis = options.apis;
    this.#caller = options.caller;
    this.#pageSize = options.pageSize;
  }

  #list<T>(
    resource: string,
    options: ListOptions | undefined,
    namespaced: (namespace: string, query: Query) => Promise<unknown>,
    all: (query: Query) => Promise<unknown>,
    role: RbacRole = 'read-only',
  ): Promise<T[]> {
    const namespace = options?.namespace;
    const fetchPage = (request: PageRequest) => {
      const query: Query = { limit: request.limit };
      if (request.continueToken !== undefined) query._continue = request.continueToken;
      if (options?.labelSelector) query.labelSelector = options.labelSelector;
      if (options?.fieldSelector) query.fieldSelector = options.fieldSelector;
      return namespace === undefined ? all(query) : namespaced(namespace, query);
    };
    return this.#caller.list<T>(
      { verb: 'list', resource, role, ...(namespace ? { namespace } : {}) },
      fetchPage,
      options?.pageSize ?? this.#pageSize,
    );
  }

  #get<T>(resource: string, namespace: string | undefined, name: string, read: () => Promise<T>) {
    return this.#caller.read<T>(
      { verb: 'get', resource, name, role: 'read-only', ...(namespace !== undefined ? { namespace } : {}) },
      read,
    );
  }

  listPods(options?: ListOptions): Promise<Pod[]> {
    const { core } = this.#apis;
    return this.#list(
      'pods',
      options,
      (namespace, q) => core.listNamespacedPod({ namespace, ...q }),
      (q) => core.listPodForAllNamespaces(q),
    );
  }

  listNodes(options?: Omit<ListOptions, 'namespace'>): Promise<Node[]> {
    const { core } = this.#apis;
    const list = (q: Query) => core.listNode(q);
    return this.#list('nodes', { ...options, namespace: undefined }, (_ns, q) => list(q), list);
  }

  listDeployments(options?: ListOptions): Promise<Deployment[]> {
    const { apps } = this.#apis;
    return this.#list(
      'deployments',
      options,
      (namespace, q) => apps.listNamespacedDeployment({ namespace, ...q }),
      (q) => apps.listDeploymentForAllNamespaces(q),
    );
  }

  listReplicaSets(options?: ListOptions): Promise<ReplicaSet[]> {
    const { apps } = this.#apis;
    return this.#list(
      'replicasets',
      options,
      (namespace, q) => apps.listNamespacedReplicaSet({ namespace, ...q }),
      (q) => apps.listReplicaSetForAllNamespaces(q),
    );
  }

  listStatefulSets(options?: ListOptions): Promise<StatefulSet[]> {
    const { apps } = this.#apis;
    return this.#list(
      'statefulsets',
      options,
      (namespace, q) => apps.listNamespacedStatefulSet({ namespace, ...q }),
      (q) => apps.listStatefulSetForAllNamespaces(q),
    );
  }

  listDaemonSets(options?: ListOptions): Promise<DaemonSet[]> {
    const { apps } = this.#apis;
    return this.#list(
      'daemonsets',
      options,
      (namespace, q) => apps.listNamespacedDaemonSet({ namespace, ...q }),
      (q) => apps.listDaemonSetForAllNamespaces(q),
    );
  }

  listJobs(options?: ListOptions): Promise<Job[]> {
    const { batch } = this.#apis;
    return this.#list(
      'jobs',
      options,
      (namespace, q) => batch.listNamespacedJob({ namespace, ...q }),
      (q) => batch.listJobForAllNamespaces(q),
    );
  }

  listEvents(options?: ListOptions): Promise<KubeEvent[]> {
    const { core } = this.#apis;
    return this.#list(
      'events',
      options,
      (namespace, q) => core.listNamespacedEvent({ namespace, ...q }),
      (q) => core.listEventForAllNamespaces(q),
    );
  }

  listNamespaces(options?: Omit<ListOptions, 'namespace'>): Promise<Namespace[]> {
    const { core } = this.#apis;
    const list = (q: Query) => core.listNamespace(q);
    return this.#list('namespaces', { ...options, namespace: undefined }, (_ns, q) => list(q), list);
  }

  listServices(options?: ListOptions): Promise<Service[]> {
    const { core } = this.#apis;
    return this.#list(
      'services',
      options,
      (namespace, q) => core.listNamespacedService({ namespace, ...q }),
      (q) => core.listServiceForAllNamespaces(q),
    );
  }

  listNetworkPolicies(options?: ListOptions): Promise<NetworkPolicy[]> {
    const { networking } = this.#apis;
    return this.#list(
      'networkpolicies',
      options,
      (namespace, q) => networking.listNamespacedNetworkPolicy({ namespace, ...q }),
      (q) => networking.listNetworkPolicyForAllNamespaces(q),
    );
  }

  listSecrets(options?: ListOptions): Promise<Secret[]> {
    const { core } = this.#apis;
    return this.#list(
      'secrets',
      options,
      (namespace, q) => core.listNamespacedSecret({ namespace, ...q }),
      (q) => core.listSecretForAllNamespaces(q),
      'secrets-scan',
    );
  }

  listConfigMaps(options?: ListOptions): Promise<ConfigMap[]> {
    const { core } = this.#apis;
    return this.#list(
      'configmaps',
      options,
      (namespace, q) => core.listNamespacedConfigMap({ namespace, ...q }),
      (q) => core.listConfigMapForAllNamespaces(q),
    );
  }

  listPodDisruptionBudgets(options?: ListOptions): Promise<PodDisruptionBudget[]> {
    const { policy } = this.#apis;
    return this.#list(
      'poddisruptionbudgets',
      options,
      (namespace, q) => policy.listNamespacedPodDisruptionBudget({ namespace, ...q }),
      (q) => policy.listPodDisruptionBudgetForAllNamespaces(q),
    );
  }

  listResourceQuotas(options?: ListOptions): Promise<ResourceQuota[]> {
    const { core } = this.#apis;
    return this.#list(
      'resourcequotas',
      options,
      (namespace, q) => core.listNamespacedResourceQuota({ namespace, ...q }),
      (q) => core.listResourceQuotaForAllNamespaces(q),
    );
  }

  listHorizontalPodAutoscalers(options?: ListOptions): Promise<HorizontalPodAutoscaler[]> {
    const { autoscaling } = this.#apis;
    return this.#list(
      'horizontalpodautoscalers',
      options,
      (namespace, q) => autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace, ...q }),
      (q) => autoscaling.listHorizontalPodAutoscalerForAllNamespaces(q),
    );
  }
  listCronJobs(options?: ListOptions): Promise<CronJob[]> {
    const { batch } = this.#apis;
    return this.#list(
      'cronjobs',
      options,
      (namespace, q) => batch.listNamespacedCronJob({ namespace, ...q }),
      (q) => batch.listCronJobForAllNamespaces(q),
    );
  }

  listIngresses(options?: ListOptions): Promise<Ingress[]> {
    const { networking } = this.#apis;
    return this.#list(
      'ingresses',
      options,
      (namespace, q) => networking.listNamespacedIngress({ namespace, ...q }),
      (q) => networking.listIngressForAllNamespaces(q),
    );
  }

  async listCertificates(options?: ListOptions): Promise<CertManagerCertificate[]> {
    const { customObjects } = this.#apis;
    try {
      const raw = await this.#list<unknown>(
        'certificates',
        options,
        (namespace, q) =>
          customObjects
            .listNamespacedCustomObject({
              ...CERTIFICATES,
              plural: CERTIFICATES.resourcePlural,
              namespace,
              ...q,
            })
            .then(customPage),
        (q) => customObjects.listCustomObjectForAllNamespaces({ ...CERTIFICATES, ...q }).then(customPage),
      );
      return raw.flatMap((item) => {
        const parsed = CertificateSchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
    } catch (error) {
      // cert-manager is not installed: the API group is not served.
      if (error instanceof NotFoundError) return [];
      throw error;
    }
  }

  listServiceAccounts(options?: ListOptions): Promise<ServiceAccount[]> {
    const { core } = this.#apis;
    return this.#list(
      'serviceaccounts',
      options,
      (namespace, q) => core.listNamespacedServiceAccount({ namespace, ...q }),
      (q) => core.listServiceAccountForAllNamespaces(q),
    );
  }

  listRoles(options?: ListOptions): Promise<Role[]> {
    const { rbac } = this.#apis;
    return this.#list(
      'roles',
      options,
      (namespace, q) => rbac.listNamespacedRole({ namespace, ...q }),
      (q) => rbac.listRoleForAllNamespaces(q),
    );
  }

  listRoleBindings(options?: ListOptions): Promise<RoleBinding[]> {
    const { rbac } = this.#apis;
    return this.#list(
      'rolebindings',
      options,
      (namespace, q) => rbac.listNamespacedRoleBinding({ namespace, ...q }),
      (q) => rbac.listRoleBindingForAllNamespaces(q),
    );
  }

  listClusterRoles(options?: Omit<ListOptions, 'namespace'>): Promise<ClusterRole[]> {
    const list = (q: Query) => this.#apis.rbac.listClusterRole(q);
    return this.#list('clusterroles', { ...options, namespace: undefined }, (_ns, q) => list(q), list);
  }

  listClusterRoleBindings(options?: Omit<ListOptions, 'namespace'>): Promise<ClusterRoleBinding[]> {
    const list = (q: Query) => this.#apis.rbac.listClusterRoleBinding(q);
    return this.#list('clusterrolebindings', { ...options, namespace: undefined }, (_ns, q) => list(q), list);
  }

  getPod(namespace: string, name: string): Promise<Pod | undefined> {
    return this.#get('pods', namespace, name, () => this.#apis.core.readNamespacedPod({ namespace, name }));
  }

  getNode(name: string): Promise<Node | undefined> {
    return this.#get('nodes', undefined, name, () => this.#apis.core.readNode({ name }));
  }

  getDeployment(namespace: string, name: string): Promise<Deployment | undefined> {
    return this.#get('deployments', namespace, name, () =>
      this.#apis.apps.readNamespacedDeployment({ namespace, name }),
    );
  }

  getReplicaSet(namespace: string, name: string): Promise<ReplicaSet | undefined> {
    return this.#get('replicasets', namespace, name, () =>
      this.#apis.apps.readNamespacedReplicaSet({ namespace, name }),
    );
  }

  getStatefulSet(namespace: string, name: string): Promise<StatefulSet | undefined> {
    return this.#get('statefulsets', namespace, name, () =>
      this.#apis.apps.readNamespacedStatefulSet({ namespace, name }),
    );
  }

  getDaemonSet(namespace: string, name: string): Promise<DaemonSet | undefined> {
    return this.#get('daemonsets', namespace, name, () =>
      this.#apis.apps.readNamespacedDaemonSet({ namespace, name }),
    );
  }

  async readPodLog(namespace: string, pod: string, options: LogOptions = {}): Promise<string | undefined> {
    const call = { verb: 'get', resource: 'pods/log', namespace, name: pod, role: 'read-only' } as const;
    const request = {
      namespace,
      name: pod,
      ...(options.container !== undefined ? { container: options.container } : {}),
      ...(options.previous ? { previous: true } : {}),
      ...(options.tailLines !== undefined ? { tailLines: options.tailLines } : {}),
      ...(options.limitBytes !== undefined ? { limitBytes: options.limitBytes } : {}),
    };
    try {
      const text = await retryTransient(
        () => this.#apis.core.readNamespacedPodLog(request),
        this.#caller.deps,
        'get pods/log',
      );
      return typeof text === 'string' ? text : String(text ?? '');
    } catch (error) {
      const code = statusCodeOf(error);
      if (code === 404) return undefined;
      if (code === 400 && NO_LOG.test(statusOf(error)?.message ?? '')) return undefined;
      throw toKubeError(error, call);
    }
  }

  async eventsFor(ref: ObjectRef): Promise<CoreV1Event[]> {
    const selector = [`involvedObject.kind=${ref.kind}`, `involvedObject.name=${ref.name}`];
    if (ref.namespace) selector.push(`involvedObject.namespace=${ref.namespace}`);
    if (ref.uid) selector.push(`involvedObject.uid=${ref.uid}`);
    const events = await this.listEvents({
      fieldSelector: selector.join(','),
      ...(ref.namespace ? { namespace: ref.namespace } : {}),
    });
    return events.sort((a, b) => eventTime(a) - eventTime(b));
  }

  getJob(namespace: string, name: string): Promise<Job | undefined> {
    return this.#get('jobs', namespace, name, () => this.#apis.batch.readNamespacedJob({ namespace, name }));
  }

  getCronJob(namespace: string, name: string): Promise<CronJob | undefined> {
    return this.#get('cronjobs', namespace, name, () =>
      this.#apis.batch.readNamespacedCronJob({ namespace, name }),
    );
  }

  ownerChain(pod: V1Pod): Promise<OwnerLink[]> {
    return ownerChain(pod, (kind, namespace, name) => {
      switch (kind) {
        case 'ReplicaSet':
          return this.getReplicaSet(namespace, name);
        case 'Deployment':
          return this.getDeployment(namespace, name);
        case 'StatefulSet':
          return this.getStatefulSet(namespace, name);
        case 'DaemonSet':
          return this.getDaemonSet(namespace, name);
        case 'Job':
          return this.getJob(namespace, name);
        case 'CronJob':
          return this.getCronJob(namespace, name);
        default:
          return Promise.resolve('unsupported');
      }
    });
  }
}

/** When an event last happened, whichever of its time fields the source filled in. */
export function eventTime(event: CoreV1Event): number {
  const time =
    event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata?.creationTimestamp;
  if (time === undefined) return 0;
  const ms = new Date(time as unknown as string | Date).getTime();
  return Number.isNaN(ms) ? 0 : ms;
}
