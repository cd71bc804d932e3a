import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock, sequentialIds } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { BedrockTitanEmbedder } from './embed/bedrock-titan-embedder.ts';
import { HashingEmbedder } from './embed/hashing-embedder.ts';
import { createIncidentMemoryFromConfig } from './from-config.ts';
import { LocalVectorIndex } from './index-local/local-vector-index.ts';
import { PineconeVectorIndex } from './pinecone/pinecone-vector-index.ts';

const base = { clock: new ManualClock(), ids: sequentialIds(), secrets: {} };

describe('createIncidentMemoryFromConfig', () => {
  it('uses the embedded defaults when no cloud integration is configured', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'memory-config-'));
    try {
      const { index, embedder } = await createIncidentMemoryFromConfig({
        ...base,
        integrations: {},
        dataDir: dir,
      });
      expect(index).toBeInstanceOf(LocalVectorIndex);
      expect(embedder).toBeInstanceOf(HashingEmbedder);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('uses Pinecone and Bedrock Titan (256 dimensions) when both are configured', async () => {
    const { index, embedder } = await createIncidentMemoryFromConfig({
      ...base,
      integrations: {
        pinecone: { index: 'sre-memory' },
        bedrock: { region: 'eu-west-1', embeddingModelId: 'amazon.titan-embed-text-v2:0' },
      },
      secrets: { PINECONE_API_KEY: 'pk' },
      dataDir: '/nonexistent',
      pineconeHost: 'https://sre-memory.svc.pinecone.io',
    });
    expect(index).toBeInstanceOf(PineconeVectorIndex);
    expect(embedder).toBeInstanceOf(BedrockTitanEmbedder);
    expect(index.dimension).toBe(256);
  });

  it('says which secret is missing when Pinecone is configured without its key', async () => {
    await expect(
      createIncidentMemoryFromConfig({
        ...base,
        integrations: { pinecone: { index: 'x' } },
        dataDir: '/tmp',
      }),
    ).rejects.toThrow(/PINECONE_API_KEY/);
  });
});
