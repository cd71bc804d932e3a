import { ConfigSchema, InMemoryNotifier, ManualClock, sequentialIds, silentLogger } from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../detection.ts';
import type { Diagnoser } from '../ports.ts';
import { deploymentFixture } from '../testing/fixtures.ts';
import { InMemoryCluster } from '../testing/in-memory-cluster.ts';
import { controlStateFrom } from './control-state.ts';
import { HealingPipeline } from './healing-pipeline.ts';

const START = '2026-12-02T03:00:00.000Z';
const SERVICES = ['orders', 'payments', 'invoices'];

/** Every service fails on the same database host. */
const databaseDown: Diagnoser = {
  diagnose: async () => ({
    recalled: [],
    diagnosis: {
      category: 'dependency',
      summary: 'PostgreSQL at db.internal:5432 refuses connections',
      confidence: 0.9,
      source: 'test',
    },
    actions: [{ kind: 'escalate', reason: 'the database is down; restarting its clients does not help' }],
    evidence: 'evidence',
    logExcerpt: 'connection refused',
    cause: 'dependency:postgres:db.internal',
  }),
};

function setup() {
  const clock = new ManualClock(START);
  const cluster = new InMemoryCluster('prod');
  for (const name of SERVICES) {
    cluster.addWorkload(
      deploymentFixture({ namespace: 'shop', name, crash: { reason: 'Error', exitCode: 1 } }),
    );
  }
  const stores = createInMemoryState({ clock });
  const notifier = new InMemoryNotifier();
  const pipeline = new HealingPipeline({
    config: ConfigSchema.parse({ clusters: [{ name: 'prod', inCluster: true, defaultMode: 'auto' }] }),
    cluster: (name) => (name === 'prod' ? { reader: cluster, writer: cluster } : undefined),
    incidents: stores.incidents,
    audit: stores.audit,
    control: controlStateFrom(stores.control, stores.audit, clock),
    diagnoser: databaseDown,
    notifier,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  });
  return { cluster, notifier, pipeline };
}

const detection = (name: string): Detection => ({
  target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name },
  signal: 'CrashLoopBackOff',
  source: 'monitor',
  reason: 'back-off restarting failed container',
  status: 'firing',
  observedAt: START,
});

describe('one page per cause', () => {
  it('groups workloads failing on the same dependency under the first incident: one thread, one page, no change', async () => {
    const { cluster, notifier, pipeline } = setup();

    const results = [];
    for (const name of SERVICES) results.push(await pipeline.ingest(detection(name)));

    const incidents = results.map((r) => (r.kind === 'opened' ? r.incident : undefined));
    const root = incidents[0];
    expect(root?.groupedUnder).toBeUndefined();
    expect(incidents.slice(1).map((i) => i?.groupedUnder)).toEqual([root?.id, root?.id]);
    expect(new Set(notifier.sent.map((n) => n.threadKey))).toEqual(new Set([root?.id]));
    expect(notifier.sent.filter((n) => n.status === 'escalated')).toHaveLength(1);
    expect(notifier.sent.at(-1)?.text).toContain(
      'invoices in shop fails for the same cause (dependency:postgres:db.internal)',
    );
    expect(cluster.mutations).toEqual([]);
  });
});
