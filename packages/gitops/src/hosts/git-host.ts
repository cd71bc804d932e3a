/** One file of a proposal, as it should be on the branch. */
export type ProposalFile = {
  path: string;
  content: string /** The content the change was made from. */;
  before: string;
};

/** What the enforcer asks a git host for: one branch and one PR per finding key. */
export type ProposalRequest = {
  key: string;
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
  draft: boolean;
  labels: readonly string[];
  /** The commit the files were edited from. */
  baseSha: string;
  files: readonly ProposalFile[];
};

export type ProposalStatus = 'created' | 'updated' | 'unchanged' | 'skipped';

export type ProposalResult = {
  status: ProposalStatus;
  branch: string;
  /** The pull request (GitHub) or the description file (local). */
  url?: string;
  /** Why nothing was written (skipped). */
  reason?: string;
};

/** An open proposal the agent made. */
export type OpenProposal = { key: string; branch: string; title: string; url: string; draft: boolean };

/**
 * Where proposals go: GitHub pull requests (`GitHubGitHost`) or, with no account, branches of a
 * local repository with a description file beside them (`LocalGitHost`). Never a duplicate: an
 * open proposal for the key is updated, a branch with someone else's commits is left alone, and a
 * proposal a human closed unmerged is not made again within the host's cooldown.
 */
export interface GitHost {
  readonly name: string;
  propose(request: ProposalRequest): Promise<ProposalResult>;
  listOpen(): Promise<OpenProposal[]>;
}

/** The identity of the agent's commits; a commit by anyone else on its branch is a human's. */
export const AGENT_AUTHOR = { name: 'sre-agent', email: 'sre-agent@users.noreply.sre-agent.dev' } as const;

/** Runs of characters a branch name does not keep (the key is built from manifest names). */
export const NOT_SLUG = /[^a-z0-9/-]+/g;
export const SLASH_RUNS = /\/+/g;
export const LEADING_SEPARATORS = /^[-/]+/;
const MAX_SLUG = 200;

/** A branch name from a finding key: stable, readable, valid as a git ref. */
export function branchForKey(key: string): string {
  // Cut before the regexes: a key is as long as a repository's names make it.
  let slug = key
    .slice(0, 4 * MAX_SLUG)
    .toLowerCase()
    .replace(NOT_SLUG, '-')
    .replace(SLASH_RUNS, '/')
    .replace(LEADING_SEPARATORS, '')
    .slice(0, MAX_SLUG);
  // Trailing separators trimmed by hand: `[-/]+$` retried at every position is quadratic.
  let end = slug.length;
  while (end > 0 && (slug[end - 1] === '-' || slug[end - 1] === '/')) end -= 1;
  slug = slug.slice(0, end);
  return `sre-agent/${slug}`;
}
