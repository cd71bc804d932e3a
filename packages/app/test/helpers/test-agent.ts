import type { Server } from 'node:http';
import { InMemoryLogger, ManualClock, parseConfig, type Secrets, sequentialIds } from '@sre-agent/core';
import { deploymentFixture, InMemoryCluster, type WorkloadFixture } from '@sre-agent/healing/testing';
import { createInMemoryState } from '@sre-agent/state';
import { buildAgent } from '../../src/compose/build-agent.ts';
import type { Agent } from '../../src/compose/create-agent.ts';
import { createLocalServer, listen } from '../../src/server/local-server.ts';

export type TestAgent = {
  agent: Agent;
  cluster: InMemoryCluster;
  fixture: WorkloadFixture;
  clock: ManualClock;
  logger: InMemoryLogger;
  url: string;
  close(): Promise<void>;
};

/**
 * The agent as `sre-agent start` composes it, but on in-memory state and an in-memory cluster
 * holding one OOM-killed Deployment (shop/order-service), served on 127.0.0.1 at a free port.
 */
export async function startTestAgent(
  options: { secrets?: Secrets; config?: string } = {},
): Promise<TestAgent> {
  const clock = new ManualClock('2026-11-27T03:00:00Z');
  const logger = new InMemoryLogger();
  const fixture = deploymentFixture({
    namespace: 'shop',
    name: 'order-service',
    crash: { reason: 'OOMKilled', exitCode: 137 },
  });
  const cluster = new InMemoryCluster('prod').addWorkload(fixture);
  const config = parseConfig(
    options.config ?? 'clusters: [{ name: prod, inCluster: true, defaultMode: auto }]',
  );
  const agent = buildAgent({
    loaded: { config, source: undefined, secrets: options.secrets ?? {} },
    stores: createInMemoryState({ clock }),
    clusters: new Map([['prod', { reader: cluster, writer: cluster }]]),
    clock,
    logger,
    ids: sequentialIds(),
  });
  const server: Server = createLocalServer(agent);
  const url = await listen(server, 0);
  return {
    agent,
    cluster,
    fixture,
    clock,
    logger,
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An Alertmanager webhook body (version 4) with the given alerts. */
export function webhookBody(alerts: Record<string, unknown>[], status: 'firing' | 'resolved' = 'firing') {
  return {
    version: '4',
    groupKey: '{}:{alertname="KubePodCrashLooping"}',
    truncatedAlerts: 0,
    status,
    receiver: 'sre-agent',
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager.local',
    alerts,
  };
}

export function crashAlert(overrides: Record<string, unknown> = {}) {
  return {
    status: 'firing',
    labels: {
      alertname: 'KubePodCrashLooping',
      namespace: 'shop',
      pod: 'order-service-7d9c5b6f4-aaaaa',
      container: 'app',
      severity: 'warning',
    },
    annotations: { summary: 'Pod shop/order-service-7d9c5b6f4-aaaaa is crash looping.' },
    startsAt: '2026-11-27T02:58:00Z',
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: 'http://prometheus.local/graph',
    fingerprint: '8b5a1c2d3e4f5a6b',
    ...overrides,
  };
}
