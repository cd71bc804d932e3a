import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { createNotifiers } from '@sre-agent/chat';
import type { Clock, IdGenerator, LoadedConfig, Logger, Notifier } from '@sre-agent/core';
import { ConfigError, fanOutNotifier } from '@sre-agent/core';
import {
  ACTION_KINDS,
  type ActionChooser,
  BedrockReasoner,
  type ClusterHandles,
  createCatalogDiagnoser,
  type FixPersister,
  incidentFixKinds,
  RedisCacheFlusher,
  RulesReasoner,
  reasonerChooser,
  unknownActionNames,
  withFallback,
} from '@sre-agent/healing';
import type { StateStores } from '@sre-agent/state';
import { assistantFromConfig } from '../assistant/from-config.ts';
import type { WorkQueue } from '../queue/work-queue.ts';
import { type Agent, createAgent } from './create-agent.ts';
import { IncidentThreadStore } from './incident-thread-store.ts';

export type BuildAgentOptions = {
  loaded: LoadedConfig;
  stores: StateStores;
  clusters: ReadonlyMap<string, ClusterHandles>;
  clock: Clock;
  /** The real time when `clock` is a scenario clock (see `IngestContext.wallClock`); default: `clock`. */
  wallClock?: Clock;
  logger: Logger;
  ids: IdGenerator;
  queue?: WorkQueue;
  /** Incident memory; its free-text `search`, when it has one, also answers `/sre memory search`. */
  memory?: Agent['memory'];
  /** Usage history for on-demand cost reports (`/sre cost`); default: the configured Prometheus. */
  usage?: Agent['usage'];
  /** The posture scan summary for `/sre security` (not in the Lambda worker: bundle budget). */
  postureScan?: Agent['postureScan'];
  /** Human-readable notifications on a terminal (local runs). */
  terminal?: { write: (text: string) => void; tty: boolean };
  /** Also notify this one (the demo records every message for its report). */
  alsoNotify?: Notifier;
  /** Keeps live fixes in Git (local runs: the sandbox's manifests repository). */
  fixes?: FixPersister;
};

/**
 * The composition root shared by the Lambda functions and the local runtime: from config, secrets
 * and the state stores to a ready agent. Integrations are used when configured, and only then.
 */
export function buildAgent(options: BuildAgentOptions): Agent {
  const { loaded, stores, clock, logger } = options;
  const { config, secrets } = loaded;
  const unknown = unknownActionNames(config.policy.allowedActions);
  if (unknown.length > 0) {
    throw new ConfigError(
      `${loaded.source ?? 'config'}: policy.allowedActions names unknown actions (${unknown.join(', ')}); known actions: ${ACTION_KINDS.join(', ')}`,
    );
  }
  const configured = createNotifiers({
    integrations: config.integrations,
    secrets,
    terminal: options.terminal,
    threadStore: new IncidentThreadStore(stores.incidents),
    logger,
    clock,
  });
  const notifier = options.alsoNotify ? fanOutNotifier([configured, options.alsoNotify]) : configured;
  const caches = config.integrations.redis?.caches ?? [];
  return createAgent({
    loaded,
    clusters: options.clusters,
    stores,
    notifier,
    diagnoser: createCatalogDiagnoser({
      clock,
      allowedActions: incidentFixKinds(config.policy.allowedActions),
      ...(bedrockChooser(loaded, logger) ?? {}),
    }),
    memory: options.memory,
    usage: options.usage,
    postureScan: options.postureScan,
    assistant: assistantFromConfig(config, logger),
    caches: caches.length > 0 ? new RedisCacheFlusher({ caches, logger }) : undefined,
    fixes: options.fixes,
    clock,
    wallClock: options.wallClock,
    ids: options.ids,
    logger,
    ...(options.queue ? { queue: options.queue } : {}),
  });
}

/**
 * With `integrations.bedrock.reasoningModelId` set, a Bedrock model chooses among the allowed
 * catalog actions from the redacted evidence; whenever it abstains or fails, the rules decide.
 */
function bedrockChooser(loaded: LoadedConfig, logger: Logger): { choose: ActionChooser } | undefined {
  const bedrock = loaded.config.integrations.bedrock;
  if (!bedrock?.reasoningModelId) return undefined;
  const model = new BedrockReasoner({
    client: new BedrockRuntimeClient({ region: bedrock.region }),
    modelId: bedrock.reasoningModelId,
    logger,
  });
  return {
    choose: reasonerChooser(
      withFallback(model, new RulesReasoner({ minMemoryScore: 0 })),
      incidentFixKinds(loaded.config.policy.allowedActions),
    ),
  };
}
