import type { Clock, LoadedConfig } from '@sre-agent/core';
import { ConfigError } from '@sre-agent/core';
import type { GitHubTokenSource } from '@sre-agent/gitops';

type GitopsHosts = Pick<
  typeof import('@sre-agent/gitops'),
  'GitHubGitHost' | 'LocalGitHost' | 'githubAppTokenSource'
>;

/**
 * The credentials of `integrations.github`: a GitHub App's installation tokens when `app` is set
 * (minted from `GITHUB_APP_PRIVATE_KEY`), else `GITHUB_TOKEN`; undefined when neither is there.
 */
export function githubToken(
  gitops: GitopsHosts,
  loaded: LoadedConfig,
  clock: Clock,
): string | GitHubTokenSource | undefined {
  const github = loaded.config.integrations.github;
  if (!github) return undefined;
  if (github.app) {
    const privateKey = loaded.secrets.GITHUB_APP_PRIVATE_KEY;
    if (!privateKey)
      throw new ConfigError(
        'integrations.github.app is set but GITHUB_APP_PRIVATE_KEY is not: set the app’s private key (PEM), or remove `app` to use GITHUB_TOKEN',
      );
    return gitops.githubAppTokenSource({
      appId: github.app.appId,
      installationId: github.app.installationId,
      privateKey,
      // `integrations.github.repo` is `owner/name`: the token reaches that repository only.
      repository: github.repo.slice(github.repo.indexOf('/') + 1),
      clock,
      ...(github.apiUrl ? { baseUrl: github.apiUrl } : {}),
    });
  }
  return loaded.secrets.GITHUB_TOKEN;
}

/** The GitHub host of `integrations.github` with these credentials. */
export function githubGitHost(
  gitops: GitopsHosts,
  github: NonNullable<LoadedConfig['config']['integrations']['github']>,
  token: string | GitHubTokenSource,
  clock: Clock,
): InstanceType<GitopsHosts['GitHubGitHost']> {
  return new gitops.GitHubGitHost({
    repo: github.repo,
    baseBranch: github.baseBranch,
    token,
    clock,
    closedCooldownDays: github.closedCooldownDays,
    ...(github.apiUrl ? { baseUrl: github.apiUrl } : {}),
  });
}

/**
 * Where proposals go: GitHub when `integrations.github` has credentials (a token or an app),
 * otherwise the checkout itself (a branch and a description file per proposal).
 */
export function configuredGitHost(
  gitops: GitopsHosts,
  loaded: LoadedConfig,
  repoDir: string,
  clock: Clock,
): InstanceType<GitopsHosts['GitHubGitHost']> | InstanceType<GitopsHosts['LocalGitHost']> {
  const github = loaded.config.integrations.github;
  const token = githubToken(gitops, loaded, clock);
  if (github && token) return githubGitHost(gitops, github, token, clock);
  return new gitops.LocalGitHost({
    dir: repoDir,
    clock,
    ...(github ? { closedCooldownDays: github.closedCooldownDays } : {}),
  });
}
