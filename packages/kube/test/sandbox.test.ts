import { ForbiddenError, InMemoryLogger, ManualClock } from '@sre-agent/core';
import { type RunningSandbox, startSandbox } from '@sre-agent/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { type ClusterAccess, createClusterAccessFromKubeconfig } from '../src/access.ts';

const LOST_NODE = 'ip-10-0-3-17.eu-west-1.compute.internal';

let running: { sandbox: RunningSandbox; access: ClusterAccess } | undefined;

async function start(scenario: string) {
  const clock = new ManualClock('2026-05-01T10:00:00Z');
  const sandbox = await startSandbox({ scenario, clock });
  const sleeps: number[] = [];
  const access = createClusterAccessFromKubeconfig(
    { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
    {
      clock,
      logger: new InMemoryLogger(),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
  );
  running = { sandbox, access };
  return { sandbox, ...access, sleeps };
}

afterEach(async () => {
  await running?.access.close();
  await running?.sandbox.close();
  running = undefined;
});

describe('the adapters on sandbox scenarios', () => {
  it('pages through a list with limit and continue, as the API server sees it', async () => {
    const { sandbox, reader } = await start('healthy');

    const pods = await reader.listPods({ pageSize: 3 });

    const lists = sandbox.requests().filter((r) => r.verb === 'list' && r.resource === 'pods');
    const queries = lists.map((r) => new URLSearchParams(r.query));
    expect(pods.length).toBeGreaterThan(3);
    expect(lists).toHaveLength(Math.ceil(pods.length / 3));
    expect(queries.every((q) => q.get('limit') === '3')).toBe(true);
    expect(queries.slice(1).every((q) => (q.get('continue') ?? '') !== '')).toBe(true);
  });

  it('reads the previous container’s log and the events of an OOM-killed pod', async () => {
    const { reader } = await start('oom-kill');
    const [pod] = await reader.listPods({
      namespace: 'shop',
      labelSelector: 'app.kubernetes.io/name=order-service',
    });
    const name = pod?.metadata?.name ?? '';

    const previous = await reader.readPodLog('shop', name, { previous: true });
    const tail = await reader.readPodLog('shop', name, { previous: true, tailLines: 2 });
    const events = await reader.eventsFor({ kind: 'Pod', namespace: 'shop', name });

    expect(pod?.status?.containerStatuses?.[0]?.lastState?.terminated?.reason).toBe('OOMKilled');
    expect(previous).toContain('order-service 1.4.2 starting');
    expect(tail?.trimEnd().split('\n')).toHaveLength(2);
    expect(previous?.trimEnd().split('\n').at(-1)).toBe(tail?.trimEnd().split('\n').at(-1));
    expect(events.map((e) => e.reason)).toContain('BackOff');
  });

  it('rolls a bad deploy back to the previous ReplicaSet’s template, and the rollout recovers', async () => {
    const { sandbox, reader, writer } = await start('bad-deploy-rollback');

    const result = await writer.rollbackDeployment('checkout', 'checkout-web');
    sandbox.engine.tick(120_000);

    const image = (d: typeof result.before) => d?.spec?.template?.spec?.containers?.[0]?.image;
    const pods = await reader.listPods({
      namespace: 'checkout',
      labelSelector: 'app.kubernetes.io/name=checkout-web',
    });
    expect(pods.length).toBe(3);
    expect(image(result.before)).toBe('registry.local/checkout/checkout-web:2.4.0');
    expect(image(result.after)).toBe('registry.local/checkout/checkout-web:2.3.0');
    expect(pods.map((p) => p.spec?.containers[0]?.image)).toEqual(
      pods.map(() => 'registry.local/checkout/checkout-web:2.3.0'),
    );
  });

  it('drains a NotReady node through evictions, leaving DaemonSet pods, and the pods move elsewhere', async () => {
    const { sandbox, reader, writer } = await start('node-not-ready');

    const result = await writer.drainNode(LOST_NODE, { deleteEmptyDirData: true });
    sandbox.engine.tick(120_000);

    const onNode = await reader.listPods({ fieldSelector: `spec.nodeName=${LOST_NODE}` });
    const storefront = await reader.listPods({ namespace: 'storefront' });
    expect(result.evicted.length).toBeGreaterThan(0);
    expect(result.evicted.every((p) => p.startsWith('storefront/'))).toBe(true);
    expect(result.skipped.every((s) => /DaemonSet|mirror|emptyDir/.test(s.reason))).toBe(true);
    expect(onNode.filter((p) => p.metadata?.namespace === 'storefront')).toEqual([]);
    expect(storefront.every((p) => p.spec?.nodeName !== LOST_NODE)).toBe(true);
    expect((await reader.getNode(LOST_NODE))?.spec?.unschedulable).toBe(true);
    expect(sandbox.requests().some((r) => r.resource === 'pods' && r.subresource === 'eviction')).toBe(true);
  });

  it('reports a PodDisruptionBudget that refuses evictions as skipped after bounded retries', async () => {
    const { sandbox, reader, writer, sleeps } = await start('healthy');
    const frontend = await reader.listPods({
      namespace: 'shop',
      labelSelector: 'app.kubernetes.io/name=shop-frontend',
    });
    const node = frontend[0]?.spec?.nodeName ?? '';
    expect(frontend).toHaveLength(3);
    // minAvailable 2 of 3: once two frontend pods are gone the budget refuses the third.
    for (const pod of frontend.slice(1)) {
      await writer.deletePod('shop', pod.metadata?.name ?? '');
    }

    const result = await writer.drainNode(node);

    const skipped = result.skipped.find((s) => s.pod === `shop/${frontend[0]?.metadata?.name}`);
    expect(skipped?.reason).toContain('PodDisruptionBudget');
    expect(sleeps.length).toBeGreaterThanOrEqual(4);
    expect(sandbox.requests().filter((r) => r.subresource === 'eviction' && r.status === 429).length).toBe(5);
  });

  it('turns injected 403, 429, 5xx and 409 into the documented behaviour', async () => {
    const { sandbox, reader, writer, sleeps } = await start('healthy');
    sandbox.faults.forbid('patch', 'deployments', 'shop');
    const forbidden = await writer
      .rolloutRestart('Deployment', 'shop', 'order-service')
      .catch((e: unknown) => e);
    sandbox.faults.clear();
    sandbox.faults.throttle({ times: 2, retryAfterSeconds: 2, match: { verb: 'list', resource: 'pods' } });
    sandbox.faults.serverError({ status: 503, times: 1, match: { verb: 'list', resource: 'pods' } });
    const pods = await reader.listPods({ namespace: 'shop' });
    sandbox.faults.conflictOnNextUpdates(1, { resource: 'deployments', name: 'cart-service' });
    const patched = await writer.patchContainerResources(
      'Deployment',
      'shop',
      'cart-service',
      'cart-service',
      { limits: { memory: '384Mi' } },
      { strategy: 'merge' },
    );

    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect((forbidden as Error).message).toBe(
      'RBAC forbids "patch" on "deployments" in namespace "shop" for the agent: grant it in deploy/rbac/remediation.yaml',
    );
    expect(pods.length).toBeGreaterThan(0);
    expect(sleeps.slice(0, 3)).toEqual([2000, 2000, 600]);
    expect(patched.after?.spec?.template?.spec?.containers?.[0]?.resources?.limits?.memory).toBe('384Mi');
    const patches = sandbox.requests().filter((r) => r.verb === 'patch' && r.name === 'cart-service');
    expect(patches.map((r) => r.status)).toEqual([409, 200]);
  });
});
