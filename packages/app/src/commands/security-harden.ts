import { resolve } from 'node:path';
import { loadConfig, silentLogger, systemClock } from '@sre-agent/core';
import type { Command } from 'commander';
import { configuredGitHost } from '../compose/gitops-host.ts';
import type { CliIo } from '../io.ts';

type HardenOptions = { repo: string; dryRun?: boolean; json?: boolean };

/**
 * `sre-agent security harden [--repo DIR] [--dry-run] [--json]`: the securityContext fixes of a
 * manifests checkout as proposals through the GitOps enforcer (GitHub pull requests when
 * `integrations.github` is set, else local branches): safe fixes ready for review, fixes that
 * need a check as drafts that say what to verify, the rest reported with the reason. Nothing is
 * applied to a cluster (`security.hardening.applyLive` stays false).
 */
export function registerHardenCommand(security: Command, io: CliIo): void {
  security
    .command('harden')
    .description(
      'propose securityContext fixes for the workloads of a manifests checkout: a pull request for the safe ones (host namespaces and ports, privileged, allowPrivilegeEscalation), a draft saying what to verify for the rest (runAsNonRoot, readOnlyRootFilesystem, drop ALL, seccomp); what is never automatic is reported',
    )
    .option('--repo <dir>', 'the checkout of the manifests repository', '.')
    .option('--dry-run', 'plan and check the edits, print their diffs, write nothing')
    .option(
      '--json',
      'print {"proposals": [{finding, branch, files, draft, status, url?, reason?}], "reported": [{check, object, container?, reason}]}',
    )
    .action(async (options: HardenOptions) => {
      const loaded = loadConfig();
      const { security } = loaded.config;
      // Loaded on use: `sre-agent --help` stays fast.
      const gitops = await import('@sre-agent/gitops');
      const { planHardening } = await import('@sre-agent/gitops/hardening');
      const repoDir = resolve(options.repo);
      const kustomize = new gitops.CachedKustomizeRenderer(
        new gitops.KubectlKustomizeRenderer(),
        gitops.yamlFingerprint,
      );
      const plan = planHardening(await gitops.readRepository(repoDir, { kustomize }), {
        exemptions: security.exemptions,
        drafts: security.hardening.drafts,
      });
      const outcomes = await gitops.proposeFixes(
        {
          ...(options.dryRun ? {} : { host: configuredGitHost(gitops, loaded, repoDir, systemClock) }),
          kustomize,
          logger: silentLogger,
        },
        {
          repoDir,
          findings: gitops.withoutDeniedNamespaces(plan.findings, loaded.config.policy.denyNamespaces),
          config: await gitops.readGitopsRepoConfig(repoDir),
          dryRun: options.dryRun === true,
        },
      );
      if (options.json) {
        const proposals = outcomes.map(({ diff: _diff, ...o }) => o);
        io.out(JSON.stringify({ proposals, reported: plan.reported }, null, 2));
        return;
      }
      io.out(
        `security harden of ${repoDir}: ${outcomes.length} proposal${outcomes.length === 1 ? '' : 's'}, ${plan.reported.length} left to a human`,
      );
      for (const line of gitops.formatProposals(outcomes)) io.out(line);
      if (options.dryRun) for (const o of outcomes) if (o.diff) io.out(o.diff.trimEnd());
      for (const r of plan.reported)
        io.out(
          `never automatic: ${r.check} ${r.object.kind}/${r.object.namespace}/${r.object.name}${r.container ? `/${r.container}` : ''}: ${r.reason}`,
        );
    });
}
