export type { ClusterAccess, ClusterAccessDeps } from './access.ts';
export { accessFromKubeConfig, createClusterAccess, createClusterAccessFromKubeconfig } from './access.ts';
export type { KubeApis } from './apis.ts';
export { createKubeApis } from './apis.ts';
export type { DrainPolicy } from './drain.ts';
export { DEFAULT_DRAIN_POLICY, drainSkipReason } from './drain.ts';
export type { EksClusterEndpoint } from './eks/describe-cluster.ts';
export { describeEksCluster } from './eks/describe-cluster.ts';
export { EKS_AUTH_PROVIDER, EksTokenAuthenticator, eksKubeConfig } from './eks/kubeconfig.ts';
export type { AwsCredentials, AwsCredentialsProvider, EksToken } from './eks/token.ts';
export {
  CLUSTER_ID_HEADER,
  createEksToken,
  EKS_TOKEN_PREFIX,
  EksTokenProvider,
  PRESIGN_EXPIRES_SECONDS,
  TOKEN_LIFETIME_MS,
  TOKEN_REFRESH_MARGIN_MS,
} from './eks/token.ts';
export type { KubeCall, RbacRole } from './errors.ts';
export { forbiddenMessage, isTransient, toKubeError } from './errors.ts';
export { FIELD_MANAGER, METADATA_KINDS } from './kinds.ts';
export { DEFAULT_PAGE_SIZE } from './pagination.ts';
export type {
  ClusterReader,
  ClusterWriter,
  ConfigMap,
  ContainerList,
  ContainerResources,
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
  NetworkPolicy,
  Node,
  ObjectRef,
  OwnerLink,
  PatchResourcesOptions,
  Pod,
  PodDisruptionBudget,
  PodTemplateKind,
  ReplicaSet,
  ResourceRequirements,
  RestartableKind,
  RollbackOptions,
  ScalableKind,
  Secret,
  Service,
  StatefulSet,
} from './ports.ts';
export type { Permission } from './rbac.ts';
export { RBAC_GROUPS, REQUIRED_PERMISSIONS } from './rbac.ts';
export { KubernetesClusterReader } from './reader.ts';
export type { RetryPolicy, Sleep } from './retry.ts';
export { DEFAULT_RETRY_POLICY } from './retry.ts';
export {
  KubernetesClusterWriter,
  RESTARTED_AT_ANNOTATION,
  REVISION_ANNOTATION,
  ROLLBACK_FROM_REVISION_ANNOTATION,
} from './writer.ts';
