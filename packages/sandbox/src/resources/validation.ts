import type { StatusCause } from '../errors.ts';
import { fromLabelSelectorSpec, matchesLabels } from '../selectors/label-selector.ts';
import { deepEqual } from '../util/json.ts';
import { parseQuantity, QUANTITY_PATTERN } from '../util/quantity.ts';
import type { Container, KubeObject, LabelSelectorSpec, PodSpec, PodTemplateSpec } from './types.ts';

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/** Kinds whose names must be DNS labels (no dots) rather than subdomains. */
const LABEL_NAMED = new Set(['Namespace', 'Service']);

function invalidValue(field: string, value: unknown, detail: string): StatusCause {
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return { reason: 'FieldValueInvalid', field, message: `Invalid value: ${shown}: ${detail}` };
}

function required(field: string, detail = ''): StatusCause {
  return {
    reason: 'FieldValueRequired',
    field,
    message: detail ? `Required value: ${detail}` : 'Required value',
  };
}

function validateMetadata(kind: string, object: KubeObject, causes: StatusCause[]): void {
  const { name, generateName, labels } = object.metadata;
  if (!name && !generateName) causes.push(required('metadata.name', 'name or generateName is required'));
  if (name) {
    const labelNamed = LABEL_NAMED.has(kind);
    if (labelNamed ? name.length > 63 || !LABEL.test(name) : name.length > 253 || !SUBDOMAIN.test(name)) {
      causes.push(invalidValue('metadata.name', name, labelNamed ? LABEL_MESSAGE : SUBDOMAIN_MESSAGE));
    }
  }
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) {
      causes.push(
        invalidValue(
          `metadata.labels`,
          value,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        ),
      );
    }
    if (key.length === 0) causes.push(invalidValue('metadata.labels', key, 'name part must be non-empty'));
  }
}

function validateQuantities(
  field: string,
  values: Record<string, string> | undefined,
  causes: StatusCause[],
): void {
  for (const [resource, value] of Object.entries(values ?? {})) {
    if (parseQuantity(value) === undefined) {
      causes.push(
        invalidValue(
          `${field}.${resource}`,
          value,
          `quantities must match the regular expression '${QUANTITY_PATTERN}'`,
        ),
      );
    }
  }
}

function validateContainer(c: Container, path: string, names: Set<string>, causes: StatusCause[]): void {
  if (!c.name) causes.push(required(`${path}.name`));
  else if (!LABEL.test(c.name) || c.name.length > 63)
    causes.push(invalidValue(`${path}.name`, c.name, LABEL_MESSAGE));
  else if (names.has(c.name)) {
    causes.push({
      reason: 'FieldValueDuplicate',
      field: `${path}.name`,
      message: `Duplicate value: "${c.name}"`,
    });
  }
  if (c.name) names.add(c.name);
  if (!c.image) causes.push(required(`${path}.image`));
  const limits = c.resources?.limits;
  const requests = c.resources?.requests;
  validateQuantities(`${path}.resources.limits`, limits, causes);
  validateQuantities(`${path}.resources.requests`, requests, causes);
  for (const [resource, request] of Object.entries(requests ?? {})) {
    const limit = limits?.[resource];
    const r = parseQuantity(request);
    const l = limit === undefined ? undefined : parseQuantity(limit);
    if (r !== undefined && l !== undefined && r > l) {
      causes.push(
        invalidValue(
          `${path}.resources.requests`,
          request,
          `must be less than or equal to ${resource} limit of ${limit}`,
        ),
      );
    }
  }
  for (const [i, e] of (c.env ?? []).entries()) {
    if (!e.name) causes.push(required(`${path}.env[${i}].name`));
  }
}

export function validatePodSpec(
  spec: PodSpec | undefined,
  path: string,
  causes: StatusCause[],
  /** Volumes the pods get besides the spec's own (a StatefulSet's volumeClaimTemplates). */
  extraVolumes: readonly string[] = [],
): void {
  if (!spec) {
    causes.push(required(path));
    return;
  }
  if (!Array.isArray(spec.containers) || spec.containers.length === 0) {
    causes.push(required(`${path}.containers`));
    return;
  }
  const names = new Set<string>();
  for (const [i, c] of (spec.initContainers ?? []).entries())
    validateContainer(c, `${path}.initContainers[${i}]`, names, causes);
  for (const [i, c] of spec.containers.entries())
    validateContainer(c, `${path}.containers[${i}]`, names, causes);
  const volumeNames = new Set([...(spec.volumes ?? []).map((v) => v.name), ...extraVolumes]);
  for (const [i, c] of spec.containers.entries()) {
    for (const [j, m] of (c.volumeMounts ?? []).entries()) {
      if (!volumeNames.has(m.name)) {
        causes.push({
          reason: 'FieldValueNotFound',
          field: `${path}.containers[${i}].volumeMounts[${j}].name`,
          message: `Not found: "${m.name}"`,
        });
      }
    }
  }
}

function validateSelectorAndTemplate(
  spec: Record<string, unknown>,
  causes: StatusCause[],
  requireSelector = true,
): void {
  const selector = spec.selector as LabelSelectorSpec | undefined;
  const template = spec.template as PodTemplateSpec | undefined;
  if (requireSelector && (!selector || (!selector.matchLabels && !selector.matchExpressions))) {
    causes.push(required('spec.selector'));
  }
  if (!template) {
    causes.push(required('spec.template'));
    return;
  }
  const labels = template.metadata?.labels ?? {};
  if (selector && !matchesLabels(fromLabelSelectorSpec(selector), labels)) {
    causes.push(
      invalidValue('spec.template.metadata.labels', labels, '`selector` does not match template `labels`'),
    );
  }
  const claims = (spec.volumeClaimTemplates as { metadata?: { name?: string } }[] | undefined) ?? [];
  validatePodSpec(
    template.spec,
    'spec.template.spec',
    causes,
    claims.flatMap((c) => (c.metadata?.name ? [c.metadata.name] : [])),
  );
}

function validateReplicas(spec: Record<string, unknown>, causes: StatusCause[]): void {
  const replicas = spec.replicas;
  if (
    replicas !== undefined &&
    (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0)
  ) {
    causes.push(invalidValue('spec.replicas', replicas, 'must be greater than or equal to 0'));
  }
}

/** Validation on create and update, as the API server's registry strategies do it (the common rules). */
export function validateObject(kind: string, object: KubeObject): StatusCause[] {
  const causes: StatusCause[] = [];
  validateMetadata(kind, object, causes);
  const spec = (object.spec ?? {}) as Record<string, unknown>;
  switch (kind) {
    case 'Pod':
      validatePodSpec(object.spec as PodSpec | undefined, 'spec', causes);
      break;
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      validateReplicas(spec, causes);
      validateSelectorAndTemplate(spec, causes);
      break;
    case 'DaemonSet':
      validateSelectorAndTemplate(spec, causes);
      break;
    case 'Job': {
      validateSelectorAndTemplate(spec, causes, false);
      const policy = (spec.template as PodTemplateSpec | undefined)?.spec?.restartPolicy;
      if (policy !== undefined && policy !== 'OnFailure' && policy !== 'Never') {
        causes.push({
          reason: 'FieldValueNotSupported',
          field: 'spec.template.spec.restartPolicy',
          message: `Unsupported value: "${policy}": supported values: "OnFailure", "Never"`,
        });
      }
      break;
    }
    case 'Secret':
    case 'ConfigMap':
      for (const key of Object.keys((object.data as Record<string, string> | undefined) ?? {})) {
        if (!/^[-._a-zA-Z0-9]+$/.test(key)) {
          causes.push(
            invalidValue(
              'data',
              key,
              "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
            ),
          );
        }
      }
      break;
    case 'PodDisruptionBudget':
      if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
        causes.push(invalidValue('spec', spec, 'minAvailable and maxUnavailable cannot be both set'));
      }
      break;
    default:
      break;
  }
  return causes;
}

/** Fields an update may not change. */
export function validateUpdate(kind: string, next: KubeObject, previous: KubeObject): StatusCause[] {
  const causes = validateObject(kind, next);
  const nextSpec = (next.spec ?? {}) as Record<string, unknown>;
  const prevSpec = (previous.spec ?? {}) as Record<string, unknown>;
  if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(kind)) {
    if (!deepEqual(nextSpec.selector, prevSpec.selector)) {
      causes.push(invalidValue('spec.selector', nextSpec.selector, 'field is immutable'));
    }
  }
  if (kind === 'Pod') {
    const strip = (spec: Record<string, unknown>) => ({
      ...spec,
      containers: ((spec.containers as Container[] | undefined) ?? []).map(({ image: _i, ...rest }) => rest),
      activeDeadlineSeconds: undefined,
      tolerations: undefined,
      terminationGracePeriodSeconds: undefined,
      // the scheduler binds pods by setting nodeName
      nodeName: prevSpec.nodeName ? spec.nodeName : undefined,
    });
    if (!deepEqual(strip(nextSpec), strip(prevSpec))) {
      causes.push({
        reason: 'FieldValueForbidden',
        field: 'spec',
        message:
          'Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
      });
    }
  }
  if (kind === 'Secret' || kind === 'ConfigMap') {
    if (previous.immutable === true && !deepEqual(next.data, previous.data)) {
      causes.push({
        reason: 'FieldValueForbidden',
        field: 'data',
        message: 'Forbidden: field is immutable when `immutable` is set',
      });
    }
  }
  return causes;
}
