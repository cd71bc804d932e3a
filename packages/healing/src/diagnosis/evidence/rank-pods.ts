/** Which pod and which container of a workload show the trouble best. */
import type { Signal } from '@sre-agent/core';
import type { Pod } from '@sre-agent/kube';
import type { ContainerSummary } from './schema.ts';

const CRASH_WAITING_REASONS = new Set([
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

/** Picks the pod that shows the trouble best: the detected signal first, then waiting reasons, restarts. */
export function worstPod(pods: readonly Pod[], signal: Signal): Pod | undefined {
  let best: { pod: Pod; score: number; created: number } | undefined;
  for (const pod of pods) {
    const score = podTroubleScore(pod, signal);
    const created = new Date(pod.metadata?.creationTimestamp ?? 0).getTime();
    if (!best || score > best.score || (score === best.score && created > best.created)) {
      best = { pod, score, created };
    }
  }
  return best?.pod;
}

function podTroubleScore(pod: Pod, signal: Signal): number {
  let score = 0;
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  for (const s of statuses) {
    const waiting = s.state?.waiting?.reason;
    if (
      waiting === signal ||
      s.lastState?.terminated?.reason === signal ||
      s.state?.terminated?.reason === signal
    ) {
      score += 200;
    }
    if (waiting && CRASH_WAITING_REASONS.has(waiting)) score += 100;
    if (!s.ready) score += 10;
    score += Math.min(s.restartCount ?? 0, 50);
  }
  if (pod.status?.reason === 'Evicted') score += signal === 'Evicted' ? 300 : 80;
  if (pod.status?.phase === 'Pending') score += signal === 'Unschedulable' ? 250 : 20;
  if (pod.status?.phase === 'Failed') score += 60;
  return score;
}

export function worstContainer(containers: readonly ContainerSummary[]): ContainerSummary | undefined {
  const score = (c: ContainerSummary) =>
    (c.reason && CRASH_WAITING_REASONS.has(c.reason) ? 100 : 0) +
    (c.lastTerminated?.reason === 'OOMKilled' || c.reason === 'OOMKilled' ? 100 : 0) +
    (c.lastTerminated || (c.state === 'terminated' && c.exitCode !== 0) ? 20 : 0) +
    (c.ready ? 0 : 10) +
    Math.min(c.restartCount, 50);
  let best: ContainerSummary | undefined;
  for (const c of containers) {
    // Init containers that completed fine are never the interesting ones.
    if (c.init && c.state === 'terminated' && c.exitCode === 0 && !c.lastTerminated) continue;
    if (!best || score(c) > score(best)) best = c;
  }
  return best ?? containers.find((c) => !c.init) ?? containers[0];
}

/** Whether a container is failing now: a crash or config waiting reason, an OOM kill, a failed exit. */
function failingNow(c: ContainerSummary): boolean {
  return (
    (c.reason !== undefined && (CRASH_WAITING_REASONS.has(c.reason) || c.reason === 'OOMKilled')) ||
    (c.state === 'terminated' && c.exitCode !== undefined && c.exitCode !== 0)
  );
}

/**
 * The container to diagnose when a detection or an alert names one: that container, unless it
 * shows no trouble of its own (not failing now, never restarted) while another container of the pod
 * (a sidecar such as istio-proxy, linkerd-proxy, fluent-bit or cloud-sql-proxy) is failing now; then
 * the failing one. Without a name: the worst container.
 */
export function failingContainer(
  containers: readonly ContainerSummary[],
  named: string | undefined,
): ContainerSummary | undefined {
  if (named === undefined) return worstContainer(containers);
  const chosen = containers.find((c) => c.name === named);
  if (!chosen || failingNow(chosen) || chosen.restartCount > 0) return chosen;
  return worstContainer(containers.filter((c) => c !== chosen && failingNow(c))) ?? chosen;
}
