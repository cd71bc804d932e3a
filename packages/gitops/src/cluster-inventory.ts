import type { ClusterReader } from '@sre-agent/kube';
import { addGitopsObject, emptyGitopsInventory, type GitopsInventory, selects } from './objects.ts';

type GitopsReader = Pick<
  ClusterReader,
  'listDeployments' | 'listStatefulSets' | 'listDaemonSets' | 'listPodDisruptionBudgets' | 'listPods'
>;

/** `docker-pullable://repo@sha256:…` (or `repo@sha256:…`) → `sha256:…`. */
function digestOf(imageID: string | undefined): string | undefined {
  const at = imageID?.lastIndexOf('@') ?? -1;
  const digest = at >= 0 ? imageID?.slice(at + 1) : undefined;
  return digest && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
}

/**
 * Reads workloads and PodDisruptionBudgets through the read-only reader (every object through
 * the same schemas as a manifest), and the image digests the workloads' running pods resolved.
 */
export async function readClusterGitopsInventory(reader: GitopsReader): Promise<GitopsInventory> {
  const [deployments, statefulSets, daemonSets, pdbs, pods] = await Promise.all([
    reader.listDeployments(),
    reader.listStatefulSets(),
    reader.listDaemonSets(),
    reader.listPodDisruptionBudgets(),
    reader.listPods(),
  ]);
  const inventory = emptyGitopsInventory();
  for (const d of deployments) addGitopsObject(inventory, 'Deployment', d);
  for (const s of statefulSets) addGitopsObject(inventory, 'StatefulSet', s);
  for (const d of daemonSets) addGitopsObject(inventory, 'DaemonSet', d);
  for (const p of pdbs) addGitopsObject(inventory, 'PodDisruptionBudget', p);
  for (const w of inventory.workloads) {
    const digests: Record<string, string[]> = {};
    for (const pod of pods) {
      if ((pod.metadata?.namespace ?? 'default') !== w.ref.namespace) continue;
      if (!selects(w.selector, pod.metadata?.labels ?? {})) continue;
      for (const status of pod.status?.containerStatuses ?? []) {
        const digest = digestOf(status.imageID);
        if (digest) digests[status.name] = [...(digests[status.name] ?? []), digest];
      }
    }
    w.runningDigests = digests;
  }
  return inventory;
}
