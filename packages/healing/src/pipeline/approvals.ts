import type { Incident } from '@sre-agent/core';
import { escalatedMessage } from '../notify/compose.ts';
import type { StepContext } from './step-context.ts';

/**
 * A human answered a proposed action (suggest mode). Approved: decided again, bound anew, and
 * advanced; rejected: escalated to humans; answered after it expired: proposed afresh, never
 * applied.
 */
export async function decideProposal(
  ctx: StepContext,
  incidentId: string,
  actionId: string,
  user: string,
  approved: boolean,
  advance: (id: string) => Promise<Incident | undefined>,
): Promise<Incident | undefined> {
  const now = ctx.deps.clock.now();
  const at = now.toISOString();
  let expired = false;
  const updated = await ctx.mutate(incidentId, (i) => {
    const proposal = i.actions.find((a) => a.id === actionId && a.status === 'proposed');
    if (i.status !== 'awaiting-approval' || !proposal) return undefined;
    expired = proposal.expiresAt !== undefined && new Date(proposal.expiresAt) <= now;
    // An expired proposal is proposed afresh (bound to the cluster as it is now), never applied.
    const status = expired ? 'expired' : approved ? 'approved' : 'rejected';
    return {
      ...i,
      status: expired || approved ? 'diagnosed' : 'escalated',
      // Single use: the other proposals of the same decision (the rollback beside a fix) are closed with it.
      actions: i.actions.map((a) =>
        a.id === actionId
          ? { ...a, status, decidedBy: user, at }
          : a.status === 'proposed'
            ? { ...a, status: expired ? 'expired' : 'rejected', decidedBy: user, at }
            : a,
      ),
      timeline: [
        ...i.timeline,
        {
          at,
          kind: expired ? 'expired' : approved ? 'approved' : 'rejected',
          text: expired ? `${actionId}: ${user} answered after it expired` : `${actionId} by ${user}`,
        },
      ],
    } satisfies Incident;
  });
  if (!updated) return ctx.deps.incidents.get(incidentId);
  if (!approved && !expired) {
    await ctx.notify(updated, escalatedMessage(updated, `${user} rejected the proposed fix`));
    return updated;
  }
  return advance(incidentId);
}
