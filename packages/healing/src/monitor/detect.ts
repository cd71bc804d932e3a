import type { Signal, WorkloadRef } from '@sre-agent/core';
import type { Job, KubeEvent, Node, Pod, ReplicaSet } from '@sre-agent/kube';
import type { Detection } from '../detection.ts';

/** `<deployment>-<pod-template-hash>`: the hash that ends a ReplicaSet's name. */
export const POD_TEMPLATE_HASH = /-[a-z0-9]{6,10}$/;
/** The probe named by an `Unhealthy` event's message. */
export const PROBE_FAILED = /(Liveness|Readiness|Startup) probe failed/;

/** What one monitor pass sees of a cluster. */
export type ClusterSnapshot = {
  cluster: string;
  pods: Pod[];
  nodes: Node[];
  replicaSets: ReplicaSet[];
  jobs: Job[];
  events: KubeEvent[];
};

const WAITING_SIGNALS: Record<string, Signal> = {
  CrashLoopBackOff: 'CrashLoopBackOff',
  ErrImagePull: 'ErrImagePull',
  ImagePullBackOff: 'ImagePullBackOff',
  CreateContainerConfigError: 'CreateContainerConfigError',
};

/** Probe failures count as a problem once the kubelet has reported them this many times. */
const PROBE_FAILURE_THRESHOLD = 3;
/** Only recent probe failures count. */
const PROBE_FAILURE_WINDOW_MS = 10 * 60_000;
/** A probe that has not failed for this long has stopped failing (probes run every few seconds). */
const PROBE_STILL_FAILING_MS = 2 * 60_000;

function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Maps a pod to the workload that owns it (Pod → ReplicaSet → Deployment, or its direct owner). */
export function ownerWorkload(pod: Pod, cluster: string, replicaSets: readonly ReplicaSet[]): WorkloadRef {
  const namespace = pod.metadata?.namespace ?? 'default';
  const podName = pod.metadata?.name ?? '';
  const owner =
    pod.metadata?.ownerReferences?.find((o) => o.controller) ?? pod.metadata?.ownerReferences?.[0];
  if (owner?.kind === 'ReplicaSet') {
    const rs = replicaSets.find(
      (r) => r.metadata?.namespace === namespace && r.metadata?.name === owner.name,
    );
    const deployment = rs?.metadata?.ownerReferences?.find((o) => o.kind === 'Deployment');
    if (deployment) return { cluster, namespace, kind: 'Deployment', name: deployment.name };
    // Without the ReplicaSet at hand, kube's naming convention (<deployment>-<pod-template-hash>) still tells.
    const fromName = owner.name.replace(POD_TEMPLATE_HASH, '');
    if (!rs && fromName !== owner.name) return { cluster, namespace, kind: 'Deployment', name: fromName };
  }
  if (owner && (owner.kind === 'StatefulSet' || owner.kind === 'DaemonSet' || owner.kind === 'Job')) {
    return { cluster, namespace, kind: owner.kind, name: owner.name };
  }
  return { cluster, namespace, kind: 'Pod', name: podName };
}

function podDetections(snapshot: ClusterSnapshot, pod: Pod, at: string): Detection[] {
  const { cluster } = snapshot;
  const podName = pod.metadata?.name ?? '';
  const target = ownerWorkload(pod, cluster, snapshot.replicaSets);
  const base = {
    target,
    source: 'monitor' as const,
    status: 'firing' as const,
    pod: podName,
    observedAt: at,
  };
  const found: Detection[] = [];

  if (pod.status?.reason === 'Evicted') {
    found.push({ ...base, signal: 'Evicted', reason: pod.status.message ?? 'pod was evicted' });
    return found;
  }
  const unschedulable = pod.status?.conditions?.find(
    (c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable',
  );
  if (pod.status?.phase === 'Pending' && unschedulable) {
    found.push({
      ...base,
      signal: 'Unschedulable',
      reason: unschedulable.message ?? 'pod cannot be scheduled',
    });
  }
  for (const status of [
    ...(pod.status?.initContainerStatuses ?? []),
    ...(pod.status?.containerStatuses ?? []),
  ]) {
    const waiting = status.state?.waiting?.reason;
    const last = status.lastState?.terminated;
    const oom = last?.reason === 'OOMKilled' || status.state?.terminated?.reason === 'OOMKilled';
    const restarts = `${status.restartCount} restart${status.restartCount === 1 ? '' : 's'}`;
    if (oom) {
      found.push({
        ...base,
        signal: 'OOMKilled',
        container: status.name,
        reason: `container ${status.name}: OOMKilled (exit ${last?.exitCode ?? 137}), ${restarts}`,
      });
    } else if (waiting && WAITING_SIGNALS[waiting]) {
      const exit = last ? ` (last exit ${last.exitCode}${last.reason ? ` ${last.reason}` : ''})` : '';
      found.push({
        ...base,
        signal: WAITING_SIGNALS[waiting],
        container: status.name,
        reason: `container ${status.name}: ${waiting}${exit}, ${restarts}`,
      });
    }
  }
  return found;
}

function probeDetections(snapshot: ClusterSnapshot, now: Date): Detection[] {
  const byPod = new Map<string, { count: number; probes: Set<string>; lastMs: number }>();
  for (const event of snapshot.events) {
    if (event.reason !== 'Unhealthy' || event.involvedObject.kind !== 'Pod') continue;
    const probe = PROBE_FAILED.exec(event.message ?? '')?.[1];
    if (!probe) continue;
    const last = new Date(event.lastTimestamp ?? event.eventTime ?? 0).getTime();
    if (now.getTime() - last > PROBE_FAILURE_WINDOW_MS) continue;
    const key = `${event.involvedObject.namespace}/${event.involvedObject.name}`;
    const seen = byPod.get(key) ?? { count: 0, probes: new Set<string>(), lastMs: 0 };
    seen.count += event.count ?? 1;
    seen.probes.add(probe.toLowerCase());
    seen.lastMs = Math.max(seen.lastMs, last);
    byPod.set(key, seen);
  }
  const found: Detection[] = [];
  for (const [key, { count, probes, lastMs }] of byPod) {
    if (count < PROBE_FAILURE_THRESHOLD) continue;
    // Failures that stopped are history, not a problem now (a fixed pod keeps its old events for a while).
    if (now.getTime() - lastMs > PROBE_STILL_FAILING_MS) continue;
    const pod = snapshot.pods.find((p) => `${p.metadata?.namespace}/${p.metadata?.name}` === key);
    if (!pod) continue;
    if (!probes.has('liveness') && !probes.has('startup') && isPodReady(pod)) continue;
    found.push({
      target: ownerWorkload(pod, snapshot.cluster, snapshot.replicaSets),
      signal: 'ProbeFailure',
      source: 'monitor',
      status: 'firing',
      pod: pod.metadata?.name ?? '',
      reason: `${[...probes].sort().join(' and ')} probe failed ${count} times in the last 10 minutes`,
      observedAt: now.toISOString(),
    });
  }
  return found;
}

function nodeDetections(snapshot: ClusterSnapshot, at: string): Detection[] {
  const found: Detection[] = [];
  for (const node of snapshot.nodes) {
    const name = node.metadata?.name ?? '';
    const target = { cluster: snapshot.cluster, namespace: '', kind: 'Node' as const, name };
    const conditions = node.status?.conditions ?? [];
    const ready = conditions.find((c) => c.type === 'Ready');
    if (ready && ready.status !== 'True') {
      found.push({
        target,
        signal: 'NodeNotReady',
        source: 'monitor',
        status: 'firing',
        reason: `node ${name} is NotReady: ${ready.message ?? ready.reason ?? 'no reason given'}`,
        observedAt: at,
      });
      continue;
    }
    const pressure = conditions
      .filter((c) => c.type.endsWith('Pressure') && c.status === 'True')
      .map((c) => c.type);
    if (pressure.length > 0) {
      found.push({
        target,
        signal: 'NodePressure',
        source: 'monitor',
        status: 'firing',
        reason: `node ${name} reports ${pressure.join(', ')}`,
        observedAt: at,
      });
    }
  }
  return found;
}

function jobDetections(snapshot: ClusterSnapshot, at: string): Detection[] {
  return snapshot.jobs.flatMap((job) => {
    const failed = job.status?.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
    if (!failed) return [];
    const owner = job.metadata?.ownerReferences?.find((o) => o.kind === 'CronJob');
    const namespace = job.metadata?.namespace ?? 'default';
    const target: WorkloadRef = owner
      ? { cluster: snapshot.cluster, namespace, kind: 'CronJob', name: owner.name }
      : { cluster: snapshot.cluster, namespace, kind: 'Job', name: job.metadata?.name ?? '' };
    return [
      {
        target,
        signal: 'JobFailed' as const,
        source: 'monitor' as const,
        status: 'firing' as const,
        reason: `job ${job.metadata?.name} failed: ${failed.reason ?? ''} ${failed.message ?? ''}`.trim(),
        observedAt: at,
      },
    ];
  });
}

/** How specific a signal is: when one workload shows several, the most specific one names the incident. */
const SIGNAL_RANK: Record<Signal, number> = {
  OOMKilled: 10,
  CreateContainerConfigError: 9,
  ErrImagePull: 8,
  ImagePullBackOff: 8,
  NodeNotReady: 8,
  CrashLoopBackOff: 6,
  ProbeFailure: 5,
  JobFailed: 5,
  Unschedulable: 4,
  NodePressure: 4,
  Evicted: 3,
  Alert: 1,
};

/**
 * Finds the problems a cluster shows right now, one detection per affected workload (the most
 * specific signal wins), so that ten crashing replicas make one incident.
 */
export function detectProblems(snapshot: ClusterSnapshot, now: Date): Detection[] {
  const at = now.toISOString();
  const all = [
    ...snapshot.pods.flatMap((pod) => podDetections(snapshot, pod, at)),
    ...probeDetections(snapshot, now),
    ...nodeDetections(snapshot, at),
    ...jobDetections(snapshot, at),
  ];
  const best = new Map<string, Detection>();
  for (const detection of all) {
    const t = detection.target;
    const key = `${t.namespace}/${t.kind}/${t.name}`;
    const current = best.get(key);
    if (!current || SIGNAL_RANK[detection.signal] > SIGNAL_RANK[current.signal]) best.set(key, detection);
  }
  return [...best.values()];
}
