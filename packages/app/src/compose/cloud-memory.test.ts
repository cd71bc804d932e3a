import { ConfigSchema, InMemoryLogger, type LoadedConfig, ManualClock, sequentialIds } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { cloudIncidentMemory } from './cloud-memory.ts';

const loaded = (
  integrations: Record<string, unknown>,
  secrets: LoadedConfig['secrets'] = {},
): LoadedConfig => ({
  config: ConfigSchema.parse({ integrations }),
  source: undefined,
  secrets,
});
const deps = () => ({
  clock: new ManualClock('2026-12-02T00:00:00Z'),
  ids: sequentialIds(),
  logger: new InMemoryLogger(),
});

describe('cloudIncidentMemory', () => {
  it('is on with Pinecone, Bedrock and the Pinecone key (no call is made until it is used)', () => {
    const memory = cloudIncidentMemory(
      loaded(
        { pinecone: { index: 'sre-agent-memory' }, bedrock: { region: 'eu-west-1' } },
        { PINECONE_API_KEY: 'pk' },
      ),
      deps(),
    );
    expect(memory).toBeDefined();
  });

  it('is off, saying what is missing, without the key or an integration', () => {
    const d = deps();
    expect(cloudIncidentMemory(loaded({ pinecone: { index: 'sre-agent-memory' } }), d)).toBeUndefined();
    expect(d.logger.records.at(-1)?.attributes).toMatchObject({
      missing: 'integrations.bedrock, PINECONE_API_KEY',
    });
  });
});
