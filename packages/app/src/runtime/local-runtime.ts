import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import {
  type Clock,
  createJsonLogger,
  type LoadedConfig,
  type Logger,
  type LogLevel,
  loadConfig,
  randomIds,
  systemClock,
} from '@sre-agent/core';
import type { ClusterHandles } from '@sre-agent/healing';
import { openLocalIncidentMemory } from '@sre-agent/memory';
import {
  createDocumentClient,
  createDynamoState,
  type EmbeddedDynamo,
  ensureTable,
  startEmbeddedDynamo,
} from '@sre-agent/state';
import { awsNodeGroups } from '../compose/aws-node-groups.ts';
import { buildAgent } from '../compose/build-agent.ts';
import { connectClusters } from '../compose/connect-clusters.ts';
import type { Agent } from '../compose/create-agent.ts';
import { postureScanSummary } from '../compose/posture-scan.ts';
import type { CliIo } from '../io.ts';
import { createLocalServer, listen } from '../server/local-server.ts';
import { runMonitor } from '../use-cases/run-monitor.ts';
import { reconcileSleep } from '../use-cases/sleep-wake.ts';
import { configuredCostSource, type LocalCostSource, localCostSweep } from './local-cost-sweep.ts';
import { type LocalForecastMetrics, localForecastDigest } from './local-forecast-digest.ts';
import { localGitops } from './local-gitops.ts';
import { LocalScheduler } from './local-scheduler.ts';
import { localSecurityScan } from './local-security-scan.ts';

export type LocalRuntimeOptions = {
  io: CliIo;
  port?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  /** The real time (Slack's request signatures), when `clock` is a scenario clock; default: the system's. */
  wallClock?: Clock;
  /** The configuration, when the caller has loaded it already (else it is loaded from `cwd`/`env`). */
  loaded?: LoadedConfig;
  /** Clusters to watch instead of connecting to the configured ones (the sandbox). */
  clusters?: Map<string, ClusterHandles>;
  /** Real milliseconds between monitor passes (the Lambda schedule is one minute). */
  monitorEveryMs?: number;
  /** Real milliseconds between sleep/wake passes over `cost.sleep` (the Lambda schedule is 15 minutes). */
  sleepEveryMs?: number;
  /** Human-readable notifications to the terminal (default true). */
  terminal?: boolean;
  /** Usage history for the cost sweep (the sandbox's embedded one); default: the configured Prometheus. */
  cost?: LocalCostSource;
  /** Real milliseconds between cost sweeps (the Lambda schedule is weekly). */
  costSweepEveryMs?: number;
  /** Series for the forecast digest (the sandbox's recorded usage); default: the configured Prometheus. */
  forecast?: LocalForecastMetrics;
  /** Real milliseconds between forecast digests (the Lambda schedule is hourly). */
  forecastEveryMs?: number;
  /** Real milliseconds between security scans (the Lambda schedule is hourly). */
  securityScanEveryMs?: number;
  /**
   * A manifests repository (the sandbox's own): a GitOps sweep over it every `sweepEveryMs` (the
   * Lambda's is daily), and live fixes of its workloads proposed to it.
   */
  gitops?: { repoDir: string; sweepEveryMs?: number };
};

export type LocalRuntime = {
  url: string;
  agent: Agent;
  /** Runs one monitor pass now and processes what it queued. */
  monitorOnce(): Promise<void>;
  /** Runs one cost sweep now (its report goes to the notifiers); nothing without usage history. */
  costSweepOnce(): Promise<void>;
  /** Runs one security scan now (a digest goes to the notifiers when findings appeared or went away). */
  securityScanOnce(): Promise<void>;
  /** Runs one GitOps sweep now over `gitops.repoDir`; nothing without one. */
  gitopsSweepOnce(): Promise<void>;
  close(): Promise<void>;
};

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

function localLogger(env: NodeJS.ProcessEnv, io: CliIo): Logger {
  const wanted = env.SRE_AGENT_LOG_LEVEL as LogLevel | undefined;
  const level = wanted && LOG_LEVELS.includes(wanted) ? wanted : 'warn';
  return createJsonLogger({ level, write: (line) => io.err(line) });
}

/**
 * The whole agent in one process, on embedded defaults: the same use cases as the Lambda
 * functions behind one HTTP server, DynamoDB served by an embedded dynalite whose data lives
 * under the config's `state.dataDir`, an in-process queue and scheduler.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const clock = options.clock ?? systemClock;
  const logger = localLogger(env, options.io);
  const loaded = options.loaded ?? loadConfig({ env, cwd });
  const dataDir = resolve(cwd, loaded.config.state.dataDir);
  const dynamo: EmbeddedDynamo = await startEmbeddedDynamo({ dataDir: join(dataDir, 'dynamo') });
  let server: Server | undefined;
  let scheduler: LocalScheduler | undefined;
  try {
    const client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
    await ensureTable(client, loaded.config.state.tableName);
    const stores = createDynamoState({ client, tableName: loaded.config.state.tableName, clock });
    const connected = options.clusters
      ? undefined
      : await connectClusters(loaded.config.clusters, { clock, logger, nodeGroups: awsNodeGroups });
    const clusters = options.clusters ?? connected?.clusters ?? new Map();
    const { memory, index: memoryIndex } = await openLocalIncidentMemory({
      dir: join(dataDir, 'memory'),
      clock,
      ids: randomIds,
      logger,
    });
    const costSource = options.cost ?? configuredCostSource(loaded.config, clusters);
    const gitops = options.gitops
      ? await localGitops(options.gitops.repoDir, {
          loaded,
          stores,
          clock,
          logger,
          report: options.terminal === false ? undefined : (line: string) => options.io.out(line),
        })
      : undefined;
    const agent = buildAgent({
      ...(gitops ? { fixes: gitops.fixes } : {}),
      loaded,
      usage: costSource,
      postureScan: postureScanSummary,
      stores,
      clusters,
      memory,
      clock,
      // Slack signs requests with the real time; the sandbox's scenario clock runs ahead of it.
      wallClock: options.wallClock ?? systemClock,
      logger,
      ids: randomIds,
      ...(options.terminal === false
        ? {}
        : { terminal: { write: (text) => options.io.out(text), tty: Boolean(process.stdout.isTTY) } }),
    });
    server = createLocalServer(agent);
    const url = await listen(server, options.port ?? 8080);
    const monitorOnce = async () => {
      await runMonitor(agent);
      await agent.localQueue?.drain();
    };
    // Sleep and wake on the runtime's clock (the sandbox's scenario time when it runs one): both
    // halves in one level-triggered pass, as the Sleep and Wake functions do between them.
    const sleepOnce = () =>
      reconcileSleep({ config: loaded.config, stores, clusters, clock, ids: randomIds, logger });
    scheduler = new LocalScheduler(
      [
        { name: 'monitor', everyMs: options.monitorEveryMs ?? 60_000, run: monitorOnce },
        { name: 'sleep', everyMs: options.sleepEveryMs ?? 60_000, run: sleepOnce },
        ...(costSource
          ? [
              {
                name: 'cost-sweep',
                everyMs: options.costSweepEveryMs ?? 7 * 86_400_000,
                run: localCostSweep(agent, costSource),
              },
            ]
          : []),
        {
          name: 'forecast-digest',
          everyMs: options.forecastEveryMs ?? 3_600_000,
          run: localForecastDigest(agent, clusters, options.forecast),
        },
        {
          name: 'security-scan',
          everyMs: options.securityScanEveryMs ?? 3_600_000,
          run: localSecurityScan(agent, stores.findings, clusters),
        },
        ...(gitops
          ? [{ name: 'gitops-sweep', everyMs: options.gitops?.sweepEveryMs ?? 86_400_000, run: gitops.sweep }]
          : []),
      ],
      logger,
    );
    if (clusters.size > 0) scheduler.start();
    const running = { server, scheduler };
    return {
      url,
      agent,
      monitorOnce,
      costSweepOnce: () => running.scheduler.runNow('cost-sweep'),
      securityScanOnce: () => running.scheduler.runNow('security-scan'),
      gitopsSweepOnce: () => running.scheduler.runNow('gitops-sweep'),
      async close() {
        gitops?.stop();
        await running.scheduler.stop();
        await agent.localQueue?.drain();
        await memoryIndex.flush();
        await connected?.close();
        await new Promise<void>((done) => {
          running.server.closeAllConnections();
          running.server.close(() => done());
        });
        await dynamo.close();
      },
    };
  } catch (error) {
    await scheduler?.stop();
    server?.close();
    await dynamo.close();
    throw error;
  }
}
