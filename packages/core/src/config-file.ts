/**
 * The config file people write: YAML, read by the CLI, `npm start` and the deploy. The functions
 * never read YAML; they read the JSON the stack renders from it (`bundled-config.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
  CONFIG_ENV,
  type Config,
  ConfigSchema,
  type LoadedConfig,
  parseSecrets,
  validateConfig,
} from './config.ts';
import { ConfigError } from './errors.ts';

export const DEFAULT_CONFIG_FILE = 'sre-agent.config.yaml';

/** Parses config text (YAML or JSON); throws a `ConfigError` naming every bad field and what to fix. */
export function parseConfig(text: string, source = 'config'): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    throw new ConfigError(`${source} is not valid YAML${where}: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
  return validateConfig(raw, source);
}

/**
 * Loads the config: `$SRE_AGENT_CONFIG` if set (it must exist), else `./sre-agent.config.yaml` if
 * present, else the embedded defaults.
 */
export function loadConfig(
  options: { env?: NodeJS.ProcessEnv; cwd?: string; path?: string } = {},
): LoadedConfig {
  const env = options.env ?? process.env;
  const explicit = options.path ?? env[CONFIG_ENV];
  const path = resolve(options.cwd ?? process.cwd(), explicit ?? DEFAULT_CONFIG_FILE);
  let config: Config;
  let source: string | undefined;
  if (existsSync(path)) {
    config = parseConfig(readFileSync(path, 'utf8'), path);
    source = path;
  } else if (explicit) {
    throw new ConfigError(
      `config file ${path} does not exist; create it (see sre-agent.config.yaml in the repository) or unset ${CONFIG_ENV}`,
    );
  } else {
    config = ConfigSchema.parse({});
  }
  return { config, source, secrets: parseSecrets(env) };
}
