import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadConfig } from '@sre-agent/core';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { generateAccessManifests } from '../rbac/generate.ts';

type RbacOptions = { config?: string; out?: string; cluster?: string };

/**
 * `sre-agent rbac [--config FILE] [--out DIR] [--cluster NAME]`: the RBAC and admission policies of
 * one cluster, derived from the action registry and the config. With `--out`, writes
 * `DIR/rbac/*.yaml` and `DIR/admission/*.yaml`; otherwise prints them as one YAML stream.
 */
export function registerRbacCommand(rbac: Command, io: CliIo): void {
  rbac
    .option('--config <file>', 'the agent config (default: $SRE_AGENT_CONFIG or ./sre-agent.config.yaml)')
    .option('--out <dir>', 'write <dir>/rbac/*.yaml and <dir>/admission/*.yaml (e.g. deploy)')
    .option('--cluster <name>', 'the cluster to generate for, when the config has several')
    .action(async (options: RbacOptions) => {
      const { config } = loadConfig(options.config ? { path: options.config } : {});
      const generated = generateAccessManifests(config, options.cluster ? { cluster: options.cluster } : {});
      for (const warning of generated.warnings) io.err(`warning: ${warning}`);
      if (!options.out) {
        io.out([...generated.files.values()].join('---\n'));
        return;
      }
      for (const [path, text] of generated.files) {
        const file = join(options.out, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
        io.out(`wrote ${file}`);
      }
    });
}
