import { ExternalServiceError, ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { PineconeVectorIndex } from '../src/pinecone/pinecone-vector-index.ts';
import { startFakePinecone } from './support/fake-pinecone.ts';
import { describeVectorIndexContract, unit } from './support/vector-index-contract.ts';

describeVectorIndexContract('PineconeVectorIndex against a local Pinecone data plane', async (dimension) => {
  const fake = await startFakePinecone({ apiKey: 'test-key', dimension });
  return {
    index: new PineconeVectorIndex({ apiKey: 'test-key', host: fake.host, dimension, maxRetries: 0 }),
    close: fake.close,
  };
});

describe('PineconeVectorIndex', () => {
  it('sends namespaces, filters and ids over the data-plane routes', async () => {
    const fake = await startFakePinecone({ apiKey: 'k', dimension: 16 });
    try {
      const index = new PineconeVectorIndex({ apiKey: 'k', host: fake.host, dimension: 16, maxRetries: 0 });
      await index.upsert('prod-eu-1', [{ id: 'a', values: unit(0), metadata: { fpv: 1 } }]);
      await index.query('prod-eu-1', { vector: unit(0), topK: 1, filter: { fpv: 1 } });
      await index.fetch('prod-eu-1', ['a']);
      await index.delete('prod-eu-1', ['a']);
      expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'POST /vectors/upsert',
        'POST /query',
        'GET /vectors/fetch',
        'POST /vectors/delete',
      ]);
    } finally {
      await fake.close();
    }
  });

  it('turns a rejected request into an ExternalServiceError naming Pinecone and the operation', async () => {
    const fake = await startFakePinecone({ apiKey: 'right', dimension: 16 });
    try {
      const index = new PineconeVectorIndex({
        apiKey: 'wrong',
        host: fake.host,
        dimension: 16,
        maxRetries: 0,
      });
      const error = await index.query('prod', { vector: unit(0), topK: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExternalServiceError);
      expect((error as ExternalServiceError).message).toMatch(/^pinecone: query failed/);
      expect((error as ExternalServiceError).retryable).toBe(false);
    } finally {
      await fake.close();
    }
  });

  it('reuses the namespace list for a minute, and knows namespaces it wrote to', async () => {
    const fake = await startFakePinecone({ apiKey: 'k', dimension: 16 });
    try {
      const clock = new ManualClock();
      const index = new PineconeVectorIndex({
        apiKey: 'k',
        host: fake.host,
        dimension: 16,
        maxRetries: 0,
        clock,
      });
      expect(await index.namespaces()).toEqual([]);
      await index.upsert('prod', [{ id: 'a', values: unit(0), metadata: {} }]);
      expect(await index.namespaces()).toEqual(['prod']);
      const listings = () => fake.requests.filter((r) => r.path === '/namespaces').length;
      expect(listings()).toBe(1);
      clock.advance(61_000);
      expect(await index.namespaces()).toEqual(['prod']);
      expect(listings()).toBe(2);
    } finally {
      await fake.close();
    }
  });

  it('reports an unreachable host as a retryable failure', async () => {
    const fake = await startFakePinecone({ apiKey: 'k', dimension: 16 });
    await fake.close();
    const index = new PineconeVectorIndex({ apiKey: 'k', host: fake.host, dimension: 16, maxRetries: 0 });
    const error = await index.namespaces().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).retryable).toBe(true);
  });
});
