import { monthlyRequestCostUsd, type UnitPrices } from '../money/prices.ts';
import type { AutoscalerTarget, ContainerRef, ContainerResources, ContainerUsage } from '../usage/types.ts';
import { cpuDutyCycle, sizeCpu } from './cpu-sizing.ts';
import { sizeMemory } from './memory-sizing.ts';
import type { RightsizeOptions } from './options.ts';
import { roundCpu, roundMemory } from './quantity.ts';
import { checkSufficiency, restartsPerDay } from './sufficiency.ts';

/** What a recommendation rests on, in plain numbers (cores, bytes, hours). */
export type RecommendationEvidence = {
  historyHours: number;
  coverage: number;
  longestGapHours: number;
  restarts: number;
  oomKilled: boolean;
  replicas: number;
  cpu: { p50: number; p95: number; p99: number; max: number; dutyCycle: number };
  memory: {
    p50: number;
    p99: number;
    max: number;
    spikeRatio: number;
    trendMiBPerDay: number;
    trendConsistency: number;
  };
  autoscaler?: string;
};

export type RecommendationAction = 'resize' | 'keep' | 'insufficient-data';

/** One container's right-sizing: what it has, what it should have, why, and what that saves. */
export type Recommendation = {
  ref: ContainerRef;
  action: RecommendationAction;
  current: ContainerResources;
  recommended: ContainerResources;
  reasons: string[];
  evidence: RecommendationEvidence;
  /** Saved per month on requests, all replicas (negative: the container needs more). */
  monthlySavingsUsd: number;
};

/** The HPA that scales this container's workload, if any. */
export function autoscalerOf(
  ref: ContainerRef,
  autoscalers: readonly AutoscalerTarget[],
): AutoscalerTarget | undefined {
  return autoscalers.find(
    (a) => a.namespace === ref.namespace && a.target.kind === ref.kind && a.target.name === ref.workload,
  );
}

/** Keeps the current value when the new one differs from it by less than `share`. */
function unlessSmall(current: number | undefined, next: number, share: number): number {
  if (current == null || current === 0) return next;
  return Math.abs(next - current) / current < share ? current : next;
}

/**
 * Right-sizes one container from its usage: pure, deterministic, no I/O.
 * @example
 * const rec = recommend(usage, { autoscalers: [], options: DEFAULT_RIGHTSIZE_OPTIONS, prices: DEFAULT_UNIT_PRICES, windowHours: 168 });
 */
export function recommend(
  usage: ContainerUsage,
  context: {
    autoscalers: readonly AutoscalerTarget[];
    options: RightsizeOptions;
    prices: UnitPrices;
    windowHours: number;
  },
): Recommendation {
  const { profile, current, ref, replicas } = usage;
  const { options, prices } = context;
  const sufficiency = checkSufficiency(profile, options);
  const cpu = sizeCpu(profile, options);
  const memory = sizeMemory(profile, context.windowHours, options);
  const autoscaler = autoscalerOf(ref, context.autoscalers);
  const evidence: RecommendationEvidence = {
    historyHours: sufficiency.historyHours,
    coverage: sufficiency.coverage,
    longestGapHours: sufficiency.longestGapHours,
    restarts: profile.restarts,
    oomKilled: profile.oomKilled,
    replicas,
    cpu: { ...profile.cpu, dutyCycle: cpuDutyCycle(profile) },
    memory: {
      ...profile.memory,
      spikeRatio: memory.spikeRatio,
      trendMiBPerDay: memory.trendMiBPerDay,
      trendConsistency: memory.trendConsistency,
    },
    ...(autoscaler ? { autoscaler: `${autoscaler.managedBy}:${autoscaler.name}` } : {}),
  };
  if (sufficiency.insufficient) {
    return {
      ref,
      action: 'insufficient-data',
      current,
      recommended: { ...current },
      reasons: [sufficiency.insufficient],
      evidence,
      monthlySavingsUsd: 0,
    };
  }

  const reasons: string[] = [];
  const share = options.minChangeShare;
  let cpuRequest = unlessSmall(current.cpuRequestCores, roundCpu(cpu.requestCores), share);
  if (autoscaler?.resourceMetrics.includes('cpu')) {
    cpuRequest = current.cpuRequestCores ?? cpuRequest;
    reasons.push(
      `CPU request left alone: ${autoscaler.managedBy === 'keda' ? 'KEDA' : 'the HPA'} ${autoscaler.name} scales on CPU utilisation, which is relative to the request`,
    );
  } else {
    reasons.push(cpu.reason);
  }
  if (current.cpuLimitCores != null && cpuRequest > current.cpuLimitCores) {
    reasons.push(
      `CPU request capped at the current limit ${current.cpuLimitCores} cores (remove the limit to give it more)`,
    );
    cpuRequest = current.cpuLimitCores;
  }

  let memoryRequest = unlessSmall(current.memoryRequestBytes, roundMemory(memory.requestBytes), share);
  let memoryLimit = unlessSmall(current.memoryLimitBytes, roundMemory(memory.limitBytes), share);
  const keepMemory = (why: string) => {
    memoryRequest = current.memoryRequestBytes ?? memoryRequest;
    memoryLimit = current.memoryLimitBytes ?? memoryLimit;
    reasons.push(why);
  };
  if (autoscaler?.resourceMetrics.includes('memory')) {
    keepMemory(
      `memory left alone: ${autoscaler.name} scales on memory utilisation, which is relative to the request`,
    );
  } else if (memory.leak) {
    keepMemory(memory.reason);
    const last = profile.hourly.memoryMax.findLast((v) => v != null) ?? profile.memory.max;
    const slopePerDay = memory.trendMiBPerDay * 1024 * 1024;
    if (current.memoryLimitBytes != null && slopePerDay > 0) {
      const days = (current.memoryLimitBytes - last) / slopePerDay;
      reasons.push(
        days <= 0
          ? 'already at its memory limit'
          : `at this rate it reaches its memory limit in ${days.toFixed(1)} days`,
      );
    }
  } else if (profile.oomKilled) {
    // Never lower memory for a container the kernel killed for memory in the window.
    memoryRequest = Math.max(memoryRequest, current.memoryRequestBytes ?? 0);
    memoryLimit = Math.max(memoryLimit, current.memoryLimitBytes ?? 0);
    reasons.push('OOMKilled in the window: memory not lowered');
  } else if (restartsPerDay(sufficiency) > options.sufficiency.maxRestartsPerDay) {
    keepMemory(
      `restarted ${profile.restarts} times in ${sufficiency.historyHours} h: its working set never got to grow, memory not lowered`,
    );
  } else {
    reasons.push(memory.reason);
  }
  memoryLimit = Math.max(memoryLimit, memoryRequest);

  const recommended: ContainerResources = {
    cpuRequestCores: cpuRequest,
    ...(current.cpuLimitCores != null ? { cpuLimitCores: current.cpuLimitCores } : {}),
    memoryRequestBytes: memoryRequest,
    memoryLimitBytes: memoryLimit,
  };
  const changed =
    recommended.cpuRequestCores !== current.cpuRequestCores ||
    recommended.memoryRequestBytes !== current.memoryRequestBytes ||
    recommended.memoryLimitBytes !== current.memoryLimitBytes;
  if (!changed) reasons.push(`within ${Math.round(share * 100)}% of what it has: nothing to change`);
  const cost = (r: ContainerResources) =>
    monthlyRequestCostUsd(
      { cpuCores: r.cpuRequestCores ?? 0, memoryBytes: r.memoryRequestBytes ?? 0 },
      Math.max(replicas, 1),
      prices,
    );
  return {
    ref,
    action: changed ? 'resize' : 'keep',
    current,
    recommended,
    reasons,
    evidence,
    monthlySavingsUsd: changed ? cost(current) - cost(recommended) : 0,
  };
}

/** KRR's simple strategy on the same profile, the baseline to beat: CPU p95, memory request = limit = max × 1.15. */
export function krrSimple(
  usage: ContainerUsage,
  floors: { cpuCores: number; memoryBytes: number } = { cpuCores: 0.01, memoryBytes: 100 * 1e6 },
): { cpuRequestCores: number; memoryRequestBytes: number; memoryLimitBytes: number } {
  const memory = roundMemory(Math.max(usage.profile.memory.max * 1.15, floors.memoryBytes));
  return {
    cpuRequestCores: roundCpu(Math.max(usage.profile.cpu.p95, floors.cpuCores)),
    memoryRequestBytes: memory,
    memoryLimitBytes: memory,
  };
}
