/**
 * The fields of the objects the agent writes, as the admission policy compares them (data only).
 * Every field of a kind is either compared (must not change) or listed as writable by an action;
 * `admission.test.ts` checks these lists against the Kubernetes client's models, so a field added
 * by a newer Kubernetes is noticed. Only fields that exist in Kubernetes 1.30 (where
 * ValidatingAdmissionPolicy is GA) may be named: a field the API server does not know fails the
 * policy's type check, and a policy that does not compile denies every request it matches.
 */

/** PodSpec fields compared whole; `containers` and `initContainers` are compared per container. */
export const POD_SPEC_COMPARED = [
  'activeDeadlineSeconds',
  'affinity',
  'automountServiceAccountToken',
  'dnsConfig',
  'dnsPolicy',
  'enableServiceLinks',
  'ephemeralContainers',
  'hostAliases',
  'hostIPC',
  'hostNetwork',
  'hostPID',
  'hostUsers',
  'hostname',
  'imagePullSecrets',
  'nodeName',
  'nodeSelector',
  'os',
  'overhead',
  'preemptionPolicy',
  'priority',
  'priorityClassName',
  'readinessGates',
  'resourceClaims',
  'restartPolicy',
  'runtimeClassName',
  'schedulerName',
  'schedulingGates',
  'securityContext',
  'serviceAccount',
  'serviceAccountName',
  'setHostnameAsFQDN',
  'shareProcessNamespace',
  'subdomain',
  'terminationGracePeriodSeconds',
  'tolerations',
  'topologySpreadConstraints',
  'volumes',
] as const;

/** Container fields compared whole; `resources` is what raise-memory-limit changes. */
export const CONTAINER_COMPARED = [
  'args',
  'command',
  'env',
  'envFrom',
  'image',
  'imagePullPolicy',
  'lifecycle',
  'livenessProbe',
  'name',
  'ports',
  'readinessProbe',
  'resizePolicy',
  'restartPolicy',
  'securityContext',
  'startupProbe',
  'stdin',
  'stdinOnce',
  'terminationMessagePath',
  'terminationMessagePolicy',
  'tty',
  'volumeDevices',
  'volumeMounts',
  'workingDir',
] as const;

/** Fields of a kind's `spec` beside `template` (and `replicas`, which only the scale subresource changes). */
export const WORKLOAD_SPEC_COMPARED = {
  Deployment: [
    'selector',
    'replicas',
    'strategy',
    'minReadySeconds',
    'revisionHistoryLimit',
    'paused',
    'progressDeadlineSeconds',
  ],
  StatefulSet: [
    'selector',
    'replicas',
    'serviceName',
    'volumeClaimTemplates',
    'updateStrategy',
    'podManagementPolicy',
    'minReadySeconds',
    'revisionHistoryLimit',
    'persistentVolumeClaimRetentionPolicy',
    'ordinals',
  ],
  DaemonSet: ['selector', 'updateStrategy', 'minReadySeconds', 'revisionHistoryLimit'],
} as const;

/** NodeSpec fields compared whole; `unschedulable` is what a cordon changes. */
export const NODE_SPEC_COMPARED = [
  'configSource',
  'externalID',
  'podCIDR',
  'podCIDRs',
  'providerID',
  'taints',
] as const;

/** Metadata the agent never changes on the objects it patches (annotations are checked by key). */
export const METADATA_COMPARED = ['labels', 'finalizers', 'ownerReferences'] as const;

/**
 * What a rollback may not change while it replaces the pod template: who the pods run as and what
 * of the host they reach. A revision that differs there is rolled back by a human.
 */
export const ROLLBACK_PINNED = [
  'serviceAccountName',
  'serviceAccount',
  'automountServiceAccountToken',
  'securityContext',
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'hostUsers',
] as const;

/** Annotations the agent may set on workloads; the rollback marker is one of them. */
export const AGENT_ANNOTATION_PREFIX = 'sre-agent.io/';
/** The pod-template annotation `kubectl rollout restart` (and the agent) sets. */
export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
/** A rollback names the live revision it moves away from; the policy compares it with the object's. */
export const ROLLBACK_FROM_ANNOTATION = 'sre-agent.io/rollback-from-revision';
export const DEPLOYMENT_REVISION = 'deployment.kubernetes.io/revision';
/** NetworkPolicies the agent creates carry this label; it may touch no other. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'sre-agent';
