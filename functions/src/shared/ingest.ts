import { createIngestContext, type IngestContext } from '@sre-agent/app/ingest';
import { foundation, oncePerColdStart } from './foundation.ts';
import { sqsWorkQueue } from './sqs-work-queue.ts';

/** The receivers' context (Alertmanager, Slack): state and the SQS work queue, no cluster access. */
export const ingestContext = oncePerColdStart(
  async (): Promise<IngestContext> => createIngestContext({ ...foundation(), queue: sqsWorkQueue() }),
);
