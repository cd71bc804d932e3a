import { createHash, createHmac } from 'node:crypto';
import { ExternalServiceError, ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { type AwsCredentials, createEksToken, EKS_TOKEN_PREFIX, EksTokenProvider, stsHost } from './token.ts';

const CREDENTIALS: AwsCredentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const SIGNING_DATE = new Date('2026-03-04T05:06:07Z');

function decode(token: string): URL {
  expect(token.startsWith(EKS_TOKEN_PREFIX)).toBe(true);
  const encoded = token.slice(EKS_TOKEN_PREFIX.length);
  expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/); // base64url, no padding
  return new URL(Buffer.from(encoded, 'base64url').toString('utf8'));
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** SigV4 computed from the specification, independently of the signer under test. */
function expectedSignature(url: URL, cluster: string, secret: string, region: string): string {
  const params = [...url.searchParams.entries()].filter(([k]) => k !== 'X-Amz-Signature');
  const canonicalQuery = params
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [
    'GET',
    '/',
    canonicalQuery,
    `host:${url.host}\nx-k8s-aws-id:${cluster}\n`,
    'host;x-k8s-aws-id',
    sha256(''),
  ].join('\n');
  const amzDate = url.searchParams.get('X-Amz-Date') ?? '';
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${region}/sts/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), 'sts'), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

describe('createEksToken', () => {
  it('presigns STS GetCallerIdentity for the cluster the way aws eks get-token does', async () => {
    const { token, expiresAt } = await createEksToken({
      clusterName: 'prod-eu-1',
      region: 'eu-west-1',
      credentials: CREDENTIALS,
      signingDate: SIGNING_DATE,
    });

    const url = decode(token);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('sts.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/');
    const q = url.searchParams;
    expect(q.get('Action')).toBe('GetCallerIdentity');
    expect(q.get('Version')).toBe('2011-06-15');
    expect(q.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(q.get('X-Amz-Credential')).toBe('AKIDEXAMPLE/20260304/eu-west-1/sts/aws4_request');
    expect(q.get('X-Amz-Date')).toBe('20260304T050607Z');
    expect(q.get('X-Amz-Expires')).toBe('60');
    expect(q.get('X-Amz-SignedHeaders')).toBe('host;x-k8s-aws-id');
    expect(q.get('X-Amz-Security-Token')).toBeNull();
    expect(q.get('X-Amz-Signature')).toBe(
      expectedSignature(url, 'prod-eu-1', CREDENTIALS.secretAccessKey, 'eu-west-1'),
    );
    expect(expiresAt.toISOString()).toBe('2026-03-04T05:20:07.000Z');
  });

  it('is deterministic for fixed inputs and changes with the cluster name', async () => {
    const input = {
      clusterName: 'a',
      region: 'us-east-1',
      credentials: CREDENTIALS,
      signingDate: SIGNING_DATE,
    };
    const first = await createEksToken(input);
    const second = await createEksToken(input);
    const other = await createEksToken({ ...input, clusterName: 'b' });

    expect(second.token).toBe(first.token);
    expect(other.token).not.toBe(first.token);
  });

  it('carries the session token of temporary credentials and expires with them', async () => {
    const { token, expiresAt } = await createEksToken({
      clusterName: 'c',
      region: 'us-east-1',
      credentials: {
        ...CREDENTIALS,
        sessionToken: 'FwoGZX+/session==',
        expiration: new Date('2026-03-04T05:10:00Z'),
      },
      signingDate: SIGNING_DATE,
    });

    const url = decode(token);
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('FwoGZX+/session==');
    expect(url.searchParams.get('X-Amz-Signature')).toBe(
      expectedSignature(url, 'c', CREDENTIALS.secretAccessKey, 'us-east-1'),
    );
    expect(expiresAt.toISOString()).toBe('2026-03-04T05:10:00.000Z');
  });

  it('uses the China partition host for cn- regions', () => {
    expect(stsHost('cn-north-1')).toBe('sts.cn-north-1.amazonaws.com.cn');
    expect(stsHost('ap-south-2')).toBe('sts.ap-south-2.amazonaws.com');
  });
});

describe('EksTokenProvider', () => {
  function setup(credentials: () => Promise<AwsCredentials> = async () => CREDENTIALS) {
    const clock = new ManualClock(SIGNING_DATE);
    let calls = 0;
    const provider = new EksTokenProvider({
      clusterName: 'prod',
      region: 'eu-west-1',
      clock,
      credentials: () => {
        calls++;
        return credentials();
      },
    });
    return { clock, provider, calls: () => calls };
  }

  it('reuses a token until a minute before its 14-minute lifetime ends', async () => {
    const { clock, provider, calls } = setup();

    const first = await provider.token();
    clock.advance(12 * 60_000 + 59_000);
    const reused = await provider.token();
    clock.advance(1_000);
    const refreshed = await provider.token();

    expect(reused).toBe(first);
    expect(refreshed).not.toBe(first);
    expect(decode(refreshed).searchParams.get('X-Amz-Date')).toBe('20260304T051907Z');
    expect(calls()).toBe(2);
  });

  it('signs once for concurrent callers', async () => {
    const { provider, calls } = setup();

    const tokens = await Promise.all([provider.token(), provider.token(), provider.token()]);

    expect(new Set(tokens).size).toBe(1);
    expect(calls()).toBe(1);
  });

  it('refreshes early when the credentials expire before the token would', async () => {
    const { clock, provider } = setup(async () => ({
      ...CREDENTIALS,
      sessionToken: 'session',
      expiration: new Date(SIGNING_DATE.getTime() + 5 * 60_000),
    }));

    const first = await provider.token();
    clock.advance(4 * 60_000);
    const second = await provider.token();

    expect(second).not.toBe(first);
  });

  it('reports missing credentials as a non-retryable AWS error', async () => {
    const { provider } = setup(async () => {
      throw new Error('Could not load credentials from any providers');
    });

    const error = await provider.token().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).retryable).toBe(false);
    expect((error as Error).message).toContain('Could not load credentials');
  });
});
