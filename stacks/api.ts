import { FUNCTIONS, type FunctionName } from './manifest.ts';

/** The HTTPS front door: Alertmanager's webhook and Slack's endpoints, throttled. */
export function createApi(functions: Record<FunctionName, sst.aws.Function>) {
  const api = new sst.aws.ApiGatewayV2('Api', {
    transform: {
      stage: (args) => {
        args.defaultRouteSettings = { throttlingBurstLimit: 100, throttlingRateLimit: 50 };
      },
    },
  });
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    for (const trigger of FUNCTIONS[name].triggers) {
      if (trigger.kind === 'http') api.route(`${trigger.method} ${trigger.path}`, functions[name].arn);
    }
  }
  return api;
}
