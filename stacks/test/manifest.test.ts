import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig, parseSecrets, SecretsSchema } from '@sre-agent/core';
import { LINKED_SECRETS } from '@sre-agent/functions/secrets';
import { ACTION_KINDS, actionSpec } from '@sre-agent/healing/actions';
import { RBAC_GROUPS } from '@sre-agent/kube';
import { PARTITIONS, TABLE_DESIGN } from '@sre-agent/state/table-design';
import { describe, expect, it } from 'vitest';
import {
  ampWorkspace,
  bedrockModelArns,
  deployTargets,
  resolveTimezone,
  targetArns,
} from '../deploy-config.ts';
import {
  ALLOWED_ACTIONS,
  type Arns,
  dynamoTableArgs,
  environmentFor,
  FUNCTIONS,
  type FunctionName,
  type FunctionSpec,
  GUARDDUTY_EKS_FINDINGS,
  KUBERNETES_GROUPS,
  LAMBDA_ARCHITECTURE,
  LAMBDA_RUNTIME,
  partitionPattern,
  permissionsFor,
  SECRETS,
  type SecretName,
  type Trigger,
  WORK_QUEUE,
} from '../manifest.ts';
import { type Cron, firingsBetween, matchesPattern, parseSchedule } from './schedule-expression.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const NAMES = Object.keys(FUNCTIONS) as FunctionName[];
const specs = (): [FunctionName, FunctionSpec][] => NAMES.map((name) => [name, FUNCTIONS[name]]);
const triggersOf = <K extends Trigger['kind']>(name: FunctionName, kind: K) =>
  (FUNCTIONS[name].triggers as readonly Trigger[]).filter(
    (t): t is Extract<Trigger, { kind: K }> => t.kind === kind,
  );

/** A config with two EKS clusters, one kubeconfig cluster, Bedrock via an inference profile, and AMP. */
const CONFIG = parseConfig(`
clusters:
  - name: prod-eu-1
    eks: { name: prod-eu-1, region: eu-west-1 }
  - name: prod-us-1
    eks: { name: prod-us, region: us-east-1 }
  - name: lab
    kubeconfig: { context: lab }
integrations:
  bedrock:
    region: eu-west-1
    reasoningModelId: eu.anthropic.claude-sonnet-4-5-20250929-v1:0
  prometheus: { url: https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-0a1b2c3d-4e5f/ }
`);
const ACCOUNT = '123456789012';
const TABLE = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/sre-agent-State`;
const ARNS: Arns = {
  table: TABLE,
  workQueue: `arn:aws:sqs:eu-west-1:${ACCOUNT}:Work`,
  failedInvocations: `arn:aws:sqs:eu-west-1:${ACCOUNT}:FailedInvocations`,
  ...targetArns(deployTargets(CONFIG), ACCOUNT),
};
const statementsOf = (name: FunctionName) => permissionsFor(FUNCTIONS[name], ARNS);
const actionsOf = (name: FunctionName) => statementsOf(name).flatMap((s) => s.actions);
const holders = (action: string) => NAMES.filter((name) => actionsOf(name).includes(action)).sort();

describe('function handlers', () => {
  it('exist under functions/src and export a `handler` function', async () => {
    const missing: string[] = [];
    const notFunctions: string[] = [];
    for (const [, spec] of specs()) {
      const file = spec.handler.replace(/\.handler$/, '.ts');
      if (!existsSync(join(ROOT, file))) {
        missing.push(file);
        continue;
      }
      const module = (await import(join(ROOT, file))) as { handler?: unknown };
      if (typeof module.handler !== 'function') notFunctions.push(file);
    }

    expect(missing, `handler files missing: ${missing.join(', ')}`).toEqual([]);
    expect(notFunctions, `files without an exported handler function: ${notFunctions.join(', ')}`).toEqual(
      [],
    );
  });

  it('are all Node 24 on arm64, within Lambda limits, with timeouts that fit their triggers', () => {
    expect(LAMBDA_RUNTIME).toBe('nodejs24.x');
    expect(LAMBDA_ARCHITECTURE).toBe('arm64');
    for (const [name, spec] of specs()) {
      expect(spec.memoryMb, name).toBeGreaterThanOrEqual(128);
      expect(spec.memoryMb, name).toBeLessThanOrEqual(10_240);
      expect(spec.timeoutSeconds, name).toBeLessThanOrEqual(900);
      // API Gateway HTTP APIs give up after 30 s.
      if (triggersOf(name, 'http').length > 0) expect(spec.timeoutSeconds, name).toBeLessThan(30);
    }
    // A monitor pass must end before the next one starts.
    expect(FUNCTIONS.monitor.timeoutSeconds).toBeLessThan(60);
    expect(FUNCTIONS.slack.timeoutSeconds).toBeLessThanOrEqual(10);
  });
});

describe('triggers', () => {
  const WEEK = [new Date('2026-01-05T00:00:00Z'), new Date('2026-01-12T00:00:00Z')] as const; // Mon..Sun
  const cron = (expression: string) => {
    const parsed = parseSchedule(expression);
    if (parsed.kind !== 'cron') throw new Error(`${expression} is not a cron`);
    return parsed;
  };
  const fires = (c: Cron) => firingsBetween(c, ...WEEK);

  it('exposes exactly the Alertmanager, Falco and Slack endpoints over HTTPS, each POST', () => {
    const routes = NAMES.flatMap((name) =>
      triggersOf(name, 'http').map((t) => `${t.method} ${t.path} → ${name}`),
    );

    expect(routes.sort()).toEqual([
      'POST /alertmanager → alertmanager',
      'POST /falco → falco',
      'POST /slack/commands → slack',
      'POST /slack/interactions → slack',
    ]);
  });

  it('runs the monitor every minute, the security scan and the forecast digest every hour', () => {
    expect(triggersOf('monitor', 'schedule').map((t) => parseSchedule(t.expression))).toEqual([
      { kind: 'rate', minutes: 1 },
    ]);
    for (const name of ['securityScan', 'forecast'] as const) {
      expect(triggersOf(name, 'schedule').map((t) => parseSchedule(t.expression))).toEqual([
        { kind: 'rate', minutes: 60 },
      ]);
    }
  });

  it('sweeps costs once a week, on Monday at 06:00 local time (the weekly cost report)', () => {
    const [weekly] = triggersOf('costSweep', 'schedule');

    expect(fires(cron(weekly?.expression ?? ''))).toEqual(['Mon 06:00']);
    expect(weekly?.localTime).toBe(true);
  });

  it('runs sleep and wake every 15 minutes in UTC: the windows and their time zones are in cost.sleep', () => {
    for (const name of ['sleep', 'wake'] as const) {
      expect(triggersOf(name, 'schedule').map((t) => [t.name, t.expression, t.localTime])).toEqual([
        ['Every15Minutes', 'rate(15 minutes)', false],
      ]);
    }
  });

  it('routes GuardDuty EKS findings from the default bus to the security-event handler, and nothing else', () => {
    const [rule] = triggersOf('securityEvent', 'event');
    const finding = (resourceType: string) => ({
      source: 'aws.guardduty',
      'detail-type': 'GuardDuty Finding',
      detail: { type: 'Execution:Kubernetes/ExecInKubeSystemPod', resource: { resourceType } },
    });

    expect(rule?.pattern).toEqual({
      source: ['aws.guardduty'],
      'detail-type': ['GuardDuty Finding'],
      detail: { resource: { resourceType: ['EKSCluster'] } },
    });
    expect(matchesPattern(GUARDDUTY_EKS_FINDINGS, finding('EKSCluster'))).toBe(true);
    expect(matchesPattern(GUARDDUTY_EKS_FINDINGS, finding('Instance'))).toBe(false);
    expect(
      matchesPattern(GUARDDUTY_EKS_FINDINGS, {
        ...finding('EKSCluster'),
        'detail-type': 'GuardDuty Runtime Protection Healthy',
      }),
    ).toBe(false);
    expect(NAMES.filter((name) => triggersOf(name, 'event').length > 0)).toEqual(['securityEvent']);
  });

  it('feeds only the worker from the queue, with partial batch failures and a dead-letter queue after five tries', () => {
    const consumers = NAMES.filter((name) => triggersOf(name, 'queue').length > 0);
    const [queue] = triggersOf('worker', 'queue');

    expect(consumers).toEqual(['worker']);
    expect(queue).toMatchObject({ partialBatchResponses: true });
    expect(queue?.maxConcurrency).toBeGreaterThanOrEqual(2);
    expect(WORK_QUEUE.maxReceiveCount).toBe(5);
    // AWS: the visibility timeout of an SQS event source should be at least 6 × the function timeout.
    expect(WORK_QUEUE.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * FUNCTIONS.worker.timeoutSeconds);
  });

  it('gives every function a trigger, every scheduled or event-driven one an async failure policy', () => {
    for (const [name, spec] of specs()) {
      expect(spec.triggers.length, name).toBeGreaterThan(0);
      const asyncTriggered = spec.triggers.some((t) => t.kind === 'schedule' || t.kind === 'event');
      expect(spec.async !== undefined, name).toBe(asyncTriggered);
    }
  });
});

describe('least privilege', () => {
  it('uses only the actions the code calls, never a wildcard action', () => {
    for (const name of NAMES) {
      for (const action of actionsOf(name)) {
        expect(ALLOWED_ACTIONS, `${name}: ${action}`).toContain(action);
        expect(action, name).not.toContain('*');
      }
    }
  });

  it('names resources exactly; the only wildcards are the table indexes and an inference profile’s model regions', () => {
    for (const name of NAMES) {
      for (const resource of statementsOf(name).flatMap((s) => s.resources)) {
        if (!resource.includes('*')) continue;
        const statement = statementsOf(name).find((s) => s.resources.includes(resource));
        const justified =
          resource === `${TABLE}/index/*` ||
          /^arn:aws:bedrock:\*::foundation-model\/[^*]+$/.test(resource) ||
          // Auto Scaling's Describe actions support no resource-level permissions.
          (resource === '*' && statement?.actions.every((a) => a.startsWith('autoscaling:Describe'))) ||
          // Auto Scaling groups of a region, only those tagged with a configured EKS cluster's name.
          (/^arn:aws:autoscaling:[a-z0-9-]+:\d{12}:autoScalingGroup:\*:autoScalingGroupName\/\*$/.test(
            resource,
          ) &&
            statement?.conditions?.some((c) => c.variable === 'autoscaling:ResourceTag/eks:cluster-name') ===
              true);
        expect(justified, `${name}: ${resource}`).toBe(true);
      }
    }
  });

  it('lets only the worker invoke Bedrock, consume the queue, or join the remediators group', () => {
    expect(holders('bedrock:InvokeModel')).toEqual(['worker']);
    expect(holders('sqs:ReceiveMessage')).toEqual(['worker']);
    expect(holders('sqs:DeleteMessage')).toEqual(['worker']);
    expect(
      NAMES.filter((name) =>
        (FUNCTIONS[name].kubernetesGroups as readonly string[]).includes(KUBERNETES_GROUPS.remediators),
      ),
    ).toEqual(['worker']);
    expect(
      NAMES.filter((name) =>
        (FUNCTIONS[name].kubernetesGroups as readonly string[]).includes(KUBERNETES_GROUPS.secretScanners),
      ),
    ).toEqual(['forecast', 'securityScan']);
    expect(
      NAMES.filter((name) =>
        (FUNCTIONS[name].kubernetesGroups as readonly string[]).includes(KUBERNETES_GROUPS.sleepers),
      ),
    ).toEqual(['sleep', 'wake']);
    expect(KUBERNETES_GROUPS.sleepers).toBe(RBAC_GROUPS.sleep);
  });

  it('scopes Bedrock to the configured models, EKS to the configured EKS clusters, AMP to the workspace', () => {
    const worker = statementsOf('worker');

    expect(worker.find((s) => s.actions.includes('bedrock:InvokeModel'))?.resources).toEqual([
      `arn:aws:bedrock:eu-west-1:${ACCOUNT}:inference-profile/eu.anthropic.claude-sonnet-4-5-20250929-v1:0`,
      'arn:aws:bedrock:*::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
      'arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0',
    ]);
    expect(statementsOf('monitor').find((s) => s.actions.includes('eks:DescribeCluster'))?.resources).toEqual(
      [
        `arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/prod-eu-1`,
        `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod-us`,
      ],
    );
    // The security-event and Falco receivers only parse and queue: the worker reads and quarantines the pod.
    // The GitOps sweep reads Git, no cluster.
    expect(holders('eks:DescribeCluster')).toEqual(
      NAMES.filter(
        (n) => n !== 'alertmanager' && n !== 'securityEvent' && n !== 'falco' && n !== 'gitopsSweep',
      ).sort(),
    );
    expect(holders('aps:QueryMetrics')).toEqual(['costSweep', 'forecast']);
    for (const name of ['costSweep', 'forecast'] as const) {
      expect(statementsOf(name).find((s) => s.actions.includes('aps:QueryMetrics'))?.resources).toEqual([
        `arn:aws:aps:eu-west-1:${ACCOUNT}:workspace/ws-0a1b2c3d-4e5f`,
      ]);
    }
  });

  it('keeps read-only functions read-only on the table, and sends to the queue only from ingest functions', () => {
    const writers = holders('dynamodb:PutItem');

    expect(NAMES.filter((n) => FUNCTIONS[n].table === 'read').sort()).toEqual(['monitor', 'securityEvent']);
    for (const name of ['monitor', 'securityEvent'] as const) expect(writers).not.toContain(name);
    for (const name of NAMES) {
      const send = statementsOf(name).filter((s) => s.actions.includes('sqs:SendMessage'));
      const targets = send.flatMap((s) => s.resources).sort();
      const expected = [
        ...(FUNCTIONS[name].queue === 'send' ? [ARNS.workQueue] : []),
        ...((FUNCTIONS[name] as FunctionSpec).async?.deadLetter ? [ARNS.failedInvocations] : []),
      ].sort();
      expect(targets, name).toEqual(expected);
    }
  });

  it('lets the internet-facing receivers write only the items they need: never an audit record or an incident', () => {
    const internetFacing = NAMES.filter((n) =>
      (FUNCTIONS[n].triggers as readonly { kind: string }[]).some((t) => t.kind === 'http'),
    );
    const like = (pattern: string, key: string) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(key);
    /** The partition keys a function may write: those of every write statement's LeadingKeys condition. */
    const writable = (name: FunctionName, key: string) =>
      statementsOf(name)
        .filter((s) =>
          s.actions.some((a) =>
            ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'].includes(a),
          ),
        )
        .some((s) => {
          const leading = s.conditions?.find((c) => c.variable === 'dynamodb:LeadingKeys');
          if (!leading) return true; // unconditional: any item
          expect(leading.test).toBe('ForAllValues:StringLike');
          return leading.values.some((pattern) => like(pattern, key));
        });

    expect(internetFacing.sort()).toEqual(['alertmanager', 'falco', 'slack']);
    for (const name of internetFacing) {
      for (const key of [
        'AUDIT#inc-1#restart-pod',
        'AUDITID#a-1',
        'INC#inc-1',
        'OPEN#prod/shop/web',
        'FP#abc',
        'LEASE#x',
        'SLEEP',
      ]) {
        expect(writable(name, key), `${name} must not write ${key}`).toBe(false);
      }
    }
    expect(writable('alertmanager', `${PARTITIONS.dedup}abc123#2026-11-27T02:58:00Z#firing`)).toBe(true);
    expect(writable('alertmanager', PARTITIONS.control)).toBe(false);
    expect(writable('slack', PARTITIONS.control)).toBe(true);
    expect(writable('slack', `${PARTITIONS.dedup}x`)).toBe(false);
    // Background functions keep writing what their stores write.
    expect(writable('worker', 'AUDIT#inc-1#restart-pod')).toBe(true);
    // Sleep and wake write their records, the audit trail and a breaker trip; never an incident.
    for (const name of ['sleep', 'wake'] as const) {
      expect(writable(name, 'SLEEP'), name).toBe(true);
      expect(writable(name, 'AUDIT#sleep-namespace#dev/previews#2026-01-13T21:00:00.000Z'), name).toBe(true);
      expect(writable(name, 'INC#inc-1'), name).toBe(false);
      expect(writable(name, `${PARTITIONS.dedup}x`), name).toBe(false);
    }
  });

  it("writes the receivers' partitions with exactly the actions their stores call", () => {
    expect(statementsOf('alertmanager').filter((s) => s.conditions)).toEqual([
      {
        actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
        resources: [TABLE],
        conditions: [
          { test: 'ForAllValues:StringLike', variable: 'dynamodb:LeadingKeys', values: ['DEDUP#*'] },
        ],
      },
    ]);
    expect(statementsOf('slack').filter((s) => s.conditions)).toEqual([
      {
        actions: ['dynamodb:PutItem'],
        resources: [TABLE],
        conditions: [
          { test: 'ForAllValues:StringLike', variable: 'dynamodb:LeadingKeys', values: ['CONTROL'] },
        ],
      },
    ]);
    expect(partitionPattern('audit')).toBe('AUDIT#*');
  });

  it('grants nothing cluster- or model-related when the config names no EKS cluster and no Bedrock', () => {
    const empty = { ...ARNS, ...targetArns(deployTargets(parseConfig('{}')), ACCOUNT) };

    for (const name of NAMES) {
      const actions = permissionsFor(FUNCTIONS[name], empty).flatMap((s) => s.actions);
      expect(actions, name).not.toContain('eks:DescribeCluster');
      expect(actions, name).not.toContain('bedrock:InvokeModel');
      expect(actions, name).not.toContain('aps:QueryMetrics');
      expect(actions, name).not.toContain('autoscaling:TerminateInstanceInAutoScalingGroup');
    }
  });

  it('lets only the worker replace nodes: Auto Scaling terminates only in groups tagged with a configured EKS cluster, per region', () => {
    const terminate = 'autoscaling:TerminateInstanceInAutoScalingGroup';
    expect(holders(terminate)).toEqual(['worker']);
    expect(holders('autoscaling:DescribeAutoScalingGroups')).toEqual(['worker']);
    expect(statementsOf('worker').filter((s) => s.actions.some((a) => a.startsWith('autoscaling:')))).toEqual(
      [
        {
          actions: ['autoscaling:DescribeAutoScalingInstances', 'autoscaling:DescribeAutoScalingGroups'],
          resources: ['*'],
        },
        {
          actions: [terminate],
          resources: [`arn:aws:autoscaling:eu-west-1:${ACCOUNT}:autoScalingGroup:*:autoScalingGroupName/*`],
          conditions: [
            {
              test: 'StringEquals',
              variable: 'autoscaling:ResourceTag/eks:cluster-name',
              values: ['prod-eu-1'],
            },
          ],
        },
        {
          actions: [terminate],
          resources: [`arn:aws:autoscaling:us-east-1:${ACCOUNT}:autoScalingGroup:*:autoScalingGroupName/*`],
          conditions: [
            {
              test: 'StringEquals',
              variable: 'autoscaling:ResourceTag/eks:cluster-name',
              values: ['prod-us'],
            },
          ],
        },
      ],
    );
  });

  it('grants the worker every AWS action a catalog action needs (needs.iam of the action registry)', () => {
    const worker = actionsOf('worker');
    for (const kind of ACTION_KINDS) {
      for (const action of actionSpec(kind).needs.iam)
        expect(worker, `${kind} needs ${action}`).toContain(action);
    }
  });

  it('declares the Kubernetes groups that deploy/rbac binds (kube package)', () => {
    expect(Object.values(KUBERNETES_GROUPS).sort()).toEqual(Object.values(RBAC_GROUPS).sort());
    for (const [name, spec] of specs()) {
      if (spec.kubernetesGroups.length > 0)
        expect(spec.kubernetesGroups, name).toContain(KUBERNETES_GROUPS.readers);
    }
  });
});

describe('secrets', () => {
  it('are linked, never environment variables: no function environment names a secret', () => {
    const secretNames = Object.values(SECRETS).map((s) => s.env);
    for (const [name, spec] of specs()) {
      const env = environmentFor(spec, { tableName: 't', queueUrl: 'https://q', configFile: 'c.yaml' });

      expect(
        Object.keys(env).filter((k) => (secretNames as string[]).includes(k)),
        name,
      ).toEqual([]);
      expect(parseSecrets(env), name).toEqual({});
    }
  });

  it('are linked under the names the functions read them by (functions/src/shared/secrets.ts)', () => {
    expect(Object.fromEntries(Object.entries(SECRETS).map(([name, s]) => [name, s.env]))).toEqual(
      LINKED_SECRETS,
    );
    expect(
      Object.keys(
        parseSecrets(
          Object.fromEntries(Object.values(SECRETS).map((s) => [s.env, 'https://example.invalid/x'])),
        ),
      ),
    ).toEqual(expect.arrayContaining(Object.values(SECRETS).map((s) => s.env)));
  });

  it('links every secret an integration declares to some function, and requires only the webhook token', () => {
    for (const name of Object.keys(SECRETS) as SecretName[]) {
      expect(
        NAMES.some((n) => (FUNCTIONS[n].secrets as readonly string[]).includes(name)),
        `${name} is linked to no function`,
      ).toBe(true);
    }
    expect(Object.entries(SECRETS).flatMap(([name, s]) => (s.required ? [name] : []))).toEqual([
      'AlertmanagerBearerToken',
    ]);
  });

  it('covers every secret the agent reads (core SecretsSchema): none is left for a plaintext variable', () => {
    expect(
      Object.values(SECRETS)
        .map((s) => s.env)
        .sort(),
    ).toEqual(Object.keys(SecretsSchema.shape).sort());
  });

  it('gives each secret to the functions that need it and no others', () => {
    const users = (secret: SecretName) =>
      NAMES.filter((n) => (FUNCTIONS[n].secrets as readonly string[]).includes(secret)).sort();

    expect(users('AlertmanagerBearerToken')).toEqual(['alertmanager']);
    expect(users('SlackSigningSecret')).toEqual(['slack']);
    expect(users('PineconeApiKey')).toEqual(['worker']);
    expect(users('GithubToken')).toEqual(['costSweep', 'forecast', 'gitopsSweep', 'securityScan', 'worker']);
    expect(users('GithubAppPrivateKey')).toEqual(['gitopsSweep', 'worker']);
    expect(users('SlackBotToken')).toEqual(['costSweep', 'forecast', 'securityScan', 'slack', 'worker']);
  });
});

describe('storage and deploy config', () => {
  it('declares the table exactly as the state package designs it', () => {
    const args = dynamoTableArgs();

    expect(args.primaryIndex).toEqual({ hashKey: 'pk', rangeKey: 'sk' });
    expect(args.ttl).toBe(TABLE_DESIGN.ttlAttribute);
    expect(Object.keys(args.globalIndexes).sort()).toEqual(['gsi1', 'gsi2', 'gsi3']);
    for (const index of TABLE_DESIGN.globalIndexes) {
      expect(args.globalIndexes[index.name]).toEqual({
        hashKey: index.partitionKey,
        rangeKey: index.sortKey,
        projection: 'all',
      });
      expect(args.fields[index.partitionKey]).toBe('string');
      expect(args.fields[index.sortKey]).toBe('string');
    }
  });

  it('recognises Amazon Managed Prometheus URLs and nothing else', () => {
    expect(
      ampWorkspace('https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-abc-123/api/v1/query'),
    ).toEqual({
      region: 'us-east-1',
      id: 'ws-abc-123',
    });
    expect(ampWorkspace('http://prometheus.monitoring:9090')).toBeUndefined();
  });

  it('builds Bedrock ARNs for foundation models, inference profiles, and ARNs given as is', () => {
    expect(bedrockModelArns('eu-west-1', ACCOUNT, 'amazon.titan-embed-text-v2:0')).toEqual([
      'arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0',
    ]);
    expect(bedrockModelArns('us-east-1', ACCOUNT, 'us.amazon.nova-pro-v1:0')).toEqual([
      `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/us.amazon.nova-pro-v1:0`,
      'arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1:0',
    ]);
    const given = `arn:aws:bedrock:eu-west-1:${ACCOUNT}:application-inference-profile/abc`;
    expect(bedrockModelArns('eu-west-1', ACCOUNT, given)).toEqual([given]);
  });

  it('lets the worker invoke the ask assistant’s own model when it has one', () => {
    const config = parseConfig(`
integrations:
  bedrock: { region: eu-west-1, assistantModelId: anthropic.claude-3-5-haiku-20241022-v1:0 }
`);
    expect(deployTargets(config).bedrock?.modelIds).toEqual([
      'anthropic.claude-3-5-haiku-20241022-v1:0',
      'amazon.titan-embed-text-v2:0',
    ]);
  });

  it('takes the schedules’ time zone from SRE_AGENT_TIMEZONE, UTC by default, and refuses a bad one', () => {
    expect(resolveTimezone({})).toBe('UTC');
    expect(resolveTimezone({ SRE_AGENT_TIMEZONE: 'Europe/Berlin' })).toBe('Europe/Berlin');
    expect(() => resolveTimezone({ SRE_AGENT_TIMEZONE: 'Mars/Olympus' })).toThrow(/not an IANA time zone/);
  });
});
