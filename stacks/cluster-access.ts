import type { EksCluster } from './deploy-config.ts';
import { FUNCTIONS, type FunctionName } from './manifest.ts';

const pascal = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');

/**
 * EKS access entries: each function's role joins the Kubernetes groups its manifest entry names
 * (deploy/rbac binds them to ClusterRoles) in every configured EKS cluster, in the cluster's region.
 * The clusters must use the `API` or `API_AND_CONFIG_MAP` authentication mode.
 */
export function createClusterAccess(
  functions: Record<FunctionName, sst.aws.Function>,
  clusters: EksCluster[],
) {
  const providers = new Map<string, aws.Provider>();
  const providerFor = (region: string) => {
    let provider = providers.get(region);
    if (!provider) {
      provider = new aws.Provider(`Aws${pascal(region)}`, { region: region as aws.Region });
      providers.set(region, provider);
    }
    return provider;
  };
  const entries: aws.eks.AccessEntry[] = [];
  for (const cluster of clusters) {
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const spec = FUNCTIONS[name];
      if (spec.kubernetesGroups.length === 0) continue;
      entries.push(
        new aws.eks.AccessEntry(
          `${spec.id}Access${pascal(cluster.name)}`,
          {
            clusterName: cluster.name,
            principalArn: functions[name].nodes.role.arn,
            kubernetesGroups: [...spec.kubernetesGroups],
            type: 'STANDARD',
          },
          { provider: providerFor(cluster.region) },
        ),
      );
    }
  }
  return entries;
}
