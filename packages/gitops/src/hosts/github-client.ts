import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';

/** Where the GitHub host gets the token of each request from. */
export type GitHubTokenSource = () => Promise<string>;

/** The `Authorization` header value of a token (GitHub's `token` scheme). */
export async function githubAuthorization(token: string | GitHubTokenSource): Promise<string> {
  return `token ${typeof token === 'string' ? token : await token()}`;
}

/**
 * Octokit's core (requests by route, typed from GitHub's OpenAPI description) with pagination: the
 * enforcer calls about fifteen routes, and `@octokit/rest`'s method table for all of GitHub's
 * (about 80 KB) would ride along in every function that opens a pull request.
 */
export const Octokit = OctokitCore.plugin(paginateRest);
export type Octokit = InstanceType<typeof Octokit>;

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
