import { readFile, rm } from 'node:fs/promises';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git } from '../src/git.ts';
import { LocalGitHost } from '../src/hosts/local-git-host.ts';
import { addGitopsObject, emptyGitopsInventory } from '../src/objects.ts';
import { proposeFixes } from '../src/propose.ts';
import { attachSources, inventoryFromRepository, scanGitops } from '../src/scan.ts';
import { readGitopsRepoConfig } from '../src/source/gitops-config.ts';
import { CachedKustomizeRenderer, KubectlKustomizeRenderer } from '../src/source/kustomize-renderer.ts';
import { readRepository, yamlFingerprint } from '../src/source/repository.ts';
import { changedLines, createFixtureRepo } from './fixture-repo.ts';

const kustomize = new CachedKustomizeRenderer(
  new KubectlKustomizeRenderer(testBinary('kubectl')),
  yamlFingerprint,
);

async function scan(dir: string) {
  const repo = await readRepository(dir, { kustomize });
  return attachSources(scanGitops({ inventory: inventoryFromRepository(repo) }), repo);
}

describe('proposing fixes to a local repository', { timeout: 120_000 }, () => {
  let dir: string;
  let clock: ManualClock;
  let host: LocalGitHost;
  beforeEach(async () => {
    dir = await createFixtureRepo();
    clock = new ManualClock(new Date('2026-12-02T10:00:00Z'));
    host = new LocalGitHost({ dir, clock, closedCooldownDays: 7 });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const propose = async (findings: Awaited<ReturnType<typeof scan>>) =>
    proposeFixes(
      { host, kustomize, logger: silentLogger },
      { repoDir: dir, findings, config: await readGitopsRepoConfig(dir) },
    );

  it('edits each field where it is set (plain file, Kustomize base, strategic-merge and JSON6902 patches), touching nothing else', async () => {
    const outcomes = await propose(await scan(dir));
    expect(outcomes.map((o) => `${o.status} ${o.branch} ${o.files.join(',')}`)).toEqual([
      'created sre-agent/pdbblocksdrain/staging/poddisruptionbudget/checkout kustomize/overlays/staging/replicas.yaml',
      'created sre-agent/livenessprobemissing/shop/deployment/payment-service/app apps/payment/payment.yaml',
      'created sre-agent/probetimeouttoolong/shop/deployment/checkout/web/readinessprobe kustomize/overlays/prod/probe-patch.yaml',
      'created sre-agent/spreadmissing/shop/deployment/checkout kustomize/base/deployment.yaml',
    ]);
    const diff = async (branch: string) => changedLines(await git(dir, ['diff', 'main', branch]));
    expect(await diff(outcomes[0]?.branch ?? '')).toEqual([
      '-  value: 1 # one is enough for staging',
      '+  value: 2 # one is enough for staging',
    ]);
    expect(await diff(outcomes[1]?.branch ?? '')).toEqual([
      '+          livenessProbe:',
      '+            httpGet:',
      '+              path: /ready',
      '+              port: http',
      '+            periodSeconds: 5',
      '+            timeoutSeconds: 1',
      '+            failureThreshold: 6',
    ]);
    expect(await diff(outcomes[2]?.branch ?? '')).toEqual([
      '-          periodSeconds: 10',
      '+          periodSeconds: 20',
    ]);
    expect(await diff(outcomes[3]?.branch ?? '')).toEqual([
      '+      topologySpreadConstraints:',
      '+      - maxSkew: 1',
      '+        topologyKey: kubernetes.io/hostname',
      '+        whenUnsatisfiable: ScheduleAnyway',
      '+        labelSelector:',
      '+          matchLabels:',
      '+            app: checkout',
      '+      - maxSkew: 1',
      '+        topologyKey: topology.kubernetes.io/zone',
      '+        whenUnsatisfiable: ScheduleAnyway',
      '+        labelSelector:',
      '+          matchLabels:',
      '+            app: checkout',
    ]);
    // The branch renders: kubectl kustomize of the overlay has the fix.
    await git(dir, ['checkout', '--quiet', outcomes[2]?.branch ?? '']);
    const rendered = await kustomize.render(dir, 'kustomize/overlays/prod');
    const deployment = rendered.find((o) => (o as { kind: string }).kind === 'Deployment') as {
      spec: { template: { spec: { containers: { readinessProbe: { periodSeconds: number } }[] } } };
    };
    expect(deployment.spec.template.spec.containers[0]?.readinessProbe.periodSeconds).toBe(20);
    // The description file carries the finding, the risk, the diff and the derivation.
    const body = await readFile(outcomes[1]?.url ?? '', 'utf8');
    expect(body).toContain('# Fix: add liveness probe to payment-service');
    expect(body).toContain("reuses the readiness probe's handler (httpGet /ready on port http)");
    expect(body).toContain('+          livenessProbe:');
    expect(body).toContain('**Risk.**');
    expect((await host.listOpen()).map((p) => p.branch)).toHaveLength(4);
  });

  it('never makes a second proposal: a repeated sweep changes nothing, a human commit is left alone, a closed one is not reopened', async () => {
    const findings = await scan(dir);
    await propose(findings);
    clock.advance(3_600_000);
    expect((await propose(findings)).map((o) => o.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    const branch = 'sre-agent/spreadmissing/shop/deployment/checkout';
    await git(dir, ['checkout', '--quiet', branch]);
    await git(dir, [
      '-c',
      'user.name=Ana',
      '-c',
      'user.email=ana@example.com',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'review: tweak',
    ]);
    await git(dir, ['checkout', '--quiet', 'main']);
    await git(dir, ['branch', '-D', 'sre-agent/livenessprobemissing/shop/deployment/payment-service/app']);
    const again = await propose(findings);
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'skipped', 'unchanged', 'skipped']);
    expect(again[1]?.reason).toMatch(/closed this proposal unmerged/);
    expect(again[3]?.reason).toMatch(/commit\(s\) by someone else \(ana@example.com\)/);
    clock.advance(8 * 86_400_000);
    expect((await propose(findings))[1]?.status).toBe('created');
  });

  it('concurrent sweeps make one branch per finding', async () => {
    const findings = await scan(dir);
    const [a, b] = await Promise.all([propose(findings), propose(findings)]);
    const statuses = [...(a ?? []), ...(b ?? [])].map((o) => o.status).sort();
    expect(statuses.filter((s) => s === 'created')).toHaveLength(4);
    expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(4);
    expect((await git(dir, ['branch', '--list', 'sre-agent/*'])).trim().split('\n')).toHaveLength(4);
  });

  it('edits a mapped Helm values key for an object found in the cluster, and reports one Git does not hold', async () => {
    const inventory = emptyGitopsInventory();
    const deployment = (name: string, namespace: string) => ({
      metadata: { name, namespace },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name } },
          spec: {
            containers: [
              {
                name: 'api',
                image: 'ghcr.io/acme/ledger:3.2.0',
                readinessProbe: { httpGet: { path: '/healthz', port: 9000 } },
                resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '1Gi' } },
              },
            ],
          },
        },
      },
    });
    addGitopsObject(inventory, 'Deployment', deployment('ledger', 'finance'));
    addGitopsObject(inventory, 'Deployment', deployment('orphan', 'finance'));
    const outcomes = await propose(scanGitops({ inventory }));
    expect(outcomes.map((o) => `${o.status} ${o.finding}`)).toEqual([
      'created livenessProbeMissing/finance/Deployment/ledger/api',
      'not-in-git livenessProbeMissing/finance/Deployment/orphan/api',
    ]);
    expect(outcomes[1]?.reason).toBe(
      'finance/Deployment/orphan is not defined in the repository (nothing guessed)',
    );
    expect(changedLines(await git(dir, ['diff', 'main', outcomes[0]?.branch ?? '']))).toEqual([
      '+    livenessProbe:',
      '+      httpGet:',
      '+        path: /healthz',
      '+        port: 9000',
      '+      periodSeconds: 10',
      '+      timeoutSeconds: 1',
      '+      failureThreshold: 6',
    ]);
  });
});
