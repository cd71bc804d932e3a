export { calibrateThreshold } from './calibrate.ts';
export { HashingEmbedder } from './embed/hashing-embedder.ts';
export type { IncidentMemory } from './incident-memory.ts';
export { createIncidentMemory } from './incident-memory.ts';
export { LocalVectorIndex } from './index-local/local-vector-index.ts';
export { jsonlError, parseJsonl } from './jsonl.ts';
export { DEFAULT_MEMORY_STORE, openLocalIncidentMemory } from './local-memory.ts';
export { PastIncidentSchema, pastIncidentToRecord, RecallBatchLineSchema } from './records.ts';
export { lineSignatures } from './signature/log-signature.ts';
