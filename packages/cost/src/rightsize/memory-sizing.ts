import type { UsageProfile } from '../usage/types.ts';
import type { RightsizeOptions } from './options.ts';
import { type Trend, theilSen } from './theil-sen.ts';

const MI = 1024 * 1024;

export type MemorySizing = {
  requestBytes: number;
  limitBytes: number;
  /** (max − p99) / p99: how far rare moments stand above the usual top. */
  spikeRatio: number;
  /** Theil–Sen slope over hourly maxima, MiB per day. */
  trendMiBPerDay: number;
  trendConsistency: number;
  /** A steady rise that another window would carry on: the memory must not be shrunk. */
  leak: boolean;
  strategy: 'max' | 'spike-aware' | 'trend';
  reason: string;
};

/** Each hour's maximum over the `span` hours up to it (null until a full span has data). */
export function runningMaxima(hourly: readonly (number | null)[], span: number): (number | null)[] {
  return hourly.map((_, h) => {
    if (h < span - 1) return null;
    let max: number | null = null;
    for (let i = h - span + 1; i <= h; i++) {
      const v = hourly[i];
      if (v != null && (max == null || v > max)) max = v;
    }
    return max;
  });
}

/**
 * The Theil–Sen trend of the 24-hour running maximum of the hourly working set: a daily cycle
 * flattens out, so a leak under a diurnal load shows as clearly as a leak under a steady one.
 */
export function memoryTrend(profile: UsageProfile): Trend {
  return theilSen(runningMaxima(profile.hourly.memoryMax, 24));
}

/**
 * Memory request and limit: the maximum plus headroom (KRR's request = limit = max × 1.15), with
 * two departures. Short spikes (the maximum far above the p99) leave the request at the maximum
 * but give the limit room for the peaks a 1-minute scrape misses. A steady rise (a leak) is
 * reported and not sized at all: the caller keeps the current memory.
 */
export function sizeMemory(
  profile: UsageProfile,
  windowHours: number,
  options: RightsizeOptions,
): MemorySizing {
  const { p99, max } = profile.memory;
  const headroom = 1 + options.memoryHeadroom;
  const floor = options.floors.memoryBytes;
  const trend = memoryTrend(profile);
  const growth = trend.slope * windowHours;
  const spikeRatio = p99 > 0 ? (max - p99) / p99 : 0;
  const base = {
    spikeRatio,
    trendMiBPerDay: (trend.slope * 24) / MI,
    trendConsistency: trend.consistency,
  };
  if (growth >= options.trend.minGrowthShare * max && trend.consistency >= options.trend.minConsistency) {
    return {
      ...base,
      requestBytes: Math.max(max * headroom, floor),
      limitBytes: Math.max((max + growth) * headroom, floor),
      leak: true,
      strategy: 'trend',
      reason: `memory rises steadily by ${Math.round(base.trendMiBPerDay)} MiB/day (Theil–Sen over the 24-hour running maximum; ${pct(trend.consistency)} net rising pairs): a possible leak, memory not lowered`,
    };
  }
  const requestBytes = Math.max(max * headroom, floor);
  // Peaks that differ from day to day (a nightly batch's size) make a week's maximum a draw, not a
  // ceiling: the limit (not the request) also allows the maximum plus that day-to-day spread.
  // Under 5% of the maximum, the spread is the scrape noise of a steady container: ignored.
  const rawSpread = dailyPeakSpread(profile.hourly.memoryMax);
  const spread = rawSpread >= 0.05 * max ? rawSpread : 0;
  const spreadLimit = (max + spread) * headroom;
  const spreadNote =
    spreadLimit > requestBytes * 1.01
      ? `; daily peaks vary by ${mib(spread)}, so the limit allows the max plus that`
      : '';
  if (spikeRatio > options.spike.ratio) {
    const peak = p99 + options.spike.excursionFactor * (max - p99);
    return {
      ...base,
      requestBytes,
      limitBytes: Math.max(peak * headroom, spreadLimit, requestBytes),
      leak: false,
      strategy: 'spike-aware',
      reason: `short memory spikes (max ${mib(max)} vs p99 ${mib(p99)}): limit allows ${options.spike.excursionFactor}× the excursion seen, since a 1-minute scrape catches few peaks${spreadNote}`,
    };
  }
  return {
    ...base,
    requestBytes,
    limitBytes: Math.max(requestBytes, spreadLimit),
    leak: false,
    strategy: 'max',
    reason: `memory request${spreadNote ? '' : ' = limit'} = max ${mib(max)} + ${Math.round(options.memoryHeadroom * 100)}%${spreadNote}`,
  };
}

/** Highest minus lowest of the daily peaks (whole days of hourly maxima, newest backwards); 0 under 3 days. */
export function dailyPeakSpread(hourly: readonly (number | null)[]): number {
  const peaks: number[] = [];
  for (let end = hourly.length; end - 24 >= 0; end -= 24) {
    let peak: number | null = null;
    for (let h = end - 24; h < end; h++) {
      const v = hourly[h];
      if (v != null && (peak == null || v > peak)) peak = v;
    }
    if (peak != null) peaks.push(peak);
  }
  return peaks.length < 3 ? 0 : Math.max(...peaks) - Math.min(...peaks);
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function mib(bytes: number): string {
  return `${Math.round(bytes / MI)}Mi`;
}
