import { createPrivateKey, createSign, type KeyObject } from 'node:crypto';
import type { Clock } from '@sre-agent/core';
import { ConfigError, ExternalServiceError, lazySchema } from '@sre-agent/core';
import * as z from 'zod';
import { type GitHubTokenSource, Octokit } from './github-client.ts';

export type { GitHubTokenSource } from './github-client.ts';

export type GitHubAppCredentials = {
  /** The app's id or its client id (both are accepted as the JWT's `iss`). */
  appId: string;
  installationId: number;
  /** The app's private key (PEM, PKCS#1 as GitHub hands it out, or PKCS#8). */
  privateKey: string;
  /**
   * The one repository (its name, without the owner) the token may touch; without it the token
   * reaches every repository the app is installed on.
   */
  repository?: string;
  /** API root; GitHub Enterprise Server or a local server in tests. */
  baseUrl?: string;
  clock: Clock;
};

/**
 * What the enforcer does with a token, and no more: commits and branches (`contents`), pull
 * requests, and labels (`issues`). GitHub refuses a request for more than the app was granted.
 */
export const INSTALLATION_TOKEN_PERMISSIONS = {
  contents: 'write',
  pull_requests: 'write',
  issues: 'write',
} as const;

/** A token is taken for expired this long before GitHub says it expires (clock skew, long sweeps). */
const REFRESH_BEFORE_MS = 5 * 60_000;

const InstallationTokenSchema = lazySchema(() =>
  z.looseObject({ token: z.string().min(1).max(1000), expires_at: z.iso.datetime({ offset: true }) }),
);

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/**
 * The JWT a GitHub App authenticates as itself with (RS256): issued 60 s in the past against
 * clock drift, expiring 9 minutes later (GitHub refuses more than 10), `iss` the app.
 */
export function githubAppJwt(appId: string, key: KeyObject, now: Date): string {
  const iat = Math.floor(now.getTime() / 1000) - 60;
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ iat, exp: iat + 60 + 9 * 60, iss: appId }));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
  return `${header}.${payload}.${base64url(signature)}`;
}

/**
 * GitHub App installation tokens as the GitHub host's credentials: a JWT signed with the app's
 * private key is exchanged at `POST /app/installations/{id}/access_tokens` for a token that lasts
 * an hour, narrowed to the configured repository and to what the enforcer needs; it is reused until
 * five minutes before it expires, then exchanged again.
 */
export function githubAppTokenSource(credentials: GitHubAppCredentials): GitHubTokenSource {
  let key: KeyObject;
  try {
    key = createPrivateKey(credentials.privateKey);
  } catch (error) {
    throw new ConfigError(
      'GITHUB_APP_PRIVATE_KEY is not a PEM private key (the .pem file GitHub gives an app)',
      {
        cause: error,
      },
    );
  }
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const exchange = async (): Promise<string> => {
    const jwt = githubAppJwt(credentials.appId, key, credentials.clock.now());
    const octokit = new Octokit({
      auth: jwt,
      userAgent: 'sre-agent-gitops',
      ...(credentials.baseUrl ? { baseUrl: credentials.baseUrl } : {}),
      request: { retries: 0 },
    });
    let data: unknown;
    try {
      ({ data } = await octokit.request('POST /app/installations/{installation_id}/access_tokens', {
        installation_id: credentials.installationId,
        permissions: INSTALLATION_TOKEN_PERMISSIONS,
        ...(credentials.repository ? { repositories: [credentials.repository] } : {}),
      }));
    } catch (error) {
      const status = (error as { status?: number }).status;
      throw new ExternalServiceError(
        'github',
        `installation token for installation ${credentials.installationId} failed${status ? ` (${status})` : ''}`,
        status === undefined || status >= 500 || status === 429,
        { cause: error },
      );
    }
    const parsed = InstallationTokenSchema.safeParse(data);
    if (!parsed.success)
      throw new ExternalServiceError('github', 'installation token response is not a token', false);
    cached = { token: parsed.data.token, expiresAt: Date.parse(parsed.data.expires_at) };
    return parsed.data.token;
  };
  return async () => {
    if (cached && credentials.clock.now().getTime() < cached.expiresAt - REFRESH_BEFORE_MS)
      return cached.token;
    pending ??= exchange().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
