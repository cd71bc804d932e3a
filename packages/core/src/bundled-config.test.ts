import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONFIG_FILE, loadBundledConfig, renderBundledConfig } from './bundled-config.ts';
import { ConfigSchema } from './config.ts';
import { parseConfig } from './config-file.ts';
import { ConfigError } from './errors.ts';
import { scratchDir } from './testing/scratch-dir.ts';

const yaml = `
clusters:
  - name: prod-eu-1
    eks: { name: prod-eu-1, region: eu-west-1 }
    namespaces: { shop: auto }
policy:
  cooldownMinutes: 7
`;

function bundle(text: string): { env: NodeJS.ProcessEnv; cwd: string } {
  const cwd = scratchDir('sre-agent-bundled');
  writeFileSync(join(cwd, BUNDLED_CONFIG_FILE), text);
  return { env: { SRE_AGENT_CONFIG: BUNDLED_CONFIG_FILE }, cwd };
}

describe('the bundled config (what the functions read)', () => {
  it('reads back exactly the config the deploy validated from YAML', () => {
    const config = parseConfig(yaml);
    const loaded = loadBundledConfig(bundle(renderBundledConfig(config)));
    expect(loaded.config).toEqual(config);
    expect(loaded.source).toMatch(/sre-agent\.config\.json$/);
  });

  it('falls back to the embedded defaults when no config was bundled', () => {
    expect(loadBundledConfig({ env: {} })).toEqual({ config: ConfigSchema.parse({}), source: undefined });
  });

  it('refuses a missing file, bad JSON and invalid fields with a message that says what to fix', () => {
    const cwd = scratchDir('sre-agent-bundled');
    expect(() => loadBundledConfig({ env: { SRE_AGENT_CONFIG: 'gone.json' }, cwd })).toThrowError(
      /cannot be read .*redeploy the stack/,
    );
    expect(() => loadBundledConfig(bundle('{"clusters": ['))).toThrowError(/is not valid JSON/);
    expect(() => loadBundledConfig(bundle('[1, 2]'))).toThrowError(/must be a mapping/);
    const invalid = () => loadBundledConfig(bundle('{"policy": {"cooldownMinutes": "soon"}}'));
    expect(invalid).toThrowError(ConfigError);
    expect(invalid).toThrowError(/cooldownMinutes/);
  });
});
