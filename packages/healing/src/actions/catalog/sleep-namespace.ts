import { errorMessage } from '@sre-agent/core';
import * as z from 'zod';
import { namespaceRefusal, planSleep } from '../sleep/eligibility.ts';
import { listLiveObjects, objectName, readLiveObject, SleepKindSchema } from '../sleep/live-objects.ts';
import { describeOriginal, sleepObject } from '../sleep/steps.ts';
import { defineAction, type RbacNeed } from '../spec.ts';

const PlannedSchema = z.strictObject({
  kind: SleepKindSchema,
  name: z.string().min(1).max(253),
  uid: z.string().min(1).max(64),
  generation: z.number().int().min(0),
  replicas: z.number().int().min(0).optional(),
  note: z.string().max(300).optional(),
});
const SkippedSchema = z.strictObject({
  kind: z.string().max(20),
  name: z.string().max(253),
  reason: z.string().max(400),
});

/** What sleeping and waking need in a namespace of `cost.sleep` (the sleepers' Role, `sre-agent rbac`). */
export const SLEEP_RBAC: readonly RbacNeed[] = [
  { verb: 'get', resource: 'deployments/scale', apiGroup: 'apps' },
  { verb: 'patch', resource: 'deployments/scale', apiGroup: 'apps' },
  { verb: 'get', resource: 'statefulsets/scale', apiGroup: 'apps' },
  { verb: 'patch', resource: 'statefulsets/scale', apiGroup: 'apps' },
  // Annotations keep the original on the object; CronJobs are suspended by a patch.
  { verb: 'patch', resource: 'deployments', apiGroup: 'apps' },
  { verb: 'patch', resource: 'statefulsets', apiGroup: 'apps' },
  { verb: 'patch', resource: 'cronjobs', apiGroup: 'batch' },
];

/** One line per object for reports: `Deployment web: 3 replicas → 0`. */
export type SleepLine = { kind: string; name: string; original: string; note?: string | undefined };

/**
 * Puts a namespace to sleep: its Deployments and StatefulSets to 0 replicas, its CronJobs
 * suspended, each original recorded in the state store and on the object before it is changed.
 * Bound to the namespace of a sleep schedule (never an incident's workload) and to the exact
 * objects decided for: one that changed since is left alone.
 */
export const sleepNamespace = defineAction({
  kind: 'sleep-namespace',
  params: z.strictObject({ kind: z.literal('sleep-namespace') }),
  binding: z.strictObject({
    namespace: z.string().min(1),
    planned: z.array(PlannedSchema).max(1000),
    skipped: z.array(SkippedSchema).max(1000),
  }),
  mutates: true,
  changesDeclaredSpec: true,
  maxDurationMs: 120_000,
  needs: { rbac: SLEEP_RBAC, iam: [] },
  rbacRole: 'sleep',
  target: 'namespace',
  verify: 'none',
  describe: () => 'put the namespace to sleep (scale to 0, suspend CronJobs), recording the originals',
  async bind(_params, { incident, reader, config, sleep }) {
    const { target } = incident;
    if (target.kind !== 'Namespace' || target.name !== target.namespace) {
      return {
        kind: 'refused',
        reason: 'sleep-namespace applies to a namespace on a sleep schedule, not to an incident',
      };
    }
    if (!sleep) return { kind: 'refused', reason: 'sleep-namespace needs the sleep records store' };
    const refusal = await namespaceRefusal(reader, target.namespace, config);
    if (refusal) return { kind: 'refused', reason: refusal };
    const [objects, hpas] = await Promise.all([
      listLiveObjects(reader, target.namespace),
      reader.listHorizontalPodAutoscalers({ namespace: target.namespace }),
    ]);
    const { planned, skipped } = planSleep(objects, hpas, {
      now: sleep.now(),
      graceHours: config.cost.sleep.graceHours,
      gitOpsManaged: config.cost.sleep.gitOpsManaged,
    });
    if (planned.length === 0) {
      const why = skipped.map((s) => `${objectName(s)}: ${s.reason}`).join('; ');
      return {
        kind: 'refused',
        reason: `nothing in ${target.namespace} to put to sleep${why ? ` (${why})` : ''}`,
      };
    }
    return {
      kind: 'bound',
      binding: { namespace: target.namespace, planned, skipped },
      scope: { kind: 'namespace', namespace: target.namespace },
      summary: `put ${planned.length} workload${planned.length === 1 ? '' : 's'} of ${target.namespace} to sleep`,
    };
  },
  async run(binding, { reader, writer, sleep }, dryRun) {
    if (!sleep)
      return { kind: 'precondition-failed', reason: 'sleep-namespace needs the sleep records store' };
    const ctx = {
      namespace: binding.namespace,
      writer,
      store: sleep.store,
      now: sleep.now,
      schedule: sleep.schedule,
    };
    const slept: SleepLine[] = [];
    const left = [...binding.skipped];
    let stopped: string | undefined;
    for (const planned of binding.planned) {
      const live = await readLiveObject(reader, binding.namespace, planned.kind, planned.name);
      if (!live || live.uid !== planned.uid || live.generation !== planned.generation) {
        left.push({
          kind: planned.kind,
          name: planned.name,
          reason: live ? 'changed since it was decided; left alone' : 'no longer exists',
        });
        continue;
      }
      if (!dryRun) {
        stopped = await sleep.beforeEachWrite?.();
        if (stopped) break;
      }
      try {
        const original = await sleepObject(live, ctx, dryRun);
        slept.push({
          kind: live.kind,
          name: live.name,
          original: describeOriginal(original),
          note: planned.note,
        });
      } catch (error) {
        return {
          kind: 'failed',
          reason: `${objectName(live)}: ${errorMessage(error)}${slept.length > 0 ? `; ${slept.length} slept before it, their originals recorded` : ''}`,
        };
      }
    }
    if (slept.length === 0) {
      return {
        kind: 'precondition-failed',
        reason: stopped ?? `nothing in ${binding.namespace} could be put to sleep`,
      };
    }
    const lines = slept.map(
      (s) => `${objectName(s)} (${s.original} → ${s.kind === 'CronJob' ? 'suspended' : '0'})`,
    );
    return {
      kind: 'applied',
      dryRun,
      summary: `${dryRun ? 'would put' : 'put'} ${binding.namespace} to sleep: ${lines.join(', ')}${stopped ? `; stopped before the rest: ${stopped}` : ''}`,
      before: { originals: slept },
      after: { slept, skipped: left },
    };
  },
});
