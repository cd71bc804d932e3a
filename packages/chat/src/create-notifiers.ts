import type { Notifier } from '@sre-agent/core';
import { errorMessage, fanOutNotifier, systemClock } from '@sre-agent/core';
import { NOTIFIERS } from './notifiers/registry.ts';
import type { NotifierContext } from './notifiers/spec.ts';

export type CreateNotifiersOptions = Omit<NotifierContext, 'clock'> & { clock?: NotifierContext['clock'] };

/**
 * Builds the notifier the agent uses from what is configured: every registered notifier whose
 * settings and secret are present (Slack, Teams) and the terminal when given, fanned out so one
 * failing does not silence the others (each failure is logged with the notifier's name; the first
 * is rethrown so the caller can retry). Nothing configured → a notifier that drops messages.
 * @example
 * const notifier = createNotifiers({
 *   integrations: config.integrations,
 *   secrets,
 *   terminal: { write: (s) => process.stdout.write(s), tty: process.stdout.isTTY },
 *   threadStore, logger, clock,
 * });
 */
export function createNotifiers(options: CreateNotifiersOptions): Notifier {
  const context: NotifierContext = { ...options, clock: options.clock ?? systemClock };
  const { logger } = context;
  const named = NOTIFIERS.flatMap((spec) => {
    const notifier = spec.create(context);
    return notifier ? [{ name: spec.name, notifier }] : [];
  });
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
