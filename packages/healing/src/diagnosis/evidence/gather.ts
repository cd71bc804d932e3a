import { type Clock, errorMessage, type Signal, type WorkloadRef } from '@sre-agent/core';
import type { ClusterReader, Deployment, Job, ObjectRef, OwnerLink, Pod, ReplicaSet } from '@sre-agent/kube';
import { boundHead, boundLog, truncateBytes } from './bound-text.ts';
import { describeText } from './describe.ts';
import { loggedFailure } from './log-time.ts';
import { iso, matchLabelsSelector, newest, ownedBy } from './objects.ts';
import { failingContainer, worstPod } from './rank-pods.ts';
import { readNewestLog } from './read-log.ts';
import { newestRevision, summariseRollouts } from './rollouts.ts';
import type { Evidence, EvidenceEvent } from './schema.ts';
import {
  earliestFailure,
  summariseCondition,
  summariseContainers,
  summariseEvents,
  summariseNode,
} from './summarise.ts';

/** How a gap says the previous instance's log could not be read (`previous log of app: ...`). */
export const PREVIOUS_LOG_GAP = 'previous log of ';

/** The reason of the event an incident's alert becomes. */
export const ALERT_FIRING = 'AlertFiring';

/** What to gather evidence about; a `Detection` from the pipeline fits this shape as it is. */

export type EvidenceSubject = {
  target: WorkloadRef;
  signal: Signal;
  /** A specific pod (else the worst pod of the workload is picked). */
  pod?: string;
  /** A specific container (else the worst container of the pod is picked). */
  container?: string;
  /** The Alertmanager alerts behind the incident: each read as an event on the workload (`AlertFiring`). */
  alerts?: readonly { name: string; text: string; firedAt: string }[];
};

export type GatherOptions = {
  /** Lines kept of each log tail (current and previous). */
  logLines?: number;
  /** Bytes kept of each log tail. */
  logBytes?: number;
  /**
   * Bytes asked of the API server per log read, before overlong lines are capped: larger than
   * `logBytes`, so that a tail of multi-KB JSON lines still holds its newest lines after capping.
   */
  logReadBytes?: number;
  /** Bytes of a container instance's first lines, kept when the tail does not reach them (0: none). */
  logHeadBytes?: number;
  /** Lines of that head. */
  logHeadLines?: number;
  maxEvents?: number;
  /** How far back rollouts are reported ("what changed in the last hour"). */
  rolloutWindowMinutes?: number;
  /** Bound of the describe text. */
  describeBytes?: number;
};

export const DEFAULT_GATHER_OPTIONS: Required<GatherOptions> = {
  logLines: 200,
  logBytes: 32 * 1024,
  logReadBytes: 256 * 1024,
  logHeadBytes: 8 * 1024,
  logHeadLines: 60,
  maxEvents: 50,
  rolloutWindowMinutes: 60,
  describeBytes: 8 * 1024,
};

/**
 * Gathers the evidence for one detection through a read-only {@link ClusterReader}: the worst pod
 * and container of the workload, bounded current and previous logs, events, owner chain, the
 * node's conditions, the Deployment revisions of the look-back window with what each changed,
 * and a describe-like text. Best-effort: what cannot be read is listed in `gaps`.
 * The result is NOT redacted; pass it through {@link redactEvidence} before storing or sending it.
 *
 * @example
 * const evidence = redactEvidence(await gatherEvidence(reader, detection, clock));
 */
export async function gatherEvidence(
  reader: ClusterReader,
  subject: EvidenceSubject,
  clock: Clock,
  options: GatherOptions = {},
): Promise<Evidence> {
  const opts = { ...DEFAULT_GATHER_OPTIONS, ...options };
  const now = clock.now();
  const { target } = subject;
  const gaps: string[] = [];
  const attempt = async <T>(what: string, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      gaps.push(`${what}: ${errorMessage(error)}`);
      return undefined;
    }
  };

  let deployment: Deployment | undefined;
  let replicaSets: ReplicaSet[] = [];
  let job: Job | undefined;
  if (target.kind === 'Deployment') {
    deployment = await attempt('deployment', () => reader.getDeployment(target.namespace, target.name));
    if (deployment) {
      const selector = matchLabelsSelector(deployment.spec?.selector?.matchLabels);
      const listed = await attempt('replicasets', () =>
        reader.listReplicaSets({
          namespace: target.namespace,
          ...(selector ? { labelSelector: selector } : {}),
        }),
      );
      replicaSets = (listed ?? []).filter((rs) =>
        ownedBy(rs.metadata?.ownerReferences, 'Deployment', target.name),
      );
    } else if (!gaps.length) {
      gaps.push(`deployment ${target.namespace}/${target.name} not found`);
    }
  } else if (target.kind === 'Job' || target.kind === 'CronJob') {
    const jobs = await attempt('jobs', () => reader.listJobs({ namespace: target.namespace }));
    job =
      target.kind === 'Job'
        ? jobs?.find((j) => j.metadata?.name === target.name)
        : newest((jobs ?? []).filter((j) => ownedBy(j.metadata?.ownerReferences, 'CronJob', target.name)));
  }

  const pod = await attempt('pod', () => findPod(reader, subject, { deployment, replicaSets, job }));
  const containers = pod ? summariseContainers(pod) : [];
  const container = pod
    ? (failingContainer(containers, subject.container)?.name ?? subject.container)
    : subject.container;

  const logs: Evidence['logs'] = {};
  if (pod?.metadata?.name && container) {
    const podName = pod.metadata.name;
    const read = (previous: boolean) =>
      attempt(`${previous ? PREVIOUS_LOG_GAP : 'current log of '}${container}`, () =>
        readNewestLog(
          (limits) => reader.readPodLog(target.namespace, podName, { container, previous, ...limits }),
          {
            lines: opts.logLines,
            readBytes: Math.max(opts.logReadBytes, opts.logBytes),
            headBytes: opts.logHeadBytes,
          },
        ),
      );
    const summary = containers.find((c) => c.name === container);
    const [current, previous] = await Promise.all([
      read(false),
      // No previous instance exists before the first restart; asking would only add a gap.
      summary && (summary.restartCount > 0 || summary.lastTerminated)
        ? read(true)
        : Promise.resolve(undefined),
    ]);
    const bound = (log: { tail: string; head?: string }) => {
      const tail = boundLog(container, log.tail, opts.logLines, opts.logBytes);
      const head = log.head ? boundHead(log.head, opts.logHeadLines, opts.logHeadBytes) : '';
      return head ? { ...tail, head } : tail;
    };
    if (current !== undefined) logs.current = bound(current);
    if (previous !== undefined) logs.previous = bound(previous);
  }

  const nodeName = target.kind === 'Node' ? target.name : pod?.spec?.nodeName;
  const node = nodeName ? await attempt(`node ${nodeName}`, () => reader.getNode(nodeName)) : undefined;

  const eventRefs: ObjectRef[] = [];
  if (pod?.metadata?.name)
    eventRefs.push({ kind: 'Pod', namespace: target.namespace, name: pod.metadata.name });
  if (target.kind !== 'Pod' && target.kind !== 'Node') {
    eventRefs.push({ kind: target.kind, namespace: target.namespace, name: target.name });
  }
  if (job?.metadata?.name && target.kind === 'CronJob') {
    eventRefs.push({ kind: 'Job', namespace: target.namespace, name: job.metadata.name });
  }
  const currentRs = newestRevision(replicaSets);
  if (currentRs?.metadata?.name) {
    eventRefs.push({ kind: 'ReplicaSet', namespace: target.namespace, name: currentRs.metadata.name });
  }
  if (
    nodeName &&
    (target.kind === 'Node' || subject.signal === 'NodeNotReady' || subject.signal === 'NodePressure')
  ) {
    eventRefs.push({ kind: 'Node', name: nodeName });
  }
  const eventLists = await Promise.all(
    eventRefs.map((ref) => attempt(`events of ${ref.kind}/${ref.name}`, () => reader.eventsFor(ref))),
  );
  const events = [
    ...summariseEvents(eventLists.flatMap((list) => list ?? [])).slice(-opts.maxEvents),
    ...(subject.alerts ?? []).map((alert) => alertEvent(target, alert)),
  ];

  const ownerChain = pod ? ((await attempt('owner chain', () => reader.ownerChain(pod))) ?? []) : [];
  const rollouts = summariseRollouts(replicaSets, now, opts.rolloutWindowMinutes);
  const conditions = [
    ...(pod?.status?.conditions ?? []).map(summariseCondition),
    ...(job?.status?.conditions ?? []).map(summariseCondition),
  ];
  const nodeSummary = node ? summariseNode(node) : undefined;

  const evidence: Evidence = {
    signal: subject.signal,
    target,
    gatheredAt: now.toISOString(),
    containers,
    conditions,
    logs,
    events,
    ownerChain: ownerChain.map((link: OwnerLink) => ({ ...link })),
    rollouts,
    describe: '',
    gaps,
    redacted: false,
  };
  if (pod?.metadata?.name) evidence.pod = pod.metadata.name;
  const podRs = pod?.metadata?.ownerReferences?.find((o) => o.kind === 'ReplicaSet')?.name;
  if (podRs) evidence.podReplicaSet = podRs;
  const podCreated = iso(pod?.metadata?.creationTimestamp);
  if (podCreated) evidence.podCreatedAt = podCreated;
  if (pod?.status?.phase) evidence.podPhase = pod.status.phase;
  if (pod?.status?.reason) evidence.podReason = pod.status.reason;
  if (pod?.status?.message) evidence.podMessage = pod.status.message;
  if (container) evidence.container = container;
  if (nodeSummary) evidence.node = nodeSummary;
  // Events and terminations date a crash; a running pod that only alerts dates it in its own log.
  const reported = earliestFailure(containers, events);
  const fromLog =
    !reported && podCreated ? loggedFailure(logs.previous ?? logs.current, new Date(podCreated), now) : {};
  const firstFailureAt = reported ?? fromLog.firstFailureAt;
  if (firstFailureAt) evidence.firstFailureAt = firstFailureAt;
  if (fromLog.failingBy) evidence.failingBy = fromLog.failingBy;
  evidence.describe = truncateBytes(describeText(evidence, pod), opts.describeBytes);
  return evidence;
}

async function findPod(
  reader: ClusterReader,
  subject: EvidenceSubject,
  owners: { deployment: Deployment | undefined; replicaSets: readonly ReplicaSet[]; job: Job | undefined },
): Promise<Pod | undefined> {
  const { deployment, replicaSets, job } = owners;
  const { target } = subject;
  if (subject.pod) return reader.getPod(target.namespace, subject.pod);
  switch (target.kind) {
    case 'Pod':
      return reader.getPod(target.namespace, target.name);
    case 'Node':
      return undefined;
    case 'Deployment': {
      if (!deployment) return undefined;
      const names = new Set(replicaSets.map((rs) => rs.metadata?.name));
      const selector = matchLabelsSelector(deployment.spec?.selector?.matchLabels);
      const pods = await reader.listPods({
        namespace: target.namespace,
        ...(selector ? { labelSelector: selector } : {}),
      });
      return worstPod(
        pods.filter((p) =>
          p.metadata?.ownerReferences?.some((o) => o.kind === 'ReplicaSet' && names.has(o.name)),
        ),
        subject.signal,
      );
    }
    case 'Job':
    case 'CronJob': {
      if (!job?.metadata?.name) return undefined;
      const jobName = job.metadata.name;
      const pods = await reader.listPods({
        namespace: target.namespace,
        labelSelector: `job-name=${jobName}`,
      });
      return worstPod(
        pods.filter((p) => ownedBy(p.metadata?.ownerReferences, 'Job', jobName)),
        subject.signal,
      );
    }
    default: {
      const pods = await reader.listPods({ namespace: target.namespace });
      return worstPod(
        pods.filter((p) => ownedBy(p.metadata?.ownerReferences, target.kind, target.name)),
        subject.signal,
      );
    }
  }
}

/**
 * An alert, as the diagnosis reads it: a Warning on the workload, `AlertFiring`, whose message is
 * the alert's name and words. What the alert rule knows (a queue's depth, the other replicas, the
 * dependency's health) is evidence beside the pod's own.
 */
function alertEvent(
  target: WorkloadRef,
  alert: NonNullable<EvidenceSubject['alerts']>[number],
): EvidenceEvent {
  return {
    object: `${target.kind}/${target.name}`,
    type: 'Warning',
    reason: ALERT_FIRING,
    message: `${alert.name}: ${alert.text}`,
    count: 1,
    firstTimestamp: alert.firedAt,
    lastTimestamp: alert.firedAt,
    fromAlertmanager: true,
  };
}
