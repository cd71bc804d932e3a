import type { Clock, IdGenerator, LoadedConfig, Logger } from '@sre-agent/core';
import {
  BedrockTitanEmbedder,
  createIncidentMemory,
  type IncidentMemory,
  PineconeVectorIndex,
} from '@sre-agent/memory';

const DIMENSION = 256;

/**
 * Incident memory in AWS: Bedrock Titan v2 embeddings in a Pinecone index, when
 * `integrations.pinecone`, `integrations.bedrock` and `PINECONE_API_KEY` are all set; otherwise
 * none (the Lambda functions then heal without recall, and say so once at cold start).
 */
export function cloudIncidentMemory(
  loaded: LoadedConfig,
  deps: { clock: Clock; ids: IdGenerator; logger: Logger },
): IncidentMemory | undefined {
  const { pinecone, bedrock } = loaded.config.integrations;
  const apiKey = loaded.secrets.PINECONE_API_KEY;
  if (!pinecone || !bedrock || !apiKey) {
    deps.logger.info('incident memory is off', {
      missing: [
        !pinecone && 'integrations.pinecone',
        !bedrock && 'integrations.bedrock',
        !apiKey && 'PINECONE_API_KEY',
      ]
        .filter(Boolean)
        .join(', '),
    });
    return undefined;
  }
  return createIncidentMemory({
    index: new PineconeVectorIndex({ apiKey, indexName: pinecone.index, dimension: DIMENSION }),
    embedder: new BedrockTitanEmbedder({
      region: bedrock.region,
      modelId: bedrock.embeddingModelId,
      dimension: DIMENSION,
    }),
    ...deps,
  });
}
