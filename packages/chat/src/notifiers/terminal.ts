import { TerminalNotifier } from '../terminal/terminal-notifier.ts';
import { defineNotifier } from './spec.ts';

/** Lines on a terminal: the embedded default of local runs (no settings, no secret). */
export const terminalNotifier = defineNotifier({
  name: 'terminal',
  create: ({ terminal, clock }) => (terminal ? new TerminalNotifier({ ...terminal, clock }) : undefined),
});
