import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrometheusHttpClient } from '../src/prometheus/prometheus-http-client.ts';
import { PrometheusUsageMetrics } from '../src/prometheus/prometheus-usage-metrics.ts';
import { rightsizeCluster } from '../src/rightsize/rightsize-cluster.ts';
import {
  ARCHETYPES,
  backfillTsdb,
  type ScrapedWorkload,
  startPrometheus,
  syntheticWorkload,
} from '../src/testing/index.ts';

type Io = { out(text: string): void; err(text: string): void };

const START = 1_767_225_600;
const WEEK = 7 * 86_400;

/**
 * Scale: right-size N workloads × 7 days (1-minute cAdvisor samples; kube-state-metrics every 30
 * minutes, which is all the owner joins and current requests need) against a local Prometheus.
 * Prints wall time, queries and bytes. The backfilled TSDB is built once per N and kept in the
 * temporary directory. `npm run bench` runs 100 workloads; the figure is
 * `COST_SCALE_WORKLOADS=1000` (building that TSDB the first time takes tens of minutes on 2 cores).
 */
export async function runBench(io: Io): Promise<void> {
  const n = Number(process.env.COST_SCALE_WORKLOADS ?? 100);
  const cache = join(tmpdir(), `sre-agent-cost-scale-v1-${n}`);
  const data = join(cache, 'data');
  const done = join(cache, 'complete');
  if (!existsSync(done)) {
    io.out(`building a TSDB of ${n} workloads × 7 days in ${cache} (once)…`);
    const started = performance.now();
    await rm(cache, { recursive: true, force: true });
    await mkdir(cache, { recursive: true });
    const workloads: ScrapedWorkload[] = Array.from({ length: n }, (_, i) => ({
      workload: syntheticWorkload({
        archetype: ARCHETYPES[i % ARCHETYPES.length] ?? 'steady',
        seed: i,
        startEpochSeconds: START,
        namespace: `team-${i % 20}`,
        name: `svc-${i}`,
      }),
    }));
    await backfillTsdb(workloads, data, { startEpochSeconds: START, ksmIntervalSeconds: 1800 });
    await writeFile(done, new Date().toISOString());
    io.out(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  // Prometheus' default 2-minute query timeout is too short for a [7d:1m] subquery over 1,000
  // containers on a shared 2-core machine.
  const prometheus = await startPrometheus(data, { queryTimeout: '10m' });
  try {
    const client = new PrometheusHttpClient({ url: prometheus.url, timeoutMs: 600_000 });
    const started = performance.now();
    const report = await rightsizeCluster(
      { metrics: new PrometheusUsageMetrics(client) },
      { window: { end: new Date((START + WEEK) * 1000), windowSeconds: WEEK } },
    );
    const seconds = (performance.now() - started) / 1000;
    const resized = report.recommendations.filter((r) => r.action === 'resize').length;
    io.out(
      `${n} workloads × 7 d: ${report.recommendations.length} containers analysed (${resized} to resize) in ${seconds.toFixed(1)} s, ` +
        `${client.traffic.queries} queries, ${(client.traffic.bytes / 1024 / 1024).toFixed(1)} MiB received`,
    );
  } finally {
    await prometheus.stop();
  }
}
