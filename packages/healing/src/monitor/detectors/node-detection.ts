import type { Signal } from '@sre-agent/core';
import type { Node } from '@sre-agent/kube';
import type { DetectionOf } from './spec.ts';

/** The node's Ready condition when it says anything but True. */
export function notReadyCondition(
  node: Node,
): NonNullable<NonNullable<Node['status']>['conditions']>[number] | undefined {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  return ready && ready.status !== 'True' ? ready : undefined;
}

/** A firing monitor detection about a node (nodes have no namespace). */
export function nodeDetection<S extends Signal>(
  cluster: string,
  node: Node,
  now: Date,
  found: { signal: S; reason: string },
): DetectionOf<S> {
  return {
    target: { cluster, namespace: '', kind: 'Node', name: node.metadata?.name ?? '' },
    source: 'monitor',
    status: 'firing',
    observedAt: now.toISOString(),
    ...found,
  };
}
