import { parseQuantity } from '../util/quantity.ts';
import type { Container, KubeObject, PodSpec, PodTemplateSpec, Probe } from './types.ts';

function defaultProbe(probe: Probe | undefined): Probe | undefined {
  if (!probe) return probe;
  return {
    ...probe,
    ...(probe.httpGet ? { httpGet: { path: '/', scheme: 'HTTP', ...probe.httpGet } } : {}),
    timeoutSeconds: probe.timeoutSeconds ?? 1,
    periodSeconds: probe.periodSeconds ?? 10,
    successThreshold: probe.successThreshold ?? 1,
    failureThreshold: probe.failureThreshold ?? 3,
  };
}

function imageTag(image: string): string | undefined {
  const lastSlash = image.lastIndexOf('/');
  const name = image.slice(lastSlash + 1).split('@')[0] ?? '';
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : undefined;
}

function defaultContainer(container: Container): Container {
  const tag = imageTag(container.image ?? '');
  const limits = container.resources?.limits;
  const requests = container.resources?.requests;
  const resources: Container['resources'] = { ...(container.resources ?? {}) };
  if (limits) {
    // Requests default to limits when unset (the API server's defaulting).
    const defaulted = { ...(requests ?? {}) };
    for (const [k, v] of Object.entries(limits)) if (defaulted[k] === undefined) defaulted[k] = v;
    resources.requests = defaulted;
  }
  const out: Container = {
    ...container,
    imagePullPolicy:
      container.imagePullPolicy ?? (tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent'),
    resources,
    terminationMessagePath:
      (container.terminationMessagePath as string | undefined) ?? '/dev/termination-log',
    terminationMessagePolicy: (container.terminationMessagePolicy as string | undefined) ?? 'File',
  };
  if (container.ports) out.ports = container.ports.map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' }));
  for (const key of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
    const probe = defaultProbe(container[key]);
    if (probe) out[key] = probe;
  }
  return out;
}

/** Defaults of a pod spec (the same for pods and pod templates). */
export function defaultPodSpec(spec: PodSpec, restartPolicy = 'Always'): PodSpec {
  return {
    ...spec,
    containers: (spec.containers ?? []).map(defaultContainer),
    ...(spec.initContainers ? { initContainers: spec.initContainers.map(defaultContainer) } : {}),
    restartPolicy: spec.restartPolicy ?? restartPolicy,
    terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
    dnsPolicy: (spec.dnsPolicy as string | undefined) ?? 'ClusterFirst',
    schedulerName: spec.schedulerName ?? 'default-scheduler',
    securityContext: (spec.securityContext as object | undefined) ?? {},
  };
}

function defaultTemplate(
  template: PodTemplateSpec | undefined,
  restartPolicy = 'Always',
): PodTemplateSpec | undefined {
  if (!template) return template;
  return {
    ...template,
    metadata: { ...(template.metadata ?? {}) },
    spec: defaultPodSpec(template.spec ?? { containers: [] }, restartPolicy),
  };
}

/** The pod's QoS class, from its containers' requests and limits. */
export function qosClass(spec: PodSpec): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const limits = c.resources?.limits ?? {};
    const requests = c.resources?.requests ?? {};
    if (Object.keys(limits).length || Object.keys(requests).length) any = true;
    for (const r of ['cpu', 'memory']) {
      const limit = limits[r];
      const request = requests[r] ?? limit;
      if (limit === undefined || parseQuantity(limit) !== parseQuantity(request ?? '')) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

const DEFAULT_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
];

type Spec = Record<string, unknown>;

/**
 * The API server's defaulting and admission defaults for a new object of `kind`. Returns a new
 * object; `serviceIp` allocates a ClusterIP for services.
 */
export function applyDefaults(
  kind: string,
  object: KubeObject,
  helpers: { serviceIp: () => string },
): KubeObject {
  const spec = (object.spec ?? {}) as Spec;
  switch (kind) {
    case 'Pod': {
      const podSpec = defaultPodSpec(spec as PodSpec);
      const tolerations = [...(podSpec.tolerations ?? [])];
      for (const t of DEFAULT_TOLERATIONS) {
        if (!tolerations.some((x) => x.key === t.key && (x.effect ?? t.effect) === t.effect))
          tolerations.push(t);
      }
      return {
        ...object,
        spec: {
          ...podSpec,
          serviceAccountName: (podSpec.serviceAccountName as string | undefined) ?? 'default',
          serviceAccount: (podSpec.serviceAccountName as string | undefined) ?? 'default',
          enableServiceLinks: podSpec.enableServiceLinks ?? true,
          preemptionPolicy: podSpec.preemptionPolicy ?? 'PreemptLowerPriority',
          priority: podSpec.priority ?? 0,
          tolerations,
        },
        status: { phase: 'Pending', qosClass: qosClass(podSpec) },
      };
    }
    case 'Deployment':
      return {
        ...object,
        spec: {
          ...spec,
          replicas: spec.replicas ?? 1,
          revisionHistoryLimit: spec.revisionHistoryLimit ?? 10,
          progressDeadlineSeconds: spec.progressDeadlineSeconds ?? 600,
          strategy: spec.strategy ?? {
            type: 'RollingUpdate',
            rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
          },
          template: defaultTemplate(spec.template as PodTemplateSpec),
        },
        status: {},
      };
    case 'ReplicaSet':
      return {
        ...object,
        spec: {
          ...spec,
          replicas: spec.replicas ?? 1,
          template: defaultTemplate(spec.template as PodTemplateSpec),
        },
        status: { replicas: 0 },
      };
    case 'StatefulSet':
      return {
        ...object,
        spec: {
          ...spec,
          replicas: spec.replicas ?? 1,
          podManagementPolicy: spec.podManagementPolicy ?? 'OrderedReady',
          updateStrategy: spec.updateStrategy ?? { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
          revisionHistoryLimit: spec.revisionHistoryLimit ?? 10,
          template: defaultTemplate(spec.template as PodTemplateSpec),
        },
        status: { replicas: 0, availableReplicas: 0 },
      };
    case 'DaemonSet':
      return {
        ...object,
        spec: {
          ...spec,
          updateStrategy: spec.updateStrategy ?? {
            type: 'RollingUpdate',
            rollingUpdate: { maxUnavailable: 1, maxSurge: 0 },
          },
          revisionHistoryLimit: spec.revisionHistoryLimit ?? 10,
          template: defaultTemplate(spec.template as PodTemplateSpec),
        },
        status: {
          currentNumberScheduled: 0,
          desiredNumberScheduled: 0,
          numberMisscheduled: 0,
          numberReady: 0,
        },
      };
    case 'Job':
      return {
        ...object,
        spec: {
          ...spec,
          parallelism: spec.parallelism ?? 1,
          completions: spec.completions ?? 1,
          backoffLimit: spec.backoffLimit ?? 6,
          completionMode: spec.completionMode ?? 'NonIndexed',
          suspend: spec.suspend ?? false,
          template: defaultTemplate(spec.template as PodTemplateSpec, 'Never'),
        },
        status: {},
      };
    case 'Service': {
      const type = (spec.type as string | undefined) ?? 'ClusterIP';
      const clusterIP = (spec.clusterIP as string | undefined) ?? helpers.serviceIp();
      return {
        ...object,
        spec: {
          ...spec,
          type,
          clusterIP,
          clusterIPs: clusterIP === 'None' ? ['None'] : [clusterIP],
          ipFamilies: ['IPv4'],
          ipFamilyPolicy: 'SingleStack',
          sessionAffinity: spec.sessionAffinity ?? 'None',
          internalTrafficPolicy: spec.internalTrafficPolicy ?? 'Cluster',
          ports: ((spec.ports as Record<string, unknown>[] | undefined) ?? []).map((p) => ({
            ...p,
            protocol: p.protocol ?? 'TCP',
            targetPort: p.targetPort ?? p.port,
          })),
        },
        status: { loadBalancer: {} },
      };
    }
    case 'Namespace':
      return {
        ...object,
        metadata: {
          ...object.metadata,
          labels: { ...(object.metadata.labels ?? {}), 'kubernetes.io/metadata.name': object.metadata.name },
        },
        spec: { finalizers: ['kubernetes'], ...spec },
        status: { phase: 'Active' },
      };
    case 'Secret':
      return { ...normalizeSecret(object), type: object.type ?? 'Opaque' };
    default:
      return object;
  }
}

/** Moves `stringData` into base64 `data`, as the API server does on every secret write. */
export function normalizeSecret(object: KubeObject): KubeObject {
  const stringData = object.stringData as Record<string, string> | undefined;
  if (!stringData) return object;
  const data = { ...((object.data as Record<string, string> | undefined) ?? {}) };
  for (const [key, value] of Object.entries(stringData))
    data[key] = Buffer.from(String(value)).toString('base64');
  const { stringData: _dropped, ...rest } = object;
  return { ...rest, data };
}
