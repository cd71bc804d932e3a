import { signSlackRequest } from '@sre-agent/chat/slack-requests';
import { InMemoryLogger, ManualClock, parseConfig, sequentialIds } from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { makeIncident, workloadRef } from '@sre-agent/state/testing';
import { describe, expect, it } from 'vitest';
import { createIngestContext } from '../compose/ingest-context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import { handleSlackCommand, handleSlackInteraction } from './slack.ts';

const SECRET = 'slack-signing-secret';
const CONFIG = `
integrations:
  slack:
    channel: '#sre'
    teamId: T0TEAM
    appId: A0APP
    approvers:
      default: [U0LEAD]
      namespaces: { payments: [U0PAY] }
`;

async function setup(config = CONFIG, options: { wallClock?: ManualClock } = {}) {
  const clock = new ManualClock('2026-11-27T03:00:00Z');
  const wallClock = options.wallClock ?? clock;
  const sent: WorkItem[] = [];
  const stores = createInMemoryState({ clock });
  const ctx = createIngestContext({
    loaded: { config: parseConfig(config), source: undefined, secrets: { SLACK_SIGNING_SECRET: SECRET } },
    stores,
    queue: { send: async (items) => void sent.push(...items) },
    clock,
    ...(options.wallClock ? { wallClock: options.wallClock } : {}),
    ids: sequentialIds(),
    logger: new InMemoryLogger(),
  });
  const proposal = (id: string, namespace: string) =>
    makeIncident({
      id: `inc-${id}`,
      target: workloadRef({ namespace, name: `web-${id}` }),
      status: 'awaiting-approval',
      mode: 'suggest',
      actions: [
        {
          id: `act-${id}`,
          action: { kind: 'rollout-restart' },
          status: 'proposed',
          reason: 'restart the rollout',
          at: '2026-11-27T03:00:00.000Z',
        },
      ],
    });
  await stores.incidents.create(proposal('pay', 'payments'));
  await stores.incidents.create(proposal('shop', 'shop'));
  // Slack signs with the real time.
  const signed = (rawBody: string) => {
    const timestamp = String(Math.floor(wallClock.now().getTime() / 1000));
    return { rawBody, timestamp, signature: signSlackRequest(SECRET, timestamp, rawBody) };
  };
  const command = (text: string, user: string, extra: Record<string, string> = {}) =>
    handleSlackCommand(
      ctx,
      signed(
        new URLSearchParams({
          command: '/sre',
          text,
          user_id: user,
          user_name: 'lead',
          channel_id: 'C1',
          team_id: 'T0TEAM',
          api_app_id: 'A0APP',
          response_url: 'https://hooks.slack.invalid/x',
          trigger_id: 't',
          ...extra,
        }).toString(),
      ),
    );
  const click = (actionId: string, value: string, user: { id: string; username?: string }, extra = {}) =>
    handleSlackInteraction(
      ctx,
      signed(
        new URLSearchParams({
          payload: JSON.stringify({
            type: 'block_actions',
            user,
            team: { id: 'T0TEAM' },
            api_app_id: 'A0APP',
            actions: [{ action_id: actionId, value }],
            ...extra,
          }),
        }).toString(),
      ),
    );
  return { ctx, stores, sent, command, click, clock, signed };
}

const textOf = (reply: { body: unknown }) => (reply.body as { text?: string }).text ?? '';

describe('Slack request signatures', () => {
  it('are judged by the wall clock, not by a scenario clock that runs ahead of it (npm start on the sandbox)', async () => {
    const wallClock = new ManualClock('2026-11-27T03:00:00Z');
    const { ctx, command, clock, signed } = await setup(CONFIG, { wallClock });
    clock.advance(2 * 60 * 60_000); // the sandbox's 20x clock, a few minutes after start

    expect(textOf(await command('status', 'U0LEAD'))).toContain('The agent is active');

    const request = signed(
      new URLSearchParams({
        command: '/sre',
        text: 'status',
        user_id: 'U0LEAD',
        team_id: 'T0TEAM',
      }).toString(),
    );
    wallClock.advance(6 * 60_000); // the same request replayed six real minutes later
    const stale = await handleSlackCommand(ctx, request);
    expect(stale.status).toBe(401);
    expect(stale.body).toEqual({ error: 'Slack signature rejected: stale-timestamp' });
  });
});

describe('/sre diagnose', () => {
  const HOOK = 'https://hooks.slack.com/commands/T0TEAM/1/abc';

  it('queues a read-only diagnosis answered on response_url, for anyone in the workspace', async () => {
    const { command, sent } = await setup();

    const reply = await command('diagnose shop/order-service', 'U0ANYONE', { response_url: HOOK });

    expect(reply.status).toBe(200);
    expect(textOf(reply)).toContain('Diagnosing shop/order-service');
    expect(sent).toEqual([
      {
        type: 'chat-diagnose',
        cluster: 'default',
        namespace: 'shop',
        workload: 'order-service',
        responseUrl: HOOK,
        user: 'slack:U0ANYONE',
      },
    ]);
  });

  it('refuses a target that is not <namespace>/<workload> in Kubernetes names, and queues nothing', async () => {
    const { command, sent } = await setup();

    for (const target of ['order-service', 'Shop/x', 'shop/../../etc', '/x', `shop/${'a'.repeat(300)}`]) {
      expect(textOf(await command(`diagnose ${target}`, 'U0ANYONE', { response_url: HOOK }))).toContain(
        'usage:',
      );
    }
    expect(sent).toEqual([]);
  });

  it('never answers anywhere but Slack: a response_url outside the allowed prefix is refused', async () => {
    const { command, sent } = await setup();

    const reply = await command('diagnose shop/order-service', 'U0ANYONE', {
      response_url: 'https://attacker.example/collect',
    });

    expect(textOf(reply)).toContain('no Slack response URL');
    expect(sent).toEqual([]);
  });
});

describe('Slack approvals', () => {
  it('lets only the namespace approvers decide for a listed namespace, recorded by user id', async () => {
    const { sent, command, stores } = await setup();

    const byLead = await command('approve act-pay', 'U0LEAD');
    const byOwner = await command('approve act-pay', 'U0PAY');

    expect(textOf(byLead)).toContain('cannot approve this: not an approver for namespace payments');
    expect(textOf(byOwner)).toContain('Approved restart the rollout');
    expect(sent).toEqual([
      { type: 'decision', incidentId: 'inc-pay', actionId: 'act-pay', approved: true, user: 'slack:U0PAY' },
    ]);
    expect(await stores.audit.listForIncident('inc-pay')).toMatchObject([
      { actor: 'slack:U0LEAD', status: 'refused', reason: expect.stringContaining('approval refused') },
    ]);
  });

  it('uses the default approvers elsewhere, and a button click is judged by the clicking user id, not the name', async () => {
    const { sent, click } = await setup();

    const impostor = await click('approve', 'act-shop', { id: 'U0EVE', username: 'U0LEAD' });
    const lead = await click('reject', 'act-shop', { id: 'U0LEAD', username: 'somebody' });

    expect(textOf(impostor)).toContain('not an approver for namespace shop');
    expect(textOf(lead)).toContain('Rejected');
    expect(sent).toEqual([
      {
        type: 'decision',
        incidentId: 'inc-shop',
        actionId: 'act-shop',
        approved: false,
        user: 'slack:U0LEAD',
      },
    ]);
  });

  it('refuses a signed request from another workspace or app', async () => {
    const { sent, command, click } = await setup();

    const otherTeam = await command('approve act-shop', 'U0LEAD', { team_id: 'T0OTHER' });
    const otherApp = await command('status', 'U0LEAD', { api_app_id: 'A0OTHER' });
    const noApp = await click('approve', 'act-shop', { id: 'U0LEAD' }, { api_app_id: undefined });

    expect(otherTeam).toMatchObject({ status: 403, body: { error: expect.stringContaining('teamId') } });
    expect(otherApp).toMatchObject({ status: 403, body: { error: expect.stringContaining('appId') } });
    expect(noApp.status).toBe(403);
    expect(sent).toEqual([]);
  });

  it('lets any approver pause, but only a default approver resume', async () => {
    const { command, stores } = await setup();

    const stranger = await command('pause', 'U0EVE');
    expect(textOf(stranger)).toContain('cannot `pause`');
    expect((await stores.control.getPause()).paused).toBe(false);

    await command('pause deploy freeze', 'U0PAY');
    expect(await stores.control.getPause()).toMatchObject({
      paused: true,
      by: 'slack:U0PAY',
      reason: 'deploy freeze',
    });

    const owner = await command('resume', 'U0PAY');
    expect(textOf(owner)).toContain('only a default approver');
    expect((await stores.control.getPause()).paused).toBe(true);

    const lead = await command('resume', 'U0LEAD');
    expect(textOf(lead)).toContain('Resumed by <@U0LEAD>');
    expect(await stores.control.getPause()).toMatchObject({ paused: false, by: 'slack:U0LEAD' });
  });

  it('lets nobody decide, pause or resume while no approvers are configured', async () => {
    const { sent, command, stores } = await setup("integrations: { slack: { channel: '#sre' } }");

    const approve = await command('approve act-shop', 'U0LEAD', { team_id: 'T9', api_app_id: 'A9' });
    const pause = await command('pause', 'U0LEAD');

    expect(textOf(approve)).toContain('no approvers are configured');
    expect(textOf(pause)).toContain('no approvers are configured');
    expect(sent).toEqual([]);
    expect((await stores.control.getPause()).paused).toBe(false);
  });

  it('never takes a namespace named like an Object property for a list of approvers', async () => {
    const { command, stores } = await setup();
    await stores.incidents.create(
      makeIncident({
        id: 'inc-ctor',
        target: workloadRef({ namespace: 'constructor', name: 'x' }),
        status: 'awaiting-approval',
        actions: [
          {
            id: 'act-ctor',
            action: { kind: 'rollout-restart' },
            status: 'proposed',
            reason: 'r',
            at: '2026-11-27T03:00:00.000Z',
          },
        ],
      }),
    );

    const reply = await command('approve act-ctor', 'U0PAY');

    expect(textOf(reply)).toContain('not an approver for namespace constructor');
  });

  it('rejects a config whose approvers are names rather than member ids', () => {
    expect(() =>
      parseConfig("integrations: { slack: { channel: '#sre', approvers: { default: ['alice'] } } }"),
    ).toThrowError(/member id/);
  });
});
