import { parseRuntimeFindings, type RuntimeFinding } from '@sre-agent/security/runtime';
import type { IngestContext } from '../context.ts';

/** What the receiver did with a runtime-finding event: queued findings, rejected ones with the reason. */
export type RuntimeFindingReceipt = {
  queued: Pick<RuntimeFinding, 'id' | 'type' | 'namespace' | 'pod'>[];
  rejected: string[];
};

/**
 * A GuardDuty finding from EventBridge (or a Falco alert): parsed with every field bounded, each
 * finding queued for the worker, which quarantines it (the worker is the only function that changes
 * clusters). A finding that cannot name a pod is rejected here, with the reason, and never retried.
 */
export async function receiveRuntimeFinding(
  ctx: IngestContext,
  event: unknown,
): Promise<RuntimeFindingReceipt> {
  const receipt: RuntimeFindingReceipt = { queued: [], rejected: [] };
  const findings: RuntimeFinding[] = [];
  for (const parsed of parseRuntimeFindings(event)) {
    if (parsed.kind === 'rejected') receipt.rejected.push(parsed.reason);
    else findings.push(parsed.finding);
  }
  if (findings.length > 0) {
    await ctx.queue.send(findings.map((finding) => ({ type: 'runtime-finding' as const, finding })));
  }
  for (const f of findings)
    receipt.queued.push({ id: f.id, type: f.type, namespace: f.namespace, pod: f.pod });
  ctx.logger.info('runtime findings received', { queued: receipt.queued.length, rejected: receipt.rejected });
  return receipt;
}
