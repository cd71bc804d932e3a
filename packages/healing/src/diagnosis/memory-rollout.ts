/**
 * A memory kill on a revision whose rollout changed how the runtime uses memory: its environment
 * gained or changed a variable that tunes the garbage collector, the allocator, the heap or the
 * worker count (`GOGC=800`, `MALLOC_ARENA_MAX`, `JAVA_TOOL_OPTIONS`, `NODE_OPTIONS`, `WEB_CONCURRENCY`).
 * Whether or not the failures began within the rollout window (when the rollout is a day old at
 * most), a bigger limit would paper over what the release changed: the raise is withdrawn and the
 * variable named, for a human to weigh a rollback. Names only: the evidence never holds env values.
 */
import { type DiagnosisCandidate, type DiagnosisResult, escalatedInstead } from './candidate.ts';
import { rolloutOfThePod } from './correlate-rollout.ts';
import type { Evidence } from './evidence/index.ts';

/** Variables that tune memory by their exact name. */
const MEMORY_TUNING_NAMES: readonly string[] = [
  'GOGC',
  'GOMEMLIMIT',
  'LD_PRELOAD',
  'GODEBUG',
  'JAVA_OPTS',
  'JAVA_TOOL_OPTIONS',
  'JDK_JAVA_OPTIONS',
  '_JAVA_OPTIONS',
  'NODE_OPTIONS',
];
/** Parts of a name (split at `_`) that tune memory wherever they stand. */
const MEMORY_TUNING_PARTS: readonly string[] = [
  'MALLOC',
  'JEMALLOC',
  'XMX',
  'CONCURRENCY',
  'WORKERS',
  'THREADS',
  'MEMORY',
  'BUFSIZE',
  'BUFFERS',
];
/** Parts that size something beside `HEAP` or `CACHE` (`ES_HEAP_SIZE`, `MAX_HEAP`, `CACHE_SIZE`). */
const SIZING_PARTS: readonly string[] = ['SIZE', 'MAX', 'MIN', 'NEWSIZE', 'OPTS', 'LIMIT'];

/** Whether a variable's name says it tunes the runtime's memory (by its `_`-separated parts). */
export function tunesMemory(name: string): boolean {
  const upper = name.slice(0, 120).toUpperCase();
  if (MEMORY_TUNING_NAMES.includes(upper)) return true;
  const parts = upper.split('_');
  if (parts.some((part) => MEMORY_TUNING_PARTS.includes(part))) return true;
  if (parts.includes('MAX') && parts.includes('CHILDREN')) return true;
  // `SOLR_HEAP`, `ES_HEAP_SIZE`: a heap or a cache, sized; not `NEXT_PUBLIC_HEAP_APP_ID` (an analytics id).
  return ['HEAP', 'CACHE'].some(
    (what) => parts.includes(what) && (parts.at(-1) === what || parts.some((p) => SIZING_PARTS.includes(p))),
  );
}

/** A rollout older than this is no longer what changed: the revision has run since. */
const RECENT_ROLLOUT_MS = 24 * 60 * 60_000;

/** The memory-tuning variables the failing pod's revision changed, or none. */
function memoryTuningChanged(evidence: Evidence): string[] {
  const rollout = rolloutOfThePod(evidence);
  if (!rollout?.at || Date.parse(evidence.gatheredAt) - Date.parse(rollout.at) > RECENT_ROLLOUT_MS) return [];
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
