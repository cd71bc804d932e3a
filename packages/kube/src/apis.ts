import {
  AppsV1Api,
  AutoscalingV1Api,
  BatchV1Api,
  CoreV1Api,
  createConfiguration,
  type KubeConfig,
  type Middleware,
  NetworkingV1Api,
  PolicyV1Api,
  ServerConfiguration,
} from '@kubernetes/client-node';
import { ConfigError } from '@sre-agent/core';

/** The typed API groups the adapters use, all bound to one cluster and identity. */
export type KubeApis = {
  core: CoreV1Api;
  apps: AppsV1Api;
  batch: BatchV1Api;
  networking: NetworkingV1Api;
  policy: PolicyV1Api;
  autoscaling: AutoscalingV1Api;
};

/**
 * Builds the API clients for the current context of `kubeConfig`. Unlike `makeApiClient`, it
 * accepts extra client middleware (e.g. request counting, a user agent).
 */
export function createKubeApis(
  kubeConfig: KubeConfig,
  options: { middleware?: Middleware[]; userAgent?: string } = {},
): KubeApis {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) {
    throw new ConfigError(
      `kubeconfig context "${kubeConfig.getCurrentContext()}" names no cluster; check its contexts and clusters`,
    );
  }
  const userAgent = options.userAgent ?? 'sre-agent';
  const configuration = createConfiguration({
    baseServer: new ServerConfiguration(cluster.server, {}),
    authMethods: { default: kubeConfig },
    promiseMiddleware: [
      {
        pre: async (context) => {
          context.setHeaderParam('User-Agent', userAgent);
          return context;
        },
        post: async (context) => context,
      },
      ...(options.middleware ?? []),
    ],
  });
  return {
    core: new CoreV1Api(configuration),
    apps: new AppsV1Api(configuration),
    batch: new BatchV1Api(configuration),
    networking: new NetworkingV1Api(configuration),
    policy: new PolicyV1Api(configuration),
    autoscaling: new AutoscalingV1Api(configuration),
  };
}
