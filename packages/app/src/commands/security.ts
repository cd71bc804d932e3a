import { stat } from 'node:fs/promises';
import { loadConfig, NotFoundError, silentLogger, systemClock, ValidationError } from '@sre-agent/core';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { registerHardenCommand } from './security-harden.ts';
import { registerQuarantineCommand } from './security-quarantine.ts';

type ScanOptions = {
  manifests?: string;
  json?: boolean;
  secrets?: boolean;
  level: string;
  cluster?: string;
  scenario: string;
};

const LEVELS = ['baseline', 'restricted'] as const;

function parseLevel(level: string): (typeof LEVELS)[number] {
  const found = LEVELS.find((l) => l === level);
  if (!found)
    throw new ValidationError(`--level must be baseline or restricted, not "${level.slice(0, 40)}"`);
  return found;
}

async function assertDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new NotFoundError(`no such directory: ${dir}`);
}

/**
 * `sre-agent security scan [--manifests DIR] [--secrets] [--json] [--level L]`: the posture scan of a
 * directory of manifests, of the configured clusters, or (with none configured) of the sandbox.
 */
export function registerSecurityCommand(security: Command, io: CliIo): void {
  registerQuarantineCommand(security, io);
  registerHardenCommand(security, io);
  security
    .command('scan')
    .description(
      'scan pods and workload templates (Pod Security Standards and beyond), NetworkPolicy coverage and RBAC of the configured cluster (the sandbox when none is) or of a directory of manifests',
    )
    .option(
      '--manifests <dir>',
      'scan the manifests in this directory (multi-document YAML or JSON, recursively)',
    )
    .option(
      '--secrets',
      'also judge the values in Secrets for easy-to-guess passwords (needs the opt-in secrets-scan role; values are never printed)',
    )
    .option(
      '--json',
      'print {"findings": [{id, severity, namespace, kind, name, container?, key?, message, fix?}], ...}',
    )
    .option(
      '--level <level>',
      'the Pod Security Standards level pods are held to: baseline or restricted',
      'restricted',
    )
    .option('--cluster <name>', 'the configured cluster to scan (default: every one)')
    .option('--scenario <name>', 'with no cluster configured: the sandbox scenario to scan', 'healthy')
    .action(async (options: ScanOptions) => {
      const level = parseLevel(options.level);
      const secrets = options.secrets === true;
      // Loaded on use: `sre-agent --help` stays fast.
      const {
        formatScanSummary,
        readClusterInventory,
        readManifestInventory,
        scanInventory,
        scanResultJson,
      } = await import('@sre-agent/security');
      const { exemptions } = loadConfig().config.security;
      const print = (
        scope: string,
        inventory: Awaited<ReturnType<typeof readManifestInventory>>,
        cluster?: string,
      ) => {
        const result = scanInventory(inventory, { level, exemptions, ...(cluster ? { cluster } : {}) });
        if (options.json) io.out(scanResultJson(result));
        else for (const line of formatScanSummary(result, scope)) io.out(line);
      };
      if (options.manifests) {
        await assertDirectory(options.manifests);
        print(options.manifests, await readManifestInventory(options.manifests, { secrets }));
        return;
      }
      const loaded = loadConfig();
      const { createClusterAccess, createClusterAccessFromKubeconfig } = await import('@sre-agent/kube');
      const deps = { clock: systemClock, logger: silentLogger };
      if (loaded.config.clusters.length === 0) {
        const { startSandbox } = await import('@sre-agent/sandbox');
        const sandbox = await startSandbox({ scenario: options.scenario });
        const access = createClusterAccessFromKubeconfig(
          { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
          deps,
        );
        try {
          print(
            `the sandbox (scenario ${sandbox.scenario.name})`,
            await readClusterInventory(access.reader, { secrets }),
          );
        } finally {
          await access.close();
          await sandbox.close();
        }
        return;
      }
      const clusters = loaded.config.clusters.filter((c) => !options.cluster || c.name === options.cluster);
      if (clusters.length === 0)
        throw new NotFoundError(`no configured cluster is named "${options.cluster}"`);
      for (const cluster of clusters) {
        const access = await createClusterAccess(cluster, deps);
        try {
          print(
            `cluster ${cluster.name}`,
            await readClusterInventory(access.reader, { secrets }),
            cluster.name,
          );
        } finally {
          await access.close();
        }
      }
    });
}
