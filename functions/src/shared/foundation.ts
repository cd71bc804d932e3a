import {
  type Clock,
  type IdGenerator,
  type LoadedConfig,
  type Logger,
  lazySchema,
  loadBundledConfig,
  randomIds,
  systemClock,
} from '@sre-agent/core';
import { createDocumentClient, createDynamoState, type StateStores } from '@sre-agent/state';
import * as z from 'zod';
import { parseEnv } from './env.ts';
import { logger } from './logger.ts';
import { linkedSecrets } from './secrets.ts';

/** What the stacks put in every function's environment. */
const StateEnvSchema = lazySchema(() =>
  z.object({
    SRE_AGENT_TABLE: z.string().min(3),
    /** Another DynamoDB endpoint than AWS's (DynamoDB Local, tests). */
    SRE_AGENT_DYNAMODB_ENDPOINT: z.url().optional(),
    AWS_REGION: z.string().min(1),
  }),
);

/** What every function is built on: the config the stack bundled (JSON), the DynamoDB state, clock, ids, logger. */
export type Foundation = {
  loaded: LoadedConfig;
  stores: StateStores;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
};

export function foundation(): Foundation {
  const env = parseEnv(StateEnvSchema);
  const endpoint = env.SRE_AGENT_DYNAMODB_ENDPOINT;
  const client = createDocumentClient({ region: env.AWS_REGION, ...(endpoint ? { endpoint } : {}) });
  const clock = systemClock;
  return {
    // Secrets come from SST links only, never from the environment.
    loaded: { ...loadBundledConfig(), secrets: linkedSecrets() },
    stores: createDynamoState({ client, tableName: env.SRE_AGENT_TABLE, clock }),
    clock,
    ids: randomIds,
    logger,
  };
}

/**
 * Builds a function's context once per cold start (connection pools live as long as the execution
 * environment); a failed build is forgotten, so the next invocation tries again.
 */
export function oncePerColdStart<T>(build: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    cached ??= build().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}
