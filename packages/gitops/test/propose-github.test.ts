import { rm } from 'node:fs/promises';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitopsFinding } from '../src/finding.ts';
import { GitHubGitHost } from '../src/hosts/github-git-host.ts';
import { proposeFixes } from '../src/propose.ts';
import { attachSources, inventoryFromRepository, scanGitops } from '../src/scan.ts';
import { readGitopsRepoConfig } from '../src/source/gitops-config.ts';
import { CachedKustomizeRenderer, KubectlKustomizeRenderer } from '../src/source/kustomize-renderer.ts';
import { readRepository, yamlFingerprint } from '../src/source/repository.ts';
import { createFixtureRepo, FIXTURE_FILES } from './fixture-repo.ts';
import { GitHubFake } from './github-fake.ts';

const kustomize = new CachedKustomizeRenderer(
  new KubectlKustomizeRenderer(testBinary('kubectl')),
  yamlFingerprint,
);

describe('pull requests on GitHub through Octokit', { timeout: 120_000 }, () => {
  let dir: string;
  let github: GitHubFake;
  let clock: ManualClock;
  let host: GitHubGitHost;
  let findings: GitopsFinding[];
  beforeEach(async () => {
    dir = await createFixtureRepo();
    github = await new GitHubFake().start();
    github.seed(FIXTURE_FILES);
    clock = new ManualClock(new Date('2026-12-02T10:00:00Z'));
    host = new GitHubGitHost({
      repo: 'acme/platform-config',
      baseBranch: 'main',
      token: 'ghp_test',
      baseUrl: github.url(),
      clock,
      closedCooldownDays: 7,
    });
    const repo = await readRepository(dir, { kustomize });
    findings = attachSources(scanGitops({ inventory: inventoryFromRepository(repo) }), repo).filter((f) =>
      ['livenessProbeMissing', 'spreadMissing'].includes(f.check),
    );
  });
  afterEach(async () => {
    await github.close();
    await rm(dir, { recursive: true, force: true });
  });

  const propose = async () =>
    proposeFixes(
      { host, kustomize, logger: silentLogger },
      { repoDir: dir, findings, config: await readGitopsRepoConfig(dir) },
    );

  it('opens one labelled pull request per finding, with the commit on its own branch, and updates instead of duplicating', async () => {
    const first = await propose();
    expect(first.map((o) => `${o.status} ${o.url}`)).toEqual([
      `created ${github.url()}/acme/platform-config/pull/1`,
      `created ${github.url()}/acme/platform-config/pull/2`,
    ]);
    const [pull] = github.pulls;
    expect(pull?.title).toBe('Fix: add liveness probe to payment-service');
    expect(pull?.labels).toEqual(['sre-agent', 'gitops']);
    expect(pull?.body).toContain('+          livenessProbe:');
    expect(pull?.body).toContain(
      'sre-agent finding-key: livenessProbeMissing/shop/Deployment/payment-service/app',
    );
    const tip = github.commits.get(github.refs.get(`refs/heads/${pull?.head}`) ?? '');
    expect(tip?.author.email).toBe('sre-agent@users.noreply.sre-agent.dev');
    const file = github.trees.get(tip?.tree ?? '')?.get('apps/payment/payment.yaml') ?? '';
    expect(github.blobs.get(file)).toContain('failureThreshold: 6');
    expect(github.requests.every((r) => r.authorization === 'token ghp_test')).toBe(true);

    const again = await propose();
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    expect(github.pulls).toHaveLength(2);
    expect((await host.listOpen()).map((p) => p.key)).toEqual([
      'livenessProbeMissing/shop/Deployment/payment-service/app',
      'spreadMissing/shop/Deployment/checkout',
    ]);

    // A fork's pull request from a branch named like the agent's is not the agent's proposal,
    // whatever key its author wrote into the body.
    github.openForkPull({
      owner: 'mallory',
      head: 'sre-agent/livenessProbeMissing/shop/Deployment/payment-service/app',
      title: 'Fix: add liveness probe to payment-service',
      body: '<!-- sre-agent finding-key: livenessProbeMissing/shop/Deployment/payment-service/app -->',
    });
    expect(await host.listOpen()).toHaveLength(2);
    expect((await propose()).map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('concurrent sweeps open each pull request once', async () => {
    const [a, b] = await Promise.all([propose(), propose()]);
    expect([...(a ?? []), ...(b ?? [])].filter((o) => o.status === 'created')).toHaveLength(2);
    expect(github.pulls).toHaveLength(2);
  });

  it('leaves a branch with a human commit alone and does not reopen a pull request a human closed', async () => {
    await propose();
    github.commitAs('sre-agent/spreadmissing/shop/deployment/checkout', 'ana@example.com');
    github.closePull(1, '2026-12-02T11:00:00Z');
    clock.advance(2 * 3_600_000);
    const outcomes = await propose();
    expect(outcomes.map((o) => o.status)).toEqual(['skipped', 'skipped']);
    expect(outcomes[0]?.reason).toMatch(/closed unmerged/);
    expect(outcomes[1]?.reason).toMatch(/by someone else/);
    expect(github.pulls).toHaveLength(2);
    clock.advance(8 * 86_400_000);
    expect((await propose())[0]?.status).toBe('created');
  });

  it('proposes nothing when the base branch moved past the checkout', async () => {
    github.seed({
      ...FIXTURE_FILES,
      'apps/payment/payment.yaml': `${FIXTURE_FILES['apps/payment/payment.yaml']}# moved\n`,
    });
    const outcomes = await propose();
    expect(outcomes[0]?.status).toBe('skipped');
    expect(outcomes[0]?.reason).toMatch(/differs from the checkout/);
    expect(github.pulls.map((p) => p.title)).toEqual(['Fix: spread checkout across nodes and zones']);
  });
});
