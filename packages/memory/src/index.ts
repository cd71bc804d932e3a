export type { Calibration } from './calibrate.ts';
export { calibrateThreshold } from './calibrate.ts';
export type { BedrockTitanEmbedderOptions } from './embed/bedrock-titan-embedder.ts';
export { BedrockTitanEmbedder, TITAN_EMBED_V2 } from './embed/bedrock-titan-embedder.ts';
export type { Embedder } from './embed/embedder.ts';
export { normalise } from './embed/embedder.ts';
export { HashingEmbedder } from './embed/hashing-embedder.ts';
export { CLOUD_EMBEDDING_DIMENSION, createIncidentMemoryFromConfig } from './from-config.ts';
export type { ImportProgress, IncidentMemory, IncidentMemoryDeps } from './incident-memory.ts';
export { createIncidentMemory, DEFAULT_RECALL_THRESHOLD, entryFingerprint } from './incident-memory.ts';
export type { LocalVectorIndexOptions } from './index-local/local-vector-index.ts';
export { LocalVectorIndex } from './index-local/local-vector-index.ts';
export type { DotKernel } from './index-local/simd-dot.ts';
export { createDotKernel } from './index-local/simd-dot.ts';
export type { JsonlLine, JsonlProblem } from './jsonl.ts';
export { jsonlError, parseJsonl } from './jsonl.ts';
export { DEFAULT_MEMORY_STORE, openLocalIncidentMemory } from './local-memory.ts';
export { matchesFilter } from './metadata-filter.ts';
export type { PineconeVectorIndexOptions } from './pinecone/pinecone-vector-index.ts';
export { PineconeVectorIndex } from './pinecone/pinecone-vector-index.ts';
export type {
  MemoryEntry,
  MemoryRecord,
  Outcome,
  PastIncident,
  RecallBatchLine,
  RecallMatch,
  RecallQuery,
} from './records.ts';
export {
  MemoryEntrySchema,
  MemoryRecordSchema,
  OutcomeSchema,
  PastIncidentSchema,
  pastIncidentToRecord,
  RecallBatchLineSchema,
  RecallQuerySchema,
} from './records.ts';
export type {
  FingerprintScore,
  IdentityTier,
  PreparedFingerprint,
  ProblemFingerprint,
  WeightedTemplate,
} from './signature/fingerprint.ts';
export {
  compareFingerprints,
  comparePrepared,
  FINGERPRINT_VERSION,
  fingerprintLog,
  fingerprintText,
  lineSimilarity,
  prepareFingerprint,
  signatureOf,
  templateWords,
} from './signature/fingerprint.ts';
export { groupingAccuracy } from './signature/grouping-accuracy.ts';
export type { ClassifiedLine, LineTier, LogLevel as LineLevel } from './signature/lines.ts';
export { classifyLines } from './signature/lines.ts';
export type { LineSignature } from './signature/log-signature.ts';
export { lineSignatures, logSignature } from './signature/log-signature.ts';
export type { MaskOptions } from './signature/mask.ts';
export { MASK_RULE_NAMES, maskLine, WILDCARD } from './signature/mask.ts';
export type { MinedLine, MinerOptions } from './signature/miner.ts';
export { mineTemplates, tokenize } from './signature/miner.ts';
export { SIGNATURE_PATTERNS } from './signature/untrusted-patterns.ts';
export type {
  Metadata,
  MetadataFilter,
  MetadataValue,
  ScoredRecord,
  VectorIndex,
  VectorQuery,
  VectorRecord,
} from './vector-index.ts';
