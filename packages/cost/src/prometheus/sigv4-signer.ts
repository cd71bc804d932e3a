import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { RequestSigner } from './prometheus-http-client.ts';

/** AWS credentials as the SDK's providers return them. */
export type SigningCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * Signs Prometheus API requests for Amazon Managed Service for Prometheus (service `aps`) with
 * SigV4, the AWS SDK's own signer. `now` is injected so a signature is reproducible in tests.
 * @example
 * const signer = sigV4Signer({ region: 'eu-west-1', credentials: fromNodeProviderChain() });
 */
export function sigV4Signer(options: {
  region: string;
  credentials: () => Promise<SigningCredentials>;
  service?: string;
  now?: () => Date;
}): RequestSigner {
  const signer = new SignatureV4({
    service: options.service ?? 'aps',
    region: options.region,
    credentials: options.credentials,
    sha256: Sha256,
  });
  return async ({ method, url, headers, body }) => {
    const request = new HttpRequest({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...headers, host: url.host },
      body,
    });
    const signed = await signer.sign(request, options.now ? { signingDate: options.now() } : {});
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(signed.headers))
      if (name !== 'host') out[name] = String(value);
    return out;
  };
}
