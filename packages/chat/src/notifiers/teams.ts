import { TeamsNotifier } from '../teams/teams-notifier.ts';
import { defineNotifier } from './spec.ts';

/** Teams cards: on with `TEAMS_WEBHOOK_URL`, unless `integrations.teams.enabled` is false. */
export const teamsNotifier = defineNotifier({
  name: 'teams',
  create({ integrations, secrets, clock, logger }) {
    const webhookUrl = secrets.TEAMS_WEBHOOK_URL;
    if (!webhookUrl || integrations.teams?.enabled === false) return undefined;
    return new TeamsNotifier({ webhookUrl, clock, logger });
  },
});
