import { SecurityConfigSchema } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { emptyInventory } from './inventory.ts';
import { addManifestText } from './manifests.ts';
import { scanInventory } from './scan.ts';

function scan(yaml: string, level: 'baseline' | 'restricted' = 'restricted') {
  const inventory = emptyInventory(true);
  addManifestText(inventory, yaml, 'test.yaml');
  return scanInventory(inventory, { level });
}

const ids = (result: ReturnType<typeof scan>) =>
  result.findings.map((f) => `${f.id}:${f.kind}/${f.name}:${f.container ?? ''}`);

const denyAll = (ns: string) => `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: ${ns} }
spec: { podSelector: {}, policyTypes: [Ingress, Egress] }`;

describe('scanInventory', () => {
  it('checks the pod templates of workloads, CronJobs included', () => {
    const result = scan(`
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  template:
    spec:
      automountServiceAccountToken: false
      containers:
      - name: app
        image: nginx
        securityContext: { privileged: true }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: report, namespace: shop }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          automountServiceAccountToken: false
          hostPID: true
          securityContext: { runAsNonRoot: true, seccompProfile: { type: RuntimeDefault } }
          containers:
          - name: job
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: [ALL] } }
${denyAll('shop')}`);
    expect(ids(result)).toContain('privileged:Deployment/web:app');
    expect(ids(result)).toContain('hostNamespaces:CronJob/report:');
    expect(ids(result)).not.toContain('runAsNonRoot:CronJob/report:job');
    expect(result.findings.find((f) => f.id === 'privileged')?.severity).toBe('critical');
  });

  it('reports a pod its controller already covers once, through the controller', () => {
    const result = scan(`
apiVersion: apps/v1
kind: ReplicaSet
metadata: { name: web-1, namespace: shop }
spec: { template: { spec: { containers: [{ name: app, securityContext: { privileged: true } }] } } }
---
apiVersion: v1
kind: Pod
metadata:
  name: web-1-abc
  namespace: shop
  ownerReferences: [{ kind: ReplicaSet, name: web-1, controller: true, apiVersion: apps/v1, uid: x }]
spec: { containers: [{ name: app, securityContext: { privileged: true } }] }
${denyAll('shop')}`);
    expect(result.findings.filter((f) => f.id === 'privileged').map((f) => f.kind)).toEqual(['ReplicaSet']);
    expect(result.podSpecs).toBe(1);
  });

  it('keeps the baseline severity of a capability that restricted reports under its own name', () => {
    const result = scan(`
apiVersion: v1
kind: Pod
metadata: { name: p, namespace: ns }
spec:
  containers:
  - name: a
    securityContext: { capabilities: { add: [SYS_ADMIN] } }
  - name: b
    securityContext: { capabilities: { add: [] } }
${denyAll('ns')}`);
    const caps = result.findings.filter((f) => f.id === 'capabilities_restricted');
    expect(caps.map((f) => [f.container, f.severity])).toEqual([
      ['a', 'high'],
      ['b', 'low'],
    ]);
  });

  it('finds sensitive host paths, literal credentials without printing them, and namespaces without NetworkPolicy', () => {
    const result = scan(`
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: ops }
spec:
  template:
    spec:
      volumes:
      - { name: sock, hostPath: { path: /var/run/docker.sock } }
      - { name: logs, hostPath: { path: /var//log/ } }
      - { name: data, hostPath: { path: /data } }
      containers:
      - name: agent
        volumeMounts: [{ name: sock, mountPath: /sock }, { name: logs, mountPath: /logs }, { name: data, mountPath: /data }]
        env:
        - { name: DB_PASSWORD, value: "hunter2-Sup3r" }
        - { name: API_TOKEN_FILE, value: /etc/token }
        - { name: ENABLE_AUTH_TOKEN, value: "true" }
        - { name: stripeSecretKey, value: sk_live_abcdef }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: ops }
data: { LOG_LEVEL: debug, REDIS_PASSWORD: "s3cr3t-value" }`);
    const hostPaths = result.findings.filter((f) => f.id === 'sensitiveHostPath');
    expect(hostPaths.map((f) => [f.container, f.severity, f.message])).toEqual([
      [
        'agent',
        'critical',
        'mounts the host\'s "/var/run/docker.sock" (volume "sock") at "/sock"; mounts the host\'s "/var/log" (volume "logs") at "/logs"',
      ],
    ]);
    expect(result.findings.filter((f) => f.id === 'secretInEnv').map((f) => f.message)).toEqual([
      'env "DB_PASSWORD" holds a literal credential (value not shown); env "stripeSecretKey" holds a literal credential (value not shown)',
    ]);
    expect(ids(result)).toContain('secretInConfigMap:ConfigMap/settings:');
    expect(ids(result)).toContain('networkPolicyMissing:Namespace/ops:');
    expect(JSON.stringify(result)).not.toMatch(/hunter2|sk_live|s3cr3t/);
  });

  it('flags allow-all policies and RBAC grants to the accounts workloads run as', () => {
    const result = scan(`
apiVersion: v1
kind: Pod
metadata: { name: api, namespace: app }
spec: { serviceAccountName: api, containers: [{ name: c }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: open, namespace: app }
spec: { podSelector: {}, ingress: [{}] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- { apiGroups: [""], resources: [secrets], verbs: [list] }
- { apiGroups: [""], resources: [pods/exec], verbs: [create] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: api-reader, namespace: app }
roleRef: { kind: Role, name: reader, apiGroup: rbac.authorization.k8s.io }
subjects: [{ kind: ServiceAccount, name: api }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: api-admin }
roleRef: { kind: ClusterRole, name: cluster-admin, apiGroup: rbac.authorization.k8s.io }
subjects: [{ kind: ServiceAccount, name: api, namespace: app }, { kind: ServiceAccount, name: unused, namespace: app }]`);
    expect(ids(result)).toEqual(
      expect.arrayContaining([
        'rbacClusterAdmin:ServiceAccount/api:',
        'rbacSecretsRead:ServiceAccount/api:',
        'rbacPodExec:ServiceAccount/api:',
        'networkPolicyAllowAllIngress:NetworkPolicy/open:',
      ]),
    );
    expect(ids(result).filter((id) => id.includes('unused'))).toEqual([]);
    expect(ids(result)).not.toContain('automountServiceAccountToken:Pod/api:');
  });

  it('flags a mounted token of an account bound to nothing', () => {
    const result = scan(`
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: app }
spec: { containers: [{ name: c }] }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: quiet, namespace: app }
automountServiceAccountToken: false
---
apiVersion: v1
kind: Pod
metadata: { name: batch, namespace: app }
spec: { serviceAccountName: quiet, containers: [{ name: c }] }`);
    expect(ids(result).filter((id) => id.startsWith('automount'))).toEqual([
      'automountServiceAccountToken:Pod/web:',
    ]);
  });

  it('applies exemptions with their reason, from the object or its namespace, and reports one without a reason', () => {
    const result = scan(
      `
apiVersion: v1
kind: Namespace
metadata:
  name: infra
  annotations: { sre-agent.io/exempt: "networkPolicyMissing: the CNI namespace, isolated by security groups" }
---
apiVersion: v1
kind: Pod
metadata:
  name: cni
  namespace: infra
  annotations: { sre-agent.io/exempt: "hostNamespaces, privileged: the CNI agent configures the node; hostPorts" }
spec: { hostNetwork: true, automountServiceAccountToken: false, containers: [{ name: c, securityContext: { privileged: true } }] }`,
      'baseline',
    );
    expect(result.exempted.map((f) => [f.id, f.reason])).toEqual([
      ['privileged', 'the CNI agent configures the node'],
      ['hostNamespaces', 'the CNI agent configures the node'],
      ['networkPolicyMissing', 'the CNI namespace, isolated by security groups'],
    ]);
    expect(result.findings.map((f) => f.id)).toEqual(['invalidExemption']);
  });

  it('applies exemptions by config, by check and place, each with its reason, and only where they match', () => {
    const inventory = emptyInventory(true);
    addManifestText(
      inventory,
      `
apiVersion: v1
kind: Pod
metadata: { name: cni, namespace: infra }
spec: { hostNetwork: true, automountServiceAccountToken: false, containers: [{ name: c, securityContext: { privileged: true } }] }`,
      'test.yaml',
    );
    const exemptions = SecurityConfigSchema.parse({
      exemptions: [
        {
          check: 'privileged',
          namespace: 'infra',
          kind: 'Pod',
          name: 'cni',
          reason: 'the CNI agent configures the node',
        },
        { check: 'hostNamespaces', cluster: 'other', reason: 'only in the other cluster' },
        { check: '*', namespace: 'elsewhere', reason: 'another namespace' },
      ],
    }).exemptions;

    const result = scanInventory(inventory, { level: 'baseline', exemptions, cluster: 'prod' });

    expect(result.exempted.map((f) => [f.id, f.reason])).toEqual([
      ['privileged', 'the CNI agent configures the node'],
    ]);
    expect(result.findings.map((f) => f.id)).toEqual(['hostNamespaces', 'networkPolicyMissing']);
    expect(() => SecurityConfigSchema.parse({ exemptions: [{ check: 'privileged', reason: '' }] })).toThrow(
      /say why/,
    );
  });

  it('lists objects it cannot read instead of dropping them', () => {
    const result = scan('apiVersion: v1\nkind: Pod\nmetadata: { name: bad }\nspec: { hostNetwork: "yes" }\n');
    expect(result.unreadable.map((u) => u.name)).toEqual(['bad']);
  });
});
