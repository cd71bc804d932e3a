import { ValidationError } from '@sre-agent/core';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ValidationError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

/** Resolves when the process is asked to stop. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => resolve(signal);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('run the agent locally on its embedded defaults: HTTP endpoints, scheduler, queue worker')
    .option('-p, --port <port>', 'port for the HTTP endpoints (0 picks a free one)', '8080')
    .action(async (options: { port: string }) => {
      const port = parsePort(options.port);
      // Loaded on use: `sre-agent --help` stays fast.
      const { startLocalRuntime } = await import('../runtime/local-runtime.ts');
      const runtime = await startLocalRuntime({ io, port });
      const { agent } = runtime;
      io.out(`sre-agent listening on ${runtime.url}`);
      io.out(`  POST ${runtime.url}/alertmanager        Alertmanager webhook (payload version 4)`);
      io.out(`  POST ${runtime.url}/slack/commands      Slack slash commands`);
      io.out(`  POST ${runtime.url}/slack/interactions  Slack buttons`);
      io.out(`  GET  ${runtime.url}/healthz`);
      if (agent.clusters.size === 0) {
        io.out(
          'No cluster is configured, so nothing is watched. Add one under `clusters:` in sre-agent.config.yaml ' +
            '(EKS name + region, a kubeconfig context, or inCluster: true), or run `sre-agent sandbox` for a simulated one.',
        );
      } else {
        for (const cluster of agent.config.clusters) {
          const namespaces = Object.entries(cluster.namespaces).map(([ns, mode]) => `${ns}=${mode}`);
          io.out(
            `watching cluster ${cluster.name} (default mode ${cluster.defaultMode}${namespaces.length ? `; ${namespaces.join(', ')}` : ''}), monitor every 60 s`,
          );
        }
      }
      if (!agent.secrets.ALERTMANAGER_BEARER_TOKEN) {
        io.out(
          'note: ALERTMANAGER_BEARER_TOKEN is not set, so /alertmanager accepts unauthenticated requests',
        );
      }
      const signal = await untilSignal();
      io.out(`received ${signal}, stopping`);
      await runtime.close();
    });
}
