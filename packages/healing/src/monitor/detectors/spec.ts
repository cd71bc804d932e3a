import type { Signal } from '@sre-agent/core';
import type { Detection } from '../../detection.ts';
import type { ClusterSnapshot, SnapshotList } from '../snapshot.ts';

/**
 * Samples of metrics over a window, for detectors that need more than the cluster's objects (cost,
 * forecasts). No metrics port feeds it yet: a detector that uses it must cope with it being absent.
 */
export type MetricsView = {
  series(query: string): readonly { labels: Readonly<Record<string, string>>; values: readonly number[] }[];
};

/**
 * A problem the proactive observer sees coming (structurally `@sre-agent/observer`'s `Forecast`,
 * kept here so that healing does not depend on the observer's engine): what fills, in how many
 * minutes, the numbers behind it and the catalog action proposed (`warn`: only a warning).
 */
export type ForecastView = {
  kind: string;
  namespace: string;
  workload: string;
  workloadKind?: string | undefined;
  container?: string | undefined;
  resource: string;
  timeToLimitMinutes: number | null;
  evidence: readonly string[];
  action: { kind: string; params: Record<string, unknown> };
  /** The limit (bytes) a memory forecast counted down to, as the metrics reported it. */
  limitBytes?: number | undefined;
};

/** What a detector knows besides the snapshot. */
export type DetectorContext = {
  now: Date;
  metrics?: MetricsView;
  /** The cluster's forecasts due now (the observer's, over its metrics); absent without metrics. */
  forecasts?: readonly ForecastView[];
};

/** A detection of one detector's own signal. */
export type DetectionOf<S extends Signal> = Detection & { signal: S };

/**
 * One monitor check, in one module: the signal it raises, the lists of the snapshot it reads (the
 * reader reads those, and the read-only role must grant them), how specific its signal is, what it
 * looks for (for humans), and a pure `detect`.
 */
export type DetectorSpec<S extends Signal> = {
  signal: S;
  reads: readonly SnapshotList[];
  /**
   * When one workload shows several signals, the most specific one names the incident (an
   * OOMKilled container also crash-loops: OOMKilled says why). Ties go to the earlier detector.
   */
  specificity: number;
  /** What it looks for, in one or two sentences. */
  doc: string;
  /** The problems the snapshot shows now; `reason` carries the evidence (`container app: OOMKilled …`). */
  detect(snapshot: ClusterSnapshot, context: DetectorContext): readonly DetectionOf<S>[];
};

/** Declares a detector; the registry derives the monitor's signals and reads from these. */
export function defineDetector<const S extends Signal>(spec: DetectorSpec<S>): DetectorSpec<S> {
  return spec;
}
