/**
 * A probe that kills the container over and over: the kubelet has restarted it already, each time
 * into the same failure (a start-up that fails its checks, a dependency it waits on, content it
 * cannot find). Another restart, of the pod or of every pod, repeats what the kubelet did: the
 * restart a probe entry offers is withdrawn and the probe's cause is left to a human. Unless the
 * log names a file in an emptyDir the container mounts: what it keeps there survives the kubelet's
 * restarts and not a new pod, which may then be the fix.
 */
import type { ActionKind } from '../actions/registry.ts';
import { type DiagnosisCandidate, escalatedInstead } from './candidate.ts';
import type { Evidence } from './evidence/index.ts';

/** Restarts by the kubelet after which another restart is known not to help. */
export const RESTARTED_ENOUGH = 3;
/** The restarts a candidate may offer: of the one pod, or of every pod of the workload. */
export const RESTARTS: readonly ActionKind[] = ['restart-pod', 'rollout-restart'];

export function weighRepeatedProbeKills(
  candidate: DiagnosisCandidate,
  evidence: Evidence,
): DiagnosisCandidate {
  const first = candidate.actions[0]?.kind;
  if (candidate.category !== 'probe' || !first || !RESTARTS.includes(first)) return candidate;
  const chosen = evidence.containers.find((c) => c.name === evidence.container);
  if (chosen?.reason !== 'CrashLoopBackOff' || chosen.restartCount < RESTARTED_ENOUGH) return candidate;
  // Files in an emptyDir outlive the container's restarts, not a new pod's: a stale lock file or a
  // full /dev/shm hangs every restarted container and no new pod. When the log names a path under
  // such a mount, the kubelet's restarts say nothing of a new pod (a /tmp it never mentions does).
  const log = `${evidence.logs.previous?.text ?? ''}\n${evidence.logs.current?.text ?? ''}`;
  if (chosen.scratchPaths?.some((path) => log.includes(`${path}/`))) return candidate;
  return escalatedInstead(candidate, RESTARTS, {
    note: `The kubelet has restarted ${chosen.name} ${chosen.restartCount} times already, each time into the same failure: another restart repeats that. What fails its probe is in the killed instance's log (kubectl logs --previous).`,
    reason: `${chosen.name} keeps failing its probe after ${chosen.restartCount} restarts: a restart does not clear it; read what the killed instance logged.`,
  });
}
