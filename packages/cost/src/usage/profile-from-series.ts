import { cpuRatePerMinute, hourlyMaxima, maxOf, present, quantileOfSorted } from './series-stats.ts';
import type { UsageProfile } from './types.ts';

/** One container's raw minute series: mean CPU cores per minute and the scraped working set per minute. */
export type MinuteSeries = {
  cpuCores: ArrayLike<number>;
  memoryScrapedBytes: ArrayLike<number>;
  oomKilled?: boolean;
  restarts?: number;
};

/**
 * The usage profile of one container from its minute series, by the in-memory twins of the
 * adapter's PromQL (quantile and max over the 5-minute rate sampled each minute, over the raw
 * working set, and per hour). Replays and tests use it where no Prometheus runs.
 */
export function profileFromSeries(series: MinuteSeries): UsageProfile {
  const rates = cpuRatePerMinute(Array.from(series.cpuCores));
  const cpu = present(rates).sort((a, b) => a - b);
  const memory = Array.from(series.memoryScrapedBytes).sort((a, b) => a - b);
  return {
    cpu: {
      p50: quantileOfSorted(cpu, 0.5),
      p95: quantileOfSorted(cpu, 0.95),
      p99: quantileOfSorted(cpu, 0.99),
      max: maxOf(cpu),
    },
    memory: {
      p50: quantileOfSorted(memory, 0.5),
      p99: quantileOfSorted(memory, 0.99),
      max: maxOf(memory),
    },
    hourly: {
      cpuMax: hourlyMaxima(rates, 1).slice(0, Math.ceil(series.cpuCores.length / 60)),
      memoryMax: hourlyMaxima(Array.from(series.memoryScrapedBytes)),
    },
    oomKilled: series.oomKilled ?? false,
    restarts: series.restarts ?? 0,
  };
}
