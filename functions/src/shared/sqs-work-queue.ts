import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { WorkItem, WorkQueue } from '@sre-agent/app/ingest';
import { ExternalServiceError, lazySchema } from '@sre-agent/core';
import * as z from 'zod';
import { parseEnv } from './env.ts';

/** SQS allows ten messages per batch. */
const BATCH = 10;

/** The work queue on SQS: the worker function consumes it, failures go to the dead-letter queue. */
export class SqsWorkQueue implements WorkQueue {
  readonly #client: SQSClient;
  readonly #queueUrl: string;

  constructor(client: SQSClient, queueUrl: string) {
    this.#client = client;
    this.#queueUrl = queueUrl;
  }

  async send(items: readonly WorkItem[]): Promise<void> {
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items.slice(start, start + BATCH);
      const result = await this.#client.send(
        new SendMessageBatchCommand({
          QueueUrl: this.#queueUrl,
          Entries: batch.map((item, index) => ({ Id: String(index), MessageBody: JSON.stringify(item) })),
        }),
      );
      if (result.Failed && result.Failed.length > 0) {
        const first = result.Failed[0];
        throw new ExternalServiceError(
          'sqs',
          `${result.Failed.length} of ${batch.length} messages were not enqueued: ${first?.Code} ${first?.Message ?? ''}`,
          !first?.SenderFault,
        );
      }
    }
  }
}

/** Set by the stacks for the functions that enqueue (manifest `queue: 'send'`). */
const QueueEnvSchema = lazySchema(() =>
  z.object({ SRE_AGENT_QUEUE_URL: z.url(), AWS_REGION: z.string().min(1) }),
);

/** The work queue of a function that enqueues, from its environment. */
export function sqsWorkQueue(): WorkQueue {
  const env = parseEnv(QueueEnvSchema);
  return new SqsWorkQueue(new SQSClient({ region: env.AWS_REGION }), env.SRE_AGENT_QUEUE_URL);
}
