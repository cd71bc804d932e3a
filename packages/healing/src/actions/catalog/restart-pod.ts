import * as z from 'zod';
import { defineAction } from '../spec.ts';
import { incidentPod } from '../target.ts';

/** Deletes the incident's own pod so that its controller starts a fresh one. */
export const restartPod = defineAction({
  kind: 'restart-pod',
  params: z.strictObject({ kind: z.literal('restart-pod') }),
  binding: z.strictObject({ pod: z.string().min(1), uid: z.string().optional() }),
  mutates: true,
  changesDeclaredSpec: false,
  maxDurationMs: 15_000,
  needs: { rbac: [{ verb: 'delete', resource: 'pods', apiGroup: '' }], iam: [] },
  verify: 'target-healthy',
  describe: () => 'restart the failing pod',
  async bind(_params, { incident, reader }) {
    const { target } = incident;
    if (target.kind === 'Node') return { kind: 'refused', reason: 'a node has no pod of its own to restart' };
    const found = await incidentPod(reader, target, incident.pod);
    if (found.kind === 'refused') return found;
    const uid = found.pod.metadata?.uid;
    const name = found.pod.metadata?.name ?? '';
    if (!found.pod.metadata?.ownerReferences?.some((o) => o.controller)) {
      return {
        kind: 'refused',
        reason: `pod ${target.namespace}/${name} has no controller: deleting it would delete it for good`,
      };
    }
    return {
      kind: 'bound',
      binding: { pod: name, ...(uid ? { uid } : {}) },
      scope: { kind: 'namespace', namespace: target.namespace },
      summary: `restart pod ${name}`,
    };
  },
  async run(binding, { incident, reader, writer }, dryRun) {
    const { target } = incident;
    const pod = await reader.getPod(target.namespace, binding.pod);
    if (!pod || (binding.uid && pod.metadata?.uid !== binding.uid) || pod.metadata?.deletionTimestamp) {
      return {
        kind: 'no-op',
        reason: `pod ${binding.pod} is already gone (its controller replaced it); restarting it changes nothing`,
      };
    }
    const result = await writer.deletePod(target.namespace, binding.pod, { dryRun });
    return {
      kind: 'applied',
      dryRun,
      summary: `deleted pod ${binding.pod} so that its controller starts a fresh one`,
      before: { pod: binding.pod, uid: result.before?.metadata?.uid },
    };
  },
});
