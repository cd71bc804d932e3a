/** Metadata values a vector index can store and filter on (Pinecone's types). */
export type MetadataValue = string | number | boolean | string[];
export type Metadata = Record<string, MetadataValue>;

export type VectorRecord = { id: string; values: Float32Array; metadata: Metadata };
export type ScoredRecord = { id: string; score: number; metadata: Metadata };

/**
 * A metadata filter in Pinecone's filter language: `{ field: value }` (equality), operators
 * `$eq $ne $gt $gte $lt $lte $in $nin $exists`, and `$and` / `$or` of filters.
 */
export type MetadataFilter = Record<string, unknown>;

export type VectorQuery = { vector: Float32Array; topK: number; filter?: MetadataFilter };

/**
 * Where incident vectors live, partitioned by namespace (one per cluster). Adapters:
 * `LocalVectorIndex` (exact cosine over a file-backed matrix, the default) and `PineconeVectorIndex`.
 * Vectors are unit length, so the score is the cosine similarity.
 */
export interface VectorIndex {
  readonly dimension: number;
  upsert(namespace: string, records: readonly VectorRecord[]): Promise<void>;
  /** The `topK` most similar records that pass the filter, best first. */
  query(namespace: string, query: VectorQuery): Promise<ScoredRecord[]>;
  /** The records that exist among `ids` (missing ids are left out). */
  fetch(namespace: string, ids: readonly string[]): Promise<VectorRecord[]>;
  delete(namespace: string, ids: readonly string[]): Promise<void>;
  /** One page of ids in a namespace, in id order. */
  list(
    namespace: string,
    options?: { prefix?: string; limit?: number; cursor?: string },
  ): Promise<{ ids: string[]; cursor?: string }>;
  /** Namespaces that hold at least one record. */
  namespaces(): Promise<string[]>;
  /** Optional: runs `fn` with writes grouped (the local index persists once at the end). */
  batch?<T>(fn: () => Promise<T>): Promise<T>;
}
