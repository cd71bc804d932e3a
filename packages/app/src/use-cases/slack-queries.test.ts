import { signSlackRequest } from '@sre-agent/chat/slack-requests';
import { InMemoryLogger, ManualClock, parseConfig, sequentialIds } from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { createIngestContext } from '../compose/ingest-context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import { handleSlackCommand } from './slack.ts';

const SECRET = 'slack-signing-secret';
const HOOKS = 'https://hooks.slack.com/commands/T1/1/abc';
const CONFIG = `
clusters: [{ name: prod, inCluster: true, defaultMode: suggest }]
integrations:
  slack:
    channel: '#sre'
    approvers:
      default: [U0LEAD]
      namespaces: { payments: [U0PAY] }
`;

function setup() {
  const clock = new ManualClock('2026-11-27T03:00:00Z');
  const sent: WorkItem[] = [];
  const stores = createInMemoryState({ clock });
  const ctx = createIngestContext({
    loaded: { config: parseConfig(CONFIG), source: undefined, secrets: { SLACK_SIGNING_SECRET: SECRET } },
    stores,
    queue: { send: async (items) => void sent.push(...items) },
    clock,
    ids: sequentialIds(),
    logger: new InMemoryLogger(),
  });
  const command = async (text: string, user = 'U0DEV', responseUrl = HOOKS) => {
    const rawBody = new URLSearchParams({
      command: '/sre',
      text,
      user_id: user,
      channel_id: 'C1',
      team_id: 'T1',
      response_url: responseUrl,
      trigger_id: 't',
    }).toString();
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const reply = await handleSlackCommand(ctx, {
      rawBody,
      timestamp,
      signature: signSlackRequest(SECRET, timestamp, rawBody),
    });
    expect(reply.status).toBe(200);
    return (reply.body as { text: string }).text;
  };
  return { command, sent, stores };
}

describe('/sre cost, security, memory search and wake (the receiver)', () => {
  it('queues the read-only reports for anyone, with the namespace when one is given', async () => {
    const { command, sent } = setup();
    expect(await command('cost')).toContain('cost report for cluster prod');
    expect(await command('security payments')).toContain('security posture scan for namespace payments');
    expect(await command('memory search java.lang.OutOfMemoryError: Java heap space')).toContain(
      'Searching incident memory',
    );
    expect(sent).toEqual([
      { type: 'chat-report', report: 'cost', cluster: 'prod', responseUrl: HOOKS, user: 'slack:U0DEV' },
      {
        type: 'chat-report',
        report: 'security',
        cluster: 'prod',
        namespace: 'payments',
        responseUrl: HOOKS,
        user: 'slack:U0DEV',
      },
      {
        type: 'chat-report',
        report: 'memory-search',
        cluster: 'prod',
        text: 'java.lang.OutOfMemoryError: Java heap space',
        responseUrl: HOOKS,
        user: 'slack:U0DEV',
      },
    ]);
  });

  it('answers bad arguments and foreign response URLs at once, queueing nothing', async () => {
    const { command, sent } = setup();
    expect(await command('cost Not_A_Namespace')).toContain('usage');
    expect(await command('security a b')).toContain('usage');
    expect(await command('memory')).toContain('needs');
    expect(await command('memory recall heap')).toContain('usage');
    expect(await command(`memory search ${'x'.repeat(2_001)}`)).toContain('longer than');
    expect(await command('wake')).toContain('needs');
    expect(await command('wake ../payments', 'U0PAY')).toContain('usage');
    expect(await command('cost', 'U0DEV', 'https://evil.example/collect')).toContain('no Slack response URL');
    expect(await command('wake payments', 'U0PAY', 'https://evil.example/collect')).toContain(
      'no Slack response URL',
    );
    expect(sent).toEqual([]);
  });

  it('queues a wake only for an approver of that namespace, and audits a refusal with who asked', async () => {
    const { command, sent, stores } = setup();
    expect(await command('wake payments', 'U0LEAD')).toContain(
      'cannot wake payments: not an approver for namespace payments',
    );
    expect(await command('wake payments', 'U0DEV')).toContain('cannot wake');
    expect(sent).toEqual([]);
    const refused = await stores.audit.lastForWorkload(
      { cluster: 'prod', namespace: 'payments', workload: 'Namespace/payments' },
      { statuses: ['refused'] },
    );
    expect(refused).toMatchObject({
      actor: 'slack:U0DEV',
      action: { kind: 'wake-namespace' },
      mode: 'suggest',
    });

    expect(await command('wake payments', 'U0PAY')).toContain('Waking payments in prod');
    expect(sent).toEqual([
      { type: 'chat-wake', cluster: 'prod', namespace: 'payments', responseUrl: HOOKS, user: 'slack:U0PAY' },
    ]);
  });

  it('lists every command in help, and status can be asked for one cluster', async () => {
    const { command } = setup();
    const help = await command('help');
    for (const usage of [
      'cost [namespace]',
      'security [namespace]',
      'wake <namespace>',
      'memory search <text>',
    ]) {
      expect(help).toContain(`/sre ${usage}`);
    }
    expect(await command('status other-cluster')).toContain('No open incidents');
  });
});
