import type { Clock, ClusterConfig, Logger } from '@sre-agent/core';
import type { ClusterHandles, NodeGroups } from '@sre-agent/healing';
import { createClusterAccess } from '@sre-agent/kube';

/**
 * A connected cluster: its reader and writer, and its node groups where the cloud can replace a
 * node (EKS managed node groups, the sandbox's node groups).
 */
export type ClusterConnection = ClusterHandles & { nodeGroups?: NodeGroups | undefined };

export type ConnectedClusters = {
  clusters: Map<string, ClusterConnection>;
  /** Releases the clusters' connection pools. */
  close(): Promise<void>;
};

/**
 * Connects to every configured cluster (EKS, kubeconfig or in-cluster); a bad one fails start-up
 * clearly. `nodeGroups` gives a cluster its node groups (the worker passes `awsNodeGroups`; the
 * monitor, which changes nothing, passes none and bundles no Auto Scaling client).
 */
export async function connectClusters(
  clusters: readonly ClusterConfig[],
  deps: {
    clock: Clock;
    logger: Logger;
    nodeGroups?: (cluster: ClusterConfig, deps: { logger: Logger }) => NodeGroups | undefined;
  },
): Promise<ConnectedClusters> {
  const accesses = await Promise.all(clusters.map((config) => createClusterAccess(config, deps)));
  return {
    clusters: new Map(
      accesses.map((access, i) => {
        const nodeGroups = deps.nodeGroups?.(clusters[i] as ClusterConfig, deps);
        return [access.cluster, { reader: access.reader, writer: access.writer, nodeGroups }];
      }),
    ),
    close: async () => {
      await Promise.all(accesses.map((access) => access.close()));
    },
  };
}
