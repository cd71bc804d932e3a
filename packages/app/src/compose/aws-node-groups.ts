import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import type { ClusterConfig, Logger } from '@sre-agent/core';
import { AutoScalingNodeGroups, type NodeGroups } from '@sre-agent/healing';

/**
 * The node groups of an EKS cluster (`clusters[].eks`): its managed node groups through EC2 Auto
 * Scaling in the cluster's region. Clusters reached by kubeconfig or in-cluster name no region
 * and no EKS cluster name, so no node of theirs is ever replaced.
 */
export function awsNodeGroups(cluster: ClusterConfig, deps: { logger: Logger }): NodeGroups | undefined {
  if (!cluster.eks) return undefined;
  return new AutoScalingNodeGroups({
    client: new AutoScalingClient({ region: cluster.eks.region }),
    clusterName: cluster.eks.name,
    logger: deps.logger,
  });
}
