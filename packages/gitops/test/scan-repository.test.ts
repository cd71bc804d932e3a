import { rm } from 'node:fs/promises';
import { testBinary } from '@sre-agent/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachSources, inventoryFromRepository, scanGitops } from '../src/scan.ts';
import { KubectlKustomizeRenderer } from '../src/source/kustomize-renderer.ts';
import { readRepository } from '../src/source/repository.ts';
import { createFixtureRepo } from './fixture-repo.ts';

describe('scanning a checkout', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await createFixtureRepo();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the misconfigurations of plain and kustomized objects and ties each to its manifest', async () => {
    const repo = await readRepository(dir, {
      kustomize: new KubectlKustomizeRenderer(testBinary('kubectl')),
    });
    const findings = attachSources(scanGitops({ inventory: inventoryFromRepository(repo) }), repo);
    expect(repo.roots).toEqual(['kustomize/overlays/prod', 'kustomize/overlays/staging']);
    expect(findings.map((f) => `${f.key} ${f.source?.file}#${f.source?.document} ${f.fix.kind}`)).toEqual([
      'pdbBlocksDrain/staging/PodDisruptionBudget/checkout kustomize/base/pdb.yaml#0 edit',
      'livenessProbeMissing/shop/Deployment/payment-service/app apps/payment/payment.yaml#0 edit',
      'probeTimeoutTooLong/shop/Deployment/checkout/web/readinessProbe kustomize/base/deployment.yaml#0 edit',
      'spreadMissing/shop/Deployment/checkout kustomize/base/deployment.yaml#0 edit',
    ]);
    expect(repo.unreadable).toEqual([]);
  });
});
