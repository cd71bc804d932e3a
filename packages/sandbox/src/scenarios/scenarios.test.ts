import { ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster } from '../cluster.ts';
import { kubeletFact } from '../engine/environment.ts';
import type { Deployment, Node, Pod } from '../resources/types.ts';
import { RECO_CACHE_FULL, REFILL_MINUTES } from './cache-refills.ts';
import { listScenarios } from './catalog.ts';
import {
  COMMERCE_DB_HOST,
  COMMERCE_SERVICES,
  OUTAGE_MINUTES,
  OUTAGE_STARTED_MINUTES_AGO,
} from './db-outage-cascade.ts';
import { HANG_AFTER_MINUTES } from './hang-recurring.ts';
import { BATCH_GROUP, DEAD_NODE } from './node-dead.ts';
import { LOST_NODE } from './node-not-ready.ts';
import { injectRuntimeThreats } from './runtime-threats.ts';

const MINUTE = 60_000;
const WRITE = { dryRun: false };

function start(scenario: string): Cluster {
  return createCluster({ scenario, clock: new ManualClock('2026-03-01T12:00:00Z') });
}

function patch(
  c: Cluster,
  kind: string,
  ns: string | undefined,
  name: string,
  body: unknown,
  type = 'application/strategic-merge-patch+json',
) {
  return c.api.patch(c.registry.byKind(kind), ns, name, JSON.stringify(body), type, WRITE).object;
}

function rolloutRestart(c: Cluster, ns: string, name: string): void {
  const at = new Date(c.engine.now()).toISOString();
  patch(c, 'Deployment', ns, name, {
    spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } },
  });
}

function setMemoryLimit(c: Cluster, ns: string, name: string, memory: string): void {
  patch(c, 'Deployment', ns, name, {
    spec: { template: { spec: { containers: [{ name, resources: { limits: { memory } } }] } } },
  });
}

function podsOf(c: Cluster, ns: string, name: string): Pod[] {
  return c.state.list<Pod>('Pod', ns).filter((p) => p.metadata.labels?.['app.kubernetes.io/name'] === name);
}

/** Available with every replica up to date, and no container of its pods waiting or restarting badly. */
function isHealthy(c: Cluster, ns: string, name: string): boolean {
  const d = c.state.get<Deployment>('Deployment', ns, name);
  const status = (d?.status ?? {}) as {
    availableReplicas?: number;
    updatedReplicas?: number;
    replicas?: number;
  };
  const replicas = d?.spec.replicas ?? 0;
  const pods = podsOf(c, ns, name);
  return (
    status.availableReplicas === replicas &&
    status.updatedReplicas === replicas &&
    status.replicas === replicas &&
    pods.length === replicas &&
    pods.every((p) => p.status?.containerStatuses?.every((s) => s.ready && s.state.running))
  );
}

/** Healthy at every minute for `minutes`. */
function staysHealthy(c: Cluster, ns: string, name: string, minutes: number): boolean {
  for (let i = 0; i < minutes; i++) {
    c.engine.tick(MINUTE);
    if (!isHealthy(c, ns, name)) return false;
  }
  return true;
}

/** Cordon, then evict every pod but daemon pods (kubectl drain --ignore-daemonsets). */
function drain(c: Cluster, node: string): void {
  patch(c, 'Node', undefined, node, { spec: { unschedulable: true } });
  for (const pod of c.state.byIndex<Pod>('pods-by-node', node)) {
    if (pod.metadata.ownerReferences?.[0]?.kind === 'DaemonSet') continue;
    c.api.evict(
      pod.metadata.namespace as string,
      pod.metadata.name,
      { metadata: { name: pod.metadata.name } },
      WRITE,
    );
  }
}

function waitingReasons(c: Cluster, ns: string, name: string): string[] {
  return podsOf(c, ns, name).flatMap((p) =>
    (p.status?.containerStatuses ?? []).map((s) => s.state.waiting?.reason ?? 'running'),
  );
}

describe('scenarios', () => {
  it('lists every scenario with its namespace, workload and expected fix', () => {
    const names = listScenarios().map((s) => s.name);
    expect(names).toEqual([
      'healthy',
      'oom-kill',
      'java-heap',
      'crashloop-db-timeout',
      'crashloop-missing-config',
      'bad-deploy-rollback',
      'image-pull-backoff',
      'node-not-ready',
      'liveness-probe-failure',
      'redis-cache-full',
      'api-key-revoked',
      'node-dead',
      'cache-refills',
      'hang-recurring',
      'db-outage-cascade',
      'zombie-namespace',
      'crypto-miner',
      'memory-creep',
      'volume-filling',
    ]);
    for (const s of listScenarios()) expect(s.expectedFix.length).toBeGreaterThan(20);
  });

  it('healthy: every deployment is available and stays so', () => {
    const c = start('healthy');
    for (const d of c.state.list<Deployment>('Deployment')) {
      expect(
        isHealthy(c, d.metadata.namespace as string, d.metadata.name) ||
          d.metadata.namespace === 'kube-system',
      ).toBe(true);
    }
    expect(staysHealthy(c, 'shop', 'order-service', 15)).toBe(true);
  });

  it('zombie-namespace: the abandoned namespace and its workloads date from three weeks ago, healthy and without events', () => {
    const c = start('zombie-namespace');
    c.engine.tick(2 * MINUTE);
    const weeksAgo = (iso: string | undefined) =>
      (Date.parse('2026-03-01T12:00:00Z') - Date.parse(iso ?? '')) / (7 * 86_400_000);
    const ns = c.state.get('Namespace', undefined, 'marketing-campaign');
    expect(weeksAgo(ns?.metadata.creationTimestamp)).toBeGreaterThanOrEqual(3);
    for (const kind of ['Deployment', 'ReplicaSet', 'Pod']) {
      const objects = c.state.list(kind, 'marketing-campaign');
      expect(objects.length, kind).toBeGreaterThan(0);
      for (const o of objects)
        expect(weeksAgo(o.metadata.creationTimestamp), kind).toBeGreaterThanOrEqual(2.9);
    }
    const progressing = c.state
      .list<Deployment>('Deployment', 'marketing-campaign')
      .flatMap((d) => d.status?.conditions ?? [])
      .map((cond) => weeksAgo((cond as { lastUpdateTime?: string }).lastUpdateTime));
    expect(Math.min(...progressing)).toBeGreaterThanOrEqual(2.9);
    expect(isHealthy(c, 'marketing-campaign', 'campaign-site')).toBe(true);
    expect(c.state.list('Event', 'marketing-campaign')).toEqual([]);
  });

  describe('crypto-miner', () => {
    it('runs image-resizer healthy, enforces NetworkPolicies through the VPC CNI agent, and reports the miner in the oldest pod', () => {
      const c = start('crypto-miner');
      expect(isHealthy(c, 'media', 'image-resizer')).toBe(true);
      const awsNode = c.state.get<
        { spec: { template: { spec: { containers: { name: string; args?: string[] }[] } } } } & Pod
      >('DaemonSet', 'kube-system', 'aws-node');
      const agent = awsNode?.spec.template.spec.containers.find((x) => x.name === 'aws-network-policy-agent');
      expect(agent?.args).toContain('--enable-network-policy=true');
      const pods = podsOf(c, 'media', 'image-resizer').sort(
        (a, b) =>
          a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) ||
          a.metadata.name.localeCompare(b.metadata.name),
      );

      const [event, ...rest] = injectRuntimeThreats(
        c.definition,
        c.state,
        c.events,
        new Date(c.engine.now()),
      );

      expect(rest).toEqual([]);
      if (!event) throw new Error('no finding injected');
      const workload = (
        event.detail as {
          resource: { kubernetesDetails: { kubernetesWorkloadDetails: Record<string, unknown> } };
        }
      ).resource.kubernetesDetails.kubernetesWorkloadDetails;
      const miner = pods[0];
      expect(workload).toMatchObject({
        name: miner?.metadata.name,
        uid: miner?.metadata.uid,
        namespace: 'media',
        type: 'pods',
        containers: [
          { id: miner?.status?.containerStatuses?.[0]?.containerID?.replace('containerd://', '') },
        ],
      });
      expect(event).toMatchObject({ source: 'aws.guardduty', 'detail-type': 'GuardDuty Finding' });
      const seen = c.state.list<
        { reason?: string; message?: string; involvedObject?: { name?: string } } & Pod
      >('Event', 'media');
      expect(seen.find((e) => e.reason === 'RuntimeThreat')).toMatchObject({
        involvedObject: { name: miner?.metadata.name },
      });
      expect(seen.find((e) => e.reason === 'RuntimeThreat')?.message).toContain('pool.supportxmr.com');
    });
  });

  describe('oom-kill', () => {
    it('starts OOMKilled (137) and in CrashLoopBackOff, with the normal logs before each kill', () => {
      const c = start('oom-kill');
      const pods = podsOf(c, 'shop', 'order-service');
      expect(pods).toHaveLength(2);
      for (const pod of pods) {
        const s = pod.status?.containerStatuses?.[0];
        expect(s?.lastState.terminated).toMatchObject({ reason: 'OOMKilled', exitCode: 137 });
        expect(s?.restartCount).toBeGreaterThan(3);
      }
      expect(waitingReasons(c, 'shop', 'order-service')).toContain('CrashLoopBackOff');
      const log = c.engine.kubelet.readLog(pods[0] as Pod, undefined, true, c.engine.now());
      expect(log.some((l) => l.text.includes('catalog cache ready'))).toBe(true);
    });

    it('a rollout restart does not heal it', () => {
      const c = start('oom-kill');
      rolloutRestart(c, 'shop', 'order-service');
      c.engine.tick(10 * MINUTE);
      expect(isHealthy(c, 'shop', 'order-service')).toBe(false);
      expect(
        podsOf(c, 'shop', 'order-service').some(
          (p) => p.status?.containerStatuses?.[0]?.lastState.terminated?.reason === 'OOMKilled',
        ),
      ).toBe(true);
    });

    it('raising the memory limit by 20% (614Mi) heals it', () => {
      const c = start('oom-kill');
      setMemoryLimit(c, 'shop', 'order-service', '614Mi');
      c.engine.tick(MINUTE);
      expect(staysHealthy(c, 'shop', 'order-service', 20)).toBe(true);
    });
  });

  describe('java-heap', () => {
    it('logs a Java heap OutOfMemoryError and exits 3; raising the limit heals it, restarting does not', () => {
      const c = start('java-heap');
      const pod = podsOf(c, 'orders', 'billing-api')[0] as Pod;
      expect(pod.status?.containerStatuses?.[0]?.lastState.terminated).toMatchObject({
        exitCode: 3,
        reason: 'Error',
      });
      const previous = c.engine.kubelet.readLog(pod, undefined, true, c.engine.now()).map((l) => l.text);
      expect(previous).toContain('java.lang.OutOfMemoryError: Java heap space');
      expect(previous.some((l) => l.includes('JVM max heap: 384m'))).toBe(true);

      const restarted = start('java-heap');
      rolloutRestart(restarted, 'orders', 'billing-api');
      restarted.engine.tick(10 * MINUTE);
      expect(isHealthy(restarted, 'orders', 'billing-api')).toBe(false);

      setMemoryLimit(c, 'orders', 'billing-api', '614Mi');
      c.engine.tick(MINUTE);
      expect(staysHealthy(c, 'orders', 'billing-api', 15)).toBe(true);
    });
  });

  describe('crashloop-db-timeout', () => {
    it('restarts do not help; it recovers when the database is reachable again', () => {
      const c = start('crashloop-db-timeout');
      const pod = podsOf(c, 'payments', 'payment-api')[0] as Pod;
      const log = c.engine.kubelet
        .readLog(pod, undefined, true, c.engine.now())
        .map((l) => l.text)
        .join('\n');
      expect(log).toContain('dial tcp 10.0.12.34:5432: i/o timeout');
      rolloutRestart(c, 'payments', 'payment-api');
      c.engine.tick(8 * MINUTE);
      expect(isHealthy(c, 'payments', 'payment-api')).toBe(false);
      c.environment.set('databaseReachable', true);
      c.engine.tick(6 * MINUTE);
      expect(staysHealthy(c, 'payments', 'payment-api', 10)).toBe(true);
    });
  });

  describe('crashloop-missing-config', () => {
    it('reports the missing secret and heals as soon as it is created', () => {
      const c = start('crashloop-missing-config');
      const pod = podsOf(c, 'catalog', 'catalog-api')[0] as Pod;
      expect(pod.status?.containerStatuses?.[0]?.state.waiting).toEqual({
        reason: 'CreateContainerConfigError',
        message: 'secret "catalog-db-credentials" not found',
      });
      rolloutRestart(c, 'catalog', 'catalog-api');
      c.engine.tick(2 * MINUTE);
      expect(waitingReasons(c, 'catalog', 'catalog-api')).toContain('CreateContainerConfigError');
      c.api.create(
        c.registry.byKind('Secret'),
        'catalog',
        {
          metadata: { name: 'catalog-db-credentials' },
          data: { username: btoa('catalog'), password: btoa('pw') },
        },
        WRITE,
      );
      c.engine.tick(20_000);
      expect(staysHealthy(c, 'catalog', 'catalog-api', 10)).toBe(true);
    });

    it('names a missing key of an existing secret', () => {
      const c = start('crashloop-missing-config');
      c.api.create(
        c.registry.byKind('Secret'),
        'catalog',
        { metadata: { name: 'catalog-db-credentials' }, stringData: { username: 'x' } },
        WRITE,
      );
      const pod = podsOf(c, 'catalog', 'catalog-api')[0] as Pod;
      expect(
        c.state.get<Pod>('Pod', 'catalog', pod.metadata.name)?.status?.containerStatuses?.[0]?.state.waiting
          ?.message,
      ).toBe("couldn't find key password in Secret catalog/catalog-db-credentials");
    });
  });

  describe('bad-deploy-rollback', () => {
    it('the new revision panics; rolling back the way kubectl does heals it, restarting does not', () => {
      const c = start('bad-deploy-rollback');
      const d = c.state.get<Deployment>('Deployment', 'checkout', 'checkout-web') as Deployment;
      expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
      expect(waitingReasons(c, 'checkout', 'checkout-web')).toContain('CrashLoopBackOff');

      rolloutRestart(c, 'checkout', 'checkout-web');
      c.engine.tick(5 * MINUTE);
      expect(isHealthy(c, 'checkout', 'checkout-web')).toBe(false);

      // kubectl rollout undo: the template of the ReplicaSet with the previous revision, as a JSON patch.
      const sets = c.state
        .list('ReplicaSet', 'checkout')
        .filter((rs) => rs.metadata.name.startsWith('checkout-web-'));
      const previous = sets.find(
        (rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === '1',
      );
      expect(previous).toBeDefined();
      const template = structuredClone((previous as { spec: Deployment['spec'] }).spec.template);
      delete template.metadata?.labels?.['pod-template-hash'];
      patch(
        c,
        'Deployment',
        'checkout',
        'checkout-web',
        [
          { op: 'replace', path: '/spec/template', value: template },
          {
            op: 'replace',
            path: '/metadata/annotations',
            value: { 'kubernetes.io/change-cause': 'helm upgrade checkout-web --set image.tag=2.3.0' },
          },
        ],
        'application/json-patch+json',
      );
      c.engine.tick(MINUTE);
      expect(staysHealthy(c, 'checkout', 'checkout-web', 10)).toBe(true);
      expect(
        c.state.get<Deployment>('Deployment', 'checkout', 'checkout-web')?.metadata.annotations?.[
          'deployment.kubernetes.io/revision'
        ],
      ).toBe('4');
    });
  });

  describe('image-pull-backoff', () => {
    it('shows ErrImagePull/ImagePullBackOff with the kubelet message; a tag that exists heals it', () => {
      const c = start('image-pull-backoff');
      expect(
        waitingReasons(c, 'search', 'search-indexer').every(
          (r) => r === 'ImagePullBackOff' || r === 'ErrImagePull',
        ),
      ).toBe(true);
      const events = c.state.list('Event', 'search').map((e) => String(e.message));
      expect(events).toContain(
        'Failed to pull image "registry.local/search/search-indexer:3.9.0": rpc error: code = NotFound desc = failed to pull and unpack image "registry.local/search/search-indexer:3.9.0": failed to resolve reference "registry.local/search/search-indexer:3.9.0": registry.local/search/search-indexer:3.9.0: not found',
      );
      rolloutRestart(c, 'search', 'search-indexer');
      c.engine.tick(5 * MINUTE);
      expect(isHealthy(c, 'search', 'search-indexer')).toBe(false);
      patch(c, 'Deployment', 'search', 'search-indexer', {
        spec: {
          template: {
            spec: {
              containers: [{ name: 'search-indexer', image: 'registry.local/search/search-indexer:3.8.2' }],
            },
          },
        },
      });
      c.engine.tick(MINUTE);
      expect(staysHealthy(c, 'search', 'search-indexer', 5)).toBe(true);
    });
  });

  describe('node-not-ready', () => {
    it('marks the node NotReady and tainted; draining it reschedules the stuck pods', () => {
      const c = start('node-not-ready');
      const node = c.state.get<Node>('Node', undefined, LOST_NODE) as Node;
      expect(node.status?.conditions?.find((cond) => cond.type === 'Ready')).toMatchObject({
        status: 'Unknown',
        reason: 'NodeStatusUnknown',
        message: 'Kubelet stopped posting node status.',
      });
      expect(node.spec.taints?.map((t) => `${t.key}:${t.effect}`)).toEqual([
        'node.kubernetes.io/unreachable:NoSchedule',
        'node.kubernetes.io/unreachable:NoExecute',
      ]);
      expect(isHealthy(c, 'storefront', 'storefront-web')).toBe(false);
      c.engine.tick(10 * MINUTE);
      expect(isHealthy(c, 'storefront', 'storefront-web')).toBe(false);

      patch(c, 'Node', undefined, LOST_NODE, { spec: { unschedulable: true } });
      for (const pod of c.state.byIndex<Pod>('pods-by-node', LOST_NODE)) {
        if (pod.metadata.ownerReferences?.[0]?.kind === 'DaemonSet') continue;
        c.api.evict(
          pod.metadata.namespace as string,
          pod.metadata.name,
          { metadata: { name: pod.metadata.name } },
          WRITE,
        );
      }
      c.engine.tick(MINUTE);
      for (const name of ['storefront-web', 'product-api', 'image-resizer']) {
        expect(staysHealthy(c, 'storefront', name, 3)).toBe(true);
        expect(podsOf(c, 'storefront', name).every((p) => p.spec.nodeName !== LOST_NODE)).toBe(true);
      }
    });

    it('comes back Ready when the kubelet runs again', () => {
      const c = start('node-not-ready');
      c.environment.set(kubeletFact(LOST_NODE), true);
      const node = c.state.get<Node>('Node', undefined, LOST_NODE) as Node;
      expect(node.status?.conditions?.find((cond) => cond.type === 'Ready')?.status).toBe('True');
      expect(node.spec.taints).toBeUndefined();
    });
  });

  describe('liveness-probe-failure', () => {
    it('fails liveness probes and restarts; a rollout restart keeps it healthy for the deadlock period', () => {
      const c = start('liveness-probe-failure');
      const events = c.state.list('Event', 'inventory').map((e) => `${e.reason}: ${e.message}`);
      expect(
        events.some(
          (e) =>
            e.startsWith('Unhealthy: Liveness probe failed: Get "http://') &&
            e.includes('context deadline exceeded'),
        ),
      ).toBe(true);
      expect(events).toContain('Killing: Container inventory-api failed liveness probe, will be restarted');
      c.engine.tick(10 * MINUTE);
      expect(isHealthy(c, 'inventory', 'inventory-api')).toBe(false);
      rolloutRestart(c, 'inventory', 'inventory-api');
      c.engine.tick(MINUTE);
      expect(staysHealthy(c, 'inventory', 'inventory-api', 25)).toBe(true);
    });
  });

  describe('redis-cache-full', () => {
    it('pods are Running but not Ready while the cache is full; flushing heals, restarting does not', () => {
      const c = start('redis-cache-full');
      const pods = podsOf(c, 'sessions', 'session-service');
      expect(
        pods.every((p) => p.status?.phase === 'Running' && !p.status.containerStatuses?.[0]?.ready),
      ).toBe(true);
      const log = c.engine.kubelet
        .readLog(pods[0] as Pod, undefined, false, c.engine.now())
        .map((l) => l.text)
        .join('\n');
      expect(log).toContain("OOM command not allowed when used memory > 'maxmemory'.");
      rolloutRestart(c, 'sessions', 'session-service');
      c.engine.tick(5 * MINUTE);
      expect(isHealthy(c, 'sessions', 'session-service')).toBe(false);
      c.environment.set('cacheFull', false);
      c.engine.tick(MINUTE);
      expect(staysHealthy(c, 'sessions', 'session-service', 5)).toBe(true);
    });
  });

  describe('api-key-revoked', () => {
    it('crashes with 401 until the secret is rotated; restarts alone do not help', () => {
      const c = start('api-key-revoked');
      const pod = podsOf(c, 'notifications', 'notification-sender')[0] as Pod;
      const log = c.engine.kubelet
        .readLog(pod, undefined, true, c.engine.now())
        .map((l) => l.text)
        .join('\n');
      expect(log).toContain('"status":401');
      rolloutRestart(c, 'notifications', 'notification-sender');
      c.engine.tick(5 * MINUTE);
      expect(isHealthy(c, 'notifications', 'notification-sender')).toBe(false);
      patch(c, 'Secret', 'notifications', 'notification-sender-api-key', {
        stringData: { 'api-key': 'SG.rotated-key' },
      });
      c.engine.tick(6 * MINUTE);
      expect(staysHealthy(c, 'notifications', 'notification-sender', 5)).toBe(true);
    });
  });

  describe('node-dead', () => {
    it('stays NotReady for good; drain, then terminating its instance gives a fresh Ready node of the group', () => {
      const c = start('node-dead');
      const ready = (name: string) =>
        c.state.get<Node>('Node', undefined, name)?.status?.conditions?.find((x) => x.type === 'Ready')
          ?.status;
      expect(ready(DEAD_NODE)).toBe('Unknown');
      expect(isHealthy(c, 'media', 'video-transcoder')).toBe(false);
      c.engine.tick(60 * MINUTE);
      expect(ready(DEAD_NODE)).toBe('Unknown');

      drain(c, DEAD_NODE);
      c.engine.tick(MINUTE);
      expect(staysHealthy(c, 'media', 'video-transcoder', 3)).toBe(true);
      expect(podsOf(c, 'media', 'video-transcoder').every((p) => p.spec.nodeName !== DEAD_NODE)).toBe(true);
      expect(ready(DEAD_NODE)).toBe('Unknown');

      const result = c.engine.nodeGroups.terminateInstance(DEAD_NODE, { decrementDesiredCapacity: false });
      expect(result.outcome).toBe('terminating');
      c.engine.tick(4 * MINUTE);
      expect(c.state.get('Node', undefined, DEAD_NODE)).toBeUndefined();
      const group = c.engine.nodeGroups.describe(BATCH_GROUP);
      expect(group?.desiredSize).toBe(2);
      expect(group?.instances.map((i) => i.lifecycleState)).toEqual(['InService', 'InService']);
      const fresh = group?.instances.find(
        (i) => i.nodeName !== DEAD_NODE && i.availabilityZone === 'eu-west-1b',
      );
      expect(ready(fresh?.nodeName as string)).toBe('True');
      expect(c.state.get<Node>('Node', undefined, fresh?.nodeName as string)?.spec.taints).toEqual([
        { key: 'dedicated', value: 'batch', effect: 'NoSchedule' },
      ]);
      expect(staysHealthy(c, 'media', 'video-transcoder', 5)).toBe(true);
    });

    it('refuses to terminate a node the group does not manage', () => {
      const c = start('node-dead');
      const result = c.engine.nodeGroups.terminateInstance('ip-10-0-9-9.eu-west-1.compute.internal', {
        decrementDesiredCapacity: false,
      });
      expect(result).toMatchObject({ outcome: 'refused', reason: 'not-found' });
    });
  });

  describe('cache-refills', () => {
    it(`fills up again ${REFILL_MINUTES} minutes after every flush; restarts do not help`, () => {
      const c = start('cache-refills');
      const ready = () =>
        podsOf(c, 'recommendations', 'recommendation-api').every(
          (p) => p.status?.containerStatuses?.[0]?.ready,
        );
      const log = c.engine.kubelet
        .readLog(
          podsOf(c, 'recommendations', 'recommendation-api')[0] as Pod,
          undefined,
          false,
          c.engine.now(),
        )
        .map((l) => l.text)
        .join('\n');
      expect(log).toContain("OOM command not allowed when used memory > 'maxmemory'.");
      expect(ready()).toBe(false);
      rolloutRestart(c, 'recommendations', 'recommendation-api');
      c.engine.tick(5 * MINUTE);
      expect(ready()).toBe(false);

      for (let flush = 0; flush < 3; flush++) {
        c.environment.set(RECO_CACHE_FULL, false);
        c.engine.tick(MINUTE);
        expect(staysHealthy(c, 'recommendations', 'recommendation-api', REFILL_MINUTES - 2)).toBe(true);
        c.engine.tick(2 * MINUTE);
        expect(c.environment.get(RECO_CACHE_FULL)).toBe(true);
        expect(ready()).toBe(false);
        c.engine.tick(15 * MINUTE);
        expect(ready()).toBe(false);
      }
    });

    it('leaves the other caches alone', () => {
      const c = start('cache-refills');
      c.environment.set(RECO_CACHE_FULL, false);
      c.engine.tick(20 * MINUTE);
      expect(c.environment.get('cacheFull')).toBe(false);
    });
  });

  describe('hang-recurring', () => {
    it(`a rollout restart buys ${HANG_AFTER_MINUTES} minutes, every time`, () => {
      const c = start('hang-recurring');
      const events = c.state.list('Event', 'documents').map((e) => `${e.reason}: ${e.message}`);
      expect(events).toContain('Killing: Container pdf-renderer failed liveness probe, will be restarted');
      expect(waitingReasons(c, 'documents', 'pdf-renderer')).toContain('CrashLoopBackOff');
      const log = c.engine.kubelet
        .readLog(podsOf(c, 'documents', 'pdf-renderer')[0] as Pod, undefined, true, c.engine.now())
        .map((l) => l.text)
        .join('\n');
      expect(log).toContain('/dev/shm/.org.chromium.Chromium.');

      for (let restart = 0; restart < 2; restart++) {
        rolloutRestart(c, 'documents', 'pdf-renderer');
        c.engine.tick(MINUTE);
        expect(staysHealthy(c, 'documents', 'pdf-renderer', HANG_AFTER_MINUTES - 3)).toBe(true);
        c.engine.tick(8 * MINUTE);
        expect(isHealthy(c, 'documents', 'pdf-renderer')).toBe(false);
        c.engine.tick(20 * MINUTE);
        expect(waitingReasons(c, 'documents', 'pdf-renderer')).toContain('CrashLoopBackOff');
      }
    });
  });

  describe('db-outage-cascade', () => {
    it('six services crash-loop naming the same host for an hour, then come back by themselves', () => {
      const c = start('db-outage-cascade');
      for (const s of COMMERCE_SERVICES) {
        expect(isHealthy(c, 'commerce', s.name), s.name).toBe(false);
        const pod = podsOf(c, 'commerce', s.name)[0] as Pod;
        expect(pod.status?.containerStatuses?.[0]?.restartCount, s.name).toBeGreaterThan(1);
        const log = c.engine.kubelet
          .readLog(pod, undefined, true, c.engine.now())
          .map((l) => l.text)
          .join('\n');
        expect(log, s.name).toContain(COMMERCE_DB_HOST);
        expect(log, s.name).toMatch(/refused|timeout/i);
      }
      const remaining = OUTAGE_MINUTES - OUTAGE_STARTED_MINUTES_AGO;
      c.engine.tick((remaining - 1) * MINUTE);
      for (const s of COMMERCE_SERVICES) expect(isHealthy(c, 'commerce', s.name), s.name).toBe(false);
      c.engine.tick(7 * MINUTE);
      for (const s of COMMERCE_SERVICES) expect(staysHealthy(c, 'commerce', s.name, 1), s.name).toBe(true);
      expect(COMMERCE_SERVICES.every((s) => staysHealthy(c, 'commerce', s.name, 2))).toBe(true);
    });
  });
});
