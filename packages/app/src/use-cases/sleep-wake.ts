import type { Clock, Config, IdGenerator, Logger, SleepTarget, WorkloadRef } from '@sre-agent/core';
import { sleepStateAt } from '@sre-agent/cost/sleep';
import {
  auditWorkload,
  bindCatalogAction,
  evaluatePolicy,
  modeForScope,
  runCatalogAction,
  type SleepDeps,
} from '@sre-agent/healing/sleep';
import type { ClusterReader, ClusterWriter } from '@sre-agent/kube';
import type { StateStores } from '@sre-agent/state';

/** What sleeping and waking need: config, the state stores, a reader and writer per cluster. */
export type SleepWakeDeps = {
  config: Config;
  stores: Pick<StateStores, 'sleep' | 'audit' | 'control'>;
  clusters: ReadonlyMap<string, { reader: ClusterReader; writer: ClusterWriter }>;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
};

export type SleepWakeKind = 'sleep-namespace' | 'wake-namespace';

/** How one sleep or wake of a namespace went, with the policy's or the action's reason. */
export type SleepWakeResult = {
  cluster: string;
  namespace: string;
  action: SleepWakeKind;
  outcome:
    | 'applied'
    | 'nothing-to-do'
    | 'observed'
    | 'proposed'
    | 'deferred'
    | 'refused'
    | 'no-op'
    | 'failed'
    | 'dry-run-failed';
  reason: string;
  /** What the action reports it did (`slept`/`skipped`, or `woken`), for printing. */
  details?: unknown;
};

export type SleepWakeRequest = {
  cluster: string;
  namespace: string;
  action: SleepWakeKind;
  /**
   * `agent` on a schedule; `cli` or `slack:<member id>` when a human asked (their request approves
   * in suggest mode; the caller has checked that a Slack member may). Recorded as the audit's actor.
   */
  actor: 'agent' | 'cli' | `slack:${string}`;
  /** The schedule acted for, recorded with each original (`cli` for the command). */
  schedule: string;
};

const NOTHING = /^nothing in \S+ (is asleep|to put to sleep)/;

/**
 * Puts one namespace to sleep or wakes it, like the pipeline runs a fix: bind to the namespace's own
 * objects, the policy engine (allowlist, denylist, kill switch, mode, breaker, cap, cooldown of the
 * same action), the audit trail, a server-side dry run, then the real change with the kill switch
 * and breaker asked again before every object's write.
 */
export async function sleepOrWakeNamespace(
  deps: SleepWakeDeps,
  request: SleepWakeRequest,
): Promise<SleepWakeResult> {
  const { config, stores, clock } = deps;
  const base = { cluster: request.cluster, namespace: request.namespace, action: request.action };
  const handles = deps.clusters.get(request.cluster);
  if (!handles) return { ...base, outcome: 'refused', reason: `cluster ${request.cluster} is not connected` };
  const target: WorkloadRef = {
    cluster: request.cluster,
    namespace: request.namespace,
    kind: 'Namespace',
    name: request.namespace,
  };
  const action = { kind: request.action };
  const stopReason = async () => {
    if (config.policy.paused || (await stores.control.getPause()).paused)
      return 'the agent is paused (kill switch)';
    const breaker = await stores.control.getBreaker(request.cluster);
    return breaker ? `the circuit breaker for cluster ${request.cluster} is open` : undefined;
  };
  const sleep: SleepDeps = {
    store: stores.sleep,
    now: () => clock.now(),
    schedule: request.schedule,
    beforeEachWrite: stopReason,
  };
  const actionDeps = { reader: handles.reader, writer: handles.writer, config, sleep };
  const bound = await bindCatalogAction(action, { target }, actionDeps);
  if (bound.kind === 'refused') {
    return {
      ...base,
      outcome: NOTHING.test(bound.reason) ? 'nothing-to-do' : 'refused',
      reason: bound.reason,
    };
  }
  const now = clock.now();
  const mode = modeForScope(config, request.cluster, bound.scope);
  const [pause, breaker, actionsInWindow, last] = await Promise.all([
    stores.control.getPause(),
    stores.control.getBreaker(request.cluster),
    stores.audit.countAutonomousSince(
      request.cluster,
      new Date(now.getTime() - config.policy.windowMinutes * 60_000),
    ),
    stores.audit.lastForWorkload(auditWorkload(target), { statuses: ['started', 'applied'] }),
  ]);
  const decision = evaluatePolicy({
    action,
    target,
    scope: bound.scope,
    mode,
    policy: config.policy,
    now,
    paused: pause.paused,
    breakerTrippedUntil: breaker ? new Date(breaker.trippedUntil) : undefined,
    actionsInWindow,
    // The cooldown keeps the same change from repeating; a wake right after a sleep is the other one.
    lastActionAt: last?.action.kind === request.action ? new Date(last.at) : undefined,
    failedActions: [],
    attempts: 0,
    // A human who runs the command approves it where the namespace is in suggest mode (never observe).
    approvedBy: request.actor !== 'agent' && mode === 'suggest' ? request.actor : undefined,
  });
  const audit = (status: 'started' | 'refused', reason: string) => ({
    id: deps.ids('audit'),
    key: `${request.action}#${request.cluster}/${request.namespace}#${now.toISOString()}`,
    ...auditWorkload(target),
    action,
    before: { binding: bound.binding },
    actor: request.actor,
    reason,
    mode,
    status,
    at: now.toISOString(),
  });
  switch (decision.kind) {
    case 'observe': {
      const run = await runCatalogAction(action, bound.binding, { target }, actionDeps, { dryRunOnly: true });
      const dry = run.dryRun;
      return {
        ...base,
        outcome: 'observed',
        reason: `${decision.reason}: ${dry.kind === 'applied' ? dry.summary : dry.reason}`,
        ...(dry.kind === 'applied' ? { details: dry.after } : {}),
      };
    }
    case 'propose':
      return {
        ...base,
        outcome: 'proposed',
        reason: `${decision.reason}: ${bound.summary}; approve with \`sre-agent cost ${request.action === 'sleep-namespace' ? 'sleep' : 'wake'} ${request.namespace}\``,
      };
    case 'defer':
      return {
        ...base,
        outcome: 'deferred',
        reason: `${decision.reason} (until ${decision.until.toISOString()})`,
      };
    case 'refuse': {
      if (decision.tripBreaker) {
        const until = new Date(now.getTime() + config.policy.windowMinutes * 60_000);
        await stores.control.tripBreaker({
          cluster: request.cluster,
          trippedUntil: until.toISOString(),
          reason: decision.reason,
          at: now.toISOString(),
        });
      }
      await stores.audit.begin(audit('refused', decision.reason));
      return { ...base, outcome: 'refused', reason: decision.reason };
    }
    case 'execute':
      break;
  }
  const record = audit('started', `${decision.reason}: ${bound.summary} (schedule ${request.schedule})`);
  const began = await stores.audit.begin(record);
  if (!began.started)
    return { ...base, outcome: 'deferred', reason: 'another run is acting on this namespace' };
  deps.logger.info('sleep action starting', {
    action: request.action,
    cluster: request.cluster,
    namespace: request.namespace,
  });
  const run = await runCatalogAction(action, bound.binding, { target }, actionDeps, {
    beforeWrite: stopReason,
  });
  const outcome = run.applied ?? run.dryRun;
  if (outcome.kind === 'applied') {
    await stores.audit.finish(record.id, {
      status: 'applied',
      before: outcome.before,
      after: outcome.after,
      result: outcome.summary,
    });
    deps.logger.info('sleep action applied', { action: request.action, namespace: request.namespace });
    return { ...base, outcome: 'applied', reason: outcome.summary, details: outcome.after };
  }
  const status = !run.applied ? 'dry-run-failed' : outcome.kind === 'failed' ? 'failed' : 'refused';
  await stores.audit.finish(record.id, { status, result: outcome.reason });
  deps.logger.warn('sleep action not applied', {
    action: request.action,
    namespace: request.namespace,
    reason: outcome.reason,
  });
  return {
    ...base,
    outcome: outcome.kind === 'no-op' ? 'no-op' : status === 'refused' ? 'refused' : status,
    reason: outcome.reason,
  };
}

/**
 * One level-triggered pass over the namespaces that sleep: each is put to sleep inside its
 * schedule's windows and woken outside them, whatever happened before (a run missed while the
 * agent was down is caught up by this one). `direction` lets the Sleep and Wake functions each do
 * their half. `namespaces` defaults to `cost.sleep.namespaces`; the zombie detector can pass its own.
 */
export async function reconcileSleep(
  deps: SleepWakeDeps,
  options: { direction?: 'sleep' | 'wake' | 'both'; namespaces?: readonly SleepTarget[] } = {},
): Promise<SleepWakeResult[]> {
  const { config } = deps;
  const direction = options.direction ?? 'both';
  const now = deps.clock.now();
  const results: SleepWakeResult[] = [];
  for (const wanted of options.namespaces ?? config.cost.sleep.namespaces) {
    const schedule = config.cost.sleep.schedules[wanted.schedule];
    if (!schedule) {
      results.push({
        cluster: wanted.cluster ?? '*',
        namespace: wanted.namespace,
        action: 'sleep-namespace',
        outcome: 'refused',
        reason: `no schedule named ${wanted.schedule}`,
      });
      continue;
    }
    const state = sleepStateAt(schedule, now);
    const action: SleepWakeKind = state.state === 'asleep' ? 'sleep-namespace' : 'wake-namespace';
    if (direction === 'sleep' && action !== 'sleep-namespace') continue;
    if (direction === 'wake' && action !== 'wake-namespace') continue;
    const clusters = wanted.cluster ? [wanted.cluster] : [...deps.clusters.keys()];
    for (const cluster of clusters) {
      results.push(
        await sleepOrWakeNamespace(deps, {
          cluster,
          namespace: wanted.namespace,
          action,
          actor: 'agent',
          schedule: wanted.schedule,
        }),
      );
    }
  }
  return results;
}

type Line = {
  kind: string;
  name: string;
  original: string;
  outcome?: string;
  reason?: string;
  note?: string;
};

/** What a sleep or wake did, for a human: one line per object with its recorded original. */
export function formatSleepWake(result: SleepWakeResult): string {
  const verb = result.action === 'sleep-namespace' ? 'sleep' : 'wake';
  const lines = [`${verb} ${result.cluster}/${result.namespace}: ${result.outcome} — ${result.reason}`];
  const details = (result.details ?? {}) as { slept?: Line[]; skipped?: Line[]; woken?: Line[] };
  for (const s of details.slept ?? []) {
    lines.push(`  ${s.kind} ${s.name}: recorded original ${s.original}${s.note ? ` (${s.note})` : ''}`);
  }
  for (const s of details.skipped ?? []) lines.push(`  ${s.kind} ${s.name}: left awake, ${s.reason}`);
  for (const w of details.woken ?? []) {
    lines.push(
      `  ${w.kind} ${w.name}: ${w.outcome} (original ${w.original})${w.reason ? `: ${w.reason}` : ''}`,
    );
  }
  return lines.join('\n');
}
