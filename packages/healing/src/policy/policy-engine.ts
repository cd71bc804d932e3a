import type { ActionRecord, Mode, PolicyConfig, WorkloadRef } from '@sre-agent/core';
import { type CatalogAction, isAllowed } from '../actions/registry.ts';
import type { PolicyScope } from '../actions/spec.ts';

/** Everything the policy engine weighs for one proposed action. */
export type PolicyInput = {
  action: CatalogAction;
  target: WorkloadRef;
  /** Whose policy governs the bound action (its namespace, the cache's, or the cluster's nodes). */
  scope?: PolicyScope | undefined;
  /** The mode of that scope. */
  mode: Mode;
  policy: PolicyConfig;
  now: Date;
  /** Kill switch (config or `/sre pause`). */
  paused: boolean;
  /** Circuit breaker trip, per cluster. */
  breakerTrippedUntil?: Date | undefined;
  /** Autonomous actions already taken in this cluster within the policy window. */
  actionsInWindow: number;
  /** When the agent last changed this workload. */
  lastActionAt?: Date | undefined;
  /** Actions already tried for this incident that did not fix it. */
  failedActions: readonly ActionRecord[];
  /** Fix attempts made for this incident so far. */
  attempts: number;
  /** Set when a human approved this very action (suggest mode). */
  approvedBy?: string | undefined;
};

export type PolicyDecision =
  | { kind: 'execute'; reason: string }
  | { kind: 'propose'; reason: string }
  | { kind: 'observe'; reason: string }
  | { kind: 'defer'; reason: string; until: Date }
  | { kind: 'refuse'; reason: string; tripBreaker: boolean };

/** Whether two catalog actions are the same fix (same kind and parameters). */
export function sameAction(a: ActionRecord, b: ActionRecord): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}

/**
 * Decides what may happen with one proposed action. Guardrails are checked in a fixed order,
 * and the first that applies decides; every answer carries the reason humans will read.
 */
export function evaluatePolicy(input: PolicyInput): PolicyDecision {
  const { action, target, policy, now } = input;
  if (action.kind === 'escalate') return { kind: 'execute', reason: 'escalating changes nothing' };
  if (!isAllowed(action.kind, policy.allowedActions)) {
    return {
      kind: 'refuse',
      reason: `action ${action.kind} is not on the policy allowlist`,
      tripBreaker: false,
    };
  }
  const scoped = input.scope?.kind === 'namespace' ? input.scope.namespace : undefined;
  for (const namespace of [target.namespace, scoped]) {
    if (namespace && policy.denyNamespaces.includes(namespace)) {
      return {
        kind: 'refuse',
        reason: `namespace ${namespace} is denylisted: the agent never changes it`,
        tripBreaker: false,
      };
    }
  }
  if (input.paused || policy.paused) {
    return {
      kind: 'refuse',
      reason: 'the agent is paused (kill switch): no changes are made',
      tripBreaker: false,
    };
  }
  if (input.failedActions.some((failed) => sameAction(failed, action))) {
    return {
      kind: 'refuse',
      reason: `${action.kind} already failed for this incident; it is not repeated`,
      tripBreaker: false,
    };
  }
  if (input.attempts >= policy.maxAttemptsPerIncident) {
    return {
      kind: 'refuse',
      reason: `${input.attempts} fix attempts already failed (limit ${policy.maxAttemptsPerIncident})`,
      tripBreaker: false,
    };
  }
  if (!input.approvedBy) {
    const whose = scopeName(input.scope, target);
    if (input.mode === 'observe') return { kind: 'observe', reason: `${whose} is in observe mode` };
    if (input.mode === 'suggest') return { kind: 'propose', reason: `${whose} is in suggest mode` };
  }
  if (input.breakerTrippedUntil && input.breakerTrippedUntil > now) {
    // The trip paged once; what it blocks afterwards waits for it to close instead of paging again.
    return {
      kind: 'defer',
      reason: `the circuit breaker for cluster ${target.cluster} is open`,
      until: input.breakerTrippedUntil,
    };
  }
  if (input.actionsInWindow >= policy.maxActionsPerWindow) {
    return {
      kind: 'refuse',
      reason: `${input.actionsInWindow} actions in the last ${policy.windowMinutes} minutes in cluster ${target.cluster} reached the cap of ${policy.maxActionsPerWindow}: circuit breaker tripped`,
      tripBreaker: true,
    };
  }
  if (input.lastActionAt) {
    const until = new Date(input.lastActionAt.getTime() + policy.cooldownMinutes * 60_000);
    if (until > now) {
      return {
        kind: 'defer',
        reason: `workload ${target.name} is cooling down after the last change`,
        until,
      };
    }
  }
  return {
    kind: 'execute',
    reason: input.approvedBy
      ? `approved by ${input.approvedBy}`
      : `${scopeName(input.scope, target)} is in auto mode`,
  };
}

/** `namespace shop`, `the node policy of cluster prod`: whose mode decided. */
function scopeName(scope: PolicyScope | undefined, target: WorkloadRef): string {
  if (scope?.kind === 'nodes') return `the node policy of cluster ${target.cluster}`;
  const namespace = scope?.kind === 'namespace' ? scope.namespace : target.namespace;
  return namespace ? `namespace ${namespace}` : `cluster ${target.cluster}`;
}
