import { templateWords } from '../signature/fingerprint.ts';
import { type Embedder, normalise } from './embedder.ts';

/** 32-bit FNV-1a. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Deterministic local embedder: signed feature hashing of each line's words, word pairs and the
 * whole line into `dimension` buckets, weighted so that a line counts once however long it is.
 * Lines that repeat in the text weigh more (fingerprint text repeats its identity lines).
 */
export class HashingEmbedder implements Embedder {
  readonly model: string;
  readonly dimension: number;

  constructor(options: { dimension?: number } = {}) {
    this.dimension = options.dimension ?? 64;
    if (this.dimension % 16 !== 0 || this.dimension < 16) {
      throw new Error(`HashingEmbedder dimension must be a positive multiple of 16, got ${this.dimension}`);
    }
    this.model = `hashing-v1-${this.dimension}`;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  embedOne(text: string): Float32Array {
    const vector = new Float32Array(this.dimension);
    const add = (feature: string, weight: number) => {
      const h = fnv1a(feature);
      vector[h % this.dimension] =
        (vector[h % this.dimension] as number) + (h & 0x80000000 ? -weight : weight);
    };
    for (const line of text.split('\n')) {
      const words = templateWords(line);
      if (words.length === 0) continue;
      const share = 1 / Math.sqrt(words.length);
      add(`L:${words.join(' ')}`, 1);
      for (const word of words) add(`W:${word}`, share);
      for (let i = 1; i < words.length; i++) add(`B:${words[i - 1]} ${words[i]}`, share);
    }
    return normalise(vector);
  }
}
