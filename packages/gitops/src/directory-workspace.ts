import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { formatPatch, structuredPatch } from 'diff';
import type { Workspace, WorkspaceFile } from './workspace.ts';

/** A path inside the workspace, or an error: never absolute, never above it. */
function inside(dir: string, path: string): string {
  const clean = normalize(path);
  if (isAbsolute(clean) || clean === '..' || clean.startsWith('../'))
    throw new Error(`${path} is not a path inside the workspace`);
  return join(dir, clean);
}

async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * A workspace over a plain directory that holds one commit's files (a snapshot downloaded from the
 * git host), for where there is no `git`: it remembers the base content of every file it writes,
 * so that `read` still answers the base, `diff` is computed over the written files (jsdiff, in
 * git's format), and `reset` puts the base content back.
 */
export class DirectoryWorkspace implements Workspace {
  readonly dir: string;
  readonly baseSha: string;
  /** The base content of each written file (`undefined`: it did not exist). */
  readonly #base = new Map<string, string | undefined>();

  constructor(dir: string, baseSha: string) {
    this.dir = dir;
    this.baseSha = baseSha;
  }

  async read(path: string): Promise<string> {
    const content = this.#base.has(path) ? this.#base.get(path) : await readIfThere(inside(this.dir, path));
    if (content === undefined) throw new Error(`${path} is not in ${this.baseSha.slice(0, 12)}`);
    return content;
  }

  async write(files: readonly WorkspaceFile[]): Promise<void> {
    for (const f of files) {
      const file = inside(this.dir, f.path);
      if (!this.#base.has(f.path)) this.#base.set(f.path, await readIfThere(file));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, f.content);
    }
  }

  async diff(): Promise<string> {
    const parts: string[] = [];
    for (const path of [...this.#base.keys()].sort()) {
      const before = this.#base.get(path);
      const after = await readIfThere(inside(this.dir, path));
      if (before === after) continue;
      const patch = structuredPatch(
        before === undefined ? '/dev/null' : `a/${path}`,
        after === undefined ? '/dev/null' : `b/${path}`,
        before ?? '',
        after ?? '',
        undefined,
        undefined,
        { context: 3 },
      );
      parts.push(
        formatPatch({
          ...patch,
          isGit: true,
          ...(before === undefined ? { isCreate: true, oldFileName: '/dev/null' } : {}),
          ...(after === undefined ? { isDelete: true, newFileName: '/dev/null' } : {}),
        }),
      );
    }
    return parts.join('');
  }

  async reset(): Promise<void> {
    for (const [path, before] of this.#base) {
      const file = inside(this.dir, path);
      if (before === undefined) await rm(file, { force: true });
      else await writeFile(file, before);
    }
    this.#base.clear();
  }

  async close(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
