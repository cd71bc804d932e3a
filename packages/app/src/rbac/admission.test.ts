import {
  V1Container,
  V1DaemonSetSpec,
  V1DeploymentSpec,
  V1NodeSpec,
  V1PodSpec,
  V1StatefulSetSpec,
} from '@kubernetes/client-node';
import { ConfigSchema } from '@sre-agent/core';
import { ACTION_KINDS, type ActionKind, ORIGINAL_LIMIT_ANNOTATION } from '@sre-agent/healing';
import { RESTARTED_AT_ANNOTATION, ROLLBACK_FROM_REVISION_ANNOTATION } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  AGENT_MATCH_CONDITION,
  admissionManifests,
  DENIED_NAMESPACES_POLICY,
  QUARANTINE_POD_LABEL,
} from './admission.ts';
import {
  AGENT_ANNOTATION_PREFIX,
  CONTAINER_COMPARED,
  NODE_SPEC_COMPARED,
  POD_SPEC_COMPARED,
  ROLLBACK_PINNED,
  WORKLOAD_SPEC_COMPARED,
} from './admission-fields.ts';
import { renderManifestFile } from './render.ts';

type Policy = {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    policyName?: string;
    validationActions?: string[];
    failurePolicy?: string;
    matchConditions?: { name: string; expression: string }[];
    matchConstraints?: { resourceRules: { resources: string[]; operations: string[] }[] };
    matchResources?: { namespaceSelector?: { matchExpressions: { values: string[] }[] } };
    variables?: { name: string; expression: string }[];
    validations?: { expression: string; message: string }[];
  };
};

const config = ConfigSchema.parse({
  policy: { denyNamespaces: ['kube-system', 'legacy'], maxScaleReplicas: 12 },
});
const docs = parseAllDocuments(renderManifestFile(admissionManifests(config))).map((d) => d.toJS() as Policy);
const policies = docs.filter((d) => d.kind === 'ValidatingAdmissionPolicy');
const policy = (name: string) => {
  const found = policies.find((p) => p.metadata.name === name);
  if (!found) throw new Error(`no policy ${name}`);
  return found;
};
const expressions = (name: string) =>
  (policy(name).spec.validations ?? []).map((v) => v.expression).join('\n');
const fieldsOf = (model: { attributeTypeMap: { name: string }[] }) =>
  model.attributeTypeMap.map((a) => a.name);

/**
 * Fields newer than Kubernetes 1.30 (the client models a newer API): a 1.30 API server would
 * reject a policy naming them, so they are not compared. See docs/adr/0003-least-privilege.md.
 */
const NEWER_THAN_1_30 = {
  PodSpec: ['hostnameOverride', 'resources', 'schedulingGroup'],
  Container: ['restartPolicyRules'],
};

/**
 * What each catalog action writes (read from its module and the ClusterWriter method it calls),
 * and which policy lets it through. A new action fails here until its writes are listed.
 */
const WRITES: Record<ActionKind, { resource: string; field: string }[]> = {
  'restart-pod': [{ resource: 'pods', field: '(delete)' }],
  'rollout-restart': [
    {
      resource: 'deployments|statefulsets|daemonsets',
      field: `spec.template.metadata.annotations[${RESTARTED_AT_ANNOTATION}]`,
    },
  ],
  'raise-memory-limit': [
    { resource: 'deployments|statefulsets|daemonsets', field: 'spec.template.spec.containers[*].resources' },
    {
      resource: 'deployments|statefulsets|daemonsets',
      field: 'spec.template.spec.initContainers[*].resources',
    },
    {
      resource: 'deployments|statefulsets|daemonsets',
      field: `metadata.annotations[${ORIGINAL_LIMIT_ANNOTATION}.<container>]`,
    },
  ],
  'scale-up': [
    { resource: 'deployments/scale', field: 'spec.replicas' },
    { resource: 'statefulsets/scale', field: 'spec.replicas' },
  ],
  rollback: [
    { resource: 'deployments', field: 'spec.template' },
    { resource: 'deployments', field: `metadata.annotations[${ROLLBACK_FROM_REVISION_ANNOTATION}]` },
  ],
  'flush-redis-cache': [],
  'cordon-drain-node': [
    { resource: 'nodes', field: 'spec.unschedulable' },
    { resource: 'pods/eviction', field: '(create)' },
  ],
  'uncordon-node': [{ resource: 'nodes', field: 'spec.unschedulable' }],
  // Terminates the node's instance through the Auto Scaling API: no write to the Kubernetes API.
  'replace-node': [],
  // Under the sleepers' own group, which these policies do not match: sleep-manifests.test.ts
  // checks deploy/admission/sre-agent-sleep-writes.yaml against their writes.
  'sleep-namespace': [],
  'wake-namespace': [],
  'quarantine-pod': [
    { resource: 'pods', field: `metadata.labels[${QUARANTINE_POD_LABEL}]` },
    { resource: 'pods', field: 'metadata.labels (removed)' },
    { resource: 'pods', field: 'metadata.annotations[sre-agent.io/quarantined-labels]' },
    { resource: 'networkpolicies', field: '(own NetworkPolicy)' },
    { resource: 'nodes', field: 'spec.unschedulable' },
  ],
  escalate: [],
};

/** Whether the policies let the agent make this write (the field is not among those compared). */
function allowed(resource: string, field: string): boolean {
  const annotation = /^metadata\.annotations\[(.+)\]$/.exec(field)?.[1];
  if (annotation) {
    return (
      annotation.startsWith(AGENT_ANNOTATION_PREFIX) &&
      expressions('sre-agent-workload-writes').includes(`'${AGENT_ANNOTATION_PREFIX}'`)
    );
  }
  const container = /^spec\.template\.spec\.(containers|initContainers)\[\*\]\.(\w+)$/.exec(field);
  if (container) return !(CONTAINER_COMPARED as readonly string[]).includes(container[2] ?? '');
  switch (field) {
    case `spec.template.metadata.annotations[${RESTARTED_AT_ANNOTATION}]`:
      return expressions('sre-agent-workload-writes').includes(`k == '${RESTARTED_AT_ANNOTATION}'`);
    case 'spec.template': {
      const rollback = policy('sre-agent-workload-writes').spec.variables?.find((v) => v.name === 'rollback');
      return (
        resource === 'deployments' &&
        (rollback?.expression.includes(ROLLBACK_FROM_REVISION_ANNOTATION) ?? false)
      );
    }
    case 'spec.replicas':
      return (
        policy('sre-agent-scale-writes').spec.matchConstraints?.resourceRules.some((r) =>
          r.resources.includes(resource),
        ) ?? false
      );
    case `metadata.labels[${QUARANTINE_POD_LABEL}]`:
    case 'metadata.labels (removed)':
      return expressions('sre-agent-pod-writes').includes(
        `k == '${QUARANTINE_POD_LABEL}' || (k in variables.oldLabels`,
      );
    case '(own NetworkPolicy)':
      return expressions('sre-agent-network-policy-writes').includes('managed-by');
    case 'spec.unschedulable':
      return !(NODE_SPEC_COMPARED as readonly string[]).includes('unschedulable');
    case '(delete)':
    case '(create)':
      // No field to limit: RBAC grants it per namespace (pods) or for nodes (evictions); the
      // denylist policy covers both.
      return (
        policy(DENIED_NAMESPACES_POLICY).spec.matchConstraints?.resourceRules.some((r) =>
          r.resources.includes(resource),
        ) ?? false
      );
    default:
      return false;
  }
}

describe('the admission policies (deploy/admission)', () => {
  it('are admissionregistration.k8s.io/v1 policies, each with a Deny binding, failing closed, for the agent only', () => {
    expect(docs.every((d) => d.apiVersion === 'admissionregistration.k8s.io/v1')).toBe(true);
    for (const p of policies) {
      const bindings = docs.filter(
        (d) => d.kind === 'ValidatingAdmissionPolicyBinding' && d.spec.policyName === p.metadata.name,
      );

      expect(bindings, p.metadata.name).toHaveLength(1);
      expect(bindings[0]?.spec.validationActions).toEqual(['Deny']);
      expect(p.spec.failurePolicy).toBe('Fail');
      expect(p.spec.matchConditions).toEqual([AGENT_MATCH_CONDITION]);
      expect(AGENT_MATCH_CONDITION.expression).toBe("'sre-agent-remediators' in request.userInfo.groups");
      expect(p.spec.validations?.length, p.metadata.name).toBeGreaterThan(0);
      for (const v of p.spec.validations ?? []) {
        expect(v.message.length, v.expression).toBeGreaterThan(10);
        // Absent optional fields compare as equal through `.?`, never by plain access that errors.
        expect(v.expression).not.toMatch(
          /(?:object|oldObject)\.spec\.template\.spec\.(?!\?|containers\.map)/,
        );
      }
    }
  });

  it('lists every action of the registry in the table of writes', () => {
    expect(Object.keys(WRITES).sort()).toEqual([...ACTION_KINDS].sort());
  });

  for (const kind of ACTION_KINDS) {
    it(`lets ${kind} make exactly the writes it makes`, () => {
      for (const write of WRITES[kind]) {
        for (const resource of write.resource.split('|')) {
          expect(allowed(resource, write.field), `${resource} ${write.field}`).toBe(true);
        }
      }
    });
  }

  it('allows nothing else on a workload: every other field of the pod spec, its containers and each kind spec is compared', () => {
    const compared = expressions('sre-agent-workload-writes');
    expect([...POD_SPEC_COMPARED, 'containers', 'initContainers', ...NEWER_THAN_1_30.PodSpec].sort()).toEqual(
      fieldsOf(V1PodSpec).sort(),
    );
    expect([...CONTAINER_COMPARED, 'resources', ...NEWER_THAN_1_30.Container].sort()).toEqual(
      fieldsOf(V1Container).sort(),
    );
    for (const field of POD_SPEC_COMPARED)
      expect(compared).toContain(`object.spec.template.spec.?${field} ==`);
    for (const field of CONTAINER_COMPARED) expect(compared).toContain(`containers.map(c, c.?${field})`);
    for (const [kind, model] of [
      ['Deployment', V1DeploymentSpec],
      ['StatefulSet', V1StatefulSetSpec],
      ['DaemonSet', V1DaemonSetSpec],
    ] as const) {
      expect([...WORKLOAD_SPEC_COMPARED[kind], 'template'].sort()).toEqual(fieldsOf(model).sort());
      for (const field of WORKLOAD_SPEC_COMPARED[kind]) {
        expect(expressions(`sre-agent-${kind.toLowerCase()}-spec-writes`)).toContain(
          `object.spec.?${field} == oldObject.spec.?${field}`,
        );
      }
    }
  });

  it('keeps who the pods run as and what of the host they reach, even in a rollback', () => {
    const validations = policy('sre-agent-workload-writes').spec.validations ?? [];
    for (const field of ROLLBACK_PINNED) {
      const v = validations.find((x) => x.expression.includes(`spec.?${field} ==`));
      expect(v?.expression, field).not.toContain('variables.rollback');
    }
    const rollback = policy('sre-agent-workload-writes').spec.variables?.find(
      (v) => v.name === 'rollback',
    )?.expression;
    // The marker must be new in this request and name the revision that is live right now.
    expect(rollback).toContain("request.resource.resource == 'deployments'");
    expect(rollback).toContain(
      `variables.newAnnotations[?'${ROLLBACK_FROM_REVISION_ANNOTATION}'] != variables.oldAnnotations[?'${ROLLBACK_FROM_REVISION_ANNOTATION}']`,
    );
    expect(rollback).toContain(`== variables.oldAnnotations[?'deployment.kubernetes.io/revision']`);
  });

  it('changes only spec.unschedulable on nodes, and scales only up to policy.maxScaleReplicas', () => {
    expect([...NODE_SPEC_COMPARED, 'unschedulable'].sort()).toEqual(fieldsOf(V1NodeSpec).sort());
    expect(expressions('sre-agent-node-writes')).toContain(
      'object.metadata.?annotations == oldObject.metadata.?annotations',
    );
    expect(expressions('sre-agent-scale-writes')).toContain('>= oldObject.spec.?replicas.orValue(0)');
    expect(expressions('sre-agent-scale-writes')).toContain('<= 12');
  });

  it('touches only NetworkPolicies labelled as its own, before and after the change', () => {
    const expression = expressions('sre-agent-network-policy-writes');
    expect(
      policy('sre-agent-network-policy-writes').spec.matchConstraints?.resourceRules[0]?.operations,
    ).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(expression).toContain(
      "oldObject.metadata.?labels[?'app.kubernetes.io/managed-by'].orValue('') == 'sre-agent'",
    );
    expect(expression).toContain(
      "object.metadata.?labels[?'app.kubernetes.io/managed-by'].orValue('') == 'sre-agent'",
    );
  });

  it('refuses every write, evictions included, in the namespaces of policy.denyNamespaces', () => {
    const binding = docs.find(
      (d) => d.kind === 'ValidatingAdmissionPolicyBinding' && d.spec.policyName === DENIED_NAMESPACES_POLICY,
    );
    expect(binding?.spec.matchResources?.namespaceSelector?.matchExpressions[0]?.values).toEqual([
      'kube-system',
      'legacy',
    ]);
    expect(expressions(DENIED_NAMESPACES_POLICY)).toBe('false');
    const resources = policy(DENIED_NAMESPACES_POLICY).spec.matchConstraints?.resourceRules.flatMap(
      (r) => r.resources,
    );
    expect(resources).toEqual(
      expect.arrayContaining(['pods', 'pods/eviction', 'deployments', 'deployments/scale']),
    );
  });
});
