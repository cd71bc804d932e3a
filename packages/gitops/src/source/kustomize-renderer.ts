import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';

const run = promisify(execFile);

/** Builds a Kustomization into the objects it renders. */
export interface KustomizeRenderer {
  render(dir: string): Promise<unknown[]>;
}

/** The real `kubectl kustomize` (kustomize built into kubectl), offline. */
export class KubectlKustomizeRenderer implements KustomizeRenderer {
  readonly #kubectl: string;
  constructor(kubectl = 'kubectl') {
    this.#kubectl = kubectl;
  }

  async render(dir: string): Promise<unknown[]> {
    const { stdout } = await run(this.#kubectl, ['kustomize', dir], { maxBuffer: 256 * 1024 * 1024 });
    return parseAllDocuments(stdout).flatMap((doc) => {
      const value = doc.toJS() as unknown;
      return value && typeof value === 'object' ? [value] : [];
    });
  }
}
