import {
  MINUTES_PER_WEEK,
  type ScrapedWorkload,
  type SyntheticGauge,
  type SyntheticWorkload,
  scrapedPodName,
} from '@sre-agent/cost/testing';
import { describe, expect, it } from 'vitest';
import type { ForecastMetrics, ForecastRange } from '../ports.ts';

const MI = 2 ** 20;
const GI = 2 ** 30;
const START = 1_767_225_600; // 2026-01-01T00:00:00Z

/**
 * The world every `ForecastMetrics` is checked on, as functions of the minute of one week from
 * `startEpochSeconds` (samples at second 30 of each minute, as cAdvisor scrapes land): a leaking
 * container with a limit, a steady one without, a filling claim mounted by the leaking workload's
 * pod, and a filling node disk.
 */
export const CONTRACT_WORLD = {
  startEpochSeconds: START,
  /** The last sample: "now". */
  now: new Date((START + (MINUTES_PER_WEEK - 1) * 60 + 30) * 1000),
  leak: { namespace: 'shop', workload: 'api', container: 'app', limitBytes: 512 * MI },
  steady: { namespace: 'shop', workload: 'worker', container: 'main' },
  claim: { namespace: 'shop', name: 'data-api-0', capacityBytes: 10 * GI },
  node: { instance: 'ip-10-0-1-7:9100', node: 'ip-10-0-1-7', mountpoint: '/', sizeBytes: 100 * GI },
  leakBytes: (minute: number) => 100 * MI + (10 * MI * minute) / 60,
  steadyBytes: (_minute: number) => 50 * MI,
  claimBytes: (minute: number) => GI + 1024 * minute,
  nodeUsedBytes: (minute: number) => 20 * GI + 4096 * minute,
} as const;

type World = typeof CONTRACT_WORLD;

function workload(
  ref: { namespace: string; workload: string; container: string },
  bytes: (minute: number) => number,
  limitBytes?: number,
): SyntheticWorkload {
  const memory = Float64Array.from({ length: MINUTES_PER_WEEK }, (_, m) => bytes(m));
  const week = {
    cpuCores: new Float64Array(MINUTES_PER_WEEK).fill(0.1),
    memoryScrapedBytes: memory,
    memoryPeakBytes: memory,
  };
  return {
    archetype: 'steady',
    seed: 0,
    ref: { ...ref, kind: 'Deployment' },
    current: { cpuRequestCores: 0.1, ...(limitBytes ? { memoryLimitBytes: limitBytes } : {}) },
    week: () => week,
  };
}

/** The contract world as the cost sentinel's promtool backfill writes it, for a real Prometheus. */
export function contractWorldBackfill(world: World = CONTRACT_WORLD): {
  workloads: ScrapedWorkload[];
  gauges: SyntheticGauge[];
} {
  const leak = workload(world.leak, world.leakBytes, world.leak.limitBytes);
  const steady = workload(world.steady, world.steadyBytes);
  const claim = { namespace: world.claim.namespace, persistentvolumeclaim: world.claim.name };
  const fs = {
    instance: world.node.instance,
    mountpoint: world.node.mountpoint,
    fstype: 'ext4',
    device: 'nvme0n1p1',
  };
  // The scrape jobs' labels, as kube-prometheus-stack attaches them.
  const kubelet = { ...claim, job: 'kubelet', metrics_path: '/metrics' };
  return {
    workloads: [{ workload: leak }, { workload: steady }],
    gauges: [
      { name: 'kubelet_volume_stats_used_bytes', labels: kubelet, value: world.claimBytes },
      {
        name: 'kubelet_volume_stats_capacity_bytes',
        labels: kubelet,
        value: () => world.claim.capacityBytes,
      },
      {
        name: 'kube_pod_spec_volumes_persistentvolumeclaims_info',
        labels: { ...claim, pod: scrapedPodName(leak), volume: 'data', job: 'kube-state-metrics' },
        value: () => 1,
      },
      { name: 'node_filesystem_size_bytes', labels: fs, value: () => world.node.sizeBytes },
      {
        name: 'node_filesystem_avail_bytes',
        labels: fs,
        value: (m) => world.node.sizeBytes - world.nodeUsedBytes(m),
      },
    ],
  };
}

const minuteOf = (world: World, atMs: number) =>
  Math.round((atMs / 1000 - 30 - world.startEpochSeconds) / 60);

/**
 * The contract of `ForecastMetrics`: every implementation, built over `CONTRACT_WORLD`, returns the
 * same series. Values are checked at whole minutes, allowing one step of lag (a range query's
 * point holds the latest sample before it).
 */
export function describeForecastMetricsContract(
  name: string,
  make: (world: World) => Promise<{ metrics: ForecastMetrics; close?: () => Promise<void> }>,
): void {
  describe(`ForecastMetrics contract: ${name}`, () => {
    const world = CONTRACT_WORLD;
    const range: ForecastRange = {
      start: new Date(world.now.getTime() - 3 * 3_600_000),
      end: world.now,
      stepSeconds: 60,
    };
    const within = (atMs: number) => atMs >= range.start.getTime() - 60_000 && atMs <= range.end.getTime();
    const near = (value: number, expected: (m: number) => number, atMs: number) => {
      const m = minuteOf(world, atMs);
      const candidates = [expected(m - 1), expected(m), expected(m + 1)];
      return candidates.some((c) => Math.abs(c - value) <= 1);
    };

    it('returns the working set of each workload container over the range, with its memory limit or none', async () => {
      const { metrics, close } = await make(world);
      try {
        const series = await metrics.memory(range);
        const leak = series.find((s) => s.workload === world.leak.workload);
        const steady = series.find((s) => s.workload === world.steady.workload);
        expect(leak).toMatchObject({
          namespace: 'shop',
          workloadKind: 'Deployment',
          container: 'app',
          limitBytes: world.leak.limitBytes,
        });
        expect(steady).toMatchObject({ container: 'main', limitBytes: null });
        expect(leak?.workingSet.length).toBeGreaterThanOrEqual(170);
        for (const s of leak?.workingSet ?? []) {
          expect(within(s.atMs), `${s.atMs} in range`).toBe(true);
          expect(
            near(s.value, world.leakBytes, s.atMs),
            `${s.value} at ${new Date(s.atMs).toISOString()}`,
          ).toBe(true);
        }
      } finally {
        await close?.();
      }
    });

    it('returns the bytes used on each claim with its capacity and the workload that mounts it', async () => {
      const { metrics, close } = await make(world);
      try {
        const [claim, ...rest] = await metrics.volumes(range);
        expect(rest).toEqual([]);
        expect(claim).toMatchObject({
          namespace: 'shop',
          persistentVolumeClaim: world.claim.name,
          workload: world.leak.workload,
          workloadKind: 'Deployment',
          capacityBytes: world.claim.capacityBytes,
        });
        expect(claim?.used.length).toBeGreaterThanOrEqual(170);
        for (const s of claim?.used ?? []) expect(near(s.value, world.claimBytes, s.atMs)).toBe(true);
      } finally {
        await close?.();
      }
    });

    it('returns the bytes used on each node filesystem with its size', async () => {
      const { metrics, close } = await make(world);
      try {
        const [fs, ...rest] = await metrics.nodeFilesystems(range);
        expect(rest).toEqual([]);
        expect(fs).toMatchObject({ node: world.node.node, mountpoint: '/', sizeBytes: world.node.sizeBytes });
        for (const s of fs?.used ?? []) expect(near(s.value, world.nodeUsedBytes, s.atMs)).toBe(true);
      } finally {
        await close?.();
      }
    });
  });
}

/** The contract world's series as `InMemoryForecastMetrics` takes them: one sample a minute. */
export function contractWorldSeries(world: World = CONTRACT_WORLD) {
  const minutes = Array.from({ length: MINUTES_PER_WEEK }, (_, m) => m);
  const at = (m: number) => (world.startEpochSeconds + m * 60 + 30) * 1000;
  const series = (f: (m: number) => number) => minutes.map((m) => ({ atMs: at(m), value: f(m) }));
  return {
    memory: [
      { ...world.leak, workloadKind: 'Deployment', workingSet: series(world.leakBytes) },
      {
        ...world.steady,
        workloadKind: 'Deployment',
        workingSet: series(world.steadyBytes),
        limitBytes: null,
      },
    ],
    volumes: [
      {
        namespace: world.claim.namespace,
        persistentVolumeClaim: world.claim.name,
        workload: world.leak.workload,
        workloadKind: 'Deployment',
        used: series(world.claimBytes),
        capacityBytes: world.claim.capacityBytes,
      },
    ],
    nodeFilesystems: [
      {
        node: world.node.node,
        mountpoint: world.node.mountpoint,
        used: series(world.nodeUsedBytes),
        sizeBytes: world.node.sizeBytes,
      },
    ],
  };
}
