import { resolve } from 'node:path';
import { loadConfig, ValidationError } from '@sre-agent/core';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ValidationError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parseSpeed(value: string): number {
  const speed = Number(value);
  if (!Number.isFinite(speed) || speed < 1 || speed > 600) {
    throw new ValidationError(`--speed must be a number from 1 to 600, got "${value}"`);
  }
  return speed;
}

/** Resolves when the process is asked to stop. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => resolve(signal);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

type StartOptions = { port: string; scenario?: string; speed: string };

export function registerStartCommand(start: Command, io: CliIo): void {
  start
    .option('-p, --port <port>', 'port for the HTTP endpoints (0 picks a free one)', '8080')
    .option(
      '-s, --scenario <name>',
      'with no cluster configured: the sandbox scenario to run (default: all of them)',
    )
    .option('--speed <x>', 'with no cluster configured: simulated seconds per real second', '20')
    .action(async (options: StartOptions) => {
      const port = parsePort(options.port);
      const speed = parseSpeed(options.speed);
      const loaded = loadConfig();
      // Loaded on use: `sre-agent --help` stays fast.
      const { startLocalRuntime } = await import('../runtime/local-runtime.ts');
      const sandboxMode =
        loaded.config.clusters.length === 0 ? await startSandbox(loaded, options, io) : undefined;
      const runtime = await startLocalRuntime({
        io,
        port,
        ...(sandboxMode
          ? {
              loaded: sandboxMode.override.loaded,
              clusters: sandboxMode.override.clusters,
              clock: sandboxMode.clock,
              monitorEveryMs: 60_000 / speed,
              cost: await sandboxCostSource(sandboxMode),
              // A sweep every simulated day (the Lambda's is weekly): the report shows up while you watch.
              costSweepEveryMs: 86_400_000 / speed,
              // The GitOps sweep over the sandbox's own manifests repository, daily as in AWS.
              gitops: { repoDir: sandboxMode.manifestsDir, sweepEveryMs: 86_400_000 / speed },
            }
          : { loaded }),
      }).catch(async (error: unknown) => {
        await sandboxMode?.close();
        throw error;
      });
      const { agent } = runtime;
      io.out(`sre-agent listening on ${runtime.url}`);
      io.out(`  POST ${runtime.url}/alertmanager        Alertmanager webhook (payload version 4)`);
      io.out(`  POST ${runtime.url}/slack/commands      Slack slash commands`);
      io.out(`  POST ${runtime.url}/slack/interactions  Slack buttons`);
      io.out(`  GET  ${runtime.url}/healthz`);
      for (const cluster of agent.config.clusters) {
        const namespaces = Object.entries(cluster.namespaces).map(([ns, mode]) => `${ns}=${mode}`);
        io.out(
          `watching cluster ${cluster.name} (default mode ${cluster.defaultMode}${namespaces.length ? `; ${namespaces.join(', ')}` : ''})`,
        );
      }
      if (sandboxMode) {
        io.out(
          `No cluster is configured, so the agent watches the built-in sandbox (scenario ${sandboxMode.sandbox.scenario.name}, ${speed}× real time). ` +
            'To watch a real cluster, add it under `clusters:` in sre-agent.config.yaml (EKS name + region, a kubeconfig context, or inCluster: true).',
        );
        io.out(`  kubectl --kubeconfig ${sandboxMode.kubeconfigPath} get pods -A`);
        io.out(
          `  git -C ${sandboxMode.manifestsDir} log --all --oneline   (its manifests; fixes arrive as sre-agent/* branches)`,
        );
        sandboxMode.run(speed);
        await runtime.monitorOnce();
        await runtime.costSweepOnce();
        // Not awaited: a sweep of the showcase's many workloads takes a while; its line arrives when done.
        void runtime.gitopsSweepOnce();
        // The showcase's GuardDuty finding (crypto-miner) arrives as EventBridge would deliver it.
        const { quarantineDepsFrom, quarantineFindings } = await import('../use-cases/quarantine-finding.ts');
        for (const event of sandboxMode.sandbox.injectRuntimeThreats()) {
          await quarantineFindings(event, quarantineDepsFrom(agent));
        }
      }
      if (!agent.secrets.ALERTMANAGER_BEARER_TOKEN) {
        io.out(
          'note: ALERTMANAGER_BEARER_TOKEN is not set, so /alertmanager accepts unauthenticated requests from this machine only (the server listens on 127.0.0.1); set it before exposing the agent',
        );
      }
      const signal = await untilSignal();
      io.out(`received ${signal}, stopping`);
      await runtime.close();
      await sandboxMode?.close();
    });
}

async function startSandbox(loaded: ReturnType<typeof loadConfig>, options: StartOptions, io: CliIo) {
  const [{ startSandboxMode }, { showcaseScenario }, { createJsonLogger }] = await Promise.all([
    import('../runtime/sandbox-mode.ts'),
    import('../runtime/showcase.ts'),
    import('@sre-agent/core'),
  ]);
  return startSandboxMode({
    loaded,
    dataDir: resolve(process.cwd(), loaded.config.state.dataDir),
    scenario: options.scenario ?? showcaseScenario(),
    logger: createJsonLogger({ level: 'error', write: (line) => io.err(line) }),
  });
}

/** The sandbox's embedded usage history (a week before start, then the sandbox clock) and namespaces. */
async function sandboxCostSource(mode: Awaited<ReturnType<typeof startSandbox>>) {
  const [{ EmbeddedUsageMetrics }, { clusterUsageSource }, { kubeNamespaceInventory }] = await Promise.all([
    import('@sre-agent/cost'),
    import('../compose/cluster-usage-source.ts'),
    import('../compose/kube-namespace-inventory.ts'),
  ]);
  const reader = mode.override.clusters.get('sandbox')?.reader;
  if (!reader) return undefined;
  return {
    cluster: 'sandbox',
    metrics: new EmbeddedUsageMetrics(clusterUsageSource(reader, mode.sandbox.usage), {
      seed: 1,
      historyStart: new Date(mode.clock.now().getTime() - 8 * 86_400_000),
    }),
    inventory: kubeNamespaceInventory(reader),
  };
}
