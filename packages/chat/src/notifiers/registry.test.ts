import { INTEGRATIONS, InMemoryLogger, ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { SlackNotifier } from '../slack/slack-notifier.ts';
import { TeamsNotifier } from '../teams/teams-notifier.ts';
import { TerminalNotifier } from '../terminal/terminal-notifier.ts';
import { InMemoryThreadStore } from '../thread-store.ts';
import { NOTIFIERS } from './registry.ts';
import type { NotifierContext } from './spec.ts';

const runtime = {
  threadStore: new InMemoryThreadStore(),
  logger: new InMemoryLogger(),
  clock: new ManualClock(),
};
const nothing: NotifierContext = { integrations: {}, secrets: {}, ...runtime };
const everything: NotifierContext = {
  integrations: {
    slack: {
      channel: '#sre',
      approvers: { default: [], namespaces: {} },
      responseUrlPrefix: 'https://hooks.slack.com/',
    },
    teams: { enabled: true },
  },
  secrets: { SLACK_BOT_TOKEN: 'xoxb-1', TEAMS_WEBHOOK_URL: 'https://example.invalid/hook' },
  terminal: { write: () => {}, tty: false },
  ...runtime,
};
const byName = (name: string) => NOTIFIERS.find((n) => n.name === name);

describe('the notifier registry', () => {
  it('has a notifier for every notifier integration core declares, and the terminal', () => {
    const declared = INTEGRATIONS.filter((i) => i.kind === 'notifier').map((i) => i.name);
    expect(NOTIFIERS.map((n) => n.name).sort()).toEqual([...declared, 'terminal'].sort());
  });

  it('creates each one only from its settings and secret', () => {
    for (const spec of NOTIFIERS) expect(spec.create(nothing), spec.name).toBeUndefined();
    expect(byName('slack')?.create(everything)).toBeInstanceOf(SlackNotifier);
    expect(byName('teams')?.create(everything)).toBeInstanceOf(TeamsNotifier);
    expect(byName('terminal')?.create(everything)).toBeInstanceOf(TerminalNotifier);
  });

  it('needs both the Slack channel and the bot token, and honours a disabled Teams', () => {
    const slack = byName('slack');
    expect(slack?.create({ ...everything, secrets: {} })).toBeUndefined();
    expect(slack?.create({ ...everything, integrations: {} })).toBeUndefined();
    expect(
      byName('teams')?.create({ ...everything, integrations: { teams: { enabled: false } } }),
    ).toBeUndefined();
    expect(byName('teams')?.create({ ...everything, integrations: {} })).toBeInstanceOf(TeamsNotifier);
  });
});
