import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, NotFoundError, silentLogger, systemClock } from '@sre-agent/core';
import type { GitopsFinding as Finding, ServerDryRun } from '@sre-agent/gitops';
import type { Command } from 'commander';
import { configuredGitHost } from '../compose/gitops-host.ts';
import type { CliIo } from '../io.ts';

/** The enforcer, loaded on use: `sre-agent --help` stays fast. */
async function loadGitops() {
  const {
    attachSources,
    CachedKustomizeRenderer,
    costResourceAdvisor,
    formatFindings,
    formatProposals,
    GitHubGitHost,
    githubAppTokenSource,
    inventoryFromRepository,
    KubectlKustomizeRenderer,
    KubectlServerDryRun,
    LocalGitHost,
    proposeFixes,
    readClusterGitopsInventory,
    readGitopsRepoConfig,
    readRepository,
    scanGitops,
    withoutDeniedNamespaces,
    yamlFingerprint,
  } = await import('@sre-agent/gitops');
  return {
    attachSources,
    CachedKustomizeRenderer,
    costResourceAdvisor,
    formatFindings,
    formatProposals,
    GitHubGitHost,
    githubAppTokenSource,
    inventoryFromRepository,
    KubectlKustomizeRenderer,
    KubectlServerDryRun,
    LocalGitHost,
    proposeFixes,
    readClusterGitopsInventory,
    readGitopsRepoConfig,
    readRepository,
    scanGitops,
    withoutDeniedNamespaces,
    yamlFingerprint,
  };
}

type GitopsModule = Awaited<ReturnType<typeof loadGitops>>;

type SourceOptions = { repo?: string; live?: boolean; scenario: string; cluster?: string };

function renderer(gitops: GitopsModule) {
  return new gitops.CachedKustomizeRenderer(new gitops.KubectlKustomizeRenderer(), gitops.yamlFingerprint);
}

type Live = { scope: string; findings: Finding[]; dryRun?: ServerDryRun };

/**
 * Findings of the configured clusters (the sandbox when none is), each tied to its manifest in
 * `repo` when given; `use` runs while the cluster is still reachable (for server-side dry runs:
 * the sandbox's kubeconfig, or a configured cluster's kubeconfig file).
 */
async function withLiveFindings<T>(
  gitops: GitopsModule,
  options: SourceOptions,
  repoDir: string | undefined,
  use: (live: Live) => Promise<T>,
): Promise<T> {
  const loaded = loadConfig();
  const { createClusterAccess, createClusterAccessFromKubeconfig } = await import('@sre-agent/kube');
  const deps = { clock: systemClock, logger: silentLogger };
  const repo = repoDir ? await gitops.readRepository(repoDir, { kustomize: renderer(gitops) }) : undefined;
  const resources = await resourceAdvisor(gitops);
  const locate = (findings: Finding[]) => (repo ? gitops.attachSources(findings, repo) : findings);
  if (loaded.config.clusters.length === 0) {
    const { startSandbox } = await import('@sre-agent/sandbox');
    const sandbox = await startSandbox({ scenario: options.scenario });
    const access = createClusterAccessFromKubeconfig(
      { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
      deps,
    );
    const dir = await mkdtemp(join(tmpdir(), 'sre-agent-kubeconfig-'));
    try {
      const kubeconfig = join(dir, 'kubeconfig');
      await writeFile(kubeconfig, sandbox.kubeconfig(), { mode: 0o600 });
      const inventory = await gitops.readClusterGitopsInventory(access.reader);
      return await use({
        scope: `the sandbox (scenario ${sandbox.scenario.name})`,
        findings: locate(gitops.scanGitops({ inventory, ...(resources ? { resources } : {}) })),
        dryRun: new gitops.KubectlServerDryRun({ kubeconfig }),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
      await access.close();
      await sandbox.close();
    }
  }
  const clusters = loaded.config.clusters.filter((c) => !options.cluster || c.name === options.cluster);
  if (clusters.length === 0) throw new NotFoundError(`no configured cluster is named "${options.cluster}"`);
  const findings: Finding[] = [];
  for (const cluster of clusters) {
    const access = await createClusterAccess(cluster, deps);
    try {
      const inventory = await gitops.readClusterGitopsInventory(access.reader);
      findings.push(...gitops.scanGitops({ inventory, ...(resources ? { resources } : {}) }));
    } finally {
      await access.close();
    }
  }
  const [only] = clusters;
  const kubeconfig = clusters.length === 1 ? only?.kubeconfig?.path : undefined;
  return use({
    scope: clusters.map((c) => `cluster ${c.name}`).join(', '),
    findings: locate(findings),
    ...(kubeconfig ? { dryRun: new gitops.KubectlServerDryRun({ kubeconfig }) } : {}),
  });
}

/** Resource values from the cost sentinel's 7-day analysis when `integrations.prometheus` is set. */
async function resourceAdvisor(gitops: GitopsModule) {
  const { config } = loadConfig();
  const prometheus = config.integrations.prometheus;
  if (!prometheus) return undefined;
  const { PrometheusHttpClient, PrometheusUsageMetrics, rightsizeCluster, sigV4Signer } = await import(
    '@sre-agent/cost'
  );
  const signer = prometheus.sigv4
    ? sigV4Signer({
        region: prometheus.sigv4.region,
        credentials: (await import('@aws-sdk/credential-provider-node')).defaultProvider(),
      })
    : undefined;
  const client = new PrometheusHttpClient({ url: prometheus.url, ...(signer ? { signer } : {}) });
  const report = await rightsizeCluster(
    { metrics: new PrometheusUsageMetrics(client, { selectors: config.forecast.seriesSelectors }) },
    { window: { end: new Date(), windowSeconds: 7 * 86_400 } },
  );
  return gitops.costResourceAdvisor(report);
}

async function repoFindings(gitops: GitopsModule, dir: string): Promise<Finding[]> {
  const repo = await gitops.readRepository(dir, { kustomize: renderer(gitops) });
  const resources = await resourceAdvisor(gitops);
  return gitops.attachSources(
    gitops.scanGitops({
      inventory: gitops.inventoryFromRepository(repo),
      ...(resources ? { resources } : {}),
    }),
    repo,
  );
}

/** GitHub when `integrations.github` has credentials; otherwise the checkout itself (branches and description files). */
function gitHost(gitops: GitopsModule, repoDir: string) {
  return configuredGitHost(gitops, loadConfig(), repoDir, systemClock);
}

const SOURCE_OPTIONS = (command: Command): Command =>
  command
    .option(
      '--repo <dir>',
      'a checkout of the manifests repository (plain YAML, Kustomize, mapped Helm values)',
    )
    .option(
      '--live',
      'judge the live cluster (the sandbox when none is configured) and locate its objects in --repo',
    )
    .option('--cluster <name>', 'with --live: the configured cluster (default: every one)')
    .option('--scenario <name>', 'with --live and no cluster configured: the sandbox scenario', 'healthy');

/**
 * `sre-agent gitops scan|fix|prs`: reliability misconfigurations of a checkout or a cluster,
 * and the pull requests (or local branches) that fix them.
 */
export function registerGitopsCommand(gitops: Command, io: CliIo): void {
  SOURCE_OPTIONS(
    gitops
      .command('scan')
      .description(
        'find reliability misconfigurations (probes, resources, mutable images, disruption budgets, rollouts, spread) with the manifest that defines each',
      ),
  )
    .option(
      '--json',
      'print {"findings": [{key, check, severity, object, container?, message, risk, fix, source?}]}',
    )
    .action(async (options: SourceOptions & { json?: boolean }) => {
      const m = await loadGitops();
      const repoDir = options.repo ? resolve(options.repo) : undefined;
      const deny = loadConfig().config.policy.denyNamespaces;
      const print = async ({ scope, findings: all }: { scope: string; findings: Finding[] }) => {
        const findings = m.withoutDeniedNamespaces(all, deny);
        if (options.json) io.out(JSON.stringify({ findings }, null, 2));
        else for (const line of m.formatFindings(findings, scope)) io.out(line);
      };
      if (options.live || !repoDir) await withLiveFindings(m, options, repoDir, print);
      else await print({ scope: repoDir, findings: await repoFindings(m, repoDir) });
    });
  SOURCE_OPTIONS(
    gitops
      .command('fix')
      .alias('propose')
      .description(
        'open one pull request per finding (GitHub when integrations.github and a token are set, else a branch and a description file in the checkout)',
      ),
  )
    .option('--dry-run', 'plan and check the edits, print their diffs, write nothing')
    .option('--json', 'print {"proposals": [{finding, branch, status, files, url?, reason?}]}')
    .action(async (options: SourceOptions & { dryRun?: boolean; json?: boolean }) => {
      const m = await loadGitops();
      const repoDir = resolve(options.repo ?? '.');
      const deny = loadConfig().config.policy.denyNamespaces;
      const propose = async (findings: Finding[], serverDryRun?: ServerDryRun) =>
        m.proposeFixes(
          {
            ...(options.dryRun ? {} : { host: gitHost(m, repoDir) }),
            kustomize: renderer(m),
            logger: silentLogger,
            ...(serverDryRun ? { serverDryRun } : {}),
          },
          {
            repoDir,
            findings: m.withoutDeniedNamespaces(findings, deny),
            config: await m.readGitopsRepoConfig(repoDir),
            dryRun: options.dryRun === true,
          },
        );
      const outcomes = options.live
        ? await withLiveFindings(m, options, repoDir, (live) => propose(live.findings, live.dryRun))
        : await propose(await repoFindings(m, repoDir));
      if (options.json)
        io.out(JSON.stringify({ proposals: outcomes.map(({ diff: _diff, ...o }) => o) }, null, 2));
      else {
        for (const line of m.formatProposals(outcomes)) io.out(line);
        if (options.dryRun) for (const o of outcomes) if (o.diff) io.out(o.diff.trimEnd());
      }
    });
  gitops
    .command('prs')
    .description('list the open proposals (pull requests, or branches of the local checkout)')
    .option('--repo <dir>', 'the checkout (local proposals)', '.')
    .option('--json', 'print {"proposals": [{key, branch, title, url, draft}]}')
    .action(async (options: { repo: string; json?: boolean }) => {
      const m = await loadGitops();
      const open = await gitHost(m, resolve(options.repo)).listOpen();
      if (options.json) io.out(JSON.stringify({ proposals: open }, null, 2));
      else for (const p of open) io.out(`${p.branch}${p.draft ? ' (draft)' : ''} ${p.title} ${p.url}`);
    });
}
