import type { Clock, IdGenerator, LoadedConfig, Logger, Notifier } from '@sre-agent/core';
import {
  type CacheFlusher,
  type ClusterHandles,
  controlStateFrom,
  type Diagnoser,
  type FixPersister,
  HealingPipeline,
} from '@sre-agent/healing';
import { PageBudget } from '@sre-agent/healing/paging';
import type { StateStores } from '@sre-agent/state';
import type { ConverseAssistant } from '../assistant/converse-assistant.ts';
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
  /** Incident memory (recall for the pipeline and the assistant; `search` for `/sre memory search`). */
  memory?: AgentContext['memory'];
  /** Usage history for on-demand cost reports (`/sre cost`). */
  usage?: AgentContext['usage'];
  /** The posture scan summary (`/sre security`). */
  postureScan?: AgentContext['postureScan'];
  /** The `ask` assistant's model (Bedrock), when configured. */
  assistant?: ConverseAssistant | undefined;
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
    assistant: parts.assistant,
    defaultCluster: defaultClusterName(loaded.config, clusters.keys()),
    memory: parts.memory,
    usage: parts.usage,
    postureScan: parts.postureScan,
  };
  if (parts.queue) return { ...base, queue: parts.queue };
  const localQueue = new InProcessQueue({ process: (item) => processWorkItem(agent, item), clock, logger });
  const agent: Agent = { ...base, queue: localQueue, localQueue };
  return agent;
}
