import { ValidationError } from '@sre-agent/core';
import { type KubeCall, statusCodeOf, toKubeError } from './errors.ts';
import { listAllPages, type PageFetcher } from './pagination.ts';
import { type RetryDeps, retryTransient } from './retry.ts';

function label(call: KubeCall): string {
  return `${call.verb} ${call.resource}${call.namespace ? ` -n ${call.namespace}` : ''}${call.name ? ` ${call.name}` : ''}`;
}

/** An empty name would address the collection (or `…/undefined`), never the object meant. */
function assertNamed(call: KubeCall): void {
  if (call.name === '') throw new ValidationError(`${call.verb} ${call.resource}: the object name is empty`);
  if (call.namespace === '')
    throw new ValidationError(`${call.verb} ${call.resource}: the namespace is empty`);
}

/**
 * Runs Kubernetes calls with the adapter's error policy: transient failures are retried with
 * backoff, then whatever remains becomes a domain error (see errors.ts).
 */
export class KubeCaller {
  readonly #deps: RetryDeps;

  constructor(deps: RetryDeps) {
    this.#deps = deps;
  }

  get deps(): RetryDeps {
    return this.#deps;
  }

  /** A call whose every failure is an error (404 → NotFoundError). */
  async run<T>(call: KubeCall, operation: () => Promise<T>): Promise<T> {
    assertNamed(call);
    try {
      return await retryTransient(operation, this.#deps, label(call));
    } catch (error) {
      throw toKubeError(error, call);
    }
  }

  /** A read where 404 is an answer: `undefined`. */
  async read<T>(call: KubeCall, operation: () => Promise<T>): Promise<T | undefined> {
    assertNamed(call);
    try {
      return await retryTransient(operation, this.#deps, label(call));
    } catch (error) {
      if (statusCodeOf(error) === 404) return undefined;
      throw toKubeError(error, call);
    }
  }

  /** Every item of a list, page by page; each page gets its own transient retries. */
  async list<T>(call: KubeCall, fetchPage: PageFetcher, pageSize?: number): Promise<T[]> {
    try {
      return await listAllPages<T>(
        (request) => retryTransient(() => fetchPage(request), this.#deps, label(call)),
        pageSize === undefined ? {} : { pageSize },
      );
    } catch (error) {
      throw toKubeError(error, call);
    }
  }
}
