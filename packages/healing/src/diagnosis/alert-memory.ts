/**
 * What an alert's own words say about memory that a bigger limit would not fix: memory climbing
 * while the load stays flat (`working set grows ~4.5Mi/min at a flat 1.9k req/s`), or kills that
 * go on after the limit was already raised (`the limit was raised from 1536Mi to 2Gi ...; 5 OOM
 * kills since`). Bounded word scans of the incident's own alerts, no regex.
 */
import type { EvidenceView } from './evidence-view.ts';

const MAX_ALERT = 2_000;
const MEMORY_WORDS = ['memory', 'working set', 'rss', 'heap', 'resident'] as const;
const GROWTH_WORDS = ['grows', 'growing', 'rising', 'climbing', 'climbs', 'increasing', 'creeping'] as const;
const FLAT_LOAD_WORDS = ['flat', 'steady', 'constant', 'unchanged'] as const;
const ALREADY_RAISED = [
  'limit was raised',
  'limit was increased',
  'limit already raised',
  'already raised',
] as const;
const KILLS = ['oomkill', 'oom kill', 'oom-kill'] as const;

const has = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

/**
 * The alert whose words say memory leaks rather than needs more room, or undefined: memory
 * climbing at a flat load, or kills after the limit was raised already.
 */
export function alertSaysLeak(view: Pick<EvidenceView, 'alerts'>): string | undefined {
  for (const alert of view.alerts) {
    const lower = alert.slice(0, MAX_ALERT).toLowerCase();
    if (!has(lower, MEMORY_WORDS) && !has(lower, KILLS)) continue;
    const climbsAtFlatLoad =
      has(lower, MEMORY_WORDS) && has(lower, GROWTH_WORDS) && has(lower, FLAT_LOAD_WORDS);
    const killedAfterRaise = has(lower, ALREADY_RAISED) && has(lower, KILLS);
    if (climbsAtFlatLoad || killedAfterRaise) return alert.slice(0, 300);
  }
  return undefined;
}
