import type { ClusterReader } from '@sre-agent/kube';
import { addObject, emptyInventory, type SecurityInventory } from './inventory.ts';

/** The reads a posture scan makes (all in the read-only role but Secrets); each list is paginated by the reader. */
type ScanReader = Pick<
  ClusterReader,
  | 'listPods'
  | 'listDeployments'
  | 'listReplicaSets'
  | 'listStatefulSets'
  | 'listDaemonSets'
  | 'listJobs'
  | 'listCronJobs'
  | 'listNamespaces'
  | 'listNetworkPolicies'
  | 'listConfigMaps'
  | 'listServiceAccounts'
  | 'listRoles'
  | 'listRoleBindings'
  | 'listClusterRoles'
  | 'listClusterRoleBindings'
  | 'listSecrets'
>;

export type ClusterInventoryOptions = {
  /** Read Secrets too (the opt-in `secrets-scan` role): what the weak-secret check judges. */
  secrets?: boolean;
};

/**
 * Reads what a posture scan looks at from a cluster, through the read-only `ClusterReader`.
 * Every object goes through the same schemas as a manifest: the cluster's answer is untrusted.
 */
export async function readClusterInventory(
  reader: ScanReader,
  options: ClusterInventoryOptions = {},
): Promise<SecurityInventory> {
  const lists: [string, Promise<readonly unknown[]>][] = [
    ['Pod', reader.listPods()],
    ['Deployment', reader.listDeployments()],
    ['ReplicaSet', reader.listReplicaSets()],
    ['StatefulSet', reader.listStatefulSets()],
    ['DaemonSet', reader.listDaemonSets()],
    ['Job', reader.listJobs()],
    ['CronJob', reader.listCronJobs()],
    ['Namespace', reader.listNamespaces()],
    ['NetworkPolicy', reader.listNetworkPolicies()],
    ['ConfigMap', reader.listConfigMaps()],
    ['ServiceAccount', reader.listServiceAccounts()],
    ['Role', reader.listRoles()],
    ['RoleBinding', reader.listRoleBindings()],
    ['ClusterRole', reader.listClusterRoles()],
    ['ClusterRoleBinding', reader.listClusterRoleBindings()],
  ];
  if (options.secrets) lists.push(['Secret', reader.listSecrets()]);
  const inventory = emptyInventory(true, options.secrets === true);
  const answers = await Promise.all(lists.map(([, list]) => list));
  lists.forEach(([kind], i) => {
    for (const object of answers[i] ?? []) addObject(inventory, kind, object);
  });
  return inventory;
}
