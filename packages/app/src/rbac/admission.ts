import type { Config } from '@sre-agent/core';
import { RBAC_GROUPS, ROLLBACK_FROM_REVISION_ANNOTATION } from '@sre-agent/kube';
import {
  AGENT_ANNOTATION_PREFIX,
  CONTAINER_COMPARED,
  DEPLOYMENT_REVISION,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  METADATA_COMPARED,
  NODE_SPEC_COMPARED,
  POD_SPEC_COMPARED,
  RESTARTED_AT,
  ROLLBACK_PINNED,
  WORKLOAD_SPEC_COMPARED,
} from './admission-fields.ts';
import type { Manifest, ManifestFile } from './rbac-manifests.ts';

/** One CEL validation of a ValidatingAdmissionPolicy. */
export type Validation = { expression: string; message: string; reason?: 'Forbidden' | 'Invalid' };
type Variable = { name: string; expression: string };
type ResourceRule = { apiGroups: string[]; apiVersions: string[]; operations: string[]; resources: string[] };

const LABELS = { 'app.kubernetes.io/name': 'sre-agent', 'app.kubernetes.io/component': 'admission' };
const API_VERSION = 'admissionregistration.k8s.io/v1';
const REMEDIATORS = RBAC_GROUPS.remediation;

/** Only requests from the agent's remediating identity are checked; everyone else is untouched. */
export const AGENT_MATCH_CONDITION = {
  name: 'sre-agent-remediators',
  expression: `'${REMEDIATORS}' in request.userInfo.groups`,
};

const quote = (text: string) => `'${text}'`;
/** `object.<path>.?field == oldObject.<path>.?field`: absent on both sides counts as equal. */
const same = (path: string, field: string) => `object.${path}.?${field} == oldObject.${path}.?${field}`;

function policy(
  name: string,
  rules: ResourceRule[],
  validations: Validation[],
  variables: Variable[] = [],
): Manifest {
  return {
    apiVersion: API_VERSION,
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name, labels: LABELS },
    spec: {
      failurePolicy: 'Fail',
      matchConstraints: { resourceRules: rules },
      matchConditions: [AGENT_MATCH_CONDITION],
      ...(variables.length > 0 ? { variables } : {}),
      validations: validations.map((v) => ({ reason: 'Forbidden', ...v })),
    },
  };
}

function binding(policyName: string, extra: Record<string, unknown> = {}): Manifest {
  return {
    apiVersion: API_VERSION,
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: { name: policyName, labels: LABELS },
    spec: { policyName, validationActions: ['Deny'], ...extra },
  };
}

const WORKLOADS = ['deployments', 'statefulsets', 'daemonsets'] as const;

/**
 * Deployments, StatefulSets and DaemonSets: the agent may change container and init-container
 * resources (raise-memory-limit), the pod template's restartedAt annotation (rollout-restart),
 * its own `sre-agent.io/` annotations, and, for a Deployment, replace the pod template in a
 * rollback that names the live revision it moves away from (see docs/adr/0003-least-privilege.md).
 */
function workloadPolicy(): Manifest {
  const variables: Variable[] = [
    { name: 'oldAnnotations', expression: 'oldObject.metadata.?annotations.orValue({})' },
    { name: 'newAnnotations', expression: 'object.metadata.?annotations.orValue({})' },
    {
      name: 'oldTemplateAnnotations',
      expression: 'oldObject.spec.template.?metadata.?annotations.orValue({})',
    },
    { name: 'newTemplateAnnotations', expression: 'object.spec.template.?metadata.?annotations.orValue({})' },
    {
      name: 'rollback',
      expression: [
        "request.resource.resource == 'deployments'",
        `variables.newAnnotations[?${quote(ROLLBACK_FROM_REVISION_ANNOTATION)}].hasValue()`,
        `variables.newAnnotations[?${quote(ROLLBACK_FROM_REVISION_ANNOTATION)}] != variables.oldAnnotations[?${quote(ROLLBACK_FROM_REVISION_ANNOTATION)}]`,
        `variables.newAnnotations[?${quote(ROLLBACK_FROM_REVISION_ANNOTATION)}] == variables.oldAnnotations[?${quote(DEPLOYMENT_REVISION)}]`,
      ].join(' &&\n'),
    },
  ];
  const unchangedExcept = (kept: string) =>
    `variables.new${kept}.all(k, k.startsWith(${quote(AGENT_ANNOTATION_PREFIX)}) || (k in variables.old${kept} && variables.old${kept}[k] == variables.new${kept}[k])) &&\nvariables.old${kept}.all(k, k.startsWith(${quote(AGENT_ANNOTATION_PREFIX)}) || k in variables.new${kept})`;
  const validations: Validation[] = [
    {
      expression: METADATA_COMPARED.map((f) => same('metadata', f)).join(' &&\n'),
      message: `the agent does not change a workload's ${METADATA_COMPARED.join(', ')}`,
    },
    {
      expression: unchangedExcept('Annotations'),
      message: `the agent changes only its own ${AGENT_ANNOTATION_PREFIX} annotations on a workload`,
    },
    {
      expression: `variables.rollback || ${same('spec.template', 'metadata.?labels')}`,
      message: "the agent does not change a pod template's labels (except in a rollback)",
    },
    {
      expression: `variables.rollback ||\n(variables.newTemplateAnnotations.all(k, k == ${quote(RESTARTED_AT)} || (k in variables.oldTemplateAnnotations && variables.oldTemplateAnnotations[k] == variables.newTemplateAnnotations[k])) &&\nvariables.oldTemplateAnnotations.all(k, k == ${quote(RESTARTED_AT)} || k in variables.newTemplateAnnotations))`,
      message: `the agent changes only the pod template's ${RESTARTED_AT} annotation (except in a rollback)`,
    },
    ...POD_SPEC_COMPARED.map((field) => {
      const pinned = (ROLLBACK_PINNED as readonly string[]).includes(field);
      return {
        expression: pinned
          ? same('spec.template.spec', field)
          : `variables.rollback || ${same('spec.template.spec', field)}`,
        message: pinned
          ? `the agent does not change the pod template's ${field}, not even in a rollback`
          : `the agent does not change the pod template's ${field} (except in a rollback)`,
      };
    }),
    ...(['containers', 'initContainers'] as const).map((list) => ({
      expression: `variables.rollback || object.spec.template.spec.?${list}.orValue([]).size() == oldObject.spec.template.spec.?${list}.orValue([]).size()`,
      message: `the agent does not add or remove ${list} (except in a rollback)`,
    })),
    ...CONTAINER_COMPARED.map((field) => ({
      expression: `variables.rollback ||\n(object.spec.template.spec.containers.map(c, c.?${field}) == oldObject.spec.template.spec.containers.map(c, c.?${field}) &&\nobject.spec.template.spec.?initContainers.orValue([]).map(c, c.?${field}) == oldObject.spec.template.spec.?initContainers.orValue([]).map(c, c.?${field}))`,
      message: `the agent changes only the resources of a container, not its ${field} (except in a rollback)`,
    })),
  ];
  return policy(
    'sre-agent-workload-writes',
    [{ apiGroups: ['apps'], apiVersions: ['v1'], operations: ['UPDATE'], resources: [...WORKLOADS] }],
    validations,
    variables,
  );
}

/** The fields of each kind's spec beside the pod template: never changed (replicas: the scale subresource). */
function workloadSpecPolicies(): Manifest[] {
  return (Object.keys(WORKLOAD_SPEC_COMPARED) as (keyof typeof WORKLOAD_SPEC_COMPARED)[]).map((kind) =>
    policy(
      `sre-agent-${kind.toLowerCase()}-spec-writes`,
      [
        {
          apiGroups: ['apps'],
          apiVersions: ['v1'],
          operations: ['UPDATE'],
          resources: [`${kind.toLowerCase()}s`],
        },
      ],
      WORKLOAD_SPEC_COMPARED[kind].map((field) => ({
        expression: same('spec', field),
        message: `the agent does not change a ${kind}'s spec.${field}${field === 'replicas' ? ' (it scales through the scale subresource)' : ''}`,
      })),
    ),
  );
}

/** The scale subresource: only up (scale-up), never past policy.maxScaleReplicas. */
function scalePolicy(maxReplicas: number): Manifest {
  return policy(
    'sre-agent-scale-writes',
    [
      {
        apiGroups: ['apps'],
        apiVersions: ['v1'],
        operations: ['UPDATE'],
        resources: ['deployments/scale', 'statefulsets/scale'],
      },
    ],
    [
      {
        expression: 'object.spec.?replicas.orValue(0) >= oldObject.spec.?replicas.orValue(0)',
        message: 'the agent only scales up',
      },
      {
        expression: `object.spec.?replicas.orValue(0) <= ${maxReplicas}`,
        message: `the agent never scales past policy.maxScaleReplicas (${maxReplicas})`,
      },
    ],
  );
}

/** Nodes: a cordon sets spec.unschedulable; labels, annotations, taints and the rest stay. */
function nodePolicy(): Manifest {
  return policy(
    'sre-agent-node-writes',
    [{ apiGroups: [''], apiVersions: ['v1'], operations: ['UPDATE'], resources: ['nodes'] }],
    [
      {
        expression: [...METADATA_COMPARED, 'annotations'].map((f) => same('metadata', f)).join(' &&\n'),
        message: "the agent does not change a node's metadata",
      },
      {
        expression: NODE_SPEC_COMPARED.map((f) => same('spec', f)).join(' &&\n'),
        message: 'the agent changes only spec.unschedulable on a node (cordon)',
      },
    ],
  );
}

/** The label a quarantine adds to a pod (the healing registry's `QUARANTINE_LABEL`). */
export const QUARANTINE_POD_LABEL = 'sre-agent.io/quarantine';

/**
 * Pods (quarantine-pod): the spec stays; a label may only be removed or be the quarantine label
 * (taking a pod out of its Services and its controller), and only the agent's own annotations change.
 */
function podPolicy(): Manifest {
  const variables: Variable[] = [
    { name: 'oldLabels', expression: 'oldObject.metadata.?labels.orValue({})' },
    { name: 'newLabels', expression: 'object.metadata.?labels.orValue({})' },
    { name: 'oldAnnotations', expression: 'oldObject.metadata.?annotations.orValue({})' },
    { name: 'newAnnotations', expression: 'object.metadata.?annotations.orValue({})' },
  ];
  return policy(
    'sre-agent-pod-writes',
    [{ apiGroups: [''], apiVersions: ['v1'], operations: ['UPDATE'], resources: ['pods'] }],
    [
      { expression: 'object.spec == oldObject.spec', message: "the agent does not change a pod's spec" },
      {
        expression: `variables.newLabels.all(k, k == ${quote(QUARANTINE_POD_LABEL)} || (k in variables.oldLabels && variables.oldLabels[k] == variables.newLabels[k]))`,
        message: `the agent only removes a pod's labels or adds ${QUARANTINE_POD_LABEL} (quarantine)`,
      },
      {
        expression: `variables.newAnnotations.all(k, k.startsWith(${quote(AGENT_ANNOTATION_PREFIX)}) || (k in variables.oldAnnotations && variables.oldAnnotations[k] == variables.newAnnotations[k])) &&\nvariables.oldAnnotations.all(k, k.startsWith(${quote(AGENT_ANNOTATION_PREFIX)}) || k in variables.newAnnotations)`,
        message: `the agent changes only its own ${AGENT_ANNOTATION_PREFIX} annotations on a pod`,
      },
    ],
    variables,
  );
}

/** NetworkPolicies: only the agent's own (labelled managed-by sre-agent), before and after. */
function networkPolicyPolicy(): Manifest {
  const managed = (side: string) =>
    `${side}.metadata.?labels[?${quote(MANAGED_BY_LABEL)}].orValue('') == ${quote(MANAGED_BY_VALUE)}`;
  return policy(
    'sre-agent-network-policy-writes',
    [
      {
        apiGroups: ['networking.k8s.io'],
        apiVersions: ['v1'],
        operations: ['CREATE', 'UPDATE', 'DELETE'],
        resources: ['networkpolicies'],
      },
    ],
    [
      {
        expression: `(request.operation == 'CREATE' || ${managed('oldObject')}) &&\n(request.operation == 'DELETE' || ${managed('object')})`,
        message: `the agent touches only NetworkPolicies labelled ${MANAGED_BY_LABEL}: ${MANAGED_BY_VALUE}`,
      },
    ],
  );
}

/** Every namespaced resource the agent may write; none of them in a denylisted namespace. */
const NAMESPACED_WRITES: ResourceRule[] = [
  {
    apiGroups: [''],
    apiVersions: ['v1'],
    operations: ['CREATE', 'UPDATE', 'DELETE'],
    resources: ['pods', 'pods/eviction'],
  },
  {
    apiGroups: ['apps'],
    apiVersions: ['v1'],
    operations: ['CREATE', 'UPDATE', 'DELETE'],
    resources: [...WORKLOADS, 'deployments/scale', 'statefulsets/scale'],
  },
  {
    apiGroups: ['networking.k8s.io'],
    apiVersions: ['v1'],
    operations: ['CREATE', 'UPDATE', 'DELETE'],
    resources: ['networkpolicies'],
  },
];

export const DENIED_NAMESPACES_POLICY = 'sre-agent-denied-namespaces';

/**
 * The admission policies that bound what the agent's writes may change, with their bindings. The
 * denylist binding selects policy.denyNamespaces by their immutable `kubernetes.io/metadata.name`
 * label: there the agent changes nothing, evictions of a drain included.
 */
export function admissionManifests(config: Config): ManifestFile {
  const policies = [
    workloadPolicy(),
    ...workloadSpecPolicies(),
    scalePolicy(config.policy.maxScaleReplicas),
    nodePolicy(),
    podPolicy(),
    networkPolicyPolicy(),
  ];
  const denied = config.policy.denyNamespaces;
  const deniedPolicy = policy(DENIED_NAMESPACES_POLICY, NAMESPACED_WRITES, [
    { expression: 'false', message: 'the agent changes nothing in a namespace of policy.denyNamespaces' },
  ]);
  const docs = [
    ...policies.flatMap((p) => [p, binding((p.metadata as { name: string }).name)]),
    deniedPolicy,
    ...(denied.length > 0
      ? [
          binding(DENIED_NAMESPACES_POLICY, {
            matchResources: {
              namespaceSelector: {
                matchExpressions: [
                  { key: 'kubernetes.io/metadata.name', operator: 'In', values: [...denied] },
                ],
              },
            },
          }),
        ]
      : []),
  ];
  return {
    path: 'admission/sre-agent-writes.yaml',
    header: [
      'sre-agent: ValidatingAdmissionPolicies (admissionregistration.k8s.io/v1, Kubernetes >= 1.30) that',
      "limit the agent's writes to the fields its catalog actions change. GENERATED by `sre-agent rbac`",
      'from the action registry and the config: do not edit, regenerate.',
      '',
      `They match only requests from the group \`${REMEDIATORS}\` (matchConditions); every other`,
      'identity is untouched. RBAC (deploy/rbac) says which objects the agent may write; these say which',
      'fields. failurePolicy Fail: a policy that cannot be evaluated denies. Rollbacks and their',
      'trade-off: docs/adr/0003-least-privilege.md.',
    ].join('\n'),
    docs,
  };
}
