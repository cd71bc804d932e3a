import { ConfigError, ConfigSchema, InMemoryLogger, parseConfig } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSISTANT_BOUNDS } from './converse-assistant.ts';
import { assistantFromConfig } from './from-config.ts';

describe('assistantFromConfig', () => {
  it('uses no model unless integrations.bedrock names one (then ask answers with the rules)', () => {
    expect(assistantFromConfig(ConfigSchema.parse({}), new InMemoryLogger())).toBeUndefined();
    expect(
      assistantFromConfig(
        ConfigSchema.parse({ integrations: { bedrock: { region: 'eu-west-1' } } }),
        new InMemoryLogger(),
      ),
    ).toBeUndefined();
  });

  it('takes assistantModelId, else reasoningModelId', () => {
    const logger = new InMemoryLogger();
    const reasoning = ConfigSchema.parse({
      integrations: { bedrock: { region: 'eu-west-1', reasoningModelId: 'model-a' } },
    });
    expect(assistantFromConfig(reasoning, logger)?.modelId).toBe('model-a');
    const own = ConfigSchema.parse({
      integrations: {
        bedrock: { region: 'eu-west-1', reasoningModelId: 'model-a', assistantModelId: 'model-b' },
      },
    });
    expect(assistantFromConfig(own, logger)?.modelId).toBe('model-b');
  });

  it('refuses out-of-range bounds at start-up, naming the field', () => {
    const yaml = 'integrations:\n  bedrock: { region: eu-west-1, assistant: { maxTurns: 0 } }\n';
    expect(() => parseConfig(yaml)).toThrow(ConfigError);
    expect(() => parseConfig(yaml)).toThrow(/assistant\.maxTurns/);
    expect(DEFAULT_ASSISTANT_BOUNDS).toEqual({
      maxTurns: 6,
      maxToolCalls: 12,
      maxResultChars: 8000,
      timeoutSeconds: 90,
    });
  });
});
