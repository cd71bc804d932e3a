import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerSecurityCommand } from './security.ts';

const MANIFESTS = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  template:
    spec:
      containers:
      - name: app
        securityContext: { privileged: true }
        env: [{ name: DB_PASSWORD, value: correct-horse-battery }]
---
apiVersion: v1
kind: Pod
metadata: { name: debug, namespace: shop }
spec: { hostNetwork: true, containers: [{ name: sh }] }
`;

async function run(args: string[]): Promise<string[]> {
  const out: string[] = [];
  const program = new Command('sre-agent').exitOverride();
  registerSecurityCommand(program.command('security'), { out: (t) => out.push(t), err: () => {} });
  await program.parseAsync(['node', 'sre-agent', 'security', 'scan', ...args]);
  return out;
}

describe('sre-agent security scan --manifests', () => {
  it('prints the findings of a directory of manifests as JSON, and as a summary grouped by severity', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'security-cli-'));
    try {
      await writeFile(join(dir, 'app.yaml'), MANIFESTS);
      const [json = ''] = await run(['--manifests', dir, '--json', '--level', 'baseline']);
      const { findings } = JSON.parse(json) as { findings: { id: string; kind: string; name: string }[] };
      expect(findings.map((f) => `${f.id} ${f.kind}/${f.name}`)).toEqual([
        'privileged Deployment/web',
        'secretInEnv Deployment/web',
        'hostNamespaces Pod/debug',
        'networkPolicyMissing Namespace/shop',
        'automountServiceAccountToken Deployment/web',
        'automountServiceAccountToken Pod/debug',
      ]);
      expect(json).not.toContain('correct-horse');
      const summary = await run(['--manifests', dir, '--level', 'baseline']);
      expect(summary[0]).toBe(
        `security scan of ${dir}: 2 pod specs, 6 findings (1 critical, 2 high, 1 medium, 2 low)`,
      );
      expect(summary).toContain('CRITICAL');
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('refuses a level that is not a Pod Security Standards level', async () => {
    await expect(run(['--manifests', '.', '--level', 'privileged'])).rejects.toThrow(
      /baseline or restricted/,
    );
  });
});

describe('sre-agent security scan --track', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('records the sandbox’s findings in the local state: all new at first, then still open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'security-track-'));
    try {
      const config = join(dir, 'sre-agent.config.yaml');
      await writeFile(config, `state:\n  dataDir: ${join(dir, 'state')}\n`);
      vi.stubEnv('SRE_AGENT_CONFIG', config);

      const [first = ''] = await run(['--track', '--json']);
      const second = await run(['--track']);

      const parsed = JSON.parse(first) as {
        findings: unknown[];
        tracking: { cluster: string; counts: Record<string, number>; new: unknown[] };
      };
      expect(parsed.findings.length).toBeGreaterThan(0);
      expect(parsed.tracking.cluster).toBe('sandbox');
      expect(parsed.tracking.counts).toEqual({
        new: parsed.findings.length,
        stillOpen: 0,
        fixed: 0,
        exempted: 0,
      });
      expect(second).toContain(
        `TRACKED (cluster sandbox): 0 new, ${parsed.findings.length} still open, 0 fixed, 0 exempted since the last tracked scan`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses --track with --manifests: there is no cluster to follow', async () => {
    await expect(run(['--manifests', '.', '--track'])).rejects.toThrow(/--track follows a cluster/);
  });
});
