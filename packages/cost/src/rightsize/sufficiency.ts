import type { UsageProfile } from '../usage/types.ts';
import type { RightsizeOptions } from './options.ts';

export type DataSufficiency = {
  /** Hours from the first hour with data to the end of the window. */
  historyHours: number;
  /** Share of those hours with data. */
  coverage: number;
  /** The longest run of hours without data after the first. */
  longestGapHours: number;
  restarts: number;
  /** Why the history cannot carry a recommendation; undefined when it can. */
  insufficient?: string;
};

/** Whether a profile's history is long, complete and stable enough to size from. */
export function checkSufficiency(profile: UsageProfile, options: RightsizeOptions): DataSufficiency {
  const { cpuMax, memoryMax } = profile.hourly;
  const hours = Math.max(cpuMax.length, memoryMax.length);
  const has = (h: number) => cpuMax[h] != null || memoryMax[h] != null;
  let first = 0;
  while (first < hours && !has(first)) first++;
  const historyHours = hours - first;
  let withData = 0;
  let gap = 0;
  let longestGapHours = 0;
  for (let h = first; h < hours; h++) {
    if (has(h)) {
      withData++;
      gap = 0;
    } else {
      gap++;
      longestGapHours = Math.max(longestGapHours, gap);
    }
  }
  const coverage = historyHours === 0 ? 0 : withData / historyHours;
  const { minHistoryHours, minCoverage } = options.sufficiency;
  const result: DataSufficiency = { historyHours, coverage, longestGapHours, restarts: profile.restarts };
  if (historyHours < minHistoryHours) {
    result.insufficient = `only ${historyHours} h of history (at least ${minHistoryHours} h needed)`;
  } else if (coverage < minCoverage) {
    result.insufficient = `metrics cover ${Math.round(coverage * 100)}% of the last ${historyHours} h (at least ${Math.round(minCoverage * 100)}% needed; longest gap ${longestGapHours} h)`;
  }
  return result;
}

/** Restarts per day of history: a container that keeps restarting never shows its real working set. */
export function restartsPerDay(sufficiency: DataSufficiency): number {
  return sufficiency.historyHours === 0 ? 0 : sufficiency.restarts / (sufficiency.historyHours / 24);
}
