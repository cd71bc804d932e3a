import { type ClusterConfig, type Config, ConfigError } from '@sre-agent/core';
import { actionSpec, allowedKinds, type RbacNeed } from '@sre-agent/healing';
import { type Permission, RBAC_GROUPS, REQUIRED_PERMISSIONS } from '@sre-agent/kube';

/** A Kubernetes object as plain data, ready to render. */
export type Manifest = Record<string, unknown>;

/** One RBAC rule, with the actions that need it (rendered as a comment). */
export type RbacRule = { apiGroups: string[]; resources: string[]; verbs: string[]; neededBy?: string[] };

const LABELS = { 'app.kubernetes.io/name': 'sre-agent', 'app.kubernetes.io/component': 'rbac' };
const REMEDIATION = 'sre-agent-remediation';
export const REMEDIATION_NODES = 'sre-agent-remediation-nodes';

/** Resources that are not in a namespace's power: nodes, and evictions (a drain evicts what runs there). */
const NODE_SCOPED = new Set(['nodes', 'pods/eviction']);
const READ_VERBS = new Set(['get', 'list', 'watch']);

const key = (group: string, resource: string) => `${group}|${resource}`;

/**
 * Rules from (group, resource, verbs) triples: resources with the same group and verbs share a rule,
 * in the order they first appear.
 */
export function rulesOf(
  permissions: readonly {
    apiGroup: string;
    resource: string;
    verbs: readonly string[];
    neededBy?: string[];
  }[],
): RbacRule[] {
  const rules = new Map<string, RbacRule>();
  for (const p of permissions) {
    const id = `${p.apiGroup}|${[...p.verbs].join(',')}|${(p.neededBy ?? []).join(',')}`;
    const rule = rules.get(id);
    if (rule) rule.resources.push(p.resource);
    else
      rules.set(id, {
        apiGroups: [p.apiGroup],
        resources: [p.resource],
        verbs: [...p.verbs],
        ...(p.neededBy ? { neededBy: p.neededBy } : {}),
      });
  }
  return [...rules.values()];
}

/** The permissions a role of `@sre-agent/kube` uses, as rules. */
function kubeRules(role: Permission['role']): RbacRule[] {
  return rulesOf(REQUIRED_PERMISSIONS.filter((p) => p.role === role));
}

/** What the read-only ClusterRole grants, as `group|resource|verb`. */
function readOnlyGrants(): Set<string> {
  return new Set(
    REQUIRED_PERMISSIONS.filter((p) => p.role === 'read-only').flatMap((p) =>
      p.verbs.map((verb) => `${key(p.apiGroup, p.resource)}|${verb}`),
    ),
  );
}

/**
 * The permissions the allowed actions need beyond the read-only role, split into what a namespace
 * owns (its workloads and pods) and what is the cluster's (nodes, evictions of whatever runs on a
 * node), each with the actions that need it.
 */
export function remediationNeeds(config: Config): {
  namespaced: RbacRule[];
  nodes: RbacRule[];
} {
  const readOnly = readOnlyGrants();
  const needed = new Map<
    string,
    { apiGroup: string; resource: string; verbs: string[]; neededBy: string[] }
  >();
  for (const kind of allowedKinds(config.policy.allowedActions)) {
    // Sleep and wake act under their own group and Role (sleep-manifests.ts).
    if (actionSpec(kind).rbacRole === 'sleep') continue;
    for (const need of actionSpec(kind).needs.rbac as readonly RbacNeed[]) {
      if (READ_VERBS.has(need.verb) && readOnly.has(`${key(need.apiGroup, need.resource)}|${need.verb}`))
        continue;
      const id = key(need.apiGroup, need.resource);
      const entry = needed.get(id) ?? {
        apiGroup: need.apiGroup,
        resource: need.resource,
        verbs: [],
        neededBy: [],
      };
      if (!entry.verbs.includes(need.verb)) entry.verbs.push(need.verb);
      if (!entry.neededBy.includes(kind)) entry.neededBy.push(kind);
      needed.set(id, entry);
    }
  }
  const all = [...needed.values()].map((e) => ({ ...e, verbs: e.verbs.sort(), neededBy: e.neededBy.sort() }));
  return {
    namespaced: rulesOf(all.filter((e) => !NODE_SCOPED.has(e.resource))),
    nodes: rulesOf(all.filter((e) => NODE_SCOPED.has(e.resource))),
  };
}

/** The namespaces where a cluster's policy lets the agent act (suggest or auto), denylisted ones left out. */
export function actingNamespaces(cluster: ClusterConfig, config: Config): string[] {
  const denied = new Set(config.policy.denyNamespaces);
  return Object.entries(cluster.namespaces)
    .filter(([namespace, mode]) => mode !== 'observe' && !denied.has(namespace))
    .map(([namespace]) => namespace)
    .sort();
}

function group(role: keyof typeof RBAC_GROUPS) {
  return [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: RBAC_GROUPS[role] }];
}

function clusterRole(name: string, rules: RbacRule[], bindTo: keyof typeof RBAC_GROUPS): Manifest[] {
  const metadata = { name, labels: LABELS };
  return [
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata, rules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: group(bindTo),
    },
  ];
}

/** One generated file: its path under the output directory, a header comment and its objects. */
export type ManifestFile = { path: string; header: string; docs: Manifest[] };

/** The cluster a generation is for: the one named, or the only one configured. */
export function selectCluster(config: Config, name: string | undefined): ClusterConfig | undefined {
  if (name) {
    const found = config.clusters.find((c) => c.name === name);
    if (!found) {
      throw new ConfigError(
        `no cluster "${name}" in the config (it has: ${config.clusters.map((c) => c.name).join(', ') || 'none'})`,
      );
    }
    return found;
  }
  if (config.clusters.length > 1) {
    throw new ConfigError(
      `the config has ${config.clusters.length} clusters; generate for one at a time with --cluster <${config.clusters.map((c) => c.name).join('|')}>`,
    );
  }
  return config.clusters[0];
}

/**
 * The RBAC of one cluster, derived from the action registry and the config: cluster-wide read,
 * the opt-in secrets scan, a namespaced Role per namespace in suggest or auto (denylisted ones
 * never), and the node ClusterRole only when the cluster's node policy is not observe.
 * `warnings` say what the config asks for that RBAC cannot express.
 */
export function rbacManifests(
  config: Config,
  cluster: ClusterConfig | undefined,
): { files: ManifestFile[]; warnings: string[] } {
  const warnings: string[] = [];
  const files: ManifestFile[] = [
    {
      path: 'rbac/read-only.yaml',
      header: [
        'sre-agent: read-only access for diagnosis, monitoring, cost and security scans.',
        '',
        "Bound to the Kubernetes group `sre-agent-readers`. On EKS, the agent's IAM role gets that group",
        'through an access entry (see packages/kube/README.md). Only get/list/watch, on exactly what',
        "@sre-agent/kube's ClusterReader reads. Secrets are NOT here: RBAC cannot grant a secret's",
        'metadata without its data, so reading them is a separate, opt-in role (secrets-scan.yaml).',
      ].join('\n'),
      docs: clusterRole('sre-agent-read-only', kubeRules('read-only'), 'read-only'),
    },
    {
      path: 'rbac/secrets-scan.yaml',
      header: [
        "sre-agent: OPT-IN read access to Secrets, for the security guardian's weak-secret checks",
        "and the certificate forecast's TLS Secrets (only subject, issuer and expiry are kept).",
        '',
        "Kubernetes RBAC cannot grant a Secret's metadata without its data: `list secrets` returns the",
        'values too. Apply this only if you want weak/unused-secret findings; the agent redacts secret',
        'values before anything leaves the cluster boundary (Slack, Bedrock, Pinecone, logs), and never',
        'stores them. Without it, ClusterReader.listSecrets fails with a ForbiddenError that points here',
        'and the security scan skips secret checks.',
        '',
        "Bound to the Kubernetes group `sre-agent-secret-scanners` (add it to the access entry's",
        'kubernetesGroups only where you accept the tradeoff). To limit it to some namespaces, replace',
        'the ClusterRoleBinding with RoleBindings in those namespaces.',
      ].join('\n'),
      docs: clusterRole('sre-agent-secrets-scan', kubeRules('secrets-scan'), 'secrets-scan'),
    },
  ];
  const needs = remediationNeeds(config);
  const source = cluster ? `cluster "${cluster.name}"` : 'no cluster';
  const namespaces = cluster ? actingNamespaces(cluster, config) : [];
  if (cluster && cluster.defaultMode !== 'observe') {
    warnings.push(
      `cluster "${cluster.name}" has defaultMode ${cluster.defaultMode}, but RBAC cannot grant "every namespace not listed": only the namespaces listed under clusters[].namespaces get a Role; list the others there (or actions in them fail with 403)`,
    );
  }
  if (namespaces.length > 0 && needs.namespaced.length > 0) {
    files.push({
      path: 'rbac/remediation.yaml',
      header: [
        `sre-agent: what the catalog actions change in a namespace, for ${source}. GENERATED by`,
        '`sre-agent rbac` from the action registry and the config: do not edit, regenerate.',
        '',
        'One Role and RoleBinding per namespace whose mode is suggest or auto (denyNamespaces never),',
        'bound to the group `sre-agent-remediators`, which should also be in `sre-agent-readers`',
        '(read-only.yaml): every mutation reads the object first. The agent only uses these verbs',
        'through its policy engine (catalog actions, dry-run first, audit trail); the admission policy',
        'in deploy/admission limits the fields they may change.',
      ].join('\n'),
      docs: namespaces.flatMap((namespace) => {
        const metadata = { name: REMEDIATION, namespace, labels: LABELS };
        return [
          { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata, rules: needs.namespaced },
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata,
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: REMEDIATION },
            subjects: group('remediation'),
          },
        ];
      }),
    });
  }
  if (cluster && cluster.nodes !== 'observe' && needs.nodes.length > 0) {
    files.push({
      path: 'rbac/remediation-nodes.yaml',
      header: [
        `sre-agent: node actions (cordon and drain), for ${source}, whose node policy is ${cluster.nodes}.`,
        'GENERATED by `sre-agent rbac`: do not edit, regenerate.',
        '',
        'Nodes are cluster-scoped. Evictions are namespaced, but a drain evicts whatever runs on the',
        "node, in any namespace, under the cluster's node policy (never a namespace's): RBAC cannot say",
        '"every namespace but the denylisted ones", so this is cluster-wide, and the admission policy',
        '`sre-agent-denied-namespaces` (deploy/admission) refuses the agent any write, evictions',
        'included, in policy.denyNamespaces. Absent when clusters[].nodes is observe.',
      ].join('\n'),
      docs: clusterRole(REMEDIATION_NODES, needs.nodes, 'remediation'),
    });
  }
  return { files, warnings };
}
