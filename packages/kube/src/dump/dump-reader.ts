import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError, ValidationError } from '@sre-agent/core';
import type * as z from 'zod';
import { ownerChain } from '../owner-chain.ts';
import type {
  ClusterReader,
  DaemonSet,
  Deployment,
  KubeEvent,
  ListOptions,
  LogOptions,
  Namespace,
  Node,
  ObjectRef,
  OwnerLink,
  Pod,
  ReplicaSet,
  StatefulSet,
} from '../ports.ts';
import {
  boundJson,
  DEFAULT_DUMP_BOUNDS,
  type DumpBounds,
  EventSchema,
  isContainerName,
  isDnsName,
  ListFileSchema,
  NodeSchema,
  ObjectSchema,
  PodSchema,
} from './dump-schema.ts';
import { logExcerpt } from './log-excerpt.ts';
import {
  type ContainerLog,
  DEFAULT_LOG_BOUNDS,
  type LogBounds,
  readDumpedPodLogs,
  readPlainLog,
  WHOLE_POD,
} from './pod-logs.ts';
import { matchesFieldSelector, matchesLabelSelector } from './selectors.ts';

/** The lists a dump holds per namespace, by file name (`replication-controllers.json` is read but unused). */
const NAMESPACED_FILES = {
  events: 'events.json',
  pods: 'pods.json',
  deployments: 'deployments.json',
  replicaSets: 'replicasets.json',
  daemonSets: 'daemonsets.json',
  statefulSets: 'statefulsets.json',
  services: 'services.json',
} as const;

type NamespacedList = keyof typeof NAMESPACED_FILES;

const ITEM_SCHEMAS: Record<NamespacedList | 'nodes', z.ZodType> = {
  events: EventSchema,
  pods: PodSchema,
  deployments: ObjectSchema,
  replicaSets: ObjectSchema,
  daemonSets: ObjectSchema,
  statefulSets: ObjectSchema,
  services: ObjectSchema,
  nodes: NodeSchema,
};

/** Everything a dump holds, parsed and bounded. */
type DumpContents = { nodes: Node[]; namespaces: string[] } & { [K in NamespacedList]: unknown[] };

export type OpenDumpOptions = { bounds?: Partial<DumpBounds>; logBounds?: Partial<LogBounds> };

/** Reads one file of at most `max` bytes; `undefined` when it does not exist. */
async function readBounded(file: string, rel: string, max: number): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile()) throw new ValidationError(`${rel} in the dump is not a regular file`);
  if (info.size > max)
    throw new ValidationError(`${rel} in the dump is ${info.size} bytes, more than the ${max} this reads`);
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(info.size, max));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    // Files saved by some editors and Windows tools start with a byte order mark.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    await handle.close();
  }
}

/** A list file's items, each checked against its schema; a missing file is an empty list. */
async function readList(dir: string, rel: string, schema: z.ZodType, bounds: DumpBounds): Promise<unknown[]> {
  const text = await readBounded(join(dir, rel), rel, bounds.maxListBytes);
  if (text === undefined || text.trim() === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`${rel} in the dump is not JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  const list = ListFileSchema.safeParse(json);
  if (!list.success)
    throw new ValidationError(`${rel} in the dump is not a Kubernetes List (no items array)`);
  const items = (list.data.items ?? []).slice(0, bounds.maxItems);
  return items.map((raw, index) => {
    const parsed = schema.safeParse(boundJson(raw, bounds));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(
        `${rel} in the dump: item ${index}${issue ? ` ${issue.path.join('.')}: ${issue.message}` : ''}`,
        parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
      );
    }
    return parsed.data;
  });
}

/** The newest instant a dump shows: its newest event or node heartbeat. */
export function dumpTime(events: readonly KubeEvent[], nodes: readonly Node[]): Date | undefined {
  let newest = Number.NEGATIVE_INFINITY;
  const see = (value: unknown) => {
    if (typeof value !== 'string' && !(value instanceof Date)) return;
    const t = new Date(value).getTime();
    if (Number.isFinite(t) && t > newest) newest = t;
  };
  for (const e of events) {
    see(e.lastTimestamp);
    see(e.eventTime);
    see(e.firstTimestamp);
    see(e.series?.lastObservedTime);
    see(e.metadata?.creationTimestamp);
  }
  for (const n of nodes) for (const c of n.status?.conditions ?? []) see(c.lastHeartbeatTime);
  return Number.isFinite(newest) ? new Date(newest) : undefined;
}

const eventTime = (e: KubeEvent) =>
  new Date(
    (e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? 0) as Date,
  ).getTime() || 0;

const statusOf = (pod: Pod, container: string) =>
  [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].find(
    (s) => s.name === container,
  );

/** Whether the container is waiting to start again after its last instance terminated (CrashLoopBackOff). */
function waitingToRestart(pod: Pod, container: string): boolean {
  const status = statusOf(pod, container);
  return status?.state?.waiting !== undefined && status.lastState?.terminated !== undefined;
}

/** Whether the container had an instance before the one running (or terminated) now. */
function restarted(pod: Pod, container: string): boolean {
  const status = statusOf(pod, container);
  return (status?.restartCount ?? 0) > 0 || status?.lastState?.terminated !== undefined;
}

/** Lines kubectl writes in place of a log it could not fetch. */
const KUBECTL_LOG_ERRORS = ['Request log error: ', 'Create log request error: '];

/**
 * A read-only {@link ClusterReader} over the directory `kubectl cluster-info dump --output-directory`
 * writes, so that the same diagnosis runs on a support bundle with no access to the cluster. Lists
 * the dump does not hold (jobs, secrets, RBAC, ...) are empty; pod logs are parsed out of
 * `logs.txt` on first use. kubectl writes no previous logs: a previous log comes from
 * `logs-<container>-previous.txt` when someone added it, else, for a container waiting to restart,
 * from `logs.txt` (the kubelet answers kubectl's log request with the last terminated instance's
 * log); asked for the previous log of a container that runs again after a restart, it throws a
 * {@link NotFoundError} saying the dump lacks it (the evidence lists it as a gap).
 * Open one with {@link openClusterDump}.
 */
export class DumpClusterReader implements ClusterReader {
  readonly cluster: string;
  /** The dump's "now": its newest event or node heartbeat (a dump has no clock). */
  readonly now: Date | undefined;
  readonly #dir: string;
  readonly #contents: DumpContents;
  readonly #logBounds: LogBounds;
  readonly #logs = new Map<string, Promise<Map<string, ContainerLog>>>();

  constructor(
    dir: string,
    contents: DumpContents,
    options: { cluster?: string; logBounds?: LogBounds } = {},
  ) {
    this.cluster = options.cluster ?? 'dump';
    this.#dir = dir;
    this.#contents = contents;
    this.#logBounds = options.logBounds ?? DEFAULT_LOG_BOUNDS;
    this.now = dumpTime(contents.events as KubeEvent[], contents.nodes);
  }

  #list<T>(items: readonly unknown[], options: ListOptions | undefined): T[] {
    return (items as T[]).filter((item) => {
      const meta = (item as { metadata?: { namespace?: string; labels?: Record<string, string> } }).metadata;
      if (options?.namespace !== undefined && meta?.namespace !== options.namespace) return false;
      if (options?.labelSelector && !matchesLabelSelector(meta?.labels, options.labelSelector)) return false;
      if (options?.fieldSelector && !matchesFieldSelector(item, options.fieldSelector)) return false;
      return true;
    });
  }

  #get<T>(items: readonly unknown[], namespace: string | undefined, name: string): T | undefined {
    return (items as T[]).find((item) => {
      const meta = (item as { metadata?: { namespace?: string; name?: string } }).metadata;
      return meta?.name === name && (namespace === undefined || meta?.namespace === namespace);
    });
  }

  async listPods(options?: ListOptions) {
    return this.#list<Pod>(this.#contents.pods, options);
  }
  async listNodes(options?: Omit<ListOptions, 'namespace'>) {
    return this.#list<Node>(this.#contents.nodes, options);
  }
  async listDeployments(options?: ListOptions) {
    return this.#list<Deployment>(this.#contents.deployments, options);
  }
  async listReplicaSets(options?: ListOptions) {
    return this.#list<ReplicaSet>(this.#contents.replicaSets, options);
  }
  async listStatefulSets(options?: ListOptions) {
    return this.#list<StatefulSet>(this.#contents.statefulSets, options);
  }
  async listDaemonSets(options?: ListOptions) {
    return this.#list<DaemonSet>(this.#contents.daemonSets, options);
  }
  async listEvents(options?: ListOptions) {
    return this.#list<KubeEvent>(this.#contents.events, options);
  }
  async listServices(options?: ListOptions) {
    return this.#list<never>(this.#contents.services, options);
  }
  async listNamespaces(): Promise<Namespace[]> {
    return this.#contents.namespaces.map((name) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    }));
  }
  // A dump holds none of these.
  async listJobs() {
    return [];
  }
  async listNetworkPolicies() {
    return [];
  }
  async listSecrets() {
    return [];
  }
  async listConfigMaps() {
    return [];
  }
  async listPodDisruptionBudgets() {
    return [];
  }
  async listResourceQuotas() {
    return [];
  }
  async listHorizontalPodAutoscalers() {
    return [];
  }
  async listCronJobs() {
    return [];
  }
  async listIngresses() {
    return [];
  }
  async listCertificates() {
    return [];
  }
  async listServiceAccounts() {
    return [];
  }
  async listRoles() {
    return [];
  }
  async listRoleBindings() {
    return [];
  }
  async listClusterRoles() {
    return [];
  }
  async listClusterRoleBindings() {
    return [];
  }

  async getPod(namespace: string, name: string) {
    return this.#get<Pod>(this.#contents.pods, namespace, name);
  }
  async getNode(name: string) {
    return this.#get<Node>(this.#contents.nodes, undefined, name);
  }
  async getDeployment(namespace: string, name: string) {
    return this.#get<Deployment>(this.#contents.deployments, namespace, name);
  }
  async getReplicaSet(namespace: string, name: string) {
    return this.#get<ReplicaSet>(this.#contents.replicaSets, namespace, name);
  }
  async getStatefulSet(namespace: string, name: string) {
    return this.#get<StatefulSet>(this.#contents.statefulSets, namespace, name);
  }
  async getDaemonSet(namespace: string, name: string) {
    return this.#get<DaemonSet>(this.#contents.daemonSets, namespace, name);
  }

  async eventsFor(ref: ObjectRef): Promise<KubeEvent[]> {
    return (this.#contents.events as KubeEvent[])
      .filter(
        (e) =>
          e.involvedObject?.kind === ref.kind &&
          e.involvedObject?.name === ref.name &&
          (ref.namespace === undefined ||
            (e.involvedObject?.namespace ?? e.metadata?.namespace) === ref.namespace),
      )
      .sort((a, b) => eventTime(a) - eventTime(b));
  }

  ownerChain(pod: Pod): Promise<OwnerLink[]> {
    return ownerChain(pod, async (kind, namespace, name) => {
      switch (kind) {
        case 'ReplicaSet':
          return this.getReplicaSet(namespace, name);
        case 'Deployment':
          return this.getDeployment(namespace, name);
        case 'StatefulSet':
          return this.getStatefulSet(namespace, name);
        case 'DaemonSet':
          return this.getDaemonSet(namespace, name);
        default:
          return 'unsupported';
      }
    });
  }

  async readPodLog(namespace: string, pod: string, options: LogOptions = {}): Promise<string | undefined> {
    const found = await this.getPod(namespace, pod);
    if (!found || !isDnsName(namespace) || !isDnsName(pod)) return undefined;
    const container = options.container ?? found.spec?.containers?.[0]?.name;
    if (!container) return undefined;
    const podDir = join(this.#dir, namespace, pod);
    let log: ContainerLog | undefined;
    if (options.previous) {
      if (!isContainerName(container)) return undefined;
      const file = join(podDir, `logs-${container}-previous.txt`);
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile()) log = await readPlainLog(file, this.#logBounds);
      else if (waitingToRestart(found, container)) {
        // For a container waiting to restart, the kubelet served its last terminated instance's log
        // to kubectl's (current) log request: logs.txt holds the previous log.
        const logs = await this.#podLogs(podDir, `${namespace}/${pod}`);
        log = logs.get(container) ?? logs.get(WHOLE_POD);
      } else if (restarted(found, container)) {
        // The cluster has this log; the dump does not: said as a gap, not as "no log".
        throw new NotFoundError(
          `the dump holds no log of the previous instance of ${container}: kubectl cluster-info dump writes current logs only (add \`kubectl logs --previous\` as ${pod}/logs-${container}-previous.txt)`,
        );
      } else return undefined;
    } else {
      const logs = await this.#podLogs(podDir, `${namespace}/${pod}`);
      log = logs.get(container) ?? logs.get(WHOLE_POD);
    }
    if (!log || log.lines === 0) return undefined;
    const only = log.lines === 1 ? log.head[0] : undefined;
    if (only !== undefined && KUBECTL_LOG_ERRORS.some((prefix) => only.startsWith(prefix))) return undefined;
    return logExcerpt(log, options.tailLines, options.limitBytes);
  }

  #podLogs(podDir: string, podPath: string): Promise<Map<string, ContainerLog>> {
    let logs = this.#logs.get(podDir);
    if (!logs) {
      const file = join(podDir, 'logs.txt');
      logs = stat(file)
        .then((info) => (info.isFile() ? readDumpedPodLogs(file, podPath, this.#logBounds) : new Map()))
        .catch(() => new Map<string, ContainerLog>());
      this.#logs.set(podDir, logs);
    }
    return logs;
  }
}

/**
 * Opens a `kubectl cluster-info dump --output-directory DIR` directory: `nodes.json` and, per
 * namespace directory, its lists (a missing file is an empty list; a malformed one is an error
 * naming it). Pod logs are read later, when asked for.
 *
 * @example
 * const reader = await openClusterDump('/tmp/cluster-state');
 * const pods = await reader.listPods({ namespace: 'shop' });
 */
export async function openClusterDump(
  dir: string,
  options: OpenDumpOptions = {},
): Promise<DumpClusterReader> {
  const bounds = { ...DEFAULT_DUMP_BOUNDS, ...options.bounds };
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new NotFoundError(`no such directory: ${dir}`);
  let entries = await readdir(dir, { withFileTypes: true });
  // An unpacked archive often wraps the dump in one directory of its own.
  if (!entries.some((e) => e.name === 'nodes.json')) {
    const inner = [];
    for (const e of entries.filter((x) => x.isDirectory()).slice(0, 64)) {
      if (await stat(join(dir, e.name, 'nodes.json')).catch(() => undefined)) inner.push(e.name);
    }
    if (inner.length === 1 && inner[0]) {
      dir = join(dir, inner[0]);
      entries = await readdir(dir, { withFileTypes: true });
    }
  }
  const hasNodes = entries.some((e) => e.name === 'nodes.json');
  if (!hasNodes && entries.some((e) => e.name === 'nodes.yaml'))
    throw new ValidationError(`${dir} is a YAML dump; dump with the default --output json`);
  const namespaces = entries
    .filter((e) => e.isDirectory() && isDnsName(e.name, 63))
    .map((e) => e.name)
    .sort()
    .slice(0, bounds.maxNamespaces);
  const contents: DumpContents = {
    nodes: (await readList(dir, 'nodes.json', ITEM_SCHEMAS.nodes, bounds)) as Node[],
    namespaces: [],
    events: [],
    pods: [],
    deployments: [],
    replicaSets: [],
    daemonSets: [],
    statefulSets: [],
    services: [],
  };
  let found = 0;
  for (const namespace of namespaces) {
    let any = false;
    for (const [list, file] of Object.entries(NAMESPACED_FILES) as [NamespacedList, string][]) {
      const items = await readList(dir, `${namespace}/${file}`, ITEM_SCHEMAS[list], bounds);
      if (items.length > 0 || (await stat(join(dir, namespace, file)).catch(() => undefined))) any = true;
      for (const item of items) {
        // Items carry their namespace; the directory says it when an item does not.
        const object = item as { metadata?: { namespace?: string } };
        object.metadata ??= {};
        object.metadata.namespace ??= namespace;
        contents[list].push(item);
      }
    }
    if (any) contents.namespaces.push(namespace);
    found += any ? 1 : 0;
  }
  if (!hasNodes && found === 0)
    throw new ValidationError(
      `${dir} does not look like a kubectl cluster-info dump (no nodes.json and no namespace directories with pods.json, events.json, ...)`,
    );
  return new DumpClusterReader(dir, contents, { logBounds: { ...DEFAULT_LOG_BOUNDS, ...options.logBounds } });
}
