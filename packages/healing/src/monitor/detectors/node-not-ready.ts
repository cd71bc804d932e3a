import type { Node } from '@sre-agent/kube';
import { nodeDetection, notReadyCondition } from './node-detection.ts';
import { defineDetector } from './spec.ts';

/**
 * A node this young is still joining: its kubelet reports NotReady until the CNI and the runtime
 * are up (about a minute on EKS). Flagging it would drain every fresh node, replacements included.
 */
export const NODE_JOIN_GRACE_MS = 10 * 60_000;

export const nodeNotReady = defineDetector({
  signal: 'NodeNotReady',
  reads: ['nodes'],
  specificity: 8,
  doc: 'A node whose Ready condition is False or Unknown (kubelet down, network partition), once it is past its first minutes of joining.',
  detect: (snapshot, { now }) =>
    snapshot.nodes.flatMap((node) => {
      const ready = notReadyCondition(node);
      if (!ready || isJoining(node, now)) return [];
      const name = node.metadata?.name ?? '';
      return [
        nodeDetection(snapshot.cluster, node, now, {
          signal: 'NodeNotReady',
          reason: `node ${name} is NotReady: ${ready.message ?? ready.reason ?? 'no reason given'}`,
        }),
      ];
    }),
});

function isJoining(node: Node, now: Date): boolean {
  // A Date from the Kubernetes client, a string from raw JSON (dumps): `new Date` takes both.
  const created = new Date(node.metadata?.creationTimestamp ?? Number.NaN).getTime();
  return Number.isFinite(created) && now.getTime() - created < NODE_JOIN_GRACE_MS;
}
