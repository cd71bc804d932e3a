/// <reference path="./.sst/platform/config.d.ts" />

/**
 * sre-agent on AWS: one file per concern under stacks/, driven by the data in stacks/manifest.ts.
 * Deploy: `npx sst deploy --stage <stage>` (see stacks/README.md). The agent's config file
 * (`SRE_AGENT_CONFIG` or ./sre-agent.config.yaml) names the EKS clusters and Bedrock models that
 * the functions' IAM permissions and EKS access entries are scoped to; validated here, it is bundled
 * with them as JSON (the functions do not carry a YAML parser).
 */
export default $config({
  app(input) {
    return {
      name: 'sre-agent',
      home: 'aws',
      removal: input?.stage === 'production' ? 'retain' : 'remove',
      protect: input?.stage === 'production',
      providers: { aws: { version: '7.20.0' } },
    };
  },
  async run() {
    const { loadConfig } = await import('@sre-agent/core');
    const { deployTargets, resolveTimezone, targetArns, writeBundledConfig } = await import(
      './stacks/deploy-config.ts'
    );
    const { createStorage } = await import('./stacks/storage.ts');
    const { createSecrets } = await import('./stacks/secrets.ts');
    const { createQueues, subscribeConsumers } = await import('./stacks/queue.ts');
    const { createFunctions } = await import('./stacks/functions.ts');
    const { createApi } = await import('./stacks/api.ts');
    const { createSchedules } = await import('./stacks/schedules.ts');
    const { createEventRules } = await import('./stacks/events.ts');
    const { createClusterAccess } = await import('./stacks/cluster-access.ts');

    // Inputs first: a bad config or time zone fails the deploy before anything is declared.
    const timezone = resolveTimezone(process.env);
    const loaded = loadConfig();
    const targets = deployTargets(loaded.config);
    const identity = aws.getCallerIdentityOutput({});
    const partition = aws.getPartitionOutput({});
    const arns = $util
      .all([identity.accountId, partition.partition])
      .apply(([account, name]) => targetArns(targets, account, name));

    const { table } = createStorage();
    const secrets = createSecrets();
    const queues = createQueues();
    const functions = createFunctions({
      table,
      queues,
      secrets,
      targets: arns,
      configFile: loaded.source ? await writeBundledConfig(loaded.config, '.sst/sre-agent') : undefined,
      kubectlLayer: loaded.config.integrations.github?.kubectlLayerArn,
    });
    subscribeConsumers(queues, functions);
    const api = createApi(functions);
    createSchedules(functions, timezone);
    createEventRules(functions);
    createClusterAccess(functions, targets.eksClusters);

    return {
      alertmanagerWebhook: $interpolate`${api.url}/alertmanager`,
      falcoWebhook: $interpolate`${api.url}/falco`,
      slackCommands: $interpolate`${api.url}/slack/commands`,
      slackInteractions: $interpolate`${api.url}/slack/interactions`,
      table: table.name,
      workQueue: queues.work.url,
      workDeadLetters: queues.deadLetter.url,
      failedInvocations: queues.failedInvocations.url,
      workerRole: functions.worker.nodes.role.arn,
    };
  },
});
