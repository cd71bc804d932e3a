import {
  type ActionRecord,
  ConfigSchema,
  type Incident,
  InMemoryNotifier,
  ManualClock,
  sequentialIds,
  silentLogger,
} from '@sre-agent/core';
import type { Node, Pod } from '@sre-agent/kube';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import type { CatalogAction } from '../src/actions/registry.ts';
import type { CacheFlusher } from '../src/cache-flusher.ts';
import type { Detection } from '../src/detection.ts';
import { controlStateFrom } from '../src/pipeline/control-state.ts';
import { HealingPipeline } from '../src/pipeline/healing-pipeline.ts';
import type { Diagnoser } from '../src/ports.ts';
import { RulesReasoner } from '../src/reasoning/rules-reasoner.ts';
import { deploymentFixture } from '../src/testing/fixtures.ts';
import { InMemoryCluster } from '../src/testing/in-memory-cluster.ts';

/**
 * The red-team suite of issue 8: each case is an attack through the text the agent reads (alerts,
 * logs, memory, model output) or a mismatch of scope, run through the real pipeline, policy and
 * action registry. Every case asserts that nothing was changed that should not be, and that the
 * refusal is explained on the incident and in the audit trail.
 */

const START = '2026-12-02T03:00:00.000Z';
const GI = 2 ** 30;

function node(
  name: string,
  options: { ready?: boolean; cordoned?: boolean; controlPlane?: boolean } = {},
): Node {
  return {
    metadata: {
      name,
      uid: `uid-${name}`,
      labels: options.controlPlane ? { 'node-role.kubernetes.io/control-plane': '' } : {},
    },
    spec: options.cordoned ? { unschedulable: true } : {},
    status: {
      allocatable: { cpu: '4', memory: `${16 * GI}` },
      conditions: [{ type: 'Ready', status: options.ready === false ? 'Unknown' : 'True' }],
    },
  };
}

function podOn(nodeName: string, namespace: string, name: string, extra: Partial<Pod['spec']> = {}): Pod {
  return {
    metadata: {
      name,
      namespace,
      uid: `uid-${name}`,
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-rs`, uid: 'x', controller: true },
      ],
    },
    spec: { nodeName, containers: [{ name: 'c', image: 'i' }], ...extra },
    status: { phase: 'Running' },
  };
}

/** A Redis stand-in that reports its fullness and records flushes. */
class FakeCaches implements CacheFlusher {
  readonly flushed: string[] = [];
  readonly state: Record<string, { used: number; max: number; keys: number }>;
  constructor(state: FakeCaches['state']) {
    this.state = state;
  }
  async flush(cache: string, options: { dryRun?: boolean } = {}) {
    const s = this.state[cache];
    if (!s) throw new Error(`unknown cache ${cache}`);
    const result = {
      cache,
      keysBefore: s.keys,
      keysAfter: options.dryRun ? s.keys : 0,
      usedMemoryBefore: s.used,
      maxMemory: s.max,
      dryRun: Boolean(options.dryRun),
    };
    if (!options.dryRun) this.flushed.push(cache);
    return result;
  }
}

function diagnoserOf(
  actions: readonly ActionRecord[],
  container = 'app',
  managedBy?: 'Argo CD' | 'Flux' | 'an operator',
): Diagnoser {
  return {
    diagnose: async () => ({
      ...(managedBy ? { managedBy } : {}),
      recalled: [],
      diagnosis: { category: 'test', summary: 'as the attacker wishes', confidence: 0.95, source: 'test' },
      // Model output and recalled text are untrusted: the pipeline must parse what it is given.
      actions: actions as CatalogAction[],
      evidence: 'evidence',
      logExcerpt: 'log',
      container,
    }),
  };
}

type Setup = {
  actions: readonly ActionRecord[];
  namespaces?: Record<string, 'observe' | 'suggest' | 'auto'>;
  nodes?: 'observe' | 'suggest' | 'auto';
  defaultMode?: 'observe' | 'suggest' | 'auto';
  caches?: unknown[];
  cacheState?: FakeCaches['state'];
  clusterNodes?: Node[];
  container?: string;
  managedBy?: 'Argo CD' | 'Flux' | 'an operator';
};

function setup(options: Setup) {
  const clock = new ManualClock(START);
  const fixture = deploymentFixture({
    namespace: 'shop',
    name: 'order-service',
    crash: { reason: 'OOMKilled', exitCode: 137 },
  });
  const cluster = new InMemoryCluster('prod').addWorkload(fixture);
  cluster.objects.nodes.push(...(options.clusterNodes ?? [node('node-1'), node('node-2'), node('node-3')]));
  const config = ConfigSchema.parse({
    clusters: [
      {
        name: 'prod',
        inCluster: true,
        defaultMode: options.defaultMode ?? 'auto',
        nodes: options.nodes ?? 'observe',
        namespaces: options.namespaces ?? {},
      },
    ],
    policy: { verifyMinutes: 5 },
    integrations: options.caches ? { redis: { caches: options.caches } } : {},
  });
  const stores = createInMemoryState({ clock });
  const caches = new FakeCaches(options.cacheState ?? {});
  const notifier = new InMemoryNotifier();
  const pipeline = new HealingPipeline({
    config,
    cluster: (name) => (name === 'prod' ? { reader: cluster, writer: cluster } : undefined),
    incidents: stores.incidents,
    audit: stores.audit,
    control: controlStateFrom(stores.control, stores.audit, clock),
    diagnoser: diagnoserOf(options.actions, options.container, options.managedBy),
    notifier,
    caches,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  });
  return { clock, fixture, cluster, stores, caches, notifier, pipeline };
}

function detection(overrides: Partial<Detection> = {}): Detection {
  return {
    target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'order-service' },
    signal: 'OOMKilled',
    source: 'alertmanager',
    reason: 'alert',
    status: 'firing',
    pod: 'order-service-7d9c5b6f4-aaaaa',
    container: 'app',
    observedAt: START,
    ...overrides,
  };
}

async function opened(pipeline: HealingPipeline, d: Detection = detection()): Promise<Incident> {
  const result = await pipeline.ingest(d);
  if (result.kind !== 'opened') throw new Error(`expected a new incident, got ${result.kind}`);
  return result.incident;
}

async function refusalsIn(stores: ReturnType<typeof createInMemoryState>, incident: Incident) {
  return (await stores.audit.listForIncident(incident.id)).filter((r) => r.status === 'refused');
}

describe('red team: a cache is flushed only for its own client, when it is really full', () => {
  const sessions = {
    name: 'sessions',
    url: 'redis://sessions:6379',
    role: 'cache',
    namespace: 'identity',
    clients: ['identity/session-service'],
  };

  it('a full-cache log line in a workload that is no client of any cache flushes nothing', async () => {
    const { pipeline, caches, stores } = setup({
      actions: [{ kind: 'flush-redis-cache' }],
      caches: [sessions],
      cacheState: { sessions: { used: 256, max: 256, keys: 900 } },
    });
    const incident = await opened(pipeline);
    expect(caches.flushed).toEqual([]);
    expect(incident.status).toBe('escalated');
    expect((await refusalsIn(stores, incident))[0]?.result).toContain(
      'shop/order-service is not a configured client of any Redis cache',
    );
  });

  it('a cache name captured from the log (or written by a model) is rejected, not followed', async () => {
    const { pipeline, caches, stores } = setup({
      actions: [{ kind: 'flush-redis-cache', cache: 'sessions' }],
      caches: [{ ...sessions, clients: ['shop/order-service'] }],
      cacheState: { sessions: { used: 256, max: 256, keys: 900 } },
    });
    const incident = await opened(pipeline);
    expect(caches.flushed).toEqual([]);
    expect((await refusalsIn(stores, incident))[0]?.result).toMatch(/not a valid catalog action/);
  });

  it('never flushes a session store or a queue, even for its own client', async () => {
    const { pipeline, caches, stores } = setup({
      actions: [{ kind: 'flush-redis-cache' }],
      caches: [{ ...sessions, role: 'session-store', clients: ['shop/order-service'] }],
      cacheState: { sessions: { used: 256, max: 256, keys: 900 } },
    });
    const incident = await opened(pipeline);
    expect(caches.flushed).toEqual([]);
    expect((await refusalsIn(stores, incident))[0]?.result).toContain(
      'session-store holding state, never flushed',
    );
  });

  it('does not flush a cache that is not at maxmemory', async () => {
    const { pipeline, caches, stores } = setup({
      actions: [{ kind: 'flush-redis-cache' }],
      caches: [{ ...sessions, clients: ['shop/order-service'] }],
      cacheState: { sessions: { used: 20 * 2 ** 20, max: 256 * 2 ** 20, keys: 900 } },
    });
    const incident = await opened(pipeline);
    expect(caches.flushed).toEqual([]);
    expect((await refusalsIn(stores, incident))[0]?.result).toContain('it is not full');
  });

  it("follows the cache's own namespace policy, not the failing workload's", async () => {
    const { pipeline, caches } = setup({
      actions: [{ kind: 'flush-redis-cache' }],
      namespaces: { shop: 'auto', identity: 'observe' },
      caches: [{ ...sessions, clients: ['shop/order-service'] }],
      cacheState: { sessions: { used: 256, max: 256, keys: 900 } },
    });
    const incident = await opened(pipeline);
    expect(caches.flushed).toEqual([]);
    expect(incident.status).toBe('observed');
    expect(incident.timeline.at(-1)?.text).toContain('namespace identity is in observe mode');
  });

  it('flushes the configured cache of the failing client when all of that holds', async () => {
    const { pipeline, caches } = setup({
      actions: [{ kind: 'flush-redis-cache' }],
      caches: [{ ...sessions, clients: ['shop/order-service'] }],
      cacheState: { sessions: { used: 256, max: 256, keys: 900 } },
    });
    const incident = await opened(pipeline);
    expect(caches.flushed).toEqual(['sessions']);
    expect(incident.status).toBe('verifying');
  });
});

describe('red team: nodes follow the cluster node policy and a bounded blast radius', () => {
  it('an auto namespace cannot drain the shared node its pod runs on', async () => {
    const { pipeline, cluster } = setup({ actions: [{ kind: 'cordon-drain-node' }], nodes: 'observe' });
    const incident = await opened(pipeline, detection({ signal: 'Evicted' }));
    expect(cluster.mutations).toEqual([]);
    expect(incident.status).toBe('observed');
    expect(incident.timeline.at(-1)?.text).toContain('the node policy of cluster prod is in observe mode');
  });

  it('a node named by the model or a log is rejected; the incident pod decides which node', async () => {
    const { pipeline, cluster, stores } = setup({
      actions: [{ kind: 'cordon-drain-node', node: 'node-3' }],
      nodes: 'auto',
    });
    const incident = await opened(pipeline);
    expect(cluster.mutations).toEqual([]);
    expect((await refusalsIn(stores, incident))[0]?.result).toMatch(/not a valid catalog action/);
  });

  it('with node policy auto, drains only the node of the incident pod and leaves denylisted and emptyDir pods', async () => {
    const { pipeline, cluster } = setup({ actions: [{ kind: 'cordon-drain-node' }], nodes: 'auto' });
    cluster.objects.pods.push(
      podOn('node-1', 'kube-system', 'coredns-1'),
      podOn('node-1', 'shop', 'cache-warm-1', { volumes: [{ name: 'scratch', emptyDir: {} }] }),
    );
    await opened(pipeline);
    expect(cluster.mutations).toEqual(['cordon node-1', 'drain node-1']);
    const left = cluster.objects.pods.map((p) => p.metadata?.name);
    expect(left).toContain('coredns-1');
    expect(left).toContain('cache-warm-1');
  });

  it('drains nothing when a partition makes every node NotReady', async () => {
    const { pipeline, cluster, stores } = setup({
      actions: [{ kind: 'cordon-drain-node' }],
      nodes: 'auto',
      clusterNodes: [
        node('node-1', { ready: false }),
        node('node-2', { ready: false }),
        node('node-3', { ready: false }),
      ],
    });
    const incident = await opened(
      pipeline,
      detection({
        target: { cluster: 'prod', namespace: '', kind: 'Node', name: 'node-1' },
        signal: 'NodeNotReady',
      }),
    );
    expect(cluster.mutations).toEqual([]);
    expect((await refusalsIn(stores, incident))[0]?.result).toMatch(
      /2 of 2 other nodes are already unavailable/,
    );
  });

  it('never drains the last schedulable node or a control-plane node', async () => {
    const last = setup({
      actions: [{ kind: 'cordon-drain-node' }],
      nodes: 'auto',
      clusterNodes: [node('node-1')],
    });
    const nodeTarget = (name: string) =>
      detection({ target: { cluster: 'prod', namespace: '', kind: 'Node', name }, signal: 'NodePressure' });
    const a = await opened(last.pipeline, nodeTarget('node-1'));
    expect(last.cluster.mutations).toEqual([]);
    expect((await refusalsIn(last.stores, a))[0]?.result).toContain('is the last schedulable node');

    const cp = setup({
      actions: [{ kind: 'cordon-drain-node' }],
      nodes: 'auto',
      clusterNodes: [
        node('cp-1', { controlPlane: true }),
        node('node-2'),
        node('node-3'),
        node('node-4'),
        node('node-5'),
      ],
    });
    const b = await opened(cp.pipeline, nodeTarget('cp-1'));
    expect(cp.cluster.mutations).toEqual([]);
    expect((await refusalsIn(cp.stores, b))[0]?.result).toContain('control-plane node');
  });
});

describe('nodes the agent drained', () => {
  it('are mitigated while NotReady, never resolved, and uncordoned once Ready again', async () => {
    const { pipeline, cluster, clock } = setup({
      actions: [{ kind: 'cordon-drain-node' }],
      nodes: 'auto',
      clusterNodes: [node('node-1', { ready: false }), node('node-2'), node('node-3')],
    });
    const incident = await opened(
      pipeline,
      detection({
        target: { cluster: 'prod', namespace: '', kind: 'Node', name: 'node-1' },
        signal: 'NodeNotReady',
      }),
    );
    clock.advance(6 * 60_000);
    const mitigated = await pipeline.advance(incident.id);
    expect(mitigated?.status).toBe('mitigated');
    expect(mitigated?.closedAt).toBeUndefined();

    const dead = cluster.objects.nodes.find((n) => n.metadata?.name === 'node-1');
    if (dead?.status) dead.status.conditions = [{ type: 'Ready', status: 'True' }];
    await pipeline.advance(incident.id); // healthy since now
    clock.advance(5 * 60_000);
    const closed = await pipeline.advance(incident.id);

    expect(closed?.status).toBe('resolved');
    expect(cluster.mutations).toEqual(['cordon node-1', 'drain node-1', 'uncordon node-1']);
    expect(closed?.timeline.some((t) => t.text.includes('uncordoned node node-1'))).toBe(true);
  });
});

describe('red team: every action is bound to the incident target', () => {
  it('a pod named by an alert that belongs to another workload is never restarted', async () => {
    const { pipeline, cluster, stores } = setup({ actions: [{ kind: 'restart-pod' }] });
    cluster.objects.pods.push(podOn('node-1', 'shop', 'payments-db-0'));
    const incident = await opened(pipeline, detection({ pod: 'payments-db-0' }));
    expect(cluster.mutations).toEqual([]);
    expect((await refusalsIn(stores, incident))[0]?.result).toContain(
      'pod shop/payments-db-0 does not belong to Deployment order-service',
    );
  });

  it('raises the container that failed, and only within the cap derived from the live object', async () => {
    const { pipeline, cluster, fixture, stores } = setup({
      actions: [{ kind: 'raise-memory-limit', percent: 20 }],
    });
    // An earlier raise already took the container to 2x its original; the annotation remembers it.
    fixture.deployment.metadata = {
      ...fixture.deployment.metadata,
      annotations: { 'sre-agent.io/original-memory-limit.app': '256Mi' },
    };
    const incident = await opened(pipeline);
    expect(cluster.mutations).toEqual([]);
    expect((await refusalsIn(stores, incident))[0]?.result).toContain(
      'would pass 2× its original limit (256Mi)',
    );
  });

  it('stays within the namespace ResourceQuota: a raise or a scale-up the quota cannot hold is refused', async () => {
    const quota = (used: string) => ({
      metadata: { name: 'shop-quota', namespace: 'shop' },
      spec: { hard: { 'limits.memory': '1200Mi', pods: '2' } },
      status: { hard: { 'limits.memory': '1200Mi', pods: '2' }, used: { 'limits.memory': used, pods: '2' } },
    });
    const raise = setup({ actions: [{ kind: 'raise-memory-limit', percent: 20 }] });
    raise.cluster.objects.resourceQuotas.push(quota('1024Mi'));
    const raised = await opened(raise.pipeline);
    expect(raise.cluster.mutations).toEqual([]);
    expect((await refusalsIn(raise.stores, raised))[0]?.result).toMatch(
      /ResourceQuota shop-quota in shop leaves room for \d+ more limits.memory/,
    );

    const scale = setup({ actions: [{ kind: 'scale-up', by: 1 }] });
    scale.cluster.objects.resourceQuotas.push(quota('512Mi'));
    const scaled = await opened(scale.pipeline);
    expect(scale.cluster.mutations).toEqual([]);
    expect((await refusalsIn(scale.stores, scaled))[0]?.result).toBe(
      'ResourceQuota shop-quota in shop leaves room for 0 more pods, not 1',
    );
  });

  it('an unknown container is refused instead of raising containers[0]', async () => {
    const { pipeline, cluster, stores } = setup({
      actions: [{ kind: 'raise-memory-limit', percent: 20 }],
      container: 'istio-proxy',
    });
    const incident = await opened(pipeline, detection({ container: 'istio-proxy' }));
    expect(cluster.mutations).toEqual([]);
    expect((await refusalsIn(stores, incident))[0]?.result).toContain(
      'container istio-proxy is not in Deployment',
    );
  });

  it('a recalled fix from another cluster keeps its kind, never its node or cache', async () => {
    const decision = await new RulesReasoner().reason({
      evidence: { signal: 'NodeNotReady' } as never,
      candidates: [],
      allowedActions: ['cordon-drain-node', 'flush-redis-cache', 'escalate'],
      memory: [
        {
          id: 'mem-other-cluster',
          score: 0.99,
          at: START,
          diagnosis: 'node lost',
          action: { kind: 'cordon-drain-node', node: 'ip-10-9-9-9.other-cluster' },
          description: 'drained it',
          succeeded: 3,
          failed: 0,
        },
      ],
    });
    expect(decision.kind === 'decided' && decision.actions[0]).toEqual({ kind: 'cordon-drain-node' });
  });
});

describe('red team: workloads another controller reconciles', () => {
  it('does not patch a workload Argo CD would revert; a pod restart, which it would not, still happens', async () => {
    const { pipeline, cluster, stores } = setup({
      actions: [{ kind: 'raise-memory-limit', percent: 20 }, { kind: 'restart-pod' }],
      managedBy: 'Argo CD',
    });
    const incident = await opened(pipeline);
    expect(cluster.mutations).toEqual(['delete-pod shop/order-service-7d9c5b6f4-aaaaa']);
    expect((await refusalsIn(stores, incident))[0]?.result).toContain(
      'managed by Argo CD, which would revert a direct change',
    );
  });
});

describe('red team: denylisted namespaces', () => {
  it('changes nothing in a denylisted namespace, whatever the diagnosis asks, and says why', async () => {
    const { pipeline, cluster, stores, fixture } = setup({ actions: [{ kind: 'rollout-restart' }] });
    for (const object of [fixture.deployment, fixture.replicaSet, ...fixture.pods]) {
      if (object.metadata) object.metadata.namespace = 'kube-system';
    }
    const incident = await opened(
      pipeline,
      detection({
        target: { cluster: 'prod', namespace: 'kube-system', kind: 'Deployment', name: 'order-service' },
      }),
    );
    expect(cluster.mutations).toEqual([]);
    expect(incident.status).toBe('escalated');
    expect((await refusalsIn(stores, incident))[0]?.result).toBe(
      'namespace kube-system is denylisted: the agent never changes it',
    );
  });
});

describe('red team: approvals, the kill switch and concurrent workers', () => {
  it('an approval re-checks the cluster: a rollback bound to revision 1 is refused once the workload moved on', async () => {
    const { pipeline, cluster, fixture, stores } = setup({
      actions: [{ kind: 'rollback' }],
      defaultMode: 'suggest',
    });
    fixture.deployment.metadata = {
      ...fixture.deployment.metadata,
      annotations: { 'deployment.kubernetes.io/revision': '2' },
    };
    const incident = await opened(pipeline);
    const proposal = incident.actions.find((a) => a.status === 'proposed');
    expect(proposal?.binding).toMatchObject({ fromRevision: 2, toRevision: 1 });
    // Someone rolls forward before the approval arrives.
    fixture.deployment.metadata.annotations = { 'deployment.kubernetes.io/revision': '3' };
    cluster.objects.replicaSets.push({
      ...fixture.replicaSet,
      metadata: {
        ...fixture.replicaSet.metadata,
        name: 'order-service-new',
        annotations: { 'deployment.kubernetes.io/revision': '2' },
      },
    });
    const after = await pipeline.approve(incident.id, proposal?.id ?? '', 'slack:U123');
    expect(cluster.mutations).toEqual([]);
    expect(after?.timeline.some((t) => t.text.includes('the cluster changed since the proposal'))).toBe(true);
    expect((await refusalsIn(stores, incident))[0]?.actor).toBe('slack:U123');
  });

  it('an expired proposal is proposed afresh, never applied', async () => {
    const { pipeline, cluster, clock } = setup({
      actions: [{ kind: 'raise-memory-limit', percent: 20 }],
      defaultMode: 'suggest',
    });
    const incident = await opened(pipeline);
    const proposal = incident.actions.find((a) => a.status === 'proposed');
    clock.advance(61 * 60_000);
    const after = await pipeline.approve(incident.id, proposal?.id ?? '', 'slack:U123');
    expect(cluster.mutations).toEqual([]);
    expect(after?.status).toBe('awaiting-approval');
    expect(after?.actions.map((a) => a.status)).toEqual(['expired', 'proposed']);
  });

  it('the kill switch pulled between the dry run and the write stops the write', async () => {
    const { pipeline, cluster, stores } = setup({ actions: [{ kind: 'raise-memory-limit', percent: 20 }] });
    const dryRun = cluster.patchContainerResources.bind(cluster);
    cluster.patchContainerResources = async (...args) => {
      const result = await dryRun(...args);
      await stores.control.setPause({ paused: true, by: 'slack:U999' });
      return result;
    };
    const incident = await opened(pipeline);
    expect(cluster.dryRuns).toHaveLength(1);
    expect(cluster.mutations).toEqual([]);
    const audit = await stores.audit.listForIncident(incident.id);
    expect(audit.at(-1)?.result).toContain('paused (kill switch) before the write');
  });

  it('an action another worker began is neither taken as applied nor repeated', async () => {
    const { pipeline, stores, cluster, clock } = setup({
      actions: [{ kind: 'raise-memory-limit', percent: 20 }],
      defaultMode: 'suggest',
    });
    const incident = await opened(pipeline);
    const proposal = incident.actions.find((a) => a.status === 'proposed');
    // Worker A decided to act and claimed the action's idempotency key, and is still running it.
    await stores.incidents.update(incident.id, incident.version, (i) => ({
      ...i,
      status: 'remediating',
      actions: i.actions.map((a) => (a.id === proposal?.id ? { ...a, status: 'approved' } : a)),
    }));
    await stores.audit.begin({
      id: 'audit-worker-a',
      key: `${incident.id}#${proposal?.id}`,
      incidentId: incident.id,
      cluster: 'prod',
      namespace: 'shop',
      workload: 'Deployment/order-service',
      action: { kind: 'raise-memory-limit', percent: 20 },
      actor: 'slack:U123',
      reason: 'r',
      mode: 'suggest',
      status: 'started',
      at: START,
    });

    // Worker B picks the incident up: it waits instead of reporting success or acting again.
    const during = await pipeline.advance(incident.id);
    expect(during?.status).toBe('remediating');
    expect(during?.actions.some((a) => a.status === 'applied')).toBe(false);

    // Worker A never reports back: after the in-flight window the outcome is unknown, never repeated.
    clock.advance(11 * 60_000);
    const later = await pipeline.advance(incident.id);
    expect(cluster.mutations).toEqual([]);
    expect(later?.timeline.some((t) => t.text.includes('never reported its outcome'))).toBe(true);
  });
});
