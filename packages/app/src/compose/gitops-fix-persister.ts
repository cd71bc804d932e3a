import type { Clock, IdGenerator, Logger } from '@sre-agent/core';
import type { GitHost, ProposalOutcome, Workspace } from '@sre-agent/gitops';
import type { FixPersister, LiveFix, PersistedFix } from '@sre-agent/healing';
import type { ProposalAuditLog } from '@sre-agent/state';
import { recordProposals } from '../use-cases/run-gitops-sweep.ts';

/** Where a live fix is proposed: a local checkout and its host, or a git host's snapshot opened per fix. */
export type GitopsFixTarget =
  | {
      /** A checkout of the manifests repository at its base branch. */
      repoDir: string;
      host: GitHost;
    }
  | {
      /** The host, and the base branch's files as they are now (closed after the fix): no git needed. */
      open: () => Promise<{ host: GitHost; workspace: Workspace }>;
    };

export type GitopsFixPersisterOptions = GitopsFixTarget & {
  /** How the audit names the repository. */
  repository: string;
  proposals: ProposalAuditLog;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  kubectl?: string;
};

/**
 * Healing's `FixPersister` through the GitOps enforcer: a live fix becomes the finding
 * `liveFix/<workload>/<action>`, placed, edited, checked and proposed like any other (one branch per
 * workload and action: a second fix updates it), and recorded in the pull-request audit trail.
 */
export class GitopsFixPersister implements FixPersister {
  readonly #options: GitopsFixPersisterOptions;

  constructor(options: GitopsFixPersisterOptions) {
    this.#options = options;
  }

  async persist(fix: LiveFix): Promise<PersistedFix> {
    const o = this.#options;
    const {
      CachedKustomizeRenderer,
      findingForLiveFix,
      KubectlKustomizeRenderer,
      proposeFixes,
      readGitopsRepoConfig,
      yamlFingerprint,
    } = await import('@sre-agent/gitops');
    const kustomize = new CachedKustomizeRenderer(new KubectlKustomizeRenderer(o.kubectl), yamlFingerprint);
    const target = 'open' in o ? await o.open() : { host: o.host, repoDir: o.repoDir };
    const { host } = target;
    let outcome: ProposalOutcome | undefined;
    try {
      const dir = 'workspace' in target ? target.workspace.dir : target.repoDir;
      const common = { findings: [findingForLiveFix(fix)], config: await readGitopsRepoConfig(dir) };
      [outcome] = await proposeFixes(
        { host, kustomize, logger: o.logger },
        'workspace' in target ? { workspace: target.workspace, ...common } : { repoDir: dir, ...common },
      );
    } finally {
      if ('workspace' in target) await target.workspace.close();
    }
    if (!outcome) return { kind: 'not-in-git', reason: 'nothing to propose' };
    await recordProposals(o, [outcome], {
      host: host.name,
      repository: o.repository,
      trigger: 'incident',
      incidentId: fix.incidentId,
      cluster: fix.target.cluster,
    });
    const link = { branch: outcome.branch, ...(outcome.url ? { url: outcome.url } : {}) };
    switch (outcome.status) {
      case 'created':
        return { kind: 'proposed', status: 'opened', ...link };
      case 'updated':
      case 'unchanged':
        return { kind: 'proposed', status: outcome.status, ...link };
      case 'skipped':
        return { kind: 'skipped', reason: outcome.reason ?? 'skipped', ...link };
      default:
        return { kind: 'not-in-git', reason: outcome.reason ?? outcome.status };
    }
  }
}
