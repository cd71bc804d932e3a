export { calibrateThreshold } from './calibrate.ts';
export { BedrockTitanEmbedder } from './embed/bedrock-titan-embedder.ts';
export { HashingEmbedder } from './embed/hashing-embedder.ts';
export type { IncidentMemory } from './incident-memory.ts';
export { createIncidentMemory } from './incident-memory.ts';
export { LocalVectorIndex } from './index-local/local-vector-index.ts';
export { jsonlError, parseJsonl } from './jsonl.ts';
export { DEFAULT_MEMORY_STORE, openLocalIncidentMemory } from './local-memory.ts';
export { PineconeVectorIndex } from './pinecone/pinecone-vector-index.ts';
export { PastIncidentSchema, pastIncidentToRecord, RecallBatchLineSchema } from './records.ts';
export {
  type LineSignature,
  lineSignatures,
  type StreamSignatureOptions,
  streamLineSignatures,
} from './signature/log-signature.ts';
export { SIGNATURE_PATTERNS } from './signature/untrusted-patterns.ts';
