import type { Clock, Logger } from '@sre-agent/core';
import { errorMessage } from '@sre-agent/core';
import { describeWorkItem, type WorkItem } from './work-item.ts';

/** Where ingest handlers put work: SQS in AWS, an in-process queue locally. */
export interface WorkQueue {
  send(items: readonly WorkItem[]): Promise<void>;
}

export type DeadLetter = { item: WorkItem; attempts: number; error: string };

export type InProcessQueueOptions = {
  process: (item: WorkItem) => Promise<void>;
  clock: Clock;
  logger: Logger;
  /** Attempts before an item goes to the dead-letter list (like SQS maxReceiveCount). */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt. */
  retryDelayMs?: number;
};

/**
 * The local stand-in for SQS + the worker Lambda: items are processed one at a time in order,
 * failures are retried with backoff, and what still fails lands in `deadLetters`.
 */
export class InProcessQueue implements WorkQueue {
  readonly deadLetters: DeadLetter[] = [];
  readonly #options: Required<InProcessQueueOptions>;
  readonly #pending: { item: WorkItem; attempts: number }[] = [];
  #running: Promise<void> | undefined;

  constructor(options: InProcessQueueOptions) {
    this.#options = { maxAttempts: 5, retryDelayMs: 1000, ...options };
  }

  async send(items: readonly WorkItem[]): Promise<void> {
    for (const item of items) this.#pending.push({ item, attempts: 0 });
    this.#running ??= this.#run().finally(() => {
      this.#running = undefined;
    });
  }

  /** Resolves when everything queued so far (and anything it queued) has been processed. */
  async drain(): Promise<void> {
    while (this.#running !== undefined) await this.#running;
  }

  get size(): number {
    return this.#pending.length;
  }

  async #run(): Promise<void> {
    const { process, clock, logger, maxAttempts, retryDelayMs } = this.#options;
    for (let next = this.#pending.shift(); next; next = this.#pending.shift()) {
      try {
        await process(next.item);
      } catch (error) {
        const attempts = next.attempts + 1;
        if (attempts >= maxAttempts) {
          logger.error('work item dead-lettered', { item: describeWorkItem(next.item), attempts, error });
          this.deadLetters.push({ item: next.item, attempts, error: errorMessage(error) });
          continue;
        }
        logger.warn('work item failed, retrying', { item: describeWorkItem(next.item), attempts, error });
        await clock.sleep(retryDelayMs * 2 ** (attempts - 1));
        this.#pending.unshift({ item: next.item, attempts });
      }
    }
  }
}
