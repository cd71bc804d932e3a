import type { ClusterReader } from '@sre-agent/kube';
import type { Detection } from '../detection.ts';
import { capLine } from '../diagnosis/evidence/bound-text.ts';
import { DETECTORS, MONITOR_READS } from './detectors/registry.ts';
import type { ForecastView } from './detectors/spec.ts';
import { type ClusterSnapshot, readSnapshot } from './snapshot.ts';

export type { ForecastView } from './detectors/spec.ts';
export type { ClusterSnapshot } from './snapshot.ts';

/** Longest reason kept: it quotes messages from the cluster (conditions, events), which are untrusted. */
export const MAX_DETECTION_REASON_CHARS = 1024;

/** Reads what the registered detectors need of a cluster, through the read-only reader. */
export function readMonitorSnapshot(reader: ClusterReader): Promise<ClusterSnapshot> {
  return readSnapshot(reader, MONITOR_READS);
}

/**
 * Finds the problems a cluster shows right now with every registered detector, one detection per
 * affected workload (the most specific signal wins, ties to the earlier detector), so that ten
 * crashing replicas make one incident. `forecasts` (the observer's, when the cluster has metrics)
 * feed the forecast detectors.
 */
export function detectProblems(
  snapshot: ClusterSnapshot,
  now: Date,
  forecasts?: readonly ForecastView[],
): Detection[] {
  const best = new Map<string, { detection: Detection; specificity: number }>();
  for (const detector of DETECTORS) {
    for (const found of detector.detect(snapshot, { now, ...(forecasts ? { forecasts } : {}) })) {
      const t = found.target;
      const key = `${t.namespace}/${t.kind}/${t.name}`;
      const current = best.get(key);
      if (current && current.specificity >= detector.specificity) continue;
      const detection = { ...found, reason: capLine(found.reason, MAX_DETECTION_REASON_CHARS) };
      best.set(key, { detection, specificity: detector.specificity });
    }
  }
  return [...best.values()].map((entry) => entry.detection);
}
