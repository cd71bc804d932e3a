import { join, resolve } from 'node:path';
import {
  createJsonLogger,
  type LoadedConfig,
  loadConfig,
  parseConfig,
  randomIds,
  systemClock,
} from '@sre-agent/core';
import { createDocumentClient, createDynamoState, ensureTable, startEmbeddedDynamo } from '@sre-agent/state';
import type { Command } from 'commander';
import { connectClusters } from '../compose/connect-clusters.ts';
import type { CliIo } from '../io.ts';
import { formatSleepWake, type SleepWakeKind, sleepOrWakeNamespace } from '../use-cases/sleep-wake.ts';

/**
 * The clusters to act on: the configured ones, or (with none configured) the sandbox, started in
 * this process in auto mode. Its workloads are created when it starts, so the grace period for new
 * workloads does not apply there.
 */
async function connect(loaded: LoadedConfig, dataDir: string, scenario: string) {
  const logger = createJsonLogger({ level: 'warn', write: () => {} });
  if (loaded.config.clusters.length > 0) {
    const connected = await connectClusters(loaded.config.clusters, { clock: systemClock, logger });
    return { config: loaded.config, clusters: connected.clusters, close: () => connected.close() };
  }
  const { startSandboxMode } = await import('../runtime/sandbox-mode.ts');
  const mode = await startSandboxMode({ loaded, dataDir, scenario, logger });
  const config = parseConfig(
    JSON.stringify({
      ...mode.override.loaded.config,
      cost: { sleep: { ...mode.override.loaded.config.cost.sleep, graceHours: 0 } },
    }),
    'sandbox configuration',
  );
  return { config, clusters: mode.override.clusters, close: () => mode.close() };
}

async function runSleepWake(
  io: CliIo,
  action: SleepWakeKind,
  namespace: string,
  options: { cluster?: string; scenario: string; json?: boolean },
): Promise<void> {
  const loaded = loadConfig();
  const dataDir = resolve(loaded.config.state.dataDir);
  const dynamo = await startEmbeddedDynamo({ dataDir: join(dataDir, 'dynamo') });
  const target = await connect(loaded, dataDir, options.scenario);
  try {
    const client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
    await ensureTable(client, loaded.config.state.tableName);
    const stores = createDynamoState({
      client,
      tableName: loaded.config.state.tableName,
      clock: systemClock,
    });
    const names = options.cluster ? [options.cluster] : [...target.clusters.keys()];
    for (const cluster of names) {
      const result = await sleepOrWakeNamespace(
        {
          config: target.config,
          stores,
          clusters: target.clusters,
          clock: systemClock,
          ids: randomIds,
          logger: createJsonLogger({ level: 'warn', write: (line) => io.err(line) }),
        },
        { cluster, namespace, action, actor: 'cli', schedule: 'cli' },
      );
      io.out(options.json ? JSON.stringify(result) : formatSleepWake(result));
      if (!['applied', 'nothing-to-do', 'observed', 'proposed', 'no-op'].includes(result.outcome)) {
        process.exitCode = 1;
      }
    }
  } finally {
    await target.close();
    await dynamo.close();
  }
}

/** `sre-agent cost sleep <namespace>` and `sre-agent cost wake <namespace>`. */
export function registerSleepCommands(cost: Command, io: CliIo): void {
  for (const [name, action, description] of [
    [
      'sleep',
      'sleep-namespace',
      'scale a namespace’s Deployments and StatefulSets to 0 and suspend its CronJobs, recording the originals (policy-gated, audited)',
    ],
    [
      'wake',
      'wake-namespace',
      'restore exactly what `cost sleep` recorded for a namespace (policy-gated, audited)',
    ],
  ] as const) {
    cost
      .command(`${name} <namespace>`)
      .description(description)
      .option('--cluster <name>', 'only this configured cluster')
      .option('--scenario <name>', 'with no cluster configured: the sandbox scenario to start', 'healthy')
      .option('--json', 'print the result as JSON')
      .action((namespace: string, options: { cluster?: string; scenario: string; json?: boolean }) =>
        runSleepWake(io, action, namespace, options),
      );
  }
}
