import type { Clock, Config, IdGenerator, Logger, Secrets } from '@sre-agent/core';
import type { ClusterHandles, HealingPipeline } from '@sre-agent/healing';
import type { StateStores } from '@sre-agent/state';
import type { WorkQueue } from './queue/work-queue.ts';

/** Everything a use case may touch, built once per cold start by the composition root. */
export type AgentContext = {
  config: Config;
  secrets: Secrets;
  clock: Clock;
  logger: Logger;
  ids: IdGenerator;
  stores: StateStores;
  pipeline: HealingPipeline;
  clusters: ReadonlyMap<string, ClusterHandles>;
  queue: WorkQueue;
  /** Cluster name for alerts that carry no `cluster` label. */
  defaultCluster: string;
};

/** A transport-neutral reply: handlers map it to API Gateway, a Function URL or node:http. */
export type Reply = { status: number; body: unknown; headers?: Record<string, string> };
