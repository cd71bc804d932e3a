import type { ClusterReader, Pod } from '@sre-agent/kube';
import * as z from 'zod';
import { parseQuantity } from '../quantity.ts';
import { defineAction } from '../spec.ts';
import { isSchedulable, quotaRefusal, readTemplateOwner } from '../target.ts';

type Requests = { cpu: number; memory: number };

function requestsOf(
  spec: { containers?: { resources?: { requests?: Record<string, string> } }[] } | undefined,
): Requests {
  let cpu = 0;
  let memory = 0;
  for (const c of spec?.containers ?? []) {
    cpu += parseQuantity(c.resources?.requests?.cpu ?? '') ?? 0;
    memory += parseQuantity(c.resources?.requests?.memory ?? '') ?? 0;
  }
  return { cpu, memory };
}

function limitsOf(
  spec: { containers?: { resources?: { limits?: Record<string, string> } }[] } | undefined,
): Requests {
  let cpu = 0;
  let memory = 0;
  for (const c of spec?.containers ?? []) {
    cpu += parseQuantity(c.resources?.limits?.cpu ?? '') ?? 0;
    memory += parseQuantity(c.resources?.limits?.memory ?? '') ?? 0;
  }
  return { cpu, memory };
}

const isRunning = (pod: Pod) => pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';

/** How many more pods with these requests the schedulable nodes can hold, or undefined when unknown. */
async function podsThatFit(reader: ClusterReader, each: Requests): Promise<number | undefined> {
  if (each.cpu === 0 && each.memory === 0) return undefined;
  const [nodes, pods] = await Promise.all([reader.listNodes(), reader.listPods()]);
  let fit = 0;
  for (const node of nodes.filter(isSchedulable)) {
    const name = node.metadata?.name;
    const used = requestsOf({
      containers: pods
        .filter((p) => p.spec?.nodeName === name && isRunning(p))
        .flatMap((p) => p.spec?.containers ?? []),
    });
    const freeCpu = (parseQuantity(node.status?.allocatable?.cpu ?? '') ?? 0) - used.cpu;
    const freeMemory = (parseQuantity(node.status?.allocatable?.memory ?? '') ?? 0) - used.memory;
    const byCpu = each.cpu > 0 ? Math.floor(freeCpu / each.cpu) : Number.POSITIVE_INFINITY;
    const byMemory = each.memory > 0 ? Math.floor(freeMemory / each.memory) : Number.POSITIVE_INFINITY;
    fit += Math.max(0, Math.min(byCpu, byMemory));
  }
  return fit;
}

/** Adds replicas to the incident's Deployment or StatefulSet, within the policy maximum and what the nodes can hold. */
export const scaleUp = defineAction({
  kind: 'scale-up',
  params: z.strictObject({ kind: z.literal('scale-up'), by: z.number().int().min(1).max(10).default(1) }),
  binding: z.strictObject({
    kind: z.enum(['Deployment', 'StatefulSet']),
    from: z.number().int().min(0),
    to: z.number().int().min(1),
  }),
  mutates: true,
  changesDeclaredSpec: true,
  maxDurationMs: 20_000,
  needs: {
    // The writer reads the scale subresource before patching it (the read-only role has no subresources).
    rbac: [
      { verb: 'list', resource: 'resourcequotas', apiGroup: '' },
      { verb: 'get', resource: 'deployments/scale', apiGroup: 'apps' },
      { verb: 'patch', resource: 'deployments/scale', apiGroup: 'apps' },
      { verb: 'get', resource: 'statefulsets/scale', apiGroup: 'apps' },
      { verb: 'patch', resource: 'statefulsets/scale', apiGroup: 'apps' },
    ],
    iam: [],
  },
  verify: 'target-healthy',
  describe: (params) => `scale it up by ${params.by} replica${params.by === 1 ? '' : 's'}`,
  async bind(params, { incident, reader, config }) {
    const { target } = incident;
    if (target.kind !== 'Deployment' && target.kind !== 'StatefulSet') {
      return { kind: 'refused', reason: `a ${target.kind} cannot be scaled` };
    }
    const owner = await readTemplateOwner(reader, target);
    if (!owner?.spec || !('replicas' in owner.spec)) {
      return {
        kind: 'refused',
        reason: `${target.kind} ${target.namespace}/${target.name} no longer exists`,
      };
    }
    const from = owner.spec.replicas ?? 1;
    const to = Math.min(from + params.by, config.policy.maxScaleReplicas);
    if (to <= from) {
      return {
        kind: 'refused',
        reason: `${target.name} already runs ${from} replicas, the policy maximum is ${config.policy.maxScaleReplicas}`,
      };
    }
    const each = requestsOf(owner.spec.template.spec);
    const fit = await podsThatFit(reader, each);
    if (fit !== undefined && fit < to - from) {
      return {
        kind: 'refused',
        reason: `the schedulable nodes have room for ${fit} more pod${fit === 1 ? '' : 's'} of ${target.name}, not ${to - from}`,
      };
    }
    const added = to - from;
    const limits = limitsOf(owner.spec.template.spec);
    const overQuota = await quotaRefusal(reader, target.namespace, {
      pods: added,
      'requests.cpu': each.cpu * added,
      'requests.memory': each.memory * added,
      cpu: each.cpu * added,
      memory: each.memory * added,
      'limits.cpu': limits.cpu * added,
      'limits.memory': limits.memory * added,
    });
    if (overQuota) return { kind: 'refused', reason: overQuota };
    return {
      kind: 'bound',
      binding: { kind: target.kind, from, to },
      scope: { kind: 'namespace', namespace: target.namespace },
      summary: `scale ${target.name} from ${from} to ${to} replicas`,
    };
  },
  async revert(binding, { incident, reader, writer }, dryRun) {
    const { target } = incident;
    const owner = await readTemplateOwner(reader, target);
    const live = owner?.spec && 'replicas' in owner.spec ? (owner.spec.replicas ?? 1) : undefined;
    if (live !== binding.to) {
      return {
        kind: 'precondition-failed',
        reason: `${target.name} runs ${live ?? 'no'} replicas now, not ${binding.to}`,
      };
    }
    await writer.scale(binding.kind, target.namespace, target.name, binding.from, { dryRun });
    return { kind: 'applied', dryRun, summary: `scaled ${target.name} back to ${binding.from} replicas` };
  },
  async run(binding, { incident, reader, writer }, dryRun) {
    const { target } = incident;
    const owner = await readTemplateOwner(reader, target);
    const live = owner?.spec && 'replicas' in owner.spec ? (owner.spec.replicas ?? 1) : undefined;
    if (live !== binding.from) {
      return {
        kind: 'precondition-failed',
        reason: `${target.name} runs ${live ?? 'no'} replicas now, not the ${binding.from} it had at diagnosis; not scaling`,
      };
    }
    await writer.scale(binding.kind, target.namespace, target.name, binding.to, { dryRun });
    return {
      kind: 'applied',
      dryRun,
      summary: `scaled ${target.name} from ${binding.from} to ${binding.to} replicas`,
      before: { replicas: binding.from },
      after: { replicas: binding.to },
    };
  },
});
