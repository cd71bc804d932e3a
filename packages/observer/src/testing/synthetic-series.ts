import { MINUTES_PER_WEEK, type Random, type SyntheticWorkload, seededRandom } from '@sre-agent/cost/testing';

/** The shapes the forecast engine is tested and benchmarked on. */
export const SERIES_SHAPES = [
  'steady',
  'diurnal',
  'linear',
  'stepwise',
  'noisy-growth',
  'slow-growth',
] as const;
export type SeriesShape = (typeof SERIES_SHAPES)[number];

const MI = 1024 * 1024;
const DAY_MINUTES = 1440;

/**
 * A minute-by-minute series ending now (the last minute), its limit and the truth: in how many
 * minutes the noiseless process reaches the limit (null when it never does within a week).
 */
export type SyntheticSeries = {
  shape: SeriesShape;
  seed: number;
  /** Value of minute k of the history, k = 0 … minutes − 1; the last is "now". */
  values: Float64Array;
  limit: number;
  truthMinutes: number | null;
};

/** A daily cycle between 0 and 1 whose phase puts `endMinute` on the cycle's rising half. */
function risingCycle(r: Random, endMinute: number): (minute: number) => number {
  // The trough is `rise` minutes before the end: the whole 6-hour window lies on the rising half.
  const rise = r.uniform(6.5 * 60, 11.5 * 60);
  return (k) => 0.5 - 0.5 * Math.cos((2 * Math.PI * (k - (endMinute - rise))) / DAY_MINUTES);
}

/**
 * A series of `shape` from `seed`, `minutes` long (default two days): steady (noise around a level),
 * diurnal (a daily cycle whose window ends on its rising half, the limit above its peak), linear and
 * noisy growth (a leak that started within or before the window), stepwise growth (a leak that
 * jumps every 15–30 minutes), slow growth (real, but reaching the limit only after a day or more).
 * Growth reaches its limit 2–10 hours after the end, except slow growth.
 */
export function syntheticSeries(input: {
  shape: SeriesShape;
  seed: number;
  minutes?: number;
}): SyntheticSeries {
  const { shape, seed } = input;
  const n = input.minutes ?? 2 * DAY_MINUTES;
  const r = seededRandom(seed * 6151 + SERIES_SHAPES.indexOf(shape) * 97 + 13);
  const base = r.uniform(150, 600) * MI;
  const end = n - 1;
  const values = new Float64Array(n);
  const noisy = (v: number, sd: number) => Math.max(0, v * (1 + sd * r.normal()));
  switch (shape) {
    case 'steady': {
      for (let k = 0; k < n; k++) values[k] = noisy(base, 0.02);
      return { shape, seed, values, limit: base * r.uniform(1.15, 1.6), truthMinutes: null };
    }
    case 'diurnal': {
      const cycle = risingCycle(r, end);
      const amplitude = r.uniform(0.2, 0.5);
      for (let k = 0; k < n; k++) values[k] = noisy(base * (1 + amplitude * cycle(k)), 0.02);
      return { shape, seed, values, limit: base * (1 + amplitude) * r.uniform(1.1, 1.4), truthMinutes: null };
    }
    case 'linear':
    case 'noisy-growth':
    case 'slow-growth': {
      const perMinute = (base * r.uniform(0.04, 0.2)) / 60;
      // Half the leaks run through the whole window; the others began 7–20 hours ago.
      const startedAt = r.next() < 0.5 ? 0 : end - Math.round(r.uniform(7 * 60, 20 * 60));
      const trend = (k: number) => base + perMinute * Math.max(0, k - startedAt);
      const truth = shape === 'slow-growth' ? r.uniform(30 * 60, 72 * 60) : r.uniform(2 * 60, 10 * 60);
      const sd = shape === 'noisy-growth' ? r.uniform(0.03, 0.05) : 0.015;
      for (let k = 0; k < n; k++) {
        let v = noisy(trend(k), sd);
        // Noisy growth also has spikes: a scrape now and then catches a burst of allocations.
        if (shape === 'noisy-growth' && r.next() < 0.01) v *= r.uniform(1.1, 1.3);
        values[k] = v;
      }
      return { shape, seed, values, limit: trend(end) + perMinute * truth, truthMinutes: truth };
    }
    case 'stepwise': {
      const period = Math.round(r.uniform(15, 30));
      const stepSize = (base * r.uniform(0.04, 0.2) * period) / 60;
      const phase = Math.floor(r.uniform(0, period));
      const startedAt = r.next() < 0.5 ? 0 : end - Math.round(r.uniform(7 * 60, 20 * 60));
      const stair = (k: number) =>
        base + stepSize * Math.max(0, Math.floor((k - startedAt + phase) / period));
      for (let k = 0; k < n; k++) values[k] = noisy(stair(k), 0.015);
      // The limit sits inside a step 2–10 hours ahead: the truth is the minute that step is taken.
      const target = end + Math.round(r.uniform(2 * 60, 10 * 60));
      const limit = stair(target) - stepSize / 2;
      let k = end + 1;
      while (stair(k) < limit) k++;
      return { shape, seed, values, limit, truthMinutes: k - end };
    }
  }
}

/** The series as samples one minute apart ending at `endMs`. */
export function seriesSamples(series: SyntheticSeries, endMs: number): { atMs: number; value: number }[] {
  const n = series.values.length;
  return Array.from(series.values, (value, k) => ({ atMs: endMs - (n - 1 - k) * 60_000, value }));
}

/**
 * The series as the cost sentinel's backfill writes a workload (`@sre-agent/cost/testing`): its
 * working set in the last minutes of week 0 (the level of its first minute before), its limit as
 * kube-state-metrics reports it, pods owned through a ReplicaSet by Deployment `<shape>-<seed>`.
 */
export function syntheticScrapedWorkload(series: SyntheticSeries): SyntheticWorkload {
  const offset = MINUTES_PER_WEEK - series.values.length;
  const memory = new Float64Array(MINUTES_PER_WEEK);
  for (let m = 0; m < MINUTES_PER_WEEK; m++) memory[m] = series.values[Math.max(0, m - offset)] as number;
  const cpu = new Float64Array(MINUTES_PER_WEEK).fill(0.1);
  const week: ReturnType<SyntheticWorkload['week']> = {
    cpuCores: cpu,
    memoryScrapedBytes: memory,
    memoryPeakBytes: memory,
  };
  const limit = Math.round(series.limit);
  return {
    archetype: series.shape === 'steady' || series.shape === 'diurnal' ? series.shape : 'leak',
    seed: series.seed,
    ref: {
      namespace: 'forecast',
      workload: `${series.shape}-${series.seed}`,
      kind: 'Deployment',
      container: 'app',
    },
    current: { cpuRequestCores: 0.2, memoryRequestBytes: limit, memoryLimitBytes: limit },
    week: () => week,
  };
}
