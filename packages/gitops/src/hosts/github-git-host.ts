import { createHash } from 'node:crypto';
import type { Clock } from '@sre-agent/core';
import { ExternalServiceError } from '@sre-agent/core';
import {
  AGENT_AUTHOR,
  type GitHost,
  type OpenProposal,
  type ProposalRequest,
  type ProposalResult,
} from './git-host.ts';
import type { GitHubTokenSource } from './github-client.ts';
import { githubOctokit, type Octokit } from './github-client.ts';

/** The finding key a proposal's body ends with (`renderProposalBody`); bodies are read back from GitHub. */
export const FINDING_KEY_MARKER = /sre-agent finding-key: (\S{1,800})/;

/** The blob id git gives a text: what GitHub returns as a file's `sha`. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function status(error: unknown): number | undefined {
  return typeof (error as { status?: unknown })?.status === 'number'
    ? (error as { status: number }).status
    : undefined;
}

export type GitHubGitHostOptions = {
  /** `owner/name`. */
  repo: string;
  baseBranch: string;
  /**
   * A personal access token or installation token (contents and pull requests: write), or where
   * each request gets one (`githubAppTokenSource`: a GitHub App's installation tokens, renewed).
   */
  token: string | GitHubTokenSource;
  /** API root; GitHub Enterprise Server or a local server in tests. */
  baseUrl?: string;
  clock: Clock;
  /** A pull request a human closed unmerged is not opened again for this long. */
  closedCooldownDays?: number;
};

/**
 * Pull requests on GitHub through the official client (Octokit): blobs, a tree on the base
 * commit, a commit by the agent, the branch ref, the pull request and its labels. One open pull
 * request per branch (looked up by head before anything is written); a branch with someone
 * else's commits is never force-updated; a pull request closed unmerged is not reopened within
 * the cooldown; a checkout whose files differ from the base branch proposes nothing.
 */
export class GitHubGitHost implements GitHost {
  readonly name = 'github';
  readonly #octokit: Octokit;
  readonly #owner: string;
  readonly #repo: string;
  readonly #base: string;
  readonly #clock: Clock;
  readonly #cooldownMs: number;

  constructor(options: GitHubGitHostOptions) {
    const [owner, repo] = options.repo.split('/') as [string, string];
    this.#owner = owner;
    this.#repo = repo;
    this.#base = options.baseBranch;
    this.#clock = options.clock;
    this.#cooldownMs = (options.closedCooldownDays ?? 14) * 86_400_000;
    this.#octokit = githubOctokit({
      token: options.token,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    });
  }

  get #where() {
    return { owner: this.#owner, repo: this.#repo };
  }

  async #call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const code = status(error);
      throw new ExternalServiceError(
        'github',
        `${what} failed${code ? ` (${code})` : ''}: ${(error as Error).message.slice(0, 300)}`,
        code === undefined || code >= 500 || code === 429,
        { cause: error },
      );
    }
  }

  async #ref(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
        ...this.#where,
        ref: `heads/${branch}`,
      });
      return data.object.sha;
    } catch (error) {
      if (status(error) === 404) return undefined;
      throw error;
    }
  }

  async #pulls(branch: string, state: 'open' | 'closed') {
    const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/pulls', {
      ...this.#where,
      state,
      head: `${this.#owner}:${branch}`,
      per_page: 100,
    });
    return data.filter((p) => p.head.ref === branch);
  }

  async propose(request: ProposalRequest): Promise<ProposalResult> {
    return this.#call('proposal', () => this.#propose(request, 0));
  }

  async #propose(request: ProposalRequest, attempt: number): Promise<ProposalResult> {
    const o = this.#octokit;
    const { branch } = request;
    const baseSha = await this.#ref(this.#base);
    if (!baseSha) return { status: 'skipped', branch, reason: `base branch ${this.#base} not found` };
    for (const file of request.files) {
      const stale = await this.#differs(file.path, file.before, baseSha);
      if (stale)
        return {
          status: 'skipped',
          branch,
          reason: `${file.path} on ${this.#base} differs from the checkout the change was made from: pull and scan again`,
        };
    }
    const [open] = await this.#pulls(branch, 'open');
    if (!open) {
      const closed = (await this.#pulls(branch, 'closed')).find(
        (p) =>
          !p.merged_at &&
          p.closed_at &&
          this.#clock.now().getTime() - Date.parse(p.closed_at) < this.#cooldownMs,
      );
      if (closed)
        return {
          status: 'skipped',
          branch,
          url: closed.html_url,
          reason: `pull request #${closed.number} was closed unmerged; not opened again for ${this.#cooldownMs / 86_400_000} days`,
        };
    }
    const tip = await this.#ref(branch);
    if (tip) {
      const { data } = await o.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...this.#where,
        basehead: `${baseSha}...${tip}`,
      });
      const humans = data.commits.filter((c) => c.commit.author?.email !== AGENT_AUTHOR.email);
      if (humans.length > 0)
        return {
          status: 'skipped',
          branch,
          ...(open ? { url: open.html_url } : {}),
          reason: `the branch has ${humans.length} commit(s) by someone else: left as it is`,
        };
    }
    const { data: baseCommit } = await o.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      ...this.#where,
      commit_sha: baseSha,
    });
    const tree = [];
    for (const file of request.files) {
      const { data: blob } = await o.request('POST /repos/{owner}/{repo}/git/blobs', {
        ...this.#where,
        content: file.content,
        encoding: 'utf-8',
      });
      tree.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: blob.sha });
    }
    const { data: newTree } = await o.request('POST /repos/{owner}/{repo}/git/trees', {
      ...this.#where,
      base_tree: baseCommit.tree.sha,
      tree,
    });
    let changed = true;
    if (tip) {
      const { data: tipCommit } = await o.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
        ...this.#where,
        commit_sha: tip,
      });
      changed = tipCommit.tree.sha !== newTree.sha || tipCommit.parents[0]?.sha !== baseSha;
    }
    if (changed) {
      const now = this.#clock.now().toISOString();
      const author = { ...AGENT_AUTHOR, date: now };
      const { data: commit } = await o.request('POST /repos/{owner}/{repo}/git/commits', {
        ...this.#where,
        message: request.commitMessage,
        tree: newTree.sha,
        parents: [baseSha],
        author,
        committer: author,
      });
      if (tip) {
        // Only the agent's commits are there (checked above): the branch is rebuilt on the current base.
        await o.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ...this.#where,
          ref: `heads/${branch}`,
          sha: commit.sha,
          force: true,
        });
      } else {
        try {
          await o.request('POST /repos/{owner}/{repo}/git/refs', {
            ...this.#where,
            ref: `refs/heads/${branch}`,
            sha: commit.sha,
          });
        } catch (error) {
          // Another sweep created it first: start over on its branch.
          if (status(error) === 422 && attempt === 0) return this.#propose(request, 1);
          throw error;
        }
      }
    }
    if (open) {
      await o.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        ...this.#where,
        pull_number: open.number,
        title: request.title,
        body: request.body,
      });
      return { status: changed ? 'updated' : 'unchanged', branch, url: open.html_url };
    }
    let created: { number: number; html_url: string };
    try {
      ({ data: created } = await o.request('POST /repos/{owner}/{repo}/pulls', {
        ...this.#where,
        title: request.title,
        body: request.body,
        head: branch,
        base: this.#base,
        draft: request.draft,
      }));
    } catch (error) {
      // "A pull request already exists": a concurrent sweep opened it.
      if (status(error) === 422 && attempt === 0) return this.#propose(request, 1);
      throw error;
    }
    if (request.labels.length > 0)
      await o.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...this.#where,
        issue_number: created.number,
        labels: [...request.labels],
      });
    return { status: 'created', branch, url: created.html_url };
  }

  async #differs(path: string, before: string, ref: string): Promise<boolean> {
    try {
      const { data } = await this.#octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...this.#where,
        path,
        ref,
      });
      return Array.isArray(data) || !('sha' in data) || data.sha !== gitBlobSha(before);
    } catch (error) {
      if (status(error) === 404) return true;
      throw error;
    }
  }

  async listOpen(): Promise<OpenProposal[]> {
    return this.#call('listing pull requests', async () => {
      const pulls = await this.#octokit.paginate('GET /repos/{owner}/{repo}/pulls', {
        ...this.#where,
        state: 'open',
        per_page: 100,
      });
      const own = `${this.#where.owner}/${this.#where.repo}`.toLowerCase();
      return (
        pulls
          // Only the agent's branches of this repository: a fork's pull request from a branch named
          // `sre-agent/…` is someone else's, and its body (with any key in it) is its author's.
          .filter((p) => p.head.ref.startsWith('sre-agent/') && p.head.repo?.full_name.toLowerCase() === own)
          .map((p) => ({
            key: FINDING_KEY_MARKER.exec(p.body ?? '')?.[1] ?? p.head.ref,
            branch: p.head.ref,
            title: p.title,
            url: p.html_url,
            draft: p.draft === true,
          }))
      );
    });
  }
}
