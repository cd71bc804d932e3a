import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSecrets } from '../config.ts';
import { parseConfig } from '../config-file.ts';
import { INTEGRATION_SECRETS, INTEGRATIONS, IntegrationsConfigSchema, SecretsSchema } from './registry.ts';

const ROOT = join(import.meta.dirname, '../../../..');

/** The root example with its commented-out `integrations` block switched on. */
function exampleWithEveryIntegration(): string {
  const lines = readFileSync(join(ROOT, 'sre-agent.config.yaml'), 'utf8').split('\n');
  const start = lines.indexOf('integrations: {}');
  const out = [...lines];
  out[start] = 'integrations:';
  for (let i = start + 1; out[i]?.startsWith('#  '); i++) out[i] = (out[i] ?? '').slice(1);
  return out.join('\n');
}

describe('the integration registry', () => {
  it('names each integration once and says where each one in use is created', () => {
    const names = INTEGRATIONS.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
    for (const integration of INTEGRATIONS) {
      if (integration.createdIn)
        expect(existsSync(join(ROOT, integration.createdIn)), integration.createdIn).toBe(true);
    }
  });

  it('declares each secret once, as an environment variable with an SST secret name', () => {
    const envs = INTEGRATION_SECRETS.map((s) => s.env);
    const stackNames = INTEGRATION_SECRETS.map((s) => s.stackName);
    expect(new Set(envs).size).toBe(envs.length);
    expect(new Set(stackNames).size).toBe(stackNames.length);
    for (const secret of INTEGRATION_SECRETS) {
      expect(secret.env).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(secret.stackName).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(secret.doc.length, secret.env).toBeGreaterThan(20);
    }
    expect(Object.keys(SecretsSchema.shape).sort()).toEqual([...envs].sort());
  });

  it('keeps the config file format: both examples parse, the root one with every integration switched on', () => {
    const full = parseConfig(exampleWithEveryIntegration(), 'sre-agent.config.yaml');
    expect(Object.keys(full.integrations).sort()).toEqual(
      INTEGRATIONS.filter((i) => i.config !== null)
        .map((i) => i.name)
        .sort(),
    );
    expect(full.integrations.slack?.approvers.namespaces).toEqual({ payments: ['U045FG6HIJ'] });
    expect(full.integrations.bedrock?.embeddingModelId).toBe('amazon.titan-embed-text-v2:0');
    expect(() => parseConfig(readFileSync(join(ROOT, 'deploy/example.config.yaml'), 'utf8'))).not.toThrow();
  });

  it('refuses settings of an integration it does not know, and a secret that is not what it should be', () => {
    expect(IntegrationsConfigSchema.safeParse({ hipchat: { room: 'x' } }).success).toBe(false);
    expect(IntegrationsConfigSchema.safeParse({ alertmanager: {} }).success).toBe(false);
    expect(() => parseSecrets({ TEAMS_WEBHOOK_URL: 'not a url' })).toThrow(/TEAMS_WEBHOOK_URL/);
    expect(parseSecrets({ SLACK_BOT_TOKEN: 'xoxb-1', PATH: '/usr/bin', GITHUB_TOKEN: '' })).toEqual({
      SLACK_BOT_TOKEN: 'xoxb-1',
    });
  });
});
