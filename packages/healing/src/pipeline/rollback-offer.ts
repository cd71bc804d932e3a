import type { Incident, IncidentAction } from '@sre-agent/core';
import { incidentFixKinds } from '../actions/registry.ts';
import { bindCatalogAction } from '../actions/run-action.ts';
import { selectorOf } from '../actions/target.ts';
import type { StepContext } from './step-context.ts';

/** A rollout counts as the incident's own recent change when it came at most this long before the incident. */
export const ROLLBACK_OFFER_HOURS = 24;

const REVISION = 'deployment.kubernetes.io/revision';

/** When the Deployment's current revision was rolled out (its ReplicaSet's creation), if known. */
async function rolledOutAt(
  ctx: StepContext,
  incident: Incident,
  revision: number,
): Promise<Date | undefined> {
  const { reader } = ctx.handles(incident);
  const { namespace, name } = incident.target;
  const deployment = await reader.getDeployment(namespace, name);
  const labelSelector = selectorOf(deployment?.spec?.selector?.matchLabels);
  if (!deployment || !labelSelector) return undefined;
  const current = (await reader.listReplicaSets({ namespace, labelSelector })).find(
    (rs) =>
      rs.metadata?.annotations?.[REVISION] === String(revision) &&
      rs.metadata?.ownerReferences?.some((o) => o.kind === 'Deployment' && o.name === name),
  );
  const created = current?.metadata?.creationTimestamp;
  return created ? new Date(created) : undefined;
}

/**
 * "Roll back my change": offered beside a proposed fix when the incident's own Deployment was rolled
 * out within `ROLLBACK_OFFER_HOURS` before the incident, the policy allows `rollback`, and the
 * rollback binds to this Deployment's previous revision now. It is a second proposal of the same
 * incident (same expiry, same approvers), so choosing it goes through the same decision path: bound
 * anew, policy, dry run, audit with who decided. Undefined when there is nothing to offer.
 */
export async function rollbackOffer(
  ctx: StepContext,
  incident: Incident,
  proposed: { kind: string },
  expiresAt: string,
): Promise<IncidentAction | undefined> {
  const { config } = ctx.deps;
  if (proposed.kind === 'rollback' || incident.target.kind !== 'Deployment' || incident.managedBy)
    return undefined;
  if (!incidentFixKinds(config.policy.allowedActions).includes('rollback')) return undefined;
  const handles = ctx.handles(incident);
  const action = { kind: 'rollback' } as const;
  const bound = await bindCatalogAction(action, incident, {
    reader: handles.reader,
    nodeGroups: handles.nodeGroups,
    caches: ctx.deps.caches,
    config,
  });
  if (bound.kind === 'refused') return undefined;
  const fromRevision = Number((bound.binding as { fromRevision?: unknown }).fromRevision);
  const at = await rolledOutAt(ctx, incident, fromRevision);
  const opened = new Date(incident.openedAt).getTime();
  if (!at || at.getTime() < opened - ROLLBACK_OFFER_HOURS * 3_600_000) return undefined;
  return {
    id: ctx.deps.ids('act'),
    action,
    binding: bound.binding,
    status: 'proposed',
    reason: bound.summary,
    at: ctx.deps.clock.now().toISOString(),
    expiresAt,
  };
}
