import type { Clock, IdGenerator, LoadedConfig, Logger } from '@sre-agent/core';
import type { FixPersister } from '@sre-agent/healing';
import type { ProposalAuditLog } from '@sre-agent/state';
import { GitopsFixPersister } from './gitops-fix-persister.ts';
import { githubGitHost, githubToken } from './gitops-host.ts';

/**
 * Live fixes proposed to `integrations.github` with no checkout and no git (the Lambda worker):
 * each fix reads the base branch through GitHub's API (the tarball of its current commit) and
 * becomes the same pull request as in `npm start`. The enforcer is loaded on the first fix, not
 * at cold start. Undefined without `integrations.github` or its credentials: fixes stay live only.
 */
export function githubFixPersister(
  loaded: LoadedConfig,
  deps: { proposals: ProposalAuditLog; clock: Clock; ids: IdGenerator; logger: Logger; kubectl?: string },
): FixPersister | undefined {
  const github = loaded.config.integrations.github;
  if (!github) return undefined;
  const credentials = github.app ? loaded.secrets.GITHUB_APP_PRIVATE_KEY : loaded.secrets.GITHUB_TOKEN;
  if (!credentials) return undefined;
  let connection: {
    host: ReturnType<typeof githubGitHost>;
    token: NonNullable<ReturnType<typeof githubToken>>;
  };
  return new GitopsFixPersister({
    open: async () => {
      const { openGitHubSnapshot, ...gitops } = await import('@sre-agent/gitops');
      if (!connection) {
        const token = githubToken(gitops, loaded, deps.clock);
        if (!token) throw new Error('integrations.github has no credentials');
        // One host and one token source (an App's tokens are reused until they expire) per cold start.
        connection = { host: githubGitHost(gitops, github, token, deps.clock), token };
      }
      const { host, token } = connection;
      const snapshot = await openGitHubSnapshot({
        repo: github.repo,
        branch: github.baseBranch,
        token,
        ...(github.apiUrl ? { baseUrl: github.apiUrl } : {}),
      });
      return { host, workspace: snapshot.workspace };
    },
    repository: github.repo,
    proposals: deps.proposals,
    clock: deps.clock,
    ids: deps.ids,
    logger: deps.logger,
    ...(deps.kubectl ? { kubectl: deps.kubectl } : {}),
  });
}
