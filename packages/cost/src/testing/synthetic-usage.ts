import type { ContainerRef, ContainerResources } from '../usage/types.ts';
import { type Random, seededRandom } from './random.ts';

/** The usage shapes the right-sizing engine is tested and benchmarked on. */
export const ARCHETYPES = ['steady', 'diurnal', 'spiky', 'short-spike', 'leak', 'nightly-batch'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const MINUTES_PER_WEEK = 7 * 24 * 60;
const MI = 1024 * 1024;

/**
 * One week of one container, minute by minute: mean CPU cores used in the minute, the working set a
 * scrape at second 30 of the minute sees, and the true highest working set within the minute (what
 * the OOM killer compares with the limit).
 */
export type SyntheticWeek = {
  cpuCores: Float64Array;
  memoryScrapedBytes: Float64Array;
  memoryPeakBytes: Float64Array;
};

export type SyntheticWorkload = {
  archetype: Archetype;
  seed: number;
  ref: ContainerRef;
  /** What a human set, generously: the starting point right-sizing improves on. */
  current: ContainerResources;
  /** Week 0 is the history; week 1 (and on) the unseen future the recommendation is replayed against. */
  week(index: number): SyntheticWeek;
};

type Params = {
  cpu: number;
  memory: number;
  /** Archetype-specific second figures (burst height, leak slope per day, batch size). */
  extra: number;
};

function paramsOf(archetype: Archetype, r: Random): Params {
  switch (archetype) {
    case 'steady':
      return { cpu: r.uniform(0.1, 0.5), memory: r.uniform(150, 600) * MI, extra: 0 };
    case 'diurnal':
      return { cpu: r.uniform(0.2, 1.2), memory: r.uniform(200, 800) * MI, extra: 0 };
    case 'spiky':
      return { cpu: r.uniform(0.05, 0.15), memory: r.uniform(150, 400) * MI, extra: r.uniform(0.6, 1.5) };
    case 'short-spike':
      return { cpu: r.uniform(0.05, 0.3), memory: r.uniform(200, 600) * MI, extra: r.uniform(0.6, 1.0) };
    case 'leak':
      return { cpu: r.uniform(0.1, 0.4), memory: r.uniform(150, 400) * MI, extra: r.uniform(0.06, 0.12) };
    case 'nightly-batch':
      return { cpu: r.uniform(0.01, 0.04), memory: r.uniform(100, 250) * MI, extra: r.uniform(0.8, 2) };
  }
}

/** The highest CPU and working set a person sizing by eye would plan for, before their safety factor. */
function typicalPeak(archetype: Archetype, p: Params): { cpu: number; memory: number } {
  switch (archetype) {
    case 'steady':
      return { cpu: p.cpu, memory: p.memory };
    case 'diurnal':
      return { cpu: p.cpu, memory: p.memory * 1.1 };
    case 'spiky':
      return { cpu: p.extra, memory: p.memory * 1.15 };
    case 'short-spike':
      return { cpu: p.cpu, memory: p.memory * (1 + p.extra) };
    case 'leak':
      return { cpu: p.cpu, memory: p.memory * (1 + p.extra * 14 * 1.4) };
    case 'nightly-batch':
      return { cpu: p.extra, memory: p.memory * 3 };
  }
}

function roundUpTo(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

/** Diurnal load between 0 (04:00 UTC) and 1 (16:00 UTC), damped at weekends. */
function dayCurve(epochMinute: number): number {
  const hour = (epochMinute / 60) % 24;
  const day = Math.floor(epochMinute / 1440 + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
  const weekend = day === 0 || day === 6 ? 0.7 : 1;
  return (0.5 - 0.5 * Math.cos((2 * Math.PI * (hour - 4)) / 24)) * weekend;
}

/**
 * A workload of one archetype whose parameters follow from `seed`; each week's noise and events
 * from `seed` and the week, so week 1 is unseen by anything fitted on week 0.
 * @example
 * const w = syntheticWorkload({ archetype: 'leak', seed: 7, startEpochSeconds: 1_700_000_000 });
 * const history = w.week(0);
 */
export function syntheticWorkload(input: {
  archetype: Archetype;
  seed: number;
  /** Start of week 0, a whole hour. */
  startEpochSeconds: number;
  namespace?: string;
  name?: string;
  /** The controller the pods belong to (default Deployment; a CronJob's pod belongs to one of its Jobs). */
  kind?: 'Deployment' | 'CronJob';
}): SyntheticWorkload {
  const { archetype, seed } = input;
  const r = seededRandom(seed * 7919 + ARCHETYPES.indexOf(archetype));
  const p = paramsOf(archetype, r);
  const peak = typicalPeak(archetype, p);
  const memoryRequest = roundUpTo(peak.memory * r.uniform(1.3, 2), 64 * MI);
  const memoryLimit =
    archetype === 'leak'
      ? roundUpTo(peak.memory * 1.2, 64 * MI)
      : roundUpTo(memoryRequest * r.uniform(1, 2), 64 * MI);
  const current: ContainerResources = {
    cpuRequestCores: roundUpTo(peak.cpu * r.uniform(1.3, 2.5), 0.05),
    memoryRequestBytes: Math.min(memoryRequest, memoryLimit),
    memoryLimitBytes: memoryLimit,
  };
  const ref: ContainerRef = {
    namespace: input.namespace ?? 'synthetic',
    workload: input.name ?? `${archetype}-${seed}`,
    kind: input.kind ?? 'Deployment',
    container: 'app',
  };
  const startMinute = Math.floor(input.startEpochSeconds / 60);
  const cache = new Map<number, SyntheticWeek>();
  return {
    archetype,
    seed,
    ref,
    current,
    week(index) {
      let week = cache.get(index);
      if (!week) {
        week = generateWeek(archetype, p, seededRandom(seed * 104729 + index * 31 + 1), startMinute, index);
        cache.set(index, week);
      }
      return week;
    },
  };
}

function generateWeek(
  archetype: Archetype,
  p: Params,
  r: Random,
  startMinute: number,
  index: number,
): SyntheticWeek {
  const n = MINUTES_PER_WEEK;
  const cpu = new Float64Array(n);
  const scraped = new Float64Array(n);
  const peak = new Float64Array(n);
  const firstMinute = startMinute + index * n;
  const noisy = (value: number, sd: number) => Math.max(0, value * (1 + sd * r.normal()));
  // Each minute: a baseline, then the archetype's events on top.
  for (let k = 0; k < n; k++) {
    const curve = dayCurve(firstMinute + k);
    switch (archetype) {
      case 'steady':
      case 'short-spike':
        cpu[k] = noisy(p.cpu, 0.08);
        scraped[k] = noisy(p.memory, 0.02);
        break;
      case 'diurnal':
        cpu[k] = noisy(p.cpu * (0.15 + 0.85 * curve), 0.1);
        scraped[k] = noisy(p.memory * (0.7 + 0.4 * curve), 0.02);
        break;
      case 'spiky':
        cpu[k] = noisy(p.cpu, 0.15);
        scraped[k] = noisy(p.memory, 0.02);
        break;
      case 'leak': {
        const days = (index * n + k) / 1440;
        const slope = p.extra * (index === 0 ? 1 : 1.2);
        cpu[k] = noisy(p.cpu, 0.08);
        scraped[k] = noisy(p.memory * (1 + slope * days), 0.02);
        break;
      }
      case 'nightly-batch':
        cpu[k] = noisy(p.cpu, 0.2);
        scraped[k] = noisy(p.memory, 0.02);
        break;
    }
    peak[k] = scraped[k] as number;
  }
  if (archetype === 'spiky') addCpuBursts(p, r, cpu, scraped, peak);
  if (archetype === 'short-spike') addShortMemorySpikes(p, r, scraped, peak);
  if (archetype === 'nightly-batch') addNightlyBatches(p, r, firstMinute, cpu, scraped, peak);
  return { cpuCores: cpu, memoryScrapedBytes: scraped, memoryPeakBytes: peak };
}

/** Bursts of a few minutes, about one an hour at random: CPU jumps, the working set follows a little. */
function addCpuBursts(
  p: Params,
  r: Random,
  cpu: Float64Array,
  scraped: Float64Array,
  peak: Float64Array,
): void {
  const bursts = r.poisson(24 * 7);
  for (let b = 0; b < bursts; b++) {
    const start = Math.floor(r.uniform(0, cpu.length));
    const length = Math.floor(r.uniform(2, 12));
    const height = p.extra * r.uniform(0.5, 1);
    for (let k = start; k < Math.min(start + length, cpu.length); k++) {
      cpu[k] = (cpu[k] as number) + height * (1 + 0.1 * r.normal());
      scraped[k] = (scraped[k] as number) + p.memory * 0.1 * (height / p.extra);
      peak[k] = Math.max(peak[k] as number, scraped[k] as number);
    }
  }
}

/**
 * A few spikes a day lasting 5–30 seconds, rising and falling linearly: a scrape at second 30 sees
 * one only when it falls inside it, and then only part of its height; the OOM killer sees all of it.
 */
function addShortMemorySpikes(p: Params, r: Random, scraped: Float64Array, peak: Float64Array): void {
  const spikes = r.poisson(4 * 7);
  for (let s = 0; s < spikes; s++) {
    const startSecond = r.uniform(0, scraped.length * 60 - 60);
    const duration = r.uniform(5, 30);
    const amplitude = p.memory * p.extra * r.uniform(0.6, 1);
    const top = startSecond + duration / 2;
    const topMinute = Math.floor(top / 60);
    peak[topMinute] = Math.max(peak[topMinute] as number, (scraped[topMinute] as number) + amplitude);
    for (
      let minute = Math.floor(startSecond / 60);
      minute <= Math.floor((startSecond + duration) / 60);
      minute++
    ) {
      const scrapeAt = minute * 60 + 30;
      if (minute >= scraped.length || scrapeAt < startSecond || scrapeAt > startSecond + duration) continue;
      const height = amplitude * (1 - Math.abs(scrapeAt - top) / (duration / 2));
      scraped[minute] = (scraped[minute] as number) + height;
      peak[minute] = Math.max(peak[minute] as number, scraped[minute] as number);
    }
  }
}

/** Every night a batch starts between 01:00 and 01:30 UTC and runs 45–120 minutes at full tilt. */
function addNightlyBatches(
  p: Params,
  r: Random,
  firstMinute: number,
  cpu: Float64Array,
  scraped: Float64Array,
  peak: Float64Array,
): void {
  const firstDay = Math.ceil(firstMinute / 1440) * 1440 - firstMinute;
  for (let day = firstDay - 1440; day < cpu.length; day += 1440) {
    const start = day + 60 + Math.floor(r.uniform(0, 30));
    const length = Math.floor(r.uniform(45, 120));
    const cores = p.extra * r.uniform(0.8, 1);
    const memory = p.memory * r.uniform(1, 2);
    for (let i = 0; i < length; i++) {
      const k = start + i;
      if (k < 0 || k >= cpu.length) continue;
      cpu[k] = cores * (1 + 0.1 * r.normal());
      scraped[k] = (scraped[k] as number) + (memory * (i + 1)) / length;
      peak[k] = Math.max(peak[k] as number, scraped[k] as number);
    }
  }
}
