import { DescribeClusterCommand, type EKSClient } from '@aws-sdk/client-eks';
import { ConfigError, ExternalServiceError, ForbiddenError, redactText } from '@sre-agent/core';
import * as z from 'zod';

/** What the agent needs to reach an EKS cluster's API server. */
export type EksClusterEndpoint = {
  name: string;
  /** `https://….eks.amazonaws.com` */
  endpoint: string;
  /** Base64 PEM of the cluster CA, as a kubeconfig's `certificate-authority-data`. */
  caData: string;
  status: string | undefined;
  version: string | undefined;
};

const DescribeClusterOutputSchema = z.object({
  cluster: z.object({
    name: z.string().optional(),
    endpoint: z.url({ message: 'cluster.endpoint is not a URL (is the cluster still being created?)' }),
    certificateAuthority: z.object({ data: z.string().min(1, 'cluster.certificateAuthority.data is empty') }),
    status: z.string().optional(),
    version: z.string().optional(),
  }),
});

type AwsError = Error & { $retryable?: unknown; $metadata?: { httpStatusCode?: number } };

/**
 * `DescribeCluster` for endpoint and CA. A missing cluster is a configuration mistake; missing
 * IAM permission is `ForbiddenError` naming `eks:DescribeCluster`; AWS failures are retryable
 * when AWS says so.
 */
export async function describeEksCluster(client: EKSClient, name: string): Promise<EksClusterEndpoint> {
  let output: unknown;
  try {
    output = await client.send(new DescribeClusterCommand({ name }));
  } catch (error) {
    const err = error as AwsError;
    const region = await client.config.region().catch(() => 'its region');
    if (err.name === 'ResourceNotFoundException') {
      throw new ConfigError(
        `EKS cluster "${name}" does not exist in ${region}; check clusters[].eks.name and region`,
        {
          cause: error,
        },
      );
    }
    if (err.name === 'AccessDeniedException' || err.$metadata?.httpStatusCode === 403) {
      throw new ForbiddenError(
        `IAM forbids eks:DescribeCluster on cluster "${name}" for the agent's role: grant it in the stack's IAM policy`,
        { cause: error },
      );
    }
    const status = err.$metadata?.httpStatusCode;
    const retryable = Boolean(err.$retryable) || status === undefined || status === 429 || status >= 500;
    throw new ExternalServiceError(
      'eks',
      `DescribeCluster ${name} failed: ${redactText(err.message)}`,
      retryable,
      {
        cause: error,
      },
    );
  }
  const parsed = DescribeClusterOutputSchema.safeParse(output);
  if (!parsed.success) {
    throw new ExternalServiceError(
      'eks',
      `DescribeCluster ${name} returned no usable endpoint: ${z.prettifyError(parsed.error)}`,
      true,
      { cause: parsed.error },
    );
  }
  const { cluster } = parsed.data;
  return {
    name: cluster.name ?? name,
    endpoint: cluster.endpoint,
    caData: cluster.certificateAuthority.data,
    status: cluster.status,
    version: cluster.version,
  };
}
