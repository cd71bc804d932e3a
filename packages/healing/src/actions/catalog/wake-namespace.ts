import { errorMessage } from '@sre-agent/core';
import * as z from 'zod';
import { objectName, readLiveObject, SleepKindSchema } from '../sleep/live-objects.ts';
import { describeOriginal, sleepingObjects, wakeDecision, wakeObject } from '../sleep/steps.ts';
import { defineAction } from '../spec.ts';
import { SLEEP_RBAC } from './sleep-namespace.ts';

const SleepingSchema = z.strictObject({
  kind: SleepKindSchema,
  name: z.string().min(1).max(253),
  uid: z.string().min(1).max(64).optional(),
  original: z.strictObject({
    replicas: z.number().int().min(0).optional(),
    suspend: z.boolean().optional(),
  }),
  generation: z.number().int().min(0).optional(),
  source: z.enum(['state', 'annotation', 'both']),
});

/** One object as waking reports it. */
export type WakeLine = {
  kind: string;
  name: string;
  original: string;
  outcome: 'restored' | 'already-awake' | 'left-alone' | 'gone';
  reason?: string | undefined;
};

/**
 * Wakes a namespace: every object whose original is recorded (in the state store, or only in its
 * annotation) goes back to exactly that original, unless a human changed it during sleep (left as it
 * is, reported). Records are cleared only once the object shows its original. Level-triggered: it
 * acts on what is recorded, so a wake missed while the agent was down happens on the next run.
 */
export const wakeNamespace = defineAction({
  kind: 'wake-namespace',
  params: z.strictObject({ kind: z.literal('wake-namespace') }),
  binding: z.strictObject({ namespace: z.string().min(1), sleeping: z.array(SleepingSchema).max(1000) }),
  mutates: true,
  changesDeclaredSpec: true,
  maxDurationMs: 120_000,
  needs: { rbac: SLEEP_RBAC, iam: [] },
  rbacRole: 'sleep',
  target: 'namespace',
  verify: 'none',
  describe: () => 'wake the namespace: restore the recorded replicas and CronJob schedules',
  async bind(_params, { incident, reader, sleep }) {
    const { target } = incident;
    if (target.kind !== 'Namespace' || target.name !== target.namespace) {
      return {
        kind: 'refused',
        reason: 'wake-namespace applies to a namespace on a sleep schedule, not to an incident',
      };
    }
    if (!sleep) return { kind: 'refused', reason: 'wake-namespace needs the sleep records store' };
    const { sleeping } = await sleepingObjects(reader, sleep.store, target.namespace);
    if (sleeping.length === 0) return { kind: 'refused', reason: `nothing in ${target.namespace} is asleep` };
    return {
      kind: 'bound',
      binding: { namespace: target.namespace, sleeping },
      scope: { kind: 'namespace', namespace: target.namespace },
      summary: `wake ${sleeping.length} workload${sleeping.length === 1 ? '' : 's'} of ${target.namespace}`,
    };
  },
  async run(binding, { reader, writer, sleep }, dryRun) {
    if (!sleep)
      return { kind: 'precondition-failed', reason: 'wake-namespace needs the sleep records store' };
    const ctx = {
      namespace: binding.namespace,
      writer,
      store: sleep.store,
      now: sleep.now,
      schedule: sleep.schedule,
    };
    const lines: WakeLine[] = [];
    let stopped: string | undefined;
    for (const sleeping of binding.sleeping) {
      // Decided again on the live object right before the write: a change since binding counts.
      const live = await readLiveObject(reader, binding.namespace, sleeping.kind, sleeping.name);
      const decision = wakeDecision(sleeping, live);
      if (!dryRun) {
        stopped = await sleep.beforeEachWrite?.();
        if (stopped) break;
      }
      try {
        await wakeObject(sleeping, live, decision, ctx, dryRun);
      } catch (error) {
        return {
          kind: 'failed',
          reason: `${objectName(sleeping)}: ${errorMessage(error)}; its original (${describeOriginal(sleeping.original)}) stays recorded`,
        };
      }
      lines.push({
        kind: sleeping.kind,
        name: sleeping.name,
        original: describeOriginal(sleeping.original),
        outcome:
          decision.kind === 'restore'
            ? 'restored'
            : decision.kind === 'awake'
              ? 'already-awake'
              : decision.kind === 'changed'
                ? 'left-alone'
                : 'gone',
        ...(decision.kind === 'changed' || decision.kind === 'gone' ? { reason: decision.reason } : {}),
      });
    }
    if (lines.length === 0) {
      return { kind: 'precondition-failed', reason: stopped ?? `nothing in ${binding.namespace} to wake` };
    }
    const restored = lines.filter((l) => l.outcome === 'restored');
    if (restored.length === 0 && !dryRun && !stopped) {
      // Only records were cleared: nothing was asleep any more. Still reported, never a success.
      return {
        kind: 'no-op',
        reason: `nothing in ${binding.namespace} needed restoring: ${lines.map((l) => `${objectName(l)} ${l.outcome}${l.reason ? ` (${l.reason})` : ''}`).join('; ')}`,
      };
    }
    const text = lines.map((l) =>
      l.outcome === 'restored'
        ? `${objectName(l)} (0 → ${l.original})`
        : `${objectName(l)}: ${l.reason ?? l.outcome}`,
    );
    return {
      kind: 'applied',
      dryRun,
      summary: `${dryRun ? 'would wake' : 'woke'} ${binding.namespace}: ${text.join(', ')}${stopped ? `; stopped before the rest: ${stopped}` : ''}`,
      before: { sleeping: binding.sleeping },
      after: { woken: lines },
    };
  },
});
