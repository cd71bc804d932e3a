import type { ContainerStateTerminated } from '../resources/types.ts';
import type { ContainerInstance } from './logs.ts';
import type { BehaviourProfile } from './profiles.ts';

export const INITIAL_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 300_000;

/** The kubelet's per-container back-off (crash loops and image pulls): 10s doubling to 5m. */
export type Backoff = { durationMs: number; lastUpdate: number };

/** Starts or extends a back-off at `now`, resetting it when it has been quiet for 2× the cap. */
export function nextBackoff(backoff: Backoff | undefined, now: number): Backoff {
  if (!backoff || now - backoff.lastUpdate > 2 * MAX_BACKOFF_MS)
    return { durationMs: INITIAL_BACKOFF_MS, lastUpdate: now };
  return { durationMs: Math.min(backoff.durationMs * 2, MAX_BACKOFF_MS), lastUpdate: now };
}

/** Whether `now` still falls inside the back-off window. */
export function inBackoff(backoff: Backoff | undefined, now: number): boolean {
  if (!backoff || now - backoff.lastUpdate > 2 * MAX_BACKOFF_MS) return false;
  return now - backoff.lastUpdate < backoff.durationMs;
}

/** Go's `time.Duration.String()` for whole seconds: `10s`, `1m20s`, `5m0s`. */
export function goDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

/** A planned end of the running instance. */
export type PlannedExit = {
  at: number;
  exitCode: number;
  reason: string;
  log: string[];
  kind: 'crash' | 'oom' | 'complete' | 'liveness';
};

/** The kubelet's view of one container of one pod. */
export type ContainerRuntime = {
  name: string;
  image: string;
  profile: BehaviourProfile;
  state: 'waiting' | 'running' | 'terminated';
  waiting?: { reason: string; message?: string };
  restartCount: number;
  /** The running (or last) instance: the "current" log. */
  current?: ContainerInstance;
  /** The instance before `current`: `kubectl logs --previous`. */
  previous?: ContainerInstance;
  containerId?: string;
  startedAt?: number;
  /** Set while the container is terminated and not (yet) restarted. */
  terminated?: ContainerStateTerminated;
  lastTerminated?: ContainerStateTerminated;
  backoff?: Backoff;
  restartAt?: number;
  pulled: boolean;
  pullBackoff?: Backoff;
  pullRetryAt?: number;
  pullFailedAt?: number;
  pullBackoffShown?: boolean;
  configRetryAt?: number;
  configError?: string;
  env: Record<string, string>;
  /** When each failure mode (by index) started to hold during this instance. */
  failureSince: Map<number, number>;
  /** Failure modes that already took effect this instance (hang and unready persist). */
  fired: Set<number>;
  /** The last probe time for which Unhealthy events were recorded. */
  livenessEventsUntil?: number;
  readinessEventsUntil?: number;
  ready: boolean;
};

export function newContainerRuntime(
  name: string,
  image: string,
  profile: BehaviourProfile,
): ContainerRuntime {
  return {
    name,
    image,
    profile,
    state: 'waiting',
    waiting: { reason: 'ContainerCreating' },
    restartCount: 0,
    pulled: false,
    env: {},
    failureSince: new Map(),
    fired: new Set(),
    ready: false,
  };
}
