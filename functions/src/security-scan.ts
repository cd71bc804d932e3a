import { runScheduledSecurityScan, type ScheduledSecurityScanResult } from '@sre-agent/app/security-scan';
import { securityScanContext } from './shared/security-scan.ts';

/** Hourly security scan: posture of every cluster, tracked over time, a digest of what changed to chat. */
export async function handler(): Promise<ScheduledSecurityScanResult> {
  return runScheduledSecurityScan(await securityScanContext());
}
