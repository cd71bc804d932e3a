import type { Signal } from '@sre-agent/core';
import type {
  ContainerSummary,
  Evidence,
  EvidenceEvent,
  NodeSummary,
  Rollout,
} from '../diagnosis/evidence/index.ts';

/** A compact description of an incident for tests: the fields a catalog sample needs. */
export type EvidenceSample = {
  signal?: Signal;
  kind?: Evidence['target']['kind'];
  name?: string;
  namespace?: string;
  previousLog?: string;
  currentLog?: string;
  /** Waiting (or terminated) reason of the container's current state. */
  reason?: string;
  /** Message of the container's current state. */
  message?: string;
  exitCode?: number;
  lastReason?: string;
  lastExitCode?: number;
  lastMessage?: string;
  lastFinishedAt?: string;
  /** Whether the container `app` is an init container. */
  init?: boolean;
  /** When the running container last started (its uptime against `gatheredAt`). */
  startedAt?: string;
  restartCount?: number;
  image?: string;
  /** The container's resource limits, e.g. `{ cpu: '1', memory: '1Gi' }`. */
  limits?: Record<string, string>;
  events?: readonly (Partial<EvidenceEvent> & { message: string })[];
  podReason?: string;
  podMessage?: string;
  podReplicaSet?: string;
  conditions?: Evidence['conditions'];
  node?: Partial<NodeSummary> & { conditions?: NodeSummary['conditions'] };
  rollouts?: Rollout[];
  firstFailureAt?: string;
  failingBy?: string;
  gatheredAt?: string;
};

/**
 * Builds schema-valid evidence from a compact sample, for tests of diagnosis and reasoning
 * (here and in the pipeline): one pod `<name>-6d5f7c9b8-x2x4q` with one container `app`.
 */
export function evidenceFixture(sample: EvidenceSample = {}): Evidence {
  const name = sample.name ?? 'web';
  const container: ContainerSummary = {
    name: 'app',
    image: sample.image ?? `registry.example.com/shop/${name}:1.4.2`,
    init: sample.init ?? false,
    ready: false,
    restartCount: sample.restartCount ?? (sample.lastExitCode !== undefined || sample.lastReason ? 3 : 0),
    state: sample.reason ? 'waiting' : sample.exitCode !== undefined ? 'terminated' : 'running',
  };
  if (sample.limits) container.resources = { limits: { ...sample.limits } };
  if (sample.startedAt) container.startedAt = sample.startedAt;
  if (sample.reason) container.reason = sample.reason;
  if (sample.message) container.message = sample.message;
  if (sample.exitCode !== undefined) {
    container.state = 'terminated';
    container.exitCode = sample.exitCode;
  }
  if (sample.lastExitCode !== undefined || sample.lastReason) {
    container.lastTerminated = { exitCode: sample.lastExitCode ?? 1 };
    if (sample.lastReason) container.lastTerminated.reason = sample.lastReason;
    if (sample.lastMessage) container.lastTerminated.message = sample.lastMessage;
    if (sample.lastFinishedAt) container.lastTerminated.finishedAt = sample.lastFinishedAt;
  }
  const pod = `${name}-6d5f7c9b8-x2x4q`;
  const events: EvidenceEvent[] = (sample.events ?? []).map((e) => ({
    object: e.object ?? `Pod/${pod}`,
    type: e.type ?? 'Warning',
    reason: e.reason ?? 'Failed',
    message: e.message,
    count: e.count ?? 1,
    ...(e.firstTimestamp ? { firstTimestamp: e.firstTimestamp } : {}),
    ...(e.lastTimestamp ? { lastTimestamp: e.lastTimestamp } : {}),
    // A sample's `AlertFiring` is the incident's Alertmanager alert, as gatherEvidence gives it.
    ...(e.reason === 'AlertFiring' ? { fromAlertmanager: true as const } : {}),
  }));
  const kind = sample.kind ?? 'Deployment';
  const evidence: Evidence = {
    signal: sample.signal ?? 'CrashLoopBackOff',
    target: {
      cluster: 'sandbox',
      namespace: kind === 'Node' ? '' : (sample.namespace ?? 'shop'),
      kind,
      name,
    },
    gatheredAt: sample.gatheredAt ?? '2026-03-02T10:00:00.000Z',
    containers: kind === 'Node' ? [] : [container],
    conditions: sample.conditions ?? [],
    logs: {},
    events,
    ownerChain: [],
    rollouts: sample.rollouts ?? [],
    describe: '',
    gaps: [],
    redacted: false,
  };
  if (kind !== 'Node') {
    evidence.pod = pod;
    evidence.container = 'app';
  }
  if (sample.previousLog !== undefined) {
    evidence.logs.previous = {
      container: 'app',
      text: sample.previousLog,
      lines: sample.previousLog.split('\n').length,
      truncated: false,
    };
  }
  if (sample.currentLog !== undefined) {
    evidence.logs.current = {
      container: 'app',
      text: sample.currentLog,
      lines: sample.currentLog.split('\n').length,
      truncated: false,
    };
  }
  if (sample.podReason) evidence.podReason = sample.podReason;
  if (sample.podMessage) evidence.podMessage = sample.podMessage;
  if (sample.podReplicaSet) evidence.podReplicaSet = sample.podReplicaSet;
  if (sample.firstFailureAt) evidence.firstFailureAt = sample.firstFailureAt;
  if (sample.failingBy) evidence.failingBy = sample.failingBy;
  if (sample.node) {
    const conditions = sample.node.conditions ?? [];
    evidence.node = {
      name: sample.node.name ?? 'ip-10-0-1-23.eu-west-1.compute.internal',
      ready: sample.node.ready ?? conditions.find((c) => c.type === 'Ready')?.status ?? 'True',
      unschedulable: sample.node.unschedulable ?? false,
      conditions,
      taints: sample.node.taints ?? [],
    };
  }
  return evidence;
}
