import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundledConfig, parseConfig } from '@sre-agent/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FUNCTIONS,
  type FunctionName,
  GUARDDUTY_EKS_FINDINGS,
  KUBERNETES_GROUPS,
  permissionsFor,
} from '../manifest.ts';
import { installFakeSst, type Recorded, resolve } from './fake-sst.ts';

const ACCOUNT = '123456789012';
const CONFIG = `
clusters:
  - name: prod-eu-1
    eks: { name: prod-eu-1, region: eu-west-1 }
  - name: prod-us-1
    eks: { name: prod-us, region: us-east-1 }
  - name: lab
    kubeconfig: { context: lab }
integrations:
  bedrock: { region: eu-west-1, reasoningModelId: anthropic.claude-3-5-haiku-20241022-v1:0 }
`;

type StackConfig = { run(): Promise<Record<string, unknown>> };
type Fake = ReturnType<typeof installFakeSst>;

let dir: string;
let fake: Fake | undefined;
const savedEnv = { ...process.env };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sre-agent-stack-'));
});
afterEach(async () => {
  fake?.uninstall();
  fake = undefined;
  process.env = { ...savedEnv };
  await rm(dir, { recursive: true, force: true });
});

/** Runs sst.config.ts's `run()` against the recording fake, as `sst deploy` would evaluate it. */
async function synth(options: { config?: string; secrets?: Record<string, string>; timezone?: string } = {}) {
  fake = installFakeSst({
    stage: 'dev',
    account: ACCOUNT,
    region: 'eu-west-1',
    secrets: options.secrets ?? { AlertmanagerBearerToken: 'am-token', SlackBotToken: 'xoxb-1' },
  });
  const configFile = join(dir, 'sre-agent.config.yaml');
  if (options.config !== undefined) {
    await writeFile(configFile, options.config);
    process.env.SRE_AGENT_CONFIG = configFile;
  } else {
    // No config file at all: loadConfig falls back to defaults (cwd has none either).
    delete process.env.SRE_AGENT_CONFIG;
  }
  // The deploy runs in the project directory and renders the bundled config under its .sst/.
  process.chdir(dir);
  if (options.timezone) process.env.SRE_AGENT_TIMEZONE = options.timezone;
  else delete process.env.SRE_AGENT_TIMEZONE;
  try {
    const { default: config } = (await import('../../sst.config.ts')) as { default: StackConfig };
    const outputs = resolve(await config.run()) as Record<string, unknown>;
    return { fake, outputs };
  } finally {
    process.chdir(join(import.meta.dirname, '../..'));
  }
}

const byName = (records: Recorded[]) => Object.fromEntries(records.map((r) => [r.name, r.args]));
const fnArn = (id: string) => `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:sre-agent-dev-${id}`;

describe('the SST stack (sst.config.ts run against recording fakes)', () => {
  it('creates one function per manifest entry, Node 24 on arm64, with the manifest’s limits and permissions', async () => {
    const { fake } = await synth({ config: CONFIG });
    const functions = byName(fake.ofType('sst.aws.Function'));

    expect(Object.keys(functions).sort()).toEqual(
      Object.values(FUNCTIONS)
        .map((f) => f.id)
        .sort(),
    );
    for (const spec of Object.values(FUNCTIONS)) {
      const args = functions[spec.id];
      expect(args).toMatchObject({
        handler: spec.handler,
        runtime: 'nodejs24.x',
        architecture: 'arm64',
        memory: `${spec.memoryMb} MB`,
        timeout: `${spec.timeoutSeconds} seconds`,
      });
      expect(args?.permissions).toEqual(
        permissionsFor(spec, {
          table: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/State`,
          workQueue: `arn:aws:sqs:eu-west-1:${ACCOUNT}:Work`,
          failedInvocations: `arn:aws:sqs:eu-west-1:${ACCOUNT}:FailedInvocations`,
          eksClusters: [
            `arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/prod-eu-1`,
            `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod-us`,
          ],
          bedrockModels: [
            'arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0',
            'arn:aws:bedrock:eu-west-1::foundation-model/amazon.titan-embed-text-v2:0',
          ],
          prometheusWorkspaces: [],
        }),
      );
      // Only the function's own secrets are linked (a Secret's link grants no IAM); nothing else is.
      expect(((args?.link as { secretName: string }[] | undefined) ?? []).map((l) => l.secretName)).toEqual([
        ...spec.secrets,
      ]);
    }
  });

  it('gives each function its table, its queue if it sends, and the bundled config; no secret in any environment', async () => {
    const { fake } = await synth({ config: CONFIG });
    const functions = byName(fake.ofType('sst.aws.Function'));

    expect(functions.Alertmanager?.environment).toEqual({
      SRE_AGENT_TABLE: 'sre-agent-dev-State',
      SRE_AGENT_QUEUE_URL: `https://sqs.eu-west-1.amazonaws.com/${ACCOUNT}/Work`,
      SRE_AGENT_CONFIG: 'sre-agent.config.json',
      NODE_OPTIONS: '--enable-source-maps',
    });
    // The worker consumes (no queue URL).
    expect(Object.keys(functions.Worker?.environment as object)).not.toContain('SRE_AGENT_QUEUE_URL');
    for (const [id, args] of Object.entries(functions)) {
      const values = Object.values(args.environment as Record<string, string>);
      expect(values, id).not.toContain('am-token');
      expect(values, id).not.toContain('xoxb-1');
    }
    for (const args of Object.values(functions)) {
      expect(args.copyFiles).toEqual([
        { from: join('.sst', 'sre-agent', 'sre-agent.config.json'), to: 'sre-agent.config.json' },
      ]);
    }
    // What the functions read is the validated config, as JSON, defaults filled in.
    const bundled = loadBundledConfig({
      env: { SRE_AGENT_CONFIG: 'sre-agent.config.json' },
      cwd: join(dir, '.sst', 'sre-agent'),
    });
    expect(bundled.config).toEqual(parseConfig(CONFIG));
  });

  it('routes the HTTPS endpoints, schedules and the GuardDuty rule to the right functions', async () => {
    const { fake, outputs } = await synth({ config: CONFIG, timezone: 'Europe/Berlin' });

    expect(fake.ofType('sst.aws.ApiGatewayV2.route').map((r) => [r.args.route, r.args.handler])).toEqual([
      ['POST /alertmanager', fnArn('Alertmanager')],
      ['POST /falco', fnArn('Falco')],
      ['POST /slack/commands', fnArn('Slack')],
      ['POST /slack/interactions', fnArn('Slack')],
    ]);
    const schedules = fake
      .ofType('sst.aws.CronV2')
      .map((r) => [r.name, r.args.schedule, r.args.timezone, r.args.event]);
    expect(schedules).toEqual([
      ['MonitorEveryMinute', 'rate(1 minute)', 'UTC', undefined],
      ['CostSweepWeekly', 'cron(0 6 ? * MON *)', 'Europe/Berlin', undefined],
      ['ForecastHourly', 'rate(1 hour)', 'UTC', undefined],
      ['SleepEvery15Minutes', 'rate(15 minutes)', 'UTC', undefined],
      ['WakeEvery15Minutes', 'rate(15 minutes)', 'UTC', undefined],
      ['SecurityScanHourly', 'rate(1 hour)', 'UTC', undefined],
      ['GitopsSweepDaily', 'cron(0 5 * * ? *)', 'Europe/Berlin', undefined],
    ]);
    for (const r of fake.ofType('sst.aws.CronV2')) {
      const id = Object.values(FUNCTIONS).find((f) => r.name.startsWith(f.id))?.id ?? '';
      expect(r.args.function, r.name).toBe(fnArn(id));
    }
    const [rule] = fake.ofType('aws.cloudwatch.EventRule');
    expect(JSON.parse(String(rule?.args.eventPattern))).toEqual(GUARDDUTY_EKS_FINDINGS);
    expect(fake.ofType('aws.cloudwatch.EventTarget')[0]?.args).toMatchObject({ arn: fnArn('SecurityEvent') });
    expect(fake.ofType('aws.lambda.Permission')[0]?.args).toMatchObject({
      principal: 'events.amazonaws.com',
      function: 'sre-agent-dev-SecurityEvent',
      sourceArn: expect.stringContaining('rule/SecurityEventGuarddutyEksFindingsRule'),
    });
    expect(outputs.alertmanagerWebhook).toBe('https://abc123.execute-api.example.com/alertmanager');
    expect(outputs.falcoWebhook).toBe('https://abc123.execute-api.example.com/falco');
  });

  it('subscribes the worker to the work queue with partial batch responses and capped concurrency; dead letters after 5 tries', async () => {
    const { fake } = await synth({ config: CONFIG });
    const [subscription] = fake.ofType('sst.aws.Queue.subscribe');
    const queues = byName(fake.ofType('sst.aws.Queue'));

    expect(subscription).toMatchObject({
      name: 'Work',
      args: { subscriber: fnArn('Worker'), batch: { size: 5, window: '0 seconds', partialResponses: true } },
    });
    const mapping: Record<string, unknown> = {};
    const subscribeTransform = subscription?.args.transform as
      | { eventSourceMapping: (a: Record<string, unknown>) => void }
      | undefined;
    subscribeTransform?.eventSourceMapping(mapping);
    expect(mapping).toEqual({ scalingConfig: { maximumConcurrency: 5 } });
    expect(queues.Work).toMatchObject({
      visibilityTimeout: '720 seconds',
      dlq: { queue: `arn:aws:sqs:eu-west-1:${ACCOUNT}:WorkDeadLetter`, retry: 5 },
    });
    // Failed async invocations of scheduled/event functions land in their own queue.
    const functions = byName(fake.ofType('sst.aws.Function'));
    expect(functions.SecurityEvent?.transform).toEqual({
      eventInvokeConfig: {
        destinationConfig: {
          onFailure: { destination: `arn:aws:sqs:eu-west-1:${ACCOUNT}:FailedInvocations` },
        },
      },
    });
    expect(functions.Monitor).toMatchObject({ retries: 0 });
    expect(functions.Monitor?.transform).toBeUndefined();
  });

  it('maps each function role into the Kubernetes groups of every EKS cluster, in the cluster’s region', async () => {
    const { fake } = await synth({ config: CONFIG });
    const entries = fake.ofType('aws.eks.AccessEntry');
    const withCluster = (Object.keys(FUNCTIONS) as FunctionName[]).filter(
      (n) => FUNCTIONS[n].kubernetesGroups.length > 0,
    );

    expect(entries).toHaveLength(withCluster.length * 2);
    const worker = entries.filter((e) => e.name.startsWith('WorkerAccess'));
    expect(
      worker.map((e) => [
        e.name,
        e.args.clusterName,
        (e.opts as { provider: { region: string } }).provider.region,
      ]),
    ).toEqual([
      ['WorkerAccessProdEu1', 'prod-eu-1', 'eu-west-1'],
      ['WorkerAccessProdUs', 'prod-us', 'us-east-1'],
    ]);
    expect(worker[0]?.args).toEqual({
      clusterName: 'prod-eu-1',
      principalArn: `arn:aws:iam::${ACCOUNT}:role/sre-agent-dev-WorkerRole`,
      kubernetesGroups: [KUBERNETES_GROUPS.readers, KUBERNETES_GROUPS.remediators],
      type: 'STANDARD',
    });
    const remediating = entries.filter((e) =>
      (e.args.kubernetesGroups as string[]).includes(KUBERNETES_GROUPS.remediators),
    );
    expect(remediating.map((e) => e.name)).toEqual(['WorkerAccessProdEu1', 'WorkerAccessProdUs']);
    expect(entries.some((e) => e.name.startsWith('Alertmanager'))).toBe(false);
  });

  it('declares the table from the state design, and the secrets, with only the Alertmanager token mandatory', async () => {
    const { fake } = await synth({ config: CONFIG });
    const [table] = fake.ofType('sst.aws.Dynamo');
    const secrets = fake.ofType('sst.Secret');

    expect(table?.args).toMatchObject({
      ttl: 'ttl',
      primaryIndex: { hashKey: 'pk', rangeKey: 'sk' },
      deletionProtection: false,
    });
    const tableArgs: Record<string, unknown> = {};
    const tableTransform = table?.args.transform as
      | { table: (a: Record<string, unknown>) => void }
      | undefined;
    tableTransform?.table(tableArgs);
    expect(tableArgs).toEqual({ pointInTimeRecovery: { enabled: true } });
    expect(secrets.map((s) => [s.name, s.args.placeholder])).toEqual([
      ['SlackBotToken', ''],
      ['SlackSigningSecret', ''],
      ['PineconeApiKey', ''],
      ['GithubToken', ''],
      ['GithubAppPrivateKey', ''],
      ['TeamsWebhookUrl', ''],
      ['AlertmanagerBearerToken', undefined],
      ['FalcoWebhookToken', ''],
    ]);
  });

  it('fails the deploy with SST’s message when the Alertmanager token was never set', async () => {
    await expect(synth({ config: CONFIG, secrets: {} })).rejects.toThrow(
      /sst secret set AlertmanagerBearerToken/,
    );
  });

  it('without a config file: no EKS access, no Bedrock, nothing bundled', async () => {
    const { fake } = await synth();
    const functions = byName(fake.ofType('sst.aws.Function'));
    const actions = Object.values(functions).flatMap((f) =>
      (f.permissions as { actions: string[] }[]).flatMap((s) => s.actions),
    );

    expect(fake.ofType('aws.eks.AccessEntry')).toEqual([]);
    expect(actions).not.toContain('eks:DescribeCluster');
    expect(actions).not.toContain('bedrock:InvokeModel');
    expect(Object.values(functions).some((f) => 'copyFiles' in f)).toBe(false);
    expect(Object.values(functions).some((f) => 'SRE_AGENT_CONFIG' in (f.environment as object))).toBe(false);
  });

  it('gives the configured kubectl layer to the functions that render Kustomize roots, and to no other', async () => {
    const layer = `arn:aws:lambda:eu-west-1:${ACCOUNT}:layer:kubectl:3`;
    const { fake } = await synth({
      config: `${CONFIG}  github:\n    repo: acme/platform-config\n    kubectlLayerArn: ${layer}\n`,
    });
    const functions = byName(fake.ofType('sst.aws.Function'));
    const withLayer = Object.entries(functions)
      .filter(([, f]) => 'layers' in f)
      .map(([name, f]) => [name, f.layers]);
    expect(withLayer).toEqual([
      ['GitopsSweep', [layer]],
      ['Worker', [layer]],
    ]);
  });

  it('refuses an invalid schedule time zone or config before declaring any resource', async () => {
    await expect(synth({ config: CONFIG, timezone: 'Nowhere/Land' })).rejects.toThrow(
      /not an IANA time zone/,
    );
    expect(fake?.resources).toEqual([]);
    fake?.uninstall();

    await expect(synth({ config: 'clusters: [{ name: Bad_Name, inCluster: true }]' })).rejects.toThrow(
      /clusters/,
    );
    expect(fake?.resources).toEqual([]);
  });
});
