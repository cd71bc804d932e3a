import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Clock } from '@sre-agent/core';
import { ExternalServiceError } from '@sre-agent/core';

/** AWS credentials as the SDK's providers return them. */
export type AwsCredentials = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When temporary credentials stop working; a token signed with them dies with them. */
  expiration?: Date;
};
export type AwsCredentialsProvider = () => Promise<AwsCredentials>;

export const EKS_TOKEN_PREFIX = 'k8s-aws-v1.';
/** The header that binds a token to one cluster; aws-iam-authenticator checks it. */
export const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
/** `X-Amz-Expires` of the presigned URL, as `aws eks get-token` sets it. */
export const PRESIGN_EXPIRES_SECONDS = 60;
/** The authenticator accepts a token for 15 minutes after signing; we count 14, like `aws eks get-token`. */
export const TOKEN_LIFETIME_MS = 14 * 60_000;
/** Refresh this long before a cached token would expire, so no request carries a dying token. */
export const TOKEN_REFRESH_MARGIN_MS = 60_000;

/** The regional STS endpoint host (China partitions live under amazonaws.com.cn). */
export function stsHost(region: string): string {
  return `sts.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
}

/** RFC 3986 query encoding, the same escaping SigV4 canonicalises with. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export type EksToken = { token: string /** When the token must no longer be used. */; expiresAt: Date };

/**
 * Makes a bearer token for an EKS cluster exactly as `aws eks get-token` does: a SigV4
 * query-presigned STS `GetCallerIdentity` URL (signed header `x-k8s-aws-id: <cluster>`,
 * `X-Amz-Expires=60`), base64url-encoded without padding behind `k8s-aws-v1.`.
 * Deterministic for fixed credentials and `signingDate`.
 */
export async function createEksToken(input: {
  clusterName: string;
  region: string;
  credentials: AwsCredentials;
  signingDate: Date;
}): Promise<EksToken> {
  const { clusterName, region, credentials, signingDate } = input;
  const hostname = stsHost(region);
  const request = new HttpRequest({
    method: 'GET',
    protocol: 'https:',
    hostname,
    path: '/',
    query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
    headers: { host: hostname, [CLUSTER_ID_HEADER]: clusterName },
  });
  const signer = new SignatureV4({ service: 'sts', region, credentials, sha256: Sha256 });
  const signed = await signer.presign(request, { expiresIn: PRESIGN_EXPIRES_SECONDS, signingDate });
  const query = Object.entries(signed.query ?? {})
    .flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value])
        .filter((v) => v != null)
        .map((v) => `${encode(key)}=${encode(v)}`),
    )
    .join('&');
  const url = `https://${hostname}/?${query}`;
  const lifetimeEnd = signingDate.getTime() + TOKEN_LIFETIME_MS;
  const credentialEnd = credentials.expiration?.getTime() ?? Number.POSITIVE_INFINITY;
  return {
    token: EKS_TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url'),
    expiresAt: new Date(Math.min(lifetimeEnd, credentialEnd)),
  };
}

/**
 * Hands out EKS bearer tokens, reusing one until shortly before it expires. Concurrent callers
 * share one signing. Time comes from the injected clock.
 */
export class EksTokenProvider {
  readonly #clusterName: string;
  readonly #region: string;
  readonly #credentials: AwsCredentialsProvider;
  readonly #clock: Clock;
  readonly #marginMs: number;
  #cached: EksToken | undefined;
  #pending: Promise<EksToken> | undefined;

  constructor(options: {
    clusterName: string;
    region: string;
    credentials: AwsCredentialsProvider;
    clock: Clock;
    refreshMarginMs?: number;
  }) {
    this.#clusterName = options.clusterName;
    this.#region = options.region;
    this.#credentials = options.credentials;
    this.#clock = options.clock;
    this.#marginMs = options.refreshMarginMs ?? TOKEN_REFRESH_MARGIN_MS;
  }

  /** A token valid for at least the refresh margin. */
  async token(): Promise<string> {
    const now = this.#clock.now().getTime();
    if (this.#cached && now < this.#cached.expiresAt.getTime() - this.#marginMs) return this.#cached.token;
    this.#pending ??= this.#refresh().finally(() => {
      this.#pending = undefined;
    });
    return (await this.#pending).token;
  }

  async #refresh(): Promise<EksToken> {
    let credentials: AwsCredentials;
    try {
      credentials = await this.#credentials();
    } catch (error) {
      throw new ExternalServiceError(
        'aws',
        `no AWS credentials to sign the EKS token for cluster ${this.#clusterName}: ${(error as Error).message}`,
        false,
        { cause: error },
      );
    }
    const token = await createEksToken({
      clusterName: this.#clusterName,
      region: this.#region,
      credentials,
      signingDate: this.#clock.now(),
    });
    this.#cached = token;
    return token;
  }
}
