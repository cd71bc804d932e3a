import { describeClusterReaderContract } from '@sre-agent/kube/testing';
import { describe, expect, it } from 'vitest';
import { deploymentFixture } from './fixtures.ts';
import { InMemoryCluster } from './in-memory-cluster.ts';

function shop(): InMemoryCluster {
  const cluster = new InMemoryCluster('test', {
    nodes: [{ metadata: { name: 'node-1', uid: 'node-1' } }],
    logs: { 'shop/web-7d9c5b6f4-aaaaa': { current: 'one\ntwo\nthree', previous: 'boom' } },
  });
  return cluster.addWorkload(deploymentFixture({ namespace: 'shop', name: 'web' }));
}

describeClusterReaderContract('InMemoryCluster', async () => ({ reader: shop() }));

describe('InMemoryCluster failure injection', () => {
  it('fails the next call of a method once, then answers again', async () => {
    const cluster = shop().failNext('getNode', new Error('connection reset by peer'));

    await expect(cluster.getNode('node-1')).rejects.toThrow('connection reset by peer');
    expect((await cluster.getNode('node-1'))?.metadata?.name).toBe('node-1');
  });

  it('fails only the calls whose arguments match, as often as asked', async () => {
    const cluster = shop().fail('readPodLog', new Error('timeout'), {
      when: ([, , options]) => options?.previous === true,
      times: 2,
    });

    await expect(cluster.readPodLog('shop', 'web-7d9c5b6f4-aaaaa', { previous: true })).rejects.toThrow(
      'timeout',
    );
    expect(await cluster.readPodLog('shop', 'web-7d9c5b6f4-aaaaa', { tailLines: 2 })).toBe('two\nthree');
    await expect(cluster.readPodLog('shop', 'web-7d9c5b6f4-aaaaa', { previous: true })).rejects.toThrow(
      'timeout',
    );
    expect(await cluster.readPodLog('shop', 'web-7d9c5b6f4-aaaaa', { previous: true })).toBe('boom');
  });

  it('fails writes too, and records every call with its arguments, failed ones included', async () => {
    const cluster = shop().failNext('deletePod', new Error('forbidden'));

    await expect(cluster.deletePod('shop', 'web-7d9c5b6f4-aaaaa')).rejects.toThrow('forbidden');

    expect(cluster.calls).toEqual([
      { method: 'deletePod', args: ['shop', 'web-7d9c5b6f4-aaaaa', undefined] },
    ]);
    expect(cluster.mutations).toEqual([]);
  });
});
