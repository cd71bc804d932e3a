import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSchema, type LoadedConfig, ManualClock, silentLogger } from '@sre-agent/core';
import { actionSpec, checkNodeReplacement, type ReplaceNodeBinding } from '@sre-agent/healing';
import { describeNodeGroupsContract } from '@sre-agent/healing/testing';
import { startSandbox } from '@sre-agent/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { SandboxNodeGroups } from '../src/runtime/sandbox-node-groups.ts';

/**
 * Issue 9 end to end against the sandbox's node-dead scenario, through the real Kubernetes client
 * and the sandbox's node groups: drain the dead node, then replace it through its node group.
 */

const DEAD_NODE = 'ip-10-0-2-208.eu-west-1.compute.internal';
const DEAD_INSTANCE = 'i-0e5f6a7b8c9d00208';
const START = new Date('2026-12-02T03:00:00Z');
const MINUTE = 60_000;
const defaults: LoadedConfig = { config: ConfigSchema.parse({}), source: undefined, secrets: {} };
const incident = {
  target: { cluster: 'sandbox', namespace: '', kind: 'Node' as const, name: DEAD_NODE },
  signal: 'NodeNotReady' as const,
};

let mode: SandboxMode | undefined;
let dir: string | undefined;
afterEach(async () => {
  await mode?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  mode = undefined;
});

async function setup() {
  dir = await mkdtemp(join(tmpdir(), 'sre-agent-replace-node-'));
  mode = await startSandboxMode({
    loaded: defaults,
    dataDir: dir,
    scenario: 'node-dead',
    logger: silentLogger,
    clock: new ManualClock(START),
  });
  const handles = mode.override.clusters.get('sandbox');
  if (!handles?.nodeGroups) throw new Error('the sandbox cluster has no node groups');
  const context = {
    ...handles,
    nodeGroups: handles.nodeGroups,
    config: mode.override.loaded.config,
    incident,
  };
  return { sandbox: mode.sandbox, context };
}

/** Binds, dry-runs, then applies a catalog action, as the pipeline does. */
async function act(
  kind: 'cordon-drain-node' | 'replace-node',
  context: Awaited<ReturnType<typeof setup>>['context'],
) {
  const spec = actionSpec(kind);
  const bound = await spec.bind({ kind }, context);
  if (bound.kind !== 'bound') throw new Error(`${kind} refused: ${bound.reason}`);
  const dryRun = await spec.run(bound.binding, context, true);
  expect(dryRun, kind).toMatchObject({ kind: 'applied', dryRun: true });
  const applied = await spec.run(bound.binding, context, false);
  expect(applied, kind).toMatchObject({ kind: 'applied', dryRun: false });
  return bound.binding;
}

describe('replace-node against the sandbox (node-dead)', () => {
  it('drains, then replaces the dead node: the old Node disappears and a fresh node of the group is Ready', async () => {
    const { sandbox, context } = await setup();
    const replace = actionSpec('replace-node');
    expect(await replace.bind({ kind: 'replace-node' }, context)).toEqual({
      kind: 'refused',
      reason: `node ${DEAD_NODE} is not cordoned: the agent cordons and drains a node before it replaces it`,
    });

    await act('cordon-drain-node', context);
    sandbox.engine.tick(MINUTE);
    const binding = (await act('replace-node', context)) as ReplaceNodeBinding;

    expect(binding).toMatchObject({ node: DEAD_NODE, instanceId: DEAD_INSTANCE, nodeGroup: 'batch-c6i' });
    expect(await checkNodeReplacement(binding, context)).toEqual({
      kind: 'waiting',
      reason: `node ${DEAD_NODE} still exists`,
    });
    sandbox.engine.tick(MINUTE);
    expect(await context.reader.getNode(DEAD_NODE)).toBeUndefined();
    expect(await checkNodeReplacement(binding, context)).toMatchObject({ kind: 'waiting' });

    sandbox.engine.tick(3 * MINUTE);
    const status = await checkNodeReplacement(binding, context);
    expect(status).toMatchObject({ kind: 'replaced', desiredCapacity: 2 });
    const fresh =
      status.kind === 'replaced'
        ? status.readyNodes.filter((n) => n !== 'ip-10-0-1-142.eu-west-1.compute.internal')
        : [];
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).not.toBe(DEAD_NODE);
    const node = await context.reader.getNode(fresh[0] as string);
    expect(node?.metadata?.labels?.['eks.amazonaws.com/nodegroup']).toBe('batch-c6i');
    expect(node?.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');

    expect(await replace.run(binding, context, true)).toMatchObject({ kind: 'no-op' });
  });
});

describeNodeGroupsContract('SandboxNodeGroups (node-dead)', async () => {
  const sandbox = await startSandbox({
    scenario: 'node-dead',
    clock: new ManualClock(START),
    logger: silentLogger,
  });
  const group = sandbox.nodeGroups.describe('batch-c6i');
  return {
    nodeGroups: new SandboxNodeGroups(sandbox.nodeGroups),
    managed: {
      name: DEAD_NODE,
      providerId: `aws:///eu-west-1b/${DEAD_INSTANCE}`,
      labels: { 'eks.amazonaws.com/nodegroup': 'batch-c6i' },
    },
    instanceId: DEAD_INSTANCE,
    autoScalingGroupName: group?.autoScalingGroupName ?? '',
    close: () => sandbox.close(),
  };
});
