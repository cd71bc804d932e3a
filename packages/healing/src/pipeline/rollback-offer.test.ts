import {
  type Config,
  ConfigSchema,
  InMemoryNotifier,
  ManualClock,
  sequentialIds,
  silentLogger,
} from '@sre-agent/core';
import type { ReplicaSet } from '@sre-agent/kube';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import type { Diagnoser } from '../ports.ts';
import { deploymentFixture } from '../testing/fixtures.ts';
import { InMemoryCluster } from '../testing/in-memory-cluster.ts';
import { controlStateFrom } from './control-state.ts';
import { HealingPipeline } from './healing-pipeline.ts';

const START = '2026-11-27T03:00:00.000Z';
const REVISION = 'deployment.kubernetes.io/revision';

const memoryDiagnoser: Diagnoser = {
  diagnose: async () => ({
    recalled: [],
    diagnosis: {
      category: 'memory',
      summary: 'the container needs more memory',
      confidence: 0.9,
      source: 'test',
    },
    actions: [{ kind: 'raise-memory-limit', percent: 20 }],
    evidence: 'evidence',
    logExcerpt: 'FATAL ERROR: Reached heap limit',
    container: 'app',
  }),
};

/** order-service at revision 2, rolled out `rolledOutMinutesAgo` before START; revision 1 still there. */
function setup(rolledOutMinutesAgo: number, policy: Partial<Config['policy']> = {}) {
  const clock = new ManualClock(START);
  const fixture = deploymentFixture({
    namespace: 'shop',
    name: 'order-service',
    crash: { reason: 'OOMKilled', exitCode: 137 },
  });
  const at = (minutesAgo: number) => new Date(Date.parse(START) - minutesAgo * 60_000);
  fixture.deployment.metadata = { ...fixture.deployment.metadata, annotations: { [REVISION]: '2' } };
  const current = fixture.replicaSet;
  current.metadata = {
    ...current.metadata,
    annotations: { [REVISION]: '2' },
    creationTimestamp: at(rolledOutMinutesAgo),
  };
  const previous: ReplicaSet = structuredClone(current);
  previous.metadata = {
    ...previous.metadata,
    name: 'order-service-5b4c3d2e1',
    uid: 'uid-order-service-5b4c3d2e1',
    annotations: { [REVISION]: '1' },
    creationTimestamp: at(30 * 24 * 60),
  };
  const cluster = new InMemoryCluster('prod').addWorkload(fixture);
  cluster.objects.replicaSets.push(previous);
  const stores = createInMemoryState({ clock });
  const notifier = new InMemoryNotifier();
  const pipeline = new HealingPipeline({
    config: ConfigSchema.parse({
      clusters: [{ name: 'prod', inCluster: true, defaultMode: 'suggest' }],
      policy: { verifyMinutes: 5, ...policy },
    }),
    cluster: (name) => (name === 'prod' ? { reader: cluster, writer: cluster } : undefined),
    incidents: stores.incidents,
    audit: stores.audit,
    control: controlStateFrom(stores.control, stores.audit, clock),
    diagnoser: memoryDiagnoser,
    notifier,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  });
  const open = async () => {
    const result = await pipeline.ingest({
      target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'order-service' },
      signal: 'OOMKilled',
      source: 'monitor',
      reason: 'container app: OOMKilled (exit 137), 4 restarts',
      status: 'firing',
      pod: 'order-service-7d9c5b6f4-aaaaa',
      container: 'app',
      observedAt: START,
    });
    if (result.kind !== 'opened') throw new Error(`expected an opened incident, got ${result.kind}`);
    return result.incident;
  };
  return { clock, cluster, stores, notifier, pipeline, open };
}

describe('"roll back my change" beside a proposed fix', () => {
  it('is proposed with the fix when the workload was rolled out recently, and one click rolls it back, closing the fix', async () => {
    const { cluster, stores, notifier, pipeline, open } = setup(10);
    const incident = await open();
    const proposals = incident.actions.filter((a) => a.status === 'proposed');
    expect(proposals.map((a) => a.action.kind)).toEqual(['raise-memory-limit', 'rollback']);
    expect(proposals[1]?.binding).toMatchObject({ fromRevision: 2, toRevision: 1 });
    expect(proposals[1]?.expiresAt).toBe(proposals[0]?.expiresAt);
    expect(notifier.sent.at(-1)?.buttons?.map((b) => [b.id, b.value])).toEqual([
      ['approve', `${incident.id}:${proposals[0]?.id}`],
      ['reject', `${incident.id}:${proposals[0]?.id}`],
      ['rollback', `${incident.id}:${proposals[1]?.id}`],
    ]);

    const after = await pipeline.approve(incident.id, proposals[1]?.id ?? '', 'slack:U0BOB');

    expect(cluster.mutations.some((m) => m.startsWith('rollback '))).toBe(true);
    expect(cluster.mutations.some((m) => m.includes('patch-resources'))).toBe(false);
    expect(after?.actions.find((a) => a.id === proposals[0]?.id)).toMatchObject({
      status: 'rejected',
      decidedBy: 'slack:U0BOB',
    });
    const [audit] = await stores.audit.listForIncident(incident.id);
    expect(audit).toMatchObject({ actor: 'slack:U0BOB', action: { kind: 'rollback' }, status: 'applied' });
    // Single use: the fix cannot be approved afterwards.
    await pipeline.approve(incident.id, proposals[0]?.id ?? '', 'slack:U0BOB');
    expect(cluster.mutations.some((m) => m.includes('patch-resources'))).toBe(false);
  });

  it('expires with the fix: a click after the proposal TTL changes nothing', async () => {
    const { clock, cluster, pipeline, open } = setup(10);
    const incident = await open();
    const rollback = incident.actions.find((a) => a.action.kind === 'rollback');
    clock.advance(61 * 60_000);

    const after = await pipeline.approve(incident.id, rollback?.id ?? '', 'slack:U0BOB');

    expect(cluster.mutations.some((m) => m.startsWith('rollback '))).toBe(false);
    expect(after?.actions.find((a) => a.id === rollback?.id)?.status).toBe('expired');
  });

  it('is not offered for an old rollout, or when the policy does not allow rollback', async () => {
    const old = setup(3 * 24 * 60);
    expect((await old.open()).actions.map((a) => a.action.kind)).toEqual(['raise-memory-limit']);
    expect(old.notifier.sent.at(-1)?.buttons?.map((b) => b.id)).toEqual(['approve', 'reject']);

    const disallowed = setup(10, { allowedActions: ['raise-memory-limit'] });
    expect((await disallowed.open()).actions.map((a) => a.action.kind)).toEqual(['raise-memory-limit']);
  });
});
