import type { Pod } from '@sre-agent/kube';
import { podDetection } from './pod-detection.ts';
import { defineDetector } from './spec.ts';

/** The probe named by an `Unhealthy` event's message. */
export const PROBE_FAILED = /(Liveness|Readiness|Startup) probe failed/;

/** Probe failures count as a problem once the kubelet has reported them this many times. */
const PROBE_FAILURE_THRESHOLD = 3;
/** Only recent probe failures count. */
const PROBE_FAILURE_WINDOW_MS = 10 * 60_000;
/** A probe that has not failed for this long has stopped failing (probes run every few seconds). */
const PROBE_STILL_FAILING_MS = 2 * 60_000;

function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

export const probeFailure = defineDetector({
  signal: 'ProbeFailure',
  reads: ['events', 'pods', 'replicaSets'],
  specificity: 5,
  doc: 'A pod whose probes failed at least 3 times in the last 10 minutes and still fail (Unhealthy events); a readiness failure counts only while the pod is not Ready.',
  detect: (snapshot, { now }) => {
    const byPod = new Map<string, { count: number; probes: Set<string>; lastMs: number }>();
    for (const event of snapshot.events) {
      if (event.reason !== 'Unhealthy' || event.involvedObject.kind !== 'Pod') continue;
      const probe = PROBE_FAILED.exec(event.message ?? '')?.[1];
      if (!probe) continue;
      const last = new Date(event.lastTimestamp ?? event.eventTime ?? 0).getTime();
      if (now.getTime() - last > PROBE_FAILURE_WINDOW_MS) continue;
      const key = `${event.involvedObject.namespace}/${event.involvedObject.name}`;
      const seen = byPod.get(key) ?? { count: 0, probes: new Set<string>(), lastMs: 0 };
      seen.count += event.count ?? 1;
      seen.probes.add(probe.toLowerCase());
      seen.lastMs = Math.max(seen.lastMs, last);
      byPod.set(key, seen);
    }
    return [...byPod].flatMap(([key, { count, probes, lastMs }]) => {
      if (count < PROBE_FAILURE_THRESHOLD) return [];
      // Failures that stopped are history, not a problem now (a fixed pod keeps its old events for a while).
      if (now.getTime() - lastMs > PROBE_STILL_FAILING_MS) return [];
      const pod = snapshot.pods.find((p) => `${p.metadata?.namespace}/${p.metadata?.name}` === key);
      if (!pod) return [];
      if (!probes.has('liveness') && !probes.has('startup') && isPodReady(pod)) return [];
      return [
        podDetection(snapshot, pod, now, {
          signal: 'ProbeFailure',
          reason: `${[...probes].sort().join(' and ')} probe failed ${count} times in the last 10 minutes`,
        }),
      ];
    });
  },
});
