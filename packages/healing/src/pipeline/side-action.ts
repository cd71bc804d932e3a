import type { AuditRecord, Incident } from '@sre-agent/core';
import type { ActionOutcome } from '../actions/spec.ts';
import { auditWorkload } from './control-state.ts';
import type { StepContext } from './step-context.ts';

/**
 * An action the pipeline takes beside an incident's own fixes (undoing one, giving a node back):
 * audited under an idempotency key like any fix, so a re-run never does it twice. Returns what it
 * did, or undefined when it changed nothing.
 */
export async function auditedSideAction(
  ctx: StepContext,
  incident: Incident,
  record: Pick<AuditRecord, 'key' | 'action' | 'actor' | 'reason' | 'mode'>,
  run: () => Promise<ActionOutcome | undefined>,
): Promise<string | undefined> {
  const auditId = ctx.deps.ids('audit');
  const began = await ctx.deps.audit.begin({
    id: auditId,
    incidentId: incident.id,
    ...auditWorkload(incident.target),
    ...record,
    status: 'started',
    at: ctx.now(),
  });
  if (!began.started) return undefined;
  const outcome = await run();
  await ctx.deps.audit.finish(
    auditId,
    outcome?.kind === 'applied'
      ? { status: 'applied', result: outcome.summary }
      : {
          status: outcome?.kind === 'failed' ? 'failed' : 'refused',
          result: outcome ? outcome.reason : 'nothing to do',
        },
  );
  return outcome?.kind === 'applied' ? outcome.summary : undefined;
}
