import { rm } from 'node:fs/promises';
import { ManualClock, parseConfig, sequentialIds, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { createFixtureRepo, FIXTURE_FILES, GitHubFake } from '@sre-agent/gitops/testing';
import { createInMemoryState } from '@sre-agent/state';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledGitopsSweep } from '../src/entry/gitops-sweep.ts';

describe('the scheduled GitOps sweep against GitHub (the Lambda’s use case)', { timeout: 180_000 }, () => {
  let github: GitHubFake;
  let origin: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    github = await new GitHubFake().start();
    github.seed(FIXTURE_FILES);
    // git fetches the same files from a local repository in place of GitHub's clone URL (git's own
    // url.<base>.insteadOf, given through the environment as any git config can be).
    origin = await createFixtureRepo();
    Object.assign(process.env, {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `url.${origin}.insteadOf`,
      GIT_CONFIG_VALUE_0: `${new URL(github.url()).origin}/acme/platform-config.git`,
    });
  });
  afterAll(async () => {
    for (const key of ['GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0'])
      if (saved[key] === undefined) delete process.env[key];
    await github.close();
    await rm(origin, { recursive: true, force: true });
  });

  const clock = new ManualClock(new Date('2026-12-02T10:00:00Z'));
  const stores = createInMemoryState({ clock });
  const context = (secrets: Record<string, string>, extra = '') => ({
    loaded: {
      config: parseConfig(
        `integrations: { github: { repo: acme/platform-config, apiUrl: '${github.url()}', closedCooldownDays: 7${extra} } }\npolicy: { denyNamespaces: [staging] }`,
      ),
      source: undefined,
      secrets,
    },
    stores,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  });
  const sweep = (secrets: Record<string, string> = { GITHUB_TOKEN: 'ghp_test' }) =>
    runScheduledGitopsSweep(context(secrets), { owner: 'req-1', kubectl: testBinary('kubectl') });

  it('clones the base branch, opens one pull request per finding outside denied namespaces, and duplicates nothing the next day', async () => {
    const first = await sweep();
    clock.advance(86_400_000);
    const second = await sweep();

    expect(first.status).toBe('swept');
    const opened = first.status === 'swept' ? first.proposals.filter((p) => p.status === 'created') : [];
    expect(opened.length).toBeGreaterThan(0);
    expect(github.pulls.map((p) => p.head).sort()).toEqual(
      opened.map((p) => `sre-agent/${p.finding.toLowerCase().replace(/[^a-z0-9/-]+/g, '-')}`).sort(),
    );
    expect(github.pulls.some((p) => p.head.includes('/staging/'))).toBe(false);
    expect(second.status === 'swept' && second.proposals.map((p) => p.status)).toEqual(
      first.status === 'swept' &&
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
  });

  it('says why it does nothing without credentials', async () => {
    expect(await sweep({})).toEqual({
      status: 'skipped',
      reason: 'neither GITHUB_TOKEN nor integrations.github.app with GITHUB_APP_PRIVATE_KEY is set',
    });
  });
});
