import { Octokit } from '@octokit/rest';
import type { GitHubTokenSource } from './github-app-token.ts';

/** The `Authorization` header value of a token (GitHub's `token` scheme). */
export async function githubAuthorization(token: string | GitHubTokenSource): Promise<string> {
  return `token ${typeof token === 'string' ? token : await token()}`;
}

/**
 * The Octokit client of the enforcer: a fixed token, or one fetched for each request from a token
 * source (a GitHub App's installation tokens, renewed); no retries (a sweep runs again tomorrow).
 */
export function githubOctokit(options: { token: string | GitHubTokenSource; baseUrl?: string }): Octokit {
  const { token } = options;
  const octokit = new Octokit({
    ...(typeof token === 'string' ? { auth: token } : {}),
    userAgent: 'sre-agent-gitops',
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    request: { retries: 0 },
  });
  if (typeof token !== 'string')
    octokit.hook.before('request', async (request) => {
      request.headers.authorization = await githubAuthorization(token);
    });
  return octokit;
}
