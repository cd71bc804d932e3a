import type { CatalogAction, PolicyConfig, WorkloadRef } from '@sre-agent/core';
import { errorMessage, SreAgentError } from '@sre-agent/core';
import type { ClusterReader, ClusterWriter, DaemonSet, Deployment, StatefulSet } from '@sre-agent/kube';
import type { CacheFlusher } from '../ports.ts';
import { formatMemoryQuantity, parseQuantity } from './quantity.ts';

/** Annotation that remembers a container's memory limit before the agent first raised it. */
export const ORIGINAL_LIMIT_ANNOTATION = 'sre-agent.io/original-memory-limit';

export type ActionDeps = {
  reader: ClusterReader;
  writer: ClusterWriter;
  caches?: CacheFlusher | undefined;
  policy: PolicyConfig;
};

export type ActionContext = {
  target: WorkloadRef;
  /** The pod and container the problem was seen on, when known. */
  pod?: string | undefined;
  container?: string | undefined;
};

/** What running (or dry-running) an action came to. Expected outcomes are values, not exceptions. */
export type ActionOutcome =
  | { kind: 'applied'; dryRun: boolean; summary: string; before?: unknown; after?: unknown }
  | { kind: 'precondition-failed'; reason: string }
  | { kind: 'failed'; reason: string };

type PodTemplateOwner = Deployment | StatefulSet | DaemonSet;

function templateKind(target: WorkloadRef): 'Deployment' | 'StatefulSet' | 'DaemonSet' | undefined {
  return target.kind === 'Deployment' || target.kind === 'StatefulSet' || target.kind === 'DaemonSet'
    ? target.kind
    : undefined;
}

async function readTemplateOwner(
  reader: ClusterReader,
  target: WorkloadRef,
): Promise<PodTemplateOwner | undefined> {
  switch (target.kind) {
    case 'Deployment':
      return reader.getDeployment(target.namespace, target.name);
    case 'StatefulSet':
      return reader.getStatefulSet(target.namespace, target.name);
    case 'DaemonSet':
      return reader.getDaemonSet(target.namespace, target.name);
    default:
      return undefined;
  }
}

async function raiseMemoryLimit(
  action: Extract<CatalogAction, { kind: 'raise-memory-limit' }>,
  context: ActionContext,
  deps: ActionDeps,
  dryRun: boolean,
): Promise<ActionOutcome> {
  const { target } = context;
  const kind = templateKind(target);
  if (!kind)
    return {
      kind: 'precondition-failed',
      reason: `${target.kind} ${target.name} has no pod template to patch`,
    };
  const owner = await readTemplateOwner(deps.reader, target);
  if (!owner)
    return { kind: 'precondition-failed', reason: `${kind} ${target.namespace}/${target.name} not found` };
  const containers = owner.spec?.template.spec?.containers ?? [];
  const container =
    containers.find((c) => c.name === (action.container ?? context.container)) ?? containers[0];
  if (!container) return { kind: 'precondition-failed', reason: `${target.name} has no containers` };
  const limitText = container.resources?.limits?.memory;
  const limit = limitText ? parseQuantity(limitText) : undefined;
  if (!limitText || limit === undefined) {
    return {
      kind: 'precondition-failed',
      reason: `container ${container.name} has no memory limit to raise`,
    };
  }
  const annotation = `${ORIGINAL_LIMIT_ANNOTATION}.${container.name}`;
  const originalText = owner.metadata?.annotations?.[annotation] ?? limitText;
  const original = parseQuantity(originalText) ?? limit;
  const ceiling = original * deps.policy.maxMemoryFactor;
  const raised = Math.floor(limit * (1 + action.percent / 100));
  if (raised > ceiling) {
    return {
      kind: 'precondition-failed',
      reason: `raising ${container.name} to ${formatMemoryQuantity(raised)} would pass ${deps.policy.maxMemoryFactor}× its original limit (${originalText})`,
    };
  }
  const newLimit = formatMemoryQuantity(raised);
  const requestText = container.resources?.requests?.memory;
  const request = requestText ? parseQuantity(requestText) : undefined;
  const resources = {
    limits: { memory: newLimit },
    ...(request !== undefined && request > raised ? { requests: { memory: newLimit } } : {}),
  };
  const patched = await deps.writer.patchContainerResources(
    kind,
    target.namespace,
    target.name,
    container.name,
    resources,
    {
      dryRun,
    },
  );
  if (!owner.metadata?.annotations?.[annotation]) {
    await deps.writer.annotate(
      { kind, namespace: target.namespace, name: target.name },
      { [annotation]: limitText },
      { dryRun },
    );
  }
  return {
    kind: 'applied',
    dryRun,
    summary: `raised the memory limit of ${target.name}/${container.name} by ${action.percent}% (${limitText} → ${newLimit}), which restarts its pods`,
    before: { container: container.name, memoryLimit: limitText },
    after: {
      container: container.name,
      memoryLimit: newLimit,
      generation: patched.after?.metadata?.generation,
    },
  };
}

async function restartPod(
  context: ActionContext,
  pod: string | undefined,
  deps: ActionDeps,
  dryRun: boolean,
) {
  const name = pod ?? context.pod ?? (context.target.kind === 'Pod' ? context.target.name : undefined);
  if (!name) return { kind: 'precondition-failed' as const, reason: 'no pod named to restart' };
  const result = await deps.writer.deletePod(context.target.namespace, name, { dryRun });
  return {
    kind: 'applied' as const,
    dryRun,
    summary: `deleted pod ${name} so that its controller starts a fresh one`,
    before: { pod: name, uid: result.before?.metadata?.uid },
  };
}

async function scaleUp(
  by: number,
  context: ActionContext,
  deps: ActionDeps,
  dryRun: boolean,
): Promise<ActionOutcome> {
  const { target } = context;
  if (target.kind !== 'Deployment' && target.kind !== 'StatefulSet') {
    return { kind: 'precondition-failed', reason: `${target.kind} cannot be scaled` };
  }
  const owner = await readTemplateOwner(deps.reader, target);
  const current = owner?.spec && 'replicas' in owner.spec ? (owner.spec.replicas ?? 1) : undefined;
  if (current === undefined)
    return { kind: 'precondition-failed', reason: `${target.kind} ${target.name} not found` };
  const desired = Math.min(current + by, deps.policy.maxScaleReplicas);
  if (desired <= current) {
    return {
      kind: 'precondition-failed',
      reason: `${target.name} already runs ${current} replicas, the policy maximum is ${deps.policy.maxScaleReplicas}`,
    };
  }
  await deps.writer.scale(target.kind, target.namespace, target.name, desired, { dryRun });
  return {
    kind: 'applied',
    dryRun,
    summary: `scaled ${target.name} from ${current} to ${desired} replicas`,
    before: { replicas: current },
    after: { replicas: desired },
  };
}

async function perform(
  action: CatalogAction,
  context: ActionContext,
  deps: ActionDeps,
  dryRun: boolean,
): Promise<ActionOutcome> {
  const { target } = context;
  switch (action.kind) {
    case 'escalate':
      return { kind: 'applied', dryRun, summary: `escalated to humans: ${action.reason}` };
    case 'restart-pod':
      return restartPod(context, action.pod, deps, dryRun);
    case 'rollout-restart': {
      const kind = templateKind(target);
      if (!kind) return { kind: 'precondition-failed', reason: `${target.kind} cannot be rolled out` };
      await deps.writer.rolloutRestart(kind, target.namespace, target.name, { dryRun });
      return { kind: 'applied', dryRun, summary: `restarted ${target.name} with a rolling restart` };
    }
    case 'raise-memory-limit':
      return raiseMemoryLimit(action, context, deps, dryRun);
    case 'scale-up':
      return scaleUp(action.by, context, deps, dryRun);
    case 'rollback': {
      if (target.kind !== 'Deployment')
        return { kind: 'precondition-failed', reason: 'only Deployments roll back' };
      const result = await deps.writer.rollbackDeployment(target.namespace, target.name, { dryRun });
      const image = (d: Deployment | undefined) =>
        d?.spec?.template.spec?.containers.map((c) => c.image).join(', ');
      return {
        kind: 'applied',
        dryRun,
        summary: `rolled ${target.name} back to its previous revision (${image(result.before)} → ${image(result.after)})`,
        before: { images: image(result.before) },
        after: { images: image(result.after) },
      };
    }
    case 'flush-redis-cache': {
      if (!deps.caches) return { kind: 'precondition-failed', reason: 'no Redis cache is configured' };
      const result = await deps.caches.flush(action.cache, { dryRun });
      return {
        kind: 'applied',
        dryRun,
        summary: `flushed Redis cache ${action.cache} (${result.keysBefore} keys → ${result.keysAfter})`,
        before: { keys: result.keysBefore },
        after: { keys: result.keysAfter },
      };
    }
    case 'cordon-drain-node': {
      const node = action.node ?? (target.kind === 'Node' ? target.name : undefined);
      if (!node) return { kind: 'precondition-failed', reason: 'no node named to drain' };
      const result = await deps.writer.drainNode(node, { dryRun });
      const skipped = result.skipped.length > 0 ? `; ${result.skipped.length} skipped` : '';
      return {
        kind: 'applied',
        dryRun,
        summary: `cordoned and drained node ${node} (${result.evicted.length} pods evicted${skipped})`,
        after: result,
      };
    }
  }
}

/**
 * Runs one catalog action: a server-side dry-run first, then (unless `dryRunOnly`) the real
 * change. Never throws for expected failures: RBAC refusals, conflicts and API errors come back
 * as `failed` with a reason.
 */
export async function runCatalogAction(
  action: CatalogAction,
  context: ActionContext,
  deps: ActionDeps,
  options: { dryRunOnly?: boolean } = {},
): Promise<{ dryRun: ActionOutcome; applied?: ActionOutcome }> {
  const attempt = async (dryRun: boolean): Promise<ActionOutcome> => {
    try {
      return await perform(action, context, deps, dryRun);
    } catch (error) {
      if (error instanceof SreAgentError) return { kind: 'failed', reason: error.message };
      return { kind: 'failed', reason: `unexpected error: ${errorMessage(error)}` };
    }
  };
  const dryRun = await attempt(true);
  if (dryRun.kind !== 'applied' || options.dryRunOnly) return { dryRun };
  return { dryRun, applied: await attempt(false) };
}
