import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { ExternalServiceError } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { BedrockTitanEmbedder, TITAN_EMBED_V2 } from '../src/embed/bedrock-titan-embedder.ts';
import { startFakeBedrock } from './support/fake-bedrock.ts';

const clientFor = (endpoint: string) =>
  new BedrockRuntimeClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });

describe('BedrockTitanEmbedder', () => {
  it('invokes Titan v2 with the text, dimensions and normalize, and returns unit vectors', async () => {
    const fake = await startFakeBedrock();
    try {
      const embedder = new BedrockTitanEmbedder({ client: clientFor(fake.endpoint), dimension: 256 });
      const [a, b, again] = await embedder.embed(['KeyError: <*>', 'ENOSPC: no space left', 'KeyError: <*>']);
      expect(fake.calls).toHaveLength(3);
      expect(fake.calls[0]).toMatchObject({
        modelId: TITAN_EMBED_V2,
        body: { inputText: 'KeyError: <*>', dimensions: 256, normalize: true },
      });
      expect(fake.calls[0]?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
      expect(a).toHaveLength(256);
      expect(Math.hypot(...(a ?? []))).toBeCloseTo(1, 5);
      expect(Array.from(again ?? [])).toEqual(Array.from(a ?? []));
      expect(Array.from(b ?? [])).not.toEqual(Array.from(a ?? []));
      expect(embedder.model).toBe(`${TITAN_EMBED_V2}/256`);
    } finally {
      await fake.close();
    }
  });

  it('sends a placeholder instead of an empty text, which Titan would refuse', async () => {
    const fake = await startFakeBedrock();
    try {
      const embedder = new BedrockTitanEmbedder({ client: clientFor(fake.endpoint) });
      const [v] = await embedder.embed(['  ']);
      expect(v).toHaveLength(256);
      expect(fake.calls[0]?.body.inputText).toBe('(no error lines)');
    } finally {
      await fake.close();
    }
  });

  it('reports throttling as a retryable ExternalServiceError', async () => {
    const fake = await startFakeBedrock({ failWith: { status: 429, type: 'ThrottlingException' } });
    try {
      const embedder = new BedrockTitanEmbedder({ client: clientFor(fake.endpoint) });
      const error = await embedder.embed(['x']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExternalServiceError);
      expect((error as ExternalServiceError).message).toMatch(/^bedrock: InvokeModel/);
      expect((error as ExternalServiceError).retryable).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it('refuses dimensions Titan v2 does not make', () => {
    expect(() => new BedrockTitanEmbedder({ dimension: 300 as 256 })).toThrow(/256, 512 or 1024/);
  });
});
