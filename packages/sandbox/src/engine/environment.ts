/**
 * Facts about the world outside the cluster that workloads depend on (a database is reachable,
 * a cache is full, an API key is revoked, a node's kubelet is running). Scenarios set the
 * initial facts; tests and humans change them; the engine re-evaluates workloads on every change.
 */
export class Environment {
  readonly #facts = new Map<string, boolean>();
  readonly #listeners = new Set<(fact: string, value: boolean) => void>();

  constructor(initial: Record<string, boolean> = {}) {
    for (const [fact, value] of Object.entries(initial)) this.#facts.set(fact, value);
  }

  /** A fact's value; unknown facts are `defaultValue` (false unless given). */
  get(fact: string, defaultValue = false): boolean {
    return this.#facts.get(fact) ?? defaultValue;
  }

  has(fact: string): boolean {
    return this.#facts.has(fact);
  }

  set(fact: string, value: boolean): void {
    if (this.#facts.get(fact) === value) return;
    this.#facts.set(fact, value);
    for (const listener of this.#listeners) listener(fact, value);
  }

  facts(): Record<string, boolean> {
    return Object.fromEntries(this.#facts);
  }

  onChange(listener: (fact: string, value: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The fact that says whether a node's kubelet is running (true unless a scenario stops it). */
export function kubeletFact(node: string): string {
  return `kubeletRunning/${node}`;
}
