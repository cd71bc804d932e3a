/**
 * The config as the Lambda functions read it: the deploy validates the YAML file once and bundles
 * it as JSON (`renderBundledConfig`), so a function's cold start parses JSON, which Node does
 * natively, instead of loading a YAML parser (about 120 KB of the receivers' bundles).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_ENV, type Config, ConfigSchema, validateConfig } from './config.ts';
import { ConfigError } from './errors.ts';

/** The file name of the rendered config beside the handler (`SRE_AGENT_CONFIG` names it). */
export const BUNDLED_CONFIG_FILE = 'sre-agent.config.json';

/** The validated config as the JSON document the functions read. */
export function renderBundledConfig(config: Config): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * The bundled config: the JSON file `$SRE_AGENT_CONFIG` names (it must exist and be valid; it is
 * validated again, as every input is), else the embedded defaults.
 */
export function loadBundledConfig(options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): {
  config: Config;
  source: string | undefined;
} {
  const name = (options.env ?? process.env)[CONFIG_ENV];
  if (!name) return { config: ConfigSchema.parse({}), source: undefined };
  const path = resolve(options.cwd ?? process.cwd(), name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`bundled config ${path} cannot be read (${CONFIG_ENV}); redeploy the stack`, {
      cause: error,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`bundled config ${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { config: validateConfig(raw, path), source: path };
}
