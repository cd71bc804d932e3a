import type { Clock, Config, IdGenerator, LoadedConfig, Logger } from '@sre-agent/core';
import type { StateStores } from '@sre-agent/state';
import type { IngestContext, MonitorContext } from '../context.ts';
import type { WorkQueue } from '../queue/work-queue.ts';

export type IngestParts = {
  loaded: LoadedConfig;
  stores: StateStores;
  queue: WorkQueue;
  clock: Clock;
  /** The real time when `clock` is a scenario clock (local runs on the sandbox); default: `clock`. */
  wallClock?: Clock;
  ids: IdGenerator;
  logger: Logger;
};

/**
 * The receivers' composition root: state and the queue, nothing that reaches a cluster. A receiver
 * persists and enqueues; the worker, built by `buildAgent`, does the rest.
 */
export function createIngestContext(parts: IngestParts): IngestContext {
  const { loaded, wallClock, ...adapters } = parts;
  return {
    ...adapters,
    wallClock: wallClock ?? parts.clock,
    config: loaded.config,
    secrets: loaded.secrets,
    defaultCluster: defaultClusterName(loaded.config),
  };
}

/** The monitor's composition root: the receivers' context plus a reader per cluster. */
export function createMonitorContext(
  parts: IngestParts & { clusters: MonitorContext['clusters'] },
): MonitorContext {
  const { clusters, ...rest } = parts;
  return {
    ...createIngestContext(rest),
    clusters,
    defaultCluster: defaultClusterName(rest.loaded.config, clusters.keys()),
  };
}

/** The cluster of alerts that carry no `cluster` label: the first configured, else the first connected one. */
export function defaultClusterName(config: Config, connected: Iterable<string> = []): string {
  return config.clusters[0]?.name ?? [...connected][0] ?? 'default';
}
