import { AppsV1Api, CoreV1Api, KubeConfig, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { ManualClock } from '@sre-agent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../src/index.ts';

let sandbox: RunningSandbox;
let core: CoreV1Api;
let apps: AppsV1Api;

beforeAll(async () => {
  sandbox = await startSandbox({
    scenario: 'crashloop-missing-config',
    clock: new ManualClock('2026-03-01T12:00:00Z'),
  });
  const config = new KubeConfig();
  config.loadFromString(sandbox.kubeconfig());
  core = config.makeApiClient(CoreV1Api);
  apps = config.makeApiClient(AppsV1Api);
});
afterAll(async () => sandbox.close());

describe('@kubernetes/client-node against the sandbox', () => {
  it('lists pods with pagination and reads their waiting reason', async () => {
    const first = await core.listPodForAllNamespaces({ limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.metadata?._continue).toBeTruthy();
    const pods = await core.listNamespacedPod({
      namespace: 'catalog',
      labelSelector: 'app.kubernetes.io/name=catalog-api',
    });
    expect(pods.items[0]?.status?.containerStatuses?.[0]?.state?.waiting).toEqual({
      reason: 'CreateContainerConfigError',
      message: 'secret "catalog-db-credentials" not found',
    });
    expect(pods.items[0]?.metadata?.creationTimestamp).toBeInstanceOf(Date);
  });

  it('surfaces API errors as ApiException with the Status body', async () => {
    await expect(core.readNamespacedPod({ namespace: 'catalog', name: 'nope' })).rejects.toMatchObject({
      code: 404,
    });
    try {
      await core.readNamespacedPod({ namespace: 'catalog', name: 'nope' });
    } catch (error) {
      expect(JSON.parse((error as { body: string }).body)).toMatchObject({
        kind: 'Status',
        reason: 'NotFound',
      });
    }
  });

  it('creates the missing secret, which heals the workload', async () => {
    await core.createNamespacedSecret({
      namespace: 'catalog',
      body: {
        metadata: { name: 'catalog-db-credentials' },
        stringData: { username: 'catalog', password: 'pw' },
      },
    });
    sandbox.engine.tick(60_000);
    const deployment = await apps.readNamespacedDeployment({ namespace: 'catalog', name: 'catalog-api' });
    expect(deployment.status?.availableReplicas).toBe(2);
  });

  it('patches with a strategic merge patch, dry-run first', async () => {
    const body = {
      spec: {
        template: {
          spec: { containers: [{ name: 'catalog-api', resources: { limits: { memory: '300Mi' } } }] },
        },
      },
    };
    const options = setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch);
    const dry = await apps.patchNamespacedDeployment(
      { namespace: 'catalog', name: 'catalog-api', body, dryRun: 'All' },
      options,
    );
    expect(dry.spec?.template.spec?.containers[0]?.resources?.limits?.memory).toBe('300Mi');
    const unchanged = await apps.readNamespacedDeployment({ namespace: 'catalog', name: 'catalog-api' });
    expect(unchanged.spec?.template.spec?.containers[0]?.resources?.limits?.memory).toBe('256Mi');
    const applied = await apps.patchNamespacedDeployment(
      { namespace: 'catalog', name: 'catalog-api', body },
      options,
    );
    expect(applied.spec?.template.spec?.containers[0]?.image).toBe(
      'registry.local/catalog/catalog-api:1.9.0',
    );
    expect(applied.metadata?.generation).toBe((unchanged.metadata?.generation ?? 0) + 1);
  });

  it('reads logs and scales through the scale subresource', async () => {
    sandbox.engine.tick(60_000);
    const pod = (
      await core.listNamespacedPod({
        namespace: 'catalog',
        labelSelector: 'app.kubernetes.io/name=catalog-api',
      })
    ).items[0];
    const log = await core.readNamespacedPodLog({
      namespace: 'catalog',
      name: pod?.metadata?.name as string,
      tailLines: 5,
    });
    expect(log).toContain('"msg":"connected to database"');
    const scale = await apps.replaceNamespacedDeploymentScale({
      namespace: 'catalog',
      name: 'catalog-api',
      body: { metadata: { name: 'catalog-api', namespace: 'catalog' }, spec: { replicas: 3 } },
    });
    expect(scale.spec?.replicas).toBe(3);
  });
});
