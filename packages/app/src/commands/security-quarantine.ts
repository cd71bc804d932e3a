import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  loadConfig,
  NotFoundError,
  randomIds,
  silentLogger,
  systemClock,
  ValidationError,
} from '@sre-agent/core';
import type { Command } from 'commander';
import type { Agent } from '../compose/create-agent.ts';
import type { CliIo } from '../io.ts';
import type { FindingOutcome } from '../use-cases/quarantine-finding.ts';

type QuarantineOptions = { finding?: string; dryRun?: boolean; json?: boolean; scenario: string };

/** Largest finding file read: GuardDuty findings are a few KB, an Alertmanager webhook up to 1 MB. */
const MAX_FINDING_BYTES = 1_048_576;

async function readFinding(path: string): Promise<unknown> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new NotFoundError(`no such file: ${path}`);
  if (info.size > MAX_FINDING_BYTES) throw new ValidationError(`${path} is larger than 1 MB: not a finding`);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new ValidationError(`${path} is not JSON`, [], { cause: error });
  }
}

function print(io: CliIo, outcomes: FindingOutcome[], json: boolean): void {
  if (json) {
    io.out(JSON.stringify({ outcomes }, null, 2));
    return;
  }
  for (const { finding, result } of outcomes) {
    const where = finding ? `${finding.namespace}/${finding.pod} (${finding.type})` : 'finding';
    io.out(`${where}: ${result.kind}: ${result.reason}`);
  }
}

/**
 * `sre-agent security quarantine [--finding FILE] [--dry-run] [--json]`: quarantines the pod a
 * GuardDuty finding or a Falco alert names, through the catalog action and the policy engine.
 * With no cluster configured it runs on the sandbox (`--scenario`, default crypto-miner) and,
 * without `--finding`, on the scenario's own GuardDuty finding.
 */
export function registerQuarantineCommand(security: Command, io: CliIo): void {
  security
    .command('quarantine')
    .description(
      'quarantine the pod a GuardDuty finding (EventBridge event or bare) or a Falco alert (Falcosidekick or Alertmanager webhook) names: deny-all NetworkPolicy, out of its Services and controller, kept for forensics',
    )
    .option(
      '--finding <file>',
      'the finding as JSON (with no cluster configured: default, the scenario’s own)',
    )
    .option('--dry-run', 'bind and dry-run the quarantine on the API server; change nothing')
    .option('--json', 'print {"outcomes": [{finding, result}]}')
    .option('--scenario <name>', 'with no cluster configured: the sandbox scenario', 'crypto-miner')
    .action(async (options: QuarantineOptions) => {
      const finding = options.finding ? await readFinding(options.finding) : undefined;
      const [{ quarantineDepsFrom, quarantineFindings }, { buildAgent }, { createInMemoryState }] =
        await Promise.all([
          import('../use-cases/quarantine-finding.ts'),
          import('../compose/build-agent.ts'),
          import('@sre-agent/state'),
        ]);
      const loaded = loadConfig();
      const clock = systemClock;
      const logger = silentLogger;
      const terminal = { write: (text: string) => io.out(text), tty: false };
      const run = async (agent: Agent, inputs: unknown[]) => {
        const outcomes: FindingOutcome[] = [];
        const deps = quarantineDepsFrom(agent, { dryRunOnly: options.dryRun === true });
        for (const input of inputs) outcomes.push(...(await quarantineFindings(input, deps)));
        print(io, outcomes, options.json === true);
      };
      if (loaded.config.clusters.length === 0) {
        const { startSandboxMode } = await import('../runtime/sandbox-mode.ts');
        const dir = await mkdtemp(join(tmpdir(), 'sre-agent-quarantine-'));
        const mode = await startSandboxMode({ loaded, dataDir: dir, scenario: options.scenario, logger });
        try {
          const injected = mode.sandbox.injectRuntimeThreats();
          const inputs = finding === undefined ? injected : [finding];
          if (inputs.length === 0)
            throw new NotFoundError(
              `scenario ${options.scenario} reports no runtime threat: pass --finding FILE`,
            );
          const agent = buildAgent({
            loaded: mode.override.loaded,
            stores: createInMemoryState({ clock: mode.clock }),
            clusters: mode.override.clusters,
            clock: mode.clock,
            logger,
            ids: randomIds,
            ...(options.json ? {} : { terminal }),
          });
          await run(agent, inputs);
        } finally {
          await mode.close();
          await rm(dir, { recursive: true, force: true });
        }
        return;
      }
      if (finding === undefined)
        throw new ValidationError('--finding FILE is required with a configured cluster');
      const [{ connectClusters }, { awsNodeGroups }, state] = await Promise.all([
        import('../compose/connect-clusters.ts'),
        import('../compose/aws-node-groups.ts'),
        import('@sre-agent/state'),
      ]);
      const dynamo = await state.startEmbeddedDynamo({
        dataDir: join(resolve(process.cwd(), loaded.config.state.dataDir), 'dynamo'),
      });
      const connected = await connectClusters(loaded.config.clusters, {
        clock,
        logger,
        nodeGroups: awsNodeGroups,
      });
      try {
        const client = state.createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
        await state.ensureTable(client, loaded.config.state.tableName);
        const agent = buildAgent({
          loaded,
          stores: state.createDynamoState({ client, tableName: loaded.config.state.tableName, clock }),
          clusters: connected.clusters,
          clock,
          logger,
          ids: randomIds,
          ...(options.json ? {} : { terminal }),
        });
        await run(agent, [finding]);
      } finally {
        await connected.close();
        await dynamo.close();
      }
    });
}
