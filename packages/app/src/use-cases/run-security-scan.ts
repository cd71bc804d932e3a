import type { Clock, Logger, Notifier, SecurityExemption } from '@sre-agent/core';
import { ExternalServiceError, errorMessage } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import {
  closingsOf,
  digestIsDue,
  findingsOutside,
  readClusterInventory,
  type ScanCoverage,
  scanInventory,
  securityDigestNotification,
  type TrackedScan,
  withholdNamespaces,
} from '@sre-agent/security';
import type { SecurityFindingStore } from '@sre-agent/state';

type ScanResult = ReturnType<typeof scanInventory>;

/**
 * Records one cluster's scan in the finding store and says what changed: findings new since the
 * last scan, still open, fixed (gone from a scan that covered them) and exempted since.
 */
export async function trackSecurityScan(
  deps: { findings: SecurityFindingStore; clock: Clock },
  input: {
    cluster: string;
    result: Pick<ScanResult, 'findings' | 'exempted' | 'unreadable'>;
    coverage: ScanCoverage;
  },
): Promise<TrackedScan> {
  const at = deps.clock.now();
  const previouslyOpen = await deps.findings.listOpen(input.cluster);
  const closings = closingsOf(
    previouslyOpen.map((t) => t.finding),
    input.result,
    input.coverage,
  );
  const outcome = await deps.findings.recordScan({
    cluster: input.cluster,
    at: at.toISOString(),
    seen: input.result.findings,
    closed: closings,
  });
  const fixed = outcome.closed.filter((t) => t.status === 'fixed').map((t) => t.finding);
  const exempted = outcome.closed
    .filter((t) => t.status === 'exempted')
    .map((t) => ({ ...t.finding, reason: t.reason }));
  const open = [...outcome.new, ...outcome.open].map((t) => t.finding);
  return { cluster: input.cluster, at, new: outcome.new.map((t) => t.finding), open, fixed, exempted };
}

export type SecurityScanDeps = {
  /** The clusters to scan, by name. */
  clusters: ReadonlyMap<string, { reader: ClusterReader }>;
  findings: SecurityFindingStore;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
};

export type SecurityScanSettings = {
  level: 'baseline' | 'restricted';
  /** Read Secrets too (weak secrets); needs the opt-in role. */
  secrets: boolean;
  exemptions: readonly SecurityExemption[];
  /**
   * `policy.denyNamespaces`: left out of the scan, the finding store and the digest (counted, never
   * named); findings already tracked there stay as they were.
   */
  denyNamespaces?: readonly string[];
};

/** One cluster's scan in a few numbers (the Lambda's result, the log line). */
export type SecurityScanSummary =
  | {
      cluster: string;
      status: 'scanned';
      new: number;
      open: number;
      fixed: number;
      exempted: number;
      notified: boolean;
    }
  | { cluster: string; status: 'failed'; error: string };

/**
 * The scheduled posture scan: each cluster read, scanned (the denylisted namespaces left out),
 * tracked against the finding store, and a digest (new findings first, then fixed) sent when
 * something changed. One cluster failing does not stop the others; if every cluster failed the
 * run throws, so the schedule retries.
 */
export async function runSecurityScan(
  deps: SecurityScanDeps,
  settings: SecurityScanSettings,
): Promise<SecurityScanSummary[]> {
  const summaries: SecurityScanSummary[] = [];
  for (const [cluster, { reader }] of deps.clusters) {
    try {
      const deny = settings.denyNamespaces ?? [];
      const { inventory, withheldNamespaces } = withholdNamespaces(
        await readClusterInventory(reader, { secrets: settings.secrets }),
        deny,
      );
      const result = findingsOutside(
        scanInventory(inventory, { level: settings.level, exemptions: settings.exemptions, cluster }),
        deny,
      );
      const tracked = {
        ...(await trackSecurityScan(deps, {
          cluster,
          result,
          coverage: { secrets: settings.secrets, withheld: deny },
        })),
        withheldNamespaces,
      };
      const notified = digestIsDue(tracked);
      if (notified) await deps.notifier.notify(securityDigestNotification(tracked));
      const summary = {
        cluster,
        status: 'scanned' as const,
        new: tracked.new.length,
        open: tracked.open.length,
        fixed: tracked.fixed.length,
        exempted: tracked.exempted.length,
        notified,
      };
      deps.logger.info('security scan done', summary);
      summaries.push(summary);
    } catch (error) {
      deps.logger.error('security scan failed', { cluster, error: errorMessage(error) });
      summaries.push({ cluster, status: 'failed', error: errorMessage(error).slice(0, 500) });
    }
  }
  const failed = summaries.filter((s) => s.status === 'failed');
  if (summaries.length > 0 && failed.length === summaries.length) {
    throw new ExternalServiceError(
      'kubernetes',
      `the security scan failed on every cluster: ${failed.map((f) => `${f.cluster}: ${f.error}`).join('; ')}`,
      true,
    );
  }
  return summaries;
}
