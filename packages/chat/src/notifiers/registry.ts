import type { IntegrationNameOf } from '@sre-agent/core';
import { slackNotifier } from './slack.ts';
import type { NotifierSpec } from './spec.ts';
import { teamsNotifier } from './teams.ts';
import { terminalNotifier } from './terminal.ts';

/** Every notifier: each notifier integration core declares, and the terminal. */
type NotifierName = IntegrationNameOf<'notifier'> | 'terminal';

/**
 * The notifiers, one module each, by name. Adding one is its integration in core (settings and
 * secrets), its module here with its test, and one line below: the compiler refuses a notifier
 * integration without one.
 */
const NOTIFIERS_BY_NAME = {
  slack: slackNotifier,
  teams: teamsNotifier,
  terminal: terminalNotifier,
} as const satisfies { [N in NotifierName]: NotifierSpec<N> };

/** Every notifier, in the order they are told. */
export const NOTIFIERS: readonly NotifierSpec<NotifierName>[] = Object.values(NOTIFIERS_BY_NAME);
