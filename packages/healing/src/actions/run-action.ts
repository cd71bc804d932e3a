import type { Config } from '@sre-agent/core';
import { errorMessage, SreAgentError } from '@sre-agent/core';
import type { ClusterReader, ClusterWriter } from '@sre-agent/kube';
import type { CacheFlusher } from '../cache-flusher.ts';
import type { NodeGroups } from '../node-groups.ts';
import { actionSpec, type CatalogAction } from './registry.ts';
import type { ActionOutcome, ActionTarget, BindOutcome, PolicyScope, SleepDeps } from './spec.ts';

export type ActionDeps = {
  reader: ClusterReader;
  writer: ClusterWriter;
  caches?: CacheFlusher | undefined;
  /** The cluster's node groups, for `replace-node`. */
  nodeGroups?: NodeGroups | undefined;
  /** Sleep records and clock, for sleep-namespace and wake-namespace. */
  sleep?: SleepDeps | undefined;
  config: Config;
};

type Bound = { kind: 'bound'; binding: Record<string, unknown>; scope: PolicyScope; summary: string };

/**
 * Binds an action to the incident's own objects (pod, node, cache, revision, limits). Never throws
 * for expected refusals; an API failure while reading is a refusal with the reason.
 */
export async function bindCatalogAction(
  action: CatalogAction,
  incident: ActionTarget,
  deps: Omit<ActionDeps, 'writer'>,
): Promise<Bound | { kind: 'refused'; reason: string }> {
  try {
    const outcome: BindOutcome<Record<string, unknown>> = await actionSpec(action.kind).bind(action, {
      incident,
      reader: deps.reader,
      config: deps.config,
      caches: deps.caches,
      nodeGroups: deps.nodeGroups,
      sleep: deps.sleep,
    });
    return outcome;
  } catch (error) {
    return { kind: 'refused', reason: `could not check the cluster: ${errorMessage(error)}` };
  }
}

/**
 * Undoes a bound action that did not fix the problem, dry run first, when its spec can and the
 * live object still shows exactly what the action set; `undefined` when it cannot be undone.
 */
export async function revertCatalogAction(
  action: CatalogAction,
  binding: unknown,
  incident: ActionTarget,
  deps: ActionDeps,
): Promise<ActionOutcome | undefined> {
  const spec = actionSpec(action.kind);
  const revert = spec.revert;
  const parsed = spec.binding.safeParse(binding);
  if (!revert || !parsed.success) return undefined;
  const attempt = attempter((dryRun) => revert(parsed.data, runContext(incident, deps), dryRun));
  const dryRun = await attempt(true);
  return dryRun.kind === 'applied' ? attempt(false) : dryRun;
}

function runContext(incident: ActionTarget, deps: ActionDeps) {
  return {
    incident,
    reader: deps.reader,
    writer: deps.writer,
    config: deps.config,
    caches: deps.caches,
    nodeGroups: deps.nodeGroups,
    sleep: deps.sleep,
  };
}

/** One run of an action step (dry or real) as an outcome: expected failures never throw. */
function attempter(step: (dryRun: boolean) => Promise<ActionOutcome>) {
  return async (dryRun: boolean): Promise<ActionOutcome> => {
    try {
      return await step(dryRun);
    } catch (error) {
      if (error instanceof SreAgentError) return { kind: 'failed', reason: error.message };
      return { kind: 'failed', reason: `unexpected error: ${errorMessage(error)}` };
    }
  };
}

/**
 * Runs a bound action: a server-side dry run first, then (unless `dryRunOnly`) the real change.
 * Each run re-checks the binding against the live cluster. `beforeWrite` is asked right before the
 * real write (kill switch, breaker); a reason it returns stops the write. Never throws for
 * expected failures: RBAC refusals, conflicts and API errors come back as `failed` with a reason.
 */
export async function runCatalogAction(
  action: CatalogAction,
  binding: unknown,
  incident: ActionTarget,
  deps: ActionDeps,
  options: { dryRunOnly?: boolean; beforeWrite?: () => Promise<string | undefined> } = {},
): Promise<{ dryRun: ActionOutcome; applied?: ActionOutcome }> {
  const spec = actionSpec(action.kind);
  const parsed = spec.binding.safeParse(binding);
  if (!parsed.success) {
    return {
      dryRun: { kind: 'precondition-failed', reason: `the stored binding of ${action.kind} is invalid` },
    };
  }
  const attempt = attempter((dryRun) => spec.run(parsed.data, runContext(incident, deps), dryRun));
  const dryRun = await attempt(true);
  if (dryRun.kind !== 'applied' || options.dryRunOnly) return { dryRun };
  const stop = await options.beforeWrite?.();
  if (stop) return { dryRun, applied: { kind: 'precondition-failed', reason: stop } };
  return { dryRun, applied: await attempt(false) };
}
