import type { BehaviourProfileInput } from '../engine/profiles.ts';
import type { Manifest } from './types.ts';

type Env = { name: string; value?: string; valueFrom?: Record<string, unknown> };
type Probe = Record<string, unknown>;

export type AppSpec = {
  name: string;
  namespace: string;
  image: string;
  replicas?: number;
  /** Extra pod labels. */
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  env?: Env[];
  envFrom?: Record<string, unknown>[];
  port?: number;
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
  liveness?: Probe | false;
  readiness?: Probe | false;
  volumes?: Record<string, unknown>[];
  volumeMounts?: Record<string, unknown>[];
  strategy?: Record<string, unknown>;
  serviceAccount?: string;
};

export function namespace(name: string, labels: Record<string, string> = {}): Manifest {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export function httpProbe(path: string, port: number, extra: Probe = {}): Probe {
  return {
    httpGet: { path, port, scheme: 'HTTP' },
    periodSeconds: 10,
    timeoutSeconds: 1,
    failureThreshold: 3,
    ...extra,
  };
}

function container(app: AppSpec): Record<string, unknown> {
  const port = app.port ?? 8080;
  return {
    name: app.name,
    image: app.image,
    ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }],
    ...(app.env ? { env: app.env } : {}),
    ...(app.envFrom ? { envFrom: app.envFrom } : {}),
    resources: {
      requests: { cpu: app.requests?.cpu ?? '100m', memory: app.requests?.memory ?? '128Mi' },
      limits: { ...(app.limits?.cpu ? { cpu: app.limits.cpu } : {}), memory: app.limits?.memory ?? '256Mi' },
    },
    ...(app.liveness === false
      ? {}
      : { livenessProbe: app.liveness ?? httpProbe('/healthz', port, { initialDelaySeconds: 15 }) }),
    ...(app.readiness === false
      ? {}
      : { readinessProbe: app.readiness ?? httpProbe('/ready', port, { initialDelaySeconds: 5 }) }),
    ...(app.volumeMounts ? { volumeMounts: app.volumeMounts } : {}),
  };
}

/** A Deployment the way teams write them: app labels, requests/limits, probes. */
export function deployment(app: AppSpec): Manifest {
  const labels = { 'app.kubernetes.io/name': app.name, ...(app.labels ?? {}) };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: app.name,
      namespace: app.namespace,
      labels: { ...labels, 'app.kubernetes.io/managed-by': 'Helm' },
      ...(app.annotations ? { annotations: app.annotations } : {}),
    },
    spec: {
      replicas: app.replicas ?? 2,
      selector: { matchLabels: { 'app.kubernetes.io/name': app.name } },
      ...(app.strategy ? { strategy: app.strategy } : {}),
      template: {
        metadata: { labels },
        spec: {
          ...(app.serviceAccount ? { serviceAccountName: app.serviceAccount } : {}),
          containers: [container(app)],
          ...(app.volumes ? { volumes: app.volumes } : {}),
        },
      },
    },
  };
}

export function statefulSet(app: AppSpec & { serviceName: string }): Manifest {
  const labels = { 'app.kubernetes.io/name': app.name, ...(app.labels ?? {}) };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: app.name, namespace: app.namespace, labels },
    spec: {
      replicas: app.replicas ?? 1,
      serviceName: app.serviceName,
      selector: { matchLabels: { 'app.kubernetes.io/name': app.name } },
      template: {
        metadata: { labels },
        spec: { containers: [container(app)], ...(app.volumes ? { volumes: app.volumes } : {}) },
      },
    },
  };
}

export function daemonSet(app: AppSpec): Manifest {
  const labels = { 'k8s-app': app.name, ...(app.labels ?? {}) };
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: app.name, namespace: app.namespace, labels },
    spec: {
      selector: { matchLabels: { 'k8s-app': app.name } },
      template: {
        metadata: { labels },
        spec: {
          priorityClassName: 'system-node-critical',
          containers: [
            container({ ...app, liveness: app.liveness ?? false, readiness: app.readiness ?? false }),
          ],
          ...(app.volumes ? { volumes: app.volumes } : {}),
        },
      },
    },
  };
}

export function service(
  name: string,
  ns: string,
  port = 80,
  targetPort = 8080,
  selector?: Record<string, string>,
): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns, labels: { 'app.kubernetes.io/name': name } },
    spec: {
      selector: selector ?? { 'app.kubernetes.io/name': name },
      ports: [{ name: 'http', port, targetPort, protocol: 'TCP' }],
    },
  };
}

export function pdb(name: string, ns: string, minAvailable: number | string, app = name): Manifest {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, namespace: ns },
    spec: { minAvailable, selector: { matchLabels: { 'app.kubernetes.io/name': app } } },
  };
}

export function configMap(name: string, ns: string, data: Record<string, string>): Manifest {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data };
}

export function secret(name: string, ns: string, stringData: Record<string, string>): Manifest {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: ns }, type: 'Opaque', stringData };
}

/** Default-deny ingress plus "allow from the same namespace", a common baseline. */
export function networkPolicy(name: string, ns: string): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: ns },
    spec: {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: {} }] }],
    },
  };
}

export function hpa(name: string, ns: string, min: number, max: number): Manifest {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, namespace: ns },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: min,
      maxReplicas: max,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
    },
  };
}

/** A quiet, healthy web service profile: startup lines and an access log line every 30 seconds. */
export function healthyProfile(
  image: string,
  app: string,
  options: Partial<BehaviourProfileInput> = {},
): BehaviourProfileInput {
  return {
    image,
    memoryUsageMi: 96,
    startupLog: [
      `{"level":"info","time":"{time}","msg":"starting ${app}","version":"${image.split(':').pop()}"}`,
      `{"level":"info","time":"{time}","msg":"listening","addr":":8080"}`,
    ],
    steadyLog: {
      everySeconds: 30,
      lines: [
        `{"level":"info","time":"{time}","msg":"request completed","method":"GET","path":"/api/health","status":200,"duration_ms":3,"request_id":"{id}"}`,
      ],
    },
    ...options,
  };
}
