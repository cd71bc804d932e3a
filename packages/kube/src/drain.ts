import type { V1Pod } from '@kubernetes/client-node';
import { ForbiddenError, type Logger } from '@sre-agent/core';
import type { KubeApis } from './apis.ts';
import type { KubeCaller } from './call.ts';
import { type KubeCall, statusCodeOf, statusOf, toKubeError } from './errors.ts';
import { FIELD_MANAGER } from './kinds.ts';
import { controllerOf } from './owner-chain.ts';
import type { DrainResult } from './ports.ts';
import type { KubernetesClusterReader } from './reader.ts';
import { backoffDelay, retryTransient } from './retry.ts';

export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

/** How hard a drain tries before it reports a pod as skipped. */
export type DrainPolicy = {
  /** Eviction attempts per pod while a PodDisruptionBudget refuses (429). */
  maxEvictionAttempts: number;
  /** Backoff between refused evictions (doubles; `Retry-After` wins when sent). */
  evictionBaseDelayMs: number;
  evictionMaxDelayMs: number;
  /** Pods evicted at the same time. */
  concurrency: number;
};

export const DEFAULT_DRAIN_POLICY: DrainPolicy = {
  maxEvictionAttempts: 5,
  evictionBaseDelayMs: 1_000,
  evictionMaxDelayMs: 10_000,
  concurrency: 4,
};

export type DrainDeps = {
  dryRun: boolean;
  apis: KubeApis;
  caller: KubeCaller;
  reader: KubernetesClusterReader;
  logger: Logger;
  policy?: Partial<DrainPolicy>;
  rules?: DrainRules;
};

/** What a drain leaves alone beyond what it always leaves (mirror, DaemonSet and unmanaged pods). */
export type DrainRules = { skipNamespaces?: readonly string[]; deleteEmptyDirData?: boolean };

/** Why a pod on a draining node is left alone, or `undefined` when it should be evicted. */
export function drainSkipReason(pod: V1Pod, rules: DrainRules = {}): string | undefined {
  if (isNodeBound(pod)) {
    const owner = controllerOf(pod);
    return owner?.kind === 'DaemonSet'
      ? `managed by DaemonSet ${owner.name} (it would be recreated on the node)`
      : 'mirror pod (static pod managed by the kubelet)';
  }
  const namespace = pod.metadata?.namespace ?? '';
  if (rules.skipNamespaces?.includes(namespace)) {
    return `namespace ${namespace} is denylisted: the agent never evicts its pods`;
  }
  if (!rules.deleteEmptyDirData && (pod.spec?.volumes ?? []).some((v) => v.emptyDir !== undefined)) {
    return 'uses emptyDir storage whose data eviction would delete (kubectl drain needs --delete-emptydir-data)';
  }
  if (!controllerOf(pod)) return 'not managed by a controller (evicting it would delete it for good)';
  return undefined;
}

/** A pod that belongs to its node (a DaemonSet's or a static mirror pod): never drained, never stranded. */
export function isNodeBound(pod: V1Pod): boolean {
  return (
    pod.metadata?.annotations?.[MIRROR_POD_ANNOTATION] !== undefined ||
    controllerOf(pod)?.kind === 'DaemonSet'
  );
}

function podId(pod: V1Pod): string {
  return `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

type Outcome = { pod: string; evicted: true } | { pod: string; evicted: false; reason: string };

/**
 * Evicts every evictable pod of a node (already cordoned) through the eviction API, so that
 * PodDisruptionBudgets are respected: a refusal (429) is retried with backoff a bounded number
 * of times, then reported as skipped. Missing RBAC fails the whole drain.
 */
export async function drainNode(node: string, deps: DrainDeps): Promise<DrainResult> {
  const policy = { ...DEFAULT_DRAIN_POLICY, ...deps.policy };
  const pods = await deps.reader.listPods({ fieldSelector: `spec.nodeName=${node}` });
  const skipped: DrainResult['skipped'] = [];
  const toEvict: V1Pod[] = [];
  for (const pod of pods) {
    const reason = drainSkipReason(pod, deps.rules);
    if (reason) skipped.push({ pod: podId(pod), reason });
    else toEvict.push(pod);
  }
  const outcomes = await mapConcurrently(toEvict, policy.concurrency, (pod) => evict(pod, deps, policy));
  const evicted: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.evicted) evicted.push(outcome.pod);
    else skipped.push({ pod: outcome.pod, reason: outcome.reason });
  }
  deps.logger.info('node drained', {
    node,
    evicted: evicted.length,
    skipped: skipped.length,
    dryRun: deps.dryRun,
  });
  return { node, evicted, skipped };
}

async function evict(pod: V1Pod, deps: DrainDeps, policy: DrainPolicy): Promise<Outcome> {
  const namespace = pod.metadata?.namespace ?? '';
  const name = pod.metadata?.name ?? '';
  const id = podId(pod);
  const call: KubeCall = { verb: 'create', resource: 'pods/eviction', namespace, name, role: 'remediation' };
  const body = {
    apiVersion: 'policy/v1',
    kind: 'Eviction',
    metadata: { name, namespace },
    ...(deps.dryRun ? { deleteOptions: { dryRun: ['All'] } } : {}),
  };
  const retry = deps.caller.deps;
  const backoff = {
    clock: retry.clock,
    policy: {
      maxAttempts: policy.maxEvictionAttempts,
      baseDelayMs: policy.evictionBaseDelayMs,
      maxDelayMs: policy.evictionMaxDelayMs,
    },
    ...(retry.random ? { random: retry.random } : {}),
  };
  for (let attempt = 1; ; attempt++) {
    try {
      // 5xx and dropped connections get the ordinary retries; a 429 here is a PDB refusal.
      await retryTransient(
        () =>
          deps.apis.core.createNamespacedPodEviction({
            namespace,
            name,
            body,
            fieldManager: FIELD_MANAGER,
            ...(deps.dryRun ? { dryRun: 'All' } : {}),
          }),
        { ...retry, isRetryable: (error) => statusCodeOf(error) !== 429 },
        'create pods/eviction',
      );
      return { pod: id, evicted: true };
    } catch (error) {
      const code = statusCodeOf(error);
      if (code === 404) return { pod: id, evicted: true }; // already gone
      const mapped = toKubeError(error, call);
      if (mapped instanceof ForbiddenError) throw mapped;
      if (code === 429 && attempt < policy.maxEvictionAttempts) {
        const delay = backoffDelay(error, attempt, backoff);
        deps.logger.info('eviction refused; retrying', { pod: id, attempt, delayMs: delay });
        await retry.sleep(delay);
        continue;
      }
      const reason =
        code === 429
          ? `eviction refused ${attempt} times (PodDisruptionBudget): ${statusOf(error)?.message ?? 'too many requests'}`
          : `eviction failed: ${mapped.message}`;
      return { pod: id, evicted: false, reason };
    }
  }
}

/** `items.map(fn)` with at most `limit` calls in flight; results keep the input order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
