import type { Notification, NotificationSeverity } from '@sre-agent/core';
import { redactText } from '@sre-agent/core';

/** Emoji, plain symbol and words for each severity, shared by every notifier. */
export const SEVERITY_STYLE = {
  info: { emoji: 'ℹ️', symbol: 'ℹ', label: 'Info', status: 'in progress' },
  warning: { emoji: '⚠️', symbol: '⚠', label: 'Warning', status: 'needs attention' },
  critical: { emoji: '🔴', symbol: '✖', label: 'Critical', status: 'critical' },
  resolved: { emoji: '✅', symbol: '✔', label: 'Resolved', status: 'resolved ✅' },
} as const satisfies Record<
  NotificationSeverity,
  { emoji: string; symbol: string; label: string; status: string }
>;

/** The incident's state as shown on a thread's root: the notification's own words, else the severity's. */
export function statusOf(notification: Notification): string {
  const status = notification.status?.trim();
  return status ? status : SEVERITY_STYLE[notification.severity].status;
}

/**
 * Redacts every text field once more before it leaves the process. Callers redact already; this is
 * defence in depth, and cheap because redaction is idempotent.
 */
export function redactNotification(notification: Notification): Notification {
  return {
    ...notification,
    title: redactText(notification.title),
    text: redactText(notification.text),
    ...(notification.status !== undefined ? { status: redactText(notification.status) } : {}),
    ...(notification.fields
      ? {
          fields: notification.fields.map((f) => ({
            label: redactText(f.label),
            value: redactText(f.value),
          })),
        }
      : {}),
    ...(notification.buttons
      ? {
          buttons: notification.buttons.map((b) => ({
            ...b,
            label: redactText(b.label),
            value: redactText(b.value),
          })),
        }
      : {}),
  };
}

/** `HH:MM:SS` of `date` in `timeZone` (the process's zone when omitted). */
export function clockTime(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
