import type { ClusterReader, ListOptions } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from './snapshot.ts';

describe('readSnapshot', () => {
  it('reads the lists named, warnings only for events, and leaves the others empty', async () => {
    const eventOptions: (ListOptions | undefined)[] = [];
    const reader = {
      cluster: 'prod',
      listPods: async () => [{ metadata: { name: 'p' } }],
      listEvents: async (options?: ListOptions) => {
        eventOptions.push(options);
        return [{ involvedObject: {}, metadata: {} }];
      },
      listNodes: async () => {
        throw new Error('nodes were not asked for');
      },
    } as unknown as ClusterReader;

    const snapshot = await readSnapshot(reader, ['pods', 'events', 'pods']);

    expect(snapshot.pods).toHaveLength(1);
    expect(snapshot.events).toHaveLength(1);
    expect(eventOptions).toEqual([{ fieldSelector: 'type=Warning' }]);
    expect(snapshot).toMatchObject({ cluster: 'prod', nodes: [], jobs: [], replicaSets: [] });
  });
});
