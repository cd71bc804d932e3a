import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';

const run = promisify(execFile);

/** Builds a Kustomization (`root`, relative to the repository `repoDir`) into the objects it renders. */
export interface KustomizeRenderer {
  render(repoDir: string, root: string): Promise<unknown[]>;
}

/** Why a root was not rendered when there is no `kubectl` to render it: what to add, nothing guessed. */
export function kubectlMissingReason(kubectl: string): string {
  return `not rendered: ${kubectl} is not on this machine's PATH, and Kustomize roots need \`kubectl kustomize\` (in Lambda, add a layer with kubectl to the function's PATH); plain YAML and Helm values are still scanned`;
}

/** The real `kubectl kustomize` (kustomize built into kubectl), offline. */
export class KubectlKustomizeRenderer implements KustomizeRenderer {
  readonly #kubectl: string;
  constructor(kubectl = 'kubectl') {
    this.#kubectl = kubectl;
  }

  async render(repoDir: string, root: string): Promise<unknown[]> {
    let stdout: string;
    try {
      ({ stdout } = await run(this.#kubectl, ['kustomize', join(repoDir, root)], {
        maxBuffer: 256 * 1024 * 1024,
      }));
    } catch (error) {
      // No kubectl at all (the Lambda runtime): say what to add, not "spawn kubectl ENOENT".
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new Error(kubectlMissingReason(this.#kubectl), { cause: error });
      throw error;
    }
    return parseAllDocuments(stdout).flatMap((doc) => {
      const value = doc.toJS() as unknown;
      return value && typeof value === 'object' ? [value] : [];
    });
  }
}

/**
 * Remembers renders by the root and the content of every YAML file of the repository: a build is
 * a pure function of those files (remote bases aside), so a sweep that renders the same commit
 * again, or the base of each proposal, runs kustomize once.
 */
export class CachedKustomizeRenderer implements KustomizeRenderer {
  readonly #inner: KustomizeRenderer;
  readonly #cache = new Map<string, Promise<unknown[]>>();
  readonly #fingerprint: (repoDir: string) => Promise<string>;

  constructor(inner: KustomizeRenderer, fingerprint: (repoDir: string) => Promise<string>) {
    this.#inner = inner;
    this.#fingerprint = fingerprint;
  }

  async render(repoDir: string, root: string): Promise<unknown[]> {
    const key = createHash('sha256')
      .update(await this.#fingerprint(repoDir))
      .update('\0')
      .update(root)
      .digest('hex');
    let rendered = this.#cache.get(key);
    if (!rendered) {
      rendered = this.#inner.render(repoDir, root);
      this.#cache.set(key, rendered);
      rendered.catch(() => this.#cache.delete(key));
    }
    return structuredClone(await rendered);
  }
}
