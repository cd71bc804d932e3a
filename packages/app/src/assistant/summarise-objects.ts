import type { KubeEvent, Pod } from '@sre-agent/kube';

/**
 * What the assistant's tools show of Kubernetes objects: names, status and shape, never the raw
 * object. Container `env` values and Secrets are left out on purpose (they hold credentials);
 * `sanitiseJson` redacts and bounds whatever text remains.
 */
type Meta = {
  metadata?: {
    name?: string | undefined;
    namespace?: string | undefined;
    labels?: Record<string, string> | undefined;
    creationTimestamp?: Date | string | undefined;
    ownerReferences?: { kind: string; name: string }[] | undefined;
  };
};

type Container = {
  name: string;
  image?: string | undefined;
  resources?: unknown;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  env?: { name: string }[] | undefined;
};

type Condition = { type: string; status: string; reason?: string; message?: string };
type ContainerStatus = {
  name: string;
  ready: boolean;
  restartCount?: number;
  state?: unknown;
  lastState?: unknown;
};

/** The fields of workloads, pods and nodes the summaries read; the rest is never shown. */
type Shape = Meta & {
  spec?: {
    replicas?: number;
    nodeName?: string;
    schedule?: string;
    suspend?: boolean;
    type?: string;
    selector?: unknown;
    unschedulable?: boolean;
    taints?: unknown;
    strategy?: unknown;
    updateStrategy?: unknown;
    containers?: Container[];
    template?: { spec?: { containers?: Container[] } };
  };
  status?: {
    readyReplicas?: number;
    availableReplicas?: number;
    desiredNumberScheduled?: number;
    numberReady?: number;
    succeeded?: number;
    failed?: number;
    phase?: string;
    conditions?: Condition[];
    allocatable?: unknown;
    containerStatuses?: ContainerStatus[];
  };
};

function containers(list: readonly Container[] | undefined) {
  return (list ?? []).map((c) => ({
    name: c.name,
    image: c.image,
    resources: c.resources,
    livenessProbe: c.livenessProbe !== undefined,
    readinessProbe: c.readinessProbe !== undefined,
    envNames: (c.env ?? []).map((e) => e.name),
  }));
}

function meta(o: Meta) {
  return {
    name: o.metadata?.name,
    namespace: o.metadata?.namespace,
    created: String(o.metadata?.creationTimestamp ?? ''),
  };
}

function podPhase(pod: Pod): string {
  const waiting = pod.status?.containerStatuses?.find((s) => s.state?.waiting?.reason)?.state?.waiting
    ?.reason;
  return waiting ?? pod.status?.phase ?? 'Unknown';
}

/** One line of `kubectl get <kind>`: enough to pick what to describe next. */
export function summariseListed(kind: string, o: unknown): Record<string, unknown> {
  const obj = o as Shape;
  const base = meta(obj);
  switch (kind) {
    case 'pods':
      return {
        ...base,
        status: podPhase(obj as Pod),
        restarts: (obj.status?.containerStatuses ?? []).reduce((n, s) => n + (s.restartCount ?? 0), 0),
        node: obj.spec?.nodeName,
      };
    case 'deployments':
    case 'statefulsets':
    case 'replicasets':
      return {
        ...base,
        replicas: obj.spec?.replicas,
        ready: obj.status?.readyReplicas ?? 0,
        available: obj.status?.availableReplicas ?? 0,
      };
    case 'daemonsets':
      return { ...base, desired: obj.status?.desiredNumberScheduled, ready: obj.status?.numberReady };
    case 'jobs':
      return { ...base, succeeded: obj.status?.succeeded ?? 0, failed: obj.status?.failed ?? 0 };
    case 'cronjobs':
      return { ...base, schedule: obj.spec?.schedule, suspend: obj.spec?.suspend ?? false };
    case 'services':
      return { ...base, type: obj.spec?.type, selector: obj.spec?.selector };
    case 'nodes':
      return {
        ...base,
        ready: obj.status?.conditions?.find((c) => c.type === 'Ready')?.status,
        unschedulable: obj.spec?.unschedulable ?? false,
      };
    case 'namespaces':
      return { ...base, phase: obj.status?.phase };
    default:
      return base;
  }
}

/** `kubectl describe` for the kinds the assistant may describe, without env values or secrets. */
export function describeObject(kind: string, o: unknown): Record<string, unknown> {
  const obj = o as Shape;
  const base = {
    ...meta(obj),
    labels: obj.metadata?.labels,
    owners: (obj.metadata?.ownerReferences ?? []).map((r) => ({
      kind: r.kind,
      name: r.name,
    })),
  };
  if (kind === 'node') {
    return {
      ...base,
      unschedulable: obj.spec?.unschedulable ?? false,
      taints: obj.spec?.taints,
      conditions: obj.status?.conditions?.map(condition),
      allocatable: obj.status?.allocatable,
    };
  }
  if (kind === 'pod') {
    return {
      ...base,
      node: obj.spec?.nodeName,
      phase: obj.status?.phase,
      conditions: obj.status?.conditions?.map(condition),
      containers: containers(obj.spec?.containers),
      containerStatuses: (obj.status?.containerStatuses ?? []).map((s) => ({
        name: s.name,
        ready: s.ready,
        restartCount: s.restartCount,
        state: s.state,
        lastState: s.lastState,
      })),
    };
  }
  return {
    ...base,
    replicas: obj.spec?.replicas,
    selector: obj.spec?.selector,
    strategy: obj.spec?.strategy ?? obj.spec?.updateStrategy,
    containers: containers(obj.spec?.template?.spec?.containers),
    status: {
      ...obj.status,
      conditions: obj.status?.conditions?.map(condition),
    },
  };
}

function condition(c: Condition) {
  return { type: c.type, status: c.status, reason: c.reason, message: c.message };
}

/** An event as `kubectl get events` shows it. */
export function summariseEvent(e: KubeEvent): Record<string, unknown> {
  return {
    type: e.type,
    reason: e.reason,
    object: `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
    namespace: e.involvedObject?.namespace ?? e.metadata?.namespace,
    message: e.message,
    count: e.count ?? 1,
    lastSeen: String(e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? ''),
  };
}

/** Newest first, by the time the event was last seen. */
export function eventTime(e: KubeEvent): number {
  const t = e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp;
  return t ? new Date(t as Date | string).getTime() || 0 : 0;
}
