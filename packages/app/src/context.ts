import type { Clock, Config, IdGenerator, Logger, Secrets } from '@sre-agent/core';
import type { NamespaceInventory, UsageMetrics } from '@sre-agent/cost';
import type {
  ClusterForecasts,
  ClusterHandles,
  HealingPipeline,
  IncidentMemoryPort,
} from '@sre-agent/healing';
import type { PageBudget } from '@sre-agent/healing/paging';
import type { ClusterReader } from '@sre-agent/kube';
import type { IncidentMemory } from '@sre-agent/memory';
import type { StateStores } from '@sre-agent/state';
import type { ConverseAssistant } from './assistant/converse-assistant.ts';
import type { WorkQueue } from './queue/work-queue.ts';

/**
 * What the receivers (Alertmanager webhook, Slack) touch: secrets, state and the queue. No
 * cluster and no pipeline, so a receiver's bundle carries neither the Kubernetes client nor the
 * healing machinery.
 */
export type IngestContext = {
  config: Config;
  secrets: Secrets;
  /** The agent's time: incidents, cooldowns, schedules (the sandbox's scenario clock in `npm start`). */
  clock: Clock;
  /**
   * The real time, for what the outside world timestamps: Slack's request signatures are judged
   * against it, never against a scenario clock running ahead. The same clock in Lambda.
   */
  wallClock: Clock;
  logger: Logger;
  ids: IdGenerator;
  stores: StateStores;
  queue: WorkQueue;
  /** Cluster name for alerts that carry no `cluster` label. */
  defaultCluster: string;
};

/**
 * What the monitor touches: the receivers' context plus read access to every cluster, and the
 * forecasts of a cluster with metrics to forecast from.
 */
export type MonitorContext = IngestContext & {
  clusters: ReadonlyMap<string, { reader: ClusterReader; forecasts?: ClusterForecasts | undefined }>;
};

/** Everything a use case may touch, built once per cold start by the composition root. */
export type AgentContext = IngestContext & {
  pipeline: HealingPipeline;
  /** The notifier behind the pipeline, with the paging budget; sends the hourly digests. */
  pager: PageBudget;
  clusters: ReadonlyMap<string, ClusterHandles>;
  /**
   * Incident memory, when it is on: its recall (the pipeline, the `ask` assistant) and, where the
   * implementation has it, its free-text `search` (`/sre memory search`).
   */
  memory?: (IncidentMemoryPort & Partial<Pick<IncidentMemory, 'search'>>) | undefined;
  /** Usage history for on-demand cost reports (the sandbox's in `npm start`); else the configured Prometheus. */
  usage?: { cluster: string; metrics: UsageMetrics; inventory?: NamespaceInventory | undefined } | undefined;
  /** The posture scan summary (`/sre security`), where the runtime carries the security package. */
  postureScan?:
    | ((input: {
        reader: ClusterReader;
        config: Config;
        cluster: string;
        namespace?: string | undefined;
      }) => Promise<string[]>)
    | undefined;
  /** The `ask` assistant's model, when Bedrock is configured for it; else `ask` answers with the rules. */
  assistant?: ConverseAssistant | undefined;
};

/** A transport-neutral reply: handlers map it to API Gateway, a Function URL or node:http. */
export type Reply = { status: number; body: unknown; headers?: Record<string, string> };
