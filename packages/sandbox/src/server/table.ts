import type { ResourceDef } from '../resources/registry.ts';
import type { Condition, ContainerStatus, Event, KubeObject, Node, Pod } from '../resources/types.ts';
import { formatLabelSelector, fromLabelSelectorSpec } from '../selectors/label-selector.ts';
import { humanDuration } from '../util/duration.ts';

type Column = {
  name: string;
  type: 'string' | 'integer' | 'date';
  format?: string;
  priority?: number;
  description?: string;
};
type Cell = string | number;
type Printer = { columns: Column[]; cells(object: KubeObject, now: number): Cell[] };

const NAME: Column = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name must be unique within a namespace.',
};
const AGE: Column = {
  name: 'Age',
  type: 'string',
  description: 'CreationTimestamp is a timestamp representing the server time when this object was created.',
};

/** The wide (`-o wide`) columns of every workload with a pod template. */
const TEMPLATE_COLUMNS: Column[] = [
  {
    name: 'Containers',
    type: 'string',
    priority: 1,
    description: 'Names of each container in the template.',
  },
  {
    name: 'Images',
    type: 'string',
    priority: 1,
    description: 'Images referenced by each container in the template.',
  },
];

function templateCells(object: KubeObject): Cell[] {
  const list = containers(object);
  return [list.map((c) => c.name).join(','), list.map((c) => c.image).join(',')];
}

function age(object: KubeObject, now: number): string {
  const created = Date.parse(object.metadata.creationTimestamp);
  return Number.isNaN(created) ? '<unknown>' : humanDuration(now - created);
}

function since(time: string | null | undefined, now: number): string {
  if (!time) return '<unknown>';
  const t = Date.parse(time);
  return Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
}

/** The STATUS column of `kubectl get pods`, computed as kubectl's printer does. */
export function podStatusReason(pod: Pod, nodeUnreachable = false): string {
  let reason = pod.status?.reason ?? pod.status?.phase ?? 'Unknown';
  const statuses: ContainerStatus[] = pod.status?.containerStatuses ?? [];
  let hasRunning = false;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const s = statuses[i] as ContainerStatus;
    if (s.state.waiting?.reason) reason = s.state.waiting.reason;
    else if (s.state.terminated?.reason) reason = s.state.terminated.reason;
    else if (s.state.terminated) {
      reason = s.state.terminated.signal
        ? `Signal:${s.state.terminated.signal}`
        : `ExitCode:${s.state.terminated.exitCode}`;
    } else if (s.ready && s.state.running) hasRunning = true;
  }
  if (reason === 'Completed' && hasRunning) {
    reason = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')
      ? 'Running'
      : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp) reason = nodeUnreachable ? 'Unknown' : 'Terminating';
  return reason;
}

function podRestarts(pod: Pod, now: number): string {
  let restarts = 0;
  let last: number | undefined;
  for (const s of pod.status?.containerStatuses ?? []) {
    restarts += s.restartCount;
    const finished = s.lastState.terminated?.finishedAt;
    if (finished) {
      const t = Date.parse(finished);
      if (last === undefined || t > last) last = t;
    }
  }
  return restarts > 0 && last !== undefined
    ? `${restarts} (${humanDuration(now - last)} ago)`
    : String(restarts);
}

function condition(conditions: Condition[] | undefined, type: string): Condition | undefined {
  return conditions?.find((c) => c.type === type);
}

function nodeStatus(node: Node): string {
  const ready = condition(node.status?.conditions, 'Ready');
  const parts = [ready?.status === 'True' ? 'Ready' : ready ? 'NotReady' : 'Unknown'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

function nodeRoles(node: Node): string {
  const roles = Object.keys(node.metadata.labels ?? {})
    .filter((l) => l.startsWith('node-role.kubernetes.io/'))
    .map((l) => l.slice('node-role.kubernetes.io/'.length));
  return roles.length ? roles.sort().join(',') : '<none>';
}

type Spec = Record<string, unknown>;
type Status = Record<string, number | undefined>;
const spec = (o: KubeObject) => (o.spec ?? {}) as Spec;
const status = (o: KubeObject) => (o.status ?? {}) as Status;
const containers = (o: KubeObject) =>
  (spec(o).template as { spec?: { containers?: { name: string; image: string }[] } } | undefined)?.spec
    ?.containers ?? [];
const selectorText = (o: KubeObject) => {
  const s = spec(o).selector as Parameters<typeof fromLabelSelectorSpec>[0] | undefined;
  return s ? formatLabelSelector(fromLabelSelectorSpec(s)) || '<none>' : '<none>';
};

const PRINTERS: Record<string, Printer> = {
  Pod: {
    columns: [
      NAME,
      {
        name: 'Ready',
        type: 'string',
        description: 'The aggregate readiness state of this pod for accepting traffic.',
      },
      { name: 'Status', type: 'string', description: 'The aggregate status of the containers in this pod.' },
      {
        name: 'Restarts',
        type: 'string',
        description:
          'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.',
      },
      AGE,
      { name: 'IP', type: 'string', priority: 1, description: 'IP address allocated to the pod.' },
      { name: 'Node', type: 'string', priority: 1, description: 'Name of the node this pod is assigned to.' },
      {
        name: 'Nominated Node',
        type: 'string',
        priority: 1,
        description: 'Name of the node this pod is nominated to.',
      },
      { name: 'Readiness Gates', type: 'string', priority: 1, description: 'Pod readiness gates.' },
    ],
    cells: (o, now) => {
      const pod = o as Pod;
      const statuses = pod.status?.containerStatuses ?? [];
      const total = pod.spec.containers.length;
      const ready = statuses.filter((s) => s.ready).length;
      return [
        pod.metadata.name,
        `${ready}/${total}`,
        podStatusReason(pod),
        podRestarts(pod, now),
        age(pod, now),
        pod.status?.podIP ?? '<none>',
        pod.spec.nodeName ?? '<none>',
        '<none>',
        '<none>',
      ];
    },
  },
  Node: {
    columns: [
      NAME,
      { name: 'Status', type: 'string', description: 'The status of the node' },
      { name: 'Roles', type: 'string', description: 'The roles of the node' },
      AGE,
      { name: 'Version', type: 'string', description: 'Kubelet Version reported by the node.' },
      {
        name: 'Internal-IP',
        type: 'string',
        priority: 1,
        description: 'List of addresses reachable to the node.',
      },
      {
        name: 'External-IP',
        type: 'string',
        priority: 1,
        description: 'List of addresses reachable to the node.',
      },
      { name: 'OS-Image', type: 'string', priority: 1, description: 'OS Image reported by the node.' },
      {
        name: 'Kernel-Version',
        type: 'string',
        priority: 1,
        description: 'Kernel Version reported by the node.',
      },
      {
        name: 'Container-Runtime',
        type: 'string',
        priority: 1,
        description: 'Container Runtime Version reported by the node.',
      },
    ],
    cells: (o, now) => {
      const node = o as Node;
      const info = node.status?.nodeInfo ?? {};
      const address = (type: string) =>
        node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
      return [
        node.metadata.name,
        nodeStatus(node),
        nodeRoles(node),
        age(node, now),
        info.kubeletVersion ?? '',
        address('InternalIP'),
        address('ExternalIP'),
        info.osImage ?? '',
        info.kernelVersion ?? '',
        info.containerRuntimeVersion ?? '',
      ];
    },
  },
  Namespace: {
    columns: [NAME, { name: 'Status', type: 'string', description: 'The status of the namespace' }, AGE],
    cells: (o, now) => [
      o.metadata.name,
      String((o.status as { phase?: string } | undefined)?.phase ?? ''),
      age(o, now),
    ],
  },
  Deployment: {
    columns: [
      NAME,
      { name: 'Ready', type: 'string', description: 'Number of the pod with ready state' },
      {
        name: 'Up-to-date',
        type: 'integer',
        description:
          'Total number of non-terminated pods targeted by this deployment that have the desired template spec.',
      },
      {
        name: 'Available',
        type: 'integer',
        description:
          'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.',
      },
      AGE,
      ...TEMPLATE_COLUMNS,
      { name: 'Selector', type: 'string', priority: 1, description: 'Label selector for pods.' },
    ],
    cells: (o, now) => [
      o.metadata.name,
      `${status(o).readyReplicas ?? 0}/${(spec(o).replicas as number | undefined) ?? 0}`,
      status(o).updatedReplicas ?? 0,
      status(o).availableReplicas ?? 0,
      age(o, now),
      ...templateCells(o),
      selectorText(o),
    ],
  },
  ReplicaSet: {
    columns: [
      NAME,
      { name: 'Desired', type: 'integer', description: 'Number of desired pods.' },
      { name: 'Current', type: 'integer', description: 'Number of actual pods.' },
      { name: 'Ready', type: 'integer', description: 'The number of ready replicas for this replica set.' },
      AGE,
      ...TEMPLATE_COLUMNS,
      { name: 'Selector', type: 'string', priority: 1, description: 'Label selector for pods.' },
    ],
    cells: (o, now) => [
      o.metadata.name,
      (spec(o).replicas as number | undefined) ?? 0,
      status(o).replicas ?? 0,
      status(o).readyReplicas ?? 0,
      age(o, now),
      ...templateCells(o),
      selectorText(o),
    ],
  },
  StatefulSet: {
    columns: [
      NAME,
      { name: 'Ready', type: 'string', description: 'Number of the pod with ready state' },
      AGE,
      ...TEMPLATE_COLUMNS,
    ],
    cells: (o, now) => [
      o.metadata.name,
      `${status(o).readyReplicas ?? 0}/${(spec(o).replicas as number | undefined) ?? 0}`,
      age(o, now),
      ...templateCells(o),
    ],
  },
  DaemonSet: {
    columns: [
      NAME,
      {
        name: 'Desired',
        type: 'integer',
        description: 'The total number of nodes that should be running the daemon pod.',
      },
      {
        name: 'Current',
        type: 'integer',
        description: 'The number of nodes running at least one daemon pod.',
      },
      {
        name: 'Ready',
        type: 'integer',
        description: 'The number of nodes that should be running the daemon pod and have one or more ready.',
      },
      {
        name: 'Up-to-date',
        type: 'integer',
        description: 'The total number of nodes that are running updated daemon pod',
      },
      {
        name: 'Available',
        type: 'integer',
        description:
          'The number of nodes that should be running the daemon pod and have one or more available.',
      },
      {
        name: 'Node Selector',
        type: 'string',
        description: 'NodeSelector is a selector which must be true for the pod to fit on a node.',
      },
      AGE,
    ],
    cells: (o, now) => {
      const selector = (spec(o).template as { spec?: { nodeSelector?: Record<string, string> } } | undefined)
        ?.spec?.nodeSelector;
      return [
        o.metadata.name,
        status(o).desiredNumberScheduled ?? 0,
        status(o).currentNumberScheduled ?? 0,
        status(o).numberReady ?? 0,
        status(o).updatedNumberScheduled ?? 0,
        status(o).numberAvailable ?? 0,
        selector
          ? Object.entries(selector)
              .map(([k, v]) => `${k}=${v}`)
              .join(',')
          : '<none>',
        age(o, now),
      ];
    },
  },
  Job: {
    columns: [
      NAME,
      { name: 'Status', type: 'string', description: 'Status of the job.' },
      { name: 'Completions', type: 'string', description: 'The completion status of the job.' },
      { name: 'Duration', type: 'string', description: 'Time required to complete the job.' },
      AGE,
    ],
    cells: (o, now) => {
      const s = (o.status ?? {}) as {
        succeeded?: number;
        startTime?: string;
        completionTime?: string;
        conditions?: Condition[];
        active?: number;
      };
      const done = s.conditions?.find(
        (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
      );
      const start = s.startTime ? Date.parse(s.startTime) : undefined;
      const end = s.completionTime ? Date.parse(s.completionTime) : now;
      return [
        o.metadata.name,
        done ? done.type : 'Running',
        `${s.succeeded ?? 0}/${(spec(o).completions as number | undefined) ?? 1}`,
        start !== undefined ? humanDuration(end - start) : '',
        age(o, now),
      ];
    },
  },
  Service: {
    columns: [
      NAME,
      { name: 'Type', type: 'string', description: 'The type of service.' },
      { name: 'Cluster-IP', type: 'string', description: 'The cluster IP of the service.' },
      { name: 'External-IP', type: 'string', description: 'The external IPs of the service.' },
      { name: 'Port(s)', type: 'string', description: 'The ports of the service.' },
      AGE,
      { name: 'Selector', type: 'string', priority: 1, description: 'The selector of the service.' },
    ],
    cells: (o, now) => {
      const s = spec(o) as {
        type?: string;
        clusterIP?: string;
        ports?: { port: number; protocol?: string; nodePort?: number }[];
        selector?: Record<string, string>;
      };
      return [
        o.metadata.name,
        s.type ?? 'ClusterIP',
        s.clusterIP ?? '<none>',
        '<none>',
        (s.ports ?? [])
          .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
          .join(',') || '<none>',
        age(o, now),
        s.selector
          ? Object.entries(s.selector)
              .map(([k, v]) => `${k}=${v}`)
              .join(',')
          : '<none>',
      ];
    },
  },
  Secret: {
    columns: [
      NAME,
      { name: 'Type', type: 'string', description: 'The type of the secret' },
      { name: 'Data', type: 'integer', description: 'The number of entries in the data map' },
      AGE,
    ],
    cells: (o, now) => [
      o.metadata.name,
      String(o.type ?? 'Opaque'),
      Object.keys((o.data as object | undefined) ?? {}).length,
      age(o, now),
    ],
  },
  ConfigMap: {
    columns: [NAME, { name: 'Data', type: 'integer', description: 'Number of data entries' }, AGE],
    cells: (o, now) => [
      o.metadata.name,
      Object.keys((o.data as object | undefined) ?? {}).length +
        Object.keys((o.binaryData as object | undefined) ?? {}).length,
      age(o, now),
    ],
  },
  Event: {
    columns: [
      { name: 'Last Seen', type: 'string', description: 'Time when last event occurred' },
      { name: 'Type', type: 'string', description: 'Type of this event' },
      { name: 'Reason', type: 'string', description: 'Reason why this event was generated' },
      { name: 'Object', type: 'string', description: 'Object this event is about' },
      { name: 'Subobject', type: 'string', priority: 1, description: 'Subobject of the involved object' },
      { name: 'Source', type: 'string', priority: 1, description: 'Component which reported this event' },
      {
        name: 'Message',
        type: 'string',
        description: 'A human-readable description of the status of this operation.',
      },
      { name: 'First Seen', type: 'string', priority: 1, description: 'Time when first event occurred' },
      { name: 'Count', type: 'string', priority: 1, description: 'Number of times this event has occurred' },
      { name: 'Name', type: 'string', priority: 1, description: 'Name of the event' },
    ],
    cells: (o, now) => {
      const e = o as Event;
      const count = e.count ?? 1;
      const last = since(e.lastTimestamp ?? (e.eventTime as string | undefined), now);
      const lastSeen = count > 1 ? `${last} (x${count} over ${since(e.firstTimestamp, now)})` : last;
      return [
        lastSeen,
        e.type ?? 'Normal',
        e.reason ?? '',
        `${(e.involvedObject.kind ?? '').toLowerCase()}/${e.involvedObject.name ?? ''}`,
        e.involvedObject.fieldPath ?? '',
        [e.source?.component, e.source?.host].filter(Boolean).join(', '),
        (e.message ?? '').trim(),
        since(e.firstTimestamp, now),
        String(count),
        e.metadata.name,
      ];
    },
  },
  NetworkPolicy: {
    columns: [NAME, { name: 'Pod-Selector', type: 'string', description: 'Selector that selects pods' }, AGE],
    cells: (o, now) => {
      const s = (spec(o).podSelector ?? {}) as Parameters<typeof fromLabelSelectorSpec>[0];
      return [o.metadata.name, formatLabelSelector(fromLabelSelectorSpec(s)) || '<none>', age(o, now)];
    },
  },
  PodDisruptionBudget: {
    columns: [
      NAME,
      {
        name: 'Min Available',
        type: 'string',
        description: 'The minimum number of pods that must be available.',
      },
      {
        name: 'Max Unavailable',
        type: 'string',
        description: 'The maximum number of pods that may be unavailable.',
      },
      {
        name: 'Allowed Disruptions',
        type: 'integer',
        description: 'Calculated number of pods that may be disrupted at this time.',
      },
      AGE,
    ],
    cells: (o, now) => [
      o.metadata.name,
      spec(o).minAvailable !== undefined ? String(spec(o).minAvailable) : 'N/A',
      spec(o).maxUnavailable !== undefined ? String(spec(o).maxUnavailable) : 'N/A',
      status(o).disruptionsAllowed ?? 0,
      age(o, now),
    ],
  },
  HorizontalPodAutoscaler: {
    columns: [
      NAME,
      { name: 'Reference', type: 'string', description: 'reference to the target' },
      { name: 'Targets', type: 'string', description: 'the target and current metrics' },
      { name: 'MinPods', type: 'string', description: 'minimum number of replicas' },
      { name: 'MaxPods', type: 'string', description: 'maximum number of replicas' },
      { name: 'Replicas', type: 'string', description: 'current number of replicas' },
      AGE,
    ],
    cells: (o, now) => {
      const s = spec(o) as {
        scaleTargetRef?: { kind: string; name: string };
        minReplicas?: number;
        maxReplicas?: number;
        metrics?: { resource?: { name: string; target?: { averageUtilization?: number } } }[];
      };
      const targets = (s.metrics ?? [])
        .map((m) =>
          m.resource
            ? `${m.resource.name}: <unknown>/${m.resource.target?.averageUtilization ?? '?'}%`
            : '<unknown>',
        )
        .join(', ');
      return [
        o.metadata.name,
        s.scaleTargetRef ? `${s.scaleTargetRef.kind}/${s.scaleTargetRef.name}` : '',
        targets || '<none>',
        String(s.minReplicas ?? 1),
        String(s.maxReplicas ?? 0),
        String(status(o).currentReplicas ?? 0),
        age(o, now),
      ];
    },
  },
};

const DEFAULT_PRINTER: Printer = { columns: [NAME, AGE], cells: (o, now) => [o.metadata.name, age(o, now)] };

/** Whether the client asked for server-side printing (`Accept: application/json;as=Table;...`). */
export function wantsTable(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => /;\s*as=Table/.test(part) && /g=meta\.k8s\.io/.test(part));
}

/** A `meta.k8s.io/v1` Table of objects, as `kubectl get` prints it. */
export function toTable(
  def: ResourceDef,
  objects: KubeObject[],
  now: number,
  listMeta: { resourceVersion?: string; continue?: string; remainingItemCount?: number } = {},
  includeObject: 'None' | 'Metadata' | 'Object' = 'Metadata',
): unknown {
  const printer = PRINTERS[def.kind] ?? DEFAULT_PRINTER;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: printer.columns.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: c.description ?? '',
      priority: c.priority ?? 0,
    })),
    rows: objects.map((object) => ({
      cells: printer.cells(object, now),
      object:
        includeObject === 'Object'
          ? object
          : includeObject === 'None'
            ? undefined
            : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata },
    })),
  };
}
