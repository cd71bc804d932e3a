import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ExternalServiceError, lazySchema } from '@sre-agent/core';
import * as z from 'zod';
import { DirectoryWorkspace } from '../directory-workspace.ts';
import {
  type ArchiveLimits,
  DEFAULT_ARCHIVE_LIMITS,
  type ExtractedArchive,
  extractTarball,
} from '../snapshot/tarball.ts';
import type { GitHubTokenSource } from './github-client.ts';
import { githubAuthorization, githubOctokit } from './github-client.ts';

export type GitHubSnapshotOptions = {
  /** `owner/name`. */
  repo: string;
  branch: string;
  token: string | GitHubTokenSource;
  /** API root; GitHub Enterprise Server or a local server in tests. */
  baseUrl?: string;
  limits?: ArchiveLimits;
};

/** One commit of a GitHub repository's branch, extracted into a workspace (closing it removes the files). */
export type GitHubSnapshot = ExtractedArchive & {
  repo: string;
  branch: string;
  sha: string;
  workspace: DirectoryWorkspace;
};

const BranchSchema = lazySchema(() =>
  z.looseObject({ commit: z.looseObject({ sha: z.string().regex(/^[0-9a-f]{40}$/) }) }),
);

const MAX_REDIRECTS = 3;

function status(error: unknown): number | undefined {
  const code = (error as { status?: unknown })?.status;
  return typeof code === 'number' ? code : undefined;
}

function failed(what: string, error: unknown): ExternalServiceError {
  const code = status(error);
  return new ExternalServiceError(
    'github',
    `${what} failed${code ? ` (${code})` : ''}: ${String((error as Error)?.message).slice(0, 300)}`,
    code === undefined || code >= 500 || code === 429,
    { cause: error },
  );
}

/**
 * Reads a branch of a GitHub repository with no `git`: the branch is resolved to its commit, the
 * tarball of exactly that commit is downloaded (`GET /repos/{owner}/{repo}/tarball/{sha}`, whose
 * 302 to the archive host is followed here, the token sent only to the API's own origin) and
 * extracted, untrusted, into a temporary directory (see `extractTarball` for what is refused).
 */
export async function openGitHubSnapshot(options: GitHubSnapshotOptions): Promise<GitHubSnapshot> {
  const [owner, repo] = options.repo.split('/') as [string, string];
  const octokit = githubOctokit({
    token: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  });
  let sha: string;
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', {
      owner,
      repo,
      branch: options.branch,
    });
    sha = BranchSchema.parse(data).commit.sha;
  } catch (error) {
    throw failed(`resolving branch ${options.branch} of ${options.repo}`, error);
  }
  const body = await downloadTarball(octokit, options, { owner, repo, sha });
  const dir = await mkdtemp(join(tmpdir(), 'sre-agent-snapshot-'));
  try {
    const extracted = await extractTarball(
      Readable.fromWeb(body),
      dir,
      options.limits ?? DEFAULT_ARCHIVE_LIMITS,
    );
    return {
      ...extracted,
      repo: options.repo,
      branch: options.branch,
      sha,
      workspace: new DirectoryWorkspace(dir, sha),
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function downloadTarball(
  octokit: ReturnType<typeof githubOctokit>,
  options: GitHubSnapshotOptions,
  where: { owner: string; repo: string; sha: string },
): Promise<WebReadableStream> {
  let response: { status: number; url: string; headers: Record<string, unknown>; data: unknown };
  try {
    response = await octokit.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
      owner: where.owner,
      repo: where.repo,
      ref: where.sha,
      // The redirect is followed below, so that the token never goes to another origin.
      request: { redirect: 'manual', parseSuccessResponseBody: false },
    });
  } catch (error) {
    throw failed(`the tarball of ${options.repo}@${where.sha}`, error);
  }
  const api = new URL(response.url || options.baseUrl || 'https://api.github.com');
  let current: { status: number; url: URL; location?: string | null; body: unknown } = {
    status: response.status,
    url: api,
    location: typeof response.headers.location === 'string' ? response.headers.location : null,
    body: response.data,
  };
  for (let hop = 0; current.status >= 300 && current.status < 400; hop += 1) {
    if (hop >= MAX_REDIRECTS || !current.location)
      throw new ExternalServiceError(
        'github',
        `the tarball of ${options.repo}@${where.sha}: ${current.location ? 'too many redirects' : `${current.status} without a location`}`,
        false,
      );
    const next = new URL(current.location, current.url);
    if (next.protocol !== 'https:' && next.protocol !== api.protocol)
      throw new ExternalServiceError('github', `the tarball redirects to ${next.protocol} URLs`, false);
    const headers: Record<string, string> = { 'user-agent': 'sre-agent-gitops' };
    if (next.origin === api.origin) headers.authorization = await githubAuthorization(options.token);
    const answer = await fetch(next, { headers, redirect: 'manual' }).catch((error: unknown) => {
      throw failed(`downloading the tarball of ${options.repo}@${where.sha}`, error);
    });
    current = {
      status: answer.status,
      url: next,
      location: answer.headers.get('location'),
      body: answer.body,
    };
    if (answer.status >= 400) {
      await answer.body?.cancel();
      throw new ExternalServiceError(
        'github',
        `downloading the tarball of ${options.repo}@${where.sha} failed (${answer.status})`,
        answer.status >= 500 || answer.status === 429,
      );
    }
  }
  if (current.status !== 200 || !current.body || typeof current.body !== 'object')
    throw new ExternalServiceError(
      'github',
      `the tarball of ${options.repo}@${where.sha}: answered ${current.status} with no archive`,
      current.status >= 500,
    );
  return current.body as WebReadableStream;
}
