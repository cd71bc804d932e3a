import { DEFAULT_UNIT_PRICES, monthlyRequestCostUsd } from '../src/money/prices.ts';
import { DEFAULT_RIGHTSIZE_OPTIONS, type RightsizeOptions } from '../src/rightsize/options.ts';
import { krrSimple, recommend } from '../src/rightsize/recommend.ts';
import { type Archetype, type SyntheticWeek, syntheticWorkload } from '../src/testing/synthetic-usage.ts';
import { profileFromSeries } from '../src/usage/profile-from-series.ts';

/** How a recommendation fares on a week it was not fitted on. */
export type ReplayOutcome = {
  currentCostUsd: number;
  recommendedCostUsd: number;
  minutesAboveCpuRequest: number;
  minutes: number;
  /** Minutes whose true working-set peak exceeded the memory limit. */
  oomMinutes: number;
};

export type Sizing = { cpuRequestCores: number; memoryRequestBytes: number; memoryLimitBytes: number };

export function replay(week: SyntheticWeek, current: Sizing, sizing: Sizing): ReplayOutcome {
  let above = 0;
  let oom = 0;
  for (let k = 0; k < week.cpuCores.length; k++) {
    if ((week.cpuCores[k] as number) > sizing.cpuRequestCores) above++;
    if ((week.memoryPeakBytes[k] as number) > sizing.memoryLimitBytes) oom++;
  }
  const cost = (s: Sizing) =>
    monthlyRequestCostUsd(
      { cpuCores: s.cpuRequestCores, memoryBytes: s.memoryRequestBytes },
      1,
      DEFAULT_UNIT_PRICES,
    );
  return {
    currentCostUsd: cost(current),
    recommendedCostUsd: cost(sizing),
    minutesAboveCpuRequest: above,
    minutes: week.cpuCores.length,
    oomMinutes: oom,
  };
}

export type ArchetypeReplay = { archetype: Archetype; ours: ReplayOutcome[]; krr: ReplayOutcome[] };

/** Fits ours and KRR's formula on week 0 of each seed, replays both on week 1. */
export function replayArchetype(
  archetype: Archetype,
  seeds: readonly number[],
  options: RightsizeOptions = DEFAULT_RIGHTSIZE_OPTIONS,
): ArchetypeReplay {
  const ours: ReplayOutcome[] = [];
  const krr: ReplayOutcome[] = [];
  for (const seed of seeds) {
    const workload = syntheticWorkload({ archetype, seed, startEpochSeconds: 1_767_225_600 });
    const usage = {
      ref: workload.ref,
      replicas: 1,
      current: workload.current,
      profile: profileFromSeries(workload.week(0)),
    };
    const rec = recommend(usage, { autoscalers: [], options, prices: DEFAULT_UNIT_PRICES, windowHours: 168 });
    const current: Sizing = {
      cpuRequestCores: workload.current.cpuRequestCores ?? 0,
      memoryRequestBytes: workload.current.memoryRequestBytes ?? 0,
      memoryLimitBytes: workload.current.memoryLimitBytes ?? Number.POSITIVE_INFINITY,
    };
    const unseen = workload.week(1);
    ours.push(
      replay(unseen, current, {
        cpuRequestCores: rec.recommended.cpuRequestCores ?? 0,
        memoryRequestBytes: rec.recommended.memoryRequestBytes ?? 0,
        memoryLimitBytes: rec.recommended.memoryLimitBytes ?? Number.POSITIVE_INFINITY,
      }),
    );
    krr.push(replay(unseen, current, krrSimple(usage)));
  }
  return { archetype, ours, krr };
}

export type ReplaySummary = {
  savingsPct: number;
  aboveCpuPct: number;
  oomMinutes: number;
  workloadsWithOom: number;
};

export function summarise(outcomes: readonly ReplayOutcome[]): ReplaySummary {
  const current = outcomes.reduce((s, o) => s + o.currentCostUsd, 0);
  const recommended = outcomes.reduce((s, o) => s + o.recommendedCostUsd, 0);
  const above = outcomes.reduce((s, o) => s + o.minutesAboveCpuRequest, 0);
  const minutes = outcomes.reduce((s, o) => s + o.minutes, 0);
  return {
    savingsPct: current === 0 ? 0 : ((current - recommended) / current) * 100,
    aboveCpuPct: minutes === 0 ? 0 : (above / minutes) * 100,
    oomMinutes: outcomes.reduce((s, o) => s + o.oomMinutes, 0),
    workloadsWithOom: outcomes.filter((o) => o.oomMinutes > 0).length,
  };
}
