import { ManualClock } from '@sre-agent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../src/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: assertions walk arbitrary API JSON
type Json = Record<string, any>;

let sandbox: RunningSandbox;

async function call(
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { 'content-type': contentType, ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: Json = {};
  try {
    json = JSON.parse(text) as Json;
  } catch {
    json = { text };
  }
  return { status: response.status, json, headers: response.headers, text };
}

beforeAll(async () => {
  sandbox = await startSandbox({ scenario: 'oom-kill', clock: new ManualClock('2026-03-01T12:00:00Z') });
});
afterAll(async () => sandbox.close());

describe('sandbox REST API', () => {
  it('serves discovery with short names, subresources and the Scale and Eviction kinds', async () => {
    const core = (await call('GET', '/api/v1')).json;
    const pods = core.resources.find((r: Json) => r.name === 'pods');
    expect(pods).toMatchObject({ namespaced: true, kind: 'Pod', shortNames: ['po'], categories: ['all'] });
    expect(core.resources.find((r: Json) => r.name === 'pods/eviction')).toMatchObject({
      group: 'policy',
      version: 'v1',
      kind: 'Eviction',
    });
    expect(core.resources.find((r: Json) => r.name === 'pods/log')).toMatchObject({
      kind: 'Pod',
      verbs: ['get'],
    });
    const apps = (await call('GET', '/apis/apps/v1')).json;
    expect(apps.resources.find((r: Json) => r.name === 'deployments/scale')).toMatchObject({
      group: 'autoscaling',
      version: 'v1',
      kind: 'Scale',
    });
    const groups = (await call('GET', '/apis')).json.groups.map((g: Json) => g.name);
    expect(groups).toEqual(
      expect.arrayContaining(['apps', 'batch', 'networking.k8s.io', 'policy', 'autoscaling']),
    );
    expect((await call('GET', '/version')).json.gitVersion).toMatch(/^v1\.32\./);
    expect((await call('GET', '/openapi/v2')).status).toBe(404);
  });

  it('answers errors as Status objects with the real reasons and messages', async () => {
    const missing = await call('GET', '/api/v1/namespaces/shop/pods/nope');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'pods "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', kind: 'pods' },
      code: 404,
    });
    const deployment = await call('GET', '/apis/apps/v1/namespaces/shop/deployments/nope');
    expect(deployment.json.message).toBe('deployments.apps "nope" not found');
    const duplicate = await call('POST', '/api/v1/namespaces/shop/configmaps', {
      metadata: { name: 'order-service-config' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json).toMatchObject({
      reason: 'AlreadyExists',
      message: 'configmaps "order-service-config" already exists',
    });
    const noNamespace = await call('POST', '/api/v1/namespaces/ghost/configmaps', {
      metadata: { name: 'x' },
    });
    expect(noNamespace.json).toMatchObject({ code: 404, message: 'namespaces "ghost" not found' });
  });

  it('rejects invalid objects with 422 Invalid and field causes', async () => {
    const bad = await call('POST', '/apis/apps/v1/namespaces/shop/deployments', {
      metadata: { name: 'Bad_Name' },
      spec: {
        replicas: -1,
        selector: { matchLabels: { app: 'x' } },
        template: {
          metadata: { labels: { app: 'y' } },
          spec: { containers: [{ name: 'x', resources: { limits: { memory: 'lots' } } }] },
        },
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.reason).toBe('Invalid');
    expect(bad.json.message).toMatch(/^Deployment\.apps "Bad_Name" is invalid: \[/);
    const fields = bad.json.details.causes.map((c: Json) => c.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'metadata.name',
        'spec.replicas',
        'spec.template.metadata.labels',
        'spec.template.spec.containers[0].image',
        'spec.template.spec.containers[0].resources.limits.memory',
      ]),
    );
  });

  it('detects stale writes with 409 Conflict and bumps resourceVersion and generation', async () => {
    const path = '/apis/apps/v1/namespaces/shop/deployments/cart-service';
    const current = (await call('GET', path)).json;
    const updated = await call('PUT', path, { ...current, spec: { ...current.spec, minReadySeconds: 1 } });
    expect(updated.status).toBe(200);
    expect(Number(updated.json.metadata.resourceVersion)).toBeGreaterThan(
      Number(current.metadata.resourceVersion),
    );
    expect(updated.json.metadata.generation).toBe(current.metadata.generation + 1);
    const stale = await call('PUT', path, current);
    expect(stale.status).toBe(409);
    expect(stale.json.message).toBe(
      'Operation cannot be fulfilled on deployments.apps "cart-service": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('validates and answers dry-run writes without persisting them', async () => {
    const created = await call('POST', '/api/v1/namespaces/shop/configmaps?dryRun=All', {
      metadata: { name: 'dry' },
      data: { a: '1' },
    });
    expect(created.status).toBe(201);
    expect(created.json.metadata.uid).toBeTruthy();
    expect((await call('GET', '/api/v1/namespaces/shop/configmaps/dry')).status).toBe(404);
    const path = '/apis/apps/v1/namespaces/shop/deployments/order-service';
    const patch = {
      spec: {
        template: {
          spec: { containers: [{ name: 'order-service', resources: { limits: { memory: '614Mi' } } }] },
        },
      },
    };
    const dry = await call('PATCH', `${path}?dryRun=All`, patch, 'application/strategic-merge-patch+json');
    expect(dry.json.spec.template.spec.containers[0].resources.limits.memory).toBe('614Mi');
    expect((await call('GET', path)).json.spec.template.spec.containers[0].resources.limits.memory).toBe(
      '512Mi',
    );
    const invalid = await call(
      'PATCH',
      `${path}?dryRun=All`,
      { spec: { replicas: -3 } },
      'application/merge-patch+json',
    );
    expect(invalid.status).toBe(422);
    expect(sandbox.requests().filter((r) => r.dryRun).length).toBeGreaterThanOrEqual(3);
  });

  it('applies the three patch types and reports patch failures', async () => {
    const path = '/apis/apps/v1/namespaces/shop/deployments/shop-frontend';
    const merge = await call(
      'PATCH',
      path,
      { metadata: { labels: { tier: 'web' } } },
      'application/merge-patch+json',
    );
    expect(merge.json.metadata.labels.tier).toBe('web');
    const json = await call(
      'PATCH',
      path,
      [{ op: 'add', path: '/metadata/annotations', value: { owner: 'team-web' } }],
      'application/json-patch+json',
    );
    expect(json.json.metadata.annotations.owner).toBe('team-web');
    const failedTest = await call(
      'PATCH',
      path,
      [{ op: 'test', path: '/spec/replicas', value: 99 }],
      'application/json-patch+json',
    );
    expect(failedTest.status).toBe(422);
    const unsupported = await call('PATCH', path, {}, 'text/plain');
    expect(unsupported.status).toBe(415);
  });

  it('paginates lists with limit and continue, with remainingItemCount', async () => {
    const all = (await call('GET', '/api/v1/pods')).json.items.map(
      (p: Json) => `${p.metadata.namespace}/${p.metadata.name}`,
    );
    expect(all.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let token = '';
    let first = true;
    do {
      const page = (
        await call('GET', `/api/v1/pods?limit=4${token ? `&continue=${encodeURIComponent(token)}` : ''}`)
      ).json;
      expect(page.items.length).toBeLessThanOrEqual(4);
      if (first) expect(page.metadata.remainingItemCount).toBe(all.length - 4);
      first = false;
      seen.push(...page.items.map((p: Json) => `${p.metadata.namespace}/${p.metadata.name}`));
      token = page.metadata.continue ?? '';
    } while (token);
    expect(seen).toEqual(all);
    expect((await call('GET', '/api/v1/pods?limit=2&continue=garbage')).status).toBe(400);
  });

  it('filters by label and field selectors', async () => {
    const byLabel = (
      await call(
        'GET',
        '/api/v1/namespaces/shop/pods?labelSelector=app.kubernetes.io%2Fname%20in%20(cart-service)',
      )
    ).json;
    expect(byLabel.items.length).toBeGreaterThan(0);
    expect(
      byLabel.items.every((p: Json) => p.metadata.labels['app.kubernetes.io/name'] === 'cart-service'),
    ).toBe(true);
    const node = byLabel.items[0].spec.nodeName;
    const byField = (
      await call('GET', `/api/v1/pods?fieldSelector=spec.nodeName%3D${node},status.phase%3DRunning`)
    ).json;
    expect(byField.items.length).toBeGreaterThan(0);
    expect(byField.items.every((p: Json) => p.spec.nodeName === node)).toBe(true);
    expect((await call('GET', '/api/v1/pods?labelSelector=a%20in%20b')).status).toBe(400);
    expect((await call('GET', '/api/v1/pods?fieldSelector=spec.foo%3Dx')).json.message).toBe(
      'field label not supported: spec.foo',
    );
  });

  it('serves the scale subresource as an autoscaling/v1 Scale', async () => {
    const path = '/apis/apps/v1/namespaces/shop/deployments/cart-service/scale';
    const scale = (await call('GET', path)).json;
    expect(scale).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 2 },
      status: { selector: 'app.kubernetes.io/name=cart-service' },
    });
    const updated = await call('PUT', path, { ...scale, spec: { replicas: 3 } });
    expect(updated.json.spec.replicas).toBe(3);
    expect((await call('PUT', path, { ...scale, spec: { replicas: 1 } })).status).toBe(409);
    const patched = await call('PATCH', path, { spec: { replicas: 2 } }, 'application/merge-patch+json');
    expect(patched.json.spec.replicas).toBe(2);
  });

  it('serves container logs as text with tailLines and limitBytes', async () => {
    const pod = (
      await call('GET', '/api/v1/namespaces/shop/pods?labelSelector=app.kubernetes.io%2Fname%3Dorder-service')
    ).json.items[0];
    const base = `/api/v1/namespaces/shop/pods/${pod.metadata.name}/log`;
    const previous = await call('GET', `${base}?previous=true&tailLines=3`);
    expect(previous.headers.get('content-type')).toBe('text/plain');
    expect(previous.text.trim().split('\n')).toHaveLength(3);
    expect((await call('GET', `${base}?previous=true&limitBytes=10`)).text).toHaveLength(10);
    // Like the API server: tailLines first, then the *first* limitBytes of those lines.
    const cut = await call('GET', `${base}?previous=true&tailLines=3&limitBytes=10`);
    expect(cut.text).toBe(previous.text.slice(0, 10));
    const healthy = (
      await call('GET', '/api/v1/namespaces/shop/pods?labelSelector=app.kubernetes.io%2Fname%3Dcart-service')
    ).json.items[0];
    const none = await call('GET', `/api/v1/namespaces/shop/pods/${healthy.metadata.name}/log?previous=true`);
    expect(none.status).toBe(400);
    expect(none.json.message).toBe(
      `previous terminated container "cart-service" in pod "${healthy.metadata.name}" not found`,
    );
  });

  it('evicts pods and answers 429 when a PodDisruptionBudget would be violated', async () => {
    const pods = (
      await call('GET', '/api/v1/namespaces/shop/pods?labelSelector=app.kubernetes.io%2Fname%3Dshop-frontend')
    ).json.items;
    const evict = (name: string) =>
      call('POST', `/api/v1/namespaces/shop/pods/${name}/eviction`, {
        apiVersion: 'policy/v1',
        kind: 'Eviction',
        metadata: { name, namespace: 'shop' },
      });
    const first = await evict(pods[0].metadata.name);
    expect(first.status).toBe(201);
    const second = await evict(pods[1].metadata.name);
    expect(second.status).toBe(429);
    expect(second.json).toMatchObject({
      reason: 'TooManyRequests',
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
    });
    expect(second.json.details.causes[0]).toEqual({
      reason: 'DisruptionBudget',
      message: 'The disruption budget shop-frontend needs 2 healthy pods and has 2 currently',
    });
    sandbox.engine.tick(60_000);
    expect((await evict(pods[1].metadata.name)).status).toBe(201);
  });

  it('deletes with Status or object responses and collects dependents', async () => {
    const deleted = await call('DELETE', '/apis/apps/v1/namespaces/shop/deployments/cart-service', {
      propagationPolicy: 'Background',
    });
    expect(deleted.json).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'cart-service', group: 'apps', kind: 'deployments' },
    });
    const left = (
      await call('GET', '/api/v1/namespaces/shop/pods?labelSelector=app.kubernetes.io%2Fname%3Dcart-service')
    ).json.items;
    expect(left).toHaveLength(0);
    const pod = (await call('GET', '/api/v1/namespaces/shop/pods')).json.items[0];
    const podDeleted = await call('DELETE', `/api/v1/namespaces/shop/pods/${pod.metadata.name}`);
    expect(podDeleted.json.kind).toBe('Pod');
  });

  it('serves Table output for kubectl get', async () => {
    const table = (
      await call('GET', '/api/v1/namespaces/shop/pods', undefined, 'application/json', {
        accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
      })
    ).json;
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c: Json) => c.name).slice(0, 5)).toEqual([
      'Name',
      'Ready',
      'Status',
      'Restarts',
      'Age',
    ]);
    // The oldest order-service pod (another test replaced one of them).
    const row = table.rows.find(
      (r: Json) => String(r.cells[0]).startsWith('order-service-') && r.cells[3] !== '0',
    );
    expect(['CrashLoopBackOff', 'Running', 'OOMKilled']).toContain(row.cells[2]);
    expect(row.cells[3]).toMatch(/^\d+ \(\S+ ago\)$/);
    expect(row.object.kind).toBe('PartialObjectMetadata');
  });

  it('streams watch events after a resourceVersion', async () => {
    const list = (await call('GET', '/api/v1/namespaces/shop/configmaps')).json;
    const controller = new AbortController();
    const response = await fetch(
      `${sandbox.url}/api/v1/namespaces/shop/configmaps?watch=true&resourceVersion=${list.metadata.resourceVersion}`,
      {
        signal: controller.signal,
      },
    );
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await call('POST', '/api/v1/namespaces/shop/configmaps', {
      metadata: { name: 'watched' },
      data: { a: '1' },
    });
    let received = '';
    while (!received.includes('\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += new TextDecoder().decode(value);
    }
    controller.abort();
    const event = JSON.parse(received.split('\n')[0] as string);
    expect(event.type).toBe('ADDED');
    expect(event.object.metadata.name).toBe('watched');
  });

  it('injects faults: throttling with Retry-After, server errors, forbidden verbs, conflicts, latency', async () => {
    sandbox.faults.throttle({ retryAfterSeconds: 2, times: 1, match: { verb: 'list', resource: 'pods' } });
    const throttled = await call('GET', '/api/v1/namespaces/shop/pods');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/api/v1/namespaces/shop/pods')).status).toBe(200);

    sandbox.faults.serverError({ status: 503, times: 1 });
    expect((await call('GET', '/api/v1/nodes')).status).toBe(503);

    sandbox.faults.forbid('delete', 'pods', 'shop');
    const pod = (await call('GET', '/api/v1/namespaces/shop/pods')).json.items[0];
    const forbidden = await call('DELETE', `/api/v1/namespaces/shop/pods/${pod.metadata.name}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.message).toBe(
      `pods "${pod.metadata.name}" is forbidden: User "system:serviceaccount:sre-agent:sre-agent" cannot delete resource "pods" in API group "" in the namespace "shop"`,
    );
    sandbox.faults.clear();

    sandbox.faults.conflictOnNextUpdates(1, { resource: 'deployments' });
    const path = '/apis/apps/v1/namespaces/shop/deployments/order-service';
    expect(
      (await call('PATCH', path, { metadata: { labels: { a: 'b' } } }, 'application/merge-patch+json'))
        .status,
    ).toBe(409);
    expect(
      (await call('PATCH', path, { metadata: { labels: { a: 'b' } } }, 'application/merge-patch+json'))
        .status,
    ).toBe(200);

    sandbox.faults.latency(60, { times: 1 });
    const started = performance.now();
    await call('GET', '/version');
    await call('GET', '/api/v1/namespaces');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe('startSandbox options', () => {
  it('rejects unknown scenarios and bad options with a ValidationError naming what is wrong', async () => {
    await expect(startSandbox({ scenario: 'nope' })).rejects.toThrow(
      /unknown scenario "nope"; valid scenarios: healthy, oom-kill/,
    );
    await expect(startSandbox({ scenario: 'healthy', port: -1 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(
      startSandbox({
        scenario: { name: 'Bad Name', description: '', namespace: 'x', workload: 'y', expectedFix: '' },
      }),
    ).rejects.toThrow(/invalid scenario definition/);
  });
});

describe('sandbox authentication', () => {
  it('requires the kubeconfig token when asked to', async () => {
    const guarded = await startSandbox({
      scenario: 'healthy',
      clock: new ManualClock(),
      requireToken: true,
      token: 'abc',
    });
    try {
      expect((await fetch(`${guarded.url}/api/v1/nodes`)).status).toBe(401);
      expect(
        (await fetch(`${guarded.url}/api/v1/nodes`, { headers: { authorization: 'Bearer abc' } })).status,
      ).toBe(200);
      expect(guarded.kubeconfig()).toContain('token: abc');
    } finally {
      await guarded.close();
    }
  });
});
