import { connectClusters, type SecurityScanContext } from '@sre-agent/app/security-scan';
import { foundation, oncePerColdStart } from './foundation.ts';

/** The security scan's context: state (the finding store), a reader per cluster, the bundled config. */
export const securityScanContext = oncePerColdStart(async (): Promise<SecurityScanContext> => {
  const base = foundation();
  const { clusters } = await connectClusters(base.loaded.config.clusters, base);
  return { loaded: base.loaded, stores: base.stores, clusters, clock: base.clock, logger: base.logger };
});
