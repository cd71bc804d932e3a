import { WORK_QUEUE } from './manifest.ts';

/**
 * The work queue between the ingest functions and the worker, with its dead-letter queue, and the
 * queue that keeps asynchronous invocations (schedules, events) that failed every retry.
 */
export function createQueues() {
  const keep = { transform: { queue: { messageRetentionSeconds: WORK_QUEUE.deadLetterRetentionSeconds } } };
  const deadLetter = new sst.aws.Queue('WorkDeadLetter', keep);
  const work = new sst.aws.Queue('Work', {
    visibilityTimeout: `${WORK_QUEUE.visibilityTimeoutSeconds} seconds`,
    dlq: { queue: deadLetter.arn, retry: WORK_QUEUE.maxReceiveCount },
  });
  const failedInvocations = new sst.aws.Queue('FailedInvocations', keep);
  return { work, deadLetter, failedInvocations };
}
export type Queues = ReturnType<typeof createQueues>;
