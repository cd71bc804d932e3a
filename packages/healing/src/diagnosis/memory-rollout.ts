/**
 * A memory kill on a revision whose rollout changed how the runtime uses memory: its environment
 * gained or changed a variable that tunes the garbage collector, the allocator, the heap or the
 * worker count (`GOGC=800`, `MALLOC_ARENA_MAX`, `JAVA_TOOL_OPTIONS`, `NODE_OPTIONS`, `WEB_CONCURRENCY`).
 * Whether or not the failures began within the rollout window, a bigger limit would paper over what
 * the release changed: the raise is withdrawn and the variable named, for a human to weigh a
 * rollback. Names only: the evidence never holds env values.
 */
import { type DiagnosisCandidate, type DiagnosisResult, escalatedInstead } from './candidate.ts';
import type { Evidence } from './evidence/index.ts';

/** Variables that tune memory by their exact name. */
const MEMORY_TUNING_NAMES: readonly string[] = ['GOGC', 'GOMEMLIMIT', 'LD_PRELOAD', 'GODEBUG'];
/** Variables that tune memory by a part of their name. */
const MEMORY_TUNING_PARTS: readonly string[] = [
  'MALLOC',
  'JEMALLOC',
  'HEAP',
  'XMX',
  'JAVA_OPTS',
  'JAVA_TOOL_OPTIONS',
  'JDK_JAVA_OPTIONS',
  'NODE_OPTIONS',
  'GC_',
  'CONCURRENCY',
  'WORKERS',
  'MAX_CHILDREN',
  'THREADS',
  'MEMORY',
  'CACHE_SIZE',
];

/** Whether a variable's name says it tunes the runtime's memory. */
export function tunesMemory(name: string): boolean {
  const upper = name.slice(0, 120).toUpperCase();
  return MEMORY_TUNING_NAMES.includes(upper) || MEMORY_TUNING_PARTS.some((part) => upper.includes(part));
}

/** The memory-tuning variables the failing pod's revision changed, or none. */
function memoryTuningChanged(evidence: Evidence): string[] {
  const rollout = evidence.podReplicaSet
    ? evidence.rollouts.find((r) => r.replicaSet === evidence.podReplicaSet)
    : evidence.rollouts[0];
  if (!rollout) return [];
  const names = (rollout.changes.env ?? [])
    .filter((e) => e.container === evidence.container || evidence.container === undefined)
    .flatMap((e) => e.names);
  return names.filter(tunesMemory).slice(0, 4);
}

/** A best candidate that raises memory is withdrawn to an escalation naming what the rollout tuned. */
export function withoutRaiseAfterMemoryTuning(evidence: Evidence, result: DiagnosisResult): DiagnosisResult {
  if (result.kind !== 'matched') return result;
  const best: DiagnosisCandidate = result.best;
  if (best.actions[0]?.kind !== 'raise-memory-limit') return result;
  const tuned = memoryTuningChanged(evidence);
  if (tuned.length === 0) return result;
  const names = tuned.join(', ');
  const note = `The failing pod's revision changed how its runtime uses memory (${names}): a bigger limit would paper over what the release changed. Compare with the previous revision and roll back if the change is the cause.`;
  const guarded = escalatedInstead(best, ['raise-memory-limit'], {
    note,
    reason: `${best.summary} ${note}`,
    remediationHint: `Check what ${names} now says against the previous revision; roll back, or set it for the container's limit.`,
  });
  return { kind: 'matched', best: guarded, candidates: [guarded, ...result.candidates.slice(1)] };
}
