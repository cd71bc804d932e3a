import { rm } from 'node:fs/promises';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHardening } from '../src/hardening/plan.ts';
import { GitHubGitHost } from '../src/hosts/github-git-host.ts';
import { proposeFixes } from '../src/propose.ts';
import { readGitopsRepoConfig } from '../src/source/gitops-config.ts';
import { CachedKustomizeRenderer, KubectlKustomizeRenderer } from '../src/source/kustomize-renderer.ts';
import { readRepository, yamlFingerprint } from '../src/source/repository.ts';
import { createFixtureRepo } from './fixture-repo.ts';
import { GitHubFake } from './github-fake.ts';
import { HARDENING_FILES } from './hardening-fixture.ts';

const kustomize = new CachedKustomizeRenderer(
  new KubectlKustomizeRenderer(testBinary('kubectl')),
  yamlFingerprint,
);

describe('hardening pull requests on GitHub through Octokit', { timeout: 120_000 }, () => {
  let dir: string;
  let github: GitHubFake;
  beforeAll(async () => {
    dir = await createFixtureRepo(HARDENING_FILES);
    github = await new GitHubFake().start();
    github.seed(HARDENING_FILES);
  });
  afterAll(async () => {
    await github.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens the safe fixes as a pull request and the ones that need a check as a labelled draft, once', async () => {
    const host = new GitHubGitHost({
      repo: 'acme/platform-config',
      baseBranch: 'main',
      token: 'ghp_test',
      baseUrl: github.url(),
      clock: new ManualClock(new Date('2026-12-02T10:00:00Z')),
      closedCooldownDays: 7,
    });
    const { findings } = planHardening(await readRepository(dir, { kustomize }));
    const propose = async () =>
      proposeFixes(
        { host, kustomize, logger: silentLogger },
        { repoDir: dir, findings, config: await readGitopsRepoConfig(dir) },
      );
    expect((await propose()).map((o) => o.status)).toEqual(['created', 'created', 'created']);
    expect(github.pulls.map((p) => [p.title.split(':')[0], p.draft, p.labels])).toEqual([
      ['Harden web', false, ['sre-agent', 'gitops', 'security']],
      ['Draft', true, ['sre-agent', 'gitops', 'security', 'needs-verification']],
      ['Harden worker', false, ['sre-agent', 'gitops', 'security']],
    ]);
    expect(github.pulls[1]?.body).toContain('- [ ] `app` runs as uid 1000');
    expect((await propose()).map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(github.pulls).toHaveLength(3);
  });
});
