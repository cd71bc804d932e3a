import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ManualClock, parseConfig, sequentialIds, silentLogger } from '@sre-agent/core';
import { deploymentFixture, InMemoryCluster } from '@sre-agent/healing/testing';
import { createInMemoryState } from '@sre-agent/state';
import { buildAgent } from '../src/compose/build-agent.ts';
import type { CliIo } from '../src/io.ts';
import { receiveAlertmanagerWebhook } from '../src/use-cases/receive-alertmanager.ts';
import { loopbackOrigins } from '../src/use-cases/webhook-guard.ts';

/** The storm arrives as at a local server on 127.0.0.1 (no token configured). */
const LOCAL = { ownOrigins: loopbackOrigins(9093), loopbackOnly: true } as const;

const WORKLOADS = 500;
const ALERTS = 10_000;
const BATCH = 50;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** 10,000 alerts for 500 crashing workloads: distinct alerts, resends and both pods of each workload. */
function stormAlerts(): Record<string, unknown>[] {
  const alerts: Record<string, unknown>[] = [];
  const names = ['KubePodCrashLooping', 'KubeContainerOOMKilled'];
  for (let i = 0; alerts.length < ALERTS; i += 1) {
    const w = i % WORKLOADS;
    const round = Math.floor(i / WORKLOADS);
    const pod = `svc-${w}-7d9c5b6f4-${round % 2 === 0 ? 'aaaaa' : 'bbbbb'}`;
    const alertname = names[Math.floor(round / 2) % 2] ?? 'KubePodCrashLooping';
    alerts.push({
      status: 'firing',
      labels: { alertname, namespace: `ns-${w % 25}`, pod, container: 'app' },
      annotations: { summary: `${pod} is failing` },
      startsAt: '2026-11-27T02:58:00Z',
      fingerprint: createHash('sha256').update(`${alertname}/${pod}`).digest('hex').slice(0, 16),
    });
  }
  return alerts;
}

export async function runBench(io: CliIo): Promise<void> {
  const clock = new ManualClock('2026-11-27T03:00:00Z');
  const cluster = new InMemoryCluster('prod');
  for (let w = 0; w < WORKLOADS; w += 1) {
    cluster.addWorkload(
      deploymentFixture({
        namespace: `ns-${w % 25}`,
        name: `svc-${w}`,
        crash: { reason: 'OOMKilled', exitCode: 137 },
      }),
    );
  }
  const config = parseConfig(
    'clusters: [{ name: prod, inCluster: true, defaultMode: auto }]\npolicy: { maxActionsPerWindow: 1000 }',
  );
  const agent = buildAgent({
    loaded: { config, source: undefined, secrets: {} },
    stores: createInMemoryState({ clock }),
    clusters: new Map([['prod', { reader: cluster, writer: cluster }]]),
    clock,
    logger: silentLogger,
    ids: sequentialIds(),
  });
  const latencies: number[] = [];
  const ingest = agent.pipeline.ingest.bind(agent.pipeline);
  agent.pipeline.ingest = async (detection) => {
    const started = performance.now();
    try {
      return await ingest(detection);
    } finally {
      latencies.push(performance.now() - started);
    }
  };

  const alerts = stormAlerts();
  const started = performance.now();
  let accepted = 0;
  let duplicates = 0;
  for (let i = 0; i < alerts.length; i += BATCH) {
    const body = {
      version: '4',
      groupKey: `storm-${i}`,
      truncatedAlerts: 0,
      status: 'firing',
      receiver: 'sre-agent',
      groupLabels: {},
      commonLabels: {},
      commonAnnotations: {},
      externalURL: 'http://alertmanager.local',
      alerts: alerts.slice(i, i + BATCH),
    };
    const reply = await receiveAlertmanagerWebhook(agent, {
      rawBody: JSON.stringify(body),
      headers: { 'content-type': 'application/json', host: '127.0.0.1:9093' },
      ...LOCAL,
    });
    const counts = reply.body as { accepted: number; duplicates: number };
    accepted += counts.accepted;
    duplicates += counts.duplicates;
  }
  await agent.localQueue?.drain();
  const seconds = (performance.now() - started) / 1000;

  const incidents = await agent.stores.incidents.listRecent({ since: new Date(0), limit: 10_000 });
  const patches = new Map<string, number>();
  for (const mutation of cluster.mutations.filter((m) => m.startsWith('patch-resources'))) {
    const workload = mutation.split(' ')[1] ?? '';
    patches.set(workload, (patches.get(workload) ?? 0) + 1);
  }
  const maxActions = Math.max(0, ...patches.values());
  latencies.sort((a, b) => a - b);
  io.out(`alert storm: ${ALERTS} alerts over ${WORKLOADS} workloads, webhook batches of ${BATCH}`);
  io.out(`  accepted ${accepted}, dropped as duplicates ${duplicates}`);
  io.out(`  incidents opened: ${incidents.length} (expected ${WORKLOADS})`);
  io.out(`  workloads changed: ${patches.size}, most actions on one workload: ${maxActions} (must be ≤ 1)`);
  io.out(`  throughput: ${Math.round(ALERTS / seconds)} alerts/s end to end (${seconds.toFixed(2)} s)`);
  io.out(
    `  pipeline latency per accepted alert (Kubernetes answers instantly): p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms`,
  );
  if (incidents.length !== WORKLOADS || maxActions > 1) {
    throw new Error('alert storm broke its guarantees: one incident and at most one action per workload');
  }
}
