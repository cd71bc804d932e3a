import { isDeepStrictEqual } from 'node:util';
import type { Logger } from '@sre-agent/core';
import type { ServerDryRun } from './dry-run.ts';
import { type DocumentEdit, editYamlText, valueAt, YamlEditError } from './edit/yaml-edit.ts';
import type { GitopsFinding } from './finding.ts';
import { formatPath } from './finding.ts';
import { branchForKey, type GitHost, type ProposalStatus } from './hosts/git-host.ts';
import { refKey } from './objects.ts';
import { renderProposalBody, type Validation } from './render-body.ts';
import type { GitopsRepoConfig } from './source/gitops-config.ts';
import type { KustomizeRenderer } from './source/kustomize-renderer.ts';
import { findSource, type PlacedEdit, placeEdit } from './source/locate.ts';
import { readRepository } from './source/repository.ts';
import { GitWorktreeWorkspace, type Workspace } from './workspace.ts';

export type ProposeDeps = {
  /** Absent with `dryRun`: nothing is written anywhere. */
  host?: GitHost;
  kustomize?: KustomizeRenderer;
  /** The cluster's server-side dry run, when a cluster is configured. */
  serverDryRun?: ServerDryRun;
  logger: Logger;
};

export type ProposalOutcome = {
  finding: string;
  branch: string;
  status: ProposalStatus | 'planned' | 'not-in-git' | 'invalid';
  draft: boolean;
  files: string[];
  title?: string;
  url?: string;
  reason?: string;
  diff?: string;
};

const LABELS = ['sre-agent', 'gitops'];
const DRAFT_LABEL = { draft: 'needs-input', check: 'needs-verification', edit: '' } as const;

/**
 * Turns findings into proposals: each fix placed in the file that sets the field (plain YAML,
 * Kustomize base or patch, mapped Helm values), edited without touching anything else, checked
 * (parses, `kubectl kustomize` renders the fix, server-side dry run when a cluster is
 * configured), then one branch and pull request per finding through the git host.
 */
export async function proposeFixes(
  deps: ProposeDeps,
  input: (
    | {
        /** A local repository: a `git worktree` of `base` (default HEAD) is opened for the proposals. */
        repoDir: string;
        base?: string;
      }
    | {
        /** A workspace the caller opened and closes (a git host's snapshot, where there is no git). */
        workspace: Workspace;
      }
  ) & {
    findings: readonly GitopsFinding[];
    config: GitopsRepoConfig;
    dryRun?: boolean;
    /** Stops between findings (a local run shutting down); what was proposed so far is returned. */
    signal?: AbortSignal;
  },
): Promise<ProposalOutcome[]> {
  const owned = 'workspace' in input ? undefined : await GitWorktreeWorkspace.open(input.repoDir, input.base);
  const workspace = owned ?? (input as { workspace: Workspace }).workspace;
  try {
    const repo = await readRepository(workspace.dir, deps.kustomize ? { kustomize: deps.kustomize } : {});
    const unrendered = repo.unreadable.filter((u) => u.kind === 'Kustomization');
    const outcomes: ProposalOutcome[] = [];
    for (const finding of input.findings) {
      if (input.signal?.aborted) break;
      const branch = branchForKey(finding.key);
      const draft = finding.fix.kind !== 'edit';
      const base = { finding: finding.key, branch, draft, title: finding.fix.title };
      const placed: PlacedEdit[] = [];
      let missing: string | undefined;
      for (const edit of finding.fix.edits) {
        const placement = placeEdit(repo, input.config, edit);
        if (!placement.ok) missing = placement.reason;
        else placed.push(...placement.edits);
      }
      if (missing || placed.length === 0) {
        const reason = missing ?? 'no edit to make';
        outcomes.push({
          ...base,
          status: 'not-in-git',
          files: [],
          // An object a Kustomize root would render may be there: say so rather than "not in Git".
          reason: missing && unrendered.length > 0 ? `${reason}; ${notRenderedNote(unrendered)}` : reason,
        });
        continue;
      }
      const byFile = new Map<string, DocumentEdit[]>();
      for (const p of placed) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.edit]);
      const files: { path: string; content: string; before: string }[] = [];
      try {
        for (const [path, edits] of byFile) {
          const before = await workspace.read(path);
          files.push({ path, before, content: editYamlText(before, edits) });
        }
      } catch (error) {
        if (!(error instanceof YamlEditError)) throw error;
        outcomes.push({ ...base, status: 'invalid', files: [...byFile.keys()], reason: error.message });
        continue;
      }
      await workspace.write(files);
      try {
        const diff = await workspace.diff();
        const roots = [...new Set(finding.fix.edits.flatMap((e) => findSource(repo, e.target)?.root ?? []))];
        const validations = await validate(
          deps,
          workspace,
          finding,
          input.config,
          files.map((f) => f.path),
          roots,
        );
        const failed = validations.find((v) => !v.ok);
        if (failed) {
          outcomes.push({
            ...base,
            status: 'invalid',
            files: files.map((f) => f.path),
            diff,
            reason: `${failed.step}: ${failed.detail ?? 'failed'}`,
          });
          continue;
        }
        const located = { ...finding, ...(finding.source ? {} : sourceOf(repo, finding)) };
        const body = renderProposalBody({
          finding: located,
          diff,
          files: files.map((f) => f.path),
          validations,
        });
        if (input.dryRun || !deps.host) {
          outcomes.push({ ...base, status: 'planned', files: files.map((f) => f.path), diff });
          continue;
        }
        const result = await deps.host.propose({
          key: finding.key,
          branch,
          title: finding.fix.title,
          body,
          commitMessage: `${finding.fix.title}\n\n${finding.message}.\n\nsre-agent finding-key: ${finding.key}\n`,
          draft,
          labels: [...LABELS, ...(finding.labels ?? []), ...(draft ? [DRAFT_LABEL[finding.fix.kind]] : [])],
          baseSha: workspace.baseSha,
          files,
        });
        deps.logger.info('gitops proposal', {
          finding: finding.key,
          status: result.status,
          branch,
          host: deps.host.name,
        });
        outcomes.push({
          ...base,
          status: result.status,
          files: files.map((f) => f.path),
          diff,
          ...(result.url ? { url: result.url } : {}),
          ...(result.reason ? { reason: result.reason } : {}),
        });
      } finally {
        await workspace.reset();
      }
    }
    return outcomes;
  } finally {
    await owned?.close();
  }
}

function notRenderedNote(unrendered: readonly { name: string; reason: string }[]): string {
  const [first] = unrendered;
  const names = unrendered.slice(0, 5).map((u) => u.name);
  return `${unrendered.length} Kustomize root(s) were not rendered (${names.join(', ')}${unrendered.length > 5 ? ', …' : ''}): ${first?.reason ?? ''}`;
}

function sourceOf(
  repo: Awaited<ReturnType<typeof readRepository>>,
  finding: GitopsFinding,
): Partial<GitopsFinding> {
  const source = findSource(repo, finding.object);
  return source
    ? { source: { file: source.base.file, document: source.base.document, yamlPath: '', via: source.via } }
    : {};
}

async function validate(
  deps: ProposeDeps,
  workspace: Workspace,
  finding: GitopsFinding,
  config: GitopsRepoConfig,
  changed: readonly string[],
  roots: readonly string[],
): Promise<Validation[]> {
  const validations: Validation[] = [
    { step: `every edited file parses and holds the new values (${changed.join(', ')})`, ok: true },
  ];
  const after = await readRepository(workspace.dir, deps.kustomize ? { kustomize: deps.kustomize } : {}, {
    onlyRoots: roots,
  });
  for (const broken of after.unreadable.filter((u) => u.kind === 'Kustomization' || changed.includes(u.name)))
    validations.push({ step: `${broken.name} still renders`, ok: false, detail: broken.reason });
  const targets = new Map(finding.fix.edits.map((e) => [refKey(e.target), e.target]));
  for (const target of targets.values()) {
    if (config.helm.some((h) => refKey(h.workload) === refKey(target))) continue;
    const source = findSource(after, target);
    if (!source) {
      validations.push({
        step: `${refKey(target)} is still rendered`,
        ok: false,
        detail: 'not found after the edit',
      });
      continue;
    }
    const sets = finding.fix.edits.filter((e) => e.op === 'set' && refKey(e.target) === refKey(target));
    const wrong = sets.find(
      (e) => e.op === 'set' && !isDeepStrictEqual(valueAt(source.rendered, e.path), e.value),
    );
    const kept = finding.fix.edits.find(
      (e) =>
        e.op === 'delete' &&
        refKey(e.target) === refKey(target) &&
        valueAt(source.rendered, e.path) !== undefined,
    );
    const step =
      source.via === 'kustomize'
        ? `\`kubectl kustomize ${source.root}\` renders ${refKey(target)} with the fix`
        : `${source.base.file} declares ${refKey(target)} with the fix`;
    validations.push(
      wrong
        ? { step, ok: false, detail: `${formatPath(wrong.path)} is not the proposed value` }
        : kept
          ? { step, ok: false, detail: `${formatPath(kept.path)} is still set` }
          : { step, ok: true },
    );
    if (deps.serverDryRun) {
      const result = await deps.serverDryRun.check(source.rendered);
      validations.push({
        step: `server-side dry run of ${refKey(target)} against the cluster`,
        ok: result.ok,
        ...(result.ok ? {} : { detail: result.reason }),
      });
    }
  }
  return validations;
}
