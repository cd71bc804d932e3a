import { fnv32a } from '../util/hash.ts';
import { MI } from '../util/quantity.ts';
import type { BehaviourProfile } from './profiles.ts';

const HOUR = 3_600_000;
/** How long the recorder keeps a finished container run (cAdvisor's history is what Prometheus scraped). */
const RETENTION_MS = 48 * HOUR;
/** At most this many samples per series in one answer. */
const MAX_SAMPLES = 2_000;

/** The working set a container of `profile` has `elapsedMs` after it started, in MiB. */
export function workingSetMi(profile: BehaviourProfile, elapsedMs: number): number {
  const t = Math.max(0, elapsedMs);
  const growth = profile.memoryGrowth;
  if (growth) return Math.min(profile.memoryUsageMi, growth.fromMi + (growth.miPerHour * t) / HOUR);
  const ramp = profile.memoryRampSeconds * 1000;
  return ramp <= 0 ? profile.memoryUsageMi : profile.memoryUsageMi * Math.min(1, t / ramp);
}

/** How long after its start a container of `profile` is OOMKilled under a limit of `limitMi` (undefined: never). */
export function oomAfterMs(profile: BehaviourProfile, limitMi: number | undefined): number | undefined {
  if (limitMi === undefined || profile.memoryUsageMi <= limitMi) return undefined;
  const growth = profile.memoryGrowth;
  if (!growth || growth.fromMi >= limitMi) return profile.memoryRampSeconds * 1000;
  return ((limitMi - growth.fromMi) / growth.miPerHour) * HOUR;
}

/** Which workload a pod belongs to, as its controller chain says. */
export type OwnerWorkload = { kind: string; name: string };

/** One run of one container: from its start to its end (open while it runs). */
type Run = {
  namespace: string;
  pod: string;
  podUid: string;
  container: string;
  workload: OwnerWorkload | undefined;
  limitBytes: number | undefined;
  profile: BehaviourProfile;
  claims: readonly string[];
  startedAt: number;
  finishedAt: number | undefined;
};

/** A window of the recorded history, sampled every `stepMs` from `fromMs` to `toMs`. */
export type UsageQuery = { fromMs: number; toMs: number; stepMs: number; namespace?: string };

/** The working set of one container of one pod over a window (`container_memory_working_set_bytes`). */
export type ContainerMemorySeries = {
  namespace: string;
  pod: string;
  container: string;
  workload?: OwnerWorkload;
  /** Its memory limit (`kube_pod_container_resource_limits{resource="memory"}`), when it has one. */
  limitBytes?: number;
  samples: { atMs: number; bytes: number }[];
};

/** The use of one PersistentVolumeClaim over a window (`kubelet_volume_stats_{used,capacity}_bytes`). */
export type VolumeUsageSeries = {
  namespace: string;
  claim: string;
  /** The workload whose pods write to it (the latest writer's). */
  workload?: OwnerWorkload;
  capacityBytes: number;
  samples: { atMs: number; usedBytes: number }[];
};

/** A claim's first writer and its capacity, as recorded. */
type Claim = { namespace: string; claim: string; initialBytes: number; capacityBytes: number };

function grid(query: UsageQuery, from: number, to: number): number[] {
  const step = Math.max(1000, query.stepMs);
  const start = Math.max(query.fromMs, from);
  const end = Math.min(query.toMs, to);
  const first = query.fromMs + Math.ceil((start - query.fromMs) / step) * step;
  const out: number[] = [];
  for (let t = first; t <= end && out.length < MAX_SAMPLES; t += step) out.push(t);
  return out;
}

/**
 * What cAdvisor and the kubelet's volume stats would have scraped: every container run the kubelet
 * starts (its pod, workload, limit and behaviour) and every PersistentVolumeClaim written to, kept
 * 48 hours after the run ends. Samples are computed from the runs on the grid asked for, so a
 * week-long replay costs nothing until someone reads it.
 */
export class UsageRecorder {
  readonly #runs = new Map<string, Run[]>();
  readonly #claims = new Map<string, Claim>();
  readonly #capacity: (namespace: string, claim: string) => number | undefined;
  #prunedAt = Number.NEGATIVE_INFINITY;

  constructor(capacity: (namespace: string, claim: string) => number | undefined) {
    this.#capacity = capacity;
  }

  /** A container started (or the kubelet adopted a running one). */
  started(run: Omit<Run, 'finishedAt'>): void {
    const key = `${run.podUid}/${run.container}`;
    const runs = this.#runs.get(key) ?? [];
    const open = runs.at(-1);
    if (open && open.finishedAt === undefined) open.finishedAt = run.startedAt;
    runs.push({ ...run, finishedAt: undefined });
    this.#runs.set(key, runs);
    const write = run.profile.diskWrite;
    if (write) {
      for (const claim of run.claims) {
        const id = `${run.namespace}/${claim}`;
        if (this.#claims.has(id)) continue;
        this.#claims.set(id, {
          namespace: run.namespace,
          claim,
          initialBytes: write.initialMi * MI,
          capacityBytes: this.#capacity(run.namespace, claim) ?? 0,
        });
      }
    }
    // Forgetting is hourly work: a bulk-generated cluster starts thousands of runs in one instant.
    if (run.startedAt - this.#prunedAt >= HOUR) {
      this.#prunedAt = run.startedAt;
      this.#prune(run.startedAt);
    }
  }

  /** A container's current run ended (it exited, was killed, or its pod was deleted). */
  finished(podUid: string, container: string, at: number): void {
    const open = this.#runs.get(`${podUid}/${container}`)?.at(-1);
    if (open && open.finishedAt === undefined) open.finishedAt = Math.max(open.startedAt, at);
  }

  /** Every run of a pod ended (the pod is gone). */
  podGone(podUid: string, at: number): void {
    for (const [key, runs] of this.#runs) {
      if (!key.startsWith(`${podUid}/`)) continue;
      const open = runs.at(-1);
      if (open && open.finishedAt === undefined) open.finishedAt = Math.max(open.startedAt, at);
    }
  }

  #prune(now: number): void {
    for (const [key, runs] of this.#runs) {
      const kept = runs.filter((r) => r.finishedAt === undefined || r.finishedAt > now - RETENTION_MS);
      // What a forgotten run wrote stays on its volumes.
      for (const r of runs) {
        if (kept.includes(r) || !r.profile.diskWrite) continue;
        for (const name of r.claims) {
          const claim = this.#claims.get(`${r.namespace}/${name}`);
          const end = r.finishedAt ?? r.startedAt;
          if (claim)
            claim.initialBytes += ((r.profile.diskWrite.miPerHour * (end - r.startedAt)) / HOUR) * MI;
        }
      }
      if (kept.length === 0) this.#runs.delete(key);
      else if (kept.length !== runs.length) this.#runs.set(key, kept);
    }
  }

  /** The working set of every container that ran in the window, one series per pod and container. */
  containerMemory(query: UsageQuery): ContainerMemorySeries[] {
    const out: ContainerMemorySeries[] = [];
    for (const runs of this.#runs.values()) {
      const first = runs[0];
      if (!first || (query.namespace !== undefined && first.namespace !== query.namespace)) continue;
      const samples: ContainerMemorySeries['samples'] = [];
      let limitBytes: number | undefined;
      for (const run of runs) {
        const end = run.finishedAt ?? Number.POSITIVE_INFINITY;
        // A sample at the instant a run ends belongs to the next run, or to none.
        for (const at of grid(query, run.startedAt, end)) {
          if (at === end) continue;
          // Scrapes jitter by up to ±0.5% (allocations come and go between two scrapes).
          const jitter = ((fnv32a(`${run.podUid}/${run.container}/${at}`) % 1001) / 1000 - 0.5) * 0.01;
          const bytes = workingSetMi(run.profile, at - run.startedAt) * MI * (1 + jitter);
          samples.push({
            atMs: at,
            bytes: run.limitBytes === undefined ? bytes : Math.min(bytes, run.limitBytes),
          });
          limitBytes = run.limitBytes;
        }
      }
      if (samples.length === 0) continue;
      out.push({
        namespace: first.namespace,
        pod: first.pod,
        container: first.container,
        ...(first.workload ? { workload: first.workload } : {}),
        ...(limitBytes !== undefined ? { limitBytes } : {}),
        samples,
      });
    }
    return out;
  }

  /** The used bytes of every claim a writer has written to, over the window. */
  volumeUsage(query: UsageQuery): VolumeUsageSeries[] {
    const out: VolumeUsageSeries[] = [];
    for (const claim of this.#claims.values()) {
      if (query.namespace !== undefined && claim.namespace !== query.namespace) continue;
      const capacityBytes = this.#capacity(claim.namespace, claim.claim) ?? claim.capacityBytes;
      const writers = [...this.#runs.values()]
        .flat()
        .filter(
          (r) => r.namespace === claim.namespace && r.claims.includes(claim.claim) && r.profile.diskWrite,
        );
      const since = Math.min(...writers.map((w) => w.startedAt));
      if (!Number.isFinite(since)) continue;
      const samples = grid(query, since, query.toMs).map((at) => {
        let written = 0;
        for (const w of writers) {
          const end = Math.min(at, w.finishedAt ?? at);
          if (end > w.startedAt)
            written += (((w.profile.diskWrite?.miPerHour ?? 0) * (end - w.startedAt)) / HOUR) * MI;
        }
        const used = claim.initialBytes + written;
        return { atMs: at, usedBytes: capacityBytes > 0 ? Math.min(used, capacityBytes) : used };
      });
      const latest = writers.reduce<Run | undefined>(
        (a, w) => (!a || w.startedAt > a.startedAt ? w : a),
        undefined,
      );
      if (samples.length === 0) continue;
      out.push({
        namespace: claim.namespace,
        claim: claim.claim,
        ...(latest?.workload ? { workload: latest.workload } : {}),
        capacityBytes,
        samples,
      });
    }
    return out;
  }
}
