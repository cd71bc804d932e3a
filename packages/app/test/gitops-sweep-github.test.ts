import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock, parseConfig, sequentialIds, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { FIXTURE_FILES, GitHubFake, githubTarball, rawTarball } from '@sre-agent/gitops/testing';
import { createInMemoryState } from '@sre-agent/state';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runScheduledGitopsSweep } from '../src/entry/gitops-sweep.ts';

const branchOf = (finding: string) => `sre-agent/${finding.toLowerCase().replace(/[^a-z0-9/-]+/g, '-')}`;

describe('the scheduled GitOps sweep against GitHub with no git (the Lambda’s use case)', {
  timeout: 180_000,
}, () => {
  let github: GitHubFake;
  let clock: ManualClock;
  let stores: ReturnType<typeof createInMemoryState>;
  // As in Lambda's Node runtime: no git (nor kubectl) on the PATH.
  let emptyPath: string;
  const savedPath = process.env.PATH;
  const kubectl = testBinary('kubectl');
  beforeAll(async () => {
    emptyPath = await mkdtemp(join(tmpdir(), 'no-git-path-'));
    process.env.PATH = emptyPath;
  });
  afterAll(async () => {
    process.env.PATH = savedPath;
    await rm(emptyPath, { recursive: true, force: true });
  });
  beforeEach(async () => {
    github = await new GitHubFake().start();
    github.seed(FIXTURE_FILES);
    clock = new ManualClock(new Date('2026-12-02T10:00:00Z'));
    stores = createInMemoryState({ clock });
  });
  afterEach(async () => {
    await github.close();
  });

  const context = (secrets: Record<string, string>) => ({
    loaded: {
      config: parseConfig(
        `integrations: { github: { repo: acme/platform-config, apiUrl: '${github.url()}', closedCooldownDays: 7 } }\npolicy: { denyNamespaces: [staging] }`,
      ),
      source: undefined,
      secrets,
    },
    stores,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  });
  const sweep = (options: { kubectl?: string; secrets?: Record<string, string> } = {}) =>
    runScheduledGitopsSweep(context(options.secrets ?? { GITHUB_TOKEN: 'ghp_test' }), {
      owner: 'req-1',
      ...(options.kubectl ? { kubectl: options.kubectl } : {}),
    });

  it('reads the base branch through the API, opens one pull request per finding outside denied namespaces, and duplicates nothing the next day', async () => {
    expect(spawnSync('git', ['--version']).error).toMatchObject({ code: 'ENOENT' });
    const first = await sweep({ kubectl });
    clock.advance(86_400_000);
    const second = await sweep({ kubectl });

    if (first.status !== 'swept') throw new Error(`not swept: ${JSON.stringify(first)}`);
    expect(first.repository).toBe('acme/platform-config@main');
    expect(first.commit).toBe(github.refs.get('refs/heads/main'));
    expect(first.notRendered).toEqual([]);
    const opened = first.proposals.filter((p) => p.status === 'created');
    expect(opened.length).toBeGreaterThan(0);
    // Kustomize-rendered objects too (kubectl given): the checkout Deployment of the prod overlay.
    expect(opened.some((p) => p.finding.includes('/shop/Deployment/checkout'))).toBe(true);
    expect(github.pulls.map((p) => p.head).sort()).toEqual(opened.map((p) => branchOf(p.finding)).sort());
    expect(github.pulls.some((p) => p.head.includes('/staging/'))).toBe(false);
    expect(second.status === 'swept' && second.proposals.map((p) => p.status)).toEqual(
      first.proposals.map((p) => (p.status === 'created' ? 'unchanged' : p.status)),
    );
    expect(github.pulls).toHaveLength(opened.length);
    const recent = await stores.proposals.listRecent({ since: new Date(0) });
    expect(new Set(recent.map((r) => `${r.host} ${r.repository} ${r.trigger}`))).toEqual(
      new Set(['github acme/platform-config sweep']),
    );
    expect(
      github.requests
        .filter((r) => r.path.startsWith('/repos/'))
        .every((r) => r.authorization === 'token ghp_test'),
    ).toBe(true);
    // The archive host is another origin: it gets the archive request, never the token.
    expect(github.archiveRequests).toHaveLength(2);
    expect(github.archiveRequests.every((r) => r.authorization === undefined)).toBe(true);
  });

  it('without kubectl, proposes for plain YAML and reports the Kustomize roots as not rendered', async () => {
    const result = await sweep();

    if (result.status !== 'swept') throw new Error(`not swept: ${JSON.stringify(result)}`);
    // Each root with the manifests its build reads: none of them was checked through it.
    expect(result.notRendered.map((n) => [n.root, n.files])).toEqual([
      [
        'kustomize/overlays/prod',
        [
          'kustomize/base/deployment.yaml',
          'kustomize/base/kustomization.yaml',
          'kustomize/base/pdb.yaml',
          'kustomize/overlays/prod/kustomization.yaml',
          'kustomize/overlays/prod/probe-patch.yaml',
          'kustomize/overlays/prod/replicas.yaml',
        ],
      ],
      [
        'kustomize/overlays/staging',
        [
          'kustomize/base/deployment.yaml',
          'kustomize/base/kustomization.yaml',
          'kustomize/base/pdb.yaml',
          'kustomize/overlays/staging/kustomization.yaml',
          'kustomize/overlays/staging/replicas.yaml',
        ],
      ],
    ]);
    for (const n of result.notRendered)
      expect(n.reason).toBe(
        "not rendered: kubectl is not on this machine's PATH, and Kustomize roots need `kubectl kustomize` (in Lambda, add a layer with kubectl to the function's PATH); plain YAML and Helm values are still scanned",
      );
    expect(result.proposals.some((p) => p.finding.includes('/Deployment/checkout'))).toBe(false);
    const opened = result.proposals.filter((p) => p.status === 'created').map((p) => p.finding);
    expect(opened.some((f) => f.includes('/shop/Deployment/payment-service'))).toBe(true);
    expect(github.pulls.map((p) => p.head).sort()).toEqual(opened.map(branchOf).sort());
  });

  it('refuses an archive that climbs out of its directory: nothing is proposed, and it says why', async () => {
    const top = 'acme-platform-config-0123456';
    github.archive = () =>
      rawTarball([
        {
          name: `${top}/apps/payment/payment.yaml`,
          content: FIXTURE_FILES['apps/payment/payment.yaml'] ?? '',
        },
        { name: `${top}/../../../tmp/evil.yaml`, content: 'kind: Evil\n' },
      ]);
    const result = await sweep({ kubectl });

    expect(result).toEqual({
      status: 'failed',
      reason:
        'repository archive refused: entry "acme-platform-config-0123456/../../../tmp/evil.yaml" climbs out of the archive (..)',
    });
    expect(github.pulls).toEqual([]);
    expect(await stores.proposals.listRecent({ since: new Date(0) })).toEqual([]);
    // The lease was released: the next sweep (a sound archive) runs.
    github.archive = githubTarball;
    expect((await sweep({ kubectl })).status).toBe('swept');
  });

  it('skips a manifest that is a symbolic link: nothing is proposed from it', async () => {
    const top = 'acme-platform-config-0123456';
    github.archive = async (_top, files) =>
      rawTarball([
        ...[...files]
          .filter(([path]) => path !== 'apps/payment/payment.yaml')
          .map(([path, content]) => ({ name: `${top}/${path}`, content })),
        { name: `${top}/apps/payment/payment.yaml`, type: 'symlink', linkname: '/etc/passwd' },
      ]);
    const result = await sweep({ kubectl });

    if (result.status !== 'swept') throw new Error(`not swept: ${JSON.stringify(result)}`);
    expect(result.proposals.length).toBeGreaterThan(0);
    expect(result.proposals.some((p) => p.finding.includes('payment-service'))).toBe(false);
    expect(github.pulls.some((p) => p.head.includes('payment-service'))).toBe(false);
  });

  it('says why it does nothing without credentials', async () => {
    expect(await sweep({ secrets: {} })).toEqual({
      status: 'skipped',
      reason: 'neither GITHUB_TOKEN nor integrations.github.app with GITHUB_APP_PRIVATE_KEY is set',
    });
  });
});
