/** A subresource as discovery announces it (`deployments/scale` is an autoscaling/v1 `Scale`). */
export type SubresourceDef = {
  name: 'status' | 'scale' | 'log' | 'eviction' | 'finalize';
  kind: string;
  group?: string;
  version?: string;
  verbs: string[];
};

/** One REST resource the sandbox serves. */
export type ResourceDef = {
  /** '' for the core group. */
  group: string;
  version: string;
  /** The plural, as in the URL: `pods`. */
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  subresources: SubresourceDef[];
};

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const STATUS: SubresourceDef = { name: 'status', kind: '', verbs: ['get', 'patch', 'update'] };
const SCALE: SubresourceDef = {
  name: 'scale',
  kind: 'Scale',
  group: 'autoscaling',
  version: 'v1',
  verbs: ['get', 'patch', 'update'],
};

function def(
  group: string,
  version: string,
  plural: string,
  kind: string,
  namespaced: boolean,
  shortNames: string[] = [],
  extra: { categories?: string[]; subresources?: SubresourceDef[]; verbs?: string[] } = {},
): ResourceDef {
  return {
    group,
    version,
    plural,
    singular: kind.toLowerCase(),
    kind,
    namespaced,
    shortNames,
    categories: extra.categories ?? [],
    verbs: extra.verbs ?? CRUD,
    subresources: (extra.subresources ?? []).map((s) => ({ ...s, kind: s.kind || kind })),
  };
}

const ALL = ['all'];

/** Every resource the sandbox serves, in discovery order. */
export const RESOURCES: readonly ResourceDef[] = [
  def('', 'v1', 'pods', 'Pod', true, ['po'], {
    categories: ALL,
    subresources: [
      STATUS,
      { name: 'log', kind: 'Pod', verbs: ['get'] },
      { name: 'eviction', kind: 'Eviction', group: 'policy', version: 'v1', verbs: ['create'] },
    ],
  }),
  def('', 'v1', 'nodes', 'Node', false, ['no'], { subresources: [STATUS] }),
  def('', 'v1', 'namespaces', 'Namespace', false, ['ns'], {
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    subresources: [STATUS, { name: 'finalize', kind: 'Namespace', verbs: ['update'] }],
  }),
  def('', 'v1', 'events', 'Event', true, ['ev']),
  def('', 'v1', 'services', 'Service', true, ['svc'], { categories: ALL, subresources: [STATUS] }),
  def('', 'v1', 'endpoints', 'Endpoints', true, ['ep']),
  def('', 'v1', 'secrets', 'Secret', true),
  def('', 'v1', 'configmaps', 'ConfigMap', true, ['cm']),
  def('', 'v1', 'serviceaccounts', 'ServiceAccount', true, ['sa']),
  def('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true, ['pvc'], { subresources: [STATUS] }),
  def('', 'v1', 'persistentvolumes', 'PersistentVolume', false, ['pv'], { subresources: [STATUS] }),
  def('', 'v1', 'limitranges', 'LimitRange', true, ['limits']),
  // Nothing creates them any more, but `kubectl cluster-info dump` lists them in every namespace.
  def('', 'v1', 'replicationcontrollers', 'ReplicationController', true, ['rc'], {
    categories: ALL,
    subresources: [STATUS, SCALE],
  }),
  def('', 'v1', 'resourcequotas', 'ResourceQuota', true, ['quota'], { subresources: [STATUS] }),
  def('apps', 'v1', 'deployments', 'Deployment', true, ['deploy'], {
    categories: ALL,
    subresources: [STATUS, SCALE],
  }),
  def('apps', 'v1', 'replicasets', 'ReplicaSet', true, ['rs'], {
    categories: ALL,
    subresources: [STATUS, SCALE],
  }),
  def('apps', 'v1', 'statefulsets', 'StatefulSet', true, ['sts'], {
    categories: ALL,
    subresources: [STATUS, SCALE],
  }),
  def('apps', 'v1', 'daemonsets', 'DaemonSet', true, ['ds'], { categories: ALL, subresources: [STATUS] }),
  def('apps', 'v1', 'controllerrevisions', 'ControllerRevision', true),
  def('batch', 'v1', 'jobs', 'Job', true, [], { categories: ALL, subresources: [STATUS] }),
  def('batch', 'v1', 'cronjobs', 'CronJob', true, ['cj'], { categories: ALL, subresources: [STATUS] }),
  def('networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicy', true, ['netpol']),
  def('networking.k8s.io', 'v1', 'ingresses', 'Ingress', true, ['ing'], { subresources: [STATUS] }),
  def('rbac.authorization.k8s.io', 'v1', 'roles', 'Role', true),
  def('rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding', true),
  def('rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole', false),
  def('rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding', false),
  def('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, ['pdb'], {
    subresources: [STATUS],
  }),
  def('autoscaling', 'v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, ['hpa'], {
    categories: ALL,
    subresources: [STATUS],
  }),
  def('coordination.k8s.io', 'v1', 'leases', 'Lease', true),
  // cert-manager's CRD, as a cluster with cert-manager installed serves it (the certificate forecast reads it).
  def('cert-manager.io', 'v1', 'certificates', 'Certificate', true, ['cert', 'certs'], {
    subresources: [STATUS],
  }),
  def('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, [], {
    verbs: ['create'],
  }),
];

/** `pods`, `deployments.apps`: how the API server names a resource in messages, and the store's key. */
export function qualifiedName(resource: Pick<ResourceDef, 'group' | 'plural'>): string {
  return resource.group ? `${resource.plural}.${resource.group}` : resource.plural;
}

/** `Deployment.apps`, `Pod`: how the API server names a kind in `Invalid` messages. */
export function qualifiedKind(resource: Pick<ResourceDef, 'group' | 'kind'>): string {
  return resource.group ? `${resource.kind}.${resource.group}` : resource.kind;
}

export function apiVersionOf(resource: Pick<ResourceDef, 'group' | 'version'>): string {
  return resource.group ? `${resource.group}/${resource.version}` : resource.version;
}

/** Lookups over a set of resource definitions. */
export class ResourceRegistry {
  readonly all: readonly ResourceDef[];
  readonly #byPath = new Map<string, ResourceDef>();
  readonly #byKind = new Map<string, ResourceDef>();

  constructor(resources: readonly ResourceDef[] = RESOURCES) {
    this.all = resources;
    for (const r of resources) {
      this.#byPath.set(`${r.group}/${r.version}/${r.plural}`, r);
      this.#byKind.set(r.kind, r);
    }
  }

  /** The resource at `/api[s]/<group>/<version>/<plural>`. */
  byPath(group: string, version: string, plural: string): ResourceDef | undefined {
    return this.#byPath.get(`${group}/${version}/${plural}`);
  }

  /** By kind name (`Deployment`); kinds are unique across the groups the sandbox serves. */
  byKind(kind: string): ResourceDef {
    const found = this.#byKind.get(kind);
    if (!found) throw new Error(`unknown kind ${kind}`);
    return found;
  }

  hasKind(kind: string): boolean {
    return this.#byKind.has(kind);
  }

  groups(): { name: string; versions: string[] }[] {
    const groups = new Map<string, Set<string>>();
    for (const r of this.all) {
      if (!r.group) continue;
      const versions = groups.get(r.group) ?? new Set<string>();
      versions.add(r.version);
      groups.set(r.group, versions);
    }
    return [...groups].map(([name, versions]) => ({ name, versions: [...versions] }));
  }

  inGroupVersion(group: string, version: string): ResourceDef[] {
    return this.all.filter((r) => r.group === group && r.version === version);
  }
}
