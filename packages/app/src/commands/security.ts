import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  type Clock,
  type LoadedConfig,
  loadConfig,
  NotFoundError,
  silentLogger,
  systemClock,
  ValidationError,
} from '@sre-agent/core';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { registerHardenCommand } from './security-harden.ts';
import { registerQuarantineCommand } from './security-quarantine.ts';

type ScanOptions = {
  manifests?: string;
  json?: boolean;
  track?: boolean;
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

/** The local state's finding store (the embedded DynamoDB under `state.dataDir`), for `--track`. */
async function openLocalFindings(loaded: LoadedConfig, clock: Clock) {
  const state = await import('@sre-agent/state');
  const dynamo = await state.startEmbeddedDynamo({
    dataDir: join(resolve(process.cwd(), loaded.config.state.dataDir), 'dynamo'),
  });
  try {
    const client = state.createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
    await state.ensureTable(client, loaded.config.state.tableName);
    const { findings } = state.createDynamoState({ client, tableName: loaded.config.state.tableName, clock });
    return { findings, close: () => dynamo.close() };
  } catch (error) {
    await dynamo.close();
    throw error;
  }
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
    .option(
      '--track',
      'record the findings in the local state (state.dataDir) and show what is new, still open and fixed since the last tracked scan',
    )
    .option('--cluster <name>', 'the configured cluster to scan (default: every one)')
    .option('--scenario <name>', 'with no cluster configured: the sandbox scenario to scan', 'healthy')
    .action(async (options: ScanOptions) => {
      const level = parseLevel(options.level);
      const secrets = options.secrets === true;
      // Loaded on use: `sre-agent --help` stays fast.
      const { formatScanSummary, formatTracking, scanInventory, scanResultJson } = await import(
        '@sre-agent/security'
      );
      const { trackSecurityScan } = await import('../use-cases/run-security-scan.ts');
      const { exemptions } = loadConfig().config.security;
      if (options.track && options.manifests)
        throw new ValidationError(
          '--track follows a cluster over time (the sandbox or a configured one), not --manifests',
        );
      const tracking = options.track ? await openLocalFindings(loadConfig(), systemClock) : undefined;
      const print = async (
        scope: string,
        inventory: SecurityInventoryOf<'readManifestInventory'>,
        cluster?: string,
      ) => {
        const result = scanInventory(inventory, { level, exemptions, ...(cluster ? { cluster } : {}) });
        const tracked =
          tracking && cluster
            ? await trackSecurityScan(
                { findings: tracking.findings, clock: systemClock },
                { cluster, result, coverage: { secrets } },
              )
            : undefined;
        if (options.json) io.out(scanResultJson(result, tracked));
        else {
          for (const line of formatScanSummary(result, scope)) io.out(line);
          if (tracked) for (const line of formatTracking(tracked)) io.out(line);
        }
      };
      try {
        await scanTargets(print, options, secrets);
      } finally {
        await tracking?.close();
      }
    });
}

type Print = (
  scope: string,
  inventory: SecurityInventoryOf<'readManifestInventory'>,
  cluster?: string,
) => Promise<void>;
type SecurityModule = typeof import('@sre-agent/security');
type SecurityInventoryOf<K extends 'readManifestInventory'> = Awaited<ReturnType<SecurityModule[K]>>;

/** Reads what `security scan` judges: a directory of manifests, the configured clusters, or the sandbox. */
async function scanTargets(print: Print, options: ScanOptions, secrets: boolean): Promise<void> {
  const { readClusterInventory, readManifestInventory } = await import('@sre-agent/security');
  if (options.manifests) {
    await assertDirectory(options.manifests);
    await print(options.manifests, await readManifestInventory(options.manifests, { secrets }));
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
      await print(
        `the sandbox (scenario ${sandbox.scenario.name})`,
        await readClusterInventory(access.reader, { secrets }),
        'sandbox',
      );
    } finally {
      await access.close();
      await sandbox.close();
    }
    return;
  }
  const clusters = loaded.config.clusters.filter((c) => !options.cluster || c.name === options.cluster);
  if (clusters.length === 0) throw new NotFoundError(`no configured cluster is named "${options.cluster}"`);
  for (const cluster of clusters) {
    const access = await createClusterAccess(cluster, deps);
    try {
      await print(
        `cluster ${cluster.name}`,
        await readClusterInventory(access.reader, { secrets }),
        cluster.name,
      );
    } finally {
      await access.close();
    }
  }
}
