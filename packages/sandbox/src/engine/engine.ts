import type { Clock, Logger } from '@sre-agent/core';
import type { KubeObject } from '../resources/types.ts';
import type { ClusterState } from '../store/cluster-state.ts';
import { parseQuantity } from '../util/quantity.ts';
import { AutoscalerController } from './controllers/autoscaler.ts';
import { DaemonSetController } from './controllers/daemonset.ts';
import { DeploymentController } from './controllers/deployment.ts';
import { DisruptionController } from './controllers/disruption.ts';
import { GarbageCollector } from './controllers/garbage-collector.ts';
import { JobController } from './controllers/job.ts';
import { NodeGroupController } from './controllers/node-group.ts';
import { NodeLifecycleController } from './controllers/node-lifecycle.ts';
import { ReplicaSetController } from './controllers/replicaset.ts';
import { Scheduler } from './controllers/scheduler.ts';
import { StatefulSetController } from './controllers/statefulset.ts';
import type { Environment } from './environment.ts';
import type { EventRecorder } from './events.ts';
import { Kubelet } from './kubelet.ts';
import type { NodeGroupSpec } from './node-group-spec.ts';
import type { ProfileCatalog } from './profiles.ts';
import { UsageRecorder } from './usage-recorder.ts';

/** A clock the engine can move: a ManualClock (or anything with `advance`). */
type AdvanceableClock = Clock & { advance(ms: number): void };

function isAdvanceable(clock: Clock): clock is AdvanceableClock {
  return typeof (clock as Partial<AdvanceableClock>).advance === 'function';
}

/**
 * Scenario time: the injected clock plus an offset. The offset starts negative while the engine
 * replays a scenario's history, and absorbs `tick`s when the clock cannot be moved.
 */
export class ScenarioTime {
  readonly #clock: Clock;
  #offset: number;

  constructor(clock: Clock, historyMs = 0) {
    this.#clock = clock;
    this.#offset = -historyMs;
  }

  now(): number {
    return this.#clock.now().getTime() + this.#offset;
  }

  /** Whether the engine is still replaying history (scenario time is behind the clock). */
  get inHistory(): boolean {
    return this.#offset < 0;
  }

  advance(ms: number): void {
    if (ms <= 0) return;
    let rest = ms;
    if (this.#offset < 0) {
      const step = Math.min(rest, -this.#offset);
      this.#offset += step;
      rest -= step;
    }
    if (rest <= 0) return;
    if (isAdvanceable(this.#clock)) this.#clock.advance(rest);
    else this.#offset += rest;
  }
}

type Reconciler = { name: string; reconcile(now: number): number | undefined };

const MAX_PASSES = 50;
const MAX_STEPS_PER_TICK = 1_000_000;

/** Timed work scheduled from outside the controllers (scenario timelines). */
type Timer = { at: number; run: () => void };

/**
 * The scenario engine: plays the control plane (scheduler, controllers, node lifecycle, garbage
 * collection) and every node's kubelet on scenario time. `settle` reconciles to a fixed point at
 * the current instant; `tick` moves time forward, stopping at every instant something is due
 * (a crash, a back-off expiry, a probe), so timestamps and event counts are what they would be.
 */
export class Engine {
  readonly time: ScenarioTime;
  readonly kubelet: Kubelet;
  /** What the containers and volumes used, as cAdvisor and the kubelet's volume stats would report it. */
  readonly usage: UsageRecorder;
  /** The cloud's node groups (Auto Scaling groups): list, describe, terminate an instance. */
  readonly nodeGroups: NodeGroupController;
  readonly #state: ClusterState;
  readonly #events: EventRecorder;
  readonly #logger: Logger;
  readonly #reconcilers: Reconciler[];
  #wake: number | undefined;
  #settling = false;
  #timers: Timer[] = [];
  #lastExpiry = Number.NEGATIVE_INFINITY;

  constructor(deps: {
    state: ClusterState;
    time: ScenarioTime;
    events: EventRecorder;
    environment: Environment;
    profiles: ProfileCatalog;
    logger: Logger;
    nodeGroups?: readonly NodeGroupSpec[];
  }) {
    this.#state = deps.state;
    this.time = deps.time;
    this.#events = deps.events;
    this.#logger = deps.logger;
    this.usage = new UsageRecorder((namespace, claim) => claimCapacity(deps.state, namespace, claim));
    this.kubelet = new Kubelet(deps.state, deps.events, deps.environment, deps.profiles, this.usage);
    const { state, events } = deps;
    this.nodeGroups = new NodeGroupController({
      state,
      events,
      environment: deps.environment,
      specs: deps.nodeGroups ?? [],
      settle: () => this.settle(),
    });
    this.#reconcilers = [
      { name: 'node-group', ...bind(this.nodeGroups) },
      { name: 'node-lifecycle', ...bind(new NodeLifecycleController(state, events, deps.environment)) },
      { name: 'garbage-collector', ...bind(new GarbageCollector(state)) },
      { name: 'deployment', ...bind(new DeploymentController(state, events)) },
      { name: 'replicaset', ...bind(new ReplicaSetController(state, events)) },
      { name: 'statefulset', ...bind(new StatefulSetController(state, events)) },
      { name: 'daemonset', ...bind(new DaemonSetController(state, events)) },
      { name: 'job', ...bind(new JobController(state, events)) },
      { name: 'scheduler', ...bind(new Scheduler(state, events)) },
      { name: 'kubelet', ...bind(this.kubelet) },
      { name: 'disruption', ...bind(new DisruptionController(state)) },
      { name: 'autoscaler', ...bind(new AutoscalerController(state)) },
    ];
    deps.environment.onChange(() => {
      this.kubelet.invalidate();
      this.settle();
    });
  }

  now(): number {
    return this.time.now();
  }

  /** Runs `run` when scenario time reaches `at` (immediately if it already has). */
  schedule(at: number, run: () => void): void {
    this.#timers.push({ at, run });
    this.#timers.sort((a, b) => a.at - b.at);
  }

  /** Reconciles everything to a fixed point at the current instant. */
  settle(): void {
    if (this.#settling) return;
    this.#settling = true;
    try {
      const now = this.now();
      this.#runTimers(now);
      let wake: number | undefined;
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const before = this.#state.store.revision;
        wake = undefined;
        for (const r of this.#reconcilers) {
          const next = r.reconcile(now);
          if (next !== undefined && (wake === undefined || next < wake)) wake = next;
        }
        if (this.#state.store.revision === before) break;
        if (pass === MAX_PASSES - 1)
          this.#logger.warn('sandbox engine did not settle', { passes: MAX_PASSES });
      }
      if (now - this.#lastExpiry >= 60_000) {
        this.#events.expire();
        this.#lastExpiry = now;
      }
      this.#wake = wake;
    } finally {
      this.#settling = false;
    }
  }

  #runTimers(now: number): void {
    while (this.#timers.length > 0 && (this.#timers[0] as Timer).at <= now) {
      const timer = this.#timers.shift() as Timer;
      timer.run();
    }
  }

  /** The next instant anything is due, if any. */
  nextWake(): number | undefined {
    const timer = this.#timers[0]?.at;
    if (timer === undefined) return this.#wake;
    if (this.#wake === undefined) return timer;
    return Math.min(timer, this.#wake);
  }

  /** Advances scenario time by `ms`, reconciling at every instant something is due. */
  tick(ms: number): void {
    const target = this.now() + Math.max(0, ms);
    this.settle();
    for (let step = 0; step < MAX_STEPS_PER_TICK; step++) {
      const now = this.now();
      const next = this.nextWake();
      if (next === undefined || next > target) {
        this.time.advance(target - now);
        this.settle();
        return;
      }
      this.time.advance(Math.max(0, next - now));
      if (next <= now) {
        // Due now but nothing changed: avoid spinning on the same instant.
        this.time.advance(Math.min(1, target - this.now()));
      }
      this.settle();
    }
    this.#logger.warn('sandbox engine tick stopped early', { target });
  }
}

/** A PersistentVolumeClaim's capacity (its status, else what it requests), in bytes. */
function claimCapacity(state: ClusterState, namespace: string, claim: string): number | undefined {
  const pvc = state.get<KubeObject>('PersistentVolumeClaim', namespace, claim) as
    | (KubeObject & {
        spec?: { resources?: { requests?: { storage?: string } } };
        status?: { capacity?: { storage?: string } };
      })
    | undefined;
  const text = pvc?.status?.capacity?.storage ?? pvc?.spec?.resources?.requests?.storage;
  return text === undefined ? undefined : parseQuantity(text);
}

function bind(reconciler: { reconcile(now: number): number | undefined }): {
  reconcile(now: number): number | undefined;
} {
  return { reconcile: (now) => reconciler.reconcile(now) };
}
