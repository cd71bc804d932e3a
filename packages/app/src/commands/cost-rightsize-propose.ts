import { resolve } from 'node:path';
import { loadConfig, silentLogger, systemClock } from '@sre-agent/core';
import type { rightsizeCluster } from '@sre-agent/cost';
import { configuredGitHost } from '../compose/gitops-host.ts';
import type { CliIo } from '../io.ts';

/**
 * `sre-agent cost rightsize --propose DIR`: the recommendations as proposals through the GitOps
 * enforcer (a pull request per resized container with its evidence; a draft where the history is
 * too short), on GitHub when `integrations.github` is set, else as branches of the checkout.
 */
export async function proposeRightsizing(
  io: CliIo,
  report: Awaited<ReturnType<typeof rightsizeCluster>>,
  options: { repo: string; dryRun?: boolean; json?: boolean },
): Promise<void> {
  const {
    CachedKustomizeRenderer,
    formatProposals,
    GitHubGitHost,
    githubAppTokenSource,
    KubectlKustomizeRenderer,
    LocalGitHost,
    proposeFixes,
    readGitopsRepoConfig,
    rightsizeFindings,
    withoutDeniedNamespaces,
    yamlFingerprint,
  } = await import('@sre-agent/gitops');
  const hosts = { GitHubGitHost, githubAppTokenSource, LocalGitHost };
  const repoDir = resolve(options.repo);
  const loaded = loadConfig();
  const outcomes = await proposeFixes(
    {
      ...(options.dryRun ? {} : { host: configuredGitHost(hosts, loaded, repoDir, systemClock) }),
      kustomize: new CachedKustomizeRenderer(new KubectlKustomizeRenderer(), yamlFingerprint),
      logger: silentLogger,
    },
    {
      repoDir,
      findings: withoutDeniedNamespaces(rightsizeFindings(report), loaded.config.policy.denyNamespaces),
      config: await readGitopsRepoConfig(repoDir),
      dryRun: options.dryRun === true,
    },
  );
  if (options.json) {
    io.out(JSON.stringify({ proposals: outcomes.map(({ diff: _diff, ...o }) => o) }, null, 2));
    return;
  }
  for (const line of formatProposals(outcomes)) io.out(line);
  if (options.dryRun) for (const o of outcomes) if (o.diff) io.out(o.diff.trimEnd());
}
