import type { Clock, ClusterConfig, Logger } from '@sre-agent/core';
import type { ClusterHandles } from '@sre-agent/healing';
import { createClusterAccess } from '@sre-agent/kube';

export type ConnectedClusters = {
  clusters: Map<string, ClusterHandles>;
  /** Releases the clusters' connection pools. */
  close(): Promise<void>;
};

/** Connects to every configured cluster (EKS, kubeconfig or in-cluster); a bad one fails start-up clearly. */
export async function connectClusters(
  clusters: readonly ClusterConfig[],
  deps: { clock: Clock; logger: Logger },
): Promise<ConnectedClusters> {
  const accesses = await Promise.all(clusters.map((config) => createClusterAccess(config, deps)));
  return {
    clusters: new Map(
      accesses.map((access) => [access.cluster, { reader: access.reader, writer: access.writer }]),
    ),
    close: async () => {
      await Promise.all(accesses.map((access) => access.close()));
    },
  };
}
