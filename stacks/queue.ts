import { FUNCTIONS, type FunctionName, WORK_QUEUE } from './manifest.ts';

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

/** Subscribes the queue's consumer (the worker) with partial batch responses and a concurrency cap. */
export function subscribeConsumers(queues: Queues, functions: Record<FunctionName, sst.aws.Function>) {
  const subscriptions: unknown[] = [];
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    for (const trigger of FUNCTIONS[name].triggers) {
      if (trigger.kind !== 'queue') continue;
      subscriptions.push(
        queues.work.subscribe(functions[name].arn, {
          batch: {
            size: trigger.batchSize,
            window: `${trigger.batchWindowSeconds} seconds`,
            partialResponses: trigger.partialBatchResponses,
          },
          transform: {
            eventSourceMapping: (args) => {
              args.scalingConfig = { maximumConcurrency: trigger.maxConcurrency };
            },
          },
        }),
      );
    }
  }
  return subscriptions;
}
