/**
 * A failure a restart has already been tried on: the kubelet restarted the container several times,
 * and the instance running now, started minutes ago, already shows the same failure in its own log
 * (descriptors exhausted again, the pool broken again). A restart buys those minutes and nothing
 * more: the restart a candidate offers is withdrawn, the escalation says how soon it came back.
 */
import { type DiagnosisCandidate, escalatedInstead } from './candidate.ts';
import type { Evidence } from './evidence/index.ts';
import type { EvidenceView } from './evidence-view.ts';
import { RESTARTED_ENOUGH, RESTARTS } from './repeated-probe-kills.ts';
import { lineShape } from './stalled-consumer.ts';

/** A running instance this young that already fails came back to it within minutes. */
const YOUNG_MS = 30 * 60_000;

export function weighRecurringAfterRestart(
  candidate: DiagnosisCandidate,
  evidence: Evidence,
  view: Pick<EvidenceView, 'running' | 'runningForMs' | 'current'>,
): DiagnosisCandidate {
  const first = candidate.actions[0]?.kind;
  if (!first || !RESTARTS.includes(first) || !view.running) return candidate;
  const ran = view.runningForMs;
  if (ran === undefined || ran >= YOUNG_MS) return candidate;
  const chosen = evidence.containers.find((c) => c.name === evidence.container);
  if (!chosen || chosen.restartCount < RESTARTED_ENOUGH) return candidate;
  // The failure must be the running instance's own, not only the killed one's: its line, or a
  // line of the same shape (ids, numbers and times aside) in the current log.
  const shapes = new Set(view.current.map((l) => lineShape(l.text)).filter((s) => s.length > 0));
  const again = candidate.evidence.find(
    (e) => e.source === 'current-log' || (e.source === 'previous-log' && shapes.has(lineShape(e.text))),
  );
  if (!again) return candidate;
  const minutes = Math.max(1, Math.round(ran / 60_000));
  return escalatedInstead(candidate, RESTARTS, {
    note: `It has been restarted ${chosen.restartCount} times, and the instance started ${minutes} minutes ago fails the same way already ("${again.text.slice(0, 160)}"): a restart buys minutes. What brings it back (a leak, a load, a dependency) is for a human to find.`,
    reason: `${chosen.name} fails again ${minutes} minutes after its last restart (${chosen.restartCount} restarts): restarting does not clear it.`,
  });
}
