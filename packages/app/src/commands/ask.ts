import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type Clock,
  type Config,
  loadConfig,
  NotFoundError,
  silentLogger,
  systemClock,
  ValidationError,
} from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import type { StateStores } from '@sre-agent/state';
import type { Command } from 'commander';
import type { AssistantAnswer } from '../assistant/ask.ts';
import type { CliIo } from '../io.ts';

type AskOptions = { json?: boolean; cluster?: string; scenario: string };

async function answer(
  reader: ClusterReader,
  config: Config,
  clock: Clock,
  stores: StateStores,
  question: string,
): Promise<AssistantAnswer> {
  const [{ askAssistant }, { assistantFromConfig, prometheusFromConfig }] = await Promise.all([
    import('../assistant/ask.ts'),
    import('../assistant/from-config.ts'),
  ]);
  // The local incident memory, when there is one: never created by a question.
  const dir = join(config.state.dataDir, 'memory');
  const memory = existsSync(dir)
    ? (await (await import('@sre-agent/memory')).openLocalIncidentMemory({ dir, clock })).memory
    : undefined;
  return askAssistant(
    {
      reader,
      config,
      clock,
      incidents: stores.incidents,
      audit: stores.audit,
      memory,
      prometheus: await prometheusFromConfig(config),
    },
    question,
    assistantFromConfig(config, silentLogger),
  );
}

/**
 * `sre-agent ask "<question>" [--json]`: the assistant, read-only, against the configured cluster
 * (the sandbox when none is). With Bedrock configured, a model with read-only tools; without it,
 * the rules and the read-only diagnosis, and the answer says so.
 */
export function registerAskCommand(ask: Command, io: CliIo): void {
  ask
    .argument('<question...>', 'the question, e.g. "why is shop/order-service crashing?"')
    .option('--json', 'print {question, via, answer, evidence: [{tool, input, ok}], diagnoses}')
    .option('--cluster <name>', 'the configured cluster to ask about (default: the first one)')
    .option('--scenario <name>', 'with no cluster configured: the sandbox scenario to ask about', 'oom-kill')
    .action(async (words: string[], options: AskOptions) => {
      const question = words.join(' ').trim();
      if (!question)
        throw new ValidationError('ask needs a question, e.g. sre-agent ask "why is cart failing?"');
      if (question.length > 2000) throw new ValidationError('the question is longer than 2000 characters');
      const loaded = loadConfig();
      const { config } = loaded;
      const print = (a: AssistantAnswer) => {
        if (options.json)
          io.out(
            JSON.stringify({
              question: a.question,
              via: a.via,
              answer: a.text,
              evidence: a.evidence,
              diagnoses: a.diagnoses,
            }),
          );
        else io.out(a.text);
      };
      const [kube, state] = await Promise.all([import('@sre-agent/kube'), import('@sre-agent/state')]);
      const deps = { clock: systemClock, logger: silentLogger };
      if (config.clusters.length === 0) {
        const { startSandbox } = await import('@sre-agent/sandbox');
        const sandbox = await startSandbox({ scenario: options.scenario });
        const access = kube.createClusterAccessFromKubeconfig(
          { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
          deps,
        );
        try {
          const clock: Clock = { now: () => sandbox.engine.now(), sleep: systemClock.sleep };
          print(await answer(access.reader, config, clock, state.createInMemoryState({ clock }), question));
        } finally {
          await access.close();
          await sandbox.close();
        }
        return;
      }
      const cluster = options.cluster
        ? config.clusters.find((c) => c.name === options.cluster)
        : config.clusters[0];
      if (!cluster) throw new NotFoundError(`no configured cluster is named "${options.cluster}"`);
      // The local agent's incidents and audit trail (`npm start`'s embedded DynamoDB).
      const dynamo = await state.startEmbeddedDynamo({
        dataDir: join(resolve(process.cwd(), config.state.dataDir), 'dynamo'),
      });
      const access = await kube.createClusterAccess(cluster, deps);
      try {
        const client = state.createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
        await state.ensureTable(client, config.state.tableName);
        const stores = state.createDynamoState({
          client,
          tableName: config.state.tableName,
          clock: systemClock,
        });
        print(await answer(access.reader, config, systemClock, stores, question));
      } finally {
        await access.close();
        await dynamo.close();
      }
    });
}
