import { ExternalServiceError, ForbiddenError } from '@sre-agent/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessTo } from './support/access.ts';
import { FakeApiServer, list, pod, status } from './support/fake-apiserver.ts';

let fake: FakeApiServer;

beforeEach(async () => {
  fake = await FakeApiServer.start();
});
afterEach(async () => {
  await fake.close();
});

describe('KubernetesClusterReader against a fake API server', () => {
  it('follows continue tokens to the end of a list, passing limit and selectors on every page', async () => {
    const { reader } = accessTo(fake, { pageSize: 2 });
    fake.on('GET', '/api/v1/namespaces/shop/pods', (req) => {
      const from = Number(req.query.get('continue') ?? 0);
      const names = ['a', 'b', 'c', 'd', 'e'].slice(from, from + Number(req.query.get('limit')));
      return list(
        'PodList',
        names.map((n) => pod('shop', n)),
        from + 2 < 5 ? String(from + 2) : undefined,
      );
    });

    const pods = await reader.listPods({
      namespace: 'shop',
      labelSelector: 'app=web',
      fieldSelector: 'status.phase=Running',
    });

    expect(pods.map((p) => p.metadata?.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const requests = fake.requestsTo('GET', '/api/v1/namespaces/shop/pods');
    expect(requests.map((r) => r.query.get('continue'))).toEqual([null, '2', '4']);
    for (const r of requests) {
      expect(r.query.get('limit')).toBe('2');
      expect(r.query.get('labelSelector')).toBe('app=web');
      expect(r.query.get('fieldSelector')).toBe('status.phase=Running');
      expect(r.headers.authorization).toBe('Bearer test-token');
    }
  });

  it('lists across all namespaces with the default page size of 500 when no namespace is given', async () => {
    const { reader } = accessTo(fake);
    fake.on('GET', '/apis/apps/v1/deployments', list('DeploymentList', []));
    fake.on('GET', '/apis/networking.k8s.io/v1/networkpolicies', list('NetworkPolicyList', []));
    fake.on('GET', '/apis/policy/v1/poddisruptionbudgets', list('PodDisruptionBudgetList', []));
    fake.on('GET', '/apis/autoscaling/v2/horizontalpodautoscalers', list('HorizontalPodAutoscalerList', []));
    fake.on('GET', '/api/v1/nodes', list('NodeList', [{ metadata: { name: 'node-1' } }]));

    await reader.listDeployments();
    await reader.listNetworkPolicies();
    await reader.listPodDisruptionBudgets();
    await reader.listHorizontalPodAutoscalers();
    const nodes = await reader.listNodes({ labelSelector: 'role=worker' });

    expect(nodes.map((n) => n.metadata?.name)).toEqual(['node-1']);
    expect(fake.requests.map((r) => r.query.get('limit'))).toEqual(['500', '500', '500', '500', '500']);
    expect(fake.requestsTo('GET', '/api/v1/nodes')[0]?.query.get('labelSelector')).toBe('role=worker');
  });

  it('returns undefined for objects that do not exist', async () => {
    const { reader } = accessTo(fake);

    expect(await reader.getPod('shop', 'gone')).toBeUndefined();
    expect(await reader.getDeployment('shop', 'gone')).toBeUndefined();
    expect(await reader.getNode('gone')).toBeUndefined();
  });

  it('turns 403 into a ForbiddenError naming the verb, resource and namespace', async () => {
    const { reader } = accessTo(fake);
    fake.on('GET', '/api/v1/namespaces/vault/secrets', status(403, 'Forbidden', 'secrets is forbidden'));

    const error = await reader.listSecrets({ namespace: 'vault' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toBe(
      'RBAC forbids "list" on "secrets" in namespace "vault" for the agent: grant it in deploy/rbac/secrets-scan.yaml',
    );
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const { reader, sleeps } = accessTo(fake);
    fake.sequence('GET', '/api/v1/namespaces', [
      status(429, 'TooManyRequests', 'slow down', { 'Retry-After': '3' }),
      list('NamespaceList', [{ metadata: { name: 'shop' } }]),
    ]);

    const namespaces = await reader.listNamespaces();

    expect(namespaces.map((n) => n.metadata?.name)).toEqual(['shop']);
    expect(sleeps).toEqual([3000]);
  });

  it('gives up on a persistent 5xx with a retryable ExternalServiceError after bounded retries', async () => {
    const { reader, sleeps } = accessTo(fake);
    fake.on(
      'GET',
      '/apis/apps/v1/namespaces/shop/deployments/web',
      status(503, 'ServiceUnavailable', 'etcd leader changed'),
    );

    const error = await reader.getDeployment('shop', 'web').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).retryable).toBe(true);
    expect((error as Error).message).toContain('etcd leader changed');
    expect(fake.requests).toHaveLength(4);
    expect(sleeps).toEqual([150, 300, 600]);
  });

  it('reports an unreachable API server as a retryable error, never an unhandled rejection', async () => {
    const { reader } = accessTo(fake);
    await fake.close();

    const error = await reader.listPods().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).retryable).toBe(true);
    fake = await FakeApiServer.start(); // for afterEach
  });

  it('reads current and previous logs with tailLines and limitBytes', async () => {
    const { reader } = accessTo(fake);
    fake.on('GET', '/api/v1/namespaces/shop/pods/web-1/log', (req) =>
      req.query.get('previous') === 'true' ? { text: 'panic: out of memory\n' } : { text: 'starting\n' },
    );

    const current = await reader.readPodLog('shop', 'web-1', {
      container: 'app',
      tailLines: 50,
      limitBytes: 4096,
    });
    const previous = await reader.readPodLog('shop', 'web-1', { previous: true });

    expect(current).toBe('starting\n');
    expect(previous).toBe('panic: out of memory\n');
    const [first] = fake.requestsTo('GET', '/api/v1/namespaces/shop/pods/web-1/log');
    expect(first?.query.get('container')).toBe('app');
    expect(first?.query.get('tailLines')).toBe('50');
    expect(first?.query.get('limitBytes')).toBe('4096');
  });

  it('returns undefined when there is no previous container', async () => {
    const { reader } = accessTo(fake);
    fake.on(
      'GET',
      '/api/v1/namespaces/shop/pods/web-1/log',
      status(400, 'BadRequest', 'previous terminated container "app" in pod "web-1" not found'),
    );

    expect(await reader.readPodLog('shop', 'web-1', { previous: true })).toBeUndefined();
  });

  it('finds the events of an object by involvedObject field selector, oldest first', async () => {
    const { reader } = accessTo(fake);
    fake.on(
      'GET',
      '/api/v1/namespaces/shop/events',
      list('EventList', [
        {
          metadata: { name: 'e2' },
          reason: 'BackOff',
          lastTimestamp: '2026-05-01T09:59:00Z',
          involvedObject: {},
        },
        {
          metadata: { name: 'e1' },
          reason: 'Pulled',
          lastTimestamp: '2026-05-01T09:50:00Z',
          involvedObject: {},
        },
      ]),
    );

    const events = await reader.eventsFor({ kind: 'Pod', namespace: 'shop', name: 'web-1', uid: 'u1' });

    expect(events.map((e) => e.reason)).toEqual(['Pulled', 'BackOff']);
    expect(fake.requests[0]?.query.get('fieldSelector')).toBe(
      'involvedObject.kind=Pod,involvedObject.name=web-1,involvedObject.namespace=shop,involvedObject.uid=u1',
    );
  });

  it('walks the owner chain Pod → ReplicaSet → Deployment and Pod → Job → CronJob', async () => {
    const { reader } = accessTo(fake);
    fake.on('GET', '/apis/apps/v1/namespaces/shop/replicasets/web-7d9c', {
      body: {
        metadata: {
          name: 'web-7d9c',
          namespace: 'shop',
          ownerReferences: [
            { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd1', controller: true },
          ],
        },
      },
    });
    fake.on('GET', '/apis/apps/v1/namespaces/shop/deployments/web', { body: { metadata: { name: 'web' } } });
    fake.on('GET', '/apis/batch/v1/namespaces/ops/jobs/backup-29000', {
      body: {
        metadata: {
          name: 'backup-29000',
          ownerReferences: [
            { apiVersion: 'batch/v1', kind: 'CronJob', name: 'backup', uid: 'c1', controller: true },
          ],
        },
      },
    });
    fake.on('GET', '/apis/batch/v1/namespaces/ops/cronjobs/backup', {
      body: { metadata: { name: 'backup' } },
    });

    const web = await reader.ownerChain(
      pod('shop', 'web-7d9c-x', { owner: { kind: 'ReplicaSet', name: 'web-7d9c' } }) as never,
    );
    const job = await reader.ownerChain(
      pod('ops', 'backup-29000-y', { owner: { kind: 'Job', name: 'backup-29000' } }) as never,
    );

    expect(web.map((l) => `${l.kind}/${l.name}`)).toEqual(['ReplicaSet/web-7d9c', 'Deployment/web']);
    expect(job.map((l) => `${l.kind}/${l.name}`)).toEqual(['Job/backup-29000', 'CronJob/backup']);
    expect(web[1]).toEqual({ kind: 'Deployment', name: 'web', namespace: 'shop', uid: 'd1' });
  });
});

describe('KubernetesClusterReader input checks', () => {
  it('refuses an empty name or namespace instead of addressing the wrong URL', async () => {
    const { reader } = accessTo(fake);

    await expect(reader.getPod('shop', '')).rejects.toThrow(/object name is empty/);
    await expect(reader.getDeployment('', 'web')).rejects.toThrow(/namespace is empty/);
    await expect(reader.getNode('')).rejects.toThrow(/object name is empty/);
    expect(fake.requests).toHaveLength(0);
  });
});
