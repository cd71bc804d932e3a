import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EKSClient } from '@aws-sdk/client-eks';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { Middleware } from '@kubernetes/client-node';
import { type Clock, type ClusterConfig, ConfigError, type Logger, systemClock } from '@sre-agent/core';
import { createKubeApis, SharedDispatcher } from './apis.ts';
import { KubeCaller } from './call.ts';
import { KubeConfig } from './client-node.ts';
import type { DrainPolicy } from './drain.ts';
import { describeEksCluster } from './eks/describe-cluster.ts';
import { eksKubeConfig } from './eks/kubeconfig.ts';
import { type AwsCredentialsProvider, EksTokenProvider } from './eks/token.ts';
import { KubernetesClusterReader } from './reader.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, type Sleep } from './retry.ts';
import { KubernetesClusterWriter } from './writer.ts';

/** Read and write access to one cluster. Give `reader` to diagnosis; `writer` only to remediation. */
export type ClusterAccess = {
  cluster: string;
  reader: KubernetesClusterReader;
  writer: KubernetesClusterWriter;
  /** The connection settings in use (e.g. to export for kubectl in a sandbox). */
  kubeConfig: KubeConfig;
  /** Closes pooled connections; the access must not be used afterwards. */
  close(): Promise<void>;
};

export type ClusterAccessDeps = {
  clock: Clock;
  logger: Logger;
  /**
   * Waits between retries. Defaults to real time (`setTimeout`), not `clock.sleep`: retries wait
   * for a real server to recover, and a ManualClock (sandbox, tests) would never wake them.
   * Tests inject a sleep that records and returns at once.
   */
  sleep?: Sleep;
  retry?: Partial<RetryPolicy>;
  /** Items per list request (default 500). */
  pageSize?: number;
  /** In [0, 1), spreads retries; defaults to none for determinism. */
  random?: () => number;
  /** Extra client middleware on every request (e.g. counting requests in a benchmark). */
  middleware?: Middleware[];
  drain?: Partial<DrainPolicy>;
  conflictAttempts?: number;
  /** EKS only: AWS credentials (default: the SDK's node provider chain) and client overrides. */
  aws?: {
    credentials?: AwsCredentialsProvider;
    /** An EKS API endpoint other than AWS's (tests, VPC endpoints). */
    eksEndpoint?: string;
  };
  /** Environment for kubeconfig discovery (default `process.env`). */
  env?: NodeJS.ProcessEnv;
};

/**
 * Builds reader and writer from a kubeconfig already loaded; the other factories end here.
 */
export function accessFromKubeConfig(
  cluster: string,
  kubeConfig: KubeConfig,
  deps: ClusterAccessDeps,
): ClusterAccess {
  const dispatcher = new SharedDispatcher(kubeConfig);
  const apis = createKubeApis(kubeConfig, {
    dispatcher,
    ...(deps.middleware ? { middleware: deps.middleware } : {}),
  });
  const logger = deps.logger.child({ cluster });
  const caller = new KubeCaller({
    clock: deps.clock,
    sleep: deps.sleep ?? ((ms) => systemClock.sleep(ms)),
    logger,
    policy: { ...DEFAULT_RETRY_POLICY, ...deps.retry },
    ...(deps.random ? { random: deps.random } : {}),
  });
  const reader = new KubernetesClusterReader({
    cluster,
    apis,
    caller,
    ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
  });
  const writer = new KubernetesClusterWriter({
    cluster,
    apis,
    caller,
    reader,
    clock: deps.clock,
    logger,
    ...(deps.drain ? { drain: deps.drain } : {}),
    ...(deps.conflictAttempts ? { conflictAttempts: deps.conflictAttempts } : {}),
  });
  return { cluster, reader, writer, kubeConfig, close: () => dispatcher.close() };
}

function selectContext(kubeConfig: KubeConfig, context: string | undefined, source: string): void {
  if (context === undefined) {
    if (!kubeConfig.getCurrentContext()) {
      throw new ConfigError(`${source} has no current-context; set clusters[].kubeconfig.context`);
    }
    return;
  }
  if (!kubeConfig.getContextObject(context)) {
    const known = kubeConfig.getContexts().map((c) => c.name);
    throw new ConfigError(
      `${source} has no context "${context}"; it has: ${known.length ? known.join(', ') : 'none'}`,
    );
  }
  kubeConfig.setCurrentContext(context);
}

/**
 * Access through a kubeconfig given as YAML text (e.g. the sandbox's) or a file path, using
 * `context` or the file's current context.
 * @example
 * const { reader } = createClusterAccessFromKubeconfig({ name: 'sandbox', kubeconfig: sandbox.kubeconfig() }, deps);
 */
export function createClusterAccessFromKubeconfig(
  source: { name: string; context?: string } & ({ kubeconfig: string } | { path: string }),
  deps: ClusterAccessDeps,
): ClusterAccess {
  const kubeConfig = new KubeConfig();
  const where = 'path' in source ? `kubeconfig ${source.path}` : 'kubeconfig';
  try {
    if ('path' in source) kubeConfig.loadFromFile(source.path);
    else kubeConfig.loadFromString(source.kubeconfig);
  } catch (error) {
    throw new ConfigError(`${where} could not be loaded: ${(error as Error).message}`, { cause: error });
  }
  selectContext(kubeConfig, source.context, where);
  rejectUnbundledFeatures(kubeConfig, where);
  return accessFromKubeConfig(source.name, kubeConfig, deps);
}

/**
 * The client's features that the functions do not carry (`stacks/esbuild-plugins.mjs` leaves their
 * libraries out of the bundles): a SOCKS proxy in front of the API server, and the `gcp` and `azure`
 * auth-provider plugins, which Kubernetes itself removed in 1.26. Refused at start-up, the same way
 * in a Lambda function and on a laptop, with what to use instead.
 */
function rejectUnbundledFeatures(kubeConfig: KubeConfig, source: string): void {
  const cluster = kubeConfig.getCurrentCluster();
  // As the client decides (`proxyUrl.startsWith('socks')`); the URL may carry credentials: not quoted.
  if (cluster?.proxyUrl?.toLowerCase().startsWith('socks')) {
    throw new ConfigError(
      `${source}: cluster ${cluster.name} is reached through a SOCKS proxy, which the agent does not support; use an HTTP(S) proxy-url or a direct route to the API server`,
    );
  }
  const user = kubeConfig.getCurrentUser();
  const provider = user?.authProvider?.name;
  if (provider === 'gcp' || provider === 'azure') {
    throw new ConfigError(
      `${source}: user ${user?.name} signs in with the ${provider} auth-provider plugin, which the agent does not support (Kubernetes removed it in 1.26); use an exec credential plugin or a token`,
    );
  }
}

function defaultKubeconfigPath(env: NodeJS.ProcessEnv): string {
  const fromEnv = env.KUBECONFIG?.split(':').find((p) => p !== '');
  const path = fromEnv ?? join(env.HOME ?? homedir(), '.kube', 'config');
  if (!existsSync(path)) {
    throw new ConfigError(
      `no kubeconfig at ${path}; set clusters[].kubeconfig.path, or KUBECONFIG, or use eks / inCluster`,
    );
  }
  return path;
}

/**
 * Access to a configured cluster: EKS (DescribeCluster for endpoint and CA, STS-presigned token
 * refreshed before expiry), a kubeconfig context, or the pod's in-cluster service account.
 */
export async function createClusterAccess(
  config: ClusterConfig,
  deps: ClusterAccessDeps,
): Promise<ClusterAccess> {
  if (config.eks) {
    const { name, region } = config.eks;
    const credentials = deps.aws?.credentials ?? defaultProvider();
    const client = new EKSClient({
      region,
      credentials,
      ...(deps.aws?.eksEndpoint ? { endpoint: deps.aws.eksEndpoint } : {}),
    });
    try {
      const endpoint = await describeEksCluster(client, name);
      const tokens = new EksTokenProvider({ clusterName: name, region, credentials, clock: deps.clock });
      return accessFromKubeConfig(config.name, eksKubeConfig(endpoint, tokens), deps);
    } finally {
      client.destroy();
    }
  }
  if (config.kubeconfig) {
    const path = config.kubeconfig.path ?? defaultKubeconfigPath(deps.env ?? process.env);
    return createClusterAccessFromKubeconfig(
      {
        name: config.name,
        path,
        ...(config.kubeconfig.context ? { context: config.kubeconfig.context } : {}),
      },
      deps,
    );
  }
  const env = deps.env ?? process.env;
  if (!env.KUBERNETES_SERVICE_HOST || !env.KUBERNETES_SERVICE_PORT) {
    throw new ConfigError(
      `cluster ${config.name} is inCluster but KUBERNETES_SERVICE_HOST/PORT are not set: the agent is not running in a pod`,
    );
  }
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromCluster();
  return accessFromKubeConfig(config.name, kubeConfig, deps);
}
