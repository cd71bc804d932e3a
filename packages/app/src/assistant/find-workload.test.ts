import { deploymentFixture, InMemoryCluster } from '@sre-agent/healing/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNamedWorkloads, MAX_QUESTION_CHARS, nameTokens } from './find-workload.ts';

function cluster(): InMemoryCluster {
  return new InMemoryCluster('test')
    .addWorkload(deploymentFixture({ namespace: 'shop', name: 'cart' }))
    .addWorkload(deploymentFixture({ namespace: 'shop', name: 'order-service' }))
    .addWorkload(deploymentFixture({ namespace: 'staging', name: 'cart' }))
    .addWorkload(deploymentFixture({ namespace: 'kube-system', name: 'coredns' }));
}

const DENY = ['kube-system'];

describe('nameTokens', () => {
  it('splits a question into lower-case name candidates without trailing punctuation', () => {
    expect(nameTokens('Why is shop/Order-Service failing? And cart.')).toEqual([
      'why',
      'is',
      'shop/order-service',
      'failing',
      'and',
      'cart',
    ]);
  });

  it('reads at most the first 2000 characters and stays bounded on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (text) => {
        const tokens = nameTokens(text);
        expect(tokens.length).toBeLessThanOrEqual(400);
        expect(tokens.join('').length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
      }),
    );
  });

  it('is linear on adversarial text (a long run of name characters and separators)', () => {
    const started = performance.now();
    nameTokens(`${'a-'.repeat(100_000)}${'/.'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('findNamedWorkloads', () => {
  it('finds a namespace/name pair, and a bare name in every namespace that has it', async () => {
    const reader = cluster();
    expect(await findNamedWorkloads(reader, 'is shop/order-service ok?', DENY)).toEqual([
      { namespace: 'shop', name: 'order-service', kind: 'Deployment' },
    ]);
    expect(await findNamedWorkloads(reader, 'why is cart slow', DENY)).toEqual([
      { namespace: 'shop', name: 'cart', kind: 'Deployment' },
      { namespace: 'staging', name: 'cart', kind: 'Deployment' },
    ]);
  });

  it('narrows a bare name by a namespace the question also names', async () => {
    expect(await findNamedWorkloads(cluster(), 'cart in staging is down', DENY)).toEqual([
      { namespace: 'staging', name: 'cart', kind: 'Deployment' },
    ]);
  });

  it('never finds a workload in a denylisted namespace', async () => {
    expect(await findNamedWorkloads(cluster(), 'what about kube-system/coredns and coredns?', DENY)).toEqual(
      [],
    );
  });
});
