import type { RbacRole } from './errors.ts';

/** One RBAC permission the adapters use: verbs on a resource of an API group ('' is core). */
export type Permission = { role: RbacRole; apiGroup: string; resource: string; verbs: readonly string[] };

const READ = ['get', 'list', 'watch'] as const;

/**
 * Every permission `KubernetesClusterReader` and `KubernetesClusterWriter` need, by the role
 * (deploy/rbac/<role>.yaml) that grants it. The manifests are tested against this list.
 */
export const REQUIRED_PERMISSIONS: readonly Permission[] = [
  ...['pods', 'pods/log', 'nodes', 'events', 'namespaces', 'services', 'configmaps', 'resourcequotas'].map(
    (resource) => ({
      role: 'read-only' as const,
      apiGroup: '',
      resource,
      verbs: READ,
    }),
  ),
  ...['deployments', 'replicasets', 'statefulsets', 'daemonsets'].map((resource) => ({
    role: 'read-only' as const,
    apiGroup: 'apps',
    resource,
    verbs: READ,
  })),
  { role: 'read-only', apiGroup: 'batch', resource: 'jobs', verbs: READ },
  { role: 'read-only', apiGroup: 'batch', resource: 'cronjobs', verbs: READ },
  { role: 'read-only', apiGroup: 'networking.k8s.io', resource: 'networkpolicies', verbs: READ },
  // The certificate forecast: which Ingresses serve a TLS Secret, and cert-manager's own view of
  // its Certificates (no Secret is read on that path).
  { role: 'read-only', apiGroup: 'networking.k8s.io', resource: 'ingresses', verbs: ['get', 'list'] },
  { role: 'read-only', apiGroup: 'cert-manager.io', resource: 'certificates', verbs: ['get', 'list'] },
  // The security scan judges what workloads' service accounts may do (it lists, never watches).
  { role: 'read-only', apiGroup: '', resource: 'serviceaccounts', verbs: ['get', 'list'] },
  ...['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'].map((resource) => ({
    role: 'read-only' as const,
    apiGroup: 'rbac.authorization.k8s.io',
    resource,
    verbs: READ,
  })),
  { role: 'read-only', apiGroup: 'policy', resource: 'poddisruptionbudgets', verbs: READ },
  { role: 'read-only', apiGroup: 'autoscaling', resource: 'horizontalpodautoscalers', verbs: READ },
  { role: 'secrets-scan', apiGroup: '', resource: 'secrets', verbs: ['get', 'list'] },
  ...['deployments', 'statefulsets', 'daemonsets'].map((resource) => ({
    role: 'remediation' as const,
    apiGroup: 'apps',
    resource,
    verbs: ['get', 'patch'],
  })),
  ...['deployments/scale', 'statefulsets/scale', 'replicasets/scale'].map((resource) => ({
    role: 'remediation' as const,
    apiGroup: 'apps',
    resource,
    verbs: ['get', 'patch'],
  })),
  // Night and weekend sleep (the cost pillar): the originals as annotations, replicas through the
  // scale subresource, CronJobs suspended. Its own group, so the remediators' admission policy
  // ("only scales up") stays as strict as it is.
  ...['deployments', 'statefulsets'].map((resource) => ({
    role: 'sleep' as const,
    apiGroup: 'apps',
    resource,
    verbs: ['patch'],
  })),
  ...['deployments/scale', 'statefulsets/scale'].map((resource) => ({
    role: 'sleep' as const,
    apiGroup: 'apps',
    resource,
    verbs: ['get', 'patch'],
  })),
  { role: 'sleep', apiGroup: 'batch', resource: 'cronjobs', verbs: ['patch'] },
  { role: 'remediation', apiGroup: '', resource: 'pods', verbs: ['get', 'delete', 'patch'] },
  { role: 'remediation', apiGroup: '', resource: 'pods/eviction', verbs: ['create'] },
  { role: 'remediation', apiGroup: '', resource: 'nodes', verbs: ['get', 'patch'] },
  {
    role: 'remediation',
    apiGroup: 'networking.k8s.io',
    resource: 'networkpolicies',
    verbs: ['get', 'create', 'patch'],
  },
];

/** The Kubernetes group each role is bound to; an EKS access entry maps the agent's IAM role to these. */
export const RBAC_GROUPS: Readonly<Record<RbacRole, string>> = {
  'read-only': 'sre-agent-readers',
  remediation: 'sre-agent-remediators',
  'secrets-scan': 'sre-agent-secret-scanners',
  sleep: 'sre-agent-sleepers',
};
