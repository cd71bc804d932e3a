import { type Incident, ManualClock, type Signal, SignalSchema } from '@sre-agent/core';
import type { KubeEvent, Node, Pod, ReplicaSet } from '@sre-agent/kube';
import { type ActionKind, ActionKindSchema } from '../../src/actions/registry.ts';
import { diagnose } from '../../src/diagnosis/diagnose.ts';
import {
  ALERT_FIRING,
  gatherEvidence,
  type RedactedEvidence,
  redactEvidence,
} from '../../src/diagnosis/evidence/index.ts';
import { RulesReasoner } from '../../src/reasoning/rules-reasoner.ts';
import { deploymentFixture } from '../../src/testing/fixtures.ts';
import { InMemoryCluster } from '../../src/testing/in-memory-cluster.ts';
import type {
  HeldOutCase,
  HeldOutContainer,
  HeldOutEvent,
  HeldOutNode,
  HeldOutRollout,
  HeldOutVolume,
} from './case.ts';

const NOW = new Date('2026-02-11T08:30:00Z');
/** The namespace every held-out case's workload runs in. */
export const HELD_OUT_NAMESPACE = 'prod';
const NAMESPACE = HELD_OUT_NAMESPACE;
const ALL_ACTIONS: readonly ActionKind[] = ActionKindSchema.options;

/** Actions that change something: taken for the wrong cause, each does harm (a flush loses data, a drain moves every pod). */
const MUTATING_ELSEWHERE: readonly ActionKind[] = [
  'raise-memory-limit',
  'flush-redis-cache',
  'cordon-drain-node',
  'replace-node',
  'scale-up',
];

export type HeldOutResult = {
  id: string;
  family: string;
  /** The best catalog pattern, or undefined when none matched. */
  pattern: string | undefined;
  /** The first action the rules reasoner would take (escalate when it has nothing). */
  action: ActionKind;
  acceptable: boolean;
  harmful: boolean;
};

function signalOf(raw: string): Signal {
  const parsed = SignalSchema.safeParse(raw);
  return parsed.success ? parsed.data : 'Alert';
}

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

function statusOf(c: HeldOutContainer): ContainerStatus {
  const state: ContainerStatus['state'] = c.waiting
    ? { waiting: { ...c.waiting } }
    : c.terminated
      ? { terminated: { ...c.terminated, finishedAt: new Date('2026-02-11T08:29:00Z') } }
      : { running: { startedAt: new Date(c.running?.startedAt ?? '2026-02-11T08:20:00Z') } };
  return {
    name: c.name,
    image: `registry.example.com/prod/${c.name}:2.3.1`,
    imageID: '',
    ready: c.ready ?? false,
    restartCount: c.restarts ?? 0,
    state,
    ...(c.last
      ? { lastState: { terminated: { ...c.last, finishedAt: new Date('2026-02-11T08:28:00Z') } } }
      : {}),
  };
}

/** The case as a cluster: a Deployment whose one pod shows the case's status, events and logs. */
export function clusterFor(c: HeldOutCase): { cluster: InMemoryCluster; pod: string } {
  const fixture = deploymentFixture({ namespace: NAMESPACE, name: c.id, replicas: 1 });
  const pod = fixture.pods[0] as Pod;
  const podName = pod.metadata?.name ?? c.id;
  const spec = (x: HeldOutContainer) => containerSpec(x, `registry.example.com/prod/${x.name}:2.3.1`);
  pod.metadata = { ...pod.metadata, creationTimestamp: new Date('2026-02-11T07:00:00Z') };
  pod.spec = {
    ...pod.spec,
    containers: c.containers.map(spec),
    ...(c.initContainers ? { initContainers: c.initContainers.map(spec) } : {}),
    ...(c.volumes?.length ? { volumes: c.volumes.map(volumeOf) } : {}),
  };
  pod.status = {
    phase: c.phase ?? 'Running',
    conditions: [
      { type: 'Initialized', status: c.initContainers?.some((i) => !i.terminated) ? 'False' : 'True' },
      { type: 'Ready', status: 'False' },
    ],
    containerStatuses: c.containers.map(statusOf),
    ...(c.initContainers ? { initContainerStatuses: c.initContainers.map(statusOf) } : {}),
  };
  const cluster = new InMemoryCluster('heldout').addWorkload(fixture);
  // A NodeNotReady signal is the monitor reading the node's Ready condition: the node shows it.
  const node = c.node ?? (c.signal === 'NodeNotReady' ? { ready: 'False' as const } : undefined);
  cluster.objects.nodes.push(nodeOf(pod.spec?.nodeName ?? 'node-1', node));
  if (c.rollout) addRollout(cluster, fixture, pod, c, c.rollout);
  // An alert reaches the diagnosis with the incident (`heldOutAlerts`), not as a Kubernetes Event.
  const events = (c.events ?? []).filter((e) => e.reason !== ALERT_FIRING);
  cluster.objects.events.push(
    ...[...events, ...kubeletBackOff(c)].map(
      (e, i): KubeEvent => ({
        metadata: { namespace: NAMESPACE, name: `${podName}.${i}` },
        involvedObject: {
          kind: e.on ?? 'Pod',
          namespace: NAMESPACE,
          name: e.on === 'Deployment' ? c.id : podName,
        },
        type: e.type ?? 'Warning',
        reason: e.reason,
        message: e.message,
        count: e.count ?? 1,
        firstTimestamp: firstSeen(c, e),
        lastTimestamp: new Date('2026-02-11T08:29:30Z'),
      }),
    ),
  );
  cluster.objects.logs[`${NAMESPACE}/${podName}`] = {
    ...(c.currentLog !== undefined ? { current: c.currentLog } : {}),
    ...(c.previousLog !== undefined ? { previous: c.previousLog } : {}),
  };
  // A crash-looping sidecar beside a running app: each keeps its own log, as a kubelet does (the
  // app's is the current log; the sidecar, waiting to restart, serves its last instance's).
  const owner = logOwner(c);
  const sibling = currentLogOwner(c, owner);
  if (owner && sibling) {
    cluster.objects.logs[`${NAMESPACE}/${podName}/${owner}`] = {
      current: c.previousLog,
      previous: c.previousLog,
    };
    cluster.objects.logs[`${NAMESPACE}/${podName}/${sibling}`] = { current: c.currentLog };
  }
  return { cluster, pod: podName };
}

/**
 * The container whose log the case gives: the init container the pod is stuck on (init containers
 * run one after another, so the first one not completed), else the worst container: waiting (a
 * crash loop, a pull or config error), then terminated with an error, then restarted, then not
 * ready; the first container when none is.
 */
export function logOwner(c: HeldOutCase): string | undefined {
  const stuck = c.initContainers?.find((x) => !(x.terminated && x.terminated.exitCode === 0));
  if (stuck) return stuck.name;
  const rank = (x: HeldOutContainer) =>
    x.waiting && !['PodInitializing', 'ContainerCreating'].includes(x.waiting.reason)
      ? 0
      : x.terminated && x.terminated.exitCode !== 0
        ? 1
        : x.last
          ? 2
          : !x.ready
            ? 3
            : 4;
  let best = c.containers[0];
  for (const x of c.containers) if (best === undefined || rank(x) < rank(best)) best = x;
  return best?.name;
}

/**
 * The running container a case's current log belongs to when the container whose log it gives is
 * crash-looping and the case gives both logs (a sidecar crashes, the app logs what that does to it):
 * a container waiting to restart has no current log apart from its last instance's.
 */
export function currentLogOwner(c: HeldOutCase, owner: string | undefined): string | undefined {
  const crashing = [...(c.initContainers ?? []), ...c.containers].find((x) => x.name === owner)?.waiting;
  if (!crashing || c.previousLog === undefined || c.currentLog === undefined) return undefined;
  return c.containers.find((x) => x.name !== owner && x.running)?.name;
}

const FIRST_EVENT = new Date('2026-02-11T08:05:00Z');

/**
 * The kubelet's back-off warning for each crash-looping container of a pod of a recent revision,
 * unless the case gives its own: in a cluster it dates the first crash, which the last termination
 * (all a container status keeps) does not.
 */
function kubeletBackOff(c: HeldOutCase): HeldOutEvent[] {
  if (!c.rollout || c.events?.some((e) => e.reason === 'BackOff')) return [];
  return [...(c.initContainers ?? []), ...c.containers]
    .filter((x) => x.waiting?.reason === 'CrashLoopBackOff')
    .map((x) => ({
      reason: 'BackOff',
      message: `Back-off restarting failed container ${x.name} in pod ${c.id}`,
      count: x.restarts ?? 1,
    }));
}

/** When an event was first seen: a pod of a recent revision cannot report before the revision existed. */
function firstSeen(c: HeldOutCase, e: HeldOutEvent): Date {
  if (!c.rollout || e.on === 'Deployment') return FIRST_EVENT;
  const created = NOW.getTime() - c.rollout.minutesAgo * 60_000;
  return new Date(Math.max(FIRST_EVENT.getTime(), created + 60_000));
}

type ContainerSpec = NonNullable<Pod['spec']>['containers'][number];
type Volume = NonNullable<NonNullable<Pod['spec']>['volumes']>[number];

/** A case container's spec as the API shows it: image, resources, env, args and mounts it gives. */
function containerSpec(x: HeldOutContainer, image: string): ContainerSpec {
  const limits: Record<string, string> = {};
  if (x.memoryLimit) limits.memory = x.memoryLimit;
  if (x.cpuLimit) limits.cpu = x.cpuLimit;
  const requests: Record<string, string> = x.memoryRequest ? { memory: x.memoryRequest } : {};
  const resources = {
    ...(Object.keys(limits).length ? { limits } : {}),
    ...(Object.keys(requests).length ? { requests } : {}),
  };
  return {
    name: x.name,
    image,
    ...(Object.keys(resources).length ? { resources } : {}),
    ...(x.env ? { env: Object.entries(x.env).map(([name, value]) => ({ name, value })) } : {}),
    ...(x.args ? { args: [...x.args] } : {}),
    ...(x.mounts?.length
      ? { volumeMounts: x.mounts.map((m) => ({ name: m.volume, mountPath: m.path })) }
      : {}),
  };
}

/** A case volume as the pod spec declares it. */
function volumeOf(v: HeldOutVolume): Volume {
  return {
    name: v.name,
    ...(v.emptyDir ? { emptyDir: { ...v.emptyDir } } : {}),
    ...(v.persistentVolumeClaim ? { persistentVolumeClaim: { claimName: v.persistentVolumeClaim } } : {}),
    ...(v.configMap ? { configMap: { name: v.configMap } } : {}),
    ...(v.secret ? { secret: { secretName: v.secret } } : {}),
  };
}

/** The pod's node as the API shows it: the case's, or a healthy one. */
function nodeOf(name: string, node: HeldOutNode | undefined): Node {
  const ready = node?.ready ?? 'True';
  const readyCondition = {
    type: 'Ready',
    status: ready,
    reason:
      node?.reason ??
      (ready === 'True' ? 'KubeletReady' : ready === 'False' ? 'KubeletNotReady' : 'NodeStatusUnknown'),
    message:
      node?.message ??
      (ready === 'True'
        ? 'kubelet is posting ready status'
        : ready === 'False'
          ? 'node is not ready'
          : 'Kubelet stopped posting node status.'),
    lastTransitionTime: ready === 'True' ? new Date('2026-02-01T10:00:00Z') : FIRST_EVENT,
  };
  const taints = (node?.taints ?? []).map((t) => {
    const colon = t.lastIndexOf(':');
    const [key, value] = (colon > 0 ? t.slice(0, colon) : t).split('=');
    return {
      key: key ?? t,
      ...(value ? { value } : {}),
      effect: colon > 0 ? t.slice(colon + 1) : 'NoSchedule',
    };
  });
  return {
    metadata: { name, labels: { 'kubernetes.io/hostname': name } },
    spec: {
      ...(node?.unschedulable ? { unschedulable: true } : {}),
      ...(taints.length ? { taints } : {}),
    },
    status: {
      conditions: [
        readyCondition,
        ...(node?.conditions ?? []).map((x) => ({ ...x, lastTransitionTime: FIRST_EVENT })),
      ],
      allocatable: { cpu: '3920m', memory: '15246Mi', pods: '58' },
      capacity: { cpu: '4', memory: '16116Mi', pods: '58' },
    },
  };
}

type Fixture = ReturnType<typeof deploymentFixture>;

/**
 * A recent rollout: revision 1 (the fixture's ReplicaSet, created days ago) runs the previous
 * template; revision 2, created `minutesAgo` before NOW, runs the case's containers and owns the pod.
 */
function addRollout(
  cluster: InMemoryCluster,
  fixture: Fixture,
  pod: Pod,
  c: HeldOutCase,
  rollout: HeldOutRollout,
): void {
  const labels = { app: c.id };
  const image = (name: string, tag: string) => `registry.example.com/prod/${name}:${tag}`;
  const env = Object.entries(rollout.addedEnv ?? {}).map(([name, value]) => ({ name, value }));
  const configVolumes = (rollout.addedConfigMapVolumes ?? []).map((name) => ({
    name,
    configMap: { name },
  }));
  const template = (current: boolean) => {
    const volumes = [...(c.volumes ?? []).map(volumeOf), ...(current ? configVolumes : [])];
    return {
      metadata: { labels },
      spec: {
        containers: c.containers.map((x) => {
          const base = containerSpec(x, image(x.name, current ? '2.3.1' : (rollout.previousTag ?? '2.3.1')));
          const allEnv = [...(base.env ?? []), ...(current ? env : [])];
          const mounts = [
            ...(base.volumeMounts ?? []),
            ...(current ? configVolumes.map((v) => ({ name: v.name, mountPath: `/etc/${v.name}` })) : []),
          ];
          return {
            ...base,
            ...(allEnv.length ? { env: allEnv } : {}),
            ...(current && rollout.addedSecrets?.length
              ? { envFrom: rollout.addedSecrets.map((name) => ({ secretRef: { name } })) }
              : {}),
            ...(mounts.length ? { volumeMounts: mounts } : {}),
          };
        }),
        ...(volumes.length ? { volumes } : {}),
      },
    };
  };
  const old = fixture.replicaSet;
  old.metadata = { ...old.metadata, creationTimestamp: new Date('2026-02-01T10:00:00Z') };
  old.spec = { replicas: 0, selector: { matchLabels: labels }, template: template(false) };
  const name = `${c.id}-5c8f7d9b2`;
  const created = new Date(NOW.getTime() - rollout.minutesAgo * 60_000);
  const next: ReplicaSet = {
    metadata: {
      namespace: NAMESPACE,
      name,
      uid: `uid-${name}`,
      labels,
      creationTimestamp: created,
      annotations: { 'deployment.kubernetes.io/revision': '2' },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'Deployment', name: c.id, uid: `uid-${c.id}`, controller: true },
      ],
    },
    spec: { replicas: 1, selector: { matchLabels: labels }, template: template(true) },
  };
  cluster.objects.replicaSets.push(next);
  const deployment = fixture.deployment;
  deployment.metadata = {
    ...deployment.metadata,
    generation: 2,
    annotations: { 'deployment.kubernetes.io/revision': '2' },
  };
  deployment.spec = { ...deployment.spec, selector: { matchLabels: labels }, template: template(true) };
  pod.metadata = {
    ...pod.metadata,
    creationTimestamp: new Date(created.getTime() + 30_000),
    ownerReferences: [
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name, uid: `uid-${name}`, controller: true },
    ],
  };
}

/**
 * The case's alerts as an incident carries them (`Incident.alerts`): each `AlertFiring` event,
 * `<alertname>: <words>`, the newest three, dated when the case's events were first seen.
 */
export function heldOutAlerts(c: HeldOutCase): NonNullable<Incident['alerts']> {
  return (c.events ?? [])
    .filter((e) => e.reason === ALERT_FIRING)
    .map((e) => {
      const colon = e.message.indexOf(': ');
      return colon > 0
        ? {
            name: e.message.slice(0, colon),
            text: e.message.slice(colon + 2),
            firedAt: FIRST_EVENT.toISOString(),
          }
        : { name: 'Alert', text: e.message, firedAt: FIRST_EVENT.toISOString() };
    })
    .slice(-3);
}

/** The evidence the cluster path gathers for a case (redacted), as {@link runHeldOutCase} diagnoses it. */
export async function heldOutEvidence(c: HeldOutCase): Promise<RedactedEvidence> {
  const { cluster } = clusterFor(c);
  const alerts = heldOutAlerts(c);
  const subject = {
    target: { cluster: 'heldout', namespace: NAMESPACE, kind: 'Deployment' as const, name: c.id },
    signal: signalOf(c.signal),
    ...(alerts.length ? { alerts } : {}),
  };
  return redactEvidence(await gatherEvidence(cluster, subject, new ManualClock(NOW)));
}

/**
 * Runs one held-out case through the real path of an incident: evidence gathered through the
 * read-only reader (worst pod and container, bounded logs, events), redacted, diagnosed against the
 * catalog, and the rules reasoner's choice of action (no incident memory).
 */
export async function runHeldOutCase(c: HeldOutCase): Promise<HeldOutResult> {
  const evidence = await heldOutEvidence(c);
  const result = diagnose(evidence);
  const candidates = result.kind === 'matched' ? result.candidates : [];
  const decision = await new RulesReasoner().reason({
    evidence,
    candidates,
    memory: [],
    allowedActions: ALL_ACTIONS,
  });
  const action: ActionKind =
    decision.kind === 'decided' ? (decision.actions[0]?.kind ?? 'escalate') : 'escalate';
  const pattern = result.kind === 'matched' ? result.best.patternId : undefined;
  return { id: c.id, family: c.family, pattern, action, ...scoreHeldOut(c, pattern, action) };
}

/** Whether a case's outcome (best pattern, first action) is acceptable, and whether it does harm. */
export function scoreHeldOut(
  c: HeldOutCase,
  pattern: string | undefined,
  action: ActionKind,
): { acceptable: boolean; harmful: boolean } {
  const harmfulKinds = new Set<ActionKind>([
    ...MUTATING_ELSEWHERE.filter((a) => !c.accept.includes(a) && !c.tolerated?.includes(a)),
    ...(c.harmful ?? []),
  ]);
  return {
    // An escalation without any diagnosis tells the human nothing: it counts only with a pattern.
    acceptable: pattern !== undefined && c.accept.includes(action),
    harmful: harmfulKinds.has(action),
  };
}
