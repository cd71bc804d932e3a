/** Chat systems that keep one thread per incident. */
export type ThreadProvider = 'slack' | 'teams';

/** Where an incident's thread lives: for Slack, the channel ID and the root message's `ts`. */
export type ThreadRef = { channel: string; messageId: string };

/**
 * Remembers the root message of each incident's thread, so later messages go into the same thread.
 * The healing pipeline backs it with the incident record; `InMemoryThreadStore` serves local runs and tests.
 */
export interface ThreadStore {
  get(threadKey: string, provider: ThreadProvider): Promise<ThreadRef | undefined>;
  /** Records the thread's root; a later `set` for the same key and provider replaces it. */
  set(threadKey: string, provider: ThreadProvider, ref: ThreadRef): Promise<void>;
}

/** A `ThreadStore` in a Map; forgets everything when the process ends. */
export class InMemoryThreadStore implements ThreadStore {
  readonly #threads = new Map<string, ThreadRef>();

  async get(threadKey: string, provider: ThreadProvider): Promise<ThreadRef | undefined> {
    const ref = this.#threads.get(keyOf(threadKey, provider));
    return ref ? { ...ref } : undefined;
  }

  async set(threadKey: string, provider: ThreadProvider, ref: ThreadRef): Promise<void> {
    this.#threads.set(keyOf(threadKey, provider), { ...ref });
  }
}

function keyOf(threadKey: string, provider: ThreadProvider): string {
  return JSON.stringify([provider, threadKey]);
}
