import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import * as z from 'zod';
import { ActionKindNameSchema, ModeSchema } from './domain.ts';
import { ConfigError } from './errors.ts';

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const EksAccessSchema = z.strictObject({
  name: z.string().min(1, 'the EKS cluster name'),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as eu-west-1'),
});
const KubeconfigAccessSchema = z.strictObject({
  path: z.string().min(1).optional(),
  context: z.string().min(1).optional(),
});

export const ClusterConfigSchema = z
  .strictObject({
    name: z.string().regex(NAME, 'lower-case letters, digits and dashes, e.g. prod-eu-1'),
    /** Mode for namespaces not listed below; a real cluster starts in observe. */
    defaultMode: ModeSchema.default('observe'),
    namespaces: z.record(z.string(), ModeSchema).default({}),
    /**
     * Mode for node actions (cordon, drain, replace). Nodes are shared by every namespace, so a
     * namespace's mode never applies to them; a real cluster starts in observe.
     */
    nodes: ModeSchema.default('observe'),
    eks: EksAccessSchema.optional(),
    kubeconfig: KubeconfigAccessSchema.optional(),
    inCluster: z.literal(true).optional(),
  })
  .refine((c) => [c.eks, c.kubeconfig, c.inCluster].filter((x) => x !== undefined).length === 1, {
    message: 'set exactly one of `eks: {name, region}`, `kubeconfig: {path?, context?}` or `inCluster: true`',
  });
export type ClusterConfig = z.infer<typeof ClusterConfigSchema>;

export const PolicyConfigSchema = z.strictObject({
  /**
   * Catalog actions the agent may run on its own (in auto mode) or propose (in suggest mode);
   * unset: every action of the registry. Names are checked against the registry at start-up.
   */
  allowedActions: z.array(ActionKindNameSchema).optional(),
  cooldownMinutes: z.number().int().min(0).max(1440).default(15),
  /** Circuit breaker: more autonomous actions than this per cluster per window pauses the agent. */
  maxActionsPerWindow: z.number().int().min(1).max(1000).default(10),
  windowMinutes: z.number().int().min(1).max(1440).default(60),
  /** Failed fixes per incident before escalating to humans. */
  maxAttemptsPerIncident: z.number().int().min(1).max(10).default(2),
  /**
   * An alert that resolves and fires again within this many minutes continues the incident it
   * closed (its fixes so far count against `maxAttemptsPerIncident`) instead of opening a fresh
   * one; 0 turns this off.
   */
  flapWindowMinutes: z.number().int().min(0).max(1440).default(30),
  /** A memory limit is never raised past this multiple of its original value. */
  maxMemoryFactor: z.number().min(1).max(4).default(2),
  maxScaleReplicas: z.number().int().min(1).max(1000).default(20),
  /**
   * Node actions never leave more than this share of a cluster's nodes unavailable (cordoned or
   * NotReady) at once (at least one node may always be handled, never the last schedulable one):
   * when a network partition makes every node NotReady, nothing is drained.
   */
  maxUnavailableNodeShare: z.number().min(0).max(1).default(0.34),
  /**
   * A problem that comes back on the same workload this many hours after it was resolved reopens
   * its story (same thread): the fix did not hold, and it is not repeated.
   */
  recurrenceWindowHours: z.number().min(0).max(168).default(6),
  /** Minutes a proposal (suggest mode) can be approved; after that it must be proposed again. */
  proposalTtlMinutes: z.number().int().min(1).max(10_080).default(60),
  denyNamespaces: z.array(z.string()).default(['kube-system', 'kube-public', 'kube-node-lease']),
  /** Global kill switch: when true nothing is changed anywhere (also toggled by `/sre pause`). */
  paused: z.boolean().default(false),
  /** How long a remediated workload must stay healthy before the incident is resolved. */
  verifyMinutes: z.number().min(0).max(120).default(5),
});
export type PolicyConfig = z.infer<typeof PolicyConfigSchema>;

/**
 * A Redis server the agent may flush. Only a `role: cache` (data that can be rebuilt) is ever
 * flushed, only for a failing workload listed in `clients`, and under the mode of the cache's
 * own namespace; queues, session stores and anything else holding state never are.
 */
export const RedisCacheConfigSchema = z.strictObject({
  name: z.string().regex(NAME),
  url: z.string().regex(/^rediss?:\/\//),
  /** What it holds; default `store` (never flushed). */
  role: z.enum(['cache', 'queue', 'session-store', 'store']).default('store'),
  /** Namespace the cache runs in: its mode and denylist govern the flush. */
  namespace: z.string().regex(NAME, 'the namespace the cache runs in'),
  /** Workloads that use it, as `namespace/name`: only their failures can lead to a flush. */
  clients: z
    .array(z.string().regex(/^[a-z0-9][-a-z0-9]*\/[a-z0-9][-a-z0-9.]*$/, 'namespace/workload'))
    .default([]),
});
export type RedisCacheConfig = z.infer<typeof RedisCacheConfigSchema>;

/** A Slack member id (`U…`, or `W…` on Enterprise Grid): fixed for life, unlike the user name. */
export const SlackUserIdSchema = z
  .string()
  .regex(
    /^[UW][A-Z0-9]{2,20}$/,
    'a Slack member id such as U012AB3CDE (Profile → ⋮ → Copy member ID), not a name',
  );

/**
 * Who may answer the agent in Slack. A proposal for a workload in a namespace listed under
 * `namespaces` can be approved or rejected only by that namespace's list; any other proposal
 * (unlisted namespaces, node actions) by `default`. `/sre pause` is open to anyone on any list
 * (stopping changes is always safe); `/sre resume` only to `default`.
 */
export const SlackApproversSchema = z.strictObject({
  default: z.array(SlackUserIdSchema).default([]),
  namespaces: z.record(z.string().regex(NAME, 'a namespace name'), z.array(SlackUserIdSchema)).default({}),
});
export type SlackApprovers = z.infer<typeof SlackApproversSchema>;

export const SlackConfigSchema = z.strictObject({
  channel: z.string().min(1),
  /** The workspace (`T…`) whose requests are taken; others are refused. Unset: any workspace. */
  teamId: z
    .string()
    .regex(/^T[A-Z0-9]{2,20}$/, 'a Slack team id such as T0123ABCD')
    .optional(),
  /** The Slack app (`A…`) whose requests are taken; others are refused. Unset: any app. */
  appId: z
    .string()
    .regex(/^A[A-Z0-9]{2,20}$/, 'a Slack app id such as A0123ABCD')
    .optional(),
  /** Unset or empty: nobody can approve, reject, pause or resume from Slack. */
  approvers: SlackApproversSchema.default({ default: [], namespaces: {} }),
});
export type SlackConfig = z.infer<typeof SlackConfigSchema>;

export const IntegrationsConfigSchema = z.strictObject({
  slack: SlackConfigSchema.optional(),
  teams: z.strictObject({ enabled: z.boolean().default(true) }).optional(),
  github: z
    .strictObject({
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name, e.g. acme/platform-config'),
      baseBranch: z.string().min(1).default('main'),
    })
    .optional(),
  prometheus: z
    .strictObject({
      /** Prometheus' base URL, or an Amazon Managed Service for Prometheus workspace's (…/workspaces/ws-…/). */
      url: z.url('a URL such as http://prometheus:9090'),
      /** Sign requests with SigV4 for Amazon Managed Service for Prometheus, in this region. */
      sigv4: z.strictObject({ region: z.string().min(1) }).optional(),
    })
    .optional(),
  pinecone: z.strictObject({ index: z.string().min(1) }).optional(),
  bedrock: z
    .strictObject({
      region: z.string().min(1),
      reasoningModelId: z.string().min(1).optional(),
      embeddingModelId: z.string().min(1).default('amazon.titan-embed-text-v2:0'),
    })
    .optional(),
  redis: z
    .strictObject({
      caches: z.array(RedisCacheConfigSchema),
    })
    .optional(),
});
export type IntegrationsConfig = z.infer<typeof IntegrationsConfigSchema>;

export const StateConfigSchema = z.strictObject({
  /** DynamoDB table; in AWS this comes from the stack, locally the embedded server creates it. */
  tableName: z.string().min(3).default('sre-agent'),
  /** Directory for the embedded DynamoDB-compatible server's data (local runs only). */
  dataDir: z.string().min(1).default('.sre-agent'),
});

export const ConfigSchema = z.strictObject({
  clusters: z.array(ClusterConfigSchema).default([]),
  policy: PolicyConfigSchema.default(PolicyConfigSchema.parse({})),
  integrations: IntegrationsConfigSchema.default({}),
  state: StateConfigSchema.default(StateConfigSchema.parse({})),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Secrets: only ever from the environment (SST links them there), never from the file. */
export const SecretsSchema = z.object({
  SLACK_BOT_TOKEN: z.string().min(1).optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  PINECONE_API_KEY: z.string().min(1).optional(),
  GITHUB_TOKEN: z.string().min(1).optional(),
  ALERTMANAGER_BEARER_TOKEN: z.string().min(1).optional(),
  TEAMS_WEBHOOK_URL: z.url().optional(),
});
export type Secrets = z.infer<typeof SecretsSchema>;

export const CONFIG_ENV = 'SRE_AGENT_CONFIG';
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
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${source} must be a YAML mapping with keys clusters, policy, integrations, state`);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(`${source} is invalid; fix these fields:\n${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  assertUniqueClusterNames(parsed.data, source);
  return parsed.data;
}

function assertUniqueClusterNames(config: Config, source: string): void {
  const seen = new Set<string>();
  for (const cluster of config.clusters) {
    if (seen.has(cluster.name)) {
      throw new ConfigError(
        `${source}: clusters[].name "${cluster.name}" appears twice; cluster names must be unique`,
      );
    }
    seen.add(cluster.name);
  }
}

/** Where the config comes from and what it says. */
export type LoadedConfig = { config: Config; source: string | undefined; secrets: Secrets };

/**
 * Loads the config once per cold start: `$SRE_AGENT_CONFIG` if set (it must exist), else
 * `./sre-agent.config.yaml` if present, else the embedded defaults.
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

export function parseSecrets(env: NodeJS.ProcessEnv): Secrets {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = SecretsSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(`environment secrets are invalid:\n${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** The mode in force for a namespace of a cluster; cluster-scoped objects (namespace '') get the cluster's default. */
export function modeFor(
  config: Config,
  clusterName: string,
  namespace: string,
): 'observe' | 'suggest' | 'auto' {
  const cluster = config.clusters.find((c) => c.name === clusterName);
  if (!cluster) return 'observe';
  return (namespace ? cluster.namespaces[namespace] : undefined) ?? cluster.defaultMode;
}
