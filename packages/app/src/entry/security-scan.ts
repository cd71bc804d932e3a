/** `@sre-agent/app/security-scan`: the scheduled posture scan and its composition root (cluster readers, finding store, notifiers). */
import { createNotifiers } from '@sre-agent/chat';
import type { Clock, LoadedConfig, Logger } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import type { StateStores } from '@sre-agent/state';
import { IncidentThreadStore } from '../compose/incident-thread-store.ts';
import { runSecurityScan, type SecurityScanSummary } from '../use-cases/run-security-scan.ts';

export { connectClusters } from '../compose/connect-clusters.ts';
export type { SecurityScanSummary } from '../use-cases/run-security-scan.ts';

/** What a scheduled scan needs, built once per cold start. */
export type SecurityScanContext = {
  loaded: LoadedConfig;
  stores: StateStores;
  clusters: ReadonlyMap<string, { reader: ClusterReader }>;
  clock: Clock;
  logger: Logger;
};

export type ScheduledSecurityScanResult = { clusters: SecurityScanSummary[] };

/**
 * One scheduled posture scan of every connected cluster (`security.scan`: level, Secrets), tracked
 * in the state's finding store, with a digest to every configured notifier when something changed.
 */
export async function runScheduledSecurityScan(
  context: SecurityScanContext,
): Promise<ScheduledSecurityScanResult> {
  const { loaded, stores, clock, logger } = context;
  const notifier = createNotifiers({
    integrations: loaded.config.integrations,
    secrets: loaded.secrets,
    threadStore: new IncidentThreadStore(stores.incidents),
    logger,
    clock,
  });
  const { scan, exemptions } = loaded.config.security;
  const clusters = await runSecurityScan(
    { clusters: context.clusters, findings: stores.findings, notifier, clock, logger },
    {
      level: scan.level,
      secrets: scan.secrets,
      exemptions,
      denyNamespaces: loaded.config.policy.denyNamespaces,
    },
  );
  return { clusters };
}
