/** `@sre-agent/app/gitops-sweep`: the scheduled GitOps sweep against GitHub (the base branch read through its API, no git). */
import type { Clock, IdGenerator, LoadedConfig, Logger } from '@sre-agent/core';
import { errorMessage, SreAgentError } from '@sre-agent/core';
import type { StateStores } from '@sre-agent/state';
import { githubGitHost, githubToken } from '../compose/gitops-host.ts';
import { type NotRendered, runGitopsSweep } from '../use-cases/run-gitops-sweep.ts';

export type GitopsSweepContext = {
  loaded: LoadedConfig;
  stores: Pick<StateStores, 'leases' | 'proposals'>;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
};

export type ScheduledGitopsSweepResult =
  | {
      status: 'swept';
      /** `owner/name@branch`, and the commit the files were read from. */
      repository: string;
      commit: string;
      findings: number;
      proposals: { finding: string; status: string; url?: string; reason?: string }[];
      /** Kustomize roots not rendered (no kubectl): their objects were neither scanned nor proposed. */
      notRendered: NotRendered[];
    }
  | { status: 'busy' | 'skipped' | 'failed'; reason: string };

/**
 * One scheduled sweep with no git and no checkout: under the repository's lease, the base branch
 * of `integrations.github.repo` is read through GitHub's API (the tarball of its current commit,
 * extracted as untrusted input), scanned, and one pull request per finding is opened or updated,
 * each recorded in the audit trail. Kustomize roots are rendered by `kubectl` when it is there
 * (`invocation.kubectl`, else the PATH); without it they are reported as not rendered. Without
 * `integrations.github` or credentials it says why and does nothing; a refused archive or a GitHub
 * failure is `failed`, with the reason.
 */
export async function runScheduledGitopsSweep(
  context: GitopsSweepContext,
  invocation: { owner: string; kubectl?: string },
): Promise<ScheduledGitopsSweepResult> {
  const { loaded, logger } = context;
  const github = loaded.config.integrations.github;
  if (!github) return skipped(logger, 'integrations.github is not configured: no repository to sweep');
  const { openGitHubSnapshot, ...gitops } = await import('@sre-agent/gitops');
  const token = githubToken(gitops, loaded, context.clock);
  if (!token)
    return skipped(
      logger,
      'neither GITHUB_TOKEN nor integrations.github.app with GITHUB_APP_PRIVATE_KEY is set',
    );
  let commit = '';
  try {
    const result = await runGitopsSweep(
      {
        gitops,
        leases: context.stores.leases,
        proposals: context.stores.proposals,
        clock: context.clock,
        ids: context.ids,
        logger,
        ...(invocation.kubectl ? { kubectl: invocation.kubectl } : {}),
      },
      {
        openWorkspace: async () => {
          const snapshot = await openGitHubSnapshot({
            repo: github.repo,
            branch: github.baseBranch,
            token,
            ...(github.apiUrl ? { baseUrl: github.apiUrl } : {}),
          });
          commit = snapshot.sha;
          logger.info('gitops sweep: base branch read', {
            repository: github.repo,
            branch: github.baseBranch,
            commit: snapshot.sha,
            files: snapshot.files,
            bytes: snapshot.bytes,
            skipped: snapshot.skipped.length,
          });
          return snapshot.workspace;
        },
        host: githubGitHost(gitops, github, token, context.clock),
        repository: github.repo,
        denyNamespaces: loaded.config.policy.denyNamespaces,
        owner: invocation.owner,
      },
    );
    if (result.status === 'busy') return result;
    return {
      status: 'swept',
      repository: `${github.repo}@${github.baseBranch}`,
      commit: result.commit ?? commit,
      findings: result.findings,
      proposals: result.proposals.map((p) => ({
        finding: p.finding,
        status: p.status,
        ...(p.url ? { url: p.url } : {}),
        ...(p.reason ? { reason: p.reason } : {}),
      })),
      notRendered: result.notRendered,
    };
  } catch (error) {
    // A refused archive or GitHub's failure is the sweep's outcome; anything else is a bug.
    if (!(error instanceof SreAgentError)) throw error;
    logger.error('gitops sweep failed', { repository: github.repo, error: errorMessage(error) });
    return { status: 'failed', reason: error.message };
  }
}

function skipped(logger: Logger, reason: string): ScheduledGitopsSweepResult {
  logger.warn('gitops sweep skipped', { reason });
  return { status: 'skipped', reason };
}
