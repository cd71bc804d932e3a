import type { WorkloadRef } from '@sre-agent/core';
import { defineDetector } from './spec.ts';

export const jobFailed = defineDetector({
  signal: 'JobFailed',
  reads: ['jobs'],
  specificity: 5,
  doc: 'A Job with a Failed condition (backoff limit or deadline reached), reported against its CronJob when it has one.',
  detect: (snapshot, { now }) =>
    snapshot.jobs.flatMap((job) => {
      const failed = job.status?.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
      if (!failed) return [];
      const owner = job.metadata?.ownerReferences?.find((o) => o.kind === 'CronJob');
      const namespace = job.metadata?.namespace ?? 'default';
      const target: WorkloadRef = owner
        ? { cluster: snapshot.cluster, namespace, kind: 'CronJob', name: owner.name }
        : { cluster: snapshot.cluster, namespace, kind: 'Job', name: job.metadata?.name ?? '' };
      return [
        {
          target,
          signal: 'JobFailed' as const,
          source: 'monitor' as const,
          status: 'firing' as const,
          reason: `job ${job.metadata?.name} failed: ${failed.reason ?? ''} ${failed.message ?? ''}`.trim(),
          observedAt: now.toISOString(),
        },
      ];
    }),
});
