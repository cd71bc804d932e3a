import * as z from 'zod';

const MI = 1024 * 1024;

/**
 * How the right-sizing engine decides; every threshold has a default that the synthetic-week
 * benchmark (`npm run bench -- cost`) was run with.
 */
export const RightsizeOptionsSchema = z.strictObject({
  /** Nothing is recommended below these (a request of 1m CPU or 8Mi memory starves on any node). */
  floors: z
    .strictObject({
      cpuCores: z.number().positive().default(0.01),
      memoryBytes: z
        .number()
        .positive()
        .default(64 * MI),
    })
    .default({ cpuCores: 0.01, memoryBytes: 64 * MI }),
  /** Memory headroom over the highest working set seen (KRR uses the same 15%). */
  memoryHeadroom: z.number().min(0).max(2).default(0.15),
  /**
   * Short memory spikes: when the maximum stands above the p99 by more than `ratio` of the p99, the
   * maximum comes from a few scraped moments of spikes whose peaks a 1-minute scrape mostly misses,
   * so the limit allows `excursionFactor` times the excursion seen (the request stays at the maximum).
   */
  spike: z
    .strictObject({
      ratio: z.number().positive().default(0.2),
      excursionFactor: z.number().min(1).default(2),
    })
    .default({ ratio: 0.2, excursionFactor: 2 }),
  /**
   * A memory trend (a leak): the Theil–Sen slope over hourly maxima would add at least `minGrowthShare`
   * of the maximum over another window, and at least `minConsistency` more pairs rise than fall.
   */
  trend: z
    .strictObject({
      minGrowthShare: z.number().positive().default(0.1),
      minConsistency: z.number().min(0).max(1).default(0.5),
    })
    .default({ minGrowthShare: 0.1, minConsistency: 0.5 }),
  /**
   * Peak-aware CPU: a container busy in at most `maxDutyCycle` of the hours (an hour is busy when its
   * highest rate reaches half the window's maximum), whose p99 is at least `minPeakRatio` times its
   * p50, gets its p99: the p95 of a short nightly batch is its idle level and would starve the batch.
   */
  peakAware: z
    .strictObject({
      maxDutyCycle: z.number().min(0).max(1).default(0.15),
      minPeakRatio: z.number().min(1).default(2),
    })
    .default({ maxDutyCycle: 0.15, minPeakRatio: 2 }),
  /** Before recommending: enough history, few gaps, not crash-looping. */
  sufficiency: z
    .strictObject({
      minHistoryHours: z.number().positive().default(24),
      minCoverage: z.number().min(0).max(1).default(0.8),
      maxRestartsPerDay: z.number().min(0).default(3),
    })
    .default({ minHistoryHours: 24, minCoverage: 0.8, maxRestartsPerDay: 3 }),
  /** Changes smaller than this share of the current value are not worth a rollout. */
  minChangeShare: z.number().min(0).max(1).default(0.1),
});
export type RightsizeOptions = z.infer<typeof RightsizeOptionsSchema>;

export const DEFAULT_RIGHTSIZE_OPTIONS: RightsizeOptions = RightsizeOptionsSchema.parse({});
