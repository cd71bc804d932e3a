import type { UsageMetrics } from '../ports.ts';
import { syntheticNamespace } from '../testing/synthetic-namespaces.ts';
import {
  type Archetype,
  MINUTES_PER_WEEK,
  type SyntheticWorkload,
  syntheticWorkload,
} from '../testing/synthetic-usage.ts';
import { activityFromSeries } from '../usage/activity-from-series.ts';
import { profileFromSeries } from '../usage/profile-from-series.ts';
import type {
  AutoscalerTarget,
  ContainerRef,
  ContainerResources,
  ContainerUsage,
  UsageWindow,
} from '../usage/types.ts';
import type { ActivityWindow, NamespaceActivityReport } from '../zombies/types.ts';

/** How a workload used its resources: a synthetic archetype, or idle (an abandoned namespace's). */
export type EmbeddedShape = Archetype | 'idle';

/** A container of the embedded cluster as it is now, and the shape of its history. */
export type EmbeddedWorkload = {
  ref: ContainerRef;
  current: ContainerResources;
  replicas: number;
  shape: EmbeddedShape;
  oomKilled?: boolean;
  restarts?: number;
};

/** A namespace of the embedded cluster: its age, rollouts, pods and since when nobody uses it. */
export type EmbeddedNamespace = {
  namespace: string;
  createdAt: Date;
  /** Traffic stopped then (undefined: live). */
  idleSince?: Date;
  replicaSetsCreated: Date[];
  pods: number;
};

/** Where the embedded metrics learn what runs (the sandbox, read like any cluster). */
export interface EmbeddedUsageSource {
  workloads(): Promise<EmbeddedWorkload[]>;
  namespaces(): Promise<EmbeddedNamespace[]>;
  autoscalers(): Promise<AutoscalerTarget[]>;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h % 1_000_003;
}

/** Minutes [from, to) of a synthetic workload's history, across its weeks. */
function minutes(w: SyntheticWorkload, from: number, to: number) {
  const cpu = new Float64Array(Math.max(0, to - from));
  const memory = new Float64Array(cpu.length);
  for (let m = from; m < to; m++) {
    const week = w.week(Math.floor(m / MINUTES_PER_WEEK));
    cpu[m - from] = week.cpuCores[m % MINUTES_PER_WEEK] as number;
    memory[m - from] = week.memoryScrapedBytes[m % MINUTES_PER_WEEK] as number;
  }
  return { cpu, memory };
}

/**
 * The embedded default of `UsageMetrics` (no Prometheus configured): a usage history for the
 * workloads that run now, generated deterministically from `seed` since `historyStart` by the
 * synthetic archetypes (scaled to each container's requests, as a team sizing generously would
 * have set them) and continued as the clock moves; namespace traffic from the same generator as
 * the tests' backfill. Aggregated by the in-memory twins of the Prometheus adapter's PromQL.
 */
export class EmbeddedUsageMetrics implements UsageMetrics {
  readonly #source: EmbeddedUsageSource;
  readonly #seed: number;
  readonly #start: number;
  readonly #synthetic = new Map<string, SyntheticWorkload>();

  constructor(source: EmbeddedUsageSource, options: { seed: number; historyStart: Date }) {
    this.#source = source;
    this.#seed = options.seed;
    this.#start = Math.floor(options.historyStart.getTime() / 3_600_000) * 3600;
  }

  #syntheticOf(w: EmbeddedWorkload): SyntheticWorkload {
    const key = JSON.stringify([w.ref, w.shape]);
    let found = this.#synthetic.get(key);
    if (!found) {
      found = syntheticWorkload({
        archetype: w.shape === 'idle' ? 'steady' : w.shape,
        seed: this.#seed + hash(key),
        startEpochSeconds: this.#start,
        namespace: w.ref.namespace,
        name: w.ref.workload,
        kind: w.ref.kind === 'CronJob' ? 'CronJob' : 'Deployment',
      });
      this.#synthetic.set(key, found);
    }
    return found;
  }

  async containerUsage(window: UsageWindow): Promise<ContainerUsage[]> {
    const end = Math.floor((window.end.getTime() / 1000 - this.#start) / 60);
    const from = Math.max(0, end - Math.floor(window.windowSeconds / 60));
    if (end <= 0) return [];
    const workloads = (await this.#source.workloads()).filter(
      (w) => window.namespace == null || w.ref.namespace === window.namespace,
    );
    return workloads.map((w) => {
      const synthetic = this.#syntheticOf(w);
      const { cpu, memory } = minutes(synthetic, from, end);
      // The archetype's level relative to what it requests, carried over to this container's requests.
      const idle = w.shape === 'idle' ? { cpu: 0.04, memory: 0.5 } : { cpu: 1, memory: 1 };
      const cpuScale =
        (idle.cpu * (w.current.cpuRequestCores ?? synthetic.current.cpuRequestCores ?? 1)) /
        (synthetic.current.cpuRequestCores ?? 1);
      const memoryScale =
        (idle.memory * (w.current.memoryRequestBytes ?? synthetic.current.memoryRequestBytes ?? 1)) /
        (synthetic.current.memoryRequestBytes ?? 1);
      const profile = profileFromSeries({
        cpuCores: cpu.map((v) => v * cpuScale),
        memoryScrapedBytes: memory.map((v) => v * memoryScale),
        oomKilled: w.oomKilled ?? false,
        restarts: w.restarts ?? 0,
      });
      return { ref: w.ref, replicas: w.replicas, current: w.current, profile };
    });
  }

  async autoscalers(window: UsageWindow): Promise<AutoscalerTarget[]> {
    return (await this.#source.autoscalers()).filter(
      (a) => window.namespace == null || a.namespace === window.namespace,
    );
  }

  async namespaceActivity(window: ActivityWindow): Promise<NamespaceActivityReport> {
    const endSeconds = window.end.getTime() / 1000;
    const namespaces = (await this.#source.namespaces()).filter(
      (n) => window.namespace == null || n.namespace === window.namespace,
    );
    const activities = namespaces.flatMap((n) => {
      const created = n.createdAt.getTime() / 1000;
      const start = Math.max(this.#start, Math.ceil(created / 60) * 60);
      if (start > endSeconds) return [];
      const length = Math.ceil((endSeconds - start) / 60);
      const idleFrom = n.idleSince
        ? Math.max(0, Math.floor((n.idleSince.getTime() / 1000 - start) / 60))
        : undefined;
      const series = syntheticNamespace({
        namespace: n.namespace,
        seed: this.#seed + hash(n.namespace),
        startEpochSeconds: start,
        minutes: length,
        ingress: n.idleSince ? 'none' : 'nginx',
        ...(idleFrom != null ? { quietFromMinute: idleFrom } : {}),
        createdAtEpochSeconds: created,
        replicaSetsCreatedEpochSeconds: n.replicaSetsCreated.map((d) => d.getTime() / 1000),
        pods: Math.max(1, n.pods),
      });
      return [activityFromSeries(series, window)];
    });
    return {
      namespaces: activities.sort((a, b) => a.namespace.localeCompare(b.namespace)),
      present: { nginx: activities.some((a) => a.ingressNginx.lastActiveAt), istio: false },
    };
  }
}
