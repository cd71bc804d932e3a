import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modeFor } from './config.ts';
import { loadConfig, parseConfig } from './config-file.ts';
import { ConfigError } from './errors.ts';
import { scratchDir } from './testing/scratch-dir.ts';

const valid = `
clusters:
  - name: prod-eu-1
    eks: { name: prod-eu-1, region: eu-west-1 }
    namespaces: { shop: auto }
  - name: dev
    kubeconfig: { context: kind-dev }
    defaultMode: auto
policy:
  cooldownMinutes: 5
integrations:
  slack: { channel: '#sre' }
`;

describe('parseConfig', () => {
  it('fills defaults and keeps what the file says', () => {
    const config = parseConfig(valid);
    expect(config.clusters).toHaveLength(2);
    expect(config.policy.cooldownMinutes).toBe(5);
    expect(config.policy.denyNamespaces).toContain('kube-system');
    expect(modeFor(config, 'prod-eu-1', 'shop')).toBe('auto');
    expect(modeFor(config, 'prod-eu-1', 'payments')).toBe('observe');
    expect(modeFor(config, 'dev', 'x')).toBe('auto');
    expect(modeFor(config, 'prod-eu-1', '')).toBe('observe');
    expect(modeFor(config, 'unknown', 'shop')).toBe('observe');
  });

  it('names the bad field and what to fix', () => {
    const bad = 'clusters:\n  - name: Prod_EU\n    eks: { name: x, region: moon }\n';
    expect(() => parseConfig(bad, 'test.yaml')).toThrowError(ConfigError);
    try {
      parseConfig(bad, 'test.yaml');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('test.yaml is invalid');
      expect(message).toContain('clusters[0].name');
      expect(message).toContain('lower-case letters');
      expect(message).toContain('clusters[0].eks.region');
    }
  });

  it('keeps live hardening off: pull requests only, and says so when the file asks for it', () => {
    expect(parseConfig('').security.hardening).toEqual({ applyLive: false, drafts: true });
    expect(parseConfig('security:\n  hardening: { drafts: false }\n').security.hardening.drafts).toBe(false);
    expect(() => parseConfig('security:\n  hardening: { applyLive: true }\n', 'test.yaml')).toThrowError(
      /pull requests only[\s\S]*at security\.hardening\.applyLive/,
    );
  });

  it('rejects unknown keys, so that typos do not pass silently', () => {
    expect(() => parseConfig('polcy: {}')).toThrowError(/polcy/);
  });

  it('takes a Prometheus URL, signed with SigV4 for Amazon Managed Service for Prometheus when a region is set', () => {
    const amp = parseConfig(
      'integrations:\n  prometheus:\n    url: https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-1/\n    sigv4: { region: eu-west-1 }\n',
    );
    expect(amp.integrations.prometheus?.sigv4?.region).toBe('eu-west-1');
    expect(
      parseConfig('integrations: { prometheus: { url: http://prometheus:9090 } }').integrations.prometheus
        ?.sigv4,
    ).toBeUndefined();
    expect(() => parseConfig('integrations: { prometheus: { url: http://p:9090, sigv4: {} } }')).toThrowError(
      /region/,
    );
  });

  it('rejects a cluster with no way in, and one with two', () => {
    expect(() => parseConfig('clusters: [{ name: a }]')).toThrowError(/exactly one of/);
    expect(() => parseConfig('clusters: [{ name: a, inCluster: true, kubeconfig: {} }]')).toThrowError(
      /exactly one of/,
    );
  });

  it('reports YAML syntax errors with the line', () => {
    expect(() => parseConfig('clusters: [\n  - a: b\n', 'x.yaml')).toThrowError(
      /x.yaml is not valid YAML at line/,
    );
  });

  it('rejects duplicate cluster names', () => {
    expect(() =>
      parseConfig('clusters: [{ name: a, inCluster: true }, { name: a, inCluster: true }]'),
    ).toThrowError(/appears twice/);
  });
});

describe('integrations.github.kubectlLayerArn', () => {
  it('takes a layer version ARN and refuses anything else with what to write', () => {
    const config = (arn: string) =>
      parseConfig(
        `integrations:\n  github:\n    repo: acme/platform-config\n    kubectlLayerArn: "${arn}"\n`,
      );
    expect(config('arn:aws:lambda:eu-west-1:000000000000:layer:kubectl:3').integrations.github).toMatchObject(
      {
        kubectlLayerArn: 'arn:aws:lambda:eu-west-1:000000000000:layer:kubectl:3',
      },
    );
    expect(() => config('arn:aws:lambda:eu-west-1:000000000000:layer:kubectl')).toThrowError(
      /a Lambda layer version ARN: arn:aws:lambda:<region>:<account>:layer:<name>:<version>\n.*integrations\.github\.kubectlLayerArn/s,
    );
  });
});

describe('loadConfig', () => {
  it('uses embedded defaults when no file exists and none is named', () => {
    const dir = scratchDir('cfg');
    const loaded = loadConfig({ env: {}, cwd: dir });
    expect(loaded.source).toBeUndefined();
    expect(loaded.config.clusters).toEqual([]);
  });

  it('fails clearly when the named file is missing', () => {
    const dir = scratchDir('cfg');
    expect(() => loadConfig({ env: { SRE_AGENT_CONFIG: 'nope.yaml' }, cwd: dir })).toThrowError(
      /does not exist/,
    );
  });

  it('reads the file and the secrets from the environment', () => {
    const dir = scratchDir('cfg');
    writeFileSync(join(dir, 'sre-agent.config.yaml'), valid);
    const loaded = loadConfig({ env: { SLACK_BOT_TOKEN: 'xoxb-1' }, cwd: dir });
    expect(loaded.source).toBe(join(dir, 'sre-agent.config.yaml'));
    expect(loaded.secrets.SLACK_BOT_TOKEN).toBe('xoxb-1');
  });

  it('rejects a malformed secret with the variable name', () => {
    const dir = scratchDir('cfg');
    expect(() => loadConfig({ env: { TEAMS_WEBHOOK_URL: 'not a url' }, cwd: dir })).toThrowError(
      /TEAMS_WEBHOOK_URL/,
    );
  });
});
