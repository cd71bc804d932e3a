/**
 * What the product deploys, as plain data: every function with its handler, triggers, limits,
 * secrets and the least privileges it needs. The stack files map it to SST components; the test in
 * `stacks/test/manifest.test.ts` checks it against the code. This module must not import `sst`.
 */
import { INTEGRATION_SECRETS, type SecretEnv, type SecretStackName } from '@sre-agent/core';
import { PARTITIONS, type PartitionName, TABLE_DESIGN } from '@sre-agent/state/table-design';

/**
 * SST secrets, linked to the functions that use them (SST encrypts linked values into the bundle;
 * the function decrypts them at cold start, `functions/src/shared/secrets.ts`): never a plaintext
 * environment variable. Derived from the integrations core declares (`INTEGRATION_SECRETS`): `env`
 * is the name core's `parseSecrets` knows each by; `required` ones must be set before deploying.
 */
export const SECRETS = Object.fromEntries(
  INTEGRATION_SECRETS.map((s) => [s.stackName, { env: s.env, required: s.requiredToDeploy }]),
) as Readonly<Record<SecretStackName, { env: SecretEnv; required: boolean }>>;
export type SecretName = SecretStackName;

/** Kubernetes groups that deploy/rbac binds; EKS access entries map function roles to them. */
export const KUBERNETES_GROUPS = {
  readers: 'sre-agent-readers',
  remediators: 'sre-agent-remediators',
  secretScanners: 'sre-agent-secret-scanners',
  /** Night and weekend sleep: scale to 0 and back, suspend CronJobs (deploy/rbac/sleep.yaml). */
  sleepers: 'sre-agent-sleepers',
} as const;
export type KubernetesGroup = (typeof KUBERNETES_GROUPS)[keyof typeof KUBERNETES_GROUPS];

/** A minimal EventBridge event pattern: fields to arrays of accepted values, nested. */
export type EventPattern = { [field: string]: readonly string[] | EventPattern };

/** GuardDuty findings about EKS clusters (audit-log and runtime findings) on the default event bus. */
export const GUARDDUTY_EKS_FINDINGS = {
  source: ['aws.guardduty'],
  'detail-type': ['GuardDuty Finding'],
  detail: { resource: { resourceType: ['EKSCluster'] } },
} as const satisfies EventPattern;

export type Trigger =
  | { kind: 'http'; method: 'POST'; path: `/${string}` }
  | {
      kind: 'schedule';
      /** PascalCase, unique: part of the schedule's resource name. */
      name: string;
      expression: `rate(${string})` | `cron(${string})`;
      /** Evaluate in the deployment's local time zone (`SRE_AGENT_TIMEZONE`), not UTC. */
      localTime: boolean;
      /** Delivered to the handler as the event, e.g. which sleep schedule fired. */
      payload?: Record<string, string>;
    }
  | {
      kind: 'queue';
      batchSize: number;
      batchWindowSeconds: number;
      /** Caps parallel workers (and so parallel remediations); SQS event sources allow 2..1000. */
      maxConcurrency: number;
      /** The handler reports failed messages (`batchItemFailures`); only those are retried. */
      partialBatchResponses: true;
    }
  | { kind: 'event'; name: string; pattern: EventPattern };

/**
 * What a function may weigh: its bundle as SST builds it (minified, AWS SDK included), and for the
 * receivers that must answer fast (Slack acks within 3 s) the handler's own cold initialisation:
 * importing its bundle in a fresh Node process, over an empty module's import (Node's own start-up
 * is not the handler's). `stacks/test/bundle.test.ts` asserts the sizes; the bundle benchmark
 * (`npm run bench bundles`) prints both, with the bare-Node baseline, PASS or FAIL.
 */
export type Budget = { bundleBytes: number; initMs?: number };
const MiB = 1024 * 1024;
/** Authenticate, validate, persist, enqueue: no Kubernetes client, no healing pipeline. */
const RECEIVER: Budget = { bundleBytes: 1 * MiB, initMs: 150 };
const BACKGROUND: Budget = { bundleBytes: 5 * MiB };

/**
 * Packages left out of every bundle (the stack's `nodejs.esbuild.external`; SST adds `sharp` and
 * `pg-native`), each only ever `import()`ed on a path Lambda never takes:
 * - dynalite, the embedded DynamoDB server (native LevelDB), by local runs;
 * - bowser, by the AWS SDK's browser user-agent provider (`runtimeConfig.browser.js` calls it; the
 *   Node clients use `util-user-agent-node`), 37 KB in every function otherwise.
 */
export const BUNDLE_EXTERNAL = ['dynalite', 'bowser'] as const;

/**
 * The stack's `nodejs.splitting`: each `import()` in a function becomes a chunk read only when
 * that path runs, so a cold start compiles what the handler needs and no more (the AWS SDK's SSO
 * and STS credential clients, unused in Lambda, alone are about 100 KB).
 */
export const BUNDLE_SPLITTING = true;

/** Item writes on the table. */
export type TableWriteAction = 'dynamodb:PutItem' | 'dynamodb:UpdateItem' | 'dynamodb:DeleteItem';
/** Writes limited to one kind of item, by its partition key (`PARTITIONS` of the state package). */
export type TableWrite = { partition: PartitionName; actions: readonly TableWriteAction[] };

export type FunctionSpec = {
  /** Component name (PascalCase). */
  id: string;
  handler: `functions/src/${string}.handler`;
  description: string;
  triggers: readonly Trigger[];
  memoryMb: number;
  timeoutSeconds: number;
  budget: Budget;
  /**
   * Renders Kustomize roots with `kubectl kustomize` (the GitOps enforcer): gets the layer of
   * `integrations.github.kubectlLayerArn` when one is configured.
   */
  kubectl?: true;
  /**
   * `read-write`: any item (background functions). `{ writes }`: read any item, write only the
   * partitions listed (IAM `dynamodb:LeadingKeys`): the internet-facing receivers.
   */
  table: 'none' | 'read' | 'read-write' | { writes: readonly TableWrite[] };
  /** `send`: ingest (persist, then enqueue for the worker); `consume`: the worker. */
  queue: 'none' | 'send' | 'consume';
  /** Kubernetes groups in every configured EKS cluster; empty: no cluster access at all. */
  kubernetesGroups: readonly KubernetesGroup[];
  /** bedrock:InvokeModel on the configured model ARNs (reasoning, embeddings). */
  bedrock: boolean;
  /** aps:QueryMetrics on the configured Amazon Managed Prometheus workspace, if one is configured. */
  prometheus: boolean;
  /**
   * EC2 Auto Scaling on the configured EKS clusters' managed node groups: describe them, and
   * terminate an instance of a group tagged with a configured cluster's name (`replace-node`).
   */
  nodeGroups: boolean;
  secrets: readonly SecretName[];
  /**
   * Asynchronous invocations (schedules, events): Lambda's retries, and whether what still fails is
   * kept in the failed-invocations queue instead of being dropped.
   */
  async?: { retries: number; deadLetter: boolean };
};

const { readers, remediators, secretScanners, sleepers } = KUBERNETES_GROUPS;

/**
 * What sleep and wake write: their records of originals, the audit trail (record and id pointer),
 * and a breaker trip when the cap of autonomous actions is reached.
 */
const SLEEP_WRITES: readonly TableWrite[] = [
  { partition: 'sleep', actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'] },
  { partition: 'audit', actions: ['dynamodb:PutItem'] },
  { partition: 'auditId', actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'] },
  { partition: 'control', actions: ['dynamodb:PutItem'] },
];

/**
 * Every function of the product. Only the worker remediates (`remediators`) and calls Bedrock; Sleep
 * and Wake only scale namespaces of `cost.sleep` to 0 and back (`sleepers`); the other entry points
 * read, persist, and hand work to the worker through the queue.
 */
export const FUNCTIONS = {
  alertmanager: {
    id: 'Alertmanager',
    handler: 'functions/src/alertmanager.handler',
    description: 'Alertmanager webhook: authenticate, validate, dedup, enqueue',
    triggers: [{ kind: 'http', method: 'POST', path: '/alertmanager' }],
    memoryMb: 512,
    timeoutSeconds: 15,
    budget: RECEIVER,
    // Claims and releases dedup keys; on the internet, so never an audit record or an incident.
    table: { writes: [{ partition: 'dedup', actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'] }] },
    queue: 'send',
    kubernetesGroups: [],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: ['AlertmanagerBearerToken'],
  },
  falco: {
    id: 'Falco',
    handler: 'functions/src/falco.handler',
    description:
      'Falcosidekick webhook: authenticate, parse (bounded), dedup, enqueue the quarantine for the worker',
    triggers: [{ kind: 'http', method: 'POST', path: '/falco' }],
    memoryMb: 512,
    timeoutSeconds: 15,
    budget: RECEIVER,
    // One claim per container; on the internet, so never an audit record or an incident.
    table: { writes: [{ partition: 'dedup', actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'] }] },
    queue: 'send',
    // The worker resolves the pod and quarantines it; the receiver reads no cluster.
    kubernetesGroups: [],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: ['FalcoWebhookToken'],
  },
  slack: {
    id: 'Slack',
    handler: 'functions/src/slack.handler',
    description: 'Slack slash commands and interactions (must answer within 3 s)',
    triggers: [
      { kind: 'http', method: 'POST', path: '/slack/commands' },
      { kind: 'http', method: 'POST', path: '/slack/interactions' },
    ],
    memoryMb: 1024,
    timeoutSeconds: 10,
    budget: RECEIVER,
    // `/sre pause` and `resume` write the kill switch; approvals go to the worker through the queue.
    table: { writes: [{ partition: 'control', actions: ['dynamodb:PutItem'] }] },
    queue: 'send',
    kubernetesGroups: [readers],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: ['SlackSigningSecret', 'SlackBotToken'],
  },
  monitor: {
    id: 'Monitor',
    handler: 'functions/src/monitor.handler',
    description: 'Every minute: detect problems in every cluster, enqueue detections and open incidents',
    triggers: [{ kind: 'schedule', name: 'EveryMinute', expression: 'rate(1 minute)', localTime: false }],
    memoryMb: 1024,
    timeoutSeconds: 50,
    budget: BACKGROUND,
    table: 'read',
    queue: 'send',
    kubernetesGroups: [readers],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: [],
    // The next pass a minute later replaces a failed one.
    async: { retries: 0, deadLetter: false },
  },
  costSweep: {
    id: 'CostSweep',
    handler: 'functions/src/cost-sweep.handler',
    description:
      'Weekly: right-sizing from 7 days of usage and zombie namespaces, one cost report (savings, patches, zombies) to chat',
    triggers: [{ kind: 'schedule', name: 'Weekly', expression: 'cron(0 6 ? * MON *)', localTime: true }],
    memoryMb: 1024,
    timeoutSeconds: 300,
    budget: BACKGROUND,
    table: 'read-write',
    queue: 'none',
    kubernetesGroups: [readers],
    bedrock: false,
    prometheus: true,
    nodeGroups: false,
    secrets: ['GithubToken', 'SlackBotToken', 'TeamsWebhookUrl'],
    async: { retries: 2, deadLetter: true },
  },
  forecast: {
    id: 'Forecast',
    handler: 'functions/src/forecast.handler',
    description:
      'Hourly: the forecast digest of every cluster (memory limits, volumes, certificates, HPAs at max, PDBs, restarts, SLO burn) to chat',
    triggers: [{ kind: 'schedule', name: 'Hourly', expression: 'rate(1 hour)', localTime: false }],
    memoryMb: 1024,
    timeoutSeconds: 300,
    budget: BACKGROUND,
    table: 'read-write',
    queue: 'none',
    // Secret scanners: TLS Secrets' certificates, only where forecast.readTlsSecrets is set and the
    // opt-in deploy/rbac/secrets-scan.yaml is applied (cert-manager's status needs neither).
    kubernetesGroups: [readers, secretScanners],
    bedrock: false,
    prometheus: true,
    nodeGroups: false,
    secrets: ['GithubToken', 'SlackBotToken', 'TeamsWebhookUrl'],
    // The next digest an hour later says the same.
    async: { retries: 0, deadLetter: false },
  },
  sleep: {
    id: 'Sleep',
    handler: 'functions/src/sleep.handler',
    description:
      'Every 15 minutes: put to sleep the namespaces of cost.sleep inside their schedule (originals recorded first)',
    // Level-triggered: the windows and their time zones are in the config (cost.sleep.schedules),
    // so one UTC rate serves every zone and DST change, and a missed run is caught up by the next.
    triggers: [
      { kind: 'schedule', name: 'Every15Minutes', expression: 'rate(15 minutes)', localTime: false },
    ],
    memoryMb: 512,
    timeoutSeconds: 300,
    budget: BACKGROUND,
    table: { writes: SLEEP_WRITES },
    queue: 'none',
    kubernetesGroups: [readers, sleepers],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: [],
    // The next pass 15 minutes later does the same work.
    async: { retries: 0, deadLetter: false },
  },
  wake: {
    id: 'Wake',
    handler: 'functions/src/wake.handler',
    description:
      'Every 15 minutes: wake the namespaces of cost.sleep outside their schedule, restoring exactly what was recorded',
    triggers: [
      { kind: 'schedule', name: 'Every15Minutes', expression: 'rate(15 minutes)', localTime: false },
    ],
    memoryMb: 512,
    timeoutSeconds: 300,
    budget: BACKGROUND,
    table: { writes: SLEEP_WRITES },
    queue: 'none',
    kubernetesGroups: [readers, sleepers],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: [],
    async: { retries: 0, deadLetter: false },
  },
  securityScan: {
    id: 'SecurityScan',
    handler: 'functions/src/security-scan.handler',
    description:
      'Hourly: Pod Security Standards, NetworkPolicy coverage, RBAC, weak secrets (opt-in); findings tracked, a digest of what changed',
    triggers: [{ kind: 'schedule', name: 'Hourly', expression: 'rate(1 hour)', localTime: false }],
    memoryMb: 1024,
    timeoutSeconds: 300,
    budget: BACKGROUND,
    table: 'read-write',
    queue: 'none',
    kubernetesGroups: [readers, secretScanners],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: ['GithubToken', 'SlackBotToken', 'TeamsWebhookUrl'],
    async: { retries: 1, deadLetter: true },
  },
  gitopsSweep: {
    id: 'GitopsSweep',
    handler: 'functions/src/gitops-sweep.handler',
    description:
      'Daily: scan the base branch of integrations.github.repo (its tarball, through the API: no git), one pull request per misconfiguration (an open one updated, one a human closed left alone), each recorded in the audit trail',
    triggers: [{ kind: 'schedule', name: 'Daily', expression: 'cron(0 5 * * ? *)', localTime: true }],
    memoryMb: 1024,
    timeoutSeconds: 600,
    budget: BACKGROUND,
    kubectl: true,
    // The sweep's lease (one sweep per repository at a time) and the pull requests' audit records.
    table: {
      writes: [
        { partition: 'lease', actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'] },
        { partition: 'audit', actions: ['dynamodb:PutItem'] },
      ],
    },
    queue: 'none',
    // Git is the source: the sweep reads no cluster.
    kubernetesGroups: [],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: ['GithubToken', 'GithubAppPrivateKey'],
    // The next day's sweep does the same work; a second run at once would only wait on the lease.
    async: { retries: 0, deadLetter: false },
  },
  securityEvent: {
    id: 'SecurityEvent',
    handler: 'functions/src/security-event.handler',
    description:
      'GuardDuty EKS Runtime Monitoring findings: parse (bounded), enqueue the quarantine for the worker',
    triggers: [{ kind: 'event', name: 'GuarddutyEksFindings', pattern: GUARDDUTY_EKS_FINDINGS }],
    memoryMb: 512,
    timeoutSeconds: 30,
    budget: BACKGROUND,
    table: 'read',
    queue: 'send',
    // The worker resolves the pod and quarantines it; the receiver reads no cluster.
    kubernetesGroups: [],
    bedrock: false,
    prometheus: false,
    nodeGroups: false,
    secrets: [],
    async: { retries: 2, deadLetter: true },
  },
  worker: {
    id: 'Worker',
    handler: 'functions/src/worker.handler',
    description: 'The only mutating function: diagnose, remediate (policy-gated), verify, notify',
    triggers: [
      { kind: 'queue', batchSize: 5, batchWindowSeconds: 0, maxConcurrency: 5, partialBatchResponses: true },
    ],
    memoryMb: 1536,
    timeoutSeconds: 120,
    budget: BACKGROUND,
    kubectl: true,
    table: 'read-write',
    queue: 'consume',
    kubernetesGroups: [readers, remediators],
    bedrock: true,
    prometheus: false,
    nodeGroups: true,
    // GitHub: the pull request that keeps a live fix (raise memory, rollback) in Git.
    secrets: ['SlackBotToken', 'TeamsWebhookUrl', 'PineconeApiKey', 'GithubToken', 'GithubAppPrivateKey'],
  },
} as const satisfies Record<string, FunctionSpec>;
export type FunctionName = keyof typeof FUNCTIONS;

/** The one Lambda runtime and architecture (Node 24, Graviton). */
export const LAMBDA_RUNTIME = 'nodejs24.x';
export const LAMBDA_ARCHITECTURE = 'arm64';

/** The work queue: the worker's timeout × 6 (AWS guidance for SQS sources), five tries, then dead letters. */
export const WORK_QUEUE = {
  visibilityTimeoutSeconds: FUNCTIONS.worker.timeoutSeconds * 6,
  maxReceiveCount: 5,
  /** Dead letters are kept for the longest SQS allows, for humans to inspect and redrive. */
  deadLetterRetentionSeconds: 14 * 24 * 3600,
} as const;

/** Environment variable (at deploy time) with the IANA time zone of night/weekend schedules. */
export const TIMEZONE_ENV = 'SRE_AGENT_TIMEZONE';
export const DEFAULT_TIMEZONE = 'UTC';

/** The DynamoDB table as SST's `Dynamo` component takes it, from the state package's design. */
export function dynamoTableArgs() {
  return {
    fields: Object.fromEntries(TABLE_DESIGN.attributes.map((name) => [name, 'string' as const])),
    primaryIndex: { hashKey: TABLE_DESIGN.partitionKey, rangeKey: TABLE_DESIGN.sortKey },
    globalIndexes: Object.fromEntries(
      TABLE_DESIGN.globalIndexes.map((index) => [
        index.name,
        { hashKey: index.partitionKey, rangeKey: index.sortKey, projection: 'all' as const },
      ]),
    ),
    ttl: TABLE_DESIGN.ttlAttribute,
  };
}

/** An IAM condition, as SST's `permissions` takes it. */
export type Condition = { test: string; variable: string; values: string[] };
/** One IAM statement, as SST's `permissions` takes it. */
export type Statement = { actions: string[]; resources: string[]; conditions?: Condition[] };

/** The ARNs a function's permissions may name (strings in tests, resolved outputs in the stack). */
export type Arns = {
  table: string;
  workQueue: string;
  failedInvocations: string;
  eksClusters: readonly string[];
  bedrockModels: readonly string[];
  prometheusWorkspaces: readonly string[];
};

const TABLE_READ = ['dynamodb:GetItem', 'dynamodb:Query'];
const TABLE_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];
const QUEUE_CONSUME = [
  'sqs:ReceiveMessage',
  'sqs:DeleteMessage',
  'sqs:ChangeMessageVisibility',
  'sqs:GetQueueAttributes',
];

/**
 * The least privileges of a function: exactly the actions its code calls, on exactly the resources it
 * uses. (SST adds CloudWatch Logs for the function's own log group.)
 */
export function permissionsFor(spec: FunctionSpec, arns: Arns): Statement[] {
  const statements: Statement[] = [];
  if (spec.table !== 'none') {
    const item = spec.table === 'read-write' ? ['dynamodb:GetItem', ...TABLE_WRITE] : ['dynamodb:GetItem'];
    statements.push({ actions: item, resources: [arns.table] });
    statements.push({ actions: ['dynamodb:Query'], resources: [arns.table, `${arns.table}/index/*`] });
    if (typeof spec.table === 'object') statements.push(...partitionWrites(spec.table.writes, arns.table));
  }
  if (spec.queue === 'send') statements.push({ actions: ['sqs:SendMessage'], resources: [arns.workQueue] });
  if (spec.queue === 'consume') statements.push({ actions: [...QUEUE_CONSUME], resources: [arns.workQueue] });
  if (spec.kubernetesGroups.length > 0 && arns.eksClusters.length > 0) {
    statements.push({ actions: ['eks:DescribeCluster'], resources: [...arns.eksClusters] });
  }
  if (spec.bedrock && arns.bedrockModels.length > 0) {
    statements.push({ actions: ['bedrock:InvokeModel'], resources: [...arns.bedrockModels] });
  }
  if (spec.prometheus && arns.prometheusWorkspaces.length > 0) {
    statements.push({ actions: ['aps:QueryMetrics'], resources: [...arns.prometheusWorkspaces] });
  }
  if (spec.nodeGroups && arns.eksClusters.length > 0)
    statements.push(...nodeGroupStatements(arns.eksClusters));
  if (spec.async?.deadLetter) {
    // Lambda delivers a failed asynchronous invocation to the on-failure destination with this role.
    statements.push({ actions: ['sqs:SendMessage'], resources: [arns.failedInvocations] });
  }
  return statements;
}

/** The Auto Scaling reads and the one write of `replace-node`. */
const NODE_GROUP_DESCRIBE = [
  'autoscaling:DescribeAutoScalingInstances',
  'autoscaling:DescribeAutoScalingGroups',
];
const NODE_GROUP_TERMINATE = 'autoscaling:TerminateInstanceInAutoScalingGroup';
/** The tag EKS puts on the Auto Scaling group of every managed node group. */
export const EKS_CLUSTER_TAG = 'eks:cluster-name';

/**
 * Auto Scaling for the EKS clusters' managed node groups: the describe actions support no
 * resource-level permissions (AWS's Service Authorization Reference), so they name `*`; the
 * terminate names the Auto Scaling groups of each cluster's region and account, and only those
 * tagged `eks:cluster-name` with a configured cluster's name (`autoscaling:ResourceTag`).
 */
function nodeGroupStatements(eksClusters: readonly string[]): Statement[] {
  const byScope = new Map<string, string[]>();
  for (const arn of eksClusters) {
    const match = /^arn:([^:]+):eks:([^:]+):([^:]+):cluster\/(.+)$/.exec(arn);
    if (!match) continue;
    const [, partition, region, account, name] = match as unknown as [string, string, string, string, string];
    const groups = `arn:${partition}:autoscaling:${region}:${account}:autoScalingGroup:*:autoScalingGroupName/*`;
    byScope.set(groups, [...(byScope.get(groups) ?? []), name]);
  }
  return [
    { actions: [...NODE_GROUP_DESCRIBE], resources: ['*'] },
    ...[...byScope].map(([groups, names]) => ({
      actions: [NODE_GROUP_TERMINATE],
      resources: [groups],
      conditions: [
        { test: 'StringEquals', variable: `autoscaling:ResourceTag/${EKS_CLUSTER_TAG}`, values: names },
      ],
    })),
  ];
}

/** The IAM pattern of a partition: a prefix takes any suffix, a whole partition is matched exactly. */
export function partitionPattern(partition: PartitionName): string {
  const key = PARTITIONS[partition];
  return key.endsWith('#') ? `${key}*` : key;
}

/**
 * Writes confined to partitions: `dynamodb:LeadingKeys` is the partition key of the item written
 * (`ForAllValues`: every key the request names must match).
 */
function partitionWrites(writes: readonly TableWrite[], table: string): Statement[] {
  return writes.map((write) => ({
    actions: [...write.actions],
    resources: [table],
    conditions: [
      {
        test: 'ForAllValues:StringLike',
        variable: 'dynamodb:LeadingKeys',
        values: [partitionPattern(write.partition)],
      },
    ],
  }));
}

/**
 * The environment of a function: where its state and queue are. No secrets: they are linked
 * (`spec.secrets`), encrypted in the bundle, and read at cold start.
 */
export function environmentFor(
  spec: FunctionSpec,
  values: {
    tableName: string;
    queueUrl: string;
    /** Set when the config file is bundled with the functions. */
    configFile?: string;
  },
): Record<string, string> {
  const env: Record<string, string> = {
    SRE_AGENT_TABLE: values.tableName,
    NODE_OPTIONS: '--enable-source-maps',
  };
  if (spec.queue === 'send') env.SRE_AGENT_QUEUE_URL = values.queueUrl;
  if (values.configFile) env.SRE_AGENT_CONFIG = values.configFile;
  return env;
}

/** Tables and table-index names for the test and the docs. */
export const TABLE_INDEXES = TABLE_DESIGN.globalIndexes.map((index) => index.name);

/** Every action that may appear in a statement: the test refuses anything else. */
export const ALLOWED_ACTIONS: readonly string[] = [
  ...TABLE_READ,
  ...TABLE_WRITE,
  'sqs:SendMessage',
  ...QUEUE_CONSUME,
  'eks:DescribeCluster',
  'bedrock:InvokeModel',
  'aps:QueryMetrics',
  ...NODE_GROUP_DESCRIBE,
  NODE_GROUP_TERMINATE,
];
