import type { Signal } from '@sre-agent/core';
import type { SnapshotList } from '../snapshot.ts';
import { crashLoopBackOff } from './crash-loop-back-off.ts';
import { createContainerConfigError } from './create-container-config-error.ts';
import { createContainerError } from './create-container-error.ts';
import { errImagePull } from './err-image-pull.ts';
import { evicted } from './evicted.ts';
import { failedMount } from './failed-mount.ts';
import { imagePullBackOff } from './image-pull-back-off.ts';
import { initContainerStuck } from './init-container-stuck.ts';
import { jobFailed } from './job-failed.ts';
import { memoryLimitForecast } from './memory-limit-forecast.ts';
import { nodeNotReady } from './node-not-ready.ts';
import { nodePressure } from './node-pressure.ts';
import { oomKilled } from './oom-killed.ts';
import { probeFailure } from './probe-failure.ts';
import { runContainerError } from './run-container-error.ts';
import type { DetectorSpec } from './spec.ts';
import { unschedulable } from './unschedulable.ts';
import { volumeFillingForecast } from './volume-filling-forecast.ts';

/**
 * Signals the monitor never raises: an alert it has no check for, and a runtime threat reported by
 * GuardDuty or Falco (the security guardian's quarantine).
 */
type AlertOnlySignal = 'Alert' | 'RuntimeThreat';

/** A signal the monitor finds by itself; every other signal of core's `SignalSchema` is one. */
export type MonitorSignal = Exclude<Signal, AlertOnlySignal>;

/**
 * The monitor's detectors, one module each, by the signal each raises. Adding one is its module,
 * its test and one line here; the compiler refuses a signal of core's `SignalSchema` without a
 * detector (or a detector filed under another signal's name). Order breaks ties of specificity.
 */
const DETECTORS_BY_SIGNAL = {
  Evicted: evicted,
  Unschedulable: unschedulable,
  OOMKilled: oomKilled,
  CreateContainerConfigError: createContainerConfigError,
  CreateContainerError: createContainerError,
  RunContainerError: runContainerError,
  FailedMount: failedMount,
  ErrImagePull: errImagePull,
  ImagePullBackOff: imagePullBackOff,
  CrashLoopBackOff: crashLoopBackOff,
  InitContainerStuck: initContainerStuck,
  ProbeFailure: probeFailure,
  NodeNotReady: nodeNotReady,
  NodePressure: nodePressure,
  JobFailed: jobFailed,
  MemoryLimitForecast: memoryLimitForecast,
  VolumeFillingForecast: volumeFillingForecast,
} as const satisfies { [S in MonitorSignal]: DetectorSpec<S> };

/** Every detector, in registry order. */
export const DETECTORS: readonly DetectorSpec<MonitorSignal>[] = Object.values(DETECTORS_BY_SIGNAL);

/** The lists of the snapshot some detector reads: what a monitor pass reads, and nothing more. */
export const MONITOR_READS: readonly SnapshotList[] = [...new Set(DETECTORS.flatMap((d) => d.reads))];
