import { ConfigSchema } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import type { CatalogAction } from '../actions/registry.ts';
import { evaluatePolicy, type PolicyInput } from './policy-engine.ts';

const policy = ConfigSchema.parse({}).policy;
const now = new Date('2026-11-27T03:00:00Z');
const raise: CatalogAction = { kind: 'raise-memory-limit', percent: 20 };

function input(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    action: raise,
    target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'order-service' },
    mode: 'auto',
    policy,
    now,
    paused: false,
    actionsInWindow: 0,
    failedActions: [],
    attempts: 0,
    ...overrides,
  };
}

describe('evaluatePolicy', () => {
  it('executes an allowed action in auto mode', () => {
    expect(evaluatePolicy(input()).kind).toBe('execute');
  });

  it('only observes in observe mode and proposes in suggest mode', () => {
    expect(evaluatePolicy(input({ mode: 'observe' })).kind).toBe('observe');
    expect(evaluatePolicy(input({ mode: 'suggest' })).kind).toBe('propose');
  });

  it('executes an approved action in suggest mode, still under the guardrails', () => {
    expect(evaluatePolicy(input({ mode: 'suggest', approvedBy: 'alice' }))).toMatchObject({
      kind: 'execute',
      reason: 'approved by alice',
    });
    expect(evaluatePolicy(input({ mode: 'suggest', approvedBy: 'alice', paused: true })).kind).toBe('refuse');
  });

  it('refuses actions outside the allowlist', () => {
    const decision = evaluatePolicy(input({ policy: { ...policy, allowedActions: ['restart-pod'] } }));
    expect(decision).toMatchObject({ kind: 'refuse', reason: expect.stringContaining('allowlist') });
  });

  it('never touches a denylisted namespace', () => {
    const decision = evaluatePolicy(
      input({ target: { cluster: 'prod', namespace: 'kube-system', kind: 'Deployment', name: 'coredns' } }),
    );
    expect(decision).toMatchObject({ kind: 'refuse', reason: expect.stringContaining('denylisted') });
  });

  it('stops everything when the kill switch is on', () => {
    expect(evaluatePolicy(input({ paused: true }))).toMatchObject({
      kind: 'refuse',
      reason: expect.stringContaining('paused'),
    });
    expect(evaluatePolicy(input({ policy: { ...policy, paused: true } })).kind).toBe('refuse');
  });

  it('never repeats a fix that already failed for the incident', () => {
    const decision = evaluatePolicy(input({ failedActions: [{ kind: 'raise-memory-limit', percent: 20 }] }));
    expect(decision).toMatchObject({ kind: 'refuse', reason: expect.stringContaining('already failed') });
  });

  it('escalates after the maximum number of attempts', () => {
    const decision = evaluatePolicy(input({ attempts: policy.maxAttemptsPerIncident }));
    expect(decision.kind).toBe('refuse');
  });

  it('trips the circuit breaker when the cluster cap is reached, and defers (no second page) while it is open', () => {
    expect(evaluatePolicy(input({ actionsInWindow: policy.maxActionsPerWindow }))).toMatchObject({
      kind: 'refuse',
      tripBreaker: true,
    });
    const open = evaluatePolicy(input({ breakerTrippedUntil: new Date(now.getTime() + 60_000) }));
    expect(open).toMatchObject({ kind: 'defer', reason: expect.stringContaining('circuit breaker') });
    expect(evaluatePolicy(input({ breakerTrippedUntil: new Date(now.getTime() - 1) })).kind).toBe('execute');
  });

  it('defers during the cooldown of the workload and allows after it', () => {
    const recent = new Date(now.getTime() - 60_000);
    const decision = evaluatePolicy(input({ lastActionAt: recent }));
    expect(decision).toMatchObject({ kind: 'defer' });
    if (decision.kind === 'defer') {
      expect(decision.until.getTime()).toBe(recent.getTime() + policy.cooldownMinutes * 60_000);
    }
    const old = new Date(now.getTime() - policy.cooldownMinutes * 60_000 - 1);
    expect(evaluatePolicy(input({ lastActionAt: old })).kind).toBe('execute');
  });

  it('always lets an escalation through, even when paused', () => {
    const decision = evaluatePolicy(
      input({ action: { kind: 'escalate', reason: 'db down' }, paused: true, mode: 'observe' }),
    );
    expect(decision.kind).toBe('execute');
  });
});
