import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** Pinecone: the incident memory's vector index in AWS (one namespace per cluster). */
export const pinecone = defineIntegration({
  name: 'pinecone',
  kind: 'memory',
  doc: 'Vector index of the incident memory (local file-backed index without it).',
  config: z.strictObject({ index: z.string().min(1) }),
  secrets: {
    PINECONE_API_KEY: {
      stackName: 'PineconeApiKey',
      schema: z.string().min(1),
      requiredToDeploy: false,
      doc: 'API key of the project that holds `integrations.pinecone.index`.',
    },
  },
  createdIn: 'packages/app/src/compose/cloud-memory.ts',
});
