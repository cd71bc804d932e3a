import type {
  ConfigurationOptions,
  ObservableMiddleware,
  V1DaemonSet,
  V1Deployment,
  V1StatefulSet,
} from '@kubernetes/client-node';
import type { KubeApis } from './apis.ts';
import { PatchStrategy, setHeaderOptions } from './client-node.ts';
import type { PodTemplateKind, ScalableKind } from './ports.ts';

/** The field manager recorded in `managedFields` for every change the agent makes. */
export const FIELD_MANAGER = 'sre-agent';

export type PatchType = 'strategic' | 'merge' | 'json';

const CONTENT_TYPES = {
  strategic: PatchStrategy.StrategicMergePatch,
  merge: PatchStrategy.MergePatch,
  json: PatchStrategy.JsonPatch,
} as const;

/** Request options that set the patch content type (the client sends JSON Patch without them). */
export function patchOptions(type: PatchType): ConfigurationOptions<ObservableMiddleware> {
  return setHeaderOptions('Content-Type', CONTENT_TYPES[type]);
}

/** Query parameters shared by every mutation. */
export function mutationParams(dryRun: boolean): { dryRun?: string; fieldManager: string } {
  return dryRun ? { dryRun: 'All', fieldManager: FIELD_MANAGER } : { fieldManager: FIELD_MANAGER };
}

/** How to read and patch one kind of object, whatever its API group. */
export type KindOps<T> = {
  /** RBAC resource name (plural, lower case). */
  resource: string;
  namespaced: boolean;
  read(namespace: string, name: string): Promise<T>;
  patch(namespace: string, name: string, body: unknown, type: PatchType, dryRun: boolean): Promise<T>;
};

export type TemplateWorkload = V1Deployment | V1StatefulSet | V1DaemonSet;

/** Workloads with a pod template: Deployment, StatefulSet, DaemonSet. */
export function templateOps(apis: KubeApis, kind: PodTemplateKind): KindOps<TemplateWorkload> {
  const { apps } = apis;
  switch (kind) {
    case 'Deployment':
      return {
        resource: 'deployments',
        namespaced: true,
        read: (namespace, name) => apps.readNamespacedDeployment({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          apps.patchNamespacedDeployment(
            { namespace, name, body, ...mutationParams(dryRun) },
            patchOptions(type),
          ),
      };
    case 'StatefulSet':
      return {
        resource: 'statefulsets',
        namespaced: true,
        read: (namespace, name) => apps.readNamespacedStatefulSet({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          apps.patchNamespacedStatefulSet(
            { namespace, name, body, ...mutationParams(dryRun) },
            patchOptions(type),
          ),
      };
    case 'DaemonSet':
      return {
        resource: 'daemonsets',
        namespaced: true,
        read: (namespace, name) => apps.readNamespacedDaemonSet({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          apps.patchNamespacedDaemonSet(
            { namespace, name, body, ...mutationParams(dryRun) },
            patchOptions(type),
          ),
      };
  }
}

type ScaleShape = { spec?: { replicas?: number } };

/** The `scale` subresource of Deployments, StatefulSets and ReplicaSets. */
export function scaleOps(apis: KubeApis, kind: ScalableKind): KindOps<ScaleShape> {
  const { apps } = apis;
  switch (kind) {
    case 'Deployment':
      return {
        resource: 'deployments/scale',
        namespaced: true,
        read: (namespace, name) => apps.readNamespacedDeploymentScale({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          apps.patchNamespacedDeploymentScale(
            { namespace, name, body, ...mutationParams(dryRun) },
            patchOptions(type),
          ),
      };
    case 'StatefulSet':
      return {
        resource: 'statefulsets/scale',
        namespaced: true,
        read: (namespace, name) => apps.readNamespacedStatefulSetScale({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          apps.patchNamespacedStatefulSetScale(
            { namespace, name, body, ...mutationParams(dryRun) },
            patchOptions(type),
          ),
      };
    case 'ReplicaSet':
      return {
        resource: 'replicasets/scale',
        namespaced: true,
        read: (namespace, name) => apps.readNamespacedReplicaSetScale({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          apps.patchNamespacedReplicaSetScale(
            { namespace, name, body, ...mutationParams(dryRun) },
            patchOptions(type),
          ),
      };
  }
}

/** Kinds whose labels and annotations the writer can change. Secrets are left out on purpose. */
export const METADATA_KINDS = [
  'Pod',
  'Node',
  'Namespace',
  'Service',
  'ConfigMap',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'NetworkPolicy',
] as const;
export type MetadataKind = (typeof METADATA_KINDS)[number];

export function isMetadataKind(kind: string): kind is MetadataKind {
  return (METADATA_KINDS as readonly string[]).includes(kind);
}

/** Read and patch for every kind in `METADATA_KINDS`. */
export function metadataOps(apis: KubeApis, kind: MetadataKind): KindOps<unknown> {
  const { core, apps, batch, networking } = apis;
  const p = (dryRun: boolean) => mutationParams(dryRun);
  switch (kind) {
    case 'Pod':
      return {
        resource: 'pods',
        namespaced: true,
        read: (namespace, name) => core.readNamespacedPod({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          core.patchNamespacedPod({ namespace, name, body, ...p(dryRun) }, patchOptions(type)),
      };
    case 'Node':
      return {
        resource: 'nodes',
        namespaced: false,
        read: (_ns, name) => core.readNode({ name }),
        patch: (_ns, name, body, type, dryRun) =>
          core.patchNode({ name, body, ...p(dryRun) }, patchOptions(type)),
      };
    case 'Namespace':
      return {
        resource: 'namespaces',
        namespaced: false,
        read: (_ns, name) => core.readNamespace({ name }),
        patch: (_ns, name, body, type, dryRun) =>
          core.patchNamespace({ name, body, ...p(dryRun) }, patchOptions(type)),
      };
    case 'Service':
      return {
        resource: 'services',
        namespaced: true,
        read: (namespace, name) => core.readNamespacedService({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          core.patchNamespacedService({ namespace, name, body, ...p(dryRun) }, patchOptions(type)),
      };
    case 'ConfigMap':
      return {
        resource: 'configmaps',
        namespaced: true,
        read: (namespace, name) => core.readNamespacedConfigMap({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          core.patchNamespacedConfigMap({ namespace, name, body, ...p(dryRun) }, patchOptions(type)),
      };
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
      return templateOps(apis, kind);
    case 'ReplicaSet':
      return {
        resource: 'replicasets',
        namespaced: true,
        read: (namespace, name) => apps.readNamespacedReplicaSet({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          apps.patchNamespacedReplicaSet({ namespace, name, body, ...p(dryRun) }, patchOptions(type)),
      };
    case 'Job':
      return {
        resource: 'jobs',
        namespaced: true,
        read: (namespace, name) => batch.readNamespacedJob({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          batch.patchNamespacedJob({ namespace, name, body, ...p(dryRun) }, patchOptions(type)),
      };
    case 'CronJob':
      return {
        resource: 'cronjobs',
        namespaced: true,
        read: (namespace, name) => batch.readNamespacedCronJob({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          batch.patchNamespacedCronJob({ namespace, name, body, ...p(dryRun) }, patchOptions(type)),
      };
    case 'NetworkPolicy':
      return {
        resource: 'networkpolicies',
        namespaced: true,
        read: (namespace, name) => networking.readNamespacedNetworkPolicy({ namespace, name }),
        patch: (namespace, name, body, type, dryRun) =>
          networking.patchNamespacedNetworkPolicy(
            { namespace, name, body, ...p(dryRun) },
            patchOptions(type),
          ),
      };
  }
}
