import { ForbiddenError, NotFoundError, ValidationError } from '@sre-agent/core';
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

const DEPLOY = '/apis/apps/v1/namespaces/shop/deployments/web';

function deployment(resourceVersion = '7', extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'web',
      namespace: 'shop',
      uid: 'd1',
      resourceVersion,
      annotations: { 'deployment.kubernetes.io/revision': '3' },
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            { name: 'app', image: 'web:3', resources: { limits: { memory: '256Mi', cpu: '500m' } } },
            { name: 'proxy', image: 'envoy:1', ports: [{ containerPort: 8080 }] },
          ],
        },
      },
    },
    ...extra,
  };
}

/** Echoes a merge patch's body back on top of the deployment, like the API server would. */
function echo(base: Record<string, unknown>) {
  return (req: { body: unknown }) => ({ body: { ...base, patched: req.body } });
}

describe('KubernetesClusterWriter against a fake API server', () => {
  it('rollout-restarts by stamping restartedAt with the clock time, as a server-side dry run when asked', async () => {
    const { writer, logger } = accessTo(fake);
    fake.on('GET', DEPLOY, { body: deployment() });
    fake.on('PATCH', DEPLOY, echo(deployment('8')));

    const result = await writer.rolloutRestart('Deployment', 'shop', 'web', { dryRun: true });

    const [patch] = fake.requestsTo('PATCH', DEPLOY);
    expect(patch?.headers['content-type']).toBe('application/merge-patch+json');
    expect(patch?.query.get('dryRun')).toBe('All');
    expect(patch?.query.get('fieldManager')).toBe('sre-agent');
    expect(patch?.body).toEqual({
      spec: {
        template: {
          metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-05-01T10:00:00Z' } },
        },
      },
    });
    expect(result.dryRun).toBe(true);
    expect(result.before?.metadata?.resourceVersion).toBe('7');
    expect(result.after?.metadata?.resourceVersion).toBe('8');
    expect(logger.records.map((r) => r.message)).toEqual([
      'cluster mutation starting',
      'cluster mutation dry-run passed',
    ]);
    expect(logger.records[0]?.attributes).toMatchObject({
      action: 'rollout-restart',
      kind: 'Deployment',
      name: 'web',
      dryRun: true,
      cluster: 'test',
    });
  });

  it('sends no dryRun parameter for a real mutation', async () => {
    const { writer } = accessTo(fake);
    fake.on('GET', '/apis/apps/v1/namespaces/shop/statefulsets/db', { body: { metadata: { name: 'db' } } });
    fake.on('PATCH', '/apis/apps/v1/namespaces/shop/statefulsets/db', { body: { metadata: { name: 'db' } } });

    const result = await writer.rolloutRestart('StatefulSet', 'shop', 'db');

    expect(result.dryRun).toBe(false);
    expect(
      fake.requestsTo('PATCH', '/apis/apps/v1/namespaces/shop/statefulsets/db')[0]?.query.has('dryRun'),
    ).toBe(false);
  });

  it('deletes a pod, returning it as it was', async () => {
    const { writer } = accessTo(fake);
    const path = '/api/v1/namespaces/shop/pods/web-1';
    fake.on('GET', path, { body: pod('shop', 'web-1') });
    fake.on('DELETE', path, { body: pod('shop', 'web-1') });

    const result = await writer.deletePod('shop', 'web-1', { dryRun: true });

    expect(result.before?.metadata?.name).toBe('web-1');
    expect(fake.requestsTo('DELETE', path)[0]?.query.get('dryRun')).toBe('All');
  });

  it('scales through the scale subresource and reports replica counts', async () => {
    const { writer } = accessTo(fake);
    fake.on('GET', `${DEPLOY}/scale`, {
      body: { kind: 'Scale', metadata: { name: 'web' }, spec: { replicas: 2 } },
    });
    fake.on('PATCH', `${DEPLOY}/scale`, (req) => ({
      body: { kind: 'Scale', metadata: { name: 'web' }, spec: (req.body as { spec: unknown }).spec },
    }));

    const result = await writer.scale('Deployment', 'shop', 'web', 5);

    expect(result).toEqual({ dryRun: false, before: { replicas: 2 }, after: { replicas: 5 } });
    expect(fake.requestsTo('PATCH', `${DEPLOY}/scale`)[0]?.body).toEqual({ spec: { replicas: 5 } });
    await expect(writer.scale('Deployment', 'shop', 'web', -1)).rejects.toBeInstanceOf(ValidationError);
  });

  it('patches one container by name with a strategic merge patch carrying the resourceVersion', async () => {
    const { writer } = accessTo(fake);
    fake.on('GET', DEPLOY, { body: deployment() });
    fake.on('PATCH', DEPLOY, echo(deployment('8')));

    await writer.patchContainerResources('Deployment', 'shop', 'web', 'app', { limits: { memory: '512Mi' } });

    const [patch] = fake.requestsTo('PATCH', DEPLOY);
    expect(patch?.headers['content-type']).toBe('application/strategic-merge-patch+json');
    expect(patch?.body).toEqual({
      metadata: { resourceVersion: '7' },
      spec: {
        template: { spec: { containers: [{ name: 'app', resources: { limits: { memory: '512Mi' } } }] } },
      },
    });
  });

  it('sends the whole container list for a JSON merge patch and starts over from the read after a 409', async () => {
    const { writer } = accessTo(fake);
    fake.sequence('GET', DEPLOY, [{ body: deployment('7') }, { body: deployment('9') }]);
    fake.sequence('PATCH', DEPLOY, [
      status(409, 'Conflict', 'Operation cannot be fulfilled: the object has been modified'),
      { body: deployment('10') },
    ]);

    const result = await writer.patchContainerResources(
      'Deployment',
      'shop',
      'web',
      'app',
      { limits: { memory: '512Mi' }, requests: { memory: '384Mi' } },
      { strategy: 'merge' },
    );

    const patches = fake.requestsTo('PATCH', DEPLOY);
    expect(fake.requestsTo('GET', DEPLOY)).toHaveLength(2);
    expect(patches).toHaveLength(2);
    expect(patches[1]?.headers['content-type']).toBe('application/merge-patch+json');
    expect(patches[1]?.body).toEqual({
      metadata: { resourceVersion: '9' },
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'app',
                image: 'web:3',
                resources: { limits: { memory: '512Mi', cpu: '500m' }, requests: { memory: '384Mi' } },
              },
              { name: 'proxy', image: 'envoy:1', ports: [{ containerPort: 8080 }] },
            ],
          },
        },
      },
    });
    expect(result.before?.metadata?.resourceVersion).toBe('9');
  });

  it('refuses to patch a container the workload does not have', async () => {
    const { writer } = accessTo(fake);
    fake.on('GET', DEPLOY, { body: deployment() });

    const error = await writer
      .patchContainerResources('Deployment', 'shop', 'web', 'worker', { limits: { memory: '1Gi' } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain(
      'container "worker" not found in containers of Deployment shop/web (it has: app, proxy)',
    );
    expect(fake.requestsTo('PATCH', DEPLOY)).toHaveLength(0);
  });

  it('rolls back to the highest earlier revision, minus pod-template-hash, with a JSON patch that names the revision it leaves', async () => {
    const { writer } = accessTo(fake);
    const rs = (name: string, revision: number, owner: string, image: string) => ({
      metadata: {
        name,
        namespace: 'shop',
        annotations: { 'deployment.kubernetes.io/revision': String(revision) },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: owner, controller: true },
        ],
      },
      spec: {
        template: {
          metadata: { labels: { app: 'web', 'pod-template-hash': `h${revision}` } },
          spec: { containers: [{ name: 'app', image }] },
        },
      },
    });
    fake.on('GET', DEPLOY, { body: deployment() });
    fake.on(
      'GET',
      '/apis/apps/v1/namespaces/shop/replicasets',
      list('ReplicaSetList', [
        rs('web-1', 1, 'd1', 'web:1'),
        rs('web-3', 3, 'd1', 'web:3'),
        rs('web-2', 2, 'd1', 'web:2'),
        rs('other-2', 2, 'someone-else', 'other:2'),
      ]),
    );
    fake.on('PATCH', DEPLOY, { body: deployment('8') });

    await writer.rollbackDeployment('shop', 'web');

    expect(
      fake.requestsTo('GET', '/apis/apps/v1/namespaces/shop/replicasets')[0]?.query.get('labelSelector'),
    ).toBe('app=web');
    const [patch] = fake.requestsTo('PATCH', DEPLOY);
    expect(patch?.headers['content-type']).toBe('application/json-patch+json');
    expect(patch?.body).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '7' },
      // The admission policy lets a template change through only with the live revision named.
      { op: 'add', path: '/metadata/annotations/sre-agent.io~1rollback-from-revision', value: '3' },
      {
        op: 'replace',
        path: '/spec/template',
        value: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'app', image: 'web:2' }] },
        },
      },
    ]);
  });

  it('says so when there is no earlier revision to roll back to', async () => {
    const { writer } = accessTo(fake);
    fake.on('GET', DEPLOY, { body: deployment() });
    fake.on('GET', '/apis/apps/v1/namespaces/shop/replicasets', list('ReplicaSetList', []));

    await expect(writer.rollbackDeployment('shop', 'web')).rejects.toThrow(/no previous revision/);
    expect(fake.requestsTo('PATCH', DEPLOY)).toHaveLength(0);
  });

  it('creates a NetworkPolicy that does not exist yet', async () => {
    const { writer } = accessTo(fake);
    fake.on('POST', '/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies', (req) => ({
      status: 201,
      body: req.body,
    }));

    const result = await writer.applyNetworkPolicy(
      {
        metadata: { name: 'quarantine', namespace: 'shop' },
        spec: { podSelector: { matchLabels: { quarantine: 'true' } }, policyTypes: ['Ingress', 'Egress'] },
      },
      { dryRun: true },
    );

    const [create] = fake.requestsTo('POST', '/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies');
    expect(create?.query.get('dryRun')).toBe('All');
    expect(create?.body).toMatchObject({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' });
    expect(result.before).toBeUndefined();
    expect(result.after?.metadata?.name).toBe('quarantine');
  });

  it('patches an existing NetworkPolicy so that its spec becomes exactly the desired one', async () => {
    const { writer } = accessTo(fake);
    const path = '/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies/allow-web';
    fake.on('GET', path, {
      body: {
        metadata: { name: 'allow-web', namespace: 'shop', resourceVersion: '4' },
        spec: {
          podSelector: { matchLabels: { app: 'web', tier: 'fe' } },
          ingress: [{ from: [{ podSelector: {} }] }],
          egress: [{}],
          policyTypes: ['Ingress', 'Egress'],
        },
      },
    });
    fake.on('PATCH', path, { body: { metadata: { name: 'allow-web' } } });

    await writer.applyNetworkPolicy({
      metadata: { name: 'allow-web', namespace: 'shop', labels: { 'sre-agent/managed': 'true' } },
      spec: {
        podSelector: { matchLabels: { app: 'web' } },
        ingress: [{ _from: [{ namespaceSelector: { matchLabels: { team: 'shop' } } }] }],
        policyTypes: ['Ingress'],
      },
    });

    const [patch] = fake.requestsTo('PATCH', path);
    expect(patch?.headers['content-type']).toBe('application/merge-patch+json');
    expect(patch?.body).toEqual({
      metadata: { resourceVersion: '4', labels: { 'sre-agent/managed': 'true' } },
      spec: {
        podSelector: { matchLabels: { tier: null } },
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'shop' } } }] }],
        egress: null,
        policyTypes: ['Ingress'],
      },
    });
  });

  it('labels and annotates with a merge patch where null removes a key', async () => {
    const { writer } = accessTo(fake);
    const path = '/api/v1/namespaces/shop/pods/web-1';
    fake.on('GET', path, { body: pod('shop', 'web-1') });
    fake.on('PATCH', path, { body: pod('shop', 'web-1') });

    await writer.label(
      { kind: 'Pod', namespace: 'shop', name: 'web-1' },
      { quarantine: 'true', stale: null },
    );
    await writer.annotate(
      { kind: 'Pod', namespace: 'shop', name: 'web-1' },
      { 'sre-agent/incident': 'inc-1' },
    );

    const patches = fake.requestsTo('PATCH', path);
    expect(patches.map((p) => p.body)).toEqual([
      { metadata: { labels: { quarantine: 'true', stale: null } } },
      { metadata: { annotations: { 'sre-agent/incident': 'inc-1' } } },
    ]);
    await expect(
      writer.label({ kind: 'Secret', namespace: 'shop', name: 's' }, { a: 'b' }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('turns a 403 on a mutation into a ForbiddenError pointing at the remediation role, and logs the failure', async () => {
    const { writer, logger } = accessTo(fake);
    fake.on('GET', DEPLOY, { body: deployment() });
    fake.on('PATCH', DEPLOY, status(403, 'Forbidden', 'deployments.apps "web" is forbidden'));

    const error = await writer.rolloutRestart('Deployment', 'shop', 'web').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toBe(
      'RBAC forbids "patch" on "deployments" in namespace "shop" for the agent: grant it in deploy/rbac/remediation.yaml',
    );
    expect(logger.records.at(-1)).toMatchObject({ level: 'warn', message: 'cluster mutation failed' });
  });

  it('reports a missing workload as NotFoundError', async () => {
    const { writer } = accessTo(fake);

    await expect(writer.rolloutRestart('DaemonSet', 'kube-system', 'gone')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('cordons a node by setting spec.unschedulable', async () => {
    const { writer } = accessTo(fake);
    fake.on('GET', '/api/v1/nodes/node-1', { body: { metadata: { name: 'node-1' }, spec: {} } });
    fake.on('PATCH', '/api/v1/nodes/node-1', {
      body: { metadata: { name: 'node-1' }, spec: { unschedulable: true } },
    });

    const result = await writer.cordonNode('node-1');

    expect(fake.requestsTo('PATCH', '/api/v1/nodes/node-1')[0]?.body).toEqual({
      spec: { unschedulable: true },
    });
    expect(result.after?.spec?.unschedulable).toBe(true);
  });

  it('drains through the eviction API: skips DaemonSet, mirror and bare pods, retries PDB refusals, then gives up', async () => {
    const { writer, sleeps } = accessTo(fake);
    fake.on('GET', '/api/v1/nodes/node-1', { body: { metadata: { name: 'node-1' } } });
    fake.on('PATCH', '/api/v1/nodes/node-1', { body: { metadata: { name: 'node-1' } } });
    fake.on(
      'GET',
      '/api/v1/pods',
      list('PodList', [
        pod('shop', 'web-a', { owner: { kind: 'ReplicaSet', name: 'web-7d9c' } }),
        pod('shop', 'web-b', { owner: { kind: 'ReplicaSet', name: 'web-7d9c' } }),
        pod('shop', 'db-0', { owner: { kind: 'ReplicaSet', name: 'db' } }),
        pod('kube-system', 'fluent-bit-x', { owner: { kind: 'DaemonSet', name: 'fluent-bit' } }),
        pod('kube-system', 'kube-proxy-node-1', { annotations: { 'kubernetes.io/config.mirror': 'abc' } }),
        pod('shop', 'debug'),
      ]),
    );
    const pdb = status(
      429,
      'TooManyRequests',
      "Cannot evict pod as it would violate the pod's disruption budget.",
    );
    fake.on('POST', '/api/v1/namespaces/shop/pods/web-a/eviction', {
      status: 201,
      body: { kind: 'Status', status: 'Success' },
    });
    fake.sequence('POST', '/api/v1/namespaces/shop/pods/web-b/eviction', [
      pdb,
      pdb,
      { status: 201, body: { kind: 'Status' } },
    ]);
    fake.on('POST', '/api/v1/namespaces/shop/pods/db-0/eviction', pdb);

    const result = await writer.drainNode('node-1');

    expect(fake.requestsTo('GET', '/api/v1/pods')[0]?.query.get('fieldSelector')).toBe(
      'spec.nodeName=node-1',
    );
    expect(fake.requestsTo('PATCH', '/api/v1/nodes/node-1')[0]?.body).toEqual({
      spec: { unschedulable: true },
    });
    expect(result.evicted.sort()).toEqual(['shop/web-a', 'shop/web-b']);
    expect(result.skipped.map((s) => s.pod)).toEqual([
      'kube-system/fluent-bit-x',
      'kube-system/kube-proxy-node-1',
      'shop/debug',
      'shop/db-0',
    ]);
    expect(result.skipped.at(-1)?.reason).toContain('eviction refused 5 times (PodDisruptionBudget)');
    expect(fake.requestsTo('POST', '/api/v1/namespaces/shop/pods/db-0/eviction')).toHaveLength(5);
    const [eviction] = fake.requestsTo('POST', '/api/v1/namespaces/shop/pods/web-a/eviction');
    expect(eviction?.body).toMatchObject({
      apiVersion: 'policy/v1',
      kind: 'Eviction',
      metadata: { name: 'web-a', namespace: 'shop' },
    });
    expect(sleeps.sort((a, b) => a - b)).toEqual([750, 750, 1500, 1500, 3000, 6000]);
  });

  it('drains as a dry run all the way through', async () => {
    const { writer } = accessTo(fake);
    fake.on('GET', '/api/v1/nodes/node-1', { body: { metadata: { name: 'node-1' } } });
    fake.on('PATCH', '/api/v1/nodes/node-1', { body: { metadata: { name: 'node-1' } } });
    fake.on(
      'GET',
      '/api/v1/pods',
      list('PodList', [pod('shop', 'web-a', { owner: { kind: 'ReplicaSet', name: 'r' } })]),
    );
    fake.on('POST', '/api/v1/namespaces/shop/pods/web-a/eviction', { status: 201, body: {} });

    await writer.drainNode('node-1', { dryRun: true });

    expect(fake.requestsTo('PATCH', '/api/v1/nodes/node-1')[0]?.query.get('dryRun')).toBe('All');
    const [eviction] = fake.requestsTo('POST', '/api/v1/namespaces/shop/pods/web-a/eviction');
    expect(eviction?.query.get('dryRun')).toBe('All');
    expect(eviction?.body).toMatchObject({ deleteOptions: { dryRun: ['All'] } });
  });
});
