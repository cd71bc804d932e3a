import type { RetryOptions } from '@slack/web-api';
import type { Clock, Logger, Notifier } from '@sre-agent/core';
import { errorMessage, fanOutNotifier, systemClock } from '@sre-agent/core';
import { createSlackWebClient, SlackNotifier } from './slack/slack-notifier.ts';
import { TeamsNotifier } from './teams/teams-notifier.ts';
import { TerminalNotifier } from './terminal/terminal-notifier.ts';
import type { ThreadStore } from './thread-store.ts';

export type CreateNotifiersOptions = {
  /** Slack bot token (`xoxb-…`) and the channel for incident threads; `apiUrl` only for tests. */
  slack?: { token: string; channel: string; apiUrl?: string; retryConfig?: RetryOptions };
  /** A Teams incoming webhook / Workflows URL. */
  teamsWebhookUrl?: string;
  /** Human-readable lines, e.g. `{ write: (s) => process.stdout.write(s), tty: process.stdout.isTTY }`. */
  terminal?: { write: (text: string) => void; tty: boolean; timeZone?: string };
  threadStore: ThreadStore;
  logger: Logger;
  clock?: Clock;
};

/**
 * Builds the notifier the agent uses from what is configured: Slack, Teams and/or the terminal,
 * fanned out so one failing does not silence the others (each failure is logged with the
 * notifier's name; the first is rethrown so the caller can retry). Nothing configured → a notifier
 * that drops messages.
 * @example
 * const notifier = createNotifiers({
 *   slack: secrets.SLACK_BOT_TOKEN && config.integrations.slack
 *     ? { token: secrets.SLACK_BOT_TOKEN, channel: config.integrations.slack.channel } : undefined,
 *   teamsWebhookUrl: secrets.TEAMS_WEBHOOK_URL,
 *   terminal: { write: (s) => process.stdout.write(s), tty: process.stdout.isTTY },
 *   threadStore, logger, clock,
 * });
 */
export function createNotifiers(options: CreateNotifiersOptions): Notifier {
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const named: { name: string; notifier: Notifier }[] = [];
  if (options.slack) {
    const client = createSlackWebClient({
      token: options.slack.token,
      logger,
      ...(options.slack.apiUrl ? { apiUrl: options.slack.apiUrl } : {}),
      ...(options.slack.retryConfig ? { retryConfig: options.slack.retryConfig } : {}),
    });
    named.push({
      name: 'slack',
      notifier: new SlackNotifier({
        client,
        channel: options.slack.channel,
        threadStore: options.threadStore,
        clock,
        logger,
      }),
    });
  }
  if (options.teamsWebhookUrl) {
    named.push({
      name: 'teams',
      notifier: new TeamsNotifier({ webhookUrl: options.teamsWebhookUrl, clock, logger }),
    });
  }
  if (options.terminal) {
    named.push({ name: 'terminal', notifier: new TerminalNotifier({ ...options.terminal, clock }) });
  }
  logger.debug('notifiers configured', { notifiers: named.map((n) => n.name) });
  return fanOutNotifier(
    named.map(({ name, notifier }) => ({
      async notify(notification) {
        try {
          await notifier.notify(notification);
        } catch (error) {
          logger.error('notification failed', {
            notifier: name,
            threadKey: notification.threadKey,
            error: errorMessage(error),
          });
          throw error;
        }
      },
    })),
  );
}
