import { ApiError, badRequest } from '../errors.ts';
import type {
  Condition,
  Container,
  ContainerState,
  ContainerStatus,
  KubeObject,
  Node,
  Pod,
  PodStatus,
  Probe,
} from '../resources/types.ts';
import type { ClusterState } from '../store/cluster-state.ts';
import { formatTime } from '../store/cluster-state.ts';
import { fnv32a } from '../util/hash.ts';
import { deepEqual } from '../util/json.ts';
import { MI, parseQuantity } from '../util/quantity.ts';
import {
  type ContainerRuntime,
  goDuration,
  inBackoff,
  newContainerRuntime,
  nextBackoff,
  type PlannedExit,
} from './container-runtime.ts';
import { type Environment, kubeletFact } from './environment.ts';
import type { EventRecorder } from './events.ts';
import { appendLines, type LogLine, newInstance, renderInstance } from './logs.ts';
import type { Condition as FailureCondition, ProfileCatalog } from './profiles.ts';
import { type RenderContext, renderLine } from './render.ts';
import { type OwnerWorkload, oomAfterMs, type UsageRecorder } from './usage-recorder.ts';

/** The kubelet's view of one pod. */
type PodRuntime = {
  uid: string;
  pod: Pod;
  node: string;
  startTime: number;
  ip: string;
  containers: Map<string, ContainerRuntime>;
  lastSyncedVersion: string;
  lastSyncedGeneration: number;
  nextWake: number | undefined;
};

const CONFIG_RETRY_MS = 10_000;
const STARTUP_GRACE_MS = 2_000;

/** A stable, sha256-shaped digest of an image reference (its "image ID"). */
function sha256ish(text: string): string {
  let out = '';
  for (let i = 0; out.length < 64; i++) out += fnv32a(`${text}#${i}`).toString(16).padStart(8, '0');
  return out.slice(0, 64);
}

function memoryLimitMi(container: Container): number | undefined {
  const limit = container.resources?.limits?.memory;
  if (limit === undefined) return undefined;
  const bytes = parseQuantity(limit);
  return bytes === undefined ? undefined : bytes / MI;
}

function probeStart(startedAt: number, probe: Probe): number {
  return startedAt + (probe.initialDelaySeconds ?? 0) * 1000;
}

/** The first probe time at or after `time`, on the probe's schedule from `startedAt`. */
function alignProbe(startedAt: number, probe: Probe, time: number): number {
  const first = probeStart(startedAt, probe);
  const period = (probe.periodSeconds ?? 10) * 1000;
  if (time <= first) return first;
  return first + Math.ceil((time - first) / period) * period;
}

function probeFailureMessage(
  probe: Probe,
  podIP: string,
  hung: boolean,
  fallback: string | undefined,
): string {
  if (probe.httpGet) {
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
    const url = `${scheme}://${podIP}:${probe.httpGet.port}${probe.httpGet.path ?? '/'}`;
    if (hung)
      return `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;
    return fallback ?? 'HTTP probe failed with statuscode: 503';
  }
  if (probe.tcpSocket)
    return hung
      ? `dial tcp ${podIP}:${probe.tcpSocket.port}: i/o timeout`
      : (fallback ?? `dial tcp ${podIP}:${probe.tcpSocket.port}: connect: connection refused`);
  if (hung)
    return `command timed out: "${(probe.exec?.command ?? []).join(' ')}" timed out after ${probe.timeoutSeconds ?? 1}s`;
  return fallback ?? 'command failed with exit code 1';
}

function min(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function keepTransition(previous: Condition[] | undefined, next: Condition, now: string): Condition {
  const old = previous?.find((c) => c.type === next.type);
  return {
    ...next,
    lastTransitionTime: old && old.status === next.status ? (old.lastTransitionTime ?? now) : now,
  };
}

/**
 * Plays the kubelet on every node: pulls images, resolves configuration, starts containers and
 * runs them according to their image's behaviour profile (logs, memory use, crashes, hangs),
 * probes them, restarts them with crash-loop back-off and reports pod status and events.
 */
export class Kubelet {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;
  readonly #environment: Environment;
  readonly #profiles: ProfileCatalog;
  readonly #usage: UsageRecorder | undefined;
  readonly #pods = new Map<string, PodRuntime>();
  readonly #nodeImages = new Map<string, Set<string>>();
  readonly #ipCounters = new Map<string, number>();
  readonly #digests = new Map<string, string>();
  #generation = 0;
  #scannedGeneration = -1;
  /** Pods written since the last reconcile (`namespace/name`), and pods deleted (uid). */
  readonly #dirty = new Set<string>();
  readonly #gone = new Set<string>();

  constructor(
    state: ClusterState,
    events: EventRecorder,
    environment: Environment,
    profiles: ProfileCatalog,
    usage?: UsageRecorder,
  ) {
    this.#state = state;
    this.#events = events;
    this.#environment = environment;
    this.#profiles = profiles;
    this.#usage = usage;
    state.store.subscribe((event) => {
      if (event.resource !== 'pods') return;
      if (event.type === 'DELETED') this.#gone.add(event.object.metadata.uid);
      else this.#dirty.add(`${event.object.metadata.namespace}/${event.object.metadata.name}`);
    });
  }

  /** Forces every pod to be re-evaluated (environment facts changed). */
  invalidate(): void {
    this.#generation++;
  }

  #kubeletRunning(node: string): boolean {
    return this.#environment.get(kubeletFact(node), true);
  }

  #allocateIp(node: Node): string {
    const hostIp = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '10.0.0.10';
    const [a, b, c] = hostIp.split('.');
    const next = (this.#ipCounters.get(node.metadata.name) ?? 0) + 1;
    this.#ipCounters.set(node.metadata.name, next);
    const host = 20 + ((next * 37) % 230);
    const third = Number(c) + Math.floor(next / 230);
    return `${a}.${b}.${third}.${host}`;
  }

  #renderContext(rt: PodRuntime, container: Container): RenderContext {
    return {
      pod: rt.pod.metadata.name,
      namespace: rt.pod.metadata.namespace ?? 'default',
      container: container.name,
      node: rt.node,
      podIP: rt.ip,
      limitMi: memoryLimitMi(container),
      hex: (n) => this.#state.random.hex(n),
    };
  }

  /** Syncs every pod bound to a running kubelet; returns the next time something is due. */
  reconcile(now: number): number | undefined {
    const nodes = new Map(this.#state.list<Node>('Node').map((n) => [n.metadata.name, n]));
    const store = this.#state.store;
    if (this.#scannedGeneration !== this.#generation) {
      // Facts changed (or first run): look at every pod.
      this.#scannedGeneration = this.#generation;
      this.#dirty.clear();
      for (const pod of store.iterate('pods') as Iterable<Pod>) this.#visit(pod, nodes, now);
    } else {
      // Only pods that changed, are due, or wait for configuration to appear.
      const keys = new Set(this.#dirty);
      this.#dirty.clear();
      for (const rt of this.#pods.values()) {
        if ((rt.nextWake !== undefined && rt.nextWake <= now) || this.#waitingOnConfig(rt)) {
          keys.add(`${rt.pod.metadata.namespace}/${rt.pod.metadata.name}`);
        }
      }
      for (const key of keys) {
        const slash = key.indexOf('/');
        const pod = store.get('pods', key.slice(0, slash), key.slice(slash + 1)) as Pod | undefined;
        if (pod) this.#visit(pod, nodes, now);
      }
    }
    for (const uid of this.#gone) {
      const rt = this.#pods.get(uid);
      this.#gone.delete(uid);
      if (!rt) continue;
      this.#pods.delete(uid);
      this.#usage?.podGone(uid, now);
      for (const c of rt.containers.values()) {
        if (c.state === 'running') {
          this.#events.record(rt.pod, {
            reason: 'Killing',
            message: `Stopping container ${c.name}`,
            component: 'kubelet',
            host: rt.node,
            fieldPath: `spec.containers{${c.name}}`,
          });
        }
      }
    }
    let wake: number | undefined;
    for (const rt of this.#pods.values()) {
      if (rt.nextWake !== undefined && this.#kubeletRunning(rt.node)) wake = min(wake, rt.nextWake);
    }
    return wake;
  }

  #visit(pod: Pod, nodes: Map<string, Node>, now: number): void {
    const nodeName = pod.spec.nodeName;
    if (!nodeName) return;
    const node = nodes.get(nodeName);
    if (!node || !this.#kubeletRunning(nodeName)) return;
    let rt = this.#pods.get(pod.metadata.uid);
    if (!rt) {
      rt = this.#newRuntime(pod, node, now);
      this.#pods.set(pod.metadata.uid, rt);
    }
    if (
      rt.lastSyncedVersion === pod.metadata.resourceVersion &&
      rt.lastSyncedGeneration === this.#generation &&
      (rt.nextWake === undefined || rt.nextWake > now) &&
      !this.#waitingOnConfig(rt)
    ) {
      return;
    }
    rt.nextWake = this.#syncPod(pod, rt, now);
    const stored = this.#state.get<Pod>('Pod', pod.metadata.namespace, pod.metadata.name);
    rt.pod = stored ?? pod;
    rt.lastSyncedVersion = rt.pod.metadata.resourceVersion;
    rt.lastSyncedGeneration = this.#generation;
  }

  #waitingOnConfig(rt: PodRuntime): boolean {
    for (const c of rt.containers.values()) if (c.configError !== undefined) return true;
    return false;
  }

  #newRuntime(pod: Pod, node: Node, now: number): PodRuntime {
    const started = pod.status?.startTime ? Date.parse(pod.status.startTime) : now;
    const rt: PodRuntime = {
      uid: pod.metadata.uid,
      pod,
      node: node.metadata.name,
      startTime: started,
      ip: pod.status?.podIP ?? this.#allocateIp(node),
      containers: new Map(),
      lastSyncedVersion: '',
      lastSyncedGeneration: -1,
      nextWake: undefined,
    };
    // Adopt containers that already run (bulk-generated pods, or a kubelet coming back).
    for (const status of pod.status?.containerStatuses ?? []) {
      const spec = pod.spec.containers.find((c) => c.name === status.name);
      if (!spec) continue;
      const cr = newContainerRuntime(spec.name, spec.image, this.#profiles.resolve(spec.image));
      cr.restartCount = status.restartCount;
      cr.pulled = status.imageID !== '';
      if (status.state.running) {
        cr.state = 'running';
        delete cr.waiting;
        cr.startedAt = status.state.running.startedAt ? Date.parse(status.state.running.startedAt) : now;
        cr.current = newInstance(cr.startedAt);
        cr.containerId = status.containerID;
        cr.ready = status.ready;
        this.#applySteadyLog(cr);
      }
      if (status.lastState.terminated) cr.lastTerminated = status.lastState.terminated;
      rt.containers.set(spec.name, cr);
    }
    return rt;
  }

  #applySteadyLog(cr: ContainerRuntime): void {
    const steady = cr.profile.steadyLog;
    if (steady && cr.current && cr.startedAt !== undefined) {
      cr.current.repeats.push({
        from: cr.startedAt + 1000,
        everyMs: steady.everySeconds * 1000,
        lines: steady.lines,
      });
    }
  }

  /** Tells the usage recorder that a container run started: what cAdvisor would scrape from now on. */
  #recordRun(pod: Pod, cr: ContainerRuntime, container: Container, at: number): void {
    if (!this.#usage) return;
    const mounted = new Set((container.volumeMounts ?? []).map((m) => m.name));
    const claims = (pod.spec.volumes ?? []).flatMap((v) =>
      v.persistentVolumeClaim && mounted.has(v.name) ? [v.persistentVolumeClaim.claimName] : [],
    );
    const limit = memoryLimitMi(container);
    const workload = this.#ownerWorkload(pod);
    this.#usage.started({
      namespace: pod.metadata.namespace ?? 'default',
      pod: pod.metadata.name,
      podUid: pod.metadata.uid,
      container: container.name,
      workload,
      limitBytes: limit === undefined ? undefined : limit * MI,
      profile: cr.profile,
      claims,
      startedAt: at,
    });
  }

  /** The workload at the top of a pod's controller chain (a ReplicaSet's Deployment, a StatefulSet, ...). */
  #ownerWorkload(pod: Pod): OwnerWorkload | undefined {
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
    if (!ref) return undefined;
    if (ref.kind === 'ReplicaSet') {
      const rs = this.#state.get<KubeObject>('ReplicaSet', pod.metadata.namespace, ref.name);
      const top = rs?.metadata.ownerReferences?.find((r) => r.controller);
      if (top) return { kind: top.kind, name: top.name };
    }
    return { kind: ref.kind, name: ref.name };
  }

  #record(
    rt: PodRuntime,
    container: string | undefined,
    reason: string,
    message: string,
    type: 'Normal' | 'Warning' = 'Normal',
  ): void {
    this.#events.record(rt.pod, {
      type,
      reason,
      message,
      component: 'kubelet',
      host: rt.node,
      ...(container ? { fieldPath: `spec.containers{${container}}` } : {}),
    });
  }

  #syncPod(pod: Pod, rt: PodRuntime, now: number): number | undefined {
    rt.pod = pod;
    let wake: number | undefined;
    const terminal = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
    if (!terminal) {
      for (const container of pod.spec.containers) {
        let cr = rt.containers.get(container.name);
        if (!cr) {
          cr = newContainerRuntime(container.name, container.image, this.#profiles.resolve(container.image));
          rt.containers.set(container.name, cr);
        }
        if (cr.image !== container.image) this.#changeImage(rt, cr, container, now);
        wake = min(wake, this.#syncContainer(rt, cr, container, now));
      }
    }
    const status = this.buildPodStatus(pod, rt, now);
    if (!deepEqual(status, pod.status)) {
      rt.pod = this.#state.replace('Pod', { ...pod, status });
    }
    return wake;
  }

  #changeImage(rt: PodRuntime, cr: ContainerRuntime, container: Container, now: number): void {
    if (cr.state === 'running') {
      this.#record(rt, cr.name, 'Killing', `Container ${cr.name} definition changed, will be restarted`);
      this.#terminate(rt, cr, container, { at: now, exitCode: 137, reason: 'Error', log: [], kind: 'crash' });
      cr.restartAt = now;
    }
    cr.image = container.image;
    cr.profile = this.#profiles.resolve(container.image);
    cr.pulled = false;
    delete cr.pullBackoff;
    delete cr.pullRetryAt;
  }

  /** Advances one container's state machine to `now`; returns when it next needs attention. */
  #syncContainer(
    rt: PodRuntime,
    cr: ContainerRuntime,
    container: Container,
    now: number,
  ): number | undefined {
    for (let step = 0; step < 20; step++) {
      if (cr.state !== 'running') {
        if (cr.terminated && !this.#shouldRestart(rt.pod, cr.terminated.exitCode)) return undefined;
        if (cr.restartAt !== undefined && cr.restartAt > now) return cr.restartAt;
        const started = this.#tryStart(rt, cr, container, now);
        if (!started.ok) return started.wake;
        continue;
      }
      const plan = this.#plan(rt, cr, container, now);
      if (plan.exit && plan.exit.at <= now) {
        this.#terminate(rt, cr, container, plan.exit);
        continue;
      }
      return min(plan.exit?.at, plan.wake);
    }
    return now + 1000;
  }

  #shouldRestart(pod: Pod, exitCode: number): boolean {
    const policy = pod.spec.restartPolicy ?? 'Always';
    return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
  }

  /** Image pull, configuration, then create and start. */
  #tryStart(
    rt: PodRuntime,
    cr: ContainerRuntime,
    container: Container,
    now: number,
  ): { ok: true } | { ok: false; wake: number | undefined } {
    const image = container.image;
    if (!cr.pulled) {
      const present = this.#nodeImages.get(rt.node)?.has(image) ?? false;
      if (present && container.imagePullPolicy !== 'Always') {
        cr.pulled = true;
        this.#record(rt, cr.name, 'Pulled', `Container image "${image}" already present on machine`);
      } else if (cr.pullRetryAt !== undefined && now < cr.pullRetryAt) {
        if (!cr.pullBackoffShown && cr.pullFailedAt !== undefined && now >= cr.pullFailedAt + 1000) {
          cr.pullBackoffShown = true;
          cr.waiting = { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` };
          this.#record(rt, cr.name, 'BackOff', `Back-off pulling image "${image}"`);
          this.#record(rt, cr.name, 'Failed', 'Error: ImagePullBackOff', 'Warning');
        }
        return {
          ok: false,
          wake: cr.pullBackoffShown ? cr.pullRetryAt : min(cr.pullRetryAt, (cr.pullFailedAt ?? now) + 1000),
        };
      } else {
        this.#record(rt, cr.name, 'Pulling', `Pulling image "${image}"`);
        if (!cr.profile.exists) {
          const message = `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`;
          this.#record(rt, cr.name, 'Failed', `Failed to pull image "${image}": ${message}`, 'Warning');
          this.#record(rt, cr.name, 'Failed', 'Error: ErrImagePull', 'Warning');
          cr.pullBackoff = nextBackoff(cr.pullBackoff, now);
          cr.pullRetryAt = now + cr.pullBackoff.durationMs;
          cr.pullFailedAt = now;
          cr.pullBackoffShown = false;
          cr.waiting = { reason: 'ErrImagePull', message };
          return { ok: false, wake: now + 1000 };
        }
        const seconds = (1.2 + (fnv32a(image) % 2800) / 1000).toFixed(3);
        this.#record(
          rt,
          cr.name,
          'Pulled',
          `Successfully pulled image "${image}" in ${seconds}s (${seconds}s including waiting). Image size: ${cr.profile.sizeBytes} bytes.`,
        );
        cr.pulled = true;
        delete cr.pullBackoff;
        delete cr.pullRetryAt;
        const images = this.#nodeImages.get(rt.node) ?? new Set<string>();
        images.add(image);
        this.#nodeImages.set(rt.node, images);
      }
    } else if (cr.restartCount > 0 || cr.terminated) {
      this.#record(rt, cr.name, 'Pulled', `Container image "${image}" already present on machine`);
    }

    const mountError = this.#checkVolumes(rt.pod);
    if (mountError) {
      cr.waiting = { reason: 'ContainerCreating' };
      cr.configError = mountError;
      if (cr.configRetryAt === undefined || now >= cr.configRetryAt) {
        this.#record(rt, undefined, 'FailedMount', mountError, 'Warning');
        cr.configRetryAt = now + CONFIG_RETRY_MS;
      }
      return { ok: false, wake: cr.configRetryAt };
    }
    const env = this.#resolveEnv(rt.pod, container);
    if ('error' in env) {
      cr.waiting = { reason: 'CreateContainerConfigError', message: env.error };
      cr.configError = env.error;
      if (cr.configRetryAt === undefined || now >= cr.configRetryAt) {
        this.#record(rt, cr.name, 'Failed', `Error: ${env.error}`, 'Warning');
        cr.configRetryAt = now + CONFIG_RETRY_MS;
      }
      return { ok: false, wake: cr.configRetryAt };
    }
    delete cr.configError;
    delete cr.configRetryAt;

    // Restart after a crash: back-off bookkeeping, the old instance becomes "previous".
    if (cr.terminated) {
      cr.backoff = nextBackoff(cr.backoff, now);
      cr.lastTerminated = cr.terminated;
      delete cr.terminated;
      cr.previous = cr.current;
      cr.restartCount++;
    }
    delete cr.restartAt;
    cr.env = env.values;
    cr.state = 'running';
    delete cr.waiting;
    cr.startedAt = now;
    cr.containerId = `containerd://${this.#state.random.hex(64)}`;
    cr.failureSince = new Map();
    cr.fired = new Set();
    delete cr.livenessEventsUntil;
    delete cr.readinessEventsUntil;
    cr.ready = false;
    cr.current = newInstance(now);
    const ctx = this.#renderContext(rt, container);
    appendLines(
      cr.current,
      now,
      cr.profile.startupLog.map((line, i) => renderLine(line, now + i, ctx)),
    );
    this.#applySteadyLog(cr);
    this.#recordRun(rt.pod, cr, container, now);
    this.#record(rt, cr.name, 'Created', `Created container ${cr.name}`);
    this.#record(rt, cr.name, 'Started', `Started container ${cr.name}`);
    return { ok: true };
  }

  #checkVolumes(pod: Pod): string | undefined {
    const namespace = pod.metadata.namespace;
    for (const volume of pod.spec.volumes ?? []) {
      if (
        volume.secret &&
        !volume.secret.optional &&
        !this.#state.get('Secret', namespace, volume.secret.secretName)
      ) {
        return `MountVolume.SetUp failed for volume "${volume.name}" : secret "${volume.secret.secretName}" not found`;
      }
      if (
        volume.configMap &&
        !volume.configMap.optional &&
        !this.#state.get('ConfigMap', namespace, volume.configMap.name)
      ) {
        return `MountVolume.SetUp failed for volume "${volume.name}" : configmap "${volume.configMap.name}" not found`;
      }
    }
    return undefined;
  }

  #resolveEnv(pod: Pod, container: Container): { values: Record<string, string> } | { error: string } {
    const namespace = pod.metadata.namespace;
    const values: Record<string, string> = {};
    const data = (kind: 'Secret' | 'ConfigMap', name: string): Record<string, string> | undefined => {
      const object = this.#state.get<KubeObject>(kind, namespace, name);
      if (!object) return undefined;
      const raw = (object.data as Record<string, string> | undefined) ?? {};
      if (kind === 'ConfigMap') return raw;
      return Object.fromEntries(
        Object.entries(raw).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
      );
    };
    for (const source of container.envFrom ?? []) {
      const ref = source.secretRef ?? source.configMapRef;
      if (!ref) continue;
      const kind = source.secretRef ? 'Secret' : 'ConfigMap';
      const found = data(kind, ref.name);
      if (!found) {
        if (ref.optional) continue;
        return { error: `${kind === 'Secret' ? 'secret' : 'configmap'} "${ref.name}" not found` };
      }
      for (const [k, v] of Object.entries(found)) values[`${source.prefix ?? ''}${k}`] = v;
    }
    for (const env of container.env ?? []) {
      if (env.value !== undefined) {
        values[env.name] = env.value;
        continue;
      }
      const secretRef = env.valueFrom?.secretKeyRef;
      const configRef = env.valueFrom?.configMapKeyRef;
      const ref = secretRef ?? configRef;
      if (!ref) {
        values[env.name] = '';
        continue;
      }
      const kind = secretRef ? 'Secret' : 'ConfigMap';
      const found = data(kind, ref.name);
      if (!found) {
        if (ref.optional) continue;
        return { error: `${kind === 'Secret' ? 'secret' : 'configmap'} "${ref.name}" not found` };
      }
      const value = found[ref.key];
      if (value === undefined) {
        if (ref.optional) continue;
        return { error: `couldn't find key ${ref.key} in ${kind} ${namespace}/${ref.name}` };
      }
      values[env.name] = value;
    }
    return { values };
  }

  #holds(condition: FailureCondition | undefined, cr: ContainerRuntime, container: Container): boolean {
    if (!condition) return true;
    if ('fact' in condition) return this.#environment.get(condition.fact) === (condition.is ?? true);
    if ('memoryLimitBelowMi' in condition) {
      const limit = memoryLimitMi(container);
      return limit !== undefined && limit < condition.memoryLimitBelowMi;
    }
    if ('envEquals' in condition) return cr.env[condition.envEquals.name] === condition.envEquals.value;
    if ('all' in condition) return condition.all.every((c) => this.#holds(c, cr, container));
    if ('any' in condition) return condition.any.some((c) => this.#holds(c, cr, container));
    return !this.#holds(condition.not, cr, container);
  }

  /**
   * What the running instance does next: its planned exit (crash, OOM kill, completion,
   * liveness kill), and readiness and probe events up to `now`.
   */
  #plan(
    rt: PodRuntime,
    cr: ContainerRuntime,
    container: Container,
    now: number,
  ): { exit?: PlannedExit; wake?: number } {
    const startedAt = cr.startedAt ?? now;
    const profile = cr.profile;
    const ctx = this.#renderContext(rt, container);
    const candidates: PlannedExit[] = [];
    let wake: number | undefined;
    const oomAfter = oomAfterMs(profile, memoryLimitMi(container));
    if (oomAfter !== undefined) {
      candidates.push({
        at: startedAt + oomAfter,
        exitCode: 137,
        reason: 'OOMKilled',
        log: [],
        kind: 'oom',
      });
    }
    // Batch pods (restartPolicy Never/OnFailure) finish; a service image without a batch profile exits after 5s.
    const completesAfter =
      profile.completesAfterSeconds ?? (rt.pod.spec.restartPolicy === 'Always' ? undefined : 5);
    if (completesAfter !== undefined) {
      candidates.push({
        at: startedAt + completesAfter * 1000,
        exitCode: 0,
        reason: 'Completed',
        log: [],
        kind: 'complete',
      });
    }
    let hangAt: number | undefined;
    let unreadyAt: number | undefined;
    let probeMessage: string | undefined;
    profile.failures.forEach((failure, index) => {
      if (!this.#holds(failure.when, cr, container)) {
        cr.failureSince.delete(index);
        if (failure.effect === 'unready' && cr.fired.has(index)) {
          cr.fired.delete(index);
          const repeat = cr.current?.repeats.find(
            (r) => r.until === undefined && r.lines === failure.repeatLog?.lines,
          );
          if (repeat) repeat.until = now;
        }
        return;
      }
      let since = cr.failureSince.get(index);
      if (since === undefined) {
        // Conditions holding when the instance starts are first seen at its start.
        since = now;
        cr.failureSince.set(index, since);
      }
      const fireAt =
        failure.since === 'pod'
          ? Math.max(rt.startTime + failure.afterSeconds * 1000, startedAt + STARTUP_GRACE_MS)
          : since + failure.afterSeconds * 1000;
      if (failure.effect === 'crash') {
        candidates.push({
          at: fireAt,
          exitCode: failure.exitCode,
          reason: failure.reason,
          log: failure.log,
          kind: 'crash',
        });
        return;
      }
      if (fireAt > now) {
        wake = min(wake, fireAt);
        return;
      }
      if (!cr.fired.has(index)) {
        cr.fired.add(index);
        if (cr.current) {
          appendLines(
            cr.current,
            fireAt,
            failure.log.map((l, i) => renderLine(l, fireAt + i, ctx)),
          );
          if (failure.repeatLog) {
            cr.current.repeats.push({
              from: fireAt,
              everyMs: failure.repeatLog.everySeconds * 1000,
              lines: failure.repeatLog.lines,
            });
          }
        }
      }
      if (failure.effect === 'hang') hangAt = min(hangAt, fireAt);
      else {
        unreadyAt = min(unreadyAt, fireAt);
        probeMessage = failure.probeMessage;
      }
    });

    const liveness = container.livenessProbe;
    if (hangAt !== undefined && liveness) {
      const period = (liveness.periodSeconds ?? 10) * 1000;
      const firstFail = alignProbe(startedAt, liveness, hangAt);
      const killAt = firstFail + ((liveness.failureThreshold ?? 3) - 1) * period;
      const message = `Liveness probe failed: ${probeFailureMessage(liveness, rt.ip, true, undefined)}`;
      for (
        let t = Math.max(firstFail, (cr.livenessEventsUntil ?? -1) + period);
        t <= Math.min(now, killAt);
        t += period
      ) {
        this.#record(rt, cr.name, 'Unhealthy', message, 'Warning');
        cr.livenessEventsUntil = t;
      }
      candidates.push({ at: killAt, exitCode: 137, reason: 'Error', log: [], kind: 'liveness' });
      if (now < killAt) wake = min(wake, alignProbe(startedAt, liveness, now + 1));
    }

    const readiness = container.readinessProbe;
    const failingSince = min(hangAt, unreadyAt);
    if (readiness) {
      const readyAt = alignProbe(
        startedAt,
        readiness,
        startedAt + Math.max(profile.readyAfterSeconds * 1000, (readiness.initialDelaySeconds ?? 0) * 1000),
      );
      if (failingSince !== undefined) {
        const period = (readiness.periodSeconds ?? 10) * 1000;
        const message = `Readiness probe failed: ${probeFailureMessage(readiness, rt.ip, hangAt !== undefined, probeMessage)}`;
        const firstFail = alignProbe(startedAt, readiness, failingSince);
        for (let t = Math.max(firstFail, (cr.readinessEventsUntil ?? -1) + period); t <= now; t += period) {
          this.#record(rt, cr.name, 'Unhealthy', message, 'Warning');
          cr.readinessEventsUntil = t;
        }
        cr.ready = false;
        wake = min(wake, alignProbe(startedAt, readiness, now + 1));
      } else {
        cr.ready = now >= readyAt;
        if (!cr.ready) wake = min(wake, readyAt);
      }
    } else {
      cr.ready = true;
    }

    let exit: PlannedExit | undefined;
    for (const c of candidates) if (!exit || c.at < exit.at) exit = c;
    return { ...(exit ? { exit } : {}), ...(wake !== undefined ? { wake } : {}) };
  }

  #terminate(rt: PodRuntime, cr: ContainerRuntime, container: Container, exit: PlannedExit): void {
    const ctx = this.#renderContext(rt, container);
    if (cr.current) {
      appendLines(
        cr.current,
        exit.at - exit.log.length,
        exit.log.map((l, i) => renderLine(l, exit.at - exit.log.length + i, ctx)),
      );
      cr.current.finishedAt = exit.at;
      for (const repeat of cr.current.repeats) if (repeat.until === undefined) repeat.until = exit.at;
    }
    if (exit.kind === 'liveness') {
      this.#record(rt, cr.name, 'Killing', `Container ${cr.name} failed liveness probe, will be restarted`);
    }
    cr.state = 'terminated';
    cr.ready = false;
    this.#usage?.finished(rt.uid, cr.name, exit.at);
    cr.terminated = {
      exitCode: exit.exitCode,
      reason: exit.reason,
      startedAt: formatTime(cr.startedAt ?? exit.at),
      finishedAt: formatTime(exit.at),
      ...(cr.containerId ? { containerID: cr.containerId } : {}),
    };
    if (!this.#shouldRestart(rt.pod, exit.exitCode)) return;
    if (inBackoff(cr.backoff, exit.at) && cr.backoff) {
      cr.restartAt = cr.backoff.lastUpdate + cr.backoff.durationMs;
      const pod = rt.pod;
      cr.waiting = {
        reason: 'CrashLoopBackOff',
        message: `back-off ${goDuration(cr.backoff.durationMs)} restarting failed container=${cr.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
      };
      this.#record(
        rt,
        cr.name,
        'BackOff',
        `Back-off restarting failed container ${cr.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
        'Warning',
      );
    } else {
      cr.restartAt = exit.at;
    }
  }

  /** The pod status the kubelet reports for `rt`. */
  buildPodStatus(pod: Pod, rt: PodRuntime, now: number): PodStatus {
    const nowText = formatTime(now);
    const previous = pod.status;
    const statuses: ContainerStatus[] = pod.spec.containers.map((container) => {
      const cr = rt.containers.get(container.name);
      if (!cr) {
        return {
          name: container.name,
          state: { waiting: { reason: 'ContainerCreating' } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: container.image,
          imageID: '',
          started: false,
        };
      }
      let state: ContainerState;
      let lastState: ContainerState = cr.lastTerminated ? { terminated: cr.lastTerminated } : {};
      if (cr.state === 'running') state = { running: { startedAt: formatTime(cr.startedAt ?? now) } };
      else if (cr.waiting) {
        state = {
          waiting: {
            reason: cr.waiting.reason,
            ...(cr.waiting.message ? { message: cr.waiting.message } : {}),
          },
        };
        if (cr.terminated) lastState = { terminated: cr.terminated };
      } else if (cr.terminated) state = { terminated: cr.terminated };
      else state = { waiting: { reason: 'ContainerCreating' } };
      const repository = container.image.split('@')[0]?.replace(/:[^/:]*$/, '') ?? container.image;
      return {
        name: container.name,
        state,
        lastState,
        ready: cr.state === 'running' && cr.ready,
        restartCount: cr.restartCount,
        image: container.image,
        imageID: cr.pulled ? this.#imageId(repository, container.image) : '',
        ...(cr.containerId ? { containerID: cr.containerId } : {}),
        started: cr.state === 'running',
      };
    });
    const allTerminated = pod.spec.restartPolicy !== 'Always' && statuses.every((s) => s.state.terminated);
    let phase = 'Pending';
    if (allTerminated && statuses.length > 0) {
      phase = statuses.every((s) => s.state.terminated?.exitCode === 0) ? 'Succeeded' : 'Failed';
    } else if (
      [...rt.containers.values()].some(
        (c) => c.state === 'running' || c.terminated !== undefined || c.restartCount > 0,
      )
    ) {
      phase = 'Running';
    }
    const notReady = statuses.filter((s) => !s.ready).map((s) => s.name);
    const ready = notReady.length === 0;
    const reasonFor = phase === 'Succeeded' ? 'PodCompleted' : 'ContainersNotReady';
    const readyCondition = (type: string): Condition =>
      ready
        ? { type, status: 'True', lastProbeTime: null }
        : {
            type,
            status: 'False',
            lastProbeTime: null,
            reason: reasonFor,
            message: phase === 'Succeeded' ? '' : `containers with unready status: [${notReady.join(' ')}]`,
          };
    const base: Condition[] = [
      {
        type: 'PodReadyToStartContainers',
        status: phase === 'Succeeded' || phase === 'Failed' ? 'False' : 'True',
        lastProbeTime: null,
      },
      { type: 'Initialized', status: 'True', lastProbeTime: null },
      readyCondition('Ready'),
      readyCondition('ContainersReady'),
      { type: 'PodScheduled', status: 'True', lastProbeTime: null },
    ];
    const conditions = base.map((c) => keepTransition(previous?.conditions, c, nowText));
    const hostIP = this.#hostIp(rt.node);
    return {
      phase,
      conditions,
      hostIP,
      hostIPs: [{ ip: hostIP }],
      podIP: rt.ip,
      podIPs: [{ ip: rt.ip }],
      startTime: formatTime(rt.startTime),
      containerStatuses: statuses,
      qosClass: previous?.qosClass ?? 'BestEffort',
    };
  }

  #imageId(repository: string, image: string): string {
    let digest = this.#digests.get(image);
    if (!digest) {
      digest = sha256ish(image);
      this.#digests.set(image, digest);
    }
    return `${repository}@sha256:${digest}`;
  }

  #hostIp(nodeName: string): string {
    const node = this.#state.get<Node>('Node', undefined, nodeName);
    return node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '';
  }

  /**
   * Marks a freshly created, bound pod as already running since `startedAt`, without events
   * (for bulk-generated clusters). Returns the stored pod.
   */
  startRunning(pod: Pod, startedAt: number): Pod {
    const node = this.#state.get<Node>('Node', undefined, pod.spec.nodeName as string);
    if (!node) throw new Error(`pod ${pod.metadata.name} is not bound to a known node`);
    const rt = this.#newRuntime(pod, node, startedAt);
    rt.startTime = startedAt;
    for (const container of pod.spec.containers) {
      const cr = newContainerRuntime(
        container.name,
        container.image,
        this.#profiles.resolve(container.image),
      );
      cr.pulled = true;
      cr.state = 'running';
      delete cr.waiting;
      cr.startedAt = startedAt;
      cr.ready = true;
      cr.containerId = `containerd://${this.#state.random.hex(64)}`;
      cr.current = newInstance(startedAt);
      this.#applySteadyLog(cr);
      this.#recordRun(pod, cr, container, startedAt);
      rt.containers.set(container.name, cr);
    }
    const status = this.buildPodStatus(pod, rt, startedAt);
    const stored = this.#state.replace('Pod', { ...pod, status });
    rt.pod = stored;
    rt.lastSyncedVersion = stored.metadata.resourceVersion;
    rt.lastSyncedGeneration = this.#generation;
    this.#pods.set(stored.metadata.uid, rt);
    return stored;
  }

  /** Container logs for the API (`kubectl logs [--previous]`). */
  readLog(pod: Pod, containerName: string | undefined, previous: boolean, now: number): LogLine[] {
    const names = pod.spec.containers.map((c) => c.name);
    const name = containerName ?? (names.length === 1 ? names[0] : undefined);
    if (name === undefined) {
      throw badRequest(
        `a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(' ')}]`,
      );
    }
    const container = pod.spec.containers.find((c) => c.name === name);
    if (!container) {
      throw badRequest(`container ${name} is not valid for pod ${pod.metadata.name}`);
    }
    const rt = this.#pods.get(pod.metadata.uid);
    const cr = rt?.containers.get(name);
    // As the kubelet resolves it: `previous` is the container in lastState.terminated; the current
    // log of a container waiting to restart is its last run.
    let instance = undefined as ReturnType<typeof newInstance> | undefined;
    if (previous) {
      instance =
        cr?.state === 'running'
          ? cr.previous
          : cr?.terminated
            ? cr.current
            : cr?.lastTerminated
              ? (cr.previous ?? cr.current)
              : undefined;
      if (!instance)
        throw badRequest(`previous terminated container "${name}" in pod "${pod.metadata.name}" not found`);
    } else {
      instance = cr?.current;
      if (!instance) {
        const reason = cr?.waiting?.reason ?? 'ContainerCreating';
        const detail =
          reason === 'ImagePullBackOff' || reason === 'ErrImagePull'
            ? 'trying and failing to pull image'
            : reason;
        throw new ApiError(
          400,
          'BadRequest',
          `container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${detail}`,
        );
      }
    }
    if (!rt) throw badRequest(`container "${name}" in pod "${pod.metadata.name}" is not running`);
    const ctx = this.#renderContext(rt, container);
    return renderInstance(instance, now, (text, time) => renderLine(text, time, ctx));
  }
}
