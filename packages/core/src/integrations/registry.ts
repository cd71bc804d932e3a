import * as z from 'zod';
import { alertmanager } from './alertmanager.ts';
import { bedrock } from './bedrock.ts';
import { falco } from './falco.ts';
import { github } from './github.ts';
import { pinecone } from './pinecone.ts';
import { prometheus } from './prometheus.ts';
import { redis } from './redis.ts';
import { slack } from './slack.ts';
import type { IntegrationKind, SecretSpec } from './spec.ts';
import { teams } from './teams.ts';

/**
 * Every integration, one module each. Adding one is its module, its test and one line here: the
 * config file's `integrations` section, the secrets read from the environment, the stack's SST
 * secrets and the secrets table of the README all derive from this list.
 */
export const INTEGRATIONS = [
  slack,
  pinecone,
  github,
  teams,
  prometheus,
  bedrock,
  redis,
  alertmanager,
  falco,
] as const;

type Integration = (typeof INTEGRATIONS)[number];

export type IntegrationName = Integration['name'];

/** The integrations of a kind, by name (`'slack' | 'teams'` for notifiers). */
export type IntegrationNameOf<K extends IntegrationKind> = Extract<Integration, { kind: K }>['name'];

type ConfigShape = {
  [I in Integration as I['config'] extends z.ZodType ? I['name'] : never]: z.ZodOptional<
    Extract<I['config'], z.ZodType>
  >;
};

/** Settings of the integrations (`integrations:` in the config file); each one optional. */
export const IntegrationsConfigSchema = z.strictObject(
  Object.fromEntries(
    INTEGRATIONS.flatMap((i) => (i.config ? [[i.name, i.config.optional()] as const] : [])),
  ) as ConfigShape,
);
export type IntegrationsConfig = z.infer<typeof IntegrationsConfigSchema>;

/** The environment variable of every secret an integration reads. */
export type SecretEnv = { [I in Integration as I['name']]: keyof I['secrets'] & string }[IntegrationName];

type StackNamesOf<I> = I extends { secrets: infer S }
  ? { [K in keyof S]: S[K] extends { stackName: infer N extends string } ? N : never }[keyof S]
  : never;

/** The SST secret name of every secret an integration reads. */
export type SecretStackName = StackNamesOf<Integration>;

/** A secret with its variable and the integration that declares it. */
export type DeclaredSecret = SecretSpec & {
  env: SecretEnv;
  stackName: SecretStackName;
  integration: IntegrationName;
};

/** Every secret, in registry order. */
export const INTEGRATION_SECRETS: readonly DeclaredSecret[] = INTEGRATIONS.flatMap((i) =>
  Object.entries(i.secrets as Record<string, SecretSpec>).map(([env, spec]) => ({
    ...spec,
    env: env as SecretEnv,
    stackName: spec.stackName as SecretStackName,
    integration: i.name,
  })),
);

/** Secrets: only ever from the environment (SST links them there), never from the file. */
export const SecretsSchema = z.object(
  Object.fromEntries(INTEGRATION_SECRETS.map((s) => [s.env, s.schema.optional()])) as {
    [E in SecretEnv]: z.ZodOptional<z.ZodType<string>>;
  },
);
export type Secrets = z.infer<typeof SecretsSchema>;
