/**
 * Turns problem text (a fingerprint's masked lines) into vectors for the vector index. Adapters:
 * `HashingEmbedder` (deterministic, local, the default) and `BedrockTitanEmbedder`.
 */
export interface Embedder {
  /** Identifies the model and its settings; vectors of different models are never compared. */
  readonly model: string;
  readonly dimension: number;
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Scales `vector` to unit length in place (a zero vector stays zero) and returns it. */
export function normalise(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const v of vector) norm += v * v;
  if (norm === 0) return vector;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) * scale;
  return vector;
}
