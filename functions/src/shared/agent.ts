import { SQSClient } from '@aws-sdk/client-sqs';
import { type Agent, buildAgent, connectClusters } from '@sre-agent/app';
import { ConfigError, loadConfig, randomIds, systemClock } from '@sre-agent/core';
import { createDocumentClient, createDynamoState } from '@sre-agent/state';
import { z } from 'zod';
import { logger } from './logger.ts';
import { SqsWorkQueue } from './sqs-work-queue.ts';

/** What the stacks put in every function's environment. */
const LambdaEnvSchema = z.object({
  SRE_AGENT_TABLE: z.string().min(3),
  SRE_AGENT_QUEUE_URL: z.url().optional(),
  /** Another DynamoDB endpoint than AWS's (DynamoDB Local, tests). */
  SRE_AGENT_DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1),
});

let cached: Promise<Agent> | undefined;

/** The agent, built once per cold start from the bundled config and the environment. */
export function lambdaAgent(): Promise<Agent> {
  cached ??= build().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function build(): Promise<Agent> {
  const env = LambdaEnvSchema.safeParse(process.env);
  if (!env.success) throw new ConfigError(`Lambda environment is invalid:\n${z.prettifyError(env.error)}`);
  const loaded = loadConfig();
  const clock = systemClock;
  const endpoint = env.data.SRE_AGENT_DYNAMODB_ENDPOINT;
  const client = createDocumentClient({ region: env.data.AWS_REGION, ...(endpoint ? { endpoint } : {}) });
  const stores = createDynamoState({ client, tableName: env.data.SRE_AGENT_TABLE, clock });
  const queueUrl = env.data.SRE_AGENT_QUEUE_URL;
  // Connection pools live as long as the Lambda execution environment.
  const { clusters } = await connectClusters(loaded.config.clusters, { clock, logger });
  return buildAgent({
    loaded,
    stores,
    clusters,
    clock,
    logger,
    ids: randomIds,
    ...(queueUrl
      ? { queue: new SqsWorkQueue(new SQSClient({ region: env.data.AWS_REGION }), queueUrl) }
      : {}),
  });
}
