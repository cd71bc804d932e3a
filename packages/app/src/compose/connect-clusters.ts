import type { Clock, ClusterConfig, Logger } from '@sre-agent/core';
import type { ClusterHandles } from '@sre-agent/healing';
import { createClusterAccess } from '@sre-agent/kube';

/** Connects to every configured cluster (EKS, kubeconfig or in-cluster); a bad one fails start-up clearly. */
export async function connectClusters(
  clusters: readonly ClusterConfig[],
  deps: { clock: Clock; logger: Logger },
): Promise<Map<string, ClusterHandles>> {
  const connected = await Promise.all(
    clusters.map(async (config) => {
      const access = await createClusterAccess(config, deps);
      return [config.name, { reader: access.reader, writer: access.writer }] as const;
    }),
  );
  return new Map(connected);
}
