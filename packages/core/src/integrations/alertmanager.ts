import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** Alertmanager's webhook (version 4): the bearer token its `http_config` sends. */
export const alertmanager = defineIntegration({
  name: 'alertmanager',
  kind: 'webhook',
  doc: 'Alerts in through the `/alertmanager` webhook.',
  config: null,
  secrets: {
    /** The webhook is on the public internet: it must be authenticated, so deploying needs the token. */
    ALERTMANAGER_BEARER_TOKEN: {
      stackName: 'AlertmanagerBearerToken',
      schema: z.string().min(1),
      requiredToDeploy: true,
      doc: "Bearer token Alertmanager's `http_config.authorization` sends; without it the webhook refuses every request (except a local run on loopback).",
    },
  },
  createdIn: 'packages/app/src/use-cases/webhook-guard.ts',
});
