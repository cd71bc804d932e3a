/**
 * What a report or a proposal leaves out under `policy.denyNamespaces`: `keeps(namespace)` says
 * whether something in that namespace may be shown (something without a namespace, a node, stays),
 * and `withheld` counts the denied namespaces that had something, never naming them. One per
 * report: the count is of what this report left out.
 */
export class NamespaceWithholding {
  readonly #denied: ReadonlySet<string>;
  readonly #withheld = new Set<string>();

  constructor(denied: readonly string[]) {
    this.#denied = new Set(denied);
  }

  /** Whether any namespace is denied at all (nothing to filter otherwise). */
  get denies(): boolean {
    return this.#denied.size > 0;
  }

  keeps(namespace: string | undefined): boolean {
    if (namespace === undefined || !this.#denied.has(namespace)) return true;
    this.#withheld.add(namespace);
    return false;
  }

  /** How many denied namespaces had something left out so far. */
  get withheld(): number {
    return this.#withheld.size;
  }
}
