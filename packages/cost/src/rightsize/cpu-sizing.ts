import { present } from '../usage/series-stats.ts';
import type { UsageProfile } from '../usage/types.ts';
import type { RightsizeOptions } from './options.ts';

export type CpuSizing = {
  requestCores: number;
  /** Share of hours whose highest rate reached half the window's maximum. */
  dutyCycle: number;
  strategy: 'p95' | 'peak-aware-p99';
  reason: string;
};

/** Share of hours with data whose highest CPU rate reached half the window's maximum. */
export function cpuDutyCycle(profile: UsageProfile): number {
  const hours = present(profile.hourly.cpuMax);
  if (hours.length === 0 || profile.cpu.max <= 0) return 1;
  return hours.filter((h) => h >= profile.cpu.max / 2).length / hours.length;
}

/**
 * The CPU request: the p95 of the 5-minute rate (KRR's choice, no CPU limit), except for a
 * low-duty-cycle container (a nightly batch, a cron-like worker) whose p95 is its idle level: it
 * gets its p99, so the work it exists for is not squeezed onto whatever CPU is left on the node.
 */
export function sizeCpu(profile: UsageProfile, options: RightsizeOptions): CpuSizing {
  const { p95, p99 } = profile.cpu;
  const dutyCycle = cpuDutyCycle(profile);
  const floor = options.floors.cpuCores;
  const { maxDutyCycle, minPeakRatio } = options.peakAware;
  // Low duty cycle and a busy level far above the usual one (p50): whether the p95 already falls
  // in the busy minutes depends on how long the batch runs, so the p99 is taken either way.
  if (dutyCycle <= maxDutyCycle && p99 >= minPeakRatio * Math.max(profile.cpu.p50, floor)) {
    return {
      requestCores: Math.max(p99, floor),
      dutyCycle,
      strategy: 'peak-aware-p99',
      reason: `CPU busy in ${pct(dutyCycle)} of hours, p99 ${p99.toFixed(3)} vs p50 ${profile.cpu.p50.toFixed(3)} cores: sized to the p99 so its busy periods get their CPU`,
    };
  }
  return {
    requestCores: Math.max(p95, floor),
    dutyCycle,
    strategy: 'p95',
    reason: `CPU request at the p95 of the 5-minute rate (${p95.toFixed(3)} cores)`,
  };
}

export function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}
