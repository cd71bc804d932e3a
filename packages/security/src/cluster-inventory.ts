import type { ClusterReader } from '@sre-agent/kube';
import { addObject, emptyInventory, type SecurityInventory } from './inventory.ts';

/** The reads a posture scan makes; each list is paginated by the reader. */
type ScanReader = Pick<
  ClusterReader,
  | 'listPods'
  | 'listDeployments'
  | 'listReplicaSets'
  | 'listStatefulSets'
  | 'listDaemonSets'
  | 'listJobs'
  | 'listNamespaces'
  | 'listNetworkPolicies'
  | 'listConfigMaps'
>;

/**
 * Reads what a posture scan looks at from a cluster, through the read-only `ClusterReader`.
 * Every object goes through the same schemas as a manifest (the cluster's answer is untrusted).
 * The reader does not list CronJobs, ServiceAccounts, Roles or bindings yet, so `rbacRead` is
 * false: the RBAC and token checks stay silent (CronJobs' pods are still checked through their
 * Jobs).
 */
export async function readClusterInventory(reader: ScanReader): Promise<SecurityInventory> {
  const [pods, deployments, replicaSets, statefulSets, daemonSets, jobs, namespaces, policies, configMaps] =
    await Promise.all([
      reader.listPods(),
      reader.listDeployments(),
      reader.listReplicaSets(),
      reader.listStatefulSets(),
      reader.listDaemonSets(),
      reader.listJobs(),
      reader.listNamespaces(),
      reader.listNetworkPolicies(),
      reader.listConfigMaps(),
    ]);
  const inventory = emptyInventory(false);
  const add = (kind: string, objects: readonly unknown[]) => {
    for (const object of objects) addObject(inventory, kind, object);
  };
  add('Pod', pods);
  add('Deployment', deployments);
  add('ReplicaSet', replicaSets);
  add('StatefulSet', statefulSets);
  add('DaemonSet', daemonSets);
  add('Job', jobs);
  add('Namespace', namespaces);
  add('NetworkPolicy', policies);
  add('ConfigMap', configMaps);
  return inventory;
}
