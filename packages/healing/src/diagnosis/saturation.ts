import type { DiagnosisCandidate } from './candidate.ts';
import type { EvidenceView } from './evidence-view.ts';
import { isErrorLevel } from './log-line.ts';

/** The catalog entry for every worker busy and work queueing up (catalog/platform.ts). */
export const WORKER_POOL_SATURATED = 'worker-pool-saturated';

/**
 * How a request-serving pool says it is full (PHP-FPM, Tomcat, Jetty, uWSGI, a thread pool): more
 * replicas add workers to it. A consumer's lag or backlog is not one of these: consumers beyond a
 * topic's partitions sit idle, and a hot key stays on one of them.
 */
const REQUEST_POOL_FULL: readonly string[] = [
  'max_children setting',
  'are currently busy',
  'Maximum number of threads',
  'Insufficient configured threads',
  'pool is EXHAUSTED',
  'pool EXHAUSTED',
  'listen queue of socket',
  'workers busy',
  'workers are busy',
  'workers_busy',
];

/**
 * Every worker of a request-serving pool busy while nothing else in the evidence fails: the load
 * grew, and one more replica
 * (within the policy's maximum and what the nodes and quota hold, verified afterwards) is what an
 * on-call engineer would do first; the escalation stays behind it. When the log shows an error of
 * any kind, or another entry names a cause (a slow dependency, an upstream, a lock, a limit), more
 * workers would only add load to what is failing: the candidate is left as it is, escalation only.
 */
export function weighSaturation(
  candidate: DiagnosisCandidate,
  view: EvidenceView,
  candidates: readonly DiagnosisCandidate[],
): DiagnosisCandidate {
  if (candidate.patternId !== WORKER_POOL_SATURATED) return candidate;
  const requestPool = candidate.evidence.some((e) =>
    REQUEST_POOL_FULL.some((words) => e.text.includes(words)),
  );
  if (!requestPool) return candidate;
  const failing = [...view.previous, ...view.current].some((line) => isErrorLevel(line.level));
  const otherCause = candidates.some((c) => c.patternId !== WORKER_POOL_SATURATED && !c.generic);
  if (failing || otherCause) return candidate;
  return {
    ...candidate,
    actions: [{ kind: 'scale-up', by: 1 }, ...candidate.actions],
    summary: `${candidate.summary} Nothing in the log fails or is slow: the load grew, so one more replica goes first.`,
  };
}
