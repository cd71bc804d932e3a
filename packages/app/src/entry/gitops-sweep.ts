/** `@sre-agent/app/gitops-sweep`: the scheduled GitOps sweep against GitHub (a fresh clone of the base branch). */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, IdGenerator, LoadedConfig, Logger } from '@sre-agent/core';
import type { StateStores } from '@sre-agent/state';
import { configuredGitHost, githubToken } from '../compose/gitops-host.ts';
import { runGitopsSweep } from '../use-cases/run-gitops-sweep.ts';

export type GitopsSweepContext = {
  loaded: LoadedConfig;
  stores: Pick<StateStores, 'leases' | 'proposals'>;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
};

export type ScheduledGitopsSweepResult =
  | { status: 'swept'; findings: number; proposals: { finding: string; status: string; url?: string }[] }
  | { status: 'busy' | 'skipped'; reason: string };

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`${cmd} ${args[0]} failed: ${stderr.trim().slice(0, 500) || error.message}`));
      else resolve(stdout);
    });
  });
}

/** The clone URL of `owner/name`: github.com's, or a GitHub Enterprise Server's from its API root. */
function cloneUrl(repo: string, apiUrl: string | undefined): string {
  const web = apiUrl ? new URL(apiUrl).origin : 'https://github.com';
  return `${web}/${repo}.git`;
}

/**
 * One scheduled sweep: clones the base branch of `integrations.github.repo` (shallow, the token in
 * an HTTP header, never in the URL or on disk), scans it, and opens or updates one pull request
 * per finding under the repository's lease, recording each in the audit trail. Without
 * `integrations.github`, credentials or `git` on the PATH it says why and does nothing.
 */
export async function runScheduledGitopsSweep(
  context: GitopsSweepContext,
  invocation: { owner: string; git?: string; kubectl?: string },
): Promise<ScheduledGitopsSweepResult> {
  const { loaded, logger } = context;
  const github = loaded.config.integrations.github;
  if (!github) return skipped(logger, 'integrations.github is not configured: no repository to sweep');
  const gitops = await import('@sre-agent/gitops');
  const credentials = githubToken(gitops, loaded, context.clock);
  if (!credentials)
    return skipped(
      logger,
      'neither GITHUB_TOKEN nor integrations.github.app with GITHUB_APP_PRIVATE_KEY is set',
    );
  const git = invocation.git ?? 'git';
  if (!(await run(git, ['--version'], tmpdir()).catch(() => undefined)))
    return skipped(
      logger,
      `${git} is not on this function's PATH: the sweep needs git (and kubectl for Kustomize roots)`,
    );
  const token = typeof credentials === 'string' ? credentials : await credentials();
  const dir = await mkdtemp(join(tmpdir(), 'sre-agent-sweep-'));
  try {
    const header = `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
    await run(
      git,
      [
        '-c',
        `http.extraHeader=${header}`,
        'clone',
        '--quiet',
        '--depth=1',
        `--branch=${github.baseBranch}`,
        cloneUrl(github.repo, github.apiUrl),
        'checkout',
      ],
      dir,
    );
    const repoDir = join(dir, 'checkout');
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
        repoDir,
        host: configuredGitHost(gitops, loaded, repoDir, context.clock),
        repository: github.repo,
        denyNamespaces: loaded.config.policy.denyNamespaces,
        owner: invocation.owner,
      },
    );
    if (result.status === 'busy') return result;
    return {
      status: 'swept',
      findings: result.findings,
      proposals: result.proposals.map((p) => ({
        finding: p.finding,
        status: p.status,
        ...(p.url ? { url: p.url } : {}),
      })),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function skipped(logger: Logger, reason: string): ScheduledGitopsSweepResult {
  logger.warn('gitops sweep skipped', { reason });
  return { status: 'skipped', reason };
}
