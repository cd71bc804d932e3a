import { boundEvidence, type Forecast, WARN_ACTION } from './forecast.ts';
import { formatBytes } from './format.ts';
import type { ForecastMetrics, ForecastRange } from './ports.ts';
import { forecastTimeToLimit, type TrendOptions, type TrendVerdict } from './trend/forecast-time-to-limit.ts';

/** How far ahead each kind warns, in minutes. */
export type ForecastHorizons = { memoryMinutes: number; volumeMinutes: number; nodeDiskMinutes: number };

export const DEFAULT_HORIZONS: ForecastHorizons = {
  memoryMinutes: 6 * 60,
  volumeMinutes: 48 * 60,
  nodeDiskMinutes: 48 * 60,
};

export type MemoryAndVolumeOptions = {
  /** Minutes of history to read; 30 h (a day to tell daily cycles by, and the fit window) is best. */
  window: number;
  now: Date;
  horizons?: Partial<ForecastHorizons>;
  /** Seconds between the points read (default 60). */
  stepSeconds?: number;
  /** The kubelet's hard eviction threshold `nodefs.available` as a fraction of the disk (default 0.1). */
  nodefsAvailableFraction?: number;
  trend?: Omit<TrendOptions, 'format'>;
};

/** The raise the memory forecast proposes: the catalog's default, more when the trend needs it within the horizon. */
const MIN_RAISE_PERCENT = 20;
const MAX_RAISE_PERCENT = 100;

function raisePercent(
  verdict: Extract<TrendVerdict, { verdict: 'rising' }>,
  limit: number,
  horizonMinutes: number,
) {
  const needed = verdict.level + (verdict.slopePerHour * horizonMinutes) / 60;
  const percent = Math.ceil((100 * needed) / limit - 100);
  return Math.min(MAX_RAISE_PERCENT, Math.max(MIN_RAISE_PERCENT, percent));
}

/** The minutes left when the verdict is a warning within the horizon, else undefined. */
function dueMinutes(verdict: TrendVerdict, horizonMinutes: number): number | undefined {
  if (verdict.verdict === 'at-limit') return 0;
  if (verdict.verdict === 'rising' && verdict.minutesToLimit <= horizonMinutes)
    return Math.max(0, Math.round(verdict.minutesToLimit));
  return undefined;
}

/**
 * Memory limits, persistent volumes and node disks seen coming: each series' trend through
 * `forecastTimeToLimit`, a forecast when its limit is reached within the horizon. Memory proposes
 * the bounded `raise-memory-limit` catalog action (enough for the horizon's growth, 20–100 %);
 * volumes and node disks (whose limit is the kubelet's eviction threshold) only warn.
 */
export async function forecastMemoryAndVolumes(
  metrics: ForecastMetrics,
  options: MemoryAndVolumeOptions,
): Promise<Forecast[]> {
  const horizons = { ...DEFAULT_HORIZONS, ...options.horizons };
  const range: ForecastRange = {
    start: new Date(options.now.getTime() - options.window * 60_000),
    end: options.now,
    stepSeconds: options.stepSeconds ?? 60,
  };
  const trend = { ...options.trend, format: formatBytes };
  const [memory, volumes, nodes] = await Promise.all([
    metrics.memory(range),
    metrics.volumes(range),
    metrics.nodeFilesystems(range),
  ]);
  const forecasts: Forecast[] = [];
  for (const s of memory) {
    if (s.limitBytes == null || !(s.limitBytes > 0)) continue;
    const verdict = forecastTimeToLimit(s.workingSet, s.limitBytes, trend);
    const minutes = dueMinutes(verdict, horizons.memoryMinutes);
    if (minutes === undefined) continue;
    const percent =
      verdict.verdict === 'rising'
        ? raisePercent(verdict, s.limitBytes, horizons.memoryMinutes)
        : MIN_RAISE_PERCENT;
    forecasts.push({
      kind: 'memory-limit',
      namespace: s.namespace,
      workload: s.workload,
      workloadKind: s.workloadKind,
      container: s.container,
      limitBytes: s.limitBytes,
      resource: `memory of container ${s.container}`,
      timeToLimitMinutes: minutes,
      evidence: boundEvidence([
        `working set of container ${s.container} (${s.workloadKind} ${s.namespace}/${s.workload}, highest pod)`,
        ...verdict.evidence,
        `proposed: raise its memory limit by ${percent}%`,
      ]),
      action: { kind: 'raise-memory-limit', params: { percent } },
    });
  }
  for (const v of volumes) {
    const verdict = forecastTimeToLimit(v.used, v.capacityBytes, trend);
    const minutes = dueMinutes(verdict, horizons.volumeMinutes);
    if (minutes === undefined) continue;
    forecasts.push({
      kind: 'volume-full',
      namespace: v.namespace,
      workload: v.workload ?? v.persistentVolumeClaim,
      ...(v.workloadKind ? { workloadKind: v.workloadKind } : {}),
      resource: `pvc ${v.persistentVolumeClaim}`,
      timeToLimitMinutes: minutes,
      evidence: boundEvidence([
        `bytes used on PersistentVolumeClaim ${v.namespace}/${v.persistentVolumeClaim}`,
        ...verdict.evidence,
      ]),
      action: WARN_ACTION,
    });
  }
  const availableFraction = options.nodefsAvailableFraction ?? 0.1;
  for (const n of nodes) {
    const threshold = n.sizeBytes * (1 - availableFraction);
    const verdict = forecastTimeToLimit(n.used, threshold, trend);
    const minutes = dueMinutes(verdict, horizons.nodeDiskMinutes);
    if (minutes === undefined) continue;
    forecasts.push({
      kind: 'node-disk-full',
      namespace: '',
      workload: n.node,
      resource: `filesystem ${n.mountpoint}`,
      timeToLimitMinutes: minutes,
      evidence: boundEvidence([
        `bytes used on ${n.mountpoint} of node ${n.node} (${formatBytes(n.sizeBytes)}); the kubelet evicts pods below ${Math.round(availableFraction * 100)}% free`,
        ...verdict.evidence,
      ]),
      action: WARN_ACTION,
    });
  }
  return forecasts;
}
