import { FUNCTIONS, type FunctionName } from './manifest.ts';

/** Rules on the default event bus (GuardDuty publishes there) targeting their functions. */
export function createEventRules(functions: Record<FunctionName, sst.aws.Function>) {
  const rules: aws.cloudwatch.EventRule[] = [];
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    const spec = FUNCTIONS[name];
    for (const trigger of spec.triggers) {
      if (trigger.kind !== 'event') continue;
      const id = `${spec.id}${trigger.name}`;
      const rule = new aws.cloudwatch.EventRule(`${id}Rule`, {
        description: `sre-agent ${$app.stage}: ${spec.description}`,
        eventPattern: JSON.stringify(trigger.pattern),
      });
      new aws.lambda.Permission(`${id}Permission`, {
        action: 'lambda:InvokeFunction',
        function: functions[name].name,
        principal: 'events.amazonaws.com',
        sourceArn: rule.arn,
      });
      new aws.cloudwatch.EventTarget(`${id}Target`, {
        rule: rule.name,
        arn: functions[name].arn,
        // Delivery retries; the function's own async retries and failure queue take it from there.
        retryPolicy: { maximumRetryAttempts: 8, maximumEventAgeInSeconds: 3600 },
      });
      rules.push(rule);
    }
  }
  return rules;
}
