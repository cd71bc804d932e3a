import { join } from 'node:path';
import {
  type Clock,
  ConfigError,
  type IdGenerator,
  type IntegrationsConfig,
  type Logger,
  type Secrets,
} from '@sre-agent/core';
import { BedrockTitanEmbedder } from './embed/bedrock-titan-embedder.ts';
import type { Embedder } from './embed/embedder.ts';
import { HashingEmbedder } from './embed/hashing-embedder.ts';
import { createIncidentMemory, type IncidentMemory } from './incident-memory.ts';
import { LocalVectorIndex } from './index-local/local-vector-index.ts';
import { PineconeVectorIndex } from './pinecone/pinecone-vector-index.ts';
import type { VectorIndex } from './vector-index.ts';

/** Titan's smallest size: Pinecone indexes for incident memory are created with 256 dimensions. */
export const CLOUD_EMBEDDING_DIMENSION = 256;

/**
 * Incident memory as the configuration asks: Bedrock Titan embeddings when `integrations.bedrock`
 * is set (else the local hashing embedder), Pinecone when `integrations.pinecone` is set and
 * `PINECONE_API_KEY` is present (else the local store under `<dataDir>/memory`).
 */
export async function createIncidentMemoryFromConfig(options: {
  integrations: IntegrationsConfig;
  secrets: Secrets;
  dataDir: string;
  clock: Clock;
  ids: IdGenerator;
  logger?: Logger;
  /** Pinecone index host, when known (skips the control-plane lookup of the index name). */
  pineconeHost?: string;
}): Promise<{ memory: IncidentMemory; index: VectorIndex; embedder: Embedder }> {
  const { integrations, secrets } = options;
  const embedder: Embedder = integrations.bedrock
    ? new BedrockTitanEmbedder({
        region: integrations.bedrock.region,
        modelId: integrations.bedrock.embeddingModelId,
        dimension: CLOUD_EMBEDDING_DIMENSION,
      })
    : new HashingEmbedder();
  let index: VectorIndex;
  if (integrations.pinecone) {
    if (!secrets.PINECONE_API_KEY) {
      throw new ConfigError(
        'integrations.pinecone is set but PINECONE_API_KEY is not: set the secret or remove pinecone',
      );
    }
    index = new PineconeVectorIndex({
      apiKey: secrets.PINECONE_API_KEY,
      dimension: embedder.dimension,
      ...(options.pineconeHost ? { host: options.pineconeHost } : { indexName: integrations.pinecone.index }),
      clock: options.clock,
    });
  } else {
    index = await LocalVectorIndex.open({
      dir: join(options.dataDir, 'memory'),
      dimension: embedder.dimension,
    });
  }
  const memory = createIncidentMemory({
    index,
    embedder,
    clock: options.clock,
    ids: options.ids,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return { memory, index, embedder };
}
