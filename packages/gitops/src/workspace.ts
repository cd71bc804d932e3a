import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from './git.ts';

/**
 * A scratch checkout of one commit of the repository (`git worktree add --detach`), where a
 * proposal's files are written, diffed and rendered before anything is committed; the user's
 * own working copy is never touched.
 */
export class Workspace {
  readonly repoDir: string;
  readonly dir: string;
  readonly baseSha: string;

  private constructor(repoDir: string, dir: string, baseSha: string) {
    this.repoDir = repoDir;
    this.dir = dir;
    this.baseSha = baseSha;
  }

  static async open(repoDir: string, base = 'HEAD'): Promise<Workspace> {
    const baseSha = (await git(repoDir, ['rev-parse', '--verify', `${base}^{commit}`])).trim();
    const dir = await mkdtemp(join(tmpdir(), 'sre-agent-gitops-'));
    await git(repoDir, ['worktree', 'add', '--detach', '--quiet', dir, baseSha]);
    return new Workspace(repoDir, dir, baseSha);
  }

  /** The file at the base commit (what edits start from). */
  async read(path: string): Promise<string> {
    return git(this.dir, ['show', `${this.baseSha}:${path}`]);
  }

  async write(files: readonly { path: string; content: string }[]): Promise<void> {
    for (const f of files) await writeFile(join(this.dir, f.path), f.content);
  }

  /** The exact unified diff of what was written against the base. */
  async diff(): Promise<string> {
    return git(this.dir, ['diff', '--no-color', '--no-ext-diff', this.baseSha]);
  }

  /** Back to the base commit, for the next proposal. */
  async reset(): Promise<void> {
    await git(this.dir, ['checkout', '--quiet', '--force', this.baseSha, '--', '.']);
  }

  async close(): Promise<void> {
    await git(this.repoDir, ['worktree', 'remove', '--force', this.dir]).catch(() =>
      rm(this.dir, { recursive: true, force: true }),
    );
  }
}
