import type { ClusterReader, Deployment, ReplicaSet } from '@sre-agent/kube';
import * as z from 'zod';
import { defineAction } from '../spec.ts';
import { selectorOf } from '../target.ts';

const REVISION = 'deployment.kubernetes.io/revision';

function revisionOf(
  object: { metadata?: { annotations?: Record<string, string> } } | undefined,
): number | undefined {
  const value = Number(object?.metadata?.annotations?.[REVISION] ?? Number.NaN);
  return Number.isInteger(value) ? value : undefined;
}

type PodTemplate = { spec?: { containers?: { image?: string }[] } } | undefined;

const images = (template: PodTemplate) =>
  (template?.spec?.containers ?? []).map((c) => c.image ?? '').join(', ');

/** The ReplicaSet `kubectl rollout undo` would return to: the highest revision below the current one. */
async function previousRevision(
  reader: ClusterReader,
  deployment: Deployment,
): Promise<{ revision: number; replicaSet: ReplicaSet } | undefined> {
  const namespace = deployment.metadata?.namespace ?? '';
  const labelSelector = selectorOf(deployment.spec?.selector?.matchLabels);
  if (!labelSelector) return undefined;
  const current = revisionOf(deployment);
  const uid = deployment.metadata?.uid;
  const owned = (await reader.listReplicaSets({ namespace, labelSelector }))
    .filter((rs) =>
      rs.metadata?.ownerReferences?.some(
        (o) => o.kind === 'Deployment' && (uid ? o.uid === uid : o.name === deployment.metadata?.name),
      ),
    )
    .map((replicaSet) => ({ replicaSet, revision: revisionOf(replicaSet) }))
    .filter((x): x is { replicaSet: ReplicaSet; revision: number } => x.revision !== undefined)
    .filter((x) => current === undefined || x.revision < current)
    .sort((a, b) => b.revision - a.revision);
  return owned[0];
}

/**
 * Returns the incident's Deployment to the exact revision before the one diagnosed as bad, and
 * refuses when the Deployment has moved on since (someone rolled forward or back).
 */
export const rollback = defineAction({
  kind: 'rollback',
  params: z.strictObject({ kind: z.literal('rollback') }),
  binding: z.strictObject({
    fromRevision: z.number().int().min(1),
    toRevision: z.number().int().min(1),
    toImages: z.string().max(2000),
  }),
  mutates: true,
  changesDeclaredSpec: true,
  maxDurationMs: 20_000,
  needs: {
    rbac: [
      { verb: 'patch', resource: 'deployments', apiGroup: 'apps' },
      { verb: 'list', resource: 'replicasets', apiGroup: 'apps' },
    ],
    iam: [],
  },
  verify: 'target-healthy',
  describe: () => 'roll it back to the previous revision',
  async bind(_params, { incident, reader }) {
    const { target } = incident;
    if (target.kind !== 'Deployment') return { kind: 'refused', reason: 'only Deployments roll back' };
    const deployment = await reader.getDeployment(target.namespace, target.name);
    if (!deployment)
      return { kind: 'refused', reason: `Deployment ${target.namespace}/${target.name} no longer exists` };
    const fromRevision = revisionOf(deployment);
    const previous = await previousRevision(reader, deployment);
    if (fromRevision === undefined || !previous) {
      return { kind: 'refused', reason: `Deployment ${target.name} has no previous revision to return to` };
    }
    const toImages = images(previous.replicaSet.spec?.template);
    return {
      kind: 'bound',
      binding: { fromRevision, toRevision: previous.revision, toImages: toImages.slice(0, 2000) },
      scope: { kind: 'namespace', namespace: target.namespace },
      summary: `roll ${target.name} back from revision ${fromRevision} to revision ${previous.revision} (${toImages})`,
    };
  },
  async run(binding, { incident, writer }, dryRun) {
    const { target } = incident;
    const result = await writer.rollbackDeployment(target.namespace, target.name, {
      dryRun,
      fromRevision: binding.fromRevision,
      toRevision: binding.toRevision,
    });
    return {
      kind: 'applied',
      dryRun,
      summary: `rolled ${target.name} back to revision ${binding.toRevision} (${images(result.before?.spec?.template)} → ${images(result.after?.spec?.template)})`,
      before: { revision: binding.fromRevision, images: images(result.before?.spec?.template) },
      after: { revision: binding.toRevision, images: images(result.after?.spec?.template) },
    };
  },
});
