import type * as z from 'zod';

/** A lower-case DNS label, the shape of Kubernetes names and of the agent's own names. */
export const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** What an integration is to the agent. */
export type IntegrationKind =
  | 'notifier'
  | 'reasoner'
  | 'memory'
  | 'cache'
  | 'git-host'
  | 'metrics'
  | 'webhook';

/** A secret an integration reads from the environment (never from the config file). */
export type SecretSpec = {
  /** The SST secret (PascalCase) that links it to the functions that use it. */
  stackName: string;
  schema: z.ZodType<string>;
  /** The stack refuses to deploy without it (optional ones default to empty, meaning "not used"). */
  requiredToDeploy: boolean;
  /** What it is and where to get it, for the secrets table. */
  doc: string;
};

/**
 * One integration, in one module: its settings under `integrations.<name>` of the config file
 * (`null` when it has none there), the secrets it reads from the environment, keyed by variable
 * name, and where it is created from them.
 */
export type IntegrationSpec<
  N extends string,
  K extends IntegrationKind,
  C extends z.ZodType | null,
  S extends Record<string, SecretSpec>,
> = {
  name: N;
  kind: K;
  doc: string;
  config: C;
  secrets: S;
  /**
   * The module (repository path) that builds the adapter from the settings and secrets; `null`
   * while no pillar uses the integration yet (its settings are accepted and validated already).
   */
  createdIn: string | null;
};

/** Declares an integration; core's config and secrets schemas and the stack's secrets derive from these. */
export function defineIntegration<
  const N extends string,
  const K extends IntegrationKind,
  C extends z.ZodType | null,
  const S extends Record<string, SecretSpec>,
>(spec: IntegrationSpec<N, K, C, S>): IntegrationSpec<N, K, C, S> {
  return spec;
}
