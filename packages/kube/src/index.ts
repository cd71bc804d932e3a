export { createClusterAccess, createClusterAccessFromKubeconfig } from './access.ts';
export { drainSkipReason } from './drain.ts';
export type {
  ClusterReader,
  ClusterWriter,
  ContainerResources,
  DaemonSet,
  Deployment,
  DrainOptions,
  DrainResult,
  Job,
  KubeEvent,
  ListOptions,
  LogOptions,
  MutationOptions,
  MutationResult,
  Node,
  ObjectRef,
  OwnerLink,
  PatchResourcesOptions,
  Pod,
  ReplicaSet,
  RollbackOptions,
  ScalableKind,
  StatefulSet,
} from './ports.ts';
export { RBAC_GROUPS } from './rbac.ts';
