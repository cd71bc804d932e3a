import type { Clock, LoadedConfig, Logger } from '@sre-agent/core';
import { randomIds } from '@sre-agent/core';
import type { StateStores } from '@sre-agent/state';
import { GitopsFixPersister } from '../compose/gitops-fix-persister.ts';
import { configuredGitHost } from '../compose/gitops-host.ts';
import { runGitopsSweep } from '../use-cases/run-gitops-sweep.ts';

/**
 * The GitOps enforcer of a local run over one manifests repository (the sandbox's own, written at
 * start): the sweep the scheduler runs, and the persister that proposes live fixes to it. Proposals
 * go to GitHub when `integrations.github` has credentials, else to the repository itself.
 */
export async function localGitops(
  repoDir: string,
  deps: {
    loaded: LoadedConfig;
    stores: StateStores;
    clock: Clock;
    logger: Logger;
    /** A line per sweep for the terminal. */
    report?: ((line: string) => void) | undefined;
  },
) {
  const gitops = await import('@sre-agent/gitops');
  const host = configuredGitHost(gitops, deps.loaded, repoDir, deps.clock);
  const repository = deps.loaded.config.integrations.github?.repo ?? repoDir;
  const owner = `local-${process.pid}`;
  return {
    fixes: new GitopsFixPersister({
      repoDir,
      host,
      repository,
      proposals: deps.stores.proposals,
      clock: deps.clock,
      ids: randomIds,
      logger: deps.logger,
    }),
    sweep: async () => {
      const result = await runGitopsSweep(
        {
          gitops,
          leases: deps.stores.leases,
          proposals: deps.stores.proposals,
          clock: deps.clock,
          ids: randomIds,
          logger: deps.logger,
        },
        {
          repoDir,
          host,
          repository,
          denyNamespaces: deps.loaded.config.policy.denyNamespaces,
          owner,
        },
      );
      if (result.status === 'busy') return deps.report?.(`gitops sweep: ${result.reason}`);
      const count = (status: string) => result.proposals.filter((p) => p.status === status).length;
      deps.report?.(
        `gitops sweep of ${repository}: ${result.findings} findings; ${count('created')} opened, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('skipped')} skipped${host.name === 'local' ? ` (git -C ${repoDir} branch --list 'sre-agent/*')` : ''}`,
      );
    },
  };
}
