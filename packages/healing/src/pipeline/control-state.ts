import type { Clock, WorkloadRef } from '@sre-agent/core';
import type { AuditTrail, ControlStore } from '@sre-agent/state';
import type { ControlState } from '../ports.ts';

/** How a workload is named in the audit trail. */
export function auditWorkload(target: WorkloadRef): { cluster: string; namespace: string; workload: string } {
  return { cluster: target.cluster, namespace: target.namespace, workload: `${target.kind}/${target.name}` };
}

/** The pipeline's view of the kill switch, breaker, cap and cooldowns, from the state stores. */
export function controlStateFrom(control: ControlStore, audit: AuditTrail, clock: Clock): ControlState {
  return {
    isPaused: async () => (await control.getPause()).paused,
    breakerTrippedUntil: async (cluster) => {
      const breaker = await control.getBreaker(cluster);
      return breaker ? new Date(breaker.trippedUntil) : undefined;
    },
    tripBreaker: async (cluster, until, reason) =>
      control.tripBreaker({
        cluster,
        trippedUntil: until.toISOString(),
        reason,
        at: clock.now().toISOString(),
      }),
    countActionsSince: (cluster, since) => audit.countAutonomousSince(cluster, since),
    lastActionAt: async (target) => {
      const last = await audit.lastForWorkload(auditWorkload(target), { statuses: ['started', 'applied'] });
      return last ? new Date(last.at) : undefined;
    },
  };
}
