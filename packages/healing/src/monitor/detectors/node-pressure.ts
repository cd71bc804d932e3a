import { nodeDetection, notReadyCondition } from './node-detection.ts';
import { defineDetector } from './spec.ts';

export const nodePressure = defineDetector({
  signal: 'NodePressure',
  reads: ['nodes'],
  specificity: 4,
  doc: 'A Ready node reporting MemoryPressure, DiskPressure or PIDPressure (any *Pressure condition True).',
  detect: (snapshot, { now }) =>
    snapshot.nodes.flatMap((node) => {
      // A NotReady node is the NotReady detector's: its pressure is not the news.
      if (notReadyCondition(node)) return [];
      const pressure = (node.status?.conditions ?? [])
        .filter((c) => c.type.endsWith('Pressure') && c.status === 'True')
        .map((c) => c.type);
      if (pressure.length === 0) return [];
      return [
        nodeDetection(snapshot.cluster, node, now, {
          signal: 'NodePressure',
          reason: `node ${node.metadata?.name ?? ''} reports ${pressure.join(', ')}`,
        }),
      ];
    }),
});
