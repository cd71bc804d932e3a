import type {
  CoreV1Event,
  V1ClusterRole,
  V1ClusterRoleBinding,
  V1ConfigMap,
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1Ingress,
  V1Job,
  V1Namespace,
  V1NetworkPolicy,
  V1Node,
  V1Pod,
  V1PodDisruptionBudget,
  V1ReplicaSet,
  V1ResourceQuota,
  V1ResourceRequirements,
  V1Role,
  V1RoleBinding,
  V1Secret,
  V1Service,
  V1ServiceAccount,
  V1StatefulSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';

/**
 * Kubernetes objects as the API serves them. These are the Kubernetes API's own shapes (via
 * the client's model types), not an SDK abstraction: they are what `kubectl get -o json` shows.
 */
export type {
  CoreV1Event as KubeEvent,
  V1ClusterRole as ClusterRole,
  V1ClusterRoleBinding as ClusterRoleBinding,
  V1ConfigMap as ConfigMap,
  V1CronJob as CronJob,
  V1DaemonSet as DaemonSet,
  V1Deployment as Deployment,
  V1Ingress as Ingress,
  V1Job as Job,
  V1Namespace as Namespace,
  V1NetworkPolicy as NetworkPolicy,
  V1Node as Node,
  V1Pod as Pod,
  V1PodDisruptionBudget as PodDisruptionBudget,
  V1ReplicaSet as ReplicaSet,
  V1ResourceQuota as ResourceQuota,
  V1ResourceRequirements as ResourceRequirements,
  V1Role as Role,
  V1RoleBinding as RoleBinding,
  V1Secret as Secret,
  V1Service as Service,
  V1ServiceAccount as ServiceAccount,
  V1StatefulSet as StatefulSet,
  V2HorizontalPodAutoscaler as HorizontalPodAutoscaler,
};

/**
 * A cert-manager `Certificate` (cert-manager.io/v1), as far as the agent reads it: where the
 * certificate is stored, when it expires and whether cert-manager considers it Ready.
 */
export type CertManagerCertificate = {
  metadata?: { name?: string; namespace?: string; uid?: string };
  spec?: {
    secretName?: string;
    dnsNames?: string[];
    commonName?: string;
    issuerRef?: { name?: string; kind?: string };
  };
  status?: {
    notAfter?: string;
    notBefore?: string;
    renewalTime?: string;
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
  };
};

export type ListOptions = {
  /** Omit for all namespaces. */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Items per request (`limit`); lists always follow `continue` to the end. */
  pageSize?: number;
};

export type LogOptions = {
  container?: string;
  previous?: boolean;
  tailLines?: number;
  limitBytes?: number;
};

/** A link in an ownership chain, innermost first: Pod → ReplicaSet → Deployment. */
export type OwnerLink = { kind: string; name: string; namespace: string; uid?: string };

export type ObjectRef = { kind: string; namespace?: string; name: string; uid?: string };

/** Read-only access to one cluster: what diagnosis, scans and cost work get. */
export interface ClusterReader {
  readonly cluster: string;
  listPods(options?: ListOptions): Promise<V1Pod[]>;
  listNodes(options?: Omit<ListOptions, 'namespace'>): Promise<V1Node[]>;
  listDeployments(options?: ListOptions): Promise<V1Deployment[]>;
  listReplicaSets(options?: ListOptions): Promise<V1ReplicaSet[]>;
  listStatefulSets(options?: ListOptions): Promise<V1StatefulSet[]>;
  listDaemonSets(options?: ListOptions): Promise<V1DaemonSet[]>;
  listJobs(options?: ListOptions): Promise<V1Job[]>;
  listEvents(options?: ListOptions): Promise<CoreV1Event[]>;
  listNamespaces(options?: Omit<ListOptions, 'namespace'>): Promise<V1Namespace[]>;
  listServices(options?: ListOptions): Promise<V1Service[]>;
  listNetworkPolicies(options?: ListOptions): Promise<V1NetworkPolicy[]>;
  listSecrets(options?: ListOptions): Promise<V1Secret[]>;
  listConfigMaps(options?: ListOptions): Promise<V1ConfigMap[]>;
  listPodDisruptionBudgets(options?: ListOptions): Promise<V1PodDisruptionBudget[]>;
  listResourceQuotas(options?: ListOptions): Promise<V1ResourceQuota[]>;
  listHorizontalPodAutoscalers(options?: ListOptions): Promise<V2HorizontalPodAutoscaler[]>;
  listCronJobs(options?: ListOptions): Promise<V1CronJob[]>;
  listIngresses(options?: ListOptions): Promise<V1Ingress[]>;
  /** cert-manager Certificates; empty when the cluster does not serve cert-manager.io/v1. */
  listCertificates(options?: ListOptions): Promise<CertManagerCertificate[]>;
  /** Service accounts, roles and bindings: what the security scan judges workloads' API access by. */
  listServiceAccounts(options?: ListOptions): Promise<V1ServiceAccount[]>;
  listRoles(options?: ListOptions): Promise<V1Role[]>;
  listRoleBindings(options?: ListOptions): Promise<V1RoleBinding[]>;
  listClusterRoles(options?: Omit<ListOptions, 'namespace'>): Promise<V1ClusterRole[]>;
  listClusterRoleBindings(options?: Omit<ListOptions, 'namespace'>): Promise<V1ClusterRoleBinding[]>;
  /** `undefined` when the object does not exist. */
  getPod(namespace: string, name: string): Promise<V1Pod | undefined>;
  getNode(name: string): Promise<V1Node | undefined>;
  getDeployment(namespace: string, name: string): Promise<V1Deployment | undefined>;
  getReplicaSet(namespace: string, name: string): Promise<V1ReplicaSet | undefined>;
  getStatefulSet(namespace: string, name: string): Promise<V1StatefulSet | undefined>;
  getDaemonSet(namespace: string, name: string): Promise<V1DaemonSet | undefined>;
  /** Container log text; `undefined` when there is none (e.g. no previous container). */
  readPodLog(namespace: string, pod: string, options?: LogOptions): Promise<string | undefined>;
  /** Events whose involvedObject is this object, oldest first. */
  eventsFor(ref: ObjectRef): Promise<CoreV1Event[]>;
  /** Owners from the pod outwards, e.g. [ReplicaSet web-7d9c, Deployment web]. */
  ownerChain(pod: V1Pod): Promise<OwnerLink[]>;
}

export type MutationOptions = {
  /** Server-side dry-run (`dryRun=All`): validated and admitted by the API server, not persisted. */
  dryRun?: boolean;
};

/** What a mutation did: the object before and after (after is the server's answer, dry-run or not). */
export type MutationResult<T> = { dryRun: boolean; before: T | undefined; after: T | undefined };

export type ScalableKind = 'Deployment' | 'StatefulSet' | 'ReplicaSet';
export type RestartableKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';
export type PodTemplateKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';

export type ContainerResources = {
  limits?: Record<string, string>;
  requests?: Record<string, string>;
};

export type DrainResult = { node: string; evicted: string[]; skipped: { pod: string; reason: string }[] };

/** What a drain leaves alone besides mirror, DaemonSet and unmanaged pods (as `kubectl drain` does). */
export type DrainOptions = MutationOptions & {
  /** Pods in these namespaces are never evicted (the agent's denylist). */
  skipNamespaces?: readonly string[];
  /** Evict pods with emptyDir volumes (their data is lost); `kubectl drain --delete-emptydir-data`. Default false. */
  deleteEmptyDirData?: boolean;
};

/** Where in the pod template a container is declared. */
export type ContainerList = 'containers' | 'initContainers';

/** Options of a container resources patch. */
export type PatchResourcesOptions = MutationOptions & {
  strategy?: 'strategic' | 'merge';
  /** Which list the container is in; default `containers`. */
  list?: ContainerList;
  /** Workload annotations set in the same patch, so the change and its record land together or not at all. */
  annotations?: Record<string, string>;
  /** Refuse (409) unless the workload still has this resourceVersion. */
  resourceVersion?: string;
};

/** Pins a rollback: the revision the Deployment must be at, and the one it returns to. */
export type RollbackOptions = MutationOptions & { fromRevision?: number; toRevision?: number };

/** Mutations of one cluster: only remediation and quarantine get this, and only through the policy engine. */
export interface ClusterWriter {
  readonly cluster: string;
  /** `kubectl rollout restart`: stamps `kubectl.kubernetes.io/restartedAt` on the pod template. */
  rolloutRestart(
    kind: RestartableKind,
    namespace: string,
    name: string,
    options?: MutationOptions,
  ): Promise<MutationResult<V1Deployment | V1StatefulSet | V1DaemonSet>>;
  deletePod(namespace: string, name: string, options?: MutationOptions): Promise<MutationResult<V1Pod>>;
  /** Through the `scale` subresource; results carry replica counts. */
  scale(
    kind: ScalableKind,
    namespace: string,
    name: string,
    replicas: number,
    options?: MutationOptions,
  ): Promise<MutationResult<{ replicas: number }>>;
  /** Patches one container's resources, addressed by container name. */
  patchContainerResources(
    kind: PodTemplateKind,
    namespace: string,
    name: string,
    container: string,
    resources: ContainerResources,
    options?: PatchResourcesOptions,
  ): Promise<MutationResult<V1Deployment | V1StatefulSet | V1DaemonSet>>;
  /**
   * `kubectl rollout undo`: the pod template of the previous ReplicaSet becomes the Deployment's.
   * With `fromRevision`/`toRevision` it refuses unless the Deployment is still at `fromRevision`
   * and the previous revision is `toRevision`.
   */
  rollbackDeployment(
    namespace: string,
    name: string,
    options?: RollbackOptions,
  ): Promise<MutationResult<V1Deployment>>;
  /** Creates the NetworkPolicy, or patches it when it exists. */
  applyNetworkPolicy(
    policy: V1NetworkPolicy,
    options?: MutationOptions,
  ): Promise<MutationResult<V1NetworkPolicy>>;
  label(
    ref: ObjectRef,
    labels: Record<string, string | null>,
    options?: MutationOptions,
  ): Promise<MutationResult<unknown>>;
  annotate(
    ref: ObjectRef,
    annotations: Record<string, string | null>,
    options?: MutationOptions,
  ): Promise<MutationResult<unknown>>;
  /** Sets a CronJob's `spec.suspend` (`kubectl patch cronjob … -p '{"spec":{"suspend":true}}'`). */
  suspendCronJob(
    namespace: string,
    name: string,
    suspend: boolean,
    options?: MutationOptions,
  ): Promise<MutationResult<V1CronJob>>;
  cordonNode(name: string, options?: MutationOptions): Promise<MutationResult<V1Node>>;
  /** Makes a cordoned node schedulable again (`kubectl uncordon`). */
  uncordonNode(name: string, options?: MutationOptions): Promise<MutationResult<V1Node>>;
  /** Cordons, then evicts every evictable pod through the eviction API (PodDisruptionBudgets respected). */
  drainNode(name: string, options?: DrainOptions): Promise<DrainResult>;
}
