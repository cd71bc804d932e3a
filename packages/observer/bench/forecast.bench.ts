import { PrometheusHttpClient } from '@sre-agent/cost/prometheus';
import { MINUTES_PER_WEEK, startBackfilledPrometheus } from '@sre-agent/cost/testing';
import {
  type ContainerMemorySeries,
  DEFAULT_HORIZONS,
  type ForecastMetrics,
  forecastMemoryAndVolumes,
  PrometheusForecastMetrics,
} from '@sre-agent/observer';
import {
  InMemoryForecastMetrics,
  SERIES_SHAPES,
  seriesSamples,
  syntheticScrapedWorkload,
  syntheticSeries,
} from '@sre-agent/observer/testing';

type Io = { out(text: string): void; err(text: string): void };
type Series = ReturnType<typeof syntheticSeries>;

const HORIZON = DEFAULT_HORIZONS.memoryMinutes;
const nameOf = (s: Series) => `${s.shape}-${s.seed}`;

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

const pct = (v: number) => (Number.isNaN(v) ? '   -  ' : `${(100 * v).toFixed(1).padStart(5)}%`);

/**
 * Runs the memory forecast over `metrics` and scores it: a positive is a series whose limit truly
 * comes within the horizon; a warning on anything else (steady, diurnal, slow growth, a leak due
 * later) is a false positive. The error is |forecast − truth| / truth of the warnings on positives.
 */
async function score(io: Io, label: string, series: readonly Series[], metrics: ForecastMetrics, now: Date) {
  const started = performance.now();
  const forecasts = await forecastMemoryAndVolumes(metrics, { window: 30 * 60, now });
  const ms = performance.now() - started;
  const warned = new Map(forecasts.map((f) => [f.workload, f.timeToLimitMinutes ?? 0]));
  const positive = (s: Series) => s.truthMinutes !== null && s.truthMinutes <= HORIZON;
  io.out(`\n${label}: ${series.length} series, horizon ${HORIZON / 60} h, ${ms.toFixed(0)} ms`);
  io.out(`${'shape'.padEnd(13)} series  warned  median-err  p90-err`);
  const rows: (readonly [string, readonly Series[]])[] = [
    ...SERIES_SHAPES.map((shape) => [shape, series.filter((s) => s.shape === shape)] as const),
    ['all', series],
  ];
  for (const [shape, group] of rows) {
    if (group.length === 0) continue;
    const errors = group.flatMap((s) => {
      const forecast = warned.get(nameOf(s));
      return forecast === undefined || !positive(s)
        ? []
        : [Math.abs(forecast - (s.truthMinutes as number)) / (s.truthMinutes as number)];
    });
    const count = group.filter((s) => warned.has(nameOf(s))).length;
    io.out(
      `${shape.padEnd(13)} ${String(group.length).padStart(6)}  ${String(count).padStart(6)}  ${pct(quantile(errors, 0.5)).padStart(10)}  ${pct(quantile(errors, 0.9)).padStart(7)}`,
    );
  }
  const tp = series.filter((s) => positive(s) && warned.has(nameOf(s))).length;
  const fp = series.filter((s) => !positive(s) && warned.has(nameOf(s))).length;
  const fn = series.filter((s) => positive(s) && !warned.has(nameOf(s))).length;
  const within20 = series.filter((s) => {
    const f = warned.get(nameOf(s));
    return (
      positive(s) &&
      f !== undefined &&
      Math.abs(f - (s.truthMinutes as number)) <= 0.2 * (s.truthMinutes as number)
    );
  }).length;
  io.out(
    `precision ${pct(tp / (tp + fp))}  recall ${pct(tp / (tp + fn))}  (${tp} true, ${fp} false warnings, ${fn} missed; ${within20} of ${tp + fn} due within 20 % of the truth)`,
  );
}

function inMemory(series: readonly Series[], endMs: number, minutes?: number): InMemoryForecastMetrics {
  const memory: ContainerMemorySeries[] = series.map((s) => ({
    namespace: 'bench',
    workload: nameOf(s),
    workloadKind: 'Deployment',
    container: 'app',
    workingSet: seriesSamples(s, endMs).slice(minutes === undefined ? 0 : -minutes),
    limitBytes: s.limit,
  }));
  return new InMemoryForecastMetrics({ memory });
}

/**
 * Memory forecast quality: every shape × 60 seeds in memory with two days of history, the same
 * series with only 8 hours (no day to tell a daily cycle by), and 5 shapes × 3 seeds through a
 * real Prometheus backfilled by promtool (skipped when Debian's prometheus is not installed).
 */
export async function runBench(io: Io): Promise<void> {
  const end = Date.parse('2026-03-04T12:00:00Z');
  const seeds = Array.from({ length: 60 }, (_, i) => i + 1);
  const large = SERIES_SHAPES.flatMap((shape) => seeds.map((seed) => syntheticSeries({ shape, seed })));
  await score(io, 'in memory, 2 days of history', large, inMemory(large, end), new Date(end));
  await score(io, 'in memory, 8 hours of history', large, inMemory(large, end, 8 * 60), new Date(end));

  const start = 1_767_225_600;
  const small = (['steady', 'diurnal', 'linear', 'stepwise', 'noisy-growth'] as const).flatMap((shape) =>
    [1, 2, 3].map((seed) => syntheticSeries({ shape, seed })),
  );
  let prometheus: Awaited<ReturnType<typeof startBackfilledPrometheus>> | undefined;
  try {
    prometheus = await startBackfilledPrometheus(
      small.map((s) => ({ workload: syntheticScrapedWorkload(s) })),
      { startEpochSeconds: start },
    );
  } catch (error) {
    io.out(`\nPrometheus: skipped (${(error as Error).message.slice(0, 200)})`);
    return;
  }
  try {
    const metrics = new PrometheusForecastMetrics(new PrometheusHttpClient({ url: prometheus.url }));
    const now = new Date((start + (MINUTES_PER_WEEK - 1) * 60 + 30) * 1000);
    await score(io, 'real Prometheus (promtool backfill)', small, metrics, now);
  } finally {
    await prometheus.stop();
  }
}
