import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBinary } from '@sre-agent/core/testing';
import { type RunningSandbox, startSandbox } from '@sre-agent/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KubectlServerDryRun } from '../src/dry-run.ts';

describe('the server-side dry run against the sandbox', { timeout: 60_000 }, () => {
  let sandbox: RunningSandbox;
  let dir: string;
  let dryRun: KubectlServerDryRun;
  beforeAll(async () => {
    sandbox = await startSandbox({ scenario: 'healthy' });
    dir = await mkdtemp(join(tmpdir(), 'gitops-dry-run-'));
    await writeFile(join(dir, 'kubeconfig'), sandbox.kubeconfig());
    dryRun = new KubectlServerDryRun({ kubeconfig: join(dir, 'kubeconfig'), kubectl: testBinary('kubectl') });
  });
  afterAll(async () => {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  });

  const deployment = (replicas: unknown) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'dry-run-probe', namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'dry-run-probe' } },
      template: {
        metadata: { labels: { app: 'dry-run-probe' } },
        spec: {
          containers: [{ name: 'app', image: 'nginx:1.27', livenessProbe: { tcpSocket: { port: 80 } } }],
        },
      },
    },
  });

  it('accepts a valid object and refuses an invalid one, writing nothing', async () => {
    expect(await dryRun.check(deployment(2))).toEqual({ ok: true });
    const refused = await dryRun.check(deployment('two'));
    expect(refused.ok).toBe(false);
    const get = await new Promise<string>((resolve) =>
      execFile(
        testBinary('kubectl'),
        ['--kubeconfig', join(dir, 'kubeconfig'), 'get', 'deployment', 'dry-run-probe', '-n', 'default'],
        (_error, stdout, stderr) => resolve(`${stdout}${stderr}`),
      ),
    );
    expect(get).toMatch(/NotFound|not found/);
  });
});
