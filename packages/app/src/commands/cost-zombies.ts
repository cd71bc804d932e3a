import {
  type Clock,
  type ClusterConfig,
  loadConfig,
  NotFoundError,
  silentLogger,
  systemClock,
  ValidationError,
} from '@sre-agent/core';
import {
  findZombieNamespaces,
  type NamespaceInventory,
  type UsageMetrics,
  ZombieOptionsSchema,
  zombiesJson,
  zombiesTable,
} from '@sre-agent/cost';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

type ZombiesOptions = {
  prometheus?: string;
  sigv4Region?: string;
  at?: string;
  namespace?: string;
  quietHours: string;
  cluster?: string;
  scenario: string;
  json?: boolean;
};

type Source = { metrics: UsageMetrics; inventory?: NamespaceInventory; at: Date; close(): Promise<void> };

/** The sandbox with its embedded usage history, when neither Prometheus nor a cluster is configured. */
async function sandboxSource(scenario: string): Promise<Source> {
  const [{ startSandbox }, { createClusterAccessFromKubeconfig }, { EmbeddedUsageMetrics }] =
    await Promise.all([import('@sre-agent/sandbox'), import('@sre-agent/kube'), import('@sre-agent/cost')]);
  const { clusterUsageSource } = await import('../compose/cluster-usage-source.ts');
  const { kubeNamespaceInventory } = await import('../compose/kube-namespace-inventory.ts');
  const sandbox = await startSandbox({ scenario });
  const access = createClusterAccessFromKubeconfig(
    { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
    { clock: systemClock, logger: silentLogger },
  );
  const at = sandbox.engine.now();
  return {
    metrics: new EmbeddedUsageMetrics(clusterUsageSource(access.reader, sandbox.usage), {
      seed: 1,
      historyStart: new Date(at.getTime() - 8 * 86_400_000),
    }),
    inventory: kubeNamespaceInventory(access.reader),
    at,
    close: async () => {
      await access.close();
      await sandbox.close();
    },
  };
}

/**
 * `sre-agent cost zombies`: namespaces quiet on every signal for more than 48 hours, with the
 * evidence. `parseTime` reads `--at` as `cost rightsize` does.
 */
export function registerCostZombiesCommand(
  cost: Command,
  io: CliIo,
  parseTime: (text: string) => Date,
): void {
  cost
    .command('zombies')
    .description(
      'find zombie namespaces: no ingress requests, pod traffic, rollouts or scaling for more than 48 h (the sandbox when neither Prometheus nor a cluster is configured)',
    )
    .option(
      '--prometheus <url>',
      'Prometheus base URL (default: integrations.prometheus.url from the config)',
    )
    .option(
      '--sigv4-region <region>',
      'sign requests for Amazon Managed Service for Prometheus in this region',
    )
    .option('--at <time>', 'judge as of this moment: RFC 3339 or unix seconds (default: now)')
    .option('--namespace <ns>', 'only this namespace')
    .option('--quiet-hours <hours>', 'every signal quiet for longer than this', '48')
    .option('--cluster <name>', 'the configured cluster whose namespaces to read (default: the first)')
    .option('--scenario <name>', 'with nothing configured: the sandbox scenario to judge', 'zombie-namespace')
    .option(
      '--json',
      'print {"zombies": [{namespace, verdict, quietHours, evidence: [...]}], "namespaces": [...]}',
    )
    .action(async (options: ZombiesOptions) => {
      const quietHours = Number(options.quietHours);
      if (!(quietHours >= 1 && quietHours <= 2160))
        throw new ValidationError(
          `--quiet-hours must be a number of hours from 1 to 2160; got "${options.quietHours}"`,
        );
      const loaded = loadConfig();
      const zombieOptions = ZombieOptionsSchema.parse({
        quietHours,
        excludeNamespaces: loaded.config.policy.denyNamespaces,
      });
      const source = await configuredSource(loaded.config, options).then(
        (found) => found ?? sandboxSource(options.scenario),
      );
      try {
        const report = await findZombieNamespaces(
          { metrics: source.metrics, ...(source.inventory ? { inventory: source.inventory } : {}) },
          {
            at: options.at ? parseTime(options.at) : source.at,
            options: zombieOptions,
            ...(options.namespace ? { namespace: options.namespace } : {}),
          },
        );
        io.out(options.json ? JSON.stringify(zombiesJson(report), null, 2) : zombiesTable(report));
      } finally {
        await source.close();
      }
    });
}

/** Prometheus from the flags or the config, and the configured cluster's namespaces when there is one. */
async function configuredSource(
  config: ReturnType<typeof loadConfig>['config'],
  options: ZombiesOptions,
): Promise<Source | undefined> {
  const url = options.prometheus ?? config.integrations.prometheus?.url;
  const cluster: ClusterConfig | undefined = options.cluster
    ? config.clusters.find((c) => c.name === options.cluster)
    : config.clusters[0];
  if (options.cluster && !cluster)
    throw new NotFoundError(`no configured cluster is named "${options.cluster}"`);
  if (!url) return undefined;
  const { configuredUsageMetrics } = await import('../compose/cost-metrics.ts');
  const region = options.sigv4Region ?? config.integrations.prometheus?.sigv4?.region;
  const metrics = configuredUsageMetrics({
    ...config,
    integrations: { ...config.integrations, prometheus: { url, ...(region ? { sigv4: { region } } : {}) } },
  }) as UsageMetrics;
  const clock: Clock = systemClock;
  if (!cluster) return { metrics, at: clock.now(), close: async () => {} };
  const [{ createClusterAccess }, { kubeNamespaceInventory }] = await Promise.all([
    import('@sre-agent/kube'),
    import('../compose/kube-namespace-inventory.ts'),
  ]);
  const access = await createClusterAccess(cluster, { clock, logger: silentLogger });
  return {
    metrics,
    inventory: kubeNamespaceInventory(access.reader),
    at: clock.now(),
    close: () => access.close(),
  };
}
