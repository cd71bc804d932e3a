import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ValidationError } from '@sre-agent/core';
import { listScenarios, startSandbox } from '@sre-agent/sandbox';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

const DEFAULT_KUBECONFIG = '.sre-agent/sandbox.kubeconfig';

/** Resolves when the process is asked to stop (SIGINT/SIGTERM); injectable for tests. */
export type ShutdownSignal = () => Promise<void>;

const processShutdown: ShutdownSignal = () =>
  new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });

function number(name: string, raw: string | undefined, check: (n: number) => boolean): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value))
    throw new ValidationError(`--${name} must be a valid number, got "${raw}"`);
  return value;
}

/**
 * `sre-agent sandbox --scenario <name>`: runs the simulated cluster on 127.0.0.1, writes a
 * kubeconfig for kubectl and keeps running (scenario time advancing `--speed`× real time) until
 * SIGINT/SIGTERM.
 */
export function registerSandboxCommand(
  sandbox: Command,
  io: CliIo,
  shutdown: ShutdownSignal = processShutdown,
): void {
  const names = listScenarios().map((s) => s.name);
  sandbox
    .option('-s, --scenario <name>', `scenario: ${names.join(', ')}`, 'healthy')
    .option('-p, --port <port>', 'port on 127.0.0.1 (default: chosen by the OS)')
    .option('--kubeconfig <path>', 'where to write the kubeconfig', DEFAULT_KUBECONFIG)
    .option('--speed <x>', 'scenario seconds per real second', '1')
    .option('--redis', 'also serve the scenario cache over the Redis protocol')
    .option('--list', 'list the scenarios and their expected fixes, then exit')
    .action(
      async (options: {
        scenario: string;
        port?: string;
        kubeconfig: string;
        speed: string;
        redis?: boolean;
        list?: boolean;
      }) => {
        if (options.list) {
          for (const s of listScenarios())
            io.out(
              `${s.name.padEnd(26)} ${s.namespace}/${s.workload}\n  ${s.description}\n  fix: ${s.expectedFix}`,
            );
          return;
        }
        if (!names.includes(options.scenario)) {
          throw new ValidationError(
            `unknown scenario "${options.scenario}"; valid scenarios: ${names.join(', ')}`,
            names,
          );
        }
        const port = number('port', options.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535);
        const speed = number('speed', options.speed, (n) => n > 0 && n <= 10_000) ?? 1;
        const sandbox = await startSandbox({
          scenario: options.scenario,
          ...(port !== undefined ? { port } : {}),
          autoTick: { intervalMs: 250, speed },
          ...(options.redis ? { redis: true } : {}),
        });
        try {
          const path = resolve(options.kubeconfig);
          await mkdir(dirname(path), { recursive: true });
          await sandbox.writeKubeconfig(path);
          io.out(
            `sandbox cluster "${sandbox.scenario.name}" listening on ${sandbox.url} (scenario time ${speed}× real time)`,
          );
          io.out(`  ${sandbox.scenario.description}`);
          io.out(`  expected fix: ${sandbox.scenario.expectedFix}`);
          if (sandbox.redisUrl) io.out(`  cache (Redis protocol): ${sandbox.redisUrl}`);
          io.out(`kubeconfig written to ${path}`);
          io.out(`try: kubectl --kubeconfig ${path} get pods -A`);
          io.out('press Ctrl-C to stop');
          await shutdown();
        } finally {
          await sandbox.close();
          io.out('sandbox stopped');
        }
      },
    );
}
