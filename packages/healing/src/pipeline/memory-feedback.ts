import type { Incident, IncidentAction } from '@sre-agent/core';
import { errorMessage, redactText } from '@sre-agent/core';
import type { RecalledFix } from '../ports.ts';
import type { HealingDeps } from './healing-deps.ts';

type MemoryDeps = Pick<HealingDeps, 'memory' | 'logger'>;

/** Fixes incident memory recalls for this incident's problem; none when memory is off or fails. */
export async function recallFixes(deps: MemoryDeps, incident: Incident, log: string): Promise<RecalledFix[]> {
  if (!deps.memory) return [];
  const t = incident.target;
  try {
    return await deps.memory.recall({
      cluster: t.cluster,
      namespace: t.namespace,
      workload: t.name,
      signal: incident.signal,
      log: redactText(log),
    });
  } catch (error) {
    deps.logger.warn('memory recall failed', { incident: incident.id, error: errorMessage(error) });
    return [];
  }
}

/**
 * Memory learns how a fix turned out: the outcome of the recalled fix when that is what ran,
 * otherwise a new (problem, fix) memory. A memory outage is logged, never thrown.
 */
export async function learnOutcome(
  deps: MemoryDeps,
  incident: Incident,
  applied: IncidentAction,
  outcome: 'succeeded' | 'failed',
): Promise<void> {
  const memory = deps.memory;
  if (!memory) return;
  try {
    if (incident.recalled && applied.action.kind === recalledKind(incident)) {
      await memory.recordOutcome(incident.recalled.id, outcome);
      return;
    }
    const t = incident.target;
    const log = incident.notes.find((n) => n.startsWith('log: '))?.slice(5) ?? incident.evidence ?? '';
    await memory.remember({
      cluster: t.cluster,
      namespace: t.namespace,
      workload: t.name,
      signal: incident.signal,
      log,
      diagnosis: incident.diagnosis?.summary ?? incident.title,
      action: applied.action,
      description: applied.reason,
      outcome,
      at: incident.openedAt,
    });
  } catch (error) {
    deps.logger.warn('memory update failed', { incident: incident.id, error: errorMessage(error) });
  }
}

/** The kind of action the recalled memory suggested, if any. */
export function recalledKind(incident: Incident): string | undefined {
  return incident.recalled?.action?.kind;
}
