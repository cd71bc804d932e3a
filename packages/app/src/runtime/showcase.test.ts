import { ManualClock } from '@sre-agent/core';
import { listScenarios, type RunningSandbox, startSandbox } from '@sre-agent/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { showcaseScenario } from './showcase.ts';

type Pod = {
  metadata: { name: string; namespace: string; ownerReferences?: { kind: string }[] };
  spec: { nodeName?: string };
};
type Node = { metadata: { name: string }; status?: { conditions?: { type: string; status: string }[] } };

const MINUTE = 60_000;
let sandbox: RunningSandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const pending = (s: RunningSandbox) =>
  (s.list('Pod') as unknown as Pod[])
    .filter((p) => !p.spec.nodeName)
    .map((p) => `${p.metadata.namespace}/${p.metadata.name}`);

async function drain(s: RunningSandbox, node: string): Promise<void> {
  const cordon = await fetch(`${s.url}/api/v1/nodes/${node}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/merge-patch+json' },
    body: JSON.stringify({ spec: { unschedulable: true } }),
  });
  expect(cordon.status).toBe(200);
  for (const pod of (s.list('Pod') as unknown as Pod[]).filter((p) => p.spec.nodeName === node)) {
    if (pod.metadata.ownerReferences?.[0]?.kind === 'DaemonSet') continue;
    const { namespace, name } = pod.metadata;
    const evicted = await fetch(`${s.url}/api/v1/namespaces/${namespace}/pods/${name}/eviction`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace } }),
    });
    expect([201, 429]).toContain(evicted.status);
  }
}

describe('showcaseScenario', () => {
  it('holds every scenario, its caches and node groups', () => {
    const showcase = showcaseScenario();
    for (const { name } of listScenarios().filter((s) => s.name !== 'healthy'))
      expect(showcase.description).toContain(name);
    expect(showcase.caches.map((c) => c.name)).toEqual(['sessions', 'recommendations']);
    expect(showcase.nodeGroups.map((g) => [g.name, g.desiredSize])).toEqual([
      ['general-purpose', 4],
      ['batch-c6i', 2],
    ]);
  });

  it("schedules every pod on the sandbox's nodes, and still does after the NotReady nodes are drained", async () => {
    sandbox = await startSandbox({
      scenario: showcaseScenario(),
      clock: new ManualClock('2026-03-01T12:00:00Z'),
    });
    sandbox.engine.tick(MINUTE);
    expect(pending(sandbox)).toEqual([]);
    const notReady = (sandbox.list('Node') as unknown as Node[])
      .filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status !== 'True'))
      .map((n) => n.metadata.name);
    expect(notReady).toHaveLength(2);
    for (const node of notReady) await drain(sandbox, node);
    sandbox.engine.tick(5 * MINUTE);
    expect(pending(sandbox)).toEqual([]);
    expect(sandbox.caches.map((c) => c.name)).toEqual(['sessions', 'recommendations']);
    // Starts the whole showcase cluster (about a second on a quiet machine).
  }, 30_000);
});
