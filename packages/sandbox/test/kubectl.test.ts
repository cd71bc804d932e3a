import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.ts';
import { type Kubectl, sandboxWithKubectl } from './kubectl-helpers.ts';

type List<T> = { items: T[] };
type PodJson = {
  metadata: { name: string; namespace: string; labels?: Record<string, string> };
  spec: { nodeName?: string };
  status: {
    phase: string;
    containerStatuses?: {
      ready: boolean;
      restartCount: number;
      state: { waiting?: { reason: string } };
      lastState: { terminated?: { reason: string; exitCode: number } };
    }[];
  };
};
type DeploymentJson = {
  metadata: { annotations?: Record<string, string> };
  spec: {
    replicas: number;
    template: { spec: { containers: { image: string; resources: { limits: Record<string, string> } }[] } };
  };
  status: { readyReplicas?: number; availableReplicas?: number; updatedReplicas?: number };
};

const MINUTE = 60_000;
describe('the real kubectl against the sandbox', () => {
  describe('oom-kill', () => {
    let sandbox: RunningSandbox;
    let kubectl: Kubectl;
    let close: () => Promise<void>;
    const orderPods = async () =>
      (
        await kubectl.json<List<PodJson>>(
          'get',
          'pods',
          '-n',
          'shop',
          '-l',
          'app.kubernetes.io/name=order-service',
        )
      ).items;

    beforeAll(async () => {
      ({ sandbox, kubectl, close } = await sandboxWithKubectl('oom-kill'));
    });
    afterAll(async () => close());

    it('get pods -A prints every namespace, with order-service crash-looping', async () => {
      const out = await kubectl('get', 'pods', '-A');
      expect(out.split('\n')[0]).toMatch(/^NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
      expect(out).toMatch(/kube-system\s+coredns-\S+\s+1\/1\s+Running/);
      expect(out).toMatch(/shop\s+order-service-\S+\s+0\/1\s+CrashLoopBackOff\s+\d+ \(\S+ ago\)/);
      expect(out).toMatch(/shop\s+shop-frontend-\S+\s+1\/1\s+Running\s+0/);
    });

    it('get nodes shows three Ready workers', async () => {
      expect(await kubectl('get', 'nodes')).toMatch(/ip-10-0-1-23\.eu-west-1\.compute\.internal\s+Ready/);
      const nodes = await kubectl.json<List<{ status: { conditions: { type: string; status: string }[] } }>>(
        'get',
        'nodes',
      );
      expect(nodes.items).toHaveLength(3);
      expect(
        nodes.items.every((n) => n.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True')),
      ).toBe(true);
    });

    it('get deploy and get events show the unavailable deployment and its back-off', async () => {
      expect(await kubectl('get', 'deploy', '-n', 'shop')).toMatch(/order-service\s+0\/2\s+2\s+0/);
      const events = await kubectl.json<
        List<{ reason: string; message: string; involvedObject: { name: string } }>
      >('get', 'events', '-n', 'shop');
      const backOff = events.items.find(
        (e) => e.reason === 'BackOff' && e.involvedObject.name.startsWith('order-service-'),
      );
      expect(backOff?.message).toMatch(
        /^Back-off restarting failed container order-service in pod order-service-/,
      );
      expect(await kubectl('get', 'events', '-n', 'shop')).toMatch(/Warning\s+BackOff\s+pod\/order-service-/);
    });

    it('describe pod shows the OOMKilled last state, exit code 137 and the events', async () => {
      const [pod] = await orderPods();
      const out = await kubectl('describe', 'pod', '-n', 'shop', pod?.metadata.name as string);
      expect(out).toMatch(/State:\s+Waiting\n\s+Reason:\s+CrashLoopBackOff/);
      expect(out).toMatch(/Last State:\s+Terminated\n\s+Reason:\s+OOMKilled\n\s+Exit Code:\s+137/);
      expect(out).toMatch(/Limits:\n\s+memory:\s+512Mi/);
      expect(out).toMatch(
        /Warning\s+BackOff\s+.*kubelet\s+Back-off restarting failed container order-service/,
      );
    });

    it('logs and logs --previous show the crashed container output', async () => {
      const [pod] = await orderPods();
      const name = pod?.metadata.name as string;
      const previous = await kubectl('logs', '-n', 'shop', name, '--previous');
      expect(previous).toContain('"msg":"catalog cache ready"');
      expect(previous).toContain('"msg":"memory usage high"');
      const tail = await kubectl('logs', '-n', 'shop', name, '--tail=2');
      expect(tail.trim().split('\n')).toHaveLength(2);
      const missing = await kubectl.raw('logs', '-n', 'shop', 'shop-frontend-nope');
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain('pods "shop-frontend-nope" not found');
    });

    it('a rollout restart does not heal it', async () => {
      expect(await kubectl('rollout', 'restart', 'deployment/order-service', '-n', 'shop')).toContain(
        'deployment.apps/order-service restarted',
      );
      sandbox.engine.tick(5 * MINUTE);
      const pods = await orderPods();
      expect(
        pods.some((p) => p.status.containerStatuses?.[0]?.lastState.terminated?.reason === 'OOMKilled'),
      ).toBe(true);
    });

    it('a strategic merge patch of the container memory limit heals it', async () => {
      const patch = JSON.stringify({
        spec: {
          template: {
            spec: { containers: [{ name: 'order-service', resources: { limits: { memory: '614Mi' } } }] },
          },
        },
      });
      expect(await kubectl('patch', 'deployment', 'order-service', '-n', 'shop', '-p', patch)).toContain(
        'patched',
      );
      sandbox.engine.tick(10 * MINUTE);
      const deployment = await kubectl.json<DeploymentJson>(
        'get',
        'deployment',
        'order-service',
        '-n',
        'shop',
      );
      expect(deployment.spec.template.spec.containers[0]?.resources.limits).toEqual({ memory: '614Mi' });
      expect(deployment.status).toMatchObject({ readyReplicas: 2, availableReplicas: 2, updatedReplicas: 2 });
      const pods = await orderPods();
      expect(
        pods.every(
          (p) => p.status.containerStatuses?.[0]?.ready && p.status.containerStatuses[0].restartCount === 0,
        ),
      ).toBe(true);
      expect(
        await kubectl('rollout', 'status', 'deployment/order-service', '-n', 'shop', '--timeout=10s'),
      ).toContain('successfully rolled out');
    });

    it('scale changes the replicas through the scale subresource', async () => {
      expect(await kubectl('scale', 'deployment/cart-service', '-n', 'shop', '--replicas=4')).toContain(
        'scaled',
      );
      sandbox.engine.tick(MINUTE);
      const pods = await kubectl.json<List<PodJson>>(
        'get',
        'pods',
        '-n',
        'shop',
        '-l',
        'app.kubernetes.io/name=cart-service',
      );
      expect(pods.items).toHaveLength(4);
      expect(sandbox.requests().some((r) => r.method === 'PATCH' && r.subresource === 'scale')).toBe(true);
    });

    it('delete pod removes it and the ReplicaSet replaces it', async () => {
      const before = await kubectl.json<List<PodJson>>(
        'get',
        'pods',
        '-n',
        'shop',
        '-l',
        'app.kubernetes.io/name=shop-frontend',
      );
      const victim = before.items[0]?.metadata.name as string;
      expect(await kubectl('delete', 'pod', victim, '-n', 'shop')).toContain(`pod "${victim}" deleted`);
      const after = await kubectl.json<List<PodJson>>(
        'get',
        'pods',
        '-n',
        'shop',
        '-l',
        'app.kubernetes.io/name=shop-frontend',
      );
      expect(after.items).toHaveLength(3);
      expect(after.items.map((p) => p.metadata.name)).not.toContain(victim);
    });

    it('auth can-i follows the forbid faults', async () => {
      expect((await kubectl('auth', 'can-i', 'delete', 'pods', '-n', 'shop')).trim()).toBe('yes');
      sandbox.faults.forbid('delete', 'pods', 'shop');
      const denied = await kubectl.raw('auth', 'can-i', 'delete', 'pods', '-n', 'shop');
      expect(denied.stdout.trim()).toBe('no');
      expect((await kubectl('auth', 'can-i', 'delete', 'pods', '-n', 'payments')).trim()).toBe('yes');
      sandbox.faults.clear();
    });

    it('create secret (protobuf body), apply (client-side) and server-side dry-run work', async () => {
      expect(
        await kubectl('create', 'secret', 'generic', 'demo', '-n', 'shop', '--from-literal=token=s3cr3t'),
      ).toContain('secret/demo created');
      const secret = await kubectl.json<{ data: Record<string, string> }>(
        'get',
        'secret',
        'demo',
        '-n',
        'shop',
      );
      expect(Buffer.from(secret.data.token as string, 'base64').toString()).toBe('s3cr3t');
      const dir = await mkdtemp(join(tmpdir(), 'sandbox-apply-'));
      const manifest = join(dir, 'cm.yaml');
      const write = (value: string) =>
        writeFile(
          manifest,
          `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: feature-flags\n  namespace: shop\ndata:\n  checkout: "${value}"\n`,
        );
      await write('on');
      expect(await kubectl('apply', '-f', manifest)).toContain('configmap/feature-flags created');
      await write('off');
      expect(await kubectl('apply', '-f', manifest, '--dry-run=server')).toContain(
        'configured (server dry run)',
      );
      expect(
        (await kubectl.json<{ data: Record<string, string> }>('get', 'cm', 'feature-flags', '-n', 'shop'))
          .data,
      ).toEqual({ checkout: 'on' });
      expect(await kubectl('apply', '-f', manifest)).toContain('configmap/feature-flags configured');
      expect(
        (await kubectl.json<{ data: Record<string, string> }>('get', 'cm', 'feature-flags', '-n', 'shop'))
          .data,
      ).toEqual({ checkout: 'off' });
      await rm(dir, { recursive: true, force: true });
    });
  });

  describe('bad-deploy-rollback', () => {
    let sandbox: RunningSandbox;
    let kubectl: Kubectl;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ sandbox, kubectl, close } = await sandboxWithKubectl('bad-deploy-rollback'));
    });
    afterAll(async () => close());

    it('rollout undo restores the previous ReplicaSet and heals the deployment', async () => {
      const history = await kubectl('rollout', 'history', 'deployment/checkout-web', '-n', 'checkout');
      expect(history).toMatch(/1\s+helm upgrade checkout-web --set image.tag=2.3.0/);
      expect(history).toMatch(/2\s+helm upgrade checkout-web --set image.tag=2.4.0/);
      expect(await kubectl('rollout', 'undo', 'deployment/checkout-web', '-n', 'checkout')).toContain(
        'rolled back',
      );
      sandbox.engine.tick(2 * MINUTE);
      const deployment = await kubectl.json<DeploymentJson>(
        'get',
        'deployment',
        'checkout-web',
        '-n',
        'checkout',
      );
      expect(deployment.spec.template.spec.containers[0]?.image).toBe(
        'registry.local/checkout/checkout-web:2.3.0',
      );
      expect(deployment.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
      expect(deployment.status).toMatchObject({ readyReplicas: 3, availableReplicas: 3, updatedReplicas: 3 });
      const sets = await kubectl.json<List<{ metadata: { name: string }; spec: { replicas: number } }>>(
        'get',
        'rs',
        '-n',
        'checkout',
      );
      expect(sets.items.filter((rs) => rs.metadata.name.startsWith('checkout-web-'))).toHaveLength(2);
      const pods = await kubectl('get', 'pods', '-n', 'checkout');
      expect(pods).not.toContain('CrashLoopBackOff');
      expect(
        await kubectl(
          'wait',
          '--for=condition=Available',
          'deployment/checkout-web',
          '-n',
          'checkout',
          '--timeout=10s',
        ),
      ).toContain('condition met');
      expect(await kubectl('get', 'rs', '-n', 'checkout')).toMatch(/checkout-web-\S+\s+3\s+3\s+3/);
    });
  });

  describe('node-not-ready', () => {
    let kubectl: Kubectl;
    let close: () => Promise<void>;
    const node = 'ip-10-0-3-17.eu-west-1.compute.internal';
    beforeAll(async () => {
      ({ kubectl, close } = await sandboxWithKubectl('node-not-ready'));
    });
    afterAll(async () => close());

    it('cordon and drain move the stuck pods to healthy nodes', async () => {
      expect(await kubectl('get', 'nodes')).toMatch(new RegExp(`${node.replace(/\./g, '\\.')}\\s+NotReady`));
      expect(await kubectl('cordon', node)).toContain('cordoned');
      expect(await kubectl('get', 'node', node)).toMatch(/NotReady,SchedulingDisabled/);
      const drain = await kubectl.raw(
        'drain',
        node,
        '--ignore-daemonsets',
        '--delete-emptydir-data',
        '--timeout=30s',
      );
      expect(drain.code).toBe(0);
      expect(drain.stdout).toMatch(/evicting pod storefront\/storefront-web-/);
      expect(drain.stdout).toContain(`node/${node} drained`);
      expect(drain.stderr).toContain('Warning: ignoring DaemonSet-managed Pods: kube-system/aws-node-');
      const pods = await kubectl.json<List<PodJson>>('get', 'pods', '-n', 'storefront');
      expect(pods.items).toHaveLength(9);
      expect(pods.items.every((p) => p.spec.nodeName !== node)).toBe(true);
      const described = await kubectl('describe', 'node', node);
      expect(described).toMatch(
        /Taints:\s+node\.kubernetes\.io\/unreachable:NoExecute\n\s+node\.kubernetes\.io\/unreachable:NoSchedule/,
      );
      expect(described).toMatch(/Unschedulable:\s+true/);
      expect(described).toMatch(
        /Ready\s+Unknown\s+.*NodeStatusUnknown\s+Kubelet stopped posting node status\./,
      );
      expect(described).toMatch(/HolderIdentity:\s+ip-10-0-3-17/);
      expect(described).toMatch(/Non-terminated Pods:\s+\(2 in total\)/);
    });
  });
});
