import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type LoadedConfig, type Logger, ManualClock, parseConfig } from '@sre-agent/core';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { type RunningSandbox, type ScenarioDefinitionInput, startSandbox } from '@sre-agent/sandbox';
import { embeddedClusterForecasts } from '../compose/cluster-forecasts.ts';
import type { ClusterConnection } from '../compose/connect-clusters.ts';
import { writeSandboxManifests } from './sandbox-manifests.ts';
import { SandboxNodeGroups } from './sandbox-node-groups.ts';

export type SandboxMode = {
  sandbox: RunningSandbox;
  clock: ManualClock;
  kubeconfigPath: string;
  /** The sandbox's manifests repository (a git repository of its workloads, written at start). */
  manifestsDir: string;
  /** The sandbox as the agent's only cluster: its reader, writer and node groups. */
  override: { loaded: LoadedConfig; clusters: Map<string, ClusterConnection> };
  /** Starts driving scenario time: `speed` simulated seconds per real second. */
  run(speed: number): void;
  close(): Promise<void>;
};

const TICK_MS = 250;

/**
 * The circuit breaker's cap in the showcase world (every scenario at once): it makes a dozen
 * distinct fixes in its first minute, more than the default cap of 10 an hour, which is sized for
 * one real cluster's incidents. One scenario keeps the configured cap.
 */
const SHOWCASE_ACTIONS_PER_WINDOW = 20;

/**
 * The embedded default cluster: the sandbox in this process, on a clock the agent shares, with a
 * kubeconfig written under the data directory so that `kubectl` can watch along, and forecasts
 * over its recorded usage. The sandbox
 * cluster runs in `auto` mode: it exists to be healed.
 */
export async function startSandboxMode(options: {
  loaded: LoadedConfig;
  dataDir: string;
  scenario: string | ScenarioDefinitionInput;
  logger: Logger;
  /** Scenario time shared with the agent; default: a manual clock at the real time. */
  clock?: ManualClock;
  /** Seed of generated names (pod suffixes, uids, IPs). */
  seed?: number;
}): Promise<SandboxMode> {
  const clock = options.clock ?? new ManualClock(new Date());
  const sandbox = await startSandbox({
    scenario: options.scenario,
    clock,
    redis: true,
    logger: options.logger,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  const kubeconfigPath = join(options.dataDir, 'sandbox.kubeconfig');
  await mkdir(options.dataDir, { recursive: true });
  await sandbox.writeKubeconfig(kubeconfigPath);
  const { dir: manifestsDir } = await writeSandboxManifests({
    dir: join(options.dataDir, 'manifests'),
    sandbox,
    clock,
  });
  const access = createClusterAccessFromKubeconfig(
    { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
    { clock, logger: options.logger },
  );
  const base = options.loaded.config;
  // The scenarios' caches hold data their clients rebuild (sessions from logins, recommendations
  // from the catalog): caches the agent may flush for those clients.
  const caches = [
    ...(base.integrations.redis?.caches ?? []),
    ...sandbox.caches.map((c) => ({
      name: c.name,
      url: c.url,
      role: 'cache',
      namespace: c.namespace,
      clients: c.clients,
    })),
  ];
  const showcase = sandbox.scenario.name === 'showcase';
  const config = parseConfig(
    JSON.stringify({
      ...base,
      ...(showcase
        ? {
            policy: {
              ...base.policy,
              maxActionsPerWindow: Math.max(base.policy.maxActionsPerWindow, SHOWCASE_ACTIONS_PER_WINDOW),
            },
          }
        : {}),
      clusters: [
        { name: 'sandbox', kubeconfig: { path: kubeconfigPath }, defaultMode: 'auto', nodes: 'auto' },
      ],
      integrations: { ...base.integrations, ...(caches.length > 0 ? { redis: { caches } } : {}) },
    }),
    'sandbox configuration',
  );
  let timer: NodeJS.Timeout | undefined;
  return {
    sandbox,
    clock,
    kubeconfigPath,
    manifestsDir,
    override: {
      loaded: { ...options.loaded, config },
      clusters: new Map([
        [
          'sandbox',
          {
            reader: access.reader,
            writer: access.writer,
            nodeGroups: new SandboxNodeGroups(sandbox.nodeGroups),
            // What the sandbox recorded as its containers ran: no Prometheus needed.
            forecasts: embeddedClusterForecasts(
              sandbox.metrics,
              clock,
              undefined,
              config.policy.denyNamespaces,
            ),
          },
        ],
      ]),
    },
    run(speed) {
      timer ??= setInterval(() => sandbox.engine.tick(TICK_MS * speed), TICK_MS);
    },
    async close() {
      if (timer) clearInterval(timer);
      await access.close();
      await sandbox.close();
    },
  };
}
