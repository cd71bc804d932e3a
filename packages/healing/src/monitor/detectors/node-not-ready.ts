import { nodeDetection, notReadyCondition } from './node-detection.ts';
import { defineDetector } from './spec.ts';

export const nodeNotReady = defineDetector({
  signal: 'NodeNotReady',
  reads: ['nodes'],
  specificity: 8,
  doc: 'A node whose Ready condition is False or Unknown (kubelet down, network partition).',
  detect: (snapshot, { now }) =>
    snapshot.nodes.flatMap((node) => {
      const ready = notReadyCondition(node);
      if (!ready) return [];
      const name = node.metadata?.name ?? '';
      return [
        nodeDetection(snapshot.cluster, node, now, {
          signal: 'NodeNotReady',
          reason: `node ${name} is NotReady: ${ready.message ?? ready.reason ?? 'no reason given'}`,
        }),
      ];
    }),
});
