import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IntegrationsConfig, Notification } from '@sre-agent/core';
import { ExternalServiceError, InMemoryLogger, ManualClock } from '@sre-agent/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNotifiers } from '../src/create-notifiers.ts';
import { InMemoryThreadStore } from '../src/thread-store.ts';
import { FakeSlackApi } from './helpers/fake-slack-api.ts';

const notification: Notification = {
  threadKey: 'inc-1',
  severity: 'warning',
  title: 'order-service OOMKilled in shop',
  text: 'Raising its memory limit.',
};

const bothChannels: IntegrationsConfig = {
  slack: {
    channel: '#sre',
    approvers: { default: [], namespaces: {} },
    responseUrlPrefix: 'https://hooks.slack.com/',
  },
  teams: { enabled: true },
};

describe('createNotifiers', () => {
  let slack: FakeSlackApi;
  let teams: Server;
  let teamsBodies: unknown[];
  let teamsStatus: number;
  const teamsUrl = () => `http://127.0.0.1:${(teams.address() as AddressInfo).port}/hook`;

  beforeEach(async () => {
    slack = await new FakeSlackApi('xoxb-1').start();
    teamsBodies = [];
    teamsStatus = 202;
    teams = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => {
        raw += c.toString('utf8');
      });
      req.on('end', () => {
        teamsBodies.push(JSON.parse(raw));
        res.writeHead(teamsStatus);
        res.end();
      });
    });
    await new Promise<void>((resolve) => teams.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    await slack.stop();
    teams.closeAllConnections();
    await new Promise<void>((resolve) => teams.close(() => resolve()));
  });

  it('sends to every configured notifier', async () => {
    const lines: string[] = [];
    const threadStore = new InMemoryThreadStore();
    const notifier = createNotifiers({
      integrations: bothChannels,
      secrets: { SLACK_BOT_TOKEN: 'xoxb-1', TEAMS_WEBHOOK_URL: teamsUrl() },
      slackApi: { apiUrl: slack.apiUrl },
      terminal: { write: (s) => lines.push(s), tty: false, timeZone: 'UTC' },
      threadStore,
      logger: new InMemoryLogger(),
      clock: new ManualClock('2026-03-01T12:00:00Z'),
    });

    await notifier.notify(notification);

    expect(slack.callsOf('chat.postMessage')).toHaveLength(1);
    expect(await threadStore.get('inc-1', 'slack')).toBeDefined();
    expect(teamsBodies).toHaveLength(1);
    expect(lines).toEqual(['[12:00:00] ⚠ order-service OOMKilled in shop — Raising its memory limit.\n']);
  });

  it('still delivers to the others when one fails, logs which one failed and rethrows', async () => {
    teamsStatus = 404;
    const lines: string[] = [];
    const logger = new InMemoryLogger();
    const notifier = createNotifiers({
      integrations: bothChannels,
      secrets: { SLACK_BOT_TOKEN: 'xoxb-1', TEAMS_WEBHOOK_URL: teamsUrl() },
      slackApi: { apiUrl: slack.apiUrl },
      terminal: { write: (s) => lines.push(s), tty: false },
      threadStore: new InMemoryThreadStore(),
      logger,
      clock: new ManualClock(),
    });

    const error = await notifier.notify(notification).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).service).toBe('teams');
    expect(slack.callsOf('chat.postMessage')).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(logger.records).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'notification failed',
        attributes: expect.objectContaining({ notifier: 'teams', threadKey: 'inc-1' }),
      }),
    );
  });

  it('drops messages quietly when nothing is configured', async () => {
    const notifier = createNotifiers({
      integrations: {},
      secrets: {},
      threadStore: new InMemoryThreadStore(),
      logger: new InMemoryLogger(),
    });
    await expect(notifier.notify(notification)).resolves.toBeUndefined();
  });

  it('leaves a channel off when its settings or its secret are missing, or Teams is disabled', async () => {
    const logger = new InMemoryLogger();
    const notifier = createNotifiers({
      integrations: { ...bothChannels, teams: { enabled: false } },
      secrets: { TEAMS_WEBHOOK_URL: teamsUrl() },
      slackApi: { apiUrl: slack.apiUrl },
      threadStore: new InMemoryThreadStore(),
      logger,
    });

    await notifier.notify(notification);

    expect(slack.callsOf('chat.postMessage')).toHaveLength(0);
    expect(teamsBodies).toHaveLength(0);
    expect(logger.records).toContainEqual(
      expect.objectContaining({ message: 'notifiers configured', attributes: { notifiers: [] } }),
    );
  });
});
