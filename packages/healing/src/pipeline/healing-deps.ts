import type { Clock, Config, IdGenerator, Incident, Logger, Notifier } from '@sre-agent/core';
import type { ClusterReader, ClusterWriter } from '@sre-agent/kube';
import type { AuditTrail, IncidentStore } from '@sre-agent/state';
import type { CacheFlusher } from '../cache-flusher.ts';
import type { ForecastView } from '../monitor/detectors/spec.ts';
import type { NodeGroups } from '../node-groups.ts';
import type { ControlState, Diagnoser, FixPersister, IncidentMemoryPort } from '../ports.ts';

/** The proactive observer's view of a cluster: the forecasts due now (within its horizons). */
export interface ClusterForecasts {
  /**
   * The forecasts due now; an implementation may answer from a recent computation (a trend over
   * hours barely moves in minutes) unless `fresh` asks for one at this instant (verifying a fix).
   */
  current(options?: { fresh?: boolean }): Promise<readonly ForecastView[]>;
}

/**
 * A cluster's reader and writer, its node groups where the agent can replace nodes, and its
 * forecasts where it has metrics to forecast from.
 */
export type ClusterHandles = {
  reader: ClusterReader;
  writer: ClusterWriter;
  nodeGroups?: NodeGroups | undefined;
  forecasts?: ClusterForecasts | undefined;
};

export type HealingDeps = {
  config: Config;
  /** The reader and writer of a cluster by name; `undefined` for an unknown cluster. */
  cluster(name: string): ClusterHandles | undefined;
  incidents: IncidentStore;
  audit: AuditTrail;
  control: ControlState;
  diagnoser: Diagnoser;
  memory?: IncidentMemoryPort | undefined;
  notifier: Notifier;
  caches?: CacheFlusher | undefined;
  /** Opens the pull request that keeps a live fix of the declared spec in Git (GitOps enforcer). */
  fixes?: FixPersister | undefined;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** Wall-clock milliseconds the current invocation has left (a Lambda's remaining time), if bounded. */
  remainingMs?: (() => number) | undefined;
};

export type IngestResult =
  | { kind: 'opened'; incident: Incident }
  | { kind: 'updated'; incident: Incident }
  | { kind: 'closed'; incident: Incident }
  | { kind: 'ignored'; reason: string };
