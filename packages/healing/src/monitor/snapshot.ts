import type { ClusterReader, Job, KubeEvent, Node, Pod, ReplicaSet } from '@sre-agent/kube';

/** What one monitor pass sees of a cluster. */
export type ClusterSnapshot = {
  cluster: string;
  pods: Pod[];
  nodes: Node[];
  replicaSets: ReplicaSet[];
  jobs: Job[];
  events: KubeEvent[];
};

/** A list of the snapshot a detector reads. */
export type SnapshotList = Exclude<keyof ClusterSnapshot, 'cluster'>;

/**
 * The Kubernetes resource behind each list, as the reader lists it (cluster-wide `list`): the RBAC
 * a detector needs follows from the lists it declares.
 */
export const SNAPSHOT_RESOURCES: Readonly<Record<SnapshotList, { apiGroup: string; resource: string }>> = {
  pods: { apiGroup: '', resource: 'pods' },
  nodes: { apiGroup: '', resource: 'nodes' },
  replicaSets: { apiGroup: 'apps', resource: 'replicasets' },
  jobs: { apiGroup: 'batch', resource: 'jobs' },
  events: { apiGroup: '', resource: 'events' },
};

const READ_LIST: { [K in SnapshotList]: (reader: ClusterReader) => Promise<ClusterSnapshot[K]> } = {
  pods: (reader) => reader.listPods(),
  nodes: (reader) => reader.listNodes(),
  replicaSets: (reader) => reader.listReplicaSets(),
  jobs: (reader) => reader.listJobs(),
  // Only warnings tell of trouble; normal events are most of the volume.
  events: (reader) => reader.listEvents({ fieldSelector: 'type=Warning' }),
};

/** Reads the lists named (in parallel); the others stay empty. */
export async function readSnapshot(
  reader: ClusterReader,
  lists: readonly SnapshotList[],
): Promise<ClusterSnapshot> {
  const snapshot: ClusterSnapshot = {
    cluster: reader.cluster,
    pods: [],
    nodes: [],
    replicaSets: [],
    jobs: [],
    events: [],
  };
  await Promise.all(
    [...new Set(lists)].map(async (list) => {
      // Each list is read by its own reader call into its own field.
      (snapshot as Record<SnapshotList, unknown>)[list] = await READ_LIST[list](reader);
    }),
  );
  return snapshot;
}
