import type { Incident, IncidentAction } from '@sre-agent/core';
import { errorMessage } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import { readTemplateOwner } from '../actions/target.ts';
import type { LiveFixChange } from '../ports.ts';
import type { StepContext } from './step-context.ts';

/** What a live fix changed, read from its binding and the template as it is now. */
async function changesOf(
  reader: ClusterReader,
  incident: Incident,
  pending: IncidentAction,
): Promise<LiveFixChange[]> {
  const binding = pending.binding ?? {};
  if (pending.action.kind === 'raise-memory-limit') {
    const { container, to, list } = binding as { container?: unknown; to?: unknown; list?: unknown };
    // Only regular containers: a manifest's path to an init container's limit is not one Git edits here.
    if (typeof container !== 'string' || typeof to !== 'string' || list !== 'containers') return [];
    return [{ field: 'memory-limit', container, value: to }];
  }
  if (pending.action.kind === 'rollback') {
    const owner = await readTemplateOwner(reader, incident.target);
    return (owner?.spec?.template.spec?.containers ?? []).flatMap((c) =>
      c.image ? [{ field: 'image' as const, container: c.name, value: c.image }] : [],
    );
  }
  return [];
}

/**
 * After a live fix of the declared spec (raise memory, rollback): the matching pull request, so
 * that Git does not revert the fix on the next sync. Returns the line the notification adds, or
 * nothing without a persister or a change Git holds. A failure is logged, never thrown: the fix
 * is applied and verification goes on.
 */
export async function persistLiveFix(
  ctx: StepContext,
  incident: Incident,
  pending: IncidentAction,
  summary: string,
): Promise<string | undefined> {
  const fixes = ctx.deps.fixes;
  if (!fixes) return undefined;
  try {
    const changes = await changesOf(ctx.handles(incident).reader, incident, pending);
    if (changes.length === 0) return undefined;
    const result = await fixes.persist({
      incidentId: incident.id,
      target: incident.target,
      action: pending.action.kind,
      summary,
      changes,
    });
    ctx.deps.logger.info('live fix persisted to git', { incident: incident.id, result: result.kind });
    if (result.kind === 'proposed')
      return `So that Git does not revert it on the next sync, I ${result.status === 'opened' ? 'opened' : 'updated'} a pull request with the same change: ${result.url ?? result.branch}`;
    if (result.kind === 'skipped')
      return `The same change was not proposed to Git: ${result.reason}${result.url ? ` (${result.url})` : ''}`;
    return undefined;
  } catch (error) {
    ctx.deps.logger.warn('live fix not persisted to git', {
      incident: incident.id,
      error: errorMessage(error),
    });
    return undefined;
  }
}
