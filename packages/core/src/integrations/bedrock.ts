import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** Bounds of the `ask` assistant's tool loop; unset ones take the defaults (6 turns, 12 tool calls, 8000 characters a result, 90 seconds). */
const AssistantBoundsSchema = z.strictObject({
  /** Model turns (Converse calls) per question. */
  maxTurns: z.number().int().min(1).max(20).optional(),
  /** Tool calls per question, over all turns; calls past it are refused as tool errors. */
  maxToolCalls: z.number().int().min(1).max(50).optional(),
  /** Characters of one tool result as the model sees it (JSON, cut to fit). */
  maxResultChars: z.number().int().min(500).max(100_000).optional(),
  /** The whole answer, from question to text, by the agent's clock. */
  timeoutSeconds: z.number().int().min(5).max(600).optional(),
});

/** Amazon Bedrock (IAM, no secret): the optional reasoner, the `ask` assistant and the memory's embeddings. */
export const bedrock = defineIntegration({
  name: 'bedrock',
  kind: 'reasoner',
  doc: 'Optional model reasoning (Converse), the `ask` assistant (Converse with read-only tools) and Titan embeddings for the incident memory.',
  config: z.strictObject({
    region: z.string().min(1),
    reasoningModelId: z.string().min(1).optional(),
    /** The `ask` assistant's model (tool use through Converse); default: `reasoningModelId`. Unset: `ask` answers with the rules. */
    assistantModelId: z.string().min(1).optional(),
    assistant: AssistantBoundsSchema.optional(),
    embeddingModelId: z.string().min(1).default('amazon.titan-embed-text-v2:0'),
  }),
  secrets: {},
  createdIn: 'packages/app/src/compose/build-agent.ts',
});
