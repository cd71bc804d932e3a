import type { Clock, Config, IdGenerator, Incident, Logger, Notifier } from '@sre-agent/core';
import type { ClusterReader, ClusterWriter } from '@sre-agent/kube';
import type { AuditTrail, IncidentStore } from '@sre-agent/state';
import type { CacheFlusher } from '../cache-flusher.ts';
import type { NodeGroups } from '../node-groups.ts';
import type { ControlState, Diagnoser, FixPersister, IncidentMemoryPort } from '../ports.ts';

/** A cluster's reader and writer, and its node groups where the agent can replace nodes. */
export type ClusterHandles = {
  reader: ClusterReader;
  writer: ClusterWriter;
  nodeGroups?: NodeGroups | undefined;
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
