import { InMemoryLogger, ManualClock } from '@sre-agent/core';
import { type ClusterAccess, createClusterAccessFromKubeconfig } from '../../src/access.ts';
import type { FakeApiServer } from './fake-apiserver.ts';

/** Reader and writer against a fake server; sleeps are recorded, never waited. */
export function accessTo(fake: FakeApiServer, options: { pageSize?: number } = {}) {
  const clock = new ManualClock('2026-05-01T10:00:00Z');
  const logger = new InMemoryLogger();
  const sleeps: number[] = [];
  const access: ClusterAccess = createClusterAccessFromKubeconfig(
    { name: 'test', kubeconfig: fake.kubeconfig() },
    {
      clock,
      logger,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    },
  );
  return { ...access, clock, logger, sleeps };
}
