import type { RetryOptions } from '@slack/web-api';
import type { Clock, IntegrationsConfig, Logger, Notifier, Secrets } from '@sre-agent/core';
import type { ThreadStore } from '../thread-store.ts';

/** Human-readable lines, e.g. `{ write: (s) => process.stdout.write(s), tty: process.stdout.isTTY }`. */
export type TerminalOutput = { write: (text: string) => void; tty: boolean; timeZone?: string };

/** What every notifier is created from: the config's `integrations`, the secrets, and the runtime. */
export type NotifierContext = {
  integrations: IntegrationsConfig;
  secrets: Secrets;
  /** Local runs: notifications as lines on a terminal. */
  terminal?: TerminalOutput | undefined;
  /** Where the Slack Web API answers and how calls are retried; tests point it at 127.0.0.1. */
  slackApi?: { apiUrl?: string; retryConfig?: RetryOptions } | undefined;
  threadStore: ThreadStore;
  logger: Logger;
  clock: Clock;
};

/**
 * One notifier, in one module: its name (the integration it implements, or `terminal`) and how it
 * is created from the context; `undefined` when its settings or secret are absent (it is off).
 */
export type NotifierSpec<N extends string> = {
  name: N;
  create(context: NotifierContext): Notifier | undefined;
};

/** Declares a notifier; `createNotifiers` fans out to every registered one that is configured. */
export function defineNotifier<const N extends string>(spec: NotifierSpec<N>): NotifierSpec<N> {
  return spec;
}
