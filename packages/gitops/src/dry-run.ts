import { execFile } from 'node:child_process';

/** A server-side dry run of an object against the cluster (admission, validation, defaulting): nothing is written. */
export interface ServerDryRun {
  check(object: unknown): Promise<{ ok: true } | { ok: false; reason: string }>;
}

/** `kubectl apply --dry-run=server` with a kubeconfig: the API server validates and admits the object without persisting it. */
export class KubectlServerDryRun implements ServerDryRun {
  readonly #kubeconfig: string;
  readonly #kubectl: string;
  constructor(options: { kubeconfig: string; kubectl?: string }) {
    this.#kubeconfig = options.kubeconfig;
    this.#kubectl = options.kubectl ?? 'kubectl';
  }

  check(object: unknown): Promise<{ ok: true } | { ok: false; reason: string }> {
    return new Promise((resolve) => {
      const child = execFile(
        this.#kubectl,
        ['--kubeconfig', this.#kubeconfig, 'apply', '--dry-run=server', '-o', 'name', '-f', '-'],
        { timeout: 60_000 },
        (error, _stdout, stderr) =>
          resolve(
            error ? { ok: false, reason: (stderr.trim() || error.message).slice(0, 1024) } : { ok: true },
          ),
      );
      child.stdin?.end(JSON.stringify(object));
    });
  }
}
