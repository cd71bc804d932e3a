import { readFile, rm } from 'node:fs/promises';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { rightsizeCluster, rightsizeJson } from '@sre-agent/cost';
import { InMemoryUsageMetrics, syntheticWorkload } from '@sre-agent/cost/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../src/git.ts';
import { LocalGitHost } from '../src/hosts/local-git-host.ts';
import { type ProposalOutcome, proposeFixes } from '../src/propose.ts';
import { rightsizeFindings } from '../src/rightsize-proposals.ts';
import { readGitopsRepoConfig } from '../src/source/gitops-config.ts';
import { CachedKustomizeRenderer, KubectlKustomizeRenderer } from '../src/source/kustomize-renderer.ts';
import { yamlFingerprint } from '../src/source/repository.ts';
import { changedLines, createFixtureRepo } from './fixture-repo.ts';

const kustomize = new CachedKustomizeRenderer(
  new KubectlKustomizeRenderer(testBinary('kubectl')),
  yamlFingerprint,
);

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
const END = START + 7 * 86_400;

const deployment = (name: string, resources: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
      - name: app
        image: ghcr.io/acme/${name}:1.0.0
${resources}`;

const FILES: Record<string, string> = {
  'apps/api.yaml': `# the API: owned by team shop
${deployment(
  'api',
  `        resources:
          requests:
            cpu: "2" # sized for the launch
            memory: 4Gi
          limits:
            memory: 8Gi # never OOM again
`,
).replace('  name: api\n', '  name: api\n  namespace: shop\n')}`,
  'apps/fresh.yaml': deployment('fresh', '        resources: {}\n').replace(
    '  name: fresh\n',
    '  name: fresh\n  namespace: shop\n',
  ),
  'kustomize/base/kustomization.yaml': 'resources:\n  - report.yaml\n',
  'kustomize/base/report.yaml': deployment(
    'report',
    `        resources:
          requests: { cpu: 1500m, memory: 3Gi }
          limits: { memory: 3Gi }
`,
  ),
  'kustomize/overlays/prod/kustomization.yaml':
    'namespace: jobs\nresources:\n  - ../../base\npatches:\n  - path: memory.yaml\n',
  'kustomize/overlays/prod/memory.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: report
spec:
  template:
    spec:
      containers:
      - name: app
        resources:
          limits:
            memory: 6Gi # prod reports are bigger
`,
};

type Json = ReturnType<typeof rightsizeJson>;

describe('right-sizing proposals', { timeout: 120_000 }, () => {
  let dir: string;
  let json: Json;
  let outcomes: ProposalOutcome[];
  const rec = (name: string) =>
    json.recommendations.find((r) => r.workload === name) as Json['recommendations'][number];
  const outcome = (name: string) => outcomes.find((o) => o.finding.includes(`/${name}/`)) as ProposalOutcome;

  beforeAll(async () => {
    dir = await createFixtureRepo(FILES);
    const api = syntheticWorkload({
      archetype: 'steady',
      seed: 1,
      startEpochSeconds: START,
      namespace: 'shop',
      name: 'api',
    });
    const report = syntheticWorkload({
      archetype: 'diurnal',
      seed: 2,
      startEpochSeconds: START,
      namespace: 'jobs',
      name: 'report',
    });
    const fresh = syntheticWorkload({
      archetype: 'steady',
      seed: 3,
      startEpochSeconds: START,
      namespace: 'shop',
      name: 'fresh',
    });
    const week = fresh.week(0);
    const metrics = new InMemoryUsageMetrics([
      ...[api, report].map((w) => ({ ref: w.ref, current: w.current, series: w.week(0) })),
      // Deployed 12 hours ago: too little history to size from.
      {
        ref: fresh.ref,
        current: fresh.current,
        series: {
          cpuCores: week.cpuCores.slice(-720),
          memoryScrapedBytes: week.memoryScrapedBytes.slice(-720),
        },
      },
    ]);
    const result = await rightsizeCluster(
      { metrics },
      { window: { end: new Date(END * 1000), windowSeconds: 7 * 86_400 } },
    );
    json = rightsizeJson(result);
    const host = new LocalGitHost({ dir, clock: new ManualClock(new Date('2026-12-02T10:00:00Z')) });
    outcomes = await proposeFixes(
      { host, kustomize, logger: silentLogger },
      { repoDir: dir, findings: rightsizeFindings(result), config: await readGitopsRepoConfig(dir) },
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('proposes each resize as an edit of requests and limits where they are set, touching nothing else', async () => {
    expect(rec('api').action).toBe('resize');
    expect(rec('report').action).toBe('resize');
    expect(
      outcomes.map((o) => `${o.status} ${o.draft ? 'draft' : 'ready'} ${o.finding} ${o.files.join(',')}`),
    ).toEqual([
      'created ready rightsize/shop/Deployment/api/app apps/api.yaml',
      'created ready rightsize/jobs/Deployment/report/app kustomize/base/report.yaml,kustomize/overlays/prod/memory.yaml',
      'created draft rightsize/shop/Deployment/fresh/app apps/fresh.yaml',
    ]);
    const api = rec('api').recommended;
    expect(changedLines(await git(dir, ['diff', 'main', outcome('api').branch]))).toEqual([
      '-            cpu: "2" # sized for the launch',
      '-            memory: 4Gi',
      `+            cpu: "${api.cpuRequest}" # sized for the launch`,
      `+            memory: ${api.memoryRequest}`,
      '-            memory: 8Gi # never OOM again',
      `+            memory: ${api.memoryLimit} # never OOM again`,
    ]);
    const report = rec('report').recommended;
    expect(changedLines(await git(dir, ['diff', 'main', outcome('report').branch]))).toEqual([
      '-          requests: { cpu: 1500m, memory: 3Gi }',
      `+          requests: { cpu: ${report.cpuRequest}, memory: ${report.memoryRequest} }`,
      '-            memory: 6Gi # prod reports are bigger',
      `+            memory: ${report.memoryLimit} # prod reports are bigger`,
    ]);
    // The branch renders: kubectl kustomize of the overlay has the recommended resources.
    await git(dir, ['checkout', '--quiet', outcome('report').branch]);
    try {
      const rendered = await kustomize.render(dir, 'kustomize/overlays/prod');
      const d = rendered.find((o) => (o as { kind: string }).kind === 'Deployment') as {
        spec: { template: { spec: { containers: { resources: unknown }[] } } };
      };
      expect(d.spec.template.spec.containers[0]?.resources).toEqual({
        requests: { cpu: report.cpuRequest, memory: report.memoryRequest },
        limits: { memory: report.memoryLimit },
      });
    } finally {
      await git(dir, ['checkout', '--quiet', 'main']);
    }
  });

  it('puts the evidence in the pull request: window, percentiles, savings', async () => {
    const body = await readFile(outcome('api').url ?? '', 'utf8');
    const e = rec('api').evidence;
    expect(body).toContain(
      "the cost sentinel's right-sizing of 7 days of usage ending 2026-01-08T00:00:00.000Z",
    );
    expect(body).toContain(`CPU p50 ${e.cpu.p50}, p95 ${e.cpu.p95}, p99 ${e.cpu.p99}, max ${e.cpu.max}`);
    expect(body).toContain(`working set p50 ${e.memory.p50}, p99 ${e.memory.p99}, max ${e.memory.max}`);
    expect(body).toContain(`saves about $${rec('api').monthlySavingsUsd.toFixed(2)} a month`);
    expect(rec('api').monthlySavingsUsd).toBeGreaterThan(0);
  });

  it('drafts a container with too little history, saying how much is needed', async () => {
    expect(rec('fresh').action).toBe('insufficient-data');
    const body = await readFile(outcome('fresh').url ?? '', 'utf8');
    expect(body).toContain('**Draft: a human must fill this in.**');
    expect(body).toMatch(/only 1[12] h of history \(at least \d+ h needed\)/);
    expect(changedLines(await git(dir, ['diff', 'main', outcome('fresh').branch]))).toEqual([
      expect.stringMatching(
        /^\+ {8}# sre-agent: right-size resources when the usage history suffices \(only 1[12] h/,
      ),
    ]);
  });
});
