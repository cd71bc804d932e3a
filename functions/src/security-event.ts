import { type RuntimeFindingReceipt, receiveRuntimeFinding } from '@sre-agent/app/ingest';
import { ingestContext } from './shared/ingest.ts';
import { logger } from './shared/logger.ts';

/**
 * GuardDuty EKS Runtime Monitoring findings from EventBridge: parse (bounded, untrusted), queue
 * each for the worker, which quarantines the pod through the policy engine. A finding that names
 * no pod is logged and dropped; an infrastructure failure throws, so EventBridge's async retries
 * (and then the failed-invocations queue) keep it.
 */
export async function handler(event: unknown): Promise<RuntimeFindingReceipt> {
  const receipt = await receiveRuntimeFinding(await ingestContext(), event);
  if (receipt.rejected.length > 0)
    logger.warn('GuardDuty finding not quarantined', { reasons: receipt.rejected });
  return receipt;
}
