import * as z from 'zod';
import { defineAction } from '../spec.ts';
import { isReady } from '../target.ts';

/**
 * Makes the incident's node schedulable again once it is Ready: the agent cordoned it, so the
 * agent gives it back. Only a Ready node the agent cordoned for this incident is uncordoned.
 */
export const uncordonNode = defineAction({
  kind: 'uncordon-node',
  params: z.strictObject({ kind: z.literal('uncordon-node') }),
  binding: z.strictObject({ node: z.string().min(1), uid: z.string().optional() }),
  mutates: true,
  changesDeclaredSpec: false,
  maxDurationMs: 15_000,
  needs: { rbac: [{ verb: 'patch', resource: 'nodes', apiGroup: '' }], iam: [] },
  verify: 'target-healthy',
  describe: () => 'uncordon its node',
  async bind(_params, { incident, reader }) {
    const { target } = incident;
    if (target.kind !== 'Node')
      return { kind: 'refused', reason: 'only a node incident gives its node back' };
    const node = await reader.getNode(target.name);
    if (!node) return { kind: 'refused', reason: `node ${target.name} no longer exists` };
    if (!isReady(node)) return { kind: 'refused', reason: `node ${target.name} is not Ready yet` };
    if (!node.spec?.unschedulable) return { kind: 'refused', reason: `node ${target.name} is not cordoned` };
    const uid = node.metadata?.uid;
    return {
      kind: 'bound',
      binding: { node: target.name, ...(uid ? { uid } : {}) },
      scope: { kind: 'nodes' },
      summary: `uncordon node ${target.name}`,
    };
  },
  async run(binding, { reader, writer }, dryRun) {
    const node = await reader.getNode(binding.node);
    if (!node || (binding.uid && node.metadata?.uid !== binding.uid) || !isReady(node)) {
      return { kind: 'precondition-failed', reason: `node ${binding.node} is gone or not Ready` };
    }
    if (!node.spec?.unschedulable)
      return { kind: 'no-op', reason: `node ${binding.node} is already schedulable` };
    await writer.uncordonNode(binding.node, { dryRun });
    return { kind: 'applied', dryRun, summary: `uncordoned node ${binding.node}: it takes pods again` };
  },
});
