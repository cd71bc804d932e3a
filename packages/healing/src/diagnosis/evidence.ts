import {
  type Clock,
  errorMessage,
  redactValue,
  type Signal,
  SignalSchema,
  type WorkloadRef,
  WorkloadRefSchema,
} from '@sre-agent/core';
import type {
  ClusterReader,
  Deployment,
  Job,
  KubeEvent,
  Node,
  ObjectRef,
  OwnerLink,
  Pod,
  ReplicaSet,
} from '@sre-agent/kube';
import { z } from 'zod';

const IsoDate = z.iso.datetime({ offset: true });

/** One container of the pod under diagnosis, flattened from `status.containerStatuses` and the spec. */
export const ContainerSummarySchema = z.strictObject({
  name: z.string(),
  image: z.string(),
  init: z.boolean(),
  ready: z.boolean(),
  restartCount: z.number().int().min(0),
  state: z.enum(['waiting', 'running', 'terminated', 'unknown']),
  /** Waiting or terminated reason of the current state, e.g. `CrashLoopBackOff`, `CreateContainerConfigError`. */
  reason: z.string().optional(),
  /** Waiting or terminated message of the current state (the kubelet puts the real error here). */
  message: z.string().optional(),
  exitCode: z.number().int().optional(),
  startedAt: IsoDate.optional(),
  /** `lastState.terminated`: how the previous instance of the container ended. */
  lastTerminated: z
    .strictObject({
      reason: z.string().optional(),
      exitCode: z.number().int(),
      signal: z.number().int().optional(),
      message: z.string().optional(),
      startedAt: IsoDate.optional(),
      finishedAt: IsoDate.optional(),
    })
    .optional(),
  resources: z
    .strictObject({
      limits: z.record(z.string(), z.string()).optional(),
      requests: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});
export type ContainerSummary = z.infer<typeof ContainerSummarySchema>;

/** A bounded tail of one container log. */
export const LogTailSchema = z.strictObject({
  container: z.string(),
  text: z.string(),
  lines: z.number().int().min(0),
  /** True when older lines were cut to respect the line or byte bound. */
  truncated: z.boolean(),
});
export type LogTail = z.infer<typeof LogTailSchema>;

export const EvidenceEventSchema = z.strictObject({
  /** `Kind/name` of the involved object, e.g. `Pod/web-7d9c-abcde`. */
  object: z.string(),
  type: z.string(),
  reason: z.string(),
  message: z.string(),
  count: z.number().int().min(1),
  firstTimestamp: IsoDate.optional(),
  lastTimestamp: IsoDate.optional(),
});
export type EvidenceEvent = z.infer<typeof EvidenceEventSchema>;

export const ConditionSummarySchema = z.strictObject({
  type: z.string(),
  status: z.string(),
  reason: z.string().optional(),
  message: z.string().optional(),
  lastTransitionTime: IsoDate.optional(),
});
export type ConditionSummary = z.infer<typeof ConditionSummarySchema>;

export const NodeSummarySchema = z.strictObject({
  name: z.string(),
  /** Status of the `Ready` condition: `True`, `False` or `Unknown` (node stopped reporting). */
  ready: z.string(),
  unschedulable: z.boolean(),
  conditions: z.array(ConditionSummarySchema),
  taints: z.array(z.string()),
});
export type NodeSummary = z.infer<typeof NodeSummarySchema>;

const ResourcesSchema = z.strictObject({
  limits: z.record(z.string(), z.string()).optional(),
  requests: z.record(z.string(), z.string()).optional(),
});

/**
 * What one Deployment revision changed in the pod template compared with the revision before it.
 * Environment variable *names* only: values (and secrets) are never copied into evidence.
 */
export const RolloutChangesSchema = z.strictObject({
  image: z.array(z.strictObject({ container: z.string(), from: z.string(), to: z.string() })).optional(),
  env: z.array(z.strictObject({ container: z.string(), names: z.array(z.string()) })).optional(),
  resources: z
    .array(z.strictObject({ container: z.string(), from: ResourcesSchema, to: ResourcesSchema }))
    .optional(),
  /** Containers whose command or args changed. */
  command: z.array(z.string()).optional(),
  /** Containers whose liveness, readiness or startup probe changed. */
  probes: z.array(z.string()).optional(),
  /** Containers added to or removed from the template. */
  containers: z.array(z.string()).optional(),
  /** Pod template annotations that changed, e.g. `kubectl.kubernetes.io/restartedAt` for a rollout restart. */
  annotations: z.array(z.string()).optional(),
});
export type RolloutChanges = z.infer<typeof RolloutChangesSchema>;

export const RevisionSummarySchema = z.strictObject({
  revision: z.number().int(),
  replicaSet: z.string(),
  /** When the ReplicaSet was created. */
  at: IsoDate.optional(),
  replicas: z.number().int().min(0),
  readyReplicas: z.number().int().min(0),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** A Deployment revision created inside the look-back window, with what it changed. */
export const RolloutSchema = RevisionSummarySchema.extend({
  changes: RolloutChangesSchema,
  /** The revision it replaced, when that ReplicaSet still exists. */
  previous: RevisionSummarySchema.optional(),
});
export type Rollout = z.infer<typeof RolloutSchema>;

export const OwnerLinkSchema = z.strictObject({
  kind: z.string(),
  name: z.string(),
  namespace: z.string(),
  uid: z.string().optional(),
});

/**
 * Everything diagnosis looks at for one incident. Plain data (serialisable, schema-checked when
 * read back), built by {@link gatherEvidence} and made safe to store or send by {@link redactEvidence}.
 */
export const EvidenceSchema = z.strictObject({
  signal: SignalSchema,
  target: WorkloadRefSchema,
  gatheredAt: IsoDate,
  /** The pod examined (the worst one of the workload), when there is one. */
  pod: z.string().optional(),
  /** The ReplicaSet that owns the pod, for Deployments: tells which revision is failing. */
  podReplicaSet: z.string().optional(),
  podCreatedAt: IsoDate.optional(),
  podPhase: z.string().optional(),
  /** Pod-level reason and message, e.g. `Evicted` / "The node was low on resource: memory." */
  podReason: z.string().optional(),
  podMessage: z.string().optional(),
  /** The container whose logs were read. */
  container: z.string().optional(),
  containers: z.array(ContainerSummarySchema),
  /** Pod conditions and, for Jobs, the Job's conditions (e.g. `Failed` / `BackoffLimitExceeded`). */
  conditions: z.array(ConditionSummarySchema),
  logs: z.strictObject({ current: LogTailSchema.optional(), previous: LogTailSchema.optional() }),
  events: z.array(EvidenceEventSchema),
  ownerChain: z.array(OwnerLinkSchema),
  /** Deployment revisions created in the look-back window, newest first. */
  rollouts: z.array(RolloutSchema),
  /** The node the pod runs on, or the node under diagnosis. */
  node: NodeSummarySchema.optional(),
  /** Earliest sign of trouble seen (first warning event, or last crash), when known. */
  firstFailureAt: IsoDate.optional(),
  /** A `kubectl describe`-like text for humans and for the reasoner. */
  describe: z.string(),
  /** What could not be gathered, and why (evidence is best-effort: a missing log is not fatal). */
  gaps: z.array(z.string()),
  redacted: z.boolean(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Evidence that went through {@link redactEvidence}: the only kind that may be stored or sent. */
export type RedactedEvidence = Evidence & { readonly redacted: true };

/** What to gather evidence about; a `Detection` from the pipeline fits this shape as it is. */
export type EvidenceSubject = {
  target: WorkloadRef;
  signal: Signal;
  /** A specific pod (else the worst pod of the workload is picked). */
  pod?: string;
  /** A specific container (else the worst container of the pod is picked). */
  container?: string;
};

export type GatherOptions = {
  /** Lines kept of each log tail (current and previous). */
  logLines?: number;
  /** Bytes kept of each log tail. */
  logBytes?: number;
  maxEvents?: number;
  /** How far back rollouts are reported ("what changed in the last hour"). */
  rolloutWindowMinutes?: number;
  /** Bound of the describe text. */
  describeBytes?: number;
};

export const DEFAULT_GATHER_OPTIONS: Required<GatherOptions> = {
  logLines: 200,
  logBytes: 32 * 1024,
  maxEvents: 50,
  rolloutWindowMinutes: 60,
  describeBytes: 8 * 1024,
};

const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const CRASH_WAITING_REASONS = new Set([
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

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
  const container = subject.container ?? (pod ? worstContainer(containers)?.name : undefined);

  const logs: Evidence['logs'] = {};
  if (pod?.metadata?.name && container) {
    const podName = pod.metadata.name;
    const read = (previous: boolean) =>
      attempt(`${previous ? 'previous' : 'current'} log of ${container}`, () =>
        reader.readPodLog(target.namespace, podName, {
          container,
          previous,
          tailLines: opts.logLines,
          limitBytes: opts.logBytes,
        }),
      );
    const summary = containers.find((c) => c.name === container);
    const [current, previous] = await Promise.all([
      read(false),
      // No previous instance exists before the first restart; asking would only add a gap.
      summary && (summary.restartCount > 0 || summary.lastTerminated)
        ? read(true)
        : Promise.resolve(undefined),
    ]);
    if (current !== undefined) logs.current = boundLog(container, current, opts.logLines, opts.logBytes);
    if (previous !== undefined) logs.previous = boundLog(container, previous, opts.logLines, opts.logBytes);
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
  const events = summariseEvents(eventLists.flatMap((list) => list ?? [])).slice(-opts.maxEvents);

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
  const firstFailureAt = earliestFailure(containers, events);
  if (firstFailureAt) evidence.firstFailureAt = firstFailureAt;
  evidence.describe = truncateBytes(describeText(evidence, pod), opts.describeBytes);
  return evidence;
}

/**
 * Returns a copy of the evidence with secrets removed from every string (log tails, messages,
 * describe text, ...) by core's `redactValue`/`redactText`. Idempotent.
 */
export function redactEvidence(evidence: Evidence): RedactedEvidence {
  // Overlong lines are shortened first: they carry little meaning and would make redaction slow
  // (its key=value rule costs quadratic time in the length of a run of word characters).
  const copy = redactValue(capStrings(structuredClone(evidence)));
  return { ...copy, redacted: true };
}

/** Longest line kept in evidence; longer ones keep their head and tail around a marker. */
export const MAX_EVIDENCE_LINE_CHARS = 2048;

/** Shortens every line longer than `max` to its head and tail, e.g. `{"level":…[+48211 chars]…"}`. */
export function capLine(line: string, max = MAX_EVIDENCE_LINE_CHARS): string {
  if (line.length <= max) return line;
  const tail = Math.floor(max / 4);
  const head = max - tail - 32;
  return `${line.slice(0, head)}…[+${line.length - head - tail} chars]…${line.slice(line.length - tail)}`;
}

function capLines(text: string): string {
  return text.length <= MAX_EVIDENCE_LINE_CHARS
    ? text
    : text
        .split('\n')
        .map((l) => capLine(l))
        .join('\n');
}

function capStrings<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return capLines(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * A bounded plain-text digest of (redacted) evidence: what humans read on the incident and what the
 * reasoner gets in its prompt. Newest log lines are kept when the digest must be cut.
 */
export function evidenceDigest(evidence: RedactedEvidence, maxChars = 12_000): string {
  const sections: string[] = [];
  sections.push(
    `signal: ${evidence.signal}\ntarget: ${evidence.target.kind} ${evidence.target.namespace}/${evidence.target.name} (cluster ${evidence.target.cluster})`,
  );
  sections.push(evidence.describe);
  if (evidence.rollouts.length) {
    sections.push(`recent rollouts:\n${evidence.rollouts.map(describeRollout).join('\n')}`);
  }
  if (evidence.node) {
    const n = evidence.node;
    sections.push(
      `node ${n.name}: Ready=${n.ready}${n.unschedulable ? ' (cordoned)' : ''}\n${n.conditions
        .map(
          (c) =>
            `  ${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${c.message}` : ''}`,
        )
        .join('\n')}`,
    );
  }
  const head = sections.join('\n\n');
  const budget = Math.max(0, maxChars - head.length - 100);
  const logs: string[] = [];
  const prevBudget = evidence.logs.current ? Math.floor(budget * 0.6) : budget;
  if (evidence.logs.previous) {
    logs.push(
      `previous container log (${evidence.logs.previous.container}):\n${tailChars(evidence.logs.previous.text, prevBudget)}`,
    );
  }
  if (evidence.logs.current) {
    const used = logs.join('').length;
    logs.push(
      `current container log (${evidence.logs.current.container}):\n${tailChars(evidence.logs.current.text, Math.max(0, budget - used))}`,
    );
  }
  const text = [head, ...logs].join('\n\n');
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

/** One line about a rollout, e.g. `revision 5 (web-6f7d) at …: image app shop/api:1.4 → shop/api:1.5`. */
export function describeRollout(rollout: Rollout): string {
  const prev = rollout.previous ? ` (replaced revision ${rollout.previous.revision})` : '';
  return `revision ${rollout.revision} (${rollout.replicaSet}) at ${rollout.at ?? 'unknown time'}${prev}: ${describeChanges(rollout.changes)}`;
}

/** What a revision changed, in words; env vars by name only. */
export function describeChanges(c: RolloutChanges): string {
  const parts: string[] = [];
  for (const i of c.image ?? []) parts.push(`image of ${i.container} ${i.from} → ${i.to}`);
  for (const e of c.env ?? []) parts.push(`env of ${e.container}: ${e.names.join(', ')}`);
  for (const r of c.resources ?? []) {
    parts.push(`resources of ${r.container} ${formatResources(r.from)} → ${formatResources(r.to)}`);
  }
  if (c.command?.length) parts.push(`command/args of ${c.command.join(', ')}`);
  if (c.probes?.length) parts.push(`probes of ${c.probes.join(', ')}`);
  if (c.containers?.length) parts.push(`containers ${c.containers.join(', ')} added or removed`);
  if (c.annotations?.length) parts.push(`annotations ${c.annotations.join(', ')}`);
  return parts.length ? parts.join('; ') : 'no template change recorded';
}

function formatResources(r: { limits?: Record<string, string>; requests?: Record<string, string> }): string {
  const fmt = (rec?: Record<string, string>) =>
    rec
      ? Object.entries(rec)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')
      : '-';
  return `limits ${fmt(r.limits)} requests ${fmt(r.requests)}`;
}

// ---------------------------------------------------------------------------------------------
// Pod selection

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

/** Picks the pod that shows the trouble best: the detected signal first, then waiting reasons, restarts. */
function worstPod(pods: readonly Pod[], signal: Signal): Pod | undefined {
  let best: { pod: Pod; score: number; created: number } | undefined;
  for (const pod of pods) {
    const score = podTroubleScore(pod, signal);
    const created = new Date(pod.metadata?.creationTimestamp ?? 0).getTime();
    if (!best || score > best.score || (score === best.score && created > best.created)) {
      best = { pod, score, created };
    }
  }
  return best?.pod;
}

function podTroubleScore(pod: Pod, signal: Signal): number {
  let score = 0;
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  for (const s of statuses) {
    const waiting = s.state?.waiting?.reason;
    if (
      waiting === signal ||
      s.lastState?.terminated?.reason === signal ||
      s.state?.terminated?.reason === signal
    ) {
      score += 200;
    }
    if (waiting && CRASH_WAITING_REASONS.has(waiting)) score += 100;
    if (!s.ready) score += 10;
    score += Math.min(s.restartCount ?? 0, 50);
  }
  if (pod.status?.reason === 'Evicted') score += signal === 'Evicted' ? 300 : 80;
  if (pod.status?.phase === 'Pending') score += signal === 'Unschedulable' ? 250 : 20;
  if (pod.status?.phase === 'Failed') score += 60;
  return score;
}

function summariseContainers(pod: Pod): ContainerSummary[] {
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
    out.push(summary);
  }
  return out;
}

function worstContainer(containers: readonly ContainerSummary[]): ContainerSummary | undefined {
  const score = (c: ContainerSummary) =>
    (c.reason && CRASH_WAITING_REASONS.has(c.reason) ? 100 : 0) +
    (c.lastTerminated?.reason === 'OOMKilled' || c.reason === 'OOMKilled' ? 100 : 0) +
    (c.lastTerminated || (c.state === 'terminated' && c.exitCode !== 0) ? 20 : 0) +
    (c.ready ? 0 : 10) +
    Math.min(c.restartCount, 50);
  let best: ContainerSummary | undefined;
  for (const c of containers) {
    // Init containers that completed fine are never the interesting ones.
    if (c.init && c.state === 'terminated' && c.exitCode === 0 && !c.lastTerminated) continue;
    if (!best || score(c) > score(best)) best = c;
  }
  return best ?? containers.find((c) => !c.init) ?? containers[0];
}

// ---------------------------------------------------------------------------------------------
// Rollouts

function revisionOf(rs: ReplicaSet): number {
  const n = Number.parseInt(rs.metadata?.annotations?.[REVISION_ANNOTATION] ?? '', 10);
  return Number.isFinite(n) ? n : 0;
}

function newestRevision(replicaSets: readonly ReplicaSet[]): ReplicaSet | undefined {
  return [...replicaSets].sort((a, b) => revisionOf(b) - revisionOf(a))[0];
}

function revisionSummary(rs: ReplicaSet): RevisionSummary {
  const summary: RevisionSummary = {
    revision: revisionOf(rs),
    replicaSet: rs.metadata?.name ?? '',
    replicas: rs.status?.replicas ?? 0,
    readyReplicas: rs.status?.readyReplicas ?? 0,
  };
  const at = iso(rs.metadata?.creationTimestamp);
  if (at) summary.at = at;
  return summary;
}

/**
 * Deployment revisions created within `windowMinutes` before `now`, newest first, each with the
 * template diff against the revision it followed. A rollback re-uses an old ReplicaSet and gives it
 * a new revision number; its creation time is then old, so rollbacks fall outside the window
 * (which is what we want: a rollback is a return to a known state, not a new change).
 */
export function summariseRollouts(
  replicaSets: readonly ReplicaSet[],
  now: Date,
  windowMinutes: number,
): Rollout[] {
  const sorted = [...replicaSets]
    .filter((rs) => revisionOf(rs) > 0)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  const since = now.getTime() - windowMinutes * 60_000;
  const out: Rollout[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const rs = sorted[i] as ReplicaSet;
    const created = rs.metadata?.creationTimestamp
      ? new Date(rs.metadata.creationTimestamp).getTime()
      : Number.NaN;
    if (!(created >= since && created <= now.getTime())) continue;
    const prev = i > 0 ? sorted[i - 1] : undefined;
    const rollout: Rollout = { ...revisionSummary(rs), changes: prev ? templateChanges(prev, rs) : {} };
    if (prev) rollout.previous = revisionSummary(prev);
    out.push(rollout);
  }
  return out;
}

type ContainerSpec = NonNullable<
  NonNullable<NonNullable<ReplicaSet['spec']>['template']>['spec']
>['containers'][number];

function templateChanges(from: ReplicaSet, to: ReplicaSet): RolloutChanges {
  const a = from.spec?.template;
  const b = to.spec?.template;
  const aContainers = new Map<string, ContainerSpec>(
    [...(a?.spec?.initContainers ?? []), ...(a?.spec?.containers ?? [])].map((c) => [c.name, c]),
  );
  const bContainers = new Map<string, ContainerSpec>(
    [...(b?.spec?.initContainers ?? []), ...(b?.spec?.containers ?? [])].map((c) => [c.name, c]),
  );
  const image: NonNullable<RolloutChanges['image']> = [];
  const env: NonNullable<RolloutChanges['env']> = [];
  const resources: NonNullable<RolloutChanges['resources']> = [];
  const command: string[] = [];
  const probes: string[] = [];
  for (const [name, cb] of bContainers) {
    const ca = aContainers.get(name);
    if (!ca) continue;
    if ((ca.image ?? '') !== (cb.image ?? ''))
      image.push({ container: name, from: ca.image ?? '', to: cb.image ?? '' });
    const envNames = changedEnvNames(ca, cb);
    if (envNames.length) env.push({ container: name, names: envNames });
    if (
      !sameJson(ca.resources?.limits, cb.resources?.limits) ||
      !sameJson(ca.resources?.requests, cb.resources?.requests)
    ) {
      resources.push({
        container: name,
        from: copyResources(ca.resources) ?? {},
        to: copyResources(cb.resources) ?? {},
      });
    }
    if (!sameJson(ca.command, cb.command) || !sameJson(ca.args, cb.args)) command.push(name);
    if (
      !sameJson(ca.livenessProbe, cb.livenessProbe) ||
      !sameJson(ca.readinessProbe, cb.readinessProbe) ||
      !sameJson(ca.startupProbe, cb.startupProbe)
    ) {
      probes.push(name);
    }
  }
  const containers = [
    ...[...bContainers.keys()].filter((n) => !aContainers.has(n)),
    ...[...aContainers.keys()].filter((n) => !bContainers.has(n)),
  ];
  const annA = a?.metadata?.annotations ?? {};
  const annB = b?.metadata?.annotations ?? {};
  const annotations = [...new Set([...Object.keys(annA), ...Object.keys(annB)])]
    .filter((k) => annA[k] !== annB[k])
    .sort();
  const changes: RolloutChanges = {};
  if (image.length) changes.image = image;
  if (env.length) changes.env = env;
  if (resources.length) changes.resources = resources;
  if (command.length) changes.command = command;
  if (probes.length) changes.probes = probes;
  if (containers.length) changes.containers = containers;
  if (annotations.length) changes.annotations = annotations;
  return changes;
}

/** Names of env vars (and envFrom sources) added, removed or changed; values are compared, never kept. */
function changedEnvNames(a: ContainerSpec, b: ContainerSpec): string[] {
  const envA = new Map((a.env ?? []).map((e) => [e.name, JSON.stringify([e.value, e.valueFrom])]));
  const envB = new Map((b.env ?? []).map((e) => [e.name, JSON.stringify([e.value, e.valueFrom])]));
  const names = new Set<string>();
  for (const [k, v] of envB) if (envA.get(k) !== v) names.add(k);
  for (const k of envA.keys()) if (!envB.has(k)) names.add(k);
  const from = (c: ContainerSpec) =>
    new Set(
      (c.envFrom ?? []).map((f) =>
        f.secretRef ? `secret:${f.secretRef.name}` : f.configMapRef ? `configmap:${f.configMapRef.name}` : '',
      ),
    );
  const fa = from(a);
  const fb = from(b);
  for (const s of fb) if (s && !fa.has(s)) names.add(`envFrom ${s}`);
  for (const s of fa) if (s && !fb.has(s)) names.add(`envFrom ${s}`);
  return [...names].sort();
}

// ---------------------------------------------------------------------------------------------
// Events, node, conditions

function summariseEvents(events: readonly KubeEvent[]): EvidenceEvent[] {
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
    const first = iso(e.firstTimestamp ?? e.eventTime);
    const last = iso(e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp);
    if (first) summary.firstTimestamp = first;
    if (last) summary.lastTimestamp = last;
    const key = `${object}|${summary.reason}|${summary.message}`;
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

function summariseCondition(c: {
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

function summariseNode(node: Node): NodeSummary {
  const conditions = (node.status?.conditions ?? []).map(summariseCondition);
  return {
    name: node.metadata?.name ?? '',
    ready: conditions.find((c) => c.type === 'Ready')?.status ?? 'Unknown',
    unschedulable: node.spec?.unschedulable ?? false,
    conditions,
    taints: (node.spec?.taints ?? []).map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`),
  };
}

function earliestFailure(
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

// ---------------------------------------------------------------------------------------------
// Describe text

function describeText(e: Evidence, pod: Pod | undefined): string {
  const lines: string[] = [];
  if (e.pod) {
    lines.push(`Name:         ${e.pod}`, `Namespace:    ${e.target.namespace}`);
    if (pod?.spec?.nodeName) lines.push(`Node:         ${pod.spec.nodeName}`);
    if (e.podCreatedAt) lines.push(`Start Time:   ${e.podCreatedAt}`);
    lines.push(`Status:       ${e.podReason ?? e.podPhase ?? 'Unknown'}`);
    if (e.podMessage) lines.push(`Message:      ${e.podMessage}`);
    const owner = e.ownerChain[0];
    if (owner) lines.push(`Controlled By:  ${owner.kind}/${owner.name}`);
  } else {
    lines.push(`Name:         ${e.target.name}`, `Kind:         ${e.target.kind}`);
    if (e.target.namespace) lines.push(`Namespace:    ${e.target.namespace}`);
  }
  if (e.containers.length) {
    lines.push('Containers:');
    for (const c of e.containers) {
      lines.push(`  ${c.name}${c.init ? ' (init)' : ''}:`, `    Image:          ${c.image}`);
      const state = c.state[0]?.toUpperCase() + c.state.slice(1);
      lines.push(`    State:          ${state}`);
      if (c.reason) lines.push(`      Reason:       ${c.reason}`);
      if (c.message) lines.push(`      Message:      ${c.message}`);
      if (c.exitCode !== undefined) lines.push(`      Exit Code:    ${c.exitCode}`);
      if (c.lastTerminated) {
        const lt = c.lastTerminated;
        lines.push('    Last State:     Terminated');
        if (lt.reason) lines.push(`      Reason:       ${lt.reason}`);
        lines.push(`      Exit Code:    ${lt.exitCode}`);
        if (lt.startedAt) lines.push(`      Started:      ${lt.startedAt}`);
        if (lt.finishedAt) lines.push(`      Finished:     ${lt.finishedAt}`);
      }
      lines.push(
        `    Ready:          ${c.ready ? 'True' : 'False'}`,
        `    Restart Count:  ${c.restartCount}`,
      );
      if (c.resources?.limits) lines.push(`    Limits:         ${kv(c.resources.limits)}`);
      if (c.resources?.requests) lines.push(`    Requests:       ${kv(c.resources.requests)}`);
    }
  }
  if (e.conditions.length) {
    lines.push('Conditions:');
    for (const c of e.conditions) {
      lines.push(
        `  ${c.type.padEnd(24)} ${c.status}${c.reason ? ` (${c.reason})` : ''}${c.message ? ` ${c.message}` : ''}`,
      );
    }
  }
  if (e.events.length) {
    lines.push('Events:', '  Type     Reason             Count  Object                 Message');
    for (const ev of e.events) {
      lines.push(
        `  ${ev.type.padEnd(8)} ${ev.reason.padEnd(18)} ${String(ev.count).padEnd(6)} ${ev.object.padEnd(22)} ${ev.message}`,
      );
    }
  } else {
    lines.push('Events:       <none>');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Helpers

function kv(rec: Record<string, string>): string {
  return Object.entries(rec)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function iso(value: Date | string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function matchLabelsSelector(labels: Record<string, string> | undefined): string | undefined {
  if (!labels || Object.keys(labels).length === 0) return undefined;
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

function ownedBy(
  refs: readonly { kind: string; name: string }[] | undefined,
  kind: string,
  name: string,
): boolean {
  return (refs ?? []).some((r) => r.kind === kind && r.name === name);
}

function newest<T extends { metadata?: { creationTimestamp?: Date } }>(items: readonly T[]): T | undefined {
  return [...items].sort(
    (a, b) =>
      new Date(b.metadata?.creationTimestamp ?? 0).getTime() -
      new Date(a.metadata?.creationTimestamp ?? 0).getTime(),
  )[0];
}

function copyResources(
  r: { limits?: Record<string, unknown>; requests?: Record<string, unknown> } | undefined,
) {
  if (!r || (!r.limits && !r.requests)) return undefined;
  const str = (rec: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, String(v)]));
  const out: { limits?: Record<string, string>; requests?: Record<string, string> } = {};
  if (r.limits) out.limits = str(r.limits);
  if (r.requests) out.requests = str(r.requests);
  return out;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * U+FFFD left by a multi-byte character cut in two. The trailing one starts only where a run
 * starts: `\uFFFD+$` retried from every character of a long run of them (undecodable bytes).
 */
export const LEADING_REPLACEMENT_CHARS = /^\uFFFD+/;
export const TRAILING_REPLACEMENT_CHARS = /(?<!\uFFFD)\uFFFD+$/;

/** Keeps the last `maxLines` lines and at most `maxBytes` bytes (UTF-8) of a log, cutting at a line start. */
export function boundLog(container: string, text: string, maxLines: number, maxBytes: number): LogTail {
  let lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let truncated = lines.some((l) => l.length > MAX_EVIDENCE_LINE_CHARS);
  if (truncated) lines = lines.map((l) => capLine(l));
  if (lines.length > maxLines) {
    lines = lines.slice(-maxLines);
    truncated = true;
  }
  let joined = lines.join('\n');
  if (Buffer.byteLength(joined, 'utf8') > maxBytes) {
    truncated = true;
    const buf = Buffer.from(joined, 'utf8');
    let cut = buf.subarray(buf.length - maxBytes).toString('utf8');
    // Drop a partial first line (and a possibly split multi-byte character) so that every line is whole.
    const nl = cut.indexOf('\n');
    cut = nl >= 0 ? cut.slice(nl + 1) : cut.replace(LEADING_REPLACEMENT_CHARS, '');
    joined = cut;
  }
  const count = joined === '' ? 0 : joined.split('\n').length;
  return { container, text: joined, lines: count, truncated };
}

function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  return `${Buffer.from(text, 'utf8')
    .subarray(0, maxBytes - 3)
    .toString('utf8')
    .replace(TRAILING_REPLACEMENT_CHARS, '')}…`;
}

function tailChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const nl = cut.indexOf('\n');
  return `…\n${nl >= 0 ? cut.slice(nl + 1) : cut}`;
}
