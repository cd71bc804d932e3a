import type { Clock, IdGenerator, Logger } from '@sre-agent/core';
import { errorMessage } from '@sre-agent/core';
import type { GitHost, GitopsFinding, ProposalOutcome, Workspace } from '@sre-agent/gitops';
import type { LeaseStore, ProposalAuditLog, ProposalAuditRecord } from '@sre-agent/state';

/** The enforcer's entry points a sweep uses (loaded on use by the callers). */
export type GitopsSweepModule = Pick<
  typeof import('@sre-agent/gitops'),
  | 'attachSources'
  | 'CachedKustomizeRenderer'
  | 'inventoryFromRepository'
  | 'KubectlKustomizeRenderer'
  | 'proposeFixes'
  | 'readGitopsRepoConfig'
  | 'readRepository'
  | 'scanGitops'
  | 'withoutDeniedNamespaces'
  | 'yamlFingerprint'
>;

export type GitopsSweepDeps = {
  gitops: GitopsSweepModule;
  leases: LeaseStore;
  proposals: ProposalAuditLog;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** The `kubectl` that renders Kustomize roots (default: the one on PATH). */
  kubectl?: string;
};

/** What a sweep reads: a local checkout (proposals in `git worktree`s of it), or a workspace opened under the lease. */
export type GitopsSweepSource =
  | {
      /** A checkout of the manifests repository at its base branch. */
      repoDir: string;
    }
  | {
      /** Opens the base branch's files (a git host's snapshot: no git needed); closed by the sweep. */
      openWorkspace: () => Promise<Workspace>;
    };

/**
 * A Kustomize root that was not rendered: the objects only it renders were neither scanned nor
 * proposed; `files` are the manifests its build reads (none of them checked through it).
 */
export type NotRendered = { root: string; reason: string; files: string[] };

export type GitopsSweepInput = GitopsSweepSource & {
  host: GitHost;
  /** How the audit names the repository: `owner/name` on GitHub, or the local directory. */
  repository: string;
  denyNamespaces: readonly string[];
  /** Who holds the lease while sweeping (an invocation or process id). */
  owner: string;
  /** How long the lease lasts when its holder dies mid-sweep. */
  leaseMs?: number;
  /** Stops between findings (a local run shutting down). */
  signal?: AbortSignal;
};

export type GitopsSweepResult =
  | {
      status: 'swept';
      /** The commit swept (a workspace's; a local checkout sweeps its HEAD). */
      commit?: string;
      findings: number;
      proposals: ProposalOutcome[];
      notRendered: NotRendered[];
    }
  | { status: 'busy'; reason: string };

const DEFAULT_LEASE_MS = 20 * 60_000;

const AUDIT_STATUS: Record<ProposalOutcome['status'], ProposalAuditRecord['status'] | undefined> = {
  created: 'opened',
  updated: 'updated',
  unchanged: 'unchanged',
  skipped: 'skipped',
  'not-in-git': 'not-in-git',
  invalid: 'invalid',
  planned: undefined,
};

/**
 * One GitOps sweep: under a lease per repository (a second sweep at the same time stops at once),
 * scan the checkout, leave out findings in `policy.denyNamespaces`, propose one pull request per
 * finding through the host (an open one is updated, one a human closed is not reopened within the
 * cooldown), and record what happened to each in the audit trail.
 */
export async function runGitopsSweep(
  deps: GitopsSweepDeps,
  input: GitopsSweepInput,
): Promise<GitopsSweepResult> {
  const lease = `gitops-sweep/${input.repository}`;
  if (!(await deps.leases.acquire(lease, input.owner, input.leaseMs ?? DEFAULT_LEASE_MS))) {
    const holder = await deps.leases.holder(lease);
    deps.logger.info('gitops sweep skipped: another sweep holds the lease', { repository: input.repository });
    return {
      status: 'busy',
      reason: `another sweep of ${input.repository} is running${holder ? ` (${holder.owner}, until ${holder.expiresAt})` : ''}`,
    };
  }
  let workspace: Workspace | undefined;
  try {
    const { gitops } = deps;
    const kustomize = new gitops.CachedKustomizeRenderer(
      new gitops.KubectlKustomizeRenderer(deps.kubectl),
      gitops.yamlFingerprint,
    );
    workspace = 'openWorkspace' in input ? await input.openWorkspace() : undefined;
    const dir = workspace?.dir ?? (input as { repoDir: string }).repoDir;
    const repo = await gitops.readRepository(dir, { kustomize });
    const notRendered = repo.unreadable
      .filter((u) => u.kind === 'Kustomization')
      .map((u) => ({ root: u.name, reason: u.reason, files: u.files ?? [] }));
    if (notRendered.length > 0)
      deps.logger.warn('gitops sweep: Kustomize roots not rendered, their objects not scanned', {
        repository: input.repository,
        roots: notRendered.map((n) => n.root),
        reason: notRendered[0]?.reason,
      });
    const findings: GitopsFinding[] = gitops.withoutDeniedNamespaces(
      gitops.attachSources(gitops.scanGitops({ inventory: gitops.inventoryFromRepository(repo) }), repo),
      input.denyNamespaces,
    );
    const common = {
      findings,
      config: await gitops.readGitopsRepoConfig(dir),
      ...(input.signal ? { signal: input.signal } : {}),
    };
    const proposals = await gitops.proposeFixes(
      { host: input.host, kustomize, logger: deps.logger },
      workspace ? { workspace, ...common } : { repoDir: dir, ...common },
    );
    await recordProposals(deps, proposals, {
      host: input.host.name,
      repository: input.repository,
      trigger: 'sweep',
    });
    deps.logger.info('gitops sweep done', {
      repository: input.repository,
      findings: findings.length,
      proposals: proposals.length,
      notRendered: notRendered.length,
    });
    return {
      status: 'swept',
      ...(workspace ? { commit: workspace.baseSha } : {}),
      findings: findings.length,
      proposals,
      notRendered,
    };
  } finally {
    await workspace?.close();
    await deps.leases.release(lease, input.owner).catch((error: unknown) => {
      // An unreleased lease only expires later; the sweep's work is done.
      deps.logger.warn('gitops sweep lease not released', { lease, error: errorMessage(error) });
    });
  }
}

/** Writes one audit record per proposal outcome (planned ones wrote nothing and are not recorded). */
export async function recordProposals(
  deps: Pick<GitopsSweepDeps, 'proposals' | 'clock' | 'ids'>,
  outcomes: readonly ProposalOutcome[],
  context: Pick<ProposalAuditRecord, 'host' | 'repository' | 'trigger'> &
    Partial<Pick<ProposalAuditRecord, 'incidentId' | 'cluster'>>,
): Promise<void> {
  for (const o of outcomes) {
    const status = AUDIT_STATUS[o.status];
    if (!status) continue;
    await deps.proposals.record({
      id: deps.ids('pr'),
      finding: o.finding.slice(0, 300),
      branch: o.branch.slice(0, 300),
      ...context,
      status,
      ...(o.reason ? { reason: o.reason.slice(0, 2000) } : {}),
      ...(o.url ? { url: o.url.slice(0, 2000) } : {}),
      draft: o.draft,
      files: o.files.slice(0, 50),
      at: deps.clock.now().toISOString(),
    });
  }
}
