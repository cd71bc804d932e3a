import { describeWorkItem, parseWorkItem, processWorkItem } from '@sre-agent/app';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { lambdaAgent } from './shared/agent.ts';
import { logger } from './shared/logger.ts';

/**
 * The async worker fed by SQS. Each message is processed on its own; failures are reported as
 * partial batch failures, so SQS retries only those and dead-letters what keeps failing.
 */
export async function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  const remainingMs = context ? () => context.getRemainingTimeInMillis() : undefined;
  const agent = await lambdaAgent();
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const item = parseWorkItem(record.body);
      await processWorkItem(agent, item, remainingMs ? { remainingMs } : {});
      logger.info('work item processed', { item: describeWorkItem(item) });
    } catch (error) {
      logger.error('work item failed', { messageId: record.messageId, error });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
