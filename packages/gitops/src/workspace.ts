import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from './git.ts';

/** One file as a proposal writes it. */
export type WorkspaceFile = { path: string; content: string };

/**
 * Where a proposal's files are written, diffed and rendered before anything is committed: a
 * directory holding one commit of the repository (`dir`, `baseSha`). Proposals run one after the
 * other in the same workspace, each ending with `reset`.
 */
export interface Workspace {
  /** The directory holding the files (renderers read it). */
  readonly dir: string;
  /** The commit the files are from: proposals are made on top of it. */
  readonly baseSha: string;
  /** The file at the base commit (what edits start from), whatever was written since. */
  read(path: string): Promise<string>;
  write(files: readonly WorkspaceFile[]): Promise<void>;
  /** The unified diff of what was written against the base. */
  diff(): Promise<string>;
  /** Back to the base commit, for the next proposal. */
  reset(): Promise<void>;
  /** Removes the directory. */
  close(): Promise<void>;
}

/**
 * A scratch checkout of one commit of a local repository (`git worktree add --detach`); the
 * user's own working copy is never touched.
 */
export class GitWorktreeWorkspace implements Workspace {
  readonly repoDir: string;
  readonly dir: string;
  readonly baseSha: string;

  private constructor(repoDir: string, dir: string, baseSha: string) {
    this.repoDir = repoDir;
    this.dir = dir;
    this.baseSha = baseSha;
  }

  static async open(repoDir: string, base = 'HEAD'): Promise<GitWorktreeWorkspace> {
    const baseSha = (await git(repoDir, ['rev-parse', '--verify', `${base}^{commit}`])).trim();
    const dir = await mkdtemp(join(tmpdir(), 'sre-agent-gitops-'));
    await git(repoDir, ['worktree', 'add', '--detach', '--quiet', dir, baseSha]);
    return new GitWorktreeWorkspace(repoDir, dir, baseSha);
  }

  async read(path: string): Promise<string> {
    return git(this.dir, ['show', `${this.baseSha}:${path}`]);
  }

  async write(files: readonly WorkspaceFile[]): Promise<void> {
    for (const f of files) await writeFile(join(this.dir, f.path), f.content);
  }

  /** The exact unified diff of what was written against the base. */
  async diff(): Promise<string> {
    return git(this.dir, ['diff', '--no-color', '--no-ext-diff', this.baseSha]);
  }

  async reset(): Promise<void> {
    await git(this.dir, ['checkout', '--quiet', '--force', this.baseSha, '--', '.']);
  }

  async close(): Promise<void> {
    await git(this.repoDir, ['worktree', 'remove', '--force', this.dir]).catch(() =>
      rm(this.dir, { recursive: true, force: true }),
    );
  }
}
