import type { Incident } from '@sre-agent/core';
import type { IncidentStore } from '@sre-agent/state';

/** The open incident this one joins when they share a cause outside the workload (one page per cause). */
export async function groupFor(
  incidents: Pick<IncidentStore, 'listOpen'>,
  incident: Incident,
  cause: string,
): Promise<{ groupedUnder?: string }> {
  const open = await incidents.listOpen();
  const root = open.find(
    (i) =>
      i.id !== incident.id &&
      i.groupedUnder === undefined &&
      i.target.cluster === incident.target.cluster &&
      i.cause !== undefined &&
      sameCause(i.cause, i.target.namespace, cause, incident.target.namespace),
  );
  return root ? { groupedUnder: root.id } : {};
}

/**
 * Whether two failures share a cause: the same kind of dependency at the same endpoint, or in the
 * same namespace (services log the same database by name, by IP or with a port; one outage).
 */
function sameCause(a: string, namespaceA: string, b: string, namespaceB: string): boolean {
  if (a === b) return true;
  const [categoryA, technologyA] = a.split(':');
  const [categoryB, technologyB] = b.split(':');
  return (
    categoryA === categoryB && technologyA === technologyB && namespaceA !== '' && namespaceA === namespaceB
  );
}
