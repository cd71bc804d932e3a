import { readFile, rm } from 'node:fs/promises';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../src/git.ts';
import { LocalGitHost } from '../src/hosts/local-git-host.ts';
import { proposeFixes } from '../src/propose.ts';
import { attachSources, inventoryFromRepository, scanGitops } from '../src/scan.ts';
import { readGitopsRepoConfig } from '../src/source/gitops-config.ts';
import { readRepository } from '../src/source/repository.ts';
import { changedLines, createFixtureRepo } from './fixture-repo.ts';

const WORKER = `apiVersion: apps/v1
kind: Deployment
metadata: { name: worker, namespace: jobs }
spec:
  replicas: 1
  selector: { matchLabels: { app: worker } }
  template:
    metadata: { labels: { app: worker } }
    spec:
      containers:
        - name: worker # reads from the queue, serves nothing
          image: ghcr.io/acme/worker:5.1.0
          readinessProbe: { exec: { command: [cat, /tmp/ready] } }
`;

describe('a finding with no sound value', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await createFixtureRepo({ 'jobs/worker.yaml': WORKER });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('becomes a draft whose commit only marks the place and whose body says what a human must fill in', async () => {
    const repo = await readRepository(dir, {});
    const findings = attachSources(scanGitops({ inventory: inventoryFromRepository(repo) }), repo).filter(
      (f) => f.check === 'resourcesMissing',
    );
    const host = new LocalGitHost({ dir, clock: new ManualClock(new Date('2026-12-02T10:00:00Z')) });
    const [outcome] = await proposeFixes(
      { host, logger: silentLogger },
      { repoDir: dir, findings, config: await readGitopsRepoConfig(dir) },
    );
    expect(outcome).toMatchObject({
      status: 'created',
      draft: true,
      title: 'Draft: set resource requests and limits of worker',
    });
    expect(changedLines(await git(dir, ['diff', 'main', outcome?.branch ?? '']))).toEqual([
      '+          # sre-agent: set resources.requests.cpu, resources.requests.memory, resources.limits.memory: no usage history to derive them from (configure integrations.prometheus; the cost sentinel needs at least 24 hours of it)',
    ]);
    const body = await readFile(outcome?.url ?? '', 'utf8');
    expect(body).toContain('**Draft: a human must fill this in.**');
    expect(body).toContain(
      '- set containers[name=worker].resources.requests.cpu, containers[name=worker].resources.requests.memory, containers[name=worker].resources.limits.memory: no usage history',
    );
    expect((await host.listOpen())[0]).toMatchObject({ draft: true });
  });
});
