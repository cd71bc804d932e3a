import * as z from 'zod';
import { defineAction } from '../spec.ts';
import { podsOf, readTemplateOwner, templateKind } from '../target.ts';

function isReadyPod(pod: { status?: { conditions?: { type: string; status: string }[] } }): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/**
 * `kubectl rollout restart` of the incident's workload. A StatefulSet or DaemonSet is restarted
 * whole only when none of its pods is healthy: for one pod's symptom, restarting that pod is the
 * narrower change.
 */
export const rolloutRestart = defineAction({
  kind: 'rollout-restart',
  params: z.strictObject({ kind: z.literal('rollout-restart') }),
  binding: z.strictObject({
    kind: z.enum(['Deployment', 'StatefulSet', 'DaemonSet']),
    generation: z.number().int().optional(),
  }),
  mutates: true,
  changesDeclaredSpec: true,
  maxDurationMs: 15_000,
  needs: {
    rbac: [
      { verb: 'patch', resource: 'deployments', apiGroup: 'apps' },
      { verb: 'patch', resource: 'statefulsets', apiGroup: 'apps' },
      { verb: 'patch', resource: 'daemonsets', apiGroup: 'apps' },
    ],
    iam: [],
  },
  verify: 'target-healthy',
  describe: () => 'restart it with a rolling restart',
  async bind(_params, { incident, reader }) {
    const { target } = incident;
    const kind = templateKind(target);
    if (!kind) return { kind: 'refused', reason: `a ${target.kind} cannot be rolled out` };
    const owner = await readTemplateOwner(reader, target);
    if (!owner)
      return { kind: 'refused', reason: `${kind} ${target.namespace}/${target.name} no longer exists` };
    if (kind !== 'Deployment') {
      const pods = await podsOf(reader, target, owner);
      const healthy = pods.filter(isReadyPod).map((p) => p.metadata?.name);
      if (healthy.length > 0) {
        return {
          kind: 'refused',
          reason: `${healthy.length} of ${pods.length} pods of ${kind} ${target.name} are healthy; restarting all of them for one pod's symptom widens the change (restart the failing pod instead)`,
        };
      }
    }
    const generation = owner.metadata?.generation;
    return {
      kind: 'bound',
      binding: { kind, ...(generation !== undefined ? { generation } : {}) },
      scope: { kind: 'namespace', namespace: target.namespace },
      summary: `rolling restart of ${kind} ${target.name}`,
    };
  },
  async run(binding, { incident, reader, writer }, dryRun) {
    const { target } = incident;
    const owner = await readTemplateOwner(reader, target);
    if (!owner)
      return { kind: 'precondition-failed', reason: `${binding.kind} ${target.name} no longer exists` };
    await writer.rolloutRestart(binding.kind, target.namespace, target.name, { dryRun });
    return { kind: 'applied', dryRun, summary: `restarted ${target.name} with a rolling restart` };
  },
});
