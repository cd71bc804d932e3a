/** Flattens Kubernetes objects (containers, events, conditions, nodes) into evidence summaries. */
import type { KubeEvent, Node, Pod } from '@sre-agent/kube';
import {
  isHeapSizeEnv,
  mayCarryRuntimeFlags,
  memoryFlagsIn,
  RUNTIME_FLAG_ENV,
  type RuntimeMemoryFlag,
  SELF_NAMED_FLAG_ENV,
} from '../runtime-caps.ts';
import { copyResources, iso } from './objects.ts';
import type { ConditionSummary, ContainerSummary, EvidenceEvent, NodeSummary } from './schema.ts';
import { specMemoryBudgets } from './spec-budgets.ts';

export function summariseContainers(pod: Pod): ContainerSummary[] {
  const specs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const initNames = new Set((pod.spec?.initContainers ?? []).map((c) => c.name));
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const out: ContainerSummary[] = [];
  for (const spec of specs) {
    const s = statuses.find((x) => x.name === spec.name);
    const waiting = s?.state?.waiting;
    const terminated = s?.state?.terminated;
    const summary: ContainerSummary = {
      name: spec.name,
      image: s?.image ?? spec.image ?? '',
      init: initNames.has(spec.name),
      ready: s?.ready ?? false,
      restartCount: s?.restartCount ?? 0,
      state: waiting ? 'waiting' : s?.state?.running ? 'running' : terminated ? 'terminated' : 'unknown',
    };
    const reason = waiting?.reason ?? terminated?.reason;
    const message = waiting?.message ?? terminated?.message;
    if (reason) summary.reason = reason;
    if (message) summary.message = message;
    if (terminated) summary.exitCode = terminated.exitCode;
    const started = iso(s?.state?.running?.startedAt ?? terminated?.startedAt);
    if (started) summary.startedAt = started;
    const last = s?.lastState?.terminated;
    if (last) {
      const lt: NonNullable<ContainerSummary['lastTerminated']> = { exitCode: last.exitCode };
      if (last.reason) lt.reason = last.reason;
      if (last.signal !== undefined) lt.signal = last.signal;
      if (last.message) lt.message = last.message;
      const ls = iso(last.startedAt);
      if (ls) lt.startedAt = ls;
      const lf = iso(last.finishedAt);
      if (lf) lt.finishedAt = lf;
      summary.lastTerminated = lt;
    }
    const resources = copyResources(spec.resources);
    if (resources) summary.resources = resources;
    const flags = specMemoryFlags(spec);
    if (flags.length) summary.memoryFlags = flags;
    const budgets = specMemoryBudgets(spec);
    if (budgets.length) summary.memoryBudgets = budgets;
    const tmpfs = memoryVolumesOf(spec, pod.spec?.volumes ?? []);
    if (tmpfs.length) summary.memoryVolumes = tmpfs;
    const scratch = scratchPathsOf(spec, pod.spec?.volumes ?? []);
    if (scratch.length) summary.scratchPaths = scratch;
    out.push(summary);
  }
  return out;
}

type Volume = NonNullable<NonNullable<Pod['spec']>['volumes']>[number];
const MAX_MEMORY_VOLUMES = 4;

/** The memory-backed emptyDirs (`medium: Memory`) a container mounts, with their size limit. */
function memoryVolumesOf(
  spec: ContainerSpec,
  volumes: readonly Volume[],
): NonNullable<ContainerSummary['memoryVolumes']> {
  const out: NonNullable<ContainerSummary['memoryVolumes']> = [];
  for (const mount of spec.volumeMounts ?? []) {
    const dir = volumes.find((v) => v.name === mount.name)?.emptyDir;
    if (dir?.medium !== 'Memory') continue;
    out.push({
      volume: mount.name,
      path: mount.mountPath,
      ...(dir.sizeLimit !== undefined ? { sizeLimit: String(dir.sizeLimit) } : {}),
    });
    if (out.length >= MAX_MEMORY_VOLUMES) break;
  }
  return out;
}

/** Where the container mounts emptyDirs: files there outlive its restarts, not the pod. */
function scratchPathsOf(spec: ContainerSpec, volumes: readonly Volume[]): string[] {
  return (spec.volumeMounts ?? [])
    .filter((mount) => volumes.some((v) => v.name === mount.name && v.emptyDir))
    .map((mount) => mount.mountPath)
    .slice(0, 8);
}

type ContainerSpec = NonNullable<Pod['spec']>['containers'][number];

/** The runtime memory flags of a container spec: env values of the runtimes' option variables, command and args. */
function specMemoryFlags(spec: ContainerSpec): { flag: string; where: string }[] {
  const found: RuntimeMemoryFlag[] = [];
  for (const e of spec.env ?? []) {
    if (e.value === undefined) continue;
    const known = (RUNTIME_FLAG_ENV as readonly string[]).includes(e.name);
    if (!known && !mayCarryRuntimeFlags(e.name) && !isHeapSizeEnv(e.name)) continue;
    const text =
      SELF_NAMED_FLAG_ENV.includes(e.name) || (!known && isHeapSizeEnv(e.name))
        ? `${e.name}=${e.value}`
        : e.value;
    found.push(...memoryFlagsIn(text, `env ${e.name} of ${spec.name}`));
  }
  found.push(
    ...memoryFlagsIn([...(spec.command ?? []), ...(spec.args ?? [])].join(' '), `args of ${spec.name}`),
  );
  return found.slice(0, 8).map((f) => ({ flag: f.flag, where: f.where }));
}

export function summariseEvents(events: readonly KubeEvent[]): EvidenceEvent[] {
  const byKey = new Map<string, EvidenceEvent>();
  for (const e of events) {
    const object = `${e.involvedObject?.kind ?? '?'}/${e.involvedObject?.name ?? '?'}`;
    const summary: EvidenceEvent = {
      object,
      type: e.type ?? 'Normal',
      reason: e.reason ?? '',
      message: (e.message ?? '').trim(),
      count: Math.max(1, e.series?.count ?? e.count ?? 1),
    };
    const container = fieldPathContainer(e.involvedObject?.fieldPath);
    if (container) summary.container = container;
    const first = iso(e.firstTimestamp ?? e.eventTime);
    const last = iso(e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp);
    if (first) summary.firstTimestamp = first;
    if (last) summary.lastTimestamp = last;
    const key = `${object}|${container ?? ''}|${summary.reason}|${summary.message}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count = Math.max(seen.count, summary.count);
      if (summary.firstTimestamp && (!seen.firstTimestamp || summary.firstTimestamp < seen.firstTimestamp)) {
        seen.firstTimestamp = summary.firstTimestamp;
      }
      if (summary.lastTimestamp && (!seen.lastTimestamp || summary.lastTimestamp > seen.lastTimestamp)) {
        seen.lastTimestamp = summary.lastTimestamp;
      }
    } else {
      byKey.set(key, summary);
    }
  }
  return [...byKey.values()].sort((x, y) =>
    (x.lastTimestamp ?? x.firstTimestamp ?? '').localeCompare(y.lastTimestamp ?? y.firstTimestamp ?? ''),
  );
}

/** `spec.containers{istio-proxy}` → `istio-proxy` (also `spec.initContainers{…}`); no regex. */
function fieldPathContainer(fieldPath: string | undefined): string | undefined {
  if (!fieldPath?.startsWith('spec.') || !fieldPath.endsWith('}')) return undefined;
  const open = fieldPath.indexOf('{');
  if (open < 0) return undefined;
  const kind = fieldPath.slice('spec.'.length, open);
  if (kind !== 'containers' && kind !== 'initContainers' && kind !== 'ephemeralContainers') return undefined;
  const name = fieldPath.slice(open + 1, -1);
  return name.length > 0 && name.length <= 253 ? name : undefined;
}

export function summariseCondition(c: {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: Date;
}): ConditionSummary {
  const out: ConditionSummary = { type: c.type, status: c.status };
  if (c.reason) out.reason = c.reason;
  if (c.message) out.message = c.message;
  const t = iso(c.lastTransitionTime);
  if (t) out.lastTransitionTime = t;
  return out;
}

export function summariseNode(node: Node): NodeSummary {
  const conditions = (node.status?.conditions ?? []).map(summariseCondition);
  return {
    name: node.metadata?.name ?? '',
    ready: conditions.find((c) => c.type === 'Ready')?.status ?? 'Unknown',
    unschedulable: node.spec?.unschedulable ?? false,
    conditions,
    taints: (node.spec?.taints ?? []).map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`),
  };
}

export function earliestFailure(
  containers: readonly ContainerSummary[],
  events: readonly EvidenceEvent[],
): string | undefined {
  const times: string[] = [];
  for (const e of events) {
    if (e.type === 'Warning' && (e.object.startsWith('Pod/') || e.object.startsWith('Node/'))) {
      const t = e.firstTimestamp ?? e.lastTimestamp;
      if (t) times.push(t);
    }
  }
  for (const c of containers) {
    if (c.lastTerminated && c.lastTerminated.exitCode !== 0 && c.lastTerminated.finishedAt) {
      times.push(c.lastTerminated.finishedAt);
    }
  }
  times.sort((a, b) => new Date(a).getTime() - new Date(b).getTime());
  return times[0];
}
