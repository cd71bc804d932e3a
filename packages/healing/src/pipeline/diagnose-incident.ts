import type { Incident } from '@sre-agent/core';
import { redactText } from '@sre-agent/core';
import { diagnosedMessage } from '../notify/compose.ts';
import { diagnoseForecast, isForecastIncident } from './forecast-diagnosis.ts';
import { groupFor } from './grouping.ts';
import { recallFixes } from './memory-feedback.ts';
import type { StepContext } from './step-context.ts';

/**
 * Diagnoses a detected incident: evidence, diagnosis and plan from the diagnoser (with incident
 * memory's recalled fixes), grouped under an open incident with the same cause.
 */
export async function diagnoseIncident(ctx: StepContext, incident: Incident): Promise<Incident> {
  if (isForecastIncident(incident)) {
    const { diagnosis, actions } = diagnoseForecast(incident);
    const next = await ctx.save(incident, {
      ...incident,
      status: 'diagnosed',
      diagnosis,
      plan: actions,
      evidence: redactText(incident.forecast.evidence.join('\n')).slice(0, 20_000),
      timeline: [...incident.timeline, { at: ctx.now(), kind: 'diagnosed', text: diagnosis.summary }],
    });
    await ctx.notify(next, diagnosedMessage(next));
    return next;
  }
  const { reader } = ctx.handles(incident);
  const result = await ctx.deps.diagnoser.diagnose(reader, incident, (log) =>
    recallFixes(ctx.deps, incident, log),
  );
  const memoryMatch = result.recalled[0];
  const now = ctx.now();
  const next = await ctx.save(incident, {
    ...incident,
    status: 'diagnosed',
    diagnosis: result.diagnosis,
    plan: result.actions,
    evidence: result.evidence.slice(0, 20_000),
    ...(result.pod && !incident.pod ? { pod: result.pod } : {}),
    ...(result.container && !incident.container ? { container: result.container } : {}),
    ...(result.managedBy ? { managedBy: result.managedBy } : {}),
    ...(result.cause
      ? { cause: result.cause, ...(await groupFor(ctx.deps.incidents, incident, result.cause)) }
      : {}),
    ...(memoryMatch
      ? {
          recalled: {
            id: memoryMatch.id,
            score: memoryMatch.score,
            summary: memoryMatch.description,
            ...(memoryMatch.action ? { action: memoryMatch.action } : {}),
          },
        }
      : {}),
    notes: result.logExcerpt
      ? [...incident.notes, `log: ${result.logExcerpt.slice(0, 4000)}`]
      : incident.notes,
    timeline: [...incident.timeline, { at: now, kind: 'diagnosed', text: result.diagnosis.summary }],
  });
  await ctx.notify(next, diagnosedMessage(next, memoryMatch));
  return next;
}
