import type { User } from '@kubernetes/client-node';
import { KubeConfig } from '../client-node.ts';
import type { EksClusterEndpoint } from './describe-cluster.ts';
import type { EksTokenProvider } from './token.ts';

/** The auth-provider name our kubeconfig user carries, so that only our authenticator handles it. */
export const EKS_AUTH_PROVIDER = 'sre-agent-eks-token';

type Authenticator = Parameters<KubeConfig['addAuthenticator']>[0];

/** Puts a fresh EKS bearer token on every request of users marked with `EKS_AUTH_PROVIDER`. */
export class EksTokenAuthenticator implements Authenticator {
  readonly #tokens: EksTokenProvider;

  constructor(tokens: EksTokenProvider) {
    this.#tokens = tokens;
  }

  isAuthProvider(user: User): boolean {
    return (user.authProvider as { name?: unknown } | undefined)?.name === EKS_AUTH_PROVIDER;
  }

  async applyAuthentication(_user: User, options: Parameters<Authenticator['applyAuthentication']>[1]) {
    const token = await this.#tokens.token();
    options.headers = { ...(options.headers ?? {}), Authorization: `Bearer ${token}` };
  }
}

/**
 * An in-memory kubeconfig for an EKS cluster: endpoint and CA from DescribeCluster, and a user
 * whose token comes from `tokens` (refreshed before expiry) instead of an `aws eks get-token` exec.
 */
export function eksKubeConfig(cluster: EksClusterEndpoint, tokens: EksTokenProvider): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [
      { name: cluster.name, server: cluster.endpoint, caData: cluster.caData, skipTLSVerify: false },
    ],
    users: [{ name: 'sre-agent', authProvider: { name: EKS_AUTH_PROVIDER, config: {} } }],
    contexts: [{ name: cluster.name, cluster: cluster.name, user: 'sre-agent' }],
    currentContext: cluster.name,
  });
  kubeConfig.addAuthenticator(new EksTokenAuthenticator(tokens));
  return kubeConfig;
}
