import type { V1Container } from '@kubernetes/client-node';
import * as z from 'zod';
import { formatMemoryQuantity, parseQuantity } from '../quantity.ts';
import { type BindContext, defineAction } from '../spec.ts';
import {
  isSchedulable,
  quotaRefusal,
  readTemplateOwner,
  type TemplateOwner,
  templateKind,
} from '../target.ts';

/** Annotation that remembers a container's memory limit before the agent first raised it. */
export const ORIGINAL_LIMIT_ANNOTATION = 'sre-agent.io/original-memory-limit';

type Found = { container: V1Container; list: 'containers' | 'initContainers' };

/** The container that failed, in the live template: never `containers[0]` by default. */
function failedContainer(owner: TemplateOwner, name: string | undefined): Found | undefined {
  const spec = owner.spec?.template.spec;
  const containers = spec?.containers ?? [];
  if (name === undefined) {
    const only = containers.length === 1 ? containers[0] : undefined;
    return only ? { container: only, list: 'containers' } : undefined;
  }
  const main = containers.find((c) => c.name === name);
  if (main) return { container: main, list: 'containers' };
  const init = spec?.initContainers?.find((c) => c.name === name);
  return init ? { container: init, list: 'initContainers' } : undefined;
}

/** The largest memory a schedulable node can give one pod, or undefined when nodes cannot be read. */
async function largestNodeMemory(context: BindContext): Promise<number | undefined> {
  const nodes = await context.reader.listNodes();
  const sizes = nodes
    .filter(isSchedulable)
    .map((n) => parseQuantity(n.status?.allocatable?.memory ?? ''))
    .filter((x): x is number => x !== undefined);
  return sizes.length > 0 ? Math.max(...sizes) : undefined;
}

const Binding = z.strictObject({
  container: z.string().min(1),
  list: z.enum(['containers', 'initContainers']),
  from: z.string().min(1),
  to: z.string().min(1),
  original: z.string().min(1),
  percent: z.number().int().min(1).max(100),
});

/**
 * Raises the memory limit of the container that failed by a bounded percentage, never past
 * `policy.maxMemoryFactor` × its original limit (remembered in an annotation written in the same
 * patch) nor past what a node can hold.
 */
export const raiseMemoryLimit = defineAction({
  kind: 'raise-memory-limit',
  params: z.strictObject({
    kind: z.literal('raise-memory-limit'),
    percent: z.number().int().min(1).max(100).default(20),
  }),
  binding: Binding,
  mutates: true,
  changesDeclaredSpec: true,
  maxDurationMs: 20_000,
  needs: {
    rbac: [
      { verb: 'list', resource: 'resourcequotas', apiGroup: '' },
      { verb: 'patch', resource: 'deployments', apiGroup: 'apps' },
      { verb: 'patch', resource: 'statefulsets', apiGroup: 'apps' },
      { verb: 'patch', resource: 'daemonsets', apiGroup: 'apps' },
    ],
    iam: [],
  },
  verify: 'target-healthy',
  describe: (params) => `raise its memory limit by ${params.percent}%`,
  async bind(params, context) {
    const { target, container: failed } = context.incident;
    const kind = templateKind(target);
    if (!kind) return { kind: 'refused', reason: `a ${target.kind} has no pod template to patch` };
    const owner = await readTemplateOwner(context.reader, target);
    if (!owner)
      return { kind: 'refused', reason: `${kind} ${target.namespace}/${target.name} no longer exists` };
    const found = failedContainer(owner, failed);
    if (!found) {
      return {
        kind: 'refused',
        reason: failed
          ? `container ${failed} is not in ${kind} ${target.name}`
          : `${target.name} has several containers and the one that failed is not known`,
      };
    }
    const name = found.container.name;
    const from = found.container.resources?.limits?.memory;
    const limit = from ? parseQuantity(from) : undefined;
    if (!from || limit === undefined) {
      return { kind: 'refused', reason: `container ${name} has no memory limit to raise` };
    }
    // A forecast counted down to the limit its metrics reported: the live object must confirm it, or
    // the series were not this container's (another job's, forged) or the limit has changed since.
    const forecastLimit = context.incident.forecast?.limitBytes;
    if (forecastLimit !== undefined && Math.abs(forecastLimit - limit) >= 1) {
      return {
        kind: 'refused',
        reason: `the forecast counted down to a memory limit of ${forecastLimit % 2 ** 20 === 0 ? formatMemoryQuantity(forecastLimit) : `${forecastLimit} bytes`} but container ${name} has ${from}: the metrics do not match the live workload`,
      };
    }
    const original = owner.metadata?.annotations?.[`${ORIGINAL_LIMIT_ANNOTATION}.${name}`] ?? from;
    const ceiling = (parseQuantity(original) ?? limit) * context.config.policy.maxMemoryFactor;
    const raised = Math.floor(limit * (1 + params.percent / 100));
    if (raised > ceiling) {
      return {
        kind: 'refused',
        reason: `raising ${name} to ${formatMemoryQuantity(raised)} would pass ${context.config.policy.maxMemoryFactor}× its original limit (${original})`,
      };
    }
    const nodeMemory = await largestNodeMemory(context);
    if (nodeMemory !== undefined && raised > nodeMemory) {
      return {
        kind: 'refused',
        reason: `${formatMemoryQuantity(raised)} is more than any schedulable node can give a pod (${formatMemoryQuantity(nodeMemory)})`,
      };
    }
    const replicas = owner.spec && 'replicas' in owner.spec ? (owner.spec.replicas ?? 1) : 1;
    const overQuota = await quotaRefusal(context.reader, target.namespace, {
      'limits.memory': (raised - limit) * replicas,
    });
    if (overQuota) return { kind: 'refused', reason: overQuota };
    const to = formatMemoryQuantity(raised);
    return {
      kind: 'bound',
      binding: { container: name, list: found.list, from, to, original, percent: params.percent },
      scope: { kind: 'namespace', namespace: target.namespace },
      summary: `raise the memory limit of ${target.name}/${name} from ${from} to ${to}`,
    };
  },
  async revert(binding, context, dryRun) {
    const { target } = context.incident;
    const kind = templateKind(target);
    const owner = await readTemplateOwner(context.reader, target);
    const live = owner
      ? failedContainer(owner, binding.container)?.container.resources?.limits?.memory
      : undefined;
    if (!kind || !owner || live !== binding.to) {
      return {
        kind: 'precondition-failed',
        reason: `the memory limit of ${binding.container} changed since the raise`,
      };
    }
    const resourceVersion = owner.metadata?.resourceVersion;
    await context.writer.patchContainerResources(
      kind,
      target.namespace,
      target.name,
      binding.container,
      { limits: { memory: binding.from } },
      { dryRun, list: binding.list, ...(resourceVersion ? { resourceVersion } : {}) },
    );
    return {
      kind: 'applied',
      dryRun,
      summary: `set the memory limit of ${target.name}/${binding.container} back to ${binding.from}`,
    };
  },
  async run(binding, context, dryRun) {
    const { target } = context.incident;
    const kind = templateKind(target);
    const owner = await readTemplateOwner(context.reader, target);
    if (!kind || !owner) return { kind: 'precondition-failed', reason: `${target.name} no longer exists` };
    const found = failedContainer(owner, binding.container);
    const live = found?.container.resources?.limits?.memory;
    if (live !== binding.from) {
      return {
        kind: 'precondition-failed',
        reason: `the memory limit of ${binding.container} changed since diagnosis (${binding.from} → ${live ?? 'none'}); not raising it again`,
      };
    }
    // The cap is derived from the live object, so it holds even if an earlier write half-failed.
    const annotation = `${ORIGINAL_LIMIT_ANNOTATION}.${binding.container}`;
    const recorded = owner.metadata?.annotations?.[annotation];
    const original = parseQuantity(recorded ?? binding.original) ?? 0;
    const to = parseQuantity(binding.to) ?? Number.POSITIVE_INFINITY;
    if (to > original * context.config.policy.maxMemoryFactor) {
      return {
        kind: 'precondition-failed',
        reason: `${binding.to} would pass ${context.config.policy.maxMemoryFactor}× the original limit ${recorded ?? binding.original}`,
      };
    }
    const request = parseQuantity(found?.container.resources?.requests?.memory ?? '');
    const resources = {
      limits: { memory: binding.to },
      ...(request !== undefined && request > to ? { requests: { memory: binding.to } } : {}),
    };
    const resourceVersion = owner.metadata?.resourceVersion;
    const patched = await context.writer.patchContainerResources(
      kind,
      target.namespace,
      target.name,
      binding.container,
      resources,
      {
        dryRun,
        list: binding.list,
        ...(recorded ? {} : { annotations: { [annotation]: binding.original } }),
        ...(resourceVersion ? { resourceVersion } : {}),
      },
    );
    return {
      kind: 'applied',
      dryRun,
      summary: `raised the memory limit of ${target.name}/${binding.container} by ${binding.percent}% (${binding.from} → ${binding.to}), which restarts its pods`,
      before: { container: binding.container, memoryLimit: binding.from },
      after: {
        container: binding.container,
        memoryLimit: binding.to,
        generation: patched.after?.metadata?.generation,
      },
    };
  },
});
