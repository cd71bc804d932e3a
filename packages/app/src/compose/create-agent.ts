import type { Clock, IdGenerator, LoadedConfig, Logger, Notifier } from '@sre-agent/core';
import {
  type CacheFlusher,
  type ClusterHandles,
  controlStateFrom,
  type Diagnoser,
  type FixPersister,
  HealingPipeline,
  type IncidentMemoryPort,
} from '@sre-agent/healing';
import { PageBudget } from '@sre-agent/healing/paging';
import type { StateStores } from '@sre-agent/state';
import type { AgentContext } from '../context.ts';
import { InProcessQueue, type WorkQueue } from '../queue/work-queue.ts';
import { processWorkItem } from '../use-cases/process-work.ts';
import { defaultClusterName } from './ingest-context.ts';

export type AgentParts = {
  loaded: LoadedConfig;
  clusters: ReadonlyMap<string, ClusterHandles>;
  stores: StateStores;
  notifier: Notifier;
  diagnoser: Diagnoser;
  memory?: IncidentMemoryPort | undefined;
  caches?: CacheFlusher | undefined;
  /** Keeps live fixes of Git-managed workloads in Git (the GitOps enforcer); absent: live only. */
  fixes?: FixPersister | undefined;
  clock: Clock;
  /** The real time when `clock` is a scenario clock (see `IngestContext.wallClock`); default: `clock`. */
  wallClock?: Clock | undefined;
  ids: IdGenerator;
  logger: Logger;
  /** The queue to hand work to (SQS in Lambda); omitted → an in-process queue processed by this agent. */
  queue?: WorkQueue;
};

export type Agent = AgentContext & {
  /** Present when the agent processes its own queue (local runs, tests). */
  localQueue?: InProcessQueue | undefined;
};

/** The composition root's last step: one pipeline and one context from already-built adapters. */
export function createAgent(parts: AgentParts): Agent {
  const { loaded, clusters, stores, clock, logger, ids } = parts;
  const pager = new PageBudget({
    notifier: parts.notifier,
    ledger: stores.pages,
    pagesPerHour: loaded.config.policy.pagesPerClusterPerHour,
    clock,
    logger,
  });
  const pipeline = new HealingPipeline({
    config: loaded.config,
    cluster: (name) => clusters.get(name),
    incidents: stores.incidents,
    audit: stores.audit,
    control: controlStateFrom(stores.control, stores.audit, clock),
    diagnoser: parts.diagnoser,
    memory: parts.memory,
    notifier: pager,
    caches: parts.caches,
    fixes: parts.fixes,
    clock,
    ids,
    logger,
  });
  const base: Omit<AgentContext, 'queue'> = {
    config: loaded.config,
    secrets: loaded.secrets,
    clock,
    wallClock: parts.wallClock ?? clock,
    logger,
    ids,
    stores,
    pipeline,
    pager,
    clusters,
    defaultCluster: defaultClusterName(loaded.config, clusters.keys()),
  };
  if (parts.queue) return { ...base, queue: parts.queue };
  const localQueue = new InProcessQueue({ process: (item) => processWorkItem(agent, item), clock, logger });
  const agent: Agent = { ...base, queue: localQueue, localQueue };
  return agent;
}
