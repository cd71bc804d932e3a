import { createSlackWebClient, SlackNotifier } from '../slack/slack-notifier.ts';
import { defineNotifier } from './spec.ts';

/** Slack threads: on with `integrations.slack.channel` and `SLACK_BOT_TOKEN`. */
export const slackNotifier = defineNotifier({
  name: 'slack',
  create({ integrations, secrets, slackApi, threadStore, clock, logger }) {
    const token = secrets.SLACK_BOT_TOKEN;
    const channel = integrations.slack?.channel;
    if (!token || !channel) return undefined;
    const client = createSlackWebClient({
      token,
      logger,
      ...(slackApi?.apiUrl ? { apiUrl: slackApi.apiUrl } : {}),
      ...(slackApi?.retryConfig ? { retryConfig: slackApi.retryConfig } : {}),
    });
    return new SlackNotifier({ client, channel, threadStore, clock, logger });
  },
});
