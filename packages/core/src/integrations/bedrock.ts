import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** Amazon Bedrock (IAM, no secret): the optional reasoner and the memory's embeddings. */
export const bedrock = defineIntegration({
  name: 'bedrock',
  kind: 'reasoner',
  doc: 'Optional model reasoning (Converse) and Titan embeddings for the incident memory.',
  config: z.strictObject({
    region: z.string().min(1),
    reasoningModelId: z.string().min(1).optional(),
    embeddingModelId: z.string().min(1).default('amazon.titan-embed-text-v2:0'),
  }),
  secrets: {},
  createdIn: 'packages/app/src/compose/build-agent.ts',
});
