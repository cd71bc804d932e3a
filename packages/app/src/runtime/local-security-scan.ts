import type { ClusterHandles } from '@sre-agent/healing';
import type { SecurityFindingStore } from '@sre-agent/state';
import type { Agent } from '../compose/create-agent.ts';
import { runSecurityScan } from '../use-cases/run-security-scan.ts';

/** One posture scan of the local runtime: every watched cluster, tracked in the local state, the digest to the notifiers. */
export function localSecurityScan(
  agent: Agent,
  findings: SecurityFindingStore,
  clusters: ReadonlyMap<string, ClusterHandles>,
): () => Promise<void> {
  return async () => {
    const { scan, exemptions } = agent.config.security;
    await runSecurityScan(
      { clusters, findings, notifier: agent.pager, clock: agent.clock, logger: agent.logger },
      {
        level: scan.level,
        secrets: scan.secrets,
        exemptions,
        denyNamespaces: agent.config.policy.denyNamespaces,
      },
    );
  };
}
