import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** Falcosidekick's webhook output: the shared secret it sends (`webhook.customheaders`). */
export const falco = defineIntegration({
  name: 'falco',
  kind: 'webhook',
  doc: 'Falco alerts in through the `/falco` webhook (Falcosidekick), quarantined like GuardDuty findings.',
  config: null,
  secrets: {
    /** Optional: without it the route refuses every request, so Falco is simply not wired in. */
    FALCO_WEBHOOK_TOKEN: {
      stackName: 'FalcoWebhookToken',
      schema: z.string().min(16, 'use at least 16 random characters'),
      requiredToDeploy: false,
      doc: 'Shared secret Falcosidekick sends as `Authorization: Bearer <token>` (`webhook.customheaders`); without it `/falco` refuses every request.',
    },
  },
  createdIn: 'packages/app/src/use-cases/receive-falco.ts',
});
