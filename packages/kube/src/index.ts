export { createClusterAccess, createClusterAccessFromKubeconfig } from './access.ts';
export { drainSkipReason, isNodeBound } from './drain.ts';
export { openClusterDump } from './dump/dump-reader.ts';
export type {
  CertManagerCertificate,
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
  Ingress,
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
  PodDisruptionBudget,
  ReplicaSet,
  ResourceQuota,
  Role,
  RoleBinding,
  RollbackOptions,
  ScalableKind,
  Secret,
  ServiceAccount,
  StatefulSet,
} from './ports.ts';
export type { Permission } from './rbac.ts';
export { RBAC_GROUPS, REQUIRED_PERMISSIONS } from './rbac.ts';
export { RESTARTED_AT_ANNOTATION, ROLLBACK_FROM_REVISION_ANNOTATION } from './writer.ts';
