import { EKSClient } from '@aws-sdk/client-eks';
import {
  ConfigError,
  ExternalServiceError,
  ForbiddenError,
  InMemoryLogger,
  ManualClock,
} from '@sre-agent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClusterAccess } from '../src/access.ts';
import { describeEksCluster } from '../src/eks/describe-cluster.ts';
import { FakeApiServer, list } from './support/fake-apiserver.ts';
import { selfSignedCertificate } from './support/tls.ts';

const CREDENTIALS = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' };

let eks: FakeApiServer;
let apiserver: FakeApiServer;
let cert: string;

beforeAll(async () => {
  const tls = selfSignedCertificate();
  cert = tls.cert;
  eks = await FakeApiServer.start();
  apiserver = await FakeApiServer.start({ tls });
});
afterAll(async () => {
  await eks.close();
  await apiserver.close();
});

/** The EKS REST wire format: GET /clusters/<name> → {cluster}; errors carry x-amzn-errortype. */
function describeAnswer(endpoint: string) {
  return {
    body: {
      cluster: {
        name: 'prod-eu',
        arn: 'arn:aws:eks:eu-west-1:123456789012:cluster/prod-eu',
        version: '1.33',
        status: 'ACTIVE',
        endpoint,
        certificateAuthority: { data: Buffer.from(cert).toString('base64') },
        accessConfig: { authenticationMode: 'API' },
      },
    },
  };
}

function eksError(status: number, type: string, message: string) {
  return { status, headers: { 'x-amzn-errortype': type }, body: { message } };
}

function client() {
  return new EKSClient({ region: 'eu-west-1', endpoint: eks.url, credentials: CREDENTIALS, maxAttempts: 1 });
}

describe('describeEksCluster through the real EKS client', () => {
  it('returns endpoint and CA from a SigV4-signed GET /clusters/<name>', async () => {
    eks.on('GET', '/clusters/prod-eu', describeAnswer('https://ABC.gr7.eu-west-1.eks.amazonaws.com'));

    const cluster = await describeEksCluster(client(), 'prod-eu');

    expect(cluster).toEqual({
      name: 'prod-eu',
      endpoint: 'https://ABC.gr7.eu-west-1.eks.amazonaws.com',
      caData: Buffer.from(cert).toString('base64'),
      status: 'ACTIVE',
      version: '1.33',
    });
    const [request] = eks.requestsTo('GET', '/clusters/prod-eu');
    expect(String(request?.headers.authorization)).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-west-1\/eks\/aws4_request/,
    );
  });

  it('reports an unknown cluster as a configuration mistake', async () => {
    eks.on(
      'GET',
      '/clusters/nope',
      eksError(404, 'ResourceNotFoundException', 'No cluster found for name: nope.'),
    );

    const error = await describeEksCluster(client(), 'nope').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('EKS cluster "nope" does not exist in eu-west-1');
  });

  it('names the missing IAM permission on AccessDenied', async () => {
    eks.on('GET', '/clusters/secret', eksError(403, 'AccessDeniedException', 'not authorized'));

    const error = await describeEksCluster(client(), 'secret').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toContain('eks:DescribeCluster');
  });

  it('marks server errors retryable and a cluster without an endpoint as not ready', async () => {
    eks.on('GET', '/clusters/flaky', eksError(500, 'ServerException', 'internal'));
    eks.on('GET', '/clusters/creating', { body: { cluster: { name: 'creating', status: 'CREATING' } } });

    const flaky = await describeEksCluster(client(), 'flaky').catch((e: unknown) => e);
    const creating = await describeEksCluster(client(), 'creating').catch((e: unknown) => e);

    expect(flaky).toBeInstanceOf(ExternalServiceError);
    expect((flaky as ExternalServiceError).retryable).toBe(true);
    expect(creating).toBeInstanceOf(ExternalServiceError);
    expect((creating as Error).message).toContain('no usable endpoint');
  });
});

describe('createClusterAccess for an EKS cluster', () => {
  it('talks TLS to the endpoint with the cluster CA and a bearer token it refreshes before expiry', async () => {
    eks.on('GET', '/clusters/prod-eu', describeAnswer(apiserver.url));
    apiserver.on('GET', '/api/v1/namespaces', list('NamespaceList', [{ metadata: { name: 'shop' } }]));
    const clock = new ManualClock('2026-05-01T10:00:00Z');

    const access = await createClusterAccess(
      {
        name: 'prod',
        defaultMode: 'observe',
        nodes: 'observe',
        namespaces: {},
        eks: { name: 'prod-eu', region: 'eu-west-1' },
      },
      {
        clock,
        logger: new InMemoryLogger(),
        aws: { credentials: async () => CREDENTIALS, eksEndpoint: eks.url },
      },
    );
    const namespaces = await access.reader.listNamespaces();
    await access.reader.listNamespaces();
    clock.advance(13 * 60_000);
    await access.reader.listNamespaces();

    expect(access.cluster).toBe('prod');
    expect(namespaces.map((n) => n.metadata?.name)).toEqual(['shop']);
    const tokens = apiserver
      .requestsTo('GET', '/api/v1/namespaces')
      .map((r) => String(r.headers.authorization).replace(/^Bearer /, ''));
    expect(tokens).toHaveLength(3);
    expect(tokens[1]).toBe(tokens[0]);
    expect(tokens[2]).not.toBe(tokens[0]);
    const presigned = new URL(
      Buffer.from((tokens[0] ?? '').slice('k8s-aws-v1.'.length), 'base64url').toString(),
    );
    expect(presigned.host).toBe('sts.eu-west-1.amazonaws.com');
    expect(presigned.searchParams.get('X-Amz-Date')).toBe('20260501T100000Z');
    expect(presigned.searchParams.get('X-Amz-Credential')).toBe(
      'AKIDTEST/20260501/eu-west-1/sts/aws4_request',
    );
  });

  it('reports an unreadable kubeconfig file as a configuration error', async () => {
    const error = await createClusterAccess(
      {
        name: 'x',
        defaultMode: 'observe',
        nodes: 'observe',
        namespaces: {},
        kubeconfig: { path: '/nonexistent/kubeconfig' },
      },
      { clock: new ManualClock(), logger: new InMemoryLogger() },
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigError);
  });

  it('refuses in-cluster access outside a pod with a clear reason', async () => {
    const error = await createClusterAccess(
      { name: 'x', defaultMode: 'observe', nodes: 'observe', namespaces: {}, inCluster: true },
      { clock: new ManualClock(), logger: new InMemoryLogger(), env: {} },
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('not running in a pod');
  });
});
