import * as z from 'zod';
import { CostConfigSchema } from './cost-config.ts';
import { ActionKindNameSchema, ModeSchema } from './domain.ts';
import { ConfigError } from './errors.ts';
import { ForecastConfigSchema } from './forecast-config.ts';
import { IntegrationsConfigSchema, type Secrets, SecretsSchema } from './integrations/registry.ts';
import { NAME } from './integrations/spec.ts';
import { lazySchema } from './lazy-schema.ts';
import { SecurityConfigSchema } from './security-config.ts';

const EksAccessSchema = lazySchema(() =>
  z.strictObject({
    name: z.string().min(1, 'the EKS cluster name'),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as eu-west-1'),
  }),
);
const KubeconfigAccessSchema = lazySchema(() =>
  z.strictObject({
    path: z.string().min(1).optional(),
    context: z.string().min(1).optional(),
  }),
);

export const ClusterConfigSchema = lazySchema(() =>
  z
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
      message:
        'set exactly one of `eks: {name, region}`, `kubeconfig: {path?, context?}` or `inCluster: true`',
    }),
);
export type ClusterConfig = z.infer<typeof ClusterConfigSchema>;

export const PolicyConfigSchema = lazySchema(() =>
  z.strictObject({
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
    /**
     * Pages (escalations, proposals to approve) each cluster may send per clock hour; the rest are
     * held back and sent as one digest when the hour ends. Grouping by cause comes first, so this
     * only bites in a storm of unrelated problems.
     */
    pagesPerClusterPerHour: z.number().int().min(1).max(1000).default(8),
    /** Minutes a proposal (suggest mode) can be approved; after that it must be proposed again. */
    proposalTtlMinutes: z.number().int().min(1).max(10_080).default(60),
    denyNamespaces: z.array(z.string()).default(['kube-system', 'kube-public', 'kube-node-lease']),
    /** Global kill switch: when true nothing is changed anywhere (also toggled by `/sre pause`). */
    paused: z.boolean().default(false),
    /** How long a remediated workload must stay healthy before the incident is resolved. */
    verifyMinutes: z.number().min(0).max(120).default(5),
  }),
);
export type PolicyConfig = z.infer<typeof PolicyConfigSchema>;

export const StateConfigSchema = lazySchema(() =>
  z.strictObject({
    /** DynamoDB table; in AWS this comes from the stack, locally the embedded server creates it. */
    tableName: z.string().min(3).default('sre-agent'),
    /** Directory for the embedded DynamoDB-compatible server's data (local runs only). */
    dataDir: z.string().min(1).default('.sre-agent'),
  }),
);

export const ConfigSchema = lazySchema(() =>
  z.strictObject({
    clusters: z.array(ClusterConfigSchema).default([]),
    policy: PolicyConfigSchema.default(PolicyConfigSchema.parse({})),
    integrations: IntegrationsConfigSchema.default({}),
    state: StateConfigSchema.default(StateConfigSchema.parse({})),
    /** The cost sentinel: night and weekend sleep (`cost.sleep`). */
    cost: CostConfigSchema.default(() => CostConfigSchema.parse({})),
    security: SecurityConfigSchema.default(() => SecurityConfigSchema.parse({})),
    /** The proactive observer: certificates, SLOs, the forecast digest. */
    forecast: ForecastConfigSchema.default(() => ForecastConfigSchema.parse({})),
  }),
);
export type Config = z.infer<typeof ConfigSchema>;

export const CONFIG_ENV = 'SRE_AGENT_CONFIG';

/**
 * Checks a parsed config document (from YAML, or the JSON the stack bundles); throws a
 * `ConfigError` naming every bad field and what to fix.
 */
export function validateConfig(raw: unknown, source = 'config'): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(
      `${source} must be a mapping with keys clusters, policy, integrations, state, cost, security`,
    );
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
