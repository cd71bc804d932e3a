/**
 * What a strategic merge patch needs to know about a field: how lists merge (`patchStrategy`,
 * `patchMergeKey` in the Kubernetes Go types) and the schema of nested objects.
 */
export type MergeSchema = {
  fields?: Record<string, MergeSchema>;
  /** Schema of list items (for lists of objects). */
  items?: MergeSchema;
  /** Lists: `merge` merges (by `mergeKey`, or as a set for primitives); otherwise the list is replaced. */
  listStrategy?: 'merge';
  mergeKey?: string;
};

const mergeBy = (mergeKey: string, items?: MergeSchema): MergeSchema => ({
  listStrategy: 'merge',
  mergeKey,
  ...(items ? { items } : {}),
});

const OBJECT_META: MergeSchema = {
  fields: { ownerReferences: mergeBy('uid'), finalizers: { listStrategy: 'merge' } },
};

const CONTAINER: MergeSchema = {
  fields: {
    ports: mergeBy('containerPort'),
    env: mergeBy('name'),
    volumeMounts: mergeBy('mountPath'),
    volumeDevices: mergeBy('devicePath'),
  },
};

const POD_SPEC: MergeSchema = {
  fields: {
    containers: mergeBy('name', CONTAINER),
    initContainers: mergeBy('name', CONTAINER),
    ephemeralContainers: mergeBy('name', CONTAINER),
    volumes: mergeBy('name'),
    imagePullSecrets: mergeBy('name'),
    hostAliases: mergeBy('ip'),
    topologySpreadConstraints: mergeBy('topologyKey'),
    schedulingGates: mergeBy('name'),
    resourceClaims: mergeBy('name'),
  },
};

const CONDITIONS_STATUS: MergeSchema = { fields: { conditions: mergeBy('type') } };

const POD_TEMPLATE: MergeSchema = { fields: { metadata: OBJECT_META, spec: POD_SPEC } };

const WORKLOAD: MergeSchema = {
  fields: {
    metadata: OBJECT_META,
    spec: { fields: { template: POD_TEMPLATE } },
    status: CONDITIONS_STATUS,
  },
};

const BY_KIND: Record<string, MergeSchema> = {
  Pod: {
    fields: {
      metadata: OBJECT_META,
      spec: POD_SPEC,
      status: { fields: { conditions: mergeBy('type'), podIPs: mergeBy('ip'), hostIPs: mergeBy('ip') } },
    },
  },
  Deployment: WORKLOAD,
  ReplicaSet: WORKLOAD,
  StatefulSet: WORKLOAD,
  DaemonSet: WORKLOAD,
  Job: WORKLOAD,
  CronJob: {
    fields: {
      metadata: OBJECT_META,
      spec: {
        fields: {
          jobTemplate: { fields: { metadata: OBJECT_META, spec: { fields: { template: POD_TEMPLATE } } } },
        },
      },
    },
  },
  Node: {
    fields: {
      metadata: OBJECT_META,
      status: { fields: { conditions: mergeBy('type'), addresses: mergeBy('type') } },
    },
  },
  Service: { fields: { metadata: OBJECT_META, spec: { fields: { ports: mergeBy('port') } } } },
  PodDisruptionBudget: { fields: { metadata: OBJECT_META, status: CONDITIONS_STATUS } },
  HorizontalPodAutoscaler: { fields: { metadata: OBJECT_META, status: CONDITIONS_STATUS } },
  Namespace: { fields: { metadata: OBJECT_META, status: CONDITIONS_STATUS } },
};

/** The merge schema of a kind; unknown kinds merge maps and replace lists (like a JSON merge patch). */
export function mergeSchemaFor(kind: string): MergeSchema {
  return BY_KIND[kind] ?? { fields: { metadata: OBJECT_META } };
}
