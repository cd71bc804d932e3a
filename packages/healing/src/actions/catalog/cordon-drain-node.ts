import type { PolicyConfig } from '@sre-agent/core';
import { type ClusterReader, drainSkipReason, type Node } from '@sre-agent/kube';
import * as z from 'zod';
import { defineAction } from '../spec.ts';
import { incidentPod, isControlPlane, isSchedulable } from '../target.ts';

type Guard = { kind: 'ok'; node: Node; evictable: number } | { kind: 'refused'; reason: string };

/**
 * The blast-radius rules of a drain, checked when the action is bound and again right before the
 * write: never a control-plane node, never the last schedulable node, never more than
 * `policy.maxUnavailableNodeShare` of the nodes unavailable at once (when a partition makes every
 * node NotReady, nothing is drained), and never a drain that would evict nothing.
 */
async function guardDrain(reader: ClusterReader, name: string, policy: PolicyConfig): Promise<Guard> {
  const nodes = await reader.listNodes();
  const node = nodes.find((n) => n.metadata?.name === name);
  if (!node) return { kind: 'refused', reason: `node ${name} no longer exists` };
  if (isControlPlane(node)) return { kind: 'refused', reason: `node ${name} is a control-plane node` };
  const others = nodes.filter((n) => n !== node);
  const unavailable = others.filter((n) => !isSchedulable(n)).length;
  const allowed = Math.max(1, Math.floor(policy.maxUnavailableNodeShare * nodes.length));
  if (unavailable + 1 > allowed) {
    return {
      kind: 'refused',
      reason: `${unavailable} of ${others.length} other nodes are already unavailable; draining ${name} too would pass the limit of ${allowed} at once (a network partition or zone outage looks like this)`,
    };
  }
  if (!others.some(isSchedulable)) {
    return {
      kind: 'refused',
      reason: `node ${name} is the last schedulable node: its pods would have nowhere to go`,
    };
  }
  const pods = await reader.listPods({ fieldSelector: `spec.nodeName=${name}` });
  const rules = { skipNamespaces: policy.denyNamespaces };
  const evictable = pods.filter((p) => drainSkipReason(p, rules) === undefined).length;
  if (node.spec?.unschedulable && evictable === 0) {
    return {
      kind: 'refused',
      reason: `node ${name} is already cordoned and has no pod left to evict: draining again changes nothing`,
    };
  }
  return { kind: 'ok', node, evictable };
}

/**
 * Cordons and drains the incident's node (the node itself, or the node the incident's own pod
 * runs on) through the eviction API: PodDisruptionBudgets hold, denylisted namespaces and emptyDir
 * pods stay, like `kubectl drain` without `--delete-emptydir-data`. Governed by the cluster's node
 * policy, never by a namespace's.
 */
export const cordonDrainNode = defineAction({
  kind: 'cordon-drain-node',
  params: z.strictObject({ kind: z.literal('cordon-drain-node') }),
  binding: z.strictObject({ node: z.string().min(1), uid: z.string().optional() }),
  mutates: true,
  changesDeclaredSpec: false,
  maxDurationMs: 240_000,
  needs: {
    rbac: [
      { verb: 'patch', resource: 'nodes', apiGroup: '' },
      { verb: 'create', resource: 'pods/eviction', apiGroup: '' },
    ],
    iam: [],
  },
  verify: 'target-healthy',
  describe: () => 'cordon and drain its node',
  async bind(_params, { incident, reader, config }) {
    const { target } = incident;
    let name = target.kind === 'Node' ? target.name : undefined;
    if (!name) {
      const found = await incidentPod(reader, target, incident.pod);
      if (found.kind === 'refused') return found;
      name = found.pod.spec?.nodeName;
      if (!name) return { kind: 'refused', reason: `pod ${found.pod.metadata?.name} is not on a node` };
    }
    const guard = await guardDrain(reader, name, config.policy);
    if (guard.kind === 'refused') return guard;
    const uid = guard.node.metadata?.uid;
    return {
      kind: 'bound',
      binding: { node: name, ...(uid ? { uid } : {}) },
      scope: { kind: 'nodes' },
      summary: `cordon and drain node ${name} (${guard.evictable} pods to evict)`,
    };
  },
  async run(binding, { reader, writer, config }, dryRun) {
    const guard = await guardDrain(reader, binding.node, config.policy);
    if (guard.kind === 'refused') return { kind: 'precondition-failed', reason: guard.reason };
    if (binding.uid && guard.node.metadata?.uid !== binding.uid) {
      return { kind: 'precondition-failed', reason: `node ${binding.node} was replaced since diagnosis` };
    }
    const result = await writer.drainNode(binding.node, {
      dryRun,
      skipNamespaces: config.policy.denyNamespaces,
    });
    const skipped = result.skipped.length > 0 ? `; ${result.skipped.length} left in place` : '';
    return {
      kind: 'applied',
      dryRun,
      summary: `cordoned and drained node ${binding.node} (${result.evicted.length} pods evicted${skipped})`,
      after: result,
    };
  },
});
