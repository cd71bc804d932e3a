/** How loud a notification is; `resolved` closes the story. */
export type NotificationSeverity = 'info' | 'warning' | 'critical' | 'resolved';

/** A button offered with a notification (Slack interactive message; text elsewhere). */
export type NotificationButton = {
  /** Stable action id, e.g. `approve` or `reject`. */
  id: string;
  label: string;
  /** Opaque value sent back on click, e.g. the pending action id. */
  value: string;
  style?: 'primary' | 'danger';
};

/**
 * One message about an incident. Every text field is redacted before it is built: notifiers send
 * it as it is. All messages with the same `threadKey` belong to one thread (one per incident).
 */
export type Notification = {
  threadKey: string;
  /** The cluster the story happens in: pages are budgeted per cluster and hour. */
  cluster?: string;
  severity: NotificationSeverity;
  /** One line, e.g. "order-service OOMKilled in shop". */
  title: string;
  /**
   * The human story, plain text with simple `*bold*` emphasis at most (Slack and the terminal
   * render it; Teams shows every character literally, since log text cannot be told apart).
   */
  text: string;
  fields?: { label: string; value: string }[];
  buttons?: NotificationButton[];
  /**
   * The incident's state after this message, in a few words (e.g. `awaiting approval`,
   * `escalated to on-call`); threaded notifiers show it on the thread's root message.
   * Defaults to a label derived from `severity`.
   */
  status?: string;
};

/**
 * Whether a notification asks a human to act (an escalation, a proposal to approve): a page.
 * Everything else is a line in a thread that was already paged.
 */
export function isPage(notification: Notification): boolean {
  return notification.status === 'escalated' || (notification.buttons?.length ?? 0) > 0;
}

/** The notification port: Slack, Teams, the terminal, or several at once. */
export interface Notifier {
  notify(notification: Notification): Promise<void>;
}

/** Sends to every notifier; one failing does not stop the others, and the first failure is rethrown. */
export function fanOutNotifier(notifiers: readonly Notifier[]): Notifier {
  return {
    async notify(notification) {
      const results = await Promise.allSettled(notifiers.map((n) => n.notify(notification)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

/** Keeps notifications in memory, for tests and the demo's JSON output. */
export class InMemoryNotifier implements Notifier {
  readonly sent: Notification[] = [];
  async notify(notification: Notification): Promise<void> {
    this.sent.push(notification);
  }
}
