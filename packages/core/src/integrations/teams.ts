import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** Microsoft Teams: an incoming webhook (or Workflows URL) that receives Adaptive Cards. */
export const teams = defineIntegration({
  name: 'teams',
  kind: 'notifier',
  doc: 'Incident cards in a Teams channel.',
  config: z.strictObject({ enabled: z.boolean().default(true) }),
  secrets: {
    /** The URL carries its own credential, so it is a secret too. */
    TEAMS_WEBHOOK_URL: {
      stackName: 'TeamsWebhookUrl',
      schema: z.url(),
      requiredToDeploy: false,
      doc: 'Incoming webhook or Workflows URL of the channel (it carries its own credential).',
    },
  },
  createdIn: 'packages/chat/src/notifiers/teams.ts',
});
