import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testBinary } from '@sre-agent/core/testing';
import { type ScrapedWorkload, type SyntheticGauge, writeOpenMetrics } from './openmetrics.ts';
import type { SyntheticNamespace } from './synthetic-namespaces.ts';

export type BackfilledPrometheusHandle = { url: string; stop(): Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Backfills `dataDir` (a new TSDB) with the workloads' weeks through OpenMetrics text and `promtool`. */
export async function backfillTsdb(
  workloads: readonly ScrapedWorkload[],
  dataDir: string,
  options: {
    startEpochSeconds: number;
    weeks?: number;
    ksmIntervalSeconds?: number;
    namespaces?: readonly SyntheticNamespace[];
    gauges?: readonly SyntheticGauge[];
  },
): Promise<void> {
  const input = `${dataDir}.om.txt`;
  await writeOpenMetrics(input, workloads, {
    startEpochSeconds: options.startEpochSeconds,
    weeks: options.weeks ?? 1,
    ...(options.ksmIntervalSeconds ? { ksmIntervalSeconds: options.ksmIntervalSeconds } : {}),
    ...(options.namespaces ? { namespaces: options.namespaces } : {}),
    ...(options.gauges ? { gauges: options.gauges } : {}),
  });
  try {
    await promisify(execFile)(testBinary('promtool'), [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '--max-block-duration=24h',
      input,
      dataDir,
    ]);
  } finally {
    await rm(input, { force: true });
  }
}

/** Starts Debian's Prometheus on a random 127.0.0.1 port over an existing TSDB; `stop` only stops it. */
export async function startPrometheus(
  dataDir: string,
  options: { queryTimeout?: string } = {},
): Promise<BackfilledPrometheusHandle> {
  const dir = await mkdtemp(join(tmpdir(), 'sre-agent-prometheus-config-'));
  const config = join(dir, 'prometheus.yml');
  await writeFile(config, 'global: {}\nscrape_configs: []\n');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    testBinary('prometheus'),
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${dataDir}`,
      '--storage.tsdb.retention.time=30d',
      `--web.listen-address=127.0.0.1:${port}`,
      ...(options.queryTimeout ? [`--query.timeout=${options.queryTimeout}`] : []),
    ],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (child.exitCode == null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await rm(dir, { recursive: true, force: true });
  };
  // Bounded readiness poll: Prometheus answers /-/ready within a fraction of a second.
  for (let attempt = 0; attempt < 400; attempt++) {
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, stop };
    if (child.exitCode != null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`prometheus did not become ready on ${url}`);
}

/**
 * A real Prometheus (Debian's) on a random 127.0.0.1 port, its TSDB backfilled with `promtool tsdb
 * create-blocks-from openmetrics` from the synthetic workloads' weeks. `stop` kills it and removes
 * the data. Query it with `time=` inside the backfilled range: "now" sees nothing.
 */
export async function startBackfilledPrometheus(
  workloads: readonly ScrapedWorkload[],
  options: {
    startEpochSeconds: number;
    weeks?: number;
    namespaces?: readonly SyntheticNamespace[];
    gauges?: readonly SyntheticGauge[];
  },
): Promise<BackfilledPrometheusHandle> {
  const dir = await mkdtemp(join(tmpdir(), 'sre-agent-prometheus-'));
  const data = join(dir, 'data');
  try {
    await backfillTsdb(workloads, data, options);
    const running = await startPrometheus(data);
    return {
      url: running.url,
      stop: async () => {
        await running.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
