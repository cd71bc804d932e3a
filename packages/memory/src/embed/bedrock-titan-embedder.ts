import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { ExternalServiceError, errorMessage } from '@sre-agent/core';
import * as z from 'zod';
import { type Embedder, normalise } from './embedder.ts';

export const TITAN_EMBED_V2 = 'amazon.titan-embed-text-v2:0';
const TITAN_DIMENSIONS = [256, 512, 1024] as const;
/** Titan v2 takes up to 8,192 tokens (about 50,000 characters); fingerprints are far smaller. */
const MAX_INPUT_CHARS = 40_000;

const ResponseSchema = z.object({
  embedding: z.array(z.number()),
  inputTextTokenCount: z.number().optional(),
});

export type BedrockTitanEmbedderOptions = {
  /** A configured client (region, credentials, endpoint); built from `region` when absent. */
  client?: BedrockRuntimeClient;
  region?: string;
  modelId?: string;
  dimension?: (typeof TITAN_DIMENSIONS)[number];
  /** Requests in flight at once (Titan embeds one text per call). */
  concurrency?: number;
};

const RETRYABLE = /Throttling|ServiceUnavailable|InternalServer|ModelNotReady|Timeout|TooManyRequests/;

/**
 * Amazon Titan Text Embeddings v2 through Bedrock `InvokeModel`. Texts must already be redacted
 * (fingerprints are). Vectors come back normalised by Titan and are normalised again defensively.
 */
export class BedrockTitanEmbedder implements Embedder {
  readonly model: string;
  readonly dimension: number;
  readonly #client: BedrockRuntimeClient;
  readonly #modelId: string;
  readonly #concurrency: number;

  constructor(options: BedrockTitanEmbedderOptions = {}) {
    this.dimension = options.dimension ?? 256;
    if (!TITAN_DIMENSIONS.includes(this.dimension as (typeof TITAN_DIMENSIONS)[number])) {
      throw new Error(`Titan v2 makes 256, 512 or 1024 dimensions, not ${this.dimension}`);
    }
    this.#modelId = options.modelId ?? TITAN_EMBED_V2;
    this.model = `${this.#modelId}/${this.dimension}`;
    this.#client =
      options.client ?? new BedrockRuntimeClient(options.region ? { region: options.region } : {});
    this.#concurrency = options.concurrency ?? 4;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const out = new Array<Float32Array>(texts.length);
    let next = 0;
    const worker = async () => {
      while (next < texts.length) {
        const i = next++;
        out[i] = await this.#embedOne(texts[i] as string);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, texts.length) }, worker));
    return out;
  }

  async #embedOne(text: string): Promise<Float32Array> {
    // Titan refuses empty input; an excerpt without error lines still needs a vector.
    const inputText = (text.trim() === '' ? '(no error lines)' : text).slice(0, MAX_INPUT_CHARS);
    let body: Uint8Array;
    try {
      const response = await this.#client.send(
        new InvokeModelCommand({
          modelId: this.#modelId,
          contentType: 'application/json',
          accept: 'application/json',
          body: JSON.stringify({ inputText, dimensions: this.dimension, normalize: true }),
        }),
      );
      body = response.body;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      throw new ExternalServiceError(
        'bedrock',
        `InvokeModel ${this.#modelId} failed: ${errorMessage(error)}`,
        RETRYABLE.test(name),
        {
          cause: error,
        },
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(body));
    } catch {
      json = undefined;
    }
    const parsed = ResponseSchema.safeParse(json);
    if (!parsed.success || parsed.data.embedding.length !== this.dimension) {
      throw new ExternalServiceError(
        'bedrock',
        `InvokeModel ${this.#modelId} returned ${parsed.success ? `${parsed.data.embedding.length} dimensions, expected ${this.dimension}` : 'no embedding'}`,
        false,
      );
    }
    return normalise(Float32Array.from(parsed.data.embedding));
  }
}
