import { generateKeyPairSync } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubAppTokenSource } from '../src/hosts/github-app-token.ts';
import { GitHubGitHost } from '../src/hosts/github-git-host.ts';
import { proposeFixes } from '../src/propose.ts';
import { attachSources, inventoryFromRepository, scanGitops } from '../src/scan.ts';
import { readGitopsRepoConfig } from '../src/source/gitops-config.ts';
import { CachedKustomizeRenderer, KubectlKustomizeRenderer } from '../src/source/kustomize-renderer.ts';
import { readRepository, yamlFingerprint } from '../src/source/repository.ts';
import { createFixtureRepo, FIXTURE_FILES } from './fixture-repo.ts';
import { GitHubFake } from './github-fake.ts';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

describe('GitHub App installation tokens', { timeout: 120_000 }, () => {
  let github: GitHubFake;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-12-02T10:00:00Z'));
    github = await new GitHubFake()
      .withApp({ id: '424242', installationId: 77, publicKey, now: () => clock.now() })
      .start();
    github.seed(FIXTURE_FILES);
  });
  afterEach(async () => {
    await github.close();
  });

  const source = (overrides: { appId?: string; privateKey?: string } = {}) =>
    githubAppTokenSource({
      appId: overrides.appId ?? '424242',
      installationId: 77,
      privateKey: overrides.privateKey ?? PEM,
      repository: 'manifests',
      baseUrl: github.url(),
      clock,
    });

  it('exchanges a JWT signed with the app key for an installation token, and reuses it until shortly before it expires', async () => {
    const token = source();

    const first = await token();
    clock.advance(50 * 60_000);
    const again = await token();
    clock.advance(6 * 60_000);
    const renewed = await token();

    expect(first).toMatch(/^ghs_/);
    expect(again).toBe(first);
    expect(renewed).not.toBe(first);
    expect(github.installationTokens).toEqual([first, renewed]);
    const exchanges = github.requests.filter((r) => r.path === '/app/installations/77/access_tokens');
    expect(exchanges).toHaveLength(2);
    expect(exchanges[0]?.authorization).toMatch(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/i);
    // Each token reaches the configured repository only, with only what the enforcer does.
    expect(github.installationTokenRequests).toEqual([
      {
        repositories: ['manifests'],
        permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
      },
      {
        repositories: ['manifests'],
        permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
      },
    ]);
  });

  it('asks once when many requests need a token at the same moment', async () => {
    const token = source();
    const tokens = await Promise.all([token(), token(), token(), token()]);
    expect(new Set(tokens).size).toBe(1);
    expect(github.installationTokens).toHaveLength(1);
  });

  it('fails with GitHub’s refusal when the JWT is signed by another key or names another app', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    await expect(source({ privateKey: other })()).rejects.toThrow(/installation token .* failed \(401\)/);
    await expect(source({ appId: '1' })()).rejects.toThrow(/\(401\)/);
    expect(github.installationTokens).toEqual([]);
  });

  it('refuses a private key that is not PEM at once, naming the secret', () => {
    expect(() => source({ privateKey: 'not a key' })).toThrow(/GITHUB_APP_PRIVATE_KEY/);
  });

  it('opens pull requests with the installation token as the credentials', async () => {
    const dir = await createFixtureRepo();
    try {
      const kustomize = new CachedKustomizeRenderer(
        new KubectlKustomizeRenderer(testBinary('kubectl')),
        yamlFingerprint,
      );
      const repo = await readRepository(dir, { kustomize });
      const findings = attachSources(scanGitops({ inventory: inventoryFromRepository(repo) }), repo).filter(
        (f) => f.check === 'livenessProbeMissing',
      );
      const host = new GitHubGitHost({
        repo: 'acme/platform-config',
        baseBranch: 'main',
        token: source(),
        baseUrl: github.url(),
        clock,
      });

      const outcomes = await proposeFixes(
        { host, kustomize, logger: silentLogger },
        { repoDir: dir, findings, config: await readGitopsRepoConfig(dir) },
      );

      expect(outcomes.map((o) => o.status)).toEqual(['created']);
      const [token] = github.installationTokens;
      const repoCalls = github.requests.filter((r) => r.path.startsWith('/repos/'));
      expect(repoCalls.length).toBeGreaterThan(5);
      expect(new Set(repoCalls.map((r) => r.authorization))).toEqual(new Set([`token ${token}`]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
